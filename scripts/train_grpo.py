"""GRPO training on scaler environments with the adaptive curriculum.

    python scripts/train_grpo.py                                  # the CPU recipe (SmolLM2-135M, a few steps)
    python scripts/train_grpo.py --config scripts/recipes/qwen3-1.7b-base.yaml --max_steps 100
    accelerate launch --config_file scripts/accelerate_configs/zero2.yaml --num_processes 4 \\
        scripts/train_grpo.py --config qwen3-1.7b-base

Arguments are ``ScalerArguments``, ``GRPOConfig`` and ``ModelConfig`` fields, parsed by ``TrlParser``
from the recipe and the command line (same as ``scaler train``).
"""

import sys

from scaler.training.args import cli_main

if __name__ == "__main__":
    sys.exit(cli_main(sys.argv[1:]))
