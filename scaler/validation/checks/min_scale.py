"""Every scale parameter at its minimum: the generator and the reference solution run."""

from __future__ import annotations

from scaler.validation.checks._common import first_failure
from scaler.validation.core import Context, Outcome, Sample, register


@register("min-scale", "the smallest scale (every parameter at its min) runs")
def min_scale(ctx: Context) -> Outcome:
    params = {name: p.min for name, p in ctx.env.scale_params.items()}
    samples = [Sample(params, seed) for seed in range(ctx.config.min_scale_seeds)]
    results = ctx.outputs(samples)
    bad = first_failure(samples, results)
    if bad:
        return Outcome("fail", f"{bad['stage']} failed at {params}: {bad['error']}", bad)
    empty = [s.seed for s, r in zip(samples, results) if not ctx.answer(r) and ctx.env.output_type != "array"]
    if empty:
        return Outcome("fail", f"the reference solution printed nothing at {params}", {"params": params, "seeds": empty})
    return Outcome("pass", f"runs at {params}", {"params": params})
