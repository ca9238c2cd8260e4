"""GRPO training on scaler environments with TRL (the ``train`` extra).

``stream.CurriculumStream`` (the adaptive prompt stream), ``reward.ScalerReward`` (the verified reward
that feeds the curriculum), ``callback.CurriculumCallback`` (curriculum state in checkpoints, trace,
plot), ``config.ScalerArguments`` (what a run adds to ``GRPOConfig``/``ModelConfig``),
``trainer.ScalerGRPOTrainer`` (its model card), ``models`` (offline models) and ``run`` (the entry
point of ``scaler train`` and ``scripts/train_grpo.py``).
"""
