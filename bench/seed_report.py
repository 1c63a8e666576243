"""A synthetic database for the career-office report: 500+ obviously fake people, from a seed.

    .venv/bin/python bench/seed_report.py report.db              # 520 people, seed 6
    .venv/bin/python bench/seed_report.py report.db --people 5000 --seed 1

Same seed, same database. Shapes follow what the flow writes: most people rehearse one to six
times and improve; some never rehearse; the networking funnel narrows; outcomes use the NACE
categories, rare ones included. One Slack workspace has only 7 people, so every cell of its report
must be suppressed. Every name, company and free text is unique and returned in
``Seeded.secrets``: a test searches every report format for each one.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.clock import iso
from bot.sqlite_store import SqliteStore
from flows.pivot.records import RECORDS
from flows.pivot.rubric import ELEMENTS

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
FIRST_DAY = datetime(2026, 9, 1, 8, 0, tzinfo=UTC)
SMALL_WORKSPACE = "T0SMALLCO"
# Shares of everyone but the small workspace's seven.
WORKSPACES = (
    ("slack", "T0CAMPUSA", 0.55),
    ("slack", "T0CAMPUSB", 0.30),
    ("telegram", "telegram", 0.15),
)
# The ask (E5) and the follow-up (E7) are the hardest to learn; delivery (E8) comes easiest.
DIFFICULTY = {
    "E1": 0.1,
    "E2": -0.1,
    "E3": 0.0,
    "E4": 0.15,
    "E5": 0.4,
    "E6": 0.0,
    "E7": 0.3,
    "E8": -0.15,
}
RED_FLAGS = ("disparages_role", "fakes_interest", "demands_job", "leaves_early")
PERSONAS = ("warm", "rushed", "sceptical")
NACE_WEIGHTS = {
    "full_time": 40,
    "internship": 14,
    "seeking": 18,
    "further_education": 9,
    "part_time": 7,
    "not_seeking": 5,
    "self_employed": 3,
    "volunteer": 2,
    "military": 2,
}
FIRST_NAMES = ("Zorblax", "Quimbly", "Fizzwick", "Glorp", "Snozzle", "Wibbet", "Plonk", "Yarble")


@dataclass
class Seeded:
    """What was written, for tests to check against."""

    path: Path
    now: datetime
    people: int
    workspaces: dict[str, int]
    secrets: set[str] = field(default_factory=set)  # names, companies, free text, keys, user ids


@dataclass
class _Rows:
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    ids: dict[str, int] = field(default_factory=dict)

    def add(self, table: str, row: dict[str, Any]) -> int:
        self.ids[table] = self.ids.get(table, 0) + 1
        self.tables.setdefault(table, []).append({"id": self.ids[table], **row})
        return self.ids[table]


def _band(total: int) -> str:
    for band, floor in (("ready", 14), ("solid", 10), ("rework", 6)):
        if total >= floor:
            return band
    return "restart"


def _points(level: float) -> int:
    """A rubric element's 0-2 points for a skill level."""
    return max(0, min(2, round(level)))


class _Person:
    """One synthetic person's records, written in the order the flow would write them."""

    def __init__(
        self,
        i: int,
        platform: str,
        workspace: str,
        rng: random.Random,
        out: _Rows,
        secrets: set[str],
    ) -> None:
        self.i, self.rng, self.out, self.secrets = i, rng, out, secrets
        user = f"U0FAKE{i:05d}" if platform == "slack" else f"7{i:08d}"
        self.key = f"{platform}:{workspace}:{user}"
        self.name = f"{rng.choice(FIRST_NAMES)} Fakesurname{i:05d}"
        self.start = FIRST_DAY + timedelta(minutes=rng.randrange(0, 78 * 24 * 60))
        self.last = self.start
        self.rounds = 0
        secrets.update({self.key, user, self.name})
        self.conversation = {
            "key": self.key,
            "platform": platform,
            "workspace": workspace,
            "user": user,
            "state": "menu",
            "flow_version": 1,
            "active": 1,
            "events": "[]",
            "created_at": iso(self.start),
        }
        self.data: dict[str, Any] = {"name": self.name}

    def secret(self, text: str) -> str:
        self.secrets.add(text)
        return text

    def at(self, moment: datetime) -> str:
        moment = min(moment, NOW - timedelta(minutes=1))
        self.last = max(self.last, moment)
        return iso(moment)

    def record(self, table: str, moment: datetime, **row: Any) -> int:
        stamp = self.at(moment)
        return self.out.add(
            table, {"key": self.key, "created_at": stamp, "updated_at": stamp, **row}
        )

    def live(self) -> None:
        rng = self.rng
        if rng.random() >= 0.12:  # one in eight only looks around
            ability = rng.gauss(0, 0.3)
            learning = rng.uniform(0.04, 0.22)
            practised = 0
            for j in range(rng.choices((1, 2, 3), (65, 25, 10))[0]):
                practised = self.interview(j, ability, learning, practised)
            if rng.random() < 0.45:
                self.outcome()
        self.finish()

    def interview(self, j: int, ability: float, learning: float, practised: int) -> int:
        rng, tag = self.rng, f"{self.i:05d}-{j}"
        begun = self.last + timedelta(hours=rng.uniform(0.1, 200))
        date = begun + timedelta(days=rng.uniform(1, 10))
        company = self.secret(f"Fakecorp {tag} Imaginary Holdings")
        self.data["company"] = company
        interview_id = self.record(
            "interviews",
            begun,
            company=company,
            role=self.secret(f"Pretend Role {tag}"),
            interview_date=date.date().isoformat(),
            company_fit=rng.choice((4, 5, 5)),
            role_fit=rng.choice((1, 2, 2, 3)),
            path=rng.choices(("pivot", "go", "finish", "practice"), (55, 15, 10, 20))[0],
            target=self.secret(f"secret target team {tag} qx"),
            draws=self.secret(f"secret draw {tag} qx"),
            evidence=self.secret(f"secret evidence {tag} qx"),
        )
        if j == 0 and rng.random() < 0.22:  # never rehearses
            practised = -1
        if practised >= 0:
            practised = self.rehearse(interview_id, begun, ability, learning, practised)
        if date < NOW and rng.random() < 0.65:
            self.debrief(interview_id, date, tag)
        return practised

    def rehearse(
        self, interview_id: int, begun: datetime, ability: float, learning: float, done: int
    ) -> int:
        rng = self.rng
        answers = rng.choices((1, 2, 3, 4, 5, 6), (18, 24, 20, 16, 12, 10))[0]
        moment, turn = begun, 3
        for k in range(done, done + answers):  # k: answers given so far, the practice that counts
            moment += timedelta(minutes=rng.uniform(2, 600))
            if turn >= 3 or rng.random() < 0.6:  # a new round, or the next line of this one
                self.rounds, turn = self.rounds + 1, 0
            turn += 1
            level = 1.0 + ability + learning * k
            elements = {e: _points(level - DIFFICULTY[e] + rng.gauss(0, 0.45)) for e in ELEMENTS}
            flags = [f for f in RED_FLAGS if rng.random() < 0.12 * 0.55**k]
            total = sum(elements.values())
            self.record(
                "attempts",
                moment,
                interview_id=interview_id,
                persona=rng.choice(PERSONAS),
                round=self.rounds,
                turn=turn,
                total=total,
                band=_band(total),
                elements=json.dumps(elements),
                red_flags=json.dumps(flags),
            )
        return done + answers

    def debrief(self, interview_id: int, date: datetime, tag: str) -> None:
        rng = self.rng
        moment = date + timedelta(hours=rng.uniform(2, 72))
        pivoted = "yes" if rng.random() < 0.7 else "no"
        for row in self.out.tables["interviews"][::-1]:
            if row["id"] == interview_id:
                row.update(
                    pivoted=pivoted,
                    updated_at=self.at(moment),
                    how_it_went=self.secret(
                        f"It went sideways at Fakecorp {tag}, said {self.name}"
                    ),
                    outcome=self.secret(f"private outcome note {tag} zz"),
                )
                break
        thanks = rng.choices(
            ("done", "skipped", "pending", "snoozed", "cancelled"), (72, 8, 10, 6, 4)
        )[0]
        self.followup("thank_you", moment, date + timedelta(days=1), thanks, 0.82, interview_id)
        self.followup("status_check", moment, date + timedelta(days=10), None, 0.6, interview_id)
        met = rng.choices((0, 1, 2, 3), (15, 45, 28, 12))[0] if pivoted == "yes" else 0
        for c in range(met + rng.choices((0, 1, 2, 3), (50, 25, 15, 10))[0]):
            self.contact(interview_id, moment, f"{tag}-{c}", "met" if c < met else None)

    def contact(self, interview_id: int, moment: datetime, tag: str, stage: str | None) -> None:
        rng = self.rng
        if stage is None:
            stage = rng.choices(("identified", "contacted", "met"), (45, 35, 20))[0]
        if stage == "met" and rng.random() < 0.38:
            stage = "referred" if rng.random() < 0.45 else "advocate"
        contact_id = self.record(
            "contacts",
            moment + timedelta(minutes=5),
            interview_id=interview_id,
            name=self.secret(f"Contactina Fakeperson {tag}"),
            title=self.secret(f"Chief Pretender {tag}"),
            organisation=self.data.get("company"),
            team=self.secret(f"Imaginary team {tag}"),
            reach=self.secret(f"reached via fake channel {tag}"),
            how_met="interview",
            priority=rng.choice("ABC"),
            stage=stage,
            last_contact_at=iso(moment),
            next_step=self.secret(f"send the fake thing {tag}"),
            notes=self.secret(f"private note {tag} zz"),
        )
        for kind in ("outreach_second", "outreach_followup", "keep_warm"):
            if rng.random() < 0.5:
                due = moment + timedelta(days=rng.uniform(2, 30))
                self.followup(kind, moment, due, None, 0.7, interview_id, contact_id)
        later = moment + timedelta(days=rng.uniform(3, 40))
        if stage in ("met", "advocate", "referred") and rng.random() < 0.32:
            self.record("milestones", later, kind="introduction", contact_id=contact_id)
        if stage == "referred":
            self.record("milestones", later, kind="referral", contact_id=contact_id)
            if rng.random() < 0.7:
                self.record(
                    "milestones", later + timedelta(days=7), kind="interview", contact_id=contact_id
                )
                if rng.random() < 0.55:
                    self.record(
                        "milestones",
                        later + timedelta(days=20),
                        kind="offer",
                        contact_id=contact_id,
                    )

    def followup(
        self,
        kind: str,
        moment: datetime,
        due: datetime,
        status: str | None,
        on_time: float,
        interview_id: int,
        contact_id: int | None = None,
    ) -> None:
        rng = self.rng
        if status is None:
            status = rng.choices(("done", "skipped", "pending", "snoozed"), (55, 15, 22, 8))[0]
        done_at = on = None
        if status == "done":
            late = rng.random() >= on_time
            done_at = due + timedelta(hours=rng.uniform(30, 200) if late else rng.uniform(-20, 20))
            on = 0 if late else 1
            if done_at > NOW:  # not done yet after all
                status, done_at, on = "pending", None, None
        self.record(
            "followups",
            moment,
            kind=kind,
            contact_id=contact_id,
            interview_id=interview_id,
            due_at=iso(due),
            status=status,
            done_at=iso(done_at) if done_at else None,
            on_time=on,
        )

    def outcome(self) -> None:
        rng = self.rng
        moment = self.last + timedelta(days=rng.uniform(1, 30))
        if rng.random() < 0.2:  # still looking first; the later answer is the one that counts
            self.record("outcomes", moment, category="seeking")
            moment += timedelta(days=rng.uniform(5, 20))
        categories = list(NACE_WEIGHTS)
        self.record(
            "outcomes", moment, category=rng.choices(categories, list(NACE_WEIGHTS.values()))[0]
        )

    def finish(self) -> None:
        self.conversation["updated_at"] = iso(self.last)
        self.conversation["data"] = json.dumps(self.data)
        self.secrets.update(self.data.values())


def _placement(people: int, rng: random.Random) -> Iterator[tuple[str, str]]:
    for _ in range(7):
        yield "slack", SMALL_WORKSPACE
    for _ in range(people - 7):
        platform, workspace, _share = rng.choices(WORKSPACES, [w[2] for w in WORKSPACES])[0]
        yield platform, workspace


def seed(path: Path, people: int = 520, seed: int = 6) -> Seeded:
    """Create ``path`` (it must not exist) with ``people`` synthetic people; same seed, same file."""
    if people < 8:
        raise ValueError("at least 8 people: seven go to the small workspace")
    if path.exists():
        raise FileExistsError(f"{path} exists: the seed writes a new database")
    rng = random.Random(seed)
    store = SqliteStore.open(path)
    store.install(RECORDS)
    out, result = _Rows(), Seeded(path, NOW, people, {})
    conversations = []
    for i, (platform, workspace) in enumerate(_placement(people, rng)):
        person = _Person(i, platform, workspace, rng, out, result.secrets)
        person.live()
        conversations.append(person.conversation)
        result.workspaces[workspace] = result.workspaces.get(workspace, 0) + 1
    try:
        with store.atomic():  # one transaction, many rows per statement: a second or less
            for table, rows in (("conversations", conversations), *out.tables.items()):
                columns = sorted({c for row in rows for c in row})
                store.db.conn.executemany(
                    f"INSERT INTO {table} ({','.join(columns)}) VALUES ({','.join('?' * len(columns))})",
                    [tuple(row.get(c) for c in columns) for row in rows],
                )
    finally:
        store.close()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="database file to create")
    parser.add_argument("--people", type=int, default=520)
    parser.add_argument("--seed", type=int, default=6)
    args = parser.parse_args(argv)
    if args.path.exists():
        parser.error(f"{args.path} exists: pick a new file")
    result = seed(args.path, args.people, args.seed)
    sizes = ", ".join(f"{w} {n}" for w, n in sorted(result.workspaces.items()))
    print(f"wrote {result.people} synthetic people to {args.path} ({sizes})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
