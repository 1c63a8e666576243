"""Deterministic, explainable rubric scorer for one rehearsed pivot answer (COACHING.md E1-E8)."""

from __future__ import annotations

import re
from bisect import bisect_right
from copy import copy
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from bot.content import load_yaml
from flows.pivot.rubric import CAP, ELEMENTS, MAX_TOTAL, RED_FLAGS, band_for

# The rubric's constants are read from flows.pivot.rubric and offered here too.
__all__ = [
    "CAP",
    "ELEMENTS",
    "MAX_TOTAL",
    "RED_FLAGS",
    "Context",
    "Score",
    "Signals",
    "band_for",
    "classify_line",
    "normalise",
    "rules",
    "rules_doc",
    "score",
    "signals",
]

RULES = Path(__file__).parent / "content" / "rehearsal.yaml"

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
    }
)
_QUESTION_START = re.compile(r"^\W*(is|are|do|does|could|would|can|may|who|which|what|where|how)\b")
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def _compile(pattern: str) -> re.Pattern[str]:
    # People drop apostrophes on a phone ("im", "dont"), so every apostrophe is optional.
    return re.compile(pattern.replace("'", "'?"))


def _union(patterns: list[str]) -> re.Pattern[str]:
    return _compile("|".join(f"(?:{p})" for p in patterns))


_CLAUSE = re.compile(r"[.!?,;:()]|\bbut\b|\bthough\b|\bhowever\b|\s-\s")


@dataclass(frozen=True)
class _Kind:
    name: str
    match: re.Pattern[str] | None
    responses: re.Pattern[str] | None
    also: tuple[str, ...]
    words: tuple[int, int, int, int]
    specific: bool


def _kind(spec: dict[str, Any], default_words: list[int]) -> _Kind:
    return _Kind(
        name=spec.get("kind", "unknown"),
        match=_union(spec["match"]) if spec.get("match") else None,
        responses=_union(spec["responses"]) if spec.get("responses") else None,
        also=tuple(spec.get("also", ())),
        words=tuple(spec.get("words", default_words)),
        specific=spec.get("specific", True),
    )


@dataclass(frozen=True)
class Rules:
    """The scorer's data (content/rehearsal.yaml), compiled: its patterns, the interviewer's
    line kinds, and the words the feedback and the role-play interviewer use (``doc``)."""

    doc: dict[str, Any]
    groups: dict[str, re.Pattern[str]]
    negatable: frozenset[str]
    negators: frozenset[str]
    exempt: tuple[str, ...]
    stop: frozenset[str]
    team_stop: frozenset[str]
    kinds: tuple[_Kind, ...]
    unknown: _Kind
    none: _Kind
    by_name: dict[str, _Kind]


@cache
def rules_doc() -> dict[str, Any]:
    """rehearsal.yaml as read, once: ``build_flow`` reads it to check the personas' lines, and
    importing this module reads no file. Raises ``OSError`` or ``yaml.YAMLError``."""
    doc: dict[str, Any] = load_yaml(RULES)
    return doc


@cache
def rules() -> Rules:
    """The scorer's rules, compiled on first use (about 20 ms of regular expressions, paid by
    the first scored answer rather than by every start). Raises like ``rules_doc``."""
    doc = rules_doc()
    default = doc["length_default"]
    kinds = tuple(_kind(spec, default) for spec in doc["line_kinds"])
    unknown = _kind(doc["unknown_line"], default)
    none = _Kind("none", None, None, (), tuple(default), False)
    negation = doc["negation"]
    return Rules(
        doc=doc,
        groups={name: _union(pats) for name, pats in doc["patterns"].items()},
        negatable=frozenset(negation["groups"]),
        negators=frozenset(negation["words"]),
        exempt=tuple(e.replace("'", "") for e in negation["exempt"]),
        stop=frozenset(doc["stopwords"]),
        team_stop=frozenset(doc["team_stopwords"]),
        kinds=kinds,
        unknown=unknown,
        none=none,
        by_name={k.name: k for k in (*kinds, unknown, none)},
    )


@dataclass(frozen=True)
class Context:
    """What the scorer knows about the rehearsal; every field may be empty."""

    company: str = ""
    role: str = ""
    target: str = ""
    draws: str = ""  # what draws them to the company
    evidence: str = ""  # their proof, e.g. "a usage dashboard"
    last_line: str = ""  # the interviewer's last line, which the answer should respond to


@dataclass(frozen=True)
class Score:
    """One scored answer. ``missing`` are elements at 0, ``weak`` those at 1."""

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
        )
        return {key: copy(getattr(self, key)) for key in keys}


@dataclass(frozen=True)
class Signals:
    """What the role-play interviewer reacts to in an answer."""

    asked_contact: bool
    mentions_company: bool
    leaving: bool
    team: str  # the team the candidate named ("" if none)


def normalise(text: str) -> str:
    """Lower-case ``text`` with straight quotes and dashes, keeping every character's position."""
    text = re.sub(r"\\(.)", r"\1", text) if "\\" in text else text
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text.translate(_STRAIGHTEN))


@lru_cache(maxsize=512)  # bounded: lines carry team names, so a long-running bot sees many
def classify_line(line: str) -> str:
    """Kind of an interviewer line (``opening``, ``withdrawing``, ...; ``none`` when empty)."""
    return _kind_of(line).name


def _kind_of(line: str) -> _Kind:
    low = normalise(line.strip())
    r = rules()
    if not low:
        return r.none
    for kind in r.kinds:
        if kind.match and kind.match.search(low):
            return kind
    return r.unknown


@dataclass(frozen=True)
class _Hit:
    start: int
    sentence: int
    negated: bool
    end: int = 0


class _Doc:
    """The answer, split into sentences, with pattern hits looked up once per group."""

    def __init__(self, text: str) -> None:
        self.raw = text
        self.low = normalise(text)
        self.spans = [m.span() for m in re.finditer(r"[^\s.!?][^.!?\n]*[.!?]*", self.low)]
        self._starts = [s for s, _ in self.spans]
        self.words = len(_WORD.findall(self.low))
        self._found: dict[tuple[re.Pattern[str], bool], list[_Hit]] = {}

    def sentence_of(self, pos: int) -> int:
        return max(bisect_right(self._starts, pos) - 1, 0)

    def is_question(self, i: int) -> bool:
        s, e = self.spans[i]
        return self.low[s:e].rstrip().endswith("?") or bool(_QUESTION_START.match(self.low[s:e]))

    def sentence(self, i: int) -> str:
        s, e = self.spans[i]
        return self.raw[s:e].strip()

    def _negated(self, pos: int) -> bool:
        clause = _CLAUSE.split(self.low[max(0, pos - 48) : pos])[-1]
        words = [w.replace("'", "") for w in _WORD.findall(clause)][-4:]
        around = " ".join(words) + " " + self.low[pos : pos + 24].replace("'", "")
        r = rules()
        return not any(ex in around for ex in r.exempt) and any(w in r.negators for w in words)

    def find(self, pattern: re.Pattern[str] | None, negatable: bool = False) -> list[_Hit]:
        """Every match of ``pattern``, each marked negated or not (looked up once per pattern)."""
        if pattern is None or not self.spans:
            return []
        key = (pattern, negatable)
        if key not in self._found:
            self._found[key] = [
                _Hit(
                    m.start(),
                    self.sentence_of(m.start()),
                    negatable and self._negated(m.start()),
                    m.end(),
                )
                for m in pattern.finditer(self.low)
            ]
        return list(self._found[key])

    def hits(self, group: str) -> list[_Hit]:
        """Hits of a pattern group that are not negated."""
        r = rules()
        return [h for h in self.find(r.groups[group], group in r.negatable) if not h.negated]

    def negated(self, group: str) -> set[int]:
        r = rules()
        return {h.sentence for h in self.find(r.groups[group], group in r.negatable) if h.negated}

    def sentences(self, *groups: str) -> set[int]:
        return {h.sentence for g in groups for h in self.hits(g)}

    def quote(self, i: int, pos: int, limit: int = 140) -> str:
        s, e = self.spans[i]
        if e - s <= limit:
            return self.raw[s:e].strip()
        lo = max(s, pos - 50)
        lo = s if lo - s < 20 else self.raw.find(" ", lo) + 1
        hi = min(e, lo + limit)
        hi = e if e - hi < 15 else self.raw.rfind(" ", lo, hi)
        return ("…" if lo > s else "") + self.raw[lo:hi].strip() + ("…" if hi < e else "")


def _stem_pattern(value: str, stop: frozenset[str], whole: bool = True) -> re.Pattern[str] | None:
    """Match a user-given phrase, or any of its telling words, tolerating typos in the ending."""
    value = normalise(value).strip()
    alts = [re.escape(value).replace(r"\ ", r"\s+")] if whole and value else []
    for word in sorted(set(_WORD.findall(value)) - stop):
        if len(word) <= 4:
            alts.append(rf"{re.escape(word)}s?\b")
        else:  # a shorter stem forgives typos and endings: "Northvales", "readmisions"
            alts.append(
                re.escape(word[: max(5, len(word) - (3 if len(word) >= 7 else 1))]) + r"\w*"
            )
    return re.compile(r"\b(?:" + "|".join(alts) + ")") if alts else None


@dataclass(frozen=True)
class _CtxPatterns:
    company: re.Pattern[str] | None
    target: re.Pattern[str] | None
    draws: re.Pattern[str] | None
    evidence: re.Pattern[str] | None
    role: re.Pattern[str] | None
    role_love: re.Pattern[str] | None


@lru_cache(maxsize=256)
def _ctx_patterns(ctx: Context) -> _CtxPatterns:
    stop = rules().stop
    role = _stem_pattern(ctx.role, stop)
    love = None
    if role is not None:
        # "I love sales" when sales is the job they have said is wrong for them.
        love = re.compile(
            r"\b(?:love|adore|passionate about|excited about|thrilled about|enjoy)"
            r" (?:the |this |it |\w+ing )?" + role.pattern.removeprefix(r"\b")
        )
    return _CtxPatterns(
        _stem_pattern(ctx.company, stop),
        _stem_pattern(ctx.target, stop),
        _stem_pattern(ctx.draws, stop),
        _stem_pattern(ctx.evidence, stop),
        role,
        love,
    )


def _team_named(doc: _Doc, only: set[int] | None = None) -> str:
    r = rules()
    for m in r.groups["named_team"].finditer(doc.low):
        if only is not None and doc.sentence_of(m.start()) not in only:
            continue
        words = m.group().split()
        name = words[:-1]
        while name and name[0] in r.team_stop:
            name = name[1:]
        if name:
            return " ".join(name)
    return ""


class _Analysis:
    """Every element, red flag and quote for one answer; Score is its public face."""

    def __init__(self, text: str, ctx: Context) -> None:
        self.doc = doc = _Doc(text)
        self.ctx = ctx
        self.cp = cp = _ctx_patterns(ctx)
        self.kind = _kind_of(ctx.last_line)
        self.points: dict[str, int] = {}
        self.at: dict[str, _Hit] = {}
        self.company = {h.sentence for p in (cp.company, cp.draws) for h in doc.find(p)}
        self.company |= doc.sentences("company_generic")
        self.target = {h.sentence for h in doc.find(cp.target)}
        # Words inside a red-flag sentence earn no credit ("I built X, so move me to Y").
        self.poisoned = doc.sentences("disparage", "demand", "leave", "role_enthusiasm")
        self.poisoned |= {h.sentence for h in doc.find(cp.role_love, True) if not h.negated}
        self.responded = self._responded()
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

    def _set(self, points: int, hits: list[_Hit]) -> tuple[int, _Hit | None]:
        return points, (hits[0] if hits else None)

    def _ok(self, hits: list[_Hit]) -> list[_Hit]:
        return [h for h in hits if h.sentence not in self.poisoned]

    def _hits(self, group: str) -> list[_Hit]:
        return self._ok(self.doc.hits(group))

    def _responded(self) -> _Hit | None:
        doc, kind, r = self.doc, self.kind, rules()
        if kind is r.none or (kind is r.unknown and not self.ctx.last_line.rstrip().endswith("?")):
            return None
        hits = doc.find(kind.responses)
        also = {
            "target": [h for h in doc.find(self.cp.target)],
            "company": [h for h in doc.find(self.cp.company)] + doc.find(self.cp.draws),
            "proof": doc.hits("proof"),
            "strength": doc.hits("strength"),
        }
        for signal in kind.also:
            hits += also.get(signal, [])
        if "named_team" in kind.also and _team_named(doc):
            hits.append(_Hit(0, 0, False))
        if "brief" in kind.also:
            if doc.words > kind.words[3]:
                return None  # a full script when they are out of time ignores what they said
            if 0 < doc.words <= kind.words[1]:
                hits.append(_Hit(0, 0, False))
        if kind is r.unknown:
            line_words = set(_WORD.findall(normalise(self.ctx.last_line))) - r.stop
            hits += doc.find(
                _stem_pattern(" ".join(w for w in line_words if len(w) > 3), r.stop, whole=False)
            )
            # A short plain first sentence ("Blue.") is most likely the answer to their question.
            first = doc.low[slice(*doc.spans[0])] if doc.spans else ""
            if 0 < len(_WORD.findall(first)) <= 8 and not doc.is_question(0):
                hits.append(_Hit(0, 0, False))
        return min(hits, key=lambda h: h.start) if hits else None

    def ignored(self) -> bool:
        # Only a line we understand can be ignored: an unknown question lowers timing (E1) but
        # never raises the red flag, since we cannot tell what a real answer needs.
        r = rules()
        specific = self.kind.specific and self.kind not in (r.none, r.unknown)
        return specific and self.responded is None and self.doc.words > 0

    def _e1(self) -> tuple[int, _Hit | None]:
        doc, kind, r = self.doc, self.kind, rules()
        if doc.hits("leave"):
            return 0, None  # offering to end early is the worst timing there is
        if kind.name == "opening":
            # The moment itself is natural; only a thank-you or "yes, I do" is worth quoting.
            return (2 if doc.words >= 8 else 1 if doc.words else 0), next(
                iter(doc.hits("transition")), None
            )
        if kind is r.none or (kind is r.unknown and not self.ctx.last_line.rstrip().endswith("?")):
            if doc.hits("timing"):
                return self._set(2, doc.hits("timing"))
            return self._set(1 if doc.hits("transition") else 0, doc.hits("transition"))
        if self.responded is None:
            return 0, None
        return (2 if self.responded.sentence <= 1 else 1), self.responded

    def _e2(self) -> tuple[int, _Hit | None]:
        doc, cp = self.doc, self.cp
        refused = doc.negated("enthusiasm")
        draws = {h.sentence for h in doc.find(cp.draws)}
        specific = draws | doc.sentences("specific")
        best: tuple[int, _Hit | None] = (0, None)
        for hit in self._hits("enthusiasm"):
            i = hit.sentence
            # "That is the reason I applied" refers back to the sentence before.
            if i in refused or not {i - 1, i} & self.company:
                continue
            points = 2 if {i - 1, i, i + 1} & specific else 1
            if points > best[0]:
                best = (points, hit)
        if best[0] == 0:
            # Knowing something specific about them is half of it, even without a warm word.
            known = [h for h in self._ok(doc.find(cp.draws)) if h.sentence not in refused]
            return self._set(1 if known else 0, known)
        return best

    def _e3(self) -> tuple[int, _Hit | None]:
        doc = self.doc
        if doc.hits("disparage") or doc.hits("role_enthusiasm"):
            return 0, None  # criticism of the role, or faked love for it, is not honest fit
        if self._hits("mismatch"):
            return self._set(2, self._hits("mismatch"))
        strength = self._hits("strength")
        about_role = doc.hits("role_generic") or doc.find(self.cp.role) or doc.hits("honesty")
        return self._set((2 if about_role else 1) if strength else 0, strength)

    def _e4(self) -> tuple[int, _Hit | None]:
        doc = self.doc
        # "I do my best work in Y" says where they'd add value, so it bridges as well.
        statements = [
            h
            for h in self._hits("bridge")
            + self._hits("strength")
            + self._ok(doc.find(self.cp.target))
            if not doc.is_question(h.sentence)
        ]
        proof = self._hits("proof") + self._ok(doc.find(self.cp.evidence))
        points = (1 if statements else 0) + (1 if proof else 0)
        return self._set(points, sorted(proof, key=lambda h: h.start) or statements)

    def _e5(self) -> tuple[int, _Hit | None]:
        doc = self.doc
        if doc.hits("demand"):
            return 0, None
        asks = [h for h in doc.hits("ask") if doc.is_question(h.sentence)] + doc.hits("request")
        if self.kind.name == "floated_team" and doc.hits("accept"):
            follow = [h for h in doc.hits("team_followup") if doc.is_question(h.sentence)]
            return self._set(2 if follow or asks else 1, doc.hits("accept"))
        if asks:
            many = len({h.sentence for h in asks}) > 2  # COACHING: one small ask
            return self._set(1 if many else 2, sorted(asks, key=lambda h: h.start))
        jobs = [h for h in doc.hits("job_ask") if doc.is_question(h.sentence)]
        return self._set(1 if jobs or doc.hits("soft_ask") else 0, jobs or doc.hits("soft_ask"))

    def _e6(self) -> tuple[int, _Hit | None]:
        doc = self.doc
        if doc.hits("leave") or doc.hits("demand"):
            return 0, None
        if doc.hits("door_open"):
            return self._set(2, doc.hits("door_open"))
        soft = [] if doc.hits("leaving") else doc.hits("door_soft")
        return self._set(1 if soft else 0, soft)

    def _e7(self) -> tuple[int, _Hit | None]:
        doc = self.doc
        strong = doc.hits("follow_permission") + doc.hits("follow_commit")
        if strong:
            return self._set(2, strong)
        return self._set(1 if doc.hits("follow_mention") else 0, doc.hits("follow_mention"))

    def length_points(self) -> int:
        ideal_lo, ideal_hi, hard_lo, hard_hi = self.kind.words
        words = self.doc.words
        return 2 if ideal_lo <= words <= ideal_hi else 1 if hard_lo <= words <= hard_hi else 0

    def _e8(self) -> tuple[int, _Hit | None]:
        fillers, sorry = len(self.doc.hits("fillers")), len(self.doc.hits("apologies"))
        penalty = 2 if fillers >= 5 else 1 if fillers >= 2 else 0
        penalty += 2 if sorry >= 4 else 1 if sorry >= 2 else 0
        return max(0, self.length_points() - penalty), None

    def _red_flags(self) -> list[str]:
        doc = self.doc
        fake = doc.hits("role_enthusiasm") or [
            h for h in doc.find(self.cp.role_love, True) if not h.negated
        ]
        found = {
            "disparages_role": bool(doc.hits("disparage")),
            "fakes_interest": bool(fake),
            "demands_job": bool(doc.hits("demand")),
            "leaves_early": bool(doc.hits("leave")),
            "ignores_interviewer": self.ignored(),
        }
        return [flag for flag in RED_FLAGS if found[flag]]

    def to_score(self) -> Score:
        raw = sum(self.points.values())
        total = min(raw, CAP) if self.flags else raw
        quotes = {e: self.doc.quote(h.sentence, h.start) for e, h in self.at.items() if e != "E8"}
        return Score(
            total=total,
            elements=dict(self.points),
            red_flags=self.flags,
            band=band_for(total),
            missing=[e for e in ELEMENTS if self.points[e] == 0],
            weak=[e for e in ELEMENTS if self.points[e] == 1],
            quotes=quotes,
            raw_total=raw,
            line_kind=self.kind.name,
            words=self.doc.words,
            fillers=[
                self.doc.low[h.start : h.end].strip(" ,.?!") for h in self.doc.hits("fillers")
            ],
            apologies=len(self.doc.hits("apologies")),
        )


def score(text: str, ctx: Context) -> Score:
    """Score one practised answer against the rubric; red flags cap the total at 5."""
    return _Analysis(text, ctx).to_score()


def signals(text: str, ctx: Context) -> Signals:
    """What an interviewer would notice in ``text``: an ask, the company, leaving, a team."""
    a = _Analysis(text, ctx)
    team = (
        ctx.target.strip()
        if a.target
        else _team_named(a.doc, {h.sentence for h in a.doc.hits("ask")})
    )
    return Signals(
        asked_contact=a.points["E5"] > 0 and bool(a.doc.hits("ask") or a.doc.hits("request")),
        mentions_company=bool(a.company),
        leaving=bool(
            a.doc.hits("leaving")
            or a.doc.hits("leave")
            or (a.doc.hits("mismatch") and a.points["E6"] == 0)
        ),
        team=team,
    )
