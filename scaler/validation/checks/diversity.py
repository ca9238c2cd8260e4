"""Answers vary: many draws at one middle-to-top level give enough distinct answers and no dominant
one (upstream: >= 10 distinct answers in 100 draws, the largest group <= 30)."""

from __future__ import annotations

from collections import Counter

from scaler.validation.checks._common import clip, first_failure
from scaler.validation.core import Context, Outcome, register


def diversity_level(ctx: Context) -> int:
    return round(ctx.config.diversity_level_fraction * ctx.env.max_level)


@register("diversity", "enough distinct answers at a middle-to-top level, none dominant")
def diversity(ctx: Context) -> Outcome:
    config = ctx.config
    level = diversity_level(ctx)
    samples = ctx.level(level, config.diversity_draws)
    results = ctx.outputs(samples)
    bad = first_failure(samples, results)
    if bad:
        return Outcome("fail", f"level {level}: {bad['stage']} failed: {bad['error']}", bad)
    counts = Counter(ctx.answer(r) for r in results)
    answer, largest = counts.most_common(1)[0]
    evidence = {"level": level, "draws": len(samples), "distinct": len(counts), "largest_group": largest,
                "most_common_answer": clip(answer)}
    if len(counts) < config.diversity_min_distinct:
        return Outcome("fail", f"level {level}: {len(counts)} distinct answers in {len(samples)} draws "
                       f"(need >= {config.diversity_min_distinct})", evidence)
    if largest > config.diversity_max_group:
        return Outcome("fail", f"level {level}: the answer {clip(answer, 30)!r} came {largest} times in {len(samples)} "
                       f"draws (at most {config.diversity_max_group})", evidence)
    return Outcome("pass", f"level {level}: {len(counts)} distinct answers, largest group {largest}", evidence)
