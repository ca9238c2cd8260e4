"""Locating the Hub card templates in ``hub_cards/`` (source checkout or installed data files)."""

from __future__ import annotations

import sys
from pathlib import Path

_CANDIDATES = (
    Path(__file__).resolve().parent.parent / "hub_cards",  # source checkout / editable install
    Path(sys.prefix) / "share" / "scaler" / "hub_cards",  # regular install ([options.data_files])
)


def template_path(name: str) -> Path:
    """The path of the card template ``name`` (e.g. ``dataset_card.md``)."""
    for folder in _CANDIDATES:
        path = folder / name
        if path.is_file():
            return path
    raise FileNotFoundError(f"card template {name!r} not found in {[str(c) for c in _CANDIDATES]}")
