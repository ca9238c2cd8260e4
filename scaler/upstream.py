"""Import the environment pools released with SCALER (``SCALER-*.json``) into scaler's format.

Each upstream entry keeps its scale parameters, its level table (``value_k = int(d_L * base_k +
min_k)``), its generator (``generate_testcase(json_obj)`` over module-level ``random``) and all of
its reference solutions (language 2 = C++17, 3 = Python 3). Every converted environment is then run
in the sandbox at its lowest and highest level; the report says, per environment, whether it works
and why not. Nothing is dropped silently.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Sequence

from scaler.environment import EnvRecordError, Environment, Provenance, ScaleParam, Solution

UPSTREAM_URL = "https://github.com/ALEX-nlp/SCALER"
UPSTREAM_LICENSE = "CC-BY-4.0 (problems: deepmind/code_contests); Apache-2.0 (environments: ALEX-nlp/SCALER)"
_LANGUAGES = {2: "cpp", 3: "python"}


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


def convert_entry(name: str, entry: dict[str, Any]) -> tuple[Environment, list[str]]:
    """One upstream entry -> (environment, notes). Raises :class:`EnvRecordError` naming the bad field."""
    env_id = slugify(name)
    notes: list[str] = []

    def need(key: str) -> Any:
        if key not in entry:
            raise EnvRecordError(key, "missing in upstream entry", env_id)
        return entry[key]

    params = {k: v for k, v in need("params").items() if k != "difficulty"}
    scale = {}
    for pname, p in params.items():
        if not isinstance(p, dict) or not {"min", "max"} <= set(p):
            raise EnvRecordError("params", f"{pname!r} needs min and max, got {p!r}", env_id)
        scale[pname] = ScaleParam(int(p["min"]), int(p["max"]), float(p.get("base", 1.0)))
    table = need("difficulty_dict")
    levels = []
    for key in sorted(table, key=int):
        level = {}
        for pname, p in scale.items():
            value = int(table[key] * p.base + p.min)
            if value > p.max:
                notes.append(f"level {key}: {pname}={value} clipped to max {p.max}")
                value = p.max
            level[pname] = value
        levels.append(level)
    sols = need("solutions")
    solutions = []
    for source, lang in zip(sols.get("solution", []), sols.get("language", [])):
        if lang not in _LANGUAGES:
            notes.append(f"skipped a solution in unsupported language code {lang}")
            continue
        solutions.append(Solution(_LANGUAGES[lang], source))
    solutions.sort(key=lambda sol: sol.language != "python")  # Python runs in-process: prefer it
    platform = _platform(name)
    env = Environment(
        id=env_id,
        title=name,
        statement=need("logic_description"),
        output_instruction=need("instruction"),
        output_type=need("output_type"),
        scale_params=scale,
        levels=levels,
        generator=need("generate_testcase"),
        generator_entry="generate_testcase",
        solutions=solutions,
        provenance=Provenance(source=f"codecontests/{platform}", url=UPSTREAM_URL, license=UPSTREAM_LICENSE),
        tags=[platform, "scaler-upstream"],
        trusted=True,  # the user asked to import (and so run) this pool
    )
    return env, notes


def read_pool(path: str | Path) -> dict[str, dict[str, Any]]:
    """Read a ``SCALER-*.json`` pool (a mapping name -> entry)."""
    try:
        pool = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise ValueError(f"cannot read SCALER pool {path}: {e}") from None
    if not isinstance(pool, dict) or not all(isinstance(v, dict) for v in pool.values()):
        raise ValueError(f"{path} is not a SCALER pool (expected a JSON object mapping names to environments)")
    return pool


def import_pool(
    pool: dict[str, dict[str, Any]],
    engine: Any | None = None,
    seeds: Sequence[int] = (0, 1),
    progress: bool = False,
) -> list[ImportResult]:
    """Convert every entry and check it runs at its lowest and highest level with ``seeds``.

    When the preferred (first) solution fails, the others are tried (the other language first, up
    to :data:`MAX_FALLBACKS`); one that passes every check becomes the ground-truth solution.
    """
    from scaler.engine import default_engine

    engine = engine or default_engine()
    results: list[ImportResult] = []
    for name, entry in pool.items():
        try:
            env, notes = convert_entry(name, entry)
        except (EnvRecordError, TypeError, ValueError, AttributeError) as e:
            results.append(ImportResult(name, None, False, f"record: {e}"))
            continue
        results.append(ImportResult(name, env, True, notes=notes))
    _check_unique_ids(results)
    candidates = [r for r in results if r.ok]
    failures = _first_errors(engine, [r.env for r in candidates], seeds, progress)
    for r in candidates:
        error = failures.get(r.env.id)
        if error is None:
            continue
        if error.stage in ("solution", "compile"):
            for alternative in _alternatives(r.env):
                if not _first_errors(engine, [alternative], seeds, False):
                    r.notes.append(f"first solution failed ({error.stage}: {error.reason}); using a {alternative.solution().language} solution")
                    r.env = alternative
                    break
            else:
                r.ok, r.reason = False, f"level {error.level}: {error.stage}: {error.reason}"
        else:
            r.ok, r.reason = False, f"level {error.level}: {error.stage}: {error.reason}"
    return results


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


def _check_unique_ids(results: list[ImportResult]) -> None:
    seen: dict[str, int] = {}
    for r in results:
        if r.env is None:
            continue
        n = seen.get(r.env.id, 0)
        seen[r.env.id] = n + 1
        if n:
            r.env = replace(r.env, id=f"{r.env.id}-{n + 1}")
            r.notes.append(f"id clash, renamed to {r.env.id}")
