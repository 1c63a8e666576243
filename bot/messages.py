"""Platform-neutral message types: who is talking, what they did, and what the bot answers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bot.markup import typed


@dataclass(frozen=True, slots=True)
class ConversationKey:
    """Owner of every stored row.

    ``workspace`` is the Slack team id, ``"telegram"`` for Telegram and ``"local"`` for the console.
    """

    platform: str
    workspace: str
    user: str

    def __str__(self) -> str:
        return f"{self.platform}:{self.workspace}:{self.user}"

    @classmethod
    def parse(cls, text: str) -> ConversationKey:
        """Read ``platform:workspace:user`` (the user part may itself contain ``:``).

        Raises ``ValueError`` when the text has fewer than three parts.
        """
        parts = text.split(":", 2)
        if len(parts) != 3 or not all(parts):
            raise ValueError(f"not a user key (platform:workspace:user): {text!r}")
        return cls(*parts)


@dataclass(frozen=True, slots=True)
class Choice:
    """A button. ``value`` comes back in ``Inbound.choice`` when it is tapped."""

    label: str
    value: str


@dataclass(frozen=True, slots=True)
class Attachment:
    """A small text file sent with a reply (a data export, a CSV)."""

    filename: str
    content: str
    mime: str = "application/json"


@dataclass(slots=True)
class Reply:
    """One message from the bot. ``text`` is neutral markup (see ``bot.markup``).

    ``outbox_id`` is set by the engine once the reply is durably queued; adapters pass the reply
    back to ``Engine.delivered`` after sending it. ``thread``, where a platform has threads or
    topics in one chat, is the one to answer in (a Telegram forum topic's ``message_thread_id``
    as a string); None answers in the chat itself.
    """

    text: str
    choices: list[Choice] = field(default_factory=list)
    attachment: Attachment | None = None
    outbox_id: int | None = None
    thread: str | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"text": self.text}
        if self.choices:
            data["choices"] = [[c.label, c.value] for c in self.choices]
        if self.attachment is not None:
            a = self.attachment
            data["attachment"] = [a.filename, a.content, a.mime]
        if self.thread is not None:
            data["thread"] = self.thread
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any], outbox_id: int | None = None) -> Reply:
        att = data.get("attachment")
        return cls(
            text=data["text"],
            choices=[Choice(label, value) for label, value in data.get("choices", [])],
            attachment=Attachment(*att) if att else None,
            outbox_id=outbox_id,
            thread=data.get("thread"),
        )


@dataclass(frozen=True, slots=True)
class Inbound:
    """One user action: typed ``text`` or a tapped ``choice`` (a ``Choice.value``).

    ``event_id`` is the platform's delivery id (Slack ``event_id`` or action id, Telegram
    ``update_id``); the engine ignores an id it has already processed for this key.
    ``kind`` is ``"text"`` for text and taps, ``"unsupported"`` for a photo, sticker, voice
    note or file the bot cannot read, ``"edit"`` when the user edited a message they sent
    earlier (``text`` is its new text). ``message`` is the platform's id of the user's message
    (Telegram ``message_id``, Slack ``ts``), so that an edit can name the message it changes. ``text`` and ``choice`` are normalised on the way in
    (``bot.markup.typed``), whichever platform made them: what every adapter, the inbox and the
    flow see is valid UTF-8 without invisible edges. ``locale`` (``en-GB``) and ``tz`` (an IANA time zone,
    ``America/Los_Angeles``) are what the platform says about the user, when it says it.
    """

    key: ConversationKey
    text: str = ""
    choice: str | None = None
    event_id: str | None = None
    at: datetime | None = None
    locale: str | None = None
    kind: str = "text"
    tz: str | None = None
    message: str | None = None

    def __post_init__(self) -> None:
        if self.text:
            object.__setattr__(self, "text", typed(self.text))
        if self.choice:
            object.__setattr__(self, "choice", typed(self.choice))

    def to_json(self) -> dict[str, Any]:
        """The fields as JSON-ready data (what the inbox stores; the key is stored beside it)."""
        data: dict[str, Any] = {}
        if self.text:
            data["text"] = self.text
        if self.choice is not None:
            data["choice"] = self.choice
        if self.event_id is not None:
            data["event_id"] = self.event_id
        if self.at is not None:
            data["at"] = self.at.isoformat()
        if self.locale is not None:
            data["locale"] = self.locale
        if self.kind != "text":
            data["kind"] = self.kind
        if self.tz is not None:
            data["tz"] = self.tz
        if self.message is not None:
            data["message"] = self.message
        return data

    @classmethod
    def from_json(cls, key: ConversationKey, data: dict[str, Any]) -> Inbound:
        """Read back what :meth:`to_json` wrote."""
        at = data.get("at")
        return cls(
            key,
            text=data.get("text", ""),
            choice=data.get("choice"),
            event_id=data.get("event_id"),
            at=datetime.fromisoformat(at) if at else None,
            locale=data.get("locale"),
            kind=data.get("kind", "text"),
            tz=data.get("tz"),
            message=data.get("message"),
        )


@dataclass(frozen=True, slots=True)
class Outgoing:
    """A reply addressed to a conversation: what ``Engine.tick`` and ``Engine.pending`` return."""

    key: ConversationKey
    reply: Reply
