"""Extraction: one pure function per concern, and ``extract_document`` that runs them all.

Contract: ``extract_document(doc) -> Extraction``: no I/O, no Prefect, deterministic.  Dates
are resolved against the document's own date (``published_on``) when the text gives none.
"""

from __future__ import annotations

from pipelines.document import Document, Extraction
from pipelines.extract.dates import extract_dates
from pipelines.extract.people import extract_people
from pipelines.extract.statements import extract_statements

# Bump when extraction rules change: cached per-document results are keyed by it.
EXTRACTOR_VERSION = "2026.11.30-1"


def extract_document(doc: Document) -> Extraction:
    people, mentions = extract_people(doc.text)
    dates = extract_dates(doc.text, anchor=doc.published_on)
    statements = extract_statements(doc.text, people, mentions, dates, doc.published_on)
    return Extraction(doc, tuple(people), tuple(mentions), tuple(statements), tuple(dates))
