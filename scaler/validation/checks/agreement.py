"""The reference solutions agree: on random scale dicts within the parameter ranges (breadth) and at
every level."""

from __future__ import annotations

import random

from scaler.engine import answers_agree
from scaler.validation.checks._common import clip, first_failure
from scaler.validation.core import Context, Outcome, Sample, register


def breadth_samples(ctx: Context) -> list[Sample]:
    """``breadth_samples`` random scale dicts, each parameter uniform in ``[min, min(max, breadth_cap)]``."""
    rng = random.Random(f"breadth:{ctx.env.id}")
    cap = ctx.config.breadth_cap
    samples = []
    for i in range(ctx.config.breadth_samples):
        params = {n: rng.randint(p.min, max(p.min, min(p.max, cap))) for n, p in ctx.env.scale_params.items()}
        samples.append(Sample(params, i))
    return samples


@register("agreement", "the reference solutions agree on breadth samples and at every level")
def agreement(ctx: Context) -> Outcome:
    env = ctx.env
    samples = breadth_samples(ctx) + [s for level in range(len(env.levels)) for s in ctx.level(level, ctx.config.level_seeds)]
    reference = ctx.outputs(samples)
    bad = first_failure(samples, reference)
    if bad:
        who = "the generator" if bad["stage"] == "generator" else f"the first solution ({env.solutions[0].language})"
        where = f"level {bad['level']}" if "level" in bad else f"params {bad['params']}"
        return Outcome("fail", f"{who} failed at {where} seed {bad['seed']}: {bad['error']}", bad)
    solutions = len(ctx.solution_programs)
    if solutions < 2:
        return Outcome("skip", "only one reference solution: nothing to compare", {"samples": len(samples)})
    for index in range(1, solutions):
        for sample, ref, other in zip(samples, reference, ctx.outputs(samples, index)):
            language = env.solutions[index].language
            if other.error is not None:
                evidence = {**sample.describe(), "solution": index, "stage": other.stage, "error": other.error}
                return Outcome("fail", f"solution {index} ({language}) failed: {other.error}", evidence)
            a, b = ctx.answer(ref), ctx.answer(other)
            if not answers_agree(a, b, env.output_type):
                evidence = {**sample.describe(), "solution": index, "input": clip(ref.stdin, 200),
                            "first": clip(a), "other": clip(b)}
                where = f"level {sample.level}" if sample.level is not None else f"params {dict(sample.params)}"
                return Outcome("fail", f"solution {index} ({language}) disagrees at {where} seed {sample.seed}: "
                               f"{clip(a, 40)!r} vs {clip(b, 40)!r}", evidence)
    return Outcome("pass", f"{solutions} solutions agree on {len(samples)} inputs",
                   {"samples": len(samples), "solutions": solutions})
