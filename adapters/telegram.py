"""Telegram adapter: the wiring. ``build_adapter`` is the bot ``pivotbot telegram`` runs (and the
tests drive); ``run`` runs it, by long polling or behind a webhook.

The parts, each a module: :mod:`adapters.telegram_render` (Telegram payloads <-> ``Inbound`` and
``Reply``), :mod:`adapters.telegram_updates` (updates in: stored, then what each one does),
:mod:`adapters.telegram_sender` (a reply out, an error in as one of the relay's outcomes).
Sending, retrying, per-chat order and the timers are :mod:`bot.relay`'s, as for every platform.

Reliability, in one place:

- an update is committed to the inbox before Telegram is told we have it: the next
  ``getUpdates`` offset, or the 200 of a webhook request. Whatever a crash interrupts is either
  in the inbox (processed at the next start, in order) or sent again by Telegram;
- a redelivered ``update_id`` is ignored by the engine (``event_id=str(update_id)``);
- one chat's actions and replies go strictly in order, chats in parallel, with a bounded number
  of sends in flight; flood control (429) makes only that chat wait ``retry_after``;
- a failed send (network, timeout, 5xx) is retried with back-off until it goes through;
- a user who blocked the bot (403) is deactivated: no more timers, no retry loop;
- logs carry conversation keys and error types, never message text or the token.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web
from telegram import Update
from telegram.error import BadRequest, InvalidToken, NetworkError

from adapters.telegram_updates import ALLOWED_UPDATES, COMMANDS, TICK_SECONDS, TelegramAdapter
from bot.config import Config
from bot.engine import Engine
from bot.errors import ConfigError

__all__ = ["ALLOWED_UPDATES", "COMMANDS", "TelegramAdapter", "build_adapter", "run"]

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def build_adapter(
    engine: Engine, config: Config, *, tick_every: float | None = TICK_SECONDS, **options: Any
) -> TelegramAdapter:
    """The bot as ``pivotbot telegram`` runs it; ``tick_every=None`` leaves timers to the caller
    and ``options`` (``retry``, ``pause``, ``timeout``, ``workers``) go to ``TelegramAdapter``.

    ``config.telegram_api_base_url`` is python-telegram-bot's ``base_url``: the token is appended,
    so the default ``https://api.telegram.org/bot`` becomes ``.../bot<token>/<method>``.
    Raises ``ConfigError`` when TELEGRAM_BOT_TOKEN is not set.
    """
    return TelegramAdapter(engine, config, tick_every=tick_every, **options)


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
    for name in ("httpx", "httpcore", "telegram", "aiohttp.access"):
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


def webhook_app(adapter: TelegramAdapter, path: str, secret: str) -> web.Application:
    """The webhook endpoint: a request without the secret token is refused (403); an update is
    answered 200 only once it is in the inbox (500 otherwise: Telegram sends it again)."""

    async def hook(request: web.Request) -> web.Response:
        if request.headers.get(SECRET_HEADER) != secret:
            return web.Response(status=403)
        try:
            update = Update.de_json(await request.json(), adapter.bot)
        except Exception:
            return web.Response(status=400)
        try:
            adapter.feed([update])
        except Exception as exc:
            log.error("could not store update %s: %s", update.update_id, type(exc).__name__)
            return web.Response(status=500)
        return web.Response()

    app = web.Application()
    app.router.add_post("/" + path.strip("/"), hook)
    return app


def run(
    engine: Engine,
    config: Config,
    webhook_url: str | None = None,
    listen: str = "0.0.0.0",
    port: int = 8443,
) -> None:
    """Run the bot until SIGINT or SIGTERM: long polling, or a webhook when ``webhook_url`` is
    given. Webhook mode needs TELEGRAM_WEBHOOK_SECRET: Telegram sends it in every request and
    requests without it are refused with 403. Raises ``ConfigError`` for missing settings, a
    token the Bot API refuses, or a Bot API it cannot reach at start."""
    config.require("TELEGRAM_BOT_TOKEN")
    if webhook_url:
        config.require("TELEGRAM_WEBHOOK_SECRET")
    assert config.telegram_token is not None
    protect_logs(config.telegram_token)
    with _start_up(config):
        asyncio.run(_serve(engine, config, webhook_url, listen, port))


async def _serve(
    engine: Engine, config: Config, webhook_url: str | None, listen: str, port: int
) -> None:
    adapter = build_adapter(engine, config)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await adapter.start()
    except BaseException:
        await adapter.bot.shutdown()
        raise
    runner: web.AppRunner | None = None
    polling: asyncio.Task[None] | None = None
    try:
        if webhook_url:
            assert config.telegram_webhook_secret is not None
            path = urlsplit(webhook_url).path
            runner = web.AppRunner(
                webhook_app(adapter, path, config.telegram_webhook_secret), access_log=None
            )
            await runner.setup()
            await web.TCPSite(runner, listen, port).start()
            await adapter.bot.set_webhook(
                webhook_url,
                secret_token=config.telegram_webhook_secret,
                allowed_updates=ALLOWED_UPDATES,
            )
            log.info("serving the Telegram webhook on %s:%s", listen, port)
        else:
            adapter.check_alone()  # one line and exit 2, before the webhook is touched
            polling = loop.create_task(adapter.poll())
            log.info("polling Telegram for updates")
        await stop.wait()
    finally:
        if polling is not None:
            polling.cancel()
            await asyncio.gather(polling, return_exceptions=True)
            await adapter.confirm()
        if runner is not None:
            await runner.cleanup()
        await adapter.stop()
