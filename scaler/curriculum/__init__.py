"""Adaptive multi-environment curriculum: per-environment difficulty controllers, a curator of the
active set with pluggable retire rules, level caps, metrics and traces, and a learner simulator to
compare rules. Pure Python.

Modules: ``types`` (value types), ``config`` (settings and presets), ``controllers`` (difficulty
rules, by name), ``retire`` (retire rules, by name), ``caps`` (level caps), ``curator`` (the active
set), ``curriculum`` (the object a trainer talks to), ``metrics``, ``plot``, ``rng``, ``simulate``.
"""

from scaler.curriculum.caps import LevelCaps
from scaler.curriculum.config import PRESETS, CurriculumConfig
from scaler.curriculum.controllers import Controller, LevelResult, controller_names, make_controller, register_controller
from scaler.curriculum.curator import Curator
from scaler.curriculum.curriculum import Curriculum
from scaler.curriculum.metrics import Group, StepMetrics, Trace
from scaler.curriculum.plot import plot_trace
from scaler.curriculum.retire import RetireContext, register_retire_rule, retire_rule_names
from scaler.curriculum.types import CurriculumEnv, Outcome, Proposal

__all__ = [
    "PRESETS",
    "Controller",
    "Curator",
    "Curriculum",
    "CurriculumConfig",
    "CurriculumEnv",
    "Group",
    "LevelCaps",
    "LevelResult",
    "Outcome",
    "Proposal",
    "RetireContext",
    "StepMetrics",
    "Trace",
    "controller_names",
    "make_controller",
    "plot_trace",
    "register_controller",
    "register_retire_rule",
    "retire_rule_names",
]
