"""Locating the Hub card templates (``hub_cards/``, shipped as package data: :mod:`scaler.resources`)."""

from __future__ import annotations

from pathlib import Path

from scaler import resources


def template_path(name: str) -> Path:
    """The path of the card template ``name`` (e.g. ``dataset_card.md``)."""
    return resources.path(resources.HUB_CARDS, name)
