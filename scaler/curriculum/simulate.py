"""Simulated learners for comparing curricula and samplers without a model, at equal rollout budget.

The figures these yield compare rules against each other under the stated assumptions; they say
nothing about how a real model learns. Two learners with different shapes, so that no conclusion
rests on one:

**pool** (:class:`PoolLearner`)

* Each environment has a latent skill ``s`` on its level axis; a rollout at level ``L`` succeeds with
  probability ``sigmoid(steepness * (s - L))``.
* Environments come in families; a family's skills are drawn around a shared mean, so some families
  start easy (above the top level) and some hard (below level 0).
* A group teaches in proportion to the spread of its rewards, ``2 * std(rewards)`` (the most at 4/8
  correct, nothing when all agree, as with GRPO's group-normalised advantage); every other environment
  of the family gains ``transfer`` times that.
* A fraction of environments is broken (never solved, never learnt). A held-out tenth, spread over
  families, is never trained: it gains only through family transfer, and measures generalisation.

**general** (:class:`GeneralLearner`)

* A general skill ``g`` shared by every environment plus a per-environment offset ``o``; a rollout at
  level ``L`` succeeds with probability ``sigmoid(k * (g + o - L))`` with a per-environment steepness
  ``k`` in [0.4, 2.5].
* Some environments have a ceiling level they never pass, some are degenerate (always solved, or
  never solved).
* Learning raises the trained environment's offset and the shared ``g``; offsets of environments not
  trained in an update decay back towards where they started (forgetting).
* Held-out environments are never trained: their success comes from ``g`` alone.

**Updates.** Both learners take one update per policy step from the groups the policy keeps. An
update is averaged over the groups in it (as TRL's loss is normalised over the batch), so a group's
gain is ``rate * 2 * std(rewards) * batch_size / groups_in_update``: zero-variance groups dilute an
update, and a policy that drops them (with or without refilling the batch) takes larger steps from
what remains. Every generated rollout counts against the budget, discarded or not.
"""

from __future__ import annotations

import math
import random
import statistics
from dataclasses import dataclass
from typing import Callable, Protocol, Sequence

from scaler.curriculum.baselines import Sampler
from scaler.curriculum.metrics import Group
from scaler.curriculum.types import CurriculumEnv, Proposal


class Learner(Protocol):
    envs: list[CurriculumEnv]
    """The environments a policy may train on (held-out ones excluded)."""
    rollouts: int

    def success_probability(self, env_id: str, level: int) -> float: ...

    def learn(self, groups: Sequence[Group], batch_size: int) -> None: ...

    def summary(self) -> dict[str, float]: ...


def rollout(learner: Learner, proposals: Sequence[Proposal], rng: random.Random) -> list[Group]:
    """One group of ``learner.rollouts`` 0/1 rewards per proposal."""
    groups = []
    for p in proposals:
        q = learner.success_probability(p.env_id, p.level)
        groups.append(Group(p.env_id, p.level, p.seed, tuple(1.0 if rng.random() < q else 0.0
                                                              for _ in range(learner.rollouts))))
    return groups


def _signal(groups: Sequence[Group], batch_size: int) -> list[tuple[Group, float]]:
    """Each group's share of an update averaged over its groups: ``2 * std * batch_size / len(groups)``."""
    scale = batch_size / max(1, len(groups))
    return [(g, 2.0 * statistics.pstdev(g.rewards) * scale) for g in groups]


def _held_out(ids: Sequence[str], families: dict[str, str], fraction: float, rng: random.Random) -> set[str]:
    """About ``fraction`` of ``ids``, taken round-robin over families so every family lends some."""
    by_family: dict[str, list[str]] = {}
    for env_id in ids:
        by_family.setdefault(families[env_id], []).append(env_id)
    want = round(fraction * len(ids))
    chosen: list[str] = []
    pools = [rng.sample(members, len(members)) for _, members in sorted(by_family.items())]
    while len(chosen) < want and any(pools):
        for pool in pools:
            if pool and len(chosen) < want:
                chosen.append(pool.pop())
    return set(chosen)


@dataclass(frozen=True)
class SimConfig:
    """The ``pool`` learner."""

    n_envs: int = 128
    n_families: int = 16
    min_max_level: int = 9
    max_max_level: int = 29
    family_skill_low: float = -3.0
    family_skill_high: float = 6.0
    env_skill_sd: float = 1.5
    steepness: float = 1.0
    learning_rate: float = 0.05
    transfer: float = 0.25
    broken_fraction: float = 0.05
    held_out_fraction: float = 0.1
    rollouts: int = 8
    seed: int = 0


class PoolLearner:
    """Latent per-environment skills with family transfer (see the module docstring)."""

    def __init__(self, config: SimConfig = SimConfig()) -> None:
        self.config = config
        self.rollouts = config.rollouts
        rng = random.Random(config.seed)
        family_mean = [rng.uniform(config.family_skill_low, config.family_skill_high) for _ in range(config.n_families)]
        every: list[CurriculumEnv] = []
        self.skill: dict[str, float] = {}
        for i in range(config.n_envs):
            family = i % config.n_families
            env = CurriculumEnv(f"sim-{i:04d}", rng.randint(config.min_max_level, config.max_max_level),
                                f"family-{family}")
            every.append(env)
            self.skill[env.env_id] = rng.gauss(family_mean[family], config.env_skill_sd)
        self.family_of = {e.env_id: e.family for e in every}
        self.broken = set(rng.sample([e.env_id for e in every], round(config.broken_fraction * config.n_envs)))
        self.held_out = _held_out([e.env_id for e in every if e.env_id not in self.broken], self.family_of,
                                  config.held_out_fraction, rng)
        self.envs = [e for e in every if e.env_id not in self.held_out]
        self.initial_skill = dict(self.skill)
        self.members: dict[str, list[str]] = {}
        for e in every:
            self.members.setdefault(e.family, []).append(e.env_id)
        self.max_level = {e.env_id: e.max_level for e in every}

    def success_probability(self, env_id: str, level: int) -> float:
        if env_id in self.broken:
            return 0.0
        return 1.0 / (1.0 + math.exp(-self.config.steepness * (self.skill[env_id] - level)))

    def learn(self, groups: Sequence[Group], batch_size: int) -> None:
        gains: dict[str, float] = {}
        for g, signal in _signal(groups, batch_size):
            gain = self.config.learning_rate * signal
            for other in self.members[self.family_of[g.env_id]]:
                gains[other] = gains.get(other, 0.0) + gain * (1.0 if other == g.env_id else self.config.transfer)
        for env_id, gain in gains.items():
            if env_id not in self.broken:
                self.skill[env_id] += gain

    def _normalized(self, env_id: str) -> float:
        return max(min(self.skill[env_id], self.max_level[env_id]), 0.0) / self.max_level[env_id]

    def summary(self) -> dict[str, float]:
        learnable = [e.env_id for e in self.envs if e.env_id not in self.broken]
        return {
            "final_skill": statistics.fmean(min(self.skill[e], self.max_level[e]) for e in learnable),
            "normalized_skill": statistics.fmean(self._normalized(e) for e in learnable),
            "held_out_skill": statistics.fmean(self._normalized(e) for e in self.held_out),
            "mastered": float(sum(self.skill[e] >= self.max_level[e] for e in learnable)),
        }


@dataclass(frozen=True)
class GeneralConfig:
    """The ``general`` learner."""

    n_envs: int = 128
    n_families: int = 16
    min_max_level: int = 9
    max_max_level: int = 29
    offset_low: float = -4.0
    offset_high: float = 6.0
    offset_sd: float = 1.5
    steepness_low: float = 0.4
    steepness_high: float = 2.5
    env_rate: float = 0.04
    general_rate: float = 0.004
    forgetting: float = 0.01
    ceiling_fraction: float = 0.1
    always_solved_fraction: float = 0.05
    never_solved_fraction: float = 0.05
    held_out_fraction: float = 0.1
    rollouts: int = 8
    seed: int = 0


class GeneralLearner:
    """A shared general skill plus per-environment offsets, steepness, ceilings, degenerate
    environments and forgetting (see the module docstring)."""

    def __init__(self, config: GeneralConfig = GeneralConfig()) -> None:
        self.config = config
        self.rollouts = config.rollouts
        rng = random.Random(config.seed + 1_000_003)
        family_mean = [rng.uniform(config.offset_low, config.offset_high) for _ in range(config.n_families)]
        every = []
        self.offset: dict[str, float] = {}
        self.steepness: dict[str, float] = {}
        for i in range(config.n_envs):
            family = i % config.n_families
            env = CurriculumEnv(f"gen-{i:04d}", rng.randint(config.min_max_level, config.max_max_level),
                                f"family-{family}")
            every.append(env)
            self.offset[env.env_id] = rng.gauss(family_mean[family], config.offset_sd)
            self.steepness[env.env_id] = rng.uniform(config.steepness_low, config.steepness_high)
        ids = [e.env_id for e in every]
        shuffled = rng.sample(ids, len(ids))
        n_always = round(config.always_solved_fraction * len(ids))
        n_never = round(config.never_solved_fraction * len(ids))
        n_ceiling = round(config.ceiling_fraction * len(ids))
        self.always = set(shuffled[:n_always])
        self.never = set(shuffled[n_always:n_always + n_never])
        self.max_level = {e.env_id: e.max_level for e in every}
        self.ceiling = {e: rng.randint(1, self.max_level[e] // 2)
                        for e in shuffled[n_always + n_never:n_always + n_never + n_ceiling]}
        self.family_of = {e.env_id: e.family for e in every}
        ordinary = [e for e in ids if e not in self.always and e not in self.never and e not in self.ceiling]
        self.held_out = _held_out(ordinary, self.family_of, config.held_out_fraction, rng)
        self.envs = [e for e in every if e.env_id not in self.held_out]
        self.general = 0.0
        self.initial_offset = dict(self.offset)

    def skill(self, env_id: str) -> float:
        return self.general + self.offset[env_id]

    def success_probability(self, env_id: str, level: int) -> float:
        if env_id in self.always:
            return 1.0
        if env_id in self.never or level > self.ceiling.get(env_id, level):
            return 0.0
        return 1.0 / (1.0 + math.exp(-self.steepness[env_id] * (self.skill(env_id) - level)))

    def learn(self, groups: Sequence[Group], batch_size: int) -> None:
        c = self.config
        trained = set()
        for g, signal in _signal(groups, batch_size):
            if g.env_id in self.always or g.env_id in self.never:
                continue
            self.offset[g.env_id] += c.env_rate * signal
            self.general += c.general_rate * signal
            trained.add(g.env_id)
        for env_id, start in self.initial_offset.items():
            if env_id not in trained:
                self.offset[env_id] -= c.forgetting * (self.offset[env_id] - start)

    def _normalized(self, env_id: str) -> float:
        top = self.ceiling.get(env_id, self.max_level[env_id])
        return max(min(self.skill(env_id), top), 0.0) / self.max_level[env_id]

    def summary(self) -> dict[str, float]:
        learnable = [e.env_id for e in self.envs if e.env_id not in self.always and e.env_id not in self.never]
        return {
            "final_skill": statistics.fmean(min(self.skill(e), self.max_level[e]) for e in learnable),
            "normalized_skill": statistics.fmean(self._normalized(e) for e in learnable),
            "held_out_skill": statistics.fmean(self._normalized(e) for e in self.held_out),
            "mastered": float(sum(self.skill(e) >= self.max_level[e] and e not in self.ceiling for e in learnable)),
        }


LEARNERS: dict[str, Callable[[int, int], Learner]] = {
    "pool": lambda seed, rollouts: PoolLearner(SimConfig(seed=seed, rollouts=rollouts)),
    "general": lambda seed, rollouts: GeneralLearner(GeneralConfig(seed=seed, rollouts=rollouts)),
}
"""Simulated learners by name: ``(seed, rollouts) -> learner``."""


@dataclass(frozen=True)
class SimResult:
    """A run's headline figures."""

    informative_fraction: float
    """Mixed-reward groups among all generated ones (kept or discarded)."""
    kept_informative_fraction: float
    """Mixed-reward groups among those that went into updates."""
    final_skill: float
    normalized_skill: float
    held_out_skill: float
    mastered: float
    rollouts: int
    updates: int
    accuracy: float

    def figures(self) -> dict[str, float]:
        return dict(self.__dict__)


def simulate(sampler: Sampler, learner: Learner, *, budget: int, batch_size: int, seed: int = 0) -> SimResult:
    """Train ``learner`` with ``sampler`` until ``budget`` rollouts have been generated.

    Each step the sampler proposes ``batch_size`` prompts; a refilling sampler proposes again for the
    groups it did not keep, until the batch is full or the budget is spent. The kept groups make one
    update. Every generated rollout counts."""
    rng = random.Random(seed)
    spent = updates = generated = informative = kept_total = kept_informative = 0
    wins = 0.0
    while spent + batch_size * learner.rollouts <= budget:
        kept: list[Group] = []
        while True:
            room = min(batch_size - len(kept), (budget - spent) // learner.rollouts)  # never past the budget
            groups = rollout(learner, sampler.propose(room), rng)
            spent += sum(len(g.rewards) for g in groups)
            generated += len(groups)
            informative += sum(g.informative for g in groups)
            wins += sum(sum(g.rewards) for g in groups)
            sampler.update(groups)
            kept += [g for g in groups if sampler.keeps(g)]
            if not sampler.refill or len(kept) >= batch_size or spent + learner.rollouts > budget:
                break
        if kept:
            learner.learn(kept, batch_size)
        updates += 1
        kept_total += len(kept)
        kept_informative += sum(g.informative for g in kept)
    return SimResult(
        informative_fraction=informative / max(1, generated),
        kept_informative_fraction=kept_informative / max(1, kept_total),
        rollouts=spent, updates=updates, accuracy=wins / max(1, spent), **learner.summary())
