"""What may reach a log: keys, ids, kinds and places, never what a person typed or was told.

Two rules, applied where text could slip in. An exception is logged by its class and its
traceback's frames (``failure``), never by its message, which may quote a typed value. The
loggers of the libraries that log request and response bodies, or a line per state-machine
callback (``CHATTY``), are held at WARNING by ``quiet``, which every entry point calls (the CLI,
and each adapter as it is built, so an embedding program and the tests get it too).
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Iterable

# Loggers that write bodies (Slack's and Telegram's SDKs, the HTTP clients, the model client)
# or one INFO line per callback of every message (transitions). Bolt's own loggers are named
# after the app (``pivotbot.slack.bolt``, given to it in adapters/slack_app.py) or ``slack_bolt``.
CHATTY = (
    "slack_bolt",
    "slack_sdk",
    "pivotbot.slack.bolt",
    "telegram",
    "httpx",
    "httpcore",
    "aiohttp.access",
    "aiohttp.client",
    "aiohttp.server",
    "transitions",
    "openai",
)


def quiet(names: Iterable[str] = CHATTY) -> None:
    """Hold each named logger (and so every child without a level of its own) at WARNING or
    above, whatever the root logger's level: a DEBUG root must not turn request bodies on."""
    for name in names:
        logger = logging.getLogger(name)
        if logger.level == logging.NOTSET or logger.level < logging.WARNING:
            logger.setLevel(logging.WARNING)


def frames(exc: BaseException) -> str:
    """A traceback without the exception's message, which may quote what the user wrote."""
    return "".join(traceback.format_tb(exc.__traceback__))


def failure(exc: BaseException) -> str:
    """``ValueError`` plus the frames: what a log may say about an exception."""
    return f"{type(exc).__name__}\n{frames(exc)}"
