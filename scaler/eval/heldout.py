"""Held-out environments of a pool as a benchmark: accuracy per difficulty level, and their mean.

Instances come from eval-space seeds (:func:`scaler.instance.eval_seed`), never a train seed, at
fixed levels (an environment joins a level only if it has it). They are written once to
``<folder>/level_<L>/test.parquet`` and read by one lighteval task per level,
``scaler_heldout:level_<L>`` (lighteval runs them all for ``scaler_heldout``), scored with
:func:`scaler.verifier.verify`. The same instances serve as the trainer's eval dataset
(:mod:`scaler.training.eval_dataset`).
"""

from __future__ import annotations

import logging
import os
from collections import Counter
from pathlib import Path
from typing import Any, Sequence

from scaler.environment import Environment
from scaler.errors import ConfigError, InstanceError
from scaler.instance import Instance, eval_seed

logger = logging.getLogger(__name__)

DEFAULT_LEVELS = (0, 3, 6, 9, 12)
DEFAULT_PER_LEVEL = 8
"""Instances per environment and level."""
TASK_PREFIX = "scaler_heldout"


def heldout_environments(envs: Sequence[Environment]) -> list[Environment]:
    held = [e for e in envs if e.held_out]
    if not held:
        raise ConfigError("the pool has no held-out environments (records with held_out: true)")
    return held


def heldout_requests(
    envs: Sequence[Environment], levels: Sequence[int] = DEFAULT_LEVELS, per_level: int = DEFAULT_PER_LEVEL
) -> list[tuple[Environment, int, int]]:
    """``(env, level, seed)`` for every held-out env at every level it has, ``per_level`` eval seeds each.

    Within a level the environments take turns, so the first rows of a level (``--max-samples``)
    cover as many environments as possible."""
    if per_level < 1 or not levels or min(levels) < 0:
        raise ConfigError(f"held-out levels must be >= 0 and per_level >= 1, got {list(levels)} x {per_level}")
    held = heldout_environments(envs)
    return [
        (env, level, eval_seed(env.id, i))
        for level in sorted(set(levels))
        for i in range(per_level)
        for env in held
        if level <= env.max_level
    ]


def first_per_level(requests: Sequence[tuple[Environment, int, int]], n: int) -> list[tuple[Environment, int, int]]:
    """The first ``n`` requests of each level (the rows a ``--max-samples n`` run reads)."""
    seen: Counter[int] = Counter()
    out = []
    for request in requests:
        seen[request[1]] += 1
        if seen[request[1]] <= n:
            out.append(request)
    return out


def heldout_instances(requests: Sequence[tuple[Environment, int, int]], engine=None) -> list[Instance]:
    """The instances of ``requests``; ones that cannot be made (too large, broken) are skipped with a warning."""
    from scaler.engine import InstanceEngine

    if engine is None:
        with InstanceEngine() as own:
            return heldout_instances(requests, own)
    made = engine.instances(list(requests), on_error="return")
    failed = [m for m in made if isinstance(m, InstanceError)]
    if failed:
        logger.warning("%d of %d held-out instances could not be made (first: %s)", len(failed), len(made), failed[0])
    return [m for m in made if isinstance(m, Instance)]


def instance_row(instance: Instance) -> dict[str, Any]:
    """A task row: the user message (the system prompt is the model's), the reference and its metadata."""
    return {
        "prompt": next(m["content"] for m in instance.prompt if m["role"] == "user"),
        "answer": instance.answer,
        "output_type": instance.output_type,
        "env_id": instance.env_id,
        "level": instance.level,
        "seed": instance.seed,
    }


def write_heldout(instances: Sequence[Instance], folder: str | os.PathLike) -> dict[int, Path]:
    """Write ``folder/level_<L>/test.parquet`` for each level; returns the files by level."""
    import pandas as pd

    by_level: dict[int, list[dict[str, Any]]] = {}
    for inst in instances:
        by_level.setdefault(inst.level, []).append(instance_row(inst))
    if not by_level:
        raise ConfigError("no held-out instance could be made")
    written = {}
    for level, rows in sorted(by_level.items()):
        path = Path(folder) / f"level_{level}" / "test.parquet"
        path.parent.mkdir(parents=True, exist_ok=True)
        pd.DataFrame(rows).to_parquet(path, index=False)
        written[level] = path
    return written


def task_name(level: int) -> str:
    return f"{TASK_PREFIX}:level_{level}"


def level_of(task: str) -> int | None:
    """The level of a held-out task name (``scaler_heldout:level_6|0`` -> 6), else None."""
    name = task.split("|")[0]
    return int(name.rpartition("_")[2]) if name.startswith(TASK_PREFIX + ":level_") else None


def heldout_prompt(line: dict[str, Any], task_name: str):
    from lighteval.tasks.requests import Doc

    return Doc(task_name=task_name, query=line["prompt"], choices=[line["answer"]], gold_index=0,
               specific={"output_type": line["output_type"], "env_id": line["env_id"], "level": line["level"]})


def _score(completion: str, doc) -> float:
    from scaler.verifier import verify

    return verify(completion, doc.get_golds()[0], doc.specific["output_type"])


def heldout_tasks(folder: str | os.PathLike, *, samples: int = 1, max_new_tokens: int | None = None) -> list:
    """One lighteval task per ``level_<L>`` folder written by :func:`write_heldout`."""
    from lighteval.tasks.lighteval_task import LightevalTaskConfig

    from scaler.eval.benchmarks import avg_at_n
    from scaler.eval.protocol import MAX_NEW_TOKENS

    levels = sorted(int(p.name.removeprefix("level_")) for p in Path(folder).glob("level_*") if p.is_dir())
    return [
        LightevalTaskConfig(
            name=task_name(level),
            prompt_function=heldout_prompt,
            hf_repo=str(Path(folder) / f"level_{level}"),
            hf_subset="default",
            hf_avail_splits=["test"],
            evaluation_splits=["test"],
            few_shots_split=None,
            few_shots_select=None,
            generation_size=max_new_tokens or MAX_NEW_TOKENS,
            metrics=[avg_at_n("heldout_acc@n", _score, samples)],
            stop_sequence=[],
            version=1,
        )
        for level in levels
    ]
