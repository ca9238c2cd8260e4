"""The sandbox against real hostile code: every attack is contained with a clear error, and the pool
then serves a normal task correctly. Real processes throughout, no mocks."""

from __future__ import annotations

import json
import os
import socket
import threading
from pathlib import Path

import pytest

from scaler.sandbox import Limits, Program, SandboxPool, SandboxUnavailable, Task, TaskResult, bwrap

UPSTREAM = Path(__file__).resolve().parents[1].parent / "shared" / "upstream-scaler" / "train" / "SCALER-64.json"
LIMITS = Limits(generator_seconds=2.0, solution_seconds=1.0, compile_seconds=60.0, memory_bytes=1 << 30, output_bytes=1 << 20)

GEN = Program("python", "from random import *\n\ndef gen(params):\n    n = params['n']\n"
              "    xs = [randint(1, 1000) for _ in range(n)]\n    return f'{n}\\n' + ' '.join(map(str, xs)) + '\\n', {'n': n, 'xs': xs}\n",
              entry="gen")
SUM_PY = Program("python", "input()\nprint(sum(map(int, input().split())))\n")
SUM_CPP = Program("cpp", "#include <iostream>\nint main(){long long n,s=0,x; std::cin>>n; while(std::cin>>x) s+=x; std::cout<<s<<'\\n';}\n")


def normal_task(seed: int = 7) -> Task:
    return Task(GEN, SUM_PY, {"n": 5}, seed=seed)


def assert_serves(pool: SandboxPool) -> None:
    """The pool still answers a normal task, and answers it right."""
    [result] = pool.run([normal_task()])
    assert result.ok, result.error
    assert int(result.stdout) == sum(result.display["xs"])


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cpp-cache")


@pytest.fixture(scope="module")
def pool(cache_dir: Path):
    with SandboxPool(workers=2, limits=LIMITS, cache_dir=cache_dir) as pool:
        yield pool


def run_python(pool: SandboxPool, source: str, stdin: str = "1 2 3\n") -> TaskResult:
    return pool.run([Task(None, Program("python", source), stdin=stdin)])[0]


def run_cpp(pool: SandboxPool, source: str, stdin: str = "1 2 3\n") -> TaskResult:
    return pool.run([Task(None, Program("cpp", source), stdin=stdin)])[0]


# -- hostile or broken code ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "source, stage, message",
    [
        ("while True: pass", "solution", "solution timed out after 1 s wall"),
        ("x = bytearray(10**12)", "solution", "solution ran out of memory"),
        ("while True: print('x' * 10**5)", "solution", "solution output exceeds the 1 MiB limit"),
        ("def f(:\n    pass\n", "compile", "solution does not compile: SyntaxError"),
        ("print(1 // 0)", "solution", "solution raised ZeroDivisionError: integer division or modulo by zero (line 1)"),
        ("import sys\nsys.exit(3)", "solution", "solution exited with status 3"),
        ("import ctypes\nctypes.string_at(0)", "solution", "solution was killed by SIGSEGV"),
        ("import os\nos._exit(4)", "solution", "solution exited with status 4"),
        ("import os, signal\nos.kill(os.getpid(), signal.SIGKILL)", "solution", "solution was killed by SIGKILL"),
    ],
    ids=["infinite-loop", "memory-bomb", "output-bomb", "syntax-error", "raises", "exit-status", "segfault", "os-exit",
         "self-kill"],
)
def test_python_failures_are_contained(pool: SandboxPool, source: str, stage: str, message: str) -> None:
    result = run_python(pool, source)
    assert (result.stage, result.stdout) == (stage, None)
    assert message in result.error
    assert result.hit_limit == (message.startswith("solution timed out") or "memory" in message or "output" in message)
    assert_serves(pool)


def test_fork_bomb_is_contained_and_leaves_no_process() -> None:
    with SandboxPool(workers=1, limits=LIMITS) as pool:
        result = run_python(pool, "import os\nwhile True:\n    os.fork()\n")
        assert result.stage == "solution" and "BlockingIOError" in result.error
        uid = pool.isolation["uid"]
        assert _processes_of(uid) == 2  # bwrap and the worker: every forked copy was killed
        assert_serves(pool)
    assert _processes_of(uid) == 0


def test_cannot_write_outside_its_directory(pool: SandboxPool, tmp_path: Path) -> None:
    tmp_path.chmod(0o777)
    targets = [tmp_path / "escape", Path.home() / "scaler-escape", Path(__file__).parent / "scaler-escape"]
    results = pool.run([Task(None, Program("python", f"open({str(t)!r}, 'w').write('x')"), stdin="") for t in targets])
    for result in results:
        assert result.stage == "solution" and ("Error" in result.error), result
    assert not any(t.exists() for t in targets)
    [ok] = pool.run([Task(None, Program("python", "open('mine', 'w').write('x')\nprint(open('mine').read())"), stdin="")])
    assert ok.stdout == "x\n"  # its own directory is writable
    assert_serves(pool)


def test_no_network(pool: SandboxPool) -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        result = run_python(pool, f"import socket\nsocket.create_connection(('127.0.0.1', {port}), timeout=2)")
        listener.settimeout(0)
        with pytest.raises(BlockingIOError):
            listener.accept()  # nobody connected
    assert result.stage == "solution" and "PermissionError" in result.error  # no sockets at all
    assert_serves(pool)


def test_environment_is_scrubbed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCALER_TEST_SECRET", "hunter2")
    with SandboxPool(workers=1, limits=LIMITS) as pool:  # a fresh pool: workers start after setenv
        result = run_python(pool, "import os, json\nprint(json.dumps(dict(os.environ)))")
    env = json.loads(result.stdout)
    assert "SCALER_TEST_SECRET" not in env and "hunter2" not in result.stdout
    assert set(env) <= {"PATH", "LANG", "LC_ALL", "HOME", "TMPDIR", "PYTHONHASHSEED", "PYTHONDONTWRITEBYTECODE", "PWD"}


def test_generator_failures(pool: SandboxPool) -> None:
    raising = Program("python", "def gen(params):\n    raise ValueError('n too large')\n", entry="gen")
    broken = Program("python", "def gen(params:\n", entry="gen")
    missing = Program("python", "def other(params):\n    return ''\n", entry="gen")
    wrong_type = Program("python", "def gen(params):\n    return 42\n", entry="gen")
    results = pool.run([Task(g, SUM_PY, {"n": 1}) for g in (raising, broken, missing, wrong_type)])
    assert [r.stage for r in results] == ["generator"] * 4
    assert "generator raised ValueError: n too large (line 2)" in results[0].error
    assert "generator does not compile: SyntaxError" in results[1].error
    assert "generator defines no function 'gen'" in results[2].error
    assert "generator returned int" in results[3].error
    assert_serves(pool)


def test_cpp_failures_are_contained(pool: SandboxPool) -> None:
    compile_error = run_cpp(pool, "int main() { return undefined_name; }\n")
    assert compile_error.stage == "compile" and "C++ compile error" in compile_error.error
    assert "undefined_name" in compile_error.error
    loop = run_cpp(pool, "int main() { volatile long x = 0; while (true) x++; }\n")
    # the 1 s wall limit and the 1 s CPU limit race for a busy loop: either stops it
    assert loop.stage == "solution" and loop.error in ("solution timed out after 1 s wall", "solution exceeded the CPU limit (1 s)")
    crash = run_cpp(pool, "int main() { volatile int *p = nullptr; return *p; }\n")
    assert crash.stage == "solution" and "SIGSEGV" in crash.error
    bomb = run_cpp(pool, "#include <cstdio>\nint main() { for (;;) std::fputs(\"xxxxxxxxxxxxxxxx\", stdout); }\n")
    assert bomb.stage == "solution" and bomb.error == "solution output exceeds the 1 MiB limit"
    fork = run_cpp(pool, "#include <unistd.h>\nint main() { for (;;) fork(); }\n")
    assert fork.stage == "solution" and ("timed out" in fork.error or "CPU limit" in fork.error)
    assert loop.hit_limit and bomb.hit_limit and fork.hit_limit
    assert not crash.hit_limit and not compile_error.hit_limit
    assert_serves(pool)


def test_a_hang_costs_only_its_own_task() -> None:
    hang = Task(None, Program("python", "while True: pass"), stdin="")
    tasks = [normal_task(1), hang, normal_task(2), normal_task(3)]
    with SandboxPool(workers=1, limits=LIMITS) as pool:  # one worker: all four tasks share it
        results = pool.run(tasks)
    assert [r.ok for r in results] == [True, False, True, True]
    assert results[1].error == "solution timed out after 1 s wall"
    for result in (results[0], results[2], results[3]):
        assert int(result.stdout) == sum(result.display["xs"])


def test_memory_is_limited_across_forks() -> None:
    fork_hog = ("import os, time\nfor _ in range(6):\n    if os.fork() == 0:\n        x = bytearray(256 << 20)\n"
                "        time.sleep(3)\n        os._exit(0)\ntime.sleep(3)\nprint('held')")
    with SandboxPool(workers=1, limits=Limits(solution_seconds=5.0, memory_bytes=512 << 20)) as pool:
        result = run_python(pool, fork_hog)  # 6 x 256 MiB in 6 processes, each within its own address space
        assert result.stage == "solution" and result.hit_limit
        assert result.error == "solution ran out of memory (its processes used more than 512 MiB together)"
        assert_serves(pool)


@pytest.mark.parametrize("depth, message", [(150, "generator display is nested deeper than 100 levels"),
                                             (100_000, "generator display is nested too deeply")])
def test_deeply_nested_display_is_a_clean_error(pool: SandboxPool, depth: int, message: str) -> None:
    nested = Program("python", f"def gen(p):\n    x = []\n    for _ in range({depth}):\n        x = [x]\n    return '1\\n', x\n",
                     entry="gen")
    [result] = pool.run([Task(nested, Program("python", "print(input())"), {})])
    assert (result.stage, result.error, result.stdout) == ("generator", message, None)
    assert_serves(pool)


def test_a_batch_of_one_environment_survives_its_own_failures() -> None:
    """Tasks of one environment run as one batch in one process per stage; a task that hangs, crashes or
    kills that process fails alone, every other task gets its own answer, in order."""
    gen = Program("python", "def gen(p, rng):\n    return f\"{p['x']}\\n\"\n", entry="gen")
    sol = Program("python", "import os\nx = int(input())\nif x % 4 == 1:\n    while True: pass\n"
                            "if x % 4 == 2:\n    os._exit(3)\nif x % 4 == 3:\n    raise ValueError(x)\nprint(x * 10)")
    tasks = [Task(gen, sol, params={"x": x}, seed=x) for x in range(12)]
    with SandboxPool(workers=1, limits=LIMITS) as pool:  # one worker: one batch
        results = pool.run(tasks)
    for x, result in enumerate(results):
        assert result.stdin == f"{x}\n"
        expected = {0: (f"{x * 10}\n", None), 1: (None, "solution timed out after 1 s wall"),
                    2: (None, "solution exited with status 3"), 3: (None, f"solution raised ValueError: {x} (line 8)")}
        assert (result.stdout, result.error) == expected[x % 4], x


def test_scratch_space_is_wiped_between_stages() -> None:
    """A generator's files are gone before the solution of its own batch runs."""
    plant = Program("python", "import os\ndef gen(p):\n    open('/tmp/left', 'w').write('x')\n"
                              "    open('/dev/shm/left', 'w').write('x')\n    return '1\\n'\n", entry="gen")
    look = Program("python", "import os\nprint([n for d in ('/tmp', '/dev/shm') for n in os.listdir(d) if n == 'left'])")
    with SandboxPool(workers=1, limits=LIMITS) as pool:
        results = pool.run([Task(plant, look, seed=s) for s in range(3)])
    assert [r.stdout for r in results] == ["[]\n"] * 3, results[0].error


def test_scratch_space_is_wiped_between_batches() -> None:
    plant = "import os\nfor d in ('/tmp', '/dev/shm'):\n    os.makedirs(d + '/left/deep', exist_ok=True)\n    open(d + '/left/x', 'w').write('x')\n    os.chmod(d + '/left', 0)"
    look = "import os\nprint(sorted(os.listdir('/tmp')), sorted(os.listdir('/dev/shm')))"
    with SandboxPool(workers=1, limits=LIMITS) as pool:  # one worker: both tasks share it
        planted, seen = pool.run([Task(None, Program("python", plant), stdin=""), Task(None, Program("python", look), stdin="")])
    assert planted.ok, planted.error
    installed = sorted({p.split("/")[2] for p in bwrap.visible_paths() if p.startswith("/tmp/")})  # a checkout in /tmp
    assert seen.stdout == f"{installed} []\n"


def test_a_scratch_tree_deeper_than_any_path_is_wiped_by_the_same_worker() -> None:
    deep = "import os\nfor _ in range(3000):\n    os.mkdir('d')\n    os.chdir('d')\n    os.chmod('..', 0)\nprint(1)"
    look = "import os\nprint(sorted(n for n in os.listdir('/tmp') if n == 'd' or n.startswith('.wipe')))"
    with SandboxPool(workers=1, limits=LIMITS) as pool:
        assert run_python(pool, "print(1)").ok
        [worker] = pool._live
        planted = run_python(pool, deep)
        seen = run_python(pool, look)
        assert pool._live == {worker}, "the clean-up crashed the worker"
    assert planted.stdout == "1\n" and seen.stdout == "[]\n", (planted.error, seen.error)


def test_confinement_is_required_unless_opted_out(monkeypatch: pytest.MonkeyPatch) -> None:
    bwrap.check.cache_clear()
    monkeypatch.setenv("SCALER_BWRAP", "/bin/false")  # a bwrap that cannot run
    try:
        with pytest.raises(SandboxUnavailable, match="SCALER_SANDBOX=none"):
            SandboxPool(workers=1, limits=LIMITS)
        monkeypatch.setenv("SCALER_SANDBOX", "none")
        with pytest.warns(RuntimeWarning, match="no confinement"):
            pool = SandboxPool(workers=1, limits=LIMITS)
        with pool:
            assert_serves(pool)
            assert pool.isolation["mode"] == "none" and not pool.isolation["network"]
    finally:
        bwrap.check.cache_clear()


# -- semantics -----------------------------------------------------------------------------------
def test_generator_determinism_across_pools(pool: SandboxPool) -> None:
    with_rng = Program("python", "def gen(params, rng):\n    return str([rng.random() for _ in range(params['n'])]), None\n", entry="gen")
    tasks = [Task(g, None, {"n": 20}, seed=s) for g in (GEN, with_rng) for s in (1, 2, 2**62 + 5)]
    first = pool.run(tasks)
    with SandboxPool(workers=1, limits=LIMITS) as other:
        second = other.run(tasks)
    assert [r.stdin for r in first] == [r.stdin for r in second]
    assert first[0].stdin != first[1].stdin and first[1].stdin == pool.run(tasks[1:2])[0].stdin
    assert first[3].stdin != first[4].stdin  # the rng argument is seeded per task too


def test_module_level_random_is_seeded(pool: SandboxPool) -> None:
    import random

    random.seed(11)
    expected = [random.randint(1, 1000) for _ in range(5)]
    [result] = pool.run([Task(GEN, None, {"n": 5}, seed=11)])
    assert result.display == {"n": 5, "xs": expected}
    assert result.stdin == "5\n" + " ".join(map(str, expected)) + "\n"


@pytest.mark.parametrize(
    "source",
    [
        "print(sum(map(int, open(0).read().split())))",
        "import sys\nprint(sum(map(int, sys.stdin.buffer.read().split())))",
        "from sys import *\nprint(sum(map(int, stdin.readline().split())))",
        "import os\nprint(sum(map(int, os.read(0, os.fstat(0).st_size).split())))",
        "import sys\nsys.stdout.write(str(sum(map(int, input().split()))) + '\\n')\nexit()",
        "import sys, threading\nsys.setrecursionlimit(10**6)\nthreading.stack_size(2**26)\n"
        "def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\n"
        "threading.Thread(target=lambda: print(6 + f(50000) - 50000)).start()",
    ],
    ids=["open0", "stdin-buffer", "from-sys-import", "os-read", "exit", "thread-deep-recursion"],
)
def test_stdin_idioms(pool: SandboxPool, source: str) -> None:
    assert run_python(pool, source).stdout == "6\n"


def test_interpreter_state_is_restored(pool: SandboxPool) -> None:
    with SandboxPool(workers=1, limits=LIMITS) as one:
        results = one.run([
            Task(None, Program("python", "import sys\nsys.setrecursionlimit(10**6)\nsys.stdout = open('/dev/null', 'w')\nx = 1"), stdin=""),
            Task(None, Program("python", "import sys\nprint(sys.getrecursionlimit(), __name__, 'x' in globals())"), stdin=""),
        ])
    assert results[1].stdout == "1000 __main__ False\n"


def test_concurrent_runs_are_thread_safe(pool: SandboxPool) -> None:
    outputs: dict[int, list[TaskResult]] = {}

    def work(k: int) -> None:
        outputs[k] = pool.run([normal_task(seed) for seed in range(k * 100, k * 100 + 40)])

    threads = [threading.Thread(target=work, args=(k,)) for k in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for results in outputs.values():
        assert all(r.ok and int(r.stdout) == sum(r.display["xs"]) for r in results)


def test_cpp_is_compiled_once_and_cached_on_disk(pool: SandboxPool, cache_dir: Path) -> None:
    tasks = [Task(GEN, SUM_CPP, {"n": 6}, seed=s) for s in range(10)]
    results = pool.run(tasks)
    assert all(r.ok and int(r.stdout) == sum(r.display["xs"]) for r in results)
    binaries = [p for p in cache_dir.iterdir() if not p.name.startswith(".")]
    stats = {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in binaries}
    with SandboxPool(workers=1, limits=LIMITS, cache_dir=cache_dir) as second:
        again = second.run(tasks)
    assert [r.stdout for r in again] == [r.stdout for r in results]
    assert {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in binaries} == stats  # reused, not rebuilt


def test_close_reaps_every_process() -> None:
    before = _children()  # the module's shared pool keeps its workers
    pool = SandboxPool(workers=2, limits=LIMITS)
    pool.run([normal_task(s) for s in range(20)])
    assert pool.isolation is not None
    assert len(_children() - before) == 2
    pool.close()
    assert _children() - before == set()
    with pytest.raises(RuntimeError, match="closed"):
        pool.run([normal_task()])


def test_isolation_report() -> None:
    with SandboxPool(workers=1, limits=LIMITS) as pool:
        pool.run([normal_task()])
        report = pool.isolation
    if os.geteuid() != 0 and report["mode"] == "none":
        pytest.skip("no user namespaces on this machine: the sandbox runs unisolated (see docs/sandbox.md)")
    assert report["network"] and report["pids"] and report["filesystem"]
    assert report["privileges_dropped"] == (os.geteuid() == 0)


# -- real upstream code --------------------------------------------------------------------------
@pytest.mark.skipif(not UPSTREAM.exists(), reason="../shared/upstream-scaler is not present (only in the project checkout)")
@pytest.mark.parametrize("name", ["p01620 King's Inspection", "1490_G. Old Floppy Drive ", "1200_A. Hotelier"])
def test_upstream_python_and_cpp_solutions_agree(pool: SandboxPool, name: str) -> None:
    env = json.loads(UPSTREAM.read_text())[name]
    generator = Program("python", env["generate_testcase"], entry="generate_testcase")
    params = {k: v["min"] + min(5, v["max"] - v["min"]) for k, v in env["params"].items() if k != "difficulty"}
    solutions = list(zip(env["solutions"]["solution"], env["solutions"]["language"]))
    python = [Program("python", s) for s, lang in solutions if lang == 3]
    cpp = Program("cpp", next(s for s, lang in solutions if lang == 2))
    tasks = [Task(generator, p, params, seed=s) for p in (*python, cpp) for s in range(3)]
    results = pool.run(tasks)
    assert all(r.ok for r in results), [r.error for r in results if not r.ok]
    by_program = [[r.stdout.split() for r in results[i : i + 3]] for i in range(0, len(results), 3)]
    assert all(outputs == by_program[-1] for outputs in by_program)  # every Python solution agrees with C++
    assert isinstance(results[0].display, dict)


# -- helpers -------------------------------------------------------------------------------------
def _processes_of(uid: int) -> int:
    count = 0
    for entry in os.listdir("/proc"):
        try:
            status = Path(f"/proc/{entry}/status").read_text()
        except (FileNotFoundError, NotADirectoryError, ProcessLookupError, PermissionError):
            continue
        real_uid = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("Uid:"))
        count += real_uid == uid
    return count


def _children() -> set[int]:
    children: set[int] = set()
    for task in os.listdir("/proc/self/task"):
        children |= {int(pid) for pid in Path(f"/proc/self/task/{task}/children").read_text().split()}
    return children
