"""The two LLM stages of synthesis: prompts in, checked proposals out.

``meta``       scale parameters, output type and answer uniqueness, as JSON (schema-checked);
``generator``  a Python input generator driven by the scale parameters (extracted, compiled, not run).

Each stage renders its prompt from a template shipped in ``scaler/synthesis/prompts/`` and parses the
reply; a reply that fails a check raises :class:`Rejected`, whose message is fed back to the model
for the next attempt (see :mod:`scaler.synthesis.pipeline`). Nothing here executes model output.
"""

from __future__ import annotations

import ast
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from string import Template
from typing import Any

from scaler.environment import OUTPUT_TYPES, ScaleParam, Solution
from scaler.synthesis.problems import Problem

MAX_STATEMENT_CHARS = 12_000
MAX_SOLUTION_CHARS = 8_000
MAX_GENERATOR_CHARS = 20_000
_PARAM_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,31}$")
_CODE_BLOCK = re.compile(r"```(?:python|py)?[ \t]*\n(.*?)```", re.S)


class Rejected(Exception):
    """A proposal failed a check: ``check`` names it, the message is what the model is told."""

    def __init__(self, check: str, message: str, evidence: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.check = check
        self.evidence = evidence or {}


@dataclass(frozen=True)
class Meta:
    scale_params: dict[str, ScaleParam]
    output_type: str
    unique: bool


@lru_cache(maxsize=None)
def template(name: str) -> Template:
    return Template(resources.files("scaler.synthesis").joinpath("prompts", f"{name}.md").read_text(encoding="utf-8"))


def _shown_solution(problem: Problem) -> Solution:
    python = [s for s in problem.solutions if s.language == "python"]
    return (python or list(problem.solutions))[0]


def _context(problem: Problem) -> dict[str, str]:
    solution = _shown_solution(problem)
    return {"statement": problem.statement[:MAX_STATEMENT_CHARS], "solution": solution.source[:MAX_SOLUTION_CHARS],
            "language": "python" if solution.language == "python" else "cpp"}


def meta_prompt(problem: Problem) -> list[dict[str, str]]:
    return [{"role": "user", "content": template("meta").substitute(_context(problem))}]


def generator_prompt(problem: Problem, meta: Meta) -> list[dict[str, str]]:
    params = ", ".join(f"`{n}` in [{p.min}, {p.max}]" for n, p in meta.scale_params.items())
    return [{"role": "user", "content": template("generator").substitute(_context(problem), param_list=params)}]


def feedback(messages: list[dict[str, str]], reply: str, error: str) -> list[dict[str, str]]:
    """The conversation for the next attempt: the rejected reply and why it was rejected."""
    return [*messages, {"role": "assistant", "content": reply},
            {"role": "user", "content": template("feedback").substitute(error=error[:2000])}]


def parse_meta(reply: str) -> Meta:
    """The ``meta`` stage's JSON, checked against its schema."""
    data = _json_object(reply)
    params = data.get("scale_params")
    if not isinstance(params, dict) or not params:
        raise Rejected("meta-schema", "scale_params must be a non-empty object of {name: {min, max}}")
    scale = {}
    for name, bounds in params.items():
        if not isinstance(name, str) or not _PARAM_NAME.match(name):
            raise Rejected("meta-schema", f"scale parameter name {str(name)[:40]!r} is not an identifier")
        if not isinstance(bounds, dict) or not all(type(bounds.get(k)) is int for k in ("min", "max")):
            raise Rejected("meta-schema", f"scale parameter {name!r} needs integer min and max, got {str(bounds)[:80]}")
        low, high = bounds["min"], bounds["max"]
        if not 0 <= low <= high <= 10**9:
            raise Rejected("meta-schema", f"scale parameter {name!r} needs 0 <= min <= max <= 10^9, got [{low}, {high}]")
        scale[name] = ScaleParam(low, high)
    if len(scale) > 6:
        raise Rejected("meta-schema", f"{len(scale)} scale parameters; at most 6 sizes bound the work")
    output_type = data.get("output_type")
    if output_type not in OUTPUT_TYPES:
        raise Rejected("meta-schema", f"output_type must be one of {list(OUTPUT_TYPES)}, got {str(output_type)[:40]!r}")
    unique = data.get("is_output_unique")
    if not isinstance(unique, bool):
        raise Rejected("meta-schema", "is_output_unique must be true or false")
    return Meta(scale, output_type, unique)


def parse_generator(reply: str) -> str:
    """The generator's source from the reply: one code block that compiles and defines ``generate``."""
    blocks = _CODE_BLOCK.findall(reply)
    source = (max(blocks, key=len) if blocks else reply).strip() + "\n"
    if len(source) > MAX_GENERATOR_CHARS:
        raise Rejected("generator-syntax", f"the generator is {len(source)} characters, over {MAX_GENERATOR_CHARS}")
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError) as e:
        raise Rejected("generator-syntax", f"the code does not parse: {type(e).__name__}: {str(e)[:200]}") from None
    functions = {node.name: node for node in tree.body if isinstance(node, ast.FunctionDef)}
    if "generate" not in functions:
        raise Rejected("generator-syntax", "the code defines no top-level function generate(params, rng)")
    if len(functions["generate"].args.args) < 1:
        raise Rejected("generator-syntax", "generate must take (params, rng)")
    return source


def _json_object(reply: str) -> dict[str, Any]:
    text = reply.strip()
    fenced = re.search(r"```(?:json)?\s*\n(.*?)```", text, re.S)
    if fenced:
        text = fenced.group(1)
    start, end = text.find("{"), text.rfind("}")
    if start < 0 or end <= start:
        raise Rejected("meta-json", "the answer holds no JSON object")
    try:
        data = json.loads(text[start : end + 1])
    except (json.JSONDecodeError, RecursionError) as e:
        raise Rejected("meta-json", f"the JSON does not parse: {str(e)[:200]}") from None
    if not isinstance(data, dict):
        raise Rejected("meta-json", "the answer must be one JSON object")
    return data
