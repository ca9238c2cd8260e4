"""Environment pools as dataset folders: saved as Parquet with a card, loaded offline via datasets."""

from __future__ import annotations

import dataclasses

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from scaler.errors import ConfigError, EnvRecordError
from scaler.envs import builtin_environments, get_environment, load_environments, save_environments
from scaler.envs.io import content_hash


def test_save_and_load_a_folder_offline(tmp_path, toy_env):
    envs = builtin_environments()
    save_environments(envs, tmp_path, "builtin")
    card = (tmp_path / "README.md").read_text()
    [parquet] = (tmp_path / "data" / "builtin").glob("*.parquet")
    assert "config_name: builtin" in card and f"data/builtin/{parquet.name}" in card
    loaded = load_environments(tmp_path)
    assert loaded == envs
    assert not any(e.trusted for e in loaded)
    assert all(e.trusted for e in load_environments(tmp_path, trust_remote_code=True))
    from datasets import load_dataset  # the folder is a plain dataset too, as on the Hub

    rows = load_dataset(str(tmp_path), "builtin", split="train")
    assert sorted(rows["id"]) == sorted(e.id for e in envs)


def test_a_rewritten_folder_never_loads_stale_rows(tmp_path):
    """datasets caches a local config under its data_files patterns: the saved file name changes with content."""
    from datasets import load_dataset

    envs = builtin_environments()
    for subset in (envs[:2], envs[:5], envs[:2]):
        save_environments(subset, tmp_path, "builtin")
        assert load_dataset(str(tmp_path), "builtin", split="train")["id"] == [e.id for e in subset]
        assert load_environments(tmp_path) == subset


def test_content_hash_is_the_version_of_an_environment(tmp_path, toy_env):
    assert content_hash(toy_env) == content_hash(dataclasses.replace(toy_env, trusted=True))
    assert content_hash(toy_env) != content_hash(dataclasses.replace(toy_env, title="Toy sum, again"))
    save_environments([toy_env], tmp_path, "toy")
    path = next((tmp_path / "data" / "toy").glob("*.parquet"))
    assert pq.read_table(path).column("content_hash").to_pylist() == [content_hash(toy_env)]
    table = pq.read_table(path)  # an edit that keeps the row valid but not its recorded version
    pq.write_table(table.set_column(table.schema.get_field_index("title"), "title", pa.array(["edited"])), path)
    with pytest.raises(EnvRecordError, match="content_hash"):
        load_environments(tmp_path)


@pytest.mark.parametrize("where", ["../elsewhere/*.parquet", "/tmp/*.parquet", "data/link/*.parquet"])
def test_data_files_outside_the_folder_are_refused(tmp_path, toy_env, where):
    outside = tmp_path / "elsewhere"
    save_environments([toy_env], outside, "toy")
    folder = tmp_path / "pool"
    save_environments([toy_env], folder, "toy")
    (folder / "data" / "link").symlink_to(outside / "data" / "toy")
    card = (folder / "README.md").read_text()
    listed = next(line.split("path: ")[1] for line in card.splitlines() if "path: data/toy/" in line)
    (folder / "README.md").write_text(card.replace(listed, where))
    with pytest.raises(ConfigError, match="outside the folder"):
        load_environments(folder)


def test_several_configs_in_one_folder(tmp_path, toy_env):
    save_environments(builtin_environments(), tmp_path, "builtin")
    save_environments([toy_env], tmp_path, "toy")
    with pytest.raises(ValueError, match="several pools"):
        load_environments(tmp_path)
    assert [e.id for e in load_environments(tmp_path, "toy")] == ["toy-sum"]
    assert len(load_environments(tmp_path, "builtin")) == len(builtin_environments())
    card = (tmp_path / "README.md").read_text()
    assert "config_name: toy" in card and "config_name: builtin" in card
    save_environments([toy_env, dataclasses.replace(toy_env, id="toy-two")], tmp_path, "toy")  # replace a config
    assert [e.id for e in load_environments(tmp_path, "toy")] == ["toy-sum", "toy-two"]


def test_a_malformed_row_names_row_and_field(tmp_path, toy_env):
    save_environments([toy_env, dataclasses.replace(toy_env, id="toy-two")], tmp_path, "toy")
    path = next((tmp_path / "data" / "toy").glob("*.parquet"))
    table = pq.read_table(path)
    types = table.column("output_type").to_pylist()
    types[1] = "matrix"
    pq.write_table(table.set_column(table.schema.get_field_index("output_type"), "output_type", pa.array(types)), path)
    with pytest.raises(EnvRecordError) as info:
        load_environments(tmp_path)
    assert info.value.field == "output_type" and "row 1" in str(info.value) and "toy-two" in str(info.value)


def test_duplicate_ids_are_refused(tmp_path, toy_env):
    with pytest.raises(EnvRecordError, match="duplicate"):
        save_environments([toy_env, toy_env], tmp_path)


def test_get_environment_suggests_close_ids():
    envs = builtin_environments()
    target = envs[0].id
    assert get_environment(target, envs) is envs[0]
    with pytest.raises(KeyError, match=target):
        get_environment(target[:-1] + "x", envs)


def test_push_to_hub_uploads_the_dataset_folder_with_its_card(monkeypatch, toy_env):
    """Everything up to the network: the Hub API receives a folder that loads back as the pool."""
    from huggingface_hub import HfApi

    from scaler.envs import push_environments_to_hub

    calls = {}

    def create_repo(self, repo_id, **kwargs):
        calls["create_repo"] = (repo_id, kwargs)

    def upload_folder(self, *, repo_id, folder_path, repo_type, **kwargs):
        calls["upload"] = (repo_id, repo_type)
        calls["envs"] = load_environments(folder_path, "toy")
        calls["card"] = open(f"{folder_path}/README.md").read()

    monkeypatch.setattr(HfApi, "create_repo", create_repo)
    monkeypatch.setattr(HfApi, "upload_folder", upload_folder)
    push_environments_to_hub([toy_env], "someone/scaler-envs", "toy", private=True)
    assert calls["create_repo"] == ("someone/scaler-envs", {"repo_type": "dataset", "private": True, "exist_ok": True})
    assert calls["upload"] == ("someone/scaler-envs", "dataset")
    assert calls["envs"] == [toy_env]
    assert "config_name: toy" in calls["card"] and 'load_environments("someone/scaler-envs", name="toy"' in calls["card"]
