"""The pivot flow's promises that scripts cannot state: draft lengths, every text renders,
the score command's contract, and the flow stays consistent with its words."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.conversation import Conversation
from bot.markup import to_plain
from bot.messages import ConversationKey
from bot.sqlite_store import SqliteStore
from flows.pivot import build_flow
from flows.pivot.drafts import Drafts, first_name
from flows.pivot.records import RECORDS

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 25, 9, tzinfo=UTC)


def chat_with(data: dict[str, object]) -> Conversation:
    flow = build_flow()
    store = SqliteStore.memory()
    store.install(RECORDS)
    return flow.conversation(
        ConversationKey("console", "local", "t"), "drafts.intro", dict(data), NOW, store
    )


DETAILS = {
    "company": "Northwind Renewable Energy Cooperative",
    "role": "Customer success associate",
    "target": "community energy partnerships with city councils",
    "interview_id": 1,
    "draws": "I love their community solar programme",
    "evidence": "I ran the society's budget",
    "interview_date": "2026-11-24",
    "company_fit": 5,
    "role_fit": 2,
    "sign_as": "Maya Patel",  # how the student signs their drafts (asked in the debrief)
}


@pytest.mark.parametrize("style", ["normal", "short", "formal"])
def test_outreach_and_intro_requests_stay_under_100_words(style: str) -> None:
    conv = chat_with(DETAILS)
    maria = {"name": "Dr Maria Lopez-Garcia", "interview_id": 1}
    maria_id = conv.store.add("contacts", conv.key, maria, NOW)
    # Maria offered to introduce the student to the person the outreach note is for.
    offer = {
        "interview_id": 1,
        "contact_id": maria_id,
        "kind": "introduction",
        "text": "Maria offered to introduce me to Joy Chen, who leads partnerships",
        "to_name": "Joy Chen",
        "to_role": "who leads partnerships with city councils",
        "status": "pending",
    }
    conv.store.add("offers", conv.key, offer, NOW)
    _, ask, outreach = conv.part(Drafts).draft_intro(style)
    for message in (ask, outreach):
        body = to_plain(message).split("\n", 1)[1]  # without the "1. To ..." heading
        assert len(re.findall(r"\S+", body)) < 100, body
        assert "job" not in body.casefold() or style != "normal"
    # A title was given: "Dear Dr Lopez-Garcia" in every style, never "Hi Maria" nor "Dear Maria"
    # (review 9a finding 2).
    assert "Dear Dr Lopez\\-Garcia," in ask and "Maria," not in ask
    assert "Joy" in outreach.split("\n")[1]  # the outreach is addressed to Joy Chen by name
    assert "job" not in to_plain(outreach).casefold()  # outreach never mentions jobs


def test_thank_you_notes_name_the_specific_detail_for_each_person() -> None:
    conv = chat_with(DETAILS)
    ids = []
    for name, detail in (
        ("Maria Lopez", "how the forecasting team started"),
        ("Sam Okafor", "his advice to learn SQL first"),
    ):
        row = {"name": name, "interview_id": 1, "notes": detail, "talked_about": detail}
        ids.append(conv.store.add("contacts", conv.key, row, NOW))
    # An offer nobody made (none of them) is in no one's note; Sam's own is in his only.
    for who, text in ((None, "an intro to the data team"), (ids[1], "send me his reading list")):
        offer = {"interview_id": 1, "contact_id": who, "kind": "other", "text": text}
        conv.store.add("offers", conv.key, offer, NOW)
    notes = [to_plain(n) for n in conv.part(Drafts).draft_thanks("normal")[1:]]
    assert "Hi Maria," in notes[0] and "how the forecasting team started" in notes[0]
    # Said to Sam, "his advice" is "your advice".
    assert "Hi Sam," in notes[1] and "your advice to learn SQL first" in notes[1]
    assert not any("an intro to the data team" in n for n in notes)
    assert "reading list" not in notes[0]
    assert "I'm also very grateful for your offer to send me your reading list" in notes[1]
    # The interview was the day before: "yesterday", never "today" nor its weekday (review 9a m9).
    assert all("talk with me yesterday" in n for n in notes)


def test_first_names() -> None:
    assert first_name("Dr Maria Lopez") == "Maria"
    assert first_name("Sam") == "Sam"
    assert first_name("Prof.") == "Prof."


def test_every_text_renders_with_real_values() -> None:
    """No template names a value nobody provides (it would render as an empty gap)."""
    flow = build_flow()
    conv = chat_with(DETAILS)
    provided = set(conv.values()) | {
        "cmd",
        "when",
        "target_or_unsure",
        "draws_or_none",
        "target_phrase",
        "target_head",
        "target_work",
        "target_place",
        "target_how",
        "proof_question",
        "company_in_line",  # the company as a sentence names it: "the BBC" (plans.py)
        "company_starts",  # ... opening a sentence: "The BBC" (plans.py)
        "the_role",  # "the Tester role", a programme as itself (intake.py)
        "the_position",
        "role_word",
        "line_thanks",
        "line_fit",
        "line_proof",
        "line_ask",
        "decline_fit",
        "decline_door",  # the door left open for the kind of work, or a role that suits better
        "decline_keen",
        "go_why",  # each path's page says why, by the ratings (plans.py)
        "finish_why",
        "practice_why",
        "person",
        "contact_name",
        "field_name",
    }
    per_text = {  # values given by the code that says these texts
        "too_long": {"limit"},
        "ask_proof_team": {"team"},  # the better fit as a team (plans.py)
        "target_person": {"said"},  # a person's name typed where work is asked (intake.py)
        "proof_kept": {"kept"},  # the part of a long proof kept (plans.py, practice.py)
        "unknown_command": {"command"},
        "not_on_screen": {"label"},
        "edit_replaced": {"answer"},
        "contacts_header": {"count"},
        "followups_count": {"count"},
        "followups_more": {"count"},
        "progress_intro": {"count"},
        "progress_kept": {"names"},
        "progress_same": {"names"},
        "round_summary": {"scores", "best"},
        "interviewer_says": {"who", "turn"},
        "stage_moved": {"stage"},
        "followup_line": {"what", "about", "due"},
        "followup_line_overdue": {"what", "about", "due"},
        "debrief_saved": {"people", "reminders"},
        "debrief_saved_nobody": {"reminders"},
        "date_noted": {"when"},
        "snooze_on": {"day"},
        "followup_snoozed": {"when"},
        "zone_set": {"zone", "clock"},
        "contact_line": {"name", "where", "stage", "last", "next"},
        "contact_line_name": {"name", "stage"},
        "contact_last": {"last"},
        "contact_next": {"next"},
        "contact_card": {
            "name",
            "title",
            "organisation",
            "team",
            "reach",
            "how",
            "priority",
            "stage",
            "last",
            "next",
            "notes",
        },
        "evidence_line": {"evidence"},
        # The debrief: when it was, who offered and promised what, the summary's lines.
        "when_planned": {"planned"},
        "saved_intro": {"who", "to", "by"},
        "saved_offer_to": {"who", "what"},
        "saved_offer_of": {"who", "what"},
        "saved_offer_nobody": {"what"},
        "saved_promise": {"who", "what"},
        "saved_promise_nobody": {"what"},
        "saved_unnamed": {"role"},
        "saved_unnamed_recruiter": {"role"},
        "saved_unnamed_ask": {"role", "who", "them"},  # the recruiter met, by name, asked for it
        "next_step_ask_named": {"who"},
        "to_unnamed_ask": {"role", "who"},
        "by_day": {"day"},
        "nudge_intro": {"what"},
        "nudge_to": {"what"},
        "nudge_of": {"what"},
        "reminder_line": {"what", "day"},
        "reminder_line_with": {"what", "day", "names"},
        "reminder_line_promise": {"what", "day", "names"},
        "next_step_introduced": {"first"},
        "next_step_write": {"first"},
        "next_step_met": {"first"},  # moved to Met: a thank-you, then a check-in (contacts.py)
        # A short thank-you to whoever made an introduction, once it happened (contacts.py).
        "thank_connector": {"first", "to", "news"},
        "thank_connector_signed": {"first", "to", "news", "sign"},
        "thank_news_introduced": {"to_first"},
        "thank_news_contacted": {"to_first"},
        "thank_news_met": {"to_first"},
        "intro_intro_with": {"by"},  # an introduction due before the day after the thanks
        "their_work": {"team"},  # a note to someone outside the role's panel (draft_text.py)
        "intro_intro_passed": {"by"},  # ... and that day already passed
        "intro_intro_before": {"by", "when"},  # ... before the thank-yous go out
        "offer_by_noted": {"when"},  # the day typed in the offer, said back (offers.py)
        "debrief_next": {"reminders", "thanks_when"},
        "thanks_on": {"day"},
        "thanks_weekend": {"day"},  # on a Saturday or Sunday: Monday morning, named
        "thanks_late": {"held"},  # the interview's day, for notes that are late
        "thanks_intro_next": {"when"},
        "thanks_intro_sent_on": {"when"},  # the notes went: today, yesterday, on Wednesday
        "thanks_intro_weekend": {"when"},
        "thanks_next_on": {"day"},
        "how_introduced": {"name"},
        "note_offer_intro": {"to"},
        "note_offer_to": {"what"},
        "note_offer_of": {"what"},
        "note_offer_plain": {"what", "them"},
        "note_promise": {"what"},
        "saved_promise_todo": {"who", "todo"},
        "saved_promise_todo_nobody": {"todo"},
        "unnamed_as": {"role"},
        "the_role": {"role"},
        "checkin_dropped": {"name"},
        "checkin_back": {"name"},
        "contacted_3b7": {"name"},
        # The drafts' pieces.
        "to_unnamed": {"role"},
        "offer_intro": {"words"},
        "offer_to": {"words"},
        "offer_of": {"words"},
        "offered_intro": {"words"},
        "offered_to": {"words"},
        "offered_of": {"words"},
        "intro_waiting": {"asked"},
        "intro_waiting_all": {"asked"},
        "outreach_heading_done": {"to"},
        "sent_ask": {"name"},
        "sent_note": {"name"},
        "decline_pending": {"who", "to", "other"},  # other: whom else to send it to
        "team_not_target": {"who", "team", "target"},
        "team_not_target_unnamed": {"team", "target"},
        "pivot.decline_pending": {"who", "to"},
        "the_role_start": {"title"},
        # "them", "they": "her", "she" when the student wrote of them so (people.pronoun).
        "ask_sent_warm": {"name", "them"},
        "ask_sent_warm_by": {"name", "them", "they"},
        "nudge_week_intro": {"what", "them"},
        "nudge_week_to": {"what", "them"},
        "nudge_week_of": {"what", "them"},
        "nudge_week_plain": {"what", "them"},
        "nudge_by": {"what"},
        "saved_offer_plain": {"who", "what", "them"},
        "detail_ask": {"name"},
        "all_missing": {"names"},
        "promise_kept_by_note": {"names"},  # who was promised what the note carried
        "model_notice": {"model_host"},
        "line.thanks": {"reason"},
        "line.proof": {"proof"},
        "line.proof_own": {"proof"},
        "proof_offer": {"proof"},  # the example typed after the better fit
        "date_unread": {"said"},
        "date_agreed": {"said"},  # a yes to "Did they say when?": which day
        "scale_unread": {"said"},
        "choice_unread": {"said"},
        "choice_agreed": {"said"},
        "warning_agreed": {"labels"},  # "ok" at a caution: which button, nothing quoted
        # "ok" on a page with a "sent" button: that button named, not pressed (review 11a).
        "agreed_sent": {"said", "labels"},
        # A day gone typed for an interview to come; a place typed after the company's name.
        "date_gone": {"when"},
        "company_unread": {"said"},
        "company_place": {"place"},
        "role_put_down": {"put_down"},  # the put-down typed with the role, quoted once
        "db_company_unread": {"said"},
        "db_company_place": {"place"},
        "undated.debrief.offer.by": {"offerer"},  # derived by the offers part, on its question
        "offer_before_interview": {"interview_day"},  # derived by the offers part
        "resumed_which": {"said"},
        "nothing_taken": {"label"},  # the button a typed "no" at "anything else?" means
        "near_taken": {"said", "label"},  # a near spelling of a button, said back as it
        "near_which": {"said", "labels"},  # near several buttons: which of them
        "text_agreed": {"said"},  # "ok" alone where words are asked for
        "command_taken": {"said", "command"},  # a near spelling of a command, run
        "command_which": {"said", "command"},  # one that erases or starts over, only named
        "date_counted": {"when", "since"},
        "day_0": {"time"},
        "day_1": {"time"},
        "day_on": {"day", "time"},
        "due_by": {"day"},
        "promise_due_by": {"day"},
        "person_noted": {"who"},
        "name_put_right": {"new", "old"},
        "name_put_right_new": {"new"},
        "name_fix_back": set(),
        "name_fix_other": {"who", "old"},
        "person_several": {"first", "rest"},
        "person_next": {"who"},  # the next person typed in the same line
        # Offers and promises noted from earlier answers, said back at the offer question.
        "offer_noted": {"noted"},
        "promise_noted": {"noted"},
        "noted_offer_intro": {"who", "what"},
        "noted_offer_intro_done": {"who", "what"},  # an introduction typed as already made
        "to_question": {"offerer", "whom"},  # "Who will Sam introduce you to?"
        "to_question_done": {"offerer", "whom"},  # "Who did Sam introduce you to?"
        "how_introduced_done": {"name"},
        "note_offer_intro_done": {"to"},
        "saved_intro_done": {"who", "to", "by"},
        "offer_intro_done": {"words"},
        # The decline to someone whose introduction is pending: whom else to send it to, or
        # (they are the only one to tell) their first name; the line keeping the offer open.
        "decline_pending_only": {"who", "to", "first"},
        "decline_pending_elsewhere": {"who", "to"},  # the decline goes to someone else
        "decline_pending_safe": {
            "who",
            "to",
            "name",
            "first",
            "named",
        },  # to the one offered instead
        **{f"keep_intro.{style}": {"keep_to"} for style in ("normal", "short", "formal")},
        **{f"promise_line_done.{style}": {"offer"} for style in ("normal", "short", "formal")},
        "noted_offer_to": {"who", "what"},
        "noted_offer_of": {"who", "what"},
        "noted_offer_plain": {"who", "what"},
        "noted_promise": {"who", "todo"},
        # A decision date that has passed: said, with a status check now or a new date.
        # When the status check comes is said plainly ({check}: "tomorrow at 9 am").
        # {due}: "a week after it", or "now, since a week has gone by" (review 12a).
        "decision_passed": {"when", "check", "due"},
        "decision_noted_passed": {"when", "check", "due"},
        "decision_check_set": {"when", "check"},
        "decision_before": {"when", "held"},  # a decision day before the interview
        "offer_from": {"name"},  # a name read out of chat, said back
        "promise_to": {"name"},  # whom a promise names, said back
        "introduced_noted": {"who"},
        "introduced_unnamed": {"about"},
        "name_fixed": {"who"},
        "introduced_to": {"name"},  # "Introduced to Joy Chen", one button per person named
        "introduced_marked": {"who", "first", "when", "time"},
        "typed_as_is": {"words"},  # slips used as typed, named to check
        "typed_as_is_spelling": {"words", "spelling"},  # and words that look misspelled
        "typed_spelling": {"spelling"},
        "plan_spelling": {"spelling"},
        # The words that could not be used, named when an answer is asked for again.
        "proof_reshape": {"slip"},
        "proof_reshape_article": {"slip"},
        "draws_short": {"slip"},
        "draws_reshape": {"part"},
        "draws_generic": {"said"},  # the ideal every company claims, as typed (intake.py)
        "draws_more": {"part"},
        "return_whom": {"todo"},  # a promise typed earlier, to whom it was made asked
        "offer_unread": {"said"},  # a line that says nothing offered, said back
        "promise_pointer_noted": {"promises_noted"},  # "already told above": what was noted
        "whom_forward": {"thing"},  # "pass your CV to"
        "date_passed_over": {"weekday", "this_one"},  # "next friday" said on a Monday
        "to_question_team": {"where"},  # "on the QA team in Chennai": who there they'll hear from
        # An introduction to someone on a team: who, as optional ("Did Raj say who in the risk
        # team it would be?").
        "to_question_team_intro": {"offerer", "where"},
        # A contact detail typed by hand that cannot be what was asked (contacts.py).
        "value_unfit.name": {"detail"},
        "value_unfit.detail": {"detail", "what"},
        "detail_skipped": {"name"},  # "idk" for the one thing talked about with them
        # Names typed in "How did it go?", asked about in turn (debrief.py, review d26).
        "named_in_story": {"names", "first"},
        # The one thing talked about, typed so no note could say it, asked for again with
        # what was typed; and what a thank-you leaves out, and why (review 17).
        **{f"detail_phrase.{why}": {"words"} for why in ("logistics", "rough", "unclear")},
        **{
            f"left_out.{why}": {"name", "words"}
            for why in ("logistics", "rough", "praise", "remark", "unclear", "promise", "attach")
        },
        # A promised link the note could carry, before the student has added it (rv26a item 8).
        "left_out.offer": {"name", "words", "button"},
        "added_button": {"thing"},
        # Whom the student hopes to meet through an introduction, and why (draft_text.py).
        **{f"hope_line.{style}": {"who", "learn"} for style in ("normal", "short", "formal")},
        "hope_on_team": {"team"},
        "team_work_named": {"team"},  # the outreach's "your work on {team}" (review d26)
        "hope_working_on": {"area"},
        "learn_how": {"what"},
        "learn_team": {"team"},
        "learn_about": {"area", "whose"},  # the introduced person's own work (review h30)
        # One line of the student's target and proof to pass on (draft_text.pitch_line).
        **{
            f"{line}.{style}": {"target", "proof"}
            for line in ("pitch_line", "pitch_line_own", "pitch_line_open")
            for style in ("normal", "short", "formal")
        },
        # A team typed where a person is asked for, and a contact detail typed as a title or a
        # team (debrief.py, review 16a).
        "team_not_person": {"team"},
        "contact_detail.debrief.person.title": {"detail"},
        "contact_detail.debrief.person.team": {"detail"},
        # Why the example typed is not used in the plan line (plans.py, p16).
        "line.proof_fix": {"why"},
        "line.fit_team": {"team"},
        "decline.fit_team": {"team"},
        "decline.door_team": {"team"},
        "proof_why.fix": {"fix"},
        # Who the student is, and the connector met (draft_text.introduction).
        # The outreach's first line: the connector, as a name and at a sentence start, and the
        # pronoun the student used for them (draft_text.ME_VALUES).
        **{
            f"{line}.{style}": {"me", "met", "met_start", "pronoun"}
            for line in ("me_line", "me_line_unnamed", "me_line_open", "me_line_open_unnamed")
            for style in ("normal", "short", "formal")
        },
        # The outreach's line on what the student explores, with their own proof (w30).
        **{
            f"{line}.{style}": {"proof", "target_work"}
            for line in ("start_line", "start_line_none", "start_line_open")
            for style in ("normal", "short", "formal")
        },
    }
    # What every draft and its parts are filled with (see flows/pivot/draft_text.py).
    draft_values = {"to", "greeting", "detail_line", "offer", "offered", "connector"}
    draft_values |= {"connector_start", "formal", "words", "at_org", "path_line"}
    draft_values |= {"pledge", "pledge_line"}  # what the student promised, said to the person
    draft_values |= {"keen"}  # their interest in the company, keen or neutral
    draft_values |= {"on_day", "the_day"}  # "today", "yesterday" or "on Friday" (drafts.py)
    draft_values |= {"team"}  # the team an introduction offer named (draft_text.py)
    draft_values |= {"thing"}  # what an offer to pass something on passes on ("CV")
    draft_values |= {"keep_intro"}  # a decline keeping a pending introduction open
    draft_values |= {"hope_line"}  # whom an introduction is hoped for, and why
    draft_values |= {"me_line"}  # who the student is and where they met the connector
    draft_values |= {"target_team"}  # a better fit that is a team: "the Grid Edge team"
    draft_values |= {"team_work"}  # the introduced person's work: "your work on the data team"
    draft_values |= {"pitch_line"}  # one line of target and proof the connector can forward
    draft_values |= {"sign_off", "sign_off_formal"}  # closing words in the student's style
    draft_values |= {"start_line"}  # what the student explores and their proof (outreach)
    for name, text in flow.content.texts.items():
        fields = set(re.findall(r"(?<!\{)\{(\w+)\}", text))
        extra = per_text.get(name, set())
        if name.startswith(
            (
                "draft.",
                "promise_line.",
                "pledge_line.",
                "pledge_today",  # a promise whose day has gone by, said as done today
                "pledge_sent.",  # a promise to send something, due by the send day: included
                "reminder.",
                "detail_line.",
                "detail_clause.",
                "greeting.",
            )
        ):
            extra = {"name", "first", "detail", "promised", "promise_line", "day", "topic"}
            extra |= draft_values
        if name.startswith("reminder."):
            extra |= {"people", "deadline", "todo", "todo_lower", "due_by"}
        if name.startswith("todo."):
            extra = {"name", "company", "people", "topic", "todo"}  # topic: what a promise was
        missing = fields - provided - extra
        assert not missing, f"{name} names {missing}"


def test_score_command_prints_the_contract_json() -> None:
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "bot.cli",
            "score",
            "--company",
            "Acme Robotics",
            "--role",
            "inside sales",
            "--target",
            "product analytics",
            "--line",
            "So, do you have any questions for us?",
            "Thank you! Your grid-forecasting launch is why I applied to Acme Robotics. Honestly, "
            "inside sales isn't where I do my best work: I built a usage dashboard my team used for "
            "renewals. Is there someone in product analytics you'd suggest I talk to? I'm happy to "
            "stay in the process, and may I keep in touch?",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    result = json.loads(out.stdout)
    assert list(result)[:5] == ["total", "elements", "red_flags", "band", "missing"]
    assert set(result["elements"]) == {f"E{i}" for i in range(1, 9)}
    assert result["total"] >= 13 and result["band"] in ("ready", "solid")
    red = subprocess.run(
        [sys.executable, "-m", "bot.cli", "score", "-"],
        input="The posting misled me, so this isn't worth our time.",
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    flagged = json.loads(red.stdout)
    assert flagged["total"] <= 5 and "disparages_role" in flagged["red_flags"]
    assert flagged["band"] == "restart"
    empty = subprocess.run(
        [sys.executable, "-m", "bot.cli", "score", ""], capture_output=True, text=True, cwd=ROOT
    )
    assert empty.returncode == 2 and empty.stderr.startswith("pivotbot: nothing to score")


def test_carried_credit_is_not_quoted_as_this_answers_work() -> None:
    from dataclasses import replace

    from flows.pivot.practice import in_round
    from flows.pivot.scoring import Context, score

    ctx = Context(
        company="Verdant Grid",
        target="product analytics",
        draws="the grid-forecasting launch",
        evidence="a usage dashboard",
        last_line="Our product analytics people want proof. What have you actually done?",
    )
    # Proof with a result answers "what have you done?" by itself (review 6: a narrow moment).
    whole = score("Fair challenge. The dashboard I built was used by 12 account managers.", ctx)
    assert whole.total >= 14 and whole.band == "ready"
    # What earlier turns said is never added to this answer's points (review 26b, B1: a later
    # answer that dropped the pivot showed "13/16 Solid" on the strength of earlier ones), and
    # nothing is quoted as this answer's work that it did not earn.
    ctx = replace(ctx, last_line="That's really helpful. What kind of work gets you most excited?")
    raw = score(
        "I'd love to do more of this. The dashboard I built was used by 12 account managers.", ctx
    )
    carried = in_round(raw, {"E2": 2, "E3": 2, "E5": 2})
    assert carried.elements == raw.elements and carried.total == raw.total
    assert carried.quotes == raw.quotes
    assert carried.quotes.get("E4") == raw.quotes.get("E4")
