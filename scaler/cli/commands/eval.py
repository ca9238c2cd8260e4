"""``scaler eval --model PATH_OR_ID``: the paper's benchmarks and held-out environments, through lighteval."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scaler.cli.options import add_pool, positive_int


def register(sub: argparse._SubParsersAction) -> None:
    from scaler.eval.protocol import MAX_NEW_TOKENS, TEMPERATURE, TOP_P
    from scaler.eval.runner import BACKENDS, DEFAULT_TASKS, TASK_KEYS

    p = sub.add_parser(
        "eval", help="evaluate a model on the paper's benchmarks and the held-out environments (lighteval)",
        description="Evaluate a model with lighteval on MATH-500, AMC23, AIME24, MMLU-Pro, BBEH-mini and the "
        "held-out environments of a pool, following the paper's protocol; prints the results beside the "
        "paper's and writes them as JSON and Markdown.",
    )
    p.add_argument("--model", required=True, metavar="PATH_OR_ID",
                   help="a model folder, a Hub id, a scaler offline model (scaler:tiny-qwen3), or the served "
                   "model name with --backend endpoint")
    p.add_argument("--tasks", nargs="+", choices=TASK_KEYS, default=list(DEFAULT_TASKS), metavar="TASK",
                   help=f"any of {', '.join(TASK_KEYS)} (default: all but mmlu_pro_test)")
    p.add_argument("--backend", choices=BACKENDS, default="transformers")
    p.add_argument("--endpoint", default=None, metavar="URL",
                   help="base URL of an OpenAI-compatible server (e.g. http://localhost:8000/v1 of `vllm serve`)")
    p.add_argument("--max-samples", type=positive_int, default=None, metavar="N",
                   help="only the first N problems of each task (a smoke test)")
    p.add_argument("--samples", type=positive_int, default=None, metavar="N",
                   help="completions per problem for every task (default: the paper's avg@n per benchmark)")
    p.add_argument("--temperature", type=float, default=TEMPERATURE)
    p.add_argument("--top-p", type=float, default=TOP_P)
    p.add_argument("--max-new-tokens", type=positive_int, default=MAX_NEW_TOKENS)
    p.add_argument("--batch-size", type=positive_int, default=None, help="generation batch size (transformers)")
    p.add_argument("--data-dir", default=None, metavar="DIR",
                   help="local benchmark copies DIR/<task>/ (see `python -m scaler.eval.convert`); else the Hub")
    add_pool(p, trust=True)
    p.add_argument("--levels", type=int, nargs="+", default=None, metavar="L",
                   help="held-out levels (default: 0 3 6 9 12)")
    p.add_argument("--per-level", type=positive_int, default=None, metavar="N",
                   help="held-out instances per environment and level (default: 8)")
    p.add_argument("--output-dir", default="eval_results", metavar="DIR")
    p.set_defaults(func=cmd_eval)


def cmd_eval(args: argparse.Namespace) -> int:
    from scaler.errors import ConfigError
    from scaler.eval.protocol import Sampling
    from scaler.eval.report import EvalReport
    from scaler.eval.runner import DEFAULT_TASKS, EvalSettings, run_eval

    if not 0 <= args.temperature or not 0 < args.top_p <= 1:
        raise ConfigError(f"need temperature >= 0 and 0 < top-p <= 1, got {args.temperature} and {args.top_p}")
    settings = EvalSettings(
        model=args.model, tasks=args.tasks, skip_unavailable=args.tasks == list(DEFAULT_TASKS), backend=args.backend, endpoint=args.endpoint,
        max_samples=args.max_samples, samples=args.samples,
        sampling=Sampling(temperature=args.temperature, top_p=args.top_p, max_new_tokens=args.max_new_tokens),
        data_dir=args.data_dir, pool=args.pool, pool_config=args.pool_config,
        trust_remote_code=args.trust_remote_code, heldout_levels=args.levels, heldout_per_level=args.per_level,
        batch_size=args.batch_size, output_dir=args.output_dir,
    )
    print(f"scaler eval: {args.model} on {', '.join(args.tasks)} ({args.backend})", file=sys.stderr, flush=True)
    results = run_eval(settings)
    report = EvalReport.from_lighteval(args.model, results["results"], base_model=base_model_of(args.model),
                                       max_samples=args.max_samples)
    json_path, md_path = report.save(args.output_dir)
    print(report.text())
    print(f"\nwrote {json_path} and {md_path} (lighteval's results and details: {Path(args.output_dir) / 'lighteval'})")
    return 0


def base_model_of(model: str) -> str | None:
    """``base_model`` from a local model's card (README.md front matter), if any."""
    import yaml

    card = Path(model) / "README.md"
    if not card.is_file():
        return None
    text = card.read_text(errors="replace")
    if not text.startswith("---"):
        return None
    try:
        meta = yaml.safe_load(text.split("---", 2)[1]) or {}
    except yaml.YAMLError:
        return None
    base = meta.get("base_model") if isinstance(meta, dict) else None
    return base[0] if isinstance(base, list) and base else base if isinstance(base, str) else None
