"""What a run tells its user: a summary before the (slow) first step, and warnings when steps teach nothing.

GRPO learns only from groups whose rewards differ: a step where every group has one reward
(``frac_reward_zero_std == 1``) has zero advantages, zero loss and zero gradient, and a step whose
completions are all cut at ``max_completion_length`` (``completions/clipped_ratio``) rarely reaches
an answer. :class:`HealthCallback` reads TRL's logged metrics and says so while the run goes on.
"""

from __future__ import annotations

import logging
from typing import Any, Mapping

from transformers import TrainerCallback, TrainerControl, TrainerState, TrainingArguments

logger = logging.getLogger(__name__)

CLIPPED = "completions/clipped_ratio"
ZERO_STD = "frac_reward_zero_std"
CLIPPED_WARN = 0.9


def run_summary(*, model: str, pool: str | None, num_envs: int, active: list[str], training_args: Any) -> str:
    """The lines printed before training starts: what runs, where, for how long, into which folder."""
    from scaler.training.trl_contract import prompts_per_generation_batch

    prompts = prompts_per_generation_batch(training_args)
    return "\n".join([
        f"scaler train: model {model}",
        f"  pool {pool or 'builtin'} ({num_envs} environments); active: {', '.join(active)}",
        f"  {training_args.max_steps} steps of {prompts} prompts x {training_args.num_generations} completions "
        f"(up to {training_args.max_completion_length} tokens) on {training_args.device}",
        f"  output: {training_args.output_dir} (model, curriculum_trace.jsonl, curriculum.png, README.md)",
    ])


def health_warnings(logs: Mapping[str, float], max_completion_length: int) -> list[str]:
    """Warnings about one logged step: nearly every completion clipped, or no group with mixed rewards."""
    found = []
    if logs.get(CLIPPED, 0.0) >= CLIPPED_WARN:
        found.append(
            f"{logs[CLIPPED]:.0%} of completions hit max_completion_length={max_completion_length} before "
            "finishing; few can reach a \\boxed{} answer (raise --max_completion_length)"
        )
    if logs.get(ZERO_STD, 0.0) >= 1.0:
        found.append(
            "no group had mixed rewards (frac_reward_zero_std=1): zero advantage, so this step did not change "
            "the model (try more --num_generations, easier levels, or a denser reward: --format_reward, "
            "--overlong_penalty)"
        )
    return found


class HealthCallback(TrainerCallback):
    """Warns (on the main process) when a logged training step could not teach the model anything."""

    def __init__(self) -> None:
        self.idle_steps: list[int] = []

    def on_log(self, args: TrainingArguments, state: TrainerState, control: TrainerControl,
               logs: Mapping[str, float] | None = None, **kwargs: Any):
        if not logs or ZERO_STD not in logs or not state.is_world_process_zero:
            return
        if logs[ZERO_STD] >= 1.0:
            self.idle_steps.append(state.global_step)
        for message in health_warnings(logs, getattr(args, "max_completion_length", 0)):
            logger.warning("step %d: %s", state.global_step, message)

    def on_train_end(self, args: TrainingArguments, state: TrainerState, control: TrainerControl, **kwargs: Any):
        if self.idle_steps and state.is_world_process_zero:
            logger.warning("%d of %d logged steps had no group with mixed rewards and left the model unchanged: %s",
                           len(self.idle_steps), state.global_step, self.idle_steps)
