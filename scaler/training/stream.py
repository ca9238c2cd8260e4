"""The adaptive prompt stream: rows the curriculum proposes, one generation batch at a time.

TRL 1.16 reads an ``IterableDataset`` train set through ``repeat_iterable_dataset``: it takes
``generation_batch_size // num_generations`` rows per generation batch and repeats each one
``num_generations`` times itself, so the stream yields every prompt **once**, and each GRPO group
holds copies of one prompt. Every process iterates the stream itself (``dispatch_batches=False``),
so the stream must be identical on every rank: proposals are made on the main thread at the same
points of the training loop everywhere, instances are made on the main process only and broadcast,
and failures act on every rank alike: broken code (a generator that crashes) quarantines its
environment, an instance too large to make (over the prompt budget, out of time) caps its level.

Timing. The dataloader reads one generation batch ahead, so the batch for step ``t + 2`` is read
right after the rewards of step ``t``. :meth:`CurriculumStream.record` (called by the reward with
step ``t``'s outcomes) updates the curriculum, proposes that batch at once and, with ``prefetch``,
makes its instances in a background thread while the trainer runs the backward pass: updates take
effect one generation batch later, exactly as if proposals were made when the batch is read, and
the trainer does not wait on the sandbox. The proposals made but not yet rewarded are part of
:meth:`CurriculumStream.state_dict`, so a resumed run trains on exactly what the original would.
"""

from __future__ import annotations

import logging
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass
from typing import Any, Callable, Iterator, Mapping, Sequence, TypeVar

from scaler.curriculum import Curriculum, Outcome, Proposal, StepMetrics, Trace
from scaler.engine import InstanceEngine
from scaler.environment import Environment
from scaler.errors import FailureKind
from scaler.instance import Instance

logger = logging.getLogger(__name__)

STATE_VERSION = 1
T = TypeVar("T")


def row_features():
    """The :class:`datasets.Features` of a stream row."""
    from datasets import Features, Value

    return Features(
        {
            "prompt": [{"role": Value("string"), "content": Value("string")}],
            "env_id": Value("string"),
            "level": Value("int64"),
            "seed": Value("int64"),
            "answer": Value("string"),
            "output_type": Value("string"),
        }
    )


def instance_row(instance: Instance) -> dict[str, Any]:
    """A conversational GRPO row; the reward receives every column but ``prompt``."""
    return {
        "prompt": instance.prompt,
        "env_id": instance.env_id,
        "level": instance.level,
        "seed": instance.seed,
        "answer": instance.answer,
        "output_type": instance.output_type,
    }


def _key(item: Proposal | Outcome | Instance) -> tuple[str, int, int]:
    return (item.env_id, item.level, item.seed)


@dataclass(frozen=True)
class Failure:
    """Why an instance could not be made."""

    stage: str
    reason: str
    kind: FailureKind

    @property
    def too_large(self) -> bool:
        """The instance is too large to make at its level (over the prompt budget, out of time, memory
        or output), as opposed to broken code: lower levels of the environment may still work."""
        return self.kind == "too_large"

    def __str__(self) -> str:
        return f"{self.stage}: {self.reason}"


@dataclass
class _Batch:
    """Proposals of one generation batch; ``future`` holds their results when made in the background."""

    proposals: list[Proposal]
    future: Future | None = None


class CurriculumStream:
    """An endless, rank-identical stream of prompts chosen by a :class:`Curriculum`.

    ``batch_size`` is the number of unique prompts per generation batch
    (``generation_batch_size // num_generations``). Use :meth:`dataset` as the trainer's
    ``train_dataset`` and call :meth:`record` with each generation batch's outcomes (the
    :class:`~scaler.training.reward.ScalerReward` does).
    """

    def __init__(
        self,
        curriculum: Curriculum,
        environments: Sequence[Environment],
        engine: InstanceEngine,
        batch_size: int,
        *,
        prefetch: bool = True,
    ) -> None:
        from accelerate import PartialState

        if batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {batch_size}")
        self.envs = {e.id: e for e in environments}
        missing = sorted(set(curriculum.envs) - set(self.envs))
        if missing:
            raise ValueError(f"the curriculum names environments that were not given: {missing[:5]}")
        self.curriculum = curriculum
        self.engine = engine
        self.batch_size = batch_size
        self.trace = Trace()
        """One record per curriculum update (see :class:`scaler.curriculum.StepMetrics`)."""
        self._dist = PartialState()
        self._executor = (
            ThreadPoolExecutor(1, thread_name_prefix="scaler-prefetch")
            if prefetch and self._dist.is_main_process
            else None
        )
        self._queued: deque[_Batch] = deque()  # proposed, not yet read
        self._read: deque[list[Proposal]] = deque()  # read by the trainer, not yet rewarded

    # ------------------------------------------------------------------ reading
    def dataset(self):
        """A single-shard ``datasets.IterableDataset`` over :meth:`rows`.

        Built on ``ExamplesIterable`` rather than ``IterableDataset.from_generator``, which would
        fingerprint (pickle) the generator and with it the sandbox pool."""
        from datasets import DatasetInfo, IterableDataset
        from datasets.iterable_dataset import ExamplesIterable

        rows = ExamplesIterable(lambda: enumerate(self.rows()), kwargs={})
        return IterableDataset(rows, info=DatasetInfo(features=row_features()))

    def rows(self) -> Iterator[dict[str, Any]]:
        while True:
            for instance in self.next_batch():
                yield instance_row(instance)

    def next_batch(self) -> list[Instance]:
        """The next generation batch: exactly ``batch_size`` instances, broken environments replaced."""
        batch = self._queued.popleft() if self._queued else self._submit(self.curriculum.propose(self.batch_size))
        instances: list[Instance] = []
        while True:
            results = self._on_main(lambda b=batch: self._results(b))
            failures: dict[str, list[tuple[Proposal, Failure]]] = {}
            for proposal, result in zip(batch.proposals, results):
                if isinstance(result, Instance):
                    instances.append(result)
                else:
                    failures.setdefault(proposal.env_id, []).append((proposal, result))
            if not failures:
                break
            for env_id, failed in failures.items():
                self._handle_failures(env_id, failed)
            instances = [i for i in instances if i.env_id not in failures]
            batch = _Batch(self.curriculum.propose(self.batch_size - len(instances)))
        self._read.append([Proposal(*_key(i)) for i in instances])
        return instances

    def _handle_failures(self, env_id: str, failed: list[tuple[Proposal, Failure]]) -> None:
        """Broken code quarantines the environment; instances too large to make cap its level below them."""
        broken = [(p, f) for p, f in failed if not f.too_large]
        proposal, failure = broken[0] if broken else min(failed, key=lambda pf: pf[0].level)
        reason = f"level {proposal.level} seed {proposal.seed}: {failure}"
        if broken:
            logger.warning("quarantining environment %s: %s", env_id, reason)
            self.curriculum.quarantine(env_id, reason)
        else:
            logger.warning("capping environment %s below level %d: %s", env_id, proposal.level, reason)
            self.curriculum.cap_level(env_id, proposal.level - 1, reason)

    # ------------------------------------------------------------------ learning
    def record(self, outcomes: Sequence[Outcome]) -> StepMetrics:
        """Update the curriculum with every rollout of the oldest unrewarded batch; propose the next one."""
        if not self._read:
            raise RuntimeError("rewards arrived for a batch the stream never produced")
        expected = {_key(p) for p in self._read[0]}
        got = {_key(o) for o in outcomes}
        if got != expected:
            raise RuntimeError(
                f"the rewarded prompts ({len(got)}) are not the stream's oldest unrewarded batch ({len(expected)}); "
                "the trainer must read the stream in order, one generation batch per reward call "
                "(GRPOConfig(shuffle_dataset=False), outcomes gathered from every process)"
            )
        self._read.popleft()
        metrics = self.curriculum.update(outcomes)
        self.trace.append(metrics)
        if not self._queued:
            self._queued.append(self._submit(self.curriculum.propose(self.batch_size)))
        return metrics

    # ------------------------------------------------------------------ state
    def state_dict(self) -> dict[str, Any]:
        """The curriculum's state and every proposed, not yet rewarded batch (JSON-able)."""
        pending = [*self._read, *(b.proposals for b in self._queued)]
        return {
            "version": STATE_VERSION,
            "curriculum": self.curriculum.state_dict(),
            "pending": [[asdict(p) for p in batch] for batch in pending],
        }

    def load_state_dict(self, state: Mapping[str, Any]) -> None:
        """Restore a :meth:`state_dict`; the pending batches are read first, in order."""
        if state.get("version") != STATE_VERSION:
            raise ValueError(f"stream state version {state.get('version')!r}, expected {STATE_VERSION}")
        self.curriculum.load_state_dict(state["curriculum"])
        self._read.clear()
        self._queued.clear()
        for batch in state["pending"]:
            self._queued.append(self._submit([Proposal(**p) for p in batch]))

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)

    # ------------------------------------------------------------------ instances
    def _submit(self, proposals: list[Proposal]) -> _Batch:
        future = self._executor.submit(self._make, proposals) if self._executor is not None else None
        return _Batch(proposals, future)

    def _results(self, batch: _Batch) -> list[Instance | Failure]:
        return batch.future.result() if batch.future is not None else self._make(batch.proposals)

    def _make(self, proposals: Sequence[Proposal]) -> list[Instance | Failure]:
        """Instances in order; a failed one becomes a :class:`Failure` (picklable for the broadcast)."""
        requests = [(self.envs[p.env_id], p.level, p.seed) for p in proposals]
        return [
            r if isinstance(r, Instance) else Failure(r.stage, r.reason, r.kind)
            for r in self.engine.instances(requests, on_error="return")
        ]

    def _on_main(self, fn: Callable[[], T]) -> T:
        """``fn()`` run on the main process and broadcast, so every rank sees the same value (or error)."""
        if self._dist.num_processes == 1:
            return fn()
        from accelerate.utils import broadcast_object_list

        payload: list[Any] = [None]
        if self._dist.is_main_process:
            try:
                payload[0] = (True, fn())
            except Exception as e:  # re-raised on every rank below, so no rank hangs
                payload[0] = (False, f"{type(e).__name__}: {e}")
        broadcast_object_list(payload, from_process=0)
        ok, value = payload[0]
        if not ok:
            raise RuntimeError(f"making instances failed on the main process: {value}")
        return value
