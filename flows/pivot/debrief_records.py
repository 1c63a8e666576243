"""Writing a debrief, once, at its summary: the interview's record, a contact for each person met
(and for each person they offered to introduce), the offers, and the follow-ups at COACHING.md's
norms: a thank-you the same day, a status check a week after the decision date (two weeks after
the interview without one), each promise the student made its own reminder, a nudge when an
introduction offered by a date has not come by then, and a quarterly check-in with each person
met that the student kept. Then the summary saying all of it.

Plain functions of the debrief part (its words, its conversation), so the part stays the
questions and this module the records."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from bot import dates
from bot.clock import from_iso
from bot.conversation import Conversation
from bot.parts import Extras, Part
from flows.pivot import people, phrases, reminders

# A debrief's outcome as a step of the networking funnel.
MILESTONES = {
    "introduction": "introduction",
    "referral": "referral",
    "meeting": "interview",
    "offer": "offer",
}
# What the debrief collected -> the interview's column.
COLUMNS = (
    ("pivoted", "pivoted"),
    ("went", "how_it_went"),
    ("outcome", "outcome"),
    ("decision", "decision_date"),
)
# The words this module says or fills, declared by the part that calls it.
TEXTS = (
    "next_step_thanks",
    "next_step_ask_name",
    "next_step_find_name",
    "next_step_ask_named",
    "next_step_introduced",
    "next_step_write",
    "how_introduced",
    "how_introduced_done",
    "note_offer_intro",
    "note_offer_intro_done",
    "note_offer_to",
    "note_offer_of",
    "note_offer_plain",
    "note_promise",
    "unnamed_as",
    "interviewer",
    "the_role",
    "someone",
    "everyone",
    "and",
    "debrief_saved",
    "debrief_saved_nobody",
    "debrief_next",
    "thanks_today",
    "thanks_tomorrow",
    "thanks_on",
    "thanks_weekend",
    "thanks_late",
    "thanks_late_also",
    "saved_intro",
    "saved_intro_done",
    "saved_offer_to",
    "saved_offer_of",
    "saved_offer_plain",
    "saved_offer_nobody",
    "saved_promise",
    "saved_promise_nobody",
    "saved_promise_todo",
    "saved_promise_todo_nobody",
    "saved_unnamed",
    "saved_unnamed_recruiter",
    "saved_unnamed_ask",
    "by_day",
    "nudge_intro",
    "nudge_to",
    "nudge_of",
    "nudge_plain",
    "nudge_by",
    "reminder_line",
    "reminder_line_with",
    "reminder_line_promise",
    *(f"when.{kind}" for kind in reminders.KINDS),
    "day_0",
    "day_1",
    "day_on",
    "due_by",
)
EXTRAS: Extras = {
    "debrief_saved": ("people",),
    "debrief_saved_nobody": ("reminders",),
    "debrief_next": ("reminders", "thanks_when"),
    "saved_intro": ("who", "to", "by"),
    "saved_intro_done": ("who", "to", "by"),
    "saved_offer_to": ("who", "what"),
    "saved_offer_of": ("who", "what"),
    "saved_offer_plain": ("who", "what", "them"),
    "saved_offer_nobody": ("what",),
    "saved_promise": ("who", "what"),
    "saved_promise_nobody": ("what",),
    "saved_promise_todo": ("who", "todo"),
    "saved_promise_todo_nobody": ("todo",),
    "saved_unnamed": ("role",),
    "saved_unnamed_recruiter": ("role",),
    "saved_unnamed_ask": ("role", "who", "them"),
    "day_0": ("time",),
    "day_1": ("time",),
    "day_on": ("day", "time"),
    "due_by": ("day",),
    # Filled as plain text (stored, or put into a sentence filled later).
    "next_step_introduced": ("first",),
    "next_step_write": ("first",),
    "how_introduced_done": ("name",),
    "next_step_ask_named": ("who",),
    "how_introduced": ("name",),
    "note_offer_intro": ("to",),
    "note_offer_intro_done": ("to",),
    "note_offer_to": ("what",),
    "note_offer_of": ("what",),
    "note_offer_plain": ("what", "them"),
    "note_promise": ("what",),
    "unnamed_as": ("role",),
    "the_role": ("role",),
    "by_day": ("day",),
    "thanks_on": ("day",),
    "thanks_weekend": ("day",),
    "thanks_late": ("held",),
    "nudge_intro": ("what",),
    "nudge_to": ("what",),
    "nudge_of": ("what",),
    "nudge_plain": ("what",),
    "nudge_by": ("what",),
    "reminder_line": ("what", "day"),
    "reminder_line_with": ("what", "day", "names"),
    "reminder_line_promise": ("what", "day", "names"),
}

Row = dict[str, Any]


def name_of(part: Part, person: Row) -> str:
    """A person as listed: their name, or "Hiring manager (name unknown)"."""
    return people.display(person, part.template("unnamed_as"), part.template("interviewer"))


def said_of(part: Part, person: Row | None, start: bool = False) -> str:
    """A person inside a sentence: their name, or "the hiring manager" ("The hiring manager"
    at the start of one); nobody in particular is "someone"."""
    if person is None:
        said = part.template("someone")
    elif person.get("name"):
        said = str(person["name"])
    else:
        role = people.role_of(person, part.template("interviewer"))
        said = part.template("the_role").format(role=people.lower_first(role))
    return people.upper_first(said) if start else said


def names(part: Part, persons: list[Row]) -> str:
    return ", ".join(name_of(part, p) for p in persons)


def save(part: Part) -> None:
    """Write everything the debrief in ``data["db"]`` collected and set its follow-ups, once
    (on arriving at the summary; :func:`summary` then says it, and says it again on /resume)."""
    c = part.c
    db = c.data["db"]
    interview_id = int(db.get("interview_id") or c.data["interview_id"])
    before = c.records("interviews", id=interview_id)[0]
    changes = {column: db[key] for key, column in COLUMNS if key in db}
    if changes:
        c.update("interviews", interview_id, **changes)
    everyone: list[Row] = db["people"]
    fresh = [person for person in everyone if not person.get("id")]
    # Last contact: the day of the interview on the student's calendar, not the debrief's.
    held = c.data.get("interview_date")
    today = reminders.today(c)
    met_on = min(date.fromisoformat(held), today) if held else today
    for person in fresh:
        # A promise typed as the thing talked about ("I said I'd send my deck by friday") keeps
        # its day as the date it meant, so a note sent on a later day says the right one; any
        # other detail is left as typed ("how your demo went on monday" is a day gone).
        detail = person.get("detail")
        if detail and phrases.promise_todo(phrases.strip_end(str(detail))):
            detail = reminders.dated(c, str(detail))
        person["id"] = c.add(
            "contacts",
            interview_id=interview_id,
            name=person.get("name"),
            honorific=person.get("honorific"),
            title=person.get("title"),
            team=person.get("team"),
            reach=person.get("reach"),
            organisation=before["company"],
            how_met="interview",
            priority="A",
            stage="met",
            last_contact_at=met_on.isoformat(),
            talked_about=detail,
            # The student's own words on their card, phone shorthand written out ("w/").
            notes=phrases.expand_shorthand(str(detail)) if detail else detail,
            next_step=_next_step(part, person, everyone),
        )
    offers = db.get("offers") or []
    # Each saved once: /back from the summary and on again arrives here a second time.
    for offer in offers:
        if not offer.get("id"):
            _save_offer(part, interview_id, before["company"], everyone, offer)
    for promise in db.get("returns") or []:
        if not promise.get("id"):
            _save_promise(part, interview_id, everyone, promise)
    outcome = db.get("outcome")
    if outcome in MILESTONES and outcome != before["outcome"]:  # the report's funnel
        offerers = [o["contact_id"] for o in offers if o.get("contact_id")]
        c.add(
            "milestones",
            kind=MILESTONES[outcome],
            interview_id=interview_id,
            contact_id=(offerers or [p["id"] for p in everyone] or [None])[0],
        )
    _followups(part, interview_id, fresh)


def _next_step(part: Part, person: Row, everyone: list[Row]) -> str:
    """A new contact's next step: a thank-you; for someone unnamed, first their name, asked of
    the recruiter met (by name when they gave it) or found in the invitation."""
    if person.get("name"):
        return part.template("next_step_thanks")
    if is_recruiter(person):
        return part.template("next_step_find_name")
    ask = next((str(p["name"]) for p in everyone if p.get("name") and is_recruiter(p)), "")
    if ask:
        return part.template("next_step_ask_named").format(who=people.first_name(ask))
    return part.template("next_step_ask_name")


def _who(everyone: list[Row], item: Row) -> Row | None:
    index = item.get("who")
    return everyone[index] if isinstance(index, int) and index < len(everyone) else None


def _add_note(part: Part, contact_id: int, line: str) -> None:
    row = people.contact(part.c, contact_id)
    if row is not None:
        notes = f"{row['notes']}\n{line}" if row["notes"] else line
        part.c.update("contacts", contact_id, notes=notes)


def _save_offer(
    part: Part, interview_id: int, company: str, everyone: list[Row], offer: Row
) -> None:
    c = part.c
    who = _who(everyone, offer)
    offer["contact_id"] = who["id"] if who else None
    offer["text"] = reminders.dated(c, str(offer["text"]))
    introduced_id = None
    form, words = "", ""  # an offer other than an introduction to someone named: its form
    if offer["kind"] == "introduction" and offer.get("to_name"):
        offerer = said_of(part, who) if who else ""
        first = people.first_name(who["name"]) if who and who.get("name") else offerer
        role = people.strip_end(offer.get("to_role") or "")
        introduced_id = c.add(
            "contacts",
            interview_id=interview_id,
            name=offer["to_name"],
            organisation=people.organisation_in(role) or company,
            how_met=part.template(
                "how_introduced_done" if offer.get("done") else "how_introduced"
            ).format(name=offerer)
            if who
            else None,
            priority="A",
            stage="identified",
            notes=people.role_note(role) or None,
            next_step=part.template(
                "next_step_write" if offer.get("done") else "next_step_introduced"
            ).format(first=first),
        )
        intro = "note_offer_intro_done" if offer.get("done") else "note_offer_intro"
        note = part.template(intro).format(to=people.introduced_to(offer))
    else:
        # Said as the summary says it ("Offered to introduce you to his manager"), never the
        # line typed ("Offered: ken said he'd intro me to his manager").
        form, words = people.offer_form(offer, said="student")
        note = part.template(f"note_offer_{form}")
    offer_id = c.add(
        "offers",
        interview_id=interview_id,
        contact_id=offer["contact_id"],
        kind=offer["kind"],
        text=offer["text"],
        to_name=offer.get("to_name"),
        to_role=offer.get("to_role"),
        by_date=offer.get("by"),
        introduced_id=introduced_id,
        status="done" if offer.get("done") else "pending",
    )
    offer["id"] = offer_id
    if who:
        # "thanks her for it" when the student wrote of them as "she" (this offer counts).
        note = note.format(what=words, them=people.they_or_name(c, who)[1]) if form else note
        _add_note(part, who["id"], note)
    if offer.get("done") and introduced_id:
        # Introduced already: nothing to ask for or nudge about; writing to them is what is
        # next, the next working morning (3B7 once the note is sent).
        links = {"interview_id": interview_id, "contact_id": introduced_id}
        reminders.schedule(c, "write", reminders.write_due(c), **links)
    elif offer["kind"] == "introduction" and offer_id and not offer.get("done"):
        form, words = people.offer_form(offer, said="student")
        what = part.template(f"nudge_{form}").format(what=words)
        links = {"interview_id": interview_id, "contact_id": offer["contact_id"]}
        # Ask for it (the introduction request, the working morning after the thank-you, or
        # with it when the day they gave comes sooner), day or no day.
        due = reminders.ask_due(c, offer.get("by"))
        reminders.schedule(c, "ask", due, note=what, **links)
        if offer.get("by"):
            # Not come by the day they gave: a polite nudge, on a working morning.
            topic = part.template("nudge_by").format(what=what)
            due = reminders.introduction_due(c, offer["by"])
        else:
            # No day given: a nudge a week after the ask if nothing has come. "Sent the ask"
            # under /drafts re-times the nudge.
            topic, due = what, reminders.nudge_due(c)
        reminders.schedule(c, "introduction", due, note=topic, **links)


def _save_promise(part: Part, interview_id: int, everyone: list[Row], promise: Row) -> None:
    c = part.c
    who = _who(everyone, promise)
    words = people.strip_end(promise["text"])
    due = reminders.promise_due(c, words)
    deadline = reminders.promise_deadline(c, words)
    # "by end of next week" is kept as the day it meant ("by Friday 11 December"): the
    # reminder, the thank-you note and the summary say that day, whenever they are read.
    words = people.strip_end(reminders.dated(c, words))
    promise["text"] = words
    links: dict[str, Any] = {"interview_id": interview_id, "note": words}
    if deadline is not None:
        links["deadline"] = deadline.isoformat()
    if who:
        links["contact_id"] = who["id"]
        _add_note(part, who["id"], part.template("note_promise").format(what=words))
    elif promise.get("who") == "all":  # one reminder, and a line on each person's card
        for person in everyone:
            _add_note(part, person["id"], part.template("note_promise").format(what=words))
    promise["id"] = reminders.schedule(c, "promise", due, **links)


def _followups(part: Part, interview_id: int, fresh: list[Row]) -> None:
    """The norms, on the student's clock (see ``reminders``): thank-you notes today (by the
    next morning), a status check a week after the decision date or two weeks after the
    interview, a quarterly check-in with each new person the student kept (a quarter after the
    interview's day, from today only without one)."""
    c = part.c
    db = c.data["db"]
    today = reminders.today(c)
    held = c.data.get("interview_date")
    day = min(date.fromisoformat(held), today) if held else today
    if fresh or not db.get("update"):
        reminders.close(c, "thank_you", status="cancelled", interview_id=interview_id)
    if fresh:  # nobody new to thank, nothing to remind
        due = reminders.thank_you_due(c, day)  # overdue when the interview was on an earlier day
        reminders.schedule(c, "thank_you", due, interview_id=interview_id)
    answered = [
        row
        for row in c.records("followups", kind="status_check", interview_id=interview_id)
        if row["status"] in ("done", "skipped")
    ]
    if not answered:
        # A decision date gone by: a week after it still, or the next working morning when
        # that week has gone too (``reminders.status_check_due``).
        due = reminders.status_check_due(c, db.get("decision"), day)
        reminders.schedule(c, "status_check", due, interview_id=interview_id)
    dropped = set(db.get("drop") or [])
    new = {id(person) for person in fresh}
    for index, person in enumerate(db["people"]):
        if id(person) in new and index not in dropped:
            due = reminders.keep_warm_due(c, held)
            reminders.schedule_keep_warm(c, due, interview_id, contact_id=person["id"])


def thanks_when(part: Part, interview_id: int | None) -> str:
    """When to send the thank-you notes, as the reminder set for them has it: "ideally today",
    or, once the day is over (late evening), the next working morning: "tomorrow morning",
    "on Monday morning" (``reminders.thanks_day``)."""
    c = part.c
    day = reminders.thanks_day(c, interview_id)
    late = ""
    if reminders.thanks_late(c, interview_id):
        # Days after the interview: late, but still worth it (never "today" for a past day).
        held = c.records("interviews", id=interview_id)[0]["interview_date"]
        late = part.template("thanks_late").format(held=_held(c, str(held)))
    if day is None:
        return late or part.template("thanks_today")
    if reminders.today(c).weekday() > 4:  # the weekend: Monday morning, named
        when = part.template("thanks_weekend").format(day=day.strftime("%A"))
    elif (day - reminders.today(c)).days == 1:
        when = part.template("thanks_tomorrow")
    else:
        when = part.template("thanks_on").format(day=day.strftime("%A"))
    return f"{when}{part.template('thanks_late_also') if late else ''}"


def _held(c: Conversation, held: str) -> str:
    """The interview's day as said after "on": "Tuesday" within the last week, "Tuesday 17
    November" before that."""
    day = date.fromisoformat(held)
    recent = (reminders.today(c) - day).days < 7
    return day.strftime("%A" if recent else "%A %-d %B")


def summary(part: Part) -> None:
    """Say what the debrief saved: who was met, what each offered and was promised, and the
    reminders still pending. Only reads: drawing it again changes nothing."""
    c = part.c
    db = c.data["db"]
    interview_id = int(db.get("interview_id") or c.data["interview_id"])
    everyone: list[Row] = db["people"]
    lines: list[str] = []
    for offer in c.data["db"].get("offers") or []:
        who = _who(everyone, offer)
        form, words = people.offer_form(offer, said="student")
        if form == "intro":
            by = ""
            if offer.get("by"):
                # In the student's own style, as the promises beside it ("by Friday, December 4"
                # in the US, "by Friday 4 December" elsewhere).
                day = reminders.long_day(c, date.fromisoformat(offer["by"]))
                comma = "," if offer.get("to_role") else ""
                by = comma + " " + part.template("by_day").format(day=day)
            to = people.introduced_to(offer)
            made = "saved_intro_done" if offer.get("done") else "saved_intro"
            lines.append(part.text(made, who=said_of(part, who, True), to=to, by=by))
        elif who:
            them = people.they_or_name(c, who)[1]  # "her" when the student wrote "she"
            said = said_of(part, who, True)
            lines.append(part.text(f"saved_offer_{form}", who=said, what=words, them=them))
        else:
            what = people.strip_end(offer["text"])
            lines.append(part.text("saved_offer_nobody", what=what))
    for promise in c.data["db"].get("returns") or []:
        who = _who(everyone, promise)
        what = people.strip_end(promise["text"])
        # A to-do said to the student ("send Priya your dashboard link"), or their words quoted.
        # To the person an introduction was offered to, named in the promise ("promised Joy
        # I'd send her my deck"): no contact yet, said by name all the same.
        to = str(promise.get("to") or "") if who is None else ""
        todo = phrases.promise_todo(what, str((who or {}).get("name") or to))
        todo = todo[:1].lower() + todo[1:]  # a verb: "send Priya ..."
        todo = reminders.proper_names(part)(todo)  # "... supply chains in Kenya"
        if who and who.get("name"):  # said after "Your promise to Priya Raman:": not again
            todo = without_name(todo, people.first_name(str(who["name"])))
        if to and todo:
            todo = without_name(todo, people.first_name(to))
            lines.append(part.text("saved_promise_todo", who=to, todo=todo))
        elif promise.get("who") == "all" and todo:
            lines.append(part.text("saved_promise_todo", who=part.template("everyone"), todo=todo))
        elif who and todo:
            lines.append(part.text("saved_promise_todo", who=said_of(part, who), todo=todo))
        elif todo:
            lines.append(part.text("saved_promise_todo_nobody", todo=todo))
        elif who:
            lines.append(part.text("saved_promise", who=said_of(part, who), what=what))
        else:
            lines.append(part.text("saved_promise_nobody", what=what))
    for person in everyone:
        if not person.get("name"):
            role = people.role_of(person, part.template("interviewer"))
            # The recruiter is not asked for their own name: the invitation or LinkedIn is.
            key = "saved_unnamed_recruiter" if is_recruiter(person) else "saved_unnamed"
            recruiter = next((p for p in everyone if p.get("name") and is_recruiter(p)), None)
            ask = str((recruiter or {}).get("name") or "")
            if ask and key == "saved_unnamed":  # the recruiter met, by name
                them = people.they_or_name(c, recruiter)[1]  # "ask Tom", never "them"
                lowered = people.lower_first(role)
                lines.append(part.text("saved_unnamed_ask", role=lowered, who=ask, them=them))
            else:
                lines.append(part.text(key, role=people.lower_first(role)))
    summary = reminder_summary(part, interview_id)
    if not everyone:
        nobody = part.text("debrief_saved_nobody", reminders=summary)
        c.say_markup("\n".join([nobody, *lines]))
        return
    head = part.text("debrief_saved", people=names(part, everyone))
    tail = part.text("debrief_next", reminders=summary, thanks_when=thanks_when(part, interview_id))
    c.say_markup("\n".join([head, *lines, tail]))


def without_name(todo: str, first: str) -> str:
    """A to-do said after the person's name, without naming them again: "send Priya your
    dashboard link" -> "send your dashboard link"; "send the deck to Priya" -> "send the deck",
    its day kept ("send your portfolio link to Marcus by Friday 27 November" -> "send your
    portfolio link by Friday 27 November"); unchanged when nothing would be left of it."""
    name = re.escape(first)
    out = re.sub(
        rf"\s+(?:to|for|with)\s+{name}(?:['’]s team)?(?=(?:,?\s+(?:by|on|before)\s.*)?$)", "", todo
    )
    out = re.sub(rf"^(\w+)\s+{name}\s+(?=\w)", r"\1 ", out)
    return out if out.strip() and out != todo.split()[0] else todo


def reminder_summary(part: Part, interview_id: int) -> str:
    """The interview's pending reminders, soonest first, one phrase per kind and day, naming
    whom each is about: "a check-in on Wed 24 Feb with Lena Ortiz and Sam Patel"."""
    c = part.c
    rows = sorted(
        c.records("followups", interview_id=interview_id, status="pending"),
        # The thank-you notes first among those due at once: a request sent with them is
        # said after them.
        key=lambda row: (str(row["due_at"]), row["kind"] != "thank_you"),
    )
    groups: dict[tuple[str, str], list[str]] = {}
    for row in rows:
        day = say_day(part, from_iso(row["due_at"]))
        if row.get("deadline"):  # a promise reminded before its own day, which is said
            by = reminders.day_label(c, date.fromisoformat(row["deadline"]))
            day += part.template("due_by").format(day=by)
        about = groups.setdefault((row["kind"], day), [])
        person = people.contact(c, row["contact_id"])
        if person is not None and said_of(part, person) not in about:
            about.append(said_of(part, person))
    said = []
    for (kind, day), about in groups.items():
        what = part.template(f"when.{kind}")
        line = "reminder_line"
        if about:
            line = "reminder_line_promise" if kind == "promise" else "reminder_line_with"
        said.append(
            part.template(line).format(
                what=what, day=day, names=people.joined(about, part.template("and"))
            )
        )
    return "; ".join(said)


def say_day(part: Part, due: datetime) -> str:
    """When a reminder comes, on the student's clock: "later today at 5 pm", "tomorrow at
    9 am", "on Wed 24 Feb at 9 am" ("on Mon 1 Mar 2027 at 9 am" far ahead)."""
    due = reminders.local(part.c, due)
    days = (due.date() - reminders.today(part.c)).days
    at = dates.say_time(due.time())
    if days in (0, 1):
        return part.template(f"day_{days}").format(time=at)
    return part.template("day_on").format(day=reminders.day_label(part.c, due.date()), time=at)


_RECRUITER = re.compile(r"\brecruit|\btalent\b|\bHR\b|\bhuman resources\b|\bsourcer\b", re.I)


def recruiter_met(part: Part, person: Row | None) -> str:
    """The first name of the recruiter met at the same interview as ``person`` and named
    ("Priya"): the one to ask for an unnamed person's name; "" when none was."""
    interview_id = (person or {}).get("interview_id")
    for row in people.met(part.c, interview_id):
        if row.get("name") and is_recruiter(row):
            return people.first_name(str(row["name"]))
    return ""


def is_recruiter(person: Row) -> bool:
    """Whether an unnamed person met is the recruiter (their title or team says "recruiter",
    "talent", "HR"): asking the recruiter for their own name is no advice."""
    said = f"{person.get('title') or ''} {person.get('team') or ''}"
    return bool(_RECRUITER.search(said))
