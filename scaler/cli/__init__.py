"""The ``scaler`` command line.

Each subcommand is one module in :mod:`scaler.cli.commands` exposing ``register(subparsers)``; they
are discovered in name order, so adding a command means adding one file. :func:`main` is the single
error handler: any :class:`scaler.errors.ScalerError` (and the usual OS errors) prints as one line,
``scaler: error: ...``, with a non-zero exit; ``--debug`` shows the traceback instead.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
from typing import Sequence

import scaler
from scaler.cli import commands
from scaler.errors import ScalerError
from scaler.safe_text import printable

EXIT_ERROR = 2
EXIT_INTERRUPTED = 130


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="scaler",
        description="Verifiable, difficulty-scalable reasoning environments and adaptive-curriculum GRPO training.",
    )
    parser.add_argument("--version", action="version", version=f"scaler {scaler.__version__}")
    parser.add_argument("--debug", action="store_true", help="show the full traceback of an error")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda i: i.name):
        importlib.import_module(f"{commands.__name__}.{info.name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv[: argv.index("train") if "train" in argv else len(argv)]
    try:
        args = build_parser().parse_args(argv)
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("scaler: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `scaler ... | head`: the reader left; not an error of ours
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except SystemExit:
        raise
    except Exception as e:  # noqa: BLE001 - the one place that turns any failure into one line
        if debug:
            raise
        print(f"scaler: error: {describe(e)}", file=sys.stderr)
        return EXIT_ERROR


def describe(error: BaseException) -> str:
    """One printable line for ``error``: the message of a known error, else its type and message."""
    if isinstance(error, ScalerError):
        text = str(error)
    elif isinstance(error, (FileNotFoundError, PermissionError, IsADirectoryError, NotADirectoryError)) and error.filename:
        text = f"{error.strerror or error}: {error.filename}" if error.strerror else str(error)
    elif isinstance(error, (OSError, ValueError, LookupError)):
        text = str(error.args[0]) if isinstance(error, KeyError) and error.args else str(error)
    else:
        text = f"unexpected {type(error).__name__}: {error} (run with --debug for the traceback)"
    return printable(" ".join(text.split()), limit=2000)


if __name__ == "__main__":
    sys.exit(main())
