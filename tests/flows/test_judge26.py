"""Judge faults of issue 11's blind review, round j26, each fixed at its kind.

1. Curveball lines put in other words read as no curveball at all ("unknown"), so a good, short
   answer to them was scored as a whole pivot and fell well below its label:
   - who would you talk to, as a wish or a hypothetical ("if you could sit down with anyone
     here, who would it be?", "one coffee: with whom?");
   - would you take it, as "the job's yours, do you say yes?", "if offered, are you taking it?";
   - no openings, without the word ("there's nothing going in X", "no budget for new people",
     "we're not taking on anyone", "that team is full");
   - an introduction offered as passing their details on; the sceptic's "convince me".
2. Taking the offer said as what they can do ("I can take the X job for now") answers "would you
   take it?": no longer read as ignoring the line.
3. An answer written for another interview: its reason for applying is another company's work,
   or it pivots to a team it names, with proof, and says nothing of this rehearsal.
4. Gaming: the exercise mocked round the stock sentences; retractions typed short ("nvm").
5. A behavioural question: a pivot whose only scene words sit in company praise does not answer
   it; a story told casually does (judge_dev9).
6. The role's work belittled in reasonable-sounding sentences (judge_dev9).
7. The role's chores, named as a sentence's subject, claimed as a lifelong wish (judge_dev9).
8. An offered introduction heard with a bare "oh", then ignored (judge_dev9).
9. A follow-up promised without "you" ("I will send a mail today") (judge_dev9).

Every answer and line here is written for these tests, in wording of its own (none is in any
labelled set).
"""

from __future__ import annotations

import pytest

from flows.pivot.scoring import Context, classify_line, score

MILL = Context(
    company="Oakhurst Paper Mill Museum",
    role="Retail and Ticketing Assistant",
    target="conservation of the archive and the historic machinery",
    draws="the restored 1890s beating engine and its hand-made paper workshops",
    evidence="a placement where I catalogued 400 water-damaged ledgers for the county archive",
)


def at(line: str) -> Context:
    c = MILL
    return Context(c.company, c.role, c.target, c.draws, c.evidence, line)


# -- 1. curveball lines in other words ---------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("If you could sit down with anyone at the museum, who would that be?", "who_particular"),
        ("Say I arranged a single coffee for you. With whom?", "who_particular"),
        ("Who here would you most want to meet, realistically?", "who_particular"),
        ("Is there one particular colleague you'd want me to mention you to?", "who_particular"),
        ("Picture this: the role's yours on Monday. Do you say yes?", "would_take_offer"),
        ("Straight question: if offered, are you taking the retail post?", "would_take_offer"),
        ("Suppose this were on the table tomorrow; would you sign?", "would_take_offer"),
        ("To be frank, there's nothing going in conservation this year.", "no_openings"),
        ("The archive has no funding for extra staff at the moment.", "no_openings"),
        ("We aren't taking on anyone in the workshops, sorry.", "no_openings"),
        ("Our conservation department is fully staffed for now.", "no_openings"),
        ("I'm glad to forward your CV to the archivist, if that's useful?", "floated_team"),
        ("Convince me our archivist should give you an hour.", "prove_it"),
    ],
)
def test_a_curveball_in_other_words_is_read_as_that_curveball(line: str, kind: str) -> None:
    assert classify_line(line) == kind


@pytest.mark.parametrize(
    ("line", "text", "floor"),
    [
        (
            "If you could sit down with anyone at the museum, who would that be?",
            "Most likely the person who looks after the archive, because cataloguing 400 "
            "water-damaged ledgers on placement is the work I enjoyed most. Could you tell me "
            "who that is? I'd email them this week.",
            12,
        ),
        (
            "Picture this: the role's yours on Monday. Do you say yes?",
            "Honestly, I'd want a day to think. I love the museum, but my best work is in "
            "conservation; on placement I catalogued 400 damaged ledgers. Might I talk to "
            "someone in the archive first? I'm happy to carry on in the process meanwhile.",
            12,
        ),
        (
            "The archive has no funding for extra staff at the moment.",
            "That's fine, I'm not chasing a job there. I'd just value half an hour with "
            "someone in the archive to hear how they decide what to conserve. Is that "
            "something you could help with? I'd like to stay in the process for this role.",
            10,
        ),
    ],
)
def test_a_good_answer_to_a_reworded_curveball_is_scored_for_that_moment(
    line: str, text: str, floor: int
) -> None:
    result = score(text, at(line))
    assert result.red_flags == [], result
    assert result.total >= floor, result


# -- 2. "I can take it" answers "would you take it?" -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I could do the retail job for a while, and I'd do it well. Where I really shine is "
        "conservation. Is there someone in the archive I might speak with?",
        "I'd happily take the ticketing post for now. My strongest work, though, is archive "
        "conservation: I catalogued 400 ledgers on placement. Who in conservation could I ask?",
    ],
)
def test_taking_the_offer_said_as_what_they_can_do_answers_the_line(text: str) -> None:
    result = score(text, at("Straight question: if offered, are you taking the retail post?"))
    assert "ignores_interviewer" not in result.red_flags, result
    assert result.elements["E1"] == 2, result
    assert result.total >= 8, result  # no longer capped at 5


# -- 3. an answer written for another interview ------------------------------------------------

OPEN = "Before we wrap up, what would you like to ask me?"


@pytest.mark.parametrize(
    "text",
    [
        # the reason for applying is another company's work, never named by this one
        "Thank you. I applied because of your free coding bootcamp for refugees. I'm stronger "
        "in front-end development than in admissions; I shipped a booking app with 1,200 "
        "users. Could I speak to someone on the web team? I'd gladly stay in the process and "
        "I'll write to you next Tuesday.",
        "Thank you. The reason I applied was the tidal energy pilot you ran last year. My best "
        "work is in oceanography rather than accounts; my thesis tested 3 turbine "
        "blade designs. Who leads the oceanography group? I'll stay in the process and follow up.",
        # another job family altogether: its team and proof, nothing of this interview's
        "Yes, thanks. In honesty I'm far better at payroll systems than at front-of-house "
        "work; I cut payroll errors by 40% during my internship. Is there somebody on the "
        "finance operations team I could talk to? I'm happy to stay in and will email Monday.",
    ],
)
def test_a_pivot_written_for_another_interview_ignores_this_line(text: str) -> None:
    result = score(text, at(OPEN))
    assert "ignores_interviewer" in result.red_flags, result
    assert result.total <= 5, result


def test_a_pivot_to_this_interviews_own_team_is_not_another_interview() -> None:
    text = (
        "Yes, thanks. In honesty I'm far better at conservation than at ticketing; on "
        "placement I catalogued 400 ledgers for the county archive. Is there somebody on the "
        "conservation team I could talk to? I'm happy to stay in and will email Monday."
    )
    result = score(text, at(OPEN))
    assert result.red_flags == [], result
    assert result.total >= 10, result


def test_a_team_the_interviewer_floated_is_this_interviews() -> None:
    line = "Our finance operations team is hiring at the moment. Shall I introduce you?"
    text = (
        "Yes please, that's kind. I cut payroll errors by 40% during my internship, so I'd "
        "love to hear what the finance operations team is working on. Who leads it?"
    )
    result = score(text, at(line))
    assert "ignores_interviewer" not in result.red_flags, result


# -- 4. gaming: the exercise mocked round the stock sentences; retractions typed short ---------


@pytest.mark.parametrize(
    "text",
    [
        "Right, here goes the obligatory speech. The beating engine is why I applied. I'm "
        "better suited to conservation than to the till. On placement I catalogued 400 "
        "ledgers. Could I meet someone from the archive? Happy to stay in the process. I'll "
        "email next week. Every box ticked, I believe.",
        "Of course, thanks. The beating engine is why I'm here, what a surprise. Who wouldn't "
        "dream about Victorian machinery? Conservation suits me better than ticketing. I "
        "catalogued 400 ledgers on placement. Could I meet someone in the archive? I'll stay "
        "in the process and email you next week.",
    ],
)
def test_sarcasm_round_the_stock_sentences_is_a_red_flag(text: str) -> None:
    result = score(text, at(OPEN))
    assert "disparages_role" in result.red_flags, result
    assert result.total <= 5, result


def test_a_retraction_typed_short_takes_back_the_sentence_before() -> None:
    text = (
        "Yes thanks. The beating engine is why i applied. Conservation is more my thing than "
        "the till, i catalogued 400 ledgers on placement. Cld i meet someone in the archive? "
        "Nah take that back. Happy to stay in the process and will email u next wk. Nvm."
    )
    result = score(text, at(OPEN))
    assert result.elements["E5"] == 0, result
    assert result.elements["E6"] == 0, result
    assert result.elements["E7"] == 0, result
    assert result.total <= 9, result


# -- 5. a behavioural question: a story answers it, a pivot that only mentions a scene does not --

STORY = "Can you describe a time you calmed down an unhappy visitor?"


@pytest.mark.parametrize(
    "text",
    [
        # the scene words are in praise of the company, not a story of their own
        "Thanks for asking. I've admired your paper workshops since I used your archive on my "
        "placement. My strongest work is conservation rather than retail: I catalogued 400 "
        "ledgers. Could you put me in touch with the archivist? I'd stay in the process and "
        "follow up next week.",
        "I'm a big admirer of Fenwick Print Works and how their letterpress studio opened last "
        "spring. Conservation suits me better than the till; I catalogued 400 ledgers. Is there "
        "someone in your archive I could meet? Happy to stay in the process; I'll email Friday.",
    ],
)
def test_a_pivot_that_only_mentions_a_scene_ignores_a_behavioural_question(text: str) -> None:
    result = score(text, at(STORY))
    assert "ignores_interviewer" in result.red_flags, result
    assert result.total <= 5, result


def test_a_story_told_casually_answers_a_behavioural_question() -> None:
    text = (
        "At the garden centre where I worked summers, a chap came in livid because his order "
        "had gone missing. I listened, rang the depot with him there, and drove it round that "
        "evening. He still shops there. Honestly it's the archive side I enjoy more than the "
        "till, though. Is there much overlap with conservation here?"
    )
    result = score(text, at(STORY))
    assert "ignores_interviewer" not in result.red_flags, result
    assert result.elements["E1"] == 2, result


# -- 6. the role's work belittled in reasonable-sounding sentences -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I'm after something more hands-on. Retail is, let's say, very basic work, anyone can "
        "sell a postcard. I love the beating engine and I catalogued 400 ledgers on placement. "
        "Could I meet the archivist?",
        "To be frank, ticketing would be a waste of my conservation training. I love the "
        "beating engine, and I catalogued 400 ledgers on placement. Could I meet the archivist?",
        "The shop job is basically stacking shelves, so I'd like to hear about the archive. I "
        "catalogued 400 ledgers on placement. Could I meet the archivist?",
        "Good to know the archive is upstairs, a place where people really use their training. "
        "I catalogued 400 ledgers on placement. Could I meet the archivist?",
        "ok then i dont see the point in me staying on retail honestly. might look at ur site",
    ],
)
def test_the_roles_work_belittled_politely_is_a_red_flag(text: str) -> None:
    result = score(text, at("What kind of role would suit you best next?"))
    assert "disparages_role" in result.red_flags, result
    assert result.total <= 5, result


def test_plain_talk_of_simple_tasks_is_not_belittling() -> None:
    text = (
        "I'd like a role where I can use my placement work: I catalogued 400 ledgers for the "
        "county archive. The simple tasks in retail are fine by me. Could I meet the archivist? "
        "I'll stay in the process and follow up next week."
    )
    result = score(text, at("What kind of role would suit you best next?"))
    assert "disparages_role" not in result.red_flags, result


# -- 7. the role's work, named as the subject, claimed as a lifelong wish -----------------------


def test_the_roles_chores_claimed_as_the_dream_fake_interest() -> None:
    text = (
        "A role just like this one. Wrapping souvenirs and cashing up at closing is the sort of "
        "work I've always dreamed of, and I'd be happy to do it for life. Mind you, if the "
        "archive ever needed help, I catalogued 400 ledgers on placement. Who runs it?"
    )
    result = score(text, at("What kind of role would suit you best next?"))
    assert "fakes_interest" in result.red_flags, result
    assert result.total <= 5, result


def test_their_own_work_claimed_as_the_dream_is_no_fake() -> None:
    text = (
        "Conservation, really. Cataloguing water-damaged ledgers is the kind of work I've "
        "always loved; I did 400 of them on placement. The beating engine is why I applied. "
        "Could I meet someone in the archive? I'll stay in the process and follow up Friday."
    )
    result = score(text, at("What kind of role would suit you best next?"))
    assert "fakes_interest" not in result.red_flags, result


# -- 8. an offered introduction heard with a bare "oh", then ignored ---------------------------

OFFER = "Our conservation team needs a volunteer coordinator. Shall I introduce you to them?"


def test_a_bare_oh_then_back_to_the_script_ignores_the_offer() -> None:
    text = (
        "Ah, right. Anyway, I'd rather get back to the retail post, since that's what I "
        "prepared for. I've used two till systems, I'm very organised and I'm good with "
        "visitors. Is there anything else you'd like to know about my weekend availability?"
    )
    result = score(text, at(OFFER))
    assert "ignores_interviewer" in result.red_flags, result
    assert result.total <= 5, result


@pytest.mark.parametrize(
    "text",
    [
        "Oh, that's so kind, yes please! Who leads the team, so I can mention our chat?",
        "Ah, I'd love that, thank you. Should I send them my placement write-up first?",
    ],
)
def test_an_oh_with_a_warm_yes_takes_the_offer_up(text: str) -> None:
    result = score(text, at(OFFER))
    assert result.red_flags == [], result
    assert result.total >= 12, result


# -- 9. a follow-up promised without "you" ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sure, I'll be quick. Could you point me to one person in the archive? I catalogued 400 "
        "ledgers on placement. I will drop a short note tomorrow to thank you.",
        "Sure, quickly then. Might I have the archivist's name? I catalogued 400 ledgers on "
        "placement. I'll send an email this evening itself to say thanks.",
    ],
)
def test_a_message_promised_without_you_is_a_follow_up(text: str) -> None:
    result = score(text, at("We've only got a few minutes left, so keep it brief."))
    assert result.elements["E7"] == 2, result
