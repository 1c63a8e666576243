"""The pivot scorer against hand-labelled answers and the checks a careers counsellor would make."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.markup import parse, to_plain
from flows.pivot.feedback import feedback, stronger_parts, stronger_version
from flows.pivot.scoring import (
    ELEMENTS,
    RED_FLAGS,
    Context,
    band_for,
    classify_line,
    score,
)

CALIBRATION = Path(__file__).parents[1] / "data" / "calibration.yaml"
QUESTIONS = "Do you have any questions for us?"
CLIMATE = Context(
    company="Gridline",
    role="inside sales representative",
    target="product analytics",
    draws="the grid-forecasting launch",
    evidence="a usage dashboard",
    last_line=QUESTIONS,
)
STRONG = (
    "Thank you, I do. I've really enjoyed hearing about the grid-forecasting launch; it's the "
    "reason Gridline was top of my list. I want to be straight with you: this role is mostly "
    "quota-driven outreach, and that isn't where I do my best work. In my current job I built a "
    "usage dashboard that our account team used for renewals. Is there a team like product "
    "analytics where that fits, and would you point me to someone there? I'm happy to stay in the "
    "process if you still see a fit. Would it be alright if I stayed in touch?"
)
MEDIOCRE = "I'm not sure sales is for me. Do you have analytics jobs?"
RED_FLAG = "The posting misled me, so this isn't worth our time."


def with_line(line: str, ctx: Context = CLIMATE) -> Context:
    return Context(ctx.company, ctx.role, ctx.target, ctx.draws, ctx.evidence, line)


def calibration() -> list[tuple[dict[str, Any], Context]]:
    data = yaml.safe_load(CALIBRATION.read_text(encoding="utf-8"))
    items = []
    for item in data["items"]:
        fields = {**data["scenarios"][item["scenario"]], "last_line": item.get("last_line", "")}
        fields.update(
            {k: item[k] for k in ("company", "role", "target", "draws", "evidence") if k in item}
        )
        items.append((item, Context(**fields)))
    return items


def test_calibration_agreement() -> None:
    items = calibration()
    within = [abs(score(item["text"], ctx).total - item["label"]) <= 2 for item, ctx in items]
    flagged = [(item, score(item["text"], ctx)) for item, ctx in items if item["red_flag"]]
    capped = [s for _, s in flagged if s.total <= 5 and s.red_flags]
    share = sum(within) / len(items)
    print(
        f"calibration: {sum(within)}/{len(items)} within 2 points ({share:.0%}), "
        f"red flags capped {len(capped)}/{len(flagged)}"
    )
    assert len(items) >= 40 and len(flagged) >= 6
    assert share >= 0.85
    assert [item["id"] for item, s in flagged if s not in capped] == []


def test_calibration_labels_are_consistent() -> None:
    for item, _ in calibration():
        assert band_for(item["label"]) == item["band"], item["id"]
        assert not item["red_flag"] or item["label"] <= 5, item["id"]
    assert len({ctx.company for _, ctx in calibration()}) >= 4


def test_negated_enthusiasm_earns_nothing() -> None:
    assert score("I'm not excited about the company.", CLIMATE).elements["E2"] == 0
    assert score("I don't really love Gridline, to be honest.", CLIMATE).elements["E2"] == 0
    assert score("I'm excited about Gridline's forecasting launch.", CLIMATE).elements["E2"] == 2


def test_emphasis_is_not_negation() -> None:
    text = "I couldn't be more excited about Gridline and the grid-forecasting launch."
    assert score(text, CLIMATE).elements["E2"] == 2
    text = "I don't love sales. I love Gridline's forecasting launch, though."
    assert score(text, CLIMATE).elements["E2"] == 2


def test_coaching_examples_land_where_coaching_says() -> None:
    strong, mediocre, flagged = (score(t, CLIMATE) for t in (STRONG, MEDIOCRE, RED_FLAG))
    assert abs(strong.total - 15) <= 1 and strong.band == "ready" and not strong.red_flags
    assert abs(mediocre.total - 7) <= 2 and not mediocre.red_flags
    assert mediocre.elements["E3"] == 2 and mediocre.elements["E5"] >= 1  # honest, has an ask
    assert mediocre.elements["E2"] == mediocre.elements["E6"] == 0  # no enthusiasm, door shut
    assert flagged.total <= 5 and flagged.band == "restart"
    assert {"disparages_role", "leaves_early"} <= set(flagged.red_flags)


def test_red_flag_caps_an_otherwise_strong_answer() -> None:
    result = score(STRONG + " Honestly, cold calling is soul-crushing.", CLIMATE)
    assert result.red_flags == ["disparages_role"]
    assert result.raw_total > 5 and result.total == 5


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("This is my dream job and I love sales.", "fakes_interest"),
        ("You should move me to product analytics instead.", "demands_job"),
        ("Let's just end here and save each other the bother.", "leaves_early"),
        ("The job ad was misleading, it's basically data entry.", "disparages_role"),
    ],
)
def test_each_red_flag_has_a_stable_name(text: str, flag: str) -> None:
    result = score(text, CLIMATE)
    assert flag in result.red_flags and result.total <= 5
    assert set(result.red_flags) <= set(RED_FLAGS)


def test_apple_pie_answer_ignores_the_interviewer() -> None:
    canned = (
        "I love Gridline's forecasting launch. I built a usage dashboard. Is there someone "
        "in product analytics I could talk to?"
    )
    withdrawing = with_line("So are you withdrawing your application?")
    assert "ignores_interviewer" in score(canned, withdrawing).red_flags
    answered = "No, I'd like to stay in the process. " + canned
    result = score(answered, withdrawing)
    assert not result.red_flags and result.elements["E1"] == 2


def test_who_in_particular_needs_a_name_a_role_or_a_team() -> None:
    who = with_line("Who in particular would you want to talk to?")
    assert "ignores_interviewer" in score("Is there a team where I could fit?", who).red_flags
    named = "Ideally whoever leads the product analytics team. Could you introduce me?"
    assert not score(named, who).red_flags


def test_out_of_time_wants_brevity() -> None:
    rushed = with_line("We only have five minutes left.")
    quick = (
        "I'll be quick: Gridline's forecasting launch is why I'm here, and data is where I "
        "do my best work. Who in product analytics should I talk to?"
    )
    assert not score(quick, rushed).red_flags
    assert score(quick, rushed).elements["E8"] == 2
    script = " ".join([STRONG] * 3)
    assert "ignores_interviewer" in score(script, rushed).red_flags


def test_delivery_counts_fillers_and_apologies() -> None:
    clean = score(STRONG, CLIMATE)
    nervous = score(
        "Sorry, um, sorry. " + STRONG.replace("I want", "Like, I kind of want"), CLIMATE
    )
    assert clean.elements["E8"] == 2 and nervous.elements["E8"] == 0
    assert "um" in nervous.fillers and nervous.apologies == 2


def test_bands() -> None:
    assert [band_for(t) for t in (16, 14, 13, 10, 9, 6, 5, 0)] == [
        "ready",
        "ready",
        "solid",
        "solid",
        "rework",
        "rework",
        "restart",
        "restart",
    ]


def test_to_json_keys_and_no_user_text() -> None:
    result = score(STRONG, CLIMATE)
    data = result.to_json()
    assert list(data)[:5] == ["total", "elements", "red_flags", "band", "missing"]
    assert list(data["elements"]) == list(ELEMENTS)
    assert "Gridline" not in json.dumps(data)  # scores are stored and aggregated, text is not
    assert result.quotes["E2"].startswith("I've really enjoyed")


def test_missing_and_weak_split_zero_from_one() -> None:
    result = score(MEDIOCRE, CLIMATE)
    assert result.missing == [e for e in ELEMENTS if result.elements[e] == 0]
    assert result.weak == [e for e in ELEMENTS if result.elements[e] == 1]


def test_typos_in_the_company_name_still_count() -> None:
    hospital = Context(company="Northvale Health", draws="the work on cutting readmissions")
    result = score("Ive really admired Northvales work on cutting readmisions.", hospital)
    assert result.elements["E2"] == 2


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("We don't have any other openings right now.", "no_openings"),
        ("So are you withdrawing your application?", "withdrawing"),
        ("Why did you apply for this role, then?", "why_applied"),
        ("If I offered you this job today, would you take it?", "would_take_offer"),
        ("Actually, our analytics team is hiring. Want me to connect you?", "floated_team"),
        ("We only have five minutes left.", "time_pressure"),
        ("Who in particular would you want to talk to?", "who_particular"),
        (QUESTIONS, "opening"),
        ("", "none"),
        ("What's your favourite colour?", "unknown"),
    ],
)
def test_coaching_curveballs_are_recognised(line: str, kind: str) -> None:
    assert classify_line(line) == kind


def test_feedback_quotes_names_at_most_two_gaps_and_gives_one_step() -> None:
    result = score(MEDIOCRE, CLIMATE)
    note = to_plain(feedback(result, CLIMATE, MEDIOCRE))
    assert '"I\'m not sure sales is for me."' in note
    # Where the judge found nothing it says so, rather than asserting it is missing.
    assert "I didn't spot why this company" in note and "missing:" not in note.lower()
    assert (
        "Two things to add" in note
        and note.count("I didn't spot") + note.count("is partly there") == 2
    )
    short = score(STRONG.replace(" Would it be alright if I stayed in touch?", ""), CLIMATE)
    assert "asking to stay in touch" in to_plain(feedback(short, CLIMATE, STRONG))
    assert note.count("Next step:") == 1 and "Gridline" in note
    assert "{" not in note


def test_feedback_explains_red_flags() -> None:
    result = score(RED_FLAG, CLIMATE)
    note = to_plain(feedback(result, CLIMATE, RED_FLAG))
    assert "criticises the role" in note and "end the interview early" in note


def test_feedback_on_an_empty_answer_is_gentle() -> None:
    assert "didn't catch" in feedback(score("  ", CLIMATE), CLIMATE, "  ")


def test_stronger_version_uses_the_users_details() -> None:
    better = to_plain(stronger_version(CLIMATE, MEDIOCRE))
    for detail in ("Gridline", "product analytics", "grid-forecasting launch", "usage dashboard"):
        assert detail in better
    assert score(better, CLIMATE).total >= 14


def test_stronger_version_reuses_their_own_proof_when_evidence_is_empty() -> None:
    ctx = Context(company="Gridline", target="product analytics", last_line=QUESTIONS)
    better = stronger_version(ctx, STRONG)
    assert "I built a usage dashboard that our account team used for renewals." in better


def test_stronger_version_reads_well_with_nothing_known() -> None:
    version, notes = stronger_parts(Context(), "")
    better = to_plain(version)
    assert "{" not in better and "  " not in better
    # Nothing specific known of the company: no filler said to it, and the note says what to add.
    assert "the work you're doing here" not in better and "What draws me" not in better
    assert any("what draws you to this company" in note for note in notes)


def test_stronger_version_answers_the_curveball_first() -> None:
    better = stronger_version(with_line("So are you withdrawing your application?"), "")
    assert better.startswith("No, I'm not withdrawing")
    assert not score(
        to_plain(better), with_line("So are you withdrawing your application?")
    ).red_flags


def test_user_values_never_become_markup() -> None:
    ctx = Context(
        company="*Acme* [x](http://e.vil)",
        target="**data**",
        draws="_the_ launch",
        last_line="- who in particular?",
    )
    text = "I love *Acme* [x](http://e.vil)! Could you introduce me to **data**?"
    for reply in (stronger_version(ctx, text), feedback(score(text, ctx), ctx, text)):
        spans = [span for line in parse(reply) for span in line.spans]
        assert all(span.kind != "link" for span in spans)
        assert not any(span.kind == "italic" for span in spans)
        assert all("Acme" not in span.text for span in spans if span.kind == "bold")
        assert not any(line.bullet and "who in particular" in str(line) for line in parse(reply))
    assert "**data**" in to_plain(stronger_version(ctx, text))
    plain = Context(ctx.company, ctx.role, ctx.target, ctx.draws, ctx.evidence, QUESTIONS)
    assert "*Acme* [x](http://e.vil)" in to_plain(stronger_version(plain, "Thanks."))


def test_deterministic() -> None:
    """The same answer scores the same, every time and in any order (speed is measured by
    bench/judge.py, never asserted here)."""
    items = calibration()
    assert score(STRONG, CLIMATE) == score(STRONG, CLIMATE)
    first = [score(item["text"], ctx) for item, ctx in items]
    again = [score(item["text"], ctx) for item, ctx in reversed(items)]
    assert first == list(reversed(again))


# -- the counsellor-labelled sets ---------------------------------------------------------------

DEV = Path(__file__).parents[1] / "data" / "judge_dev.yaml"


def test_dev_set_agreement() -> None:
    """The dev set is the one the judge was tuned on (the held-out test set is scored once, by
    hand, and has no threshold here). Measured: 98% within 2, flags 19/19, gaming at most 7."""
    from flows.pivot import judge_eval
    from flows.pivot.judge import rules_judge

    result = judge_eval.evaluate(rules_judge(), judge_eval.load(DEV))
    print(judge_eval.render(result, DEV.name))
    assert result.items >= 60
    assert result.within_2 >= 0.90
    assert result.mae <= 0.8
    assert result.flags["recall"] >= 0.9 and result.flags["precision"] >= 0.9
    assert result.gaming["items"] >= 10
    assert result.gaming["above_ceiling"] == []  # no gaming answer above 9 ("rework")


def _dev_answers() -> list[tuple[str, Context]]:
    from flows.pivot import judge_eval

    return [(item.text, item.ctx) for item in judge_eval.load(DEV)]


def test_start_again_only_with_a_red_flag() -> None:
    answers = _dev_answers() + [(t, CLIMATE) for t in (STRONG, MEDIOCRE, RED_FLAG, "um ok", "x")]
    restarted = 0
    for text, ctx in answers:
        result = score(text, ctx)
        note = to_plain(feedback(result, ctx, text))
        assert ("Start again" in note) == bool(result.red_flags), text
        restarted += result.band == "restart" and not result.red_flags
    assert restarted  # low totals without a flag exist, and are not called "start again"


def test_feedback_never_names_more_than_two_things_to_add() -> None:
    for text, ctx in _dev_answers():
        note = to_plain(feedback(score(text, ctx), ctx, text))
        added = note.split("to add\n")[-1].split("\n\n")[0] if "to add\n" in note else ""
        assert len([line for line in added.splitlines() if line.startswith("•")]) <= 2


HARBOUR = Context(
    company="Harbourline Bank",
    role="Branch Customer Adviser",
    target="credit risk modelling",
    draws="their lending programme for women-led small businesses",
    evidence="an MSc credit-scoring model",
    last_line=QUESTIONS,
)


@pytest.mark.parametrize(
    ("ctx", "text", "reason", "proof"),
    [
        (
            CLIMATE,
            "Yes. Your forecasts got two utilities through last winter's peak, and that's why "
            "Gridline is my first choice. I wrote a churn model that cut cancellations by 8%. "
            "Could I speak to someone?",
            "Your forecasts got two utilities through last winter's peak",
            "I wrote a churn model that cut cancellations by 8%.",
        ),
        (
            HARBOUR,
            "I read your impact report on the women-led lending programme and the default rates "
            "surprised me. My MSc model scored 40,000 small-business loans at an AUC of 0.81. "
            "Branch sales isn't really my strength.",
            "I read your impact report on the women-led lending programme",
            "My MSc model scored 40,000 small-business loans at an AUC of 0.81.",
        ),
        (
            with_line("So are you withdrawing your application?"),
            "No, I'm not withdrawing. The grid-forecasting launch is why I applied. At my last job "
            "I built a dashboard that the renewals team still uses every week.",
            "The grid-forecasting launch is why I applied.",
            "At my last job I built a dashboard that the renewals team still uses every week.",
        ),
        (
            with_line("We don't have any other openings right now."),
            "That's fine. Honestly I admire how you open-sourced the forecasting data. I "
            "automated a weekly sales report in Python that saved my team four hours.",
            "Honestly I admire how you open-sourced the forecasting data.",
            "I automated a weekly sales report in Python that saved my team four hours.",
        ),
    ],
)
def test_stronger_version_keeps_their_reason_and_proof(
    ctx: Context, text: str, reason: str, proof: str
) -> None:
    better = to_plain(stronger_version(ctx, text))
    assert reason in better and proof in better
    assert better.index(reason) < better.index(proof)
    result = score(better, ctx)
    assert result.total > score(text, ctx).total and not result.red_flags


def test_stronger_version_answers_the_line_first_and_adds_only_what_was_missing() -> None:
    ctx = with_line("If I offered you this job today, would you take it?")
    text = "Honestly, I'd think hard about it. I love the grid-forecasting launch."
    better = to_plain(stronger_version(ctx, text))
    assert better.startswith("Honestly, I'd think hard about it.")  # their own reply to the line
    assert better.count("grid-forecasting launch") == 1  # their reason, not a second one
    # The ask they did not make, about the better fit named once before it (review 6), which
    # is work, not a team: never "that team" when no team was named (review 8).
    assert "Is there someone doing that kind of work here you'd suggest I talk to?" in better
    assert "that team" not in better
    assert better.count("product analytics") == 1


def test_stronger_version_of_a_ready_answer_says_what_to_keep() -> None:
    result = score(STRONG, CLIMATE)
    assert result.total >= 14
    keep = to_plain(stronger_version(CLIMATE, STRONG))
    assert keep.startswith("Keep this one.")
    assert "I built a usage dashboard that our account team used for renewals." in keep


def test_a_stronger_version_pasted_in_reply_to_another_line_is_not_ready() -> None:
    from flows.pivot.interviewer import PERSONAS, lines

    said = {kind: text for persona in PERSONAS for kind, text in lines(persona, "analytics")}
    said["unknown"] = "What's your favourite colour?"
    for answer in ("", MEDIOCRE, "I'm more of a numbers person. Could I talk to someone?"):
        for kind, line in said.items():
            version = to_plain(stronger_version(with_line(line), answer))
            for other, elsewhere in said.items():
                if other != kind:
                    pasted = score(version, with_line(elsewhere))
                    assert pasted.total < 14, (kind, other, pasted)


def test_score_command_names_its_judge_and_evaluates_a_labelled_set(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    # No language model configured (none in the environment, no .env where it runs): the
    # configured judge is the rules judge.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PIVOTBOT_", "OPENAI_"))}
    root = tmp_path
    one = subprocess.run(
        [sys.executable, "-m", "bot.cli", "score", "--line", QUESTIONS, MEDIOCRE],
        capture_output=True,
        text=True,
        cwd=root,
        env=env,
        check=True,
    )
    assert json.loads(one.stdout)["judge"] == "rules"
    figures = subprocess.run(
        [sys.executable, "-m", "bot.cli", "score", "--eval", str(DEV), "--json"],
        capture_output=True,
        text=True,
        cwd=root,
        env=env,
        check=True,
    )
    data = json.loads(figures.stdout)
    assert data["judge"] == "rules" and data["items"] >= 60
    assert "fallbacks" not in data  # only a model judge falls back
    assert {"within_2", "mae", "band_agreement", "elements", "red_flags", "worst"} <= set(data)
    assert set(data["elements"]) == set(ELEMENTS)
    assert all({"id", "label", "judge", "reason"} <= set(w) for w in data["worst"])
    text = subprocess.run(
        [sys.executable, "-m", "bot.cli", "score", "--eval", str(DEV)],
        capture_output=True,
        text=True,
        cwd=root,
        env=env,
        check=True,
    ).stdout
    assert "totals within 2 points" in text and "worst cases" in text
    # No answer text in the figures: items are named by id.
    assert "I applied because" not in text and "I applied because" not in figures.stdout
    broken = tmp_path / "broken.yaml"
    broken.write_text("items:\n  - id: x\n    text: hi\n", encoding="utf-8")
    bad = subprocess.run(
        [sys.executable, "-m", "bot.cli", "score", "--eval", str(broken)],
        capture_output=True,
        text=True,
        cwd=root,
        env=env,
    )
    assert (
        bad.returncode == 2 and bad.stderr.startswith("pivotbot: cannot read") and "x" in bad.stderr
    )
