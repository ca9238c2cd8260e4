"""The Curriculum: proposals, seeds, determinism, exact state round trips, quarantine, config."""

import json
import random
from collections import Counter
from types import SimpleNamespace

import pytest

from scaler.curriculum import Curriculum, CurriculumConfig, CurriculumEnv, Outcome
from scaler.curriculum.rng import TRAIN_SEED_LIMIT, train_seed


def pool(n=24, families=5):
    return [CurriculumEnv(f"env-{i:02d}", 4 + i % 9, f"fam-{i % families}") for i in range(n)]


def fake_rollouts(proposals, rng, rollouts=4):
    """Rewards from a made-up skill: success falls with level, varies by environment; every fifth is broken."""
    out = []
    for p in proposals:
        index = int(p.env_id[-2:])
        q = 0.0 if index % 5 == 4 else 1.0 / (1.0 + 2.0 ** (p.level - index % 7))
        out.extend(Outcome(p.env_id, p.level, p.seed, float(rng.random() < q)) for _ in range(rollouts))
    return out


def run_steps(curriculum, n, rng, batch_size=10):
    proposals = []
    for _ in range(n):
        step = curriculum.propose(batch_size)
        proposals.append(step)
        curriculum.update(fake_rollouts(step, rng))
    return proposals


@pytest.mark.parametrize("controller", ["band", "upstream", "rlve", "threshold", "uniform"])
def test_two_copies_fed_the_same_outcomes_propose_the_same(controller):
    config = CurriculumConfig(controller=controller, active_size=6)
    a, b = Curriculum(pool(), config, seed=3), Curriculum(pool(), config, seed=3)
    assert run_steps(a, 40, random.Random(1)) == run_steps(b, 40, random.Random(1))
    assert a.state_dict() == b.state_dict()
    assert run_steps(Curriculum(pool(), config, seed=4), 3, random.Random(1)) != run_steps(
        Curriculum(pool(), config, seed=3), 3, random.Random(1)
    )


@pytest.mark.parametrize("config", [CurriculumConfig(active_size=6), CurriculumConfig.upstream(active_size=6)])
def test_json_round_trip_mid_run_continues_identically(config):
    original = Curriculum(pool(), config, seed=11)
    run_steps(original, 25, random.Random(2))
    restored = Curriculum(pool(), config, seed=0)  # the seed comes back from the state
    restored.load_state_dict(json.loads(json.dumps(original.state_dict())))
    assert restored.state_dict() == original.state_dict()
    assert run_steps(restored, 30, random.Random(9)) == run_steps(original, 30, random.Random(9))
    assert [e for e in original.curator.events if e["event"] == "retired"]  # the run exercised curation


def test_state_must_match_pool_and_settings():
    state = Curriculum(pool(), CurriculumConfig(active_size=6)).state_dict()
    with pytest.raises(ValueError, match="another environment pool"):
        Curriculum(pool(n=23), CurriculumConfig(active_size=6)).load_state_dict(state)
    with pytest.raises(ValueError, match=r"other settings: \['active_size'\]"):
        Curriculum(pool(), CurriculumConfig(active_size=5)).load_state_dict(state)


def test_seeds_are_unique_train_seeds():
    c = Curriculum(pool(), CurriculumConfig(active_size=8), seed=5)
    seeds = [p.seed for step in run_steps(c, 200, random.Random(0), batch_size=24) for p in step]
    assert len(seeds) == 4800 == len(set(seeds))
    assert all(0 <= s < TRAIN_SEED_LIMIT for s in seeds)
    assert len({s >> 58 for s in seeds}) == 16  # spread over the whole space, not a counter
    assert len({train_seed(123, i) for i in range(100_000)}) == 100_000
    with pytest.raises(ValueError, match="outside"):
        train_seed(0, TRAIN_SEED_LIMIT)


def test_batch_is_spread_fairly_over_active_envs():
    c = Curriculum(pool(), CurriculumConfig(active_size=7, retire_rules=[]), seed=2)
    totals = Counter()
    for _ in range(7):
        step = c.propose(10)  # 1 each + 3 extra by rotation
        counts = Counter(p.env_id for p in step)
        assert len(step) == 10 and set(counts) <= set(c.active)
        assert max(counts.values()) - min(counts[e] for e in c.active) <= 1
        totals.update(counts)
    assert set(totals.values()) == {10}  # over a full rotation everyone got the same
    assert len(c.propose()) == 7  # default: active_size * prompts_per_env
    assert len({(p.env_id, p.level, p.seed) for p in c.propose(50)}) == 50


def test_upstream_split_across_prompts_of_one_env():
    config = CurriculumConfig(controller="upstream", active_size=1, retire_rules=[], prompts_per_env=5)
    c = Curriculum([CurriculumEnv("only", 10, "f")], config)
    c.controllers["only"].d = 2.4
    assert Counter(p.level for p in c.propose()) == {3: 2, 2: 3}


def test_update_feeds_controllers_and_reports_metrics():
    c = Curriculum(pool(), CurriculumConfig(controller="upstream", active_size=3, retire_rules=[]), seed=1)
    a, b, d = c.active
    m = c.update(
        [Outcome(a, 0, 1, 1.0), Outcome(a, 0, 1, 0.0), Outcome(a, 0, 1, 1.0), Outcome(a, 0, 1, 1.0)]  # 3/4
        + [Outcome(b, 0, 2, 1.0)] * 4  # all correct: uninformative
        + [Outcome(d, 0, 3, -1.0)] * 4  # -1 rewards count as failures
    )
    assert c.controllers[a].d == pytest.approx(0.5)
    assert c.controllers[b].d == 1.0 and c.controllers[d].d == 0.0
    assert m.informative_fraction == pytest.approx(1 / 3)
    assert m.accuracy == pytest.approx(7 / 12)
    assert m.env_success == {a: 0.75, b: 1.0, d: 0.0}
    assert m.env_levels == {a: 0.5, b: 1.0, d: 0.0}
    flat = m.as_dict()
    assert flat["curriculum/informative_fraction"] == pytest.approx(1 / 3)
    assert all(k.startswith("curriculum/") and isinstance(v, float) for k, v in flat.items())
    with pytest.raises(ValueError, match="unknown environment 'ghost'"):
        c.update([Outcome("ghost", 0, 1, 1.0)])


def test_quarantine_removes_env_and_ignores_its_outcomes():
    c = Curriculum(pool(), CurriculumConfig(active_size=5), seed=1)
    broken = c.active[2]
    c.quarantine(broken, "reference solution crashes")
    assert broken not in c.active and len(c.active) == 5
    m = c.update([Outcome(broken, 0, 1, 1.0)] * 4)
    assert (m.groups, m.quarantined, m.added) == (0, 1, 1)
    assert m.events[0] == {"step": 0, "env_id": broken, "event": "quarantined", "reason": "reference solution crashes"}
    for step in run_steps(c, 60, random.Random(3)):
        assert broken not in {p.env_id for p in step}
    assert c.state_dict()["curator"]["quarantined"] == {broken: "reference solution crashes"}


@pytest.mark.parametrize("controller", ["band", "upstream", "rlve", "threshold", "uniform", "fixed"])
def test_capped_env_is_never_proposed_above_its_cap(controller):
    config = CurriculumConfig(controller=controller, controller_args={"fraction": 1.0} if controller == "fixed" else {},
                              active_size=1, retire_rules=())
    c = Curriculum([CurriculumEnv("big", 12, "f")], config, seed=0)
    always_right = lambda step: [Outcome(p.env_id, p.level, p.seed, 1.0) for p in step for _ in range(4)]  # noqa: E731
    for _ in range(6):
        c.update(always_right(c.propose(4)))
    c.cap_level("big", 3, "prompt over budget at level 4")
    assert c.curator.events[-1]["event"] == "capped" and "level 4" in c.curator.events[-1]["reason"]
    levels = set()
    for _ in range(20):
        step = c.propose(4)
        levels |= {p.level for p in step}
        c.update(always_right(step))
    assert max(levels) <= 3
    if controller != "rlve":  # RLVE climbs one level per 128 rollouts: it has not reached the cap yet
        assert max(levels) == 3  # pushed up by all-correct steps, held at the cap
    restored = Curriculum([CurriculumEnv("big", 12, "f")], config, seed=0)
    restored.load_state_dict(json.loads(json.dumps(c.state_dict())))
    assert restored.caps.top("big") == 3 and restored.controllers["big"].max_level == 3
    assert restored.propose(8) == c.propose(8)


def test_cap_below_zero_quarantines_and_a_cap_must_lower_the_max():
    c = Curriculum(pool(), CurriculumConfig(active_size=5), seed=1)
    env = c.active[0]
    with pytest.raises(ValueError, match="not below its max level"):
        c.cap_level(env, c.envs[env].max_level, "no-op")
    c.cap_level(env, -1, "level 0 times out")
    assert env not in c.active and c.curator.quarantined[env] == "level 0 times out"


def test_max_rule_retires_at_the_cap():
    config = CurriculumConfig(controller="upstream", active_size=1, retire_rules=("max",), retire_max_steps=2)
    c = Curriculum([CurriculumEnv("a", 9, "f"), CurriculumEnv("b", 9, "f")], config, seed=0)
    first = c.active[0]
    c.cap_level(first, 1, "too slow above level 1")
    for _ in range(4):
        step = c.propose(2)
        c.update([Outcome(p.env_id, p.level, p.seed, 1.0) for p in step for _ in range(4)])
    assert first not in c.active
    assert any(e["event"] == "retired" and e["env_id"] == first and "max level 1" in e["reason"] for e in c.curator.events)


def test_config_round_trips_and_validates():
    config = CurriculumConfig(controller="band", controller_args={"decay": 0.5}, active_size=16, retire_rules=["zero"])
    data = json.loads(json.dumps(config.to_dict()))
    assert CurriculumConfig.from_dict(data) == config
    assert CurriculumConfig.upstream().to_dict()["replacement"] == "uniform"
    with pytest.raises(ValueError, match=r"unknown curriculum settings \['tagret'\]"):
        CurriculumConfig.from_dict({"tagret": 0.5})
    with pytest.raises(ValueError, match="unknown curriculum controller"):
        CurriculumConfig(controller="scalar")
    with pytest.raises(ValueError, match="bad settings for controller 'band'"):
        CurriculumConfig(controller_args={"decy": 0.5})
    with pytest.raises(ValueError, match="target_success"):
        CurriculumConfig(target_success=1.0)


def test_env_spec_from_environment():
    env = SimpleNamespace(id="graph-paths", max_level=12, family_name="codecontests")
    assert CurriculumEnv.from_environment(env) == CurriculumEnv("graph-paths", 12, "codecontests")


def test_pool_errors():
    with pytest.raises(ValueError, match="duplicate environment ids"):
        Curriculum([CurriculumEnv("a", 3, "f"), CurriculumEnv("a", 3, "f")])
    with pytest.raises(ValueError, match="max_level"):
        CurriculumEnv("a", -1, "f")
