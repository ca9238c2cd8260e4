"""The held-out split: enough environments reserved, spread over families, never sampled by training."""

from __future__ import annotations

import random
from contextlib import ExitStack
from types import SimpleNamespace

import pytest

from scaler.curriculum import Outcome
from scaler.envs import builtin_environments, held_out_environments, train_environments
from scaler.errors import ConfigError
from scaler.instance import TRAIN_SEED_LIMIT


def test_train_environments_drops_exactly_the_held_out_ones():
    envs = builtin_environments()
    train, held = train_environments(envs), held_out_environments(envs)
    assert {e.id for e in train} | {e.id for e in held} == {e.id for e in envs}
    assert not {e.id for e in train} & {e.id for e in held}
    assert not any(e.held_out for e in train)


def test_a_pool_that_is_all_held_out_is_refused(toy_env):
    import dataclasses

    with pytest.raises(ConfigError, match="held out"):
        train_environments([dataclasses.replace(toy_env, held_out=True)])


def test_the_training_curriculum_never_proposes_a_held_out_environment_or_an_eval_seed():
    """Through ``build_stream`` (what ``scaler train`` runs): many steps of proposals and updates."""
    from scaler.training.config import ScalerArguments
    from scaler.training.run import build_stream

    envs = builtin_environments()
    held = {e.id for e in held_out_environments(envs)}
    if not held:
        pytest.skip("the built-in pool marks no environment held out yet")
    args = SimpleNamespace(generation_batch_size=64, num_generations=4, seed=0)
    rng = random.Random(0)
    with ExitStack() as resources:
        stream = build_stream(ScalerArguments(curriculum={"active_size": 8}), args, None, resources, envs)
        curriculum = stream.curriculum
        assert held.isdisjoint(curriculum.envs)
        seen = set()
        for _ in range(300):
            proposals = curriculum.propose(16)
            seen.update(p.env_id for p in proposals)
            assert all(0 <= p.seed < TRAIN_SEED_LIMIT for p in proposals)
            curriculum.update([Outcome(p.env_id, p.level, p.seed, float(rng.random() < 0.5)) for p in proposals])
    assert seen and held.isdisjoint(seen)
    assert len(seen) > 8  # curation rotated environments in and out, and still never a held-out one


def test_the_builtin_pool_holds_out_at_least_a_tenth_spread_over_families():
    envs = builtin_environments()
    held = held_out_environments(envs)
    assert len(held) * 10 >= len(envs), f"{len(held)} of {len(envs)} built-in environments are held out; need >= 10%"
    families = {e.family for e in envs}
    bare = sorted(f for f in families if not any(e.family == f for e in held))
    assert not bare, f"families with no held-out environment: {bare}"
