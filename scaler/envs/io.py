"""Loading and saving environment pools: built-in, a local dataset folder, or a Hub dataset.

A pool on disk or on the Hub is a dataset with one row per environment (see
:meth:`scaler.environment.Environment.to_row`, plus its :func:`content_hash`), stored as Parquet,
one config per pool, with a dataset card whose YAML ``configs:`` list lets
``datasets.load_dataset(path, name)`` find it offline. Each config's Parquet file is named by the
hash of its content and the card lists that exact file: ``datasets`` caches a local folder's config
under a key made from its ``data_files`` patterns, so a rewritten config must change them.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import statistics
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Iterable, Sequence

from scaler.environment import Environment, row_features
from scaler.envs.builtin import builtin_environments
from scaler.errors import ConfigError, EnvRecordError, UnknownEnvironmentError

BUILTIN = "builtin"
DEFAULT_CONFIG = "default"
HASH_COLUMN = "content_hash"
LOCAL_PLACEHOLDER = "path/to/this/folder"
"""What the card's usage snippets load when no Hub repo id was given."""
PAPER_URL = "https://arxiv.org/abs/2601.04809"


def content_hash(env: Environment) -> str:
    """The version of an environment: sha256 of its canonical row (sorted-key JSON, without the hash)."""
    canonical = json.dumps(env.to_row(), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def dataset_features():
    """The :class:`datasets.Features` of a saved pool: the environment row and its content hash."""
    from datasets import Value

    features = row_features()
    features[HASH_COLUMN] = Value("string")
    return features


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
    if os.path.isfile(path):
        raise ConfigError(
            f"{path} is a file, not a pool; a released SCALER-*.json becomes one with "
            f"`scaler import-scaler {path} --out DIR --trust-remote-code`, then pass DIR"
        )
    if os.path.isdir(path):
        rows = load_dataset("parquet", data_files=_local_data_files(Path(path), name, split), split="train")
    else:
        rows = load_dataset(path, name, split=split, revision=revision)
    envs = []
    for index, row in enumerate(rows):
        try:
            env = Environment.from_row(row)
            if row.get(HASH_COLUMN) and row[HASH_COLUMN] != content_hash(env):
                raise EnvRecordError(HASH_COLUMN, "does not match the row's content (edited after it was saved?)", env.id)
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
    repo_id: str | None = None,
) -> Path:
    """Write ``envs`` as config ``name`` of the dataset folder ``folder`` (Parquet + dataset card).

    Other configs already in the folder are kept; the config being written is replaced atomically.
    ``repo_id`` (the Hub dataset the folder is meant for) only appears in the card's usage snippets.
    """
    from datasets import Dataset

    _check_unique(envs, str(folder))
    folder = Path(folder)
    data_dir = folder / "data" / name
    tmp = folder / "data" / f".{name}.tmp"
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir(parents=True)
    rows = [{**env.to_row(), HASH_COLUMN: content_hash(env)} for env in envs]
    digest = hashlib.sha256("".join(r[HASH_COLUMN] for r in rows).encode()).hexdigest()[:16]
    Dataset.from_list(rows, features=dataset_features()).to_parquet(str(tmp / f"train-{digest}.parquet"))
    if data_dir.exists():
        shutil.rmtree(data_dir)
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
        api.upload_folder(repo_id=repo_id, repo_type="dataset", folder_path=tmp, commit_message=f"Update config {name}",
                          delete_patterns=[f"data/{name}/*.parquet"])  # the files of the config's older versions


def dataset_files(folder: str | os.PathLike) -> list[tuple[str, int]]:
    """The files of a dataset folder that belong on the Hub, as ``(relative path, size in bytes)``:
    the card and every config's listed Parquet files. Raises :class:`ConfigError` when the folder
    is not a pool folder or its card lists files that are missing or outside it."""
    from huggingface_hub import DatasetCard

    folder = Path(folder)
    card = folder / "README.md"
    if not card.is_file():
        raise ConfigError(f"{folder} is not a dataset folder: no README.md (write one with `scaler build --out {folder}`)")
    configs = DatasetCard.load(card).data.to_dict().get("configs") or []
    if not configs:
        raise ConfigError(f"{card} has no `configs:` list; rewrite the folder with `scaler build`")
    files = {"README.md"}
    for config in configs:
        for path in _local_data_files(folder, config.get("config_name"), "train"):
            files.add(Path(path).relative_to(folder.resolve()).as_posix())
    return [(path, (folder / path).stat().st_size) for path in sorted(files)]


def push_folder(folder: str | os.PathLike, repo_id: str, *, private: bool = False,
                dry_run: bool = False) -> list[tuple[str, int]]:
    """Upload a dataset folder's :func:`dataset_files` to the Hub dataset ``repo_id`` in one commit
    (older Parquet files of its configs are deleted there); ``dry_run`` only lists them."""
    files = dataset_files(folder)
    if dry_run:
        return files
    from huggingface_hub import HfApi

    configs = sorted({path.split("/")[1] for path, _ in files if path.startswith("data/")})
    api = HfApi()
    api.create_repo(repo_id, repo_type="dataset", private=private, exist_ok=True)
    api.upload_folder(repo_id=repo_id, repo_type="dataset", folder_path=str(folder),
                      allow_patterns=[path for path, _ in files],
                      delete_patterns=[f"data/{config}/*.parquet" for config in configs],
                      commit_message=f"Update {', '.join(configs)} with scaler")
    return files


def write_dataset_card(folder: Path, *, pretty_name: str, repo_id: str | None = None) -> Path:
    """(Re)write ``folder/README.md`` from ``hub_cards/dataset_card.md`` for every config present.

    The YAML lists each config's exact Parquet files (``default: true`` on ``builtin`` when present),
    one license per config (the dataset's ``license`` lists them all), and ``deepmind/code_contests``
    as a source when a config comes from it; the body has a table of environments per family.
    """
    import pyarrow.parquet as pq
    from huggingface_hub import DatasetCard, DatasetCardData

    from scaler.cards import template_path

    folder = Path(folder)
    names = sorted(p.name for p in (folder / "data").iterdir() if p.is_dir() and not p.name.startswith("."))
    default = BUILTIN if BUILTIN in names else (names[0] if names else DEFAULT_CONFIG)
    columns = ["id", "family", "tags", "source", "held_out", "output_type", "num_levels", "solutions", "license"]
    configs, summaries = [], []
    for config in names:
        files = sorted(f"data/{config}/{f.name}" for f in (folder / "data" / config).glob("*.parquet"))
        rows = pq.read_table(folder / "data" / config, columns=columns).to_pylist()
        summaries.append(_summary(config, rows))
        configs.append({"config_name": config, "data_files": [{"split": "train", "path": f} for f in files],
                        **({"default": True} if config == default else {})})
    licenses = sorted({c["license"] for c in summaries})
    sources = sorted({"deepmind/code_contests" if c["codecontests"] else "original" for c in summaries})
    total = sum(c["count"] for c in summaries)
    card_data = DatasetCardData(
        pretty_name=pretty_name,
        license=licenses[0] if len(licenses) == 1 else licenses or "apache-2.0",
        language=["en"],
        task_categories=["text-generation", "reinforcement-learning"],
        tags=["reasoning", "rlvr", "curriculum", "code", "synthetic", "scaler"],
        size_categories=[_size_category(total)],
        source_datasets=sources or ["original"],
        configs=configs,
    )
    card = DatasetCard.from_template(
        card_data,
        template_path=str(template_path("dataset_card.md")),
        pretty_name=pretty_name,
        source=repo_id or LOCAL_PLACEHOLDER,
        is_local=repo_id is None,
        default_config=default,
        configs_summary=summaries,
        any_codecontests=any(c["codecontests"] for c in summaries),
        paper_url=PAPER_URL,
    )
    path = folder / "README.md"
    card.save(str(path))
    return path


def _summary(config: str, rows: list[dict]) -> dict:
    """What the card says about one config: counts, licence, and one table row per family."""
    levels = sorted(r["num_levels"] for r in rows) or [0]
    languages = Counter(s["language"] for r in rows for s in r["solutions"])
    families: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        families[r["family"] or (r["tags"][0] if r["tags"] else r["source"] or "other")].append(r)
    return {
        "name": config,
        "count": len(rows),
        "held_out": sum(bool(r["held_out"]) for r in rows),
        "output_types": ", ".join(f"{k} {v}" for k, v in sorted(Counter(r["output_type"] for r in rows).items())),
        "levels": f"{levels[0]} / {int(statistics.median(levels))} / {levels[-1]}",
        "languages": ", ".join(f"{k} {v}" for k, v in sorted(languages.items())),
        "license": _config_license({r["license"] for r in rows if r["license"]}),
        "codecontests": any(r["source"].startswith("codecontests") for r in rows),
        "families": [
            {
                "name": family,
                "count": len(members),
                "held_out": sum(bool(r["held_out"]) for r in members),
                "envs": ", ".join(f"`{r['id']}` ({r['num_levels']}){' *' if r['held_out'] else ''}"
                                  for r in sorted(members, key=lambda r: r["id"])),
            }
            for family, members in sorted(families.items())
        ],
    }


def _config_license(licenses: set[str]) -> str:
    """The SPDX id that binds a config: CC-BY-4.0 when any problem carries it (attribution), else the
    one license all rows share, else ``other``."""
    lowered = {lic.lower() for lic in licenses}
    if any("cc-by-4.0" in lic for lic in lowered):
        return "cc-by-4.0"
    if len(lowered) == 1 and next(iter(lowered)) in {"apache-2.0", "mit"}:
        return next(iter(lowered))
    return "other" if lowered else "apache-2.0"


def _size_category(n: int) -> str:
    for bound, label in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K")):
        if n < bound:
            return label
    return "100K<n<1M"


def _local_data_files(folder: Path, name: str | None, split: str) -> list[str]:
    """The Parquet files of config ``name``/``split`` in a dataset folder, as its card's ``configs:`` lists them.

    Every listed path must stay inside ``folder``: a card that points elsewhere (``../``, an absolute
    path, a link out of the folder) is refused rather than read.
    """
    from huggingface_hub import DatasetCard

    card = folder / "README.md"
    configs = (DatasetCard.load(card).data.to_dict().get("configs") or []) if card.is_file() else []
    names = [c.get("config_name") for c in configs]
    if not configs:
        raise ConfigError(f"{folder} is not an environment dataset folder: no README.md with a `configs:` list")
    if name is None:
        if len(configs) > 1:
            raise ConfigError(f"{folder} holds several pools {names}; choose one with name=... (CLI: --pool-config)")
        name = names[0]
    config = next((c for c in configs if c.get("config_name") == name), None)
    if config is None:
        raise ConfigError(f"{folder} has no config {name!r} in its README.md (configs: {names})")
    entries = config.get("data_files") or []
    entries = [entries] if isinstance(entries, (str, dict)) else entries
    patterns = [e["path"] for e in entries if isinstance(e, dict) and e.get("split", "train") == split]
    patterns += [e for e in entries if isinstance(e, str)]
    patterns = [p for group in patterns for p in ([group] if isinstance(group, str) else group)]
    root = folder.resolve()
    files = set()
    for pattern in patterns:
        outside = Path(pattern).is_absolute() or ".." in Path(pattern).parts
        matches = [] if outside else [f.resolve() for f in folder.glob(pattern)]
        if outside or any(not f.is_relative_to(root) for f in matches):
            raise ConfigError(f"config {name!r} of {folder} lists data files outside the folder ({pattern!r}); "
                              "refusing to read them")
        files.update(str(f) for f in matches)
    if not files:
        raise ConfigError(f"config {name!r} of {folder} lists no existing {split} files ({patterns})")
    return sorted(files)


def _trusted(env: Environment) -> Environment:
    return replace(env, trusted=True)


def _check_unique(envs: Sequence[Environment], where: str) -> None:
    dupes = [i for i, n in Counter(env.id for env in envs).items() if n > 1]
    if dupes:
        raise EnvRecordError("id", f"duplicate environment ids in {where}: {sorted(dupes)[:10]}")
