"""The sandbox worker: a trusted, warm process inside bwrap that runs every task stage in a fresh fork.

Started by :mod:`scaler.sandbox.handle` as ``python -s -B -c BOOTSTRAP CONFIG`` (stdlib only), as
PID 1 of its sandbox's PID namespace, so no process of the sandbox can signal it, and not dumpable,
so none can ptrace it or open its ``/proc`` files. It never runs untrusted code: it only parses
Python (``compile``) and seals C++ binaries into memfds. For each stage of a task it forks a child
(:mod:`child`) that keeps only its own stdin/stdout memfds and report pipe, reads that child's
report under its own size, wall-clock and aggregate-memory limits, then kills every other process of
the namespace, wipes ``/tmp`` and ``/dev/shm`` and removes System V IPC objects, and sends the pool
one result frame carrying the task's ``id``. Frames (:mod:`protocol`), pool -> worker:

* ``{"op": "load", "programs": {key: {"language", "source", "entry"} | {"language": "cpp", "binary"}}}``
* ``{"op": "run", "tasks": [{"id", "generator", "solution", "params", "seed", "stdin"}]}`` -> one
  ``{"id", "stdin", "display", "stdout", "error", "stage"}`` per task, in order (``display`` is JSON text).
"""

from __future__ import annotations

import base64
import ctypes
import fcntl
import gc
import json
import math
import os
import select
import shutil
import signal
import sys
import time
from typing import Callable

import child
import protocol

WATCH_SECONDS = 0.005  # how often the memory watchdog sums the task's resident memory
PR_SET_DUMPABLE, PR_SET_CHILD_SUBREAPER = 4, 36
IPC_RMID = 0
_PAGE = os.sysconf("SC_PAGE_SIZE")
_WARM = ("bisect", "collections", "copy", "decimal", "fractions", "functools", "heapq", "itertools", "math",
         "operator", "random", "re", "string", "typing")  # imported once, so forks start warm
_libc = ctypes.CDLL(None, use_errno=True)
_fork = ctypes.PyDLL(None, use_errno=True).fork  # see Worker.in_child


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
        self.pid_one = os.getpid() == 1  # confined: PID 1 of the sandbox's PID namespace
        self.programs: dict[str, object] = {}  # key -> code object, (code, entry), memfd of a binary, or StageError
        self.devnull = os.open(os.devnull, os.O_RDWR)

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
                continue
            for task in message["tasks"]:
                protocol.write_frame(self.result_fd, self.run_task(task))

    # -- one task ------------------------------------------------------------------------------
    def run_task(self, task: dict) -> dict:
        result: dict = {"id": task["id"], "stdin": None, "display": None, "stdout": None, "error": None, "stage": None}
        stdin_fd = -1
        try:
            if task["generator"] is not None:
                stdin_fd = os.memfd_create("stdin")
                result["display"] = self.generate(task, stdin_fd)
                result["stdin"] = _read(stdin_fd).decode("utf-8", "surrogateescape")
            if task["solution"] is not None:
                if stdin_fd < 0:
                    data = task["stdin"].encode("utf-8", "surrogateescape")
                    if len(data) > self.limits["output_bytes"]:
                        raise StageError("solution", f"stdin exceeds the {child.size(self.limits['output_bytes'])} limit")
                    stdin_fd = os.memfd_create("stdin")
                    protocol.write_bytes(stdin_fd, data)
                result["stdout"] = self.solve(task, stdin_fd)
        except StageError as exc:
            result.update(stdout=None, error=str(exc), stage=exc.stage)  # keep the input for diagnosis
        finally:
            if stdin_fd >= 0:
                os.close(stdin_fd)
        return result

    def generate(self, task: dict, stdin_fd: int) -> str:
        program = self.programs[task["generator"]]
        if isinstance(program, StageError):
            raise program
        code, entry = program

        def body(report_w: int) -> None:
            child.enter({0: self.devnull, 1: self.devnull, 2: self.devnull, 4: stdin_fd}, report_w, self.limits)
            child.generate(code, entry, task["params"], task["seed"], 4, self.limits)

        status, report = self.in_child("generator", self.limits["generator_seconds"], body)
        if report[:1] == b"D":
            return report[1:].decode()
        raise StageError("generator", _failure("generator", status, report, self.limits))

    def solve(self, task: dict, stdin_fd: int) -> str:
        program = self.programs[task["solution"]]
        if isinstance(program, StageError):
            raise program
        stdin = os.open(f"/proc/self/fd/{stdin_fd}", os.O_RDONLY)  # its own read-only file, at offset 0
        stdout = os.memfd_create("stdout")
        try:
            if isinstance(program, int):
                cpu = math.ceil(self.limits["solution_seconds"])

                def body(report_w: int) -> None:
                    child.enter({0: stdin, 1: stdout, 2: self.devnull, 4: program}, report_w, self.limits, cpu)
                    child.exec_binary(4)
            else:

                def body(report_w: int) -> None:
                    child.enter({0: stdin, 1: stdout, 2: self.devnull}, report_w, self.limits)
                    child.solve_python(program, task["seed"], self.limits)

            status, report = self.in_child("solution", self.limits["solution_seconds"], body)
            if report or status != 0:
                raise StageError("solution", _failure("solution", status, report, self.limits))
            if os.fstat(stdout).st_size > self.limits["output_bytes"]:
                raise StageError("solution", f"solution output exceeds the {child.size(self.limits['output_bytes'])} limit")
            return _read(stdout).decode("utf-8", "replace")
        finally:
            os.close(stdin)
            os.close(stdout)

    # -- the child process ---------------------------------------------------------------------
    def in_child(self, stage: str, seconds: float, body: Callable[[int], None]) -> tuple[int, bytes]:
        """Fork a child that runs ``body(report_fd)`` (which must end the process); collect its report
        under the limits; leave no process, file or IPC object of it behind. Returns (wait status, report)."""
        report_r, report_w = os.pipe()
        deadline = time.monotonic() + seconds
        # libc's fork, with the GIL held: this process is single-threaded and idle between statements,
        # so the child needs none of os.fork's at-fork hooks (random reseeding, lock re-initialisation),
        # which cost more than the fork itself (about 1.2 ms against 0.5 ms of CPU per task).
        pid = _fork()
        if pid < 0:
            raise StageError(stage, f"{stage} could not start: {os.strerror(ctypes.get_errno())}")
        if pid == 0:
            try:
                os.close(report_r)
                body(report_w)
            finally:
                os._exit(70)
        os.close(report_w)
        try:
            status, report, overrun = self.collect(pid, report_r, deadline)
        finally:
            os.close(report_r)
            self.clean()
        cap = self.limits["output_bytes"]
        if overrun == "time":
            raise StageError(stage, f"{stage} timed out after {seconds:g} s wall")
        if overrun == "memory":
            raise StageError(stage, f"{stage} ran out of memory (its processes used more than "
                                    f"{child.size(self.limits['memory_bytes'])} together)")
        if overrun == "report":
            raise StageError(stage, f"{stage} display exceeds the {child.size(cap)} limit")
        return status, bytes(report)

    def collect(self, pid: int, report_r: int, deadline: float) -> tuple[int, bytearray, str | None]:
        """Wait for the child ``pid`` until ``deadline``, reading its report and watching the memory of
        all its processes; returns (status, report, the limit it overran or None)."""
        cap = self.limits["output_bytes"] + 1
        report = bytearray()
        pidfd = os.pidfd_open(pid)
        poller = select.poll()
        poller.register(pidfd, select.POLLIN)
        poller.register(report_r, select.POLLIN)
        try:
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return -1, report, "time"
                events = poller.poll(min(remaining, WATCH_SECONDS) * 1000)
                for fd, _ in events:
                    if fd == report_r:
                        chunk = os.read(report_r, 1 << 20)
                        if not chunk:
                            poller.unregister(report_r)
                        report += chunk
                        if len(report) > cap:
                            return -1, report, "report"
                    else:
                        _, status = os.waitpid(pid, 0)
                        os.set_blocking(report_r, False)
                        try:  # what it wrote just before exiting
                            while len(report) <= cap and (chunk := os.read(report_r, 1 << 20)):
                                report += chunk
                        except BlockingIOError:
                            pass
                        return status, report, "report" if len(report) > cap else None
                if not events and self.memory_used() > self.limits["memory_bytes"]:
                    return -1, report, "memory"
        finally:
            os.close(pidfd)

    def memory_used(self) -> int:
        """Resident memory of every process of the sandbox but this one (confined), else of our children."""
        pids = [p for p in os.listdir("/proc") if p.isdigit() and p != "1"] if self.pid_one else _descendants()
        total = 0
        for pid in pids:
            try:
                with open(f"/proc/{pid}/statm", "rb") as f:
                    total += int(f.read().split()[1]) * _PAGE
            except (OSError, IndexError, ValueError):
                pass  # it just exited
        return total

    def clean(self) -> None:
        """Kill and reap every process a stage left, wipe the scratch directories, drop IPC objects."""
        if self.pid_one:
            while True:
                try:
                    os.kill(-1, signal.SIGKILL)  # from PID 1: every other process of the namespace
                except ProcessLookupError:
                    break  # nothing left, not even a zombie
                try:
                    os.waitpid(-1, 0)
                except ChildProcessError:
                    time.sleep(0.001)  # a killed orphan is still being re-parented to us
            _remove_ipc_objects()
        else:  # unconfined: we are a subreaper, so every orphan of the task becomes our child
            while children := _descendants():
                for pid in children:
                    try:
                        os.kill(int(pid), signal.SIGKILL)
                    except ProcessLookupError:
                        pass
                for _ in children:
                    try:
                        os.waitpid(-1, 0)
                    except ChildProcessError:
                        break
        for directory in self.scratch:
            with os.scandir(directory) as entries:
                for entry in entries:
                    _remove(entry.path)


def _load(program: dict) -> object:
    """Parse (never run) a program: a code object, a (code, entry) pair, a sealed memfd, or a StageError."""
    if program["language"] == "cpp":
        return _sealed(base64.b64decode(program["binary"]))
    generator = program["entry"] is not None
    stage, name = ("generator", "<generator>") if generator else ("compile", "<solution>")
    try:
        code = compile(program["source"], name, "exec")
    except (SyntaxError, ValueError, MemoryError, RecursionError, OverflowError) as exc:
        what = "generator" if generator else "solution"
        line = getattr(exc, "lineno", None)
        detail = f"{type(exc).__name__}: {getattr(exc, 'msg', exc)}" + (f" (line {line})" if line else "")
        return StageError(stage, f"{what} does not compile: {child._clip(detail)}")
    return (code, program["entry"]) if generator else code


def _sealed(binary: bytes) -> int:
    """A memfd holding ``binary`` that nobody can change any more (children run it from there)."""
    fd = os.memfd_create("solution", os.MFD_ALLOW_SEALING)
    protocol.write_bytes(fd, binary)
    fcntl.fcntl(fd, fcntl.F_ADD_SEALS, fcntl.F_SEAL_WRITE | fcntl.F_SEAL_GROW | fcntl.F_SEAL_SHRINK | fcntl.F_SEAL_SEAL)
    return fd


def _read(fd: int) -> bytes:
    return os.pread(fd, os.fstat(fd).st_size, 0)


def _failure(stage: str, status: int, report: bytes, limits: dict) -> str:
    """The one-line reason a child failed, from its report or else its wait status."""
    if report[:1] == b"E":
        return report[1:].decode("utf-8", "replace")
    if os.WIFSIGNALED(status):
        sig = signal.Signals(os.WTERMSIG(status))
        if sig == signal.SIGXFSZ:
            return f"{stage} output exceeds the {child.size(limits['output_bytes'])} limit"
        if sig in (signal.SIGXCPU, signal.SIGKILL):
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


def _remove(path: str) -> None:
    """Remove a file or a tree that hostile code may have made unreadable (we own everything in it)."""
    def retry(function: Callable, target: str, _: object) -> None:
        os.chmod(os.path.dirname(target), 0o700)
        if os.path.isdir(target) and not os.path.islink(target):
            os.chmod(target, 0o700)
            shutil.rmtree(target, onerror=retry)
        else:
            function(target)

    if os.path.isdir(path) and not os.path.islink(path):
        os.chmod(path, 0o700)
        shutil.rmtree(path, onerror=retry)
    else:
        os.unlink(path)


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
    for name in _WARM:
        __import__(name)
    worker = Worker(config)
    os.chdir(worker.scratch[0])
    protocol.write_frame(worker.result_fd, {"hello": {"pid": os.getpid()}})
    os.dup2(worker.devnull, 2)  # from here on nothing may block on a stderr nobody reads
    worker.serve()
