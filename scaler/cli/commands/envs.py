"""``scaler envs list|show|export``: browse a pool and write it as a dataset folder or Hub dataset."""

from __future__ import annotations

import argparse

from scaler.cli.options import add_pool, load_pool, print_json


def register(sub: argparse._SubParsersAction) -> None:
    envs = sub.add_parser("envs", help="list, show and export the environments of a pool")
    commands = envs.add_subparsers(dest="envs_command", required=True, metavar="COMMAND")
    p = commands.add_parser("list", help="list the environments of a pool")
    add_pool(p)
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p.set_defaults(func=cmd_list)
    p = commands.add_parser("show", help="show one environment")
    p.add_argument("id")
    add_pool(p)
    p.add_argument("--json", action="store_true", help="print the environment's row as JSON")
    p.set_defaults(func=cmd_show)
    p = commands.add_parser("export", help="write a pool as a dataset folder and/or push it to the Hub")
    add_pool(p)
    p.add_argument("--out", help="dataset folder to write")
    p.add_argument("--config", default="default", help="config name of the pool in the written dataset")
    p.add_argument("--push-to-hub", metavar="REPO_ID", help="Hub dataset to upload to (after --out is written)")
    p.add_argument("--private", action="store_true")
    p.set_defaults(func=cmd_export)


def cmd_list(args: argparse.Namespace) -> int:
    rows = [
        {
            "id": e.id,
            "family": e.family_name,
            "output_type": e.output_type,
            "levels": len(e.levels),
            "params": list(e.scale_params),
            "languages": sorted({s.language for s in e.solutions}),
            "held_out": e.held_out,
            "title": e.title,
        }
        for e in load_pool(args)
    ]
    if args.json:
        print_json(rows)
        return 0
    width = max([len(r["id"]) for r in rows] + [2])
    print(f"{'id':<{width}}  {'family':<19}  {'type':<6}  {'levels':>6}  {'params':<18}  solutions")
    for r in rows:
        print(f"{r['id']:<{width}}  {r['family']:<19}  {r['output_type']:<6}  {r['levels']:>6}  "
              f"{','.join(r['params']):<18}  {'+'.join(r['languages'])}{'  (held out)' if r['held_out'] else ''}")
    families = len({r["family"] for r in rows})
    print(f"{len(rows)} environments in {families} families, {sum(r['held_out'] for r in rows)} held out")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from scaler.envs import get_environment

    env = get_environment(args.id, load_pool(args))
    if args.json:
        print_json(env.to_row())
        return 0
    print(f"{env.id}: {env.title}  [{env.output_type}, family {env.family_name}, tags {', '.join(env.tags)}]"
          f"{'  (held out)' if env.held_out else ''}")
    print(f"source: {env.provenance.source} {env.provenance.url}  license: {env.provenance.license}\n")
    print(env.statement.strip(), "\n")
    print("Output:", env.output_instruction.strip(), "\n")
    print("Scale parameters:", ", ".join(f"{n} in [{p.min}, {p.max}]" for n, p in env.scale_params.items()))
    print("Levels:")
    for i, level in enumerate(env.levels):
        print(f"  {i:>3}: " + ", ".join(f"{k}={v}" for k, v in level.items()))
    print("Solutions:", ", ".join(f"{s.language} ({len(s.source.splitlines())} lines)" for s in env.solutions))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from scaler.envs import push_environments_to_hub, save_environments
    from scaler.errors import ConfigError

    if not (args.out or args.push_to_hub):
        raise ConfigError("nothing to do: give --out DIR and/or --push-to-hub REPO_ID")
    envs = load_pool(args)
    if args.out:  # written first: a failed upload never leaves the user with nothing on disk
        save_environments(envs, args.out, args.config)
        print(f"wrote {len(envs)} environments to {args.out} (config {args.config!r})")
    if args.push_to_hub:
        push_environments_to_hub(envs, args.push_to_hub, args.config, private=args.private)
        print(f"pushed {len(envs)} environments to the Hub dataset {args.push_to_hub} (config {args.config!r})")
    return 0
