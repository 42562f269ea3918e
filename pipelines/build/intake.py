"""Corpus files in; what a build keeps of each document (``DocEntry``), or what is left to extract.

Contract: ``file_groups(paths, max_bytes, max_files)`` cuts the discovered files into groups a
task reads at once (bounded in bytes, so memory is bounded by the group, not the corpus).
``take_in(paths, corpus, store, manifests)`` returns, for one group, the entries remembered
for unchanged files (nothing parsed), the entries of documents whose extraction is cached, the
documents still to extract (with their place in their file), the read rejects and the files
read afresh.  ``remember`` stores a fresh file's entries once every document of it has one;
``keep_first`` drops duplicate documents (one FRUS document in two files, identical files): the
first by path and place in the file stays, the others become rejects, and a kept document
whose extraction failed becomes an ``extract`` reject.  Every file and document ends as an
entry or a reject.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pipelines.build.cache import DocEntry, ExtractionCache, FileManifests, cache_key
from pipelines.build.chunks import chunks
from pipelines.document import Document, Reject
from pipelines.ids import sha256_hex
from pipelines.readers import read_documents


@dataclass(frozen=True)
class ToExtract:
    """A document still to extract, with its place in its file and its cache key."""

    doc: Document
    position: int
    key: str


@dataclass
class Intake:
    entries: list[DocEntry] = field(default_factory=list)
    todo: list[ToExtract] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    fresh: dict[str, tuple[str, int]] = field(default_factory=dict)  # path -> (sha256, docs)


def file_groups(paths: list[Path], max_bytes: int, max_files: int) -> list[list[Path]]:
    """Consecutive groups of at most ``max_files`` files and about ``max_bytes`` (a larger file
    makes a group of its own)."""
    return chunks(paths, lambda p: p.stat().st_size, max_files, max_bytes)


def take_in(paths: list[Path], corpus: Path, store: ExtractionCache,
            manifests: FileManifests | None) -> Intake:
    out = Intake()
    to_read = []
    for path in paths:
        source_path = path.relative_to(corpus).as_posix()
        digest = _digest(path)
        known = manifests.get(source_path, digest) if manifests and digest else None
        if known is not None and all(store.has(e.cache_key) for e in known):
            out.entries += known
        else:
            to_read.append((path, source_path, digest))
    docs, out.rejects = read_documents([p for p, _, _ in to_read], corpus)
    places: dict[str, int] = {}  # documents read per file so far
    for doc in docs:
        place = places.get(doc.source_path, 0)
        places[doc.source_path] = place + 1
        key = cache_key(doc)
        found = store.get(doc, key)
        if found is not None:
            out.entries.append(DocEntry.of(found, place, key))
        else:
            out.todo.append(ToExtract(doc, place, key))
    failed = {r.source_path.split("#")[0] for r in out.rejects}
    out.fresh = {source_path: (digest, places.get(source_path, 0))
                 for _, source_path, digest in to_read if digest and source_path not in failed}
    return out


def _digest(path: Path) -> str | None:
    try:
        return sha256_hex(path.read_bytes())
    except OSError:
        return None  # the reader will reject it with the reason


def remember(manifests: FileManifests, fresh: dict[str, tuple[str, int]],
             entries: list[DocEntry]) -> None:
    """Store each fresh file's entries, when every document of it has a good one."""
    by_file: dict[str, list[DocEntry]] = {}
    for e in entries:
        if e.source_path in fresh:
            by_file.setdefault(e.source_path, []).append(e)
    for path, (digest, count) in fresh.items():
        got = sorted(by_file.get(path, []), key=lambda e: e.position)
        if count and len(got) == count and not any(e.failure for e in got):
            manifests.put(path, digest, got)


def keep_first(entries: list[DocEntry]) -> tuple[list[DocEntry], list[Reject]]:
    """Entries without duplicates or failures, in (path, place) order, and the rejects."""
    seen: dict[str, str] = {}
    kept: list[DocEntry] = []
    rejects: list[Reject] = []
    for e in sorted(entries, key=lambda e: (e.source_path, e.position)):
        where = f"{e.source_path}#{e.source_key}" if e.source_key else e.source_path
        if e.document_id in seen:
            what = e.source_key or "same content"
            rejects.append(Reject(where, f"duplicate of {seen[e.document_id]} ({what})", "read",
                                  e.sha256))
            continue
        seen[e.document_id] = e.source_path
        if e.failure:
            rejects.append(Reject(where, e.failure, "extract", e.sha256))
        else:
            kept.append(e)
    return kept, rejects
