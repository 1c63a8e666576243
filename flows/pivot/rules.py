"""The rules judge's rules: rehearsal.yaml read once, on first use, and compiled.

Nothing is read at import time; ``rules()`` loads and compiles on its first call and caches the
result for the life of the process.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from operator import itemgetter
from pathlib import Path
from typing import Any

from bot.content import load_yaml
from bot.patterns import lazy

CONTENT_FILE = Path(__file__).parent / "content" / "rehearsal.yaml"


@cache
def rules_doc() -> dict[str, Any]:
    """rehearsal.yaml as read, once: patterns, line kinds, feedback words, the interviewer's cast.
    ``build_flow`` reads it to check the personas, and importing this module reads no file.
    Raises ``OSError`` or ``yaml.YAMLError``, and ``ValueError`` when it is not a mapping."""
    data = load_yaml(CONTENT_FILE)
    if not isinstance(data, dict):
        raise ValueError(f"{CONTENT_FILE.name}: expected a mapping")
    return data


def compile_pattern(pattern: str) -> re.Pattern[str]:
    # People drop apostrophes on a phone ("im", "dont"), so every apostrophe is optional.
    return re.compile(pattern.replace("'", "'?"))


def union(patterns: list[str]) -> re.Pattern[str]:
    """One pattern matching any of ``patterns``."""
    return compile_pattern("|".join(f"(?:{p})" for p in patterns))


def split_top(pattern: str) -> list[str]:
    """``pattern``'s top-level alternatives (``a|b(c|d)`` -> ``a``, ``b(c|d)``)."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = pattern.index("]", i + 2)
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*parts, pattern[start:]]


_LEADING_CHOICE = lazy(r"^\\b\((?:\?:)?([^()]+)\)(?![?*+{])(.*)$", re.S)


_SECOND_CHOICE = lazy(r"^\\b([a-z']{1,4}) \((?:\?:)?([^()]+)\)(?![?*+{])(.*)$", re.S)
_SHORT_WORD_CHOICE = lazy(r"^\\b([a-z']{1,3})\((?:\?:)?([^()\[\]]+)\)(?![?*+{])(.*)$", re.S)
_LEADING_OPTION = lazy(r"^\\b\((?:\?:)?[^()\[\]]*\)\?(?=[a-z(])")


def _expand(pattern: str) -> list[str]:
    """``\\b(i|we) built`` -> ``\\bi built``, ``\\bwe built``: each starts with a letter.

    A leading optional word is dropped (``\\b(just )?kidding`` -> ``\\bkidding``): it changes
    where a match starts, never whether there is one.
    """
    out = []
    for alt in split_top(pattern):
        while _LEADING_OPTION.match(alt):
            alt = _LEADING_OPTION.sub(r"\\b", alt)
        short = _SHORT_WORD_CHOICE.match(alt)
        if short and "" not in short.group(2).split("|"):  # "\\bi('m| am)" -> "\\bi'm", "\\bi am"
            out += [rf"\b{short.group(1)}{c}{short.group(3)}" for c in short.group(2).split("|")]
            continue
        m = _LEADING_CHOICE.match(alt)
        if m and "" not in m.group(1).split("|"):
            alts = [rf"\b{word}{m.group(2)}" for word in m.group(1).split("|")]
        else:
            alts = [alt]
        for alt in alts:
            # "\\bi (built|led)" -> "\\bi built", "\\bi led": tried only where "i built" is said.
            second = _SECOND_CHOICE.match(alt)
            if second and "" not in second.group(2).split("|"):
                out += [
                    rf"\b{second.group(1)} {c}{second.group(3)}" for c in second.group(2).split("|")
                ]
            else:
                out.append(alt)
    return [piece for alt in out for piece in _split_lead(alt)]


# What may come before a choice that ``_split_choice`` splits: a word boundary, a lookbehind or
# the start, then literal letters, digits, apostrophes and spaces only.
_BEFORE_CHOICE = lazy(r"(?:\\b|\^|\(\?<[=!][^()]*\))?[a-z0-9' ]*")
# Alternatives one pattern may be split into: more would cost more than the scan they save.
_MAX_SPLIT = 24
_GROUP_REFERENCE = lazy(r"\\[1-9]|\(\?P")


def _split_choice(alt: str) -> list[str] | None:
    """``alt`` with its first group written out, one alternative per choice, in the group's
    order: ``(^|(?<=[.!?] ))(well )?someone`` -> ``^(well )?someone``, ``(?<=[.!?] )(well
    )?someone``; an optional group adds the alternative without it, last (``(x )?y`` tries
    ``x y`` first, then ``y``). The same matches, the same starts: a regex tries a group's
    choices in order, as an alternation tries its alternatives. None when the first group
    cannot be written out (a lookaround, a repeat, a lazy or possessive option, a reference)."""
    if _GROUP_REFERENCE.search(alt):
        return None  # written out, a group's number or name would mean another group
    before = _BEFORE_CHOICE.match(alt)
    i = before.end() if before is not None else 0  # (it matches every text)
    if not alt.startswith("(", i) or (alt.startswith("(?", i) and not alt.startswith("(?:", i)):
        return None
    end = _close(alt, i)
    after = alt[end : end + 1]
    if after in ("*", "+", "{") or alt.startswith(("??", "?+"), end):
        return None  # a repeat, or an option tried lazily or possessively
    inner = alt[i + 1 : end - 1].removeprefix("?:")
    choices = split_top(inner) + ([""] if after == "?" else [])
    rest = alt[end + (after == "?") :]
    return [alt[:i] + choice + rest for choice in choices]


def _split_lead(alt: str) -> list[str]:
    """``alt``, or the alternatives ``_split_choice`` writes it out to when that gives each of
    them a ``lead``: ``\\b(brainless|low[- ]skill(ed)?)`` is then tried only where "brainless"
    or "low" starts a word, where as one pattern it was tried at every character of the text.
    (An alternative that has a lead already is left whole: written out to two-word leads, "i
    want" for "i", each would save a few tries per answer but cost its own compiled pattern when
    the rules are first used, +0.23 s for all of them.)"""
    done: list[str] = []
    todo = [alt]
    while todo:
        part = todo.pop(0)
        if lead(part) is not None:
            done.append(part)
            continue
        split = _split_choice(part)
        if split is None or len(done) + len(todo) + len(split) > _MAX_SPLIT:
            return [alt]
        todo = split + todo
    return done


Gate = tuple[str, str]  # ("w", a whole word) or ("p", the first four letters of a word)


def _close(pattern: str, i: int) -> int:
    """Index just past the group or class opening at ``pattern[i]``."""
    if pattern[i] == "[":
        return pattern.index("]", i + 2) + 1
    depth = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = pattern.index("]", i + 2) + 1
            continue
        depth += c == "("
        depth -= c == ")"
        i += 1
        if depth == 0:
            return i
    return i


# Words too common to gate on: nearly every answer has them.
_COMMON = frozenset(
    [
        "your",
        "with",
        "that",
        "this",
        "have",
        "would",
        "could",
        "about",
        "what",
        "really",
        "there",
        "been",
        "will",
        "from",
        "they",
        "them",
        "when",
        "where",
        "which",
        "like",
        "just",
        "more",
        "very",
        "some",
        "into",
        "also",
        "than",
        "then",
    ]
)


def gate(alternative: str, boundary: bool = True) -> list[list[Gate]]:
    """What any text matching ``alternative`` must contain: a list of requirements, each a list
    of words one of which must be there. Only words outside groups, or a required group's
    choices, count; a letter made optional by ``?`` ends a word. [] when nothing is certain."""
    needs: list[list[Gate]] = []
    run, start, i = "", False, 0

    def close_run(ends: bool) -> None:
        word = run.replace("'", "")
        if start and len(word) >= 4:
            needs.append([("p", word[:4])])
        elif start and ends and word:
            needs.append([("w", word)])

    while i < len(alternative):
        c = alternative[i]
        if c.isalnum() or c == "'":
            if not run:
                start = boundary
            run += c
            i += 1
            continue
        if c in "?*{" and run:
            run = run[:-1]  # that letter may be missing
            close_run(False)
            run, boundary = "", False
            i += 1
            continue
        if run:
            close_run(c == " " or alternative.startswith("\\b", i) or c == "|")
            run, boundary = "", False
        if alternative.startswith("\\b", i):
            boundary, i = True, i + 2
        elif c == " ":
            boundary, i = True, i + 1
        elif c in "([":
            before, opened = boundary, i
            i = _close(alternative, i)
            optional = i < len(alternative) and alternative[i] in "?*"
            if c == "(" and not optional and before:
                inner = alternative[opened + 1 : i - 1].removeprefix("?:")
                keys = [gate(choice, True) for choice in split_top(inner)]
                if inner and not inner.startswith("?") and all(keys):
                    # Any choice will do, so each choice's most telling word stands for it.
                    needs.append([_best(key)[0] for key in keys])
            i += optional
            boundary = before and optional
        elif c == "\\":
            boundary, i = False, i + 2
        else:
            boundary, i = c == "^", i + 1
    if run:
        close_run(True)
    return needs


_WORD_END = re.compile(r"$|[ \-!,.;:%\"](?![?*])|,\?(?= )|\\b|\[(- |-| -)\](?![?*])")
_LEAD_WORD = re.compile(r"[a-z0-9']+")


def lead(alternative: str, pairs: bool = False) -> Gate | None:
    """Where a match of ``alternative`` must start, when that is certain: at the start of the
    text (``^...``), at a digit, or at a word: ``\\bstay in`` -> ("w", "stay"), ``\\bi do my``
    -> ("b", "i do") (two words, with ``pairs``), ``\\bfollow(ing)?`` -> ("p", "foll") (a word's
    first four letters). The alternative is then tried only there."""
    if alternative == r"\d" or alternative.startswith(r"\b\d"):
        return ("d", "")  # "\\b\\d+ minutes": a match starts where a word starts with a digit
    if alternative.startswith("^"):
        return ("^", "")
    behind = re.match(r"\(\?<[=!][^()]*\)", alternative)
    if behind:  # "(?<=, )like": a lookbehind does not move where the word starts
        alternative = r"\b" + alternative[behind.end() :]
    if not alternative.startswith(r"\b"):
        return None
    first = _lead_word(alternative[2:])
    if first is None:
        return None
    word, whole, rest = first
    if not whole:
        return ("p", word[:4]) if len(word) >= 4 else None
    if pairs and rest.startswith(" "):
        second = _lead_word(rest[1:])
        if second is not None and second[1]:
            return ("b", f"{word} {second[0]}")
    return ("w", word)


def _lead_word(pattern: str) -> tuple[str, bool, str] | None:
    """The literal word ``pattern`` starts with: (letters, whether it is whole, the rest)."""
    m = _LEAD_WORD.match(pattern)
    if m is None or m.group().startswith("'"):
        return None
    run, rest = m.group(), pattern[m.end() :]
    if rest[:1] in ("?", "*", "{", "+"):
        run, rest = run[:-1] if rest[:1] != "+" else run, "("
    word = run.replace("'", "")
    if not word:
        return None
    return word, bool(_WORD_END.match(rest)) and "'" not in run[-1:], rest


def _rarity(need: list[Gate]) -> tuple[int, int]:
    """How well a requirement narrows things down: one long rare word beats a short or common
    one, and fewer choices beat more."""
    worst = min((4 if k[0] == "p" and k[1] not in _COMMON else len(k[1]) - 1) for k in need)
    return (worst, -len(need))


def _best(needs: list[list[Gate]]) -> list[Gate]:
    return max(needs, key=_rarity)


class Matcher:
    """A union of patterns that looks only where it can match.

    Each alternative is gated on a word it needs (``gate``), and run on its own when the text
    has that word: a regex that starts with a literal word is found by a fast substring search,
    where one big alternation (or a leading ``\\b``) makes the engine try every position. The
    matches are the union's: leftmost first, earlier alternatives first, never overlapping.
    """

    def __init__(self, patterns: list[str], name: str = "") -> None:
        self.name = name
        self.pattern = "|".join(patterns)
        self.alternatives: list[re.Pattern[str]] = []
        self.sources: list[str] = []
        self.bounded: list[bool] = []  # the match must start at a word boundary
        self.by_gate: dict[Gate, list[int]] = {}
        self.ungated: list[int] = []
        self.needs: list[tuple[frozenset[Gate], ...]] = []  # each alternative's requirements
        self.leads: list[Gate | None] = []
        for alt in (a for p in patterns for a in _expand(p)):
            index = len(self.alternatives)
            bounded = alt.startswith(r"\b") and alt[2:3].isalnum()
            self.alternatives.append(compile_pattern(alt[2:] if bounded else alt))
            self.sources.append(alt)
            self.bounded.append(bounded)
            needs = gate(alt)
            self.leads.append(lead(alt))
            best = _best(needs) if needs else []
            self.needs.append(tuple(frozenset(n) for n in needs if n is not best))
            if not needs:
                self.ungated.append(index)
            for key in best:
                self.by_gate.setdefault(key, []).append(index)
        self.gates = frozenset(self.by_gate)
        self.whole = union(patterns)
        want(self.gates)
        want(key for needs in self.needs for need in needs for key in need)
        want(key for key in self.leads if key is not None)

    def finditer(
        self,
        text: str,
        pos: int = 0,
        endpos: int | None = None,
        gates: frozenset[Gate] | None = None,
        starts: dict[Gate, list[int]] | None = None,
    ) -> list[re.Match[str]]:
        """Every match in order. ``gates``: the text's words as ``gate`` keys, and ``starts``
        where each key's words start, when known (then alternatives are tried only there)."""
        end = len(text) if endpos is None else endpos
        if gates is None:
            return list(self.whole.finditer(text, pos, end))
        chosen = set(self.ungated)
        for key in self.gates & gates:
            chosen.update(self.by_gate[key])
        found: list[tuple[int, int, re.Match[str]]] = []
        needs, alternatives, bounded = self.needs, self.alternatives, self.bounded
        for index in chosen:
            if lacks(needs[index], gates):
                continue
            first = self.leads[index] if starts is not None else None
            if first is not None and starts is not None:
                match = alternatives[index].match
                for start in starts.get(first, ()):
                    if pos <= start < end and (m := match(text, start, end)):
                        found.append((start, index, m))
                continue
            check = bounded[index]
            for m in alternatives[index].finditer(text, pos, end):
                start = m.start()
                if check and start and _word_char(text[start - 1]):
                    continue
                found.append((start, index, m))
        return _union_of(found)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return self.whole.search(text, pos, len(text) if endpos is None else endpos)

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.whole.match(text, pos)


def _union_of(found: list[tuple[int, int, re.Match[str]]]) -> list[re.Match[str]]:
    """Matches as one alternation finds them: leftmost, earlier alternatives first, no overlap."""
    if len(found) < 2:
        return [found[0][2]] if found else []
    found.sort(key=_START_ORDER)
    first = found[0][2]
    out, end = [first], first.end()
    for start, _, m in found[1:]:
        if start >= end:
            out.append(m)
            end = m.end()
    return out


_START_ORDER = itemgetter(0, 1)

# The regular-expression parser the ``re`` module compiles with (``re._parser``, Python 3.11+).
# Private: when it is missing or its tree is not what ``_required`` reads, no literal is
# derived and every whole-text alternative runs (fail safe).
try:
    _PARSER: Any = importlib.import_module("re._parser")
    _OPS: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - another Python
    _PARSER = _OPS = None
# What matches no certain text, and ends a literal run: a class, any character, an anchor, a
# lookaround, a reference back.
_ENDS_RUN: Any = (
    None
    if _OPS is None
    else frozenset(
        getattr(_OPS, name)
        for name in [
            *("IN", "ANY", "AT", "NOT_LITERAL", "CATEGORY"),
            *("ASSERT", "ASSERT_NOT", "GROUPREF", "GROUPREF_EXISTS"),
        ]
    )
)

# A requirement: texts any match holds one of (CNF: every requirement of a list must be met).
Required = frozenset[str]


def _required(items: Any) -> tuple[list[Required], str | None]:
    """What any match of ``items`` (a parsed pattern: a list of (op, argument)) must contain,
    and its whole text when it is nothing but literal characters (else None). Literal runs
    count; a group counts as its contents, a choice as one of its choices' texts, a repeat only
    when it must occur; classes, anchors, lookarounds and references end a run and add nothing.
    Raises ``ValueError`` on anything it does not know, so the caller can fail safe."""
    ops = _OPS
    if _ENDS_RUN is None:
        raise ValueError("no parser")
    needs: list[Required] = []
    run, exact = "", True

    def close() -> None:
        nonlocal run
        if run:
            needs.append(frozenset([run]))
        run = ""

    for op, arg in items:
        if op is ops.LITERAL:
            run += chr(arg)
            continue
        if op is ops.SUBPATTERN:
            _, add, remove, inner = arg
            if add or remove:  # an inline flag (case, ...) inside: its letters are not certain
                raise ValueError("inline flags")
            inner_needs, text = _required(inner)
            if text is not None:
                run += text
                continue
            close()
            needs += inner_needs
        elif op is ops.BRANCH:
            close()
            best = []  # each choice's most telling requirement: one of them must be met
            for choice in arg[1]:
                choice_needs, text = _required(choice)
                best.append(
                    _best_text([*choice_needs, frozenset([text])] if text else choice_needs)
                )
            if all(best):
                needs.append(frozenset().union(*best))
        elif op in (ops.MAX_REPEAT, ops.MIN_REPEAT, ops.POSSESSIVE_REPEAT):
            least, _, inner = arg
            close()
            if least >= 1:
                inner_needs, text = _required(inner)
                needs += [frozenset([text * least])] if text else inner_needs
        elif op in _ENDS_RUN:
            close()
        else:
            raise ValueError(f"unknown op {op}")
        exact = False
    if exact:
        return needs, run
    close()
    return needs, None


def _best_text(needs: list[Required]) -> Required:
    """The requirement that narrows most: its shortest text longest, then fewest texts."""
    if not needs:
        return frozenset()
    return max(needs, key=lambda need: (min(map(len, need)), -len(need)))


def _prefilter(regex: re.Pattern[str]) -> tuple[tuple[str, ...], bool]:
    """Cheap checks for a pattern that must be run over the whole text: texts one of which every
    match holds (() if none is certain: derived from the parsed pattern, see ``_required``, its
    most telling requirement), and whether a match needs a non-ASCII character (a pattern that
    is one character class matching no ASCII character).

    A pattern whose first character is a literal one (after ``\\b``) gets no texts: the engine
    rejects a start at that character as fast as a substring look would (about 1 us over a
    200-word answer); the texts pay where it cannot (a lookbehind, a choice, ``\\W*`` or an
    optional character first: 8-34 us, each tried at every character)."""
    pattern = regex.pattern
    if pattern.startswith("[") and pattern.find("]", 2) == len(pattern) - 1:
        return (), not any(regex.fullmatch(chr(c)) for c in range(128))
    if regex.flags & re.IGNORECASE or _PARSER is None:
        return (), False  # a literal would not be certain
    try:
        items = list(_PARSER.parse(pattern))
        first = next((op for op, _ in items if op is not _OPS.AT), None)
        if first is _OPS.LITERAL:
            return (), False
        needs, text = _required(items)
    except (ValueError, AttributeError, TypeError):
        return (), False  # fail safe: always run
    if text:
        needs.append(frozenset([text]))
    # Longest first: the rarest text is looked for first.
    return tuple(sorted(_best_text(needs), key=len, reverse=True)), False


def _holds(texts: tuple[str, ...], text: str) -> bool:
    """Whether ``text`` contains one of ``texts``."""
    for piece in texts:  # noqa: SIM110 - a plain loop: no generator per check
        if piece in text:
            return True
    return False


class Catalogue:
    """Every pattern group's alternatives, indexed by the word (or two) each must start with, so
    one pass over an answer's words finds the matches of all groups at once."""

    def __init__(self, groups: dict[str, Matcher]) -> None:
        # lead -> [(group, order, which alternative each top group stands for (None: only one),
        # one pattern for all its alternatives with that lead, what else each of them needs)]:
        # the alternatives of one group that start with the same word
        # are tried as one alternation, as the group's own pattern would try them. The needs are
        # ``gate``'s, without the lead itself: () when one alternative needs nothing more.
        self.by_lead: dict[
            Gate,
            list[
                tuple[str, int, dict[int, int] | None, Any, tuple[tuple[frozenset[Gate], ...], ...]]
            ],
        ] = {}
        # Alternatives with no lead, each with the words, the texts (one of which) and whether a
        # non-ASCII character it must find (see ``_prefilter``).
        self.scan: list[
            tuple[str, int, Any, tuple[frozenset[Gate], ...], bool, tuple[str, ...], bool]
        ] = []
        for name, matcher in groups.items():
            same: dict[Gate, list[int]] = {}
            for i, regex in enumerate(matcher.alternatives):
                key = lead(matcher.sources[i], pairs=True)
                if key is not None:
                    same.setdefault(key, []).append(i)
                else:
                    required, wide = _prefilter(regex)
                    needs, bounded = matcher.needs[i], matcher.bounded[i]
                    self.scan.append((name, i, regex.finditer, needs, bounded, required, wide))
            for key, order in same.items():
                # Which alternative matched, by an empty group closing it (the last group a match
                # closes): the union puts it before a later alternative of the same group at that
                # start. The mark goes at the end, not around the alternative, so the alternatives
                # still begin alike and the parser takes their common start ("i ") out of the
                # choice: it is matched once per try, not once per alternative.
                numbers: dict[int, int] = {}
                number = 0
                for i in order:
                    number += matcher.alternatives[i].groups + 1
                    numbers[number] = i
                if len(order) > 1:
                    joined = "|".join(f"{matcher.alternatives[i].pattern}()" for i in order)
                    which: dict[int, int] | None = numbers
                    match = re.compile(joined).match
                else:  # the alternative as compiled already
                    which, match = None, matcher.alternatives[order[0]].match
                others = tuple(
                    tuple(  # the rarest words first: the check stops at the first one missing
                        frozenset(n)
                        for n in sorted(gate(matcher.sources[i]), key=_rarity, reverse=True)
                        if key not in n
                    )
                    for i in order
                )
                entry = (
                    name,
                    order[0],
                    which,
                    match,
                    others if all(others) else (),
                )
                self.by_lead.setdefault(key, []).append(entry)
        self.leads = frozenset(self.by_lead)
        want(self.leads)
        # Words that start a two-word lead: only these pairs are worth indexing.
        self.pair_firsts = frozenset(k[1].split(" ")[0] for k in self.leads if k[0] == "b")

    def find_all(
        self, text: str, starts: dict[Gate, list[int]], gates: frozenset[Gate]
    ) -> dict[str, list[re.Match[str]]]:
        """Each group's matches in ``text`` (``starts``/``gates``: its words, see ``starts_of``)."""
        found: dict[str, list[tuple[int, int, re.Match[str]]]] = {}
        for key in self.leads & gates:
            positions = starts[key]
            several = len(positions) > 1
            for name, order, which, match, others in self.by_lead[key]:
                if others and several:
                    # A word that starts the text many times ("i", "the"): try its patterns
                    # there only when the text has the other words one of them needs.
                    for alternative in others:
                        for need in alternative:
                            if need.isdisjoint(gates):
                                break
                        else:
                            break  # this alternative can match
                    else:
                        continue  # none can
                for at in positions:
                    m = match(text, at)
                    if m is not None:
                        index = order if which is None else which[m.lastindex or 0]
                        found.setdefault(name, []).append((at, index, m))
        for name, i, finditer, needs, bounded, required, wide in self.scan:
            if lacks(needs, gates):
                continue
            if (required and not _holds(required, text)) or (wide and text.isascii()):
                continue
            for m in finditer(text):
                at = m.start()
                if bounded and at and _word_char(text[at - 1]):
                    continue
                found.setdefault(name, []).append((at, i, m))
        return {name: _union_of(hits) for name, hits in found.items()}


# Each word's keys, worked out once per word (bounded: cleared when it grows past the limit):
# (keys, the word without apostrophes, the second words of pairs it starts (None if none),
# its length, the part before its apostrophe ("" if none)).
_Keys = tuple[tuple[Gate, ...], str, set[str] | None, int, str]
_KEYS: dict[str, _Keys] = {}
_KEYS_LIMIT = 50_000
# The keys some pattern gates on or starts at: a word's other keys are never indexed, so an
# answer's index holds only what can be looked up. Patterns made later (a rehearsal's context)
# add theirs, which empties the per-word cache.
_WANTED: set[Gate] = {("^", "")}


# Two-word keys, by their first word: "i do" -> _PAIRS["i"] holds "do".
_PAIRS: dict[str, set[str]] = {}


def want(keys: Iterable[Gate]) -> None:
    """Index ``keys`` in every answer from now on (``gate``/``lead`` keys of a new pattern)."""
    new = set(keys) - _WANTED
    if new:
        _WANTED.update(new)
        _KEYS.clear()
        for kind, words in new:
            if kind == "b":
                first, second = words.split(" ", 1)
                _PAIRS.setdefault(first, set()).add(second)


def _keys(word: str) -> _Keys:
    """The keys a word opens, the word as pairs know it (apostrophes dropped), the pairs' second
    words it can start, its length and the part before its apostrophe."""
    known = _KEYS.get(word)
    if known is not None:
        return known
    keys: list[Gate] = []
    plain = word.replace("'", "")
    short = word.split("'")[0] if plain != word else ""
    if short:
        keys.append(("w", short))  # "won't" has "won" in it, for \\bwon\\b
    if plain != word:
        # "that'd" ends in "d", for a rule that gates on a contraction's ending, as ``gate``
        # reads "\\b'd kill" or "(is|'s) not": "d", "ll", "s", "re", "ve", "m".
        ending = word.rsplit("'", 1)[1]
        if ending:
            keys.append(("w", ending))
    keys.append(("w", plain))
    if len(plain) >= 4:
        keys.append(("p", plain[:4]))
    if plain[:1].isdigit():
        keys.append(("d", ""))
    if len(_KEYS) >= _KEYS_LIMIT:
        _KEYS.clear()
    wanted = tuple(k for k in keys if k in _WANTED)
    known = _KEYS[word] = (wanted, plain, _PAIRS.get(plain), len(word), short)
    return known


def starts_of(
    text: str,
    tokens: list[str],
    offsets: list[int],
    pair_firsts: frozenset[str] = frozenset(),
) -> dict[Gate, list[int]]:
    """Where each ``lead`` key's words start in ``text`` (``tokens``: its words, as ``WORD``
    finds them, starting at ``offsets``; pairs are indexed only after a word in
    ``pair_firsts``, and only the pairs some pattern starts with)."""
    # A plain dict, each list made where its key first turns up: a defaultdict's missing-key
    # call and a strict zip's checks cost more than the index itself (~10 of ~90 us a reading).
    starts: dict[Gate, list[int]] = {("^", ""): [0]}
    keys_of, known = _KEYS.get, starts.get
    wanted: set[str] | None = None  # the second words the previous word can start a pair with
    previous, previous_start, previous_end = "", 0, -2
    for word, at in zip(tokens, offsets):  # noqa: B905 - one list per word, same length
        keys, plain, seconds, size, short = keys_of(word) or _keys(word)
        for key in keys:
            positions = known(key)
            if positions is None:
                starts[key] = [at]
            else:
                positions.append(at)
        if wanted is not None and previous_end == at - 1 and text[previous_end] == " ":
            if plain in wanted:
                _add(starts, ("b", previous + " " + plain), previous_start)
            if short and short in wanted:
                _add(starts, ("b", previous + " " + short), previous_start)
        wanted = seconds if seconds and plain in pair_firsts else None
        previous, previous_start, previous_end = plain, at, at + size
    return starts


def _add(starts: dict[Gate, list[int]], key: Gate, at: int) -> None:
    positions = starts.get(key)
    if positions is None:
        starts[key] = [at]
    else:
        positions.append(at)


def lacks(needs: tuple[frozenset[Gate], ...], gates: frozenset[Gate]) -> bool:
    """Whether ``gates`` (a text's words as keys) misses one of ``needs`` (each a set of keys,
    one of which must be there). A plain loop: asked hundreds of times per answer, where a
    generator in ``any`` costs more than the check itself."""
    for need in needs:  # noqa: SIM110 - see above
        if need.isdisjoint(gates):
            return True
    return False


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


@dataclass(frozen=True)
class Kind:
    """A kind of interviewer line, and what answering it takes."""

    name: str
    match: re.Pattern[str] | None
    responses: re.Pattern[str] | None
    also: tuple[str, ...]
    words: tuple[int, int, int, int]
    specific: bool
    grants: dict[str, int] = field(default_factory=dict)
    good: str = ""
    brief: int = 0  # words short enough to answer the line by themselves (0: never)
    signature: re.Pattern[str] | None = None  # what only a scripted reply to this kind says
    signatures: tuple[str, ...] = ()  # the same, one pattern each, as written

    @property
    def open(self) -> bool:
        """A line that asks nothing in particular (or no line at all)."""
        return not self.specific


def _kind(spec: dict[str, Any], default_words: list[int]) -> Kind:
    words = spec.get("words", default_words)
    return Kind(
        name=spec.get("kind", "unknown"),
        match=union(spec["match"]) if spec.get("match") else None,
        responses=union(spec["responses"]) if spec.get("responses") else None,
        also=tuple(spec.get("also", ())),
        words=(int(words[0]), int(words[1]), int(words[2]), int(words[3])),
        specific=bool(spec.get("specific", True)),
        grants={str(e): int(p) for e, p in (spec.get("grants") or {}).items()},
        good=str(spec.get("good", "")),
        brief=int(spec.get("brief", 0)),
        signature=union(spec["signature"]) if spec.get("signature") else None,
        signatures=tuple(spec.get("signature", ())),
    )


@dataclass(frozen=True)
class Rules:
    """Everything the judge matches with, compiled once, and ``doc``, the file as read (the
    words the feedback and the role-play interviewer use)."""

    doc: dict[str, Any]
    groups: dict[str, Matcher]
    catalogue: Catalogue
    negatable: frozenset[str]
    negators: frozenset[str]
    exempt: tuple[str, ...]
    stop: frozenset[str]
    title_words: frozenset[str]
    team_stop: frozenset[str]
    function_words: frozenset[str]
    rubric_terms: Matcher
    shorthand: dict[str, str]
    shorthand_pattern: re.Pattern[str]
    shorthand_words: frozenset[str]
    kinds: tuple[Kind, ...]
    unknown: Kind
    none: Kind
    by_name: dict[str, Kind]


@cache
def rules() -> Rules:
    """The compiled rules, on first use (the first scored answer pays for the regular
    expressions, not every start). Raises like ``rules_doc``."""
    data = rules_doc()
    default_words = data["length_default"]
    kinds = tuple(_kind(spec, default_words) for spec in data["line_kinds"])
    unknown = _kind({**data["unknown_line"], "kind": "unknown"}, default_words)
    none = Kind("none", None, None, (), tuple(default_words), False)
    shorthand = {str(k): str(v) for k, v in data["shorthand"].items()}
    groups = {name: Matcher(pats, name) for name, pats in data["patterns"].items()}
    words = sorted(shorthand, key=len, reverse=True)
    # "&" and "+" stand alone; words are whole words not followed by an apostrophe or a hyphen.
    alternatives = [
        re.escape(w) if not w.isalnum() else rf"\b{re.escape(w)}\b(?!['-])" for w in words
    ]
    return Rules(
        doc=data,
        groups=groups,
        catalogue=Catalogue(groups),
        negatable=frozenset(data["negation"]["groups"]),
        negators=frozenset(data["negation"]["words"]),
        exempt=tuple(e.replace("'", "") for e in data["negation"]["exempt"]),
        stop=frozenset(data["stopwords"]),
        title_words=frozenset(data["title_words"]),
        team_stop=frozenset(data["team_stopwords"]),
        function_words=frozenset(w.replace("'", "") for w in data["function_words"]),
        rubric_terms=Matcher(data["rubric_terms"]),
        shorthand=shorthand,
        shorthand_pattern=re.compile("|".join(alternatives)),
        shorthand_words=frozenset(w for w in shorthand if w.isalnum()),
        kinds=kinds,
        unknown=unknown,
        none=none,
        by_name={k.name: k for k in (*kinds, unknown, none)},
    )
