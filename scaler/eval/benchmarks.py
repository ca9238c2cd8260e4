r"""The paper's benchmarks as lighteval tasks (``scaler_math500``, ``scaler_amc23``, ...).

Each task reads its Hub dataset in the Hub's own schema (or a local folder in the same schema, as
written by :mod:`scaler.eval.convert`), shows the problem as the user message (the system prompt
is the model's, :class:`~scaler.eval.protocol.Sampling`), and scores avg@n:

- MATH-500, AMC23, AIME24: lighteval's math-verify metric against ``\boxed{answer}``;
- MMLU-Pro: the first boxed letter (:func:`~scaler.eval.scorers.score_mmlu_pro`), in the paper's prompt;
- BBEH-mini: generative, the official fuzzy match (:func:`~scaler.eval.scorers.score_bbeh`).
"""

from __future__ import annotations

import os
from pathlib import Path
from string import ascii_uppercase
from typing import Any, Callable, Mapping

from scaler.eval.protocol import BENCHMARKS, MAX_NEW_TOKENS, Benchmark
from scaler.eval.scorers import score_bbeh, score_mmlu_pro

MMLU_PRO_INSTRUCTION = "Please solve this multiple choice question."
MMLU_PRO_FORMAT = "Provide your answer in the format '\\boxed{X}' where X is one uppercase letter."


def _doc(task_name: str, query: str, choices: list[str], gold_index: int = 0, **specific: Any):
    from lighteval.tasks.requests import Doc

    return Doc(task_name=task_name, query=query, choices=choices, gold_index=gold_index, specific=specific or None)


def math_answer(line: Mapping[str, Any]) -> str:
    """The reference answer of a math row: ``answer``, else the last boxed value of ``solution``."""
    from scaler.verifier import extract_boxed

    if line.get("answer") is not None:
        return str(line["answer"]).strip()
    return (extract_boxed(str(line.get("solution") or "")) or "").strip()


def math_prompt(line: Mapping[str, Any], task_name: str):
    """MATH-500 / AIME (``problem``) and AMC23 (``question``): the problem as is, gold ``\\boxed{answer}``."""
    problem = line["problem"] if "problem" in line else line["question"]
    return _doc(task_name, problem, [f"\\boxed{{{math_answer(line)}}}"])


def mmlu_pro_query(question: str, options: list[str]) -> str:
    """The paper's MMLU-Pro user message: the question, options ``(A). ...`` and the boxed-letter format."""
    lines = [f"({letter}). {option}" for letter, option in zip(ascii_uppercase, options)]
    return f"{MMLU_PRO_INSTRUCTION}\n{question}\n\n" + "\n".join(lines) + f"\n{MMLU_PRO_FORMAT}\n"


def mmlu_pro_prompt(line: Mapping[str, Any], task_name: str):
    options = list(line["options"])
    letters = list(ascii_uppercase[: len(options)])
    gold = line.get("answer_index")
    gold = letters.index(str(line["answer"]).strip()) if gold is None else int(gold)
    return _doc(task_name, mmlu_pro_query(line["question"], options), letters, gold)


def bbeh_prompt(line: Mapping[str, Any], task_name: str):
    return _doc(task_name, line["input"], [str(line["target"])], task=line.get("task"))


def is_bbeh_mini(line: Mapping[str, Any]) -> bool:
    return bool(line.get("mini"))


def _gold(doc) -> str:
    return doc.get_golds()[0]


def avg_at_n(name: str, score: Callable[[str, Any], float], n: int):
    """A lighteval avg@n metric named ``name`` whose per-completion score is ``score(completion, doc)``."""
    import numpy as np
    from lighteval.metrics.metrics_sample import AvgAtN
    from lighteval.metrics.utils.metric_utils import SampleLevelMetric
    from lighteval.tasks.requests import SamplingMethod

    def sample_score(doc, model_response) -> float:
        return score(model_response.final_text[0], doc)

    return SampleLevelMetric(
        metric_name=name,
        sample_level_fn=AvgAtN(sample_scoring_function=sample_score),
        category=SamplingMethod.GENERATIVE,
        corpus_level_fn=np.mean,
        higher_is_better=True,
    )(sample_params={"n": n})


def _metric(benchmark: Benchmark, n: int):
    from lighteval.metrics.metrics import Metrics

    if benchmark.key.startswith("mmlu_pro"):
        return avg_at_n("mmlu_pro_acc@n", lambda text, doc: score_mmlu_pro(text, _gold(doc)), n)
    if benchmark.key == "bbeh_mini":
        return avg_at_n("bbeh_acc@n", lambda text, doc: score_bbeh(text, _gold(doc)), n)
    return Metrics.avg_at_n_math(sample_params={"n": n})


_PROMPTS = {"mmlu_pro": mmlu_pro_prompt, "mmlu_pro_test": mmlu_pro_prompt, "bbeh_mini": bbeh_prompt}


def dataset_source(benchmark: Benchmark, data_dir: str | os.PathLike | None) -> str:
    """A local copy ``data_dir/<key>`` when there is one, else the benchmark's Hub id."""
    if data_dir is not None and (Path(data_dir) / benchmark.key).is_dir():
        return str(Path(data_dir) / benchmark.key)
    return benchmark.hub_id


def task_config(
    benchmark: Benchmark, *, data_dir: str | os.PathLike | None = None, samples: int | None = None,
    max_new_tokens: int = MAX_NEW_TOKENS,
):
    """The lighteval task of one benchmark; ``samples`` overrides its avg@n."""
    from lighteval.tasks.lighteval_task import LightevalTaskConfig

    return LightevalTaskConfig(
        name=benchmark.task,
        prompt_function=_PROMPTS.get(benchmark.key, math_prompt),
        hf_repo=dataset_source(benchmark, data_dir),
        hf_subset=benchmark.hf_subset,
        hf_filter=is_bbeh_mini if benchmark.key == "bbeh_mini" else None,
        hf_avail_splits=[benchmark.split],
        evaluation_splits=[benchmark.split],
        few_shots_split=None,
        few_shots_select=None,
        generation_size=max_new_tokens,
        metrics=[_metric(benchmark, samples or benchmark.samples)],
        stop_sequence=[],
        version=1,
    )


def tasks_table(
    *, data_dir: str | os.PathLike | None = None, samples: int | None = None, max_new_tokens: int = MAX_NEW_TOKENS
) -> list:
    """Every benchmark task (lighteval ``TASKS_TABLE``)."""
    return [task_config(b, data_dir=data_dir, samples=samples, max_new_tokens=max_new_tokens)
            for b in BENCHMARKS.values()]
