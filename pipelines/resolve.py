"""People across documents: one canonical person per individual.

Contract: ``resolve_people(extractions) -> Resolution`` merges the documents' ``LocalPerson``s.
Two names are one person when their normalised keys are equal, or when one name's words are a
subset of exactly one other person's ("Bush" and "George H. W. Bush"; "Kaifu" and "Toshiki
Kaifu").  A name that fits several people ("George Bush": "George H. W. Bush" or "George W.
Bush") stays apart: precision first.  The canonical name is the fullest; ``person_id`` is a hash
of its normalised key, so it does not depend on document order.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from pipelines.document import Extraction, LocalPerson
from pipelines.extract.names import name_key
from pipelines.ids import stable_id


@dataclass(frozen=True)
class Person:
    person_id: str
    name: str
    aliases: tuple[str, ...]
    role: str | None
    country: str | None


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
    target: dict[str, str] = {}
    for key in ordered:
        supers = {target[k] for k in ordered if k != key and _part_of(key, k) and k in target}
        target[key] = supers.pop() if len(supers) == 1 else key
    return target


def resolve_people(extractions: list[Extraction]) -> Resolution:
    locals_: list[tuple[str, LocalPerson]] = [
        (ex.document.document_id, p)
        for ex in sorted(extractions, key=lambda e: e.document.source_path) for p in ex.people]
    target = _canonical_keys({p.key for _, p in locals_})
    groups: dict[str, list[LocalPerson]] = {}
    for _, p in locals_:
        groups.setdefault(target[p.key], []).append(p)
    people = {key: _person(key, group) for key, group in groups.items()}
    ids = {(doc_id, p.key): people[target[p.key]].person_id for doc_id, p in locals_}
    return Resolution(tuple(sorted(people.values(), key=lambda p: p.person_id)), ids)


def _person(key: str, group: list[LocalPerson]) -> Person:
    names = {p.name for p in group} | {a for p in group for a in p.aliases}
    canonical = max((n for n in names if name_key(n) == key), key=lambda n: (len(n), n))
    return Person(
        person_id=stable_id("person", key),
        name=canonical,
        aliases=tuple(sorted(n for n in names if n != canonical)),
        role=_most_common([p.role for p in group]),
        country=_most_common([p.country for p in group]),
    )


def _most_common(values: list[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], v))
