"""The active set: which environments are trained now, when one is retired, what replaces it.

Retirement is decided by the rules named in ``CurriculumConfig.retire_rules`` (see
:mod:`scaler.curriculum.retire`), judged after every step on the history since activation.
Replacement never duplicates an active environment; ``"fresh"`` prefers never-seen environments,
then families least represented in the active set, then the longest-retired, with ties broken by
the seeded RNG; ``"uniform"`` draws uniformly from every inactive environment, as upstream does.
Every retirement, addition, quarantine and cap is an event kept in the state and logged.
"""

from __future__ import annotations

import logging
from collections import Counter
from typing import Any, Sequence

from scaler.curriculum.caps import LevelCaps
from scaler.curriculum.config import CurriculumConfig
from scaler.curriculum.retire import RetireContext, retire_rule
from scaler.curriculum.rng import Rng
from scaler.curriculum.types import CurriculumEnv

logger = logging.getLogger(__name__)


class Curator:
    """Keeps the active set over a pool of environments; shares the curriculum's :class:`Rng` and :class:`LevelCaps`."""

    def __init__(self, envs: Sequence[CurriculumEnv], rng: Rng, config: CurriculumConfig, caps: LevelCaps) -> None:
        self.envs = {e.env_id: e for e in envs}
        self.rng = rng
        self.config = config
        self.caps = caps
        self.size = min(config.active_size, len(self.envs))
        self.rules = [(name, retire_rule(name)) for name in config.retire_rules]
        self.replacement = config.replacement
        self.active: list[str] = []
        # env -> [[difficulty, success, informative], ...] since activation
        self.history: dict[str, list[list[float]]] = {}
        self.first_seen: dict[str, int] = {}
        self.last_retired: dict[str, list[Any]] = {}  # env -> [step, rule]
        self.quarantined: dict[str, str] = {}
        self.events: list[dict[str, Any]] = []
        self._fill(step=-1)  # step -1: before the first step

    # ------------------------------------------------------------------ evidence
    def record(self, env_id: str, difficulty: float, success: float, informative: float | None = None) -> None:
        """Append one step of an active environment's history (difficulty after the update; ``informative``:
        the fraction of its groups with mixed rewards, when known)."""
        c = self.config
        keep = max(c.retire_window, c.retire_zero_steps, c.retire_max_steps, c.retire_uninformative_steps)
        rows = self.history.setdefault(env_id, [])
        rows.append([difficulty, success] if informative is None else [difficulty, success, informative])
        del rows[: max(0, len(rows) - keep)]

    def retire_reason(self, env_id: str) -> tuple[str, str] | None:
        """``(rule, detail)`` when ``env_id`` should leave the active set now, else None."""
        context = RetireContext(self.history.get(env_id, []), self.caps.top(env_id), self.config)
        for name, rule in self.rules:
            detail = rule(context)
            if detail is not None:
                return name, detail
        return None

    # ------------------------------------------------------------------ changes
    def review(self, step: int) -> list[dict[str, Any]]:
        """Retire what the rules say and replace it; returns this review's events.

        An environment is only retired when a replacement exists (the pool may be exhausted)."""
        verdicts = [(env_id, self.retire_reason(env_id)) for env_id in self.active]
        retiring = [(env_id, verdict) for env_id, verdict in verdicts if verdict is not None]
        start = len(self.events)
        # fresh replacement does not bring back what leaves now; upstream's uniform draw may
        leaving = [env_id for env_id, _ in retiring] if self.replacement == "fresh" else []
        for env_id, (rule, detail) in retiring:
            candidate = self._pick(exclude=[*leaving, *self.active], replacing=env_id)
            if candidate is None:
                break
            self._remove(env_id, step, "retired", f"{rule}: {detail}")
            self.last_retired[env_id] = [step, rule]
            self._add(candidate, step)
        return self.events[start:]

    def quarantine(self, env_id: str, reason: str, step: int) -> None:
        """Remove ``env_id`` for good (a broken environment); a replacement joins at once."""
        if env_id not in self.envs:
            raise ValueError(f"cannot quarantine unknown environment {env_id!r}")
        if env_id in self.quarantined:
            return
        self.quarantined[env_id] = reason
        if env_id in self.active:
            self._remove(env_id, step, "quarantined", reason)
            self._fill(step)
        else:
            self._log(step, env_id, "quarantined", reason)

    def cap(self, env_id: str, level: int, reason: str, step: int) -> None:
        """Keep ``env_id`` at or below ``level`` from now on (its higher levels cannot be made)."""
        self.caps.cap(env_id, level)
        self._log(step, env_id, "capped", f"max level {level}: {reason}")

    def _fill(self, step: int) -> None:
        while len(self.active) < self.size:
            candidate = self._pick(exclude=self.active)
            if candidate is None:
                return
            self._add(candidate, step)

    def _pick(self, exclude: Sequence[str], replacing: str | None = None) -> str | None:
        """The next environment to add; family counts leave out ``replacing``, which is leaving."""
        banned = set(exclude) | set(self.quarantined)
        candidates = [e for e in self.envs if e not in banned]
        if not candidates:
            return None
        if self.replacement == "uniform":
            return candidates[self.rng.below(len(candidates))]
        families = Counter(self.envs[e].family for e in self.active if e != replacing)
        order = self.rng.sample(candidates, len(candidates))  # seeded tie-break

        def priority(env_id: str) -> tuple[Any, ...]:
            retired = self.last_retired.get(env_id)
            mastered = retired is not None and retired[1] == "max"
            return (env_id in self.first_seen, mastered, families[self.envs[env_id].family],
                    retired[0] if retired else -1)

        return min(order, key=priority)

    def _add(self, env_id: str, step: int) -> None:
        self.active.append(env_id)
        self.history[env_id] = []
        self.first_seen.setdefault(env_id, step)
        self._log(step, env_id, "added", "")

    def _remove(self, env_id: str, step: int, event: str, reason: str) -> None:
        self.active.remove(env_id)
        self.history.pop(env_id, None)
        self._log(step, env_id, event, reason)

    def _log(self, step: int, env_id: str, event: str, reason: str) -> None:
        self.events.append({"step": step, "env_id": env_id, "event": event, "reason": reason})
        if event != "added":
            logger.log(logging.WARNING if event in ("quarantined", "capped") else logging.INFO,
                       "curriculum step %d: %s %s: %s", step, event, env_id, reason)

    # ------------------------------------------------------------------ state
    def state_dict(self) -> dict[str, Any]:
        return {
            "active": list(self.active),
            "history": {k: [list(r) for r in v] for k, v in self.history.items()},
            "first_seen": dict(self.first_seen),
            "last_retired": {k: list(v) for k, v in self.last_retired.items()},
            "quarantined": dict(self.quarantined),
            "events": [dict(e) for e in self.events],
        }

    def load_state_dict(self, state: dict[str, Any]) -> None:
        unknown = [e for e in state["active"] if e not in self.envs]
        if unknown:
            raise ValueError(f"curator state names environments not in the pool: {unknown[:5]}")
        self.active = list(state["active"])
        self.history = {k: [list(r) for r in v] for k, v in state["history"].items()}
        self.first_seen = dict(state["first_seen"])
        self.last_retired = {k: list(v) for k, v in state["last_retired"].items()}
        self.quarantined = dict(state["quarantined"])
        self.events = [dict(e) for e in state["events"]]
