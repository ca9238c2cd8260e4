"""``scaler validate``: the whole built-in pool passes every check, and each kind of broken
environment is caught by the check meant for it."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys

import pytest
from conftest import SCALER_64, needs_shared

from scaler.engine import InstanceEngine
from scaler.envs import builtin_environments
from scaler.envs.builtin import ROOT
from scaler.envs.layout import META
from scaler.sandbox import Limits, SandboxPool
from scaler.validation import CHECKS, ValidationConfig, validate_environment, validate_pool

BUILTIN_IDS = sorted({meta.parent.name for meta in ROOT.glob(f"*/*/{META}")})
"""Read from the folder names, so a pool that fails to load fails each test rather than collection."""


@pytest.fixture(scope="module")
def engine():
    with InstanceEngine(SandboxPool(limits=Limits(solution_seconds=2.0, generator_seconds=5.0))) as engine:
        yield engine


@pytest.fixture(scope="module")
def builtin_reports():
    """Every built-in environment validated once, several at a time (one sandbox worker per core)."""
    with InstanceEngine(SandboxPool()) as engine:
        return {r.env_id: r for r in validate_pool(builtin_environments(), engine)}


@pytest.mark.parametrize("env_id", BUILTIN_IDS)
def test_builtin_environment_passes_every_check(builtin_reports, env_id):
    report = builtin_reports[env_id]
    assert [r.check for r in report.results] == list(CHECKS)
    problems = "; ".join(f"{r.check}: {r.message}" for r in report.failures)
    assert report.passed, f"{env_id} fails {problems}"


# ---------------------------------------------------------------- seeded defects, each caught by its check
def _variant(env, **changes):
    return dataclasses.replace(env, **changes)


def _python(source: str):
    from scaler.environment import Solution

    return Solution("python", source)


SUM = "n = int(input())\nprint(sum(map(int, input().split())))\n"

DEFECTS = {
    "determinism": dict(generator=(
        "import os\n"
        "def generate(params, rng):\n"
        "    n = params['n']\n"
        "    xs = [int.from_bytes(os.urandom(2), 'big') % 201 - 100 for _ in range(n)]\n"
        "    return f\"{n}\\n{' '.join(map(str, xs))}\\n\"\n")),
    "agreement": dict(solutions=None),  # filled in below: an off-by-one second solution
    "diversity": dict(solutions=[_python("input(); input()\nprint(0)\n"), _python("print(0)\n")]),
    "growth": dict(levels=[{"n": 1}, {"n": 5}, {"n": 5}, {"n": 50}]),
    "min-scale": dict(solutions=[_python("n = int(input())\nraise SystemExit(3) if n == 1 else print(n)\n")]),
    "limits": dict(solutions=[_python(
        "n = int(input())\nxs = list(map(int, input().split()))\n"
        "while n >= 50:\n    pass\nprint(sum(xs))\n")]),
}


def _defective(toy_env, check: str):
    if check == "agreement":
        off_by_one = _python("n = int(input())\nprint(sum(map(int, input().split())) + (n > 3))\n")
        return _variant(toy_env, solutions=[toy_env.solutions[0], off_by_one])
    return _variant(toy_env, **DEFECTS[check])


def test_the_good_environment_passes(engine, toy_env):
    report = validate_environment(toy_env, engine)
    assert report.passed, report.failures
    assert report.result("agreement").verdict == "pass"
    assert report.result("limits").evidence["max_solution_wall_s"] > 0


@pytest.mark.parametrize("check", sorted(DEFECTS))
def test_a_defect_is_caught_by_its_check(engine, toy_env, check):
    report = validate_environment(_defective(toy_env, check), engine)
    result = report.result(check)
    assert result.verdict == "fail", result
    assert not report.passed and report.env_id == "toy-sum"
    evidence = result.evidence
    if check == "agreement":  # the seed and both answers that disagree
        assert "seed" in evidence and int(evidence["other"]) == int(evidence["first"]) + 1
    if check == "determinism":
        assert evidence["first"] != evidence["second"]
    if check == "diversity":
        assert evidence["distinct"] == 1 and evidence["largest_group"] == 100
    if check == "limits":
        assert evidence["hit_limit"] is True
    if check == "min-scale":
        assert evidence["stage"] == "solution"


def test_a_generator_that_ignores_its_scale_is_caught_by_growth(engine, toy_env):
    fixed = "def generate(params, rng):\n    xs = [rng.randint(-100, 100) for _ in range(10)]\n    return f\"10\\n{' '.join(map(str, xs))}\\n\"\n"
    result = validate_environment(_variant(toy_env, generator=fixed), engine).result("growth")
    assert result.verdict == "fail" and "scale parameters" in result.message


def test_a_crashing_generator_fails_min_scale(engine, toy_env):
    crash = "def generate(params, rng):\n    return 1 / 0\n"
    result = validate_environment(_variant(toy_env, generator=crash), engine, ValidationConfig(checks=("min-scale",)))
    assert result.results[0].verdict == "fail" and "ZeroDivisionError" in result.results[0].message


def test_an_oversize_top_level_fails_the_prompt_budget(engine, toy_env):
    from scaler.environment import ScaleParam

    huge = _variant(toy_env, scale_params={"n": ScaleParam(1, 9000)}, levels=[*toy_env.levels, {"n": 9000}])
    config = ValidationConfig(checks=("prompt-budget",))
    [result] = validate_environment(huge, engine, config).results
    assert result.verdict == "fail" and "over the" in result.message
    [fits] = validate_environment(toy_env, engine, config).results
    assert fits.verdict in ("pass", "skip")  # skip: no tokenizer installed, within the chars budget


def test_a_single_solution_skips_agreement(engine, toy_env):
    one = _variant(toy_env, solutions=toy_env.solutions[:1])
    [result] = validate_environment(one, engine, ValidationConfig(checks=("agreement",))).results
    assert result.verdict == "skip"


def test_unknown_check_names_are_refused(engine, toy_env):
    from scaler.errors import ConfigError

    with pytest.raises(ConfigError, match="unknown checks"):
        validate_environment(toy_env, engine, ValidationConfig(checks=("nope",)))


# ---------------------------------------------------------------- the CLI
def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "scaler", *args], capture_output=True, text=True, timeout=900)


def test_cli_validates_a_folder_pool_and_exits_1_on_a_failure(tmp_path, toy_env):
    from scaler.envs import save_environments

    bad = _defective(toy_env, "agreement")
    save_environments([_variant(bad, id="toy-bad"), _variant(toy_env, id="toy-good")], tmp_path, "toys")
    done = _cli("validate", str(tmp_path), "--trust-remote-code", "--json", "--workers", "2",
                "--checks", "agreement", "growth")
    assert done.returncode == 1, done.stderr
    out = json.loads(done.stdout)
    verdicts = {r["env_id"]: {c["check"]: c["verdict"] for c in r["results"]} for r in out["reports"]}
    assert verdicts == {"toy-bad": {"agreement": "fail", "growth": "pass"},
                        "toy-good": {"agreement": "pass", "growth": "pass"}}
    done = _cli("validate", str(tmp_path), "--trust-remote-code", "--only", "toy-good", "--checks", "agreement")
    assert done.returncode == 0, done.stderr
    assert "1/1 environments pass" in done.stdout and "toy-good" in done.stdout
    untrusted = _cli("validate", str(tmp_path))
    assert untrusted.returncode == 2 and "--trust-remote-code" in untrusted.stderr


@needs_shared(SCALER_64)
@pytest.mark.slow
def test_cli_validates_upstream_scaler_64(tmp_path):
    """The upstream pool, converted on the fly; docs/pool.md records what it passes and fails."""
    done = _cli("validate", str(SCALER_64), "--trust-remote-code", "--json")
    assert done.returncode in (0, 1), done.stderr
    out = json.loads(done.stdout)
    assert out["environments"] == 64
    assert all({c["check"] for c in r["results"]} <= {"record", *CHECKS} for r in out["reports"])
