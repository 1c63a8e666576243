"""The Slack adapter: ``pivotbot slack`` on slack-bolt, in Socket Mode or over HTTP.

Slack payloads in, ``Inbound`` out; ``Reply`` in, Web API calls out. The pieces:

- ``adapters.slack_blocks``: text and Block Kit (``render``, ``from_slack``, the Home tab);
- ``adapters.slack_app``: ``to_inbound`` and ``SlackBot``, the Bolt app and its listeners (each
  action stored before Slack is acknowledged);
- ``adapters.slack_sender``: a reply as Web API calls with the workspace's own token, a Web API
  error as one of the relay's outcomes;
- this module: checking the configuration and running the app (``build_app``, ``run``).

Sending, retrying, per-student order, paused workspaces and the timers are :mod:`bot.relay`'s.
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
    """Keep Bolt's and slack-sdk's loggers at WARNING or above: their DEBUG lines quote request
    bodies (message text) and headers, and Bolt logs a refused request's body at INFO."""
    for name in ("slack_bolt", "slack_sdk"):
        logger = logging.getLogger(name)
        logger.setLevel(max(logger.getEffectiveLevel(), logging.WARNING))


def run(
    engine: Engine,
    config: Config,
    http: bool = False,
    port: int = 3000,
    listen: str | None = None,
) -> None:
    """Run until interrupted: HTTP on ``listen:port`` with ``http`` (``listen`` None: every
    interface), else Socket Mode (which needs ``SLACK_APP_TOKEN``). Raises ``ConfigError``
    naming what is missing."""
    check_config(config, http)
    quiet_sdk_logs()
    asyncio.run(_run(engine, config, http, port, listen))


async def _run(engine: Engine, config: Config, http: bool, port: int, listen: str | None) -> None:
    bot = SlackBot(engine, config)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    shut = await serve(bot, config, http=http, port=port, host=listen)
    try:
        await stop.wait()
    finally:
        await shut()


async def serve(
    bot: SlackBot, config: Config, *, http: bool, port: int = 3000, host: str | None = None
) -> Callable[[], Awaitable[None]]:
    """Start the relay (what a previous run left starts draining, each student's older replies
    before anything new of theirs), then answer Slack (HTTP on ``host:port``, or Socket Mode).
    Returns the coroutine function that stops it all, letting requests in progress finish."""
    await bot.start()
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

    async def shut() -> None:
        await close()
        try:
            await asyncio.wait_for(bot.quiet(), 10)
        except TimeoutError:
            log.warning("stopped with requests still being answered")
        await bot.stop()  # what is still unsent stays stored for the next start

    return shut
