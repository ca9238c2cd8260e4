"""One problem through synthesis: checks, the two LLM stages, calibration and validation.

:func:`synthesize_problem` is a pure function of the problem, the model's replies and the sandbox:
replayed replies give the same result on any machine, in any worker, on Ray or not. Every model
output is hostile code or data: it is parsed here without being run, and runs only in the sandbox.

Stages (a rejection names the first that fails, the check and its evidence):

``input``       enough reference solutions in a language the sandbox runs (Python 3, C++17);
``tests``       the problem's own tests: every solution kept must pass them (failing ones are dropped);
``meta``        the model's scale parameters / output type / uniqueness (schema-checked; non-unique out);
``generator``   the model's generator, calibrated (:mod:`scaler.synthesis.calibrate`) and validated
                with every ``scaler validate`` check (:mod:`scaler.validation`); a failure is fed back
                to the model for up to ``attempts`` tries.
"""

from __future__ import annotations

import hashlib
import re
import time
from dataclasses import dataclass, field, replace
from typing import Any

from scaler.engine import InstanceEngine, answers_agree
from scaler.environment import Environment, Provenance, Solution
from scaler.errors import InstanceError
from scaler.instance import normalize_answer
from scaler.safe_text import printable
from scaler.sandbox import Program, SandboxPool, Task
from scaler.synthesis.calibrate import Calibration, LevelRule, calibrate
from scaler.synthesis.llm import LLM, LLMError, LLMRequest
from scaler.synthesis.problems import Problem
from scaler.synthesis.stages import Meta, Rejected, feedback, generator_prompt, meta_prompt, parse_generator, parse_meta
from scaler.validation import ValidationConfig, validate_environment

STAGES = ("input", "tests", "meta", "generator", "dedup")
_SECTION = re.compile(r"^[ \t]*(?:#+[ \t]*)?(input|output|examples?|notes?)[ \t]*:?[ \t]*$", re.I | re.M)


@dataclass(frozen=True)
class SynthesisConfig:
    """How strict synthesis is and how it calibrates."""

    attempts: int = 3
    """Tries per LLM stage; a failed check is fed back to the model for the next one (upstream: 3)."""
    min_solutions: int = 2
    """Reference solutions that must pass the problem's tests (they must also agree on generated inputs)."""
    max_solutions: int = 3
    """Reference solutions kept in the environment (upstream checks agreement of 3)."""
    level_rule: LevelRule = "geometric"
    max_levels: int = 20
    calibration_seeds: int = 2
    validation: ValidationConfig = field(default_factory=ValidationConfig)


@dataclass
class SynthesisResult:
    """What happened to one problem (JSON-able through :meth:`as_dict`)."""

    problem_id: str
    status: str = "rejected"
    stage: str = ""
    check: str = ""
    message: str = ""
    evidence: dict[str, Any] = field(default_factory=dict)
    attempts: dict[str, int] = field(default_factory=dict)
    prompt_tokens: int = 0
    completion_tokens: int = 0
    seconds: float = 0.0
    env: dict[str, Any] | None = None
    generator_hash: str = ""
    statement_hash: str = ""

    @property
    def accepted(self) -> bool:
        return self.status == "accepted"

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SynthesisResult:
        return cls(**data)


def synthesize_problem(problem: Problem, llm: LLM, engine: InstanceEngine, config: SynthesisConfig,
                       second_pool: SandboxPool | None = None) -> SynthesisResult:
    """Turn ``problem`` into a validated, calibrated environment, or say exactly why not."""
    started = time.monotonic()
    result = SynthesisResult(problem.id, statement_hash=problem.statement_hash)
    try:
        solutions = _runnable_solutions(problem, config)
        solutions = _passing_solutions(problem, solutions, engine.pool, config)
        meta = _meta_stage(problem, llm, config, result)
        env = _generator_stage(problem, solutions, meta, llm, engine, config, result, second_pool)
    except Rejected as rejection:
        result.check, result.message = rejection.check, printable(str(rejection), 500, multiline=False)
        result.evidence = _jsonable(rejection.evidence)
        result.stage = result.stage or _stage_of(rejection.check)
    except LLMError as e:
        result.stage, result.check, result.message = result.stage or "meta", "llm", printable(str(e), 500)
    else:
        result.status, result.stage = "accepted", "accepted"
        result.env = env.to_row()
        result.generator_hash = generator_hash(env.generator + "\0" + env.solutions[0].source)
    result.seconds = round(time.monotonic() - started, 3)
    return result


def generator_hash(source: str) -> str:
    """Same code, same hash: comments, blank lines and runs of whitespace folded. Synthesis hashes the
    generator with the ground-truth solution: two problems that share both are one environment."""
    lines = [re.sub(r"\s+", " ", line.split("#", 1)[0]).rstrip() for line in source.splitlines()]
    return hashlib.sha256("\n".join(line for line in lines if line.strip()).encode()).hexdigest()[:16]


def statement_parts(problem: Problem) -> tuple[str, str]:
    """(statement shown to the policy, output instruction): the description without its examples and
    notes, and its Output section (or the upstream record's instruction)."""
    text = problem.statement
    marks = [(m.start(), m.end(), m.group(1).lower()) for m in _SECTION.finditer(text)]
    cut = next((start for start, _, name in marks if name.startswith(("example", "note"))), len(text))
    output = next((i for i, (_, _, name) in enumerate(marks) if name == "output"), None)
    instruction = problem.extra.get("instruction", "")
    if not instruction and output is not None:
        end = marks[output + 1][0] if output + 1 < len(marks) else len(text)
        instruction = text[marks[output][1]:end].strip()
    statement = text[:cut].strip()
    if output is not None and marks[output][0] < cut:
        statement = text[: marks[output][0]].strip()
    return statement, instruction or "Output the answer exactly as the problem's output section describes."


# ---------------------------------------------------------------------- stages
def _runnable_solutions(problem: Problem, config: SynthesisConfig) -> list[Solution]:
    solutions = [s for s in problem.solutions if s.language in ("python", "cpp")]
    if len(solutions) < config.min_solutions:
        raise Rejected("solutions", f"{len(solutions)} reference solutions in Python 3 or C++; "
                       f"{config.min_solutions} are needed", {"solutions": len(problem.solutions)})
    return solutions


def _passing_solutions(problem: Problem, solutions: list[Solution], pool: SandboxPool,
                       config: SynthesisConfig) -> list[Solution]:
    """The solutions that pass every test of the problem (all of them when it has none)."""
    if not problem.tests:
        return solutions[: config.max_solutions]
    tasks = [Task(None, Program(s.language, s.source), stdin=t.input) for s in solutions for t in problem.tests]
    results = pool.run(tasks)
    passing, failures = [], []
    for i, solution in enumerate(solutions):
        mine = results[i * len(problem.tests):(i + 1) * len(problem.tests)]
        bad = next((j for j, (r, t) in enumerate(zip(mine, problem.tests)) if r.error is not None
                    or not answers_agree(normalize_answer(r.stdout or "", "array"), normalize_answer(t.output, "array"),
                                         "array", 1e-6)), None)
        if bad is None:
            passing.append(solution)
        else:
            failures.append({"solution": i, "language": solution.language, "test": bad,
                             "error": printable(mine[bad].error or "wrong answer", 200)})
    if len(passing) < config.min_solutions:
        raise Rejected("tests", f"{len(passing)} of {len(solutions)} reference solutions pass the problem's "
                       f"{len(problem.tests)} tests; {config.min_solutions} are needed", {"failures": failures[:5]})
    return passing[: config.max_solutions]


def _ask(llm: LLM, stage: str, problem: Problem, attempt: int, messages: list[dict[str, str]],
         result: SynthesisResult) -> str:
    result.attempts[stage] = attempt + 1
    response = llm.complete(LLMRequest.chat(stage, problem.id, attempt, messages))
    result.prompt_tokens += response.prompt_tokens
    result.completion_tokens += response.completion_tokens
    return response.text


def _meta_stage(problem: Problem, llm: LLM, config: SynthesisConfig, result: SynthesisResult) -> Meta:
    result.stage = "meta"
    messages = meta_prompt(problem)
    for attempt in range(config.attempts):
        reply = _ask(llm, "meta", problem, attempt, messages, result)
        try:
            meta = parse_meta(reply)
        except Rejected as rejection:
            if attempt + 1 == config.attempts:
                raise
            messages = feedback(messages, reply, str(rejection))
            continue
        if not meta.unique:
            raise Rejected("unique-output", "the model judged the answer not unique (several outputs accepted)")
        if "output_type" in problem.extra and problem.extra["output_type"] != meta.output_type:
            meta = replace(meta, output_type=problem.extra["output_type"])  # the record knows better
        return meta
    raise AssertionError("unreachable")


def _generator_stage(problem: Problem, solutions: list[Solution], meta: Meta, llm: LLM, engine: InstanceEngine,
                     config: SynthesisConfig, result: SynthesisResult, second_pool: SandboxPool | None) -> Environment:
    result.stage = "generator"
    statement, instruction = statement_parts(problem)
    messages = generator_prompt(problem, meta)
    for attempt in range(config.attempts):
        reply = _ask(llm, "generator", problem, attempt, messages, result)
        try:
            env = _checked_environment(problem, statement, instruction, solutions, meta, parse_generator(reply),
                                       engine, config, result, second_pool)
        except Rejected as rejection:
            if attempt + 1 == config.attempts:
                raise
            messages = feedback(messages, reply, str(rejection))
            continue
        return env
    raise AssertionError("unreachable")


def _checked_environment(problem: Problem, statement: str, instruction: str, solutions: list[Solution], meta: Meta,
                         generator: str, engine: InstanceEngine, config: SynthesisConfig, result: SynthesisResult,
                         second_pool: SandboxPool | None) -> Environment:
    draft = Environment(
        id=problem.id, title=problem.title, statement=statement, output_instruction=instruction,
        output_type=meta.output_type, scale_params=meta.scale_params,
        levels=[{n: p.min for n, p in meta.scale_params.items()}], generator=generator, solutions=solutions,
        provenance=Provenance(problem.source, problem.url, problem.license), tags=["synthesized"],
        family="synthesized", trusted=True)
    try:
        calibration: Calibration = calibrate(draft, engine, seeds=config.calibration_seeds, rule=config.level_rule,
                                             max_levels=config.max_levels)
    except InstanceError as e:
        raise Rejected("calibration", f"at the minimum scale: {e.stage}: {printable(e.reason, 300)}",
                       {"stage": e.stage}) from None
    if len(calibration.levels) < 2:
        raise Rejected("calibration", f"only one level fits the budgets (top scale {calibration.top_scale})",
                       {"top_scale": calibration.top_scale})
    env = replace(draft, levels=list(calibration.levels))
    result.evidence = {"top_scale": calibration.top_scale, "levels": len(calibration.levels),
                       "probes": calibration.probes}
    report = validate_environment(env, engine, config.validation, second_pool=second_pool)
    if not report.passed:
        first = report.failures[0]
        detail = "; ".join(f"{f.check}: {f.message}" for f in report.failures)
        raise Rejected(first.check, detail, {"failed": [f.check for f in report.failures],
                                             "evidence": dict(first.evidence)})
    return env


def _stage_of(check: str) -> str:
    if check == "solutions":
        return "input"
    if check == "tests":
        return "tests"
    if check.startswith("meta") or check == "unique-output":
        return "meta"
    return "generator"


def _jsonable(value: Any) -> Any:
    import json

    return json.loads(json.dumps(value, default=str))
