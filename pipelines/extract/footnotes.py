"""Roles a record's footnotes give the people its text names without one.

Contract: ``with_footnote_roles(doc, people) -> people``, pure.  The editors identify people in
footnotes ("Representative Thomas E. Morgan (D-PA), Chairman of the House Committee on Foreign
Affairs"; "Abdi Ipekci, the editor and publisher of Milliyet").  A person of the record with no
role takes the role (and, where it names one, the country) of the one person the footnotes
give a role who has the same name, or the same family name when the footnotes and the record
each have one person of it.  Footnotes add no people and no mentions: their offsets do not
index the record's text.
"""

from __future__ import annotations

from dataclasses import replace

from pipelines.document import Document, LocalPerson
from pipelines.extract.names import surname
from pipelines.extract.people import extract_people


def with_footnote_roles(doc: Document, people: list[LocalPerson]) -> list[LocalPerson]:
    if not doc.notes or all(p.role for p in people):
        return people
    noted = [p for p in extract_people(doc.notes)[0] if p.role]
    by_key = {p.key: p for p in noted}
    by_family: dict[str, list[LocalPerson]] = {}
    for p in noted:
        by_family.setdefault(_family(p), []).append(p)
    ours: dict[str, int] = {}
    for p in people:
        ours[_family(p)] = ours.get(_family(p), 0) + 1
    out = []
    for p in people:
        found = by_key.get(p.key)
        if found is None and ours[_family(p)] == 1 and len(by_family.get(_family(p), ())) == 1:
            found = by_family[_family(p)][0]
        if p.role is None and found is not None:
            p = replace(p, role=found.role, country=p.country or found.country)
        out.append(p)
    return out


def _family(p: LocalPerson) -> str:
    return (surname(p.name.split()) or p.name).lower()
