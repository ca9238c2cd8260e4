"""One environment as a folder of real source files, the layout of the built-in pool.

```
<family>/<env-id>/
    meta.yaml       id, title, output_type, output_instruction, scale_params, levels, tags,
                    provenance, held_out, solutions (file names in order of preference)
    statement.md    the problem statement the policy sees
    generator.py    defines generate(params, rng) -> stdin text, or (stdin text, display dict)
    solution.py     a stdin -> stdout reference solution (Python 3)
    solution.cpp    a stdin -> stdout reference solution (C++17)
```

The family is the name of the parent folder. ``levels`` is a list with one mapping per level
(``- {n: 5, m: 3}``), easiest first. See ``docs/pool.md`` (adding an environment, and checking it).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from scaler.environment import Environment, Provenance, ScaleParam, Solution
from scaler.errors import EnvRecordError

META = "meta.yaml"
STATEMENT = "statement.md"
GENERATOR = "generator.py"
SOLUTION_FILES = {"solution.py": "python", "solution.cpp": "cpp"}
_META_KEYS = {"id", "title", "output_type", "output_instruction", "scale_params", "levels", "tags", "provenance",
              "held_out", "solutions", "generator_entry"}
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_env_folder(folder: str | Path) -> Environment:
    """The environment stored in ``folder``; raises :class:`EnvRecordError` naming the file and field."""
    folder = Path(folder)
    where = f"{folder.parent.name}/{folder.name}"

    def bad(field_name: str, message: str) -> EnvRecordError:
        return EnvRecordError(field_name, f"{message} (in {where})", folder.name)

    try:
        meta = yaml.load((folder / META).read_text(encoding="utf-8"), Loader=_Loader)
    except FileNotFoundError:
        raise bad(META, "missing") from None
    except yaml.YAMLError as e:
        raise bad(META, f"not valid YAML: {str(e).splitlines()[0]}") from None
    if not isinstance(meta, dict):
        raise bad(META, "must be a mapping")
    unknown = set(meta) - _META_KEYS
    if unknown:
        raise bad(META, f"unknown keys {sorted(unknown)}")
    params = meta.get("scale_params")
    if not isinstance(params, dict) or not all(isinstance(p, dict) for p in params.values()):
        raise bad("scale_params", "must map each parameter name to {min, max}")
    provenance = meta.get("provenance") or {}
    if not isinstance(provenance, dict):
        raise bad("provenance", "must be a mapping of source, url, license")
    names = meta.get("solutions") or [name for name in SOLUTION_FILES if (folder / name).is_file()]
    if not isinstance(names, list) or any(name not in SOLUTION_FILES for name in names):
        raise bad("solutions", f"must list files among {sorted(SOLUTION_FILES)}")
    try:
        solutions = [Solution(SOLUTION_FILES[name], _read(folder / name)) for name in names]
        return Environment(
            id=meta.get("id"),
            title=meta.get("title", ""),
            statement=_read(folder / STATEMENT),
            output_instruction=meta.get("output_instruction", ""),
            output_type=meta.get("output_type"),
            scale_params={n: ScaleParam(p.get("min"), p.get("max"), p.get("base", 1.0)) for n, p in params.items()},
            levels=meta.get("levels") or [],
            generator=_read(folder / GENERATOR),
            generator_entry=meta.get("generator_entry", "generate"),
            solutions=solutions,
            provenance=Provenance(str(provenance.get("source", "")), str(provenance.get("url", "")),
                                  str(provenance.get("license", ""))),
            tags=meta.get("tags") or [],
            family=folder.parent.name,
            held_out=meta.get("held_out", False),
            trusted=True,
        )
    except FileNotFoundError as e:
        raise bad(Path(e.filename).name, "missing") from None
    except EnvRecordError as e:
        raise bad(e.field, str(e)) from None
    except (TypeError, AttributeError) as e:
        raise bad(META, f"malformed: {e}") from None


def write_env_folder(env: Environment, root: str | Path) -> Path:
    """Write ``env`` as ``root/<family>/<id>/`` (the inverse of :func:`read_env_folder`)."""
    folder = Path(root) / env.family_name / env.id
    folder.mkdir(parents=True, exist_ok=True)
    files = {"python": "solution.py", "cpp": "solution.cpp"}
    if len({s.language for s in env.solutions}) != len(env.solutions):
        raise EnvRecordError("solutions", "the folder layout holds one solution per language", env.id)
    meta: dict[str, Any] = {
        "id": env.id,
        "title": env.title,
        "output_type": env.output_type,
        "output_instruction": env.output_instruction,
        "scale_params": {n: {"min": p.min, "max": p.max, **({"base": p.base} if p.base != 1.0 else {})}
                         for n, p in env.scale_params.items()},
        "levels": [dict(level) for level in env.levels],
        "tags": list(env.tags),
        "provenance": {"source": env.provenance.source, "url": env.provenance.url, "license": env.provenance.license},
        "held_out": env.held_out,
        "solutions": [files[s.language] for s in env.solutions],
    }
    if env.generator_entry != "generate":
        meta["generator_entry"] = env.generator_entry
    text = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=110, default_flow_style=None)
    (folder / META).write_text(text, encoding="utf-8")
    (folder / STATEMENT).write_text(env.statement, encoding="utf-8")
    (folder / GENERATOR).write_text(env.generator, encoding="utf-8")
    for solution in env.solutions:
        (folder / files[solution.language]).write_text(solution.source, encoding="utf-8")
    return folder


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")
