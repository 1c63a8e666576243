"""Review 18 (issue 10, debrief drafts): a promise typed inside a topic is split out and said
once; products are written as their makers write them; praise of the talk is no doubt about the
job and never part of the topic; a non-answer is never a topic; an unnamed person is described
without the words that counted them; a title typed with a team or as "he is the ..." is taken.
Each case is worded unlike the review's own examples."""

from __future__ import annotations

import pytest

from flows.pivot import draft_text, people
from flows.pivot.debrief import Debrief

COMPANY = ["Meesho"]


@pytest.mark.parametrize(
    ("typed", "topic", "promise"),
    [
        (
            "we chatted about their figma component library, and i promised to send her my case study",
            "we chatted about their figma component library",
            "i promised to send her my case study",
        ),
        (
            "how they scaled support with zendesk macros; also I said I'd forward my notes",
            "how they scaled support with zendesk macros",
            "I said I'd forward my notes",
        ),
        # No promise: left whole; a promise alone is left for the note to say as one.
        ("how they hire analysts and train them", "how they hire analysts and train them", ""),
        ("I said I'd send him my portfolio", "I said I'd send him my portfolio", ""),
    ],
)
def test_a_promise_inside_a_topic_is_split_out(typed: str, topic: str, promise: str) -> None:
    assert draft_text.split_promise(typed) == (topic, promise)


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # Praise of the talk is no topic and no remark about the role.
        (
            "she described how they are testing dynamic pricing for Great Indian Festival sale, "
            "it was very informative",
            "hearing how you are testing dynamic pricing for the Great Indian Festival sale",
        ),
        (
            "their mongodb sharding setup, that was really eye-opening",
            "your MongoDB sharding setup",
        ),
        # What the talk was about, said as its topic (review d26, finding 8): the note reads
        # "our conversation about your Databricks notebooks", never "I enjoyed it was ...".
        (
            "it was mostly about their databricks notebooks",
            "your Databricks notebooks",
        ),
    ],
)
def test_praise_of_the_talk_is_cut_and_no_doubt(typed: str, said: str) -> None:
    _, detail, why = draft_text.note_topic(typed, COMPANY, False)
    assert detail == said
    assert why != "remark"


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("the call was mainly about their churn dashboards", "your churn dashboards"),
        ("we mostly spoke about their kafka migration", "your Kafka migration"),
        ("mainly on their hiring plans for next year", "your hiring plans for next year"),
        ("It's largely about their onboarding for new grads", "your onboarding for new grads"),
    ],
)
def test_what_the_talk_was_about_is_its_topic(typed: str, said: str) -> None:
    form, detail, _why = draft_text.note_topic(typed, COMPANY, False)
    assert detail == said
    assert form != "clause"  # never pasted as a clause after "I especially appreciated that"


@pytest.mark.parametrize("typed", ["not much really", "nothing in particular", "can't remember"])
def test_a_non_answer_is_never_a_topic(typed: str) -> None:
    assert draft_text.note_topic(typed, COMPANY, False) == ("", "", "")


def test_a_real_doubt_is_still_left_out() -> None:
    assert draft_text.note_topic("the job is basically data entry", COMPANY, False)[2] == "remark"


@pytest.mark.parametrize(
    ("typed", "known"),
    [
        ("one data scientist, didn't get her name", ("data scientist", "")),
        ("a fourth person from finance whose name i forgot", ("finance contact", "finance")),
        ("the second interviewer, name unknown", ("interviewer", "")),
        (
            "Neha Gupta, product designer on the checkout team",
            ("product designer", "checkout team"),
        ),
        ("Vikram Shah sir, he is the logistics head", ("logistics head", "")),
    ],
)
def test_what_was_typed_of_a_person_is_taken(typed: str, known: tuple[str, str]) -> None:
    assert Debrief._read_known(typed) == known


def test_doing_is_not_a_title() -> None:
    assert people.title_and_team("who runs the checkout team") == ("", "")
    assert people.title_and_team("head of the checkout team") == ("", "")
