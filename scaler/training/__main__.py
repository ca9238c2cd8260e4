"""``python -m scaler.training`` (e.g. ``accelerate launch -m scaler.training --config qwen3-1.7b-base``): ``scaler train``."""

import sys

from scaler.training.args import cli_main

sys.exit(cli_main(sys.argv[1:]))
