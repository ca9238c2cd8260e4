"""Metrics, traces and plots; the learner simulator; the curriculum benchmark."""

import json
import math
import random

import pytest

from scaler.bench import curriculum as bench
from scaler.curriculum import Curriculum, CurriculumConfig, Group, Outcome, Trace, plot_trace
from scaler.curriculum.metrics import step_metrics
from scaler.curriculum.simulate import Learner, SimConfig, simulate


def test_step_metrics_by_hand():
    groups = [
        Group("a", 0, 1, (1.0, 0.0, 1.0, 1.0)),  # informative, level 0/4
        Group("a", 2, 2, (1.0, 1.0, 1.0, 1.0)),  # level 2/4
        Group("b", 10, 3, (0.0, 0.0, 0.0, 0.0)),  # level 10/10
    ]
    events = [{"step": 4, "env_id": "b", "event": "retired", "reason": "max: ..."},
              {"step": 4, "env_id": "c", "event": "added", "reason": ""}]
    m = step_metrics(4, groups, {"a": 4, "b": 10}, success_threshold=0.5, env_levels={"a": 1.5, "c": 0.0},
                     events=events, active=2)
    assert (m.groups, m.rollouts, m.retired, m.added, m.quarantined) == (3, 12, 1, 1, 0)
    assert m.informative_fraction == pytest.approx(1 / 3)
    assert m.accuracy == pytest.approx(7 / 12)
    assert m.mean_level == pytest.approx(4.0)
    assert m.normalized_level == pytest.approx((0 + 0.5 + 1.0) / 3)
    assert m.level_accuracy == {"0.00-0.25": 0.75, "0.50-0.75": 1.0, "0.75-1.00": 0.0}
    assert m.env_success == {"a": 7 / 8, "b": 0.0}
    flat = m.as_dict()
    assert flat["curriculum/accuracy_level_0.50-0.75"] == 1.0
    assert flat["curriculum/retired"] == 1.0


def test_trace_jsonl_and_plot(tmp_path):
    config = CurriculumConfig(active_size=8)
    learner = Learner(SimConfig(n_envs=24, n_families=4, seed=1))
    curriculum = Curriculum(learner.envs, config, seed=1)
    live = tmp_path / "live.jsonl"
    trace = Trace(live)
    rng = random.Random(1)
    for _ in range(30):
        groups = learner.rollout(curriculum.propose(), rng)
        trace.append(curriculum.update([Outcome(g.env_id, g.level, g.seed, r) for g in groups for r in g.rewards]))
        learner.learn(groups)
    trace.write_jsonl(tmp_path / "trace.jsonl")
    assert Trace.read_jsonl(tmp_path / "trace.jsonl") == trace.records == Trace.read_jsonl(live)
    assert [r["step"] for r in trace.records] == list(range(30))
    pytest.importorskip("matplotlib")
    png = tmp_path / "curriculum.png"
    plot_trace(trace.records, png)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    with pytest.raises(ValueError, match="at least one"):
        plot_trace([], png)


def test_learner_learns_only_from_mixed_groups_with_family_transfer():
    learner = Learner(SimConfig(n_envs=8, n_families=2, broken_fraction=0.0, learning_rate=0.1, transfer=0.5))
    a, sibling, stranger = "sim-0000", "sim-0002", "sim-0001"  # families by index parity
    before = dict(learner.skill)
    learner.learn([Group(a, 0, 1, (1.0,) * 8), Group(a, 0, 2, (0.0,) * 8)])
    assert learner.skill == before
    learner.learn([Group(a, 0, 3, (1.0, 0.0) * 4)])  # std 0.5: gain 0.1 * 2 * 0.5
    assert learner.skill[a] - before[a] == pytest.approx(0.1)
    assert learner.skill[sibling] - before[sibling] == pytest.approx(0.05)
    assert learner.skill[stranger] == before[stranger]
    p0, p1 = learner.success_probability(a, 0), learner.success_probability(a, 5)
    assert 0 < p1 < p0 < 1


def test_learner_broken_envs_are_never_solved():
    learner = Learner(SimConfig(n_envs=40, broken_fraction=0.25, seed=3))
    assert len(learner.broken) == 10
    env = sorted(learner.broken)[0]
    assert learner.success_probability(env, 0) == 0.0


def test_simulate_is_reproducible():
    config = CurriculumConfig(active_size=8)
    sim = SimConfig(n_envs=32, n_families=4)
    a = simulate(config, sim, steps=20, batch_size=8, seed=2)
    b = simulate(config, sim, steps=20, batch_size=8, seed=2)
    assert a.figures() == b.figures()
    assert 0.0 <= a.informative_fraction <= 1.0 and not math.isnan(a.final_skill)


def test_benchmark_small_run_reports_every_policy(capsys):
    report = bench.run(json_output=True, n_envs=32, active_size=8, steps=15)
    printed = json.loads(capsys.readouterr().out)
    assert printed["policies"].keys() == report["policies"].keys() == bench.policies(32, 8).keys()
    assert "| scaler default (ours) |" in bench.format_table(report)


def test_benchmark_claims_at_default_settings():
    """The comparisons docs/curriculum.md states, at the default benchmark settings."""
    figures = bench.run(quiet=True)["policies"]
    ours, upstream = figures["scaler default (ours)"], figures["SCALER (upstream)"]
    for key in ("informative_fraction", "final_skill"):
        assert ours[key] > upstream[key]
        best_static = max(figures["static uniform level"][key], figures["static mid level"][key])
        for adaptive in ("reasoning-gym thresholds", "RLVE", "SCALER (upstream)", "scaler default (ours)"):
            assert figures[adaptive][key] > best_static, (adaptive, key)
