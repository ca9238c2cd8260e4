"""Synthesis end to end on replayed model answers: real problems, the real sandbox, real validation.

``scaler/synthesis/examples/replay.jsonl`` holds hand-written model answers: good ones that must become
valid environments, a malformed JSON answer and a generator that ignores its scale parameters (both
fixed on the next attempt after feedback), a non-unique problem, and a hostile generator that must
be contained and rejected.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from scaler.environment import ScaleParam
from scaler.errors import ScalerError
from scaler.synthesis import LLMSpec, SynthesisRun, read_problems
from scaler.synthesis.calibrate import ScaleAxis, distinct_levels, level_scales
from scaler.synthesis.examples import EXAMPLE_PROBLEMS, EXAMPLE_REPLAY
from scaler.synthesis.problems import ProblemFormatError, parse_problem
from scaler.synthesis.stages import Rejected, parse_generator, parse_meta
from conftest import SCALER_8, needs_shared

PROBLEMS, REPLAY = EXAMPLE_PROBLEMS, EXAMPLE_REPLAY
CANARY = Path("/etc/scaler-pwned")


def scaler(*args: str, check: bool = True, timeout: float = 900) -> subprocess.CompletedProcess:
    proc = subprocess.run([sys.executable, "-m", "scaler", *args], capture_output=True, text=True, timeout=timeout)
    if check and proc.returncode != 0:
        raise AssertionError(f"scaler {' '.join(args)} failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return proc


@pytest.fixture(scope="module")
def replayed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("synthesis") / "out"
    scaler("synthesize", "--problems", str(PROBLEMS), "--replay", str(REPLAY), "--out", str(out),
           "--trust-remote-code", "--workers", "3", "--json")
    return out


def results(out: Path) -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text()) for p in (out / "results").glob("*.json")}


# -- inputs ----------------------------------------------------------------------------------------
def test_codecontests_rows_keep_runnable_solutions_and_tests():
    row = {"name": "1_A. Theatre Square", "description": "Cover an n x m square.\n\nInput\nn m a\n\nOutput\nThe count.",
           "solutions": {"language": [1, 2, 3, 4], "solution": ["py2", "int main(){}", "print(1)", "class A{}"]},
           "public_tests": {"input": ["6 6 4\n"], "output": ["4\n"]}, "private_tests": {"input": [], "output": []}}
    problem = parse_problem(row)
    assert problem.schema == "codecontests" and problem.id == "1-a-theatre-square"
    assert [s.language for s in problem.solutions] == ["cpp", "python"]  # Python 2 and Java cannot run here
    assert problem.tests[0].input == "6 6 4\n" and problem.license == "CC-BY-4.0"


@needs_shared(SCALER_8)
def test_a_released_scaler_pool_reads_as_problems():
    problems = list(read_problems(SCALER_8))
    assert len(problems) == 8 and all(p.schema == "scaler" and p.solutions for p in problems)
    assert all(p.extra.get("output_type") in ("number", "array", "string") for p in problems)


@pytest.mark.parametrize("row, message", [
    ([1, 2], "expected an object"),
    ({"foo": 1}, "unknown schema"),
    ({"id": "x", "statement": "s", "solutions": [{"language": "java", "source": "x"}]}, r"solutions\[0\]"),
    ({"id": "x", "statement": "", "solutions": []}, "'statement' must be a non-empty string"),
    ({"name": "n", "description": "d", "solutions": {"language": ["x"], "solution": ["y"]}}, "malformed"),
])
def test_malformed_problems_name_the_row_and_field(row, message):
    with pytest.raises(ProblemFormatError, match=message):
        parse_problem(row, where="row 3")


def test_malformed_files_are_one_clear_error(tmp_path):
    bad = tmp_path / "p.jsonl"
    bad.write_text('{"id": "a", "statement": "s", "solutions": []}\n{not json\n')
    with pytest.raises(ProblemFormatError, match=r"p.jsonl:2: not valid JSON"):
        list(read_problems(bad))
    proc = scaler("synthesize", "--problems", str(bad), "--replay", str(REPLAY), "--out", str(tmp_path / "o"),
                  "--trust-remote-code", check=False)
    assert proc.returncode == 2 and proc.stderr.startswith("scaler: error:") and "Traceback" not in proc.stderr


def test_synthesis_needs_the_opt_in(tmp_path):
    proc = scaler("synthesize", "--problems", str(PROBLEMS), "--replay", str(REPLAY), "--out", str(tmp_path / "o"),
                  check=False)
    assert proc.returncode == 2 and "--trust-remote-code" in proc.stderr
    assert not (tmp_path / "o").exists()


# -- the LLM stages ----------------------------------------------------------------------------------
def test_meta_answers_are_schema_checked():
    meta = parse_meta('Sure! {"scale_params": {"n": {"min": 1, "max": 100}}, "output_type": "array", '
                      '"is_output_unique": true}')
    assert meta.output_type == "array" and meta.scale_params["n"].max == 100 and meta.unique
    for reply, check in [("no json", "meta-json"), ('{"scale_params": {}}', "meta-schema"),
                         ('{"scale_params": {"n m": {"min": 1, "max": 2}}}', "meta-schema"),
                         ('{"scale_params": {"n": {"min": 5, "max": 2}}}', "meta-schema"),
                         ('{"scale_params": {"n": {"min": 1, "max": 2}}, "output_type": "graph"}', "meta-schema"),
                         ('{"scale_params": {"n": {"min": 1, "max": 2}}, "output_type": "number"}', "meta-schema")]:
        with pytest.raises(Rejected) as caught:
            parse_meta(reply)
        assert caught.value.check == check, reply


def test_generator_answers_are_parsed_never_run():
    source = parse_generator("text\n```python\nimport os\nos.system('rm -rf /')\ndef generate(params, rng):\n"
                             "    return '1\\n'\n```\nmore text")
    assert "def generate" in source  # parsed: the os.system call is only text here
    for reply in ["```python\ndef gen(p, r): pass\n```", "```python\ndef generate(:\n```", "x" * 30_000]:
        with pytest.raises(Rejected):
            parse_generator(reply)


# -- calibration -------------------------------------------------------------------------------------
def test_level_tables_are_strictly_increasing_and_span_the_axis():
    for top in (0, 1, 5, 99, 100, 999, 5000):
        for rule in ("geometric", "upstream"):
            scales = level_scales(top, rule)
            assert scales[0] == 0 and scales[-1] == top and scales == sorted(set(scales)), (top, rule)
    assert level_scales(9, "upstream") == list(range(10))  # R + 1 <= 100: linear, one level per step
    axis = ScaleAxis({"n": ScaleParam(1, 3), "m": ScaleParam(1, 3000)})
    kept_scales, kept = distinct_levels(axis, list(range(0, 10)))
    assert all(a != b for a, b in zip(kept, kept[1:])) and kept[0] == {"n": 1, "m": 1}


# -- end to end on replayed answers ------------------------------------------------------------------
def test_good_answers_become_valid_environments(replayed: Path):
    from scaler.engine import InstanceEngine
    from scaler.envs import load_environments
    from scaler.validation import validate_environment

    found = results(replayed)
    assert {pid for pid, r in found.items() if r["status"] == "accepted"} == {"sum-of-list", "count-distinct"}
    envs = {e.id: e for e in load_environments(replayed, "synthesized", trust_remote_code=True)}
    assert set(envs) == {"sum-of-list", "count-distinct"}
    with InstanceEngine() as engine:
        for env in envs.values():
            assert len(env.levels) >= 10 and env.levels[0]["n"] == 1
            report = validate_environment(env, engine)
            assert report.passed, [(r.check, r.message) for r in report.failures]
    assert envs["sum-of-list"].output_instruction.startswith("Print one integer")
    assert "Examples" not in envs["sum-of-list"].statement


def test_feedback_fixes_a_bad_answer_on_the_next_attempt(replayed: Path):
    distinct = results(replayed)["count-distinct"]
    assert distinct["attempts"] == {"meta": 2, "generator": 2}
    exchanges = [json.loads(line) for line in (replayed / "llm.jsonl").read_text().splitlines()]
    retry = next(e for e in exchanges if e["problem_id"] == "count-distinct" and e["stage"] == "generator"
                 and e["attempt"] == 1)
    assert retry["messages"][-1]["role"] == "user" and "rejected" in retry["messages"][-1]["content"]


def test_rejections_name_stage_check_and_evidence(replayed: Path):
    found = results(replayed)
    assert (found["wrong-solutions"]["stage"], found["wrong-solutions"]["check"]) == ("tests", "tests")
    assert found["wrong-solutions"]["evidence"]["failures"]
    assert (found["any-valid-answer"]["stage"], found["any-valid-answer"]["check"]) == ("meta", "unique-output")
    hostile = found["hostile-generator"]
    assert hostile["status"] == "rejected" and hostile["stage"] == "generator" and "timed out" in hostile["message"]
    assert not CANARY.exists()  # the hostile generator wrote nothing outside its sandbox
    funnel = json.loads((replayed / "funnel.json").read_text())
    assert funnel["accepted"] == 2 and funnel["problems"] == 5
    assert funnel["rejected"]["tests"] == 1 and funnel["rejected"]["meta"] == 1 and funnel["rejected"]["generator"] == 1
    assert funnel["prompt_tokens"] >= 2750
    assert "| tests | tests | 1 |" in (replayed / "funnel.md").read_text()


def test_rerunning_redoes_nothing(replayed: Path, tmp_path: Path):
    before = {p.name: p.stat().st_mtime_ns for p in (replayed / "results").glob("*.json")}
    exchanges = (replayed / "llm.jsonl").read_text()
    scaler("synthesize", "--problems", str(PROBLEMS), "--replay", str(REPLAY), "--out", str(replayed),
           "--trust-remote-code", "--json")
    assert {p.name: p.stat().st_mtime_ns for p in (replayed / "results").glob("*.json")} == before
    assert (replayed / "llm.jsonl").read_text() == exchanges


def test_kill_and_resume_loses_and_repeats_nothing(replayed: Path, tmp_path: Path):
    out = tmp_path / "out"
    command = [sys.executable, "-m", "scaler", "synthesize", "--problems", str(PROBLEMS), "--replay", str(REPLAY),
               "--out", str(out), "--trust-remote-code", "--workers", "1", "--json"]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline and len(list((out / "results").glob("*.json"))) < 2 and proc.poll() is None:
        time.sleep(0.2)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    interrupted = len(list((out / "results").glob("*.json")))
    assert 2 <= interrupted < 5, "the run was not cut off part-way; the test needs a slower kill point"
    subprocess.run(command, check=True, capture_output=True)
    keys = [json.loads(line)["key"] for line in (out / "llm.jsonl").read_text().splitlines()]
    assert len(keys) == len(set(keys))  # no exchange was asked twice
    strip = lambda r: {k: v for k, v in r.items() if k != "seconds"}  # noqa: E731
    assert {k: strip(v) for k, v in results(out).items()} == {k: strip(v) for k, v in results(replayed).items()}


@pytest.mark.slow
def test_ray_gives_the_same_accepted_set_as_threads(replayed: Path, tmp_path: Path):
    pytest.importorskip("ray")
    out = tmp_path / "ray"
    scaler("synthesize", "--problems", str(PROBLEMS), "--replay", str(REPLAY), "--out", str(out),
           "--trust-remote-code", "--ray", "--json", timeout=1200)
    strip = lambda r: {k: v for k, v in r.items() if k != "seconds"}  # noqa: E731
    assert {k: strip(v) for k, v in results(out).items()} == {k: strip(v) for k, v in results(replayed).items()}


def test_replay_without_an_answer_is_a_clean_rejection(tmp_path: Path):
    replay = tmp_path / "empty.jsonl"
    replay.write_text("")
    run = SynthesisRun(tmp_path / "out", LLMSpec(replay=str(replay)), workers=1, progress=False)
    funnel = run.run([p for p in read_problems(PROBLEMS) if p.id == "sum-of-list"])
    [result] = run.finished().values()
    assert funnel.accepted == 0 and result.check == "llm" and "no recorded response" in result.message


def test_bad_replay_file_is_a_config_error(tmp_path: Path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"stage": "meta"}\n')
    with pytest.raises(ScalerError, match=r"bad.jsonl:1: not a recorded exchange"):
        LLMSpec(replay=str(bad)).build()
