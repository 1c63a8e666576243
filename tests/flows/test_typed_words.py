"""Typed words as they are said in plans and drafts (review 5): non-answers, shorthand and
capitals, names read out of chat, and what the company's "you" may replace."""

from __future__ import annotations

import pytest

from flows.pivot import people, phrases


@pytest.mark.parametrize(
    "typed",
    ["no", "No.", "idk", "idk lol", "not sure", "Not sure yet", "nothing", "n/a", "N/A", "dunno",
     "?", "??", "lol", "nope!", "🤷", "i dont know", "I don't know",
     # A single letter or figure, and keyboard mash (issue 10, review 26a item 18).
     "x", "X.", "q", "5", "&", "asdf", "Asdf", "qwerty", "asdfgh", "sdfsdf", "jkl", "hjkl",
     "jkjkjk", "aaaa", "zxcv", "asdf jkl", "sdkfjhsdf"],
)  # fmt: skip
def test_non_answers_are_recognised(typed: str) -> None:
    assert phrases.non_answer(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "UX research",
        "no-code tools",
        "nonprofit work",
        "data",
        "n8n automations",
        "sales ops",
        # Real short answers and names that only look like mash (issue 10).
        "UX",
        "HR",
        "ops",
        "R&D",
        "Bo",
        "Ng",
        "Asda",
        "KPMG",
        "kpmg",
        "hsbc",
        "DFS",
        "SAP",
        "flask",
        "Krzysztof",
        "BBC",
        "bbc",
        "ASDF",
        "Abba",
        "Ertugrul",
        "html",
        "sql",
        "Dash",
        "Ana",
    ],
)
def test_real_answers_are_not_non_answers(typed: str) -> None:
    assert not phrases.non_answer(typed)


@pytest.mark.parametrize(
    ("typed", "want"),
    [
        ("talking to users n figuring out why", "talking to users and figuring out why"),
        ("why ppl drop fitness apps w my team", "why people drop fitness apps with my team"),
        ("i built it tho", "I built it though"),
        ("learning spanish since monday", "learning Spanish since Monday"),
        ("a/b experiments in python", "A/B experiments in Python"),
        ("my hci class", "my HCI class"),
        # Words that only look like shorthand stay: "R&D", "n/a", "Ian", "within".
        ("R&D within Ian's team", "R&D within Ian's team"),
    ],
)
def test_written_spells_out_shorthand_and_names(typed: str, want: str) -> None:
    assert phrases.written(typed) == want


def test_target_keeps_they_that_is_not_the_company() -> None:
    said = phrases.company_as_you("UX research, figuring out why they quit", "Duolingo")
    assert said == "UX research, figuring out why they quit"
    assert phrases.company_as_you("their data team", "Acme") == "your data team"
    assert phrases.company_as_you("Acme's data team", "Acme") == "your data team"


@pytest.mark.parametrize(
    "typed",
    [
        "i love the app, used it for 400 days streak learning spanish",
        "their podcast, listened to it every week since 2022",
        "the people, loved the interviewer",
    ],
)
def test_chat_that_runs_on_is_not_shaped_after_what_draws_me(typed: str) -> None:
    assert not phrases.shapes_as_complement(typed, "Acme")


@pytest.mark.parametrize(
    "typed",
    [
        "I've used their gear for years and I love their repair-and-resell program",
        "their mission, especially the climate work",
        "the way they test stuff w a/b experiments",
    ],
)
def test_reasons_that_fit_the_sentence_are_shaped(typed: str) -> None:
    assert phrases.shapes_as_complement(typed, "Acme")


@pytest.mark.parametrize(
    ("typed", "want"),
    [
        (
            "omg ok so its sam lee, she runs ux research for the learning team",
            ("Sam Lee", "who runs UX research for the learning team"),
        ),
        ("her name is priya nair i think", ("Priya Nair", "")),
        ("she's called ana ruiz", ("Ana Ruiz", "")),
        ("her manager in data team, i dont know the name", ("", "her manager in data team")),
        ("the sales manager", ("", "the sales manager")),
        ("in data team", ("", "in data team")),
        ("Joy Chen, who leads merchandising analytics", ("Joy Chen", "who leads merchandising analytics")),
        ("Dr de Vries", ("Dr de Vries", "")),
        ("dont know", ("", "")),
        ("no", ("", "")),
        ("idk lol", ("", "")),
    ],
)  # fmt: skip
def test_read_name(typed: str, want: tuple[str, str]) -> None:
    assert people.read_name(typed) == want


@pytest.mark.parametrize(
    ("typed", "want"),
    [
        ("he was the sales manager i think", "sales manager"),
        ("she's the head of ux maybe", "head of UX"),
        ("ok so it's the hiring manager for sales", "sales hiring manager"),
    ],
)
def test_titles_lose_their_frames(typed: str, want: str) -> None:
    assert phrases.job_title(typed) == want


def test_long_target_is_said_by_its_head() -> None:
    typed = "data science and specially the demand forecasting"
    assert phrases.head(typed) == "data science"
    assert phrases.work(typed) == "data science"


def test_detail_in_the_present_is_said_as_what_was_heard() -> None:
    typed = "you explain how you onboard 1000 new sellers every week"
    assert phrases.note_detail(typed, [], False) == (
        "thing",
        "hearing how you onboard 1000 new sellers every week",
    )


def test_slips_kept_as_typed_are_named() -> None:
    assert phrases.unsure_words("your advise to learn SQL, and the informations") == [
        "advise",
        "informations",
    ]
    assert phrases.unsure_words("I advise students on SQL") == []


@pytest.mark.parametrize(
    ("typed", "met", "person"),
    [
        ("Mrs. Ana Gómez", [], True),
        ("Dr Lee", [], True),
        ("ms priya nair", [], True),
        ("Sir Ramesh", [], True),
        ("Ana Gómez", ["Ana Gómez"], True),
        ("ana", ["Ana Gómez"], True),
        ("Ana Gómez.", ["Ana Gómez"], True),
        ("MS Excel reporting", [], False),  # Microsoft's initials, no title of address
        ("the energy and renewables consulting", ["Ana Gómez"], False),
        ("Ana's team", ["Ana Gómez"], False),
        ("Drone analytics", [], False),
        ("Missions and programmes", [], False),
        ("UX", [], False),
    ],
)
def test_a_person_named_where_work_is_asked(typed: str, met: list[str], person: bool) -> None:
    """Issue 10 (review 26a item 18): "Mrs. Ana Gómez" typed where a team or a kind of work is
    asked is a person's name, as is the name (or first name) of someone already met."""
    assert phrases.names_a_person(typed, met) is person


@pytest.mark.parametrize(
    ("typed", "want"),
    [
        ("tracked listener drop off", "tracked listener drop-off"),
        ("tracked the drop off rate", "tracked the drop-off rate"),
        ("a short write up by monday", "a short write-up by monday"),
        ("the follow up email", "the follow-up email"),
        ("her kick off meeting", "her kick-off meeting"),
        ("I built the sign up flow", "I built the sign-up flow"),
        # As verbs they stay apart.
        ("users drop off after a week", "users drop off after a week"),
        ("I'll follow up with her", "I'll follow up with her"),
        ("to set up the event", "to set up the event"),
        ("we set up a rota", "we set up a rota"),
        ("Did Sam follow up?", "Did Sam follow up?"),
        ("let me check in", "let me check in"),
        ("I drop off the kids", "I drop off the kids"),
    ],
)
def test_a_verb_pair_used_as_a_noun_is_written_as_one(typed: str, want: str) -> None:
    """Issue 10 (review 26a items 16, 24): "listener drop off" is "listener drop-off"."""
    assert phrases.particle_nouns(typed) == want


@pytest.mark.parametrize(
    ("typed", "want"),
    [
        ("in analytics, eg i built a dashboard", "in analytics, for example, i built a dashboard"),
        ("Eg I built a dashboard", "For example, I built a dashboard"),
        ("small tools, ie scripts", "small tools, that is, scripts"),
        ("an egg and a tie", "an egg and a tie"),
    ],
)
def test_bare_abbreviations_are_said_in_words(typed: str, want: str) -> None:
    """Issue 10 (review 26a item 24): "eg" and "ie" typed without full stops, said in words."""
    assert phrases.abbreviations_said(typed) == want


def test_a_long_proof_keeps_its_sentence_with_a_result() -> None:
    """Issue 10 (review 26a item 23): a pasted paragraph is said by its sentence with a result;
    a short proof is kept whole."""
    from flows.pivot import intake

    short = "I built a usage dashboard in Looker that my team used for renewals"
    assert intake.proof_said(short) == short
    pasted = (
        "I have volunteered at the food bank near my flat every Saturday since my second year, "
        "mostly sorting donations and helping at the front desk when people come in with "
        "questions about opening hours. Last spring I built a spreadsheet tracker that cut the "
        "weekly stock count from three hours to forty minutes. The coordinators asked me to "
        "train two other volunteers on it, which I did over two Saturdays in May last year."
    )
    assert intake.proof_said(pasted) == (
        "Last spring I built a spreadsheet tracker that cut the weekly stock count from three "
        "hours to forty minutes."
    )
