"""The rules' catalogue finds what each pattern group's own alternation finds, while trying each
alternative only where a word it must start with starts (see flows/pivot/rules.py)."""

from __future__ import annotations

import re

import pytest

from flows.pivot.reading import WORD, normalise
from flows.pivot.rules import Catalogue, Matcher, starts_of


def _spans(patterns: list[str], text: str) -> tuple[list[tuple[int, int]], Catalogue]:
    """The group's matches as the catalogue finds them, and the catalogue."""
    catalogue = Catalogue({"group": Matcher(patterns, "group")})
    low = normalise(text)
    words = list(WORD.finditer(low))
    starts = starts_of(
        low, [m.group() for m in words], [m.start() for m in words], catalogue.pair_firsts
    )
    found = catalogue.find_all(low, starts, frozenset(starts)).get("group", [])
    return [m.span() for m in found], catalogue


def _union(patterns: list[str], text: str) -> list[tuple[int, int]]:
    """The group's matches as one alternation finds them (apostrophes optional, as compiled)."""
    whole = re.compile("|".join(f"(?:{p})" for p in patterns).replace("'", "'?"))
    return [m.span() for m in whole.finditer(normalise(text))]


@pytest.mark.parametrize(
    ("patterns", "text"),
    [
        # A choice holding its own choices: each is tried where its first word starts.
        (
            [r"\b(brainless|low[- ]skill(ed)?|monkey (work|job)s?|trivial (work|tasks?))\b"],
            "Honestly it felt like monkey jobs, low-skilled and trivial tasks all day.",
        ),
        # A choice after a lookbehind or the start, then an optional word.
        (
            [r"(^|(?<=[.!?] ))(well,? |i mean,? )?(someone|somebody) (has|needs) to\b"],
            "Somebody has to do it. Well, someone needs to. I mean someone has to, sure.",
        ),
        # A number first: tried only where a word starts with a digit.
        ([r"\b\d+ (minutes|mins) with (someone|your)\b"], "Could I get 15 mins with someone? x15"),
        # At one start the earlier alternative wins, even when a later one would match longer
        # and is tried in one pattern with an earlier one that does not match there.
        (
            [
                r"\bi'd (really )?suit [a-z]+ best\b",
                r"\bi'd fit (there )?better\b",
                r"\bi'd (really )?(suit|fit) [a-z ]{2,40}\bbetter than\b",
            ],
            "I think i'd fit there better than in sales, and I'd really suit ops better than it.",
        ),
        # A common word, then choices, written out or not.
        (
            [
                r"\bi (still )?(stay|remain|keep) (very )?interested\b",
                r"\bi (did|ran) [a-z]+\b",
                r"\bi want( to)? (stay|keep going)\b",
                r"\bi('d| would) (probably )?(leave|quit)\b",
            ],
            "I did it, and i still keep very interested; I stay interested. i ran tests. I want "
            "to stay, i want keep going? No: I'd leave, i would probably quit.",
        ),
        (
            [r"\b(let me not|i('ll| will) not|i won't|no need to) (keep|hold) you\b"],
            "Thanks, I won't keep you. Let me not hold you up; no need to keep you longer.",
        ),
    ],
)
def test_the_catalogue_finds_what_the_groups_alternation_finds(
    patterns: list[str], text: str
) -> None:
    found, catalogue = _spans(patterns, text)
    assert found == _union(patterns, text)
    assert found  # each text says it
    # and none of these is run over the whole text: each is looked for where its word starts
    assert catalogue.scan == []


@pytest.mark.parametrize(
    ("patterns", "said", "unsaid"),
    [
        # No word to start at (a lookbehind or the start first, optional words, then a choice):
        # run over the whole text only when one of the choice's words is in it.
        (
            [r"(^|(?<=[.!?] ))\W*(so|ok|well)?,? ?(alright|whatever)( then)?\W"],
            "We can talk pay later. Well, whatever then. Okay alright.",
            "We can talk pay later. Well, suit yourself then.",
        ),
        # Repeated punctuation: the repeat's least count written out.
        ([r"\?{3,}"], "Is that really the team??? I thought so", "Is that really the team?? Ok"),
        # A class first: the choice after it is what any match holds.
        (
            [r"[,;] (meh|pfft)\b"],
            "They said the pay is fixed; meh, it is what it is, pfft.",
            "They said the pay is fixed; fine by me.",
        ),
    ],
)
def test_a_pattern_with_no_word_to_start_at_is_run_only_when_its_text_is_there(
    patterns: list[str], said: str, unsaid: str
) -> None:
    # The texts every match must hold are read from the pattern itself, so a new entry in
    # rehearsal.yaml is covered without a hand-kept word list.
    _, catalogue = _spans(patterns, said)
    assert catalogue.scan  # these have no word to start at
    assert all(required for *_, required, _ in catalogue.scan)
    for text in (said, unsaid):
        found, _ = _spans(patterns, text)
        assert found == _union(patterns, text)
    assert _spans(patterns, said)[0]
    assert not _spans(patterns, unsaid)[0]


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?i:ok|fine)",  # an inline flag: its letters are not certain
        r"(?<=[.!?] )(so|ok)?\W{2,}",  # nothing but an optional choice and classes
        r"(^|(?<=[.!?] ))\W*(so|ok)?,? ?(alright|)\W",  # a choice that may be empty
    ],
)
def test_a_pattern_whose_texts_are_not_certain_always_runs(pattern: str) -> None:
    catalogue = Catalogue({"group": Matcher([pattern], "group")})
    assert [required for *_, required, _ in catalogue.scan] == [()]


def test_alternatives_sharing_a_start_report_the_first_that_matches_there() -> None:
    # Four alternatives start at "i" and are tried as one pattern: where two match, the
    # earlier one (and its end) is the one found, as the group's own alternation finds it.
    patterns = [
        r"\bi (really )?want to (lead|run) [a-z]+\b",
        r"\bi want\b",
        r"\bi('d| would) (love|like) to\b",
        r"\bi want to lead\b",
    ]
    text = "I want to lead teams, i want it, and I'd love to; i would like to, I want to run."
    found, _ = _spans(patterns, text)
    assert found == _union(patterns, text)
    assert [text.lower()[a:b] for a, b in found] == [
        "i want to lead teams",
        "i want",
        "i'd love to",
        "i would like to",
        "i want",
    ]
