"""A PNG of a curriculum trace: difficulty per environment, success rate, informative groups, turnover."""

from __future__ import annotations

import math
import os
from typing import Any, Mapping, Sequence


def plot_trace(records: Sequence[Mapping[str, Any]], path: str | os.PathLike[str], title: str = "curriculum") -> None:
    """Write a four-panel PNG of trace ``records`` (from :class:`~scaler.curriculum.metrics.Trace`) to ``path``.

    Needs matplotlib (the ``train`` or ``dev`` extra); it is imported here, with the Agg backend."""
    if not records:
        raise ValueError("plot_trace needs at least one trace record")
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError as err:  # pragma: no cover - depends on the environment
        raise ImportError("plot_trace needs matplotlib: pip install 'scaler[dev]'") from err

    steps = [r["step"] for r in records]
    env_ids = list(dict.fromkeys(e for r in records for e in r["env_levels"]))
    fig, axes = plt.subplots(4, 1, figsize=(10, 11), sharex=True)
    ax_level, ax_success, ax_info, ax_turn = axes

    for env_id in env_ids:
        ax_level.plot(steps, [r["env_levels"].get(env_id, math.nan) for r in records], lw=0.7, alpha=0.6)
    ax_level.set_ylabel("difficulty per env")
    ax_level.set_title(f"{title}: {len(env_ids)} environments, {len(records)} steps")

    ax_success.plot(steps, [r["accuracy"] for r in records], label="success rate")
    ax_success.plot(steps, [r["normalized_level"] for r in records], label="level / max level")
    ax_success.set_ylim(0, 1)
    ax_success.legend(loc="upper left")

    ax_info.plot(steps, [r["informative_fraction"] for r in records], color="tab:green")
    ax_info.set_ylim(0, 1)
    ax_info.set_ylabel("informative groups")

    ax_turn.bar(steps, [r["added"] for r in records], color="tab:blue", label="added", width=1.0)
    ax_turn.bar(steps, [-r["retired"] - r["quarantined"] for r in records], color="tab:red",
                label="retired / quarantined", width=1.0)
    ax_turn.set_ylabel("turnover")
    ax_turn.set_xlabel("step")
    ax_turn.legend(loc="upper left")

    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)
