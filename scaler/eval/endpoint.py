"""A lighteval model that samples from an OpenAI-compatible chat server (``vllm serve``, ``transformers serve``).

This is the route that scales to big models: the server batches and shards, lighteval only sends
chat requests. One request per problem asks for all its samples at once (``n``); requests run
concurrently. Uses the ``openai`` client (a lighteval dependency).
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from lighteval.models.abstract_model import LightevalModel, ModelConfig
from lighteval.models.model_output import ModelResponse
from lighteval.tasks.prompt_manager import PromptManager
from lighteval.tasks.requests import Doc, SamplingMethod
from lighteval.utils.cache_management import SampleCache, cached
from tqdm import tqdm


class EndpointModelConfig(ModelConfig):
    """``model_name`` is the name the server serves; ``base_url`` its ``.../v1`` address."""

    base_url: str
    api_key: str = "EMPTY"
    concurrent_requests: int = 16
    timeout: float = 3600.0
    max_retries: int = 3


class EndpointModel(LightevalModel):
    """Generative-only: log-likelihood requests are not offered by chat servers."""

    def __init__(self, config: EndpointModelConfig) -> None:
        from openai import OpenAI

        self.config = config
        self.client = OpenAI(base_url=config.base_url, api_key=config.api_key, timeout=config.timeout,
                             max_retries=config.max_retries)
        self.prompt_manager = PromptManager(use_chat_template=True, tokenizer=None, system_prompt=config.system_prompt)
        self._cache = SampleCache(config)

    @property
    def tokenizer(self):
        return None

    @property
    def add_special_tokens(self) -> bool:
        return False

    @property
    def max_length(self) -> int:
        return 1 << 20  # the server enforces its own context length

    def _complete(self, doc: Doc) -> ModelResponse:
        params = self.config.generation_parameters
        messages = self.prompt_manager.prepare_prompt_api(doc)
        response = self.client.chat.completions.create(
            model=self.config.model_name,
            messages=messages,
            n=doc.num_samples,
            temperature=params.temperature,
            top_p=params.top_p,
            max_tokens=params.max_new_tokens or doc.generation_size,
            stop=list(doc.stop_sequences) or None,
            seed=params.seed,
        )
        return ModelResponse(input=messages, text=[choice.message.content or "" for choice in response.choices])

    @cached(SamplingMethod.GENERATIVE)
    def greedy_until(self, docs: list[Doc]) -> list[ModelResponse]:
        with ThreadPoolExecutor(self.config.concurrent_requests) as pool:
            return list(tqdm(pool.map(self._complete, docs), total=len(docs), desc="Endpoint requests"))

    def loglikelihood(self, docs: list[Doc]) -> list[ModelResponse]:
        raise NotImplementedError("an OpenAI-compatible chat endpoint gives no log-likelihoods; scaler's tasks are generative")

    def loglikelihood_rolling(self, docs: list[Doc]) -> list[ModelResponse]:
        raise NotImplementedError("an OpenAI-compatible chat endpoint gives no log-likelihoods; scaler's tasks are generative")
