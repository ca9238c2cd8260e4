"""The samplers a practitioner would use instead of scaler's curriculum, rule by rule."""

import math

import pytest

from scaler.curriculum import CurriculumConfig, CurriculumEnv, Group
from scaler.curriculum.baselines import AdaRFT, CurriculumSampler, DifficultyPools, DynamicSampling, OnlineFilter

ENVS = [CurriculumEnv(f"env-{i}", 10, f"fam-{i % 2}") for i in range(4)]


def group(env_id="env-0", level=0, wins=4, n=8):
    return Group(env_id, level, 1, (1.0,) * wins + (0.0,) * (n - wins))


def test_dynamic_sampling_discards_zero_variance_groups_and_refills():
    sampler = DynamicSampling(ENVS, seed=1)
    assert sampler.refill
    assert sampler.keeps(group(wins=1)) and sampler.keeps(group(wins=7))
    assert not sampler.keeps(group(wins=0)) and not sampler.keeps(group(wins=8))
    proposals = sampler.propose(200)
    assert {p.env_id for p in proposals} == {e.env_id for e in ENVS}
    assert {p.level for p in proposals} == set(range(11))  # the whole static pool, uniformly
    assert len({p.seed for p in proposals}) == 200
    assert DynamicSampling(ENVS, seed=1).propose(5) == DynamicSampling(ENVS, seed=1).propose(5)


@pytest.mark.parametrize("wins, kept",
                         [(0, False), (1, False), (2, True), (4, True), (6, True), (7, False), (8, False)])
def test_online_filter_keeps_pass_rates_within_its_band(wins, kept):
    sampler = OnlineFilter(ENVS, seed=0, low=0.25, high=0.75)
    assert sampler.refill and sampler.keeps(group(wins=wins)) is kept


def test_difficulty_pools_move_items_between_buckets():
    sampler = DifficultyPools(ENVS, seed=0, weights=(0.0, 0.0, 1.0))
    assert set(sampler.bucket.values()) == {1} and not sampler.refill
    # no hard item yet: the empty bucket is skipped, every prompt comes from `normal`
    assert len(sampler.propose(8)) == 8
    sampler.update([group("env-0", 3, wins=0), group("env-1", 5, wins=8), group("env-2", 2, wins=3)])
    assert sampler.bucket[("env-0", 3)] == 2 and sampler.bucket[("env-1", 5)] == 0 and sampler.bucket[("env-2", 2)] == 1
    assert {(p.env_id, p.level) for p in sampler.propose(20)} == {("env-0", 3)}  # weight only on `hard`
    sampler.update([group("env-0", 3, wins=5)])
    assert sampler.bucket[("env-0", 3)] == 1
    easy = DifficultyPools(ENVS, seed=0, weights=(1.0, 0.0, 0.0))
    easy.update([group("env-1", 5, wins=8)])
    assert {(p.env_id, p.level) for p in easy.propose(10)} == {("env-1", 5)}
    assert all(easy.keeps(group(wins=w)) for w in (0, 4, 8))


def test_adarft_moves_its_target_by_tanh():
    sampler = AdaRFT(ENVS, seed=0, eta=0.1, alpha=2.0, beta=0.5)
    assert sampler.target == 0.0 and not sampler.refill
    sampler.update([group(wins=8), group(wins=8)])  # mean reward 1: harder
    assert sampler.target == pytest.approx(0.1 * math.tanh(1.0))
    sampler.update([group(wins=6)])  # mean 0.75
    expected = 0.1 * math.tanh(1.0) + 0.1 * math.tanh(0.5)
    assert sampler.target == pytest.approx(expected)
    proposals = sampler.propose(8)
    assert {p.level for p in proposals} == {round(expected * 10)}
    assert sorted(p.env_id for p in proposals) == sorted([e.env_id for e in ENVS] * 2)  # a rotation over the pool
    sampler.update([group(wins=0)] * 3)  # mean 0: easier
    assert sampler.target == pytest.approx(expected - 0.1 * math.tanh(1.0))
    sampler.update([group(wins=0)])  # clamped at 0
    assert sampler.target == 0.0
    sampler.target = 0.99
    sampler.update([group(wins=8)])
    assert sampler.target == 1.0 and {p.level for p in sampler.propose(4)} == {10}


def test_curriculum_sampler_filter():
    plain = CurriculumSampler(ENVS, CurriculumConfig(active_size=4), seed=0)
    filtered = CurriculumSampler(ENVS, CurriculumConfig(active_size=4), seed=0, zero_variance_filter=True)
    assert not plain.refill and not filtered.refill
    assert plain.keeps(group(wins=8)) and not filtered.keeps(group(wins=8)) and filtered.keeps(group(wins=3))
    proposals = filtered.propose(4)
    assert proposals == plain.propose(4)
    filtered.update([Group(p.env_id, p.level, p.seed, (1.0,) * 8) for p in proposals])
    assert filtered.curriculum.step == 1
