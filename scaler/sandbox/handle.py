"""One sandbox worker process as the pool sees it: spawn, send, receive with a deadline, kill."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from dataclasses import asdict
from pathlib import Path
from typing import Any

from scaler.sandbox.protocol import FrameReader, FrameTimeout, ProtocolError, write_frame
from scaler.sandbox.task import Limits

START_SECONDS = 60.0
_BOOTSTRAP = "import sys; sys.path[0] = {!r}; import worker; del sys.path[0]; worker.main(sys.argv[1])"
_ENV = {  # everything the worker sees of an environment; nothing is inherited
    "PATH": "/usr/local/bin:/usr/bin:/bin",
    "LANG": "C.UTF-8",
    "LC_ALL": "C.UTF-8",
    "HOME": "/tmp",
    "TMPDIR": "/tmp",
    "PYTHONHASHSEED": "0",  # set and dict-of-str iteration order must not differ between workers
    "PYTHONDONTWRITEBYTECODE": "1",
}

__all__ = ["FrameTimeout", "WorkerDied", "WorkerHandle"]


class WorkerDied(Exception):
    """The worker exited, closed its pipe or sent garbage; the message says which (e.g. "killed by SIGSEGV")."""


class WorkerHandle:
    """A started, confined worker. Not thread-safe: one caller at a time (the pool ensures it)."""

    def __init__(self, limits: Limits) -> None:
        self.binaries: set[str] = set()  # C++ keys this worker holds in its private /tmp
        self._kill_lock = threading.Lock()
        self._workdir = tempfile.mkdtemp(prefix="scaler-sandbox-")  # used only without namespaces
        cmd_r, self._cmd_w = os.pipe()
        res_r, res_w = os.pipe()
        config = {
            "limits": asdict(limits),
            "fds": [cmd_r, res_w],
            "workdir": self._workdir,
            "hide": [os.path.expanduser("~")],
            "keep": sorted({sys.base_prefix, sys.prefix, sys.exec_prefix}),
        }
        bootstrap = _BOOTSTRAP.format(str(Path(__file__).resolve().parent))
        self._proc = subprocess.Popen(
            [sys.executable, "-s", "-B", "-c", bootstrap, json.dumps(config)],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            pass_fds=(cmd_r, res_w), cwd="/", env=_ENV, start_new_session=True,
        )
        os.close(cmd_r)
        os.close(res_w)
        self._reader = FrameReader(res_r, max_bytes=4 * limits.output_bytes + (64 << 20))
        self._pidfd: int | None = None
        try:
            hello = self._reader.read(START_SECONDS)
            self.isolation: dict = hello["hello"]
            self._pidfd = os.pidfd_open(self.isolation["pid"])
        except (FrameTimeout, EOFError, ProtocolError, KeyError, TypeError, OSError) as exc:
            self.kill()
            stderr = self._proc.stderr.read().decode("utf-8", "replace").strip() if self._proc.stderr else ""
            raise RuntimeError(f"sandbox worker failed to start ({exc!r}): {stderr[-2000:]}") from None
        finally:
            if self._proc.stderr:
                self._proc.stderr.close()

    def send(self, message: Any) -> None:
        try:
            write_frame(self._cmd_w, message)
        except OSError as exc:
            raise WorkerDied(f"it stopped reading its commands: {exc.strerror}") from None

    def receive(self, timeout: float) -> Any:
        """The next message; raises :class:`FrameTimeout` or :class:`WorkerDied`."""
        try:
            return self._reader.read(max(timeout, 0.0))
        except EOFError:
            raise WorkerDied(self._exit_reason()) from None
        except ProtocolError as exc:
            raise WorkerDied(f"it sent a malformed message: {exc}") from None

    def kill(self) -> None:
        """Kill the worker, everything in its namespace and its launcher; reap; free its files."""
        with self._kill_lock:
            self._kill()

    def _kill(self) -> None:
        if self._cmd_w < 0:
            return  # already killed
        if self._pidfd is not None:
            try:
                signal.pidfd_send_signal(self._pidfd, signal.SIGKILL)
            except ProcessLookupError:
                pass
            os.close(self._pidfd)
            self._pidfd = None
            try:  # the launcher reaps the worker (and with it the whole namespace), then exits
                self._proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                pass
        try:
            os.killpg(self._proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self._proc.wait()
        for fd in (self._cmd_w, self._reader.fd):
            os.close(fd)
        self._cmd_w = self._reader.fd = -1
        shutil.rmtree(self._workdir, ignore_errors=True)

    def _exit_reason(self) -> str:
        try:
            code = self._proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            return "it closed its result pipe"
        if code > 128 and code - 128 in signal.valid_signals():
            return f"killed by {signal.Signals(code - 128).name}"
        if code < 0:
            return f"killed by {signal.Signals(-code).name}"
        return f"exit status {code}"
