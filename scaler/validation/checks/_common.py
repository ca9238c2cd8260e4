"""Small helpers shared by the checks."""

from __future__ import annotations

from typing import Any

from scaler.sandbox import TaskResult
from scaler.validation.core import Sample


def clip(text: str | None, n: int = 80) -> str | None:
    return text if text is None or len(text) <= n else text[:n] + f"... ({len(text)} chars)"


def failure(sample: Sample, result: TaskResult) -> dict[str, Any]:
    """Evidence for a sample whose generator or solution failed."""
    return {**sample.describe(), "stage": result.stage, "error": result.error}


def first_failure(samples: list[Sample], results: list[TaskResult]) -> dict[str, Any] | None:
    return next((failure(s, r) for s, r in zip(samples, results) if r.error is not None), None)
