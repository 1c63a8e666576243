"""The words of each draft, built from the records of one interview: a thank-you per person met
(thanking whoever offered something for it, in their own note), the introduction request to
the person who offered it and the outreach note to the person introduced, and the decline to
the recipient the student picked. Every draft is headed with its recipient and signed with the
student's name (``sign_as``, asked at the end of the debrief); a missing piece (a name, the
person to be introduced) is never a "[name]" placeholder: the part asks for it.

Plain functions of the drafts part (its words and conversation)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date
from typing import Any

from bot.flow import Values
from bot.markup import fill, fill_plain
from bot.parts import Extras, Part
from flows.pivot import intake, note_words, people, phrases, reminders, typed
from flows.pivot.debrief_records import is_recruiter, recruiter_met

STYLES = ("normal", "short", "formal")
# What a thank-you says of the path taken: going for the job, the pivot asked about (with the
# better fit, or without one known). Finishing strong or practice adds nothing.
PATH_LINES = (
    "go",
    "pivot",
    "pivot_open",
    "pivot_partly",
    "pivot_partly_open",
    "pivot_unknown",
    "pivot_unknown_open",
)
# How it went, in the student's words, saying the ask was cut short: "we ran out of time",
# "i mentioned it at the very end", "didn't get to ask properly".
_CUT_SHORT = re.compile(
    r"\bran out of time|\bout of time\b|\bno time\b|\bcut (?:it )?short|\bvery end\b|"
    r"\bat the end\b|\brushed\b|\bdid\s*n[o'’]?t get to|\bdidnt get to|\bnever got to",
    re.I,
)
# How a thank-you frames the one thing talked about, besides "thing" and "clause" (see
# phrases.note_detail): a topic, what they explained, a difficulty, a difficulty told, advice
# they gave (valued: "I especially appreciated your advice to learn SQL first").
DETAIL_FORMS = ("topic", "how", "problem", "candid", "advice", "walked")
# "thanks_late": the thank-you more than a day after the interview ("Thank you again for your
# time on Tuesday"), never written as if it were the same day.
# "ask_forward": taking up an offer to pass the student's CV or work on (it goes with it).
KINDS = (
    "thanks",
    "thanks_late",
    "ask_intro",
    "ask_offered",
    "ask_forward",
    "outreach",
    "decline",
    "decline_team",
)
# "decline_team": the decline when the better fit is a team or product (``target_team``): its
# work is what the strengths fit ("the work of the Sustainability Cloud team"), never its name.
# Drafts that name the better fit, each with an ``_open`` form for when none is known: never a
# "[the kind of work you want to do]" to fill in.
OPEN = ("ask_intro", "outreach", "decline")
# The values draft templates may use besides the stored data.
DRAFT_VALUES = (
    "to",
    "greeting",
    "detail_line",
    "promise_line",
    "path_line",
    "offer",
    "offered",
    "connector",
    "connector_start",
    "team_work",
    "at_org",
    "team",
    "day",
    "on_day",
    "the_day",
    "detail",
    "first",
    "formal",
    "pledge",
    "pledge_line",
    "keen",
    "thing",
    "keep_intro",
    "keep_to",
    "hope_line",
    "target_team",
    "me_line",
    "pitch_line",
    "sign_off",
    "sign_off_formal",
    "start_line",
)
# How a note says the student's interest in the company: "keen" (even more interested), or
# "neutral" when they rated the company low (2/5 or less) and named nothing that draws them:
# an enthusiasm they never expressed would read as insincere.
INTEREST = ("keen", "neutral")
# The outreach note's first line, by whether the student's name and the connector's pronoun
# are known.
ME_LINES = ("me_line", "me_line_unnamed", "me_line_open", "me_line_open_unnamed")
ME_VALUES = ("me", "met", "met_start", "pronoun")
TEMPLATES = (
    *(f"draft.{kind}.{style}" for kind in KINDS for style in STYLES),
    *(f"draft.{kind}_open.{style}" for kind in OPEN for style in STYLES),
    *(f"draft.outreach_team.{style}" for style in STYLES),
    *(f"draft.outreach_plain.{style}" for style in STYLES),
    *(f"draft.outreach_plain_open.{style}" for style in STYLES),
    *(f"start_line.{style}" for style in STYLES),
    *(f"start_line_none.{style}" for style in STYLES),
    *(f"start_line_open.{style}" for style in STYLES),
    *(f"detail_line.{style}" for style in STYLES),
    *(f"detail_clause.{style}" for style in STYLES),
    *(f"detail_line.{form}.{style}" for form in DETAIL_FORMS for style in STYLES),
    *(f"path_line.{path}.{style}" for path in PATH_LINES for style in STYLES),
    *(f"path_line.{path}.again.{style}" for path in PATH_LINES for style in STYLES),
    *(f"promise_line.{style}" for style in STYLES),
    *(f"promise_line_done.{style}" for style in STYLES),
    *(f"keep_intro.{style}" for style in STYLES),
    *(f"pledge_line.{style}" for style in STYLES),
    *(f"pledge_sent.{style}" for style in STYLES),
    *(f"greeting.{style}" for style in STYLES),
    *(f"pitch_line.{style}" for style in STYLES),
    *(f"pitch_line_{form}.{style}" for form in ("own", "open", "none") for style in STYLES),
    *(f"hope_line.{style}" for style in STYLES),
    *(f"hope_line_open.{style}" for style in STYLES),
    *(
        f"interest.{kind}.{tone}.{style}"
        for kind in ("thanks", "decline")
        for tone in INTEREST
        for style in STYLES
    ),
)
TEXTS = (
    *TEMPLATES,
    "team_work",
    "team_work_named",
    "team_work_same",
    "greeting.unnamed",
    "greeting.unnamed_hi",
    "greeting.unnamed_role",
    "their_work",
    "sign_off.us",
    "sign_off.gb",
    "sign_off_formal.us",
    "sign_off_formal.gb",
    "to_unnamed",
    "to_unnamed_recruiter",
    "to_unnamed_ask",
    "to_recruiter",
    "offer_intro",
    "offer_intro_done",
    "offer_to",
    "offer_of",
    "offered_intro",
    "offered_to",
    "offered_of",
    "offer_plain",
    "offered_plain",
    "someone",
    "colleague",
    "intro_waiting",
    "intro_waiting_all",
    "outreach_heading_done",
    "the_role",
    "the_recruiter",
    "decline_pending",
    "decline_pending_only",
    "decline_pending_elsewhere",
    "decline_pending_safe",
    "team_not_target",
    "team_not_target_unnamed",
    "unnamed_as",
    "interviewer",
    "and",
    "pledge_today",
    "hope_on_team",
    "hope_working_on",
    "hope_them",
    "learn_how",
    "learn_about",
    "learn_team",
    "learn_that_team",
    "learn_that_work",
    *(f"{line}.{style}" for line in ME_LINES for style in STYLES),
)
EXTRAS: Extras = {
    **{name: DRAFT_VALUES for name in TEMPLATES},
    "greeting.unnamed": (),
    "greeting.unnamed_hi": (),
    "greeting.unnamed_role": ("role",),
    "their_work": ("team",),
    **{f"sign_off{form}.{style}": () for form in ("", "_formal") for style in ("us", "gb")},
    "team_work": (),
    "team_work_named": ("team",),
    "team_work_same": (),
    "to_unnamed": ("role",),
    "to_unnamed_recruiter": ("role",),
    "to_unnamed_ask": ("role", "who"),
    "offer_intro": ("words",),
    "offer_intro_done": ("words",),
    "offer_to": ("words",),
    "offer_of": ("words",),
    "offered_intro": ("words",),
    "offered_to": ("words",),
    "offered_of": ("words",),
    "offer_plain": (),
    "offered_plain": (),
    "intro_waiting": ("asked",),
    "intro_waiting_all": ("asked",),
    "outreach_heading_done": ("to",),
    "the_role": ("role",),
    "decline_pending": ("who", "to", "other"),
    "decline_pending_only": ("who", "to", "first"),
    "decline_pending_elsewhere": ("who", "to"),
    "decline_pending_safe": ("who", "to", "name", "first", "named"),
    "team_not_target": ("who", "team", "target"),
    "team_not_target_unnamed": ("team", "target"),
    "unnamed_as": ("role",),
    "pledge_today": ("pledge",),
    **{f"pledge_sent.{style}": ("thing",) for style in STYLES},
    **{f"hope_line.{style}": ("who", "learn") for style in STYLES},
    "hope_on_team": ("team",),
    "hope_working_on": ("area",),
    "learn_how": ("what",),
    "learn_about": ("area", "whose"),
    "learn_team": ("team",),
    "learn_that_team": (),
    "learn_that_work": (),
    **{f"{line}.{style}": ME_VALUES for line in ME_LINES for style in STYLES},
    **{f"pitch_line.{style}": ("target", "proof") for style in STYLES},
    **{f"pitch_line_own.{style}": ("target", "proof") for style in STYLES},
    **{f"pitch_line_open.{style}": ("proof",) for style in STYLES},
    **{f"pitch_line_none.{style}": () for style in STYLES},
    **{f"start_line.{style}": ("proof", "target_work") for style in STYLES},
    **{f"start_line_none.{style}": ("target_work",) for style in STYLES},
    **{f"start_line_open.{style}": ("proof",) for style in STYLES},
}

Row = dict[str, Any]


def _draft(part: Part, kind: str, style: str, v: Values) -> str:
    """A draft filled in, in the form without a better fit when none is known, ending with the
    name the student signs with, or with its closing words when they left their name off (no
    empty line, never "[your name]")."""
    if kind in OPEN and not v["target_head"]:
        kind += "_open"
    # No emoji in a note to send: "... new grads 🙌." -> "... new grads." (one-line values only,
    # and the spaces around a value, which place it in its sentence, kept).
    tone = "neutral" if lukewarm(v) else "keen"
    base = kind.removesuffix("_open").removesuffix("_late").removesuffix("_team")
    if base in ("thanks", "decline"):
        v["keen"] = fill_plain(part.template(f"interest.{base}.{tone}.{style}"), v)
    names = typed_names([str(v.get("company") or ""), *v.get("typed_names", ())])
    clean = _Written(v, names, proper_names(part))
    return fill(part.template(f"draft.{kind}.{style}"), clean).rstrip()


# Proper nouns written as they are written (see ``reminders.proper_names``).
proper_names = reminders.proper_names


def lukewarm(v: Mapping[str, Any]) -> bool:
    """Whether the student rated the company 2/5 or less and typed nothing that draws them to
    it: their notes then thank without claiming more interest than they have."""
    try:
        fit = int(v.get("company_fit") or 0)
    except (TypeError, ValueError):
        return False
    return 0 < fit <= 2 and not str(v.get("draws") or "").strip()


class _Written(Mapping[str, Any]):
    """A read-only view of a draft's values as a note writes them, each as it is looked up:
    without emoji, with the names the student capitalised elsewhere written so ("kraken" ->
    "Kraken"), and a number before a unit hyphenated where it qualifies a noun ("4 day week" ->
    "4-day week"). Who the note is to and from is left as it is."""

    def __init__(
        self,
        values: Mapping[str, Any],
        names: Sequence[str] = (),
        proper: Callable[[str], str] | None = None,
    ) -> None:
        self._values = values
        self._names = names
        self._proper = proper

    def __getitem__(self, key: str) -> Any:
        value = self._values[key]
        if not isinstance(value, str) or "\n" in value:
            return value
        value = _no_emoji(value)
        if key in ("to", "greeting", "sign_as"):
            return value
        written = compound_modifiers(written_names(value, self._names))
        return self._proper(written) if self._proper else written

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)


# A name the student capitalised mid-sentence: one or more capitalised words ("Kraken",
# "Sustainability Cloud", "AI.Cloud"), not the first word of a sentence.
_CAPITALISED = re.compile(r"(?<![\w'’.-])[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)*")
# A short answer typed in title case throughout, as a job title or a team is ("Head of
# Analytics", "Data & Analytics Practice"): its capitals are the title's, and say of no word in
# it that it is a name ("how the analytics practice supports ..." keeps its small letters).
_TITLE_CASED = re.compile(
    r"[A-Z][\w'’.-]*(?:\s+(?:(?:of|and|for|the|in|on|at|to|&|-|–)\s+)*[A-Z][\w'’.-]*){1,6}"
)
# Capitalised for a reason other than being a name.
_NOT_NAMES = frozenset({"i", "i'm", "i've", "i'd", "i'll", "ok", "okay"})


def typed_names(typed: Sequence[str]) -> list[str]:
    """The names in what the student typed, as they capitalised them, longest first: each run
    of capitalised words not opening a sentence ("the Sustainability Cloud team", "they run on
    Kraken" -> "Sustainability Cloud", "Kraken"), and ``typed[0]`` whole (the company, as
    typed at the intake). A line in capitals throughout names nothing, nor does a short one in
    title case ("Head of Analytics")."""
    found: list[str] = []
    first, rest = (typed[0].strip(), typed[1:]) if typed else ("", ())
    if first and first != first.lower():
        found.append(first.rstrip("."))
    for text in rest:
        if text.upper() == text or _TITLE_CASED.fullmatch(text.strip().rstrip(".")):
            continue  # "Head of Analytics", "Data & Analytics Practice": a title's capitals
        for match in _CAPITALISED.finditer(text):
            before = text[: match.start()].rstrip(" \"'“‘(")
            if not before or before[-1] in ".!?:;\n":
                continue  # opens a sentence: its capital says nothing
            name = match.group().rstrip(".")
            if name.casefold() not in _NOT_NAMES and name not in found:
                found.append(name)
    return sorted(found, key=len, reverse=True)


def written_names(text: str, names: Sequence[str]) -> str:
    """``text`` with each of ``names`` typed in lower case written as the student capitalised
    it elsewhere: "how kraken handles tariffs" -> "how Kraken handles tariffs". A single common
    word ("Data" in "the Data team") is left: "data analytics" stays as it is."""
    for name in names:
        if " " not in name and phrases.word_frequency(name) >= COMMON_WORD:
            continue
        words = r"\s+".join(re.escape(w) for w in name.split())
        pattern = re.compile(rf"(?<![\w'’.-]){words}(?![\w'’-])", re.I)

        def as_typed(found: re.Match[str], name: str = name) -> str:
            return name if found.group() == found.group().lower() else found.group()

        text = pattern.sub(as_typed, text)
    return text


# How often a word must be met in the English word list to be a common word rather than a
# name ("cloud", "data", "notion"; "kraken", "tableau", "python" are rarer).
COMMON_WORD = 2000


# A number and a unit before the noun they qualify: "a 4 day week", "a 30 minute call".
_COMPOUND = re.compile(
    r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|half)\s+"
    r"(day|week|month|year|hour|minute|person|step|stage|part|page|point|year-old)\s+"
    r"(?!(?:a|an|the|of|ago|later|earlier|before|after|in|on|at|to|for|with|and|or|but|is|"
    r"are|was|were|from|by|per|each|every|off|early|late|long|old|away)\b)(?=[a-z])",
    re.I,
)


def compound_modifiers(text: str) -> str:
    """A number and unit qualifying a noun hyphenated: "a 4 day week" -> "a 4-day week", "two
    week sprints" -> "two-week sprints"; "4 days a week" and "two weeks ago" stay."""
    return _COMPOUND.sub(lambda m: f"{m.group(1)}-{m.group(2)} ", text)


def _no_emoji(text: str) -> str:
    """``text`` without emoji; unchanged (its spacing too) when it has none."""
    if phrases.strip_emoji(text) == phrases.tidy(text):
        return text
    stripped = text.strip()
    return text[: text.index(stripped)] + phrases.strip_emoji(stripped) + text[len(text.rstrip()) :]


def _t(part: Part, name: str, **values: str) -> str:
    """A text filled as plain words (it goes into a draft, which escapes it once)."""
    return fill_plain(part.template(name), values)


def addressed(part: Part, person: Row | None, style: str, v: Values) -> None:
    """Set ``to`` (the heading) and ``greeting`` for a draft to ``person`` (None: the
    recruiter): "Hi Sam," or, more formally, "Dear Sam Patel,"; "Dear Dr Okafor," in every
    style when the student typed a title; "Hello," to someone whose name is not known."""
    name = str((person or {}).get("name") or "")
    if not name:
        role = people.role_of(person or {}, part.template("interviewer"))
        # The recruiter is not sent to themselves for their own name: the invitation is.
        unnamed = "to_unnamed_recruiter" if person and is_recruiter(person) else "to_unnamed"
        # The recruiter met and named is who to ask: "ask Priya for their name".
        ask = recruiter_met(part, person) if unnamed == "to_unnamed" else ""
        if person and ask:
            v["to"] = _t(part, "to_unnamed_ask", role=people.lower_first(role), who=ask)
        elif person:
            v["to"] = _t(part, unnamed, role=people.lower_first(role))
        else:
            v["to"] = part.template("to_recruiter")
        # Beside a note greeting someone by name, alike with it ("Hi there," beside "Hi
        # Priya,"); alone, "Hello,".
        alike = bool(v.get("greet_alike"))
        v["greeting"] = (
            unnamed_greeting(part, person, style) if alike else part.template("greeting.unnamed")
        )
        return
    honorific = str((person or {}).get("honorific") or "")
    if honorific == people.RESPECTED:
        # "Sir Ramesh": a first name said with respect, greeted "Dear Ramesh," in every style
        # (never "Mr Ramesh": Ramesh is no surname).
        v["to"] = name
        v["greeting"] = fill_plain(part.template("greeting.formal"), formal=name)
        return
    # The heading names them as the note addresses them: "To Dr Tom Okafor".
    v["to"] = f"{honorific} {name}" if honorific else name
    # A title the student typed ("Mr. Ramesh Iyer", "Dr Tom Okafor") is how they address this
    # person: every note greets them formally ("Dear Dr Okafor,"), never by first name alone.
    # Typed apart from the name at the debrief ("Mr. Ramesh Iyer sir" -> Ramesh Iyer, Mr).
    titled = len(name.split()) > 1 and name.split()[0].lower().rstrip(".") in people.HONORIFICS
    formal = f"{honorific} {name.split()[-1]}" if honorific else people.formal_name(name)
    greeting = part.template("greeting.formal" if titled or honorific else f"greeting.{style}")
    v["greeting"] = fill_plain(greeting, first=people.first_name(name), formal=formal)


# Words a role keeps in lower case when it is a salutation ("Dear Head of Ecommerce,").
_SMALL_WORDS = frozenset({"of", "and", "for", "the", "in", "on", "at", "to", "a", "an"})


def unnamed_greeting(part: Part, person: Row | None, style: str) -> str:
    """The greeting to someone whose name is not known, alike with the notes beside it: "Hi
    there," where a named person gets "Hi Priya,"; formally, "Dear Hiring Manager," by their
    role (a short one, as a salutation names it); "Hello," when no such role is known."""
    if style != "formal":
        return part.template("greeting.unnamed_hi")
    role = people.role_of(person or {}, "").strip()
    role = re.sub(r"(?i)^(?:the|a|an)\s+", "", role)
    words = role.split()
    if person is None or not words or len(words) > 4 or not re.fullmatch(r"[A-Za-z &/-]+", role):
        return part.template("greeting.unnamed")
    title = " ".join(
        w.lower() if i and w.lower() in _SMALL_WORDS else w[:1].upper() + w[1:]
        for i, w in enumerate(words)
    )
    return fill_plain(part.template("greeting.unnamed_role"), role=title)


def _offer_phrase(part: Part, offer: Row, kind: str) -> str:
    """``kind`` "offer": "your offer to introduce me to Joy Chen"; "offered": "offered to
    introduce me to Joy Chen, who leads merchandising analytics" (after "You")."""
    form, words = people.offer_form(offer)
    if form == "intro":  # said to whoever offered: "the friend in AI team" is "your friend"
        words = to_connector(str(offer.get("to_name") or ""), str(offer.get("to_role") or ""))
    if kind == "offer" and form == "intro":
        words = str(offer.get("to_name"))
        if offer.get("status") == "done":  # made already: "introducing me to Sam Okafor"
            return _t(part, "offer_intro_done", words=words)
    if form == "plain":  # typed so it fits no sentence: thanked for without pasting it in
        return part.template(f"{kind}_plain")
    # Said to whoever offered: "an old colleague of hers" is "an old colleague of yours".
    words = re.sub(r"(?i)\bof\s+(?:hers|his)\b", "of yours", words)
    return _t(part, f"{kind}_{form}", words=words)


# How the student described the person to be introduced, from the connector's side: "the
# friend in AI team", "her old colleague on the data team", "their manager".
_RELATED = re.compile(
    r"^(?:(?:the|his|her|their|your)\s+)(?P<rel>(?:(?:old|former|good|close)\s+)?"
    r"(?:friend|colleague|coworker|co-worker|contact|manager|boss|mentor|teammate|"
    r"sister|brother|cousin|partner|classmate|neighbou?r))"
    r"(?:\s+(?:in|on|from|at)\s+(?:(?:the|his|her|their|your)\s+)?"
    r"(?P<team>[\w.&'-]+(?:\s+[\w.&'-]+){0,2}?\s+(?:team|unit|group|department)))?"
    r"(?P<rest>.*)$",
    re.I,
)


def to_connector(name: str, role: str) -> str:
    """The person introduced as said to whoever offered the introduction: ("Arjun", "the
    friend in AI team") -> "your friend Arjun on the AI team"; ("Joy Chen", "who leads
    merchandising analytics") -> "Joy Chen, who leads merchandising analytics"; the student's
    slips mended (``typed.repair``)."""
    found = _RELATED.match(role.strip().rstrip(".,;"))
    if found is None:
        return people.introduced_to({"to_name": name, "to_role": role})
    team = f" on the {found['team']}" if found["team"] else ""
    rest = to_them_only(found["rest"].strip(" ,"))
    rest = f", {typed.repair(rest)}" if rest else ""
    return f"your {found['rel'].lower()} {name}{team}{rest}"


def to_them_only(words: str) -> str:
    """Words about the connector said to them: "his team" -> "your team"; "their" stays (it
    may be someone else's)."""
    return re.sub(r"\b(?:his|her)\b", "your", words)


def connector(part: Part, person: Row | None) -> tuple[str, str]:
    """Who connected the student, mid-sentence and at the start of one: "Sam", "Sam"; or for
    someone whose name was not caught, "a colleague of yours", "A colleague of yours"."""
    if person and person.get("name"):
        first = people.first_name(str(person["name"]))
        return first, first
    colleague = part.template("colleague")
    return colleague, people.upper_first(colleague)


def full_name(person: Row | None) -> str:
    """Someone named as an introduction names them to a stranger: their name in full, as a
    peer would say it in a sentence ("I met Anjali Rao"), never with the title the student
    typed ("Ms.", "Dr"), which is for a formal salutation alone; a surname alone keeps its
    title ("Prof Mensah"), never the bare surname; "" when their name is not known."""
    words = str((person or {}).get("name") or "").split()
    while len(words) > 2 and words[0].lower().rstrip(".") in people.HONORIFICS:
        words = words[1:]
    honorific = str((person or {}).get("honorific") or "")
    if len(words) == 1 and honorific not in ("", people.RESPECTED):
        return f"{honorific} {words[0]}"
    return " ".join(words)


def asked_as(part: Part, person: Row | None) -> str:
    """Whom the student asked, as they would say it: "Sam", "the hiring manager"."""
    if person is None:
        return part.template("the_recruiter")
    if person.get("name"):
        return people.first_name(str(person["name"]))
    role = people.role_of(person, part.template("interviewer"))
    return part.template("the_role").format(role=people.lower_first(role))


def thank_you(
    part: Part,
    style: str,
    person: Row,
    offers: list[Row],
    v: Values,
    left: list[tuple[str, str]] | None = None,
) -> str:
    """One thank-you note: the one thing talked about with this person (only when it can be
    said to them as a sentence), their own offers thanked for once, what the student promised
    them, and the word on the better fit only to whoever heard the ask (see :func:`path_line`).
    What the student typed for them and the note does not say is added to ``left`` as (why,
    typed): why one of ``LEFT_OUT`` or "promise" (a promise that could not be said to them),
    so the page can say so."""
    addressed(part, person, style, v)
    theirs = [o for o in offers if o.get("contact_id") == person.get("id")]
    # Typed to finish "I especially enjoyed ...", said to this person: "his team" is "your
    # team", "abt" is "about", "sam lee" is "Sam Lee"; a promise the student typed there is said
    # as one; a first-person account, or an offer already thanked for below, is left out.
    met = [str(row.get("name") or "") for row in people.met(part.c, person.get("interview_id"))]
    names = [
        str(v.get("company") or ""),
        *(str(o.get("to_name") or "") for o in offers),
        *(people.organisation_in(o.get("to_role")) or "" for o in offers),
    ]
    talked = str(person.get("talked_about") or "")
    introduced = [str(o.get("to_name") or "") for o in theirs]
    # "how they onboard teams, and i said id send him my post": the promise is said once, as
    # the promise line, never inside the topic as well.
    talked, promised_there = split_promise(talked)
    # "the timeline for decisions, he said theyd decide by dec 11": the topic is what the
    # note is about; what they said after it is left out, and the page says so of that part.
    talked, heard_there = split_heard(talked)
    if heard_there and left is not None:
        left.append(("logistics" if _LOGISTICS.search(heard_there) else "unclear", heard_there))
    form, detail, why = note_topic(talked, names, bool(theirs), met, introduced)
    if form != "promise":  # said to the company's own people: the company is "you"
        detail = phrases.company_addressed(detail, str(v.get("company") or ""))
    if why and left is not None:
        left.append((why, talked))
    # Each promise with its follow-up row (None: typed inside the detail, with no row).
    row = _promise_row(part, person)
    pledges: list[tuple[str, Row | None]] = [(str(row["note"]), row) if row else ("", None)]
    if promised_there:
        pledges.insert(0, (promised_there, None))
    if form == "promise":
        pledges.insert(0, (detail, None))
        form, detail = "", ""
    line = "detail_clause" if form == "clause" else "detail_line"
    if form in DETAIL_FORMS:
        line = f"detail_line.{form}"
    # Pieces of a draft are plain words: the draft escapes them once, when it is filled.
    v["detail_line"] = _t(part, f"{line}.{style}", detail=detail) if detail else ""
    rows = people.met(part.c, person.get("interview_id"))
    heard = _heard_the_ask(person, offers, met, str(v.get("how_it_went") or ""), rows)
    line = "" if heard is False else path_line(part, style, v, bool(heard), bool(theirs))
    # No two notes of one debrief share this sentence: a later note says it in other words.
    shared = v.get("said_lines")
    if isinstance(shared, list):
        if line and line in shared:
            line = path_line(part, style, v, bool(heard), bool(theirs), again=True)
        shared.append(line)
    v["path_line"] = line
    # Someone met outside the role's panel, on the team of the student's better fit: the note
    # thanks them for talking about their work, never about the role they did not interview for.
    team = _TEAM_END.sub("", _DETERMINER.sub("", str(person.get("team") or "").strip()))
    if (
        team
        and str(v["path"] or "") == "pivot"
        and v["target_work"]
        and _same_work(team, str(v["target_work"]))
    ):
        work = _t(part, "their_work", team=people.lower_first(team))
        v["the_role"] = v["the_position"] = work
    v["offer"] = part.template("and").join(_offer_phrase(part, o, "offer") for o in theirs)
    # Every offer of theirs carried out already: thanked as done, with nothing to follow up.
    made = all(o.get("status") == "done" for o in theirs)
    thanked = f"promise_line_done.{style}" if made else f"promise_line.{style}"
    v["promise_line"] = fill_plain(part.template(thanked), v) if theirs else ""
    said: list[str] = []
    sent: list[str] = []
    # The day the note goes out: today, or the morning its reminder is set for. A promise due
    # by then is kept in the note itself, never promised for the day it is read.
    send_day = reminders.thanks_day(part.c, person.get("interview_id"))
    for text, kept in pledges:
        gone, one, thing = _pledged(part, text, str(person.get("name") or ""), send_day)
        if text and not one and left is not None:  # never dropped without a word
            left.append(("promise", text))
        if thing and kept is not None and added(part, kept):
            # The student said it is in the note ("I've added my portfolio link"): included.
            if thing.casefold() not in (t.casefold() for t in sent):
                sent.append(thing)
                if left is not None:  # the page says to paste it in before sending
                    left.append(("attach", thing))
            continue
        if thing and kept is not None and left is not None:
            # It could go with the note, but the note never says so until the student has
            # added it: the page offers to (see ``offered_things``).
            left.append(("offer", thing))
        if one and gone:  # its day has come or gone by: never promised for that day
            one = _t(part, "pledge_today", pledge=one)
        if one and one.casefold() not in (s.casefold() for s in said):
            said.append(one)
    v["pledge"] = part.template("and").join(said)
    v["pledge_line"] = fill_plain(part.template(f"pledge_line.{style}"), v) if said else ""
    if sent:
        thing = part.template("and").join(sent)
        v["pledge_line"] += _t(part, f"pledge_sent.{style}", thing=thing)
    return _draft(part, "thanks_late" if v.get("late") else "thanks", style, v)


def unsure_in_note(talked: str, note: str) -> list[str]:
    """The words of ``talked`` (typed for "one specific thing you talked about") that ``note``
    uses as typed although they may be a slip, for the page to name so the student checks them:
    a word whose fix is not certain ("your advise" -> ["advise"]) and a slip of a second
    language that the note says as typed ("for apply"); never one that was mended ("advices",
    "before to apply": see ``typed.mended``) or left out of the note."""
    said = typed.mended(talked)
    found = phrases.unsure_words(said)
    low = note.casefold()
    for slip in typed.slips(said):
        if slip.casefold() in low and slip.casefold() not in (w.casefold() for w in found):
            found.append(slip)
    return found


# Where a promise joins what was talked about: ", and i said id send him ...", "; also I
# promised ...", " and I told her I'll ...".
_PROMISE_JOINT = re.compile(
    r"\s*[,;]\s*(?:(?:and|also|so|plus)\s+)?(?:also\s+)?|\s+(?:and|so|plus)\s+(?:also\s+)?",
    re.I,
)
_PROMISE_START = re.compile(
    r"(?:i\s+(?:said|told|promised|offered|agreed|mentioned)|i\s*(?:'ll|’ll)\s|i\s+will\s|"
    r"i'?m\s+going\s+to\s|ill\s)",
    re.I,
)


def split_promise(talked: str) -> tuple[str, str]:
    """What was talked about, as typed, split from a promise of the student's typed after it in
    the same sentence: ``(topic, promise)`` ("we talked about how they onboard teams, and i
    said id send him my post" -> ("we talked about how they onboard teams", "i said id send
    him my post")); ``(talked, "")`` when no part of it after the start is a promise that can
    be said to them (see ``phrases.pledge``). A note typed as a promise alone is left whole:
    ``note_topic`` says it as one."""
    for joint in _PROMISE_JOINT.finditer(talked):
        tail = talked[joint.end() :]
        if joint.start() and _PROMISE_START.match(tail) and phrases.pledge(tail):
            return talked[: joint.start()].rstrip(" ,;"), tail
    return talked, ""


# What someone said, typed after the topic it was said about: ", he said ...", " - she
# mentioned ...", " when he told me ...", "; they explained ...".
_HEARD_JOINT = re.compile(
    r"(?:\s*[,;:]\s*|\s+[-–—]+\s+|\s+(?:when|where|and|as)\s+)(?:and\s+|when\s+|also\s+)?"
    r"(?:he|she|they|you|(?:the\s+)?(?:recruiter|interviewer|manager))\s+(?:also\s+)?"
    r"(?:said|says|mentioned|told\s+me|explained|shared|confirmed|added|noted)\b",
    re.I,
)


def split_heard(talked: str) -> tuple[str, str]:
    """What was talked about, as typed, split from what the person said, typed after it:
    ``(topic, clause)`` ("the timeline for decisions, he said theyd decide by dec 11" ->
    ("the timeline for decisions", "he said theyd decide by dec 11")); ``(talked, "")`` when
    no topic comes before such a clause. A note never pastes the clause after "about"."""
    found = _HEARD_JOINT.search(talked)
    if found is None or not found.start():
        return talked, ""
    if phrases.tells_an_offer(talked[found.start() :]):  # an offer: its own line thanks for it
        return talked, ""
    topic = talked[: found.start()].rstrip(" ,;:-–—")
    if len(re.findall(r"[\w'’]+", topic)) < 2:
        return talked, ""
    return topic, talked[found.start() :].strip(" ,;:-–—")


# Why a typed detail is left out of a note, in whole or in part (see note_topic).
LEFT_OUT = ("logistics", "rough", "praise", "remark", "unclear")


def note_topic(
    talked: str,
    names: Sequence[str],
    offered: bool,
    met: Sequence[str] = (),
    introduced: Sequence[str] = (),
) -> tuple[str, str, str]:
    """The one thing talked about (``talked``, as typed) as a thank-you says it, with why any
    of it is left out: ``(form, detail, why)``, ``form`` and ``detail`` as
    ``phrases.note_detail`` gives them, repaired and trimmed to the topic; ``why`` one of
    ``LEFT_OUT`` when some or all of it is not said ("logistics": a practical point of the
    process, such as the timeline or a decision date, which no note "enjoyed"; "rough": chat
    words like "stuff" that no note repeats; "praise": what they said of the student's own
    work, which reads as boasting; "remark": a remark on the role, such as "it's mostly cold
    calls", which no thank-you repeats; "unclear": nothing could be said to them), ""
    otherwise.
    An offer thanked for elsewhere in the note is not reported as left out."""
    if _NOTHING_SAID.match(phrases.strip_end(talked).strip()):
        return "", "", ""  # "nothing much": no topic, never "our conversation about nothing much"
    # "it was mostly about their GitHub workflow", "we mainly talked about X": what the talk
    # was about is the topic ("our conversation about your GitHub workflow"), never a clause
    # pasted after "I enjoyed".
    talked = _WAS_ABOUT.sub("about ", talked.strip(), count=1)
    talked = split_heard(talked)[0]  # "X, he said ...": the topic is X
    # "her advices about to learn Power BI before to apply in the energy team": the slips of a
    # second language whose meaning is certain, written as meant ("her advice to learn Power BI
    # before applying to the energy team"); any other is named on the page (``typed_unsure``).
    talked = typed.mended(talked)
    # "abt there kafka pipeline": "their", a slip no note keeps.
    form, detail = phrases.note_detail(
        _THEIR_SLIP.sub("their ", talked), names, offered, met, introduced
    )
    # "..., it was very interesting": the student's view of the talk, never the topic itself.
    detail = _APPRAISED.sub("", detail).rstrip(" ,;")
    # "asked loads about", "be jan", "to cloud practice head": written as a note writes them.
    detail = note_words.article_for_roles(note_words.mend_casual(detail))
    if form == "clause":  # "you told joining date will be jan": what was heard, or left out
        heard_form, heard_text = note_words.reported(detail, _LOGISTICS)
        if heard_text and not heard_form:
            return "", "", heard_text
        if heard_form:
            form, detail = heard_form, heard_text
    if form in ("topic", "problem"):  # "about the team culture": what follows "about"
        detail = re.sub(r"^(?:about|regarding)\s+", "", detail, flags=re.I)
    # "there is a new office in Pune": the topic is "the new office in Pune".
    there = _THERE_IS.sub("the ", detail) if form in ("topic", "clause") else detail
    if there != detail:
        form, detail = "topic", there
    # What was left of "your advice on X, oh and she said she'd ..." once the offer is cut:
    # no filler left dangling at its end ("your advice on X, oh").
    detail = _DANGLING.sub("", detail)
    if form == "promise":
        return form, detail, ""
    why = ""
    kept = _PRAISED.sub("", detail).rstrip(" ,;")
    if kept != detail:
        why, detail = "praise", kept
    topic = topic_only(detail)
    if detail and not topic and _NEGATIVE.search(detail):
        why = why or "remark"  # "the job is basically cold calls": never repeated to them
    detail = _AND_STUFF.sub("", topic).rstrip(" ,;")
    if detail and form in ("topic", "problem", "clause"):  # "your advice on ..." is theirs
        detail, dropped = _without_logistics(detail)
        why = why or dropped
    if detail and _ROUGH.search(detail):
        return "", "", "rough"
    if not detail:
        # Nothing said of it: why, unless it told an offer, which its own line thanks for.
        told = talked.strip() and not phrases.non_answer(talked) and not offered
        return "", "", why or ("unclear" if told and not phrases.tells_an_offer(talked) else "")
    detail = their_work(detail) if form in ("clause", "how", "candid", "thing") else detail
    heard = _TOLD_ME.match(detail) if form == "clause" else None
    if heard:  # "you told me about your genAI project": what was heard, "hearing about ..."
        form, detail = "thing", f"hearing {heard['rest']}"
    heard_of = _HEARING_ABOUT.match(detail) if form == "thing" else None
    if heard_of:  # "hearing about the joining formalities": a point of the process, as above
        kept, dropped = _without_logistics(heard_of["rest"])
        detail, why = (f"{heard_of['lead']}{kept}" if kept else ""), why or dropped
        if not detail:
            return "", "", why
    if form == "topic" and _HOW_START.match(detail):
        form = "how"  # "how you ramp new AEs", once the topic is trimmed to it
    if form == "topic":  # said after "our conversation about": "about" never twice
        detail = _INFO_ABOUT.sub("", detail)  # "the information about X": the topic is X
        detail = _INNER_ABOUT.sub(_on_not_about, detail)  # "your plans about X": "your plans on X"
    if form == "thing" and _ADVICE_GIVEN.match(detail):
        form = "advice"  # "your advice to learn Power BI": valued, never "enjoyed"
    # "the twilio tutorials": a product named as it is written, as the promise line names it;
    # "for Big Billion Days sale": a named event said with its article, "for the Big ...".
    return form, _NAMED_EVENT.sub(_event_articled, phrases.names_written(detail)), why


# What they told, named as told rather than as the topic: "the information about the graduate
# programme" is about the graduate programme.
_INFO_ABOUT = re.compile(
    r"^(?:(?:the|some|all\s+the|your)\s+)?(?:information|info|details|news)\s+(?:about|on|"
    r"regarding)\s+(?=\S)",
    re.I,
)
# "about" inside a topic after a noun ("your plans about the expansion"), which the note's own
# "our conversation about" would double: "on". Never after a verb or at the end ("the book
# you told me about", "what you think about", "hearing about").
_INNER_ABOUT = re.compile(r"(?<=\w)(?P<before>\s+[\w'’]+)\s+about\s+(?=\S)")
_NOT_A_NOUN = frozenset(
    re.findall(
        r"\w+",
        "talk think know care hear learn read said says knew felt feel worry wonder write wrote "
        "spoke speak asked ask told me more less much all just only what how that this them you us "
        "it was is are were",
    )
)


def _on_not_about(found: re.Match[str]) -> str:
    """ "plans about X" -> "plans on X"; "about" kept after a verb or a pronoun."""
    word = found["before"].strip().casefold()
    if word in _NOT_A_NOUN or word.endswith(("ing", "ed")):
        return found.group()
    return f"{found['before']} on "


# Advice given to the student, which a note values: "your advice to learn Power BI", "the tips
# on networking you gave me".
_ADVICE_GIVEN = re.compile(
    r"^(?:your|the)\s+(?:[\w'’-]+\s+){0,2}?(?:advice|tips?|suggestions?|recommendations?)\b",
    re.I,
)


def _event_articled(found: re.Match[str]) -> str:
    """ "for Big Billion Days sale" -> "for the Big Billion Days sale"; unchanged inside a name
    ("the Festival of Lights campaign": "of" follows a capitalised word)."""
    before = found.string[: found.start()].split()
    if before and before[-1][:1].isupper():
        return found.group()
    return f"{found.group(1)} the {found.group(2)}"


# A named event, launch or project typed without its article after a preposition: "for Big
# Billion Days sale", "during Prime Day event", "for End of Reason sale" ("Flipkart's sale" has
# its own determiner).
_NAMED_EVENT = re.compile(
    r"\b(for|during|in|on|about|before|after|around|of|from)\s+"
    r"((?:[A-Z][\w&.-]*(?<!['’]s)\s+(?:(?:of|and|the|on)\s+(?=[A-Z]))?)+(?:sale|sales|event|launch|campaign|festival|season|"
    r"project|programme|program|hackathon|conference|summit|release|rollout|migration)\b)"
)
# Nothing particular talked about: "nothing much", "not really anything", "can't remember".
_NOTHING_SAID = re.compile(
    r"^(?:(?:nothing|not)\s+(?:much|really|specific|special|in\s+particular)(?:\s+(?:really|"
    r"tbh|honestly))?|nothing|not\s+really(?:\s+anything)?|(?:i\s+)?(?:can'?t|cannot|don'?t)\s+"
    r"(?:remember|recall)|just\s+(?:general|small)\s+(?:chat|talk)|general\s+chat|"
    r"small\s+talk)[.!]*$",
    re.I,
)
# How the student says what the talk was about, before the topic: "it was mostly about",
# "the chat was mainly on", "we mostly talked about", "mainly about", "talked a lot about".
_MOSTLY = r"(?:(?:mostly|mainly|largely|all|basically|really|just|primarily|a\s+lot)\s+)?"
_WAS_ABOUT = re.compile(
    r"^(?:(?:it|that|the\s+(?:talk|chat|conversation|call|interview|discussion|meeting))"
    rf"\s*(?:was|were|['’]s)\s+{_MOSTLY}(?:about|around|on)"
    rf"|(?:(?:we|i)\s+)?{_MOSTLY}(?:talked|spoke|chatted|discussed)\s+{_MOSTLY}(?:about|on)"
    r"|(?:mostly|mainly|largely|primarily)\s+(?:about|on))\s+(?=\S)",
    re.I,
)
# The student's view of the talk added after its topic: ", it was very interesting", "; that was
# really insightful", "and it was super helpful", ", was super cool" (typed fast). A note says the topic, not a review of it.
_APPRAISED = re.compile(
    r"(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)(?:(?:it|that|this|which)(?:'s|’s|\s+is|\s+was|\s+were)|"
    r"was|is)\s+"
    r"(?:(?:very|really|so|super|quite|pretty|extremely|truly|genuinely|also|such\s+an?)\s+)*"
    r"(?:interesting|insightful|useful|helpful|fascinating|great|cool|amazing|awesome|"
    r"eye[- ]opening|inspiring|informative|impressive|nice|good|fun|valuable|enlightening|"
    r"exciting|engaging|new\s+to\s+me)\b.*$",
    re.I,
)
# A clause about the student's own work being praised, said to the person: "and you liked my
# hackathon guide story", "you were impressed by my portfolio": a thank-you never repeats it.
_PRAISED = re.compile(
    r"(?:^|[\s,;]+(?:(?:and|but|plus|also|so)\s+)?)you\s+(?:\w+ly\s+)?(?:also\s+)?"
    r"(?:(?:said|told\s+me|mentioned)\s+(?:that\s+)?you\s+(?:\w+ly\s+)?)?"
    r"(?:(?:liked|loved|enjoyed|praised|complimented|admired|appreciated|(?:was|were|seemed)\s+"
    r"(?:really\s+|very\s+)?impressed)\b[^,;]*?|(?:said|thought)\s+(?:that\s+)?)\bmy\b.*$",
    re.I,
)
# Filler closing a topic typed in chat: "their Kafka migration and stuff", "etc".
_AND_STUFF = re.compile(
    r"[\s,]+(?:(?:and|n|&)\s+(?:stuff|things|all\s+that|so\s+on|the\s+like)(?:\s+like\s+that)?|"
    r"etc\.?|and\s+everything)\s*$",
    re.I,
)
# Chat words no note says, which cannot be mended without knowing what was meant: "bond stuff".
_ROUGH = re.compile(
    r"\b(?:stuff|lol|haha|lmao|ngl|tbh|kinda|sorta|gonna|wanna|ya|yeah|u|ur|pls|plz|thx|bcoz|"
    r"coz|cuz)\b",
    re.I,
)
_HOW_START = re.compile(r"^how\s", re.I)
_HEARING_ABOUT = re.compile(r"^(?P<lead>hearing\s+about\s+)(?P<rest>\S.*)$", re.I)
_THERE_IS = re.compile(r"^there(?:'s|’s|\s+is|\s+are|\s+was|\s+were)\s+(?:a|an|some)\s+", re.I)
# "there" typed for "their" before what they own: "there kafka pipeline", "there team".
_THEIR_SLIP = re.compile(
    r"\bthere\s+(?!(?:is|are|was|were|will|would|has|have|had|and|or|but|to|in|on|at|for|it|"
    r"too|as|so|then|a|an|the|be|been|isn't|aren't|wasn't|weren't|might|may|must|should|could|"
    r"can|seems?|seemed|today|now|yet|already|again|before|after|since|though|tomorrow|"
    r"yesterday|every|with|from|by|of|is|when|where|while|because|if|that|which|who)\b)(?=[a-z])",
    re.I,
)
# What the person told, said as a clause: "you told me about X", "you explained how X".
_TOLD_ME = re.compile(
    r"^you\s+(?:also\s+)?(?:told(?:\s+me)?|talked|spoke|explained(?:\s+(?:to\s+)?me)?|"
    r"described|shared)\s+"
    r"(?P<rest>(?:about|how|why|what|where|when)\s+\S.*)$",
    re.I,
)
# The practical points of a hiring process, which a note does not say it enjoyed: the
# timeline, when they decide, the start or joining date, pay, a bond, notice, relocation, the
# rounds still to come.
_LOGISTICS = re.compile(
    r"\b(?:time\s*lines?|timing|deadlines?|dates?|decisions?|decid\w*|next\s+steps?|start(?:ing)?\s+"
    r"dates?|joining(?:\s+(?:dates?|formalities))?|notice(?:\s+period)?|salary|salaries|pay|"
    r"compensation|ctc|package|bonus(?:es)?|benefits|perks|bonds?|contract|probation|"
    r"relocation|relocating|visa|sponsorship|shift\s+timings?|working\s+hours|leave\s+policy|"
    r"(?:interview|hiring|selection|recruitment)\s+process|rounds?|paperwork|documents?|"
    r"background\s+checks?|offer\s+letter|formalities)\b",
    re.I,
)
# A day said in a part of a topic: "you decide by Fri 4 Dec", "results on the 9th".
_DAY_SAID = re.compile(
    r"\b(?:by|on|before|until|till)\s+(?:the\s+)?(?:\d|(?:mon|tue|tues|wed|wednes|thu|thur|thurs|"
    r"fri|sat|satur|sun)(?:day)?\b|"
    r"(?:next|this|end)\b|tomorrow|tmrw)",
    re.I,
)
# Where a topic typed as a list divides: "the timeline, the team and the bond".
_TOPIC_JOINT = re.compile(r"\s*[;,]\s*(?:and\s+)?|\s+and\s+")
# Words that are no part of what a list item is about.
_SMALL = frozenset(
    re.findall(
        r"\w+",
        "the a an your their our my his her its of for about on in at with and to by this that "
        "these those how when what",
    )
)


def _without_logistics(detail: str) -> tuple[str, str]:
    """``detail`` less the practical points of the hiring process it lists ("the timeline;
    you decide by Fri 4 Dec" -> ""; "the timeline and your onboarding buddy scheme" -> "your
    onboarding buddy scheme"), with "logistics" when any was left out, "" otherwise. A part
    is such a point when a day is said in it or when it is short (a few words) and names
    one; a longer part about how they work ("how your team runs the hiring process for
    interns") stays."""
    parts = _TOPIC_JOINT.split(detail)
    kept = []
    for piece in parts:
        words = [w for w in re.findall(r"[\w'’-]+", piece) if w.casefold() not in _SMALL]
        practical = _DAY_SAID.search(piece) or (
            _LOGISTICS.search(piece) and len(words) <= 3 and not _HOW_START.match(piece)
        )
        if not practical:
            kept.append(piece)
    if len(kept) == len(parts):
        return detail, ""
    return " and ".join(kept), "logistics"


# A remark added to the topic of a rough debrief note: "... and he said the role is mostly
# phone queue", "..., but it's mostly cold calls", "although the pay is low".
_REMARK = re.compile(
    r"[\s,;]+(?:(?:and|but|though|although|even though|except|except that|while|whereas)\s+"
    r"(?:(?:he|she|they|you|it|the\s+\w+|this|that)\s+)?(?:(?:also\s+)?(?:said|says|"
    r"mentioned|told me|admitted|warned|explained)\b)"
    r"|(?:but|though|although|even though|except|except that|whereas)\s)"
    r".*$",
    re.I,
)
# A remark about the role that no thank-you repeats: it is mostly a phone queue, boring, badly
# paid, long hours, a lot of pressure.
# An intensifier alone ("it was very interesting", "the work is really varied") is praise or
# neutral, never a doubt: only a limiting word ("mostly", "just") or a word of complaint is.
_NEGATIVE = re.compile(
    r"\b(?:(?:role|job|position|work)(?:'s|’s|\s+is|\s+was|\s+would\s+be)\s+"
    r"(?:mostly|only|just|basically|a\s+lot\s+of)\b|"
    r"it(?:'s|’s|\s+is|\s+was|\s+would\s+be)\s+(?:mostly|basically)\b(?!\s+about\b)|"
    r"phone\s+queue|cold\s+call|boring|repetitive|tedious|stressful|toxic|underpaid|low\s+pay|"
    r"pay\s+is\s+low|long\s+hours|burn\s*out|high\s+turnover|micromanag|no\s+progression)",
    re.I,
)


def topic_only(detail: str) -> str:
    """The topic of a debrief note, said back in a thank-you: the remark added after it cut
    ("how the team handles fraud escalations and he said the role is mostly phone queue" ->
    "how the team handles fraud escalations"); "" when what is left still remarks on the role
    ("the role is mostly phone queue"): a thank-you never repeats it."""
    kept = _REMARK.sub("", detail).rstrip(" ,;")
    if _NEGATIVE.search(kept):
        return ""
    return kept


# The day a promise was kept with ("... by Friday 27 November", as ``reminders.dated`` writes
# it), at its end.
_MONTH_NAMES = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
)
_DATED_TAIL = re.compile(
    r"[\s,]+(?:by|on|before)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    rf"(?:\s+(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH_NAMES})"
    rf"|,\s+(?P<us_month>{_MONTH_NAMES})\s+(?P<us_day>\d{{1,2}}))"
    r"(?:,?\s+(?P<year>\d{4}))?[.!]*$"
)


def _gone_by(part: Part, text: str, send_day: date | None = None) -> str:
    """A promise due by the day the note is sent (``send_day``, today if None) ("send my
    portfolio link by Friday 27 November", on Monday 30 November; "by Tuesday 1 December" in a
    note sent on Tuesday 1 December), without that day, to be said as done with the note;
    "" when it names no day or its day is after the send day."""
    found = _DATED_TAIL.search(text)
    if found is None:
        return ""
    today = reminders.today(part.c)
    until = max(send_day or today, today)
    month = _MONTHS.index(found["month"] or found["us_month"]) + 1
    number = int(found["day"] or found["us_day"])  # "Friday 27 November", "Friday, November 27"
    try:
        if found["year"]:
            day = date(int(found["year"]), month, number)
        else:  # the year that puts it nearest today
            day = min(
                (date(year, month, number) for year in (today.year - 1, today.year)),
                key=lambda d: abs((d - today).days),
            )
    except ValueError:
        return ""
    return text[: found.start()].rstrip(" ,") if day <= until else ""


# A promise to send something, said to them: "send you my Kaggle profile", "mail my Kaggle
# profile to you", "forward you the article": what is sent ("my Kaggle profile").
_SENT = re.compile(
    r"^(?:send|e-?mail|mail|forward|share|pass|give|text|message)\s+(?:you\s+)?"
    r"(?P<thing>(?:my|the|a|an|our|some)\s+.+?)(?:\s+(?:to|with)\s+you)?$",
    re.I,
)


# What a note can carry itself, pasted in or attached: a link, a portfolio, a CV, a deck.
_ATTACHABLE = re.compile(
    r"\b(?:links?|url|portfolio|cv|c\.v\.|r[eé]sum[eé]|deck|slides|writing\s+sample|"
    r"samples?|case\s+study|github|kaggle|notebook|repo|website|profile|dashboard|report|"
    r"dissertation|thesis|paper|article|post|blog)\b",
    re.I,
)


def _undated(text: str) -> str:
    """A promise without the day it was dated with ("send my portfolio link by Friday 4
    December" -> "send my portfolio link"); unchanged when it names none."""
    text = note_words.without_week(text)  # "in the week of 30 November": no day to keep
    found = _DATED_TAIL.search(text)
    return text[: found.start()].rstrip(" ,") if found else phrases.without_deadline(text)


def _sent_thing(pledge: str) -> str:
    """What a promise to send something sends, as the note says it is included: "send you my
    Kaggle profile" -> "my Kaggle profile"; "" for any other promise ("read the report")."""
    found = _SENT.match(pledge.strip())
    return found["thing"] if found else ""


_MONTHS = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)


_DANGLING = re.compile(
    r"(?:[\s,;]+(?:oh|ah|also|plus|so|and|but|btw|anyway|like|um|uh))+[\s,;]*$", re.I
)


# "you explained about X": "you told me about X" (a verb that takes "about"); "X they are using"
# in a line said to them about their own team's work: "X you are using".
_EXPLAINED_ABOUT = re.compile(r"\b(you\s+(?:also\s+)?)(?:explained|described|discussed)\s+about\b")
_THEIR_WORK = re.compile(
    r"(?<=\w\s)(?:that\s+|which\s+)?they(?=\s+(?:are|were|have\s+been)\s+(?:using|building|"
    r"developing|running|testing|working\s+on|rolling\s+out|migrating)\b|\s+(?:use|built|"
    r"have\s+built|developed|run)\s+(?:for|at|in|with|on)\b)"
)

# A second sentence spliced on with a comma ("..., there's a lot of automation"): left out, the
# note says the one thing.
_SPLICED_ON = re.compile(r",\s+(?:there|it|that)(?:'s|’s|\s+is|\s+are|\s+was|\s+were)\s.*$", re.I)
_BARE_BEFORE_CLAUSE = re.compile(
    r"(\babout\s+)(?!(?:the|a|an|your|their|his|her|my|our|its|how|what|why|when|where|who|"
    r"which|some|this|that|these|those|any)\b)(?=(?:[\w-]+\s+){1,4}?(?:that\s+|which\s+)?you\s+"
    r"(?:are|were|have)\s+\w+ing\b)"
)


def their_work(detail: str) -> str:
    """A detail said to the person it is about, with the company's "they" made "you" where it
    tells of their own team's work ("you explained about the framework they are using for
    banking clients" -> "you told me about the framework you are using for banking clients");
    only a "you ..." line is touched."""
    if not detail.startswith("you "):
        return detail
    said = _EXPLAINED_ABOUT.sub(r"\1told me about", detail)
    said = _SPLICED_ON.sub("", said)
    said = _THEIR_WORK.sub(lambda m: m.group().replace("they", "you"), said)
    # The thing told about, made specific by the clause after it: "the framework you are using".
    return _BARE_BEFORE_CLAUSE.sub(r"\1the ", said)


def _promised(part: Part, person: Row) -> str:
    """What the student promised this person at the debrief, in their words ("" if nothing):
    the first promise recorded with them."""
    row = _promise_row(part, person)
    return str(row["note"]) if row else ""


def _promise_row(part: Part, person: Row) -> Row | None:
    """The follow-up row of the first promise recorded with this person (or with everyone
    met at their interview), None if there is none."""
    if not person.get("id"):
        return None
    rows = part.c.records("followups", kind="promise", contact_id=person["id"])
    if person.get("interview_id"):  # promised to everyone met there: no one person's
        rows += [
            row
            for row in part.c.records(
                "followups", kind="promise", interview_id=person["interview_id"]
            )
            if not row.get("contact_id")
        ]
    return next((row for row in rows if row.get("note")), None)


def added(part: Part, row: Row) -> bool:
    """Whether the student said the thing promised in follow-up ``row`` is in their thank-you
    ("I've added my portfolio link" on the notes page)."""
    return row.get("id") in part.c.data.get("promises_added", [])


def offered_thing(part: Part, person: Row) -> tuple[Row, str] | None:
    """The promise of the student's that the thank-you to ``person`` could carry (a link, a
    CV: nothing dated after the day the note goes out) and that they have not said is in it
    yet, with what it sends ("my portfolio link"); None when there is none."""
    row = _promise_row(part, person)
    if row is None or added(part, row):
        return None
    send_day = reminders.thanks_day(part.c, person.get("interview_id"))
    _, _, thing = _pledged(part, str(row["note"]), str(person.get("name") or ""), send_day)
    return (row, thing) if thing else None


def carried_promise(part: Part, person: Row) -> Row | None:
    """The promise follow-up the thank-you to ``person`` keeps by itself ("As promised, I've
    included my portfolio link with this note": something the student said they added to the
    note), so that sending that note keeps the promise too; None when the note carries none.
    A promise dated after the day the note goes out, or one not said to be added, keeps its
    own follow-up."""
    row = _promise_row(part, person)
    if row is None or not added(part, row):
        return None
    send_day = reminders.thanks_day(part.c, person.get("interview_id"))
    _, _, thing = _pledged(part, str(row["note"]), str(person.get("name") or ""), send_day)
    return row if thing else None


# Typed shorthand no note keeps: "my dashboard + a short write up" -> "my dashboard and a
# short write-up".
_PLUS = re.compile(r"\s*(?<![\w+])[+&](?![\w+])\s*")


# The week a promise was dated with, as the debrief writes it: "in the week of 30 November".
_WEEK_OF = re.compile(
    rf"\bin\s+the\s+week\s+of\s+(?:(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH_NAMES})|"
    rf"(?P<us_month>{_MONTH_NAMES})\s+(?P<us_day>\d{{1,2}}))(?:,?\s+(?P<year>\d{{4}}))?"
)


def _next_week(part: Part, words: str, send_day: date | None) -> str:
    """A promise dated with the week after the one the note goes out in said as a note says
    it: "in the week of 30 November", sent on Wednesday 25 November -> "next week"."""
    found = _WEEK_OF.search(words)
    if found is None:
        return words
    sent = max(send_day or reminders.today(part.c), reminders.today(part.c))
    month = _MONTHS.index(found["month"] or found["us_month"]) + 1
    year = int(found["year"]) if found["year"] else sent.year
    try:
        monday = date(year, month, int(found["day"] or found["us_day"]))
    except ValueError:
        return words
    if monday < sent and not found["year"]:
        monday = monday.replace(year=year + 1)
    if monday.weekday() == 0 and 0 < (monday - sent).days <= 7:
        return words[: found.start()] + "next week" + words[found.end() :]
    return words


# A day said in a promise the debrief did not date: "tomorrow", "next week", "on Friday".
_SOME_DAY = re.compile(
    r"\b(?:tomorrow|tmrw|tonight|next\s+(?:week|month|\w+day)|this\s+(?:week|weekend|month)|"
    r"end\s+of\s+(?:the\s+)?(?:day|week|month)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    re.I,
)


def mended(words: str) -> str:
    """A promise as a note says it: "+" and "&" said as "and", a noun typed as two words after
    an article or adjective ("a short write up") with its hyphen ("a short write-up")."""
    words = _PLUS.sub(" and ", words)
    return re.sub(
        r"\b((?:a|an|the|my|your|short|brief|quick|full|one-page|written)\s+)write\s+up\b",
        r"\1write-up",
        words,
    )


def _pledged(part: Part, text: str, name: str, send_day: date | None) -> tuple[str, str, str]:
    """A promise typed for ``name``, as the thank-you reads it: ``(gone, one, thing)``, where
    ``gone`` is its text when its day is ``send_day`` or earlier ("" otherwise), ``one`` the
    promise said in the first person ("send you my portfolio link"; "" when it cannot be said),
    and ``thing`` what the note itself could include ("my portfolio link"): something to send,
    due by the send day, or something the student can attach or paste in, promised with no day;
    "" when the note can only promise it, and always for a promise dated after the send day
    ("by Monday", read on Wednesday: the write-up may not exist yet). The thank-you,
    ``offered_thing`` and ``carried_promise`` read it alike."""
    gone = _gone_by(part, text, send_day)
    one = mended(phrases.pledge(gone or text, name)) if text else ""
    one = _next_week(part, one, send_day)
    thing = _sent_thing(one) if one and gone else ""
    dated = bool(text) and (
        _undated(text).rstrip(" .!") != text.rstrip(" .!") or bool(_SOME_DAY.search(text))
    )
    if one and not thing and not dated:
        undated = phrases.pledge(text, name)
        found = mended(_sent_thing(undated)) if undated else ""
        thing = found if _ATTACHABLE.search(found) else ""
    return gone, one, thing


def _heard_the_ask(
    person: Row,
    offers: list[Row],
    met: Sequence[str] = (),
    went: str = "",
    rows: Sequence[Row] = (),
) -> bool | None:
    """Whether this person heard the ask about the better fit, as far as the student said:
    when one person was met, it was them; when several were, those the student named in how
    it went ("the hiring mgr said the insights team might fit better"), by name or by role
    (see :func:`named_in`). Someone who offered help, or anyone met beside them, is never said
    to have been asked when the student did not say so (False: the offer's own line thanks
    them). None when several were met, none was named and none offered: who heard it is
    unknown, so no note thanks anyone for it (never "you were so open when I asked" to a
    recruiter the student asked nothing)."""
    if len(met) <= 1:
        return True
    named = [row.get("id") for row in rows if named_in(went, row)]
    if named:
        return person.get("id") in named
    if any(o.get("contact_id") for o in offers):
        return False
    return None


# Roles a student names someone by in how it went, with the shorthand typed for them.
_ROLE_WORDS = {
    "hiring manager": r"hiring\s+(?:manager|mgr)|\bhm\b",
    "recruiter": r"recruiter|talent\s+(?:partner|acquisition)|\bhr\b",
    "interviewer": r"interviewer",
}


def named_in(went: str, row: Row) -> bool:
    """Whether how it went (``went``, as typed) names the person of ``row``: their first name
    or full name, or their role ("the hiring mgr", "the recruiter", "the data lead" for a
    "Data Lead")."""
    if not went.strip():
        return False
    text = phrases.expand_shorthand(went).casefold()
    name = str(row.get("name") or "").strip()
    if name:
        first = people.first_name(name).casefold()
        if re.search(rf"\b{re.escape(name.casefold())}\b", text) or (
            len(first) > 1 and re.search(rf"\b{re.escape(first)}\b", text)
        ):
            return True
    role = str(row.get("title") or row.get("role") or "").strip().casefold()
    if not role:
        return False
    for said, pattern in _ROLE_WORDS.items():
        if said in role and re.search(pattern, text):
            return True
    return len(role.split()) >= 2 and re.search(rf"\b{re.escape(role)}\b", text) is not None


def path_line(
    part: Part,
    style: str,
    v: Values,
    known: bool = True,
    offered: bool = False,
    again: bool = False,
) -> str:
    """The thank-you's word on the path taken: keen on the role itself when going for the job;
    thanks for hearing the pivot ask when they made it (not when they chose not to); when it was
    cut short (tried partly, or "we ran out of time"), a brief mention of the better fit
    instead of thanks for an openness not seen; when not ``known`` to have heard the ask (one of
    several met), only the wish for a pointer, claiming no moment with them; nothing
    otherwise. To someone who ``offered`` help already (an introduction), never a request for
    the pointers they have given: their offer's own line thanks them. ``again``: the same said
    in other words, for a second note of the set (no two notes share a sentence)."""
    path, pivoted = str(v["path"] or ""), str(v["pivoted"] or "")
    went = str(v.get("how_it_went") or "")
    if path == "go" or pivoted == "na":
        name = "go"
    elif path == "pivot" and pivoted in ("yes", "partly"):
        name = "pivot" if v["target_head"] else "pivot_open"
        # Only what happened: an ask cut short ("we ran out of time") gets no thanks for an
        # openness the student never described; the note raises it briefly instead.
        if not known:
            name = name.replace("pivot", "pivot_unknown")
        elif pivoted == "partly" or _CUT_SHORT.search(went):
            name = name.replace("pivot", "pivot_partly")
        if offered and name.startswith(("pivot_partly", "pivot_unknown")):
            return ""  # "any pointer to who works on it", to someone who offered one
    else:
        return ""
    return fill_plain(part.template(f"path_line.{name}{'.again' if again else ''}.{style}"), v)


def introduction(
    part: Part,
    style: str,
    asked: Row | None,
    offer: Row | None,
    v: Values,
    waiting: str | None = "intro_waiting",
) -> list[str]:
    """The request to ``asked`` (who offered, or whom to ask), then the note to the person
    introduced; while their name is unknown, how to get it (the ``waiting`` template) instead,
    or nothing more when ``waiting`` is None (no introduction offered or asked for yet)."""
    addressed(part, asked, style, v)
    thing = people.forwarded(str((offer or {}).get("text") or ""))
    if offer is not None and thing and thing != "name":
        # "You offered to pass my CV to the data lead": taken up with the CV attached, never
        # asked for as if nothing had been offered.
        v["offered"], v["thing"] = _offer_phrase(part, offer, "offered"), thing
        request = _draft(part, "ask_forward", style, v)
    elif offer is not None:
        v["offered"] = _offer_phrase(part, offer, "offered")
        v["hope_line"] = hope_line(part, style, offer, v)
        v["pitch_line"] = pitch_line(part, style, v)
        request = _draft(part, "ask_offered", style, v)
    else:
        request = _draft(part, "ask_intro", style, v)
    v["connector"], v["connector_start"] = connector(part, asked)
    # Who the student is and where they met the one who connected them, in the note's first
    # lines: the person written to has never heard of them.
    # Only what is known and true: who connected them, and their pronoun only as the student
    # wrote it ("Priya said she'd introduce me"); no team or role is implied.
    me = str(v.get("sign_as") or "").strip()
    pronoun = connector_pronoun(asked, offer)
    line = ("me_line" if pronoun else "me_line_open") + ("" if me else "_unnamed")
    v["me_line"] = fill_plain(
        part.template(f"{line}.{style}"),
        {
            **v,
            "me": me,
            # The person written to may know several Priyas: whoever connected them is named
            # in full ("I met Priya Raman recently"); the heading keeps the first name.
            "met": full_name(asked) or v["connector"],
            "met_start": full_name(asked) or v["connector_start"],
            "pronoun": pronoun,
        },
    )
    if offer is None or not offer.get("to_name"):
        if waiting is None:
            return [request]
        return [request, fill(part.template(waiting), asked=asked_as(part, asked))]
    addressed(part, {"name": offer["to_name"]}, style, v)
    # Their own organisation only when their description names it ("... at Harbor Mutual"):
    # never the company of whoever introduced them.
    org = people.organisation_in(offer.get("to_role"))
    v["at_org"] = f" at {org}" if org else ""
    # The team the offer named ("her manager on the data team"), when it is not the work the
    # student is after: the note asks about their team, and the page says why.
    # Their own team, when what was typed of them names it ("Karthik Iyer, he heads the demand
    # forecasting team"), comes before the team the offer named ("someone on the data team"):
    # the note is about their work, and needs no word on the page about why.
    own = offered_team({"to_role": offer.get("to_role")})
    # What the student said they do ("Dana Kowalski, she runs podcast insights") is their own
    # work, and wins over the team the offer named ("her manager on the data team"): the note
    # speaks of "your work on podcast insights", and nothing on the page overrides the student.
    area = "" if own else own_work(str(offer.get("to_role") or ""))
    team = own or area or offered_team(offer)
    other = (
        not area
        and bool(team)
        and bool(v["target_head"])
        and not _same_work(team, str(v["target_work"]))
    )
    if other:
        v["team"] = team
    # Their team, when the offer or their description names it, is what the note asks about:
    # "your work on the product analytics team", never "your team's work" when it is known.
    v["team_work"] = (
        fill_plain(part.template("team_work_named"), team=team)
        if team
        else part.template("team_work")
    )
    same = bool(area) and bool(v["target_head"]) and _same_work(area, str(v["target_work"]))
    if same:
        # "Joy Chen, who leads merchandising analytics", the work the student is exploring:
        # said once ("I'm exploring merchandising analytics, and ... your work in that area").
        v["team_work"] = part.template("team_work_same")
    # A better fit that is a team names no kind of work to be exploring, and the person
    # introduced need not be on it: the note asks about their own work.
    kind = "outreach_team" if other else "outreach_open" if v.get("target_team") else "outreach"
    if area and not same:
        # Their own work, which is not the student's better fit: the note asks about it alone
        # ("your work on podcast insights"), never "how you got into" the student's target.
        kind = "outreach_open"
    if not team and kind == "outreach" and v["target_head"]:
        # No team known for them: never a vague "your team's work". The note says what the
        # student is exploring and, when they gave one, their own proof ("I've made a start: I
        # built ..."), so the person introduced has something specific to answer.
        proof = str(v.get("proof_said") or "")
        v["start_line"] = (
            fill_plain(
                part.template(f"start_line.{style}"),
                target_work=v["target_work"],
                proof=lower_i(proof),
            )
            if proof
            else fill_plain(part.template(f"start_line_none.{style}"), target_work=v["target_work"])
        )
        kind = "outreach_plain"
    elif not team and kind == "outreach" and v.get("proof_said"):
        # No better fit and no team: their proof, and how the person got into their own work.
        v["start_line"] = fill_plain(
            part.template(f"start_line_open.{style}"), proof=str(v["proof_said"])
        )
        kind = "outreach_plain_open"
    note = _draft(part, kind, style, v)
    why: list[str] = []
    if other and not own:
        about = "team_not_target" if asked and asked.get("name") else "team_not_target_unnamed"
        why = [fill(part.template(about), who=v["connector"], team=team, target=v["target_work"])]
    if offer.get("status") != "done":
        return [request, note, *why]
    # Introduced already: no more asking for it, and the note is simply to them.
    body = note.split("\n", 1)[1] if "\n" in note else ""
    return [fill(part.template("outreach_heading_done"), to=v["to"]) + "\n" + body, *why]


def pitch_line(part: Part, style: str, v: Values) -> str:
    """One line the person who offered an introduction can forward as it is: the work the
    student is after and the proof they gave in their plan ("I'm hoping to move into podcast
    analytics, and I built a podcast analytics dashboard ..."), a reason for them to act;
    when no proof was given, or it could not be said as typed (its slips are the student's to
    mend, never forwarded): then the offer to send a note about them instead."""
    evidence = typed.repair(phrases.without_vague(str(v.get("evidence") or "")))
    kind, words = ("", "")
    if evidence.strip() and not intake.unsayable(evidence):
        kind, words = phrases.proof(typed.unsplice(evidence))
    if not words:  # nothing to say for them: the offer of a note they could forward
        return part.template(f"pitch_line_none.{style}")
    # Written as a note writes it ("eg" in words, "listener drop-off"); a proof that joins two
    # clauses itself ("... drop-off, and we used it ...") is a sentence of its own, never
    # joined to the work they're after by one more "and" (a run-on to forward).
    words, two_clauses = intake.clauses_set_apart(
        phrases.particle_nouns(phrases.abbreviations_said(words))
    )
    target = str(v["target_work"] or "") if v["target_head"] else ""
    if target and not v["target_team"]:
        own = kind == "own" or two_clauses
        form = "pitch_line_own" if own else "pitch_line"
        proof = phrases.upper_first(words) if own else words
        return _t(part, f"{form}.{style}", target=target, proof=proof)
    return _t(part, f"pitch_line_open.{style}", proof=phrases.upper_first(words))


def lower_i(sentence: str) -> str:
    """``sentence`` to follow a colon mid-sentence: its first word in lower case unless it is
    "I" or a name ("For my capstone, I ..." -> "for my capstone, I ..."; "I built" stays)."""
    first = sentence.split(" ", 1)[0]
    if first in ("I", "I've", "I'm", "I'd") or not first[:1].isupper():
        return sentence
    return phrases.lower_first(sentence)


_HE = re.compile(r"\b(?:he|him|his|himself)\b", re.I)
_SHE = re.compile(r"\b(?:she|her|hers|herself)\b", re.I)


def connector_pronoun(asked: Row | None, offer: Row | None) -> str:
    """ "she" or "he" when the student wrote of whoever connected them that way (in the offer
    they recorded, or the notes about them), and only that one; "" otherwise (none guessed)."""
    said = str((offer or {}).get("text") or "")
    first = people.first_name(str((offer or {}).get("to_name") or ""))
    if first:
        # "lena offered to intro me to Ken Ito, he leads ...": that "he" is Ken's, not hers.
        said = re.split(rf"(?<![\w'’]){re.escape(first)}(?![\w'’])", said, maxsplit=1, flags=re.I)[
            0
        ]
    texts = [said, str((asked or {}).get("talked_about") or "")]
    if not asked or not asked.get("name"):
        return ""
    text = " ".join(texts)
    he, she = bool(_HE.search(text)), bool(_SHE.search(text))
    return "she" if she and not he else "he" if he and not she else ""


def hope_line(part: Part, style: str, offer: Row, v: Values) -> str:
    """Whom the student hopes to meet through an introduction offered, and why, as one
    sentence after "I'd love to take you up on it.": the person by first name when known, else
    the team the offer named, else the team or area of the better fit ("someone on the
    analytics team", "someone working on merchandising analytics"), and what talking with them
    would teach; without a better fit or anyone named, where the student might fit best."""
    name = str(offer.get("to_name") or "")
    described, place = offered_person(offer)
    # The team the offer names, or what the person offered runs ("his boss who runs the
    # GenAI CoE"): the note names that, never the student's own better fit instead.
    own = offered_team({"to_role": offer.get("to_role")})
    area = "" if own else own_work(str(offer.get("to_role") or ""))
    team = own or offered_team(offer) or place
    target = str(v["target_head"] or "")
    if name:
        who = people.first_name(name)
    elif described:  # "your boss", as the one who offered it would hear it
        who = described
    elif team:  # "offered to introduce me to someone on the data team": named already
        who = part.template("hope_them")
    elif target:  # the better fit names whom: what to learn is said without repeating it
        teamed = bool(_TEAM_END.search(target))
        who = _t(part, "hope_on_team" if teamed else "hope_working_on", team=target, area=target)
        learn = _t(part, f"learn_that_{'team' if teamed else 'work'}", company=str(v["company"]))
        return fill_plain(part.template(f"hope_line.{style}"), {**v, "who": who, "learn": learn})
    else:
        return fill_plain(part.template(f"hope_line_open.{style}"), v)
    if area and not (target and _same_work(area, str(v["target_work"]))):
        # What the student said they do: never the team the offer named instead.
        role = str(offer.get("to_role") or "")
        whose = "her" if _SHE.search(role) and not _HE.search(role) else "the"
        whose = "his" if _HE.search(role) and not _SHE.search(role) else whose
        learn = _t(part, "learn_about", area=area, whose=whose)
    elif team and not (target and _same_work(team, str(v["target_work"]))):
        learn = _t(part, "learn_team", team=team)
    elif target:
        learn = _t(part, "learn_how", what=str(v["target_how"]), company=str(v["company"]))
    else:  # someone named, and no better fit known: what they do is what to hear about
        return fill_plain(part.template(f"hope_line_open.{style}"), v)
    return fill_plain(part.template(f"hope_line.{style}"), {**v, "who": who, "learn": learn})


# Whom an introduction is offered to, as typed: "introduce me to his boss who runs the GenAI
# CoE", "intro me to a colleague who leads pricing".
_OFFERED_TO = re.compile(
    r"\b(?:introduce|intro|connect|put)\s+(?:me|you)\s+(?:to|with|in\s+touch\s+with)\s+"
    r"(?P<who>.+)$",
    re.I,
)
# That person by how they relate to whoever offered: "his boss", "a colleague", "her manager".
_RELATED_TO_THEM = re.compile(
    r"^(?:his|her|their|your|a|an|one\s+of\s+(?:his|her|their|your))\s+(?:(?:old|former|good|"
    r"close)\s+)?(?P<rel>boss|manager|colleague|coworker|co-worker|friend|mentor|director|lead|"
    r"head|teammate|contact|peer|(?:team|tech|engineering|product)\s+lead)s?\b",
    re.I,
)
# What the person offered runs: "who runs the GenAI CoE", "head of the payments platform".
_RUNS = re.compile(
    r"\b(?:who|that)\s+(?:runs|leads|heads|manages|owns|oversees|looks\s+after|is\s+in\s+"
    r"charge\s+of)\s+(?P<place>(?:the|their|his|her|our)\s+[^,;.]+?)\s*(?:[,;.]|$)"
    r"|\b(?:head|lead|director|manager)\s+of\s+(?P<of>(?:the|their|his|her|our)\s+[^,;.]+?)"
    r"\s*(?:[,;.]|$)",
    re.I,
)


# What the person introduced does, as the student described them: "she runs podcast
# insights", "who leads merchandising analytics", "head of growth", "works on fraud models".
_OWN_WORK = re.compile(
    r"(?:^|\b(?:who|she|he|they|that)\s+|[,(]\s*)(?:(?:is|'s|’s)\s+)?"
    r"(?:runs|leads|heads(?:\s+up)?|manages|owns|oversees|looks\s+after|handles|covers|"
    r"works\s+(?:on|in)|in\s+charge\s+of|(?:the\s+)?(?:head|lead|director|manager)\s+(?:of|for))"
    r"\s+(?P<area>[^,;.()]+?)\s*(?=[,;.()]|\s+(?:at|from|on|in|for|with|across)\s|$)",
    re.I,
)
_OWN_WORK_ARTICLE = re.compile(r"^(?:her|his|their|our|its)\s+", re.I)
_NOT_WORK = re.compile(r"^(?:a|an|one|some|two|three|several|it|things|everything)\b", re.I)


def own_work(role: str) -> str:
    """The work the person introduced does, as the student described it ("she runs podcast
    insights" -> "podcast insights"; "who heads her pricing desk" -> "the pricing desk"), said as
    it follows "your work on"; "" when the description names none (a team is
    :func:`offered_team`'s, "a team of five" is no area of work)."""
    found = _OWN_WORK.search(role.strip())
    if found is None:
        return ""
    area = _OWN_WORK_ARTICLE.sub("the ", found["area"].strip())
    if not area or _NOT_WORK.match(area) or len(area.split()) > 5:
        return ""
    return phrases.written(area)


def offered_person(offer: Row) -> tuple[str, str]:
    """Whom an introduction is offered to, when it names no one, as said to whoever offered it
    ("his boss who runs the GenAI CoE" -> "your boss"), and what that person runs, with its
    article ("the GenAI CoE"); "" for either when the offer's words do not say."""
    texts = [str(offer.get("to_role") or ""), str(offer.get("text") or "")]
    for text in texts:
        found = _OFFERED_TO.search(text)
        who = (found["who"] if found else text).strip()
        if not who:
            continue
        related = _RELATED_TO_THEM.match(who)
        runs = _RUNS.search(who)
        place = (runs["place"] or runs["of"]) if runs else ""
        place = re.sub(r"^(?:their|his|her|our)\s", "the ", place, flags=re.I)
        said = f"your {related['rel'].lower()}" if related else ""
        if said or place:
            return said, place
    return "", ""


def offered_to_said(offer: Row) -> str:
    """Whom an introduction is offered to, when it names no one, as the student typed it and
    would say it ("his boss who runs the GenAI CoE"); "" when the offer describes no one (see
    :func:`offered_person`)."""
    for text in (str(offer.get("to_role") or ""), str(offer.get("text") or "")):
        found = _OFFERED_TO.search(text)
        who = people.strip_end(found["who"] if found else text).strip()
        if who and any(offered_person({"text": who})):
            return phrases.written(who)
    return ""


# The team an offer names for the person introduced: "to her manager on the data team" ->
# "the data team"; "someone in their AI.Cloud unit" -> "the AI.Cloud unit"; "who heads the
# pricing team" -> "the pricing team".
_OFFERED_TEAM = re.compile(
    r"\b(?:on|in|from|with|at|heads|leads|runs|manages|head\s+of|lead\s+of)\s+"
    r"(?:(?:the|her|his|their|your|my|our)\s+)?"
    r"((?:[\w.&'-]+\s+){1,3}?(?:team|unit|group|department))\b",
    re.I,
)


def offered_team(offer: Row) -> str:
    """The team the offer's own words put the person introduced in, with "the" ("the data
    team"); "" when they name none."""
    for text in (offer.get("text"), offer.get("to_role")):
        found = _OFFERED_TEAM.search(str(text or ""))
        if found:
            return f"the {found.group(1).strip()}"
    return ""


_TEAM_WORDS = frozenset({"the", "team", "unit", "group", "department", "and", "of"})


def _same_work(team: str, target_work: str) -> bool:
    """Whether a team's own words are in the target ("the analytics team" for "merchandising
    analytics"): then the note about the target already fits them."""
    words = {w for w in re.findall(r"[\w.&'-]+", team.casefold()) if w not in _TEAM_WORDS}
    target = set(re.findall(r"[\w.&'-]+", target_work.casefold()))
    return bool(words) and words <= target


_TEAM_END = re.compile(r"\s(?:team|unit|group|department)$", re.I)
_DETERMINER = re.compile(r"^(?:the|a|an|my|your|our|their|his|her|this|that)\s", re.I)


def team_article(head: str) -> str:
    """A team named without its article takes one: "AI.Cloud unit" -> "the AI.Cloud unit"
    ("how the AI.Cloud unit works"); anything else, or a team with one, stays as it is."""
    if _TEAM_END.search(head) and not _DETERMINER.match(head):
        return f"the {head}"
    return head


_GROUP_WORD = r"(?:team|unit|group|department|division|squad)"


# A team named with what it works on: "robotics team for the delivery robots", "the data team
# that builds dashboards", "payments squad working on fraud".
_TEAM_WITH_CLAUSE = re.compile(
    rf"^(?:the\s+)?(?:[\w&.-]+\s+){{1,3}}?{_GROUP_WORD}\s+"
    r"(?:for|that|which|who|working|building|behind|on|in)\s+\S",
    re.I,
)


def target_team(target: str, typed: Sequence[str]) -> str:
    """The better fit when it is a place (a team or product) rather than a kind of work, with
    "the", as the student writes its name: "AI.Cloud unit" -> "the AI.Cloud unit"; "sustainability
    cloud", with "the Sustainability Cloud team" typed elsewhere (``typed``: the student's other
    words about the interview) -> "the Sustainability Cloud team". A name that says no kind of
    work is written as a name ("the Sustainability Cloud team" although never capitalised); a
    target typed as a name, each word capitalised ("Sustainability Cloud"), is a team's name.
    "" when the better fit is a kind of work ("data analytics", "the risk operations team,
    fraud detection on merchant payments")."""
    head, made = phrases.head(target), phrases.work(target)
    if _TEAM_END.search(head) and made.endswith(" work"):
        return team_article(head)
    if _TEAM_WITH_CLAUSE.match(head):
        # "robotics team for the delivery robots": a team said with what it does, never
        # "I'm exploring robotics team for the delivery robots" as if it were a kind of work.
        return head if _DETERMINER.match(head) else f"the {head}"
    if not head or _TEAM_END.search(head) or phrases.names_work(head):
        return ""
    words = r"\s+".join(re.escape(w) for w in head.split())
    uses = [
        found
        for text in typed
        for found in re.finditer(
            rf"(?<![\w'’-])(?P<name>{words})\s+(?P<kind>{_GROUP_WORD})\b", text, re.I
        )
    ]
    if not uses:
        # Typed as a name, every word capitalised ("Sustainability Cloud"): a team's name.
        named = len(head.split()) > 1 and all(w[:1].isupper() for w in head.split())
        return f"the {head} team" if named else ""
    # As the student capitalised it somewhere ("Sustainability Cloud"), else written as a name.
    capitalised = next((u for u in uses if u["name"] != u["name"].lower()), None)
    name = capitalised["name"] if capitalised else as_name(uses[0]["name"])
    return f"the {name} {(capitalised or uses[0])['kind'].lower()}"


def as_name(words: str) -> str:
    """A team or product name written as one: "sustainability cloud team" -> "Sustainability
    Cloud team"; a word with a capital already ("AI.Cloud", "eBay") and the closing group word
    stay as they are."""
    out = []
    for word in words.split():
        keep = word != word.lower() or re.fullmatch(_GROUP_WORD, word, re.I) is not None
        out.append(word if keep else word[:1].upper() + word[1:])
    return " ".join(out)


def role_place(head: str, work: str) -> str:
    """Where a role in the better fit would be: the team itself when the work was only made
    from its name ("AI.Cloud unit", "AI.Cloud work" -> "the AI.Cloud unit"), else the work."""
    if _TEAM_END.search(head) and work.endswith(" work"):
        return team_article(head)
    return work


def decline_recipient(part: Part, met: Sequence[Row]) -> Row | None:
    """Whom the decline goes to when the student has not picked anyone: the recruiter met by
    name; while the recruiter's own introduction is still to come, the person met who would
    hire (a manager, lead or head) or anyone met who owes none, else the recruiter after all;
    None (the recruiter, unnamed) when no recruiter was met."""
    recruiter = next((p for p in met if p.get("name") and is_recruiter(p)), None)
    if recruiter is None or not people.pending_introductions(part.c, recruiter["id"]):
        return recruiter
    free = [
        p
        for p in met
        if p.get("name") and p["id"] != recruiter["id"]
        if not people.pending_introductions(part.c, p["id"])
    ]
    hiring = re.compile(r"\b(?:manager|lead|head|director|supervisor)\b", re.I)
    found = next((p for p in free if hiring.search(str(p.get("title") or ""))), None)
    return found or next(iter(free), recruiter)


def pending_warning(part: Part, person: Row | None, met: Sequence[Row]) -> str | None:
    """Why not to withdraw yet while anyone met (``met``) still owes the student an
    introduction, whoever the decline goes to (``person``; None: the recruiter): the warning
    names who offered it and to whom; to that person, whom else to tell instead."""
    owing = [(p, people.pending_introductions(part.c, p["id"])) for p in met]
    owing = [(p, offers) for p, offers in owing if offers]
    if not owing:
        return None
    mine = next(((p, o) for p, o in owing if person is not None and p["id"] == person["id"]), None)
    introducer, pending = mine or owing[0]
    who = people.display(introducer, part.template("unnamed_as"), part.template("interviewer"))
    # Whom it was offered to, as the student described them ("his boss who runs the GenAI
    # CoE"), while no name is known.
    to = str(pending[0].get("to_name") or offered_to_said(pending[0]) or part.template("someone"))
    if mine is None:
        # Written to someone else: the one the connector's own warning offers instead (the
        # recruiter first) is told no "wait", only why they are the right person (COACHING.md:
        # wait, or send it to the recruiter); to anyone else the introduction is still at stake.
        instead = withdraw_instead(part, introducer, met)
        if person is not None and instead is not None and instead["id"] == person["id"]:
            name = people.display(person, part.template("unnamed_as"), part.template("interviewer"))
            first = people.first_name(str(introducer["name"])) if introducer.get("name") else who
            # Whom the decline goes to, said again by first name ("writing to Tom"), never
            # "them" for someone named.
            named = people.first_name(str(person["name"])) if person.get("name") else name
            return fill(
                part.template("decline_pending_safe"),
                who=who,
                to=to,
                name=name,
                first=first,
                named=named,
            )
        return fill(part.template("decline_pending_elsewhere"), who=who, to=to)
    assert person is not None
    other = withdraw_instead(part, person, met)
    if other is None and (is_recruiter(person) or any(is_recruiter(p) for p in met)):
        first = people.first_name(str(person["name"])) if person.get("name") else who
        return fill(part.template("decline_pending_only"), who=who, to=to, first=first)
    name = (
        people.display(other, part.template("unnamed_as"), part.template("interviewer"))
        if other is not None
        else part.template("the_recruiter")
    )
    return fill(part.template("decline_pending"), who=who, to=to, other=name)


def withdraw_instead(part: Part, person: Row, met: Sequence[Row]) -> Row | None:
    """Whom else a decline can go to while ``person``'s introduction is pending: someone met
    who owes nothing and whom the student can write to (a name, and a way to reach them unless
    they are the recruiter), the recruiter first; never someone whose name was not caught.
    None: nobody met (the warning then says "the recruiter", or that only ``person`` is left)."""
    free = [
        p
        for p in met
        if p["id"] != person["id"] and not people.pending_introductions(part.c, p["id"])
        if p.get("name") and (p.get("reach") or is_recruiter(p))
    ]
    other = next((p for p in free if is_recruiter(p)), None)
    if other is None and (is_recruiter(person) or any(is_recruiter(p) for p in met)):
        other = next(iter(free), None)  # no recruiter met: "the recruiter" below
    return other


def decline(part: Part, style: str, person: Row | None, v: Values) -> str:
    addressed(part, person, style, v)
    # To someone whose introduction is still to come: the note thanks them for it and keeps it.
    pending = people.pending_introductions(part.c, person["id"]) if person else []
    # Whom it is to, by name, else as said to them ("your boss").
    v["keep_to"] = (
        str(pending[0].get("to_name") or offered_person(pending[0])[0]) if pending else ""
    )
    keep = f"keep_intro.{style}" if v["keep_to"] else ""
    v["keep_intro"] = fill_plain(part.template(keep), v) if keep else ""
    return _draft(part, "decline_team" if v.get("target_team") else "decline", style, v)
