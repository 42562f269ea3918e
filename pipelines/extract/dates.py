"""Find the calendar dates a text mentions and normalise them to ISO 8601 partial dates.

Contract of ``extract_dates(text, anchor=None, reference=None)``:

- Returns one ``DateMention`` per temporal expression that points at a calendar year, month, day
  or the start of a span ("1989-90" -> 1989), sorted by ``char_start`` and never overlapping;
  ``text[char_start:char_end] == mention.text`` always holds.
- ``value`` is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` and ``precision`` is "year", "month" or
  "day" accordingly. A modifier ("early December 1989", "mid-1990", "the end of 1989",
  "circa 1990", a season) keeps the stated precision and sets ``modifier`` to "early", "mid",
  "late" or "approx". ``rule`` names the pattern that fired.
- Expressions without a year are resolved from context, scanning left to right: a month-day
  ("Dec. 22") takes the year of the latest mention of month or day precision, a bare month
  ("in July") the latest year mentioned at all; anaphora ("later that month", "the following
  day", "that year", "that evening", "two days later", "the following week" (its month),
  "the following spring", "on the 9th" (a day of the latest month)) count from the same
  references. Deictic expressions ("today", "next year", "last June", "last week", "30 years
  ago") count from ``anchor``, the document's own date, and need an anchor precise enough for
  them; inside a quotation whose paragraph tells of another year they count from that story's
  date instead, and a deictic date does not move a story told of another year. A weekday ("on
  Tuesday", "Monday's", "next Friday") is a day of the week of the latest day dated in its own
  paragraph (narration goes forward) or else of the anchor's week, before or after it as its
  clause's tense says (see ``pipelines.extract.date_cues``); left out when nothing says which.
  Context comes first and the anchor only fills in when the text gives no year; when nothing
  gives one the expression is left out rather than guessed. Context is the record's own time:
  a day or month years after it (an interview held decades later) does not move it, and the
  date of a paper ("his letter of May 3, 1958") does not hold a day of the weeks just before
  the anchor ("On April 12 ..." in a record of April 19, 1960) in its own year.
- ``reference`` (a day, YYYY-MM-DD) places a text that has no date of its own (an editorial
  note between a volume's dated records): a month-day that neither context nor anchor gives a
  year takes the year (the one before, the same or the one after the reference's) that puts it
  nearest the reference, when that is within ``_REFERENCE_REACH`` days; nothing else counts
  from it ("today" does not: the reference is no date the text was written).
- Durations ("30 years"), counts ("1500 troops"), decades ("the 1980s"), money, document and
  page numbers are not dates.
- Pure and deterministic: no I/O, no global state; only the standard library.

Raises ``ValueError`` when ``anchor`` is not an ISO partial date, or ``reference`` not a day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from pipelines.document import DateMention
from pipelines.extract.date_cues import (
    direction,
    inside,
    paragraph_breaks,
    quoted_spans,
    same_paragraph,
)

# --------------------------------------------------------------------------------------------
# Vocabulary

_MONTHS = {
    name: number
    for number, name in enumerate(
        ["january", "february", "march", "april", "may", "june", "july", "august",
         "september", "october", "november", "december"],
        start=1,
    )
}
_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
MONTH_NAMES = frozenset(_MONTHS) | frozenset(_ABBREVIATIONS)  # in lower case
# Seasons give a year; the modifier says which part of it (winter straddles two years).
_SEASONS = {"spring": "early", "summer": "mid", "fall": "late", "autumn": "late", "winter": None}
_NUMBER_WORDS = {
    word: number
    for number, word in enumerate(
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen", "twenty"]
    )
} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
     "ninety": 90, "a": 1, "an": 1}


def _alternation(words: list[str]) -> str:
    # Longest first, so "Sept" is tried before "Sep" and "March" before "Mar".
    return "|".join(sorted(words, key=len, reverse=True))


def _cased(words) -> list[str]:
    return [w.capitalize() for w in words] + [w.upper() for w in words]


# Month names are only taken capitalised: "may" and "march" in lower case are a verb and a noun.
_FULL_MONTH = _alternation(_cased(_MONTHS))
_MONTH = (
    rf"(?<![A-Za-z])(?:{_FULL_MONTH}|(?:{_alternation(_cased(_ABBREVIATIONS))})\.?)(?![A-Za-z])"
)
_BARE_MONTH = rf"(?<![\w.])(?:{_alternation([m.capitalize() for m in _MONTHS])})(?![\w-])"
_WEEKDAY_STEMS = ["Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun"]
_WEEKDAY = (
    rf"(?:(?:{'|'.join(_WEEKDAY_STEMS)})day|(?:{'|'.join(_WEEKDAY_STEMS).upper()})DAY)"
)
# in lower case, and the short forms cables write ("with Secretary Doe Wed")
WEEKDAY_NAMES = frozenset(f"{stem.lower()}day" for stem in _WEEKDAY_STEMS) | {
    "tues", "wed", "thur", "thurs"}
# date.weekday() of each name: Monday is 0
_WEEKDAY_NUMBER = {stem.lower(): number for number, stem in enumerate(_WEEKDAY_STEMS)}
_DAY_NUMBER = r"(?:3[01]|[12]\d|0?[1-9])"
# A day must not be the start of a longer number, a time ("5:30"), a decimal or "1,000".
_DAY_END = r"(?:st|nd|rd|th)?(?![\d%])(?!:\d)(?!\.\d)(?!,\d{3}(?!\d))"
# The second day of "November 22-23" or "June 19 to 23"; the mention keeps the first.
_DAY_RANGE = r"(?:\s*[-\u2013\u2014]\s*|\s+(?:to|through)\s+)"
_YEAR = r"(?:1[89]\d\d|20\d\d)(?!\d)"
_DASH = r"[-\u2010\u2011\u2012\u2013\u2014]"
# A year, or an apostrophe and two digits ("Dec. 22, '90"), whose century context must supply.
_ANY_YEAR = rf"(?:(?P<year>{_YEAR})|['’](?P<short>\d\d)(?!\d))"
_NUMBER_WORD = _alternation(list(_NUMBER_WORDS))
_NUMBER = rf"\d{{1,3}}|(?:{_NUMBER_WORD})(?:-(?:{_NUMBER_WORD}))?"  # "30", "three", "twenty-five"

# --------------------------------------------------------------------------------------------
# Candidates: what a pattern found, before context gives it a value


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    rule: str
    kind: str  # how the value is found; see _resolve
    year: int | None = None
    month: int | None = None
    day: int | None = None
    shift: int = 0  # for relative kinds: how many days/months/years to move
    modifier: str | None = None


@dataclass
class _Context:
    """What the text has said so far, as the scan goes left to right (local to one call)."""

    year: int | None = None  # latest year mentioned at any precision
    month: tuple[int, int] | None = None  # (year, month) of the latest month- or day-level date
    day: date | None = None  # latest day-level date
    # Year of the latest month- or day-level date whose year was stated, not guessed from a
    # year-only mention: "in 1953 ... in January ... September 16" keeps September in the
    # year the dated narrative is in.
    frame_year: int | None = None
    frame_at: int = -1  # where the date that set frame_year was mentioned
    placed: bool = False  # the latest year is the one a reference placed a date in
    frame_placed: bool = False  # ... and frame_year
    # the date that set frame_year names a paper ("his letter of May 3, 1955"): it tells when
    # the paper was written, not when the days told next in its paragraph happened
    frame_paper: bool = False
    paper_end: int = -1  # where the latest date that names a paper ends
    # the latest month- or day-level date names a paper ("our aide-memoire of 7 December"):
    # a bare "the 8th" after it is no day of that month, but one the record tells of
    month_paper: bool = False
    # Where the latest day-level date, the latest date that moved time, and the latest date
    # counted from the anchor (the report's present) were mentioned: a weekday or a quoted
    # "last week" counts from the story told in its own paragraph, if any.
    day_at: int = -1
    last_at: int = -1
    present_at: int = -1


@dataclass(frozen=True)
class _Anchor:
    year: int
    month: int | None
    day: int | None


def _month_number(word: str) -> int:
    word = word.rstrip(".").lower()
    return _MONTHS.get(word) or _ABBREVIATIONS[word]


def _day_number(digits: str) -> int:
    return int(re.match(r"\d+", digits).group())


# --------------------------------------------------------------------------------------------
# Absolute patterns


_ISO = re.compile(
    rf"(?<![\w-])(?P<year>{_YEAR})-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?![\w-])"
)
_MONTH_DAY_YEAR = re.compile(
    rf"(?:{_WEEKDAY},?\s+)?(?P<month>{_MONTH})\s*(?P<day>{_DAY_NUMBER}){_DAY_END}"
    rf"(?:{_DAY_RANGE}{_DAY_NUMBER}{_DAY_END})?(?:\s*,\s*|\s+){_ANY_YEAR}"
)
_DAY_MONTH_YEAR = re.compile(
    rf"(?<![\w.,/:-])(?P<day>{_DAY_NUMBER}){_DAY_END}\s+(?:of\s+)?(?P<month>{_MONTH})"
    rf"(?:\s*,?\s*{_ANY_YEAR})?"
)
_MONTH_YEAR = re.compile(rf"(?P<month>{_MONTH})(?:\s*,\s*|\s+(?:of\s+)?){_ANY_YEAR}")
_MONTH_DAY = re.compile(
    rf"(?:{_WEEKDAY},?\s+)?(?P<month>{_MONTH})\s*(?P<day>{_DAY_NUMBER}){_DAY_END}"
    rf"(?:{_DAY_RANGE}{_DAY_NUMBER}{_DAY_END})?"
)
_NUMERIC = re.compile(
    r"(?<![\w/.-])(?P<month>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])/(?P<year>\d{4}|\d{2})"
    r"(?![\w/-])"
)
_SEASON_YEAR = re.compile(
    rf"(?<![\w-])(?i:(?P<season>spring|summer|autumn|fall|winter))"
    rf"(?:\s*,\s*|\s+(?:of\s+)?)(?P<year>{_YEAR})"
)
# "mid-1990" is the one hyphenated form taken; "pre-1990" or "F-1990" are not dates.
_YEAR_START = r"(?:(?<=[Mm]id-)|(?<![\w$£€¥#/'’-]))(?<!\d[.,])"
_YEAR_ALONE = re.compile(rf"{_YEAR_START}(?P<year>{_YEAR})(?![\w/]|[.,]\d|['’]s|{_DASH}\d)")
_YEAR_RANGE = re.compile(
    rf"{_YEAR_START}(?P<year>{_YEAR})\s*(?:{_DASH}|/)\s*(?P<end>\d{{4}}|\d{{2}})(?![\w/]|[.,]\d)"
)


def _absolute(match: re.Match, rule: str) -> list[_Candidate]:
    groups = match.groupdict()
    year = groups.get("year") or groups.get("short")
    month = _month_number(groups["month"])
    day = _day_number(groups["day"]) if groups.get("day") else None
    if groups.get("short"):
        kind = "two_digit_year"
    else:
        kind = "absolute" if year is not None else ("month_day" if day else "month")
    year = int(year) if year else None
    if year is None and rule == "day_month_year":
        rule = "day_month"
    return [_Candidate(match.start(), match.end(), rule, kind, year, month, day)]


def _iso(match: re.Match, text: str) -> list[_Candidate]:
    return [_Candidate(match.start(), match.end(), "iso", "absolute",
                       int(match["year"]), int(match["month"]), int(match["day"]))]


def _numeric(match: re.Match, text: str) -> list[_Candidate]:
    # US order (month/day/year), as in the State Department records this project reads.
    year = match["year"]
    kind = "absolute" if len(year) == 4 else "two_digit_year"
    return [_Candidate(match.start(), match.end(), "numeric_mdy", kind, int(year),
                       int(match["month"]), int(match["day"]))]


def _season(match: re.Match, text: str) -> list[_Candidate]:
    return [_Candidate(match.start(), match.end(), "season_year", "absolute", int(match["year"]),
                       modifier=_SEASONS[match["season"].casefold()])]


# Words that make the number after them an identifier or a count, not a year.
_NOT_YEAR_BEFORE = {
    # a bill's, a congressional report's or a cable's number ("H. Rept. 2048", "S. 1958")
    "rept.", "rpt.", "report", "res.", "h.r.", "s.", "bill", "deptel", "embtel", "circtel",
    "no.", "nos.", "no", "nr.", "#", "number", "numbers", "article", "art.", "page", "pages",
    "p.", "pp.", "box", "boxes", "document", "documents", "doc.", "telegram", "telegrams",
    "airgram", "airgrams", "cable", "cables", "despatch", "dispatch", "lot", "vol.", "volume",
    "section", "sec.", "resolution", "table", "room", "flight", "route", "highway", "chapter",
    "para", "para.", "paragraph", "item", "footnote", "note", "annex", "exhibit", "figure",
    "fig.", "estimate", "code", "ext.", "extension", "tel.", "fax", "suite", "unit", "model",
    "serial", "some", "nearly", "almost", "over", "than", "under", "least", "only", "about",
    "approximately", "roughly", "total", "totaling", "totalling", "exactly", "just",
    "©", "c)", "copyright",  # a copyright line dates the page, not what it tells
}
# Upper-case words before a number that still leave it a year ("IN 1990", "FY 1990").
_CAPS_BEFORE_YEAR = {"IN", "OF", "BY", "ON", "SINCE", "UNTIL", "DURING", "FROM", "TO", "THE",
                     "AND", "OR", "FY", "CY", "YEAR", "DATE"}
_COUNT_AFTER = re.compile(
    r"\s*(?:troops|men|women|people|persons|soldiers|officers|personnel|workers|students|"
    r"refugees|prisoners|dollars|yen|pounds|marks|francs|rubles|roubles|tons|tonnes|barrels|"
    r"miles|kilometers|kilometres|km|meters|metres|feet|yards|acres|hectares|hours|hrs|minutes|"
    r"seconds|days|weeks|months|years|copies|pages|words|units|vehicles|tanks|aircraft|planes|"
    r"ships|missiles|warheads|rounds|votes|seats|members|delegates|cases|deaths|casualties|"
    r"dead|killed|wounded|residents|inhabitants|families|households|visitors|tourists|"
    r"employees|jobs|times|points|percent|per|items|pieces|kg|kilograms|lbs|local|gmt|zulu|"
    r"z|est|edt)\b",
    re.IGNORECASE,
)


def _previous_word(text: str, start: int) -> str:
    # the last run of non-space in the 40 characters before (what r"(\S+)\s*$" finds; split
    # and \s agree on what a space is), without a search that tries every offset
    words = text[max(0, start - 40):start].rsplit(None, 1)
    return words[-1].strip("(\"'“‘[") if words else ""


_SERIAL_AFTER = re.compile(r"\.[ \t]+(?:[A-Z]|\d{1,2}\.\s)")
# a cable series' name before its serial number ("Polto", "Secto", "Deptel")
_SERIES = re.compile(r"([A-Z][A-Za-z]{2,7})[ \t]+\Z")
_PREPOSITIONS = {"since", "until", "till", "after", "before", "during", "from", "for", "and"}


def _opens_paragraph(text: str, start: int) -> bool:
    """Whether only spaces stand between ``start`` and a blank line (or the text's start)."""
    head = text[max(0, start - 80):start].rstrip(" \t")
    if start <= 80 and not head.strip():
        return True
    return head.endswith("\n\n") or bool(re.search(r"\n[ \t]*\n\Z", head))


def _is_year_number(text: str, start: int, end: int) -> bool:
    """Tell a four-digit year from an identifier or a count by the words around it."""
    previous = _previous_word(text, start)
    if previous.lower() in _NOT_YEAR_BEFORE:
        return False
    # File codes and abbreviations: "CF 1990", "RG 1990", "NSC 1990".
    if re.fullmatch(r"[A-Z][A-Z0-9&/-]{1,6}", previous) and previous not in _CAPS_BEFORE_YEAR:
        return False
    # a cable's serial number opening its text: "1904. I called this morning ...", "Polto
    # 2026. Theotokis opened ..." (with its series' name)
    if _SERIAL_AFTER.match(text, end):
        series = _SERIES.search(text, max(0, start - 12), start)
        if _opens_paragraph(text, start) or (series and series.group(1).lower() not in
                                             _PREPOSITIONS and _opens_paragraph(text, series.start())):
            return False
    return not _COUNT_AFTER.match(text, end) and not re.match(r":\d", text[end:end + 2])


def _year_alone(match: re.Match, text: str) -> list[_Candidate]:
    if not _is_year_number(text, match.start(), match.end()):
        return []
    return [_Candidate(match.start(), match.end(), "year", "absolute", int(match["year"]))]


def _year_range(match: re.Match, text: str) -> list[_Candidate]:
    first, end = int(match["year"]), match["end"]
    last = int(end) if len(end) == 4 else first // 100 * 100 + int(end)
    if len(end) == 2 and last <= first:
        last += 100  # "1999-00"
    # The second number must read as a later year, or this is "1990-3" or a page range.
    if not 0 < last - first <= 100 or not _is_year_number(text, match.start(), match.end()):
        return []
    return [_Candidate(match.start(), match.end(), "year_range", "absolute", first)]


# --------------------------------------------------------------------------------------------
# Bare months: "in July", "June", but not "May I" or "the March on Washington"

_STRONG_TRIGGERS = {
    "in", "by", "since", "until", "till", "during", "on", "of", "early", "late", "mid", "last",
    "next", "this", "that", "from", "through", "throughout", "before", "after", "around",
    "between", "for", "mid-",
}
_LIST_WORDS = {"and", "or", "to", "through", "until", "till", "-", "–", "—"}
_MONTH_LIST_AFTER = re.compile(rf"\s*(?:{_DASH}|\s(?:to|through|until|till|and|or)\s)\s*{_MONTH}")


def _bare_month(match: re.Match, text: str) -> list[_Candidate]:
    start, end = match.start(), match.end()
    if not _is_month_word(text, start, end):
        return []
    return [_Candidate(start, end, "bare_month", "month", month=_month_number(match.group()))]


# (matched at an offset, not on a copy of the rest of the text: that was quadratic)
_CAPITALISED_AFTER = re.compile(r"\s+[A-Z][a-z]")
_WORD_AFTER = re.compile(r"\s+[A-Za-z]")
_NAME_AFTER = re.compile(r"\s+[“\"‘']?[A-Za-z]")  # a word, or a title in quotes


def _is_month_word(text: str, start: int, end: int) -> bool:
    word = text[start:end]
    previous = _previous_word(text, start).lower()
    if text.startswith(("'s", "’s"), end) and word in ("May", "March"):
        return False  # "May's government"
    if previous in _STRONG_TRIGGERS or re.search(r"(?i)mid-$", text[max(0, start - 4):start]):
        return True
    if _MONTH_LIST_AFTER.match(text, end):
        return True  # "May-Oct 1972", "April or May"
    if previous in _LIST_WORDS:
        before = text[max(0, start - 60):start].rstrip()[: -len(previous)].rstrip()
        if re.search(rf"{_MONTH}(?:\s*{_DAY_NUMBER}{_DAY_END})?$", before):
            return True
    if word in ("May", "March"):
        return False  # a modal verb or a noun unless something says it is a month
    # "June Carter", "the October Revolution": a name, not a month.
    return not _CAPITALISED_AFTER.match(text, end)


# --------------------------------------------------------------------------------------------
# Relative expressions


def _words(pattern: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.IGNORECASE)


_SAME = r"(?:that|the\s+same)"
_LATER = r"(?:later|earlier|late|early)\s+(?:in\s+)?(?:that|the\s+same)"
_NEXT = r"the\s+(?:following|next|subsequent)"
_PREVIOUS = r"the\s+(?:previous|preceding|prior)"
_PART = r"(?:morning|afternoon|evening|night)"  # of a day
# "within the next day or two", "in the next week or so": a vague stretch of time, not a date.
_NOT_VAGUE = r"(?!\s+or\s+(?:two|so))"
# (pattern, rule, kind, shift). Anaphora ("that month") count from the text's own dates;
# deixis ("next month") counts from the anchor, the date the document was written.
_RELATIVE = [
    (rf"{_LATER}\s+month|{_SAME}\s+month", "same_month", "context_month", 0),
    (rf"{_NEXT}\s+month", "following_month", "context_month", 1),
    (rf"{_PREVIOUS}\s+month", "previous_month", "context_month", -1),
    (rf"{_LATER}\s+year|{_SAME}\s+year", "same_year", "context_year", 0),
    (rf"{_NEXT}\s+year", "following_year", "context_year", 1),
    (rf"{_PREVIOUS}\s+year", "previous_year", "context_year", -1),
    (rf"{_LATER}\s+(?:day|{_PART})|{_SAME}\s+(?:day|{_PART})", "same_day", "context_day", 0),
    (rf"{_NEXT}\s+(?:day|{_PART}){_NOT_VAGUE}", "following_day", "context_day", 1),
    (rf"{_PREVIOUS}\s+(?:day|{_PART})", "previous_day", "context_day", -1),
    # "on the first evening" of an event the text has just dated: that date ("the first day
    # of the war" is the day of something else).
    (rf"(?<=on\s)the\s+first\s+(?:day|{_PART})(?!\s+of\b)", "first_day", "context_day", 0),
    # A week gives its month: "the following week" after June 4 is June.
    (rf"{_LATER}\s+week|{_SAME}\s+week", "same_week", "context_week", 0),
    (rf"{_NEXT}\s+week{_NOT_VAGUE}", "following_week", "context_week", 1),
    (rf"{_PREVIOUS}\s+week", "previous_week", "context_week", -1),
    (r"(?:(?:earlier|later)\s+)?this\s+week", "this_week", "anchor_week", 0),
    (rf"next\s+week|the\s+coming\s+week{_NOT_VAGUE}", "next_week", "anchor_week", 1),
    (r"last\s+week", "last_week", "anchor_week", -1),
    (r"the\s+day\s+after\s+tomorrow", "day_after_tomorrow", "anchor_day", 2),
    (r"the\s+day\s+before\s+yesterday", "day_before_yesterday", "anchor_day", -2),
    (r"today|tonight|this\s+(?:morning|afternoon|evening)", "today", "anchor_day", 0),
    (r"tomorrow(?:\s+(?:morning|afternoon|evening|night))?", "tomorrow", "anchor_day", 1),
    (r"yesterday(?:\s+(?:morning|afternoon|evening))?|last\s+(?:night|evening)", "yesterday",
     "anchor_day", -1),
    (r"this\s+month", "this_month", "anchor_month", 0),
    (r"next\s+month|the\s+coming\s+month", "next_month", "anchor_month", 1),
    (r"last\s+month", "last_month", "anchor_month", -1),
    (r"this\s+year|the\s+current\s+year", "this_year", "anchor_year", 0),
    (r"next\s+year|the\s+coming\s+year", "next_year", "anchor_year", 1),
    (r"last\s+year", "last_year", "anchor_year", -1),
]
_RELATIVE_PATTERNS = [(_words(p), rule, kind, shift) for p, rule, kind, shift in _RELATIVE]

_AGO = _words(rf"(?P<number>{_NUMBER})\s+(?P<unit>years?|months?|days?)\s+ago")
_NAMED_MONTH = re.compile(
    rf"(?<![\w-])(?i:(?P<which>last|next|this))\s+(?P<month>{_FULL_MONTH})(?![\w-])(?!\s*\d)"
)
_THIS_SEASON = _words(rf"this\s+(?P<season>{_alternation(list(_SEASONS))})")


# "June that year", "March 5 of the following year", "February this year": one mention.
_MONTH_RELATIVE_YEAR = re.compile(
    rf"(?P<month>{_MONTH})(?:\s*(?P<day>{_DAY_NUMBER}){_DAY_END})?,?\s+(?:of\s+)?"
    rf"(?i:(?P<which>that|the\s+same|the\s+following|the\s+next|the\s+previous|"
    rf"the\s+preceding|this|last|next))\s+year(?![\w-])"
)
_WHICH_YEAR = {"that": ("context_year", 0), "the same": ("context_year", 0),
               "the following": ("context_year", 1), "the next": ("context_year", 1),
               "the previous": ("context_year", -1), "the preceding": ("context_year", -1),
               "this": ("anchor_year", 0), "last": ("anchor_year", -1),
               "next": ("anchor_year", 1)}


def _month_relative_year(match: re.Match, text: str) -> list[_Candidate]:
    kind, shift = _WHICH_YEAR[" ".join(match["which"].lower().split())]
    day = _day_number(match["day"]) if match["day"] else None
    return [_Candidate(match.start(), match.end(), "month_relative_year", kind,
                       month=_month_number(match["month"]), day=day, shift=shift)]


def _relative(text: str, starts: list[int]) -> list[_Candidate]:
    found = []
    for pattern, rule, kind, shift in _RELATIVE_PATTERNS:
        found += [_Candidate(m.start(), m.end(), rule, kind, shift=shift)
                  for m in _matches(pattern, text, starts)
                  if not _that_of_a_clause(text, m.start())]
    return found


# "he said that night fell early": "that" opens a clause, it points at no day.
_CLAUSE_VERBS = {"said", "says", "say", "told", "tell", "thought", "think", "believed",
                 "believe", "knew", "know", "felt", "feel", "wrote", "write", "added", "stated",
                 "reported", "noted", "argued", "warned", "insisted", "recalled", "claimed"}


def _that_of_a_clause(text: str, start: int) -> bool:
    return (text[start:start + 4].lower() == "that"
            and _previous_word(text, start).lower() in _CLAUSE_VERBS)


def _ago(match: re.Match, text: str) -> list[_Candidate]:
    words = match["number"].lower().split("-")
    number = sum(int(w) if w.isdigit() else _NUMBER_WORDS[w] for w in words)
    unit = match["unit"].rstrip("s").lower()
    # "30 years ago" is a round figure; "three days ago" is meant exactly.
    modifier = None if unit == "day" else "approx"
    return [_Candidate(match.start(), match.end(), f"{unit}s_ago", f"anchor_{unit}",
                       shift=-number, modifier=modifier)]


def _named_month(match: re.Match, text: str) -> list[_Candidate]:
    which = match["which"].lower()
    shift = {"last": -1, "this": 0, "next": 1}[which]
    return [_Candidate(match.start(), match.end(), f"{which}_month_name", "anchor_named_month",
                       month=_month_number(match["month"]), shift=shift)]


def _this_season(match: re.Match, text: str) -> list[_Candidate]:
    return [_Candidate(match.start(), match.end(), "this_season", "anchor_year",
                       modifier=_SEASONS[match["season"].casefold()])]


# The first and last month of a season; winter straddles two years and is left to "that winter".
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
_SEASON_WORD = _alternation(list(_SEASONS))
_RELATIVE_SEASON = _words(
    rf"(?P<which>that|the\s+same|{_NEXT}|{_PREVIOUS}|last|next)\s+(?P<season>{_SEASON_WORD})"
)


def _relative_season(match: re.Match, text: str) -> list[_Candidate]:
    """"that autumn" and "the following spring" count from the text's year (and month, where
    it is known, so that "the following spring" after January is the same year's); "last
    summer" from the anchor."""
    which = match["which"].lower().split()[-1]
    season = match["season"].casefold()
    shift = -1 if which in ("previous", "preceding", "prior", "last") else (
        0 if which in ("that", "same") else 1)
    if season not in _SEASON_MONTHS and shift:
        return []
    kind = "anchor_season" if which in ("last", "next") else "context_season"
    first, last = _SEASON_MONTHS.get(season, (12, 2))
    return [_Candidate(match.start(), match.end(), f"{which}_season", kind,
                       month=first if shift >= 0 else last, shift=shift,
                       modifier=_SEASONS[season])]


# "two days later", "a week earlier", "three months afterwards": counted from the text's date.
_LATER_WORD = re.compile(r"(?i)(?<![\w-])(?:later|earlier|afterwards?)(?![\w-])")
_COUNT_LATER = re.compile(
    rf"(?i)(?<![\w-])(?P<number>{_NUMBER})\s+(?P<unit>days?|weeks?|months?|years?)\s+"
    r"(?P<which>later|earlier|afterwards?)\Z"
)


_THAN = re.compile(r"\s+than\b", re.IGNORECASE)


def _count_later(text: str, starts: list[int] | slice) -> list[_Candidate]:
    found = []
    for word in _matches(_LATER_WORD, text, starts):
        match = _COUNT_LATER.search(text, max(0, word.start() - 40), word.end())
        if not match or _THAN.match(text, word.end()):  # "a year earlier than planned"
            continue
        words = match["number"].lower().split("-")
        number = sum(int(w) if w.isdigit() else _NUMBER_WORDS[w] for w in words)
        unit = match["unit"].rstrip("sS").lower()
        sign = -1 if match["which"].lower() == "earlier" else 1
        found.append(_Candidate(match.start(), match.end(), f"{unit}s_later", f"context_{unit}",
                                shift=sign * number,
                                modifier="approx" if unit == "year" else None))
    return found


# "on the 9th": a day of the month the text is in.
_NTH = re.compile(rf"(?P<day>{_DAY_NUMBER})(?:st|nd|rd|th)(?![\w-])")
_NTH_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:on|by|until|till|since|from|before|after|between|and|to|through)\s+"
    r"the\s+\Z"
    # telegraphese drops the article: "met him evening 6th", "on 3rd", "discussion 14th"
    r"|(?<![\w-])(?:on|morning|forenoon|afternoon|evening|night|discussion|discussions|"
    r"conversation|meeting|talk|talks|audience|call|luncheon|lunch|dinner|session|interview)"
    r"\s+(?:of\s+)?\Z"
    # or names the one met: "with Shah 28th,"
    r"|(?<![\w-])with\s+(?:the\s+)?[A-Z][\w’'\-]+\s+\Z"
)
# after a talk the telegram names: the day whatever follows ("discussion 14th Shah bore down")
_NTH_AFTER_TALK = re.compile(r"(?i)(?:discussion|discussions|conversation|meeting|talk|talks|"
                             r"audience|call|luncheon|lunch|dinner|session|interview)\s+\Z")
# What may follow the day: a stop, or a word that goes on with the sentence, never a noun
# ("the 9th Division", "the 20th century") nor a month ("the 9th of March" is read whole).
_NTH_AFTER = re.compile(r"\s*(?:[.,;:!?)\u2013\u2014]|\Z)|\s+(?:and|or|to|through|until|when|at)\s"
                        r"|\s+(?=(?:I|he|she|we|they)\s)"  # "On 3rd I met", "on the 12th he left"
                        r"|\s+[a-z]+ing\b")  # "forenoon 8th talking with ..."


def _nth_day(match: re.Match, text: str) -> list[_Candidate]:
    the = _NTH_BEFORE.search(text, max(0, match.start() - 30), match.start())
    if not the or not (_NTH_AFTER.match(text, match.end()) or _NTH_AFTER_TALK.search(
            text, the.start(), match.start())):
        return []
    lead = the.group().lower()
    start = the.start() + lead.rindex("the") if lead.rstrip().endswith("the") else match.start()
    return [_Candidate(start, match.end(), "nth_day", "context_day_of_month",
                       day=int(match["day"]))]


# "on Tuesday", "Monday's ceremony", "last Friday", "Sunday night"
# a cable's short weekdays, those no other word is spelled as ("Sat", "Sun", "Mon" are)
_SHORT_WEEKDAYS = {"tues": 1, "wed": 2, "thur": 3, "thurs": 3}
_WEEKDAY_MENTION = re.compile(rf"(?P<weekday>{_WEEKDAY}|(?:Tues|Wed|Thurs?)\.?(?![\w'’-]))"
                              rf"(?:\s+(?P<part>{_PART}))?(?![\w-])")
_WEEKDAY_WHICH = re.compile(r"(?i)(?<![\w-])(?P<which>last|next|this(?:\s+coming)?|coming)\s+\Z")
# a preposition that makes a weekday a time, even before a capitalised word ("On Tuesday Mr.")
_WEEKDAY_PREPOSITIONS = {"on", "by", "until", "till", "since", "from", "before", "after",
                         "last", "next", "this", "coming", "early", "late",
                         # a meal's day, as cables write it: "at lunch Sunday Doe said"
                         "lunch", "luncheon", "dinner", "breakfast", "supper"}
# words that make a weekday part of a name
_WEEKDAY_NAMES = {"good", "black", "bloody", "super", "easter", "palm", "ash", "holy", "maundy",
                  "shrove", "whit", "low", "trinity", "mothering", "remembrance", "cyber", "blue",
                  "great", "passion", "pancake", "mail"}
# "every Monday", "a Monday", "the Sunday papers": no one day
_WEEKDAY_GENERIC = {"a", "an", "the", "every", "each", "any", "some", "one", "on a"}
_DATE_AFTER = re.compile(rf",?\s*(?:the\s+)?(?:{_DAY_NUMBER}(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
                         rf"{_MONTH}")


def _weekday(match: re.Match, text: str) -> list[_Candidate]:
    start, end = match.start(), match.end()
    if _DATE_AFTER.match(text, end) or not _is_weekday_word(text, start, end):
        return []
    which = _WEEKDAY_WHICH.search(text, max(0, start - 20), start)
    shift = 0
    if which:
        start = which.start()
        shift = {"last": -1, "this": 0}.get(which["which"].lower(), 1)
    word = match["weekday"].lower().rstrip(".")
    number = _SHORT_WEEKDAYS.get(word)
    if number is None:
        number = _WEEKDAY_NUMBER[re.match(r"[a-z]+?(?=day)", word).group()]
    return [_Candidate(start, match.end(), "weekday", "weekday", day=number, shift=shift)]


def _is_weekday_word(text: str, start: int, end: int) -> bool:
    """A weekday that is a time: not a name ("Black Monday", "the Sunday Times") nor a habit
    ("every Monday")."""
    previous = _previous_word(text, start)
    if previous.lower() in _WEEKDAY_GENERIC:
        return False
    if previous.lower() in _WEEKDAY_PREPOSITIONS:
        return True
    if previous.lower() in _WEEKDAY_NAMES:
        return False  # "Good Friday", "Super Tuesday"
    return not _CAPITALISED_AFTER.match(text, end) or text.startswith(("'s", "’s"), end)


# "in ’64", "the summer of '68": a year of two digits after an apostrophe.
_SHORT_YEAR = re.compile(r"['’](?P<short>\d\d)(?![\w'’%]|[.,]\d)")
_SHORT_YEAR_AFTER = {"in", "of", "since", "until", "till", "by", "from", "to", "through",
                     "during", "and", "or", "early", "late", "mid", "spring", "summer", "autumn",
                     "fall", "winter", "before", "after"}


def _short_year(match: re.Match, text: str) -> list[_Candidate]:
    if (text[match.start() - 1:match.start()].strip()
            or _previous_word(text, match.start()).lower() not in _SHORT_YEAR_AFTER
            or _COUNT_AFTER.match(text, match.end())):
        return []
    return [_Candidate(match.start(), match.end(), "short_year", "two_digit_year",
                       int(match["short"]))]


# --------------------------------------------------------------------------------------------
# Finding and choosing candidates

# Where a match can start.  Scanning the whole text once per pattern (over thirty of them) was
# most of the time dates took, so one cheap scan per kind of start finds the places where a
# match can begin, and every pattern is tried only there.  Each start scan consumes a single
# character or word, so no place a match can begin at hides inside another's match:
# - a number not preceded by a word character (every numeric pattern starts with a digit after
#   a lookbehind that rules out a word character);
_DIGIT_STARTS = re.compile(r"\d(?<!\w\d)")
# - the first three letters of a month or weekday name as the patterns take them (every name
#   has three; two let through "The", "Secretary", "South" ... three times as many starts);
_NAMES = [*_cased(_MONTHS), *_cased(_ABBREVIATIONS), *_cased(_WEEKDAY_STEMS)]
_NAME_STARTS = re.compile("|".join(
    f"{first}(?={'|'.join(sorted({n[1:3] for n in _NAMES if n[0] == first}))})"
    for first in sorted({n[0] for n in _NAMES})
))
# - a word that opens a relative expression, a named month ("last June") or a season, after
#   the lookbehind all of those patterns share ("the" only before a word that can follow it).
#   Case-insensitive matching is slow, so the scan runs over the text in lower case when it can
#   (see _lowered).
_START_WORDS = (
    r"later|earlier|late|early|today|tonight|tomorrow|yesterday|this|last|next|"
    r"spring|summer|autumn|fall|winter|that(?=\s+(?:month|year|day|week|morning|afternoon|"
    r"evening|night|spring|summer|autumn|fall|winter))|"
    r"the(?=\s+(?:same|following|next|subsequent|previous|preceding|prior|day|coming|current|"
    r"first))"
)
_WORD_STARTS = re.compile(rf"(?<![\w-])(?i:{_START_WORDS})")
_LOWER_WORD_STARTS = re.compile(rf"(?<![\w-])(?:{_START_WORDS})")
# "... years ago" is rare: the pattern runs only over the stretch from the second word before
# the first "ago" to the last "ago" (see _ago_stretch).
_AGO_WORD = re.compile(r"ago", re.IGNORECASE)
# - an apostrophe before two digits ("in ’64").
_APOSTROPHE_STARTS = re.compile(r"['’](?=\d\d)")

# (pattern, candidates from a match, which starts it is tried at)
_PATTERNS = [
    (_ISO, _iso, "digit"),
    (_MONTH_DAY_YEAR, lambda m, t: _absolute(m, "month_day_year"), "name"),
    (_DAY_MONTH_YEAR, lambda m, t: _absolute(m, "day_month_year"), "digit"),
    (_MONTH_YEAR, lambda m, t: _absolute(m, "month_year"), "name"),
    (_MONTH_DAY, lambda m, t: _absolute(m, "month_day"), "name"),
    (_MONTH_RELATIVE_YEAR, _month_relative_year, "name"),
    (_NUMERIC, _numeric, "digit"),
    (_SEASON_YEAR, _season, "word"),
    (_YEAR_RANGE, _year_range, "digit"),
    (_YEAR_ALONE, _year_alone, "digit"),
    (_AGO, _ago, "ago"),
    (_NAMED_MONTH, _named_month, "word"),
    (_THIS_SEASON, _this_season, "word"),
    (_RELATIVE_SEASON, _relative_season, "word"),
    (_NTH, _nth_day, "digit"),
    (_WEEKDAY_MENTION, _weekday, "name"),
    (_SHORT_YEAR, _short_year, "apostrophe"),
    (re.compile(_BARE_MONTH), _bare_month, "name"),
]


def _starts(text: str) -> dict[str, list[int] | slice]:
    """For each kind of start, the offsets where a match can begin, or the stretch of text to
    scan."""
    low = _lowered(text)
    words = _LOWER_WORD_STARTS.finditer(low) if low is not None else _WORD_STARTS.finditer(text)
    word_starts = [m.start() for m in words]
    return {
        "digit": [m.start() for m in _DIGIT_STARTS.finditer(text)],
        "name": [m.start() for m in _NAME_STARTS.finditer(text)],
        "word": word_starts,
        "ago": _ago_stretch(text, low),
        "apostrophe": [m.start() for m in _APOSTROPHE_STARTS.finditer(text)],
        "later": _later_starts(text, low, word_starts),
    }


def _lowered(text: str) -> str | None:
    """``text`` in lower case with "ı" and "ſ" as "i" and "s": then every character that a
    case-insensitive pattern takes for an ASCII letter is that letter, at the same offset, and
    a character that is neither a word character nor "-" stays so.  None when lowering changes
    the length ("İ" becomes two characters), as offsets would move."""
    low = text.lower()
    if len(low) != len(text):
        return None
    return low.replace("ı", "i").replace("ſ", "s")


def _later_starts(text: str, low: str | None, word_starts: list[int]) -> list[int] | slice:
    """Where "later", "earlier" or "afterward(s)" can start (``_count_later``): the word starts
    that spell one of the first two (they open relative expressions too, so the word scan has
    found them) and every "afterward", which is rare (found by ``str.find``).  A second
    case-insensitive scan of the whole text for these words cost as much as all the others.
    The whole text when there is no lower-case copy."""
    if low is None:
        return slice(0, len(text))
    found = [p for p in word_starts if low.startswith(("later", "earlier"), p)]
    at = low.find("afterward")
    while at >= 0:
        found.append(at)
        at = low.find("afterward", at + 1)
    return sorted(found)


def _ago_stretch(text: str, low: str | None) -> list[int] | slice:
    """Where "<number> <unit> ago" can be: none without an "ago"; else from the second word
    before the first "ago" (a match before a later "ago" starts no earlier) to just past the
    last one (the character after it is all the pattern reads beyond)."""
    if low is None:
        return slice(0, len(text)) if _AGO_WORD.search(text) else []
    first = low.find("ago")
    if first < 0:
        return []
    start = first
    for _ in range(2):  # back over a run of spaces, then a word: the unit, then the number
        while start > 0 and text[start - 1].isspace():
            start -= 1
        while start > 0 and not text[start - 1].isspace():
            start -= 1
    return slice(start, low.rfind("ago") + 4)


def _matches(pattern: re.Pattern, text: str, starts: list[int] | slice):
    """The matches ``pattern.finditer(text)`` gives, trying only ``starts`` (ascending), which
    must hold every offset a match can begin at, or scanning only the stretch that holds
    every match."""
    if isinstance(starts, slice):
        yield from pattern.finditer(text, starts.start, starts.stop)
        return
    end = 0
    for start in starts:
        if start >= end and (match := pattern.match(text, start)):
            end = match.end()
            yield match


def _candidates(text: str) -> list[_Candidate]:
    starts = _starts(text)
    found = _relative(text, starts["word"]) + _count_later(text, starts["later"])
    for pattern, build, where in _PATTERNS:
        for match in _matches(pattern, text, starts[where]):
            found += build(match, text)
    return found


def _choose(candidates: list[_Candidate]) -> list[_Candidate]:
    """Keep non-overlapping candidates: the earliest start wins, then the longest match."""
    chosen: list[_Candidate] = []
    for cand in sorted(candidates, key=lambda c: (c.start, -(c.end - c.start))):
        if not chosen or cand.start >= chosen[-1].end:
            chosen.append(cand)
    return chosen


_MODIFIER_BEFORE = re.compile(
    r"(?i)(?<![\w.])(?P<word>early(?:\s+in)?|late(?:\s+in)?|mid|(?:the\s+)?middle\s+of|"
    r"(?:the\s+)?(?:end|close)\s+of|(?:the\s+)?(?:beginning|start)\s+of|around|circa|ca\.|c\.)"
    r"(?:\s*-\s*|\s+)$"
)
_MODIFIER_OF = {"early": "early", "beginning": "early", "start": "early", "mid": "mid",
                "middle": "mid", "late": "late", "end": "late", "close": "late"}
_MODIFIABLE = {"absolute", "month", "month_day", "two_digit_year"}


def _with_modifier(text: str, cand: _Candidate, floor: int) -> _Candidate:
    """Take in a modifier just before the date ("early", "mid-", "the end of", "circa")."""
    if (cand.kind not in _MODIFIABLE and cand.month is None) or cand.modifier:
        return cand
    found = _MODIFIER_BEFORE.search(text, max(floor, cand.start - 20), cand.start)
    if not found:
        return cand
    words = found["word"].lower().split()
    key = words[1] if words[0] == "the" else words[0]
    modifier = _MODIFIER_OF.get(key, "approx")
    # Early/mid/late say where in a year or month; a single day has no parts.
    if modifier != "approx" and cand.day is not None:
        return cand
    return replace(cand, start=found.start(), modifier=modifier)


# --------------------------------------------------------------------------------------------
# Resolution against context and anchor


def _parse_anchor(anchor: str | None) -> _Anchor | None:
    if anchor is None:
        return None
    found = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", anchor.strip())
    if not found:
        raise ValueError(f"anchor is not an ISO partial date: {anchor!r}")
    year, month, day = (int(g) if g else None for g in found.groups())
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"anchor is not an ISO partial date: {anchor!r}")
    if day is not None:
        date(year, month, day)  # raises ValueError for an impossible day
    return _Anchor(year, month, day)


def _add_months(year: int, month: int, shift: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + shift
    return index // 12, index % 12 + 1


def _borrowed_year(text: str, cand: _Candidate, following: _Candidate | None) -> int | None:
    """The year of "from March to May 1990" or "June 3-July 5, 1990" for the first part."""
    if following is None or following.kind != "absolute" or following.month is None:
        return None
    gap = text[cand.end:following.start]
    if re.fullmatch(rf"\s*(?:{_DASH}|to|through|until|till|and|or)\s*", gap):
        return following.year
    return None


@dataclass(frozen=True)
class _Scan:
    """The text being read, its quotations and its anchor (fixed for one call)."""

    text: str
    quotes: list[tuple[int, int]]
    paragraphs: list[int]  # where paragraphs break
    anchor: _Anchor | None
    reference: date | None = None  # places an undated text: see _nearest_year


def _resolve(cand: _Candidate, ctx: _Context, scan: _Scan, borrowed: int | None):
    """Return ((year, month, day) or None when nothing tells the year, now): ``now`` is the
    time a deictic expression was counted from (the anchor, or a quotation's own time)."""
    kind, anchor = cand.kind, scan.anchor
    if kind == "absolute":
        return (cand.year, cand.month, cand.day), None
    if kind == "two_digit_year":
        return _two_digit_year(cand, ctx, anchor), None
    if kind in ("month_day", "month"):
        year = borrowed or _recent_day_year(cand, ctx, scan) or _context_year(cand, ctx, scan)
        if year and not borrowed:
            year = _weekday_year(cand, _year_turned(cand, year, scan) or year, scan.text)
        return ((year, cand.month, cand.day) if year else None), None
    if kind == "weekday":
        return _weekday_date(cand, ctx, scan)
    if kind.startswith("context_"):
        return _from_context(cand, ctx, anchor), None
    now = _narrative_now(cand, ctx, scan) or anchor
    return _from_anchor(cand, now), now


def _narrative_now(cand: _Candidate, ctx: _Context, scan: _Scan) -> _Anchor | None:
    """The time a quotation speaks from when its paragraph tells a story of another year:
    "'We will sign this week,' he said" after "On March 7, 1987, ..." is a week of 1987."""
    if not inside(scan.quotes, cand.start) or ctx.year is None:
        return None
    if ctx.last_at < 0 or ctx.last_at < ctx.present_at:
        return None
    if scan.anchor is not None and ctx.year == scan.anchor.year:
        return None
    if not same_paragraph(scan.paragraphs, ctx.last_at, cand.start):
        return None
    if ctx.day is not None:
        return _Anchor(ctx.day.year, ctx.day.month, ctx.day.day)
    if ctx.month is not None and ctx.month[0] == ctx.year:
        return _Anchor(ctx.year, ctx.month[1], None)
    return _Anchor(ctx.year, None, None)


def _weekday_date(cand: _Candidate, ctx: _Context, scan: _Scan):
    """A weekday is a day of the week the story of its paragraph is in ("The talks opened on
    June 14. On Wednesday ..."), else of the week the text was written ("said on Tuesday"),
    before or after it as the tense of its clause says; left out when nothing says which."""
    text, start = scan.text, cand.start
    quoted = inside(scan.quotes, start)
    anchor = scan.anchor
    written = date(anchor.year, anchor.month, anchor.day) if anchor and anchor.day else None
    # a story told in its paragraph, not the day the text was written
    story = (ctx.day is not None and ctx.day != written and ctx.day_at > ctx.present_at
             and same_paragraph(scan.paragraphs, ctx.day_at, start))
    if story:
        reference, now = ctx.day, None
        if cand.shift or quoted:
            way = cand.shift or direction(text, start, cand.end)
        else:  # narration goes forward, unless it looks back ("had left on Saturday")
            way = -1 if _HAD_BEFORE.search(text, max(0, start - 60), start) else 1
    else:
        now = _narrative_now(cand, ctx, scan) or scan.anchor
        if now is None or now.day is None:
            return None, None
        reference = date(now.year, now.month, now.day)
        way = cand.shift or direction(text, start, cand.end)
    if way == 0:
        return None, None
    gap = (cand.day - reference.weekday()) * way % 7 or 7
    return _ymd(reference + timedelta(days=gap * way)), now


_HAD_BEFORE = re.compile(r"(?i)\bhad\b[^.;!?]*\Z")


# how far before a dated record's own day a day of the month may be, to be of its year
_RECENT_DAYS = 60
# how far before a dated record's own day a day of the month may be, to be of the year before
# rather than months ahead in the record's: the nearer of the two ("our aide-memoire of 7
# December", in a cable of February 9, is the December just past)
_TURNED_DAYS = 182


def _recent_day_year(cand: _Candidate, ctx: _Context, scan: _Scan) -> int | None:
    """A day of the month in a dated record, in a paragraph of its own, that falls in the weeks
    before the record's day: of the record's year, not of a year an earlier paragraph named
    ("signed in March 1976"; then, in a cable of January 23, 1978, "the talks resumed the
    morning of January 21"), nor of the year of a paper named in its own paragraph ("your
    letter of May 3, 1958 ... On April 12 we spoke", in a record of April 1960)."""
    anchor = scan.anchor
    if anchor is None and scan.reference is not None:
        return _near_reference_year(cand, ctx, scan)
    if (cand.kind != "month_day" or anchor is None or anchor.day is None
            or ctx.frame_year in (None, anchor.year) or ctx.frame_at < 0
            or (same_paragraph(scan.paragraphs, ctx.frame_at, cand.start)
                and not ctx.frame_paper)):
        return None
    try:
        gap = (date(anchor.year, anchor.month, anchor.day)
               - date(anchor.year, cand.month, cand.day)).days
    except ValueError:
        return None
    return anchor.year if 0 <= gap <= _RECENT_DAYS else None


def _near_reference_year(cand: _Candidate, ctx: _Context, scan: _Scan) -> int | None:
    """The same for an undated text its place dates (an editorial note among the records of
    October 1957): a day of the month in a paragraph of its own, in the weeks around that
    place, is of the place's year, not of one an earlier paragraph's story named ("Tito had
    told him as much at their meeting in November 1955. ¶ At a meeting on October 14 ...")."""
    reference = scan.reference
    if (cand.kind != "month_day" or ctx.frame_year in (None, reference.year)
            or ctx.frame_at < 0 or same_paragraph(scan.paragraphs, ctx.frame_at, cand.start)):
        return None
    try:
        gap = abs((reference - date(reference.year, cand.month, cand.day)).days)
    except ValueError:
        return None
    return reference.year if gap <= _RECENT_DAYS else None


def _year_turned(cand: _Candidate, year: int, scan: _Scan) -> int | None:
    """The year before the record's own for a day of the month that then falls in the weeks
    before the record's day while in the record's year it would lie most of a year ahead: a
    cable of January 2 that tells of "December 30" tells of the one just past."""
    anchor = scan.anchor
    if (cand.kind != "month_day" or anchor is None or anchor.day is None
            or year != anchor.year or cand.month <= anchor.month):
        return None
    try:
        gap = (date(anchor.year, anchor.month, anchor.day)
               - date(anchor.year - 1, cand.month, cand.day)).days
    except ValueError:
        return None
    return anchor.year - 1 if 0 <= gap <= _TURNED_DAYS else None


def _weekday_year(cand: _Candidate, year: int, text: str) -> int:
    """The year of a month-day named with its weekday ("Friday, December 30"): of the year
    context gives and the ones next to it, the one in which that day is that weekday."""
    named = re.match(_WEEKDAY, text[cand.start:cand.end])
    if cand.kind != "month_day" or named is None:
        return year
    number = _WEEKDAY_NUMBER[re.match(r"[a-z]+?(?=day)", named.group().lower()).group()]
    for option in (year, year - 1, year + 1):
        try:
            if date(option, cand.month, cand.day).weekday() == number:
                return option
        except ValueError:
            continue
    return year


def _context_year(cand: _Candidate, ctx: _Context, scan: _Scan) -> int | None:
    # A day is told against the latest dated month; a bare month against the latest year.
    # A day with neither takes the year nearest the reference, when there is one, and so
    # does a day after one the reference placed: that year is a guess, each day is placed
    # on its own ("On December 28 ... On January 4").
    if _placed(cand, ctx, scan, None):
        return _nearest_year(cand, scan.reference) if cand.kind == "month_day" else ctx.year
    if cand.kind == "month_day" and ctx.frame_year:
        return ctx.frame_year
    if ctx.year:
        return ctx.year
    return scan.anchor.year if scan.anchor else None


def _placed(cand: _Candidate, ctx: _Context, scan: _Scan, borrowed: int | None) -> bool:
    """Whether a month-day's or a month's year is the one the reference places it in, not
    one the text gave: no year of its own, and none before it but one the reference placed
    (the latest month-day's, for a day; the latest year's, for a bare month)."""
    if scan.reference is None or cand.kind not in ("month_day", "month") or borrowed:
        return False
    if cand.kind == "month_day" and ctx.frame_year:
        return ctx.frame_placed
    return ctx.placed if ctx.year else cand.kind == "month_day"


# Farthest (days) a month-day may be from the reference to take a year from it: half a year
# away, the year before and the year after are as near as each other, and a note that far
# from its place retells an older story whose year its text must give.
_REFERENCE_REACH = 150


def _nearest_year(cand: _Candidate, reference: date | None) -> int | None:
    """The year (the reference's, or the one before or after) that puts a month-day nearest
    the reference day, when it is near enough."""
    if reference is None or cand.day is None:
        return None
    gaps = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            gaps.append((abs((date(year, cand.month, cand.day) - reference).days), year))
        except ValueError:  # February 29 of a common year
            continue
    gap, year = min(gaps, default=(_REFERENCE_REACH + 1, None))
    return year if gap <= _REFERENCE_REACH else None


def _parse_reference(reference: str | None) -> date | None:
    if reference is None:
        return None
    try:
        return date.fromisoformat(reference.strip())
    except ValueError:
        raise ValueError(f"reference is not an ISO day: {reference!r}") from None


def _two_digit_year(cand: _Candidate, ctx: _Context, anchor: _Anchor | None):
    # The century is the one that puts the year nearest the context year; failing that, the
    # anchor year, but a text looks back more often than ahead: "'64" in 2021 is 1964.
    known = ctx.year or (anchor.year if anchor else None)
    if known is None:
        return None
    years = [(known // 100 + c) * 100 + cand.year for c in (-1, 0, 1)]
    if not ctx.year:
        years = [y for y in years if y <= known + 20]
    year = min(years, key=lambda y: abs(y - known))
    return year, cand.month, cand.day


def _from_context(cand: _Candidate, ctx: _Context, anchor: _Anchor | None):
    kind, shift = cand.kind, cand.shift
    if kind == "context_day":
        return _ymd(ctx.day + timedelta(days=shift)) if ctx.day else None
    if kind == "context_week":
        return _week_month(ctx.day, ctx.month, shift)
    if kind == "context_day_of_month":
        if ctx.month_paper and anchor is not None and anchor.day is not None:
            return _recent_day_of_month(cand.day, anchor)
        if ctx.month:
            return *ctx.month, cand.day
        # with no date in the text yet, "on the 12th" is of the month of writing
        known = ctx.year is None and anchor is not None and anchor.month is not None
        return (anchor.year, anchor.month, cand.day) if known else None
    if kind == "context_month":
        return (*_add_months(*ctx.month, shift), None) if ctx.month else None
    if ctx.year is None:
        return None
    if kind == "context_season":
        return _season_year(cand, ctx.year, ctx.month[1] if _month_of_year(ctx) else None)
    return ctx.year + shift, cand.month, cand.day


def _recent_day_of_month(day: int, anchor: _Anchor) -> tuple[int, int, int]:
    """The latest day numbered ``day`` on or before the record's own day: "spent the forenoon
    8th with Doe" in a cable of February 9 is February 8; "the 20th" in it, January 20."""
    if day <= anchor.day:
        return anchor.year, anchor.month, day
    year, month = _add_months(anchor.year, anchor.month, -1)
    return year, month, day


def _month_of_year(ctx: _Context) -> bool:
    return ctx.month is not None and ctx.month[0] == ctx.year


def _season_year(cand: _Candidate, year: int, month: int | None):
    """The year of "the following spring" (cand.month: the season's first month) or "the
    previous autumn" (its last month) seen from ``year`` and, where known, ``month``."""
    if cand.shift > 0:
        year += 0 if month is not None and month < cand.month else 1
    elif cand.shift < 0:
        year -= 0 if month is not None and month > cand.month else 1
    return year, None, None


def _week_month(day: date | None, month: tuple[int, int] | None, shift: int):
    """A week is told by its month: the month of the day ``shift`` weeks from ``day``."""
    if day is not None:
        return (*_ymd(day + timedelta(weeks=shift))[:2], None)
    return (*month, None) if month is not None and shift == 0 else None


def _from_anchor(cand: _Candidate, anchor: _Anchor | None):
    if anchor is None:
        return None
    unit = cand.kind.removeprefix("anchor_")
    if unit == "year":
        return anchor.year + cand.shift, cand.month, cand.day
    if unit == "named_month":
        return _named_month_year(cand, anchor)
    if anchor.month is None:
        return None
    if unit == "season":
        return _season_year(cand, anchor.year, anchor.month)
    if unit == "week":
        known = date(anchor.year, anchor.month, anchor.day) if anchor.day else None
        return _week_month(known, (anchor.year, anchor.month), cand.shift)
    if unit == "month":
        return (*_add_months(anchor.year, anchor.month, cand.shift), None)
    if anchor.day is None:
        return None
    return _ymd(date(anchor.year, anchor.month, anchor.day) + timedelta(days=cand.shift))


def _named_month_year(cand: _Candidate, anchor: _Anchor):
    """Year of "last June" (the latest June before the anchor) or "next June" (the first after)."""
    if cand.shift == 0:
        return anchor.year, cand.month, None
    if anchor.month is None:
        return None
    if cand.shift < 0:
        year = anchor.year if cand.month < anchor.month else anchor.year - 1
    else:
        year = anchor.year if cand.month > anchor.month else anchor.year + 1
    return year, cand.month, None


def _ymd(day: date) -> tuple[int, int, int]:
    return day.year, day.month, day.day


def _format(year: int, month: int | None, day: int | None) -> tuple[str, str] | None:
    """ISO value and precision, or None for an impossible date such as February 30."""
    if not 1 <= year <= 9999:
        return None
    if month is None:
        return f"{year:04d}", "year"
    if day is None:
        return f"{year:04d}-{month:02d}", "month"
    try:
        date(year, month, day)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}", "day"


def _update(ctx: _Context, text: str, cand: _Candidate, ymd: tuple, borrowed: bool,
            now: _Anchor | None, anchor: _Anchor | None, placed: bool = False) -> None:
    """Move the context to a date just read; ``now`` is the time it was counted from,
    ``placed``: its year is the reference's guess."""
    year, month, day = ymd
    if now is not None and now is not anchor:
        return  # a quotation's "last week" is an aside in the story it is quoted in
    if now is not None:
        # The time of writing is an aside in a story told of another year ("the papers,
        # released last month, show that on September 4 ..."): it does not move that story.
        ctx.present_at = cand.start
        if ctx.year is not None and ctx.year != now.year:
            return
    if not _moves_time(text, cand):
        return
    ctx.year, ctx.placed = year, placed
    ctx.last_at = cand.start
    if month is not None:
        ctx.month = (year, month)
        ctx.month_paper = _names_a_paper(text, cand, ctx.paper_end)
        if day is not None or not _after_anchor(year, month, anchor):
            # a month still ahead of the record's day is a plan ("delivery by July"), not
            # the story's time: "the following day" still counts from the day told last
            ctx.day = date(year, month, day) if day is not None else None
            ctx.day_at = cand.start
        if cand.kind != "month" or borrowed:
            ctx.frame_year, ctx.frame_at, ctx.frame_placed = year, cand.start, placed
            ctx.frame_paper = _names_a_paper(text, cand, ctx.paper_end)
            ctx.paper_end = cand.end if ctx.frame_paper else ctx.paper_end
    elif _opens_sentence(text, cand.start):
        ctx.month, ctx.day, ctx.frame_year = None, None, None  # "In 1990, ..." starts anew


def _turned(cand: _Candidate, ymd: tuple, ctx: _Context, scan: _Scan,
            borrowed: int | None) -> bool:
    """Whether a month-day took the year before the record's because it lay months ahead in
    the record's own (``_year_turned``), not because the text's story is in that year."""
    anchor = scan.anchor
    # and a day counted from such a one ("the next day")
    return ((cand.kind == "month_day" or cand.kind.startswith("context_"))
            and not borrowed and anchor is not None
            and anchor.day is not None and ymd[0] == anchor.year - 1
            and (ctx.frame_year or ctx.year) != ymd[0])


def _step_back(ctx: _Context, text: str, cand: _Candidate, ymd: tuple) -> None:
    """A day of the year before the record's ("your letter of December 12", in a cable of
    April): "the next day" counts from it, but the story's year stays the record's, so "April
    6" after it is still of the record's year."""
    year, month, day = ymd
    if month is None:
        return
    ctx.month, ctx.month_paper = (year, month), _names_a_paper(text, cand, ctx.paper_end)
    if day is not None:
        ctx.day, ctx.day_at = date(year, month, day), cand.start


# The date of a paper: "dated May 3", "his letter of May 3", "letters of ... and", "telegram
# 2799, March 29" (a paper's number, then its date).
_PAPER_BEFORE = re.compile(
    r"(?i)(?:\bdated|\b(?:letter|memorandum|memo|telegram|cable|despatch|dispatch|airgram|"
    r"message|note|notes|paper|report|instruction|aide-m[ée]moire|minutes)s?"
    r"(?:\s+of|\s+(?:No\.\s*)?\d+,))\s*\Z")
# a date joined to one that names a paper ("letters of July 14 and November 10, 1958")
_JOINED = re.compile(r"\s*(?:,|and|or|,\s*and)\s*")


def _names_a_paper(text: str, cand: _Candidate, paper_end: int) -> bool:
    if paper_end >= 0 and _JOINED.fullmatch(text, paper_end, cand.start):
        return True
    return dates_a_paper(text, cand.start)


def dates_a_paper(text: str, start: int) -> bool:
    """Whether the date at ``start`` follows the paper it dates ("his letter of May 3")."""
    return bool(_PAPER_BEFORE.search(text, max(0, start - 40), start))


# A day or month this many years after the record's own is the editors' or a memoir's later
# time ("in an interview held January 6, 1984", in a note on 1960): the story stays in its own
# time. A year alone that far ahead is a forecast ("output will double by 1965"), and moves it.
_LATER_YEARS = 5


def _told_later(ymd: tuple, scan: _Scan) -> bool:
    own = scan.anchor.year if scan.anchor else scan.reference.year if scan.reference else None
    return own is not None and ymd[1] is not None and ymd[0] - own >= _LATER_YEARS


def _after_anchor(year: int, month: int, anchor: _Anchor | None) -> bool:
    return anchor is not None and anchor.month is not None and (year, month) > (
        anchor.year, anchor.month)


def _moves_time(text: str, cand: _Candidate) -> bool:
    """Whether a date sets the time later expressions count from.

    Not when it bounds a span ("since 1893", "until Spring 1962"), is vague ("two years ago",
    "circa 1990"), or names a thing ("the 1954 Geneva Conference", "Bowles' May 16 memorandum",
    "(1867)"): those are asides, and the story stays where it was.
    """
    before = _previous_word(text, cand.start)
    if before.lower() in ("since", "until", "till") or cand.modifier == "approx":
        return False
    if before == "by":
        return False  # a deadline ("a deal possible by Friday") is no event
    if text[cand.start - 1:cand.start] == "(" and text[cand.end:cand.end + 1] == ")":
        return False
    names_a_thing = before.lower() in _DETERMINERS or before.endswith(("'s", "’s", "'", "’"))
    return not (names_a_thing and _NAME_AFTER.match(text, cand.end))


_DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "our", "your", "my", "this",
                "that", "these", "those"}


def _opens_sentence(text: str, start: int) -> bool:
    # Near the start of the text, behave as if a sentence had just ended.
    before = (". " if start <= 30 else "") + text[max(0, start - 30):start]
    pattern = r"(?:[.!?]\s+|\n\s*)(?:(?:In|By|During|Throughout|Early|Late)\s+(?:in\s+)?)?$"
    return bool(re.search(pattern, before))


# --------------------------------------------------------------------------------------------


def extract_dates(text: str, anchor: str | None = None,
                  reference: str | None = None) -> list[DateMention]:
    """Every calendar date the text mentions, in text order; see the module docstring."""
    scan = _Scan(text, quoted_spans(text), paragraph_breaks(text),
                 _parse_anchor(anchor), _parse_reference(reference))
    chosen = _choose(_candidates(text))
    ctx = _Context()
    mentions: list[DateMention] = []
    floor = 0
    for index, raw in enumerate(chosen):
        cand = _with_modifier(text, raw, floor)
        following = chosen[index + 1] if index + 1 < len(chosen) else None
        borrowed = _borrowed_year(text, cand, following)
        placed = _placed(cand, ctx, scan, borrowed)  # read before the context moves
        ymd, now = _resolve(cand, ctx, scan, borrowed)
        formatted = _format(*ymd) if ymd else None
        if formatted is None:
            continue
        value, precision = formatted
        if _turned(cand, ymd, ctx, scan, borrowed):
            _step_back(ctx, text, cand, ymd)
        elif not _told_later(ymd, scan):
            _update(ctx, text, cand, ymd, borrowed is not None, now, scan.anchor, placed)
        floor = cand.end
        mentions.append(DateMention(
            text=text[cand.start:cand.end], value=value, precision=precision,
            char_start=cand.start, char_end=cand.end, modifier=cand.modifier, rule=cand.rule,
        ))
    return mentions
