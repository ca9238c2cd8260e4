"""Everything scaler assumes about TRL's ``GRPOTrainer``, in one place, with the version it was checked on.

The adaptive stream is correct only while these hold (``tests/test_trl_contract.py`` checks each one
against the installed TRL, so an upgrade that breaks one fails loudly there):

1. An ``IterableDataset`` train set is read through ``trl.trainer.utils.repeat_iterable_dataset``:
   ``generation_batch_size // num_generations`` rows per generation batch, in stream order, each
   repeated ``num_generations`` times by TRL (so the stream yields every prompt once and a GRPO
   group holds copies of one prompt).
2. With ``shuffle_dataset=True`` TRL puts a shuffle buffer in front of that, which would delay the
   curriculum's decisions by ~1000 prompts and mix batches: scaler forces ``shuffle_dataset=False``.
3. Every process iterates the stream itself (TRL forces ``dispatch_batches=False`` for iterable
   datasets), so the stream must be identical on every rank (:mod:`scaler.training.stream`).
4. Reward functions are called once per generation batch, in lockstep on every rank, with every
   dataset column but ``prompt`` as a list aligned with the completions, plus ``log_metric``; so
   ``gather_object`` inside the reward is safe and the curriculum updates identically everywhere.
5. On resume the trainer would skip already-seen batches by reading them again; the stream restores
   its own state instead, so scaler forces ``ignore_data_skip=True``.
6. The dataloader reads one generation batch ahead of the batch being rewarded.
7. (``zero_variance_filter`` only) ``_generate_and_score_completions`` returns this process's rows
   with ``completion_mask``, ``advantages`` (exactly 0 for every row of a group whose rewards all
   agree, when rewards are summed then normalised) and ``num_items_in_batch``, the loss normaliser
   of the ``dapo``/``cispo``/``vespo`` losses (``bnpo`` normalises by the mask itself); a process's
   rows hold whole groups, in order, when its generation batch
   (``per_device_train_batch_size * steps_per_generation``) is a multiple of ``num_generations``.
"""

from __future__ import annotations

import logging
import warnings

from packaging.specifiers import SpecifierSet
from packaging.version import Version

from scaler.errors import ConfigError

logger = logging.getLogger(__name__)

TESTED_TRL = SpecifierSet(">=1.16,<1.17")
"""The TRL releases the assumptions above were verified on."""


def check_trl_version(version: str | None = None) -> str | None:
    """Warn (and return the warning) when the installed TRL is outside :data:`TESTED_TRL`."""
    if version is None:
        import trl

        version = trl.__version__
    if Version(version) in TESTED_TRL:
        return None
    message = (f"trl {version} is installed, but scaler's stream was verified on trl{TESTED_TRL}; if training "
               "misbehaves, run tests/test_trl_contract.py to see which assumption changed")
    warnings.warn(message, UserWarning, stacklevel=2)
    return message


def configure_grpo_args(args) -> None:
    """Set the ``GRPOConfig`` values the stream needs, noting where a user's value was overridden."""
    if args.max_steps is None or args.max_steps <= 0:
        raise ConfigError("the curriculum stream is endless: set max_steps (e.g. --max_steps 100)")
    if args.shuffle_dataset:
        logger.info("shuffle_dataset=False: a shuffle buffer would delay curriculum decisions by ~1000 prompts")
        args.shuffle_dataset = False
    if not args.ignore_data_skip:
        logger.info("ignore_data_skip=True: on resume the stream restarts from its saved state, not by skipping")
        args.ignore_data_skip = True


def prompts_per_generation_batch(args) -> int:
    """Unique prompts TRL reads from the stream per generation batch (assumption 1)."""
    return args.generation_batch_size // args.num_generations


FILTERABLE_LOSSES = ("dapo", "bnpo", "cispo", "vespo")
"""Losses normalised by the unmasked tokens, so a masked group leaves the normaliser too (assumption 7)."""


def check_zero_variance_filter(args) -> None:
    """Raise :class:`ConfigError` when ``zero_variance_filter`` cannot drop whole groups (assumption 7)."""
    local = args.per_device_train_batch_size * args.steps_per_generation
    if local % args.num_generations:
        raise ConfigError(f"zero_variance_filter needs per_device_train_batch_size * steps_per_generation ({local}) "
                          f"to be a multiple of num_generations ({args.num_generations}), so groups stay whole")
    if args.loss_type not in FILTERABLE_LOSSES:
        raise ConfigError(f"zero_variance_filter needs a loss normalised by unmasked tokens "
                          f"(loss_type one of {list(FILTERABLE_LOSSES)}), got {args.loss_type!r}")
    if args.multi_objective_aggregation != "sum_then_normalize":
        raise ConfigError("zero_variance_filter needs multi_objective_aggregation='sum_then_normalize', got "
                          f"{args.multi_objective_aggregation!r}")
