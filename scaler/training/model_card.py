"""The model card of a scaler GRPO run, from ``hub_cards/model_card.md``.

It names the environment pool, the curriculum settings and what the curriculum did (accuracy and
difficulty at the start and end of training, turnover, quarantines and level caps with their reasons, each active
environment's final difficulty), plus the training settings.
"""

from __future__ import annotations

import os
import statistics
from enum import Enum
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, Mapping, Sequence

from scaler.cards import template_path
from scaler.envs.io import BUILTIN
from scaler.training.trl_contract import prompts_per_generation_batch

TRAINING_SETTINGS = (
    "learning_rate", "lr_scheduler_type", "warmup_steps", "max_steps", "num_generations",
    "generation_batch_size", "per_device_train_batch_size", "gradient_accumulation_steps", "beta", "loss_type",
    "epsilon", "epsilon_high", "temperature", "max_completion_length", "use_vllm", "seed",
)
PACKAGES = ("scaler", "trl", "transformers", "torch", "datasets")
TAGS = ["scaler", "grpo", "trl", "rlvr", "curriculum", "reasoning"]


def curriculum_results(records: Sequence[Mapping[str, Any]], max_levels: Mapping[str, int]) -> dict[str, Any] | None:
    """Start-vs-end figures of a curriculum trace (each end the mean of a tenth of the steps, at least one)."""
    if not records:
        return None
    window = max(1, len(records) // 10)

    def mean(key: str, part: Sequence[Mapping[str, Any]]) -> str:
        values = [r[key] for r in part if r[key] == r[key]]  # drop NaN (a step with no groups)
        return f"{statistics.fmean(values):.3f}" if values else "n/a"

    head, tail = records[:window], records[-window:]
    events = [e for r in records for e in r["events"]]
    return {
        "steps": len(records),
        "window": window,
        **{f"{name}_start": mean(key, head) for name, key in _FIGURES},
        **{f"{name}_end": mean(key, tail) for name, key in _FIGURES},
        **{kind: sum(e["event"] == kind for e in events) for kind in ("retired", "added", "quarantined", "capped")},
        "incidents": [e for e in events if e["event"] in ("quarantined", "capped")],
        "final_levels": [
            {"env_id": env_id, "difficulty": f"{d:.2f}", "max_level": max_levels.get(env_id, "?")}
            for env_id, d in sorted(records[-1]["env_levels"].items())
        ],
    }


_FIGURES = (
    ("accuracy", "accuracy"),
    ("level", "mean_level"),
    ("normalized", "normalized_level"),
    ("informative", "informative_fraction"),
)


def render_model_card(
    *,
    model_name: str,
    repo_id: str,
    base_model: str | None,
    pool: str | None,
    num_envs: int,
    curriculum_settings: Mapping[str, Any],
    records: Sequence[Mapping[str, Any]],
    max_levels: Mapping[str, int],
    training_args: Any,
) -> str:
    """The card's Markdown (YAML metadata included)."""
    from huggingface_hub import ModelCard, ModelCardData

    hub_dataset = _hub_dataset(pool)
    card_data = ModelCardData(
        model_name=model_name,
        base_model=base_model,
        library_name="transformers",
        pipeline_tag="text-generation",
        tags=TAGS,
        datasets=[hub_dataset] if hub_dataset else None,
    )
    card = ModelCard.from_template(
        card_data,
        template_path=str(template_path("model_card.md")),
        model_name=model_name,
        repo_id=repo_id,
        base_model=base_model,
        env_dataset=pool if pool and pool != BUILTIN else "scaler's built-in pool",
        env_dataset_url=f"https://huggingface.co/datasets/{hub_dataset}" if hub_dataset else None,
        num_envs=num_envs,
        prompts_per_step=prompts_per_generation_batch(training_args),
        num_generations=training_args.num_generations,
        curriculum_settings=dict(curriculum_settings),
        results=curriculum_results(records, max_levels),
        training_settings={k: _plain(getattr(training_args, k)) for k in TRAINING_SETTINGS if hasattr(training_args, k)},
        versions={p: _version(p) for p in PACKAGES},
    )
    return str(card)


def _plain(value: Any) -> Any:
    """Enum settings (``SchedulerType.CONSTANT``) as their value (``constant``)."""
    return value.value if isinstance(value, Enum) else value


def _hub_dataset(pool: str | None) -> str | None:
    if not pool or pool == BUILTIN or os.path.exists(pool):
        return None
    return pool


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "not installed"


def write_model_card(path: str | os.PathLike[str], **kwargs: Any) -> Path:
    """Render (see :func:`render_model_card`) and write the card to ``path``."""
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_model_card(**kwargs), encoding="utf-8")
    return out
