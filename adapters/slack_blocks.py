"""Slack's side of the text: neutral markup to mrkdwn and Block Kit, and Slack text back to plain.

Everything here is a pure function of its arguments, so the HTTP wiring in ``adapters.slack``
stays a thin translation layer and these can be tested without a network.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from bot.markup import Span, parse
from bot.messages import Reply

SECTION_LIMIT = 3000  # characters of one section's mrkdwn
BUTTON_LABEL_LIMIT = 75
BUTTONS_PER_BLOCK = 25
MAX_SECTIONS = 45  # a message holds 50 blocks; leave room for the buttons
FALLBACK_LIMIT = 3000  # the notification text; the blocks carry the whole message

# mrkdwn has escapes for & < > only. For * _ ~ ` there is none, so every one of them in a
# literal span is wrapped in WORD JOINERs (U+2060, invisible). Slack formats a marker only at a
# word boundary (``a*b*c`` stays literal), and a word joiner is a letter-like format character,
# not a boundary, so a wrapped marker can neither open nor close formatting. A zero-width SPACE
# would be exactly wrong: Slack treats it as a boundary, and it is the known trick to *force*
# formatting mid-word. We keep mrkdwn (rather than plain_text objects) because our own bold,
# italic, links and bullets must render in the same line as the student's words.
WJ = "\u2060"
_MARKERS = re.compile(r"[*_~`]")
# A > that begins a line (escaped or not, Slack reads ``&gt;`` there as ``>``) quotes the line;
# a word joiner in front of it keeps it a literal character, wherever the value lands.
_QUOTE = re.compile(r"(?m)^&gt;")


def escape(text: str) -> str:
    """Make ``text`` literal in mrkdwn: no mention, link, entity, formatting or quote."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _QUOTE.sub(WJ + "&gt;", text)
    return _MARKERS.sub(lambda m: WJ + m.group() + WJ, text)


def _url(url: str) -> str:
    # Inside <url|label> the url ends at | or >; percent-encode them rather than escape.
    return url.replace("&", "&amp;").replace("<", "%3C").replace(">", "%3E").replace("|", "%7C")


def _wrap(marker: str, text: str) -> str:
    # Slack formats *x* only when the marker touches the text, so keep spaces outside.
    core = text.strip()
    if not core:
        return escape(text)
    lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
    return f"{escape(lead)}{marker}{escape(core)}{marker}{escape(trail)}"


def _span(span: Span) -> str:
    if span.kind == "bold":
        return _wrap("*", span.text)
    if span.kind == "italic":
        return _wrap("_", span.text)
    if span.kind == "link":
        return f"<{_url(span.url)}|{escape(span.text or span.url)}>"
    return escape(span.text)


def to_mrkdwn(markup: str) -> str:
    """Render neutral markup as mrkdwn: bullets as ``•``, every literal escaped."""
    lines = []
    for line in parse(markup):
        text = "".join(_span(s) for s in line.spans)
        if line.bullet:
            text = "• " + text
        elif text.startswith("&gt;"):
            text = WJ + text  # a leading > would make the line a quote
        lines.append(text)
    return "\n".join(lines)


def _cut(text: str, limit: int) -> list[str]:
    """Split rendered mrkdwn at line ends (or spaces) without cutting an entity, a link or a
    joiner-wrapped marker in two."""
    pieces: list[str] = []
    while len(text) > limit:
        cut = text.rfind("\n", 0, limit)
        if cut <= 0:
            cut = text.rfind(" ", 0, limit)
        if cut <= 0:
            cut = _hard_cut(text, limit)
        pieces.append(text[:cut])
        text = text[cut:].lstrip("\n ")
    if text:
        pieces.append(text)
    return pieces


def _hard_cut(text: str, limit: int) -> int:
    cut = limit
    amp = text.rfind("&", 0, cut)
    if amp > cut - 5 and text.find(";", amp) >= cut:
        cut = amp
    lt = text.rfind("<", 0, cut)
    if lt != -1 and text.find(">", lt) >= cut:
        cut = lt
    for i in (cut - 2, cut - 1):
        if i >= 0 and text[i : i + 1] == WJ and text[i + 2 : i + 3] == WJ:
            cut = i
            break
    return cut if cut > 0 else limit


def section(mrkdwn: str) -> dict[str, Any]:
    # verbatim: Slack must not auto-link bare URLs or #channel names a student typed.
    return {"type": "section", "text": {"type": "mrkdwn", "text": mrkdwn, "verbatim": True}}


def buttons(choices: Sequence[Any]) -> list[dict[str, Any]]:
    """Choices as ``actions`` blocks of buttons; ``action_id`` is ``choice-<index>``."""
    elements = [
        {
            "type": "button",
            "action_id": f"choice-{i}",
            # plain_text: labels are plain on every platform; Slack shows them as they are.
            "text": {"type": "plain_text", "text": _label(c.label), "emoji": False},
            "value": c.value,
        }
        for i, c in enumerate(choices)
    ]
    return [
        {
            "type": "actions",
            "block_id": f"choices-{n}",
            "elements": elements[i : i + BUTTONS_PER_BLOCK],
        }
        for n, i in enumerate(range(0, len(elements), BUTTONS_PER_BLOCK))
    ]


def _label(label: str) -> str:
    label = " ".join(label.split()) or "…"
    return label if len(label) <= BUTTON_LABEL_LIMIT else label[: BUTTON_LABEL_LIMIT - 1] + "…"


def render(reply: Reply) -> tuple[str, list[dict[str, Any]]]:
    """A reply as ``(fallback text, blocks)`` for ``chat.postMessage``.

    The fallback is what notifications show; it is the same escaped mrkdwn, shortened.
    """
    body = to_mrkdwn(reply.text).strip("\n")
    chunks = _cut(body, SECTION_LIMIT) if body.strip() else []
    if len(chunks) > MAX_SECTIONS:
        chunks = [*chunks[: MAX_SECTIONS - 1], "…"]
    blocks = [section(c) for c in chunks] + buttons(reply.choices)
    fallback = _cut(body, FALLBACK_LIMIT)[0] if body.strip() else ""
    if fallback != body and fallback:
        fallback += " …"
    if not fallback and reply.choices:
        fallback = " / ".join(escape(c.label) for c in reply.choices)
    return fallback, blocks


def answered(blocks: Sequence[Mapping[str, Any]], label: str) -> list[dict[str, Any]]:
    """The tapped message's blocks with its buttons removed and the chosen answer shown."""
    kept = [dict(b) for b in blocks if b.get("type") != "actions"]
    chosen = {"type": "mrkdwn", "text": f"✓ *{escape(label.strip() or '…')}*", "verbatim": True}
    kept.append({"type": "context", "elements": [chosen]})
    return kept


# -- incoming text --------------------------------------------------------------------------

_ENTITY = re.compile(r"<([^<>]*)>")


def _entity(match: re.Match[str]) -> str:
    inner = match.group(1)
    target, _, label = inner.partition("|")
    if target.startswith("@"):  # <@U123> or <@U123|name>
        return "@" + (label or target[1:])
    if target.startswith("#"):  # <#C123|general>
        return "#" + (label or target[1:])
    if target.startswith("!"):  # <!here>, <!subteam^S1|@team>, <!date^...|fallback>
        if label:
            return label
        return "@" + target[1:].split("^", 1)[0]
    if label:
        return label
    return target.removeprefix("mailto:")


def from_slack(text: str) -> str:
    """Slack's message text as the student saw it: Slack's markup for mentions, channels and
    links resolved to their visible words, then its three entities unescaped (exactly once)."""
    text = _ENTITY.sub(_entity, text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


# -- App Home -------------------------------------------------------------------------------

HOME_ITEMS = 10  # lines per list on the Home tab

# Words of the Home tab. The flow's content may override each one with a text of the same
# name (see ``SlackBot.home_words``); these defaults keep the tab usable without them.
HOME_WORDS = {
    "home_title": "Your pivot plan",
    "home_followups": "Next follow-ups",
    "home_attempts": "Recent rehearsals",
    "home_contacts": "Contacts",
    "home_empty": "Nothing yet.",
    "home_rehearse": "Start a rehearsal",
    "home_debrief": "Start a debrief",
}
HOME_ACTIONS = {"home-rehearse": "menu.rehearse", "home-debrief": "menu.debrief"}


def _date(value: Any) -> str:
    text = str(value or "")
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?", text)
    if not match:
        return text
    y, m, d = (int(g) for g in match.group(1, 2, 3))
    day = datetime(y, m, d).strftime("%a %d %b %Y")
    return f"{day} {match.group(4)}:{match.group(5)}" if match.group(4) else day


def _followup(item: Mapping[str, Any]) -> str:
    what = str(item.get("what") or str(item.get("kind") or "").replace("_", " ")).strip()
    what = what[:1].upper() + what[1:]  # a sentence: names in it keep their capitals
    about = f" ({escape(str(item['about']))})" if item.get("about") else ""
    return f"• {escape(what or '…')}{about}: {escape(_date(item.get('due_at')))}"


def _attempt(item: Mapping[str, Any]) -> str:
    parts = [escape(_date(item.get("at")))]
    if item.get("persona"):
        parts.append(escape(str(item["persona"])))
    score = f"*{escape(str(item.get('total')))}*" if item.get("total") is not None else "…"
    if item.get("band"):
        score += f" ({escape(str(item['band']))})"
    return "• " + ", ".join(parts) + ": " + score


def _contact(item: Mapping[str, Any]) -> str:
    name = f"*{escape(str(item.get('name') or '…'))}*"
    where = ", ".join(escape(str(item[k])) for k in ("title", "organisation") if item.get(k))
    line = "• " + name + (f", {where}" if where else "")
    if item.get("stage"):
        line += f" [{escape(str(item['stage']))}]"
    if item.get("next_step"):
        line += f": {escape(str(item['next_step']))}"
    return line


def home_view(
    overview: Mapping[str, Any], words: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """The Home tab for ``Engine.overview``: follow-ups, rehearsal scores, contacts, buttons.

    Every value in the overview came from the student, so each one is escaped.
    """
    w = {**HOME_WORDS, **(words or {})}
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": w["home_title"][:150]}}
    ]
    for name, render_item in (
        ("followups", _followup),
        ("attempts", _attempt),
        ("contacts", _contact),
    ):
        items = list(overview.get(name) or [])[:HOME_ITEMS]
        lines = [render_item(i) for i in items] or [f"_{escape(w['home_empty'])}_"]
        body = f"*{escape(w['home_' + name])}*\n" + "\n".join(lines)
        blocks.append(section(_cut(body, SECTION_LIMIT)[0]))
    blocks.append({"type": "divider"})
    blocks.append(
        {
            "type": "actions",
            "block_id": "home",
            "elements": [
                {
                    "type": "button",
                    "action_id": action_id,
                    "text": {"type": "plain_text", "text": _label(w[action_id.replace("-", "_")])},
                    "value": value,
                }
                for action_id, value in HOME_ACTIONS.items()
            ],
        }
    )
    return {"type": "home", "blocks": blocks}
