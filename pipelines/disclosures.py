"""The disclosures registry: release batches and which corpus files belong to each.

Contract: ``load_registry(path) -> tuple[Disclosure, ...]`` reads and checks the TOML registry
(``disclosures/registry.toml``); a malformed registry raises ``RegistryError`` naming the entry
and field, before anything is built.  ``disclosure_of(source_path, registry)`` is the ID of the
first disclosure whose ``corpus_files`` glob patterns match the path, or None.  Published
volumes (FRUS) are disclosures of their own, described by their headers (``Volume``):
``with_volumes(registry, volumes)`` adds each volume read, unless the registry has an entry of
the same ID.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path

from pipelines.document import Volume
from pipelines.settings import REGISTRY

ID = re.compile(r"[a-z0-9][a-z0-9.\-]*")
ISO_PARTIAL = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")
REQUIRED = ("id", "publisher", "title", "released_on")
FIELDS = {*REQUIRED, "period_start", "period_end", "files", "pages", "topics", "source_url",
          "terms", "corpus_files"}


# A FRUS volume is a release of the Office of the Historian; a U.S. Government work
VOLUME_PUBLISHER = "Office of the Historian, U.S. Department of State"
VOLUME_TERMS = "Public domain: a work of the United States Government."


class RegistryError(ValueError):
    """The registry cannot be used; the message says which entry and field."""


@dataclass(frozen=True)
class Disclosure:
    id: str
    publisher: str
    title: str
    released_on: str
    period_start: str | None = None
    period_end: str | None = None
    files: int | None = None
    pages: int | None = None
    topics: tuple[str, ...] = ()
    source_url: str | None = None
    terms: str | None = None
    corpus_files: tuple[str, ...] = ()


def load_registry(path: Path = REGISTRY) -> tuple[Disclosure, ...]:
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise RegistryError(f"cannot read the disclosures registry {path}: {exc}") from exc
    entries = data.get("disclosure", [])
    if not isinstance(entries, list):
        raise RegistryError(f"{path}: expected [[disclosure]] entries")
    out = tuple(_entry(e, i, path) for i, e in enumerate(entries, 1))
    seen: set[str] = set()
    for d in out:
        if d.id in seen:
            raise RegistryError(f"{path}: disclosure id {d.id!r} appears twice")
        seen.add(d.id)
    return out


def _entry(raw: dict, n: int, path: Path) -> Disclosure:
    where = f"{path}: disclosure #{n} ({raw.get('id', '?')})"
    unknown = set(raw) - FIELDS
    if unknown:
        raise RegistryError(f"{where}: unknown field(s) {sorted(unknown)}")
    for key in REQUIRED:
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise RegistryError(f"{where}: {key} is required (a non-empty string)")
    if not ID.fullmatch(raw["id"]):
        raise RegistryError(f"{where}: id must be lowercase letters, digits, '.' and '-'")
    for key in ("released_on", "period_start", "period_end"):
        if key in raw and not (isinstance(raw[key], str) and ISO_PARTIAL.fullmatch(raw[key])):
            raise RegistryError(f"{where}: {key} must be an ISO date (YYYY, YYYY-MM, YYYY-MM-DD)")
    for key in ("files", "pages"):
        if key in raw and (not isinstance(raw[key], int) or raw[key] < 0):
            raise RegistryError(f"{where}: {key} must be a whole number")
    for key in ("topics", "corpus_files"):
        if not all(isinstance(v, str) for v in raw.get(key, [])):
            raise RegistryError(f"{where}: {key} must be a list of strings")
    return Disclosure(
        id=raw["id"], publisher=raw["publisher"].strip(), title=raw["title"].strip(),
        released_on=raw["released_on"], period_start=raw.get("period_start"),
        period_end=raw.get("period_end"), files=raw.get("files"), pages=raw.get("pages"),
        topics=tuple(raw.get("topics", ())), source_url=raw.get("source_url"),
        terms=raw.get("terms"), corpus_files=tuple(raw.get("corpus_files", ())))


def volume_disclosure_id(volume: Volume) -> str:
    """A volume's ID as a disclosure ID (lowercase: "frus1952-54Guat" -> "frus1952-54guat")."""
    return volume.id.lower()


def volume_disclosure(volume: Volume) -> Disclosure:
    """A published volume as a disclosure: no hand entry needed."""
    return Disclosure(id=volume_disclosure_id(volume), publisher=VOLUME_PUBLISHER, title=volume.title,
                      released_on=volume.released_on or "", period_start=volume.period_start,
                      period_end=volume.period_end, source_url=volume.source_url,
                      terms=VOLUME_TERMS)


def with_volumes(registry: tuple[Disclosure, ...], volumes: list[Volume | None]
                 ) -> tuple[Disclosure, ...]:
    """The registry's batches, then each volume once (by ID, in ID order) that has a release
    date and no hand entry of the same ID."""
    taken = {d.id for d in registry}
    found = {volume_disclosure_id(v): v for v in volumes
             if v is not None and v.released_on and volume_disclosure_id(v) not in taken}
    return registry + tuple(volume_disclosure(found[i]) for i in sorted(found))


def disclosure_of(source_path: str, registry: tuple[Disclosure, ...]) -> str | None:
    for d in registry:
        if any(fnmatchcase(source_path, pattern) for pattern in d.corpus_files):
            return d.id
    return None
