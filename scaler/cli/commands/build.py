"""``scaler build --out DIR``: a Hub-ready dataset folder with the built-in pool and any SCALER pools."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("build", help="write a Hub-ready dataset folder: the built-in pool and SCALER pools, one config each")
    p.add_argument("--out", required=True, help="dataset folder to write (configs already there are kept)")
    p.add_argument("--scaler-pool", nargs="+", default=[], metavar="SCALER-N.json",
                   help="upstream SCALER pools to add, each as config 'scaler-N' (only environments that run are kept)")
    p.add_argument("--repo-id", default=None, metavar="ORG/NAME",
                   help="the Hub dataset the folder is for (named in the card's usage snippets; default: a local path)")
    p.add_argument("--trust-remote-code", action="store_true",
                   help="required with --scaler-pool: its generators and solutions run (in the sandbox) to check them")
    p.set_defaults(func=cmd_build)


def cmd_build(args: argparse.Namespace) -> int:
    from scaler.envs import BUILTIN, builtin_environments, save_environments
    from scaler.errors import UntrustedCodeError
    from scaler.upstream import read_pool

    pools = [(Path(path), read_pool(path)) for path in args.scaler_pool]  # all parsed before any code runs
    if pools and not args.trust_remote_code:
        raise UntrustedCodeError(pools[0][0].name)
    out = Path(args.out)
    name = args.repo_id.split("/")[-1] if args.repo_id else "scaler-envs"
    envs = builtin_environments()
    save_environments(envs, out, BUILTIN, pretty_name=name, repo_id=args.repo_id)
    print(f"{BUILTIN}: {len(envs)} environments")
    if pools:
        from scaler.engine import InstanceEngine
        from scaler.upstream import import_pool

        with InstanceEngine() as engine:
            for path, pool in pools:
                results = import_pool(pool, engine=engine, progress=True)
                kept = [r.env for r in results if r.ok and r.env is not None]
                config = path.stem.lower()
                save_environments(kept, out, config, pretty_name=name, repo_id=args.repo_id)
                print(f"{config}: {len(kept)} of {len(results)} environments (the others do not run: "
                      f"`scaler import-scaler {path} --out DIR --trust-remote-code` says why)")
    print(f"wrote {out} ({out / 'README.md'}); upload it with `scaler push {out} --repo-id ORG/NAME`")
    return 0
