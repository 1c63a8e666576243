"""The practise path's setup answers, each made ready for the one slot it fills in a spoken line.

A student types the company, the better fit and what draws them the way they would text a
friend: "Brightwell Foods, is a company of plant based food in Rotterdam", "podcast stuff",
"their new oat yogurt line, they reduce the sugar 40% ..., very impressive for me". Pasted raw
into "What draws me to {company} is {draws}." or "Is there someone on the {target} team ...?"
those read as nothing a counsellor would let a student say. Each function here takes what was
typed and returns the part that can be said: the name without its description, an area phrase
without filler, the first clean clause of a reason. Nothing here guesses: when no clean phrase
can be made the result is "", and the caller uses a line shape that needs none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, MutableMapping

from bot.patterns import lazy
from flows.pivot.scoring import Context

# Where a typed company name gives way to a description of it: "Brightwell Foods, is a company
# of ...", "Brightwell Foods - a plant-based food maker", "Brightwell Foods (Rotterdam)",
# "Brightwell Foods, a company that ...", "Brightwell Foods which is ...". A comma followed by
# another capitalised name ("Smith, Jones & Co") is part of the name and is kept.
_DESCRIPTION = lazy(
    r"(?:\s*,\s*(?:it\s+|they\s+|which\s+|that\s+|who\s+)?(?:is|are|'s)\s+(?:a|an|the|one)\b"
    r"|\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:company|firm|business|startup|start-up|"
    r"agency|brand|group|organisation|organization|charity|consultancy|maker|manufacturer|"
    r"producer|retailer|studio|network|chain|provider|platform|bank|school|lab)\b"
    r"|\s+[-–—]\s+(?:a|an|the|they|it|which|is)\b"
    r"|\s+\((?=[^()]*\s)"
    r"|\s*,?\s+which\s+(?:is|are|makes?|does|sells?|has)\b"
    r"|\s+(?:is|are)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:company|firm|business|startup|"
    r"start-up|agency|brand|group|organisation|organization|charity|consultancy|maker|"
    r"manufacturer|producer|retailer|studio|network|chain|provider|platform)\b"
    r"|\s*,\s*(?:based|located|headquartered)\s+in\b"
    # A sentence run on after the name, typed fast (review r33): "brightloop its a fitness
    # app", "Solvera Energy, is company for solar batteries", "acme they make robots".
    r"|\s*,?\s+(?:it'?s|it’s|its|it\s+is|they'?re|they’re|they\s+are)\s+(?=[a-z])"
    r"|\s*,\s*(?:is|are)\s+(?=[a-z])"
    r"|\s*,?\s+(?:they|it)\s+(?:make|makes|do|does|sell|sells|build|builds|run|runs|have|has|"
    r"offer|offers|work|works|help|helps)\b"
    r"|\s+(?:is|are)\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:company|firm|business|"
    r"startup|start-up|app|platform|service|brand|maker|provider)\b)",
    re.I,
)


def company_name(typed: str) -> str:
    """The company's name from what was typed, without a description run on after it.

    "Brightwell Foods, is a company of plant based food in Rotterdam" -> "Brightwell Foods";
    "Kestrel Labs - a robotics startup" -> "Kestrel Labs"; "Smith, Jones & Co" is kept whole
    (a comma inside a name). Returns ``typed`` stripped when nothing marks a description, or
    when the cut would leave nothing. Never raises.
    """
    text = " ".join(typed.split())
    cut = _DESCRIPTION.search(text)
    name = text[: cut.start()] if cut else text
    name = name.strip(" ,;:-–—")
    return name or text.strip()


# Filler a student types after the area they mean: "podcast stuff", "data things and all",
# "UX research or something like that".
_FILLER = lazy(
    r"(?:\s*,?\s+(?:and|or)\s+(?:all(?:\s+(?:of\s+)?that)?|stuff|things|so\s+on|that|everything)"
    r"(?:\s+like\s+that)?"
    r"|\s*,?\s+(?:or\s+)?(?:something|stuff|things|anything)\s+like\s+that"
    r"|\s+like\s+that"
    r"|\s+(?:stuff|things|thingy|thingies|etc\.?|and\s+so\s+on|kind\s+of\s+thing)"
    r"|\s*\b(?:lol|haha|tbh|idk)\b)+\s*$",
    re.I,
)
_FILLER_WORD = lazy(r"\b(?:stuff|things?|thingy)\b", re.I)
# A target said as what they would be doing: "working directly with public-sector clients",
# "doing research on ...", "to build dashboards".
_VERB_LED = lazy(
    r"^(?:to\s+|be\s+)?(?P<verb>working|work|doing|do|helping|help|building|build|writing|"
    r"write|making|make|running|run|designing|design|leading|lead|managing|manage|teaching|"
    r"teach|talking|talk|analysing|analyzing|analyse|analyze|creating|create|planning|plan)"
    r"\s+(?:(?:directly|closely|mostly|mainly|more|hands-on)\s+)?(?P<rest>.+)$",
    re.I,
)
# A word a noun phrase (an area of work) can end on and still be said after "in" or "leads".
_BARE_SINGULAR = frozenset(
    ["podcast", "game", "app", "newsletter", "campaign", "event", "documentary"]
)
# A typed team: "the podcast studio team", "your grid operations team".
_TEAM = lazy(r"\b(?:the|your|their|its)\s+((?:[A-Za-z][\w&-]*\s+){1,3}team)\b", re.I)
_NOT_A_TEAM = frozenset(
    ["same", "whole", "other", "right", "wrong", "entire", "new", "old", "best"]
)


def target_area(typed: str) -> str:
    """The better fit as an area phrase for lines like "I'm at my best in {target}" or
    "Is there someone in {target} ...?": filler dropped ("podcast stuff" -> "podcasts",
    "UX research and all that" -> "UX research"). Returns "" when what was typed is not a
    noun phrase that can be said there: verb-led ("working directly with public-sector
    clients"; see ``target_work``) or nothing left once the filler is gone."""
    text = " ".join(typed.split()).rstrip(" .!?;,")
    text = _FILLER.sub("", text).strip(" ,;")
    if not text or _FILLER_WORD.search(text) or _VERB_LED.match(text):
        return ""
    words = text.split()
    if len(words) == 1 and words[0].casefold() in _BARE_SINGULAR:
        return words[0] + "s"  # "podcast" -> "podcasts": an area, not one episode
    return text


def target_work(typed: str) -> str:
    """A verb-led better fit as the work it names, for "I'm at my best doing {that_work}" and
    "Is there someone doing {that_work} here ...?": "working directly with public-sector
    clients" -> "work with public-sector clients". "" when the target is not verb-led or has
    filler left in it."""
    text = " ".join(typed.split()).rstrip(" .!?;,")
    text = _FILLER.sub("", text).strip(" ,;")
    found = _VERB_LED.match(text)
    if not found or _FILLER_WORD.search(text):
        return ""
    verb = found.group("verb").casefold()
    rest = found.group("rest")
    if verb.startswith("work"):
        return f"work {rest}" if re.match(r"(?i)(with|on|for|in)\b", rest) else ""
    return ""


def team_named(answers: Iterable[str]) -> str:
    """The team the student named themselves in the round ("the podcast studio team" ->
    "podcast studio team"), from their own answers, latest first; "" when none names one."""
    for text in reversed(list(answers)):
        for found in _TEAM.finditer(text):
            team = found.group(1)
            if team.split()[0].casefold() not in _NOT_A_TEAM and not _FILLER_WORD.search(team):
                return " ".join(team.split())
    return ""


# Where a typed reason runs on: a comma or "and" before a new clause ("..., they reduce the
# sugar", "... and I read the report"), or an evaluative tail ("very impressive for me", "so
# cool", "lol").
_RUN_ON = lazy(
    r"\s*(?:[,;]\s*(?:and\s+|but\s+|so\s+)?|\s-\s|\.\s+|\s+(?:and|but|so)\s+)"
    r"(?=(?:i|they|we|he|she|it|i've|i'm|they're|they've|it's)\b)",
    re.I,
)
_EVALUATIVE = lazy(
    r"\s*,?\s*(?:(?:very|so|really|super|quite)\s+)?(?:impressive|cool|amazing|nice|great|"
    r"awesome|interesting|inspiring)(?:\s+(?:for|to)\s+me)?\s*[.!]*$|\s*\b(?:lol|haha|tbh)\b\s*$",
    re.I,
)
_POSSESSIVE = lazy(r"^(?:their|its|the company's|the company’s)\s+", re.I)
_NOUN_START = lazy(r"^(?:their|its|the|your)\s+\w", re.I)


def draws_reason(typed: str) -> str:
    """The first clean clause of what draws them, said to the company, when what they typed
    runs on past it: "their new oat yogurt line, they reduce the sugar 40% and I read the
    sustainability report of them last month, very impressive for me" -> "your new oat yogurt
    line". Nothing after the first clause is turned to "you" ("of them" is never "of you").
    Returns "" when nothing runs on (the whole reason is the caller's to shape) or when the
    first clause is no noun phrase of theirs."""
    whole = " ".join(typed.split()).rstrip(" .!?")
    text = _EVALUATIVE.sub("", whole).rstrip(" ,.!?")
    cut = _RUN_ON.search(text)
    if not cut and text == whole:
        return ""
    if not cut:  # a tail cut off ("..., the drone shots are sick lol"): its first clause only
        cut = re.search(r"\s*[,;]\s", text)
    first = text[: cut.start()] if cut else text
    first = first.strip(" ,;")
    if not _NOUN_START.match(first) or len(first.split()) < 3:
        return ""
    first = _POSSESSIVE.sub("your ", first)
    return first[0].lower() + first[1:] if first[:4] in ("The ", "Your") else first


def settle(values: MutableMapping[str, str], ctx: Context) -> None:
    """``values`` (the stronger version's slots, see ``flows.pivot.feedback``) made sayable
    in place from ``ctx`` (what was typed at setup): the company's name without a
    description; the better fit (already in its short form) as an area phrase
    (``target_area``), or, when it was typed with filler or as a description and the student
    named a team in the round, that team as {that_team} with no {target}; a verb-led fit as {that_work} with no {target}; what draws
    them cut to its first clean clause when it ran on (``draws_reason``)."""
    if values.get("company"):
        values["company"] = company_name(values["company"])
    short = values.get("target", "")
    if ctx.target and short:
        area = target_area(short)
        values["target"] = area
        # Their own team name stands in for a fit typed as a description or with filler.
        typed = " ".join(ctx.target.split()).rstrip(" .!?;,")
        team = team_named(text for _, text in ctx.earlier) if target_area(typed) != typed else ""
        if team and not (area and area.casefold().rstrip("s") in team.casefold()):
            values["target"] = ""  # their own team, not the same area said again
            values["that_team"] = f"the {team}"
        elif not area and (work := target_work(short)):
            values["that_work"] = work
    if ctx.draws and (reason := draws_reason(ctx.draws)):
        values["draws"] = reason
        values.pop("draws_typed", None)
        values.pop("draws_earlier", None)
