"""Review 9b of the rules judge, each finding at its kind: a recited pivot in reply to "what have
you actually done?", conditional ultimatums in any register, a closing line that undercuts the
pivot, nervous delivery and texting register, and the timing and asks the judge misread."""

from __future__ import annotations

import pytest

from flows.pivot.scoring import CAP, Context, score

STUDIO = Context(
    company="Tidewater Press",
    role="Sales Coordinator",
    target="editorial work",
    draws="their coastal history series",
    evidence="a student magazine I edited",
)


def at(line: str) -> Context:
    c = STUDIO
    return Context(c.company, c.role, c.target, c.draws, c.evidence, line)


PROOF_LINES = [
    "Our editors will want proof. What have you actually done in that area?",
    "Fine, but what have you done that shows it?",
]
# A pivot recited in reply: thanks, the company's pull (with a "because"), fit and an ask, and
# not one thing the student has done.
RECITED = [
    "Thank you, I've really enjoyed hearing how Tidewater Press works. What drew me here is "
    "your coastal history series, because it makes local archives feel alive. I can see my best "
    "work is in editorial work. Is there a team doing that kind of work? I'd love to talk to "
    "someone there.",
    "Thanks so much for your time today. I applied mainly because your coastal history series "
    "is so well made, and I'd love to be closer to that. Editorial is where I do my best work. "
    "Could you point me to someone on the editorial side?",
]


@pytest.mark.parametrize("line", PROOF_LINES)
@pytest.mark.parametrize("text", RECITED)
def test_a_recited_pivot_does_not_answer_what_have_you_done(line: str, text: str) -> None:
    s = score(text, at(line))
    assert "ignores_interviewer" in s.red_flags
    assert s.total <= CAP


@pytest.mark.parametrize("line", PROOF_LINES)
def test_because_with_what_they_did_still_answers(line: str) -> None:
    s = score(
        "Because I edited a student magazine for two years and doubled its readers to 3,000. "
        "That's the work I'd love to do more of, so could I have a word with someone on the "
        "editorial team?",
        at(line),
    )
    assert "ignores_interviewer" not in s.red_flags
    assert s.elements["E1"] == 2


ULTIMATUM_LINES = [
    "So are you pulling out? Yes or no.",
    "Are you still in the running with us?",
]
ULTIMATUMS = [
    "if u can get me onto the history series team then no, otherwise yeah im out",
    "honestly if you cant move me across to editorial then im done here",
    "Unless you can put me on the editorial desk, I'll withdraw.",
    "If you could transfer me to editorial within the year, fine. Otherwise I'm gone.",
]


@pytest.mark.parametrize("line", ULTIMATUM_LINES)
@pytest.mark.parametrize("text", ULTIMATUMS)
def test_an_ultimatum_in_any_register_is_a_demand(line: str, text: str) -> None:
    s = score(text, at(line))
    assert "demands_job" in s.red_flags
    assert s.total <= CAP


@pytest.mark.parametrize("line", ULTIMATUM_LINES)
def test_a_fallback_of_staying_is_no_ultimatum(line: str) -> None:
    s = score(
        "No, not at all, I'd like to stay in. If you can put me in touch with someone from "
        "editorial that would be lovely, otherwise I'm happy to carry on as I am.",
        at(line),
    )
    assert "demands_job" not in s.red_flags


FULL_PIVOT = (
    "I applied because of your coastal history series, and I edited a student magazine that "
    "doubled its readers to 3,000. Editorial work is where I do my best work, so I'd value a "
    "short chat with someone on the editorial desk. I'm still keen on this role and will follow "
    "up next week."
)
UNDERCUTS = [
    "To be honest, I don't really expect you to help with any of it.",
    "Not that any of this really matters.",
    "I doubt anything will come of it, though.",
    "Probably all a waste of time anyway.",
]


@pytest.mark.parametrize("undercut", UNDERCUTS)
@pytest.mark.parametrize("first", [True, False])
def test_a_line_that_undercuts_the_pivot_is_a_red_flag_wherever_it_stands(
    undercut: str, first: bool
) -> None:
    text = f"{undercut} {FULL_PIVOT}" if first else f"{FULL_PIVOT} {undercut}"
    s = score(text, at("Why did you apply for this one?"))
    assert "disparages_role" in s.red_flags
    assert s.total <= CAP


@pytest.mark.parametrize(
    "closing",
    ["I'll most likely just pull out tomorrow.", "Either way I'm going to withdraw after this."],
)
def test_announcing_a_withdrawal_is_leaving_early(closing: str) -> None:
    s = score(f"{FULL_PIVOT} {closing}", at("Why did you apply for this one?"))
    assert "leaves_early" in s.red_flags
    assert s.total <= CAP


def test_the_pivot_itself_and_a_polite_no_rush_stay_clean() -> None:
    for text in (
        FULL_PIVOT,
        FULL_PIVOT + " I don't expect you to have a name today, of course.",
    ):
        s = score(text, at("Why did you apply for this one?"))
        assert not s.red_flags, text
        assert s.total >= 10


OPEN = "Do you have any questions for us?"
PIVOT_START = (
    "Thank you for telling me about Tidewater Press, I really like your coastal history series. "
    "My best work is in editorial work: I edited a student magazine that doubled its readers to "
    "3,000. "
)


@pytest.mark.parametrize(
    "ask",
    [
        "Uh, could I, uh, maybe talk to someone on the editorial desk?",
        "So, um, would it be, like, okay to meet someone from editorial?",
    ],
)
def test_an_ask_wrapped_in_fillers_is_half_an_ask(ask: str) -> None:
    plain = score(PIVOT_START + "Could I talk to someone on the editorial desk?", at(OPEN))
    nervous = score(PIVOT_START + ask, at(OPEN))
    assert plain.elements["E5"] == 2
    assert nervous.elements["E5"] == 1
    assert nervous.total < plain.total


@pytest.mark.parametrize(
    "text",
    [
        "real talk tho my best stuff is editorial. your coastal history series is why i applied, "
        "i edited a student magazine that doubled its readers to 3,000. could i talk to someone "
        "on the editorial desk? i will follow up next week, and i am still glad to be considered "
        "for the sales role if you see a fit, because your team has been great to talk to today",
        "ngl i'm kinda more of an editorial person, gonna be honest. loved your coastal history "
        "series, i edited a student magazine that doubled its readers to 3,000. could i talk to "
        "someone on the editorial desk? i will follow up next week, and i am still glad to be "
        "considered for the sales role if you see a fit, your team has been great to talk to",
    ],
)
def test_texting_slang_is_not_full_interview_delivery(text: str) -> None:
    assert 45 <= len(text.split()) <= 210  # within the ideal length: only the register is off
    s = score(text, at(OPEN))
    assert s.elements["E8"] <= 1


def test_phone_abbreviations_alone_keep_full_delivery() -> None:
    s = score(
        "thank u, i really like ur coastal history series. my best work is in editorial work, i "
        "edited a student magazine that doubled its readers to 3,000. cd u point me to someone "
        "on the editorial desk? i'll follow up next wk, and i'm still glad to be considered.",
        at(OPEN),
    )
    assert s.elements["E8"] == 2


@pytest.mark.parametrize(
    "text",
    [
        "Thank you so much. I'd love a word with someone from editorial, as I edited a student "
        "magazine for two years.",
        "Thanks. Ten minutes with someone on the editorial desk would help me a lot.",
        "Thank you. I'd really appreciate a quick chat with one of your editors.",
    ],
)
def test_a_word_or_a_few_minutes_with_someone_is_an_ask(text: str) -> None:
    assert score(text, at(OPEN)).elements["E5"] == 2
