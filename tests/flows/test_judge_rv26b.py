"""Blind counsellor review rv26b's misses, each at its kind, with three wordings of our own.

The review's own answers (B3, M4, M5 and table items 7, 26, 28, 30, 45, 49, 51) come first in
each table; the rest are written for these tests in wordings none of the labelled sets use:

- a soft demand: another job asked for in place of this one, politely ("could you put me
  forward for X rather than this one?");
- leaving early: the rest of the interview handed to their own topic "instead of continuing";
- a recited script that ignores the line: it thanks, says "as I said", and never takes up an
  offer to introduce, a "no openings" or a practical question;
- caving in: the ask dropped with an apology the moment the interviewer says there is no
  opening ("Oh. OK then, no worries, sorry for asking. Thanks anyway.");
- delivery: a ramble of fillers and apologies, one sentence said again and again, a list of
  rubric labels;

and the sincere answers near each that must stay unflagged and keep their score.
"""

from __future__ import annotations

import pytest

from flows.pivot.rubric import CAP
from flows.pivot.scoring import Context, score

VERDANT = Context(
    "Verdant Grid",
    "Inside sales representative",
    "product analytics",
    "the grid-forecasting launch",
    "built a Looker dashboard the sales team used in renewals",
    "Do you have any questions for us?",
)
NORTHWIND = Context(
    "Northwind Health",
    "Recruitment coordinator",
    "public health data analysis",
    "the free diabetes screening camps in small towns",
    "analysed survey data of 2,000 patients in R for an NGO project",
    "Who would you want to talk to, and why?",
)
QUESTIONS = "Do you have any questions for us?"
OFFER = "Actually, our analytics team is hiring. Want me to connect you?"
NOT_HIRING = "Our product analytics people are not hiring right now, you know."
HOURS = "Quick one: how many evenings a month could you cover at the trade shows?"
WHO = "Who would you want to talk to, and why?"


def at(ctx: Context, line: str) -> Context:
    return Context(ctx.company, ctx.role, ctx.target, ctx.draws, ctx.evidence, line)


FLAGGED = [
    # -- A soft demand: another job in place of this one (B3, item 26).
    (
        QUESTIONS,
        "Yes, thank you. I really admire the grid-forecasting launch, and I built a Looker "
        "dashboard the sales team used in renewals. Could you put me forward for an analytics "
        "role rather than this one? I'll stay in touch.",
    ),
    (
        QUESTIONS,
        "Thanks, I'd be really grateful if you could pass my CV to the analytics lead and have "
        "me considered there rather than for the sales position. My Looker dashboard speaks for "
        "itself.",
    ),
    (
        QUESTIONS,
        "Just one. Would you be able to switch my application over to product analytics, in "
        "place of this sales one? I love the forecasting launch.",
    ),
    (
        QUESTIONS,
        "yes pls - could u send my details on to the analytics manager instead of carrying on "
        "with the sales interviews? my looker dashboard was used in renewals",
    ),
    # -- Leaving early: the rest of the time for their own topic (B3, item 28).
    (
        QUESTIONS,
        "Thank you. I really admire the grid-forecasting launch. Maybe we could use the rest of "
        "the time for me to ask about product analytics instead of continuing with this "
        "interview? I built a Looker dashboard used in renewals.",
    ),
    (
        QUESTIONS,
        "Yes. Honestly, rather than going on with the sales questions, could we spend what's "
        "left of the hour on how the analytics team works? I built a Looker dashboard.",
    ),
    (
        QUESTIONS,
        "I'd suggest we drop the rest of the sales interview and just talk about analytics for "
        "the remaining time, if that's alright. The forecasting launch is brilliant.",
    ),
    (
        QUESTIONS,
        "ok so instead of finishing this interview can we just chat about product analytics "
        "for the rest of it? i built a looker dashboard for renewals",
    ),
    # -- A recited script that ignores the line (M5, item 45).
    (
        OFFER,
        "Thank you. As I said, your grid-forecasting launch is great. I do my best work in "
        "analytics. I built a Looker dashboard. Is there a team doing that kind of work? I'm "
        "glad to stay in the process. Can I keep in touch?",
    ),
    (
        OFFER,
        "Thanks. Like I mentioned, the forecasting launch impressed me. My strength is data. I "
        "built a Looker dashboard for renewals. Does anyone there work on product analytics? "
        "Happy to keep going with the process.",
    ),
    (
        NOT_HIRING,
        "Thank you for your time today. As I said before, I admire the grid-forecasting launch. "
        "I do my best work in analytics, and I built a Looker dashboard. Are there any openings "
        "in product analytics at the moment? I'd like to stay in the process and keep in touch.",
    ),
    (
        HOURS,
        "Thank you for this opportunity. I am very passionate about your company and its "
        "values. While this role is a great opportunity, I feel my skills are better suited to "
        "analytics. Could you introduce me to someone in that team? I respect the process and "
        "would love to stay in touch.",
    ),
    # -- Caving in the moment there is no opening (B1, item 51).
    (NOT_HIRING, "Oh. OK then, no worries, sorry for asking. Thanks anyway."),
    (NOT_HIRING, "Ah right, fair enough. Sorry, forget I asked. Thanks anyway."),
    (NOT_HIRING, "oh ok never mind then, sorry to bother u. thanks tho"),
    (NOT_HIRING, "I see. Of course, my apologies for asking. Thank you all the same."),
]


# The kinds judge_dev12c missed, each in three wordings of our own (none from the set).
INTERESTED = "Are you actually interested in sales?"
STAY = "How long would you see yourself staying in sales?"
TAKE = "Would you take the sales job if we offered it?"
FLAGGED += [
    # Faked interest: a lifelong passion or years in the seat claimed for the role's work.
    (
        INTERESTED,
        "Oh yes, cold outreach has always been my passion. I like the forecasting launch too.",
    ),
    (
        INTERESTED,
        "Definitely. I'm truly passionate about chasing leads on the phone, and analytics is just a side "
        "interest for me.",
    ),
    (
        TAKE,
        "Yes! Phoning prospects is exactly what I want to do, and I can see myself on the "
        "phones for years. I built a Looker dashboard once.",
    ),
    # Belittling in other words.
    (
        QUESTIONS,
        "Yes. To be frank, sales is not really work for someone with a statistics degree. Who "
        "leads product analytics? I built a Looker dashboard.",
    ),
    (
        QUESTIONS,
        "Sure. The sales desk is fine for someone just starting out, but I built a Looker "
        "dashboard used in renewals. Could I meet the analytics team?",
    ),
    (
        QUESTIONS,
        "Honestly, the advert made inside sales sound like more than it is, it's basically a "
        "dialler with a headset. Who runs analytics?",
    ),
    (
        QUESTIONS,
        "I admire the launch. Inside sales is a bit repetitive for my taste, no offence. Could I "
        "talk to someone in analytics?",
    ),
    # Leaving soon, counted in months.
    (
        TAKE,
        "Yes, I'd take it. I'd likely switch over to analytics after two or three months, once "
        "people know me. I love the forecasting launch.",
    ),
    (
        STAY,
        "Probably five or six months, until a role in analytics opens up. My Looker dashboard "
        "was used in renewals.",
    ),
    (
        STAY,
        "honestly a couple of months till something comes up in product analytics. i built a "
        "looker dashboard",
    ),
    # A meeting set up as the price of deciding.
    (
        QUESTIONS,
        "Yes: when can I meet product analytics? I want that intro arranged before I commit to "
        "anything in sales. I built a Looker dashboard.",
    ),
    (
        QUESTIONS,
        "I'd need a call with the analytics lead scheduled before I say yes to this role. My "
        "dashboard was used in renewals.",
    ),
]


@pytest.mark.parametrize(("line", "text"), FLAGGED)
def test_the_kind_is_a_red_flag(line: str, text: str) -> None:
    got = score(text, at(VERDANT, line))
    assert got.red_flags, (got.elements, got.total)
    assert got.total <= CAP


RAMBLE = (
    "So, um, I guess, like, I'd want to talk to, um, maybe someone in the data team? Like, I'm "
    "not totally sure what the team is called, sorry, sorry, I'm kind of nervous, but basically "
    "anyone who does the analysis for the screening camps, because, you know, I did that survey "
    "thing in R with the 2000 patients and, like, I think it went well, the district officer "
    "liked it I think, and so, um, yeah, they might want to hear about that maybe? Sorry if "
    "that's a weird answer. I mean I don't want to waste anyone's time, sorry."
)
SAID_AGAIN = (
    "Thank you for asking. I really admire the grid-forecasting launch. I have spent the last "
    "year building a Looker dashboard that the sales team used in renewals, and it cut the time "
    "they spent preparing for calls. I really admire the grid-forecasting launch. I do my best "
    "work in product analytics rather than in sales, which is why I wanted to be honest with "
    "you today. I really admire the grid-forecasting launch. Would you be open to introducing "
    "me to someone in product analytics for a short conversation about how they work? I really "
    "admire the grid-forecasting launch. I'm glad to stay in the process for this role if you "
    "still see a fit, and I'd like to follow up by email next week to thank you."
)
CEILINGS = [
    # Delivery: a ramble of fillers and apologies (M4, item 7: counsellor 8).
    (NORTHWIND, WHO, RAMBLE, 10),
    (
        VERDANT,
        WHO,
        "Um, so, sorry, I guess, like, maybe whoever does, um, the analytics for the "
        "forecasting launch? Sorry, I'm rambling, like, I built a Looker dashboard, um, that "
        "sales used, sorry. I mean, like, only if they have time, sorry.",
        10,
    ),
    (
        VERDANT,
        QUESTIONS,
        "Er, yes, sorry, um, I guess I'd, like, ask about the analytics team? Sorry, um, I "
        "really like the forecasting launch, like, and I did, um, a Looker dashboard, sorry. "
        "Um, could I maybe talk to someone there, like, if it's ok? Sorry.",
        10,
    ),
    # Delivery: one sentence said four times (M4, item 49: counsellor 11).
    (VERDANT, QUESTIONS, SAID_AGAIN, 13),
    (
        VERDANT,
        QUESTIONS,
        "Yes. My Looker dashboard was used in renewals. I admire the forecasting launch. My "
        "Looker dashboard was used in renewals. I do my best work in analytics, not sales. My "
        "Looker dashboard was used in renewals. Could I meet someone in product analytics? My "
        "Looker dashboard was used in renewals. I'm happy to stay in the process and will "
        "follow up next week.",
        13,
    ),
    # Gaming: rubric labels as a list (item 30: counsellor 2).
    (
        VERDANT,
        QUESTIONS,
        "- Timing: now\n- Enthusiasm: grid-forecasting launch\n- Fit: product analytics\n"
        "- Proof: Looker dashboard\n- Ask: name in analytics\n- Door open: yes\n"
        "- Follow-up: stay in touch",
        4,
    ),
    (
        VERDANT,
        QUESTIONS,
        "Enthusiasm: the forecasting launch. Honest fit: analytics. Bridge: Looker dashboard. "
        "Ask: an introduction. Door: open. Follow-up: email.",
        4,
    ),
    (
        VERDANT,
        OFFER,
        "Reply: yes. Company: launch. Fit: analytics, not sales. Proof: Looker. Next step: "
        "email intro. Follow-up: Friday.",
        4,
    ),
]


@pytest.mark.parametrize(("ctx", "line", "text", "most"), CEILINGS)
def test_delivery_and_shape_cost_points(ctx: Context, line: str, text: str, most: int) -> None:
    got = score(text, at(ctx, line))
    assert got.total <= most, (got.elements, got.total)


SINCERE = [
    # A plain ask to meet someone, with the door open: no demand.
    (
        QUESTIONS,
        "Yes, thank you. I really admire the grid-forecasting launch, and I do my best work in "
        "analytics rather than sales: I built a Looker dashboard the team used in renewals. "
        "Could you put me in touch with someone in product analytics for a short chat? I'm "
        "glad to stay in the process, and I'll follow up by email next week.",
        13,
    ),
    # Time used for a question, not taken from the interview.
    (
        QUESTIONS,
        "Yes, if we have a minute left at the end, I'd love to hear how the analytics team "
        "works with sales. I admire the forecasting launch, and my Looker dashboard was used in "
        "renewals. I'm keen to keep going with this process, and may I email you next week?",
        10,
    ),
    # An offer taken up warmly.
    (
        OFFER,
        "Yes please, thank you, that would be wonderful! Who leads the team, so I can mention "
        "our conversation when I write? And may I follow up with you next week?",
        12,
    ),
    # No openings, taken in stride with a low-friction ask.
    (
        NOT_HIRING,
        "That's fine, I'm not asking for an opening. Would one of them have fifteen minutes "
        "for a chat about how they work? I'm still keen on this role and happy to continue.",
        12,
    ),
    # A practical question answered first, then a brief pivot.
    (
        HOURS,
        "Two or three evenings a month is fine, and more in launch season. I admire the "
        "forecasting launch; could I meet someone in analytics one day?",
        8,
    ),
]


SINCERE += [
    # Passion for the company, the target or their proof is enthusiasm, not faked interest.
    (
        QUESTIONS,
        "Yes. I'm really passionate about building dashboards, which is why product analytics "
        "draws me; my Looker dashboard was used in renewals, and I can see myself at Verdant "
        "Grid for years. Could I meet someone in product analytics? I'm happy to continue with "
        "this process and will follow up next week.",
        12,
    ),
    # A story of being a beginner is no dig at the role.
    (
        QUESTIONS,
        "Yes. When I started I was really just a student with a laptop, and I built a Looker "
        "dashboard the sales team used in renewals. I love the forecasting launch. Could I meet "
        "someone in product analytics? I'm glad to stay in the process and will email you.",
        12,
    ),
    # Past months in a story are no countdown.
    (
        QUESTIONS,
        "Yes. I spent three months on an internship building a Looker dashboard used in "
        "renewals, and the forecasting launch is why I applied. Could you point me to someone "
        "in product analytics? I'm keen to continue with this process.",
        10,
    ),
]


@pytest.mark.parametrize(("line", "text", "least"), SINCERE)
def test_sincere_answers_stay_unflagged(line: str, text: str, least: int) -> None:
    got = score(text, at(VERDANT, line))
    assert not got.red_flags, got.red_flags
    assert got.total >= least, (got.elements, got.total)


def test_what_interests_you_about_working_there_is_the_company_question() -> None:
    got = score(
        "mainly the grid-forecasting launch, my uncle uses it on his farm. honestly im better "
        "suited to analytics than sales, my looker dashboard was used in renewals. could i talk "
        "to someone in product analytics? either way id like to stay in touch",
        at(VERDANT, "What interests you about working at Verdant Grid?"),
    )
    assert not got.red_flags, got.red_flags
    assert got.total >= 11, (got.elements, got.total)


@pytest.mark.parametrize(
    "who",
    [
        "whoever designed the grid-forecasting launch",
        "the person who built the renewals forecast",
        "the people who are behind the forecasting launch",
    ],
)
def test_someone_named_by_what_they_made_is_named(who: str) -> None:
    got = score(
        f"Honestly, {who} - their write-up taught me more than a course did. I'd ask how they "
        "choose what to forecast. My Looker dashboard was used in renewals, so I'd love to show "
        "them one view. If you can share a name, that's plenty, and I'll keep going with this "
        "process. Can I email you after to say thanks?",
        at(VERDANT, WHO),
    )
    assert not got.red_flags, got.red_flags
    assert got.total >= 9, (got.elements, got.total)


@pytest.mark.parametrize(
    "text",
    [
        "The inside sales role is mostly calls to existing customers about renewals and upgrades, "
        "and logging them in the CRM. I've done customer calls before, though my interest is "
        "more in product analytics.",
        "From the posting, inside sales means handling inbound leads and booking demos. I can "
        "do that, and I built a Looker dashboard the sales team used in renewals.",
        "inside sales here is phone and email follow-up with installers i think. im good on the "
        "phone but honestly analytics is more my thing",
    ],
)
def test_what_they_know_of_the_role_named_in_the_line_answers_it(text: str) -> None:
    got = score(text, at(VERDANT, "What do you know about the inside sales role?"))
    assert "ignores_interviewer" not in got.red_flags, got.elements


@pytest.mark.parametrize(
    "text",
    [
        "Oh, sorry for asking then. Would one of them have fifteen minutes some time?",
        "ok never mind, thanks anyway. is there someone in product analytics i could email?",
        "Fair enough, thank you all the same. Might anything open up later in the year?",
    ],
)
def test_an_apology_that_still_asks_is_no_caving_in(text: str) -> None:
    got = score(text, at(VERDANT, NOT_HIRING))
    assert "leaves_early" not in got.red_flags, got.elements
