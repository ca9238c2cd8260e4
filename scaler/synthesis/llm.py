"""The language models synthesis talks to, behind one small interface, every exchange recorded.

- :class:`ChatServer`: any OpenAI-compatible chat server (``vllm serve``, ``transformers serve``,
  hosted APIs) through the ``openai`` client, with timeouts, retries and a request-rate limit.
- :class:`LocalModel`: a local ``transformers`` chat model.
- :class:`Replay`: the responses of a recorded run (``--replay FILE``), for audits, deterministic
  tests and re-running later stages without an LLM.
- :class:`Recorder`: wraps any of them, reuses earlier answers to the same request (so a resumed run
  redoes nothing) and hands every new exchange to a log (:class:`JsonlLog`).

A request is identified by its stage, problem and attempt plus a hash of its messages, so a replayed
run gets exactly the response the recorded run got for the same prompt.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Protocol

from scaler.errors import ConfigError, ScalerError

API_KEY_VARIABLES = ("SCALER_LLM_API_KEY", "OPENAI_API_KEY")


class LLMError(ScalerError, RuntimeError):
    """The model could not answer (server down, timeout, no recorded response)."""


@dataclass(frozen=True)
class LLMRequest:
    stage: str
    problem_id: str
    attempt: int
    messages: tuple[tuple[str, str], ...]
    """``(role, content)`` pairs."""

    @classmethod
    def chat(cls, stage: str, problem_id: str, attempt: int, messages: list[dict[str, str]]) -> LLMRequest:
        return cls(stage, problem_id, attempt, tuple((m["role"], m["content"]) for m in messages))

    @property
    def key(self) -> str:
        text = json.dumps([self.stage, self.problem_id, self.attempt, self.messages], ensure_ascii=False)
        return hashlib.sha256(text.encode()).hexdigest()[:24]

    def as_messages(self) -> list[dict[str, str]]:
        return [{"role": role, "content": content} for role, content in self.messages]


@dataclass(frozen=True)
class LLMResponse:
    text: str
    model: str = ""
    prompt_tokens: int = 0
    completion_tokens: int = 0
    seconds: float = 0.0


class LLM(Protocol):
    name: str

    def complete(self, request: LLMRequest) -> LLMResponse: ...


@dataclass
class ChatServer:
    """An OpenAI-compatible chat endpoint (``base_url`` like ``http://127.0.0.1:8000/v1``)."""

    base_url: str
    model: str | None = None
    api_key: str | None = None
    temperature: float = 1.0
    max_tokens: int = 4096
    timeout: float = 300.0
    max_retries: int = 3
    requests_per_minute: float | None = None
    name: str = field(init=False, default="")

    def __post_init__(self) -> None:
        from openai import OpenAI

        key = self.api_key or next((os.environ[v] for v in API_KEY_VARIABLES if os.environ.get(v)), None) or "none"
        self._client = OpenAI(base_url=self.base_url, api_key=key, timeout=self.timeout, max_retries=self.max_retries)
        self._lock = threading.Lock()
        self._next_slot = 0.0
        if self.model is None:
            self.model = self._only_model()
        self.name = f"{self.model} @ {self.base_url}"

    def complete(self, request: LLMRequest) -> LLMResponse:
        import openai

        self._wait_for_slot()
        started = time.monotonic()
        try:
            reply = self._client.chat.completions.create(
                model=self.model, messages=request.as_messages(), temperature=self.temperature,
                max_tokens=self.max_tokens)
        except openai.OpenAIError as e:
            raise LLMError(f"{self.name}: {type(e).__name__}: {str(e)[:300]}") from None
        usage = reply.usage
        return LLMResponse(
            text=reply.choices[0].message.content or "", model=reply.model or str(self.model),
            prompt_tokens=getattr(usage, "prompt_tokens", 0) or 0,
            completion_tokens=getattr(usage, "completion_tokens", 0) or 0, seconds=time.monotonic() - started)

    def _only_model(self) -> str:
        import openai

        try:
            models = [m.id for m in self._client.models.list()]
        except openai.OpenAIError as e:
            raise LLMError(f"cannot list the models of {self.base_url}: {type(e).__name__}: {str(e)[:300]}") from None
        if len(models) != 1:
            raise ConfigError(f"{self.base_url} serves {len(models)} models {models[:5]}; choose one with --llm-model")
        return models[0]

    def _wait_for_slot(self) -> None:
        if not self.requests_per_minute:
            return
        with self._lock:
            now = time.monotonic()
            slot = max(now, self._next_slot)
            self._next_slot = slot + 60.0 / self.requests_per_minute
        time.sleep(max(0.0, slot - now))


class LocalModel:
    """A ``transformers`` chat model loaded in this process (a path or a Hub id)."""

    def __init__(self, model: str, *, temperature: float = 1.0, max_tokens: int = 1024, seed: int = 0) -> None:
        from transformers import AutoModelForCausalLM, AutoTokenizer

        self.name = model
        self.tokenizer = AutoTokenizer.from_pretrained(model)
        self.model = AutoModelForCausalLM.from_pretrained(model)
        self.temperature, self.max_tokens, self.seed = temperature, max_tokens, seed
        self._lock = threading.Lock()

    def complete(self, request: LLMRequest) -> LLMResponse:
        import torch

        started = time.monotonic()
        inputs = self.tokenizer.apply_chat_template(request.as_messages(), add_generation_prompt=True,
                                                    return_tensors="pt", return_dict=True)
        with self._lock, torch.no_grad():
            torch.manual_seed(self.seed)
            out = self.model.generate(**inputs, max_new_tokens=self.max_tokens, do_sample=self.temperature > 0,
                                      temperature=self.temperature or None)
        new = out[0, inputs["input_ids"].shape[1]:]
        return LLMResponse(self.tokenizer.decode(new, skip_special_tokens=True), self.name,
                           int(inputs["input_ids"].shape[1]), int(new.shape[0]), time.monotonic() - started)


class Replay:
    """Answers from a JSONL record written by :class:`Recorder` (exact prompt first, else the same
    stage, problem and attempt)."""

    def __init__(self, path: str | os.PathLike) -> None:
        self.name = f"replay of {path}"
        self._by_key: dict[str, LLMResponse] = {}
        self._by_slot: dict[tuple[str, str, int], LLMResponse] = {}
        try:
            lines = Path(path).read_text(encoding="utf-8").splitlines()
        except OSError as e:
            raise ConfigError(f"cannot read the replay file {path}: {e.strerror or e}") from None
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                response = LLMResponse(**record["response"])
                slot = (str(record["stage"]), str(record["problem_id"]), int(record["attempt"]))
            except (ValueError, KeyError, TypeError) as e:
                raise ConfigError(f"{path}:{number}: not a recorded exchange ({type(e).__name__}: {str(e)[:200]})") from None
            if "key" in record:
                self._by_key[str(record["key"])] = response
            self._by_slot.setdefault(slot, response)

    def complete(self, request: LLMRequest) -> LLMResponse:
        response = self._by_key.get(request.key) or self._by_slot.get((request.stage, request.problem_id, request.attempt))
        if response is None:
            raise LLMError(f"no recorded response for {request.stage} of {request.problem_id!r} "
                           f"(attempt {request.attempt})")
        return response


class Recorder:
    """Wraps ``llm``: answers a request from ``cache`` (earlier exchanges, by key) when it can, else asks
    ``llm``; every new exchange (or error) goes to ``on_record`` as one JSON-able dict."""

    def __init__(self, llm: LLM, on_record: Callable[[dict[str, Any]], None],
                 cache: dict[str, dict[str, Any]] | None = None) -> None:
        self.llm = llm
        self.name = llm.name
        self.on_record = on_record
        self.cache = cache or {}

    def complete(self, request: LLMRequest) -> LLMResponse:
        cached = self.cache.get(request.key)
        if cached is not None and "response" in cached:
            return LLMResponse(**cached["response"])
        record: dict[str, Any] = {"key": request.key, "stage": request.stage, "problem_id": request.problem_id,
                                  "attempt": request.attempt, "messages": request.as_messages(), "time": time.time()}
        try:
            response = self.llm.complete(request)
        except LLMError as e:
            record["error"] = str(e)
            self.on_record(record)
            raise
        record["response"] = asdict(response)
        self.on_record(record)
        return response


class JsonlLog:
    """Appends JSON lines to a file, one writer thread at a time; reads them back by problem."""

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()

    def append(self, record: dict[str, Any]) -> None:
        line = json.dumps(record, ensure_ascii=False) + "\n"
        with self._lock, open(self.path, "a", encoding="utf-8") as f:
            f.write(line)
            f.flush()

    def by_problem(self) -> dict[str, dict[str, dict[str, Any]]]:
        """Answered exchanges per problem id, by request key (a torn last line is ignored)."""
        found: dict[str, dict[str, dict[str, Any]]] = {}
        if not self.path.is_file():
            return found
        for line in self.path.read_text(encoding="utf-8").splitlines():
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(record, dict) and "response" in record and "key" in record:
                found.setdefault(str(record.get("problem_id")), {})[str(record["key"])] = record
        return found


@dataclass(frozen=True)
class LLMSpec:
    """How to build a backend, picklable, so a Ray worker builds the same one."""

    llm: str | None = None
    replay: str | None = None
    model: str | None = None
    api_key: str | None = None
    temperature: float = 1.0
    max_tokens: int = 4096
    timeout: float = 300.0
    max_retries: int = 3
    requests_per_minute: float | None = None

    def build(self) -> LLM:
        return make_llm(self.llm, replay=self.replay, model=self.model, api_key=self.api_key,
                        temperature=self.temperature, max_tokens=self.max_tokens, timeout=self.timeout,
                        max_retries=self.max_retries, requests_per_minute=self.requests_per_minute)


def make_llm(spec: str | None, *, replay: str | None = None, model: str | None = None, api_key: str | None = None,
             temperature: float = 1.0, max_tokens: int = 4096, timeout: float = 300.0, max_retries: int = 3,
             requests_per_minute: float | None = None) -> LLM:
    """``--llm`` as a backend: an ``http(s)://`` URL is a chat server, anything else a local model;
    ``replay`` (a recorded JSONL file) wins over both."""
    if replay:
        return Replay(replay)
    if not spec:
        raise ConfigError("no language model: give --llm URL_OR_MODEL (or --replay FILE)")
    if spec.startswith(("http://", "https://")):
        return ChatServer(spec, model=model, api_key=api_key, temperature=temperature, max_tokens=max_tokens,
                          timeout=timeout, max_retries=max_retries, requests_per_minute=requests_per_minute)
    return LocalModel(spec, temperature=temperature, max_tokens=max_tokens)
