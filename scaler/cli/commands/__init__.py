"""One module per ``scaler`` subcommand, each with ``register(subparsers)``."""
