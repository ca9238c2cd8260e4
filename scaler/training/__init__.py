"""GRPO training on scaler environments with the adaptive curriculum (TRL ``GRPOTrainer``).

``stream``      the curriculum's prompts as a rank-identical ``IterableDataset`` (instances prefetched)
``reward``      ``scaler_reward`` (verify, gather, curriculum update, metrics) and a format reward
``callback``    curriculum state in checkpoints, resume, trace and plot
``config``      ``ScalerArguments``, parsed with ``GRPOConfig`` and ``ModelConfig`` by ``TrlParser``
``models``      offline models: ``scaler:tiny-qwen3`` (tests) and ``scaler:smollm2-135m-instruct``
``model_card``  the Hub model card; ``trainer`` the ``GRPOTrainer`` that writes it
``run``         ``main(script_args, training_args, model_args)`` and ``cli_main(argv)`` (``scaler train``)

Imports are per module, so ``import scaler.training`` stays light.
"""
