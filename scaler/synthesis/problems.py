"""Programming problems, the input of synthesis: a statement, reference solutions, optional tests.

:func:`read_problems` streams :class:`Problem` records from JSONL or Parquet files, a dataset folder,
or a Hub dataset id (``datasets.load_dataset(..., streaming=True)``), in one of three schemas,
detected per row:

``codecontests``  deepmind/code_contests: ``name``, ``description``, ``solutions: {language: [...],
                  solution: [...]}`` (1 Python 2, 2 C++, 3 Python 3, 4 Java), ``public_tests`` /
                  ``private_tests`` / ``generated_tests``: ``{input: [...], output: [...]}``.
``scaler``        an entry of a released ``SCALER-*.json`` pool (``raw_description``, ``solutions``
                  with language 2/3); a whole pool file is read as its entries.
``generic``       ``id``, ``statement``, ``solutions: [{language: "python"|"cpp", source}]``,
                  optional ``title``, ``tests: [{input, output}]``, ``source``, ``url``, ``license``.

A malformed row raises :class:`ProblemFormatError` naming the row and the field.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

from scaler.environment import Solution
from scaler.errors import ScalerError

SCHEMAS = ("codecontests", "scaler", "generic")
_CODECONTESTS_LANGUAGES = {2: "cpp", 3: "python"}  # Python 2 (1) and Java (4) cannot run here
_MAX_TESTS = 20


class ProblemFormatError(ScalerError, ValueError):
    """A malformed problem row; the message names the row and the field."""


@dataclass(frozen=True)
class Test:
    input: str
    output: str


@dataclass(frozen=True)
class Problem:
    """One programming problem: what synthesis turns into an environment."""

    id: str
    title: str
    statement: str
    solutions: tuple[Solution, ...]
    tests: tuple[Test, ...] = ()
    source: str = ""
    url: str = ""
    license: str = ""
    schema: str = "generic"
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)
    """Schema-specific fields kept for the prompts (e.g. an upstream record's output section)."""

    @property
    def statement_hash(self) -> str:
        """A hash of the statement with whitespace and case folded: duplicates share it."""
        return hashlib.sha256(" ".join(self.statement.lower().split()).encode()).hexdigest()[:16]


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:100] or "problem"


def read_problems(source: str | os.PathLike, *, name: str | None = None, split: str = "train",
                  limit: int | None = None) -> Iterator[Problem]:
    """Problems from a ``.jsonl``/``.json``/``.parquet`` file, a dataset folder or a Hub dataset id, in order."""
    rows = _rows(str(source), name, split)
    seen: set[str] = set()
    for index, row in enumerate(rows):
        if limit is not None and index >= limit:
            return
        problem = parse_problem(row, where=f"row {index} of {source}")
        if problem.id in seen:
            raise ProblemFormatError(f"row {index} of {source}: duplicate problem id {problem.id!r}")
        seen.add(problem.id)
        yield problem


def parse_problem(row: Any, where: str = "row") -> Problem:
    """One row in any of :data:`SCHEMAS` as a :class:`Problem`."""
    if not isinstance(row, Mapping):
        raise ProblemFormatError(f"{where}: expected an object, got {type(row).__name__}")
    schema = detect_schema(row)
    try:
        return {"codecontests": _codecontests, "scaler": _scaler, "generic": _generic}[schema](row)
    except ProblemFormatError as e:
        raise ProblemFormatError(f"{where} ({schema} schema): {e}") from None
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as e:
        raise ProblemFormatError(f"{where} ({schema} schema): malformed ({type(e).__name__}: {str(e)[:200]})") from None


def detect_schema(row: Mapping[str, Any]) -> str:
    if "description" in row and isinstance(row.get("solutions"), Mapping):
        return "codecontests"
    if "raw_description" in row or "logic_description" in row:
        return "scaler"
    if "statement" in row:
        return "generic"
    raise ProblemFormatError(f"unknown schema: expected one of {SCHEMAS} (keys: {sorted(map(str, row))[:12]})")


def _need_str(row: Mapping[str, Any], key: str) -> str:
    value = row.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ProblemFormatError(f"field {key!r} must be a non-empty string")
    return value


def _codecontests(row: Mapping[str, Any]) -> Problem:
    name = _need_str(row, "name")
    solutions_field = row["solutions"]
    languages, sources = solutions_field.get("language") or [], solutions_field.get("solution") or []
    solutions = tuple(Solution(_CODECONTESTS_LANGUAGES[int(lang)], src) for lang, src in zip(languages, sources)
                      if int(lang) in _CODECONTESTS_LANGUAGES and isinstance(src, str) and src.strip())
    tests = []
    for key in ("public_tests", "private_tests", "generated_tests"):
        block = row.get(key) or {}
        tests += [Test(i, o) for i, o in zip(block.get("input") or [], block.get("output") or [])]
    return Problem(id=slug(name), title=name, statement=_need_str(row, "description"), solutions=solutions,
                   tests=tuple(tests[:_MAX_TESTS]), source=f"deepmind/code_contests: {name}",
                   license="CC-BY-4.0", schema="codecontests")


def _scaler(row: Mapping[str, Any]) -> Problem:
    name = _need_str(row, "name")
    block = row.get("solutions") or {}
    solutions = tuple(Solution({2: "cpp", 3: "python"}[int(lang)], src)
                      for lang, src in zip(block.get("language") or [], block.get("solution") or [])
                      if int(lang) in (2, 3) and isinstance(src, str) and src.strip())
    statement = row.get("raw_description") or _need_str(row, "logic_description")
    return Problem(id=slug(name), title=name, statement=statement, solutions=solutions,
                   source=f"SCALER (deepmind/code_contests): {name}", license="CC-BY-4.0", schema="scaler",
                   extra={k: row[k] for k in ("instruction", "output_type") if isinstance(row.get(k), str)})


def _generic(row: Mapping[str, Any]) -> Problem:
    problem_id = _need_str(row, "id")
    solutions = []
    for i, s in enumerate(row.get("solutions") or []):
        if not isinstance(s, Mapping) or s.get("language") not in ("python", "cpp") or not isinstance(s.get("source"), str):
            raise ProblemFormatError(f"solutions[{i}] needs language 'python' or 'cpp' and a source string")
        solutions.append(Solution(s["language"], s["source"]))
    tests = []
    for i, t in enumerate(row.get("tests") or []):
        if not isinstance(t, Mapping) or not isinstance(t.get("input"), str) or not isinstance(t.get("output"), str):
            raise ProblemFormatError(f"tests[{i}] needs input and output strings")
        tests.append(Test(t["input"], t["output"]))
    return Problem(id=slug(problem_id), title=str(row.get("title") or problem_id), statement=_need_str(row, "statement"),
                   solutions=tuple(solutions), tests=tuple(tests[:_MAX_TESTS]), source=str(row.get("source") or ""),
                   url=str(row.get("url") or ""), license=str(row.get("license") or ""), schema="generic")


def _rows(source: str, name: str | None, split: str) -> Iterable[Any]:
    path = Path(source)
    if path.is_file():
        if path.suffix == ".parquet":
            import pyarrow.parquet as pq

            return (row for batch in pq.ParquetFile(path).iter_batches(batch_size=256) for row in batch.to_pylist())
        if path.suffix == ".json":
            data = _load_json(path)
            if isinstance(data, Mapping):  # a SCALER-*.json pool: name -> entry
                return ({"name": key, **entry} if isinstance(entry, Mapping) else entry for key, entry in data.items())
            if isinstance(data, list):
                return iter(data)
            raise ProblemFormatError(f"{path}: expected a JSON list of problems or a SCALER pool object")
        return _jsonl(path)
    if path.exists() and not path.is_dir():
        raise ProblemFormatError(f"{path}: expected a .jsonl, .json or .parquet file")
    from datasets import load_dataset

    return load_dataset(source, name, split=split, streaming=True)


def _load_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as e:
        raise ProblemFormatError(f"{path}: not valid JSON ({type(e).__name__}: {str(e)[:200]})") from None


def _jsonl(path: Path) -> Iterator[Any]:
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except (json.JSONDecodeError, RecursionError) as e:
                    raise ProblemFormatError(f"{path}:{number}: not valid JSON ({str(e)[:200]})") from None
