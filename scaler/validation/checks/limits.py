"""The reference solutions under test stay within the sandbox limits at the top level; the slowest run's
wall time is recorded (timed one task at a time, so it includes a sandbox round trip)."""

from __future__ import annotations

import time

from scaler.sandbox import Task
from scaler.validation.checks._common import first_failure
from scaler.validation.core import Context, Outcome, register


@register("limits", "the reference solutions stay within the sandbox limits at the top level")
def limits(ctx: Context) -> Outcome:
    env = ctx.env
    samples = ctx.level(env.max_level, ctx.config.limit_seeds)
    inputs = ctx.inputs(samples)
    bad = first_failure(samples, inputs)
    if bad:
        return Outcome("fail", f"the generator failed at the top level: {bad['error']}", bad)
    slowest, where = 0.0, {}
    for index, solution in enumerate(ctx.solution_programs):
        for sample, given in zip(samples, inputs):
            start = time.perf_counter()
            result = ctx.pool.run([Task(None, solution, stdin=given.stdin)])[0]
            seconds = time.perf_counter() - start
            if result.error is not None:
                evidence = {**sample.describe(), "solution": index, "language": solution.language,
                            "hit_limit": result.hit_limit, "error": result.error, "wall_s": round(seconds, 3)}
                what = "hit a resource limit" if result.hit_limit else "failed"
                return Outcome("fail", f"solution {index} ({solution.language}) {what} at the top level "
                               f"(seed {sample.seed}): {result.error}", evidence)
            if seconds > slowest:
                slowest, where = seconds, {"solution": index, "language": solution.language, "seed": sample.seed}
    limit = ctx.pool.limits.solution_seconds
    return Outcome("pass", f"slowest solution run {slowest:.2f} s wall (limit {limit:g} s)",
                   {"level": env.max_level, "max_solution_wall_s": round(slowest, 3), "limit_s": limit, **where})
