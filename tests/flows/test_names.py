"""Every string name the flow is wired by is checked when it is built: each test misspells one
kind of name in a copy of the flow and expects ``build_flow`` to fail with one ``FlowError`` line
naming it and where it is used."""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

import pytest

from bot.content import Content
from bot.errors import FlowError
from bot.flow import Step
from bot.messages import ConversationKey
from bot.parts import Part
from bot.sqlite_store import SqliteStore
from flows.pivot import build_flow, interviewer, practice
from flows.pivot.contacts import Contacts
from flows.pivot.debrief import Debrief
from flows.pivot.drafts import DRAFT_PAGES, Drafts
from flows.pivot.flow import PARTS, load_content
from flows.pivot.followups import FollowUps
from flows.pivot.intake import Intake
from flows.pivot.plans import Plans
from flows.pivot.practice import Practice
from flows.pivot.scoring import rules_doc

NOW = datetime(2026, 11, 25, 9, tzinfo=UTC)


def with_part(
    part: type[Part], parts: Iterable[type[Part]] = PARTS, **changes: Any
) -> tuple[type[Part], ...]:
    """``parts`` (the standard ones by default), with ``part`` replaced by a copy that has
    ``changes``."""
    variant = type(part.__name__, (part,), changes)
    return tuple(variant if p is part else p for p in parts)


def with_row(
    part: type[Part], trigger: str, source: str | list[str], **changes: Any
) -> tuple[type[Part], ...]:
    """The standard parts, with one row of ``part``'s table changed."""
    table = [dict(row) for row in part.TABLE]
    row = next(r for r in table if r["trigger"] == trigger and r["source"] == source)
    row.update(changes)
    return with_part(part, TABLE=table)


def with_step(
    part: type[Part], name: str, parts: Iterable[type[Part]] = PARTS, **changes: Any
) -> tuple[type[Part], ...]:
    """``parts``, with one step of ``part`` changed."""
    steps = [dataclasses.replace(s, **changes) if s.name == name else s for s in part.STEPS]
    return with_part(part, parts, STEPS=steps)


def words(**changes: Any) -> Content:
    """A copy of the flow's words, with sections changed by ``changes`` (section -> edit)."""
    content = copy.deepcopy(load_content())
    for section, edit in changes.items():
        edit(getattr(content, section))
    return content


def fails(parts: Iterable[type[Part]] = PARTS, content: Content | None = None) -> str:
    """The one-line message of the FlowError that building this variant raises."""
    with pytest.raises(FlowError) as raised:
        build_flow(tuple(parts), content)
    message = str(raised.value)
    assert "\n" not in message
    return message


def test_the_real_flow_builds() -> None:
    assert len(build_flow().steps) > 50


def test_a_misspelled_before_callback() -> None:
    parts = with_row(Intake, "answer", "intake.company", before="keep_compny")
    assert fails(parts) == (
        "transition answer from intake.company: before callback 'keep_compny' "
        "is not defined by part intake"
    )


def test_an_after_callback_and_a_prepare_callback() -> None:
    assert "after callback 'restyel'" in fails(
        with_row(Drafts, "shorter", DRAFT_PAGES, after="restyel")
    )
    assert "prepare callback 'warm_up'" in fails(
        with_row(Intake, "answer", "intake.company", prepare="warm_up")
    )


def test_a_misspelled_condition_and_unless() -> None:
    message = fails(with_row(Intake, "accept", "triage", conditions="suggests_og"))
    assert message.startswith("transition accept from triage: condition 'suggests_og'")
    message = fails(with_row(Practice, "rehearse", "*", unless="has_contxt"))
    assert "transition rehearse from any state: unless condition 'has_contxt'" in message


def test_a_callback_of_another_part_is_named_with_a_hint() -> None:
    message = fails(with_row(Practice, "answer", "rehearse.company", before="keep_company"))
    assert "'keep_company' is not defined by part rehearsal (part intake has one" in message


def test_a_misspelled_on_enter() -> None:
    message = fails(with_step(Intake, "triage", on_enter=("sugest",)))
    assert message == "state triage: on_enter method 'sugest' is not defined by part intake"


def test_a_misspelled_redraw_method() -> None:
    message = fails(with_step(Debrief, "debrief.summary", redraw=("show_sumary",)))
    assert (
        message
        == "state debrief.summary: redraw method 'show_sumary' is not defined by part debrief"
    )


def test_a_page_that_cannot_draw_itself_again() -> None:
    message = fails(with_step(Contacts, "contacts.view", redraw=()))
    assert message == (
        "state contacts.view has no question ('say' in its words) and draws no page "
        "(on_enter or redraw), so /resume would show nothing"
    )


def test_a_misspelled_choices_method() -> None:
    message = fails(with_step(Practice, "rehearse.persona", choices="persona_choice"))
    assert "state rehearse.persona: choices method 'persona_choice'" in message


def test_a_misspelled_timer_kind() -> None:
    kinds = tuple("thank_yuo" if k == "thank_you" else k for k in FollowUps.TIMERS)
    message = fails(with_part(FollowUps, TIMERS=kinds))
    assert "timer kind 'thank_yuo': handler 'timer_thank_yuo' is not defined" in message
    # ... and the handler that lost its kind is named too.
    assert "has timer_thank_you but declares no timer kind 'thank_you'" in message


def test_scheduling_a_timer_kind_nobody_handles_fails_at_once() -> None:
    conv = build_flow().conversation(
        ConversationKey("console", "local", "t"), None, {}, NOW, SqliteStore.memory()
    )
    with pytest.raises(FlowError, match="timer kind 'thank_yuo'"):
        conv.remind("thank_yuo:1", NOW)


def test_a_misspelled_draft_kind() -> None:
    handlers = ("draft_thanks", "draft_intor", "draft_decline")
    message = fails(with_part(Drafts, HANDLERS=handlers))
    assert message == "part drafts: handler 'draft_intor' is not defined by part drafts"


def test_a_draft_page_without_its_handler() -> None:
    steps = (*Drafts.STEPS, Step("drafts.followup", on_enter=("show_draft",)))
    handlers = (*Drafts.HANDLERS, "draft_followup")
    assert "handler 'draft_followup'" in fails(with_part(Drafts, STEPS=steps, HANDLERS=handlers))


def test_a_misspelled_global_choice_method_or_command() -> None:
    flow = build_flow()
    choices = {**flow.global_choices, "fu:": "folowup"}
    with pytest.raises(FlowError, match=r"global choice 'fu:': method 'folowup'.* no part"):
        dataclasses.replace(flow, global_choices=choices)
    with pytest.raises(FlowError, match=r"command /menu: trigger 'menus'"):
        dataclasses.replace(flow, commands={"menu": "menus"})


def test_a_global_choice_method_in_two_parts_is_ambiguous() -> None:
    parts = with_part(Contacts, followup=lambda self, rest: None)
    assert "method 'followup' is defined by contacts and followups" in fails(parts)


def test_a_derived_value_from_two_parts() -> None:
    parts = with_part(Plans, DERIVED=(*Plans.DERIVED, "when"))
    assert fails(parts) == "derived value 'when' is provided by parts intake and plans"


def test_a_misspelled_content_key_in_code() -> None:
    texts = tuple("date_notd" if t == "date_noted" else t for t in Intake.TEXTS)
    message = fails(with_part(Intake, TEXTS=texts))
    assert "part intake uses text 'date_notd' that no content file defines" in message
    labels = tuple("contact_ad" if t == "contact_add" else t for t in Contacts.LABELS)
    assert "label 'contact_ad'" in fails(with_part(Contacts, LABELS=labels))


def test_a_content_key_missing_from_the_words() -> None:
    # suggest.{path} is built with an f-string: the part declares the whole family.
    message = fails(content=words(texts=lambda t: t.pop("suggest.finish")))
    assert message == "part intake uses text 'suggest.finish' that no content file defines"
    message = fails(content=words(labels=lambda t: t.pop("stage_met")))
    assert "part contacts uses label 'stage_met'" in message


def test_a_key_the_code_did_not_declare_fails_when_used() -> None:
    conv = build_flow().conversation(
        ConversationKey("console", "local", "t"), "menu", {}, NOW, SqliteStore.memory()
    )
    intake = conv.part(Intake)
    with pytest.raises(FlowError, match="part intake uses text 'contact_card'"):
        intake.say("contact_card")  # exists in the words, but intake never declared it
    with pytest.raises(FlowError, match="part intake uses label 'main_menu'"):
        intake.label("main_menu")
    with pytest.raises(FlowError, match="part intake uses button value 'open'"):
        intake.button("Ann", "open:1")


def test_a_misspelled_template_field_in_content() -> None:
    def misspell(texts: dict[str, str]) -> None:
        texts["summary"] = texts["summary"].replace("{company}", "{compnay}")

    message = fails(content=words(texts=misspell))
    assert message.startswith("text 'summary' names {compnay}, which is not a data field")

    def in_a_question(states: dict[str, Any]) -> None:
        states["intake.role"]["say"] = "Which role at {compny}?"

    assert "state intake.role say names {compny}" in fails(content=words(states=in_a_question))


def test_a_template_field_only_the_code_of_another_text_passes() -> None:
    def borrow(texts: dict[str, str]) -> None:
        texts["past_hint"] += " ({limit})"  # too_long's value, given to no other text

    assert "text 'past_hint' names {limit}" in fails(content=words(texts=borrow))


def test_a_question_bank_entry_with_a_misspelled_field() -> None:
    def misspell(data: dict[str, Any]) -> None:
        data["question_bank"]["path"]["how"] = "How did you come to {compay}?"

    assert "question path.how names {compay}" in fails(content=words(data=misspell))


def test_a_misspelled_button_value_prefix() -> None:
    buttons = tuple("opn" if b == "open" else b for b in Contacts.BUTTONS)
    message = fails(with_part(Contacts, BUTTONS=buttons))
    assert message == (
        "part contacts builds buttons valued 'opn', which is neither a trigger nor a global choice"
    )


def test_a_content_button_without_a_transition() -> None:
    def misspell(states: dict[str, Any]) -> None:
        states["triage"]["choices"][0][1] = "acept"

    assert "state triage: button 'acept' has no transition" in fails(content=words(states=misspell))


def test_words_for_a_state_that_does_not_exist() -> None:
    def add(texts: dict[str, str]) -> None:
        texts["expected.intake.compny"] = "Just the company's name."

    assert "text 'expected.intake.compny' is for state 'intake.compny'" in fails(
        content=words(texts=add)
    )


def test_a_new_persona_in_the_words_without_its_lines_fails_at_build() -> None:
    def add(labels: dict[str, str]) -> None:
        labels["persona_curious"] = "Curious: asks why twice"

    message = fails(content=words(labels=add))
    assert "label 'persona_curious' is for persona 'curious'" in message


def test_a_new_persona_in_the_code_without_its_lines_fails_at_build(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(interviewer, "PERSONAS", (*interviewer.PERSONAS, "curious"))
    assert "persona 'curious' has no openings in rehearsal.yaml" in fails()


def test_a_persona_whose_lines_lost_a_part_fails_at_build(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = copy.deepcopy(rules_doc())
    del doc["interviewer"]["personas"]["rushed"]["curveballs"]
    monkeypatch.setattr(practice, "rules_doc", lambda: doc)
    assert "persona 'rushed' has no curveballs" in fails()


def test_several_problems_make_one_line_naming_the_first() -> None:
    parts = with_step(Intake, "triage", on_enter=("sugest",))
    parts = with_step(Practice, "rehearse.persona", parts, choices="nope")
    message = fails(parts)
    assert message.startswith("state triage: on_enter method 'sugest'")
    assert "(and 1 more: state rehearse.persona: choices method 'nope'" in message


# -- the optional language model: the prepare step, the notice, judge.yaml --------------------


class NoModel:
    """A language model client that is never asked (building a flow asks nothing)."""

    async def complete_json(
        self, system: str, user: str, schema: dict[str, Any], timeout: float
    ) -> dict[str, Any]:
        raise AssertionError("building a flow must not call the model")


def test_a_misspelled_or_synchronous_prepare_method() -> None:
    message = fails(with_step(Practice, "rehearse.turn", prepare="consult_modle"))
    assert (
        message == "state rehearse.turn: prepare 'consult_modle' is not defined by part rehearsal"
    )
    message = fails(with_step(Practice, "rehearse.turn", prepare="show_line"))
    assert message == "state rehearse.turn: prepare 'show_line' is no async method"
    message = fails(with_step(Practice, "rehearse.persona", prepare="consult_model"))
    assert (
        message == "state rehearse.persona: prepare 'consult_model' needs a text step, not 'choice'"
    )


def test_the_model_option_gives_the_answer_step_its_prepare_only_when_configured() -> None:
    assert build_flow().prepares == frozenset()
    with_model = build_flow(model=NoModel(), model_host="llm.example.org", timeout=2)
    assert with_model.prepares == {"rehearse.turn"}
    assert with_model.wiring.postscripts == {"help": ["model_notice"], "mydata": ["model_notice"]}
    assert build_flow().wiring.postscripts == {}


def test_a_misspelled_postscript_or_the_text_it_follows() -> None:
    message = fails(with_part(Practice, POSTSCRIPTS={"help": ("model_notise",)}))
    assert message == "part rehearsal adds text 'model_notise' after 'help' but does not declare it"
    message = fails(with_part(Practice, POSTSCRIPTS={"halp": ("model_notice",)}))
    assert message == "part rehearsal adds to text 'halp' that no content file defines"


def test_the_model_notice_is_checked_even_without_a_model() -> None:
    message = fails(content=words(texts=lambda t: t.pop("model_notice")))
    assert message == "part rehearsal uses text 'model_notice' that no content file defines"

    def misspell(texts: dict[str, str]) -> None:
        texts["model_notice"] = texts["model_notice"].replace("{model_host}", "{model_hots}")

    assert "text 'model_notice' names {model_hots}" in fails(content=words(texts=misspell))


def test_a_broken_judge_yaml_fails_the_build_with_a_model(monkeypatch: pytest.MonkeyPatch) -> None:
    from flows.pivot import judge_model

    doc = copy.deepcopy(judge_model.prompts())
    doc["checks"]["shapes"]["E5"] = ["question", "reqest"]
    monkeypatch.setattr(judge_model, "prompts", lambda: doc)
    judge_model.checks.cache_clear()
    try:
        build_flow()  # without a model, judge.yaml is not read
        with pytest.raises(FlowError, match=r"^judge\.yaml: shape 'reqest' of E5 has no pattern$"):
            build_flow(model=NoModel())
        del doc["judge"]["system"]
        with pytest.raises(FlowError, match=r"^judge\.yaml has no judge\.system prompt"):
            build_flow(model=NoModel())
    finally:
        judge_model.checks.cache_clear()
