"""Running synthesis over many problems: in parallel threads or on a Ray cluster, resumable, with a funnel.

The output folder holds everything a run knows:

``results/<problem-id>.json``  one :class:`~scaler.synthesis.pipeline.SynthesisResult` per finished problem,
                               written atomically when the problem is done;
``llm.jsonl``                  every request to the model and its response (the audit trail, and a
                               ``--replay`` file);
``data/synthesized/`` + ``README.md``  the accepted environments, a dataset folder in the pool format
                               (``scaler build`` can include it; ``load_environments(out, "synthesized")``);
``funnel.json``, ``funnel.md`` counts per stage, rejection reasons with examples, tokens, time.

Rerunning the same command continues: finished problems are skipped, and a problem that was cut off
gets its earlier model answers back from ``llm.jsonl`` instead of asking again, so nothing is redone or
lost. Duplicates (the same statement, or the same generator with the same reference solution) are
removed in input order, so the accepted set does not depend on which worker finished first, nor on Ray.
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from scaler.engine import EngineConfig, InstanceEngine
from scaler.environment import Environment
from scaler.synthesis.llm import JsonlLog, LLMSpec, Recorder
from scaler.synthesis.pipeline import STAGES, SynthesisConfig, SynthesisResult, synthesize_problem
from scaler.synthesis.problems import Problem

CONFIG_NAME = "synthesized"
_FUNNEL = ("input", "tests", "meta", "generator", "dedup")


@dataclass(frozen=True)
class Funnel:
    problems: int
    accepted: int
    reached: dict[str, int]
    rejected: dict[str, int]
    reasons: list[dict[str, Any]]
    prompt_tokens: int
    completion_tokens: int
    seconds: float

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)

    def markdown(self) -> str:
        lines = ["# Synthesis funnel", "", f"{self.accepted} of {self.problems} problems became environments "
                 f"({self.prompt_tokens:,} prompt + {self.completion_tokens:,} completion tokens, "
                 f"{self.seconds:.0f} s of problem time).", "", "| stage | reached | rejected here |", "|---|---:|---:|"]
        lines += [f"| {stage} | {self.reached.get(stage, 0)} | {self.rejected.get(stage, 0)} |" for stage in _FUNNEL]
        lines += [f"| accepted | {self.accepted} | |", "", "## Rejections", "", "| stage | check | count | example |",
                  "|---|---|---:|---|"]
        lines += [f"| {r['stage']} | {r['check']} | {r['count']} | {r['example'][:160].replace('|', '/')} |"
                  for r in self.reasons]
        return "\n".join(lines) + "\n"


class SynthesisRun:
    """Synthesis of ``problems`` into ``out``; :meth:`run` does the work, resuming what is there."""

    def __init__(self, out: str | os.PathLike, llm: LLMSpec, config: SynthesisConfig = SynthesisConfig(), *,
                 workers: int = 2, sandbox_workers: int | None = None, ray_address: str | None = None,
                 progress: bool = True) -> None:
        self.out = Path(out)
        self.llm = llm
        self.config = config
        self.workers = max(1, workers)
        self.sandbox_workers = sandbox_workers
        self.ray_address = ray_address
        self.progress = progress
        (self.out / "results").mkdir(parents=True, exist_ok=True)
        self.log = JsonlLog(self.out / "llm.jsonl")

    # ------------------------------------------------------------------ public
    def run(self, problems: Iterable[Problem]) -> Funnel:
        problems = list(problems)
        done = self.finished()
        todo, first_with = [], {}
        for problem in problems:  # the first problem with a statement, in input order, is the one kept
            first = first_with.setdefault(problem.statement_hash, problem.id)
            if problem.id in done:
                continue
            if first != problem.id:
                self._save(SynthesisResult(problem.id, stage="dedup", check="same-statement",
                                           message=f"the same statement as {first}",
                                           statement_hash=problem.statement_hash))
            else:
                todo.append(problem)
        started = time.monotonic()
        if todo:
            (self._run_ray if self.ray_address is not None else self._run_local)(todo)
        return self.finish(problems, time.monotonic() - started)

    def finished(self) -> dict[str, SynthesisResult]:
        """Results already on disk, by problem id."""
        found = {}
        for path in (self.out / "results").glob("*.json"):
            try:
                result = SynthesisResult.from_dict(json.loads(path.read_text(encoding="utf-8")))
            except (json.JSONDecodeError, TypeError, UnicodeDecodeError):
                continue  # a torn write from a killed run: that problem is simply not done
            found[result.problem_id] = result
        return found

    def finish(self, problems: Sequence[Problem], seconds: float) -> Funnel:
        """Remove duplicate generators in input order, write the accepted pool and the funnel."""
        from scaler.envs import save_environments

        results = self.finished()
        ordered = [results[p.id] for p in problems if p.id in results]
        generators: dict[str, str] = {}
        accepted: list[Environment] = []
        for result in ordered:
            if not result.accepted:
                continue
            first = generators.setdefault(result.generator_hash, result.problem_id)
            if first != result.problem_id:
                result.status, result.stage, result.check = "rejected", "dedup", "same-generator"
                result.message = f"the same generator and reference solution as {first}"
                continue
            accepted.append(Environment.from_row(result.env))
        if accepted:
            save_environments(accepted, self.out, CONFIG_NAME, pretty_name=f"{self.out.name}")
        funnel = funnel_of(ordered, len(problems), seconds)
        (self.out / "funnel.json").write_text(json.dumps(funnel.as_dict(), indent=2), encoding="utf-8")
        (self.out / "funnel.md").write_text(funnel.markdown(), encoding="utf-8")
        return funnel

    # ------------------------------------------------------------------ workers
    def _run_local(self, problems: list[Problem]) -> None:
        from scaler.sandbox import SandboxPool

        llm = self.llm.build()
        cache = self.log.by_problem()
        with _engine(self.config, self.sandbox_workers) as engine, \
                SandboxPool(workers=1, limits=engine.pool.limits) as second, \
                ThreadPoolExecutor(self.workers, thread_name_prefix="scaler-synthesis") as executor:
            futures = [executor.submit(synthesize_problem, p, Recorder(llm, self.log.append, cache.get(p.id)), engine,
                                       self.config, second) for p in problems]
            self._collect(as_completed(futures), len(problems), lambda f: f.result())

    def _run_ray(self, problems: list[Problem]) -> None:
        import ray

        ray.init(address=self.ray_address or None, ignore_reinit_error=True, log_to_driver=False)
        cache = self.log.by_problem()
        remote = ray.remote(num_cpus=1)(_synthesize_on_worker)
        spec = self.llm if self.llm.replay is None else replace(self.llm, replay=os.path.abspath(self.llm.replay))
        pending = [remote.remote(p, spec, self.config, cache.get(p.id, {})) for p in problems]
        refs = iter(pending)

        def ready() -> Iterable[Any]:
            todo = list(refs)
            while todo:
                done, todo = ray.wait(todo, num_returns=1)
                yield done[0]

        def unpack(ref: Any) -> SynthesisResult:
            result, records = ray.get(ref)
            for record in records:
                self.log.append(record)
            return result

        self._collect(ready(), len(problems), unpack)

    def _collect(self, items: Iterable[Any], total: int, get: Callable[[Any], SynthesisResult]) -> None:
        from tqdm.auto import tqdm

        bar = tqdm(total=total, desc="synthesis", unit="problem", disable=not self.progress)
        accepted = 0
        for item in items:
            result = get(item)
            self._save(result)
            accepted += result.accepted
            bar.set_postfix(accepted=accepted)
            bar.update()
        bar.close()

    def _save(self, result: SynthesisResult) -> None:
        path = self.out / "results" / f"{result.problem_id}.json"
        tmp = path.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(result.as_dict(), ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)


def funnel_of(results: Sequence[SynthesisResult], problems: int, seconds: float) -> Funnel:
    """Counts per stage: how many problems reached it and how many were rejected there."""
    rejected = Counter(r.stage for r in results if not r.accepted)
    reached = {}
    remaining = len(results)
    for stage in _FUNNEL:
        reached[stage] = remaining
        remaining -= rejected.get(stage, 0)
    reasons: dict[tuple[str, str], list[SynthesisResult]] = {}
    for r in results:
        if not r.accepted:
            reasons.setdefault((r.stage, r.check), []).append(r)
    return Funnel(
        problems=problems, accepted=sum(r.accepted for r in results), reached=reached,
        rejected={s: rejected.get(s, 0) for s in STAGES},
        reasons=[{"stage": s, "check": c, "count": len(rs), "example": f"{rs[0].problem_id}: {rs[0].message}"}
                 for (s, c), rs in sorted(reasons.items(), key=lambda kv: -len(kv[1]))],
        prompt_tokens=sum(r.prompt_tokens for r in results),
        completion_tokens=sum(r.completion_tokens for r in results),
        seconds=round(seconds, 1))


@contextmanager
def _engine(config: SynthesisConfig, workers: int | None) -> Iterator[InstanceEngine]:
    engine = _new_engine(config, workers)
    try:
        yield engine
    finally:
        engine.pool.close()


def _new_engine(config: SynthesisConfig, workers: int | None) -> InstanceEngine:
    """An engine on a new sandbox pool whose prompt budgets are the validation's, counted with the real
    tokenizer; the caller closes ``engine.pool``."""
    from scaler.sandbox import SandboxPool
    from scaler.validation.checks.prompt_budget import qwen_token_counter

    counter = config.validation.token_counter or qwen_token_counter()
    engine_config = EngineConfig(max_prompt_tokens=config.validation.max_prompt_tokens,
                                 max_prompt_chars=config.validation.max_prompt_chars)
    return InstanceEngine(SandboxPool(workers=workers), engine_config, counter)


_worker_engine: Any = None
_worker_lock = threading.Lock()


def _synthesize_on_worker(problem: Problem, spec: LLMSpec, config: SynthesisConfig,
                          cache: dict[str, dict[str, Any]]) -> tuple[SynthesisResult, list[dict[str, Any]]]:
    """One problem on a Ray worker, with a sandbox pool kept for the worker's lifetime."""
    global _worker_engine
    with _worker_lock:
        if _worker_engine is None:  # lives as long as the worker process; its pool dies with it
            _worker_engine = _new_engine(config, 1)
    records: list[dict[str, Any]] = []
    result = synthesize_problem(problem, Recorder(spec.build(), records.append, cache), _worker_engine, config)
    return result, records
