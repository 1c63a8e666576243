"""Review 6 (draft sentences, names, typed words, the draws check): each kind of finding in
the quoted wordings and in others, at the level of the functions the drafts are built from."""

from __future__ import annotations

import subprocess
import sys

import pytest

from flows.pivot import people, phrases, reasons
from flows.pivot.flow import build_flow
from flows.pivot.intake import _non_reasons


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        # Item 1, quoted: a personal aside gives way to the work part, said as a topic.
        (
            "her dog is named waffles lol and we talked abt the wrapped campaign",
            ("topic", "the Wrapped campaign"),
        ),
        (
            "how the graduate rotation programme works",
            ("how", "how the graduate rotation programme works"),
        ),
        (
            "the test coverage problem in your payments module",
            ("problem", "the test coverage problem in your payments module"),
        ),
        ("the team offsite in tahoe", ("topic", "the team offsite in Tahoe")),
        # Other wordings of the same kinds.
        (
            "his kids are adorable haha, and then we talked about the rewind launch",
            ("topic", "the rewind launch"),
        ),
        ("why they moved the whole stack to dbt", ("how", "why you moved the whole stack to dbt")),
        (
            "the outages in their checkout service",
            ("problem", "the outages in your checkout service"),
        ),
        ("she is struggling to hire analysts", ("candid", "you are struggling to hire analysts")),
        ("their new office in lisbon", ("topic", "your new office in Lisbon")),
        ("we talked about her kids and the Q3 roadmap", ("topic", "the Q3 roadmap")),
        (
            "her dog is named waffles and she runs the pricing team",
            ("clause", "you run the pricing team"),
        ),
        ("the Unwrapped campaign", ("topic", "the Unwrapped campaign")),
        # What they gave stays "I especially enjoyed ...".
        ("her tip to learn dbt first", ("thing", "your tip to learn dbt first")),
        (
            "the renewals forecast you walked me through",
            ("thing", "the renewals forecast you walked me through"),
        ),
    ],
)
def test_detail_is_framed_by_its_shape(typed: str, expected: tuple[str, str]) -> None:
    assert phrases.note_detail(typed, ["Spotify"], False) == expected


@pytest.mark.parametrize("typed", ["her dog is named waffles", "his daughter's wedding lol"])
def test_a_personal_aside_alone_is_left_out(typed: str) -> None:
    assert phrases.note_detail(typed, [], False) == ("", "")


def test_ordinary_words_keep_their_case() -> None:
    # A participle that is a kind of campaign, and a common word after "in", are no names.
    assert phrases.proper_nouns("the paid campaign") == "the paid campaign"
    assert phrases.proper_nouns("the office in person") == "the office in person"
    assert phrases.proper_nouns("the plans for a family trail") == "the plans for a family trail"


def test_offers_are_written_out_and_get_their_article() -> None:
    typed = "priya said she'd put me in touch w her manager on the data team"
    assert people.offer_form({"text": typed}) == (
        "to",
        "put me in touch with your manager on the data team",
    )
    typed = "introduce me to your manager in data team by next week"
    assert people.offer_form({"text": typed})[1] == (
        "introduce me to your manager in the data team by next week"
    )
    assert phrases.articled("join data science team") == "join the data science team"
    assert phrases.articled("someone in analytics team") == "someone in the analytics team"
    for kept in ("on Joy's team", "in a team", "with your data team", "to someone on the team"):
        assert phrases.articled(kept) == kept


@pytest.mark.parametrize(
    ("typed", "work"),
    [
        ("data stuff", "data work"),
        ("marketing kinda things", "marketing work"),
        ("the analytics side of things", "analytics work"),
        ("data related stuff", "data work"),
    ],
)
def test_slang_targets_are_said_plainly(typed: str, work: str) -> None:
    assert phrases.work(typed) == work
    assert "stuff" not in phrases.head(typed) and "things" not in phrases.head(typed)


@pytest.mark.parametrize(
    ("typed", "name", "role"),
    [
        (
            "Her manager, I think name is Sunil Mehta, head of data engineering",
            "Sunil Mehta",
            "head of data engineering",
        ),
        ("her manager, called Sunil Mehta", "Sunil Mehta", ""),
        ("her manager named sunil", "Sunil", ""),
        ("I think it's Sunil Mehta, head of data eng", "Sunil Mehta", "head of data engineering"),
        (
            "Sunil Mehta I think, head of data engineering",
            "Sunil Mehta",
            "head of data engineering",
        ),
        ("her boss - name is ana ruiz", "Ana Ruiz", ""),
    ],
)
def test_a_name_framed_anywhere_in_the_line_is_read(typed: str, name: str, role: str) -> None:
    assert people.read_name(typed) == (name, role)


@pytest.mark.parametrize(
    "typed",
    ["the head of data, probably", "her manager in data team, i dont know the name"],
)
def test_a_line_without_a_name_stays_unnamed(typed: str) -> None:
    assert people.read_name(typed)[0] == ""


def test_formal_greeting_is_the_same_formality_for_everyone() -> None:
    assert people.formal_name("Mr. Ramesh Iyer") == "Mr. Iyer"
    assert people.formal_name("Dr Tom Okafor") == "Dr Okafor"
    assert people.formal_name("Priya Nair") == "Priya Nair"
    assert people.formal_name("Priya") == "Priya"


@pytest.mark.parametrize(
    "typed",
    [
        "deloitte is big firm, many clients, good for learn",
        "Huge global brand, lots of learning opportunities",
        "great exposure to many industries and clients",
        "good for my CV, they're one of the big four",
        "Deloitte!!",
    ],
)
def test_generic_draws_are_vague(typed: str) -> None:
    rules = _non_reasons(build_flow())
    assert reasons.non_reason(typed, rules, ignore="Deloitte") == "vague"


@pytest.mark.parametrize(
    "typed",
    ["their audit analytics work for rural hospitals", "the graduate rotation in forensics"],
)
def test_specific_draws_are_reasons(typed: str) -> None:
    rules = _non_reasons(build_flow())
    assert reasons.non_reason(typed, rules, ignore="Deloitte") is None


def test_misspelled_words_are_named_never_names() -> None:
    typed = "Our data analitics for sustainability people want proof."
    assert phrases.misspelled(typed) == ["analitics"]
    assert phrases.misspelled("we managment the enviroment") == ["managment", "enviroment"]
    # British spellings, work words, chat, products and the names kept are no slips.
    fine = "colour organisation analyse onboarding roadmap fitness apps haha github Deloitte"
    assert phrases.misspelled(fine, ["Kavya Rao", "Deloitte"]) == []
    # A capitalised word inside a sentence is a name, unless the text is a title.
    assert phrases.misspelled("we met Priya Raman in Los Angeles") == []
    assert phrases.misspelled("Audit Asociate", title=True) == ["Asociate"]


def test_the_word_list_loads_only_when_needed() -> None:
    code = (
        "import sys, flows.pivot.phrases, flows.pivot.drafts; print('spellchecker' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
