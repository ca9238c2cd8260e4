"""The train / held-out split of a pool: held-out environments are reserved for evaluation."""

from __future__ import annotations

from typing import Sequence

from scaler.environment import Environment
from scaler.errors import ConfigError


def train_environments(envs: Sequence[Environment]) -> list[Environment]:
    """The environments training may sample: every one not marked ``held_out``.

    Raises :class:`ConfigError` when nothing is left, so a run never starts on an empty curriculum.
    """
    kept = [env for env in envs if not env.held_out]
    if envs and not kept:
        raise ConfigError(f"all {len(envs)} environments of the pool are held out for evaluation; nothing to train on")
    return kept


def held_out_environments(envs: Sequence[Environment]) -> list[Environment]:
    """The environments reserved for evaluation (``held_out: true``)."""
    return [env for env in envs if env.held_out]
