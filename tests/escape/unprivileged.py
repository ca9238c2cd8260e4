"""Re-run the escape suite as an unprivileged user (uid/gid 65534, no groups, no capabilities).

As root, in a private mount namespace (``unshare -m``), it makes what the interpreter and the
repository need reachable by uid 65534 (a mode-755 tmpfs over each directory it cannot traverse, such
as ``/root`` holding a pyenv interpreter, with the needed paths bound back), gives it a fresh home
parent (a tmpfs over ``/home`` unless the checkout lives there), ``TMPDIR`` and ``SCALER_CACHE``, then
runs pytest under ``setpriv`` and reads its JUnit report.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from .world import HOME_PARENT_ENV, INNER_ENV, REPO

NOBODY = 65534
TIMEOUT = 600


@dataclass(frozen=True)
class InnerOutcome:
    passed: bool
    skipped: bool
    message: str


@dataclass(frozen=True)
class InnerRun:
    outcomes: dict[str, InnerOutcome]  # by test name, e.g. "test_attack_is_contained[fd-spray]"
    tail: str  # the end of pytest's output


def unavailable() -> str | None:
    """Why the re-run cannot happen here, or None."""
    if os.geteuid() != 0:
        return "the unprivileged re-run switches to uid 65534, which needs root"
    missing = [tool for tool in ("setpriv", "unshare", "mount") if shutil.which(tool) is None]
    if missing:
        return f"the unprivileged re-run needs {', '.join(missing)} (util-linux)"
    probe = subprocess.run(["unshare", "-m", "--propagation", "private", "true"], capture_output=True, text=True)
    if probe.returncode != 0:
        return f"the unprivileged re-run needs a private mount namespace: {probe.stderr.strip()}"
    for path in _needed():
        if os.stat(path).st_mode & 0o005 != 0o005:
            return f"uid 65534 cannot read {path} itself (only blocked parent directories can be worked around)"
    return None


class Pending:
    """The re-run, started in the background (so it overlaps the privileged run); ``wait`` gives its outcomes."""

    def __init__(self, test_file: Path) -> None:
        self.base = Path(tempfile.mkdtemp(prefix="scaler-escape-nobody-"))
        self.base.chmod(0o755)
        for name in ("tmp", "cache", "out", "home", "stash"):
            (self.base / name).mkdir()
            os.chown(self.base / name, NOBODY, NOBODY)
        self.junit = self.base / "out" / "junit.xml"
        self.log = self.base / "out" / "log"
        with open(self.log, "w") as log:  # a file, not a pipe: nobody reads it before the run ends
            self.proc = subprocess.Popen(["unshare", "-m", "--propagation", "private", "sh", "-c",
                                          _script(self.base, test_file, self.junit)],
                                         stdout=log, stderr=subprocess.STDOUT, cwd=REPO)
        self._result: InnerRun | None = None

    def wait(self) -> InnerRun:
        if self._result is None:
            try:
                self.proc.wait(timeout=TIMEOUT)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
            outcomes = _read_junit(self.junit) if self.junit.exists() else {}
            self._result = InnerRun(outcomes, self.log.read_text(errors="replace")[-6000:])
            shutil.rmtree(self.base, ignore_errors=True)
        return self._result

    def cancel(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.wait()


def _needed() -> list[str]:
    """What uid 65534 must reach: the interpreter's installation, the virtual environment, the checkout."""
    paths = {os.path.realpath(p) for p in (sys.base_prefix, sys.prefix, sys.exec_prefix, REPO)}
    return sorted(p for p in paths if not any(p.startswith(q + "/") for q in paths))  # drop paths inside others


def _blocked(path: str) -> str | None:
    """The outermost ancestor of ``path`` that others cannot traverse."""
    parts = path.split("/")[1:]
    for i in range(1, len(parts)):
        ancestor = "/" + "/".join(parts[:i])
        if not os.stat(ancestor).st_mode & 0o001:
            return ancestor
    return None


def _script(base: Path, test_file: Path, junit: Path) -> str:
    q = shlex.quote
    lines = ["set -eu"]
    by_top: dict[str, list[str]] = {}
    for path in _needed():
        top = _blocked(path)
        if top is not None:
            by_top.setdefault(top, []).append(path)
    for k, (top, paths) in enumerate(sorted(by_top.items())):
        stashes = [base / "stash" / f"{k}-{i}" for i in range(len(paths))]
        for path, stash in zip(paths, stashes):
            lines += [f"mkdir -p {q(str(stash))}", f"mount --bind {q(path)} {q(str(stash))}"]
        lines.append(f"mount -t tmpfs -o mode=755,size=16m tmpfs {q(top)}")
        for path, stash in zip(paths, stashes):
            lines += [f"mkdir -p {q(path)}", f"mount --bind {q(str(stash))} {q(path)}"]
    home_parent = "/home"
    if os.path.isdir("/home") and not any(p == "/home" or p.startswith("/home/") for p in _needed()):
        lines.append("mount -t tmpfs -o mode=1777,size=1g tmpfs /home")  # homes outside the temp dir, as usual
    else:
        home_parent = str(base / "home")
    home = f"{home_parent}/nobody"
    lines.append(f"install -d -o {NOBODY} -g {NOBODY} {q(home)}")
    env = {
        "PATH": os.environ.get("PATH", "/usr/local/bin:/usr/bin:/bin"), "LANG": "C.UTF-8", "HOME": home,
        "TMPDIR": str(base / "tmp"), "SCALER_CACHE": str(base / "cache"), HOME_PARENT_ENV: home_parent,
        INNER_ENV: "1", "HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1", "PYTHONDONTWRITEBYTECODE": "1",
    }
    pytest_cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(test_file),
                  "-k", "not test_unprivileged", f"--junitxml={junit}", "-o", "junit_family=xunit1"]
    setpriv = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", "--inh-caps=-all",
               "--bounding-set=-all", "env", "-i", *[f"{k}={v}" for k, v in env.items()], *pytest_cmd]
    lines.append("exec " + " ".join(q(arg) for arg in setpriv))
    return "\n".join(lines)


def _read_junit(path: Path) -> dict[str, InnerOutcome]:
    outcomes = {}
    for case in ET.parse(path).getroot().iter("testcase"):
        failure = next((child for child in case if child.tag in ("failure", "error")), None)
        skipped = case.find("skipped")
        if failure is not None:
            outcome = InnerOutcome(False, False, failure.get("message") or (failure.text or "")[-3000:])
        elif skipped is not None:
            outcome = InnerOutcome(False, True, skipped.get("message") or "")
        else:
            outcome = InnerOutcome(True, False, "")
        outcomes[case.get("name")] = outcome
    return outcomes
