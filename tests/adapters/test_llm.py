"""adapters/llm.py against a fake OpenAI-compatible server over real HTTP on loopback."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from adapters.llm import ChatClient, parse_object
from adapters.testing.openai_api import FakeOpenAI, ok, status
from bot.errors import ModelError

SCHEMA = {
    "type": "object",
    "properties": {"n": {"type": "integer"}},
    "required": ["n"],
    "additionalProperties": False,
}


@pytest.fixture
async def fake() -> AsyncIterator[FakeOpenAI]:
    async with FakeOpenAI() as server:
        yield server


async def test_asks_for_json_schema_and_returns_the_object(fake: FakeOpenAI) -> None:
    fake.script(ok({"n": 3}))
    client = ChatClient(fake.base_url, "llama3.1:8b", "sk-test-123", 5)
    assert await client.complete_json("system words", "user words", SCHEMA, 5) == {"n": 3}
    (call,) = fake.calls
    assert call.body["model"] == "llama3.1:8b"
    assert call.body["response_format"]["type"] == "json_schema"
    assert call.body["response_format"]["json_schema"]["schema"] == SCHEMA
    assert call.body["messages"][1] == {"role": "user", "content": "user words"}
    assert "JSON" in call.system  # json_object mode needs the word in the prompt
    assert call.headers["Authorization"] == "Bearer sk-test-123"


async def test_a_server_without_json_schema_gets_json_object_from_then_on(
    fake: FakeOpenAI,
) -> None:
    fake.json_schema = False
    fake.script(ok({"n": 1}), ok({"n": 2}))
    client = ChatClient(fake.base_url, "m", None, 5)
    assert await client.complete_json("s", "u", SCHEMA, 5) == {"n": 1}
    assert await client.complete_json("s", "u", SCHEMA, 5) == {"n": 2}
    assert [c.response_format for c in fake.calls] == ["json_schema", "json_object", "json_object"]


async def test_a_400_for_another_reason_is_an_http_error(fake: FakeOpenAI) -> None:
    fake.script(status(400, "unknown model"), status(400, "unknown model"))
    with pytest.raises(ModelError) as caught:
        await ChatClient(fake.base_url, "m", None, 5).complete_json("s", "u", SCHEMA, 5)
    assert caught.value.reason == "http_error"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('{"n": 1}', {"n": 1}),
        ('```json\n{"n": 1}\n```', {"n": 1}),
        ('Here is my assessment:\n{"n": 1}\nHope this helps.', {"n": 1}),
    ],
)
def test_replies_are_read_defensively(text: str, value: dict[str, int]) -> None:
    assert parse_object(text) == value


@pytest.mark.parametrize("text", ["no json here", "[1, 2]", '{"n": ', "```\n```"])
def test_unreadable_replies_are_malformed(text: str) -> None:
    with pytest.raises(ModelError) as caught:
        parse_object(text)
    assert caught.value.reason == "malformed"
