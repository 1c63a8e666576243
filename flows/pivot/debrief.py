"""The debrief after an interview: which one and when it was, did the pivot happen, who they
met (named or not), where it landed. What was offered and promised is asked by ``offers``;
the records and follow-ups are written at the summary by ``debrief_records``."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any, ClassVar

from transitions.core import EventData

from bot.conversation import AFTER_ZONE
from bot.flow import Step, parse_date
from bot.messages import Choice
from bot.parts import Extras, Part
from flows.pivot import (
    debrief_records,
    draft_text,
    intake,
    interview,
    people,
    phrases,
    reminders,
)

# The time zone question (``zone.QUESTION``; that part reads a day held here once it is set).
ZONE_QUESTION = "zone"

STEPS = (
    Step("debrief.which", choices="interview_choices"),
    Step("debrief.company", "text", max_len=120),
    Step("debrief.role", "text", max_len=120),
    # A day, read here (a day gone, not one to come): on the student's clock, so their time
    # zone is asked first, as before a date question.
    Step("debrief.when", "text", max_len=80, dated=True),
    Step("debrief.again"),
    Step("debrief.pivoted"),
    Step("debrief.went", "text", max_len=1500),
    Step("debrief.target", "text", max_len=200),
    # A line may name several people and what one of them offered: room for it.
    Step("debrief.person.name", "text", max_len=300),
    # "no", "nope", "I don't", "idk" typed to an optional question about them are its way
    # past ("Don't know", "Don't have it"), taken and said back, never asked again.
    Step("debrief.person.title", "text", max_len=120, nothing="skip"),
    Step("debrief.person.team", "text", max_len=120, nothing="skip"),
    Step("debrief.person.reach", "text", max_len=200, nothing="skip"),
    # /back to it from the first question about the next person typed in the same line: this
    # one is open again, the next back in the queue.
    Step("debrief.person.detail", "text", max_len=600, redraw=("requeue_person",), nothing="skip"),
    # Back at "Anyone else?" after moving on: the person just closed is open again, so going on
    # back into their questions corrects them rather than adding someone new.
    # Typed words are read too: a promise typed here ("also I said I'd send ...") is kept for
    # the promise question (the offers part), anything else refused as before.
    Step("debrief.more", "text", max_len=600, redraw=("reopen_person",), nothing="done"),
    Step("debrief.outcome"),
    # What they said at the interview ("in two weeks") counts from the interview's day.
    Step(
        "debrief.decision", "date", choices="decision_choices", since="interview_date", ahead=True
    ),
    Step("debrief.sign", "text", max_len=80),
    # "Want me to draft them?": a "yes" or an "ok" means the thank-you notes.
    Step(
        "debrief.summary",
        on_enter=("save_debrief", "show_summary"),
        redraw=("show_summary",),
        onward="thanks",
        choices="summary_choices",
    ),
)

T = "trigger"
# The questions asking for a team, a title or a kind of work, where a person's name is refused.
_WORK_ASKED = frozenset({"debrief.target", "debrief.person.title", "debrief.person.team"})
# Why the one thing talked about is asked for once more (see draft_text.note_topic), and the
# mark that it has been, on the person.
PHRASE_ASKED = ("logistics", "rough", "unclear")
PHRASE_FLAG = "detail_asked"
# The text questions a non-answer is refused at, each with its text "wanted.<state>" (the
# better fit has its own, debrief_target_refused; the company its own, db_company_needed).
WORDS_WANTED = (
    "debrief.role",
    "debrief.went",
    "debrief.person.title",
    "debrief.person.team",
    "debrief.person.reach",
    "debrief.person.detail",
    "debrief.sign",
)
# A decision date written in the notes on how it went: "decision by 11 december", "they'll let
# me know before Friday", "hear back on the 9th", "results in 10 days".
DECISION = re.compile(
    r"\b(?:decision|decide|deciding|decides|hear back|let me know|get back to me|news|results?"
    r"|outcome)\b",
    re.I,
)
_BY_WHEN = re.compile(
    r"(?=\b(?:(?:by|on|before|around|until|till)\s+(?P<when>[^.;,!?\n]{3,30})"
    r"|(?P<wait>(?:in|within)\s+[^.;,!?\n]{3,30})))",
    re.I,
)
# Where the debrief goes on when how it went named the people met: the first one's title, or
# past what their words already said (their team: how to reach them; their title: their team).
_NAMED_DESTS: tuple[tuple[list[str], str], ...] = (
    (["went_named", "named_team_known"], "debrief.person.reach"),
    (["went_named", "named_title_known"], "debrief.person.team"),
    (["went_named"], "debrief.person.title"),
)
TABLE: list[dict[str, Any]] = [
    # "wait her name is priya not oh" typed at a question about the person: the name is put
    # right and the question asked again, never kept as their title, team or topic.
    *(
        {
            T: "answer",
            "source": source,
            "dest": None,
            "conditions": "name_corrected",
            "after": "correct_name",
        }
        for source in (
            "debrief.person.title",
            "debrief.person.team",
            "debrief.person.reach",
            "debrief.person.detail",
        )
    ),
    # Past the questions about one person, a name put right is not guessed at: the student
    # is told how to go back to it, and asked the question again.
    *(
        {
            T: "answer",
            "source": source,
            "dest": None,
            "conditions": "name_corrected",
            "after": "refuse_name_fix",
        }
        for source in ("debrief.more", "debrief.sign")
    ),
    # "no", "idk", "n/a", "?" typed where words are wanted (the role, a title, a team, a way to
    # reach them, what was talked about, a sign-off) are never kept ("the no role", "I
    # especially enjoyed no"): the question says what it needs, with its "Don't know" button.
    *(
        {
            T: "answer",
            "source": source,
            "dest": None,
            "conditions": "non_answer",
            "after": "ask_words",
        }
        for source in WORDS_WANTED
    ),
    # The one thing talked about, typed so that no note could say it ("joining timelines n bond
    # stuff", "the timeline, they decide by fri"): asked for once more, as a phrase, showing
    # the line it will finish; the second answer is kept whatever it is (the drafts page says
    # what its note leaves out, and why).
    {
        T: "answer",
        "source": "debrief.person.detail",
        "dest": None,
        "conditions": "detail_needs_phrase",
        "after": "ask_detail_phrase",
    },
    # A way to reach them is an email, a link, a phone number or a handle: a sentence typed
    # there ("he told me about ...") is never kept as one; asked again, saying what it wants.
    {
        T: "answer",
        "source": "debrief.person.reach",
        "dest": None,
        "conditions": "not_reach",
        "after": "refuse_reach",
    },
    # An email address, a link or a phone number is no job title and no team: it belongs with
    # the contact details, asked for next; the question is asked again, saying so.
    *(
        {
            T: "answer",
            "source": source,
            "dest": None,
            "conditions": "contact_detail_typed",
            "after": "refuse_contact_detail",
        }
        for source in ("debrief.person.title", "debrief.person.team")
    ),
    # A remark about the person or the interview ("she was in the interview as second
    # person", "he sat in on the call") is no team and no job title: the question is asked
    # again, saying what it wants, with its "Don't know" button.
    {
        T: "answer",
        "source": "debrief.person.team",
        "dest": None,
        "conditions": "not_a_team",
        "after": "refuse_remark",
    },
    {
        T: "answer",
        "source": "debrief.person.title",
        "dest": None,
        "conditions": "not_a_title",
        "after": "refuse_remark",
    },
    # A number or a score ("2", "3/5", "4 out of 5"), typed as if for a 1-5 question, is
    # nobody: the question is asked again, saying so.
    {
        T: "answer",
        "source": "debrief.person.name",
        "dest": None,
        "conditions": "score_typed",
        "after": "refuse_score",
    },
    {
        T: "answer",
        "source": "debrief.person.name",
        "dest": None,
        "conditions": "remark_for_person",
        "after": "refuse_remark",
    },
    # A team typed where a person is asked for ("AI and ML team") is nobody: who from it?
    {
        T: "answer",
        "source": "debrief.person.name",
        "dest": None,
        "conditions": "names_a_team",
        "after": "ask_who_from_team",
    },
    {
        T: "debrief",
        "source": "*",
        "dest": "debrief.which",
        "conditions": "has_interviews",
        "before": "begin_debrief",
    },
    {
        T: "debrief",
        "source": "*",
        "dest": "debrief.company",
        "unless": "has_interviews",
        "before": "begin_debrief",
    },
    # An interview debriefed before is added to, not asked about from scratch; one without a
    # date, or with a date still to come, first says when it really was.
    {
        T: "pick",
        "source": "debrief.which",
        "dest": "debrief.again",
        "conditions": "picked_debriefed",
        "before": "pick_interview",
    },
    {
        T: "pick",
        "source": "debrief.which",
        "dest": "debrief.when",
        "conditions": "picked_needs_date",
        "before": "pick_interview",
    },
    # On the go-for-the-job path there was no pivot to make: straight to how it went.
    {
        T: "pick",
        "source": "debrief.which",
        "dest": "debrief.went",
        "conditions": "picked_went_for_job",
        "before": ["pick_interview", "skip_pivot"],
    },
    {T: "pick", "source": "debrief.which", "dest": "debrief.pivoted", "before": "pick_interview"},
    {T: "other", "source": "debrief.which", "dest": "debrief.company"},
    # A name must look like one ("2" is no company), as at the intake.
    {
        T: "answer",
        "source": "debrief.company",
        "dest": None,
        "conditions": "not_a_company",
        "after": "refuse_company",
    },
    {T: "answer", "source": "debrief.company", "dest": "debrief.role", "before": "keep_db_company"},
    # The day typed with the company or the role ("Contoso, last Monday", "Data analyst, it
    # was on Friday") is the interview's: used, said back, and never asked again. (An interview
    # typed in here has no path yet, so the pivot question follows, as after "When was it?".)
    # Read on the student's clock: while their time zone is unknown, it is asked first (then
    # the day is read, said back, and the pivot question asked).
    {
        T: "answer",
        "source": "debrief.role",
        "dest": ZONE_QUESTION,
        "conditions": ["day_typed", "zone_unknown"],
        "before": ["keep_db_role", "zone_for_day"],
    },
    {
        T: "answer",
        "source": "debrief.role",
        "dest": "debrief.pivoted",
        "conditions": "day_typed",
        "before": ["keep_db_role", "keep_typed_day"],
    },
    {T: "answer", "source": "debrief.role", "dest": "debrief.when", "before": "keep_db_role"},
    *(
        {
            T: trigger,
            "source": "debrief.when",
            "dest": "debrief.went",
            "conditions": ["went_for_job", *(["is_past_day"] if trigger == "answer" else [])],
            "before": ["keep_when", "skip_pivot"],
        }
        for trigger in ("today", "yesterday", "answer")
    ),
    {T: "today", "source": "debrief.when", "dest": "debrief.pivoted", "before": "keep_when"},
    {T: "yesterday", "source": "debrief.when", "dest": "debrief.pivoted", "before": "keep_when"},
    {
        T: "answer",
        "source": "debrief.when",
        "dest": "debrief.pivoted",
        "conditions": "is_past_day",
        "before": "keep_when",
    },
    {T: "more", "source": "debrief.again", "dest": "debrief.person.name", "before": "load_people"},
    {T: "offers", "source": "debrief.again", "dest": "debrief.promised", "before": "load_people"},
    *(
        {T: v, "source": "debrief.pivoted", "dest": "debrief.went", "before": "keep_pivoted"}
        for v in ("yes", "partly", "no", "na")
    ),
    # A pivot (tried, or hoped for) without a better fit named: asked, for the drafts' sake.
    {
        T: "answer",
        "source": "debrief.went",
        "dest": "debrief.target",
        "conditions": "needs_target",
        "before": "keep_went",
    },
    # People named in how it went ("talked to Meera and her manager Tom") are taken, one at a
    # time, never asked for again: on to the first one's questions (see ``_NAMED_DESTS``).
    *(
        {
            T: "answer",
            "source": "debrief.went",
            "dest": dest,
            "conditions": conditions,
            "before": ["keep_went", "take_named"],
        }
        for conditions, dest in _NAMED_DESTS
    ),
    {T: "answer", "source": "debrief.went", "dest": "debrief.person.name", "before": "keep_went"},
    {T: "skip", "source": "debrief.went", "dest": "debrief.target", "conditions": "needs_target"},
    {T: "skip", "source": "debrief.went", "dest": "debrief.person.name"},
    # "no", "idk", "?", "x", "asdf" are never kept as the better fit ("how no works at
    # Deloitte"), nor a person's name ("Mrs. Ana Gómez"): the people met are asked next.
    {
        T: "answer",
        "source": "debrief.target",
        "dest": None,
        "conditions": "non_answer",
        "after": "refuse_target",
    },
    *(
        {
            T: trigger,
            "source": "debrief.target",
            "dest": dest,
            "conditions": conditions,
            "before": [*before, "take_named"],
        }
        for trigger, before in (("answer", ["keep_target"]), ("skip", []))
        for conditions, dest in _NAMED_DESTS
    ),
    {
        T: "answer",
        "source": "debrief.target",
        "dest": "debrief.person.name",
        "before": "keep_target",
    },
    {T: "skip", "source": "debrief.target", "dest": "debrief.person.name"},
    # What the name line already said of them is not asked again: "tom from HR" (the team:
    # on to how to reach him), "Dana Whitfield, VP of Sales" (the title: on to her team).
    *(
        {
            T: trigger,
            "source": "debrief.person.detail",
            "dest": dest,
            "conditions": ["has_queue", condition],
            "before": ["keep_person", "next_queued"],
        }
        for condition, dest in (
            ("queued_team_known", "debrief.person.reach"),
            ("queued_title_known", "debrief.person.team"),
        )
        for trigger in ("answer", "skip")
    ),
    # Several people typed in one line: after the first, straight on to the next of them.
    *(
        {
            T: trigger,
            "source": "debrief.person.detail",
            "dest": "debrief.person.title",
            "conditions": "has_queue",
            "before": ["keep_person", "next_queued"],
        }
        for trigger in ("answer", "skip")
    ),
    {
        T: "answer",
        "source": "debrief.person.name",
        "dest": "debrief.person.reach",
        "conditions": "typed_team",
        "before": "keep_person",
    },
    # Someone from the team named just before ("Who from the AI and ML team?"): their team is
    # known, so after their title, on to how to reach them.
    *(
        {
            T: trigger,
            "source": "debrief.person.title",
            "dest": "debrief.person.reach",
            "conditions": "team_from_ask",
            "before": "keep_person",
        }
        for trigger in ("answer", "skip")
    ),
    {
        T: "answer",
        "source": "debrief.person.name",
        "dest": "debrief.person.team",
        "conditions": "typed_title",
        "before": "keep_person",
    },
    *(
        {T: trigger, "source": f"debrief.person.{field}", "dest": dest, "before": "keep_person"}
        for field, dest in (
            ("name", "debrief.person.title"),
            ("title", "debrief.person.team"),
            ("team", "debrief.person.reach"),
            ("reach", "debrief.person.detail"),
            ("detail", "debrief.more"),
        )
        for trigger in ("answer", "skip")
    ),
    {
        T: "none",
        "source": "debrief.person.name",
        "dest": "debrief.promised",
        "before": "drop_team_asked",
    },
    {T: "more", "source": "debrief.more", "dest": "debrief.person.name", "before": "next_person"},
    {T: "done", "source": "debrief.more", "dest": "debrief.promised", "before": "next_person"},
    # debrief.promised ... (the offers part) ... -> debrief.outcome
    *(
        {T: v, "source": "debrief.outcome", "dest": "debrief.decision", "before": "keep_outcome"}
        for v in ("introduction", "meeting", "referral", "offer", "nothing")
    ),
    # A decision date before the interview itself ("20 nov", the interview on the 25th) is
    # no decision date: asked again, saying why (never taken as simply passed).
    {
        T: "answer",
        "source": "debrief.decision",
        "dest": None,
        "conditions": "decision_before_interview",
        "after": "say_decision_before",
    },
    # A decision date that has passed ("3 Nov" typed on 30 November) is said to have passed,
    # and the student picks: a status check now, or the new date they were given.
    {
        T: "answer",
        "source": "debrief.decision",
        "dest": None,
        "conditions": "decision_passed",
        "after": "say_decision_passed",
    },
    {
        T: "checknow",
        "source": "debrief.decision",
        "dest": "debrief.sign",
        "conditions": "unsigned",
        "before": "keep_check_now",
    },
    {
        T: "checknow",
        "source": "debrief.decision",
        "dest": "debrief.summary",
        "before": "keep_check_now",
    },
    # How the student signs their notes: asked once, before the first drafts.
    {
        T: "answer",
        "source": "debrief.decision",
        "dest": "debrief.sign",
        "conditions": "unsigned",
        "before": "keep_decision",
    },
    {
        T: "answer",
        "source": "debrief.decision",
        "dest": "debrief.summary",
        "before": "keep_decision",
    },
    {T: "skip", "source": "debrief.decision", "dest": "debrief.sign", "conditions": "unsigned"},
    {T: "skip", "source": "debrief.decision", "dest": "debrief.summary"},
    {T: "answer", "source": "debrief.sign", "dest": "debrief.summary", "before": "keep_sign"},
    {T: "skip", "source": "debrief.sign", "dest": "debrief.summary", "before": "skip_sign"},
]


# A typed answer to "Who did you meet?" that means the name was not caught: "dont know",
# "not sure", "no idea", "idk", "didn't catch it".
# The team typed where a person was asked for ("AI and ML team"), kept for whoever is named
# next, and on that person once named.
TEAM_ASKED = "team_asked"
# The day of an interview typed with its company or its role, kept until the role is in.
DAY_TYPED = "day_typed"
# The interview this debrief added (another interview, typed in): updated, not added again,
# when its company or role is typed afresh after /back.
NEW_INTERVIEW = "new_interview"
# A day typed after a company or a role: "Contoso, last Monday", "Acme on 20 Nov", "Data
# analyst, it was on Friday", "Fabrikam (yesterday)".
_DAY_TAIL = re.compile(
    r"^(?P<rest>.+?)\s*(?:[,;(]|\s[-–—]|\s)\s*(?:(?:and\s+)?(?:it|that|the\s+interview)\s+"
    r"(?:was|happened)\s+|interviewed\s+|met\s+)?(?P<when>(?:on\s+|last\s+|this\s+(?:past\s+)?)?"
    r"(?:today|yesterday|this\s+morning|this\s+afternoon|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}|[a-z]{3,9}\s+\d{1,2}(?:st|nd|rd|th)?|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}/\d{1,2}(?:/\d{2,4})?))\s*\)?[.!]?$",
    re.I,
)
# A named person's team typed after their name: "from HR", "on the data team".
_FROM_TEAM = re.compile(r"^(?:from|in|on|of)\s+(?:the\s+)?(?P<team>\S.*)$", re.I)
# What is said of a named person when it is only a team: "payments team", "the risk group",
# "HR" (never "runs UX research for the learning team").
_TEAM_SAID = re.compile(
    r"^(?:the\s+)?(?:[\w&/'’.-]+(?:\s+[\w&/'’.-]+){0,2}\s+(?:team|department|dept|group)|hr|"
    r"finance|legal|compliance|marketing|sales|operations|ops|engineering|product|design|data|"
    r"analytics|it|support|procurement|talent|people ops)$",
    re.I,
)
_TEAM_TYPED = re.compile(r"\b(?:from|in|on|of)\s+(?:the\s+)?(?P<team>[^,;()]+?)\s*$", re.I)
# Someone said to have been there, never a remark about someone already named ("he only
# joined the call at the end"): "there was another person in the room", "someone else sat in".
_SOMEONE_THERE = re.compile(
    r"^(?:(?:and|also|plus)\s+)?(?:there\s+(?:was|were)\s+(?:also\s+)?)?"
    r"(?:another|one\s+more|one\s+other|the\s+other|a|an|some|someone|somebody)\b",
    re.I,
)
_NAME_NOT_CAUGHT = re.compile(
    r"^(?:i\s+)?(?:(?:do\s*n[o']?t|dunno|idk|no idea|not sure|can'?t remember|forgot|"
    r"did\s*n[o']?t (?:catch|get)|no clue|unknown)\b[\w\s'’]*|don'?t know|dont know)[.!?]*$",
    re.I,
)


class Debrief(Part):
    """Collects the debrief in ``data["db"]`` and writes the records once, at the summary."""

    name = "debrief"
    WORDS = "debrief"
    STEPS = STEPS
    TABLE = TABLE
    TEXTS = (
        "aside_over.debrief",
        "date_noted",
        "date_passed_over",
        "date_counted",
        "decision_ask",
        "decision_noted",
        "decision_confirm",
        "decision_passed",
        "decision_before",
        "decision_noted_passed",
        "decision_check_set",
        "check_due_week",
        "check_due_now",
        "them",
        "unnamed_plain",
        "when_planned",
        "debrief_target_refused",
        "target_person",
        "reach_unread",
        "db_company_unread",
        "db_company_needed",
        *(f"wanted.{source}" for source in WORDS_WANTED),
        "db_company_place",
        "person_noted",
        "name_put_right",
        "name_put_right_new",
        "name_fix_back",
        "name_fix_other",
        "person_several",
        "person_next",
        "named_in_story",
        "team_not_person",
        "contact_detail.debrief.person.title",
        "contact_detail.debrief.person.team",
        "remark.debrief.person.name",
        "score.debrief.person.name",
        "remark.debrief.person.title",
        "remark.debrief.person.team",
        "detail.email",
        "detail.link",
        "detail.phone",
        *(f"detail_phrase.{why}" for why in PHRASE_ASKED),
        *debrief_records.TEXTS,
    )
    LABELS = ("another_interview", "decision_unsaid", "decision_check_now")
    # ``sign_as``: the name the student signs their notes with ("" to leave it off).
    FIELDS = ("company", "role", "interview_id", "sign_as")
    DERIVED = ("person", "people_met", "planned_note", "decision_note")
    EXTRAS: ClassVar[Extras] = {
        "date_noted": ("when",),
        "date_passed_over": ("when", "weekday", "this_one"),
        "date_counted": ("when", "since"),
        "decision_noted": ("when",),
        "decision_confirm": ("when",),
        "decision_passed": ("when", "check", "due"),
        "decision_before": ("when", "held"),
        "db_company_unread": ("said",),
        "target_person": ("said",),
        "db_company_place": ("place",),
        "decision_noted_passed": ("when", "check", "due"),
        "decision_check_set": ("when", "check"),
        "when_planned": ("planned",),
        "person_noted": ("who",),
        "name_put_right": ("new", "old"),
        "name_put_right_new": ("new",),
        "name_fix_other": ("who", "old"),
        "person_several": ("first", "rest"),
        "person_next": ("who",),
        "named_in_story": ("names", "first"),
        "team_not_person": ("team",),
        "contact_detail.debrief.person.title": ("detail",),
        "contact_detail.debrief.person.team": ("detail",),
        **{f"detail_phrase.{why}": ("words",) for why in PHRASE_ASKED},
        **debrief_records.EXTRAS,
    }
    BUTTONS = ("pick", "other", "skip", "date", "checknow")

    def has_interviews(self, event: EventData) -> bool:
        return bool(self.c.records("interviews"))

    def begin_debrief(self, event: EventData) -> None:
        self.c.data["db"] = {"people": [], "person": {}}
        aside = self.c.data.get(interview.ASIDE)
        if isinstance(aside, dict) and aside.get("kind") == "debrief":
            # One put aside by /menu: this starts afresh, said so, with the way back to it.
            self.say("aside_over.debrief")

    def interview_choices(self) -> list[Choice]:
        rows = self.c.records("interviews")[-4:]
        buttons = [
            self.button(
                f"{r['company']} · {phrases.role_label(r['role'] or '')}"[:60], f"pick:{r['id']}"
            )
            for r in reversed(rows)
        ]
        return [*buttons, self.choice("another_interview", "other")]

    # -- which interview, and when it was -------------------------------------------------------

    def _picked(self, event: EventData) -> dict[str, Any] | None:
        value = str(event.kwargs.get("value", ""))
        rows = self.c.records("interviews", id=int(value)) if value.isdecimal() else []
        return rows[0] if rows else None

    def picked_debriefed(self, event: EventData) -> bool:
        row = self._picked(event)
        return bool(row and (row["pivoted"] or row["how_it_went"] or people.met(self.c, row["id"])))

    def picked_needs_date(self, event: EventData) -> bool:
        row = self._picked(event)
        planned = row and row["interview_date"]
        return not planned or date.fromisoformat(str(planned)) > reminders.today(self.c)

    def pick_interview(self, event: EventData) -> None:
        row = self._picked(event)
        if row is not None:
            interview.load(self.c, row)
            self.c.data["db"]["interview_id"] = row["id"]

    def not_a_company(self, event: EventData) -> bool:
        text = event.kwargs["text"]
        return not intake.looks_like_name(text) or phrases.non_answer(text)

    def refuse_company(self, event: EventData) -> None:
        text = event.kwargs["text"]
        # A word ("no", "idk"): what is needed is said, not quoted back.
        if intake.looks_like_name(text):
            self.say("db_company_needed")
        else:
            self.say("db_company_unread", said=" ".join(text.split())[:40])
        self.c.ask()

    def ask_words(self, event: EventData) -> None:
        self._said_person(str(event.kwargs.get("text") or ""))
        self.say(f"wanted.{self.c.state}")
        self.c.ask()

    def _day_tail(self, text: str) -> tuple[str, str]:
        """A line with the day it happened typed after it, as (the line without it, the words
        for the day): "Contoso, last Monday" -> ("Contoso", "last Monday"); "Data analyst, it
        was on Friday" -> ("Data analyst", "on Friday"); (text, "") when no past day ends it.
        The words are kept, not the day: "yesterday" is read on the student's clock once their
        time zone is known."""
        found = _DAY_TAIL.match(text.strip())
        if found is None or self.past_day(found["when"]) is None:
            return text, ""
        return found["rest"].strip(" ,;-"), found["when"]

    def day_typed(self, event: EventData) -> bool:
        """Whether the day of the interview was typed with its company or with its role."""
        typed = self._day_tail(str(event.kwargs.get("text") or ""))[1]
        return bool(typed) or bool(self.c.data["db"].get(DAY_TYPED))

    def zone_unknown(self, event: EventData) -> bool:
        return not self.c.zone_known

    def zone_for_day(self, event: EventData) -> None:
        """The day typed with the company or role waits for the student's time zone (asked
        next): "yesterday" at 23:30 UTC is another day in Kolkata. Once it is set, the day is
        read on their clock (``keep_typed_day``) and the pivot question follows."""
        self.c.data[AFTER_ZONE] = "debrief.pivoted"

    def keep_typed_day(self, event: EventData | None) -> None:
        """The day typed with the company or the role, read on the student's clock now, kept as
        the interview's and said back."""
        words = str(self.c.data["db"].pop(DAY_TYPED, "") or "")
        day = self.past_day(words) if words else None
        if day is None:  # no longer a day gone by (the zone moved it): today, as "today" is
            day = reminders.today(self.c)
        self.say("date_noted", when=day.strftime("%A %-d %B"))
        self.c.data["interview_date"] = day.isoformat()
        self.c.data.pop("interview_past", None)
        self.c.update(
            "interviews", int(self.c.data["interview_id"]), interview_date=day.isoformat()
        )

    def keep_db_company(self, event: EventData) -> None:
        interview.begin(self.c)
        # A company typed afresh (/back): a day typed with the one before was that one's.
        self.c.data["db"].pop(DAY_TYPED, None)
        text, words = self._day_tail(event.kwargs["text"])
        if words:
            self.c.data["db"][DAY_TYPED] = words
        # A place typed after the name ("Acme Analytics in Seattle") is kept apart.
        name, place = intake.company_and_place(text)
        self.c.data["company"] = phrases.proper_name(name) or name
        if place:
            self.c.data[intake.PLACE] = place
            self.say("db_company_place", place=place)

    def keep_db_role(self, event: EventData) -> None:
        text, words = self._day_tail(event.kwargs["text"])
        if words:
            self.c.data["db"][DAY_TYPED] = words
        self.c.data["role"] = text
        self.c.data["interview_past"] = True
        db = self.c.data["db"]
        row = {"company": self.c.data["company"], "role": self.c.data["role"]}
        made = db.get(NEW_INTERVIEW)
        if made and self.c.records("interviews", id=made):
            # The company or role changed (/back) before anything else was said of it: the
            # interview added for the first answer is this one, never a second one left over.
            self.c.update("interviews", made, interview_date=None, **row)
            db["interview_id"] = made
        else:
            db["interview_id"] = db[NEW_INTERVIEW] = self.c.add("interviews", **row)
        self.c.data["interview_id"] = db["interview_id"]

    def past_day(self, text: str) -> date | None:
        """The day an interview took place, from what was typed: "Monday" said on a Wednesday is
        the Monday just gone; a day still to come is None."""
        found = parse_date(text, self.c.local_now, past=True)
        if found is None:
            return None
        today, day = reminders.today(self.c), date.fromisoformat(found)
        if day > today and (day - today).days <= 7 and not any(ch.isdigit() for ch in text):
            day -= timedelta(days=7)
        if day > today and not re.search(r"\b\d{4}\b", text):
            # "27 nov" typed on 1 December is the one just gone, not next year's; "3 December"
            # typed on 25 November is still to come.
            try:
                before = day.replace(year=day.year - 1)
            except ValueError:  # 29 February
                return None
            if (today - before).days <= 183:
                day = before
        return day if day <= today else None

    def is_past_day(self, event: EventData) -> bool:
        return self.past_day(str(event.kwargs.get("text", ""))) is not None

    def keep_when(self, event: EventData) -> None:
        today = reminders.today(self.c)
        if event.event.name == "answer":
            day = self.past_day(event.kwargs["text"]) or today
        else:
            day = today - timedelta(days=1 if event.event.name == "yesterday" else 0)
        # Every day is said back the same way, typed or tapped ("Noted: Sunday 29 November."),
        # so a wrong reading is seen before the reminders are timed from it.
        self.say("date_noted", when=day.strftime("%A %-d %B"))
        self.c.data["interview_date"] = day.isoformat()
        self.c.data.pop("interview_past", None)
        self.c.update(
            "interviews", int(self.c.data["interview_id"]), interview_date=day.isoformat()
        )

    def load_people(self, event: EventData) -> None:
        """Adding to a debrief: the people already saved are there to pick from, not re-added."""
        db = self.c.data["db"]
        db["update"] = True
        db["people"] = [
            {"id": row["id"], "name": row["name"], "title": row["title"]}
            for row in people.met(self.c, db["interview_id"])
        ]

    # -- how it went, and who they met ----------------------------------------------------------

    def picked_went_for_job(self, event: EventData) -> bool:
        row = self._picked(event)
        return bool(row and row["path"] == "go")

    def went_for_job(self, event: EventData) -> bool:
        return self.c.data.get("path") == "go"

    def skip_pivot(self, event: EventData) -> None:
        """The go-for-the-job path: no pivot to ask about ("I went for the job itself")."""
        self.c.data["db"]["pivoted"] = "na"

    def keep_pivoted(self, event: EventData) -> None:
        self.c.data["db"]["pivoted"] = event.event.name

    def keep_went(self, event: EventData) -> None:
        self.c.data["db"]["went"] = event.kwargs["text"]

    def _named(self, event: EventData) -> list[str]:
        """The people named in how it went ("talked to Meera and her manager Tom" -> ["Meera",
        "her manager Tom"]), while nobody has been added yet; [] otherwise."""
        db = self.c.data["db"]
        if db.get("people") or db.get("update"):
            return []  # someone has been added already: these are asked about in turn
        went = event.kwargs.get("text") if self.c.state == "debrief.went" else db.get("went")
        return people.named_in_story(str(went or ""))

    def went_named(self, event: EventData) -> bool:
        return bool(self._named(event))

    def named_title_known(self, event: EventData) -> bool:
        named = self._named(event)
        title, team = self._read_known(named[0]) if named else ("", "")
        return bool(team) or (bool(title) and not self._only_does(named[0]))

    def named_team_known(self, event: EventData) -> bool:
        named = self._named(event)
        return bool(named) and bool(self._read_known(named[0])[1])

    def take_named(self, event: EventData) -> None:
        """The people named in how it went, taken as if typed to "Who did you meet?": the
        first is asked about now, the others after, in turn; said back, so a misread is seen."""
        named = self._named(event)
        db = self.c.data["db"]
        db["person"] = {}
        db["queue"] = named[1:]
        self._take_name(named[0], noted=False)
        # Each as read: "James and the procurement contact", never the student's casual words.
        first = self._others(named[:1])
        self.say("named_in_story", names=self._others(named), first=first)

    def needs_target(self, event: EventData) -> bool:
        """They pivoted, or meant to, and no better fit is known: the introduction request and
        the decline need one."""
        pivoted = self.c.data["db"].get("pivoted") in ("yes", "partly", "no")
        return pivoted and not phrases.noun_phrase(self.c.data.get("target") or "")

    def keep_target(self, event: EventData) -> None:
        self.c.data["target"] = event.kwargs["text"]
        self.c.update("interviews", int(self.c.data["interview_id"]), target=event.kwargs["text"])

    def non_answer(self, event: EventData) -> bool:
        """Whether the answer says nothing that could be kept ("idk", "x", "asdf", "?"), or,
        where a team, a title or a kind of work is asked, is a person's name instead ("Mrs. Ana
        Gómez", or the name of someone met)."""
        text = event.kwargs["text"]
        if self.c.state in _WORK_ASKED:
            return intake.not_work(text, self._names_met())
        return phrases.non_answer(text)

    def _names_met(self) -> list[str]:
        """The names of the people met typed so far in this debrief, the one asked about too."""
        db = self.c.data.get("db") or {}
        met = [*db.get("people", []), db.get("person") or {}]
        return [str(p.get("name") or "") for p in met if p.get("name")]

    def _said_person(self, text: str) -> None:
        """Where a team, a title or a kind of work is asked: that ``text`` is a person's name,
        when it is (the question's own refusal follows)."""
        if self.c.state in _WORK_ASKED:
            intake.refuse_person(self, text, self._names_met())

    def not_reach(self, event: EventData) -> bool:
        return not people.reach_details(str(event.kwargs.get("text") or ""))

    def refuse_reach(self, event: EventData) -> None:
        self.say("reach_unread")
        self.c.ask()

    def detail_needs_phrase(self, event: EventData) -> bool:
        """Whether the one thing talked about, as typed, is nothing a thank-you could say
        (only practical points, chat words, or no line to them at all) and has not been asked
        for again yet for this person."""
        person = self.c.data["db"].get("person") or {}
        if person.get(PHRASE_FLAG):
            return False
        return bool(self._phrase_problem(str(event.kwargs.get("text") or "")))

    def _phrase_problem(self, text: str) -> str:
        """Why ``text`` gives a thank-you nothing to say (one of ``PHRASE_ASKED``), or ""."""
        db = self.c.data["db"]
        person = db.get("person") or {}
        met = [str(p.get("name") or "") for p in db.get("people", [])]
        names = [str(self.c.data.get("company") or ""), str(person.get("name") or "")]
        _, detail, why = draft_text.note_topic(text, names, False, met)
        return why if why in PHRASE_ASKED and not detail else ""

    def ask_detail_phrase(self, event: EventData) -> None:
        text = str(event.kwargs["text"])
        why = self._phrase_problem(text)
        self.c.data["db"]["person"][PHRASE_FLAG] = True
        self.c.reoffer(f"detail_phrase.{why}", words=" ".join(text.split())[:80])

    def refuse_target(self, event: EventData) -> None:
        self._said_person(str(event.kwargs.get("text") or ""))
        self.say("debrief_target_refused")
        self.c.ask()

    def keep_person(self, event: EventData) -> None:
        field = self.c.state.rsplit(".", 1)[1]
        self.c.data["db"].pop("queued_closed", None)  # answered for: no longer to reopen
        if field == "name":  # a name answered again (/back) sets the queue afresh
            self.c.data["db"]["queue"] = []
            team = self.c.data["db"].pop(TEAM_ASKED, "")
            if team:  # "Who from the AI and ML team?": their team is that one
                person = self.c.data["db"]["person"]
                person["team"] = re.sub(r"^the\s+", "", team, flags=re.I)
                person[TEAM_ASKED] = True
                # Unnamed with no title typed: "the finance contact", never "the interviewer".
                person["title"] = people.neutral_role(f"someone from {person['team']}")
        if "text" in event.kwargs:
            text = event.kwargs["text"]
            # "priya nair" is written "Priya Nair" in the notes ("Hi Priya,"); a title loses
            # its hedges ("hiring manager for sales i think" -> "sales hiring manager").
            if field == "name":
                if _NAME_NOT_CAUGHT.match(phrases.strip_chat(phrases.strip_emoji(text)).strip()):
                    return  # "dont know": as the "I didn't catch the name" button
                # "omg ok so its sam lee, she runs ux research ...": the name alone, and what
                # else the line says kept as their title; a line with no name in it ("her
                # manager, i dont know the name") keeps them unnamed with what is known.
                # Several people in one line ("marcus (hiring mgr), some guy from the team, and
                # priya"): the first is kept and the rest are said back, to add one at a time.
                # The others are kept in a queue and asked about in turn, after this one.
                # "met sam (recruiter), dana ..., dana offered to intro me to her lead": what
                # else the line tells (an offer, a promise) is noted with the offers, of whoever
                # it names, never read as a person.
                text, asides = people.split_asides(text)
                if asides:
                    db_asides = self.c.data["db"].setdefault("asides", [])
                    db_asides.extend(a for a in asides if a not in db_asides)
                several = people.several_people(text)
                self.c.data["db"]["queue"] = several[1:]
                name, about = self._take_name(several[0] if several else text)
                if several:
                    self.say("person_several", first=name or about, rest=self._others(several[1:]))
                return
            elif field == "team":  # "she's in marketing": the team alone
                text = people.team_said(text) or text
            elif field == "reach":  # "his email is x@y.com": the address alone
                text = people.reach_details(text) or text
            elif field == "title":  # "the tech guy": "technical interviewer"
                text = phrases.job_title(people.title_said(text)) or phrases.strip_end(text)
                text = people.neutral_role(text)
            self.c.data["db"]["person"][field] = text
        if field == "detail":  # on to "Anyone else?" with this person still open
            self.c.data["db"].pop("closed", None)

    def name_corrected(self, event: EventData) -> bool:
        """Whether the line typed puts the name of the person being asked about right ("sorry,
        it's Priya not Oh"), rather than answering the question."""
        return people.name_correction(str(event.kwargs.get("text") or "")) is not None

    def correct_name(self, event: EventData) -> None:
        """The person being asked about renamed as the student put it, said back, and the
        question asked again."""
        fixed = people.name_correction(str(event.kwargs["text"]))
        assert fixed is not None  # as checked by name_corrected
        person = self.c.data["db"]["person"]
        old = str(person.get("name") or "")
        said_old = fixed[1].casefold()
        if old and said_old and said_old not in (old.casefold(), old.split()[0].casefold()):
            # "her name is Priya not Oh" while the questions are about Tom: not Tom's name.
            self.say("name_fix_other", who=old, old=fixed[1])
            self.c.ask()
            return
        honorific, name = people.split_honorific(fixed[0])
        person["name"] = name
        person.pop("honorific", None)
        if honorific:
            person["honorific"] = honorific
        if old and old != name:
            self.say("name_put_right", new=name, old=old)
        else:
            self.say("name_put_right_new", new=name)
        self.c.ask()

    def refuse_name_fix(self, event: EventData) -> None:
        """A name put right where nobody's details are asked: how to go back to it."""
        self.say("name_fix_back")
        self.c.ask()

    def names_a_team(self, event: EventData) -> bool:
        """Whether the answer to "Who did you meet?" names a team and nobody in it ("AI and ML
        team", "the finance department")."""
        return bool(people.team_only(str(event.kwargs.get("text") or "")))

    def ask_who_from_team(self, event: EventData) -> None:
        """A team typed for a person: who from it, a name or a job title; the team is kept for
        whoever is named next."""
        team = people.team_only(str(event.kwargs["text"]))
        self.c.data["db"][TEAM_ASKED] = team
        self.c.reoffer("team_not_person", team=team)

    def team_from_ask(self, event: EventData) -> bool:
        return bool((self.c.data["db"].get("person") or {}).get(TEAM_ASKED))

    def drop_team_asked(self, event: EventData) -> None:
        self.c.data["db"].pop(TEAM_ASKED, None)

    def contact_detail_typed(self, event: EventData) -> bool:
        return bool(people.contact_detail(str(event.kwargs.get("text") or "")))

    def not_a_team(self, event: EventData) -> bool:
        return not people.team_said(str(event.kwargs.get("text") or ""))

    def not_a_title(self, event: EventData) -> bool:
        return people.not_a_title(str(event.kwargs.get("text") or ""))

    def remark_for_person(self, event: EventData) -> bool:
        """Whether the answer to "Who did you meet?" names nobody and is a remark about the
        interview ("she was in the interview as second person"), not a role."""
        text = str(event.kwargs.get("text") or "")
        if _NAME_NOT_CAUGHT.match(phrases.strip_chat(phrases.strip_emoji(text)).strip()):
            return False
        if people.without_presence(text) != text and _SOMEONE_THERE.match(text.strip()):
            return False  # "someone else from the team sat in": someone met, unnamed
        name, _about = people.read_name(text)
        return not name and people.not_a_title(text)

    def score_typed(self, event: EventData) -> bool:
        return phrases.score_only(str(event.kwargs.get("text") or ""))

    def refuse_score(self, event: EventData) -> None:
        self.c.reoffer(f"score.{self.c.state}")

    def refuse_remark(self, event: EventData) -> None:
        self.c.reoffer(f"remark.{self.c.state}")

    def refuse_contact_detail(self, event: EventData) -> None:
        kind = people.contact_detail(str(event.kwargs["text"]))
        detail = self.template(f"detail.{kind}")
        self.c.reoffer(f"contact_detail.{self.c.state}", detail=detail)

    def _take_name(self, text: str, noted: bool = True) -> tuple[str, str]:
        """The person being asked about named by ``text`` as typed ("sam lee, she runs ux
        research"): their name and what else the line says of them (kept as their title), said
        back when read out of more than a name (``noted``), so a misread is seen."""
        person = self.c.data["db"]["person"]
        name, about = people.read_name(text)
        about = re.sub(r"^(?:who|that)\s+", "", about, flags=re.I)
        title, team = self._read_known(text)
        if team:  # "tom from HR": his team, not his title
            person["team"] = team
        if about and (title or not team):
            # "She was from HR, I think senior recruiter" -> "senior recruiter (HR)".
            person["title"] = title
        if name:
            # "Mr. Ramesh Iyer" is Ramesh Iyer, addressed as Mr: the title is kept apart.
            honorific, name = people.split_honorific(name)
            person["name"] = name
            if honorific:
                person["honorific"] = honorific
            elif people.spoken_respect(text) and len(name.split()) == 1:
                person["honorific"] = people.RESPECTED  # "Sir Ramesh": "Dear Ramesh,"
        typed = phrases.person_name(phrases.strip_end(phrases.strip_emoji(text)))
        if noted and (about or (name and name != typed)):
            # Unnamed: said back as their role ("the person from the analytics team (name
            # unknown)"), never in the student's casual words ("some guy").
            if name and title and team:
                # "Rohit Jain from HR, senior recruiter": "Rohit Jain (senior recruiter, HR)".
                said = f"{name} ({title}, {team})"
            elif name:
                said = ", ".join(p for p in (name, people.neutral_role(about)) if p)
            else:
                said = self._unnamed(people.role_said(people.title_said(about)))
            self.say("person_noted", who=said)
        return name, about

    def _known(self, text: str) -> tuple[str, str]:
        """What a name line says of the first person it names, as (title, team): "tom from HR"
        -> ("", "HR"); "Dana Whitfield, VP of Sales" -> ("VP of Sales", ""); ("", "") for a
        name alone or a name not caught. Read as :meth:`keep_person` reads it, without keeping
        anything."""
        if _NAME_NOT_CAUGHT.match(phrases.strip_chat(phrases.strip_emoji(text)).strip()):
            return "", ""
        text, _ = people.split_asides(text)
        several = people.several_people(text)
        return self._read_known(several[0] if several else text)

    @staticmethod
    def _read_known(text: str) -> tuple[str, str]:
        """(title, team) said of one person as typed ("priya the ops lead" -> ("ops lead",
        "")); see :meth:`_known`."""
        name, about = people.read_name(text)
        about = re.sub(r"^(?:who|that)\s+", "", about, flags=re.I)
        if not about:
            return "", ""
        title, on_team = people.title_and_team(about) if name else ("", "")
        if title and _FROM_TEAM.match(about):
            # "Rohit Jain from HR, senior recruiter": his title and his team, both kept (the
            # team as typed, never with an organisation's capitals).
            typed_team = re.search(re.escape(on_team), text, re.I)
            on_team = phrases.acronyms(typed_team.group() if typed_team else on_team).strip()
            return people.neutral_role(phrases.job_title(title) or title), on_team
        team = _FROM_TEAM.match(about) if name else None
        if team:
            # The team as typed ("from the payments team" -> "payments team"), never with the
            # capitals an organisation is given ("from The Payments Team").
            typed = _TEAM_TYPED.search(phrases.strip_end(text))
            return "", phrases.acronyms(typed["team"] if typed else team["team"]).strip()
        # "Priya Shah, PM on the dev education team": her title and her team, neither asked.
        title, on_team = people.title_and_team(about) if name else ("", "")
        if on_team:  # the team as typed, never with an organisation's capitals
            typed_team = re.search(re.escape(on_team), text, re.I)
            on_team = typed_team.group() if typed_team else on_team
            return people.neutral_role(phrases.job_title(title) or title), on_team
        # "Raj (payments team)", "priya, HR": a team or department said of a named person is
        # their team, not their job title.
        only = people.team_only(about) if name and _TEAM_SAID.match(about) else ""
        if only:
            return "", re.sub(r"^the\s+", "", only, flags=re.I)
        # "some woman from marketing": described by her team, which is not asked again.
        where = "" if name else people.described_team(about)
        about = people.title_said(about) if not name else about
        bracket = re.search(r"\(([^()]+)\)$", about) if not name else None
        if bracket and (not where or "," in where):
            where = bracket.group(1)  # "the HR, recruiter": from HR, not asked again
        # "priya the HR lady": kept as a neutral role ("HR contact"), never the casual label.
        role = people.neutral_role(phrases.job_title(about) or about)
        if not name and not where and role != about and role.endswith(" contact"):
            where = role.removesuffix(" contact")  # "the HR lady": her team is HR, not asked
        return role, where

    @staticmethod
    def _only_does(text: str) -> bool:
        """Whether what a name line says of them is what they do ("sam lee, she runs ux
        research"), not a title: their title is still asked."""
        name, about = people.read_name(text)
        return bool(name) and bool(re.match(r"(?:who|that)\s", about, re.I))

    def typed_title(self, event: EventData) -> bool:
        """Whether the name line gave their title (or their team): it is not asked again."""
        text = str(event.kwargs.get("text") or "")
        title, team = self._known(text)
        return bool(team) or (bool(title) and not self._only_does(text))

    def typed_team(self, event: EventData) -> bool:
        """Whether the name line gave their team ("tom from HR"), or their title when their team
        was named just before ("Who from the AI and ML team?": "their lead engineer"): neither
        asked again."""
        text = str(event.kwargs.get("text") or "")
        if self.c.data["db"].get(TEAM_ASKED) and self.typed_title(event):
            return True
        return bool(self._known(text)[1])

    def queued_title_known(self, event: EventData) -> bool:
        queue = self.c.data["db"].get("queue") or []
        if not queue:
            return False
        title, team = self._read_known(queue[0])
        return bool(team) or (bool(title) and not self._only_does(queue[0]))

    def queued_team_known(self, event: EventData) -> bool:
        queue = self.c.data["db"].get("queue") or []
        return bool(queue) and bool(self._read_known(queue[0])[1])

    def has_queue(self, event: EventData) -> bool:
        """Whether people typed in one line with this one are still to be asked about."""
        return bool(self.c.data["db"].get("queue"))

    def next_queued(self, event: EventData) -> None:
        """On to the next person typed in the same line, without "Add someone else": this one
        is closed and kept, the next one's name (or what is known of them) is read and said."""
        db = self.c.data["db"]
        db["people"].append(db.pop("person", {}))
        db["person"] = {}
        text = db["queue"].pop(0)
        db["person"]["queued"] = text
        db["queued_closed"] = True
        name, about = self._take_name(text, noted=False)
        if name:
            who = people.without_name_clause(name)
        else:  # "Next: the person from the team (name unknown)."
            role = people.role_said(people.without_name_clause(people.title_said(about or text)))
            who = self._unnamed(role)
        self.say("person_next", who=who)

    def _unnamed(self, role: str) -> str:
        """Someone unnamed said back: "the panel head (name unknown)"; someone described by
        nothing but their name not caught ("a lady, I did not get her name") is "the person
        whose name you didn't catch", never "the person (name unknown)"."""
        if role.casefold() in ("the person", ""):
            return self.template("unnamed_plain")
        return str(self.template("unnamed_as").format(role=role))

    def requeue_person(self, event: EventData | None) -> None:
        """Drawn again by ``/back`` from the first question about a queued person: the one
        before is open again, and the queued person goes back to the front of the queue."""
        db = self.c.data.get("db") or {}
        if db.pop("queued_closed", None) and db.get("people"):
            queued = (db.get("person") or {}).get("queued")
            if queued:
                db.setdefault("queue", []).insert(0, queued)
            db["person"] = db["people"].pop()

    def _others(self, parts: list[str]) -> str:
        """The people after the first in a line naming several, each as read: "Priya", "some
        guy from the team"; joined "A, B and C"."""
        said = []
        for part in parts:
            name, about = people.read_name(part)
            role = people.role_said(people.without_name_clause(people.title_said(about) or part))
            plain = role.casefold() in ("the person", "")
            said.append(name or (self.template("unnamed_plain") if plain else role))
        return people.joined(said, self.template("and"))

    def next_person(self, event: EventData) -> None:
        # Someone whose name wasn't caught is kept too: they still get a thank-you.
        db = self.c.data["db"]
        db["people"].append(db.pop("person", {}))
        db["person"] = {}
        db["closed"] = True

    def reopen_person(self, event: EventData | None) -> None:
        """Drawn again after the person was closed (``/back`` from the next person's name, or
        from what was offered): that person is the one being answered for again, so a name
        corrected now renames them instead of adding a second contact. Nothing changes when
        the page is only drawn again where it was (``/resume``, a restart)."""
        db = self.c.data.get("db") or {}
        if db.pop("closed", None) and db.get("people"):
            db["person"] = db["people"].pop()

    def unsigned(self, event: EventData) -> bool:
        return "sign_as" not in self.c.data

    def keep_sign(self, event: EventData) -> None:
        # Signed as a name is written: "eli" -> "Eli" (capitals typed are kept).
        typed = phrases.strip_end(phrases.strip_emoji(event.kwargs["text"]))
        self.c.data["sign_as"] = phrases.person_name(typed)

    def skip_sign(self, event: EventData) -> None:
        self.c.data["sign_as"] = ""  # asked: the drafts end with the closing words

    def keep_outcome(self, event: EventData) -> None:
        self.c.data["db"]["outcome"] = event.event.name

    def _decision_in_notes(self, passed: bool = False) -> date | None:
        """The decision date the student already wrote in how it went ("they'll decide by 11
        december"), when it reads as a day from today on; else None. With ``passed``, the day
        they wrote when it has passed already ("by 3 Nov", written on 30 November), else None."""
        went = str((self.c.data.get("db") or {}).get("went") or "")
        found = DECISION.search(went)
        if found is None:
            return None
        now = reminders.local(self.c, self.c.now)
        held = self.c.data.get("interview_date")
        since = date.fromisoformat(held) if held else None
        for when in _BY_WHEN.finditer(went[found.end() : found.end() + 80]):
            said = when["when"] or when["wait"]
            day = parse_date(said, now, since=since, ahead=True)
            if not day or (held and day < held):
                continue  # none, or before the interview itself: not when they will decide
            # A day gone: read from the interview's day ("by 27 nov", debriefed in December),
            # or typed without its year and read as next year's.
            past = day < now.date().isoformat()
            gone = date.fromisoformat(day) if past else self._passed(day, said)
            if gone is not None and held and gone.isoformat() < held:
                continue
            if passed or gone is None:
                return gone if passed else date.fromisoformat(day)
        return None

    def _passed(self, day: str, text: str) -> date | None:
        """The day a decision date means when it has passed, else None: a day before today, or
        one typed without a year that was read as next year's ("3 Nov" typed on 30 November is
        the 3 November just gone, not the one eleven months ahead)."""
        found, today = date.fromisoformat(day), reminders.today(self.c)
        if found < today:
            return found
        if (found - today).days <= 183 or re.search(r"\b\d{4}\b", text):
            return None
        try:
            before = found.replace(year=found.year - 1)
        except ValueError:  # 29 February
            return None
        return before if before < today and (today - before).days <= 183 else None

    def _decision_day(self, event: EventData) -> date | None:
        """The day a decision date typed means: the one gone by when it was read as next
        year's ("20 nov" typed in December), else the day read."""
        day = str(event.kwargs.get("date") or "")
        if not day:
            return None
        return self._passed(day, str(event.kwargs.get("text") or "")) or date.fromisoformat(day)

    def decision_before_interview(self, event: EventData) -> bool:
        held, day = self.c.data.get("interview_date"), self._decision_day(event)
        return bool(held) and day is not None and day < date.fromisoformat(str(held))

    def say_decision_before(self, event: EventData) -> None:
        day, held = self._decision_day(event), date.fromisoformat(self.c.data["interview_date"])
        if day is not None:
            self.c.reoffer(
                "decision_before", when=day.strftime("%A %-d %B"), held=held.strftime("%A %-d %B")
            )

    def decision_passed(self, event: EventData) -> bool:
        day = str(event.kwargs.get("date") or "")
        return bool(day) and self._passed(day, str(event.kwargs.get("text") or "")) is not None

    def say_decision_passed(self, event: EventData) -> None:
        day = self._passed(str(event.kwargs["date"]), str(event.kwargs.get("text") or ""))
        if day is not None:
            self.c.data["db"]["passed"] = day.isoformat()
            self.c.reoffer(
                "decision_passed",
                when=day.strftime("%A %-d %B"),
                check=self._check_when(day),
                due=self._check_due(day),
            )

    def keep_check_now(self, event: EventData) -> None:
        """The decision date has passed: it is kept as said, and the status check comes the
        next working morning (not a week after a day long gone)."""
        db = self.c.data["db"]
        db["decision"], db["check_now"] = str(event.kwargs["value"]), True
        day = date.fromisoformat(db["decision"])
        self.say("decision_check_set", when=day.strftime("%A %-d %B"), check=self._check_when(day))

    def _check_when(self, decision: date) -> str:
        """When the status check on a decision gone by is reminded, said plainly: a week after
        it ("on Monday 7 December at 9 am"), or "tomorrow at 9 am" once that week has gone
        too (as ``debrief_records`` sets it, by ``reminders.status_check_due``)."""
        due = reminders.status_check_due(self.c, decision.isoformat())
        return debrief_records.say_day(self, due)

    def _check_due(self, decision: date) -> str:
        """When the status check is due, after "a polite status check is due": "a week after
        it", or "now" once that week has gone by as well."""
        overdue = reminders.status_check_overdue(self.c, decision.isoformat())
        return self.template("check_due_now" if overdue else "check_due_week")

    def decision_choices(self) -> list[Choice]:
        noted = self._decision_in_notes()
        first: list[Choice] = []
        if noted is not None:
            said = self.template("decision_confirm").format(when=noted.strftime("%A %-d %B"))
            first.append(self.button(said[:60], f"date:{noted.isoformat()}"))
        passed = (self.c.data.get("db") or {}).get("passed") or self._decision_in_notes(True)
        if passed:
            day = passed if isinstance(passed, str) else passed.isoformat()
            first.append(self.choice("decision_check_now", f"checknow:{day}"))
        return [*first, self.choice("decision_unsaid", "skip")]

    def keep_decision(self, event: EventData) -> None:
        self.c.data["db"]["decision"] = event.kwargs["date"]
        self.c.data["db"].pop("check_now", None)
        say_counted(self, event.kwargs)

    def derive(self, name: str) -> Any:
        db = self.c.data.get("db") or {}
        if name == "person":
            # Unnamed: by their role when it is known ("the HR contact"), else "this person".
            person = db.get("person") or {}
            role = people.role_said(str(person.get("title") or ""))
            if role.casefold() == "the person":
                role = ""
            return person.get("name") or role or self.template("them")
        if name == "planned_note":  # a date still to come: the notes are out of date
            planned = self.c.data.get("interview_date")
            if not planned or date.fromisoformat(planned) <= reminders.today(self.c):
                return ""  # no date, or one gone (taken here and come back to with /back)
            day = date.fromisoformat(planned).strftime("%A %-d %B")
            return self.template("when_planned").format(planned=day)
        if name == "decision_note":  # the date their notes already give, to confirm
            noted = self._decision_in_notes()
            passed = self._decision_in_notes(True)
            if noted is None and passed is not None:
                day = passed.strftime("%A %-d %B")
                return self.template("decision_noted_passed").format(
                    when=day, check=self._check_when(passed), due=self._check_due(passed)
                )
            if noted is None:
                return self.template("decision_ask")
            return self.template("decision_noted").format(when=noted.strftime("%A %-d %B"))
        if name == "people_met":
            return debrief_records.names(self, people.met(self.c, db.get("interview_id")))
        return None

    # -- the summary: records and follow-ups ---------------------------------------------------

    def summary_choices(self) -> list[Choice]:
        """The summary's buttons, less "Introduction request" when the pivot never came up
        ("No, the moment didn't come") and nobody offered one: there is none to thank for or
        ask for yet, and the thank-you notes come first."""
        db = self.c.data.get("db") or {}
        pivoted = db.get("pivoted")
        if pivoted is None and db.get("interview_id"):
            rows = self.c.records("interviews", id=int(db["interview_id"]))
            pivoted = rows[0].get("pivoted") if rows else None
        offered = any(o.get("kind") == "introduction" for o in db.get("offers") or [])
        offered = offered or any(
            o["kind"] == "introduction" for o in people.offers(self.c, db.get("interview_id"))
        )
        unasked = pivoted == "no" and not offered
        return [
            Choice(label, value)
            for label, value in self.c.flow.content.state(self.c.state).get("choices", [])
            if not (value == "intro" and unasked)
        ]

    def save_debrief(self, event: EventData | None) -> None:
        interview.drop_aside(self.c, "debrief")
        debrief_records.save(self)

    def show_summary(self, event: EventData | None) -> None:
        """What was saved and the reminders set; drawn again by /resume without saving again."""
        debrief_records.summary(self)


def say_counted(part: Part, answer: dict[str, Any]) -> None:
    """Echo a date answer: "Noted: Friday 11 December."; one counted from the interview's day
    rather than today ("in two weeks", said there) says so, and how to change it."""
    when = date.fromisoformat(answer["date"]).strftime("%A %-d %B")
    if answer.get("since"):
        since = date.fromisoformat(answer["since"]).strftime("%A %-d %B")
        part.say("date_counted", when=when, since=since)
    elif answer.get("passed_over"):  # "next friday" said on a Monday: which one, said
        this_one = date.fromisoformat(answer["passed_over"])
        part.say(
            "date_passed_over",
            when=when,
            weekday=this_one.strftime("%A"),
            this_one=this_one.strftime("%-d %B"),
        )
    else:
        part.say("date_noted", when=when)
