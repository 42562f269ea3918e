"""The local day and hour a record was sent at, from its dateline.

Contract: ``sent_at(dateline, day) -> (local_day, hour, greenwich) | None`` reads a
dateline's place and time ("Washington, September 28, 1967, 0312Z." or "Cairo, March 15,
1957—2 a.m.") with the ISO ``day`` it gives; a 12-hour time is local already, a Greenwich time
("0312Z") is moved to the place's standard time when the place is one this module knows
(``greenwich`` True).  None when the dateline has no time or its place is unknown.  Summer
time is not known, so a moved hour may be one too early: callers leave alone hours next to a
day's end.  ``clock_hour(text, start, end)``: the first 12-hour time written there, on a
24-hour clock ("10:30 pm" is 22.5; "1215Z" is none).  Pure.

Cables of the 1960s and 1970s are dated by their Greenwich date-time group: a cable sent from
Washington at 0312Z on September 28 was written on the evening of September 27, and its
"today" is the 27th.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

# standard time, hours from Greenwich, of the posts and capitals FRUS cables are sent from
UTC_OFFSETS: dict[str, float] = {
    **dict.fromkeys(["Washington", "New York", "Boston", "Ottawa", "Montreal"], -5),
    **dict.fromkeys(["Guatemala City", "Mexico City", "Mexico"], -6),
    **dict.fromkeys(["Honolulu"], -10),
    **dict.fromkeys(["Rio de Janeiro", "Brasilia", "Buenos Aires", "Montevideo"], -3),
    **dict.fromkeys(["London", "Lisbon", "Rabat", "Dublin", "Reykjavik"], 0),
    **dict.fromkeys(["Paris", "Bonn", "Berlin", "Brussels", "Geneva", "Bern", "Rome", "Madrid",
                     "Vienna", "Prague", "Budapest", "Warsaw", "Belgrade", "The Hague",
                     "Luxembourg", "Oslo", "Copenhagen", "Stockholm", "Algiers", "Tunis",
                     "Florence", "Verona", "Kinshasa", "Luanda", "Yaounde", "Lagos"], 1),
    **dict.fromkeys(["Athens", "Ankara", "Cairo", "Tel Aviv", "Jerusalem", "Nicosia", "Beirut",
                     "Amman", "Damascus", "Tripoli", "Bucharest", "Sofia", "Helsinki",
                     "Pretoria", "Cape Town", "Lusaka", "Lourenco Marques", "Salisbury"], 2),
    **dict.fromkeys(["Moscow", "Baghdad", "Jidda", "Riyadh", "Dhahran", "Kuwait City",
                     "Kuwait", "Kampala", "Dar es Salaam", "Mogadiscio", "Addis Ababa",
                     "Nairobi"], 3),
    "Tehran": 3.5, "Kabul": 4.5, "Karachi": 5, "Islamabad": 5, "Rawalpindi": 5,
    "New Delhi": 5.5, "Colombo": 5.5, "Rangoon": 6.5, "Dacca": 6,
    **dict.fromkeys(["Bangkok", "Vientiane", "Phnom Penh", "Djakarta", "Jakarta"], 7),
    # Saigon kept Peking's hour from 1959 to 1975
    **dict.fromkeys(["Saigon", "Taipei", "Manila", "Hong Kong", "Peking", "Beijing",
                     "Singapore", "Kuala Lumpur", "Perth", "Bali"], 8),
    **dict.fromkeys(["Tokyo", "Seoul"], 9),
    "Canberra": 10,
}
_PLACE = re.compile(r"\s*(?P<place>[A-Z][A-Za-z .’'\-]*?)\s*,")
_ZULU = re.compile(r"\b(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s?Z\b")
_CLOCK_HOUR = re.compile(r"\b(\d{1,2})(?:[:.](\d\d))?\s*([ap])\.?\s?m\b\.?", re.IGNORECASE)


def clock_hour(text: str, start: int, end: int) -> float | None:
    """The first hour of the day written between start and end, on a 24-hour clock."""
    m = _CLOCK_HOUR.search(text, start, end)
    if m is None or not 1 <= int(m.group(1)) <= 12:
        return None
    hour = int(m.group(1)) % 12 + (12 if m.group(3).lower() == "p" else 0)
    return hour + int(m.group(2) or 0) / 60


def sent_at(dateline: str, day: str) -> tuple[str, float, bool] | None:
    """The local ISO day and hour (with minutes as a fraction) the dateline gives, and whether
    the hour was moved from Greenwich's."""
    try:
        when = date.fromisoformat(day)
    except ValueError:
        return None
    hour = clock_hour(dateline, 0, len(dateline))
    if hour is not None:
        return day, hour, False
    zulu = _ZULU.search(dateline)
    place = _PLACE.match(dateline)
    offset = UTC_OFFSETS.get(place["place"]) if place else None
    if zulu is None or offset is None:
        return None
    local = datetime(when.year, when.month, when.day, int(zulu["h"]), int(zulu["m"])) + \
        timedelta(hours=offset)
    return local.date().isoformat(), local.hour + local.minute / 60, True
