"""Typed answers made fit for a line the student will say aloud (the pivot plan's script).

Three kinds of trouble come with an answer typed as chat, and each has its helper here:

- A comma splice: "your grid-forecasting launch, it helps utilities plan" pasted after "What drew
  me here is" reads as two sentences glued by a comma. :func:`unsplice` joins the second part as
  a relative clause ("..., which helps utilities plan") or with "and".
- A better fit with its proof appended: "data analytics, I built a usage dashboard". Only the
  work goes into "my best work is in ..."; :func:`split_target` hands the rest back, and
  :func:`is_proof` tells whether it is an example of the student's work.
- Grammar slips of a writer in a second language: "the app help me to save money when I was
  student". :func:`slips` finds the common ones; such a clause is never pasted into a line to be
  spoken. :func:`clean_part` picks a noun phrase typed beside it ("..., the pots feature"), which
  can be said instead; otherwise the student is asked for a short phrase.

Each works on plain text and returns plain text; none raises.
"""

from __future__ import annotations

import re
from typing import Any

from bot.patterns import lazy
from flows.pivot import phrases


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Who "they" can be: people take "who", everything else "which".
_PEOPLE = _wordset(
    """
    people team teams staff employees engineers designers founders founder managers recruiters
    recruiter interviewers interviewer leaders leadership colleagues researchers scientists
    analysts developers members volunteers nurses doctors teachers folks everyone ceo cto
    manager lead director she he drivers conductors mentors instructors coaches workers
    partners customers users clients students interns graduates apprentices experts owners
    investors crew pilots staffers writers editors artists
    """
)
# ", it helps", ", they're", ", this means", ", I used": a second clause glued on with a comma.
_SPLICE = lazy(
    r",\s+(?P<who>it|they|this|that|he|she|we|i|you)\b"
    r"(?P<contr>['’](?:s|re|ve|ll|d|m))?\s*(?P<next>[A-Za-z’']*)",
    re.I,
)
_CONTRACTED = {"s": "is", "re": "are", "ve": "have", "ll": "will", "d": "would", "m": "am"}
# After "this" or "that", a word that is a verb (so "this year" is no clause).
_VERB_LIKE = lazy(
    r"^(?:is|was|has|had|does|did|can|could|will|would|may|might|must|should|means|meant|"
    r"helps|helped|makes|made|shows|showed|lets|let|gives|gave|keeps|kept|got|gets|saves|"
    r"saved|[a-z]{3,}(?<!ss)(?<!ous)(?<!ness)s|[a-z]{3,}ed)$",
    re.I,
)
# A phrase that sets the scene before a clause ("For my capstone, I built ...", "Last month,
# it launched ..."): the comma after it is no splice.
_SCENE = lazy(
    r"^\s*(?:for|in|at|during|while|when|whenever|as|last|this|over|on|through|after|before|"
    r"since|throughout|with|without|back|earlier|recently|once|because|if|although|though|"
    r"honestly|basically|actually|also|plus|so|well|yes|no|now|today|yesterday|then|still|"
    r"and|but|or|like|besides|personally|overall|ideally|luckily|sadly|however|by|from|"
    r"\d{4})\b",
    re.I,
)
# After "it" or "they" at the start of a clause, words that show it is no subject after all.
_NOT_A_VERB = _wordset("and or but to of in on at for with by from as if")


def unsplice(text: str) -> str:
    """``text`` with each comma splice joined. After a noun phrase, ", it/this/that <verb>"
    becomes ", which <verb>" ("it's" -> "which is") and ", they ..." ", which ..." (", who
    ..." after people); any other splice, and every one after a clause, is joined with "and"
    (", and it cut ...", ", and I used ..."). Text with no splice is returned as it is."""
    out: list[str] = []
    last = 0
    for found in _SPLICE.finditer(text):
        who = found.group("who").casefold()
        contr = (found.group("contr") or "")[1:].casefold()
        nxt = found.group("next")
        before = text[last : found.start()]
        if who in ("this", "that") and not contr and not _VERB_LIKE.match(nxt):
            continue
        if nxt.casefold() in _NOT_A_VERB and not contr:
            continue
        if not before.strip() or _SCENE.match(re.split(r"[,;]", before)[-1]):
            continue
        clause = phrases.is_clause(before)
        if who in ("he", "she", "we", "i", "you") and not clause:
            continue  # "Your new CEO, she ...": said as typed
        # After a noun phrase, "it" is that thing: "which". After a clause it may be anything
        # in it ("I've used their app for years, it's always on time"): "and it".
        if who in ("it", "this", "that", "they") and not clause:
            words = re.findall(r"[\w'’]+", before.casefold())
            people = bool(words) and (
                words[-1] in _PEOPLE or words[-1].endswith(("ists", "ians", "eers"))
            )
            rel = "who" if who == "they" and people else "which"
            verb = ""
            if contr:
                verb = _CONTRACTED[contr]
                if verb == "is" and who == "they":
                    verb = "are"
            joined = f", {rel} {verb + ' ' if verb else ''}{nxt}".rstrip()
        else:
            subject = found.group("who")
            subject = "I" if who == "i" else subject.lower()
            joined = f", and {subject}{found.group('contr') or ''} {nxt}".rstrip()
        out.append(text[last : found.start()] + joined)
        last = found.end()
    out.append(text[last:])
    return "".join(out)


# -- a better fit with something appended --------------------------------------------------

# A first-person clause after the kind of work: "data analytics, I built ...", "UX research
# because I've run ...", "marketing - my capstone was ...", "ops. I ran ...".
_APPENDED = lazy(
    r"^(?P<area>.*?\S)\s*(?:[,;:]|\s[—–-]+|—|–|\.(?=\s)|\s+(?:because|since|as|and))\s+"
    r"(?P<rest>(?:i|i've|i’ve|i'm|i’m|i'd|i’d|i\s+have|my|we|we've|we’ve|our)\b.*)$",
    re.I | re.S,
)
# Done, in the past: "I built", "I've led", "we ran", "my dashboard cut ...".
_PAST = lazy(
    r"^(?:i|we|my\s+\w+(?:\s+\w+)?|our\s+\w+(?:\s+\w+)?)\s*(?:['’]ve|\s+have|\s+had)?\s+"
    r"(?:also\s+|once\s+|recently\s+|already\s+|just\s+)?"
    r"(?:[a-z]{2,}ed|built|led|ran|made|wrote|taught|won|grew|cut|sold|drove|gave|took|found|"
    r"got|kept|brought|began|spent|held|met|spoke|oversaw|became|did|done|set up|put together|"
    r"shipped|rebuilt|rewrote|saved|run|grown|built|taken|given|written|been)\b",
    re.I,
)


def split_target(text: str) -> tuple[str, str]:
    """The better fit as ``(work, rest)``: the kind of work, and a first-person clause typed
    after it ("data analytics, I built a usage dashboard" -> ("data analytics", "I built a
    usage dashboard")). ``rest`` is "" when nothing was appended; ``work`` is the text as it
    is then. The work is never cut to nothing."""
    found = _APPENDED.match(phrases.tidy(text))
    if found is None or not phrases.noun_phrase(found.group("area")):
        return text, ""
    if phrases.is_clause(found.group("area")):  # "I like data, I built ...": no work named first
        return text, ""
    return found.group("area"), found.group("rest").strip()


def said_target(text: str) -> str:
    """The better fit as it may go into a line to be said: the work without what was appended
    (see :func:`split_target`), or "" when it cannot finish "My best work is in ..." (see
    :func:`unsayable_target`), so that every line takes its form without it."""
    work = split_target(text)[0]
    return "" if unsayable_target(work) else work


def unsayable_target(text: str) -> bool:
    """Whether a better fit typed as ``text`` cannot finish "My best work is in ...": it has
    grammar slips, or it is a statement rather than a kind of work ("I'm not sure sales is for
    me", "sales isn't my thing")."""
    work = split_target(text)[0]
    if slips(work):
        return True
    phrase = phrases.noun_phrase(work)
    if not phrase:
        return False
    negated = _NEGATED.search(phrase)
    if negated and not re.search(r"(?i)\b(?:that|which|who|where)\b", phrase[: negated.start()]):
        return True  # "sales isn't for me", "sales is not my thing"
    return phrases.is_clause(phrase)


# A statement about a role rather than a kind of work: "isn't for me", "don't like sales".
_NEGATED = lazy(
    r"\b(?:isn['’]?t|aren['’]?t|wasn['’]?t|doesn['’]?t|don['’]?t|didn['’]?t|is not|are not|"
    r"do not|does not|not for me|not my)\b",
    re.I,
)


def keep_target(data: dict[str, Any], text: str) -> None:
    """Keep the better fit typed as ``text`` in ``data``: only the kind of work ("data
    analytics, I built a usage dashboard" keeps "data analytics" as ``target``); an example of
    the student's work typed after it is kept aside as ``_target_proof``, to be offered as the
    proof (an aside that is no example, "I love numbers", is left out)."""
    area, rest = split_target(text)
    data["target"] = area
    if rest and is_proof(rest):
        data["_target_proof"] = rest
    else:
        data.pop("_target_proof", None)


def is_proof(text: str) -> bool:
    """Whether ``text`` tells something the student did ("I built ...", "I've led ...", "my
    dashboard cut ..."), as opposed to a feeling or a wish ("I love numbers")."""
    return bool(_PAST.match(phrases.tidy(text)))


# -- grammar slips -----------------------------------------------------------------------------

# A clause starts here: the start, a comma, or a joining word. Verbs whose past is their bare
# form ("let", "put", "run", "come") are left out: "my manager let me lead" is good English.
_START = r"(?:^|[,;.]\s*|\b(?:and|but|because|cause|since|so|when|as|that|if)\s+)"
_BASE = (
    r"(?:help|make|give|allow|save|have|want|need|show|teach|support|care|treat|offer|"
    r"take|keep|work|look|seem|provide|create|build|solve|change|mean|go|try|know|like|"
    r"love|pay|send|remind|track|tell|bring|use|do|grow|sell|value)"
)
# Verbs that are never nouns: after "for" they are a slip ("a model for predict churn").
_VERB_ONLY = (
    r"(?:predict|improve|reduce|increase|analyse|analyze|detect|classify|optimise|optimize|"
    r"automate|calculate|estimate|understand|learn|make|create|build|develop|find|get|"
    r"decrease|identify|prevent|achieve|explain|prepare|collect|gather|compare|evaluate|"
    r"deliver|lower|raise|speed|simplify|visualise|visualize|grow|become|help\s+(?:me|us|them))"
)
# Verbs that are nouns too ("a forecast", "a plan"): a slip after "for" only with an object.
_VERB_OR_NOUN = (
    r"(?:forecast|plan|test|design|process|support|track|measure|monitor|manage|schedule|"
    r"clean|check|model|report|map|sort|match|price|rank|label|score|target|control|handle|"
    r"run|use|change|update|show|fix|solve|answer|study|research|review|record|store|load)"
)
_COLLECTIVE = r"(?:team|staff|people|police|crew|family|management|government|data)"
_SLIPS = tuple(
    lazy(pattern, re.I)
    for pattern in (
        # "it help me", "she teach", "so it make saving easy": he/she/it and a bare verb.
        _START + r"(?:it|he|she)\s+" + _BASE + r"\b(?!\s+(?:of|for)\b)",
        # "the app help me to save", "your product make us": a singular subject, a bare verb.
        _START + r"(?:the|your|their|this|my|our|its)\s+(?!" + _COLLECTIVE + r"\b)"
        r"[a-z]+(?<![^s]s)\s+" + _BASE + r"\s+(?:me|us|you|them|people|him|her|everyone|users|"
        r"customers|students|to|a|the|my|our|it)\b",
        # "when I was student", "as student", "I am user of": no article before a role.
        # (A title held by one person may go without: "I was treasurer", "as president".)
        r"\b(?:am|'m|’m|was|be|become|became|being)\s+(?:student|user|customer|kid|child|"
        r"teenager|intern|beginner|member|fan|freshman|graduate|teacher|engineer|developer|"
        r"designer|fresher|volunteer|employee|worker|nurse|doctor|part of team)\b",
        r"\bas\s+(?:student|user|customer|kid|child|teenager|intern|beginner|fan|freshman|"
        r"fresher)\b",
        # "informations", "advices": plurals of words that have none.
        r"\b(?:informations|advices|feedbacks|softwares|equipments|knowledges|furnitures|"
        r"homeworks|staffs|evidences|researchs|luggages|vocabularies)\b",
        # "since 3 years", "since long time", "since many years".
        r"\bsince\s+(?:\d+|one|two|three|four|five|six|many|several|long|a long)\s*"
        r"(?:years?|months?|weeks?|days?|time)\b",
        # "I very like", "very enjoy", "I am agree", "I am like".
        r"\bvery\s+(?:like|love|enjoy|want|appreciate|admire|much like)\b",
        # ... with an adverb between: "I am really enjoy", "I'm so want", "I am also work".
        r"\b(?:i am|i'm|i’m|am)\s+(?:(?:really|very|so|also|always|still|truly|actually)\s+)?"
        r"(?:agree|like|love|use|work|study|live|want|need|enjoy|hope|feel|think|believe|"
        r"prefer|wish)\b",
        # "I am very interesting in Siemens", "we're so interesting in": "interested" meant;
        # "interested for the role": "interested in".
        r"\b(?:i am|i'm|i’m|i was|we are|we're|we’re|we were)\s+"
        r"(?:(?:very|really|so|quite|truly|extremely|particularly|still|also|always)\s+)?"
        r"interesting\s+(?:in|to)\b",
        r"\binterested\s+for\b",
        # "a model for predict churn", "for improve": "for" and a word that is only a verb.
        r"\bfor\s+" + _VERB_ONLY + r"(?![\w'’-])",
        # "for forecast the load", "for plan our week": "for" and a bare verb with its object.
        r"\bfor\s+" + _VERB_OR_NOUN + r"\s+(?:the|a|an|our|my|their|its|your|his|her|this|"
        r"that|these|those|them|us|me|it|how|what|which|new|more|better)\b",
        # "is help me", "are make": a form of "be" and a bare verb.
        r"\b(?:is|are|was|were)\s+(?:help|make|give|save|teach|support|provide|create|build|"
        r"solve|allow|let|use)\s+(?:me|us|you|them|people|to|a|the|my|our)\b",
        # "more better", "most best".
        r"\b(?:more|most)\s+(?:better|easier|faster|best|bigger|cheaper|worse|worst)\b",
        # "can to save", "must to".
        r"\b(?:can|must|should|could|will|would|may|might)\s+to\s+[a-z]",
        # "didn't went", "doesn't has".
        r"\b(?:didn'?t|didn’t|did not|doesn'?t|doesn’t|does not)\s+(?:[a-z]{3,}ed|went|saw|had|"
        r"has|made|got|took|came|gave|knew)\b",
        # "they has", "it have", "I has".
        r"\b(?:they|we|you|i)\s+has\b",
        # "I myself done 3 courses", "we gone there": a participle with no "have" before it.
        r"\b(?:i|we|they|he|she)\s+(?:(?:myself|ourselves|themselves|also|already|just)\s+)?"
        r"(?:done|gone|seen|taken|written|given|eaten|begun|known|shown)\b",
        # "explain me", "discuss about".
        r"\bexplain(?:ed|s)?\s+(?:me|us)\b",
        r"\bdiscuss(?:ed|es)?\s+about\b",
        # "more good than", "more happy with data": "more" with a short adjective that has its
        # own comparative ("better", "happier"), said of something; "more small businesses"
        # (a noun after it) is good English.
        r"\bmore\s+(?:good|bad|happy|easy|fast|big|cheap|quick|small|large|hard|early|late|"
        r"strong|young|old|busy|nice|high|low|long|short|new)"
        r"(?=\s*(?:[,.;:!?]|$)|\s+(?:than|with|in|at|when|for|to|if|because|and|now|here)\b)",
    )
)


def slips(text: str) -> list[str]:
    """The grammar slips in ``text`` that no one should be handed back to say aloud, as typed
    (an empty list for clean English): "the app help me", "was student", "informations",
    "since 3 years", "I very like", "is help me", "more better", "can to", "didn't went"."""
    said = phrases.tidy(phrases.strip_emoji(str(text or "")))
    found: list[str] = []
    for pattern in _SLIPS:
        for match in pattern.finditer(said):
            words = match.group().strip(" ,;.")
            words = re.sub(
                r"^(?:and|but|because|cause|since|so|when|as|that|if)\s+", "", words, flags=re.I
            )
            if words and words not in found:
                found.append(words)
    return found


def clean_part(text: str) -> str:
    """A noun phrase typed beside a clause with slips, which can be said instead of it:
    "the app help me to save money when I was student, the pots feature" -> "the pots
    feature". "" when there is none (every part a clause, has a slip, or is one word)."""
    parts = [p.strip() for p in re.split(r"\s*(?:[,;]|\s[—–-]+\s|\.\s)\s*", text) if p.strip()]
    for part in reversed(parts):
        part = phrases.strip_end(phrases.strip_lead(part))
        if slips(part) or phrases.is_clause(part) or len(part.split()) < 2:
            continue
        if len(part.split()) > 8 or re.search(r"(?i)\b(?:i|me|my)\b", part):
            continue
        return part
    return ""


def said_to_company(part: str) -> str:
    """A noun phrase picked by :func:`clean_part` as said to the company: a leading "the"
    becomes "your" ("the pots feature" -> "your pots feature"), since what drew the student is
    the company's own."""
    return re.sub(r"^(?:the|their|its)\s+", "your ", part, count=1, flags=re.I)


# -- good English ------------------------------------------------------------------------------
# Slips a non-native speaker makes that no counsellor would hand back as a model line: each a
# kind, never one wording. A sentence with one is quoted as what worked, but never repeated in a
# line the coach suggests; its figure is said cleanly instead, or the note says what to keep.
_COUNTABLE = (
    r"(?:role|job|position|framework|tool|app|pipeline|system|dashboard|project|report|"
    r"process|platform|website|course|degree|internship|product|feature|database|script|"
    r"model|company|department|survey|campaign|study|prototype|library|plugin|service|launch|"
    r"redesign|migration|workshop|presentation|newsletter|podcast|class|macro|spreadsheet|bot|"
    r"chatbot|integration|template|workflow|suite|budget|forecast|audit|event|program|"
    r"programme|scheduler|site|blog|channel|module|portal|checklist|guide|manual|playbook)"
)
_DETERMINER = _wordset(
    "a an the my our your their his her its this that these those some any every each no one "
    "two three another which what whose whole own same"
)
_SECOND_LANGUAGE = (
    # An adverb between a verb and its object: "I like very much your company".
    lazy(
        r"\b(?:like|love|enjoy|want|need|know|admire|appreciate)\s+(?:very\s+much|so\s+much|"
        r"a\s+lot|much|really)\s+(?:the|your|this|that|my|our|their|it|to|working)\b",
        re.I,
    ),
    # A verb that needs its preposition, left without it at the end: "someone I can talk?".
    lazy(
        r"\b(?:i|we)\s+(?:can|could|may|might|should|would)\s+(?:\w+\s+)?"
        r"(?:talk|speak|listen|reach\s+out|refer|belong|chat|write)\s*[?.!]*\s*$",
        re.I,
    ),
    # Subject and verb that disagree: "he have", "it make", "they was", "people is".
    lazy(
        r"\b(?:he|she|it)\s+(?:have|do|go|make|want|need|like|don't|say|work|use)\b"
        r"|\b(?:they|we|people|i)\s+(?:was|is|has|does)\b(?!\s+(?:not\s+)?(?:\w+ing)\b)"
        r"|\bi\s+(?:am|was)\s+(?:agree|interest|work|develop|come|like|need)\b",
        re.I,
    ),
    # A helper with a past form, a doubled comparative, an uncountable plural, a borrowed
    # preposition: "didn't went", "more better", "informations", "discuss about", "since two
    # years", "explain me".
    lazy(
        r"\b(?:didn't|did\s+not|doesn't|does\s+not|don't|do\s+not|can|could|will|would|to)\s+"
        r"(?:went|made|built|wrote|took|saw|gave|did|came|ran|led)\b"
        r"|\b(?:more|most)\s+(?:better|best|easier|faster|bigger|worse)\b"
        r"|\b(?:informations|advices|feedbacks|knowledges|researches|equipments|softwares|"
        r"staffs|experiences\s+in)\b"
        r"|\b(?:discuss|emphasise|emphasize|mention)\s+about\b"
        r"|\bsince\s+(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|many|several)"
        r"\s+(?:years?|months?|weeks?|days?)\b"
        r"|\bexplain\s+(?:me|us)\b|\bhappy\s+for\s+(?:this|the|that)\s+(?:\w+\s+)?"
        r"(?:role|process|job|position|interview)\b",
        re.I,
    ),
)
# "... a framework I develop" in a sentence told in the past: the tense slipped.
_PAST_TOLD = lazy(
    r"\b(?:i|we)\s+(?:\w+ed|built|made|cut|wrote|led|ran|grew|took|did|brought|taught|got|put|"
    r"set|kept|spent|sent|won|gave|found|began|drew|drove|chose|sold|bought|held|left|met|paid|"
    r"saw|told|shipped|rebuilt|rewrote|overtook)\b",
    re.I,
)
_PRESENT_TAIL = lazy(
    r"\b[a-z]+\s+i\s+(?:develop|build|make|create|write|design|lead|run|manage|use)\s*[.!?]*$",
    re.I,
)
_WORD = lazy(r"[A-Za-z][A-Za-z'’-]*|\d+|[,;:.!?()]")
_BREAKS = _wordset(
    "with in for from on at of by to about into than and but or so because is are was were be "
    "been am has have had do does did i you we they he she it , ; : . ! ? ( ) as per"
)
_VERB_BEFORE = _wordset(
    "to i we you they can could will would should may might must did do does i'll we'll "
    "i'd we'd please"
)
_ALONE_OK = _wordset("as per")  # "as product manager", "per project": no article is due
# Set phrases that take no article: "kept it under budget", "worked on site", "met in class".
_SET_PHRASE = lazy(
    r"(?:under|over|on|within|in|off)\s+budget|on\s+(?:site|schedule)|ahead\s+of\s+schedule|"
    r"(?:in|after|before)\s+class|by\s+design",
    re.I,
)


def _bare_noun(sentence: str) -> bool:
    """Whether a singular countable noun ("role", "framework") stands without an article or
    another determiner: "manual testing role is ...", "with automation framework ..."."""
    tokens = _WORD.findall(sentence)
    low = [t.casefold() for t in tokens]

    def named(j: int) -> bool:  # "Spotify's app", "our Jenkins pipeline": a name determines it
        capital = j > 0 and tokens[j][:1].isupper() and low[j] != "i"
        return tokens[j].endswith(("'s", "’s")) or capital

    for i, word in enumerate(low):
        if not re.fullmatch(_COUNTABLE, word):
            continue
        if i and low[i - 1] in _VERB_BEFORE:
            continue  # said as a verb: "to test", "we audit", "I'll guide"
        if _SET_PHRASE.fullmatch(" ".join(low[max(0, i - 2) : i + 1])) or (
            i and _SET_PHRASE.fullmatch(f"{low[i - 1]} {word}")
        ):
            continue  # "under budget", "ahead of schedule": a set phrase, no article due
        after = low[i + 1] if i + 1 < len(low) else ""
        if re.fullmatch(r"[a-z]+", after) and after not in _BREAKS and not after.endswith("ed"):
            continue  # a noun in a compound ("role model", "job title"): not the head
        j = i - 1
        while j >= 0 and low[j] not in _BREAKS and low[j] not in _DETERMINER and not named(j):
            j -= 1
        if j >= 0 and (low[j] in _DETERMINER or low[j] in _ALONE_OK or named(j)):
            continue
        return True
    return False


def missing_article(sentence: str) -> bool:
    """Whether ``sentence`` has a singular countable noun with no article or other word before it
    to say whose or which ("I built script for college attendance report"): what to name when it
    is asked for again."""
    return _bare_noun(" ".join(phrases.strip_emoji(sentence).split()))


def good_english(sentence: str) -> bool:
    """Whether the student's own ``sentence`` reads as clean English, fit to repeat in a line
    the coach suggests: none of the common slips of a second language (an adverb between verb and
    object, "someone I can talk?", "he have", "didn't went", "informations", "since two years", a
    singular noun without its article, "a framework I develop" in a story told in the past), nor any of :func:`slips`.
    Conservative: a sentence it doubts is not repeated, which costs only a rebuilt line."""
    text = " ".join(phrases.strip_emoji(sentence).split())
    if not text:
        return False
    if any(slip.search(text) for slip in _SECOND_LANGUAGE) or slips(text):
        return False
    if _PAST_TOLD.search(text) and _PRESENT_TAIL.search(text):
        return False
    return not _bare_noun(text)


# -- the fix, named gently -----------------------------------------------------------------------
# A slip of a known kind, and what to say instead: ``(found, fix)`` where ``fix`` is built from
# the match (group 1 kept). Only kinds whose fix is certain; any other slip is left unnamed.
_KNOWN_FIXES: tuple[tuple[Any, str], ...] = (
    (lazy(r"\binteresting\s+in\b", re.I), "interested in"),
    (lazy(r"\binterested\s+for\b", re.I), "interested in"),
    (
        lazy(
            r"\b(?:i\s+am|i'm|i’m)\s+((?:(?:really|very|so|also|always|still|truly|actually)\s+)?"
            r"(?:enjoy|like|love|want|need|agree|hope|feel|think|believe|prefer|wish|use|work|"
            r"study|live))\b",
            re.I,
        ),
        "I {1}",
    ),
    (lazy(r"\bfor\s+(" + _VERB_ONLY + r")(?![\w'’-])", re.I), "to {1}"),
    (
        lazy(
            r"\bfor\s+(" + _VERB_OR_NOUN + r")(?=\s+(?:the|a|an|our|my|their|its|your|his|her|"
            r"this|that|these|those|them|us|me|it|how|what|which|new|more|better)\b)",
            re.I,
        ),
        "to {1}",
    ),
)


def fixes(text: str) -> list[tuple[str, str]]:
    """The slips in ``text`` whose fix is certain, as ``(typed, fix)`` pairs in the order typed:
    "I am very interesting in X" -> [("interesting in", "interested in")], "I am really enjoy"
    -> [("I am really enjoy", "I really enjoy")], "a model for forecast the load" -> [("for
    forecast", "to forecast")]. An empty list when there is none (or the slip is of another
    kind, or no slip: "it was interesting in parts"). "very" or "so" before a verb is dropped
    from the fix ("I am so want" -> "I want")."""
    said = phrases.tidy(phrases.strip_emoji(str(text or "")))
    slipped = [slip.casefold() for slip in slips(said)]
    found: list[tuple[int, str, str]] = []
    for pattern, fix in _KNOWN_FIXES:
        for match in pattern.finditer(said):
            typed_words = match.group(0)
            if not any(typed_words.casefold() in slip for slip in slipped):
                continue  # "it was interesting in parts": no slip, nothing to fix
            kept = match.group(1) if match.groups() and match.group(1) else ""
            kept = re.sub(r"(?i)^(?:very|so)\s+", "", kept)
            good = fix.replace("{1}", kept)
            pair = (typed_words, good)
            if all(pair != (t, g) for _, t, g in found):
                found.append((match.start(), *pair))
    return [(t, g) for _, t, g in sorted(found)]
