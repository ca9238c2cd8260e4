"""``CurriculumCallback``: checkpoints the curriculum with the model, writes its trace and plot.

Files (``output_dir`` and every ``checkpoint-N``): ``scaler_state.json`` (the stream's state: the
curriculum's exact state, RNG included, and its proposed-but-unrewarded batches) and
``curriculum_trace.jsonl`` (one record per curriculum step); at the end of training and at each
save ``curriculum.png`` in ``output_dir``. On resume (``global_step > 0`` at train begin) the state
and the trace are restored from the checkpoint before the stream is first read.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

from transformers import TrainerCallback, TrainerControl, TrainerState, TrainingArguments

from scaler.curriculum import Trace, plot_trace
from scaler.training.stream import CurriculumStream

logger = logging.getLogger(__name__)

STATE_FILE = "scaler_state.json"
TRACE_FILE = "curriculum_trace.jsonl"
PLOT_FILE = "curriculum.png"


class CurriculumCallback(TrainerCallback):
    """Persists and restores a :class:`CurriculumStream` beside the trainer's checkpoints."""

    def __init__(self, stream: CurriculumStream, resume_from_checkpoint: str | os.PathLike[str] | None = None) -> None:
        self.stream = stream
        self.resume_from_checkpoint = resume_from_checkpoint
        """The checkpoint being resumed; by default ``output_dir/checkpoint-<global_step>``."""
        self._written = 0  # trace records already in output_dir/curriculum_trace.jsonl

    # ------------------------------------------------------------------ events
    def on_train_begin(self, args: TrainingArguments, state: TrainerState, control: TrainerControl, **kwargs: Any):
        out = Path(args.output_dir)
        if state.global_step > 0:
            checkpoint = Path(self.resume_from_checkpoint or out / f"checkpoint-{state.global_step}")
            self.restore(checkpoint)
        if state.is_world_process_zero:
            out.mkdir(parents=True, exist_ok=True)
            self.stream.trace.write_jsonl(out / TRACE_FILE)
        self._written = len(self.stream.trace.records)

    def on_step_end(self, args: TrainingArguments, state: TrainerState, control: TrainerControl, **kwargs: Any):
        for record in self.stream.trace.records[self._written :]:
            record.setdefault("global_step", state.global_step)
        if state.is_world_process_zero:
            self._append_trace(Path(args.output_dir))

    def on_save(self, args: TrainingArguments, state: TrainerState, control: TrainerControl, **kwargs: Any):
        if state.is_world_process_zero:
            checkpoint = Path(args.output_dir) / f"checkpoint-{state.global_step}"
            self.save(checkpoint)
            self._plot(Path(args.output_dir), state)

    def on_train_end(self, args: TrainingArguments, state: TrainerState, control: TrainerControl, **kwargs: Any):
        if state.is_world_process_zero:
            out = Path(args.output_dir)
            self.save(out)
            self._plot(out, state)

    # ------------------------------------------------------------------ files
    def save(self, folder: Path) -> None:
        """Write the stream state and the full trace into ``folder``."""
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / (STATE_FILE + ".tmp")
        tmp.write_text(json.dumps(self.stream.state_dict()), encoding="utf-8")
        tmp.replace(folder / STATE_FILE)
        self.stream.trace.write_jsonl(folder / TRACE_FILE)

    def restore(self, checkpoint: Path) -> None:
        """Load the stream state and the trace saved in ``checkpoint`` (on every rank)."""
        path = checkpoint / STATE_FILE
        if not path.is_file():
            raise FileNotFoundError(
                f"{path} is missing: the checkpoint holds no curriculum state, so training cannot resume exactly "
                "(was it written by a scaler run?)"
            )
        self.stream.load_state_dict(json.loads(path.read_text(encoding="utf-8")))
        trace = checkpoint / TRACE_FILE
        self.stream.trace.records = Trace.read_jsonl(trace) if trace.is_file() else []
        logger.info("restored the curriculum from %s (step %d)", checkpoint, self.stream.curriculum.step)

    def _append_trace(self, out: Path) -> None:
        new = self.stream.trace.records[self._written :]
        if new:
            with open(out / TRACE_FILE, "a", encoding="utf-8") as f:
                f.writelines(json.dumps(r) + "\n" for r in new)
            self._written += len(new)

    def _plot(self, out: Path, state: TrainerState) -> None:
        curriculum = self.stream.curriculum
        if self.stream.trace.records:
            plot_trace(
                self.stream.trace.records, out / PLOT_FILE, title=out.name,
                max_levels={e: spec.max_level for e, spec in curriculum.envs.items()},
                target=curriculum.config.target_success, band=curriculum.config.retire_frontier_band,
                log_history=state.log_history,
            )
