"""Metrics, traces and plots; the simulated learners; equal-budget simulation; the curriculum benchmark."""

import json
import random

import pytest

from scaler.bench import curriculum as bench
from scaler.curriculum import Curriculum, CurriculumConfig, Group, Outcome, Trace, plot_trace
from scaler.curriculum.baselines import CurriculumSampler, DynamicSampling
from scaler.curriculum.metrics import step_metrics
from scaler.curriculum.simulate import (LEARNERS, GeneralConfig, GeneralLearner, PoolLearner, SimConfig, rollout,
                                        simulate)


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
    learner = PoolLearner(SimConfig(n_envs=24, n_families=4, seed=1))
    curriculum = Curriculum(learner.envs, config, seed=1)
    live = tmp_path / "live.jsonl"
    trace = Trace(live)
    rng = random.Random(1)
    for _ in range(30):
        groups = rollout(learner, curriculum.propose(), rng)
        trace.append(curriculum.update([Outcome(g.env_id, g.level, g.seed, r) for g in groups for r in g.rewards]))
        learner.learn(groups, batch_size=8)
    trace.write_jsonl(tmp_path / "trace.jsonl")
    assert Trace.read_jsonl(tmp_path / "trace.jsonl") == trace.records == Trace.read_jsonl(live)
    assert [r["step"] for r in trace.records] == list(range(30))
    pytest.importorskip("matplotlib")
    png = tmp_path / "curriculum.png"
    plot_trace(trace.records, png)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    with pytest.raises(ValueError, match="at least one"):
        plot_trace([], png)


def _pool(**kw):
    return PoolLearner(SimConfig(**{"n_envs": 8, "n_families": 2, "broken_fraction": 0.0, "held_out_fraction": 0.0,
                                    "learning_rate": 0.1, "transfer": 0.5, **kw}))


def test_pool_learner_learns_from_mixed_groups_with_family_transfer():
    learner = _pool()
    a, sibling, stranger = "sim-0000", "sim-0002", "sim-0001"  # families by index parity
    before = dict(learner.skill)
    learner.learn([Group(a, 0, 1, (1.0,) * 8), Group(a, 0, 2, (0.0,) * 8)], batch_size=2)
    assert learner.skill == before
    learner.learn([Group(a, 0, 3, (1.0, 0.0) * 4)], batch_size=1)  # std 0.5: gain 0.1 * 2 * 0.5
    assert learner.skill[a] - before[a] == pytest.approx(0.1)
    assert learner.skill[sibling] - before[sibling] == pytest.approx(0.05)
    assert learner.skill[stranger] == before[stranger]
    p0, p1 = learner.success_probability(a, 0), learner.success_probability(a, 5)
    assert 0 < p1 < p0 < 1


def test_update_is_averaged_over_its_groups():
    """A zero-variance group in an update halves the mixed group's step (TRL's batch normalisation)."""
    mixed, flat = Group("sim-0000", 0, 1, (1.0, 0.0) * 4), Group("sim-0000", 0, 2, (1.0,) * 8)
    diluted, alone = _pool(), _pool()
    start = diluted.skill["sim-0000"]
    diluted.learn([mixed, flat], batch_size=2)
    alone.learn([mixed], batch_size=2)
    assert diluted.skill["sim-0000"] - start == pytest.approx(0.1)
    assert alone.skill["sim-0000"] - start == pytest.approx(0.2)


def test_pool_learner_broken_and_held_out():
    learner = PoolLearner(SimConfig(n_envs=40, n_families=4, broken_fraction=0.25, held_out_fraction=0.2, seed=3))
    assert len(learner.broken) == 10 and len(learner.held_out) == 6  # a fifth of the 30 working ones
    assert learner.success_probability(sorted(learner.broken)[0], 0) == 0.0
    assert not learner.held_out & {e.env_id for e in learner.envs}
    assert not learner.held_out & learner.broken
    assert len({learner.family_of[e] for e in learner.held_out}) == 4  # spread over families
    held = sorted(learner.held_out)[0]
    sibling = next(e.env_id for e in learner.envs
                   if learner.family_of[e.env_id] == learner.family_of[held] and e.env_id not in learner.broken)
    before = learner.skill[held]
    learner.learn([Group(sibling, 0, 1, (1.0, 0.0) * 4)], batch_size=1)
    assert learner.skill[held] - before == pytest.approx(learner.config.learning_rate * learner.config.transfer)


def test_general_learner_assumptions():
    learner = GeneralLearner(GeneralConfig(seed=2))
    trained_ids = {e.env_id for e in learner.envs}
    assert learner.always and learner.never and learner.ceiling and learner.held_out
    assert not learner.held_out & trained_ids
    assert not learner.held_out & (learner.always | learner.never | set(learner.ceiling))
    assert all(learner.success_probability(e, learner.max_level[e]) == 1.0 for e in learner.always)
    assert all(learner.success_probability(e, 0) == 0.0 for e in learner.never)
    env, ceiling = next(iter(learner.ceiling.items()))
    assert learner.success_probability(env, ceiling + 1) == 0.0
    assert learner.success_probability(env, ceiling) > 0.0
    steep = sorted(learner.steepness.values())
    assert steep[0] < 1.0 < steep[-1]

    ordinary = next(e for e in sorted(trained_ids)
                    if e not in learner.always | learner.never and e not in learner.ceiling)
    other = next(e for e in sorted(trained_ids) if e != ordinary and e not in learner.always | learner.never)
    held = sorted(learner.held_out)[0]
    learner.offset[other] += 1.0  # a trained skill the next update does not touch: it is forgotten a little
    p_held = learner.success_probability(held, 0)
    c = learner.config
    learner.learn([Group(ordinary, 0, 1, (1.0, 0.0) * 4)], batch_size=1)
    assert learner.general == pytest.approx(c.general_rate)
    assert learner.offset[ordinary] - learner.initial_offset[ordinary] == pytest.approx(c.env_rate)
    assert learner.offset[other] - learner.initial_offset[other] == pytest.approx(1.0 - c.forgetting)
    assert learner.offset[held] == learner.initial_offset[held]  # held out: only the shared skill moves it
    assert learner.success_probability(held, 0) > p_held
    before = learner.general
    learner.learn([Group(sorted(learner.always)[0], 0, 1, (1.0, 0.0) * 4)], batch_size=1)
    assert learner.general == before  # degenerate environments teach nothing


def test_simulate_spends_an_equal_budget_and_is_reproducible():
    budget, batch = 40 * 8 * 8, 8

    def run(make, seed=2):
        learner = LEARNERS["pool"](seed, 8)
        return simulate(make(learner.envs, seed), learner, budget=budget, batch_size=batch, seed=seed)

    ours = run(lambda envs, seed: CurriculumSampler(envs, CurriculumConfig(active_size=batch), seed))
    dapo = run(lambda envs, seed: DynamicSampling(envs, seed))
    assert ours.rollouts == budget and ours.updates == 40  # no refill: one batch per update
    assert budget - batch * 8 < dapo.rollouts <= budget
    assert dapo.updates < 40  # discarded groups are paid for: fewer updates from the same budget
    assert dapo.kept_informative_fraction == 1.0 and dapo.informative_fraction < 1.0
    again = run(lambda envs, seed: DynamicSampling(envs, seed))
    assert again.figures() == dapo.figures()
    other = run(lambda envs, seed: DynamicSampling(envs, seed), seed=3)
    assert other.figures() != dapo.figures()


@pytest.mark.parametrize("learner", list(LEARNERS))
def test_learners_are_deterministic_per_seed(learner):
    a, b, c = LEARNERS[learner](5, 8), LEARNERS[learner](5, 8), LEARNERS[learner](6, 8)
    assert [e.env_id for e in a.envs] == [e.env_id for e in b.envs]
    assert a.summary() == b.summary() and a.summary() != c.summary()


def test_benchmark_small_run_tables_and_json(capsys):
    policies = ["scaler default (ours)", "DAPO dynamic sampling", "AdaRFT"]
    report = bench.run(seeds=2, steps=10, active_size=8, policies=policies, quiet=True)
    assert report["learners"].keys() == set(LEARNERS)
    for table in report["learners"].values():
        assert list(table) == policies
        for fig in table.values():
            assert fig["rollouts"]["mean"] <= report["settings"]["budget_rollouts"]
            assert fig["informative_fraction"]["sd"] >= 0.0
    text = bench.format_tables(report)
    assert "learner `general`" in text and "| scaler default (ours) |" in text and " ± " in text
    assert bench.main(["--json", "--learner", "pool", "--seeds", "1", "--steps", "5", "--active", "8",
                       "--policy", "AdaRFT"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert list(printed["learners"]) == ["pool"] and list(printed["learners"]["pool"]) == ["AdaRFT"]
    assert printed["settings"]["seeds"] == 1


def test_every_benchmark_policy_runs_on_every_learner():
    report = bench.run(seeds=1, steps=4, active_size=8, quiet=True)
    for table in report["learners"].values():
        assert list(table) == list(bench.POLICIES)
