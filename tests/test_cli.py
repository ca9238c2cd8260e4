"""The `scaler` command line, run as a user would (subprocesses)."""

from __future__ import annotations

import json
import subprocess
import sys


from conftest import SCALER_8, needs_shared


def scaler(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    proc = subprocess.run([sys.executable, "-m", "scaler.cli", *args], capture_output=True, text=True)
    if check and proc.returncode != 0:
        raise AssertionError(f"scaler {' '.join(args)} failed ({proc.returncode}):\n{proc.stderr}")
    return proc


def test_envs_list_and_show():
    rows = json.loads(scaler("envs", "list", "--json").stdout)
    assert len(rows) >= 5 and {"id", "output_type", "levels"} <= set(rows[0])
    shown = scaler("envs", "show", rows[0]["id"]).stdout
    assert rows[0]["id"] in shown and "Levels:" in shown
    assert json.loads(scaler("envs", "show", rows[0]["id"], "--json").stdout)["id"] == rows[0]["id"]


def test_sample_json_fields_and_n():
    env_id = json.loads(scaler("envs", "list", "--json").stdout)[0]["id"]
    one = json.loads(scaler("sample", env_id, "--level", "0", "--seed", "3", "--json").stdout)
    assert {"env_id", "level", "seed", "prompt", "answer"} <= set(one)
    assert (one["env_id"], one["level"], one["seed"]) == (env_id, 0, 3)
    many = json.loads(scaler("sample", env_id, "--n", "3", "--json").stdout)
    assert [m["seed"] for m in many] == [0, 1, 2]
    assert "--- answer" in scaler("sample", env_id).stdout


def test_unknown_env_and_bad_level_give_clear_errors():
    proc = scaler("sample", "no-such-env", check=False)
    assert proc.returncode == 2 and "no environment 'no-such-env'" in proc.stderr
    env_id = json.loads(scaler("envs", "list", "--json").stdout)[0]["id"]
    proc = scaler("sample", env_id, "--level", "999", check=False)
    assert proc.returncode == 2 and "level 999" in proc.stderr


@needs_shared(SCALER_8)
def test_import_then_use_the_folder(tmp_path):
    out = tmp_path / "envs"
    proc = scaler("import-scaler", str(SCALER_8), "--out", str(out))
    assert "8/8 environments run" in proc.stdout or "environments run" in proc.stdout
    rows = json.loads(scaler("envs", "list", "--source", str(out), "--json").stdout)
    assert len(rows) >= 7
    report = json.loads((out / "import-report-scaler-8.json").read_text())
    assert len(report) == 8
    refused = scaler("sample", rows[0]["id"], "--source", str(out), check=False)
    assert refused.returncode == 2 and "trust-remote-code" in refused.stderr
    inst = json.loads(scaler("sample", rows[0]["id"], "--source", str(out), "--trust-remote-code", "--json").stdout)
    assert inst["answer"]
