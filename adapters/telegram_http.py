"""python-telegram-bot's HTTP over aiohttp: the Bot API client with a cheaper connection pool.

python-telegram-bot sends through httpx by default. With a few dozen sends in flight, httpx's
pool spends most of the bot's CPU on bookkeeping (each request walks every connection, and
checks each one's socket, to pick one); aiohttp's connector does not. PTB lets any
``BaseRequest`` carry its calls, so this one does: form fields and files in, status and body
out, aiohttp's errors turned into PTB's ``TimedOut`` and ``NetworkError``.
"""

from __future__ import annotations

from typing import Any

import aiohttp
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData


class AiohttpRequest(BaseRequest):
    """At most ``connections`` connections; ``timeout`` seconds to connect and for an answer
    (``media_timeout`` for an upload), unless a call says otherwise (getUpdates does)."""

    def __init__(
        self, connections: int = 32, timeout: float = 5.0, media_timeout: float = 20.0
    ) -> None:
        self._connections = connections
        self._timeout = timeout
        self._media_timeout = media_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._connections),
                headers={"User-Agent": self.USER_AGENT},
            )

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            raise RuntimeError("AiohttpRequest is not initialized")
        files = request_data.multipart_data if request_data else {}
        fields = request_data.json_parameters if request_data else {}
        data: Any = fields
        if files:
            form = aiohttp.FormData()
            for name, value in fields.items():
                form.add_field(name, value)
            for name, (filename, content, mime) in files.items():
                form.add_field(name, content, filename=filename, content_type=mime)
            data = form
        read = _given(read_timeout, self._media_timeout if files else self._timeout)
        connect = _given(connect_timeout, self._timeout)
        # The whole call may take the connection, sending and the answer: the read timeout
        # alone would cut a long poll short.
        timeout = aiohttp.ClientTimeout(
            total=None if read is None else read + (connect or 0), sock_connect=connect
        )
        try:
            async with self._session.request(method, url, data=data, timeout=timeout) as res:
                return res.status, await res.read()
        except TimeoutError as exc:
            raise TimedOut from exc
        except aiohttp.ClientError as exc:
            raise NetworkError(f"aiohttp.{type(exc).__name__}") from exc


def _given(value: ODVInput[float], default: float) -> float | None:
    return default if isinstance(value, DefaultValue) else value
