"""One sandbox worker as the pool sees it: spawn (inside bwrap), send, receive with a deadline, kill."""

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
from typing import Any

from scaler.sandbox import bwrap
from scaler.sandbox.protocol import FrameReader, FrameTimeout, ProtocolError, encode, write_bytes
from scaler.sandbox.task import Limits

START_SECONDS = 60.0
_BOOTSTRAP = "import sys; sys.path[0] = {!r}; import worker; del sys.path[0]; worker.main(sys.argv[1])"

__all__ = ["FrameTimeout", "WorkerDied", "WorkerHandle"]


class WorkerDied(Exception):
    """The worker exited, closed its pipe or sent garbage; the message says which (e.g. "killed by SIGSEGV")."""


class WorkerHandle:
    """A started, confined worker. Not thread-safe: one caller at a time (the pool ensures it)."""

    def __init__(self, limits: Limits, confined: bool) -> None:
        self.programs: set[str] = set()  # keys of the programs this worker has loaded
        self._kill_lock = threading.Lock()
        self._workdir = None if confined else tempfile.mkdtemp(prefix="scaler-sandbox-")
        self.uid = bwrap.sandbox_uid() if confined else None
        cmd_r, self._cmd_w = os.pipe()
        res_r, res_w = os.pipe()
        config = {
            "limits": {**asdict(limits), "confined": confined},
            "fds": [cmd_r, res_w],
            "scratch": ["/tmp", "/dev/shm"] if confined else [self._workdir],
            "keep": bwrap.visible_paths() if confined else [],  # read-only binds that may lie in a scratch dir
        }
        argv = [sys.executable, "-s", "-B", "-c", _BOOTSTRAP.format(bwrap.HERE), json.dumps(config)]
        info_r, info_w = os.pipe()
        if confined:
            argv = bwrap.command(argv, uid=self.uid, tmp_bytes=limits.disk_bytes, info_fd=info_w)
        self._proc = subprocess.Popen(
            argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            pass_fds=(cmd_r, res_w, info_w), cwd="/", env=bwrap.ENV, start_new_session=True,
        )
        for fd in (cmd_r, res_w, info_w):
            os.close(fd)
        self._pidfd: int | None = None
        self._reader = FrameReader(res_r, max_bytes=20 * limits.output_bytes + (1 << 20))  # JSON may escape 6x
        try:
            hello = self._reader.read(START_SECONDS)
            if not isinstance(hello, dict) or "hello" not in hello:
                raise ProtocolError(f"unexpected first frame {hello!r:.100}")
            with open(info_r, closefd=False) as info:  # bwrap wrote it before the worker started
                self._pidfd = os.pidfd_open(json.load(info)["child-pid"] if confined else self._proc.pid)
        except (FrameTimeout, EOFError, ProtocolError, ValueError, KeyError, OSError) as exc:
            self.kill()
            stderr = self._proc.stderr.read().decode("utf-8", "replace").strip() if self._proc.stderr else ""
            raise RuntimeError(f"sandbox worker failed to start ({exc!r}): {stderr[-2000:]}") from None
        finally:
            os.close(info_r)
            if self._proc.stderr:
                self._proc.stderr.close()

    def send(self, message: Any) -> None:
        self.send_encoded(encode(message))

    def send_encoded(self, frame: bytes) -> None:
        """Send a frame made by :func:`~scaler.sandbox.protocol.encode`."""
        try:
            write_bytes(self._cmd_w, frame)
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
        """Kill the worker and everything in its sandbox; reap; free its files."""
        with self._kill_lock:
            self._kill()

    def _kill(self) -> None:
        if self._cmd_w < 0:
            return  # already killed
        if self._pidfd is not None:  # the worker, PID 1 of its namespace: the kernel kills the rest
            try:
                signal.pidfd_send_signal(self._pidfd, signal.SIGKILL)
            except ProcessLookupError:
                pass
            os.close(self._pidfd)
            self._pidfd = None
            try:  # bwrap reaps it (the namespace is empty by then), then exits
                self._proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                pass
        try:  # bwrap; unconfined, the worker's process group
            os.killpg(self._proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self._proc.wait()
        for fd in (self._cmd_w, self._reader.fd):
            os.close(fd)
        self._cmd_w = self._reader.fd = -1
        if self._workdir is not None:
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
