"""The Secretary a U.S. record speaks of by title alone.

Contract: ``with_the_secretary(doc, people) -> people``, pure.  A FRUS record that calls
someone "the Secretary" or "Secretary" (or a note-taker's "Sec", "Secy") without a name ("Secretary saw Ambassador Chou this
evening", "the Secretary said that ...") and has no Secretary of State among its people gets
the Secretary of State of its day: the person of the record who may be him (``may_hold``),
given that role, else a person added with it.  A British "Secretary of State for ..." is no
such holder.  Other records, undated ones and those whose day had two holders are unchanged.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipelines.document import Document, LocalPerson
from pipelines.extract.offices import is_secretary_of_state, secretary_of_state
from pipelines.extract.persons_list import office_holder

_OFFICE = "Secretary of State"
# "Secretary" with no name after it and no other office ("Secretary General", "Secretary of
# Defense", "Assistant Secretary", "the Secretary's")
_BARE = re.compile(r"(?<!Assistant )(?<!Under )(?<!Deputy )(?<!Executive )(?<!Press )"
                   # and a note-taker's "The Sec said", "Secy thought"
                   r"(?<!General )\b(?:Secretary|(?<=[Tt]he )Secy?)\b(?![’']s|\s+(?:of|General|[A-Z]))")


def _holds_it(p: LocalPerson) -> bool:
    return is_secretary_of_state(p.role)


def with_the_secretary(doc: Document, people: list[LocalPerson]) -> list[LocalPerson]:
    if (not (doc.source_key or "").startswith("frus") or any(map(_holds_it, people))
            or not _BARE.search(doc.text)):
        return people
    holder = office_holder(secretary_of_state(doc.event_date), _OFFICE, people)
    if holder is None:
        return people
    if any(p is holder for p in people):  # named in the record without the role
        return [replace(p, role=_OFFICE, country=p.country or "US") if p is holder else p
                for p in people]
    return sorted([*people, holder], key=lambda p: p.key)
