"""Curriculum settings: :class:`CurriculumConfig` and its named presets."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Mapping

from scaler.curriculum.controllers import make_controller
from scaler.curriculum.retire import retire_rule

REPLACEMENTS = ("fresh", "uniform")
"""How a retired environment is replaced: ``fresh`` (unseen first, family-diverse) or ``uniform`` (upstream)."""

PRESETS: dict[str, dict[str, Any]] = {
    "default": {},
    "upstream": dict(controller="upstream", retire_rules=["zero", "max", "slope"], retire_frontier_band=0.0,
                     retire_full_window=False, replacement="uniform"),
}
"""Named settings: ``default`` (this package's rules) and ``upstream`` (SCALER as released)."""


@dataclass
class CurriculumConfig:
    """Curriculum settings; :meth:`to_dict` / :meth:`from_dict` round-trip through plain JSON/YAML."""

    controller: str = "band"
    """Difficulty rule, by name: band (ours), upstream (SCALER's), rlve, threshold, uniform, fixed."""
    controller_args: dict[str, Any] = field(default_factory=dict)
    """Settings of that rule, e.g. ``{"decay": 0.6, "band": 0.15}`` (see :mod:`scaler.curriculum.controllers`)."""
    target_success: float = 0.5
    """Success rate the adaptive rules steer each environment to."""
    success_threshold: float = 0.5
    """A rollout counts as a success when its reward is >= this (works for 0/1 and -1/+1 rewards)."""
    active_size: int = 64
    """Environments trained at once (64 upstream)."""
    prompts_per_env: int = 1
    """Prompts per active environment per step when ``propose`` gets no batch size."""
    retire_rules: list[str] = field(default_factory=lambda: ["zero", "max", "slope", "uninformative"])
    """Which retire rules apply, by name (see :mod:`scaler.curriculum.retire`); empty keeps the active set fixed."""
    retire_window: int = 10
    """Difficulties the slope rule fits."""
    retire_zero_steps: int = 5
    """Trailing steps at success 0 that retire an environment."""
    retire_max_steps: int = 5
    """Trailing steps at the max level that retire an environment."""
    retire_uninformative_steps: int = 5
    """Trailing steps without a mixed-reward group that retire an environment (rule ``uninformative``)."""
    retire_frontier_band: float = 0.15
    """A flat slope is not retired while mean success is within this of the target (0: upstream)."""
    retire_full_window: bool = True
    """The slope rule waits for a full window (False: upstream, judges from two steps)."""
    replacement: str = "fresh"
    """fresh (unseen first, family-diverse) or uniform (upstream)."""

    def __post_init__(self) -> None:
        self.retire_rules = list(self.retire_rules)
        self.controller_args = dict(self.controller_args)
        if not 0.0 < self.target_success < 1.0:
            raise ValueError(f"target_success must be in (0, 1), got {self.target_success}")
        if self.active_size < 1 or self.prompts_per_env < 1:
            raise ValueError(
                f"active_size and prompts_per_env must be >= 1, got {self.active_size} and {self.prompts_per_env}"
            )
        for name in self.retire_rules:
            retire_rule(name)  # raises on an unknown name
        if (self.retire_window < 2 or self.retire_zero_steps < 1 or self.retire_max_steps < 1
                or self.retire_uninformative_steps < 1):
            raise ValueError("retire_window must be >= 2 and retire_zero_steps / retire_max_steps / "
                             "retire_uninformative_steps >= 1")
        if self.replacement not in REPLACEMENTS:
            raise ValueError(f"unknown replacement {self.replacement!r}; known: {list(REPLACEMENTS)}")
        make_controller(self.controller, 1, self.target_success, self.controller_args)  # fail early on bad settings

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CurriculumConfig:
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ValueError(f"unknown curriculum settings {unknown}; known: {sorted(known)}")
        return cls(**data)

    @classmethod
    def upstream(cls, **overrides: Any) -> CurriculumConfig:
        """SCALER as released: its controller and retire rules without our fixes, uniform replacement."""
        return cls.preset("upstream", **overrides)

    @classmethod
    def preset(cls, name: str, **overrides: Any) -> CurriculumConfig:
        """A named preset (:data:`PRESETS`: ``default`` = this package's rules, ``upstream`` = SCALER as
        released) with ``overrides`` on top."""
        if name not in PRESETS:
            raise ValueError(f"unknown curriculum preset {name!r}; known: {list(PRESETS)}")
        return cls(**{**PRESETS[name], **overrides})
