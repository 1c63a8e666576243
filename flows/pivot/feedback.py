"""The coach's note on a scored answer, and a stronger version built from the user's details."""

from __future__ import annotations

import re
import string
from collections.abc import Mapping

from bot.markup import fill
from flows.pivot.rules import rules
from flows.pivot.scoring import Analysis as _Analysis
from flows.pivot.scoring import Context, Score, content

# Which gap the next step tackles first: the ask and the company carry the pivot.
_PRIORITY = ("E5", "E2", "E3", "E4", "E1", "E6", "E7", "E8")


_FIRST_PERSON = re.compile(
    r"^(?:i|we)(?:'m| am)?\s+(?:really\s+|just\s+|genuinely\s+)?"
    r"(?:love|like|admire|enjoy|drawn to|excited (?:about|by)|impressed by)\s+",
    re.I,
)


def _phrase(value: str) -> str:
    """A user value ready to sit mid-sentence: one line, no end stop, "The launch" -> "the launch"."""
    value = " ".join(re.sub(r"\\(.)", r"\1", value).split()).rstrip(".!?;,:")
    first, _, rest = value.partition(" ")
    if rest and first in {"The", "A", "An", "Their", "Its", "Your", "My", "Our"}:
        value = f"{first.lower()} {rest}"
    return value


def as_phrase(value: str) -> str:
    """What draws someone, as a noun phrase: "I love their open data" -> "their open data"."""
    phrase = _phrase(_FIRST_PERSON.sub("", value.strip()))
    # Said to the interviewer: "their launch" is "your launch".
    return re.sub(r"^their\b", "your", phrase)


def _values(ctx: Context) -> dict[str, str]:
    values = {
        name: _phrase(getattr(ctx, name)) for name in ("company", "role", "target", "evidence")
    }
    values["draws"] = as_phrase(ctx.draws)
    line = " ".join(re.sub(r"\\(.)", r"\1", ctx.last_line).split())  # quoted as said, "?" kept
    values["last_line"] = line if len(line) <= 90 else line[:88].rsplit(" ", 1)[0] + "…"
    return values


def _pick(templates: list[str], values: Mapping[str, str]) -> str:
    """Fill the first template whose fields all have a value (each value escaped by ``fill``)."""
    for template in templates:
        fields = {name for _, name, _, _ in string.Formatter().parse(template) if name}
        if all(values.get(name) for name in fields):
            return fill(template, values)
    return ""


def _next_step(result: Score, values: dict[str, str]) -> str:
    steps = content()["next_steps"]
    if result.red_flags:
        return _pick(steps[result.red_flags[0]], values)
    for level in (0, 1):
        for element in _PRIORITY:
            if result.elements[element] != level:
                continue
            if element != "E8":
                return _pick(steps[element], values)
            ideal_lo, ideal_hi = rules().by_name[result.line_kind].words[:2]
            values["ideal"] = str(ideal_hi * 2 // 3)
            reason = (
                "long"
                if result.words > ideal_hi
                else "short"
                if result.words < ideal_lo
                else "fillers"
                if len(result.fillers) >= 2
                else "apologies"
            )
            return _pick(steps[f"E8_{reason}"], values)
    return str(content()["feedback"]["ready_step"])


def feedback(result: Score, ctx: Context, text: str) -> str:
    """The coach's note in neutral markup: band, red flags, what worked in the user's own words,
    what is missing in plain words, and one concrete next step."""
    words = content()["feedback"]
    if not text.strip():
        return str(words["empty"])
    values = _values(ctx)
    band = content()["bands"][result.band]
    out = [fill(words["heading"], total=result.total, band=band["label"]), band["line"]]
    if result.red_flags:
        out += ["", words["capped"]]
        out += ["- " + fill(content()["red_flags"][flag], values) for flag in result.red_flags]
    worked: dict[str, str] = {}
    for element in ("E2", "E3", "E4", "E5", "E6", "E7", "E1"):  # the order of the pivot itself
        quote = result.quotes.get(element)
        if result.elements[element] == 2 and quote and quote not in worked.values():
            worked[element] = quote
    if worked:
        out += ["", words["worked"]]
        out += [
            fill(words["quote"], quote=quote, element=content()["elements"][e]["short"])
            for e, quote in list(worked.items())[:3]
        ]
    for key, ids in (("missing", result.missing), ("weak", result.weak)):
        if ids:  # a long list on a phone reads as a wall, so past three use the short names
            name = "missing" if len(ids) <= 3 else "short"
            items = words["joiner"].join(content()["elements"][e][name] for e in ids)
            out += ["", fill(words[key], items=items)]
    out += ["", words["next"].replace("{step}", _next_step(result, values))]
    return "\n".join(out)


def stronger_version(ctx: Context, text: str = "") -> str:
    """A better answer in neutral markup, built from the user's details; where a detail is
    missing, their own strongest sentence stands in, and failing that a plain phrase."""
    a = _Analysis(text, ctx)
    values = _values(ctx)
    named = {h.sentence for h in a.doc.find(a.cp.company)}
    if "E2" in a.at and a.points["E2"] == 2 and (a.at["E2"].sentence in named or not ctx.company):
        values["own_enthusiasm"] = a.doc.sentence(a.at["E2"].sentence)
    proof = [h for h in a.good("proof") if not a.doc.is_question(h.sentence)]
    if proof:
        values["own_proof"] = a.doc.sentence(proof[0].sentence)
    for own in ("own_enthusiasm", "own_proof"):
        if len(values.get(own, "")) > 200:  # a rambling sentence would not make it stronger
            del values[own]
    parts = content()["stronger"]
    plan = parts["plans"].get(a.kind.name, parts["plans"]["default"])
    reaction = parts["reaction"].get(a.kind.name, parts["reaction"]["unknown"])
    sentences = [_pick(reaction if part == "reaction" else parts[part], values) for part in plan]
    return " ".join(s for s in sentences if s)
