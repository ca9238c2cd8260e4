"""Held-out environments as the trainer's eval dataset, so a run's curves show held-out accuracy.

With ``eval_heldout: true`` the run's held-out environments (never trained on) give a fixed
``datasets.Dataset`` of instances at fixed levels from eval-space seeds
(:func:`scaler.eval.heldout.heldout_requests`); TRL generates on it every ``eval_steps`` and calls
the reward functions. :class:`HeldoutAwareReward` scores those rows with :func:`scaler.verifier.verify`
without touching the curriculum, and logs ``heldout/accuracy_level_<L>`` per level (TRL logs them
as ``eval_heldout/...``) beside ``eval_rewards/scaler_reward/mean``, the overall held-out accuracy.
"""

from __future__ import annotations

from typing import Any, Callable, Sequence

from scaler.environment import Environment
from scaler.eval.heldout import heldout_instances, heldout_requests
from scaler.training.reward import completion_text
from scaler.verifier import verify

HELDOUT_COLUMN = "heldout"
"""Present (True) only in eval rows: how the reward tells them from the curriculum's rows."""


def heldout_eval_dataset(envs: Sequence[Environment], levels: Sequence[int], per_level: int):
    """Instances of the held-out environments of ``envs`` as conversational GRPO rows."""
    from datasets import Dataset

    instances = heldout_instances(heldout_requests(envs, levels, per_level))
    return Dataset.from_list([
        {"prompt": list(i.prompt), "answer": i.answer, "output_type": i.output_type, "env_id": i.env_id,
         "level": i.level, "seed": i.seed, HELDOUT_COLUMN: True}
        for i in instances
    ])


class HeldoutAwareReward:
    """Scores held-out eval rows itself; passes the curriculum's rows to the wrapped reward."""

    def __init__(self, reward: Callable[..., list[float]]) -> None:
        self.reward = reward
        self.__name__ = reward.__name__  # TRL names the reward column by it

    def __call__(self, prompts: list, completions: list, **kwargs: Any) -> list[float]:
        if HELDOUT_COLUMN not in kwargs:
            return self.reward(prompts, completions, **kwargs)
        rewards = [verify(completion_text(c), a, t)
                   for c, a, t in zip(completions, kwargs["answer"], kwargs["output_type"])]
        log_metric = kwargs.get("log_metric")
        if log_metric is not None:
            for level, reward in zip(kwargs["level"], rewards):
                log_metric(f"heldout/accuracy_level_{int(level)}", reward)
        return rewards


def build_eval_dataset(script_args, training_args, envs: Sequence[Environment]):
    """The run's held-out eval dataset, or None unless ``eval_heldout`` is on.

    The environments are the held-out ones of ``eval_pool`` (default: the training pool)."""
    from scaler.envs import load_environments
    from scaler.errors import ConfigError

    if not script_args.eval_heldout:
        return None
    if str(training_args.eval_strategy) in ("no", "IntervalStrategy.NO"):
        raise ConfigError("eval_heldout needs eval_strategy: steps (and eval_steps) to evaluate during training")
    if script_args.eval_pool is not None:
        envs = load_environments(script_args.eval_pool, trust_remote_code=script_args.pool_trust_remote_code)
    return heldout_eval_dataset(envs, script_args.eval_levels, script_args.eval_per_level)
