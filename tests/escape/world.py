"""The host side of the escape suite: what an attack must not reach and the checks made from outside.

A :class:`World` plants secrets (a canary in a fake home, an SSH key, a Hub token, an environment
variable, another instance's input), opens listeners (TCP, UDP, unix and abstract sockets) and knows
the legit tasks whose answers an attack must not change. After an attack it checks, from the test
process, that no host file was written or changed, no socket was reached, no System V or POSIX IPC
object, kernel key or process outlived the attack, and that the legit answers equal ones computed here.
"""

from __future__ import annotations

import ctypes
import json
import os
import random
import secrets
import shutil
import socket
import stat
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Sequence

import pytest

from scaler.sandbox import Limits, Program, SandboxPool, Task, TaskResult

NONCE = secrets.token_hex(4)
ESCAPED = "ESCAPED!"  # what an attack prints when an operation its sandbox must forbid succeeded
MARKER = f"escaped-{NONCE}"  # the name of every file, shm object, queue or socket an attack tries to plant
IPC_KEY = 0x5CA1E000 + (int(NONCE[:3], 16) << 5)  # attacks create System V objects under IPC_KEY + 0..31
IPC_KEYS = range(IPC_KEY, IPC_KEY + 32)
# the comm prefix of every process an attack tries to leave running; the unprivileged re-run, which runs
# beside the root run on the same machine, uses its own, so that neither counts the other's live tasks
INNER_ENV = "SCALER_ESCAPE_INNER"  # set in the unprivileged re-run
BG_NAME = "escbu" if os.environ.get(INNER_ENV) == "1" else "escbg"
SECRET_ENV = "SCALER_ESCAPE_SECRET"
HOME_PARENT_ENV = "SCALER_ESCAPE_HOME_PARENT"  # where the fake home goes (the unprivileged re-run sets it)
REPO = Path(__file__).resolve().parents[2]
BASHRC = Path.home() / ".bashrc"  # the real user's, before the suite points HOME at its fake home

LIMITS = Limits(generator_seconds=2.0, solution_seconds=1.0, compile_seconds=30.0, memory_bytes=768 << 20,
                output_bytes=1 << 20, processes=64, disk_bytes=32 << 20)
MEMORY_SLACK = 512 << 20  # what the trusted side (worker, launcher, compiler driver) may hold beyond the limit
POOL_GROWTH = 128 << 20  # what the pool (this process) may grow by while it runs one attack
RUN_BOUND = 30.0  # a pool.run that has not returned by then is hung: the deadline was not absolute


def _mined_generator() -> Program:
    """The legit generator, salted so its program key sorts after (almost) any attack's: the pool
    runs tasks sorted by program key, so attacks run before the legit tasks of their batch."""
    body = ("from random import *\n\ndef gen(params):\n    n = params['n']\n"
            "    xs = [randint(1, 1000) for _ in range(n)]\n"
            "    return f'{n}\\n' + ' '.join(map(str, xs)) + '\\n', {'n': n, 'xs': xs}\n")
    salt = 0
    while not (program := Program("python", f"{body}# salt {salt}\n", entry="gen")).key.startswith("fff"):
        salt += 1
    return program


LEGIT_GEN = _mined_generator()
LEGIT_PY = Program("python", "input()\nprint(sum(map(int, input().split())))\n")
LEGIT_CPP_SOURCE = ("#include <cstdio>\n// legit {tag}\nint main(){{long long n,s=0,x;"
                    " if(scanf(\"%lld\",&n)!=1) return 1; while(scanf(\"%lld\",&x)==1) s+=x;"
                    " printf(\"%lld\\n\",s);}}\n")
LEGIT_CPP = Program("cpp", LEGIT_CPP_SOURCE.format(tag="sum"))


def legit_tasks(seed: int, cpp: Program = LEGIT_CPP) -> list[Task]:
    """A legit Python-solution task and a legit C++-solution task."""
    return [Task(LEGIT_GEN, LEGIT_PY, {"n": 5}, seed=seed), Task(LEGIT_GEN, cpp, {"n": 5}, seed=seed + 1)]


def expected(task: Task) -> TaskResult:
    """The right result of a legit task, computed here, outside any sandbox."""
    if task.generator is None:
        numbers = [int(x) for x in task.stdin.split()[1:]]
        return TaskResult(task.stdin, None, f"{sum(numbers)}\n")
    rng = random.Random(task.seed)  # what `random.seed(seed)` + module-level `randint` give
    xs = [rng.randint(1, 1000) for _ in range(task.params["n"])]
    return TaskResult(f"{len(xs)}\n{' '.join(map(str, xs))}\n", {"n": len(xs), "xs": xs}, f"{sum(xs)}\n")


def assert_legit(tasks: Sequence[Task], results: Sequence[TaskResult], what: str) -> None:
    for task, result in zip(tasks, results, strict=True):
        want = expected(task)
        assert result.ok, f"{what}: a legit task failed: {result.error}"
        assert (result.stdin, result.display, result.stdout) == (want.stdin, want.display, want.stdout), \
            f"{what}: a legit task got a wrong answer: {result!r}"


def run_bounded(pool: SandboxPool, tasks: Sequence[Task], seconds: float = RUN_BOUND) -> list[TaskResult]:
    """``pool.run(tasks)``; fails the test when it raises or hangs (the pool is then closed)."""
    box: dict = {}

    def target() -> None:
        try:
            box["results"] = pool.run(list(tasks))
        except BaseException as exc:  # noqa: BLE001 - reported below
            box["error"] = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        pool.close()
        thread.join(10)
        pytest.fail(f"pool.run did not return within {seconds:g} s: a task held the pool past its deadline")
    if "error" in box:
        pytest.fail(f"pool.run raised {box['error']!r}")
    return box["results"]


_GUARD = """import json, os
try:
    open({guard!r}, "w").write("x")
except OSError:
    pass
try:
    seen = open({cmdline!r}, "rb").read().decode("latin-1")
except OSError:
    seen = ""
print(json.dumps([os.getuid(), seen]))
"""


def confinement_problem(pool: SandboxPool) -> str | None:
    """Why running the attacks here would harm this machine (its sandbox does not confine), or None.

    Attacks SIGSTOP every process they see, overwrite every file of /tmp they reach and plant fake
    compilers on PATH: only a confining sandbox may run them."""
    me = os.getpid()
    guard = Program("python", _GUARD.format(guard=f"/tmp/{MARKER}-guard", cmdline=f"/proc/{me}/cmdline"))
    [result] = run_bounded(pool, [Task(None, guard, stdin="")])
    written = [d for d in {"/tmp", tempfile.gettempdir()} if os.path.exists(f"{d}/{MARKER}-guard")]
    for directory in written:
        os.unlink(f"{directory}/{MARKER}-guard")
    if not result.ok:
        return f"a probe task failed: {result.error}"
    uid, seen = json.loads(result.stdout)
    if written:
        return f"sandboxed code writes into this machine's {written[0]}"
    if uid == 0:
        return "sandboxed code runs as root"
    if seen and seen == Path(f"/proc/{me}/cmdline").read_bytes().decode("latin-1"):
        return "sandboxed code sees the processes of this machine"
    return None


def result_text(result: TaskResult) -> str:
    return repr((result.stdin, result.display, result.stdout, result.error))


@dataclass
class World:
    """Planted secrets, open listeners and the paths an attack aims at; see the module docstring."""

    home: Path
    cache: Path
    scratch: Path
    tokens: dict[str, str]
    secret_input: Task
    tcp: socket.socket
    udp: socket.socket
    unix: socket.socket
    abstract: socket.socket
    cpp_sources: list[Program] = field(default_factory=lambda: [LEGIT_CPP])
    _planted: dict[Path, str] = field(default_factory=dict)

    # -- what attacks see ----------------------------------------------------------------------
    def literals(self) -> dict[str, str]:
        """Values an attack's source template refers to, as Python/C++ literals."""
        paths = {
            "home": self.home, "canary": self.home / "canary.txt", "ssh_key": self.home / ".ssh" / "id_rsa",
            "hf_token": self.home / ".cache" / "huggingface" / "token", "cache": self.cache, "scratch": self.scratch,
            "repo": REPO, "unix_path": self.scratch / "listener.sock", "bashrc": BASHRC,
        }
        values: dict[str, object] = {name: str(path) for name, path in paths.items()}
        values.update(marker=MARKER, abstract=f"scaler-escape-{NONCE}", secret_name=SECRET_ENV,
                      host_addrs=_host_addresses(), tcp_port=self.tcp.getsockname()[1],
                      udp_port=self.udp.getsockname()[1], host_pid=os.getpid(), ipc_key=IPC_KEY, bg_name=BG_NAME,
                      targets=[str(d) for d in self.marker_dirs()])
        return {name: _literal(value) for name, value in values.items()}

    def marker_dirs(self) -> list[Path]:
        """Where attacks try to create ``MARKER``: home, cache, repo, system and temp directories."""
        dirs = [self.home, self.home / ".ssh", self.cache, self.cache.parent, self.scratch, REPO, REPO / "tests",
                REPO / "scaler" / "sandbox", Path("/"), Path("/etc"), Path("/tmp"), Path(tempfile.gettempdir()),
                Path("/var/tmp"), Path("/dev/shm"), Path("/usr/local/bin"), Path.home(), Path("/root")]
        return list(dict.fromkeys(dirs))

    def leaks(self, text: str) -> list[str]:
        """The names of the secrets that ``text`` contains."""
        return [name for name, token in self.tokens.items() if token in text]

    def fresh_cpp(self) -> Program:
        """A legit C++ solution no pool has compiled yet (a new cache entry)."""
        program = Program("cpp", LEGIT_CPP_SOURCE.format(tag=secrets.token_hex(8)))
        self.cpp_sources.append(program)
        return program

    # -- checks from outside ---------------------------------------------------------------------
    def problems(self) -> list[str]:
        """Everything an attack changed on the host (and cleans it up, so the next attack starts clean)."""
        found = []
        for path, text in self._planted.items():
            try:
                if path.read_text() != text:
                    found.append(f"{path} was modified")
            except OSError as exc:
                found.append(f"{path} is gone ({exc.strerror})")
        for directory in self.marker_dirs():
            path = directory / MARKER
            if os.path.lexists(path):
                found.append(f"{path} was created")
                _remove(path)
        extra = sorted(p for p in self.home.rglob("*") if not p.is_relative_to(self.cache))
        expected_paths = {self.home / rel for rel in _HOME_TREE}
        found += [f"{p} appeared in the home" for p in extra if p not in expected_paths and p.name != MARKER]
        found += _ipc_objects()
        found += self._listener_traffic()
        found += _survivors()
        return found

    def _listener_traffic(self) -> list[str]:
        found = []
        for name, listener in (("TCP", self.tcp), ("unix", self.unix), ("abstract unix", self.abstract)):
            try:
                conn, _ = listener.accept()
            except BlockingIOError:
                continue
            conn.close()
            found.append(f"the {name} listener of the test process was connected to")
        try:
            self.udp.recv(65536)
            found.append("the UDP socket of the test process received a datagram")
        except BlockingIOError:
            pass
        return found

    def close(self) -> None:
        for sock in (self.tcp, self.udp, self.unix, self.abstract):
            sock.close()
        shutil.rmtree(self.home, ignore_errors=True)


_HOME_TREE = ("canary.txt", ".ssh", ".ssh/id_rsa", ".cache", ".cache/huggingface", ".cache/huggingface/token",
              ".cache/scaler", "scratch", "scratch/listener.sock")


def make_world() -> World:
    """Plant the secrets in a fresh fake home (``$SCALER_ESCAPE_HOME_PARENT``, else ``/home`` when
    writable, else the temp dir) made world-readable and -writable, so that only the sandbox's
    confinement (not file permissions) keeps an attack away from it, as for a user's own files."""
    parent = os.environ.get(HOME_PARENT_ENV) or ("/home" if os.access("/home", os.W_OK) else tempfile.gettempdir())
    home = Path(tempfile.mkdtemp(prefix="scaler-escape-home-", dir=parent))
    tokens = {label: f"{label.upper()}-{NONCE}-{secrets.token_hex(6)}" for label in ("canary", "ssh", "hf", "env")}
    tokens["input"] = str(secrets.randbelow(9 * 10**14) + 10**14)  # 15 digits: a number only the secret instance holds
    planted = {home / "canary.txt": tokens["canary"] + "\n", home / ".ssh" / "id_rsa": tokens["ssh"] + "\n",
               home / ".cache" / "huggingface" / "token": tokens["hf"]}
    for path, text in planted.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        path.chmod(0o666)
    cache = home / ".cache" / "scaler" / "cpp"
    scratch = home / "scratch"
    for name in ("", ".ssh", ".cache", ".cache/huggingface", ".cache/scaler", "scratch"):
        directory = home / name
        directory.mkdir(exist_ok=True)
        directory.chmod(0o777)
    tokens.update(_host_file_tokens())
    tcp = socket.create_server(("0.0.0.0", 0))
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    udp.bind(("0.0.0.0", 0))
    unix = socket.socket(socket.AF_UNIX)
    unix.bind(str(scratch / "listener.sock"))
    os.chmod(scratch / "listener.sock", 0o777)
    abstract = socket.socket(socket.AF_UNIX)
    abstract.bind(f"\0scaler-escape-{NONCE}")
    for sock in (tcp, unix, abstract):
        sock.listen()
    for sock in (tcp, udp, unix, abstract):
        sock.setblocking(False)
    secret_input = Task(None, LEGIT_PY, stdin=f"2\n{tokens['input']} 7\n")
    return World(home, cache, scratch, tokens, secret_input, tcp, udp, unix, abstract, _planted=planted)


def _host_file_tokens() -> dict[str, str]:
    """Lines of host files no attack may read: the repository's and, when readable, the user's
    ``~/.bashrc`` and /etc/shadow's."""
    tokens = {}
    setup = (REPO / "setup.cfg").read_text().splitlines()
    tokens["repo"] = max(setup, key=len)
    try:
        bashrc = max(BASHRC.read_text().splitlines(), key=len, default="")
    except OSError:
        bashrc = ""
    if len(bashrc) >= 20:  # distinctive enough
        tokens["bashrc"] = bashrc
    try:
        shadow = Path("/etc/shadow").read_text().splitlines()
    except OSError:
        shadow = []
    if shadow:
        tokens["shadow"] = shadow[0]
    return tokens


def _literal(value: object) -> str:
    """A Python literal that is also valid C++ for strings and ints (JSON-style escapes)."""
    return json.dumps(value)


def _host_addresses() -> list[str]:
    addresses = {"127.0.0.1"}
    try:
        addresses |= {info[4][0] for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)}
    except OSError:
        pass
    return sorted(addresses)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


# -- kernel objects ------------------------------------------------------------------------------
_libc = ctypes.CDLL(None, use_errno=True)
IPC_RMID = 0


def _ipc_objects() -> list[str]:
    """System V objects under ``IPC_KEYS``, kernel keys and the POSIX queue named ``MARKER`` that the
    host sees (System V objects and queues are removed, so that they hold no memory after the test)."""
    found = []
    for kind, table in (("shared memory", "shm"), ("semaphore", "sem"), ("message queue", "msg")):
        try:
            rows = Path(f"/proc/sysvipc/{table}").read_text().splitlines()[1:]
        except OSError:
            continue
        if any(row.split() and int(row.split()[0]) in IPC_KEYS for row in rows):
            found.append(f"a System V {kind} created in the sandbox is visible on the host")
    for key in IPC_KEYS:
        if (shm_id := _libc.shmget(key, 0, 0)) >= 0:
            _libc.shmctl(shm_id, IPC_RMID, None)
        if (sem_id := _libc.semget(key, 0, 0)) >= 0:
            _libc.semctl(sem_id, 0, IPC_RMID)
        if (msg_id := _libc.msgget(key, 0)) >= 0:
            _libc.msgctl(msg_id, IPC_RMID, None)
    try:
        if MARKER in Path("/proc/keys").read_text():
            found.append("a kernel key created in the sandbox is visible on the host")
    except OSError:
        pass
    name = f"/{MARKER}".encode()
    queue = _libc.mq_open(name, os.O_RDONLY)
    if queue >= 0:
        found.append("a POSIX message queue created in the sandbox is visible on the host")
        os.close(queue)
        _libc.mq_unlink(name)
    return found


# -- processes -----------------------------------------------------------------------------------
def _survivors(grace: float = 2.0) -> list[str]:
    """Processes an attack named ``BG_NAME*`` still alive after ``grace`` seconds (then killed)."""
    deadline = time.monotonic() + grace
    while True:
        pids = [pid for pid, comm in _comms() if comm.startswith(BG_NAME)]
        if not pids or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    for pid in pids:
        try:
            os.kill(pid, 9)
        except OSError:
            pass
    return [f"{len(pids)} process(es) an attack started outlived its task"] if pids else []


def strays(before: set[int], spared: int | None) -> list[str]:
    """Processes below this one that were not there ``before`` (outside ``spared``'s tree) and
    are still alive 2 seconds after a pool closed (then killed)."""
    deadline = time.monotonic() + 2.0
    while True:
        found = descendants(os.getpid(), {spared} if spared is not None else set()) - before
        if not found or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    names = []
    for pid in found:
        try:
            names.append(Path(f"/proc/{pid}/comm").read_text().strip())
            os.kill(pid, 9)
        except OSError:
            continue
    return [f"processes outlived their closed pool: {sorted(names)}"] if names else []


def _comms() -> Iterator[tuple[int, str]]:
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                yield int(entry), Path(f"/proc/{entry}/comm").read_text().strip()
            except OSError:
                continue


def descendants(root: int, skip: frozenset[int] | set[int] = frozenset()) -> set[int]:
    """Every process below ``root``, leaving out the trees of ``skip``."""
    found: set[int] = set()
    todo = [root]
    while todo:
        pid = todo.pop()
        try:
            threads = os.listdir(f"/proc/{pid}/task")
        except OSError:
            continue
        for tid in threads:
            try:
                children = Path(f"/proc/{pid}/task/{tid}/children").read_text().split()
            except OSError:
                continue
            for child in map(int, children):
                if child not in found and child not in skip:
                    found.add(child)
                    todo.append(child)
    return found


class MemorySampler:
    """Samples, from the test process, what the sandbox holds: ``peak`` is the largest sum of the
    resident memory of all descendants of this process (every sandbox process, wherever its
    namespaces put it) plus the unlinked files (memfds, deleted tmpfs files) they hold open, which
    no resident set shows; ``own_peak`` the largest growth of this process (the pool) itself.
    The trees of ``spared`` (the unprivileged re-run, running alongside) and of ``earlier`` (processes
    that were there before the attack, such as another test's idle pool) are left out."""

    def __init__(self, spared: int | None = None, earlier: set[int] = frozenset(), interval: float = 0.02) -> None:
        self.skip = set(earlier) | ({spared} if spared is not None else set())
        self.interval = interval
        self.peak = 0
        self.own_peak = 0
        self._own_baseline = _rss("self")
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def __enter__(self) -> MemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _loop(self) -> None:
        me = os.getpid()
        while not self._stop.is_set():
            pids = descendants(me, self.skip)
            self.peak = max(self.peak, sum(map(_rss, pids)) + _unlinked_bytes(pids))
            self.own_peak = max(self.own_peak, _rss("self") - self._own_baseline)
            self._stop.wait(self.interval)


def _rss(pid: int | str) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0  # it just exited
    return next((int(line.split()[1]) << 10 for line in status.splitlines() if line.startswith("VmRSS:")), 0)


def _unlinked_bytes(pids: set[int]) -> int:
    """The size of the distinct unlinked files (memfds above all) that ``pids`` hold open."""
    sizes: dict[tuple[int, int], int] = {}
    for pid in pids:
        try:
            fds = os.listdir(f"/proc/{pid}/fd")
        except OSError:
            continue
        for fd in fds:
            try:
                st = os.stat(f"/proc/{pid}/fd/{fd}")
            except OSError:
                continue
            if stat.S_ISREG(st.st_mode) and st.st_nlink == 0:
                sizes[(st.st_dev, st.st_ino)] = st.st_blocks * 512
    return sum(sizes.values())
