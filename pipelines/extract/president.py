"""The President a U.S. record speaks of by title alone, when it also recalls another.

Contract: ``with_the_president(doc, people) -> people``, pure.  A dated FRUS record that says
"the President" without a name and titles someone President who is a U.S. President of
another term ("President Eisenhower in Little Rock", recalled in a memorandum of 1970) gives
that person the role "former President" (or "later President"), so that "the President" is
not them.  Such a record, and one written in Washington (a memorandum of a meeting on India,
a telegram from the Department), where "the President" is the U.S. President whatever other
presidents it names, gets him when no person of the record may be the President of its day
(``may_hold``): a person with the office as role.  Other records are unchanged.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipelines.document import Document, LocalPerson
from pipelines.extract.names import fold
from pipelines.extract.offices import US_PRESIDENTS, us_president
from pipelines.extract.persons_list import may_hold, office_holder

_OFFICE = "President of the United States"
# "the President" with no name or other office after it ("the President of Lebanon")
_BARE = re.compile(r"\b(?:[Tt]he\s+)?President\b(?!\s+(?:of\b|[A-Z])|[’']s|-)")


def in_washington(doc: Document) -> bool:
    """A U.S. record written in Washington: its bare "President" is the U.S. President."""
    return (doc.source_key or "").startswith("frus") and (doc.place or "").startswith(
        "Washington")


def _term(p: LocalPerson) -> str | None:
    """The first day of the U.S. presidential term of the person titled plain "President"."""
    if fold(p.role or "") != "president":
        return None
    return next((start for start, name in US_PRESIDENTS
                 if name and may_hold(p, name, "President")), None)


def with_the_president(doc: Document, people: list[LocalPerson]) -> list[LocalPerson]:
    holder = us_president(doc.event_date)
    if (holder is None or not (doc.source_key or "").startswith("frus")
            or not _BARE.search(doc.text)):
        return people
    others = {p.key: start for p in people
              if (start := _term(p)) and not may_hold(p, holder, "President")}
    if not others and not in_washington(doc):
        return people
    people = [replace(p, role=f"{'former' if others[p.key] < doc.event_date else 'later'} "
                      "President", country=p.country or "US") if p.key in others else p
              for p in people]
    if any(may_hold(p, holder, "President") for p in people):
        return people
    found = office_holder(holder, _OFFICE, people)
    return sorted([*people, found], key=lambda p: p.key) if found else people
