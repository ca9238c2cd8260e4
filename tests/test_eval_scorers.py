"""Scorers and prompts on the paper's real benchmark files (../shared/upstream-scaler/test).

Every gold answer, written as a model would write it, scores 1 through the task's real lighteval
metric; perturbed answers score 0; the converted rows rebuild the paper's exact user prompts.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("lighteval")

from conftest import SHARED, needs_shared  # noqa: E402

from scaler.eval.protocol import BENCHMARKS  # noqa: E402
from scaler.eval.scorers import bbeh_answer, bbeh_match, first_boxed, mmlu_pro_letter, score_bbeh  # noqa: E402

TEST_DIR = SHARED / "upstream-scaler" / "test"
pytestmark = needs_shared(TEST_DIR)


@pytest.fixture(scope="module")
def converted(tmp_path_factory) -> Path:
    from scaler.eval.convert import convert_folder

    out = tmp_path_factory.mktemp("bench")
    convert_folder(TEST_DIR, out)
    return out


def rows(converted: Path, key: str) -> list[dict]:
    import pandas as pd

    return pd.read_parquet(converted / key / f"{BENCHMARKS[key].split}.parquet").to_dict("records")


def task_and_docs(converted: Path, key: str):
    """The benchmark's real lighteval metric and the Docs its prompt function makes from every row."""
    from scaler.eval.benchmarks import task_config

    config = task_config(BENCHMARKS[key], data_dir=converted, samples=1)
    docs = [config.prompt_function(row, config.name) for row in rows(converted, key)]
    return config.metrics[0], docs


def score(metric, doc, completion: str) -> float:
    from lighteval.models.model_output import ModelResponse

    return float(metric.sample_level_fn.compute(doc=doc, model_response=ModelResponse(text=[completion])))


def test_converter_keeps_one_row_per_problem(converted):
    assert {key: len(rows(converted, key)) for key in ("math500", "amc23", "aime24", "mmlu_pro", "bbeh_mini")} == {
        key: BENCHMARKS[key].problems for key in ("math500", "amc23", "aime24", "mmlu_pro", "bbeh_mini")
    }


@pytest.mark.parametrize("key, file", [
    ("math500", "think_MATH-500_MATH-500-processed.parquet"), ("amc23", "think_amc23_amc23_test.parquet"),
    ("aime24", "think_aime24_aime24_test.parquet"), ("mmlu_pro", "MMLU-Pro-Valid.parquet"),
    ("bbeh_mini", "bbeh_data.parquet"),
])
def test_prompts_are_the_papers(converted, key, file):
    import pandas as pd

    paper = {}
    for record in pd.read_parquet(TEST_DIR / file).to_dict("records"):
        messages = {m["role"]: m["content"] for m in record["prompt"]}
        paper.setdefault(record["extra_info"].get("index", record["extra_info"].get("idx")), messages)
    assert {m["system"] for m in paper.values()} == {"Please reason step by step, and put your final answer within \\boxed{{}}."}
    _, docs = task_and_docs(converted, key)
    ours = [doc.query for doc in docs]
    expected = [paper[i]["user"].replace("\\boxed{{X}}", "\\boxed{X}") for i in sorted(paper)]  # upstream's doubled braces
    assert ours == expected


@pytest.mark.parametrize("key", ["math500", "amc23", "aime24"])
def test_math_gold_scores_one_and_perturbed_zero(converted, key):
    metric, docs = task_and_docs(converted, key)
    golds = [row["answer"] for row in rows(converted, key)]
    wrong = []
    for doc, gold in zip(docs, golds):
        assert score(metric, doc, f"Let me think step by step. ... So the answer is $\\boxed{{{gold}}}$.") == 1.0, gold
        perturbed = str(int(float(gold)) + 1) if gold.replace(".", "").isdigit() else f"{gold} + 1"
        wrong.append(score(metric, doc, f"The answer is $\\boxed{{{perturbed}}}$."))
    assert sum(wrong) == 0


def test_mmlu_pro_first_boxed_letter(converted):
    metric, docs = task_and_docs(converted, "mmlu_pro")
    for doc in docs:
        gold = doc.get_golds()[0]
        other = "B" if gold == "A" else "A"
        assert score(metric, doc, f"Reasoning... the answer is \\boxed{{{gold}}}.") == 1.0
        assert score(metric, doc, f"\\boxed{{({gold})}} is it") == 1.0
        assert score(metric, doc, f"First \\boxed{{{other}}}, then on reflection \\boxed{{{gold}}}") == 0.0
        assert score(metric, doc, f"First \\boxed{{{gold}}}, then \\boxed{{{other}}}") == 1.0
        assert score(metric, doc, f"The answer is {gold}.") == 0.0  # not boxed


def test_bbeh_gold_scores_one_and_perturbed_zero(converted):
    metric, docs = task_and_docs(converted, "bbeh_mini")
    for doc in docs:
        gold = doc.get_golds()[0]
        assert score(metric, doc, f"Step by step... The answer is: {gold}") == 1.0, gold
        assert score(metric, doc, f"Step by step...\n\\boxed{{{gold}}}") == 1.0, gold
        assert score(metric, doc, f"The answer is: {gold.upper()}.") == 1.0, gold
        assert score(metric, doc, f"The answer is: {gold} and more") == 0.0, gold
        assert score(metric, doc, "The answer is: zebra-42") == 0.0


@pytest.mark.parametrize("completion, reference, expected", [
    ("The answer is: (A)", "(A)", True),
    ("The answer is: a", "(A)", True),
    ("The answer is: (a)", "A", True),
    ("The answer is: (B)", "(A)", False),
    ("So $\\boxed{\\text{Yes}}$", "yes", True),
    ("The final answer is 6.0", "6", True),
    ("The answer is: 6.5", "6", False),
    ("The answer is: **pen**.", "pen", True),
    ("The answer is: 'pen'", "pen", True),
    ("The answer is: [Dan, Kyle, Jenny]", "[Dan, Kyle, Jenny]", True),
    ("The answer is: dan, kyle", "Dan, Kyle", True),
    ("The answer is: yes, unknown, yes\nbecause...", "yes, unknown, yes", True),
    ("The answer is: unknown?", "unknown", True),
    ("no prefix, no box: pen", "pen", False),
])
def test_bbeh_fuzzy_match(completion, reference, expected):
    assert bool(score_bbeh(completion, reference)) is expected


def test_extraction_helpers():
    assert first_boxed("a \\boxed{\\frac{1}{2}} b \\boxed{3}") == "\\frac{1}{2}"
    assert first_boxed("no box") is None
    assert mmlu_pro_letter("\\boxed{\\text{C}} then \\boxed{D}") == "C"
    assert mmlu_pro_letter("\\boxed{C. 42}") == "C"
    assert mmlu_pro_letter("\\boxed{K}") is None and mmlu_pro_letter("\\boxed{Cat}") is None
    assert bbeh_answer("x The answer is: $\\boxed{42}$.") == "42"
    assert bbeh_match("(c)", "c") and not bbeh_match("(c)", "d")
