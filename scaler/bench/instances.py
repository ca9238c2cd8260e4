"""``scaler bench instances``: instances/s with ground truth, against a fresh-sandboxed-process baseline.

Ours: the :class:`~scaler.engine.InstanceEngine` over a warm :class:`~scaler.sandbox.SandboxPool`
(one worker per core), batched requests at the middle level of each environment. Baseline, in the
same run on the same requests: one fresh sandbox per instance (a new bwrap with a new ``python3``
in it, confined exactly like a pool worker) that runs the generator and then the reference solution
(a C++ solution's binary is compiled in the sandbox first, as the pool does, and run by that same
fresh process), as many at a time as the pool has workers. No environment code runs outside the
sandbox. Progress goes to stderr.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Sequence

from scaler.engine import InstanceEngine, InstanceError
from scaler.environment import Environment
from scaler.instance import instance_rng_seed
from scaler.sandbox import Limits, bwrap
from scaler.sandbox.binaries import compile_cpp

UPSTREAM_POOL = Path(__file__).resolve().parents[2].parent / "shared" / "upstream-scaler" / "train" / "SCALER-64.json"

_BASELINE_DRIVER = r"""
import base64, io, json, os, random, subprocess, sys
spec = json.loads(sys.stdin.read())
namespace = {"__name__": "generator"}
exec(spec["generator"], namespace)
fn = namespace[spec["entry"]]
random.seed(spec["seed"])
rng = random.Random(spec["seed"])
out = fn(spec["params"], rng) if fn.__code__.co_argcount >= 2 else fn(spec["params"])
stdin = out[0] if isinstance(out, tuple) else out
if spec["binary"] is not None:
    with open("solution", "wb") as f:
        f.write(base64.b64decode(spec["binary"]))
    os.chmod("solution", 0o700)
    sys.exit(subprocess.run(["./solution"], input=stdin.encode(), stdout=subprocess.DEVNULL).returncode)
sys.stdin = io.StringIO(stdin)
exec(spec["solution"], {"__name__": "__main__"})
"""


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _mid_requests(envs: Sequence[Environment], per_env: int) -> list[tuple[Environment, int, int]]:
    return [(env, env.max_level // 2, seed) for env in envs for seed in range(per_env)]


def measure_ours(engine: InstanceEngine, requests: list, batch: int = 256) -> dict:
    engine.instances(requests[: min(len(requests), 64)], on_error="return")  # warm caches (compile, load)
    start = time.perf_counter()
    failed = 0
    for i in range(0, len(requests), batch):
        failed += sum(isinstance(r, InstanceError) for r in engine.instances(requests[i : i + batch], on_error="return"))
        _progress(f"  ours: {min(i + batch, len(requests))}/{len(requests)} instances")
    seconds = time.perf_counter() - start
    return {"instances": len(requests), "failed": failed, "seconds": seconds, "per_second": len(requests) / seconds}


def measure_baseline(requests: list, binaries: dict[str, bytes], workers: int, limits: Limits) -> dict:
    """A fresh sandbox (bwrap + python) per instance, ``workers`` at a time (as many as our pool has workers)."""
    confined = not bwrap.unconfined()
    done = 0
    lock = threading.Lock()

    def one(request: tuple[Environment, int, int]) -> bool:
        nonlocal done
        env, level, seed = request
        solution = env.solution()
        binary = binaries.get(env.id)
        spec = {
            "generator": env.generator,
            "entry": env.generator_entry,
            "params": env.params_at(level),
            "seed": instance_rng_seed(env.id, level, seed),
            "solution": solution.source if solution.language == "python" else None,
            "binary": None if binary is None else base64.b64encode(binary).decode(),
        }
        argv = [sys.executable, "-s", "-B", "-c", _BASELINE_DRIVER]
        if confined:
            argv = bwrap.command(argv, uid=bwrap.sandbox_uid(), tmp_bytes=limits.disk_bytes)
        proc = subprocess.run(argv, input=json.dumps(spec), capture_output=True, text=True, timeout=60, env=bwrap.ENV)
        with lock:
            done += 1
            if done % 20 == 0 or done == len(requests):
                _progress(f"  baseline: {done}/{len(requests)} fresh sandboxes")
        return proc.returncode == 0

    start = time.perf_counter()
    with ThreadPoolExecutor(workers) as executor:
        failed = sum(not ok for ok in executor.map(one, requests))
    seconds = time.perf_counter() - start
    return {"instances": len(requests), "failed": failed, "seconds": seconds, "per_second": len(requests) / seconds}


def _compile_all(envs: Sequence[Environment], limits: Limits) -> dict[str, bytes]:
    """The C++ reference solutions' binaries, each compiled in a fresh sandbox as the pool compiles them."""
    binaries = {}
    for env in envs:
        solution = env.solution()
        if solution.language == "cpp":
            _progress(f"  baseline: compiling {env.id} in a fresh sandbox")
            built = compile_cpp(solution.source, seconds=limits.compile_seconds, memory_bytes=limits.memory_bytes,
                                disk_bytes=limits.disk_bytes, confined=not bwrap.unconfined())
            if isinstance(built, bytes):
                binaries[env.id] = built
    return binaries


def _upstream_envs(path: Path, engine: InstanceEngine) -> list[Environment]:
    """The pool's environments as ``scaler import-scaler`` keeps them (checked, solutions chosen)."""
    from scaler.upstream import import_pool, read_pool

    return [r.env for r in import_pool(read_pool(path), engine=engine, seeds=[0]) if r.ok]


def run(per_env: int = 40, baseline_per_env: int = 3, pool_path: Path | None = UPSTREAM_POOL) -> dict:
    """Measure each group of environments; returns figures per group and the speed-up ratios."""
    from scaler.envs import builtin_environments

    report: dict = {"workers": None, "load_average": os.getloadavg()[0], "groups": {}}
    with InstanceEngine() as engine:
        pool = engine.pool
        report["workers"] = pool.size
        groups: dict[str, list[Environment]] = {"builtin (python solution)": builtin_environments()}
        if pool_path is not None and Path(pool_path).is_file():
            _progress(f"importing {pool_path} (each environment checked in the sandbox)")
            upstream = _upstream_envs(Path(pool_path), engine)
            groups["SCALER-64 python-solution envs"] = [e for e in upstream if e.solution().language == "python"]
            groups["SCALER-64 C++-solution envs"] = [e for e in upstream if e.solution().language == "cpp"]
        for name, envs in groups.items():
            _progress(f"{name}: {len(envs)} environments")
            ours = measure_ours(engine, _mid_requests(envs, per_env))
            base_requests = _mid_requests(envs, baseline_per_env)
            baseline = measure_baseline(base_requests, _compile_all(envs, pool.limits), pool.size, pool.limits)
            report["groups"][name] = {
                "envs": len(envs),
                "ours": ours,
                "baseline": baseline,
                "speedup": ours["per_second"] / baseline["per_second"],
            }
            _progress(f"  {ours['per_second']:.0f}/s against {baseline['per_second']:.1f}/s")
    report["load_average_after"] = os.getloadavg()[0]
    return report


def _print_table(report: dict) -> None:
    print(f"instances/s with ground truth, middle level, {report['workers']} sandbox workers "
          f"(load average {report['load_average']:.1f} before, {report['load_average_after']:.1f} after)")
    print(f"{'group':<36} {'envs':>4} {'ours/s':>9} {'fails':>5} {'baseline/s':>10} {'speed-up':>8}")
    for name, g in report["groups"].items():
        print(
            f"{name:<36} {g['envs']:>4} {g['ours']['per_second']:>9.0f} {g['ours']['failed']:>5} "
            f"{g['baseline']['per_second']:>10.1f} {g['speedup']:>7.1f}x"
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scaler bench instances", description=__doc__)
    parser.add_argument("--per-env", type=int, default=40, help="instances per environment (ours)")
    parser.add_argument("--baseline-per-env", type=int, default=3, help="instances per environment (baseline)")
    parser.add_argument("--pool", type=Path, default=UPSTREAM_POOL, help="SCALER-64.json (skipped when absent)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    report = run(args.per_env, args.baseline_per_env, args.pool)
    print(json.dumps(report, indent=2)) if args.json else _print_table(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
