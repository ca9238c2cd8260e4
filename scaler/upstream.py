"""Import the environment pools released with SCALER (``SCALER-*.json``) into scaler's format.

Each upstream entry keeps its scale parameters, its level table (``value_k = int(d_L * base_k +
min_k)``), its generator (``generate_testcase(json_obj)`` over module-level ``random``) and all of
its reference solutions (language 2 = C++17, 3 = Python 3). Every converted environment is then run
in the sandbox at its lowest and highest level; the report says, per environment, whether it works
and why not. Nothing is dropped silently.

Pool files are untrusted input: any malformed file or entry (wrong JSON types, missing keys, huge or
non-finite numbers, deep nesting, empty or gapped level tables) is one :class:`PoolFormatError`
naming the entry and the field, and two names that give the same environment id are refused before
anything runs. Text from the pool or from failing code is made printable before it is reported.
"""

from __future__ import annotations

import json
import math
import re
import reprlib
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterator, Sequence

from scaler.environment import OUTPUT_TYPES, Environment, Provenance, ScaleParam, Solution
from scaler.errors import EnvRecordError
from scaler.safe_text import printable

UPSTREAM_URL = "https://github.com/ALEX-nlp/SCALER"
UPSTREAM_LICENSE = "CC-BY-4.0 (problems: deepmind/code_contests); Apache-2.0 (environments: ALEX-nlp/SCALER)"
_LANGUAGES = {2: "cpp", 3: "python"}
_MAX_PARAM = 2**62  # scale parameter bounds (and level offsets) beyond this are not sizes
_MAX_REASON = 500  # characters of a failure reason kept in a result (compiler output can be huge)
_REQUIRED = ("params", "difficulty_dict", "solutions", "logic_description", "instruction", "output_type", "generate_testcase")


class PoolFormatError(EnvRecordError):
    """A malformed ``SCALER-*.json`` pool or entry; the message names the entry (by its upstream name) and the field."""

    def __init__(self, field_name: str, message: str, source_name: str | None = None):
        super().__init__(field_name, message, _short(source_name) if source_name is not None else None)


@dataclass
class ImportResult:
    """The outcome for one upstream entry."""

    name: str
    env: Environment | None
    ok: bool
    reason: str = ""
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "id": self.env.id if self.env else None, "ok": self.ok, "reason": self.reason, "notes": self.notes}


def slugify(name: str) -> str:
    """``"686_A. Free Ice Cream"`` -> ``"686-a-free-ice-cream"``."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return slug[:120] or "env"


def _platform(name: str) -> str:
    if re.match(r"^\d+_[A-Z]\d?\.", name):
        return "codeforces"
    if re.match(r"^p\d{5} ", name):
        return "atcoder" if re.search(r"AtCoder|CODE FESTIVAL|diverta|Code Festival", name) else "aizu"
    return "codecontests"


def _short(value: Any) -> str:
    """A bounded, printable description of an untrusted value (depth and length limited)."""
    return printable(value if isinstance(value, str) else reprlib.repr(value), 120, multiline=False)


@contextmanager
def _reading(name: str, field_name: str) -> Iterator[None]:
    """Turn any failure while reading ``field_name`` of entry ``name`` into a :class:`PoolFormatError`."""
    try:
        yield
    except EnvRecordError:
        raise
    except (TypeError, ValueError, KeyError, IndexError, AttributeError, ArithmeticError, RecursionError) as e:
        raise PoolFormatError(field_name, f"malformed ({type(e).__name__}: {_short(str(e))})", name) from None


def _integer(value: Any, what: str, name: str, field_name: str) -> int:
    if type(value) is not int or abs(value) > _MAX_PARAM:
        raise PoolFormatError(field_name, f"{what} must be an integer of magnitude at most 2**62, got {_short(value)}", name)
    return value


def _finite(value: Any, what: str, name: str, field_name: str) -> float:
    if type(value) not in (int, float) or not (abs(value) <= _MAX_PARAM and math.isfinite(value)):
        raise PoolFormatError(field_name, f"{what} must be a finite number of magnitude at most 2**62, got {_short(value)}", name)
    return float(value)


def _scale_params(name: str, params: Any) -> dict[str, ScaleParam]:
    if not isinstance(params, dict):
        raise PoolFormatError("params", f"must be an object, got {type(params).__name__}", name)
    scale = {}
    for pname, p in params.items():
        if pname == "difficulty":  # upstream controller settings, not a size
            continue
        if not isinstance(pname, str) or not 0 < len(pname) <= 64 or not pname.isprintable():
            raise PoolFormatError("params", f"parameter names must be printable strings of 1-64 characters, got {_short(pname)}", name)
        if not isinstance(p, dict) or not {"min", "max"} <= set(p):
            raise PoolFormatError("params", f"{_short(pname)} needs min and max, got {_short(p)}", name)
        low, high = (_integer(p[k], f"{_short(pname)}.{k}", name, "params") for k in ("min", "max"))
        base = _finite(p.get("base", 1.0), f"{_short(pname)}.base", name, "params")
        if low > high or base <= 0:
            raise PoolFormatError("params", f"{_short(pname)} needs min <= max and base > 0, got {_short(p)}", name)
        scale[pname] = ScaleParam(low, high, base)
    if not scale:
        raise PoolFormatError("params", "no scale parameter (besides 'difficulty')", name)
    return scale


def _levels(name: str, table: Any, scale: dict[str, ScaleParam], notes: list[str]) -> list[dict[str, int]]:
    """``value_k = int(d_L * base_k + min_k)`` per level, clipped to ``max_k``."""
    if not isinstance(table, dict) or not table:
        raise PoolFormatError("difficulty_dict", f"must be a non-empty object, got {_short(table)}", name)
    keys = [str(i) for i in range(len(table))]
    if set(table) != set(keys):
        raise PoolFormatError("difficulty_dict", f"levels must be numbered 0..{len(table) - 1}, got {_short(sorted(table))}", name)
    levels = []
    for key in keys:
        offset = _finite(table[key], f"level {key}", name, "difficulty_dict")
        if offset < 0:
            raise PoolFormatError("difficulty_dict", f"level {key} has a negative offset {offset}", name)
        level = {}
        for pname, p in scale.items():
            value = int(offset * p.base + p.min)
            if value > p.max:
                notes.append(f"level {key}: {pname}={value} clipped to max {p.max}")
                value = p.max
            level[pname] = value
        levels.append(level)
    return levels


def _solutions(name: str, sols: Any, notes: list[str]) -> list[Solution]:
    if not isinstance(sols, dict):
        raise PoolFormatError("solutions", f"must be an object with 'solution' and 'language' lists, got {type(sols).__name__}", name)
    sources, languages = sols.get("solution"), sols.get("language")
    if not isinstance(sources, list) or not isinstance(languages, list) or len(sources) != len(languages):
        raise PoolFormatError("solutions", "'solution' and 'language' must be lists of the same length", name)
    solutions = []
    for i, (source, lang) in enumerate(zip(sources, languages)):
        if not isinstance(source, str) or type(lang) is not int:
            raise PoolFormatError("solutions", f"solution {i}: needs source text and an integer language code", name)
        if lang not in _LANGUAGES:
            notes.append(f"skipped a solution in unsupported language code {lang}")
            continue
        solutions.append(Solution(_LANGUAGES[lang], source))
    if not solutions:
        raise PoolFormatError("solutions", "no solution in a supported language (2 = C++17, 3 = Python 3)", name)
    solutions.sort(key=lambda sol: sol.language != "python")  # Python runs in-process: prefer it
    return solutions


def convert_entry(name: str, entry: Any) -> tuple[Environment, list[str]]:
    """One upstream entry -> (environment, notes). Raises :class:`PoolFormatError` naming the bad field."""
    if not isinstance(name, str) or not name.strip():
        raise PoolFormatError("name", f"must be a non-empty string, got {_short(name)}")
    if not isinstance(entry, dict):
        raise PoolFormatError("entry", f"must be an object, got {type(entry).__name__}", name)
    for key in _REQUIRED:
        if key not in entry:
            raise PoolFormatError(key, "missing in upstream entry", name)
    for key in ("logic_description", "instruction", "output_type", "generate_testcase"):
        if not isinstance(entry[key], str) or not entry[key].strip():
            raise PoolFormatError(key, f"must be a non-empty string, got {_short(entry[key])}", name)
    if entry["output_type"] not in OUTPUT_TYPES:
        raise PoolFormatError("output_type", f"must be one of {OUTPUT_TYPES}, got {_short(entry['output_type'])}", name)
    notes: list[str] = []
    with _reading(name, "params"):
        scale = _scale_params(name, entry["params"])
    with _reading(name, "difficulty_dict"):
        levels = _levels(name, entry["difficulty_dict"], scale, notes)
    with _reading(name, "solutions"):
        solutions = _solutions(name, entry["solutions"], notes)
    platform = _platform(name)
    env = Environment(
        id=slugify(name),
        title=name,
        statement=entry["logic_description"],
        output_instruction=entry["instruction"],
        output_type=entry["output_type"],
        scale_params=scale,
        levels=levels,
        generator=entry["generate_testcase"],
        generator_entry="generate_testcase",
        solutions=solutions,
        provenance=Provenance(source=f"codecontests/{platform}", url=UPSTREAM_URL, license=UPSTREAM_LICENSE),
        tags=[platform, "scaler-upstream"],
        trusted=True,  # the user asked to import (and so run) this pool
    )
    return env, notes


def _reject_constant(constant: str) -> Any:
    raise ValueError(f"{constant} is not a JSON number")


def read_pool(path: str | Path) -> dict[str, dict[str, Any]]:
    """Read a ``SCALER-*.json`` pool (a mapping name -> entry) and check that names give distinct ids.

    Raises :class:`PoolFormatError` for unreadable or malformed JSON (NaN and Infinity included), a
    top level that is not an object of objects, or two names that slugify to the same id; entries
    are checked field by field when converted (:func:`convert_entry`).
    """
    try:
        pool = json.loads(Path(path).read_text(encoding="utf-8"), parse_constant=_reject_constant,
                          parse_int=_bounded_int)
    except OSError as e:
        raise PoolFormatError("file", f"cannot read SCALER pool {path}: {e.strerror or e}") from None
    except (ValueError, RecursionError) as e:  # bad JSON or UTF-8, NaN, a huge int, deep nesting
        raise PoolFormatError("file", f"{path} is not valid JSON: {_short(str(e) or type(e).__name__)}") from None
    if not isinstance(pool, dict) or not pool:
        raise PoolFormatError("file", f"{path} is not a SCALER pool (expected a non-empty JSON object mapping names to environments)")
    for name, entry in pool.items():
        if not isinstance(entry, dict):
            raise PoolFormatError("entry", f"must be an object, got {type(entry).__name__}", name)
    check_unique_ids(pool)
    return pool


def _bounded_int(text: str) -> int:
    """JSON integers of at most 40 digits: never rely on ``sys.get_int_max_str_digits``, which other
    libraries change for the whole process."""
    if len(text.lstrip("-")) > 40:
        raise ValueError(f"an integer of {len(text)} digits")
    return int(text)


def check_unique_ids(pool: dict[str, Any]) -> None:
    """Raise :class:`PoolFormatError` naming both entries when two names give the same environment id."""
    seen: dict[str, str] = {}
    for name in pool:
        if not isinstance(name, str):
            raise PoolFormatError("name", f"must be a string, got {_short(name)}")
        env_id = slugify(name)
        if env_id in seen:
            raise PoolFormatError(
                "name", f"{_short(seen[env_id])!r} and {_short(name)!r} both become environment id {env_id!r}; rename one", name
            )
        seen[env_id] = name


def import_pool(
    pool: dict[str, dict[str, Any]],
    engine: Any | None = None,
    seeds: Sequence[int] = (0, 1),
    progress: bool = False,
) -> list[ImportResult]:
    """Convert every entry and check it runs at its lowest and highest level with ``seeds``.

    When the preferred (first) solution fails, the others are tried (the other language first, up
    to :data:`MAX_FALLBACKS`); one that passes every check becomes the ground-truth solution.
    Two names that give the same id raise :class:`PoolFormatError` before anything runs; a
    malformed entry is reported (``record: ...``), not raised. Reasons are printable and clipped.
    """
    from scaler.engine import default_engine

    check_unique_ids(pool)
    engine = engine or default_engine()
    results: list[ImportResult] = []
    for name, entry in pool.items():
        try:
            env, notes = convert_entry(name, entry)
        except EnvRecordError as e:
            results.append(ImportResult(name, None, False, _reason(f"record: {e}")))
            continue
        results.append(ImportResult(name, env, True, notes=notes))
    candidates = [r for r in results if r.ok]
    failures = _first_errors(engine, [r.env for r in candidates], seeds, progress)
    for r in candidates:
        error = failures.get(r.env.id)
        if error is None:
            continue
        if error.stage in ("solution", "compile"):
            for alternative in _alternatives(r.env):
                if not _first_errors(engine, [alternative], seeds, False):
                    failed = _reason(f"{error.stage}: {error.reason}")
                    r.notes.append(f"first solution failed ({failed}); using a {alternative.solution().language} solution")
                    r.env = alternative
                    break
            else:
                r.ok, r.reason = False, _reason(f"level {error.level}: {error.stage}: {error.reason}")
        else:
            r.ok, r.reason = False, _reason(f"level {error.level}: {error.stage}: {error.reason}")
    return results


def _reason(text: str) -> str:
    """One printable, clipped line: reasons carry compiler and program output."""
    return printable(" ".join(text.split()), _MAX_REASON, multiline=False)


MAX_FALLBACKS = 3


def _alternatives(env: Environment) -> list[Environment]:
    """``env`` with each other solution moved first: the other language first, at most MAX_FALLBACKS."""
    first = env.solutions[0]
    rest = list(env.solutions[1:])
    order = sorted(range(len(rest)), key=lambda i: rest[i].language == first.language)[:MAX_FALLBACKS]
    return [replace(env, solutions=[rest[i], *rest[:i], *rest[i + 1 :], first]) for i in order]


def _first_errors(engine: Any, envs: Sequence[Environment], seeds: Sequence[int], progress: bool) -> dict[str, Any]:
    """The first instance error of each environment at its lowest and highest level."""
    from scaler.engine import InstanceError

    requests = [(env, lv, s) for env in envs for lv in sorted({0, env.max_level}) for s in seeds]
    errors: dict[str, Any] = {}
    for (env, _, _), outcome in zip(requests, _run_in_chunks(engine, requests, progress)):
        if isinstance(outcome, InstanceError):
            errors.setdefault(env.id, outcome)
    return errors


def _run_in_chunks(engine: Any, requests: list, progress: bool) -> list:
    from tqdm.auto import tqdm

    out = []
    bar = tqdm(total=len(requests), desc="checking environments", unit="inst", disable=not progress)
    for start in range(0, len(requests), 32):
        chunk = requests[start : start + 32]
        out.extend(engine.instances(chunk, on_error="return"))
        bar.update(len(chunk))
    bar.close()
    return out

