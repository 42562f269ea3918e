"""After extraction: resolve people, then write, validate and publish a version a piece at a time.

Contract: ``resolve(entries, output)`` resolves the entries' people across documents, keeping
the IDs the latest version in ``output`` published.  ``write_version(...)`` stages a version,
writes its tables (``write_tables``) and publishes it; when validation fails it writes
``validation-failure.md`` beside the versions, publishes nothing and raises
``ValidationFailed``.

``write_tables(staged, entries, resolution, rejects, registry, store)`` writes into a
staged version (``pipelines.publish.staged_version``) the tables built once (people,
disclosures, rejects) and then, for each piece of documents in ``document_id`` order
(``pieces``), that piece's rows of every document table, loaded from ``store``, assembled by
``pipelines.assemble.tables`` and checked by ``pipelines.assemble.validate.PieceValidator``.  Only one piece's
extractions and rows are in memory at a time.  It returns the rows written per table, or
raises ``ValidationFailed`` with every failure of every piece (the caller publishes nothing).
Pieces depend only on the entries (never on batch sizes or workers), so the same input gives
the same files.
"""

from __future__ import annotations

from pathlib import Path

from pipelines.assemble.tables import DOCUMENT_TABLES, document_tables, whole_tables
from pipelines.assemble.validate import PieceValidator, ValidationFailed
from pipelines.build import progress
from pipelines.build.cache import DocEntry, ExtractionCache
from pipelines.build.chunks import chunks
from pipelines.disclosures import Disclosure
from pipelines.document import Reject
from pipelines.publish import (
    PublishResult,
    StagedVersion,
    published_people,
    sorted_frame,
    staged_version,
    write_validation_failure,
)
from pipelines.resolve import Resolution, published_keys, resolve_people
from pipelines.settings import PIECE_CHARS, PIECE_DOCS
from schemas.tables import TABLES


def resolve(entries: list[DocEntry], output: Path) -> Resolution:
    return resolve_people([e.people for e in entries], published_keys(published_people(output)))


def write_version(entries: list[DocEntry], resolution: Resolution, rejects: list[Reject],
                  registry: tuple[Disclosure, ...], store: ExtractionCache, output: Path,
                  inputs: str) -> tuple[PublishResult, dict[str, int]]:
    """Publish the version (or find it up to date); ``inputs`` (the build's inputs key) is
    recorded in its history entry, so a rerun with the same inputs stops early."""
    try:
        with staged_version(output) as staged:
            rows = write_tables(staged, entries, resolution, rejects, registry, store)
            return staged.publish({"inputs": inputs}), rows
    except ValidationFailed as failed:
        report = write_validation_failure(output, failed)
        progress(f"validation failed: nothing published; report: {report}")
        raise


class MissingExtraction(RuntimeError):
    """An entry's extraction is not in the store (the cache was changed during the build)."""


def pieces(entries: list[DocEntry], max_chars: int = PIECE_CHARS,
           max_docs: int = PIECE_DOCS) -> list[list[DocEntry]]:
    """Entries in ``document_id`` order, cut into pieces of about ``max_chars`` of text."""
    return chunks(sorted(entries, key=lambda e: e.document_id), lambda e: e.chars, max_docs,
                  max_chars)


def write_tables(staged: StagedVersion, entries: list[DocEntry], resolution: Resolution,
                 rejects: list[Reject], registry: tuple[Disclosure, ...],
                 store: ExtractionCache) -> dict[str, int]:
    validator = PieceValidator(whole_tables(resolution, rejects, registry))
    rows = {}
    for name, frame in validator.whole.items():
        if not validator.failures:  # after a failure only check: nothing will be published
            staged.write(name, sorted_frame(name, frame))
        rows[name] = len(frame)
    rows |= dict.fromkeys(DOCUMENT_TABLES, 0)
    for piece in pieces(entries):
        extractions = []
        for e in piece:
            ex = store.load(e.cache_key)
            if ex is None:
                raise MissingExtraction(f"{e.source_path}: extraction {e.cache_key} is gone")
            extractions.append(ex)
        checked = validator.piece(document_tables(extractions, resolution, registry))
        for name in DOCUMENT_TABLES:
            if not validator.failures:
                staged.write(name, sorted_frame(name, checked[name]))
            rows[name] += len(checked[name])
    validator.finish()
    return {name: rows[name] for name in TABLES}
