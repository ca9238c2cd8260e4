"""The adaptive prompt stream: the TRL adapter around :class:`~scaler.training.scheduler.BatchScheduler`.

The scheduler decides which prompts make up each generation batch; this module makes it a
``datasets.IterableDataset`` that TRL's ``GRPOTrainer`` reads, and supplies how instances are made:
on the main process only (in a background thread with ``prefetch``), then broadcast, so the stream
is identical on every rank. What it relies on in TRL (one generation batch read ahead, each prompt
yielded once and repeated ``num_generations`` times by TRL, every rank iterating the stream itself,
rewards in lockstep on every rank) is stated and checked in :mod:`scaler.training.trl_contract`.

Timing. The dataloader reads one generation batch ahead, so the batch for step ``t + 2`` is read
right after the rewards of step ``t``. :meth:`CurriculumStream.record` (called by the reward with
step ``t``'s outcomes) updates the curriculum and proposes that batch at once; with ``prefetch`` its
instances are made while the trainer runs the backward pass, so the trainer does not wait on the
sandbox and updates take effect one generation batch later.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable, Iterator, Mapping, Sequence, TypeVar

from scaler.curriculum import Curriculum, Outcome, Proposal, StepMetrics, Trace
from scaler.engine import InstanceEngine
from scaler.environment import Environment
from scaler.instance import Instance
from scaler.training.scheduler import BatchScheduler, Failure

T = TypeVar("T")


def instance_row_features():
    """The :class:`datasets.Features` of an :func:`instance_row` (a stream row)."""
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

        self.envs = {e.id: e for e in environments}
        missing = sorted(set(curriculum.envs) - set(self.envs))
        if missing:
            raise ValueError(f"the curriculum names environments that were not given: {missing[:5]}")
        self.engine = engine
        self._dist = PartialState()
        self._executor = (
            ThreadPoolExecutor(1, thread_name_prefix="scaler-prefetch")
            if prefetch and self._dist.is_main_process
            else None
        )
        self.scheduler = BatchScheduler(curriculum, batch_size, self._submit)

    @property
    def curriculum(self) -> Curriculum:
        return self.scheduler.curriculum

    @property
    def trace(self) -> Trace:
        return self.scheduler.trace

    @property
    def batch_size(self) -> int:
        return self.scheduler.batch_size

    # ------------------------------------------------------------------ reading
    def dataset(self):
        """A single-shard ``datasets.IterableDataset`` over :meth:`rows`.

        Built on ``ExamplesIterable`` rather than ``IterableDataset.from_generator``, which would
        fingerprint (pickle) the generator and with it the sandbox pool."""
        from datasets import DatasetInfo, IterableDataset
        from datasets.iterable_dataset import ExamplesIterable

        rows = ExamplesIterable(lambda: enumerate(self.rows()), kwargs={})
        return IterableDataset(rows, info=DatasetInfo(features=instance_row_features()))

    def rows(self) -> Iterator[dict[str, Any]]:
        while True:
            for instance in self.next_batch():
                yield instance_row(instance)

    def next_batch(self) -> list[Instance]:
        """The next generation batch: exactly ``batch_size`` instances, broken environments replaced."""
        return self.scheduler.next_batch()

    def record(self, outcomes: Sequence[Outcome]) -> StepMetrics:
        """Update the curriculum with every rollout of the oldest unrewarded batch; propose the next one."""
        return self.scheduler.record(outcomes)

    def state_dict(self) -> dict[str, Any]:
        return self.scheduler.state_dict()

    def load_state_dict(self, state: Mapping[str, Any]) -> None:
        self.scheduler.load_state_dict(state)

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)

    # ------------------------------------------------------------------ instances
    def _submit(self, proposals: list[Proposal]) -> Callable[[], list[Instance | Failure]]:
        future = self._executor.submit(self._make, proposals) if self._executor is not None else None
        return lambda: self._on_main(future.result if future is not None else lambda: self._make(proposals))

    def _make(self, proposals: Sequence[Proposal]) -> list[Instance | Failure]:
        """Instances in order; a failed one becomes a :class:`Failure`."""
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
