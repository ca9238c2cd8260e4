"""``scaler train``: GRPO training with the adaptive curriculum (everything after ``train`` goes to TrlParser)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("train", help="GRPO training with the adaptive curriculum (default: the CPU recipe)",
                       add_help=False, prefix_chars="\0")
    p.add_argument("rest", nargs="*", help="--config RECIPE and overrides (see scaler train --help)")
    p.set_defaults(func=cmd_train)


def cmd_train(args: argparse.Namespace) -> int:
    from scaler.training.args import cli_main

    return cli_main(args.rest)
