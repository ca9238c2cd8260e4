"""Malformed SCALER pools: every fault is one PoolFormatError naming the entry and the field, never a crash."""

from __future__ import annotations

import copy
import json

import pytest

from conftest import SCALER_64, needs_shared
from scaler.upstream import PoolFormatError, convert_entry, import_pool, read_pool

NAME = "1_A. Toy Sum"


def good_entry() -> dict:
    return {
        "name": NAME,
        "logic_description": "Given n integers, print their sum.",
        "instruction": "Print one integer.",
        "output_type": "number",
        "generate_testcase": "def generate_testcase(j):\n    return '1\\n1\\n', {'n': 1}\n",
        "solutions": {"solution": ["input()\nprint(sum(map(int, input().split())))\n"], "language": [3]},
        "params": {"n": {"min": 1, "max": 100, "base": 1.0}, "difficulty": {"version": 1, "params": {"dmax": 2}}},
        "difficulty_dict": {"0": 0, "1": 10, "2": 99},
    }


def deep(depth: int) -> list:
    value: list = []
    for _ in range(depth):
        value = [value]
    return value


def setting(*path_and_value):
    *path, value = path_and_value

    def mutate(entry: dict) -> None:
        target = entry
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return mutate


def removing(*path):
    def mutate(entry: dict) -> None:
        target = entry
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return mutate


MALFORMED = {
    # required fields
    **{f"missing {key}": (removing(key), key) for key in
       ("params", "difficulty_dict", "solutions", "logic_description", "instruction", "output_type", "generate_testcase")},
    "statement is a list": (setting("logic_description", ["a"]), "logic_description"),
    "empty instruction": (setting("instruction", "  "), "instruction"),
    "generator is null": (setting("generate_testcase", None), "generate_testcase"),
    "unknown output type": (setting("output_type", "float"), "output_type"),
    # params
    "params is a list": (setting("params", [1, 2]), "params"),
    "only the difficulty settings": (removing("params", "n"), "params"),
    "param is a number": (setting("params", "n", 5), "params"),
    "param without max": (removing("params", "n", "max"), "params"),
    "min is a string": (setting("params", "n", "min", "1"), "params"),
    "min is a bool": (setting("params", "n", "min", True), "params"),
    "min is a float": (setting("params", "n", "min", 1.5), "params"),
    "huge max": (setting("params", "n", "max", 10**400), "params"),
    "min above max": (setting("params", "n", "min", 500), "params"),
    "base NaN": (setting("params", "n", "base", float("nan")), "params"),
    "base infinite": (setting("params", "n", "base", float("inf")), "params"),
    "base huge int": (setting("params", "n", "base", 10**400), "params"),
    "base zero": (setting("params", "n", "base", 0), "params"),
    "base a string": (setting("params", "n", "base", "1.0"), "params"),
    "deeply nested param": (setting("params", "n", deep(10_000)), "params"),
    "param name with control codes": (setting("params", "\x1b[2Jn", {"min": 1, "max": 2}), "params"),
    "param name empty": (setting("params", "", {"min": 1, "max": 2}), "params"),
    # levels table
    "levels table is a list": (setting("difficulty_dict", [0, 1]), "difficulty_dict"),
    "empty levels table": (setting("difficulty_dict", {}), "difficulty_dict"),
    "gap in levels": (setting("difficulty_dict", {"0": 0, "2": 5}), "difficulty_dict"),
    "level key not a number": (setting("difficulty_dict", {"0": 0, "x": 5}), "difficulty_dict"),
    "level key huge": (setting("difficulty_dict", {"0": 0, "9" * 5000: 1}), "difficulty_dict"),
    "offset huge": (setting("difficulty_dict", "1", 10**400), "difficulty_dict"),
    "offset NaN": (setting("difficulty_dict", "1", float("nan")), "difficulty_dict"),
    "offset infinite": (setting("difficulty_dict", "1", float("-inf")), "difficulty_dict"),
    "offset negative": (setting("difficulty_dict", "1", -3), "difficulty_dict"),
    "offset a string": (setting("difficulty_dict", "1", "5"), "difficulty_dict"),
    "offset deeply nested": (setting("difficulty_dict", "1", deep(10_000)), "difficulty_dict"),
    # solutions
    "solutions is a list": (setting("solutions", ["print(1)"]), "solutions"),
    "solution is a string": (setting("solutions", {"solution": "print(1)", "language": 3}), "solutions"),
    "lists differ in length": (setting("solutions", "language", [3, 2]), "solutions"),
    "empty lists": (setting("solutions", {"solution": [], "language": []}), "solutions"),
    "no supported language": (setting("solutions", "language", [1]), "solutions"),
    "language is a string": (setting("solutions", "language", ["3"]), "solutions"),
    "source is a number": (setting("solutions", "solution", [42]), "solutions"),
    "missing language list": (removing("solutions", "language"), "solutions"),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_malformed_entry_names_the_entry_and_field(case):
    mutate, field = MALFORMED[case]
    entry = good_entry()
    mutate(entry)
    with pytest.raises(PoolFormatError) as caught:
        convert_entry(NAME, entry)
    assert caught.value.field == field
    message = str(caught.value)
    assert NAME in message and field in message
    assert len(message) < 600 and message.isprintable()


@pytest.mark.parametrize("entry", [None, [1, 2], "text", 42, deep(5)], ids=["null", "list", "string", "number", "nested"])
def test_non_object_entry(entry):
    with pytest.raises(PoolFormatError, match="entry") as caught:
        convert_entry(NAME, entry)
    assert caught.value.field == "entry"


def test_good_entry_converts():
    env, notes = convert_entry(NAME, good_entry())
    assert env.id == "1-a-toy-sum"
    assert [level["n"] for level in env.levels] == [1, 11, 100]
    assert notes == []


def test_control_codes_in_names_and_values_are_not_echoed_raw():
    entry = good_entry()
    entry["params"]["n"]["min"] = "\x1b[2J\x1b]0;title\x07"
    with pytest.raises(PoolFormatError) as caught:
        convert_entry("\x1b[31mred name\u202e", entry)
    assert "\x1b" not in str(caught.value) and "\u202e" not in str(caught.value)


def test_import_reports_every_malformed_entry_without_running_anything():
    pool = {}
    for i, case in enumerate(sorted(MALFORMED)):
        entry = good_entry()
        MALFORMED[case][0](entry)
        pool[f"{i}_A. {case}"] = entry
    pool["bad list"] = [1, 2]

    class NoEngine:  # nothing may run: every entry fails before the sandbox
        def instances(self, *args, **kwargs):
            raise AssertionError("the sandbox was used")

    results = import_pool(pool, engine=NoEngine(), seeds=[0])
    assert len(results) == len(pool)
    assert all(not r.ok and r.reason.startswith("record: ") for r in results)
    for r, case in zip(results, [*sorted(MALFORMED), "entry"]):
        assert r.reason.isprintable()
        assert repr(MALFORMED[case][1] if case in MALFORMED else "entry") in r.reason


# --- whole files ----------------------------------------------------------------------------------

FILES = {
    "not JSON": (b"{", "file"),
    "not UTF-8": (b'{"a": "\xff\xfe"}', "file"),
    "NaN literal": (b'{"a": {"difficulty_dict": {"0": NaN}}}', "file"),
    "Infinity literal": (b'{"a": {"difficulty_dict": {"0": -Infinity}}}', "file"),
    "5,000-digit integer": (b'{"a": {"difficulty_dict": {"0": ' + b"9" * 5000 + b"}}}", "file"),
    "deep nesting": (b'{"a": ' + b"[" * 200_000 + b"]" * 200_000 + b"}", "file"),
    "top level is a list": (b"[1, 2]", "file"),
    "empty pool": (b"{}", "file"),
    "entry is a number": (b'{"a": 1}', "entry"),
    "entry is a list": (b'{"a": []}', "entry"),
}


@pytest.mark.parametrize("case", sorted(FILES))
def test_malformed_file(tmp_path, case):
    content, field = FILES[case]
    path = tmp_path / "SCALER-bad.json"
    path.write_bytes(content)
    with pytest.raises(PoolFormatError) as caught:
        read_pool(path)
    assert caught.value.field == field
    assert str(caught.value).isprintable() and len(str(caught.value)) < 600


@pytest.mark.parametrize("path", ["missing.json", "."], ids=["missing", "directory"])
def test_unreadable_file(tmp_path, path):
    with pytest.raises(PoolFormatError, match="cannot read SCALER pool"):
        read_pool(tmp_path / path)


@pytest.mark.parametrize(
    "first, second",
    [("686_A. Free Ice Cream", "686 a free ice cream"), ("p1 Sum!", "P1-SUM"), ("x" * 130 + " one", "x" * 130 + " two"), ("!!!", "???")],
)
def test_id_collisions_are_detected_before_anything_runs(tmp_path, first, second):
    pool = {first: good_entry(), "unrelated": good_entry(), second: good_entry()}
    path = tmp_path / "SCALER-clash.json"
    path.write_text(json.dumps(pool))
    with pytest.raises(PoolFormatError) as caught:
        read_pool(path)
    assert caught.value.field == "name"
    assert first[:100] in str(caught.value) and second[:100] in str(caught.value)

    class NoEngine:
        def instances(self, *args, **kwargs):
            raise AssertionError("the sandbox was used")

    with pytest.raises(PoolFormatError, match="both become environment id"):
        import_pool(pool, engine=NoEngine())


@needs_shared(SCALER_64)
def test_scaler_64_still_converts_every_entry():
    pool = read_pool(SCALER_64)
    envs = [convert_entry(name, copy.deepcopy(entry))[0] for name, entry in pool.items()]
    assert len(envs) == 64
    assert len({env.id for env in envs}) == 64
