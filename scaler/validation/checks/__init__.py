"""The built-in checks, one module each; importing this package registers them in this order."""

from scaler.validation.checks import (  # noqa: F401 - imported for their registration
    min_scale,
    determinism,
    agreement,
    diversity,
    growth,
    prompt_budget,
    verifier,
    limits,
)
