"""The built-in pool: classic programming problems written for scaler, one folder per environment.

``<family>/<env-id>/`` holds ``meta.yaml``, ``statement.md``, ``generator.py``, ``solution.py`` and
``solution.cpp`` (see :mod:`scaler.envs.layout`); :func:`builtin_environments` discovers them, so
adding a problem means adding one folder.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from scaler.environment import Environment
from scaler.errors import EnvRecordError
from scaler.envs.layout import META, read_env_folder

ROOT = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def _discover() -> tuple[Environment, ...]:
    found: dict[str, Path] = {}
    envs = []
    for meta in sorted(ROOT.glob(f"*/*/{META}")):
        env = read_env_folder(meta.parent)
        if env.id in found:
            raise EnvRecordError("id", f"duplicate built-in environment id in {found[env.id]} and {meta.parent}", env.id)
        if env.id != meta.parent.name:
            raise EnvRecordError("id", f"must equal its folder name {meta.parent.name!r}", env.id)
        found[env.id] = meta.parent
        envs.append(env)
    return tuple(sorted(envs, key=lambda env: env.id))


def builtin_environments() -> list[Environment]:
    """Every built-in environment (trusted: its code ships with scaler), sorted by id."""
    return list(_discover())
