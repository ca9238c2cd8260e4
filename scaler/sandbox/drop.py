"""Root only: start bwrap under an unprivileged sandbox uid (stdlib only; run as ``python -I -c``).

bwrap started by root runs the sandboxed code as uid 0: without capabilities, but still the owner of
root's files. So as root the pool runs this instead, which (1) takes a private mount namespace,
(2) covers each directory that the sandbox uid could not traverse (``/root``, mode 700, holding a
pyenv interpreter) with a tmpfs into which it binds back only the paths the sandbox needs, (3) drops
to the sandbox uid with no groups, and (4) execs bwrap, which builds the sandbox from that view.
This is the one thing bwrap cannot do itself (its ``--ro-bind-fd`` still resolves the path).
"""

from __future__ import annotations

import ctypes
import json
import os
import stat
import sys

CLONE_NEWNS = 0x00020000
MS_NOSUID, MS_NODEV, MS_BIND, MS_REC, MS_PRIVATE = 2, 4, 4096, 16384, 1 << 18
_libc = ctypes.CDLL(None, use_errno=True)


def _check(result: int, what: str) -> None:
    if result != 0:
        err = ctypes.get_errno()
        raise OSError(err, f"{what}: {os.strerror(err)}")


def _mount(source: str | None, target: str, fstype: str | None, flags: int, data: str | None = None) -> None:
    def encode(text: str | None) -> bytes | None:
        return None if text is None else text.encode()

    _check(_libc.mount(encode(source), encode(target), encode(fstype), ctypes.c_ulong(flags), encode(data)), f"mount {target}")


def blocked_ancestor(path: str) -> str | None:
    """The outermost directory above ``path`` that other users cannot traverse (e.g. ``/root``)."""
    parts = os.path.realpath(path).split("/")[1:]
    for i in range(1, len(parts)):
        ancestor = "/" + "/".join(parts[:i])
        if not os.stat(ancestor).st_mode & stat.S_IXOTH:
            return ancestor
    return None


def expose(keep: list[str]) -> None:
    """In a private mount namespace, make each of ``keep`` reachable by any uid (read-only is bwrap's job)."""
    _check(_libc.unshare(CLONE_NEWNS), "unshare")
    _mount(None, "/", None, MS_REC | MS_PRIVATE)
    keep = sorted({os.path.realpath(p) for p in keep})
    for top in sorted({a for p in keep if (a := blocked_ancestor(p)) is not None}):
        below = [p for p in keep if p.startswith(top + "/")]
        handles = [os.open(p, os.O_PATH) for p in below]
        _mount("tmpfs", top, "tmpfs", MS_NOSUID | MS_NODEV, "size=64k,mode=0755")
        for path, fd in zip(below, handles):
            os.makedirs(path, exist_ok=True)
            _mount(f"/proc/self/fd/{fd}", path, None, MS_BIND | MS_REC)
            os.close(fd)


def main(config_json: str) -> None:
    config = json.loads(config_json)
    expose(config["keep"])
    uid = config["uid"]
    os.setgroups([])
    os.setgid(uid)
    os.setuid(uid)
    argv = config["argv"]
    try:
        os.execv(argv[0], argv)
    except OSError as exc:
        sys.stderr.write(f"bwrap could not start: {exc}\n")
        os._exit(127)
