"""The verifier accepts each reference answer in a box and rejects a perturbed one."""

from __future__ import annotations

import re

from scaler.validation.checks._common import clip
from scaler.validation.core import Context, Outcome, register
from scaler.verifier import verify

_INT = re.compile(r"^[+-]?\d+$")
_DECIMAL = re.compile(r"^[+-]?\d*\.(\d+)$")


def perturb(token: str) -> str:
    """A different answer token: integers and decimals off by one unit, other text with a letter appended."""
    if _INT.match(token):
        return str(int(token) + 1)
    decimal = _DECIMAL.match(token)
    if decimal:
        return f"{float(token) + 1:.{len(decimal.group(1))}f}"
    return token + "x"


def perturbed(answer: str, output_type: str) -> str:
    if output_type == "array":
        tokens = answer.split()
        return " ".join(tokens[:-1] + [perturb(tokens[-1])]) if tokens else "0"
    if output_type == "number":
        return perturb(answer)
    return answer + "x"


def boxed_forms(answer: str, output_type: str) -> list[str]:
    """The ways a correct completion may state ``answer``: as printed and, for arrays, as the prompt
    asks (``[a, b, c]``; the only form of an empty array)."""
    if output_type != "array":
        return [answer]
    listed = "[" + ", ".join(answer.split()) + "]"
    return [answer, listed] if answer else [listed]


@register("verifier", "verify() accepts the boxed reference answer and rejects a perturbed one")
def verifier(ctx: Context) -> Outcome:
    env = ctx.env
    samples = [s for level in range(len(env.levels)) for s in ctx.level(level, ctx.config.level_seeds)]
    answers = list(dict.fromkeys(ctx.answer(r) for r in ctx.outputs(samples) if r.error is None))
    if not answers:
        return Outcome("skip", "no reference answer could be computed (see the other checks)", {})
    for answer in answers:
        for form in boxed_forms(answer, env.output_type):
            if verify(f"\\boxed{{{form}}}", answer, env.output_type) != 1.0:
                return Outcome("fail", f"verify rejects the boxed reference answer {clip(form, 40)!r}",
                               {"answer": clip(answer), "boxed": clip(form), "output_type": env.output_type})
        for wrong in boxed_forms(perturbed(answer, env.output_type), env.output_type):
            if verify(f"\\boxed{{{wrong}}}", answer, env.output_type) != 0.0:
                return Outcome("fail", f"verify accepts {clip(wrong, 40)!r} for the answer {clip(answer, 40)!r}",
                               {"answer": clip(answer), "perturbed": clip(wrong), "output_type": env.output_type})
    return Outcome("pass", f"{len(answers)} distinct answers accepted boxed, perturbed ones rejected",
                   {"answers": len(answers)})
