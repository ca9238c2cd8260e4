"""A simulated learner for comparing curricula without a model.

Assumptions (the figures it yields compare rules against each other; they say nothing about how a
real model learns):

* Each environment has a latent skill ``s`` on its level axis. A rollout at level ``L`` succeeds
  with probability ``sigmoid(steepness * (s - L))``: half the time at ``L = s``.
* Environments come in families; a family's skills are drawn around a shared mean, so some families
  are easy (skill above the top level from the start) and some hard (below level 0).
* A group teaches in proportion to the spread of its rewards: skill grows by
  ``learning_rate * 2 * std(group rewards)`` (the most at 4/8 correct, nothing when all 8 agree,
  as with GRPO's group-normalised advantage), and every other environment of the family gains
  ``transfer`` times that.
* A fraction of environments is broken (a wrong reference solution): never solved, never learnt.
* All groups of a step are rolled out with the skills at the start of the step, then learnt from,
  as with one optimiser update per step. No forgetting.

An environment is *mastered* when its skill reaches its top level (success >= 1/2 at the hardest
level); the final skill of an environment is capped at its top level, since skill beyond the
hardest level cannot be shown.
"""

from __future__ import annotations

import math
import random
import statistics
from dataclasses import asdict, dataclass
from typing import Sequence

from scaler.curriculum.config import CurriculumConfig
from scaler.curriculum.curriculum import Curriculum
from scaler.curriculum.types import CurriculumEnv, Outcome, Proposal
from scaler.curriculum.metrics import Group, StepMetrics


@dataclass(frozen=True)
class SimConfig:
    """The simulated pool and learner; :func:`simulate` also takes a step budget."""

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
    rollouts: int = 8
    seed: int = 0


class Learner:
    """The simulated policy: latent skills over a seeded pool of environments."""

    def __init__(self, config: SimConfig) -> None:
        self.config = config
        rng = random.Random(config.seed)
        family_mean = [rng.uniform(config.family_skill_low, config.family_skill_high) for _ in range(config.n_families)]
        self.envs: list[CurriculumEnv] = []
        self.skill: dict[str, float] = {}
        for i in range(config.n_envs):
            family = i % config.n_families
            spec = CurriculumEnv(f"sim-{i:04d}", rng.randint(config.min_max_level, config.max_max_level), f"family-{family}")
            self.envs.append(spec)
            self.skill[spec.env_id] = rng.gauss(family_mean[family], config.env_skill_sd)
        n_broken = round(config.broken_fraction * config.n_envs)
        self.broken = set(rng.sample([e.env_id for e in self.envs], n_broken))
        self.initial_skill = dict(self.skill)
        self.family_of = {e.env_id: e.family for e in self.envs}
        self.members: dict[str, list[str]] = {}
        for e in self.envs:
            self.members.setdefault(e.family, []).append(e.env_id)
        self.max_level = {e.env_id: e.max_level for e in self.envs}

    def success_probability(self, env_id: str, level: int) -> float:
        if env_id in self.broken:
            return 0.0
        return 1.0 / (1.0 + math.exp(-self.config.steepness * (self.skill[env_id] - level)))

    def rollout(self, proposals: Sequence[Proposal], rng: random.Random) -> list[Group]:
        """One group of ``rollouts`` 0/1 rewards per proposal."""
        groups = []
        for p in proposals:
            q = self.success_probability(p.env_id, p.level)
            rewards = tuple(1.0 if rng.random() < q else 0.0 for _ in range(self.config.rollouts))
            groups.append(Group(p.env_id, p.level, p.seed, rewards))
        return groups

    def learn(self, groups: Sequence[Group]) -> None:
        gains: dict[str, float] = {}
        for g in groups:
            gain = self.config.learning_rate * 2.0 * statistics.pstdev(g.rewards)
            for other in self.members[self.family_of[g.env_id]]:
                share = 1.0 if other == g.env_id else self.config.transfer
                gains[other] = gains.get(other, 0.0) + share * gain
        for env_id, gain in gains.items():
            if env_id not in self.broken:
                self.skill[env_id] += gain

    def summary(self) -> dict[str, float]:
        learnable = [e for e in self.skill if e not in self.broken]
        capped = [min(self.skill[e], self.max_level[e]) for e in learnable]
        start = [min(self.initial_skill[e], self.max_level[e]) for e in learnable]
        return {
            "final_skill": statistics.fmean(capped),
            "skill_gain": statistics.fmean(c - s for c, s in zip(capped, start)),
            "normalized_skill": statistics.fmean(max(c, 0.0) / self.max_level[e] for c, e in zip(capped, learnable)),
            "mastered": float(sum(self.skill[e] >= self.max_level[e] for e in learnable)),
            "mastered_at_start": float(sum(self.initial_skill[e] >= self.max_level[e] for e in learnable)),
        }


@dataclass(frozen=True)
class SimResult:
    """A run's headline figures and its per-step metrics."""

    informative_fraction: float
    accuracy: float
    normalized_level: float
    final_skill: float
    skill_gain: float
    normalized_skill: float
    mastered: float
    mastered_at_start: float
    retired: float
    envs_trained: float
    steps: list[StepMetrics]

    def figures(self) -> dict[str, float]:
        out = asdict(self)
        del out["steps"]
        return out


def simulate(
    curriculum_config: CurriculumConfig,
    sim: SimConfig = SimConfig(),
    *,
    steps: int = 300,
    batch_size: int = 32,
    seed: int = 0,
) -> SimResult:
    """Train the simulated learner for ``steps`` steps of ``batch_size`` prompts under a curriculum."""
    learner = Learner(sim)
    curriculum = Curriculum(learner.envs, curriculum_config, seed=seed)
    rng = random.Random(seed)
    history: list[StepMetrics] = []
    informative = groups = wins = rollouts = 0
    level_sum = 0.0
    trained: set[str] = set()
    for _ in range(steps):
        proposals = curriculum.propose(batch_size)
        step_groups = learner.rollout(proposals, rng)
        metrics = curriculum.update([Outcome(g.env_id, g.level, g.seed, r) for g in step_groups for r in g.rewards])
        learner.learn(step_groups)
        history.append(metrics)
        informative += sum(g.informative for g in step_groups)
        groups += len(step_groups)
        wins += sum(sum(g.rewards) for g in step_groups)
        rollouts += sum(len(g.rewards) for g in step_groups)
        level_sum += metrics.normalized_level * len(step_groups)
        trained.update(p.env_id for p in proposals)
    return SimResult(
        informative_fraction=informative / groups,
        accuracy=wins / rollouts,
        normalized_level=level_sum / groups,
        retired=float(sum(m.retired for m in history)),
        envs_trained=float(len(trained)),
        steps=history,
        **learner.summary(),
    )
