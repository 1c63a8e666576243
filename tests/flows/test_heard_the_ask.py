"""A thank-you says "when I asked about ..." only to someone the student asked (rv26a, item 9):
with several people met, the one named in how it went, by name or role; never whoever offered
an introduction just for offering it."""

from __future__ import annotations

import pytest

from flows.pivot import draft_text

MANAGER = {"id": 1, "name": "", "title": "hiring manager"}
PRIYA = {"id": 2, "name": "Priya Nair", "title": "Senior data scientist"}
DAN = {"id": 3, "name": "Dan Okafor", "title": "Recruiter"}
MET = [MANAGER, PRIYA, DAN]
NAMES = [str(row["name"]) for row in MET]
OFFER = [{"contact_id": 2}]  # Priya offered an introduction


@pytest.mark.parametrize(
    ("went", "asked"),
    [
        ("the hiring mgr liked my dashboard and said the insights team might fit better", 1),
        ("The hiring manager was really open about other teams", 1),
        ("priya said the podcast team could use someone like me", 2),
        ("I asked Dan and he pointed me to the analytics team", 3),
        ("the recruiter mentioned the data team is hiring", 3),
        ("the senior data scientist told me about her team", 2),
    ],
)
def test_only_the_person_named_in_how_it_went_heard_the_ask(went: str, asked: int) -> None:
    heard = [draft_text._heard_the_ask(row, OFFER, NAMES, went, MET) for row in MET]
    assert heard == [row["id"] == asked for row in MET]


@pytest.mark.parametrize("went", ["went well!", "", "she was lovely and we talked for ages"])
def test_an_offer_alone_is_no_ask(went: str) -> None:
    assert [draft_text._heard_the_ask(row, OFFER, NAMES, went, MET) for row in MET] == [
        False,
        False,
        False,
    ]
    # No offer and nobody named: unknown, so no note thanks anyone for it.
    assert draft_text._heard_the_ask(PRIYA, [], NAMES, went, MET) is None


def test_one_person_met_heard_it() -> None:
    assert draft_text._heard_the_ask(PRIYA, [], ["Priya Nair"], "", [PRIYA]) is True
