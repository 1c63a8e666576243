"""What a student typed, turned into a phrase or a sentence that reads right where it is put.

Students answer in fragments ("Data analytics, ideally on the merchandising side"), in whole
sentences about the company ("I've used their gear for years 🏕️ and I love their ..."), with a
framing of their own ("For my capstone, I built ..."), and with the punctuation and capitals
they like. Each function here takes such an answer and returns it shaped for one kind of slot:

- :func:`noun_phrase` -- after a preposition or as an object: "my best work is in {x}".
- :func:`work_area` -- a kind of work, where a role title would not fit: "a data analyst" ->
  "data analyst roles".
- :func:`clause` -- a clause to follow "that" or "because".
- :func:`complement` -- whatever follows "... is": a noun phrase, or "that" and a clause.
- :func:`spoken` -- a whole sentence to say aloud (``to_company=True``: said *to* the company,
  so "their" is "your").
- :func:`proof` -- an example of the student's work, as a sentence of its own or to follow
  "For example,".
- :func:`role_name` -- a job title to sit in "the {x} role".
- :func:`the_role` -- "the {x} role", or "the {x}" for a scheme or internship typed as the role.
- :func:`head` -- the core of a phrase, without its trailing qualifiers.

and the small steps they are built from, each usable alone: :func:`tidy`, :func:`strip_emoji`,
:func:`strip_end`, :func:`strip_lead`, :func:`lower_first`, :func:`to_you`, :func:`to_person`, :func:`is_clause`.

Every function takes plain text (not markup), returns plain text, never raises on odd input
(empty, emoji only, right-to-left text) and returns "" when nothing usable is left. Escaping is
the caller's business: insert the result with ``bot.markup.fill``, as every user value.

What they never do: change the student's capitals except a leading word that is plainly an
ordinary word ("Data analytics" -> "data analytics", never "iOS", "SQL", "I", "Python" or
"Inside Sales Representative"); leave doubled punctuation ("Co.." or "?!"); keep emoji in a
spoken line; or add words the student did not give, beyond the frame a slot needs ("I", "that").
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Sequence
from typing import Any

from bot.patterns import lazy

# -- the pieces ------------------------------------------------------------------------------


def _wordset(words: str) -> frozenset[str]:
    """A set of words written as one string: word lists read better as prose than as literals."""
    return frozenset(words.split())


# Symbols that are text, not emoji, and stay: © ® ™ ℠ ° №.
_KEEP_SYMBOLS = frozenset("©®™℠°№")
# Joiners and selectors that only hold emoji together.
_EMOJI_GLUE = frozenset("\u200d\ufe0e\ufe0f\u20e3")
_EMOTICON = lazy(r"(?<![\w/])[:;=][-'^]?[)(\]\[dDpPoO3/\\|*]+(?![\w/])|<3\b|\^_?\^")
_SPACE_BEFORE_PUNCT = lazy(r"\s+([,.;:!?)])")
_STOPS = ".!?…"
_TRAILING = ".,;:!?…-–—·/\\"
# Words whose full stop is part of the word, so "Lumen Outdoor Co." keeps it.
_ABBREVIATIONS = _wordset(
    "co inc ltd corp llc plc bros etc dr st jr sr mr mrs ms no vs dept univ assn intl"
    " approx est govt prof rev hon capt col gen lt sgt mt ave rd"
)
_INITIALS = lazy(r"(?:\b[A-Za-z]\.){2,}$")  # U.S., e.g., i.e., a.m.

# Leading words that are names, not ordinary words, whatever their case looks like.
_NAMES = _wordset(
    """
    python java javascript typescript excel word powerpoint outlook sql salesforce hubspot
    tableau looker figma sketch canva notion airtable jira confluence slack shopify wordpress
    google microsoft amazon apple meta linkedin instagram tiktok youtube facebook github aws
    azure react swift kotlin ruby rust matlab stata spss sas r power zapier asana trello
    english spanish french german italian portuguese mandarin chinese japanese korean arabic
    hindi dutch polish russian
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december
    christmas easter ramadan
    """
)

_WORD = lazy(r"[^\W\d_][\w'’\-]*", re.UNICODE)


# "i" on its own is the pronoun, typed in lower case: "i volunteered", "i'm" (never "i.e.").
_LOWER_I = lazy(r"(?<![\w.'’\-])i(?=['’](?:m|ve|d|ll)\b|[\s,;:!?)]|$)")


def tidy(text: str) -> str:
    """One line: whitespace runs (newlines included) become one space; no space before a comma
    or full stop; "i" as a pronoun is "I"; trimmed."""
    text = " ".join(str(text).split())
    return _LOWER_I.sub("I", _SPACE_BEFORE_PUNCT.sub(r"\1", text))


def person_name(text: str) -> str:
    """A person's name as typed, each word capitalised when it was typed all in lower case
    ("priya nair" -> "Priya Nair", "o'brien" -> "O'Brien"); any capital typed is kept as it
    is ("McKinsey", "Dr de Vries")."""
    text = tidy(text)
    if any(c.isupper() for c in text):
        return text
    return re.sub(r"(?:^|(?<=[\s\-'’]))([^\W\d_])", lambda m: m.group(1).upper(), text)


def _is_emoji(char: str) -> bool:
    if char in _EMOJI_GLUE:
        return True
    if "\U0001f3fb" <= char <= "\U0001f3ff" or "\U000e0020" <= char <= "\U000e007f":
        return True  # skin tones and tag characters, which only modify an emoji
    return unicodedata.category(char) == "So" and char not in _KEEP_SYMBOLS


# Chat fillers: nobody says "lol" in an interview or writes it in a note to a hiring manager.
_CHAT = re.compile(
    r"(?<![\w'’\-])(?:lo+l+|lmf?ao+|rofl|a?ha(?:ha)+h?|he(?:he)+|idk|tbh|imo|imho|omg|ngl|smh|"
    r"jk|xd+)(?![\w'’\-])",
    re.I,
)


def strip_chat(text: str) -> str:
    """``text`` without chat fillers ("lol", "haha", "idk", "tbh", "omg", "xD"), tidied, with
    no comma or stop left dangling where one was: "it was great, lol, really" -> "it was
    great, really"."""
    text, found = _CHAT.subn(" ", str(text))
    if not found:
        return tidy(text)
    text = re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", tidy(text))  # "great, , really"
    text = re.sub(r"^[\s,;:]+|[\s,;:]+$", "", text)
    text = re.sub(r"[,;:]+\s*([.!?])", r"\1", text)  # "great, ." -> "great."
    return tidy(text)


def strip_emoji(text: str) -> str:
    """``text`` without emoji, pictographs, emoticons (":)", "<3") or chat fillers ("lol",
    "haha", "idk", see :func:`strip_chat`), tidied: "years 🏕️ and" -> "years and". Text
    symbols (© ® ™ °) stay."""
    text = "".join(" " if _is_emoji(c) else c for c in text)
    return strip_chat(_EMOTICON.sub(" ", text))


# Small words that stay lower case inside a name typed in lower case: "bank of america".
# Words that make typed text a sentence rather than a name: "brightloop its a fitness app".
_SENTENCE_WORD = re.compile(
    r"\b(?:is|are|was|were|its|it's|it’s|they|they're|i'm|we|which)\b",
    re.I,
)
_NAME_JOINERS = _wordset("of and the for de da di del la le van von der den du y à in on at")
# Short words of place and family names, never initials: "los angeles" is "Los Angeles", "san
# jose" "San Jose", "la paz" "La Paz", "st louis" "St Louis" (never "LOS", "SAN", "PAZ", "ST").
_NAME_PARTICLES = _wordset("los las san sao são rio dos das des del el la st sur mar paz")


def proper_name(text: str) -> str:
    """An organisation's (or a place's) name typed all in lower case, capitalised as a name:
    "lumen outdoor co." -> "Lumen Outdoor Co.", "bank of america" -> "Bank of America". Any
    capital typed keeps the whole name as it is ("eBay", "McKinsey", "Lumen outdoor"). No
    emoji; "" when nothing is left."""
    text = strip_emoji(text)
    if any(c.isupper() for c in text) or _SENTENCE_WORD.search(text):
        return text  # a sentence is never title-cased ("brightloop its a fitness app")
    words = text.split(" ")
    out = []
    for i, word in enumerate(words):
        if i and word in _NAME_JOINERS:
            out.append(word)
        elif _is_initialism(word) and not (len(words) > 1 and word in _NAME_PARTICLES):
            out.append(word.upper())  # "bbc" -> "BBC", never "Bbc"
        else:
            out.append(re.sub(r"(?:^|(?<=[\-'’]))([^\W\d_])", lambda m: m.group(1).upper(), word))
    return " ".join(out)


# How often a word of two or three letters is met in the English word list, at least, to be
# the word and not initials: "gap" (7,939) and "box" are names that are words; "sap" (2,919),
# "ibm" (142), "bbc" and "tcs" (0) are initials.
_WORD_NOT_INITIALS = 5000


def _is_initialism(word: str) -> bool:
    """Whether a lower-case word of a company's name is initials, written in capitals: two or
    three letters that are no common word ("bbc", "tcs", "ibm", "sap", "ey"), or four letters
    with no vowel ("kpmg", "hsbc"). "zoho", "meta", "gap", "ltd" are not."""
    if not word.isalpha() or not word.isascii() or not 2 <= len(word) <= 4:
        return False
    if word in _NAME_SUFFIXES:
        return False
    if len(word) == 4:
        return not re.search(r"[aeiouy]", word)
    if not re.search(r"[aeiouy]", word):
        return True
    return _frequency(word) < _WORD_NOT_INITIALS


# Short words ending a company's name that are abbreviations, written "Co", "Ltd", not initials.
_NAME_SUFFIXES = _wordset("co inc ltd corp pvt bros intl mfg")


def without_vague(text: str) -> str:
    """``text`` without the vague words a spoken line should not carry: "stuff like that",
    "and stuff", "things like that", "and so on", "etc.": "writing docs and sample apps,
    stuff like that." -> "writing docs and sample apps."; the text as it is when nothing
    would be left."""
    shorter = _VAGUE.sub("", text)
    shorter = re.sub(r"\s+([,.;!?])", r"\1", shorter)
    shorter = re.sub(r"([,;])(?=\s*[.!?]|\s*$)", "", shorter).strip()
    return shorter if shorter.strip(" ,.;!?") else text


def without_fillers(text: str) -> str:
    """``text`` without the hedges and fillers of chat that a spoken line never carries: "I
    guess", "I think" or "I suppose" after a phrase ("the templates gallery I guess" -> "the
    templates gallery"), "kinda", "sorta", "basically", a "like" that only fills ("so good,
    like I learned ..." -> "so good: I learned ..."; "like the gallery", an example, stays), a
    "type" after a word ("analytics type work" -> "analytics work"), and "stuff" said as what
    it is ("my API stuff" learned -> "my API skills", "data stuff" -> "data work", "the stuff"
    -> "the things"). The text as it is when nothing would be left."""
    said = str(text or "")
    said = _HEDGE_TAIL.sub("", said)
    said = re.sub(
        r"(?i)^(?:I\s+guess|I\s+suppose|I\s+mean|like|so\s+like|basically)[\s,]+", "", said
    )
    said = _FILLER_WORDS.sub(" ", said)
    said = _LIKE_FILLER.sub(lambda m: ": " if m["comma"] else " ", said)
    said = re.sub(
        r"(?i)(?<=\w)[- ]type\b(?=\s+(?:stuff|things?|work|roles?|jobs?|positions?|compan(?:y|ies)|"
        r"projects?|products?|people|person|teams?|tasks?)\b)",
        "",
        said,
    )
    # "loads of stuff", "lots of stuff": "a lot" ("I learned loads of stuff" -> "I learned a lot").
    said = re.sub(
        r"(?i)\b(?:loads|lots|tons|heaps|a\s+(?:lot|ton|load))\s+of\s+(?:cool\s+|new\s+|good\s+)?"
        r"stuff\b(?!,?\s+(?:like|such\s+as)\b)",
        "a lot",
        said,
    )
    learned = re.search(r"(?i)\b(?:learn(?:ed|t|ing)?|picked\s+up|taught)\b", said)
    said = re.sub(
        r"(?i)\b(?P<det>my|our|the|your|their|all|some|lots\s+of|a\s+lot\s+of)\s+"
        r"(?P<what>(?:(?!(?:and|or|of)\b)[\w-]+\s+){0,2}?)stuff\b(?!,?\s+(?:like|such\s+as)\b)",
        lambda m: (
            f"{m['det']} {m['what']}{'skills' if learned else 'work' if m['what'] else 'things'}"
        ),
        said,
    )
    # After a verb ("test stuff", "build stuff") or a preposition ("full of stuff") it is
    # "things"; after a noun ("data stuff") the work of it.
    said = _STUFF_SAID.sub(_stuff_said, said)
    said = re.sub(r"\s+([,.;:!?])", r"\1", " ".join(said.split()))
    said = re.sub(r"([,;:])\s*[,;:]", r"\1", said).strip(" ,;:")
    return said if said.strip(" ,.;:!?") else str(text or "")


# Verbs that "stuff" can be the object of: "test stuff", "build stuff", "the stuff they make".
_STUFF_VERBS = (
    r"test|tests|testing|tested|build|builds|building|built|make|makes|making|made|do|does|"
    r"doing|did|try|tries|trying|tried|fix|fixes|fixing|fixed|ship|ships|shipping|shipped|"
    r"design|designs|designing|designed|write|writes|writing|wrote|read|reads|reading|sell|"
    r"sells|selling|sold|learn|learns|learning|learned|learnt|explain|explains|explaining|"
    r"explained|share|shares|sharing|shared|post|posts|posting|posted|cool|new|fun|good|great|"
    r"of|and|or|with|about|on|in|other|more|some|any|such"
)


def _stuff_said(match: re.Match[str]) -> str:
    """ "stuff" said as "things" after a verb or a preposition, else as "work"."""
    before = match["before"] or match["verb"]
    return f" {before} things" if before else " work"


_STUFF_SAID = lazy(
    r"(?i)(?:\s+(?P<before>" + _STUFF_VERBS + r")"
    r"|(?:(?<=\bI)|(?<=\bwe)|(?<=\byou)|(?<=\bthey)|(?<=\bto))\s+(?P<verb>[a-z]+)|(?<=\w))"
    r"\s+stuff\b(?!,?\s+(?:like|such\s+as)\b)"
)
# A hedge typed after what the student said: "the templates gallery I guess", "..., i think".
_HEDGE_TAIL = lazy(
    r"(?i)[\s,;(]*(?:I\s+guess|I\s+think|I\s+suppose|I\s+reckon|I\s+believe|probably|maybe|"
    r"or\s+something|idk|kinda|sorta)\)?\s*(?=[.!?]*\s*$)"
)
# Fillers anywhere: "kinda", "sorta", "basically", "literally", "lowkey", "tbh", "like,".
_FILLER_WORDS = lazy(
    r"(?i)(?<![\w'’-])(?:kinda|sorta|basically|literally|lowkey|tbh|ngl|lol|like,)(?![\w'’-])"
)
# A "like" that only fills: after a comma or "so"/"and", before a clause or a number ("so
# good, like I learned", "and like half of it"); never "like the gallery" (an example).
_LIKE_FILLER = lazy(
    r"(?i)(?:(?P<comma>\s*,\s*)|(?<=\band\s)|(?<=\bso\s)|(?<=\bbut\s))like,?"
    r"(?=\s+(?:I|I'm|I’m|I've|I’ve|we|you|they|it|it's|it’s|he|she|half|all|most|every|"
    r"so|really|totally))"
)


# Vague words trailing a list or a clause: "..., stuff like that", "and stuff", "or whatever",
# "etc etc", "and all that", "things like this", "and so on".
_VAGUE = lazy(
    r"(?:[\s,;]+(?:(?:and|or)\s+)?(?:(?:other\s+)?(?:stuff|things|everything|all\s+that)"
    r"\s+like\s+(?:that|this|those)|(?:all\s+)?(?:that\s+)?(?:sort|kind)\s+of\s+(?:thing|stuff)s?)"
    r"|[\s,;]+(?:and|or|n|&)\s+(?:stuff|things|so\s+on|so\s+forth|all\s+that|whatnot|whatever|"
    r"the\s+like|all|everything|that)"
    r"|[\s,;]*\betc\b\.?(?:\s*etc\b\.?)*)(?=\s*(?:[,.;!?)]|$|\s+(?:and|but|so)\b))",
    re.I,
)


def _ends_with_abbreviation(text: str) -> bool:
    if not text.endswith("."):
        return False
    last = text.rsplit(" ", 1)[-1]
    if _INITIALS.search(last):
        return True
    word = last[:-1]
    return bool(word) and word[-1:].isalpha() and word.casefold() in _ABBREVIATIONS


# Where a sentence may end in a line: ".", "!" or "?" (or several) before a space.
_SENTENCE_BREAK = lazy(r"(?<=[.!?])\s+(?=\S)")
# Abbreviations that are also plain words ending a sentence: "I said no. Then ...".
_ALSO_WORDS = frozenset({"no"})


def sentences(text: str) -> list[str]:
    """``text`` cut into its sentences, each stripped, in order (``[]`` for blank text); a line
    break always ends one. A full stop that belongs to a title or an abbreviation ends nothing:
    "Mr. Rao will forward my CV to the head, Dr. Kulkarni." is one sentence, and so are "e.g.
    the roadmap", "Acme Inc. hires", "the U.S. team" and "tools etc. and more". The one splitter
    for everything cut from what a student typed (a detail for a note, the clauses of an offer).
    """
    out: list[str] = []
    for line in text.splitlines():
        joined: list[str] = []
        for piece in _SENTENCE_BREAK.split(line.strip()):
            last = joined[-1].rsplit(" ", 1)[-1][:-1].casefold() if joined else ""
            if joined and _ends_with_abbreviation(joined[-1]) and last not in _ALSO_WORDS:
                joined[-1] = f"{joined[-1]} {piece}"
            elif piece:
                joined.append(piece)
        out.extend(joined)
    return out


def strip_end(text: str) -> str:
    """``text`` with no sentence punctuation at the end ("mission!!" -> "mission", "side." ->
    "side"), so a template can put its own; the full stop of an abbreviation stays
    ("Lumen Outdoor Co.")."""
    text = tidy(text)
    while text and text[-1] in _TRAILING:
        if _ends_with_abbreviation(text):
            break
        text = text[:-1].rstrip()
    return text


def _keeps_capital(word: str, rest: str) -> bool:
    """Whether a capitalised leading ``word`` is a name or a title rather than an ordinary word."""
    core = re.split(r"['’\-]", word, maxsplit=1)[0]
    if core == "I" or not core:
        return True
    if len(core) > 1 and (core.isupper() or any(c.isupper() for c in core[1:])):
        return True  # SQL, UX, McKinsey, LinkedIn
    if core.casefold() in _NAMES:
        return True
    following = _WORD.search(rest)
    # "Inside Sales Representative", "New York": a run of capitals is a name or a title.
    return bool(following and following.start() <= 1 and following.group()[0].isupper())


def lower_first(text: str) -> str:
    """Lower-case the first letter when the leading word is an ordinary word written with a
    capital because it started the answer: "Data analytics" -> "data analytics". Names, acronyms,
    "I" and Title Case runs keep theirs: "SQL reports", "iOS apps", "Python", "Inside Sales
    Representative"."""
    match = _WORD.match(text)
    if not match or not match.group()[0].isupper():
        return text
    word, rest = match.group(), text[match.end() :]
    if _keeps_capital(word, rest):
        return text
    return word[0].lower() + word[1:] + rest


def upper_first(text: str) -> str:
    """The first letter capitalised (the rest unchanged): a sentence's start."""
    for i, char in enumerate(text):
        if char.isalpha():
            return text[:i] + char.upper() + text[i + 1 :]
    return text


# Openers that frame an answer but belong to no sentence it goes into. Each is removed from the
# start, repeatedly, with any comma or colon after it.
_FILLER = lazy(
    r"^(?:\.\.\.|…|-+|(?:"
    r"u+m+|u+h+|e+r+m*|hmm+|oh|ok(?:ay)?|so|well|like|honestly|to be honest|tbh|basically|"
    r"i (?:think|guess|suppose|reckon|feel like)|i'd say|probably|maybe|perhaps|definitely|"
    r"for example|for instance|e\.?g\.?|example|one example(?: is| would be)?|"
    r"i'm not sure|not sure|hard to say"
    r")(?=[\s,:;.!?]|$))[\s,:;.!?-]*",
    re.I,
)
# "I'd like to work in ...", "I want to be ...": the frame of a wish, before the kind of work.
_WISH = lazy(
    r"^(?:i|i'd|i would|i'm|i am)\s+(?:really\s+|probably\s+|definitely\s+)?"
    r"(?:like|love|want|prefer|enjoy|rather|hoping|keen|interested|looking)"
    r"(?:\s+(?:to|in|on|into|for|towards?))?"
    r"(?:\s+(?:work|be|do|get|move|go|focus|end up|try|switch|doing|working|being|moving))?"
    r"(?:\s+(?:in|on|into|with|as|at|towards?|more))?\s+",
    re.I,
)
# A hedge at the end: "marketing, maybe", "analytics or something".
_HEDGE = lazy(
    r",?\s+(?:maybe|probably|perhaps|i think|i guess|i suppose|idk|or something|or so|"
    r"i'm not sure|not sure)$",
    re.I,
)
_SOMETHING = lazy(
    r"^(?:something|anything|somewhere|a role|roles|a job|jobs|work|more|mostly|mainly|"
    r"ideally|preferably)\s+(?:in|on|with|around|like|closer to|related to|involving|as)\s+",
    re.I,
)


def strip_lead(text: str) -> str:
    """``text`` without leading filler that no sentence frame wants: "For example, I built ..."
    -> "I built ...", "Um, honestly, data" -> "data", "...their launch" -> "their launch"."""
    text = tidy(text)
    while True:
        shorter = _FILLER.sub("", text, count=1)
        if shorter == text or not shorter:
            return text
        text = shorter


# Said to the company, "they" are "you". Object and subject forms both become "you"; the verb
# after "they" already agrees with "you".
_YOU = {
    "they": "you",
    "them": "you",
    "their": "your",
    "theirs": "yours",
    "themselves": "yourselves",
    "they're": "you're",
    "they’re": "you’re",
    "they've": "you've",
    "they’ve": "you’ve",
    "they'd": "you'd",
    "they’d": "you’d",
    "they'll": "you'll",
    "they’ll": "you’ll",
}
_YOU_WORDS = lazy(r"\b(?:" + "|".join(map(re.escape, _YOU)) + r")(?![\w'’])", re.I)
_THERE = lazy(r"\b(work|works|worked|working|job|jobs|people|team)\s+there\b", re.I)
# An "its" said first, or first after "I love" and the like: nothing before it to own it.
_ITS_FIRST = lazy(
    r"^(?P<lead>(?:(?:I|we)\s+(?:really\s+|truly\s+)?(?:love|like|admire|respect|value|"
    r"appreciate|enjoy)\s+)?)(?P<its>[Ii]ts)(?=\s+\w)"
)


# A clause of a sentence: what a "they" or "their" in it can refer back to.
_CLAUSE = lazy(r"[^.,;:!?—–]+[.,;:!?—–]*")
# People the company serves, named as the ones who act in the rest of the clause: "helping
# mid-sized manufacturers prepare their ...", "lets small clinics run their ...", "how
# farmers track their ...". A "they" or "their" after them is theirs, not the company's.
_OTHERS = lazy(
    r"\b(?:help|helps|helping|helped|let|lets|letting|enable|enables|enabling|allow|allows|"
    r"allowing|teach|teaches|teaching|support|supports|supporting|show|shows|showing|train|"
    r"trains|training|guide|guides|guiding|get|gets|getting|for|how|where|why|when|so|make|"
    r"makes|making|give|gives|giving|serve|serves|serving|connect|connects|connecting|coach|"
    r"coaches|coaching|prepare|prepares|preparing|assist|assists|assisting|empower|empowers|"
    r"empowering|equip|equips|equipping|mentor|mentors|mentoring|back|backs|backing|fund|funds|"
    r"funding|upskill|upskills|upskilling|invest\s+in|invests\s+in|investing\s+in)\s+"
    r"(?:(?!(?:they|them|their|you|your|we|our|i|my)\b)[\w'’-]+\s+){0,3}?"
    r"(?!(?:years|months|days|weeks|hours|times|ways|things|this|its|us|his|has|is|was|does|"
    r"yes|always|less|plus|across)\b)[a-z][\w-]*[a-z]s\b",
    re.I,
)


# In a clause after the people the company serves were named: a subordinate clause whose
# "they" or "their" is theirs ("where they can open", "so they keep more", "once their ...",
# "who they coach" stays the company's: "who" is its object, see ``to_you``).
_OTHERS_AGAIN = lazy(
    r"\b(?:where|wherever|when|whenever|so|so\s+that|until|till|once|if|because|while|since|"
    r"as|whose)\s+(?=(?:they|them|their|theirs|themselves|they['’](?:re|ve|d|ll))\b)",
    re.I,
)


# A plural thing named just before a "they" or "them", which is then what it refers to: "the
# robots in your warehouses, they pick ...", "I met their engineers, they were ...". A word
# ending in "s" after a determiner and at most two words, that is not a span of time ("for
# years") or a verb ("the app helps").
_PLURAL_NAMED = lazy(
    r"\b(?:the|their|your|its|these|those|our|my|his|her|some|all|many|several|both|such|"
    r"two|three|four|five|\d+)\s+(?:[\w-]+\s+){0,2}?"
    r"(?!(?:years|months|weeks|days|hours|minutes|ages|times|decades|is|was|has|does|helps|"
    r"makes|gives|lets|seems|looks|feels|goes|gets|says|means|keeps|shows|needs|wants|takes|"
    r"uses|works|runs|puts|sets|this|its|us|plus|always|less|across|various|previous|famous|"
    r"serious|various|obvious|business|process|success|access|address|class|glass|campus|"
    r"bonus|status|focus|virus|news|analysis|basis|crisis|thesis|series|species|physics|"
    r"economics|analytics|logistics|statistics|mathematics|robotics|ethics|politics)\b)"
    r"[a-z][\w-]*[a-z]s\b(?!['’])",
    re.I,
)
# What a "they" may refer back to: a plural thing named (above), the company ("they",
# "their", "them" said of it before), or "you"/"your" (the student already speaks to the
# company: a "they" after that is someone or something else).
_REFERENT = lazy(
    r"(?P<company>\b(?:they|them|their|theirs|they['’](?:re|ve|d|ll))(?![\w'’]))"
    r"|(?P<you>\b(?:you|your|yours)(?![\w'’]))",
    re.I,
)
_THEY_FORMS = frozenset(
    ["they", "them", "theirs", "themselves", "they're", "they’re", "they've", "they’ve",
     "they'd", "they’d", "they'll", "they’ll"]
)  # fmt: skip


# Stands for the "you" that is anyone while "they" is turned to "you" (no word, so that it is
# never read as people the company serves: see _OTHERS).
_ANYONE = "\x00"
_THEY_VERB_YOU = lazy(
    r"\b(?P<they>they)\s+(?:(?:really|always|also|even|just|actually|still)\s+)?"
    r"(?:let|lets|help|helps|give|gives|make|makes|allow|allows|send|sends|show|shows|teach|"
    r"teaches|pay|pays|treat|treats|take|takes|get|gets|offer|offers|tell|tells|remind|reminds|"
    r"charge|charges|reward|rewards)\s+(?P<you>you)(?![\w'’])",
    re.I,
)


_CLAUSE_BREAK = lazy(r"[,;:.!?—–]|\b(?:and|but|so|because|as|since|while|when|where|if|or)\b", re.I)


def refers_to_company(before: str, word: str = "they") -> bool:
    """Whether ``word`` ("they", "them", "they're" ...) after ``before`` (the words said before
    it) can be the company: not when the nearest thing it could refer back to is a plural thing
    just named ("the robots in your warehouses, they pick ..." -> the robots) or the company
    already called "you" ("your app, they ..."), nor a "them" in a clause whose subject is the
    company ("they pay them well"). A second subject "they" in a sentence whose first one was
    the company is the company again ("they train their drivers and they pay ..."). True when
    nothing is named before it."""
    sentence = re.split(r"[.!?;]\s", before)[-1]
    clause = re.split(r"[,:]|\b(?:and|but|so|because|which|who)\b", sentence)[-1]
    subjects = [
        m
        for m in re.finditer(r"(?i)(?<![\w'’])they(?:['’](?:re|ve|d|ll))?(?![\w'’])", sentence)
        if refers_to_company(sentence[: m.start()])
    ]
    if word.casefold() == "them":
        if re.search(r"(?i)(?<![\w'’])(?:they|you)(?![\w])", clause):
            return False  # "they pay them": the object is not the subject
    elif subjects:
        return True  # "they train ... and they pay ...": the same subject again
    # A thing it may refer back to is in an earlier clause: "the maps they released" is a
    # clause about the maps, whose "they" is whoever released them.
    things = [
        m.end() for m in _PLURAL_NAMED.finditer(before) if _CLAUSE_BREAK.search(before[m.end() :])
    ]
    company: list[int] = []
    for m in _REFERENT.finditer(before):
        if not m["company"]:
            continue
        if m["company"].casefold() == "their" or refers_to_company(
            before[: m.start()], m["company"]
        ):
            company.append(m.end())
        else:
            things.append(m.end())  # a "they" that was a thing: that thing again
    last_thing = max(things, default=-1)
    last_company = max(company, default=-1)
    last_you = max((m.end() for m in _REFERENT.finditer(before) if m["you"]), default=-1)
    nearest = max(last_thing, last_company, last_you)
    return nearest < 0 or nearest == last_company


def names_others(text: str) -> bool:
    """Whether ``text`` names people the company serves as the ones who act ("help small
    restaurants grow", "lets tutors set ..."), after whom a "they" may be theirs (see
    :func:`to_you`)."""
    return bool(_OTHERS.search(text))


def to_you(text: str, company: str = "", others: bool = False, context: str = "") -> str:
    """``text`` as said to the company: "I've used their gear" -> "I've used your gear",
    "they publish ..." -> "you publish ...", "a friend works there" -> "a friend works here",
    and "{company}'s launch" -> "your launch". Capitals are kept ("Their" -> "Your"). A
    "their" that belongs to people the company serves stays: "your work helping
    manufacturers prepare their first reports"; so does a "they" in a clause hanging off a
    noun or an event after them ("..., for example the kitchens where they can open"), in
    ``text`` or, with ``others``, in what was said before it (see :func:`names_others`). A
    "they" or "them" that refers back to a thing named (in ``text``, or in ``context``, the
    words said just before it) stays (see :func:`refers_to_company`)."""

    context = f"{context} " if context else ""
    # "they let you return anything": the "you" is anyone, and once "they" is "you" it would
    # read "you let you ...": said "people".
    text = _THEY_VERB_YOU.sub(
        lambda m: (
            m.group()[: m.start("you") - m.start()] + _ANYONE
            if refers_to_company(context + text[: m.start()], m["they"])
            else m.group()
        ),
        text,
    )
    whole = text
    offset = [0]  # where the clause being said starts in ``whole``

    def swap(match: re.Match[str]) -> str:
        word = match.group()
        # "... explains the news to children without talking down to them": a "them" or
        # "their" after people named in the same sentence is theirs, never "you" (which would
        # say it of the interviewer); kept as typed, since turning it is unsafe.
        if word.casefold() in _THEIRS_AFTER_PEOPLE and people_before(
            context + whole[: offset[0] + match.start()], word
        ):
            return word
        # A "they" or "them" that refers back to a thing just named is that thing: "the robots
        # in your warehouses, they pick ..." never becomes "you pick ...".
        if word.casefold() in _THEY_FORMS and not refers_to_company(
            context + whole[: offset[0] + match.start()], word
        ):
            # "... and they open sourced their nav stack": a subject whose own clause says
            # "their" of what it owns is the company that "their" is said to ("you open-sourced
            # your nav stack"), never "they ... your" in one clause.
            rest = whole[offset[0] + match.end() :]
            clause_rest = re.split(r"[.!?;,:]|\b(?:and|but|so|because|which|who)\b", rest)[0]
            if not (
                word.casefold().startswith("they")
                and re.search(r"(?i)(?<![\w'’])their(?!\s+own\b)(?![\w'’])", clause_rest)
            ):
                return word
        new = _YOU[word.casefold()]
        return new[0].upper() + new[1:] if word[0].isupper() else new

    named = [True] if others else []  # people the company serves named in a clause before

    def said(clause: re.Match[str]) -> str:
        offset[0] = clause.start()
        part = clause.group()
        others = _OTHERS.search(part)
        # "help small restaurants grow, for example kitchens where they can open ...": once
        # they are named, a "they" in a clause hanging off a noun or an event ("where they",
        # "so they", "once their ...") is still theirs; the company's own "they" is the subject
        # of a main clause ("..., and they publish ...").
        after = _OTHERS_AGAIN.search(part) if named else None
        if after is not None and (others is None or after.start() < others.start()):
            others = after
        if others is None:
            return _YOU_WORDS.sub(swap, part)
        named.append(True)
        # "helping manufacturers prepare their reports": from there on, "their" is theirs.
        return _YOU_WORDS.sub(swap, part[: others.start()]) + part[others.start() :]

    text = _CLAUSE.sub(said, text)
    text = _THERE.sub(lambda m: f"{m.group(1)} here", text)
    # "its commitment to impartial news", "I admire its archive": an "its" with nothing named
    # before it to own it is the company's; "the app and its design" keeps its owner.
    text = _ITS_FIRST.sub(lambda m: m["lead"] + ("Your" if m["its"][0] == "I" else "your"), text)
    name = strip_end(company).rstrip(".")
    if name:
        text = re.sub(re.escape(name) + r"\.?['’]s\b", "your", text, flags=re.I)
    return company_addressed(text, company).replace(_ANYONE, "people")


# What the company does, said with it as the subject ("the work Infosys is doing", "why Verdant
# Grid built it"): said to its own people, "you" does it. "is" -> "are", "has" -> "have", a
# verb of the present in "-s" from this list loses it; a past or a modal stays.
_CO_AS_YOU = {
    "is": "are",
    "was": "were",
    "has": "have",
    "does": "do",
    "isn't": "aren't",
    "wasn't": "weren't",
    "hasn't": "haven't",
    "doesn't": "don't",
}
_CO_DOES = _wordset(
    "uses builds runs plans hires trains works approaches handles tests ships makes takes thinks"
    " manages supports serves measures tracks invests focuses treats onboards structures"
    " organises organizes designs develops delivers partners sells creates leads grows helps"
    " keeps lets gives offers brings sees solves scales launches prices ranks mentors rotates"
    " recruits promotes"
)
_CO_DID = _wordset(
    "will would can could should might must may built made grew began started ran took chose"
    " brought set went did got kept led won put sold spent moved launched created designed"
    " developed rolled shipped used hired trained scaled acquired opened bought invested"
)


def company_addressed(text: str, company: str = "") -> str:
    """``text`` said to the company's own people, with the company named as the one that acts
    said as "you": "the work that Infosys is doing on cloud" -> "the work that you're doing on
    cloud"; "why Verdant Grid built it in house" -> "why you built it in house"; "how Infosys
    builds its platform" -> "how you build your platform" (its "its" after it is "your");
    "{company}'s" -> "your"; "the {company} team" -> "your team". A name that does nothing
    ("interested in Infosys", "the Infosys Nia platform") stays."""
    name = strip_end(company).rstrip(".").strip()
    if not name or not text:
        return text
    said = re.sub(
        rf"(?<![\w'’])(?:the\s+)?{re.escape(name)}\.?\s+(team|people)\b",
        r"your \1",
        text,
        flags=re.I,
    )
    said = re.sub(
        rf"(?<![\w'’]){re.escape(name)}\.?['’]s\b(?!\s+(?:been|got|going)\b)", "your", said
    )
    subject = re.compile(
        rf"(?<![\w'’])(?:the\s+)?{re.escape(name)}\.?(?:\s+(?:team|people))?\s+"
        r"(?P<also>(?:also|now|still|really|actually|already|just)\s+)?(?P<verb>[A-Za-z'’]+)\b"
    )

    def swap(found: re.Match[str]) -> str:
        verb, low = found["verb"], found["verb"].casefold().replace("’", "'")
        also = found["also"] or ""
        after = said[found.end() :]
        if low in _CO_AS_YOU and re.match(r"\s+(?:a|an|the|one|such)\b", after, re.I):
            return found.group()  # "Infosys is a great place": what it is, not what it does
        if low in _CO_AS_YOU:
            if low == "is" and not also and re.match(r"\s+\w+ing\b", after):
                new = "you're"
            else:
                new = f"you {also}{_CO_AS_YOU[low]}"
                return _co_capital(new, found, said)
            return _co_capital(new, found, said)
        # Any other present in "-s" when what follows is what a verb takes ("shares its
        # forecasts", "puts customers first" is not read, "clients use" stays a noun).
        takes = re.match(
            r"\s+(?:its|the|a|an|their|them|it|our|my|your|to|with|in|on|for|up|out|more|"
            r"every|each|all|new|real|\w+ly)\b",
            after,
            re.I,
        )
        if low in _CO_DOES or (
            takes and len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is"))
        ):
            stem = low[:-3] + "y" if low.endswith("ies") else low[:-1]
            if low.endswith(("ches", "shes", "sses", "xes", "zes", "cuses")) or low == "does":
                stem = low[:-2]
            return _co_capital(f"you {also}{stem}", found, said)
        if low in _CO_DID:
            return _co_capital(f"you {also}{verb}", found, said)
        return found.group()

    out, last = [], 0
    for found in subject.finditer(said):
        new = swap(found)
        out.append(said[last : found.start()])
        if new != found.group():
            # Its "its" later in the same clause is theirs too: "building its platform".
            rest_end = re.search(r"[.;!?]|,\s+(?:and|but)\b", said[found.end() :])
            end = found.end() + (rest_end.start() if rest_end else len(said) - found.end())
            tail = re.sub(r"(?<![\w'’])its(?![\w'’])", "your", said[found.end() : end], count=1)
            out.append(new + tail)
            last = end
        else:
            out.append(new)
            last = found.end()
    out.append(said[last:])
    return "".join(out)


def _co_capital(new: str, found: re.Match[str], text: str) -> str:
    """``new`` capitalised where it starts a sentence after another one ("... on banks. You
    train ..."); at the very start of ``text`` it is lower case, as ``text`` is a piece said
    after other words ("What drew me here is that you ...")."""
    before = text[: found.start()].rstrip()
    starts = bool(before) and before[-1] in ".!?"
    return new[:1].upper() + new[1:] if starts else new


# The forms of "they" that may belong to people named before them in the sentence.
_THEIRS_AFTER_PEOPLE = frozenset(["them", "themselves", "their", "theirs"])
# Plurals of people that take no "s" ending or none of the people endings.
_PEOPLE_IRREGULAR = _wordset(
    "children kids teens teenagers pupils patients viewers readers listeners fans families"
    " audiences communities learners members residents citizens adults seniors youngsters"
    " players gamers creators artists musicians drivers riders guests shoppers travellers"
    " travelers volunteers refugees nurses doctors carers caregivers victims survivors"
    " customers consumers subscribers pensioners beginners developers employees workers"
    " farmers teachers parents grandparents owners landlords tenants callers visitors"
    " members patients mums dads"
)
_PEOPLE_WORD = lazy(r"(?<![\w'’-])[a-z][a-z'’-]*[a-z](?![\w'’-])", re.I)


def people_before(before: str, word: str = "them") -> bool:
    """Whether the sentence ``before`` ends (the words said before ``word``, a "them" or a
    "their") names people other than the company, that the word can be about: "explains the
    news to children without talking down to" -> True ("children"); "I've used" -> False. A
    "them" may be any plural of people ("pensioners"); a "their" only people named as such
    ("teenagers", "customers"), since "the scanners in their stores" is the company's."""
    sentence = re.split(r"[.!?;]\s", before)[-1]
    loose = word.casefold().startswith("them")
    for match in _PEOPLE_WORD.finditer(sentence):
        low = match.group().casefold()
        if low in _PEOPLE_IRREGULAR or low in _PEOPLE_PLURALS:
            return True
        if loose and len(low) > 5 and low.endswith(_PEOPLE_ENDINGS) and low not in _NOT_PEOPLE:
            return True
    return False


# Words with a people ending that name things: "offers", "papers", "events", "documents".
_NOT_PEOPLE = _wordset(
    "offers papers numbers orders layers filters letters chapters matters covers centers"
    " centres computers servers containers features posters stickers folders headers sliders"
    " events moments documents comments payments segments assignments experiments investments"
    " components departments elements instruments statements requirements improvements"
    " tournaments ornaments garments governments treatments apartments markets sectors"
    " factors errors mirrors doors floors colors colours vectors motors monitors tutorials"
    " materials"
)


def company_as_you(text: str, company: str = "") -> str:
    """A kind of work or an example said to the company, where only what is plainly the
    company's becomes "your": a leading "their" ("their data team" -> "your data team") and
    "{company}'s" -> "your". Any other "they" or "their" is someone else's and stays: "why they
    quit" (users), "their churn" in "figuring out their churn" (customers)."""
    text = re.sub(r"^(T|t)heir\b", lambda m: "Your" if m.group(1) == "T" else "your", text)
    name = strip_end(company).rstrip(".")
    if name:
        text = re.sub(re.escape(name) + r"\.?['’]s\b", "your", text, flags=re.I)
    return text


# Said to the person it is about, "he", "she" and "they" are "you": "his team" -> "your team",
# "her tip" -> "your tip", "she said" -> "you said", "he is" -> "you are".
_TO_PERSON = {
    **_YOU,
    "he": "you",
    "she": "you",
    "him": "you",
    "his": "your",
    "himself": "yourself",
    "herself": "yourself",
    "he's": "you're",
    "he’s": "you’re",
    "she's": "you're",
    "she’s": "you’re",
    "he'd": "you'd",
    "she'd": "you'd",
    "he'll": "you'll",
    "she'll": "you'll",
}
_PERSON_WORDS = lazy(
    r"\b(?:"
    + "|".join(map(re.escape, sorted(_TO_PERSON, key=len, reverse=True)))
    + r"|her)(?![\w'’])",
    re.I,
)
_AGREE = {"is": "are", "was": "were", "has": "have", "does": "do", "doesn't": "don't"}
# After "her": a word that ends a phrase, so "her" is the object ("told her about"), not "her tip".
_NOT_OWNED = _wordset(
    "about to for from with at in on of and or but that how what when if so as by the a an"
)


_HE = frozenset({"he", "him", "his", "himself", "he's", "he’s", "he'd", "he’d", "he'll", "he’ll"})
_SHE = frozenset({"she", "her", "herself", "she's", "she’s", "she'd", "she’d", "she'll", "she’ll"})


# Plurals of people (or of groups of them) a "they" may be about: "the best SDRs", "new hires",
# "customers", "engineers", "teams". A plural of things ("the data quality issues in their
# pricing feed") leaves "their" to the person the note is to.
_PEOPLE_PLURALS = _wordset(
    "people folks staff children men women others everyone everybody hires reps clients users"
    " students candidates grads graduates peers colleagues founders teams companies firms"
    " brands startups businesses agencies banks schools universities parents kids buyers"
    " partners vendors prospects leads analysts scientists specialists"
)
_PEOPLE_ENDINGS = ("ers", "ors", "ists", "ants", "ents", "ians", "ees")


# Words ending in "s" that are no plural: "this", "always", "business", "analysis".
_NOT_PLURAL = _wordset(
    "is was has does this his hers its us yours ours theirs always perhaps unless whereas news"
    " series species analysis basis crisis thesis status plus across less sometimes afterwards"
    " towards besides"
)


# A group of people named as one ("the Sustainability Cloud team"): a "they" after it is that
# group, never the person the note is to (see _named_group).
_GROUPS = _wordset("team unit group department division squad org organisation organization")
_OWNERS = _wordset("his her their your my our its")


def _named_group(before: str) -> bool:
    """Whether the group word after ``before`` names a group other than the person's own: "the
    Sustainability Cloud team", "another team" (a determiner and a name, or "another"); never "his
    data team", "your team" or a bare "the team" (theirs, as likely as not)."""
    words = _WORD.findall(before)[-4:]
    for back, word in enumerate(reversed(words)):
        low = word.casefold()
        if low in _OWNERS:
            return False
        if low in ("another", "other"):
            return True
        if low in ("the", "a", "an", "that"):
            return back > 0
    return False


def _first_plural(text: str, people: bool) -> int:
    """Where ``text`` first speaks of several people ("the best SDRs", "new hires",
    "customers", "people", or a group not the person's own: "the Sustainability Cloud team"),
    or, unless ``people``, of several of anything ("interviews"): the offset of that word, or
    past the end when it has none."""
    for found in re.finditer(r"[A-Za-z][\w'’]*", text):
        word = found.group()
        low = word.casefold()
        if low in _GROUPS and _named_group(text[: found.start()]):
            return found.start()
        acronym = len(word) > 2 and word[:-1].isupper() and word.endswith("s")  # "SDRs"
        if acronym or low in _PEOPLE_PLURALS or (len(low) > 4 and low.endswith(_PEOPLE_ENDINGS)):
            return found.start()
        thing = len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is"))
        if not people and thing and low not in _NOT_PLURAL and low not in _TO_PERSON:
            return found.start()
    return len(text) + 1


# Someone else a "they" in a detail may stand for: "his manager", "her old colleague".
_OTHER_ONE = lazy(
    r"\b(?:his|her|their|your|my|a|the)\s+(?:\w+\s+)?(?:manager|boss|colleague|friend|mentor|"
    r"wife|husband|cousin|sister|brother|teammate|coworker|co-worker|recruiter)\b",
    re.I,
)


def to_person(text: str, only: str = "") -> str:
    """``text`` as said to the person it is about: "his team uses the data" -> "your team uses
    the data", "her tip to learn dbt" -> "your tip to learn dbt", "she said we should" -> "you
    said we should", "he is hiring" -> "you are hiring". Capitals are kept ("His" -> "Your").
    ``only`` ("he" or "she") is the person's own pronoun: the other one is someone else and
    stays ("she said he runs it" -> "you said he runs it")."""
    other = _HE if only == "she" else _SHE if only == "he" else frozenset()
    # "They" is the person, or the person's team ("he told me about their genAI project":
    # "your genAI project"), only until a plural the words speak of comes first: "her point
    # that the best SDRs ask more questions than they pitch" keeps "they"; so does "their tip
    # that customers buy when they trust". With someone else in the words (the other
    # pronoun, or "his manager"), "they" may be them, and stays.
    said = {w.casefold().replace("’", "'").split("'")[0] for w in _WORD.findall(text)}
    gendered = bool(said & other) or bool(_OTHER_ONE.search(text))
    # "their" waits for a plural of people ("issues in their feed" is still theirs); "they"
    # for a plural of anything ("interviews go better when they feel like chats").
    owner_at, subject_at = _first_plural(text, True), _first_plural(text, False)

    def swap(match: re.Match[str]) -> str:
        word = match.group()
        key = word.casefold()
        if key in other:
            return word
        plural_at = owner_at if key in ("their", "theirs") else subject_at
        if key in _YOU and (gendered or match.start() > plural_at):
            return word
        if key == "her":
            after = re.match(r"\s+\W*(\w+)", text[match.end() :])
            # Opening the words, "her" owns what follows ("her on call setup"): no object
            # comes first in a phrase.
            first = not text[: match.start()].strip(" \"'“‘")
            owned = after is not None and (first or after.group(1).casefold() not in _NOT_OWNED)
            new = "your" if owned else "you"
        else:
            new = _TO_PERSON[key]
        return new[0].upper() + new[1:] if word[0].isupper() else new

    def agree(match: re.Match[str]) -> str:
        if match.group(1).split()[0].casefold() in other:
            return match.group()
        verb = match.group(2)
        low = verb.casefold()
        if low in _AGREE:
            new = _AGREE[low]
        elif re.search(r"(?:sh|ch|x|ss|o)es$", low):
            new = verb[:-2]
        elif re.search(r"[^aeiou]ies$", low):
            new = verb[:-3] + "y"
        elif low.endswith("s") and not low.endswith(("ss", "us", "is")):
            new = verb[:-1]
        else:
            return match.group()
        return match.group(1) + new

    subject = re.compile(r"(\b(?:he|she)\s+(?:also\s+|always\s+|really\s+)?)([a-z’']+)\b", re.I)
    text = subject.sub(agree, text)
    return _PERSON_WORDS.sub(swap, text)


# -- clause or noun phrase -------------------------------------------------------------------

# Words a clause starts with (its subject): "you said ...", "they publish ...".
SUBJECTS = _wordset(
    """
    i i'm i've i'd i'll we we're we've we'd we'll they they're they've they'd they'll you
    you're you've you'd you'll it it's he he's she she's there's everyone everybody someone
    somebody nobody everything
    """
)
# Finite verbs common in what students write about a company; a noun phrase rarely holds one
# before its first comma or relative word.
_VERBS = _wordset(
    """
    is are was were has have had does do did seems seem seemed looks looked feels felt makes
    made works worked sells sold builds built gives gave offers offered lets helps helped uses
    used values cares treats puts runs ran hires hired invests publishes published supports
    supported focuses focused leads led won wins grew grows became stands stood takes took
    talked spoke showed shows believes believe believed creates created designs designed
    develops developed pays paid keeps kept turned turns started starts launched launches
    says tells told recommends recommended mentioned interned loved enjoyed joined studied
    learned learnt taught
    """
)
_NP_BREAK = _wordset("that which who whom whose where when how what why way because if")
_LIKING = lazy(
    r"^(?:i\s+|we\s+)?(?:(?:really|just|genuinely|absolutely|truly|honestly)\s+)?"
    r"(?:(?:'m|am)\s+)?"
    r"(?:love|loved|like|liked|admire|admired|enjoy|enjoyed|appreciate|respect|adore|"
    r"(?:i'm|i am)\s+(?:drawn to|excited (?:about|by)|impressed (?:by|with)|inspired by)|"
    r"drawn to|excited (?:about|by)|impressed (?:by|with)|inspired by)\s+",
    re.I,
)
_SECOND_SUBJECT = lazy(r"(?:,|\band|\bbut|\bso|;)\s+(?:i|i've|i'm|i'd|we|they|it)\b", re.I)


def _words(text: str) -> list[str]:
    return [w.casefold().replace("’", "'") for w in _WORD.findall(text)]


def is_clause(text: str) -> bool:
    """Whether ``text`` is a clause ("they publish their research", "their mission is bold",
    "a friend works there") rather than a noun phrase ("their open data", "how they treat
    customers", "the launch that they announced")."""
    words = _words(strip_lead(text))
    if not words:
        return False
    if words[0] in SUBJECTS:
        return True
    for word in words:
        if word in _NP_BREAK:
            return False
        if word in _VERBS:
            return True
    return False


def noun_phrase(text: str) -> str:
    """A typed answer ready to sit mid-sentence as a noun phrase: tidy, without emoji, leading
    filler or a wish's frame ("I'd like to work in data" -> "data"), without end punctuation,
    and with a leading ordinary word lower-cased."""
    text = strip_lead(written(strip_emoji(text)))
    text = _WISH.sub("", text, count=1)
    text = re.sub(r"^my best work (?:is|would be)\s+(?:in\s+)?", "", text, flags=re.I)
    text = _SOMETHING.sub("", text, count=1)
    text = re.sub(r"^(?:in|on)\s+(?=\w)", "", text, flags=re.I)
    text = _HEDGE.sub("", strip_end(text))
    return lower_first(strip_end(strip_lead(plain_kind(text))))


# Slang for "that kind of work" after a field: "data stuff", "marketing-y things", "the data
# side of things", "data related stuff", "data kinda stuff".
_STUFF = lazy(
    r"(?:[\s-]+(?:related|type|kind|sort|kinda|sorta|ish|y))*\s+(?:of\s+)?(?:stuffs?|things)$"
    r"|\s+side\s+of\s+things$",
    re.I,
)


def plain_kind(text: str) -> str:
    """A kind of work typed as slang said plainly: "data stuff" -> "data work", "the analytics
    side of things" -> "the analytics work"; "stuff" or "things" alone stays (there is no field
    to name)."""
    text = re.sub(r"\b(?:kinda|sorta)\s+", "", text, flags=re.I)
    cut = _STUFF.sub("", text).strip()
    return f"{cut} work" if cut and cut != text.strip() else text


# The last word of a job title: "a data analyst" names a role, not a kind of work.
_PERSON = lazy(
    r"\b(?:analyst|designer|engineer|developer|manager|scientist|researcher|consultant|"
    r"coordinator|specialist|strategist|marketer|writer|planner|recruiter|accountant|architect|"
    r"administrator|associate|representative|officer|assistant|advisor|adviser|editor|"
    r"producer|technician|lead|executive|director|programmer|tester)s?$",
    re.I,
)


# Initialisms of fields and teams, as they are written ("ux" -> "UX"). Not "it" or "pr",
# which are words too.
ACRONYMS = {
    a.casefold(): a
    for a in [
        "UX",
        "UI",
        "HR",
        "QA",
        "SEO",
        "SEM",
        "CRM",
        "ERP",
        "AI",
        "ML",
        "BI",
        "SQL",
        "API",
        "CX",
        "B2B",
        "B2C",
        "SaaS",
        "ESG",
        "R&D",
        "NLP",
        "GIS",
        "DEI",
        "CSR",
        "KPI",
        "OKR",
        "GTM",
        "PPC",
        "A/B",
        "HCI",
        "AWS",
        "GCP",
        "ETL",
        "HTML",
        "CSS",
        "iOS",
        "DevOps",
    ]
}
_ACRONYM = lazy(
    r"(?<![\w&])(?:" + "|".join(map(re.escape, sorted(ACRONYMS, key=len, reverse=True))) + r")"
    r"(?![\w&])",
    re.I,
)


def acronyms(text: str) -> str:
    """``text`` with the initialisms of fields written in capitals: "work like ux" -> "work
    like UX", "saas sales" -> "SaaS sales"."""
    return _ACRONYM.sub(lambda m: ACRONYMS[m.group().casefold()], text)


def work_area(text: str) -> str:
    """A kind of work, for "my best work is in {x}": the noun phrase, with a job title made
    into roles ("a data analyst" -> "data analyst roles"; "UX research" stays)."""
    phrase = noun_phrase(text)
    if _PERSON.search(phrase) and len(phrase.split()) <= 4:
        phrase = re.sub(r"^(?:an?|the)\s+", "", phrase, flags=re.I)
        phrase = re.sub(r"s$", "", phrase) + " roles"
    return acronyms(phrase)


def clause(text: str) -> str:
    """``text`` as a clause to follow "that" or "because": tidy, no emoji, no leading filler
    or "because"/"that", no end punctuation, a leading ordinary word lower-cased."""
    text = strip_lead(written(strip_emoji(text)))
    text = re.sub(r"^(?:because|cause|'cause|as|since|that)\s+", "", text, flags=re.I)
    return lower_first(strip_end(text))


# Where a typed answer breaks into parts: a dash, a semicolon or a colon.
_PART_BREAK = lazy(r"\s+[—–-]+\s+|\s*[—–]\s*|\s*[;:]\s+")
COMPLEMENT_WORDS = 14  # words: a longer answer in parts is said by its first part


# A contrastive tail that takes back what came before: ", but I am not so sure about the
# culture", "; however the pay is low", " though I have doubts", " although ...".
_RESERVATION = lazy(
    r"(?:\s*[,;]\s*|\s+)(?:but(?!\s+also\b)|however|though|tho|although|even though)\b.*$",
    re.I | re.S,
)


def without_reservation(text: str) -> str:
    """``text`` less a reservation at its end, which must never be said to the company:
    "their imaging products, but I am not so sure about the culture" -> "their imaging
    products". The text unchanged when the tail would leave nothing before it."""
    found = _RESERVATION.search(text)
    if found is None or not text[: found.start()].strip():
        return text
    return text[: found.start()].rstrip(" ,;:-")


def complement(text: str, company: str = "") -> str:
    """What follows "What draws me to X is ...", said to the company: a noun phrase ("your
    repair programme"), or "that" and a clause ("that I've used your gear for years and I love
    your repair programme"). "" when nothing is left."""
    text = without_reservation(strip_lead(written(strip_emoji(text))))
    text = re.sub(
        r"^what (?:draws|drew|attracts|attracted) me(?: to .*?)? (?:is|was)\s+",
        "",
        text,
        flags=re.I,
    )
    text = re.sub(r"^(?:is|was)\s+", "", text, flags=re.I)
    # A long answer in several parts ("their open-science policy — every study they fund has
    # to ..., and I heard ..."): its first part alone, which decides "is X" or "is that X".
    first, *rest = _PART_BREAK.split(strip_end(text), maxsplit=1)
    if rest and first.strip() and len(text.split()) > COMPLEMENT_WORDS:
        text, rest = first.strip(), []
    headed = bool(rest) and first.strip() != "" and not is_clause(first)
    if re.match(r"^(?:because|cause|'cause|since|that)\s", text, re.I):
        body = to_you(clause(text), company)
        return f"that {body}" if body else ""
    liked = _LIKING.sub("", text, count=1)
    if liked != text and not _SECOND_SUBJECT.search(liked):
        text = liked  # "I love their open data" -> "their open data"
    if is_clause(text) and not headed:
        body = to_you(clause(text), company)
        return f"that {body}" if body else ""
    return lower_first(to_you(strip_end(text), company))


# A chatty answer that runs into a second thought with no subject after a comma: "i love the
# app, used it for 400 days ...". No "What draws me to X is ..." can take it as typed.
_RUN_ON = lazy(
    r",\s+(?:(?:have|had|has|been|also|even|always|literally|just|actually)\s+)*"
    r"(?:[a-z]{3,}ed|used|been|got|went|made|saw|did|tried|use|using|love|like|follow|know|"
    r"knew|grew|spent|met|read|watched|heard)\s+"
    r"(?:it|them|this|that|their|its|the|for|since|every|a|an|there|all|about|my)\b"
    r"|,\s+(?:(?:have|had|been|also|even|always|literally|just|actually)\s+)*"
    r"(?:listened|listen|talked|went|been|moved|switched|subscribed|signed up)\s+(?:to|on|for)\b",
    re.I,
)


def shapes_as_complement(text: str, company: str = "") -> bool:
    """Whether ``text`` can follow "What draws me to X is" (see :func:`complement`): something
    is left, and it does not run into a second thought without a subject ("the app, used it
    for 400 days and ..."), which would be pasted in as chat."""
    said = complement(text, company)
    return bool(said) and not _RUN_ON.search(said)


def spoken(text: str, to_company: bool = False, company: str = "") -> str:
    """``text`` as a whole sentence to say aloud: no emoji or leading filler, the first letter a
    capital, one end mark ("?" kept for a question, else a full stop). With ``to_company``
    it is said to the company's people: "their" -> "your" (see :func:`to_you`)."""
    text = strip_lead(written(strip_emoji(text)))
    if to_company:
        text = to_you(text, company)
    question = tidy(text).rstrip().endswith("?")
    body = upper_first(strip_end(text))
    if not body:
        return ""
    if question:
        return body + "?"
    return body if _ends_with_abbreviation(body) else body + "."


# -- an example of the student's work --------------------------------------------------------

# Openers that set a scene ("For my capstone, ...", "Last summer I ...", "At Acme I ..."): the
# answer is already a sentence of its own and "For example," in front of it would stutter.
_FRAME = lazy(
    r"^(?:for|in|at|during|while|when|as|last|this|over|on|through|after|before|since|"
    r"throughout|with|working|back|earlier|recently|once|two|three|four|five|several|"
    r"\d{4})\b",
    re.I,
)
# A note-to-self that starts with what was done: "Built a dashboard", "Managed our budget".
_DID = lazy(
    r"^(?:built|led|ran|made|wrote|taught|won|grew|cut|sold|drove|gave|took|found|got|kept|"
    r"brought|began|spent|held|met|spoke|oversaw|bought|became|chose|rebuilt|rewrote|undertook|"
    r"set up|put together)\b",
    re.I,
)
# A word ending in "-ed" counts only before an object: "Managed our budget", not "Embedded systems".
_DID_ED = lazy(
    r"^[a-z]{3,}ed\s+(?:a|an|the|my|our|their|his|her|its|this|that|these|those|over|more|"
    r"\d[\w%]*|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens|hundreds|"
    r"weekly|monthly|daily)\b",
    re.I,
)


def proof(text: str) -> tuple[str, str]:
    """An example of the student's work, shaped for a script, as ``(kind, words)`` with no end
    punctuation (the template adds it):

    - ``("own", "For my capstone, I built ...")``: it opens with its own frame; say it as is.
    - ``("example", "I built ...")``: to follow "For example,"; a note-to-self ("built a
      dashboard") gets its "I", a leading ordinary word is lower-cased.

    ``("example", "")`` when nothing is left. Shorthand is spelled out and names written
    right (see :func:`written`)."""
    text = strip_lead(written(strip_emoji(text)))
    if _FRAME.match(text) and not re.match(r"^\w+ (?:example|instance)\b", text, re.I):
        return "own", upper_first(strip_end(text))
    text = strip_end(text)
    if _DID.match(text) or _DID_ED.match(text):
        text = "I " + text[0].lower() + text[1:]
    return "example", lower_first(text)


# -- titles ----------------------------------------------------------------------------------


# Words a job title is shortened to in a job board or a chat, which are never said aloud so:
# "customer ops assoc" is the "customer operations associate" role. A word with two readings
# takes the noun of a person at the end of the title ("software eng" -> "software engineer")
# and the field before another word ("eng manager" -> "engineering manager").
_TITLE_SHORT = {
    "ops": "operations", "assoc": "associate", "asst": "assistant", "assist": "assistant",
    "mgr": "manager", "mngr": "manager", "mgmt": "management", "mktg": "marketing",
    "mkt": "marketing", "mkting": "marketing", "coord": "coordinator", "exec": "executive",
    "sr": "senior", "snr": "senior", "jr": "junior", "jnr": "junior", "rep": "representative",
    "reps": "representatives", "dept": "department", "biz": "business", "cust": "customer",
    "svc": "service", "svcs": "services", "intl": "international", "govt": "government",
    "spec": "specialist", "supv": "supervisor", "supvr": "supervisor",
    "swe": "software engineer", "sde": "software development engineer",
}  # fmt: skip
# Two readings: (the person, ending the title; the field, before another word).
_TITLE_SHORT_TWO = {
    "eng": ("engineer", "engineering"), "engr": ("engineer", "engineering"),
    "dev": ("developer", "development"), "acct": ("accountant", "account"),
    "acc": ("accountant", "account"), "analyt": ("analyst", "analytics"),
}  # fmt: skip
_TITLE_WORD = lazy(r"(?<![\w/&-])([A-Za-z]+)\.?(?![\w/&-])")


def spelled_title(text: str) -> str:
    """A job title with its shortened words written out, as it is said aloud: "Customer ops
    assoc" -> "Customer operations associate", "Sr. software eng" -> "Senior software
    engineer", "Business dev mgr" -> "Business development manager". A word in capitals
    ("OPS", "DEV") is an initialism and stays; the first letter's case is kept."""
    text = re.sub(r"(?i)\bdev\s*ops\b", "DevOps", text)  # one word, never "development operations"
    words = list(_TITLE_WORD.finditer(text))
    if not words:
        return text
    out: list[str] = []
    at = 0
    for index, match in enumerate(words):
        word = match.group(1)
        key = word.casefold()
        if (word.isupper() and len(word) > 1) or not (
            key in _TITLE_SHORT or key in _TITLE_SHORT_TWO
        ):
            continue
        if key in _TITLE_SHORT:
            full = _TITLE_SHORT[key]
        else:
            last = index == len(words) - 1 or text[match.end() :].lstrip().startswith(("(", ","))
            full = _TITLE_SHORT_TWO[key][0 if last else 1]
        if word[0].isupper():
            full = full[0].upper() + full[1:]
            if word.istitle() and len(words) > 1 and all(w.group(1)[0].isupper() for w in words):
                full = " ".join(part[0].upper() + part[1:] for part in full.split())
        out.append(text[at : match.start()] + full)
        at = match.end()
    return "".join(out) + text[at:]


def role_label(text: str) -> str:
    """A role as typed, less what is not part of its title, for a label or to store: "um its
    the tech risk consulting analyst role lol 😅" -> "Tech risk consulting analyst";
    shortened words written out ("customer ops assoc" -> "Customer operations associate", see
    :func:`spelled_title`) and a slash between words said "and". Capitals typed are kept; the
    text as it is when nothing would be left."""
    cleaned = _title_core(_without_put_down(_without_hedge(strip_chat(strip_emoji(text)))))
    if not cleaned.strip():
        return text
    spelled = spoken_slashes(spelled_title(cleaned))
    if cleaned == text:  # only spelled out: the first letter as typed
        return spelled
    return upper_first(spelled)


def spoken_slashes(text: str) -> str:
    """``text`` with its slashes said as words, for a line read aloud: "UX research / design"
    -> "UX research and design", "research/design" -> "research and design", "and/or" ->
    "or". Initialisms joined by a slash ("UX/UI", "A/B", "CI/CD") stay as written."""
    text = re.sub(r"(?i)\band\s*/\s*or\b", "or", text)
    text = re.sub(r"(?<=\w)\s+/\s*(?=\w)|(?<=\w)\s*/\s+(?=\w)", " and ", text)
    return re.sub(r"\b([A-Za-z][a-z]{2,})/(?=[A-Za-z][a-z]{2,}\b)", r"\1 and ", text)


@functools.lru_cache(maxsize=512)  # pure; asked five times for one role per coach's note
def role_name(text: str) -> str:
    """A job title to sit in "the {x} role": no article in front, no "role" or "position" at
    the end, and the student's capitals kept as typed ("Inside Sales Representative", "Head of
    Sales", "inside sales representative"): a title is theirs to write, so its first word is
    never lower-cased."""
    text = _without_hedge(strip_chat(strip_emoji(text)))  # "coordinator i think?? 😅 lol"
    # Said in a sentence, a title has no brackets: "Production Coordinator (BBC Studios)" is
    # "the Production Coordinator role" (the label keeps them: see :func:`role_label`).
    # A short code in brackets is said as part of the title: "Support Engineer (L1)" -> "the
    # Support Engineer L1 role".
    text = _BRACKETED_CODE.sub(r" \1", _without_put_down(text))
    text = _BRACKETED.sub("", text).strip() or text
    return _without_org_tail(acronyms(spoken_slashes(spelled_title(_title_core(text)))))


_BRACKETED_CODE = lazy(r"\s+\(([A-Z0-9]{1,3}|[A-Z][0-9]{1,2})\)(?=\s|$)")
_BRACKETED = lazy(r"\s+(?:\([^()\[\]]*\)|\[[^()\[\]]*\](?!\())")

# A put-down of the role typed beside its title or in front of it: "account exec, basically
# sales", "admin assistant (just admin really)", "glorified call centre", "SDR aka cold
# calling", "basically a sales job". Never said to the interviewer: the title is kept, the
# put-down left out (see :func:`role_put_down`).
_DOWN_WORDS = (
    r"(?:(?:it'?s|it’s|its|which\s+is|so|but|i\.e\.?|=)\s+)?"
    r"(?:(?:basically|essentially|really|pretty\s+much|more\s+or\s+less|literally|"
    r"honestly)\s+)*"
    r"(?:(?:just|only|merely|nothing\s+but)\s+|(?:an?\s+)?glorified\s+|"
    r"(?:an?\s+)?fancy\s+(?:name|title|word)\s+for\s+|aka\s+|a\.k\.a\.?\s+)?"
)
_PUT_DOWN_MARK = lazy(
    r"(?i)\b(?:basically|essentially|just|only|merely|nothing\s+but|glorified|fancy\s+"
    r"(?:name|title|word)\s+for|aka|a\.k\.a|pretty\s+much|more\s+or\s+less)\b"
)
_PUT_DOWN_TAIL = lazy(
    r"(?i)(?:\s*[,;(]\s*|\s+[-–—]+\s+|\s+(?=(?:aka|a\.k\.a)\b))"
    r"(?P<down>" + _DOWN_WORDS + r"[^,;()]*?)\s*(?:really|lol|tbh)?\s*\)?\s*$"
)
_PUT_DOWN_LEAD = lazy(
    r"(?i)^(?P<down>(?:(?:it'?s|it’s|its|like)\s+)?(?:(?:basically|essentially|literally|"
    r"pretty\s+much)\s+)*(?:(?:just|only|merely)\s+)?(?:an?\s+)?(?:glorified\s+)?)(?=\S)"
)
# Hedges and fillers inside a title: "kinda a marketing role", "a sales type role".
_TITLE_FILLER = lazy(
    r"(?i)\b(?:kinda|sorta)\s+|(?<![\w\s])\s*\b(?:kind|sort)\s+of\s+(?=an?\s)"
    r"|(?<=\w)[- ]type\b(?=\s+(?:roles?|jobs?|positions?|posts?)\b)"
)


def role_put_down(text: str) -> str:
    """The put-down of the role typed with its title, as typed ("basically sales" of "account
    exec, basically sales lol", "glorified" of "glorified call centre job"); "" when the
    student typed none. A title never holds one: see :func:`role_name`."""
    text = strip_end(strip_chat(strip_emoji(str(text or ""))).replace("?", " ")).strip()
    tail = _PUT_DOWN_TAIL.search(text)
    if tail and tail.start() > 0 and _PUT_DOWN_MARK.search(tail["down"]):
        return strip_end(tail["down"].strip())
    lead = _PUT_DOWN_LEAD.match(text)
    if lead and _PUT_DOWN_MARK.search(lead["down"]) and text[lead.end() :].strip():
        # "just admin", "glorified call centre job": the words are the put-down as a whole.
        return re.sub(r"(?i)^(?:it'?s|it’s|its|like)\s+", "", text)
    return ""


def _without_put_down(text: str) -> str:
    """A title less the put-down typed beside it and its hedging fillers: "account exec,
    basically sales" -> "account exec", "just admin" -> "admin", "kinda a sales type role" ->
    "a sales role"; the text as it is when nothing would be left."""
    tail = _PUT_DOWN_TAIL.search(text)
    if tail and tail.start() > 0 and _PUT_DOWN_MARK.search(tail["down"]):
        text = text[: tail.start()]
    lead = _PUT_DOWN_LEAD.match(text)
    if lead and _PUT_DOWN_MARK.search(lead["down"]) and text[lead.end() :].strip():
        text = re.sub(r"(?i)\s+(?:really|honestly|tbh)$", "", text[lead.end() :])
    shorter = " ".join(_TITLE_FILLER.sub(" ", text).split())
    return shorter.strip(" ,;") or text


# What follows a title as a job ad writes it: ", BBC Studios", " at Monzo", " - NHS Digital"
# (an organisation), or ", Investment Banking" (the area of the job).
_AFTER_TITLE = lazy(r"(?P<sep>,\s*|\s+[-–—]\s+|\s+at\s+)(?P<tail>[^,()]+)$")
_ORG_WORD = lazy(
    r"\b(?:(?!(?:AI|ML|UX|UI|HR|IT|BI|QA|PR|ESG|CRM|SEO|GTM|FP&A)\b)[A-Z]{2,}[a-z]?|Studios?|Ltd|Limited|Inc|LLC|LLP|plc|PLC|Group|Labs?|Technologies|"
    r"Bank|Corp|Corporation|Company|Co|Holdings|Partners|Digital|Media|Trust|Foundation|"
    r"[Pp]ractice|[Tt]eam|[Dd]ivision|[Dd]epartment|[Uu]nit)\b\.?"
)


def _without_org_tail(title: str) -> str:
    """A title without the organisation typed after it ("Production Coordinator, BBC Studios"
    -> "Production Coordinator"; "Data Analyst at Monzo" -> "Data Analyst"), and with the
    area typed after a comma said before it ("Associate, Investment Banking" -> "Investment
    Banking Associate"), so that "the {x} role" never holds a comma."""
    found = _AFTER_TITLE.search(title)
    if found is None or found.start() == 0:
        return title
    head, tail, sep = title[: found.start()].strip(), found["tail"].strip(), found["sep"].strip()
    if sep == "at" or _ORG_WORD.search(tail):
        return head
    if sep == "," and _PERSON.search(head) and len(head.split()) <= 3 and len(tail.split()) <= 4:
        return f"{tail} {head}"
    return title


# A programme rather than a job: "Commercial graduate scheme", "Summer Analyst Internship".
_PROGRAMME = lazy(
    r"\b(?:scheme|programme|program|internship|apprenticeship|placement|traineeship|"
    r"fellowship|rotation|residency)$",
    re.I,
)


def the_role(text: str, noun: str = "role") -> str:
    """A role as a noun phrase for a sentence: "the Test Engineer role" (``noun`` "role"), "the
    Test Engineer position" (``noun`` "position"); a programme typed as the role ("Commercial
    graduate scheme", "Summer internship") is named as itself, never "the ... scheme role":
    "the Commercial graduate scheme". Capitals as typed; "" for an empty role."""
    name = role_name(text).strip()
    if not name:
        return ""
    return f"the {name}" if is_programme(name) else f"the {name} {noun}"


def is_programme(role: str) -> bool:
    """Whether a role as typed names a programme ("Commercial graduate scheme", "Summer
    internship") rather than a job, so that it is never followed by "role"."""
    return bool(_PROGRAMME.search(role_name(role).strip()))


def _title_core(text: str) -> str:
    """A title less the words typed around it: a lead-in ("i am going for", "applying for",
    "it's for", "the role is", "interviewing for", "its the"), an article, and a word after
    it that only says it is a job ("post", "position", "role", "job", "opening", "vacancy").
    A parenthesis stays: "Test Engineer (manual testing)" is how the title is written."""
    while True:
        shorter = _TITLE_LEAD.sub("", text, count=1)
        shorter = re.sub(r"^(?:the|an?)\s+(?=\S)", "", shorter, flags=re.I)
        shorter = _TITLE_TAIL.sub("", shorter)
        if shorter == text or not shorter.strip():
            return text
        text = shorter


# Words typed before a title: "i am going for", "i'm applying for the", "it's for a",
# "the role is", "interviewing for", "its", "um its the", "the post of", "a position as".
_TITLE_LEAD = lazy(
    r"^(?:(?:i\s+am|i'?m|i’m|am|we\s+are|i\s+was|i\s+will\s+be|i'?ll\s+be|"
    r"(?:i\s+have|i'?ve|i’ve|have)\s+been|i)\s+)?"
    r"(?:(?:going|applying|interviewing|shortlisted|selected|called|invited|up|in\s+line|"
    r"(?:have|got|had)\s+an\s+interview)\s+for|"
    r"applied\s+(?:for|to)|(?:it'?s|it’s|it\s+is|its)(?:\s+for)?|"
    r"(?:the\s+)?(?:role|position|post|job|title|opening)\s+(?:is|was|will\s+be)(?:\s+for)?|"
    r"(?:the\s+|an?\s+)?(?:role|position|post|job|vacancy|opening)\s+(?:of|as)|"
    r"for)\s+(?=\S)",
    re.I,
)
# Words typed after a title that only say it is a job: "... post", "... position lol".
_TITLE_TAIL = lazy(
    r"(?<=\S)\s+(?:role|position|job|post|opening|vacancy|profile)(?:\s+(?:at|with)\s+.*)?$",
    re.I,
)


def _without_hedge(text: str) -> str:
    """``text`` without a hedge typed after it ("i think", "maybe", "??", "(not sure)")."""
    text = strip_lead(text).replace("?", " ")
    while True:
        shorter = _TITLE_HEDGE.sub("", strip_end(text)).strip()
        if shorter == text:
            return strip_end(text)
        text = shorter


# A hedge typed after a title: "hiring manager for sales i think", "team lead?", "(not sure)".
_TITLE_HEDGE = lazy(
    r"[\s,;(]*(?:i think|i guess|i believe|i suppose|maybe|probably|perhaps|possibly|not sure|"
    r"i'?m not sure|or something(?: like that)?|or so|idk|\?+)\)?$",
    re.I,
)
# The people a title "for" a department can be turned around for: "manager for sales".
_FOR_TEAM = lazy(
    r"^(.*?\b(?:manager|lead|director|recruiter|interviewer|head|partner|supervisor|person))"
    r"\s+for\s+(?:the\s+)?([^\W\d_][\w&/\-]*(?:\s+(?!team$)[^\W\d_][\w&/\-]*)?)(\s+team)?$",
    re.I,
)


# Chat and frames typed in front of a name or a title: "omg ok so its sam lee", "her name is
# Joy", "he was the sales manager", "she's Sam". Removed from the start, repeatedly.
_FRAME_LEAD = lazy(
    r"^(?:(?:o+k+(?:ay)?|so|well|oh|ah+|um+|uh+|er+m?|hmm+|yeah|yes|right|also|actually|"
    r"i think|i guess|"
    r"i believe|maybe|probably|perhaps)(?![\w'’])[\s,.:;!-]*"
    r"|(?:it'?s|it’s|it is|it was|that'?s|that’s|that is|this is)\s+"
    r"|(?:(?:his|her|their|the)\s+)?name(?:['’]s|\s+is|\s+was)\s*:?\s*"
    r"|(?:he|she|they)(?:['’]s|\s+is|\s+was|\s+were|\s+are|['’]re)\s+"
    r"|(?:he|she|they)\s+(?:works|worked|is working)\s+as\s+"
    r"|(?:called|named)\s+)",
    re.I,
)


def strip_frame(text: str) -> str:
    """``text`` without the chat and frame typed in front of a name or a title: "omg ok so its
    sam lee" -> "sam lee", "he was the sales manager" -> "the sales manager", "her name is
    Joy Chen i think" -> "Joy Chen". Chat fillers anywhere and a hedge at the end go too (see
    :func:`strip_chat`); the text as it is when nothing would be left."""
    text = strip_chat(strip_emoji(text))
    text = _without_hedge(text) or text  # "priya nair i think"
    while True:
        shorter = _FRAME_LEAD.sub("", text, count=1).strip(" ,;:")
        if shorter == text or not shorter:
            return text
        text = shorter


def job_title(text: str) -> str:
    """Someone's job title as the student typed it, cleaned to sit in "the {x}" and "{x} (name
    unknown)": no emoji, no hedge ("i think", "maybe", "?"), no leading article, and "hiring
    manager for sales" turned around as "sales hiring manager". Capitals are kept; "" when
    nothing is left."""
    text = strip_frame(strip_lead(_without_hedge(strip_emoji(text))))
    text = re.sub(r"^(?:the|an?|their|his|her|some)\s+(?=\S)", "", text, flags=re.I)
    turned = _FOR_TEAM.match(text)
    if turned and len(turned.group(1).split()) <= 3:
        # The title now follows the team: its words in lower case, acronyms kept ("Hiring
        # manager for the CS team" -> "CS team hiring manager").
        title = " ".join(w if w.isupper() else w.lower() for w in turned.group(1).split())
        team = turned.group(2) + (" team" if turned.group(3) else "")
        text = f"{team} {title}"
    return strip_end(written(text))  # "head of ux" -> "head of UX", "mgr" -> "manager"


# What follows the kind of work without naming another: a qualifier ("ideally on the ...
# side"), an example ("for example FOI data", "e.g. ..."), an explanation ("so finding the
# story in the numbers", "i.e. building models", "which means ...", "basically ..."), what
# comes next ("and then making charts"), or a second name for it after a spaced slash
# ("dev relations / developer experience").
_GLOSS_LEAD = (
    r"(?:and\s+|but\s+)?(?:especially|specially|specifically|particularly|in particular|esp)"
    r"|ideally|preferably|probably|maybe|perhaps|or|and/or|such as|like|with a focus|focusing"
    r"|mainly|mostly|so|basically|for example|for instance|which|meaning|means|that is"
    r"|in other words|(?:and\s+)?then|(?:and\s+)?also|plus|as well as|along with"
    r"|rather than|instead of|but not"
)
# A piece that says what the work is not ("..., not sales", "rather than cold calling"):
# never named as part of it.
_NOT_WORK = r"(?:but\s+)?(?:not|never|rather than|instead of|except)\b"
_QUALIFIER = lazy(
    r"\s*(?:[,;(—–]|\s-\s|\s/|/\s|\b(?:" + _GLOSS_LEAD + r")\b|\b(?:e\.g|i\.e)(?:\.|\b)).*$",
    re.I,
)


def head(text: str) -> str:
    """The core of a phrase, without trailing qualifiers: "data analytics, ideally on the
    merchandising side" -> "data analytics". For slots where a long phrase would break the line,
    such as "our {x} team"."""
    phrase = noun_phrase(text)
    found = _BROAD_WITH_EXAMPLE.match(phrase)
    if found and not names_work(found["broad"]) and noun_phrase(found["example"]):
        # "data stuff, like forecasting", "data work, especially forecasting": the broad word
        # names no work anyone leads ("whoever leads data"); its example does ("forecasting").
        return acronyms(found["example"])
    if found and names_work(found["broad"]):
        return acronyms(found["broad"])  # "marketing stuff e.g. social media": "marketing"
    core = _QUALIFIER.sub("", phrase)
    return acronyms(_DEV_AREA.sub("developer", core or phrase))


# A broad field with the example the student gave of it: "data work, especially forecasting",
# "tech stuff, like UX research", "the data side e.g. forecasting".
_BROAD_WITH_EXAMPLE = lazy(
    r"^(?:the\s+)?(?P<broad>[\w-]+)(?:\s+(?:work|stuff|things|side))?,?\s+"
    r"(?:especially|such\s+as|like|e\.g\.|for\s+example)\s+(?P<example>[\w-]+(?:\s+[\w-]+){0,3})$",
    re.I,
)


# "dev relations", "dev experience": said in full in a note ("developer relations").
_DEV_AREA = lazy(r"(?i)\bdev(?=\s+(?:relations|experience|advocacy)\b)")


_TEAM_TAIL = lazy(
    r"\s+(?:team|teams|department|dept|group|function|side|squad|unit|division|hub|pod|cell|"
    r"vertical|tribe|chapter|CoE|CoEs|COE|cent(?:re|er)\s+of\s+excellence)(?:\s+(?:here|there))?$",
    re.I,
)
_ARTICLE = lazy(r"^(?:the|a|an|your|their|our|its|that|this)\s+", re.I)
# A word that already names a kind of work: "data analytics", "merchandising".
_WORK_NOUN = lazy(
    r"\b(?:work|analytics|analysis|engineering|management|design|research|marketing|sales|"
    r"operations|ops|science|support|development|strategy|finance|consulting|writing|testing|"
    r"security|policy|partnerships|communications|\w{3,}ing)$",
    re.I,
)


def names_work(text: str) -> bool:
    """Whether ``text`` ends with a word for a kind of work ("data analytics", "UX research",
    "onboarding"), not a name ("Sustainability Cloud")."""
    return bool(_WORK_NOUN.search(text.strip()))


_PREPOSITION = lazy(r"\s+(?:on|for|at|in|with|within|across|around|of|at)\s+.*$", re.I)


def work(text: str) -> str:
    """The kind of work the better fit is, to name in any sentence and to anyone: "the risk
    operations team, fraud detection on merchant payments" -> "risk operations and fraud
    detection"; "data analytics, ideally on the merchandising side" -> "data analytics". A
    team's name becomes its work (never another company's team); "" for an empty phrase."""
    phrase = noun_phrase(text)
    parts = [p.strip() for p in re.split(r"\s*(?:[,;]|\s[—–-]\s|—|–)\s*", phrase) if p.strip()]
    # A piece that only qualifies the one before ("..., esp fraud analytics") ends the work.
    for cut, part in enumerate(parts[:2]):
        if re.match(
            r"(?i)(?:" + _GLOSS_LEAD + r"|prob|e\.g|i\.e|ie|" + _NOT_WORK + r")(?:\b|(?<=\.))", part
        ):
            parts = parts[:cut]
            break
    kept: list[str] = []
    for index, part in enumerate(parts[:2]):
        core = _QUALIFIER.sub("", part) or part
        core = _ARTICLE.sub("", core)
        core = re.sub(r"(?i)\s+(?:stuff|things|thing)$", " work", core)  # "data stuff": data work
        # "dev relations": said in full in a note ("developer relations").
        core = _DEV_AREA.sub("developer", core)
        teamed = bool(_TEAM_TAIL.search(core))
        core = _TEAM_TAIL.sub("", core).strip()
        if teamed and not index and len(parts) == 1 and not _WORK_NOUN.search(core):
            core += " work"  # "the API platform team": "API platform work", never "API platform"
        if index:  # a second piece is said by its head: "fraud detection on merchant payments"
            core = _PREPOSITION.sub("", core).strip()
            if len(core.split()) > 4:
                break
        if core and core.casefold() not in (k.casefold() for k in kept):
            kept.append(core)
    if not kept:
        return head(text)
    return acronyms(" and ".join(kept))


# -- promises ---------------------------------------------------------------------------------

# How a promise is typed before what is promised: "I told Priya (that) I'll", "I said I'd",
# "I promised (Sam) (to)", "I'll", "I will", "I'm going to".
_MODAL = (
    r"(?:i\s*(?:'ll|’ll|'d|’d)|i\s+(?:will|would|shall|can|could)|i'?m\s+going\s+to"
    r"|i\s+am\s+going\s+to|id)"  # "told him id send ...": "id" typed for "I'd"
)
_PROMISE_LEAD = lazy(
    r"^\s*(?:(?:and\s+|also\s+|then\s+)?"
    r"(?:(?:i\s+)?(?:told|promised|assured|said\s+to|mentioned\s+to|wrote\s+to|texted|messaged)\s+"
    r"(?:[^\s,]+\s+){1,3}?(?:,\s*)?(?:that\s+)?" + _MODAL + r"\s+"
    r"|(?:i\s+)?let\s+(?:[^\s,]+\s+){1,3}?know\s+(?:that\s+)?" + _MODAL + r"\s+"
    r"|(?:i\s+)?(?:said|mentioned|offered|agreed)\s+(?:that\s+)?" + _MODAL + r"\s+"
    r"|i\s+(?:said|mentioned|offered|agreed|promised)\s+(?:(?:[^\s,]+\s+){1,3}?)?to\s+"
    r"|i\s+promised\s+(?:that\s+)?" + _MODAL + r"\s+"
    r"|(?:i\s+)?promised\s+(?:to\s+)?"
    r"|" + _MODAL + r"\s+(?:also\s+)?))",
    re.I,
)
# Verbs a promise often starts with once the lead is gone; "send", "give" take the person first.
_PROMISE_VERBS = _wordset(
    "send email mail forward share pass give show lend introduce connect refer recommend "
    "check look keep call meet follow get let take find read write book schedule review ask "
    "update text message reach tell try finish apply sign add put bring make do set think"
)
_TO_WHOM = _wordset("send email mail forward give show lend pass text message tell")
_OWN = {
    "my": "your",
    "me": "you",
    "mine": "yours",
    "myself": "yourself",
    "i": "you",
    "i'm": "you're",
}
_OBJECT = lazy(r"\b(him|her|them|his|their|my|me|mine|myself|i|i'm)(?![\w'’])", re.I)


# A deadline typed at the end of a promise ("... by Wednesday", "by tmrw", "before 4 Dec"): the
# follow-up shows the day it computed, so the typed one is not said again.
_DEADLINE_TAIL = lazy(
    r"[\s,]+(?:by|before|until|till|no later than|on)\s+(?:(?:this|next|the)\s+)?"
    r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*(?:\s+\d{1,2}(?:st|nd|rd|th)?"
    r"(?:\s+[a-z]{3,9})?|,?\s+[a-z]{3,9}\s+\d{1,2}(?:st|nd|rd|th)?)?|tomorrow|tmrw|today|tonight|eod|eow|end of (?:the |next |this )?"
    r"(?:day|week|month)|next week|\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}|[a-z]{3,9}\s+\d{1,2}"
    r"(?:st|nd|rd|th)?|\d{4}-\d{2}-\d{2})$"
    # Today said without a "by" ("I'll send her the article today", "... later today",
    # "... tonight"): the day, never part of the thing promised.
    r"|[\s,]+(?:(?:later|sometime)\s+)?(?:today|tonight|tdy|2day|this\s+(?:morning|afternoon|evening))$",
    re.I,
)


def deadline(text: str) -> str:
    """The deadline typed at the end of a promise, less its "by": "send the deck by Wednesday"
    -> "Wednesday"; "" when there is none."""
    found = _DEADLINE_TAIL.search(strip_end(text))
    if found is None:
        return ""
    return re.sub(
        r"^[\s,]*(?:(?:by|before|until|till|no later than|on)\s+)?", "", found.group(), flags=re.I
    )


def without_deadline(text: str) -> str:
    """``text`` without a deadline typed at its end: "Send Arjun the deck by Wednesday" ->
    "Send Arjun the deck"; the text as it is when nothing else would be left."""
    cut = _DEADLINE_TAIL.sub("", strip_end(text)).strip()
    return cut if cut else text


# A thing promised to someone, typed without its verb: "I promised Oliver an article",
# "promised him a copy of my thesis". Promising someone a thing is sending it to them.
_PROMISED_THING = lazy(
    r"^\s*(?:(?:and|also)\s+)?(?:i\s+)?promised\s+(?P<who>(?!to\b|that\b)[^\s,]+"
    r"(?:\s+[A-Z][\w'’-]*)?)\s+(?P<what>(?:an?|the|my|some|a\s+copy\s+of)\s+\S.*)$",
    re.I,
)


# "I say her that I will send", "I said him I'd": a second language's "say" with the person
# told, "told" meant.
_SAY_HER = lazy(
    r"\b(I|we)\s+(?:say|said)\s+(?=(?:her|him|them|you)\s+(?:that\s+)?(?:i|we)\b)", re.I
)
# Two things promised joined by a sign ("my dashboard + a short write-up", "my CV + cover
# letter", "the deck & my notes"): a note says "and".
_AND_SIGN = lazy(
    r"(?<=[\w)])\s+(?:\+|&(?=\s+(?:an?|the|my|some|our)\b))\s+(?=[\w(])|(?<=[a-z])\+(?=[a-z])",
    re.I,
)
# A write-up, a follow-up, a run-through: the noun is hyphenated ("a short write up").
_NOUN_UP = lazy(
    r"\b(?P<lead>(?:an?|the|my|your|our|short|quick|brief|full|detailed|written|proper)\s+)"
    r"(?P<verb>write|follow|run|read|sum|mock)\s*(?P<up>up|through)\b",
    re.I,
)
# "my thesis about solar panels costs": a plural noun before "costs" or "prices" is said in the
# singular ("solar panel costs"), as a modifier is; "sales costs", "goods prices" stay.
_PLURAL_MODIFIER = lazy(
    r"\b(?!(?:sales|goods|services|operations|systems|savings|earnings|news|logistics|"
    r"analytics|series|means|species|electronics|materials|utilities|clothes|jobs|sports)\b)"
    r"(?P<noun>[a-z]{3,}[^s'’\W])s\s+(?=(?:costs?|prices?)\b)"
)


def _promised_thing(words: str) -> str:
    """ "I promised Oliver an article" -> "I'll send Oliver an article"; "I say her that I will
    send ..." -> "I told her that I will send ..."; what is promised named as a note names it
    ("my dashboard + a short write up" -> "my dashboard and a short write-up"; "my thesis about
    solar panels costs" -> "... solar panel costs"); other words as they are."""
    words = _SAY_HER.sub(r"\1 told ", words)
    words = _AND_SIGN.sub(" and ", words)
    words = _NOUN_UP.sub(lambda m: f"{m['lead']}{m['verb']}-{m['up']}", words)
    words = _PLURAL_MODIFIER.sub(r"\g<noun> ", words)
    found = _PROMISED_THING.match(words)
    return f"I'll send {found['who']} {found['what']}" if found else words


def promise_todo(text: str, name: str = "") -> str:
    """A promise typed in the student's words as a to-do said to them, or "" when it cannot be
    read as one: "I told Priya I'll send my dashboard link" (to Priya Nair) -> "Send Priya your
    dashboard link"; "I said I'd send him the article" (to Marcus Lee) -> "Send Marcus the
    article"; "I promised to follow up" -> "Follow up". ``name`` is whom it was promised to."""
    # Typed fast ("told ravi ill share my github"): written out as the note's promise is.
    words = _promised_thing(
        strip_end(without_address(expand_shorthand(strip_emoji(text)))).strip().strip("“”\"'")
    )
    lead = _PROMISE_LEAD.match(words)
    rest = words[lead.end() :] if lead else words
    first = re.match(r"[A-Za-z]+", rest)
    if not first or first.group().casefold() not in _PROMISE_VERBS:
        return ""
    if not lead and first.group() != first.group().lower() and not rest[0].isupper():
        return ""
    person = ""
    if name:
        parts = [w for w in name.split() if w.lower().rstrip(".") not in _HONORIFICS]
        person = parts[0] if parts else name.split()[0]

    def swap(match: re.Match[str]) -> str:
        word = match.group()
        key = word.casefold().replace("’", "'")
        if key in _OWN:
            return _OWN[key]
        if not person:
            return word
        if key in ("his", "their"):
            return person + "’s" if "’" in text else person + "'s"
        if key == "her":
            after = re.match(r"\s+\W*(\w+)", rest[match.end() :])
            owned = after is not None and after.group(1).casefold() not in _NOT_OWNED | _DETERMINERS
            return person + "'s" if owned else person
        return person  # him, them

    said = _OBJECT.sub(swap, rest)
    # "share my portfolio with you", typed to them: a to-do names them ("with Rahul").
    said = re.sub(
        r"\b(to|with)\s+you(?![\w'’])", lambda m: f"{m[1]} {person or 'them'}", said, flags=re.I
    )
    if person:  # "send ana my link" -> "send Ana my link": their name as it is written
        said = re.sub(rf"\b{re.escape(person)}\b", person, said, flags=re.I)
    verb = first.group().casefold()
    if person and verb in _TO_WHOM and not re.search(rf"\b{re.escape(person)}\b", said):
        after = said[first.end() :].lstrip()
        if re.match(r"(?:over|across|along|through)\b", after, re.I):
            # "send over my deck": "Send over your deck to Tara", never "Send Tara over ..."
            # (before a deadline typed at its end: "... to Tara by Friday").
            tail = _DEADLINE_TAIL.search(after)
            cut = tail.start() if tail else len(after)
            said = f"{first.group()} {after[:cut].rstrip()} to {person}{after[cut:]}".rstrip()
        elif not re.match(r"(?:to|it|them|this|that)\b", after, re.I):
            said = f"{first.group()} {person} {after}".rstrip()
    return upper_first(names_written(acronyms(said.strip())))


# Days, months (not "may" or "march", which are words too) and languages: always capitalised.
_CALENDAR_AND_LANGUAGES = _wordset(
    """
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    January February April June July August September October November December
    English Spanish French German Italian Portuguese Dutch Polish Russian Turkish Greek Arabic
    Hebrew Persian Hindi Urdu Bengali Punjabi Tamil Telugu Marathi Gujarati Kannada Malayalam
    Mandarin Cantonese Chinese Japanese Korean Vietnamese Thai Indonesian Malay Tagalog Swahili
    """
)
# Product and platform names as they are written, whatever case they were typed in.
PRODUCT_NAMES = {
    n.casefold(): n
    for n in [
        "GitHub",
        "GitLab",
        "LinkedIn",
        "Tableau",
        "Looker",
        "Power BI",
        "Excel",
        "Python",
        "Jupyter",
        "Kaggle",
        "Notion",
        "Figma",
        "Google Docs",
        "Google Drive",
        "Dropbox",
        "Medium",
        "Substack",
        "JavaScript",
        "TypeScript",
        "PowerPoint",
        "Salesforce",
        "HubSpot",
        "Jira",
        "Airtable",
        "Google Sheets",
        "Google Analytics",
        "YouTube",
        "Instagram",
        "WhatsApp",
        "TikTok",
        "Twilio",
        "Kafka",
        "Kubernetes",
        "Databricks",
        "MongoDB",
        "PostgreSQL",
        "BigQuery",
        "Zapier",
        "Canva",
        "Shopify",
        "Zendesk",
        "Optimizely",
        *_CALENDAR_AND_LANGUAGES,
    ]
}
_PRODUCT = lazy(
    r"(?<![\w&])(?:"
    + "|".join(map(re.escape, sorted(PRODUCT_NAMES, key=len, reverse=True)))
    + r")(?![\w&])",
    re.I,
)


def names_written(text: str) -> str:
    """``text`` with products, days, months and languages named as they are written: "on
    github" -> "on GitHub", "by friday" -> "by Friday", "learning spanish" -> "learning
    Spanish"."""
    return _PRODUCT.sub(lambda m: PRODUCT_NAMES[m.group().casefold()], text)


# "in data team": a team named without an article gets "the" (a slip non-native writers make
# that reads wrong in an email); "in a team", "on Joy's team", "your data team" stay.
_BARE_TEAM = lazy(
    r"\b(in|on|to|with|from|at|for|of|join|joined|joining|lead|leads|led|runs?|manages?)\s+"
    r"(?!(?:the|a|an|your|my|his|her|their|our|its|this|that|every|each|any|some|one|another)\b)"
    r"((?:(?!(?:in|on|to|with|from|at|for|of|by|and|or|someone|somebody|anyone|people|me|you|"
    r"him|her|them|us)\b)[\w&/\-]+\s+){1,3})(team|department)\b",
    re.I,
)


def articled(text: str) -> str:
    """``text`` with "the" before a team or department named without a determiner: "introduce
    me to your manager in data team" -> "... in the data team"."""

    def add(match: re.Match[str]) -> str:
        named = match.group(2)
        if re.search(r"['’]s\s+$", named) or named.split()[0].casefold() in ("the", "a", "an"):
            return match.group()
        return f"{match.group(1)} the {named}{match.group(3)}"

    return _BARE_TEAM.sub(add, text)


# Verbs with a particle whose noun is written joined ("listener drop off" -> "listener
# drop-off", "a short write up" -> "a short write-up", "the follow up email" -> "the follow-up
# email"); as verbs ("users drop off", "I'll follow up") they stay apart.
PARTICLE_NOUNS = {
    "drop off": "drop-off",
    "follow up": "follow-up",
    "write up": "write-up",
    "sign up": "sign-up",
    "check in": "check-in",
    "kick off": "kick-off",
    "hand off": "handoff",
    "catch up": "catch-up",
    "wrap up": "wrap-up",
    "set up": "setup",
    "roll out": "rollout",
    "break down": "breakdown",
    "log in": "login",
    "walk through": "walkthrough",
    "print out": "printout",
}
# Before the pair, what makes it a noun: a determiner, a possessive, or a singular noun
# ("listener drop off": a verb after a singular noun would be "drops off"); an adjective after
# a determiner ("a short write up") too.
_NOUN_DETERMINER = _wordset(
    "a an the my our your their his her its this that each every any no some one another"
)
# Before the pair, words after which it is the verb: pronouns, modals, "to", conjunctions,
# adverbs of time and manner.
_VERB_BEFORE = _wordset(
    """
    i we you they he she it who which that people users customers to will would can could
    should must may might shall do does did don't didn't won't can't cannot and or but then
    also always never often usually just please let lets let's help helps helped make made
    not then later soon first still me him them us
    """
)
# After the pair, words that make it a verb with an object ("drop off the kids").
_OBJECT_WORDS = _wordset(
    "the a an my your our their his her its this that these those me him them us it some any"
)
# After the pair, a noun it describes ("drop off rate", "follow up email"): the noun form.
_PARTICLE_HEADS = _wordset(
    """
    rate rates email emails call calls meeting meetings question questions note notes session
    sessions form forms page pages flow flows process point points date dates time times
    analysis report reports data message messages list lists plan plans
    """
)
_PARTICLE_PAIR = lazy(
    r"(?<![\w'’-])(?P<pair>(?P<verb>drop|follow|write|sign|check|kick|hand|catch|wrap|set|roll|"
    r"break|log|walk|print)\s+(?P<particle>off|up|in|out|down|through))(?![\w'’-])",
    re.I,
)
# Abbreviations typed without their full stops, said in words: "eg" -> "for example", "ie"
# -> "that is" (with a full stop they are ``typed.untexted``'s).
_BARE_ABBREVIATION = lazy(r"(?<![\w.&/'’-])(?P<abbr>eg|ie)(?![\w&/'’-])(?P<stop>\.)?,?", re.I)


# A phrase that leads into an example or a restatement, with its comma: what follows the comma
# is the example ("For example, I built ..."), never a comma splice to join.
_LEAD_IN = lazy(
    r"(?:^|[,;:.!?(]\s*)(?:for\s+example|for\s+instance|that\s+is|in\s+fact|e\.g\.?|i\.e\.?)\s*$",
    re.I,
)


def ends_with_lead_in(text: str) -> bool:
    """Whether ``text`` ends with a phrase that leads into an example ("..., for example",
    "For instance"): the comma after it is no comma splice."""
    return _LEAD_IN.search(str(text or "").rstrip(" ,")) is not None


def particle_nouns(text: str) -> str:
    """``text`` with a verb-and-particle pair used as a noun written as a noun is: "tracked
    listener drop off" -> "tracked listener drop-off", "a short write up" -> "a short
    write-up", "the follow up email" -> "the follow-up email"; "users drop off after a week",
    "I'll follow up" and "to set up the event" stay as typed."""

    def noun(found: re.Match[str]) -> str:
        key = f"{found['verb'].casefold()} {found['particle'].casefold()}"
        joined = PARTICLE_NOUNS.get(key)
        if joined is None:
            return found.group()
        before = re.findall(r"[\w'’]+", text[: found.start()])
        typed_prev = before[-1] if before else ""
        prev = typed_prev.casefold().replace("’", "'")
        prev2 = before[-2].casefold().replace("’", "'") if len(before) > 1 else ""
        after = re.match(r"\s+([\w'’]+)", text[found.end() :])
        head = after.group(1).casefold() if after else ""
        as_noun = (
            prev in _NOUN_DETERMINER
            or prev.endswith(("'s", "s'"))
            or (prev2 in _NOUN_DETERMINER and prev not in _VERB_BEFORE)
            or (head in _PARTICLE_HEADS and prev not in _VERB_BEFORE)
            or (
                # "listener drop off": after a singular noun (a verb would be "drops off"),
                # never a name ("did Sam follow up") and never before an object ("the kids").
                prev
                and prev not in _VERB_BEFORE
                and not prev.endswith(("s", "ly", "'ll", "'d", "n't"))
                and typed_prev[:1].islower()
                and _known(prev)
                and head not in _OBJECT_WORDS
            )
        )
        if not as_noun:
            return found.group()
        return joined.capitalize() if found.group()[0].isupper() else joined

    return _PARTICLE_PAIR.sub(noun, text)


def abbreviations_said(text: str) -> str:
    """``text`` with "eg" and "ie" typed without full stops said in words ("in analytics, eg i
    built" -> "in analytics, for example, i built"; "ie" -> "that is"). A trailing "etc" is
    :func:`without_vague`'s, where the line is read for its vague words."""

    def said(found: re.Match[str]) -> str:
        word = "for example" if found["abbr"].casefold() == "eg" else "that is"
        word = word.capitalize() if found["abbr"][0].isupper() else word
        rest = text[found.end() :]
        return f"{word}," if rest[:1].isspace() or not rest else word

    return _BARE_ABBREVIATION.sub(said, text)


def written(text: str) -> str:
    """``text`` as the student would write it in a script or a note: phone shorthand spelled
    out ("w" -> "with", "n" -> "and", "ppl" -> "people", "tho" -> "though"), "i" as "I",
    initialisms in capitals ("ux" -> "UX", "a/b" -> "A/B") and products, days, months and
    languages with their capitals ("python", "friday", "spanish"). Plain text in, plain text
    out; "" for "". "eg" and "ie" are said in words and a pair like "drop off" used as a
    noun is written as one ("listener drop-off": :func:`particle_nouns`)."""
    return particle_nouns(abbreviations_said(names_written(acronyms(expand_shorthand(text)))))


# Answers that say nothing: typed where a kind of work, an example or a name is wanted, they
# are never kept as one ("no" would read "my best work is in no").
NON_ANSWERS = frozenset(
    {
        "no", "nope", "nah", "na", "n/a", "none", "nothing", "nothing really", "nothing yet",
        "no idea", "no clue", "not sure", "not sure yet", "unsure", "dunno", "i dunno",
        "don't know", "i don't know", "dont know", "i dont know", "not really", "no one",
        "nobody", "pass", "skip", "whatever", "anything", "yes", "yeah", "yep", "ok", "okay",
        "k", "hmm", "um", "idk", "no thanks", "not yet", "nil", "null", "same", "-",
    }
)  # fmt: skip


# A number or a score on its own, typed as if for a 1-5 question: "2", "3/5", "4 out of 5",
# "five", "4 stars", "10/10!". Two figures at most: a phone number is never one.
_SCORE_ONLY = lazy(
    r"^\W*(?:\d{1,2}(?:[.,]\d)?|one|two|three|four|five)\s*"
    r"(?:(?:/|out\s+of|of)\s*(?:\d{1,2}|five|ten))?\s*(?:stars?|points?)?\W*$",
    re.I,
)


def score_only(text: str) -> bool:
    """Whether ``text`` is only a number or a score ("2", "3/5", "4 out of 5", "five"): never
    a reason, a name, a title or a team, but most often an answer meant for a 1-5 question."""
    return bool(_SCORE_ONLY.match(strip_emoji(str(text or "")).strip()))


def non_answer(text: str) -> bool:
    """Whether ``text`` says nothing that could be kept as a phrase: "no", "idk", "not sure",
    "nothing", "n/a", "dunno", "?", "lol", only emoji and punctuation, a single letter or
    figure ("x", "5"), a score ("3/5", "4 out of 5"; see :func:`score_only`), or keyboard
    mash ("asdf", "jkjkjk"). Real short answers stay answers: "UX", "HR", "ops", "R&D", "Bo"."""
    words = strip_chat(strip_emoji(str(text or ""))).casefold().replace("’", "'")
    key = " ".join(re.sub(r"[^\w'/\-&]+", " ", words).split()).strip(" '-&")
    if not key or key in NON_ANSWERS or key.replace("'", "") in NON_ANSWERS:
        return True
    if score_only(text):
        return True
    return len(key.replace(" ", "")) == 1 or keyboard_mash(strip_emoji(str(text or "")))


# The rows of a keyboard: keys side by side in one row are what a hand running over it types.
_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_KEY_NEXT = frozenset(
    pair for row in _KEY_ROWS for a, b in itertools.pairwise(row) for pair in (a + b, b + a)
)
# Of the letter pairs in a token, the share that are keys side by side for it to be a run
# over the keyboard ("asdf", "sdfsdf", "qwerty"; "asda", a supermarket, has two of three).
_MASH_SHARE = 0.75


def keyboard_mash(text: str) -> bool:
    """Whether ``text`` is only keyboard mash: every word of it a string of letters in no word
    list, no initialism and no shorthand, that runs along a row of keys ("asdf", "hjkl",
    "sdfsdf"), repeats one or two letters ("jkjkjk", "aaaa") or has (almost) no vowel
    ("sdkfjhsdf"). "qwerty" counts too. Names and real words never do: "Asda", "ops", "Bo"."""
    tokens = re.sub(r"[^\w\s]+", " ", str(text or "")).split()
    # Initials typed in capitals are a name ("BBC", "KPMG"), never mash.
    return bool(tokens) and all(not t.isupper() and _mashed(t.casefold()) for t in tokens)


def _mashed(token: str) -> bool:
    if token == "qwerty":
        return True
    if not token.isalpha() or not token.isascii() or len(token) < 3:
        return False
    if token in ACRONYMS or token in SHORTHAND or _known(token):
        return False
    pairs = [token[i : i + 2] for i in range(len(token) - 1)]
    if sum(pair in _KEY_NEXT for pair in pairs) >= _MASH_SHARE * len(pairs):
        return True
    if len(set(token)) <= 2 and len(token) >= 4:  # "jkjk", "aaaa"; never "bbc"
        return True
    vowels = sum(ch in "aeiouy" for ch in token)
    return (vowels == 0 and len(token) >= 5) or (len(token) >= 7 and vowels / len(token) < 0.2)


# A title of address before a name: "Mrs. Ana Gómez", "Dr Lee", "Sir Ramesh".
_ADDRESSED = lazy(r"^(?:mrs?|ms|mx|miss|dr|prof|sir|madam|ma['’]?am)\.?\s+[^\W\d_]", re.I)


def names_a_person(text: str, people: Sequence[str] = ()) -> bool:
    """Whether ``text``, typed where a team or a kind of work is asked, is a person's name
    instead: led by a title of address ("Mrs. Ana Gómez", "Dr Lee"), or the name of someone
    in ``people`` (those already named, whole or their first name)."""
    typed = " ".join(strip_end(str(text or "")).split())
    if _ADDRESSED.match(typed) and not typed.split()[0].rstrip(".").isupper():  # "MS Excel"
        return True
    key = typed.casefold()
    for name in people:
        whole = " ".join(str(name or "").split()).casefold()
        if whole and (key == whole or (" " in whole and key == whole.split()[0])):
            return True
    return False


_HONORIFICS = _wordset("dr prof mr ms mrs mx miss")
_DETERMINERS = _wordset("my your the a an some this that these those our")


# -- what a note may say of a conversation ----------------------------------------------------

# Texting shorthand nobody writes in a note to an interviewer, with what it stands for.
SHORTHAND = {
    "abt": "about",
    "ur": "your",
    "u": "you",
    "w/": "with",
    "w": "with",
    "w/o": "without",
    "pls": "please",
    "plz": "please",
    "thx": "thanks",
    "b/c": "because",
    "bc": "because",
    "convo": "conversation",
    "ppl": "people",
    "msg": "message",
    "tmrw": "tomorrow",
    "gonna": "going to",
    "wanna": "want to",
    "intro": "introduce",
    "prob": "probably",
    "govt": "government",
    "mgr": "manager",
    "dept": "department",
    "yr": "your",
    "r": "are",
    "n": "and",
    "&": "and",
    "tho": "though",
    "yrs": "years",
    "hrs": "hours",
    "wks": "weeks",
    "thru": "through",
    "cuz": "because",
    "coz": "because",
    "bcos": "because",
    "b4": "before",
    "smth": "something",
    "sth": "something",
    "im": "I'm",
    "ive": "I've",
    "dont": "don't",
    "didnt": "didn't",
    "cant": "can't",
    "doesnt": "doesn't",
    "wont": "won't",
    "isnt": "isn't",
    "hed": "he'd",
    "theyd": "they'd",
    "theyll": "they'll",
    "youd": "you'd",
    "youll": "you'll",
    "wasnt": "wasn't",
    "werent": "weren't",
    "arent": "aren't",
    "havent": "haven't",
    "hasnt": "hasn't",
    "hadnt": "hadn't",
    "esp": "especially",
    "defo": "definitely",
    "probs": "probably",
    "obvs": "obviously",
    "fav": "favourite",
    "fave": "favourite",
    "mgmt": "management",
    "biz": "business",
    "tmr": "tomorrow",
    "ofc": "of course",
    "b/w": "between",
    "mths": "months",
    "mins": "minutes",
    "lil": "little",
    "wouldnt": "wouldn't",
    "couldnt": "couldn't",
    "shouldnt": "shouldn't",
    "theres": "there's",
    "thats": "that's",
    "whats": "what's",
    "shes": "she's",
    "youre": "you're",
    "theyre": "they're",
    "gr8": "great",
    "l8r": "later",
    "w8": "wait",
    "rly": "really",
    "thnx": "thanks",
    "bcoz": "because",
    # "is there someone i cld talk to?", "that wld be great", "shld i mention ...": the modal.
    "cld": "could",
    "wld": "would",
    "shld": "should",
    # "happy to b considered": "be", only after a word that takes it (``_texting_letter``).
    "b": "be",
    "bcz": "because",
    "becoz": "because",
    # Phone typing a student would never say aloud: "v cool", "saw it on insta", "our prof".
    "v": "very",
    "insta": "Instagram",
    "ig": "Instagram",
    "prof": "professor",
    "profs": "professors",
    "rn": "right now",
    # "a py script": the language, named as it is written.
    "py": "Python",
    # "data eng", "software eng": the work, when a field stands before it (``_in_context``);
    # "eng" alone (English? engineering?) is left as typed.
    "eng": "eng",
}
# Shorthand with more than one reading, each written out by the words around it (see
# :func:`_in_context`); SHORTHAND holds the reading taken when nothing around it decides.
# "yr": "year" after a word that counts or places a year ("final yr", "2nd yr", "this yr",
# "my yr"), "your" before what is owned ("yr team"); "ur": "you're" before what is said of
# someone ("ur right", "ur the best"), "your" before what is owned; "prob": "problem" after
# a word that names one ("a prob", "no prob", "the main prob"), "probably" before a verb; "b/w":
# "black-and-white" before pictures, "between" elsewhere.
_YEAR_BEFORE = _wordset(
    """
    final first second third fourth fifth last this next a one per each every the that my our
    your his her their its school academic gap financial fiscal calendar whole full half
    previous current same new freshman sophomore junior senior 1st 2nd 3rd 4th 5th
    """
)
_YEAR_AFTER = _wordset("ago old long of later before after earlier project projects course")
_YOURE_AFTER = _wordset(
    """
    a an the not so very really too right wrong welcome gonna always still also all just
    probably definitely in on at from with here there like more less sure great good amazing
    awesome brilliant kind free able one best better lucky invited hired late early done ready
    busy based
    """
)
_PROBLEM_BEFORE = _wordset(
    "a the no any this that my your our their his her its one big main real only same biggest"
)
_PICTURES = _wordset("photo photos photography film films picture pictures prints print images")
# Apostrophe-less contractions that are also words ("shed", "id", "ill", "shell", "well"):
# written out only where the next word shows they are one ("shed intro me", "id love to",
# "ill send it"), never in "the tool shed" or "your ID".
_AMBIGUOUS = {"shed": "she'd", "shell": "she'll", "id": "I'd", "ill": "I'll", "wed": "we'd"}
_AMBIGUOUS_NEXT = (
    r"(?:intro|introduce|connect|put|pass|send|share|forward|refer|recommend|mention|check|"
    r"help|set|reach|ask|talk|look|get|follow|love|like|be|have|need|keep|do|call|email|"
    r"message|write|let|loop|make|happily|gladly|probably|prob|maybe|also|definitely|"
    r"really|never|not|rather)"
)
_AMBIGUOUS_WORD = lazy(
    r"(?<![\w/&'’])(?P<word>shed|shell|id|ill|wed)(?=\s+" + _AMBIGUOUS_NEXT + r"\b)", re.I
)
_SHORT = lazy(
    r"(?<![\w/&'’])(?:"
    + "|".join(map(re.escape, sorted(SHORTHAND, key=len, reverse=True)))
    + r")(?![\w/&'’])",
    re.I,
)


def expand_shorthand(text: str) -> str:
    """``text`` with texting shorthand written out: "you told me abt ur launch w/ Sam" -> "you
    told me about your launch with Sam". "intro me" -> "introduce me" (a verb after a modal or
    before "me"); "an intro" stays a noun. Shorthand with two readings is read by its
    neighbours: "final yr" -> "final year" but "yr talk" -> "your talk", "ur right" -> "you're
    right" but "ur team" -> "your team", "a prob" -> "a problem" but "I'll prob" -> "I'll
    probably". Initials typed in capitals ("BC", "ESP") stay as typed."""

    def out(match: re.Match[str]) -> str:
        word = match.group()
        key = word.casefold()
        if key == "intro":
            before = text[: match.start()].rstrip().casefold()
            if before.endswith((" an", " the", " your", " my", " her", " his", " their")):
                return word
        if len(key) == 1 and key.isalpha() and not _texting_letter(text, match):
            return word  # "R&D", "in R", "grade r", "Plan B": a letter, not shorthand
        if len(word) > 1 and word.isalpha() and word.isupper():
            return word  # "BC", "ESP", "IM": initials typed as such, not texting
        if key in ("prof", "profs") and (
            word[0].isupper() or re.match(r"\.|\s+[A-Z]", text[match.end() :])
        ):
            return word  # "Prof. Iyer", "prof Iyer": a title before a name, as written
        new = _in_context(key, text[: match.start()], text[match.end() :])
        return new[0].upper() + new[1:] if word[0].isupper() else new

    def contraction(match: re.Match[str]) -> str:
        word = match["word"]
        new = _AMBIGUOUS[word.casefold()]
        return new[0].upper() + new[1:] if word[0].isupper() else new

    text = _GLUED_UNIT.sub(_unit_said, text)  # "4hrs" -> "4 hours"
    text = _FOUR_FOR.sub(" for ", text)  # "team 4 the delivery robots"
    written_out = _AMBIGUOUS_WORD.sub(contraction, _SHORT.sub(out, text))
    return tidy(_ITS.sub(r"\1t's", told_as_said(written_out)))


# "4" typed for "for" between words: before what it is for ("4 the delivery robots", "4 me")
# or after a team ("robotics team 4 delivery robots"); a count ("4 people") stays a number.
_FOUR_FOR = lazy(
    r"(?<=[^\W\d_])\s+4\s+(?=(?:the|a|an|my|your|his|her|their|our|this|that|these|those|me|"
    r"you|him|them|us|it)\b)|(?<=\bteam)\s+4\s+(?=[^\W\d_])",
    re.I,
)
# A figure typed with its unit glued on ("4hrs", "30mins", "2wks", "3yrs", "1hr"): said in full.
_UNITS = {
    "hr": "hour", "hrs": "hours", "h": "hours", "min": "minute", "mins": "minutes",
    "wk": "week", "wks": "weeks", "yr": "year", "yrs": "years", "mth": "month",
    "mths": "months", "mo": "month", "mos": "months", "sec": "second", "secs": "seconds",
}  # fmt: skip
_GLUED_UNIT = lazy(
    r"(?<![\w.,])(\d+(?:\.\d+)?)(hrs|hr|h|mins|min|wks|wk|yrs|yr|mths|mth|mos|mo|secs|sec)\b", re.I
)


def _unit_said(found: re.Match[str]) -> str:
    number, unit = found.group(1), _UNITS[found.group(2).casefold()]
    if number == "1":
        unit = unit.rstrip("s")
    elif not unit.endswith("s"):
        unit += "s"
    return f"{number} {unit}"


# The fields whose work "eng" shortens: "data eng" is "data engineering".
_ENG_AFTER = _wordset(
    """
    data software ml ai backend back-end frontend front-end platform cloud devops security qa
    test systems reliability mechanical civil electrical chemical audio sound prompt ml-ops
    mlops analytics hardware network product web mobile
    """
)


def _in_context(key: str, before: str, after: str) -> str:
    """What the shorthand ``key`` (lower case) stands for between ``before`` and ``after``:
    the reading of an ambiguous one (see ``_YEAR_BEFORE``) chosen by its neighbours, else its
    one reading in SHORTHAND."""
    last = re.findall(r"[\w'’]+", before.casefold())[-1:]
    prev = last[0] if last else ""
    found = re.match(r"\s*([\w'’]+)", after)
    nxt = found.group(1).casefold() if found else ""
    if key == "yr":
        ends = not nxt or bool(re.match(r"\s*[,.;:!?)]", after))
        if prev in _YEAR_BEFORE or prev.isdigit() or nxt in _YEAR_AFTER or ends:
            return "year"
        return "your"
    if key == "ur":
        if nxt in _YOURE_AFTER or (nxt.endswith("ing") and _ING_TAKES_OBJECT.match(after)):
            return "you're"
        return "your"
    if key in ("prob", "probs"):
        if prev in _PROBLEM_BEFORE or nxt == "with":
            return "problem" if key == "prob" or prev in ("a", "one", "no") else "problems"
        return "probably"
    if key == "b/w" and nxt in _PICTURES:
        return "black-and-white"
    if key == "eng":
        if prev not in _ENG_AFTER:
            return "eng"  # no field before it: which word is meant is not certain
        one = re.search(r"\b(?:a|an|as)\s+[\w-]+\s*$", before.casefold())
        return "engineer" if one else "engineering"
    return SHORTHAND[key]


# After "ur" and a verb in -ing, the words that make it "you're ...ing": an object, a place,
# the end ("ur building it", "ur hiring for data roles", "ur hiring!"); "ur hiring process" is
# "your".
_ING_TAKES_OBJECT = lazy(
    r"\s*[\w'’-]+(?:\s*(?:[,.;:!?)]|$)|\s+(?:a|an|the|it|them|me|us|for|to|in|on|at|with|"
    r"from|into|out|up|more|some|new|so|really|now|again|this|that)\b)"
)


# Around a one-letter shorthand typed as a word ("u r", "they r great", "r u free"): a person
# or a plural before "r", someone after it.
_SUBJECT_BEFORE = lazy(
    r"(?:^|\b(?:u|you|we|they|these|those|there|who|what|how|where|why|when|ppl|people|"
    r"[a-z]+[^s\W]s))\s+$",
    re.I,
)
_PERSON_AFTER = lazy(r"^\s+(?:u|you|we|they|there|these|those|i)\b", re.I)
# What follows "are" in a text ("the team r hiring", "sales r so slow"): a verb in -ing, a
# word of degree, "not", or a word judging something.
_STATE_AFTER = lazy(
    r"^\s+(?:[a-z]+ing|not|so|very|really|too|super|also|always|still|all|both|great|good|"
    r"amazing|awesome|cool|nice|bad|hilarious|fun|busy|open|closed|based|hiring|best|better|"
    r"worse|slow|fast|big|small|new|done|ready|free|interested|excited|kind|friendly)\b"
)
_AFTER_LETTER = lazy(r"^(?:[.\-]\w|\))")  # "U.S.", "r-squared", "(r)"
# Words after which a single letter is itself a name: "in R", "grade r", "plan b", "with u".
_NAMES_A_LETTER = lazy(
    r"\b(?:a|an|the|in|with|using|use|used|uses|learn|learned|learning|know|knew|grade|"
    r"letter|plan|type|vitamin|class|section|and|or)\s+$",
    re.I,
)


def _texting_letter(text: str, match: re.Match[str]) -> bool:
    """Whether the one-letter word ``match`` of ``text`` is texting shorthand ("u", "r", "n",
    "w" said as a word): typed in lower case (a capital "R" is a language, a grade or a name)
    with texting words around it ("they r", "r u", "u n me"), never a letter named ("in r",
    "plan b") or part of a token ("U.S.", "r-squared")."""
    word = match.group()
    before, after = text[: match.start()], text[match.end() :]
    key = word.casefold()
    if (
        key == "u"
        and word.islower()
        and not _AFTER_LETTER.match(after)
        and re.search(r"(?i)\b(?:and|or|with)\s+$", before)
    ):
        return True  # "and u can ...", "with u": "you" (no letter "u" is named after these)
    if _AFTER_LETTER.match(after) or _NAMES_A_LETTER.search(before):
        return False
    if key == "b":  # "to b considered", "cld b great": "be"; "plan b", "part b" a letter
        return word.islower() and bool(
            re.search(
                r"(?i)\b(?:to|will|would|could|should|can|may|might|must|cld|wld|shld|"
                r"gonna|wanna|'ll|’ll|'d|’d)\s+$",
                before,
            )
        )
    if key == "v":  # "v cool", "v much": "very"; "India v Pakistan" is "versus"
        capitalised = re.search(r"[A-Z][\w'’-]*\s+$", before) and re.match(r"\s+[A-Z]", after)
        return word.islower() and not capitalised and bool(re.match(r"\s+[a-z]{2,}", after))
    if key == "r":
        texting = bool(
            _SUBJECT_BEFORE.search(before)
            or _PERSON_AFTER.match(after)
            or (re.search(r"[a-z]\s+$", before) and _STATE_AFTER.match(after))
        )
        return texting and (
            word.islower() or (not before.strip() and bool(_PERSON_AFTER.match(after)))
        )
    return word.islower()


# A form of address typed into a promise or an offer ("I told him sir I'd send ...", "I'll
# share it with you ma'am"): said to no one in a note or a to-do, so left out, with the comma
# that set it off. A title before a name ("Sir Ken") stays.
_ADDRESS = lazy(
    r"\s*,?\s*(?<![\w'’])(?:sir(?:ji)?|madam|ma['’]?am|maam|mam)(?![\w'’])(?!\s+(?-i:[A-Z][a-z]))\s*,?",
    re.I,
)


def without_address(text: str) -> str:
    """``text`` without a form of address typed in it: "I told him sir I'd send my portfolio"
    -> "I told him I'd send my portfolio"; "I'll send it to you sir by Friday" -> "I'll send it
    to you by Friday"; a title before a name ("Sir Ken Robinson") stays."""
    said = _ADDRESS.sub(" ", text)
    said = re.sub(r" {2,}", " ", said).strip()
    return re.sub(r"\s+([,.;:!?])", r"\1", said)


def told_as_said(text: str) -> str:
    """``text`` with "told" that tells no one, as a non-native writer uses it, written "said":
    "I told I'll send it" -> "I said I'll send it"; "she told me she'd ..." is unchanged."""

    def said(match: re.Match[str]) -> str:
        return "Said" if match.group()[0].isupper() else "said"

    return _TOLD_NO_OBJECT.sub(said, text)


# "told" with no one told, as a non-native writer uses it ("she told she will connect me", "I
# told I'll send it"): "said", so the offer or promise reads as one.
_TOLD_NO_OBJECT = lazy(
    r"(?<![\w'’])told(?=\s+(?:that\s+)?(?:she|he|they|i|we)\s*(?:'d|’d|'ll|’ll|would|will|"
    r"shall|can|could|is\s+going\s+to|am\s+going\s+to|are\s+going\s+to)\b)",
    re.I,
)
# "its" before what only "it is" / "it has" can be followed by ("its a", "its been", "its not"):
# "it's"; "its team" (its own) stays.
_ITS = lazy(
    r"(?<![\w'’])(i)ts(?=\s+(?:a|an|the|not|been|going|very|really|so|too|just|quite|also|"
    r"always|never|still|about|like|worth)\b|\s+(?:great|good|amazing|awesome|brilliant|"
    r"perfect|fun|easy|hard|nice|cool|better|best)(?=\s*(?:[,.;:!?]|$)|\s+(?:for|to|that|and|"
    r"but|because|how|when|if|with|at)\b))",
    re.I,
)


def capitalise_names(text: str, names: Sequence[str], people: Sequence[str] = ()) -> str:
    """``text`` with each of ``names`` (organisations, people) written as the name is, and the
    first name of each of ``people`` too: "my friend sam lee at northwind analytics" -> "my
    friend Sam Lee at Northwind Analytics" when both names are known. Whole words only."""
    firsts = [person.split()[0] for person in people if person.split()]
    for name in sorted(
        {n for n in [*names, *people, *firsts] if n and n.strip()}, key=len, reverse=True
    ):
        clean = strip_end(name).strip()
        if len(clean) > 1 and clean[0].isupper():
            text = re.sub(rf"(?<![\w'’]){re.escape(clean)}(?![\w'’])", clean, text, flags=re.I)
    return text


# An offer told as part of what was talked about: ", and said she'd introduce me to ...".
_OFFER_TOLD = lazy(
    r"(?:^|\s*,\s*|\s+)(?:(?:and|but|then|also|so)\s+)?(?:(?:he|she|they|you)\s+)?"
    r"(?:also\s+)?(?:said|offered|promised|agreed|mentioned|told me|suggested)\s+"
    r"(?:that\s+)?(?:(?:he|she|they|you)\s*(?:'d|’d|'ll|’ll|\s+would|\s+will|\s+could|\s+can)\s+"
    r"|to\s+)?(?:(?:happily|gladly|maybe|probably)\s+)?"
    r"(?:introduce|connect|put me in touch|refer|pass|forward|send|share|help|set up|"
    r"recommend|mention|check)\b.*$",
    re.I,
)
# "we talked about X", "I asked about X": a first-person account that can be said as "our
# conversation about X".
# Typed in the present tense too, as a non-native writer may: "we talk about X", "we discuss X".
_TALKED = lazy(
    r"^(?:we|i)\s+(?:(?:also|really)\s+)?(?:talked|talk|spoke|speak|chatted|chat|"
    r"(?:was|were)\s+(?:talking|discussing|chatting)|"
    r"asked(?:\s+(?:him|her|them|you))?|discussed|discuss|got\s+talking)\s+"
    r"(?:(?:about|on|of)\s+)?(?P<topic>.+)$",
    re.I,
)
# "I loved hearing about X": what they enjoyed is the thing ("hearing about X").
_ENJOYED = lazy(
    r"^i\s+(?:really\s+|especially\s+|also\s+)?(?:loved|enjoyed|liked|appreciated|valued)\s+"
    r"(?P<thing>.+)$",
    re.I,
)
_FIRST_PERSON = lazy(r"^(?:i|i'm|i’m|i've|i’ve|i'd|i’d|i'll|i’ll|me|my|we|we're|we've|our)\b", re.I)


# Intensifiers said in chat, not in a note: "she said I should totally talk to ...".
_INTENSIFIER = lazy(r"\b(?:really\s+really|totally|literally|super|sooo+|so\s+so)\s+", re.I)
# A second sentence run on after a comma: "your tip to learn dbt, you showed me ..." (joined
# with a semicolon instead).
_SPLICE = lazy(
    r"\s*,\s+(?=(?:he|she|they|you|i|we|it)(?:['’](?:s|d|ll|re|ve|m))?\s+(?!and\b))", re.I
)
# An offer told as what they will do: "and she'll introduce me by next week".
_OFFER_WILL = lazy(
    r"(?:^|\s*,\s*|\s+)(?:(?:and|but|then|also|so)\s+)?(?:he|she|they|you)\s*"
    r"(?:'d|’d|'ll|’ll|\s+would|\s+will|\s+could|\s+can)\s+(?:(?:happily|gladly|also)\s+)?"
    r"(?:introduce|connect|put me in touch|refer|pass|forward|send|share|set up|recommend)\b.*$",
    re.I,
)


def _whose(words: str) -> str:
    """The pronoun of the person a detail is about ("she", "he") when it is its subject, "" when
    it has none; "?" when both appear and neither is the subject (who is who is unknown)."""
    first = re.match(r"[\w'’]+", words)
    lead = first.group().casefold().replace("’", "'") if first else ""
    lead = lead.split("'")[0]
    if lead in ("he", "she"):
        return lead
    found = {w.casefold().replace("’", "'").split("'")[0] for w in _WORD.findall(words)}
    he = bool(found & {"he", "him", "his", "himself"})
    she = bool(found & {"she", "her", "herself"})
    return "?" if he and she else ""


# What the person told, typed in the present tense: "you explain how ...", "you walk me
# through ...". (In the past tense, "that you told me about ..." reads right as it is.)
_TOLD = lazy(
    r"^you\s+(?:(?:also|really)\s+)?(?:explain(?:\s+(?:to\s+)?me)?|describe(?:\s+(?:to\s+)?me)?|"
    r"tell me|show me|walk me through|talk about|share|go through|mention)\s+(?P<rest>(?:how|why|what|when|where|who|about|"
    r"the|your|their|a|an)\b.*)$",
    re.I,
)

# A detail typed as what they did for the student, with no subject: "talking me through X",
# "walked me through X", "showing me X", "telling me about X", "explaining X".
_WALKED = lazy(
    r"^(?:(?P<verb>talking|taking|walking|talked|took|walked)(?P<how>\s+me\s+(?:through|thru|over))"
    r"|(?P<verb2>going|went)(?P<how2>\s+(?:through|thru|over))"
    r"|(?P<verb3>showing|showed|telling|told|explaining|explained)(?P<how3>\s+me\s+about|\s+me|))"
    r"\s+(?P<rest>(?!(?:to|that|me|it|how|why|what)\b).+)$",
    re.I,
)
_WALKED_GERUND = {
    "talked": "talking",
    "took": "taking",
    "walked": "walking",
    "showed": "showing",
    "told": "telling",
    "explained": "explaining",
    "went": "going",
}
# Slips a non-native writer makes that cannot be put right safely without knowing what was
# meant ("advise" as a noun: "advice"? "your advising"?). A draft uses them as typed and the
# draft screen names them, so the student checks them.
_UNSURE = lazy(
    r"\b(?:(?:your|the|his|her|their|my|some|good|great|any|an?)\s+(?P<advise>advise)\b|"
    r"(?P<plural>advices|informations|knowledges|feedbacks|equipments|researches|works\s+experience))",
    re.I,
)


def unsure_words(text: str) -> list[str]:
    """The words of ``text`` a note would use as typed although they may be a slip ("your
    advise to learn SQL" -> ["advise"]; "informations" -> ["informations"]), in order, once."""
    found: list[str] = []
    for match in _UNSURE.finditer(str(text or "")):
        word = match.group("advise") or match.group("plural")
        if word and word.casefold() not in (w.casefold() for w in found):
            found.append(word)
    return found


# Two things typed as one detail, joined by "and we talked about ...": "her dog is named waffles
# and we talked abt the wrapped campaign". Each part is weighed on its own (see note_detail).
_ALSO_TALKED = lazy(
    r"\s*[,;]?\s*(?:\b(?:and|but|then|also|plus)\s+)+(?:then\s+|also\s+)?(?:we|i)\s+(?:also\s+)?"
    r"(?:talked|spoke|chatted|discussed|got\s+talking)(?:\s+(?:about|on))?\s+",
    re.I,
)
# A personal aside, which belongs in chat, not in a thank-you for an interview: someone's pet,
# children, partner, wedding or weekend.
_PERSONAL = lazy(
    r"\b(?:his|her|their|your|my)\s+(?:[\w'’-]+\s+)?(?:dogs?|cats?|pupp(?:y|ies)|kittens?|pets?|"
    r"kids?|children|sons?|daughters?|bab(?:y|ies)|wife|husband|boyfriend|girlfriend|wedding|"
    r"honeymoon|birthday|vacation|family|weekends?|hobby|hobbies)\b"
    r"|\b(?:is|was|are)\s+(?:named|called)\b",
    re.I,
)
# A difficulty: a note may thank someone for talking it through, never say it enjoyed it.
_PROBLEM = lazy(
    r"\b(?:problems?|issues?|bugs?|outages?|incidents?|struggl\w*|difficult\w*|pain\s+points?|"
    r"bottlenecks?|backlogs?|layoffs?|failures?|failing|broken|headaches?|cris[ie]s|setbacks?|"
    r"(?:tech(?:nical)?\s+)?debt|churn)\b",
    re.I,
)
# A detail that is already what the person gave or what the student did with them ("your tip
# to learn dbt", "hearing how you ...", "the tour of the lab"): it follows "I especially
# enjoyed" as it is. Any other noun phrase is a topic: "our conversation about ...".
_CONTRIBUTION = lazy(
    r"^(?:(?:hearing|learning|seeing|meeting|talking|getting|our\s+(?:conversation|chat|talk))\b"
    r"|(?:your|the)\s+(?:(?:\S+\s+){0,2}?)\W*(?:tips?|advice|advise|story|stories|take|insights?|"
    r"perspectives?|suggestions?|recommendations?|thoughts|views?|explanation|examples?|"
    r"anecdotes?|tour|demo|walk-?through|honesty|candou?r|openness|point|sketch|diagram|"
    r"slides?|deck|presentation|drawing|whiteboard|plans?|ideas?|vision)\b)",
    re.I,
)
# A thing they gave the student, named so: "the renewals forecast you walked me through".
_THEY_GAVE = lazy(
    r"\byou\s+(?:walked|talked|showed|shared|gave|told|explained|described|took|sent|drew)\s+me\b",
    re.I,
)
# A clause about how or why something is: "how the graduate rotation programme works" is what
# they explained.
_HOW = lazy(r"^(?:how|why|what|where|when|who|which)\b", re.I)


def _pick_part(words: str) -> str:
    """Of a detail typed as several things ("her dog is named waffles and we talked about the
    wrapped campaign"), the first that is not a personal aside, said as what was talked about
    when it came after "we talked about"; "" when every part is personal."""
    parts = _ALSO_TALKED.split(words)
    for index, part in enumerate(parts):
        part = strip_end(part).strip(" ,;")
        if not part:
            continue
        if not _PERSONAL.search(part):
            return f"we talked about {part}" if index else part
        # "we talked about her kids and the Q3 roadmap": the thing joined to the aside.
        pieces = re.split(r"\s*,?\s+and\s+(?:also\s+)?", part)
        rest = [p for p in pieces[1:] if p and not _PERSONAL.search(p)]
        if rest:
            if _TALKED.match(part) or index:
                return f"we talked about {rest[0]}"
            return rest[0]
    return ""


# A word typed before "campaign" that names it ("the wrapped campaign" is Spotify's Wrapped):
# a participle there is a name unless it is one of the ordinary words for a kind of campaign.
_NAMED_CAMPAIGN = lazy(r"\b(the|your|their|our)\s+([a-z]+ed)\s+(campaigns?|launch|initiative)\b")
_PLAIN_PARTICIPLES = _wordset(
    "paid targeted sponsored integrated failed delayed planned automated boosted branded "
    "personalised personalized coordinated focused funded promoted limited featured related "
    "extended updated revised improved combined shared owned earned animated printed recorded "
    "scheduled awarded rushed cancelled canceled postponed rumoured rumored leaked"
)
# A place typed in lower case after a gathering or a site, at the end of a detail: "the team
# offsite in tahoe", "their office in austin".
_PLACE_AT_END = lazy(
    r"\b(?:offsites?|off-sites?|office|offices|trip|retreat|conference|summit|event|hq|"
    r"headquarters|campus|branch|site|meetup|hackathon|visit|move|relocation|launch|studio|lab)"
    r"\s+(?:in|at|near|to)\s+([a-z][a-z'’\-]{2,})$"
)
# How often an ordinary word is met in pyspellchecker's English list, at least: a place name
# ("tahoe" 53, "london" 1088) is rarer than any common noun after "in" ("person", "sales").
COMMON_WORD = 2000


# Words of the working world missing from pyspellchecker's English list, which a student types
# correctly: never named as slips, and what a slip of them is put beside ("analitics").
WORK_WORDS = _wordset(
    """
    analytics offsite onboard onboarding roadmap roadmaps fintech edtech healthtech upskilling
    reskilling mentee mentees kubernetes dbt dataset datasets workflow workflows stakeholder
    stakeholders dashboard dashboards startup startups internship internships skillset
    teammate teammates cybersecurity devops frontend backend fullstack esports ecommerce app
    apps podcast podcasts
    """
)
# The least a correction must be met in the word list for a word one letter from it to be a
# slip: a name is often one letter from a rare word ("priya", "oriya").
COMMON_SLIP = 100
# British spellings, which the US word list lacks: "colour", "analyse", "organisation".
_BRITISH = (
    ("isation", "ization"), ("ise", "ize"), ("ising", "izing"), ("ised", "ized"),
    ("yse", "yze"), ("our", "or"), ("ours", "ors"), ("tre", "ter"), ("tres", "ters"),
    ("lled", "led"), ("lling", "ling"), ("mme", "m"), ("mmes", "ms"), ("ogue", "og"),
    ("ence", "ense"), ("ences", "enses"),
)  # fmt: skip


@functools.cache
def _speller() -> Any:
    """pyspellchecker's English checker (with ``WORK_WORDS``), loaded the first time a word is
    looked up: under a second of start-up, paid only when a draft needs it."""
    from spellchecker import SpellChecker  # lazy: its word list costs start-up time

    checker = SpellChecker(language="en", distance=1)
    checker.word_frequency.load_words(sorted(WORK_WORDS))
    return checker


def _frequency(word: str) -> int:
    """How often ``word`` (any case) is met in the English word list; 0 when it is not in it."""
    return int(_speller().word_frequency[word.casefold()])


def word_frequency(word: str) -> int:
    """How often ``word`` (any case) is met in the English word list; 0 when it is not in it
    (a name such as "Salesforce")."""
    return _frequency(word)


def known_word(word: str) -> bool:
    """Whether ``word`` (lower case) is an English word (see :func:`_known`)."""
    return _known(word)


def _known(word: str) -> bool:
    """Whether ``word`` (lower case) is in the word list, in its US or its British spelling, or
    is the plural of a word in it ("apps", "podcasts")."""
    if _frequency(word):
        return True
    if word.endswith("s") and len(word) > 3 and _frequency(word[:-1]):
        return True
    if any(word.endswith(uk) and _frequency(word[: -len(uk)] + us) > 0 for uk, us in _BRITISH):
        return True
    return any(_frequency(us) > 0 or _frequency(us.removesuffix("s")) > 0 for us in _american(word))


# A British spelling inside a word, with its US form: "analysing", "organisational",
# "colourful", "centred", "defences", "travelling" are no slips.
_BRITISH_INSIDE = (
    (r"(?<=[a-z])is(?=(?:e|es|ed|ing|ation|ations|ational|er|ers|able)$)", "iz"),
    (r"(?<=[a-z])ys(?=(?:e|es|ed|ing|er|ers)$)", "yz"),
    (r"(?<=[a-z]{2})our(?=[a-z]*$)", "or"),
    (r"(?<=[a-z])tre(?=(?:s|d)?$)", "ter"),
    (r"(?<=[a-z])tred$", "tered"),
    (r"(?<=[a-z])ence(?=s?$)", "ense"),
    (r"(?<=[a-z])ll(?=(?:ed|ing|er|ers)$)", "l"),
    (r"(?<=[a-z])ogue(?=s?$)", "og"),
)  # fmt: skip


def _american(word: str) -> list[str]:
    """``word`` (lower case) with each British spelling in it written the US way, one change at
    a time and all together: "analysing" -> ["analyzing"], "behaviours" -> ["behaviors"]."""
    found: list[str] = []
    whole = word
    for pattern, us in _BRITISH_INSIDE:
        changed = re.sub(pattern, us, word)
        if changed != word:
            found.append(changed)
        whole = re.sub(pattern, us, whole)
    if whole != word:
        found.append(whole)
    return found


# Words right as typed that a general word list lacks, common in a student's answers (Indian
# and British English among them): "college tech fest", "techies", "lakhs of students".
_WORDS_OF_CAMPUS = _wordset(
    "tech techs techie techies fest fests techfest meetup meetups bootcamp bootcamps lakh lakhs "
    "crore crores fresher freshers hackathon hackathons edtech fintech healthtech agritech "
    "proptech regtech martech upskill upskilling reskilling"
)
# Words in which a typed slip is looked for: letters only, four or more.
_SPELL_WORD = lazy(r"(?<![\w'’\-@/.])[A-Za-z]{4,}(?![\w'’\-@/])")


def misspelled(text: str, keep: Sequence[str] = (), title: bool = False) -> list[str]:
    """The words of ``text`` that look mistyped ("data analitics", "Audit Asociate" ->
    ["analitics", "Asociate"]), as typed, in order, once: words in no English word list (US or
    British spelling) that are one letter from a common one. Words of ``keep`` (names of
    people, companies), products, acronyms and shorthand are never named; nothing is ever
    corrected. A capitalised word inside a sentence is a name ("Priya Raman", "Los Angeles")
    and is not named either, unless ``text`` is a title ("Audit Asociate": ``title``)."""
    kept = {w.casefold() for name in keep for w in _WORD.findall(str(name or ""))}
    kept |= set(PRODUCT_NAMES) | set(ACRONYMS) | set(SHORTHAND) | _WORDS_OF_CAMPUS
    found: list[str] = []
    for match in _SPELL_WORD.finditer(strip_emoji(str(text or ""))):  # "haha" is no slip
        word = match.group()
        low = word.casefold()
        if low in kept or word.isupper() or low in (w.casefold() for w in found):
            continue
        if any(c.isupper() for c in word[1:]):
            continue  # a capital inside a word is a brand's shape: "iPlayer", "eBay", "macOS"
        if not title and word[0].isupper() and match.start() > 0:
            continue
        if _known(low):
            continue
        guess = _speller().correction(low)
        if guess and guess != low and (guess in WORK_WORDS or _frequency(guess) >= COMMON_SLIP):
            found.append(word)
    return found


# How often a word must be met in the English list for a slip one letter from it to be
# written as it ("usabilty" -> "usability"): lower than ``COMMON_SLIP``, since the word is
# mended in a line handed back rather than named as a slip.
COMMON_MEANT = 20


def respelled(text: str, keep: Sequence[str] = (), seen: str = "") -> str:
    """``text`` with each mistyped word written as the word it was meant to be ("12 usabilty
    interviews" -> "12 usability interviews"): a word in no English word list, one letter from
    a word met at least ``COMMON_MEANT`` times, one of ``WORK_WORDS``, or a word of ``seen``
    (the student's own spelling elsewhere, as at setup). Names (``keep``, a capital inside a
    sentence), products, acronyms and shorthand stay as typed. For a line handed back to say
    aloud: a slip is never repeated."""
    kept = {w.casefold() for name in keep for w in _WORD.findall(str(name or ""))}
    kept |= set(PRODUCT_NAMES) | set(ACRONYMS) | set(SHORTHAND) | _WORDS_OF_CAMPUS
    theirs = {w.casefold() for w in _WORD.findall(seen)}

    def mend(match: re.Match[str]) -> str:
        word = match.group()
        low = word.casefold()
        if low in kept or word.isupper() or any(c.isupper() for c in word[1:]):
            return word
        if (word[0].isupper() and match.start() > 0) or _known(low):
            return word
        guess = str(_speller().correction(low) or "")
        if not guess or guess == low:
            return word
        if guess in WORK_WORDS or guess in theirs or _frequency(guess) >= COMMON_MEANT:
            return guess[0].upper() + guess[1:] if word[0].isupper() else guess
        return word

    return _SPELL_WORD.sub(mend, text)


def proper_nouns(text: str) -> str:
    """``text`` with names typed in lower case given their capital where the shape says they are
    names: a campaign named by a participle ("the wrapped campaign" -> "the Wrapped campaign")
    and a place after a gathering or a site at the end, when it is a rare word ("the team
    offsite in tahoe" -> "... in Tahoe"; "the office in person" stays). Capitals typed are
    kept."""

    def campaign(match: re.Match[str]) -> str:
        word = match.group(2)
        if word in _PLAIN_PARTICIPLES:
            return match.group()
        return f"{match.group(1)} {word[0].upper()}{word[1:]} {match.group(3)}"

    text = _NAMED_CAMPAIGN.sub(campaign, text)
    place = _PLACE_AT_END.search(text)
    if place and _frequency(place.group(1)) < COMMON_WORD:
        word = place.group(1)
        text = text[: place.start(1)] + word[0].upper() + word[1:]
    return text


# Something the person did or offered, not a topic of conversation: "Priya kindly offered to
# introduce me ...", "she said she'd put me in touch with ...".
_OFFER_ANY = lazy(
    r"\b(?:offered|promised|agreed|put\s+me\s+in\s+touch|introduced\s+me|connected\s+me|"
    r"referred\s+me|(?:said|told\s+me|mentioned)\s+(?:that\s+)?(?:he|she|they)\s*"
    r"(?:'d|’d|'ll|’ll|\s+would|\s+will|\s+could|\s+can))\b"
    r"|(?:'ll|’ll|\bwill|(?:'s|’s|\bis|\bwas|\bare)\s+going\s+to)\s+(?:(?:happily|gladly|also)\s+)?"
    r"(?=(?:introduce|connect|put\s+me\s+in\s+touch|pass|forward|send|share|refer|recommend)\b)",
    re.I,
)
# "she'll connect me", "he's going to pass it on": what they said they will do, said to them.
_WILL_DO = lazy(r"^(?:'ll|’ll|will|(?:'s|’s|is|was|are)\s+going\s+to)\s+", re.I)
# Words that may come before what someone did without being a topic: "oh and", "then", a
# pronoun, an adverb ("kindly").
_LEAD_WORDS = _wordset("oh and then also so but plus she he they very really super")
# A fragment that starts with a joining word: "and Priya", "oh and the data team".
_JOINING = lazy(r"^(?:(?:oh|and|but|so|then|plus|also)\b[\s,]*)+", re.I)


def _offer_told(words: str, known: Sequence[str]) -> tuple[str, str] | None:
    """``words`` split at what the person did when all before it is who did it ("Priya
    kindly", "oh and she"): (the adverbs said, what they did from its verb on); None when
    ``words`` is not such a sentence."""
    offer = _OFFER_ANY.search(words)
    if not offer:
        return None
    lead = _WORD.findall(words[: offer.start()])
    names = {w.casefold() for name in known for w in _WORD.findall(str(name or ""))}
    if len(lead) > 5:
        return None
    adverbs = []
    for word in lead:
        low = word.casefold()
        if low.endswith("ly") and low not in names:
            adverbs.append(low)
        elif low not in _LEAD_WORDS and low not in names and not word[:1].isupper():
            return None
    return " ".join(adverbs), _WILL_DO.sub("said you'd ", words[offer.start() :])


def tells_an_offer(text: str) -> bool:
    """Whether ``text`` tells of something someone offered or will do ("she offered to intro
    me", "he'll pass my CV on"): the offers, not the topic of a note, say it."""
    return bool(_OFFER_ANY.search(str(text or "")))


def _told_of_another(words: str, names: Sequence[str], people: Sequence[str]) -> bool:
    """Whether an offer told in ``words`` is someone else's: a name of ``people`` (the others
    met) stands before what was offered, and none of ``names`` (the person the note is to)."""
    offer = _OFFER_ANY.search(words)
    if not offer:
        return False
    lead = {w.casefold() for w in _WORD.findall(words[: offer.start()])}
    own = {w.casefold() for name in names for w in _WORD.findall(str(name or ""))}
    others = {w.casefold() for name in people for w in _WORD.findall(str(name or ""))} - own
    return bool(lead & others) and not lead & own


def _no_topic(said: str, people: Sequence[str]) -> str:
    """``said`` without a joining word before it ("and the data team" -> "the data team"); ""
    when what is left is no topic: a name and an adverb ("Priya kindly") or only people's
    names ("and Priya")."""
    said = _JOINING.sub("", said).strip(" ,;")
    known = {w.casefold() for name in people for w in _WORD.findall(str(name or ""))}
    words = [w.casefold() for w in _WORD.findall(said)]
    if known and words and all(w in known for w in words):
        return ""
    # "Priya kindly", "tom very generously": who did something, and how, but not what.
    who = known | _LEAD_WORDS
    if len(words) > 1 and words[-1].endswith("ly") and all(w in who for w in words[:-1]):
        return ""
    return said


def note_detail(
    text: str,
    names: Sequence[str],
    offered: bool,
    people: Sequence[str] = (),
    introduced: Sequence[str] = (),
) -> tuple[str, str]:
    """What a thank-you note may say of "one specific thing you talked about", typed by the
    student, said to the person the note is to: ``("thing", "your tip to learn dbt")`` after "I
    especially enjoyed", ``("clause", "you liked my dashboard story")`` after "I especially
    appreciated that", ``("promise", text)`` when it is the student's own promise (the note
    says it as one), or ``("", "")`` when it cannot be made a sentence to them (a first-person
    account, nothing left once the offer they are already thanked for is cut: ``offered``).
    Shorthand is written out ("abt" -> "about"); ``names`` and ``people`` are capitalised (see
    :func:`capitalise_names`)."""
    words = strip_end(written(strip_emoji(str(text or "")))).strip().strip("“”\"'")
    words = capitalise_names(words, names, people)
    # One thing talked about is one sentence: what follows ("also I said I'd send my portfolio
    # link by friday") is another matter, kept by its own question, never pasted into the note.
    words = strip_end(sentences(words)[0] if words else "").strip()
    if not words:
        return "", ""
    if _PROMISE_LEAD.match(words) and promise_todo(words):
        return "promise", words
    words = _pick_part(strip_lead(words))
    if not words:  # only a personal aside ("her dog is named waffles"): not for this note
        return "", ""
    did = _offer_told(words, [*names, *people, *introduced])
    if did is not None and _told_of_another(words, names, people):
        return "", ""  # "oh and priya said she'd ...", typed for James: Priya's offer, not his
    if did is not None:  # what they did or offered: never "our conversation about" it
        if offered:  # thanked for in its own line: never twice
            return "", ""
        adverbs, rest = did
        whose = _whose(words)
        rest = strip_end(to_person(_INTENSIFIER.sub("", rest), "" if whose == "?" else whose))
        clause = proper_nouns(" ".join(["you", adverbs, rest.strip(" ,;")]).replace("  ", " "))
        return ("clause", clause) if rest.strip(" ,;") else ("", "")
    talked = _TALKED.match(words)
    if talked:
        topic = proper_nouns(strip_end(to_person(talked["topic"])).strip())
        # "the Q3 roadmap and priya kindly offered to introduce me": the offer is no topic.
        known = [*names, *people, *introduced]
        for joint in reversed(list(re.finditer(r"\s*,\s*|\s+and\s+", topic))):
            if _offer_told(topic[joint.end() :], known) is not None:
                topic = topic[: joint.start()]
                break
        if offered:
            topic = strip_end(_OFFER_TOLD.sub("", topic)).strip(" ,;")
        topic = _no_topic(topic, [*people, *introduced])
        if not topic:
            return "", ""
        return ("problem" if _PROBLEM.search(topic) else "topic"), topic
    enjoyed = _ENJOYED.match(words)
    if enjoyed and not _FIRST_PERSON.match(enjoyed["thing"]):
        words = re.sub(r"^that\s+", "", enjoyed["thing"], flags=re.I)  # a clause, said as one
    if _FIRST_PERSON.match(words):
        return "", ""
    whose = _whose(words)
    if whose == "?":  # "he" and "she" with neither the subject: which one is "you" is unknown
        return "", ""
    said = to_person(_INTENSIFIER.sub("", words), whose)
    if offered:  # thanked for in its own line: never twice
        said = strip_end(_OFFER_TOLD.sub("", said)).strip(" ,;")
        said = strip_end(_OFFER_WILL.sub("", said)).strip(" ,;")
        # Still about the person they offered to introduce: that is the offer told again.
        for name in introduced:
            if name.strip() and re.search(
                rf"(?<![\w'’]){re.escape(name.strip())}(?![\w'’])", said, re.I
            ):
                return "", ""
    said = strip_end(_SPLICE.sub("; ", said)).strip(" ,;")
    said = lower_first(said)
    # "you explain how you onboard ...": what they told, said as what was heard ("hearing how
    # you onboard ..."), never "I appreciated that you explain how ..." (a tense that jars).
    # "talking me thru the churn model ...", "showing me their dashboard": the student's own
    # verb of what they did for them, said once ("I especially appreciated you talking me
    # through ..."), never inside a frame that says the verb again ("to talk through talking").
    walked = _WALKED.match(said)
    if walked and walked["rest"].strip(" ,;"):
        typed_verb = (walked["verb"] or walked["verb2"] or walked["verb3"]).casefold()
        verb = _WALKED_GERUND.get(typed_verb, typed_verb)
        how = walked["how"] or walked["how2"] or walked["how3"] or ""
        how = re.sub(r"\s+", " ", how.casefold().replace("thru", "through")).strip()
        return "walked", proper_nouns(" ".join(w for w in (verb, how, walked["rest"]) if w))
    told = _TOLD.match(said)
    if told:
        rest = told["rest"]
        if re.match(r"(?:the|your|their|his|her|a|an)\b", rest, re.I):
            rest = "about " + rest
        return "thing", f"hearing {rest}"
    if not said or _FIRST_PERSON.match(said):
        return "", ""
    said = proper_nouns(said)
    starts = re.match(r"[\w'’]+", said)
    first = starts.group().casefold().replace("’", "'") if starts else ""
    if first in SUBJECTS:  # a whole clause: appreciated, or, when it tells a difficulty,
        return ("candid" if _PROBLEM.search(said) else "clause"), said  # thanked for candour
    if _HOW.match(said):  # "how the rotation programme works": what they explained
        return "how", said
    if _PROBLEM.search(said):  # "the test coverage problem ...": never "I enjoyed" a problem
        return "problem", said
    # "and Priya", "oh and the data team": the joining word is no part of the topic; a name
    # and an adverb left ("Priya kindly") is no topic at all.
    said = _no_topic(said, [*people, *introduced])
    if not said:
        return "", ""
    gave = _CONTRIBUTION.match(said) or _THEY_GAVE.search(said)
    return ("thing" if gave else "topic"), said


def pledge(text: str, name: str = "") -> str:
    """A promise the student made, as they would say it to the person they made it to, after
    "I'll": "I said I'd send my dashboard link to Priya" (to Priya Raman) -> "send you my
    dashboard link"; "I told him I'd forward the article" -> "forward you the article"; "" when
    it cannot be said so."""
    words = strip_end(without_address(expand_shorthand(strip_emoji(text)))).strip().strip("“”\"'")
    words = _promised_thing(words)
    lead = _PROMISE_LEAD.match(words)
    rest = words[lead.end() :] if lead else words
    first = re.match(r"[A-Za-z]+", rest)
    if not first or first.group().casefold() not in _PROMISE_VERBS:
        return ""
    rest = lower_first(rest) if not rest[:1].isupper() or first.group() != "I" else rest
    person = [w for w in name.split() if w.casefold().rstrip(".") not in _HONORIFICS]
    them = [re.escape(p) for p in person] + ["him", "her", "them"]
    whole = re.escape(name) if name else "(?!)"
    rest = re.sub(rf"\b(?:{whole}|{'|'.join(them)})(?:['’]s)?(?![\w'’])", _to_you, rest, flags=re.I)
    rest = re.sub(r"\b(his|their)\b", "your", rest, flags=re.I)
    rest = re.sub(r"\byou you\b", "you", rest)
    moved = re.match(rf"(?P<verb>{'|'.join(_TO_WHOM)})\s+(?P<what>.+?)\s+to\s+you$", rest, re.I)
    if moved:
        rest = f"{moved['verb']} you {moved['what']}"
    # "send my GitHub link", said to them: "send you my GitHub link".
    rest = _TO_YOU_FIRST.sub(r"\1 you ", rest) if not re.search(r"\b(?:you|to)\b", rest) else rest
    return names_written(acronyms(rest))  # "my sql project on github" -> "SQL", "GitHub"


# A thing sent or given, with no one to send it to: "send my link" (to them: "send you my link").
_TO_YOU_FIRST = lazy(
    r"^(send|email|forward|give|show|lend|text)\s+(?=(?:my|the|a|an|some)\b)", re.I
)


def _to_you(match: re.Match[str]) -> str:
    return "your" if match.group().endswith(("'s", "’s")) else "you"
