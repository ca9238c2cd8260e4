"""``scaler sample ID``: make instances of an environment and show them (or print them as JSON)."""

from __future__ import annotations

import argparse

from scaler.cli.options import add_pool, load_pool, positive_int, print_json
from scaler.prompt import INPUT_FORMATS


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sample", help="make instances of an environment")
    p.add_argument("id")
    add_pool(p, trust=True)
    p.add_argument("--level", type=int, default=None, help="difficulty level (default: the middle one)")
    p.add_argument("--seed", type=int, default=0, help="first seed (instances use SEED, SEED+1, ...)")
    p.add_argument("--n", type=positive_int, default=1, help="number of instances")
    p.add_argument("--input-format", choices=INPUT_FORMATS, default="stdin",
                   help="show the problem's stdin text, or the generator's structured view (upstream's)")
    p.add_argument("--cross-check", action="store_true", help="check the answer against a second solution")
    p.add_argument("--json", action="store_true", help="print a JSON list of instances")
    p.set_defaults(func=cmd_sample)


def cmd_sample(args: argparse.Namespace) -> int:
    from scaler.engine import EngineConfig, InstanceEngine
    from scaler.envs import get_environment

    env = get_environment(args.id, load_pool(args))
    level = env.max_level // 2 if args.level is None else args.level
    config = EngineConfig(input_format=args.input_format, cross_check=args.cross_check)
    with InstanceEngine(config=config) as engine:
        instances = engine.instances([(env, level, args.seed + i) for i in range(args.n)])
    if args.json:
        print_json([inst.as_dict() for inst in instances])
        return 0
    for inst in instances:
        print(f"=== {inst.env_id}  level {inst.level}  seed {inst.seed}")
        for message in inst.prompt:
            print(f"--- {message['role']}\n{message['content']}")
        print(f"--- answer\n{inst.answer}\n")
    return 0
