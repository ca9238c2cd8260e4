"""``scaler bench validators``: how well ``scaler validate`` separates good environments from broken ones.

Known-good environments (a seeded sample of the built-in pool, plus any pool folder given) are each
validated as they are (a rejection is a false rejection) and in one seeded defective variant per
defect type below (a pass is a miss). The defects are what synthesis must catch in LLM-written
environments:

``nondeterministic``  the generator draws from the OS entropy pool instead of its seed;
``off-by-one``        a second reference solution whose answer is one off;
``degenerate``        every answer the same (both solutions print a constant);
``non-monotone``      the level table runs backwards;
``duplicate-levels``  a level repeated next to itself;
``crash``             the generator raises above the minimum scale;
``hang``              the generator never returns at the top level;
``oversize``          the top level's input carries thousands of extra numbers, far over the token budget;
``ignores-scale``     the generator always makes a minimum-scale input.

Prints, per defect, how many variants were caught and by which check, and the false-rejection rate.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from dataclasses import replace
from typing import Callable, Sequence

from scaler.environment import Environment, Solution

_WRAP = '''

import inspect as _scaler_inspect
import random as _scaler_random
_scaler_original = {entry}


def {entry}(params, rng=None):
    {body}


def _scaler_call(params, rng):
    if len(_scaler_inspect.signature(_scaler_original).parameters) >= 2:
        return _scaler_original(params, rng)
    return _scaler_original(params)
'''


def _wrap_generator(env: Environment, body: str) -> Environment:
    source = env.generator + _WRAP.format(entry=env.generator_entry, body=body)
    return replace(env, generator=source)


def _top(env: Environment) -> str:
    return json.dumps(dict(env.levels[-1]))


def nondeterministic(env: Environment) -> Environment | None:
    return _wrap_generator(env, "import os\n    fresh = _scaler_random.Random(os.urandom(16))\n"
                                "    _scaler_random.seed(os.urandom(16))\n    return _scaler_call(params, fresh)")


def off_by_one(env: Environment) -> Environment | None:
    python = next((s for s in env.solutions if s.language == "python"), None)
    if python is None:
        return None
    wrapper = ("import contextlib, io, sys\n_out = io.StringIO()\n_source = " + repr(python.source) + "\n"
               "with contextlib.redirect_stdout(_out):\n    exec(compile(_source, 'solution', 'exec'), "
               "{'__name__': '__main__'})\n_tokens = _out.getvalue().split()\n"
               "if _tokens and _tokens[-1].lstrip('-').isdigit():\n    _tokens[-1] = str(int(_tokens[-1]) + 1)\n"
               "else:\n    _tokens.append('x')\nprint(' '.join(_tokens))\n")
    first = env.solutions[0]
    return replace(env, solutions=[first, Solution("python", wrapper)])


def degenerate(env: Environment) -> Environment | None:
    constant = {"number": "print(7)\n", "array": "print('1 2 3')\n", "string": "print('same')\n"}[env.output_type]
    return replace(env, solutions=[Solution("python", constant), Solution("python", constant)])


def non_monotone(env: Environment) -> Environment | None:
    return replace(env, levels=list(reversed(env.levels))) if len(env.levels) > 1 else None


def duplicate_levels(env: Environment) -> Environment | None:
    if len(env.levels) < 2:
        return None
    k = len(env.levels) // 2
    return replace(env, levels=[*env.levels[: k + 1], env.levels[k], *env.levels[k + 1:]])


def crash(env: Environment) -> Environment | None:
    lowest = json.dumps(dict(env.levels[0]))
    return _wrap_generator(env, f"if dict(params) != {lowest}:\n        raise RuntimeError('broken above the minimum')\n"
                                "    return _scaler_call(params, rng)")


def hang(env: Environment) -> Environment | None:
    return _wrap_generator(env, f"if dict(params) == {_top(env)}:\n        while True:\n            pass\n"
                                "    return _scaler_call(params, rng)")


def oversize(env: Environment) -> Environment | None:
    return _wrap_generator(env, "made = _scaler_call(params, rng)\n"
                                "    stdin, display = made if isinstance(made, tuple) else (made, None)\n"
                                f"    if dict(params) == {_top(env)}:\n"
                                "        stdin = stdin + ' '.join(str(rng.randint(0, 9999)) for _ in range(6000)) + '\\n'\n"
                                "    return (stdin, display) if isinstance(made, tuple) else stdin")


def ignores_scale(env: Environment) -> Environment | None:
    lowest = json.dumps(dict(env.levels[0]))
    return _wrap_generator(env, f"return _scaler_call({lowest}, rng)")


DEFECTS: dict[str, Callable[[Environment], Environment | None]] = {
    "nondeterministic": nondeterministic, "off-by-one": off_by_one, "degenerate": degenerate,
    "non-monotone": non_monotone, "duplicate-levels": duplicate_levels, "crash": crash, "hang": hang,
    "oversize": oversize, "ignores-scale": ignores_scale,
}


def measure(envs: Sequence[Environment], defects: Sequence[str] = tuple(DEFECTS), *, workers: int | None = None,
            progress: bool = True) -> dict:
    """Validate every good environment and its defective variants; the catch and false-rejection figures."""
    from tqdm.auto import tqdm

    from scaler.engine import InstanceEngine
    from scaler.sandbox import Limits, SandboxPool
    from scaler.validation import ValidationConfig, validate_environment

    config = ValidationConfig()
    jobs = [(env, "good", env) for env in envs]
    jobs += [(env, name, variant) for env in envs for name in defects if (variant := DEFECTS[name](env)) is not None]
    outcome: dict[str, Counter] = {name: Counter() for name in ("good", *defects)}
    checks: dict[str, Counter] = {name: Counter() for name in defects}
    false_rejections = []
    limits = Limits(generator_seconds=5, solution_seconds=5)
    started = time.perf_counter()
    with SandboxPool(workers=workers, limits=limits) as pool, SandboxPool(workers=1, limits=limits) as second:
        engine = InstanceEngine(pool)
        for env, name, variant in tqdm(jobs, desc="validating", unit="env", disable=not progress, file=sys.stderr):
            report = validate_environment(variant, engine, config, second_pool=second)
            outcome[name]["variants"] += 1
            if name == "good":
                if not report.passed:
                    outcome[name]["rejected"] += 1
                    false_rejections.append({"env": env.id, "failed": [f.check for f in report.failures]})
            elif not report.passed:
                outcome[name]["caught"] += 1
                checks[name].update(f.check for f in report.failures[:1])
    rows = [{"defect": name, "variants": outcome[name]["variants"], "caught": outcome[name]["caught"],
             "share": outcome[name]["caught"] / outcome[name]["variants"] if outcome[name]["variants"] else None,
             "first_failing_check": dict(checks[name].most_common())} for name in defects]
    good = outcome["good"]
    return {"environments": [e.id for e in envs], "defects": rows, "good": good["variants"],
            "false_rejections": good["rejected"], "false_rejection_share": good["rejected"] / max(1, good["variants"]),
            "false_rejected": false_rejections, "seconds": round(time.perf_counter() - started, 1)}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scaler bench validators", description=__doc__.splitlines()[0])
    parser.add_argument("--envs", type=int, default=12, help="known-good built-in environments (a seeded sample)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--pool", default=None, help="also take every environment of this pool folder as known-good")
    parser.add_argument("--pool-config", default=None)
    parser.add_argument("--defects", nargs="*", default=list(DEFECTS), choices=list(DEFECTS))
    parser.add_argument("--workers", type=int, default=None, help="sandbox workers (default: one per core)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    from scaler.envs import load_environments

    builtin = load_environments()
    envs = random.Random(args.seed).sample(builtin, min(args.envs, len(builtin)))
    if args.pool:
        envs += load_environments(args.pool, args.pool_config, trust_remote_code=True)
    report = measure(envs, args.defects, workers=args.workers, progress=not args.json)
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"validator quality: {len(envs)} known-good environments, {report['seconds']} s")
    print(f"{'defect':<18} {'caught':>9} {'share':>7}  first failing check")
    for row in report["defects"]:
        share = "n/a" if row["share"] is None else f"{row['share']:.0%}"
        print(f"{row['defect']:<18} {row['caught']:>4}/{row['variants']:<4} {share:>7}  "
              f"{', '.join(f'{k} {v}' for k, v in row['first_failing_check'].items())}")
    print(f"{'false rejections':<18} {report['false_rejections']:>4}/{report['good']:<4} "
          f"{report['false_rejection_share']:>7.0%}  {report['false_rejected']}")
    return 0
