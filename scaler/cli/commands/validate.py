"""``scaler validate [POOL]``: run the environment checks on a pool; exit 0 only when every environment passes."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from scaler.cli.options import positive_int, print_json
from scaler.environment import Environment


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("validate", help="check a pool's environments (agreement, determinism, diversity, ...)")
    p.add_argument("pool", nargs="?", default=None, metavar="POOL",
                   help="'builtin' (default), a dataset folder, a Hub dataset id, or an upstream SCALER-*.json")
    p.add_argument("--pool-config", default=None, metavar="NAME",
                   help="the pool's config when the source holds several (e.g. 'builtin', 'scaler-64')")
    p.add_argument("--trust-remote-code", action="store_true",
                   help="run the code of a pool that does not ship with scaler (in the sandbox)")
    p.add_argument("--only", nargs="+", metavar="ID", help="validate only these environments")
    p.add_argument("--checks", nargs="+", metavar="CHECK", help="run only these checks (default: all)")
    p.add_argument("--workers", type=positive_int, default=None, help="sandbox workers (default: one per core)")
    p.add_argument("--json", action="store_true", help="print the reports as JSON (no progress bar)")
    p.set_defaults(func=cmd_validate)


def cmd_validate(args: argparse.Namespace) -> int:
    from scaler.engine import InstanceEngine
    from scaler.envs import get_environment
    from scaler.sandbox import SandboxPool
    from scaler.validation import CheckResult, Report, ValidationConfig, validate_pool

    config = ValidationConfig(checks=tuple(args.checks) if args.checks else None)
    checks = [c.name for c in config.selected()]
    envs, broken = read_pool(args.pool, args.pool_config, args.trust_remote_code)
    if args.only:
        wanted = {get_environment(env_id, envs).id for env_id in args.only if env_id not in broken}
        envs = [e for e in envs if e.id in wanted]
        broken = {k: v for k, v in broken.items() if k in args.only}
    start = time.perf_counter()
    with InstanceEngine(SandboxPool(workers=args.workers)) as engine:
        reports = validate_pool(envs, engine, config, progress=not args.json)
    seconds = time.perf_counter() - start
    reports += [Report(name, (CheckResult("record", "fail", reason, {}, 0.0),)) for name, reason in broken.items()]
    if args.json:
        print_json({"passed": sum(r.passed for r in reports), "environments": len(reports),
                    "seconds": round(seconds, 1), "reports": [r.as_dict() for r in reports]})
    else:
        print_table(reports, checks if not broken else ["record", *checks])
        print(f"\n{sum(r.passed for r in reports)}/{len(reports)} environments pass "
              f"({len(checks)} checks: {', '.join(checks)}) in {seconds:.0f} s")
    return 0 if all(r.passed for r in reports) else 1


def read_pool(source: str | None, config: str | None, trust: bool) -> tuple[list[Environment], dict[str, str]]:
    """The pool's environments, and the upstream entries that could not even be converted (name -> reason).

    ``source`` may be an upstream ``SCALER-*.json``, converted on the fly (its code needs ``trust``)."""
    from scaler.envs import load_environments
    from scaler.errors import EnvRecordError, UntrustedCodeError

    if source is not None and source.endswith(".json") and Path(source).is_file():
        from scaler.upstream import convert_entry, read_pool as read_upstream

        pool = read_upstream(source)
        if not trust:
            raise UntrustedCodeError(Path(source).name)
        envs, broken = [], {}
        for name, entry in pool.items():
            try:
                envs.append(convert_entry(name, entry)[0])
            except (EnvRecordError, TypeError, ValueError, AttributeError) as e:
                broken[name] = f"record: {e}"
        return envs, broken
    return load_environments(source, config, trust_remote_code=trust), {}


def print_table(reports: list, checks: list[str]) -> None:
    marks = {"pass": "pass", "fail": "FAIL", "skip": "skip"}
    width = max([len(r.env_id) for r in reports] + [11])
    widths = [max(len(c), 4) for c in checks]
    print(f"{'environment':<{width}}  " + "  ".join(f"{c:<{w}}" for c, w in zip(checks, widths)))
    for report in reports:
        verdicts = {r.check: marks[r.verdict] for r in report.results}
        print(f"{report.env_id:<{width}}  " + "  ".join(f"{verdicts.get(c, '-'):<{w}}" for c, w in zip(checks, widths)))
    failed = [(report.env_id, r) for report in reports for r in report.failures]
    if failed:
        print("\nFailures:")
        for env_id, r in failed:
            print(f"  {env_id}: {r.check}: {r.message}")
