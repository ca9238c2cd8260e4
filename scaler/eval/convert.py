"""Convert the paper's verl-layout benchmark files into the schemas of the benchmarks' Hub datasets.

A verl file has one row per *sample*: ``prompt`` = [system, user] messages,
``reward_model.ground_truth`` and ``extra_info.index`` (the avg@16 benchmarks repeat each problem
16 times). The converter keeps one row per problem, in index order, and writes it as
``<out>/<key>/<split>.parquet`` in the Hub dataset's own columns, so the same tasks read either:

=========  ===================================  ============================================
key        verl file                            Hub schema (split)
=========  ===================================  ============================================
math500    think_MATH-500_*.parquet             problem, answer (test)
amc23      think_amc23_*.parquet                question, answer (test)
aime24     think_aime24_*.parquet               problem, answer (train)
mmlu_pro   MMLU-Pro-Valid.parquet               question, options, answer, answer_index (validation)
bbeh_mini  bbeh_data.parquet                    input, target, task, mini (train)
=========  ===================================  ============================================
"""

from __future__ import annotations

import re
from pathlib import Path
from string import ascii_uppercase
from typing import Any, Callable

from scaler.errors import ConfigError
from scaler.eval.benchmarks import MMLU_PRO_INSTRUCTION
from scaler.eval.protocol import BENCHMARKS
from scaler.verifier import extract_boxed

FILES = {
    "math500": "think_MATH-500_*.parquet",
    "amc23": "think_amc23_*.parquet",
    "aime24": "think_aime24_*.parquet",
    "mmlu_pro": "MMLU-Pro-Valid.parquet",
    "bbeh_mini": "bbeh_data.parquet",
}
_OPTION = re.compile(r"^\(([A-J])\)\. ", re.MULTILINE)


def _user(row: dict[str, Any]) -> str:
    return next(m["content"] for m in row["prompt"] if m["role"] == "user")


def _gold(row: dict[str, Any]) -> str:
    truth = str(row["reward_model"]["ground_truth"])
    boxed = extract_boxed(truth)
    return (boxed if boxed is not None else truth).strip()


def _math(row: dict[str, Any], column: str) -> dict[str, Any]:
    return {column: _user(row), "answer": _gold(row)}


def _mmlu_pro(row: dict[str, Any]) -> dict[str, Any]:
    text = _user(row)
    if not text.startswith(MMLU_PRO_INSTRUCTION + "\n"):
        raise ConfigError(f"an MMLU-Pro prompt does not start with {MMLU_PRO_INSTRUCTION!r}: {text[:80]!r}")
    body = text[len(MMLU_PRO_INSTRUCTION) + 1 :]
    starts = list(_OPTION.finditer(body))
    if not starts or body[: starts[0].start()][-2:] != "\n\n":
        raise ConfigError(f"no '(A). ' options after the question in MMLU-Pro prompt {text[:80]!r}")
    question = body[: starts[0].start() - 2]
    ends = [m.start() for m in starts[1:]] + [body.rindex("\nProvide your answer")]
    options = [body[m.end() : end].removesuffix("\n") for m, end in zip(starts, ends)]
    letter = _gold(row)
    return {"question": question, "options": options, "answer": letter, "answer_index": ascii_uppercase.index(letter)}


def _bbeh(row: dict[str, Any]) -> dict[str, Any]:
    task = row.get("subtask")
    return {"input": _user(row), "target": _gold(row), "task": "" if task is None or str(task) == "nan" else str(task),
            "mini": True}


_ROW: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "math500": lambda r: _math(r, "problem"),
    "amc23": lambda r: _math(r, "question"),
    "aime24": lambda r: _math(r, "problem"),
    "mmlu_pro": _mmlu_pro,
    "bbeh_mini": _bbeh,
}


def convert_file(key: str, path: str | Path) -> list[dict[str, Any]]:
    """One Hub-schema row per problem of the verl file at ``path`` (duplicates of a problem dropped)."""
    import pandas as pd

    frame = pd.read_parquet(path)
    rows, seen = [], set()
    for record in frame.to_dict("records"):
        index = (record.get("extra_info") or {}).get("index", (record.get("extra_info") or {}).get("idx"))
        marker = _user(record) if index is None else index
        if marker in seen:
            continue
        seen.add(marker)
        rows.append((index if index is not None else len(rows), _ROW[key](record)))
    return [row for _, row in sorted(rows, key=lambda x: x[0])]


def convert_folder(source: str | Path, out: str | Path) -> dict[str, Path]:
    """Convert every known benchmark file in ``source`` into ``out/<key>/<split>.parquet``."""
    import pandas as pd

    written = {}
    for key, pattern in FILES.items():
        matches = sorted(Path(source).glob(pattern))
        if not matches:
            continue
        target = Path(out) / key / f"{BENCHMARKS[key].split}.parquet"
        target.parent.mkdir(parents=True, exist_ok=True)
        pd.DataFrame(convert_file(key, matches[0])).to_parquet(target, index=False)
        written[key] = target
    if not written:
        raise ConfigError(f"no verl benchmark files ({', '.join(FILES.values())}) in {source}")
    return written


def main(argv: list[str] | None = None) -> int:
    """``python -m scaler.eval.convert VERL_DIR OUT_DIR``: write the local copies ``scaler eval --data-dir`` reads."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m scaler.eval.convert", description=main.__doc__)
    parser.add_argument("source", help="folder of the paper's verl-layout benchmark files")
    parser.add_argument("out", help="output folder: OUT/<benchmark>/<split>.parquet")
    args = parser.parse_args(argv)
    for key, path in convert_folder(args.source, args.out).items():
        print(f"{key}: {path}")
    return 0


if __name__ == "__main__":
    import sys

    from scaler.cli import describe

    try:
        sys.exit(main())
    except Exception as e:  # noqa: BLE001 - one line, like the scaler CLI
        sys.exit(f"scaler: error: {describe(e)}")
