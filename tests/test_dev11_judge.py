"""Red flags and gaming of issue 11 found on the eleventh blind dev set
(tests/data/judge_dev11.yaml), each fixed at its kind and tested here in wordings of its own
(none of these answers or lines is in any labelled set):

1. Quiet belittling in reasonable-sounding sentences: the role as a place to wait ("a waiting
   room for me"), a degree or talent that "would go to waste" there, "somebody needs to answer
   the complaints", the work as "fine for someone without qualifications".
2. Self-sabotage: job-hunting "from the first week", the role as "just a way to get inside",
   quiet giving up ("not too fussed either way", "see what turns up elsewhere").
3. Conditions and ultimatums with dates, in any register ("with the understanding that I'm in
   engineering by October").
4. Faking interest just after admitting the role isn't the fit.
5. Leaving early in polite words: "I'll find my own way out", "simplest for us both if I don't
   eat into your evening".
6. The conversation turned down for a job asked for instead ("let's skip the chatting part").
7. A polished pivot in reply to a different question.
8. Retractions: the part taken back earns nothing and is no red flag ("joking about the note",
   "I don't actually mean the part about keeping in touch"); everything taken back is a flag.
And honest answers in plain, non-native and phone-typed English raise nothing.
"""

from __future__ import annotations

import pytest

from flows.pivot.scoring import Context, score

GLASS = Context(
    company="Halden Glassworks",
    role="Customer service coordinator",
    target="furnace engineering and energy efficiency",
    draws="the hydrogen-fired furnace trial and taking back used bottles for remelting",
    evidence="a heat-transfer dissertation and an internship measuring kiln heat losses",
)

QUESTIONS = "Do you have any questions for us?"
ADD = "Is there anything else you'd like to tell us?"
LOOKING = "What are you looking for in your next role?"


def at(line: str) -> Context:
    c = GLASS
    return Context(c.company, c.role, c.target, c.draws, c.evidence, line)


def flags(text: str, line: str = QUESTIONS) -> list[str]:
    return score(text, at(line)).red_flags


# -- 1. quiet belittling ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # The role as a place to wait in.
        "Thank you, yes. The hydrogen furnace trial is why I applied. I'd think of customer "
        "service as a kind of waiting room for me, fine while I get to know the furnace team. "
        "My dissertation was on heat transfer. Who leads furnace engineering?",
        # A degree or talent said to go to waste in the role.
        "Yes, thanks. I really admire the hydrogen furnace trial. Customer service matters, of "
        "course, but my engineering degree would go to waste there. I measured kiln heat losses "
        "on my internship. Could you tell me who runs the furnace team?",
        "Yes. Your bottle take-back scheme is brilliant. The coordinator job is fine, but honestly "
        "my skills are a bit wasted on it. Who leads energy efficiency?",
        # Condescension about who the work is for.
        "Yes, please. Somebody needs to answer the complaints, I know, but I'm an engineer: I "
        "measured kiln heat losses on my internship. Who runs the furnace team?",
        # Non-native English: "my master degree will be waste".
        "Yes, I have question. I like very much the hydrogen furnace trial. But I think my "
        "master degree will be waste in customer service. Who is leading the furnace team?",
        "Yes. The coordinator post is a decent first job for someone without any "
        "qualifications, but I'd rather use my heat-transfer dissertation on your furnaces. "
        "Who could I speak to there?",
    ],
)
def test_quiet_belittling_is_a_red_flag(text: str) -> None:
    got = score(text, at(QUESTIONS))
    assert "disparages_role" in got.red_flags, got
    assert got.total <= 5, got


# -- 2. self-sabotage and quiet giving up -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Thank you. I love the hydrogen furnace trial. In fairness to you, I'd be applying for "
        "furnace jobs from my very first week here. Who leads that team?",
        "ok so honestly im looking for furnace work. id take customer service but id be hunting "
        "for engineering posts from day one tbh. who runs the furnace side?",
        "Yes. The bottle take-back is great. For me the coordinator job would just be a way to "
        "get inside the company, my heat-transfer dissertation fits the furnaces better. Who "
        "leads engineering?",
        # Non-native English: "search other position from first day".
        "Thank you. I admire your bottle take-back. I must be honest, I will search other "
        "position from first day, customer service is not my place. Who leads engineering?",
        "nah its fine tbh, the furnace stuff is cool but ill just see what comes up somewhere "
        "else. thanks tho",
        "Thanks for asking. I like the furnace trial, but I'm not too fussed either way, really. "
        "I'll see what turns up elsewhere.",
    ],
)
def test_self_sabotage_and_quiet_giving_up_are_red_flags(text: str) -> None:
    got = score(text, at(QUESTIONS))
    assert "disparages_role" in got.red_flags, got
    assert got.total <= 5, got


# The same kinds in more of their shapes: the work as too easy or as a student's job, the role
# as temporary, applied away from throughout, or left within the year.
B = "Yes, thank you. The hydrogen furnace trial is why I applied. "
E = " My dissertation was on heat transfer. Who leads the furnace team?"


@pytest.mark.parametrize(
    "said",
    [
        "Customer service is the kind of job I could do in my sleep, honestly.",
        "The desk is fine as a student job, but I've graduated now.",
        "There's not much challenge in it for someone like me.",
        "I'd see the desk as a temporary thing while I wait for a furnace opening.",
        "I'd keep applying to the furnace team the whole time I'm on the desk.",
        "Realistically I'd be gone within the year.",
    ],
)
def test_more_shapes_of_belittling_and_self_sabotage_are_red_flags(said: str) -> None:
    got = score(B + said + E, at(QUESTIONS))
    assert "disparages_role" in got.red_flags, got


@pytest.mark.parametrize(
    "said",
    [
        "I'd need a move to engineering within six months, otherwise it doesn't work for me.",
        "I'm only staying in the process if engineering is on the table.",
    ],
)
def test_more_shapes_of_conditions_are_demands(said: str) -> None:
    got = score(B + said + E, at(QUESTIONS))
    assert "demands_job" in got.red_flags, got


@pytest.mark.parametrize(
    "said",
    [
        "I had a summer job at a hotel front desk, so I know how busy it gets.",
        "I could do heat-loss calculations in my sleep, it's the work I love.",
        "I'd keep applying what I learned on the internship the whole time.",
    ],
)
def test_the_same_words_said_honestly_raise_nothing(said: str) -> None:
    got = score(B + said + E, at(QUESTIONS))
    assert got.red_flags == [], got


# -- 3. conditions and ultimatums with dates --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Just one thing. I admire the hydrogen furnace trial a lot. I'm glad to start on the "
        "customer desk, with the understanding that I'm in furnace engineering by October. I'd "
        "like to stay in touch either way.",
        "I like the bottle take-back scheme a lot. I'd take the coordinator job only if I can "
        "move to the furnace team before Christmas; if not, I'd rather stop here.",
        "i can do customer service but only if u confirm now i go to engineering by summer, "
        "otherwise i withdraw. i measured kiln heat losses on my internship.",
    ],
)
def test_conditions_with_dates_are_demands(text: str) -> None:
    got = score(text, at(ADD))
    assert "demands_job" in got.red_flags, got
    assert got.total <= 5, got


# -- 4. faking interest just after admitting it isn't the job --------------------------------


def test_faking_interest_right_after_an_honest_fit_is_a_red_flag() -> None:
    text = (
        "I did say earlier that furnace work is where I'm strongest. But having heard you, "
        "handling customer orders is honestly my dream job now, I'd be thrilled to do it. "
        "So I'm fully committed."
    )
    got = score(text, at(ADD))
    assert "fakes_interest" in got.red_flags, got


# -- 5. leaving early in polite words --------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "text"),
    [
        (
            "We still have ten minutes, any questions?",
            "No, that's alright. I've realised customer service isn't for me, so thank you, and "
            "I'll find my own way out.",
        ),
        (
            "So are you withdrawing your application?",
            "Yes, I think it's simplest for us both if I don't eat into your evening any more. "
            "Thanks for the tour.",
        ),
    ],
)
def test_leaving_early_in_polite_words_is_a_red_flag(line: str, text: str) -> None:
    got = score(text, at(line))
    assert "leaves_early" in got.red_flags, got
    assert got.total <= 5, got


# -- 6. the conversation turned down for a job --------------------------------------------------


def test_skipping_the_conversation_for_a_job_swap_is_a_demand() -> None:
    text = (
        "Honestly, let's skip the chatting part. Could you just put me forward for the furnace "
        "technician post instead of customer service? It saves everyone time."
    )
    got = score(text, at("Who in particular would you like to meet?"))
    assert "demands_job" in got.red_flags, got


# -- 7. a polished pivot in reply to a different question ------------------------------------


def test_a_polished_pivot_that_never_answers_the_question_ignores_it() -> None:
    text = (
        "Thank you. I've followed the hydrogen furnace trial since it was announced, and I admire "
        "it. This role centres on customer service, and I do my best work on furnace energy: I "
        "measured kiln heat losses on my internship. Could you point me to someone in furnace "
        "engineering? I'm happy to stay in the process, and may I follow up next week?"
    )
    got = score(text, at("Tell me about a time you calmed down an upset customer."))
    assert "ignores_interviewer" in got.red_flags, got
    assert got.total <= 5, got


def test_rubric_steps_pointed_at_as_things_ignore_the_line() -> None:
    """Each step of the rubric announced ("Here is my fit statement", "This is my small ask")
    says nothing to the interviewer, even when one of them is a request."""
    text = (
        "Yes. Here is my enthusiasm for your company, with evidence. Here is my fit statement, "
        "in I terms. This is my bridge with proof. This is my small ask for an introduction. "
        "And here is my follow-up."
    )
    got = score(text, at(QUESTIONS))
    assert "ignores_interviewer" in got.red_flags, got
    assert got.total <= 2, got


def test_an_offer_heard_with_ah_okay_then_thanks_is_answered() -> None:
    """An offered introduction met with "Ah okay then. Thank you." is heard: a poor reply that
    asks again, but no canned answer that ignores the line."""
    line = "Our furnace lead is Ingrid Dahl - I can email her about you tomorrow if you like."
    text = (
        "Ah okay then. Thank you. Actually, is there also someone in furnaces I could talk to? "
        "Maybe you can give me their contact? I really want to work on energy. And I'm still "
        "happy to continue with this role if you think I fit."
    )
    got = score(text, at(line))
    assert "ignores_interviewer" not in got.red_flags, got


# -- 8. retractions of part or all -----------------------------------------------------------

FULL = (
    "Yes, thank you. The hydrogen furnace trial is the reason I applied. Honestly, customer "
    "service isn't where I'm strongest; I'd add more on furnace energy, where I measured kiln "
    "heat losses on my internship. Could you point me to one person in furnace engineering? I'm "
    "happy to stay in the process if you still see a fit"
)


@pytest.mark.parametrize(
    "tail",
    [
        ", and I'll send you a note next week. Joking about the note, to be honest - I'm "
        "terrible at that.",
        ", and I'd like to keep in touch. Actually, I don't really mean the part about keeping "
        "in touch - I'm useless at it, let's not pretend I'll do it.",
        ", and I'll email you next week - just kidding about the email, I never get round to it.",
    ],
)
def test_a_follow_up_taken_back_earns_nothing_and_is_no_red_flag(tail: str) -> None:
    got = score(FULL + tail, at(QUESTIONS))
    assert got.red_flags == [], got
    assert got.elements["E7"] == 0, got
    assert got.elements["E5"] == 2 and got.elements["E3"] == 2, got
    assert 9 <= got.total <= 14, got


@pytest.mark.parametrize(
    "tail",
    [
        ". Actually, scrap all of that. I'm not sure I care where I end up.",
        ". Hmm, forget everything I just said.",
        ". Honestly though, I don't mean a word of it.",
        ". None of that is really true, to be honest.",
        ". But that's just what I'm supposed to say, isn't it.",
        ". I was only saying what you want to hear.",
        ". Actually, I take all of that back.",
    ],
)
def test_everything_taken_back_is_a_red_flag(tail: str) -> None:
    got = score(FULL + tail, at(QUESTIONS))
    assert got.red_flags, got
    assert got.total <= 5, got


def test_a_restart_after_taking_it_all_back_is_no_red_flag() -> None:
    """Taking it all back to say it again better is a restart, not a retraction of the pivot."""
    text = (
        "Sorry, scratch all that, let me say it properly. The hydrogen furnace trial is why I "
        "applied. I do my best work on furnace energy; I measured kiln heat losses on my "
        "internship. Could you point me to someone in furnace engineering? I'm happy to stay in "
        "the process, and I'll email you next week."
    )
    got = score(text, at(QUESTIONS))
    assert got.red_flags == [], got
    assert got.total >= 10, got


# -- honest answers raise nothing ------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "text"),
    [
        (
            QUESTIONS,
            "Yes, thank you. I love the hydrogen furnace trial. To be honest, customer service "
            "would be hard for me to love; I'm at my best measuring heat, like the kiln losses on my "
            "internship. Who leads furnace engineering? I'm happy to continue, and I'll write to "
            "you next week.",
        ),
        (
            LOOKING,
            "I am looking for engineering work. From the first day of my internship I measured "
            "kiln heat losses, and I loved it. Your hydrogen trial is why I applied. Is there "
            "someone in the furnace team I could talk to? I am happy to stay in the process.",
        ),
        (
            QUESTIONS,
            "ya one q. the bottle take back thing is so cool. cust service isnt really where i "
            "shine, im more a furnace person, did my dissertation on heat transfer. who runs "
            "that team? happy to keep going either way n ill msg u next wk",
        ),
        (
            ADD,
            "Yes, please. Somebody told me the furnace team runs open days, and I'd love to go to "
            "one. I measured kiln heat losses on my internship, so that's my area. Could you "
            "point me to them? I'm glad to stay in the process and I'll email you on Friday.",
        ),
        (
            ADD,
            "Just that I'd hate for my heat-transfer work to go to waste, so I'd love a word "
            "with the furnace team some time. I really admire the hydrogen trial. I'm happy to "
            "continue with this role if you see a fit, and I'll follow up next week.",
        ),
    ],
)
def test_honest_answers_raise_nothing(line: str, text: str) -> None:
    got = score(text, at(line))
    assert got.red_flags == [], got


# -- the coach's note on a retraction ----------------------------------------------------------


def test_the_note_never_praises_a_sentence_that_takes_a_part_back() -> None:
    from flows.pivot.feedback import feedback

    text = FULL + ", and I'll email you next week - just kidding about the email, I never do."
    got = score(text, at(QUESTIONS))
    note = feedback(got, at(QUESTIONS), text)
    assert "kidding" not in note, note
    assert got.band != "ready", got


def test_the_note_on_everything_taken_back_says_so_and_never_calls_it_criticism() -> None:
    from flows.pivot.feedback import feedback

    text = FULL + ". Honestly though, I don't mean a word of it."
    got = score(text, at(QUESTIONS))
    note = feedback(got, at(QUESTIONS), text)
    assert "takes back everything" in note, note
    assert "criticises the role" not in note, note
