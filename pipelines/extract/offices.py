"""Holders of offices that U.S. records name by title alone ("The President: ...",
"The Secretary said ...").

Contract: ``us_president(iso_date)``, ``us_vice_president(iso_date)`` and
``secretary_of_state(iso_date)`` -> the name of the holder on that day, or None outside the
table, in a vacancy or for a date without a day (a month or a year can straddle a change).
``TITLED_OFFICES`` maps the titles that name those offices alone ("president", "secretary")
to their roles, and ``holder_on(role, iso_date)`` gives a role's holder.  Public-record facts (dates of taking office), not drawn from any
document of the corpus.  ``former_holder_named(text, title, mentions, roles, start, pos,
record_year)``: the former holder of an office a passage of an earlier year names with its
title.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipelines.document import PersonMention
from pipelines.extract.names import fold

# a role once held: "former Secretary of State"
_FORMER_ROLE = re.compile(r"(?:former|late|ex)\b")
_YEAR = re.compile(r"(?<![\w.,])(1[89]\d\d|20\d\d)(?![\w-])")

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
    ("2017-01-20", None),  # the table ends here
)
# vacancies (a Vice President who became President or resigned) are None
US_VICE_PRESIDENTS = (
    ("1941-01-20", "Henry A. Wallace"),
    ("1945-01-20", "Harry S. Truman"),
    ("1945-04-12", None),
    ("1949-01-20", "Alben W. Barkley"),
    ("1953-01-20", "Richard M. Nixon"),
    ("1961-01-20", "Lyndon B. Johnson"),
    ("1963-11-22", None),
    ("1965-01-20", "Hubert H. Humphrey"),
    ("1969-01-20", "Spiro T. Agnew"),
    ("1973-10-10", None),
    ("1973-12-06", "Gerald R. Ford"),
    ("1974-08-09", None),
    ("1974-12-19", "Nelson A. Rockefeller"),
    ("1977-01-20", "Walter F. Mondale"),
    ("1981-01-20", "George H. W. Bush"),
    ("1989-01-20", "Dan Quayle"),
    ("1993-01-20", "Al Gore"),
    ("2001-01-20", "Dick Cheney"),
    ("2009-01-20", "Joe Biden"),
    ("2017-01-20", None),  # the table ends here
)
SECRETARIES_OF_STATE = (
    ("1949-01-21", "Dean Acheson"),
    ("1953-01-21", "John Foster Dulles"),
    ("1959-04-22", "Christian A. Herter"),
    ("1961-01-21", "Dean Rusk"),
    ("1969-01-22", "William P. Rogers"),
    ("1973-09-03", None),  # between Rogers and Kissinger
    ("1973-09-22", "Henry A. Kissinger"),
    ("1977-01-20", None),
    ("1977-01-23", "Cyrus R. Vance"),
    ("1980-04-28", None),
    ("1980-05-08", "Edmund S. Muskie"),
    ("1981-01-18", None),
    ("1981-01-22", "Alexander M. Haig Jr."),
    ("1982-07-05", None),
    ("1982-07-16", "George P. Shultz"),
    ("1989-01-20", None),
    ("1989-01-25", "James A. Baker III"),
    ("1992-08-23", None),
    ("1993-01-20", "Warren Christopher"),
    ("1997-01-17", None),
    ("1997-01-23", "Madeleine K. Albright"),
    ("2001-01-20", "Colin L. Powell"),
    ("2005-01-26", "Condoleezza Rice"),
    ("2009-01-20", None),
)


def _holder(table: tuple[tuple[str, str | None], ...], iso_date: str | None) -> str | None:
    if not iso_date or len(iso_date) < 10 or iso_date < table[0][0]:
        return None
    holder = None
    for start, name in table:
        if start <= iso_date:
            holder = name
    return holder


def us_president(iso_date: str | None) -> str | None:
    return _holder(US_PRESIDENTS, iso_date)


def us_vice_president(iso_date: str | None) -> str | None:
    return _holder(US_VICE_PRESIDENTS, iso_date)


def secretary_of_state(iso_date: str | None) -> str | None:
    return _holder(SECRETARIES_OF_STATE, iso_date)


# the titles a U.S. record names these offices by alone ("The Secretary said ...")
TITLED_OFFICES = {"president": "President of the United States",
                  "secretary": "Secretary of State", "secretary of state": "Secretary of State"}


def holder_on(role: str, iso_date: str | None) -> str | None:
    """The holder of ``role`` (a value of ``TITLED_OFFICES``) on that day."""
    return (secretary_of_state if role == "Secretary of State" else us_president)(iso_date)


def is_secretary_of_state(role: str | None) -> bool:
    """The U.S. Secretary of State's role (not a British "Secretary of State for ...")."""
    role = fold(role or "")
    return role.startswith("secretary of state") and " of state for " not in role


def former_holder_named(text: str, title: str, mentions: Iterable[PersonMention],
                        roles: dict[str, str | None], start: int, pos: int,
                        record_year: int | None) -> str | None:
    """The key of a former holder of an office (``roles``: each person's role) whom the text
    names with its ``title`` between ``start`` and ``pos``, the latest, where that passage
    tells of a year before the record's: in "On May 30, 1964, Secretary Doe called on ... the
    Secretary replied" of a 1969 record the Secretary is Doe, at the time the passage tells
    of, not the holder of the record's day ("President Doe's foremost thought had been ...
    The President said" of the record's own day is his successor)."""
    if record_year is None or not any(int(y) < record_year
                                      for y in _YEAR.findall(text, start, pos)):
        return None
    words = title.lower().split()
    former = {k for k, role in roles.items()
              if _FORMER_ROLE.match(fold(role or "")) and " ".join(words) in fold(role or "")}
    if not former:  # the common case: nobody once held it
        return None
    # "Secretary Doe", not "former Secretary Doe": one the text calls former is not meant
    before = re.compile(r"(?<!former\s)(?<!late\s)(?<!ex-)\b" + r"\s+".join(map(re.escape, words))
                        + r"\s+\Z", re.IGNORECASE)
    named = [m for m in mentions if m.person_key in former and start <= m.char_start < pos]
    for m in sorted(named, key=lambda m: m.char_start, reverse=True):
        if before.search(text, max(0, m.char_start - len(title) - 16), m.char_start):
            return m.person_key
    return None
