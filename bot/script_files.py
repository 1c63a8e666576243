"""Scripted conversations on disk: read and check script files (format v1) and the fixtures
they start from (``given``), so that a malformed file fails before anything is played.

A fixture is ``fixtures/NAME.yaml`` beside the scripts (or in a folder passed to ``pivotbot test
--fixtures``): a seed (``state`` and ``data``, written straight into the store) or another
fixture (``given``), optionally followed by ``steps`` played through the flow.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

from bot.errors import ScriptError

ACTIONS = ("say", "tap", "advance", "restart", "redeliver")
ASSERTIONS = (
    "contains",
    "not_contains",
    "regex",
    "equals",
    "buttons",
    "buttons_include",
    "state",
    "no_reply",
)
START = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)

SCRIPT_KEYS = ("name", "user", "start", "given", "data", "steps")
FIXTURE_KEYS = ("description", "given", "state", "data", "steps")
FIXTURES = "fixtures"  # the folder beside the scripts that holds their fixtures


@dataclass
class Fixture:
    """A named point in a conversation (``fixtures/NAME.yaml``): a seed (``state`` and ``data``
    written straight into the store) or another fixture (``given``), then optional ``steps``."""

    path: Path
    name: str
    given: str | None
    state: str | None
    data: dict[str, Any]
    steps: list[dict[str, Any]]


@dataclass
class Given:
    """Where a script starts: the seed of the first fixture in the chain, with every ``data``
    overlay applied, then each fixture's steps in order (the first fixture's first)."""

    name: str
    chain: list[Fixture]
    state: str
    data: dict[str, Any]

    def steps(self) -> Iterator[tuple[Fixture, int, dict[str, Any]]]:
        for fixture in self.chain:
            for n, step in enumerate(fixture.steps, 1):
                yield fixture, n, step


@dataclass
class Script:
    """One scripted conversation, checked and ready to play."""

    path: Path
    name: str
    user: str
    steps: list[dict[str, Any]]
    start: datetime = START
    given: Given | None = None


def _listify(expect: Any) -> list[dict[str, Any]]:
    if expect is None:
        return []
    items = expect if isinstance(expect, list) else [expect]
    out = []
    for item in items:
        if not isinstance(item, dict):
            raise ScriptError(f"expect items are mappings like {{contains: text}}, got {item!r}")
        for name, value in item.items():
            if name not in ASSERTIONS:
                raise ScriptError(f"unknown assertion {name!r} (known: {', '.join(ASSERTIONS)})")
            out.append({name: value})
    return out


def _read(path: Path, keys: tuple[str, ...], what: str) -> dict[str, Any]:
    """The YAML mapping in ``path``, refusing keys that are not in ``keys``."""
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ScriptError(f"{path}: cannot read: {exc}") from exc
    if not isinstance(doc, dict):
        raise ScriptError(f"{path}: a {what} is a mapping with a 'steps' list")
    unknown = sorted(str(k) for k in doc if k not in keys)
    if unknown:
        hint = ""
        if what == "script" and {"state", "data"} & set(unknown):
            hint = f"; a seeded state belongs in a fixture file under {FIXTURES}/"
        raise ScriptError(
            f"{path}: unknown key {', '.join(map(repr, unknown))} "
            f"(a {what}'s keys: {', '.join(keys)}){hint}"
        )
    return doc


def _parse_steps(path: Path, raw: Any, fixture: bool = False) -> list[dict[str, Any]]:
    if not isinstance(raw, list) or (not raw and not fixture):
        raise ScriptError(f"{path}: 'steps' must be a {'' if fixture else 'non-empty '}list")
    steps = []
    for n, step in enumerate(raw, 1):
        if not isinstance(step, dict):
            raise ScriptError(f"{path}: step {n} must be a mapping")
        actions = [a for a in ACTIONS if a in step]
        extra = set(step) - set(ACTIONS) - {"expect"}
        if len(actions) > 1 or extra:
            raise ScriptError(
                f"{path}: step {n} has {sorted(extra) or actions}: one action per step"
            )
        try:
            expect = _listify(step.get("expect"))
        except ScriptError as exc:
            raise ScriptError(f"{path}: step {n}: {exc}") from None
        if fixture and any("state" not in a for a in expect):
            raise ScriptError(
                f"{path}: step {n}: a fixture step can only expect a state "
                "(its replies are not asserted; assert them in a script)"
            )
        steps.append({**step, "expect": expect})
    return steps


def _data(path: Path, raw: Any) -> dict[str, Any]:
    if raw is None:
        return {}
    if not isinstance(raw, dict) or not all(isinstance(k, str) for k in raw):
        raise ScriptError(f"{path}: 'data' must be a mapping of names to values")
    return raw


def load_fixture(path: Path) -> Fixture:
    """Read one fixture file; its name is the file's stem. Raises ``ScriptError``."""
    doc = _read(path, FIXTURE_KEYS, "fixture")
    given, state = doc.get("given"), doc.get("state")
    if (given is None) == (state is None):
        raise ScriptError(
            f"{path}: a fixture starts from either 'state' (a seed, with its 'data') "
            "or 'given' (another fixture), not both or neither"
        )
    if given is not None and not isinstance(given, str):
        raise ScriptError(f"{path}: 'given' names one fixture, got {given!r}")
    if state is not None and not isinstance(state, str):
        raise ScriptError(f"{path}: 'state' names one flow state, got {state!r}")
    steps = _parse_steps(path, doc.get("steps", []), fixture=True)
    return Fixture(path, path.stem, given, state, _data(path, doc.get("data")), steps)


def fixture_folders(script: Path, extra: Iterable[Path] = ()) -> list[Path]:
    """Where a script's fixtures are looked up: ``fixtures/`` beside it, then ``extra``."""
    folders: list[Path] = []
    for folder in (script.parent / FIXTURES, *extra):
        if folder.resolve() not in (f.resolve() for f in folders):
            folders.append(folder)
    return folders


def _find_fixture(name: str, folders: list[Path]) -> Fixture:
    found = [f / f"{name}{ext}" for f in folders for ext in (".yaml", ".yml")]
    found = [p for p in found if p.is_file()]
    if len(found) > 1:
        raise ScriptError(f"fixture {name!r} is defined twice: {found[0]} and {found[1]}")
    if not found:
        known = sorted(
            {p.stem for f in folders if f.is_dir() for p in (*f.glob("*.yaml"), *f.glob("*.yml"))}
        )
        where = ", ".join(str(f) for f in folders)
        raise ScriptError(
            f"unknown fixture {name!r} (looked in {where}; "
            f"known: {', '.join(known) if known else 'none'})"
        )
    return load_fixture(found[0])


def resolve_given(name: str, folders: list[Path]) -> Given:
    """Follow ``given`` from fixture to fixture down to a seed. Raises ``ScriptError`` for an
    unknown name, a cycle or a malformed fixture file."""
    chain: list[Fixture] = []
    current: str | None = name
    while current is not None:
        if any(f.name == current for f in chain):
            names = [f.name for f in chain] + [current]
            raise ScriptError(f"fixtures given in a cycle: {' -> '.join(names)}")
        fixture = _find_fixture(current, folders)
        chain.append(fixture)
        current = fixture.given
    chain.reverse()  # the seed first
    root = chain[0]
    assert root.state is not None  # load_fixture: no 'given' means a 'state'
    data: dict[str, Any] = {}
    for fixture in chain:
        data = _overlay(data, fixture.data)
    return Given(name, chain, root.state, data)


def _overlay(data: dict[str, Any], more: dict[str, Any]) -> dict[str, Any]:
    """``data`` with ``more``'s values on top; a value of null removes the key."""
    out = {**data, **more}
    return {k: v for k, v in out.items() if v is not None}


def load_script(path: Path, fixtures: Iterable[Path] = ()) -> Script:
    """Read one script, and the fixtures it starts from (looked up in ``fixtures/`` beside it,
    then in ``fixtures``). Raises ``ScriptError`` saying what is wrong and where."""
    doc = _read(path, SCRIPT_KEYS, "script")
    steps = _parse_steps(path, doc.get("steps"))
    start = doc.get("start", START)
    if isinstance(start, str):
        start = datetime.fromisoformat(start)
    if start.tzinfo is None:
        start = start.replace(tzinfo=UTC)
    given = None
    if doc.get("given") is not None:
        if not isinstance(doc["given"], str):
            raise ScriptError(f"{path}: 'given' names one fixture, got {doc['given']!r}")
        try:
            given = resolve_given(doc["given"], fixture_folders(path, fixtures))
        except ScriptError as exc:
            raise ScriptError(f"{path}: given: {exc}") from None
        given.data = _overlay(given.data, _data(path, doc.get("data")))
    elif doc.get("data") is not None:
        raise ScriptError(f"{path}: 'data' overlays a fixture's seed, so it needs 'given'")
    return Script(
        path, str(doc.get("name", path.stem)), str(doc.get("user", "tester")), steps, start, given
    )


def find_scripts(paths: Iterable[Path]) -> list[Path]:
    """The script files in ``paths`` (files, or folders searched recursively), leaving out
    the fixture files in ``fixtures/`` folders."""
    found: list[Path] = []
    for p in paths:
        if p.is_dir():
            files = sorted(p.rglob("*.yaml")) + sorted(p.rglob("*.yml"))
            found.extend(f for f in files if FIXTURES not in f.relative_to(p).parts[:-1])
        elif p.exists():
            found.append(p)
        else:
            raise ScriptError(f"{p}: no such file or folder")
    return found
