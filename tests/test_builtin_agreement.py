"""Every built-in environment, at every level, through the real sandbox: both reference solutions
agree, answers are diverse, and prompts stay within the default budget."""

from __future__ import annotations

from collections import Counter

import pytest

from scaler.engine import EngineConfig, InstanceEngine
from scaler.envs import builtin_environments

ENVS = builtin_environments()


@pytest.fixture(scope="module")
def checking_engine():
    with InstanceEngine(config=EngineConfig(cross_check=True)) as e:
        yield e


def test_there_are_enough_builtin_envs():
    assert len(ENVS) >= 5
    assert {e.output_type for e in ENVS} == {"number", "array", "string"}


@pytest.mark.parametrize("env", ENVS, ids=lambda e: e.id)
def test_solutions_agree_at_every_level(env, checking_engine):
    requests = [(env, level, seed) for level in range(len(env.levels)) for seed in range(3)]
    instances = checking_engine.instances(requests)  # raises InstanceError on any disagreement
    assert len(instances) == len(requests)


@pytest.mark.parametrize("env", ENVS, ids=lambda e: e.id)
def test_answers_are_diverse(env, checking_engine):
    level = max(env.max_level // 2, 1)
    answers = Counter(inst.answer for inst in checking_engine.instances([(env, level, s) for s in range(60)]))
    assert len(answers) >= 6, answers.most_common(3)
    assert answers.most_common(1)[0][1] <= 30, answers.most_common(3)
