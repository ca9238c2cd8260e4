"""The sandbox against a skilled attacker, through the public API only (``SandboxPool.run``).

Each attack of ``tests/escape/attacks.py`` gets a fresh pool (one worker, so everything shares it)
on a shared C++ cache. The pool first serves another instance whose input is secret; then a batch of
the attack, that secret instance and eight legit tasks (Python and C++ solutions); then the attack's
probe, if any (a task that looks for what the attack left); then a next batch of legit tasks. The
attack is contained when: the legit answers of both batches equal ones computed here; no result
carries a planted secret or an ``ESCAPED!`` report; the sandbox processes hold no more than the
memory limit (resident sets and memfds, sampled from here) and the pool itself does not balloon;
and, seen from this process, no host file changed, no listener was reached, and no IPC object, kernel
key or process outlived the attack or its pool. Cache attacks are also checked from a fresh pool and,
at the end, from a pool in another process; some attacks also run beside legit batches sent at the
same time to one two-worker pool.

As root, pytest runs the attacks directly, and at the same time re-runs the whole module as uid/gid
65534 in a subprocess (``tests/escape/unprivileged.py``): ``test_unprivileged[...]`` reports that
run, one result per test. Attacks that the sandbox in the tree does not contain fail: they are its
specification.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from dataclasses import asdict
from pathlib import Path

import pytest

from escape.attacks import ATTACKS, MECHANISMS, ROLES, Attack, Outcome
from escape.unprivileged import INNER_ENV, NOBODY, InnerRun, Pending, unavailable
from escape.world import (ESCAPED, LEGIT_CPP, LIMITS, MEMORY_SLACK, POOL_GROWTH, RUN_BOUND, SECRET_ENV, MemorySampler,
                          World, assert_legit, confinement_problem, descendants, expected, legit_tasks, make_world,
                          result_text, run_bounded, strays)
from scaler.sandbox import SandboxPool

INNER = os.environ.get(INNER_ENV) == "1"


@pytest.fixture(scope="module")
def world():
    """The planted host world; ``HOME`` points at its fake home and the secret is in the environment
    while pools start, as they would be for a user running scaler."""
    world = make_world()
    saved = {name: os.environ.get(name) for name in ("HOME", SECRET_ENV)}
    os.environ.update(HOME=str(world.home), **{SECRET_ENV: world.tokens["env"]})
    try:
        with SandboxPool(workers=1, limits=LIMITS, cache_dir=world.cache) as pool:  # a trusted first compile
            tasks = legit_tasks(1)
            try:
                results = pool.run(tasks)
            except RuntimeError as exc:  # no worker can start at all
                if INNER:
                    pytest.skip(f"the sandbox cannot start for an unprivileged user here: {exc}")
                raise
            assert_legit(tasks, results, "before any attack")
            problem = confinement_problem(pool)
            if problem:
                pytest.fail(f"refusing to run the attacks, they would harm this machine: {problem}")
        yield world
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        world.close()


def test_the_suite_covers_every_mechanism_and_role() -> None:
    ids = [attack.id for attack in ATTACKS]
    assert len(ids) >= 40 and len(set(ids)) == len(ids)
    for mechanism in MECHANISMS:
        assert sum(a.mechanism == mechanism for a in ATTACKS) >= 5, mechanism
    for role in ROLES:
        assert any(a.role == role for a in ATTACKS), role


def test_the_rerun_is_unprivileged() -> None:
    """In the re-run (reported as ``test_unprivileged[the_rerun_is_unprivileged]``): uid and gid 65534,
    no supplementary groups, no capabilities at all."""
    if not INNER:
        pytest.skip("checks the unprivileged re-run from inside it")
    status = dict(line.split(":\t", 1) for line in Path("/proc/self/status").read_text().splitlines() if ":\t" in line)
    assert (os.getuid(), os.geteuid(), os.getgid(), os.getegid(), os.getgroups()) == (NOBODY,) * 4 + ([],)
    capabilities = {name: status[name].strip() for name in ("CapInh", "CapPrm", "CapEff", "CapBnd", "CapAmb")}
    assert all(int(value, 16) == 0 for value in capabilities.values()), capabilities


@pytest.mark.parametrize("attack", ATTACKS, ids=[a.id for a in ATTACKS])
def test_attack_is_contained(world: World, attack: Attack, unprivileged_run: Pending | None) -> None:
    failures: list[str] = []
    before = descendants(os.getpid())
    spared = unprivileged_run.proc.pid if unprivileged_run else None  # the re-run alongside: not this attack's
    try:
        _attack(world, attack, failures, spared, before)
    finally:  # host-side effects (always checked, then cleaned up)
        failures += world.problems()
        failures += strays(before, spared)
    assert not failures, f"{attack.id} ({attack.mechanism}) was not contained:\n  " + "\n  ".join(failures)


def _attack(world: World, attack: Attack, failures: list[str], spared: int | None, before: set[int]) -> None:
    def expect(ok: bool, message: str) -> None:
        if not ok:
            failures.append(message)

    with SandboxPool(workers=1, limits=attack.limits, cache_dir=world.cache) as pool:
        secret = run_bounded(pool, [world.secret_input])[0]  # another instance, whose input is secret
        expect(secret.stdout == expected(world.secret_input).stdout, f"the secret instance failed: {secret!r}")
        # the secret instance and the legit tasks share the attack's batch (and, sorted, its chunk)
        batch = [attack.task(world), world.secret_input, *[t for seed in (11, 13, 15, 17) for t in legit_tasks(seed)]]
        with MemorySampler(spared, before) as sampler:
            results = run_bounded(pool, batch)
            probe_task = attack.probe_task(world)
            probe = run_bounded(pool, [probe_task])[0] if probe_task else None
        for where, result in (("attack", results[0]), ("probe", probe)):
            if result is not None:
                text = result_text(result)
                expect(ESCAPED not in text, f"the {where} reported a forbidden success: {_excerpt(text, ESCAPED)}")
                leaked = world.leaks(text)
                expect(not leaked, f"the {where}'s result carries secrets: {leaked}")
        _check(lambda: assert_legit(batch[1:], results[1:], "a legit task in the attack's batch"), failures)
        if attack.check is not None:
            _check(lambda: attack.check(Outcome(results[0], probe, sampler.peak, attack.limits)), failures)
        bound = attack.limits.memory_bytes + MEMORY_SLACK
        expect(sampler.peak > 0, "this process could not see the sandbox processes: the memory checks are blind")
        expect(sampler.peak <= bound,
               f"sandbox processes held {sampler.peak >> 20} MiB, memfds included (bound {bound >> 20} MiB)")
        expect(sampler.own_peak <= POOL_GROWTH, f"the pool process itself grew by {sampler.own_peak >> 20} MiB "
                                                f"(bound {POOL_GROWTH >> 20} MiB): it buffers what the attack produced")
        after = legit_tasks(21, world.fresh_cpp() if attack.fresh_cpp else LEGIT_CPP)
        _check(lambda: assert_legit(after, run_bounded(pool, after), "the next legit batch on the same pool"), failures)
    if attack.fresh_cpp:  # the binaries the attacked pool put in the cache, loaded by a fresh pool
        with SandboxPool(workers=1, limits=LIMITS, cache_dir=world.cache) as fresh:
            tasks = [legit_tasks(31, program)[1] for program in (LEGIT_CPP, after[1].solution)]
            _check(lambda: assert_legit(tasks, run_bounded(fresh, tasks), "a fresh pool on the same cache"), failures)


def _check(assertion, failures: list[str]) -> None:
    try:
        assertion()
    except AssertionError as exc:
        failures.append(str(exc).split("\nassert ")[0])


def _excerpt(text: str, needle: str) -> str:
    at = text.find(needle)
    return text[max(0, at - 40) : at + 120]


CONCURRENT = ("fd-spray", "proc-fd-spray", "daemon-thread", "double-fork-daemon", "signal-storm", "keepalive-frames",
              "deep-forged-frame", "gen-load-time-poison", "replace-binaries", "fork-bomb-generator")


def test_attacks_beside_legit_batches_on_a_shared_pool(world: World) -> None:
    """Attacks in one thread and legit batches in another, at the same time, on one two-worker pool:
    the legit batches are answered right whatever the other worker runs."""
    attacks = [attack for attack in ATTACKS if attack.id in CONCURRENT]
    legit: list[list] = []
    with SandboxPool(workers=2, limits=LIMITS, cache_dir=world.cache) as pool:
        def serve_legit() -> None:
            for seed in range(40, 48):
                tasks = legit_tasks(seed)
                legit.append([tasks, pool.run(tasks)])

        thread = threading.Thread(target=serve_legit)
        thread.start()
        run_bounded(pool, [attack.task(world) for attack in attacks])
        thread.join(RUN_BOUND)
        assert not thread.is_alive(), "the legit batches did not finish"
    assert len(legit) == 8
    for tasks, results in legit:
        assert_legit(tasks, results, "a legit batch beside the attacks")
    assert not world.problems()


_OTHER_PROCESS = """
import json, sys
from scaler.sandbox import Limits, Program, SandboxPool, Task
spec = json.load(sys.stdin)
with SandboxPool(workers=1, limits=Limits(**spec["limits"]), cache_dir=spec["cache"]) as pool:
    results = pool.run([Task(None, Program("cpp", source), stdin=stdin) for source, stdin in spec["tasks"]])
print(json.dumps([[r.stdout, r.error] for r in results]))
"""


def test_cache_serves_a_pool_in_another_process(world: World) -> None:
    """After all the attacks, every C++ binary in the cache is the real one: a pool in another process
    that loads (or builds) them answers right."""
    stdin = "4\n10 20 30 40\n"
    tasks = [[program.source, stdin] for program in world.cpp_sources]
    spec = {"limits": asdict(LIMITS), "cache": str(world.cache), "tasks": tasks}
    proc = subprocess.run([sys.executable, "-c", _OTHER_PROCESS], input=json.dumps(spec), capture_output=True,
                          text=True, timeout=300, cwd=Path(__file__).resolve().parents[1])
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert json.loads(proc.stdout) == [["100\n", None]] * len(world.cpp_sources)


# -- the same suite, unprivileged ----------------------------------------------------------------
@pytest.fixture(scope="module", autouse=True)
def unprivileged_run(request: pytest.FixtureRequest):
    """Start the unprivileged re-run with the module when any ``test_unprivileged`` is selected, so that
    it runs alongside this one."""
    selected = any(item.name.startswith("test_unprivileged") for item in request.session.items)
    pending = Pending(Path(__file__)) if selected and not INNER and unavailable() is None else None
    yield pending
    if pending is not None:
        pending.cancel()


@pytest.fixture(scope="module")
def inner_run(unprivileged_run: Pending | None) -> InnerRun:
    if INNER:
        pytest.skip("already the unprivileged re-run")
    if unprivileged_run is None:
        pytest.skip(unavailable() or "the unprivileged re-run was not started")
    return unprivileged_run.wait()


UNPRIVILEGED_IDS = ["test_the_suite_covers_every_mechanism_and_role", "test_the_rerun_is_unprivileged",
                    *[f"test_attack_is_contained[{a.id}]" for a in ATTACKS],
                    "test_attacks_beside_legit_batches_on_a_shared_pool",
                    "test_cache_serves_a_pool_in_another_process"]


@pytest.mark.parametrize("test_id", UNPRIVILEGED_IDS, ids=lambda test_id: test_id.removeprefix("test_"))
def test_unprivileged(inner_run: InnerRun, test_id: str) -> None:
    """The same test, run by uid 65534 (no capabilities, no groups) in a subprocess."""
    outcome = inner_run.outcomes.get(test_id)
    assert outcome is not None, f"the unprivileged run did not report {test_id}:\n{inner_run.tail}"
    if outcome.skipped:
        pytest.skip(f"skipped as uid 65534: {outcome.message}")
    if not outcome.passed:
        pytest.fail(f"as uid 65534: {outcome.message}", pytrace=False)
