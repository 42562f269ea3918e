"""Holders of offices that U.S. records name by title alone ("The President: ...").

Contract: ``us_president(iso_date)`` -> the name of the President of the United States on that
date, or None outside the table or for a date without a day and month that spans two terms.
Public-record facts (inauguration dates), not drawn from any document of the corpus.
"""

from __future__ import annotations

# (first day in office, name); each term runs to the next entry's first day.
US_PRESIDENTS = (
    ("1933-03-04", "Franklin D. Roosevelt"),
    ("1945-04-12", "Harry S. Truman"),
    ("1953-01-20", "Dwight D. Eisenhower"),
    ("1961-01-20", "John F. Kennedy"),
    ("1963-11-22", "Lyndon B. Johnson"),
    ("1969-01-20", "Richard M. Nixon"),
    ("1974-08-09", "Gerald R. Ford"),
    ("1977-01-20", "Jimmy Carter"),
    ("1981-01-20", "Ronald Reagan"),
    ("1989-01-20", "George H. W. Bush"),
    ("1993-01-20", "Bill Clinton"),
    ("2001-01-20", "George W. Bush"),
    ("2009-01-20", "Barack Obama"),
    ("2017-01-20", "Donald J. Trump"),
)
_END = "2021-01-20"


def us_president(iso_date: str | None) -> str | None:
    if not iso_date or len(iso_date) < 10:
        return None  # a month or a year can straddle an inauguration
    if not US_PRESIDENTS[0][0] <= iso_date < _END:
        return None
    holder = None
    for start, name in US_PRESIDENTS:
        if start <= iso_date:
            holder = name
    return holder
