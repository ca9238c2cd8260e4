"""Length-prefixed JSON frames between a pool and its workers.

Stdlib only: the worker imports this file as a top-level module. Frames are JSON (never pickle),
so a compromised worker can at worst send wrong values, not run code in the pool's process.
"""

from __future__ import annotations

import json
import os
import select
import struct
import time
from typing import Any

_HEADER = struct.Struct(">I")


class ProtocolError(Exception):
    """The peer sent bytes that are not a valid frame."""


class FrameTimeout(Exception):
    """No complete frame arrived before the deadline."""


def encode(message: Any) -> bytes:
    data = json.dumps(message, separators=(",", ":")).encode()
    return _HEADER.pack(len(data)) + data


def write_frame(fd: int, message: Any) -> None:
    """Write one frame, blocking until all of it is in the pipe."""
    write_bytes(fd, encode(message))


def write_bytes(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


class FrameReader:
    """Reads frames from a pipe; ``read`` honours a deadline without losing partial frames."""

    def __init__(self, fd: int, max_bytes: int) -> None:
        self.fd = fd
        self.max_bytes = max_bytes
        self._buffer = bytearray()
        self._poll = select.poll()
        self._poll.register(fd, select.POLLIN)

    def read(self, timeout: float | None = None) -> Any:
        """The next message. Raises :class:`FrameTimeout` after ``timeout`` seconds (None: wait
        forever), :class:`EOFError` when the writer is gone, :class:`ProtocolError` on garbage."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            message = self._take()
            if message is not _INCOMPLETE:
                return message
            if deadline is not None:
                remaining = deadline - time.monotonic()
                if remaining <= 0 or not self._poll.poll(remaining * 1000):
                    raise FrameTimeout
            chunk = os.read(self.fd, self._wanted())
            if not chunk:
                raise EOFError("the other end of the pipe closed")
            self._buffer += chunk

    def _wanted(self) -> int:
        """The bytes still missing from the current frame: never read into the next one, so a worker
        holds no later task's data in its memory (which a forked child would inherit)."""
        if len(self._buffer) < _HEADER.size:
            return _HEADER.size - len(self._buffer)
        return _HEADER.size + _HEADER.unpack_from(self._buffer)[0] - len(self._buffer)

    def _take(self) -> Any:
        if len(self._buffer) < _HEADER.size:
            return _INCOMPLETE
        (size,) = _HEADER.unpack_from(self._buffer)
        if size > self.max_bytes:
            raise ProtocolError(f"frame of {size} bytes exceeds the {self.max_bytes}-byte limit")
        end = _HEADER.size + size
        if len(self._buffer) < end:
            return _INCOMPLETE
        data = bytes(self._buffer[_HEADER.size : end])
        del self._buffer[:end]
        try:
            return json.loads(data)
        except ValueError as exc:
            raise ProtocolError(f"frame is not JSON: {exc}") from None


_INCOMPLETE = object()
