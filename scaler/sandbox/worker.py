"""The sandbox worker: a long-lived process that runs generators and solutions for a pool.

Started by :mod:`scaler.sandbox.handle` as ``python -c BOOTSTRAP CONFIG`` with a scrubbed
environment; stdlib only. It confines itself (:mod:`confine`), says hello, then serves frames from
one pipe and answers on another (:mod:`protocol`):

* ``{"op": "compile", "key", "source", "command"}`` -> ``{"binary": base64}`` or ``{"error"}`` (g++ in the sandbox);
* ``{"op": "run", "programs": {key: program}, "tasks": [...]}`` -> one result frame per task, in
  order, preceded by the frame ``"S"`` when a task moves from its generator to its solution.

Python code is loaded once per source (cache keyed by the pool's program key) and runs in this
process: generators as modules, solutions with fresh ``__main__`` globals and fd 0/1 redirected to
files. C++ binaries run as child processes with their own CPU limit and wall timeout.
"""

from __future__ import annotations

import base64
import contextlib
import io
import json
import math
import os
import random
import resource
import select
import signal
import subprocess
import sys
import threading
import time
import traceback
import types
from typing import Any, Callable, Iterator

import confine
import protocol

_MAX_MESSAGE = 300


class StageError(Exception):
    """A user-facing failure of one stage of one task."""

    def __init__(self, stage: str, message: str) -> None:
        super().__init__(message)
        self.stage = stage


class Worker:
    def __init__(self, config: dict, workdir: str) -> None:
        self.cmd_fd, self.result_fd = config["fds"]
        self.limits = config["limits"]
        self.isolated_pids = config["isolation"]["pids"]
        self.pid = os.getpid()
        self.stdin_path = os.path.join(workdir, "stdin")
        self.stdout_path = os.path.join(workdir, "stdout")
        self.stderr_path = os.path.join(workdir, "stderr")
        self.bin_dir = os.path.join(workdir, "bin")
        self.run_dir = os.path.join(workdir, "run")
        os.makedirs(self.bin_dir)
        os.makedirs(self.run_dir)
        self.programs: dict[str, Any] = {}  # key -> loaded generator, code object, binary path or StageError
        self.recursion_limit = sys.getrecursionlimit()

    # -- serving -------------------------------------------------------------------------------
    def serve(self) -> None:
        reader = protocol.FrameReader(self.cmd_fd, max_bytes=1 << 31)
        while True:
            try:
                message = reader.read()
            except EOFError:
                return
            if message["op"] == "compile":
                protocol.write_frame(self.result_fd, self.compile(message["key"], message["source"], message["command"]))
                continue
            for key, program in message["programs"].items():
                self.receive(key, program)
            for task in message["tasks"]:
                result = self.run_task(task)
                try:
                    frame = protocol.encode(result)
                except (TypeError, ValueError) as exc:
                    frame = protocol.encode(_error("generator", f"generator display is not JSON-serialisable: {exc}"))
                protocol.write_bytes(self.result_fd, frame)
                if result.get("recycle"):
                    return

    def receive(self, key: str, program: dict) -> None:
        if key in self.programs:
            return
        if program["language"] == "cpp":
            if "binary" in program:
                path = os.path.join(self.bin_dir, key)
                with open(path, "wb") as f:
                    f.write(base64.b64decode(program["binary"]))
                os.chmod(path, 0o700)
                self.programs[key] = path
        elif program["entry"] is None:
            try:
                self.programs[key] = compile(program["source"], "<solution>", "exec")
            except (SyntaxError, ValueError) as exc:
                self.programs[key] = StageError("compile", f"solution does not compile: {_syntax(exc)}")
        else:
            self.programs[key] = self.load_generator(program["source"], program["entry"])

    # -- one task ------------------------------------------------------------------------------
    def run_task(self, task: dict) -> dict:
        result: dict = {"stdin": None, "display": None, "stdout": None}  # the pool knows a given stdin
        try:
            if task["generator"] is not None:
                result["stdin"], result["display"] = self.generate(task["generator"], task["params"], task["seed"])
                if task["solution"] is not None:
                    protocol.write_frame(self.result_fd, "S")
            if task["solution"] is not None:
                text = task["stdin"] if task["generator"] is None else result["stdin"]
                stdin = text.encode("utf-8", "surrogateescape")
                if len(stdin) > self.limits["output_bytes"]:
                    raise StageError("solution", f"stdin of {len(stdin)} bytes exceeds the {_size(self.limits['output_bytes'])} limit")
                program = self.programs[task["solution"]]
                if isinstance(program, StageError):
                    raise program
                random.seed(task["seed"])
                if isinstance(program, str):
                    result["stdout"] = self.run_binary(program, stdin)
                else:
                    result["stdout"] = self.run_python(program, stdin)
                    if threading.active_count() > 1:  # daemon threads we cannot stop: start afresh
                        result["recycle"] = True
        except StageError as exc:
            result.update(stdout=None, error=str(exc), stage=exc.stage)  # keep the input for diagnosis
        finally:
            self.kill_children(None)  # no task leaves a process behind
        return result

    def load_generator(self, source: str, entry: str) -> Callable | StageError:
        module = types.ModuleType("scaler_generator")
        try:
            with self.user_code(io.StringIO(), _Discard()):
                exec(compile(source, "<generator>", "exec"), module.__dict__)
        except SyntaxError as exc:
            return StageError("generator", f"generator does not compile: {_syntax(exc)}")
        except BaseException as exc:  # noqa: BLE001 - user code may raise anything
            return StageError("generator", _describe("generator", exc, "<generator>"))
        function = module.__dict__.get(entry)
        if not callable(function):
            return StageError("generator", f"generator defines no function {entry!r}")
        code = getattr(function, "__code__", None)
        takes_rng = code is not None and (code.co_argcount >= 2 or bool(code.co_flags & 0x04))  # CO_VARARGS
        return (lambda params, rng: function(params, rng)) if takes_rng else (lambda params, rng: function(params))

    def generate(self, key: str, params: dict, seed: int) -> tuple[str, Any]:
        function = self.programs[key]
        if isinstance(function, StageError):
            raise function
        random.seed(seed)
        try:
            with self.user_code(io.StringIO(), _Discard()):
                out = function(dict(params), random.Random(seed))
        except BaseException as exc:  # noqa: BLE001
            raise StageError("generator", _describe("generator", exc, "<generator>")) from None
        stdin, display = (out[0], out[1]) if isinstance(out, tuple) and len(out) == 2 else (out, None)
        if not isinstance(stdin, str):
            raise StageError("generator", f"generator returned {type(out).__name__}; expected str or (str, display)")
        if len(stdin) > self.limits["output_bytes"]:
            raise StageError("generator", f"generator output exceeds the {_size(self.limits['output_bytes'])} limit")
        return stdin, display

    def run_python(self, code: types.CodeType, stdin: bytes) -> str:
        """Run a solution in this process as ``__main__`` with fd 0 reading ``stdin`` from a file and
        fd 1 writing to one, as if it were a fresh interpreter (threads joined, streams flushed)."""
        self.write_stdin(stdin)
        _open_as(self.stdout_path, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 1)
        self.exec_main(code)
        try:
            size = os.fstat(1).st_size
            data = os.pread(1, min(size, self.limits["output_bytes"] + 1), 0)
        except OSError:
            raise StageError("solution", "solution closed its stdout") from None
        if size > self.limits["output_bytes"]:
            raise StageError("solution", f"solution output exceeds the {_size(self.limits['output_bytes'])} limit")
        return data.decode("utf-8", "replace")

    def exec_main(self, code: types.CodeType) -> None:
        main = types.ModuleType("__main__")
        main.__dict__["__builtins__"] = __builtins__
        saved_main, saved_hook, threads_before, failures = sys.modules["__main__"], threading.excepthook, set(threading.enumerate()), []
        stdout = open(1, "w", encoding="utf-8", closefd=False)  # open() gives the .mode fast-I/O code reads
        threading.excepthook = lambda args: failures.append(args.exc_value)
        sys.modules["__main__"] = main
        try:
            with self.user_code(open(0, encoding="utf-8", closefd=False), stdout):
                try:
                    exec(code, main.__dict__)
                except SystemExit as exc:
                    _check_exit(exc)
                for thread in set(threading.enumerate()) - threads_before:
                    if not thread.daemon:
                        thread.join()
                for stream in (sys.stdout, stdout):  # what interpreter shutdown would flush
                    if not getattr(stream, "closed", False):
                        stream.flush()
        except StageError:
            raise
        except BaseException as exc:  # noqa: BLE001 - user code may raise anything
            raise StageError("solution", self.describe_solution(exc)) from None
        finally:
            sys.modules["__main__"] = saved_main
            threading.excepthook = saved_hook
        if failures:
            raise StageError("solution", _describe("solution", failures[0], "<solution>") + " (in a thread)")

    def describe_solution(self, exc: BaseException) -> str:
        if isinstance(exc, OSError) and exc.errno == 27:  # EFBIG: RLIMIT_FSIZE on the stdout file
            return f"solution output exceeds the {_size(self.limits['output_bytes'])} limit"
        return _describe("solution", exc, "<solution>")

    def run_binary(self, path: str, stdin: bytes) -> str:
        seconds = self.limits["solution_seconds"]
        self.write_stdin(stdin)
        with open(self.stdin_path, "rb") as fin, open(self.stdout_path, "w+b") as fout, open(self.stderr_path, "w+b") as ferr:
            try:
                proc = subprocess.Popen([path], stdin=fin, stdout=fout, stderr=ferr, cwd=self.run_dir, start_new_session=True)
            except OSError as exc:
                raise StageError("solution", f"solution could not start: {exc.strerror}") from None
            cpu = math.ceil(seconds)
            resource.prlimit(proc.pid, resource.RLIMIT_CPU, (cpu, cpu + 1))
            try:
                status = proc.wait(timeout=seconds)
            except subprocess.TimeoutExpired:
                self.kill_children(proc.pid)
                proc.wait()
                raise StageError("solution", f"solution timed out after {seconds:g} s wall") from None
            self.kill_children(proc.pid)
            if status != 0:
                ferr.seek(0)
                raise StageError("solution", _exit_reason(status, ferr.read()[-2000:].decode("utf-8", "replace"), self.limits))
            size = os.fstat(fout.fileno()).st_size
            if size > self.limits["output_bytes"]:
                raise StageError("solution", f"solution output exceeds the {_size(self.limits['output_bytes'])} limit")
            fout.seek(0)
            return fout.read().decode("utf-8", "replace")

    def compile(self, key: str, source: str, command: list[str]) -> dict:
        src, binary = os.path.join(self.run_dir, "solution.cpp"), os.path.join(self.bin_dir, key)
        with open(src, "w") as f:
            f.write(source)
        try:
            proc = subprocess.run([*command, "-o", binary, "solution.cpp"], cwd=self.run_dir, capture_output=True,
                                  timeout=self.limits["compile_seconds"], start_new_session=True)
        except subprocess.TimeoutExpired:
            return _error("compile", f"C++ compile timed out after {self.limits['compile_seconds']:g} s")
        except OSError as exc:
            return _error("compile", f"C++ compiler could not start: {exc.strerror}")
        finally:
            self.kill_children(None)
        if proc.returncode != 0:
            lines = proc.stderr.decode("utf-8", "replace").splitlines()
            first = next((line for line in lines if "error" in line), lines[0] if lines else f"g++ exited with {proc.returncode}")
            return _error("compile", f"C++ compile error: {_clip(first)}")
        self.programs[key] = binary
        with open(binary, "rb") as f:
            return {"binary": base64.b64encode(f.read()).decode()}

    # -- process hygiene -----------------------------------------------------------------------
    @contextlib.contextmanager
    def user_code(self, stdin: io.TextIOBase, stdout: io.TextIOBase) -> Iterator[None]:
        """Swap the standard streams for user code and restore the interpreter state after it."""
        sys.stdin, sys.stdout, sys.stderr = stdin, stdout, _Discard()
        try:
            yield
        finally:
            if os.getpid() != self.pid:  # a forked copy of this worker must never reach the result pipe
                os._exit(0)
            sys.stdin, sys.stdout, sys.stderr = sys.__stdin__, sys.__stdout__, sys.__stderr__
            sys.setrecursionlimit(self.recursion_limit)
            threading.stack_size(0)

    def write_stdin(self, data: bytes) -> None:
        """Put ``data`` in the stdin file and open it as fd 0 (user code may have closed fd 0)."""
        fd = os.open(self.stdin_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            protocol.write_bytes(fd, data)
        finally:
            os.close(fd)
        _open_as(self.stdin_path, os.O_RDONLY, 0)

    def kill_children(self, group: int | None) -> None:
        """Kill what user code left running: everything else in our PID namespace (and wait until it
        is gone), else ``group``; then collect the zombies (as PID 1 we inherit every orphan)."""
        if self.isolated_pids:
            while True:
                try:
                    os.kill(-1, signal.SIGKILL)  # from PID 1: every other process of the namespace
                except ProcessLookupError:
                    break  # nothing left, not even a zombie
                try:
                    os.waitpid(-1, 0)
                except ChildProcessError:
                    time.sleep(0.001)  # a killed orphan is still being re-parented to us
        elif group is not None:
            try:
                os.killpg(group, signal.SIGKILL)
            except ProcessLookupError:
                pass
        try:
            while os.waitpid(-1, os.WNOHANG)[0]:
                pass
        except ChildProcessError:
            pass


class _Discard(io.TextIOBase):
    """Where generators' prints and everyone's stderr go."""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        return len(text)


def _open_as(path: str, flags: int, target: int) -> None:
    """Open ``path`` as file descriptor ``target``, whether or not ``target`` is open now."""
    fd = os.open(path, flags, 0o600)
    if fd != target:
        os.dup2(fd, target)
        os.close(fd)


def _check_exit(exc: SystemExit) -> None:
    code = exc.code
    if code is None or code == 0:
        return
    if isinstance(code, int):
        raise StageError("solution", f"solution exited with status {code}")
    raise StageError("solution", f"solution exited with status 1: {_clip(str(code))}")


def _exit_reason(status: int, stderr: str, limits: dict) -> str:
    tail = stderr.strip().splitlines()[-1:] if stderr.strip() else []
    detail = f" ({_clip(tail[0])})" if tail else ""
    if status > 0:
        return f"solution exited with status {status}{detail}"
    sig = signal.Signals(-status)
    if sig == signal.SIGXFSZ:
        return f"solution output exceeds the {_size(limits['output_bytes'])} limit"
    if sig in (signal.SIGXCPU, signal.SIGKILL):
        return f"solution exceeded the CPU limit ({math.ceil(limits['solution_seconds'])} s)"
    return f"solution was killed by {sig.name}{detail}"


def _describe(stage: str, exc: BaseException, filename: str) -> str:
    if isinstance(exc, MemoryError):
        return f"{stage} ran out of memory"
    line = next((f.lineno for f in reversed(traceback.extract_tb(exc.__traceback__)) if f.filename == filename), None)
    where = f" (line {line})" if line else ""
    try:
        text = str(exc)
    except Exception:  # noqa: BLE001 - a hostile __str__
        text = ""
    return f"{stage} raised {type(exc).__name__}{': ' + _clip(text) if text else ''}{where}"


def _syntax(exc: BaseException) -> str:
    line = getattr(exc, "lineno", None)
    return f"{type(exc).__name__}: {getattr(exc, 'msg', exc)}" + (f" (line {line})" if line else "")


def _error(stage: str, message: str) -> dict:
    return {"stdin": None, "display": None, "stdout": None, "error": message, "stage": stage}


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _MAX_MESSAGE else text[: _MAX_MESSAGE - 3] + "..."


def _size(n: int) -> str:
    return f"{n / (1 << 20):g} MiB"


def main(config_json: str) -> None:
    config = json.loads(config_json)
    sys.argv = [""]
    mode = confine.enter_namespaces()
    if mode != "none":
        _launch(mode, config)
        return
    _serve(mode, config)


def _launch(mode: str, config: dict) -> None:
    """Stay behind as the launcher: fork the worker (PID 1 of the new namespace), wait for it, and
    kill it when the pool goes away (the command pipe hangs up)."""
    child = os.fork()
    if child == 0:
        _serve(mode, config)
        os._exit(0)
    cmd_fd, result_fd = config["fds"]
    os.close(result_fd)
    pidfd = os.pidfd_open(child)
    poller = select.poll()
    poller.register(cmd_fd, 0)  # only POLLHUP: never steal the worker's input
    poller.register(pidfd, select.POLLIN)
    while True:
        events = dict(poller.poll())
        if pidfd in events:
            break
        if events.get(cmd_fd):
            os.kill(child, signal.SIGKILL)
            break
    _, status = os.waitpid(child, 0)
    code = os.waitstatus_to_exitcode(status)
    os._exit(code if code >= 0 else 128 - code)


def _serve(mode: str, config: dict) -> None:
    limits = config["limits"]
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writes past RLIMIT_FSIZE fail with EFBIG instead
    report = confine.confine(mode, config["workdir"], memory_bytes=limits["memory_bytes"],
                             file_bytes=limits["output_bytes"] + 1, processes=limits["processes"],
                             disk_bytes=limits["disk_bytes"], hide=config["hide"], keep=config["keep"])
    config["isolation"] = report
    worker = Worker(config, report["workdir"])
    protocol.write_frame(worker.result_fd, {"hello": report})
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 2)  # from here on nothing may block on a stderr nobody reads
    os.close(devnull)
    worker.serve()
