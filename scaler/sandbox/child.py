"""What runs in the sandbox's untrusted processes (stdlib only): the only place untrusted code ever runs.

The worker forks, per run of consecutive batches of one environment's tasks, one resident process per stage
(:func:`serve`): a generator's, which runs its module once and calls its function per task, and a
Python solution's, which runs the solution per task as ``__main__`` with fresh globals. C++ binaries
run in a fork per task (:func:`exec_binary`). :func:`enter` shapes each process (its standard fds,
its socket or report pipe on fd 3 and nothing else, per-process limits, the seccomp filter). Reports
are ``b"E" + message`` for a failure, ``b"D" + display JSON`` for a generator's display. Every
function here that is run by a forked process ends that process.
"""

from __future__ import annotations

import ctypes
import fcntl
import io
import json
import os
import random
import resource
import signal
import socket
import sys
import threading
import traceback
import types
from typing import Callable, NoReturn

import seccomp

REPORT_FD = 3
MAX_FILES = 64  # open files per process: with RLIMIT_FSIZE this bounds what memfds can hold
fork = ctypes.PyDLL(None, use_errno=True).fork
"""libc's fork, with the GIL held. The worker, the only caller, is single-threaded and idle between
statements, so the child needs none of ``os.fork``'s at-fork hooks (random reseeding, lock
re-initialisation), which cost more than the fork itself (about 1.2 ms against 0.5 ms of CPU)."""
_MAX_MESSAGE = 300


class Failure(Exception):
    """A user-facing failure of the stage, reported as one line."""


def enter(fds: dict[int, int], report_fd: int, limits: dict, cpu_seconds: int | None = None) -> None:
    """Give the child exactly the fds ``{target: source}`` (0-2, and 4 for a stage's extra file) and
    its report pipe as fd 3; close every other fd (the pool's pipes above all); set the limits and the
    seccomp filter. It stays not dumpable, like the worker: no other process of its uid may trace it
    or open its ``/proc`` files (an ``execve`` of a C++ binary makes it dumpable again)."""
    wanted = {**fds, REPORT_FD: report_fd}
    staged = {target: fcntl.fcntl(source, fcntl.F_DUPFD, 5) for target, source in wanted.items()}  # above every target
    for target, fd in staged.items():
        os.dup2(fd, target)
    os.closerange(max(wanted) + 1, resource.getrlimit(resource.RLIMIT_NOFILE)[1])
    limits_to_set = [
        (resource.RLIMIT_AS, limits["memory_bytes"]),
        (resource.RLIMIT_FSIZE, limits["output_bytes"] + 1),
        (resource.RLIMIT_NOFILE, MAX_FILES),
        (resource.RLIMIT_MSGQUEUE, 0),  # no POSIX message queues: they would outlive the task
        (resource.RLIMIT_CORE, 0),
    ]
    if limits["confined"]:  # counted in the sandbox's own user namespace: + 1 for the worker
        limits_to_set.append((resource.RLIMIT_NPROC, limits["processes"] + 1))
    if cpu_seconds is not None:
        limits_to_set.append((resource.RLIMIT_CPU, cpu_seconds))
    for limit, value in limits_to_set:
        resource.setrlimit(limit, (value, value + (limit == resource.RLIMIT_CPU)))
    seccomp.install()


def report(message: bytes, fd: int = REPORT_FD) -> None:
    view = memoryview(message)
    while view:
        view = view[os.write(fd, view) :]


def fail(message: str) -> NoReturn:
    report(b"E" + _clip(message).encode("utf-8", "replace"))
    os._exit(1)


def serve(code: types.CodeType, entry: str | None, limits: dict) -> NoReturn:
    """A resident process for one stage of one run of an environment's tasks: a generator (``entry``
    names its function; its module runs once, here) or a Python solution (``entry`` None; run per task
    as ``__main__`` with fresh globals). Its socket is fd 3. The first message says ``{"ready": true}``
    or ``{"error": message}``; then per request ``{"id", "params", "seed"}`` it gets fds [report pipe,
    stdin memfd] (generator) or [report pipe, stdin, stdout memfd] (solution), runs the task in this
    process, writes its report (``b"D" + display``, ``b"E" + message`` or nothing) to that pipe, closes
    the fds and answers ``{"id": id}``. Only this process answers: a fork the task's code made exits."""
    sock = socket.socket(fileno=REPORT_FD)
    me = os.getpid()
    _quiet_streams()
    function = None
    if entry is not None:
        module = types.ModuleType("scaler_generator")
        try:
            exec(code, module.__dict__)
            function = module.__dict__.get(entry)
            if not callable(function):
                raise Failure(f"generator defines no function {entry!r}")
        except Failure as exc:
            _answer(sock, me, {"error": str(exc)})
        except BaseException as exc:  # noqa: BLE001 - user code may raise anything
            _answer(sock, me, {"error": _describe("generator", exc, "<generator>")})
        _only(me)
    else:
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writes past RLIMIT_FSIZE fail with EFBIG instead
    sock.send(b'{"ready":true}')
    while True:
        message, fds, _, _ = socket.recv_fds(sock, 1 << 16, 3)
        if not message or len(fds) != (2 if function is not None else 3):
            os._exit(0)
        request = json.loads(message)
        if function is not None:
            outcome = _generate(function, request["params"], request["seed"], fds[1], limits)
        else:
            os.dup2(fds[1], 0)
            os.dup2(fds[2], 1)
            outcome = _solve(code, request["seed"], limits)
            os.dup2(2, 0)  # /dev/null: this task's files stay with this task
            os.dup2(2, 1)
        _only(me)
        report(outcome, fds[0])
        for fd in fds:
            os.close(fd)
        sock.send(json.dumps({"id": request["id"]}).encode())


def _only(me: int) -> None:
    if os.getpid() != me:  # a fork of the task's code came back here: only the resident answers
        os._exit(1)


def _answer(sock: socket.socket, me: int, message: dict) -> NoReturn:
    _only(me)
    sock.send(json.dumps(message).encode())
    os._exit(1)


def _generate(function: Callable, params: dict, seed: int, stdin_fd: int, limits: dict) -> bytes:
    """Call a loaded generator, write its stdin to ``stdin_fd``; the report: its display or failure."""
    function_code = getattr(function, "__code__", None)
    takes_rng = function_code is not None and (function_code.co_argcount >= 2 or bool(function_code.co_flags & 0x04))
    random.seed(seed)
    try:
        out = function(dict(params), random.Random(seed)) if takes_rng else function(dict(params))
    except BaseException as exc:  # noqa: BLE001
        return _error(_describe("generator", exc, "<generator>"))
    stdin, display = (out[0], out[1]) if isinstance(out, tuple) and len(out) == 2 else (out, None)
    if not isinstance(stdin, str):
        return _error(f"generator returned {type(out).__name__}; expected str or (str, display)")
    limit = limits["output_bytes"]
    try:
        data = stdin.encode("utf-8", "surrogateescape")
    except UnicodeError as exc:
        return _error(f"generator output is not text: {exc}")
    try:
        encoded = json.dumps(display, separators=(",", ":"), allow_nan=False).encode()
    except RecursionError:
        return _error("generator display is nested too deeply")
    except (TypeError, ValueError) as exc:
        return _error(f"generator display is not JSON-serialisable: {exc}")
    if len(data) > limit:
        return _error(f"generator output exceeds the {size(limit)} limit")
    if len(encoded) > limit:
        return _error(f"generator display exceeds the {size(limit)} limit")
    os.pwrite(stdin_fd, data, 0)
    return b"D" + encoded


def _solve(code: types.CodeType, seed: int, limits: dict) -> bytes:
    """Run a solution as ``__main__`` as a fresh interpreter would: fd 0 holds the input, fd 1 collects
    the output; ``SystemExit`` is an exit status; non-daemon threads are joined and streams flushed.
    The report: nothing, or its failure."""
    random.seed(seed)
    main = types.ModuleType("__main__")
    main.__dict__["__builtins__"] = __builtins__
    sys.modules["__main__"] = main
    failures: list[BaseException] = []
    threading.excepthook = lambda args: failures.append(args.exc_value)
    stdout = open(1, "w", encoding="utf-8", closefd=False)  # open() gives the .mode fast-I/O code reads
    sys.stdin, sys.stdout, sys.stderr = open(0, encoding="utf-8", closefd=False), stdout, _Discard()
    try:
        try:
            exec(code, main.__dict__)
        except SystemExit as exc:
            _check_exit(exc)
        for thread in threading.enumerate():
            if thread is not threading.current_thread() and not thread.daemon:
                thread.join()
        for stream in (sys.stdout, stdout):  # what interpreter shutdown would flush
            if not getattr(stream, "closed", False):
                stream.flush()
    except Failure as exc:
        return _error(str(exc))
    except BaseException as exc:  # noqa: BLE001 - user code may raise anything
        return _error(_describe_solution(exc, limits))
    finally:
        sys.modules["__main__"] = None
        sys.stdin, sys.stdout, sys.stderr = io.StringIO(), _Discard(), _Discard()
    if failures:
        return _error(_describe("solution", failures[0], "<solution>") + " (in a thread)")
    return b""


def _error(message: str) -> bytes:
    return b"E" + _clip(message).encode("utf-8", "replace")


def exec_binary(binary_fd: int) -> NoReturn:
    """Replace this process with a compiled solution held in a sealed memfd."""
    for sig in (signal.SIGPIPE, signal.SIGXFSZ, signal.SIGINT):
        signal.signal(sig, signal.SIG_DFL)
    try:
        os.execve(binary_fd, ["solution"], dict(os.environ))
    except OSError as exc:
        fail(f"solution could not start: {exc.strerror}")


def _check_exit(exc: SystemExit) -> None:
    code = exc.code
    if code is None or code == 0:
        return
    if isinstance(code, int):
        raise Failure(f"solution exited with status {code}")
    raise Failure(f"solution exited with status 1: {_clip(str(code))}")


def _describe_solution(exc: BaseException, limits: dict) -> str:
    if isinstance(exc, OSError) and exc.errno == 27:  # EFBIG: RLIMIT_FSIZE on fd 1
        return f"solution output exceeds the {size(limits['output_bytes'])} limit"
    return _describe("solution", exc, "<solution>")


def _describe(stage: str, exc: BaseException, filename: str) -> str:
    if isinstance(exc, MemoryError):
        return f"{stage} ran out of memory"
    try:
        frames = traceback.extract_tb(exc.__traceback__)
        line = next((f.lineno for f in reversed(frames) if f.filename == filename), None)
        text = str(exc)
    except BaseException:  # noqa: BLE001 - a hostile __str__, a traceback too deep to walk
        line, text = None, ""
    where = f" (line {line})" if line else ""
    return f"{stage} raised {type(exc).__name__}{': ' + _clip(text) if text else ''}{where}"


def _quiet_streams() -> None:
    sys.stdin, sys.stdout, sys.stderr = io.StringIO(), _Discard(), _Discard()


class _Discard(io.TextIOBase):
    """Where generators' prints and everyone's stderr go."""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        return len(text)


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _MAX_MESSAGE else text[: _MAX_MESSAGE - 3] + "..."


def size(n: int) -> str:
    return f"{n / (1 << 20):g} MiB"
