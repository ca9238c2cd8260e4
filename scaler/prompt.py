"""The chat prompt an instance shows the policy.

Follows the upstream SCALER layout (system prompt asking for a boxed answer; the statement, a
concrete input instance, the output instruction, and a closing directive) without its faults: the
braces of ``\\boxed{}`` are single, and no source id or problem name appears in the prompt.
"""

from __future__ import annotations

import json
from typing import Any, Literal

InputFormat = Literal["stdin", "dict"]
INPUT_FORMATS: tuple[str, ...] = ("stdin", "dict")
"""How an instance's input is shown: the problem's stdin text, or the generator's structured view."""

SYSTEM_PROMPT = "Please reason step by step, and put your final answer within \\boxed{}."

_DIRECTIVE = (
    "Treat the description as a single fully specified math/algorithm problem about the given "
    "concrete input. Do not write code; reason step by step to compute the required answer for "
    "this instance."
)
_ARRAY_DIRECTIVE = (
    "Output all the required numerical answers in \\boxed{[]} in the form of a one-dimensional "
    "LaTeX array, in order, e.g. \\boxed{[1, 2, 3]}."
)
_STRING_DIRECTIVE = "Output the required text exactly, inside \\boxed{}."


def render_input(stdin: str, display: Any, input_format: InputFormat) -> str:
    """The input as shown to the policy: the stdin text, or the generator's structured view."""
    if input_format == "stdin":
        return stdin.rstrip("\n")
    if input_format == "dict":
        if display is None:
            raise ValueError("input_format='dict' needs a generator that returns (stdin, display)")
        return repr(display) if isinstance(display, dict) else json.dumps(display, ensure_ascii=False)
    raise ValueError(f"input_format must be 'stdin' or 'dict', got {input_format!r}")


def build_prompt(statement: str, output_instruction: str, output_type: str, shown_input: str) -> list[dict[str, str]]:
    """The [system, user] messages of one instance."""
    closing = _DIRECTIVE
    if output_type == "array":
        closing += "\n" + _ARRAY_DIRECTIVE
    elif output_type == "string":
        closing += "\n" + _STRING_DIRECTIVE
    user = (
        "# Problem Description:\n"
        f"{statement.strip()}\n\n"
        "# Input Instance:\n"
        f"{shown_input}\n\n"
        "# Instruction\n"
        f"{output_instruction.strip()}\n\n"
        f"{closing}"
    )
    return [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": user}]


def prompt_length(prompt: list[dict[str, str]]) -> int:
    return sum(len(m["content"]) for m in prompt)
