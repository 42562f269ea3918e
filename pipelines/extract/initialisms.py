"""People the text goes on to name by their initials.

Contract: ``with_initialisms(text, people, mentions) -> (people, mentions)``, pure.  A name
followed by its initials in brackets ("Defense Minister Chiang Ching-kuo (CCK)", "Henry A.
Kissinger (HAK)") introduces them: every later stand-alone use of those initials is a mention
of that person, and the initials become one of their aliases.  Initials that do not spell
the name's words (a hyphen parts words too) introduce nothing: "(ROC)" after a name is a
country's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipelines.document import LocalPerson, PersonMention

# initials in brackets right after a name: "Chiang Ching-kuo (CCK)"
_BRACKETED = re.compile(r"\s*\(([A-Z]{2,4})\)")


def _initials(name: str) -> set[str]:
    """"Chiang Ching-kuo": CCK (every word, a hyphen's too) or CC (its capitalised ones)."""
    words = re.findall(r"[^\W\d_][\w’']*", name)
    return {"".join(w[0] for w in words).upper(), "".join(w[0] for w in words if w[0].isupper())}


def with_initialisms(text: str, people: list[LocalPerson], mentions: list[PersonMention]
                     ) -> tuple[list[LocalPerson], list[PersonMention]]:
    by_key = {p.key: p for p in people}
    introduced: dict[str, tuple[str, int]] = {}  # initials -> (person key, where they start)
    for m in mentions:
        found = _BRACKETED.match(text, m.char_end)
        person = by_key.get(m.person_key)
        if found and person and found.group(1) not in introduced and found.group(1) in (
                _initials(m.text) | _initials(person.name)):
            introduced[found.group(1)] = (m.person_key, found.end())
    if not introduced:
        return people, mentions
    taken = {(m.char_start, m.char_end) for m in mentions}
    added = [PersonMention(key, letters, hit.start(), hit.end())
             for letters, (key, after) in introduced.items()
             for hit in re.compile(rf"(?<![\w-]){letters}(?![\w-])").finditer(text, after)
             if (hit.start(), hit.end()) not in taken]
    aliases = {key: letters for letters, (key, _) in introduced.items()}
    people = [replace(p, aliases=tuple(sorted({*p.aliases, aliases[p.key]})))
              if p.key in aliases else p for p in people]
    return people, sorted([*mentions, *added], key=lambda m: (m.char_start, m.char_end))
