"""Difficulty controllers against hand-computed updates."""

import json

import pytest

from scaler.curriculum.controllers import (
    BandController,
    FixedController,
    LevelResult,
    RLVEController,
    UpstreamController,
    ThresholdController,
    controller_names,
    make_controller,
    split_levels,
)
from scaler.curriculum.rng import Rng


def step(controller, successes, rollouts=8, level=None):
    level = round(controller.difficulty) if level is None else level
    controller.update([LevelResult(level, successes, rollouts)])


# ---------------------------------------------------------------- upstream SCALER
@pytest.mark.parametrize(
    "d, p, expected",
    [
        (2.3, 0.75, 2.8),  # + 2 * (0.75 - 0.5) = +0.5
        (2.3, 1.0, 3.3),  # + 2 * 0.5 = +1 (at the clip)
        (2.3, 0.0, 1.3),  # - 1
        (2.3, 0.5, 2.3),
        (2.3, 0.375, 2.05),  # - 0.25
        (0.4, 0.0, 0.0),  # clipped at 0
        (9.6, 1.0, 10.0),  # clipped at dmax = 10
    ],
)
def test_scaler_rule_exact_numbers(d, p, expected):
    c = UpstreamController(max_level=10, target=0.5, initial=d)
    step(c, round(p * 8))
    assert c.d == pytest.approx(expected)


def test_scaler_rule_pools_levels_of_a_step():
    c = UpstreamController(max_level=10, target=0.5, initial=2.4)
    c.update([LevelResult(2, 6, 8), LevelResult(3, 2, 8)])  # p = 8/16 = 0.5
    assert c.d == pytest.approx(2.4)


def test_scaler_rule_target_is_configurable():
    c = UpstreamController(max_level=10, target=0.25, initial=2.0)
    step(c, 4)  # p = 0.5: + 2 * (0.5 - 0.25)
    assert c.d == pytest.approx(2.5)


@pytest.mark.parametrize(
    "d, m, expected",
    [
        (2.4, 5, [3, 3, 2, 2, 2]),  # round(5 * 0.4) = 2 at ceil
        (2.0, 5, [2] * 5),
        (2.5, 1, [2]),  # round(0.5) = 0 (halves to even)
        (2.5, 3, [3, 3, 2]),  # round(1.5) = 2
        (0.8, 4, [1, 1, 1, 0]),  # round(3.2) = 3
        (7.0, 2, [7, 7]),
    ],
)
def test_floor_ceil_split(d, m, expected):
    assert sorted(split_levels(d, m), reverse=True) == expected
    assert UpstreamController(10, 0.5, initial=d).levels(m, Rng(0)) == split_levels(d, m)


# ---------------------------------------------------------------- ours
def test_band_holds_inside_band_and_moves_on_pooled_evidence():
    c = BandController(max_level=10, target=0.5, decay=0.6, band=0.15, gain=2.0, prior=2.0)
    step(c, 4)  # estimate (4 + 1) / (8 + 2) = 0.5
    assert c.d == 0.0
    step(c, 6)  # pooled 0.6*4+6 = 8.4 of 0.6*8+8 = 12.8: (8.4 + 1) / 14.8 = 0.635 -> inside the band
    assert c.d == 0.0
    assert c.estimate == pytest.approx(9.4 / 14.8)
    step(c, 7)  # pooled 0.6*8.4+7 = 12.04 of 0.6*12.8+8 = 15.68: (12.04 + 1) / 17.68 = 0.7376
    expected = 2 * (13.04 / 17.68 - 0.5)
    assert c.d == pytest.approx(expected)
    step(c, 1, level=0)  # pooled 0.6*12.04+1 = 8.224 of 17.408: (8.224 + 1) / 19.408 = 0.475 -> hold
    assert c.d == pytest.approx(expected)
    step(c, 1, level=0)  # pooled 0.6*8.224+1 = 5.9344 of 0.6*17.408+8 = 18.4448: 6.9344 / 20.4448 = 0.339
    assert c.d == pytest.approx(expected + 2 * (6.9344 / 20.4448 - 0.5))


def test_band_one_noisy_group_does_not_move_it_but_upstream_does():
    ours, upstream = BandController(10, 0.5, initial=5.0), UpstreamController(10, 0.5, initial=5.0)
    for c in (ours, upstream):
        step(c, 4)
        step(c, 6)
    assert ours.d == 5.0
    assert upstream.d == pytest.approx(5.5)


def test_band_gallops_through_saturated_steps():
    c = BandController(max_level=20, target=0.5, max_stride=4.0)
    step(c, 4)
    trajectory = []
    for _ in range(5):
        step(c, 8)  # all correct
        trajectory.append(c.d)
    assert trajectory == [1.0, 3.0, 7.0, 11.0, 15.0]  # strides 1, 2, 4, 4, 4
    assert c.rollouts == 0.0  # evidence about the old level is dropped
    step(c, 0)  # all wrong: direction flips, stride restarts at 1
    assert c.d == 14.0
    step(c, 3)  # mixed: stride resets, evidence starts again
    assert (c.stride, c.direction, c.rollouts) == (1.0, 0, 8.0)
    step(c, 0)
    assert c.d == 13.0


def test_band_rejects_a_band_wider_than_the_target_allows():
    with pytest.raises(ValueError, match="band"):
        BandController(10, target=0.2, band=0.25)


# ---------------------------------------------------------------- RLVE
def test_rlve_samples_below_the_upper_level():
    c = RLVEController(max_level=10, target=0.5)
    c.h = 5
    levels = c.levels(200, Rng(1))
    assert set(levels) == {2, 3, 4, 5}
    c.h = 1
    assert set(c.levels(100, Rng(2))) == {0, 1}


def test_rlve_raises_after_128_rollouts_at_h_and_never_falls():
    c = RLVEController(max_level=10, target=0.5)
    for _ in range(15):
        c.update([LevelResult(0, 8, 8)])
    assert (c.h, c.rollouts) == (0, 120)
    c.update([LevelResult(0, 7, 8), LevelResult(1, 0, 8)])  # 127/128 at h = 0 >= 0.9; level 1 is not h
    assert (c.h, c.successes, c.rollouts) == (1, 0, 0)
    for _ in range(16):
        c.update([LevelResult(1, 6, 8)])  # 96/128 = 0.75 < 0.9
    assert (c.h, c.rollouts) == (1, 0)  # judged, counters reset, no change
    for _ in range(16):
        c.update([LevelResult(1, 0, 8)])
    assert c.h == 1  # never goes down


# ---------------------------------------------------------------- reasoning-gym
def test_threshold_rule_on_full_windows():
    c = ThresholdController(max_level=3, target=0.5, window=16, up=0.7, down=0.3)
    step(c, 8)
    assert c.level == 0  # 8 of 16 rollouts: no judgement yet
    step(c, 4)  # mean 12/16 = 0.75 > 0.7
    assert (c.level, c.recent) == (1, [])
    step(c, 3, level=1)
    step(c, 2, level=1)  # 5/16 = 0.31: inside [0.3, 0.7]
    assert c.level == 1
    step(c, 0, level=1)  # last 16: 2 + 0 = 2/16 = 0.125 < 0.3
    assert c.level == 0
    step(c, 0)
    step(c, 0)
    assert c.level == 0  # never below 0


def test_fixed_and_uniform_baselines():
    assert FixedController(9, 0.5).levels(3, Rng(0)) == [4, 4, 4]  # round(4.5) = 4
    assert FixedController(10, 0.5, fraction=0.2).level == 2
    levels = make_controller("uniform", 4, 0.5).levels(500, Rng(3))
    assert set(levels) == {0, 1, 2, 3, 4}


# ---------------------------------------------------------------- registry and state
def test_registry_names_and_errors():
    assert set(controller_names()) >= {"upstream", "band", "rlve", "threshold", "uniform", "fixed"}
    with pytest.raises(ValueError, match="unknown curriculum controller 'nope'"):
        make_controller("nope", 3, 0.5)
    with pytest.raises(ValueError, match="bad settings for controller 'upstream'"):
        make_controller("upstream", 3, 0.5, {"gian": 2.0})


@pytest.mark.parametrize("name", ["upstream", "band", "rlve", "threshold", "uniform", "fixed"])
def test_state_round_trips_through_json(name):
    a = make_controller(name, 12, 0.5)
    for k in (8, 8, 3, 0, 5, 7):
        a.update([LevelResult(round(a.difficulty), k, 8)])
    b = make_controller(name, 12, 0.5)
    b.load_state_dict(json.loads(json.dumps(a.state_dict())))
    assert b.state_dict() == a.state_dict()
    for k in (6, 8, 1):
        a.update([LevelResult(round(a.difficulty), k, 8)])
        b.update([LevelResult(round(b.difficulty), k, 8)])
        assert b.levels(4, Rng(5)) == a.levels(4, Rng(5))
