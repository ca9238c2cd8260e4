"""``ScalerGRPOTrainer``: TRL's ``GRPOTrainer`` whose model card describes the environments and curriculum.

TRL writes the card on every checkpoint and in ``push_to_hub`` through ``create_model_card``; this
override renders ``hub_cards/model_card.md`` instead (see :mod:`scaler.training.model_card`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from trl import GRPOTrainer

from scaler.training.model_card import write_model_card
from scaler.training.stream import CurriculumStream


class ScalerGRPOTrainer(GRPOTrainer):
    def __init__(self, *args: Any, stream: CurriculumStream, base_model: str | None, pool: str | None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.stream = stream
        self.base_model = base_model
        self.pool = pool

    def create_model_card(
        self, model_name: str | None = None, dataset_name: str | None = None, tags: str | list[str] | None = None
    ) -> None:
        if not self.is_world_process_zero():
            return
        repo_id = self.args.hub_model_id or Path(self.args.output_dir).name
        curriculum = self.stream.curriculum
        write_model_card(
            Path(self.args.output_dir) / "README.md",
            model_name=model_name or repo_id.split("/")[-1],
            repo_id=repo_id,
            base_model=self.base_model,
            pool=self.pool,
            num_envs=len(curriculum.envs),
            curriculum_settings=curriculum.config.to_dict(),
            records=self.stream.trace.records,
            max_levels={e: spec.max_level for e, spec in curriculum.envs.items()},
            training_args=self.args,
        )
