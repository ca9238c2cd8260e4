"""Active-set curation: retire rules at their boundaries, replacement, quarantine, logging."""

import logging
from collections import Counter

import pytest

from scaler.curriculum import CurriculumConfig, CurriculumEnv, LevelCaps
from scaler.curriculum.curator import Curator
from scaler.curriculum.retire import slope, trailing
from scaler.curriculum.rng import Rng

_SETTINGS = {"size": "active_size", "target": "target_success", "rules": "retire_rules", "window": "retire_window",
             "zero_steps": "retire_zero_steps", "max_steps": "retire_max_steps",
             "frontier_band": "retire_frontier_band", "full_window": "retire_full_window",
             "uninformative_steps": "retire_uninformative_steps"}


def pool(n=12, families=4, max_level=10):
    return [CurriculumEnv(f"env-{i:02d}", max_level, f"fam-{i % families}") for i in range(n)]


def curator(envs=None, rng=None, **kw):
    settings = dict(size=4, target=0.5)
    settings.update(kw)
    envs = envs or pool()
    config = CurriculumConfig(**{_SETTINGS.get(k, k): v for k, v in settings.items()})
    return Curator(envs, rng or Rng(7), config, LevelCaps(envs))


def feed(c, env_id, rows):
    for d, p in rows:
        c.record(env_id, d, p)


def test_helpers():
    assert trailing([True, False, True, True]) == 2
    assert trailing([False]) == 0
    assert slope([1, 2, 3]) == pytest.approx(1.0)
    assert slope([5, 5, 5, 5]) == 0.0
    assert slope([3.0, 1.0]) == pytest.approx(-2.0)


def test_zero_rule_counts_exactly_the_trailing_steps():
    c = curator(rules=["zero"])
    env = c.active[0]
    feed(c, env, [(0, 0.0)] * 4)
    assert c.retire_reason(env) is None  # 4 < 5
    feed(c, env, [(0, 0.0)])
    assert c.retire_reason(env)[0] == "zero"  # exactly 5
    c2 = curator(rules=["zero"])
    env = c2.active[0]
    feed(c2, env, [(0, 0.0)] * 3 + [(0, 0.125)] + [(0, 0.0)] * 4)  # the run of zeros was broken
    assert c2.retire_reason(env) is None


def test_max_rule_counts_exactly_the_trailing_steps():
    c = curator(rules=["max"])
    env = c.active[0]
    feed(c, env, [(9.5, 0.9)] + [(10.0, 0.6)] * 4)
    assert c.retire_reason(env) is None
    feed(c, env, [(10.0, 0.6)])
    assert c.retire_reason(env)[0] == "max"


def test_stable_at_frontier_is_not_retired_but_upstream_retires_it():
    frontier = [(4.0, 0.375 + 0.25 * (i % 2)) for i in range(10)]  # flat, success around the target
    ours = curator(rules=["slope"])
    feed(ours, ours.active[0], frontier)
    assert ours.retire_reason(ours.active[0]) is None
    upstream = curator(rules=["slope"], frontier_band=0.0)
    feed(upstream, upstream.active[0], frontier)
    assert upstream.retire_reason(upstream.active[0])[0] == "slope"


def test_slope_rule_waits_for_a_full_window():
    stuck = [(0.0, 0.125)] * 10  # flat at level 0, well below the target: not progressing
    c = curator(rules=["slope"])
    env = c.active[0]
    feed(c, env, stuck[:9])
    assert c.retire_reason(env) is None
    feed(c, env, stuck[9:])
    assert c.retire_reason(env)[0] == "slope"
    upstream = curator(rules=["slope"], full_window=False)
    feed(upstream, upstream.active[0], stuck[:2])  # upstream judges two steps
    assert upstream.retire_reason(upstream.active[0])[0] == "slope"


def test_rising_difficulty_is_kept():
    c = curator(rules=["slope"])
    feed(c, c.active[0], [(0.5 * i, 0.8) for i in range(10)])
    assert c.retire_reason(c.active[0]) is None


def test_review_replaces_without_duplicates_unseen_first_and_logs(caplog):
    c = curator(size=4, rules=["zero"])
    first = list(c.active)
    victim = first[0]
    feed(c, victim, [(0, 0.0)] * 5)
    with caplog.at_level(logging.INFO, logger="scaler.curriculum.curator"):
        events = c.review(step=3)
    assert [e["event"] for e in events] == ["retired", "added"]
    assert events[0]["env_id"] == victim and events[0]["reason"].startswith("zero")
    assert victim in caplog.text and "retired" in caplog.text
    newcomer = events[1]["env_id"]
    assert newcomer not in first  # never seen before
    assert len(set(c.active)) == len(c.active) == 4
    assert c.last_retired[victim] == [3, "zero"]
    assert c.history[newcomer] == []


def test_replacement_prefers_the_least_represented_family():
    envs = [CurriculumEnv(e, 5, e[0]) for e in ("a1", "a2", "a3", "a4", "b1", "b2", "c1")]
    c = curator(envs, rng=Rng(0), size=3, target=0.5, rules=["zero"])
    assert sorted(e[0] for e in c.active) == ["a", "b", "c"]
    retiring = next(e for e in c.active if e.startswith("b"))
    feed(c, retiring, [(0, 0.0)] * 5)
    added = [e["env_id"] for e in c.review(step=0) if e["event"] == "added"]
    assert added == ["b2" if retiring == "b1" else "b1"]  # the unseen env of the family now missing


def test_initial_set_is_a_seeded_family_diverse_sample():
    envs = pool(n=40, families=8)
    a = curator(envs, rng=Rng(1), size=8, target=0.5)
    b = curator(envs, rng=Rng(1), size=8, target=0.5)
    c = curator(envs, rng=Rng(2), size=8, target=0.5)
    assert a.active == b.active
    assert a.active != c.active
    assert a.active != [e.env_id for e in envs[:8]]
    assert len({e[-2:] for e in a.active}) == 8
    families = Counter(int(e[-2:]) % 8 for e in a.active)
    assert set(families.values()) == {1}


def test_no_retirement_when_the_pool_is_exhausted():
    c = curator(pool(n=3), rng=Rng(0), size=3, target=0.5, rules=["zero"])
    feed(c, c.active[0], [(0, 0.0)] * 5)
    assert c.review(step=0) == []
    assert len(c.active) == 3


def test_quarantine_is_for_good():
    c = curator(size=4, rules=["zero"])
    broken = c.active[1]
    c.quarantine(broken, "generator raises", step=2)
    assert broken not in c.active and len(c.active) == 4
    assert c.quarantined == {broken: "generator raises"}
    assert [e["event"] for e in c.events[-2:]] == ["quarantined", "added"]
    for _ in range(30):  # churn the whole pool: the broken env never comes back
        for env in list(c.active):
            feed(c, env, [(0, 0.0)] * 5)
        c.review(step=3)
        assert broken not in c.active
    with pytest.raises(ValueError, match="unknown environment 'nope'"):
        c.quarantine("nope", "x", step=0)


def test_rejects_bad_settings():
    with pytest.raises(ValueError, match="unknown retire rule .slop."):
        curator(rules=["slop"])
    with pytest.raises(ValueError, match="unknown replacement"):
        curator(replacement="random")


def test_a_registered_retire_rule_is_one_name_in_the_config():
    from scaler.curriculum import register_retire_rule, retire_rule_names

    @register_retire_rule("test-plateau")
    def plateau(ctx):
        return "three steps at the same difficulty" if len(ctx.history) >= 3 and len({d for d, _ in ctx.history[-3:]}) == 1 else None

    assert "test-plateau" in retire_rule_names()
    c = curator(rules=["test-plateau"])
    env = c.active[0]
    feed(c, env, [(2.0, 0.5)] * 2)
    assert c.retire_reason(env) is None
    feed(c, env, [(2.0, 0.5)])
    assert c.retire_reason(env) == ("test-plateau", "three steps at the same difficulty")
    with pytest.raises(ValueError, match="already registered"):
        register_retire_rule("test-plateau")(plateau)


def test_uninformative_rule_needs_steps_without_a_mixed_group():
    c = curator(rules=["uninformative"], uninformative_steps=3)
    env = c.active[0]
    c.record(env, 3.0, 1.0, 0.0)
    c.record(env, 4.0, 0.0, 0.0)
    assert c.retire_reason(env) is None
    c.record(env, 3.0, 1.0, 1.0)  # one mixed group resets the count
    c.record(env, 4.0, 0.0, 0.0)
    c.record(env, 3.0, 1.0, 0.0)
    assert c.retire_reason(env) is None
    c.record(env, 4.0, 0.0, 0.0)
    assert c.retire_reason(env) == ("uninformative", "no group with mixed rewards for the last 3 steps")
    feed(c, env, [(4.0, 0.0)] * 3)  # rows without the fraction (older checkpoints) never count
    assert c.retire_reason(env) is None
    assert "uninformative" in CurriculumConfig().retire_rules
    assert CurriculumConfig.upstream().retire_rules == ["zero", "max", "slope"]
