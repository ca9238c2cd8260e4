"""Which prompts make up each generation batch: the curriculum's proposals, in order, with failures handled.

:class:`BatchScheduler` is pure Python (no threads, no accelerate, no TRL): it asks the curriculum
for proposals, hands them to an injected ``submit`` function that makes their instances (now, in a
background thread, or on another process), replaces the prompts whose instances could not be made,
checks that rewards come back for exactly the batch it handed out, and keeps every proposed but not
yet rewarded batch in its state so a resumed run trains on exactly what the original would.
How the trainer reads it is the adapter's business (:mod:`scaler.training.stream`).
"""

from __future__ import annotations

import logging
from collections import deque
from dataclasses import asdict, dataclass
from typing import Any, Callable, Mapping, Sequence

from scaler.curriculum import Curriculum, Outcome, Proposal, StepMetrics, Trace
from scaler.errors import FailureKind
from scaler.instance import Instance

logger = logging.getLogger(__name__)

STATE_VERSION = 1


@dataclass(frozen=True)
class Failure:
    """Why an instance could not be made (picklable, so it can be broadcast between processes)."""

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


Results = list["Instance | Failure"]
Submit = Callable[[list[Proposal]], Callable[[], Results]]
"""Start making the instances of some proposals; returns a function that waits for them, in order."""


@dataclass
class _Batch:
    proposals: list[Proposal]
    results: Callable[[], Results]


def _key(item: Proposal | Outcome | Instance) -> tuple[str, int, int]:
    return (item.env_id, item.level, item.seed)


class BatchScheduler:
    """Generation batches of exactly ``batch_size`` instances chosen by ``curriculum``.

    Broken code (a generator that crashes) quarantines its environment; an instance too large to
    make caps the environment's level below it. Both act the same on every process, because every
    process sees the same results."""

    def __init__(self, curriculum: Curriculum, batch_size: int, submit: Submit) -> None:
        if batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {batch_size}")
        self.curriculum = curriculum
        self.batch_size = batch_size
        self.trace = Trace()
        """One record per curriculum update (see :class:`scaler.curriculum.StepMetrics`)."""
        self._submit = submit
        self._queued: deque[_Batch] = deque()  # proposed, not yet read
        self._read: deque[list[Proposal]] = deque()  # read by the trainer, not yet rewarded

    def next_batch(self) -> list[Instance]:
        """The next generation batch: exactly ``batch_size`` instances, failed prompts replaced."""
        batch = self._queued.popleft() if self._queued else self._start(self.curriculum.propose(self.batch_size))
        instances: list[Instance] = []
        while True:
            failures: dict[str, list[tuple[Proposal, Failure]]] = {}
            for proposal, result in zip(batch.proposals, batch.results()):
                if isinstance(result, Instance):
                    instances.append(result)
                else:
                    failures.setdefault(proposal.env_id, []).append((proposal, result))
            if not failures:
                break
            for env_id, failed in failures.items():
                self._handle_failures(env_id, failed)
            instances = [i for i in instances if i.env_id not in failures]
            batch = self._start(self.curriculum.propose(self.batch_size - len(instances)))
        self._read.append([Proposal(*_key(i)) for i in instances])
        return instances

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
        if not self._queued:  # proposed now, made while the trainer runs its backward pass
            self._queued.append(self._start(self.curriculum.propose(self.batch_size)))
        return metrics

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
            self._queued.append(self._start([Proposal(**p) for p in batch]))

    def _start(self, proposals: list[Proposal]) -> _Batch:
        return _Batch(proposals, self._submit(proposals))

    def _handle_failures(self, env_id: str, failed: list[tuple[Proposal, Failure]]) -> None:
        broken = [(p, f) for p, f in failed if not f.too_large]
        proposal, failure = broken[0] if broken else min(failed, key=lambda pf: pf[0].level)
        reason = f"level {proposal.level} seed {proposal.seed}: {failure}"
        if broken:
            logger.warning("quarantining environment %s: %s", env_id, reason)
            self.curriculum.quarantine(env_id, reason)
        else:
            logger.warning("capping environment %s below level %d: %s", env_id, proposal.level, reason)
            self.curriculum.cap_level(env_id, proposal.level - 1, reason)
