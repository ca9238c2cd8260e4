"""Files scaler ships beside its code: training recipes, accelerate configs and Hub card templates.

The canonical copies live at the top of the repository (``scripts/recipes``,
``scripts/accelerate_configs``, ``hub_cards``); the folders here are links to them, so a source
checkout and an editable install read those very files, and a wheel (``pip install .``) carries
copies as package data. Either way they are found with :mod:`importlib.resources`.
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

RECIPES = "recipes"
ACCELERATE_CONFIGS = "accelerate_configs"
HUB_CARDS = "hub_cards"


def folder(kind: str) -> Traversable:
    """One of the shipped folders: :data:`RECIPES`, :data:`ACCELERATE_CONFIGS` or :data:`HUB_CARDS`."""
    return files(__name__) / kind


def names(kind: str, suffix: str = ".yaml") -> list[str]:
    """The shipped files of ``kind``, by stem (``["qwen3-1.7b-base", ...]``)."""
    return sorted(f.name.removesuffix(suffix) for f in folder(kind).iterdir() if f.name.endswith(suffix))


def path(kind: str, name: str) -> Path:
    """A shipped file as a filesystem path (scaler is installed as files on disk, never zipped)."""
    resource = folder(kind) / name
    if not resource.is_file():
        raise FileNotFoundError(f"{kind}/{name} is not shipped with scaler")
    return Path(str(resource))
