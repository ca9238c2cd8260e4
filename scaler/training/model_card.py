"""The model card of a scaler GRPO run: TRL's own card extended with ``hub_cards/model_card.md``.

TRL's ``generate_model_card`` gives the metadata, framework versions and citations; scaler sets the
license and ``library_name`` (``peft`` for a LoRA adapter) and adds what TRL cannot know: the
environment pool, the curriculum settings, what each logged step did (rewards, groups with mixed
rewards, clipped completions, gradient norm), what the curriculum did (accuracy and difficulty at the
start and end, turnover, quarantines and level caps with their reasons, final difficulties) and the
training settings.
"""

from __future__ import annotations

import os
import statistics
from enum import Enum
from pathlib import Path
from typing import Any, Mapping, Sequence

from jinja2 import Template

from scaler.cards import template_path
from scaler.envs.io import BUILTIN
from scaler.training.trl_contract import prompts_per_generation_batch

TRAINING_SETTINGS = (
    "learning_rate", "lr_scheduler_type", "warmup_steps", "max_steps", "num_generations",
    "generation_batch_size", "per_device_train_batch_size", "gradient_accumulation_steps", "beta", "loss_type",
    "epsilon", "epsilon_high", "temperature", "max_completion_length", "use_vllm", "seed",
)
TAGS = ["trl", "grpo", "scaler", "rlvr", "curriculum", "reasoning"]
PAPER_URL = "https://arxiv.org/abs/2601.04809"
TRL_FROM = "## Training procedure"
"""TRL's card is kept from this heading on (procedure, framework versions, citations)."""


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


STEP_COLUMNS = (
    ("step", "step"),
    ("reward", "reward"),
    ("rewards/scaler_reward/mean", "correct"),
    ("rewards/boxed_format_reward/mean", "format"),
    ("rewards/soft_overlong_punishment_reward/mean", "length penalty"),
    ("frac_reward_zero_std", "groups without mixed rewards"),
    ("completions/clipped_ratio", "clipped"),
    ("grad_norm", "grad_norm"),
)


def training_steps(log_history: Sequence[Mapping[str, Any]]) -> dict[str, Any] | None:
    """The trainer's logged training steps as table rows, and how many had a non-zero gradient."""
    logged = [r for r in log_history if "grad_norm" in r and "loss" in r]
    if not logged:
        return None
    columns = [(key, title) for key, title in STEP_COLUMNS if any(key in r for r in logged)]
    rows = [[_figure(r.get(key)) for key, _ in columns] for r in logged]
    return {
        "titles": [title for _, title in columns],
        "rows": rows,
        "count": len(logged),
        "learning": sum(float(r["grad_norm"]) > 0 for r in logged),
        "mixed": sum(float(r.get("frac_reward_zero_std", 1.0)) < 1.0 for r in logged),
    }


def _figure(value: Any) -> str:
    if value is None:
        return ""
    return str(value) if isinstance(value, int) else f"{float(value):.3g}"


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
    peft: bool = False,
    license: str = "other",
    base_model_note: str | None = None,
    trainer_paper: Mapping[str, str] | None = None,
    log_history: Sequence[Mapping[str, Any]] = (),
    format_reward: bool = False,
    overlong_penalty: bool = False,
) -> str:
    """The card's Markdown: TRL's card (metadata, framework versions, citations) with scaler's sections.

    ``repo_id`` is what the usage snippet loads (the Hub id when pushing, else the output folder);
    ``trainer_paper`` is TRL's ``GRPOTrainer._paper`` (title, arXiv id, BibTeX citation).
    """
    from trl.trainer.utils import generate_model_card

    hub_dataset = _hub_dataset(pool)
    trl_card = generate_model_card(
        base_model=base_model, model_name=model_name, hub_model_id=repo_id, dataset_name=hub_dataset,
        tags=TAGS, wandb_url=None, trackio_url=None, trainer_name="GRPO",
        trainer_citation=(trainer_paper or {}).get("citation"), paper_title=(trainer_paper or {}).get("title"),
        paper_id=(trainer_paper or {}).get("id"),
    )
    data = trl_card.data
    data.license = license
    data.library_name = "peft" if peft else "transformers"
    data.pipeline_tag = "text-generation"
    data.datasets = [hub_dataset] if hub_dataset else None  # a list, as the Hub's metadata expects
    data.pop("licence", None)  # TRL 1.16 writes `licence: license`, a typo of the `license` key
    trl_sections = trl_card.text[trl_card.text.index(TRL_FROM):]
    template = Template(template_path("model_card.md").read_text(encoding="utf-8"))
    body = template.render(
        model_name=model_name,
        repo_id=repo_id,
        base_model=base_model,
        base_model_note=base_model_note,
        peft=peft,
        paper_url=PAPER_URL,
        env_dataset=pool if pool and pool != BUILTIN else "scaler's built-in pool",
        env_dataset_url=f"https://huggingface.co/datasets/{hub_dataset}" if hub_dataset else None,
        num_envs=num_envs,
        prompts_per_step=prompts_per_generation_batch(training_args),
        num_generations=training_args.num_generations,
        curriculum_settings=dict(curriculum_settings),
        results=curriculum_results(records, max_levels),
        training_settings={k: _plain(getattr(training_args, k)) for k in TRAINING_SETTINGS if hasattr(training_args, k)},
        steps=training_steps(log_history),
        format_reward=format_reward,
        overlong_penalty=overlong_penalty,
        trl_sections=trl_sections,
    )
    return f"---\n{data.to_yaml()}\n---\n\n{body.strip()}\n"


def _plain(value: Any) -> Any:
    """Enum settings (``SchedulerType.CONSTANT``) as their value (``constant``)."""
    return value.value if isinstance(value, Enum) else value


def _hub_dataset(pool: str | None) -> str | None:
    if not pool or pool == BUILTIN or os.path.exists(pool):
        return None
    return pool


def write_model_card(path: str | os.PathLike[str], **kwargs: Any) -> Path:
    """Render (see :func:`render_model_card`) and write the card to ``path``."""
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_model_card(**kwargs), encoding="utf-8")
    return out
