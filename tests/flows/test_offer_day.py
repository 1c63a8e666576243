"""The day an introduction was offered by, read from the offer as typed (review rv26a item 17:
"Did Priya say by when?" was asked right after "by friday"): ``offers._typed_by``."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.conversation import Conversation
from bot.messages import ConversationKey
from bot.sqlite_store import SqliteStore
from flows.pivot import offers, people
from flows.pivot.flow import build_flow
from flows.pivot.records import RECORDS

# Wednesday 25 November 2026, the interview's day, in the afternoon (UTC).
WEDNESDAY = datetime(2026, 11, 25, 15, 0, tzinfo=UTC)


def student() -> Conversation:
    store = SqliteStore.memory()
    store.install(RECORDS)
    key = ConversationKey("console", "local", "t")
    data = {"interview_date": "2026-11-25"}
    return build_flow().conversation(key, "menu", data, WEDNESDAY, store)


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("she said she'd intro me to her manager sam lee by friday", date(2026, 11, 27)),
        ("Sam said he'd introduce me by email to Joy Chen by Friday.", date(2026, 11, 27)),
        ("Lena said she'd connect me with Joy Chen tomorrow", date(2026, 11, 26)),
        ("he'll put me in touch with Ana Ruiz on monday", date(2026, 11, 30)),
        ("she will introduce me to Joy Chen by dec 4", date(2026, 12, 4)),
        ("she'll intro me to her lead, probably next week", date(2026, 12, 4)),
        ("priya will connect me with sam lee by end of next week", date(2026, 12, 4)),
        ("she said she'd introduce me to Joy Chen soon", None),
        ("she said she'd introduce me to Joy Chen", None),
        ("he offered to introduce me to his friday team lead", None),
    ],
)
def test_the_day_typed_in_an_offer_is_read(typed: str, day: date | None) -> None:
    assert offers._typed_by(student(), typed) == day


@pytest.mark.parametrize(
    ("talked_about", "offer", "said"),
    [
        # Review rv26a item 20: what the student typed gives the pronoun the bot uses.
        ("how her team decides which shows to promote", "", "her"),
        ("the timeline for decisions, he said theyd decide by dec 11", "", "him"),
        ("", "She told that she will present me to Javier Ruiz", "her"),
        ("", "he'll intro me to his manager", "him"),
        # Nothing typed, or both: the gender-neutral "them", never a guess.
        ("how your resell program started", "", "them"),
        ("his advice and her team's plans", "", "them"),
        # The introduced person's pronoun, after their name, is theirs, not the connector's.
        ("", "Sam offered to introduce me to Joy Chen, she leads analytics", "them"),
        ("", "Lena said she'd introduce me to Joy Chen, he leads analytics", "her"),
    ],
)
def test_the_bots_words_for_someone_follow_what_was_typed(
    talked_about: str, offer: str, said: str
) -> None:
    c = student()
    contact_id = c.add("contacts", name="Pat Lee", talked_about=talked_about or None)
    if offer:
        to = "Joy Chen" if "Joy" in offer else "Javier Ruiz" if "Javier" in offer else None
        c.add("offers", contact_id=contact_id, kind="introduction", text=offer, to_name=to)
    assert people.them(c, contact_id) == said
