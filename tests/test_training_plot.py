"""The curriculum plot renders at 1 step and at 1,000 (simulated learner), with the trainer's logs and events."""

from __future__ import annotations

import random

import pytest

from scaler.curriculum import Curriculum, CurriculumConfig, Outcome, Trace, plot_trace
from scaler.curriculum.simulate import PoolLearner, SimConfig, rollout

pytest.importorskip("matplotlib")


def simulated(steps: int) -> tuple[list[dict], list[dict], dict[str, int]]:
    learner = PoolLearner(SimConfig(n_envs=24, n_families=4, seed=1))
    curriculum = Curriculum(learner.envs, CurriculumConfig(active_size=8), seed=1)
    trace, rng = Trace(), random.Random(1)
    for step in range(1, steps + 1):
        groups = rollout(learner, curriculum.propose(), rng)
        record = trace.append(curriculum.update([Outcome(g.env_id, g.level, g.seed, r)
                                                 for g in groups for r in g.rewards]))
        record["global_step"] = step
        learner.learn(groups, len(groups))
    logs = [{"step": r["global_step"], "reward": r["accuracy"], "frac_reward_zero_std": 1 - r["informative_fraction"],
             "loss": 0.0, "grad_norm": 0.1} for r in trace.records]
    return trace.records, logs, {e.env_id: e.max_level for e in learner.envs}


@pytest.mark.parametrize("steps", [1, 1000])
def test_plot_renders_at_one_step_and_at_a_thousand(tmp_path, steps):
    records, logs, max_levels = simulated(steps)
    assert all(r["time"] > 0 for r in records)
    png = tmp_path / "curriculum.png"
    plot_trace(records, png, max_levels=max_levels, log_history=logs)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 20_000
    if steps == 1000:
        assert any(r["events"] for r in records)  # the heatmap has retire/add markers to draw


def test_plot_without_trainer_logs_and_of_an_empty_trace(tmp_path):
    records, _, _ = simulated(3)
    plot_trace(records, tmp_path / "a.png")
    assert (tmp_path / "a.png").stat().st_size > 10_000
    with pytest.raises(ValueError, match="at least one"):
        plot_trace([], tmp_path / "b.png")
