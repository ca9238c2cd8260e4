"""The ``scaler`` command line: browse and sample environments, import upstream pools, benchmark, train."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Sequence

from scaler.environment import EnvRecordError, Environment


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be >= 1, got {value}")
    return value


def _add_source(p: argparse.ArgumentParser) -> None:
    p.add_argument("--source", default=None, help="built-in pool (default), a dataset folder, or a Hub dataset id")
    p.add_argument("--name", default=None, help="the pool's config name when the source holds several")


def _load(args: argparse.Namespace, trust: bool = False) -> list[Environment]:
    from scaler.envs import load_environments

    return load_environments(args.source, args.name, trust_remote_code=trust)


def _print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def cmd_envs_list(args: argparse.Namespace) -> int:
    envs = _load(args)
    rows = [
        {
            "id": e.id,
            "output_type": e.output_type,
            "levels": len(e.levels),
            "params": list(e.scale_params),
            "languages": sorted({s.language for s in e.solutions}),
            "family": e.family_name,
            "title": e.title,
        }
        for e in envs
    ]
    if args.json:
        _print_json(rows)
        return 0
    width = max([len(r["id"]) for r in rows] + [2])
    print(f"{'id':<{width}}  {'type':<6}  {'levels':>6}  {'params':<18}  {'solutions':<11}  family")
    for r in rows:
        print(
            f"{r['id']:<{width}}  {r['output_type']:<6}  {r['levels']:>6}  {','.join(r['params']):<18}  "
            f"{'+'.join(r['languages']):<11}  {r['family']}"
        )
    print(f"{len(rows)} environments")
    return 0


def cmd_envs_show(args: argparse.Namespace) -> int:
    from scaler.envs import get_environment

    env = get_environment(args.id, _load(args))
    if args.json:
        _print_json(env.to_row())
        return 0
    print(f"{env.id}: {env.title}  [{env.output_type}, family {env.family_name}, tags {', '.join(env.tags)}]")
    print(f"source: {env.provenance.source} {env.provenance.url}  license: {env.provenance.license}\n")
    print(env.statement.strip(), "\n")
    print("Output:", env.output_instruction.strip(), "\n")
    print("Scale parameters:", ", ".join(f"{n} in [{p.min}, {p.max}]" for n, p in env.scale_params.items()))
    print("Levels:")
    for i, level in enumerate(env.levels):
        print(f"  {i:>3}: " + ", ".join(f"{k}={v}" for k, v in level.items()))
    print("Solutions:", ", ".join(f"{s.language} ({len(s.source.splitlines())} lines)" for s in env.solutions))
    return 0


def cmd_envs_export(args: argparse.Namespace) -> int:
    from scaler.envs import push_environments_to_hub, save_environments

    envs = _load(args)
    if args.push_to_hub:
        push_environments_to_hub(envs, args.push_to_hub, args.config, private=args.private)
        print(f"pushed {len(envs)} environments to https://huggingface.co/datasets/{args.push_to_hub} ({args.config})")
    if args.out:
        save_environments(envs, args.out, args.config)
        print(f"wrote {len(envs)} environments to {args.out} (config {args.config!r})")
    if not (args.out or args.push_to_hub):
        print("nothing to do: give --out DIR and/or --push-to-hub REPO_ID", file=sys.stderr)
        return 2
    return 0


def cmd_sample(args: argparse.Namespace) -> int:
    from scaler.engine import EngineConfig, InstanceEngine
    from scaler.envs import get_environment

    env = get_environment(args.id, _load(args, trust=args.trust_remote_code))
    level = env.max_level // 2 if args.level is None else args.level
    config = EngineConfig(input_format=args.input_format, cross_check=args.cross_check)
    with InstanceEngine(config=config) as engine:
        instances = engine.instances([(env, level, args.seed + i) for i in range(args.n)])
    if args.json:
        _print_json([inst.as_dict() for inst in instances] if args.n > 1 else instances[0].as_dict())
        return 0
    for inst in instances:
        print(f"=== {inst.env_id}  level {inst.level}  seed {inst.seed}")
        for message in inst.prompt:
            print(f"--- {message['role']}\n{message['content']}")
        print(f"--- answer\n{inst.answer}\n")
    return 0


def cmd_import_scaler(args: argparse.Namespace) -> int:
    from scaler.engine import InstanceEngine
    from scaler.envs import save_environments
    from scaler.upstream import import_pool, read_pool

    pool = read_pool(args.pool)
    with InstanceEngine() as engine:
        results = import_pool(pool, engine=engine, seeds=list(range(args.seeds)), progress=not args.json)
    keep = [r.env for r in results if r.env is not None and (r.ok or args.keep_failed)]
    out = Path(args.out)
    name = args.config or Path(args.pool).stem.lower()
    if keep:
        save_environments(keep, out, name)
    report = [r.as_dict() for r in results]
    out.mkdir(parents=True, exist_ok=True)
    (out / f"import-report-{name}.json").write_text(json.dumps(report, indent=2, ensure_ascii=False))
    ok = sum(r.ok for r in results)
    if args.json:
        _print_json({"ok": ok, "failed": len(results) - ok, "written": len(keep), "config": name, "envs": report})
    else:
        for r in results:
            status = "ok    " if r.ok else "FAILED"
            print(f"{status}  {r.env.id if r.env else '-':<45} {r.reason}{'  (' + '; '.join(r.notes) + ')' if r.notes else ''}")
        print(f"\n{ok}/{len(results)} environments run; wrote {len(keep)} to {out} as config {name!r}")
        print(f"report: {out / f'import-report-{name}.json'}")
    return 0 if ok else 1


def cmd_bench(args: argparse.Namespace) -> int:
    import importlib

    module = importlib.import_module(f"scaler.bench.{args.which.replace('-', '_')}")
    module.main(args.rest + (["--json"] if args.json else []))
    return 0


def cmd_train(args: argparse.Namespace) -> int:
    from scaler.training.run import cli_main

    cli_main(args.rest)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="scaler",
        description="Verifiable, difficulty-scalable reasoning environments and adaptive-curriculum GRPO training.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    envs = sub.add_parser("envs", help="list, show and export environments").add_subparsers(dest="envs_command", required=True)
    p = envs.add_parser("list", help="list the environments of a pool")
    _add_source(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_envs_list)
    p = envs.add_parser("show", help="show one environment")
    p.add_argument("id")
    _add_source(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_envs_show)
    p = envs.add_parser("export", help="write a pool as a dataset folder and/or push it to the Hub")
    _add_source(p)
    p.add_argument("--out", help="dataset folder to write")
    p.add_argument("--config", default="default", help="config name of the pool in the dataset")
    p.add_argument("--push-to-hub", metavar="REPO_ID", help="Hub dataset to upload to")
    p.add_argument("--private", action="store_true")
    p.set_defaults(func=cmd_envs_export)

    p = sub.add_parser("sample", help="make instances of an environment")
    p.add_argument("id")
    _add_source(p)
    p.add_argument("--level", type=int, default=None, help="difficulty level (default: the middle one)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--n", type=_positive_int, default=1, help="number of instances (seeds SEED, SEED+1, ...)")
    p.add_argument("--input-format", choices=["stdin", "dict"], default="stdin")
    p.add_argument("--cross-check", action="store_true", help="check the answer against a second solution")
    p.add_argument("--trust-remote-code", action="store_true", help="run code of a non-built-in pool (in the sandbox)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_sample)

    p = sub.add_parser("import-scaler", help="import a released SCALER pool (SCALER-*.json)")
    p.add_argument("pool", help="path to SCALER-8.json / SCALER-64.json")
    p.add_argument("--out", required=True, help="dataset folder to write")
    p.add_argument("--config", default=None, help="config name (default: the pool file's stem)")
    p.add_argument("--seeds", type=_positive_int, default=2, help="seeds checked at the lowest and highest level")
    p.add_argument("--keep-failed", action="store_true", help="also write environments that failed the check")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_import_scaler)

    p = sub.add_parser("bench", help="benchmarks: instances, verify, curriculum, train-overhead")
    p.add_argument("which", choices=["instances", "verify", "curriculum", "train-overhead"])
    p.add_argument("--json", action="store_true")
    p.add_argument("rest", nargs=argparse.REMAINDER, help="options passed to the benchmark")
    p.set_defaults(func=cmd_bench)

    p = sub.add_parser("train", help="GRPO training with the adaptive curriculum (default: the CPU recipe)", add_help=False)
    p.add_argument("rest", nargs=argparse.REMAINDER, help="--config RECIPE.yaml and overrides (see --help)")
    p.set_defaults(func=cmd_train)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["train"]:  # everything after `train` belongs to TrlParser, --help included
        args = argparse.Namespace(func=cmd_train, rest=argv[1:])
    else:
        args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (EnvRecordError, KeyError, ValueError, PermissionError, FileNotFoundError) as e:
        message = e.args[0] if isinstance(e, KeyError) and e.args else e
        print(f"scaler: error: {message}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
