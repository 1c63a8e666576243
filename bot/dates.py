"""Dates people type ("next thursday at 2pm", "end of next week"), read in their own time zone.

A thin layer over dateparser: it reads the date and the time; this module first rewrites the
few phrases dateparser gets wrong or refuses, and says whether a time was actually given.

- ``next <weekday>`` is that day of next week (on a Wednesday, "next Thursday" is eight days
  away, not tomorrow; "this Thursday" or "Thursday" is tomorrow);
- ``end of this/next week`` is its Friday; ``end of the month`` its last weekday;
- ``next week``, ``this week``, ``the week after next`` name no day: :func:`parse` returns the
  week (``When.week``) so the caller can offer its days as buttons rather than guess;
- ``in two weeks``, ``two weeks from today``, ``a week today`` count from today;
- ``the 3rd`` is the next 3rd of a month; ``at 2`` is 2 pm (1 to 7 are afternoon hours);
- a time (``2pm``, ``14:30``, ``noon``, ``morning 11``, ``tomorrow 9``) is kept; a part of
  the day (``tomorrow afternoon``) is kept as that word;
- texting shorthand (``tmrw``, ``2moro``) and what leads up to the date (``she said``, ``by``)
  are read past;
- ``4/12`` is read the way the student's country writes dates: month first only in a zone of
  the United States (and the few other month-first countries), day first everywhere else;
- a weekday may be shortened (``thu``, ``thur``, ``thurs``, ``tues``, ``weds``, ``fri`` ...);
- the question gives the direction: asked about a day gone (``past=True``: "when was it?"), a
  day and month without a year ("27 nov") or a weekday is the most recent one, today or
  earlier; asked about one to come, the next one, today or later: a weekday alone that names
  today ("wednesday" on a Wednesday) is today either way, unless the question asks by when
  something is still to happen (``ahead=True``: "by when?"), where it is next week's;
- asked about a day counted from another one (``since``: what was said at an interview),
  ``in two weeks``, ``end of next week``, ``friday`` count from that day; when that reads
  differently from today, ``When.since`` says so, for the caller to echo the date understood;
- a day said in the past tense ("it was monday", "the interview was on the 3rd", "two days
  ago") is read as a day gone, whatever the question: "was" does not mean next Monday;
- a wait said inside a sentence ("they said results in 10 days", "should hear back within
  two weeks", "in about 5 working days") is read as that many days, weeks or months on
  (working days skip weekends), when the sentence as a whole is not a date;
- a date more than two years away (``4 december morning 11`` read as the year 2111) is not a
  date anyone means here: it is refused, so the question is asked again.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from bot.patterns import lazy

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
PARTS = {"morning": "morning", "afternoon": "afternoon", "evening": "evening", "tonight": "evening"}
_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}

_DAY = "|".join(DAYS)
_WEEK = lazy(
    r"(?:(?:some ?time|sometime|early|mid|late|later|during|in)\s+)?"
    r"(?:(?P<which>next|this|the following|the)\s+week|(?:the\s+)?week\s+after\s+next)"
)
_END_WEEK = lazy(r"(?:the\s+)?end\s+of\s+(?P<which>next|this|the)\s+week")
_END_MONTH = lazy(r"(?:the\s+)?end\s+of\s+(?P<which>next|this|the)\s+month")
_NEXT_DAY = lazy(rf"\bnext\s+({_DAY})\b")
_FROM_TODAY = lazy(
    r"\b(?P<n>\d+|a|one|two|three|four|five|six)\s+(?P<unit>days?|weeks?|months?)\s+"
    r"(?:from\s+(?:today|now)|today)\b"
)
_FROM_NOW = lazy(r"\bfrom\s+(?:today|now)\b|\ba\s+week\s+today\b", re.I)
_IN_WORDS = lazy(r"\bin\s+(?P<n>a|one|two|three|four|five|six)\s+(?P<unit>days?|weeks?|months?)\b")
# A wait said anywhere in a sentence: "results in 10 days", "within two weeks", "in about 5
# working days", "in a couple of weeks".
_WAIT = lazy(
    r"\b(?:in|within)\s+(?:about\s+|around\s+|roughly\s+|another\s+|the\s+next\s+)?"
    r"(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+couple\s+of|a\s+couple)"
    r"\s+(?P<working>working\s+|business\s+)?(?P<unit>days?|weeks?|months?)\b"
)
_WAIT_NUMBERS = {
    **{"an": 1, "seven": 7, "eight": 8, "nine": 9, "ten": 10},
    "a couple of": 2,
    "a couple": 2,
}
# Words that put the day said in the past: "it was monday", "we met on the 3rd", "2 days ago".
_PAST_TENSE = lazy(
    r"\b(?:was|were|went|happened|had\s+(?:it|the\s+interview)|met|did\s+it)\b|\bago\b"
)
# What leads up to a day said in the past: "we had it", "i went", "it happened".
_PAST_LEAD = lazy(
    r"^(?:(?:we|i|they)\s+(?:had\s+(?:it|the\s+interview|the\s+call)|met|went|did\s+it|spoke)"
    r"|(?:it|the\s+interview|the\s+call)\s+happened)\s+(?:on\s+)?"
)
_NTH = lazy(r"^(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)$")
_OCLOCK = lazy(r"(?:\bat\s+)?\b(\d{1,2})\s*o\s*['’]?\s*clock\b")
_BARE_HOUR = lazy(r"\bat\s+(\d{1,2})(?!\s*(?::|\.|\d|am|pm|a\.m|p\.m|o'?clock))\b")
_CLOCK = lazy(r"\d\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}[:.]\d{2}|\bnoon\b|\bmidday\b|o'?clock")
_MIDNIGHT = lazy(r"\bmidnight\b|\b0?0[:.]00\b|\b12\s*am\b")
_LEAD = lazy(
    r"^(?:(?:she|he|they|we|i|someone|the recruiter) (?:said|says|told me|mentioned)"
    r"(?: it'?s| it is| it would be| it'?ll be)?\s+)?"
    r"(?:(?:(?:it|that|the interview) (?:was|is|will be)|it's|it is|its|it'll be|the interview's)"
    r"(?: on)?|on|at|by|before|around|maybe|probably)?\s*"
)
# Words said before the date that are not part of it: an apology or a start ("sorry it is on
# ...", "oh its on ..."), and "coming" before a weekday ("coming wednesday", "this coming
# Friday": the next one, as the weekday alone).
_APOLOGY = lazy(r"^(?:(?:sorry|soz|sry|oops|oh|ok|okay|so|actually|um+|uh+|well)\b[,.!\s]*)+")
_COMING = lazy(rf"\b(?:this\s+)?(?:up)?coming\s+(?=(?:{_DAY})\b)")
_SHORTHAND = {
    r"\b(?:tmrw|tmr|tmw|tmrrw|tmorrow|tomorow|tommorow|tommorrow|2moro|2morrow)\b": "tomorrow",
    r"\b(?:tdy|2day)\b": "today",
    r"\b(?:yday|ydy|yda|ystrday|ystrdy|yest|yestrday|yesterdy|yesturday|yestarday)\b": "yesterday",
    r"\bnxt\b": "next",
    # Weekdays shortened ("thurs at 2pm", "weds"): dateparser knows only some of these.
    r"\bmon\b": "monday",
    r"\b(?:tue|tues)\b": "tuesday",
    r"\b(?:wed|weds)\b": "wednesday",
    r"\b(?:thu|thur|thurs|thrs)\b": "thursday",
    r"\bfri\b": "friday",
    r"\bsat\b": "saturday",
    r"\bsun\b": "sunday",
    r"\bwk\b": "week",
    r"\bmrng\b": "morning",
    r"\baftn\b": "afternoon",
}
# A weekday before a full date ("friday dec 11", "fri, 11 december") says nothing more.
_DAY_BEFORE_DATE = lazy(
    r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?,?\s+"
    r"(?=(?:\d{1,2}(?:st|nd|rd|th)?\s+|\d{1,2}/\d{1,2}\b)?"
    r"(?:\d{1,2}/|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
)
# A weekday said in any common short form ("fri", "thurs", "weds", "friday").
_WEEKDAY_ABBR = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WEEKDAY = lazy(r"\b(mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|r|rs|rsday|urday|\.)?\b")
# "morning 11", "11 in the morning": an hour said with its part of the day.
_PART_HOUR = lazy(r"\b(morning|afternoon|evening)\s+(?:at\s+)?(\d{1,2})(?![\d:.])(?!\s*(?:am|pm))")
_HOUR_PART = lazy(r"\b(\d{1,2})\s+(?:in\s+the\s+)?(morning|afternoon|evening)\b")
# "tomorrow 9": a bare hour straight after today or tomorrow ("friday 10" may be the 10th).
_DAY_HOUR = lazy(r"\b(today|tomorrow|tonight)\s+(\d{1,2})(?![\d:./])(?!\s*(?:am|pm|st|nd|rd|th))")
# Zones of the countries that write the month first (4/12 is 12 April there).
_MONTH_FIRST = ("US", "PH", "BZ", "FM", "MH", "PW", "GU", "AS", "MP", "PR", "VI", "UM")
_US_FALLBACK = lazy(
    r"America/(?:New_York|Chicago|Denver|Los_Angeles|Phoenix|Anchorage|Detroit|Boise|Juneau"
    r"|Adak|Nome|Sitka|Yakutat|Metlakatla|Menominee|Indiana/.*|Kentucky/.*|North_Dakota/.*)"
    r"|Pacific/Honolulu|US/.*"
)
FAR = timedelta(days=2 * 366)


@dataclass(frozen=True)
class When:
    """What a typed date meant: ``day``; the clock ``time`` if one was given; the ``part`` of
    the day ("morning", "afternoon", "evening") if only that was; or ``week``: a whole week,
    ``day`` being its Monday. ``since``: the day a relative date ("in two weeks") was counted
    from, when it was not today and reading it from today would give another day."""

    day: date
    time: time | None = None
    part: str | None = None
    week: bool = False
    since: date | None = None
    passed_over: date | None = None

    def answer(self) -> dict[str, Any]:
        """The keyword arguments of an ``answer`` trigger: ``date`` (ISO), and ``time``
        (``HH:MM``), ``part`` and ``since`` (ISO) when given."""
        out: dict[str, Any] = {"date": self.day.isoformat()}
        if self.time is not None:
            out["time"] = self.time.strftime("%H:%M")
        if self.part is not None:
            out["part"] = self.part
        if self.since is not None:
            out["since"] = self.since.isoformat()
        if self.passed_over is not None:
            out["passed_over"] = self.passed_over.isoformat()
        return out


# Chat fillers typed around an answer ("tmrw lol", "4 tbh", "idk maybe friday"): not part of it.
_FILLERS = lazy(
    r"(?<![\w'])(?:lol|lmao|lmfao|rofl|haha+|hehe+|tbh|idk|imo|imho|pls|plz|please|omg|ngl|"
    r"fr|xd|i\s+think|i\s+guess|maybe|probably|prob|hopefully|ish)(?![\w'])"
    r"|[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200d]+|[:;]-?[)(dp]",
    re.I,
)
# "next week wednesday", "wednesday next week": next week's Wednesday.
_DAY_NEXT_WEEK = lazy(rf"\bnext\s+week\s+(?:on\s+)?({_DAY})\b|\b({_DAY})\s+(?:of\s+)?next\s+week\b")
# A day and month written out ("9 december", "december 9th"): said together with a weekday or
# "next week", the date is what counts.
_DAY_MONTH = lazy(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\b(?:\s+\d{4})?|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+"
    r"\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+\d{4})?"
)

# A day said inside a sentence, with what goes with it: "next friday", "sunday at 3pm",
# "tomorrow morning", "the end of next week".
_DAY_INSIDE = lazy(
    rf"\b(?:(?:the\s+)?end\s+of\s+(?:next|this|the)\s+(?:week|month)"
    rf"|(?:(?:next|this|coming)\s+)?(?:{_DAY})(?:\s+(?:of\s+)?next\s+week)?|tomorrow|today|tonight)"
    r"(?:\s+(?:morning|afternoon|evening))?"
    r"(?:\s+(?:at\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}[:.]\d{2}|noon|midday))?"
)

# A clock time said with a date ("at 11am", "14:30", "noon").
_TIME_SAID = lazy(
    r"(?:\bat\s+)?(\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}[:.]\d{2}|noon|midday)"
)


def strip_fillers(text: str) -> str:
    """``text`` without chat fillers, hedges and emoji around an answer: "tmrw lol" -> "tmrw",
    "4 tbh" -> "4", "idk maybe friday??" -> "friday"; spaces and stray end marks tidied."""
    t = _FILLERS.sub(" ", text)
    t = re.sub(r"\s+", " ", t).strip(" ,;-")
    return re.sub(r"([?!.])[?!.]+$", r"\1", t)


def parse(
    text: str,
    now: datetime,
    *,
    past: bool = False,
    since: date | None = None,
    ahead: bool = False,
) -> When | None:
    """What ``text`` means as a date, seen from ``now`` (the person's local time, aware or
    naive); None when it is not a date. Chat fillers around it are ignored ("tmrw lol").

    ``past``: the question is about a day gone ("when was it?"): a day and month without a
    year, or a weekday, is the latest such day up to today, not the next one. ``since``: the
    question is about what was said on that day (an interview): relative dates count from it
    ("in two weeks" said on Friday 27 November is Friday 11 December, whenever it is typed),
    and the result's ``since`` is set when reading it from today would give another day.
    ``ahead``: the question asks by when something is still to happen ("by when?"): a weekday
    alone naming today's ("friday" on a Friday) is next week's, where any other question reads
    it as today. A question counted from a day (``since``) asks about one to come all the same."""
    ahead = ahead or since is not None
    if since is None or since == now.date() or _FROM_NOW.search(text):
        # "two weeks from today" counts from today all the same.
        return _passed_over(text, _parse(text, now, past, ahead), now.date(), past)
    then = (
        datetime.combine(since, now.timetz()) if now.tzinfo else datetime.combine(since, now.time())
    )
    counted = _parse(text, then, past, ahead)
    plain = _parse(text, now, past, ahead)
    if counted is None or counted == plain:
        return plain
    return replace(counted, since=since)


def _expanded(t: str) -> str:
    """``t`` (lower case) with its date shorthand written out ("tmrw" -> "tomorrow")."""
    for short, word in _SHORTHAND.items():
        t = re.sub(short, word, t)
    return t


def _passed_over(text: str, when: When | None, today: date, past: bool) -> When | None:
    """``when`` read from "next friday" said while this week's Friday is still ahead (on a
    Monday): the Friday of next week, with ``passed_over`` this week's, for the caller to say
    which one was taken ("next week's Friday, not this one"); ``when`` unchanged otherwise."""
    if when is None or past or when.week:
        return when
    found = _NEXT_DAY.search(_expanded(strip_fillers(text).casefold()))
    if found is None:
        return when
    this_one = _monday(today) + timedelta(days=DAYS.index(found.group(1)))
    if this_one > today and when.day == this_one + timedelta(days=7):
        return replace(when, passed_over=this_one)
    return when


_DOT_TIME = lazy(
    r"(?P<at>\bat\s+)?\b(?P<h>\d{1,2})\.(?P<m>[0-5]\d)(?!\d)(?(at)|(?=\s*(?:am|pm|a\.m|p\.m)))"
)


# A weekday alone, once what leads up to it is read past ("on wed", "it's on Wednesday").
_BARE_DAY = lazy(rf"(?:this\s+)?({_DAY})")


def _parse(text: str, now: datetime, past: bool, ahead: bool = False) -> When | None:
    today = now.date()
    t = re.sub(r"\s+", " ", strip_fillers(text).casefold()).rstrip(".!?")
    # "10.30 am", "at 9.15": a dot between hour and minutes is a time, as "10:30" (never a day
    # and month: only with am/pm after it or "at" before it).
    t = _DOT_TIME.sub(lambda m: f"{m['at'] or ''}{m['h']}:{m['m']}", t)
    past = past or bool(_PAST_TENSE.search(t))
    t = _APOLOGY.sub("", t, count=1)
    t = _PAST_LEAD.sub("", t, count=1)
    t = _COMING.sub("", _expanded(t))
    told = _DAY_MONTH.search(t)
    # "fri 27 nov": the weekday said picks the year when the next 27 November is no Friday.
    said_day = _WEEKDAY.search(t) if told and not re.search(r"\b\d{4}\b", t) else None
    if told and re.search(rf"\bweek\b|\b{_DAY}\b", t):
        # "wednesday next week, 9 december": the date given, and the time if one was.
        clock = _TIME_SAID.search(t[told.end() :]) or _TIME_SAID.search(t[: told.start()])
        t = told.group() + (f" at {clock.group(1)}" if clock else "")
    t = _DAY_NEXT_WEEK.sub(lambda m: f"next {m.group(1) or m.group(2)}", t)
    t = _LEAD.sub("", t, count=1).strip()
    if not t or t.isdigit():  # a number alone is a button's number or a score, not a date
        return None
    bare = _BARE_DAY.fullmatch(t)
    if bare and not ahead and DAYS.index(bare.group(1)) == today.weekday():
        # "wednesday" on a Wednesday: today, asked when an interview was or is (dateparser
        # gives the one a week away, back or ahead); a "by when" question (``ahead``) means
        # next week's.
        return When(today)
    try:
        return When(date.fromisoformat(t))  # no language model needed for ISO dates
    except ValueError:
        pass
    special = _special(t, today, past)
    if special is not None:
        return special
    said = t
    t = _rewrite(t, today)
    order = "MDY" if month_first(now.tzinfo) else "DMY"
    moment = _dateparser(t, now, order, past)
    if moment is None:
        waited = _wait(t, today)
        if waited is not None:
            return waited
        # A day said inside a sentence ("they'll decide by sunday", "hr said probably next
        # friday afternoon"): the day, read on its own.
        inside = _DAY_MONTH.search(said) or _DAY_INSIDE.search(said)
        if inside is not None and inside.group().strip() != said:
            return _parse(inside.group(), now, past, ahead)
    if past and moment is not None and (today - moment.date()).days > 183:
        # "2 dec" typed on 30 November is two days ahead, not a year gone: the caller says
        # it is still to come, rather than taking a day no one meant.
        coming = _dateparser(t, now, order)
        if coming is not None and 0 < (coming.date() - today).days <= 31:
            moment = coming
    if (
        not past
        and moment is not None
        and moment.date().year == today.year + 1
        and (moment.month, moment.day) == (today.month, today.day)
        and not re.search(r"\b\d{4}\b", t)
    ):
        # Today's own date ("25 november" on 25 November), read as a day to come: dateparser
        # counts today after midnight as gone and gives next year's. It is today.
        moment = moment.replace(year=today.year)
    if moment is None or abs(moment.date() - today) > FAR:
        return None
    # A time the text gave comes back the same whatever the clock says now; a time dateparser
    # filled in from "now" moves with it.
    later = now.replace(hour=(now.hour + 7) % 24, minute=(now.minute + 17) % 60)
    other = _dateparser(t, later, order, past)
    given = other is not None and other.time() == moment.time()
    if given and moment.time() == time(0) and not _MIDNIGHT.search(t):
        given = False  # "friday" comes back at midnight: no time was said
    day = moment.date()
    if said_day is not None:
        day = _year_of_weekday(day, _WEEKDAY_ABBR.index(said_day.group(1)), today)
    part = next((PARTS[w] for w in PARTS if re.search(rf"\b{w}\b", t)), None)
    if part is not None and not _CLOCK.search(t):
        return When(day, part=part)
    return When(day, moment.time() if given else None)


def _year_of_weekday(day: date, weekday: int, today: date) -> date:
    """``day`` (a day and month read without a year) moved to the year next to it where it
    falls on the ``weekday`` said, the nearer to ``today`` first ("fri 27 nov" typed on 1
    December 2026 is Friday 27 November 2026, not Saturday 27 November 2027); unchanged when
    it already does or when neither neighbouring year fits."""
    if day.weekday() == weekday:
        return day
    tried = []
    for year in (day.year - 1, day.year + 1):
        try:
            tried.append(day.replace(year=year))
        except ValueError:  # 29 February
            continue
    fits = [d for d in tried if d.weekday() == weekday]
    return min(fits, key=lambda d: abs(d - today)) if fits else day


def month_first(zone: tzinfo | None) -> bool:
    """Whether people in ``zone`` (a ``zoneinfo`` zone; None or a fixed offset: no) write the
    month first, as in the United States: ``4/12`` is then 12 April, elsewhere 4 December."""
    key = getattr(zone, "key", None)
    if not isinstance(key, str):
        return False
    countries = _zone_countries()
    if countries:
        return countries.get(key) in _MONTH_FIRST
    return _US_FALLBACK.fullmatch(key) is not None


_COUNTRIES: dict[str, str] = {}


def zone_country(key: str | None) -> str | None:
    """The country (ISO 3166 alpha-2) of an IANA zone, from the tz database's ``zone.tab``
    ("America/Los_Angeles" -> "US", "Asia/Kolkata" -> "IN"); None for a zone no one country
    has (UTC, a fixed offset) or when the table cannot be read."""
    return _zone_countries().get(key) if key else None


def _zone_countries() -> dict[str, str]:
    """Zone name -> country code, from the tz database's ``zone.tab`` (the ``tzdata`` package's
    copy, or the system's); empty if neither can be read."""
    if _COUNTRIES:
        return _COUNTRIES
    texts: list[str] = []
    try:
        from importlib.resources import files

        texts.append(files("tzdata").joinpath("zoneinfo", "zone.tab").read_text())
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        pass
    for path in ("/usr/share/zoneinfo/zone.tab",):
        try:
            with open(path, encoding="utf-8") as f:
                texts.append(f.read())
        except OSError:
            pass
    for text in texts:
        for line in text.splitlines():
            if line and not line.startswith("#"):
                fields = line.split("\t")
                if len(fields) >= 3:
                    _COUNTRIES.setdefault(fields[2], fields[0])
    return _COUNTRIES


def week_days(monday: date, today: date) -> list[date]:
    """The working days (Monday to Friday) of the week starting ``monday`` still ahead of
    ``today``."""
    return [d for d in (monday + timedelta(days=i) for i in range(5)) if d > today]


def describe(day: date, at: time | None = None, part: str | None = None) -> str:
    """``Thursday 3 December 2026, 2 pm`` (or ``..., afternoon``; the day alone without either)."""
    text = day.strftime("%A %-d %B %Y")
    if at is not None:
        return f"{text}, {say_time(at)}"
    return f"{text}, {part}" if part else text


def say_time(at: time) -> str:
    """``2 pm``, ``2:30 pm``, ``noon``, ``midnight``."""
    if at.minute == 0 and at.hour in (0, 12):
        return "midnight" if at.hour == 0 else "noon"
    hour = at.hour % 12 or 12
    minutes = f":{at.minute:02d}" if at.minute else ""
    return f"{hour}{minutes} {'am' if at.hour < 12 else 'pm'}"


def day_button(day: date) -> str:
    """A day as a short button label: ``Thu 3 Dec``."""
    return day.strftime("%a %-d %b")


# -- the phrases dateparser needs help with ----------------------------------------------------


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _special(t: str, today: date, past: bool = False) -> When | None:
    """Whole weeks, ends of weeks and months, and "the 3rd" (the latest 3rd up to today when
    ``past``): None for anything else."""
    this_monday = _monday(today)
    match = _END_WEEK.fullmatch(t)
    if match:
        friday = this_monday + timedelta(days=4)
        if match["which"] == "next" or friday < today:
            friday += timedelta(days=7)
        return When(friday)
    match = _END_MONTH.fullmatch(t)
    if match:
        year, month = today.year, today.month
        if match["which"] == "next":
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        last = date(year, month, calendar.monthrange(year, month)[1])
        while last.weekday() > 4:
            last -= timedelta(days=1)
        return When(last)
    match = _WEEK.fullmatch(t)
    if match:
        which = match["which"]
        if which is None:  # the week after next
            return When(this_monday + timedelta(days=14), week=True)
        if which == "this" and week_days(this_monday, today):
            return When(this_monday, week=True)
        return When(this_monday + timedelta(days=7), week=True)
    match = _NTH.fullmatch(t)
    if match:
        n = int(match.group(1))
        year, month = today.year, today.month
        step = -1 if past else 1
        for _ in range(13):
            if n <= calendar.monthrange(year, month)[1]:
                day = date(year, month, n)
                if (day <= today) if past else (day >= today):
                    return When(day)
            month += step
            year, month = (
                (year + 1, 1) if month == 13 else (year - 1, 12) if month == 0 else (year, month)
            )
    return None


def _wait(t: str, today: date) -> When | None:
    """The day a wait said inside a sentence ends ("results in 10 days": ten days from
    ``today``; "in 5 working days": five weekdays on); None when ``t`` says no wait."""
    match = _WAIT.search(t)
    if match is None:
        return None
    said = re.sub(r"\s+", " ", match["n"])
    n = int(said) if said.isdigit() else _WAIT_NUMBERS.get(said) or _NUMBERS.get(said)
    if not n:
        return None
    unit = match["unit"].rstrip("s")
    if unit == "month":
        year, month = divmod(today.month - 1 + n, 12)
        year += today.year
        last = calendar.monthrange(year, month + 1)[1]
        return When(date(year, month + 1, min(today.day, last)))
    if unit == "week":
        return When(today + timedelta(weeks=n))
    if not match["working"]:
        return When(today + timedelta(days=n))
    day = today
    while n:
        day += timedelta(days=1)
        n -= day.weekday() < 5
    return When(day)


def _rewrite(t: str, today: date) -> str:
    """Rewrite what dateparser reads differently from people into what it reads right."""
    next_monday = _monday(today) + timedelta(days=7)

    def next_day(match: re.Match[str]) -> str:
        day = next_monday + timedelta(days=DAYS.index(match.group(1)))
        return day.strftime("%-d %B %Y")

    def count(match: re.Match[str]) -> str:
        n = match["n"]
        return f"in {_NUMBERS.get(n, n)} {match['unit']}"

    def part_hour(match: re.Match[str], h: int, part: str) -> str:
        if not 1 <= h <= 12:
            return match.group(0)
        return f"at {h}{'am' if part == 'morning' and h != 12 else 'pm'}"

    # "10 o clock", "10 oclock", "at 6 o'clock": the hour, read as any hour said with "at"
    # (with its part of the day when one is said: "morning 10 o clock" is 10 am).
    t = _OCLOCK.sub(lambda m: f"at {m.group(1)}", t)
    t = _PART_HOUR.sub(lambda m: part_hour(m, int(m.group(2)), m.group(1)), t)
    t = _HOUR_PART.sub(lambda m: part_hour(m, int(m.group(1)), m.group(2)), t)
    t = _DAY_HOUR.sub(lambda m: f"{m.group(1)} at {m.group(2)}", t)
    t = _NEXT_DAY.sub(next_day, t)
    t = _DAY_BEFORE_DATE.sub("", t)
    t = _FROM_TODAY.sub(count, t)
    t = re.sub(r"\ba week today\b", "in 1 week", t)
    t = _IN_WORDS.sub(count, t)

    def hour(match: re.Match[str]) -> str:
        h = int(match.group(1))
        if not 1 <= h <= 12:
            return match.group(0)
        return f"at {h}{'pm' if h <= 7 or h == 12 else 'am'}"

    return _BARE_HOUR.sub(hour, t)


def _dateparser(
    text: str, now: datetime, order: str = "DMY", past: bool = False
) -> datetime | None:
    settings: dict[str, Any] = {
        "RELATIVE_BASE": now.replace(tzinfo=None),
        "PREFER_DATES_FROM": "past" if past else "future",
        "DATE_ORDER": order,
    }
    try:
        import dateparser  # its language data takes ~30 ms to load: only when a date is typed

        return dateparser.parse(text, languages=["en"], settings=settings)
    except (ValueError, OverflowError):
        return None


# Where a day or a time typed after something else starts ("stripe, tmrw 2pm", "Acme on
# friday", "Northwind next week", "Bank of America at 2pm", "Lumen 10.30"): after a comma, a
# dash or a space, a word only a date or a time starts with. A weekday shortened to a word
# that is also a name ("Sun", "Sat", "Mon", "Wed") counts only after "on" or a comma.
_SHORT_DAY = r"(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)\.?"
_WHEN_WORD = (
    rf"(?:(?:this|next|coming|last|the\s+week\s+after)\s+)?(?:{_DAY})|thurs|tues|weds"
    r"|(?:this|next|coming|last|the\s+week\s+after)\s+(?:week|month|wk)"
    r"|the\s+week\s+after\s+next|yesterday|yday|ydy|yest|(?:a|one|two|three|\d)\s+(?:days?|weeks?)\s+ago"
    r"|(?:the\s+)?end\s+of\s+(?:this|next|the)\s+(?:week|month)"
    r"|today|tonight|tomorrow|tmrw|tmr|tmw|tmrrw|tmorrow|tomorow|tommorow|tommorrow|2moro|2morrow"
    r"|tdy|2day|in\s+(?:a|one|two|three|four|five|six|\d)\s+(?:days?|weeks?)"
    r"|\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}[:.]\d{2}|noon|midday"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}"
    r"(?:st|nd|rd|th)?|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{4}-\d{2}-\d{2}|the\s+\d{1,2}(?:st|nd|rd|th)"
)
_WHEN_AFTER = lazy(
    r"(?:\s*,\s*|\s+[-–—]\s+|\s+)(?P<when>(?:(?:on|at|for|by)\s+)?(?:" + _WHEN_WORD + r")\b"
    r"|(?:on\s+|(?<=,)\s*)" + _SHORT_DAY + r"(?!\w)|at\s+\d{1,2}(?:\s*o['’]?clock)?\s*$)",
    re.I,
)


def when_after(text: str, now: datetime | None = None) -> tuple[str, str]:
    """``text`` (a name typed with a day or a time after it) as ``(before, when)``:
    ("stripe", "tmrw 2pm") of "stripe, tmrw 2pm", ("Acme", "on friday") of "Acme on friday",
    ("Bank of America", "at 2pm"), ("Lumen", "10.30"); ``(text, "")`` when nothing after a
    name reads as a day or a time ("Friday Pictures", "Forever 21", "Sun Life"). What follows
    the first date word must read, as a whole, as a date or a time (:func:`parse`, seen from
    ``now``, the person's local time; the computer's clock when None)."""
    moment = now or datetime.now()
    for found in _WHEN_AFTER.finditer(text):
        before = text[: found.start()].strip(" ,;-–—")
        when = text[found.start("when") :].strip(" ,;.!")
        if not before or not any(ch.isalpha() for ch in before):
            continue
        bare = re.sub(r"^(?:on|at|for|by)\s+", "", when, flags=re.I)
        if bare == when and _TITLED_DAY.match(when) and not found.group().startswith((",", " -")):
            continue  # "USA Today": a name's own word, typed with its capital
        if parse(bare, moment) is not None or _CLOCK_ONLY.fullmatch(bare):
            return before, when
    return text, ""


_TITLED_DAY = lazy(r"(?:Today|Tonight|Tomorrow)\b")
# A time typed alone ("10.30", "2pm", "at 2"): a time even where no date is read from it.
_CLOCK_ONLY = lazy(
    r"\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?|noon|midday|\d{1,2}\s*o['’]?clock",
    re.I,
)
