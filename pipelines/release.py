"""Write a version's tables a group of documents at a time, from the extraction cache.

Contract: ``write_tables(release, entries, resolution, rejects, registry, store)`` writes into a
staged release (``pipelines.publish.staged_release``) the tables built once (people,
disclosures, rejects) and then, for each piece of documents in ``document_id`` order
(``pieces``), that piece's rows of every document table, loaded from ``store``, assembled by
``pipelines.tables`` and checked by ``pipelines.validate.PieceValidator``.  Only one piece's
extractions and rows are in memory at a time.  It returns the rows written per table, or
raises ``ValidationFailed`` with every failure of every piece (the caller publishes nothing).
Pieces depend only on the entries (never on batch sizes or workers), so the same input gives
the same files.
"""

from __future__ import annotations

from pipelines.cache import DocEntry, ExtractionCache
from pipelines.chunks import chunks
from pipelines.disclosures import Disclosure
from pipelines.document import Reject
from pipelines.publish import Release
from pipelines.resolve import Resolution
from pipelines.staging import sorted_frame
from pipelines.tables import DOCUMENT_TABLES, document_tables, whole_tables
from pipelines.validate import PieceValidator
from schemas.tables import TABLES

PIECE_CHARS = 2_000_000  # characters of document text per piece (a few MB of rows)
PIECE_DOCS = 2_000


class MissingExtraction(RuntimeError):
    """An entry's extraction is not in the store (the cache was changed during the build)."""


def pieces(entries: list[DocEntry], max_chars: int = PIECE_CHARS,
           max_docs: int = PIECE_DOCS) -> list[list[DocEntry]]:
    """Entries in ``document_id`` order, cut into pieces of about ``max_chars`` of text."""
    return chunks(sorted(entries, key=lambda e: e.document_id), lambda e: e.chars, max_docs,
                  max_chars)


def write_tables(release: Release, entries: list[DocEntry], resolution: Resolution,
                 rejects: list[Reject], registry: tuple[Disclosure, ...],
                 store: ExtractionCache) -> dict[str, int]:
    validator = PieceValidator(whole_tables(resolution, rejects, registry))
    rows = {}
    for name, frame in validator.whole.items():
        if not validator.failures:  # after a failure only check: nothing will be published
            release.write(name, sorted_frame(name, frame))
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
                release.write(name, sorted_frame(name, checked[name]))
            rows[name] += len(checked[name])
    validator.finish()
    return {name: rows[name] for name in TABLES}
