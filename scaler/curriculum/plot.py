"""A PNG of a curriculum run, readable at 1 step and at 1,000.

Panels: each environment's normalised level (level / max level; thin lines, their median bold);
success rate against the target band, with the success rate of each normalised-level bucket; the
trainer's reward and fraction of groups without mixed rewards (``frac_reward_zero_std``, from its
``log_history``) when given; and an environment x step heatmap of normalised levels with markers for
retirements, additions, quarantines and level caps.
"""

from __future__ import annotations

import math
import os
import statistics
from typing import Any, Mapping, Sequence

EVENT_MARKERS = {
    "added": ("^", "tab:blue"),
    "retired": ("v", "black"),
    "quarantined": ("X", "tab:red"),
    "capped": ("s", "tab:orange"),
}
TRAINER_SERIES = (
    ("reward", "reward (mean)", "tab:purple"),
    ("frac_reward_zero_std", "groups without mixed rewards", "tab:gray"),
    ("completions/clipped_ratio", "completions clipped", "tab:brown"),
)


def plot_trace(
    records: Sequence[Mapping[str, Any]],
    path: str | os.PathLike[str],
    title: str = "curriculum",
    *,
    max_levels: Mapping[str, int] | None = None,
    target: float = 0.5,
    band: float = 0.15,
    log_history: Sequence[Mapping[str, Any]] = (),
) -> None:
    """Write the PNG of trace ``records`` (from :class:`~scaler.curriculum.metrics.Trace`) to ``path``.

    ``max_levels`` normalises each environment's level (without it, levels are divided by the
    largest seen); ``target`` +- ``band`` is the success band the controller aims at; ``log_history``
    is the trainer's (``trainer_state.json``). Needs matplotlib, imported here with the Agg backend."""
    if not records:
        raise ValueError("plot_trace needs at least one trace record")
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        from matplotlib.ticker import MaxNLocator
    except ImportError as err:  # pragma: no cover - depends on the environment
        raise ImportError("plot_trace needs matplotlib: pip install 'scaler[dev]'") from err

    steps = [r.get("global_step", r["step"]) for r in records]
    env_ids = sorted({e for r in records for e in r["env_levels"]})
    norm = _normaliser(records, env_ids, max_levels)
    levels = [[norm(e, r["env_levels"].get(e)) for r in records] for e in env_ids]
    trainer_logs = [r for r in log_history if any(k in r for k, _, _ in TRAINER_SERIES)]
    few = len(records) <= 40
    style = {"marker": "o", "ms": 4} if few else {}
    window = max(1, len(records) // 50)  # long runs: a rolling mean keeps per-step noise readable
    xlim = _xlim([*steps, *(r["step"] for r in trainer_logs)])

    panels = 4 if trainer_logs else 3
    heat_height = min(8.0, 1.5 + 0.12 * len(env_ids))
    fig, axes = plt.subplots(panels, 1, figsize=(11, 7.5 + heat_height),
                             gridspec_kw={"height_ratios": [2.2] * (panels - 1) + [heat_height]})
    ax_level, ax_success = axes[0], axes[1]
    ax_heat = axes[-1]
    fig.suptitle(f"{title}: {len(env_ids)} environments, {len(records)} curriculum steps", fontsize=12)

    for row in levels:
        ax_level.plot(steps, row, lw=0.6, alpha=0.35, color="tab:blue", **({"marker": ".", "ms": 3} if few else {}))
    median = [statistics.median(v for v in col if not math.isnan(v)) if any(not math.isnan(v) for v in col) else math.nan
              for col in zip(*levels)]
    ax_level.plot(steps, median, lw=2.2, color="navy", label="median over environments", **style)
    ax_level.set_ylim(-0.03, 1.03)
    ax_level.set_ylabel("level / max level")
    ax_level.legend(loc="upper left", fontsize=8)

    ax_success.axhspan(target - band, target + band, color="tab:green", alpha=0.12,
                       label=f"target band {target:g} ± {band:g}")
    ax_success.axhline(target, color="tab:green", lw=0.8, ls="--")
    success_label = "success rate" + (f" (mean of {window} steps)" if window > 1 else "")
    ax_success.plot(steps, _smooth([r["accuracy"] for r in records], window), color="black", lw=1.8,
                    label=success_label, **style)
    buckets = sorted({b for r in records for b in r.get("level_accuracy", {})})
    colours = plt.get_cmap("viridis")
    for i, bucket in enumerate(buckets):
        ax_success.plot(steps, _smooth([r.get("level_accuracy", {}).get(bucket, math.nan) for r in records], window),
                        lw=0.9,
                        color=colours(i / max(1, len(buckets) - 1)), label=f"levels {bucket}",
                        **({"marker": ".", "ms": 5} if few else {}))
    ax_success.plot(steps, _smooth([r["informative_fraction"] for r in records], window), color="tab:green", lw=1.0,
                    ls=":",
                    label="groups with mixed rewards", **style)
    ax_success.set_ylim(-0.03, 1.03)
    ax_success.set_ylabel("fraction")
    ax_success.legend(loc="upper left", fontsize=7, ncol=3)

    if trainer_logs:
        ax_train = axes[2]
        for key, label, colour in TRAINER_SERIES:
            points = [(r["step"], r[key]) for r in trainer_logs if key in r]
            if points:
                xs, ys = zip(*points)
                ax_train.plot(xs, ys, color=colour, label=label, **style)
        ax_train.set_ylabel("trainer logs")
        ax_train.legend(loc="upper left", fontsize=7, ncol=3)

    shown = _heatmap(ax_heat, steps, env_ids, levels, records)
    fig.colorbar(shown, cax=ax_heat.inset_axes((1.01, 0.0, 0.015, 1.0)), label="level / max level")
    fig.tight_layout(rect=(0.0, 0.0, 0.94, 1.0))
    for ax in axes:
        ax.set_xlim(*xlim)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.grid(alpha=0.25)
    fig.savefig(path, dpi=100)
    plt.close(fig)


def _normaliser(records, env_ids, max_levels):
    largest = {e: max((r["env_levels"][e] for r in records if e in r["env_levels"]), default=0.0) for e in env_ids}

    def norm(env_id: str, level: float | None) -> float:
        if level is None:
            return math.nan
        top = (max_levels or {}).get(env_id) or largest[env_id]
        return level / top if top else 0.0

    return norm


def _xlim(steps: Sequence[float]) -> tuple[float, float]:
    lo, hi = min(steps), max(steps)
    pad = max(0.5, (hi - lo) * 0.02)
    return lo - pad, hi + pad


def _smooth(values: Sequence[float], window: int) -> list[float]:
    """Trailing mean over ``window`` values, NaNs skipped (NaN where the window has none)."""
    out = []
    for i in range(len(values)):
        part = [v for v in values[max(0, i - window + 1) : i + 1] if not math.isnan(v)]
        out.append(sum(part) / len(part) if part else math.nan)
    return out


def _heatmap(ax, steps, env_ids, levels, records):
    """Environment x step image of normalised levels (blank: not active), with event markers."""
    import numpy as np

    image = np.array(levels, dtype=float).reshape(len(env_ids), len(steps))
    half = 0.5 if len(steps) == 1 else (steps[-1] - steps[0]) / (len(steps) - 1) / 2
    shown = ax.imshow(np.ma.masked_invalid(image), aspect="auto", interpolation="nearest", cmap="magma",
                      vmin=0.0, vmax=1.0, extent=(steps[0] - half, steps[-1] + half, len(env_ids) - 0.5, -0.5))
    row = {e: i for i, e in enumerate(env_ids)}
    at_step = {r["step"]: s for r, s in zip(records, steps)}
    for kind, (marker, colour) in EVENT_MARKERS.items():
        points = [(at_step.get(e.get("step"), s), row[e["env_id"]])
                  for r, s in zip(records, steps) for e in r.get("events", [])
                  if e.get("event") == kind and e.get("env_id") in row]
        if points:
            xs, ys = zip(*points)
            ax.scatter(xs, ys, marker=marker, color=colour, edgecolors="white", linewidths=0.5, s=36,
                       label=kind, zorder=3)
    if len(env_ids) <= 40:
        ax.set_yticks(range(len(env_ids)), env_ids, fontsize=7)
    else:
        ax.set_ylabel(f"{len(env_ids)} environments")
        ax.set_yticks([])
    ax.set_xlabel("training step" + ("" if "global_step" in records[0] else " (curriculum step)"))
    if any(r.get("events") for r in records):
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12), fontsize=8, ncol=4, frameon=False)
    return shown
