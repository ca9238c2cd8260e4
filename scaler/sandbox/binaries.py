"""On-disk cache of compiled C++ solutions, shared by pools and processes.

``$SCALER_CACHE/cpp/<key>`` (default ``~/.cache/scaler/cpp``) where ``key`` hashes the compiler
version, its flags and the source. Writers race safely: each writes a private temporary file and
renames it into place atomically, so a reader sees a whole binary or none.
"""

from __future__ import annotations

import functools
import hashlib
import os
import subprocess
import tempfile
import warnings
from pathlib import Path

from scaler.cache import cache_dir

CXX_FLAGS = ("-O2", "-std=c++17", "-pipe")


def default_cache_dir() -> Path:
    return cache_dir() / "cpp"


@functools.cache
def compiler_version() -> str:
    try:
        return subprocess.run(["g++", "-dumpfullversion"], capture_output=True, text=True, timeout=30).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        return "unavailable"


@functools.lru_cache(maxsize=1024)
def binary_key(source: str) -> str:
    spec = "\0".join(("g++", compiler_version(), *CXX_FLAGS, source))
    return hashlib.sha256(spec.encode("utf-8", "surrogatepass")).hexdigest()


class BinaryCache:
    """Binaries by key; when the directory is not writable they are kept in memory (with a warning)."""

    def __init__(self, directory: str | os.PathLike | None = None) -> None:
        self.directory = Path(directory) if directory is not None else default_cache_dir()
        self._memory: dict[str, bytes] = {}

    def load(self, key: str) -> bytes | None:
        try:
            return self._memory.get(key) or (self.directory / key).read_bytes()
        except OSError:
            return None

    def store(self, key: str, binary: bytes) -> None:
        try:
            self._write(key, binary)
        except OSError as exc:
            if not self._memory:
                warnings.warn(f"C++ binary cache {self.directory} is not writable ({exc}); keeping binaries in memory",
                              RuntimeWarning, stacklevel=2)
            self._memory[key] = binary

    def _write(self, key: str, binary: bytes) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.directory, prefix=f".{key}.")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(binary)
            os.chmod(tmp, 0o755)
            os.replace(tmp, self.directory / key)
        except BaseException:
            os.unlink(tmp)
            raise
