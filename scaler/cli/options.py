"""Options and output helpers shared by the ``scaler`` subcommands: one spelling per concept."""

from __future__ import annotations

import argparse
import json
from typing import Any

from scaler.environment import Environment


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be >= 1, got {value}")
    return value


def add_pool(parser: argparse.ArgumentParser, *, trust: bool = False) -> None:
    """``--pool SOURCE [--pool-config NAME]`` and, for commands that run pool code, ``--trust-remote-code``."""
    parser.add_argument("--pool", default=None, metavar="SOURCE",
                        help="'builtin' (default), a dataset folder, or a Hub dataset id")
    parser.add_argument("--pool-config", default=None, metavar="NAME",
                        help="the pool's config when the source holds several (e.g. 'builtin', 'scaler-64')")
    if trust:
        parser.add_argument("--trust-remote-code", action="store_true",
                            help="run the code of a pool that does not ship with scaler (in the sandbox)")


def load_pool(args: argparse.Namespace) -> list[Environment]:
    from scaler.envs import load_environments

    return load_environments(args.pool, args.pool_config, trust_remote_code=getattr(args, "trust_remote_code", False))


def print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))
