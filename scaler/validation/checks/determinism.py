"""The generator is a pure function of its seed: the same input twice in one sandbox pool (the same
worker process may serve both) and once in a second, separate pool (another process)."""

from __future__ import annotations

from scaler.validation.checks._common import clip, first_failure
from scaler.validation.core import Context, Outcome, Sample, register


@register("determinism", "the generator gives the same input for a seed, in one process and across processes")
def determinism(ctx: Context) -> Outcome:
    env, n = ctx.env, ctx.config.determinism_samples
    levels = sorted({0, env.max_level // 2, env.max_level})
    samples = [Sample(env.params_at(levels[i % len(levels)]), 10_000 + i, levels[i % len(levels)]) for i in range(n)]
    first = ctx.inputs(samples)
    bad = first_failure(samples, first)
    if bad:
        return Outcome("fail", f"the generator failed: {bad['error']}", bad)
    again = ctx.pool.run([ctx.task(s, None) for s in samples])
    other = ctx.inputs(samples, pool=ctx.second_pool())
    for where, results in (("a second run in the same pool", again), ("a separate sandbox pool", other)):
        for sample, a, b in zip(samples, first, results):
            if b.error is not None or a.stdin != b.stdin:
                evidence = {**sample.describe(), "compared_with": where, "first": clip(a.stdin),
                            "second": clip(b.stdin) if b.error is None else f"error: {b.error}"}
                return Outcome("fail", f"different input for level {sample.level} seed {sample.seed} in {where}", evidence)
    return Outcome("pass", f"{n} inputs identical in the same pool and in a separate one", {"samples": n})
