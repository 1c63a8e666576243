"""A fake OpenAI-compatible chat-completions server on loopback, for the model-backed judge.

It serves ``POST /v1/chat/completions`` over real HTTP (aiohttp on 127.0.0.1, random port), so the
real ``openai`` client talks to it as it talks to a hosted API, Ollama, llama.cpp or vLLM. What it
answers is decided per request by :attr:`FakeOpenAI.respond` (default: the queue filled with
:meth:`FakeOpenAI.script`, then a valid empty judgement), from these behaviours:

- :func:`ok` -- a completion whose message content is the given text (a dict is sent as JSON);
- :func:`status` -- an HTTP error (429, 500 ...), with an OpenAI-style error body;
- :func:`stall` -- say nothing for that many seconds (released at once by :meth:`close`);
- :func:`no_choices` -- a 200 completion with ``"choices": []``;
- :func:`refusal` -- a 200 completion whose message carries a ``refusal``.

With ``json_schema=False`` it answers a ``response_format`` of type ``json_schema`` with a 400, as
servers without structured output do. Every request is logged in :attr:`FakeOpenAI.calls` (the
parsed body, the headers, and when it arrived on ``time.monotonic``'s clock, which is the same in
every process on the machine). Self-contained: it imports nothing from the project.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

Behaviour = dict[str, Any]


def ok(content: str | dict[str, Any], finish_reason: str = "stop") -> Behaviour:
    text = content if isinstance(content, str) else json.dumps(content)
    return {"kind": "ok", "content": text, "finish_reason": finish_reason}


def status(code: int, message: str = "fake error") -> Behaviour:
    return {"kind": "status", "code": code, "message": message}


def stall(seconds: float) -> Behaviour:
    return {"kind": "stall", "seconds": seconds}


def no_choices() -> Behaviour:
    return {"kind": "no_choices"}


def refusal(text: str = "I can't help with that.") -> Behaviour:
    return {"kind": "refusal", "refusal": text}


EMPTY_JUDGEMENT: dict[str, Any] = {"elements": [], "red_flags": []}


@dataclass
class Call:
    """One request the fake received."""

    body: dict[str, Any]
    headers: dict[str, str]
    at: float  # time.monotonic() on arrival

    @property
    def system(self) -> str:
        return str(self.body["messages"][0]["content"])

    @property
    def user(self) -> dict[str, Any]:
        """The user message, parsed (the judge and the interviewer send JSON)."""
        return dict(json.loads(self.body["messages"][-1]["content"]))

    @property
    def response_format(self) -> str:
        return str((self.body.get("response_format") or {}).get("type", ""))


@dataclass
class FakeOpenAI:
    json_schema: bool = True
    calls: list[Call] = field(default_factory=list)
    respond: Callable[[Call], Behaviour] | None = None
    _queue: deque[Behaviour] = field(default_factory=deque)
    _runner: web.AppRunner | None = None
    _released: asyncio.Event = field(default_factory=asyncio.Event)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    port: int = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def script(self, *behaviours: Behaviour) -> None:
        """Answer the next requests with these, in order."""
        self._queue.extend(behaviours)

    async def start(self) -> FakeOpenAI:
        app = web.Application()
        app.router.add_post("/v1/chat/completions", self._completions)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]
        return self

    async def close(self) -> None:
        self._released.set()  # stalled handlers return now
        if self._runner is not None:
            await self._runner.cleanup()

    async def __aenter__(self) -> FakeOpenAI:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    def _choose(self, call: Call) -> Behaviour:
        if self.respond is not None:
            return self.respond(call)
        return self._queue.popleft() if self._queue else ok(EMPTY_JUDGEMENT)

    async def _completions(self, request: web.Request) -> web.StreamResponse:
        try:
            body = await request.json()
        except ValueError:
            return _error(400, "body is not JSON")
        call = Call(body, dict(request.headers), time.monotonic())
        self.calls.append(call)
        if not isinstance(body.get("messages"), list) or not body.get("model"):
            return _error(400, "messages and model are required")
        if call.response_format == "json_schema" and not self.json_schema:
            return _error(400, "response_format json_schema is not supported by this server")
        behaviour = self._choose(call)
        kind = behaviour["kind"]
        if kind == "stall":
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._released.wait(), behaviour["seconds"])
            return _error(504, "stalled")
        if kind == "status":
            return _error(behaviour["code"], behaviour["message"])
        message: dict[str, Any] = {"role": "assistant", "content": None, "refusal": None}
        choices: list[dict[str, Any]] = []
        if kind == "ok":
            message["content"] = behaviour["content"]
            choices = [
                {"index": 0, "message": message, "finish_reason": behaviour["finish_reason"]}
            ]
        elif kind == "refusal":
            message["refusal"] = behaviour["refusal"]
            choices = [{"index": 0, "message": message, "finish_reason": "stop"}]
        return web.json_response(
            {
                "id": f"chatcmpl-{next(self._ids)}",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": body["model"],
                "choices": choices,
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
            }
        )


def _error(code: int, message: str) -> web.Response:
    return web.json_response(
        {"error": {"message": message, "type": "fake_error", "code": str(code)}}, status=code
    )
