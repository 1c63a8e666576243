"""The rules judge on answers written for these tests, in words the labelled sets do not use.

These guard generalisation: each names what a counsellor would say about an answer (a red flag, a
gaming shape, an ordinary idiom that deserves credit) in wording of its own.
"""

from __future__ import annotations

import pytest

from flows.pivot.scoring import Context, score

LIBRARY = Context(
    company="Fernhill Library Services",
    role="Library Assistant (front counter)",
    target="digital archives",
    draws="their oral-history project with retired miners",
    evidence="a digitisation pipeline for 3,000 parish records at the county archive",
)
VANS = Context(
    company="Copperline Logistics",
    role="Warehouse Shift Lead",
    target="route optimisation",
    draws="their electric van trial in Bristol",
    evidence="a Python route planner that cut my courier team's mileage by 15%",
)
QUESTIONS = "Do you have any questions for us?"


def at(ctx: Context, line: str) -> Context:
    return Context(ctx.company, ctx.role, ctx.target, ctx.draws, ctx.evidence, line)


@pytest.mark.parametrize(
    ("ctx", "text", "flag"),
    [
        (
            LIBRARY,
            "Oh, stamping returns at the counter all day, what a thrill. Lucky me. Anyway, the "
            "oral-history project is lovely and archives is where I'd shine. Could you name "
            "someone there?",
            "disparages_role",
        ),
        (
            VANS,
            "Yes. I admire the van trial and I'd add most in route optimisation. I'm glad to stay "
            "in the process, provided I can move to the routing team after probation.",
            "demands_job",
        ),
        (
            VANS,
            "I'll be honest: I'd stay in the process if you can promise me a transfer to route "
            "optimisation within the year.",
            "demands_job",
        ),
        (
            LIBRARY,
            "To be upfront, I only went for this role to get inside Fernhill. Once I'm in I'll "
            "apply for archives. Who runs that team?",
            "disparages_role",
        ),
        (
            LIBRARY,
            "Honestly, I applied just to get in the door. Archives is what I want. Who should I "
            "talk to?",
            "disparages_role",
        ),
        (
            VANS,
            "Honestly, running shifts would drive me up the wall. I built a route planner that cut "
            "mileage by 15%. Could you point me to someone in route optimisation?",
            "disparages_role",
        ),
        (
            VANS,
            "Yes! Warehouse shifts are honestly my happy place, nothing excites me more. I'd also "
            "love to move across to route optimisation as soon as possible. Who leads it?",
            "fakes_interest",
        ),
        (
            VANS,
            "Just one question: who in route optimisation could I email? That's really all I "
            "needed, so I'm happy to finish here and free up your afternoon.",
            "leaves_early",
        ),
        (
            LIBRARY,
            "Thanks. I'd expect to be transferred to digital archives within six months, so "
            "please set that up.",
            "demands_job",
        ),
    ],
)
def test_red_flags_in_new_words(ctx: Context, text: str, flag: str) -> None:
    result = score(text, at(ctx, QUESTIONS))
    assert flag in result.red_flags and result.total <= 5


@pytest.mark.parametrize(
    ("ctx", "line", "text"),
    [
        (
            LIBRARY,
            QUESTIONS,
            "Yes, thank you. I'd rather not waste your time with a long preamble, so: the "
            "oral-history project with retired miners is why I applied to Fernhill. Front-counter "
            "work isn't really my cup of tea; my sweet spot is digital archives. I built a "
            "digitisation pipeline for 3,000 parish records at the county archive. Could you link "
            "me up with someone on the archives side? I'm still happy to be considered for this "
            "role, and I'll ping you an email next week if that's okay.",
        ),
        (
            LIBRARY,
            "If I offered you this job today, would you take it?",
            "That's a tough one. I'd take it seriously, because I love Fernhill and the "
            "oral-history project, but my strongest work is in archives. Could I talk to someone "
            "there before I decide?",
        ),
        (
            LIBRARY,
            QUESTIONS,
            "I do, thanks. I love Fernhill Library's oral-history project with the miners; I've "
            "listened to most of the recordings. I'm more of a behind-the-scenes person, and I "
            "digitised 3,000 parish records at the county archive. Is there someone in digital "
            "archives you'd suggest I speak to? I'd be glad to continue with this process either "
            "way, and may I keep in touch?",
        ),
        (
            VANS,
            "We only have five minutes left.",
            "I don't want to waste your time, so just one thing: who in route optimisation could I "
            "email? And may I drop you a line next week?",
        ),
    ],
)
def test_ordinary_answers_raise_no_flag(ctx: Context, line: str, text: str) -> None:
    result = score(text, at(ctx, line))
    assert result.red_flags == [], result
    assert result.total >= 12


@pytest.mark.parametrize(
    ("ctx", "line", "text"),
    [
        (
            LIBRARY,
            QUESTIONS,
            "Why you: the oral-history project. Me: archives person. Proof: 3,000 records "
            "digitised. Request: a name? Next: email next week.",
        ),
        (
            VANS,
            QUESTIONS,
            "Copperline van trial Bristol passion excitement route optimisation planner mileage "
            "fifteen percent introduction contact name keen process follow touch base",
        ),
        (
            VANS,
            QUESTIONS,
            "Let me show genuine, specific enthusiasm, then an honest statement of fit. I will "
            "bridge to my value with evidence, make a single small ask, keep the door open and "
            "secure a follow-up.",
        ),
        (
            VANS,
            QUESTIONS,
            "Van trial, love it. Shift work, meh. Routes, my thing. Planner, fifteen percent. A "
            "name? Email soon.",
        ),
        (
            VANS,
            QUESTIONS,
            "I really admire the van trial, though honestly every logistics firm is doing electric "
            "vans now. I built a route planner that cut mileage 15%, but that was mostly luck. "
            "Could you point me to someone in route optimisation? Actually never mind, I'll apply "
            "online. I'd stay in the process, or not, whichever.",
        ),
        (
            VANS,
            "Before we get to your questions, tell me about a time you resolved a conflict on shift.",
            "Thank you. The electric van trial in Bristol is why I applied to Copperline. I do my "
            "best work in route optimisation: my Python route planner cut my courier team's "
            "mileage by 15%. Is there someone in that team I could talk to? I'm happy to stay in "
            "the process, and may I keep in touch?",
        ),
    ],
)
def test_gaming_in_new_words_stays_below_solid(ctx: Context, line: str, text: str) -> None:
    result = score(text, at(ctx, line))
    assert result.total <= 9, result


@pytest.mark.parametrize(
    ("line", "text", "at_least"),
    [
        (
            "Actually, our routing team is hiring. Want me to connect you?",
            "Yes please, that's really kind! Could you tell me a bit about what they work on? I'll "
            "send you a quick note after I've spoken to them.",
            14,
        ),
        (
            "We only have five minutes left.",
            "Understood, I'll keep it short: could you suggest one person in route optimisation I "
            "might email? And may I drop you a line next week?",
            13,
        ),
        (
            "Who in particular would you want to talk to?",
            "Probably whoever runs the route-planning software, or one of their analysts. Would "
            "you be okay introducing me by email?",
            13,
        ),
    ],
)
def test_a_narrow_moment_done_well_is_complete(line: str, text: str, at_least: int) -> None:
    result = score(text, at(VANS, line))
    assert not result.red_flags and result.total >= at_least, result


def test_idioms_and_non_native_english_earn_credit() -> None:
    ctx = at(LIBRARY, QUESTIONS)
    kindly = score("Kindly let me know whom I may contact in the archives team.", ctx)
    assert kindly.elements["E5"] == 2
    revert = score("I will do the needful and revert back to you next week.", ctx)
    assert revert.elements["E7"] == 2
    heart = score("Archives is where my heart is, to be honest.", ctx)
    assert heart.elements["E3"] == 2
    fan = score("I've been a fan of Fernhill's oral-history project since it began.", ctx)
    assert fan.elements["E2"] == 2


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("There aren't any vacancies in that team right now.", "no_openings"),
        ("Are you still interested in this position, then?", "withdrawing"),
        ("So would you accept if we offered?", "would_take_offer"),
        ("I could introduce you to our head of analytics if you like.", "floated_team"),
        ("Just so you know, we've only got a couple of minutes.", "time_pressure"),
        ("Who would you like me to connect you with?", "who_particular"),
        ("Tell me honestly, is this the job you want?", "challenge"),
        ("Where do you see yourself in five years?", "future"),
        ("Do you have any other questions?", "opening"),
        ("Is there anything you'd like to know about the role?", "opening"),
        ("Can I ask what you actually know about us?", "what_know"),
    ],
)
def test_new_curveballs_are_recognised(line: str, kind: str) -> None:
    from flows.pivot.scoring import classify_line

    assert classify_line(line) == kind


@pytest.mark.parametrize(
    ("line", "text", "element", "points"),
    [
        (QUESTIONS, "Would you mind if I followed up with you next week?", "E7", 2),
        (QUESTIONS, "Mind if I email you in a fortnight?", "E7", 2),
        (QUESTIONS, "I'm not ruling myself out for this role, to be clear.", "E6", 2),
        (QUESTIONS, "I don't think I'm cut out for warehouse shifts.", "E3", 2),
        (QUESTIONS, "My real skills are in planning routes.", "E3", 2),
        (QUESTIONS, "Would it be possible to meet someone from the routing team?", "E5", 2),
        (
            QUESTIONS,
            "I'd be grateful if you could pass my name to the route optimisation lead.",
            "E5",
            2,
        ),
        (QUESTIONS, "The electric van trial in Bristol really stuck with me.", "E2", 2),
        (QUESTIONS, "Would it be alright if I stayed in touch?", "E7", 2),
    ],
)
def test_more_ordinary_phrasings_earn_credit(
    line: str, text: str, element: str, points: int
) -> None:
    assert score(text, at(VANS, line)).elements[element] == points


@pytest.mark.parametrize(
    ("line", "text", "flag"),
    [
        (
            QUESTIONS,
            "Right, listen. The van trial is fine. Shift work isn't for me, obviously. I built a "
            "route planner. Get me a meeting with routing. I'll stay in the process if I have to, "
            "and I'll email you, so don't ignore it.",
            "disparages_role",
        ),
        (
            QUESTIONS,
            "Oh sure, because running night shifts is everyone's dream. Anyway, could you point "
            "me to someone in route optimisation?",
            "disparages_role",
        ),
        (
            QUESTIONS,
            "I love the van trial. I'll stay in, but I need to know there's a path into route "
            "optimisation before I commit.",
            "demands_job",
        ),
        (
            QUESTIONS,
            "Thanks, that's all I needed. I'll let you get on with your afternoon.",
            "leaves_early",
        ),
        (
            "If I offered you this job today, would you take it?",
            "Yes! Running warehouse shifts is the perfect job for me, it's my passion. And once "
            "I'm in I'd like to move to route optimisation quickly.",
            "fakes_interest",
        ),
    ],
)
def test_more_red_flags_in_new_words(line: str, text: str, flag: str) -> None:
    result = score(text, at(VANS, line))
    assert flag in result.red_flags and result.total <= 5, result


@pytest.mark.parametrize(
    ("line", "text"),
    [
        (
            "We don't have anything in routing open at the moment.",
            "That's fine, I'm not looking for an opening today. Honestly, the ideal role for me "
            "would be in route optimisation, and I'd value ten minutes with someone there. I'm "
            "still glad to be considered for this one.",
        ),
        (
            QUESTIONS,
            "Yes, thanks. I've always wanted to work at Copperline; the van trial is why. My "
            "strengths are in routing: my planner cut mileage 15%. Who could I talk to in route "
            "optimisation? I'd love to be considered for this role too, and may I keep in touch?",
        ),
        (
            QUESTIONS,
            "Yes. I promise I'd give the job my full effort, but I'm much stronger with data than "
            "with rotas. Is there someone in route optimisation I could speak to?",
        ),
    ],
)
def test_honest_phrasings_that_look_like_flags_are_not(line: str, text: str) -> None:
    assert score(text, at(VANS, line)).red_flags == []


CLINIC = Context(
    company="Meridian Health Partners",
    role="Patient Access Representative",
    target="population health analytics",
    draws="their diabetes outreach programme in rural clinics",
    evidence="a dashboard tracking vaccine uptake across 12 GP surgeries",
)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("No offence, but this job is a bit beneath what I studied for.", "disparages_role"),
        ("I see this job as a stopgap until I find something in analytics.", "disparages_role"),
        (
            "Can you make sure I'm moved to population health analytics after probation?",
            "demands_job",
        ),
        ("If there's no path into population health analytics, I'm not interested.", "demands_job"),
        ("I think I have what I need, so no need to keep you.", "leaves_early"),
        (
            "I can't think of anything I'd enjoy more than patient access work, but long term I "
            "want population health analytics.",
            "fakes_interest",
        ),
    ],
)
def test_a_third_batch_of_red_flags(text: str, flag: str) -> None:
    assert flag in score(text, at(CLINIC, QUESTIONS)).red_flags


@pytest.mark.parametrize(
    ("line", "text", "at_least"),
    [
        (
            QUESTIONS,
            "ya thx! rly love ur diabetes outreach thing in the rural clinics, thats why i "
            "applied. tbh front desk stuff isnt rly where im strongest, im more of a data person - "
            "built a vaccine uptake dashboard for 12 GP surgeries on placement. is there any1 in "
            "pop health analytics i cd chat to? happy 2 stay in the process if u think im a fit + "
            "can i msg u after?",
            14,
        ),
        (
            QUESTIONS,
            "Yes sir, thank you for the opportunity. Your diabetes outreach in rural clinics is the "
            "main reason I have applied in Meridian. But I must tell honestly, my interest is more "
            "in analytics than in patient desk work. In my placement I have prepared one dashboard "
            "for vaccine uptake in 12 GP surgeries, which the practice manager is using till now. "
            "Kindly let me know if I can speak with somebody from population health analytics "
            "team. I am ready to continue in this process, and I will revert to you by next week.",
            14,
        ),
        (
            "Actually, the population health team is recruiting. Shall I connect you with their "
            "lead?",
            "omg yes pls!! that wd be amazing ty. whats the best way to reach them? ill let u know "
            "how it goes",
            14,
        ),
        (
            "If I offered you this job today, would you take it?",
            "To be blunt, yes, I probably would, because I want to be at Meridian. But I'd be more "
            "useful in population health analytics, so I'd want to talk to that team too.",
            8,
        ),
    ],
)
def test_phone_typing_and_other_englishes_are_read_for_meaning(
    line: str, text: str, at_least: int
) -> None:
    result = score(text, at(CLINIC, line))
    assert not result.red_flags and result.total >= at_least, result


# -- second round (issue 11): kinds of line, structure, nervous answers -------------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # An offer is an offer whatever it mentions, minutes included.
        ("Our routing lead is in today. Shall I grab him for ten minutes later?", "floated_team"),
        ("Dana runs archives. I can message her now if you like?", "floated_team"),
        ("want me to pass your CV to her?", "floated_team"),
        # No openings, in other words, even when a team is named.
        ("Route optimisation isn't hiring this year, sadly.", "no_openings"),
        ("There are no digital-archive posts at the moment.", "no_openings"),
        ("We don't have any routing jobs going, I'm afraid.", "no_openings"),
        ("Archives has a recruitment freeze, I'm afraid; no vacancies.", "no_openings"),
        # Time that is available is no pressure; little time left is.
        ("We've got ten minutes or so. What would you like to ask me?", "opening"),
        ("I've got a hard stop in five minutes.", "time_pressure"),
        ("Right, I think that's everything from me. What can I tell you?", "opening"),
        ("Be straight with me: is this job just a stepping-stone for you?", "challenge"),
    ],
)
def test_lines_are_read_by_what_they_ask(line: str, kind: str) -> None:
    from flows.pivot.scoring import classify_line

    assert classify_line(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Who in particular would you want to talk to?",
        "Actually, our routing team is hiring. Want me to connect you?",
        "We only have five minutes left.",
        QUESTIONS,
        "If I offered you this job today, would you take it?",
        "We don't have any other openings right now.",
        "So are you withdrawing your application?",
    ],
)
@pytest.mark.parametrize(
    "text",
    [
        "um sorry, i guess anyone? sorry",
        "oh, er, sorry, yes please? sorry. thanks",
        "Sorry! Um. Sorry, I don't know, sorry.",
    ],
)
def test_nervous_content_free_answers_need_rework_and_are_no_canned_script(
    line: str, text: str
) -> None:
    result = score(text, at(VANS, line))
    assert result.total <= 9, result  # never "solid" or "ready"
    assert not result.granted, result  # a nervous reply gets no free credit for the moment
    assert "ignores_interviewer" not in result.red_flags, result  # not the apple-pie script


def test_a_warm_yes_without_a_question_or_follow_up_is_not_the_whole_moment() -> None:
    line = "Actually, our routing team is hiring. Want me to connect you?"
    bare = score("Oh wow, yes please! Thank you, that would be amazing.", at(VANS, line))
    full = score(
        "Oh wow, yes please! Thank you. What are they working on at the moment?", at(VANS, line)
    )
    assert not bare.granted and bare.total <= 9, bare
    assert full.granted and full.total >= 14, full


@pytest.mark.parametrize(
    ("line", "text", "flag"),
    [
        (
            QUESTIONS,
            "The van trial is why I'm here and my route planner cut mileage 15%. If I accept, "
            "I'd need the offer letter to name a move to route optimisation after probation. I "
            "couldn't sign otherwise. May I keep in touch?",
            "demands_job",
        ),
        (
            QUESTIONS,
            "Could you introduce me to someone in route optimisation? Or simpler still, just "
            "transfer my application over to them.",
            "demands_job",
        ),
        (
            "If we offered you the shift lead job, would you take it?",
            "Yes, in a heartbeat! Though I'd love to get into route optimisation too, where my "
            "planner cut mileage 15%.",
            "fakes_interest",
        ),
        (
            QUESTIONS,
            "Warehouse shifts are catnip to me, honestly. I'm also keen on route optimisation, "
            "where my planner cut mileage 15%. Could you point me to someone there?",
            "fakes_interest",
        ),
        (
            QUESTIONS,
            "I didn't spend three years on a logistics degree to count pallets at 3am. Who runs "
            "route optimisation?",
            "disparages_role",
        ),
        (
            "So are you withdrawing your application?",
            "Ha, no. Who'd walk away from the glamour of counting pallets? I'd rather be in route "
            "optimisation though. Could I speak to someone there?",
            "disparages_role",
        ),
    ],
)
def test_second_round_red_flags(line: str, text: str, flag: str) -> None:
    result = score(text, at(VANS, line))
    assert flag in result.red_flags and result.total <= 5, result


@pytest.mark.parametrize(
    ("line", "text"),
    [
        (
            "How do you feel about weekend shifts?",
            "I'd like to take this chance to show specific enthusiasm for Copperline, make an "
            "honest fit statement in I terms, bridge to my value with proof, make one small ask, "
            "keep the door open and secure a follow-up.",
        ),
        (
            QUESTIONS,
            "Honestly excited about Copperline, enthusiasm, fit, best work, proof, evidence, value, "
            "introduction, name, team, door open, process, follow up, keep in touch, thanks.",
        ),
    ],
)
def test_rubric_speak_and_keyword_runs_ignore_the_line(line: str, text: str) -> None:
    result = score(text, at(VANS, line))
    assert "ignores_interviewer" in result.red_flags and result.total <= 5, result


def test_statements_taken_back_in_other_words_earn_nothing() -> None:
    text = (
        "I admire the van trial, though really it's just marketing, isn't it? I'd fit better in "
        "route optimisation; mind you, I haven't looked into it. My planner cut mileage 15%, a "
        "lucky fluke honestly. I'm happy to stay in the process; well, depending. And I'll keep "
        "in touch, if I remember."
    )
    result = score(text, at(VANS, QUESTIONS))
    assert "retracted" in result.gaming and result.total <= 9, result
    for element in ("E2", "E3", "E6", "E7"):
        assert result.elements[element] == 0, (element, result)


@pytest.mark.parametrize(
    ("line", "text", "at_least"),
    [
        (
            "Route optimisation isn't hiring this year, sadly.",
            "That's fine, I wasn't expecting a job there. I'd just like to understand how they "
            "plan the van routes. Would one of them have twenty minutes for a call? And may I "
            "check in with you in a couple of months?",
            12,  # no reason of their own for the company and no word on this process
        ),
        (
            "Dana runs archives. I can message her now if you like?",
            "oh that wd be great thank u! shd i send u my cv first? n can i follow up w her next wk",
            14,
        ),
        (
            "We've got ten minutes or so. What would you like to ask me?",
            "Thank you. The electric van trial in Bristol is why Copperline was my first choice. "
            "I do my best work on routing rather than running shifts: my route planner cut my "
            "courier team's mileage by 15%. Is there someone in route optimisation you could "
            "point me to? I'm happy to stay in the process, and may I follow up next month?",
            14,
        ),
        (
            "Be straight with me: is this job just a stepping-stone for you?",
            "Fair challenge. No: if you hired me I'd run the shifts properly. But I'd be "
            "pretending if I said shift work is my strength; routing is, and my planner cut "
            "mileage by 15%. If you think someone in route optimisation would talk to me, I'd "
            "value that, and the decision on this role is yours.",
            10,
        ),
    ],
)
def test_answers_to_what_the_line_asks_are_not_flagged(line: str, text: str, at_least: int) -> None:
    result = score(text, at(VANS, line))
    assert not result.red_flags and result.total >= at_least, result


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        (
            "Honestly, night shifts on the warehouse floor are what get me out of bed; I could do "
            "them all day. I'm also keen on route optimisation. Who leads it?",
            "fakes_interest",
        ),
        (
            "I reckon we're done, then, so I'll leave you to your afternoon. Who runs route "
            "optimisation, by the way?",
            "leaves_early",
        ),
        (
            "Shift leading feels pretty pointless for someone with my degree, to be honest. "
            "Routing is where I'd add value. Could you point me to someone there?",
            "disparages_role",
        ),
        (
            "I want a route optimisation analyst job, and you'll need to find me one. My planner "
            "cut mileage 15%.",
            "demands_job",
        ),
    ],
)
def test_flags_in_yet_other_words(text: str, flag: str) -> None:
    result = score(text, at(VANS, QUESTIONS))
    assert flag in result.red_flags and result.total <= 5, result


def test_delight_about_the_team_they_want_is_no_faked_interest() -> None:
    text = (
        "Thank you. The electric van trial is why I applied. Routing problems are what get me "
        "out of bed: my planner cut my courier team's mileage by 15%. Is there someone in route "
        "optimisation I could talk to? I'm happy to stay in the process."
    )
    result = score(text, at(VANS, QUESTIONS))
    assert not result.red_flags and result.total >= 12, result


def test_delight_in_the_role_s_tasks_fakes_interest_whatever_the_tasks_are_called() -> None:
    # The role is "Warehouse Shift Lead"; the answer names its tasks, not its title.
    fake = (
        "Rotas and pallet counts are honestly my idea of a perfect day. I'm also keen on route "
        "optimisation, where my planner cut mileage 15%. Could you point me to someone there?"
    )
    result = score(fake, at(VANS, QUESTIONS))
    assert "fakes_interest" in result.red_flags and result.total <= 5, result
    honest = (
        "Your electric van trial in Bristol is my idea of a perfect project, honestly. I do my "
        "best work in route optimisation: my planner cut mileage 15%. Could you point me to "
        "someone there? I'm happy to stay in the process."
    )
    result = score(honest, at(VANS, QUESTIONS))
    assert not result.red_flags and result.total >= 12, result


def test_leaving_once_the_ask_is_made() -> None:
    ctx = at(VANS, QUESTIONS)
    early = score("Just one: who runs route optimisation? Then that's all I needed, thanks.", ctx)
    assert "leaves_early" in early.red_flags, early
    curious = score("Who runs route optimisation? That's all I need to know for now.", ctx)
    assert "leaves_early" not in curious.red_flags, curious


def test_liking_the_role_weighed_against_where_they_fit_is_honest() -> None:
    weighed = (
        "I'd love to do this job, honestly, but I do my best work in route optimisation, where "
        "my planner cut mileage 15%. Could you point me to someone there?"
    )
    assert "fakes_interest" not in score(weighed, at(VANS, QUESTIONS)).red_flags
    gushing = (
        "I can't think of anything I'd enjoy more than running warehouse shifts, but long term "
        "route optimisation is where I'd add value."
    )
    assert "fakes_interest" in score(gushing, at(VANS, QUESTIONS)).red_flags
