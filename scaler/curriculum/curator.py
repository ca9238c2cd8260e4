"""The active set: which environments are trained now, when one is retired, what replaces it.

Retire rules (upstream SCALER's, judged after every step on the history since activation):

``zero``   the last ``zero_steps`` recorded steps all had success rate 0 (too hard, or broken);
``max``    the last ``max_steps`` recorded steps all ended at ``d == max_level`` (mastered);
``slope``  the least-squares slope of the last ``window`` difficulties is <= 0 (not progressing).

Fixed here: trailing counts are over exactly the last ``k`` records (tested at the boundary); with
``full_window`` the slope rule waits for ``window`` records instead of judging two; an environment
whose mean success over the window is within ``frontier_band`` of the target is *at* its frontier,
so a flat slope there is not retired (``frontier_band = 0`` restores the upstream rule). Replacement
never duplicates an active environment; ``"fresh"`` prefers never-seen environments, then families
least represented in the active set, then the longest-retired, with ties broken by the seeded RNG;
``"uniform"`` draws uniformly from every inactive environment, as upstream does. Every retirement,
addition and quarantine is an event kept in the state and logged.
"""

from __future__ import annotations

import logging
from collections import Counter
from typing import TYPE_CHECKING, Any, Sequence

from scaler.curriculum.rng import Rng

if TYPE_CHECKING:  # pragma: no cover
    from scaler.curriculum.curriculum import EnvSpec

logger = logging.getLogger(__name__)

RETIRE_RULES = ("zero", "max", "slope")
REPLACEMENTS = ("fresh", "uniform")


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


class Curator:
    """Keeps the active set over a pool of environments; shares the curriculum's :class:`Rng`."""

    def __init__(
        self,
        envs: Sequence[EnvSpec],
        rng: Rng,
        *,
        size: int,
        target: float,
        rules: Sequence[str] = RETIRE_RULES,
        window: int = 10,
        zero_steps: int = 5,
        max_steps: int = 5,
        frontier_band: float = 0.15,
        full_window: bool = True,
        replacement: str = "fresh",
    ) -> None:
        unknown = [r for r in rules if r not in RETIRE_RULES]
        if unknown:
            raise ValueError(f"unknown retire rules {unknown}; known: {list(RETIRE_RULES)}")
        if replacement not in REPLACEMENTS:
            raise ValueError(f"unknown replacement {replacement!r}; known: {list(REPLACEMENTS)}")
        if size < 1:
            raise ValueError(f"active-set size must be >= 1, got {size}")
        if window < 2 or zero_steps < 1 or max_steps < 1:
            raise ValueError("retire window must be >= 2 and zero/max step counts >= 1")
        self.envs = {e.env_id: e for e in envs}
        self.rng = rng
        self.size = min(size, len(self.envs))
        self.target = target
        self.rules = tuple(rules)
        self.window, self.zero_steps, self.max_steps = window, zero_steps, max_steps
        self.frontier_band = frontier_band
        self.full_window = full_window
        self.replacement = replacement
        self.active: list[str] = []
        self.history: dict[str, list[list[float]]] = {}  # env -> [[difficulty, success], ...] since activation
        self.first_seen: dict[str, int] = {}
        self.last_retired: dict[str, list[Any]] = {}  # env -> [step, rule]
        self.quarantined: dict[str, str] = {}
        self.caps: dict[str, int] = {}  # env -> highest level that can be made (below its table's top)
        self.events: list[dict[str, Any]] = []
        self._fill(step=-1)  # step -1: before the first step

    # ------------------------------------------------------------------ evidence
    def record(self, env_id: str, difficulty: float, success: float) -> None:
        """Append one step of an active environment's history (difficulty after the update)."""
        keep = max(self.window, self.zero_steps, self.max_steps)
        rows = self.history.setdefault(env_id, [])
        rows.append([difficulty, success])
        del rows[: max(0, len(rows) - keep)]

    def retire_reason(self, env_id: str) -> tuple[str, str] | None:
        """``(rule, detail)`` when ``env_id`` should leave the active set now, else None."""
        rows = self.history.get(env_id, [])
        if "zero" in self.rules and trailing([s == 0 for _, s in rows]) >= self.zero_steps:
            return "zero", f"success 0 for the last {self.zero_steps} steps"
        top = self.max_level(env_id)
        if "max" in self.rules and trailing([d >= top for d, _ in rows]) >= self.max_steps:
            return "max", f"at max level {top} for the last {self.max_steps} steps"
        if "slope" in self.rules and len(rows) >= (self.window if self.full_window else 2):
            recent = rows[-self.window :]
            trend = slope([d for d, _ in recent])
            mean_success = sum(s for _, s in recent) / len(recent)
            at_frontier = abs(mean_success - self.target) < self.frontier_band
            if trend <= 0 and not at_frontier:
                return "slope", f"difficulty slope {trend:.3f} <= 0 over {len(recent)} steps, mean success {mean_success:.2f}"
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

    def max_level(self, env_id: str) -> int:
        """The highest level ``env_id`` may be trained at: its table's top, or a lower cap."""
        return self.caps.get(env_id, self.envs[env_id].max_level)

    def cap(self, env_id: str, level: int, reason: str, step: int) -> None:
        """Keep ``env_id`` at or below ``level`` from now on (its higher levels cannot be made)."""
        if env_id not in self.envs:
            raise ValueError(f"cannot cap unknown environment {env_id!r}")
        if not 0 <= level < self.max_level(env_id):
            raise ValueError(f"cannot cap {env_id!r} at level {level}: not below its max level {self.max_level(env_id)}")
        self.caps[env_id] = level
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
            "caps": dict(self.caps),
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
        self.caps = {k: int(v) for k, v in state["caps"].items()}
        self.events = [dict(e) for e in state["events"]]
