"""``scaler bench NAME``: benchmarks that print figures against a baseline measured in the same run."""

from __future__ import annotations

import argparse
import importlib
import pkgutil

import scaler.bench


def register(sub: argparse._SubParsersAction) -> None:
    names = sorted(i.name.replace("_", "-") for i in pkgutil.iter_modules(scaler.bench.__path__))
    p = sub.add_parser("bench", help=f"benchmarks: {', '.join(names)}")
    p.add_argument("which", choices=names)
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument("rest", nargs=argparse.REMAINDER, help="options passed to the benchmark (see scaler bench NAME --help)")
    p.set_defaults(func=cmd_bench)


def cmd_bench(args: argparse.Namespace) -> int:
    module = importlib.import_module(f"scaler.bench.{args.which.replace('-', '_')}")
    return int(module.main(args.rest + (["--json"] if args.json else [])) or 0)
