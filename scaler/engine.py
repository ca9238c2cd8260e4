"""Turning ``(environment, level, seed)`` requests into instances, in batched sandbox round trips.

The engine asks the sandbox to run each environment's generator and reference solution (one task
per instance, all tasks of a batch in one :meth:`SandboxPool.run`), normalises the answer, renders
the prompt and enforces the prompt budget. It never executes environment code itself.
"""

from __future__ import annotations

import atexit
import threading
from dataclasses import dataclass
from typing import Callable, Literal, Sequence

from scaler.environment import Environment, Solution
from scaler.errors import FailureKind, InstanceError, UntrustedCodeError
from scaler.instance import Instance, check_seed, instance_rng_seed, normalize_answer
from scaler.prompt import InputFormat, build_prompt, prompt_length, render_input
from scaler.sandbox import Program, SandboxPool, Task, TaskResult

Request = tuple[Environment, int, int]
OnError = Literal["raise", "return"]


@dataclass(frozen=True)
class EngineConfig:
    """How instances are rendered and checked."""

    input_format: InputFormat = "stdin"
    """Show the problem's stdin text (default) or the generator's structured view (upstream's dict repr)."""
    max_prompt_chars: int = 24_000
    """An instance whose prompt exceeds this many characters is an error, never truncated."""
    max_prompt_tokens: int | None = None
    """Token budget, enforced when a ``token_counter`` is given to the engine."""
    cross_check: bool = False
    """Also run a second reference solution and reject the instance when the two disagree."""


class InstanceEngine:
    """Makes instances of environments through a :class:`SandboxPool`."""

    def __init__(
        self,
        pool: SandboxPool | None = None,
        config: EngineConfig | None = None,
        token_counter: Callable[[list[dict[str, str]]], int] | None = None,
    ):
        self._own_pool = pool is None
        self.pool = pool if pool is not None else SandboxPool()
        self.config = config or EngineConfig()
        self.token_counter = token_counter

    def __enter__(self) -> InstanceEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._own_pool:
            self.pool.close()

    def instance(self, env: Environment, level: int, seed: int) -> Instance:
        return self.instances([(env, level, seed)])[0]  # type: ignore[return-value]

    def instances(self, requests: Sequence[Request], on_error: OnError = "raise") -> list[Instance | InstanceError]:
        """Instances for ``requests`` in order. With ``on_error="return"`` a failed request yields its
        :class:`InstanceError` in place; otherwise the first failure is raised."""
        tasks = []
        for env, level, seed in requests:
            if not env.trusted:
                raise UntrustedCodeError(env.id)
            params = env.params_at(level)
            check_seed(seed)
            tasks.append(
                Task(
                    generator=_generator_program(env),
                    solution=_program(env.solution()),
                    params=params,
                    seed=instance_rng_seed(env.id, level, seed),
                )
            )
        results = self.pool.run(tasks)
        second = self._cross_check(requests, results) if self.config.cross_check else [None] * len(results)
        out: list[Instance | InstanceError] = []
        for (env, level, seed), result, check in zip(requests, results, second):
            item = self._finish(env, level, seed, result, check)
            if isinstance(item, InstanceError) and on_error == "raise":
                raise item
            out.append(item)
        return out

    def _cross_check(self, requests: Sequence[Request], results: list[TaskResult]) -> list[TaskResult | None]:
        """Run each env's second reference solution on the inputs the first one answered."""
        tasks, where = [], []
        for i, ((env, _, _), result) in enumerate(zip(requests, results)):
            other = _second_solution(env)
            if other is not None and result.error is None:
                tasks.append(Task(generator=None, solution=_program(other), stdin=result.stdin))
                where.append(i)
        checks: list[TaskResult | None] = [None] * len(results)
        for i, check in zip(where, self.pool.run(tasks) if tasks else []):
            checks[i] = check
        return checks

    def _finish(
        self, env: Environment, level: int, seed: int, result: TaskResult, check: TaskResult | None
    ) -> Instance | InstanceError:
        def fail(stage: str, message: str, kind: FailureKind = "broken") -> InstanceError:
            return InstanceError(env.id, level, seed, stage, message, kind)

        if result.error is not None:
            return fail(result.stage or "sandbox", result.error, "too_large" if result.hit_limit else "broken")
        if result.stdin is None or result.stdout is None:
            return fail("sandbox", "the sandbox returned no input or output")
        answer = normalize_answer(result.stdout, env.output_type)
        if not answer and env.output_type != "array":  # an empty array is a valid answer
            return fail("solution", "the reference solution printed nothing")
        if check is not None:
            if check.error is not None:
                return fail("cross-check", f"second solution failed: {check.error}")
            other = normalize_answer(check.stdout or "", env.output_type)
            if not answers_agree(answer, other, env.output_type):
                return fail("cross-check", f"reference solutions disagree: {_clip(answer)!r} vs {_clip(other)!r}")
        try:
            shown = render_input(result.stdin, result.display, self.config.input_format)
        except ValueError as e:
            return fail("prompt", str(e))
        prompt = build_prompt(env.statement, env.output_instruction, env.output_type, shown)
        chars = prompt_length(prompt)
        if chars > self.config.max_prompt_chars:
            return fail("prompt", f"prompt is {chars} chars, over the budget of {self.config.max_prompt_chars}", "too_large")
        if self.token_counter is not None and self.config.max_prompt_tokens is not None:
            tokens = self.token_counter(prompt)
            if tokens > self.config.max_prompt_tokens:
                return fail("prompt", f"prompt is {tokens} tokens, over the budget of {self.config.max_prompt_tokens}",
                            "too_large")
        return Instance(env.id, level, seed, prompt, answer, result.stdin, env.output_type)


def answers_agree(a: str, b: str, output_type: str, tol: float = 1e-7) -> bool:
    """Two normalised reference answers agree (numbers within ``tol``, arrays elementwise)."""
    if output_type == "string":
        return a == b
    xs, ys = a.split(), b.split()
    if len(xs) != len(ys):
        return False
    for x, y in zip(xs, ys):
        if x == y:
            continue
        try:
            if abs(float(x) - float(y)) > tol * max(1.0, abs(float(y))):
                return False
        except ValueError:
            return False
    return True


def _program(solution: Solution) -> Program:
    return Program(language=solution.language, source=solution.source)


def _generator_program(env: Environment) -> Program:
    return Program(language="python", source=env.generator, entry=env.generator_entry)


def _second_solution(env: Environment) -> Solution | None:
    first = env.solution()
    others = [s for s in env.solutions if s is not first]
    others.sort(key=lambda s: s.language == first.language)  # prefer the other language
    return others[0] if others else None


def _clip(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[:n] + "..."


_default: InstanceEngine | None = None
_default_lock = threading.Lock()


def default_engine() -> InstanceEngine:
    """A process-wide engine with its own sandbox pool, created on first use."""
    global _default
    with _default_lock:
        if _default is None:
            _default = InstanceEngine()
            atexit.register(_default.close)
        return _default


def make_instance(env: Environment, level: int, seed: int, engine: InstanceEngine | None = None) -> Instance:
    """The instance of ``env`` at ``(level, seed)``: a pure function of ``(env.id, level, seed)``."""
    return (engine or default_engine()).instance(env, level, seed)


def make_instances(requests: Sequence[Request], engine: InstanceEngine | None = None) -> list[Instance]:
    """Many ``(env, level, seed)`` instances in one batched sandbox round trip, in order."""
    return (engine or default_engine()).instances(requests)  # type: ignore[return-value]
