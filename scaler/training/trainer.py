"""``ScalerGRPOTrainer``: TRL's ``GRPOTrainer`` whose model card describes the environments and curriculum.

TRL writes the card on every checkpoint and in ``push_to_hub`` through ``create_model_card``; this
override extends TRL's card with ``hub_cards/model_card.md`` (see :mod:`scaler.training.model_card`).
A LoRA adapter names the base model by its Hub id, never by the local folder it was loaded from.
With ``zero_variance_filter`` the groups whose rewards all agree are dropped from the loss and its
normaliser (DAPO's filter without the refill; assumption 7 of :mod:`scaler.training.trl_contract`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import torch
from accelerate.utils import is_peft_model
from trl import GRPOTrainer

from scaler.training.model_card import write_model_card
from scaler.training.stream import CurriculumStream
from scaler.training.trl_contract import check_zero_variance_filter


def zero_variance_rows(advantages: torch.Tensor, num_generations: int) -> torch.Tensor:
    """Rows of ``advantages`` (consecutive groups of ``num_generations``) whose whole group has advantage 0."""
    flat = (advantages.reshape(-1, num_generations) == 0).all(dim=1)
    return flat.repeat_interleave(num_generations)


class ScalerGRPOTrainer(GRPOTrainer):
    def __init__(self, *args: Any, stream: CurriculumStream, base_model: str | None, pool: str | None,
                 license: str = "other", base_model_note: str | None = None, zero_variance_filter: bool = False,
                 **kwargs: Any):
        super().__init__(*args, **kwargs)
        if zero_variance_filter:
            check_zero_variance_filter(self.args)
        self.zero_variance_filter = zero_variance_filter
        self.stream = stream
        self.base_model = base_model
        self.pool = pool
        self.license = license
        self.base_model_note = base_model_note
        if base_model and is_peft_model(self.model):  # adapter_config.json: the Hub id, not ~/.cache/...
            for config in self.model.peft_config.values():
                config.base_model_name_or_path = base_model

    def _generate_and_score_completions(self, inputs: list[dict[str, Any]]) -> dict[str, Any]:
        output = super()._generate_and_score_completions(inputs)
        if self.zero_variance_filter and self.model.training:
            keep = ~zero_variance_rows(output["advantages"], self.num_generations)
            mask = output["completion_mask"] * keep.unsqueeze(1).to(output["completion_mask"].dtype)
            output["completion_mask"] = mask
            loss_mask = mask if "tool_mask" not in output else mask * output["tool_mask"]
            output["num_items_in_batch"] = self.accelerator.gather(loss_mask.sum()).sum()
        return output

    def create_model_card(
        self, model_name: str | None = None, dataset_name: str | None = None, tags: str | list[str] | None = None
    ) -> None:
        if not self.is_world_process_zero():
            return
        out = Path(self.args.output_dir)
        repo_id = self.args.hub_model_id if self.args.push_to_hub and self.args.hub_model_id else str(out.resolve())
        curriculum = self.stream.curriculum
        reward_names = {getattr(f, "__name__", "") for f in self.reward_funcs}
        write_model_card(
            out / "README.md",
            model_name=model_name or (self.args.hub_model_id or out.name).split("/")[-1],
            repo_id=repo_id,
            base_model=self.base_model,
            pool=self.pool,
            num_envs=len(curriculum.envs),
            curriculum_settings=curriculum.config.to_dict(),
            records=self.stream.trace.records,
            max_levels={e: spec.max_level for e, spec in curriculum.envs.items()},
            training_args=self.args,
            peft=is_peft_model(self.model),
            license=self.license,
            base_model_note=self.base_model_note,
            trainer_paper=self._paper,
            log_history=self.state.log_history,
            format_reward="boxed_format_reward" in reward_names,
            overlong_penalty="soft_overlong_punishment_reward" in reward_names,
        )
