"""Calibration: how far an environment can scale, and its table of difficulty levels.

All scale parameters move together on one axis ``s >= 0`` (upstream SCALER's rule):
``value_k(s) = min(max_k, int(s * base_k + min_k))`` with ``base_k = min(range_k, 10000) / min_range``,
so the parameter with the smallest range moves by one per step of ``s``.

The top of the axis, ``R``, is the largest ``s`` whose instances can still be made within budget:
the rendered prompt fits ``max_prompt_tokens`` counted with a real tokenizer (upstream used 2,048
characters of stdin as a proxy) and the reference solution finishes within the sandbox's time
limit. It is found by a doubling-then-bisection search over ``s`` that makes a few instances per
probe through the sandbox.

Level tables (``levels``): ``"geometric"`` (default; at most ``max_levels`` levels spaced
geometrically from 0 to ``R``) or ``"upstream"`` (SCALER's rule: ``N = min(30, R + 1)`` levels,
linear when ``R + 1 <= 100``, else powers of 1.3 or 1.6). Either way, levels whose parameter values
equal their neighbour's are dropped, so no two adjacent levels are identical.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Callable, Literal

from scaler.engine import InstanceEngine
from scaler.environment import Environment, ScaleParam
from scaler.errors import InstanceError

LevelRule = Literal["geometric", "upstream"]


@dataclass(frozen=True)
class ScaleAxis:
    params: dict[str, ScaleParam]

    @property
    def bases(self) -> dict[str, float]:
        ranges = {n: min(p.max - p.min, 10_000) for n, p in self.params.items()}
        smallest = min((r for r in ranges.values() if r > 0), default=1)
        return {n: (r / smallest if r > 0 else 1.0) for n, r in ranges.items()}

    @property
    def top(self) -> int:
        """The smallest ``s`` at which every parameter is at its max."""
        bases = self.bases
        return max(math.ceil((p.max - p.min) / bases[n]) for n, p in self.params.items())

    def at(self, s: int) -> dict[str, int]:
        bases = self.bases
        return {n: min(p.max, int(s * bases[n] + p.min)) for n, p in self.params.items()}


@dataclass(frozen=True)
class Calibration:
    top_scale: int
    """``R``: the largest scale whose instances fit the budgets."""
    scales: tuple[int, ...]
    """The scale of each level, strictly increasing."""
    levels: tuple[dict[str, int], ...]
    probes: int
    """Scales tried by the search."""


def level_scales(top: int, rule: LevelRule = "geometric", max_levels: int = 20) -> list[int]:
    """Scales of the levels of an axis whose largest usable scale is ``top`` (0 first, ``top`` last)."""
    if top <= 0:
        return [0]
    if rule == "upstream":
        n = min(30, top + 1)
        if top + 1 <= 100:
            scales = [int(i * (top + 1) / n) for i in range(n)]
        else:
            factor = 1.3 if top + 1 <= 1000 else 1.6
            scales = [0] + [round(factor**i) for i in range(1, n) if round(factor**i) <= top]
        scales.append(top)
    elif rule == "geometric":
        n = min(max_levels, top + 1)
        scales = [0] + [round(top ** (i / (n - 1))) for i in range(1, n)] if n > 1 else [0]
    else:
        raise ValueError(f"unknown level rule {rule!r}; known: geometric, upstream")
    return sorted(set(min(s, top) for s in scales))


def distinct_levels(axis: ScaleAxis, scales: list[int]) -> tuple[list[int], list[dict[str, int]]]:
    """Drop scales whose parameter values repeat the previous level's."""
    kept_scales: list[int] = []
    kept: list[dict[str, int]] = []
    for s in scales:
        values = axis.at(s)
        if not kept or values != kept[-1]:
            kept_scales.append(s)
            kept.append(values)
    return kept_scales, kept


def calibrate(env: Environment, engine: InstanceEngine, *, seeds: int = 2, rule: LevelRule = "geometric",
              max_levels: int = 20, fits: Callable[[Environment, int], bool] | None = None) -> Calibration:
    """Find the top scale of ``env``'s parameters and build its level table.

    ``fits(env_at_s, s)`` overrides the default probe, which makes ``seeds`` instances at scale ``s``
    through ``engine`` (prompt and token budgets from the engine's config, time and memory from its
    sandbox limits) and fits when all of them can be made. Raises the :class:`InstanceError` of the
    minimum scale when not even that fits: the environment is broken or too large at its smallest."""
    axis = ScaleAxis(dict(env.scale_params))
    probes = 0

    def probe(s: int) -> bool:
        nonlocal probes
        probes += 1
        one = replace(env, levels=[axis.at(s)])
        if fits is not None:
            return fits(one, s)
        made = engine.instances([(one, 0, seed) for seed in range(seeds)], on_error="return")
        failed = [r for r in made if isinstance(r, InstanceError)]
        if failed and s == 0:
            raise next((f for f in failed if f.kind == "broken"), failed[0])
        return not failed

    if not probe(0):
        raise InstanceError(env.id, 0, 0, "calibration", "the minimum scale does not fit the budgets", "too_large")
    high_limit = axis.top
    good, bad = 0, None
    step = 1
    while good < high_limit:  # double until a scale does not fit
        s = min(good + step, high_limit)
        if probe(s):
            good = s
            step *= 2
        else:
            bad = s
            break
    while bad is not None and bad - good > 1:  # then bisect between the last fit and the first miss
        mid = (good + bad) // 2
        if probe(mid):
            good = mid
        else:
            bad = mid
    scales, levels = distinct_levels(axis, level_scales(good, rule, max_levels))
    return Calibration(good, tuple(scales), tuple(levels), probes)
