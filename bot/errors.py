"""The project's exceptions, in one tree.

PivotbotError                 root: anything the bot raises on purpose
├── ConfigError               bad or missing configuration; fails at start with one line
├── StoreError                the database cannot be opened or migrated
├── FlowError                 a flow or its content is malformed (caught at load, not mid-chat)
├── ScriptError               a scripted conversation file is malformed
├── MissingExtra              an optional part (an extra: Telegram, Slack, charts) is not installed
├── DeliveryError             a send failed; an adapter's sender raises one of these, the relay acts
│   ├── RetryLater            network error, timeout, 5xx, 429: try this chat again later
│   ├── RecipientGone         blocked the bot, deactivated: stop sending to them, keep their data
│   ├── WorkspaceUnauthorised the token was refused: pause the workspace, keep everything
│   └── Rejected              the platform refused this message: log it, move on
└── ModelError                a language model did not give a usable answer (``reason`` says why);
                              callers fall back to what works without one
"""

from __future__ import annotations


class PivotbotError(Exception):
    """Root of every error the bot raises on purpose."""


class ConfigError(PivotbotError):
    """Configuration is missing or malformed. The message is one line naming the variable."""


class StoreError(PivotbotError):
    """The database cannot be opened, is from a newer version, or a migration failed."""


class FlowError(PivotbotError):
    """A flow definition or its content is inconsistent."""


class ScriptError(PivotbotError):
    """A scripted conversation file does not follow format v1."""


class MissingExtra(PivotbotError):
    """An optional part of the package is not installed. The message is one line ending in the
    ``pip install 'pivotbot[EXTRA]'`` that brings it."""


class DeliveryError(PivotbotError):
    """A send failed. Adapters' senders translate their platform's errors into the subclasses
    below; the relay (``bot.relay``) decides what happens next. Messages carry error codes and
    status lines only, never message text."""


class RetryLater(DeliveryError):
    """A failure that passes: network error, timeout, 5xx, or flood control (429). ``after`` is
    the wait the platform asked for in seconds (``retry_after``), or None to back off."""

    def __init__(self, reason: str, after: float | None = None) -> None:
        super().__init__(reason)
        self.after = after


class RecipientGone(DeliveryError):
    """The person can no longer be reached (blocked the bot, deactivated): stop sending to them,
    keep their data until they come back."""


class WorkspaceUnauthorised(DeliveryError):
    """The platform refused the bot's token for a whole workspace (``invalid_auth``,
    ``token_revoked``, ``account_inactive``): pause that workspace, keep every reply and reminder,
    resume when a send succeeds."""


class Rejected(DeliveryError):
    """The platform refused this one message (a bad request): logged with the key, dropped."""


class ModelError(PivotbotError):
    """A language model call failed. ``reason`` is one short word for reports and logs
    (``timeout``, ``connection``, ``rate_limited``, ``http_error``, ``refusal``, ``empty``,
    ``malformed``); the message never carries the prompt or the model's text."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
