"""Built-in environments: records validate and round-trip, level tables grow, generators are deterministic.

Generators are our own trusted code, so they run in-process here; cross-solution agreement through the
sandbox is tested with the engine.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from itertools import pairwise

import pytest

from scaler.environment import Environment
from scaler.envs.builtin import builtin_environments

ENVS = builtin_environments()
STDIN_BUDGET = 2048  # chars of generated stdin at the top level


def load_generator(env: Environment):
    namespace: dict = {}
    exec(compile(env.generator, f"<generator of {env.id}>", "exec"), namespace)
    return namespace[env.generator_entry]


def generate(env: Environment, level: int, seed: int) -> tuple[str, object]:
    return load_generator(env)(env.params_at(level), random.Random(seed))


def test_registry_is_sorted_unique_and_covers_every_output_type():
    ids = [env.id for env in ENVS]
    assert ids == sorted(set(ids))
    assert len(ENVS) >= 8
    types = Counter(env.output_type for env in ENVS)
    assert types["number"] >= 1 and types["array"] >= 2 and types["string"] >= 2
    assert len({env.family for env in ENVS}) >= 4


@pytest.mark.parametrize("env", ENVS, ids=lambda env: env.id)
def test_record_round_trips_through_row_and_json(env: Environment):
    assert Environment.from_row(env.to_row()) == env
    assert Environment.from_row(json.loads(env.to_json())) == env


@pytest.mark.parametrize("env", ENVS, ids=lambda env: env.id)
def test_record_has_one_python_and_one_cpp_solution_family_and_provenance(env: Environment):
    assert sorted(s.language for s in env.solutions) == ["cpp", "python"]
    assert env.provenance.source and env.provenance.license == "Apache-2.0"
    assert env.tags and env.family and env.family_name == env.family
    assert "Input" in env.statement and env.output_instruction.startswith("Output")


@pytest.mark.parametrize("env", ENVS, ids=lambda env: env.id)
def test_levels_grow_and_span_the_scale_params(env: Environment):
    assert 10 <= len(env.levels) <= 21
    for lower, higher in pairwise(env.levels):
        assert all(higher[name] >= lower[name] for name in env.scale_params), (lower, higher)
        assert any(higher[name] > lower[name] for name in env.scale_params), (lower, higher)
    for name, param in env.scale_params.items():
        assert env.levels[0][name] == param.min and env.levels[-1][name] == param.max


@pytest.mark.parametrize("env", ENVS, ids=lambda env: env.id)
def test_generator_is_deterministic_and_ignores_module_level_random(env: Environment):
    for level in (0, env.max_level // 2, env.max_level):
        random.seed(1)
        first = generate(env, level, seed=7)
        random.seed(2)
        second = generate(env, level, seed=7)
        assert first == second
        stdin, display = first
        assert isinstance(stdin, str) and stdin.strip()
        json.dumps(display)


@pytest.mark.parametrize("env", ENVS, ids=lambda env: env.id)
def test_generator_seeds_give_different_inputs(env: Environment):
    inputs = {generate(env, env.max_level, seed)[0] for seed in range(5)}
    assert len(inputs) == 5


@pytest.mark.parametrize("env", ENVS, ids=lambda env: env.id)
def test_top_level_stdin_fits_the_budget(env: Environment):
    sizes = [len(generate(env, env.max_level, seed)[0]) for seed in range(20)]
    assert max(sizes) <= STDIN_BUDGET
    assert max(sizes) > max(len(generate(env, 0, seed)[0]) for seed in range(20))
