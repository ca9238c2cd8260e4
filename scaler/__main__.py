"""``python -m scaler``: the ``scaler`` command line."""

import sys

from scaler.cli import main

sys.exit(main())
