"""The task table of the lighteval custom-tasks file ``eval_tasks/scaler_tasks.py``, set by environment.

- ``SCALER_EVAL_DATA``: a folder of local benchmark copies ``<dir>/<key>/`` (default: the Hub);
- ``SCALER_EVAL_SAMPLES``: completions per problem for every task (default: the paper's avg@n);
- ``SCALER_EVAL_MAX_NEW_TOKENS``: the tasks' generation budget (default 8192);
- ``SCALER_EVAL_HELDOUT``: a folder of held-out instances (``<dir>/level_<L>/``, as ``scaler eval``
  writes under its output folder) to add the ``scaler_heldout:level_<L>`` tasks.
"""

from __future__ import annotations

import os
from typing import Mapping

from scaler.eval.benchmarks import tasks_table
from scaler.eval.heldout import heldout_tasks
from scaler.eval.protocol import MAX_NEW_TOKENS


def custom_tasks_table(environ: Mapping[str, str] = os.environ) -> list:
    samples = int(environ["SCALER_EVAL_SAMPLES"]) if environ.get("SCALER_EVAL_SAMPLES") else None
    tokens = int(environ.get("SCALER_EVAL_MAX_NEW_TOKENS") or MAX_NEW_TOKENS)
    table = tasks_table(data_dir=environ.get("SCALER_EVAL_DATA") or None, samples=samples, max_new_tokens=tokens)
    if environ.get("SCALER_EVAL_HELDOUT"):
        table += heldout_tasks(environ["SCALER_EVAL_HELDOUT"], samples=samples or 1, max_new_tokens=tokens)
    return table
