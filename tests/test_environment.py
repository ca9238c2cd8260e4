"""The environment record: validation, lossless row round trip, clear errors on bad rows."""

from __future__ import annotations

import copy

import pytest

from scaler.environment import Environment, ScaleParam
from scaler.errors import EnvRecordError
from scaler.instance import TRAIN_SEED_LIMIT, eval_seed, instance_rng_seed, is_eval_seed, normalize_answer


def test_row_round_trip_is_lossless(toy_env):
    row = toy_env.to_row()
    back = Environment.from_row(row)
    assert back == toy_env
    assert back.to_row() == row
    assert back.trusted is False  # trust is never carried by data


def test_row_round_trip_through_a_parquet_dataset(toy_env, tmp_path):
    from datasets import Dataset

    from scaler.environment import row_features

    Dataset.from_list([toy_env.to_row()], features=row_features()).to_parquet(str(tmp_path / "x.parquet"))
    row = Dataset.from_parquet(str(tmp_path / "x.parquet"))[0]
    assert Environment.from_row(row) == toy_env


@pytest.mark.parametrize(
    "mutate, field",
    [
        (lambda r: r.pop("statement"), "statement"),
        (lambda r: r.update(output_type="float"), "output_type"),
        (lambda r: r.update(id="Not A Slug!"), "id"),
        (lambda r: r.update(levels=[[1], [2, 3]]), "levels"),
        (lambda r: r.update(levels=[[999]]), "levels"),
        (lambda r: r.update(scale_params=[{"name": "n", "min": 5, "max": 1}]), "scale_params"),
        (lambda r: r.update(solutions=[]), "solutions"),
        (lambda r: r.update(solutions=[{"language": "rust", "source": "fn main(){}"}]), "solutions"),
        (lambda r: r.update(generator=42), "generator"),
        (lambda r: r.update(generator_entry="not valid"), "generator_entry"),
        (lambda r: r.update(tags="math"), "tags"),
        (lambda r: r.update(schema_version=99), "schema_version"),
    ],
)
def test_bad_rows_name_the_field(toy_env, mutate, field):
    row = copy.deepcopy(toy_env.to_row())
    mutate(row)
    with pytest.raises(EnvRecordError) as info:
        Environment.from_row(row)
    assert info.value.field == field
    assert field in str(info.value)


def test_params_at_checks_the_level(toy_env):
    assert toy_env.params_at(2) == {"n": 20}
    with pytest.raises(ValueError, match="outside"):
        toy_env.params_at(4)


def test_the_first_listed_solution_defines_ground_truth(toy_env):
    import dataclasses

    assert toy_env.solution().language == "python"
    assert toy_env.solution("cpp").language == "cpp"
    flipped = dataclasses.replace(toy_env, solutions=list(reversed(toy_env.solutions)))
    assert flipped.solution().language == "cpp"
    with pytest.raises(LookupError, match="no rust solution"):
        toy_env.solution("rust")


def test_instance_seeds_are_hashed_not_offset():
    a = instance_rng_seed("env", 3, 42)
    assert a == instance_rng_seed("env", 3, 42)
    assert len({instance_rng_seed("env", 3, s) for s in range(1000)}) == 1000
    # seed+1 at one level is not level+1 or another env: the streams are unrelated
    assert instance_rng_seed("env", 3, 43) not in {a + 1, a - 1, instance_rng_seed("env", 4, 42)}
    assert instance_rng_seed("env2", 3, 42) != a


def test_eval_seeds_are_disjoint_from_train_seeds():
    seeds = [eval_seed("env", i) for i in range(1000)]
    assert len(set(seeds)) == 1000
    assert all(is_eval_seed(s) and s >= TRAIN_SEED_LIMIT for s in seeds)
    assert not is_eval_seed(TRAIN_SEED_LIMIT - 1)


def test_normalize_answer():
    assert normalize_answer(" 42\n", "number") == "42"
    assert normalize_answer("1  2\n3\n", "array") == "1 2 3"
    assert normalize_answer("  Alice   wins \n", "string") == "Alice wins"
    with pytest.raises(ValueError):
        normalize_answer("1", "matrix")


def test_scale_param_validation_message():
    with pytest.raises(EnvRecordError, match="base"):
        Environment.from_row(
            {**_row_with(ScaleParam(1, 5, -1.0))}
        )


def _row_with(param: ScaleParam) -> dict:
    return {
        "id": "x",
        "title": "x",
        "statement": "s",
        "output_instruction": "o",
        "output_type": "number",
        "scale_params": [{"name": "n", "min": param.min, "max": param.max, "base": param.base}],
        "levels": [[1]],
        "generator": "def generate(p, r): return '1'",
        "solutions": [{"language": "python", "source": "print(1)"}],
    }
