"""Importing the released SCALER pools: the level rule, and every SCALER-64 env run in the sandbox."""

from __future__ import annotations

import copy

from conftest import SCALER_8, SCALER_64, needs_shared
from scaler.engine import InstanceEngine
from scaler.upstream import convert_entry, import_pool, read_pool, slugify


def test_slugify():
    assert slugify("686_A. Free Ice Cream") == "686-a-free-ice-cream"
    assert slugify("p01620 King's Inspection") == "p01620-king-s-inspection"


@needs_shared(SCALER_8)
def test_level_table_follows_the_upstream_rule():
    pool = read_pool(SCALER_8)
    for name, entry in pool.items():
        env, _ = convert_entry(name, entry)
        params = {k: v for k, v in entry["params"].items() if k != "difficulty"}
        assert len(env.levels) == len(entry["difficulty_dict"])
        for key, offset in entry["difficulty_dict"].items():
            for p, spec in params.items():
                assert env.levels[int(key)][p] == min(int(offset * spec["base"] + spec["min"]), spec["max"])
        assert env.generator == entry["generate_testcase"]
        assert len(env.solutions) == len(entry["solutions"]["solution"])
        assert env.id not in env.statement


@needs_shared(SCALER_8)
def test_a_broken_entry_is_reported_not_dropped(tmp_path):
    pool = read_pool(SCALER_8)
    names = list(pool)[:2]
    small = {n: copy.deepcopy(pool[n]) for n in names}
    del small[names[0]]["instruction"]
    # the failure text is untrusted: terminal control codes and bulk must not reach the report raw
    small[names[1]]["generate_testcase"] = "def generate_testcase(j):\n    raise ValueError('\\x1b[2Jnope' + 'x' * 20000)\n"
    with InstanceEngine() as engine:
        results = import_pool(small, engine=engine, seeds=[0])
    assert [r.ok for r in results] == [False, False]
    assert "instruction" in results[0].reason
    assert "nope" in results[1].reason and "generator" in results[1].reason
    assert results[1].reason.isprintable() and len(results[1].reason) < 600


@needs_shared(SCALER_64)
def test_scaler_64_runs_at_lowest_and_highest_level(capsys):
    with InstanceEngine() as engine:
        results = import_pool(read_pool(SCALER_64), engine=engine, seeds=[0])
    ok = [r for r in results if r.ok]
    with capsys.disabled():
        print(f"\nSCALER-64: {len(ok)}/{len(results)} environments run at their lowest and highest level")
        for r in results:
            if not r.ok:
                print(f"  failed: {r.name}: {r.reason}")
    assert len(results) == 64
    assert len(ok) >= 60
