"""scaler: verifiable, difficulty-scalable reasoning environments from programming problems, and an
adaptive multi-environment curriculum for GRPO training on the Hugging Face stack."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "Environment": "scaler.environment",
    "ScaleParam": "scaler.environment",
    "Solution": "scaler.environment",
    "Provenance": "scaler.environment",
    "EnvRecordError": "scaler.errors",
    "ScalerError": "scaler.errors",
    "Instance": "scaler.instance",
    "InstanceEngine": "scaler.engine",
    "EngineConfig": "scaler.engine",
    "InstanceError": "scaler.errors",
    "make_instance": "scaler.engine",
    "make_instances": "scaler.engine",
    "verify": "scaler.verifier",
    "load_environments": "scaler.envs",
    "save_environments": "scaler.envs",
    "Curriculum": "scaler.curriculum",
    "CurriculumConfig": "scaler.curriculum",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:  # pragma: no cover
    from scaler.curriculum import Curriculum, CurriculumConfig
    from scaler.engine import EngineConfig, InstanceEngine, make_instance, make_instances
    from scaler.environment import Environment, Provenance, ScaleParam, Solution
    from scaler.envs import load_environments, save_environments
    from scaler.errors import EnvRecordError, InstanceError, ScalerError
    from scaler.instance import Instance
    from scaler.verifier import verify


def __getattr__(name: str) -> Any:
    """Import on first use, so ``import scaler`` (and the CLI) stays fast."""
    if name in _EXPORTS:
        import importlib

        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'scaler' has no attribute {name!r}")
