"""Fixtures shared by the adapter tests (the engine and clock come from tests/conftest.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from adapters.testing.slack_api import FakeSlackApi


@pytest.fixture
async def fake() -> AsyncIterator[FakeSlackApi]:
    """A fake Slack Web API on loopback, closed after the test."""
    async with FakeSlackApi() as api:
        yield api
