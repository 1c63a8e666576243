"""Judge faults found with the seventh blind dev set (issue 11), each fixed at its kind.

1. No false red flag on a good answer to a narrow moment or a competency question:
   - out of time, "I'll be quick" and then a thing they will "go home thinking about" is no
     leaving;
   - the role said to be "a long way from where my heart is" is an honest fit, not faked love;
   - a story opened with a year of study or a group they were in ("in third year our project
     group ...", "I convinced them") answers "tell me about a time";
   - "I'll be quick" and then running on is poor timing, not a canned script.
2. Flags that were missed:
   - another company's pivot, liked as one "followed" ("I've been following X since your ..."),
     asking only about a team, is a script for another interview (ignores_interviewer);
   - sarcasm: a mock concession about doing the role's work ("I'm sure reading meters all day
     is deeply rewarding"), irony announced ("shocker"), a dig at the other team ever coming
     out, the other team as the ones who do "real" work; praise mocked there is disparaging,
     not faked interest;
   - asking to be "considered for" another post "instead", or to "do that swap", by someone who
     says this role is not for them, demands a job.
3. Gaming: rubric steps narrated ("I will now make one low-friction ask") ask no one anything;
   a retraction that then denies what drew them ("scratch that, I never read the report")
   takes the praise back.

Every answer here is written for these tests, in wording of its own (none is in any labelled
set). The last test holds the figures reached on judge_dev7.yaml as floors.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.pivot import judge_eval
from flows.pivot.judge import rules_judge
from flows.pivot.scoring import CAP, Context, score

WATER = Context(
    company="Corvan Water",
    role="Customer Billing Adviser (contact centre)",
    target="leak detection analytics",
    draws="their acoustic sensor trial on the Hollins trunk main",
    evidence="a flow-anomaly model for my dissertation that flagged 14 real leaks",
)
QUESTIONS = "Do you have any questions for us?"
SHORT = "I'm afraid we're nearly out of time, only about three minutes left."
STORY = "Tell me about a time you changed someone's mind."
TEAM_STORY = "Describe a time you worked well in a team."
FEELING = "How are you feeling about the job now?"


def at(line: str) -> Context:
    c = WATER
    return Context(c.company, c.role, c.target, c.draws, c.evidence, line)


# -- 1. no false red flags on good answers ----------------------------------------------------


def test_going_home_thinking_about_their_work_is_not_leaving() -> None:
    text = (
        "Of course, I'll keep it short. The leak-sensor trial is what I'll go home thinking "
        "about tonight. I'm stronger with data than with billing calls: my dissertation model "
        "flagged 14 real leaks. Could you point me to someone in leak detection? I'm happy to "
        "continue here, and I'll email you a thank-you tomorrow."
    )
    result = score(text, at(SHORT))
    assert result.red_flags == [], result
    assert result.total >= 14, result


def test_going_in_the_closing_words_is_still_leaving() -> None:
    result = score("Right, that's all I needed, so I'll go now. Thanks.", at(QUESTIONS))
    assert "leaves_early" in result.red_flags, result


@pytest.mark.parametrize(
    "fit",
    [
        "billing queries are a long way from where my heart is; I'm an analytics person",
        "honestly, the contact centre is far from the work I love; I'm at my best modelling data",
    ],
)
def test_the_role_far_from_what_they_love_is_honest_fit(fit: str) -> None:
    text = (
        f"Yes, one. The sensor trial on the Hollins main is brilliant. To be straight with you, "
        f"{fit}. My dissertation model flagged 14 real leaks. Is there someone in leak detection "
        "who'd have ten minutes for a chat? I'm still keen on this process, and may I follow up?"
    )
    result = score(text, at(QUESTIONS))
    assert "fakes_interest" not in result.red_flags, result
    assert result.elements["E3"] == 2, result


def test_loving_the_role_after_steering_away_still_fakes_interest() -> None:
    text = (
        "Yes. Billing queries are where my heart is, honestly, the dream job. Separately, who "
        "runs leak detection analytics?"
    )
    result = score(text, at(QUESTIONS))
    assert "fakes_interest" in result.red_flags, result


@pytest.mark.parametrize(
    ("line", "text"),
    [
        (
            STORY,
            "Right, in third year my flatmates wanted to pay bills by splitting them evenly, and "
            "I convinced them to split by meter readings instead, with a little spreadsheet. "
            "They agreed after a month. That's the data work I enjoy most, and it's why your "
            "sensor trial appeals. Is there someone in leak detection I could talk to one day?",
        ),
        (
            TEAM_STORY,
            "During my final-year project our sensor rig failed ten days before the demo. I "
            "split the fixes across the four of us, borrowed a logger from another lab and "
            "kept a shared list so nobody repeated a test. We demoed on time. It's that kind of "
            "data work I'd love to do in leak detection; could I meet someone there sometime?",
        ),
    ],
)
def test_a_story_opened_with_a_year_or_a_group_answers_the_question(line: str, text: str) -> None:
    result = score(text, at(line))
    assert "ignores_interviewer" not in result.red_flags, result
    assert result.elements["E1"] >= 1, result


RAMBLE = (
    "Sure, no problem, I'll be quick, although there's honestly a lot I'd like to say about it. "
    "The acoustic leak-sensor trial on the Hollins main is something I keep reading about, "
    "because water loss in old towns like mine is a real problem and my grandad spent years "
    "reporting the same burst pipe on our street before anyone came out to fix it properly, "
    "which is partly why I got into this field at all. And while you were describing the billing "
    "job I kept thinking that handling account calls all day is a different thing from what I "
    "enjoy, which is digging into flow data, because for my dissertation I built a "
    "flow-anomaly model that flagged fourteen real leaks, and my supervisor asked me to present "
    "it to the department at the end of the year. So I wondered, is there a leak detection "
    "team, and who leads it, and how do people move between departments here, and what do new "
    "analysts usually work on first, and could I perhaps shadow someone for a day? And of "
    "course I'm still interested in this role, and I could email you next week if that helps?"
)


def test_saying_it_will_be_quick_then_running_on_is_poor_timing_not_a_script() -> None:
    result = score(RAMBLE, at(SHORT))
    assert "ignores_interviewer" not in result.red_flags, result
    assert result.elements["E1"] == 0 and result.elements["E8"] == 0, result


# -- 2. missed flags --------------------------------------------------------------------------


def test_another_companys_pivot_liked_as_followed_is_a_script_for_another_interview() -> None:
    text = (
        "Yes, thanks. I've been following Harrowgate Utilities since your smart-meter pilot "
        "in Leeds, and that project is exactly what I want to work on. I'm better with data "
        "than on the phones: my dissertation model flagged 14 real leaks. Could you name "
        "someone in leak detection I might talk to? I'd still like to stay in this process."
    )
    result = score(text, at(QUESTIONS))
    assert "ignores_interviewer" in result.red_flags, result
    assert result.total <= CAP, result


def test_following_this_company_is_enthusiasm() -> None:
    text = (
        "Yes, thanks. I've followed Corvan Water since your leak-sensor trial began, and it's "
        "exactly the work I want to be part of. I'm better with data than on the phones: my "
        "dissertation model flagged 14 real leaks. Could you name someone in leak detection I "
        "might talk to? I'd still like to stay in this process, and may I follow up?"
    )
    result = score(text, at(QUESTIONS))
    assert result.red_flags == [], result


@pytest.mark.parametrize(
    ("line", "text"),
    [
        (
            QUESTIONS,
            "Just the one. I'm sure reading out tariff codes all day is deeply rewarding, and "
            "naturally I'm passionate about billing. Is there anyone in leak detection I could "
            "meet? Happy to keep in touch.",
        ),
        (
            QUESTIONS,
            "A few. I'm certain chasing unpaid bills is, as you put it, a brilliant grounding. "
            "Could I meet someone in leak detection who does real science?",
        ),
        (
            FEELING,
            "Oh, over the moon, clearly. Who isn't delighted by a 7am queue briefing? I'd love "
            "to meet leak detection, if they ever come out of their server room to talk to us "
            "phone people.",
        ),
        (
            FEELING,
            "Great. Turns out billing is not where I shine, shocker. Can I meet the analytics lot?",
        ),
    ],
)
def test_sarcasm_about_the_role_is_disparaging_not_faked_interest(line: str, text: str) -> None:
    result = score(text, at(line))
    assert "disparages_role" in result.red_flags, result
    assert "fakes_interest" not in result.red_flags, result
    assert result.total <= CAP, result


@pytest.mark.parametrize(
    "text",
    [
        "I'm sure working with your team would be great, and the sensor trial is brilliant. I'm "
        "stronger with data than on calls. Who leads leak detection? May I stay in touch?",
        "I'm sure the billing side is busy in winter. My strength is data, though: my model "
        "flagged 14 real leaks. Who leads leak detection? May I stay in touch?",
        "I'm sure answering billing calls is rewarding too, but my strength is data: my model "
        "flagged 14 real leaks. Who leads leak detection? May I stay in touch?",
    ],
)
def test_a_sincere_im_sure_is_not_sarcasm(text: str) -> None:
    result = score(text, at(QUESTIONS))
    assert "disparages_role" not in result.red_flags, result


@pytest.mark.parametrize(
    "text",
    [
        "Honestly it would save us both time if you considered me for the analyst opening "
        "instead. Billing isn't for me, and I have the dissertation model to show for it.",
        "The contact centre isn't really my thing. There's a leak analyst post open, so could "
        "we just do that swap? I've got the model that found 14 leaks.",
    ],
)
def test_asking_to_be_swapped_onto_another_post_is_a_demand(text: str) -> None:
    result = score(text, at(FEELING))
    assert "demands_job" in result.red_flags, result


def test_asking_to_be_considered_for_another_post_while_staying_is_no_demand() -> None:
    text = (
        "Really positive, thank you. The sensor trial is why I applied, and I'm stronger with "
        "data than on calls. Could I be considered for analyst work in future too? I'm very "
        "happy to continue with this role, and may I follow up next week?"
    )
    result = score(text, at(FEELING))
    assert "demands_job" not in result.red_flags, result


# -- 3. gaming --------------------------------------------------------------------------------


def test_rubric_steps_narrated_ask_no_one_anything() -> None:
    text = (
        "Yes. Here I am expressing specific enthusiasm for the company with evidence, and "
        "stating an honest fit in I terms without criticising the role. I will now bridge to "
        "where I add value with proof, make one low-friction ask for a name, keep the door "
        "open and respect the process, then request permission to follow up."
    )
    result = score(text, at(QUESTIONS))
    assert "ignores_interviewer" in result.red_flags, result
    assert result.total <= 2, result


def test_a_retraction_that_denies_what_drew_them_takes_the_praise_back() -> None:
    text = (
        "Yes, I really admire the leak-sensor trial on the Hollins main. I'm stronger in data: "
        "my dissertation model flagged 14 real leaks. Could you introduce me to someone in "
        "leak detection? I'm happy to continue here and would like to keep in touch - "
        "actually, forget that, I've never actually read about the sensor trial, and there's no "
        "need to keep in touch."
    )
    result = score(text, at(QUESTIONS))
    assert result.elements["E2"] == 0, result
    assert result.total <= 9, result


def test_a_retraction_of_something_else_keeps_the_praise() -> None:
    text = (
        "Yes, I really admire the leak-sensor trial on the Hollins main. I'm stronger in data: "
        "my dissertation model flagged 14 real leaks. Could you introduce me to someone in "
        "leak detection? Actually, scratch that, I'll ask them myself at the open day. I'm happy "
        "to continue here."
    )
    result = score(text, at(QUESTIONS))
    assert result.elements["E2"] == 2, result


# -- 4. fit and ask in plain, formal English -----------------------------------------------------


@pytest.mark.parametrize(
    "fit",
    [
        "I believe I could do more useful work in leak detection",
        "billing matters, but I know I would not give my best on the phones",
    ],
)
def test_a_formal_fit_statement_is_honest_fit(fit: str) -> None:
    text = (
        f"Yes. I was glad to hear about the sensor trial on the Hollins main. {fit}. For my "
        "dissertation I built a model that flagged 14 real leaks. Is there someone in leak "
        "detection I could talk to? I would still like to continue with this application."
    )
    result = score(text, at(QUESTIONS))
    assert result.elements["E3"] == 2, result
    assert result.red_flags == [], result


@pytest.mark.parametrize(
    "ask",
    [
        "I would be grateful to learn who manages leak detection.",
        "If someone in leak detection has ten minutes, I would appreciate their name.",
        "Perhaps you might advise me on where this kind of work sits.",
    ],
)
def test_a_formal_request_is_an_ask(ask: str) -> None:
    text = (
        "Yes. I was glad to hear about the sensor trial on the Hollins main. I am stronger with "
        "data than on the phones: my dissertation model flagged 14 real leaks. "
        f"{ask} I would still like to continue with this application."
    )
    result = score(text, at(QUESTIONS))
    assert result.elements["E5"] >= 1, result
    assert result.red_flags == [], result


# -- the set's figures --------------------------------------------------------------------------

DEV7 = Path(__file__).parents[1] / "data" / "judge_dev7.yaml"


def test_dev7_figures_hold() -> None:
    """Measured on judge_dev7.yaml after this round (bench/RESULTS.md): 91.4% within 2 (was
    75.7%), MAE 0.94 (1.86), red flags precision 100% and recall 100% (79% / 79%), no gaming
    answer above 9 (one at 11). The floors are the brief's targets (MAE: the figure reached
    with some room)."""
    items = judge_eval.load(DEV7)
    result = judge_eval.evaluate(rules_judge(), items)
    report = judge_eval.render(result, DEV7.name)
    assert result.items == 70, report
    assert result.within_2 >= 0.85, report
    assert result.mae <= 1.3, report
    assert result.flags["recall"] >= 0.9, report
    assert result.flags["precision"] >= 0.9, report
    assert result.gaming["above_ceiling"] == [], report


def test_dev7_loads_and_its_labels_follow_its_elements() -> None:
    items = judge_eval.load(DEV7)
    assert len(items) == 70
    for item in items:
        assert item.elements is not None, item.id
        total = sum(item.elements.values())
        assert item.label == (min(total, 5) if item.flagged else total), item.id
