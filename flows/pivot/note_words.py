"""Mending what a student typed about a conversation before a thank-you says it back to the
person: chat words written as a note writes them ("asked loads about" -> "asked a lot
about", "in jan" -> "in January"), the article a role typed without one needs ("to cloud
practice head" -> "to the cloud practice head"), and what they were told, said as what was
heard ("you told me the team is hiring" -> "hearing that the team is hiring"), or left out
when it cannot be said safely ("you told joining date will be jan": no object, no article, a
practical point of the hiring process).

Each function takes and returns plain text (no markup); none of them logs."""

from __future__ import annotations

import re

# Chat words for "much" or "many" typed after a verb: "asked loads about", "talked heaps on",
# "helped me tons with"; and before "of": "loads of questions".
_LOTS = re.compile(
    r"\b(?:loads|heaps|tons|lotsa|lots|a\s+ton|a\s+bunch|a\s+load)(?=\s+(?:about|on|of|with|"
    r"around|regarding|into|for)\b)",
    re.I,
)
_MONTHS = {
    "jan": "January",
    "feb": "February",
    "mar": "March",
    "apr": "April",
    "jun": "June",
    "jul": "July",
    "aug": "August",
    "sep": "September",
    "sept": "September",
    "oct": "October",
    "nov": "November",
    "dec": "December",
    **{
        m.casefold(): m
        for m in [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ]
    },
}
# A month typed short or in lower case where a month is meant: after "in", "by", "from", "be",
# "till", "until", "early", "mid", "late", "end of", "start of", "next", "this" ("may" only
# when typed as the month, after one of these).
_MONTH_SAID = re.compile(
    r"\b(?P<lead>in|by|from|be|till|until|before|after|early|mid|late|end\s+of|start\s+of|"
    r"next|this)\s+(?P<month>"
    + "|".join(sorted((m for m in _MONTHS if m != "may"), key=len, reverse=True))
    # "may" before a verb is the modal ("this may be useful", "by then it may help"): the
    # month only at the end, before punctuation or a number, or before a word that cannot
    # follow the modal ("in may and june", "by may we will know").
    + r"|may(?=\s*(?:$|[,.;:!?)\d])|\s+(?:and|or|to|next|this|last|i|we|they|you|he|she|it|"
    r"the|a|for|at|in|on|when|if|so|but|because|as|with|till|until|then|onwards|latest)\b))"
    r"\b",
    re.I,
)


def mend_casual(text: str) -> str:
    """``text`` with chat words a note never keeps written out: "loads about" -> "a lot
    about", "loads of" -> "a lot of", a month after "in"/"by"/"be" written in full and
    capitalised ("be jan" -> "be January"). Everything else is kept as typed."""
    text = _LOTS.sub("a lot", text)
    return _MONTH_SAID.sub(lambda m: f"{m['lead']} {_MONTHS[m['month'].casefold()]}", text)


# A role or team named after a preposition with no article: "to cloud practice head", "with
# hiring manager", "to data team". Never after a determiner, a possessive or a name (those are
# capitalised, so only lower-case words match).
_ROLE_NOUN = (
    r"(?:head|lead|manager|director|recruiter|team|vp|partner|owner|architect|"
    r"principal|supervisor|chief|officer|coordinator|department|practice)"
)
_BARE_ROLE = re.compile(
    r"\b(?P<prep>to|with|from|for|by|in|on|at)\s+(?P<role>(?!(?:the|a|an|my|your|his|her|their|our|its|"
    r"this|that|these|those|some|any|me|you|him|them|us|one|another|each|every)\b)"
    r"[a-z][\w&-]*(?:\s+(?!(?:the|a|an|my|your|his|her|their|our|and|or|to|for|with|at|in|on|"
    r"of)\b)[a-z][\w&-]*){0,3}?\s+" + _ROLE_NOUN + r")\b(?!\s+of\b|['’])",
)


def article_for_roles(text: str) -> str:
    """``text`` with "the" before a role or team named bare after a preposition: "forward my
    resume to cloud practice head" -> "forward my resume to the cloud practice head";
    unchanged where the role already has a determiner ("to my manager", "to Joy's team")."""
    return _BARE_ROLE.sub(lambda m: f"{m['prep']} the {m['role']}", text)


# What they told, typed as a report: "you told joining date will be jan", "you said that the
# team is hiring", "you mentioned me they use Kafka".
_REPORTED = re.compile(
    r"^you\s+(?:also\s+)?(?P<verb>told|said|mentioned|informed|confirmed|shared)"
    r"(?P<object>\s+(?:me|us))?(?:\s+that)?\s+(?P<rest>\S.*)$",
    re.I,
)
# How what they told may start for "hearing that ..." to read right: a determiner, a pronoun, a
# name or a number.
_SAFE_START = re.compile(
    r"^(?:the|a|an|your|their|our|its|this|that|these|those|there|it|they|you|we|he|she|"
    r"every|each|most|many|some|all|[A-Z0-9])\b",
)
# Advice to the student, never news to be "heard": "I should", "we could", "to apply".
_ADVICE = re.compile(r"^(?:i|we)\b|\b(?:should|could|must|ought|need\s+to|might\s+want)\b", re.I)
_ABOUT_START = re.compile(r"^(?:about|how|why|what|where|when|who)\b", re.I)


def reported(clause: str, practical: re.Pattern[str]) -> tuple[str, str]:
    """A clause "you told/said/mentioned ..." as a thank-you may say it: ``("", "")`` when it
    is not such a report, or is advice or a remark ("you said we should apply ...": said as it
    is); ``("thing", "hearing that the team is hiring")`` when it is news they told; ``("", "logistics")`` when it is a practical
    point of the hiring process (``practical`` names them: a joining date, pay), which no
    note "especially appreciated"; ``("", "unclear")`` when it starts with a bare noun
    ("joining date will be ...") that cannot be said safely."""
    found = _REPORTED.match(clause.strip())
    if found is None or _ABOUT_START.match(found["rest"]):
        return "", ""
    rest = found["rest"].strip()
    if practical.search(rest):
        return "", "logistics"
    if not _SAFE_START.match(rest):
        return "", "unclear"
    # "you said we should apply to ...": advice to the student, kept as they said it; only
    # news they told ("you told me the team is moving to ...") is what was heard.
    if found["verb"].casefold() not in ("told", "informed", "shared") or _ADVICE.search(rest):
        return "", ""
    return "thing", f"hearing that {rest}"


_MONTH_WORDS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
# A week a promise was dated with, at its end: "in the week of 30 November", "by the end of
# the week of November 30, 2026", "during the week of 7 December".
_WEEK_TAIL = re.compile(
    r"[\s,]+(?:(?:in|during|within|over|by(?:\s+the\s+end\s+of)?)\s+)?the\s+week\s+of\s+"
    rf"(?:\d{{1,2}}\s+(?:{_MONTH_WORDS})|(?:{_MONTH_WORDS})\s+\d{{1,2}})"
    r"(?:,?\s+\d{4})?[.!]*$"
)


def without_week(text: str) -> str:
    """A promise without the week it was dated with ("send my writing samples in the week of
    30 November" -> "send my writing samples"); unchanged when it names none."""
    return _WEEK_TAIL.sub("", text)


# Praise the student only heard from someone else, run on after their reason: "and my senior
# told it is best", ", my friends say it's a great place", "as everyone says it is good".
_HEARSAY = re.compile(
    r"(?:[\s,;]+(?:and|also|plus|as|since|because|and\s+also)\b)?[\s,;]+"
    r"(?:(?:my|our|one\s+of\s+my|a|many|some|all\s+my)\s+)?"
    r"(?:seniors?|friends?|cousins?|brother|sister|classmates?|colleagues?|uncle|aunt|"
    r"teachers?|professors?|relatives?|people|everyone|everybody|someone|others|alumni)\s+"
    r"(?:told(?:\s+me)?|said|says|say|tells?(?:\s+me)?|recommended)\b.*$",
    re.I,
)
# "your company because ...", said of what draws the student: the reason is what follows.
_COMPANY_BECAUSE = re.compile(
    r"^(?:your|the|this|their)\s+(?:company|organisation|organization|firm)\s+"
    r"(?:because|since|as)\s+(?=\S)",
    re.I,
)


def own_reason(text: str) -> str:
    """What draws the student, as their own reason: second-hand praise run on after it left
    out ("... for new graduates and my senior told it is best" -> "... for new graduates"),
    and "your company because" before it dropped; unchanged when neither is there, and
    unchanged when the hearsay is all there is (nothing of their own to keep)."""
    kept = _COMPANY_BECAUSE.sub("", text.strip())
    found = _HEARSAY.search(kept)
    if found is None:
        return kept
    cut = kept[: found.start()].strip(" ,;")
    # Only the hearsay, or a cut inside its own subject ("my | friend told me ..."): kept.
    if not cut or cut.split()[-1].casefold() in ("my", "our", "a", "many", "some", "all", "of"):
        return kept
    return cut
