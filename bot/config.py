"""Configuration: the one place that reads the environment (and ``.env``)."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from bot.errors import ConfigError

DEFAULT_TELEGRAM_API = "https://api.telegram.org/bot"
DEFAULT_SLACK_API = "https://slack.com/api/"
DEFAULT_LLM_TIMEOUT = 8.0  # seconds: the longest anyone waits for the model before the flow goes on
MAX_LLM_TIMEOUT = 120.0

# Variables, each with the check it must pass when set. Descriptions live in .env.example.
_TOKEN_SHAPES = {
    "TELEGRAM_BOT_TOKEN": (
        re.compile(r"^\d+:[\w-]{20,}$"),
        "looks like 123456:ABC... from BotFather",
    ),
    "SLACK_BOT_TOKEN": (re.compile(r"^xoxb-[\w-]+$"), "starts with xoxb-"),
    "SLACK_APP_TOKEN": (re.compile(r"^xapp-[\w-]+$"), "starts with xapp-"),
}


@dataclass(frozen=True)
class Config:
    """Everything the bot reads from its environment, checked."""

    db: str = "pivotbot.db"  # a SQLite file path, or a sqlite:/// or postgresql:// URL
    telegram_token: str | None = None
    telegram_api_base_url: str = DEFAULT_TELEGRAM_API
    telegram_webhook_secret: str | None = None
    slack_bot_token: str | None = None
    slack_signing_secret: str | None = None
    slack_app_token: str | None = None
    slack_api_url: str = DEFAULT_SLACK_API
    slack_client_id: str | None = None
    slack_client_secret: str | None = None
    admins: frozenset[str] = field(default_factory=frozenset)
    retention_days: int | None = None
    llm_base_url: str | None = None  # unset: no language model (the flow works without one)
    llm_model: str | None = None
    llm_api_key: str | None = None
    llm_timeout: float = DEFAULT_LLM_TIMEOUT

    @property
    def llm_host(self) -> str | None:
        """Where the flow's text goes when the model is configured: host[:port], never a key or
        a path; None when it is not configured."""
        if not self.llm_base_url:
            return None
        parts = urlsplit(self.llm_base_url)
        host = parts.hostname or ""
        return f"{host}:{parts.port}" if parts.port else host

    def require(self, *names: str) -> None:
        """Raise ``ConfigError`` naming the first of ``names`` (variable names) that is unset."""
        for name in names:
            if not getattr(self, _ATTR[name]):
                raise ConfigError(f"{name} is not set (see .env.example)")


_ATTR = {
    "PIVOTBOT_DB": "db",
    "TELEGRAM_BOT_TOKEN": "telegram_token",
    "TELEGRAM_API_BASE_URL": "telegram_api_base_url",
    "TELEGRAM_WEBHOOK_SECRET": "telegram_webhook_secret",
    "SLACK_BOT_TOKEN": "slack_bot_token",
    "SLACK_SIGNING_SECRET": "slack_signing_secret",
    "SLACK_APP_TOKEN": "slack_app_token",
    "SLACK_API_URL": "slack_api_url",
    "SLACK_CLIENT_ID": "slack_client_id",
    "SLACK_CLIENT_SECRET": "slack_client_secret",
    "PIVOTBOT_ADMINS": "admins",
    "PIVOTBOT_RETENTION_DAYS": "retention_days",
    "PIVOTBOT_LLM_BASE_URL": "llm_base_url",
    "PIVOTBOT_LLM_MODEL": "llm_model",
    "PIVOTBOT_LLM_API_KEY": "llm_api_key",
    "PIVOTBOT_LLM_TIMEOUT": "llm_timeout",
}


def _url(name: str, value: str) -> str:
    if not re.match(r"^https?://[^\s/]+", value):
        raise ConfigError(f"{name} must be an http(s) URL, got {value[:40]!r}")
    return value


def load_config(environ: Mapping[str, str] | None = None, env_file: str | Path = ".env") -> Config:
    """Read the environment, with ``env_file`` filling in what the environment lacks.

    Raises ``ConfigError`` with one line naming the malformed variable. Secrets are never echoed.
    """
    values: dict[str, str] = {}
    if Path(env_file).is_file():
        from dotenv import dotenv_values  # only when there is a .env to read

        values.update({k: v for k, v in dotenv_values(env_file).items() if v is not None})
    values.update(os.environ if environ is None else environ)
    got = {name: values[name].strip() for name in _ATTR if values.get(name, "").strip()}

    for name, (shape, hint) in _TOKEN_SHAPES.items():
        if name in got and not shape.match(got[name]):
            raise ConfigError(f"{name} is malformed: it {hint}")
    kwargs: dict[str, object] = {}
    for name, value in got.items():
        attr = _ATTR[name]
        if name == "PIVOTBOT_DB":
            kwargs[attr] = value
        elif name in ("TELEGRAM_API_BASE_URL", "SLACK_API_URL", "PIVOTBOT_LLM_BASE_URL"):
            kwargs[attr] = _url(name, value)
        elif name == "PIVOTBOT_ADMINS":
            kwargs[attr] = frozenset(a.strip() for a in value.split(",") if a.strip())
        elif name == "PIVOTBOT_RETENTION_DAYS":
            if not value.isdigit() or int(value) < 1:
                raise ConfigError(
                    f"PIVOTBOT_RETENTION_DAYS must be a whole number of days >= 1, got {value!r}"
                )
            kwargs[attr] = int(value)
        elif name == "PIVOTBOT_LLM_TIMEOUT":
            kwargs[attr] = _seconds(name, value)
        elif name == "PIVOTBOT_LLM_API_KEY" and any(c.isspace() for c in value):
            raise ConfigError(f"{name} is malformed: it must not contain spaces")
        else:
            kwargs[attr] = value
    # The model is all or nothing: half a configuration is a mistake, not "off".
    if "PIVOTBOT_LLM_BASE_URL" in got and "PIVOTBOT_LLM_MODEL" not in got:
        raise ConfigError("PIVOTBOT_LLM_MODEL is not set (needed with PIVOTBOT_LLM_BASE_URL)")
    for name in ("PIVOTBOT_LLM_MODEL", "PIVOTBOT_LLM_API_KEY", "PIVOTBOT_LLM_TIMEOUT"):
        if name in got and "PIVOTBOT_LLM_BASE_URL" not in got:
            raise ConfigError(f"PIVOTBOT_LLM_BASE_URL is not set (needed with {name})")
    return Config(**kwargs)  # type: ignore[arg-type]


def _seconds(name: str, value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not 0 < seconds <= MAX_LLM_TIMEOUT:  # also rejects nan and inf
        raise ConfigError(
            f"{name} must be a number of seconds above 0 and at most {MAX_LLM_TIMEOUT:g}, "
            f"got {value[:20]!r}"
        )
    return seconds
