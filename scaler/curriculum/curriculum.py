"""The adaptive curriculum: one difficulty controller per environment, a curator of the active set,
and a seeded RNG - a pure-Python object the trainer asks what to train on next.

Each step the trainer calls :meth:`Curriculum.propose` for the prompts (environment, level, seed),
rolls them out, and passes every rollout's reward to :meth:`Curriculum.update`. The whole state is
JSON (:meth:`state_dict`) and restores exactly, so a resumed run proposes what the original would.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Mapping, Sequence

from scaler.curriculum.caps import LevelCaps
from scaler.curriculum.config import CurriculumConfig
from scaler.curriculum.controllers import LevelResult, make_controller
from scaler.curriculum.curator import Curator
from scaler.curriculum.metrics import Group, StepMetrics, step_metrics
from scaler.curriculum.rng import TRAIN_SEED_LIMIT, Rng, splitmix64, train_seed
from scaler.curriculum.types import CurriculumEnv, Outcome, Proposal

STATE_VERSION = 2


class Curriculum:
    """Controllers + curator + RNG. Deterministic given its state."""

    def __init__(self, envs: Sequence[CurriculumEnv], config: CurriculumConfig | None = None, seed: int = 0) -> None:
        if not envs:
            raise ValueError("a curriculum needs at least one environment")
        ids = [e.env_id for e in envs]
        if len(set(ids)) != len(ids):
            dupes = sorted({i for i in ids if ids.count(i) > 1})
            raise ValueError(f"duplicate environment ids: {dupes[:5]}")
        self.config = config or CurriculumConfig()
        self.envs = {e.env_id: e for e in envs}
        self.seed = seed
        c = self.config
        self.rng = Rng(seed)
        self.caps = LevelCaps(envs)
        self.controllers = {
            e.env_id: make_controller(c.controller, lambda e=e.env_id: self.caps.top(e), c.target_success,
                                      c.controller_args)
            for e in envs
        }
        self.curator = Curator(envs, self.rng, c, self.caps)
        self.step = 0
        self.seed_key = splitmix64(seed ^ 0x5CA1E5EED) % TRAIN_SEED_LIMIT
        self.seed_counter = 0
        self.rotation = self.rng.below(len(self.curator.active))

    @property
    def active(self) -> list[str]:
        return list(self.curator.active)

    # ------------------------------------------------------------------ the loop
    def propose(self, batch_size: int | None = None) -> list[Proposal]:
        """Unique prompts for one step, spread evenly over the active environments.

        Each active environment gets ``batch_size // len(active)`` prompts; the remainder goes to
        the next environments of a rotation that starts at a seeded offset, so over steps every
        environment gets the same share. ``None`` means ``len(active) * prompts_per_env``."""
        active = self.curator.active
        if not active:
            raise RuntimeError("no environment is left to train on (all quarantined)")
        if batch_size is None:
            batch_size = len(active) * self.config.prompts_per_env
        if batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {batch_size}")
        n = len(active)
        share, extra = divmod(batch_size, n)
        counts = [share] * n
        for i in range(extra):
            counts[(self.rotation + i) % n] += 1
        self.rotation = (self.rotation + extra) % n
        proposals = []
        for env_id, m in zip(active, counts):
            top = self.caps.top(env_id)
            for level in self.controllers[env_id].levels(m, self.rng) if m else ():
                proposals.append(Proposal(env_id, min(level, top), self._next_seed()))
        return proposals

    def update(self, outcomes: Sequence[Outcome]) -> StepMetrics:
        """Learn from every rollout of the step; retire and replace environments; return the metrics.

        Outcomes of quarantined environments are ignored (the environment is known to be broken)."""
        groups = self._groups(outcomes)
        threshold = self.config.success_threshold
        by_env: dict[str, dict[int, list[int]]] = {}
        mixed: dict[str, list[int]] = {}  # env -> [groups with mixed rewards, groups]
        for g in groups:
            tally = by_env.setdefault(g.env_id, {}).setdefault(g.level, [0, 0])
            tally[0] += sum(r >= threshold for r in g.rewards)
            tally[1] += len(g.rewards)
            count = mixed.setdefault(g.env_id, [0, 0])
            count[0] += g.informative
            count[1] += 1
        for env_id, per_level in by_env.items():
            controller = self.controllers[env_id]
            controller.update([LevelResult(lv, w, n) for lv, (w, n) in sorted(per_level.items())])
            if env_id in self.curator.active:
                wins = sum(w for w, _ in per_level.values())
                total = sum(n for _, n in per_level.values())
                self.curator.record(env_id, controller.difficulty, wins / total, mixed[env_id][0] / mixed[env_id][1])
        self.curator.review(self.step)
        metrics = step_metrics(
            self.step,
            groups,
            {e: s.max_level for e, s in self.envs.items()},
            success_threshold=threshold,
            env_levels={e: self.controllers[e].difficulty for e in self.curator.active},
            events=self._events_of(self.step),
            active=len(self.curator.active),
        )
        self.step += 1
        return metrics

    def quarantine(self, env_id: str, reason: str) -> None:
        """Take a broken environment out for good; a replacement joins the active set at once."""
        self.curator.quarantine(env_id, reason, self.step)

    def cap_level(self, env_id: str, level: int, reason: str) -> None:
        """Train ``env_id`` at or below ``level`` from now on, e.g. because its instances above it are
        too large to make (prompt over budget, generator or solution too slow). Capping below level 0
        leaves nothing to train on: the environment is quarantined instead."""
        if level < 0:
            self.quarantine(env_id, reason)
            return
        self.curator.cap(env_id, level, reason, self.step)

    # ------------------------------------------------------------------ state
    def state_dict(self) -> dict[str, Any]:
        return {
            "version": STATE_VERSION,
            "config": self.config.to_dict(),
            "envs": list(self.envs),
            "seed": self.seed,
            "step": self.step,
            "seed_key": self.seed_key,
            "seed_counter": self.seed_counter,
            "rotation": self.rotation,
            "rng": self.rng.state_dict(),
            "controllers": {e: c.state_dict() for e, c in self.controllers.items()},
            "curator": self.curator.state_dict(),
            "caps": self.caps.state_dict(),
        }

    def load_state_dict(self, state: Mapping[str, Any]) -> None:
        """Restore a :meth:`state_dict` taken from a curriculum over the same environments and config."""
        if state.get("version") != STATE_VERSION:
            raise ValueError(f"curriculum state version {state.get('version')!r}, expected {STATE_VERSION}")
        if list(state["envs"]) != list(self.envs):
            missing = sorted(set(state["envs"]) ^ set(self.envs))
            raise ValueError(f"curriculum state is for another environment pool (differs in {missing[:5]} or order)")
        saved = CurriculumConfig.from_dict(state["config"])
        if saved != self.config:
            diff = [f.name for f in dataclasses.fields(saved) if getattr(saved, f.name) != getattr(self.config, f.name)]
            raise ValueError(f"curriculum state was saved with other settings: {diff}")
        self.seed = int(state["seed"])
        self.step = int(state["step"])
        self.seed_key = int(state["seed_key"])
        self.seed_counter = int(state["seed_counter"])
        self.rotation = int(state["rotation"])
        self.rng.load_state_dict(state["rng"])
        for env_id, controller_state in state["controllers"].items():
            self.controllers[env_id].load_state_dict(controller_state)
        self.curator.load_state_dict(state["curator"])
        self.caps.load_state_dict(state["caps"])

    # ------------------------------------------------------------------ helpers
    def _next_seed(self) -> int:
        seed = train_seed(self.seed_key, self.seed_counter)
        self.seed_counter += 1
        return seed

    def _groups(self, outcomes: Sequence[Outcome]) -> list[Group]:
        rewards: dict[tuple[str, int, int], list[float]] = {}
        for o in outcomes:
            if o.env_id not in self.envs:
                raise ValueError(f"outcome for unknown environment {o.env_id!r}")
            if o.env_id in self.curator.quarantined:
                continue
            if not 0 <= o.level <= self.envs[o.env_id].max_level:
                raise ValueError(f"outcome for {o.env_id!r} at level {o.level}, outside [0, {self.envs[o.env_id].max_level}]")
            rewards.setdefault((o.env_id, o.level, o.seed), []).append(float(o.reward))
        return [Group(e, lv, sd, tuple(rs)) for (e, lv, sd), rs in rewards.items()]

    def _events_of(self, step: int) -> list[dict[str, Any]]:
        events = self.curator.events
        i = len(events)
        while i > 0 and events[i - 1]["step"] == step:
            i -= 1
        return events[i:]
