"""The debrief's second half: what was offered (by whom, an introduction to whom and by when),
what the student promised in return (to whom), and whose quarterly check-in to keep. Collected
in ``data["db"]`` beside the people met; written at the summary by ``debrief_records``."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any, ClassVar

from transitions.core import EventData

from bot import dates
from bot.flow import Step
from bot.messages import Choice
from bot.parts import Extras, Part
from flows.pivot import debrief, debrief_records, people, phrases, reminders

# Arriving at the offer or promise question settles the one just finished; drawing it again
# (/resume, /back) changes nothing: one left unfinished by /back is dropped when the next is
# typed, or when there is nothing else.
STEPS = (
    Step(
        "debrief.promised",
        "text",
        max_len=600,
        on_enter=("settle_offers",),
        choices="offer_choices",
        redraw=(),
        nothing="skip",
    ),
    Step("debrief.offer.who", choices="people_choices"),
    Step("debrief.offer.to", "text", max_len=200, choices="to_choices"),
    Step("debrief.offer.by", "date", since="interview_date", ahead=True),
    Step(
        "debrief.return",
        "text",
        max_len=600,
        on_enter=("settle_returns",),
        choices="return_choices",
        redraw=(),
        nothing="skip",
    ),
    Step("debrief.return.who", choices="promisee_choices"),
    # "Anyone you'd rather leave out?": a "no" keeps them all.
    Step("debrief.checkins", choices="checkin_choices", nothing="keep"),
)

T = "trigger"


def _to_outcome(move: dict[str, Any]) -> list[dict[str, Any]]:
    """A way on to "So where did it land?": past it, with the outcome kept as an introduction,
    when one was offered (the student has said so already: never asked again), else to it."""
    conditions, before = move.pop("conditions", []), move.pop("before")
    return [
        {
            **move,
            "dest": "debrief.decision",
            "conditions": [*conditions, "introduction_offered"],
            "before": [*before, "keep_introduction_outcome"],
        },
        {
            **move,
            "dest": "debrief.outcome",
            "before": before,
            **({"conditions": conditions} if conditions else {}),
        },
    ]


TABLE: list[dict[str, Any]] = [
    # "idk", "-", "not sure", "?" where an offer, whom it is to, or a promise is asked for are
    # never kept as one ("Noted: idk"): each of these questions may be left out, so it is
    # skipped as its button would, and said so ("no", "none" already pick the button).
    {
        T: "answer",
        "source": "debrief.promised",
        "dest": "debrief.return",
        "conditions": "non_answer",
        "before": ["drop_offer", "skipped_offer"],
    },
    {
        T: "answer",
        "source": "debrief.offer.to",
        "dest": "debrief.promised",
        "conditions": ["non_answer", "offer_done"],
        "before": "skipped_whom",
    },
    {
        T: "answer",
        "source": "debrief.offer.to",
        "dest": "debrief.offer.by",
        "conditions": "non_answer",
        "before": "skipped_whom",
    },
    # A line that is no offer (a bare name, "Tom Becker"; one word for a team or a function,
    # "recruiting"; a topic, "the timeline for the process") is never kept as one: asked again,
    # saying what an offer looks like, with the button to skip.
    {
        T: "answer",
        "source": "debrief.promised",
        "dest": None,
        "conditions": "not_an_offer",
        "unless": "typed_promise",
        "after": "refuse_offer",
    },
    # The student's own promise typed where offers are asked ("I said I'd send my portfolio"):
    # kept as a promise, never asked "Who offered that?"; whom it was made to is asked with the
    # promises.
    {
        T: "answer",
        "source": "debrief.promised",
        "dest": "debrief.promised",
        "conditions": "typed_promise",
        "before": "keep_early_promise",
    },
    # A promise typed at "Anyone else you met?" ("also I said I'd send my portfolio link to
    # marcus by friday"): kept for the promise question, said so, and the question asked again;
    # anything else typed there is not a person's name to guess at: refused, with the buttons.
    {
        T: "answer",
        "source": "debrief.more",
        "dest": "debrief.more",
        "conditions": "typed_promise",
        "before": "keep_promise_at_more",
    },
    {T: "answer", "source": "debrief.more", "dest": None, "after": "unread_at_more"},
    # One offer at a time: who made it (when more than one person was met), and for an
    # introduction, to whom and by when; then "anything else?".
    # "priya said she'd put me in touch with ...": who offered is named, so not asked again
    # (said back instead, so a misread shows).
    # Whom the introduction is to, named in the offer ("pass my CV to her department chair,
    # Prof. Iyer"): kept and said back, never asked; by when is still asked, unless made.
    {
        T: "answer",
        "source": "debrief.promised",
        "dest": "debrief.promised",
        "conditions": ["several_people", "offerer_named", "typed_introduced_made"],
        "before": "keep_offer",
    },
    {
        T: "answer",
        "source": "debrief.promised",
        "dest": "debrief.offer.by",
        "conditions": ["several_people", "offerer_named", "typed_introduced"],
        "before": "keep_offer",
    },
    {
        T: "answer",
        "source": "debrief.promised",
        "dest": "debrief.offer.to",
        "conditions": ["several_people", "offerer_named", "typed_introduction"],
        "before": "keep_offer",
    },
    {
        T: "answer",
        "source": "debrief.promised",
        "dest": "debrief.promised",
        "conditions": ["several_people", "offerer_named"],
        "before": "keep_offer",
    },
    {
        T: "answer",
        "source": "debrief.promised",
        "dest": "debrief.offer.who",
        "conditions": "several_people",
        "before": "keep_offer",
    },
    {
        T: "answer",
        "source": "debrief.promised",
        "dest": "debrief.promised",
        "conditions": "typed_introduced_made",
        "before": "keep_offer",
    },
    {
        T: "answer",
        "source": "debrief.promised",
        "dest": "debrief.offer.by",
        "conditions": "typed_introduced",
        "before": "keep_offer",
    },
    {
        T: "answer",
        "source": "debrief.promised",
        "dest": "debrief.offer.to",
        "conditions": "typed_introduction",
        "before": "keep_offer",
    },
    {T: "answer", "source": "debrief.promised", "dest": "debrief.promised", "before": "keep_offer"},
    {T: "skip", "source": "debrief.promised", "dest": "debrief.return", "before": "drop_offer"},
    {
        T: "by",
        "source": "debrief.offer.who",
        "dest": "debrief.promised",
        "conditions": ["offer_is_introduction", "offer_introduced", "offer_done"],
        "before": "keep_offerer",
    },
    {
        T: "by",
        "source": "debrief.offer.who",
        "dest": "debrief.offer.by",
        "conditions": ["offer_is_introduction", "offer_introduced"],
        "before": "keep_offerer",
    },
    {
        T: "by",
        "source": "debrief.offer.who",
        "dest": "debrief.offer.to",
        "conditions": "offer_is_introduction",
        "before": "keep_offerer",
    },
    {T: "by", "source": "debrief.offer.who", "dest": "debrief.promised", "before": "keep_offerer"},
    # An introduction already made ("she already introduced me to Sam"): no day to ask for.
    {
        T: "answer",
        "source": "debrief.offer.to",
        "dest": "debrief.promised",
        "conditions": "offer_done",
        "before": "keep_introduced",
    },
    {
        T: "skip",
        "source": "debrief.offer.to",
        "dest": "debrief.promised",
        "conditions": "offer_done",
    },
    {
        T: "answer",
        "source": "debrief.offer.to",
        "dest": "debrief.offer.by",
        "before": "keep_introduced",
    },
    {T: "skip", "source": "debrief.offer.to", "dest": "debrief.offer.by"},
    # A day offered at the interview is that day or later: an earlier one is refused, with the
    # interview's day said, and the question stays.
    {
        T: "answer",
        "source": "debrief.offer.by",
        "dest": None,
        "unless": "not_before_interview",
        "after": "refuse_early",
    },
    {T: "answer", "source": "debrief.offer.by", "dest": "debrief.promised", "before": "keep_by"},
    {T: "skip", "source": "debrief.offer.by", "dest": "debrief.promised"},
    # What the student promised, one at a time, and to whom. A reply pointing back ("already
    # told above", "same as before") is never a promise: the one typed earlier is said back, or
    # the promise itself is asked for.
    {
        T: "answer",
        "source": "debrief.return",
        "dest": None,
        "conditions": "points_back",
        "after": "answer_pointer",
    },
    # A non-answer: asked again while a promise typed earlier waits for whom it was made to
    # (its buttons are the people); otherwise the promises are skipped, as "Nothing" would.
    {
        T: "answer",
        "source": "debrief.return",
        "dest": None,
        "conditions": ["non_answer", "promise_unsaid"],
        "after": "ask_promisee_again",
    },
    {
        T: "answer",
        "source": "debrief.return",
        "dest": "debrief.checkins",
        "conditions": ["non_answer", "several_new_people"],
        "before": ["drop_return", "skipped_promise"],
    },
    *_to_outcome(
        {
            T: "answer",
            "source": "debrief.return",
            "conditions": ["non_answer"],
            "before": ["drop_return", "skipped_promise"],
        }
    ),
    # A promise that names whom it was made to ("told Rahul I'd send my GitHub link", "promised
    # Joy I'd send her my deck", Joy being the one an introduction was offered to): kept as
    # theirs and said back, never asked "Who did you promise that to?".
    {
        T: "answer",
        "source": "debrief.return",
        "dest": "debrief.return",
        "conditions": ["several_people", "promisee_named"],
        "before": "keep_return",
    },
    {
        T: "answer",
        "source": "debrief.return",
        "dest": "debrief.return.who",
        "conditions": "several_people",
        "before": "keep_return",
    },
    {T: "answer", "source": "debrief.return", "dest": "debrief.return", "before": "keep_return"},
    {T: "by", "source": "debrief.return.who", "dest": "debrief.return", "before": "keep_promisee"},
    # A promise typed earlier without saying to whom ("I said I'd send my portfolio", in how it
    # went, with several people met): asked at the promise question, with their names.
    {T: "by", "source": "debrief.return", "dest": "debrief.return", "before": "keep_promisee"},
    {
        T: "skip",
        "source": "debrief.return",
        "dest": "debrief.checkins",
        "conditions": "several_new_people",
        "before": "drop_return",
    },
    *_to_outcome({T: "skip", "source": "debrief.return", "before": ["drop_return"]}),
    # A check-in with each new person, unless the student leaves someone out.
    {T: "drop", "source": "debrief.checkins", "dest": None, "after": "drop_checkin"},
    # Someone left out by mistake: "Put back Tom Okafor", or /back (which undoes the last one
    # left out before it goes back to the question before).
    {T: "undrop", "source": "debrief.checkins", "dest": None, "after": "undrop_checkin"},
    {
        T: "back",
        "source": "debrief.checkins",
        "dest": None,
        "conditions": "checkin_dropped",
        "after": "undo_drop",
    },
    # "Keep them all" means everyone, those left out a moment ago too; "Done" keeps the rest.
    *_to_outcome({T: "keep", "source": "debrief.checkins", "before": ["keep_all"]}),
]


def _dated_first(table: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``table`` with, before each way to "Did Priya say by when?", the same way on to the next
    offer when the day is known already (typed in the offer: :meth:`Offers.offer_dated`)."""
    out: list[dict[str, Any]] = []
    for row in table:
        if row.get("dest") == "debrief.offer.by" and row["source"] != "debrief.offer.by":
            had = row.get("conditions") or []
            listed = [had] if isinstance(had, str) else list(had)
            out.append({**row, "dest": "debrief.promised", "conditions": [*listed, "offer_dated"]})
        out.append(row)
    return out


TABLE = _dated_first(TABLE)


class Offers(Part):
    """Offers, promises and check-ins of the debrief in progress (``data["db"]``)."""

    name = "offers"
    WORDS = "offers"
    STEPS = STEPS
    TABLE = TABLE
    TEXTS = (
        "offer_by_noted",
        "offer_first",
        "offer_next",
        "offer_noted",
        "promise_noted",
        "noted_offer_intro",
        "noted_offer_intro_done",
        "noted_offer_to",
        "noted_offer_of",
        "noted_offer_plain",
        "noted_promise",
        "offer_before_interview",
        "return_first",
        "return_next",
        "checkin_dropped",
        "checkin_back",
        "date_noted",
        "date_passed_over",
        "date_counted",
        "offer_from",
        "promise_to",
        "introduced_noted",
        "introduced_unnamed",
        "they",
        "the_role",
        "unnamed_as",
        "interviewer",
        "someone",
        "return_whom",
        "promise_kept",
        "promise_kept_early",
        "whom_intro",
        "whom_forward",
        "whom_name",
        "to_question",
        "to_question_done",
        "to_question_team",
        "to_question_team_intro",
        "offer_skipped",
        "whom_skipped",
        "promise_skipped",
        "promisee_again",
        "offer_unread",
    )
    LABELS = (
        "nothing_yet",
        "nothing_else",
        "nothing_promised",
        "no_one_said",
        "leave_out",
        "put_back",
        "keep_checkins",
        "keep_the_rest",
        "to_everyone",
    )
    DERIVED = (
        "offerer",
        "offer_question",
        "return_question",
        "interview_day",
        "promises_noted",
        "offer_whom",
        "offer_to_question",
    )
    EXTRAS: ClassVar[Extras] = {
        "checkin_dropped": ("name",),
        "checkin_back": ("name",),
        "date_noted": ("when",),
        "date_passed_over": ("when", "weekday", "this_one"),
        "date_counted": ("when", "since"),
        "offer_from": ("name",),
        "offer_by_noted": ("when",),
        "promise_to": ("name",),
        "offer_noted": ("noted",),
        "promise_noted": ("noted",),
        "noted_offer_intro": ("who", "what"),
        "noted_offer_intro_done": ("who", "what"),
        "to_question": ("offerer", "whom"),
        "to_question_done": ("offerer", "whom"),
        "to_question_team": ("where",),
        "to_question_team_intro": ("offerer", "where"),
        "noted_offer_to": ("who", "what"),
        "noted_offer_of": ("who", "what"),
        "noted_offer_plain": ("who", "what"),
        "noted_promise": ("who", "todo"),
        "introduced_noted": ("who",),
        "introduced_unnamed": ("about",),
        "the_role": ("role",),
        "unnamed_as": ("role",),
        "whom_forward": ("thing",),
        "return_whom": ("todo",),
        "offer_unread": ("said",),
    }
    BUTTONS = ("skip", "by", "drop", "keep", "undrop")

    @property
    def db(self) -> dict[str, Any]:
        db: dict[str, Any] = self.c.data["db"]
        return db

    def _people(self) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = self.db.get("people") or []
        return found

    def _only(self) -> int | None:
        """Who an offer or promise is from when there is only one person to choose."""
        return 0 if len(self._people()) == 1 else None

    def _name(self, person: dict[str, Any]) -> str:
        return debrief_records.name_of(self, person)

    # -- conditions ------------------------------------------------------------------------

    def non_answer(self, event: EventData) -> bool:
        """Whether the line typed says nothing to keep ("idk", "-", "not sure", "?")."""
        return phrases.non_answer(str(event.kwargs.get("text", "")))

    def promise_unsaid(self, event: EventData) -> bool:
        return self._unsaid() is not None

    def skipped_offer(self, event: EventData) -> None:
        self.say("offer_skipped")

    def skipped_whom(self, event: EventData) -> None:
        self.say("whom_skipped")

    def skipped_promise(self, event: EventData) -> None:
        self.say("promise_skipped")

    def ask_promisee_again(self, event: EventData) -> None:
        self.c.reoffer("promisee_again")

    def several_people(self, event: EventData) -> bool:
        return len(self._people()) > 1

    def several_new_people(self, event: EventData) -> bool:
        return sum(1 for p in self._people() if not p.get("id")) > 1

    def typed_introduction(self, event: EventData) -> bool:
        return people.is_introduction(str(event.kwargs.get("text", "")))

    def typed_introduced(self, event: EventData) -> bool:
        """Whether the offer typed is an introduction that names whom it is to ("she'll pass my
        CV to her department chair, Prof. Iyer"): that person is not asked for."""
        text = _without_when(str(event.kwargs.get("text", "")))
        return people.is_introduction(text) and bool(people.guess_introduced(text))

    def typed_introduced_made(self, event: EventData) -> bool:
        """Whether the offer typed is an introduction already made to someone it names."""
        text = _without_when(str(event.kwargs.get("text", "")))
        return self.typed_introduced(event) and people.introduction_done(text)

    def offer_introduced(self, event: EventData) -> bool:
        """Whether the offer being asked about already names whom it is to."""
        return bool((self.db.get("offers") or [{}])[-1].get("to_name"))

    def not_an_offer(self, event: EventData) -> bool:
        """Whether the line typed at the offer question says nothing offered: a name alone,
        one word for a team or a function, a topic (see :func:`_no_offer`)."""
        return _no_offer(str(event.kwargs.get("text", "")))

    def refuse_offer(self, event: EventData) -> None:
        said = " ".join(str(event.kwargs.get("text", "")).split())
        self.c.reoffer("offer_unread", said=said if len(said) <= 60 else said[:57] + "…")

    def typed_promise(self, event: EventData) -> bool:
        """Whether the line typed is the student's own promise, not an offer made to them."""
        return _is_promise(str(event.kwargs.get("text", "")))

    def keep_early_promise(self, event: EventData) -> None:
        """A promise typed at the offer question: kept with the promises, to the one person met,
        else to be asked about (the names, or everyone) at the promise question."""
        self.drop_offer(event)
        text = _promise_text(str(event.kwargs["text"]))
        only = self._only()
        promise: dict[str, Any] = {"text": text, "who": only, "earlier": 1}
        if only is None:
            promise["unsaid"] = 1
        _add_once(self.db.setdefault("returns", []), promise)
        self.say("promise_kept")

    def keep_promise_at_more(self, event: EventData) -> None:
        """A promise typed while the people met are still being named: kept as one typed
        earlier, whom it was to settled at the promise question (the name it gives, or asked)."""
        text = _promise_text(str(event.kwargs["text"]))
        _add_once(self.db.setdefault("returns", []), {"text": text, "earlier": 1, "unsaid": 1})
        self.say("promise_kept_early")

    def unread_at_more(self, event: EventData) -> None:
        said = " ".join(str(event.kwargs.get("text", "")).split())
        self.c.refuse("choice_unread", said=said if len(said) <= 60 else said[:57] + "…")

    def not_before_interview(self, event: EventData) -> bool:
        """Whether the day typed is the interview's day or later (any day when it is unknown)."""
        held = self.c.data.get("interview_date")
        return not held or str(event.kwargs.get("date", "")) >= str(held)

    def refuse_early(self, event: EventData) -> None:
        self.c.reoffer("offer_before_interview")

    def offer_done(self, event: EventData) -> bool:
        """Whether the introduction just typed was already made, not offered."""
        return bool((self.db.get("offers") or [{}])[-1].get("done"))

    def introduction_offered(self, event: EventData) -> bool:
        """Whether an introduction was offered (or made) at this interview: then that is where
        it landed, and "So where did it land?" is never asked."""
        return any(o.get("kind") == "introduction" for o in self.db.get("offers") or [])

    def keep_introduction_outcome(self, event: EventData) -> None:
        self.db["outcome"] = "introduction"

    def offer_is_introduction(self, event: EventData) -> bool:
        offers = self.db.get("offers") or []
        return bool(offers) and offers[-1]["kind"] == "introduction"

    # -- offers ----------------------------------------------------------------------------

    def settle_offers(self, event: EventData | None) -> None:
        _settle(self.db.setdefault("offers", []))
        if not self.db.get("earlier_read"):
            self.db["earlier_read"] = True
            self._note_earlier()

    def _note_earlier(self) -> None:
        """Offers and promises the student already typed in the debrief (how it went, what
        they talked about with someone: "she said she'd put me in touch w her manager", "I
        said I'd send my portfolio by friday") are noted as if typed here, so the questions
        confirm them rather than ask from scratch."""
        everyone = self._people()
        texts: list[tuple[str, int | None]] = [
            (str(p.get("detail") or ""), i) for i, p in enumerate(everyone)
        ]
        texts.append((str(self.db.get("went") or ""), self._only()))
        # Said in the line naming the people met ("..., dana offered to intro me to her lead").
        texts += [(str(aside), self._only()) for aside in self.db.get("asides") or []]
        for text, owner in texts:
            said_as = people.offer_english(phrases.expand_shorthand(text))
            for clause in _clauses(phrases.without_address(said_as)):
                named = self._named(clause) if len(everyone) > 1 else None
                who = owner if named is None else named
                if who is None:
                    # A promise naming no one, with several people met: kept, and whom it
                    # was made to asked at the promise question (never guessed).
                    said = _promise_in(clause)
                    if said:
                        promise = {"text": said, "who": None, "earlier": 1, "unsaid": 1}
                        _add_once(self.db.setdefault("returns", []), promise)
                    continue
                name = str(everyone[who].get("name") or "")
                first = people.first_name(name) if name else ""
                if _offered(clause, first) and _offers_something(clause):
                    # From where the offer starts: "the hiring manager liked my case study, and
                    # priya said she'd put me in touch ..." is Priya's offer, never the praise.
                    said = _without_when(_offer_from(clause, first))
                    offer: dict[str, Any] = {"text": said, "kind": "other", "who": who}
                    if people.is_introduction(said):
                        offer["kind"] = "introduction"
                        offer["done"] = people.introduction_done(said)
                        guess = people.guess_introduced(said)
                        if guess:
                            offer["to_name"], offer["to_role"] = guess
                    _add_once(self.db.setdefault("offers", []), {**offer, "earlier": 1})
                elif _promise_in(clause, name):
                    promise = {"text": _promise_in(clause, name), "who": who, "earlier": 1}
                    _add_once(self.db.setdefault("returns", []), promise)

    def _earlier_said(self) -> str:
        """What was noted from earlier answers, said back: "Priya Raman offered to introduce
        you to Dana Lee; your promise to Priya Raman: send your portfolio link"; "" if none."""
        said: list[str] = []
        for offer in self.db.get("offers") or []:
            if not offer.get("earlier"):
                continue
            who = debrief_records.said_of(self, self._people()[offer["who"]], True)
            form, words = people.offer_form(offer, said="student")
            if form == "intro" and offer.get("done"):
                form = "intro_done"  # "Priya introduced you to Sam Okafor"
            said.append(self.template(f"noted_offer_{form}").format(who=who, what=words))
        for promise in self.db.get("returns") or []:
            if not promise.get("earlier") or not isinstance(promise.get("who"), int):
                continue  # to everyone, or to someone still to be asked
            person = self._people()[promise["who"]]
            name = str(person.get("name") or "")
            todo = phrases.promise_todo(people.strip_end(promise["text"]), name)
            todo = todo[:1].lower() + todo[1:]
            if name:
                todo = debrief_records.without_name(todo, people.first_name(name))
            who = debrief_records.said_of(self, person)
            said.append(self.template("noted_promise").format(who=who, todo=todo))
        return "; ".join(said)

    def drop_offer(self, event: EventData) -> None:
        _drop_open(self.db.setdefault("offers", []))

    def offer_choices(self) -> list[Choice]:
        label = "nothing_else" if _settled(self.db.get("offers")) else "nothing_yet"
        return [self.choice(label, "skip")]

    def people_choices(self) -> list[Choice]:
        return [
            self.button(self._name(person)[:60], f"by:{i}")
            for i, person in enumerate(self._people())
        ]

    def _named(self, text: str) -> int | None:
        """Which person met the offer's text names by first name ("priya said she'd ..."), or
        None when it names nobody met, or more than one of them (who offered is then asked)."""
        found = []
        for index, person in enumerate(self._people()):
            first = people.first_name(str(person.get("name") or ""))
            if first and re.search(rf"(?<![\w'’]){re.escape(first)}(?![\w'’])", text, re.I):
                found.append(index)
        return found[0] if len(found) == 1 else None

    def _by_pronoun(self, said: str) -> int | None:
        """The one person met that "she" or "he" (``said``) can be: everyone else was written
        of as the other ("he explained ...", "Ms. Rao"); None when more than one could be."""
        other = {"she": "he", "he": "she"}.get(said.casefold())
        if other is None:
            return None
        could = [
            i
            for i, person in enumerate(self._people())
            if people.said_as(str(person.get("detail") or ""), str(person.get("honorific") or ""))
            != other
        ]
        return could[0] if len(could) == 1 else None

    def _offerer(self, text: str) -> int | None:
        """Who made the offer typed: the one person met it names, else the one "she" or "he"
        (its subject: "she said she'll intro me to ...") can be; None otherwise."""
        named = self._named(text)
        if named is not None:
            return named
        found = _SUBJECT.match(text.strip())
        return self._by_pronoun(found["said"]) if found else None

    def offerer_named(self, event: EventData) -> bool:
        return self._offerer(str(event.kwargs.get("text", ""))) is not None

    def offer_dated(self, event: EventData) -> bool:
        """Whether the introduction's day is known already: typed in the offer itself ("she'll
        intro me to Sam by friday"), read as it is typed, or kept with the offer being asked
        about. "Did Priya say by when?" is then never asked."""
        if self.c.state == "debrief.promised":
            return _typed_by(self.c, str(event.kwargs.get("text", ""))) is not None
        return bool((self.db.get("offers") or [{}])[-1].get("by"))

    def keep_offer(self, event: EventData) -> None:
        self.drop_offer(event)
        text = _without_when(event.kwargs["text"])
        named = self._offerer(text) if len(self._people()) > 1 else None
        who = self._only() if named is None else named
        offer: dict[str, Any] = {"text": text, "kind": "other", "who": who, "open": 1}
        if named is not None:
            self.say("offer_from", name=self._name(self._people()[named]))
        if people.is_introduction(text):
            offer["kind"] = "introduction"
            guess = people.guess_introduced(text)
            # "she already introduced me to Sam": made, not offered (no day to ask for).
            offer["done"] = people.introduction_done(text)
            if guess:  # named in the offer: kept, said back so a misread shows
                offer["to_name"], offer["to_role"] = guess
                self.say("introduced_noted", who=people.introduced_to(offer))
            by = None if offer["done"] else _typed_by(self.c, str(event.kwargs["text"]))
            if by is not None:  # "... by friday": kept and said back, never asked again
                offer["by"] = by.isoformat()
                self.say("offer_by_noted", when=reminders.long_day(self.c, by))
            else:
                # "forward my CV to QA team in Chennai": a team, no person yet; who on it
                # they will hear from is asked, and no note is written to the team itself.
                # "connect me with someone in the risk team" likewise: whom on it is asked
                # as optional, never "Who will Raj introduce you to?" as if a name was said;
                # "her buddy in data science team" is "someone in the data science team".
                offer["text"] = text = people.team_offered_said(text)
                team, where = people.team_offered(text)
                # Made already ("Sam already put me in touch with someone on the planning
                # team"): "Who did Sam introduce you to?" is asked as before.
                if team and (people.forwarded(text) or not offer["done"]):
                    offer["to_team"], offer["to_where"] = team, where
        # Typed again although noted from an earlier answer (or already typed here): this one
        # replaces that one.
        self.db["offers"] = [
            o for o in self.db.get("offers") or [] if not (_same(o, offer) or _twin(o, offer))
        ]
        self.db.setdefault("offers", []).append(offer)

    def keep_offerer(self, event: EventData) -> None:
        self.db["offers"][-1]["who"] = int(event.kwargs["value"])

    def to_choices(self) -> list[Choice]:
        # A name typed in the offer is kept there and never asked for: only "didn't say".
        return [self.choice("no_one_said", "skip")]

    def keep_introduced(self, event: EventData) -> None:
        """Whom the introduction is to: a name read out of chat ("omg ok so its sam lee, she
        runs ...") and said back; a name said to be unknown, or a line that is no name ("her
        manager in data team, i dont know the name"), is kept as what is known, nameless, so
        the drafts ask for the name rather than greet "Hi In,"."""
        offer = self.db["offers"][-1]
        name, role = people.read_name(event.kwargs["text"])
        typed = phrases.strip_end(str(event.kwargs["text"])).strip()
        if not name and role:
            role = people.someone_on_team(role)  # "her friend in ML team": someone in it
        if name and not role and offer.get("to_team") and people.looks_like_name(typed):
            # A name alone: "Anil Kumar from the QA team in Chennai". A line that says more
            # ("the pricing lead, called maria gomez") is said back as it was read.
            role = f"from {offer['to_team']}"
        offer["to_name"], offer["to_role"] = name, role
        if name:
            who = people.introduced_to({"to_name": name, "to_role": role})
            self.say("introduced_noted", who=who)
        else:
            self.say("introduced_unnamed", about=role or self.template("someone"))

    def keep_by(self, event: EventData) -> None:
        self.db["offers"][-1]["by"] = event.kwargs["date"]
        debrief.say_counted(self, event.kwargs)

    def derive(self, name: str) -> Any:
        if name == "offer_whom":  # "introduce you to", "pass your CV to"
            thing = people.forwarded(str((self.db.get("offers") or [{}])[-1].get("text") or ""))
            if thing == "name":
                return self.template("whom_name")
            if thing:
                return self.template("whom_forward").format(thing=thing)
            return self.template("whom_intro")
        if name == "offer_to_question":  # "Who will Priya ...?", or "Who did ...?" once made
            where = (self.db.get("offers") or [{}])[-1].get("to_where")
            offer = (self.db.get("offers") or [{}])[-1]
            if (
                where
                and not offer.get("done")
                and not people.forwarded(str(offer.get("text") or ""))
            ):
                # An introduction to someone on a team: who, if they said; it is optional.
                return self.template("to_question_team_intro").format(
                    offerer=self.derive("offerer"), where=where
                )
            if where:  # a team: who on it they will hear from
                return self.template("to_question_team").format(where=where)
            done = (self.db.get("offers") or [{}])[-1].get("done")
            asked = self.template("to_question_done" if done else "to_question")
            return asked.format(offerer=self.derive("offerer"), whom=self.derive("offer_whom"))
        if name == "promises_noted":  # "send your portfolio link; email Ana the deck"
            todos = [
                phrases.promise_todo(people.strip_end(str(r.get("text") or "")))
                for r in self.db.get("returns") or []
            ]
            return "; ".join(t[:1].lower() + t[1:] for t in todos if t)
        if name == "interview_day":
            held = self.c.data.get("interview_date")
            return date.fromisoformat(held).strftime("%A %-d %B") if held else ""
        if name == "offer_question":
            earlier = self._earlier_said()
            if earlier and not any(not o.get("earlier") for o in self.db.get("offers") or []):
                # Only promises noted: nothing of whom an introduction is to to put right.
                offered = any(o.get("earlier") for o in self.db.get("offers") or [])
                name = "offer_noted" if offered else "promise_noted"
                return self.template(name).format(noted=earlier)
            return self.template("offer_next" if _settled(self.db.get("offers")) else "offer_first")
        if name == "return_question":
            unsaid = self._unsaid()
            if unsaid is not None:
                todo = phrases.promise_todo(people.strip_end(unsaid["text"]))
                todo = people.to_student(todo[:1].lower() + todo[1:]) if todo else unsaid["text"]
                return self.template("return_whom").format(todo=todo)
            more = _settled(self.db.get("returns"))
            return self.template("return_next" if more else "return_first")
        if name != "offerer":
            return None
        offers = self.db.get("offers") or [{}]
        index = offers[-1].get("who")
        if index is None or index >= len(self._people()):
            return self.template("they")
        person = self._people()[index]
        if person.get("name"):
            return people.first_name(person["name"])
        role = people.role_of(person, self.template("interviewer"))
        return self.template("the_role").format(role=people.lower_first(role))

    # -- promises --------------------------------------------------------------------------

    def settle_returns(self, event: EventData | None) -> None:
        _settle(self.db.setdefault("returns", []))

    def drop_return(self, event: EventData) -> None:
        _drop_open(self.db.setdefault("returns", []))

    def _unsaid(self) -> dict[str, Any] | None:
        """A promise noted from an earlier answer whose person is still to be asked, or None."""
        return next((r for r in self.db.get("returns") or [] if r.get("unsaid")), None)

    def promisee_choices(self) -> list[Choice]:
        """Whom a promise was made to: each person met, or everyone."""
        return [*self.people_choices(), self.choice("to_everyone", "by:all")]

    def return_choices(self) -> list[Choice]:
        if self._unsaid() is not None:
            return self.promisee_choices()
        label = "nothing_else" if _settled(self.db.get("returns")) else "nothing_promised"
        return [self.choice(label, "skip")]

    def points_back(self, event: EventData) -> bool:
        """Whether the line typed only points back at something said before ("already told
        above", "as I said", "see above", "same as before"), naming no promise itself."""
        text = phrases.expand_shorthand(str(event.kwargs.get("text", "")))
        return bool(_POINTS_BACK.match(people.strip_end(text).strip()))

    def answer_pointer(self, event: EventData) -> None:
        """A reply pointing back: the promises already noted said back (nothing new kept), or,
        with none noted, the promise itself asked for."""
        noted = self.derive("promises_noted")
        self.c.reoffer("promise_pointer_noted" if noted else "promise_pointer_ask")

    def _promisee(self, text: str) -> tuple[int | None, str]:
        """Whom a promise typed names, by first name: (their index, their name) for one person
        met; (None, the name) for the one an introduction was offered to ("promised Joy I'd
        send her my deck"); (None, "") when it names no one, or several."""
        met = [
            i
            for i, person in enumerate(self._people())
            if _to_whom(text, people.first_name(str(person.get("name") or "")))
        ]
        if len(met) == 1:
            return met[0], self._name(self._people()[met[0]])
        # "I told her I'd send my github": the one person met "her" can be.
        pointed = _TO_PRONOUN.search(text) if not met else None
        if pointed:
            said = "she" if pointed["said"].casefold() == "her" else "he"
            index = self._by_pronoun(said)
            if index is not None:
                return index, self._name(self._people()[index])
        found = {
            str(o["to_name"])
            for o in self.db.get("offers") or []
            if o.get("to_name") and _to_whom(text, people.first_name(str(o["to_name"])))
        }
        return (None, found.pop()) if len(found) == 1 and not met else (None, "")

    def promisee_named(self, event: EventData) -> bool:
        """Whether the promise typed names whom it was made to (see ``_promisee``)."""
        return bool(self._promisee(str(event.kwargs.get("text", "")))[1])

    def keep_return(self, event: EventData) -> None:
        self.drop_return(event)
        text = _promise_text(str(event.kwargs["text"]))
        who, name = self._promisee(text) if len(self._people()) > 1 else (None, "")
        promise: dict[str, Any] = {"text": text, "who": self._only(), "open": 1}
        if name:
            promise["who"] = who
            if who is None:  # to the person introduced, named in the promise
                promise["to"] = name
            self.say("promise_to", name=name)
        self.db["returns"] = [
            r for r in self.db.get("returns") or [] if not (_same(r, promise) or _twin(r, promise))
        ]
        self.db.setdefault("returns", []).append(promise)

    def keep_promisee(self, event: EventData) -> None:
        """To whom the promise was made: the one still to be asked about, else the last one
        typed; "all" for everyone met."""
        value = str(event.kwargs["value"])
        promise = self._unsaid() or self.db["returns"][-1]
        promise.pop("unsaid", None)
        promise["who"] = "all" if value == "all" else int(value)

    # -- check-ins -------------------------------------------------------------------------

    def checkin_choices(self) -> list[Choice]:
        dropped = set(self.db.get("drop") or [])
        leave_out = self.label("leave_out")
        buttons = [
            self.button(f"{leave_out} {self._name(person)}"[:60], f"drop:{i}")
            for i, person in enumerate(self._people())
            if not person.get("id") and i not in dropped
        ]
        put_back = self.label("put_back")
        again = [
            self.button(f"{put_back} {self._name(self._people()[i])}"[:60], f"undrop:{i}")
            for i in dropped
            if 0 <= i < len(self._people())
        ]
        if not again:
            return [*buttons, self.choice("keep_checkins", "keep")]
        return [
            *buttons,
            *again,
            self.choice("keep_checkins", "keep:all"),
            self.choice("keep_the_rest", "keep"),
        ]

    def keep_all(self, event: EventData) -> None:
        """ "Keep them all" (value "all"): everyone left out is put back, each said so; "Done"
        (no value) keeps the check-ins as they stand."""
        if event.kwargs.get("value") != "all":
            return
        people = self._people()
        for index in list(self.db.get("drop") or []):
            self.db["drop"].remove(index)
            if 0 <= index < len(people):
                self.say("checkin_back", name=debrief_records.said_of(self, people[index]))

    def checkin_dropped(self, event: EventData) -> bool:
        """Whether anyone was left out of the check-ins at this step (/back undoes it)."""
        return bool(self.db.get("drop"))

    def undo_drop(self, event: EventData) -> None:
        """/back at the check-ins: the last one left out is put back."""
        self._put_back(int(self.db["drop"][-1]))

    def undrop_checkin(self, event: EventData) -> None:
        self._put_back(int(event.kwargs["value"]))

    def _put_back(self, index: int) -> None:
        dropped: list[int] = self.db.setdefault("drop", [])
        if index in dropped:
            dropped.remove(index)
            who = debrief_records.said_of(self, self._people()[index])
            self.say("checkin_back", name=who)
        if self.c.out:  # an internal transition asks nothing by itself
            self.c.out[-1].choices = self.c.choices()
        else:
            self.c.ask()

    def drop_checkin(self, event: EventData) -> None:
        index = int(event.kwargs["value"])
        if 0 <= index < len(self._people()):
            self.db.setdefault("drop", []).append(index)
            who = debrief_records.said_of(self, self._people()[index])
            self.say("checkin_dropped", name=who)
        if self.c.out:  # an internal transition asks nothing by itself
            self.c.out[-1].choices = self.c.choices()


# In an earlier answer: an offer said by them ("she said she'd put me in touch", "he offered
# to pass my CV on"), a promise said by the student ("I said I'd send my portfolio by friday").
_OFFERED = (
    r"\b(?:(?:she|he|they{name})\s+|(?:and|but|then)\s+)(?:said|says|mentioned|told\s+me)\s+"
    r"(?:that\s+)?(?:she|he|they)\s*"
    r"(?:'d|’d|'ll|’ll|would|will|could|can|(?:'s|’s|is|was|are|were)\s+going\s+to)\b"
    # Reported without "said": "she'd introduce me to the editor, Tom Parker, ...".
    r"|\b(?:she|he|they{name})\s*(?:'d|’d|\s+would|\s+could)\s+(?:\w+ly\s+)?(?:introduce|connect|"
    r"put\s+me\s+in\s+(?:touch|front)|loop\s+me\s+in|hook\s+me\s+up|link\s+me\s+up|pass|"
    r"forward|send|share|refer|recommend)\b"
    r"|\b(?:she|he|they{name})(?:\s+\w+)?\s+(?:offered|promised)\b"
    r"|\b(?:she|he|they{name})\s*(?:'ll|’ll|\s+will|(?:'s|’s|\s+is|\s+was)\s+going\s+to)\s+"
    r"(?:\w+ly\s+)?(?:introduce|connect|put\s+me\s+in\s+touch|pass|forward|send|share|refer|"
    r"recommend)\b"
)


# Where a promise names whom it was made to: "told Rahul I'd", "promised Joy", "let Sam know",
# "send Tom my project", "email it to Lena", "share it with Ana"; never "the report Lena
# mentioned" (that names her, but the promise may be to anyone).
_TO_WHOM = (
    r"\b(?:to|with|told|tell|promised|assured|let|send|sent|email(?:ed)?|mail(?:ed)?|give|gave|"
    r"show|forward|text(?:ed)?|messaged?|ping|call)\s+{name}(?![\w'’])"
)


# A promise made to "her" or "him" ("I told her I'd send my github", "send him my deck"),
# never "her manager" (someone else).
_TO_PRONOUN = re.compile(
    _TO_WHOM.format(name=r"(?P<said>her|him)")
    + r"(?=\s*(?:$|[,.;:!?]|(?:my|the|a|an|i|i['’]d|id|i['’]ll|ill|that|about|by|on|before|"
    r"after|tomorrow|today|tonight|this|next|when|once|and|it|something|over|back|soon|later)"
    r"(?![\w'’])))",
    re.I,
)
# Who made an offer, as its subject: "she said she'll intro me", "oh and he offered to ...".
_SUBJECT = re.compile(
    r"^(?:(?:oh|and|also|plus|so|then|yeah|yes|ok|okay|well|um|uh)\b[\s,]*)*(?P<said>she|he)\b",
    re.I,
)


# Words that make a short line an offer: what may be offered ("coffee", "an article on
# pricing", "a referral"), besides the verbs of help (people.VERBS) and who said it.
_OFFER_WORDS = frozenset(
    (  # noqa: SIM905 - a list of words reads best as words
        "intro introduction introductions referral reference recommendation coffee lunch "
        "dinner call chat meeting tour visit demo feedback advice tips mentoring mentorship "
        "shadowing session interview internship job role position opening trial contract "
        "contact contacts number email linkedin book books article articles paper papers "
        "report reading podcast course class workshop event events invite invitation ticket "
        "link links deck slides template templates notes resource resources list dataset help "
        "cv resume résumé portfolio offered offer promised said says will would could can "
        "gonna going told mentioned suggested opportunity apply access spot program programme "
        "bootcamp pass discount hackathon mock practice guidance support sent gave"
    ).split()
)


def _no_offer(typed: str) -> bool:
    """Whether ``typed`` (at "Did anyone offer you anything?") says nothing offered: no word
    of an offer in it, so a name alone ("Tom Becker"), a team or a function ("recruiting"), a
    topic ("the timeline for the process", "how the sales team uses data")."""
    text = people.strip_end(phrases.strip_emoji(str(typed or ""))).strip()
    if not text or phrases.non_answer(text):
        return False  # a non-answer skips the question, as its button would
    said = phrases.expand_shorthand(text)
    words = re.findall(r"[\w'’]+", said.casefold())
    if not words or re.search(r"['’](?:ll|d)\b", said):
        return False  # "she'll ...", "he'd ...": someone said what they will do
    if people.is_introduction(said):  # "Sam already introduced me to Joy Chen"
        return False
    # "introduced", "offers", "passed": each word and its stem.
    stems = {w for word in words for w in (word, re.sub(r"(?:ed|es|s|d)$", "", word), word[:-1])}
    return not any(w in _OFFER_WORDS or w in people.VERBS or w in people.GERUNDS for w in stems)


def _to_whom(text: str, first: str) -> bool:
    """Whether the promise ``text`` names ``first`` (a first name) as whom it was made to."""
    return bool(first) and bool(re.search(_TO_WHOM.format(name=re.escape(first)), text, re.I))


def _offered(clause: str, first: str) -> bool:
    """Whether ``clause`` says they (or ``first``, their first name) offered something."""
    name = f"|{re.escape(first)}" if first else ""
    return bool(re.search(_OFFERED.format(name=name), clause, re.I))


def _is_promise(typed: str) -> bool:
    """Whether ``typed`` is the student's own promise ("I said I'd send ...", "oh and i
    promised sam i'd forward my deck"), not an offer made to them."""
    text = phrases.expand_shorthand(_promise_text(typed))
    return bool(_PROMISED.match(text) or _WILL_DO.search(text)) and bool(
        phrases.promise_todo(people.strip_end(text))
    )


def _promise_text(typed: str) -> str:
    """A promise typed by the student as it is kept: the chat it opens with and any form of
    address left out, and a "told" that tells no one written "said" ("oh and I told ma'am I'd
    send it" -> "I said I'd send it")."""
    return phrases.told_as_said(phrases.without_address(people.without_chat_lead(typed)))


# A promise said plainly, as the student will do it: "I'll send my portfolio", "I will email".
_WILL_DO = re.compile(
    r"^(?:(?:and|also|plus|so)\s+)?i\s*(?:'ll|’ll|\s+will|\s+am going to)\s", re.I
)
# A reply that only points back at an earlier answer: never a promise of its own.
_POINTS_BACK = re.compile(
    r"^(?:i\s+)?(?:(?:already|just)\s+)?(?:(?:told|said|mentioned|wrote|typed|written|"
    r"given|gave|answered|explained)\s+(?:(?:it|that|this|you|u|already)\s+)*"
    r"(?:above|before|earlier|already|previously)"
    r"|(?:as|like)\s+(?:i\s+)?(?:said|told|mentioned|wrote)(?:\s+(?:above|before|earlier))?"
    r"|(?:see|refer|check)\s+(?:to\s+)?(?:above|before|earlier|my\s+(?:last|previous|earlier)"
    r"\s+(?:answer|message|reply))|same\s+(?:as\s+)?(?:above|before|earlier)"
    r"|(?:the\s+)?same(?:\s+(?:one|thing))?(?:\s+as\s+(?:above|before|earlier))?"
    r"|(?:mentioned|told|said|given)\s+(?:above|before|earlier)|above|ditto)"
    r"(?:\s+(?:only|itself|please|pls|na|bro))?$",
    re.I,
)
_PROMISED = re.compile(
    r"(?:^|(?<=[,;:])\s*|\s(?=(?:and|also|plus|so|but)\s))(?:(?:and|also|plus|so|but)\s+)?i\s+(?:said|promised(?:\s+\w+)?|told\s+\w+)\s+(?:that\s+)?"
    r"(?:i\s*(?:'d|’d|'ll|’ll|would|will)|id|ill|to)\b",
    re.I,
)


def _offer_from(clause: str, first: str) -> str:
    """``clause`` from where the offer in it starts, less a joining word before it ("..., and
    priya said she'd ..." -> "priya said she'd ..."); the clause as it is when that would leave
    too little to read."""
    name = f"|{re.escape(first)}" if first else ""
    found = re.search(_OFFERED.format(name=name), clause, re.I)
    if found is None or not found.start():
        return clause
    cut = re.sub(r"^(?:and|but|then|so|also|plus)\s+", "", clause[found.start() :], flags=re.I)
    return cut if len(cut.split()) > 3 else clause


def _promise_in(clause: str, name: str = "") -> str:
    """The student's own promise in a clause, from where it starts ("it went ok, I said I would
    mail my report" -> "I said I would mail my report"), or "" when it holds none."""
    found = _PROMISED.search(clause)
    if not found:
        return ""
    said = clause[found.start() :].strip(" ,;:")
    said = re.sub(r"^(?:and|also|plus|so|but)\s+", "", said, flags=re.I)
    return said if phrases.promise_todo(said, name) else ""


def _same(earlier: dict[str, Any], typed: dict[str, Any]) -> bool:
    """Whether an offer or promise noted from an earlier answer is the one typed now: an
    introduction from the same person, or mostly the same words."""
    if not earlier.get("earlier"):
        return False
    if typed.get("kind") == "introduction" and earlier.get("kind") == "introduction":
        return typed.get("who") in (None, earlier.get("who"))

    def words(item: dict[str, Any]) -> set[str]:
        return {w for w in re.findall(r"[a-z0-9]+", str(item["text"]).casefold()) if len(w) > 2}

    ours, theirs = words(earlier), words(typed)
    return bool(ours and theirs) and len(ours & theirs) * 2 >= min(len(ours), len(theirs))


# When an offer may come, typed after it ("..., probably next week", "... by friday"): asked
# for on its own (by when), never part of what was offered.
_WHEN_AFTER = re.compile(
    r"(?:\s*,\s*|\s+)(?:(?:probably|prob|maybe|possibly|hopefully|likely)\s+)?"
    r"(?:(?:by|via|over|on)\s+(?:e-?mail|mail|phone|linkedin|slack|whatsapp)\s+)?"
    r"(?:(?:by|before|on|in|within|sometime|some\s+time)\s+)?"
    r"(?:(?:the\s+)?(?:next|this|end\s+of(?:\s+the)?|early|late)\s+(?:week|month)"
    r"|the\s+next\s+(?:few|couple(?:\s+of)?|two|three)\s+(?:days|weeks)"
    r"|tomorrow|today|tonight|soon|shortly|(?:a|one|two|three|a\s+few|\d+)\s+(?:days?|weeks?)"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"(?:\s+or\s+so)?\s*[.!]*$",
    re.I,
)


# A day typed at the end of an offer that _WHEN_AFTER does not cut ("... by dec 4", "... before
# 4 December"): read for the introduction's day all the same.
_BY_DAY_AFTER = re.compile(
    r"[\s,]+(?:by|before|on|until|till)\s+(?P<when>[^,;.!?]{3,30})[.!]*$", re.I
)


def _typed_by(c: Any, text: str) -> date | None:
    """The day an introduction was offered by, typed at the end of the offer: "by friday",
    "tomorrow", "on monday", "by dec 4" (a weekday counted from the interview's day, as the
    question "by when?" counts it); "next week" or "end of next week" is that week's Friday.
    None when no day is typed, or the one typed is before the interview."""
    text = people.offer_english(text)
    found = _WHEN_AFTER.search(text) or _BY_DAY_AFTER.search(text)
    if found is None:
        return None
    said = found.group("when") if "when" in found.groupdict() else found.group(0)
    said = re.sub(r"^[\s,]+", "", said)
    said = re.sub(r"^(?:probably|prob|maybe|possibly|hopefully|likely)\s+", "", said, flags=re.I)
    said = re.sub(
        r"^(?:(?:by|via|over|on)\s+(?:e-?mail|mail|phone|linkedin|slack|whatsapp)\s+)",
        "",
        said,
        flags=re.I,
    )
    if re.search(r"\b(?:soon|shortly)\b", said, re.I):
        return None  # no day to hold them to
    held = c.data.get("interview_date")
    since = date.fromisoformat(held) if isinstance(held, str) and held else None
    since = since if since and since <= reminders.today(c) else None
    when = dates.parse(said, c.local_now, since=since, ahead=True)
    if when is None:
        return None
    day = when.day + timedelta(days=4) if when.week else when.day
    if since is not None and day < since:
        return None
    return day


def _without_when(text: str) -> str:
    """An offer without when it may come: "introduce me to his producer, probably next week"
    -> "introduce me to his producer"; unchanged when nothing else would be left."""
    # Said in English first: "she told that she will present me to Javier" is "she said she'd
    # introduce me to Javier" in every place the offer is read and written.
    text = people.offer_english(text)
    cut = _WHEN_AFTER.sub("", text).strip()
    return cut if len(cut.split()) > 2 else text


def _words_of(item: dict[str, Any]) -> set[str]:
    """The words that tell an offer or promise apart: its own, without who said it ("Nadia
    said she'd connect me with her lead" and "she said she would connect me with her lead" share
    all of them)."""
    text = people.offer_words(str(item.get("text") or "")).casefold()
    return {w for w in re.findall(r"[a-z0-9]+", text) if len(w) > 2}


def _twin(one: dict[str, Any], other: dict[str, Any]) -> bool:
    """Whether two offers (or two promises) are the same one typed twice, at whatever step:
    the same person (or one not yet known), the same kind, and near-identical words."""
    if None not in (one.get("who"), other.get("who")) and one.get("who") != other.get("who"):
        return False
    if one.get("kind") != other.get("kind"):
        return False
    ours, theirs = _words_of(one), _words_of(other)
    if not ours or not theirs:
        return ours == theirs
    return len(ours & theirs) * 5 >= 4 * max(len(ours), len(theirs))


def _add_once(items: list[dict[str, Any]], item: dict[str, Any]) -> None:
    """``item`` added to ``items`` unless the same one is already there."""
    if not any(_twin(known, item) for known in items):
        items.append(item)


def _offers_something(clause: str) -> bool:
    """Whether a clause said by them offers something: an introduction, or a verb of help
    ("pass my CV on"); never news about the decision ("they said they'd get back to me")."""
    if debrief.DECISION.search(clause):
        return False
    if people.is_introduction(clause):
        return True
    first = people.offer_words(clause).split(" ", 1)[0].casefold()
    return first in people.VERBS or first in people.GERUNDS


def _clauses(text: str) -> list[str]:
    """An answer cut into its sentences, and a sentence at "and I ..." / "but she ...": each
    clause that may be an offer or a promise on its own."""
    # Sentences by the one splitter: "... to the head, Dr. Kulkarni" is never cut at "Dr.".
    parts = [
        part
        for sentence in phrases.sentences(text)
        for part in re.split(
            r"(?<=;)\s+|,?\s+(?:and|but|also|plus)\s+(?=(?:i|she|he|they)\b)", sentence, flags=re.I
        )
    ]
    return [people.strip_end(p.strip()) for p in parts if p and p.strip()]


def _settle(items: list[dict[str, Any]]) -> None:
    """Back at the question after finishing one (an offer, a promise): it is kept."""
    for item in items:
        item.pop("open", None)


def _drop_open(items: list[dict[str, Any]]) -> None:
    """One left unfinished (/back from its follow-up questions) goes, so that typing it again,
    or saying there is nothing else, does not record it."""
    items[:] = [item for item in items if not item.get("open")]


def _settled(items: list[dict[str, Any]] | None) -> bool:
    """Whether any offer or promise has been finished (an unfinished one does not count)."""
    return any(not item.get("open") for item in items or [])
