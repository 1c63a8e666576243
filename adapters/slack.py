"""The Slack adapter: ``pivotbot slack`` on slack-bolt, in Socket Mode or over HTTP.

Slack payloads in, ``Inbound`` out; ``Reply`` in, Web API calls out. The pieces:

- ``adapters.slack_blocks``: text and Block Kit (``render``, ``from_slack``, the Home tab);
- ``adapters.slack_app``: ``to_inbound`` and ``SlackBot``, the Bolt app and its listeners;
- ``adapters.slack_delivery``: posting in order, per-workspace tokens, timers and the outbox;
- this module: checking the configuration and running the app (``build_app``, ``run``).
"""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Awaitable, Callable

from aiohttp import web
from slack_bolt.async_app import AsyncApp

from adapters.slack_app import EVENTS_PATH, SlackBot, tap_inbound, to_inbound
from adapters.slack_blocks import render
from bot.config import Config
from bot.engine import Engine
from bot.errors import ConfigError

__all__ = [
    "SlackBot",
    "build_app",
    "check_config",
    "render",
    "run",
    "serve",
    "tap_inbound",
    "to_inbound",
]

log = logging.getLogger("pivotbot.slack")


def check_config(config: Config, http: bool) -> None:
    """Raise ``ConfigError`` naming the first missing variable for the chosen mode."""
    if config.slack_client_id or config.slack_client_secret:
        config.require("SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET", "SLACK_SIGNING_SECRET")
        if not http:
            raise ConfigError("SLACK_CLIENT_ID is set: the multi-workspace install needs --http")
        return
    if http:
        config.require("SLACK_SIGNING_SECRET", "SLACK_BOT_TOKEN")
    elif not config.slack_app_token:
        raise ConfigError("SLACK_APP_TOKEN is not set (needed for Socket Mode; or use --http)")
    else:
        config.require("SLACK_BOT_TOKEN")


def build_app(engine: Engine, config: Config, *, http: bool = True) -> AsyncApp:
    """The Bolt app for ``engine``; raises ``ConfigError`` when the configuration is incomplete."""
    check_config(config, http)
    return SlackBot(engine, config).app


def quiet_sdk_logs() -> None:
    """Keep Bolt's and slack-sdk's loggers at INFO or above: their DEBUG lines quote request
    bodies (message text) and headers."""
    for name in ("slack_bolt", "slack_sdk"):
        logger = logging.getLogger(name)
        logger.setLevel(max(logger.getEffectiveLevel(), logging.INFO))


def run(engine: Engine, config: Config, http: bool = False, port: int = 3000) -> None:
    """Run until interrupted: HTTP on ``port`` with ``http``, else Socket Mode (which needs
    ``SLACK_APP_TOKEN``). Raises ``ConfigError`` naming what is missing."""
    check_config(config, http)
    quiet_sdk_logs()
    asyncio.run(_run(engine, config, http, port))


async def _run(engine: Engine, config: Config, http: bool, port: int) -> None:
    bot = SlackBot(engine, config)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    shut = await serve(bot, config, http=http, port=port)
    try:
        await stop.wait()
    finally:
        await shut()


async def serve(
    bot: SlackBot, config: Config, *, http: bool, port: int = 3000, host: str | None = None
) -> Callable[[], Awaitable[None]]:
    """Send the outbox a previous run left undelivered, then start answering Slack (HTTP on
    ``host:port``, or Socket Mode) and the timer loop. Returns the coroutine function that
    stops it all, letting requests in progress finish."""
    await bot.delivery.send_pending()  # before any new message, so nothing overtakes it
    close: Callable[[], Awaitable[None]]
    if http:
        runner = web.AppRunner(bot.web_app(), access_log=None)
        await runner.setup()
        await web.TCPSite(runner, host=host, port=port).start()
        log.info("serving Slack on port %s at %s", port, EVENTS_PATH)
        close = runner.cleanup
    else:
        from slack_bolt.adapter.socket_mode.aiohttp import AsyncSocketModeHandler

        handler = AsyncSocketModeHandler(bot.app, app_token=config.slack_app_token)
        await handler.connect_async()  # type: ignore[no-untyped-call]
        log.info("connected to Slack in Socket Mode")
        close = handler.close_async
    timers = asyncio.create_task(bot.delivery.timers())

    async def shut() -> None:
        timers.cancel()
        await asyncio.gather(timers, return_exceptions=True)
        await close()
        try:
            await asyncio.wait_for(bot.idle(), 10)
        except TimeoutError:
            log.warning("stopped with requests still being answered")

    return shut
