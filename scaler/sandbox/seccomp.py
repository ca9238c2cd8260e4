"""A small seccomp filter for task processes (stdlib only): deny the system calls that would let a
task hold memory outside its resident set, keep kernel state beyond its life, or inspect others.

Denied with ``EPERM``: memfd_create and memfd_secret, socket and socketpair (memory held in them or in
socket buffers is in no resident set, and the sandbox has no network to use), System V IPC (segments
outlive their processes), the keyring calls (keys outlive the task), ptrace and process_vm_readv/writev,
perf_event_open, bpf, userfaultfd and io_uring; and every system call of a foreign ABI (32-bit
``int 0x80``, x32), which would reach the same calls under other numbers.
Everything else is allowed. Only x86-64 and aarch64 are known; elsewhere no filter is installed.
"""

from __future__ import annotations

import ctypes
import os
import struct

_ARCH = {  # machine -> (AUDIT_ARCH_*, denied system call numbers)
    "x86_64": (0xC000003E, (29, 30, 31, 64, 65, 66, 67, 68, 69, 70, 71, 220,  # System V IPC
                            248, 249, 250, 101, 310, 311, 298, 321, 323, 319, 447, 425, 426, 427, 41, 53)),
    "aarch64": (0xC00000B7, (186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197,
                             217, 218, 219, 117, 270, 271, 241, 280, 282, 279, 447, 425, 426, 427, 198, 199)),
}
_X32_BIT = 0x40000000
_LD_ABS, _JEQ, _JGE, _RET = 0x20, 0x15, 0x35, 0x06
_ALLOW, _DENY = 0x7FFF0000, 0x00050000 | 1  # SECCOMP_RET_ALLOW, SECCOMP_RET_ERRNO | EPERM
PR_SET_SECCOMP, SECCOMP_MODE_FILTER = 22, 2


def _program() -> bytes | None:
    known = _ARCH.get(os.uname().machine)
    if known is None:
        return None
    arch, denied = known
    n = len(denied)
    code = [(_LD_ABS, 0, 0, 4), (_JEQ, 1, 0, arch), (_RET, 0, 0, _DENY),  # a foreign ABI: deny all
            (_LD_ABS, 0, 0, 0), (_JGE, n + 1, 0, _X32_BIT)]  # x32 numbers: jump to the final deny
    code += [(_JEQ, n - i, 0, nr) for i, nr in enumerate(denied)]  # a match jumps to the final deny
    code += [(_RET, 0, 0, _ALLOW), (_RET, 0, 0, _DENY)]
    return b"".join(struct.pack("HBBI", *instruction) for instruction in code)


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_char_p)]


_FILTER = _program()
_PROG = None if _FILTER is None else ctypes.pointer(_SockFprog(len(_FILTER) // 8, _FILTER))  # built once, in the worker
_prctl = ctypes.CDLL(None, use_errno=True).prctl
ACTIVE = _PROG is not None
"""Whether task processes get the filter on this machine."""


def install() -> None:
    """Install the filter on the calling process (and, inherited, on everything it starts)."""
    if _PROG is not None and _prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, _PROG, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "seccomp filter refused")
