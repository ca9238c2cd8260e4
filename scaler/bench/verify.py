r"""``scaler bench verify``: completions/s of :func:`scaler.verifier.verify`, against math-verify.

The mix: synthetic completions of 200-2,000 characters of step-by-step reasoning text ending in a
boxed answer, over the three output types, in the forms models write (plain numerals, LaTeX
fractions, thousands separators, ``\text{}``, bracketed arrays), some right and some wrong, plus the
cases the upstream reward gets wrong (an unboxed answer, an anagram of a string answer, a decimal
beyond the printed precision). Each case carries the verdict it should get.

Ours: :func:`~scaler.verifier.verify` over the whole mix on one core (median of passes, each from
empty caches).
Baseline, in the same run on a prefix of the same mix: the upstream (verl) reward, math-verify's
``parse`` of the boxed ground truth (number: ``\boxed{stdout}``; array: ``\boxed{[floats]}``; string:
``\boxed{first token}``) and of the whole response, then ``verify``. Reported: completions/s of
both on that prefix, their ratio, ours over the full mix, and each verifier's agreement with the
intended verdicts. Also reported: our slowest call on :data:`RED_TEAM`, inputs that took seconds to
minutes before the verifier was bounded by construction.
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import statistics
import time
from dataclasses import dataclass
from fractions import Fraction
from typing import Callable, Sequence

from scaler import verifier
from scaler.environment import OUTPUT_TYPES


@dataclass(frozen=True)
class Case:
    completion: str
    answer: str  # normalised reference output
    output_type: str
    expected: float  # the verdict the completion deserves
    kind: str


_WORDS = (
    "we first read the input and note the constraints on n and the array values . "
    "consider the prefix sums $s_i = a_1 + \\dots + a_i$ and observe that each query asks for a range . "
    "the greedy choice is safe because swapping two adjacent elements never decreases the total . "
    "by the pigeonhole principle some residue modulo $k$ repeats , so a valid segment exists . "
    "let $dp[i][j]$ be the best value using the first $i$ items with capacity $j$ . "
    "checking the sample : the answer for $n = 3$ is $\\frac{3 \\cdot 4}{2} = 6$ , as expected . "
    "now we simulate the process step by step and keep track of the current maximum . "
    "therefore the count only depends on the parity of each position ."
).split()


def _reasoning(rng: random.Random) -> str:
    target = rng.randint(200, 2000)
    words: list[str] = []
    size = 0
    while size < target:
        word = rng.choice(_WORDS)
        words.append(word)
        size += len(word) + 1
    return " ".join(words)


def _decimal(value: Fraction, places: int) -> str:
    return f"{float(value):.{places}f}"


def _number_case(rng: random.Random) -> tuple[str, str, float, str]:
    """(boxed content, answer, expected verdict, kind) for a ``number`` instance."""
    roll = rng.random()
    n = rng.randint(-10**6, 10**9)
    if roll < 0.30:
        return str(n), str(n), 1.0, "int"
    if roll < 0.45:
        return str(n + rng.choice((-1, 1, 10))), str(n), 0.0, "int wrong"
    if roll < 0.55:
        form = rng.choice(("{:,}", "\\text{{{}}}", "n = {}", "{}.0"))
        shown = form.format(abs(n)).replace(",", "{,}")
        return shown, str(abs(n)), 1.0, "int latex"
    if roll < 0.60:
        big = rng.randint(10**25, 10**40)
        return str(big), str(big), 1.0, "big int"
    p, q = rng.randint(1, 500), rng.randint(2, 97)
    places = rng.choice((6, 9, 10))
    answer = _decimal(Fraction(p, q), places)
    if roll < 0.75:
        return f"\\frac{{{p}}}{{{q}}}", answer, 1.0, "fraction"
    if roll < 0.85:  # more digits than printed; the reference is this value rounded
        precise = _decimal(Fraction(p, q), places + 3)
        return precise, _decimal(Fraction(precise), places), 1.0, "decimal"
    if roll < 0.95:
        return _decimal(Fraction(p + 1, q), places), answer, 0.0, "decimal wrong"
    return str(n), str(n), 0.0, "unboxed"


def _array_case(rng: random.Random) -> tuple[str, str, float, str]:
    values = [rng.randint(-100, 10**6) for _ in range(rng.randint(1, 12))]
    answer = " ".join(map(str, values))
    roll = rng.random()
    if roll < 0.45:
        return "[" + ", ".join(map(str, values)) + "]", answer, 1.0, "array"
    if roll < 0.60:
        return "\\left[" + ",".join(map(str, values)) + "\\right]", answer, 1.0, "array latex"
    if roll < 0.70:
        halves = [Fraction(rng.randint(1, 99), 4) for _ in values]
        answer = " ".join(_decimal(h, 2) for h in halves)
        shown = ", ".join(f"\\frac{{{h.numerator}}}{{{h.denominator}}}" for h in halves)
        return f"[{shown}]", answer, 1.0, "array fractions"
    if roll < 0.90:
        wrong = values[:-1] + [values[-1] + 1]
        return "[" + ", ".join(map(str, wrong)) + "]", answer, 0.0, "array wrong"
    return "[" + ", ".join(map(str, values + [0])) + "]", answer, 0.0, "array length"


def _string_case(rng: random.Random) -> tuple[str, str, float, str]:
    roll = rng.random()
    if roll < 0.35:
        answer = rng.choice(("YES", "NO", "Alice", "Bob", "First", "Second", "Impossible"))
        return f"\\text{{{answer}}}", answer, 1.0, "string"
    word = "".join(rng.choice("abcde") for _ in range(rng.randint(3, 12)))
    if roll < 0.65:
        return word, word, 1.0, "string"
    if roll < 0.85:
        anagram = word[1:] + word[0] if len(set(word)) > 1 else word + "a"
        return anagram, word, 0.0, "string anagram"
    return word.upper(), word, 0.0, "string case"


_CASE_MAKERS: dict[str, Callable[[random.Random], tuple[str, str, float, str]]] = {
    "number": _number_case,
    "array": _array_case,
    "string": _string_case,
}


def make_mix(n: int, seed: int = 0) -> list[Case]:
    """``n`` synthetic completions: 55% number, 25% array, 20% string instances."""
    rng = random.Random(seed)
    cases = []
    for _ in range(n):
        output_type = rng.choices(("number", "array", "string"), weights=(55, 25, 20))[0]
        content, answer, expected, kind = _CASE_MAKERS[output_type](rng)
        ending = (
            f"\n\nSo the final answer is {content}."
            if kind == "unboxed"
            else f"\n\nTherefore, the final answer is $\\boxed{{{content}}}$."
        )
        cases.append(Case(_reasoning(rng) + ending, answer, output_type, expected, kind))
    return cases


RED_TEAM = (
    r"\boxed{(1+10^{-6})^{10^{6}}}",
    r"\boxed{1.0000001^{10^{7}}}",
    r"\boxed{" + "(" * 100 + "1" + ")" * 100 + "}",
    r"\boxed{" + "\\left(" * 100 + "1" + "\\right)" * 100 + "}",
    r"\boxed{" + "{" * 100 + "1" + "}" * 100 + "}",
    r"\boxed{(10^{5})!}",
    r"\boxed{2^{2^{2^{100}}}}",
)
"""Completions from the red-team report that once ran for seconds (deep nesting) or minutes (exact powers)."""


def _slowest_hostile_call() -> float:
    """Seconds of our slowest call on :data:`RED_TEAM`, for each output type."""
    worst = 0.0
    for text in RED_TEAM:
        for output_type, answer in (("number", "1"), ("array", "1 2"), ("string", "x")):
            start = time.perf_counter()
            verifier.verify(text, answer, output_type)
            worst = max(worst, time.perf_counter() - start)
    return worst


def _upstream_ground_truth(case: Case) -> str:
    if case.output_type == "array":
        return "\\boxed{" + str([float(t) for t in case.answer.split()]) + "}"
    if case.output_type == "string":
        return "\\boxed{" + case.answer.split()[0] + "}"
    return "\\boxed{" + case.answer + "}"


def _math_verify_reward() -> Callable[[Case], float]:
    """The upstream reward: math-verify over the whole response against the boxed ground truth."""
    from math_verify import ExprExtractionConfig, LatexExtractionConfig, parse
    from math_verify import verify as mv_verify

    logging.getLogger("math_verify").setLevel(logging.CRITICAL)

    def reward(case: Case) -> float:
        try:
            gold = parse(_upstream_ground_truth(case), [LatexExtractionConfig()])
            pred = parse(case.completion, [ExprExtractionConfig(), LatexExtractionConfig()])
            return 1.0 if mv_verify(gold, pred) else 0.0
        except Exception:  # the upstream reward scores any failure as wrong
            return 0.0

    return reward


def _ours(case: Case) -> float:
    return verifier.verify(case.completion, case.answer, case.output_type)


def _measure(check: Callable[[Case], float], cases: Sequence[Case], repeats: int = 1) -> dict:
    """Median time of ``repeats`` passes over ``cases``, each from empty caches."""
    times = []
    for _ in range(repeats):
        verifier.clear_caches()
        start = time.perf_counter()
        verdicts = [check(c) for c in cases]
        times.append(time.perf_counter() - start)
    seconds = statistics.median(times)
    agree = sum(v == c.expected for v, c in zip(verdicts, cases))
    return {
        "completions": len(cases),
        "seconds": seconds,
        "per_s": len(cases) / seconds,
        "agreement": agree / len(cases),
        "disagreements": sorted({c.kind for v, c in zip(verdicts, cases) if v != c.expected}),
    }


def run(json_output: bool = False, n: int = 20_000, n_baseline: int = 300, seed: int = 0) -> dict:
    """Measure, print a table (or JSON) and return the report."""
    cases = make_mix(n, seed)
    prefix = cases[: min(n_baseline, n)]
    reward = _math_verify_reward()
    reward(prefix[0])  # imports and sympy warm-up are not part of the rate
    _ours(prefix[0])
    baseline = _measure(reward, prefix)
    ours_prefix = _measure(_ours, prefix, repeats=7)
    ours_full = _measure(_ours, cases, repeats=3)
    by_type = {
        t: _measure(_ours, [c for c in cases if c.output_type == t], repeats=3)["per_s"]
        for t in OUTPUT_TYPES
    }
    report = {
        "mix": {"completions": n, "mean_chars": sum(len(c.completion) for c in cases) / n, "seed": seed},
        "ours": ours_full,
        "ours_per_s_by_output_type": by_type,
        "ours_on_baseline_prefix": ours_prefix,
        "math_verify": baseline,
        "speedup": ours_prefix["per_s"] / baseline["per_s"],
        "red_team_slowest_call_ms": _slowest_hostile_call() * 1000,
    }
    print(json.dumps(report, indent=2)) if json_output else _print_table(report)
    return report


def _print_table(report: dict) -> None:
    mix = report["mix"]
    print(f"verify: completions/s on one core, mean {mix['mean_chars']:.0f} chars per completion")
    print(f"{'verifier':<34} {'completions':>11} {'per s':>10} {'agrees':>7}  disagrees on")
    rows = (
        ("scaler.verifier (full mix)", report["ours"]),
        ("scaler.verifier (baseline prefix)", report["ours_on_baseline_prefix"]),
        ("math-verify parse+verify (prefix)", report["math_verify"]),
    )
    for name, r in rows:
        wrong = ", ".join(r["disagreements"]) or "-"
        print(f"{name:<34} {r['completions']:>11} {r['per_s']:>10.0f} {r['agreement']:>7.1%}  {wrong}")
    by_type = ", ".join(f"{t} {rate:.0f}/s" for t, rate in report["ours_per_s_by_output_type"].items())
    print(f"scaler.verifier by output type: {by_type}")
    print(f"speed-up over math-verify on the same completions: {report['speedup']:.0f}x")
    print(f"slowest call on the {len(RED_TEAM)} red-team inputs: {report['red_team_slowest_call_ms']:.1f} ms")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("-n", type=int, default=20_000, help="completions for our verifier")
    parser.add_argument("--baseline", type=int, default=300, help="completions for math-verify (slow)")
    args = parser.parse_args(argv)
    run(args.json, n=args.n, n_baseline=args.baseline)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
