"""Blind review 11a of the plan lines: a typed answer with slips of a known kind is said as
meant rather than dropped (non-native shapes of several first languages), casual shorthand and
lower-case names never reach a spoken line, an organisation that takes "the" gets it, and a
reason keeps the clause or apposition that carries its point."""

from __future__ import annotations

import pytest

from flows.pivot import intake, typed
from tests.flows.test_plan_lines import pages

BASE = {
    "company": "Kestrel Labs",
    "role": "Graduate sales trainee",
    "company_fit": 5,
    "role_fit": 2,
}


def script(**data: str) -> str:
    """The "What to say" part of the pivot plan for ``BASE`` with ``data``."""
    text = pages({**BASE, "path": "pivot", "target": "data analytics", **data})
    return text.split("What to say", 1)[1].split("Don't speak against", 1)[0]


def drew(**data: str) -> str:
    """What the thank-you line says after "What drew me here is", up to its closing quote."""
    line = script(**data)
    assert "What drew me here is" in line, line
    return line.split("What drew me here is ", 1)[1].split('"', 1)[0]


@pytest.mark.parametrize(
    ("draws", "said"),
    [
        # Indian English: "there" for "their", a product name in lower case, "very much".
        (
            "i really like there data platform orbisight very much, i used it for my final year dissertation",
            "your data platform, Orbisight, which I used for my final-year dissertation.",
        ),
        # Spanish: the adverb between the verb and its object.
        ("I like very much your analytics tool lumora", "your analytics tool, Lumora."),
        # Chinese: "very like", a second clause about using it.
        (
            "i very like their mapping app tracely and we used it in my second year group project",
            "your mapping app, Tracely, which we used in my second-year group project.",
        ),
        # Arabic: the object said twice in a relative clause.
        (
            "their fraud model which I studied it in my masters thesis",
            "your fraud model which I studied in my master's thesis.",
        ),
        # German and French: "interesting in", an uncountable plural.
        (
            "I am very interesting in there open informations about flood risk",
            "your open information about flood risk.",
        ),
    ],
)
def test_a_reason_with_slips_of_a_known_kind_is_said_as_meant(draws: str, said: str) -> None:
    assert drew(draws=draws) == said


@pytest.mark.parametrize(
    ("evidence", "said"),
    [
        (
            "I use it since three years in my university projects",
            "I have used it for three years in my university projects",
        ),
        (
            "I am having 2 years experience in python dashboards",
            "I have 2 years of experience in Python dashboards",
        ),
        (
            "I made an internship where I built a churn model for a telecom",
            "I did an internship where I built a churn model for a telecom",
        ),
        (
            "i was part of team that won the uni robotics club hackathon",
            "I was part of the team that won the university robotics club hackathon",
        ),
    ],
)
def test_a_proof_with_slips_of_a_known_kind_is_said_as_meant(evidence: str, said: str) -> None:
    assert f'"For example, {said}."' in script(evidence=evidence)


def test_a_reason_whose_slips_cannot_be_mended_is_still_never_said() -> None:
    line = script(draws="the app make me more better with money since 2 years")
    assert 'What drew me here is ..." Finish it' in line
    assert "since 2 years" not in line and "make me" not in line


def test_there_as_a_place_is_left_alone() -> None:
    assert typed.repair("I worked there for two summers") == "I worked there for two summers"
    assert typed.repair("there is a lab there") == "there is a lab there"
    assert typed.repair("is there anything like it") == "is there anything like it"


def test_a_common_word_after_a_product_is_no_name() -> None:
    assert typed.repair("their app store listing") == "their app store listing"
    assert typed.repair("their data platform team") == "their data platform team"


@pytest.mark.parametrize(
    ("company", "draws", "said", "where"),
    [
        (
            "BBC",
            "esp their nature documentaries",
            "especially your nature documentaries.",
            "Your pivot plan for the BBC",
        ),
        (
            "NHS",
            "how they run the severn valley clinics",
            "how you run the Severn valley clinics.",
            "Your pivot plan for the NHS",
        ),
        ("IBM", "their quantum team", "your quantum team.", "Your pivot plan for IBM"),
        (
            "Met Office",
            "their ensemble forecasts",
            "your ensemble forecasts.",
            "Your pivot plan for the Met Office",
        ),
    ],
)
def test_shorthand_names_and_the_organisation_read_right_aloud(
    company: str, draws: str, said: str, where: str
) -> None:
    line = script(company=company, draws=draws)
    assert drew(company=company, draws=draws) == said
    # The organisation read right (its article), where the plan names it: its title.
    assert where in pages({**BASE, "path": "pivot", "target": "data analytics", "company": company})
    # Said to its own people, the plan's spoken lines never name it as an outsider would
    # (review d30, item 2): "hearing how your team works", "Is there a team here ...".
    assert "hearing how your team works" in line and "Is there a team here" in line
    assert "esp " not in line


def test_a_passive_with_got_and_club_shorthand_never_reach_the_line() -> None:
    line = script(draws="their wildlife films, my uni film soc got shown two of them")
    assert "got shown" not in line and " soc " not in line and " uni " not in line
    assert (
        "What drew me here is your wildlife films. My university film society was shown two of them."
        in line
    )


@pytest.mark.parametrize(
    ("draws", "said"),
    [
        (
            "their ocean team, built the 2023 tide model I used in my thesis",
            "your ocean team, who built the 2023 tide model I used in my thesis.",
        ),
        (
            "their ocean team - the one behind the tide model I used in my thesis",
            "your ocean team, the one behind the tide model I used in my thesis.",
        ),
        (
            "their ocean team, whose tide model I used in my thesis",
            "your ocean team, whose tide model I used in my thesis.",
        ),
    ],
)
def test_a_reason_keeps_the_clause_that_carries_its_point(draws: str, said: str) -> None:
    assert drew(draws=draws) == said


def test_the_intake_keeps_a_reason_whose_clause_carries_its_point() -> None:
    # The intake no longer cuts "their ocean team, built ..." at its comma.
    draws = "their ocean team, built the 2023 tide model I used in my thesis"
    assert not intake.unsayable(typed.repair(draws))
    assert typed.said_reason(draws, "Kestrel Labs").startswith("your ocean team, who built")


# Three students played through Prepare (finding 4): a US student typing on a phone, an Indian
# English speaker and a German speaker. Each line is read aloud as the student would say it.
PHONE = {
    "company": "Spotify",
    "role": "sales development rep",
    "draws": "ngl i use there app like every day n the wrapped thing is so fun lol",
    "target": "music data stuff",
    "evidence": "built a lil dashboard w python for my uni radio, like 200 ppl used it",
}
INDIAN = {
    "company": "Infosys",
    "role": "Testing engineer",
    "draws": "I am very much impressed with there AI platform topaz, I have done certification on it",
    "target": "data science role",
    "evidence": "I have developed one chatbot for our college fest which was used by 500+ students",
}
GERMAN = {
    "company": "Siemens Energy",
    "role": "Sales Engineer",
    "draws": "I find very interesting your hydrogen projects, especially the plants in germany",
    "target": "grid data analysis",
    "evidence": "I have made an internship at Bosch where I automated the reporting with Python",
}


@pytest.mark.parametrize(
    ("student", "said", "never"),
    [
        (
            PHONE,
            [
                "What drew me here is that I use your app every day",
                "For example, I built a little dashboard with Python for my university radio, "
                "and about 200 people used it.",
                "my best work is in music data.",
            ],
            [
                "like every day",
                "lil ",
                "uni radio",
                "like 200",
                " ppl",
                "lol",
                "best work is in music data work",
            ],
        ),
        (
            INDIAN,
            [
                "What drew me here is your AI platform, Topaz: I have a certification in it.",
                "my best work is in data science.",
                "For example, I have developed a chatbot for our college fest",
                "shows you'd do well in data science?",
            ],
            ["done certification", "one chatbot", "data science role", "impressed with"],
        ),
        (
            GERMAN,
            [
                "What drew me here is your hydrogen projects, especially the plants in Germany.",
                "For example, I have done an internship at Bosch where I automated the reporting with Python.",
            ],
            ["find very interesting", "made an internship", "germany"],
        ),
    ],
)
def test_three_students_plan_lines_read_aloud(
    student: dict[str, str], said: list[str], never: list[str]
) -> None:
    text = pages({**BASE, "path": "pivot", **student})
    for words in said:
        assert words in text
    for words in never:
        assert words not in text


def test_like_as_a_verb_is_kept() -> None:
    assert typed.repair("I like every feature they ship") == "I like every feature they ship"
    assert typed.repair("it felt like every team knew each other") == (
        "it felt like every team knew each other"
    )


@pytest.mark.parametrize(
    ("draws", "said"),
    [
        ("their team, made up of former teachers", "your team, made up of former teachers"),
        ("their app, built on open transport data", "your app, built on open transport data"),
        ("their mission, especially the climate work", "your mission, especially the climate work"),
    ],
)
def test_a_phrase_said_of_the_thing_is_no_new_sentence(draws: str, said: str) -> None:
    assert typed.said_reason(draws, "Acme") == said


def test_people_named_first_are_who() -> None:
    said = typed.said_reason("the people I met at the careers fair, they were so welcoming", "Acme")
    assert said == "the people I met at the careers fair, who were so welcoming"


@pytest.mark.parametrize(
    ("typed_text", "said"),
    [
        # Spanish: "the people is"; Chinese: "papers of you"; Arabic: "read about it".
        ("the people is very kind", "the people are very kind"),
        ("I read many papers of you", "I read many of your papers"),
        (
            "the grant scheme which I read about it online",
            "the grant scheme which I read about online",
        ),
        # German: "find very good X", "made a bachelor thesis", "in my master".
        ("I find very good your cloud tools", "I find your cloud tools very good"),
        ("I have made a bachelor thesis about ERP", "I have written a bachelor's thesis about ERP"),
        ("I studied grid data in my master", "I studied grid data in my master's"),
    ],
)
def test_more_second_language_slips_are_mended(typed_text: str, said: str) -> None:
    assert typed.repair(typed_text) == said


def test_a_liking_that_runs_into_a_clause_is_said_whole() -> None:
    said = typed.said_reason(
        "i love there radio shows like every day n the station got sent one", "BBC"
    )
    assert said == "that I love your radio shows every day and the station was sent one"
