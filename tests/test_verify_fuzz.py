r"""Fuzzing the verifier: hostile LaTeX and hostile objects get a verdict, quickly, never an exception.

The per-call bound (100 ms) is a guarantee about pathological inputs, not a speed benchmark: the
verifier is bounded by construction (linear extraction, a length cap on what is evaluated, bounded
exact and float arithmetic), so a legitimate call takes microseconds and even the worst input here
takes a few milliseconds. The longest call seen is printed (``pytest -s``).
"""

from __future__ import annotations

import random
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from scaler import closed_form
from scaler import verifier
from scaler.bench.verify import RED_TEAM
from scaler.verifier import verify

CALL_BOUND_S = 0.100
MAX_CHARS = 32_000  # ~8,192 tokens, the longest response of the recipes; the cost is linear beyond

ANSWERS = (
    ("number", "1"), ("number", "42"), ("number", "2.718281828"), ("number", "0.5"),
    ("number", str(3**200)), ("number", "-7"), ("array", "1 2 3"), ("array", "0.5 1"),
    ("string", "YES"), ("string", "x"), ("number", "1" * 5000), ("array", " ".join(["9"] * 2000)),
)  # fmt: skip

ADVERSARIAL = list(RED_TEAM) + [
    r"\boxed{2^{2^{2^{2^{2^{2^{2^{2}}}}}}}}",
    r"\boxed{9^{9^{9^{9}}}}",
    r"\boxed{10^{10^{10^{10}}}}",
    r"\boxed{10^{-10^{10}}}",
    r"\boxed{(1+10^{-999})^{10^{999}}}",
    r"\boxed{(1+10^{-100})^{10^{100}}}",
    r"\boxed{100!!!!}",
    r"\boxed{(10^{10^{10}})!}",
    r"\boxed{450!}",
    r"\boxed{\binom{10^{100}}{5\cdot 10^{99}}}",
    r"\boxed{\binom{10^{9}}{10^{8}}}",
    r"\boxed{\sqrt[10^{9}]{2}}",
    r"\boxed{\sqrt[2^{100}]{2^{2^{50}}}}",
    r"\boxed{\exp{10^{10}}}",
    r"\boxed{\exp{\exp{\exp{\exp{10}}}}}",
    r"\boxed{\sin{10^{999}}}",
    r"\boxed{\tan{10^{900}}}",
    r"\boxed{\log_{1}{2}}",
    r"\boxed{\frac{1}{0}}",
    r"\boxed{0^{-1}}",
    r"\boxed{0^{0}}",
    r"\boxed{(-8)^{\frac{1}{3}}}",
    r"\boxed{\pi^{\pi^{\pi^{\pi}}}}",
    r"\boxed{" + "+".join(["1"] * 128) + "}",
    r"\boxed{" + "\\frac{1}{" * 60 + "2" + "}" * 60 + "}",
    r"\boxed{" + "\\sqrt{" * 200 + "2" + "}" * 200 + "}",
    r"\boxed{" + "-" * 250 + "1}",
    r"\boxed{" + "2^{" * 120 + "2" + "}" * 120 + "}",
    r"\boxed{" + "|" * 250 + "}",
    r"\boxed{" + "9" * 256 + "^{" + "9" * 200 + "}}",
    r"\boxed{" + "9" * 30_000 + "}",
    r"\boxed{1e99999}",
    r"\boxed{1.5\times10^{99999}}",
    r"\boxed{" + "\\boxed{" * 3_500 + "1" + "}" * 3_500,
    r"\boxed{" + "{" * 30_000,
    r"\boxed{1}" + "}" * 30_000,
    "\\boxed{" + "{}" * 15_000 + "}",
    "\\boxed{" + "\\{" * 15_000 + "}",
    "\\boxed{" + "\\text{" * 4_000 + "1" + "}" * 4_001,
    "\\boxed{" + "[" * 15_000 + "1" + "]" * 15_000 + "}",
    "\\boxed{" + ", ".join(["[1"] * 7_000) + "}",
    "\\boxed{\\begin{pmatrix}" + " & ".join(["\\frac{1}{3}"] * 2000) + "\\end{pmatrix}}",
    "\\boxed{\x00\x1b[2J\u202e\ud800\U0001f600}",
    "\\boxed{" + "\u0301" * 10_000 + "}",
]


class PlainSubclass(str):
    pass


class HostileStr(str):
    """A str whose methods all raise: the verifier must not call them."""

    def _raise(self, *args, **kwargs):
        raise RuntimeError("hostile str method called")

    __hash__ = __eq__ = __len__ = __getitem__ = __iter__ = __contains__ = _raise  # type: ignore[assignment]
    strip = split = find = rfind = startswith = endswith = translate = __str__ = _raise  # type: ignore[assignment]


class LyingClass:
    """Claims to be a str through ``__class__``, so isinstance() says yes."""

    __class__ = str  # type: ignore[assignment]


def timed_verify(*args) -> tuple[float, float]:
    """The verdict and the CPU seconds of this thread it took (not wall time: the machine is shared)."""
    start = time.thread_time()
    result = verify(*args)
    return result, time.thread_time() - start


def random_latex(rng: random.Random) -> str:
    """One of several shapes of hostile or random LaTeX."""
    pieces = [
        "\\boxed{", "\\fbox{", "{", "}", "\\{", "\\}", "(", ")", "[", "]", "\\left(", "\\right)", "|",
        "^", "_", "!", "+", "-", "\\cdot", "\\times", "/", "\\div", "=", ",", "&", "\\\\", " ", "~", "\\,",
        "\\frac", "\\dfrac", "\\sqrt", "\\binom", "\\pi", "\\sin", "\\log", "\\ln", "\\exp", "\\text{",
        "\\lfloor", "\\rfloor", "\\infty", "\\sum", "x", "e", "1", "0", "2", "10", "0.5", ".", "9" * 40,
        "10^{", "e99999", "\x00", "\x1b[31m", "\ud800", "\u202e", "\U0001f600", "\u00e9", "$", "\\(", "\\)",
    ]  # fmt: skip
    shape = rng.randrange(6)
    if shape == 0:  # soup
        body = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 60)))
    elif shape == 1:  # tower of powers
        bases = ["2", "10", "9", "1.0001", "(1+10^{-9})", "\\pi"]
        body = "".join(rng.choice(bases) + "^{" for _ in range(rng.randint(2, 12)))
        body += str(rng.randint(0, 10**rng.randint(1, 12))) + "}" * body.count("{")
    elif shape == 2:  # factorials, binomials and roots of big arguments
        n = f"{rng.randint(1, 9)}\\cdot 10^{{{rng.randint(0, 400)}}}"
        body = rng.choice([f"({n})!", f"\\binom{{{n}}}{{{rng.randint(0, 10**6)}}}", f"\\sqrt[{n}]{{{n}}}", f"{n}!!"])
    elif shape == 3:  # deep nesting
        opener, closer = rng.choice([("(", ")"), ("{", "}"), ("\\frac{1}{", "}"), ("\\sqrt{", "}"), ("\\left[", "\\right]"), ("\\boxed{", "}"), ("|", "|"), ("\\text{", "}")])
        depth = rng.choice([5, 30, 100, 1000, 10_000])
        body = opener * depth + rng.choice(["1", "2^{10}", ""]) + closer * (depth - rng.randint(0, 2))
    elif shape == 4:  # long
        piece = rng.choice(pieces)
        body = piece * (rng.randint(1000, MAX_CHARS - 1000) // len(piece))
    else:  # random code points, control characters and surrogates included
        body = "".join(chr(rng.choice([rng.randrange(0x20), rng.randrange(0x80, 0xA0), rng.randrange(0xD800, 0xE000), rng.randrange(0x110000)])) for _ in range(rng.randint(1, 200)))
    prefix = "" if rng.random() < 0.5 else "Reasoning... " * rng.randint(1, 50)
    body = body[: MAX_CHARS - len(prefix) - 8]
    return prefix + "\\boxed{" + body + ("}" if rng.random() < 0.8 else "")


def test_fuzz_random_and_adversarial_latex_is_bounded_and_never_raises():
    verify(r"\boxed{\sqrt{2}}", "1.41", "number")  # imports are not part of any call's cost
    rng = random.Random(20261127)
    completions = ADVERSARIAL + [random_latex(rng) for _ in range(3000)]
    worst, worst_input, calls = 0.0, "", 0
    for text in completions:
        assert len(text) <= MAX_CHARS
        for output_type, answer in rng.sample(ANSWERS, 3):
            result, seconds = timed_verify(text, answer, output_type)
            calls += 1
            assert type(result) is float and result in (0.0, 1.0), text[:200]
            if seconds > worst:
                worst, worst_input = seconds, text
    print(f"\nverify fuzz: {calls} calls, longest {worst * 1000:.1f} ms on {worst_input[:80]!r}")
    assert worst < CALL_BOUND_S, f"{worst * 1000:.0f} ms on {worst_input[:200]!r}"


def random_expression(rng: random.Random, depth: int = 0) -> str:
    """A random expression of the closed-form grammar, with numbers from tiny to huge."""
    if depth > rng.choice((2, 4, 6)) or rng.random() < 0.2:
        return rng.choice([str(rng.randint(0, 10)), str(rng.randint(0, 10**rng.randint(1, 60))), f"{rng.random() * 10:.{rng.randint(1, 30)}f}", "\\pi"])
    a, b = random_expression(rng, depth + 1), random_expression(rng, depth + 1)
    return rng.choice([
        f"{a}+{b}", f"{a}-{b}", f"{a}\\cdot {b}", f"{a}/{b}", f"({a})^{{{b}}}", f"\\frac{{{a}}}{{{b}}}", f"\\sqrt{{{a}}}",
        f"\\sqrt[{rng.randint(2, 9)}]{{{a}}}", f"({a})!", f"\\binom{{{a}}}{{{b}}}", f"\\sin{{{a}}}", f"\\exp{{{a}}}",
        f"\\log_{{{a}}}{{{b}}}", f"\\ln{{{a}}}", f"\\lfloor {a} \\rfloor", f"|{a}-{b}|", f"-({a})", f"10^{{{a}}}",
    ])  # fmt: skip


def test_fuzz_grammar_expressions_evaluate_within_the_bound():
    rng = random.Random(7)
    worst, worst_text, valued = 0.0, "", 0
    for _ in range(3000):
        text = random_expression(rng)[: closed_form.MAX_CHARS]
        start = time.thread_time()
        result = closed_form.evaluate(text)
        seconds = time.thread_time() - start
        valued += result is not None
        if seconds > worst:
            worst, worst_text = seconds, text
    print(f"\nclosed_form fuzz: 3000 expressions, {valued} with a value, longest {worst * 1000:.1f} ms on {worst_text[:80]!r}")
    assert valued > 300  # the generator does reach the arithmetic, not only refusals
    assert worst < CALL_BOUND_S, f"{worst * 1000:.0f} ms on {worst_text!r}"


@pytest.mark.parametrize(
    "completion, answer, verdict",
    [
        (r"\boxed{(1+10^{-6})^{10^{6}}}", "2.718280469", 1.0),  # a float power, not an exact expansion
        (r"\boxed{(1+10^{-6})^{10^{6}}}", "2.718281828", 0.0),
        (r"\boxed{1.0000001^{10^{7}}}", "2.718281693", 1.0),
        (r"\boxed{1.0000001^{10^{7}}}", "3", 0.0),
        (r"\boxed{" + "(" * 100 + "1" + ")" * 100 + "}", "1", 0.0),  # deeper than the evaluator goes
        (r"\boxed{" + "(" * 10 + "1" + ")" * 10 + "}", "1", 1.0),
        (r"\boxed{(10^{5})!}", "1", 0.0),
        (r"\boxed{20!}", "2432902008176640000", 1.0),
        (r"\boxed{2^{2^{100}}}", "1", 0.0),
        (r"\boxed{(1+10^{-999})^{10^{999}}}", "1", 0.0),  # a float would round the base to 1: refused
    ],
)
def test_red_team_inputs_get_the_right_verdict(completion, answer, verdict):
    result, _ = timed_verify(completion, answer, "number")
    assert result == verdict


@pytest.mark.parametrize(
    "completion, answer, output_type",
    [
        (PlainSubclass(r"\boxed{42}"), "42", "number"),
        (r"\boxed{42}", PlainSubclass("42"), "number"),
        (r"\boxed{42}", "42", PlainSubclass("number")),
        (HostileStr(r"\boxed{42}"), "42", "number"),
        (r"\boxed{42}", HostileStr("42"), "number"),
        (r"\boxed{42}", "42", HostileStr("number")),
    ],
    ids=[f"{kind} {position}" for kind in ("plain", "hostile") for position in ("completion", "answer", "type")],
)
def test_str_subclasses_are_read_as_plain_strings(completion, answer, output_type):
    assert verify(completion, answer, output_type) == 1.0


NON_STRINGS = [None, b"\\boxed{42}", bytearray(b"42"), 42, 42.0, float("nan"), ["\\boxed{42}"], {"42": 42}, LyingClass(), object()]


@pytest.mark.parametrize("value", NON_STRINGS, ids=[type(v).__name__ for v in NON_STRINGS])
def test_non_strings_in_any_position_score_zero(value):
    assert verify(value, "42", "number") == 0.0
    assert verify(r"\boxed{42}", value, "number") == 0.0
    assert verify(r"\boxed{42}", "42", value) == 0.0


def test_caches_keep_only_short_keys():
    verifier.clear_caches()
    for i in range(300):
        long_answer = str(10**3000 + i)
        assert verify(rf"\boxed{{{long_answer}.0}}", long_answer, "number") == 1.0
        assert verify(r"\boxed{" + "+".join(["1"] * 40) + f"+{i}}}", long_answer, "number") == 0.0
    assert verifier._cached_reference.cache_info().currsize == 0
    assert verifier._closed_form_value.cache_info().currsize == 0
    assert verify(r"\boxed{2^{10}}", "1024", "number") == 1.0
    assert verifier._cached_reference.cache_info().currsize == 1
    assert verifier._closed_form_value.cache_info().currsize == 1


def test_verdicts_are_the_same_off_the_main_thread():
    cases = [(text, answer, output_type) for text in ADVERSARIAL[:30] for output_type, answer in ANSWERS[:4]]
    on_main = [verify(*case) for case in cases]
    with ThreadPoolExecutor(4) as pool:
        off_main = list(pool.map(lambda case: verify(*case), cases))
    assert off_main == on_main
