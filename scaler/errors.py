"""The errors scaler raises at its API boundaries: one hierarchy, each a problem the user can act on.

The CLI prints any :class:`ScalerError` as one line (``scaler: error: ...``) and exits non-zero.
Each class also derives from the builtin a caller would naturally catch (``ValueError``,
``PermissionError``, ``LookupError``, ``RuntimeError``), so existing ``except`` clauses keep working.
"""

from __future__ import annotations

from typing import Literal


class ScalerError(Exception):
    """Base class: the message is one line that says what is wrong and, where possible, what to do."""


class ConfigError(ScalerError, ValueError):
    """A configuration, recipe, flag or argument value is wrong."""


class EnvRecordError(ScalerError, ValueError):
    """A malformed environment record; the message names the environment and the bad field."""

    def __init__(self, field_name: str, message: str, env_id: str | None = None):
        self.field = field_name
        self.env_id = env_id
        where = f"environment {env_id!r}, field {field_name!r}" if env_id else f"field {field_name!r}"
        super().__init__(f"{where}: {message}")


class UnknownEnvironmentError(ScalerError, KeyError):
    """No environment with the requested id in the pool."""

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0]) if self.args else ""


class UntrustedCodeError(ScalerError, PermissionError):
    """An environment's code would run without the user having opted in."""

    def __init__(self, env_id: str, opt_in: str = "trust_remote_code=True (CLI: --trust-remote-code)"):
        self.env_id = env_id
        super().__init__(
            f"environment {env_id!r} was loaded from outside scaler, so its generator and solutions are "
            f"untrusted code; to run them in the sandbox, opt in with {opt_in}"
        )


FailureKind = Literal["broken", "too_large"]


class InstanceError(ScalerError, RuntimeError):
    """An instance could not be made; says which one, at which stage, and why.

    ``kind`` is structured: ``"too_large"`` when the instance exceeded a budget or resource limit at
    its level (lower levels may still work: the curriculum caps the level), ``"broken"`` otherwise
    (the environment is quarantined)."""

    def __init__(self, env_id: str, level: int, seed: int, stage: str, message: str,
                 kind: FailureKind = "broken"):
        self.env_id, self.level, self.seed, self.stage, self.reason, self.kind = env_id, level, seed, stage, message, kind
        super().__init__(f"{env_id} level {level} seed {seed}: {stage}: {message}")


class SandboxError(ScalerError, RuntimeError):
    """The sandbox itself cannot run (no confinement available, pool closed); never raised for bad code."""
