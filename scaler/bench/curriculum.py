"""``scaler bench curriculum``: curricula and samplers compared on simulated learners at equal rollout budget.

Every policy runs on the same simulated pools (:mod:`scaler.curriculum.simulate`: the ``pool`` and the
``general`` learner), with the same seeds, until it has generated the same number of rollouts
(``steps x batch x rollouts``; discarded groups count). The static, reasoning-gym and RLVE rules and
the samplers of :mod:`scaler.curriculum.baselines` draw from the whole pool; SCALER (upstream) and
ours keep an active set. The figures compare rules under the simulators' stated assumptions; they are
not claims about real models.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from typing import Any, Callable, Sequence

from scaler.curriculum.baselines import AdaRFT, CurriculumSampler, DifficultyPools, DynamicSampling, OnlineFilter, Sampler
from scaler.curriculum.config import CurriculumConfig
from scaler.curriculum.simulate import LEARNERS, simulate
from scaler.curriculum.types import CurriculumEnv

Policy = Callable[[Sequence[CurriculumEnv], int, int], Sampler]
"""``(envs, active_size, seed) -> sampler``."""

COLUMNS = (
    ("informative_fraction", "informative (generated)", "{:.3f}"),
    ("normalized_skill", "final skill", "{:.3f}"),
    ("held_out_skill", "held-out skill", "{:.3f}"),
    ("mastered", "mastered", "{:.1f}"),
    ("rollouts", "rollouts", "{:.0f}"),
    ("updates", "updates", "{:.0f}"),
)


def _curriculum(**settings: Any) -> Policy:
    return lambda envs, active, seed: CurriculumSampler(envs, _config(settings, len(envs), active), seed)


def _config(settings: dict[str, Any], n_envs: int, active: int) -> CurriculumConfig:
    settings = dict(settings)
    preset = settings.pop("preset", "default")
    whole_pool = settings.pop("whole_pool", False)
    size = dict(active_size=n_envs, retire_rules=[]) if whole_pool else dict(active_size=active)
    return CurriculumConfig.preset(preset, **size, **settings)


POLICIES: dict[str, Policy] = {
    "static uniform level": _curriculum(controller="uniform", whole_pool=True),
    "static mid level": _curriculum(controller="fixed", whole_pool=True),
    "reasoning-gym thresholds": _curriculum(controller="threshold", whole_pool=True),
    "RLVE": _curriculum(controller="rlve", whole_pool=True),
    "DAPO dynamic sampling": lambda envs, active, seed: DynamicSampling(envs, seed),
    "online difficulty filtering": lambda envs, active, seed: OnlineFilter(envs, seed),
    "prime-rl difficulty pools": lambda envs, active, seed: DifficultyPools(envs, seed),
    "AdaRFT": lambda envs, active, seed: AdaRFT(envs, seed),
    "SCALER (upstream)": _curriculum(preset="upstream"),
    "scaler default (ours)": _curriculum(),
    "ours + zero-variance filter": lambda envs, active, seed: CurriculumSampler(
        envs, CurriculumConfig(active_size=active), seed, zero_variance_filter=True),
}


def run(json_output: bool = False, *, learners: Sequence[str] = tuple(LEARNERS), policies: Sequence[str] | None = None,
        seeds: int = 3, active_size: int = 32, rollouts: int = 8, steps: int = 300, quiet: bool = False) -> dict[str, Any]:
    """Every policy on every learner and seed; prints tables (or JSON) unless ``quiet``; returns the figures."""
    budget = steps * active_size * rollouts
    report: dict[str, Any] = {"benchmark": "curriculum", "settings": {
        "budget_rollouts": budget, "batch_size": active_size, "rollouts": rollouts, "seeds": seeds}, "learners": {}}
    for learner_name in learners:
        table = {}
        for name in policies or POLICIES:
            runs = []
            started = time.perf_counter()
            for seed in range(seeds):
                learner = LEARNERS[learner_name](seed, rollouts)
                sampler = POLICIES[name](learner.envs, active_size, seed)
                runs.append(simulate(sampler, learner, budget=budget, batch_size=active_size, seed=seed).figures())
            table[name] = {key: {"mean": statistics.fmean(r[key] for r in runs),
                                 "sd": statistics.pstdev(r[key] for r in runs)} for key in runs[0]}
            table[name]["seconds"] = time.perf_counter() - started
        report["learners"][learner_name] = table
    if not quiet:
        print(json.dumps(report, indent=2) if json_output else format_tables(report))
    return report


def format_tables(report: dict[str, Any]) -> str:
    """Markdown tables of a :func:`run` report, one per learner (mean ± sd over seeds)."""
    s = report["settings"]
    lines = [f"curriculum benchmark (simulated learners): {s['budget_rollouts']:,} rollouts per run "
             f"(batch {s['batch_size']} prompts x {s['rollouts']}), mean ± sd over {s['seeds']} seeds"]
    for learner, table in report["learners"].items():
        lines += ["", f"learner `{learner}`", "",
                  "| policy | " + " | ".join(header for _, header, _ in COLUMNS) + " |",
                  "|---|" + "---:|" * len(COLUMNS)]
        for name, fig in table.items():
            cells = [f"{fmt.format(fig[key]['mean'])} ± {fmt.format(fig[key]['sd'])}" for key, _, fmt in COLUMNS]
            lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scaler bench curriculum", description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print JSON instead of tables")
    parser.add_argument("--learner", choices=list(LEARNERS), action="append", default=None,
                        help="simulated learner(s) (default: all)")
    parser.add_argument("--policy", choices=list(POLICIES), action="append", default=None, help="default: all")
    parser.add_argument("--seeds", type=int, default=3, help="seeds per policy and learner")
    parser.add_argument("--active", type=int, default=32, help="active-set size and prompts per step")
    parser.add_argument("--rollouts", type=int, default=8, help="rollouts per prompt")
    parser.add_argument("--steps", type=int, default=300, help="budget in steps of a full batch")
    args = parser.parse_args(argv)
    run(args.json, learners=args.learner or tuple(LEARNERS), policies=args.policy, seeds=args.seeds,
        active_size=args.active, rollouts=args.rollouts, steps=args.steps)
    return 0
