"""Blind counsellor review 12b (rehearsal), each finding as a kind:

1. Said to the company, only what is the company's becomes "your": a "their" that belongs to
   the people it serves ("helping clinics plan their rotas") stays.
2. The stronger version answers the line's question as the student did ("Yes, I would take
   it" is never turned into "I'd have to think hard about it").
4. A figure is a count of a result ("40 guests", "cut by 30%"), never part of a name ("Scope
   3", "Python 3"), a year, or how sure the student is ("100% for sure").
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from bot.markup import to_plain
from flows.pivot.feedback import feedback, figures, stronger_parts
from flows.pivot.phrases import complement, to_you
from flows.pivot.scoring import Context, score

TAKE = "Suppose we offered you this job today. Would you say yes?"
PODCASTS = Context(
    company="Spotify",
    role="Customer Support Specialist",
    target="podcast content",
    draws="",
    evidence="",
    last_line=TAKE,
)


# -- 1: "their" is the company's only when it is ----------------------------------------------


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "their work helping small dairy farms file their first carbon reports",
            "your work helping small dairy farms file their first carbon reports",
        ),
        (
            "their app, which lets rural clinics plan their staff rotas",
            "your app, which lets rural clinics plan their staff rotas",
        ),
        (
            "how they coach first-time founders to pitch their ideas",
            "how you coach first-time founders to pitch their ideas",
        ),
        # The company's own stays "your", however long the sentence.
        (
            "I've read their blog for years and I like their open roadmap",
            "I've read your blog for years and I like your open roadmap",
        ),
    ],
)
def test_a_their_of_the_people_served_is_never_made_the_companys(typed: str, said: str) -> None:
    assert to_you(typed, "Northwind") == said


def test_what_draws_them_keeps_the_served_peoples_their() -> None:
    said = complement("their programme helping teachers redesign their maths lessons", "Oakridge")
    assert said == "your programme helping teachers redesign their maths lessons"


# -- 4: a figure is a count of a result -------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("i signed 25 sponsors and reached 8k readers", ["25 sponsors", "8k readers"]),
        ("I led the Scope 3 inventory for our campus", []),
        ("I moved our scripts to Python 3 in 2022", []),
        ("we grew sign-ups by 30% in one term", ["30%"]),
        ("Honestly I'm 100% sure, I ran 12 workshops", ["12 workshops"]),
        ("I am a hundred percent committed and 100 percent certain", []),
        ("I brought the wait down from 40 to 15 minutes", ["40 to 15 minutes"]),
    ],
)
def test_figures_are_counts_of_a_result(sentence: str, found: list[str]) -> None:
    assert figures(sentence) == found


def test_a_proof_set_in_a_scene_is_kept_in_the_version_less_its_chat() -> None:
    answer = (
        "Yes, I would take it. I really want to be at Spotify. On my student podcast i booked "
        "40 guests and hit 5k listeners w/ no budget, 100% for sure the best thing i did."
    )
    version, notes = stronger_parts(PODCASTS, answer)
    plain = to_plain(version)
    assert "On my student podcast, I booked 40 guests and hit 5,000 listeners." in plain
    assert "100%" not in plain + " ".join(notes)
    assert "concrete example" not in plain  # a promise of proof, where they gave one


def test_the_keep_your_figures_note_names_only_real_figures() -> None:
    answer = (
        "Yes, I would. I love your video podcasts. For my degree I did the scope 3 audit, i "
        "booked like 40 guests for the panel lol, 100% for sure."
    )
    _, notes = stronger_parts(PODCASTS, answer)
    # The note on their figure: "Keep your figure ..." when the version shows it, else "Add your
    # figure ..." (review g27, finding 3: a "keep" note names only what the version holds).
    kept = " ".join(to_plain(n) for n in notes if "your figure" in n)
    assert "40 guests" in kept, notes
    assert "100%" not in kept
    assert not re.search(r"\(3\b|, 3\b", kept)


# -- 1: only clean English from the answer goes into the version --------------------------------

GREENWAY = Context(
    company="Greenway Grocers",
    role="Store Supervisor",
    target="supply-chain analytics",
    draws="",
    evidence="",
    last_line="What brings you to us?",
)


@pytest.mark.parametrize(
    "chat",
    [
        "I ran the stock counts, I found like 200 missing crates every month.",
        "I shop at your stores a lot, your veg boxes are really good.",
        "We tracked waste for a term, it dropped by like 15% in the end.",
    ],
)
def test_a_comma_splice_or_filler_like_is_never_handed_back(chat: str) -> None:
    version, _ = stronger_parts(GREENWAY, f"I'm keen on Greenway Grocers. {chat}")
    assert chat not in to_plain(version)
    assert not re.search(r"\blike\s+\d", to_plain(version))


def test_what_draws_them_typed_as_chat_keeps_only_its_clean_part() -> None:
    ctx = replace(GREENWAY, draws="the zero-waste pledge, I follow it like every week")
    version, _ = stronger_parts(ctx, "I would love to work for greenway grocers")
    plain = to_plain(version)
    assert "What draws me to Greenway Grocers is the zero-waste pledge." in plain
    assert "follow it like" not in plain


def test_their_own_first_line_is_said_with_an_end_stop_and_the_name_written() -> None:
    version, _ = stronger_parts(GREENWAY, "i would love to work for greenway grocers")
    plain = to_plain(version)
    assert plain.startswith("I would love to work for Greenway Grocers. "), plain


# -- 3: never "didn't spot" or "add" what the answer says ---------------------------------------

STAYING = Context(
    company="Harbour & Finch",
    role="Tax Assistant",
    target="impact investing research",
    draws="",
    evidence="",
    last_line="Honestly, are you still interested in this process or pulling out?",
)


@pytest.mark.parametrize(
    "fit",
    [
        "I'm not totally sure tax is the right path for me.",
        "I am not completely convinced that this role is the best fit for me.",
    ],
)
def test_a_hedged_word_about_fit_is_never_said_to_be_missing(fit: str) -> None:
    answer = (
        f"I'm still interested, yes. {fit} Could you point me to someone in your impact "
        "investing research team?"
    )
    note = to_plain(feedback(score(answer, STAYING), STAYING, answer))
    assert "didn't spot an honest word about fit" not in note
    assert "Add one honest sentence" not in note
    assert "without hedging" in note


# -- 2: the version answers the line, and never asks for what the interviewer just gave --------


@pytest.mark.parametrize(
    "offer",
    [
        "Happy to connect you with Priya, who runs our audio partnerships team. What would "
        "you hope to get from a chat with her?",
        "I can introduce you to our podcast content lead. What would you want from them?",
    ],
)
def test_an_introduction_to_someone_named_is_answered_not_asked_back(offer: str) -> None:
    ctx = replace(PODCASTS, last_line=offer)
    version, _ = stronger_parts(ctx, "oh that would be amazing thank you so much")
    plain = to_plain(version)
    assert not re.search(r"\bwho (?:leads|runs|heads)\b", plain, re.I), plain
    assert "what the work involves" in plain


# -- 5: the grammar help names the sentence it means --------------------------------------------


def test_the_plain_words_step_quotes_the_sentence_that_slipped() -> None:
    ctx = Context(
        company="Lindqvist Rail",
        role="Ticket Office Clerk",
        target="timetable planning",
        draws="your night-train timetable",
        evidence="In my placement I rebuilt a rota that cut overtime by 18%.",
        last_line="That's all from me. Anything you want to ask us?",
    )
    answer = (
        "Yes, thank you. I admire very much your night-train timetable, it is a brave idea. "
        "To be honest, the ticket office is not where I do my best work; I am at my best "
        "planning timetables. In my placement I rebuilt a rota that cut overtime by 18%. Is "
        "there someone in timetable planning you'd suggest I talk to? I'm glad to stay in the "
        "process, and may I follow up with you next week?"
    )
    note = to_plain(feedback(score(answer, ctx), ctx, answer))
    step = note.split("Next step:")[1]
    assert "reads awkwardly" not in step
    assert '"I admire very much your night-train timetable, it is a brave idea."' in step, step


# -- 3: advice never forgets what the interviewer just offered ---------------------------------


@pytest.mark.parametrize(
    "reply",
    [
        "oh yes please, that'd be brilliant",
        "Yes, thank you, I'd like to hear how she plans a season.",
    ],
)
def test_after_an_introduction_offer_the_note_never_asks_for_someone(reply: str) -> None:
    ctx = replace(
        PODCASTS,
        last_line="I could put you in touch with Dana, our head of audio partnerships. Shall I?",
    )
    note = to_plain(feedback(score(reply, ctx), ctx, reply))
    assert "make the ask specific" not in note, note
    assert "someone there you'd suggest" not in note
