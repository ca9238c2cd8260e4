"""``scaler bench curriculum``: curricula compared on the simulated learner (:mod:`scaler.curriculum.simulate`).

Every policy runs on the same simulated pool with the same seeds and the same budget (``steps`` x
``batch_size`` prompts x ``rollouts`` rollouts). Policies are as their sources run them: the static,
reasoning-gym and RLVE rules have no curation, so their batch rotates over the whole pool; SCALER
(upstream) and ours keep an active set of ``active_size``. The figures compare rules under the
simulator's stated assumptions; they are not claims about real models.
"""

from __future__ import annotations

import argparse
import json
import time
from dataclasses import asdict
from typing import Any

from scaler.curriculum.config import CurriculumConfig
from scaler.curriculum.simulate import SimConfig, simulate

COLUMNS = (
    ("informative_fraction", "informative", "{:.3f}"),
    ("final_skill", "final skill", "{:.2f}"),
    ("skill_gain", "skill gain", "{:.2f}"),
    ("mastered", "mastered", "{:.0f}"),
    ("retired", "turnover", "{:.0f}"),
    ("envs_trained", "envs trained", "{:.0f}"),
    ("accuracy", "accuracy", "{:.3f}"),
)


def policies(n_envs: int, active_size: int, ablation: bool = False) -> dict[str, CurriculumConfig]:
    """The compared curricula, keyed by the name the table shows; ``ablation`` adds the two crossings
    of {upstream, our} controller x {upstream, our} curation."""
    whole_pool = dict(active_size=n_envs, retire_rules=[])
    crossings = {
        "upstream controller + our curation": CurriculumConfig(controller="upstream", active_size=active_size),
        "our controller + upstream curation": CurriculumConfig.upstream(controller="band", active_size=active_size),
    }
    return {
        "static uniform level": CurriculumConfig(controller="uniform", **whole_pool),
        "static mid level": CurriculumConfig(controller="fixed", **whole_pool),
        "reasoning-gym thresholds": CurriculumConfig(controller="threshold", **whole_pool),
        "RLVE": CurriculumConfig(controller="rlve", **whole_pool),
        "SCALER (upstream)": CurriculumConfig.upstream(active_size=active_size),
        "scaler default (ours)": CurriculumConfig(active_size=active_size),
        **(crossings if ablation else {}),
    }


def run(
    json_output: bool = False,
    *,
    n_envs: int = 128,
    active_size: int = 32,
    rollouts: int = 8,
    steps: int = 300,
    seed: int = 0,
    ablation: bool = False,
    quiet: bool = False,
) -> dict[str, Any]:
    """Run every policy; print a table (or JSON) unless ``quiet``; return the figures."""
    sim = SimConfig(n_envs=n_envs, rollouts=rollouts, seed=seed)
    results: dict[str, dict[str, float]] = {}
    for name, config in policies(n_envs, active_size, ablation).items():
        start = time.perf_counter()
        result = simulate(config, sim, steps=steps, batch_size=active_size, seed=seed)
        results[name] = {**result.figures(), "seconds": time.perf_counter() - start}
    report = {
        "benchmark": "curriculum",
        "settings": {"steps": steps, "batch_size": active_size, "active_size": active_size, "simulator": asdict(sim)},
        "policies": results,
    }
    if not quiet:
        print(json.dumps(report, indent=2) if json_output else format_table(report))
    return report


def format_table(report: dict[str, Any]) -> str:
    """A Markdown table of a :func:`run` report."""
    s = report["settings"]
    sim = s["simulator"]
    lines = [
        f"curriculum benchmark (simulated learner): {sim['n_envs']} envs, batch {s['batch_size']} prompts x "
        f"{sim['rollouts']} rollouts, {s['steps']} steps, seed {sim['seed']}",
        "",
        "| policy | " + " | ".join(header for _, header, _ in COLUMNS) + " | seconds |",
        "|---|" + "---:|" * (len(COLUMNS) + 1),
    ]
    for name, fig in report["policies"].items():
        cells = [fmt.format(fig[key]) for key, _, fmt in COLUMNS]
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {fig['seconds']:.1f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="scaler bench curriculum", description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--envs", type=int, default=128, help="simulated pool size")
    parser.add_argument("--active", type=int, default=32, help="active-set size and prompts per step")
    parser.add_argument("--rollouts", type=int, default=8, help="rollouts per prompt")
    parser.add_argument("--steps", type=int, default=300, help="training steps")
    parser.add_argument("--seed", type=int, default=0, help="seeds the simulated pool, the rollouts and the curricula")
    parser.add_argument("--ablation", action="store_true", help="also cross upstream/our controller with upstream/our curation")
    args = parser.parse_args(argv)
    run(args.json, n_envs=args.envs, active_size=args.active, rollouts=args.rollouts, steps=args.steps,
        seed=args.seed, ablation=args.ablation)


if __name__ == "__main__":
    main()
