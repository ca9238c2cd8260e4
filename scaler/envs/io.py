"""Loading and saving environment pools: built-in, a local dataset folder, or a Hub dataset.

A pool on disk or on the Hub is a dataset with one row per environment (see
:meth:`scaler.environment.Environment.to_row`), stored as Parquet, one config per pool, with a
dataset card whose YAML ``configs:`` list lets ``datasets.load_dataset(path, name)`` find it offline.
"""

from __future__ import annotations

import os
import statistics
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Iterable, Sequence

from scaler.environment import Environment, row_features
from scaler.envs.builtin import builtin_environments
from scaler.errors import EnvRecordError, UnknownEnvironmentError

BUILTIN = "builtin"
DEFAULT_CONFIG = "default"


def load_environments(
    source: str | os.PathLike | None = None,
    name: str | None = None,
    *,
    split: str = "train",
    revision: str | None = None,
    trust_remote_code: bool = False,
) -> list[Environment]:
    """Load a pool: ``None``/``"builtin"`` for the built-in one, else a local folder or a Hub dataset id.

    Environments from a folder or the Hub carry code that only runs (in the sandbox) when
    ``trust_remote_code=True``; without it they can be listed and shown but not instantiated.
    A malformed row raises :class:`EnvRecordError` naming the row, the environment and the field.
    """
    if source is None or str(source) == BUILTIN:
        return builtin_environments()
    from datasets import load_dataset

    path = str(source)
    if os.path.isdir(path):
        rows = load_dataset("parquet", data_files=_local_data_files(Path(path), name, split), split="train")
    else:
        rows = load_dataset(path, name, split=split, revision=revision)
    envs = []
    for index, row in enumerate(rows):
        try:
            env = Environment.from_row(row)
        except EnvRecordError as e:
            raise EnvRecordError(e.field, f"{e} (row {index} of {path}{'/' + name if name else ''})") from None
        envs.append(env if not trust_remote_code else _trusted(env))
    _check_unique(envs, path)
    return envs


def get_environment(env_id: str, envs: Iterable[Environment]) -> Environment:
    """The environment with ``env_id``; the error lists close matches."""
    by_id = {env.id: env for env in envs}
    if env_id in by_id:
        return by_id[env_id]
    import difflib

    close = difflib.get_close_matches(env_id, list(by_id), n=5, cutoff=0.4)
    hint = f"; did you mean {', '.join(close)}?" if close else f"; {len(by_id)} environments available (`scaler envs list`)"
    raise UnknownEnvironmentError(f"no environment {env_id!r}{hint}")


def save_environments(
    envs: Sequence[Environment],
    folder: str | os.PathLike,
    name: str = DEFAULT_CONFIG,
    *,
    pretty_name: str = "scaler-envs",
    repo_id: str = "scaler-rl/scaler-envs",
) -> Path:
    """Write ``envs`` as config ``name`` of the dataset folder ``folder`` (Parquet + dataset card).

    Other configs already in the folder are kept; the config being written is replaced atomically.
    """
    from datasets import Dataset

    _check_unique(envs, str(folder))
    folder = Path(folder)
    data_dir = folder / "data" / name
    tmp = folder / "data" / f".{name}.tmp"
    tmp.mkdir(parents=True, exist_ok=True)
    dataset = Dataset.from_list([env.to_row() for env in envs], features=row_features())
    # The content hash in the file name keeps datasets' cache from serving a replaced config.
    dataset.to_parquet(str(tmp / f"train-{dataset._fingerprint[:12]}.parquet"))
    if data_dir.exists():
        for old in data_dir.iterdir():
            old.unlink()
        data_dir.rmdir()
    tmp.rename(data_dir)
    write_dataset_card(folder, pretty_name=pretty_name, repo_id=repo_id)
    return folder


def push_environments_to_hub(
    envs: Sequence[Environment], repo_id: str, name: str = DEFAULT_CONFIG, *, private: bool = False
) -> None:
    """Upload ``envs`` as config ``name`` of the Hub dataset ``repo_id``, with its dataset card."""
    import tempfile

    from huggingface_hub import HfApi

    with tempfile.TemporaryDirectory() as tmp:
        save_environments(envs, tmp, name, repo_id=repo_id, pretty_name=repo_id.split("/")[-1])
        api = HfApi()
        api.create_repo(repo_id, repo_type="dataset", private=private, exist_ok=True)
        api.upload_folder(repo_id=repo_id, repo_type="dataset", folder_path=tmp, commit_message=f"Update config {name}")


def write_dataset_card(folder: Path, *, pretty_name: str, repo_id: str) -> Path:
    """(Re)write ``folder/README.md`` from ``hub_cards/dataset_card.md`` for every config present."""
    import pyarrow.parquet as pq
    from huggingface_hub import DatasetCard, DatasetCardData

    from scaler.cards import template_path

    names = sorted(p.name for p in (folder / "data").iterdir() if p.is_dir() and not p.name.startswith("."))
    summaries, licenses = [], set()
    for config in names:
        table = pq.read_table(folder / "data" / config, columns=["output_type", "num_levels", "solutions", "license"])
        rows = table.to_pylist()
        levels = sorted(r["num_levels"] for r in rows) or [0]
        languages = Counter(s["language"] for r in rows for s in r["solutions"])
        licenses.update(r["license"] for r in rows if r["license"])
        summaries.append(
            {
                "name": config,
                "count": len(rows),
                "output_types": ", ".join(f"{k} {v}" for k, v in sorted(Counter(r["output_type"] for r in rows).items())),
                "levels": f"{levels[0]} / {int(statistics.median(levels))} / {levels[-1]}",
                "languages": ", ".join(f"{k} {v}" for k, v in sorted(languages.items())),
            }
        )
    card_data = DatasetCardData(
        pretty_name=pretty_name,
        license="other" if len(licenses) != 1 else _spdx(next(iter(licenses))),
        task_categories=["text-generation"],
        tags=["reasoning", "reinforcement-learning", "rlvr", "curriculum", "scaler"],
        configs=[
            {"config_name": c, "data_files": [{"split": "train", "path": f"data/{c}/*.parquet"}]} for c in names
        ],
    )
    card = DatasetCard.from_template(
        card_data,
        template_path=str(template_path("dataset_card.md")),
        pretty_name=pretty_name,
        repo_id=repo_id,
        default_config=names[0] if names else DEFAULT_CONFIG,
        configs_summary=summaries,
        provenance="\n".join(f"- {lic}" for lic in sorted(licenses)) or "- not stated",
    )
    path = folder / "README.md"
    card.save(str(path))
    return path


def _spdx(license_text: str) -> str:
    return license_text.lower() if license_text.lower() in {"apache-2.0", "mit", "cc-by-4.0"} else "other"


def _local_data_files(folder: Path, name: str | None, split: str) -> list[str]:
    """The Parquet files of config ``name``/``split`` in a dataset folder, as its card's ``configs:`` lists them.

    Read directly rather than through ``load_dataset(folder, name)``, whose cache does not notice a
    config rewritten in place.
    """
    from huggingface_hub import DatasetCard

    card = folder / "README.md"
    configs = (DatasetCard.load(card).data.to_dict().get("configs") or []) if card.is_file() else []
    names = [c.get("config_name") for c in configs]
    if not configs:
        raise ValueError(f"{folder} is not an environment dataset folder: no README.md with a `configs:` list")
    if name is None:
        if len(configs) > 1:
            raise ValueError(f"{folder} holds several pools {names}; choose one with name=... (CLI: --name)")
        name = names[0]
    config = next((c for c in configs if c.get("config_name") == name), None)
    if config is None:
        raise ValueError(f"{folder} has no config {name!r} in its README.md (configs: {names})")
    entries = config.get("data_files") or []
    entries = [entries] if isinstance(entries, (str, dict)) else entries
    patterns = [e["path"] for e in entries if isinstance(e, dict) and e.get("split", "train") == split]
    patterns += [e for e in entries if isinstance(e, str)]
    files = sorted({str(f) for p in patterns for f in folder.glob(p if isinstance(p, str) else p[0])})
    if not files:
        raise FileNotFoundError(f"config {name!r} of {folder} lists no existing {split} files ({patterns})")
    return files


def _trusted(env: Environment) -> Environment:
    return replace(env, trusted=True)


def _check_unique(envs: Sequence[Environment], where: str) -> None:
    dupes = [i for i, n in Counter(env.id for env in envs).items() if n > 1]
    if dupes:
        raise EnvRecordError("id", f"duplicate environment ids in {where}: {sorted(dupes)[:10]}")
