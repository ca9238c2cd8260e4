"""Environment pools: the built-in one (``scaler/envs/builtin/``, one module per environment), local
dataset folders and Hub datasets."""

from scaler.envs.io import (
    BUILTIN,
    builtin_environments,
    get_environment,
    load_environments,
    push_environments_to_hub,
    save_environments,
)

__all__ = [
    "BUILTIN",
    "builtin_environments",
    "get_environment",
    "load_environments",
    "push_environments_to_hub",
    "save_environments",
]
