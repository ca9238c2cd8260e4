"""What the sandbox runs and what it returns: :class:`Program`, :class:`Task`, :class:`TaskResult`, :class:`Limits`."""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass, field
from typing import Any, Mapping

LANGUAGES = ("python", "cpp")
STAGES = ("generator", "compile", "solution")


@dataclass(frozen=True)
class Program:
    """Code to run. ``entry`` names a Python generator's function; ``None`` for stdin->stdout programs."""

    language: str
    source: str
    entry: str | None = None

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise ValueError(f"Program.language must be one of {LANGUAGES}, got {self.language!r}")
        if self.language == "cpp" and self.entry is not None:
            raise ValueError("a C++ Program is a stdin->stdout program; its entry must be None")

    @property
    def key(self) -> str:
        """Content hash: what workers and the on-disk C++ cache key their compiled forms by."""
        return program_key(self.language, self.entry, self.source)


@functools.lru_cache(maxsize=4096)
def program_key(language: str, entry: str | None, source: str) -> str:
    return hashlib.sha256(f"{language}\0{entry}\0{source}".encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class Task:
    """One unit of work; a stage whose field is None is skipped.

    The generator (Python, ``entry`` set) is called as ``entry(params, rng)`` when its function takes
    a second positional argument, else ``entry(params)``; before the call ``rng = random.Random(seed)``
    and the module-level ``random`` is seeded with ``seed`` too. It returns the stdin text or a tuple
    ``(stdin, display)`` with a JSON-serialisable ``display``. The solution (Python or C++) reads that
    stdin (or ``stdin`` when there is no generator) and writes its answer to stdout."""

    generator: Program | None
    solution: Program | None
    params: Mapping[str, int] = field(default_factory=dict)
    seed: int = 0
    stdin: str | None = None

    def __post_init__(self) -> None:
        if self.generator is not None and (self.generator.language != "python" or self.generator.entry is None):
            raise ValueError("Task.generator must be a Python Program with an entry function")
        if self.solution is not None and self.solution.entry is not None:
            raise ValueError("Task.solution must be a stdin->stdout Program (entry=None)")
        if self.solution is not None and self.generator is None and self.stdin is None:
            raise ValueError("Task.solution needs an input: give a generator or stdin")


@dataclass(frozen=True)
class TaskResult:
    """``stdin``: the generator's output (or the given stdin); ``display``: the second element of the
    generator's tuple; ``stdout``: the solution's output. On failure ``error`` is a one-line reason and
    ``stage`` is ``"generator"``, ``"compile"`` (C++ compile error, Python syntax error in a solution)
    or ``"solution"``; ``stdin``/``display`` are kept when the generator had succeeded."""

    stdin: str | None
    display: Any | None
    stdout: str | None
    error: str | None = None
    stage: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def hit_limit(self) -> bool:
        """The task failed on a resource limit (time, CPU, memory, output), not on an error of its code."""
        return self.error is not None and hit_resource_limit(self.error)


RESOURCE_LIMIT_MARKERS = ("timed out after", "exceeded the CPU limit", "ran out of memory", "output exceeds the")
"""The phrases the sandbox's resource-limit errors contain (see ``worker.py``, ``child.py`` and ``pool.py``)."""


def hit_resource_limit(error: str) -> bool:
    """Whether a sandbox error message reports a resource limit rather than a fault of the code."""
    return any(marker in error for marker in RESOURCE_LIMIT_MARKERS)


@dataclass(frozen=True)
class Limits:
    """Per-task limits. Wall limits are per stage, measured by the trusted worker; the C++ CPU limit
    is the solution wall limit rounded up; ``memory_bytes`` bounds the resident memory of all of a
    task's processes together (sampled every 5 ms) and the address space of each, and of the
    compiler; ``output_bytes`` bounds a generator's output and display, a solution's stdout and any
    file written; ``processes`` counts the processes and threads of one sandbox at once;
    ``disk_bytes`` is the size of each of a sandbox's private ``/tmp`` and ``/dev/shm``."""

    generator_seconds: float = 10.0
    solution_seconds: float = 5.0
    compile_seconds: float = 60.0
    memory_bytes: int = 2 << 30
    output_bytes: int = 16 << 20
    processes: int = 64
    disk_bytes: int = 256 << 20

    def __post_init__(self) -> None:
        for name, value in vars(self).items():
            if value <= 0:
                raise ValueError(f"Limits.{name} must be positive, got {value!r}")

    def seconds(self, stage: str) -> float:
        return {"generator": self.generator_seconds, "solution": self.solution_seconds, "compile": self.compile_seconds}[stage]
