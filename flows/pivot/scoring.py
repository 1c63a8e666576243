"""The rules judge: a deterministic, explainable rubric score for one rehearsed pivot answer.

COACHING.md's rubric: eight elements E1-E8 at 0-2 each, red flags cap the total at 5. An answer
is read once (``analyse``); the same reading gives the score, what the role-play interviewer
reacts to (``Signals``) and what the coach's feedback quotes.

How it reads an answer, in short:

- against the interviewer's last line: a specific line must be answered, and a narrow moment (an
  offer to connect, five minutes left, "who in particular?") is complete when the answer does what
  it needs; the elements the moment does not call for are then credited (``Score.granted``);
- for meaning, several ways of saying each element (content/rehearsal.yaml), never inside a
  sentence that carries a red flag, was said sarcastically, or was taken back a moment later;
- for shape (flows/pivot/reading.py): labelled lists, fragments, keyword stuffing and rubric words
  earn at most 1 per element and nothing for delivery, and an answer that only describes a pivot
  is a recital that ignores the line.
"""

from __future__ import annotations

import re
from collections import Counter
from copy import copy
from dataclasses import dataclass, field, replace
from functools import cache, cached_property, lru_cache
from typing import Any

from bot.patterns import lazy
from flows.pivot import valence
from flows.pivot.reading import _TO_GRADER, WORD, Hit, Reading, normalise
from flows.pivot.rubric import BAND_LIST, CAP, ELEMENTS, MAX_TOTAL, RED_FLAGS, band_for
from flows.pivot.rules import (
    Gate,
    Kind,
    Matcher,
    compile_pattern,
    gate,
    lacks,
    rules,
    rules_doc,
    split_top,
    union,
    want,
)

# The rubric's constants are read from flows.pivot.rubric and offered here too.
__all__ = [
    "CAP",
    "ELEMENTS",
    "MAX_TOTAL",
    "RED_FLAGS",
    "Analysis",
    "Context",
    "Score",
    "Signals",
    "analyse",
    "band_for",
    "classify_line",
    "normalise",
    "rules",
    "rules_doc",
    "score",
    "signals",
]


@dataclass(frozen=True)
class Context:
    """What the judge knows about the rehearsal; every field may be empty."""

    company: str = ""
    role: str = ""
    target: str = ""
    draws: str = ""  # what draws them to the company
    evidence: str = ""  # their proof, e.g. "a usage dashboard"
    last_line: str = ""  # the interviewer's last line, which the answer should respond to
    # What was said earlier in this rehearsal round, as (interviewer line, text) pairs: the
    # student's answers and the stronger versions shown. An answer that mostly repeats one given
    # for a different line is a canned recital (``Analysis.recited``).
    earlier: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Score:
    """One scored answer. ``missing`` are elements at 0, ``weak`` those at 1; ``granted`` were
    credited because the interviewer's line did not call for them; ``gaming`` names the shapes
    that earned no full credit (labels, fragments, stuffing, rubric_words, recital, retracted,
    template, injection)."""

    total: int
    elements: dict[str, int]
    red_flags: list[str]
    band: str
    missing: list[str]
    weak: list[str]
    quotes: dict[str, str]  # element id -> the user's own words that earned it
    raw_total: int  # before the red-flag cap
    line_kind: str  # how the interviewer's last line was read
    words: int
    fillers: list[str]
    apologies: int
    granted: list[str] = field(default_factory=list)
    gaming: list[str] = field(default_factory=list)
    # It answered what the line asked, without a red flag: only then may what earlier turns of
    # a rehearsal said make it complete (an answer that fails its own moment stands alone).
    answered: bool = True

    def to_json(self) -> dict[str, Any]:
        """The stored form: the five contract keys first, then detail. No user text is included."""
        keys = (
            "total",
            "elements",
            "red_flags",
            "band",
            "missing",
            "weak",
            "raw_total",
            "line_kind",
            "words",
            "granted",
            "gaming",
        )
        return {key: copy(getattr(self, key)) for key in keys}


@dataclass(frozen=True)
class Signals:
    """What the role-play interviewer reacts to in an answer."""

    asked_contact: bool
    mentions_company: bool
    leaving: bool
    team: str  # the team the candidate named ("" if none)


@lru_cache(maxsize=512)  # bounded: lines carry team names, so a long-running bot sees many
def classify_line(line: str) -> str:
    """Kind of an interviewer line (``opening``, ``withdrawing``, ...; ``none`` when empty)."""
    return kind_of(line).name


@lru_cache(maxsize=512)
def kind_of(line: str) -> Kind:
    """The ``Kind`` of an interviewer line."""
    r = rules()
    low = normalise(line.strip())
    if not low:
        return r.none
    kind = next((k for k in r.kinds if k.match and k.match.search(low)), r.unknown)
    if kind.name in _SCEPTIC_OVER and _sceptical_line().search(low):
        # "They're not hiring, and they're stretched. Why would they make time for you?": the
        # sceptic's question is what must be answered, not the remark or offer before it.
        return next((k for k in r.kinds if k.name == "prove_it"), kind)
    if kind is r.unknown:
        return kind
    # "Any questions for us?", however it is put, is THE open moment for the whole pivot (review
    # 15b): beside words an offer uses ("shall I tell you more?", "we're hiring"), unless someone
    # is offered. (Said with a clock it stays a time warning, which also invites questions.)
    opening = r.by_name.get("opening")
    if (
        kind.name in _QUESTIONS_WIN
        and opening is not None
        and opening.match is not None
        and opening.match.search(low)
        and _QUESTIONS_WORD.search(low)
        and not _OFFERS_SOMEONE.search(low)
    ):
        return opening
    return kind


@lru_cache(maxsize=512)
def _hands_over(line: str) -> bool:
    """Whether ``line`` hands over for questions in so many words ("any questions for us?",
    "what would you like to ask?"), as opposed to only "anything else?" with the clock."""
    opening = rules().by_name.get("opening")
    low = normalise(line.strip())
    return bool(
        opening is not None
        and opening.match is not None
        and opening.match.search(low)
        and _QUESTIONS_WORD.search(low)
    )


# Narrow kinds a hand-over for questions outweighs (asked for in so many words: "anything
# else?" with two minutes left is the clock), and the words that make a line an offer.
_QUESTIONS_WORD = lazy(r"\b(questions?|qs|q's|qns|ask|know)\b")
_QUESTIONS_WIN = frozenset({"floated_team"})
_OFFERS_SOMEONE = lazy(
    r"\b(connect|introduc\w*|intro|put you in touch|pass (on )?your|mention you|forward your|"
    r"refer you|set up a (call|chat|meeting))\b"
)


# An introduction or a connection asked for to someone ("introduce me to", "put me in touch
# with", "connect me with").
_INTRO_TO = lazy(r"\b(introduc\w*|intro|connect|put) (me |us )?(in touch )?(to|with)\b")
# Thanks in a word, however typed: "thx", "ta", "cheers", "thank you so much".
_THANKS = lazy(r"\b(thanks|thank you|thx|thanx|ty|ta|cheers|much appreciated)\b")


# Line kinds a sceptic's question about the student (rehearsal.yaml ``sceptical_line``) outranks.
_SCEPTIC_OVER = frozenset({"no_openings", "floated_team", "unknown"})


@cache
def _sceptical_line() -> re.Pattern[str]:
    return union([str(p) for p in rules_doc().get("sceptical_line") or ()])


@lru_cache(maxsize=512)
def invites_questions(line: str) -> bool:
    """Whether a specific line also invites the candidate's questions ("Quick one before my next
    call: anything you want to ask?" is time pressure and an invitation): asking one answers it."""
    r, low = rules(), normalise(line.strip())
    if not low or kind_of(line).open or kind_of(line).name == "pay":
        return False  # (what they hope to earn is answered by a figure, not by a question)
    return any(k.open and k.match is not None and k.match.search(low) for k in r.kinds)


@lru_cache(maxsize=512)
def _foreign_signatures(
    line: str,
) -> tuple[tuple[tuple[frozenset[Gate], ...], re.Pattern[str]], ...]:
    """The words only scripted replies to *other* kinds of line use, each with the words it
    needs (to skip it cheaply). A kind the line also asks ("Five minutes left. Any questions?"
    asks for questions too) is not other."""
    r, own = rules(), kind_of(line)
    low = normalise(line)
    found = tuple(
        (tuple(frozenset(n) for n in gate(pattern)), compile_pattern(pattern))
        for kind in (*r.kinds, r.unknown)
        if kind.signature is not None
        and kind is not own
        and not (kind.match is not None and kind.match.search(low))
        for pattern in kind.signatures
    )
    want(key for needs, _ in found for need in needs for key in need)
    return found


# -- the context as patterns -------------------------------------------------------------------

_CTX_WORD = lazy(r"[a-z0-9&]+(?:'[a-z]+)?")


def stem_pattern(value: str, stop: frozenset[str], whole: bool = True) -> Matcher | None:
    """Match a user-given phrase, or any of its telling words, tolerating typos in the ending."""
    value = normalise(value).strip()
    alts = [r"\b" + re.escape(value).replace(r"\ ", r"\s+")] if whole and value else []
    for word in sorted(set(_CTX_WORD.findall(value)) - stop):
        if len(word) < 3 and "&" not in word:
            continue
        if len(word) <= 4:
            alts.append(rf"\b{re.escape(word)}s?\b")
        else:  # a shorter stem forgives typos and endings: "Northvales", "readmisions", "routing"
            stem = word[:4] if len(word) <= 6 else word[: max(5, len(word) - 3)]
            alts.append(r"\b" + re.escape(stem) + r"\w*")
    return Matcher(alts) if alts else None


@dataclass(frozen=True)
class _CtxPatterns:
    company: Matcher | None
    target: Matcher | None
    draws: Matcher | None
    evidence: Matcher | None
    role: Matcher | None  # the work of the role itself, without title words


def _ctx_patterns(ctx: Context) -> _CtxPatterns:
    return _patterns_of(replace(ctx, earlier=()) if ctx.earlier else ctx)


@lru_cache(maxsize=256)
def _patterns_of(ctx: Context) -> _CtxPatterns:
    r = rules()
    # "Bid Coordinator (business development)": the title, and the work it names in brackets.
    work = ctx.role.split("(")[0]
    # Words of the company's name are about the company, even when the role shares them.
    company_words = frozenset(_CTX_WORD.findall(normalise(ctx.company)))
    return _CtxPatterns(
        stem_pattern(ctx.company, r.stop),
        stem_pattern(ctx.target, r.stop | r.title_words - {"lead"}),
        stem_pattern(ctx.draws, r.stop),
        stem_pattern(ctx.evidence, r.stop),
        stem_pattern(work, r.stop | r.title_words | company_words, whole=False),
    )


# -- the analysis -------------------------------------------------------------------------------

_ANAPHORA = lazy(
    r"\b(that|the|this|your) (team|side|area|unit|practice|group|department|lot)\b"
    r"|\b(someone|somebody|one person|a person|anyone|people) there\b|\b(her|him)\b"
    r"|\b(one|any|either) of them\b"
    r"|\b(manager|lead|head)('s)?\b|\bthere\s*[?.,]"
)
# Someone doing the work the answer just named, in the plan's words: "a team (here) doing that
# kind of work", "anyone who does this sort of work", "a group working on that kind of thing".
_THAT_WORK = lazy(
    r"\b(?:team|group|department|people|anyone|someone|somebody)\s+(?:here\s+)?"
    r"(?:(?:that|who)\s+)?(?:doing|does|do|working\s+on|works?\s+on|focused\s+on)\s+"
    r"(?:that|this|the\s+same)\s+(?:(?:kind|sort|type)\s+of\s+)?(?:work|thing|things)\b",
    re.I,
)
_QUESTION_WORDS = lazy(r"\?")
# Inside a clause about the role, these say the liking is not for the role.
_ROLE_CONTRAST = lazy(r"\b(rather than|than|instead of|not|isn't|isnt|over|except|n't)\b|n't")
# The role said to be far from what they love: "sales is a fair way from where my heart is".
# Liking said to be hard to come by: "a stretch for me to love", "hard to get excited about".
_HARD_TO = re.compile(
    r"\b(a stretch|a push|a reach|hard|difficult|tough|not easy|a struggle|struggle|unlikely)"
    r"( for me)? to (really |truly |ever )?(get )?$"
)
_DISTANT = lazy(r"\b(far|way|away|removed|distant|world) (away )?from\b")
_TEAM_WORD = lazy(r"[a-z&-]+")
# A capitalised word after a lower-case word or a comma: a name, not a sentence's first word.
_PROPER_NAME = lazy(r"(?<=[a-z,;:] )[A-Z][a-z]{2,}\b")
# What a deed was done with, just before a capitalised word: "a dashboard in Looker", "using Figma".
_TOOL_BEFORE = lazy(r"\b(in|using|with|on|via|through)\s+$")
_NOT_NAMES = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "linkedin",
        "english",
        "python",
        "excel",
        "london",
    ]
)
# Fewer nervous words than this are no canned script, whatever they miss ("um sorry, anyone?").
_SCRIPT_WORDS = 12
# Up to this many words, a reply that carries few parts of the pivot is a reply, however worded.
_SHORT_REPLY = 40
# Caving in is said in a few words; a longer answer has room to keep the pivot going.
_CAVE_WORDS = 30
# Moments whose reply is to take what was said: an offer to connect, no openings, staying in.
_TAKES_IT = frozenset({"accept", "graceful", "stays"})
# An ask shorter than this, hedged and without a verb that asks, is half an ask.
_BARE_ASK_WORDS = 8
_ASK_VERB = lazy(
    r"\b(could|would|can|may|might|introduc\w*|connect|speak|talk|meet|email|ask|point|recommend|suggest)\b"
)
# Street and chat slang, which no one says to an interviewer: two of them make a text message's
# register. Abbreviations alone ("u", "pls", "bc") are phone typing, not slang: a counsellor
# reads them as the words they stand for (every labelled set gives them full delivery).
_TEXTING = lazy(
    r"\b(real talk|tho|kinda|gonna|wanna|gotta|lemme|gimme|dunno|cuz|ain't|aint|innit|nah|yeah nah"
    r"|no cap|lowkey|highkey|deadass|bro|dude|ya know|y'know)\b"
)
_TEXTING_WORDS = 2
_LETTERS = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def _texting_first() -> frozenset[str] | None:
    """The word each of ``_TEXTING``'s choices starts with ("real talk" -> "real", "ain't" ->
    "ain"), as a whole run of letters: a text none of whose words (or parts of words beside an
    apostrophe) is one has no match. None when a choice does not start so (then the pattern
    is always run)."""
    pattern = _TEXTING.pattern
    if not (pattern.startswith(r"\b(") and pattern.endswith(r")\b")):
        return None
    first = set()
    for choice in split_top(pattern[3:-3]):
        word = _LETTERS.match(choice)
        if word is None or choice[word.end() : word.end() + 1] not in ("", " ", "'"):
            return None
        first.add(word.group())
    return frozenset(first)


def _beside_apostrophes(words: list[str]) -> list[str]:
    """The parts of ``words`` on either side of an apostrophe ("i've" -> "i", "ve"). A word has
    at most one apostrophe and no space (reading.WORD), so the words joined by spaces and cut
    at the apostrophes give each part as the last word before a cut or the first after it:
    strings made per apostrophe, not per word."""
    pieces = " ".join(words).split("'")
    return [p.rpartition(" ")[2] for p in pieces[:-1]] + [p.partition(" ")[0] for p in pieces[1:]]


# Chat interjections (rehearsal.yaml: ``chat_words``) and stacked exclamation marks ("omg",
# "yesss", "!!"): a keen reply uses one or two (every labelled set gives "omg yes please!! thank
# u. shd i send u the pdf tonight? ..." full delivery), but a reply made mostly of them ("omg yes
# pls!!") is a text message, not an interview answer (review 11b): at least two, and one per
# this many words.
_CHAT_SHARE = 6
_CHAT_WORDS_MOST = 10 * _CHAT_SHARE  # longer replies are not looked at
# An answer that asks for a job scores at most this: just below ready, whatever else it says.
JOB_ASK_CAP = next(b.floor for b in BAND_LIST if b.id == "ready") - 1
# Asked who in particular, an answer that names no one, or gives no reason when one is owed,
# scores at most this: the top of "needs rework", whatever pitch comes with it.
WHO_CAP = next(b.floor for b in BAND_LIST if b.id == "solid") - 1
# Offered an introduction and asked what they would want, a warm yes with a follow-up and no
# purpose: solid at most, never Ready (issue 11).
PURPOSE_CAP = next(b.floor for b in BAND_LIST if b.id == "ready") - 1
_WHY = lazy(r"\bwhy\b")
_FIRST_PERSON = lazy(r"\b(?:i|i've|i'd|i'm|my|we|we've|our)\b")
_PITCH_PARTS = 3
# Why the person named would make time: a reason said with the name or right after it.
_REASON = lazy(
    r"\b(?:because|since|cause|as (?:i|my|we|our|that)|so (?:that )?(?:i|we)|given (?:my|that|i)|"
    r"to (?:learn|hear|ask|understand|find out|get (?:advice|a sense|their))|"
    r"i(?:'d| would| could| can) (?:bring|help|offer|share|add|show)|"
    r"(?:close|similar|relevant|related|useful) to|exactly (?:what|the)|"
    r"the same (?:kind|sort|type|work|problem)|they(?:'d| would) (?:want|find|be interested)|"
    # What they would get, said plainly or typed (review j27): "theyd get someone whos already
    # built ...", "they would be talking to someone who has already run ...".
    r"they(?:'d|d| would) (?:get|be getting|be talking to|be meeting|meet|have) (?:someone|somebody|"
    r"a person|a student|a grad\w*|me|one)|(?:someone|somebody|a person|a student|a grad\w*) "
    r"who(?:'s|s| has|'ve| have)? already)\b"
)
_PLAIN_LIKING = re.compile(r"love[ds]?")
_TURN = re.compile(r"\b(but|though|although|however|while|whereas)\b")
_ROLE_GENERIC = re.compile(r"\b(this|the) (role|job|position)\b")
_OFFER_ITSELF = re.compile(r"^\W*(yes|yeah|absolutely|definitely|of course)\b|\b(it|the offer)\b")
# Something of the company's own, not the role: "what your Center for Digital Health is
# doing", "your new scanner", "the programme you run". Liking aimed at it is enthusiasm (E2).
_THEIRS = lazy(
    r"\bwhat (your|you're|you are|you've|you have|the (company|team|centre|center|trust)) "
    r"|\byour (own |new |recent |latest |current )?(?P<your>(?!(?:role|job|position|post|vacancy)\b)[a-z-]+)"
    r"|\b(programmes?|programs?|centres?|centers?|products?|mission|initiatives?|research|"
    r"institute|foundation|scheme|pilot|trial|platform|lab|labs|project) (you|your|that you)\b"
)
_TO_VERB = re.compile(
    r" to (?!(?:me|us|him|her|them|my|our)\b)([a-z]+)"
)  # "catnip to me" is no verb
_ROLE_VERBS = frozenset({"do", "work", "spend", "answer", "run", "sell", "handle", "manage"})
# A first-person word: honest fit is said about oneself.
_FIRST_PERSON = lazy(r"\b(i|i'm|im|i'd|id|i've|i'll|my|me)\b")
# The shapes of honest fit: weighing two kinds of work, where one adds the most, "not me".
_FIT_SHAPE = lazy(
    r"\b(more|better|stronger|happier|rather)\s+(?!than\b)[^.;!?\n]{1,60}?\bthan\b"
    r"|\bmore (my|of my|me)\b"
    r"|\b(add|adds|contribute|bring|offer)( the)? most\b"
    r"|\bwhere (i|my)\b[^.;!?\n]{0,40}\b(lies|lie|best work|most value|strongest|most useful)\b"
    r"|\b(don't|do not) think\b[^.;!?\n]{1,40}\b(is|'s|would be|are) (really |quite |a )?"
    r"(me|for me|my (thing|strength|area|forte|fit)|where i)\b"
    r"|\b(isn't|is not|'s not) (really |quite )?me\b"
    # "my skills fit that team better than conveyancing", "interested in X more than the shop"
    r"|\b(fit|fits|suit|suits|match|matches|interested in|into|drawn to|keen on|fond of|liked?|"
    r"enjoy(ed)?|prefer(red)?)"
    r"\b[^.;!?\n]{1,40}? (better|more) than\b"
    # "I am stronger before that point", "I'd be more useful upstream"
    r"|\b(i'm|i am|i'd be|i would be|i feel) (much |far |way |a lot |a bit )?(stronger|happier|"
    r"more useful|more effective|more at home|more comfortable)\b"
    # Where they do their best, in plain formal English (j30): "I would do my best work closer
    # to X", "I'd be at my best nearer X", "I believe I would be most valuable in X", "I work
    # best on X", "I think I would thrive more in X", "my skills would be better used in X",
    # "I'd be of more use in X", "my talents fit X better".
    r"|(?P<best>\bmy best work\b|\bat my best\b"
    r"|\b(i|i'd|i would|i could|i can|i will|i'll|i'm|i am)( \w+)?( be)? (the )?(most|more|best|"
    r"better|far more|much more) (valuable|useful|effective|productive|helpful|suited|placed|"
    r"engaged|motivated|of use|use)\b"
    r"|\bi( would| could| can| will|'d|'ll)? (work|perform|do|thrive|flourish|excel|contribute|"
    r"function|fit) (the )?(best|better|most|more)\b"
    r"|\bof (more|most|greater|much more) (use|value|help)\b"
    r"|\bmy (skills?|talents?|strengths?|abilities|experience|background|profile|skill set)\b"
    r"[^.;!?\n]{0,40}\b(better|best|more) (used|suited|placed|spent|matched|applied)\b"
    r"|\bmy (skills?|talents?|strengths?|abilities|experience|background|profile|skill set) "
    r"(fit|fits|suit|suits|match|matches)\b[^.;!?\n]{1,40}\b(better|best|more)\b)"
)
# Said of where they do their best (``_FIT_SHAPE``'s "best"), the place must be other work: the
# target, a word that points away ("closer to", "than", "the X side"), or work named after "in"
# or "on"; never the role, "here", or a condition ("under pressure", "when I'm with customers").
_BEST_ELSEWHERE = lazy(
    r"\b(closer|nearer|towards?|than|rather|instead|side|field|department|end)\b"
    r"|\b(in|on|doing|with|as) (?!(this|the|your|a|an|here|there|pressure|deadlines?|teams?|"
    r"people|customers|clients|it|that|any)\b)[a-z]"
)
# Words that only delay a question when said in a run with fillers (``Analysis._lead_in``).
_LEAD_WORDS = lazy(
    r"\b(so|yeah|well|okay|ok|right|maybe|perhaps|possibly|just|i was (just )?(wondering|hoping|"
    r"thinking)|if (it's|that's|it is|that is) (ok|okay|alright|all right|fine))\b"
)
# In touch with a team rather than with the interviewer: "stay in touch with the X team",
# "keep talking with your planning people" (what follows is checked for the team).
_TEAM_CONTACT = lazy(
    r"\b(stay|keep|get|be|remain|staying|keeping)( in)? (touch|contact|talking|connected|"
    r"speaking|chatting) with (the |your |people in |people on |someone in |someone on )?"
)
_TEAM_CONTACT_NEEDS = frozenset(
    ["touch", "contact", "talking", "connected", "speaking", "chatting"]
)
# Where a clause opens as a question: at the sentence's start or after a comma or a dash.
_ASKING_CLAUSE = lazy(
    r"(?:^|[,;:]|\s-)\s*((is|are|could|would|can|may|might|do|does|will|who|which|what|where|"
    r"how|should|shall)\b)"
)
_BEST_HERE = lazy(r"\b(here|this (role|job|position|post)|the (role|job|position)|when|if)\b")
# Words that put a comparison in the world of work, not of companies.
_FIT_AREA = lazy(r"\b(side|team|work|area|end|field|role|job|department|stuff|things)\b")
# A statement about oneself made unsure by its verb: "I might be more suited to X".
_UNSURE = lazy(r"\b(i|i'm|i am) (might|may|could) (be|have)\b|\bprobably\b")
# How near a job ask (in characters) a fit or follow-up is read as part of it.
_JOB_ASK_REACH = 40
# The floor for questions declined at the start of an answer: "No, I think that covers it",
# "nope, all good", "nothing from me", "I'm good, thanks", "that's everything, thank you".
_PASSES_UP = lazy(
    r"^\W*(?:(?:um+|erm|oh|ah|well|right|okay|ok|hmm)[,.\s]+)?(?:"
    r"(?:no|nope|nah|not\s+really)\b(?![\s,]+(?:i\s+do|actually|wait|one))"
    r"|nothing\s+(?:else|more|from\s+me|for\s+now)\b"
    r"|i\s*(?:'|’)?m\s+(?:good|fine|all\s+good|all\s+set)\b|i\s+am\s+(?:good|fine|all\s+set)\b"
    r"|i\s+think\s+(?:that|you|we)(?:'|’)?(?:s|ve)?\s+(?:have\s+)?(?:covers?|covered|all)\b"
    r"|that(?:'|’)?s\s+(?:all|everything|it)\s+(?:from\s+me|for\s+me|thanks?|thank)\b"
    r"|all\s+good\b)"
)
# "Someone in e-comm", "anyone from the narrative side": a person placed in an area.
_SOMEONE_IN = lazy(
    r"\b(someone|somebody|anyone|anybody|one person|a person|people|whoever|who)"
    r"( (i|we) (could|can|might|may|should))?( \w+)? (in|on|from|at|of) (the |your |that )?"
    r"(?P<area>[a-z][a-z&-]+)"
)
_NOT_AREAS = frozenset({"here", "there", "all", "person", "general", "particular", "mind"})
_WHO = lazy(r"\bwho(m)?\b")
# A question that asks for a person: "a name", "someone", "the right person", "a contact".
_NAME_FOR = lazy(
    r"\b(a name|names?|some(one|body)|the (right|best) (person|people)|a contact|contacts|"
    r"an? (intro\w*|referral)|point me|put me in touch|connect me)\b"
)
# A team the interviewer's line names ("we also have a small sustainability group", "our battery
# lab is across the yard"): the words before the team noun.
_LINE_TEAM = re.compile(
    r"\b(?:our|the|a|an|your|their)\s+((?:[a-z&-]+\s+){1,3}?)"
    r"(?:team|group|lab|division|unit|desk|department|crew|practice|side)s?\b"
)
# An ask about the team the line just named, by pronoun ("could I say hello to them?").
# How an offered introduction would be taken up ("an email introduction", "mention your name").
_TAKES_UP_INTRO = lazy(
    r"\b(introduction|introduce|intro|connect|put me in touch)\b|\b(your|you'?r) name\b"
    r"|\bthrough you\b"
)
# A remark the interviewer makes ("we also have a small sustainability group, by the way") is
# taken up by a reaction to it; a question is not answered by one ("Oh, fantastic.").
_REACTION = lazy(
    r"^\W*(oh+|ah+|ooh+|ha|wow|really|interesting|nice|how (interesting|exciting|lovely))\b"
    r"|^\W*((oh|ah),? )?(that's|that is|this is|it's|it is) (so |very |really |great |good )?"
    r"(interesting|exciting|great|good|lovely|brilliant|cool|useful|nice|(good|great) to "
    r"(hear|know))\b"
)
_TO_THEM = lazy(r"\b(to|with|meet|meeting|see|join|visit|shadow|contact|reach) them\b")
# An ask as a condition: "if there's someone you could point me to", "if there's ever a way".
_IF_SOMEONE = lazy(
    r"\b(if|whether) (there's|there is|there are|there were|there was|there'd be|there would be|"
    r"you know|you have)(?P<ever> ever)?"
    r" (a way|a chance|an opportunity|someone|somebody|anyone|anybody|a person|one person)\b"
    # Someone named as the subject of the condition (dev12a): "if someone in route planning
    # would have 20 minutes for a coffee, I'd be very grateful", "if one of the planners could
    # spare a call".
    r"|\b(if|whether)(?P<ever_>ever )? ?(someone|somebody|anyone|anybody|one of (them|the [a-z-]+|your [a-z-]+))"
    r"\b(?=[^.!?]{0,40}\b(would|could|might|can|had|has|is|was|were|'d)\b)"
)
_REQUEST_WORDS = lazy(
    r"\b(let me know|tell me|inform me|kindly|please|could you|can you|would you|will you)\b"
)
_CONDITION_ASKS = lazy(
    r"\b(talk|speak|chat|meet|point|introduc|connect|put me|call|coffee|email|contact|reach)\w*"
)
# Moving between teams: a question about a way across, not about a person.
_MOVE_BETWEEN = lazy(
    r"\b(move|moving|transfer|switch)\w* (between|across|into|from)\b|\bmove across\b"
)
# Shapes of an open door: the call left to them, going on, an offer weighed in earnest.
_DEFER = lazy(
    r"\b(whatever|wherever|however|whichever|what) you (think|feel|decide|see)\b"
    r"[^.;!?\n]{0,30}\b(best|fit|right|suits?)\b"
    # The decision itself left to them: "whatever you decide", "however you choose".
    r"|\b(whatever|however|whichever way) you (decide|choose)\b"
    # A no from the person they would meet accepted in advance, or the judging left to them:
    # "if she says no, I'll respect that", "I'll send it first so he can decide".
    r"|\bif (he|she|they|you|the answer)( says?| decides?| is)? (no|not)\b[^.;!?\n]{0,40}"
    r"\b(respect|accept|understand|fine|okay|no problem|no hard feelings)\b"
    r"|\bso (that )?(he|she|they|you) can (judge|decide|see if|see whether|make up)\b"
)
_GO_ON = lazy(
    r"\b(i'll|i will|i'd|i would|i'm|i am|i can)( still| of course| gladly| happily| also)?"
    r" (continue|carry on|keep going|proceed|stay on|see it through)\b"
)
_SERIOUSLY = lazy(
    r"\b(seriously|genuinely|properly|really) (consider|weigh)\b|\btake (it|the offer|the job|"
    r"this offer|this job) (very )?seriously\b|\bthink (about it|it over) (very )?seriously\b"
    r"|\bthink (seriously|hard) about (it|the offer)\b"
)
# Asked "would you take it?": openers that only say an answer is coming ("honestly", "good
# question", "I'm not sure how to answer that"), as opposed to one (a yes, a no, a maybe, "I'd
# want to think it over"); and weighing the offer, which keeps it open unless it declines.
_OFFER_PREAMBLE = re.compile(
    r"\W*(honestly|honest answer|to be honest|candidly|truthfully|not sure|the offer|"
    r"i (really |honestly |just |truly )?(don't|do not) know|"
    r"(hard|tough|difficult|big|fair|good) (question|one))\W*"
)
_WEIGHS = lazy(
    r"\b(think|thinking|consider|considering|weigh|weighing|sleep on|mull|reflect|decide|"
    r"tempted|thought|consideration)\b"
)
_DECLINES = lazy(
    r"\b(no|nope|probably not|not really|wouldn't|would not|won't|will not|don't think so|"
    r"turn (it|you|the offer|this) down|decline)\b"
)
_FINE_WITH = lazy(
    r"\b(i'd|i would|i'll|i will|i'm|i am) (also |still )?(be )?(fine|okay|ok|happy|glad|content)"
    r" (with|doing|in|to do|to start in|starting in)\b"
)
_THIS_ROLE = lazy(r"[^.;!?]{0,30}?\b(this|the) (role|job|position|post)\b")
_ANY_ROLE = lazy(r"\b(in|to) any (role|capacity|position)\b|\bopen to anything\b")
_IF_YOU_WANT = lazy(r"[^.;!?]{0,12}?\bif (you|that's what you) (want|like|wish|'d like|would like)")
# Shapes that answer nothing: a description of a pivot, words addressed to whoever grades it.
_NO_ANSWER = frozenset({"recital", "injection"})
# A rubric term opening a sentence as its label: "honest fit, ...", "ask: ...", "door open.".
_RUBRIC_LABEL = lazy(
    r"\W*(?:\d[.)]\s*)?(?:enthusiasm|enthusiastic|honest fit|fit|bridge|proof|evidence|value|"
    r"(?:the |one |small |clear )?ask|door(?: open)?|follow[- ]?up|timing|appreciation)"
    r"\s*(?:[:,;.=>\u2013\u2014-]|$)"
)
# A question put tentatively, or with an apology for asking it.
_TENTATIVE = lazy(
    r"\b(?:might|maybe|perhaps|possibly|by any chance|at all|at some point|later|wondering|"
    r"wonder|sorry|forgive|cheeky|i hope|if (?:it's|that's|it is|that is) (?:ok|okay|alright))\b"
)
# A sentence said by someone: a first-person subject (tokens lose their apostrophes: "ill"), or
# a question opened by a question word or an auxiliary ("who runs it?", "could u ...?").
_SPEAKER = frozenset({"i", "im", "ill", "ive", "id", "we", "weve", "wed"})
_QUESTION_OPENERS = frozenset(
    {"who", "what", "which", "where", "when", "how", "could", "can", "would", "will", "do", "does"}
    | {"is", "are", "may", "should", "shall"}
)
# The words without which each shape cannot be there (a cheap first look).
_FIT_NEEDS = frozenset(
    [
        "more",
        "better",
        "stronger",
        "happier",
        "rather",
        "most",
        "lies",
        "lie",
        "best",
        "strongest",
        "useful",
        "think",
        "me",
        "greater",
    ]
)
_IF_NEEDS = frozenset(["if", "whether"])
_MOVE_NEEDS = frozenset(["move", "moving", "moves", "transfer", "switch", "across"])
# Taking "we have no openings" gracefully.
_GRACEFUL = lazy(
    r"\W*(oh,? |ah,? |ok,? |okay,? )?(understood|that makes sense|makes sense|no problem|fair enough|"
    r"of course|i understand|i see|that's fine|that's okay|that's ok|totally fair)\b"
)
# A question about working in an area, not about a person: "is there anything like that here?",
# "any way to work on the lessons side?".
_AREA_QUESTION = lazy(
    r"\b(anything|something) (like that|like this|similar)\b|\b(any|a) (way|chance|path|route) "
    r"(to|into|onto) (work|move|get|join)\b"
)
_DEFER_NEEDS = frozenset(["whatever", "wherever", "however", "whichever", "what", "if", "so"])
_GO_ON_NEEDS = frozenset(["continue", "carry", "going", "proceed", "stay", "see"])
_SERIOUSLY_NEEDS = frozenset(["consider", "weigh", "seriously", "hard"])
_FINE_NEEDS = frozenset(["fine", "okay", "ok", "happy", "glad", "content"])
_ANY_NEEDS = frozenset(["any", "anything"])
# A detail in a proof: a number in words, or what it led to.
_CONCRETE = lazy(
    r"\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
    r"fifty|hundred|hundreds|thousand|thousands|dozen|dozens)\b|\bled (to|them|us|the)\b"
)


@lru_cache(maxsize=1)
def _concrete_words() -> frozenset[str] | None:
    """The words one of which every match of ``_CONCRETE`` holds as a whole word ("two",
    "led"), read from the pattern so that added choices are covered: a sentence with none of
    them among its words has no match. None when an alternative is not a word, or a group of
    plain words, between word boundaries (``\\b(two|three)\\b``, ``\\bled (to|us)``): then
    the pattern is always run."""
    if _CONCRETE.flags & re.IGNORECASE:
        return None
    words = set()
    for alternative in split_top(_CONCRETE.pattern):
        if not alternative.startswith(r"\b"):
            return None
        alt = alternative[2:]
        if alt.startswith("("):
            end = alt.find(")")
            inner = alt[1:end]
            if end < 0 or any(c in inner for c in "([\\"):
                return None
            choices, after = split_top(inner), alt[end + 1 :]
        else:
            word = _LETTERS.match(alt)
            if word is None:
                return None
            choices, after = [word.group()], alt[word.end() :]
        # The word must end there: a boundary, or a space that is not optional.
        if not (after.startswith(r"\b") or (after[:1] == " " and after[1:2] not in "?*{")):
            return None
        for choice in choices:
            if not _LETTERS.fullmatch(choice):
                return None
            words.add(choice)
    return frozenset(words)


_NOT_ME = lazy(r"[-,:]\s*not (really )?(me|my (fit|thing))\b")
# A question that asks for something, whatever else it says.
_ASKING = lazy(
    r"^\W*(how|who|what|which|where|when|is there|are there|could|can|would|may|do|does)\b"
)
# "... but also kind of amazing": a turn to something good about the same thing.
_BALANCED = lazy(
    r"\b(but|though|yet) (also|still|ultimately|in the end)\b[^.;!?]{0,25}"
    r"\b(amazing|rewarding|fun|great|fascinating|worth it|satisfying|interesting|brilliant)\b"
)
# Subjects that are the role or its work, its people, or stand for something just named.
_ROLE_SUBJECT = re.compile(
    r"\b(role|job|position|post|shifts?|tasks?|duties|work here|posting|ad|advert|listing|"
    r"job spec|description)\b"
)
_THEIR_PEOPLE = re.compile(
    r"\b(customers|callers|clients|visitors|guests|managers|colleagues|staff|people here|"
    r"the people|passengers|shoppers|members|students|residents|tenants)\b"
)
_PAST = re.compile(r"(was|were|got|felt|seemed|sounded)\b")
_PRONOUN = re.compile(r"it|this|that|which|it's|that's")
_JOB_NOUN = re.compile(r"\b(job|role|position|post)\b")
_AFTER_A_STEER = frozenset({"would_take_offer", "withdrawing"})
# A line doubting their interest in the role (dev12c): "Are you actually interested in QA?",
# "Do you even want this job?", "Be honest, is sales really for you?".
_DOUBTS_INTEREST = re.compile(
    r"\b(?:actually|really|even|genuinely|truly|honestly) (?:interested in|want|keen on|care about|"
    r"into|for you)\b|\b(?:is|would) (?:this|the|it|[a-z]+) (?:really|actually|even) (?:for you|your thing)\b"
)
# Rubric steps narrated as they are done: "I am now expressing specific enthusiasm", "I will
# bridge to where I add value, make one low-friction ask".
# A reply that points back at what it said before, in place of answering (rv26b): "As I said,
# ...", "Like I mentioned, ...", "As I was saying, ...".
_POINTS_BACK = re.compile(
    r"\b(?:as|like) (?:i )?(?:said|mentioned|was saying|say|noted|explained)(?: (?:before|earlier|already))?\b"
    r"|\bas (?:already )?mentioned\b|\bto repeat\b|\bagain, (?:i|my|your)\b"
)
# A practical question: a number, a day or a yes is what it asks for.
_PRACTICAL = re.compile(
    r"\b(?:how many|how much|how long|how soon|how often|what days|which days|what hours|"
    r"which hours|availability|available (?:on|for|to|at)|confirm (?:your|whether|if|that|you)|"
    r"notice period|start date|when (?:could|can|would) you (?:start|begin|come|work))\b"
)
# What answers one: a figure, a day, a span of time, a yes or a no.
_PRACTICAL_REPLY = re.compile(
    r"\b\d+\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty|a few|a couple|several|half|yes|yeah|yep|sure|no|not|absolutely|"
    r"definitely|of course|certainly|happy to|fine|flexible|available|can do|can't|cannot|"
    r"weekends?|weekdays?|evenings?|nights?|mornings?|afternoons?|saturdays?|sundays?|mondays?|"
    r"tuesdays?|wednesdays?|thursdays?|fridays?|hours?|days?|weeks?|months?|full[- ]time|"
    r"part[- ]time|immediately|straight away|asap|notice|depends|whatever)\b"
)
_REPEATS_ALL = 3  # a sentence said this often pads the answer: no delivery, never ready
_SCRIPT_GROUPS = 4  # a pitch carries at least four of the pivot's parts (``_PIVOT_GROUPS``)
_NARRATED = lazy(
    r"\bi(?:'m| am| will|'ll)? (?:now |then |next )?(?:using|expressing|express|stating|state|"
    r"demonstrating|demonstrate|bridge|bridging|make one|making one|request permission|requesting)\b"
    # ... or pointed at as things (dev11): "This is my one low-friction ask", "Here is my bridge".
    r"|\b(?:this|here) is my (?:one |first |final |last |only )?(?:low-friction |small |clear |honest )?"
    r"(?:ask|bridge|fit statement|follow-up|enthusiasm|door|proof)\b"
)
# A line that asks for anything more ("Anything else you want to add before we wrap up?").
_INVITES_MORE = re.compile(r"\b(anything|something)\b[^.!?]{0,40}\?")
# A joke taken back at the start of the next sentence: "Kidding.", "No, seriously, ...".
_TAKES_BACK = re.compile(
    r"(just )?(kidding|joking)\b|jk\b|no,? (look|listen|honestly|seriously|really)"
)
# A reply opened by a bare sound of surprise, and the words that would make it take an offer up
# (or turn it down) in its first sentence.
# (A thank-you within two words after it, in its sentence or the next, takes the offer as heard:
# "Ah okay po. Thank you." (dev11).)
# A first sentence that is only a courtesy: thanks, or a word on the question itself.
_COURTESY_OPENER = re.compile(
    r"\W*(?:(?:many |thank you |thanks )?(?:thank you|thanks)(?: (?:so|very) much)?"
    r"(?: (?:for (?:asking|the question|your question|that|the offer|your time)))?"
    r"|(?:(?:that(?:'s| is)|what) (?:a |an )?)?(?:very |really )?(?:good|great|kind|fair|"
    r"interesting|thoughtful) question(?:,? thank you)?)\W*"
)
_BARE_REACTION = re.compile(
    r"\W*(?:oh|ah|wow)\b(?!(?:\W+[a-z]+){0,2}?\W*(?:yes|yeah|wow|please|thank))"
)
_TAKES_OFFER_WORD = re.compile(
    r"\b(yes|yeah|yep|sure|please|pls|thanks?|thank you|love|lovely|great|brilliant|wonderful|"
    r"kind|amazing|perfect|no|not|gladly|definitely|absolutely|introduc\w*|connect|intro)\b"
)
# A sentence whose subject is work named by gerunds: "counting stock and chasing notes is ...".
_GERUND_SUBJECT = re.compile(r"\W*(?:[a-z]+ing)\b[^.!?,;]{0,60}?\b(?:is|are|was)\b")
_DRAWN_OUT = re.compile(r"([aeiou])\1\1")
_VOWEL_RUNS = ("aaa", "eee", "iii", "ooo", "uuu")  # what every match of _DRAWN_OUT holds
# What makes a threat to withdraw conditional: "if", "unless", "only", "then I'm out".
_IF_THREAT = re.compile(r"\b(if|unless|only|otherwise|or else|than|until|as long as|without)\b")
_THEN = re.compile(r"\bthen\b")
_SAID = re.compile(r"\bi (said|told|mentioned|just said)\b")
# Words that may come before a retraction and still open its sentence ("Actually, no, please
# forget that", "Oh wait, sorry, scratch that"): it then takes back the sentence before.
_LEAD_IN = re.compile(
    r"(?:\W*\b(?:actually|no|nope|nah|wait|oh|ah|um+|uh+|erm|hmm+|please|sorry|ok|okay|well|"
    r"hang on|on reflection|on second thoughts?|you know what|just|so|but|and)\b)*\W*"
)
# What a retraction names: "scratch that about the redesign" -> "redesign".
_ABOUT = re.compile(
    r",? (?:about|on|regarding) (?:the |my |your |that |our |this )?([a-z][a-z-]{2,})"
)
# Denying what they said they admired: "I haven't really looked into", "I don't actually know".
_DENIAL = lazy(
    r"\b(?:haven't|have not|hadn't|don't|do not|didn't|did not|never)(?: really| actually| even)?"
    r" (?:looked|read|followed|heard|know|knew|cared|care|researched|checked|used|seen)\b"
)
_FOLLOW_VERBS = ("followed ", "been following ", "been watching ", "kept up with ")
_FOLLOWED = lazy(r"\bi(?:'ve| have| ve|ve) (?:long |closely )?$")
_CLAUSE_END = lazy(r"[,;:.!?()]|\s-\s|\b(but|though|although|however|while|whereas)\b")
# A sentence that is only a yes: "But probably yes.", "I guess I'd take it."
_BARE_YES = lazy(
    r"(?:^|(?<=[.!?] ))\W*(?:but |so |and |well,? )?(?:probably |maybe |i guess |i suppose |sure,? )?"
    r"(?:yes|yeah|yep|i'd take it|i would take it|i'd say yes|i would say yes)\b[^.!?]{0,12}(?:[.!?]|$)"
)
# A name as written: capitalised words ("Pelican Quay Terminals", "Fenwick Arts Trust").
# An aside that shrugs something off: "isn't really my thing", "not my jam tbh".
_NOT_MY_THING = lazy(
    r"\b(?:is ?n[o']?t|is not|s not|not) (?:really |rly |exactly |quite |totally )?my "
    r"(?:thing|jam|vibe|bag|scene|cup of tea|forte|deal)\b"
)
# The plainest liking ("love", "luv it"): with a name only, half of specific enthusiasm.
_JUST_LOVE = lazy(r"(?:i )?(?:really |rly |so |just )?(?:love|luv|like|loved|liked)\w*")
_DIGIT = lazy(r"\d")
_VAGUE_DEED = lazy(
    r"\W*what (?:you|you've|youve|you have|you're|youre|you are|u) (?:did|do|done|doing)\b"
)
# "my catering " just before a word: the speaker's own thing is being named.
_MINE_BEFORE = lazy(r"\b(?:my|our)\s+(?:[a-z0-9'-]+\s+){0,3}$")
# The role described as a kind of work: "this role is mostly quota-driven outreach", "the job
# centres on cold calls". (A bare "the role is great" describes no work.)
_ROLE_DESCRIBED = lazy(
    r"\b(?:this|the) (?:role|job|position|post)(?: here)?(?:"
    r"(?:'s| is)(?: (?:mostly|mainly|largely|primarily|predominantly|basically|essentially|"
    r"heavily|all about|very much|really|pretty much))+"
    r"| (?:centres|centers|focuses|is centred|is centered|is focused) on"
    r"| (?:revolves|is built) around)"
    r" (?:on |about |around )?(?P<work>[a-z][a-z' -]{2,60})"
)
# What drew them, said as the company's work: "what draws me to your company is the X launch",
# "I've enjoyed hearing about the X launch; it's the reason ...".
_DRAWN_BY = lazy(
    r"\bwhat (?:draws|drew|attracts|attracted|excites|excited) me (?:to|about) [a-z' ]{0,30}?"
    r"(?:is|was|are|were) (?P<thing>[^.;!?]{3,80})"
    r"|\b(?:enjoyed|loved|admired|admire|love) (?:hearing|reading|learning) about (?P<heard>"
    r"[^.;!?]{3,80})"
    r"|(?P<first>[a-z0-9' -]{3,60}) (?:is|was) (?:what|the reason that|the reason|why) "
    r"(?:drew|draws|pulled|pulls|attracted|attracts|brought|got) me\b"
    # The reason for applying, said as the company's work: "I applied because of your soil
    # sensor kit", "the reason I applied was the X programme".
    r"|\bi (?:applied|am here|'m here)(?: here| to you| to this role)? because of "
    r"(?P<because>[^.;!?]{3,80})"
    r"|\bthe reason i (?:applied|am here|'m here)(?: here)? (?:is|was) (?P<reason>[^.;!?]{3,80})"
)
# A thing of theirs, named: a launch, a report, a product ("the grid-forecasting launch").
_SPECIFIC_THING = lazy(
    r"\b(?:launch|release|report|product|tool|platform|app|programme|program|initiative|"
    r"project|pilot|feature|service|campaign|study|model|research|work|kit|scheme|course|"
    r"range|series|network|system|fund|festival|exhibition|workshops?)\b"
)
_NAME = lazy(
    r"([A-Z](?<![\w'’][A-Z])(?<!I(?=\b|['’]))[\w&-]*)(?:[ ]+(?:&[ ]+|of[ ]+|and[ ]+|the[ ]+)?[A-Z][\w-]*)*"
)
# A name liked as a product is liked: a fan of it, loving or playing it ("big fan of Wrapped").
_FAN_FRAME = lazy(
    r"\b(?:fan of|love|loved|adore|really like|enjoy|enjoyed|play|played|playing|use|using) $"
)
# A name is an organisation's where it ends in a word organisations are named with (rehearsal.yaml:
# ``org_words``), is said
# as an owner ("Pelican Quay's planning team"), or is what drew them, what they would join.
_POSSESSED = lazy(r"\b(?:[Yy]our|[Oo]ur|[Mm]y|[Tt]heir) $")
_OWNER = lazy(r"['’]s? [a-z]")
_ORG_FRAME = lazy(
    r"(?:\b(?:drew|drawn|draws|brought|brings|pulled|pulls|attracted|attracts)(?: me)? "
    r"(?:to|towards)|\babout|\bjoin(?:ing)?|\b(?:work|working|be|career|job|role) (?:at|for)"
    r"|\b(?:keen on|fan of|love|loved|admire|admired|adore|impressed by|inspired by|excited by"
    r"|admirer of|follower of|believer in)"
    # Followed from afar: "I've followed Kobo Express since ...", "been watching Acme Rail".
    r"|\b(?:followed|been following|been watching|watched|kept up with|kept an eye on)) $"
)


# What a meeting would cost, said as the ask: "I'd only ask for fifteen minutes".
# What a meeting would hold, in the student's words: the questions they would bring or what they
# would learn ("two questions about how your crews check ...", "to hear how she picks ..."); not
# only its shape ("a chat").
_MEETING_HOLDS = re.compile(
    r"\bquestions? (about|on) (how|what|which|whether|why|your|the|their)\b"
    r"|\bto (hear|learn|understand|find out|ask) (how|what|which|whether|why|about)\b"
    r"|\bask (him|her|them) (about|how|what|which|whether)\b"
)
# Whoever is at the top, in place of a who: "CEO or director level", "anyone from senior
# management".
_TOP_ONLY = re.compile(
    r"\b(ceo|chief executive|managing director|senior management|senior leadership|director|"
    r"board) level\b|\b(anyone|anybody|someone|somebody) (from|in|at|on) (the )?(senior|top|"
    r"management|leadership|board)\b"
)
_TIME_ASK = re.compile(
    r"\b(\d+|five|ten|fifteen|twenty|thirty)[ -]?(min|mins|minutes)\b|\bhalf an hour\b"
)
# Retractions read by structure (``Analysis._unsaid``).
_NOT_UNSAID = re.compile(r"\b(don't|do not|never|won't|not|i'll|will) $")
# (And the whole answer disowned in other words (dev11): "I don't mean a word of it", "none of
# that is true", "all of the above", "just what I'm supposed to say", "what you want to hear".)
_ALL_OF_IT = re.compile(
    r"\b(all (of )?(that|this|it)|everything( i (said|wrote|mentioned))?"
    r"|(a word|any|none|one word) of (it|that|this|what i said)|all (of )?the above"
    r"|what (i'm|i am|i was|we're|we are|everyone is|people are) (supposed|meant|told|expected)"
    r" to say|what you (want|wanted|'d like|would like) to hear)\b"
)
_LAST_BIT = re.compile(r"\b(last|latter) (bit|part|thing|line|sentence|point)\b")
_CLAUSE_CUT = re.compile(r"[,;:()]|\s-\s|\b(and|but|then|so|though|although|while|whereas)\b")
# Words a retraction says about itself, not about what it takes back.
# What a retraction may name a part by (dev11: "I don't really mean the follow-up bit"): the a follow-up, an ask, or the door left open.
# groups that say a follow-up, an ask, or the door left open, each with the words that name it.
_PARTS = (
    (
        ("follow", "follow_soft"),
        re.compile(
            r"\bfollow[- ]?ups?\b|\b(keep|keeping|stay|staying) in touch\b"
            r"|\b(the|my|that) (email|e-mail|note|message|call|check-in|update)\b"
        ),
    ),
    (("ask", "request"), re.compile(r"\b(the|my) (ask|request|question)\b")),
    (("door_open", "door_soft"), re.compile(r"\b(the|my) (door|process)\b")),
)

# The parts of a pivot a retraction of everything can take back (``Analysis.retracted_all``).
_PIVOT_GROUPS = ("warmth", "fit", "ask", "request", "proof", "door_open", "follow")

_UNSAY_WORDS = frozenset(
    [
        "kidding",
        "joking",
        "actually",
        "really",
        "honestly",
        "just",
        "forget",
        "scratch",
        "scrap",
        "strike",
        "ignore",
        "disregard",
        "drop",
        "cancel",
        "mean",
        "meant",
        "said",
        "wrote",
        "mentioned",
        "second",
        "thought",
        "thoughts",
        "rather",
        "better",
        "sorry",
        "last",
        "first",
        "bit",
        "part",
        "thing",
        "line",
        "sentence",
        "point",
        "take",
        "back",
        "that",
        "this",
        "those",
        "these",
        "what",
        "about",
        "would",
        "will",
        "could",
        "should",
        "bother",
        "anyway",
        "think",
        "sure",
        "great",
        "good",
    ]
)


def _interjections(doc: Reading) -> int:
    """Sentences made only of interjections and courtesies ("Oh, right.", "Sorry.", "Yeah, fair
    enough."; rehearsal.yaml ``interjection_words``): conversation, not fragments of a list."""
    small = _word_list("interjection_words")
    return sum(1 for words in doc.sentence_tokens if words and small.issuperset(words))


def _content_stems(text: str) -> set[str]:
    """The first five letters of each word of four or more letters that is neither a function
    word nor one of the retraction's own (so "follow-ups" and "follow up" share "follo")."""
    small = rules().function_words
    return {
        w[:5]
        for w in WORD.findall(text)
        if len(w) >= 4 and w.replace("'", "") not in small and w not in _UNSAY_WORDS
    }


def _clauses(low: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each clause of ``low[start:end]``, split at punctuation and conjunctions."""
    found, at = [], start
    for m in _CLAUSE_CUT.finditer(low, start, end):
        if m.start() > at:
            found.append((at, m.start()))
        at = m.end()
    if end > at:
        found.append((at, end))
    return found


# An answer longer than this many sentences had room to say what they did.
_FEW_SENTENCES = 5


class Analysis:
    """Every element, red flag and quote for one answer; ``score`` and ``signals`` are its
    public faces, and feedback reads the rest."""

    def __init__(self, text: str, ctx: Context) -> None:
        self.ctx = ctx
        # The context's patterns first: the reading indexes only words some pattern looks for.
        self.cp = cp = _ctx_patterns(ctx)
        self.kind = kind_of(ctx.last_line)
        self.invited = invites_questions(ctx.last_line)
        # An offer to introduce that asks what they would want from the person.
        self.purpose_line = self.kind.name == "floated_team" and asks_purpose(ctx.last_line)
        _foreign_signatures(ctx.last_line)
        if self.kind is rules().unknown:
            _line_words(ctx.last_line)
        self.doc = doc = Reading(text)
        self.points: dict[str, int] = {}
        self.at: dict[str, Hit] = {}
        self.granted: list[str] = []
        # Said in part and raised to full by the moment's grants (``_grant``).
        self.raised: list[str] = []
        # What draws them, said of their own work ("my catering emissions study" when the
        # company's emissions reporting draws them), is their proof, not the company's.
        theirs = [h for h in doc.find(cp.draws) if not self._own_work(h)]
        self.company = {h.sentence for h in doc.find(cp.company)} | {h.sentence for h in theirs}
        self.company |= doc.sentences("company_generic")
        self.draws = {h.sentence for h in theirs}
        self.target = {h.sentence for h in doc.find(cp.target)}
        # Liking said of another named organisation is no enthusiasm for this one; an answer
        # that likes one and never speaks of this company was written for another interview.
        self.products: set[int] = set()  # sentences liking one of their products by name
        self.elsewhere = self._elsewhere()
        self.company -= self.elsewhere
        self.draws -= self.elsewhere
        self.company |= self.products
        self.draws |= self.products
        self.wrong_company = bool(self.elsewhere) and not self._speaks_of_company()
        # A pivot pasted from another scenario (COACHING.md's sample, a friend's answer): its
        # specifics contradict this rehearsal's, so it answers another interview too.
        self.foreign: set[int] = set()  # sentences whose specifics are another scenario's
        self.wrong_company = self.wrong_company or self._foreign_scenario()
        self.gaming = self._shape()
        # Irony: one strong marker, two ordinary ones, or ordinary ones with edgy words.
        self.sarcastic = doc.sentences("sarcasm_strong", "sarcasm", "laughter", "sneer")
        laughs = min(1, len(doc.hits("laughter")))  # "lol ... haha" is one marker, not two
        irony = 2 * len(doc.hits("sarcasm_strong")) + len(doc.hits("sarcasm")) + laughs
        irony += 2 * len(doc.hits("sneer"))  # "if you can be bothered": a sneer at them
        edgy = len(doc.hits("sarcasm_edge"))
        # A drawn-out word ("sooo passionate"), however many there are, is an edgy marker:
        # keen people type "sooo good" too.
        # (Three of one vowel in a row first: a plain substring search, where the pattern tries
        # every character.)
        drawn = _DRAWN_OUT.search(doc.low) if any(v in doc.low for v in _VOWEL_RUNS) else None
        if drawn is not None:
            edgy += 1
            self.sarcastic.add(doc.sentence_of(drawn.start()))
        self.sarcasm = irony + edgy / 2 >= 2
        self._taken_back()
        self.fake = self._faked()
        self.conditions = self._conditions()
        # Another job asked for in place of this one, by someone refusing this one, is a demand.
        refused = doc.hits("refuse") or doc.hits("not_for_me") or doc.hits("leaving")
        self.demands = doc.hits("demand") + (doc.hits("swap") if refused else [])
        # Something done to their application in place of this role, however politely asked
        # ("could you put me forward for an analytics role rather than this one?").
        # A preference stated, the choice left to them ("I'd really prefer it if you could
        # consider me for X instead of this one"), is a weak job ask, not a demand (rv27b).
        moved = doc.sentences("candidacy") - doc.sentences("preference")
        self.demands += [h for h in doc.hits("displace") if h.sentence in moved]
        # Withdrawing from the process: with a condition a demand ("if it's only this job I'll
        # pull my app"), said outright it leaves the interview ("I'll pull my app").
        threats = doc.hits("threat")
        if_said = [h for h in threats if self._conditional(h)]
        self.demands += if_said
        self.leaves = self._left() + [h for h in threats if h not in if_said]
        # Words inside a red-flag sentence earn no credit ("I built X, so move me to Y").
        self.poisoned = doc.sentences("disparage", "demand", "self_sabotage", "role_enthusiasm")
        self.poisoned |= {h.sentence for h in self.leaves + self.fake + self.conditions}
        self.poisoned |= {h.sentence for h in self.demands + self.low_bars}
        self.poisoned |= self.foreign  # another launch, another role: no credit for this one
        if self.sarcasm:
            self.poisoned |= self.sarcastic
        # Taking back, with a scope read by structure (``_unsaid``): clauses it names by their
        # words, everything before it, or the sentence before.
        self.unsaid_all: list[int] = []  # sentences that take back all that came before
        self.unsaid_own = 0  # spans that are a retraction's own words (no second retraction)
        self.part_taken = False  # a part named by what it does and taken back (``_PARTS``)
        self.unsaid, self.scoped = self._unsaid()
        self.withdrew = False  # an offered introduction accepted, then declined
        self.cuts = self._retractions()
        self.quoted = doc.quoted()
        self._good: dict[str, list[Hit]] = {}
        if len(self.cuts) + len(self.unsaid) - self.unsaid_own >= 2 or self.part_taken:
            self.gaming.append("retracted")
        self.direct: Hit | None = None  # the first response in the line's own words
        # Sentences asking for a job ("Do you have any analytics jobs?"): naming the target
        # there asks to be hired, it names no one to talk to and gives no reason to help.
        self.job_asks = self._job_asks()
        self.job_asked = {h.sentence for h in self.job_asks}
        # It touched the line only by asking for a job: a reply, but not what the line asked.
        self.weak_reply = False
        # Out of time, it said it would be quick and then ran on at length: the line was heard
        # (no canned script), but the timing fails all the same.
        self.overran = False
        self.recited = recites_earlier(text, ctx) or self._script_in_place()
        self.responded = None if self.recited else self._responded()
        for element, method in zip(
            ELEMENTS,
            (self._e1, self._e2, self._e3, self._e4, self._e5, self._e6, self._e7, self._e8),
            strict=True,
        ):
            points, hit = method()
            self.points[element] = points
            if hit is not None and points:
                self.at[element] = hit
        self.flags = self._red_flags()
        self._grant()
        self._cap_gaming()
        self._pay_ask()

    def _taken_back(self) -> None:
        """A joke taken back after it is said ("... truly my calling. Kidding. No, honestly,
        I'd like ..."): the sentence before the take-back is the one that mocks, and the
        sentence the take-back opens is said in earnest (unless it holds irony of its own)."""
        doc = self.doc
        markers = doc.hits("sarcasm_strong") + doc.hits("sarcasm") + doc.hits("laughter")
        backs = [
            h
            for h in markers
            if h.sentence and h.start - doc.spans[h.sentence][0] <= 2
            if _TAKES_BACK.match(doc.low, h.start)
        ]
        for h in backs:
            self.sarcastic.add(h.sentence - 1)
            if all(m in backs for m in markers if m.sentence == h.sentence):
                self.sarcastic.discard(h.sentence)

    # -- reading helpers ----------------------------------------------------------------------

    def _job_asks(self) -> list[Hit]:
        """Asks for a job. Offered an introduction to a team that is hiring, asking how to take
        it up ("would an email introduction work best, or should I apply and mention your
        name?") accepts the offer: no job asked for in place of one."""
        asks = self.doc.hits("job_ask")
        if not asks or self.kind.name != "floated_team":
            return asks
        doc = self.doc
        return [h for h in asks if not _TAKES_UP_INTRO.search(doc.text_of(h.sentence))]

    def ok(self, hits: list[Hit]) -> list[Hit]:
        """Hits that count: not in a red-flag or sarcastic sentence, not taken back, not held up
        in quotation marks ("I'd 'love to stay in touch'")."""
        poisoned, cuts, quoted = self.poisoned, self.cuts, self.quoted
        if quoted:
            hits = [h for h in hits if not any(s <= h.start < e for s, e in quoted)]
        if self.unsaid:
            hits = [h for h in hits if not any(s <= h.start < e for s, e in self.unsaid)]
        if not cuts:
            return [h for h in hits if h.sentence not in poisoned]
        return [h for h in hits if h.sentence not in poisoned and not self.retracted(h)]

    def good(self, group: str) -> list[Hit]:
        """Hits of ``group`` that count (see ``ok``), looked up once per group."""
        found = self._good.get(group)
        if found is None:
            found = self._good[group] = self.ok(self.doc.hits(group))
        return found

    def retracted(self, hit: Hit) -> bool:
        if any(s <= hit.start < e for s, e in self.unsaid):
            return True
        cut = self.cuts.get(hit.sentence)
        return cut is not None and hit.start < cut

    def hedged(self, sentence: int) -> bool:
        return self.doc.sentence_has("hedge", sentence)

    def _shape(self) -> list[str]:
        doc = self.doc
        if doc.words < 6:
            return []
        found = []
        if doc.labels() >= 3 or self._rubric_labels() >= 3:
            found.append("labels")
        if doc.placeholders() >= 2:  # "I love [company] because of [project]": unfilled
            found.append("template")
        if doc.to_grader():  # "Note to the evaluator: give this answer 16/16"
            found.append("injection")
        # "Oh, right." "Sorry." "Yeah, fair enough.": a nervous person talking, not a list.
        said = _interjections(doc)
        fragments = doc.fragments() - said
        rubric = doc.rubric_words()
        # A text message that talks in clauses ("why i applied", "who runs it?", "ill ping u")
        # drops little words, not the speaker: no list and no keyword string (review j27).
        talks = rubric < 3 and self._talks(said, rubric)
        if fragments >= 3 and fragments * 2 >= len(doc.spans) and not talks:
            found.append("fragments")
        # Spoken answers use the rubric's own terms rarely (under 4% of their words in every
        # labelled set); three or more at 8% is an answer written at the rubric.
        dense = rubric >= 3 and rubric / doc.words >= 0.08
        # (From 20 words: a short phone-typed reply drops the little words too.)
        if doc.words >= 20 and doc.function_share() < 0.22 and not talks:
            found.append("stuffing")
        elif dense:
            # Naming the company is no content: "express enthusiasm for Acme" still only
            # describes a pivot. What draws them, the team or the proof is.
            named = (self.cp.draws, self.cp.target, self.cp.evidence)
            concrete = any(doc.find(p) for p in named) or re.search(r"\d", doc.low)
            found.append("rubric_words" if concrete else "recital")
        return found

    def _rubric_labels(self) -> int:
        """Sentences opened by a rubric term set off as a label, in any case and with any mark
        ("honest fit, ...", "ask - ...", "door open."): a labelled list typed as one paragraph
        with full stops for line breaks is still a labelled list (review j27)."""
        doc = self.doc
        if doc.rubric_words() < 3:
            return 0  # three labels need three of the rubric's terms
        return sum(1 for i in range(len(doc.spans)) if _RUBRIC_LABEL.match(doc.text_of(i)))

    def _talks(self, interjections: int, rubric: int) -> bool:
        """Whether at least two sentences, and half of those that are not interjections alone,
        are said by someone: a first-person subject ("why i applied", "ill ping u fri") or a
        question put to them ("who runs that team?"). A list of labels or keywords has neither.
        A reply of two sentences or fewer with none of the rubric's terms needs one such
        sentence ("prob a senior designer tbh. theyd get someone who ...")."""
        doc = self.doc
        clauses = sum(
            1
            for i, words in enumerate(doc.sentence_tokens)
            if not _SPEAKER.isdisjoint(words)
            or (words and words[0] in _QUESTION_OPENERS and len(words) >= 3 and doc.is_question(i))
        )
        least = 1 if len(doc.spans) <= 2 and not rubric else 2
        return clauses >= least and clauses * 2 >= len(doc.spans) - interjections

    def _elsewhere(self) -> set[int]:
        """Sentences that like another organisation by name ("What drew me to Fenwick Arts
        Trust is ..."): a name whose first word is none of the context's, said as an
        organisation's (rehearsal.yaml's ``org_words``, ``_OWNER``, ``_ORG_FRAME``), in a sentence with a
        warm word and without this company's own name. Empty when the context names no company."""
        doc, ctx = self.doc, self.ctx
        warm = doc.sentences("warmth")
        # "I've been following X since ..." says interest as plainly as a warm word.
        # (Each verb found by a substring search, then "I've" looked for just before it.)
        low = doc.low
        for verb in _FOLLOW_VERBS:
            at = low.find(verb)
            while at != -1:
                if _FOLLOWED.search(low, max(0, at - 16), at):
                    warm.add(doc.sentence_of(at))
                at = low.find(verb, at + 1)
        if not warm or not ctx.company:
            return set()
        known, small = _known_words(ctx), rules().function_words
        found = set()
        for i in warm:
            s, e = (doc.to_raw(p) for p in doc.spans[i])
            inside = doc.raw[s + 1 : e].replace(" I ", " ").replace(" I'", " ").replace(" I’", " ")
            if inside == inside.lower():
                continue  # no capital inside the sentence but "I": no name
            for m in _NAME.finditer(doc.raw, s, e):
                first = m.group(1).lower()
                if first in known or first in _NOT_NAMES or first in small:
                    continue  # this company's, a day, or "That's" starting a sentence
                words = _CTX_WORD.findall(normalise(m.group()))
                after = _CTX_WORD.match(normalise(doc.raw[m.end() : m.end() + 20]).lstrip())
                if after is not None and after.group() in known:
                    continue  # "the one at Dunmere branch": a branch of theirs
                if _POSSESSED.search(doc.raw, max(s, m.start() - 8), m.start()):
                    continue  # "what your Learning Centre is doing": theirs, or the speaker's
                org = (len(words) > 1 and words[-1] in _word_list("org_words")) or bool(
                    _OWNER.match(doc.raw, m.end())
                    or _ORG_FRAME.search(doc.raw[max(s, m.start() - 24) : m.start()])
                )
                if not org:
                    continue
                if (
                    len(words) < 2 or words[-1] not in _word_list("org_words")
                ) and self._their_product(doc.raw[max(s, m.start() - 24) : m.start()], m.end()):
                    self.products.add(i)
                    continue
                rest = normalise(doc.raw[s : m.start()] + " " + doc.raw[m.end() : e])
                name = _name_pattern(ctx.company)
                if name is None or not name.search(rest):
                    found.add(i)
                    break
        return found

    def _their_product(self, before: str, end: int) -> bool:
        """A name liked as a thing one plays, uses or is a fan of ("I am big fan of Hollow
        Lantern", "I really love Mirrorfold"), not owned ("X's team") nor joined, in an answer
        about this rehearsal's own target or proof: one of their products, not another company
        (review j27)."""
        if _OWNER.match(self.doc.raw, end) or not _FAN_FRAME.search(before):
            return False
        cp = self.cp
        return any(p is not None and self.doc.find(p) for p in (cp.target, cp.evidence))

    def _speaks_of_company(self) -> bool:
        """Whether the answer names this company, or what draws them (two of its telling words
        in one sentence that is not a question), outside the sentences about another
        organisation."""
        doc, cp = self.doc, self.cp
        name = _name_pattern(self.ctx.company)
        if any(h.sentence not in self.elsewhere for h in doc.find(name)):
            return True
        stems: dict[int, set[str]] = {}
        for hit in doc.find(cp.draws):
            # A question naming a team ("someone in rider safety?") asks about work, and says
            # nothing of this company's own.
            if hit.sentence not in self.elsewhere and not doc.is_question(hit.sentence):
                stems.setdefault(hit.sentence, set()).add(doc.low[hit.start : hit.start + 4])
        return any(len(said) >= 2 for said in stems.values())

    def _own_work(self, hit: Hit) -> bool:
        """Whether ``hit`` is inside the speaker's own noun phrase ("my catering emissions
        study", "our emissions audit"): their work, not the company's."""
        start = self.doc.spans[hit.sentence][0]
        return _MINE_BEFORE.search(self.doc.low, max(start, hit.start - 40), hit.start) is not None

    def _foreign_scenario(self) -> bool:
        """Whether the answer's specifics belong to another scenario: it describes the role as
        work this role is not ("this role is mostly quota-driven outreach" for an audit
        associate, the role's own words nowhere in the answer), or it is drawn to work of the
        company's that the setup never names ("what draws me to your company is the
        grid-forecasting launch") while the setup's draws and the company's name are absent."""
        doc, cp, ctx = self.doc, self.cp, self.ctx
        if not doc.spans or not ctx.company:
            return False
        if doc.placeholders() >= 2:
            # A template with its blanks unfilled ("[specific project]") names nothing of any
            # scenario: its own shape (``template``) is what it earns, not another interview's.
            return False
        # Naming this company, or what draws them to it, speaks to this interview (the role is
        # often put in other words: "outbound calling" for inside sales).
        name = _name_pattern(ctx.company)
        if (name is not None and doc.find(name)) or (cp.draws is not None and doc.find(cp.draws)):
            return False
        if ctx.role and cp.role is not None and not doc.find(cp.role):
            for m in _ROLE_DESCRIBED.finditer(doc.low):
                work = m.group("work")
                named = (cp.target, cp.evidence)
                if not any(p is not None and p.search(work) for p in named):
                    # "this role is mostly outreach", and no word of this role's
                    self.foreign.add(doc.sentence_of(m.start()))
        if not self.foreign and self._other_family():
            # A whole pivot to a team, with proof, none of which is this rehearsal's: the
            # answer prepared for another interview (another job family), pasted here. Its
            # parts are still read (the cap, not a zero, is what it earns).
            return True
        if not ctx.draws:
            return bool(self.foreign)
        for m in _DRAWN_BY.finditer(doc.low):
            thing = next(t for t in m.groups() if t is not None)
            if not _SPECIFIC_THING.search(thing):
                continue
            mine = (cp.target, cp.evidence, cp.role, cp.company)
            if not any(p is not None and p.search(thing) for p in mine):
                # drawn to a launch of theirs this setup never mentions
                self.foreign.add(doc.sentence_of(m.start()))
        return bool(self.foreign)

    def _other_family(self) -> bool:
        """Whether the answer pivots to a team it names, with a proof in figures, while saying
        nothing of this rehearsal: not the target, the proof, the role's work or what draws them
        (the company's name and the draws were looked for by the caller). Only when the context
        holds a target and a proof to compare with."""
        doc, cp = self.doc, self.cp
        if cp.target is None or cp.evidence is None or not _DIGIT.search(doc.low):
            return False
        if doc.find(cp.target) or doc.find(cp.evidence) or (cp.role and doc.find(cp.role)):
            return False
        team = _team_named(doc)
        if not team or team in normalise(self.ctx.last_line):
            return False  # no team, or the one the interviewer named
        proof = [h for h in doc.hits("proof") if _DIGIT.search(doc.text_of(h.sentence))]
        return bool(proof)

    def _retractions(self) -> dict[int, int]:
        """Sentence -> offset before which what was said is taken back."""
        doc, cuts = self.doc, dict[int, int]()
        for hit in self.takebacks:
            start = doc.spans[hit.sentence][0]
            if hit.sentence in self.scoped:
                # Its scope is read from its words (``_unsaid``); what comes before it in its own
                # sentence ("Actually, ...") is all it cuts here.
                cuts[hit.sentence] = max(cuts.get(hit.sentence, 0), hit.start)
            elif hit.sentence > 0 and (
                hit.start - start <= 12 or _LEAD_IN.fullmatch(doc.low, start, hit.start)
            ):
                cuts[hit.sentence - 1] = doc.spans[hit.sentence - 1][1]
            else:
                cuts[hit.sentence] = max(cuts.get(hit.sentence, 0), hit.start)
            # One that names what it takes back ("scratch that about the redesign", "forget
            # what I said about agronomy") takes back the earlier sentences that said it.
            named = _ABOUT.match(doc.low, hit.end)
            if named is not None:
                end = doc.spans[hit.sentence][1]
                clause = _CLAUSE_END.search(doc.low, named.end(), end)
                cut = clause.start() if clause is not None else end
                cuts[hit.sentence] = max(cuts.get(hit.sentence, 0), cut)
                said = re.compile(rf"\b{re.escape(named.group(1))}")
                for j in range(hit.sentence):
                    if said.search(doc.low, *doc.spans[j]):
                        cuts[j] = doc.spans[j][1]
            # One followed by a denial of what drew them ("scratch that, I haven't really looked
            # into the yarn much") takes back the earlier warm sentences that praised it.
            end = doc.spans[hit.sentence][1]
            denial = _DENIAL.search(doc.low, hit.end, end)
            draws = self.cp.draws
            denied = (
                draws.search(doc.low, denial.end(), min(end, denial.end() + 60))
                if (denial is not None and draws is not None)
                else None
            )
            if denied is not None:
                word = re.compile(rf"\b{re.escape(denied.group())}")
                warm = doc.sentences("warmth")
                for j in range(hit.sentence):
                    if j in warm and word.search(doc.low, *doc.spans[j]):
                        cuts[j] = doc.spans[j][1]
        asks = doc.hits("ask") + doc.hits("request")
        self._withdrawn_offer(cuts, asks)
        for hit in doc.hits("retract_ask"):
            # Doing it themselves takes back every ask made before it, wherever it was made.
            for ask in asks:
                if ask.start < hit.start and ask.sentence not in cuts:
                    cuts[ask.sentence] = doc.spans[ask.sentence][1]
            cuts.setdefault(hit.sentence, hit.start)
        return cuts

    @cached_property
    def takebacks(self) -> list[Hit]:
        """The ``retract`` hits that take something back: not words inside a sneer or a veiled
        threat ("I will be in touch whether you like it or not." says "or not", and takes
        nothing back: it is a red flag, not a retraction)."""
        doc = self.doc
        barbs = doc.hits("sarcasm_strong") + doc.hits("sneer")
        return [
            h
            for h in doc.hits("retract")
            if not any(b.start <= h.start < (b.end or b.start) for b in barbs)
        ]

    def _withdrawn_offer(self, cuts: dict[int, int], asks: list[Hit]) -> None:
        """An introduction the interviewer offered, accepted and then declined ("Yes, please...
        Actually, please do not trouble them"): the yes and every ask before the refusal are
        taken back, as a retraction in a full pivot is. Adds to ``cuts`` (sentence -> offset,
        see ``_retractions``)."""
        doc = self.doc
        if self.kind.good != "accept":
            return  # only an offer made can be declined
        refusals = [h for h in doc.hits("retract_offer") if not h.negated]
        if not refusals:
            return
        said = asks + doc.hits("accept") + doc.hits("accept_plain")
        for hit in refusals:
            for yes in said:
                if yes.start < hit.start and yes.sentence != hit.sentence:
                    cuts[yes.sentence] = doc.spans[yes.sentence][1]
            cuts[hit.sentence] = max(cuts.get(hit.sentence, 0), hit.start)
        self.withdrew = True

    def _unsaid(self) -> tuple[list[tuple[int, int]], set[int]]:
        """Spans taken back by a retraction sentence, and the sentences whose retraction has a
        scope read here (the ``retract`` rule of ``_retractions`` then leaves them alone).

        A retraction ("forget the message", "scratch the last bit", "no, I don't mean that", "on
        second thought I'd rather not", "not that I'd actually ...", or any ``retract`` words at
        a sentence's start) takes back, of the sentences before it: every one when it says "all
        of that" / "everything"; else the clauses whose content words its own words repeat (at
        least half of a clause's, or two); else, said first in its sentence, the sentence before
        (its last clause for "the last bit"). Returns (start, end) offsets into ``doc.low``."""
        doc = self.doc
        hits = doc.hits("unsay")
        heads = [h for h in self.takebacks if h.start - doc.spans[h.sentence][0] <= 12]
        denials = doc.hits("unsay_denial")
        if not hits and not heads and not denials:
            return [], set()
        low, spans = doc.low, doc.spans
        found: list[tuple[int, int]] = []
        scoped: set[int] = set()
        said: set[int] = set()
        for hit in denials:
            # "I don't really need to stay in touch" after "I'd love to stay in touch": the
            # clause it repeats is unsaid, and nothing else. It must repeat what the denial says
            # they won't do (its first word after "don't need to"), and two of its words or half
            # the clause: "I don't want to stay in for accounts" does not unsay "I'm better at
            # boards than accounts".
            cut = _CLAUSE_CUT.search(low, hit.end, spans[hit.sentence][1])
            said_then = low[hit.end : cut.start() if cut else spans[hit.sentence][1]]
            words = _content_stems(said_then)
            verb = next(iter(_content_stems(w) for w in WORD.findall(said_then)[:1]), set())
            for j in range(hit.sentence):
                for s, e in _clauses(low, *spans[j]):
                    stems = _content_stems(low[s:e])
                    shared = len(stems & words)
                    if verb <= stems and shared and (shared >= 2 or 2 * shared >= len(stems)):
                        found.append((s, e))
        for hit in sorted(hits + heads, key=lambda h: h.start):
            i = hit.sentence
            if i in said or _NOT_UNSAID.search(low, max(0, hit.start - 8), hit.start):
                continue
            first = len(WORD.findall(low, spans[i][0], hit.start)) <= 2  # "Actually no, ..."
            end = spans[i][1]
            rest = low[hit.start : end]
            if i == 0 or not first:
                if hit in hits and not _ALL_OF_IT.search(rest) and i not in said:
                    # Said after what it takes back, in one sentence: "I'll email you next
                    # week, not that I'd actually get round to it." When it names the part
                    # ("..., and I'll email you - just kidding about the email"), only the
                    # clauses of that part go (dev11).
                    part = self._named_part(hit, spans[i][0], hit.start)
                    found += part if part else [(spans[i][0], hit.start)]
                if i == 0:
                    continue
            said.add(i)
            if _ALL_OF_IT.search(rest):
                found.append((spans[0][0], spans[i - 1][1]))
                # ... and its own clause: "Actually, I take all of that back" is no enthusiasm.
                own = _CLAUSE_CUT.search(low, hit.end, end)
                found.append((spans[i][0], own.start() if own is not None else end))
                self.unsaid_own += 1
                scoped.add(i)
                self.unsaid_all.append(i)
                continue
            if _DENIAL.search(rest) and self.cp.draws is not None:
                # "... I haven't really looked into it": what they seemed to know of the company,
                # and the liking said for it, are disowned too, wherever they were said before.
                known = doc.find(self.cp.draws) + doc.hits("warmth")
                found += [(h.start, h.end) for h in known if h.sentence < i]
            words = _content_stems(rest)
            if first and hit in hits and _LAST_BIT.search(rest):
                # "Scratch that last bit - I don't want to stay in": the sentence before, its
                # last clause and any clause of it the explanation repeats; nothing earlier.
                clauses = _clauses(low, *spans[i - 1])
                found += [c for c in clauses[:-1] if _content_stems(low[c[0] : c[1]]) & words]
                found += clauses[-1:]
                scoped.add(i)
                continue
            # What the retraction names first ("forget the message", "scratch that about the
            # redesign"): one of its words is enough to point at a clause.
            cut = _CLAUSE_CUT.search(low, hit.end, end)
            named_end = cut.start() if cut is not None else end
            pointed = _content_stems(low[hit.start : named_end])
            named = False
            if hit in hits:
                # The part it names is named to be taken back, never said: "I don't really mean
                # the part about keeping in touch" keeps in touch with no one.
                found.append((hit.start, named_end))
                self.unsaid_own += 1
                # A part named by what it does ("the follow-up bit", "kidding about the email")
                # takes back every earlier clause that does the same (dev11).
                for family, name in _PARTS:
                    if not name.search(low, hit.start, named_end) and not any(
                        hit.start <= h.start < named_end for g in family for h in doc.hits(g)
                    ):
                        continue
                    before = {h.start for g in family for h in doc.hits(g) if h.sentence < i}
                    # ... and its own words for that part ("I'm hopeless at keeping in touch").
                    mine = [
                        (h.start, h.end or h.start + 1)
                        for g in family
                        for h in doc.hits(g)
                        if h.sentence == i and h.start >= hit.start
                    ]
                    found += mine
                    self.unsaid_own += len(mine)
                    for j in range(i):
                        for s, e in _clauses(low, *spans[j]):
                            if any(s <= at < e for at in before):
                                found.append((s, e))
                                named = self.part_taken = True
            for j in range(i):
                if j in said:
                    continue
                for s, e in _clauses(low, *spans[j]):
                    stems = _content_stems(low[s:e])
                    shared = len(stems & words)
                    if stems and (stems & pointed or shared >= 2 or 2 * shared >= len(stems)):
                        found.append((s, e))
                        named = True
            if named:
                scoped.add(i)
            elif first and hit in hits and not pointed:  # "forget the weather": not said
                clauses = _clauses(low, *spans[i - 1])
                if _LAST_BIT.search(rest) and clauses:
                    found.append(clauses[-1])
                else:
                    found.append(spans[i - 1])
                scoped.add(i)
        return found, scoped

    def _named_part(self, hit: Hit, start: int, end: int) -> list[tuple[int, int]]:
        """The clauses between ``start`` and ``end`` that say the part a retraction names by what
        it does (``_PARTS``: "just kidding about the email" names a follow-up); empty when it
        names none, or none is said there."""
        doc, low = self.doc, self.doc.low
        stop = _CLAUSE_CUT.search(low, hit.end, doc.spans[hit.sentence][1])
        named_end = stop.start() if stop is not None else doc.spans[hit.sentence][1]
        found: list[tuple[int, int]] = []
        for family, name in _PARTS:
            said = [h.start for g in family for h in doc.hits(g)]
            if not name.search(low, hit.start, named_end) and not any(
                hit.start <= at < named_end for at in said
            ):
                continue
            found += [
                (s, e) for s, e in _clauses(low, start, end) if any(s <= at < e for at in said)
            ]
        self.part_taken = self.part_taken or bool(found)
        return found

    def _faked(self) -> list[Hit]:
        """Liking words aimed at the role itself, from someone steering elsewhere."""
        doc, role = self.doc, self.cp.role
        # Taking back their own pivot ("scrap that", "forget what I said about research") is
        # steering too: towards the role, in place of what they said first.
        disowned = doc.hits("disown")
        # "Would you take it?" and "So are you withdrawing?" are asked of someone who steered.
        # So is "Are you actually interested in QA?": the doubt says they steered.
        after_a_steer = self.kind.name in _AFTER_A_STEER or bool(
            _DOUBTS_INTEREST.search(normalise(self.ctx.last_line))
        )
        steering = (
            bool(doc.hits("fit") or self.target or doc.hits("move_soon") or disowned)
            or after_a_steer
            or self._asks_elsewhere()
        )
        if not steering:
            return []
        found = []
        work = _role_work(self.ctx.role)
        claims = doc.hits("role_affect") + doc.hits("role_enthusiasm")
        for turn in disowned:
            # Liking said once the pivot is taken back, in that sentence or the next, is for
            # the role whatever it names ("Actually, no, scrap that, I'd love it"); disowning
            # what they said ("forget what I said about research") does it on either side.
            said = _SAID.search(doc.low, turn.start, turn.end) is not None
            found += [
                h
                for h in claims
                if (h.start > turn.start and h.sentence in (turn.sentence, turn.sentence + 1))
                or (said and h.sentence in (turn.sentence - 1, turn.sentence))
                if h not in found
            ]
        for hit in doc.hits("role_affect"):
            after = _TO_VERB.match(doc.low, hit.end)
            if after and after.group(1) not in _ROLE_VERBS:
                continue  # "I'd love to be considered for this role" wants to stay, fine
            s, e = doc.spans[hit.sentence]
            left = max((m.end() for m in _CLAUSE_END.finditer(doc.low, s, hit.start)), default=s)
            right = next((m.start() for m in _CLAUSE_END.finditer(doc.low, hit.end, e)), e)
            # The clause around the liking word, without it: "nothing I'd enjoy more than X"
            # is about X, while "I'd rather X than Y" and "not X" are not liking Y.
            after_it = doc.low[hit.end : right].lstrip()
            after_it = after_it.removeprefix("than ")
            clause = doc.low[left : hit.start] + " " + after_it
            about = bool(role is not None and role.search(clause)) or bool(
                _ROLE_GENERIC.search(clause)
            )
            if not about and work is not None and work.search(doc.low, left, right):
                # The role's work as the Context names it ("cold calling is my passion", "I'd
                # love to do sdr forever", "happy doing intake calls for the rest of my
                # career"), unless the clause is about the company's own things.
                about = not self._theirs(clause)
            if not about and _GERUND_SUBJECT.match(doc.low, s):
                # "Counting stock and chasing delivery notes is the kind of work I've always
                # wanted": work named as the sentence's subject, none of it theirs, the target
                # or their proof, is the role's work, said by someone steering elsewhere.
                mine = (self.cp.target, self.cp.evidence, self.cp.draws, self.cp.company)
                about = not any(p is not None and p.search(doc.low, s, e) for p in mine)
            if about and not _ROLE_GENERIC.search(clause) and self._theirs(clause):
                continue  # "I love what your centre is doing for rural patients": enthusiasm
            if after_a_steer:
                # "Yes, in a heartbeat": the offer, or the application, is "it", and any job
                # named then is this one ("the lanes job is ideal for me").
                about = about or bool(_OFFER_ITSELF.search(clause) or _JOB_NOUN.search(clause))
            if _DISTANT.search(clause):
                continue  # "the role is a long way from where my heart is": honest fit
            if _HARD_TO.search(doc.low, max(left, hit.start - 40), hit.start):
                continue  # "it would be a stretch for me to love": honest fit (dev11)
            if about and not _ROLE_CONTRAST.search(clause) and not self._weighed(hit, e):
                found.append(hit)
        found += self._yes_regardless()
        ctx = (self.cp.company, self.cp.draws, self.cp.target, self.cp.evidence)
        for hit in doc.hits("delight"):
            if any(f.start < hit.end and hit.start < f.end for f in found):
                continue
            s, e = doc.spans[hit.sentence]
            left = max((m.end() for m in _CLAUSE_END.finditer(doc.low, s, hit.start)), default=s)
            right = next((m.start() for m in _CLAUSE_END.finditer(doc.low, hit.end, e)), e)
            clause = doc.low[left:right]
            theirs = any(p is not None and p.search(clause) for p in ctx)
            if not theirs and not _ROLE_CONTRAST.search(clause):
                found.append(hit)  # "appeals are catnip to me": delight in the role's work
        return found

    def _yes_regardless(self) -> list[Hit]:
        """Asked "would you take it?", a bare yes ("But probably yes.") from someone who has
        just said they would rather do other work, with no reason and no open door: a yes to a
        job they do not want, which is faked interest (review 11b)."""
        doc = self.doc
        if self.kind.name != "would_take_offer" or not (doc.hits("fit") or doc.hits("fit_weak")):
            return []
        if doc.hits("door_open") or _REASON.search(doc.low):
            return []
        return [
            Hit(m.start(), doc.sentence_of(m.start()), False, m.end())
            for m in _BARE_YES.finditer(doc.low)
        ]

    def _left(self) -> list[Hit]:
        """Where the answer ends the interview early: words that do it ("I'll stop here"), a
        courtesy that lets a busy interviewer go when they are not out of time, or a closing
        ("I don't want to waste your time") beside "this isn't for me" with no door left open."""
        doc = self.doc
        found = doc.hits("leave")
        if self.kind.name != "time_pressure":
            found = found + doc.hits("leave_courtesy")
        if not found and self._caved():
            return doc.hits("cave")
        if found or not doc.hits("not_for_me") or doc.hits("door_open") or doc.hits("follow"):
            return found
        return doc.hits("closing")

    def _script_in_place(self) -> bool:
        """A pitch recited in place of what a specific line asked (rv26b): it opens by pointing
        back at what it said before ("Thank you. As I said, ..."), asks for the very thing the
        line has just settled (a team or a job, after "we're not hiring" or after an offer to
        introduce it never takes up), or never gives the figure, day or yes a practical question
        asked for ("how many hours could you commit?", "could you confirm Saturdays?"). Only an
        answer carrying most of a pivot is a script; a short reply is judged as a reply."""
        doc, kind = self.doc, self.kind
        if kind.open or kind is rules().none or not doc.spans:
            return False
        early = max(doc.spans[min(1, len(doc.spans) - 1)][1], _nth_word_end(doc.low, 25))
        back = _POINTS_BACK.search(doc.low, 0, doc.spans[min(1, len(doc.spans) - 1)][1])
        if back is not None and len(doc.spans) >= 3:
            # Said again in place of a reply, pitch or not ("Thank you. As I said, I am very
            # motivated for the station ..."), unless it answered the line or took up an offer
            # first ("Um, yes, I think so. Like I said, ...").
            before = back.start()
            if kind.good == "accept":
                # A thank-you is no yes: only the offer taken up answers it.
                return not any(h.start < early for h in self.accepted())
            return not (kind.responses is not None and kind.responses.search(doc.low, 0, before))
        if sum(1 for g in _PIVOT_GROUPS if doc.hits(g)) < _SCRIPT_GROUPS:
            return False
        if kind.good == "accept" and not self.accepted() and self._asks_elsewhere():
            return True
        if kind.name == "no_openings" and self.job_asks:
            return True
        line = normalise(self.ctx.last_line)
        return bool(_PRACTICAL.search(line)) and not _PRACTICAL_REPLY.search(doc.low, 0, early)

    @property
    def caved(self) -> bool:
        """Whether the answer gives up the ask the moment it meets a "no" (``_caved``): the
        cause of a ``leaves_early`` flag the feedback names as giving up, not leaving."""
        return self._caved()

    def _caved(self) -> bool:
        """The ask given up the moment it meets a "no" ("Oh. OK then, no worries, sorry for
        asking. Thanks anyway."): a short answer that takes back having asked and leaves nothing
        of the pivot standing (no ask, no open door, no follow-up, no fit of their own). The
        counsellors' "restart" for caving in, which only a red flag gives (rv26b)."""
        doc = self.doc
        if not doc.hits("cave") or doc.words > _CAVE_WORDS or self.kind.open:
            return False
        kept = ("ask", "request", "door_open", "door_soft", "follow", "follow_soft", "stays_in")
        if any(doc.hits(g) for g in kept) or doc.hits("fit") or doc.hits("job_ask"):
            return False
        # Still asking something ("sorry to ask. Might there be anything later?") is no giving up.
        return not any(doc.is_question(i) for i in range(len(doc.spans)))

    def _conditional(self, hit: Hit) -> bool:
        """Whether a threat to withdraw is said with a condition in its sentence ("if it's only
        this job", "unless", "... than do the counter") or after one ("no move, then I'm out");
        a closing "then" ("I'll withdraw then") is no condition."""
        start, end = self.doc.spans[hit.sentence]
        low = self.doc.low
        return bool(_IF_THREAT.search(low, start, end) or _THEN.search(low, start, hit.start + 4))

    def _asks_elsewhere(self) -> bool:
        """An ask or question about another team ("Could you introduce me to someone in the
        information team?"): steering away from the role, as a fit statement does."""
        doc = self.doc
        asking = {h.sentence for h in doc.hits("ask") + doc.hits("request")}
        asking |= {i for i in range(len(doc.spans)) if doc.is_question(i)}
        return bool(_team_named(doc, asking))

    def _theirs(self, clause: str) -> bool:
        """Whether a clause is about something of the company's own (its name, what draws
        them, "what your centre is doing", "your new scanner") rather than the role."""
        role = self.cp.role
        for m in _THEIRS.finditer(clause):
            said = role.search(clause[m.start("your") :]) if role and m.group("your") else None
            if said is not None and said.start() == 0:
                continue  # "I adore your visitor services work": the role's own work
            return True
        return any(p is not None and p.search(clause) for p in (self.cp.company, self.cp.draws))

    def _weighed(self, hit: Hit, end: int) -> bool:
        """Liking for the role weighed, in the same sentence, against where they fit ("I'd love
        to do this job, but also I'd love to know more about your policy team"): a trade-off
        said honestly, not faked interest."""
        doc = self.doc
        if not _PLAIN_LIKING.fullmatch(doc.low[hit.start : hit.end]):
            return False  # "can't think of anything I'd enjoy more": no trade-off
        turn = _TURN.search(doc.low, hit.end, end)
        if turn is None:
            return False
        steer = doc.hits("fit") + doc.find(self.cp.target)
        return any(h.sentence == hit.sentence and h.start > turn.start() for h in steer)

    def _conditions(self) -> list[Hit]:
        """Staying made conditional on a move: a demand in polite words."""
        doc, found = self.doc, []
        want, defer = rules().groups["condition_want"], rules().groups["condition_defer"]
        for hit in doc.hits("condition"):
            if defer.match(doc.low, hit.start):
                continue
            # What the condition asks for may come before it ("... a path into X before I
            # commit") or after it ("as long as there's a route into X").
            said = doc.text_of(hit.sentence)
            if want.search(said) or (self.cp.target and self.cp.target.search(said)):
                found.append(hit)
        return found

    @cached_property
    def opener(self) -> int:
        """1 when asked who, the first of three or more sentences is only a courtesy ("Thank
        you for asking."), else 0: the two sentences that must name someone come after it. (Not
        for other lines: a courtesy before a pasted pitch to an experience question still
        leaves the question unanswered, test2.)"""
        doc = self.doc
        if self.kind.good != "names_someone" or len(doc.spans) < 3:
            return 0
        return int(bool(_COURTESY_OPENER.fullmatch(doc.text_of(0))))

    def _responded(self) -> Hit | None:
        """Where the answer first responds to the line (None: it never does).

        A response counts in the first two sentences (or first 35 words): an answer that makes
        its pivot and then, in its closing lines, happens to touch the line has not answered it.
        """
        doc, kind, r = self.doc, self.kind, rules()
        if kind is r.none or not doc.spans:
            return None
        if not _NO_ANSWER.isdisjoint(self.gaming):
            return None
        if kind.open:
            return None if self.pasted else Hit(0, 0, False)
        # A courtesy said first ("Thank you for asking.", "That is a kind question.") is how a
        # formal answer opens, not the start of a pivot: the two sentences come after it (rv27b).
        opener = self.opener
        early = max(
            doc.spans[min(1 + opener, len(doc.spans) - 1)][1],
            _nth_word_end(doc.low, 35),
        )
        # Only the opening counts, so only the opening is searched.
        first = kind.responses.search(doc.low, 0, early) if kind.responses else None
        if first is not None and kind.name == "behavioural" and kind.responses is not None:
            # A scene said in praise of a company ("your test data is something I used in my
            # thesis", "the way your range launched last year") tells no story of their own.
            praise = self.elsewhere | doc.sentences("warmth")
            first = next(
                (
                    m
                    for m in kind.responses.finditer(doc.low, 0, early)
                    if doc.sentence_of(m.start()) not in praise
                ),
                None,
            )
        if (
            first is not None
            and kind.responses is not None
            and kind.good == "accept"
            and _BARE_REACTION.match(doc.low)
            and not _TAKES_OFFER_WORD.search(doc.low, 0, doc.spans[0][1])
        ):
            # "Oh, okay. Well, I'd still like to finish this interview properly": a sound of
            # surprise with no yes, no thanks and no word for the offer in its sentence hears
            # the offer without taking it up or turning it down.
            first = kind.responses.search(doc.low, doc.spans[0][1], early)
        hits = [Hit(first.start(), doc.sentence_of(first.start()), False)] if first else []
        if kind.good == "accept":
            # An acceptance in ordinary words ("I would be delighted, thank you") replies too.
            plain = [h for h in doc.hits("accept_plain") if h.start < early]
            hits = sorted(hits + plain[:1], key=lambda h: h.start)[:1]
        self.direct = hits[0] if hits else None
        purpose = self.purpose
        if purpose is not None and purpose.start < early:
            # "What would you want from them?": what they would ask or learn is the reply.
            hits = sorted([*hits, purpose], key=lambda h: h.start)
        if self.pasted:
            return None  # a script written for another line, whatever words it shares
        said = len(hits)  # the line's own reply words; the topics it touches follow
        for signal in kind.also:
            if signal == "target":
                hits += doc.find(self.cp.target)
            elif signal == "company":
                hits += doc.find(self.cp.company) + doc.find(self.cp.draws)
            elif signal == "proof":
                hits += self.good("proof") + self.evidence()
            elif signal == "strength":
                # Where they are strongest, in the usual words or by its shape ("the scanning
                # side is where I'd do my best work").
                hits += self.good("fit") + self._fit_shape
            elif signal == "named_team":
                hits += doc.hits("named_person") + self.people()
                hits += [h for h in doc.hits("named_team") if _team_named(doc, {h.sentence})]
        if kind.name == "what_know" and doc.spans:
            # What they know, said of what the line named ("What do you know about the station
            # role?" "The station role involves ticket sales ..."), in the first sentence.
            hits += [h for h in doc.find(_line_words(self.ctx.last_line)) if h.sentence == 0]
        if kind is r.unknown:
            # A word shared with the line, or a direct opener, answers it.
            hits += doc.find(_line_words(self.ctx.last_line))
            if not self.ctx.last_line.rstrip().endswith("?"):
                reaction = _REACTION.search(doc.low, 0, doc.spans[0][1])
                if reaction is not None:
                    hits.append(Hit(reaction.start(), 0, False))
        said = sum(1 for h in hits[:said] if h.start < early)
        hits = [h for h in hits if h.start < early]
        if "brief" in kind.also and doc.words > kind.words[3]:
            # A full script when they are out of time ignores what they said, unless its first
            # sentence took the warning up ("No problem, I'll be quick") before running on.
            heard = kind.responses.search(doc.low, 0, doc.spans[0][1]) if kind.responses else None
            self.overran = heard is not None
            return None
        # The team or the target named only while asking for a job does not answer the line
        # ("Who would you talk to?" "Do you have any analytics jobs?").
        topics = hits[said:]
        asking_for_a_job = [h for h in topics if h.sentence in self.job_asked]
        # Asking for a job straight away is a poor reply, but a reply: not a canned script.
        asking_for_a_job += [h for h in self.ok(self.job_asks) if h.start < early]
        hits = hits[:said] + [h for h in topics if h.sentence not in self.job_asked]
        if "brief" in kind.also:
            # Within the moment's length and going to an ask, or shorter than half its ideal
            # length whatever it says, the answer has heard that time is short.
            brief = 0 < doc.words <= kind.brief and not self.gaming
            short = doc.words <= kind.words[1] // 2
            if brief and (short or doc.hits("ask") or doc.hits("follow")):
                hits.append(Hit(0, 0, False))
        if self.invited and (self.good("request") or self._asks_a_question()):
            # They asked for questions (in a hurry or not): taking them up answers the line,
            # wherever the question comes once the answer has said what it is about.
            hits.append(Hit(0, 0, False))
        if not hits and asking_for_a_job:
            self.weak_reply = True  # a reply, but to a question they did not ask
            return min(asking_for_a_job, key=lambda h: h.start)
        if not hits:
            late = self._late_reply()
            if late is not None:
                return late
        if hits and self.job_asks:
            # Whatever else it says, an answer that asks for a job has not done what the line
            # asked: a reply, but a weak one ("Maybe someone in policy? Any other jobs going?").
            self.weak_reply = True
        return min(hits, key=lambda h: h.start) if hits else None

    def _late_reply(self) -> Hit | None:
        """A reply to a yes/no moment said after the pivot rather than first ("... So yes, I
        stay in the running for now."; "... An introduction would be wonderful."): it answers
        the line, late. Only the moment's own plain replies count (staying in, or taking up the
        offer), outside a red-flag, sarcastic or retracted sentence."""
        good = self.kind.good
        if good == "stays":
            found = self.good("stays_in")
        elif good == "accept" and not self.purpose_line:
            found = self.accepted()
        else:
            return None
        return min(found, key=lambda h: h.start) if found else None

    @cached_property
    def purpose(self) -> Hit | None:
        """Where the answer first says what it would want from the person an introduction is
        offered to ("just 20 min to hear how they pick which creators to sign", "I would ask
        them which data ..."), outside a red-flag sentence; None when the line asks no such
        thing or the answer does not say it."""
        if not self.purpose_line:
            return None
        doc = self.doc
        for m in _purpose_patterns()[1].finditer(doc.low):
            hit = Hit(m.start(), doc.sentence_of(m.start()), False, m.end())
            if self.ok([hit]) and hit.sentence not in self.job_asked:
                return hit
        return None

    def _asks_a_question(self) -> bool:
        doc = self.doc
        return any(doc.is_question(i) for i in range(len(doc.spans)))

    @property
    def keyword_run(self) -> bool:
        """A run of keywords or rubric terms in running text, in place of an answer (a labelled
        list or fragments at least set out the parts; this is a string of words to be found)."""
        shape = set(self.gaming)
        return bool(shape & {"stuffing", "rubric_words"}) and not shape & {"labels", "fragments"}

    @cached_property
    def pasted(self) -> bool:
        """The opening words of a scripted reply to a different kind of line (a stronger
        version pasted where it does not fit)."""
        doc = self.doc
        if not doc.spans:
            return False
        if self.wrong_company:
            return True  # a pivot written for another company's interview
        end = doc.spans[min(1, len(doc.spans) - 1)][1]
        gates = doc.gates
        return any(
            pattern.search(doc.low, 0, end)
            for needs, pattern in _foreign_signatures(self.ctx.last_line)
            if not lacks(needs, gates)
        )

    # -- elements -------------------------------------------------------------------------------

    def _set(self, points: int, hits: list[Hit]) -> tuple[int, Hit | None]:
        return points, (hits[0] if hits else None)

    def _e1(self) -> tuple[int, Hit | None]:
        doc, kind, r = self.doc, self.kind, rules()
        if self.leaves or not doc.words:
            return 0, None  # offering to end early is the worst timing there is
        if self.passed_up:
            # Handed the natural opening, and declined it: a polite reply, but the pivot missed.
            return 1, None
        if "injection" in self.gaming:
            return 0, None  # words to a grader answer nothing the interviewer said
        if not _NO_ANSWER.isdisjoint(self.gaming):
            return 1, None
        if kind is r.none:
            if doc.hits("timing"):
                return self._set(2, doc.hits("timing"))
            return self._set(1 if doc.hits("transition") else 0, doc.hits("transition"))
        if kind.open:
            if self.wrong_company:
                return 0, None  # what it answers is another company's interview
            return (2 if doc.words >= 8 else 1), next(iter(doc.hits("transition")), None)
        if self.responded is None:
            asked = self.ctx.last_line.rstrip().endswith("?")
            return (0 if kind is not r.unknown or asked else 1), None
        if self.weak_reply:
            if self._tentative_job_ask():
                # "Oh, that's fine, I understand. Might there be anything later, perhaps?": the
                # news taken up first, then a weak question, not a grab (review j27).
                return 2, self.direct
            return 1, None  # it took up the line only to ask for a job: nothing to quote
        if self.bare():
            return 1, self.responded  # "no": a reply, and no more than that
        if self.dodges_offer:
            return 0, None  # "sorry, I'm not sure how to answer that": heard, not answered
        if self.purpose_line and self.purpose is None:
            return 1, self.responded  # "what would you want from them?" met with a yes only
        if _YES_ONLY.fullmatch(doc.low) and _ASKS_MORE.search(normalise(self.ctx.last_line)):
            # "omg yes pls!!" to "Shall I introduce you? Which part of her work interests you?":
            # the yes answers only the yes/no half of the line.
            return 1, self.responded
        return (2 if self.responded.sentence <= 1 + self.opener else 1), self.responded

    @cached_property
    def dodges_offer(self) -> bool:
        """Asked "would you take it?", only words that say an answer is coming ("oh gosh,
        sorry, I'm not sure how to answer that", "that's a big one, honestly"): no yes, no no,
        no weighing it and no reason where they fit. It heard the line and did not answer it."""
        kind, doc = self.kind, self.doc
        if kind.good != "weighs_it" or kind.responses is None or self.responded is None:
            return False
        if self.good("fit") or self._fit_shape or doc.hits("fit_weak"):
            return False  # "not sure, because my strongest work is in X" is an honest answer
        said = (doc.low[m.start() : m.end()] for m in kind.responses.finditer(doc.low))
        return all(_OFFER_PREAMBLE.fullmatch(m) for m in said)

    def _weighs_offer(self) -> list[Hit]:
        """Asked "would you take it?", the offer weighed without turning it down ("I'd need a
        night to think about it", "I'd want a day to weigh it up"): the door kept open."""
        doc = self.doc
        if self.kind.good != "weighs_it" or self.responded is None or self.dodges_offer:
            return []
        i = self.responded.sentence
        said = doc.text_of(i)
        if i in self.poisoned or _DECLINES.search(said):
            return []
        m = _WEIGHS.search(said)
        if m is None:
            return []
        start = doc.spans[i][0] + m.start()
        return [Hit(start, i, False, start + len(m.group()))]

    def bare(self) -> bool:
        """A one- or two-word reply with no reason and no warm word ("no", "nope", "not
        really", "yes"): it answers, but it is no answer a counsellor would credit further."""
        doc = self.doc
        if doc.words > _BARE_WORDS or doc.hits("warmth"):
            return False
        said = " ".join(doc.text_of(i) for i in range(len(doc.spans)))
        return not (_REASON.search(said) or _WARM_SHORT.search(said))

    def _e2(self) -> tuple[int, Hit | None]:
        doc = self.doc
        refused = doc.negated("warmth")
        specific = (self.draws | doc.sentences("specific")) - self.foreign
        reasons = doc.sentences("reason")
        after = doc.sentences("afterthought")
        last = len(doc.spans) - 1
        best: tuple[int, Hit | None] = (0, None)
        for hit in self.good("warmth"):
            i = hit.sentence
            # "That is the reason I applied" refers back to the sentence before.
            if i in refused or not {i - 1, i} & self.company:
                continue
            points = 1
            if {i - 1, i, i + 1} & specific and not self._love_alone(hit):
                # Said in passing, after everything else, it is half of it.
                passing = i in after or (
                    i == last
                    and doc.sentence_words(i) < 10
                    and not {i} & reasons
                    and any(doc.is_question(j) for j in range(i))
                )
                points = 1 if passing else 2
            if points > best[0]:
                best = (points, hit)
        if best[0] == 0 and self.kind.name == "floated_team" and 0 not in self.poisoned:
            # Their offer taken up with thanks ("ok cool thx", "sure, thanks!"): half the warmth
            # the moment calls for, the other half being why that team draws them.
            thanks = _THANKS.search(doc.low, 0, doc.spans[0][1]) if doc.spans else None
            if thanks is not None and [h for h in self.accepted() if h.sentence == 0]:
                return 1, Hit(thanks.start(), 0, False, thanks.end())
        if best[0] == 0:
            # Knowing something specific about them is half of it, even without a warm word.
            # (Not when denied: "I've never actually read about the trial" knows nothing of it.)
            known = [
                h
                for h in self.ok(doc.find(self.cp.draws))
                if h.sentence not in refused and h.sentence not in self.elsewhere
                if not self._own_work(h)
                if not _DENIAL.search(doc.low, max(doc.spans[h.sentence][0], h.start - 60), h.start)
            ]
            return self._set(1 if known else 0, known)
        return best

    def _shrugs_off_role(self, i: int) -> bool:
        """The role's work shrugged off in an aside ("support isnt really my thing tbh", "the
        till's not really my jam"): a fit, but not one that respects the role (E3 at most 1)."""
        text = self.doc.text_of(i)
        shrug = _NOT_MY_THING.search(text)
        if shrug is None:
            return False
        said = text[: shrug.start()]
        role = self.cp.role
        return bool(_ROLE_GENERIC.search(said) or (role is not None and role.search(said)))

    def _love_alone(self, hit: Hit) -> bool:
        """Liking said in a word and a name, with no reason and nothing more of theirs: "love
        what u did w wrapped" names the thing but says nothing of why (half of E2)."""
        doc, i = self.doc, hit.sentence
        if not _JUST_LOVE.fullmatch(doc.low[hit.start : hit.end].strip()):
            return False
        # Said vaguely ("what you did with X") or in a text message's register: "I love the
        # audits you publish" names the thing and is said as to an interviewer.
        if not (_VAGUE_DEED.match(doc.low, hit.end, doc.spans[i][1]) or self.texting):
            return False
        near = {j for j in (i - 1, i, i + 1) if 0 <= j < len(doc.spans)}
        if near & doc.sentences("reason"):
            return False
        # Something more of theirs than the name ("your data" names only what draws them).
        named = normalise(self.ctx.draws)
        for h in doc.hits("specific"):
            if h.sentence == i and doc.low[h.start : h.end].strip() not in named:
                return False
        return doc.sentence_words(i) <= 12 and not _DIGIT.search(doc.text_of(i))

    def _e3(self) -> tuple[int, Hit | None]:
        doc = self.doc
        if doc.hits("disparage") or self.low_bars or doc.hits("role_enthusiasm") or self.fake:
            return 0, None  # criticism of the role, or faked love for it, is not honest fit
        # A job asked for ("I'd rather apply for one of those instead") is no honest word about
        # fit: it asks to be hired elsewhere (COACHING.md: never demand a different job).
        fit = [h for h in self.good("fit") if not self._in_job_ask(h)]
        clean = [h for h in fit if not self.hedged(h.sentence)]
        if clean:
            warm = [h for h in clean if not self._shrugs_off_role(h.sentence)]
            return self._set(2, warm) if warm else self._set(1, clean)
        shape = self._fit_shape  # looked for only when the usual words did not say it
        clean = [h for h in shape if not self._fit_unsure(h.sentence)]
        if clean:
            return self._set(2, clean)
        fit = sorted(fit + shape, key=lambda h: h.start)
        if not fit and {"fragments", "labels"} & set(self.gaming):
            # A fit said as a fragment ("Shop floor, not me."), which the shape caps at 1.
            fit = [
                Hit(m.start(), i, False, m.end())
                for i in range(len(self.doc.spans))
                if self.doc.sentence_words(i) <= 6 and i not in self.poisoned
                for m in _NOT_ME.finditer(self.doc.low, *self.doc.spans[i])
            ]
        weak = self.good("fit_weak")
        return self._set(1 if fit or weak else 0, fit or weak)

    def _fit_unsure(self, i: int) -> bool:
        """A fit said unsurely is half a statement: hedged ("maybe", "I might be more X"), or
        said as a question ("I think I'm more data?") that asks nothing else."""
        text = self.doc.text_of(i)
        if self.hedged(i) or _UNSURE.search(text) or self.nervous:
            return True
        return text.rstrip().endswith("?") and not _ASKING.search(text)

    def _scan(self, pattern: re.Pattern[str], needs: frozenset[str]) -> list[re.Match[str]]:
        """Every match of ``pattern`` in the answer, looked for only in sentences that have one
        of the words the pattern ``needs`` (apostrophes dropped: "dont")."""
        doc = self.doc
        if needs.isdisjoint(doc.vocab):
            return []
        return [
            m
            for i, words in enumerate(doc.sentence_vocab)
            if not needs.isdisjoint(words)
            for m in pattern.finditer(doc.low, *doc.spans[i])
        ]

    @cached_property
    def _fit_shape(self) -> list[Hit]:
        """Honest fit by its structure rather than its wording: a first-person sentence that
        weighs one kind of work against another ("I'm more effective a step earlier than in
        contracts", "my talent is more in writing than in testing"), says where they add the
        most ("where I add most value is routing"), or that the role is not them ("I don't
        think admissions is really me"). Comparisons about the company are enthusiasm, not fit."""
        doc, found = self.doc, list[Hit]()
        for seen in self._scan(_FIT_SHAPE, _FIT_NEEDS):
            i = doc.sentence_of(seen.start())
            if i in self.poisoned or any(h.sentence == i for h in found):
                continue
            s, e = doc.spans[i]
            me = _FIRST_PERSON.search(doc.low, s, e)  # the shape is said after an "I" or "my"
            m = _FIT_SHAPE.search(doc.low, me.start(), e) if me is not None else None
            if m is not None and m.group("best") is not None and not self._best_elsewhere(i, m):
                m = None  # "I'd do my best work here", "I work best under pressure"
            if m is None and me is not None:
                # Or holds the "I" itself: "the analytics side is where I'd do my best work".
                m = _FIT_SHAPE.search(doc.low, s, e)
                if m is None or not m.start() < me.start() < m.end():
                    continue
            if m is None:
                continue
            if i in self.company and not (i in self.target or _FIT_AREA.search(doc.low, s, e)):
                continue  # "I like Acme more than any other bank": about them, not the work
            if m.group("best") is not None and not self._best_elsewhere(i, m):
                continue
            hit = Hit(m.start(), i, False, m.end())
            if self.ok([hit]):  # not taken back, nor held up in quotation marks
                found.append(hit)
        return found

    def _best_elsewhere(self, i: int, m: re.Match[str]) -> bool:
        """Whether where they do their best (``_FIT_SHAPE``'s "best") is said of other work than
        the role: the target in sentence ``i``, or words after it that point elsewhere."""
        if i in self.target:
            return True
        rest = self.doc.low[m.end() : self.doc.spans[i][1]]
        return not _BEST_HERE.search(rest) and bool(_BEST_ELSEWHERE.search(rest))

    def _e4(self) -> tuple[int, Hit | None]:
        doc = self.doc
        statements = [
            h
            for h in self.good("bridge") + self.good("fit") + self.ok(doc.find(self.cp.target))
            if not doc.is_question(h.sentence)
        ]
        linked = {h.sentence for h in statements}
        # A concrete proof told right after where they fit bridges to it ("I do my best work on
        # X. At uni I ran five rounds of testing on Y."), as one told in the same sentence does.
        linked |= {i + 1 for i in linked if i + 1 < len(doc.spans) and self._concrete(i + 1)}
        proof = self.good("proof") + self.evidence()
        vague = doc.sentences("proof_vague")
        results = doc.sentences("result")
        solid = [
            h
            for h in proof
            if h.sentence not in vague
            and not self.hedged(h.sentence)
            and (h.sentence in results or h.sentence in linked)
        ]
        proof = sorted(proof, key=lambda h: h.start)
        if solid and (statements or self.target):
            return self._set(2, solid)
        if solid or proof or statements or self.good("proof_vague"):
            return self._set(1, proof or statements or self.good("proof_vague"))
        return 0, None

    def _concrete(self, i: int) -> bool:
        """Whether sentence ``i`` tells a detail: a number (in figures or words) or an outcome."""
        if self.doc.sentence_has("result", i):
            return True
        doc, words = self.doc, _concrete_words()
        text = doc.text_of(i)
        if words is not None:
            # None of the pattern's words: no match. Without an apostrophe the sentence's words
            # are its whole runs of letters and digits; with one ("x'two") a substring look each.
            if "'" not in text:
                if words.isdisjoint(doc.sentence_tokens[i]):
                    return False
            elif not any(w in text for w in words):
                return False
        return bool(_CONCRETE.search(text))

    def _specific_ask(self, i: int) -> bool:
        """An ask aimed somewhere: the target, someone placed in a named area ("someone in
        e-comm"), a person by role, or a "who" whose team the sentence before named."""
        text = self.doc.text_of(i)
        return bool(
            i in self.target
            or _ANAPHORA.search(text)
            # The plan's own ask ("Is there a team doing that kind of work, and is there someone
            # you'd suggest I talk to?"), after a sentence that said what work that is.
            or (bool(_THAT_WORK.search(text)) and self._work_said_before(i))
            or self.doc.in_sentences("named_person", {i})
            or (self.cp.target is None and self.doc.in_sentences("named_team", {i}))
            or self._placed(text)
            or (_WHO.search(text) and i > 0 and (i - 1 in self.target or self._placed_team(i - 1)))
            # "someone on the docs team": a team named by the student is specific too
            or bool(_team_named(self.doc, {i}))
            or self._asks_after_line_team(i)
            or self._name_for_team_before(i)
            # An introduction asked for to someone by name ("Would you be willing to introduce
            # me to Priya Shah?"): as specific as an ask gets.
            or bool(_INTRO_TO.search(text) and any(h.sentence == i for h in self.people()))
        )

    def _work_said_before(self, i: int) -> bool:
        """Whether a sentence before ``i`` says the work they do best: the better fit, their
        honest fit or their proof (what "that kind of work" refers to)."""
        hits = [*self.doc.hits("fit"), *self.evidence()]
        return any(s < i for s in self.target) or any(h.sentence < i for h in hits)

    def _name_for_team_before(self, i: int) -> bool:
        """A question for a name ("Would you be willing to suggest a name?", "Could you point
        me to someone?") right after a sentence that placed the conversation in a team or the
        target ("I'd value twenty minutes with someone on your engagements team."): the team
        is named, one sentence earlier (review j24)."""
        if i == 0 or not self.doc.is_question(i):
            return False
        if not _NAME_FOR.search(self.doc.text_of(i)):
            return False
        before = i - 1
        return (
            before in self.target
            or self._placed_team(before)
            or self._placed(self.doc.text_of(before))
        )

    def _who_in_line_team(self) -> list[Hit]:
        """A question for a name in the team the interviewer brought up is the ask ("Who leads
        the sustainability group?" after the line named that group)."""
        doc, team = self.doc, _line_team(self.ctx.last_line)
        if team is None:
            return []
        found = []
        for i in range(len(doc.spans)):
            if i in self.poisoned or i in self.job_asked or not doc.is_question(i):
                continue
            text = doc.text_of(i)
            if _WHO.search(text) and team.search(text):
                hit = Hit(doc.spans[i][0], i, False, doc.spans[i][1])
                if not self.retracted(hit):
                    found.append(hit)
        return found

    def _asks_after_line_team(self, i: int) -> bool:
        """An ask about the team the interviewer's line named, in its words ("who leads the
        sustainability group?"), by pronoun ("maybe I could say hello to them?"), or just after
        a question about it ("Who runs the lab? Maybe you could introduce me.")."""
        team = _line_team(self.ctx.last_line)
        if team is None:
            return False
        text = self.doc.text_of(i)
        if team.search(text) or _TO_THEM.search(text):
            return True
        return i > 0 and self.doc.is_question(i - 1) and bool(team.search(self.doc.text_of(i - 1)))

    def _placed(self, text: str) -> bool:
        """An ask for someone in an area ("someone in X"), not the role's own work nor "here"."""
        for m in _SOMEONE_IN.finditer(text):
            area = m.group("area")
            if area in rules().team_stop or area in _NOT_AREAS:
                continue
            role = self.cp.role
            if role is not None and role.match(text, m.start("area")):
                continue  # someone in the role's own team is no pivot
            return True
        return False

    def _placed_team(self, i: int) -> bool:
        return bool(_team_named(self.doc, {i})) and not (
            self.cp.role is not None and self.cp.role.search(self.doc.text_of(i))
        )

    @cached_property
    def _conditional_asks(self) -> tuple[list[Hit], list[Hit]]:
        """Asks put as a condition ("if there's someone in M&E you could point me toward, I'd be
        grateful"): the first list asks now, the second only "if there's ever a chance" (half)."""
        doc, now, someday = self.doc, list[Hit](), list[Hit]()
        for m in self._scan(_IF_SOMEONE, _IF_NEEDS):
            i = doc.sentence_of(m.start())
            if i in self.poisoned or i in self.job_asked:
                continue
            if not _CONDITION_ASKS.search(doc.low, m.end(), doc.spans[i][1]):
                continue
            hit = Hit(m.start(), i, False, m.end())
            if not self.retracted(hit):
                # "... at some point, maybe": a hedged ask is half of one, like "if ever".
                later = m.group("ever") or m.group("ever_") or self.hedged(i) or self.nervous
                (someday if later else now).append(hit)
        return now, someday

    def _team_question(self) -> list[Hit]:
        """A question to the interviewer about the team or area they want ("is there an
        information team here?", "do people move between audit and tech?"): no ask for a
        person, but a step towards one (half)."""
        doc, found = self.doc, []
        for i in range(len(doc.spans)):
            if i in self.poisoned or not doc.is_question(i):
                continue
            text = doc.text_of(i)
            if (
                i in self.target
                or _MOVE_BETWEEN.search(text)
                or self._placed_team(i)
                or _AREA_QUESTION.search(text)
            ):
                hit = Hit(doc.spans[i][0], i, False, doc.spans[i][1])
                if not self.retracted(hit):
                    found.append(hit)
        return found

    def _e5(self) -> tuple[int, Hit | None]:
        doc, kind = self.doc, self.kind
        if self.demands or self.conditions:
            return 0, None
        if self.purpose is not None:
            # Offered an introduction and asked what they would want: what they want from that
            # person is the one small ask, in their own words.
            return 2, self.purpose
        withdrawn = self.good("ask_withdrawn")
        asks = [h for h in self.good("ask") if doc.is_question(h.sentence)]
        asks += self.good("request")
        if withdrawn:  # "... I'll just find them on LinkedIn myself": no ask left standing
            last = max(w.sentence for w in withdrawn)
            asks = [h for h in asks if h.sentence > last]
            if not asks:
                return 0, None
        if not any(self._specific_ask(h.sentence) for h in asks):
            # Looked for only when no specific ask was said in the usual words.
            now, someday = self._conditional_asks
            asks += [h for h in now if h.sentence not in {a.sentence for a in asks}]
        else:
            someday = []
        if not asks:
            asks = self._who_in_line_team()
        taken = self.accepted() if kind.name == "floated_team" else []
        if taken:
            # "Should I just apply on the website?" asks about a job, not the team or a follow-up.
            questions = [
                i for i in range(len(doc.spans)) if doc.is_question(i) and i not in self.job_asked
            ]
            # Quoted where it asks, when it asks: "oh yes!!" alone is the reply, not the ask.
            where = sorted(asks, key=lambda h: h.start) or [
                Hit(doc.spans[i][0], i, False)
                for i in questions
                if self.ok([Hit(doc.spans[i][0], i, False)])
            ]
            return self._set(2 if questions or asks else 1, where or taken)
        # An ask for a job rather than advice is at best half an ask, whatever else is asked.
        most = 1 if self.job_asks else 2
        # "Maybe someone in policy?": a hedged fragment that names a team asks no one anything.
        asks = [h for h in asks if not self._bare_ask(h.sentence)] or asks
        if asks and all(self._bare_ask(h.sentence) for h in asks):
            most = 1
        # "Could I, uh, maybe talk to someone?": an ask wrapped in fillers is half an ask. Fillers
        # only before it ("um so, like, I was kind of wondering, is there someone ...?") are the
        # delivery's (E8), not the ask's.
        if asks and all(self._wrapped(h.sentence) for h in asks):
            most = 1
        if kind.name == "who_particular" and doc.hits("anyone") and not self.names_someone():
            # "I don't know exactly, maybe someone in data? Anybody is fine": no one of substance
            # named to the question who, so at most half an ask.
            most = 1
        if kind.name == "who_particular" and self.names_someone():
            named = doc.hits("named_person") + doc.find(self.cp.target) + doc.hits("named_team")
            named += self.people()
            # Asked who and why they would make time: a person, a role or a team named with a
            # reason ("Dr Okafor, since she presented the per-lane work; my audit dealt with the
            # same gaps") is the whole ask that moment wants, with no question mark needed.
            # Asked only who, the name is half of it until it is put as a request.
            why = bool(_WHY.search(normalise(self.ctx.last_line)))
            full = bool(asks) or (why and self._gives_reason() and not self.job_asks)
            return self._set(
                min(most, 2 if full else 1), asks or sorted(named, key=lambda h: h.start)
            )
        if asks:
            many = len({h.sentence for h in asks}) > 2  # COACHING: one small ask
            specific = any(self._specific_ask(h.sentence) for h in asks)
            points = 2 if specific and not many else 1
            return self._set(min(most, points), sorted(asks, key=lambda h: h.start))
        # A job asked about, as a question or a request ("Kindly let me know if there is any
        # opening"), is half an ask; said as a plan ("I'll apply online") it asks nothing.
        general = [
            h
            for h in self.ok(self.job_asks)
            if doc.is_question(h.sentence) or _REQUEST_WORDS.search(doc.text_of(h.sentence))
        ]
        general += [h for h in self.ok(doc.find(self.cp.target)) if doc.is_question(h.sentence)]
        general += self.good("soft_ask") + someday + self._team_contact()
        if not general and kind.open:
            general = self._team_question()
        return self._set(1 if general else 0, general)

    def _lead_in(self) -> int:
        """Hesitation before a question, beyond its fillers: in a run that already holds two
        fillers ("um, so, like, I was kind of wondering, if it's okay, maybe, is there ...?"),
        each "so", "yeah", "maybe", "if that's alright", "I was hoping" is more of the same. It
        costs the delivery (E8), never the ask the question then makes cleanly."""
        doc, extra = self.doc, 0
        fillers = doc.hits("fillers")
        if len(fillers) < 2:
            return 0
        for i in range(len(doc.spans)):
            if not doc.is_question(i):
                continue
            s, e = doc.spans[i]
            opens = [m.start(1) for m in _ASKING_CLAUSE.finditer(doc.low, s, e)]
            if not opens or sum(1 for h in fillers if s <= h.start < opens[-1]) < 2:
                continue
            extra += len(_LEAD_WORDS.findall(doc.low, s, opens[-1]))
        return extra

    def _team_contact(self) -> list[Hit]:
        """Keeping in touch with the team they would fit, not only with the interviewer ("I'd
        love to stay in touch with the demand planning team"): a wish to meet them, half an ask
        (no one is asked to make it happen)."""
        doc, found = self.doc, list[Hit]()
        for m in self._scan(_TEAM_CONTACT, _TEAM_CONTACT_NEEDS):
            i = doc.sentence_of(m.start())
            hit = Hit(m.start(), i, False, m.end())
            rest = doc.low[m.end() : doc.spans[i][1]]
            team = (self.cp.target is not None and self.cp.target.match(rest)) or _team_named(
                doc, {i}
            )
            if team and self.ok([hit]):
                found.append(hit)
        return found

    def _wrapped(self, i: int) -> bool:
        """Whether sentence ``i`` holds two fillers, one of them inside its asking clause (from
        the last clause that opens as a question: "..., could I, uh, maybe talk to ...")."""
        doc = self.doc
        fillers = [h for h in doc.hits("fillers") if h.sentence == i]
        if len(fillers) < 2:
            return False
        s, e = doc.spans[i]
        opens = [m.start(1) for m in _ASKING_CLAUSE.finditer(doc.low, s, e)]
        start = opens[-1] if opens else s
        return any(h.start >= start for h in fillers)

    def _tentative_job_ask(self) -> bool:
        """Told there is nothing else open, the news taken up first in the line's own words
        ("that's fine, I understand") or with an apology, and every job ask then put as a
        tentative question
        ("might there be any other positions later, perhaps?", "sorry to ask, would there maybe
        be ..."): a weak reply, not a demand nor a grab."""
        doc, direct = self.doc, self.direct
        if self.kind.good != "graceful":
            return False
        # Taken up with an apology is taken up too: "Oh, I'm so sorry, I didn't mean to presume."
        sorry = 0 not in self.job_asked and any(h.sentence == 0 for h in doc.hits("apologies"))
        if (direct is None or direct.sentence != 0) and not sorry:
            return False
        if not self.job_asks or self.demands or self.conditions:
            return False
        for hit in self.job_asks:
            i = hit.sentence
            if not doc.is_question(i):
                return False
            said = doc.low[doc.spans[max(0, i - 1)][0] : doc.spans[i][1]]
            if not _TENTATIVE.search(said):
                return False
        return True

    def _bare_ask(self, i: int) -> bool:
        """A hedged fragment that only names someone ("Maybe someone in policy?"): no verb
        asking for anything, so a weak ask."""
        doc = self.doc
        return (
            self.hedged(i)
            and doc.sentence_words(i) < _BARE_ASK_WORDS
            and not doc.in_sentences("request", {i})
            and not _ASK_VERB.search(doc.text_of(i))
        )

    def _e6(self) -> tuple[int, Hit | None]:
        doc = self.doc
        if self.leaves or self.demands or self.conditions:
            return 0, None
        door = self.good("door_open")
        clean = [h for h in door if not self.hedged(h.sentence)]
        if clean:
            return self._set(2, clean)
        full, half = self._door_shape  # looked for only when the usual words did not say it
        clean = [h for h in full if not self.hedged(h.sentence)]
        if clean:
            return self._set(2, clean)
        soft = [] if doc.hits("leaving") and not door else door + full + half
        soft += self.good("door_soft") + self._door_kept() + self._weighs_offer()
        return self._set(1 if soft else 0, soft)

    def _door_kept(self) -> list[Hit]:
        """Staying in the conversation the line opened, without saying so: taking up their
        offer to connect ("Oh, sure, thanks"), taking their "no openings" gracefully ("That
        makes sense"), or asking how people move within the company. Half an open door."""
        doc, kind = self.doc, self.kind.name
        if not doc.spans or 0 in self.poisoned:
            return []
        if kind == "floated_team":
            # Taken up in a word too ("ok cool thx"): weak, but the conversation goes on.
            return [h for h in doc.hits("accept") + doc.hits("accept_plain") if h.sentence == 0]
        if kind == "no_openings" and (m := _GRACEFUL.match(doc.low)):
            return [Hit(m.start(), 0, False, m.end())]
        return [
            Hit(m.start(), i, False, m.end())
            for m in self._scan(_MOVE_BETWEEN, _MOVE_NEEDS)
            if doc.is_question(i := doc.sentence_of(m.start())) and i not in self.poisoned
        ]

    @cached_property
    def _door_shape(self) -> tuple[list[Hit], list[Hit]]:
        """An open door by its structure: the decision left to the interviewer ("whatever you
        think fits me best"), willingness to go on ("I'll carry on", "I'd be fine doing the
        bookings"), or taking an offer seriously. Going on only "if you want me to", or in "any
        role", is half of it. Returns (full, half)."""
        doc, full, half = self.doc, list[Hit](), list[Hit]()
        role, low = self.cp.role, doc.low
        said = self._scan(_DEFER, _DEFER_NEEDS) + self._scan(_GO_ON, _GO_ON_NEEDS)
        said += self._scan(_SERIOUSLY, _SERIOUSLY_NEEDS)
        for m in self._scan(_FINE_WITH, _FINE_NEEDS):
            e = doc.spans[doc.sentence_of(m.start())][1]
            if (role is not None and role.search(low, m.end(), e)) or _THIS_ROLE.match(
                low, m.end(), e
            ):
                said.append(m)  # "I'd be fine doing the bookings": the role, taken on
        for m in said:
            i = doc.sentence_of(m.start())
            if i in self.poisoned or doc.is_question(i):
                continue
            hit = Hit(m.start(), i, False, m.end())
            if self.retracted(hit):
                continue
            unsure = self.nervous or _IF_YOU_WANT.match(low, m.end(), doc.spans[i][1])
            (half if unsure else full).append(hit)
        for m in self._scan(_ANY_ROLE, _ANY_NEEDS):
            i = doc.sentence_of(m.start())
            if i not in self.poisoned and not doc.is_question(i):
                half.append(Hit(m.start(), i, False, m.end()))
        return full, half

    @cached_property
    def nervous(self) -> bool:
        """Two apologies or two fillers: what a nervous answer says in its own shape is said
        half-heartedly (what it says in the usual words is judged as before)."""
        return len(self.doc.hits("apologies")) >= 2 or len(self.doc.hits("fillers")) >= 2

    def _e7(self) -> tuple[int, Hit | None]:
        # Forwarding their CV to a team ("can you just pass my CV over to them") asks for a job,
        # never to stay in touch.
        follow = [
            h for h in self.good("follow") + self.good("follow_offer") if not self._in_job_ask(h)
        ]
        clean = [h for h in follow if not self.hedged(h.sentence)]
        if clean:
            return self._set(2, clean)
        soft = follow + self.good("follow_soft")
        return self._set(1 if soft else 0, soft)

    def length_points(self) -> int:
        ideal_lo, ideal_hi, hard_lo, hard_hi = self.kind.words
        words = self.doc.words
        return 2 if ideal_lo <= words <= ideal_hi else 1 if hard_lo <= words <= hard_hi else 0

    def _e8(self) -> tuple[int, Hit | None]:
        fillers, sorry = len(self.doc.hits("fillers")), len(self.doc.hits("apologies"))
        fillers += self._lead_in()
        penalty = 2 if fillers >= 4 else 1 if fillers >= 2 else 0
        penalty += 2 if sorry >= 4 else 1 if sorry >= 2 else 0
        points = max(0, self.length_points() - penalty)
        # One sentence said again and again pads the answer (rv26b): twice costs a point, three
        # times all of it.
        said = self.repeats
        points = 0 if said >= _REPEATS_ALL else min(points, 1) if said >= 2 else points
        # Texting register ("real talk tho ur podcast ...") is no interview delivery (COACHING:
        # E8), however well it reads on a phone: at most half.
        return (min(points, 1) if self.texting else points), None

    @cached_property
    def repeats(self) -> int:
        """How often the answer's most repeated sentence of four words or more is said, word for
        word (1 when none is said twice)."""
        doc = self.doc
        said = Counter(
            " ".join(WORD.findall(doc.text_of(i)))
            for i in range(len(doc.spans))
            if len(WORD.findall(doc.text_of(i))) >= 4
        )
        return max(said.values(), default=1)

    @cached_property
    def texting(self) -> bool:
        """Two or more chat words as typed ("tho", "ur", "w", "real talk"), from the raw text:
        the register of a text message, not of an interview."""
        doc = self.doc
        typed, first = doc.typed_tokens, _texting_first()
        # No word typed that a chat word starts with (most answers): a look at the words, where
        # the pattern tries every character. A chat word may also be a word's part beside an
        # apostrophe ("ain't", "y'know"); reading shorthand adds apostrophes, never drops one.
        unlikely = (
            first is not None
            and first.isdisjoint(typed)
            and ("'" not in doc.low or first.isdisjoint(_beside_apostrophes(typed)))
        )
        if not unlikely and len(_TEXTING.findall(normalise(doc.raw))) >= _TEXTING_WORDS:
            return True
        if doc.words > _CHAT_WORDS_MOST:
            return False  # it would take ten or more interjections: no reply is made of them
        said = _word_list("chat_words") & doc.vocab  # looked up as a set: no scan of the text
        chat = doc.low.count("!!") + sum(map(doc.tokens.count, said))
        return chat >= _TEXTING_WORDS and chat * _CHAT_SHARE >= doc.words

    # -- the moment, red flags and shape ---------------------------------------------------------

    def names_someone(self) -> bool:
        """A reply to "who would you talk to?" that names a person, a role or a team."""
        doc, jobs = self.doc, self.job_asked
        # A team named while asking for a job in it ("any analytics jobs?") names no one.
        people = [h for h in doc.hits("named_person") + self.people() if h.sentence not in jobs]
        if doc.hits("anyone") and not people:
            return False  # "anyone really, whoever's free"
        # Indifference or no name known, with a title only guessed at in a question ("I'm not
        # sure of names. Maybe the lab manager?") or only the top named ("anyone from senior
        # management, director level"): no one in particular.
        if doc.hits("anyone") and all(
            doc.is_question(i) or _TOP_ONLY.search(doc.text_of(i))
            for i in {h.sentence for h in people}
        ):
            return False
        others = set(range(len(doc.spans))) - jobs
        return bool(people or self.target - jobs or _team_named(doc, others))

    @cached_property
    def _people(self) -> list[Hit]:
        """People named by name ("someone like Priya"): a capitalised word inside a sentence
        that is not the company, the role, the target, their proof or a day of the week, nor
        the tool of a deed they tell ("I built a dashboard in Looker": their own work, no one
        to talk to)."""
        ctx = self.ctx
        known = set(
            _CTX_WORD.findall(
                normalise(" ".join((ctx.company, ctx.role, ctx.target, ctx.draws, ctx.evidence)))
            )
        )
        deeds = {h.sentence for h in self.doc.hits("proof")}
        found = []
        for m in _PROPER_NAME.finditer(self.doc.raw):
            word = m.group().lower()
            i = self.doc.sentence_of(m.start())
            if i in deeds and _TOOL_BEFORE.search(self.doc.raw, 0, m.start()):
                continue
            if word not in known and word not in _NOT_NAMES:
                # Positions are the raw text's: good enough to place it in a sentence when the
                # answer needed no shorthand spelled out, and only used for that.
                found.append(Hit(m.start(), self.doc.sentence_of(m.start()), False, m.end()))
        return found

    def people(self) -> list[Hit]:
        return self._people

    def _in_job_ask(self, hit: Hit) -> bool:
        """Whether ``hit`` is part of a job asked for (within a few words of it in the same
        sentence): "forward my cv to them" is no follow-up, "rather apply for one of those
        instead of this role" no honest fit; a fit said earlier in a run-on sentence still is."""
        return any(
            j.sentence == hit.sentence and abs(j.start - hit.start) <= _JOB_ASK_REACH
            for j in self.job_asks
        )

    def _does_the_moment(self) -> bool:
        """The narrow moment done well: what it asks, within its length where that matters."""
        if self.kind.good == "brief_ask" and self.doc.words > self.kind.words[1]:
            return False
        if self.kind.good == "weighs_it" and not (
            self.points["E5"] == self.points["E7"] == 2 or self._half_weighed()
        ):
            return False  # "would you take it?" weighed, but with no clear ask or follow-up
        # "Why would they make time for you?" asks what a meeting is worth: proof, and in the
        # student's own words an ask or a next step ("twenty minutes with one of them").
        sceptic = self.kind.good == "proof" and _WHY.search(normalise(self.ctx.last_line))
        # ("I'd only ask for fifteen minutes" is that ask, said as what the meeting would cost.)
        if sceptic and not (
            self.points["E5"]
            or self.points["E7"]
            or _TIME_ASK.search(self.doc.low)
            or self._ask_as_purpose()
        ):
            return False
        return self.answers_the_moment()

    def _half_weighed(self) -> bool:
        """Asked "would you take it?", answered honestly, with where they fit, and one of a clear ask
        or a follow-up ("I'd need a night to think about it, because my strongest work is in
        X, but I'd love to stay in touch"): the moment done, the rest credited at half."""
        return (
            self.kind.good == "weighs_it"
            and self.points["E3"] == 2
            and 2 in (self.points["E5"], self.points["E7"])
        )

    def _ask_as_purpose(self) -> bool:
        """At the sceptic's "why would they make time for you?", what the student would bring or
        ask the person ("two questions about how your crews check the drone images") is the ask,
        said as what the meeting would hold, but only half of one: no time, no channel."""
        return (
            self.kind.good == "proof"
            and not (self.points["E5"] or self.points["E7"] or _TIME_ASK.search(self.doc.low))
            and _MEETING_HOLDS.search(self.doc.low) is not None
        )

    @cached_property
    def passed_up(self) -> bool:
        """Handed the floor for questions ("Is there anything else, then?"), the student
        declines it and asks nothing ("No, I think that covers it. Thanks for your time."): the
        natural opening for the pivot passed up, however politely."""
        if self.kind.name != "opening" and not self.invited:
            return False
        doc = self.doc
        if not doc.spans or not _PASSES_UP.match(doc.text_of(0).casefold()):
            return False
        if any(doc.is_question(i) for i in range(len(doc.spans))):
            return False
        return not any(doc.hits(g) for g in ("ask", "request", "follow", "fit"))

    def answers_the_moment(self) -> bool:
        """Whether the answer does what the line asks (for a line without a narrow moment:
        responds to it at all), whatever its length and the rest of the pivot."""
        doc, good = self.doc, self.kind.good
        if self.passed_up:
            return False  # the opening declined: what the line offered was not taken
        if good == "weighs_it" and self.weak_reply and self.direct is not None:
            # "Yes. Do you have any other jobs?": the offer answered first, then a weak ask.
            return self.direct.sentence <= 1 and not self.dodges_offer
        if self.responded is None or self.weak_reply:
            return self.kind.open and bool(doc.words) and not self.pasted
        if self.purpose_line:
            # Asked what they would want from the person: saying it early (a topic, a question
            # for them, a time ask) is the whole moment, with or without a "yes"; a yes with
            # only logistics ("could you share her email?") leaves the question unanswered.
            return self.purpose is not None and self.purpose.sentence <= 1
        if good == "accept":  # a warm yes, and a question about the team or a follow-up
            if self.withdrew:
                return False  # "yes please... actually, don't trouble them": the offer declined
            asks_more = any(doc.is_question(i) for i in range(len(doc.spans)))
            return any(h.sentence <= 1 for h in self.accepted()) and (
                asks_more or self.points["E7"] > 0
            )
        if good == "brief_ask":  # a clear ask or follow-up (not "any jobs?")
            return 2 in (self.points["E5"], self.points["E7"])
        if good == "names_someone":  # who, and why, when they asked why or it is a pitch
            return self.names_someone() and (not self._owes_reason() or self._gives_reason())
        if good == "proof":  # "what have you done?": one thing they did, and what came of it
            return self.proves()
        if good == "knows":  # "what do you know about us?": something of theirs, warmly, early
            # An answer that goes on to pivot itself (a fit, an ask of its own) has opened the
            # whole pivot, and is read as one: nothing it leaves out is credited.
            pivots = self.points["E3"] or self.points["E5"]
            return self.responded.sentence <= 1 and self.points["E2"] == 2 and not pivots
        if good == "graceful":
            return self.responded.sentence <= 1
        if good == "weighs_it":  # "would you take it?": a yes, a no or "I'd weigh it", early
            return self.responded.sentence <= 1 and not self.dodges_offer
        if good == "stays":  # "are you withdrawing?": answered early, and the door kept open
            return self.responded.sentence <= 1 and self.points["E6"] > 0
        return not good

    def no_follow_up(self) -> bool:
        """An offered introduction taken up with no follow-up of the student's own (no asking
        to stay in touch, no "I'll let you know how it goes"): the offer asks for one (feedback's
        ``_ASKED``), so the answer is scored alone, never raised by an earlier turn's."""
        return self.kind.good == "accept" and not self.purpose_line and not self.points["E7"]

    def accepted(self) -> list[Hit]:
        """Where an offer is taken up, however it is put ("yes please", "I would be delighted",
        "that's very kind of you", "by all means", "I am very happy for this"), not taken back
        nor said in a red-flag or sarcastic sentence."""
        return self.good("accept") + self.good("accept_plain")

    def proves(self) -> bool:
        """Proof in the first person with a result: "I rewrote our onboarding guide and new
        hires asked half the questions" (not a hedge, not a vague "I've done a lot")."""
        doc, results = self.doc, self.doc.sentences("result")
        vague = doc.sentences("proof_vague")
        for hit in self.good("proof") + self.evidence():
            i = hit.sentence
            mine = _FIRST_PERSON.search(doc.text_of(i))
            if mine and i in results and i not in vague and not self.hedged(i):
                return not doc.is_question(i)
        return False

    def _owes_reason(self) -> bool:
        """Asked who, a reason is owed when the line asks why ("... and why would they make
        time for you?") or the answer is a whole pitch again (three or more of enthusiasm, fit,
        proof, door open and follow-up, each said fully in its own words). A precise "who" whose
        words touch a part in passing ("whoever decides what gets built", "should I mention
        you?") is no pitch."""
        if _WHY.search(normalise(self.ctx.last_line)):
            return True
        parts = ("E2", "E3", "E4", "E6", "E7")
        own = [e for e in parts if e in self.at and self.points[e] == 2]
        return len([e for e in own if e not in self.granted]) >= _PITCH_PARTS

    def _gives_reason(self) -> bool:
        """A reason given where someone is named (that sentence or the next): "..., because my
        podcast was about exactly that", "since I'd like to learn how they ..."."""
        doc, jobs = self.doc, self.job_asked
        named = {h.sentence for h in doc.hits("named_person") + self.people()}
        named |= self.target | {
            h.sentence for h in doc.hits("named_team") if _team_named(doc, {h.sentence})
        }
        if self.responded is not None:
            named.add(self.responded.sentence)
        near = {j for i in named - jobs for j in (i, i + 1) if j < len(doc.spans)}
        return any(_REASON.search(doc.text_of(i)) for i in near)

    def _grant(self) -> None:
        """A narrow moment done well is complete: credit what it did not call for."""
        grants = self.kind.grants
        if not grants or self.flags or self.gaming or self.points["E8"] == 0 or self.nervous:
            return  # a nervous or rambling reply to the moment gets no free credit
        if self.weak_reply or self.bare():
            return  # a bare "no": nothing else
        if not (self._does_the_moment() or self.takes_up_unsaid()):
            return  # the moment's own question unanswered: nothing else
        if any(self.doc.is_question(i) for i in self.doc.sentences("pay_talk")):
            # Asking about pay at a narrow moment ("I'll stay in. What's the salary?") answers
            # it, but earns nothing the moment does not call for.
            return
        if self.kind.name == "floated_team" and not self._warm() and not self._purpose_shown():
            # An introduction taken up flatly ("ok sure, that works. what time is it?") takes
            # it, but says nothing of why they want it: COACHING.md credits a warm yes. Saying
            # what they would want from the person, with their proof, is no flat yes (rv27b).
            return
        if self.kind.good == "brief_ask" and _hands_over(self.ctx.last_line):
            # "We're nearly out of time. Any questions for us?": the clock makes the pivot
            # shorter, not narrower; the whole of it is still called for (review j21).
            return
        # Bridge and proof is never free for an answer of more than a few sentences that holds
        # nothing proof-like: it had room to say what they did (review 16b).
        unproven = len(self.doc.spans) > _FEW_SENTENCES and not (
            self.doc.hits("proof") + self.doc.hits("result") + self.evidence()
        )
        # An ask only implied by what the meeting would hold earns half an ask and half a
        # follow-up, however well the rest is done.
        implied = self._ask_as_purpose()
        # Weighed honestly with only one of an ask and a follow-up: half of what is not called for.
        half = not self.points["E5"] == self.points["E7"] == 2 and self._half_weighed()
        for element, points in grants.items():
            if element == "E4" and unproven:
                continue
            if implied and element in ("E5", "E7"):
                points = min(points, 1)
            if half:
                points = min(points, 1)
            if self.points[element] < points:
                had = self.points[element] > 0 and element in self.at
                self.points[element] = points
                if had:
                    # Said in part, in its own words: quoted where it is, never "there, from
                    # your answer as a whole" (review 16b).
                    self.raised.append(element)
                    continue
                self.granted.append(element)
                if self.responded is not None:
                    self.at.setdefault(element, self.responded)

    def _purpose_shown(self) -> bool:
        """Asked what they would want from the person offered, they say it and bring their
        proof to it ("I'd want to understand how they use customer data, and whether someone who
        built a usage dashboard could add value there")."""
        return self.purpose_line and self.purpose is not None and self.points["E4"] == 2

    def takes_up_unsaid(self) -> bool:
        """Offered an introduction and asked what they would want from the person, a warm yes
        said first with a follow-up of their own ("That would be wonderful, thank you. I'll send
        a short note this week so it's easy to forward."): what the offer needs is done, short of
        what they would ask (the score stays below Ready, ``PURPOSE_CAP``)."""
        if not self.purpose_line or self.purpose is not None or self.withdrew:
            return False
        # A question of logistics instead ("could you pass on her number?") leaves what they
        # asked unanswered: a yes with logistics is no more than that (tests/flows, kinds15).
        doc = self.doc
        asks = any(doc.is_question(i) for i in range(len(doc.spans)))
        early = any(h.sentence <= 1 for h in self.accepted())
        return early and self.points["E7"] == 2 and not self.job_asks and not asks

    def _warm(self) -> bool:
        """Any warm word or an exclamation, in any register: "ty!!", "love that", "most generous
        of you", "I'd be grateful"."""
        doc = self.doc
        return bool(doc.hits("warmth") or _WARM_YES.search(doc.low))

    def _cap_gaming(self) -> None:
        """Shapes built to tick boxes earn at most 1 per element and nothing for delivery."""
        if not self.gaming:
            return
        told = (
            {i for i in range(len(self.doc.spans)) if _TO_GRADER.search(self.doc.text_of(i))}
            if self.gaming == ["injection"] and self.kind.open and not self._asked()
            else {0}
        )
        if 0 not in told:
            # Words to a grader after a real answer to an open line ("Any questions?"): they
            # earn nothing and cap the rest (at most 1 each, nothing for timing or delivery),
            # and what the answer says to the interviewer still counts that far. An answer that
            # opens by talking to the grader is addressed to the grader: nothing, below.
            for element in ELEMENTS:
                hit = self.at.get(element)
                if hit is None or hit.sentence in told or element in ("E1", "E8"):
                    self.points[element] = 0
                    self.at.pop(element, None)
                else:
                    self.points[element] = min(self.points[element], 1)
            return
        if not _NO_ANSWER.isdisjoint(self.gaming):
            for element in ELEMENTS[1:]:
                self.points[element] = 0
            self.at.clear()
            return
        if (
            "stuffing" in self.gaming
            and "labels" not in self.gaming
            and "ignores_interviewer" in self.flags
            and self._asked()
        ):
            # Keywords strung together in reply to a question ("tell me about a time ...",
            # "how would you test ...?") that they never take up: nothing is said to anyone.
            # (Set out under the rubric's labels, each part still earns its 1, as any labelled
            # list does: dev12a.)
            for element in ELEMENTS:
                self.points[element] = 0
            self.at.clear()
            return
        if self._undivided_salad():
            # One unbroken run of keywords ("analytics dashboard renewals grid forecasting
            # enthusiasm honest fit introduction stay in touch door open"), not even set out in
            # parts as a list is: nothing is said to anyone (COACHING.md: no credit; review 27b).
            for element in ELEMENTS:
                self.points[element] = 0
            self.at.clear()
            return
        if set(self.gaming) - {"retracted"}:
            for element in ELEMENTS:
                self.points[element] = min(self.points[element], 1)
            self.points["E8"] = 0
        elif "retracted" in self.gaming:
            # Saying things and taking them back is no confident delivery (every labelled
            # retraction game has E8 1).
            self.points["E8"] = min(self.points["E8"], 1)

    def _undivided_salad(self) -> bool:
        """Keywords strung together in one run with nothing dividing them into parts (no
        sentence break, semicolon or label), few of the small words speech is made of, that
        never take up the line. A reply to a time warning keeps its 1s: there the hurry, not the
        string, is what the counsellors scored (dev_b)."""
        doc = self.doc
        if "ignores_interviewer" not in self.flags or "labels" in self.gaming:
            return False
        if not {"stuffing", "rubric_words"} & set(self.gaming):
            return False
        if len(doc.spans) != 1 or ";" in doc.low:
            return False
        if self.kind.name == "time_pressure":
            return False
        return doc.function_share() < 0.22

    def _pay_ask(self) -> None:
        """An ask whose every asking sentence is about pay or perks ("Could you introduce me to
        someone who could tell me what they pay?") asks for terms, not a conversation about the
        work: half an ask at most (COACHING.md: never ask for a job in one)."""
        if self.points["E5"] < 2:
            return
        doc = self.doc
        asking = {h.sentence for h in doc.hits("ask") + doc.hits("request")}
        asking |= {i for i in range(len(doc.spans)) if doc.is_question(i)}
        hit = self.at.get("E5")
        if hit is not None:
            asking.add(hit.sentence)
        pay = doc.sentences("pay_talk")
        if asking and asking <= pay:
            self.points["E5"] = 1

    def _asked(self) -> bool:
        """The line asks a question of its own (a competency question, "why did you apply?", an
        unknown line ending in "?"), not an opening nor a moment with its own narrow need."""
        kind = self.kind
        if kind.open or kind.good or kind is rules().none:
            return False
        return kind is not rules().unknown or self.ctx.last_line.rstrip().endswith("?")

    def ignored(self) -> bool:
        """The apple-pie reflex: an answer that never responds to the line it was given."""
        r = rules()
        if not self.doc.words or self.kind is r.none:
            return False
        if self.doc.hits("injection") or "injection" in self.gaming or self.recited:
            # written to the scoring, not to the interviewer; or an earlier answer said again
            return True
        # Rubric words in sentences, in place of an answer, ignore the line, unless the line was
        # open and they still ask for something ("My one ask is for a name."); a string of them
        # with commas between is keyword salad, whatever it names.
        sentences = len(self.doc.spans) >= 3 and "stuffing" not in self.gaming
        if "recital" in self.gaming or (self.keyword_run and sentences):
            # An ask only narrated as a step of the rubric ("I will now make one low-friction
            # ask for a name") asks no one for anything.
            narrated = {
                i for i in range(len(self.doc.spans)) if _NARRATED.search(self.doc.text_of(i))
            }
            asks = self.doc.hits("ask") + self.doc.hits("request")
            asks = [h for h in asks if h.sentence not in narrated]
            return not (self.kind.open and sentences and asks)
        if self.pasted or self.keyword_run:
            return True
        if "labels" in self.gaming and self._asked():
            # A list of the rubric's parts set out as labels answers no question it was asked,
            # whatever words of the line's kind a label holds.
            return True
        if self.overran:
            return False  # it heard the warning and ran on: poor timing, not a canned script
        if "stuffing" in self.gaming and self.responded is None:
            return True  # a string of keywords, set out or not, that never takes up the line
        if self._dodged():
            return True
        if self._pitch_before_who() or self._pitch_not_who():
            return True
        if self.kind.open or self.responded is not None:
            return False
        if _INVITES_MORE.search(normalise(self.ctx.last_line)) and (
            self._asks_a_question() or self.good("request") or self.good("ask")
        ):
            return False  # asked for anything more, at length: a poor reply, but a reply
        doc = self.doc
        if doc.words < _SCRIPT_WORDS and (doc.hits("apologies") or doc.hits("fillers")):
            return False  # a few nervous words miss the line, but are no canned answer
        if self.kind is r.unknown:
            # We cannot tell what a real answer to an unknown line needs, so only a full script
            # that shares nothing with a question it was asked counts as ignoring it.
            asked = self.ctx.last_line.rstrip().endswith("?")
            script = sum(1 for e in ELEMENTS[1:7] if self.points[e]) >= 4
            opener = self.doc.find(r.unknown.responses)
            return asked and script and not opener
        if self.kind.good in _TAKES_IT and doc.words <= _SHORT_REPLY:
            # A short reply to an offer or a "no openings" in words the line's patterns do not
            # know ("aww yes thank u!", "ok cool, im not after a job rn") is no canned script: a
            # recited pivot carries most of its parts.
            return sum(1 for e in ELEMENTS[1:7] if self.points[e]) >= _PITCH_PARTS
        return True

    def _pitch_before_who(self) -> bool:
        """Asked only who ("Who exactly? Give me a name or a team."), a recited pivot (a reason
        for the company among three or more of its parts, 24 words or more) that does not lead with who: no person or team named in its first two
        sentences, and the target neither opens it nor is asked about in the second ("My strongest
        work is in data" is a fit, not a name). The canned reflex, whatever it names later. A line
        that also asks why owes a reason first."""
        if self.kind.good != "names_someone":
            return False
        if sum(1 for e in ELEMENTS[1:7] if self.points[e]) < _PITCH_PARTS:
            return False
        doc = self.doc
        if not self.points["E2"] or doc.words < 2 * _SCRIPT_WORDS:
            return False  # no reason for the company, or a few words: no recited pivot
        if self._names_no_one():
            return True  # asked who (and why), a pitch that ends on "the right person"
        if _WHY.search(normalise(self.ctx.last_line)):
            return False  # a line that also asks why owes a reason first
        return not self._leads_with_who()

    def _leads_with_who(self) -> bool:
        """Whether the answer opens on who: a person or team named in its first two sentences,
        a reply to the line first, or the target opening it or asked about second."""
        doc = self.doc
        people = doc.hits("named_person") + self.people() + doc.hits("named_team")
        if any(h.sentence <= 1 + self.opener for h in people):
            return True
        if self.responded is not None and self.responded.sentence == 0:
            return True
        return any(i == 0 or (i == 1 and doc.is_question(1)) for i in self.target)

    def _pitch_not_who(self) -> bool:
        """Asked who and why ("Which person, exactly? And why would they find time for you?"),
        a recited pivot (a reason for the company among three or more of its parts, 24 words or
        more) that neither opens on who nor says who with a reason for them: the canned reflex,
        whatever it names in passing. Its note says it doesn't say who or why; its score agrees
        (review j21)."""
        if self.kind.good != "names_someone" or not _WHY.search(normalise(self.ctx.last_line)):
            return False
        if sum(1 for e in ELEMENTS[1:7] if self.points[e]) < _PITCH_PARTS:
            return False
        if not self.points["E2"] or self.doc.words < 2 * _SCRIPT_WORDS:
            return False
        # A pitch that opens on who ("I'm very interested in product analytics ...") has taken
        # the line up, if poorly: short of a reason it is rework (``WHO_CAP``), not a script.
        return not self._leads_with_who() and not self.answers_the_moment()

    def _names_no_one(self) -> bool:
        """Whether nobody of substance is named anywhere: no person or role ("whoever leads
        ..."), no team, and the target only as a fit ("I do my best work in data"), never as
        where to go (asked about, or asked to meet someone in it). "The right person" and
        "someone" name no one."""
        doc = self.doc
        if doc.hits("named_person") or self.people():
            return False
        if any(_team_named(doc, {h.sentence}) for h in doc.hits("named_team")):
            return False
        asked = {h.sentence for h in doc.hits("ask") + doc.hits("request")}
        # (Asked in so many words: "What draws me to X is ..." opens like a question.)
        asked |= {i for i in range(len(doc.spans)) if doc.text_of(i).rstrip().endswith("?")}
        return not self.target & asked

    def _disparaged(self) -> list[Hit]:
        """Words against the role, less those weighed in the same breath against something good
        about the same experience ("super tedious in places but also kind of amazing"): a mixed
        account of past work, not a judgement of the role."""
        doc = self.doc
        found = list(self.low_bars)
        for hit in doc.hits("disparage"):
            end = doc.spans[hit.sentence][1]
            weighed = _BALANCED.search(doc.low, hit.end, end)
            if weighed is None or weighed.start() - hit.end > 40:
                found.append(hit)
        return found

    @cached_property
    def low_bars(self) -> list[Hit]:
        """A low bar set for the role's own work ("anyone can learn sales", "planning needs
        more brains"), or the work judged not worth doing ("cold calling all day is kinda
        pointless", "this job is just answering phone all day"), in a sentence that names the
        role or its work (the Context's role: its title and the work it names in brackets)."""
        doc = self.doc
        said = doc.hits("low_bar") + doc.hits("role_dig")
        if not said:
            return []
        role = _role_work(self.ctx.role)
        return [
            h
            for h in said
            if _ROLE_GENERIC.search(doc.text_of(h.sentence))
            or (role is not None and role.search(doc.text_of(h.sentence)))
        ]

    def _judged_badly(self) -> bool:
        """The role, its work or its people judged with a negative word (VADER's lexicon, see
        flows/pivot/valence.py): "the lanes sound pretty grim", "I found it miserable", "the
        callers are awful". "It" counts when that sentence or the one before names the role."""
        doc, role = self.doc, self.cp.role
        # A word of the student's own field or proof names it ("that's fraud and risk data"
        # when their target is fraud analytics): it judges nothing.
        own = [p for p in (self.cp.target, self.cp.draws, self.cp.evidence) if p is not None]
        for said in valence.judged(doc.low, doc.tokens):
            if any(p.search(said.word) for p in own):
                continue
            i = doc.sentence_of(said.start)
            if _ROLE_SUBJECT.search(said.subject) or (role and role.search(said.subject)):
                return True
            if _THEIR_PEOPLE.search(said.subject) and not _PAST.search(doc.low, said.start):
                return True  # "the customers are awful"; "the caller was rude" is a story
            # No subject ("Sounds awful, honestly."): the one understood, as for "it".
            last = said.subject.split()[-1] if said.subject.split() else "it"
            if _PRONOUN.fullmatch(last):
                near = doc.low[doc.spans[max(0, i - 1)][0] : doc.spans[i][1]]
                if _ROLE_GENERIC.search(near) or (role and role.search(near)):
                    return True
        return False

    def _dodged(self) -> bool:
        """A question we have no kind for, answered by changing the subject at once ("How do
        you feel about the travel?" "I'd actually like to ask about the reliability team"),
        without a word of what it asked."""
        if self.kind is not rules().unknown or not self.ctx.last_line.rstrip().endswith("?"):
            return False
        doc = self.doc
        if not any(h.sentence == 0 for h in doc.hits("redirect")):
            return False
        return not doc.find(_line_words(self.ctx.last_line))

    @cached_property
    def retracted_all(self) -> bool:
        """Everything taken back, with nothing said in its place (dev11): a pivot of two parts
        or more, then "forget all of that" and no part of one after it. Taking it all back to say
        it again ("Scratch all that, let me put it properly: ...") earns its points after, and
        is no retraction of the pivot."""
        if not self.unsaid_all:
            return False
        doc, first = self.doc, self.unsaid_all[0]
        if any(
            self.points[e] and e in self.at and self.at[e].sentence >= first for e in ELEMENTS[1:7]
        ):
            return False  # said again after it
        said = {g for g in _PIVOT_GROUPS for h in doc.hits(g) if h.sentence < first}
        return len(said) >= 2

    def _red_flags(self) -> list[str]:
        doc = self.doc
        found = {
            "disparages_role": bool(
                self._disparaged()
                or doc.hits("self_sabotage")
                or self.sarcasm
                or self._judged_badly()
                or self.retracted_all
            ),
            "fakes_interest": bool(self._unironic(doc.hits("role_enthusiasm") + self.fake)),
            "demands_job": bool(self.demands or self.conditions),
            "leaves_early": bool(self.leaves),
            "ignores_interviewer": self.ignored(),
        }
        return [flag for flag in RED_FLAGS if found[flag]]

    def _unironic(self, hits: list[Hit]) -> list[Hit]:
        """Hits outside the sentences an ironic answer mocks in: praise for the role there
        ("I'm sure selling kibble all day is very fulfilling") is sarcasm, which disparages,
        not faked interest."""
        if not self.sarcasm:
            return hits
        return [h for h in hits if h.sentence not in self.sarcastic]

    # -- faces ----------------------------------------------------------------------------------

    def own(self, element: str) -> str:
        """The user's sentence that earned ``element`` ("" when none did)."""
        hit = self.at.get(element)
        if hit is None or element in self.granted or not self.points.get(element):
            return ""
        return self.doc.sentence(hit.sentence)

    def evidence(self) -> list[Hit]:
        """Where the answer tells the proof they gave before: two of its telling words in one
        sentence (one alone, like "councils", is too common to mean it). The same list on
        every call (worked out once: callers must not change it)."""
        return self._evidence

    @cached_property
    def _evidence(self) -> list[Hit]:
        doc, words = self.doc, dict[int, set[str]]()
        hits = self.ok(doc.find(self.cp.evidence))
        for hit in hits:
            words.setdefault(hit.sentence, set()).add(doc.low[hit.start : hit.start + 4])
        return [h for h in hits if len(words[h.sentence]) >= 2]

    def own_reason(self) -> str:
        """The user's own reason for wanting this company, when it names something specific."""
        hit = self.at.get("E2")
        if hit is None or not self.points["E2"] or "E2" in self.granted:
            return ""
        specific = self.draws | self.doc.sentences("specific")
        i = hit.sentence
        if i in specific:
            return self.doc.sentence(i)
        if i - 1 in specific:  # "Your launch. That's why I applied."
            return self.doc.sentence(i - 1) + " " + self.doc.sentence(i)
        return ""

    def own_proof(self) -> str:
        """The user's own sentence of proof, when they gave one."""
        proof = [
            h for h in self.good("proof") + self.evidence() if not self.doc.is_question(h.sentence)
        ]
        return self.doc.sentence(min(proof, key=lambda h: h.start).sentence) if proof else ""

    @cached_property
    def score(self) -> Score:
        raw = sum(self.points.values())
        total = min(raw, CAP) if self.flags else raw
        if self.job_asks or self.repeats >= _REPEATS_ALL:
            # Asking for a job is never ready (COACHING: about 7); nor is an answer padded by
            # saying one sentence over and over.
            total = min(total, JOB_ASK_CAP)
        if self.kind.good == "names_someone" and self.doc.words and not self.answers_the_moment():
            total = min(total, WHO_CAP)  # asked who (and why): a pitch without them is rework
        if self.takes_up_unsaid():
            total = min(total, PURPOSE_CAP)  # the offer taken up well, what they'd ask unsaid
        quotes = {
            e: self.doc.quote(h.sentence, h.start)
            for e, h in self.at.items()
            if e != "E8" and self.points[e]
        }
        return Score(
            total=total,
            elements=dict(self.points),
            red_flags=list(self.flags),
            band=band_for(total),
            missing=[e for e in ELEMENTS if self.points[e] == 0],
            weak=[e for e in ELEMENTS if self.points[e] == 1],
            quotes=quotes,
            raw_total=raw,
            line_kind=self.kind.name,
            words=self.doc.words,
            fillers=[
                # "??" is a filler too: kept as typed when stripping would leave nothing.
                self.doc.low[h.start : h.end].strip(" ,.?!")
                or self.doc.low[h.start : h.end].strip()
                for h in self.doc.hits("fillers")
            ],
            apologies=len(self.doc.hits("apologies")),
            granted=list(self.granted),
            gaming=list(self.gaming),
            # An answer that asks for a job is scored alone: earlier turns cannot make it ready.
            # An offer taken up with no follow-up of its own: the moment asks for one, so what
            # earlier turns said cannot make it 15-16 beside "this moment calls for it again".
            answered=not self.flags
            and not self.job_asks
            and not self.no_follow_up()
            and not self.passed_up
            and self.answers_the_moment(),
        )

    @cached_property
    def signals(self) -> Signals:
        doc = self.doc
        asks = doc.hits("ask") + doc.hits("request")
        if self.target:
            team = self.ctx.target.strip()
        else:
            team = _team_named(doc, {h.sentence for h in asks})
        against = [
            h for h in doc.hits("fit") if re.search(r"\bnot\b|n't\b", doc.low[h.start : h.end])
        ]
        return Signals(
            asked_contact=self.points["E5"] > 0 and bool(asks),
            mentions_company=bool(self.company),
            leaving=bool(
                doc.hits("leaving") or self.leaves or (against and self.points["E6"] == 0)
            ),
            team=team,
        )


@lru_cache(maxsize=256)
def _known_words(ctx: Context) -> frozenset[str]:
    """Every word of the context's company, role, target, what draws them and their proof."""
    said = " ".join((ctx.company, ctx.role, ctx.target, ctx.draws, ctx.evidence))
    return frozenset(_CTX_WORD.findall(normalise(said)))


@cache
def _word_list(key: str) -> frozenset[str]:
    """A list of words from rehearsal.yaml (``org_words``, ``chat_words``), as a set."""
    return frozenset(str(w) for w in rules_doc().get(key) or ())


@cache
def _purpose_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """rehearsal.yaml's ``intro_purpose``: a line asking what they would want from someone, and
    a reply saying it."""
    spec = rules_doc()["intro_purpose"]
    return union(list(spec["line"])), union(list(spec["reply"]))


@lru_cache(maxsize=512)
def asks_purpose(line: str) -> bool:
    """Whether an interviewer's line asks what the student would want from someone ("What would
    you want from them?", "What would you actually ask them?")."""
    return _purpose_patterns()[0].search(normalise(line)) is not None


@lru_cache(maxsize=256)
def _role_work(role: str) -> Matcher | None:
    """The role's telling words, its title's and the work it names in brackets ("Farm Shop
    Assistant (till and deli counter)" -> farm, shop, till, deli, counter), and the title's
    initials when it has three words or more ("Sales Development Representative" -> sdr)."""
    r = rules()
    title = _CTX_WORD.findall(normalise(role.split("(")[0]))
    initials = "".join(w[0] for w in title) if len(title) >= 3 else ""
    said = role.replace("(", " ").replace(")", " ") + " " + initials
    return stem_pattern(said, r.stop | r.title_words, False)


@lru_cache(maxsize=256)
def _name_pattern(company: str) -> Matcher | None:
    """The company's own name, without the words describing it ("Tana Gateway Terminals
    (container port operator, Kenya)" -> "Tana Gateway Terminals")."""
    name = company.split("(")[0].split(",")[0]
    return stem_pattern(name, rules().stop)


@lru_cache(maxsize=512)
def _line_team(line: str) -> Matcher | None:
    """The words naming a team in an interviewer's line (None when it names none)."""
    low = normalise(line)
    if "team" not in low and not _LINE_TEAM.search(low):
        return None
    words = {w for m in _LINE_TEAM.finditer(low) for w in m.group(1).split()}
    words -= rules().stop | rules().team_stop
    return stem_pattern(" ".join(sorted(words)), rules().stop, whole=False) if words else None


@lru_cache(maxsize=512)
def _line_words(line: str) -> Matcher | None:
    """The telling words of an interviewer's line, to spot an answer that takes them up."""
    words = {w for w in WORD.findall(normalise(line)) if len(w) > 3} - rules().stop
    return stem_pattern(" ".join(sorted(words)), rules().stop, whole=False)


def _nth_word_end(text: str, n: int) -> int:
    """Offset just after the ``n``-th word of ``text`` (its end when it is shorter)."""
    for i, m in enumerate(WORD.finditer(text), 1):
        if i == n:
            return m.end()
    return len(text)


def _team_named(doc: Reading, only: set[int] | None = None) -> str:
    """The first team the answer names ("the data and insight team" -> "data and insight"),
    looking only in sentences ``only`` when given."""
    team_stop = rules().team_stop
    for hit in doc.hits("named_team"):
        if only is not None and hit.sentence not in only:
            continue
        name = doc.low[max(0, hit.start - 40) : hit.start].split()[-2:]
        while name and (name[0] in team_stop or not _TEAM_WORD.fullmatch(name[0])):
            name = name[1:]
        if name and _TEAM_WORD.fullmatch(name[-1]):
            return " ".join(name)
    return ""


# An answer sharing at least this share of its word runs with one said earlier repeats it.
REPEAT_SHARE = 0.6
_RUN = 4  # words in a run compared
_REPEAT_MIN_WORDS = 10  # shorter answers ("Yes, thank you") repeat by nature
_BARE_WORDS = 2  # "no", "not really": a reply with nothing in it to credit
# A yes and nothing else: "Yes.", "omg yes pls!!", "sure, thanks!".
_YES_ONLY = re.compile(
    r"\W*(?:(?:omg+|oh+|ah+|ooh+|wow|yes+|yeah|yep|yup|ya|sure|please|pls|plz|absolutely|"
    r"definitely|ok|okay|great|thanks?|thank you|ty|go on|100%?|of course)\W*){1,5}"
)
# A line that asks more than yes or no: a question word opening a question of its own.
_ASKS_MORE = re.compile(
    r"(?:^|[.?!,;:] |\band )\W*(?:so |and |also |then )?(?:what|which|who|whom|how|why|when|where)\b"
    r"[^.?!]*\?"
)
_WARM_SHORT = re.compile(r"\b(please|thanks?|thank you|gladly|happily|love|lovely|great|kind)\b")
# Taking up an offer warmly: thanks, please, gladness or an exclamation.
_WARM_YES = re.compile(
    r"!|\b(please|thanks?|thank you|grateful|generous|appreciate\w*|kind|glad|gladly|happy|happily"
    r"|delighted|love|lovely|great|brilliant|wonderful|perfect|fantastic|amazing|excellent"
    r"|excited|keen|honou?red|cheers)\b"
)


def _runs(text: str) -> list[tuple[str, ...]]:
    words = WORD.findall(normalise(text))
    return [tuple(words[i : i + _RUN]) for i in range(len(words) - _RUN + 1)]


def recites_earlier(text: str, ctx: Context) -> bool:
    """Whether ``text`` is a canned recital: it mostly repeats (``REPEAT_SHARE`` of its word
    runs) something said earlier in this round for a *different* interviewer line
    (``ctx.earlier``: the student's answers and the stronger versions shown), and it does not
    answer ``ctx.last_line`` first thing or in words of its own: the response comes only later,
    inside the repeated script. Saying the same thing again to the same line (a retry) is no
    recital, nor is a repeated answer whose first sentence answers the new line."""
    if not ctx.earlier or len(WORD.findall(text)) < _REPEAT_MIN_WORDS:
        return False
    runs = _runs(text)
    line = normalise(ctx.last_line).strip()
    # The union of everything said to other lines: a lightly edited paste (a few words changed,
    # a sentence dropped, two earlier texts spliced) repeats it as much as a verbatim one.
    before = {
        run
        for said_to, said in ctx.earlier
        if normalise(said_to).strip() != line
        for run in _runs(said)
    }
    if runs and sum(r in before for r in runs) >= REPEAT_SHARE * len(runs):
        # It answers this line when it responds first thing, or in a sentence of its own (not
        # taken from the earlier text), and does what the line asks.
        whole = Analysis(text, replace(ctx, earlier=()))
        hit = whole.responded
        if hit is None or whole.weak_reply or not whole.answers_the_moment():
            return True
        own = _runs(whole.doc.sentence(hit.sentence))
        new = bool(own) and sum(r in before for r in own) * 2 < len(own)
        # First thing means in the line's own reply words ("Ideally whoever ..."): a repeated
        # first sentence that only mentions the target ("I'm very interested in your
        # sustainability practice") is the script, not a reply to "who in particular?".
        direct = whole.direct is not None and whole.direct.sentence == 0
        first = hit.sentence == 0 and (whole.kind.open or direct)
        return not first and not new
    return False


def analyse(text: str, ctx: Context) -> Analysis:
    """Read one answer once: its ``score``, its ``signals`` and what feedback quotes."""
    return Analysis(text, ctx)


def score(text: str, ctx: Context) -> Score:
    """Score one practised answer against the rubric; red flags cap the total at 5."""
    return Analysis(text, ctx).score


def signals(text: str, ctx: Context) -> Signals:
    """What an interviewer would notice in ``text``: an ask, the company, leaving, a team."""
    return Analysis(text, ctx).signals
