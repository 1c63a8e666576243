"""Judge faults found with the eighth blind dev set (issue 11), each fixed at its kind.

1. Honest fit said in ordinary ways the judge missed:
   - "my interest is X", "my passion is X" (no preposition after it);
   - where they "give the most" or "fit best";
   - "I'm not (well) suited to" the role's work;
   - "I'm not sure I'm the best person for" it;
   - half a fit (E3 1), said thinly: "the part I enjoyed was X" beside the role's work, "that's
     more what I studied". A thin fit earns half, no longer nothing.
2. The door kept open by refusing to leave ("I don't want to drop out of this"), by seeing the
   process through, or by leaving the decision to them ("whatever you decide").
3. Follow-up in other words: "check back in with you", "I will write you"; the ask as "who in
   X would be the right person to ...?" or "you know person in X team I could write to?".
4. An introduction taken up flatly ("ok sure, that works. what do I bring") takes the offer, but
   gets no free credit for what the moment does not call for: COACHING.md credits a warm yes.
   Nor does a narrow moment answered with a question about pay ("I'll stay in. What's the
   salary?").
5. Retractions read by structure:
   - "scratch that last bit - I don't want to stay in ..." takes back the sentence before (its
     last clause and any clause its explanation repeats), and nothing earlier;
   - "I don't want to stay in for X" takes back a clause that says staying, not one that only
     shares the noun X.
6. "Are you still keen on the X job?" is the interest check ("are you withdrawing?"): a pivot
   that never says yes or no ignores it.
7. Sarcasm: a chore called the dream, "who wouldn't want that?"; a joke taken back after it is
   said ("Joking. No, seriously, ...") mocks in the sentence before (disparaging, not faked
   interest), and the sentence that takes it back is said in earnest.

Every answer here is written for these tests, in wording of its own (none is in any labelled
set). The last tests hold the figures reached on judge_dev8.yaml as floors.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.pivot import judge_eval
from flows.pivot.judge import rules_judge
from flows.pivot.scoring import CAP, Context, score

SKY = Context(
    company="Brackenfield Observatory",
    role="Admissions and Gift Shop Supervisor",
    target="astronomy outreach and the schools planetarium shows",
    draws="their touring inflatable planetarium for rural primary schools",
    evidence="a school astronomy club of 25 pupils I ran for three years",
)
QUESTIONS = "Is there anything you'd like to ask us?"
LOOKING = "What sort of role are you hoping for next?"
INTRO = "Our outreach lead is running a teachers' evening next week. Shall I get you on the list?"
KEEN = "Before we go on, can I check: are you still keen on the admissions supervisor job?"


def at(line: str) -> Context:
    c = SKY
    return Context(c.company, c.role, c.target, c.draws, c.evidence, line)


def answer(fit: str, rest: str = "") -> str:
    return (
        "Yes, thank you. The touring planetarium for rural primary schools is why I applied. "
        f"{fit} For three years I ran a school astronomy club of 25 pupils. Is there someone in "
        f"outreach you'd suggest I talk to? {rest}"
    ).strip()


# -- 1. honest fit --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fit",
    [
        "The shop matters, but my passion is teaching children about the sky.",
        "Admissions is important work; for me, though, outreach is where I give the most.",
        "Running the tills is fine, but the schools shows are where I fit best.",
        "I should say plainly that I'm not well suited to supervising retail.",
        "I'm honestly not suited to running a gift shop, and I'd rather say so now.",
    ],
)
def test_fit_said_in_ordinary_ways_is_honest_fit(fit: str) -> None:
    result = score(answer(fit, "I'm glad to stay in the process."), at(QUESTIONS))
    assert result.elements["E3"] == 2, result
    assert result.red_flags == [], result


def test_my_interest_is_with_no_preposition() -> None:
    text = (
        "I am looking for job with the schools shows. Admissions I can manage, but my interest "
        "is teaching. Brackenfield is very good observatory."
    )
    result = score(text, at(LOOKING))
    assert result.elements["E3"] >= 1, result


def test_not_sure_im_the_best_person_for_it_is_a_fit() -> None:
    text = (
        "Something closer to teaching, to be honest. The shop is fine but I'm not sure I'm the "
        "best person for it. Your touring planetarium is lovely."
    )
    result = score(text, at(LOOKING))
    assert result.elements["E3"] >= 1, result


@pytest.mark.parametrize(
    "fit",
    [
        "The admissions side was okay, but the bit of that job I liked was the school visits.",
        "ngl thats more what i studied, the teaching side",
    ],
)
def test_a_thin_fit_is_half_a_fit(fit: str) -> None:
    text = f"Something in outreach. {fit}. Do you have anything like that?"
    result = score(text, at(LOOKING))
    assert result.elements["E3"] == 1, result


# -- 2. door open -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "door",
    [
        "I don't want to drop out of this process, unless you'd prefer that.",
        "I'll still see the application through.",
        "I'd be glad to hear from you about the role, whatever you decide.",
        "No no, I will not withdraw.",
    ],
)
def test_staying_said_other_ways_keeps_the_door_open(door: str) -> None:
    result = score(answer("Outreach is where I do my best work.", door), at(QUESTIONS))
    assert result.elements["E6"] == 2, result
    assert result.red_flags == [], result


def test_leaving_said_plainly_is_no_open_door() -> None:
    text = answer("Outreach is where I do my best work.", "I think I'll withdraw, though.")
    result = score(text, at(QUESTIONS))
    assert result.elements["E6"] == 0, result


# -- 3. follow-up -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "follow",
    [
        "I'd like to check back in with you after the summer.",
        "And I will write you to say thank you.",
    ],
)
def test_follow_up_in_other_words(follow: str) -> None:
    result = score(answer("Outreach is where I do my best work.", follow), at(QUESTIONS))
    assert result.elements["E7"] == 2, result


@pytest.mark.parametrize(
    "ask",
    [
        "Who in outreach would be the right person to buy a coffee for?",
        "Maybe you know person in outreach team I could email?",
    ],
)
def test_asks_in_other_words_are_one_clear_ask(ask: str) -> None:
    text = (
        "Yes, thank you. The touring planetarium for rural primary schools is why I applied. "
        "Outreach is where I do my best work; I ran a school astronomy club for three years. "
        f"{ask}"
    )
    result = score(text, at(QUESTIONS))
    assert result.elements["E5"] == 2, result


# -- 4. an introduction taken up flatly ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["ok sure, that works. what time does it start", "Yeah, fine. Is it online?"],
)
def test_an_introduction_taken_up_flatly_gets_no_free_credit(text: str) -> None:
    result = score(text, at(INTRO))
    assert result.red_flags == [], result
    assert result.granted == [], result
    assert result.total <= 9, result


@pytest.mark.parametrize(
    "text",
    [
        "Oh yes please, that's so kind! Is there anything I should read before?",
        "That would be wonderful, thank you. What do the teachers usually ask about?",
        "Yes, I'd be delighted to come. May I bring a few of my club's lesson sheets?",
    ],
)
def test_an_introduction_taken_up_warmly_is_the_moment_done(text: str) -> None:
    result = score(text, at(INTRO))
    assert result.red_flags == [], result
    assert result.total >= 12, result


WITHDRAW = "So, are you withdrawing your application?"


def test_a_pay_question_at_a_narrow_moment_gets_no_free_credit() -> None:
    text = (
        "No, I'm not withdrawing, I'll stay in the process. What is the pay for this job, though?"
    )
    result = score(text, at(WITHDRAW))
    assert result.red_flags == [], result
    assert result.granted == [], result
    assert result.elements["E2"] == 0, result


def test_the_same_moment_without_the_pay_question_is_complete() -> None:
    text = "No, I'm not withdrawing, I'll gladly stay in the process. Thank you for checking."
    result = score(text, at(WITHDRAW))
    assert result.red_flags == [], result
    assert "E2" in result.granted, result


# -- 5. retractions ---------------------------------------------------------------------------

STAND = answer(
    "Selling tickets isn't where I do my best work; I'm better at teaching than retail.",
    "I'm happy to stay in the process and I'd love to keep in touch.",
)


def test_the_last_bit_explained_takes_back_the_sentence_before_only() -> None:
    text = (
        STAND + " Actually, strike that last bit: I don't want to stay in for the retail job, and "
        "I doubt I'll write."
    )
    result = score(text, at(QUESTIONS))
    assert result.elements["E6"] == 0, result
    assert result.elements["E7"] == 0, result
    assert result.elements["E3"] == 2, result  # the fit, which shares "retail", stands
    assert result.total <= 12, result


def test_the_last_bit_alone_is_still_its_last_clause() -> None:
    result = score(STAND + " Oh, scratch the last bit.", at(QUESTIONS))
    assert result.elements["E7"] == 0, result
    assert result.elements["E6"] == 2, result


# -- 6. the interest check ----------------------------------------------------------------------


def test_a_pivot_that_never_answers_the_interest_check_ignores_it() -> None:
    text = (
        "What I'd really like to know is how the touring planetarium picks its schools, and who "
        "plans the shows? I ran an astronomy club for three years, so I'd love to meet them."
    )
    result = score(text, at(KEEN))
    assert "ignores_interviewer" in result.red_flags, result
    assert result.total <= CAP, result


def test_answering_the_interest_check_then_pivoting_is_fine() -> None:
    text = (
        "Yes, I'm still interested, thank you. I'll be honest that outreach is where I do my "
        "best work; I ran a school astronomy club for three years. Is there someone there I "
        "could talk to?"
    )
    result = score(text, at(KEEN))
    assert result.red_flags == [], result


# -- 7. sarcasm -------------------------------------------------------------------------------


def test_a_chore_called_the_dream_who_wouldnt_want_that_is_sarcasm() -> None:
    text = (
        "Well, clearly, ten years of counting fridge magnets is the dream, who wouldn't love "
        "that. No, honestly, I want to teach. Is there anyone in outreach I could meet?"
    )
    result = score(text, at(LOOKING))
    assert "disparages_role" in result.red_flags, result
    assert "fakes_interest" not in result.red_flags, result


def test_who_wouldnt_love_it_said_of_their_work_is_sincere() -> None:
    text = answer(
        "A touring planetarium in a village hall, who wouldn't love that? I'm at my best teaching.",
        "I'm glad to stay in the process.",
    )
    result = score(text, at(QUESTIONS))
    assert result.red_flags == [], result


def test_a_joke_taken_back_mocks_in_the_sentence_before_it() -> None:
    text = (
        "A couple. I'm just so passionate about gift-shop stock takes, truly what I was born "
        "for. Joking. No, seriously, I'd love to talk to someone in outreach about the shows."
    )
    result = score(text, at(QUESTIONS))
    assert "disparages_role" in result.red_flags, result
    assert "fakes_interest" not in result.red_flags, result
    assert result.elements["E5"] >= 1, result  # the earnest ask still counts, under the cap


# -- the set's figures --------------------------------------------------------------------------

DEV8 = Path(__file__).parents[1] / "data" / "judge_dev8.yaml"


def test_dev8_figures_hold() -> None:
    """Measured on judge_dev8.yaml after this round (bench/RESULTS.md, "Fifth session: dev8"):
    95.7% within 2 (was 82.9%), MAE 0.81 (1.47), bands 90% (71%), red flags precision 100% and
    recall 100% (100% / 92%), the highest gaming total 11 (13). The floors leave a little room."""
    items = judge_eval.load(DEV8)
    result = judge_eval.evaluate(rules_judge(), items)
    report = judge_eval.render(result, DEV8.name)
    assert result.items == 70, report
    assert result.within_2 >= 0.9, report
    assert result.mae <= 1.0, report
    assert result.band_agreement >= 0.87, report
    assert result.flags["recall"] >= 0.96, report
    assert result.flags["precision"] >= 0.96, report
    assert result.gaming["max_total"] <= 11, report


def test_dev8_loads_and_its_labels_follow_its_elements() -> None:
    items = judge_eval.load(DEV8)
    assert len(items) == 70
    for item in items:
        assert item.elements is not None, item.id
        total = sum(item.elements.values())
        assert item.label == (min(total, 5) if item.flagged else total), item.id
