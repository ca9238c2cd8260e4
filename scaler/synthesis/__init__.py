"""Synthesis: programming problems (statement + reference solutions) -> validated, calibrated environments.

``problems`` (readers and schemas), ``llm`` (chat servers, local models, replay, recording), ``stages``
(the two LLM stages: prompts and checked parsing), ``calibrate`` (top scale and level tables),
``pipeline`` (one problem end to end), ``run`` (many problems: threads or Ray, resumable, funnel).
``scaler synthesize`` is the CLI; ``docs/synthesis.md`` the guide.
"""

from scaler.synthesis.llm import LLMSpec
from scaler.synthesis.pipeline import SynthesisConfig, SynthesisResult, synthesize_problem
from scaler.synthesis.problems import Problem, read_problems
from scaler.synthesis.run import Funnel, SynthesisRun

__all__ = ["Funnel", "LLMSpec", "Problem", "SynthesisConfig", "SynthesisResult", "SynthesisRun", "read_problems",
           "synthesize_problem"]
