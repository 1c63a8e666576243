"""Blind counsellor review j27 (issue 11): kinds the rules judge got wrong, each fixed at its kind.

1. Casual or brief answers that DO answer the line are never "ignores the line" nor a string
   of keywords: phone-typed clauses ("theyd get someone who's already ...", "yes def!! ...",
   "who runs it?"), a role named with its side ("one of the producers on the co-op side") and
   a product of theirs liked by name ("I am big fan of Hollow Lantern") in non-native English.
2. Gamed and canned answers do not score solid: a generic pitch pasted in reply to a yes-or-no
   offer answers neither yes nor no; "I built a project" with no what and no result is no
   proof; rubric labels typed in lower case with full stops are still a labelled list.
3. Asking for any job over there ("I'd happily take any role in that team, whatever is
   going") is asking for a job, scored as "give me a job on that team" is: a demand, however
   good the answer before it.
4. A tentative, apologetic question about other openings, with no demand in it, is a weak
   reply (rework), not a red flag and not a restart.

Every answer here is written for these tests, in wording of its own (none is in any labelled
set nor the review's words).
"""

from __future__ import annotations

import pytest

from flows.pivot.scoring import Context, score

STUDIO = Context(
    company="Larkspur Games",
    role="QA Tester",
    target="level design",
    draws="their co-op puzzle games",
    evidence="a fan-made level pack with 12,000 downloads",
)
ROASTER = Context(
    company="Juniper Roasters",
    role="Barista",
    target="coffee sourcing",
    draws="their direct-trade partnership with Huila growers",
    evidence="a supplier price tracker for the student union cafe that saved 8% on beans",
)


def at(line: str, c: Context = STUDIO) -> Context:
    return Context(c.company, c.role, c.target, c.draws, c.evidence, line)


# -- 1. casual and brief answers that answer the line ------------------------------------------

WHO_WHY = "Which person, specifically? And why would they give you the time?"

CASUAL_WHO = [
    "prob one of the producers on the co-op side. theyd get someone whos already built a fan "
    "level pack w 12k downloads, id only need 15 mins",
    "prolly a senior designer on the puzzle side tbh. theyd be talking to someone who already "
    "shipped a level pack that got 12k downloads, so not a total beginner",
    "prob a senior designer tbh. theyd get someone who already made a fan level pack w 12k "
    "downloads, id only need 15 mins",
    "maybe an editor or producer from level design. theyd get a person who made a fan pack w "
    "12k downloads n wants to learn how they plan a level",
]


@pytest.mark.parametrize("text", CASUAL_WHO)
def test_a_casual_who_and_why_answers_the_line(text: str) -> None:
    s = score(text, at(WHO_WHY))
    assert "ignores_interviewer" not in s.red_flags, (s.red_flags, s.elements)
    assert not {"stuffing", "fragments"} & set(s.gaming), s.gaming
    assert s.elements["E1"] == 2, s.elements
    assert s.band in ("solid", "ready"), (s.total, s.elements)


def test_the_same_who_and_why_in_formal_english_scores_alike() -> None:
    casual = score(CASUAL_WHO[0], at(WHO_WHY))
    formal = score(
        "Probably one of the producers on the co-op side. They would get someone who has "
        "already built a fan level pack with 12,000 downloads, and I would only need fifteen "
        "minutes.",
        at(WHO_WHY),
    )
    assert "ignores_interviewer" not in formal.red_flags, formal.red_flags
    assert abs(casual.total - formal.total) <= 2, (casual.total, formal.total)


RUSHED = "Sorry, we've only got a couple of minutes left."

PRODUCT_LIKED = [
    "Yes, a short one. I am big fan of Hollow Lantern, I play it with my sister every weekend. "
    "I think my skills are more for level design than testing, I made a level pack which has "
    "12000 downloads. It would be very nice to speak with somebody from level design one day. "
    "I will write you next week.",
    "Okay, quick one. I really love Mirrorfold, me and my brother finished it three times. My "
    "strength is level design more than testing, my level pack got 12000 downloads. Is possible "
    "to meet somebody of the level design team some day? I will send email next week.",
]


@pytest.mark.parametrize("text", PRODUCT_LIKED)
def test_a_product_of_theirs_liked_by_name_is_no_other_company(text: str) -> None:
    s = score(text, at(RUSHED))
    assert "ignores_interviewer" not in s.red_flags, (s.red_flags, s.elements)
    assert s.elements["E1"] == 2, s.elements
    assert s.elements["E2"] >= 1, s.elements  # liking their game is a reason for them
    assert s.total >= 10, (s.total, s.elements)


def test_liking_another_company_by_name_still_answers_another_interview() -> None:
    s = score(
        "What drew me to Tessellate Studios is their co-op design, and I'd love to join their "
        "level team. I built a fan level pack with 12,000 downloads.",
        at("Is there anything you'd like to ask us?"),
    )
    assert "ignores_interviewer" in s.red_flags, (s.red_flags, s.elements)


OFFER = "The level design team? They're hiring. Want an intro, yes or no?"

CASUAL_YES = [
    "yes def!! co-op puzzles = exactly why i applied. built a fan level pack, 12k downloads. "
    "who leads level design? still keen on the qa role, will msg u fri",
    "ya for sure, thank u!! level design > testing for me, i made a fan pack w 12k downloads. "
    "who runs that team? ill ping u next wk to say how it went",
]


@pytest.mark.parametrize("text", CASUAL_YES)
def test_a_casual_yes_to_an_offer_is_no_keyword_string(text: str) -> None:
    s = score(text, at(OFFER))
    assert "ignores_interviewer" not in s.red_flags, (s.red_flags, s.elements)
    assert not {"stuffing", "fragments"} & set(s.gaming), s.gaming
    assert s.elements["E1"] == 2, s.elements
    assert s.total >= 12, (s.total, s.elements)


def test_keywords_strung_together_are_still_stuffing() -> None:
    s = score(
        "yes enthusiasm co-op puzzles passion fit level design proof fan pack 12k downloads "
        "ask intro name door open process follow up thanks",
        at(OFFER),
    )
    assert "stuffing" in s.gaming, s.gaming
    assert s.total <= 9, (s.total, s.elements)


# -- 2. gamed and canned answers ----------------------------------------------------------------

CANNED = [
    "What excites me about this company is your recent releases and how you innovate. I'm "
    "strongest in creative design work. I built a project that my friends used. Is there a "
    "team where that would fit? I'm happy to stay in the process and I'll follow up soon.",
    "I'd love to tell you why this company appeals to me: your latest game and your culture. "
    "My strengths fit creative work better. I made a project that people liked. Is there a "
    "team that suits that? Happy to continue, and I'll keep in touch.",
]


@pytest.mark.parametrize("text", CANNED)
def test_a_canned_pitch_to_a_yes_or_no_offer_is_ignores_line(text: str) -> None:
    s = score(text, at(OFFER))
    assert "ignores_interviewer" in s.red_flags, (s.red_flags, s.elements)
    assert s.band in ("restart", "rework"), (s.total, s.elements)
    assert s.elements["E4"] <= 1, s.elements  # "I built a project": no what, no result


LOWER_LABELS = [
    "yes. enthusiasm for larkspur co-op puzzles. honest fit: level design over testing. proof "
    "- fan level pack, 12k downloads. ask: intro to level design. door open. follow up next "
    "week. thanks",
    "yes thank you. enthusiasm for larkspur, i really like how the co-op puzzle games make two "
    "players talk to each other. honest fit, my best work would be in level design rather "
    "than testing. i built a fan level pack that has 12,000 downloads. ask: could you "
    "introduce me to whoever leads level design? door open, i am happy to stay in the qa "
    "process. follow up, i will email you next week. thanks",
    "yes please. enthusiasm - the co-op puzzle games. fit - level design not qa. bridge - my "
    "level pack, 12000 downloads. ask - a name in level design. door - open. follow-up - email "
    "friday.",
]


@pytest.mark.parametrize("text", LOWER_LABELS)
def test_rubric_labels_in_lower_case_are_a_labelled_list(text: str) -> None:
    s = score(text, at("Is there anything you'd like to ask us?"))
    assert "labels" in s.gaming or "fragments" in s.gaming, s.gaming
    assert max(s.elements.values()) <= 1, s.elements
    assert s.elements["E8"] == 0, s.elements
    assert s.total <= 9, (s.total, s.elements)


# -- 3. any job over there ----------------------------------------------------------------------

GOOD = (
    "Yes please. The direct-trade partnership with Huila growers is why I applied. My best "
    "work is in coffee sourcing rather than behind the bar: I built a supplier price tracker "
    "for the student union cafe that saved 8% on beans. Could you introduce me to someone in "
    "sourcing for a short chat? I'm happy to stay in the process, and I'll follow up next week."
)
ANY_JOB = [
    " Thinking about it again, honestly, I'd gladly accept any role in sourcing, whatever's going.",
    " Although really, I would take any job on that team at all.",
    " tbh id do any position in sourcing that's going",
]


@pytest.mark.parametrize("ending", ANY_JOB)
def test_any_job_over_there_is_a_job_ask_like_a_direct_one(ending: str) -> None:
    asked = score(GOOD + ending, at("Is there anything you'd like to ask us?", ROASTER))
    direct = score(
        GOOD + " Could you just give me a job in sourcing instead?",
        at("Is there anything you'd like to ask us?", ROASTER),
    )
    assert "demands_job" in asked.red_flags, (asked.red_flags, asked.elements)
    assert asked.elements["E5"] == 0, asked.elements  # the switch undoes the low-friction ask
    assert asked.total == direct.total, (asked.total, direct.total)


def test_the_good_answer_alone_is_ready() -> None:
    s = score(GOOD, at("Is there anything you'd like to ask us?", ROASTER))
    assert s.band == "ready" and not s.red_flags, (s.total, s.red_flags)


def test_asking_whether_any_jobs_are_going_is_no_demand() -> None:
    s = score(
        GOOD + " Are there any jobs going in sourcing?",
        at("Is there anything you'd like to ask us?", ROASTER),
    )
    assert "demands_job" not in s.red_flags, s.red_flags


# -- 4. a tentative question about other openings ------------------------------------------------

NO_OPENINGS = "We don't have anything else open at the moment, I'm afraid."

TENTATIVE = [
    "Oh, that's fine, I understand, and sorry if this is cheeky. Might there be any other "
    "positions available at some point, perhaps in sourcing? I built a price tracker for the "
    "student union cafe that saved 8% on beans. Thank you for telling me.",
    "Oh, I'm sorry, I didn't mean to presume. I was only wondering whether there might be any "
    "other positions available at some point, perhaps in sourcing? I tracked supplier prices "
    "for the student union cafe and saved 8% on beans. Thank you for letting me know.",
    "Okay, no problem, sorry to ask. Would there maybe be any other roles available later in "
    "the year? I really like the Huila partnership.",
]


@pytest.mark.parametrize("text", TENTATIVE)
def test_a_tentative_question_about_openings_is_weak_not_a_flag(text: str) -> None:
    s = score(text, at(NO_OPENINGS, ROASTER))
    assert not s.red_flags, s.red_flags
    assert s.band == "rework", (s.total, s.elements)
    assert s.elements["E1"] == 2, s.elements  # it took the news up first
