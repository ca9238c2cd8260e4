"""The verifier as an ``evaluate`` metric, loaded offline by path."""

from __future__ import annotations

from pathlib import Path

import pytest

evaluate = pytest.importorskip("evaluate")

METRIC = Path(__file__).resolve().parents[1] / "metrics" / "scaler_verify"


def test_metric_loads_by_path_and_scores_with_scaler_verify(monkeypatch):
    monkeypatch.setenv("HF_EVALUATE_OFFLINE", "1")
    metric = evaluate.load(str(METRIC))
    result = metric.compute(
        predictions=["so \\boxed{42}", "\\boxed{[1, 2, 3]}", "\\boxed{abc}", "42 without a box"],
        references=["42", "1 2 3", "abd", "42"],
        output_types=["number", "array", "string", "number"],
    )
    assert result == {"accuracy": 0.5}
    assert metric.compute(predictions=["\\boxed{0.3334}"], references=["0.333"]) == {"accuracy": 1.0}
    with pytest.raises(ValueError, match="output_types"):
        metric.compute(predictions=["\\boxed{1}"], references=["1"], output_types=[])
