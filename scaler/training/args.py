"""The arguments of ``scaler train``: recipes, TRL's parser, and a help that starts with scaler's own options.

A run's settings are ``(ScalerArguments, GRPOConfig, ModelConfig)`` parsed by ``TrlParser`` from a
recipe (``--config NAME`` or ``--config=NAME`` with a shipped recipe name, or a path to a YAML file;
by default :data:`DEFAULT_RECIPE`) and ``--NAME VALUE`` overrides. ``--help`` prints scaler's options
with the recipe's values; ``--help-all`` prints every TRL flag too.
"""

from __future__ import annotations

import dataclasses
import re
import textwrap
from pathlib import Path
from typing import Any, Sequence

import yaml

from scaler import resources
from scaler.errors import ConfigError
from scaler.training.config import ScalerArguments

DEFAULT_RECIPE = "smollm2-135m-cpu"
USAGE = "scaler train [--config RECIPE] [--NAME VALUE ...]"
HELP_FLAGS = frozenset({"-h", "--help"})
HELP_ALL = "--help-all"


def recipe_path(name_or_path: str) -> Path:
    """A recipe file: an existing path, else the name of a shipped recipe (``qwen3-1.7b-base``)."""
    path = Path(name_or_path)
    if path.is_file():
        return path
    name = name_or_path.removesuffix(".yaml")
    if name in resources.names(resources.RECIPES):
        return resources.path(resources.RECIPES, f"{name}.yaml")
    raise ConfigError(
        f"--config {name_or_path}: no such file, and no shipped recipe of that name "
        f"(shipped: {', '.join(resources.names(resources.RECIPES))})"
    )


def split_config(argv: Sequence[str]) -> tuple[str | None, list[str]]:
    """``(recipe given with --config NAME or --config=NAME, the other arguments)``."""
    rest: list[str] = []
    config = None
    args = iter(argv)
    for arg in args:
        if arg == "--config":
            config = next(args, None)
            if config is None or config.startswith("--"):
                raise ConfigError("--config needs a recipe name or a YAML file")
        elif arg.startswith("--config="):
            config = arg.split("=", 1)[1]
        else:
            rest.append(arg)
    return config, rest


def make_parser():
    """TRL's parser of the three dataclasses, named ``scaler train``, whose errors are :class:`ConfigError`."""
    from trl import GRPOConfig, ModelConfig, TrlParser

    class Parser(TrlParser):
        def error(self, message: str):  # argparse would print usage and exit 2
            raise ConfigError(f"scaler train: {message} (see scaler train --help)")

    parser = Parser((ScalerArguments, GRPOConfig, ModelConfig), prog="scaler train", usage=USAGE)
    for action in parser._actions:  # HfArgumentParser gives `--no_X` the help of `--X`
        negative = next((o for o in action.option_strings if o.startswith("--no_")), None)
        if negative:
            action.help = f"Turn off --{negative.removeprefix('--no_')}."
    return parser


def parse_args(argv: Sequence[str]):
    """``(ScalerArguments, GRPOConfig, ModelConfig)`` from a recipe (default: :data:`DEFAULT_RECIPE`) and overrides."""
    config, rest = split_config(argv)
    recipe = recipe_path(config or DEFAULT_RECIPE)
    try:
        return make_parser().parse_args_and_config(["--config", str(recipe), *rest])
    except yaml.YAMLError as e:
        raise ConfigError(f"recipe {recipe} is not valid YAML: {e}") from None
    except ValueError as e:  # HfArgumentParser's leftovers: unknown flags, or unknown keys in the recipe
        unknown = re.findall(r"'--([\w.-]+)'", str(e))
        if not unknown or ("not used by the HfArgumentParser" not in str(e) and "Unknown arguments" not in str(e)):
            raise
        where = f"in recipe {recipe}" if "config file" in str(e) else "on the command line"
        raise ConfigError(f"unknown option(s) {where}: {', '.join(unknown)} (scaler train --help lists scaler's; "
                          "--help-all every TRL option)") from None


def help_text(argv: Sequence[str]) -> str:
    """``scaler train --help``: usage, the shipped recipes, scaler's options with the recipe's values."""
    config, _ = split_config([a for a in argv if a not in HELP_FLAGS])
    recipe_name = config or DEFAULT_RECIPE
    recipe = recipe_path(recipe_name)
    values: dict[str, Any] = yaml.safe_load(recipe.read_text(encoding="utf-8")) or {}
    own = {f.name for f in dataclasses.fields(ScalerArguments)}
    lines = [
        f"usage: {USAGE}",
        "",
        "GRPO training (TRL's GRPOTrainer) on scaler environments with the adaptive curriculum. Settings come",
        f"from a recipe, then from --NAME VALUE overrides of any of its fields. Recipe here: {recipe_name}.",
        "",
        "recipes (--config NAME, or --config PATH.yaml):",
    ]
    for name in resources.names(resources.RECIPES):
        text = resources.path(resources.RECIPES, f"{name}.yaml").read_text(encoding="utf-8")
        summary = text.splitlines()[0].lstrip("# ") if text.startswith("#") else ""
        default = "(default) " if name == DEFAULT_RECIPE else ""
        lines.append(f"  {name:<18} {textwrap.shorten(default + summary, 80, placeholder=' ...')}")
    lines += ["", f"scaler options (value: the {recipe_name} recipe's, else the default):"]
    for f in dataclasses.fields(ScalerArguments):
        default = f.default_factory() if f.default_factory is not dataclasses.MISSING else f.default
        value = values.get(f.name, default)
        lines.append(f"  --{f.name} {_show(value)}")
        lines += textwrap.wrap(f.metadata.get("help", ""), 96, initial_indent=" " * 6, subsequent_indent=" " * 6)
    lines += ["", "the recipe's model and GRPO settings (override with --NAME VALUE):"]
    lines += [f"  --{k} {_show(v)}" for k, v in values.items() if k not in own]
    lines += ["", f"Every option of TRL's GRPOConfig and ModelConfig, with its help: scaler train {HELP_ALL}"]
    return "\n".join(lines)


def _show(value: Any) -> str:
    if isinstance(value, (dict, list)):
        return yaml.safe_dump(value, default_flow_style=True).strip()
    return "(unset)" if value is None else str(value).lower() if isinstance(value, bool) else str(value)


def cli_main(argv: Sequence[str]) -> int:
    """``scaler train``: help, or parse and train."""
    import warnings

    from scaler.training.run import main

    if HELP_ALL in argv:
        print(make_parser().format_help())
        return 0
    if HELP_FLAGS & set(argv):
        print(help_text(argv))
        return 0
    # TRL 1.16 still uses transformers' pre-v6 `gradient_checkpointing` names; nothing a user can act on.
    warnings.filterwarnings("ignore", message=r"`\w*gradient_checkpointing\w*` is deprecated", category=FutureWarning)
    main(*parse_args(argv))
    return 0
