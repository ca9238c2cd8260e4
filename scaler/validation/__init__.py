"""Checking environments before they train anything: a registry of named checks, each with a verdict
(pass / fail / skip) and the evidence behind it.

```python
from scaler.engine import InstanceEngine
from scaler.validation import ValidationConfig, validate_environment

with InstanceEngine() as engine:
    report = validate_environment(env, engine, ValidationConfig())
print(report.passed, [(r.check, r.verdict, r.message) for r in report.results])
```

The checks (:data:`CHECKS`, in order): ``min-scale``, ``determinism``, ``agreement``, ``diversity``,
``growth``, ``prompt-budget``, ``verifier``, ``limits`` (see each module in
:mod:`scaler.validation.checks`). Add one with :func:`register`. ``scaler validate`` is the CLI.
"""

from scaler.validation.core import (
    CHECKS,
    Check,
    CheckResult,
    Context,
    Outcome,
    Report,
    Sample,
    ValidationConfig,
    register,
    validate_environment,
    validate_pool,
)
from scaler.validation import checks as _checks  # noqa: F401, E402 - registers the built-in checks

__all__ = [
    "CHECKS",
    "Check",
    "CheckResult",
    "Context",
    "Outcome",
    "Report",
    "Sample",
    "ValidationConfig",
    "register",
    "validate_environment",
    "validate_pool",
]
