"""``scaler bench synthesis``: validated candidates per minute on replayed model answers, threads vs Ray.

The worked example (:mod:`scaler.synthesis.examples`: five problems, hand-written answers) is copied
``--copies`` times under new problem ids, so every problem is a full candidate: solutions tested,
answers parsed, generators calibrated and validated in the sandbox. The same set runs on the
thread pool and, when ``ray`` is installed, on a local Ray instance; both must accept the same
environments.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path
from typing import Sequence

from scaler.synthesis import LLMSpec, SynthesisRun, read_problems
from scaler.synthesis.examples import EXAMPLE_PROBLEMS, EXAMPLE_REPLAY


def copies(folder: Path, n: int) -> tuple[Path, Path]:
    """``n`` copies of the example problems and their answers, with distinct ids and statements."""
    problems = [json.loads(line) for line in EXAMPLE_PROBLEMS.read_text().splitlines()]
    answers = [json.loads(line) for line in EXAMPLE_REPLAY.read_text().splitlines()]
    with open(folder / "problems.jsonl", "w") as p, open(folder / "replay.jsonl", "w") as r:
        for i in range(n):
            for problem in problems:
                p.write(json.dumps({**problem, "id": f"{problem['id']}-{i}",
                                    "statement": f"{problem['statement']}\n(copy {i})"}) + "\n")
            for answer in answers:  # a distinct generator per copy, so copies are not duplicates of each other
                text = answer["response"]["text"].replace("def generate(params, rng):\n",
                                                          f"def generate(params, rng):\n    copy = {i}\n")
                r.write(json.dumps({**answer, "problem_id": f"{answer['problem_id']}-{i}",
                                    "response": {**answer["response"], "text": text}}) + "\n")
    return folder / "problems.jsonl", folder / "replay.jsonl"


def run_once(problems: Path, replay: Path, out: Path, *, workers: int, ray: bool) -> dict:
    run = SynthesisRun(out, LLMSpec(replay=str(replay)), workers=workers, ray_address="" if ray else None,
                       progress=False)
    started = time.perf_counter()
    funnel = run.run(read_problems(problems))
    seconds = time.perf_counter() - started
    accepted = sorted(r.problem_id for r in run.finished().values() if r.accepted)
    return {"candidates": funnel.problems, "accepted": funnel.accepted, "seconds": round(seconds, 1),
            "candidates_per_minute": round(60 * funnel.problems / seconds, 1), "accepted_ids": accepted}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scaler bench synthesis", description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=4, help="copies of the 5 example problems")
    parser.add_argument("--workers", type=int, default=2, help="problems in flight on the thread pool")
    parser.add_argument("--no-ray", action="store_true", help="skip the Ray run")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    report: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        problems, replay = copies(folder, args.copies)
        report["threads"] = run_once(problems, replay, folder / "threads", workers=args.workers, ray=False)
        if not args.no_ray:
            try:
                import ray  # noqa: F401
            except ImportError:
                report["ray"] = None
            else:
                report["ray"] = run_once(problems, replay, folder / "ray", workers=args.workers, ray=True)
    if report.get("ray"):
        report["same_accepted_set"] = report["ray"]["accepted_ids"] == report["threads"]["accepted_ids"]
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"synthesis of {report['threads']['candidates']} candidates (replayed answers)")
    for name in ("threads", "ray"):
        row = report.get(name)
        if row:
            print(f"  {name:<8} {row['candidates_per_minute']:>7.1f} candidates/min  ({row['seconds']} s, "
                  f"{row['accepted']} accepted)")
    if "same_accepted_set" in report:
        print(f"  same accepted set on both: {report['same_accepted_set']}")
    return 0
