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
from itertools import combinations

from pipelines.document import Extraction, LocalPerson
from pipelines.extract.given_names import NICKNAMES
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
    """Map every key to the fullest key it unambiguously belongs to, a familiar given name
    standing for its formal forms ("jimmy carter" is "james earl carter")."""
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
    for key in ordered:  # once every fuller name has its target: nicknames to formal names
        if target[key] == key and (formal := _formal_targets(key, having, target)):
            target[key] = formal
    return target


def _variants(key: str) -> list[str]:
    """The key with its first word, a familiar given name, as each formal name it stands for."""
    first, _, rest = key.partition(" ")
    return [f"{name} {rest}" for name in NICKNAMES.get(first, ())] if rest else []


def _formal_targets(key: str, having: dict[str, set[str]], target: dict[str, str]
                    ) -> str | None:
    """The one person a nicknamed key's formal forms name ("bill hyland": "william g hyland";
    "bill rogers" fits two William Rogers: None)."""
    found = set()
    for variant in _variants(key):
        words = _words(variant)
        if not all(w in having for w in words):
            continue
        for k in set.intersection(*(having[w] for w in words)):
            if k == variant or _part_of(variant, k):
                found.add(target[k])
    return found.pop() if len(found) == 1 else None


def _same_names(people: list[tuple[str, LocalPerson]]) -> dict[str, str]:
    """Map every key to one key of the people that share a full name with it (same words in
    any order and accent, a listed multi-word alias, or another spelling of one long word in
    the same file: ``_spellings``), given as (file, person): union-find over names."""
    parent: dict[str, str] = {}

    def find(k: str) -> str:
        while parent.setdefault(k, k) != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(a: str, b: str) -> None:
        a, b = find(a), find(b)
        if a != b:
            parent[max(a, b, key=_fullness)] = min(a, b, key=_fullness)

    owner: dict[frozenset[str], str] = {}
    for _, p in sorted(people, key=lambda fp: fp[1].key):
        names = [p.key] + [name_key(a) for a in p.aliases if len(name_key(a).split()) >= 2]
        for n in names:
            words = frozenset(fold(n).split())
            if words in owner:
                union(owner[words], p.key)
            else:
                owner[words] = p.key
    for a, b in _spellings(people):
        union(a, b)
    groups: dict[str, set[str]] = {}
    for _, p in people:
        groups.setdefault(find(p.key), set()).add(p.key)
    cited = Counter(p.key for _, p in people)  # in how many documents
    out = {}
    for keys in groups.values():
        # the fullest name, and of names as full the one most documents give (not a typo)
        fullest = max(keys, key=lambda k: (len(k.split()), cited[k], len(k), k))
        out |= dict.fromkeys(keys, fullest)
    return out


# a word this long or longer may be misspelt by one letter and still name the same person
_LONG_WORD = 6


def _spellings(people: list[tuple[str, LocalPerson]]) -> list[tuple[str, str]]:
    """Pairs of keys of one file that are one person spelt two ways: the same words but one,
    a long word one letter apart ("konstantine"/"constantine", "machel"/"michel"), and roles
    that agree (the same, or one not given).  Two people of one file named so alike are
    rarer than a typo or a second transliteration."""
    roles: dict[tuple[str, str], set[str]] = {}
    for path, p in people:
        if len(p.key.split()) >= 2:
            roles.setdefault((path, p.key), set()).update([p.role.lower()] if p.role else [])
    buckets: dict[tuple, list[str]] = {}
    for path, key in sorted(roles):
        words = key.split()
        for i, w in enumerate(words):
            if len(w) >= _LONG_WORD:
                buckets.setdefault((path, i, *words[:i], "*", *words[i + 1:]), []).append(key)
    pairs = []
    for (path, i, *_), keys in buckets.items():
        for a, b in combinations(keys, 2):
            if (_one_letter_apart(a.split()[i], b.split()[i])
                    and len(roles[(path, a)] | roles[(path, b)]) <= 1):
                pairs.append((a, b))
    return pairs


def _one_letter_apart(a: str, b: str) -> bool:
    """One letter changed, added or dropped."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


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
    # (document ID, its file, person): a file is a volume of records, or one report
    locals_: list[tuple[str, str, LocalPerson]] = [
        (doc.document_id, doc.source_path, p)
        for doc in sorted(docs, key=lambda d: d.source_path) for p in doc.people]
    same = _same_names([(path, p) for _, path, p in locals_])
    locals_ = [(doc, path, p if same[p.key] == p.key else replace(p, key=same[p.key]))
               for doc, path, p in locals_]
    target = _canonical_keys({p.key for _, _, p in locals_})
    in_file = _within_files(locals_, target)
    groups: dict[str, list[LocalPerson]] = {}
    for _, path, p in locals_:
        groups.setdefault(in_file[(path, p.key)], []).append(p)
    people = {key: _person(key, group) for key, group in groups.items()}
    if previous:
        people = _keep_published_ids(people, groups, previous)
    ids = {(doc_id, p.key): people[in_file[(path, p.key)]].person_id
           for doc_id, path, p in locals_}
    # extractions still name people by their own keys
    ids |= {(doc.document_id, p.key): ids[(doc.document_id, same[p.key])]
            for doc in docs for p in doc.people}
    return Resolution(tuple(sorted(people.values(), key=lambda p: p.person_id)), ids)


# a short name goes to the one fuller name its file cites far more often than any other: in
# this many more of the file's documents than all the others together, and at least in ...
_DOMINANT_RATIO = 5
_DOMINANT_DOCS = 10  # ... this many


def _within_files(locals_: list[tuple[str, str, LocalPerson]], target: dict[str, str]
                  ) -> dict[tuple[str, str], str]:
    """(file, key) -> the person's key.  A short name that fits several people of the corpus
    ("Smith") is, in one file (a volume), the one of them the file cites, or the one it cites
    far more often than the others (Ian Smith, in 40 documents of a volume on Rhodesia, beside
    a general in 3); else it stays a person of its own."""
    docs_of: dict[str, Counter] = {}  # file -> target key -> documents citing them
    for _, path, p in locals_:
        docs_of.setdefault(path, Counter())[target[p.key]] += 1
    out: dict[tuple[str, str], str] = {}
    for _, path, p in locals_:
        key = target[p.key]
        if (path, p.key) in out:
            continue
        if key == p.key:
            cited = docs_of[path]
            fits = [k for k in cited if k != key and (_part_of(key, k) or any(
                _part_of(v, k) or v == k for v in _variants(key)))]
            key = _dominant(fits, cited) or key
        out[(path, p.key)] = key
    return out


def _dominant(keys: list[str], docs: Counter) -> str | None:
    if len(keys) == 1:
        return keys[0]
    if not keys:
        return None
    top = max(keys, key=lambda k: (docs[k], k))
    rest = sum(docs[k] for k in keys if k != top)
    return top if docs[top] >= max(_DOMINANT_DOCS, _DOMINANT_RATIO * rest) else None


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
