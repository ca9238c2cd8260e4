"""The sandbox worker: a trusted, warm process inside bwrap that runs each batch of one environment's
tasks in processes of that environment alone.

Started by :mod:`scaler.sandbox.handle` as ``python -s -B -c BOOTSTRAP CONFIG`` (stdlib only), as
PID 1 of its sandbox's PID namespace, so no process of the sandbox can signal it, and not dumpable,
so none can ptrace it or open its ``/proc`` files. It never runs untrusted code: it only parses
Python (``compile``) and seals C++ binaries into memfds. A batch is a list of tasks of one
(generator, solution) pair; consecutive batches of one pair form a run. For a run the worker forks
one resident process per stage (:func:`child.serve`; a C++ solution: a fork per task that execs the
binary). It runs a batch's generator calls, then its solutions, handing each task (its own
stdin/stdout memfds and report pipe) over ``WINDOW`` ahead so the resident never waits for the worker
between tasks; it reads each report under its own size, absolute wall-clock and aggregate-memory
limits (a task's deadline runs from the previous task's answer) and checks the answer's task id.
After each stage of a batch it freezes the resident (``SIGSTOP``), kills every other process of the
namespace and wipes ``/tmp`` and ``/dev/shm``. A resident that overran, died or answered for another
task is killed and the batch goes on in a fresh one. When the run ends (another pair's batch, or the
chunk's end) every process of the sandbox is killed and reaped, ``/tmp`` and ``/dev/shm`` are wiped
and System V IPC objects removed. Each task gets one result frame carrying its ``id``, in the batch's
order. Frames (:mod:`protocol`), pool -> worker:

* ``{"op": "load", "programs": {key: {"language", "source", "entry"} | {"language": "cpp", "binary"}}}``
* ``{"op": "run", "tasks": [{"id", "generator", "solution", "params", "seed", "stdin"}, ...]}``, all of
  one (generator, solution) pair -> per task ``{"id", "stdin", "display", "stdout", "error", "stage"}``
  (``display`` is JSON text). The pool sends the next batch only after these answers (or, when its
  frame is small, leaves it in the pipe, which the worker reads only then), so the worker never holds
  another environment's tasks.
* ``{"op": "end"}``: the chunk is over (its last run ends).
"""

from __future__ import annotations

import ast
import base64
import ctypes
import fcntl
import gc
import importlib
import itertools
import json
import math
import os
import select
import signal
import socket
import sys
import time
from typing import Callable

import child
import protocol
import seccomp

WATCH_SECONDS = 0.005  # how often the memory watchdog sums the task's resident memory
WINDOW = 2  # tasks handed to a resident ahead of their answers: the next one is waiting when it finishes
PART_OUTPUTS = 4  # a batch's generated inputs held at once, in units of output_bytes: the rest waits
PR_SET_DUMPABLE, PR_SET_CHILD_SUBREAPER = 4, 36
IPC_RMID = 0
_PAGE = os.sysconf("SC_PAGE_SIZE")
_NO_WARM = {"antigravity", "idlelib", "this", "tkinter", "turtle", "turtledemo", "webbrowser"}  # import side effects
_libc = ctypes.CDLL(None, use_errno=True)


class StageError(Exception):
    """A user-facing failure of one stage of one task."""

    def __init__(self, stage: str, message: str) -> None:
        super().__init__(message)
        self.stage = stage


class Worker:
    def __init__(self, config: dict) -> None:
        self.cmd_fd, self.result_fd = config["fds"]
        self.limits: dict = config["limits"]
        self.scratch: list[str] = config["scratch"]  # wiped after every stage
        self.keep: list[str] = config.get("keep", [])  # read-only binds inside scratch: never removed
        self.pid_one = os.getpid() == 1  # confined: PID 1 of the sandbox's PID namespace
        self.programs: dict[str, object] = {}  # key -> code object, (code, entry), memfd of a binary, or StageError
        self.devnull = os.open(os.devnull, os.O_RDWR)
        self.run: tuple[str | None, str | None] | None = None  # (generator, solution) of the current run
        self.residents: dict[str, Resident] = {}  # stage -> the current run's process for it

    # -- serving -------------------------------------------------------------------------------
    def serve(self) -> None:
        reader = protocol.FrameReader(self.cmd_fd, max_bytes=1 << 31)
        while True:
            try:
                message = reader.read()
            except EOFError:
                return
            if message["op"] == "load":
                for key, program in message["programs"].items():
                    self.programs.setdefault(key, _load(program))
                gc.freeze()  # what forks inherit stays shared: the collector in a child never touches it
            elif message["op"] == "run":
                self.run_batch(message["tasks"])
            else:  # "end": no untrusted process outlives the chunk
                self.end_run()
            del message  # a later task's child must find no reference to this task's data

    # -- one batch -----------------------------------------------------------------------------
    def run_batch(self, tasks: list[dict]) -> None:
        """Run a batch of one (generator, solution) pair, a part at a time (a part's generated inputs
        stay under ``PART_OUTPUTS`` x ``output_bytes``), and write each task's result frame."""
        pair = (tasks[0]["generator"], tasks[0]["solution"])
        if self.run != pair:
            self.end_run()  # another environment's code never runs beside this batch, nor its leftovers
            self.run = pair
        jobs = [Job(task) for task in tasks]
        while jobs:
            part = self.generate(jobs) if pair[0] is not None else self.given_inputs(jobs)
            try:
                if pair[1] is not None:
                    self.solve([job for job in part if job.result["error"] is None])
                for job in part:
                    protocol.write_frame(self.result_fd, job.result)
            finally:
                for job in part:
                    job.close()
            jobs = jobs[len(part):]

    def given_inputs(self, jobs: list[Job]) -> list[Job]:
        """Tasks without a generator: their stdin into memfds, up to a part's worth of bytes."""
        used, part = 0, []
        for job in jobs:
            if used >= PART_OUTPUTS * self.limits["output_bytes"]:
                break
            data = job.task["stdin"].encode("utf-8", "surrogateescape")
            if len(data) > self.limits["output_bytes"]:
                job.fail("solution", f"stdin exceeds the {child.size(self.limits['output_bytes'])} limit")
            else:
                job.stdin_fd = os.memfd_create("stdin")
                protocol.write_bytes(job.stdin_fd, data)
                used += len(data)
            part.append(job)
        return part

    def end_run(self) -> None:
        """Kill the run's resident processes and everything else of the sandbox; wipe; reap."""
        for resident in self.residents.values():
            resident.sock.close()
        self.residents.clear()
        self.run = None
        self.clean()

    def generate(self, jobs: list[Job]) -> list[Job]:
        """Run the generator on ``jobs`` in order in the run's generator process, until their inputs
        reach a part's worth of bytes; the jobs it ran (at least one)."""
        program = self.programs[jobs[0].task["generator"]]
        if isinstance(program, StageError):
            for job in jobs:
                job.fail(program.stage, str(program))
            return jobs
        used = 0

        def request(job: Job) -> tuple[dict, list[int]]:
            job.close()  # a retry in a fresh process starts from an empty input
            job.stdin_fd = os.memfd_create("stdin")
            return {"id": job.task["id"], "params": job.task["params"], "seed": job.task["seed"]}, [job.stdin_fd]

        def finish(job: Job, status: int, report: bytes, error: str | None) -> bool:
            nonlocal used
            if error is None and status == 0 and report[:1] == b"D":
                job.result["display"] = report[1:].decode()
                data = _read(job.stdin_fd)
                job.result["stdin"] = data.decode("utf-8", "surrogateescape")
                used += len(data)
            else:
                job.fail("generator", error or _failure("generator", status, report, self.limits))
            return used < PART_OUTPUTS * self.limits["output_bytes"]

        return jobs[: self.stream("generator", program, jobs, request, finish)]

    def solve(self, jobs: list[Job]) -> None:
        """Run the solution on each job's input: a Python one in the run's solution process, a C++
        binary in a fork per task."""
        if not jobs:
            return
        program = self.programs[jobs[0].task["solution"]]
        if isinstance(program, StageError):
            for job in jobs:
                job.fail(program.stage, str(program))
            return

        def request(job: Job) -> tuple[dict, list[int]]:
            job.close_output()
            job.stdout_fd = os.memfd_create("stdout")
            job.reader_fd = os.open(f"/proc/self/fd/{job.stdin_fd}", os.O_RDONLY)  # its own file, at offset 0
            return {"id": job.task["id"], "seed": job.task["seed"]}, [job.reader_fd, job.stdout_fd]

        def finish(job: Job, status: int, report: bytes, error: str | None) -> bool:
            if error is None and (report or status != 0):
                error = _failure("solution", status, report, self.limits, cpu_limited=isinstance(program, int))
            if error is None and os.fstat(job.stdout_fd).st_size > self.limits["output_bytes"]:
                error = f"solution output exceeds the {child.size(self.limits['output_bytes'])} limit"
            if error is None:
                job.result["stdout"] = _read(job.stdout_fd).decode("utf-8", "replace")
            else:
                job.fail("solution", error)
            job.close_output()
            return True

        if not isinstance(program, int):
            self.stream("solution", (program, None), jobs, request, finish)
            return
        seconds = self.limits["solution_seconds"]
        for job in jobs:  # a C++ binary: a fork per task, which execs it
            request(job)

            def body(report_w: int) -> None:
                child.enter({0: job.reader_fd, 1: job.stdout_fd, 2: self.devnull, 4: program}, report_w, self.limits,
                            math.ceil(seconds))
                child.exec_binary(4)

            try:
                status, report = self.in_child("solution", seconds, body)
            except StageError as exc:
                finish(job, -1, b"", str(exc))
            else:
                finish(job, status, report, None)

    # -- the run's resident processes ----------------------------------------------------------
    def resident(self, stage: str, program: tuple, deadline: float) -> Resident:
        """The run's process for ``stage``, forked and loaded now if there is none (or it died)."""
        if stage in self.residents:
            return self.residents[stage]
        code, entry = program
        mine, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        pid = child.fork()
        if pid < 0:
            mine.close()
            theirs.close()
            raise StageError(stage, f"{stage} could not start: {os.strerror(ctypes.get_errno())}")
        if pid == 0:
            try:
                mine.close()
                child.enter({0: self.devnull, 1: self.devnull, 2: self.devnull}, theirs.fileno(), self.limits)
                child.serve(code, entry, self.limits)
            finally:
                os._exit(70)
        theirs.close()
        resident = self.residents[stage] = Resident(pid, mine)
        ready, _, overrun = self.collect(mine.fileno(), None, deadline)
        answer = mine.recv(1 << 16) if ready else b""
        if answer == b'{"ready":true}' and overrun is None:
            return resident
        status = self.drop(stage)
        self.raise_overrun(stage, self.limits[f"{stage}_seconds"], overrun)
        try:
            message = json.loads(answer)["error"]
        except (ValueError, KeyError, TypeError):
            message = _failure(stage, status, b"", self.limits) if status >= 0 else f"{stage} could not be loaded"
        raise StageError(stage, str(message))

    def stream(self, stage: str, program: tuple, jobs: list[Job],
               request: Callable[[Job], tuple[dict, list[int]]], finish: Callable[[Job, int, bytes, str | None], bool]) -> int:
        """Run ``jobs`` in order in the run's ``stage`` process, ``WINDOW`` handed over ahead (each with
        its own report pipe), each under its own limits: its wall deadline runs from the previous answer
        (nothing the process sends extends it) and only a message carrying its id answers it. A process
        that overran or died is killed, the job gets its error, and the jobs after it go to a fresh one.
        ``request(job)`` gives a job's message and fds; ``finish(job, status, report, error)`` takes its
        outcome (status 0 and no error: it answered) and says whether to hand over more jobs. Returns
        how many jobs ran. The process is frozen, and the sandbox cleaned, when the stage ends."""
        seconds = self.limits[f"{stage}_seconds"]
        done, more = 0, True
        while done < len(jobs) and more:
            try:
                resident = self.resident(stage, program, time.monotonic() + seconds)
            except StageError as exc:  # it cannot even load: no job of this stage can run
                for job in jobs[done:]:
                    finish(job, -1, b"", str(exc))
                return len(jobs)
            try:
                os.kill(resident.pid, signal.SIGCONT)
            except ProcessLookupError:
                pass  # reaped already: the wait below finds it gone
            inflight: list[tuple[Job, int]] = []  # (job, its report pipe), in hand-over order
            started, failed = time.monotonic(), False
            try:
                while not failed:
                    while more and done + len(inflight) < len(jobs) and len(inflight) < WINDOW:
                        job = jobs[done + len(inflight)]
                        message, fds = request(job)
                        report_r, report_w = os.pipe()
                        inflight.append((job, report_r))
                        try:
                            socket.send_fds(resident.sock, [json.dumps(message).encode()], [report_w, *fds])
                        except OSError:
                            break  # it died: the wait below finds out
                        finally:
                            os.close(report_w)
                    if not inflight:
                        break
                    job, report_r = inflight[0]
                    answered, report, overrun = self.answer(resident, report_r, job.task["id"], started + seconds)
                    if answered and overrun is None:
                        more = finish(job, 0, bytes(report), None)
                    else:  # it died or overran: the jobs after it get a fresh one
                        status = self.drop(stage)
                        finish(job, status, bytes(report), self.overrun_message(stage, seconds, overrun))
                        failed = True
                    os.close(inflight.pop(0)[1])
                    done, started = done + 1, time.monotonic()
            finally:
                for _, report_r in inflight:
                    os.close(report_r)
        if stage in self.residents:
            if self.residents[stage].stop():
                self.clean(keep=self.resident_pids())
            else:  # it exited after its last answer
                self.drop(stage)
        return done

    def answer(self, resident: Resident, report_r: int, task_id: int, deadline: float) -> tuple[bool, bytearray, str | None]:
        """Wait for the resident's answer for ``task_id``, reading its report; (answered, report, overrun).
        A message that is not this task's answer (another task's, or garbage its code sent) is ignored."""
        report, answered, overrun = bytearray(), False, None
        try:
            while not answered:
                ready, report, overrun = self.collect(resident.sock.fileno(), report_r, deadline, report)
                message = resident.sock.recv(1 << 16) if ready else b""
                if not message:
                    break
                answered = _answers(message, task_id)
        except OSError:
            answered = False
        return answered, report, overrun

    def drop(self, stage: str) -> int:
        """Kill the run's ``stage`` process and every other process but the residents; its wait status
        (-1 when something else reaped it)."""
        resident = self.residents.pop(stage, None)
        status = -1
        if resident is not None:
            resident.sock.close()
            try:
                os.kill(resident.pid, signal.SIGKILL)  # an exiting process keeps its own exit status
                status = os.waitpid(resident.pid, 0)[1]
            except (ProcessLookupError, ChildProcessError):
                pass
        self.clean(keep=self.resident_pids())
        return status

    def resident_pids(self) -> set[int]:
        return {resident.pid for resident in self.residents.values()}

    # -- the child process ---------------------------------------------------------------------
    def in_child(self, stage: str, seconds: float, body: Callable[[int], None]) -> tuple[int, bytes]:
        """Fork a child that runs ``body(report_fd)`` (which must end the process); collect its report
        under the limits; leave no process, file or IPC object of it behind. Returns (wait status, report)."""
        report_r, report_w = os.pipe()
        deadline = time.monotonic() + seconds
        pid = child.fork()
        if pid < 0:
            raise StageError(stage, f"{stage} could not start: {os.strerror(ctypes.get_errno())}")
        if pid == 0:
            try:
                os.close(report_r)
                body(report_w)
            finally:
                os._exit(70)
        os.close(report_w)
        pidfd = os.pidfd_open(pid)
        try:
            exited, report, overrun = self.collect(pidfd, report_r, deadline)
            status = os.waitpid(pid, 0)[1] if exited else -1
        finally:
            os.close(pidfd)
            os.close(report_r)
            self.clean(keep=self.resident_pids())
        self.raise_overrun(stage, seconds, overrun)
        return status, bytes(report)

    def overrun_message(self, stage: str, seconds: float, overrun: str | None) -> str | None:
        if overrun == "time":
            return f"{stage} timed out after {seconds:g} s wall"
        if overrun == "memory":
            return (f"{stage} ran out of memory (its processes used more than "
                    f"{child.size(self.limits['memory_bytes'])} together)")
        if overrun == "report":  # a generator reports its display; anything else, at most an error line
            what = "display" if stage == "generator" else "output"
            return f"{stage} {what} exceeds the {child.size(self.limits['output_bytes'])} limit"
        return None

    def raise_overrun(self, stage: str, seconds: float, overrun: str | None) -> None:
        message = self.overrun_message(stage, seconds, overrun)
        if message is not None:
            raise StageError(stage, message)

    def collect(self, done_fd: int, report_r: int | None, deadline: float,
                report: bytearray | None = None) -> tuple[bool, bytearray, str | None]:
        """Wait until ``done_fd`` is readable (the child exited, a resident sent a message) or
        ``deadline``, reading the report pipe (into ``report``, if given) and watching the memory of
        every process of the task; returns (whether ``done_fd`` became readable, the report, the
        limit overrun or None)."""
        cap = self.limits["output_bytes"] + 1
        report = bytearray() if report is None else report
        poller = select.poll()
        poller.register(done_fd, select.POLLIN)
        if report_r is not None:
            poller.register(report_r, select.POLLIN)
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False, report, "time"
            events = poller.poll(min(remaining, WATCH_SECONDS) * 1000)
            for fd, _ in events:
                if fd == report_r:
                    chunk = os.read(report_r, 1 << 20)
                    if not chunk:
                        poller.unregister(report_r)
                    report += chunk
                    if len(report) > cap:
                        return False, report, "report"
                else:
                    if report_r is not None:
                        os.set_blocking(report_r, False)
                        try:  # what it wrote just before it finished
                            while len(report) <= cap and (chunk := os.read(report_r, 1 << 20)):
                                report += chunk
                        except BlockingIOError:
                            pass
                    return True, report, "report" if len(report) > cap else None
            if not events and self.memory_used() > self.limits["memory_bytes"]:
                return False, report, "memory"

    def memory_used(self) -> int:
        """Resident memory of every process of the sandbox but this one (confined), else of our descendants."""
        total = 0
        for pid in self.processes():
            try:
                with open(f"/proc/{pid}/statm", "rb") as f:
                    total += int(f.read().split()[1]) * _PAGE
            except (OSError, IndexError, ValueError):
                pass  # it just exited
        return total

    def clean(self, keep: set[int] = frozenset()) -> None:
        """Kill and reap every process of the sandbox but this one and ``keep`` (the run's residents,
        stopped, which reap their own children), wipe the scratch directories, drop System V IPC objects."""
        for spin in itertools.count():
            others = [int(p) for p in self.processes() if int(p) not in keep]
            if not others:
                break
            if spin == 1000:  # a second on zombies that only a resident could reap: they go too
                keep = frozenset()
                for resident in self.residents.values():
                    resident.sock.close()
                self.residents.clear()
            for pid in others:
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            try:  # orphans are re-parented to us (PID 1, or a subreaper unconfined)
                while reaped := os.waitpid(-1, os.WNOHANG)[0]:
                    for stage, resident in list(self.residents.items()):
                        if resident.pid == reaped:
                            resident.sock.close()
                            del self.residents[stage]
            except ChildProcessError:
                pass
            time.sleep(0.0005 if spin else 0)
        if self.pid_one and not seccomp.ACTIVE:  # with the filter, tasks cannot make any
            _remove_ipc_objects()
        for directory in self.scratch:
            _wipe(directory, self.keep)

    def processes(self) -> list[str]:
        """Every other process of the sandbox (confined), else every descendant (unconfined)."""
        return [p for p in os.listdir("/proc") if p.isdigit() and p != "1"] if self.pid_one else _descendants()


class Resident:
    """A run's process for one stage (untrusted: it runs the run's tasks) and our socket to it."""

    def __init__(self, pid: int, sock: socket.socket) -> None:
        self.pid, self.sock = pid, sock

    def stop(self) -> bool:
        """Freeze it (and any thread its tasks left) while anything else runs; SIGCONT resumes it.
        False when it had exited instead (it is reaped)."""
        try:
            os.kill(self.pid, signal.SIGSTOP)
            return os.WIFSTOPPED(os.waitpid(self.pid, os.WUNTRACED)[1])
        except (ProcessLookupError, ChildProcessError):
            return False


class Job:
    """One task of a batch as the worker runs it: its result and the memfds of its input and output."""

    def __init__(self, task: dict) -> None:
        self.task = task
        self.result: dict = {"id": task["id"], "stdin": None, "display": None, "stdout": None, "error": None, "stage": None}
        self.stdin_fd = self.stdout_fd = self.reader_fd = -1

    def fail(self, stage: str, message: str) -> None:
        self.result.update(stdout=None, error=message, stage=stage)  # the input stays, for diagnosis

    def close_output(self) -> None:
        for fd in (self.reader_fd, self.stdout_fd):
            if fd >= 0:
                os.close(fd)
        self.reader_fd = self.stdout_fd = -1

    def close(self) -> None:
        self.close_output()
        if self.stdin_fd >= 0:
            os.close(self.stdin_fd)
        self.stdin_fd = -1


def _load(program: dict) -> object:
    """Parse (never run) a program: a code object, a (code, entry) pair, a sealed memfd, or a StageError."""
    if program["language"] == "cpp":
        return _sealed(base64.b64decode(program["binary"]))
    generator = program["entry"] is not None
    stage, name = ("generator", "<generator>") if generator else ("compile", "<solution>")
    try:
        tree = ast.parse(program["source"], name)
        code = compile(tree, name, "exec")
    except (SyntaxError, ValueError, MemoryError, RecursionError, OverflowError) as exc:
        what = "generator" if generator else "solution"
        line = getattr(exc, "lineno", None)
        detail = f"{type(exc).__name__}: {getattr(exc, 'msg', exc)}" + (f" (line {line})" if line else "")
        return StageError(stage, f"{what} does not compile: {child._clip(detail)}")
    _warm_imports(tree)
    return (code, program["entry"]) if generator else code


def _warm_imports(tree: ast.AST) -> None:
    """Import here the top-level standard-library modules the program imports (trusted code only), so
    that each child finds them loaded instead of importing them again for every task. Never a
    submodule (``unittest.__main__`` runs tests and exits) nor a module with import side effects."""
    names = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    names |= {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module and not node.level}
    for top in {name.partition(".")[0] for name in names}:
        if top in sys.stdlib_module_names and top not in _NO_WARM and not top.startswith("_") and top not in sys.modules:
            try:
                importlib.import_module(top)
            except BaseException:  # noqa: BLE001 - e.g. a module this platform lacks: the child will say so
                pass


def _sealed(binary: bytes) -> int:
    """A memfd holding ``binary`` that nobody can change any more (children run it from there)."""
    fd = os.memfd_create("solution", os.MFD_ALLOW_SEALING)
    protocol.write_bytes(fd, binary)
    fcntl.fcntl(fd, fcntl.F_ADD_SEALS, fcntl.F_SEAL_WRITE | fcntl.F_SEAL_GROW | fcntl.F_SEAL_SHRINK | fcntl.F_SEAL_SEAL)
    return fd


def _answers(message: bytes, task_id: int) -> bool:
    """Whether a resident's message is its answer for task ``task_id``."""
    try:
        return json.loads(message)["id"] == task_id
    except (ValueError, KeyError, TypeError):
        return False


def _read(fd: int) -> bytes:
    return os.pread(fd, os.fstat(fd).st_size, 0)


def _failure(stage: str, status: int, report: bytes, limits: dict, cpu_limited: bool = False) -> str:
    """The one-line reason a child failed, from its report or else its wait status. Only a process
    under ``RLIMIT_CPU`` (``cpu_limited``: a C++ solution) reads SIGXCPU or SIGKILL as that limit."""
    if report[:1] == b"E":
        return report[1:].decode("utf-8", "replace")
    if os.WIFSIGNALED(status):
        sig = signal.Signals(os.WTERMSIG(status))
        if sig == signal.SIGXFSZ:
            return f"{stage} output exceeds the {child.size(limits['output_bytes'])} limit"
        if cpu_limited and sig in (signal.SIGXCPU, signal.SIGKILL):
            return f"{stage} exceeded the CPU limit ({math.ceil(limits['solution_seconds'])} s)"
        return f"{stage} was killed by {sig.name}"
    code = os.waitstatus_to_exitcode(status)
    if code == 0:
        return f"{stage} exited without returning an input"
    return f"{stage} exited with status {code}"


def _descendants(pid: str = "self") -> list[str]:
    """Every process below ``pid`` (unconfined mode: orphans re-parent to us, a subreaper)."""
    found: list[str] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as f:
                found += f.read().split()
    except OSError:
        return found  # it just exited
    return found + [d for c in found for d in _descendants(c)]


def _wipe(directory: str, keep: list[str]) -> None:
    """Remove everything in ``directory`` except the ``keep`` paths (read-only binds of the installation,
    when it lies under /tmp) and the directories that lead to them."""
    os.chmod(directory, 0o755)  # a task may have taken our permissions away (we own it)
    with os.scandir(directory) as entries:
        for entry in entries:
            if any(k == entry.path for k in keep):
                continue
            if any(k.startswith(entry.path + "/") for k in keep) and entry.is_dir(follow_symlinks=False):
                _wipe(entry.path, keep)
            else:
                _remove(entry.path)


def _remove(path: str) -> None:
    """Remove a file, or a tree that hostile code may have made unreadable or deeper than any recursion
    or path length allows (we own everything in it): each directory's subdirectories are first moved
    up beside it, so every path stays short and nothing recurses."""
    if not os.path.isdir(path) or os.path.islink(path):
        os.unlink(path)
        return
    parent, todo = os.path.dirname(path), [path]
    names = (os.path.join(parent, f".wipe-{n}") for n in itertools.count())
    while todo:
        directory = todo.pop()
        os.chmod(directory, 0o700)
        with os.scandir(directory) as listing:
            entries = list(listing)
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                flat = next(name for name in names if not os.path.lexists(name))
                os.chmod(entry.path, 0o700)  # moving a directory rewrites its ".."
                os.rename(entry.path, flat)
                todo.append(flat)
            else:
                os.unlink(entry.path)
        os.rmdir(directory)


def _remove_ipc_objects() -> None:
    """Remove the System V shared memory, message queues and semaphores a task left in our IPC namespace."""
    for kind, remove in (("shm", lambda i: _libc.shmctl(i, IPC_RMID, None)), ("msg", lambda i: _libc.msgctl(i, IPC_RMID, None)),
                         ("sem", lambda i: _libc.semctl(i, 0, IPC_RMID))):
        with open(f"/proc/sysvipc/{kind}") as f:
            for line in f.readlines()[1:]:
                remove(int(line.split()[1]))


def main(config_json: str) -> None:
    config = json.loads(config_json)
    sys.argv = [""]
    _libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)  # no ptrace, no /proc/<us>/fd or /mem for same-uid children
    if os.getpid() != 1:
        _libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    worker = Worker(config)
    os.chdir(worker.scratch[0])
    protocol.write_frame(worker.result_fd, {"hello": {"pid": os.getpid()}})
    os.dup2(worker.devnull, 2)  # from here on nothing may block on a stderr nobody reads
    worker.serve()
