r"""Answer scoring for the non-math benchmarks: MMLU-Pro letters and BBEH's fuzzy match.

Math benchmarks use lighteval's math-verify metric (LaTeX answer equivalence); held-out
environments use :func:`scaler.verifier.verify`. Every scorer returns 1.0 or 0.0 and never raises.

MMLU-Pro (as in the paper): the answer is the letter in the *first* ``\boxed{...}`` of the
completion, ``A``-``J``, optionally written ``(A)``, ``A.``, ``A) text``, ``\text{A}`` or ``$A$``.

BBEH follows the official BBEH evaluation's fuzzy match: the answer is the text after the last
"The answer is:" (or "The final answer is") when present, else the whole completion; since the
paper's prompt asks for a boxed answer, the content of the last ``\boxed{}`` in it is taken when
there is one. Then ``$..$``, ``\boxed{}``, ``\text{}``/``\texttt{}``, ``**`` and a final period are
stripped, only the first line is kept, case is ignored and ``", "`` becomes ``","``. A prediction
matches when it is equal to the reference, or ``(a)`` vs ``a``, or numerically equal, or equal
without quotes, or equal to ``[reference]``, or equal but for a trailing ``?``.
"""

from __future__ import annotations

import re

from scaler.verifier import extract_boxed

__all__ = ["bbeh_answer", "bbeh_match", "first_boxed", "mmlu_pro_letter", "score_bbeh", "score_mmlu_pro"]

_BOX = re.compile(r"\\(?:boxed|fbox)\s*\{")
_WRAPPER = re.compile(r"^\\(?:text(?:bf|tt|rm|it|normal)?|mathrm|mathbf|mathtt)\s*\{(.*)\}$", re.DOTALL)
_LETTER = re.compile(r"\(?([A-J])\)?(?:$|[\s.:)\]])")
_ANSWER_PREFIXES = ("The answer is:", "The final answer is:", "The final answer is", "The answer is")


def first_boxed(text: str) -> str | None:
    r"""The content of the first balanced ``\boxed{...}`` (or ``\fbox{...}``) of ``text``, else None."""
    for m in _BOX.finditer(text):
        depth = 0
        for i in range(m.end() - 1, len(text)):
            if text[i] == "{" and text[i - 1] != "\\":
                depth += 1
            elif text[i] == "}" and text[i - 1] != "\\":
                depth -= 1
                if depth == 0:
                    return text[m.end() : i]
    return None


def _strip_latex(text: str) -> str:
    """Remove surrounding ``$``, ``\\boxed{}`` and text-font wrappers (repeatedly)."""
    while True:
        before = text
        text = text.strip()
        if len(text) >= 2 and text.startswith("$") and text.endswith("$"):
            text = text.strip("$")
        boxed = extract_boxed(text) if text.startswith(("\\boxed", "\\fbox")) else None
        if boxed is not None:
            text = boxed
        if m := _WRAPPER.match(text):
            text = m[1]
        if text == before:
            return text


def mmlu_pro_letter(completion: str) -> str | None:
    """The option letter (A-J) stated in the first boxed answer of ``completion``, else None."""
    boxed = first_boxed(completion)
    if boxed is None:
        return None
    m = _LETTER.match(_strip_latex(boxed))
    return m[1] if m else None


def score_mmlu_pro(completion: str, gold_letter: str) -> float:
    return float(mmlu_pro_letter(completion) == gold_letter.strip().upper())


def bbeh_answer(completion: str) -> str:
    """The normalised final answer of a BBEH completion (see the module docstring)."""
    answer = completion.strip()
    cut = max(((answer.rfind(p), p) for p in _ANSWER_PREFIXES), key=lambda x: x[0])
    if cut[0] >= 0:
        answer = answer[cut[0] + len(cut[1]) :].strip()
    boxed = extract_boxed(answer)
    if boxed is not None:
        answer = boxed
    answer = _strip_latex(answer).replace("**", "").strip()
    answer = answer.split("\n")[0].strip().removesuffix(".")
    return _strip_latex(answer).lower().replace(", ", ",")


def _normalise_reference(reference: str) -> str:
    return reference.strip().lower().replace(", ", ",")


def _is_option(text: str) -> bool:
    return len(text) == 3 and text[0] == "(" and text[2] == ")"


def bbeh_match(prediction: str, reference: str) -> bool:
    """Official BBEH fuzzy match of two normalised strings."""
    if prediction == reference:
        return True
    if _is_option(prediction) and prediction[1] == reference:
        return True
    if _is_option(reference) and reference[1] == prediction:
        return True
    try:
        if float(prediction) == float(reference):
            return True
    except ValueError:
        pass
    if prediction.replace("'", "") == reference.replace("'", ""):
        return True
    if prediction == f"[{reference}]" or reference == f"[{prediction}]":
        return True
    return prediction.endswith("?") and prediction[:-1] == reference


def score_bbeh(completion: str, reference: str) -> float:
    return float(bbeh_match(bbeh_answer(completion), _normalise_reference(reference)))
