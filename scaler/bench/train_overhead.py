"""What the adaptive curriculum costs a GRPO step: scaler's stream + reward + callback vs a plain dataset.

Both arms train the same tiny random Qwen3 (``scaler:tiny-qwen3``, CPU) with the same GRPOConfig on
the same prompts, in one process, alternating arms over ``rounds``: **ours** reads the curriculum
stream (instances made in the sandbox, prefetched), scores with ``scaler_reward`` (verify, gather,
curriculum update, metrics) and runs the ``CurriculumCallback``; **baseline** reads the prompts our
arm trained on from an in-memory ``datasets.Dataset`` and scores with a constant reward. A step's
time is the gap between consecutive ``on_step_end`` events (data, generation, reward, backward);
the first step of each run is warm-up and left out. Reported: median step time of each arm and
their ratio (target <= 1.05).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path
from typing import Any, Sequence

from transformers import PrinterCallback, TrainerCallback


class _StepClock(TrainerCallback):
    def __init__(self) -> None:
        self.marks: list[float] = []

    def on_step_end(self, args, state, control, **kwargs):
        self.marks.append(time.perf_counter())

    def step_times(self) -> list[float]:
        return [b - a for a, b in zip(self.marks, self.marks[1:])]  # drops the warm-up step


def constant_reward(completions: list, **kwargs: Any) -> list[float]:
    return [0.0] * len(completions)


def _config(out: Path, steps: int, prompts: int, generations: int, completion_tokens: int):
    from trl import GRPOConfig

    return GRPOConfig(
        output_dir=str(out), use_cpu=True, bf16=False, seed=0, max_steps=steps,
        per_device_train_batch_size=prompts * generations, num_generations=generations,
        max_completion_length=completion_tokens, shuffle_dataset=False, ignore_data_skip=True,
        learning_rate=1e-5, lr_scheduler_type="constant", save_strategy="no", logging_steps=1,
        report_to=[], disable_tqdm=True,
    )


def _ours(model: str, tokenizer, config, rows: list[dict]) -> list[float]:
    from datasets import DatasetInfo, IterableDataset
    from datasets.iterable_dataset import ExamplesIterable

    from scaler.training.callback import CurriculumCallback
    from scaler.training.config import ScalerArguments
    from scaler.training.reward import ScalerReward
    from scaler.training.run import build_stream
    from scaler.training.stream import instance_row_features
    from scaler.training.trainer import ScalerGRPOTrainer

    clock = _StepClock()
    with ExitStack() as resources:
        stream = build_stream(ScalerArguments(curriculum={"active_size": 4}), config, tokenizer, resources)

        def tapped():
            for i, row in enumerate(stream.rows()):
                rows.append(row)
                yield i, row

        dataset = IterableDataset(ExamplesIterable(tapped, kwargs={}), info=DatasetInfo(features=instance_row_features()))
        trainer = ScalerGRPOTrainer(
            model=model, reward_funcs=[ScalerReward(stream)], args=config, train_dataset=dataset,
            processing_class=tokenizer, callbacks=[CurriculumCallback(stream), clock],
            stream=stream, base_model=None, pool=None,
        )
        trainer.remove_callback(PrinterCallback)  # logs are still made (and timed), just not printed
        trainer.train()
    return clock.step_times()


def _baseline(model: str, tokenizer, config, rows: list[dict]) -> list[float]:
    from datasets import Dataset
    from trl import GRPOTrainer

    clock = _StepClock()
    trainer = GRPOTrainer(
        model=model, reward_funcs=[constant_reward], args=config, train_dataset=Dataset.from_list(rows),
        processing_class=tokenizer, callbacks=[clock],
    )
    trainer.remove_callback(PrinterCallback)
    trainer.train()
    return clock.step_times()


def run(
    json_output: bool = False,
    steps: int = 5,
    rounds: int = 2,
    prompts: int = 2,
    generations: int = 4,
    completion_tokens: int = 8,
) -> dict:
    """Measure both arms; returns (and unless ``json_output``, prints) the report."""
    from scaler.training.models import resolve_model
    from scaler.training.run import load_tokenizer

    model = resolve_model("scaler:tiny-qwen3")
    tokenizer = load_tokenizer(model)
    ours: list[float] = []
    baseline: list[float] = []
    # the trainers' logs go to stderr, so stdout holds only the report
    with tempfile.TemporaryDirectory(prefix="scaler-bench-") as tmp, contextlib.redirect_stdout(sys.stderr):
        for r in range(rounds):
            config = _config(Path(tmp) / f"ours-{r}", steps, prompts, generations, completion_tokens)
            rows: list[dict] = []
            ours += _ours(model, tokenizer, config, rows)
            config = _config(Path(tmp) / f"base-{r}", steps, prompts, generations, completion_tokens)
            baseline += _baseline(model, tokenizer, config, rows[: steps * prompts])
    report = {
        "model": "scaler:tiny-qwen3 (CPU)",
        "steps_per_run": steps,
        "rounds": rounds,
        "prompts_per_step": prompts,
        "generations": generations,
        "completion_tokens": completion_tokens,
        "ours_step_s": statistics.median(ours),
        "baseline_step_s": statistics.median(baseline),
        "ratio": statistics.median(ours) / statistics.median(baseline),
        "target_ratio": 1.05,
    }
    if not json_output:
        _print(report)
    return report


def _print(report: dict) -> None:
    print(
        f"GRPO step time, {report['model']}, {report['prompts_per_step']} prompts x {report['generations']} "
        f"generations x {report['completion_tokens']} tokens, {report['rounds']} x {report['steps_per_run'] - 1} "
        "timed steps per arm"
    )
    print(f"  scaler stream + reward + callback: {report['ours_step_s']:.3f} s/step (median)")
    print(f"  plain dataset + constant reward:   {report['baseline_step_s']:.3f} s/step (median)")
    print(f"  ratio: {report['ratio']:.3f} (target <= {report['target_ratio']})")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scaler bench train-overhead", description=__doc__)
    parser.add_argument("--steps", type=int, default=5, help="training steps per run (the first is warm-up)")
    parser.add_argument("--rounds", type=int, default=2, help="runs per arm, alternating")
    parser.add_argument("--prompts", type=int, default=2, help="prompts per step")
    parser.add_argument("--generations", type=int, default=4, help="completions per prompt")
    parser.add_argument("--completion-tokens", type=int, default=8)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    report = run(
        json_output=args.json, steps=args.steps, rounds=args.rounds, prompts=args.prompts,
        generations=args.generations, completion_tokens=args.completion_tokens,
    )
    if args.json:
        print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
