"""The instance engine through the real sandbox: determinism, errors, budgets, cross-checks."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys

import pytest

from scaler.engine import EngineConfig, InstanceEngine, make_instances
from scaler.errors import InstanceError, UntrustedCodeError
from scaler.environment import Solution
from scaler.prompt import SYSTEM_PROMPT


@pytest.fixture(scope="module")
def engine():
    with InstanceEngine() as e:
        yield e


def test_instance_is_a_pure_function_of_env_level_seed(engine, toy_env):
    a = engine.instance(toy_env, 2, 7)
    b = engine.instance(toy_env, 2, 7)
    assert a == b
    with InstanceEngine() as fresh:  # a fresh pool (new worker processes) gives the same instance
        assert fresh.instance(toy_env, 2, 7) == a
    xs = [int(x) for x in a.input.split()[1:]]
    assert a.answer == str(sum(xs)) and len(xs) == 20


def test_same_instance_in_a_new_process(engine):
    from scaler.envs import builtin_environments

    env = builtin_environments()[0]
    here = engine.instance(env, 1, 123)
    out = subprocess.run(
        [sys.executable, "-m", "scaler", "sample", env.id, "--level", "1", "--seed", "123", "--json"],
        capture_output=True, text=True, check=True,
    )
    assert json.loads(out.stdout) == [here.as_dict()]


def test_different_seeds_differ(engine, toy_env):
    inputs = {inst.input for inst in make_instances([(toy_env, 3, seed) for seed in range(20)], engine=engine)}
    assert len(inputs) == 20


def test_prompt_layout(engine, toy_env):
    inst = engine.instance(toy_env, 1, 0)
    system, user = inst.prompt
    assert system == {"role": "system", "content": SYSTEM_PROMPT}
    assert "\\boxed{}" in SYSTEM_PROMPT and "{{" not in SYSTEM_PROMPT
    assert toy_env.id not in user["content"]
    assert inst.input.strip() in user["content"]
    assert user["content"].index("# Problem Description:") < user["content"].index("# Input Instance:") < user["content"].index("# Instruction")


def test_dict_input_format_shows_the_generator_view(toy_env):
    with InstanceEngine(config=EngineConfig(input_format="dict")) as e:
        inst = e.instance(toy_env, 1, 0)
    assert "'xs': [" in inst.prompt[1]["content"]


def test_prompt_over_budget_is_an_error_not_a_truncation(toy_env):
    with InstanceEngine(config=EngineConfig(max_prompt_chars=560)) as e:
        assert len(e.instance(toy_env, 0, 0).prompt[1]["content"]) <= 560
        with pytest.raises(InstanceError, match="over the budget"):
            e.instance(toy_env, 3, 0)
    counter = lambda prompt: sum(len(m["content"].split()) for m in prompt)  # noqa: E731
    with InstanceEngine(config=EngineConfig(max_prompt_tokens=60), token_counter=counter) as e:
        with pytest.raises(InstanceError, match="tokens, over the budget"):
            e.instance(toy_env, 3, 0)


def test_untrusted_environment_does_not_run(engine, toy_env):
    with pytest.raises(UntrustedCodeError, match="trust_remote_code"):
        engine.instance(dataclasses.replace(toy_env, trusted=False), 0, 0)


def test_cross_check_rejects_disagreeing_solutions(toy_env):
    wrong = dataclasses.replace(
        toy_env, solutions=[toy_env.solutions[0], Solution("python", "input()\nprint(sum(map(int, input().split())) + 1)")]
    )
    with InstanceEngine(config=EngineConfig(cross_check=True)) as e:
        assert e.instance(toy_env, 2, 0).answer  # python vs C++ agree
        with pytest.raises(InstanceError, match="disagree"):
            e.instance(wrong, 2, 0)


def test_cpp_only_environment(engine, toy_env):
    cpp_only = dataclasses.replace(toy_env, solutions=[toy_env.solutions[1]])
    assert engine.instance(cpp_only, 2, 5).answer == engine.instance(toy_env, 2, 5).answer


def test_crashing_generator_is_reported_per_instance(engine, toy_env):
    broken = dataclasses.replace(
        toy_env,
        generator="def generate(params, rng):\n    if params['n'] > 10:\n        raise RuntimeError('boom')\n    return '1\\n5\\n'\n",
    )
    results = engine.instances([(broken, 1, 0), (broken, 3, 0), (toy_env, 3, 0)], on_error="return")
    assert results[0].answer == "5"
    assert isinstance(results[1], InstanceError) and results[1].stage == "generator" and "boom" in str(results[1])
    assert results[2].answer  # the pool still serves the next request
    with pytest.raises(InstanceError, match="boom"):
        engine.instance(broken, 3, 0)


def test_bad_level_and_seed(engine, toy_env):
    with pytest.raises(ValueError, match="level"):
        engine.instance(toy_env, 9, 0)
    with pytest.raises(ValueError, match="seed"):
        engine.instance(toy_env, 0, -1)
