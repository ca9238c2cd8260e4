"""Per-environment difficulty controllers, looked up by name.

A controller owns one environment's difficulty. Each step it is asked for the levels of the ``m``
prompts its environment gets (:meth:`Controller.levels`) and then told how those rollouts went
(:meth:`Controller.update`, one :class:`LevelResult` per level used). ``difficulty`` is its current
position on the level axis, kept in the curator's history and in the metrics.

Registered rules:

``upstream``   SCALER as released: continuous ``d <- clip(d + clip(gain*(p - target), -1, 1), 0, dmax)``.
``band``       ours: the same continuous ``d`` and floor/ceil split, but it moves on evidence pooled
               over steps (a discounted success count) only when that leaves a band around the
               target, and gallops (strides 1, 2, 4, ...) through runs of all-correct / all-wrong steps.
``rlve``       RLVE: upper level ``h``; levels uniform in ``[h - span, h]``; ``h + 1`` after
               ``window`` rollouts at ``h`` with accuracy >= ``threshold``; never goes down.
``threshold``  reasoning-gym: one level; mean of the last ``window`` rollouts > ``up`` -> +1, < ``down`` -> -1.
``uniform``    static baseline: every prompt at a uniformly random level.
``fixed``      static baseline: every prompt at ``round(fraction * max_level)``.
"""

from __future__ import annotations

import math
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Any, Callable, ClassVar, Sequence

from scaler.curriculum.rng import Rng


@dataclass(frozen=True)
class LevelResult:
    """How the rollouts of one environment at one level went in one step."""

    level: int
    successes: int
    rollouts: int


class Controller(ABC):
    """Difficulty state of one environment. Subclasses list their dynamic fields in ``state_fields``."""

    name: ClassVar[str]
    state_fields: ClassVar[tuple[str, ...]]

    def __init__(self, max_level: int | Callable[[], int], target: float) -> None:
        if not callable(max_level) and max_level < 0:
            raise ValueError(f"max_level must be >= 0, got {max_level}")
        if not 0.0 < target < 1.0:
            raise ValueError(f"target success rate must be in (0, 1), got {target}")
        self._top = max_level if callable(max_level) else (lambda: max_level)
        self.target = target

    @property
    def max_level(self) -> int:
        """The highest level this environment may be trained at now (its cap, see :mod:`scaler.curriculum.caps`)."""
        return self._top()

    @property
    @abstractmethod
    def difficulty(self) -> float:
        """The current position on the level axis (what the history and the plots follow)."""

    @abstractmethod
    def levels(self, m: int, rng: Rng) -> list[int]:
        """Levels for the ``m`` prompts this environment gets this step."""

    @abstractmethod
    def update(self, results: Sequence[LevelResult]) -> None:
        """Learn from this step's rollouts of this environment (``results`` is never empty)."""

    def state_dict(self) -> dict[str, Any]:
        return {f: getattr(self, f) for f in self.state_fields}

    def load_state_dict(self, state: dict[str, Any]) -> None:
        missing = set(self.state_fields) - set(state)
        if missing:
            raise KeyError(f"{self.name} controller state lacks {sorted(missing)}")
        for f in self.state_fields:
            setattr(self, f, state[f])

    def _clip(self, d: float) -> float:
        return min(max(d, 0.0), float(self.max_level))


_REGISTRY: dict[str, type[Controller]] = {}


def register_controller(cls: type[Controller]) -> type[Controller]:
    """Class decorator: make ``cls`` available to :func:`make_controller` under ``cls.name``."""
    if cls.name in _REGISTRY:
        raise ValueError(f"controller {cls.name!r} is already registered")
    _REGISTRY[cls.name] = cls
    return cls


def controller_names() -> list[str]:
    return sorted(_REGISTRY)


def make_controller(name: str, max_level: int | Callable[[], int], target: float,
                    settings: dict[str, Any] | None = None) -> Controller:
    """A fresh controller ``name`` for an environment with levels ``0..max_level`` (a number, or a
    function giving the current top when caps may lower it)."""
    try:
        cls = _REGISTRY[name]
    except KeyError:
        raise ValueError(f"unknown curriculum controller {name!r}; known: {controller_names()}") from None
    try:
        return cls(max_level, target, **(settings or {}))
    except TypeError as err:  # an unknown or misspelt setting
        raise ValueError(f"bad settings for controller {name!r}: {err}") from None


def split_levels(d: float, m: int) -> list[int]:
    """Upstream split of ``m`` prompts at continuous difficulty ``d``: ``round(m * frac(d))`` at
    ``ceil(d)``, the rest at ``floor(d)`` (Python's round: halves go to even)."""
    low = math.floor(d)
    n_high = round(m * (d - low)) if d > low else 0
    return [low + 1] * n_high + [low] * (m - n_high)


def _totals(results: Sequence[LevelResult]) -> tuple[int, int]:
    return sum(r.successes for r in results), sum(r.rollouts for r in results)


@register_controller
class UpstreamController(Controller):
    """SCALER's rule as released: ``d <- clip(d + clip(gain * (p - target), -1, 1), 0, dmax)``."""

    name = "upstream"
    state_fields = ("d",)

    def __init__(self, max_level: int | Callable[[], int], target: float, gain: float = 2.0,
                 initial: float = 0.0) -> None:
        super().__init__(max_level, target)
        self.gain = gain
        self.d = self._clip(initial)

    @property
    def difficulty(self) -> float:
        return self.d

    def levels(self, m: int, rng: Rng) -> list[int]:
        return split_levels(self.d, m)

    def update(self, results: Sequence[LevelResult]) -> None:
        successes, rollouts = _totals(results)
        p = successes / rollouts
        self.d = self._clip(self.d + min(max(self.gain * (p - self.target), -1.0), 1.0))


@register_controller
class BandController(Controller):
    """Ours: pooled evidence, a dead band around the target, and galloping through saturated steps.

    Successes and rollouts are pooled with weight ``decay`` per step (an exponentially discounted
    Beta posterior, shrunk towards the target by ``prior`` pseudo-rollouts). While a step's outcomes
    are mixed, ``d`` moves by ``clip(gain * (p_hat - target), -max_move, max_move)`` only when
    ``|p_hat - target| > band``, so one noisy group does not move it. A step that is all-correct or
    all-wrong says the frontier is elsewhere: ``d`` moves by a stride that doubles while such steps
    keep pointing the same way (1, 2, 4, ... up to ``max_stride``), and the pooled evidence, which
    describes the old level, is dropped.
    """

    name = "band"
    state_fields = ("d", "successes", "rollouts", "stride", "direction")

    def __init__(
        self,
        max_level: int | Callable[[], int],
        target: float,
        decay: float = 0.6,
        band: float = 0.15,
        gain: float = 2.0,
        max_move: float = 1.0,
        max_stride: float = 4.0,
        prior: float = 2.0,
        initial: float = 0.0,
    ) -> None:
        super().__init__(max_level, target)
        if not 0.0 <= decay < 1.0:
            raise ValueError(f"band controller: decay must be in [0, 1), got {decay}")
        if not 0.0 <= band < min(target, 1.0 - target):
            raise ValueError(f"band controller: band must be in [0, min(target, 1 - target)), got {band}")
        self.decay, self.band, self.gain, self.prior = decay, band, gain, prior
        self.max_move, self.max_stride = max_move, max_stride
        self.d = self._clip(initial)
        self.successes = 0.0
        self.rollouts = 0.0
        self.stride = 1.0
        self.direction = 0

    @property
    def difficulty(self) -> float:
        return self.d

    @property
    def estimate(self) -> float:
        """The pooled success-rate estimate at the current difficulty."""
        return (self.successes + self.prior * self.target) / (self.rollouts + self.prior)

    def levels(self, m: int, rng: Rng) -> list[int]:
        return split_levels(self.d, m)

    def update(self, results: Sequence[LevelResult]) -> None:
        successes, rollouts = _totals(results)
        if successes in (0, rollouts):
            direction = 1 if successes else -1
            self.stride = min(2 * self.stride, self.max_stride) if direction == self.direction else 1.0
            self.direction = direction
            self.d = self._clip(self.d + direction * self.stride)
            self.successes = self.rollouts = 0.0
            return
        self.stride, self.direction = 1.0, 0
        self.successes = self.decay * self.successes + successes
        self.rollouts = self.decay * self.rollouts + rollouts
        error = self.estimate - self.target
        if abs(error) > self.band:
            self.d = self._clip(self.d + min(max(self.gain * error, -self.max_move), self.max_move))


@register_controller
class RLVEController(Controller):
    """RLVE: levels uniform in ``[max(0, h - span), h]``; ``h`` rises after ``window`` rollouts at
    ``h`` with accuracy >= ``threshold`` (counters reset after each judgement); never falls."""

    name = "rlve"
    state_fields = ("h", "successes", "rollouts")

    def __init__(self, max_level: int | Callable[[], int], target: float, window: int = 128, threshold: float = 0.9,
                 span: int = 3) -> None:
        super().__init__(max_level, target)
        self.window, self.threshold, self.span = window, threshold, span
        self.h = 0
        self.successes = 0
        self.rollouts = 0

    @property
    def difficulty(self) -> float:
        return float(self.h)

    def levels(self, m: int, rng: Rng) -> list[int]:
        return [rng.randint(max(0, self.h - self.span), self.h) for _ in range(m)]

    def update(self, results: Sequence[LevelResult]) -> None:
        for r in results:
            if r.level == self.h:
                self.successes += r.successes
                self.rollouts += r.rollouts
        if self.rollouts >= self.window:
            if self.successes / self.rollouts >= self.threshold:
                self.h = min(self.h + 1, self.max_level)
            self.successes = self.rollouts = 0


@register_controller
class ThresholdController(Controller):
    """reasoning-gym: mean of the last ``window`` rollouts at the current level > ``up`` -> level + 1,
    < ``down`` -> level - 1; judged only on a full window, which restarts after every change."""

    name = "threshold"
    state_fields = ("level", "recent")

    def __init__(self, max_level: int | Callable[[], int], target: float, window: int = 64, up: float = 0.7,
                 down: float = 0.3) -> None:
        super().__init__(max_level, target)
        if not 0.0 <= down < up <= 1.0:
            raise ValueError(f"threshold controller needs 0 <= down < up <= 1, got down={down} up={up}")
        self.window, self.up, self.down = window, up, down
        self.level = 0
        self.recent: list[int] = []

    @property
    def difficulty(self) -> float:
        return float(self.level)

    def levels(self, m: int, rng: Rng) -> list[int]:
        return [self.level] * m

    def update(self, results: Sequence[LevelResult]) -> None:
        for r in results:
            self.recent.extend([1] * r.successes + [0] * (r.rollouts - r.successes))
        del self.recent[: max(0, len(self.recent) - self.window)]
        if len(self.recent) < self.window:
            return
        mean = sum(self.recent) / len(self.recent)
        step = 1 if mean > self.up else -1 if mean < self.down else 0
        if step and 0 <= self.level + step <= self.max_level:
            self.level += step
            self.recent = []


@register_controller
class UniformController(Controller):
    """Static baseline: every prompt at a level drawn uniformly from ``0..max_level``."""

    name = "uniform"
    state_fields = ()

    @property
    def difficulty(self) -> float:
        return self.max_level / 2

    def levels(self, m: int, rng: Rng) -> list[int]:
        return [rng.randint(0, self.max_level) for _ in range(m)]

    def update(self, results: Sequence[LevelResult]) -> None:
        return None


@register_controller
class FixedController(Controller):
    """Static baseline: every prompt at ``round(fraction * max_level)``."""

    name = "fixed"
    state_fields = ()

    def __init__(self, max_level: int | Callable[[], int], target: float, fraction: float = 0.5) -> None:
        super().__init__(max_level, target)
        if not 0.0 <= fraction <= 1.0:
            raise ValueError(f"fixed controller: fraction must be in [0, 1], got {fraction}")
        self.level = round(fraction * self.max_level)

    @property
    def difficulty(self) -> float:
        return float(self.level)

    def levels(self, m: int, rng: Rng) -> list[int]:
        return [self.level] * m

    def update(self, results: Sequence[LevelResult]) -> None:
        return None

