"""The paper's evaluation protocol and its headline results (SCALER, arXiv 2601.04809, Table 1).

Sampling at temperature 0.6, top-p 0.95, up to 8192 new tokens, with the training system prompt;
each benchmark is scored as the mean accuracy over ``samples`` completions per problem (avg@n).
"""

from __future__ import annotations

from dataclasses import dataclass

from scaler.prompt import SYSTEM_PROMPT

TEMPERATURE = 0.6
TOP_P = 0.95
MAX_NEW_TOKENS = 8192


@dataclass(frozen=True)
class Sampling:
    """Generation settings shared by every task of a run."""

    temperature: float = TEMPERATURE
    top_p: float = TOP_P
    max_new_tokens: int = MAX_NEW_TOKENS
    system_prompt: str = SYSTEM_PROMPT


@dataclass(frozen=True)
class Benchmark:
    """One benchmark of the paper's table: where its data lives and how it is sampled."""

    key: str
    """Short name, also the folder name of a local copy (``--data-dir DIR/<key>``)."""
    title: str
    """Column title in the results table."""
    hub_id: str
    hf_subset: str
    split: str
    samples: int
    """Completions per problem (avg@n)."""
    problems: int
    """Problems in the full benchmark (for cost estimates)."""
    in_paper: bool = True
    """Whether the benchmark is a column of the paper's table (and of its AVG)."""

    @property
    def task(self) -> str:
        """The lighteval task name; prefixed so it never clashes with lighteval's built-in tasks."""
        return f"scaler_{self.key}"


BENCHMARKS: dict[str, Benchmark] = {
    b.key: b
    for b in (
        Benchmark("math500", "MATH-500", "HuggingFaceH4/MATH-500", "default", "test", 1, 500),
        Benchmark("amc23", "AMC23", "math-ai/amc23", "default", "test", 16, 40),
        Benchmark("aime24", "AIME24", "HuggingFaceH4/aime_2024", "default", "train", 16, 30),
        Benchmark("mmlu_pro", "MMLU-Pro", "TIGER-Lab/MMLU-Pro", "default", "validation", 16, 70),
        Benchmark("bbeh_mini", "BBEH", "BBEH/bbeh", "default", "train", 1, 460),
        Benchmark("mmlu_pro_test", "MMLU-Pro (test)", "TIGER-Lab/MMLU-Pro", "default", "test", 1, 12_032, in_paper=False),
    )
}
PAPER_COLUMNS = [b.key for b in BENCHMARKS.values() if b.in_paper]

PAPER_RESULTS: dict[str, dict[str, dict[str, float]]] = {
    "Qwen/Qwen3-1.7B-Base": {
        "base": {"math500": 59.6, "amc23": 29.21, "aime24": 3.33, "mmlu_pro": 33.30, "bbeh_mini": 3.26, "avg": 25.74},
        "+ SCALER": {"math500": 75.8, "amc23": 49.53, "aime24": 12.91, "mmlu_pro": 50.89, "bbeh_mini": 11.74,
                     "avg": 40.18},
    },
    "Qwen/Qwen3-4B-Base": {
        "base": {"math500": 66.4, "amc23": 44.70, "aime24": 8.75, "mmlu_pro": 51.60, "bbeh_mini": 8.10, "avg": 35.91},
        "+ SCALER": {"math500": 84.4, "amc23": 75.00, "aime24": 27.29, "mmlu_pro": 70.00, "bbeh_mini": 14.56,
                     "avg": 54.25},
    },
}
"""Accuracy (%) per benchmark key, by base model and method, as printed in the paper."""


def paper_base_model(*names: str | None) -> str | None:
    """The paper's base model that one of ``names`` (a model id, path or ``base_model``) refers to."""
    for name in names:
        if not name:
            continue
        for model in PAPER_RESULTS:
            if model.split("/")[-1].lower() in str(name).lower():
                return model
    return None
