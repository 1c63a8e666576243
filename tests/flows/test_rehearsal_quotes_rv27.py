"""The rehearsal quotes and rewrites the student faithfully (issue 10/11, a counsellor's blind
review): a quote of their words is their words, with a clause cut by "…" at most, never a comma
made a full stop ("Listening to you describe the claims role. I can see my best ...")."""

from __future__ import annotations

import re

import pytest

from bot.markup import to_plain
from flows.pivot.feedback import coach_note, said_cleanly, stronger_parts
from flows.pivot.scoring import Context, analyse

HARBOR = Context(
    company="Harbor Mutual",
    role="claims associate",
    target="data analysis",
    draws="how they rebuilt claims around customers",
    evidence="I built a dashboard that cut our backlog by 20%",
    last_line="Do you have any questions for us?",
)
OPEN = (
    "Thank you, I've enjoyed this. What draws me to Harbor Mutual is how you rebuilt claims "
    "around customers. "
)
TAIL = (
    " Is there a team doing that kind of work, and is there someone you'd suggest I talk to?"
    " I'm happy to stay in the process, and may I keep in touch?"
)

# -- 1: a phrase that leads into the sentence is never quoted as a sentence of its own --------

LEAD_INS = [
    "Listening to you describe the claims role, I can see my best work is in data analysis "
    "rather than handling calls: I built a dashboard that cut our backlog by 20%.",
    "Hearing you talk about the renewal targets, I realise my best work is in data analysis "
    "rather than outreach, and I built a dashboard that cut our backlog by 20%.",
    "Having heard you describe the day to day, I can see it's mostly calls, and I do my best "
    "work in data analysis: I built a dashboard that cut our backlog by 20%.",
    "Now that you've walked me through the role, I can see my best work is in data analysis, "
    "not calls: I built a dashboard that cut our backlog by 20%.",
    "From what you've told me about the role, I think my strengths sit more in data analysis "
    "than in handling calls; I built a dashboard that cut our backlog by 20%.",
    "Like you said, it's mostly calls, and I do my best work in data analysis: I built a "
    "dashboard that cut our backlog by 20%.",
]


def _quotes(text: str) -> list[str]:
    return re.findall(r'"([^"]+)"', text)


def _theirs(quote: str, answer: str) -> bool:
    """Each part of ``quote`` between cuts ("…") is in ``answer`` as they typed it."""
    return all(part.strip() in answer for part in quote.split("…") if part.strip())


@pytest.mark.parametrize("middle", LEAD_INS)
def test_what_worked_and_the_parts_to_keep_quote_their_words(middle: str) -> None:
    answer = OPEN + middle + TAIL
    reading = analyse(answer, HARBOR)
    note, add = coach_note(reading.score, HARBOR, answer, analysis=reading)
    worked = to_plain(note).split("What worked", 1)[1].split("\n\n", 1)[0]
    assert _quotes(worked), note
    for quote in _quotes(worked):
        assert _theirs(quote, answer), (quote, note)
    version, _ = stronger_parts(HARBOR, answer, reading, total=reading.score.total, add=add)
    for quote in _quotes(to_plain(version)):
        if quote.startswith(("Is there someone", "Could you")):
            continue  # a line the coach adds, not one of theirs
        assert _theirs(quote, answer), (quote, version)


@pytest.mark.parametrize("middle", LEAD_INS)
def test_said_cleanly_keeps_a_lead_in_comma(middle: str) -> None:
    assert said_cleanly(middle) == middle


def test_a_real_splice_is_quoted_with_their_comma() -> None:
    middle = "Honestly my best work is in data analysis, I built a dashboard that cut our backlog."
    answer = OPEN + middle + TAIL
    reading = analyse(answer, HARBOR)
    note, add = coach_note(reading.score, HARBOR, answer, analysis=reading)
    version, _ = stronger_parts(HARBOR, answer, reading, total=reading.score.total, add=add)
    for text in (to_plain(note), to_plain(version)):
        assert "data analysis. I built" not in text, text
    # Said aloud elsewhere (a line the coach writes), the splice is still two sentences.
    assert said_cleanly(middle) == (
        "Honestly my best work is in data analysis. I built a dashboard that cut our backlog."
    )


# -- 2: the plan's own ask earns the ask in full; a suggested ask never invents a long team ------

LONG = Context(
    company="Harbor Mutual",
    role="claims associate",
    target="population health analytics and program evaluation",
    draws="how they rebuilt claims around customers",
    evidence="I built a dashboard that cut our backlog by 20%",
    last_line="Do you have any questions for us?",
)
PITCH = (
    "Thank you, I've enjoyed this. What draws me to Harbor Mutual is how you rebuilt claims "
    "around customers. Listening to you describe the claims role, I can see my best work is in "
    "data analysis rather than handling calls: I built a dashboard that cut our backlog by 20%. "
)
CLOSE = " I'm happy to stay in the process, and may I keep in touch?"


@pytest.mark.parametrize(
    "ask",
    [
        # The plan's ask, as the plan says it and as students say it back.
        "Is there a team here doing that kind of work? Is there someone there you'd suggest I "
        "talk to?",
        "Is there a team doing that kind of work, and is there someone you'd suggest I talk to?",
        "Is there a team here that does this kind of work, and someone you'd recommend I speak "
        "with?",
        "Is there a group working on that sort of work here, and who would you suggest I talk to?",
        "Is there anyone here doing that kind of work you'd suggest I talk to?",
    ],
)
@pytest.mark.parametrize("ctx", [LONG, HARBOR])
def test_the_plans_ask_earns_the_ask_in_full(ask: str, ctx: Context) -> None:
    answer = PITCH + ask + CLOSE
    reading = analyse(answer, ctx)
    assert reading.score.elements["E5"] == 2, reading.score.elements
    note = to_plain(coach_note(reading.score, ctx, answer, analysis=reading)[0])
    assert "ask is partly there" not in note, note
    assert "make the ask specific" not in note, note


@pytest.mark.parametrize(
    "target",
    [
        "population health analytics and program evaluation",
        "machine learning engineering on recommendation systems",
        "UX research for accessibility tools, ideally in healthcare",
    ],
)
@pytest.mark.parametrize(
    "ask",
    [
        "Could you point me to someone?",
        "Is there someone you'd suggest I talk to?",
        "Who would you suggest I talk to?",
        "",
    ],
)
def test_a_suggested_ask_never_names_a_long_fit_as_a_team(target: str, ask: str) -> None:
    ctx = Context(
        company="Harbor Mutual",
        role="claims associate",
        target=target,
        draws="how they rebuilt claims around customers",
        evidence="I built a dashboard that cut our backlog by 20%",
        last_line="Do you have any questions for us?",
    )
    answer = PITCH + ask + CLOSE
    reading = analyse(answer, ctx)
    note, add = coach_note(reading.score, ctx, answer, analysis=reading)
    version, _ = stronger_parts(ctx, answer, reading, total=reading.score.total, add=add)
    for text in (to_plain(note), to_plain(version)):
        assert f"{target} team" not in text, text
        assert f"someone in {target} you'd" not in text, text


# -- 3: asked what they'd want from the person offered, the version keeps their reason and proof

VERDANA = Context(
    company="Verdana Energy",
    role="inside sales representative",
    target="product analytics",
    draws="their grid forecasting launch",
    evidence="I built a usage dashboard that my team used for renewals",
    last_line="I could introduce you to our product analytics lead. What would you want from them?",
)


@pytest.mark.parametrize(
    ("answer", "kept"),
    [
        (
            "I'd want to understand how they use customer data, and whether someone with my "
            "background, I built a usage dashboard my team used for renewals, could add value "
            "there. Mostly I'd value 20 minutes of their advice.",
            ["customer data", "usage dashboard", "20 minutes of their advice"],
        ),
        (
            "Sure. I'd like to hear how they forecast churn, since I built a usage dashboard my "
            "team used for renewals.",
            ["forecast churn", "usage dashboard"],
        ),
        (
            "Yes please. I'd love to learn how they pick which customer metrics to track.",
            ["customer metrics"],
        ),
        (
            "Thanks. I want to understand what skills they hire for, and I'd ask how people "
            "move into the team.",
            ["what skills they hire for"],
        ),
    ],
)
def test_what_they_want_from_the_person_is_kept(answer: str, kept: list[str]) -> None:
    reading = analyse(answer, VERDANA)
    version, _ = stronger_parts(VERDANA, answer, reading, total=min(reading.score.total, 13))
    plain = to_plain(version)
    for words in kept:
        assert words in plain, plain
    assert "what the work involves day to day" not in plain, plain


# -- 4: their own question after the version's yes is the question, without "Just one:" ------

FLOATED = Context(
    company="Verdana Energy",
    role="inside sales representative",
    target="product analytics",
    draws="their grid forecasting launch",
    evidence="I built a usage dashboard that my team used for renewals",
    last_line=(
        "Oh, funny you mention it: our product analytics team is hiring right now. Want me to "
        "connect you?"
    ),
)


@pytest.mark.parametrize(
    ("answer", "question"),
    [
        (
            "Yes. Just one: what do strong new hires do in their first 90 days there?",
            "What do strong new hires do in their first 90 days there?",
        ),
        ("ok. One question: who leads that team?", "Who leads that team?"),
        (
            "Sure. Just a quick one - what are they working on this year?",
            "What are they working on this year?",
        ),
        (
            "Yes. Only one thing: how do people usually move between teams here?",
            "How do people usually move between teams here?",
        ),
    ],
)
def test_a_yes_is_followed_by_the_question_itself(answer: str, question: str) -> None:
    reading = analyse(answer, FLOATED)
    version, _ = stronger_parts(FLOATED, answer, reading, total=reading.score.total)
    plain = to_plain(version)
    assert question in plain, plain
    for lead in ("Just one", "One question", "quick one", "Only one thing"):
        assert lead not in plain, plain
