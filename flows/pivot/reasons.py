"""Whether what a student says draws them to a company is a reason at all.

"They replied to my application", "they're hiring", "idk", "money" and "it's a great company"
are honest answers, but none is something about the company that a student could say to an
interviewer as "why you". The pivot's opening line is built from this answer, so a non-reason is
refused (kindly, with a request for something specific) before it reaches the plan.

The rule is deliberately small, so it can be explained and does not overfit:

1. An answer is split into words. Words of one letter and numbers are ignored.
2. A word is *filler* (articles, pronouns, praise that fits any company: "a", "they", "great",
   "company", "really") or belongs to one of the *kinds* of non-reason: ``process`` (how the
   interview came about: "replied", "application", "hiring"), ``practical`` (pay, place, hours:
   "money", "salary", "commute") or ``unknown`` ("idk", "sure", "nothing").
3. Any other word makes the answer a reason: "their repair programme", "a friend works there",
   "مرحبا", "AI" all pass.
4. An answer with no such word is a non-reason of the kind most of its words belong to, or
   ``vague`` when they are all filler (or there are none: "🏕️", "...").
5. Except: an answer of that kind that starts by saying no ("no", "not really", "nope, not
   much", "can't think of anything") is ``unknown``: the student
   has no reason yet, which is answered with help, not with "that could be said of any
   company".
6. An answer that is only a number or a score ("2", "3/5", "4 out of 5") is ``rating``: a
   student who took the question for the 1-5 rating is told so, and asked again.

The word lists live in ``content/intake.yaml`` (``data.non_reasons``), where a career office can
change them; each kind has its own reply (``draws_refused.<kind>``).

A reason can also be real but unspecific: "their ads are hilarious", "the culture seems cool".
It names nothing in particular (no product, project, person, event, number or name), only a
word of taste about something every company has. Such a reason is kept, but the student is
nudged once for something specific (see :func:`unspecific`; the words live in
``data.generic_reasons``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from bot.patterns import lazy
from flows.pivot import phrases, typed

VAGUE = "vague"
RATING = "rating"  # only a number, as if rating the company ("2", "3/5", "4 out of 5")
KINDS = ("process", "practical", "unknown", VAGUE, RATING)  # the order breaks ties between kinds

_WORD = lazy(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# How a "no" to the question starts: "no", "not really", "nothing", "can't think of one".
_NO = lazy(
    r"^\W*(?:no|not|nope|nah|none|nothing|never|cannot|can['’]?t|couldn['’]?t|don['’]?t|dont|"
    r"haven['’]?t|havent|idk|dunno)\b",
    re.I,
)


@dataclass(frozen=True)
class NonReasons:
    """The words that cannot make a reason on their own: ``kinds`` maps a kind to its words."""

    kinds: Mapping[str, frozenset[str]]
    filler: frozenset[str]

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> NonReasons:
        """Read ``{"filler": [...], "process": [...], ...}``. Raises ``ValueError`` for a kind
        not in ``KINDS`` or a list that is not a list of words."""
        kinds: dict[str, frozenset[str]] = {}
        filler: frozenset[str] = frozenset()
        for name, words in data.items():
            if not isinstance(words, Sequence) or isinstance(words, str):
                raise ValueError(f"non_reasons.{name} must be a list of words")
            odd = [w for w in words if not isinstance(w, str)]
            if odd:  # YAML reads a bare no, yes, on or off as a boolean
                raise ValueError(f"non_reasons.{name} has {odd[0]!r}, not a word: quote it")
            found = frozenset(_norm(w) for w in words)
            if name == "filler":
                filler = found
            elif name in KINDS and name not in (VAGUE, RATING):
                kinds[name] = found
            else:
                listed = ", ".join(k for k in KINDS if k not in (VAGUE, RATING))
                raise ValueError(f"non_reasons.{name} is not one of {listed}")
        return cls(kinds, filler)


def _norm(word: str) -> str:
    return word.casefold().replace("’", "'")


def words(text: str) -> list[str]:
    """The words of ``text`` that can carry meaning: lower case, two letters or more ("n/a" is
    the word "na")."""
    text = re.sub(r"\b(\w)/(\w)\b", r"\1\2", text)
    return [w for w in (_norm(m) for m in _WORD.findall(text)) if len(w) > 1]


# "my app" typed for "my application" ("they replied 2 my app", "my job app"): the student's
# own app is the application they sent; "their app" or "the app" stays a product of theirs.
_MY_APP = lazy(r"\b(my|our)\s+(?:job\s+)?apps?\b", re.I)


def spelled_out(text: str) -> str:
    """``text`` as it would be spelled out, for telling a reason from a non-reason: phone
    shorthand written out ("2" for "to", "r" for "are", "cuz", "rn": see
    ``typed.shorthand_mended``) and "my app" read as "my application". "idk tbh they replied 2
    my app" is then read as "they replied to my application" is."""
    return typed.shorthand_mended(_MY_APP.sub(r"\1 application", str(text or "")))


def non_reason(text: str, rules: NonReasons, ignore: str = "") -> str | None:
    """The kind of non-reason ``text`` is (one of ``KINDS``), or None when it is a reason. The
    words of ``ignore`` (the company's name) are filler: "deloitte is big firm" says nothing
    about Deloitte that the name alone does not. Phone spelling is read as the spelled-out
    form (see :func:`spelled_out`); a number or a score alone is ``RATING``."""
    if phrases.score_only(text):
        return RATING
    text = spelled_out(text)
    counts = dict.fromkeys(rules.kinds, 0)
    named = set(words(ignore))
    for word in words(text):
        if word in rules.filler or word in named:
            continue
        kinds = [kind for kind, listed in rules.kinds.items() if word in listed]
        if not kinds:
            return None  # a word about something: a reason, however small
        for kind in kinds:
            counts[kind] += 1
    ranked = sorted(counts, key=lambda kind: (-counts[kind], KINDS.index(kind)))
    if ranked and counts[ranked[0]]:
        return ranked[0]
    return "unknown" if _NO.match(text.strip()) else VAGUE


@dataclass(frozen=True)
class GenericReasons:
    """What a reason with nothing specific is made of: ``things`` every company has ("ads",
    "culture", "people") and ``taste``, words that judge them without saying why ("hilarious",
    "cool", "lol")."""

    things: frozenset[str]
    taste: frozenset[str]
    # What every company says it has: "mission", "values", "culture", "people".
    ideals: frozenset[str] = frozenset()

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> GenericReasons:
        """Read ``{"things": [...], "taste": [...], "ideals": [...]}``. Raises ``ValueError``
        for another key or a list that is not a list of words."""
        lists: dict[str, frozenset[str]] = {}
        for name, listed in data.items():
            if name not in ("things", "taste", "ideals"):
                raise ValueError(f"generic_reasons.{name} is not one of things, taste, ideals")
            if not isinstance(listed, Sequence) or isinstance(listed, str):
                raise ValueError(f"generic_reasons.{name} must be a list of words")
            if any(not isinstance(w, str) for w in listed):
                raise ValueError(f"generic_reasons.{name} must be a list of words: quote them")
            lists[name] = frozenset(_norm(w) for w in listed)
        return cls(
            lists.get("things", frozenset()) | lists.get("ideals", frozenset()),
            lists.get("taste", frozenset()),
            lists.get("ideals", frozenset()),
        )


# Something specific typed: a number, or a capitalised word after the first ("the Beacon tool").
_SPECIFIC = lazy(r"\d|(?<=\S\s)[A-Z][\w'’-]*")


def unspecific(text: str, rules: NonReasons, generic: GenericReasons, ignore: str = "") -> bool:
    """Whether ``text``, a reason (see :func:`non_reason`), names nothing in particular: at
    least one word of taste ("hilarious"), and every other word filler, a non-reason word or
    a thing every company has ("their ads r hilarious lol"). A number or a name ("Beacon",
    "2023") makes it specific; so does any other word ("their ads for the refugee appeal")."""
    # Phone shorthand read as the words it stands for ("rly good" is "really good", "v cool"
    # "very cool"): a spelling is never the specific thing the nudge asks for.
    text = phrases.expand_shorthand(text)
    named = set(words(ignore))
    said = re.sub(re.escape(ignore), "", text, flags=re.I) if ignore.strip() else text
    if _SPECIFIC.search(said.strip()):
        return False
    taste = False
    for word in words(text):
        if word in generic.taste:
            taste = True
        elif not (
            word in rules.filler
            or word in named
            or word in generic.things
            or any(word in listed for listed in rules.kinds.values())
        ):
            return False
    return taste


def generic(text: str, rules: NonReasons, kinds: GenericReasons, ignore: str = "") -> str:
    """The ideal every company claims that ``text`` names as its whole reason ("their mission",
    "the culture and the people", "great values tbh"), or "" when it names anything more: a
    number or a name ("their mission to end food waste by 2030"), or any word that is not
    filler, praise or such an ideal ("their mentoring scheme for graduates"). The ideal is
    returned as typed, for the reply to name."""
    named = set(words(ignore))
    said = re.sub(re.escape(ignore), "", text, flags=re.I) if ignore.strip() else text
    if _SPECIFIC.search(re.sub(r"\bI(?=['’]|\b)", "i", said).strip()):
        return ""
    ideals: list[str] = []
    for word in words(text):
        if word in kinds.ideals:
            ideals.append(word)
        elif not (
            word in rules.filler
            or word in named
            or word.removesuffix("'s") in named
            or word in kinds.taste
            or any(word in listed for listed in rules.kinds.values())
        ):
            return ""
    return " and ".join(dict.fromkeys(ideals[:2]))
