"""Confinement of a sandbox worker: namespaces, a read-only view of the machine, limits, no privileges.

Stdlib only: the worker imports this file as a top-level module and calls it before it reads any
untrusted code. See ``docs/sandbox.md`` for what this does and does not guarantee.
"""

from __future__ import annotations

import ctypes
import os
import resource
import signal
import stat

CLONE_NEWNS = 0x00020000
CLONE_NEWUSER = 0x10000000
CLONE_NEWPID = 0x20000000
CLONE_NEWNET = 0x40000000
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC = 1, 2, 4, 8
MS_REMOUNT, MS_NOATIME, MS_NODIRATIME, MS_BIND, MS_REC = 32, 1024, 2048, 4096, 16384
MS_PRIVATE, MS_RELATIME = 1 << 18, 1 << 21
PR_SET_PDEATHSIG, PR_SET_NO_NEW_PRIVS = 1, 38
SANDBOX_UID_BASE = 1_000_000_000  # + host pid: a distinct, unused uid per live worker

_MOUNT_FLAGS = {"ro": MS_RDONLY, "nosuid": MS_NOSUID, "nodev": MS_NODEV, "noexec": MS_NOEXEC,
                "noatime": MS_NOATIME, "nodiratime": MS_NODIRATIME, "relatime": MS_RELATIME}
_libc = ctypes.CDLL(None, use_errno=True)


def _check(result: int, what: str) -> None:
    if result != 0:
        err = ctypes.get_errno()
        raise OSError(err, f"{what}: {os.strerror(err)}")


def _mount(source: str | None, target: str, fstype: str | None, flags: int, data: str | None = None) -> None:
    encode = lambda s: None if s is None else s.encode()  # noqa: E731
    _check(_libc.mount(encode(source), encode(target), encode(fstype), ctypes.c_ulong(flags), encode(data)),
           f"mount {target}")


def _write(path: str, text: str) -> None:
    with open(path, "w") as f:
        f.write(text)


def enter_namespaces() -> str:
    """Give this process's future children new network, mount and PID namespaces.

    Returns the mode: ``"root"`` (we are root), ``"user"`` (an unprivileged user namespace in which
    we are root, mapped to our own uid outside), or ``"none"`` (namespaces are unavailable)."""
    flags = CLONE_NEWNS | CLONE_NEWNET | CLONE_NEWPID
    if os.geteuid() == 0:
        try:
            _check(_libc.unshare(flags), "unshare")
            return "root"
        except OSError:
            pass  # e.g. a container without CAP_SYS_ADMIN: a user namespace may still work
    uid, gid = os.getuid(), os.getgid()
    try:
        _check(_libc.unshare(CLONE_NEWUSER | flags), "unshare")
    except OSError:
        return "none"
    _write("/proc/self/setgroups", "deny")
    _write("/proc/self/uid_map", f"0 {uid} 1")
    _write("/proc/self/gid_map", f"0 {gid} 1")
    return "user"


def confine(mode: str, workdir: str, *, memory_bytes: int, file_bytes: int, processes: int, disk_bytes: int,
            hide: list[str], keep: list[str]) -> dict:
    """Confine the calling process (PID 1 of its namespace unless ``mode == "none"``) and chdir into
    its private working directory. Returns a report of what was achieved (JSON-able)."""
    host_pid = int(os.readlink("/proc/self"))  # read before /proc is replaced
    drop = os.geteuid() == 0 and mode != "user"
    uid = SANDBOX_UID_BASE + host_pid if drop else os.getuid()
    if mode == "none":
        if drop:
            os.chown(workdir, uid, uid)
    else:
        _mount(None, "/", None, MS_REC | MS_PRIVATE)
        _hide(set(hide) | {_blocked_ancestor(p) for p in keep if drop} - {None}, keep)
        _read_only_everything()
        workdir = "/tmp"
        _mount("tmpfs", workdir, "tmpfs", MS_NOSUID | MS_NODEV, f"size={disk_bytes},mode=0700,uid={uid},gid={uid}")
        for path in ("/var/tmp", "/dev/shm"):
            if os.path.isdir(path):
                _mount("tmpfs", path, "tmpfs", MS_NOSUID | MS_NODEV | MS_NOEXEC | MS_RDONLY, "size=4k,mode=0755")
        _mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC)
    os.chdir(workdir)
    for limit, value in ((resource.RLIMIT_AS, memory_bytes), (resource.RLIMIT_FSIZE, file_bytes),
                         (resource.RLIMIT_NPROC, processes), (resource.RLIMIT_CORE, 0)):
        resource.setrlimit(limit, (value, value))
    if drop:
        os.setgroups([])
        os.setgid(uid)
        os.setuid(uid)
    _check(_libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), "prctl(NO_NEW_PRIVS)")
    if mode != "none":  # our parent is the single-threaded launcher: die with it
        _check(_libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0), "prctl(PDEATHSIG)")
    isolated = mode != "none"
    return {"mode": mode, "network": isolated, "pids": isolated, "filesystem": isolated,
            "privileges_dropped": drop, "uid": uid, "pid": host_pid, "workdir": workdir}


def _blocked_ancestor(path: str) -> str | None:
    """The outermost directory above ``path`` that other users cannot traverse (e.g. ``/root``)."""
    parts = os.path.realpath(path).split("/")[1:]
    for i in range(1, len(parts)):
        ancestor = "/" + "/".join(parts[:i])
        if not os.stat(ancestor).st_mode & stat.S_IXOTH:
            return ancestor
    return None


def _hide(dirs: set[str], keep: list[str]) -> None:
    """Mount an empty tmpfs over each of ``dirs`` (a home holding secrets, a private prefix), binding
    the ``keep`` paths beneath them back in place so the interpreter still finds its library."""
    dirs = {os.path.realpath(d) for d in dirs if os.path.isdir(d) and os.path.realpath(d) != "/"}
    keep = sorted({os.path.realpath(p) for p in keep})
    for top in sorted(dirs):
        if any(top.startswith(other + "/") for other in dirs):
            continue  # hidden with its ancestor
        below = [p for p in keep if p == top or p.startswith(top + "/")]
        handles = [os.open(p, os.O_PATH) for p in below]
        _mount("tmpfs", top, "tmpfs", MS_NOSUID | MS_NODEV, "size=64k,mode=0755")
        for path, fd in zip(below, handles):
            os.makedirs(path, exist_ok=True)
            _mount(f"/proc/self/fd/{fd}", path, None, MS_BIND | MS_REC)
            os.close(fd)


def _read_only_everything() -> None:
    """Remount every mount point read-only in this mount namespace (best effort: kernel pseudo
    filesystems may refuse, and none of them is writable by the unprivileged sandbox user)."""
    with open("/proc/self/mountinfo") as f:
        entries = [line.split() for line in f]
    for fields in entries:
        target = fields[4].encode().decode("unicode_escape")
        flags = MS_REMOUNT | MS_BIND | MS_RDONLY
        for option in fields[5].split(","):
            flags |= _MOUNT_FLAGS.get(option, 0)
        try:
            _mount(None, target, None, flags)
        except OSError:
            pass
