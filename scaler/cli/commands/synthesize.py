"""``scaler synthesize``: programming problems -> validated, calibrated environments with an LLM."""

from __future__ import annotations

import argparse

from scaler.cli.options import positive_int, print_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("synthesize", help="turn programming problems into environments with an LLM (resumable)")
    p.add_argument("--problems", required=True, metavar="SRC",
                   help="problems: a .jsonl/.json/.parquet file, a dataset folder or a Hub dataset id "
                        "(CodeContests, SCALER or the generic schema; see docs/synthesis.md)")
    p.add_argument("--problems-config", default=None, metavar="NAME", help="config of a Hub dataset of problems")
    p.add_argument("--problems-split", default="train", metavar="SPLIT")
    p.add_argument("--limit", type=positive_int, default=None, help="only the first N problems")
    p.add_argument("--llm", default=None, metavar="URL_OR_MODEL",
                   help="an OpenAI-compatible server (http://HOST:PORT/v1) or a local transformers model")
    p.add_argument("--llm-model", default=None, help="the model name on the server (default: its only model)")
    p.add_argument("--api-key", default=None,
                   help="API key (default: $SCALER_LLM_API_KEY or $OPENAI_API_KEY; local servers need none)")
    p.add_argument("--replay", default=None, metavar="FILE",
                   help="answer from a recorded llm.jsonl instead of a model (audits, tests, re-runs)")
    p.add_argument("--temperature", type=float, default=1.0)
    p.add_argument("--max-tokens", type=positive_int, default=4096, help="completion tokens per request")
    p.add_argument("--timeout", type=float, default=300.0, help="seconds per request")
    p.add_argument("--retries", type=int, default=3, help="retries of a failed request")
    p.add_argument("--requests-per-minute", type=float, default=None, help="rate limit of the server")
    p.add_argument("--attempts", type=positive_int, default=3, help="tries per LLM stage, failures fed back")
    p.add_argument("--level-rule", choices=["geometric", "upstream"], default="geometric")
    p.add_argument("--max-prompt-tokens", type=positive_int, default=4096, help="token budget of the top level")
    p.add_argument("--out", required=True, help="output folder (rerun the same command to resume)")
    p.add_argument("--workers", type=positive_int, default=2, help="problems in flight at once")
    p.add_argument("--sandbox-workers", type=positive_int, default=None, help="sandbox processes (default: cores)")
    p.add_argument("--ray", default=None, metavar="ADDRESS", nargs="?", const="",
                   help="run on a Ray cluster (no ADDRESS: a local one; needs the ray extra)")
    p.add_argument("--trust-remote-code", action="store_true",
                   help="required: problem solutions and LLM-written generators are untrusted code (they run in "
                        "the sandbox)")
    p.add_argument("--json", action="store_true", help="print the funnel as JSON")
    p.set_defaults(func=cmd_synthesize)


def cmd_synthesize(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from scaler.errors import ConfigError, UntrustedCodeError
    from scaler.synthesis import LLMSpec, SynthesisConfig, SynthesisRun, read_problems

    if not args.trust_remote_code:
        raise UntrustedCodeError(str(args.problems), "--trust-remote-code")
    if not (args.llm or args.replay):
        raise ConfigError("no language model: give --llm URL_OR_MODEL or --replay FILE")
    spec = LLMSpec(llm=args.llm, replay=args.replay, model=args.llm_model, api_key=args.api_key,
                   temperature=args.temperature, max_tokens=args.max_tokens, timeout=args.timeout,
                   max_retries=args.retries, requests_per_minute=args.requests_per_minute)
    base = SynthesisConfig()
    config = replace(base, attempts=args.attempts, level_rule=args.level_rule,
                     validation=replace(base.validation, max_prompt_tokens=args.max_prompt_tokens))
    run = SynthesisRun(args.out, spec, config, workers=args.workers, sandbox_workers=args.sandbox_workers,
                       ray_address=args.ray, progress=not args.json)
    problems = list(read_problems(args.problems, name=args.problems_config, split=args.problems_split,
                                  limit=args.limit))
    funnel = run.run(problems)
    if args.json:
        print_json(funnel.as_dict())
    else:
        print(funnel.markdown())
        print(f"environments: {args.out} (config 'synthesized'); funnel: {args.out}/funnel.md; "
              f"model exchanges: {args.out}/llm.jsonl")
    return 0
