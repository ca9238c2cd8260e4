"""What one curriculum step did: :class:`StepMetrics` (flat floats for loggers, a full record for
the trace) and :class:`Trace`, the append-only per-step log written as JSONL."""

from __future__ import annotations

import json
import math
import os
import time
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any, Mapping, Sequence

PREFIX = "curriculum/"


@dataclass(frozen=True)
class Group:
    """The rollouts of one prompt, ``(env_id, level, seed)``: one GRPO group."""

    env_id: str
    level: int
    seed: int
    rewards: tuple[float, ...]

    @property
    def informative(self) -> bool:
        """Mixed rewards: GRPO's group-normalised advantage is non-zero only then."""
        return max(self.rewards) != min(self.rewards)


@dataclass(frozen=True)
class StepMetrics:
    """One step of the curriculum. ``as_dict()`` is what goes to a logger; ``to_record()`` to a trace."""

    step: int
    groups: int
    rollouts: int
    accuracy: float
    informative_fraction: float
    mean_level: float
    normalized_level: float
    active: int
    retired: int
    added: int
    quarantined: int
    capped: int
    level_accuracy: dict[str, float] = field(default_factory=dict)
    """Accuracy per bucket of normalised level (``"0.00-0.25"`` ...); empty buckets are left out."""
    env_levels: dict[str, float] = field(default_factory=dict)
    """Each active environment's difficulty after this step's update."""
    env_success: dict[str, float] = field(default_factory=dict)
    """Each environment's success rate over this step's rollouts."""
    events: list[dict[str, Any]] = field(default_factory=list)
    """Retirements, additions, quarantines and level caps since the previous step, with their reasons."""

    def as_dict(self, prefix: str = PREFIX) -> dict[str, float]:
        flat = {
            "step": self.step,
            "groups": self.groups,
            "accuracy": self.accuracy,
            "informative_fraction": self.informative_fraction,
            "mean_level": self.mean_level,
            "normalized_level": self.normalized_level,
            "active_envs": self.active,
            "retired": self.retired,
            "added": self.added,
            "quarantined": self.quarantined,
            "capped": self.capped,
        }
        flat.update({f"accuracy_level_{k}": v for k, v in self.level_accuracy.items()})
        return {prefix + k: float(v) for k, v in flat.items()}

    def to_record(self) -> dict[str, Any]:
        return asdict(self)


def step_metrics(
    step: int,
    groups: Sequence[Group],
    max_levels: Mapping[str, int],
    *,
    success_threshold: float,
    env_levels: Mapping[str, float],
    events: Sequence[Mapping[str, Any]],
    active: int,
    buckets: int = 4,
) -> StepMetrics:
    """Summarise one step's groups; a rollout succeeds when its reward >= ``success_threshold``."""
    rollouts = sum(len(g.rewards) for g in groups)
    wins = sum(r >= success_threshold for g in groups for r in g.rewards)
    norm = [g.level / max_levels[g.env_id] if max_levels[g.env_id] else 1.0 for g in groups]

    per_bucket: defaultdict[int, list[int]] = defaultdict(lambda: [0, 0])  # bucket -> [wins, rollouts]
    per_env: defaultdict[str, list[int]] = defaultdict(lambda: [0, 0])
    for g, x in zip(groups, norm):
        w = sum(r >= success_threshold for r in g.rewards)
        for tally in (per_bucket[min(int(x * buckets), buckets - 1)], per_env[g.env_id]):
            tally[0] += w
            tally[1] += len(g.rewards)

    def mean(xs: Sequence[float]) -> float:
        return sum(xs) / len(xs) if xs else math.nan

    counts = Counter(e["event"] for e in events)
    return StepMetrics(
        step=step,
        groups=len(groups),
        rollouts=rollouts,
        accuracy=wins / rollouts if rollouts else math.nan,
        informative_fraction=mean([float(g.informative) for g in groups]),
        mean_level=mean([float(g.level) for g in groups]),
        normalized_level=mean(norm),
        active=active,
        retired=counts["retired"],
        added=counts["added"],
        quarantined=counts["quarantined"],
        capped=counts["capped"],
        level_accuracy={
            f"{b / buckets:.2f}-{(b + 1) / buckets:.2f}": w / n for b, (w, n) in sorted(per_bucket.items())
        },
        env_levels=dict(env_levels),
        env_success={e: w / n for e, (w, n) in per_env.items()},
        events=[dict(e) for e in events],
    )


class Trace:
    """Append-only list of per-step records; with ``path`` each record is also appended to that JSONL file.

    A record is :meth:`StepMetrics.to_record` plus ``time`` and, in a training run, the trainer's
    ``global_step`` (the optimizer step whose rollouts it summarises)."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.records: list[dict[str, Any]] = []
        self.path = path

    def append(self, metrics: StepMetrics | Mapping[str, Any]) -> dict[str, Any]:
        """Add a record, stamped with ``time`` (Unix seconds) unless it has one; a trainer adds ``global_step``."""
        record = metrics.to_record() if isinstance(metrics, StepMetrics) else dict(metrics)
        record.setdefault("time", round(time.time(), 3))
        self.records.append(record)
        if self.path is not None:
            with open(self.path, "a", encoding="utf-8") as f:
                f.write(json.dumps(record) + "\n")
        return record

    def write_jsonl(self, path: str | os.PathLike[str]) -> None:
        with open(path, "w", encoding="utf-8") as f:
            for record in self.records:
                f.write(json.dumps(record) + "\n")

    @staticmethod
    def read_jsonl(path: str | os.PathLike[str]) -> list[dict[str, Any]]:
        with open(path, encoding="utf-8") as f:
            return [json.loads(line) for line in f if line.strip()]
