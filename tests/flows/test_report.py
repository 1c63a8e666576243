"""The career-office report: numbers, suppression, no leaks, three formats, the CLI entry point."""

from __future__ import annotations

import base64
import importlib.util
import io
import itertools
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from bot.messages import ConversationKey
from bot.sqlite_store import SqliteStore
from flows.pivot.records import RECORDS
from flows.pivot.report import (
    COMPLEMENTARY,
    SMALL,
    Part,
    build_report,
    first_to_last,
    pinned,
    protect,
    render_html,
    render_json,
    render_markdown,
    tally,
    write_report,
)

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
DATA_URI = re.compile(r"data:image/png;base64,([A-Za-z0-9+/=]+)")


def _seed_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("seed_report", ROOT / "bench" / "seed_report.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


seed_report = _seed_module()


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return seed_report.seed(tmp_path_factory.mktemp("report") / "seed.db")


@pytest.fixture(scope="module")
def store(seeded: Any) -> Iterator[SqliteStore]:
    store = SqliteStore.open(seeded.path)
    yield store
    store.close()


@pytest.fixture(scope="module")
def reports(store: SqliteStore) -> dict[str, dict[str, Any]]:
    return {
        "all": build_report(store, now=NOW),
        "small": build_report(store, seed_report.SMALL_WORKSPACE, now=NOW),
        "since": build_report(store, since=date(2026, 11, 1), now=NOW),
    }


@pytest.fixture(scope="module")
def exact(store: SqliteStore) -> dict[str, dict[str, Any]]:
    """The same reports' exact numbers (``tally``): what the counting and suppression give,
    before the noise that makes reports safe to compare (tests/flows/test_report_privacy.py)."""
    return {
        "all": tally(store, now=NOW),
        "small": tally(store, seed_report.SMALL_WORKSPACE, now=NOW),
        "since": tally(store, since=date(2026, 11, 1), now=NOW),
    }


@pytest.fixture(scope="module")
def rendered(reports: dict[str, dict[str, Any]]) -> dict[tuple[str, str], str]:
    out = {}
    for name, report in reports.items():
        out[name, "markdown"] = render_markdown(report)
        out[name, "json"] = render_json(report)
        out[name, "html"] = render_html(report)
    return out


def cells(tree: Any) -> Iterator[dict[str, Any]]:
    """Every cell of a report: the dicts that carry "suppressed"."""
    if isinstance(tree, dict):
        if "suppressed" in tree:
            yield tree
        else:
            for value in tree.values():
                yield from cells(value)
    elif isinstance(tree, list):
        for value in tree:
            yield from cells(value)


# -- the seed -------------------------------------------------------------------------------


def test_the_seed_is_large_varied_and_deterministic(seeded: Any, tmp_path: Path) -> None:
    assert seeded.people >= 500
    assert seeded.workspaces[seed_report.SMALL_WORKSPACE] == 7
    again = seed_report.seed(tmp_path / "again.db")
    first, second = SqliteStore.open(seeded.path), SqliteStore.open(again.path)
    try:
        for table in ("conversations", "interviews", "attempts", "contacts", "followups"):
            sql = f"SELECT * FROM {table} ORDER BY rowid"
            assert first.db.execute(sql).fetchall() == second.db.execute(sql).fetchall()
        # Some never rehearse; those who do mostly practise 1-6 times.
        counts = [
            n for (n,) in first.db.execute("SELECT count(*) FROM attempts GROUP BY key").fetchall()
        ]
        assert len(counts) < seeded.people * 0.8 and max(counts) <= 18 and min(counts) >= 1
    finally:
        first.close()
        second.close()
    assert again.secrets == seeded.secrets


# -- numbers ----------------------------------------------------------------------------------


def test_reach_and_practice_agree_with_the_database(
    store: SqliteStore, seeded: Any, exact: dict[str, Any]
) -> None:
    report = exact["all"]
    one = store.db.execute
    assert report["reach"]["people"]["value"] == seeded.people
    assert (
        report["practice"]["people"]["value"]
        == one("SELECT count(DISTINCT key) FROM attempts").fetchone()[0]
    )
    assert (
        report["practice"]["answers"]["value"] == one("SELECT count(*) FROM attempts").fetchone()[0]
    )
    sessions = report["reach"]["sessions"]
    assert (
        sessions["interviews_prepared"]["value"]
        == one("SELECT count(*) FROM interviews").fetchone()[0]
    )
    assert (
        sessions["debriefs"]["value"]
        == one("SELECT count(*) FROM interviews WHERE pivoted IS NOT NULL").fetchone()[0]
    )
    assert (
        sessions["rehearsal_rounds"]["value"]
        == one("SELECT count(*) FROM (SELECT DISTINCT key, round FROM attempts)").fetchone()[0]
    )
    assert sessions["total"]["value"] == sum(
        sessions[k]["value"] for k in ("interviews_prepared", "rehearsal_rounds", "debriefs")
    )
    # Practice works in the seed: later answers score higher and raise fewer red flags.
    for element in report["practice"]["elements"].values():
        assert element["change"]["value"] > 0
    flags = report["practice"]["red_flags"]
    assert flags["last"]["share"]["value"] < flags["first"]["share"]["value"]
    funnel = [step["people"]["value"] for step in report["funnel"]]
    assert funnel == sorted(funnel, reverse=True) and funnel[0] > 100


def test_workspace_and_since_narrow_the_report(store: SqliteStore, seeded: Any, exact: Any) -> None:
    campus = tally(store, "T0CAMPUSA", now=NOW)
    assert campus["reach"]["people"]["value"] == seeded.workspaces["T0CAMPUSA"]
    since = exact["since"]
    started = store.db.execute(
        "SELECT count(*) FROM conversations WHERE created_at >= '2026-11-01'"
    ).fetchone()[0]
    assert since["reach"]["people"]["value"] == started
    assert started < since["reach"]["active_people"]["value"] < seeded.people
    assert since["since"] == "2026-11-01"
    later = build_report(store, since=date(2027, 1, 1), now=NOW)
    assert all(cell["suppressed"] for cell in cells(later))
    # Reports run over whole months: a date inside November starts on 1 November.
    assert tally(store, since=date(2026, 11, 17), now=NOW) == since


def _memory() -> SqliteStore:
    """An empty in-memory database with the pivot records."""
    store = SqliteStore.memory()
    store.install(RECORDS)
    return store


def _hand_attempt(store: SqliteStore, key: ConversationKey, at: datetime, scores: list[int],
                  flags: list[str]) -> None:  # fmt: skip
    elements = {f"E{i + 1}": s for i, s in enumerate(scores)}
    row = {"round": 1, "turn": 1, "total": sum(scores), "elements": elements, "red_flags": flags}
    store.add("attempts", key, {**row, "band": "rework"}, at)


A_FIRST, A_MIDDLE, A_LAST = (
    [0, 1, 2, 0, 1, 2, 0, 1],
    [2, 2, 2, 2, 2, 2, 2, 2],
    [2, 2, 2, 1, 1, 2, 1, 2],
)
B_FIRST, B_LAST = [1, 1, 1, 1, 1, 1, 1, 1], [1, 2, 2, 2, 0, 1, 2, 1]
# Means over A and B (C answered once, so C does not count): worked out by hand.
FIRST_MEANS = [0.5, 1.0, 1.5, 0.5, 1.0, 1.5, 0.5, 1.0]
LAST_MEANS = [1.5, 2.0, 2.0, 1.5, 0.5, 1.5, 1.5, 1.5]
CHANGES = [1.0, 1.0, 0.5, 1.0, -0.5, 0.0, 1.0, 0.5]


def _hand_people(store: SqliteStore, copies: int, workspace: str = "T0HAND") -> None:
    """Three people (A, B, C) written by hand, each ``copies`` times."""
    t0 = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)
    for n in range(copies):
        a, b, c = (ConversationKey("slack", workspace, f"U{p}{n}") for p in "ABC")
        for key in (a, b, c):
            store.db.execute(
                "INSERT INTO conversations (key, platform, workspace, user, state, data,"
                " flow_version, created_at, updated_at) VALUES (?, ?, ?, ?, 'menu', '{}', 1, ?, ?)",
                [str(key), key.platform, key.workspace, key.user, "2026-10-01T08:00:00.000000Z",
                 "2026-10-03T08:00:00.000000Z"],
            )  # fmt: skip
        # A's last answer is written first: order is by time, not by row id.
        _hand_attempt(store, a, t0 + timedelta(days=2), A_LAST, [])
        _hand_attempt(store, a, t0, A_FIRST, ["demands_job"])
        _hand_attempt(store, a, t0 + timedelta(days=1), A_MIDDLE, [])
        _hand_attempt(store, b, t0, B_FIRST, [])
        _hand_attempt(store, b, t0 + timedelta(hours=1), B_LAST, ["fakes_interest"])
        _hand_attempt(store, c, t0, [2] * 8, [])


def test_first_to_last_change_by_hand() -> None:
    store = _memory()
    _hand_people(store, 1)
    rows = store.db.execute(
        "SELECT key, round, total, band, elements, red_flags FROM attempts"
        " ORDER BY key, created_at, id"
    ).fetchall()
    people: dict[str, list[tuple[Any, ...]]] = {}
    for row in rows:
        people.setdefault(row[0], []).append(row)
    change = first_to_last(people)
    for i, element in enumerate(f"E{n}" for n in range(1, 9)):
        assert change[element] == {
            "people": 2,
            "first": FIRST_MEANS[i],
            "last": LAST_MEANS[i],
            "change": CHANGES[i],
        }


def test_first_to_last_change_through_the_report() -> None:
    store = _memory()
    _hand_people(store, 5)  # ten people with two or more answers: just enough to show
    practice = tally(store, now=NOW)["practice"]
    assert practice["people_with_two_or_more"]["value"] == 10
    for i, element in enumerate(f"E{n}" for n in range(1, 9)):
        got = practice["elements"][element]
        assert got["people"]["value"] == 10
        assert (got["first"]["value"], got["last"]["value"]) == (FIRST_MEANS[i], LAST_MEANS[i])
        assert got["change"]["value"] == CHANGES[i]
    # Five people (A) had a red flag first, five (B) last: both under 10, so hidden.
    assert practice["red_flags"]["first"]["count"] == {
        "value": None,
        "suppressed": True,
        "reason": SMALL,
    }
    markdown = render_markdown(tally(store, now=NOW))
    assert "| E5 One clear ask | 10 | 1.00 | 0.50 | -0.50 |" in markdown


# -- suppression ------------------------------------------------------------------------------


def test_a_workspace_of_seven_is_suppressed_everywhere(
    reports: dict[str, Any], rendered: dict[tuple[str, str], str]
) -> None:
    small = reports["small"]
    assert all(cell["suppressed"] and cell["value"] is None for cell in cells(small))
    assert json.loads(rendered["small", "json"]) == small
    markdown = rendered["small", "markdown"]
    table_rows = [line for line in markdown.splitlines() if line.startswith("| ")]
    headers = re.compile(r"\| (Band|Score|Element|Step|Category)\b|\|  \||.*---")
    body = [r for r in table_rows if not headers.match(r)]
    assert body
    for row in body:
        values = [v.strip() for v in row.strip("|").split("|")[1:]]
        assert all(v in ("<10", "") for v in values), row
    page = rendered["small", "html"]
    assert set(re.findall(r'<td class="[^"]*">([^<]*)</td>', page)) <= {"&lt;10", ""}
    assert "data:image/png" not in page  # no chart: there is nothing it could draw
    big = re.findall(r'<span class="big">([^<]*)</span>', page)
    assert big and all("&lt;10" in v for v in big)


def _possible(parts: list[Part], total: int) -> list[set[int]]:
    """Brute force: every value each hidden part could take, given what a reader sees."""
    hidden = [p for p in parts if p.hidden or not p.shown]
    rest = total - sum(p.value for p in parts if p.shown and not p.hidden)
    ranges = []
    for p in hidden:
        if p.shown and p.hidden == SMALL and p.of_people:
            ranges.append(range(0, 10))
        elif p.shown and p.hidden == COMPLEMENTARY:
            ranges.append(range(10, rest + 1))
        else:
            ranges.append(range(0, rest + 1))
    seen: list[set[int]] = [set() for _ in hidden]
    for combo in itertools.product(*ranges):
        if sum(combo) == rest:
            for s, v in zip(seen, combo, strict=True):
                s.add(v)
    return seen


@pytest.mark.parametrize(
    "values",
    [
        [3, 50, 60],  # one small cell: the total would give it away
        [0, 0, 40, 50],  # two zeros: together they would add up to 0
        [9, 10, 45],  # the complementary cell is exactly 10
        [2, 4, 7, 30, 31],  # several small cells that add up to less than 10
        [12, 15, 20],  # nothing small: nothing hidden
        [5],  # a total under 10: everything hidden
    ],
)
def test_no_hidden_cell_can_be_worked_out_from_the_total(values: list[int]) -> None:
    parts = [Part(v, v) for v in values]
    total = Part(sum(values), sum(values))
    protect(parts, total)
    assert all(p.hidden for p in parts if p.value < 10)
    if total.hidden:
        return
    for part, options in zip(
        [p for p in parts if p.hidden], _possible(parts, total.value), strict=True
    ):
        if part.value < 10:
            assert len(options) >= 2, (values, part)
    assert not pinned(parts, total.value)
    if all(v >= 10 for v in values):
        assert not any(p.hidden for p in parts)


def test_a_share_hides_its_part_when_the_rest_is_small() -> None:
    # 300 people of 305 on time: "not on time" is 5 people, so the 300 must not be shown.
    yes, rest, total = Part(300, 300), Part(5, 5, shown=False), Part(305, 305)
    protect([yes, rest], total)
    assert yes.hidden == COMPLEMENTARY and total.hidden is None
    # Items: 40 notes from 30 people on time, 4 notes late from 3 people.
    yes, rest, total = Part(40, 30, False), Part(4, 3, False, shown=False), Part(44, 33, False)
    protect([yes, rest], total)
    assert yes.hidden == COMPLEMENTARY


def test_the_report_hides_a_complement() -> None:
    # Five people in military service, ten or more in every other category: without a second
    # hidden cell, the total minus the shown ones would give the five away.
    store = _memory()
    sizes = {"military": 5, "full_time": 14, "part_time": 11, "self_employed": 10}
    sizes |= {c: 12 for c in ("internship", "volunteer", "further_education", "seeking")}
    sizes["not_seeking"] = 13
    people = (c for c, n in sizes.items() for _ in range(n))
    for n, category in enumerate(people):
        key = ConversationKey("slack", "T0OUT", f"U{n}")
        store.db.execute(
            "INSERT INTO conversations (key, platform, workspace, user, state, data, flow_version,"
            " created_at, updated_at) VALUES (?, 'slack', 'T0OUT', ?, 'menu', '{}', 1, ?, ?)",
            [str(key), key.user, "2026-10-01T08:00:00.000000Z", "2026-10-01T08:00:00.000000Z"],
        )
        store.add("outcomes", key, {"category": category}, NOW - timedelta(days=1))
    report = tally(store, now=NOW)
    outcomes = report["outcomes"]
    assert outcomes["people"]["value"] == sum(sizes.values())
    assert outcomes["categories"]["military"]["people"]["reason"] == SMALL
    hidden = {"value": None, "suppressed": True, "reason": COMPLEMENTARY}
    assert outcomes["categories"]["self_employed"]["people"] == hidden  # the smallest shown
    assert outcomes["categories"]["full_time"]["people"]["value"] == 14
    markdown = render_markdown(report)
    assert "| Self-employed | hidden | hidden |" in markdown
    assert "| Military service | <10 | <10 |" in markdown


def test_no_small_cell_of_the_seeded_report_can_be_worked_out(exact: dict[str, Any]) -> None:
    # Worked on the exact numbers: a reader who could see through the noise still cannot.
    for name in ("all", "since"):
        report = exact[name]
        tables = [
            (report["outcomes"]["categories"], report["outcomes"]["people"]),
            *(
                (report["practice"][w]["bands"], report["practice"][w]["people"])
                for w in ("first_answer", "latest_answer")
            ),
        ]
        for categories, total in tables:
            hidden = [c["people"] for c in categories.values() if c["people"]["suppressed"]]
            if total["suppressed"] or not hidden:
                continue
            shown = sum(
                c["people"]["value"] for c in categories.values() if not c["people"]["suppressed"]
            )
            rest = total["value"] - shown
            parts = [Part(0, 0, hidden=c["reason"]) for c in hidden]
            options = _possible(parts, rest)
            for cell, values in zip(hidden, options, strict=True):
                assert cell["reason"] != SMALL or len(values) >= 2, (name, categories)


# -- formats and leaks -----------------------------------------------------------------------


def test_all_three_formats_render(
    reports: Any, exact: Any, rendered: dict[tuple[str, str], str]
) -> None:
    markdown = rendered["all", "markdown"]
    for title in ("Reach", "Practice", "Follow-through", "Networking funnel", "Outcomes"):
        assert f"## {title}" in markdown
    assert "| People who started in the period | 520 |" in render_markdown(exact["all"])
    started = reports["all"]["reach"]["people"]["value"]
    assert f"| People who started in the period | {started:,} |" in markdown
    assert json.loads(rendered["all", "json"]) == reports["all"]
    page = rendered["all", "html"]
    assert page.startswith("<!doctype html>") and page.rstrip().endswith("</html>")
    assert "<10" in markdown and "&lt;10" in page  # the seed has small cells to hide


def test_the_html_embeds_its_charts_as_png(rendered: dict[tuple[str, str], str]) -> None:
    from PIL import Image

    page = rendered["all", "html"]
    images = re.findall(r"<img [^>]*>", page)
    assert len(images) == 5
    for tag in images:
        alt = re.search(r'alt="([^"]+)"', tag)
        assert alt and len(alt.group(1)) > 60  # says what the chart shows, with its numbers
        png = base64.b64decode(DATA_URI.search(tag).group(1), validate=True)  # type: ignore[union-attr]
        assert png.startswith(PNG_MAGIC)
        with Image.open(io.BytesIO(png)) as image:
            image.verify()
            assert image.format == "PNG" and image.size[0] >= 1000
    # Self-contained: nothing is fetched from anywhere.
    without_images = DATA_URI.sub("data:image/png;base64,", page)
    assert not re.search(r"(src|href)=\"(?!data:)", without_images)
    assert "http://" not in without_images and "https://" not in without_images


def test_no_name_company_or_free_text_appears_in_any_format(
    seeded: Any, rendered: dict[tuple[str, str], str]
) -> None:
    assert len(seeded.secrets) > 5000
    for (name, fmt), text in rendered.items():
        if fmt == "html":
            for data in DATA_URI.findall(text):  # the pictures are pictures, nothing else
                base64.b64decode(data, validate=True)
            text = DATA_URI.sub("", text)
        leaked = [s for s in seeded.secrets if s in text]
        assert not leaked, (name, fmt, leaked[:5])
        # Nor the key pieces of a secret on their own.
        assert "Fakesurname" not in text and "Fakecorp" not in text and "U0FAKE" not in text


def test_report_import_stays_light() -> None:
    code = (
        "import sys, flows.pivot.report; "
        "bad = {'matplotlib', 'telegram', 'slack_bolt', 'slack_sdk', 'adapters'}; "
        "print(sorted(bad & set(m.split('.')[0] for m in sys.modules)))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip() == "[]"


# -- write_report: what the CLI calls --------------------------------------------------------


@pytest.fixture
def hand_store() -> Iterator[SqliteStore]:
    store = _memory()
    _hand_people(store, 5)
    yield store
    store.close()


def test_write_report_with_several_formats_writes_one_file_each(
    hand_store: SqliteStore, tmp_path: Path
) -> None:
    paths = write_report(hand_store, ["markdown,json", "html"], tmp_path / "report", now=NOW)
    assert paths == [tmp_path / "report.md", tmp_path / "report.json", tmp_path / "report.html"]
    assert (tmp_path / "report.md").read_text().startswith("# Pivotbot career-office report")
    assert json.loads((tmp_path / "report.json").read_text())["version"] == 1
    assert (tmp_path / "report.html").read_text().startswith("<!doctype html>")
    one = write_report(hand_store, ["json"], tmp_path / "out.txt", workspace="T0HAND", now=NOW)
    assert one == [tmp_path / "out.txt"]
    assert json.loads((tmp_path / "out.txt").read_text())["workspace"] == "T0HAND"


def test_write_report_to_standard_output(hand_store: SqliteStore) -> None:
    text = write_report(hand_store, ["markdown"], None, since=date(2026, 9, 1), now=NOW, tty=True)
    assert isinstance(text, str) and "1 Sep 2026 to 25 Nov 2026" in text
    assert json.loads(str(write_report(hand_store, ["json"], None, now=NOW, tty=True)))
    with pytest.raises(ValueError, match=r"-o report\.html"):
        write_report(hand_store, ["html"], None, now=NOW, tty=True)
    piped = write_report(hand_store, ["html"], None, now=NOW, tty=False)
    assert isinstance(piped, str) and piped.startswith("<!doctype html>")
    with pytest.raises(ValueError, match="several formats need -o FILE"):
        write_report(hand_store, ["markdown", "json"], None, now=NOW, tty=False)
    with pytest.raises(ValueError, match="unknown report format 'pdf'"):
        write_report(hand_store, ["pdf"], None, now=NOW, tty=False)
