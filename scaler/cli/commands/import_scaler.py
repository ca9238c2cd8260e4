"""``scaler import-scaler SCALER-64.json --out DIR --trust-remote-code``: import a released SCALER pool."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from scaler.cli.options import positive_int, print_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import-scaler", help="import a released SCALER pool (SCALER-*.json), checking it runs")
    p.add_argument("pool", help="path to SCALER-8.json / SCALER-64.json")
    p.add_argument("--out", required=True, help="dataset folder to write")
    p.add_argument("--config", default=None, help="config name in the written dataset (default: the file's stem)")
    p.add_argument("--seeds", type=positive_int, default=2, help="seeds checked at the lowest and highest level")
    p.add_argument("--keep-failed", action="store_true", help="also write environments that failed the check")
    p.add_argument("--trust-remote-code", action="store_true",
                   help="required: the pool's generators and solutions are untrusted code (they run in the sandbox)")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(func=cmd_import_scaler)


def cmd_import_scaler(args: argparse.Namespace) -> int:
    from scaler.engine import InstanceEngine
    from scaler.envs import save_environments
    from scaler.errors import UntrustedCodeError
    from scaler.upstream import import_pool, read_pool

    pool = read_pool(args.pool)  # parsed and checked (ids included) before any code runs
    if not args.trust_remote_code:
        raise UntrustedCodeError(Path(args.pool).name)
    with InstanceEngine() as engine:
        results = import_pool(pool, engine=engine, seeds=list(range(args.seeds)), progress=not args.json)
    keep = [r.env for r in results if r.env is not None and (r.ok or args.keep_failed)]
    out = Path(args.out)
    name = args.config or Path(args.pool).stem.lower()
    if keep:
        save_environments(keep, out, name)
    report = [r.as_dict() for r in results]
    out.mkdir(parents=True, exist_ok=True)
    report_path = out / f"import-report-{name}.json"
    report_path.write_text(json.dumps(report, indent=2, ensure_ascii=False))
    ok = sum(r.ok for r in results)
    if args.json:
        print_json({"ok": ok, "failed": len(results) - ok, "written": len(keep), "config": name, "envs": report})
    else:
        for r in results:
            notes = f"  ({'; '.join(r.notes)})" if r.notes else ""
            print(f"{'ok    ' if r.ok else 'FAILED'}  {r.env.id if r.env else '-':<45} {r.reason}{notes}")
        print(f"\n{ok}/{len(results)} environments run; wrote {len(keep)} to {out} as config {name!r}")
        print(f"report: {report_path}")
    return 0 if ok == len(results) else 1
