"""The environment record: one programming problem turned into a difficulty-scalable task family.

An :class:`Environment` is pure data (statement, generator source, reference solutions, scale
parameters, level table). It round-trips losslessly through a flat dataset row
(:meth:`Environment.to_row` / :meth:`Environment.from_row`); loading a row validates every field and
names the bad one in :class:`EnvRecordError`. Running an environment (making instances) lives in
:mod:`scaler.engine`; the code it carries is untrusted and only ever runs in :mod:`scaler.sandbox`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any, Literal, Mapping, Sequence

from scaler.errors import EnvRecordError
from scaler.sandbox.task import LANGUAGES

OutputType = Literal["number", "array", "string"]
Language = Literal["python", "cpp"]

OUTPUT_TYPES: tuple[str, ...] = ("number", "array", "string")
SCHEMA_VERSION = 1
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_.\-]{0,127}$")
_IDENT_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@dataclass(frozen=True)
class ScaleParam:
    """An integer size that bounds the work of an instance (n, m, q, a length, a grid side)."""

    min: int
    max: int
    base: float = 1.0


@dataclass(frozen=True)
class Solution:
    """A reference solution: a full stdin -> stdout program."""

    language: Language
    source: str


@dataclass(frozen=True)
class Provenance:
    """Where the problem came from and under which license it may be used."""

    source: str = ""
    url: str = ""
    license: str = ""


@dataclass(frozen=True)
class Environment:
    """A programming problem as a task family over explicit scale parameters and difficulty levels.

    ``levels[L]`` maps every scale parameter to its value at level ``L`` (level 0 is the easiest).
    ``generator`` is Python source defining ``generator_entry``; it is called as ``f(params, rng)``
    (or ``f(params)`` when it takes one argument, as upstream SCALER generators do, with the
    module-level ``random`` seeded beforehand) and returns the stdin text, or ``(stdin, display)``
    where ``display`` is a JSON-serialisable view of the same input.
    """

    id: str
    title: str
    statement: str
    output_instruction: str
    output_type: OutputType
    scale_params: Mapping[str, ScaleParam]
    levels: Sequence[Mapping[str, int]]
    generator: str
    solutions: Sequence[Solution]
    """Reference solutions, in order of preference: the first one computes the ground truth."""
    generator_entry: str = "generate"
    provenance: Provenance = field(default_factory=Provenance)
    tags: Sequence[str] = ()
    family: str = ""
    """The problem family (e.g. ``graphs``), used by curation to spread the active set; when empty,
    :attr:`family_name` falls back to the first tag, then the provenance source."""
    held_out: bool = False
    """Reserved for evaluation: training never samples a held-out environment."""
    trusted: bool = field(default=False, compare=False, repr=False)
    """Whether the user opted in to running this environment's code (in the sandbox). Built-in
    environments are trusted; ones loaded from a folder or the Hub need ``trust_remote_code=True``.
    Not part of the row: trust is a property of where a record came from, not of the record."""

    def __post_init__(self) -> None:
        # Freeze containers so an Environment is hashable-by-value in spirit and safe to share.
        object.__setattr__(self, "scale_params", dict(self.scale_params))
        object.__setattr__(self, "levels", tuple(dict(level) for level in self.levels))
        object.__setattr__(self, "solutions", tuple(self.solutions))
        object.__setattr__(self, "tags", tuple(self.tags))
        self.validate()

    # ------------------------------------------------------------------ validation
    def validate(self) -> None:
        """Raise :class:`EnvRecordError` naming the first bad field."""

        def bad(name: str, message: str) -> EnvRecordError:
            return EnvRecordError(name, message, self.id if isinstance(self.id, str) else None)

        if not isinstance(self.id, str) or not _ID_RE.match(self.id):
            raise bad("id", f"must match {_ID_RE.pattern} (lowercase slug), got {self.id!r}")
        for name in ("title", "statement", "output_instruction", "generator"):
            value = getattr(self, name)
            if not isinstance(value, str):
                raise bad(name, f"must be a string, got {type(value).__name__}")
        for name in ("statement", "output_instruction", "generator"):
            if not getattr(self, name).strip():
                raise bad(name, "must not be empty")
        if self.output_type not in OUTPUT_TYPES:
            raise bad("output_type", f"must be one of {OUTPUT_TYPES}, got {self.output_type!r}")
        if not isinstance(self.generator_entry, str) or not _IDENT_RE.match(self.generator_entry):
            raise bad("generator_entry", f"must be a Python identifier, got {self.generator_entry!r}")
        if not self.scale_params:
            raise bad("scale_params", "at least one scale parameter is required")
        for pname, p in self.scale_params.items():
            if not isinstance(pname, str) or not pname:
                raise bad("scale_params", f"parameter names must be non-empty strings, got {pname!r}")
            if not isinstance(p, ScaleParam):
                raise bad("scale_params", f"{pname!r} must be a ScaleParam, got {type(p).__name__}")
            if not (_is_int(p.min) and _is_int(p.max)) or p.min > p.max:
                raise bad("scale_params", f"{pname!r} needs integers min <= max, got min={p.min!r} max={p.max!r}")
            if not isinstance(p.base, (int, float)) or not p.base > 0:
                raise bad("scale_params", f"{pname!r} base must be a positive number, got {p.base!r}")
        if not self.levels:
            raise bad("levels", "at least one level is required")
        names = set(self.scale_params)
        for i, level in enumerate(self.levels):
            if set(level) != names:
                raise bad("levels", f"level {i} sets {sorted(level)}, expected exactly {sorted(names)}")
            for pname, value in level.items():
                p = self.scale_params[pname]
                if not _is_int(value) or not p.min <= value <= p.max:
                    raise bad("levels", f"level {i}: {pname}={value!r} outside [{p.min}, {p.max}]")
        if not self.solutions:
            raise bad("solutions", "at least one reference solution is required")
        for i, sol in enumerate(self.solutions):
            if not isinstance(sol, Solution):
                raise bad("solutions", f"solution {i} must be a Solution, got {type(sol).__name__}")
            if sol.language not in LANGUAGES:
                raise bad("solutions", f"solution {i}: language must be one of {LANGUAGES}, got {sol.language!r}")
            if not isinstance(sol.source, str) or not sol.source.strip():
                raise bad("solutions", f"solution {i}: source must be a non-empty string")
        if not isinstance(self.provenance, Provenance):
            raise bad("provenance", f"must be a Provenance, got {type(self.provenance).__name__}")
        if any(not isinstance(t, str) or not t for t in self.tags):
            raise bad("tags", "every tag must be a non-empty string")
        if not isinstance(self.family, str) or (self.family and not _ID_RE.match(self.family)):
            raise bad("family", f"must be a lowercase slug or empty, got {self.family!r}")
        if not isinstance(self.held_out, bool):
            raise bad("held_out", f"must be a bool, got {type(self.held_out).__name__}")

    # ------------------------------------------------------------------ accessors
    @property
    def max_level(self) -> int:
        return len(self.levels) - 1

    @property
    def family_name(self) -> str:
        """The diversity group used by curation: :attr:`family`, else the first tag, else the source."""
        return self.family or (self.tags[0] if self.tags else (self.provenance.source or self.id))

    def params_at(self, level: int) -> dict[str, int]:
        """Scale parameter values at ``level``."""
        if not _is_int(level) or not 0 <= level <= self.max_level:
            raise ValueError(f"environment {self.id!r}: level {level!r} outside [0, {self.max_level}]")
        return dict(self.levels[level])

    def solution(self, language: Language | None = None) -> Solution:
        """The reference solution that defines ground truth: the first listed (of ``language``)."""
        for sol in self.solutions:
            if language is None or sol.language == language:
                return sol
        raise LookupError(f"environment {self.id!r} has no {language} solution")

    # ------------------------------------------------------------------ rows
    def to_row(self) -> dict[str, Any]:
        """A flat dataset row: code as strings, metadata as typed columns (see :data:`ROW_FEATURES`)."""
        names = list(self.scale_params)
        return {
            "id": self.id,
            "title": self.title,
            "statement": self.statement,
            "output_instruction": self.output_instruction,
            "output_type": self.output_type,
            "scale_params": [
                {"name": n, "min": int(p.min), "max": int(p.max), "base": float(p.base)}
                for n, p in self.scale_params.items()
            ],
            "levels": [[int(level[n]) for n in names] for level in self.levels],
            "generator": self.generator,
            "generator_entry": self.generator_entry,
            "solutions": [{"language": s.language, "source": s.source} for s in self.solutions],
            "source": self.provenance.source,
            "source_url": self.provenance.url,
            "license": self.provenance.license,
            "tags": list(self.tags),
            "family": self.family,
            "held_out": self.held_out,
            "num_levels": len(self.levels),
            "schema_version": SCHEMA_VERSION,
        }

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Environment:
        """Parse and validate a row made by :meth:`to_row`; raises :class:`EnvRecordError`."""
        if not isinstance(row, Mapping):
            raise EnvRecordError("<row>", f"expected a mapping, got {type(row).__name__}")
        env_id = row.get("id") if isinstance(row.get("id"), str) else None

        def need(name: str, kind: type | tuple[type, ...]) -> Any:
            if name not in row:
                raise EnvRecordError(name, "missing", env_id)
            value = row[name]
            if not isinstance(value, kind):
                raise EnvRecordError(name, f"expected {_kind_name(kind)}, got {type(value).__name__}", env_id)
            return value

        version = row.get("schema_version", SCHEMA_VERSION)
        if version != SCHEMA_VERSION:
            raise EnvRecordError("schema_version", f"unsupported version {version!r} (this scaler reads {SCHEMA_VERSION})", env_id)
        params_raw = need("scale_params", (list, tuple))
        scale_params: dict[str, ScaleParam] = {}
        for i, p in enumerate(params_raw):
            if not isinstance(p, Mapping) or not {"name", "min", "max"} <= set(p):
                raise EnvRecordError("scale_params", f"entry {i} needs name, min, max; got {p!r}", env_id)
            if p["name"] in scale_params:
                raise EnvRecordError("scale_params", f"duplicate parameter {p['name']!r}", env_id)
            base = p.get("base")
            scale_params[p["name"]] = ScaleParam(p["min"], p["max"], 1.0 if base is None else base)
        names = list(scale_params)
        levels = []
        for i, values in enumerate(need("levels", (list, tuple))):
            if not isinstance(values, (list, tuple)) or len(values) != len(names):
                raise EnvRecordError("levels", f"level {i} must list {len(names)} values ({names}), got {values!r}", env_id)
            levels.append(dict(zip(names, values)))
        solutions = []
        for i, s in enumerate(need("solutions", (list, tuple))):
            if not isinstance(s, Mapping) or not {"language", "source"} <= set(s):
                raise EnvRecordError("solutions", f"entry {i} needs language and source", env_id)
            solutions.append(Solution(s["language"], s["source"]))
        tags = row.get("tags") or []
        if not isinstance(tags, (list, tuple)):
            raise EnvRecordError("tags", f"expected a list, got {type(tags).__name__}", env_id)
        provenance = Provenance(
            source=_opt_str(row, "source", env_id),
            url=_opt_str(row, "source_url", env_id),
            license=_opt_str(row, "license", env_id),
        )
        return cls(
            id=need("id", str),
            title=need("title", str),
            statement=need("statement", str),
            output_instruction=need("output_instruction", str),
            output_type=need("output_type", str),
            scale_params=scale_params,
            levels=levels,
            generator=need("generator", str),
            generator_entry=row.get("generator_entry") or "generate",
            solutions=solutions,
            provenance=provenance,
            tags=tags,
            family=_opt_str(row, "family", env_id),
            held_out=bool(row.get("held_out") or False),
        )

    def to_json(self) -> str:
        return json.dumps(self.to_row(), ensure_ascii=False)


def row_features():
    """The :class:`datasets.Features` of an environment row (typed metadata columns)."""
    from datasets import Features, Sequence as Seq, Value

    return Features(
        {
            "id": Value("string"),
            "title": Value("string"),
            "statement": Value("string"),
            "output_instruction": Value("string"),
            "output_type": Value("string"),
            "scale_params": [
                {"name": Value("string"), "min": Value("int64"), "max": Value("int64"), "base": Value("float64")}
            ],
            "levels": Seq(Seq(Value("int64"))),
            "generator": Value("string"),
            "generator_entry": Value("string"),
            "solutions": [{"language": Value("string"), "source": Value("string")}],
            "source": Value("string"),
            "source_url": Value("string"),
            "license": Value("string"),
            "tags": Seq(Value("string")),
            "family": Value("string"),
            "held_out": Value("bool"),
            "num_levels": Value("int32"),
            "schema_version": Value("int32"),
        }
    )


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _kind_name(kind: type | tuple[type, ...]) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(k.__name__ for k in kinds)


def _opt_str(row: Mapping[str, Any], name: str, env_id: str | None) -> str:
    value = row.get(name) or ""
    if not isinstance(value, str):
        raise EnvRecordError(name, f"expected str, got {type(value).__name__}", env_id)
    return value
