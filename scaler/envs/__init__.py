"""Environment pools: the built-in one (``scaler/envs/builtin/``, one folder per environment), local
dataset folders and Hub datasets, and their train / held-out split."""

from scaler.envs.io import (
    BUILTIN,
    builtin_environments,
    get_environment,
    load_environments,
    push_environments_to_hub,
    save_environments,
)
from scaler.envs.split import held_out_environments, train_environments

__all__ = [
    "BUILTIN",
    "builtin_environments",
    "get_environment",
    "held_out_environments",
    "load_environments",
    "push_environments_to_hub",
    "save_environments",
    "train_environments",
]
