"""Counter-based randomness whose whole state is two integers, so it checkpoints exactly.

:class:`Rng` draws from ``splitmix64(key + counter * golden)``; :func:`train_seed` maps a counter
through a keyed bijection of ``[0, 2**62)``, so distinct counters give distinct instance seeds that
always lie in the train seed space (eval seeds live in ``[2**62, 2**63)``).
"""

from __future__ import annotations

from typing import MutableSequence, Sequence, TypeVar

from scaler.instance import TRAIN_SEED_LIMIT

T = TypeVar("T")

_MASK64 = 2**64 - 1
_MASK62 = TRAIN_SEED_LIMIT - 1
_GOLDEN = 0x9E3779B97F4A7C15


def splitmix64(x: int) -> int:
    """The splitmix64 finaliser: a bijective 64-bit mix."""
    x = (x + _GOLDEN) & _MASK64
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & _MASK64
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & _MASK64
    return x ^ (x >> 31)


def train_seed(key: int, counter: int) -> int:
    """The ``counter``-th instance seed of the stream ``key``: a keyed bijection onto ``[0, 2**62)``.

    Every step (add, xor-shift, multiply by an odd constant, all modulo ``2**62``) is invertible, so
    distinct counters in ``[0, 2**62)`` never share a seed.
    """
    if not 0 <= counter < TRAIN_SEED_LIMIT:
        raise ValueError(f"seed counter {counter} outside [0, 2**62)")
    x = (counter + key) & _MASK62
    x ^= x >> 31
    x = (x * 0x3C79AC492BA7B653) & _MASK62
    x ^= x >> 29
    x = (x * 0x1C69B3F74AC4AE35) & _MASK62
    x ^= x >> 32
    return (x + (key >> 2)) & _MASK62


class Rng:
    """A small deterministic generator: ``state_dict()`` is ``{"key", "counter"}``, both JSON ints."""

    def __init__(self, seed: int) -> None:
        self.key = splitmix64(seed & _MASK64)
        self.counter = 0

    def next_u64(self) -> int:
        self.counter += 1
        return splitmix64((self.key + self.counter * _GOLDEN) & _MASK64)

    def random(self) -> float:
        """A float uniform in ``[0, 1)``."""
        return (self.next_u64() >> 11) * 2.0**-53

    def below(self, n: int) -> int:
        """An int uniform in ``[0, n)`` (rejection sampling, no modulo bias)."""
        if n <= 0:
            raise ValueError(f"Rng.below needs n > 0, got {n}")
        limit = (_MASK64 + 1) - ((_MASK64 + 1) % n)
        while True:
            x = self.next_u64()
            if x < limit:
                return x % n

    def randint(self, low: int, high: int) -> int:
        """An int uniform in ``[low, high]`` (both ends included)."""
        return low + self.below(high - low + 1)

    def shuffle(self, items: MutableSequence[T]) -> None:
        """Fisher-Yates shuffle in place."""
        for i in range(len(items) - 1, 0, -1):
            j = self.below(i + 1)
            items[i], items[j] = items[j], items[i]

    def sample(self, items: Sequence[T], k: int) -> list[T]:
        """``k`` distinct items in random order."""
        pool = list(items)
        self.shuffle(pool)
        return pool[:k]

    def state_dict(self) -> dict[str, int]:
        return {"key": self.key, "counter": self.counter}

    def load_state_dict(self, state: dict[str, int]) -> None:
        self.key = int(state["key"])
        self.counter = int(state["counter"])
