"""Dates as people type them (``bot.dates``) and time zones (``bot.zones``)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest

from bot import dates, zones
from bot.dates import When

WED = datetime(2026, 11, 25, 9, 0)  # a Wednesday, on the person's own clock


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tomorrow", When(date(2026, 11, 26))),
        ("next Tuesday", When(date(2026, 12, 1))),
        # "next" is next week's: on a Wednesday, next Thursday is eight days away (and the
        # Thursday passed over, tomorrow, is given so the echo can say which was taken) ...
        ("next thursday at 2pm", When(date(2026, 12, 3), time(14), passed_over=date(2026, 11, 26))),
        ("Next Thursday, 2pm", When(date(2026, 12, 3), time(14), passed_over=date(2026, 11, 26))),
        # ... while the bare day is the coming one.
        ("Thursday", When(date(2026, 11, 26))),
        ("end of next week", When(date(2026, 12, 4))),
        ("end of this week", When(date(2026, 11, 27))),
        ("end of the month", When(date(2026, 11, 30))),
        ("in two weeks", When(date(2026, 12, 9))),
        ("two weeks from today", When(date(2026, 12, 9))),
        ("a week today", When(date(2026, 12, 2))),
        ("tomorrow afternoon", When(date(2026, 11, 26), part="afternoon")),
        ("friday at 2", When(date(2026, 11, 27), time(14))),
        ("3 December 14:30", When(date(2026, 12, 3), time(14, 30))),
        ("on Dec 3", When(date(2026, 12, 3))),
        ("the 3rd", When(date(2026, 12, 3))),
        ("2026-12-03", When(date(2026, 12, 3))),
        ("tomorrow at noon", When(date(2026, 11, 26), time(12))),
        # A whole week names no day: its Monday, flagged so the caller offers its days.
        ("next week", When(date(2026, 11, 30), week=True)),
        ("sometime next week", When(date(2026, 11, 30), week=True)),
        ("this week", When(date(2026, 11, 23), week=True)),
        ("the week after next", When(date(2026, 12, 7), week=True)),
        ("whenever, really", None),
        ("5", None),
        ("", None),
    ],
)
def test_dates_people_type(text: str, expected: When | None) -> None:
    assert dates.parse(text, WED) == expected


def test_a_date_is_read_on_the_persons_own_clock() -> None:
    # 04:00 UTC on Thursday is still Wednesday evening in Los Angeles: "tomorrow" is Thursday.
    moment = datetime(2026, 11, 26, 4, 0, tzinfo=UTC)
    la = zones.get("America/Los_Angeles")
    assert la is not None
    assert dates.parse("tomorrow", moment.astimezone(la)) == When(date(2026, 11, 26))
    assert dates.parse("tomorrow", moment) == When(date(2026, 11, 27))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tmrw 9am", When(date(2026, 11, 26), time(9))),
        ("tomorrow 9", When(date(2026, 11, 26), time(9))),
        ("on 4 december morning 11", When(date(2026, 12, 4), time(11))),
        ("11 in the morning on 4 december", When(date(2026, 12, 4), time(11))),
        # Review w27, item 5: an hour said with "o'clock", typed any way, is kept.
        ("7th december morning 9 o clock", When(date(2026, 12, 7), time(9))),
        ("7 dec at 11 oclock", When(date(2026, 12, 7), time(11))),
        ("monday evening 5 o'clock", When(date(2026, 11, 30), time(17))),
        ("tomorrow 2 o’clock", When(date(2026, 11, 26), time(14))),
        # Review x29, item 6: a dot between hour and minutes is a time, never dropped.
        ("tomorrow 10.30 am", When(date(2026, 11, 26), time(10, 30))),
        ("friday at 9.15pm", When(date(2026, 11, 27), time(21, 15))),
        ("tmrw at 14.45", When(date(2026, 11, 26), time(14, 45))),
        ("3.12.2026", When(date(2026, 12, 3))),  # a date with dots stays a date
        ("she said end of next week", When(date(2026, 12, 4))),
        ("they said by friday dec 11", When(date(2026, 12, 11))),
        ("4 december 2111", None),  # more than two years away: asked again
        ("2029-01-01", When(date(2029, 1, 1))),  # an ISO date is taken as typed
    ],
)
def test_loose_typing_and_far_years(text: str, expected: When | None) -> None:
    assert dates.parse(text, WED) == expected


def test_slashed_dates_follow_the_zones_country() -> None:
    from zoneinfo import ZoneInfo

    india = WED.replace(tzinfo=ZoneInfo("Asia/Kolkata"))
    la = WED.replace(tzinfo=ZoneInfo("America/Los_Angeles"))
    assert dates.parse("4/12 at 11am", india) == When(date(2026, 12, 4), time(11))
    assert dates.parse("4/12 at 11am", la) == When(date(2027, 4, 12), time(11))
    assert dates.month_first(ZoneInfo("America/New_York"))
    assert not dates.month_first(ZoneInfo("Europe/London"))
    assert not dates.month_first(timezone(timedelta(hours=5, minutes=30)))


def test_week_days_and_words() -> None:
    monday = date(2026, 11, 23)
    assert dates.week_days(monday, date(2026, 11, 25)) == [date(2026, 11, 26), date(2026, 11, 27)]
    assert dates.describe(date(2026, 12, 3), time(14)) == "Thursday 3 December 2026, 2 pm"
    assert dates.describe(date(2026, 12, 3), time(9, 30)) == "Thursday 3 December 2026, 9:30 am"
    assert dates.describe(date(2026, 12, 3), part="afternoon") == (
        "Thursday 3 December 2026, afternoon"
    )
    assert dates.say_time(time(12)) == "noon"
    assert dates.day_button(date(2026, 12, 3)) == "Thu 3 Dec"
    assert When(date(2026, 12, 3), time(14)).answer() == {"date": "2026-12-03", "time": "14:00"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("London", "Europe/London"),
        ("Los Angeles", "America/Los_Angeles"),
        ("los angelos", "America/Los_Angeles"),  # a near spelling
        ("I'm in Berlin", "Europe/Berlin"),
        ("Europe/Berlin", "Europe/Berlin"),
        ("europe/berlin", "Europe/Berlin"),
        ("IST", "Asia/Kolkata"),
        ("Mumbai", "Asia/Kolkata"),
        ("Austin, TX", "America/Chicago"),
        # Review w27, item 5: a state or country after the city without a comma, as on a phone.
        ("dallas tx", "America/Chicago"),
        ("Austin, Texas", "America/Chicago"),
        ("seattle wa", "America/Los_Angeles"),
        ("Denver CO", "America/Denver"),
        ("pune maharashtra", "Asia/Kolkata"),
        ("chennai tamil nadu", "Asia/Kolkata"),
        ("leeds uk", "Europe/London"),
        ("tx", None),
        ("São Paulo", "America/Sao_Paulo"),
        ("PST", "America/Los_Angeles"),
        ("EST", "America/New_York"),  # not the IANA "EST", which never moves its clocks
        ("UTC", "UTC"),
        ("UTC+5:30", "UTC+05:30"),
        ("GMT-8", "UTC-08:00"),
        ("+05:45", "UTC+05:45"),
        ("somewhere nice", None),
        ("UTC+25", None),
        ("", None),
    ],
)
def test_time_zones_people_type(text: str, name: str | None) -> None:
    assert zones.find(text) == name


def test_stored_zone_names_come_back_as_tzinfo() -> None:
    assert zones.get("UTC") is UTC
    assert zones.get("UTC+05:30") == timezone(timedelta(hours=5, minutes=30), "UTC+05:30")
    kolkata = zones.get("Asia/Kolkata")
    assert kolkata is not None and datetime(2026, 11, 25, tzinfo=kolkata).utcoffset() == (
        timedelta(hours=5, minutes=30)
    )
    assert zones.get("Mars/Olympus_Mons") is None
    assert zones.get(None) is None
    assert zones.label("America/Los_Angeles") == "Los Angeles"
    assert zones.label("Asia/Kolkata") == "India"


def test_likely_zones_follow_the_locale() -> None:
    assert zones.likely(None) == zones.likely("en") == list(zones.DEFAULT_LIKELY)
    assert zones.likely("en-GB")[0] == "Europe/London"
    assert zones.likely("en_US")[:4] == [
        "America/New_York",
        "America/Chicago",
        "America/Denver",
        "America/Los_Angeles",
    ]
    assert zones.likely("de")[0] == "Europe/Berlin"
    assert len(zones.likely("pt-BR")) == zones.LIKELY_MAX


def test_chat_fillers_and_next_week_days_are_read() -> None:
    now = datetime(2026, 11, 25, 9, 0)  # a Wednesday
    assert dates.parse("tmrw lol", now) == When(date(2026, 11, 26))
    assert dates.parse("maybe friday?? 😅", now) == When(date(2026, 11, 27))
    assert dates.parse("next week Wednesday", now) == When(date(2026, 12, 2))
    assert dates.parse("wednesday next week", now) == When(date(2026, 12, 2))
    assert dates.parse("Wednesday next week, 9 December", now) == When(date(2026, 12, 9))
    assert dates.parse("lol", now) is None
    assert dates.strip_fillers("4 tbh") == "4"


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        # The next 27 November is a Friday: taken as it is, abbreviated or not.
        ("fri 27 nov", WED, date(2026, 11, 27)),
        ("Friday 27 November", WED, date(2026, 11, 27)),
        ("weds 25 nov", WED, date(2026, 11, 25)),
        # Typed after that day, the next 27 November (2027) is a Saturday: the Friday said picks
        # the year, so it is the one just gone.
        ("fri 27 nov", datetime(2026, 12, 1, 9), date(2026, 11, 27)),
        ("thurs 26 nov", datetime(2026, 12, 1, 9), date(2026, 11, 26)),
        # Without a weekday, or with a year typed, the date is as read.
        ("27 nov", datetime(2026, 12, 1, 9), date(2027, 11, 27)),
        ("fri 27 nov 2027", WED, date(2027, 11, 27)),
    ],
)
def test_a_weekday_said_with_a_date_picks_its_year(
    text: str, now: datetime, expected: date
) -> None:
    assert dates.parse(text, now) == When(expected)


MON = datetime(2026, 11, 30, 10, 0)  # Monday 30 November, on the person's own clock
FRI = date(2026, 11, 27)  # the interview, the Friday before


@pytest.mark.parametrize(
    ("text", "past", "future"),
    [
        # A day and month without a year: the latest one asked about a day gone, the next one
        # asked about a day to come.
        # The weekday said picks the year: 27 November 2027 is a Saturday, so "fri 27 nov" is
        # the Friday just gone either way (a question about a day to come then says so).
        ("fri 27 nov", date(2026, 11, 27), date(2026, 11, 27)),
        ("27 nov", date(2026, 11, 27), date(2027, 11, 27)),
        ("November 26th", date(2026, 11, 26), date(2027, 11, 26)),
        ("3 dec", date(2026, 12, 3), date(2026, 12, 3)),  # two days ahead, not a year gone
        ("the 3rd", date(2026, 11, 3), date(2026, 12, 3)),
        # Weekdays shortened, either way.
        ("thurs", date(2026, 11, 26), date(2026, 12, 3)),
        ("thu", date(2026, 11, 26), date(2026, 12, 3)),
        ("thur", date(2026, 11, 26), date(2026, 12, 3)),
        ("tues", date(2026, 11, 24), date(2026, 12, 1)),
        ("weds", date(2026, 11, 25), date(2026, 12, 2)),
        ("on wed", date(2026, 11, 25), date(2026, 12, 2)),
        # Said in the past tense, a day gone whatever the question (review 11a: "it was last
        # tuesday" is no interview to come).
        ("it was wed", date(2026, 11, 25), date(2026, 11, 25)),
        ("sat", date(2026, 11, 28), date(2026, 12, 5)),
    ],
)
def test_the_question_gives_the_direction(text: str, past: date, future: date) -> None:
    assert dates.parse(text, MON, past=True) == When(past)
    assert dates.parse(text, MON) == When(future)


@pytest.mark.parametrize("text", ["yday", "ystrday", "yest", "Yest.", "ydy lol", "yesterdy"])
def test_yesterday_shortened_is_yesterday(text: str) -> None:
    assert dates.parse(text, MON, past=True) == When(MON.date() - timedelta(days=1))


def test_yesterday_shortened_keeps_the_part_of_the_day() -> None:
    yesterday = MON.date() - timedelta(days=1)
    assert dates.parse("yday morning", MON, past=True) == When(yesterday, part="morning")
    assert dates.parse("yday at 3pm", MON, past=True) == When(yesterday, time(15))
    # Words that only start like it are no date.
    assert dates.parse("yesteryear", MON, past=True) is None


def test_a_shortened_weekday_keeps_its_time() -> None:
    assert dates.parse("thurs at 2pm", MON) == When(date(2026, 12, 3), time(14))
    assert dates.parse("thurs at 2pm", MON, past=True) == When(date(2026, 11, 26), time(14))
    assert dates.parse("tues 10:30am", MON) == When(date(2026, 12, 1), time(10, 30))
    # A weekday said with a written date: the date counts, and the time is kept.
    assert dates.parse("fri 4 dec at 11am", MON) == When(date(2026, 12, 4), time(11))
    assert dates.parse("friday 4 december 14:30", MON) == When(date(2026, 12, 4), time(14, 30))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Said at the interview on Friday 27 November, typed on Monday 30 November.
        ("they said maybe in two weeks", When(date(2026, 12, 11), since=FRI)),
        ("in 10 days", When(date(2026, 12, 7), since=FRI)),
        ("end of next week", When(date(2026, 12, 4), since=FRI)),
        ("next friday", When(date(2026, 12, 4), since=FRI)),
        # The same either way: nothing to flag.
        ("friday", When(date(2026, 12, 4))),
        ("11 december", When(date(2026, 12, 11))),
        # Counted from today in so many words.
        ("two weeks from today", When(date(2026, 12, 14))),
    ],
)
def test_relative_dates_count_from_the_day_they_were_said(text: str, expected: When) -> None:
    assert dates.parse(text, MON, since=FRI) == expected
    assert dates.parse(text, MON, since=MON.date()) == dates.parse(text, MON)


@pytest.mark.parametrize("text", ["25 november", "by 25 nov", "Nov 25", "25/11"])
def test_todays_own_date_is_today_not_next_year(text: str) -> None:
    # On 25 November after midnight, dateparser counts the day as gone and gives next year's;
    # a promise "by 25 november" was then reminded a year late.
    now = datetime(2026, 11, 25, 13, 0, tzinfo=UTC)
    assert dates.parse(text, now) == When(date(2026, 11, 25))
    assert dates.parse(f"{text} 2027", now) in (When(date(2027, 11, 25)), None)


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("wednesday", "sunday"),
        ("Wednesday", "Sunday"),
        ("on wednesday", "on sunday"),
        ("wed", "sun"),
        ("its on Wed", "its on Sun"),
    ],
)
def test_a_weekday_naming_today_goes_the_questions_way(text: str, other: str) -> None:
    # Typed on Wednesday 25 November: "when was it?" and "when is it?" both mean today (it
    # was read as a week ago, or a week ahead); "by when?" means next week's Wednesday.
    assert dates.parse(text, WED, past=True) == When(WED.date())
    assert dates.parse(text, WED) == When(WED.date())
    assert dates.parse(text, WED, ahead=True) == When(date(2026, 12, 2))
    assert dates.parse(f"by {text}", WED, ahead=True) == When(date(2026, 12, 2))
    # Another weekday keeps its direction.
    assert dates.parse(other, WED, past=True) == When(date(2026, 11, 22))
    assert dates.parse(other, WED) == When(date(2026, 11, 29))


@pytest.mark.parametrize("typed", ["they didn’t say", "I don’t know", "didn’t say", "dunno"])
def test_no_date_typed_with_a_curly_apostrophe_is_no_date(typed: str) -> None:
    # Code review (issue 10, item 7): a phone types "didn’t"; it reads as "didn't".
    from bot.flow import _NO_DATE, _plain

    assert _NO_DATE.fullmatch(_plain(typed))
