"""Retire rules, looked up by name: when an active environment should leave the active set.

A rule sees the environment's history since activation (``[difficulty, success, informative]`` per
step, informative being the fraction of its groups with mixed rewards; rows recorded without it hold
two values), its
current top level and the curriculum's settings, and returns a one-line reason to retire it, or
``None``. Add one with :func:`register_retire_rule`; list it in ``CurriculumConfig.retire_rules``.

Built in (upstream SCALER's, with its faults fixed):

``zero``   the last ``retire_zero_steps`` recorded steps all had success rate 0 (too hard, or broken);
``max``    the last ``retire_max_steps`` recorded steps all ended at ``d >= top`` (mastered);
``slope``  the least-squares slope of the last ``retire_window`` difficulties is <= 0 (not
           progressing); with ``retire_full_window`` it waits for a full window (upstream judges from
           two steps), and an environment whose mean success is within ``retire_frontier_band`` of
           the target is *at* its frontier, so a flat slope there is not retired (0 = upstream).

Ours only:

``uninformative``  none of the environment's groups had mixed rewards in the last
                   ``retire_uninformative_steps`` recorded steps: it gives GRPO no signal where the
                   controller puts it (e.g. a ceiling it flips across, all correct below, all wrong above).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Sequence


@dataclass(frozen=True)
class RetireContext:
    """What a retire rule may look at."""

    history: Sequence[Sequence[float]]
    """``[difficulty, success, informative]`` (or ``[difficulty, success]``) per step since activation, oldest first."""
    top: int
    settings: Any
    """The :class:`~scaler.curriculum.config.CurriculumConfig`."""


RetireRule = Callable[[RetireContext], "str | None"]
_RULES: dict[str, RetireRule] = {}


def register_retire_rule(name: str) -> Callable[[RetireRule], RetireRule]:
    """Decorator: make a rule available under ``name``."""

    def add(rule: RetireRule) -> RetireRule:
        if name in _RULES:
            raise ValueError(f"retire rule {name!r} is already registered")
        _RULES[name] = rule
        return rule

    return add


def retire_rule_names() -> list[str]:
    return list(_RULES)


def retire_rule(name: str) -> RetireRule:
    try:
        return _RULES[name]
    except KeyError:
        raise ValueError(f"unknown retire rule {name!r}; known: {retire_rule_names()}") from None


def trailing(values: Sequence[bool]) -> int:
    """How many of the last values are true in a row."""
    n = 0
    for v in reversed(values):
        if not v:
            break
        n += 1
    return n


def slope(values: Sequence[float]) -> float:
    """Least-squares slope of ``values`` against ``0, 1, 2, ...`` (needs at least two values)."""
    n = len(values)
    if n < 2:
        raise ValueError("a slope needs at least two values")
    mean_x = (n - 1) / 2
    mean_y = sum(values) / n
    num = sum((i - mean_x) * (y - mean_y) for i, y in enumerate(values))
    den = sum((i - mean_x) ** 2 for i in range(n))
    return num / den


@register_retire_rule("zero")
def _zero(ctx: RetireContext) -> str | None:
    steps = ctx.settings.retire_zero_steps
    if trailing([row[1] == 0 for row in ctx.history]) >= steps:
        return f"success 0 for the last {steps} steps"
    return None


@register_retire_rule("max")
def _max(ctx: RetireContext) -> str | None:
    steps = ctx.settings.retire_max_steps
    if trailing([row[0] >= ctx.top for row in ctx.history]) >= steps:
        return f"at max level {ctx.top} for the last {steps} steps"
    return None


@register_retire_rule("slope")
def _slope(ctx: RetireContext) -> str | None:
    s = ctx.settings
    if len(ctx.history) < (s.retire_window if s.retire_full_window else 2):
        return None
    recent = ctx.history[-s.retire_window :]
    trend = slope([row[0] for row in recent])
    mean_success = sum(row[1] for row in recent) / len(recent)
    if trend <= 0 and abs(mean_success - s.target_success) >= s.retire_frontier_band:
        return f"difficulty slope {trend:.3f} <= 0 over {len(recent)} steps, mean success {mean_success:.2f}"
    return None


@register_retire_rule("uninformative")
def _uninformative(ctx: RetireContext) -> str | None:
    steps = ctx.settings.retire_uninformative_steps
    if trailing([len(row) > 2 and row[2] == 0 for row in ctx.history]) >= steps:
        return f"no group with mixed rewards for the last {steps} steps"
    return None
