r"""Closed-form LaTeX arithmetic (``2^{10}``, ``\sqrt{2}``, ``\binom{5}{2}``), evaluated at a bounded cost.

:func:`evaluate` parses one expression of a small grammar and computes its value while it parses:
exactly (a :class:`~fractions.Fraction`) while every intermediate is small, else as a 200-bit
binary float (mpmath), and refuses (None) anything else: text outside the grammar, a letter, nesting
deeper than :data:`MAX_DEPTH`, more than :data:`MAX_CHARS` characters, a non-real or undefined value
(``\sqrt{-1}``, ``1/0``), or any intermediate value beyond ``10**+-1000``.

Why not latex2sympy: its ANTLR parser costs 15-30 ms per level of nested parentheses (0.8 s
for 16 levels), and sympy expands ``(1+10^{-6})^{10^6}`` exactly, for minutes. Here every token is
read once, and every operation either works on numbers of at most :data:`EXACT_BITS` bits or on
200-bit floats (a power with a huge integer exponent is one float power), so the cost of a call is
bounded by its length, whatever the input.

Grammar (``\left``/``\right``, ``\big``-style sizes and spacing commands are ignored)::

    expr    := term (("+" | "-") term)*
    term    := signed (("\cdot" | "\times" | "*" | "/" | "\div") signed | postfix)*   # 2\pi, (2)(3)
    signed  := ("+" | "-") signed | postfix
    postfix := power "!"*
    power   := atom ["^" arg]
    atom    := number | "(" expr ")" | "[" expr "]" | "{" expr "}" | "\{" expr "\}"
             | "|" expr "|" | "\lvert" expr "\rvert" | "\lfloor" expr "\rfloor" | "\lceil" expr "\rceil"
             | "\frac" arg arg | "\sqrt" ["[" expr "]"] arg | "\binom" arg arg | "\pi"
             | ("\sin" | "\cos" | "\tan" | "\ln" | "\exp" | "\log" ["_" arg]) ["^" arg] postfix
    arg     := "{" expr "}" | one digit (after \frac, \sqrt, \binom) | a number (after ^ and _) | atom

``\log`` without a base is base 10 (as latex2sympy reads it); ``\ln`` is natural.
"""

from __future__ import annotations

import math
import re
import threading
from fractions import Fraction

import mpmath

__all__ = ["EXACT_BITS", "MAX_CHARS", "MAX_DEPTH", "MAX_LOG2", "evaluate"]

MAX_CHARS = 256
MAX_DEPTH = 24  # nested groups, arguments and signs
MAX_LOG2 = 3322  # |value| < 2**3322 ~ 10**1000 (and > 2**-3322 unless 0), for every intermediate
EXACT_BITS = 4096  # exact rationals while numerator and denominator fit; floats beyond
PRECISION = 200  # bits of the float fallback (~60 digits)
MAX_FACTORIAL = 450  # 450! > 10**1000
_MAX_ROOT_BITS = 180  # exact n-th roots (n > 2) of integers up to this size, via a float root
# A float power amplifies the base's relative error (2**-PRECISION) by the exponent: beyond this
# exponent the float result means nothing ((1 + 10**-999) ** 10**999 would round to 1), so refuse.
_MAX_FLOAT_EXPONENT = 2 ** (PRECISION - 64)

Number = Fraction | mpmath.mpf


class _Refuse(Exception):
    """The expression is outside the grammar or its value is out of bounds."""


_SKIP = re.compile(
    r"(?:\s|~|\\[,;:! ]|\\q?quad(?![A-Za-z])|\\displaystyle(?![A-Za-z])"
    r"|\\(?:left|right|[bB]igg?[lr]?)(?![A-Za-z]))*"
)
_TOKEN = re.compile(r"\d+(?:\.\d*)?|\.\d+|\\[A-Za-z]+|\\[{}|]|[-+*/^_!()\[\]{}|]")
_GROUPS = {"(": ")", "[": "]", "{": "}", "\\{": "\\}", "|": "|", "\\lvert": "\\rvert", "\\vert": "\\vert"}
_FLOOR_CEIL = {"\\lfloor": "\\rfloor", "\\lceil": "\\rceil"}
_FRACS = frozenset(("\\frac", "\\dfrac", "\\tfrac", "\\cfrac"))
_BINOMS = frozenset(("\\binom", "\\dbinom", "\\tbinom"))
_FUNCTIONS = frozenset(("\\sin", "\\cos", "\\tan", "\\ln", "\\log", "\\exp"))
_PRODUCT = frozenset(("*", "\\cdot", "\\times"))
_QUOTIENT = frozenset(("/", "\\div"))
_ATOM_START = {"(", "[", "{", "\\{", "\\lvert", "\\pi", "\\sqrt", *_FRACS, *_BINOMS, *_FUNCTIONS, *_FLOOR_CEIL}

_local = threading.local()


def _mp() -> mpmath.ctx_mp.MPContext:
    """A per-thread mpmath context: mpmath functions adjust their context's precision as they run."""
    ctx = getattr(_local, "ctx", None)
    if ctx is None:
        ctx = _local.ctx = mpmath.MPContext()
        ctx.prec = PRECISION
    return ctx


def evaluate(text: str) -> tuple[Fraction, bool] | None:
    """``(value, exact)`` of a closed-form real expression, or None; inexact values carry 200 bits."""
    if len(text) > MAX_CHARS:
        return None
    try:
        parser = _Parser(text)
        value = parser.expr()
        if parser.peek() is not None:
            return None
    except (_Refuse, ArithmeticError, ValueError):
        return None
    if isinstance(value, Fraction):
        return value, True
    man, exp = value.man_exp
    return Fraction(man) * Fraction(2) ** exp, False


class _Parser:
    """Recursive descent over ``text``, computing values as it goes (no tree is built)."""

    def __init__(self, text: str):
        self.text, self.pos, self.depth = text, 0, 0

    # -- tokens ----------------------------------------------------------------------------
    def peek(self) -> str | None:
        self.pos = _SKIP.match(self.text, self.pos).end()
        if self.pos == len(self.text):
            return None
        m = _TOKEN.match(self.text, self.pos)
        if m is None:
            raise _Refuse
        return m[0]

    def take(self, expected: str | None = None) -> str:
        token = self.peek()
        if token is None or (expected is not None and token != expected):
            raise _Refuse
        self.pos += len(token)
        return token

    def enter(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _Refuse

    # -- grammar ---------------------------------------------------------------------------
    def expr(self) -> Number:
        self.enter()
        value = self.term()
        while (token := self.peek()) in ("+", "-"):
            self.take()
            right = self.term()
            value = _add(value, right if token == "+" else -right)
        self.depth -= 1
        return value

    def term(self) -> Number:
        value = self.signed()
        while True:
            token = self.peek()
            if token in _PRODUCT:
                self.take()
                value = _mul(value, self.signed())
            elif token in _QUOTIENT:
                self.take()
                value = _div(value, self.signed())
            elif token in _ATOM_START:  # implicit product; never between two plain numbers
                value = _mul(value, self.postfix())
            else:
                return value

    def signed(self) -> Number:
        token = self.peek()
        if token in ("+", "-"):
            self.enter()
            self.take()
            value = self.signed()
            self.depth -= 1
            return -value if token == "-" else value
        return self.postfix()

    def postfix(self) -> Number:
        value = self.power()
        while self.peek() == "!":
            self.take()
            value = _factorial(value)
        return value

    def power(self) -> Number:
        value = self.atom()
        if self.peek() == "^":
            self.take()
            value = _pow(value, self.arg(whole_number=True))
        return value

    def arg(self, whole_number: bool = False) -> Number:
        """A macro argument: a braced group, a single digit (or a whole number), or an atom."""
        token = self.peek()
        if token is not None and token[0] in "0123456789.":
            if whole_number or len(token) == 1:
                return Fraction(self.take())
            self.pos += 1  # \frac12: each argument is one digit
            return Fraction(token[0])
        return self.atom()

    def atom(self) -> Number:
        self.enter()
        token = self.take()
        if token[0] in "0123456789.":
            value: Number = Fraction(token)
        elif token in _GROUPS:
            value = self.expr()
            self.take(_GROUPS[token])
            if token not in ("(", "[", "{", "\\{"):
                value = abs(value)
        elif token in _FLOOR_CEIL:
            value = _round(self.expr(), ceiling=token == "\\lceil")
            self.take(_FLOOR_CEIL[token])
        elif token in _FRACS:
            value = _div(self.arg(), self.arg())
        elif token in _BINOMS:
            value = _binomial(self.arg(), self.arg())
        elif token == "\\sqrt":
            degree: Number = Fraction(2)
            if self.peek() == "[":
                self.take()
                degree = self.expr()
                self.take("]")
            value = _root(self.arg(), degree)
        elif token == "\\pi":
            value = _mp().pi
        elif token in _FUNCTIONS:
            value = self.function(token)
        else:
            raise _Refuse
        self.depth -= 1
        return _bounded(value)

    def function(self, name: str) -> Number:
        base: Number | None = Fraction(10) if name == "\\log" else None
        if name == "\\log" and self.peek() == "_":
            self.take()
            base = self.arg(whole_number=True)
        exponent = None
        if self.peek() == "^":
            self.take()
            exponent = self.arg(whole_number=True)
        value = _apply(name, self.postfix(), base)
        return value if exponent is None else _pow(value, exponent)


# ---------------------------------------------------------------------------------------------
# Bounded arithmetic on exact rationals and 200-bit floats


def _bounded(value: Number) -> Number:
    """``value``, or a float when it is exact but too long, or refuse when it is out of range."""
    if isinstance(value, Fraction):
        if value == 0:
            return value
        num, den = value.numerator.bit_length(), value.denominator.bit_length()
        if abs(num - den) > MAX_LOG2:
            raise _Refuse
        return _float(value) if max(num, den) > EXACT_BITS else value
    ctx = _mp()
    if not ctx.isfinite(value):
        raise _Refuse
    if value and abs(ctx.mag(value)) > MAX_LOG2:
        raise _Refuse
    return value


def _float(value: Number) -> mpmath.mpf:
    if isinstance(value, Fraction):
        return _mp().mpf(value.numerator) / value.denominator
    return value


def _exact(*values: Number) -> bool:
    return all(isinstance(v, Fraction) for v in values)


def _add(a: Number, b: Number) -> Number:
    return _bounded(a + b if _exact(a, b) else _float(a) + _float(b))


def _mul(a: Number, b: Number) -> Number:
    return _bounded(a * b if _exact(a, b) else _float(a) * _float(b))


def _div(a: Number, b: Number) -> Number:
    if not b:
        raise _Refuse
    return _bounded(a / b if _exact(a, b) else _float(a) / _float(b))


def _log2_abs(value: Number) -> mpmath.mpf:
    ctx = _mp()
    return ctx.log(abs(_float(value)), 2)


def _pow(base: Number, exponent: Number) -> Number:
    """``base ** exponent`` for a real result; exact while the result stays short."""
    if not base:
        if exponent > 0:
            return Fraction(0)
        raise _Refuse
    if _exact(exponent) and exponent.denominator == 1:
        e = exponent.numerator
        if _exact(base):
            size = max(base.numerator.bit_length(), base.denominator.bit_length())
            if size * abs(e) <= EXACT_BITS or abs(base) == 1:
                return _bounded(base**e)
        if abs(e) > _MAX_FLOAT_EXPONENT or abs(_log2_abs(base) * e) > MAX_LOG2:
            raise _Refuse
        return _bounded(_mp().power(_float(base), e))
    if base < 0:
        raise _Refuse  # a fractional or irrational power of a negative number is not real
    if _exact(base, exponent) and (root := _exact_root(base, exponent.denominator)) is not None:
        return _pow(root, Fraction(exponent.numerator))
    if abs(exponent) > _MAX_FLOAT_EXPONENT or abs(_log2_abs(base) * _float(exponent)) > MAX_LOG2:
        raise _Refuse
    return _bounded(_mp().power(_float(base), _float(exponent)))


def _exact_root(value: Fraction, degree: int) -> Fraction | None:
    """The exact positive ``degree``-th root of ``value`` when it is rational, else None."""
    num, den = _integer_root(value.numerator, degree), _integer_root(value.denominator, degree)
    return None if num is None or den is None else Fraction(num, den)


def _integer_root(n: int, degree: int) -> int | None:
    if degree == 2:
        root = math.isqrt(n)
    elif n.bit_length() <= _MAX_ROOT_BITS and degree <= _MAX_ROOT_BITS:
        root = int(_mp().nint(_mp().root(n, degree)))
    else:
        return None
    return root if root**degree == n else None


def _root(value: Number, degree: Number) -> Number:
    if not (_exact(degree) and degree.denominator == 1 and degree >= 2):
        raise _Refuse
    return _pow(value, 1 / degree)


def _integer(value: Number) -> int:
    if not (_exact(value) and value.denominator == 1):
        raise _Refuse
    return value.numerator


def _factorial(value: Number) -> Fraction:
    n = _integer(value)
    if not 0 <= n <= MAX_FACTORIAL:
        raise _Refuse
    return _bounded(Fraction(math.factorial(n)))


def _binomial(top: Number, bottom: Number) -> Fraction:
    n, k = _integer(top), _integer(bottom)
    if n < 0:
        raise _Refuse
    if not 0 <= k <= n:
        return Fraction(0)
    k = min(k, n - k)
    # C(n, k) >= (n/k)**k >= 2**k: refuse what is surely too big, so math.comb works on short numbers
    if k * max(1, n.bit_length() - k.bit_length() - 1) > MAX_LOG2:
        raise _Refuse
    return _bounded(Fraction(math.comb(n, k)))


def _round(value: Number, ceiling: bool) -> Number:
    """floor / ceiling: exact unless a float lies too close to an integer to tell which side."""
    if _exact(value):
        return Fraction(math.ceil(value) if ceiling else math.floor(value))
    ctx = _mp()
    if abs(value - ctx.nint(value)) > ctx.ldexp(1, max(int(ctx.mag(value)), 0) - PRECISION + 16):
        return Fraction(int(ctx.ceil(value) if ceiling else ctx.floor(value)))
    return value


def _apply(name: str, x: Number, base: Number | None) -> Number:
    ctx = _mp()
    if name in ("\\ln", "\\log"):
        if x <= 0 or (base is not None and (base <= 0 or base == 1)):
            raise _Refuse
        if x == 1:
            return Fraction(0)
        if base is None:
            return ctx.log(_float(x))
        ratio = ctx.log(_float(x)) / ctx.log(_float(base))
        k = int(ctx.nint(ratio))
        if _exact(x, base) and abs(ratio - k) < 1e-30 and _pow(base, Fraction(k)) == x:
            return Fraction(k)  # \log_2 8 = 3 exactly
        return ratio
    if name == "\\exp":
        if x == 0:
            return Fraction(1)
        if abs(x) > MAX_LOG2 * 0.69:
            raise _Refuse
        return ctx.exp(_float(x))
    if x == 0:  # \sin 0, \tan 0 = 0; \cos 0 = 1
        return Fraction(1 if name == "\\cos" else 0)
    return {"\\sin": ctx.sin, "\\cos": ctx.cos, "\\tan": ctx.tan}[name](_float(x))
