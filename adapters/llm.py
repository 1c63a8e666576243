"""A small client for any OpenAI-compatible chat-completions server that answers in JSON.

The one module that imports the ``openai`` SDK. It works with a hosted API and with local
servers (Ollama, llama.cpp, vLLM) alike: it asks for structured output with ``response_format``
``json_schema`` and, when a server rejects that, falls back to ``json_object`` (remembered for
the rest of the process), and it reads the reply defensively (code fences, prose around the
object). Every failure raises :class:`bot.errors.ModelError` with a one-word ``reason`` within
the given timeout: the SDK's own retries are off, and one deadline covers the whole exchange.
Each call opens and closes its own SDK client, so one ``ChatClient`` serves any event loop (the
console's, Telegram's, a test's) and leaves no connection behind. Nothing it logs carries the
prompt, the answer or the key.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from typing import Any

import openai

from bot.errors import ModelError

log = logging.getLogger(__name__)
# The SDK logs request bodies (the student's answer) at DEBUG; httpx logs URLs at INFO.
for _name in ("openai", "httpx", "httpcore"):
    logging.getLogger(_name).setLevel(logging.WARNING)

NO_KEY = "none"  # local servers need no key, but the SDK insists on one
MAX_TOKENS = 1000  # enough for the judge's JSON; a model that rambles on is cut by the deadline
_FENCE = re.compile(r"^```(?:json)?\s*|\s*```$", re.I)


class ChatClient:
    """``complete_json(system, user, schema, timeout)`` against one server and model."""

    def __init__(
        self, base_url: str, model: str, api_key: str | None = None, timeout: float = 8.0
    ) -> None:
        self.base_url = base_url
        self.model = model
        self.timeout = timeout
        self._api_key = api_key or NO_KEY
        self._json_schema = True  # until the server turns it down

    async def complete_json(
        self,
        system: str,
        user: str,
        schema: dict[str, Any],
        timeout: float | None = None,
        name: str = "result",
    ) -> dict[str, Any]:
        """The model's reply to ``system`` + ``user`` as a JSON object (not yet checked against
        ``schema``: the caller verifies what it uses).

        Raises ``ModelError`` (reason ``timeout``, ``connection``, ``rate_limited``,
        ``http_error``, ``refusal``, ``empty``, ``malformed`` or ``error``) on any failure, at
        the latest ``timeout`` seconds (default: the client's) after the call.
        """
        limit = self.timeout if timeout is None else timeout
        try:
            async with (
                asyncio.timeout(limit),
                openai.AsyncOpenAI(
                    base_url=self.base_url, api_key=self._api_key, timeout=limit, max_retries=0
                ) as client,
            ):
                return await self._complete(client, system, user, schema, name, limit)
        except ModelError as exc:
            log.info("model call failed: %s", exc.reason)
            raise
        except (TimeoutError, openai.APITimeoutError):
            log.info("model call failed: timeout after %ss", limit)
            raise ModelError("timeout") from None
        except openai.RateLimitError:
            log.info("model call failed: rate limited")
            raise ModelError("rate_limited") from None
        except openai.APIStatusError as exc:
            log.info("model call failed: HTTP %s", exc.status_code)
            raise ModelError("http_error", f"HTTP {exc.status_code}") from None
        except openai.APIConnectionError:
            log.info("model call failed: connection")
            raise ModelError("connection") from None
        except openai.APIResponseValidationError:
            log.info("model call failed: unreadable response")
            raise ModelError("malformed") from None
        except Exception as exc:  # anything else the SDK may raise: still a fallback, not a crash
            # The type only: an SDK message may quote the response, and so the answer.
            log.warning("model call failed: %s", type(exc).__name__)
            raise ModelError("error", type(exc).__name__) from None

    async def _complete(
        self,
        client: openai.AsyncOpenAI,
        system: str,
        user: str,
        schema: dict[str, Any],
        name: str,
        limit: float,
    ) -> dict[str, Any]:
        messages: Any = [
            # json_object mode needs the word JSON and the shape in the prompt itself.
            {
                "role": "system",
                "content": f"{system}\n\nReply with one JSON object of this "
                f"JSON schema:\n{json.dumps(schema, separators=(',', ':'))}",
            },
            {"role": "user", "content": user},
        ]
        structured: Any = {
            "type": "json_schema",
            "json_schema": {"name": name, "schema": schema, "strict": True},
        }
        plain: Any = {"type": "json_object"}
        if self._json_schema:
            try:
                completion = await self._create(client, messages, structured, limit)
            except (openai.BadRequestError, openai.UnprocessableEntityError):
                # Most often a server without json_schema support; try the older mode once.
                completion = await self._create(client, messages, plain, limit)
                self._json_schema = False
                log.info("the model server refused json_schema; using json_object from now on")
        else:
            completion = await self._create(client, messages, plain, limit)
        return _read(completion)

    async def _create(
        self, client: openai.AsyncOpenAI, messages: Any, response_format: Any, limit: float
    ) -> Any:
        return await client.chat.completions.create(
            model=self.model,
            messages=messages,
            response_format=response_format,
            temperature=0,
            max_tokens=MAX_TOKENS,
            timeout=limit,
        )


def _read(completion: Any) -> dict[str, Any]:
    """The JSON object in a completion, or ``ModelError``."""
    choices = getattr(completion, "choices", None)
    if not choices:
        raise ModelError("empty", "no choices")
    choice = choices[0]
    message = getattr(choice, "message", None)
    if getattr(message, "refusal", None) or getattr(choice, "finish_reason", "") == (
        "content_filter"
    ):
        raise ModelError("refusal")
    content = getattr(message, "content", None)
    if not isinstance(content, str) or not content.strip():
        raise ModelError("empty", "no content")
    if getattr(choice, "finish_reason", "") == "length":
        raise ModelError("malformed", "cut off at the token limit")
    return parse_object(content)


def parse_object(text: str) -> dict[str, Any]:
    """The first JSON object in ``text``: bare, in a code fence, or after a line of prose."""
    text = _FENCE.sub("", text.strip())
    try:
        value = json.loads(text)
    except ValueError:
        start = text.find("{")
        if start < 0:
            raise ModelError("malformed", "no JSON object") from None
        try:
            value, _ = json.JSONDecoder().raw_decode(text, start)
        except ValueError:
            raise ModelError("malformed", "no JSON object") from None
    if not isinstance(value, dict):
        raise ModelError("malformed", "not a JSON object")
    return value
