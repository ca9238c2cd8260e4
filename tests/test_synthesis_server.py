"""Synthesis against a real OpenAI-compatible server on loopback: ``transformers serve`` with
SmolLM2-135M-Instruct from the PyPI wheel (converted offline). A 135M model mostly cannot do the job:
the run must still finish, record every exchange, and say in its funnel why each problem failed."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from scaler.synthesis.examples import EXAMPLE_PROBLEMS

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server():
    pytest.importorskip("fastapi")
    from scaler.training.models import resolve_model

    try:
        model = resolve_model("scaler:smollm2-135m-instruct")
    except (FileNotFoundError, ImportError) as e:
        pytest.skip(f"SmolLM2 weights unavailable: {e}")
    cli = shutil.which("transformers", path=os.path.dirname(sys.executable))
    if cli is None:
        pytest.skip("the transformers CLI is not installed")
    port = _free_port()
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    proc = subprocess.Popen([cli, "serve", model, "--host", "127.0.0.1", "--port", str(port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 300
        while True:
            try:
                urllib.request.urlopen(f"{url}/health", timeout=5)
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("transformers serve did not come up")
                time.sleep(2)
        yield f"{url}/v1", model
    finally:
        os.killpg(proc.pid, 9)
        proc.wait()


def test_a_real_server_runs_the_pipeline_and_the_funnel_says_why(server, tmp_path: Path):
    url, model = server
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "scaler", "synthesize", "--problems", str(EXAMPLE_PROBLEMS), "--limit", "2",
         "--llm", url, "--llm-model", model, "--max-tokens", "48", "--attempts", "1", "--timeout", "600",
         "--out", str(out), "--trust-remote-code", "--json"],
        capture_output=True, text=True, timeout=1800)
    assert proc.returncode == 0, proc.stderr[-3000:]
    funnel = json.loads(proc.stdout)
    assert funnel["problems"] == 2 and funnel["prompt_tokens"] > 0 and funnel["completion_tokens"] > 0
    exchanges = [json.loads(line) for line in (out / "llm.jsonl").read_text().splitlines()]
    assert exchanges and all(e["response"]["text"] and e["response"]["model"] for e in exchanges if "response" in e)
    results = [json.loads(p.read_text()) for p in (out / "results").glob("*.json")]
    assert len(results) == 2
    for result in results:  # accepted, or rejected with a stage, a check and a message
        assert result["status"] == "accepted" or (result["stage"] and result["check"] and result["message"])
    assert "| stage | reached | rejected here |" in (out / "funnel.md").read_text()
