"""lighteval custom tasks for the SCALER paper's benchmarks, following its protocol.

Tasks: ``scaler_math500`` (avg@1), ``scaler_amc23`` (avg@16), ``scaler_aime24`` (avg@16),
``scaler_mmlu_pro`` (the 70-question validation split, avg@16), ``scaler_mmlu_pro_test`` (the full
test split), ``scaler_bbeh_mini`` (460, avg@1) and, with ``SCALER_EVAL_HELDOUT``, the held-out
environments ``scaler_heldout:level_<L>``. The paper samples at temperature 0.6, top-p 0.95, up to
8192 new tokens, with scaler's system prompt: give those as lighteval model arguments, e.g.

    lighteval accelerate \\
      "model_name=Qwen/Qwen3-1.7B-Base,generation_parameters={temperature:0.6,top_p:0.95,max_new_tokens:8192}" \\
      "scaler_math500|0,scaler_aime24|0" --custom-tasks eval_tasks/scaler_tasks.py

(``scaler eval`` does all of this, and sets the system prompt). Settings by environment variable:
see :mod:`scaler.eval.custom_tasks`.
"""

from scaler.eval.custom_tasks import custom_tasks_table

TASKS_TABLE = custom_tasks_table()
