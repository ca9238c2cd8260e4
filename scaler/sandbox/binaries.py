"""C++ solutions: trusted compilation in a fresh sandbox, and the on-disk cache of binaries.

A binary is built by ``g++`` (found on the fixed sandbox PATH, by absolute path) in a fresh bwrap
sandbox that has run nothing else, with a fixed environment and the source on stdin; only the pool
process writes the cache. ``$SCALER_CACHE/cpp/<key>`` (default ``~/.cache/scaler/cpp``), where
``key`` hashes the compiler's resolved path and ``--version`` output, its flags and the source.
Writers race safely: each writes a private temporary file and renames it into place atomically.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

from scaler.cache import cache_dir
from scaler.sandbox import bwrap

CXX_FLAGS = ("-O2", "-std=c++17", "-pipe")
BINARY_BYTES = 64 << 20  # the largest binary a compile may produce
ERROR_BYTES = 64 << 10  # how much of the compiler's diagnostics is kept (the rest is read and dropped)
_DRIVER = r"""
import json, resource, subprocess, sys
cxx, flags, memory = json.loads(sys.argv[1])
resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
resource.setrlimit(resource.RLIMIT_FSIZE, (%d, %d))
with open("solution.cpp", "wb") as f:
    f.write(sys.stdin.buffer.read())
compiler = subprocess.Popen([cxx, *flags, "-o", "solution", "solution.cpp"], stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
head = compiler.stderr.read(%d)
while compiler.stderr.read(1 << 16):
    pass
if compiler.wait():
    sys.stdout.buffer.write(b"E" + (head or b"g++ exited with status %%d" %% compiler.returncode))
else:
    sys.stdout.buffer.write(b"B" + open("solution", "rb").read())
""" % (BINARY_BYTES, BINARY_BYTES, ERROR_BYTES)


def default_cache_dir() -> Path:
    return cache_dir() / "cpp"


@functools.cache
def compiler() -> tuple[str, str]:
    """The compiler's resolved absolute path and its ``--version`` output ("" when there is none)."""
    found = shutil.which("g++", path=bwrap.ENV["PATH"])
    if found is None:
        return "g++", ""
    path = os.path.realpath(found)
    try:
        version = subprocess.run([path, "--version"], capture_output=True, text=True, timeout=30, env=bwrap.ENV).stdout
    except (OSError, subprocess.TimeoutExpired):
        version = ""
    return path, version


@functools.lru_cache(maxsize=1024)
def binary_key(source: str) -> str:
    spec = "\0".join((*compiler(), *CXX_FLAGS, source))
    return hashlib.sha256(spec.encode("utf-8", "surrogatepass")).hexdigest()


def compile_cpp(source: str, *, seconds: float, memory_bytes: int, disk_bytes: int, confined: bool) -> bytes | str:
    """The binary, or a one-line error. Runs g++ in a fresh sandbox of its own (never in a worker)."""
    path, version = compiler()
    if not version:
        return "C++ compile error: no working g++ found on /usr/local/bin:/usr/bin:/bin"
    argv = [sys.executable, "-I", "-S", "-c", _DRIVER, json.dumps([path, CXX_FLAGS, memory_bytes])]
    workdir = None if confined else tempfile.mkdtemp(prefix="scaler-compile-")
    if confined:
        argv = bwrap.command(argv, uid=bwrap.sandbox_uid(), tmp_bytes=disk_bytes)
    try:
        done = subprocess.run(argv, input=source.encode("utf-8", "surrogateescape"), capture_output=True,
                              timeout=seconds, cwd=workdir or "/", env=bwrap.ENV)
    except subprocess.TimeoutExpired:
        return f"C++ compile timed out after {seconds:g} s"
    finally:
        if workdir is not None:
            shutil.rmtree(workdir, ignore_errors=True)
    if done.stdout[:1] == b"B":
        return done.stdout[1:]
    if done.stdout[:1] == b"E":
        lines = done.stdout[1:].decode("utf-8", "replace").splitlines()
        first = next((line for line in lines if "error" in line), lines[0] if lines else "g++ failed")
        return f"C++ compile error: {_clip(first)}"
    tail = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [f"exit status {done.returncode}"]
    return f"C++ compile failed in its sandbox: {_clip(tail[0])}"


def _clip(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


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
