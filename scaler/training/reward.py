"""TRL reward functions: the verified answer reward that drives the curriculum, and a format reward.

:class:`ScalerReward` scores each completion with :func:`scaler.verifier.verify` against the row's
``answer``, gathers ``(env_id, level, seed, reward)`` from every process (reward functions run in
lockstep on all ranks, so ``gather_object`` is safe here), hands the whole generation batch to the
stream (which updates the curriculum identically on every rank) and logs the curriculum's metrics
through TRL's ``log_metric`` (``curriculum/mean_level``, ``curriculum/informative_fraction``,
``curriculum/added`` / ``retired`` (active-set turnover), ``curriculum/accuracy_level_0.00-0.25``...).
"""

from __future__ import annotations

import math
import re
from typing import Any, Callable, Sequence

from scaler.curriculum import Outcome
from scaler.training.stream import CurriculumStream
from scaler.verifier import verify


def completion_text(completion: str | Sequence[dict[str, str]]) -> str:
    """The text of a completion: plain, or the assistant message of a conversational one."""
    if isinstance(completion, str):
        return completion
    return "".join(m["content"] for m in completion if m.get("role", "assistant") == "assistant")


class ScalerReward:
    """1.0 for a correct final answer, else 0.0; every outcome goes to the curriculum.

    TRL names a reward by ``__name__``: this one logs as ``rewards/scaler_reward/mean``.
    """

    def __init__(self, stream: CurriculumStream) -> None:
        self.stream = stream
        self.__name__ = "scaler_reward"

    def __call__(
        self,
        prompts: list,
        completions: list,
        env_id: list[str],
        level: list[int],
        seed: list[int],
        answer: list[str],
        output_type: list[str],
        log_metric: Callable[[str, float], None] | None = None,
        **kwargs: Any,
    ) -> list[float]:
        from accelerate.utils import gather_object

        rewards = [verify(completion_text(c), a, t) for c, a, t in zip(completions, answer, output_type)]
        local = [Outcome(e, int(lv), int(sd), r) for e, lv, sd, r in zip(env_id, level, seed, rewards)]
        metrics = self.stream.record(gather_object(local))
        if log_metric is not None:
            for name, value in metrics.as_dict().items():
                if math.isfinite(value):
                    log_metric(name, value)
        return rewards


_BOXED = re.compile(r"\\boxed\s*\{")


def boxed_format_reward(completions: list, **kwargs: Any) -> list[float]:
    """1.0 when a completion gives exactly one ``\\boxed{...}`` answer, else 0.0 (off by default)."""
    return [float(len(_BOXED.findall(completion_text(c))) == 1) for c in completions]
