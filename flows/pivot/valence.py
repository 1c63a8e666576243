"""How negative a word is, from VADER's lexicon, and where an answer judges something with one.

VADER (vaderSentiment, MIT licence) rates about 7,500 English words and slang from -4 (most
negative) to +4 by the mean of ten human raters. The judge uses it for one structure only: a
subject, a linking verb and an evaluative word ("the role sounds grim", "I found it pretty
miserable", "the callers are awful"), so that disparaging the role is recognised by what is
said about it, in any negative word, rather than by a list of phrases. Words that describe how
someone feels rather than judge a thing ("the caller was upset") are left out.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from bot.patterns import lazy

# At or below this VADER valence a word judges its subject badly ("dull" -1.7, "awful" -2.0,
# "pathetic" -2.7); milder words ("boring" -1.3, "stuck" -1.0) are for the phrase lists.
NEGATIVE = -1.5

# States of a person, not judgements of a thing: "the customer was upset" blames no one.
_STATES = frozenset(
    [
        "upset",
        "angry",
        "frustrated",
        "worried",
        "stressed",
        "anxious",
        "sad",
        "confused",
        "annoyed",
        "scared",
        "afraid",
        "nervous",
        "unhappy",
        "disappointed",
        "hurt",
        "lonely",
        "tired",
        "sick",
        "ill",
        "vulnerable",
        "lost",
        "stuck",
        "sorry",
        "distressed",
        "concerned",
        "embarrassed",
        "ashamed",
        "guilty",
        "panicked",
        "panicking",
        "crying",
        "furious",
        "irate",
        "grieving",
        "bereaved",
        "injured",
        "hungry",
        "poor",
        "homeless",
    ]
)

# What a task asks of a person, not what it is worth: "for me the sales is difficult", "cold
# calls sound scary" say how the speaker would cope, as the states above do.
_DEMANDS = frozenset(
    ["difficult", "stressful", "exhausting", "scary", "daunting", "intimidating", "frightening"]
)
_ADVERBS = (
    r"(?:a bit|a little|pretty|so|quite|really|rather|very|fairly|kind of|sort of|kinda|honestly|"
    r"just|utterly|totally|deeply|incredibly|too|bloody|absolutely|frankly|genuinely|"
    r"mostly|basically|a tad|slightly|properly|seriously|plain|downright)"
)
# A linking verb, any softeners or intensifiers, then the word that judges; the subject is
# read from the words before it. "I found it miserable" judges "it" the same way.
_JUDGED = lazy(
    r"(?:'s|\b(?:is|are|was|were|would be|will be|sounds?|seems?|feels?|looks?|sounded|seemed|"
    r"felt|gets|got)|\b(?:found|find|finding) (?P<object>it|that|this|the (?:work|job|role|"
    r"shifts?|tasks?)))"
    rf"(?: {_ADVERBS})*"
    r" (?P<word>[a-z-]+)\b"
)


# Where the subject's clause starts, looking back from the linking verb.
_CLAUSE = lazy(r"[,;:.!?()]| - |\b(?:but|and|so|because|though|while)\b")


class Judged(NamedTuple):
    """A subject judged with a negative word: offsets in the text, the subject's words."""

    start: int
    end: int
    subject: str
    word: str
    valence: float


@lru_cache(maxsize=1)
def lexicon() -> dict[str, float]:
    """VADER's word -> valence table (-4..+4), loaded once, on first use.

    Read from the package's own ``vader_lexicon.txt`` (word, tab, mean rating, ...), as
    ``SentimentIntensityAnalyzer`` reads it, without importing the analyser or its emoji table.
    Raises ``ModuleNotFoundError`` when vadersentiment is not installed."""
    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text("utf-8")
    table = {}
    for line in text.splitlines():
        word, _, rest = line.partition("\t")
        if rest:
            table[word] = float(rest.split("\t", 1)[0])
    return table


def valence(word: str) -> float:
    """VADER's valence of one lower-case word (0.0 when it is not rated)."""
    return lexicon().get(word, 0.0)


@lru_cache(maxsize=1)
def negative_words() -> frozenset[str]:
    """Every rated word at or below ``NEGATIVE``, less states of a person and what a task asks
    of one."""
    return frozenset(w for w, v in lexicon().items() if v <= NEGATIVE) - _STATES - _DEMANDS


def judged(low: str, words: Iterable[str] = ()) -> list[Judged]:
    """Each place in ``low`` (lower-case text) where a subject is judged with a word of valence
    at or below ``NEGATIVE``; the caller decides whether the subject is the role. ``words``, the
    text's words when the caller has them, skip the search when none of them is negative."""
    if words and negative_words().isdisjoint(words):
        return []
    table = lexicon()
    found = []
    for m in _JUDGED.finditer(low):
        word = m.group("word")
        score = table.get(word, 0.0)
        if score > NEGATIVE or word in _STATES or word in _DEMANDS:
            continue
        before = _CLAUSE.split(low[max(0, m.start() - 48) : m.start()])[-1]
        subject = m.group("object") or " ".join(before.split()[-4:])
        found.append(Judged(m.start(), m.end(), subject, word, score))
    return found
