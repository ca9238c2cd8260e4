"""Built-in environments: classic programming problems written for scaler, one module per problem.

Every module in this package that defines a module-level ``ENV`` (an :class:`Environment`) is a
built-in environment; :func:`builtin_environments` discovers them, so adding a problem means adding
one file.
"""

from __future__ import annotations

import importlib
import pkgutil

from scaler.environment import Environment


def builtin_environments() -> list[Environment]:
    """Every built-in environment, sorted by id; raises if two modules claim the same id."""
    found: dict[str, tuple[Environment, str]] = {}
    for info in pkgutil.iter_modules(__path__):
        module_name = f"{__name__}.{info.name}"
        env = getattr(importlib.import_module(module_name), "ENV", None)
        if env is None:
            continue
        if not isinstance(env, Environment):
            raise TypeError(f"{module_name}.ENV must be an Environment, got {type(env).__name__}")
        if env.id in found:
            raise ValueError(f"duplicate built-in environment id {env.id!r} in {found[env.id][1]} and {module_name}")
        found[env.id] = (env, module_name)
    return [found[env_id][0] for env_id in sorted(found)]
