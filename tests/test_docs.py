"""Every shell command and Python snippet in README.md and docs/*.md runs, so a broken example fails CI.

Fenced ``bash``/``shell``/``console`` blocks run line by line in one ``bash -euo pipefail`` (``\\``
continuations joined, comments dropped, optional ``[--flag ...]`` parts removed); ``python`` blocks run
with the interpreter. Blocks run in a scratch folder laid out like a checkout (``../shared`` beside
it, ``scripts/`` and ``eval_tasks/`` linked in), offline. An HTML comment right before a block steers it:

- ``<!-- docs-test: slow -->``: long (training, benchmarks); runs with ``-m slow``.
- ``<!-- docs-test: skip: REASON -->``: cannot run here (a GPU cluster, the Hub); the reason is required.
- ``<!-- docs-test: expect-error -->``: the block must fail with one ``scaler: error:`` line, no traceback.

Blocks whose language is anything else (``yaml``, ``text``, ``jsonc``...) are shown, not run.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
RUNNABLE = {"bash": "bash", "sh": "bash", "shell": "bash", "console": "bash", "python": "python", "py": "python"}
_FENCE = re.compile(r"(?:<!--\s*docs-test:\s*(?P<directive>[^>]*?)\s*-->\s*\n)?^```(?P<lang>[\w-]*)[^\n]*\n(?P<body>.*?)^```",
                    re.M | re.S)
_OPTIONAL = re.compile(r"\s\[--[^\]]*\]")


@dataclass(frozen=True)
class Block:
    path: Path
    line: int
    kind: str
    body: str
    directive: str

    @property
    def id(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}"


def blocks() -> list[Block]:
    found = []
    for path in DOCS:
        text = path.read_text(encoding="utf-8")
        for m in _FENCE.finditer(text):
            kind = RUNNABLE.get(m["lang"].lower())
            if kind is not None:
                line = text.count("\n", 0, m.start("body"))
                found.append(Block(path, line, kind, m["body"], (m["directive"] or "").strip()))
    return found


def shell_lines(body: str) -> list[str]:
    """The commands of a shell block: continuations joined, comments and optional flags removed."""
    joined = re.sub(r"\s*\\\n\s*", " ", body)
    commands = []
    for line in joined.splitlines():
        line = re.sub(r"(^|\s)#.*$", "", line).strip()
        if line.startswith("$ "):
            line = line[2:]
        if line:
            commands.append(_OPTIONAL.sub("", line))
    return commands


def _params() -> list:
    params = []
    for block in blocks():
        marks = []
        if block.directive.startswith("skip"):
            reason = block.directive.partition(":")[2].strip()
            assert reason, f"{block.id}: a docs-test skip needs a reason"
            marks.append(pytest.mark.skip(reason=reason))
        elif block.directive == "slow":
            marks.append(pytest.mark.slow)
        params.append(pytest.param(block, id=block.id, marks=marks))
    return params


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    work = tmp_path / "checkout"
    work.mkdir()
    for name in ("scaler", "scripts", "eval_tasks", "metrics", "tests"):
        if (ROOT / name).exists():
            (work / name).symlink_to(ROOT / name)
    if SHARED.exists():
        (tmp_path / "shared").symlink_to(SHARED)
    return work


def run_block(block: Block, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1", "PYTHONUNBUFFERED": "1",
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    if block.kind == "python":
        return subprocess.run([sys.executable, "-c", block.body], cwd=cwd, env=env, capture_output=True, text=True,
                              timeout=1800)
    script = "set -euo pipefail\n" + "\n".join(shell_lines(block.body)) + "\n"
    return subprocess.run(["bash", "-c", script], cwd=cwd, env=env, capture_output=True, text=True, timeout=1800)


def test_docs_have_runnable_examples():
    assert len(blocks()) >= 10
    assert any(b.path.name == "README.md" and b.kind == "python" for b in blocks())


def test_shell_lines_join_continuations_and_drop_optional_flags():
    body = "scaler bench verify [--json]   # figures\naccelerate launch --a 1 \\\n    x.py --b 2\n# only a comment\n"
    assert shell_lines(body) == ["scaler bench verify", "accelerate launch --a 1 x.py --b 2"]


@pytest.mark.parametrize("block", _params())
def test_example_runs(block: Block, workdir: Path):
    if "../shared" in block.body and not SHARED.exists():
        pytest.skip("../shared is only beside CI checkouts")
    proc = run_block(block, workdir)
    output = f"--- stdout\n{proc.stdout[-3000:]}\n--- stderr\n{proc.stderr[-3000:]}"
    if block.directive == "expect-error":
        assert proc.returncode != 0, output
        assert "Traceback" not in proc.stderr and "scaler: error:" in proc.stderr, output
    else:
        assert proc.returncode == 0, f"{block.id} failed ({proc.returncode}):\n{output}"
