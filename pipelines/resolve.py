"""People across documents: one canonical person per individual.

Contract: ``resolve_people(extractions) -> Resolution`` merges the documents' ``LocalPerson``s.
Two names are one person when their normalised keys are equal, when they have the same words
in another order or with other accents ("Tanaka Kakuei" in a FRUS persons list, "Kakuei Tanaka"
in a report; "Satō" and "Sato"), when a full name is another's listed alias ("Zhou Enlai" for
"Chou En-lai"), or when one name's words are a subset of exactly one other person's ("Bush" and "George H. W. Bush"; "Kaifu" and "Toshiki
Kaifu").  A name that fits several people ("George Bush": "George H. W. Bush" or "George W.
Bush") stays apart: precision first.  The canonical name is the fullest; ``person_id`` is a hash
of its normalised key, so it does not depend on document order.
"""

from __future__ import annotations

import sys
import weakref
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from pipelines.document import Extraction, LocalPerson
from pipelines.extract.names import fold, name_key
from pipelines.ids import stable_id


@dataclass(frozen=True)
class Person:
    person_id: str
    name: str
    aliases: tuple[str, ...]
    role: str | None
    country: str | None
    frus_person_ids: tuple[str, ...] = ()  # the persons-list entries that are this person


@dataclass(frozen=True)
class Resolution:
    people: tuple[Person, ...]
    ids: dict[tuple[str, str], str]  # (document_id, LocalPerson.key) -> person_id


def _words(key: str) -> frozenset[str]:
    return frozenset(key.split())


def _initials(key: str) -> frozenset[str]:
    return frozenset(w for w in key.split() if len(w) == 1)


def _part_of(short: str, full: str) -> bool:
    """'bush' is part of 'george h w bush'; 'george w bush' is not (its initials differ)."""
    if not _words(short) < _words(full):
        return False
    return not _initials(short) or _initials(short) == _initials(full)


def _fullness(key: str) -> tuple[int, int, str]:
    return (len(key.split()), len(key), key)


def _canonical_keys(keys: set[str]) -> dict[str, str]:
    """Map every key to the fullest key it unambiguously belongs to."""
    ordered = sorted(keys, key=_fullness, reverse=True)
    having: dict[str, set[str]] = {}  # word -> keys with it: a name's supersets share its words
    for k in ordered:
        for w in _words(k):
            having.setdefault(w, set()).add(k)
    target: dict[str, str] = {}
    for key in ordered:
        words = _words(key)
        candidates = set.intersection(*(having[w] for w in words)) if words else set(ordered)
        supers = {target[k] for k in candidates
                  if k != key and k in target and _part_of(key, k)}
        target[key] = supers.pop() if len(supers) == 1 else key
    return target


def _same_names(people: list[LocalPerson]) -> dict[str, str]:
    """Map every key to one key of the people that share a full name with it (same words in
    any order and accent, or a listed multi-word alias): union-find over names."""
    parent: dict[str, str] = {}

    def find(k: str) -> str:
        while parent.setdefault(k, k) != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    owner: dict[frozenset[str], str] = {}
    for p in sorted(people, key=lambda p: p.key):
        names = [p.key] + [name_key(a) for a in p.aliases if len(name_key(a).split()) >= 2]
        for n in names:
            words = frozenset(fold(n).split())
            if words in owner:
                a, b = find(owner[words]), find(p.key)
                if a != b:
                    parent[max(a, b, key=_fullness)] = min(a, b, key=_fullness)
            else:
                owner[words] = p.key
    groups: dict[str, set[str]] = {}
    for p in people:
        groups.setdefault(find(p.key), set()).add(p.key)
    out = {}
    for keys in groups.values():
        fullest = max(keys, key=_fullness)  # once per group: a name recurs in every document
        out |= dict.fromkeys(keys, fullest)
    return out


@dataclass(frozen=True)
class DocPeople:
    """What resolution needs of one document: its ID, its path (for a stable order) and its
    ``LocalPerson``s.  A build keeps only this of each document while it resolves."""

    document_id: str
    source_path: str
    people: tuple[LocalPerson, ...]

    @classmethod
    def of(cls, ex: Extraction) -> DocPeople:
        return cls(ex.document.document_id, ex.document.source_path, tuple(ex.people))

    def shared(self) -> DocPeople:
        """The same, with equal people (and paths) as one object each: the same person in the
        same role recurs in many documents, and a build holds every document's people until
        it resolves them (measured: about 4 KB a document as copies, under 1 KB shared)."""
        return DocPeople(self.document_id, sys.intern(self.source_path),
                         tuple(_shared(p) for p in self.people))


# equal LocalPersons -> one of them, while any document still holds it
_SHARED: weakref.WeakValueDictionary = weakref.WeakValueDictionary()


def _shared(person: LocalPerson) -> LocalPerson:
    fields = (person.key, person.name, person.aliases, person.role, person.country,
              person.list_ids)
    found = _SHARED.get(fields)
    if found is None:
        found = LocalPerson(sys.intern(person.key), sys.intern(person.name),
                            tuple(sys.intern(a) for a in person.aliases),
                            _interned(person.role), _interned(person.country),
                            tuple(sys.intern(i) for i in person.list_ids))
        _SHARED[fields] = found
    return found


def _interned(text: str | None) -> str | None:
    return None if text is None else sys.intern(text)


def resolve_people(extractions: Sequence[Extraction | DocPeople],
                   previous: Mapping[str, str] | None = None) -> Resolution:
    """``extractions``: the documents' extractions, or just their ``DocPeople``.
    ``previous``: the latest published version's people, name key -> person_id.  A person
    whose new canonical name is fuller than the one published before ("Ohira" becoming
    "Masayoshi Ohira") keeps the published ID, so IDs stay stable across versions."""
    docs = [x if isinstance(x, DocPeople) else DocPeople.of(x) for x in extractions]
    locals_: list[tuple[str, LocalPerson]] = [
        (doc.document_id, p) for doc in sorted(docs, key=lambda d: d.source_path)
        for p in doc.people]
    same = _same_names([p for _, p in locals_])
    locals_ = [(doc, p if same[p.key] == p.key else replace(p, key=same[p.key]))
               for doc, p in locals_]
    target = _canonical_keys({p.key for _, p in locals_})
    groups: dict[str, list[LocalPerson]] = {}
    for _, p in locals_:
        groups.setdefault(target[p.key], []).append(p)
    people = {key: _person(key, group) for key, group in groups.items()}
    if previous:
        people = _keep_published_ids(people, groups, previous)
    ids = {(doc_id, p.key): people[target[p.key]].person_id for doc_id, p in locals_}
    # extractions still name people by their own keys
    ids |= {(doc.document_id, p.key): ids[(doc.document_id, same[p.key])]
            for doc in docs for p in doc.people}
    return Resolution(tuple(sorted(people.values(), key=lambda p: p.person_id)), ids)


def published_keys(people: Iterable[tuple[str, str]]) -> dict[str, str]:
    """A published version's people, (person_id, name) pairs, as ``resolve_people`` takes
    them: name key -> person_id (the later row wins, as in a dict)."""
    return {name_key(name): person_id for person_id, name in people}


def _keep_published_ids(people: dict[str, Person], groups: dict[str, list[LocalPerson]],
                        previous: Mapping[str, str]) -> dict[str, Person]:
    """Give a new person the published ID of the one previous person among their names (when
    their own ID is new and no one else claims that previous ID)."""
    published = set(previous.values())
    claims: dict[str, list[str]] = {}
    for key, person in people.items():
        if person.person_id in published:
            continue
        names = {name_key(n) for p in groups[key] for n in (p.name, *p.aliases)} | {key}
        found = {previous[n] for n in names if n in previous}
        if len(found) == 1:
            claims.setdefault(found.pop(), []).append(key)
    taken = {p.person_id for p in people.values()}
    out = dict(people)
    for old_id, keys in claims.items():
        if len(keys) == 1 and old_id not in taken:
            out[keys[0]] = replace(people[keys[0]], person_id=old_id)
    return out


def _person(key: str, group: list[LocalPerson]) -> Person:
    names = {p.name for p in group} | {a for p in group for a in p.aliases}
    canonical = max((n for n in names if name_key(n) == key),
                    key=lambda n: (len(n), n), default=None)
    if canonical is None:  # the key came from a name spelled another way
        canonical = max(names, key=lambda n: (fold(n) == fold(key), len(n), n))
    return Person(
        person_id=stable_id("person", key),
        name=canonical,
        aliases=tuple(sorted(n for n in names if n != canonical)),
        role=_most_common([p.role for p in group]),
        country=_most_common([p.country for p in group]),
        frus_person_ids=tuple(sorted({i for p in group for i in p.list_ids})),
    )


def _most_common(values: list[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], v))
