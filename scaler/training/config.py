"""``ScalerArguments``: what a training run adds to ``GRPOConfig`` and ``ModelConfig``.

Parsed together with them by ``TrlParser`` from a recipe YAML and command-line overrides. In a
recipe, ``curriculum`` is a mapping of :class:`~scaler.curriculum.CurriculumConfig` settings; on the
command line it is the same mapping as JSON (``--curriculum '{"active_size": 8}'``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from scaler.curriculum.config import PRESETS, CurriculumConfig
from scaler.engine import EngineConfig
from scaler.errors import ConfigError
from scaler.prompt import INPUT_FORMATS


@dataclass
class ScalerArguments:
    """Environments, curriculum and reward settings of a scaler GRPO run."""

    pool: str | None = field(
        default=None,
        metadata={"help": "Environment pool: the built-in one (default), a dataset folder (e.g. one written by "
                  "`scaler envs export` or `scaler import-scaler`), or a Hub dataset id."},
    )
    pool_config: str | None = field(
        default=None, metadata={"help": "Config name of the pool in `pool` when it holds several."}
    )
    pool_trust_remote_code: bool = field(
        default=False,
        metadata={"help": "Run the generators and solutions of a non-built-in pool (always inside the sandbox); "
                  "the model's own `trust_remote_code` is separate."},
    )
    model_license: str | None = field(
        default=None,
        metadata={"help": "License id of the trained model for its card (a Hub id such as `apache-2.0`; follow the "
                  "base model's); default: the offline model's, else `other`."},
    )
    curriculum_preset: str = field(
        default="default",
        metadata={"help": "Base curriculum settings: `default` (this package's rules) or `upstream` (SCALER as "
                  "released: its controller, retire rules and uniform replacement)."},
    )
    curriculum: dict[str, Any] | str | None = field(
        default=None,
        metadata={"help": "CurriculumConfig settings over the preset: a mapping in a recipe, JSON on the command "
                  "line, e.g. '{\"active_size\": 8, \"controller\": \"band\"}'."},
    )
    curriculum_seed: int | None = field(
        default=None, metadata={"help": "Seed of the curriculum's RNG (default: the training `seed`)."}
    )
    input_format: str = field(
        default="stdin",
        metadata={"help": "How an instance's input is shown: `stdin` (the problem's input text) or `dict` (the "
                  "generator's structured view, as upstream SCALER does)."},
    )
    max_prompt_chars: int = field(
        default=24_000, metadata={"help": "An instance whose prompt is longer (characters) is an error."}
    )
    max_prompt_tokens: int | None = field(
        default=None,
        metadata={"help": "An instance whose chat-formatted prompt is longer (tokens) is an error (4096 upstream)."},
    )
    cross_check: bool = field(
        default=False, metadata={"help": "Check each answer against a second reference solution."}
    )
    sandbox_workers: int | None = field(
        default=None, metadata={"help": "Sandbox worker processes (default: one per CPU core)."}
    )
    prefetch: bool = field(
        default=True,
        metadata={"help": "Make the next generation batch's instances in the background while the trainer works."},
    )
    format_reward: bool = field(
        default=False,
        metadata={"help": "Add a separate reward for ending with one \\boxed{} answer (weight via `reward_weights`)."},
    )
    overlong_penalty: bool = field(
        default=False,
        metadata={"help": "Add TRL's soft overlong punishment: 0 up to half of max_completion_length, then down to -1 "
                  "at the limit (rewards finishing within budget; gives a gradient when correctness cannot)."},
    )
    eval_heldout: bool = field(
        default=False,
        metadata={"help": "Evaluate on held-out environments every `eval_steps` (needs `eval_strategy: steps`); "
                  "logs eval_heldout/accuracy_level_<L> and eval_rewards/scaler_reward/mean."},
    )
    eval_pool: str | None = field(
        default=None, metadata={"help": "Pool whose held-out environments are evaluated (default: `pool`)."}
    )
    eval_levels: list[int] = field(
        default_factory=lambda: [0, 3, 6, 9, 12], metadata={"help": "Levels of the held-out eval instances."}
    )
    eval_per_level: int = field(default=4, metadata={"help": "Held-out eval instances per environment and level."})
    zero_variance_filter: bool = field(
        default=False,
        metadata={"help": "Drop groups whose rewards all agree from the loss and its normaliser (DAPO's filter, no "
                  "refill); needs loss_type dapo, bnpo, cispo or vespo."},
    )

    def __post_init__(self) -> None:
        if isinstance(self.curriculum, str):
            try:
                self.curriculum = json.loads(self.curriculum)
            except json.JSONDecodeError as e:
                raise ConfigError(f"--curriculum must be a JSON object, got {self.curriculum!r}: {e}") from None
        if self.curriculum is not None and not isinstance(self.curriculum, dict):
            raise ConfigError(f"curriculum must be a mapping of CurriculumConfig settings, got {self.curriculum!r}")
        if self.curriculum_preset not in PRESETS:
            raise ConfigError(f"curriculum_preset must be one of {list(PRESETS)}, got {self.curriculum_preset!r}")
        if self.input_format not in INPUT_FORMATS:
            raise ConfigError(f"input_format must be one of {INPUT_FORMATS}, got {self.input_format!r}")
        self.curriculum_config()  # fail at parse time on unknown or invalid settings

    def curriculum_config(self) -> CurriculumConfig:
        base = CurriculumConfig.preset(self.curriculum_preset).to_dict()
        return CurriculumConfig.from_dict({**base, **(self.curriculum or {})})

    def engine_config(self) -> EngineConfig:
        return EngineConfig(
            input_format=self.input_format,  # type: ignore[arg-type]
            max_prompt_chars=self.max_prompt_chars,
            max_prompt_tokens=self.max_prompt_tokens,
            cross_check=self.cross_check,
        )
