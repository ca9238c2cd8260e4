"""The curriculum's value types: what it knows of an environment, what it proposes, what it is told.

A leaf module (no imports from the rest of :mod:`scaler.curriculum`), so every part can share them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class CurriculumEnv:
    """What the curriculum needs to know about an environment (not a Gymnasium ``EnvSpec``)."""

    env_id: str
    max_level: int
    family: str

    def __post_init__(self) -> None:
        if not isinstance(self.env_id, str) or not self.env_id:
            raise ValueError(f"CurriculumEnv.env_id must be a non-empty string, got {self.env_id!r}")
        if not isinstance(self.max_level, int) or self.max_level < 0:
            raise ValueError(f"CurriculumEnv {self.env_id!r}: max_level must be an int >= 0, got {self.max_level!r}")
        if not isinstance(self.family, str) or not self.family:
            raise ValueError(f"CurriculumEnv {self.env_id!r}: family must be a non-empty string, got {self.family!r}")

    @classmethod
    def from_environment(cls, env: Any) -> CurriculumEnv:
        """From a :class:`scaler.environment.Environment` (anything with ``id``, ``max_level``, ``family_name``)."""
        return cls(env.id, env.max_level, env.family_name)


@dataclass(frozen=True)
class Proposal:
    """One prompt to roll out: an instance of ``env_id`` at ``level`` with a train ``seed``."""

    env_id: str
    level: int
    seed: int


@dataclass(frozen=True)
class Outcome:
    """One rollout's reward; the rollouts sharing ``(env_id, level, seed)`` form one group."""

    env_id: str
    level: int
    seed: int
    reward: float
