"""The curriculum stream, reward and callback against the real engine and sandbox (no trainer)."""

from __future__ import annotations

import dataclasses
import json
import logging
from types import SimpleNamespace

import pytest

from scaler.curriculum import Curriculum, CurriculumConfig, CurriculumEnv, Outcome
from scaler.engine import EngineConfig, InstanceEngine
from scaler.training.callback import PLOT_FILE, STATE_FILE, TRACE_FILE, CurriculumCallback
from scaler.training.reward import ScalerReward, boxed_format_reward, completion_text
from scaler.training.stream import CurriculumStream, instance_row

BROKEN_GENERATOR = '''
def generate(params, rng):
    if params["n"] >= 20:
        raise RuntimeError("generator bug at large n")
    return f"{params['n']}\\n" + " ".join("1" for _ in range(params["n"])) + "\\n"
'''


@pytest.fixture(scope="module")
def engine():
    with InstanceEngine() as e:
        yield e


@pytest.fixture
def envs(toy_env):
    twin = dataclasses.replace(toy_env, id="toy-sum-b", tags=("other",))
    return [toy_env, twin]


def make_stream(envs, engine, batch_size=3, config=None, seed=0, prefetch=True):
    config = config or CurriculumConfig(active_size=len(envs))
    curriculum = Curriculum([CurriculumEnv.from_environment(e) for e in envs], config, seed=seed)
    return CurriculumStream(curriculum, envs, engine, batch_size, prefetch=prefetch)


def outcomes_for(instances, rewards_per_prompt=(1.0, 0.0)):
    return [Outcome(i.env_id, i.level, i.seed, r) for i in instances for r in rewards_per_prompt]


def test_batches_are_the_curriculum_proposals_as_unique_rows(envs, engine):
    stream = make_stream(envs, engine, batch_size=3)
    twin = Curriculum([CurriculumEnv.from_environment(e) for e in envs], CurriculumConfig(active_size=2), seed=0)
    try:
        batch = stream.next_batch()
        expected = twin.propose(3)
        assert [(i.env_id, i.level, i.seed) for i in batch] == [(p.env_id, p.level, p.seed) for p in expected]
        assert len({(i.env_id, i.seed) for i in batch}) == 3
        rows = list(zip(range(3), stream.dataset()))
        assert [set(r) for _, r in rows] == [{"prompt", "env_id", "level", "seed", "answer", "output_type"}] * 3
        assert rows[0][1]["prompt"][-1]["role"] == "user"
        nxt = twin.propose(3)
        assert [(r["env_id"], r["level"], r["seed"]) for _, r in rows] == [(p.env_id, p.level, p.seed) for p in nxt]
    finally:
        stream.close()


def test_record_updates_the_curriculum_and_proposes_the_next_batch(envs, engine):
    stream = make_stream(envs, engine, batch_size=2)
    try:
        first = stream.next_batch()
        with pytest.raises(RuntimeError, match="oldest unrewarded batch"):
            stream.record(outcomes_for(first[:1]))
        before = stream.curriculum.state_dict()
        metrics = stream.record(outcomes_for(first))
        assert stream.curriculum.step == before["step"] + 1
        assert metrics.groups == 2 and metrics.informative_fraction == 1.0
        assert len(stream.trace.records) == 1
        pending = stream.state_dict()["pending"]
        assert len(pending) == 1 and len(pending[0]) == 2  # the next batch, proposed right after the update
        second = stream.next_batch()
        assert [(p["env_id"], p["seed"]) for p in pending[0]] == [(i.env_id, i.seed) for i in second]
        stream.record(outcomes_for(second))
        with pytest.raises(RuntimeError, match="never produced"):
            stream.record(outcomes_for(second))
    finally:
        stream.close()


@pytest.mark.parametrize("prefetch", [True, False])
def test_state_round_trip_replays_the_unrewarded_batches(envs, engine, prefetch):
    a = make_stream(envs, engine, batch_size=2, prefetch=prefetch)
    b = make_stream(envs, engine, batch_size=2, seed=99, prefetch=prefetch)
    try:
        a.record(outcomes_for(a.next_batch()))
        a.next_batch()  # read, not rewarded: must be replayed after a restore
        state = json.loads(json.dumps(a.state_dict()))
        b.load_state_dict(state)
        assert b.state_dict() == state
        assert b.curriculum.state_dict() == a.curriculum.state_dict()
        replay = [[(i.env_id, i.level, i.seed) for i in b.next_batch()] for _ in state["pending"]]
        assert replay == [[(p["env_id"], p["level"], p["seed"]) for p in batch] for batch in state["pending"]]
        assert b.curriculum.propose(2) == a.curriculum.propose(2)
    finally:
        a.close()
        b.close()


def test_broken_environment_is_quarantined_and_replaced(envs, engine, caplog):
    broken = dataclasses.replace(envs[0], id="broken-gen", generator=BROKEN_GENERATOR, tags=("broken",))
    pool = [broken, *envs]
    config = CurriculumConfig(controller="fixed", controller_args={"fraction": 1.0}, active_size=2, replacement="fresh")
    stream = make_stream(pool, engine, batch_size=4, config=config)
    assert "broken-gen" in stream.curriculum.active  # the first active set is the head of the pool
    try:
        with caplog.at_level(logging.WARNING, logger="scaler.training"):
            batch = stream.next_batch()
        assert len(batch) == 4 and all(i.env_id != "broken-gen" for i in batch)
        assert "broken-gen" not in stream.curriculum.active
        reason = stream.curriculum.curator.quarantined["broken-gen"]
        assert "generator bug at large n" in reason
        assert any("quarantining environment broken-gen" in r.getMessage() for r in caplog.records)
        metrics = stream.record(outcomes_for(batch))  # training goes on
        assert metrics.quarantined == 1 and metrics.events[0]["env_id"] == "broken-gen"
    finally:
        stream.close()


def test_instances_too_large_cap_the_level_instead_of_quarantining(envs, toy_env, caplog):
    config = CurriculumConfig(controller="fixed", controller_args={"fraction": 1.0}, active_size=2)
    with InstanceEngine(config=EngineConfig(max_prompt_chars=560)) as small:  # toy levels 0-1 fit, 3 does not
        stream = make_stream(envs, small, batch_size=4, config=config)
        try:
            with caplog.at_level(logging.WARNING, logger="scaler.training"):
                batch = stream.next_batch()
            assert len(batch) == 4 and {i.env_id for i in batch} == {e.id for e in envs}
            caps = stream.curriculum.caps
            assert not stream.curriculum.curator.quarantined and set(caps.caps) == {e.id for e in envs}
            assert all(i.level <= caps.top(i.env_id) < toy_env.max_level for i in batch)
            assert any("capping environment" in r.getMessage() and "over the budget" in r.getMessage() for r in caplog.records)
        finally:
            stream.close()


def test_reward_verifies_feeds_the_curriculum_and_logs(envs, engine):
    stream = make_stream(envs, engine, batch_size=2)
    reward = ScalerReward(stream)
    try:
        batch = stream.next_batch()
        rows = [instance_row(i) for i in batch for _ in range(2)]  # 2 generations per prompt, as TRL repeats
        completions = [
            [{"role": "assistant", "content": f"so \\boxed{{{r['answer']}}}" if k % 2 == 0 else "no idea"}]
            for k, r in enumerate(rows)
        ]
        logged = {}
        rewards = reward(
            prompts=[r["prompt"] for r in rows],
            completions=completions,
            **{c: [r[c] for r in rows] for c in ("env_id", "level", "seed", "answer", "output_type")},
            log_metric=lambda name, value: logged.__setitem__(name, value),
            trainer_state=None,
        )
        assert rewards == [1.0, 0.0, 1.0, 0.0]
        assert stream.curriculum.step == 1
        assert logged["curriculum/informative_fraction"] == 1.0
        assert logged["curriculum/accuracy"] == 0.5
        assert {"curriculum/mean_level", "curriculum/added", "curriculum/retired"} <= set(logged)
        assert any(k.startswith("curriculum/accuracy_level_") for k in logged)
        assert reward.__name__ == "scaler_reward"
    finally:
        stream.close()


def test_format_reward_and_completion_text():
    assert completion_text([{"role": "assistant", "content": "x"}]) == "x"
    assert boxed_format_reward(["a \\boxed{1}", "\\boxed{1} \\boxed{2}", "none"]) == [1.0, 0.0, 0.0]


def test_callback_saves_and_restores_state_trace_and_plot(envs, engine, tmp_path):
    stream = make_stream(envs, engine, batch_size=2)
    callback = CurriculumCallback(stream)
    args = SimpleNamespace(output_dir=str(tmp_path))
    state = SimpleNamespace(global_step=0, is_world_process_zero=True, log_history=[])
    try:
        callback.on_train_begin(args, state, None)
        for step in (1, 2):
            stream.record(outcomes_for(stream.next_batch()))
            state.global_step = step
            callback.on_step_end(args, state, None)
        callback.on_save(args, state, None)
        checkpoint = tmp_path / "checkpoint-2"
        saved = json.loads((checkpoint / STATE_FILE).read_text())
        assert saved == json.loads(json.dumps(stream.state_dict()))
        written = [json.loads(line) for line in (tmp_path / TRACE_FILE).read_text().splitlines()]
        assert [r["global_step"] for r in written] == [1, 2]  # rows carry the trainer's step
        assert (tmp_path / PLOT_FILE).stat().st_size > 0

        resumed = make_stream(envs, engine, batch_size=2)
        CurriculumCallback(resumed).on_train_begin(args, state, None)  # global_step 2: resume from checkpoint-2
        assert resumed.state_dict() == saved
        assert resumed.trace.records == stream.trace.records
        with pytest.raises(FileNotFoundError, match="no curriculum state"):
            CurriculumCallback(resumed, resume_from_checkpoint=tmp_path / "nowhere").on_train_begin(args, state, None)
        resumed.close()
    finally:
        stream.close()
