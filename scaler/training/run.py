"""A training run: :func:`main` takes the parsed ``(ScalerArguments, GRPOConfig, ModelConfig)`` (see
:mod:`scaler.training.args`), loads the environment pool, builds the curriculum, the instance engine
and the stream, and trains with TRL's ``GRPOTrainer``.
"""

from __future__ import annotations

import logging
import os
from contextlib import ExitStack
from pathlib import Path

from scaler.errors import ConfigError
from scaler.training.config import ScalerArguments

logger = logging.getLogger(__name__)

def main(script_args: ScalerArguments, training_args, model_args):
    """Train with GRPO on the curriculum's stream; returns the trainer after training (and pushing)."""
    from accelerate import PartialState
    from trl import get_peft_config, get_quantization_config
    from trl.rewards import get_soft_overlong_punishment

    from scaler.training.callback import CurriculumCallback
    from scaler.training.models import card_facts, hub_id, resolve_model
    from scaler.training.progress import HealthCallback, run_summary
    from scaler.training.reward import ScalerReward, boxed_format_reward
    from scaler.training.eval_dataset import HeldoutAwareReward, build_eval_dataset
    from scaler.training.trainer import ScalerGRPOTrainer
    from scaler.training.trl_contract import check_trl_version, configure_grpo_args

    check_trl_version()
    configure_grpo_args(training_args)
    checkpoint = _resume_checkpoint(training_args)
    envs = load_pool(script_args)  # before the model: a bad pool fails in seconds, not after loading
    with PartialState().main_process_first():  # build an offline model once, on the main process
        model_path = resolve_model(model_args.model_name_or_path)
    training_args.model_init_kwargs = {
        "revision": model_args.model_revision,
        "trust_remote_code": training_args.trust_remote_code,
        "attn_implementation": model_args.attn_implementation,
        "dtype": model_args.dtype,
        **(training_args.model_init_kwargs or {}),
    }
    offline_license, base_model_note = card_facts(model_args.model_name_or_path)
    tokenizer = load_tokenizer(model_path, model_args.model_revision, training_args.trust_remote_code)
    with ExitStack() as resources:
        stream = build_stream(script_args, training_args, tokenizer, resources, envs)
        reward_funcs = [ScalerReward(stream)] + ([boxed_format_reward] if script_args.format_reward else [])
        if script_args.overlong_penalty:
            limit = training_args.max_completion_length
            reward_funcs.append(get_soft_overlong_punishment(limit, limit // 2))
        eval_dataset = build_eval_dataset(script_args, training_args, envs)  # held-out envs, None when off
        if eval_dataset is not None:
            reward_funcs[0] = HeldoutAwareReward(reward_funcs[0])
        trainer = ScalerGRPOTrainer(
            model=model_path,
            reward_funcs=reward_funcs,
            args=training_args,
            train_dataset=stream.dataset(),
            eval_dataset=eval_dataset,
            processing_class=tokenizer,
            callbacks=[CurriculumCallback(stream, resume_from_checkpoint=checkpoint), HealthCallback()],
            quantization_config=get_quantization_config(model_args),
            peft_config=get_peft_config(model_args),
            stream=stream,
            base_model=hub_id(model_args.model_name_or_path),
            pool=script_args.pool,
            zero_variance_filter=script_args.zero_variance_filter,
            license=script_args.model_license or offline_license or "other",
            base_model_note=base_model_note,
        )
        trainer.accelerator.print(run_summary(
            model=model_args.model_name_or_path, pool=script_args.pool, num_envs=len(envs),
            active=stream.curriculum.active, training_args=training_args,
        ))
        trainer.train(resume_from_checkpoint=checkpoint)
        trainer.save_model(training_args.output_dir)
        trainer.create_model_card()
        if training_args.push_to_hub:
            trainer.push_to_hub()
    trainer.accelerator.print(f"Training finished: model, curriculum trace and plot in {training_args.output_dir}")
    return trainer


def load_pool(script_args: ScalerArguments):
    """The run's environment pool; refuses a pool whose code the user has not opted in to run."""
    from scaler.errors import UntrustedCodeError
    from scaler.envs import load_environments

    envs = load_environments(
        script_args.pool, script_args.pool_config, trust_remote_code=script_args.pool_trust_remote_code
    )
    untrusted = [e.id for e in envs if not e.trusted]
    if untrusted:
        raise UntrustedCodeError(untrusted[0], "--pool_trust_remote_code true (recipe: `pool_trust_remote_code: true`)")
    return envs


def build_stream(script_args: ScalerArguments, training_args, tokenizer, resources: ExitStack, envs=None):
    """The curriculum, sandbox-backed engine and stream of a run over ``envs`` (default: the run's pool).

    The sandbox pool and the prefetch thread are closed when ``resources`` closes."""
    from scaler.curriculum import Curriculum, CurriculumEnv
    from scaler.engine import InstanceEngine
    from scaler.envs import train_environments
    from scaler.sandbox import SandboxPool
    from scaler.training.stream import CurriculumStream
    from scaler.training.trl_contract import prompts_per_generation_batch

    envs = train_environments(load_pool(script_args) if envs is None else envs)  # held-out envs are for eval only
    curriculum = Curriculum(
        [CurriculumEnv.from_environment(e) for e in envs],
        script_args.curriculum_config(),
        seed=training_args.seed if script_args.curriculum_seed is None else script_args.curriculum_seed,
    )
    counter = None
    if script_args.max_prompt_tokens is not None:
        def counter(prompt):
            ids = tokenizer.apply_chat_template(prompt, add_generation_prompt=True, tokenize=True, return_dict=False)
            return len(ids)
    pool = resources.enter_context(SandboxPool(workers=script_args.sandbox_workers))
    engine = InstanceEngine(pool, script_args.engine_config(), counter)
    stream = CurriculumStream(
        curriculum,
        envs,
        engine,
        batch_size=prompts_per_generation_batch(training_args),
        prefetch=script_args.prefetch,
    )
    resources.callback(stream.close)
    return stream


def _resume_checkpoint(args) -> str | None:
    """``resume_from_checkpoint`` as a folder: a path, or ``last`` for the newest one in ``output_dir``."""
    from transformers.trainer_utils import get_last_checkpoint

    value = args.resume_from_checkpoint
    if value in (None, "", False):
        return None
    if str(value).lower() in ("last", "true"):
        found = get_last_checkpoint(args.output_dir) if Path(args.output_dir).is_dir() else None
        if found is None:
            raise FileNotFoundError(f"resume_from_checkpoint={value!r}: no checkpoint in {args.output_dir}")
        value = found
    if not Path(value).is_dir():
        raise FileNotFoundError(f"resume_from_checkpoint: {value} is not a folder")
    args.resume_from_checkpoint = str(value)
    return str(value)


def load_tokenizer(model_path: str, revision: str | None = None, trust_remote_code: bool = False):
    """The model's tokenizer; it must have a chat template (scaler's prompts are conversations)."""
    from transformers import AutoTokenizer

    try:
        tokenizer = AutoTokenizer.from_pretrained(model_path, revision=revision, trust_remote_code=trust_remote_code)
    except OSError as e:  # not a folder, not in the cache, and the Hub unreachable or offline
        offline = " (HF_HUB_OFFLINE is set)" if os.environ.get("HF_HUB_OFFLINE", "0") not in ("0", "") else ""
        raise ConfigError(
            f"cannot load the model {model_path!r}: it is not a local folder and could not be fetched from the "
            f"Hugging Face Hub{offline}; give a folder, a cached model, or an offline model such as "
            f"scaler:smollm2-135m-instruct ({str(e).splitlines()[0]})"
        ) from e
    if tokenizer.chat_template is None:
        raise ConfigError(f"the tokenizer of {model_path} has no chat template; scaler's prompts are conversations")
    return tokenizer
