"""The monarch a record speaks of by title alone.

Contract: ``with_the_sovereign(doc, people) -> people``, pure.  A record that names a monarch
by title only ("Shah said ...", "the Emperor told me ..."), has no person of that title among
its people, and belongs to a volume whose persons list gives that title to one entry alone
(``Document.sovereigns``: "Pahlavi, Mohammed Reza, Shah of Iran") gets that entry as a person,
with the role of the record's day and the list's ID.  A title followed by a name ("King
Hussein") is the text's own person; a role that serves the title ("Minister of the Court of
the Shah") does not hold it (``holds``); other records are unchanged.
"""

from __future__ import annotations

import re

from pipelines.document import Document, LocalPerson
from pipelines.extract.lexicon import MONARCH_TITLES
from pipelines.extract.names import name_key
from pipelines.extract.persons_list import clean_role, list_id, role_country, roles_day

# a monarch's title with no name after it: "Shah said", "the King told me"
BARE_MONARCH = re.compile(rf"\b({MONARCH_TITLES})\b(?![’']s\s+[A-Z]|\s+(?:of\b|[A-Z]))")


# what a title follows in a role that serves it: "Minister of the Court of the Shah"
_SERVES = re.compile(r"\b(?:of|to|for)\s+(?:the\s+)?$", re.IGNORECASE)


def holds(title: str, role: str) -> bool:
    """Whether a role holds a monarch's title ("Shah of Iran"), not serves it ("Minister of
    the Court of the Shah")."""
    return any(not _SERVES.search(role, 0, t.start())
               for t in re.finditer(rf"\b(?:{title})\b", role))


def with_the_sovereign(doc: Document, people: list[LocalPerson]) -> list[LocalPerson]:
    if not doc.sovereigns:
        return people
    named = {m.group(1) for m in BARE_MONARCH.finditer(doc.text)}
    added = []
    for entry in doc.sovereigns:
        titles = {t for t in named if re.search(rf"\b{t}\b", entry.role or "")}
        if not titles or any(holds(t, p.role or "") for t in titles for p in people):
            continue  # not named so, or a person of the record holds the title already
        role = clean_role(entry.role, roles_day(doc)) or entry.role
        added.append(LocalPerson(name_key(entry.name), entry.name, entry.aliases, role,
                                 role_country(role), (list_id(doc, entry),)))
    known = {p.key for p in people}
    return sorted([*people, *(p for p in added if p.key not in known)], key=lambda p: p.key)
