"""`scaler train` (and the pool options it shares with the CLI) from a user's shell: every failure is
one line, `scaler: error: ...`, with a non-zero exit and no traceback; `--help` is scaler's own."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from conftest import SCALER_8, needs_shared

pytest.importorskip("trl")


def scaler(*args: str, cwd=None) -> subprocess.CompletedProcess:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1"}
    return subprocess.run([sys.executable, "-m", "scaler", *args], capture_output=True, text=True, env=env,
                          cwd=cwd, timeout=600)


def one_line_error(run: subprocess.CompletedProcess) -> str:
    assert run.returncode != 0, run.stdout
    assert "Traceback" not in run.stderr, run.stderr
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("scaler: error: "), run.stderr
    return lines[0]


@needs_shared(SCALER_8)
def test_a_scaler_json_as_pool_says_to_import_it():
    line = one_line_error(scaler("sample", "x", "--pool", str(SCALER_8)))
    assert "scaler import-scaler" in line and "SCALER-8.json" in line


def test_a_hub_pool_offline_is_one_line():
    line = one_line_error(scaler("envs", "list", "--pool", "some/hub-id"))
    assert "some/hub-id" in line


def test_train_with_a_hub_model_offline_is_one_line(tmp_path):
    line = one_line_error(scaler("train", "--model_name_or_path", "Qwen/Qwen3-0.6B", "--output_dir", str(tmp_path)))
    assert "Qwen/Qwen3-0.6B" in line and "HF_HUB_OFFLINE" in line


@pytest.mark.parametrize("args, words", [
    (["--no_such_option", "1"], "unknown option(s) on the command line: no_such_option"),
    (["--config", "no-such-recipe"], "shipped: qwen3-1.7b-base"),
    (["--config"], "--config needs"),
    (["--curriculum", "{active_size: 8}"], "JSON object"),
    (["--max_steps", "0"], "set max_steps"),
], ids=["unknown-flag", "unknown-recipe", "config-without-value", "bad-json", "no-max-steps"])
def test_train_argument_errors_are_one_line(tmp_path, args, words):
    assert words in one_line_error(scaler("train", *args, "--output_dir", str(tmp_path)))


def test_train_help_is_scalers_and_works_from_any_directory(tmp_path):
    run = scaler("train", "--config=qwen3-1.7b-base", "--help", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("usage: scaler train [--config RECIPE]")
    assert "--model_name_or_path Qwen/Qwen3-1.7B-Base" in run.stdout and "--pool_trust_remote_code true" in run.stdout
    assert len(run.stdout.splitlines()) < 150
    full = scaler("train", "--help-all", cwd=tmp_path)
    assert full.returncode == 0 and "usage: scaler train" in full.stdout and "--lora_r" in full.stdout
