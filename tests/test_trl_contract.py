"""The TRL behaviours scaler's stream relies on (see scaler/training/trl_contract.py), checked against
the installed TRL: an upgrade that changes one of them fails here, by name, before it silently breaks
training. The end-to-end tests (test_training_e2e.py) then check the whole loop through a real trainer."""

from __future__ import annotations

import inspect
from types import SimpleNamespace

import pytest

pytest.importorskip("trl")

from datasets import IterableDataset  # noqa: E402
from trl import GRPOConfig, GRPOTrainer  # noqa: E402
from trl.trainer import utils as trl_utils  # noqa: E402

from scaler.errors import ConfigError  # noqa: E402
from scaler.training.trl_contract import (  # noqa: E402
    TESTED_TRL,
    check_trl_version,
    configure_grpo_args,
    prompts_per_generation_batch,
)


def test_installed_trl_is_the_tested_one():
    assert check_trl_version() is None


def test_an_untested_trl_version_is_named_in_a_warning():
    with pytest.warns(UserWarning, match=r"trl 9\.0\.0 is installed.*verified on trl<1\.17,>=1\.16"):
        message = check_trl_version("9.0.0")
    assert "tests/test_trl_contract.py" in message and str(TESTED_TRL) in message


def test_1_iterable_train_sets_are_repeated_per_prompt_in_stream_order():
    assert "repeat_iterable_dataset" in inspect.getsource(GRPOTrainer.get_train_dataloader)
    rows = IterableDataset.from_generator(lambda: ({"i": i} for i in range(6)))
    repeated = trl_utils.repeat_iterable_dataset(rows, mini_repeat_count=2, batch_size=3, repeat_count=1)
    assert [r["i"] for r in repeated] == [0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5]
    call = inspect.getsource(GRPOTrainer.get_train_dataloader)
    assert "batch_size=self.args.generation_batch_size // self.num_generations" in call
    assert "mini_repeat_count=self.num_generations" in call


def test_2_shuffle_dataset_puts_a_buffer_in_front_of_the_stream():
    assert "if self.shuffle_dataset:" in inspect.getsource(GRPOTrainer.get_train_dataloader)
    assert "shuffle_dataset" in {f for f in GRPOConfig.__dataclass_fields__}


def test_3_iterable_datasets_force_dispatch_batches_off():
    assert "dispatch_batches = False" in inspect.getsource(GRPOTrainer.__init__)


def test_4_rewards_get_every_column_but_prompt_and_log_metric():
    source = inspect.getsource(GRPOTrainer._calculate_rewards)
    assert 'key not in ["prompt", "completion", "completion_ids"]' in source
    assert 'reward_kwargs["log_metric"]' in source
    assert "prompts=prompts, completions=completions" in source


def test_5_configure_grpo_args_forces_what_the_stream_needs(tmp_path):
    args = GRPOConfig(output_dir=str(tmp_path), max_steps=2, use_cpu=True, bf16=False, per_device_train_batch_size=4,
                      num_generations=2, shuffle_dataset=True, ignore_data_skip=False, report_to="none")
    configure_grpo_args(args)
    assert args.shuffle_dataset is False and args.ignore_data_skip is True
    assert prompts_per_generation_batch(args) == args.generation_batch_size // 2
    args.max_steps = -1
    with pytest.raises(ConfigError, match="set max_steps"):
        configure_grpo_args(args)


def test_7_scored_batches_carry_the_mask_advantages_and_loss_normaliser():
    source = inspect.getsource(GRPOTrainer._generate_and_score_completions)
    for key in ('"completion_mask": completion_mask', '"advantages": advantages',
                '"num_items_in_batch": num_items_in_batch'):
        assert key in source
    assert "num_items_in_batch = self.accelerator.gather(loss_mask.sum()).sum()" in source
    assert "advantages = advantages / (std_rewards + 1e-4)" in source  # a zero-std group's advantages are 0
    assert "advantages = advantages[process_slice]" in source
    loss = inspect.getsource(GRPOTrainer._compute_loss)
    assert 'elif self.loss_type in ["cispo", "dapo", "vespo"]:' in loss
    assert 'normalizer = inputs["num_items_in_batch"].clamp(min=1.0)' in loss
    assert "loss = (per_token_loss * mask).sum() / mask.sum().clamp(min=1.0)" in loss  # bnpo


def test_7_the_zero_variance_filter_refuses_what_would_split_groups_or_keep_the_normaliser():
    from scaler.training.trl_contract import check_zero_variance_filter

    def config(**kw):
        settings = {"per_device_train_batch_size": 4, "num_generations": 2, **kw}
        return GRPOConfig(output_dir="unused", report_to="none", use_cpu=True, bf16=False, **settings)

    check_zero_variance_filter(config())
    # one process's share of a generation batch split mid-group (TRL only checks the global batch): 2 processes x 3
    split = SimpleNamespace(per_device_train_batch_size=3, steps_per_generation=1, num_generations=2,
                            loss_type="dapo", multi_objective_aggregation="sum_then_normalize")
    with pytest.raises(ConfigError, match=r"\(3\) to be a multiple of num_generations \(2\)"):
        check_zero_variance_filter(split)
    with pytest.raises(ConfigError, match="loss_type one of"):
        check_zero_variance_filter(config(loss_type="grpo"))
