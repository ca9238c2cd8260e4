"""What a practitioner would use instead of an adaptive multi-environment curriculum, as samplers.

A sampler proposes prompts (:meth:`propose`), sees every group it generated (:meth:`update`), and says
which generated groups go into the policy update (:meth:`keeps`) and whether a batch is refilled
until it holds ``batch_size`` kept groups (``refill``). The simulator (:mod:`scaler.curriculum.simulate`)
charges every generated rollout, kept or not.

``CurriculumSampler``  scaler's :class:`~scaler.curriculum.Curriculum` (any controller, curation or
                       preset), optionally with zero-variance groups filtered out of the update;
``DynamicSampling``    DAPO: over a static pool, drop groups whose rewards are all equal and refill;
``OnlineFilter``       online difficulty filtering: keep groups whose pass rate is within a band, refill;
``DifficultyPools``    prime-rl: easy / normal / hard buckets of (environment, level) items by their
                       latest pass rate, sampled with fixed bucket weights;
``AdaRFT``             a target difficulty moved by ``eta * tanh(alpha * (mean reward - target
                       reward))``; prompts are the items whose difficulty (normalised level) is closest.
"""

from __future__ import annotations

import math
from typing import Protocol, Sequence

from scaler.curriculum.config import CurriculumConfig
from scaler.curriculum.curriculum import Curriculum
from scaler.curriculum.metrics import Group
from scaler.curriculum.rng import Rng, train_seed
from scaler.curriculum.types import CurriculumEnv, Outcome, Proposal


class Sampler(Protocol):
    refill: bool

    def propose(self, n: int) -> list[Proposal]: ...

    def update(self, groups: Sequence[Group]) -> None: ...

    def keeps(self, group: Group) -> bool: ...


class _Seeds:
    def __init__(self, seed: int) -> None:
        self.key, self.counter = seed * 7919 + 17, 0

    def next(self) -> int:
        self.counter += 1
        return train_seed(self.key, self.counter)


class CurriculumSampler:
    """scaler's curriculum; ``zero_variance_filter`` keeps only mixed groups in the update (no refill)."""

    def __init__(self, envs: Sequence[CurriculumEnv], config: CurriculumConfig, seed: int = 0, *,
                 zero_variance_filter: bool = False, refill: bool = False) -> None:
        self.curriculum = Curriculum(envs, config, seed=seed)
        self.filter = zero_variance_filter or refill
        self.refill = refill

    def propose(self, n: int) -> list[Proposal]:
        return self.curriculum.propose(n)

    def update(self, groups: Sequence[Group]) -> None:
        self.curriculum.update([Outcome(g.env_id, g.level, g.seed, r) for g in groups for r in g.rewards])

    def keeps(self, group: Group) -> bool:
        return group.informative or not self.filter


class DynamicSampling:
    """DAPO's dynamic sampling over a static pool: a uniformly random environment and level per prompt."""

    refill = True

    def __init__(self, envs: Sequence[CurriculumEnv], seed: int = 0) -> None:
        self.envs = list(envs)
        self.rng = Rng(seed)
        self.seeds = _Seeds(seed)

    def propose(self, n: int) -> list[Proposal]:
        out = []
        for _ in range(n):
            env = self.envs[self.rng.below(len(self.envs))]
            out.append(Proposal(env.env_id, self.rng.below(env.max_level + 1), self.seeds.next()))
        return out

    def update(self, groups: Sequence[Group]) -> None:
        return None

    def keeps(self, group: Group) -> bool:
        return group.informative


class OnlineFilter(DynamicSampling):
    """Online difficulty filtering: like dynamic sampling, but keeps only pass rates in ``[low, high]``."""

    def __init__(self, envs: Sequence[CurriculumEnv], seed: int = 0, low: float = 0.25, high: float = 0.75) -> None:
        super().__init__(envs, seed)
        self.low, self.high = low, high

    def keeps(self, group: Group) -> bool:
        p = sum(group.rewards) / len(group.rewards)
        return self.low <= p <= self.high


class DifficultyPools:
    """prime-rl's difficulty pools over every (environment, level) item: items start ``normal``; an
    item whose latest group was all correct moves to ``easy``, all wrong to ``hard``, mixed to
    ``normal``; each prompt picks a bucket by ``weights`` (empty buckets skipped; when every weighted
    bucket is empty, the non-empty ones alike), then an item in it."""

    refill = False

    def __init__(self, envs: Sequence[CurriculumEnv], seed: int = 0,
                 weights: tuple[float, float, float] = (0.1, 0.8, 0.1)) -> None:
        self.items = [(e.env_id, level) for e in envs for level in range(e.max_level + 1)]
        self.bucket = {item: 1 for item in self.items}  # 0 easy, 1 normal, 2 hard
        self.weights = weights
        self.rng = Rng(seed)
        self.seeds = _Seeds(seed)

    def propose(self, n: int) -> list[Proposal]:
        members: list[list[tuple[str, int]]] = [[], [], []]
        for item in self.items:
            members[self.bucket[item]].append(item)
        weights = [w if members[b] else 0.0 for b, w in enumerate(self.weights)]
        if not any(weights):  # every weighted bucket is empty: draw from the non-empty ones alike
            weights = [1.0 if members[b] else 0.0 for b in range(3)]
        total = sum(weights)
        out = []
        for _ in range(n):
            x, b = self.rng.random() * total, 0
            while x >= weights[b] and b < 2:
                x -= weights[b]
                b += 1
            env_id, level = members[b][self.rng.below(len(members[b]))]
            out.append(Proposal(env_id, level, self.seeds.next()))
        return out

    def update(self, groups: Sequence[Group]) -> None:
        for g in groups:
            p = sum(g.rewards) / len(g.rewards)
            self.bucket[(g.env_id, g.level)] = 0 if p == 1.0 else 2 if p == 0.0 else 1

    def keeps(self, group: Group) -> bool:
        return True


class AdaRFT:
    """AdaRFT: a target difficulty ``T`` in [0, 1] moved by ``eta * tanh(alpha * (mean reward - beta))``
    each step; prompts are the items (environment, level) whose difficulty, the normalised level, is
    closest to ``T`` (environments drawn in a seeded rotation so the batch spans the pool)."""

    refill = False

    def __init__(self, envs: Sequence[CurriculumEnv], seed: int = 0, eta: float = 0.1, alpha: float = 2.0,
                 beta: float = 0.5, start: float = 0.0) -> None:
        self.envs = list(envs)
        self.rng = Rng(seed)
        self.seeds = _Seeds(seed)
        self.eta, self.alpha, self.beta, self.target = eta, alpha, beta, start
        self.order = self.rng.sample(self.envs, len(self.envs))
        self.position = 0

    def propose(self, n: int) -> list[Proposal]:
        out = []
        for _ in range(n):
            env = self.order[self.position % len(self.order)]
            self.position += 1
            level = round(self.target * env.max_level)
            out.append(Proposal(env.env_id, level, self.seeds.next()))
        return out

    def update(self, groups: Sequence[Group]) -> None:
        rewards = [r for g in groups for r in g.rewards]
        if rewards:
            mean = sum(rewards) / len(rewards)
            self.target = min(1.0, max(0.0, self.target + self.eta * math.tanh(self.alpha * (mean - self.beta))))

    def keeps(self, group: Group) -> bool:
        return True
