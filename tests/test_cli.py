"""The `scaler` command line, run as a user would (subprocesses)."""

from __future__ import annotations

import json
import subprocess
import sys


from conftest import SCALER_8, needs_shared


def scaler(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    proc = subprocess.run([sys.executable, "-m", "scaler", *args], capture_output=True, text=True)
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
    [one] = json.loads(scaler("sample", env_id, "--level", "0", "--seed", "3", "--json").stdout)  # always a list
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
    proc = scaler("import-scaler", str(SCALER_8), "--out", str(out), "--trust-remote-code")
    assert "8/8 environments run" in proc.stdout or "environments run" in proc.stdout
    rows = json.loads(scaler("envs", "list", "--pool", str(out), "--json").stdout)
    assert len(rows) >= 7
    report = json.loads((out / "import-report-scaler-8.json").read_text())
    assert len(report) == 8
    refused = scaler("sample", rows[0]["id"], "--pool", str(out), check=False)
    assert refused.returncode == 2 and "trust-remote-code" in refused.stderr
    [inst] = json.loads(scaler("sample", rows[0]["id"], "--pool", str(out), "--trust-remote-code", "--json").stdout)
    assert inst["answer"]
    untrusted = scaler("import-scaler", str(SCALER_8), "--out", str(tmp_path / "again"), check=False)
    assert untrusted.returncode == 2 and "--trust-remote-code" in untrusted.stderr
    assert not (tmp_path / "again").exists()  # refused before anything ran or was written


def test_version_and_one_line_errors_without_traceback(tmp_path):
    assert scaler("--version").stdout.startswith("scaler ")
    bad = tmp_path / "not-a-pool"
    bad.mkdir()
    proc = scaler("envs", "list", "--pool", str(bad), check=False)
    assert proc.returncode == 2 and proc.stderr.startswith("scaler: error: ") and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    debug = scaler("--debug", "envs", "list", "--pool", str(bad), check=False)
    assert debug.returncode != 0 and "Traceback" in debug.stderr


def test_json_into_a_closed_pipe_is_not_an_error():
    # ~500 KB of JSON into a reader that leaves after 10 bytes: the writer gets EPIPE mid-stream
    proc = subprocess.run(f"set -o pipefail; {sys.executable} -m scaler sample max-subarray-sum --level 3 --n 300 "
                          "--json | head -c 10", shell=True, executable="/bin/bash", capture_output=True, text=True)
    assert proc.returncode == 0 and proc.stdout == "[\n  {\n    "[:10]
    assert "Traceback" not in proc.stderr and "BrokenPipe" not in proc.stderr
