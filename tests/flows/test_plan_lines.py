"""Every plan page reads right whatever the student typed: the pieces of the intake and the
proof, in awkward shapes and in every combination, never leave a placeholder, a doubled mark,
an emoji, "their" said to the company, or a lower-cased name on a page."""

from __future__ import annotations

import itertools
import re
from datetime import UTC, datetime

import pytest

from bot.conversation import Conversation
from bot.markup import to_plain
from bot.messages import ConversationKey
from bot.sqlite_store import SqliteStore
from flows.pivot import build_flow
from flows.pivot.plans import Plans
from flows.pivot.records import RECORDS

NOW = datetime(2026, 11, 25, 9, tzinfo=UTC)
FLOW = build_flow()

COMPANIES = ["Lumen Outdoor Co.", "Verdant Grid", "Yahoo!"]
ROLES = ["Inside Sales Representative", "Inside sales representative", "the SDR role"]
DRAWS = [
    "I've used their gear for years 🏕️ and I love their repair-and-resell program",
    "Their community solar programme!!",
    "what draws me to them is how they treat their customers",
    "they publish their research openly",
    "",
]
TARGETS = [
    "data analytics, ideally on the merchandising or ecommerce side",
    "Data analytics.",
    "I want to be a data analyst",
    "",
]
EVIDENCE = [
    "For my capstone, I built a demand-forecasting model that cut overstock by 12%.",
    "For example, I built a usage dashboard in Looker!",
    "built a stock dashboard 📈",
    "",
]


def pages(data: dict[str, object]) -> str:
    """The text of every page of the pivot plan and the other three paths, as shown."""
    store = SqliteStore.memory()
    store.install(RECORDS)
    conv = Conversation(
        FLOW, ConversationKey("console", "local", "t"), "pivot.plan", data, NOW, store
    )
    plans = conv.part(Plans)
    plans.pivot_plan(None)
    plans.path_questions(None)
    plans.decline_draft(None)
    for path in ("go", "finish", "practice"):
        conv.state = f"plan.{path}"
        plans.path_plan(None)
    conv.state = "pivot.evidence"
    conv.ask()
    return "\n".join(to_plain(reply.text) for reply in conv.out)


CASES = list(itertools.product(COMPANIES, ROLES, DRAWS, TARGETS, EVIDENCE))


@pytest.mark.parametrize(
    ("company", "role", "draws", "target", "evidence"),
    CASES[:: max(1, len(CASES) // 120)],  # a spread of ~120 of the combinations
)
def test_plan_pages_read_right(
    company: str, role: str, draws: str, target: str, evidence: str
) -> None:
    data = {
        "company": company,
        "role": role,
        "draws": draws,
        "target": target,
        "evidence": evidence,
        "company_fit": 5,
        "role_fit": 2,
        "path": "pivot",
    }
    text = pages({k: v for k, v in data.items() if v != ""})
    assert "[" not in text, "a placeholder"
    # "Co.?", "Co.," and "Yahoo!?" are careful English; "Co..", "?.", "?!" and "!!" are not.
    doubled = re.search(r"\.\.|[!?][.!]|\?\?|\.!|\s[,.]", text.replace("...", "…"))
    assert not doubled, f"a doubled mark: {text[doubled.start() - 40 : doubled.end() + 5]!r}"
    assert "🏕" not in text and "📈" not in text
    assert "their" not in text.split("What to say", 1)[1].split("Don't speak against")[0]
    assert "inside Sales" not in text
    assert "For example, for" not in text and "For example, For" not in text
    assert "For example, For example" not in text
    assert "is I've" not in text and "is they" not in text
    assert "the the " not in text and "role role" not in text
    assert "  " not in text


def test_a_better_fit_named_after_the_company_is_said_to_it() -> None:
    text = pages(
        {
            "company": "Lumen",
            "role": "Sales",
            "target": "their merchandising team",
            "company_fit": 5,
            "role_fit": 2,
            "draws": "Lumen's repair programme",
            "path": "pivot",
        }
    )
    assert "my best work is in your merchandising team." in text
    assert "my strengths lie closer to merchandising." in text
    assert "What drew me here is your repair programme." in text
    assert "shows you'd do well in their merchandising team?" in text  # said to the student


def _templates() -> list[tuple[str, str]]:
    """Every template of the intake and the plans: texts, questions, and the question bank."""
    import yaml  # the content files themselves, so that a new text is checked too

    from flows.pivot.flow import CONTENT

    found: list[tuple[str, str]] = []
    for name in ("intake", "plans"):
        doc = yaml.safe_load((CONTENT / f"{name}.yaml").read_text(encoding="utf-8"))
        found += list(doc.get("texts", {}).items())
        found += [(state, words.get("say", "")) for state, words in doc["states"].items()]
        for group in doc.get("data", {}).get("question_bank", {}).values():
            for key, forms in group.items():
                found += [(key, form) for form in ([forms] if isinstance(forms, str) else forms)]
    return found


def test_a_typed_phrase_sits_where_any_phrase_reads_right() -> None:
    """A better fit is typed in any shape ("data analytics, ideally on the merchandising side"),
    so it only ends a sentence after "in", "like" or "closer to"; a role only sits in "the {role} role"; what
    draws them only after "is" (as a noun phrase or "that ..."): never mid-sentence, never
    pasted as a sentence of its own."""
    for name, template in _templates():
        for match in re.finditer(r"\{target\}", template):
            before, after = template[: match.start()], template[match.end() :]
            # "closer to": the decline, whose {target} is the kind of work (phrases.work).
            assert before.endswith(("in ", "like ", "closer to ")), name
            assert re.match(r'[.?!]("|$|\s)', after), name
        for match in re.finditer(r"\{role\}", template):
            before, after = template[: match.start()], template[match.end() :]
            # "{role_word}" is " role", or nothing after a programme's name (phrases.the_role)
            assert re.match(r"(\*\*)?(?: role|\{role_word\})", after) or before.endswith(
                "**Role:** "
            ), name
        for match in re.finditer(r"\{reason\}", template):
            assert template[: match.start()].endswith(" is ") and template[match.end()] == ".", name
        assert "{target_phrase}" not in template, name  # the drafts' fallback, not for plans
