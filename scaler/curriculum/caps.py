"""Level caps: the highest level each environment may be trained at. The one owner of that fact.

An environment's top is its level table's last level, unless a cap lowers it (its instances above
the cap are too large to make: prompt over budget, generator or solution out of time or memory).
Controllers, the curator's ``max`` rule and the proposals all read :meth:`LevelCaps.top`.
"""

from __future__ import annotations

from typing import Mapping, Sequence

from scaler.curriculum.types import CurriculumEnv


class LevelCaps:
    def __init__(self, envs: Sequence[CurriculumEnv]) -> None:
        self.table_top = {e.env_id: e.max_level for e in envs}
        self.caps: dict[str, int] = {}

    def top(self, env_id: str) -> int:
        """The highest level ``env_id`` may be trained at now."""
        return self.caps.get(env_id, self.table_top[env_id])

    def cap(self, env_id: str, level: int) -> None:
        """Lower ``env_id``'s top to ``level`` (which must be below the current top)."""
        if env_id not in self.table_top:
            raise ValueError(f"cannot cap unknown environment {env_id!r}")
        if not 0 <= level < self.top(env_id):
            raise ValueError(f"cannot cap {env_id!r} at level {level}: not below its max level {self.top(env_id)}")
        self.caps[env_id] = level

    def state_dict(self) -> dict[str, int]:
        return dict(self.caps)

    def load_state_dict(self, state: Mapping[str, int]) -> None:
        unknown = sorted(set(state) - set(self.table_top))
        if unknown:
            raise ValueError(f"level caps name environments not in the pool: {unknown[:5]}")
        self.caps = {k: int(v) for k, v in state.items()}
