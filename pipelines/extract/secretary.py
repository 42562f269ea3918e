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
    if holder is None or (not secretary_of_state_in_head(doc.text)
                          and _another_secretary(doc.text, people, holder)):
        return people
    if any(p is holder for p in people):  # named in the record without the role
        return [replace(p, role=_OFFICE, country=p.country or "US") if p is holder else p
                for p in people]
    return sorted([*people, holder], key=lambda p: p.key)


def _another_secretary(text: str, people: list[LocalPerson], holder: LocalPerson) -> bool:
    """Whether the record names another person of its own as "Secretary Doe" (a Treasury
    Secretary's visit: "the meeting between Secretary Connally and President Suharto ... The
    Secretary conveyed ..."): its bare "Secretary" is he, not the Secretary of State of the
    day."""
    return any(p.key != holder.key for p in secretary_named(text, people))


def secretary_of_state_in_head(text: str) -> bool:
    """The record's heading has the Secretary of State take part ("Telephone Conversation
    Between the Secretary of State and the Secretary of the Navy"): its "Secretary" is he."""
    return bool(STATE_IN_HEAD.search(text, 0, _HEAD_CHARS))


# the Secretary of State named as taking part (a British "Secretary of State for ..." is not)
STATE_IN_HEAD = re.compile(r"\bSecretary\s+of\s+State\b(?!\s+for\b)")
_HEAD_CHARS = 400


def secretary_named(text: str, people: list[LocalPerson]) -> list[LocalPerson]:
    """The people the text calls "Secretary Doe", by a word of their name after the title: a
    cabinet secretary of another department.  None where the record lists "The Secretary"
    among those present (a State record's own Secretary), and no Secretary of State, present
    or past ("Secretary Dulles' warning" recalled in 1960), nor a "Foreign Secretary Doe"."""
    if _SECRETARY_PRESENT.search(text):
        return []
    # a title refers back to the name: "THE SECRETARY: ... ROE: Secretary Doe could help you"
    # is not Doe
    bare = _THE_SECRETARY.search(text)
    after = {m.group(1).lower()
             for m in _SECRETARY_NAMED.finditer(text, 0, bare.start() if bare else len(text))}
    return [p for p in people if "of state" not in (p.role or "").lower()
            and after & {w.lower() for w in p.name.replace(".", " ").split() if len(w) > 2}]


_SECRETARY_NAMED = re.compile(r"(?<!Foreign )(?<!Assistant )(?<!Under )(?<!Deputy )"
                              r"(?<!Executive )(?<!Press )(?<!Permanent )(?<!Parliamentary )"
                              r"(?<!General )\bSecretary\s+([A-Z][a-z]{2,})\b")
# "the Secretary" alone, not of a department nor before a name
_THE_SECRETARY = re.compile(r"\b(?:[Tt]he|THE)\s+(?:Secretary|SECRETARY)\b"
                            r"(?!\s*(?:of|OF)\b|\s+[A-Z][a-z]|[\s,]+(?:General|GENERAL)\b|-)")
# "The Secretary" alone on a line of those present
_SECRETARY_PRESENT = re.compile(r"(?m)^[ \t]*The Secretary[ \t]*$")
