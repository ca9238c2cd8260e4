"""The adaptive curriculum: one difficulty controller per environment, a curator of the active set,
and a seeded RNG - a pure-Python object the trainer asks what to train on next.

Each step the trainer calls :meth:`Curriculum.propose` for the prompts (environment, level, seed),
rolls them out, and passes every rollout's reward to :meth:`Curriculum.update`. The whole state is
JSON (:meth:`state_dict`) and restores exactly, so a resumed run proposes what the original would.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

from scaler.curriculum.controllers import LevelResult, make_controller
from scaler.curriculum.curator import REPLACEMENTS, RETIRE_RULES, Curator
from scaler.curriculum.metrics import Group, StepMetrics, step_metrics
from scaler.curriculum.rng import TRAIN_SEED_LIMIT, Rng, splitmix64, train_seed

STATE_VERSION = 1


@dataclass(frozen=True)
class EnvSpec:
    """What the curriculum needs to know about an environment."""

    env_id: str
    max_level: int
    family: str

    def __post_init__(self) -> None:
        if not isinstance(self.env_id, str) or not self.env_id:
            raise ValueError(f"EnvSpec.env_id must be a non-empty string, got {self.env_id!r}")
        if not isinstance(self.max_level, int) or self.max_level < 0:
            raise ValueError(f"EnvSpec {self.env_id!r}: max_level must be an int >= 0, got {self.max_level!r}")
        if not isinstance(self.family, str) or not self.family:
            raise ValueError(f"EnvSpec {self.env_id!r}: family must be a non-empty string, got {self.family!r}")

    @classmethod
    def from_environment(cls, env: Any) -> EnvSpec:
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


@dataclass
class CurriculumConfig:
    """Curriculum settings; :meth:`to_dict` / :meth:`from_dict` round-trip through plain JSON/YAML."""

    controller: str = "band"
    """Difficulty rule, by name: band (ours), scaler (upstream), rlve, threshold, uniform, fixed."""
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
    retire_rules: list[str] = field(default_factory=lambda: list(RETIRE_RULES))
    """Which retire rules apply (zero, max, slope); empty keeps the active set fixed."""
    retire_window: int = 10
    """Difficulties the slope rule fits."""
    retire_zero_steps: int = 5
    """Trailing steps at success 0 that retire an environment."""
    retire_max_steps: int = 5
    """Trailing steps at the max level that retire an environment."""
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
        unknown = [r for r in self.retire_rules if r not in RETIRE_RULES]
        if unknown:
            raise ValueError(f"unknown retire_rules {unknown}; known: {list(RETIRE_RULES)}")
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
        settings: dict[str, Any] = dict(
            controller="scaler", retire_frontier_band=0.0, retire_full_window=False, replacement="uniform"
        )
        return cls(**{**settings, **overrides})


class Curriculum:
    """Controllers + curator + RNG. Deterministic given its state."""

    def __init__(self, envs: Sequence[EnvSpec], config: CurriculumConfig | None = None, seed: int = 0) -> None:
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
        self.controllers = {
            e.env_id: make_controller(c.controller, e.max_level, c.target_success, c.controller_args) for e in envs
        }
        self.curator = Curator(
            envs, self.rng, size=c.active_size, target=c.target_success, rules=c.retire_rules,
            window=c.retire_window, zero_steps=c.retire_zero_steps, max_steps=c.retire_max_steps,
            frontier_band=c.retire_frontier_band, full_window=c.retire_full_window, replacement=c.replacement,
        )
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
            top = self.curator.max_level(env_id)
            for level in self.controllers[env_id].levels(m, self.rng) if m else ():
                proposals.append(Proposal(env_id, min(level, top), self._next_seed()))
        return proposals

    def update(self, outcomes: Sequence[Outcome]) -> StepMetrics:
        """Learn from every rollout of the step; retire and replace environments; return the metrics.

        Outcomes of quarantined environments are ignored (the environment is known to be broken)."""
        groups = self._groups(outcomes)
        threshold = self.config.success_threshold
        by_env: dict[str, dict[int, list[int]]] = {}
        for g in groups:
            tally = by_env.setdefault(g.env_id, {}).setdefault(g.level, [0, 0])
            tally[0] += sum(r >= threshold for r in g.rewards)
            tally[1] += len(g.rewards)
        for env_id, per_level in by_env.items():
            controller = self.controllers[env_id]
            controller.update([LevelResult(lv, w, n) for lv, (w, n) in sorted(per_level.items())])
            if env_id in self.curator.active:
                wins = sum(w for w, _ in per_level.values())
                total = sum(n for _, n in per_level.values())
                self.curator.record(env_id, controller.difficulty, wins / total)
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
        self._apply_cap(env_id)

    def _apply_cap(self, env_id: str) -> None:
        controller = self.controllers[env_id]
        controller.max_level = self.curator.max_level(env_id)

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
        for env_id in self.curator.caps:
            self._apply_cap(env_id)

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
