"""The results of a run in the paper's layout: one row per method, one column per benchmark, AVG.

Our row sits above the paper's rows for the same base model (when the evaluated model is, or was
trained from, Qwen3-1.7B-Base or Qwen3-4B-Base). Held-out environments get their own table: the
accuracy per level (a difficulty curve) and the mean over levels. Scores are percentages.
"""

from __future__ import annotations

import json
import statistics
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Mapping

from scaler.eval.heldout import level_of
from scaler.eval.protocol import BENCHMARKS, PAPER_COLUMNS, PAPER_RESULTS, paper_base_model

RESULTS_JSON = "scaler_eval.json"
RESULTS_MD = "scaler_eval.md"


@dataclass
class EvalReport:
    model: str
    scores: dict[str, float] = field(default_factory=dict)
    """Percent accuracy by benchmark key."""
    heldout: dict[int, float] = field(default_factory=dict)
    """Percent accuracy by held-out level."""
    paper_model: str | None = None
    max_samples: int | None = None

    @property
    def average(self) -> float | None:
        """AVG over the paper's five benchmarks (None unless all five were run)."""
        if not all(key in self.scores for key in PAPER_COLUMNS):
            return None
        return statistics.fmean(self.scores[key] for key in PAPER_COLUMNS)

    @property
    def heldout_mean(self) -> float | None:
        return statistics.fmean(self.heldout.values()) if self.heldout else None

    @classmethod
    def from_lighteval(cls, model: str, results: Mapping[str, Any], *, base_model: str | None = None,
                       max_samples: int | None = None) -> EvalReport:
        """Read lighteval's ``results`` dict (``{"scaler_math500:0": {"avg@n:n=1": 0.6, ...}, ...}``)."""
        report = cls(model=model, paper_model=paper_base_model(model, base_model), max_samples=max_samples)
        tasks = {b.task: key for key, b in BENCHMARKS.items()}
        for name, metrics in results.items():
            value = next((v for k, v in metrics.items() if not k.endswith("_stderr")), None)
            if value is None:
                continue
            task = name.rsplit(":", 1)[0]
            if task in tasks:
                report.scores[tasks[task]] = 100 * value
            elif (level := level_of(task)) is not None:
                report.heldout[level] = 100 * value
        return report

    def rows(self) -> tuple[list[str], list[list[str]]]:
        """Header and rows of the benchmark table (ours first, then the paper's)."""
        keys = [k for k in BENCHMARKS if k in self.scores or k in PAPER_COLUMNS]
        header = ["model", *(BENCHMARKS[k].title for k in keys), "AVG"]
        ours = [f"{self.model} (ours)", *(_pct(self.scores.get(k)) for k in keys), _pct(self.average)]
        rows = [ours]
        for method, figures in PAPER_RESULTS.get(self.paper_model or "", {}).items():
            rows.append([f"{self.paper_model} {method} (paper)", *(_pct(figures.get(k)) for k in keys),
                         _pct(figures["avg"])])
        return header, rows

    def heldout_rows(self) -> tuple[list[str], list[list[str]]]:
        header = ["held-out level", "accuracy"]
        rows = [[str(level), _pct(acc)] for level, acc in sorted(self.heldout.items())]
        rows.append(["mean", _pct(self.heldout_mean)])
        return header, rows

    def text(self) -> str:
        parts = [_grid(*self.rows())]
        if self.heldout:
            parts.append(_grid(*self.heldout_rows()))
        if self.max_samples:
            parts.append(f"(first {self.max_samples} problems of each task: a smoke test, not comparable to the paper)")
        return "\n\n".join(parts)

    def markdown(self) -> str:
        parts = [f"# Evaluation of {self.model}", _markdown(*self.rows())]
        if self.heldout:
            parts += ["## Held-out environments", _markdown(*self.heldout_rows())]
        if self.max_samples:
            parts.append(f"Only the first {self.max_samples} problems of each task were run: not comparable to the paper.")
        return "\n\n".join(parts) + "\n"

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "average": self.average, "heldout_mean": self.heldout_mean,
                "paper": PAPER_RESULTS.get(self.paper_model or "")}

    def save(self, folder: str | Path) -> tuple[Path, Path]:
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / RESULTS_JSON).write_text(json.dumps(self.to_dict(), indent=2) + "\n")
        (folder / RESULTS_MD).write_text(self.markdown())
        return folder / RESULTS_JSON, folder / RESULTS_MD


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def _grid(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:  # first column left-aligned, numbers right-aligned
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths)))

    return "\n".join([line(header), "  ".join("-" * w for w in widths), *map(line, rows)])


def _markdown(header: list[str], rows: list[list[str]]) -> str:
    out = ["| " + " | ".join(header) + " |", "|---|" + "---:|" * (len(header) - 1)]
    return "\n".join(out + ["| " + " | ".join(r) + " |" for r in rows])
