"""Review 17 (issue 10, "Drafts addressed right" and "Sentences that read right"): what the
student typed reaches a debrief draft repaired, trimmed to its topic and said to its reader, or
is left out with a reason; an unnamed person's description is a role; an introduction request
names whom it was offered to. Each case is worded unlike the review's own examples."""

from __future__ import annotations

import pytest

from flows.pivot import draft_text, people, phrases

COMPANY = ["Northwind Labs"]


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # A practical point cut from a list, the topic kept.
        ("the hiring timeline and their design critique ritual", "your design critique ritual"),
        # Chat filler at the end is trimmed.
        ("the churn dashboard rebuild etc", "the churn dashboard rebuild"),
        ("their partner API and all that", "your partner API"),
        # Praise of the student's own work is cut, the topic kept.
        (
            "how your analysts review each other's SQL and he was impressed by my thesis",
            "how your analysts review each other's SQL",
        ),
    ],
)
def test_a_topic_is_trimmed_to_what_the_note_can_say(typed: str, said: str) -> None:
    _, detail, _ = draft_text.note_topic(typed, COMPANY, False)
    assert detail == said


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        ("salary bands n relocation", "logistics"),
        ("the offer timeline, they said results by tues 8 dec", "logistics"),
        ("she said she liked my portfolio", "praise"),
        ("the tooling stuff", "rough"),
        ("the role is basically data entry", "remark"),
    ],
)
def test_what_no_note_can_say_is_left_out_with_its_reason(typed: str, why: str) -> None:
    form, detail, reason = draft_text.note_topic(typed, COMPANY, False)
    assert (form, detail, reason) == ("", "", why)


def test_advice_about_a_practical_point_is_still_theirs() -> None:
    # What they gave ("your tips on ...") is thanked for, whatever it was about: as advice,
    # valued ("I especially appreciated your tips on ...", review 26a).
    assert draft_text.note_topic("your tips on negotiating the notice period", COMPANY, False) == (
        "advice",
        "your tips on negotiating the notice period",
        "",
    )


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # The person's own team's "they" and "their", said to them, are "you" and "your".
        ("he explained how they triage support tickets", "hearing how you triage support tickets"),
        ("she told me about their new vendor portal", "hearing about your new vendor portal"),
        # Someone else named first: "they" may be them, and stays.
        ("he said his manager and they review every launch", None),
    ],
)
def test_the_readers_they_is_you(typed: str, said: str | None) -> None:
    _, detail, _ = draft_text.note_topic(typed, COMPANY, False)
    if said is None:
        assert "they review" in detail
    else:
        assert detail == said


def test_a_topic_told_in_the_present_tense_is_kept() -> None:
    form, detail, why = draft_text.note_topic(
        "we speak about my internship in Accra and the Nairobi office opening", COMPANY, False
    )
    assert (form, why) == ("topic", "")
    assert detail == "my internship in Accra and the Nairobi office opening"


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("I promised Grace the slides from my talk", "send you the slides from my talk"),
        ("promised her a copy of the survey results", "send you a copy of the survey results"),
        ("said id send my portfolio site", "send you my portfolio site"),
    ],
)
def test_a_promise_typed_without_its_verb_is_said_to_them(typed: str, said: str) -> None:
    assert phrases.pledge(typed, "Grace Lin") == said


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("never got his name, he was from legal", "the legal contact"),
        ("third one was a lady, didn't hear her name, she is the QA lead", "the QA lead"),
        ("a guy, forgot his name, he was the recruiter", "the recruiter"),
    ],
)
def test_an_unnamed_description_is_a_role(typed: str, said: str) -> None:
    name, about = people.read_name(typed)
    assert name == ""
    assert people.role_said(about) == said


@pytest.mark.parametrize(
    ("offer", "who", "place"),
    [
        ("offered to intro me to her boss who leads the Lagos expansion", "your boss", "the Lagos expansion"),
        ("said he'd connect me with a colleague who runs their pricing desk", "your colleague", "the pricing desk"),
        ("will put me in touch with the head of the ML platform", "", "the ML platform"),
        ("offered to introduce me to Sam Lee", "", ""),
    ],
)  # fmt: skip
def test_an_introduction_names_whom_it_was_offered_to(offer: str, who: str, place: str) -> None:
    assert draft_text.offered_person({"text": offer}) == (who, place)


@pytest.mark.parametrize(
    ("typed", "form", "said"),
    [
        # Typed fast or by a non-native writer: "there" for "their", "explain me", "was talking".
        ("she told abt there onboarding buddy scheme", "thing", "hearing about your onboarding buddy scheme"),
        ("he explain me their release process", "thing", "hearing about your release process"),
        ("we were discussing the offer letter and the data platform", "topic", "the data platform"),
        ("there's a hackathon in March for new joiners", "topic", "the hackathon in March for new joiners"),
        ("about the mentoring circles and the bond", "topic", "the mentoring circles"),
    ],
)  # fmt: skip
def test_a_hasty_note_is_mended_into_a_topic(typed: str, form: str, said: str) -> None:
    assert draft_text.note_topic(typed, COMPANY, False)[:2] == (form, said)


def test_phone_typed_unnamed_and_promise_read_right() -> None:
    # "frm" typed for "from"; "ill" for "I'll" in a promise, as the note already reads it.
    name, about = people.read_name("missed her name, she was frm legal ops")
    assert (name, people.role_said(about)) == ("", "the legal ops contact")
    todo = phrases.promise_todo("told nadia ill send my case deck by fri", "Nadia Haddad")
    assert todo.startswith("Send Nadia your case deck by ")  # the day is dated when saved
