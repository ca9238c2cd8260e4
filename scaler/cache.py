"""Where scaler keeps what it builds (compiled solutions, converted models): ``$SCALER_CACHE`` or ``~/.cache/scaler``."""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    return Path(os.environ.get("SCALER_CACHE") or Path.home() / ".cache" / "scaler")
