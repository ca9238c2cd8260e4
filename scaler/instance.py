"""One concrete task of an environment, and how instance randomness is derived.

An instance is a pure function of ``(env_id, level, seed)``: the generator's RNG is seeded with
:func:`instance_rng_seed`, a keyed hash of the three (never ``seed + index``), so nearby seeds give
independent streams. Seeds are split into two spaces: train seeds in ``[0, TRAIN_SEED_LIMIT)`` and
eval seeds in ``[TRAIN_SEED_LIMIT, 2 * TRAIN_SEED_LIMIT)``, so train and eval instances are
disjoint by construction.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass
from typing import Any

TRAIN_SEED_LIMIT = 1 << 62
EVAL_SEED_LIMIT = 1 << 63


@dataclass(frozen=True)
class Instance:
    """A prompt showing a concrete input, and the ground-truth answer for it."""

    env_id: str
    level: int
    seed: int
    prompt: list[dict[str, str]]
    answer: str
    input: str
    output_type: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _hash64(*parts: object) -> int:
    key = "\x1f".join(str(p) for p in parts).encode("utf-8")
    return int.from_bytes(hashlib.blake2b(key, digest_size=8, person=b"scaler-inst").digest(), "big")


def instance_rng_seed(env_id: str, level: int, seed: int) -> int:
    """The 64-bit seed of the generator RNG for ``(env_id, level, seed)``."""
    return _hash64(env_id, int(level), int(seed))


def eval_seed(env_id: str, index: int) -> int:
    """The ``index``-th held-out seed of ``env_id``: always in the eval space, never a train seed."""
    return TRAIN_SEED_LIMIT + _hash64("eval", env_id, int(index)) % TRAIN_SEED_LIMIT


def is_eval_seed(seed: int) -> bool:
    return TRAIN_SEED_LIMIT <= seed < EVAL_SEED_LIMIT


def check_seed(seed: int) -> int:
    """Validate a user-given seed (an int in ``[0, 2**63)``)."""
    if isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed < EVAL_SEED_LIMIT:
        raise ValueError(f"seed must be an integer in [0, 2**63), got {seed!r}")
    return seed


def normalize_answer(stdout: str, output_type: str) -> str:
    """The canonical answer text for a reference solution's stdout.

    ``number``: the stripped output; ``array``: whitespace-separated tokens joined by one space;
    ``string``: the stripped output with whitespace runs collapsed to one space.
    """
    if output_type == "number":
        return stdout.strip()
    if output_type in ("array", "string"):
        return " ".join(stdout.split())
    raise ValueError(f"unknown output type {output_type!r}")
