"""The people met at an interview and what passed between them, shared by the debrief, its
drafts and the contacts as plain functions: how a contact is named, how an offer typed in the
student's words reads in a sentence said to the person who made it, and the records about
them (contacts, offers) those parts read and update."""

from __future__ import annotations

import re
from typing import Any

from bot.conversation import Conversation
from bot.patterns import lazy
from flows.pivot import note_words, phrases, reminders

Row = dict[str, Any]


def _words(words: str) -> frozenset[str]:
    """A set of words written as one string: word lists read better as prose than as literals."""
    return frozenset(words.split())


HONORIFICS = frozenset({"dr", "prof", "mr", "ms", "mrs", "mx", "miss"})
# An offer of an introduction, in the student's words.
INTRODUCTION = lazy(
    r"\bintroduc|\bintro\b|\bconnect (?:me|you)\b|\bput (?:me|you) in touch\b|\bin touch with\b"
    r"|\bput (?:me|you) in front of\b|\bloop (?:me|you) in with\b|\b(?:hook|link) (?:me|you) up with\b"
    r"|\bcc['’]?e?d (?:me|you)\b|\bcopied (?:me|you) (?:in|into|on)\b",
    re.I,
)
# Who said it, and how, before what they offered: "Sam said he'd", "She offered to", "will".
_SAID = lazy(
    r"^(?:(?:[A-Za-z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*){0,2}\s+)?"
    r"(?:(?:said|says|mentioned|told\s+me)\s+(?:that\s+)?(?:he|she|they)\s*"
    r"(?:'d|’d|'ll|’ll|would|will|could|can|(?:'s|’s|is|was|are|were)\s+going\s+to)\s+"
    r"|offered\s+(?:me\s+)?(?:to\s+)?|promised\s+(?:me\s+)?(?:to\s+)?"
    r"|(?:would|will|could|can|is going to|are going to|was going to)\s+)",
    re.I,
)
# Who will do it, contracted: "she'll pass my CV on", "Rob's going to connect me".
_WILL = lazy(
    r"^(?:[A-Za-z][\w.-]*\s+)?(?:(?:he|she|they)\s*(?:'ll|’ll|'d|’d)|"
    r"(?:he|she|they|[A-Za-z][\w.-]*)(?:'s|’s|\s+is|\s+was|\s+are)\s+going\s+to)\s+",
    re.I,
)
# What an offer may start with once who said it is gone ("introduce me to", "pass my CV"): it
# reads "your offer to pass my CV"; anything else reads "your offer of an introduction".
VERBS = frozenset(
    (  # noqa: SIM905 - a list of words reads best as words
        "introduce connect pass send share forward put refer recommend mention set arrange ask "
        "check look keep email call meet show give invite help review talk speak chat follow "
        "loop get add let take find see lend flag tell read schedule book copy write circulate "
        "grab have buy catch host mentor coach walk run bring join shadow sit hop jump"
    ).split()
)
# The -ing forms an offer is often typed with ("passing my CV on"), and their base form.
GERUNDS = {
    "intro": "introduce",  # typed short: "intro me to Joy"
    "introducing": "introduce",
    "connecting": "connect",
    "passing": "pass",
    "sending": "send",
    "sharing": "share",
    "forwarding": "forward",
    "putting": "put",
    "referring": "refer",
    "recommending": "recommend",
    "mentioning": "mention",
    "setting": "set",
    "arranging": "arrange",
    "asking": "ask",
    "checking": "check",
    "looking": "look",
    "keeping": "keep",
    "emailing": "email",
    "calling": "call",
    "meeting": "meet",
    "showing": "show",
    "giving": "give",
    "inviting": "invite",
    "helping": "help",
    "reviewing": "review",
    "getting": "get",
    "flagging": "flag",
    "scheduling": "schedule",
}
# A capitalised name after "to" in an offer: "introduce me to Joy Chen, who leads ...".
# A title of address before it is no name, the name after it is ("to Ms. Kavita Rao", "to Dr
# Ana Ruiz", "to Sir Ramesh"): the written titles stay with the name, the spoken ones go.
_TO_NAME = lazy(
    r"\bto\s+(?:(?P<spoken>Sir|Madam|Ma['’]?am)\.?\s+)?"
    r"(?P<name>(?:(?:Mrs|Mr|Ms|Mx|Miss|Dr|Prof)\.?\s+)?(?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,2})"
    r"(?P<rest>.*)$",
    re.S,
)
_NOT_NAMES = frozenset({"The", "Their", "His", "Her", "Our", "My", "Your", "Head", "Someone"})


# -- names ------------------------------------------------------------------------------------


def first_name(name: str) -> str:
    """ "Dr Maria Lopez" -> "Maria"; a bare title or empty name stays as it is."""
    words = name.split()
    rest = [w for w in words if w.lower().rstrip(".") not in HONORIFICS]
    if len(rest) == 1 and len(words) > 1:
        return name.strip()  # "Prof. Iyer": the surname alone is no greeting ("Hi Iyer,")
    return rest[0] if rest else name.strip()


def formal_name(name: str) -> str:
    """How a formal note addresses someone: "Dr Okafor" when a title was given ("Dr Tom
    Okafor", "Mr. Ramesh Iyer" -> "Mr. Iyer"), otherwise the full name ("Priya Nair"): the
    same formality for everyone whatever their title, never the first name alone in a note
    that is formal (a sixth counsellor review; a single name stays as it is)."""
    words = name.split()
    if len(words) > 1 and words[0].lower().rstrip(".") in HONORIFICS:
        return f"{words[0]} {words[-1]}"
    rest = [w for w in words if w.lower().rstrip(".") not in HONORIFICS]
    return " ".join(rest) if rest else name.strip()


# What the student typed, shaped for a sentence (see ``phrases``): "Hiring manager" is "hiring
# manager" mid-sentence, "VP Sales" and "Inside Sales Representative" keep their capitals, and a
# phrase loses the full stop it was typed with but not an abbreviation's ("Lumen Outdoor Co.").
upper_first = phrases.upper_first
lower_first = phrases.lower_first
strip_end = phrases.strip_end


def role_of(contact: Row, default: str) -> str:
    """An unnamed contact's role ("hiring manager"), or ``default``: a description typed for
    it is reduced to the role ("the woman from HR whose name I forgot" -> "HR person")."""
    return role_only(str(contact.get("title") or "")) or default.strip()


# A person described rather than titled: "the woman from HR", "a guy on the data team".
# A friend or a colleague is described the same way: "my friend in AI team" is someone on the
# AI team to the person reading the note, never "the friend in the AI team".
_DESCRIBED = re.compile(
    r"^(?:(?:my|his|her|their|our)\s+)?"
    r"(?:woman|man|guy|lady|girl|person|gentleman|bloke|dude|someone|somebody|one|chap|friend|"
    r"buddy|pal|mate|colleague|co-?worker|teammate|acquaintance|contact|member|folks?)\s+"
    r"(?:from|in|on|at|of)\s+(?:the\s+)?(?P<where>.+?)$",
    re.I,
)
_NAME_CLAUSE = re.compile(
    r"\s*,?\s*\b(?:whose|who's|who’s)\s+name\b.*$|\s*,?\s*\bwho\s+i\s+"
    r"(?:forgot|didn'?t|did\s+not|can'?t)\b.*$",
    re.I,
)


# A casual label typed for someone: the student's word for what they do, then "lady", "guy",
# "woman", "man" ("one HR lady", "the tech guy", "the sales dude"); "marketing person" is kept.
_LABELLED = re.compile(
    r"^(?P<label>.+?)\s+(?:guy|dude|bloke|chap|fell(?:a|ow)|man|woman|lady|girl|gal|gentleman|"
    r"one)$",
    re.I,
)
_LABEL_HR = re.compile(r"^(?:hr|human resources|people(?: ops)?|talent|personnel)$", re.I)
_LABEL_RECRUITER = re.compile(r"^(?:recruit\w*|hiring|talent acquisition)$", re.I)
_LABEL_TECH = re.compile(
    r"^(?:tech(?:nical|ie|y)?|it|engineering|engineer|dev(?:eloper)?|coding|software|data|"
    r"devops|tech team|technical team|it team|engineering team)$",
    re.I,
)
_LABEL_MANAGER = re.compile(r"^(?:boss|manager|management|hiring manager|head)$", re.I)
# Words that say what someone looked like or was like, not what they do: "the older guy".
_LABEL_LOOKS = _words(
    "old older young younger tall short nice friendly quiet loud second other first main bald "
    "blonde bearded grumpy cool funny serious new senior junior big little"
)


def neutral_role(typed: str) -> str:
    """A casual label for someone turned into a neutral role, without an article: "one HR
    lady" -> "HR contact", "a lady from HR" -> "HR contact", "the guy from the ops team whose
    name I didn't catch" -> "ops team contact", "the tech guy" -> "technical interviewer",
    "recruiter lady" ->
    "recruiter", "the boss lady" -> "hiring manager", "the older guy" -> "interviewer", "the
    sales dude" -> "sales contact"; ``typed`` unchanged when it is no such label ("Hiring
    manager", "one of the founders")."""
    text = _COUNTED.sub(_counted_as_one, typed.strip(), count=1)
    text = re.sub(r"^(?:the|a|an|some|one|this|that)\s+", "", text, flags=re.I)
    if _ONLY_SOMEONE.match(text):  # "a lady", "some guy": no role said, an interviewer
        return "interviewer"
    described = _DESCRIBED.match(_NAME_UNKNOWN.sub("", _NAME_CLAUSE.sub("", text)).strip(" ,;:-"))
    if described is not None:  # "lady from HR" -> "HR contact", "guy on the ops team" likewise
        where = re.sub(r"^the\s+", "", described["where"].strip(), flags=re.I)
        if where.casefold() not in ("team", "company", "office", "panel"):
            department = _department_contact(where)
            if department and (department == "HR contact" or not _TEAM_WORD.search(where)):
                return department
            return f"{phrases.acronyms(where)} contact"
    found = _LABELLED.match(text)
    if found is None:
        return _department_contact(text) or typed
    label = re.sub(r"\s+", " ", found["label"]).strip(" ,;:-")
    if _LABEL_HR.match(label):
        return "HR contact"
    if _LABEL_RECRUITER.match(label):
        return "recruiter"
    if _LABEL_TECH.match(label):
        return "technical interviewer"
    if _LABEL_MANAGER.match(label):
        return "hiring manager"
    if all(word.casefold() in _LABEL_LOOKS for word in label.split()):
        return "interviewer"
    return f"{label} contact"


# Someone typed by nothing but a word for a person: "a lady", "some guy", "one gentleman".
_ONLY_SOMEONE = re.compile(
    r"^(?:guy|dude|bloke|chap|fell(?:a|ow)|man|woman|lady|girl|gal|gentleman|person|someone|"
    r"somebody|individual)\.?$",
    re.I,
)
# A department or function typed where a person's role goes ("HR", "the finance team"): no
# one is "the HR", so they are "the HR contact".
_DEPARTMENT = re.compile(
    r"^(?P<dept>hr|human resources|people(?: ops| team)?|personnel|talent(?: team)?|finance|"
    r"accounts|marketing|sales|legal|compliance|operations|ops|admin|it|tech|data|analytics|"
    r"engineering|product|design|qa|quality|support|procurement|strategy|research|"
    r"customer success|business development)(?:\s+(?:team|department|dept|side))?\.?$",
    re.I,
)


_TEAM_WORD = re.compile(r"\s(?:team|department|dept)$", re.I)


def _department_contact(text: str) -> str:
    """ "HR" -> "HR contact", "the finance team" -> "finance contact", "it" -> "IT contact";
    "" when ``text`` is more than a department's name."""
    found = _DEPARTMENT.match(text.strip())
    if found is None:
        return ""
    dept = re.sub(r"\s+team$", "", found["dept"], flags=re.I)
    if _LABEL_HR.match(dept) or dept.casefold() == "people team":
        return "HR contact"
    dept = phrases.acronyms(dept)
    if dept.casefold() in ("it", "qa", "hr"):
        dept = dept.upper()
    return f"{dept} contact"


def role_only(typed: str) -> str:
    """The role in a description of someone whose name is unknown: "the woman from HR whose
    name I forgot" -> "HR person"; "a guy on the data team" -> "data team person"; a casual
    label made neutral ("one HR lady" -> "HR contact", see :func:`neutral_role`); a title
    ("Hiring manager") unchanged; "" for ""."""
    text = strip_end(phrases.strip_emoji(typed)).strip()
    text = _NAME_CLAUSE.sub("", text)
    text = _NAME_UNKNOWN.sub("", text).strip(" ,;:-")
    text = neutral_role(text)
    text = re.sub(r"^(?:the|a|an|some|this|that)\s+", "", text, flags=re.I)
    found = _DESCRIBED.match(text)
    if found:
        text = f"{found['where'].strip()} person"
    return text.strip()


# A title typed with the team the person is on: "PM on the dev education team", "analyst in
# the risk group", "engineer from the payments team" ("head of the data team" is one title).
# A department named without the word "team": "HR", "finance" ("senior recruiter in HR").
_DEPARTMENT_WORDS = (
    r"hr|human resources|finance|legal|compliance|marketing|sales|operations|ops|engineering|"
    r"product|design|data|analytics|it|support|procurement|talent|talent acquisition|people ops"
)
_TITLE_ON_TEAM = re.compile(
    r"^(?P<title>[^,;()]+?)\s*,?\s+(?:on|in|from|with|at)\s+(?:the\s+)?"
    r"(?P<team>(?:[\w&/'’.-]+\s+){0,3}?[\w&/'’.-]+\s+(?:team|department|dept|group|unit|squad)"
    rf"|{_DEPARTMENT_WORDS})$",
    re.I,
)
# The team first, then the title: "from HR, senior recruiter", "in finance - analytics lead".
_TEAM_THEN_TITLE = re.compile(
    r"^(?:from|in|on|of)\s+(?:the\s+)?(?P<team>[^,;()]+?)\s*(?:,|\s[—–-])\s*(?P<title>[^,;()]+)$",
    re.I,
)
_NOT_A_TITLE = _words("who that which he she they works working worked is was sits someone")


def title_and_team(about: str) -> tuple[str, str]:
    """A named person's title and team typed together after their name, as ``(title,
    team)``: "PM on the dev education team" -> ("PM", "dev education team"); ("", "") when
    ``about`` is not a title followed by a team ("who runs the data team", "head of the data
    team")."""
    about = strip_end(str(about or "")).strip()
    found = _TITLE_ON_TEAM.match(about) or _TEAM_THEN_TITLE.match(about)
    if found is None:
        return "", ""
    title = found["title"].strip()
    if title.split()[0].casefold() in _NOT_A_TITLE:
        return "", ""
    return title, found["team"].strip()


def described_team(typed: str) -> str:
    """The team in a description of someone unnamed: "some woman from marketing didnt get her
    name" -> "marketing"; "a guy on the data team" -> "data team"; "" when it names none."""
    text = _NAME_UNKNOWN.sub("", _NAME_CLAUSE.sub("", strip_end(typed))).strip(" ,;:-")
    text = re.sub(r"^(?:the|a|an|some|this|that)\s+", "", text, flags=re.I)
    found = _DESCRIBED.match(text)
    where = found["where"].strip() if found else ""
    # "from the team", "from the company": no team named.
    return "" if where.casefold() in ("team", "company", "office", "panel") else where


def display(contact: Row, unnamed: str, default_role: str) -> str:
    """How a contact is listed: their name, or ``unnamed`` (a template naming ``{role}``, such
    as "{role} (name unknown)") filled with their role."""
    if contact.get("name"):
        return str(contact["name"])
    return unnamed.format(role=upper_first(role_of(contact, default_role)))


def joined(items: list[str], and_word: str) -> str:
    """ "A", "A and B", "A, B and C" (``and_word`` with its spaces, " and ")."""
    if len(items) < 2:
        return "".join(items)
    return ", ".join(items[:-1]) + and_word + items[-1]


# -- how to reach someone --------------------------------------------------------------------

# What a way to reach someone may be: an email address, a link (LinkedIn or any other), a
# phone number, or a handle ("@priya_n").
_REACH = lazy(
    r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?:https?://|www\.)\S+|\b(?:[\w-]+\.)*linkedin\.com/\S*|\b[\w-]+\.(?:com|in|org|net|io|co)"
    r"(?:\.[a-z]{2})?/\S+"
    r"|(?<![\w@])\+?\d[\d\s().-]{6,}\d(?!\w)"
    r"|(?<![\w@])@[A-Za-z_][\w.]{1,30}",
    re.I,
)


def reach_details(text: str) -> str:
    """The ways to reach someone in ``text``, as typed and joined by ", ": an email address,
    a link (LinkedIn or other), a phone number (7 digits or more) or a handle ("his email is
    ramesh.iyer@infosys.com" -> "ramesh.iyer@infosys.com"); "" when it holds none ("he told me
    about their move to agile" is no way to reach anyone)."""
    found = [m.group().rstrip(".,;:)") for m in _REACH.finditer(str(text or ""))]
    return ", ".join(dict.fromkeys(f for f in found if f))


# A team, a department or a group typed where a person is asked for ("AI and ML team", "the
# finance department", "someone from HR" is a person): nobody's name or title.
_TEAM_ONLY = re.compile(
    r"^(?:(?:i\s+|we\s+)?(?:(?:also\s+)?met(?:\s+with)?|spoke\s+(?:to|with)|talked\s+(?:to|with))"
    r"\s+)?(?:(?:the|their|a|an|our)\s+)?(?P<team>(?P<words>[\w&/+'’.-]+(?:\s+[\w&/+'’.-]+){0,5}?)"
    r"\s+(?:team|department|dept|group|division|squad|unit|function|org)|(?P<dept>"
    + _DEPARTMENT.pattern[len("^(?P<dept>") : _DEPARTMENT.pattern.index(")(?:")]
    + r"))\.?$",
    re.I,
)
# Words that make a line about someone in a team, not the team: "a guy from the data team".
_SOMEONE_WORDS = _words(
    "someone somebody guy lady woman man person people girl bloke dude chap gentleman fella "
    "manager head lead recruiter interviewer boss director founder ceo cto vp from in on with"
)


def team_only(text: str) -> str:
    """The team or department ``text`` names when it names no one in it, as said after "who
    from": "AI and ML team" -> "the AI and ML team", "met the finance department" -> "the
    finance department", "HR" -> "HR"; "" for a person ("Priya", "a guy from the data team",
    "the hiring manager") or anything else."""
    tidy = strip_end(phrases.strip_emoji(str(text or ""))).strip()
    found = _TEAM_ONLY.match(tidy)
    if found is None:
        return ""
    if found["dept"]:
        dept = phrases.acronyms(found["dept"])
        return dept.upper() if dept.casefold() in ("it", "qa", "hr") else dept
    words = found["words"].split()
    if any(w.casefold() in _SOMEONE_WORDS for w in words):
        return ""
    return f"the {phrases.acronyms(found['team'])}"


# What was said of someone in a sentence that names their team: "she's in marketing", "I think
# he works on the data team", "sits in design ops".
_TEAM_IN_SENTENCE = re.compile(
    r"\b(?:is|'s|’s|are|works?|working|sits?|based)\s+(?:in|on|within)\s+(?:the\s+|their\s+)?"
    r"(?P<team>[\w&/+'’.-]+(?:\s+[\w&/+'’.-]+){0,4}?"
    r"(?:\s+(?:team|department|dept|group|division|squad|org))?)\s*[.!]*$",
    re.I,
)
# Words of a line about the interview itself or a person in it, not a team or a job title:
# "she was in the interview as second person", "he sat in on the call", "took notes".
_ABOUT_THE_MEETING = re.compile(
    r"\b(?:interview(?:s|ed|ing)?|call|meeting|zoom|panel|room|sat|sitting|joined|listened|"
    r"took\s+notes|notes|asked|talked|spoke|said|told|quiet|"
    r"second|third|person|guy|woman|man|lady|someone|somebody)\b",
    re.I,
)
# The same, about the interview alone: a title may name a person ("HR person", "second
# interviewer"), so only a sentence about the meeting is no title.
_ABOUT_THE_INTERVIEW = re.compile(
    r"\b(?:interview(?:s|ed|ing)?|call|meeting|zoom|panel|room|sat|sitting|joined|listened|"
    r"took\s+notes|notes|asked|talked|spoke|said|told|quiet)\b",
    re.I,
)


def team_said(text: str) -> str:
    """The team or department an answer to "Which team is {person} in?" names, as it goes in
    the notes: "Product analytics" as typed, "she's in marketing" -> "marketing", "I think he
    works on the data team" -> "data"; "" when the answer is a remark about the person or the
    interview rather than a team ("she was in the interview as second person", "he sat in on
    the call")."""
    tidy = strip_end(phrases.strip_emoji(str(text or ""))).strip()
    if not tidy:
        return ""
    found = _TEAM_IN_SENTENCE.search(tidy)
    if found is not None and phrases.is_clause(tidy):
        team = found["team"].strip()
        return "" if _ABOUT_THE_MEETING.search(team) or phrases.is_clause(team) else team
    if phrases.is_clause(tidy) or _ABOUT_THE_MEETING.search(tidy):
        return ""
    if _TOPIC_NOT_TEAM.search(phrases.expand_shorthand(tidy)):
        return ""  # "talking me thru the churn model", "how the sales team uses data"
    return tidy


# What was talked about, typed where a team is asked: never a team's name.
_TOPIC_NOT_TEAM = re.compile(
    r"^(?:how|what|why|when|about)\b|\b(?:me|my|us|you|your)\b"
    r"|^\w+ing\s+(?:me|us|through|thru|about|over)\b",
    re.I,
)


def not_a_title(text: str) -> bool:
    """Whether an answer to "What's {person}'s job title?" is a remark about the interview
    rather than a title ("she was in the interview as second person", "he took notes the whole
    time"); "Senior designer", "she's the design lead", "HR person" and "hiring manager i
    think" are titles."""
    said = phrases.job_title(title_said(text)) or strip_end(str(text or ""))
    said = neutral_role(said)
    clause = phrases.is_clause(said) or phrases.is_clause(str(text or ""))
    return clause and bool(_ABOUT_THE_INTERVIEW.search(said))


# A way to reach someone typed where a title or a team goes: an email address, a web link, a
# phone number (never a handle: "Growth @ Acme" is a title).
_CONTACT_DETAIL = (
    ("email", re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", re.I)),
    (
        "link",
        re.compile(r"(?:https?://|www\.)\S+|\b(?:[\w-]+\.)+(?:com|in|org|net|io|co)/\S*", re.I),
    ),
    ("phone", re.compile(r"(?<![\w@])\+?\d[\d\s().-]{6,}\d(?!\w)")),
)


def contact_detail(text: str) -> str:
    """What kind of contact detail ``text`` is, if it is nothing else: "email"
    ("wei.zhang@example.com", "her email is ..."), "link" (a LinkedIn or other web address) or
    "phone"; "" for anything more ("Senior data analyst", "Growth @ Acme", a title with a
    link in it)."""
    text = str(text or "")
    for kind, pattern in _CONTACT_DETAIL:
        if pattern.search(text) and not _DETAIL_FRAME.sub("", pattern.sub("", text)).strip():
            return kind
    return ""


# What may be typed around a contact detail ("her email is ...", "mobile: ..."); a title
# with a link in it ("Head of [robots](https://...)") is more than a contact detail.
_DETAIL_FRAME = re.compile(
    r"\b(?:his|her|their|my|the|it|its|it'?s|is|was|email|e-mail|mail|address|id|phone|number|"
    r"mobile|cell|tel|linkedin|profile|link|url|contact|details?|here|at)\b|[\s:;,.()<>|-]+",
    re.I,
)


# -- offers, in the student's words -----------------------------------------------------------


# An offer to pass the student's CV, portfolio or name on to someone, or to share it with a
# team: an introduction offered too ("she'll pass my CV to the data lead", "he said he'd
# mention my name to his manager", "share my portfolio with the team"). ``thing``: what is
# passed on.
FORWARD = lazy(
    r"\b(?:pass(?:ing)?|forward(?:ing)?|send(?:ing)?|shar(?:e|ing)|hand(?:ing)?|mention(?:ing)?|"
    r"put(?:ting)?|flag(?:ging)?|circulat(?:e|ing)|show(?:ing)?|drop(?:ping)?|giv(?:e|ing))\s+"
    r"(?:(?:it|this|that|them|me)|(?:my|your)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?P<thing>cv|c\.v\.|r[ée]sum[ée]s?|resumes?|portfolio|profile|details|application|name|"
    r"info|linkedin|work|dashboard|deck|project|case study|writing sample))"
    r"(?:\s+(?:on|along|forward|over|around|across))?\s+(?:to|with)\s+(?!me\b|you\b|myself\b)\w",
    re.I,
)


# An introduction offered in second-language phrasing, and how it is said in English: "she told
# that she will present me to Javier" -> "she said she'd introduce me to Javier"; "put me in
# contact with" -> "put me in touch with"; "will make me meet Ana" -> "will introduce me to Ana".
_OFFER_ENGLISH = (
    (
        lazy(
            r"\btold\s+(?:me\s+)?(?:that\s+)?(?P<who>she|he|they)\s+"
            r"(?P<will>will|would|is going to|was going to|are going to)\s+",
            re.I,
        ),
        lambda m: f"said {m['who']}'d ",
    ),
    (lazy(r"\bpresent(?P<ing>ing)?\s+(?P<me>me|you)\s+(?:to|with)\b", re.I), None),
    (
        lazy(r"\bmak(?P<ing>ing|e)\s+(?P<me>me|you)\s+(?:to\s+)?(?:meet|know)(?:\s+with)?\b", re.I),
        None,
    ),
    (
        lazy(
            r"\b(?:do|make|give)(?P<ing>)\s+(?P<me>me|you)\s+(?:an?|the)\s+introduction\s+(?:to|with)\b",
            re.I,
        ),
        None,
    ),
    (
        lazy(
            r"\b(?P<verb>put|putting|get|getting|set|setting)\s+(?P<me>me|you)\s+in\s+contacts?\s+"
            r"(?:with|to)\b",
            re.I,
        ),
        lambda m: (
            f"{'putting' if m['verb'].lower().endswith('ing') else 'put'} {m['me']} in touch with"
        ),
    ),
    (lazy(r"\bcontact(?P<ing>ing)?\s+(?P<me>me|you)\s+with\b", re.I), None),
)


def offer_english(text: str) -> str:
    """An offer typed in second-language phrasing said as in English ("she told that she will
    present me to Javier Ruiz" -> "she said she'd introduce me to Javier Ruiz"); anything else
    unchanged."""
    text = str(text or "")
    for pattern, said in _OFFER_ENGLISH:
        text = pattern.sub(
            said or (lambda m: f"introduc{'ing' if m['ing'] == 'ing' else 'e'} {m['me']} to"), text
        )
    return text


def is_introduction(text: str) -> bool:
    """Whether an offer is one of an introduction: to someone ("introduce me to Joy", "put me
    in touch with her manager"), or to pass the student's CV, name or work on to someone or
    share it with a team (:data:`FORWARD`)."""
    text = offer_english(text)
    return bool(INTRODUCTION.search(text) or FORWARD.search(phrases.expand_shorthand(text)))


# An introduction typed as already made: "she already introduced me to Sam", "she cc'd me
# with her manager", "put me in touch during the call", "introduced me to Sam on the spot".
_DONE = lazy(
    r"\balready\b|\b(?:cc['’]?e?d|copied)\s+(?:me|us)\b|\b(?:there and then|on the spot|right away)\b"
    r"|\b(?:during|at|in|after|before)\s+(?:the|our|my)\s+(?:call|interview|meeting|chat|video call)\b"
    r"|^(?:(?:[A-Za-z][\w'’.-]*\s+){0,3})(?:introduced|connected|emailed|messaged|texted|put)\s+"
    r"(?:me|us)\b",
    re.I,
)
# An offer still to be carried out: "said she'd", "will", "offered to", "is going to".
_TO_COME = lazy(
    r"\b(?:will|would|could|can|shall|gonna|going\s+to|offered|promised|wants?\s+to|plans?\s+to)\b"
    r"|\b(?!cc['’])\w+['’](?:ll|d)\b|\b(?:soon|tomorrow|next week|later)\b",
    re.I,
)


def introduction_done(text: str) -> bool:
    """Whether an introduction is typed as already made ("she already introduced me to Sam
    Okafor", "she cc'd me with her manager", "he put me in touch with Joy during the call"),
    rather than offered ("she'll introduce me to Sam", "offered to cc me next week")."""
    text = phrases.strip_emoji(str(text or ""))
    if not is_introduction(text):
        return False
    if re.search(r"\balready\b", text, re.I):
        return True
    return bool(_DONE.search(text)) and not _TO_COME.search(text)


def forwarded(text: str) -> str:
    """What an offer to pass something on passes on, as the student would name it ("CV",
    "portfolio", "résumé"; "name" for "mention my name"), or "" when it is no such offer (or
    an introduction said as one)."""
    if INTRODUCTION.search(text):
        return ""
    found = FORWARD.search(phrases.expand_shorthand(text))
    if found is None:
        return ""
    thing = (found["thing"] or "").casefold()
    return {"cv": "CV", "c.v.": "CV", "linkedin": "LinkedIn"}.get(thing, thing)


def offer_words(text: str) -> str:
    """What was offered, without who said it: "Sam said he'd introduce me to Joy" -> "introduce
    me to Joy"; "She offered to pass my CV on" -> "pass my CV on"."""
    # Written as in an email: "w" is "with", "in data team" is "in the data team".
    text = phrases.articled(phrases.written(phrases.strip_emoji(text)))
    words = strip_end(_SAID.sub("", text, count=1))
    if words == strip_end(text):
        words = strip_end(_WILL.sub("", text, count=1))
    # "maybe help me out", "happily pass it on": the hedge is no part of what was offered.
    words = _OFFER_HEDGE.sub("", words)
    return lower_first(words) if words else strip_end(text)


_OFFER_HEDGE = lazy(
    r"^(?:(?:maybe|probably|possibly|perhaps|happily|gladly|kindly|definitely|also|even|"
    r"totally|def)\s+)+(?=\w)",
    re.I,
)


def to_them(words: str) -> str:
    """Words about someone turned to be said to them: "her team" -> "your team"."""
    return re.sub(r"\b(?:his|her)\b", "your", words)


def to_student(words: str) -> str:
    """The student's own words said back to them: "pass my CV on" -> "pass your CV on"."""
    swaps = {"me": "you", "my": "your", "mine": "yours", "myself": "yourself"}
    return re.sub(r"\b(me|my|mine|myself)\b", lambda m: swaps[m.group(1)], words)


def offer_form(offer: Row, said: str = "them") -> tuple[str, str]:
    """How an offer reads after "your offer" or "offered", said to whoever made it (``said``
    "them") or to the student ("student"): ("intro", "Joy Chen, who leads ..."), ("to", "pass
    my CV on") or ("of", "an introduction to the data team")."""
    if offer.get("kind") == "introduction" and offer.get("to_name"):
        return "intro", introduced_to(offer)
    words = offer_words(str(offer.get("text") or ""))
    words = to_them(words) if said == "them" else to_student(words)
    # "forward my resume to cloud practice head": the role said with its article.
    words = note_words.article_for_roles(note_words.mend_casual(words))
    role = str(offer.get("to_role") or "")
    if offer.get("kind") == "introduction" and role.startswith("someone "):
        # Offered to no one named ("a person he knows"), whom typed later as a description
        # ("his mate in the data platform team"): said as that, "someone in the ... team".
        words = _VAGUE_WHOM.sub(lambda m: f"{m.group(1)} {role}", words, count=1)
    first, _, rest = words.partition(" ")
    base = GERUNDS.get(first.lower())
    if base:  # "passing my CV on" reads "your offer to pass my CV on"
        words, first = f"{base} {rest}".strip(), base
    if first.lower() in VERBS:
        return "to", words
    # "your offer of {x}" needs a noun phrase: anything else ("you said you'd maybe help lol")
    # is thanked for as "your kind offer", never pasted in.
    return ("of", words) if _reads_as_noun(words) else ("plain", "")


# The vague whom of an introduction offered to no one named: "to a person he knows", "with a
# contact", "to one more person", "with someone".
_VAGUE_WHOM = re.compile(
    r"\b(to|with)\s+(?:(?:a|an|one|one\s+more|another|some)\s+)?"
    r"(?:person|contact|someone|somebody|people|one)\b.*$",
    re.I,
)


# Words an offer "of ..." may start with: "an introduction", "advice on ...", "coffee".
_NOUN_START = _words(
    "a an the some any your their his her more one two help advice feedback support coffee "
    "lunch time tips pointers referral referrals introduction introductions mentoring"
)


def _reads_as_noun(words: str) -> bool:
    """Whether ``words`` can follow "your offer of": a noun phrase, not a clause or a verb."""
    found = words.split()
    if not found:
        return False
    if found[0].casefold() in _NOUN_START:
        return True
    pronoun = re.search(r"\b(?:me|my|I|you|he|she|they|we)\b", words, re.I)
    return not pronoun and not phrases.is_clause(words) and len(found) <= 5


# Chat around whom an introduction is to, typed to put it right: "oh it's actually her lead on
# the analytics team", "no, to her manager in finance i think".
_WHOM_LEAD = re.compile(
    r"^(?:(?:oh|no|nope|sorry|ah|wait|actually|ok|okay|so|it'?s|it’s|it\s+is|it\s+was|"
    r"should\s+be|i\s+meant?|meant|that'?s|to|with)\b[\s,:-]*)+",
    re.I,
)
_WHOM_TAIL = re.compile(
    r"(?:[\s,]+(?:actually|i\s+think|i\s+guess|not\s+sure|lol|sorry|instead|then))+$", re.I
)


def whom_typed(text: str) -> str:
    """Whom an introduction is to, typed as a description to put it right, without the chat
    around it: "oh it's actually her lead on the analytics team" -> "her lead on the analytics
    team"; the line as typed (tidied) when nothing else would be left."""
    said = strip_end(phrases.strip_emoji(str(text or ""))).strip()
    cut = _WHOM_TAIL.sub("", _WHOM_LEAD.sub("", said)).strip(" ,;:-")
    return cut if len(cut.split()) >= 2 else said


def introduced_to(offer: Row) -> str:
    """The person an introduction is to, with their role when given: "Joy Chen, who leads
    merchandising analytics"; "Sam Lee at Northwind Analytics" (no comma before "at")."""
    name = str(offer.get("to_name") or "")
    role = described(str(offer.get("to_role") or ""))
    if not role:
        return name
    return f"{name} {role}" if re.match(r"(?:at|from)\s", role, re.I) else f"{name}, {role}"


# How the student describes whom they will be introduced to, before the name: "your friend",
# "her old colleague", "to a former manager of hers".
_RELATION = re.compile(
    r"^(?:(?:to|with)\s+)?(?:(?:my|your|her|his|their|a|an|the|one of (?:her|his|their|your))\s+)?"
    r"(?:(?:old|former|good|close|ex-?)\s*)?"
    r"(?:friend|colleague|coworker|co-worker|contact|manager|boss|mentor|peer|teammate|"
    r"team-mate|sister|brother|cousin|partner|wife|husband|classmate|neighbou?r|buddy|pal|mate)s?"
    r"(?:\s+of\s+(?:hers|his|theirs|yours|mine))?,?\s+",
    re.I,
)
# Words that start a description, not a name: "someone on the analytics team".
_NOT_A_NAME = _words(
    "someone somebody anyone a an the their his her my your our people one person some "
    "whoever who they them him"
)
# Where a lower-case name ends and its description begins: "sam lee at northwind", "sam lee
# who runs pricing", "sam lee from northwind", "sam lee on the pricing team".
_NAME_END = re.compile(r"\s+(?=(?:at|from|who|on|in|of|with|that|which)\s)", re.I)


# A name said to be unknown, anywhere in the line: "i dont know the name", "didn't catch her
# name", "(name unknown)", or "dont know" / "no idea" at its end.
_NAME_UNKNOWN = re.compile(
    r"[\s,;(—–-]*\b(?:(?:but|and)\s+)?(?:i\s+)?(?:do\s*n[o'’]?t|did\s*n[o'’]?t|didn[o'’]?t|"
    r"dont|didnt|can'?t|cannot|never|forgot|forget|forgotten|missed|miss)\s*(?:know|catch|get|got|"
    r"hear|heard|remember|recall|ask(?:ed)?|to ask)?(?:\s+for)?\s+(?:(?:his|her|their|the)\s+)?name\b[^,;)]*\)?"
    r"|[\s,;(—–-]*\b(?:(?:no idea|not sure|no clue) (?:of |about |what |of what )?"
    r"(?:(?:his|her|their|the)\s+)?name(?:\s+(?:is|was))?|name unknown|"
    r"unknown name|no name(?: given)?|name not known)\b\)?"
    r"|[\s,;(—–-]*\b(?:(?:but|and)\s+)?(?:i\s+)?(?:do\s*n[o'’]?t know|dont know|dunno|idk|no idea|"
    r"not sure)\s*\)?$",
    re.I,
)
# Words no name starts with: articles, pronouns, prepositions, and the words of a description.
_NOT_NAME_START = _words(
    "someone somebody anyone a an the their his her my your our people one person some whoever "
    "who they them him he she it its in on at from with for of to by into about as and or but "
    "this that these those manager boss colleague recruiter interviewer guy lady woman man team "
    "head hr no not nobody none unknown"
)
# Words that make a line a description, wherever they are: "sales manager", "data team".
_DESCRIPTION_WORDS = _words(
    "manager team department dept recruiter interviewer analyst engineer designer director "
    "lead head recruiter hr boss colleague intern associate officer representative executive "
    "coordinator specialist consultant researcher scientist developer partner supervisor "
    "founder ceo cto cfo vp"
)
NAME_WORDS = 4  # the most words a name is read as


def looks_like_name(text: str) -> bool:
    """Whether ``text`` reads as a person's name: 1-4 words, not starting with an
    article, a pronoun or a preposition ("in data team"), none of them a title or a team word
    ("sales manager")."""
    words = text.split()
    if not 1 <= len(words) <= NAME_WORDS:
        return False
    if (
        words[0].casefold().rstrip(".") in _NOT_NAME_START
        and words[0].casefold().rstrip(".") not in HONORIFICS
    ):
        return False
    # Any other characters are the student's to type ("<b>Eve</b>" is shown back literally).
    return not any(w.casefold().strip(".,") in _DESCRIPTION_WORDS for w in words)


def read_name(text: str) -> tuple[str, str]:
    """A person's name typed with chat around it, and what else the line says of them, as
    ``(name, description)``: "omg ok so its sam lee, she runs ux research for the learning
    team" -> ("Sam Lee", "who runs UX research for the learning team"); "Joy Chen (analytics
    lead)" -> ("Joy Chen", "analytics lead"). A name said to be unknown, or a line that does
    not read as a name ("her manager in data team, i dont know the name"), gives ("", what is
    known of them: "her manager in data team"). ("", "") when nothing is left."""
    text = strip_end(phrases.strip_emoji(str(text or "")))
    if phrases.non_answer(text):  # "no", "idk", "?": neither a name nor anything known
        return "", ""
    # "Sir Ramesh", "Ma'am Priya Nair": a note says "Mr", "Ms" (never "Hi Sir Ramesh,").
    text = written_title(text)
    # "dana kowalski she runs insights analytics": the name, then what they do (a comma was
    # left out), read as "dana kowalski, she runs insights analytics".
    text = _NAME_THEN_DOES.sub(r"\1, ", text, count=1)
    # "Ken Ito - runs robotics team": a name, a dash, then what they do, as after a comma.
    dash = _NAME_DASH.match(text)
    if dash and looks_like_name(dash["name"]):
        text = f"{dash['name']}, {text[dash.end() :]}"
    # "dana the hiring mgr", "Mr. Ramesh Iyer sir": the name, its title after a comma, and no
    # word of respect typed after it (the greeting is the note's to choose).
    text = _name_then_title(_FILLER_END.sub("", text))
    # "first was a man, ...", "the second one was priya": the order met in is no part of them.
    text = _ORDINAL_LEAD.sub("", text, count=1)
    # "another guy", "one more lady", "also a woman": one more person met, counted, is "a guy".
    text = _COUNTED.sub(_counted_as_one, text, count=1)
    # "someone else from the team sat in", "a person was there from finance": being there is
    # no part of who they were ("someone from the team", "a person from finance").
    text = without_presence(text)
    cut = _NAME_UNKNOWN.sub("", _NAME_CLAUSE.sub("", text)).strip(" ,;:-")
    unknown = cut != text
    text = phrases.strip_frame(cut) if cut else ""
    if not text:
        return "", ""
    if _DEPARTMENT.match(text.strip()):  # "Finance", "HR": a department, nobody's name
        return "", phrases.written(strip_end(text))
    name, role = introduced_person(text)
    if not unknown and (not looks_like_name(name) or _NAMING.search(name)):
        found = _framed_name(cut)
        if found is not None:
            return found
    if unknown or not looks_like_name(name):
        described = unnamed_description(cut)  # "she was from HR": "someone from HR"
        return "", phrases.written(strip_end(described if described != cut else text))
    # "Sandeep Kulkarni, he is the supply chain head": what he is, his title ("supply chain
    # head"), never "who is the supply chain head" read as something he does.
    role = _WHO_IS.sub("", role, count=1)
    return name, phrases.written(role)


# A name then a dash before what is said of them: "Ken Ito - runs robotics team".
_NAME_DASH = re.compile(r"^(?P<name>[^,;()\-–—]+?)\s+[-–—]+\s+(?=\S)")
# A title said as what someone is: "who is the panel head", "who's a senior analyst".
_WHO_IS = re.compile(
    r"^who\s*(?:is|was|['’]s)\s+(?!\w+ing\b)(?:(?:the|a|an|our|their)\s+)?(?=\w)", re.I
)


# What a description of someone unnamed says in passing, not who they were: "first was" (the
# order they were met in), "she was" / "he is" (a sentence's frame).
_SAID_FRAME = re.compile(
    r"^(?:(?:she|he|they)\s*(?:was|is|were|are|['’]s|['’]re)\s+)(?:(?:the|a|an)\s+)?", re.I
)
# A piece of that description which is only a word for a person: "a man", "the lady", "guy".
_ONLY_PERSON = re.compile(
    r"^(?:(?:a|an|the|some|one)\s+)?(?:guy|dude|bloke|chap|man|woman|lady|girl|gal|gentleman|"
    r"person|someone|somebody|individual)$",
    re.I,
)


def unnamed_description(text: str) -> str:
    """The description of someone whose name was not caught, typed as a sentence, as a role
    or team phrase: "she was from HR" -> "someone from HR"; "first was a man, he is team lead"
    -> "team lead"; "a guy, he was the hiring manager" -> "hiring manager". The order they
    were met in ("first was"), a sentence's frame ("she was") and a bare word for a person
    ("a man") are left out; a description with none of them is returned as it is."""
    parts = [p.strip() for p in re.split(r"\s*[,;]\s*", text.strip()) if p.strip()]
    kept: list[str] = []
    changed = False
    for part in parts:
        bare = _ORDINAL_LEAD.sub("", part, count=1)
        bare = _SAID_FRAME.sub("", bare, count=1).strip()
        bare = re.sub(r"^(?:frm|fm)\s", "from ", bare, flags=re.I)  # "she was frm HR", typed fast
        changed = changed or bare != part
        if not bare or _ONLY_PERSON.match(bare):
            changed = True
            continue
        kept.append(bare)
    if not changed or not kept:
        return text
    teamed = [p for p in kept if re.match(r"(?:from|in|on|at|with)\s", p, re.I)]
    if teamed and len(kept) == 1:
        return f"someone {kept[0]}"  # "she was from HR": "someone from HR"
    if teamed and len(kept) == 2:
        # A title and the team they were from: "from HR, senior recruiter" -> "senior
        # recruiter (HR)" (see title_said).
        return title_said(", ".join(kept))
    return ", ".join(kept)


# Words that count one more person met, never part of who they were: "and one more lady from
# HR", "plus another guy", "also a woman from finance", "the other interviewer", "one senior
# analyst", "a third person from HR". The longer counts are tried first, so "a third" is never
# read as "a" with "third" left in the description.
_COUNTED = re.compile(
    r"^(?:(?:and|plus|also)\s+)*(?:one\s+more|one\s+other|the\s+other|another|"
    r"(?:a|an|the|one)\s+(?:first|second|third|fourth|fifth|last|final|2nd|3rd|4th|5th)|"
    r"one(?!\s+of\b)|(?:also\s+)?(?:a|an))\s+(?=\w)",
    re.I,
)


# Words saying someone was there, never who they were: "sat in", "was also there", "in the
# room", "joined us", "on the call"; "someone else" is someone.
_PRESENCE = re.compile(
    r"\s+(?:(?:also|too)\s+)?(?:sat\s+in(?:\s+on\s+(?:it|the\s+\w+))?|"
    r"(?:was|were)\s+(?:also\s+)?(?:there|present|in\s+the\s+(?:room|interview|meeting))|"
    r"joined(?:\s+(?:us|in|them))?|in\s+the\s+(?:room|interview|meeting)|on\s+the\s+call|"
    r"(?:was|were)\s+(?:also\s+)?(?:sitting\s+in|listening\s+in|taking\s+notes))"
    r"(?:\s+(?:too|as\s+well|also))?(?=\s|$|[,;.])",
    re.I,
)
_ELSE = re.compile(r"\b(someone|somebody|some\s+one|a\s+person|someone)\s+else\b", re.I)


def without_presence(text: str) -> str:
    """A description of someone without what only says they were there: "there was another
    person in the room" (its lead gone) "a person in the room" -> "a person"; "someone else
    from the team sat in" -> "someone from the team"; anything else unchanged."""
    cut = _PRESENCE.sub("", _ELSE.sub(r"\1", text))
    return re.sub(r"\s+", " ", cut).strip(" ,;") or text


def _counted_as_one(found: re.Match[str]) -> str:
    """ "one more lady" -> "a lady"; "the other interviewer" -> "an interviewer"."""
    rest = found.string[found.end() :]
    return "an " if rest[:1].casefold() in tuple("aeio") else "a "


# Words of respect or chat typed after a name, never part of it: "Ramesh Iyer sir".
_FILLER_END = re.compile(
    r"(?<=\w)[\s,]+(?:sir|madam|ma['’]?am|ji|saab|sahib)\b\.?(?=\s*(?:[,;(]|$))", re.I
)
_THE_TITLE = re.compile(
    r"^(?P<name>(?:[^\s,;(]+\s+){0,2}?[^\s,;(]+)\s+(?:is\s+)?(?:the|our|their|a|an)\s+(?P<rest>\S.*)$",
    re.I,
)


def _name_then_title(text: str) -> str:
    """ "dana the hiring mgr" -> "dana, the hiring mgr": a name followed by what they are, read
    as a name and a title; anything else unchanged."""
    found = _THE_TITLE.match(text)
    if found is None or not looks_like_name(found["name"]):
        return text
    if any(w.casefold() in _NOT_A_NAME | _NOT_NAME_START for w in found["name"].split()):
        return text  # "Joy Chen on the pricing side": a place, not a title
    return f"{found['name']}, {found['rest']}"


# Words of respect said before a name rather than written in a letter ("Sir Ramesh", "Ma'am
# Priya"): in a note they are the title a letter uses, "Mr" or "Ms".
_SPOKEN_TITLE = re.compile(r"^(?:(?P<sir>sir)|ma['’]?am|madam|mam)\.?\s+(?=\w)", re.I)


# The honorific kept for someone the student called "Sir Ramesh" or "Madam Priya": a first
# name said with respect, greeted "Dear Ramesh," (never "Mr Ramesh": Ramesh is no surname).
RESPECTED = "respect"


def spoken_respect(text: str) -> bool:
    """Whether ``text`` starts with a spoken word of respect and one name after it ("Sir
    Ramesh", "ma'am priya, from HR"): a first name, said with respect."""
    found = _SPOKEN_TITLE.match(str(text or "").strip())
    if found is None:
        return False
    head = re.match(r"[^,;(]+", str(text).strip()[found.end() :])
    return head is not None and len(head.group().split()) == 1


def written_title(name: str) -> str:
    """A name typed with a spoken word of respect before it, as a letter writes it: "Sir
    Ramesh Iyer" -> "Mr Ramesh Iyer", "Madam Anjali Rao" -> "Ms Anjali Rao"; a first name alone
    after it is no surname to put a title to: "Sir Ramesh" -> "Ramesh" (see
    :func:`spoken_respect`); ``name`` unchanged otherwise (a title after the name is dropped by
    :func:`read_name`)."""
    found = _SPOKEN_TITLE.match(name.strip())
    if found is None:
        return name
    rest = name.strip()[found.end() :]
    head = re.match(r"[^,;(]+", rest)
    if head and head.group().islower() and looks_like_name(head.group().strip()):
        # "sir ramesh iyer, head of data": the name is written as one, what follows as typed
        rest = phrases.person_name(head.group().strip()) + rest[len(head.group().rstrip()) :]
    if head and len(head.group().split()) == 1:
        return rest
    return f"{'Mr' if found['sir'] else 'Ms'} {rest}"


def split_honorific(name: str) -> tuple[str, str]:
    """A name typed with a title of address, as (title, name): "Mr. Ramesh Iyer" -> ("Mr",
    "Ramesh Iyer"), "Dr Ana Ruiz" -> ("Dr", "Ana Ruiz"); ("", name) without one, or when the
    title is all there is, or when one name follows it ("Dr Okafor" is said and greeted whole,
    never "Okafor" alone)."""
    words = name.split()
    if len(words) > 2 and words[0].casefold().rstrip(".") in HONORIFICS:
        title = words[0]  # "Ms." keeps the full stop it was typed with, "Dr" goes without
        return title[:1].upper() + title[1:].lower(), " ".join(words[1:])
    return "", name


# What a line naming the people met may start with: "met", "I met", "we spoke to".
_MET_LEAD = re.compile(
    r"^(?:(?:i|we)\s+)?(?:(?:also\s+)?met(?:\s+with)?|spoke\s+(?:to|with)|talked\s+(?:to|with)|"
    r"interviewed\s+with|saw)\s+(?=\S)",
    re.I,
)
# A part of that line telling what happened rather than who: an offer or a promise.
_ASIDE = re.compile(
    r"\b(?:offered|offers|promised|said|says|mentioned|told|will|would|wants|going\s+to|gonna)\b"
    r"|\w['’](?:ll|d)\b|^i\s",
    re.I,
)
# Chat a line opens with before what it says: "oh and", "ah", "um", "ok so", "also", "btw".
_CHAT_LEAD = re.compile(
    r"^(?:(?:oh|ooh|ah|aah|um+|uh+|erm|hmm+|so|ok(?:ay)?|right|well|also|btw|by the way|"
    r"anyway|and|plus|oh yeah|yeah|yes|wait)\b[\s,.!:;-]*)+(?=\S)",
    re.I,
)
# A person named, then what they said or offered: "priya said she'd ...", "tom will send ...".
_NAME_SAID = re.compile(
    r"^(?P<who>[^\s,;()]+(?:\s+[^\s,;()]+){0,2}?)\s+(?:said|says|offered|offers|promised|"
    r"mentioned|told\s+me|will|would|wants\s+to|is\s+going\s+to|is\s+gonna)\b",
    re.I,
)
# A name put right, typed where something else was asked: "wait her name is priya not oh",
# "sorry, it's Priya not Oh", "I meant Priya", "his name's Tom, not Tim".
_NAME_FIX = re.compile(
    r"^(?:(?:oh|ah|um+|uh+|wait|sorry|oops|no|nope|actually|my bad|ok(?:ay)?|so)\b[\s,.!:;-]*)*"
    r"(?:(?:her|his|their|the)\s+name\s*(?:is|was|['’]s)|(?:she|he|they)\s*(?:is|was|['’]s|are)\s+"
    r"called|it\s*(?:is|was|['’]s)|i\s+meant|i\s+mean)\s+"
    r"(?P<new>[^\s,;.!()]+(?:\s+[^\s,;.!()]+){0,2}?)"
    r"(?:\s*,?\s*(?:and\s+)?not\s+(?P<old>[^\s,;.!()]+(?:\s+[^\s,;.!()]+)?))?\s*[.!]*\s*$",
    re.I,
)
_NAME_FIX_SAYS_NAME = re.compile(r"\bname\b|\bcalled\b|^\W*(?:\w+\W+)*?i\s+meant?\b", re.I)


def name_correction(text: str) -> tuple[str, str] | None:
    """A person's name put right in a line typed where another question was asked, as
    ``(right name, wrong name)``: "wait her name is priya not oh" -> ("Priya", "oh"); "sorry,
    it's Priya Nair not Oh" -> ("Priya Nair", "Oh"); "I meant Tom" -> ("Tom", ""). None when the
    line is not such a correction ("it's a great team", "how her team moved to dbt"): a line
    that does not say "name", "called" or "I meant" must say which name it replaces ("not
    Oh")."""
    found = _NAME_FIX.match(strip_end(phrases.strip_emoji(str(text or "")).strip()))
    if found is None:
        return None
    new, old = found["new"], found["old"] or ""
    if not looks_like_name(new) or not read_name(new)[0]:
        return None
    if not old and not _NAME_FIX_SAYS_NAME.search(found.group()):
        return None
    return phrases.person_name(new), old


_WHO_DID = re.compile(r"^(?P<who>.*?\S)\s*,?\s+who\s+(?P<did>.+)$", re.I)


def without_name_clause(text: str) -> str:
    """A description of someone without what it says of their name, which is the student's to
    say, never the bot's: "the hiring manager whose name i didnt catch" -> "the hiring
    manager"."""
    cut = _NAME_UNKNOWN.sub("", _NAME_CLAUSE.sub("", text)).strip(" ,;:-")
    return cut or text


def without_chat_lead(text: str) -> str:
    """``text`` without the chat it opens with ("oh and i promised sam ..." -> "i promised sam
    ..."; "ok so priya said ..." -> "priya said ...")."""
    return _CHAT_LEAD.sub("", str(text or "").strip())


def split_asides(text: str) -> tuple[str, list[str]]:
    """A line naming the people met, less what else it tells: ("sam (recruiter), dana the
    hiring mgr", ["dana offered to intro me to her analytics lead"]) for "met sam (recruiter),
    dana the hiring mgr, dana offered to intro me to her analytics lead". An offer or promise
    said there is kept apart, to be noted with the offers; "who offered" after a name is said
    of that name ("sam who said he'd pass my CV on" -> "sam said he'd pass my CV on"). A
    line of several sentences is read a sentence at a time."""
    text = _MET_LEAD.sub("", without_chat_lead(text))
    # "priya said she'd put me in touch with her manager": the person is Priya, and what she
    # said is an offer, kept for the offers, never a name "Oh" or a title.
    told = _NAME_SAID.match(text)
    if told and looks_like_name(told["who"]) and read_name(told["who"])[0]:
        return told["who"], [text]
    found = phrases.sentences(text)
    if len(found) > 1:
        kept, asides = [], []
        for sentence in found:
            said, more = _split_asides(sentence)
            kept += [said] if said.strip(" ,;.") else []
            asides += more
        return ". ".join(strip_end(k) for k in kept), asides
    return _split_asides(text)


def _split_asides(text: str) -> tuple[str, list[str]]:
    """:func:`split_asides` for one sentence."""
    pieces = re.split(r"(\s*[,;]\s*|\s+(?:and|&|plus)\s+|\s+[—–-]\s+)(?![^(]*\))", text)
    kept: list[str] = []
    for index in range(0, len(pieces), 2):
        piece = pieces[index]
        did = _WHO_DID.match(piece)
        if did and _ASIDE.search(did["did"]):
            rest = "".join(pieces[index + 1 :])
            who = did["who"]
            kept.append(who)
            aside = f"{read_name(who)[0] or who} {did['did']}{rest}"
            return "".join(kept).strip(" ,;"), [aside.strip()]
        # "I did not get her name" is said of the person before it, never an aside.
        if _ASIDE.search(piece) and index and _NAME_UNKNOWN.sub("", piece).strip(" ,;:-()."):
            aside = re.sub(r"^(?:and|also|plus)\s+", "", "".join(pieces[index:]), flags=re.I)
            said = "".join(kept[:-1] if kept else kept).strip(" ,;")
            # "dana lee, she offered ...": said of the one person the line names.
            name = read_name(said)[0] if not several_people(said) else ""
            if name:
                aside = re.sub(r"^(?:she|he|they)\b", first_name(name), aside, flags=re.I)
            return said, [aside.strip()]
        kept.extend([piece, pieces[index + 1] if index + 1 < len(pieces) else ""])
    return text, []


_NAME_THEN_DOES = re.compile(
    r"^((?:[^\s,;(]+\s+){0,3}[^\s,;(]+)\s+(?=(?:she|he|they)\s+(?:runs|leads|works|manages|heads|"
    r"owns|does|is|was|looks after|oversees|handles|run|lead|work|manage|head)\b)",
    re.I,
)
# The frames and hedges around an unnamed person's title typed as a sentence: "she was",
# "I think", "maybe", "some kind of".
_TITLE_FRAME = re.compile(
    r"(?<![&/])\b(?:(?:she|he|they)\s*(?:was|is|were|are|['’]s|['’]re)|(?:i\s+)?(?:think|believe|guess)|"
    r"maybe|probably|perhaps|possibly|(?:some\s+)?(?:kind|sort|type)\s+of|like|a|an|the|some)\b",
    re.I,
)
_HEDGE = re.compile(
    r"^\s*(?:(?:she|he|they)\s*(?:was|is|were|are|['’]s|['’]re)\s+)?(?:(?:i\s+)?(?:think|believe|guess)"
    r"|maybe|probably|perhaps|possibly)?\s*(?:(?:some\s+)?(?:kind|sort|type)\s+of\b)?"
    r"|\b(?:i\s+(?:think|believe|guess)|maybe|probably|perhaps|possibly)\s*$",
    re.I,
)
_FROM_TEAM = re.compile(r"^(?:from|in|on|at)\s+(?:the\s+)?(.+?)(?:\s+team)?$", re.I)


def title_said(text: str) -> str:
    """An unnamed person's title as typed in a sentence, without its frames and hedges, with
    the team they were from in brackets: "She was from HR, I think senior recruiter" ->
    "senior recruiter (HR)". ``text`` unchanged (stripped) when no part of it reads as a title
    beside a team, so a plain title is left to ``phrases.job_title``."""
    parts = [p for p in re.split(r"\s*[,;]\s*|\s+(?:and|but)\s+", strip_end(text)) if p]
    titles: list[str] = []
    teams: list[str] = []
    for part in parts:
        bare = re.sub(r"\s+", " ", _TITLE_FRAME.sub(" ", part)).strip(" .?!")
        team = _FROM_TEAM.match(bare)
        if team:
            teams.append(team.group(1).strip())
        elif (place := _SOMEONE_FROM.match(bare)) is not None:
            teams.append(place["team"].strip())  # "someone from HR, a recruiter"
        elif len(parts) > 1 and _DEPARTMENT.match(re.sub(r"^the\s+", "", bare, flags=re.I)):
            # "the HR, recruiter": HR is where they were, recruiter what they were
            teams.append(phrases.acronyms(re.sub(r"^the\s+", "", bare, flags=re.I)))
        elif bare:
            titles.append(bare)
    if teams and len(titles) == 1:  # "a recruiter": the title, without its article
        titles[0] = re.sub(r"^(?:a|an|the)\s+(?=\w)", "", titles[0], flags=re.I)
    if not teams or len(titles) != 1:
        # No team beside one title: only the hedges go ("maybe some kind of team lead" ->
        # "team lead"); articles inside a title stay ("head of the data team").
        hedged = re.sub(r"\s+", " ", _HEDGE.sub(" ", strip_end(text))).strip(" ,;.?!")
        return hedged or text.strip()
    return f"{titles[0]} ({', '.join(teams)})"


# Someone described only by where they were from: "someone from HR", "a guy in finance".
_SOMEONE_FROM = re.compile(
    r"^(?:someone|somebody|(?:(?:a|an|the|some|one)\s+)?(?:guy|man|woman|lady|person|"
    r"gentleman|bloke|chap|dude|fella|fellow|girl|gal))\s+"
    r"(?:from|in|on|at)\s+(?:the\s+)?(?P<team>\S.*)$",
    re.I,
)


# How a student may speak of someone casually ("some guy", "this lady", "someone"): said back as
# "the person", never in the student's casual words.
_CASUAL_SOMEONE = re.compile(
    r"^(?:(?:some|a|an|one|this|that|the)\s+)?(?:guy|dude|bloke|chap|fell(?:a|ow)|man|woman|lady|"
    r"girl|gal|person|individual)\b|^(?:someone|somebody|some\s+one|some\s+body)\b",
    re.I,
)
_DETERMINER = re.compile(
    r"^(?:the|a|an|some|one|this|that|his|her|their|my|our|one\s+of\s+(?:the|his|her|their))\s+",
    re.I,
)


def role_said(described: str) -> str:
    """An unnamed person as the bot says them back: their role with "the", tidy, never the
    student's casual words ("some guy from the analytics team" -> "the person from the analytics
    team"; "her manager in data team" -> "the manager in the data team"; "Hiring manager" ->
    "the hiring manager"). "" for ""."""
    text = strip_end(re.sub(r"\s+", " ", phrases.strip_emoji(str(described or ""))).strip(" ,;"))
    if not text:
        return ""
    # "one HR lady", "the tech guy": a neutral role ("the HR contact"), never the label.
    text = neutral_role(text)
    text = _CASUAL_SOMEONE.sub("person", text, count=1)
    text = _DETERMINER.sub("", text, count=1)
    return f"the {phrases.articled(lower_first(text))}"


# One of several people in a line, when it is not a name: "some guy from the team", "a woman
# from HR", "someone in finance".
_SOMEONE = re.compile(
    r"^(?:(?:and|also|plus)\s+)?(?:someone|somebody|(?:some|a|an|another|one|the other)\s+"
    r"(?:guy|man|woman|lady|girl|bloke|dude|person|fella|chap|other))\b",
    re.I,
)


# How a sentence about the next person met starts, not part of who they were: "Second one was",
# "the third was", "the other one is", "also", "then there was".
_ORDINAL_LEAD = re.compile(
    r"^(?:(?:and|also|then|plus)\s+)?(?:(?:the\s+)?(?:first|second|third|fourth|fifth|2nd|3rd|4th|"
    r"other|next|last|another)(?:\s+(?:one|person|interviewer|panell?ist|guy|lady|man|woman))?"
    r"\s+(?:was|is|were)\b[\s,:]*|there\s+(?:was|were)\s+|(?:also|plus)\s+(?:met\s+)?)",
    re.I,
)
# A name, then what they are said as a sentence: "Mr. Ramesh Iyer, he is the panel head".
_NAME_HE_IS = re.compile(
    r"^(?P<name>[^,;]+?)\s*[,;:-]?\s+(?:he|she|they)\s*(?:is|was|are|were|['’]s|['’]re)\s+"
    r"(?P<role>.+)$",
    re.I,
)


def _person_sentence(sentence: str) -> str:
    """One sentence about one person met, as a part of a line naming several: "Second one was
    a lady, I did not get her name" -> "a lady, I did not get her name"; "Mr. Ramesh Iyer, he is
    the panel head" -> "Mr. Ramesh Iyer, the panel head"."""
    text = _ORDINAL_LEAD.sub("", strip_end(sentence).strip(), count=1).strip(" ,;:")
    said = _NAME_HE_IS.match(text)
    if said and looks_like_name(said["name"]):
        text = f"{said['name'].strip()}, {strip_end(said['role'])}"
    return text


def _reads_as_person(part: str) -> bool:
    """Whether one part of a line naming several people is a person: a name (with what they
    are), someone described ("a lady"), or a role ("the panel head")."""
    head = re.split(r"\s*[,(]", part, maxsplit=1)[0]
    return bool(
        _SOMEONE.match(part)
        or looks_like_name(head)
        or _A_ROLE.match(part)
        or _name_and_role(part)
        or read_name(part)[0]
    )


def _by_sentence(text: str) -> list[str]:
    """The people in a line that names one per sentence ("Mr. Ramesh Iyer, he is the panel
    head. Second one was a lady, I did not get her name. Third was Priya from data team"), each
    as :func:`_person_sentence` gives it; [] unless it has two sentences or more and each reads
    as a person."""
    found = phrases.sentences(strip_end(phrases.strip_emoji(str(text or ""))))
    if len(found) < 2:
        return []
    parts = [_person_sentence(sentence) for sentence in found]
    parts = _name_clauses_attached([p for p in parts if p])
    if len(parts) < 2 or not all(_reads_as_person(p) for p in parts):
        return []
    return parts


# A count typed before the people it counts is no one met: "3 ppl - sarah jones, ...", "two
# people: Omar and Greta", "4 of them - ana, raj and tom", "met 3 people, sarah, ...".
_COUNT_HEAD = re.compile(
    r"^(?P<lead>(?:(?:i|we)\s+)?(?:also\s+)?(?:met(?:\s+with)?|spoke\s+(?:to|with)|"
    r"talked\s+(?:to|with)|interviewed\s+with|saw)\s+)?"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several)\s*"
    r"(?:(?:ppl|people|persons|folks|interviewers|panelists|panellists|of\s+them|of\s+us)\b"
    r"\s*(?:in\s+total\s*)?[-–—:,]*|[-–—:]+)\s*(?=\S)",
    re.I,
)


def without_count(text: str) -> str:
    """A line naming the people met without a count typed before them: "met 3 ppl - sarah
    jones, ..." -> "met sarah jones, ..."; "two people: Omar and Greta" -> "Omar and Greta";
    ``text`` unchanged without one."""
    found = _COUNT_HEAD.match(text.strip())
    if found is None:
        return text
    return (found["lead"] or "") + text.strip()[found.end() :]


def several_people(text: str) -> list[str]:
    """The parts of a line that names several people, each as typed ("marcus (hiring mgr), some
    guy from the team i didnt get his name, and priya" -> ["marcus (hiring mgr)", "some guy
    from the team i didnt get his name", "priya"]); [] when the line reads as one person (a
    name with a title after a comma, "Joy Chen, head of data", is one). One person a sentence
    is read as such ("Mr. Ramesh Iyer, he is the panel head. Second one was a lady, I did not
    get her name. Third was Priya" -> ["Mr. Ramesh Iyer, the panel head", "a lady, I did not
    get her name", "Priya"])."""
    text = without_count(str(text or ""))
    by_sentence = _by_sentence(text)
    if by_sentence:
        return by_sentence
    text = strip_end(phrases.strip_emoji(text))
    parts: list[str] = []
    depth, start = 0, 0
    for index, char in enumerate(text):
        depth += (char == "(") - (char == ")")
        if char in ",;" and depth == 0:
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    split: list[str] = []
    for part in parts:
        split.extend(re.split(r"\s+(?:and|&|plus)\s+(?![^(]*\))", part.strip()))
    split = [re.sub(r"^(?:and|&|plus|also)\s+", "", p.strip(), flags=re.I) for p in split]
    split = [team_attached(p) for p in _name_clauses_attached([p for p in split if p])]
    # Two name-like parts with only a comma between are a name and an organisation ("Joy
    # Chen, Northwind Analytics"): several people are joined by "and" or include "someone".
    joined_by_and = re.search(r"\s(?:and|&|plus)\s", text, re.I)
    if len(split) < 2 or not (joined_by_and or any(_SOMEONE.match(p) for p in split)):
        return []
    if (
        not joined_by_and
        and len(split) == 2
        and _SOMEONE.match(split[0])
        and not _SOMEONE.match(split[1])
        and not looks_like_name(split[1])
    ):
        return []  # "someone from HR, a recruiter": one person, and what they were
    for typed in split:
        # "there was another person in the room": someone, counted and said to be there.
        part = without_presence(_COUNTED.sub(_counted_as_one, _ORDINAL_LEAD.sub("", typed)))
        if not (
            _SOMEONE.match(part)
            or _LABELLED_PERSON.match(part)  # "the HR lady": someone, by the student's label
            or looks_like_name(re.split(r"\s*\(", part, maxsplit=1)[0])
            or _A_ROLE.match(part)
            or _name_and_role(part)
        ):
            return []
    return split


# Someone named by the student's label for them in a list: "the HR lady", "the tech guy".
_LABELLED_PERSON = re.compile(
    r"^(?:the|a|an|one|some|this|that)\s+(?:[\w&/'’.-]+\s+){1,3}"
    r"(?:guy|dude|bloke|chap|fell(?:a|ow)|man|woman|lady|girl|gal|gentleman|person)$",
    re.I,
)
# The team a named person in a list belongs to, said other ways than "from the X team": "raj -
# payments team", "Raj who is on the payments team", "the payments team's Raj", "Raj who works
# in payments".
_DASH_TEAM = re.compile(r"^(?P<name>[^-–—()]+?)\s+[-–—]+\s+(?P<team>[^-–—]+)$")
_WHO_ON_TEAM = re.compile(
    r"^(?P<name>[^,;()]+?)\s*,?\s+(?:who\s+(?:is|was|works|worked|sits)|who['’]s|works|working"
    r"|is|was)\s+(?:on|in|with|for)\s+(?P<team>.+)$",
    re.I,
)
_TEAMS_NAME = re.compile(
    r"^(?:the\s+)?(?P<team>[\w&/'’.-]+(?:\s+[\w&/'’.-]+){0,3}\s+(?:team|department|dept|group))"
    r"['’]s?\s+(?P<name>[^,;()]+)$",
    re.I,
)


def team_attached(part: str) -> str:
    """One person in a list, with the team typed with them said the way the rest of the list
    reads it, so the team stays theirs: "raj - payments team" -> "raj (payments team)"; "Raj who
    is on the payments team" -> "Raj from the payments team"; "the payments team's Raj" -> "Raj
    from the payments team"; anything else unchanged."""
    found = _DASH_TEAM.match(part)
    if found and looks_like_name(found["name"].strip()):
        return f"{found['name'].strip()} ({found['team'].strip()})"
    found = _WHO_ON_TEAM.match(part)
    if found and looks_like_name(found["name"].strip()):
        team = re.sub(r"^the\s+", "", found["team"].strip(), flags=re.I)
        return f"{found['name'].strip()} from the {team}"
    found = _TEAMS_NAME.match(part)
    if found and looks_like_name(found["name"].strip()):
        return f"{found['name'].strip()} from the {found['team'].strip()}"
    return part


# A name and what they are, typed casually: "tom from HR", "priya the ops lead", "sam
# (recruiter)", "dana, vp of sales" is one part read by :func:`read_name`.
_NAME_AND_ROLE = re.compile(
    r"^(?P<name>[^\s,;(]+(?:\s+[^\s,;(]+)?)\s+(?:from|in|on|at|the|our|their|is\s+the)\s+\S",
    re.I,
)


def _name_and_role(part: str) -> bool:
    """Whether ``part`` is a name followed by what they are ("tom from HR")."""
    found = _NAME_AND_ROLE.match(part)
    return found is not None and looks_like_name(found["name"])


def _name_clauses_attached(parts: list[str]) -> list[str]:
    """The parts of a line naming several people, with a part that only says a name was not
    caught ("didnt get his name") joined to the person before it: it is said of them, never a
    person of its own."""
    kept: list[str] = []
    for part in parts:
        if kept and not _NAME_UNKNOWN.sub("", part).strip(" ,;:-()"):
            kept[-1] = f"{kept[-1]}, {part}"
        else:
            kept.append(part)
    return kept


# One of several people in a line described by their role: "the hiring manager whose name i
# didn't catch", "their head of data", "a senior analyst".
_A_ROLE = re.compile(
    r"^(?:the|a|an|their|our|her|his|one)\s+(?:[\w-]+\s+){0,3}?(?:"
    + "|".join(sorted(_DESCRIPTION_WORDS - {"partner"}))
    + r")\b",
    re.I,
)


# A name said with a frame of its own somewhere in the line: "name is Sunil Mehta", "called
# Sunil", "I think it's Sunil", "Sunil Mehta I think".
_NAMING = re.compile(
    r"(?:\b(?:(?:his|her|their|the)\s+)?name(?:['’]s|\s+is|\s+was)\s*:?\s+"
    r"|\b(?:called|named)\s+|\b(?:it['’]?s|it\s+is|it\s+was)\s+|\bi\s+(?:think|believe|guess)\b"
    r"|\b(?:maybe|probably)\b)",
    re.I,
)


def _framed_name(text: str) -> tuple[str, str] | None:
    """The name in one comma-separated part of ``text`` that frames it as a name ("Her manager,
    I think name is Sunil Mehta, head of data engineering" -> ("Sunil Mehta", "head of data
    engineering")), with what follows it after a comma as their role; None when no part does."""
    parts = [p.strip() for p in re.split(r"\s*[,;(]\s*|\s+[—–-]\s+", strip_end(text))]
    for index, part in enumerate(parts):
        framed = _NAMING.search(part)
        if not framed:
            continue
        # What comes before the frame in the part is not the name ("her manager called ...").
        named = re.match(r"(?:called|named|name)", framed.group().strip(), re.I)
        after = part[framed.end() :] if named else part
        name = phrases.strip_frame(after)
        name = re.sub(r"^(?:name(?:['’]s|\s+is|\s+was)\s*:?\s*)", "", name, flags=re.I).strip()
        if looks_like_name(name) and not _NAMING.search(name):
            role = ", ".join(p for p in parts[index + 1 :] if p).rstrip(")")
            return phrases.person_name(name), phrases.written(strip_end(role))
    return None


def introduced_person(text: str) -> tuple[str, str]:
    """Whom an introduction is to, as typed, split into a name and a description, each written
    right: "your friend sam lee at northwind analytics" -> ("Sam Lee", "at Northwind
    Analytics"); "Joy Chen, who leads merchandising analytics" -> ("Joy Chen", "who leads
    merchandising analytics"). An organisation typed in lower case after "at" or "from" is
    capitalised; any capital typed is kept. ("", "") when nothing is left."""
    text = strip_end(phrases.strip_emoji(text))
    text = _RELATION.sub("", text, count=1)
    name, role = split_person(text)
    found = _NAME_END.search(name)
    if found:
        # "rahul mehta at phonepe, he runs fraud analytics there": the name, where they are,
        # and what they do said as "who runs fraud analytics at Phonepe" (no comma splice).
        name, where = name[: found.start()], _org_capitalised(name[found.end() :])
        does = _DOES.match(role)
        if does and re.match(r"(?:at|from)\s", where, re.I):
            what = re.sub(r"\s+(?:there|here)$", "", strip_end(does["what"]), flags=re.I)
            role = f"who {_third_person(does['verb'])} {what} {where}"
        elif role and not _NAME_END.match(f" {role}"):
            # "Rohit Jain from HR, senior recruiter": his team and his title, both kept.
            role = f"{where}, {role}"
        else:
            role = where
    elif (does := _DOES.match(role)) is not None:
        # "dana okafor, she runs population health analytics at allina": "who runs ...".
        what = re.sub(r"\s+(?:there|here)$", "", strip_end(does["what"]), flags=re.I)
        role = f"who {_third_person(does['verb'])} {what}"
    role = _org_capitalised(described(role))
    return phrases.person_name(name), role


# What someone does, typed after their name as a bare verb, the "who" or "he" left out:
# "runs robotics team", "lead the data team", "works on fraud models".
# A title that starts with one of these words ("lead data scientist", "head of growth") is no
# verb: a bare "lead" or "head" is read as one only before what it runs ("the ...", "... team").
_BARE_DOES = re.compile(
    r"^(?P<verb>(?:runs|leads|heads|manages|owns|oversees)(?:\s+up)?(?!\s+of\b)"
    r"|(?:run|lead|head|manage|own|oversee)(?:\s+up)?(?=\s+(?:(?:the|a|an|his|her|their|our)\s"
    r"|(?:[\w&.-]+\s+){0,2}(?:team|department|unit|squad|desk)\b))"
    r"|(?:works|work)\s+(?:on|in|with|for))\s+(?P<what>\S.*)$",
    re.I,
)
# "who lead the data team", "who work on pricing": the verb said of one person.
_WHO_BARE = re.compile(r"^who\s+(?P<verb>run|lead|head|manage|own|oversee|work)\b", re.I)
# A team named without its article after what someone does or where they are: "runs
# robotics team", "on data science team" ("the robotics team", "the data science team").
_BARE_TEAM = re.compile(
    r"\b(?P<before>runs|leads|heads|manages|owns|oversees|on|in|with|from|of|for)\s+"
    r"(?!(?:the|a|an|his|her|their|our|your|my|its|this|that|one|some|every|each|which|whose)\s)"
    r"(?P<team>(?:[\w&.-]+\s+){0,2}?(?:team|department|unit|squad|desk))\b",
    re.I,
)


def role_note(role: str) -> str:
    """What the student typed of someone, as a note on their contact card: "who runs fraud
    analytics at X" and "he run robotics team" are noted as "Runs fraud analytics at X", "Runs
    the robotics team" (see :func:`described`); "" for ""."""
    return upper_first(re.sub(r"^who\s+", "", described(role), flags=re.I))


# A team named where a description of a person should be: "robotics team for the delivery
# robots", "the data team". A title after the team word ("robotics team lead") is a title.
_TEAM_NAMED = re.compile(r"\b(?:team|department|dept|squad)\b", re.I)
_TEAM_AS_PERSON = re.compile(
    r"^(?:the\s+)?(?P<team>(?:(?!(?:from|at|on|in|of|for|with|by|to|and|or|who|that|which|is|was|"
    r"he|she|they|his|her|their|our|my|your|a|an|the|runs?|leads?|heads?|manages?|works?|owns?|"
    r"oversees?)\s)[\w&.-]+\s+){1,3}?(?:team|department|squad))"
    r"(?P<rest>(?:\s+(?:for|that|which|who|working|building|behind|on|in|at)\b.*)?)$",
    re.I,
)


def described(role: str) -> str:
    """What the student typed of someone after their name, said so it follows the name in a
    sentence ("Ken Ito, ..."): a pronoun or a missing "who" before what they do is "who" ("he
    lead the robotics team", "runs robotics team" -> "who leads the robotics team", "who runs
    the robotics team"), the verb agrees with one person, a team named without its article
    takes "the", and phone shorthand is written out ("team 4 the delivery robots" -> "team for
    the delivery robots", "w/" -> "with"). Anything else ("at Northwind", "analytics lead")
    stays as typed; "" for ""."""
    role = strip_end(str(role or "")).strip()
    if not role:
        return ""
    role = phrases.expand_shorthand(role)
    does = _DOES.match(role) or _BARE_DOES.match(role)
    if does is not None:
        role = f"who {_third_person(does['verb'])} {does['what']}"
    role = _WHO_BARE.sub(lambda m: f"who {_third_person(m['verb'])}", role, count=1)
    team = _TEAM_AS_PERSON.match(role)
    if team is not None:
        # "Ken Ito, robotics team for the delivery robots": the team said as where they are.
        return f"on the {team['team']}{team['rest']}"
    return _BARE_TEAM.sub(lambda m: f"{m['before']} the {m['team']}", role)


# What someone does, typed as its own sentence after their name: "he runs fraud analytics there".
_DOES = re.compile(
    r"^(?:he|she|they)\s+(?:also\s+)?(?P<verb>works on|[a-z]+s|is|are|leads|heads|lead|run|"
    r"manage|head)\s+(?P<what>.+)$",
    re.I,
)


def _third_person(verb: str) -> str:
    """The verb said of one person after "who": "run" (typed after a singular "they") ->
    "runs", "are" -> "is", "work on" -> "works on", "oversee" -> "oversees"; "runs" and
    "works on" stay."""
    if verb.casefold() == "are":
        return "is"
    first, _, rest = verb.partition(" ")
    if first.casefold() in ("run", "lead", "manage", "head", "own", "oversee", "work"):
        return f"{first}s {rest}".strip()
    return verb


def _org_capitalised(role: str) -> str:
    """ "at northwind analytics" -> "at Northwind Analytics"; a description with a capital
    typed anywhere, or without "at"/"from", stays as it is."""
    found = re.match(r"^(.*?\b(?:at|from)\s+)(.+)$", role, re.I)
    if not found or any(c.isupper() for c in role) or _TEAM_NAMED.search(found.group(2)):
        # "from robotics team for the delivery robots": a team, no organisation's name.
        return role
    return found.group(1) + phrases.proper_name(found.group(2))


def guess_introduced(text: str) -> tuple[str, str] | None:
    """The name (and role) an offer of an introduction gives: "introduce me by email to Joy
    Chen, who leads merchandising analytics" -> ("Joy Chen", "who leads merchandising
    analytics"). None when no capitalised name follows "to"."""
    found = _TO_NAME.search(text)
    if (
        found is None
        or found["name"].split()[0] in _NOT_NAMES
        or not looks_like_name(found["name"])
        # "to Ms." alone: a title with no name after it is nobody to write to.
        or not _untitled(found["name"])
        # "to QA team in Chennai": a team, not a person called QA.
        or _TEAM_AFTER.match(found["rest"])
        or _TEAM_AFTER.match(found["name"].split()[-1])
    ):
        guessed = _named_after(text) or _guess_lower(text)
        # "to Ms. next week": a title with no name after it is nobody to write to.
        if guessed and not _untitled(guessed[0]):
            return None
        return guessed
    rest = found["rest"].strip()
    # "to Ken Ito, he lead robotics team 4 the delivery robots": "who leads the robotics team
    # for the delivery robots", as a lower-case name's description is said.
    role = described(rest[1:]) if rest.startswith(",") else ""
    return found["name"], role


def _untitled(name: str) -> str:
    """``name`` without its titles of address ("Ms. Kavita Rao" -> "Kavita Rao", "Ms." -> ""):
    a title is never a name, nor is when after it ("Ms. next week" -> "")."""
    words = [w for w in name.split() if w.casefold().rstrip(".") not in HONORIFICS]
    if words and words[0].casefold() in _WHEN_WORDS:
        return ""
    return " ".join(words)


_WHEN_WORDS = frozenset(
    [
        "next",
        "this",
        "by",
        "on",
        "soon",
        "later",
        "today",
        "tomorrow",
        "tonight",
        "after",
        "before",
        "in",
        "within",
    ]
)


# A team named after what reads as a name: "QA team", "Payments group".
_TEAM_AFTER = lazy(
    r"\s*(?:team|teams|department|dept|group|unit|division|side|folks|office)\b", re.I
)
# An offer to pass the student on to a team rather than a person: "forward my CV to QA team in
# Chennai", "pass my name to the data team", "connect me with someone in analytics".
_TO_TEAM = lazy(
    r"\b(?:to|with|w/?)\s+(?:(?:the|her|his|their|your|our)\s+)?"
    r"(?P<team>(?:(?!(?:someone|somebody|anyone|a|an|in|on|at|from|of|friends?|buddy|pals?|mates?"
    r"|colleagues?|co-?workers?|contacts?|teammates?|peers?)\b)[\w.&/'’-]+\s+){1,3}?"
    r"(?:team|department|dept|group|unit|division))\b"
    r"(?P<where>\s+(?:in|at|based in)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?"
    r"|\b(?:to|with|w/?)\s+(?:someone|somebody|a\s+person|people"
    r"|(?:(?:one\s+of\s+)?(?:a|an|the|her|his|their|your|our)\s+)?"
    r"(?:(?:old|former|close|good|longtime|long-time|ex-?)\s*)?(?P<relation>friends?|buddy|buddies|pals?"
    r"|mates?|colleagues?|co-?workers?|contacts?|teammates?|folks?|peers?)"
    r"(?:\s+of\s+(?:hers|his|theirs|ours|yours|mine))?)"
    r"\s+(?P<prep>in|on|from|at)\s+"
    r"(?P<det>(?:the|her|his|their|your|our)\s+)?(?P<area>[\w.&/'’-]+(?:\s+[\w.&/'’-]+){0,3}?)"
    r"(?=\s*(?:[,.;!?]|$|\s+(?:by|next|this|soon|later|tomorrow|on|who|and|but)\b))",
    re.I,
)


def team_offered(text: str) -> tuple[str, str]:
    """The team an offer passes the student on to when it names no one in it, as (the team
    with "the", where in it someone may be, after "who ... you'll hear from"): "forward my CV
    to QA team in Chennai" -> ("the QA team in Chennai", "on the QA team in Chennai");
    "connect me with someone in analytics" -> ("analytics", "in analytics"); ("", "") when the
    offer names a person or no team."""
    text = phrases.written(strip_end(phrases.strip_emoji(str(text or ""))))
    found = _TO_TEAM.search(text)
    if found is None:
        return "", ""
    if found["team"]:
        team = re.sub(r"\s+", " ", found["team"]).strip()
        where = re.sub(r"^\s+based\s+", " ", found["where"] or "")
        team = f"the {team}{where}"
        return team, f"on {team}"
    area = re.sub(r"\s+", " ", found["area"]).strip()
    prep = found["prep"].casefold()
    teamed = re.search(r"\b(?:team|side|department|dept|group|unit|division)$", area, re.I)
    if re.search(r"\bside$", area, re.I) and prep in ("in", "from"):
        prep = "on"  # "somebody from the planning side": on the planning side
    if found["det"] or (teamed and prep != "on"):
        # "someone on the payments side", "someone in their office", "her buddy in data
        # science team": "in the data science team".
        area = f"the {area}"
    elif prep == "on":  # "someone on payments": on the payments team
        area = f"the {area}" if teamed else f"the {area} team"
    return area, f"{'in' if prep == 'from' else prep} {area}"


def someone_on_team(described: str) -> str:
    """Whom an introduction is to, typed as a friend or colleague on a team, as a counsellor
    would say it: "her friend in ML team" -> "someone in the ML team"; ``described`` unchanged
    otherwise."""
    said = team_offered_said(f"to {described}")
    return said[3:] if said != f"to {described}" else described


def team_offered_said(text: str) -> str:
    """An offer to introduce the student to someone in a team, with whom said as a counsellor
    would say it: "she'll introduce me to her buddy in data science team" -> "she'll introduce
    me to someone in the data science team" (a friend or colleague of theirs is, to the
    student, someone on that team); ``text`` unchanged when it names a person or no team, or
    already says "someone"."""
    found = _TO_TEAM.search(text)
    if found is None or not found["relation"]:
        return text
    where = team_offered(text)[1]
    if not where:
        return text
    lead = found.group().split(maxsplit=1)[0]  # "to" or "with", as typed
    return f"{text[: found.start()]}{lead} someone {where}{text[found.end() :]}"


# Whom an offer is to, described and then named: "to her department chair, Prof. Iyer", "with a
# recruiter named tom baker", "to his manager called Ravi Shah, who runs pricing".
_DESCRIBED_THEN_NAMED = lazy(
    r"\b(?:to|with|w/?)\s+(?P<who>(?:the|a|an|his|her|their|one\s+of\s+(?:his|her|their))\s+"
    r"[^,;()]{1,60}?)(?:\s*,\s*|\s+(?P<frame>called|named)\s+)"
    r"(?P<name>(?:(?:dr|prof|mr|ms|mrs|mx|miss)\.?\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?)"
    r"(?P<rest>(?:\s*[,;(].*|\s+(?:who|at|from|on|in)\s.*)?)$",
    re.I | re.S,
)


def _named_after(text: str) -> tuple[str, str] | None:
    """The person an offer names after describing them ("pass my CV to her department chair,
    Prof. Iyer" -> ("Prof. Iyer", "the department chair")): the name as typed (capitals
    kept, a lower-case one written as a name), and the description with "the" for "her"; None
    when no name follows the description (a capitalised one after a comma, any after "called"
    or "named")."""
    found = _DESCRIBED_THEN_NAMED.search(strip_end(phrases.strip_emoji(text)))
    if found is None:
        return None
    name = found["name"].strip()
    if not found["frame"] and not name[:1].isupper():
        return None  # "to her manager, probably next week": no name after the comma
    honorific, plain = split_honorific(name)
    if not looks_like_name(plain) or plain.split()[0].casefold() in _NOT_A_NAME:
        return None
    name = f"{honorific} {phrases.person_name(plain)}" if honorific else phrases.person_name(plain)
    who = re.sub(
        r"^(?:his|her|their|one\s+of\s+(?:his|her|their))\s+", "the ", found["who"], flags=re.I
    )
    rest = strip_end(found["rest"].strip(" ,;()"))
    # "the manager who runs pricing": no comma between a description and what they do.
    joint = " " if re.match(r"who\s", rest, re.I) else ", "
    role = f"{who}{joint}{rest}" if rest else who
    return name, phrases.written(role)


# Where someone works, typed after their name: "from the data team", "in the risk team", "on
# pricing", "at Northwind" (never when: "on Monday" is cut before this is read).
_PLACED = lazy(
    r"^(?:from|in|on|at)\s+(?:the\s+)?(?:[\w&/'’.-]+\s+){0,3}?"
    r"(?:team|department|dept|group|unit|squad|side|office)$"
    r"|^(?:at|from)\s+(?-i:[A-Z])[\w&'’.-]*(?:\s+(?-i:[A-Z])[\w&'’.-]*){0,3}$",
    re.I,
)
# Words for a group of people, never one person's name: "to folks in the data team".
_GROUP_WORDS = _words("folks folk people guys team everyone everybody them others some")


# After an offer's verb, whom to: "introduce me to", "connect me with", "put me in touch with".
_TO_WHOM = re.compile(
    r"\b(?:introduc\w*|intro|connect|put|cc['’]?e?d|copied)\s+(?:me|you)\s+(?:by \w+\s+)?"
    r"(?:(?:in touch|up)\s+)?(?:to|with|w/?)\s+(.+)$",
    re.I | re.S,
)


def _guess_lower(text: str) -> tuple[str, str] | None:
    """A name typed in lower case after "introduce me to" ("her friend sam lee at northwind
    analytics"), when it reads as a name of two or three words; else None."""
    found = _TO_WHOM.search(text)
    if found is None:
        return None
    name, role = read_name(found.group(1))
    words = name.split()
    # One word is a name only when what they do, or where they work, follows it ("to ken, he
    # leads the robotics team", "to raj from the data team", "to vikram in the risk team"):
    # "to marketing", "to folks in the data team" or "to someone" alone is no one named.
    one = (
        len(words) == 1
        and (role.startswith("who ") or bool(_PLACED.match(role)))
        and not _DEPARTMENT.match(name)
        and name.casefold() not in _GROUP_WORDS
    )
    if not (one or 2 <= len(words) <= 3) or words[0].casefold() in _NOT_A_NAME:
        return None
    return name, role


# An organisation named in a description of someone: "she runs growth analytics at Harbor
# Mutual" -> "Harbor Mutual" (capitalised words after the last "at").
_AT_ORG = lazy(
    r"\b(?:at|from)\s+((?:[A-Z0-9][\w&'.-]*)(?:\s+(?:[A-Z0-9&][\w&'.-]*|of|and|for|the))*)"
)


def organisation_in(description: str | None) -> str | None:
    """The organisation a description of someone names ("... at Harbor Mutual"), else None."""
    found = _AT_ORG.findall(str(description or ""))
    if not found:
        return None
    words = found[-1].split()
    while words and words[-1] in ("of", "and", "for", "the"):
        words.pop()
    org = strip_end(" ".join(words)).rstrip(".,;:")
    return org or None


def split_person(text: str) -> tuple[str, str]:
    """ "Joy Chen, who leads merchandising analytics" or "Joy Chen (analytics lead)" -> name and
    role; a bare name has no role."""
    text = strip_end(text)
    bracket = re.fullmatch(r"(.+?)\s*\((.+)\)", text)
    if bracket:
        return bracket.group(1).strip(), bracket.group(2).strip()
    name, _, role = text.partition(",")
    return name.strip(), role.strip()


# -- records ----------------------------------------------------------------------------------


def offers(c: Conversation, interview_id: int | None) -> list[Row]:
    return c.records("offers", interview_id=interview_id) if interview_id else []


def met(c: Conversation, interview_id: int | None) -> list[Row]:
    """The people met at the interview (not those they offered to introduce)."""
    if not interview_id:
        return []
    introduced_ids = {o["introduced_id"] for o in offers(c, interview_id)}
    return [
        row
        for row in c.records("contacts", interview_id=interview_id)
        if row["id"] not in introduced_ids
    ]


def contact(c: Conversation, contact_id: int | None) -> Row | None:
    rows = c.records("contacts", id=contact_id) if contact_id else []
    return rows[0] if rows else None


def pending_introductions(c: Conversation, contact_id: int) -> list[Row]:
    """Introductions this contact offered that have not happened yet."""
    return [
        o
        for o in c.records("offers", contact_id=contact_id, kind="introduction")
        if o["status"] in ("pending", "asked")
    ]


# The student's own words for someone: "she said she'd intro me", "how her team decides".
_HE_SAID = re.compile(r"(?<![\w'’])(?:he|him|his|himself)(?![\w])", re.I)
_SHE_SAID = re.compile(r"(?<![\w'’])(?:she|her|hers|herself)(?![\w])", re.I)
# The bot's words for someone, by the pronoun the student used: (subject, object).
PRONOUNS = {"she": ("she", "her"), "he": ("he", "him"), "": ("they", "them")}


def pronoun(c: Conversation, contact_id: int | None) -> str:
    """ "she" or "he" when the student wrote of this contact that way, and only that way: in
    what they talked about, and in the offers the contact made (up to the name of whoever the
    introduction is to: "lena offered to intro me to Ken, he leads ..." is Ken's "he"); ""
    otherwise, and the bot keeps "they" (never a guess from a name)."""
    row = contact(c, contact_id)
    if row is None:
        return ""
    said = [str(row.get("talked_about") or "")]
    for offer in c.records("offers", contact_id=row["id"]):
        text = str(offer.get("text") or "")
        first = first_name(str(offer.get("to_name") or ""))
        if first:
            text = re.split(
                rf"(?<![\w'’]){re.escape(first)}(?![\w'’])", text, maxsplit=1, flags=re.I
            )[0]
        said.append(text)
    text = " ".join(said)
    he, she = bool(_HE_SAID.search(text)), bool(_SHE_SAID.search(text))
    return "she" if she and not he else "he" if he and not she else ""


def said_as(text: str, honorific: str = "") -> str:
    """ "she" or "he" for someone met, by their title of address ("Ms.", "Mr.") or the pronoun
    the student used of them (``text``: what they talked about), and only that one; "" when
    neither or both were used (never a guess from a name)."""
    title = honorific.casefold().rstrip(".")
    if title in ("ms", "mrs", "miss"):
        return "she"
    if title == "mr":
        return "he"
    he, she = bool(_HE_SAID.search(text)), bool(_SHE_SAID.search(text))
    return "she" if she and not he else "he" if he and not she else ""


def them(c: Conversation, contact_id: int | None) -> str:
    """The object pronoun the bot uses for a contact: "her", "him", else "them"."""
    return PRONOUNS[pronoun(c, contact_id)][1]


def they_or_name(c: Conversation, row: Row | None) -> tuple[str, str]:
    """How the bot refers back to a contact already named in the sentence, as (subject,
    object): "she"/"her" or "he"/"him" when the student wrote of them that way; else their
    first name again ("ask Tom to pass it on"), never a pronoun the student did not give nor
    one guessed from a name; "they"/"them" only for someone whose name is not known."""
    said = pronoun(c, (row or {}).get("id"))
    if said:
        return PRONOUNS[said]
    first = first_name(str((row or {}).get("name") or ""))
    return (first, first) if first else PRONOUNS[""]


def contacted(
    c: Conversation, row: Row, next_step: str | None = None, how: str | None = None
) -> None:
    """The student wrote to this contact: the 3B7 reminders start (a second contact after 3
    business days, one follow-up after 7), any reminder to write to them is closed, an
    introduction to them has happened (their card says so with ``how``: :func:`introduced`),
    and their next step becomes ``next_step`` when given (waiting for a reply, not "write to
    them")."""
    reminders.schedule_outreach(c, interview_id=row.get("interview_id"), contact_id=row["id"])
    reminders.close(c, "write", contact_id=row["id"])  # written to: no reminder to write
    if next_step:
        c.update("contacts", row["id"], next_step=next_step)
    if row.get("stage") in (None, "identified"):
        c.update("contacts", row["id"], stage="contacted", last_contact_at=c.stamp())
    for offer in c.records("offers", introduced_id=row["id"]):
        introduced(c, offer, how)


def introduced(c: Conversation, offer: Row, how: str | None = None, **changes: Any) -> None:
    """An introduction offered has happened (``changes``: what is now known of it): it is done,
    and the reminders about it go (the request for it, the nudge), unless the same person still
    owes another. ``how``, a template naming ``{name}`` ("introduced by {name}"), becomes how
    the person introduced was met, with the connector's name: no longer "introduction offered
    by ..." once it has happened."""
    c.update("offers", offer["id"], status="done", **changes)
    introduced_id = changes.get("introduced_id") or offer.get("introduced_id")
    by = contact(c, offer.get("contact_id"))
    if how and introduced_id and by is not None and by.get("name"):
        c.update("contacts", int(introduced_id), how_met=how.format(name=by["name"]))
    owed = [o for o in pending_introductions(c, offer["contact_id"]) if o["id"] != offer["id"]]
    if offer["contact_id"] and not owed:
        reminders.close(c, "introduction", contact_id=offer["contact_id"])
        reminders.close(c, "ask", status="cancelled", contact_id=offer["contact_id"])


def replied(c: Conversation, row: Row) -> None:
    """They answered or met the student: no more 3B7 reminders about them."""
    for kind in ("outreach_second", "outreach_followup"):
        reminders.close(c, kind, status="cancelled", contact_id=row["id"])


# -- people named in the story of how it went -------------------------------------------------

# Who the student says they talked to, in how it went: "talked to Meera and her manager Tom",
# "spoke with priya", "had a good chat with Sam Lee", "met Rohit from HR".
# "talked", "spoke", "chat" take whom with "to" or "with" ("good chat overall" names nobody);
# "met" and "interviewed" take them directly ("met Priya").
_TALKED_TO = re.compile(
    r"\b(?:(?:talked|spoke|chatted|chat)\s+(?:to|with|w/?)\s+"
    r"|(?:met|interviewed|was interviewed)\s+(?:(?:with|by)\s+)?)"
    r"(?P<who>[^.;!?\n]+)",
    re.I,
)
# Where the people named end and the story goes on: "about", "who", ", she said ...".
_STORY_GOES_ON = re.compile(
    r"\s+(?:about|regarding|who|which|for|at|today|yesterday|this|last)\b.*$"
    r"|\s*,\s*(?:she|he|they|it|we|i|but|so|then|both|all|everyone)\b.*$"
    r"|\s+(?:and|but|so|then)\s+(?:she|he|they|it|we|i|both|all)\b.*$",
    re.I,
)
_NOT_SOMEONE_MET = _words(
    "them him her us everyone everybody people folks team the a an some my their his our two "
    "three four five several few many both all panel"
)


def named_in_story(text: str) -> list[str]:
    """The people the student says they talked to in the story of how it went, each as typed
    for "Who did you meet?", when every one of them is named: "went well, talked to Meera and
    her manager Tom" -> ["Meera", "her manager Tom"]; "spoke with priya about the role" ->
    ["priya"]; [] when nobody is named ("good chat with the team lead", "met the panel")."""
    found = _TALKED_TO.search(phrases.strip_emoji(str(text or "")))
    if found is None:
        return []
    who = _STORY_GOES_ON.sub("", without_count(found["who"])).strip(" ,;:-")
    if not who or who.split()[0].casefold() in _NOT_SOMEONE_MET:
        return []
    parts = several_people(who) or [who]
    named = False
    for part in parts:
        name, _about = read_name(part)
        if not name and _SOMEONE.match(part) and len(parts) > 1:
            continue  # "james and a lady from procurement": she is someone met, unnamed
        if not name or len(name.split()) > 3:
            return []
        named = True
        typed = re.search(re.escape(name), part, re.I)
        if (
            typed
            and typed.group().islower()
            and any(phrases.word_frequency(w) > _EVERYDAY for w in typed.group().split())
        ):
            return []  # "then we talked shop": an everyday word typed, no name
    return parts if named else []


# How often a word typed in lower case is met in English, at most, for it to be taken as a
# name in the story ("priya" 0, "tom" 6969, "sam" 5033; "shop" 64882 is a word).
_EVERYDAY = 20000
