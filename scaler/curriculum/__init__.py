"""Adaptive multi-environment curriculum: per-environment difficulty controllers, a curator of the
active set, metrics and traces, and a learner simulator to compare rules. Pure Python."""

from scaler.curriculum.controllers import Controller, LevelResult, controller_names, make_controller, register_controller
from scaler.curriculum.curator import Curator
from scaler.curriculum.curriculum import Curriculum, CurriculumConfig, EnvSpec, Outcome, Proposal
from scaler.curriculum.metrics import Group, StepMetrics, Trace
from scaler.curriculum.plot import plot_trace

__all__ = [
    "Controller",
    "Curator",
    "Curriculum",
    "CurriculumConfig",
    "EnvSpec",
    "Group",
    "LevelResult",
    "Outcome",
    "Proposal",
    "StepMetrics",
    "Trace",
    "controller_names",
    "make_controller",
    "plot_trace",
    "register_controller",
]
