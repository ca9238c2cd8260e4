"""A pool of persistent sandbox workers that runs batches of :class:`Task` and never raises for bad code.

``run`` compiles the batch's new C++ solutions once (in the sandbox; binaries go to the on-disk
cache), sorts the tasks by program so worker caches hit, cuts them into chunks and drives up to
``workers`` workers at once. A worker streams one result per task; when a task passes its wall
limit or its worker dies, that task gets the error, the worker is killed (with everything in its
namespace) and the rest of the chunk continues on a fresh worker.
"""

from __future__ import annotations

import base64
import math
import os
import threading
import time
import warnings
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Sequence

from scaler.sandbox.binaries import CXX_FLAGS, BinaryCache, binary_key
from scaler.sandbox.handle import FrameTimeout, WorkerDied, WorkerHandle
from scaler.sandbox.task import STAGES, Limits, Program, Task, TaskResult

GRACE_SECONDS = 0.5  # on top of a stage's wall limit, for the worker's own report to arrive first
MAX_CHUNK = 64


class SandboxPool:
    """Persistent, confined workers (one per core by default), started lazily; thread-safe ``run``.

    Use as a context manager or call :meth:`close`, which kills and reaps every worker.
    ``isolation`` reports what confinement the first worker achieved (see ``docs/sandbox.md``)."""

    def __init__(self, workers: int | None = None, limits: Limits = Limits(), cache_dir: str | os.PathLike | None = None) -> None:
        self.size = workers or os.cpu_count() or 1
        self.limits = limits
        self.isolation: dict | None = None
        self._cache = BinaryCache(cache_dir)
        self._compile_errors: dict[str, str] = {}
        self._compile_locks: dict[str, threading.Lock] = {}
        self._cond = threading.Condition()
        self._idle: list[WorkerHandle] = []
        self._live: set[WorkerHandle] = set()
        self._starting = 0
        self._closed = False
        self._executor = ThreadPoolExecutor(self.size, thread_name_prefix="scaler-sandbox")

    def __enter__(self) -> SandboxPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- public --------------------------------------------------------------------------------
    def run(self, tasks: Sequence[Task]) -> list[TaskResult]:
        """Results in task order. Bad code yields a result with ``error``/``stage``; this raises only
        when the pool is closed or a worker cannot start at all."""
        if self._closed:
            raise RuntimeError("SandboxPool is closed")
        tasks = list(tasks)
        results: list[TaskResult | None] = [None] * len(tasks)
        binaries = self._binaries(tasks)
        todo = []
        for i, task in enumerate(tasks):
            key = _cpp_key(task.solution)
            if key is not None and key not in binaries:
                results[i] = TaskResult(None, None, None, error=self._compile_errors.get(key, "C++ compile failed"), stage="compile")
            elif task.generator is None and task.solution is None:
                results[i] = TaskResult(task.stdin, None, None)
            else:
                todo.append(i)
        todo.sort(key=lambda i: (_key(tasks[i].generator) or "", _key(tasks[i].solution) or ""))
        size = max(1, min(MAX_CHUNK, math.ceil(len(todo) / (self.size * 4))))
        chunks = [todo[start : start + size] for start in range(0, len(todo), size)]
        for future in [self._executor.submit(self._run_chunk, chunk, tasks, results, binaries) for chunk in chunks]:
            future.result()
        return results  # type: ignore[return-value]

    def close(self) -> None:
        with self._cond:
            self._closed = True
            handles = list(self._live)
            self._cond.notify_all()
        for handle in handles:
            handle.kill()
        self._executor.shutdown(wait=True)

    # -- workers -------------------------------------------------------------------------------
    def _acquire(self) -> WorkerHandle:
        with self._cond:
            while True:
                if self._closed:
                    raise RuntimeError("SandboxPool is closed")
                if self._idle:
                    return self._idle.pop()
                if len(self._live) + self._starting < self.size:
                    self._starting += 1
                    break
                self._cond.wait()
        try:
            handle = WorkerHandle(self.limits)
        finally:
            with self._cond:
                self._starting -= 1
                self._cond.notify()
        with self._cond:
            self._live.add(handle)
            if self.isolation is None:
                self.isolation = handle.isolation
                if handle.isolation["mode"] == "none":
                    warnings.warn("sandbox: Linux namespaces are unavailable; untrusted code runs with network access "
                                  "and sees the file system (see docs/sandbox.md)", RuntimeWarning, stacklevel=3)
            closed = self._closed
        if closed:
            self._release(handle, healthy=False)
            raise RuntimeError("SandboxPool is closed")
        return handle

    def _release(self, handle: WorkerHandle, healthy: bool) -> None:
        with self._cond:
            keep = healthy and not self._closed and handle in self._live
            if keep:
                self._idle.append(handle)
            else:
                self._live.discard(handle)
            self._cond.notify()
        if not keep:
            handle.kill()

    # -- C++ -----------------------------------------------------------------------------------
    def _binaries(self, tasks: list[Task]) -> dict[str, bytes]:
        """The binary of every C++ solution in ``tasks`` that compiles, compiling new ones once."""
        sources = {key: task.solution.source for task in tasks if (key := _cpp_key(task.solution)) is not None}
        found: dict[str, bytes] = {}
        missing = []
        for key in sources:
            if key in self._compile_errors:
                continue
            binary = self._cache.load(key)
            if binary is None:
                missing.append(key)
            else:
                found[key] = binary
        for key, binary in zip(missing, self._executor.map(lambda k: self._compile(k, sources[k]), missing)):
            if binary is not None:
                found[key] = binary
        return found

    def _compile(self, key: str, source: str) -> bytes | None:
        with self._cond:
            lock = self._compile_locks.setdefault(key, threading.Lock())
        with lock:  # one compile per key at a time; a waiter finds the cache filled
            binary = self._cache.load(key)
            if binary is not None or key in self._compile_errors:
                return binary
            handle, healthy = self._acquire(), False
            try:
                handle.send({"op": "compile", "key": key, "source": source, "command": ["g++", *CXX_FLAGS]})
                reply = handle.receive(self.limits.compile_seconds + GRACE_SECONDS)
                healthy = True
            except FrameTimeout:
                self._compile_errors[key] = f"C++ compile timed out after {self.limits.compile_seconds:g} s"
                return None
            except WorkerDied as exc:
                self._compile_errors[key] = f"C++ compile crashed its sandbox worker ({exc})"
                return None
            finally:
                self._release(handle, healthy)
            if not isinstance(reply, dict) or not isinstance(reply.get("binary"), str):
                self._compile_errors[key] = str(reply.get("error")) if isinstance(reply, dict) else "C++ compile failed"
                return None
            binary = base64.b64decode(reply["binary"])
            handle.binaries.add(key)
            self._cache.store(key, binary)
            return binary

    # -- running -------------------------------------------------------------------------------
    def _run_chunk(self, indices: list[int], tasks: list[Task], results: list, binaries: dict[str, bytes]) -> None:
        while indices:
            handle, healthy = self._acquire(), False
            try:
                indices, healthy = self._drive(handle, indices, tasks, results, binaries)
            finally:
                self._release(handle, healthy)

    def _drive(self, handle: WorkerHandle, indices: list[int], tasks: list[Task], results: list,
               binaries: dict[str, bytes]) -> tuple[list[int], bool]:
        """Run ``indices`` on ``handle`` until done (-> ``[], True``) or until the worker must go
        (-> the indices still to run, ``False``)."""
        programs: dict[str, dict] = {}
        wire = []
        for i in indices:
            task = tasks[i]
            for program in (task.generator, task.solution):
                if program is not None and _key(program) not in programs:
                    programs[_key(program)] = _describe(program, handle, binaries)
            wire.append({"generator": _key(task.generator), "solution": _key(task.solution),
                         "params": dict(task.params), "seed": task.seed, "stdin": task.stdin})
        try:
            handle.send({"op": "run", "programs": programs, "tasks": wire})
        except WorkerDied:
            return indices, False
        handle.binaries.update(key for key, p in programs.items() if p["language"] == "cpp")
        for position, i in enumerate(indices):
            task = tasks[i]
            stage = "generator" if task.generator is not None else "solution"
            started = time.monotonic()
            while True:
                limit = self.limits.seconds(stage)
                try:
                    frame = handle.receive(started + limit + GRACE_SECONDS - time.monotonic())
                    if frame == "S":
                        stage, started = "solution", time.monotonic()
                        continue
                    results[i] = _result(frame, task)
                except FrameTimeout:
                    results[i] = TaskResult(None, None, None, error=f"{stage} timed out after {limit:g} s wall", stage=stage)
                except WorkerDied as exc:
                    results[i] = TaskResult(None, None, None, error=f"{stage} crashed its sandbox worker ({exc})", stage=stage)
                else:
                    if not frame.get("recycle"):
                        break
                return indices[position + 1 :], False
        return [], True


def _key(program: Program | None) -> str | None:
    if program is None:
        return None
    return binary_key(program.source) if program.language == "cpp" else program.key


def _cpp_key(program: Program | None) -> str | None:
    return _key(program) if program is not None and program.language == "cpp" else None


def _describe(program: Program, handle: WorkerHandle, binaries: dict[str, bytes]) -> dict:
    if program.language == "python":
        return {"language": "python", "source": program.source, "entry": program.entry}
    key = _key(program)
    if key in handle.binaries:
        return {"language": "cpp"}
    return {"language": "cpp", "binary": base64.b64encode(binaries[key]).decode()}


def _result(frame: Any, task: Task) -> TaskResult:
    """A worker's result frame, checked: a confused or hostile worker must not corrupt results."""
    if not isinstance(frame, dict):
        raise WorkerDied("it sent a malformed result")
    stdin = frame.get("stdin") if task.generator is not None else task.stdin
    stdout, error, stage = frame.get("stdout"), frame.get("error"), frame.get("stage")
    if not all(v is None or isinstance(v, str) for v in (stdin, stdout, error)) or stage not in (None, *STAGES):
        raise WorkerDied("it sent a malformed result")
    return TaskResult(stdin, frame.get("display"), stdout, error=error, stage=stage)
