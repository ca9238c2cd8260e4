"""The results table (paper layout, AVG, paper rows) and the held-out requests (eval seeds, fixed levels)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from scaler.errors import ConfigError
from scaler.eval.heldout import first_per_level, heldout_requests, level_of, task_name
from scaler.eval.protocol import PAPER_RESULTS
from scaler.eval.report import EvalReport
from scaler.instance import is_eval_seed

FIVE = {"scaler_math500:0": 0.5, "scaler_amc23:0": 0.25, "scaler_aime24:0": 0.0, "scaler_mmlu_pro:0": 1.0,
        "scaler_bbeh_mini:0": 0.75}


def lighteval_results(scores: dict[str, float]) -> dict:
    return {name: {"acc@n:n=1": v, "acc@n:n=1_stderr": 0.01} for name, v in scores.items()} | {"all": {"x": 1.0}}


def test_report_reads_lighteval_results_and_adds_the_papers_rows(tmp_path):
    results = lighteval_results({**FIVE, "scaler_heldout:level_0:0": 0.5, "scaler_heldout:level_6:0": 0.0,
                                 "scaler_heldout:_average:0": 0.25})
    report = EvalReport.from_lighteval("runs/x", results, base_model="Qwen/Qwen3-4B-Base")
    assert report.scores == {"math500": 50.0, "amc23": 25.0, "aime24": 0.0, "mmlu_pro": 100.0, "bbeh_mini": 75.0}
    assert report.average == 50.0 and report.heldout == {0: 50.0, 6: 0.0} and report.heldout_mean == 25.0
    header, rows = report.rows()
    assert header == ["model", "MATH-500", "AMC23", "AIME24", "MMLU-Pro", "BBEH", "AVG"]
    assert rows[0][-1] == "50.00" and rows[1][-1] == f"{PAPER_RESULTS['Qwen/Qwen3-4B-Base']['base']['avg']:.2f}"
    assert len(rows) == 3 and "+ SCALER (paper)" in rows[2][0]
    json_path, md_path = report.save(tmp_path)
    assert '"average": 50.0' in json_path.read_text() and "| 0 | 50.00 |" in md_path.read_text()


def test_average_needs_all_five_and_unknown_models_get_no_paper_rows():
    report = EvalReport.from_lighteval("my-model", lighteval_results({"scaler_math500:0": 0.5}))
    assert report.average is None and report.paper_model is None
    assert len(report.rows()[1]) == 1 and report.rows()[1][0][-1] == "-"


def test_heldout_requests_use_eval_seeds_at_the_levels_each_env_has(toy_env):
    held = replace(toy_env, id="held", held_out=True)
    requests = heldout_requests([toy_env, held], levels=[0, 3, 7], per_level=3)  # the toy env has levels 0-3
    assert {(e.id, lv) for e, lv, _ in requests} == {("held", 0), ("held", 3)} and len(requests) == 6
    assert all(is_eval_seed(s) for _, _, s in requests)
    assert len({s for _, _, s in requests}) == 3  # the same eval seeds at every level (instances differ by level)
    assert len(first_per_level(requests, 2)) == 4
    with pytest.raises(ConfigError, match="no held-out"):
        heldout_requests([toy_env])
    assert level_of(task_name(6) + "|0") == 6 and level_of("scaler_math500|0") is None
