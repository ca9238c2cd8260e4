"""The verifier: boxed-answer extraction, the three output types, upstream faults, hostile inputs."""

from __future__ import annotations

import random

import pytest

from scaler import closed_form
from scaler import verifier
from scaler.environment import OUTPUT_TYPES
from scaler.verifier import extract_boxed, verify


def boxed(content: str) -> str:
    return f"Let me think step by step. The sum is $3 + 4 = 7$.\n\nThe final answer is $\\boxed{{{content}}}$."


def test_every_output_type_is_checked():
    for output_type in OUTPUT_TYPES:
        assert verify(boxed("7"), "7", output_type) == 1.0
        assert verify(boxed("8"), "7", output_type) == 0.0


# --- extraction -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, content",
    [
        (r"\boxed{1} and then \boxed{2}", "2"),
        (r"\boxed{\frac{1}{2}}", r"\frac{1}{2}"),
        (r"\boxed {8}", "8"),
        (r"\fbox{7}", "7"),
        (r"\boxed{1} \fbox{2} \boxed{3}", "3"),
        (r"\boxed{\boxed{1}}", "1"),
        (r"\boxed{\{1,2\}}", r"\{1,2\}"),
        (r"\boxed{a\}b}", r"a\}b"),
        (r"\boxed{1} then \boxed{2", "1"),  # a truncated last box: the last balanced one counts
        (r"\boxed{1} \boxed{{2}", "1"),
        (r"\boxed{x} \boxed is a command; \boxed", "x"),
        (r"\boxed{}", ""),
    ],
)
def test_extract_boxed_takes_the_last_balanced_box(text, content):
    assert extract_boxed(text) == content


@pytest.mark.parametrize("text", ["", "42", "the answer is 42", r"\boxed", r"\boxed{", r"\boxed{{1}", r"\boxedx{1}"])
def test_extract_boxed_none_without_a_balanced_box(text):
    assert extract_boxed(text) is None


# --- numbers ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content, answer",
    [
        ("42", "42"),
        ("-7", "-7"),
        ("+42", "42"),
        ("42.0", "42"),
        ("42.", "42"),
        (r"\text{42}", "42"),
        (r"\mathbf{42}", "42"),
        (r"\textbf{ 42 }", "42"),
        ("$42$", "42"),
        (r"\(42\)", "42"),
        ("{42}", "42"),
        (r"\displaystyle 42", "42"),
        ("n = 42", "42"),
        (r"\text{answer} = 42", "42"),
        (r"1{,}000", "1000"),
        ("1,000,000", "1000000"),
        (r"1\,000", "1000"),
        ("1 000", "1000"),
        ("\u22127", "-7"),
        (r"\frac{1}{2}", "0.5"),
        (r"\dfrac{1}{2}", "0.5"),
        (r"\tfrac12", "0.5"),
        (r"-\frac{3}{4}", "-0.75"),
        (r"\frac{-3}{4}", "-0.75"),
        (r"\frac{84}{2}", "42"),
        ("1/3", "0.3333333333"),
        (r"1.5\times10^{3}", "1500"),
        (r"1.5 \cdot 10^3", "1500"),
        ("1.5e3", "1500"),
        ("2.5E-3", "0.0025"),
        (r"2^{10}", "1024"),
        (r"\sqrt{16}", "4"),
        (r"\binom{5}{2}", "10"),
        ("3!", "6"),
        (r"\frac{3.0}{2}", "1.5"),
        (r"\left(\frac{1}{2}\right)^{-3}", "8"),
        (r"\sqrt{2}", "1.4142135624"),
        (r"\pi", "3.14159"),
        ("123456789012345678901234567890", "123456789012345678901234567890"),
        ("-000123", "-123"),
        ("0.30000000000000004", "0.3"),
        ("0.5", "0.50"),
    ],
)
def test_number_accepts_the_same_value(content, answer):
    assert verify(boxed(content), answer, "number") == 1.0


@pytest.mark.parametrize(
    "content, answer",
    [
        ("43", "42"),
        ("-42", "42"),
        ("42abc", "42"),
        ("x", "42"),
        ("ab", "42"),
        ("42x", "42"),
        ("", "42"),
        ("  ", "42"),
        ("42.5", "42"),
        ("41.9999999999", "42"),  # integers are exact
        ("4.2e1x", "42"),
        (r"\frac{1}{3}", "0.34"),
        (r"\frac{1}{0}", "1"),
        ("1,5", "1.5"),  # a decimal comma is not a number
        ("123456789012345678901234567891", "123456789012345678901234567890"),
        ("1.2345678901234568e29", "123456789012345678901234567890"),  # a float near a big int is not it
        (r"\sqrt{2}", "1"),
        (r"\sqrt{-1}", "1"),
        (r"\infty", "1"),
        (r"2^{1000000000}", "1"),
        (r"2^{2^{2^{100}}}", "1"),
        ("1e99999", "1"),
        (r"\sum_{i=1}^{3} i", "6"),
        ("x = y", "42"),
        ("41 = 42", "42"),  # an equation between numbers is not an assignment
        ("0.1 + 0.2i", "0.1"),
        (r"42 \text{ ways}", "42"),  # words are not stripped
    ],
)
def test_number_rejects_other_values_and_garbage(content, answer):
    assert verify(boxed(content), answer, "number") == 0.0


def test_decimal_reference_accepts_values_within_its_printed_precision():
    # 1/3 rounds to every printed prefix of 0.333...
    assert verify(boxed("1/3"), "0.333333333", "number") == 1.0
    assert verify(boxed(r"\frac{1}{3}"), "0.333", "number") == 1.0
    # 0.333 means a true value in [0.3325, 0.3335]: 0.3334 may be exactly right, 0.3336 and 0.334 cannot
    assert verify(boxed("0.3334"), "0.333", "number") == 1.0
    assert verify(boxed("0.3336"), "0.333", "number") == 0.0
    assert verify(boxed("0.334"), "0.333", "number") == 0.0
    assert verify(boxed("0.3"), "0.333", "number") == 0.0
    # references with many digits carry floating-point noise: a 1e-9 relative floor
    assert verify(boxed("2.00000000049"), "2.000000000000000000", "number") == 1.0
    assert verify(boxed("2.0000000021"), "2.000000000000000000", "number") == 0.0


def test_integer_reference_is_exact_even_when_huge():
    big = str(3**200)
    assert verify(boxed(big), big, "number") == 1.0
    assert verify(boxed(str(3**200 + 1)), big, "number") == 0.0
    assert verify(boxed(r"3^{200}"), big, "number") == 1.0
    assert verify(boxed(f"{float(3**200):e}"), big, "number") == 0.0


def test_non_numeral_number_reference_is_compared_as_a_string():
    assert verify(boxed("inf"), "inf", "number") == 1.0
    assert verify(boxed(r"\text{inf}"), "inf", "number") == 1.0
    assert verify(boxed("nan"), "inf", "number") == 0.0


def test_plain_forms_never_reach_the_expression_evaluator():
    verifier.clear_caches()
    for content, answer in [("42", "42"), (r"\frac{1}{2}", "0.5"), (r"1{,}000", "1000"), (r"1.5\times10^{3}", "1500")]:
        assert verify(boxed(content), answer, "number") == 1.0
    assert verify(boxed("[1, 2, 3]"), "1 2 3", "array") == 1.0
    assert verifier._closed_form_value.cache_info().currsize == 0


# --- the closed-form evaluator ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, value, exact",
    [
        (r"2^{10}", 1024, True),
        (r"\left(\frac{1}{2}\right)^{-3}", 8, True),
        (r"\sqrt[3]{27}", 3, True),
        (r"\sqrt{\frac{9}{4}}", 1.5, True),
        (r"\binom{2000}{1}", 2000, True),
        (r"\log_2 8", 3, True),
        (r"\log{1000}", 3, True),  # \log without a base is base 10, as latex2sympy reads it
        (r"\lfloor \pi \rfloor", 3, True),
        (r"|{-3}| \cdot 2", 6, True),
        (r"(2)(3)", 6, True),
        (r"-2^2", -4, True),
        (r"2^3!", 40320, True),  # (2^3)!
        (r"10 \div 4", 2.5, True),
        (r"\sqrt{2}", 2**0.5, False),
        (r"2\pi", 6.283185307179586, False),
        (r"(1+10^{-6})^{10^{6}}", 2.7182804693193768, False),
    ],
)
def test_closed_form_values(text, value, exact):
    got, got_exact = closed_form.evaluate(text)
    assert got_exact is exact
    assert got == value if exact else abs(float(got) - value) < 1e-12


@pytest.mark.parametrize(
    "text",
    [
        "x", "2 3", r"\frac123", r"\sqrt{-2}", r"\sqrt[3]{-8}", "1/0", "0^{-1}", r"\log_1 5", r"\ln 0",
        r"2^{3322.5}", r"(10^{5})!", r"\binom{10^{6}}{500000}", r"\exp{5000}", r"(1+10^{-999})^{10^{999}}",
        "(" * 13 + "1" + ")" * 13, "1+" * 200 + "1", r"\infty", r"\sum_{i=1}^{3} 1", "", "()",
    ],
)
def test_closed_form_refuses(text):
    assert closed_form.evaluate(text) is None


# --- arrays -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content, answer",
    [
        ("[1, 2, 3]", "1 2 3"),
        ("1, 2, 3", "1 2 3"),
        ("1 2 3", "1 2 3"),
        ("1; 2; 3", "1 2 3"),
        (r"\left[1,2,3\right]", "1 2 3"),
        ("(1,2,3)", "1 2 3"),
        (r"\{1,2,3\}", "1 2 3"),  # braces are a delimiter; order still counts
        (r"\left\{1, 2, 3\right\}", "1 2 3"),
        (r"\langle 1, 2, 3 \rangle", "1 2 3"),
        (r"\begin{pmatrix} 1 & 2 & 3 \end{pmatrix}", "1 2 3"),
        (r"\begin{array}{ccc} 1 & 2 & 3 \end{array}", "1 2 3"),
        (r"1 \quad 2 \quad 3", "1 2 3"),
        (r"[1,\,2,\,3]", "1 2 3"),
        (r"1 \\ 2 \\ 3", "1 2 3"),
        (r"[\frac12, 3]", "0.5 3"),
        (r"[\frac{1}{2}, \frac{1}{3}]", "0.5 0.3333333333"),
        (r"\text{[1, 2, 3]}", "1 2 3"),
        (r"[\text{1}, 2, \mathbf{3}]", "1 2 3"),
        ("$[1, 2, 3]$", "1 2 3"),
        ("x = [1, 2, 3]", "1 2 3"),
        ("[1.0, 2.0, 3.0]", "1 2 3"),
        ("[0.5, 1.25]", "0.5 1.25"),
        ("[-1, -2]", "-1 -2"),
        (r"[1{,}000, 2]", "1000 2"),
        ("[5]", "5"),
        ("5", "5"),
        ("[]", ""),
        ("[a, b, c]", "a b c"),
        ("[1, x, 3]", "1 x 3"),
        ("[123456789012345678901234567890, 1]", "123456789012345678901234567890 1"),
    ],
)
def test_array_accepts_the_same_elements_in_order(content, answer):
    assert verify(boxed(content), answer, "array") == 1.0


@pytest.mark.parametrize(
    "content, answer",
    [
        ("[1, 3, 2]", "1 2 3"),
        ("[1, 2]", "1 2 3"),
        ("[1, 2, 3, 4]", "1 2 3"),
        ("[1, 2, 3]", "1 2 4"),
        ("[1, 2, 3,]", "1 2 3"),
        ("[1, 2, 3]]", "1 2 3"),
        ("[1,2],[3]", "1 2 3"),
        ("[[1, 2, 3]]", "1 2 3"),
        ("[1, 2, x]", "1 2 3"),
        ("[b, a]", "a b"),
        ("[A, b]", "a b"),
        ("[0.5, 1.3]", "0.5 1.25"),
        ("123", "1 2 3"),
        ("[]", "1"),
        ("[1 2 3]", "1 2"),
    ],
)
def test_array_rejects_other_elements_order_or_length(content, answer):
    assert verify(boxed(content), answer, "array") == 0.0


def test_bracket_soup_is_only_accepted_as_the_very_tokens():
    answer = " ".join(["(" * 40, "[]" * 30, "x"])  # string tokens full of brackets: the boxed reference passes
    assert verify(boxed(answer), answer, "array") == 1.0
    assert verify(boxed("[" + answer + "]"), answer, "array") == 0.0
    assert verify(boxed("[" * 5000 + "1, 2" + "]" * 5000), "1 2", "array") == 0.0


def test_long_arrays_check_every_element():
    values = list(range(-500, 500))
    answer = " ".join(map(str, values))
    assert verify(boxed(str(values)), answer, "array") == 1.0
    values[700] += 1
    assert verify(boxed(str(values)), answer, "array") == 0.0


# --- strings ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content, answer",
    [
        ("YES", "YES"),
        (r"\text{YES}", "YES"),
        (r"\texttt{abacaba}", "abacaba"),
        (r"\mathrm{NO}", "NO"),
        (r"\textbf{\text{NO}}", "NO"),
        ("$YES$", "YES"),
        ("  YES ", "YES"),
        (r"\text{Alice wins}", "Alice wins"),
        (r"Alice\ wins", "Alice wins"),
        ("Alice   wins", "Alice wins"),
        (r"\text{a\_b}", "a_b"),
        ('"abacaba"', "abacaba"),
        ("'abacaba'", "abacaba"),
        ("-1", "-1"),
        (r"\{", r"\{"),
    ],
)
def test_string_accepts_the_same_text(content, answer):
    assert verify(boxed(content), answer, "string") == 1.0


@pytest.mark.parametrize(
    "content, answer",
    [
        ("ab", "ba"),  # upstream math-verify read letters as a commutative product
        ("abc", "cba"),
        ("yes", "YES"),
        ("Yes", "YES"),
        (r"\text{NO}", "YES"),
        ("YES NO", "YES"),
        ("YESS", "YES"),
        ('"YES', "YES"),
        ("AliceWins", "Alice wins"),
    ],
)
def test_string_rejects_other_text_and_is_case_sensitive(content, answer):
    assert verify(boxed(content), answer, "string") == 0.0


# --- upstream faults ----------------------------------------------------------------------------


@pytest.mark.parametrize("output_type, answer", [("number", "42"), ("array", "1 2 3"), ("string", "YES")])
def test_unboxed_answers_score_zero(output_type, answer):
    for text in (answer, f"The answer is {answer}.", f"The answer is ${answer}$.", f"**Final answer:** {answer}"):
        assert verify(text, answer, output_type) == 0.0


def test_only_the_last_box_counts():
    assert verify(r"First guess \boxed{41}, corrected: \boxed{42}", "42", "number") == 1.0
    assert verify(r"First guess \boxed{42}, corrected: \boxed{41}", "42", "number") == 0.0


def test_letters_are_not_a_commutative_product():
    assert verify(boxed("ab"), "ba", "string") == 0.0
    assert verify(boxed("ab"), "ab", "number") == 1.0  # a non-numeral reference: exact string
    assert verify(boxed("ba"), "ab", "number") == 0.0
    assert verify(boxed("[ab, cd]"), "ba dc", "array") == 0.0


# --- hostile inputs -----------------------------------------------------------------------------

HOSTILE = {
    "10 MB of {": "{" * 10_000_000,
    "a box then 10 MB of {": "\\boxed{" + "{" * 10_000_000,
    "a box then 10 MB of }": "\\boxed{42" + "}" * 10_000_000,
    "1e6 unclosed boxes": "\\boxed{" * 1_000_000,
    "a closed box then 2e5 unclosed": "\\boxed{42}" + "\\fbox{" * 200_000,
    "1e5 nested braces": "\\boxed{" + "{" * 100_000 + "42" + "}" * 100_001,
    "2e5 alternating braces": "\\boxed{" + "{}" * 200_000,
    "1e5 nested wrappers": "\\boxed{" + "\\text{" * 100_000 + "42" + "}" * 100_001,
    "1e6 escaped braces": "\\boxed{" + "\\{" * 1_000_000 + "}",
    "5e6 digits": "\\boxed{" + "9" * 5_000_000 + "}",
    "NUL bytes": "\\boxed{4\x002}\x00\x00",
    "lone surrogates": "\\boxed{\ud800\udfff}",
    "astral and combining": "\\boxed{\U0001f600e\u0301}",
    "backslash run": "\\" * 1_000_000 + "\\boxed{42}",
    "spaces after keywords": ("\\boxed" + " " * 1000) * 1000,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_completions_complete_with_a_verdict(name):
    for output_type, answer in (("number", "42"), ("array", "4 2"), ("string", "42")):
        assert verify(HOSTILE[name], answer, output_type) in (0.0, 1.0)


def test_hostile_completions_still_find_a_closed_box():
    assert verify(HOSTILE["a closed box then 2e5 unclosed"], "42", "number") == 1.0
    assert verify(HOSTILE["backslash run"], "42", "number") == 1.0
    assert verify(HOSTILE["1e5 nested braces"], "42", "number") == 0.0  # longer than any answer may be


@pytest.mark.parametrize(
    "completion, answer, output_type",
    [
        (None, "42", "number"),
        (42, "42", "number"),
        (b"\\boxed{42}", "42", "number"),
        (["\\boxed{42}"], "42", "number"),
        ({"content": "\\boxed{42}"}, "42", "number"),
        ("\\boxed{42}", None, "number"),
        ("\\boxed{42}", 42, "number"),
        ("\\boxed{42}", "42", None),
        ("\\boxed{42}", "42", "integer"),
        ("\\boxed{42}", "42", ["number"]),
    ],
)
def test_non_string_inputs_and_unknown_types_score_zero(completion, answer, output_type):
    assert verify(completion, answer, output_type) == 0.0


def test_random_latex_soup_never_raises():
    pieces = [
        "\\boxed{", "\\fbox{", "{", "}", "\\{", "\\}", "\\\\", "1", "0.5", "-", ",", " ", "\\frac", "^", "_", "x",
        "\\text{", "\\left[", "\\right]", "[", "]", "(", ")", "$", "=", "/", "e", "\\sqrt", "\\pi", "\\times", "10",
        "&", ";", "\\begin{pmatrix}", "\\end{pmatrix}", "\x00", "\ud800", "~", "\\,", "!", "\\%", ".", '"', "9999",
    ]  # fmt: skip
    rng = random.Random(7)
    for _ in range(3000):
        text = "\\boxed{" + "".join(rng.choice(pieces) for _ in range(rng.randint(1, 20))) + "}"
        for output_type, answer in (("number", "1"), ("array", "1 0.5"), ("string", "x")):
            result = verify(text, answer, output_type)
            assert type(result) is float and result in (0.0, 1.0)


# --- benchmark ----------------------------------------------------------------------------------


def test_bench_mix_verdicts_match_their_labels():
    from scaler.bench.verify import make_mix

    cases = make_mix(2000, seed=3)
    assert {c.output_type for c in cases} == {"number", "array", "string"}
    assert {c.expected for c in cases} == {0.0, 1.0}
    wrong = [c for c in cases if verify(c.completion, c.answer, c.output_type) != c.expected]
    assert wrong == []


def test_bench_run_reports_both_verifiers(capsys):
    from scaler.bench.verify import run

    report = run(json_output=True, n=60, n_baseline=4)
    assert report["ours"]["completions"] == 60
    assert report["math_verify"]["completions"] == 4
    assert report["ours"]["agreement"] == 1.0
    assert report["speedup"] > 0
    assert 0 < report["red_team_slowest_call_ms"]
    assert '"speedup"' in capsys.readouterr().out
