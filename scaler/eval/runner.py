"""Run scaler's lighteval tasks through lighteval's own pipeline.

Backends: ``transformers`` (lighteval's accelerate backend, on the model loaded here so that
sampling is switched on), ``vllm`` (lighteval's vLLM backend) and ``endpoint`` (an
OpenAI-compatible server, :mod:`scaler.eval.endpoint`). The tasks are handed to lighteval as an
in-memory custom-tasks module built from :mod:`scaler.eval.benchmarks` and :mod:`scaler.eval.heldout`.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import tempfile
import types
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from scaler.errors import ConfigError
from scaler.eval.protocol import BENCHMARKS, Sampling

BACKENDS = ("transformers", "vllm", "endpoint")
HELDOUT = "heldout"
TASK_KEYS = (*BENCHMARKS, HELDOUT)
DEFAULT_TASKS = ("math500", "amc23", "aime24", "mmlu_pro", "bbeh_mini", HELDOUT)
CPU_BATCH_SIZE = 8


@dataclass
class EvalSettings:
    """What ``scaler eval`` runs: a model, tasks (benchmark keys and/or ``heldout``) and the protocol."""

    model: str
    tasks: Sequence[str] = DEFAULT_TASKS
    backend: str = "transformers"
    endpoint: str | None = None
    max_samples: int | None = None
    """Problems per task (a quick look); None runs every problem."""
    samples: int | None = None
    """Completions per problem for every task, instead of each benchmark's avg@n."""
    sampling: Sampling = field(default_factory=Sampling)
    data_dir: str | None = None
    """A folder of local benchmark copies (``<dir>/<key>/``, as written by :mod:`scaler.eval.convert`)."""
    pool: str | None = None
    pool_config: str | None = None
    trust_remote_code: bool = False
    heldout_levels: Sequence[int] | None = None
    heldout_per_level: int | None = None
    batch_size: int | None = None
    output_dir: str = "eval_results"
    skip_unavailable: bool = False
    """Skip (with a notice) benchmarks whose dataset cannot be loaded, instead of failing."""

    def __post_init__(self) -> None:
        unknown = [t for t in self.tasks if t not in TASK_KEYS]
        if unknown:
            raise ConfigError(f"unknown task(s) {', '.join(unknown)}; choose from {', '.join(TASK_KEYS)}")
        if self.backend not in BACKENDS:
            raise ConfigError(f"unknown backend {self.backend!r}; choose from {', '.join(BACKENDS)}")
        if (self.backend == "endpoint") != (self.endpoint is not None):
            raise ConfigError("--endpoint URL goes with --backend endpoint (and only with it)")
        if self.backend == "vllm" and importlib.util.find_spec("vllm") is None:
            raise ConfigError("--backend vllm needs vllm (pip install -e '.[vllm]'); or run `vllm serve MODEL` "
                              "and use --backend endpoint --endpoint http://HOST:PORT/v1")


def install_offline_stub() -> None:
    """Replace lighteval's ``tiny_benchmarks`` task module, which downloads a file when the registry loads.

    scaler runs only its own tasks, so an empty ``TASKS_TABLE`` loses nothing and lets lighteval
    load offline."""
    name = "lighteval.tasks.tasks.tiny_benchmarks"
    if name not in sys.modules:
        stub = types.ModuleType(name)
        stub.TASKS_TABLE = []
        sys.modules[name] = stub


def task_module(settings: EvalSettings, workdir: Path) -> types.ModuleType:
    """A custom-tasks module with the requested tasks; held-out instances are made into ``workdir``."""
    from scaler.eval.benchmarks import dataset_source, task_config
    from scaler.eval.heldout import heldout_tasks

    tokens = settings.sampling.max_new_tokens
    table = []
    for key in settings.tasks:
        if key == HELDOUT:
            continue
        source = dataset_source(BENCHMARKS[key], settings.data_dir)
        problem = unavailable(source, BENCHMARKS[key].hf_subset)
        if problem is None:
            table.append(task_config(BENCHMARKS[key], data_dir=settings.data_dir, samples=settings.samples,
                                     max_new_tokens=tokens))
        elif settings.skip_unavailable:
            progress(f"skipping {key}: {problem}")
        else:
            raise ConfigError(f"cannot load the {key} dataset: {problem}")
    if HELDOUT in settings.tasks:
        progress("making the held-out environment instances")
        make_heldout_data(settings, workdir / "heldout")
        table += heldout_tasks(workdir / "heldout", samples=settings.samples or 1, max_new_tokens=tokens)
    if not table:
        raise ConfigError("no task to run: every requested benchmark dataset is unavailable")
    module = types.ModuleType("scaler_eval_tasks")
    module.TASKS_TABLE = table
    return module


def progress(message: str) -> None:
    print(f"scaler eval: {message}", file=sys.stderr, flush=True)


def unavailable(source: str, subset: str) -> str | None:
    """Why the dataset at ``source`` (a local folder or a Hub id) cannot be loaded, or None when it can."""
    if Path(source).is_dir():
        return None
    from datasets import load_dataset_builder

    try:
        load_dataset_builder(source, subset)
    except Exception as e:  # noqa: BLE001 - offline, missing or gated: all mean "not loadable here"
        hint = " (offline: give a local copy with --data-dir)" if _offline() else ""
        return f"{source}: {' '.join(str(e).split())[:200]}{hint}"
    return None


def _offline() -> bool:
    return os.environ.get("HF_HUB_OFFLINE", "").lower() in ("1", "true", "yes", "on")


def make_heldout_data(settings: EvalSettings, folder: Path) -> dict[int, Path]:
    from scaler.envs import load_environments
    from scaler.eval.heldout import (
        DEFAULT_LEVELS, DEFAULT_PER_LEVEL, first_per_level, heldout_instances, heldout_requests, write_heldout,
    )

    envs = load_environments(settings.pool, settings.pool_config, trust_remote_code=settings.trust_remote_code)
    requests = heldout_requests(envs, settings.heldout_levels or DEFAULT_LEVELS,
                                settings.heldout_per_level or DEFAULT_PER_LEVEL)
    if settings.max_samples:  # a level is cut to max_samples rows anyway: make only those, environments in turn
        requests = first_per_level(requests, settings.max_samples)
    return write_heldout(heldout_instances(requests), folder)


def _generation_parameters(sampling: Sampling):
    from lighteval.models.model_input import GenerationParameters

    return GenerationParameters(temperature=sampling.temperature, top_p=sampling.top_p,
                                max_new_tokens=sampling.max_new_tokens)


def build_model(settings: EvalSettings, cache_dir: Path) -> tuple[Any, Any, Any]:
    """``(launcher, model_config, model)`` for :class:`lighteval.pipeline.Pipeline`."""
    from lighteval.pipeline import ParallelismManager

    common = dict(generation_parameters=_generation_parameters(settings.sampling),
                  system_prompt=settings.sampling.system_prompt, cache_dir=str(cache_dir))
    if settings.backend == "endpoint":
        from scaler.eval.endpoint import EndpointModel, EndpointModelConfig

        config = EndpointModelConfig(model_name=settings.model, base_url=settings.endpoint, **common)
        return ParallelismManager.CUSTOM, None, EndpointModel(config)
    from scaler.training.models import resolve_model

    path = resolve_model(settings.model)
    if settings.backend == "vllm":
        from lighteval.models.vllm.vllm_model import VLLMModelConfig

        return ParallelismManager.VLLM, VLLMModelConfig(model_name=path, **common), None
    import torch
    from lighteval.models.transformers.transformers_model import TransformersModel, TransformersModelConfig
    from transformers import AutoModelForCausalLM

    cuda = torch.cuda.is_available()
    config = TransformersModelConfig(
        model_name=Path(path).name if Path(path).is_dir() else path,  # a name, not a path: results and cache go by it
        tokenizer=path,
        device="cuda" if cuda else "cpu",
        batch_size=settings.batch_size or (None if cuda else CPU_BATCH_SIZE),  # None: lighteval probes the largest
        **common,
    )
    model = AutoModelForCausalLM.from_pretrained(path, dtype="auto").to(config.device)
    model.generation_config.do_sample = settings.sampling.temperature > 0  # lighteval leaves it to the model
    return ParallelismManager.ACCELERATE, None, TransformersModel.from_model(model, config)


def run_eval(settings: EvalSettings) -> dict[str, Any]:
    """Evaluate; returns lighteval's results dict (also saved under ``output_dir/lighteval``).

    lighteval turns autograd off for the whole process when its transformers backend is imported and
    again when a model is loaded; the caller's setting is restored afterwards, so training in the same
    process (a notebook, the test suite) still gets gradients."""
    import torch

    grad_enabled = torch.is_grad_enabled()
    try:
        return _run_eval(settings)
    finally:
        torch.set_grad_enabled(grad_enabled)


def _run_eval(settings: EvalSettings) -> dict[str, Any]:
    install_offline_stub()
    from lighteval.logging.evaluation_tracker import EvaluationTracker
    from lighteval.pipeline import Pipeline, PipelineParameters

    output = Path(settings.output_dir)
    output.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="scaler-eval-") as tmp:
        module = task_module(settings, output)
        names = ",".join(f"{config.name}|0" for config in module.TASKS_TABLE)
        progress(f"loading {settings.model} ({settings.backend})")
        launcher, model_config, model = build_model(settings, Path(tmp))  # a fresh cache: never stale samples
        progress(f"running {len(module.TASKS_TABLE)} lighteval tasks: {names}")
        pipeline = Pipeline(
            tasks=names,
            pipeline_parameters=PipelineParameters(
                launcher_type=launcher, custom_tasks_directory=module, max_samples=settings.max_samples
            ),
            evaluation_tracker=EvaluationTracker(output_dir=str(output / "lighteval"), save_details=True),
            model_config=model_config,
            model=model,
        )
        pipeline.evaluate()
        pipeline.save_and_push_results()
        return pipeline.get_results()
