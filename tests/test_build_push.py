"""``scaler build`` writes a Hub-ready folder that datasets loads offline; ``scaler push`` uploads it."""

from __future__ import annotations

import dataclasses

import pytest
from conftest import SCALER_8, needs_shared

from scaler.cli import main
from scaler.environment import Environment
from scaler.envs import builtin_environments, load_environments, save_environments


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A folder from `scaler build`, with a second pool added beside the built-in one."""
    out = tmp_path_factory.mktemp("hub")
    assert main(["build", "--out", str(out)]) == 0
    return out


def test_build_writes_the_builtin_pool_as_the_default_config(built, toy_env):
    from datasets import load_dataset

    save_environments([dataclasses.replace(toy_env, family="math")], built, "toy")  # a second pool
    envs = builtin_environments()
    default = load_dataset(str(built), split="train")  # no name: the card's default config
    named = load_dataset(str(built), "builtin", split="train")
    assert default["id"] == named["id"] == [e.id for e in envs]
    assert [Environment.from_row(row) for row in named] == envs  # rows round-trip to identical environments
    assert named["held_out"] == [e.held_out for e in envs]
    assert all(len(h) == 64 for h in named["content_hash"])
    assert [e.id for e in load_environments(built, "toy")] == ["toy-sum"]


def test_the_card_yaml_round_trips_through_huggingface_hub(built):
    from huggingface_hub import DatasetCard, DatasetCardData

    card = DatasetCard.load(built / "README.md")
    data = card.data.to_dict()
    assert DatasetCardData(**data).to_dict() == data
    assert data["license"] == "apache-2.0" and data["language"] == ["en"]
    assert data["size_categories"] == ["n<1K"] and "text-generation" in data["task_categories"]
    builtin = next(c for c in data["configs"] if c["config_name"] == "builtin")
    assert builtin["default"] is True
    [entry] = builtin["data_files"]
    assert (built / entry["path"]).is_file() and entry["split"] == "train"
    text = card.text
    assert "https://arxiv.org/abs/2601.04809" in text and "path/to/this/folder" in text
    assert "--pool path/to/this/folder --pool_config builtin --pool_trust_remote_code true" in text
    families = {e.family for e in builtin_environments()}
    assert all(f"| {family} |" in text for family in families)


def test_push_dry_run_lists_exactly_the_files_and_never_calls_the_hub(built, monkeypatch, capsys):
    from huggingface_hub import HfApi

    def no_network(*args, **kwargs):
        raise AssertionError("a dry run called the Hub")

    monkeypatch.setattr(HfApi, "create_repo", no_network)
    monkeypatch.setattr(HfApi, "upload_folder", no_network)
    assert main(["push", str(built), "--repo-id", "you/scaler-envs", "--dry-run"]) == 0
    out = capsys.readouterr().out
    parquet = sorted(p.relative_to(built).as_posix() for p in built.glob("data/*/*.parquet"))
    for path in ["README.md", *parquet]:
        assert f"{path}  " in out and f"{(built / path).stat().st_size:,d} bytes" in out
    assert f"would upload {1 + len(parquet)} files" in out


def test_push_uploads_the_folder_in_one_commit(built, monkeypatch):
    """Everything up to the network: the Hub API receives exactly the listed files."""
    from huggingface_hub import HfApi

    calls = {}
    monkeypatch.setattr(HfApi, "create_repo", lambda self, repo_id, **kw: calls.setdefault("create", (repo_id, kw)))

    def upload_folder(self, *, repo_id, folder_path, repo_type, allow_patterns, delete_patterns, **kwargs):
        calls["upload"] = (repo_id, repo_type, sorted(allow_patterns), sorted(delete_patterns))
        calls["envs"] = load_environments(folder_path, "builtin")

    monkeypatch.setattr(HfApi, "upload_folder", upload_folder)
    assert main(["push", str(built), "--repo-id", "you/scaler-envs", "--private"]) == 0
    assert calls["create"] == ("you/scaler-envs", {"repo_type": "dataset", "private": True, "exist_ok": True})
    repo_id, repo_type, allowed, deleted = calls["upload"]
    assert (repo_id, repo_type) == ("you/scaler-envs", "dataset")
    assert allowed == sorted(["README.md", *(p.relative_to(built).as_posix() for p in built.glob("data/*/*.parquet"))])
    assert "data/builtin/*.parquet" in deleted
    assert calls["envs"] == builtin_environments()


def test_push_refuses_a_folder_that_is_not_a_pool(tmp_path, capsys):
    assert main(["push", str(tmp_path), "--repo-id", "you/scaler-envs", "--dry-run"]) == 2
    assert "not a dataset folder" in capsys.readouterr().err


def test_build_with_a_scaler_pool_needs_trust(tmp_path, capsys):
    pool = tmp_path / "SCALER-1.json"
    pool.write_text('{"1_A. Some problem": {}}')
    assert main(["build", "--out", str(tmp_path / "out"), "--scaler-pool", str(pool)]) == 2
    assert "trust" in capsys.readouterr().err


@needs_shared(SCALER_8)
@pytest.mark.slow
def test_build_with_scaler_8_attributes_codecontests(tmp_path):
    from datasets import load_dataset
    from huggingface_hub import DatasetCard

    out = tmp_path / "hub"
    assert main(["build", "--out", str(out), "--scaler-pool", str(SCALER_8), "--trust-remote-code",
                 "--repo-id", "you/scaler-envs"]) == 0
    data = DatasetCard.load(out / "README.md").data.to_dict()
    assert sorted(data["license"]) == ["apache-2.0", "cc-by-4.0"]
    assert "deepmind/code_contests" in data["source_datasets"]
    text = (out / "README.md").read_text()
    assert "CC-BY-4.0" in text and 'load_dataset("you/scaler-envs", "builtin"' in text
    assert len(load_dataset(str(out), "scaler-8", split="train")) > 0
