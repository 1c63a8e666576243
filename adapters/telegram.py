"""Telegram adapter: the wiring. ``build_application`` is the bot ``pivotbot telegram`` runs (and
the tests drive); ``run`` runs it, by long polling or behind a webhook.

The parts, each a module: :mod:`adapters.telegram_render` (Telegram payloads <-> ``Inbound`` and
``Reply``), :mod:`adapters.telegram_updates` (what each update does), :mod:`adapters.telegram_delivery`
(sending), :mod:`adapters.telegram_lanes` (per-chat order).

Reliability, in one place:

- one chat's updates are handled strictly in order, chats in parallel (``ChatOrderedProcessor``);
  timer and outbox sends go through the same per-chat lanes;
- a redelivered ``update_id`` is ignored by the engine (``event_id=str(update_id)``);
- flood control (429) makes only that chat's lane sleep ``retry_after`` and resend;
- a user who blocked the bot (403) is deactivated in the engine: no more timers, no retry loop;
- each reply is marked delivered right after it is sent; what a crash left unsent is sent at
  start (``Engine.pending``), before anything new for that chat;
- logs carry conversation keys and error types, never message text or the token.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from telegram import Bot
from telegram.error import BadRequest, InvalidToken, NetworkError
from telegram.ext import Application, ApplicationBuilder

from adapters.telegram_lanes import ChatOrderedProcessor
from adapters.telegram_updates import COMMANDS, TICK_SECONDS, TelegramAdapter
from bot.config import Config
from bot.engine import Engine
from bot.errors import ConfigError

__all__ = ["ALLOWED_UPDATES", "COMMANDS", "adapter_of", "build_application", "run"]

ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member"]
ADAPTER = "pivotbot.adapter"  # where build_application leaves the adapter in bot_data


def adapter_of(app: Application[Any, Any, Any, Any, Any, Any]) -> TelegramAdapter:
    """The adapter ``build_application`` attached to ``app``."""
    adapter: TelegramAdapter = app.bot_data[ADAPTER]
    return adapter


def _file_url(base_url: str) -> str:
    return base_url[: -len("bot")] + "file/bot" if base_url.endswith("/bot") else base_url


def build_application(
    engine: Engine, config: Config, *, tick_every: float | None = TICK_SECONDS
) -> Application[Any, Any, Any, Any, Any, Any]:
    """The bot as ``pivotbot telegram`` runs it; ``tick_every=None`` leaves timers to the caller.

    ``config.telegram_api_base_url`` is python-telegram-bot's ``base_url``: the token is appended,
    so the default ``https://api.telegram.org/bot`` becomes ``.../bot<token>/<method>``.
    Raises ``ConfigError`` when TELEGRAM_BOT_TOKEN is not set.
    """
    config.require("TELEGRAM_BOT_TOKEN")
    assert config.telegram_token is not None
    # Opt in to python-telegram-bot's coming behaviour (durations as timedelta). Without it,
    # merely constructing a RetryAfter (any 429) emits a PTBDeprecationWarning.
    os.environ.setdefault("PTB_TIMEDELTA", "1")
    adapter = TelegramAdapter(engine, tick_every)
    app = (
        ApplicationBuilder()
        .token(config.telegram_token)
        .base_url(config.telegram_api_base_url)
        .base_file_url(_file_url(config.telegram_api_base_url))
        .concurrent_updates(ChatOrderedProcessor(adapter.lanes))
        .post_init(adapter.on_start)
        .post_stop(adapter.on_stop)
        .build()
    )
    adapter.register(app)
    app.bot_data[ADAPTER] = adapter
    return app


class _RedactToken(logging.Filter):
    """Belt and braces: no log line may carry the bot token, whatever logger wrote it."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self._token = token

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        if self._token in text:
            record.msg, record.args = text.replace(self._token, "<token>"), None
        return True


def protect_logs(token: str) -> None:
    """Keep HTTP and SDK loggers (which log URLs, and Telegram URLs hold the token) at WARNING
    and redact the token from every record reaching the root handlers."""
    for name in ("httpx", "httpcore", "telegram", "apscheduler", "tornado.access"):
        logger = logging.getLogger(name)
        logger.setLevel(max(logger.level, logging.WARNING))
    redact = _RedactToken(token)
    for handler in logging.getLogger().handlers:
        handler.addFilter(redact)


@contextlib.contextmanager
def _start_up(config: Config) -> Iterator[None]:
    """Turn the Bot API's refusals at start into one clear ``ConfigError`` line."""
    try:
        yield
    except InvalidToken:
        raise ConfigError(
            "TELEGRAM_BOT_TOKEN was refused by the Bot API (revoked or mistyped? ask @BotFather)"
        ) from None
    except BadRequest as exc:  # e.g. a webhook URL Telegram does not accept
        raise ConfigError(f"the Bot API refused to start the bot: {exc.message}") from None
    except NetworkError as exc:
        raise ConfigError(
            f"cannot reach the Bot API at TELEGRAM_API_BASE_URL={config.telegram_api_base_url} "
            f"({type(exc).__name__})"
        ) from None


async def _check_token(config: Config) -> None:
    """One getMe before python-telegram-bot starts, whose own failure logs a long traceback."""
    assert config.telegram_token is not None
    async with Bot(config.telegram_token, base_url=config.telegram_api_base_url):
        pass


def run(
    engine: Engine,
    config: Config,
    webhook_url: str | None = None,
    listen: str = "0.0.0.0",
    port: int = 8443,
) -> None:
    """Run the bot until interrupted: long polling, or a webhook when ``webhook_url`` is given.

    Webhook mode needs TELEGRAM_WEBHOOK_SECRET: Telegram sends it in every request and requests
    without it are refused with 403. Raises ``ConfigError`` for missing settings, a token the Bot
    API refuses, or a Bot API it cannot reach at start.
    """
    config.require("TELEGRAM_BOT_TOKEN")
    if webhook_url:
        config.require("TELEGRAM_WEBHOOK_SECRET")
    assert config.telegram_token is not None
    protect_logs(config.telegram_token)
    app = build_application(engine, config)
    with _start_up(config):
        asyncio.run(_check_token(config))
        if not webhook_url:
            app.run_polling(allowed_updates=ALLOWED_UPDATES)
            return
        app.run_webhook(
            listen=listen,
            port=port,
            url_path=urlsplit(webhook_url).path.strip("/"),
            webhook_url=webhook_url,
            secret_token=config.telegram_webhook_secret,
            allowed_updates=ALLOWED_UPDATES,
        )
