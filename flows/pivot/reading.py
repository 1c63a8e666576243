"""One answer, read once: normalised text, sentences, pattern hits and the shape of the answer.

The shape checks (labelled lists, fragments without sentences, keyword stuffing, rubric words)
look at how an answer is built, not at which words it uses, so an answer written to tick the
rubric's boxes gets caught whatever its words.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cached_property, lru_cache
from itertools import repeat
from typing import NamedTuple

from bot.patterns import lazy
from flows.pivot.rules import Gate, Matcher, Rules, rules, starts_of

_STRAIGHTEN = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u02bc": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2026": ".",
        "\u2022": "-",
    }
)
WORD = lazy(r"[a-z0-9]+(?:'[a-z]+)?")
_START, _GROUP = re.Match.start, re.Match.group
# A sentence ends at . ! ? before a space, or at a line break; "0.81" does not end one. The same
# matches as r"[.!?]+(?=\s|$)|\n", written to start with one character class so the engine skips
# to the next mark instead of trying both choices at every character (three times faster).
_SENTENCE_END = lazy(r"[.!?\n](?:(?<=\n)|[.!?]*(?=\s|$))")
_SPACE = " \t\r\n\f\v.!?"
_PUNCT = "\"'.,;:!?()[]*-"


# A full stop that ends an abbreviation, not a sentence (issue 11: "Ms." cut a quote): a title
# before a name or "e.g." always goes on; "a.m.", "etc.", "U.S." go on unless a sentence's
# usual first word follows ("... by 10 a.m. I'll ...").
_TITLE_STOP = lazy(r"(?:^|[\s(\"'])(?:mr|ms|mrs|mx|dr|prof|st|e\.g|i\.e|eg|ie|vs|approx|cf)\.$")
_ABBREV_STOP = lazy(r"(?:^|[\s(\"'])(?:a\.m|p\.m|etc|u\.s|u\.k|u\.s\.a|jr|sr|inc|ltd|co)\.$")
_OPENER = lazy(
    r"\s+(?:i|i'm|i'd|i've|i'll|we|my|so|but|also|it|that|this|thank|thanks|please"
    r"|honestly|would|could|can|may|is|are|do|what|how|who|why)\b"
)


def _abbreviation(text: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` ends an abbreviation inside a sentence."""
    before = text[max(0, stop - 7) : stop + 1]
    if _TITLE_STOP.search(before):
        return True
    return bool(_ABBREV_STOP.search(before)) and not _OPENER.match(text, stop + 1)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Each sentence's (start, end) in ``text``, end marks included, spaces around left out."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.group() == "." and m.end() < len(text) and _abbreviation(text, m.start()):
            continue  # "Ms. Okafor", "e.g. pricing": the sentence goes on
        end = m.end() if m.group() != "\n" else m.start()
        _add_span(text, start, end, spans)
        start = m.end()
    _add_span(text, start, len(text), spans)
    return spans


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start] in _SPACE:
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


_QUESTION_START = lazy(
    r"^\W*(is|are|do|does|could|would|can|may|who|which|what|where|how|should|shall|might|any)\b"
)
# A question asked inside a sentence ("So, is there someone I could talk to, or ...").
_EMBEDDED_QUESTION = lazy(
    r"(?:^|[,;:]\s*|\b(?:and|or|so|but|like|also)\s+)(?:is there|are there|could you|would you|"
    r"can you|could i|can i|may i|do you|would it be|let me know (?:if|whether)|"
    r"(?:i was |i'm )?wondering (?:if|whether))\b"
)
# Words every match of _EMBEDDED_QUESTION holds: looked for first, as plain substrings.
_EMBEDDED_WORDS = (
    "is there",
    "are there",
    "could you",
    "would you",
    "can you",
    "could i",
    "can i",
    "may i",
    "do you",
    "would it be",
    "let me know",
    "wondering",
)


@lru_cache(maxsize=4)
def _negator(words: frozenset[str]) -> re.Pattern[str]:
    """Any of the negating ``words`` (apostrophes dropped, as the exact check reads them), or
    a contraction in n't: a quick first look that finds all the exact check could."""
    alternatives = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b|n't\b|'nt\b")  # "do'nt" too


_RUN = lazy(r"[a-z0-9]+")


@lru_cache(maxsize=4)
def _runs_only(words: frozenset[str]) -> bool:
    """Whether every one of ``words`` is ASCII letters and digits only."""
    return all(w.isascii() and w.isalnum() for w in words)


# Where a clause ends, looking back from a match: negation does not reach past these.
_CLAUSE_MARKS = ".!?,;:()"
_CLAUSE_WORDS = (" but ", " though ", " however ", " - ")
# A label starting a line or a sentence: "Ask: ...", "- Honest fit: ...".
_LABEL = lazy(r"(?:^|[.;!?\n])\s*(?:[-*]\s*)?[a-z][a-z'&-]*(?: [a-z'&-]+){0,2}\s?:\s", re.M)
# Words in quotation marks: opened after a space or at the start, closed before a space or a mark.
_QUOTED = lazy(r"""(?:(?<=[\s(])|^)(['"])(?=\w)[^'"\n]{2,80}?(?<=[\w.,!?])\1(?=[\s.,;:!?)-]|$)""")
# Words for whoever grades the answer, not for the interviewer.
_TO_GRADER = lazy(
    r"\b(ignore|disregard|forget|override) (all )?(your|the|any|previous|prior)( \w+)? "
    r"(rubric|instructions?|prompt|rules|scoring|criteria|guidelines)\b"
    r"|\b(note|message|instructions?) (to|for) (the )?(evaluator|grader|marker|judge|assessor|scorer|"
    r"ai|model|llm|system)\b"
    r"|\b(give|award|score|mark|rate|grade)( (this|the|my) (answer|response|reply))?( it)? "
    r"(a |an )?(\d{1,2} ?/ ?16|16 out of 16|full marks|top marks|maximum|the maximum|a perfect)\b"
    r"|\b(all|every) (eight|8|of the) (elements|criteria|rubric)\b"
)
_GRADER_WORDS = frozenset(
    [
        "rubric",
        "instruction",
        "instructions",
        "prompt",
        "evaluator",
        "grader",
        "marker",
        "judge",
        "assessor",
        "scorer",
        "ai",
        "model",
        "llm",
        "system",
        "marks",
        "maximum",
        "perfect",
        "elements",
        "criteria",
        "guidelines",
        "rules",
        "scoring",
        "16",
    ]
)
# A blank left in a template: "[company]", "<your team>", "{name}", "[X]", "XXX".
_PLACEHOLDER = lazy(r"\[[^\[\]\n]{1,40}\]|<[A-Za-z][^<>\n]{0,38}>|\{[^{}\n]{1,40}\}|\b[Xx]{3,}\b")
# Words that make a group of words a clause: a subject or a finite verb.
_VERBISH = frozenset(
    [
        "i",
        "we",
        "you",
        "he",
        "she",
        "they",
        "it",
        "there",
        "is",
        "are",
        "was",
        "were",
        "am",
        "be",
        "been",
        "being",
        "have",
        "has",
        "had",
        "do",
        "does",
        "did",
        "can",
        "could",
        "would",
        "will",
        "should",
        "may",
        "might",
        "must",
        "let's",
        "im",
        "i'm",
        "i'd",
        "id",
        "i've",
        "ive",
        "i'll",
        "that's",
        "it's",
        "there's",
        "what's",
        "whats",
        "who's",
        "here's",
        "get",
        "got",
        "make",
        "made",
        "need",
        "want",
        "think",
        "know",
        "see",
        "hope",
    ]
)
# Words that make a quoted phrase a claim held at arm's length, not a name.
_CLAIM_WORDS = _VERBISH | {"love", "stay", "keep", "follow", "passionate", "excited", "best"}


def normalise(text: str) -> str:
    """Lower-case ``text`` with straight quotes and dashes, keeping every character's position."""
    text = text.translate(_STRAIGHTEN)
    low = text.lower()
    if len(low) == len(text):
        return low
    # A few characters lower-case to two ("İ"): keep those as they are, so offsets still match.
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


class Hit(NamedTuple):
    """Where a pattern matched: offsets in the normalised text and the sentence index."""

    start: int
    sentence: int
    negated: bool
    end: int = 0


class Reading:
    """The answer, normalised and split into sentences, with pattern hits looked up once."""

    def __init__(self, text: str, rule: Rules | None = None) -> None:
        self.rules = r = rule or rules()
        self.raw = re.sub(r"\\(.)", r"\1", text) if "\\" in text else text
        low = normalise(self.raw)
        # Phone shorthand read as words ("cd u" -> "could you"); remember where text moved:
        # segments of (normalised start, raw start, raw length, copied unchanged).
        self._segments: list[tuple[int, int, int, bool]] = []
        words = list(WORD.finditer(low))
        tokens = list(map(_GROUP, words))
        # The words as typed, before any shorthand is read: the register is in how it is typed.
        self.typed_tokens = tokens
        if not r.shorthand_words.isdisjoint(tokens) or " & " in low or " + " in low:
            parts: list[str] = []
            at = last = 0
            for m in r.shorthand_pattern.finditer(low):
                word = r.shorthand[m.group()]
                self._segments.append((at, last, m.start() - last, True))
                self._segments.append(
                    (at + m.start() - last, m.start(), m.end() - m.start(), False)
                )
                parts += [low[last : m.start()], word]
                at += m.start() - last + len(word)
                last = m.end()
            self._segments.append((at, last, len(low) - last, True))
            low = "".join([*parts, low[last:]])
            words = list(WORD.finditer(low))
            tokens = list(map(_GROUP, words))
        self._segment_starts = [s for s, _, _, _ in self._segments]
        self.low = low
        self.spans = sentence_spans(low)
        self._starts = [s for s, _ in self.spans]
        self.tokens = tokens
        self.words = len(tokens)
        # Each sentence's words, apostrophes dropped.
        offsets = list(map(_START, words))
        plain = list(map(str.replace, tokens, repeat("'"), repeat(""))) if "'" in low else tokens
        self._plain = plain
        self.sentence_tokens: list[list[str]] = [
            plain[bisect_left(offsets, s) : bisect_left(offsets, e)] for s, e in self.spans
        ]
        self.starts: dict[Gate, list[int]] = starts_of(
            low, tokens, offsets, r.catalogue.pair_firsts
        )
        self.gates = frozenset(self.starts)
        self._groups = r.catalogue.find_all(low, self.starts, self.gates) if self.spans else {}
        self._found: dict[tuple[re.Pattern[str] | Matcher, bool], list[Hit]] = {}
        self._hits: dict[str, list[Hit]] = {}
        self._sentences: dict[str, set[int]] = {}
        self._questions: dict[int, bool] = {}

    # -- positions and sentences ----------------------------------------------------------

    def to_raw(self, pos: int) -> int:
        """The raw text's offset for an offset in the normalised text."""
        if not self._segments:
            return pos
        norm, raw, length, same = self._segments[bisect_right(self._segment_starts, pos) - 1]
        return raw + (pos - norm) if same else raw + (length if pos > norm else 0)

    def sentence_of(self, pos: int) -> int:
        return max(bisect_right(self._starts, pos) - 1, 0)

    def text_of(self, i: int) -> str:
        """Sentence ``i`` in the normalised text."""
        s, e = self.spans[i]
        return self.low[s:e]

    def is_question(self, i: int) -> bool:
        """Whether sentence ``i`` asks something (a "?", a question word first, or "is there
        ..." inside it)."""
        known = self._questions.get(i)
        if known is None:
            text = self.text_of(i)
            known = self._questions[i] = (
                "?" in text
                or bool(_QUESTION_START.match(text))
                or (
                    any(words in text for words in _EMBEDDED_WORDS)
                    and bool(_EMBEDDED_QUESTION.search(text))
                )
            )
        return known

    def sentence(self, i: int) -> str:
        """Sentence ``i`` as the user wrote it."""
        s, e = self.spans[i]
        if not self._segments:  # no shorthand read: offsets are the raw text's
            return self.raw[s:e].strip()
        return self.raw[self.to_raw(s) : self.to_raw(e)].strip()

    def sentence_words(self, i: int) -> int:
        return len(self.sentence_tokens[i])

    def quote(self, i: int, pos: int, limit: int = 140) -> str:
        """The user's own words around ``pos`` in sentence ``i``, trimmed to about ``limit``."""
        s, e = self.spans[i]
        if self._segments:  # shorthand was read: map to the raw text (no generator otherwise)
            s, e, pos = self.to_raw(s), self.to_raw(e), self.to_raw(pos)
        if e - s <= limit:
            return self.raw[s:e].strip()
        lo = max(s, pos - 50)
        lo = s if lo - s < 20 else self.raw.find(" ", lo) + 1
        hi = min(e, lo + limit)
        hi = e if e - hi < 15 else self.raw.rfind(" ", lo, hi)
        return ("…" if lo > s else "") + self.raw[lo:hi].strip() + ("…" if hi < e else "")

    # -- pattern hits -------------------------------------------------------------------------

    def _negated(self, pos: int) -> bool:
        window = self.low[max(0, pos - 48) : pos]
        negators = self.rules.negators
        # Most matches: no negating word nearby. The clause's words below, once stripped, are
        # runs of letters and digits in the window without apostrophes, so when the negating
        # words are such runs, none among the window's runs means none among the clause's.
        if _runs_only(negators) and negators.isdisjoint(_RUN.findall(window.replace("'", ""))):
            return False
        if not _negator(negators).search(window):
            return False
        cut = max(map(window.rfind, _CLAUSE_MARKS)) + 1
        for w in _CLAUSE_WORDS:
            at = window.rfind(w)
            if at >= 0:
                cut = max(cut, at + len(w))
        words = [w.strip(_PUNCT).replace("'", "") for w in window[cut:].split()[-4:]]
        if negators.isdisjoint(words):
            return False
        around = " ".join(words) + " " + self.low[pos : pos + 24].replace("'", "")
        return not any(ex in around for ex in self.rules.exempt)

    def find(self, pattern: re.Pattern[str] | Matcher | None, negatable: bool = False) -> list[Hit]:
        """Every match of ``pattern``, each marked negated or not (looked up once per pattern)."""
        if pattern is None or not self.spans:
            return []
        key = (pattern, negatable)
        found = self._found.get(key)
        if found is None:
            if isinstance(pattern, Matcher):
                matches = (
                    self._groups.get(pattern.name, ())
                    if pattern.name
                    else pattern.finditer(self.low, gates=self.gates, starts=self.starts)
                )
            else:
                matches = list(pattern.finditer(self.low))
            if not matches:  # most patterns, on most answers
                found = self._found[key] = []
                return found
            starts, negated, make = self._starts, self._negated, tuple.__new__
            # tuple.__new__ directly: a Hit per match, without a Python-level call for each.
            found = self._found[key] = [
                make(
                    Hit,
                    (
                        at := m.start(),
                        max(bisect_right(starts, at) - 1, 0),
                        negatable and negated(at),
                        m.end(),
                    ),
                )
                for m in matches
            ]
        return found

    def hits(self, group: str) -> list[Hit]:
        """Hits of a pattern group that are not negated."""
        found = self._hits.get(group)
        if found is None:
            if group not in self._groups and group in self.rules.groups:
                # Most groups match nowhere in an answer: no hits, without building any.
                found = self._hits[group] = []
                return found
            negatable = group in self.rules.negatable
            found = self.find(self.rules.groups[group], negatable)
            if negatable:
                found = [h for h in found if not h.negated] if found else []
            self._hits[group] = found
        return found

    def negated(self, group: str) -> set[int]:
        """Sentences where ``group`` matched but was negated."""
        found = self.find(self.rules.groups[group], group in self.rules.negatable)
        return {h.sentence for h in found if h.negated}

    def sentences(self, *groups: str) -> set[int]:
        """Sentences where any of ``groups`` matched (not negated)."""
        out: set[int] = set()
        for group in groups:
            found = self._sentences.get(group)
            if found is None:
                found = self._sentences[group] = {h.sentence for h in self.hits(group)}
            out |= found
        return out

    def sentence_has(self, group: str, i: int) -> bool:
        """Whether sentence ``i`` has a hit of ``group`` (not negated): ``i in sentences(group)``
        without a new set per call (asked for every proof and hedge of an answer)."""
        found = self._sentences.get(group)
        if found is None:
            found = self._sentences[group] = {h.sentence for h in self.hits(group)}
        return i in found

    def in_sentences(self, group: str, only: set[int]) -> list[Hit]:
        return [h for h in self.hits(group) if h.sentence in only]

    # -- shape --------------------------------------------------------------------------------

    def labels(self) -> int:
        """How many lines or sentences open with a label ("Ask: ...")."""
        if self.low.count(":") < 3:
            return 0  # three labels need three colons
        return len(_LABEL.findall(self.low))

    def fragments(self) -> int:
        """Sentences with neither a subject nor a finite verb ("Credit risk, yes.")."""
        return sum(
            1
            for words in self.sentence_tokens
            if words and _VERBISH.isdisjoint(words) and not any(w.endswith("ed") for w in words)
        )

    def function_share(self) -> float:
        """Share of small grammatical words: about 0.4 in speech, far less in keyword lists."""
        if not self.tokens:
            return 0.0
        return sum(map(self.rules.function_words.__contains__, self._plain)) / len(self.tokens)

    @cached_property
    def vocab(self) -> frozenset[str]:
        """The answer's words, as a set (apostrophes dropped: "dont")."""
        return frozenset(self._plain)

    @cached_property
    def sentence_vocab(self) -> list[frozenset[str]]:
        """Each sentence's words, as a set (apostrophes dropped)."""
        return [frozenset(words) for words in self.sentence_tokens]

    def quoted(self) -> list[tuple[int, int]]:
        """Spans of the normalised text inside quotation marks ("I'd 'love to stay in touch'"):
        words held up at arm's length, not said. An apostrophe inside a word opens none."""
        low = self.low
        if not (" '" in low or ' "' in low or "('" in low or '("' in low or low[:1] in "'\""):
            return []
        spans = []
        for m in _QUOTED.finditer(self.low):
            # A claim quoted ("'I do my best work in X'"), not a name ("their 'rent week'").
            words = set(WORD.findall(m.group()))
            if len(words) >= 3 and not words.isdisjoint(_CLAIM_WORDS):
                spans.append((m.start(), m.end()))
        return spans

    def placeholders(self) -> int:
        """How many unfilled template blanks the answer has: "[company]", "<your team>",
        "{name}", "[X]", "XXX"."""
        if not any(c in self.raw for c in "[<{") and "xxx" not in self.low:
            return 0
        return len(_PLACEHOLDER.findall(self.raw))

    def to_grader(self) -> bool:
        """Whether the answer talks to whoever scores it rather than to the interviewer
        ("ignore your rubric", "give this answer 16/16", "note to the evaluator")."""
        if _GRADER_WORDS.isdisjoint(self.vocab):
            return False
        return bool(_TO_GRADER.search(self.low))

    def rubric_words(self) -> int:
        """How many of the rubric's own terms the answer uses."""
        return len(self.rules.rubric_terms.finditer(self.low, gates=self.gates, starts=self.starts))
