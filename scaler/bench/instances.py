"""``scaler bench instances``: instances/s with ground truth, against a fresh-subprocess baseline.

Ours: the :class:`~scaler.engine.InstanceEngine` over a warm :class:`~scaler.sandbox.SandboxPool`
(one worker per core), batched requests at the middle level of each environment. Baseline, in the
same run on the same requests: the upstream way, one fresh ``python3`` subprocess per instance that
runs the generator and the reference solution (C++ solutions: the generator in a fresh ``python3``,
then the compiled binary in a fresh process), as many at a time as the pool has workers.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Sequence

from scaler.engine import InstanceEngine, InstanceError
from scaler.environment import Environment
from scaler.instance import instance_rng_seed

UPSTREAM_POOL = Path(__file__).resolve().parents[2].parent / "shared" / "upstream-scaler" / "train" / "SCALER-64.json"

_BASELINE_DRIVER = r"""
import io, json, random, sys
spec = json.loads(sys.stdin.read())
namespace = {"__name__": "generator"}
exec(spec["generator"], namespace)
fn = namespace[spec["entry"]]
random.seed(spec["seed"])
rng = random.Random(spec["seed"])
out = fn(spec["params"], rng) if fn.__code__.co_argcount >= 2 else fn(spec["params"])
stdin = out[0] if isinstance(out, tuple) else out
if spec["solution"] is None:
    sys.stdout.write(stdin)
else:
    sys.stdin = io.StringIO(stdin)
    exec(spec["solution"], {"__name__": "__main__"})
"""


def _mid_requests(envs: Sequence[Environment], per_env: int) -> list[tuple[Environment, int, int]]:
    return [(env, env.max_level // 2, seed) for env in envs for seed in range(per_env)]


def measure_ours(engine: InstanceEngine, requests: list, batch: int = 256) -> dict:
    engine.instances(requests[: min(len(requests), 64)], on_error="return")  # warm caches (compile, load)
    start = time.perf_counter()
    failed = 0
    for i in range(0, len(requests), batch):
        failed += sum(isinstance(r, InstanceError) for r in engine.instances(requests[i : i + batch], on_error="return"))
    seconds = time.perf_counter() - start
    return {"instances": len(requests), "failed": failed, "seconds": seconds, "per_second": len(requests) / seconds}


def measure_baseline(requests: list, binaries: dict[str, str], workers: int) -> dict:
    """Fresh processes per instance, ``workers`` at a time (as many as our pool has workers)."""

    def one(request: tuple[Environment, int, int]) -> bool:
        env, level, seed = request
        solution = env.solution()
        spec = {
            "generator": env.generator,
            "entry": env.generator_entry,
            "params": env.params_at(level),
            "seed": instance_rng_seed(env.id, level, seed),
            "solution": solution.source if solution.language == "python" else None,
        }
        proc = subprocess.run([sys.executable, "-c", _BASELINE_DRIVER], input=json.dumps(spec), capture_output=True, text=True, timeout=60)
        if proc.returncode == 0 and solution.language == "cpp":
            proc = subprocess.run([binaries[env.id]], input=proc.stdout, capture_output=True, text=True, timeout=60)
        return proc.returncode == 0

    start = time.perf_counter()
    with ThreadPoolExecutor(workers) as executor:
        failed = sum(not ok for ok in executor.map(one, requests))
    seconds = time.perf_counter() - start
    return {"instances": len(requests), "failed": failed, "seconds": seconds, "per_second": len(requests) / seconds}


def _compile_all(envs: Sequence[Environment], folder: str) -> dict[str, str]:
    binaries = {}
    for env in envs:
        solution = env.solution()
        if solution.language == "cpp":
            src = Path(folder) / f"{env.id}.cpp"
            src.write_text(solution.source)
            binary = str(src.with_suffix(""))
            subprocess.run(["g++", "-O2", "-std=c++17", "-o", binary, str(src)], check=True, capture_output=True)
            binaries[env.id] = binary
    return binaries


def _upstream_envs(path: Path, engine: InstanceEngine) -> list[Environment]:
    """The pool's environments as ``scaler import-scaler`` keeps them (checked, solutions chosen)."""
    from scaler.upstream import import_pool, read_pool

    return [r.env for r in import_pool(read_pool(path), engine=engine, seeds=[0]) if r.ok]


def run(per_env: int = 40, baseline_per_env: int = 3, pool_path: Path | None = UPSTREAM_POOL) -> dict:
    """Measure each group of environments; returns figures per group and the speed-up ratios."""
    from scaler.envs import builtin_environments

    report: dict = {"workers": None, "groups": {}}
    with InstanceEngine() as engine, tempfile.TemporaryDirectory() as tmp:
        report["workers"] = engine.pool.size
        groups: dict[str, list[Environment]] = {"builtin (python solution)": builtin_environments()}
        if pool_path is not None and Path(pool_path).is_file():
            upstream = _upstream_envs(Path(pool_path), engine)
            groups["SCALER-64 python-solution envs"] = [e for e in upstream if e.solution().language == "python"]
            groups["SCALER-64 C++-solution envs"] = [e for e in upstream if e.solution().language == "cpp"]
        for name, envs in groups.items():
            ours = measure_ours(engine, _mid_requests(envs, per_env))
            base_requests = _mid_requests(envs, baseline_per_env)
            baseline = measure_baseline(base_requests, _compile_all(envs, tmp), engine.pool.size)
            report["groups"][name] = {
                "envs": len(envs),
                "ours": ours,
                "baseline": baseline,
                "speedup": ours["per_second"] / baseline["per_second"],
            }
    return report


def _print_table(report: dict) -> None:
    print(f"instances/s with ground truth, middle level, {report['workers']} sandbox workers")
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
