"""Evaluation: the paper's five benchmarks and held-out environments as lighteval tasks.

| module | owns |
|---|---|
| :mod:`~scaler.eval.protocol` | the paper's protocol (sampling, samples per problem) and its results table |
| :mod:`~scaler.eval.scorers` | answer extraction and matching for MMLU-Pro (first boxed letter) and BBEH (fuzzy match) |
| :mod:`~scaler.eval.benchmarks` | one lighteval task per benchmark: dataset, prompt, metric |
| :mod:`~scaler.eval.heldout` | held-out environments of a pool as lighteval tasks, one per level |
| :mod:`~scaler.eval.convert` | the paper's verl-layout benchmark files -> the Hub datasets' schemas |
| :mod:`~scaler.eval.runner` | runs lighteval's pipeline (transformers or an OpenAI-compatible endpoint) |
| :mod:`~scaler.eval.report` | the results table in the paper's layout, as text, JSON and Markdown |

The lighteval custom-tasks file ``eval_tasks/scaler_tasks.py`` exposes :func:`~scaler.eval.benchmarks.tasks_table`.
"""
