"""A pool of persistent sandbox workers that runs batches of :class:`Task` and never raises for bad code.

``run`` compiles the batch's new C++ solutions once (each in a fresh sandbox of its own; binaries go
to the on-disk cache), sorts the tasks by program so workers load each program once, cuts them into
chunks and drives up to ``workers`` workers at once. A worker runs each run of one environment's
tasks in processes of that run alone, under per-task limits, and streams one result per task, tagged
with the task's id; a worker that stops answering or dies is killed with its whole sandbox, and
the rest of its chunk continues on a fresh one.
"""

from __future__ import annotations

import base64
import itertools
import json
import math
import os
import threading
import warnings
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable, Sequence

from scaler.sandbox import bwrap
from scaler.sandbox.binaries import BinaryCache, binary_key, compile_cpp
from scaler.sandbox.handle import FrameTimeout, WorkerDied, WorkerHandle
from scaler.sandbox.protocol import encode
from scaler.sandbox.task import STAGES, Limits, Program, Task, TaskResult

GRACE_SECONDS = 5.0  # on top of a task's wall limits, for its worker to kill, clean up and answer
MAX_CHUNK = 64
MAX_DISPLAY_DEPTH = 100
PIPELINE_BYTES = 16 << 10  # a next batch this small is sent before the current one's answers arrive
BATCH_STDIN_BYTES = 16 << 20  # given inputs (tasks without a generator) per batch frame, beyond its first task


class SandboxPool:
    """Persistent, confined workers (one per core by default), started lazily; thread-safe ``run``.

    Use as a context manager or call :meth:`close`, which kills and reaps every worker.
    ``isolation`` reports the confinement workers run under (see ``docs/sandbox.md``). Raises
    :class:`~scaler.sandbox.bwrap.SandboxUnavailable` when bubblewrap cannot run here, unless
    ``SCALER_SANDBOX=none`` asks for no confinement (with a ``RuntimeWarning``)."""

    def __init__(self, workers: int | None = None, limits: Limits = Limits(), cache_dir: str | os.PathLike | None = None) -> None:
        self.size = workers or os.cpu_count() or 1
        self.limits = limits
        self.confined = not bwrap.unconfined()
        if self.confined:
            bwrap.check()
        else:
            warnings.warn(f"{bwrap.MODE_ENV}=none: untrusted code runs with no confinement (network, your files, "
                          "your processes); see docs/sandbox.md", RuntimeWarning, stacklevel=2)
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
        pair = {i: (_key(tasks[i].generator) or "", _key(tasks[i].solution) or "") for i in todo}
        todo.sort(key=pair.__getitem__)
        chunks = _chunks(todo, pair.__getitem__, self.size)
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
            handle = WorkerHandle(self.limits, self.confined)
        finally:
            with self._cond:
                self._starting -= 1
                self._cond.notify()
        with self._cond:
            self._live.add(handle)
            if self.isolation is None:
                self.isolation = self._describe_isolation(handle)
            closed = self._closed
        if closed:
            self._release(handle, healthy=False)
            raise RuntimeError("SandboxPool is closed")
        return handle

    def _describe_isolation(self, handle: WorkerHandle) -> dict:
        confined = self.confined
        return {"mode": "bwrap" if confined else "none", "bwrap": bwrap.bwrap_path() if confined else None,
                "network": confined, "pids": confined, "ipc": confined, "filesystem": confined,
                "privileges_dropped": handle.uid is not None, "uid": handle.uid if handle.uid is not None else os.getuid()}

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
            built = compile_cpp(source, seconds=self.limits.compile_seconds, memory_bytes=self.limits.memory_bytes,
                                disk_bytes=self.limits.disk_bytes, confined=self.confined)
            if isinstance(built, str):
                self._compile_errors[key] = built
                return None
            self._cache.store(key, built)
            return built

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
                key = _key(program)
                if program is not None and key not in handle.programs and key not in programs:
                    programs[key] = _describe(program, binaries)
            wire.append({"id": i, "generator": _key(task.generator), "solution": _key(task.solution),
                         "params": dict(task.params), "seed": task.seed, "stdin": task.stdin})
        try:
            if programs:
                handle.send({"op": "load", "programs": programs})
                handle.programs.update(programs)
        except WorkerDied:
            return indices, False
        batches = _batches(wire)
        frames = [encode({"op": "run", "tasks": batch}) for batch in batches] + [encode({"op": "end"})]
        sent, position = 0, 0
        for number, batch in enumerate(batches):
            try:
                if sent == number:
                    handle.send_encoded(frames[sent])
                    sent += 1
                if len(frames[sent]) <= PIPELINE_BYTES:  # it waits in the pipe, not in the worker's memory
                    handle.send_encoded(frames[sent])
                    sent += 1
            except WorkerDied:
                return indices[position:], False
            limits = [self._wall_limit(tasks[w["id"]]) for w in batch]
            for offset, w in enumerate(batch):
                i, task = w["id"], tasks[w["id"]]
                stage = "solution" if task.solution is not None else "generator"
                try:  # within twice its unanswered tasks' wall limits: a stage may also load a fresh process
                    results[i] = _result(handle.receive(2 * sum(limits[offset:]) + GRACE_SECONDS), task, i)
                except FrameTimeout:
                    results[i] = TaskResult(None, None, None, stage=stage, error=f"{stage} timed out after "
                                            f"{limits[offset]:g} s wall (its sandbox worker stopped answering)")
                except WorkerDied as exc:
                    results[i] = TaskResult(None, None, None, error=f"{stage} crashed its sandbox worker ({exc})", stage=stage)
                else:
                    position += 1
                    continue
                return indices[position + 1 :], False
        try:
            if sent < len(frames):
                handle.send_encoded(frames[-1])
        except WorkerDied:
            return [], False
        return [], True

    def _wall_limit(self, task: Task) -> float:
        return (self.limits.generator_seconds if task.generator is not None else 0.0) + (
            self.limits.solution_seconds if task.solution is not None else 0.0)


def _chunks(order: list[int], pair: Callable[[int], tuple], workers: int) -> list[list[int]]:
    """Cut tasks sorted by program into chunks, about two per worker and at most ``MAX_CHUNK`` tasks
    each. A run of one (generator, solution) pair is cut only as much as that size needs (each piece
    forks that environment's processes again); pieces of small runs share a chunk."""
    target = max(1, min(MAX_CHUNK, math.ceil(len(order) / (workers * 2))))
    chunks: list[list[int]] = []
    current: list[int] = []
    for _, group in itertools.groupby(order, key=pair):
        run = list(group)
        size = math.ceil(len(run) / math.ceil(len(run) / target))
        for start in range(0, len(run), size):
            piece = run[start : start + size]
            if current and len(current) + len(piece) > target:
                chunks.append(current)
                current = []
            current += piece
    return chunks + [current] if current else chunks


def _batches(wire: list[dict]) -> list[list[dict]]:
    """Consecutive tasks of one (generator, solution) pair, at most ``BATCH_STDIN_BYTES`` of given
    stdin each beyond its first task: what a worker runs as one batch."""
    batches: list[list[dict]] = []
    size = 0
    for w in wire:
        stdin = len(w["stdin"] or "")
        last = batches[-1] if batches else None
        if last is None or (last[0]["generator"], last[0]["solution"]) != (w["generator"], w["solution"]) or (
                size + stdin > BATCH_STDIN_BYTES):
            batches.append([w])
            size = stdin
        else:
            last.append(w)
            size += stdin
    return batches


def _key(program: Program | None) -> str | None:
    if program is None:
        return None
    return binary_key(program.source) if program.language == "cpp" else program.key


def _cpp_key(program: Program | None) -> str | None:
    return _key(program) if program is not None and program.language == "cpp" else None


def _describe(program: Program, binaries: dict[str, bytes]) -> dict:
    if program.language == "python":
        return {"language": "python", "source": program.source, "entry": program.entry}
    return {"language": "cpp", "binary": base64.b64encode(binaries[_key(program)]).decode()}


def _result(frame: Any, task: Task, index: int) -> TaskResult:
    """A worker's result frame, checked: it must be this task's, and well-formed."""
    if not isinstance(frame, dict) or frame.get("id") != index:
        raise WorkerDied("it sent a result for another task")
    stdin = frame.get("stdin") if task.generator is not None else task.stdin
    stdout, error, stage, display = frame.get("stdout"), frame.get("error"), frame.get("stage"), frame.get("display")
    if not all(v is None or isinstance(v, str) for v in (stdin, stdout, error, display)) or stage not in (None, *STAGES):
        raise WorkerDied("it sent a malformed result")
    if display is not None:  # a display the pool cannot take fails the generator, whatever came after
        try:
            display = decode_display(display)
        except ValueError as exc:
            return TaskResult(stdin, None, None, error=f"generator display {exc}", stage="generator")
    return TaskResult(stdin, display, stdout, error=error, stage=stage)


def decode_display(text: str) -> Any:
    """A generator's display from its JSON text; ``ValueError`` when invalid or nested too deeply."""
    try:
        value = json.loads(text)
    except RecursionError:
        raise ValueError(f"is nested deeper than {MAX_DISPLAY_DEPTH} levels") from None
    except ValueError as exc:
        raise ValueError(f"is not valid JSON: {exc}") from None
    if text.count("[") + text.count("{") > MAX_DISPLAY_DEPTH:  # only then can it be too deep
        containers = [value] if isinstance(value, (list, dict)) else []
        for _ in range(MAX_DISPLAY_DEPTH):
            containers = [item for c in containers for item in (c.values() if isinstance(c, dict) else c)
                          if isinstance(item, (list, dict))]
            if not containers:
                break
        else:
            raise ValueError(f"is nested deeper than {MAX_DISPLAY_DEPTH} levels")
    return value
