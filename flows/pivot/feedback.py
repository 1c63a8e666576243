"""The coach's note on a scored answer, and a stronger version built on the user's own answer.

The note quotes what worked, names at most two things to add (saying "I didn't spot ..." where
the judge found nothing, since it may have missed it), and gives one next step. "Start again"
appears only with a red flag. The stronger version keeps the user's own reason and proof,
answers the interviewer's line first and adds only what was missing; for an answer already at
14 or more it says what to keep instead of rewriting it.
"""

from __future__ import annotations

import difflib
import re
import string
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache

from bot.markup import esc, fill, to_plain
from bot.patterns import lazy
from flows.pivot import phrases, setup_words
from flows.pivot.reading import Hit
from flows.pivot.rubric import CAP, ELEMENTS, SHORT_NAMES
from flows.pivot.scoring import (
    REPEAT_SHARE,
    Analysis,
    Context,
    Score,
    _runs,
    analyse,
    rules,
    rules_doc,
)
from flows.pivot.typed import (
    _TOLD_PAST_OF,
    fit_written,
    fixes,
    good_english,
    praise_said,
    repair,
    shorthand_mended,
    slips,
    unslanged,
    unsplice,
)

# Which gap the next step tackles first: the ask and the company carry the pivot.
_PRIORITY = ("E5", "E2", "E3", "E4", "E1", "E6", "E7", "E8")
READY = 14
# The parts of the stronger version, and the element each stands for.
_PART_ELEMENT = {
    "enthusiasm": "E2",
    "fit": "E3",
    "bridge": "E4",
    "ask": "E5",
    "intro": "E5",
    "door": "E6",
    "follow": "E7",
    "close_short": "E7",
    "later": "E1",
}


def _phrase(value: str) -> str:
    """A user value ready to sit mid-sentence: one line, no end stop, "The launch" -> "the launch"."""
    value = " ".join(re.sub(r"\\(.)", r"\1", value).split()).rstrip(".!?;,:")
    first, _, rest = value.partition(" ")
    if rest and first in {"The", "A", "An", "Their", "Its", "Your", "My", "Our"}:
        value = f"{first.lower()} {rest}"
    return value


def _values(ctx: Context) -> dict[str, str]:
    """What the student typed in the intake, each shaped for its slot in a spoken sentence (see
    ``phrases``): no emoji or chat fillers, capitals kept, no doubled stop; the better fit's core
    ("data analytics" of "data analytics, ideally on the ... side") where a short noun phrase
    goes ("the {target} team"); what draws them said to the company ("your launch")."""
    company = phrases.proper_name(_phrase(_unbracket(ctx.company))) or _phrase(
        _unbracket(ctx.company)
    )
    values = {
        "company": phrases.strip_end(company),
        "role": phrases.role_name(_phrase(_unbracket(ctx.role))),
        "the_role": phrases.the_role(_phrase(_unbracket(ctx.role))),
        "the_position": phrases.the_role(_phrase(_unbracket(ctx.role)), "position"),
        "target": short_target(ctx.target),
        "evidence": "",
    }
    # "What draws me to X is {draws}": a noun phrase ("your launch") or "that ..." (a clause),
    # cleaned of a second thought run on after a comma; only when it names something of theirs.
    # Said as meant ("video podcasts!!"), and short notes typed as sentences ("Video podcasts.
    # Creator program") as one phrase: "video podcasts and creator program".
    # Slang said plainly where its meaning is certain ("crazy good", "sooo", "robots is").
    typed = spoken(expand(shorthand_mended(unslanged(ctx.draws))))
    notes = [n.strip() for n in re.split(r"(?<=\w)[.;]+\s+", typed.strip()) if n.strip()]
    notes = [re.sub(r"\s*!+(?=\s|$)", "", n) for n in notes]  # "video podcasts!! n ..."
    typed = " ".join(notes)
    # A comment run on after what draws them (", very impressive"): what draws them is enough.
    typed = _COMMENT_TAIL.sub("", typed)
    if len(notes) == 2 and all(len(n.split()) <= 4 for n in notes):
        typed = f"{notes[0]} and {phrases.lower_first(notes[1])}"
    values["draws"] = draws_said(typed, company)
    if values["draws"] and casual(values["draws"]):
        # "that the video podcasts push, I watch like 3 shows": the part before the chat.
        values["draws"] = _SPLICE.sub("", values["draws"]).strip(" ,;")
        if casual(values["draws"]) or len(values["draws"].split()) < 3:
            values["draws"] = ""
            values["draws_typed"] = "yes"
    # Slang praise left after that ("that the delivery robots are crazy"): "really impressive".
    values["draws"] = praise_said(values["draws"])
    if values["draws"] and (not good_english(values["draws"]) or _TEXTING.search(values["draws"])):
        values["draws"] = ""  # never a typed slip or phone shorthand in a line the coach suggests
        values["draws_typed"] = "yes"  # they gave one: the note asks them to keep it
    if not values["draws"]:
        # Skipped at setup: what they said of the company earlier in the round will do (marked,
        # so an answer with a reason of its own is never given an earlier one instead).
        values["draws"] = draws_from_earlier(ctx, company)
        values["draws_earlier"] = "yes" if values["draws"] else ""
    # Proof given as a sentence ("I built ...") reads as one after "For example,"; a noun
    # phrase fits "work like ...". Typed with a slip, its clean figure, or nothing.
    kind, said = phrases.proof(_phrase(spoken(expand(shorthand_mended(ctx.evidence)))))
    if said and not good_english(said):
        # Written as meant when its slips are certain ("I make a model that predict" -> "I
        # built a model that predicts"); else its clause with the figure, or nothing.
        mended = said_cleanly(said)
        if mended:
            kind, said = phrases.proof(_phrase(mended))
        else:
            kind, said = "example", _phrase(clean_proof(said))
    if said and _SPLICE_AT.search(said) and casual(said) and not slang(said):
        # "I made a dashboard ..., they use it every week now": joined ("I built a churn
        # model, it got 0.81 AUC" -> "... a churn model that reached 0.81 AUC"), or said as
        # two sentences when no join is certain.
        said = spliced_joined(said)
    elif said and slang(said):
        kind, said = "example", _phrase(clean_proof(said)) if not slang(clean_proof(said)) else ""
    if not said and (earlier := proof_from_earlier(ctx)):
        kind, said = "own", earlier  # none at setup: their own proof from earlier in the round
        values["evidence_earlier"] = "yes"
    if not said:
        pass
    elif kind == "own":
        values["evidence_said"] = phrases.lower_first(said)
    elif re.match(r"(?i)(i|i've|i'm|i'd|we|we've|my|our)\b", said):
        values["evidence_said"] = said
    else:
        values["evidence"] = phrases.noun_phrase(said)
    line = " ".join(re.sub(r"\\(.)", r"\1", ctx.last_line).split())  # quoted as said, "?" kept
    values["last_line"] = line if len(line) <= 90 else line[:88].rsplit(" ", 1)[0] + "…"
    setup_words.settle(values, ctx)  # setup answers typed as sentences: the sayable part
    _area_values(values)
    return values


def _area_values(values: dict[str, str]) -> None:
    """The better fit as a suggested ask can name it: ``area_team``, a short fit a team can be
    named after ("the product analytics team"); ``area_short``, the first part of a long one
    ("population health analytics" of "population health analytics and program evaluation"),
    said as "someone who works on ...", never made a "<long fit> team" (issue 10/11); a fit
    of four words or fewer is said whole."""
    target = values.get("target", "")
    if not target:
        return
    if len(target.split()) <= 3 and not _AREA_JOINS.search(target):
        values["area_team"] = target
    if len(target.split()) <= 4:
        return  # "partnerships with city councils" is said whole
    first = _AREA_JOINS.split(target, maxsplit=1)[0].strip(" ,;")
    if first and len(first.split()) <= 4:
        values["area_short"] = first


# Where a long better fit joins a second part: "... and program evaluation", "... on
# recommendation systems", "..., ideally in healthcare".
_AREA_JOINS = lazy(r"\s*[,;/]\s*|\s+(?:and|or|on|for|with|in|at|across)\s+", re.I)


_COMMENT_TAIL = lazy(
    r",\s*(?:(?:very|so|really|super|truly|quite|pretty|just)\s+)?(?:impressive|cool|amazing|great|"
    r"inspiring|interesting|nice|awesome|brilliant|incredible|smart|clever|fascinating)\s*[!.]*$"
    r"|,\s*(?:really|honestly|tbh|tho|though)\s*[!.]*$",
    re.I,
)


def _wordset(*words: str) -> frozenset[str]:
    return frozenset(" ".join(words).split())


def _unbracket(value: str) -> str:
    """A typed name without its aside, which no one says aloud: "Audit Associate (statutory
    audit)" -> "Audit Associate", "Mabuhay CareLink, a clinic network in ..." -> "Mabuhay
    CareLink"; the value as it is when nothing is left."""
    said = re.sub(r"\s*\((?=[^()]*\s)[^()]*\)", "", value)  # words in brackets, not a link
    said = re.sub(r",\s+(?:a|an|the)\s.*$", "", said, flags=re.I)
    return said.strip() or value


# An intensifier left in front of what draws them when "I like very much your ..." is cut at
# its verb: "very much your new scanner" -> "your new scanner".
_INTENSIFIER = lazy(
    r"^(?:(?:very|so)\s+much|a\s+lot|much|really|truly|especially)\s+"
    r"(?=(?:your|the|their|that|how|what|this)\b)",
    re.I,
)


# "technical writing / developer documentation": two names for one target, said by the first.
_ALTERNATIVES = lazy(r"\s+/\s*|\s*/\s+|\s+or\s+(?=[a-z]+\s+[a-z]+$)")
# A second thought run on after a comma, with a subject of its own: ", I learned to code ...".
_SPLICE = lazy(r",\s*(?:and\s+|plus\s+|also\s+)?(?:i|i'm|i've|we|they|it|my|our)\b.*$", re.I)
# Words that say nothing of the company's own: size, fame, clients, learning, pay.
_VAGUE = _wordset(
    "big large huge biggest firm firms company companies brand name names reputation famous "
    "known prestige prestigious clients client customers many much lot lots good great nice best "
    "learn learning learnt learned grow growth opportunity opportunities career careers culture "
    "people values money salary pay benefits stable stability international global world "
    "worldwide leading top there work working place places environment team teams really very "
    "also well things thing everything museum gallery organisation organization business "
    "institution employer industry sector brand",
)


@lru_cache(maxsize=256)  # pure; the same intake value every note of a rehearsal
def short_target(target: str) -> str:
    """The better fit said once, in its short form: the core of the phrase ("data analytics" of
    "data analytics, ideally on the ... side"), and the first of two names for it ("technical
    writing" of "technical writing / developer documentation"); a thing it works on typed in the
    singular with no article said in the plural ("machine learning for medical image" ->
    "... for medical images")."""
    said = phrases.head(_phrase(fit_written(target)))
    said = _ALTERNATIVES.split(said, maxsplit=1)[0].strip() or said
    return _BARE_OBJECT.sub(lambda m: m.group(1) + _plural_of(m.group(2)), said)


# What a kind of work is for, typed in the singular with no article: "for medical image",
# "for retail store", "for hospital" (meant: images, stores, hospitals).
_BARE_OBJECT = lazy(
    r"(\b(?:for|on|with|in)\s+(?:[a-z]+\s+)?)(image|scan|store|shop|hospital|school|patient|"
    r"customer|user|device|vehicle|car|building|bank|startup|brand|game|product|website|robot|"
    r"drone|satellite|camera|sensor|clinic|app|farm|factory|museum|charity|city|home|house|"
    r"student|player|creator|podcast|video)$",
    re.I,
)


def _plural_of(noun: str) -> str:
    return noun[:-1] + "ies" if re.search(r"[^aeiou]y$", noun) else noun + "s"


# A noun phrase said after "that" ("that your WorldClimate strategy and the training you gave
# ..."): it starts with a determiner, and its head has no verb before a relative clause opens.
_NOUN_PHRASE_START = lazy(
    r"^that\s+(?:of\s+)?(?=(?:your|the|a|an|its|their|our|this|these|those)\s)", re.I
)
_RELATIVE_OPENS = lazy(
    r"\s(?=(?:i|we|they|you|he|she|it|that|which|who|whom|whose|where|when)\s)", re.I
)


def _noun_phrase_after_that(said: str) -> str:
    """``said`` (what follows "What draws me to X is") without a "that" before a noun phrase:
    "that your strategy and the training you gave every employee" -> "your strategy and the
    training you gave every employee" (no verb of its own, so "is that ..." would have none);
    a clause ("that you publish your research", "that your team is small") is kept as it is."""
    lead = _NOUN_PHRASE_START.match(said)
    if not lead:
        return said
    body = said[lead.end() :]
    if lead.group().rstrip().casefold().endswith(" of"):
        return body  # "because of their roadmap": a noun phrase, whatever follows it
    head, *relative = _RELATIVE_OPENS.split(body, maxsplit=1)
    # Without a relative clause to hold the verb ("that the dashboard cut waits in half"), a
    # verb the word lists do not know may be the clause's own: "that" stays.
    return body if relative and not phrases.is_clause(head) else said


@lru_cache(maxsize=256)  # pure; the same intake values every note of a rehearsal
def draws_said(draws: str, company: str) -> str:
    """What draws the student, ready for "What draws me to {company} is ...": cleaned
    (``phrases.complement``), said to the company, without a second thought run on after a
    comma ("your developer docs, I learned to code from them" -> "your developer docs"); ""
    when what they typed names nothing of the company's own ("big firm, many clients, good for
    learn")."""
    said = _INTENSIFIER.sub("", phrases.complement(_phrase(draws), company))
    said = _noun_phrase_after_that(said)
    if not said.startswith("that "):
        said = _SPLICE.sub("", said).strip(" ,;")
    own = set(re.findall(r"[a-z]+", company.casefold()))
    words = [w for w in re.findall(r"[a-z]+", said.casefold()) if len(w) > 3]
    telling = [w for w in words if w not in _VAGUE and w not in own and w not in _COMMON]
    return said if telling and phrases.shapes_as_complement(said, company) else ""


# In an earlier answer, a sentence that says what they admire of the company's own, and the
# phrase of theirs it names: "I've followed your ESG assurance work for FTSE clients".
_ADMIRED = lazy(
    r"\b(?:your|you're|you’re|you've|you’ve)\b[^.!?;]*?(?=\s*(?:[,;.!?]|\s+(?:and|but|because|"
    r"since|which|so|as)\b|$))",
    re.I,
)


def _earlier_answers(ctx: Context) -> list[str]:
    """What the student typed earlier in the round (``Context.earlier``), without the plan's
    script or the stronger versions the coach showed (each follows its answer on one line)."""
    answers: list[str] = []
    previous = ""
    for line, text in ctx.earlier:
        if line and line != previous:
            answers.append(text)
        previous = line
    return answers


def draws_from_earlier(ctx: Context, company: str) -> str:
    """What draws them, from an earlier answer of the round when the intake has none: the first
    phrase said to the company in a sentence of keen words ("I really admire your ESG assurance
    work for FTSE clients" -> "your ESG assurance work for FTSE clients"), ready for "What draws
    me to {company} is ..." (``draws_said``); "" when no earlier answer names anything of
    theirs."""
    for text in _earlier_answers(ctx):
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            if not _KEEN.search(sentence) or sentence.rstrip().endswith("?"):
                continue
            found = _ADMIRED.search(sentence)
            said = draws_said(found.group(0).strip(), company) if found else ""
            if said and good_english(said):
                return said
    return ""


def proof_from_earlier(ctx: Context) -> str:
    """Their own proof from an earlier answer of the round, when the intake has none: the first
    sentence in the first person that tells a result with a figure ("I cut our month-end close
    from 9 days to 5."), less a second thought run on after a comma, clean enough to say as it
    is; "" when there is none."""
    for text in _earlier_answers(ctx):
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            # Without a second thought run on after a comma (", and I'd love to do more").
            if sentence.strip().endswith("?"):
                continue
            sentence = _SPLICE.sub("", sentence.strip()).rstrip(" ,;.!") + "."
            if (
                re.match(r"(?i)(?:i|we)\b", sentence)
                and re.search(r"\d", sentence)
                and speakable(sentence)
                and good_english(sentence)
            ):
                return sentence
    return ""


_COMMON = _wordset(
    "that this your their with from what about which because they them have been just like "
    "when where does doing done into over more most some such only then than",
)


def _pick(templates: list[str], values: Mapping[str, str]) -> str:
    """Fill the first template whose fields all have a value (each value escaped by ``fill``)."""
    for template in templates:
        fields = {name for _, name, _, _ in string.Formatter().parse(template) if name}
        if all(values.get(name) for name in fields):
            return undouble(fill(template, values))
    return ""


# A word said twice running where a value met its template ("the grid operations team team").
_DOUBLED = lazy(r"\b([A-Za-z]{2,})(\s+)\1\b(?![-'’])", re.I)


def undouble(line: str) -> str:
    """``line`` with a word doubled where a value met its template said once: "Who leads the
    grid operations team team" -> "... team". Only letters words; "that that" is rare enough in
    a coach's line to be dropped too. Text without one is returned as it is."""
    return _DOUBLED.sub(r"\1", line)


# -- the note -------------------------------------------------------------------------------


def _gaps(result: Score, job_only: bool = False) -> list[tuple[str, str]]:
    """What to add, most useful first: ("shape", name), ("unsure", element), ("half", element).
    ``job_only``: the answer asked for a job and no more, so it did not do what a narrow moment
    needed, and the moment excuses nothing: why them and the proof come before the closing
    courtesies, in the pivot's own order (``_PRIORITY``)."""
    gaps: list[tuple[str, str]] = [("shape", g) for g in result.gaming[:1]]
    # What the moment does not call for is never something to add: the line's kind decides it
    # (its grants), not the answer's wording, so two replies to "who in particular?" get the
    # same advice about door open and staying in touch.
    # A red flag undoes the moment: what it undid ("it's in your answer, but ...") is still said.
    undone = bool(result.red_flags) or job_only
    grants = set() if undone else moment_grants(result.line_kind)
    # A part the moment gives in half and the answer never said is not asked for either.
    halves = set() if undone else moment_halves(result.line_kind) & set(result.granted)
    not_called = (set(result.granted) - moment_asks(result.line_kind)) | grants | halves
    if result.line_kind == "floated_team" and result.granted:
        # A warm yes with a question about the team is complete for that moment (COACHING.md):
        # staying in touch is not asked for again beside it (review j30).
        not_called.add("E7")
    if result.red_flags and result.elements["E8"] < 2 and _e8_reason(result) == "short":
        not_called.add("E8")  # a red flag is undone, never padded: no "say a little more"
    for level, label in ((0, "unsure"), (1, "half")):
        gaps += [
            (label, e) for e in _PRIORITY if result.elements[e] == level and e not in not_called
        ]
    return gaps


# The words that say each element. One scored 0 whose words are in a sentence the note quotes
# was cancelled by the rest of the answer (a red flag, a retraction), not missed: the note never
# says "didn't spot" what it quotes.
_SAID_BY = {
    "E2": "warmth",
    "E3": "fit",
    "E4": "proof",
    "E5": "ask",
    "E6": "door_open",
    "E7": "follow",
}


def _said(a: Analysis, element: str, quoted: list[str]) -> bool:
    """Whether ``element``'s words are in one of the ``quoted`` sentences of the answer."""
    group = _SAID_BY.get(element)
    if group is None:
        return False
    doc = a.doc
    for hit in doc.hits(group):
        s, e = (doc.to_raw(p) for p in doc.spans[hit.sentence])
        words = doc.raw[doc.to_raw(hit.start) : doc.to_raw(hit.end)]
        sentence = doc.raw[s:e]
        for quote in quoted:
            if words in quote and quote.strip("…") in sentence:
                return True
    return False


# An honest word about fit, said hedged or in words of its own: "not entirely certain that audit
# is the right direction for me", "I don't think sales is really my path", "a better fit".
_FIT_HEDGED = lazy(
    r"\bnot\s+(?:entirely\s+|completely\s+|totally\s+|fully\s+|really\s+|quite\s+|100%\s+)?"
    r"(?:sure|certain|convinced)\b[^.?!]*\b(?:right|fit|for\s+me|direction|path|strengths?)\b"
    r"|\b(?:isn't|is\s+not|not|don't\s+think\s+\w+(?:\s+\w+)?\s+is)\s+(?:really\s+|quite\s+)?"
    r"(?:the\s+|my\s+)?(?:right|best|ideal|natural)?\s*(?:fit|direction|path|calling|match)\b"
    r"|\bbetter\s+fit\b|\bwhere\s+i\s+do\s+my\s+best\b|\bmy\s+strengths?\s+(?:are|is|lie)\b",
    re.I,
)


# An introduction asked for in a sentence, not a question: "a short email introduction will be
# great", "I'd really appreciate an intro", "please connect me with them".
_REQUESTED = lazy(
    r"\b(?:intro|introduction|connection|referral)\b[^.?!]*?\b(?:will|would|'d|’d)\s+be\s+"
    r"(?:so\s+|really\s+|very\s+)?(?:great|amazing|brilliant|lovely|wonderful|helpful|perfect|"
    r"fantastic|appreciated|ideal|awesome)\b"
    r"|\bi(?:'d|’d|\s+would)\s+(?:really\s+|so\s+)?(?:love|appreciate|welcome|value)\s+(?:an?\s+)?"
    r"(?:(?:short|quick|brief|email|e-mail)\s+)*(?:intro|introduction)\b"
    r"|\bplease\s+(?:do\s+)?(?:introduce|connect)\s+me\b",
    re.I,
)


def _said_hedged(a: Analysis, element: str) -> bool:
    """Whether the answer says ``element`` in words the judge scored 0 but a reader would not
    call missing: the honest word about fit (``_FIT_HEDGED``), in a sentence that is not a
    question, and an introduction asked for in a sentence (``_REQUESTED``)."""
    if element == "E5":
        return bool(_REQUESTED.search(a.doc.raw))
    if element != "E3":
        return False
    return any(
        _FIT_HEDGED.search(a.doc.sentence(i)) and not a.doc.is_question(i)
        for i in range(len(a.doc.spans))
    )


def _e8_reason(result: Score) -> str:
    """Why delivery lost marks: "long", "short", "fillers" (two or more seen), "apologies" (two
    or more seen) or "texting" (typed as a text message): each only for what the answer has."""
    ideal_lo, ideal_hi = rules().by_name[result.line_kind].words[:2]
    if result.words > ideal_hi:
        return "long"
    if result.words < ideal_lo:
        return "short"
    if len(result.fillers) >= 2:
        return "fillers"
    return "apologies" if result.apologies >= 2 else "texting"


def filler_words(result: Score) -> str:
    """The filler words seen in the answer, as typed, quoted and joined ('"um" and "basically"',
    at most three, each once); "" when there is none."""
    seen: list[str] = []
    for word in result.fillers:
        if word.strip() and word.casefold() not in (w.casefold() for w in seen):
            seen.append(word)
    quoted = [f'"{w}"' for w in seen[:3]]
    return " and ".join([", ".join(quoted[:-1]), quoted[-1]] if quoted[1:] else quoted)


def _e8_step(result: Score, values: dict[str, str]) -> str:
    steps = rules_doc()["next_steps"]
    values["ideal"] = str(rules().by_name[result.line_kind].words[1] * 2 // 3)
    values["fillers"] = filler_words(result)
    reason = _e8_reason(result)
    if reason == "short" and rules().by_name[result.line_kind].grants:
        # A narrow moment: more about it, not the whole pivot again.
        reason = (
            f"short_{result.line_kind}"
            if steps.get(f"E8_short_{result.line_kind}")
            else "short_moment"
        )
    return _pick(steps[f"E8_{reason}"], values)


def _next_step(
    result: Score, gaps: list[tuple[str, str]], values: dict[str, str], a: Analysis
) -> str:
    steps = rules_doc()["next_steps"]
    # What to answer first is said as what to answer, never as their own line to repeat.
    first = rules_doc()["answer_first"]
    values["answer_first"] = str(first.get(result.line_kind, first["default"]))
    if result.red_flags:
        # The step fits the line asked ("I'd have to think hard about it" answers only "would
        # you take it?"): by the line's kind when the cause has a step for it.
        cause = _cause(a, result.red_flags[0])
        return _pick(steps.get(f"{cause}_{result.line_kind}") or steps[cause], values)
    if rules_doc()["feedback"]["unanswered"].get(result.line_kind) and not a.answers_the_moment():
        return _pick(steps["unanswered"], values)  # what the line asked comes before the rest
    if result.total >= READY and not gaps:
        # What to keep, nothing to add; never "as it is" when a sentence of it slipped.
        return _ready_step(a)
    if result.total >= READY:
        # Ready, with something still to add (the note lists it): what to add, and the rest
        # kept; never "keep it as it is" beside "one thing to add".
        step = _gap_step(result, gaps, values, a)
        if step:  # already markup: put in as it is, never escaped twice
            return str(rules_doc()["feedback"]["ready_step_add"]).replace("{step}", step)
        return _ready_step(a)
    step = _gap_step(result, gaps, values, a)
    if step:
        return step
    if result.total < READY:
        # Nothing left to add that was not covered earlier, yet short of ready: never "keep it
        # as it is", but the part of this answer that held it back.
        if result.elements["E1"] < 2:
            return _pick(steps["E1_pivoted" if _pivoted(a) else "E1"], values)
        if result.elements["E8"] < 2:
            return _e8_step(result, values)
        held = [e for e in _PRIORITY if e in result.weak and e != "E1"]
        if held:
            # It answered first: the part said only in part is what held it back, named.
            missing = rules_doc()["missing"]
            return fill(steps["short_of_ready_part"][0], what=missing[held[0]])
        return _pick(steps["short_of_ready"], values)
    return _ready_step(a)


# An interviewer's line offering an introduction: "Want me to connect you?", "I could put you
# in touch with Maya", "I'll pass your name to their lead".
_OFFERED = lazy(
    r"\b(?:introduce\s+you|put\s+you\s+in\s+touch|connect\s+you|(?:an?\s+)?intro\b|"
    r"pass\s+(?:on\s+)?your\s+(?:name|details|cv)|set\s+(?:you\s+)?up\s+(?:a\s+)?(?:chat|call|coffee)|"
    r"loop\s+you\s+in)",
    re.I,
)


def _gap_step(
    result: Score, gaps: list[tuple[str, str]], values: dict[str, str], a: Analysis
) -> str:
    """The next step for the first of ``gaps`` (what the note lists to add), or "" when there
    is none."""
    steps = rules_doc()["next_steps"]
    for kind, what in gaps:
        if kind == "shape":
            return _pick(steps["gaming"], values)
        if what == "E8":
            return _e8_step(result, values)
        if what == "E3" and kind == "half" and result.elements["E3"] == 0:
            return _pick(steps["E3_hedged"], values)  # said, hedged: never "add" it
        if what == "E1" and a.responded is not None and a.responded.sentence == 0:
            # Their first sentence answered the line: never "start with ..." again, but why
            # timing is only half (``_half_hint``).
            hint = _half_hint(a, "E1", a.doc.raw, job=_job_ask(a, a.doc.raw, result.line_kind))
            return phrases.upper_first(hint) + "."
        # The step follows the line: "who exactly?" wants who and why, minutes left the one
        # thing to do now; and the answer: what it already says is not asked for again.
        if what == "E5" and _REQUESTED.search(a.doc.raw):
            return _pick(steps["E5_requested"], values)  # asked already, as a sentence
        if what == "E5" and a.kind.good == "names_someone" and a.names_someone():
            return _pick(steps["E5_named"], values)  # who is said: ask it as a question
        if what == "E5" and values.get("offered"):
            # An introduction is already offered: take it up, never ask for one again.
            return _pick(steps["E5_offered"], values)
        if what == "E1" and _pivoted(a):
            return _pick(steps["E1_pivoted"], values)  # never "then make your pivot" again
        by_line = steps.get(f"{what}_{result.line_kind}")
        if by_line:
            return _pick(by_line, values)
        if what == "E5" and result.elements["E5"]:
            return _pick(steps["E5_half"], values)  # they asked: make that ask specific
        if what == "E2" and _cites_them(a):
            return _pick(steps["E2_cited"], values)  # named something of theirs: say why
        return _pick(steps[what], values)
    return ""


def _pivoted(a: Analysis) -> bool:
    """Whether the answer made its pivot in words of its own: an honest fit, proof or an ask
    it said itself (not one the moment gave), so the next step never asks for the pivot again."""
    return any(a.points.get(e, 0) >= 1 and e not in a.granted for e in ("E3", "E4", "E5"))


def _ready_step(a: Analysis) -> str:
    """The next step for an answer at 14+: say it the same way again, or, when a sentence of it
    has a slip, keep what it says with the fix shown: the words to change (``fix_words``), or
    the sentence as typed and as it reads written right ("Say "Who I can talk ...?" as "Who
    could I talk to ...?""). A slip with no certain fix is never "kept as it is", and never
    "said in plain words" without the fix."""
    words = rules_doc()["feedback"]
    found = [f for i in range(len(a.doc.spans)) for f in fixes(a.doc.sentence(i))]
    if found:
        return fill(words["ready_step_fix"], fix=fix_words(found))
    for typed, mended in _mended_sentences(a):
        was, said = mended_pair(typed, mended)
        return fill(words["ready_step_as"], typed=was, said=said)
    quote, hedge = unsure_words(a)
    if quote:
        # The words where they sound unsure, in the sentence that holds them: only the hedge
        # goes, never the sentence that earned its marks (review 23).
        return fill(words["ready_step_unsure"], quote=quote, words=hedge)
    if _slipped(a):
        return str(words["ready_step_unfixed"])
    return str(words["ready_step"])


def _mended_sentences(a: Analysis) -> list[tuple[str, str]]:
    """The sentences of the answer with a real slip (one ``said_cleanly`` wrote right, so what
    it says changed), each as ``(typed, written right)``; [] when every sentence is clean."""
    found: list[tuple[str, str]] = []
    for i in range(len(a.doc.spans)):
        typed = a.doc.sentence(i)
        mended = said_cleanly(typed)
        if mended and mended_from(typed, mended):
            found.append((typed, mended))
    return found


def mended_from(typed: str, said: str) -> bool:
    """Whether ``said`` (from ``said_cleanly``) changed the words of ``typed`` as they are
    spoken: a slip was written right. Spacing, emoji, shorthand spelled out and apostrophes
    put in ("thats" -> "that's") sound the same, and are no change; so is punctuation alone
    ("on farms, I" and "on farms. I" are heard the same: never a fix to say)."""
    return _spoken_words(_as_typed(typed)) != _spoken_words(phrases.tidy(said))


def _spoken_words(text: str) -> list[str]:
    """The words of ``text`` as heard: no punctuation, no case ("On farms. I" -> ["on",
    "farms", "i"])."""
    return re.findall(r"[\w'’]+", text.casefold())


def _as_typed(typed: str) -> str:
    """``typed`` as said aloud: one line, no emoji, shorthand in full, apostrophes in."""
    plain = phrases.tidy(expand(phrases.strip_emoji(typed)))
    return _APOSTROPHE_DUE.sub(_with_apostrophe, plain)


def mended_pair(typed: str, said: str) -> tuple[str, str]:
    """What to show of a sentence written right: the whole sentence as typed and as said, or,
    for a long one, the words that changed (``mended_words``)."""
    if len(typed.split()) <= 16:
        return _as_typed(typed), phrases.tidy(said)
    return mended_words(typed, said)


def mended_words(typed: str, said: str) -> tuple[str, str]:
    """The few words that changed between ``typed`` and ``said`` (written right), with a word
    either side, so a fix is shown where it is: ("Who I can talk in grid analytics team?",
    "Who could I talk to in the grid analytics team?") -> ("Who I can talk in grid", "Who
    could I talk to in the grid"); the whole of each when most of it changed."""
    old, new = _as_typed(typed).split(), phrases.tidy(said).split()
    blocks = difflib.SequenceMatcher(a=[w.casefold() for w in old], b=[w.casefold() for w in new])
    changed = [op for op in blocks.get_opcodes() if op[0] != "equal"]
    if not changed:
        return " ".join(old), " ".join(new)
    i1, j1 = max(0, changed[0][1] - 1), max(0, changed[0][3] - 1)
    i2, j2 = min(len(old), changed[-1][2] + 1), min(len(new), changed[-1][4] + 1)
    if i2 - i1 > 12:
        return _quoted(" ".join(old)), " ".join(new)
    return " ".join(old[i1:i2]).strip(",;"), " ".join(new[j1:j2]).strip(",;")


def _quoted(sentence: str, most: int = 12) -> str:
    """``sentence`` as quoted in a note: whole up to ``most`` words, else its first words and
    "…", cut at a comma where one comes ("I enjoy very much your heat-pump tariff …")."""
    words = " ".join(sentence.split()).split(" ")
    if len(words) <= most:
        return " ".join(words)
    cut = [n for n, word in enumerate(words[:most]) if n >= 3 and word.endswith((",", ";"))]
    head = words[: cut[-1] + 1] if cut else words[:most]  # at a comma when there is one
    return " ".join(head).rstrip(",;:") + " …"


def _cites_them(a: Analysis) -> bool:
    """Whether the answer names something specific of the company's own (their report, their
    launch), outside a sentence with a red flag: the note never asks to add what it has."""
    doc = a.doc
    # "the company" said of any employer ("I will leave the company") names nothing of theirs.
    named = a.company - (doc.sentences("company_generic") - a.draws)
    theirs = named | a.draws | {i for i in range(len(doc.spans)) if _THEIRS.search(doc.sentence(i))}
    specific = theirs & doc.sentences("specific")
    return any(not doc.is_question(i) for i in specific - _flagged(a, a.flags))


# Something of the company's own, said to them: "your 2024 report", "your developer docs".
# A person of theirs ("your Head of Product Analytics", "your manager") is who to ask, not
# something of theirs that draws the student (review 26b: "New in this answer: the reason for
# Verdant Grid" of an answer that named only whom it would talk to).
_THEIRS = lazy(
    r"\byour\s+(?!(?:role|job|position|team|time|process|head|heads|manager|managers|lead|leads"
    r"|director|directors|boss|colleagues?|people|recruiters?|chief|vp|ceo|cto|cfo)\b)\w+",
    re.I,
)


# A sentence asking for a job rather than advice or a name: "Do you have any other jobs, maybe
# in policy?", "Are there any vacancies?", "Can I apply for that one?". It never goes into a
# stronger version, and the note says plainly to ask for advice or a name instead.
_JOB_REQUEST = lazy(
    r"\b(?:any|other|open|more)\s+(?:other\s+|open\s+|more\s+)?"
    r"(?:jobs?|roles?|openings?|positions?|vacanc(?:y|ies)|posts?)\b"
    # The judge's own job-ask kinds, phone-typed too: "r there any data analyst jobs open?".
    r"|\bany\s+(?:other\s+)?(?:[a-z-]+\s+){1,2}(?:jobs?|openings?|vacanc(?:y|ies))\b"
    r"|\b(?:is|are|r)\s+there\s+(?:any\s+|a\s+|an\s+)?(?:\w+\s+){0,3}"
    r"(?:jobs?|roles?|openings?|positions?|vacanc(?:y|ies))\b"
    r"|\b(?:can|could|may|should)\s+i\s+(?:just\s+)?apply\b"
    # Their CV sent on to a team, or another job applied for in place of this one (review 23):
    # "can u just forward my cv to them", "I'd rather apply for one of those instead".
    r"|\b(?:forward|pass|hand)\s+(?:on\s+|along\s+|over\s+)?my\s+(?:cv|c\.v\.|resume|résumé|"
    r"application)\b"
    r"|\b(?:send|give|share|put)\s+my\s+(?:cv|c\.v\.|resume|résumé|application)\s+(?:on\s+|along\s+|"
    r"over\s+|forward\s+)?(?:to|with)\s+(?:them|him|her|that|the|your|whoever|someone)\b"
    r"|\b(?:prefer|rather|like|love|want|wanna)\s+(?:to\s+)?apply\s+(?:for|to)\s+(?:one\s+of\s+)?"
    r"(?:those|them|that\s+one|the\s+other|another|a\s+different)\b"
    r"|\b(?:do|does)\s+(?:you|your\s+\w+|the\s+\w+\s+team)\s+(?:\w+\s+){0,2}"
    r"(?:have|take|hire)\b[^.?!]{0,30}\b(?:jobs?|roles?|openings?|positions?|vacanc(?:y|ies))\b",
    re.I,
)
# Their own answer says the role itself fits: "The application specialist role I like very
# much, it is exactly my work", "I love this job". No honest word about fit is wanted then.
_ROLE_FITS = lazy(
    r"\b(?:role|job|position)\b[^.?!]{0,40}?\b(?:i\s+(?:really\s+|very\s+much\s+)?"
    r"(?:like|love|enjoy)|exactly\s+(?:my|what\s+i)|fits\s+me|suits\s+me|right\s+for\s+me|"
    r"perfect\s+for\s+me)"
    r"|\bi\s+(?:really\s+)?(?:like|love|enjoy)\s+(?:the|this)\s+(?:[\w-]+\s+){0,3}"
    r"(?:role|job|position)\b",
    re.I,
)
_NEGATED = lazy(r"\b(?:not|never|isn't|isnt|don't|dont|doesn't|wouldn't|no\s+longer)\b", re.I)


def asks_for_a_job(text: str) -> bool:
    """Whether ``text`` asks for a job, role, opening or vacancy ("Do you have any other jobs?",
    "Can I apply for that?") rather than for advice or a name."""
    return bool(_JOB_REQUEST.search(text))


def says_role_fits(text: str) -> bool:
    """Whether the student's own ``text`` says the role itself fits them ("The specialist role I
    like very much, it is exactly my work"); a negated sentence ("I don't love this job") does
    not."""
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if _ROLE_FITS.search(sentence) and not _NEGATED.search(sentence):
            return True
    return False


def _fits_by_their_word(a: Analysis, text: str) -> bool:
    """Whether the answer itself says the role fits (``says_role_fits``), and means it: a claim
    the judge found faked ("honestly this role is my dream", after an intake that said it is
    not) is the red flag to replace, not a reason to leave out the honest word about fit."""
    return "fakes_interest" not in a.flags and says_role_fits(text)


# Where each element shows in a sentence: the words that say it.
_SHOWN_BY = {
    "E2": ("warmth",),
    "E3": ("fit", "fit_weak"),
    "E4": ("proof", "bridge", "proof_vague"),
    "E5": ("ask", "request", "soft_ask"),
    "E6": ("door_open", "door_soft"),
    "E7": ("follow", "follow_soft"),
}


def _sentence_of(a: Analysis, quote: str) -> int | None:
    """The sentence of the answer that ``quote`` (the user's words, maybe trimmed with "…")
    comes from."""
    core = quote.strip("…").strip()
    for i in range(len(a.doc.spans)):
        if core and core in a.doc.sentence(i):
            return i
    return None


def _shows(a: Analysis, element: str, i: int) -> bool:
    """Whether sentence ``i`` says ``element`` in words of its own (not only by context)."""
    doc = a.doc
    if element == "E4" and any(h.sentence == i for h in a.evidence()):
        return True
    named = a.kind.good == "names_someone" and a.responded is not None
    if element == "E5" and named and a.responded is not None and a.responded.sentence == i:
        # "who in particular?": naming someone is the ask itself, when it is said as a reply
        # ("Ideally whoever ...") or a question; "I'm very interested in your X practice" is a
        # statement, never the ask.
        direct = a.direct is not None and a.direct.sentence == i
        return direct or doc.is_question(i) or any(h.sentence == i for h in doc.hits("request"))
    return any(h.sentence == i for g in _SHOWN_BY.get(element, ()) for h in doc.hits(g))


# A first-person account of what the student did: "I wrote ...", "I've built ...".
_DID = lazy(
    r"\bi(?:'ve| have)? (?:\w+ly )?(?:[a-z]{3,}ed|built|wrote|ran|led|made|grew|taught|won|"
    r"set up|sat in|took|did|gave|found|began|spent)\b",
    re.I,
)


# Who to talk to, said as a reply: "whoever leads ...", "the head of ...", "someone on ...".
_WHO = lazy(
    r"\b(?:whoever|head\s+of|(?:leads?|leader|manager|director|lead)\s+(?:of|for|on|in)\b|"
    r"(?:person|someone|somebody)\s+(?:who|running|leading|in\s+charge|on|in|from)\b|"
    r"the\s+(?:\w+\s+){1,2}(?:lead|manager|team|head)\b|who\s+(?:leads|runs|heads|manages)\b)",
    re.I,
)


def _names_who(a: Analysis, i: int) -> bool:
    """Whether sentence ``i`` names who they'd talk to ("Probably whoever leads product
    analytics.", "someone like Priya"): the ask's words, never timing's, and never a statement
    of interest ("I'm very interested in your X practice")."""
    if a.doc.is_question(i) and not _WHO.search(a.doc.sentence(i)):
        return False
    people = any(h.sentence == i for h in a.people())
    return people or bool(_WHO.search(a.doc.sentence(i)))


def _labels(a: Analysis, element: str, i: int) -> bool:
    """Whether sentence ``i`` may be labelled with ``element``: the ask needs a question, a
    request or a reply naming who ("Ideally whoever ..."), never a statement; enthusiasm for
    the company is never the label of an account of the student's own work ("I wrote ...")."""
    if i < 0:
        return True  # a model's quote, not found in the answer: as it was given
    doc = a.doc
    if element == "E5":
        direct = a.direct is not None and a.direct.sentence == i
        asks = doc.is_question(i) or any(h.sentence == i for h in doc.hits("request"))
        return direct or asks or any(h.sentence == i for h in doc.hits("ask"))
    sentence = doc.sentence(i)
    if element == "E2":
        # Enthusiasm names the company or its work ("I really admire your clinic app"): never
        # a request ("id love an intro"), a question, or a remark with nothing of theirs in it.
        # (a sentence opening "What drew me to ..." is no question: only its "?" makes one)
        asks = sentence.rstrip().endswith("?") or any(
            h.sentence == i for g in ("ask", "request", "soft_ask") for h in doc.hits(g)
        )
        theirs = i in a.company or i in a.draws or bool(_ABOUT_THEM.search(sentence))
        return not _DID.search(sentence) and not asks and theirs
    if element == "E1":
        # Timing is a reply to their line: a bare acknowledgement ("I understand.", "That is a
        # fair question.") says none, and a sentence naming who they'd talk to is the ask.
        return not _ACKNOWLEDGED.match(sentence.strip()) and not _names_who(a, i)
    if element == "E4":
        # Proof is a thing done or a result: a wish to learn ("I'd like to know how they use
        # the data") is credited without being quoted as it.
        return not doc.is_question(i) and bool(
            _DID.search(sentence)
            or _DONE.search(sentence)
            or figures(sentence)
            or _OWN_RECORD.search(sentence)
        )
    if element in ("E6", "E7"):
        # Door open and staying in touch are quoted only where the sentence says them itself,
        # never a sentence that earned them by the line it answered; door open only in its own
        # plain words ("glad to stay in the process"), never an offer weighed ("I'd think hard
        # about it") or a nod ("I totally understand"), which are credited without a quote.
        groups = ("door_open",) if element == "E6" else _SHOWN_BY[element]
        return any(h.sentence == i for g in groups for h in doc.hits(g))
    return True


# Words that point at the company or its work in a sentence of enthusiasm: "your app", "what
# you do", "the company", "their mission", "here".
_ABOUT_THEM = lazy(
    r"\b(?<!thank\s)(?<!thanks\s)(?:you|your|yours|you['’]re|youre|ur|u|they|their|them|here|"
    r"company|organi[sz]ation|"
    r"firm|mission|brand)\b",
    re.I,
)


# A reply that only acknowledges the line, with nothing of an answer in it.
_ACKNOWLEDGED = lazy(
    r"^(?:(?:oh|ah|okay|ok|right|yes|yeah|sure|well|(?:very\s+)?(?:good|great|fair)\s+question|"
    r"thanks?(?:\s+you)?)[,.!\s]+)*(?:i\s+(?:understand|see|get\s+(?:it|that)|"
    r"hear\s+you)|(?:that\s+)?makes\s+sense|fair\s+enough|got\s+it|of\s+course|okay|ok|right|sure|"
    r"noted|understood|thanks?(?:\s+you)?|i\s+appreciate\s+that|"
    # A remark on their question, not an answer to it: "That is a fair question.", "Good
    # question!", "Thanks so much for asking."
    r"(?:that['’]?s|that\s+is|it['’]?s|it\s+is|what)\s+an?\s+(?:very\s+|really\s+|such\s+a\s+)?"
    r"(?:fair|good|great|reasonable|interesting|valid|important|tough|big)\s+(?:question|point|one)|"
    r"(?:very\s+)?(?:good|great|fair)\s+(?:question|point)|"
    r"thanks?(?:\s+you)?(?:\s+(?:so|very)\s+much)?\s+for\s+(?:asking|the\s+question)(?:\s+that)?|"
    # News taken politely, and nothing more (review 23): "Yes, that is entirely fine, and I
    # appreciate you telling me.", "That's totally okay, thanks for letting me know."
    r"(?:that['’]?s|that\s+is|it['’]?s|it\s+is)\s+(?:(?:completely|totally|entirely|perfectly|"
    r"absolutely|quite)\s+)?(?:fine|okay|ok|alright|all\s+right|understandable|no\s+problem)"
    r"(?:,?\s+(?:and\s+)?(?:i\s+(?:really\s+)?appreciate|thanks?(?:\s+you)?\s+for)\s+(?:you\s+)?"
    r"(?:telling|letting|being|sharing|explaining|saying)[^.!?]{0,40})?)"
    r"(?:\s+(?:completely|totally|"
    r"entirely|fully))?\s*[.!…]*$",
    re.I,
)
# A thing done, said with a past tense that does not end in "-ed": "I rewrote ...", "we cut ...".
_DONE = lazy(
    r"\b(?:i|we)\s+(?:\w+ly\s+)?(?:re)?(?:wrote|drove|brought|cut|put|ran|sold|got|kept|held|"
    r"set|hit|drew|chose|caught|fought|sought|bought|taught|built|made|led|grew|won|took|did|"
    r"gave|found|began|spent|shot|sent|lent|met|saw|knew|told|stood|understood|became|rode|"
    r"threw|spoke|broke|paid|laid|fed|read|wound|mentored|co-\w+)\b",
    re.I,
)
# A first-person record of work: "I've worked on ...", "my experience in ...".
_OWN_RECORD = lazy(
    r"\b(?:i've|i\s+have|i\s+had|we've)\s+(?:\w+\s+)?(?:been|done|worked|run|built|led|made|"
    r"written|shipped|helped|handled|managed|taught|spent)\b|\bmy\s+(?:experience|background|"
    r"project|internship|thesis|placement)\b",
    re.I,
)


def _flagged(a: Analysis, flags: list[str]) -> set[int]:
    """The sentences that carry a red flag (or were said with sarcasm, or taken back)."""
    found = set(a.poisoned)
    # A sentence that takes a part back ("..., and I'll email you - just kidding about the
    # email") is never quoted as what worked, nor kept (dev11).
    found |= {h.sentence for h in a.doc.hits("unsay")}
    for flag in flags:
        found |= {h.sentence for h in _causes(a, flag)}
    return found


# A sentence that belittles the role rather than saying where they do their best work: "I can't
# do phone support all day", "I couldn't stand cold calling for years", "answering tickets
# would drive me mad". Honest fit names where they shine; this names what they would not
# endure, so it is never praised as fit nor kept to say again (review 24).
_BELITTLES = lazy(
    r"\b(?:can't|can’t|cant|cannot|can not|couldn't|couldn’t|could not|won't|wouldn't|"
    r"will not|would not)\s+(?:\w+\s+){0,2}?(?:do|stand|bear|face|handle|take|stomach|sit|"
    r"spend)\b[^.!?]{0,60}?\b(?:all day|all week|every day|everyday|day in,? day out|forever|"
    r"for hours|for years|the whole day|long)\b"
    r"|\b(?:drive|drives|would drive|will drive)\s+me\s+(?:mad|crazy|insane|nuts|up the wall)\b"
    r"|\b(?:would|will|'d|’d)\s+(?:kill|bore)\s+me\b",
    re.I,
)


def _belittling(a: Analysis) -> set[int]:
    """The sentences that belittle the role (``_BELITTLES``): never what worked, never kept."""
    return {i for i in range(len(a.doc.spans)) if _BELITTLES.search(a.doc.sentence(i))}


def _causes(a: Analysis, flag: str) -> list[Hit]:
    """Where in the answer ``flag`` was raised (empty for one that is about the whole answer)."""
    doc = a.doc
    if flag == "disparages_role":
        sarcastic = [Hit(doc.spans[i][0], i, False) for i in sorted(a.sarcastic)]
        return doc.hits("disparage") + doc.hits("self_sabotage") + (sarcastic if a.sarcasm else [])
    if flag == "fakes_interest":
        return doc.hits("role_enthusiasm") + a.fake
    if flag == "demands_job":
        return doc.hits("demand") + a.conditions
    if flag == "leaves_early":
        return list(a.leaves)
    return []


# Leaving said as the price of not getting something: "..., or I'm out", "unless you can move
# me, I'll walk", "if there's no route in, I'm done here".
_ULTIMATUM = lazy(
    r"\bor\s+(?:else\s+)?(?:i(?:'m|’m| am|'ll|’ll| will)|im)\b|\bunless\b|\beither\b|"
    r"\bif\s+(?:not|there(?:'s|’s| is)\s+no|you\s+(?:can't|cannot|won't|will not|don't))\b|"
    r"\botherwise\b",
    re.I,
)


def _cause(a: Analysis, flag: str) -> str:
    """What raised ``flag``, when it has causes worded apart (``red_flag_causes``): "recited",
    "self_sabotage" or "sarcasm"; else the flag itself."""
    doc = a.doc
    if flag == "ignores_interviewer" and a.recited:
        return "recited"
    if flag == "leaves_early" and any(
        _ULTIMATUM.search(doc.sentence(h.sentence)) for h in _causes(a, flag)
    ):
        return "ultimatum"  # "... or I'm out": staying made a condition, not an early goodbye
    if flag == "disparages_role" and not doc.hits("disparage"):
        if doc.hits("self_sabotage"):
            return "self_sabotage"
        if a.sarcasm:
            return "sarcasm"
        if a.retracted_all:
            return "retracted_all"
    return flag


def _flag_reason(a: Analysis, flag: str, values: dict[str, str], pasted: bool = False) -> str:
    """A red flag's reason for the flag actually raised, by what raised it, and the student's
    own sentence that raised it. ``pasted``: the answer is the coach's suggested version read
    back, so a recital is named as that, never as "what you said earlier"."""
    data = rules_doc()
    cause = _cause(a, flag)
    if cause == "recited" and pasted:
        cause = "pasted"
    reason = data["red_flag_causes"][cause] if cause != flag else data["red_flags"][flag]
    doc = a.doc
    said = fill(reason, values)
    hits = sorted(_causes(a, flag), key=lambda h: h.start)
    if hits:
        said += fill(data["red_flag_quote"], quote=doc.quote(hits[0].sentence, hits[0].start))
    return said


def _flags_said(a: Analysis, result: Score) -> list[str]:
    """The red flags the note explains, those with the answer's own words behind them first:
    "It doesn't answer what they just said" is left out when another flag's words open the
    answer (the ultimatum was the reply to their line: it answered, and the reply is what to
    change), so the note never says the line was ignored by an answer that met it."""
    flags = sorted(result.red_flags, key=lambda f: not _causes(a, f))
    if "demands_job" in flags and "leaves_early" in flags:
        # "Move me within six months or I'm out": one ultimatum, named once by what it is (the
        # demand), never also as an offer to end the interview early.
        demanded = {h.sentence for h in _causes(a, "demands_job")}
        leaving = {h.sentence for h in _causes(a, "leaves_early")}
        if leaving and leaving <= demanded:
            flags = [f for f in flags if f != "leaves_early"]
    opened = any(h.sentence == 0 for f in flags for h in _causes(a, f))
    if opened and len(flags) > 1:
        flags = [f for f in flags if f != "ignores_interviewer"]
    return flags


# A plan to leave the job within months, however it is worded: "after six month I will
# probably leave", "I'd likely move to the data team within a year", "in a few months I'll
# switch".
_TIME_SPAN = (
    r"(?:after|within|in)\s+(?:like\s+|about\s+|maybe\s+|around\s+|only\s+|just\s+)?(?:a|an|one|"
    r"two|three|four|five|six|nine|twelve|\d+|a\s+few|few|some|a\s+couple(?:\s+of)?)\s*"
    r"(?:weeks?|wks?|months?|mths?|years?)\b"
)
_LEAVE_VERB = (
    r"\bi(?:'ll|’ll|'d|’d|\s+will|\s+would|\s+might|\s+may|\s+plan\s+to|\s+want\s+to|"
    r"\s+am\s+going\s+to)?(?:\s+(?:probably|likely|maybe|surely|definitely|just|then|"
    r"honestly|prob)){0,2}\s+(?:leave|quit|resign|move\s+on|jump\s+ship|bounce|transfer|"
    r"(?:switch|move|go)\s+(?:to|into|over\s+to)\s+(?:the\s+|a\s+|another\s+|your\s+)?"
    r"(?:[\w-]+\s+){0,2}(?:team|role|job|company|department))\b"
)
_LEAVING = lazy(
    _TIME_SPAN + r"[^.!?]{0,30}?" + _LEAVE_VERB + "|" + _LEAVE_VERB + r"[^.!?]{0,40}?" + _TIME_SPAN,
    re.I,
)


# A countdown of a year or less: "within half a year", "before the summer", "after probation".
_SOON = lazy(
    r"\b(?:within|after|before|beyond|past|by|in)\s+(?:the\s+|a\s+|my\s+)?(?:half\s+a\s+year|"
    r"(?:first\s+)?(?:few|couple\s+of|\w+)\s+months|months|(?:the|a|one|first)\s*year|year|spring|"
    r"summer|autumn|fall|winter|christmas|new\s+year|probation)\b",
    re.I,
)


def _leaving_plan(a: Analysis) -> str:
    """The student's sentence saying they plan to leave the job within months (quoted as it is
    in the note), or "" when the answer has none."""
    # Said formally too (review 24): a self-sabotage sentence with a short countdown in it ("I
    # would most likely be looking to move on within half a year").
    sabotage = a.doc.sentences("self_sabotage")
    for i in range(len(a.doc.spans)):
        sentence = a.doc.sentence(i)
        soon = i in sabotage and _SOON.search(sentence)
        # ("Should I take the post, I would ... move on within six months" reads as a question
        # by its first words; the judge already flagged it, so it is quoted all the same.)
        if soon or (_LEAVING.search(sentence) and not a.doc.is_question(i)):
            return sentence
    return ""


def _retraction(a: Analysis) -> str:
    """The student's own words that took back what they had said ("Actually, forget all
    that, ..."), or "" when nothing was taken back."""
    hits = [h for h in a.doc.hits("retract") if a.cuts]
    if not hits:
        return ""
    return a.doc.quote(hits[0].sentence, hits[0].start, limit=90)


def _job_sentence(a: Analysis) -> str:
    """The student's own sentence that asks for a job, or ""."""
    for i in range(len(a.doc.spans)):
        if i in a.job_asked or asks_for_a_job(a.doc.sentence(i)):
            return a.doc.quote(i, a.doc.spans[i][0], limit=110)
    return ""


def _job_ask(a: Analysis, text: str, line_kind: str) -> bool:
    """Whether the answer asks for a job that nobody offered: never when the interviewer's own
    line floated a team that is hiring ("should I apply and mention your name?" then is the
    natural next step, not a demand). The judge's own job asks count too, so a job asked for
    in a casual or non-native word order ("have you some job there?") gets the same note as
    one asked for in the textbook order."""
    return line_kind != "floated_team" and (bool(a.job_asks) or asks_for_a_job(text))


# A question asking where the work they want happens, the first half of the plan's ask: "Is
# there a team at Verdant Grid doing that kind of work?", "Which team works on forecasting?",
# "Where do you think someone with my background could add the most?"
_WHERE_ASKED = lazy(
    r"\b(?:is|are)\s+there\s+(?:a|an|any)\s+(?:\w+\s+){0,3}(?:teams?|groups?|departments?)\b"
    r"|\b(?:which|what)\s+(?:\w+\s+){0,2}(?:teams?|groups?|departments?)\b"
    r"|\bwhere\b[^?]{0,60}\b(?:add|fit|contribute|be\s+(?:most\s+)?useful|help)\b",
    re.I,
)


def _asks_where(a: Analysis) -> bool:
    """Whether a question of the answer asks where the work they want happens (``_WHERE_ASKED``),
    outside a sentence with a red flag: the plan's ask begun, if not yet for a person."""
    flagged = _flagged(a, a.flags)
    return any(
        a.doc.sentence(i).rstrip().endswith("?") and _WHERE_ASKED.search(a.doc.sentence(i))
        for i in range(len(a.doc.spans))
        if i not in flagged
    )


def _half_hint(a: Analysis, element: str, text: str, job: bool | None = None) -> str:
    """What to do with an element at half marks, never contradicting what the answer says:
    an ask that names someone is not told to name someone. ``job``: whether the answer asks
    for a job nobody offered (``_job_ask``); by its words when not given."""
    data = rules_doc()
    because = data["weak_because"]
    if job is None:
        job = asks_for_a_job(text) or bool(a.job_asked)
    if element == "E5":
        if job:
            return str(because["E5_job"])
        if a.points.get("E5", 0) == 0 and _asks_where(a):
            return str(because["E5_where"])
        if _REQUESTED.search(text):
            return str(because["E5_requested"])
        named = a.kind.good == "names_someone" and a.names_someone()
        if named or any(a._specific_ask(h.sentence) for h in a.doc.hits("ask")):
            return str(because["E5_named"])
    unanswered = rules_doc()["feedback"]["unanswered"].get(a.kind.name)
    if element == "E1" and unanswered and not a.answers_the_moment():
        # The note says it does not answer what they asked: never "you answered their line".
        return str(because["E1_unanswered"])
    if element == "E1" and a.takes_up_unsaid():
        # The offer taken up warmly, with a follow-up: what they'd want from the person is left.
        return str(because["E1_purpose"])
    if element == "E1" and a.responded is not None and a.responded.sentence == 0:
        # Their first sentence answered the line ("Yes."): why timing is half is something else.
        if a.gaming:
            return str(because["E1_shape"])
        if job:
            # "Yes. Do you have any other jobs?" answered first; "Can you just give me the
            # analyst job?" did not: its first sentence is the request itself.
            first = a.responded.sentence
            itself = first in a.job_asked or asks_for_a_job(a.doc.sentence(first))
            return str(because["E1_job" if itself else "E1_job_after"])
        if a.weak_reply:
            return str(because["E1_weak"])
        if a.bare():
            return str(because["E1_bare"])
        return str(because["E1_answered"])
    if element == "E8":  # why delivery is half: too long, too short, fillers or apologies
        return fill(because[f"E8_{_e8_reason(a.score)}"], fillers=filler_words(a.score))
    return str(data["weak"][element])


def _worked(result: Score, a: Analysis) -> dict[str, str]:
    """What worked, in the student's own words: at most one quote per sentence, labelled with
    the element it shows best ("the ask", not "timing", for a name given when asked who);
    timing only for a sentence whose work is answering the line. Never a sentence that carries
    a red flag, and nothing from an answer that recites an earlier one."""
    if a.recited or a.sarcasm or a.sarcastic or a.pasted:
        # A sarcastic answer is said in that voice throughout: nothing in it is praised, not
        # even a polite-sounding ask inside it. A script written for another line or another
        # company's interview earned nothing in this one: its ask is not praised either.
        return {}
    flagged = _flagged(a, result.red_flags) | _belittling(a)
    # An answer that fakes keenness or mocks says its reply to the line in that voice too ("oh
    # def yes!!" before the faked praise): its reply is never quoted as good timing (review j21).
    toned = a.sarcasm or "fakes_interest" in result.red_flags
    # Asked who, a pitch that names no one ignored the line: its "is there someone I could talk
    # to?" is the question they asked back, never praised as the ask (issue 11).
    pitched = a.kind.good == "names_someone" and "ignores_interviewer" in result.red_flags
    claims: dict[int, list[str]] = {}
    quotes: dict[int, str] = {}
    for element in ("E2", "E3", "E4", "E5", "E6", "E7", "E1"):  # the order of the pivot itself
        quote = result.quotes.get(element)
        if element in result.granted or not quote or not result.elements[element]:
            continue
        if (element == "E1" and toned) or (element == "E5" and pitched):
            continue
        i = _sentence_of(a, quote)
        if i is None:  # not found in the answer (a model's quote): as it was given
            i = -1 - len(quotes)
        elif i in flagged or i in a.job_asked or asks_for_a_job(a.doc.sentence(i)):
            continue  # a job asked for is never praised, as an ask, a follow-up or a fit
        claims.setdefault(i, []).append(element)
        quotes.setdefault(i, quote)
    named = a.responded if a.kind.good == "names_someone" and not a.weak_reply else None
    # Asked who, the sentence that names someone is the ask, whatever else it earned.
    holds = claims.get(named.sentence, ["E5"]) if named is not None else ["E5"]
    if named is not None and a.points.get("E5") and "E5" not in holds + result.granted:
        holds.append("E5")
    # What the answer's own reading credited each sentence with, beyond timing: the round's
    # merge (``practice.in_round``) keeps one element per quote, which may be timing alone.
    credited: dict[int, list[str]] = {}
    for element, quote in a.score.quotes.items():
        if element in ("E1", "E8") or element in result.granted or not a.points.get(element):
            continue
        at = _sentence_of(a, quote)
        if at is None or at in flagged or not _labels(a, element, at):
            continue
        if _shows(a, element, at) or (element == "E5" and _names_who(a, at)):
            credited.setdefault(at, []).append(element)
    worked: dict[str, str] = {}
    for i, elements in claims.items():
        points = result.elements
        shown = [e for e in elements if e != "E1" and (i < 0 or _shows(a, e, i))]
        full = [e for e in shown if points[e] == 2]
        answers = "E1" in elements and points["E1"] == 2
        timing = ["E1"] if answers and a.answers_the_moment() else []
        if a.kind.good == "names_someone" and "E5" in shown:
            # Asked who, a name or a team is the ask itself: quoted as the ask when it has
            # full marks (or, the ask already quoted, as the reply to their line), and never
            # as timing when it has not.
            labels = ["E5", *timing] if points["E5"] == 2 else []
        elif full:
            labels = full
        elif shown:
            labels = []  # what it does is only half there: not praised, and not as timing
        elif _names_who(a, i):
            # Naming who they'd talk to is the ask, whatever line it answers: quoted as the ask
            # at full marks, never as timing, nor as another element's carried credit.
            labels = ["E5"] if points["E5"] == 2 else []
        elif timing and credited.get(i):
            # The judge credited this sentence with more than timing (the round's merge keeps
            # one element per quote): it is quoted for what it shows, at full marks, or not at
            # all; "whoever leads product analytics" is the ask, never "timing".
            labels = [e for e in credited[i] if points[e] == 2]
        elif timing:
            labels = timing  # its work is answering the line, and it does what that asks
        else:
            # Full marks its own words earned: not credit carried from an earlier turn.
            labels = [e for e in elements if e != "E1" and points[e] == 2 == a.points.get(e)]
        who = "E1" in labels and _names_who(a, i)
        labels = [e for e in labels if _labels(a, e, i)]
        label = next((e for e in labels if e not in worked), "")
        if not label and who and points["E5"] == 2:
            # Their reply names who they'd talk to, and the ask is quoted already: it is quoted
            # as who they named, never as "timing".
            label = WHO
        if label:
            worked[label] = quotes[i]
    order = ("E2", "E3", "E4", "E5", WHO, "E6", "E7", "E1")
    return {e: worked[e] for e in order if e in worked}


# The label of a sentence that names who they'd talk to, beside an ask quoted already.
WHO = "who"


def _name(label: str) -> str:
    """What a quote in "What worked" is labelled: the element's short name, or who they named."""
    return str(rules_doc()["feedback"]["who_named"]) if label == WHO else SHORT_NAMES[label]


def _half_line(name: str, hint: object) -> str:
    """The note's line for an element said in part (``feedback.half``): one sentence, ending
    once even when its hint ends in a quoted question ("... like "Could you introduce me?"")."""
    line = fill(rules_doc()["feedback"]["half"], name=name, hint=str(hint))
    return line[:-1] if line.endswith(('?".', '!".', '."."', "?.", "!.")) else line


def feedback(
    result: Score,
    ctx: Context,
    text: str,
    role_fits: bool = False,
    earlier: Mapping[str, int] | None = None,
    analysis: Analysis | None = None,
    pasted: bool = False,
) -> str:
    """The coach's note on an answer (neutral markup): ``coach_note``'s note."""
    return coach_note(result, ctx, text, role_fits, earlier, analysis, pasted)[0]


def coach_note(
    result: Score,
    ctx: Context,
    text: str,
    role_fits: bool = False,
    earlier: Mapping[str, int] | None = None,
    analysis: Analysis | None = None,
    pasted: bool = False,
) -> tuple[str, list[str]]:
    """``(note, to_add)``: the coach's note, and the elements (E1-E8) it names as things to add
    (at most two, none for a shape to change), which a stronger version of a ready answer adds
    to what it keeps (``stronger_parts``). The note in neutral markup: band, red flags, what worked in the user's own
    words, at most two things to add, and one concrete next step. ``role_fits`` (the intake
    said so: finish strong or go for the job, or the role rated high) means no honest word
    about fit is asked for; an answer that asks for a job is told to ask for advice or a name.
    ``earlier``: each element's best points (0-2) in earlier answers of the same round; what
    they showed there is not asked for again ("you covered why this company earlier"), unless
    this line asks for it (``_MOMENT``). ``analysis``: the reading the score came from
    (``analyse(text, ctx)``), so a message reads the answer once; read here when not given.
    ``pasted``: the answer is the coach's suggested version read back (``pasted_version``):
    named as such, and nothing in it quoted as the student's.
    """
    data = rules_doc()
    words = data["feedback"]
    if not text.strip():
        return str(words["empty"]), []
    if analysis is None:
        analysis = analyse(text, ctx)
    role_fits = role_fits or _fits_by_their_word(analysis, text)
    values = _values(ctx)
    # "Start again" belongs to a red flag; a low score without one is built up, not restarted.
    # A red flag at the cap or below is "Start again", whatever band a judge gave the total.
    band_id = "restart" if result.red_flags and result.total <= CAP else result.band
    band_key = "building" if band_id == "restart" and not result.red_flags else band_id
    if band_key == "building" and _job_ask(analysis, text, result.line_kind):
        band_key = "building_job"  # a job asked for is one thing to undo: never "nothing"
    elif band_key == "building" and result.apologies >= _SORRY_MANY:
        band_key = "building_sorry"  # "sorry sorry ... sorry": the apologies are to undo
    band = data["bands"][band_key]
    band = {"label": band["label"], "line": fill(band["line"], total=result.total)}
    # Backing off when the interviewer pushes back ("Oh. OK then, no worries, sorry for
    # asking."): the reflex the practice exists to change, named warmly, never praised.
    gave_up = gives_up(result, analysis)
    # The coach's own words read back are not the student's to be praised for.
    worked = {} if pasted or gave_up else _worked(result, analysis)
    # What worked is what they are told to keep: a quote with a slip is shown with its repair,
    # and one no repair is certain for is credited without a quote ("Also there").
    said_as: dict[str, str] = {}
    for e, quote in list(worked.items()):
        at = _sentence_of(analysis, quote)
        if at is None:
            continue  # a model's quote, as it was given
        whole = analysis.doc.sentence(at)
        clean = said_cleanly(whole)
        if not clean or _still_typed(clean):
            del worked[e]  # no repair is certain: credited without a quote
        elif mended_from(whole, clean):
            said_as[e] = _quoted(clean, 16)  # a slip: shown with its repair
        else:
            # Said the same aloud: their words, apostrophes in, and their punctuation (a comma
            # is never quoted as a full stop they did not type).
            kept = said_cleanly(whole, split=False) or _as_typed(whole)
            if phrases.tidy(kept) != phrases.tidy(whole):
                worked[e] = _quoted(kept)
    line = band["line"]
    content = any(result.elements[e] for e in ELEMENTS[1:7])
    if analysis.passed_up and not result.red_flags and _POLITE.search(text):
        line = words["passed_up_band"]  # a polite "no": the one thing to change is that no
    elif gave_up:
        line = words["gave_up_band"]  # never "nothing in it needs undoing": the letting go does
    elif not worked and not content and not result.red_flags:
        line = words["nothing"]  # "lol no": nothing to build on, said honestly and kindly
    out = [fill(words["heading"], total=result.total, band=band["label"]), line]
    # A plan to leave within months is the most serious thing an answer can say: named first,
    # in its own words, whichever flag the judge raised for it (or none).
    leaving = _leaving_plan(analysis)
    took_back = _taken_back(analysis)
    if leaving and not result.red_flags:
        out[1] = str(words["undo_first"])  # never "nothing in it needs undoing" beside it
    if result.red_flags or leaving:
        out += ["", words["capped"]]
        if leaving:
            out.append("- " + str(data["red_flag_causes"]["leaving_plan"]))
            out[-1] += fill(data["red_flag_quote"], quote=leaving)
        reasons = [
            "- " + _flag_reason(analysis, flag, values, pasted)
            for flag in _flags_said(analysis, result)
            if (
                not (leaving and _cause(analysis, flag) == "self_sabotage")
                or any(
                    h.sentence != _sentence_of(analysis, leaving) for h in _causes(analysis, flag)
                )
            )
            # The joke that took it back is the lesson, not sarcasm read into what came before.
            and not (took_back is not None and _cause(analysis, flag) == "sarcasm")
            # Giving up the ask is named below as the reflex to change, not as leaving early.
            and not (gave_up and flag == "leaves_early")
        ]
        if took_back is not None:
            # "Just kidding, honestly I'd take literally any job here": one lesson, named once
            # (don't take back what you just said), never two flags quoting the same sentence.
            quote = _quoted(analysis.doc.sentence(took_back), 16)
            reasons = [r for r in reasons if quote.rstrip("…") not in r]
            reasons.insert(0, "- " + fill(words["took_back"], quote=quote))
        out += reasons
    elif pasted:
        out += ["", str(words["pasted"])]
    kind = result.line_kind
    if kind == "who_particular" and _ASKS_WHY.search(ctx.last_line):
        kind = "who_particular_why"  # only a line that asked why is said to have asked it
    unanswered = words["unanswered"].get(kind)
    if analysis.passed_up:
        # Handed the floor for questions and closed it: the missed pivot is named, never
        # credited as timing, however warm the thank-you.
        out += ["", str(words["passed_up"])]
    elif gave_up:
        held = words["gave_up"]
        out += ["", str(held.get(result.line_kind, held["default"]))]
    elif unanswered and not analysis.answers_the_moment():
        out += ["", str(unanswered)]
    retraction = _retraction(analysis)
    if retraction:
        out += ["", fill(words["retracted"], quote=retraction)]
    belittled = sorted(_belittling(analysis))
    if belittled and not result.red_flags and not pasted:
        quote = _quoted(analysis.doc.sentence(belittled[0]), 16)
        out += ["", fill(words["belittles"], quote=quote, target=values["target"])]
    if worked:
        out += ["", words["worked"]]
        out += [
            # A lone word or two ("Yes.") is named for what it did, never quoted as a line.
            fill(
                words["quote_named"].get(e, words["quote_named"]["default"]),
                element=_name(e),
            )
            if len(re.findall(r"[A-Za-z0-9'’]+", quote)) <= 2
            else fill(words["quote_as"], quote=quote, element=_name(e), said=said_as[e])
            if e in said_as
            else fill(words["quote"], quote=quote, element=_name(e))
            for e, quote in list(worked.items())[:3]
        ]
    # Full marks in this answer's own reading with no sentence that says it on its own (quoted
    # only where the sentence carries the element's meaning): credited, without a quote.
    unquoted = [
        e
        for e in ELEMENTS[1:7]
        if e not in worked
        and e not in result.granted
        and e not in analysis.raised
        and result.elements[e] == 2 == analysis.points.get(e)
        and not result.red_flags
        and not analysis.recited
        and not pasted
        and not (e == "E3" and _belittling(analysis))
    ]
    if unquoted:
        items = "; ".join(SHORT_NAMES[e] for e in unquoted)  # "bridge and proof; door open"
        out += ["", fill(words["also"], items=items)]
    # A fresh reason for the company, said here for the first time in the round: credited as
    # new, never "didn't call for" or "covered earlier" (review 26).
    fresh = "" if pasted or result.red_flags else _fresh_reason(analysis, ctx)
    if fresh:
        quoted_fresh = "E2" in worked and fresh.startswith(worked["E2"].rstrip("…").strip())
        inside = any(fresh.startswith(q.rstrip("…").strip()) for q in worked.values())
        if inside and not quoted_fresh:  # quoted above for another part: not quoted twice
            out += ["", fill(words["new_reason_in"], company=values["company"])]
        elif not quoted_fresh:
            quote = _quoted(_reason_clause(fresh), 16)
            out += ["", fill(words["new_reason"], company=values["company"], quote=quote)]
    # "didn't call for" belongs to a narrow moment: an open line calls for the whole pivot.
    # What the moment raised from a part said, where no quote shows it, is credited the same way.
    raised = [e for e in analysis.raised if e not in worked and e not in result.granted]
    granted = [e for e in result.granted + raised if e in (moment_grants(result.line_kind))]
    if fresh:
        granted = [e for e in granted if e != "E2"]
    if gave_up:
        granted = []  # nothing of the moment was done: never "your reply did what it needed"
    if granted:
        names = [SHORT_NAMES[e] for e in granted]
        items = (
            words["joiner"].join(names[:-1]) + words["and"] + names[-1] if names[1:] else names[0]
        )
        out += ["", fill(words["moment"], items=items)]
    job_ask = _job_ask(analysis, text, result.line_kind)
    # Only a job asked for (no other part of the pivot said in full): the moment excuses none.
    job_only = job_ask and all(
        analysis.points.get(e, 0) < 2 for e in ("E2", "E3", "E4", "E6", "E7")
    )
    gaps = [g for g in _gaps(result, job_only) if not (role_fits and g[1] == "E3")]
    # Never "I didn't spot" what the answer says in words the judge has no pattern for ("I am
    # not entirely certain audit is the right direction for me"): it is there, said hedged.
    gaps = [("half", e) if k == "unsure" and _said_hedged(analysis, e) else (k, e) for k, e in gaps]
    # The plan's own ask ("Is there a team at X doing that kind of work?", "Where could someone
    # with my background add the most?") is an ask begun: never "I didn't spot a clear ask".
    if _asks_where(analysis):
        gaps = [("half", e) if (k, e) == ("unsure", "E5") else (k, e) for k, e in gaps]
    if result.line_kind == "floated_team":
        # They offered the introduction themselves: the ask is made, never "make the ask
        # specific: one team or one person" about the person they just offered. A warm yes with
        # a question is complete for the moment (COACHING.md): staying in touch is then one
        # point short of the top, never "I didn't spot" it beside a "Ready".
        done = result.band == "ready"
        gaps = [g for g in gaps if g[1] != "E5" and not (done and g[1] == "E7")]
    covered = [e for e in covered_earlier(result, earlier) if not (fresh and e == "E2")]
    if gave_up:
        covered = []  # what they said before is why this one matters, not a reason to skip it
    # One reply is never told both "this line didn't call for X" and "X is missing".
    gaps = [g for g in gaps if g[1] not in covered and g[1] not in granted]
    # Nor both "It doesn't answer what they just said" (or "It doesn't say who") and "Your
    # reply to their line is partly there" (review 27b): the reply is named once, as missing.
    said_unanswered = "ignores_interviewer" in result.red_flags or (
        unanswered is not None and not analysis.answers_the_moment()
    )
    if said_unanswered:
        gaps = [g for g in gaps if g[1] != "E1"]
    if job_ask and not (
        took_back is not None and _sentence_of(analysis, _job_sentence(analysis)) == took_back
    ):
        job = _job_sentence(analysis)
        stronger = data["stronger"]
        out += [
            "",
            fill(stronger["job_ask_note"], quote=job) if job else stronger["job_ask_note_plain"],
        ]
    shown = gaps[:2]
    quoted = list(worked.values())[:3]
    if shown:
        out += ["", words["add_one" if len(shown) == 1 else "add_two"]]
        for kind, what in shown:
            if kind == "shape":
                out.append(fill(words["shape"], line=data["gaming"][what]))
            elif kind == "unsure" and what == "E2" and _cites_them(analysis):
                # They named something of theirs: not "didn't spot", but why it draws them.
                name = str(words["half_names"][what])
                out.append(_half_line(name, data["weak_because"]["E2_cited"]))
            elif kind == "unsure" and (earlier or {}).get(what, 0) >= 2:
                # Shown earlier in the round, and this moment calls for it again: never "I
                # didn't spot" what they said two turns ago.
                name = str(words["covered_names"][what])
                out.append(fill(words["again"], item=name[:1].upper() + name[1:]))
            elif (
                kind == "unsure"
                and took_back is not None
                and _said_before(analysis, what, took_back)
            ):
                # Said, then taken back with a joke: never "I didn't spot" it (review 26b, M6).
                short = SHORT_NAMES[what]
                out.append(fill(words["undone"], name=short[:1].upper() + short[1:]))
            elif kind == "unsure" and not _said(analysis, what, quoted):
                out.append(fill(words["unsure"], item=data["missing"][what]))
            else:
                short = SHORT_NAMES[what]
                name = str(words["half_names"][what])
                if kind == "unsure":  # said, then undone by the rest of the answer
                    out.append(fill(words["undone"], name=short[:1].upper() + short[1:]))
                elif what == "E2" and _cites_them(analysis):
                    hint = str(data["weak_because"]["E2_cited"])
                    out.append(_half_line(name, hint))
                else:
                    hint = _half_hint(analysis, what, text, job=job_ask)
                    out.append(_half_line(name, hint))
    if covered:
        names = [str(words["covered_names"][e]) for e in covered]
        items = (
            words["joiner"].join(names[:-1]) + words["both"] + names[-1] if names[1:] else names[0]
        )
        out += ["", fill(words["covered"], items=items)]
    if any(_OFFERED.search(line) for line, _ in (*ctx.earlier, (ctx.last_line, ""))):
        values["offered"] = "yes"  # the interviewer already offered an introduction
    step = _next_step(result, gaps, values, analysis)
    if pasted and not result.red_flags:
        step = str(words["pasted_step"])  # never "keep it as it is" of the coach's own words
    out += ["", words["next"].replace("{step}", step)]
    return "\n".join(out), [what for kind, what in shown if kind != "shape"]


# A sentence that takes back everything said before it as a joke: "Just kidding, ...", "jk",
# "Only joking", "lol no", "Nah, forget that".
_TAKE_BACK = lazy(
    r"^\W*(?:(?:lol|haha|ha)\W+)?(?:just\s+kidding|(?:i'?m\s+)?(?:only\s+|just\s+)?(?:joking|kidding)|"
    r"jk|j/k|kidding\s+aside|nah\W+forget\s+(?:that|all\s+that)|lol\s+no)\b",
    re.I,
)


def _taken_back(a: Analysis) -> int | None:
    """The sentence (after the first) that takes back what came before it as a joke ("...
    Happy to stay in the process and keep in touch. Just kidding, honestly I'd take literally
    any job here."), or None."""
    for i in range(1, len(a.doc.spans)):
        if _TAKE_BACK.search(a.doc.sentence(i)):
            return i
    return None


def _said_before(a: Analysis, element: str, i: int) -> bool:
    """Whether a sentence before ``i`` says ``element``'s words: the ask as a question, the
    door left open, a follow-up."""
    before = [a.doc.sentence(n) for n in range(i)]
    if element == "E5":
        return any(a.doc.is_question(n) for n in range(i))
    if element == "E6":
        return any(_THEIR_DOOR.search(x) for x in before)
    if element == "E7":
        return any(_THEIR_FOLLOW.search(x) for x in before)
    return False


# Lines that push back on the pivot: where backing off is the reflex to change.
_PUSHBACK = frozenset({"no_openings", "withdrawing", "challenge"})


def gives_up(result: Score, a: Analysis) -> bool:
    """Whether the answer backs off when the interviewer pushes back ("Our analytics people are
    not hiring", "Are you withdrawing?"): no red flag, and nothing of the pivot said in its own
    words (no reason for the company, honest fit, proof, ask or follow-up, and at most half an
    open door): "Oh. OK then, no worries, sorry for asking. Thanks anyway.", "Fair enough, never
    mind then", "Okay, I understand. Thank you." Giving up is the reflex this product exists
    to fix (review 26b, B1): its note names it warmly and never quotes it as what worked."""
    if result.line_kind not in _PUSHBACK or a.passed_up:
        return False
    if result.red_flags and not (set(result.red_flags) == {"leaves_early"} and a.caved):
        return False  # caving in is flagged as leaving (the restart it needs): still giving up
    said = said_points(result, list(result.granted), a)
    # Half an honest word about fit ("sales isnt really my thing") is no pivot: it is often the
    # reason given for letting go ("i guess withdrawing? ... sorry").
    pivot = ("E2", "E4", "E5", "E7")
    return (
        all(said.get(e, 0) == 0 for e in pivot) and said.get("E3", 0) < 2 and said.get("E6", 0) < 2
    )


# A courteous close: "thank you for your time", "I appreciate it", "cheers".
_POLITE = lazy(r"\b(?:thank|thanks|thx|appreciate|cheers|grateful|pleasure)\b", re.I)


# Apologies that are themselves something to undo (COACHING.md E8: no over-apologising).
_SORRY_MANY = 2


# A word typed with a figure in it, as in chat: "sum1", "2day", "l8r".
_CHAT_FIGURE = lazy(r"\b(?=\w*[a-z])(?=\w*\d)\w+\b")  # lower case: "B2B" is a word


def _still_typed(said: str) -> bool:
    """Whether ``said`` still holds phone shorthand ("cud", "sum1") after it was cleaned: never
    shown as how to say it again."""
    short = {str(k).casefold() for k in rules_doc().get("shorthand", {})}
    words = re.findall(r"[\w']+", said.casefold())
    figures_in = [
        w
        for w in _CHAT_FIGURE.findall(said)
        if not re.fullmatch(r"\d+(?:st|nd|rd|th|s|k|m|am|pm)?", w, re.I)
    ]
    return bool(figures_in) or any(w in short for w in words)


# A line that asks why the person named would make time: "... and why would they see you?"
_ASKS_WHY = lazy(r"\bwhy\b", re.I)


def _fresh_reason(a: Analysis, ctx: Context) -> str:
    """The answer's own sentence giving a reason for the company (credited in its own words)
    that no earlier answer of the round said (most of its word runs are new), when the round
    has earlier answers; else ""."""
    said = [text for line, text in ctx.earlier if line]  # the plan's script is no answer
    hit = a.at.get("E2")
    if not said or hit is None or not a.points.get("E2"):
        return ""
    i = hit.sentence
    sentence = a.doc.sentence(i)
    if i in _flagged(a, a.flags) or not _labels(a, "E2", i):
        return ""
    if not (i in a.company or i in a.draws or _THEIRS.search(sentence)):
        return ""  # credited by the moment, not a reason that names them or their work
    if i not in a.draws and i not in a.doc.sentences("specific") and not _THEIRS.search(sentence):
        # "I really want to be at X and I'd give it everything" names them but no reason: a
        # fresh reason is a specific about the company ("your open outage map"; review 23).
        return ""
    if _names_who(a, i) and not _THEIRS.search(_reason_clause(sentence)):
        # Whom they would talk to ("Ideally whoever manages creator partnerships for podcasts."),
        # in the words of the company's work: the ask, never a fresh reason (review 26b).
        return ""
    if not (_THEIRS.search(sentence) or _LIKING.search(sentence) or _REASON_WORDS.search(sentence)):
        # What they would do there ("I'd be planning author events"), in the words of what
        # draws them, gives no reason for the company: never "the reason ... is new" (review 26b).
        return ""
    if _CURIOUS.search(sentence):
        return ""  # curiosity about how they work ("just curious how the team works"): no reason
    runs = _runs(sentence)
    before = {run for text in said for run in _runs(text)}
    if not runs or sum(r in before for r in runs) * 2 >= len(runs):
        return ""
    return sentence


# Words that give a reason for the company: "why I applied", "what drew me", "proud to".
_REASON_WORDS = lazy(
    r"\b(?:because|reason|why\s+i|drew\s+me|draws\s+me|drawn\s+to|attract\w*|proud|inspir\w*|"
    r"impress\w*|excit\w*|admir\w*|love|loved|passion\w*|care\s+about|believe\s+in|"
    r"mission|values)\b",
    re.I,
)


def _reason_clause(sentence: str) -> str:
    """The clause of ``sentence`` that gives the reason for the company, when the sentence
    begins with something else ("Most likely the forecasting lead, and your open outage map is
    one more reason ..."): quoted from where the reason starts, never cut off before it, and
    as the clause it is ("…your open outage map is ..."), never made a sentence they did not
    say."""
    clauses = _CLAUSE_BREAK.split(sentence)
    for clause in clauses[1:]:
        if _THEIRS.search(clause) and not _THEIRS.search(clauses[0]):
            return "…" + clause
    return sentence


# Where a sentence turns to a clause of its own: ", and", ", but", "; ".
_CLAUSE_BREAK = lazy(r",\s+(?:and|but|so|plus)\s+|;\s+", re.I)


# Curiosity about how something works, which asks rather than gives a reason: "more just
# curious how the podcast team works", "I wonder what the studio does day to day".
_CURIOUS = lazy(
    r"\b(?:curious|wonder(?:ing)?|want(?:ed)?\s+to\s+know|like\s+to\s+know|interested\s+to\s+"
    r"(?:know|hear|learn))\b[^.!?]{0,20}\b(?:how|what|who|which|whether|if|about)\b",
    re.I,
)


def pasted_version(text: str, versions: Sequence[str]) -> bool:
    """Whether ``text`` is mostly (``REPEAT_SHARE`` of its word runs) one of the coach's
    suggested ``versions`` read back, to any line: lightly edited or spliced, it is still the
    coach's words, not the student's own."""
    runs = _runs(text)
    if not versions or not runs or len(text.split()) < _PASTE_MIN_WORDS:
        return False
    theirs = {run for version in versions for run in _runs(version)}
    return sum(r in theirs for r in runs) >= REPEAT_SHARE * len(runs)


# Fewer words than this are a short reply, whatever words the version had too ("Yes, thanks").
_PASTE_MIN_WORDS = 12


def said_points(score: Score, granted: list[str], a: Analysis) -> dict[str, int]:
    """Each element's points (0-2) that ``score``'s answer (read as ``a``) earned in words of
    its own: an element whose quote (``Score.quotes``) is a sentence that says it itself
    (``_shows``, ``_labels``: a question for the ask, a thing done for proof), and timing and
    delivery (each answer's own); 0 for one the moment granted (``granted``: not called for)
    or credited by context alone. What the round's progress counts: a point a narrow line
    granted ("Ideally whoever runs X." earns no honest fit) is never shown as growth. Never less
    than the note on that answer showed (``coach_note``): a part quoted in "What worked" or
    listed as "Also there" counts in full, and a part "half there" counts half, so the round's
    summary never contradicts the per-answer feedback; an answer given as a checklist of labels
    or fragments earns nothing there but its delivery, as its note says."""
    quoted = _worked(score, a)
    # A checklist of labels or fragments: its note credits no part (it "reads as a checklist"),
    # so the round's summary credits none either, timing included (review 23).
    listed = bool({"labels", "fragments"} & set(a.gaming))

    def said(e: str) -> bool:
        if e in quoted:
            return True
        if listed:
            return e == "E8"
        if e in PER_ANSWER:
            return True
        if e == "E3" and _belittling(a):
            return False  # what they couldn't bear doing is no honest fit (``coach_note``)
        # Half there in their words (a half the moment gave, "didn't call for", is not theirs).
        given = moment_grants(score.line_kind) | moment_halves(score.line_kind)
        if (score.elements[e] == 1 and e not in given) or (
            # "Also there, from your answer as a whole" (``coach_note``'s unquoted credit).
            a.points.get(e) == 2 and e not in a.raised and not score.red_flags and not a.recited
        ):
            return True
        i = _sentence_of(a, score.quotes.get(e) or "")
        if i is None:
            return False
        sentence = a.doc.sentence(i)
        if e == "E2" and not a.doc.is_question(i):
            # Warm words, or something of theirs named ("Your open data is why I applied."),
            # even in a sentence that goes on to tell their own work.
            # A liking told in their words ("I like very much the Wrapped feature") says it too.
            return bool(_TO_THEM.search(sentence) or _LIKING.search(sentence)) or _shows(a, e, i)
        if not _labels(a, e, i):
            return False
        if e == "E3" and _FIT_HEDGED.search(sentence):
            return True  # fit said in words of its own: "a better fit"
        return e == "E4" or _shows(a, e, i)  # proof: a thing done or a result (``_labels``)

    return {e: int(p) if e not in granted and said(e) else 0 for e, p in score.elements.items()}


# A liking, said of the company's work in the student's own words: "I like very much ...",
# "I really enjoy ...", "I've always admired ...".
_LIKING = lazy(
    r"\bi\s+(?:really\s+|truly\s+|always\s+|just\s+|'ve\s+always\s+|have\s+always\s+)?"
    r"(?:like|love|loved|enjoy|enjoyed|admire|admired|respect|appreciate)\b",
    re.I,
)


# Judged on each answer alone, with no quote of their own: answering the line, and delivery.
PER_ANSWER = ("E1", "E8")


def moment_grants(line_kind: str) -> set[str]:
    """The elements (E1-E8) a line of ``line_kind`` does not call for: the one source every
    part of the feedback reads (the note's "didn't call for", the things to add, the round's
    summary), so no reply is told both "this line didn't call for X" and "X is missing" or
    "half there". Those its ``grants`` give in full, less what the line asks for itself
    (``moment_asks``; "would you take this job?" gives no open door: it is where the door
    matters). A part given
    only in half (minutes left: why this company in a few words) is still called for, never
    "didn't call for". None for an open line ("Do you have any questions for us?") or a kind
    not known."""
    moment = rules().by_name.get(line_kind)
    if moment is None:
        return set()
    return {e for e, p in moment.grants.items() if p >= 2} - moment_asks(line_kind)


def moment_halves(line_kind: str) -> set[str]:
    """The elements (E1-E8) a line of ``line_kind`` gives in part, which the answer is not
    asked to add when it said none of them (a few words suffice at that moment), and never
    said to be "not called for" (``moment_grants``)."""
    moment = rules().by_name.get(line_kind)
    if moment is None:
        return set()
    return set(moment.grants) - moment_grants(line_kind) - moment_asks(line_kind)


# What a narrow moment asks for, beyond ``_MOMENT``: asked who, or with minutes left, the ask;
# offered an introduction, the follow-up.
_ASKED: dict[str, set[str]] = {
    "who_particular": {"E5"},
    "time_pressure": {"E5"},
    "floated_team": {"E7"},
}


def moment_asks(line_kind: str) -> set[str]:
    """The elements (E1-E8) a line of ``line_kind`` asks for itself (``_MOMENT``: "Why did you
    apply?" wants why, E2; "What have you done?" the proof, E4), which an answer must say again
    whatever an earlier turn said; offered an introduction, the follow-up. Empty for an open
    line or a kind not known. (Asked "who in particular?", a name completes the ask an earlier
    turn made: that ask still counts.)"""
    return _MOMENT.get(line_kind, set()) | ({"E7"} if line_kind == "floated_team" else set())


# What a red flag's words undo, whatever an earlier answer showed: a job demanded, or staying
# made to depend on one, undoes the ask for advice and staying in the process; offering to
# leave early undoes staying and the follow-up.
_UNDERMINES: dict[str, tuple[str, ...]] = {
    "demands_job": ("E5", "E6"),
    "leaves_early": ("E6", "E7"),
}


def covered_earlier(result: Score, earlier: Mapping[str, int] | None) -> list[str]:
    """The elements this answer lacks (or has only in part) that an earlier answer of the same
    round showed: not asked for again. Never timing or delivery (each answer's own), and never
    what this line itself asks for (``_MOMENT``, ``_ASKED``: "Why did you apply?" wants why, and
    "Who in particular?" the ask, even on turn 3), and never what this answer undid (a red
    flag's ``_UNDERMINES``: "staying in the process" after an ultimatum; nothing at all after
    an answer that took back what it said)."""
    if not earlier or "retracted" in result.gaming:
        return []  # an answer that takes back what it said has nothing "covered"
    asked = _MOMENT.get(result.line_kind, set()) | _ASKED.get(result.line_kind, set())
    undermined = {e for flag in result.red_flags for e in _UNDERMINES.get(flag, ())}
    return [
        e
        for e in _PRIORITY
        if e not in ("E1", "E8")
        and e not in asked
        and e not in undermined
        and e not in result.granted
        and result.elements[e] < 2
        and earlier.get(e, 0) >= 2
    ]


# -- the stronger version -----------------------------------------------------------------------


def _own(a: Analysis, element: str) -> str:
    """The user's own sentence for ``element`` when it earned full marks in their words."""
    if a.points.get(element) != 2 or element in a.granted:
        return ""
    return a.own(element)


# "kind of" said of someone's kindness ("That's so kind of you", "very kind of you to offer",
# "kind of your team to ask"): thanks, never a hedge (issue 11).
_NOT_KINDNESS = (
    r"(?!\s+(?:you|u|ya|yall|y['’]all|him|her|them|us|everyone|everybody|all\s+of\s+you|"
    r"your\s+(?:team|colleagues?|manager|recruiters?|interviewers?))\b)"
)


# A sentence that says the student is unsure ("I dont know exactly, maybe somebody in ..."), or
# one typed without its apostrophes ("dont", "Im"): never handed back to say the same way.
_UNSURE = lazy(
    r"\b(?:i\s+(?:do\s*n[o'’]?t|dont|donno|dunno)\s+(?:really\s+|quite\s+)?know|not\s+(?:really\s+|"
    r"quite\s+|so\s+|too\s+)?sure|no\s+idea|maybe|perhaps|i\s+guess|i\s+suppose|or\s+something|"
    # "kind of" as a hedge ("it's kind of my thing"), never a kind asked about ("what kind of
    # shows", "the kind of work")
    r"(?<!\bwhat\s)(?<!\bwhich\s)(?<!\bthe\s)(?<!\bthis\s)(?<!\bthat\s)(?<!\bsame\s)(?<!\bany\s)"
    r"(?<!\bwhat\s)(?:kind|sort)\s+of" + _NOT_KINDNESS + r"|not\s+exactly)\b",
    re.I,
)
_NO_APOSTROPHE = lazy(
    r"\b(?:dont|doesnt|didnt|cant|isnt|arent|wasnt|werent|couldnt|wouldnt|shouldnt|hasnt|"
    r"havent|hadnt|wont|youre|theyre|thats|whats|im|ive|id|ill|itll)\b",
    re.I,
)


# A feeling said with the verb's bare form after "be" ("I am really excite about", "we were so
# interest in"): the participle is meant ("excited", "interested").
_BARE_PARTICIPLE = lazy(
    r"\b(?P<be>am|is|are|was|were|be|been|being|feel|felt|get|got|i['’]m|we['’]re|they['’]re|"
    r"you['’]re)\s+(?P<how>(?:really|so|very|quite|super|truly|extremely|deeply|most|more|"
    r"always|also|still)\s+)?(?P<verb>excite|interest|inspire|fascinate|impress|amaze|motivate|"
    r"thrill|involve|surprise|delight|bore|satisfy|please|attract|dedicate|commit|intrigue)"
    r"(?=\s+(?:about|in|by|with|to|for|that|and|because|when|of)\b|\s*[.,!;]|\s*$)",
    re.I,
)


# An area of work said as if it were a team's name: "someone in the data analysis for clinical
# product team". No repair is certain (which team is meant?), so it is never handed back.
_AREA_AS_TEAM = lazy(
    r"\b(?:the|your|ur)\s+(?:[\w-]+\s+){1,4}for\s+(?:the\s+)?(?:[\w-]+\s+){1,4}team\b", re.I
)


def _participle(found: re.Match[str]) -> str:
    verb = found.group("verb")
    low = verb.casefold()
    done = (
        verb[:-1] + "ied"
        if low.endswith("y")
        else verb + "ted"
        if low == "commit"
        else verb + "d"
        if low.endswith("e")
        else verb + "ed"
    )
    return found.group("be") + " " + (found.group("how") or "") + done


# The same feeling said of oneself with "-ing" ("I am very exciting to join", "we're so
# inspiring by your work"): said of the speaker, "excited", "inspired" is meant (issue 11).
_SELF_ING = lazy(
    r"\b(?P<be>i am|i['’]m|im|we are|we['’]re)\s+(?P<how>(?:really|so|very|quite|super|truly|"
    r"extremely|deeply|most|more|always|also|still)\s+)?(?P<verb>excit|fascinat|inspir|thrill|"
    r"motivat)ing(?=\s+(?:about|by|with|to|for|that|because|when|of)\b|\s*[.,!;]|\s*$)",
    re.I,
)


def _self_participle(found: re.Match[str]) -> str:
    return found.group("be") + " " + (found.group("how") or "") + found.group("verb") + "ed"


def mend_participles(sentence: str) -> str:
    """``sentence`` with a feeling's bare verb after "be" written as meant: "I am really excite
    about your app" -> "I am really excited about your app", "I am very exciting to join" ->
    "I am very excited to join"; unchanged when there is none."""
    return _SELF_ING.sub(_self_participle, _BARE_PARTICIPLE.sub(_participle, sentence))


def said_cleanly(sentence: str, split: bool = True) -> str:
    """The student's ``sentence`` as it can be handed back to say aloud (plain text): shorthand
    spelled out and the slips whose meaning is certain repaired (``typed.repair``: "I am
    interesting about" -> "I am interested in", "a model which predict" -> "a model that
    predicts"). "" when it cannot be made clean: a slip is left (``typed.slips``,
    ``typed.good_english``), or it is phone shorthand. ``split`` False: a comma splice no join
    is certain for keeps their comma (a quote of their words, never two sentences they did not
    say)."""
    typed = phrases.strip_emoji(sentence or "")
    if not typed.strip():
        return ""
    # Said as it is meant aloud: no apology before the point, the company's work as "your".
    # Phone shorthand whose meaning is certain written out first ("w/", "4hrs", "py", "4 my"):
    # a sentence is never handed back "as typed" with it.
    typed = shorthand_mended(typed)
    # "eg" and "ie" said in words, "listener drop off" written "listener drop-off".
    typed = phrases.particle_nouns(phrases.abbreviations_said(typed))
    typed = phrases.upper_first(spoken(expand(typed)).strip())  # "oh great" said as a sentence
    if not typed:
        return ""  # nothing but an apology
    typed = mend_participles(typed)  # "I am so excite about" is "I am so excited about"
    typed = spliced_joined(typed, split)  # "I built a model, it got 0.81 AUC": one sentence
    as_typed = _APOSTROPHE_DUE.sub(_with_apostrophe, phrases.tidy(typed))
    if _clean(as_typed):
        return as_typed  # already clean: handed back as they said it, never "repaired"
    said = _APOSTROPHE_DUE.sub(_with_apostrophe, repair(typed))
    return said if _clean(said) else ""


def _splices_after(before: str) -> bool:
    """Whether ``before`` (the words before a comma and a new subject) is a sentence of its own,
    so the comma is a splice: "I built a churn model, it ..." is; a phrase that leads into the
    sentence is not, though a subject and verb sit inside it ("Listening to you describe the
    claims role, I can see ...", "From what you've told me, I ...", "Like you said, I ...",
    "For my degree, I ...", "..., for example, I built ...")."""
    last = re.split(r"[,;:]", before)[-1]
    return bool(
        _HAS_VERB.search(before)
        and not _SUBORDINATE.search(before)
        and not phrases.ends_with_lead_in(before)
        and not _LEADS_INTO.match(last)
        and phrases.is_clause(before)
        and phrases.is_clause(last)
    )


# A phrase that leads into the sentence, with a clause inside it: "Like you said", "As you
# mentioned", "Based on what you said", "Now that you've described it", "Judging by ...".
_LEADS_INTO = lazy(
    r"^\W*(?:(?:just\s+)?(?:like|as)\s+(?:you|we|i|they|he|she)\b|based\s+on|judging\s+(?:by|from)"
    r"|now\s+that|given|from\s+(?:what|how|everything|all)|having|after|before|hearing|listening"
    r"|watching|seeing|talking|thinking|looking|speaking)\b",
    re.I,
)


def spliced_joined(sentence: str, split: bool = True) -> str:
    """``sentence`` with a comma splice joined (``typed.unsplice``): "I built a churn model, it
    got 0.81 AUC" -> "I built a churn model that reached 0.81 AUC", "I joined the society, it
    had 40 members" -> "..., and it had 40 members"; unchanged when it has none ("For my
    degree, I ...", "Listening to you describe the role, I can see ..."). A splice no join is
    certain for is said as two sentences, unless ``split`` is False (a quote of their words is
    never re-punctuated: their comma stays)."""
    joined = sentence
    for found in _SPLICE_AT.finditer(sentence):
        if _splices_after(sentence[: found.start()]):
            joined = unsplice(sentence)
            break
    for found in _SPLICE_AT.finditer(joined):
        before = joined[: found.start()]
        if split and _splices_after(before):
            # A splice no join is certain for ("Honestly my best work is X, I built ..."):
            # said as two sentences.
            rest = joined[found.end() :]
            first = phrases.upper_first(rest) if rest[:2].casefold() != "i " else rest
            return f"{before.rstrip(' ,')}. {first}"
    return joined


def _clean(said: str) -> bool:
    """Whether ``said`` can be handed back to say aloud as it is (``said_cleanly``)."""
    if not said or slips(said) or not good_english(said) or _TEXTING.search(expand(said)):
        return False
    if _BARE_PARTICIPLE.search(said):
        return False  # "I am really excite about": never handed back as typed
    if _AREA_AS_TEAM.search(said):
        return False  # "the data analysis for clinical product team": an area, not a team's name
    # "I enjoy your company, the app is used in my city": two sentences run on; after a phrase
    # that leads into the sentence ("Listening to you describe the role, I can see it is ...")
    # the comma ends that phrase, not a sentence.
    run_on = any(not _leads_in(said[: found.start()]) for found in _SPLICED.finditer(said))
    return not (run_on or _NO_APOSTROPHE.search(said))


def _leads_in(before: str) -> bool:
    """Whether ``before``, up to a comma, ends with a phrase that leads into the sentence
    ("Listening to you describe the role", "When we spoke", "Like you said")."""
    last = re.split(r"[,;:]", before)[-1]
    return bool(_LEADS_INTO.match(last) or _SUBORDINATE.match(last))


# Words typed without their apostrophe whose meaning is certain ("dont" is "don't"; "cant",
# "wont", "id" and "ill" are words too and are left, so the sentence is not handed back).
_APOSTROPHES = {
    "dont": "don't", "doesnt": "doesn't", "didnt": "didn't", "isnt": "isn't", "arent": "aren't",
    "wasnt": "wasn't", "werent": "weren't", "couldnt": "couldn't", "wouldnt": "wouldn't",
    "shouldnt": "shouldn't", "hasnt": "hasn't", "havent": "haven't", "hadnt": "hadn't",
    "youre": "you're", "theyre": "they're", "thats": "that's", "whats": "what's", "im": "I'm",
    "ive": "I've", "itll": "it'll",
}  # fmt: skip
_APOSTROPHE_DUE = lazy(r"\b(?:" + "|".join(_APOSTROPHES) + r")\b", re.I)
# A comma and a second subject with its verb: a run-on, not one sentence to say.
_SPLICED = lazy(
    r",\s+(?:the|my|our|your|their|its|this|it|i|we|they|he|she)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:is|are|was|were|has|have)\b",
    re.I,
)


def _with_apostrophe(found: re.Match[str]) -> str:
    word = _APOSTROPHES[found.group().casefold()]
    return word if found.group()[0].islower() or word[0] == "I" else phrases.upper_first(word)


def _kept_quotes(a: Analysis) -> list[str]:
    """The sentences of a ready answer that earned its marks in its own words, in the pivot's
    order; every sentence when it earned them by answering the moment."""
    quotes: list[str] = []
    for element in ELEMENTS[1:7]:
        sentence = _own(a, element)
        if sentence and sentence not in quotes:
            quotes.append(sentence)
    if quotes:
        # Their own questions to the interviewer are theirs to keep too ("What kind of shows
        # does the studio make?"), never dropped for the sentence that earned the marks.
        for i in range(len(a.doc.spans)):
            question = a.doc.sentence(i)
            if a.doc.is_question(i) and question not in quotes and not asks_for_a_job(question):
                quotes.append(question)
    return quotes or [a.doc.sentence(i) for i in range(len(a.doc.spans))]


def unsure_line(a: Analysis) -> str:
    """The first sentence a ready answer would keep (``_kept_quotes``) in which the student
    sounds unsure ("I'm not sure who exactly, but ..."), trimmed as a note quotes it; "" when
    none is."""
    found = [q for q in _kept_quotes(a)[:5] if _UNSURE.search(q)]
    return _quoted(found[0], 14) if found else ""


# A hedge that can go from a sentence with nothing else changed: "maybe", "perhaps", "I guess".
_DROPPABLE = lazy(
    r",?\s*\b(?:maybe|perhaps|i\s+guess|i\s+suppose|(?:kind|sort)\s+of"
    + _NOT_KINDNESS
    + r"|or\s+something)\b,?",
    re.I,
)
# A hedging clause before a "but" that carries the point: "I don't really know who would be
# the right person, but ...", "Not sure of the name, perhaps ...".
_UNSURE_CLAUSE = lazy(r"^[^,;]*?,\s*(?:but|though|so)?\s*", re.I)


def unhedged_words(sentence: str) -> tuple[str, str]:
    """``(words, kept)`` for a sentence that carries a credited element and a hedge: ``words``
    are only the hedging words to drop, as typed ("maybe"; "I don't really know who would be
    the right person to ask, but"), several joined as ``A" and "B`` for a quoted note, and ``kept`` is the sentence without them when it reads
    cleanly (``said_cleanly``), else "". The sentence itself, which earned its marks, is never
    what to leave out (review 23). ``("", "")`` when it holds no hedge."""
    if not _UNSURE.search(sentence):
        return "", ""
    dropped: list[str] = []
    rest = sentence
    first = _UNSURE_CLAUSE.match(rest)
    if (
        first
        and _UNSURE.search(first.group())
        and first.end() < len(rest)
        # A clause whose only hedge is a word that can go ("Maybe someone from the team who
        # ..., like ...") carries the point: only the word goes, never the clause, which
        # would leave a fragment ("like a data analyst ...") (review 24).
        and _UNSURE.search(_DROPPABLE.sub(" ", first.group()))
        and not _FRAGMENT_START.match(rest, first.end())
    ):
        # The hedge is a clause of its own before the point: that clause goes, the point stays.
        dropped.append(first.group().strip())
        rest = phrases.upper_first(rest[first.end() :])
    while (found := _DROPPABLE.search(rest)) is not None:
        word = found.group().strip(" ,")
        typed = re.search(re.escape(word), sentence, re.I)  # as the student typed it
        dropped.append(typed.group() if typed else word)
        joiner = " " if found.start() and found.end() < len(rest) else ""
        rest = (rest[: found.start()] + joiner + rest[found.end() :].lstrip(" ,")).strip()
        rest = re.sub(r"\s+([?.!,])", r"\1", rest)
    if _UNSURE.search(rest) or not dropped:
        # A hedge that is the sentence's own sense ("not sure of the name"): named, not mended.
        words = [m.group() for m in _UNSURE.finditer(sentence)]
        return '" and "'.join(_quoted(w, 24) for w in dict.fromkeys(dropped or words)), ""
    if rest.endswith("?") and (asked := _STATED_ASK.match(rest)):
        # "Maybe your planners could point me to someone?" without its "maybe" is asked as a
        # question: "Could your planners point me to someone?"
        subject = asked.group("subject")
        subject = subject if re.match(r"I\b", subject) else subject[:1].lower() + subject[1:]
        rest = f"{asked.group('aux').capitalize()} {subject} {asked.group('rest')}"
    kept = said_cleanly(phrases.upper_first(rest)) if len(rest.split()) >= 3 else ""
    return '" and "'.join(_quoted(w, 24) for w in dict.fromkeys(dropped)), kept


# What cannot open a sentence on its own: the rest of a sentence after a comma ("like a data
# analyst", "such as the manager", "or the lead").
_FRAGMENT_START = lazy(
    r"\s*(?:like|such\s+as|or|and|including|e\.?g\.?|for\s+example|especially|which|who)\b",
    re.I,
)


# A request said in a statement's order with a question mark: "Someone in planning could spare
# ten minutes?" (what is left of "maybe someone in planning could ...").
_STATED_ASK = lazy(
    r"^(?P<subject>(?!(?:is|are|do|does|can|could|would|will|who|what|which|where|when|how|"
    r"may|might)\b)[\w'’-]+(?:\s+[\w'’-]+){0,5}?)\s+(?P<aux>could|can|would|will|might)\s+"
    r"(?P<rest>.+\?)$",
    re.I,
)


def unsure_words(a: Analysis) -> tuple[str, str]:
    """``(quote, words)``: the first kept sentence where the student sounds unsure
    (``unsure_line``) and only the hedging words in it to drop (``unhedged_words``)."""
    found = [q for q in _kept_quotes(a)[:5] if _UNSURE.search(q)]
    if not found:
        return "", ""
    return _quoted(found[0], 24), unhedged_words(found[0])[0]


def _keep(a: Analysis, added: list[str] | None = None) -> str:
    """For an answer at 14+: the sentences that earned it, to say the same way again (for a
    short reply to a narrow moment, complete with what earlier turns said: the reply itself),
    then ``added``: the lines (neutral markup, ``_added``) for what the note named as still to
    add, so "keep this one" never stands alone beside "one thing to add". A sentence where the student
    sounds unsure is quoted (trimmed) as the one to leave out.
    A sentence with a slip of English is never handed back to say the same way: the fix is
    named beside it when its kind is known ("say "interested in", not "interesting in""), the
    sentence shown as typed and as written right when ``typed.repair`` mends it ("Say "Can I
    write you email later?" as "Could I email you later?""), and left out otherwise."""
    parts = rules_doc()["stronger"]
    quotes = _kept_quotes(a)
    lines: list[str] = []
    unsure: list[str] = []  # the sentences where they sound unsure: quoted, to leave out
    mended = False
    repaired: list[tuple[str, str]] = []  # slips written right in a kept line: named once
    steadied = 0  # kept lines that are an unsure sentence without its hedge
    named = _named(a.ctx)
    quotes = [
        q
        for q in quotes
        if not still_broken(repair(said_right(q, keep=named)) or said_right(q, keep=named))
    ]
    chosen = _five_and_their_asks(a, [q for q in quotes if not _FILLER_ONLY.fullmatch(q)])
    for quote in _candour_once(chosen):
        if _UNSURE.search(quote):
            # The sentence earned its marks: kept without its hedge when that reads cleanly,
            # and the hedge words named (never "leave out" the sentence itself).
            unsure.append(quote)
            if kept := _as_named(a, unhedged_words(quote)[1]):
                lines.append(fill(parts["keep_line"], quote=kept))
                steadied += 1
        elif clean := _as_named(a, said_cleanly(quote)):
            if (pairs := fixes(quote)) or not mended_from(quote, clean):
                # Quoted "in your words": their comma is never made a full stop.
                clean = _as_named(a, said_cleanly(quote, split=False)) or clean
                lines.append(fill(parts["keep_line"], quote=clean))
                repaired += [pair for pair in pairs if pair not in repaired]
            else:  # written right in words no single fix names: the sentence, as typed and as said
                was, said = mended_pair(quote, clean)
                lines.append(fill(parts["keep_line_as"], typed=was, said=said))
                mended = True
        elif found := fixes(quote):
            lines.append(fill(parts["keep_line_fix"], fix=fix_words(found)))
            mended = True
        # else: no certain fix, so it is left out (never "say it in plain words" without one)
    if len(lines) == steadied and unsure:
        # Only an unsure line earned the marks: the answer's other sentences that can be said
        # cleanly are what to keep ("whoever leads ..., since that's what ...").
        for i in range(len(a.doc.spans)):
            quote = a.doc.sentence(i)
            if quote not in quotes and not _UNSURE.search(quote) and (clean := said_cleanly(quote)):
                lines.append(fill(parts["keep_line"], quote=clean))
    # Which words sound unsure, in the sentence that holds them, so they know what to drop.
    quote, hedge = unsure_words(a)
    sure = [fill(parts["keep_sure"], quote=quote, words=hedge)] if unsure and quote else []
    adds = list(added or [])
    if not lines:
        # Nothing of it can be handed back as typed (phone shorthand, slips): what to keep,
        # said plainly, and no empty list.
        return "\n".join([str(parts["keep_spoken"]), *sure, *adds])
    # "with a small fix" only beside the fix itself: a sentence left out for a slip no fix is
    # certain for is simply not among the parts to keep.
    fixed = bool(repaired) or mended
    head = parts["keep_add" if adds else "keep_fix" if fixed else "keep"]
    # A sentence that could not be written right is left out: never "say it in plain words"
    # without the fix.
    tail = list(sure)
    if repaired:  # named after the lines, whatever their number
        tail.insert(0, fill(parts["keep_line_fix"], fix=fix_words(repaired)))
    return "\n".join([head, *lines[: max(5, len(chosen))], *tail, *adds])


def _five_and_their_asks(a: Analysis, quotes: list[str]) -> list[str]:
    """The first five of ``quotes`` (the parts to keep), and any question of the student's own
    to the interviewer after them ("One question: who leads that team?"): their own question is
    never the one cut for length (issue 11)."""
    asked = {a.doc.sentence(i) for i in range(len(a.doc.spans)) if a.doc.is_question(i)}
    return quotes[:5] + [q for q in quotes[5:] if q in asked and not asks_for_a_job(q)]


# Saying that you are being honest: "honestly", "to be honest (with you)", "frankly". Once in
# what they say again is candour; in two kept lines it is a tic, so the second one goes.
_HONEST_OPENER = lazy(
    r"^(?:honestly|frankly|truthfully|in all honesty|to be (?:honest|frank)(?: with you)?)"
    r"\s*[,:;-]\s*",
    re.I,
)
_HONEST_WORD = lazy(
    r",?\s*\b(?:honestly|frankly|truthfully|to be (?:honest|frank))\b,?(?=\s)", re.I
)
_HONEST = lazy(r"\b(?:honestly|frankly|truthfully|in all honesty|to be (?:honest|frank))\b", re.I)


# A sentence that is only a lead-in word ("Honestly?", "Well.", "So,"): nothing to say again.
_FILLER_ONLY = lazy(
    r"\W*(?:honestly|frankly|truthfully|well|so|okay|ok|um+|uh+|right|look|listen)\W*", re.I
)


def _candour_once(lines: list[str]) -> list[str]:
    """``lines`` (sentences to say again) with "to be honest" and its kin kept in the first
    line that has it and taken out of the others (``_without_candour``)."""
    out: list[str] = []
    seen = False
    for line in lines:
        if _HONEST.search(line):
            line = _without_candour(line) if seen else line
            seen = True
        out.append(line)
    return out


def _without_candour(line: str) -> str:
    """``line`` without its "to be honest" (or kin), where that leaves the sentence whole: "To
    be honest with you, after hearing ..." -> "After hearing ..."; "is honestly why" -> "is
    why". A line where it cannot go cleanly stays as it is."""
    trimmed = _HONEST_OPENER.sub("", line, count=1)
    if trimmed == line:
        trimmed = _HONEST_WORD.sub("", line, count=1)
    if trimmed != line and not _HONEST.search(trimmed) and len(trimmed.split()) >= 3:
        return trimmed[:1].upper() + trimmed[1:]
    return line


def _as_named(a: Analysis, said: str) -> str:
    """``said`` (a sentence of the student's, handed back) with the company written as its name
    is ("spotify" -> "Spotify"); "" stays ""."""
    company = phrases.proper_name(_unbracket(a.ctx.company).strip())
    return phrases.capitalise_names(said, [company]) if said and company else said


def _slipped(a: Analysis) -> bool:
    """Whether any sentence of the answer has a slip of English (``typed.slips``, or one
    ``typed.good_english`` knows: "I like very much your ...")."""
    return any(
        slips(sentence)
        or not good_english(sentence)
        or _TEXTING.search(expand(sentence))
        or _BARE_PARTICIPLE.search(sentence)
        for sentence in (a.doc.sentence(i) for i in range(len(a.doc.spans)))
    )


def fix_words(found: list[tuple[str, str]]) -> str:
    """The fixes of ``typed.fixes`` said gently, in neutral markup: 'say "interested in", not
    "interesting in"' (two joined with "; and")."""
    fix = rules_doc()["stronger"]["fix"]
    return "; and ".join(fill(fix, good=good, typed=typed) for typed, good in found[:2])


def keeps_as_is(a: Analysis, total: int | None = None) -> bool:
    """An answer at 14+ without a red flag: say what to keep rather than rewrite it. ``total``:
    the score the student was shown, when earlier turns of the round counted towards it (a
    16/16 reply to "who in particular?"); the answer's own score otherwise."""
    shown = a.score.total if total is None else total
    return bool(a.doc.words) and shown >= READY and not a.flags


# Texting shorthand: a sentence holding one is not said aloud as typed.
# (A letter in a name with a hyphen, "U-Net", "R-squared", is no shorthand.)
_TEXTING = lazy(
    r"(?<![\w'’/-])(?:ur|u|w|w/|abt|pls|plz|thx|bc|b/c|convo|ppl|msg|tmrw|yr|r|n|gonna|wanna|"
    r"idk|tbh|rn|cuz|coz|ya|yeah|k|kinda|sorta|eps|ep|uni|approx)(?![\w'’/-])",
    re.I,
)
# A blunt ask ("Can I just talk to the analytics people instead?"): the stronger version asks
# politely instead.
_BLUNT = lazy(r"\b(?:can|could)\s+i\s+just\b|\binstead\W*$|\bjust\s+(?:give|send|put)\s+me\b", re.I)
# "I love the open-science policy though.": a contrast with a sentence said before it.
_CONTRAST_TAIL = lazy(r",?\s+(?:though|tho|however|anyway|at least)(?=[.!]?$)", re.I)
# "like" as a filler, which no one writes in a line to say to an interviewer: "I watch like 3
# shows", "it was like, amazing", "like a ton of guests".
_FILLER_LIKE = lazy(
    r"\blike\s+(?:\d|a\s+(?:lot|ton|bunch|million)\b|so\b|totally\b|literally\b|super\b|"
    r"really\b|basically\b|(?:two|three|four|five|ten|twenty|fifty|a\s+hundred)\b)"
    r"|(?:^|,\s*)like,",
    re.I,
)
# Two sentences joined by a comma alone (a comma splice): the part before it already has a
# subject and verb, and another subject starts after it ("I did the audit, I booked ...").
# A scene or a reply before the comma ("For my degree, I ...", "Yes, I would") is no splice.
_SPLICE_AT = lazy(r",\s+(?=(?:i|we|it|they|he|she)\s+(?!think\b|guess\b|mean\b|hope\b)\w)", re.I)
_HAS_VERB = lazy(
    r"\b(?:i|we|it|they|he|she|you)(?:['’](?:m|re|ve|d|ll|s))?\s+\w+|\b(?:is|are|was|were)\b",
    re.I,
)
_SUBORDINATE = lazy(
    r"^\W*(?:when|if|because|while|although|though|as|since|after|before|once|whenever|"
    r"unless|until|whether|even\s+though|where)\b",
    re.I,
)


# A slang judgement, which no counsellor hands back to say to an interviewer: "the year in
# review thing is sick", "lowkey obsessed", "their playlists are fire", "goated".
_SLANG = lazy(
    r"\b(?:goated|lowkey|highkey|bussin|slaps)\b"
    # said of a thing, at the end of its clause ("is sick", "looks insane, and ..."), never a
    # word before its noun ("sick pay", "fire safety", "lit review")
    r"|\b(?:sick|insane|fire|lit|dope)(?=\s*(?:[,.;:!?)]|$|\s+(?:and|but|tbh|lol|honestly|"
    r"though|too)\b))"
    r"|\b[\w-]+\s+thing\s+(?:is|was|they|you)\b",
    re.I,
)


def slang(sentence: str) -> bool:
    """Whether ``sentence`` holds a slang judgement ("sick", "insane", "fire", "lit", "dope",
    "goated", "lowkey") or names a thing vaguely ("the year in review thing is ..."): never said
    aloud as typed."""
    text = phrases.strip_emoji(sentence)
    for found in _SLANG.finditer(text):
        words = found.group().casefold().split()
        if len(words) > 1 and words[0] in _NOT_VAGUE:
            continue  # "the one thing is", "same thing was": a thing, not a vague name
        return True
    return False


_NOT_VAGUE = _wordset(
    "the a one any every some same only first best last main other this that more whole key big",
    "important hardest real next",
)


def casual(sentence: str) -> bool:
    """Whether ``sentence`` is chat rather than a line to say aloud: "like" as a filler ("I
    watch like 3 shows"), slang ("the wrapped thing is sick", ``slang``) or two sentences
    joined by a comma alone ("I did the audit, I booked 40 guests"). "For my degree, I ..." and
    "When I joined, we ..." are not."""
    if _FILLER_LIKE.search(sentence) or slang(sentence):
        return True
    for found in _SPLICE_AT.finditer(sentence):
        before = sentence[: found.start()]
        if (
            _HAS_VERB.search(before)
            and not _SUBORDINATE.search(before)
            and not phrases.ends_with_lead_in(before)  # "..., for example, I built ..."
        ):
            return True
    return False


RUN_ON = 28  # words: a sentence longer than this is a run-on said aloud
RUN_ON_BARE = 18  # ... or longer than this without a comma, semicolon, colon or dash
RUN_ON_BARE_QUESTION = 24  # ... a question, said in one breath


# Shorthand said in full when it can be: "40 eps" -> "40 episodes", "~2k" -> "about 2,000",
# "uni" -> "university". What is left of texting shorthand (``_TEXTING``) keeps a sentence out.
_SHORTHAND = (
    (lazy(r"~\s*(?=\d)"), "about "),
    (lazy(r"\b(\d{1,3})(?:\.(\d))?k\b", re.I), None),
    (lazy(r"\beps\b", re.I), "episodes"),
    (lazy(r"\bep\b(?=\s*\d|\s+(?:of|on|about)\b)", re.I), "episode"),
    (lazy(r"\bunis\b", re.I), "universities"),
    (lazy(r"\buni\b", re.I), "university"),
    (lazy(r"\bapprox\.?(?=\s)", re.I), "about"),
    (lazy(r"\bmins\b", re.I), "minutes"),
    (lazy(r"\bhrs\b", re.I), "hours"),
    (lazy(r"\bw/o\b", re.I), "without"),
    (lazy(r"\brly\b", re.I), "really"),
    # "v smart", "v keen": "very", only before a word it can stand for.
    (
        lazy(
            r"(?<![\w'’/-])v(?=\s+(?:good|smart|cool|nice|interesting|impressive|clever|helpful|"
            r"useful|keen|excited|proud|happy|well|much|big|bold|inspiring)\b)",
            re.I,
        ),
        "very",
    ),
    # A rate typed with a slash after the figure or what it counts ("3k listeners/mo", "20/wk",
    # "2 posts per wk"): said as it is spoken, "a month".
    (lazy(r"(?<=\w)\s*/\s*(?:mo|mth|mnth|month)\b|\s*\bper\s+(?:mo|mth|mnth)\b", re.I), " a month"),
    (lazy(r"(?<=\w)\s*/\s*(?:wk|week)\b|\s*\bper\s+wk\b", re.I), " a week"),
    (lazy(r"(?<=\w)\s*/\s*(?:yr|year)\b|\s*\bper\s+yr\b", re.I), " a year"),
    (lazy(r"(?<=[a-z])\s*/\s*day\b", re.I), " a day"),
)


def _thousands(found: re.Match[str]) -> str:
    whole, tenth = int(found.group(1)), found.group(2)
    return f"{whole * 1000 + int(tenth or 0) * 100:,}"


def expand(sentence: str) -> str:
    """``sentence`` with chat shorthand said in full: "I run a uni podcast, 40 eps, ~2k listens"
    -> "I run a university podcast, 40 episodes, about 2,000 listens". Other text unchanged."""
    for pattern, said in _SHORTHAND:
        sentence = pattern.sub(_thousands if said is None else said, sentence)
    return sentence


# What a student types that no one says to an interviewer, said as it is meant: a filler "like"
# before a figure ("got it to like 2,000 listeners"), "master thesis", "my strongest skills is",
# "!!", and "100%" for a yes ("yes 100%, thank you!!").
_SPOKEN = (
    (lazy(r"\blike\s+(?=(?:about\s+)?\d)", re.I), ""),
    (lazy(r"\b(master|bachelor)\s+(?=(?:thesis|dissertation|degree|project)\b)", re.I), r"\1's "),
    (lazy(r"!{2,}"), "!"),
    (lazy(r"\?{2,}"), "?"),
    (lazy(r"^(?:yes|yeah|yep|yup|ya)\s*[,!]?\s*100\s*%\s*(?=[,.!]|$)", re.I), "Yes, absolutely"),
    (lazy(r"(?<![\w.])100\s*%\s*(?=[,.!]|$)"), "absolutely"),
    # "Please who leads data here?" (typed "pls who leads ..."): asked as a question said
    # aloud, "Could you tell me who leads data here?".
    (
        lazy(
            r"^please,?\s+(?=who\s+(?:leads|runs|heads|manages|handles|owns|looks\s+after|"
            r"is\s+in\s+charge\s+of)\b)",
            re.I,
        ),
        "Could you tell me ",
    ),
)
# "my strongest skills is ...": a plural noun with "is" (one thing named: the noun said as one).
_PLURAL_IS = lazy(
    r"\b((?:my|our|the)\s+(?:[\w-]+\s+){0,2}?)(skill|strength|interest|passion|goal|"
    r"experience|hobby|hobbie)s\s+is\b(?P<rest>[^.!?]*)",
    re.I,
)
# An apology or a hedge before what they mean to say ("I am so sorry, and I do apologise if
# this is inappropriate, but is there someone ..."): the rubric marks it down, and the line
# says the same without it.
_SORRY = (
    r"(?:(?:i\s+am|i['’]?m)\s+(?:so\s+|very\s+|really\s+|terribly\s+|truly\s+)?sorry|sorry|"
    r"(?:i\s+(?:do\s+|really\s+|truly\s+)?)?apologi[sz]e|(?:my\s+)?apologies|"
    r"i\s+(?:don['’]?t|do\s+not)\s+(?:want\s+to\s+(?:be\s+rude|overstep|bother\s+you)|know\s+if\s+"
    r"(?:this|it)\s+is\s+(?:ok|okay|appropriate|allowed))|i\s+hope\s+(?:this|it)\s+is\s+"
    r"(?:ok|okay|not\s+(?:rude|inappropriate)))"
)
_APOLOGY = lazy(
    r"^(?:(?:and|so|but)\s+)?" + _SORRY + r"\b[^,;.!?]*?(?:\s*[,;]\s*|\s+(?=but\b))"
    r"(?:(?:and\s+)?" + _SORRY + r"\b[^,;.!?]*?(?:\s*[,;]\s*|\s+(?=but\b)))*(?:but\s+)?",
    re.I,
)
_ONLY_APOLOGY = lazy(r"^(?:(?:and|so)\s+)?" + _SORRY + r"\b(?:(?!\bbut\b)[^,;.!?])*[.!?]*$", re.I)
# A sentence said to the company that names its work as "its" or "their" ("Its community-owned
# model is why I applied", "I love their creator program"): said to them, it is "your".
_THIRD_PERSON = lazy(
    r"^(?:its|their)(?=\s+[\w-]+(?:\s+[\w-]+){0,3}\s+(?:is|are|was|were|has|have|made|got|"
    r"drew|draws|caught)\b)"
    r"|(?<=\blove\s)(?:its|their)\b|(?<=\blike\s)(?:its|their)\b|(?<=\badmire\s)(?:its|their)\b"
    r"|(?<=\benjoy\s)(?:its|their)\b|(?<=\brespect\s)(?:its|their)\b",
    re.I,
)
# Work told in the present beside a past that says it is done: "I analyse 2 years of data and
# found ...", "I produce the show, 40 episodes, got it to 2,000 listeners".
_DONE_LATER = lazy(
    r"\b(?P<who>I|we)\s+(?P<verb>[a-z]+)\b(?=[^.!?]*?(?:,|\band)\s+(?:(?:I|we)\s+)?(?:also\s+)?"
    r"(?:found|got|grew|took|won|reached|made|built|cut|doubled|tripled|raised|sold|"
    r"(?!need|feed|seed|speed)[a-z]{3,}ed)\b)"
    r"(?![^.!?]*\b(?:now|currently|still|every|each|always|usually|these\s+days)\b)",
    re.I,
)
_PRESENT_DONE = {
    **_TOLD_PAST_OF,
    "produce": "produced", "host": "hosted", "analyse": "analysed", "analyze": "analyzed",
    "study": "studied", "research": "researched", "survey": "surveyed", "record": "recorded",
    "plan": "planned", "map": "mapped", "track": "tracked", "collect": "collected",
}  # fmt: skip
# A done thing run on after a comma without its "and" ("..., 40 episodes, got it to 2,000").
_BARE_DONE = lazy(
    r"(?<=\w),\s+(?=(?:got|grew|took|won|reached|doubled|tripled|raised)\s+(?:it|them|the|our|my)\b)",
    re.I,
)


def _past_done(found: re.Match[str]) -> str:
    verb = found.group("verb")
    past = _PRESENT_DONE.get(verb.casefold())
    return f"{found.group('who')} {past}" if past else found.group()


def _plural_is(found: re.Match[str]) -> str:
    rest = found.group("rest")
    if re.search(r",|\band\b", rest):
        return f"{found.group(1)}{found.group(2)}s are{rest}"
    return f"{found.group(1)}{found.group(2)} is{rest}"


# A liking typed on a phone without its "I" ("love what you did with ...", "Really admire your
# ..."): said with it, as a sentence ("I love what you did with ...").
_NO_SUBJECT = lazy(
    r"^(?P<adv>(?:really|truly|also|just|honestly|genuinely)\s+)?(?P<verb>love|loved|like|liked|"
    r"admire|admired|enjoy|enjoyed|appreciate|adore)\b(?=\s+(?:what|how|the|your|their|that|"
    r"this|it|everything|working|seeing))",
    re.I,
)


def _with_subject(found: re.Match[str]) -> str:
    return f"I {(found['adv'] or '').lower()}{found['verb'].lower()}"


# Spoken fillers typed into an answer ("um", "uh", "erm", a "like," set off by commas): never in
# a line handed back to say.
_FILLERS = lazy(r"(?:^|(?<=[\s,]))(?:um+|uh+|erm+|hmm+)\b[,.]?\s*|(?<=,)\s*like,(?=\s)", re.I)
# A guess said as a question, with no verb: "Maybe analytics?", "Perhaps the data team?".
_FRAGMENT_GUESS = lazy(r"^(?:maybe|perhaps|probably|possibly|i guess)\b[^,;]{0,40}\?$", re.I)
# Slips of a second language no repair is certain of, still there after ``said_right``: a
# count with no plural ("12 interview with"), "for" before a bare verb ("somebody for talk"),
# "say/tell me somebody", and a statement asked as a question ("I can stay in contact?").
_STILL_BROKEN = lazy(
    r"(?<![\d.,])\b(?:[2-9]|[1-9]\d{1,2})\s+(?-i:[a-z]+)(?<!s)\s+(?:with|for|in|at|of|on|and|"
    r"about|from)\b"
    r"|\bfor\s+(?:talk|speak|chat|meet|learn|discuss|ask)\b\s*[?.!]?$"
    r"|\b(?:say|tell)\s+me\s+(?:somebody|someone|anybody|anyone)\b"
    r"|^(?:I|you|we)\s+(?:can|could|will|may|should)\b[^?]*\?$"
    # a guess said as a question ("I guess I kind of like the company?"): unsure, no model
    r"|^(?:I\s+guess|I\s+kind\s+of|maybe|perhaps)\b(?![^?]*\b(?:could|would|can|might)\b)[^?]*\?$",
    re.I,
)


# A liking typed with no subject on a phone ("Really like northwind because ..."): said with "I".
_NO_I = lazy(r"^(?=(?:really\s+|also\s+|just\s+)?(?:like|love|admire|enjoy)\b)", re.I)


def still_broken(sentence: str) -> bool:
    """Whether ``sentence`` (plain text, already written right by ``said_right``) still holds a
    slip of English no repair is certain of (``_STILL_BROKEN``): never quoted as a model."""
    return bool(_STILL_BROKEN.search(sentence.strip()))


def _named(ctx: Context) -> tuple[str, ...]:
    """The names a student's line may hold that no speller knows (company, role, the work they
    want, what draws them): kept as typed when a line is written right."""
    return tuple(str(v or "") for v in (ctx.company, ctx.role, ctx.target, ctx.draws))


def said_right(sentence: str, seen: str = "", keep: Sequence[str] = ()) -> str:
    """The student's ``sentence`` (plain text) as a line to say: phone shorthand written out
    ("cld" -> "could", "b" -> "be", "4 this" -> "for this"), a misspelling of a common word
    mended ("usabilty" -> "usability", or as ``seen`` spells it), spoken fillers ("um", "uh",
    "like,") dropped, then ``spoken``, ``expand`` and a comma splice joined. The one way every
    kept line is made. The words of ``keep`` (the company, role and work they named: see
    ``_named``) are never respelled ("greenway grocers" is not "greenaway grocers")."""
    text = phrases.respelled(shorthand_mended(sentence), keep=keep, seen=seen)
    text = re.sub(r"\s{2,}", " ", _FILLERS.sub("", text)).strip()
    text = re.sub(r"^[,;]\s*", "", text)
    return spliced_joined(spoken(expand(text))) if text else ""


def spoken(sentence: str) -> str:
    """The student's ``sentence`` (plain text) as it is said aloud to an interviewer: an apology
    or hedge before the point dropped ("I am so sorry, and I do apologise if this is
    inappropriate, but is there ..." -> "Is there ..."; "" for a sentence that is nothing but an
    apology), the company's work said to them ("Its community-owned model" -> "Your ..."), work
    told in the tense meant ("I analyse ... and found" -> "I analysed ... and found"), a filler
    "like" before a figure dropped, "skills is", "master thesis", "100%" and "!!" said as
    meant. Other text unchanged."""
    text = sentence
    if _ONLY_APOLOGY.match(text.strip()):
        return ""
    if (cut := _APOLOGY.match(text)) and cut.end() < len(text):
        text = phrases.upper_first(text[cut.end() :])
    for pattern, said in _SPOKEN:
        text = pattern.sub(said, text)
    text = _NO_SUBJECT.sub(_with_subject, text.lstrip(), count=1)
    text = _PLURAL_IS.sub(_plural_is, text)
    text = _THIRD_PERSON.sub(lambda m: "Your" if m.start() == 0 else "your", text)
    if _DONE_LATER.search(text):
        text = _DONE_LATER.sub(_past_done, text, count=1)
        text = _BARE_DONE.sub(", and ", text)
    return text


# How sure they are, said as chat: "100% for sure", "for sure the best thing I did".
_SURE_CHAT = lazy(r"\b100\s*%\s*(?:for\s+)?sure\b|\bfor\s+sure\b", re.I)


def speakable(sentence: str) -> bool:
    """Whether the student's own ``sentence`` can be said aloud as it is, in a stronger version:
    no texting shorthand ("ur", "w/", "abt"), not a blunt ask ("Can I just ... instead?"), not a
    run-on (more than ``RUN_ON`` words, or
    ``RUN_ON_BARE`` without a comma or the like), not starting in lower case as a fragment
    ("so i love ...")."""
    text = phrases.strip_emoji(sentence).strip()
    if not text or _TEXTING.search(text) or _BLUNT.search(text) or casual(text):
        return False
    if _SURE_CHAT.search(text):
        return False  # "100% for sure the best thing I did": chat, never a line to say
    words = text.split()
    # A question runs on in one breath a little longer ("Who would be the right person in the
    # sound team to ask about how you mix the dramas live?").
    bare = RUN_ON_BARE_QUESTION if text.rstrip().endswith("?") else RUN_ON_BARE
    if len(words) > RUN_ON or (len(words) > bare and not re.search(r"[,;:—–-]", text)):
        return False
    return not text[0].islower()


# A figure in a proof: "from 40 to 12 min", "by 30%", "12k followers", "two schools".
_FIGURE = lazy(
    r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|"
    r"fifty|hundred|hundreds|thousand|thousands|dozen|dozens|half|double|doubled|tripled)\b",
    re.I,
)
# A number in a sentence, with what makes it a result: a range ("40 to 12 minutes"), a
# suffix ("5k", "30%", "3x") and the thing it counts ("40 guests").
_NUMBER = lazy(
    r"(?<![\w.,])(?P<n>[£$€]?\d+(?:[.,]\d+)?(?:\s*(?:%|percent\b|[km]\b|x\b))?)"
    r"(?:\s+to\s+(?P<m>\d+(?:[.,]\d+)?(?:\s*(?:%|[km]\b))?))?"
    r"(?:\s+(?P<thing>[a-z][a-z'’-]+))?",
    re.I,
)
# A number that is part of a name, not a count: "Scope 3", "Python 3", "Windows 11", "Q3".
_NAMED_BY = lazy(
    r"\b(?:scope|python|java|version|v|level|tier|phase|stage|series|season|episode|part|"
    r"grade|class|room|web|windows|ios|android|gen|generation|round|section|article|chapter|"
    r"category|type|top|no|number|unit|block|step|year|week|day|model|mark|ps|gpt|covid)"
    r"\s*$",
    re.I,
)
# The same, by its capital: "Windows 11", "Galaxy S23" (not the sentence's first word).
_NAME_BEFORE = lazy(r"\S\s+[A-Z][\w-]*\s*$")
# A "100%" that says how sure they are, not a result: "100% for sure", "100 percent committed".
_INTENSIFIER_AFTER = lazy(
    r"^\s*(?:for\s+)?(?:sure|certain|certainly|committed|serious|seriously|honest|yes|no|"
    r"agree|on\s+board|behind|convinced|confident|positive|ready)\b",
    re.I,
)
# Words after a number that are not what it counts.
_NOT_COUNTED = _wordset(
    "and or but to of in on at for from by with the a an is was are were so then that this",
    "it i we my our per",
)


def _counts(sentence: str) -> bool:
    """Whether ``sentence`` tells a result with a figure: one ``figures`` finds, or a count in
    words ("two schools", "doubled")."""
    return bool(figures(sentence)) or bool(_FIGURE.search(re.sub(r"\d", "", sentence)))


def figures(sentence: str) -> list[str]:
    """The figures of a result in ``sentence``, each with what it counts when the sentence says
    it: "I booked 40 guests and reached 5k listeners" -> ["40 guests", "5k listeners"], "cut
    it from 40 to 12 minutes" -> ["40 to 12 minutes"], "by 30%" -> ["30%"]. Never part of a
    name ("Scope 3", "Python 3"), a year ("in 2023"), or how sure they are ("100% for sure")."""
    found: list[str] = []
    for match in _NUMBER.finditer(sentence):
        number, thing = match.group("n"), match.group("thing") or ""
        before, after = sentence[: match.start()], sentence[match.end("n") :]
        named = _NAMED_BY.search(before) or (
            _NAME_BEFORE.search(before) and not before.rstrip().endswith(" I")
        )
        if named and not re.search(r"[%km]$|percent$", number, re.I):
            continue  # "Scope 3", "Python 3": part of a name, not a count
        if re.search(r"%|percent", number, re.I) and _INTENSIFIER_AFTER.match(after):
            continue  # "100% sure": how sure, not a result
        if re.fullmatch(r"(?:19|20)\d\d", number) and thing.casefold() in {"", *_NOT_COUNTED}:
            continue  # "in 2023": a year
        said = number if not match.group("m") else f"{number} to {match.group('m')}"
        if thing and thing.casefold() not in _NOT_COUNTED:
            said = f"{said} {thing}"
        found.append(said)
    return found


_UNITS = (
    (lazy(r"\b(\d+)\s*mins?\b\.?", re.I), r"\1 minutes"),
    (lazy(r"\b(\d+)\s*(?:hrs?|hours?)\b\.?", re.I), r"\1 hours"),
    (lazy(r"\b1\s*yrs?\b\.?", re.I), "1 year"),
    (lazy(r"\b(\d+)\s*yrs?\b\.?", re.I), r"\1 years"),
    (lazy(r"\b(\d+)\s*secs?\b\.?", re.I), r"\1 seconds"),
    (lazy(r"(?<=\bto )(\d+)(?= minutes)", re.I), r"\1"),
)
# How the result was reached, after the result itself: cut when it is what slipped.
_HOW_TAIL = lazy(
    r"\s+(?:with|w/|using|by\s+(?:using|building|writing)|through|via|thanks\s+to)\s.*$", re.I
)
_CLAUSES = lazy(r"\s*(?:[;:]|(?<!\d),|,(?!\d{3}))\s*|\s+(?:but|and|so)\s+(?=i\b)", re.I)
_LEAD = lazy(r"^(?:but|and|so|also|then|plus)\s+", re.I)
_FIRST_PERSON = lazy(r"^(?:i|we)\b", re.I)
# Where or when it happened, before "I" or "we": "On my student podcast", "At uni", "Last year".
_SCENE = lazy(
    r"^((?:on|at|in|for|during|with|last|this)\s+(?:my|our|the|a|an|uni|university|school|"
    r"college|work|year|summer|term|semester)\b(?:\s+[\w'’-]+){0,4}?)\s+(i|we)\b",
    re.I,
)
_SCENE_SAID = lazy(r"^(?:on|at|in|for|during|with|last|this)\b[^,]*,\s+", re.I)


def clean_proof(sentence: str) -> str:
    """The student's proof as a clean line to say aloud: the sentence itself when it is good
    English (``good_english``), else its clause with the figure ("I reduced our Jenkins pipeline
    from 40 to 12 minutes.", of "..., I reduced our Jenkins pipeline from 40 to 12 min with
    automation framework I develop."), cut before how it was done when that part slipped, units
    said in full; "" when no clause of it can be said cleanly."""
    text = expand(" ".join(phrases.strip_emoji(sentence).split()))
    if good_english(text) and speakable(text):
        return text
    for clause in _CLAUSES.split(text.rstrip(".!?")):
        clause = _LEAD.sub("", clause.strip())
        # A scene set before it, with no comma: "On my student podcast i booked ..." -> "On
        # my student podcast, I booked ...".
        clause = _SCENE.sub(lambda m: f"{m.group(1)}, {m.group(2).lower()}", clause)
        clause = re.sub(r"\bi\b", "I", clause)
        if not _FIRST_PERSON.search(_SCENE_SAID.sub("", clause)) or not _counts(clause):
            continue
        for said in (clause, _HOW_TAIL.sub("", clause)):
            for pattern, unit in _UNITS:
                said = pattern.sub(unit, said)
            said = phrases.upper_first(said.strip()) + "."
            if good_english(said) and speakable(said) and _FIGURE.search(said):
                return said
    return ""


def _figure_note(sentence: str) -> str:
    """What to keep of a proof that could not be said cleanly: its name and figures, "your
    Jenkins figures (40, 12)"; "" when it has neither. Its shorthand is written out first
    ("4hrs" is "4 hours", never the figure "4")."""
    sentence = phrases.respelled(shorthand_mended(sentence))
    words = [w.strip(",.;:!?()") for w in sentence.split()]
    name: list[str] = []
    for word in words[1:]:
        if word[:1].isupper() and word != "I" and not re.match(r"I['’]", word):
            name.append(word)
        elif name:
            break
    named = " ".join(name)
    numbers = figures(sentence)
    for pattern, unit in _UNITS:
        numbers = [pattern.sub(unit, n) for n in numbers]  # "12 min" -> "12 minutes"
    if numbers:
        noun = "figures" if numbers[1:] else "figure"
        said = ", ".join(numbers[:3])
        return f"your {named} {noun} ({said})" if named else f"your {noun} ({said})"
    return f"your {named} example" if named else ""


# A sentence of their own that says what impresses them about the company, said to it:
# "I am very impressed by your new photon-counting CT".
_KEEN = lazy(
    r"\b(?:impressed|love|loved|admire|admired|excited|fascinated|inspired|drawn|fan of|"
    r"enjoyed|interested in|respect|respected)\b",
    re.I,
)
_TO_THEM = lazy(r"\b(?:your|you're|you’re|you've|you’ve)\b", re.I)


def _own_enthusiasm(a: Analysis, ctx: Context) -> str:
    """The first sentence of the answer that says what draws them to the company in their own
    words ("I am very impressed from your new photon-counting CT"), or "" when none does:
    it is kept over the generic line built from the intake."""
    for i in range(len(a.doc.spans)):
        sentence = a.doc.sentence(i)
        about = _TO_THEM.search(sentence) or (
            ctx.company and ctx.company.casefold() in sentence.casefold()
        )
        if about and _KEEN.search(sentence) and not a.doc.is_question(i):
            return sentence
    return ""


# What each kind of line asks for: said in the stronger version on a later turn, even when an
# earlier turn of the round said it already.
_MOMENT: dict[str, set[str]] = {
    "why_applied": {"E2"},
    "what_know": {"E2"},
    "prove_it": {"E4"},
    "what_work": {"E3", "E4"},
    "future": {"E3"},
    "challenge": {"E3"},
    "would_take_offer": {"E3"},
    "no_openings": {"E6"},
    "withdrawing": {"E6"},
    "takes_time": {"E6"},
}


def stronger_version(
    ctx: Context,
    text: str = "",
    analysis: Analysis | None = None,
    role_fits: bool = False,
    total: int | None = None,
    carried: Mapping[str, int] | None = None,
) -> str:
    """A stronger answer in neutral markup, built on the user's own answer: their sentences where
    they earned full marks, their reason and their proof, and the context's details only for
    what was missing. The first sentence answers the interviewer's line. For an answer already
    at 14+ (``keeps_as_is``), what to keep instead. A sentence asking for a job is never kept
    (an ask for a name takes its place); no honest-fit line is added when the role fits
    (``role_fits``, or their own answer says so). ``total``: the score shown, with earlier
    turns' credit (see ``keeps_as_is``). ``carried``: each element's best points (0-2) in
    earlier turns of the round; what they already said there is not recited again: the version
    answers the moment and adds only what is still missing. See ``stronger_parts`` for the
    notes on what it left out."""
    return stronger_parts(ctx, text, analysis, role_fits, total, carried)[0]


# A hedge ("honestly", "to be honest") or an opener ("thank you", "yes", "fair question") at the
# start of a sentence, with what follows it.
_HEDGE = lazy(
    r"^(?:honestly|to be (?:honest|frank|fair)|frankly|in all honesty|truthfully|"
    r"if i'?m (?:being )?honest)\b[,:;]?\s*",
    re.I,
)
_OPENER = lazy(
    r"^(?:(?:thank you|thanks)(?: so much| very much)?|yes|sure|of course|absolutely|"
    r"fair (?:question|challenge|enough)|good question|great question|okay|ok|right|well)"
    r"\s*[,:;.!]\s*",
    re.I,
)
_HEDGE_ANY = lazy(
    r"\b(?:honestly|to be (?:honest|frank)|frankly|in all honesty|truthfully|"
    r"if i'?m (?:being )?honest)\b",
    re.I,
)


def unhedged(sentence: str, said: list[str]) -> str:
    """``sentence`` as the next of ``said`` (the version so far, neutral markup) without a
    second hedge or opener: "To be honest," is dropped once any sentence before it hedged
    ("Honestly, ..."), at its start or inside it, and a leading "Yes, thank you" right after a sentence that opened
    the same way; a sentence that is nothing but the opener is dropped (""). What is left
    starts with a capital."""
    if not said:
        return sentence
    cut = sentence
    if any(_HEDGE_ANY.search(to_plain(line)) for line in said):
        cut = _HEDGE.sub("", cut, count=1)
        if _HEDGE_ANY.search(to_plain(cut)):
            # one inside the sentence too ("I'm keener on research, to be honest - ...")
            cut = _without_candour(cut)
    if _OPENER.match(to_plain(said[-1])) or _HEDGE.match(to_plain(said[-1])):
        while (found := _OPENER.match(cut)) and found.end():
            cut = cut[found.end() :]
    if cut == sentence:
        return sentence
    if len(re.findall(r"[A-Za-z']+", cut)) < 3:
        return ""  # only the opener again
    return phrases.upper_first(cut)


def fit_said(said: list[str]) -> bool:
    """Whether a sentence of the version so far says where the student fits best (their honest
    fit, or a line of ours that names it), so an ask for another team already has its reason."""
    return any(_FIT_SAID.search(sentence) for sentence in said)


_FIT_SAID = lazy(
    r"\b(?:best work|at my best|fits? (?:me|my)|where i (?:fit|belong|shine)|not (?:the )?right "
    r"fit|better fit|strengths?\b)",
    re.I,
)


# A sentence a "For example, ..." can follow: a claim about their work or strengths.
_CLAIMED = lazy(
    r"\b(?:best work|at my best|fits? (?:me|my)|where i (?:fit|belong|shine)|not (?:the )?right "
    r"fit|better fit|strengths?|skills?|good at|strong (?:at|in)|experience|background|"
    r"what i (?:do|bring|love)|i (?:love|enjoy) (?:\w+ing)|kind of work|for me|suits? me|"
    r"not (?:really )?(?:my|me))\b",
    re.I,
)


# A sentence keeping the door open on this process, in the student's words: "I'd still be
# glad to stay in the process", "I'm still keen on this role", "please keep my application".
_DOOR_OPEN = lazy(
    r"\b(?:stay(?:ing)?\s+in\s+(?:the|this)\s+process|still\s+(?:be\s+)?(?:like|love|keen|glad|"
    r"happy|interested|want)\b|still\s+be\s+considered|(?:keep|leave)\s+(?:the\s+door|my\s+"
    r"application)|remain\s+(?:in\s+the\s+process|a\s+candidate)|open\s+to\s+(?:this|the)\s+"
    r"(?:role|job|position))",
    re.I,
)


def _door_sentence(a: Analysis, usable: Callable[[str], str], said: list[str]) -> str:
    """The student's own sentence keeping the door open on this process (``_DOOR_OPEN``), as it
    can be said (``usable``), when the version so far (``said``) does not already hold it; ""
    when their answer has none."""
    so_far = to_plain(" ".join(said)).casefold()
    if _DOOR_OPEN.search(so_far):
        return ""  # the version's first line already keeps the door open
    for i in range(len(a.doc.spans)):
        sentence = a.doc.sentence(i)
        if a.doc.is_question(i) or not _DOOR_OPEN.search(sentence):
            continue
        if (own := usable(sentence)) and own.strip(" .").casefold() not in so_far:
            return own
    return ""


def _best_proof(a: Analysis) -> str:
    """The student's most specific proof sentence: one with a figure or a name ("from 40 to 12
    min", "12k followers") before any other, else the first ("" when they gave none)."""
    hits = [
        h
        for h in a.good("proof") + a.evidence()
        if not a.doc.is_question(h.sentence) and h.sentence not in a.poisoned
    ]
    sentences = sorted({h.sentence for h in hits})
    figured = [i for i in sentences if _counts(a.doc.sentence(i))]
    if not figured:
        # A result told in the first person with a figure, in words the judge has no pattern
        # for ("I brought our backlog down from 900 to 150 files"), is proof all the same.
        figured = [
            i
            for i in range(len(a.doc.spans))
            if i not in a.poisoned
            and not a.doc.is_question(i)
            and _OWN_WORK.search(sentence := a.doc.sentence(i))
            and figures(sentence)
        ]
    if not sentences and not figured:
        own = a.own_proof()
        # A thing done, told in the first person in words the judge has no proof pattern for
        # ("I drove the night shuttle for two summers and ..."): their proof all the same, before
        # a sentence said to the company that the judge credited by context ("Your X is why I
        # applied.").
        done = [
            sentence
            for i in range(len(a.doc.spans))
            if i not in a.poisoned
            and not a.doc.is_question(i)
            and _tells_work_done(sentence := a.doc.sentence(i))
            and not _TO_THEM.search(sentence)
        ]
        return own if not done or own in done else done[0]
    return a.doc.sentence((figured or sentences)[0])


def _has_proof(a: Analysis, values: Mapping[str, str]) -> bool:
    """Whether the student gave any proof a version can say or point to: in this answer (a
    sentence ``_best_proof`` finds, not in an answer with a red flag), at setup or earlier in
    the round (``_values``: ``evidence_said``, ``evidence``)."""
    own = _best_proof(a) if not a.flags else ""
    return bool(own or values.get("evidence_said") or values.get("evidence"))


# Past verbs that tell no work done: a choice, a feeling or an event ("I applied because ...",
# "I loved the talk", "I met your team").
_NOT_WORK = _wordset(
    "applied wanted liked loved enjoyed hoped decided wondered noticed felt thought saw heard "
    "read came went got knew met chose followed watched visited attended joined started "
    "used tried needed learned learnt studied graduated moved",
)


# A reason said as the reply itself: "Because you publish ...", "Cause your app ...".
_BECAUSE = lazy(r"^\W*(?:because|cause|coz|cuz|since)\b\s*", re.I)


def _fresh_detail(a: Analysis, usable: Callable[[str], str], kind: str) -> str:
    """The answer's own sentence naming something the company does, said to them ("I really
    respect that you publish your clinics' outcomes", "Because you publish ... openly"), as it
    can be said (``usable``); "" when it has none. Never a question, their fit or proof, or a
    sentence asking for a job. Asked why they applied, a bare "Because you ..." is said as
    "I applied because you ..."."""
    skip = {h.sentence for h in a.good("fit")} | {h.sentence for h in a.evidence()}
    for i in range(len(a.doc.spans)):
        sentence = a.doc.sentence(i)
        if a.doc.is_question(i) or i in skip or i in a.job_asked or i in a.poisoned:
            continue
        if not (_THEIRS.search(sentence) or i in a.draws or i in a.doc.sentences("specific")):
            continue  # "I'd love to work for X" names them, but nothing of theirs
        if _tells_work_done(sentence) and not _TO_THEM.search(sentence):
            continue
        if not (_KEEN.search(sentence) or _BECAUSE.match(sentence) or i in a.draws):
            continue  # a mention of them, not a reason they are drawn to them
        if (found := _BECAUSE.match(sentence)) is not None:
            lead = "I applied because " if kind == "why_applied" else "I'm drawn here because "
            sentence = lead + sentence[found.end() :]
        if own := usable(sentence):
            return own
    return ""


def _tells_work_done(sentence: str) -> bool:
    """Whether ``sentence`` tells, in the first person, a thing the student did ("I drove the
    night shuttle ...", "we rebuilt ..."), not a choice or a feeling ("I applied because ...")."""
    for found in (*_DID.finditer(sentence), *_DONE.finditer(sentence)):
        verb = found.group().split()[-1].casefold()
        if verb not in _NOT_WORK:
            return True
    return False


def _told_example(a: Analysis, usable: Callable[[str], str]) -> list[str]:
    """The sentences of the student's own example, asked for by a behavioural line ("Tell me
    about a time ..."): from the one that starts it (``Analysis.responded``) to the first of
    its next sentences that cannot be said as it is, at most three; [] when they told none."""
    start = a.responded
    if start is None or a.flags or a.points["E1"] < 2:
        return []
    told: list[str] = []
    for i in range(start.sentence, min(start.sentence + 3, len(a.doc.spans))):
        sentence = usable(a.doc.sentence(i))
        if not sentence or a.doc.is_question(i):
            break
        told.append(sentence)
    return told


# An introduction offered to someone the line names or asks about: "Maya, who leads our
# content team", "our data lead", "What would you want from her?".
_NAMED_FOR = lazy(
    r"\bwho\s+(?:leads|runs|heads|manages)\b|\bour\s+[\w-]+(?:\s+[\w-]+)?\s+(?:lead|head|manager)\b"
    r"|\bwhat\s+(?:would|do)\s+you\s+(?:actually\s+|really\s+)?(?:want|like|hope|need)\b"
    r"|\bwhat\s+would\s+you\s+(?:actually\s+|really\s+)?(?:ask|talk\s+about)\b",
    re.I,
)
# A line that asks the student for a name, a team or a person ("Okay, who? A name or a team.",
# "Which team, then?", "Give me a name."): whatever kind the judge read it as, the version's
# first sentence names whom (the who_particular reaction), never a question back.
_ASKS_WHO = lazy(
    r"\bwho\s*,?\s*(?:exactly|specifically|then|in\s+particular)?\s*\?"
    r"|\bwho\s+(?:is|would)\s+that(?:\s+be)?\s*,?\s*(?:exactly|specifically)?\s*\?"
    r"|\b(?:give|tell)\s+me\s+(?:a|one|the)\s+(?:name|team|person)\b"
    r"|\bname\s+(?:a|one|the)\s+(?:person|team|name|group|department)\b"
    r"|\bwhich\s+(?:team|department|group|person)\s*,?\s*(?:then|exactly|specifically)?\s*\?"
    r"|\ba\s+name\s+or\s+a\s+team\b",
    re.I,
)
# A line that asks what the student wants of the interviewer ("So what do you actually want
# from me?"): the version's first sentence says it (``reaction.wants_what``).
_ASKS_WANT = lazy(
    r"\bwhat\s+(?:is\s+it\s+(?:that\s+)?|exactly\s+)?(?:do\s+|would\s+)?you\s+(?:actually\s+|really\s+|"
    r"exactly\s+)?want\s+(?:from|out\s+of)\s+(?:me|us|this)\b|\bwhat\s+are\s+you\s+(?:actually\s+|really\s+)?asking\s+(?:me\s+|us\s+)?for\b",
    re.I,
)


# The student speaking of their own work: "I brought ...", "I am doing ...", "we cut ...".
_OWN_WORK = lazy(r"\b(?:i|we)\s+(?:\w+ed|am|was|have|had|\w+)\b", re.I)
# A team the conversation named: "the platform team", "your analytics team".
_TEAM = lazy(r"\b(?:team|squad|group|department|unit)\b", re.I)


# The answer to a yes-or-no line, said first: "yes", "yeah I would", "definitely"; "no",
# "probably not", "I wouldn't". A yes with a condition ("yes, if ...", "yes but") is no plain yes.
_SAID_YES = lazy(
    r"^(?:(?:honestly|um+|uh+|well|oh|so|i\s+mean)[,\s]+)*(?:yes|yeah|yep|yup|ya|sure|definitely|"
    r"absolutely|of\s+course|for\s+sure|i\s+(?:really\s+|definitely\s+|absolutely\s+)?would"
    r"(?!\s*n['’]?t|\s+not|\s+have\s+to|\s+need|\s+(?:seriously\s+|probably\s+)?(?:think|"
    r"consider|want\s+to\s+think)|\s+be\s+(?:unsure|torn))|i'?d\s+(?:say\s+yes|take\s+it|"
    r"accept|love\s+to))\b(?![^.!?]{0,12}\b(?:if|but|unless|only|though)\b)",
    re.I,
)
_SAID_NO = lazy(
    r"^(?:(?:honestly|um+|uh+|well|oh|so|i\s+mean|to\s+be\s+honest)[,\s]+)*(?:no\b|nope|"
    r"probably\s+not|not\s+(?:right\s+now|really|this\s+one)|i\s+(?:probably\s+)?"
    r"(?:wouldn['’]?t|would\s+not|won['’]?t|don['’]?t\s+think\s+(?:so|i\s+would)))",
    re.I,
)


def _yes_or_no(a: Analysis, kind: str, role_fits: bool = True, ctx: Context | None = None) -> str:
    """The student's own answer to a yes-or-no line of ``kind`` (one with a
    ``reaction_by_answer`` in the content), read from the answer's first sentence: "yes",
    "no", or "" when it is neither or the kind has none (the unsure reply is kept). A yes is
    kept only when the role fits (``role_fits``) or the student named no other work
    (``ctx.target`` empty): "Yes, I would" to a job whose work is not where they do their best
    is the faking-interest the version must not model, so the weighed reply ("I'd have to think
    hard about it") is said instead."""
    if kind not in rules_doc()["stronger"].get("reaction_by_answer", {}) or not a.doc.spans:
        return ""
    first = a.doc.sentence(0).strip()
    if _SAID_NO.match(first):
        return "no"
    if not _SAID_YES.match(first):
        return ""
    elsewhere = ctx is not None and bool(ctx.target.strip()) and not role_fits
    return "" if elsewhere else "yes"


# Flags raised by one sentence of the answer, not by the whole of it: the student's other
# sentences (their question, their ask) can still be said as they put them.
_SENTENCE_FLAGS = frozenset({"fakes_interest", "demands_job"})


def _own_questions(a: Analysis) -> list[str]:
    """The student's own questions to the interviewer (plain text, written right by
    ``said_cleanly``), in the order asked, at most two: their question about the work and their
    ask ("Which team runs the analytics for your audit clients?", "Could you introduce me to
    someone there?"). Never a sentence that raised a flag, asks for a job, or cannot be said
    cleanly; [] when the answer has none, or a flag is about the whole answer (recited,
    sarcastic)."""
    if not set(a.flags) <= _SENTENCE_FLAGS or a.sarcasm:
        return []
    flagged = _flagged(a, list(a.flags))
    asked: list[str] = []
    for i in range(len(a.doc.spans)):
        if i in flagged or not a.doc.is_question(i):
            continue
        # "what skills ...?" said as a sentence, with no apology before it
        # (phone shorthand written out first, as for their other sentences: "do u think ...?")
        sentence = phrases.upper_first(said_right(a.doc.sentence(i).strip(), keep=_named(a.ctx)))
        # "Just one: what do strong new hires ...?" after the version's "Yes, thank you": the
        # question itself ("Just one:" reads oddly after a yes).
        sentence = phrases.upper_first(_ONE_QUESTION.sub("", sentence)) if sentence else ""
        if not sentence or still_broken(sentence) or _FRAGMENT_GUESS.match(sentence):
            continue  # "Maybe analytics?", "Can you say me somebody ... for talk?": no model
        if not sentence or asks_for_a_job(sentence) or not speakable(sentence):
            continue
        if _BLUNT.search(sentence):
            continue  # "Can I just talk to ... instead?": the version asks politely instead
        if clean := _as_named(a, said_cleanly(who_leads(sentence)) or said_cleanly(sentence)):
            asked.append(clean)
    return asked[:2]


def _own_wants(a: Analysis, usable: Callable[[str], str]) -> list[str]:
    """What the student said they would want from the person offered ("I'd want to understand
    how they use customer data", "Mostly I'd value 20 minutes of their advice"), each sentence
    as it can be said (``usable``), at most three. Proof told as an aside inside one ("...
    whether someone with my background, I built a usage dashboard my team used for renewals,
    could add value there") is said after it as a sentence of its own, never dropped."""
    if a.flags:
        return []
    kept: list[str] = []
    for i in range(len(a.doc.spans)):
        sentence = a.doc.sentence(i).strip()
        if not _WANTS.search(sentence):
            continue
        if clean := usable(sentence):
            kept.append(clean)
            continue
        aside = _ASIDE.search(sentence)
        if aside is None:
            continue
        rest = usable(sentence[: aside.start()] + " " + sentence[aside.end() :])
        proof = usable(phrases.upper_first(aside.group("aside")))
        if rest and proof:
            kept += [rest, proof]
    return kept[:3]


# A lead-in that counts the question before it: "Just one:", "One question:", "Only one thing
# -", "Just a quick one:".
_ONE_QUESTION = lazy(
    r"^(?:just\s+|only\s+)?(?:a\s+)?(?:quick\s+)?(?:one|question|thing)"
    r"(?:\s+(?:quick\s+)?(?:question|thing))?(?:\s+for\s+you)?\s*(?::|\s-|,)\s*(?=\w)",
    re.I,
)


# Saying what they'd want from the person offered: "I'd want to ...", "I'd value ...", "I'd
# love to hear ...", "I'd ask ...", "I want to understand ...".
_WANTS = lazy(
    r"\bI(?:['’]d|\s+would)\s+(?:(?:really|also|mostly|most|just)\s+)?"
    r"(?:want|like|love|value|ask|hope|appreciate|be\s+keen)\b"
    r"|\bI\s+(?:want|hope)\s+to\s+(?:understand|hear|learn|ask|know|find)\b",
    re.I,
)
# Their own work told as an aside inside the sentence: ", I built a usage dashboard my team used
# for renewals,".
_ASIDE = lazy(
    r",\s+(?P<aside>(?:I|we)\s+(?:[a-z]+ed|built|ran|led|made|wrote|set\s+up|did)\b[^,.;:!?]{3,90}),"
)


# Asking who leads a team, typed in a question's word order inside a question: "can I ask what
# is their name and the team who do the AI for CT?", "could i know who is the manager of data
# team?".
_WHO_LEADS_DOING = lazy(
    r"^(?:(?:so|and|also)\s+)?(?:can|could|may)\s+i\s+(?:ask|know)\s+(?:what\s+is\s+(?:their|the|"
    r"his|her)\s+name|who\s+(?:is|are)\b|who\s+(?:leads|runs|heads))[^?]*?\bteam\s+(?:who|that|"
    r"which)\s+(?P<verb>do|does|work\s+on|works\s+on|make|makes|build|builds|handle|handles|"
    r"run|runs)\s+(?P<what>[^?]+?)\s*\?*$",
    re.I,
)
_WHO_LEADS_TEAM = lazy(
    r"^(?:(?:so|and|also)\s+)?(?:can|could|may)\s+i\s+(?:ask|know)\s+(?:who\s+is|what\s+is\s+"
    r"the\s+name\s+of)\s+(?:the\s+)?(?:lead|leader|head|manager|boss)\s+(?:of|for|in)\s+"
    r"(?:the\s+|your\s+)?(?P<team>[\w -]+?)\s+team\s*\?*$",
    re.I,
)
_THIRD = {"do": "does", "work on": "works on", "make": "makes", "build": "builds",
          "handle": "handles", "run": "runs"}  # fmt: skip


# A question (or "whether"/"if" clause) that is an ask: it requests a person or a team to talk
# to, a name or a contact, an introduction, a chat or a meeting, someone's time, or leave to
# write to someone: "who leads ...?", "which team ...?", "Would Priya have twenty minutes for a
# quick chat?", "could priya spare 15 mins for a call?", "Is it possible to have a short meeting
# with Priya?", "Might I ask for the name of someone in analytics?", "Would it be alright if I
# emailed Priya?", "May I have the email address of Priya?". A question about the work ("What
# does the team work on?") is none.
_ASKS_PERSON = lazy(
    r"\bwho\b|\bwhich\s+(?:team|person|group)\b|\b(?:introduce|introduction|connect|"
    r"put\s+me\s+in\s+touch|get\s+in\s+touch|reach\s+out|talk\s+to|speak\s+(?:to|with)|"
    r"point\s+me|refer\s+me)\b"
    r"|\b(?:have|grab|get|set\s+up|arrange|open\s+to|up\s+for|for)\s+(?:a|an)?\s*(?:\w+\s+)?"
    r"(?:chat|coffee|call|meeting|catch[-\s]up)\b|\b(?:chat|meet)\s+with\b"
    r"|\b(?:have|spare|find|got|give\s+me)\s+(?:\w+\s+){0,3}?(?:minutes?|mins?|time)\b"
    r"|\b(?:names?|contacts?|contact\s+details|e-?mail\s+address(?:es)?)\s+(?:of|for)\b"
    r"|\b(?:e-?mail(?:ed)?|message(?:d)?|write\s+to|wrote\s+to|contact(?:ed)?)\s+"
    r"(?!(?:tools?|lists?|templates?)\b)\w+",
    re.I,
)


# An example of their own work told inside another sentence (their honest fit): ", like the one
# that cut our reporting time in half", ", for example I automated ...", ", such as the churn
# model I built ...", ", like when I mapped 300 accounts ...". A thing done (a past verb or a
# figure) after the marker; never "like data analysis" alone.
_EXAMPLE_SAID = lazy(
    r",\s*(?:like|such\s+as|for\s+example|for\s+instance|e\.g\.)\s+[^.!?;]*?"
    r"\b(?:[a-z]+ed|built|cut|made|ran|led|grew|wrote|won|brought|took|set\s+up|\d+)\b",
    re.I,
)


# Their own words for keeping the door open on this process, or for following up, inside a
# sentence the version says for another part ("I'm still very much interested in this role, and
# I'll send you a short email next week"): the version's stock line for that part is then left
# out, so each is said once, in their words.
# An apology at a sentence's end: "sales isnt really my thing tbh, sorry".
_SORRY_TAIL = lazy(r"(?:,\s*|\s+)(?:so+rry|soz|apologies)(?=[.!?]*\s*$)", re.I)


def _one_door(said: list[str]) -> None:
    """Keeps the door open once in a version (review 26b, M1): "No, I'm not withdrawing; I'd
    like to stay in the process if you still see a fit. I'm glad to stay in the process if you
    still see a fit." says it twice. A sentence that only keeps the door open is dropped, the
    latest first, while another sentence of the version still keeps it (one that also says how
    they will follow up, "Happy to stay in the process, and may I follow up by email?", stays)."""
    doors = [n for n, line in enumerate(said) if _THEIR_DOOR.search(to_plain(line))]
    only = [n for n in doors if not _THEIR_FOLLOW.search(to_plain(said[n]))]
    drop: set[int] = set()
    for n in reversed(only):
        if len(doors) - len(drop) > 1:
            drop.add(n)
    for n in sorted(drop, reverse=True):
        del said[n]


_THEIR_DOOR = lazy(
    r"\b(?:still|remain|stay|staying|keep|continue|continuing)\b[^.?!]*?\b(?:interested|keen|"
    r"running|process|in\s+mind|considered|application|role|position)\b"
    r"|\bkeep\s+me\s+in\s+mind\b|\b(?:be|being)\s+considered\b",
    re.I,
)
_THEIR_FOLLOW = lazy(
    r"\bfollow(?:\s+|-)?up\b|\btouch\s+base\b|\bcheck\s+in\b|\bchecked\s+in\b|"
    r"\bdrop\s+you\s+a\s+(?:line|note|message)\b|\bget\s+back\s+to\s+you\b|"
    r"\breach\s+out\s+(?:to\s+you|again|after|afterwards|next|on\s+linkedin)\b|"
    r"\b(?:send|sending|write|writing)\s+you\b|\b(?:e-?mail|text|message)\s+you\b|"
    r"\b(?:stay|keep|be)\s+in\s+touch\b",
    re.I,
)


def who_leads(sentence: str) -> str:
    """A question about who leads a team, typed in a question's word order, said as asked:
    "can I ask what is their name and the team who do the AI for CT?" -> "Could I ask who
    leads the team that does the AI for CT?"; "could i know who is the manager of data team?"
    -> "Could I ask who leads the data team?". "" for any other sentence."""
    text = " ".join(sentence.split())
    if found := _WHO_LEADS_DOING.match(text):
        verb = " ".join(found["verb"].casefold().split())
        return f"Could I ask who leads the team that {_THIRD.get(verb, verb)} {found['what']}?"
    if found := _WHO_LEADS_TEAM.match(text):
        return f"Could I ask who leads the {found['team']} team?"
    return ""


# The stronger version's part that adds each element, for a ready answer's "and add" line.
_ADD_PART = {
    "E2": "enthusiasm",
    "E3": "fit",
    "E4": "bridge",
    "E5": "ask",
    "E6": "door",
    "E7": "follow",
}


def _added(ctx: Context, add: Sequence[str], role_fits: bool) -> list[str]:
    """The lines (neutral markup) that add ``add`` (elements the note named as still to add) to
    a ready answer: the stronger version's own part for each, filled from the context, or, where
    that part needs details of theirs that are missing (what draws them, their proof), what to
    add in their own words (never a placeholder, never a promise of an example). None for
    timing or delivery (no line adds them), or an honest word about fit when the role fits."""
    data = rules_doc()
    parts = data["stronger"]
    values = _values(ctx)
    lines: list[str] = []
    for element in add:
        part = _ADD_PART.get(element)
        if part is None or (part == "fit" and role_fits):
            continue
        said = ""
        if part != "bridge" or values.get("evidence_said") or values.get("evidence"):
            said = to_plain(_pick(parts[part], values))
        if said:
            line = fill(parts["keep_add_line"], line=said)
        else:
            line = fill(parts["keep_add_own"], what=data["missing"][element])
        if line not in lines:
            lines.append(line)
    return lines


# Their own reason said as why they applied: "I applied because I admire your ...".
_APPLIED = lazy(r"\b(?:applied|apply|applying)\b", re.I)


# Words that open a typed line as chat, not as a sentence to say: "so i ...", "tbh ...".
_CHAT_LEAD = lazy(r"(?:so|and|but|like|lol|tbh|ok|okay|um+|uh+|well|also|yeah|yes|oh|ah|omg)\b")


def stronger_parts(
    ctx: Context,
    text: str = "",
    analysis: Analysis | None = None,
    role_fits: bool = False,
    total: int | None = None,
    carried: Mapping[str, int] | None = None,
    add: Sequence[str] = (),
) -> tuple[str, list[str]]:
    """``stronger_version`` and the notes that go with it, as ``(version, notes)``: each note
    (neutral markup) names something of the student's own that the version could not repeat
    in clean English ("Keep your Jenkins figure (40, 12) ..."), so they say it their own way.
    ``add``: the elements the coach's note named as still to add (``coach_note``); a ready
    answer's version keeps what it has and adds a line for each."""
    a = analysis or analyse(text, ctx)
    if (back := _taken_back(a)) is not None:
        # "... would love to keep in touch. Just kidding, I just need a job.": the version keeps
        # what they said before the take-back and leaves out only the take-back (review 27b B2).
        text = " ".join(a.doc.sentence(i) for i in range(back))
        a = analyse(text, ctx)
        # The score shown and the parts the note named as undone counted the take-back: what
        # came before is judged alone, and keeps the parts it said.
        total, add = None, ()
    role_fits = role_fits or _fits_by_their_word(a, text)
    if keeps_as_is(a, total):
        return _keep(a, _added(ctx, add, role_fits)), []
    # On a later turn (``carried``), what the round already said is not said again: only the
    # moment, and what this line asks for (``_MOMENT``), even on a line that is no narrow
    # moment ("Why did you apply?" on turn 3 is not the whole pitch again).
    said_before = {e for e, p in (carried or {}).items() if p >= 2} - _MOMENT.get(
        a.kind.name, set()
    )
    if a.passed_up:
        said_before = set()  # the floor declined: the version is the whole pivot, taken back
    parts = rules_doc()["stronger"]
    values = _values(ctx)
    line = " ".join(ctx.last_line.split())
    kind = a.kind.name
    if kind in ("unknown", "opening") and (_ASKS_WHO.search(line) or _ASKS_WANT.search(line)):
        # Asked for a name, a team or what they want: answered first, never asked back.
        kind = "who_particular" if _ASKS_WHO.search(line) else "wants_what"
    plan = parts["plans"].get(kind, parts["plans"]["default"])
    said: list[str] = []
    own_said: list[str] = []  # the sentences of ``said`` that are the student's own
    stock: dict[str, str] = {}  # the version's own door and follow-up lines, by part
    notes: list[str] = []
    to_fix: list[tuple[str, str]] = []  # slips of their own sentences left out of the version
    # Notes on their own figure, by place in ``notes``: what it is, and whether the version says
    # another example where it would go; worded once the version is known.
    figure_notes: list[tuple[int, str, bool]] = []
    # "that team" only for a team the conversation named; else the work is named again.
    team_named = bool(_TEAM.search(ctx.target)) or any(
        _TEAM.search(line) for line, _ in (*ctx.earlier, (ctx.last_line, ""))
    )

    def say(sentence: str, own: bool = False) -> None:
        # Their own words, said aloud as they put them, less emoji and chat fillers ("lol"),
        # and less a "though" that answered a sentence the version leaves out.
        if own:
            sentence = _CONTRAST_TAIL.sub("", phrases.strip_emoji(sentence) or sentence)
            # An apology tacked on ("..., sorry") is no part of a stronger version.
            sentence = _SORRY_TAIL.sub("", sentence) or sentence
            # Said as a sentence: the company written as its name is, and an end stop ("i want
            # to work at spotify" is never run into the next line).
            company, sentence = values["company"], sentence.strip()
            if _NO_I.match(sentence):
                sentence = f"I {sentence[:1].lower()}{sentence[1:]}"
            sentence = phrases.capitalise_names(sentence, [company, company.split()[0]])
            if sentence and not re.search(r"[.!?…][\"”’)]*$", sentence):
                sentence += "."
            sentence = esc(sentence)
        # One hedge or opener is enough: "Honestly, ..." then "To be honest, ..." reads as
        # padding, and "Yes, thank you." after "Thank you, yes, ..." as an echo.
        sentence = unhedged(sentence, said)
        plain = to_plain(sentence)
        blank = own and re.search(r"\[[^\]]*\]", plain)
        if sentence and (slips(plain) or blank or (own and still_broken(plain))):
            return  # a slip, or a template's blank in their words ("[evidence]"): left out
        # The same words never twice: "For example, I mapped ..." after their own "I mapped ...".
        core = re.sub(r"^for example,\s*", "", plain.casefold()).split(";")[0].strip(" .")
        if core and len(core.split()) >= 4 and core in to_plain(" ".join(said)).casefold():
            return
        if sentence and sentence not in said:
            said.append(sentence)
            if own:
                own_said.append(sentence)
            target = values.get("target", "")
            short = values.get("area_short", "")
            if (target and target.casefold() in plain.casefold()) or (
                short and short.casefold() in plain.casefold()
            ):
                # Each phrase once: the better fit named, later lines refer back to it.
                values["target"] = values["area_short"] = values["area_team"] = ""
                if team_named:
                    values["that_team"] = "that team"
                else:
                    values["that_work"] = "that kind of work"

    def usable(sentence: str) -> str:
        """Their own sentence, when it can be said as it is: never in an answer with a red
        flag (the blunt line is what to replace), never shorthand, a run-on or a slip of
        English (``good_english``)."""
        # no apology before the point, "your" work, certain shorthand written out
        sentence = said_right(sentence, values.get("evidence", ""), _named(a.ctx))
        if sentence[:1].islower() and not _CHAT_LEAD.match(sentence):
            # Typed in lower case on a phone ("would u be ok putting me in touch w ..."): the
            # whole sentence, said with its capital; a lead of chat ("so i ...") stays out.
            sentence = phrases.upper_first(sentence)
        if not sentence or a.flags or not speakable(sentence) or asks_for_a_job(sentence):
            return ""
        if _BELITTLES.search(sentence):
            return ""  # what they would not endure is replaced by where they do their best
        if re.search(r"\[[^\]]*\]", sentence):
            return ""  # a template's blank ("[company]") is no sentence to say
        if still_broken(sentence):
            return ""  # a slip no repair is certain of ("12 interview", "for talk"): left out
        clean = said_cleanly(sentence)
        if not clean and (found := fixes(sentence)):
            for pair in found:  # the words to change are named in a note, once
                if pair not in to_fix:
                    to_fix.append(pair)
        return clean

    # Their own first sentence when it already answered the line in words only a reply to it
    # would use; otherwise one that does (so the version cannot stand in for another line).
    first, signature = a.direct, a.kind.signature
    if first is not None and signature and a.ok([first]) and a.points["E1"] == 2:
        own = usable(a.doc.sentence(first.sentence))
        if own and signature.search(a.doc.text_of(first.sentence)):
            say(own, own=True)
    reply = parts["reaction"].get(kind)
    if a.passed_up:
        reply = parts["passed_up"]  # the floor taken back, never a thank-you for nothing
    if not said and reply is None:
        # A line of a kind the coach does not know: only the student can answer it. Their own
        # first sentence when it replied to the line; else the note asks them for one, and the
        # version never holds a bracketed instruction in its place.
        responded = a.responded
        own = usable(a.doc.sentence(responded.sentence)) if responded is not None else ""
        if own and responded is not None and responded.sentence == 0 and a.points["E1"] == 2:
            say(own, own=True)
        else:
            notes.append(fill(parts["answer_unknown"], line=values["last_line"]))
    elif not said and kind == "behavioural":
        # The example they asked for is the student's own story: their sentences that tell it,
        # or a note asking for it; never a bracket to fill in.
        told = _told_example(a, usable)
        if not told:
            return "", [str(parts["tell_example"])]
        say(_pick(reply, values))
        for sentence in told:
            say(sentence, own=True)
    elif not said and kind == "prove_it" and not _has_proof(a, values):
        # Asked what they have done, with no proof given anywhere: only the student can answer,
        # and the version never promises an example that is not there.
        return "", [str(parts["tell_proof"])]
    elif not said and reply is not None and kind == "floated_team" and _NAMED_FOR.search(line):
        # The line said who: answer what for, in their own words when they said it (their
        # reason and proof kept, issue 10/11), else the coach's answer.
        if wants := _own_wants(a, usable):
            say(_pick(parts["floated_team_own"], values))
            for sentence in wants:
                say(sentence, own=True)
        else:
            say(_pick(parts["floated_team_named"], values))
    elif not said and kind == "floated_team" and (asked := _own_questions(a)):
        # Their own questions about the team, kept: never swapped for generic ones.
        say(_pick(parts["floated_team_own"], values))
        for question in asked:
            say(question, own=True)
    elif not said and reply is not None and (answer := _yes_or_no(a, kind, role_fits, ctx)):
        say(_pick(parts["reaction_by_answer"][kind][answer], values))  # their answer, kept
    elif (
        not said
        and reply is not None
        and not (
            kind == "why_applied"
            and (
                _APPLIED.search(usable(_own(a, "E2")))
                or (not a.flags and _APPLIED.search(_fresh_detail(a, usable, kind)))
            )
        )
    ):
        # (their own reason said as why they applied answers the line itself: never a stock
        # "I applied because ..." before their own "I applied because ...")
        if kind in ("who_particular", "wants_what") and "E4" in said_before:
            # Their proof is the reason why this person, unless the round already said it: a
            # narrow moment is never a second pivot.
            said_values = {
                k: v for k, v in values.items() if k not in ("evidence", "evidence_said")
            }
            say(_pick(reply, said_values))
        else:
            say(_pick(reply, values))
    rest = list(plan[1:])
    # What the note told them to add (``add``) is in the version, each in the pivot's order:
    # never "add staying in touch" above a version that leaves it out.
    order = ("enthusiasm", "fit", "bridge", "ask", "door", "follow")
    present = {"ask" if p == "intro" else "follow" if p == "close_short" else p for p in rest}
    for element in add:
        part = _ADD_PART.get(element)
        if part is None or part in present or (part == "fit" and role_fits):
            continue
        # (The introduction asked for stands where the ask does, the short close as the follow.)
        rank = {p: order.index({"intro": "ask", "close_short": "follow"}.get(p, p)) for p in rest
                if {"intro": "ask", "close_short": "follow"}.get(p, p) in order}  # fmt: skip
        later = [p for p in rest if p in rank and rank[p] > order.index(part)]
        rest.insert(rest.index(later[0]) if later else len(rest), part)
        present.add(part)
    # An element their answer earned full marks for in its own words is never dropped, even
    # where the moment's plan is short (a rushed "five minutes left" keeps their honest fit).
    pitch = ("enthusiasm", "fit", "bridge", "ask")
    for n, part in enumerate(pitch[:3]):
        if part not in rest and "ask" in rest and usable(_own(a, _PART_ELEMENT[part])):
            after = next(p for p in pitch[n + 1 :] if p in rest)  # in the pitch's own order
            rest.insert(rest.index(after), part)
    door = _door_sentence(a, usable, said)
    if "door" not in rest and door:
        # Their own door-open sentence ("I'd still be glad to stay in the process") is never
        # dropped because this moment's plan leaves the door to its first line.
        rest.insert(rest.index("follow") if "follow" in rest else len(rest), "door")
    earned = {e for e in ("E2", "E3", "E4") if usable(_own(a, e))} | ({"E6"} if door else set())
    if (kind in ("would_take_offer", "opening", "none") or a.points["E5"]) and _own_questions(a):
        # Their own question and ask ("Who leads that team, and what skills are they looking
        # for?") is what this moment wants: never dropped as said earlier (review 27b B2).
        earned.add("E5")
    if a.kind.name == "withdrawing" and usable(a.own("E3")):
        # Asked if they are withdrawing, their honest reason, even half of one ("sales isnt
        # really my thing"), is theirs to keep on a later turn: never dropped (review 26b, M2).
        earned.add("E3")
    promised = bool(said) and "example" in said[0].casefold() and "bridge" in rest
    if promised:
        rest.remove("bridge")  # a line that promises an example: the example comes next
        rest.insert(0, "bridge")
    for part in rest:
        element = _PART_ELEMENT[part]
        kept = part in ("intro", "close_short") or element in earned  # never dropped
        if element in said_before and not kept:
            continue  # said earlier in this round: this moment needs only its answer
        if element in a.granted:
            if part == "enthusiasm" and (keen := usable(_own_enthusiasm(a, ctx))):
                say(keen, own=True)  # not called for, but their own words for the company stay
            continue  # this moment did not call for it, and their reply was complete
        if part == "fit" and role_fits:
            continue  # the role fits: "this role isn't where I do my best work" would be false
        if part == "enthusiasm":
            # Their own reason for the company, when they gave a specific one.
            # Their own words of enthusiasm come first; a "reason" that is their honest-fit
            # sentence is not one (it is said in its own place).
            theirs = _own_enthusiasm(a, ctx) if not a.flags else ""
            reason = usable(theirs)
            own_reason = a.own_reason() if not a.flags else ""
            # Nor is a thing they did ("I mapped flood claims ..."): that is their proof.
            told_work = _tells_work_done(own_reason) and not _TO_THEM.search(own_reason)
            if not reason and own_reason != a.own("E3") and not told_work:
                reason = usable(own_reason)
                theirs = theirs or own_reason
            if reason and any(
                reason.strip(" .").casefold() in to_plain(line).casefold() for line in said
            ):
                # Already said as their answer's first line ("I would love to work for X."):
                # the specific reason they typed at setup is what this part adds.
                reason = theirs = ""
            # A reason from an earlier answer never stands in for one this answer gave.
            names_theirs = any(
                _THEIRS.search(a.doc.sentence(i)) and not a.doc.is_question(i)
                for i in range(len(a.doc.spans))
            )
            # (A vague reason, "a big firm with lots of clients", names nothing of theirs.)
            from_earlier = bool(values.get("draws_earlier")) and names_theirs
            detail = "" if reason or a.flags else _fresh_detail(a, usable, kind)
            if detail and not any(
                detail.strip(" .").casefold() in to_plain(line).casefold() for line in said
            ):
                # A specific of theirs this answer named for the first time ("you publish your
                # clinics' outcomes"): kept over the plan's line (review 23).
                reason = detail
            if reason:
                say(reason, own=True)
            elif values.get("draws") and not from_earlier:
                say(_pick(parts["enthusiasm"], values))
            elif (theirs and not good_english(theirs)) or from_earlier or values.get("draws_typed"):
                # Their own reason, typed with a slip, and no clean one from the intake.
                notes.append(fill(parts["keep_reason"], values))
            else:
                # Nothing specific of theirs to name: the line is left out, never a filler.
                notes.append(_pick(parts["add_draws"], values))
        elif part == "door" and door:
            say(door, own=True)  # their own words for staying in the process
        elif part == "fit" and (honest := usable(a.own("E3"))):
            say(honest, own=True)  # their honest-fit sentence, in their words, is kept
        elif part == "bridge":
            best = _best_proof(a) if not a.flags else ""
            proof = usable(best) or (clean_proof(best) if best and not a.flags else "")
            if "[" in proof or still_broken(proof):
                # a template's blank, or a slip no repair is sure of ("12 interview with"),
                # is not their proof to say: the intake's instead
                best = proof = ""
            if _EXAMPLE_SAID.search(to_plain(" ".join(said))):
                # Their proof is inside a sentence already said ("I'm happiest building
                # dashboards, like the one that cut our reporting time in half"): said once,
                # never followed by the intake's proof as well.
                values["bridge_said"] = "yes"
                continue
            if proof and proof.strip(" .").casefold() in to_plain(" ".join(said)).casefold():
                # Their "proof" is a sentence the version already said (their honest fit, "my
                # strongest skill is data analysis"): the proof they gave at setup instead.
                best = proof = ""
            if best and values.get("evidence_earlier"):
                # This answer has a proof of its own: an earlier one never stands in for it.
                values.pop("evidence_said", None)
            values["bridge_said"] = "yes" if proof or _pick(parts["bridge"], values) else ""
            if proof:
                say(proof, own=True)
                linked = bool(values.get("that_team") or values.get("that_work"))
                if a.points["E4"] < 2 and not a.target and not linked:
                    say(_pick(parts["bridge_link"], values))
            elif bridged := _pick(parts["bridge"], values):
                say(bridged)
                if best and (what := _figure_note(best)):
                    figure_notes.append((len(notes), what, True))
                    notes.append(what)
            elif best and (what := _figure_note(best)):
                figure_notes.append((len(notes), what, False))  # theirs, said their own way
                notes.append(what)
            else:
                # No proof of theirs anywhere: the line is left out, never a promise of an
                # example that is not there, and the note asks for one.
                notes.append(_pick(parts["add_proof"], _values(ctx)))
        elif (
            part == "ask"
            # Asked if they have questions, their own questions are what the line wants.
            and (kind in ("would_take_offer", "opening", "none") or a.points["E5"])
            and (asked := [q for q in _own_questions(a) if q not in to_plain(" ".join(said))])
        ):
            for question in asked:  # their own question and ask, kept in their words
                say(question, own=True)
            if a.points["E5"] < 2 and not any(_ASKS_PERSON.search(q) for q in asked):
                say(_pick(parts["ask"], values))  # a question about the work: the ask still due
        elif (own := usable(_own(a, element))) and part not in ("intro", "close_short", "later"):
            say(own, own=True)
        elif part == "ask" and not role_fits and not fit_said(said):
            # No honest-fit line before it: the ask for another team says why, in a few words.
            say(_pick(parts["ask_reasoned"], values))
        else:
            say(_pick(parts[part], values))
            if part in ("door", "follow"):
                stock[part] = said[-1] if said else ""
    for part, line in stock.items():
        # Their own sentence said for another part already keeps the door open, or says how
        # they will follow up: the stock line for it is not said as well.
        reads = _THEIR_DOOR if part == "door" else _THEIR_FOLLOW
        if line in said and any(
            reads.search(to_plain(own)) and not _NEGATED.search(to_plain(own)) for own in own_said
        ):
            said.remove(line)
    _one_door(said)
    if promised and len(said) > 1 and said[1].startswith("For example, "):
        said[1] = phrases.upper_first(said[1][len("For example, ") :])  # "example. For example"
    for n in range(1, len(said)):
        # "For example" only after a claim it is an example of (where they do their best work,
        # a strength); after "I do have a question." it follows nothing.
        if said[n].startswith("For example, ") and not _CLAIMED.search(to_plain(said[n - 1])):
            said[n] = phrases.upper_first(said[n][len("For example, ") :])
    version = " ".join(said)
    best = _best_proof(a) if not a.flags else ""
    counted = [re.match(r"\d+(?:[.,]\d+)?", f) for f in figures(shorthand_mended(best))]
    numbers = [m.group() for m in counted if m]
    left_out = numbers and not all(re.search(rf"\b{n}\b", version) for n in numbers)
    if left_out and not notes and (what := _figure_note(best)):
        # Their most specific proof is left out of this moment's version: they keep it.
        figure_notes.append((len(notes), what, bool(values.get("bridge_said"))))
        notes.append(what)
    for at, what, other in figure_notes:
        # A "keep" note names only what the version shows: their figure, when it is in it;
        # else where to put it (in place of the version's other example, or added).
        shown = bool(numbers) and all(re.search(rf"\b{n}\b", version) for n in numbers)
        key = "keep_proof" if shown else "swap_proof" if other else "add_own_proof"
        notes[at] = fill(parts[key], what=what)
    if to_fix:
        # Only the words to say: the slip itself is never repeated back.
        good = parts["fix_joiner"].join(f'"{g}"' for _, g in to_fix[:2])
        notes.append(fill(parts["fix_note"], good=good))
    return version, notes
