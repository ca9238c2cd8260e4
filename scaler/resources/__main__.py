"""``python -m scaler.resources KIND/NAME``: print the path of a shipped file, e.g. for ``accelerate launch``:

    accelerate launch --config_file "$(python -m scaler.resources accelerate_configs/zero2.yaml)" -m scaler.training
"""

import sys

from scaler import resources

if len(sys.argv) != 2 or "/" not in sys.argv[1]:
    kinds = (resources.RECIPES, resources.ACCELERATE_CONFIGS, resources.HUB_CARDS)
    sys.exit(f"usage: python -m scaler.resources KIND/NAME  (KIND: {', '.join(kinds)})")
try:
    print(resources.path(*sys.argv[1].split("/", 1)))
except FileNotFoundError as e:
    sys.exit(f"scaler.resources: {e}")
