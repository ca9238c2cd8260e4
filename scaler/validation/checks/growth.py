"""Difficulty grows with the level: no two adjacent levels are identical, the mean input size never
shrinks from one level to the next (beyond sampling noise), and it is larger at the top than at the
bottom.

An input's size is measured twice, in characters and in whitespace-separated tokens: random value
widths make the character count noisy (n numbers of 1 to 3 digits), while a string problem's token
count does not move at all; the input shrinks only when both measures shrink, each by more than the
tolerance plus three standard errors (a generator that draws sizes at random below its parameters,
``m = rng.randint(0, params["m"])``, is noisy, not broken). Every level is drawn
with the same generator seeds (common random numbers), so a generator that draws sizes at random
below its parameters (``m = rng.randint(0, params["m"])``) still compares like with like.
"""

from __future__ import annotations

from math import sqrt
from statistics import mean, variance

from scaler.validation.checks._common import first_failure
from scaler.validation.core import Context, Outcome, register

Z = 3.0
"""A shrink counts when it exceeds the tolerance by Z standard errors of the difference of means."""


def _shrinks(lower: list[int], upper: list[int], tolerance: float) -> bool:
    """The next level's mean size is below this one's by more than ``tolerance`` and sampling noise."""
    noise = sqrt((variance(lower) + variance(upper)) / len(lower)) if len(lower) > 1 else 0.0
    return mean(upper) < mean(lower) * (1 - tolerance) - Z * noise


@register("growth", "input size grows with the level; no two adjacent levels are identical")
def growth(ctx: Context) -> Outcome:
    env, config = ctx.env, ctx.config
    same = [i for i in range(1, len(env.levels)) if env.levels[i] == env.levels[i - 1]]
    if same:
        return Outcome("fail", f"levels {same[0] - 1} and {same[0]} are identical ({dict(env.levels[same[0]])})",
                       {"identical_adjacent_levels": [[i - 1, i] for i in same]})
    if env.max_level == 0:
        return Outcome("skip", "a single level: nothing to compare", {})
    k = config.growth_seeds
    samples = [s for level in range(len(env.levels)) for s in ctx.level(level, k, common=True)]
    results = ctx.inputs(samples)
    bad = first_failure(samples, results)
    if bad:
        return Outcome("fail", f"level {bad['level']}: the generator failed: {bad['error']}", bad)
    per_level = [results[i * k:(i + 1) * k] for i in range(len(env.levels))]
    char_sizes = [[len(r.stdin or "") for r in rs] for rs in per_level]
    token_sizes = [[len((r.stdin or "").split()) for r in rs] for rs in per_level]
    chars, tokens = [mean(x) for x in char_sizes], [mean(x) for x in token_sizes]
    evidence = {"mean_input_chars": [round(c, 1) for c in chars], "mean_input_tokens": [round(t, 1) for t in tokens]}
    for level in range(1, len(chars)):
        if all(_shrinks(sizes[level - 1], sizes[level], config.growth_tolerance) for sizes in (char_sizes, token_sizes)):
            return Outcome("fail", f"the mean input shrinks from level {level - 1} ({chars[level - 1]:.0f} chars, "
                           f"{tokens[level - 1]:.0f} tokens) to level {level} ({chars[level]:.0f} chars, "
                           f"{tokens[level]:.0f} tokens)", {**evidence, "level": level})
    if not (chars[-1] > chars[0] or tokens[-1] > tokens[0]):
        return Outcome("fail", f"the top level's inputs ({chars[-1]:.0f} chars) are no larger than level 0's "
                       f"({chars[0]:.0f}): does the generator read its scale parameters?", evidence)
    return Outcome("pass", f"mean input grows from {chars[0]:.0f} to {chars[-1]:.0f} chars over {len(chars)} levels",
                   evidence)
