"""The tasks read rows in the Hub datasets' own schemas (no ../shared needed)."""

from __future__ import annotations

import pytest

pytest.importorskip("lighteval")

from scaler.eval.benchmarks import bbeh_prompt, is_bbeh_mini, math_prompt, mmlu_pro_prompt  # noqa: E402


def test_math_rows_of_each_hub_schema():
    math500 = {"problem": "What is $1+1$?", "solution": "... $\\boxed{2}$", "answer": "2", "subject": "x", "level": 1}
    assert math_prompt(math500, "t").choices == ["\\boxed{2}"] and math500["problem"] == math_prompt(math500, "t").query
    amc = {"id": 0, "question": "Find x.", "answer": 27.0, "url": "u"}
    assert math_prompt(amc, "t").query == "Find x." and math_prompt(amc, "t").choices == ["\\boxed{27.0}"]
    solution_only = {"problem": "p", "solution": "so $\\boxed{\\frac{1}{2}}$."}  # answer only inside the solution
    assert math_prompt(solution_only, "t").choices == ["\\boxed{\\frac{1}{2}}"]


def test_mmlu_pro_row_letters_a_to_j():
    row = {"question": "Q?", "options": [f"o{i}" for i in range(10)], "answer": "J", "answer_index": 9}
    doc = mmlu_pro_prompt(row, "t")
    assert doc.choices == list("ABCDEFGHIJ") and doc.get_golds() == ["J"]
    assert "(J). o9\n" in doc.query and doc.query.endswith("where X is one uppercase letter.\n")
    assert mmlu_pro_prompt({**row, "answer_index": None}, "t").gold_index == 9  # from the letter


def test_bbeh_rows_and_the_mini_filter():
    row = {"input": "Puzzle", "target": "(B)", "task": "boolean expressions", "mini": 1}
    doc = bbeh_prompt(row, "t")
    assert doc.query == "Puzzle" and doc.get_golds() == ["(B)"] and doc.specific == {"task": "boolean expressions"}
    assert is_bbeh_mini(row) and not is_bbeh_mini({**row, "mini": 0})
