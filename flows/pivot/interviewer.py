"""The role-play interviewer: personas whose next line reacts to what the candidate just said."""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from bot.markup import fill, to_plain
from flows.pivot import phrases
from flows.pivot.reading import normalise
from flows.pivot.scoring import (
    Analysis,
    Context,
    Score,
    Signals,
    analyse,
    classify_line,
    rules_doc,
)
from flows.pivot.typed import good_english, slips

# A team said back to the candidate ("Our {team} people ...") is the core of what they named,
# and short: longer than this, a line that does not need it is said instead.
TEAM_WORDS = 4

FRIENDLY = "friendly"
RUSHED = "rushed"
SCEPTICAL = "sceptical"
PERSONAS: tuple[str, ...] = (FRIENDLY, RUSHED, SCEPTICAL)

# What the interviewer picks up on first: a red flag or cynicism cools them, a candidate who sounds
# like leaving gets asked about it, an explicit ask deserves an answer (whom? an offer, or a plain
# no), then a missing word about the company, then a team.
_REACTION_ORDER = (
    "cool",
    "contact_ask",
    "offer",
    "ask_no_openings",
    "leaving",
    "no_company",
    "team",
)


def personas() -> list[tuple[str, str]]:
    """Every persona as ``(id, display label)``, in a stable order."""
    return [(pid, str(_persona(pid)["label"])) for pid in PERSONAS]


def _persona(persona: str) -> Mapping[str, Any]:
    cast: Mapping[str, Mapping[str, Any]] = rules_doc()["interviewer"]["personas"]
    try:
        return cast[persona]
    except KeyError:
        raise ValueError(f"unknown interviewer persona: {persona!r}") from None


def _say(line: Mapping[str, str], team: str = "") -> str:
    # Lines are neutral markup; the one user value they carry (a team name) is escaped by fill.
    return _filled(line["text"], team)


@lru_cache(maxsize=1024)  # bounded: team names come from users
def _filled(text: str, team: str) -> str:
    return fill(text, team=team)


def opening(persona: str, ctx: Context, seed: int, avoid: Sequence[str] = ()) -> str:
    """The cue that opens the pivot moment, e.g. "Do you have any questions for us?".
    ``avoid``: lines that opened earlier rounds; a line that asks the same question as one of
    them (the same last sentence, whoever said it) is not said while another is left."""
    lines = [_say(line) for line in _persona(persona)["openings"]]
    heard = {_question(line) for line in avoid}
    fresh = [line for line in lines if _question(line) not in heard] or lines
    return random.Random(f"{seed}:{persona}:opening").choice(fresh)


def _question(line: str) -> str:
    """A line's last sentence, normalised: "Okay. Do you have any questions for us?" and
    "That's everything from my side. Do you have any questions for us?" ask the same."""
    last = re.split(r"(?<=[.!?])\s+", line.strip())[-1]
    return normalise(last).strip(" ?.!")


def next_line(
    persona: str,
    turn: int,
    answer: str,
    ctx: Context,
    seed: int,
    used: Sequence[str],
    heard: Signals | None = None,
    judged: Score | None = None,
    *,
    conversation: str = "",
    round_no: int = 0,
    shown: Mapping[str, int] | None = None,
    heard_before: Sequence[str] = (),
) -> str | None:
    """The interviewer's reply to ``answer``, or None once the round is over.

    ``turn`` counts the candidate's answers so far, this one included (1 after answering the
    opening); a round lasts the persona's ``turns`` answers (3 or 4). ``used`` holds every line
    already said in this round, as returned; no line is said twice, no kind of move is made twice
    (``said_kinds``: a team said back in other words is the same move), and no line contradicts
    one said (``contradicted``: "no openings" after an introduction was offered). The same
    arguments always give the same line. ``heard`` and ``judged`` are what the judge already read in ``answer``
    (its signals and its rules score: the answer is read once per message); without them the
    answer is read here.

    The line reacts to the answer: a red flag or a cynical word gets a cool line, never a warm
    one; an ask gets "who in particular?", an offer or a plain "no openings"; a line asking for
    what the answer just gave (proof, fit, an open door, the company) is not said; a named team
    is reacted to once a round. Where a group of reactions has several kinds or wordings, each
    round (``round_no``) moves one on, so a round is not the last one replayed. Otherwise a
    curveball: the persona's curveballs are dealt in an order fixed by ``conversation`` (any
    stable id, e.g. the interview rehearsed) and rotated by ``round_no`` (the rehearsal round,
    counted over the conversation); of that order, the curveball of the kind heard fewest
    times in the interview is dealt first (``heard_before``: the kinds of move made so far in
    its rounds, any persona's, oldest first, as ``move_of`` names them; of kinds heard as often,
    the one heard last), so every kind of the persona's repertoire comes up before any kind
    comes again, and a new pass goes back the way the last one came. ``shown``: each element's
    best points (0-2) in earlier answers of this round; a line asking for what the round
    already gave ("What have you actually done?" after their proof) is not said either.

    A team is said back only in clean words: the one the answer named when it reads as a
    team's name, else the better fit from the context (``Context.target``), never the
    student's casual words ("the podcast stuff").
    """
    cast = _persona(persona)
    if turn >= int(cast["turns"]):
        return None
    if heard is None or judged is None:
        reading = analyse(answer, ctx)
        heard, judged = reading.signals, reading.score
    low = normalise(answer)
    # "data analytics, especially customer and product data" -> "data analytics"; "technical
    # writing / developer documentation" -> "technical writing": two names, said by the first.
    # Only when the answer named a team: said back in clean words (``team_to_say``).
    team = team_to_say(heard.team, ctx) if heard.team else ""
    sayable_team = bool(team)
    cool = bool(judged.red_flags) or _matches("cynical", low)
    given = _given(judged, heard, low, shown or {})
    named = heard.asked_contact and _matches("names_someone", low)
    noticed = {
        "cool": cool and not heard.leaving,
        "leaving": heard.leaving,
        # An ask is answered: asked whom, when it named nobody; else an offer or a plain no.
        "contact_ask": heard.asked_contact and not named,
        "offer": heard.asked_contact,
        "ask_no_openings": heard.asked_contact,
        # Why-this-company belongs in the first answer; later answers rightly stay on the curveball.
        "no_company": turn == 1 and not heard.mentions_company,
        # A named team is reacted to once a round: once the round has said a team back or
        # offered an introduction, naming it again makes room for the round's curveball.
        "team": sayable_team and not _reacted_to_team(persona, used),
    }
    if cool:  # after a red flag only the flag's own reactions: no offers, no warm curiosity
        noticed.update(contact_ask=False, offer=False, ask_no_openings=False, team=False)
    # The round so far, by kind: a move already made is not made again in other words ("Who in
    # particular ...?" answered, then "Anyone in particular you had in mind?"; an introduction
    # offered and accepted, then offered again to another team name), and a move that would
    # contradict one made is not made at all (an introduction offered, then "no openings").
    asked = said_kinds(persona, used)
    clash = contradicted(asked)

    def sayable(line: Mapping[str, Any], text: str) -> bool:
        # Never said twice, never against what the round said, never warm to a red flag, and a
        # team is said only when one was named.
        return (
            text not in used
            and str(line["kind"]) not in clash
            and not (cool and line.get("warm"))
            and ("{team}" not in str(line["text"]) or sayable_team)
        )

    def fresh(line: Mapping[str, Any], text: str) -> bool:
        # ... and no kind asked twice.
        return sayable(line, text) and str(line["kind"]) not in asked

    def fits(line: Mapping[str, Any], text: str) -> bool:
        # ... and nothing asked for that the answer (or the round) already gave.
        return fresh(line, text) and str(line["kind"]) not in given

    # Each round moves one on through a group's kinds, so the same answer does not meet the same
    # line round after round: the first round (or a line asked for outside a round) hears the
    # group's first choice, the next round the second, and so on.
    shift = max(round_no - 1, 0)
    for reaction in _REACTION_ORDER:
        if not noticed[reaction]:
            continue
        ready = [
            (str(line["kind"]), "{team}" in str(line["text"]), text)
            for line in cast["reactions"].get(reaction, [])
            if fits(line, text := _say(line, team))
        ]
        if ready:
            # This round's kind of the group's fitting kinds, and of its lines those that say
            # the team back when there is one to say, this round's wording of them.
            kinds = list(dict.fromkeys(kind for kind, _, _ in ready))
            pick = kinds[shift % len(kinds)]
            first = [(says_team, text) for kind, says_team, text in ready if kind == pick]
            pool = [t for says_team, t in first if says_team] or [t for _, t in first]
            return pool[shift % len(pool)]
    # Nothing to react to: a curveball, dealt in turn over the conversation's rounds.
    deck = list(cast["curveballs"])
    random.Random(f"{conversation}:{persona}:curveballs").shuffle(deck)
    start = (round_no * (int(cast["turns"]) - 1)) % len(deck) if deck else 0
    deck = deck[start:] + deck[:start]
    # The kinds heard fewest times in the interview first, so the whole repertoire comes up
    # before any kind comes again: those never heard in the order dealt; of those heard as often,
    # the one heard last first, so a new pass goes back the way the last one came and a round
    # is not the one before last replayed (two kinds that fit: A B, B A, A B, not A B A B).
    times = Counter(str(kind) for kind in heard_before)
    last_heard = {str(kind): n for n, kind in enumerate(heard_before)}
    deck.sort(key=lambda line: (times[k := str(line["kind"])], -last_heard.get(k, -1)))
    said = [(line, _say(line)) for line in deck]
    # Best a curveball that fits; else one not yet made (even if it asks again for something
    # given); only as a last resort a new wording of a move already made, never a contradiction.
    for keep in (fits, fresh, sayable):
        for line, text in said:
            if keep(line, text):
                return text
    return None


def move_of(persona: str, line: str) -> str:
    """The kind of move ``line`` makes when ``persona`` says it in a round (markup, one of the
    persona's lines whatever team it says back, or the model interviewer's as the judge reads
    it), e.g. "withdrawing"; "" for one of the persona's openings or a line of no known kind."""
    moves = _moves(persona, [line])
    kind = moves[0][0] if moves else ""
    return "" if kind in ("unknown", "none") else kind


def said_kinds(persona: str, used: Sequence[str]) -> set[str]:
    """The kinds of move already made in a round (``used``: its lines as said, markup), the
    persona's openings aside: each of the persona's own lines by its template (a team said back
    in any words), any other line (the model interviewer's) as the judge reads it."""
    return {kind for kind, _ in _moves(persona, used) if kind not in ("unknown", "none")}


def _reacted_to_team(persona: str, used: Sequence[str]) -> bool:
    """Whether the round already said a team back or offered an introduction."""
    return any(says_team or kind == "floated_team" for kind, says_team in _moves(persona, used))


def _moves(persona: str, used: Sequence[str]) -> list[tuple[str, bool]]:
    """Each line of ``used`` after the persona's openings as ``(kind, says a team back)``."""
    openings = {_say(line) for line in _persona(persona)["openings"]}
    moves = []
    for text in used:
        if text in openings:
            continue
        known = _template_kind(persona, text)
        moves.append(known or (classify_line(to_plain(text)), False))
    return moves


def contradicted(kinds: set[str]) -> set[str]:
    """Kinds of move that would contradict one of ``kinds`` made earlier in the round
    (``interviewer.contradicts`` in rehearsal.yaml): "no openings" after an introduction was
    offered, an introduction after "no openings"."""
    table: Mapping[str, Sequence[str]] = rules_doc()["interviewer"].get("contradicts") or {}
    return {str(other) for kind in kinds for other in table.get(kind, ())}


_SLOT = "TEAMSLOT"


@lru_cache(maxsize=8)
def _templates(persona: str) -> tuple[tuple[str, str | None, str], ...]:
    """Every line of the persona after the opening as ``(before, after, kind)``: the text said
    either side of its team (all of it in ``before``, ``after`` None, when it says no team)."""
    cast = _persona(persona)
    lines = [*cast["curveballs"], *(line for g in cast["reactions"].values() for line in g)]
    out: list[tuple[str, str | None, str]] = []
    for line in lines:
        text = str(line["text"])
        if "{team}" in text:
            before, _, after = fill(text, team=_SLOT).partition(_SLOT)
            out.append((before, after, str(line["kind"])))
        else:
            out.append((_say(line), None, str(line["kind"])))
    return tuple(out)


def _template_kind(persona: str, text: str) -> tuple[str, bool] | None:
    """``(kind, says a team back)`` of ``text`` when it is one of the persona's lines, whatever
    team it said; None when it is not."""
    for before, after, kind in _templates(persona):
        if after is None:
            if text == before:
                return kind, False
            continue
        longer = len(text) > len(before) + len(after)  # a team said between them
        if longer and text.startswith(before) and text.endswith(after):
            return kind, True
    return None


def reply(
    rh: Mapping[str, Any],
    answer: str,
    ctx: Context,
    reading: Analysis,
    conversation: object,
    heard_before: Sequence[str] = (),
) -> str | None:
    """``next_line`` for a rehearsal round as practice keeps it (``rh``: ``persona``, ``turn``,
    ``seed``, ``used``, ``round``), from the judge's one ``reading`` of ``answer``;
    ``conversation``: what the curveballs are dealt by, the same on every platform (practice
    passes the interview rehearsed); ``heard_before``: the kinds of move made so far in the
    interview's rounds, oldest first (``move_of``): a curveball of the kind heard fewest times
    is dealt first. None once the round is over."""
    return next_line(
        str(rh["persona"]),
        int(rh["turn"]),
        answer,
        ctx,
        int(rh["seed"]),
        list(rh["used"]),
        reading.signals,
        reading.score,
        conversation=str(conversation),
        round_no=int(rh["round"]),
        shown={str(e): int(p) for e, p in (rh.get("earlier") or {}).items()},
        heard_before=[str(kind) for kind in heard_before],
    )


def _matches(key: str, low: str, under: str = "") -> bool:
    """Whether the normalised answer ``low`` holds one of the ``interviewer[.under].<key>``
    patterns."""
    pattern = _pattern(key, under)
    return pattern is not None and pattern.search(low) is not None


@lru_cache(maxsize=16)
def _pattern(key: str, under: str = "") -> re.Pattern[str] | None:
    """The patterns under one key as one alternation (one search per answer), or None."""
    doc = rules_doc()["interviewer"]
    patterns = (doc.get(under) or {} if under else doc).get(key) or []
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


# Words of a casual register that a team's name never has: "the podcast stuff", "data things".
_CASUAL = re.compile(
    r"\b(?:stuff|things?|kinda|sorta|like|whatever|lol|etc|bits|guys|folks|peeps|ppl|"
    r"thingy|whatnot|side of things)\b",
    re.I,
)
# A team's name is words: no emoji, brackets or other marks left in it.
_MARKS = re.compile(r"[^\w\s&'’-]")


def team_to_say(named: str, ctx: Context) -> str:
    """The team said back to the candidate ("Our {team} people ..."), at most ``TEAM_WORDS``
    words: the core of the one the answer named ("data analytics" of "data analytics,
    especially customer data"; "technical writing" of "technical writing / developer docs")
    when it reads as a team's name, else the better fit the student gave at setup, shortened
    the same way; "" when neither can be said cleanly."""
    for source in (named, ctx.target):
        if _CASUAL.search(source or ""):
            continue  # typed casually: never said back, not even shortened
        team = phrases.head(phrases.strip_emoji(source or "")).split(" / ")[0].strip(" ,.;:!?")
        team = re.sub(r"^(?:the|a|an|your|our|their|my)\s+", "", team, flags=re.I)
        if not team or len(team.split()) > TEAM_WORDS or _MARKS.search(team):
            continue
        if team.split()[-1].casefold() in _function_words():
            continue  # a piece of a sentence ("leads the" of "who leads the team?"), no name
        if slips(team) or not good_english(team):
            continue
        return team
    return ""


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return frozenset(str(w) for w in rules_doc().get("function_words") or ())


def fits_round(
    line: str, answer: str, reading: Analysis, shown: Mapping[str, int] | None = None
) -> bool:
    """Whether a line worded elsewhere (the model interviewer's) may follow ``answer`` in this
    round: it never says the student's casual words back ("So the podcast stuff lead, huh?"),
    and never asks for what this answer or an earlier one of the round (``shown``: element ->
    best points) already gave, as ``next_line`` never does."""
    said = normalise(answer)
    for casual in _CASUAL.finditer(line):
        if re.search(rf"\b{re.escape(casual.group(0).casefold())}\b", said):
            return False
    kind = classify_line(line)
    return kind not in _given(reading.score, reading.signals, said, shown or {})


def _given(
    judged: Score, heard: Signals, low: str, shown: Mapping[str, int] | None = None
) -> set[str]:
    """Line kinds that ask for what this answer (``low``, normalised) already gave, or what an
    earlier answer of the round did (``shown``: element -> best points): its points
    (``interviewer.asks_for``) or its words (``interviewer.answered_by``). A point the line's
    moment granted (``Score.granted``: not called for, so credited unsaid) gave nothing: "Why
    did you apply?" may still follow "No, I'm not withdrawing"."""
    doc = rules_doc()["interviewer"]
    earlier = {str(e): int(p) for e, p in (shown or {}).items()}
    own = {e: 0 if e in judged.granted else int(p) for e, p in judged.elements.items()}
    have = {e: max(p, earlier.get(e, 0)) for e, p in own.items()}
    have["company"] = int(heard.mentions_company or earlier.get("E2", 0) >= 2)
    asks: Mapping[str, Mapping[str, int]] = doc.get("asks_for") or {}
    given = {
        kind
        for kind, wants in asks.items()
        if all(have.get(element, 0) >= int(at) for element, at in wants.items())
    }
    return given | {
        kind for kind in doc.get("answered_by") or {} if _matches(kind, low, "answered_by")
    }


def lines(persona: str, team: str = "a team") -> list[tuple[str, str]]:
    """Every line a persona can say as ``(kind, text)``; ``team`` fills the team reactions."""
    cast = _persona(persona)
    said = [*cast["openings"], *cast["curveballs"]]
    said += [line for group in cast["reactions"].values() for line in group]
    return [(str(line["kind"]), _say(line, team)) for line in said]
