r"""Answer checking: does the last ``\boxed{...}`` of a completion state the reference answer?

:func:`verify` returns 1.0 or 0.0 and never raises. Only the content of the last balanced
``\boxed{...}`` (or ``\fbox{...}``) counts; a completion without one scores 0.0, whatever its text
says. The reference ``answer`` is the normalised output of the reference solution
(:func:`scaler.instance.normalize_answer`). The content is first unwrapped: surrounding ``$``,
``\(..\)``, ``\[..\]``, ``\displaystyle`` and whole-content ``\text{}``-like wrappers (``\text``,
``\textbf``, ``\texttt``, ``\mathrm``, ``\mathbf``, ...) are removed.

``number``
    An integer reference must be met exactly (big integers included, no float rounding). A decimal
    reference with ``k`` printed fractional digits accepts any value within half a unit of its last
    printed digit, ``|x - ref| <= max(0.5 * 10**-k, 1e-9 * |ref|)``: exactly the values that the
    reference's rounding is consistent with, so ``1/3`` meets ``0.3333333333`` and ``0.3334`` meets
    ``0.333`` (the true value may be 0.3334), while ``0.334`` does not. The completion may be a
    numeral (``42``, ``-7``, ``42.0``, ``1.5e3``, ``1{,}000``, ``1\,000``), a fraction (``\frac{1}{2}``,
    ``\dfrac12``, ``-3/4``), scientific notation (``1.5\times10^{3}``), ``name = value``, or any
    closed-form real expression of :mod:`scaler.closed_form` (``2^{10}``, ``\sqrt{2}``, ``\binom{5}{2}``);
    an expression with a free letter is never a number (``42abc``, ``ab``, ``42 \text{ ways}``). A
    reference that is not a numeral is compared as a string.
``array``
    The reference's space-separated tokens, compared in order with the completion's elements, which
    may be wrapped in ``[..]``, ``(..)``, ``\{..\}`` (compared as an ordered list: the reference is a
    program's output order), ``\left..\right`` or a ``\begin{..}..\end{..}`` environment, and are
    separated by top-level ``,`` ``;`` ``&`` ``\\``, or else by whitespace. An element is compared like
    a ``number`` when the reference token is a numeral, else as an exact string. Content with more
    than ``8 * elements + 64`` bracket characters must be the reference's very tokens.
``string``
    Exact and case-sensitive after unwrapping and collapsing whitespace; a second try unescapes
    ``\_ \# \& \% \$ \{ \} \ `` and drops matching quotes around the whole answer.

Cost, bounded by construction (no timers: it runs on any thread): extraction is linear in the
completion's length; box contents longer than ``16 * len(answer) + 1024`` characters score 0.0
without being parsed; numerals, fractions and scientific notation take a regex fast path; only
other LaTeX of at most 256 characters reaches :func:`scaler.closed_form.evaluate`, which reads each
token once, nests at most 24 deep, computes exactly only while numbers stay under 4,096 bits and
otherwise in 200-bit floats, and refuses any intermediate value beyond ``10**+-1000`` (so
``(1+10^{-6})^{10^6}`` is a float power, ``2^{2^{100}}`` and ``(10^5)!`` score 0.0). Inputs that are
not ``str`` score 0.0; a ``str`` subclass is read as a plain copy. The caches key only texts of at
most 64 characters.
"""

from __future__ import annotations

import re
from fractions import Fraction
from functools import lru_cache
from typing import Callable

from scaler import closed_form

__all__ = ["clear_caches", "extract_boxed", "verify"]

_REL_TOL = Fraction(1, 10**9)
_MAX_EXPONENT = 1000  # |e| of a numeral's exponent, as closed_form bounds every value by 10**+-1000
_MAX_CACHED_CHARS = 64  # only short texts are cache keys: the caches stay small
_MAX_SLOW_ELEMENTS = 32  # elements of longer arrays only take the fast path
_BRACKETS_PER_ELEMENT, _BRACKET_SLACK = 8, 64  # an array with more brackets than this is not one
_CONTENT_FACTOR, _CONTENT_SLACK = 16, 1024
_MAX_UNWRAP = 4

# ---------------------------------------------------------------------------------------------
# Extraction


_BOX_OPEN = re.compile(r"\\(?:boxed|fbox)\s*\{")
# Escaped braces and backslashes are not grouping; runs of braces or of escapes are one token each.
_BRACE_TOKEN = re.compile(r"(?:\\[{}\\])+|\{+|\}+")


def extract_boxed(text: str) -> str | None:
    r"""The content of the last balanced ``\boxed{...}`` / ``\fbox{...}`` in ``text``, else None.

    "Last" is by opening position, so ``\boxed{\boxed{1}}`` gives ``1``. Linear in ``len(text)``.
    """
    last = _last_opening(text)
    if last is None:
        return None
    close = _matching_close(text, last)
    if close >= 0:
        return text[last + 1 : close]
    # The last box is unclosed; only an earlier box that opens before the last '}' may be closed.
    end = text.rfind("}", 0, last)
    earlier = [m.end() - 1 for m in _BOX_OPEN.finditer(text, 0, end)] if end > 0 else []
    found = _last_balanced(text[: end + 1], earlier) if earlier else None
    return None if found is None else text[found[0] + 1 : found[1]]


def _last_opening(text: str) -> int | None:
    """Position of the ``{`` opening the last boxed group (balanced or not)."""
    at = text.rfind("\\boxed")
    at = max(at, text.rfind("\\fbox", max(at, 0)))  # only an \fbox after the last \boxed matters
    if at < 0:
        return None
    if m := _BOX_OPEN.match(text, at):
        return m.end() - 1
    earlier = [m.end() - 1 for m in _BOX_OPEN.finditer(text, 0, at)]  # rare: a bare last keyword
    return earlier[-1] if earlier else None


def _matching_close(text: str, open_at: int) -> int:
    """Index of the ``}`` closing the ``{`` at ``open_at``, or -1 when it is never closed."""
    close = text.find("}", open_at)
    if close > 0 and "{" not in text[open_at + 1 : close] and "\\" not in text[open_at + 1 : close]:
        return close  # the common flat group, e.g. {42} or {[1, 2, 3]}
    depth = 0
    for m in _BRACE_TOKEN.finditer(text, open_at):
        token = m[0]
        if token[0] == "{":
            depth += len(token)
        elif token[0] == "}":
            if len(token) >= depth:
                return m.start() + depth - 1
            depth -= len(token)
    return -1


def _last_balanced(text: str, openings: list[int]) -> tuple[int, int] | None:
    """Among ``openings`` (ascending), the last one that is closed, with its close; one pass."""
    wanted = set(openings)
    best: tuple[int, int] | None = None
    stack: list[list[int]] = []  # [position of a run of '{', how many of it are still open]
    for m in _BRACE_TOKEN.finditer(text, openings[0]):
        token = m[0]
        if token[0] == "{":
            stack.append([m.start(), len(token)])
        elif token[0] == "}":
            left, at = len(token), m.start()
            while left and stack:
                run = stack[-1]
                taken = min(left, run[1])
                run[1] -= taken
                left -= taken
                at += taken
                if run[1] == 0:
                    stack.pop()
                    # the run's first '{' closes at the last '}' taken; openings start runs
                    if run[0] in wanted and (best is None or run[0] > best[0]):
                        best = (run[0], at - 1)
    return best


# ---------------------------------------------------------------------------------------------
# Shared normalisation

_WRAPPER = re.compile(
    r"\\(?:text(?:bf|it|rm|tt|sf|normal)?|math(?:rm|bf|it|tt|sf|normal)|boldsymbol|bm|mbox|operatorname)\s*\{"
)
_DELIMITERS = {"\\(": "\\)", "\\[": "\\]"}
_COMMAND = re.compile(r"\\[A-Za-z]+")
_LETTER = re.compile(r"[A-Za-z]")


def _unwrap(text: str) -> str:
    """Strip surrounding whitespace, math delimiters, a bare ``{..}`` group and text/font wrappers."""
    text = text.strip()
    for _ in range(_MAX_UNWRAP):
        before = text
        if text.startswith("\\displaystyle"):
            text = text[len("\\displaystyle") :].lstrip()
        if len(text) >= 2 and text[0] == "$" and text[-1] == "$":
            text = text.strip("$").strip()
        elif text[:2] in _DELIMITERS and text.endswith(_DELIMITERS[text[:2]]) and len(text) >= 4:
            text = text[2:-2].strip()
        elif text.startswith("{") and _matching_close(text, 0) == len(text) - 1:
            text = text[1:-1].strip()
        else:
            m = _WRAPPER.match(text)
            if m and text.endswith("}") and _matching_close(text, m.end() - 1) == len(text) - 1:
                text = text[m.end() : -1].strip()
        if text == before:
            break
    return text


def _has_bare_letter(text: str) -> bool:
    """True when a letter appears outside a LaTeX command name (``x``, ``42abc``, but not ``\\pi``)."""
    return _LETTER.search(_COMMAND.sub("", text)) is not None


def _assignment_value(text: str) -> str:
    """``x = 42`` -> ``42``: the right side of the last ``=`` when the left side names something."""
    if "=" not in text:
        return text
    lhs, _, rhs = text.rpartition("=")
    return rhs.strip() if _has_bare_letter(lhs) else text


# ---------------------------------------------------------------------------------------------
# Numbers

Number = int | Fraction
Value = tuple[Number, bool]  # (value, exact); inexact values are 200-bit (~60-digit) approximations
Reference = tuple[Number, Fraction]  # (value, tolerance); tolerance 0 means exact

_NUMERAL = re.compile(r"([+-]?)\s*(\d+(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d{1,5}))?")
_GROUPED = re.compile(r"([+-]?)\s*(\d{1,3}(?:(?:\{,\}|,|\\[,!: ]|~|\s)\d{3})+)(\.\d+)?")
_FRAC = re.compile(r"([+-]?)\s*\\[dt]?frac\s*(?:\{\s*([+-]?\d+)\s*\}|(\d))\s*(?:\{\s*(\d+)\s*\}|(\d))")
_SLASH = re.compile(r"([+-]?)\s*(\d+)\s*/\s*(\d+)")
_SCI = re.compile(
    r"([+-]?)\s*(\d+(?:\.\d*)?|\.\d+)\s*(?:\\times|\\cdot|\*|\u00d7|\u00b7)\s*"
    r"10\s*\^\s*(?:\{\s*([+-]?\d{1,5})\s*\}|(\d))"
)
_MINUS_SIGNS = str.maketrans({"\u2212": "-", "\u2013": "-"})
_ZERO = Fraction(0)


def _numeral(sign: str, mantissa: str, exponent: str | None) -> Number | None:
    """The exact value of ``sign mantissa e exponent``; None when the exponent is out of range.

    Raises ValueError beyond Python's int-from-string digit limit (4,300 digits).
    """
    if "." in mantissa:  # Fraction(int, int): several times faster than parsing the string
        whole, _, decimals = mantissa.partition(".")
        value: Number = Fraction(int(whole + decimals), 10 ** len(decimals))
    else:
        value = int(mantissa)
    if exponent:
        e = int(exponent)
        if abs(e) > _MAX_EXPONENT:
            return None
        value = value * 10**e if e >= 0 else Fraction(value) / 10**-e
    return -value if sign == "-" else value


def _reference_number(text: str) -> Reference | None:
    """A numeral reference and its tolerance (0 for integers), or None when it is not a numeral."""
    return _cached_reference(text) if len(text) <= _MAX_CACHED_CHARS else _parse_reference(text)


@lru_cache(maxsize=4096)
def _cached_reference(text: str) -> Reference | None:
    return _parse_reference(text)


def _parse_reference(text: str) -> Reference | None:
    m = _NUMERAL.fullmatch(text)
    if m is None:
        return None
    sign, mantissa, exponent = m.groups()
    try:
        value = _numeral(sign, mantissa, exponent)
    except ValueError:  # too many digits for int(): the caller compares strings
        return None
    if value is None:
        return None
    if "." not in mantissa and exponent is None:
        return value, _ZERO
    places = len(mantissa.partition(".")[2]) - int(exponent or 0)
    # the larger of half a unit of the last printed digit and 1e-9 * |value|, compared on integers
    half_num, half_den = (1, 2 * 10**places) if places >= 0 else (10**-places, 2)
    num, den = abs(value.numerator) * _REL_TOL.numerator, value.denominator * _REL_TOL.denominator
    return value, Fraction(half_num, half_den) if half_num * den >= num * half_den else Fraction(num, den)


def _parse_number(text: str, slow: bool = True) -> Value | None:
    """The real number a box element denotes, or None; ``slow`` allows the closed-form evaluator."""
    try:
        if m := _NUMERAL.fullmatch(text.strip()):  # the common case, before any normalisation
            value = _numeral(*m.groups())
            return None if value is None else (value, True)
        text = _assignment_value(_unwrap(text)).translate(_MINUS_SIGNS)
        if m := _NUMERAL.fullmatch(text):
            value = _numeral(*m.groups())
            return None if value is None else (value, True)
        if m := _GROUPED.fullmatch(text):
            return _numeral(m[1], re.sub(r"\D", "", m[2]) + (m[3] or ""), None), True
        if m := _FRAC.fullmatch(text):
            value = Fraction(int(m[2] or m[3]), int(m[4] or m[5]))
            return (-value if m[1] == "-" else value), True
        if m := _SLASH.fullmatch(text):
            value = Fraction(int(m[2]), int(m[3]))
            return (-value if m[1] == "-" else value), True
        if m := _SCI.fullmatch(text):
            value = _numeral(m[1], m[2], m[3] or m[4])
            return None if value is None else (value, True)
    except (ValueError, ZeroDivisionError):
        return None
    if not slow or not text or len(text) > closed_form.MAX_CHARS or _has_bare_letter(text):
        return None
    return _closed_form_value(text) if len(text) <= _MAX_CACHED_CHARS else closed_form.evaluate(text)


@lru_cache(maxsize=4096)
def _closed_form_value(text: str) -> Value | None:
    """A closed-form LaTeX expression's value (:mod:`scaler.closed_form`; bounded cost)."""
    return closed_form.evaluate(text)


def _within(value: Value | None, ref: Reference) -> bool:
    """Integers need an exact equal value; decimals a value within the reference's tolerance."""
    if value is None:
        return False
    (got, exact), (want, tol) = value, ref
    if tol == 0:
        return exact and got == want
    # |got - want| <= tol on integers: Fraction arithmetic would normalise three times
    a, b, c, d = got.numerator, got.denominator, want.numerator, want.denominator
    return abs(a * d - c * b) * tol.denominator <= tol.numerator * b * d


def _check_number(content: str, answer: str) -> bool:
    answer = answer.strip()
    if content.strip() == answer:  # the common case: the very same text
        return True
    ref = _reference_number(answer)
    if ref is None:
        return _assignment_value(_unwrap(content)) == answer
    return _within(_parse_number(content), ref)


# ---------------------------------------------------------------------------------------------
# Arrays

_ENVIRONMENT = re.compile(r"\\begin\{(\w+\*?)\}(?:\{[^{}]*\})?(.*)\\end\{\1\}", re.S)
_BRACKETS = (
    ("\\left[", "\\right]"), ("\\left(", "\\right)"), ("\\left\\{", "\\right\\}"),
    ("\\left\\langle", "\\right\\rangle"), ("\\langle", "\\rangle"), ("\\{", "\\}"), ("[", "]"), ("(", ")"),
)  # fmt: skip
_ARRAY_TOKEN = re.compile(r"\\\\|\\[{}]|\\[,;:!& ]|[{}()\[\],;&]")  # \, \; \& ... never separate
_SEPARATORS = frozenset((",", ";", "&", "\\\\"))
_SPACING = re.compile(r"\\q?quad(?![A-Za-z])|\\[,;: ]|~")
_OPEN, _CLOSE = frozenset("{([") | {"\\{"}, frozenset("})]") | {"\\}"}
_NESTING = re.compile(r"[{}()\[\]\\]")  # text without these needs no bracket tracking
_FLAT_SEPARATOR = re.compile(r"[,;&]")


def _strip_brackets(text: str) -> str:
    """Remove one pair of delimiters that encloses the whole text."""
    if m := _ENVIRONMENT.fullmatch(text):
        return m[2].strip()
    for left, right in _BRACKETS:
        if text.startswith(left) and text.endswith(right) and len(text) >= len(left) + len(right):
            inner = text[len(left) : len(text) - len(right)]
            if _balanced(inner):
                return inner.strip()
    return text


def _balanced(text: str) -> bool:
    """No bracket of any kind closes below depth zero (so ``1),(2`` is not one group's inside)."""
    if not _NESTING.search(text):
        return True
    depth = 0
    for m in _ARRAY_TOKEN.finditer(text):
        if m[0] in _OPEN:
            depth += 1
        elif m[0] in _CLOSE:
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def _split_array(text: str) -> list[str]:
    """Top-level elements: split on ``, ; & \\\\`` at bracket depth zero, else on whitespace."""
    text = _strip_brackets(_assignment_value(_unwrap(text)))
    if not text:
        return []
    if not _NESTING.search(text):  # the common flat list: no brackets, no commands
        parts = _FLAT_SEPARATOR.split(text)
        return [p.strip() for p in parts] if len(parts) > 1 else text.replace("~", " ").split()
    parts, depth, start = [], 0, 0
    for m in _ARRAY_TOKEN.finditer(text):
        token = m[0]
        if token in _OPEN:
            depth += 1
        elif token in _CLOSE:
            depth -= 1
        elif depth == 0 and token in _SEPARATORS:
            parts.append(text[start : m.start()])
            start = m.end()
    if parts:
        parts.append(text[start:])
        return [p.strip() for p in parts]
    return _split_on_space(_SPACING.sub(" ", text))


def _split_on_space(text: str) -> list[str]:
    parts, depth, current = [], 0, []
    for ch in text:
        if ch in "{([":
            depth += 1
        elif ch in "})]":
            depth -= 1
        if ch.isspace() and depth == 0:
            if current:
                parts.append("".join(current))
                current = []
        else:
            current.append(ch)
    if current:
        parts.append("".join(current))
    return parts


def _check_array(content: str, answer: str) -> bool:
    tokens = answer.split()
    limit = _BRACKETS_PER_ELEMENT * len(tokens) + _BRACKET_SLACK
    if len(content) > limit and sum(map(content.count, "{}()[]")) > limit:
        return content.split() == tokens  # bracket soup: only the very same tokens, no per-character loop
    items = _split_array(content)
    if len(items) != len(tokens):
        return False
    slow = len(items) <= _MAX_SLOW_ELEMENTS
    for item, token in zip(items, tokens):
        if item == token:  # the common case: the very same text
            continue
        ref = _reference_number(token)
        value = None if ref is None else _parse_number(item, slow)
        if not (_within(value, ref) if value is not None else _unwrap(item) == token):
            return False
    return True


# ---------------------------------------------------------------------------------------------
# Strings

_ESCAPE = re.compile(r"\\([_#&%${} ])")
_QUOTES = ('"', "'", "`")


def _check_string(content: str, answer: str) -> bool:
    want = " ".join(answer.split())
    text = " ".join(_unwrap(content).split())
    if text == want:
        return True
    text = " ".join(_ESCAPE.sub(r"\1", text).split())
    if len(text) >= 2 and text[0] == text[-1] and text[0] in _QUOTES:
        text = text[1:-1].strip()
    return text == want


# ---------------------------------------------------------------------------------------------

_CHECKS: dict[str, Callable[[str, str], bool]] = {
    "number": _check_number,
    "array": _check_array,
    "string": _check_string,
}


def verify(completion: str, answer: str, output_type: str) -> float:
    r"""1.0 when the last ``\boxed{...}`` of ``completion`` states ``answer``, else 0.0.

    ``output_type`` is one of :data:`scaler.environment.OUTPUT_TYPES`. Never raises: non-string
    inputs, an unknown output type, a missing, empty or unbalanced box all give 0.0.
    """
    try:
        if not (type(completion) is type(answer) is type(output_type) is str):  # noqa: E721 - exact str
            completion, answer, output_type = _plain(completion), _plain(answer), _plain(output_type)
        check = _CHECKS.get(output_type) if output_type is not None else None
        if check is None or completion is None or answer is None:
            return 0.0
        content = extract_boxed(completion)
        if content is None or not content.strip():
            return 0.0
        if len(content) > _CONTENT_FACTOR * len(answer) + _CONTENT_SLACK:
            return 0.0
        return 1.0 if check(content, answer) else 0.0
    except Exception:  # a reward must never crash a training step; anything unforeseen scores 0.0
        return 0.0


def _plain(value: object) -> str | None:
    """A plain ``str`` copy of a string (a subclass cannot override what runs on it), else None."""
    return str.__str__(value) if issubclass(type(value), str) else None


def clear_caches() -> None:
    """Forget cached reference and LaTeX parses (benchmarks measure from empty caches)."""
    _cached_reference.cache_clear()
    _closed_form_value.cache_clear()
