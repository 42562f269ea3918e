"""A FRUS volume's own description, from its TEI header: what release the volume is.

Contract: ``read_volume(root, volume_id, published)`` returns a ``Volume``: its title (the
header's complete title, else series, subseries, number and volume title joined), when it was
released (the day its press release gives, when that falls in the header's publication year,
else that year), the years its records cover (from the volume title, else the subseries: "1969–
1976", "Vietnam, January–June 1965"), and its page on history.state.gov.  A field the header
does not give is None: never guessed.
"""

from __future__ import annotations

import calendar
import re

from pipelines.document import Volume

VOLUME_URL = "https://history.state.gov/historicaldocuments/{volume}"
TITLE_PARTS = ("series", "subseries", "volumenumber", "volume")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)(?:\s*[-–]\s*(\d{2,4})\b)?")
_MONTHS = list(calendar.month_name)[1:]  # English: Python never sets the locale unasked
_DAY = re.compile(r"\b(" + "|".join(_MONTHS) + r")\s+(\d{1,2}),\s+(\d{4})\b")
_WS = re.compile(r"\s+")


def read_volume(root, volume_id: str, published: str | None) -> Volume:
    titles = _header_titles(root)
    title = titles.get("complete") or ", ".join(
        titles[t] for t in TITLE_PARTS if titles.get(t)) or volume_id
    start, end = _period(titles.get("volume")) or _period(titles.get("subseries")) or (None, None)
    return Volume(volume_id, title, _released_on(root, published), start, end,
                  VOLUME_URL.format(volume=volume_id))


def _header_titles(root) -> dict[str, str]:
    """The header's titles by type (the first of each type)."""
    out: dict[str, str] = {}
    for header in root.iter("{*}teiHeader"):
        for el in header.iter("{*}title"):
            kind = el.get("type") or "complete"
            text = _WS.sub(" ", "".join(el.itertext())).strip()
            if text:
                out.setdefault(kind, text)
        break
    return out


def _period(title: str | None) -> tuple[str, str] | None:
    """The first and last year a title names ("1969–1976", "1964–68", "January 1965")."""
    if not title:
        return None
    years = []
    for m in _YEAR.finditer(title):
        years.append(int(m.group(1)))
        if m.group(2):  # "1964–68": the century of the first year
            tail = m.group(2)
            years.append(int(m.group(1)[: 4 - len(tail)] + tail))
    return (str(min(years)), str(max(years))) if years else None


def _released_on(root, published: str | None) -> str | None:
    """The press release's day when it falls in the publication year, else that year."""
    for div in root.iter("{*}div"):
        if div.get("{http://www.w3.org/XML/1998/namespace}id") != "pressrelease":
            continue
        m = _DAY.search(_WS.sub(" ", " ".join(div.itertext())))  # <lb/> splits words
        if m and (published is None or m.group(3) == published):
            month = _MONTHS.index(m.group(1)) + 1
            return f"{m.group(3)}-{month:02d}-{int(m.group(2)):02d}"
        break
    return published
