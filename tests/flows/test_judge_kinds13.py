"""Judge faults from blind review 13b, each fixed at its kind, not at one wording.

1. Sarcasm is disparaging in any moment, the "what would you ask them?" credit included: praise
   for the time a meeting will take said with certainty ("I'm sure it'll be a marvellous use of
   their afternoon"), a dig at the interview itself ("what I clearly can't ask in a screening
   call") and thanks piled up ("so very much") beside them.
2. Asked who in particular, indifference ("anyone would be ok", "not sure who", "doesn't matter
   who") with no person or team of substance is at most half an ask and earns no free credit.
3. Asked only for a name or a team, a recited pivot that names no one in its first sentences is
   the canned reflex (ignores_interviewer, capped).
4. Asking to join or move to another team instead of this job, in any English, demands a job.

Every answer here is written for these tests, in wording of its own.
"""

from __future__ import annotations

import pytest

from flows.pivot.scoring import CAP, Context, score

AUDIT = Context(
    company="Pellham Rowe",
    role="Audit Trainee (external audit fieldwork)",
    target="forensic accounting",
    draws="the fraud casebook you publish each spring",
    evidence="I traced a supplier overbilling pattern in my internship ledgers",
)
ASK_THEM = "I could introduce you. What would you actually ask them?"
WHO = "Who in particular would you want to talk to?"
NAME_OR_TEAM = "Who exactly? Give me a name or a team."
TAKE = "If I offered you this job today, would you take it?"


def at(line: str) -> Context:
    c = AUDIT
    return Context(c.company, c.role, c.target, c.draws, c.evidence, line)


# -- 1. sarcasm around the "what would you ask them?" credit ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Oh, I'd ask them everything I clearly can't ask in a screening call. Thanks so very "
        "much for offering, I'm certain it'll be a marvellous use of their afternoon.",
        "I would ask how they pick which cases to chase. Thank you so very much, I'm sure that "
        "will be a fantastic use of everybody's time. Can I stay in touch?",
    ],
)
def test_sarcasm_is_disparaging_even_when_it_says_what_it_would_ask(text: str) -> None:
    result = score(text, at(ASK_THEM))
    assert "disparages_role" in result.red_flags, result
    assert result.total <= CAP, result


def test_sincere_thanks_with_a_real_question_is_still_the_whole_moment() -> None:
    text = (
        "I'd ask them how they decide which suspicious invoices to investigate first. Thank you "
        "very much for offering, could we follow up next week?"
    )
    result = score(text, at(ASK_THEM))
    assert result.red_flags == [], result
    assert result.total >= 12, result


# -- 2. "who in particular?" answered with indifference ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Not sure who really, perhaps someone over in finance? Anyone would be ok.",
        "Honestly it doesn't matter who, maybe somebody from the investigations side?",
        "Hmm, whoever you think, maybe somebody in the risk people? I'm not picky.",
    ],
)
def test_indifference_to_who_is_half_an_ask_and_earns_no_free_credit(text: str) -> None:
    result = score(text, at(WHO))
    assert result.elements["E5"] <= 1, result
    assert result.granted == [], result
    assert result.total <= 8, result
    assert result.band in ("rework", "restart"), result


def test_naming_a_person_and_why_is_still_a_full_answer() -> None:
    text = (
        "Ideally whoever leads forensic accounting, since your fraud casebook was what drew me "
        "here. Would they have twenty minutes?"
    )
    result = score(text, at(WHO))
    assert result.red_flags == [], result
    assert result.elements["E5"] >= 1, result
    assert result.total >= 12, result


# -- 3. a recited pivot to "give me a name or a team" -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I applied to Pellham Rowe because your spring fraud casebook is superb. My strongest "
        "work is in forensic accounting: in my internship I traced a supplier overbilling "
        "pattern in the ledgers. Could you point me to someone in forensic accounting? I'd love "
        "to stay in touch.",
        "Pellham Rowe caught my eye because of the fraud casebook you publish each spring. I "
        "feel my best contribution would be on the investigative side. During my internship I "
        "traced a supplier overbilling pattern in the ledgers. Would someone in forensic "
        "accounting have a few minutes for me? I'd like to keep the conversation going.",
    ],
)
def test_a_recited_pivot_that_never_leads_with_who_ignores_the_line(text: str) -> None:
    result = score(text, at(NAME_OR_TEAM))
    assert "ignores_interviewer" in result.red_flags, result
    assert result.total <= CAP, result


def test_leading_with_the_team_answers_the_line() -> None:
    text = (
        "The forensic accounting team, ideally whoever runs it. Your fraud casebook is why I "
        "applied, and I traced a supplier overbilling pattern in my internship ledgers."
    )
    result = score(text, at(NAME_OR_TEAM))
    assert "ignores_interviewer" not in result.red_flags, result


# -- 4. another team asked for instead of this job ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Maybe is better I go to forensic accounting team instead of this job, it is possible?",
        "Can I be joining the investigations group instead this role please?",
        "I would like to move to forensic accounting rather than this position, if that works.",
    ],
)
def test_asking_for_another_team_instead_of_this_job_demands_a_job(text: str) -> None:
    result = score(text, at(TAKE))
    assert "demands_job" in result.red_flags, result
    assert result.total <= CAP, result
