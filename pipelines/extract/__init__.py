"""Extraction: one pure function per concern, and ``extract_document`` that runs them all.

Contract: ``extract_document(doc) -> Extraction``: no I/O, no Prefect, deterministic.  Dates
are resolved against the document's own date when the text gives none: the conversation's date
for a primary record, else ``published_on``.

News-style documents go through the prose extractors only.  Primary records read from TEI (a
``Document`` with markup) also use their persons list, speaker turns and dateline
(``pipelines.extract.records``): a record of a conversation (memorandum of conversation,
telephone conversation, minutes, or any record with speaker turns) dates every statement on
the conversation's date and links it to the conversation's exchange.
"""

from __future__ import annotations

from dataclasses import replace

from pipelines.document import Document, Extraction, Statement
from pipelines.extract.conversations import (
    CONVERSATIONS,
    link_statements,
    record_exchange,
    reported_exchanges,
)
from pipelines.extract.dates import extract_dates
from pipelines.extract.people import extract_people
from pipelines.extract.records import (
    TurnReader,
    record_people,
    speaker_turns,
    turn_statements,
)
from pipelines.extract.segment import Spans
from pipelines.extract.statements import extract_statements

# Bump when extraction rules change: cached per-document results are keyed by it.
EXTRACTOR_VERSION = "2026.11.30-9"


def extract_document(doc: Document) -> Extraction:
    if doc.markup:
        return extract_record(doc)
    people, mentions = extract_people(doc.text)
    dates = extract_dates(doc.text, anchor=doc.published_on)
    statements = extract_statements(doc.text, people, mentions, dates, doc.published_on)
    exchanges = reported_exchanges(doc.text, mentions, dates)
    statements = link_statements(statements, exchanges)
    return Extraction(doc, tuple(people), tuple(mentions), _unique(statements), tuple(dates),
                      tuple(exchanges))


def _unique(statements: list[Statement]) -> tuple[Statement, ...]:
    """One statement per span and kind (two cues can report the same clause): the first."""
    seen: set[tuple[int, int, str]] = set()
    out = []
    for s in statements:
        key = (s.char_start, s.char_end, s.kind)
        if key not in seen:
            seen.add(key)
            out.append(s)
    return tuple(out)


def extract_record(doc: Document) -> Extraction:
    anchor = doc.event_date  # a volume's publication year says nothing of its contents
    people, mentions = record_people(doc)
    reader = TurnReader(doc, people, mentions)
    offices = reader.office_mentions()
    people = sorted([*people, *reader.added], key=lambda p: p.key)
    mentions = sorted([*mentions, *offices], key=lambda m: (m.char_start, m.char_end))
    reader = TurnReader(doc, people, mentions, reader.titles_at)
    dates = extract_dates(doc.text, anchor=anchor)
    turns = speaker_turns(doc, people, mentions, reader)
    known = {p.key for p in people}  # turn labels can name an office's holder too
    people = sorted([*people, *(p for p in reader.added if p.key not in known)],
                    key=lambda p: p.key)
    conversation = doc.doc_type in CONVERSATIONS or bool(turns)
    blocks = Spans((m.char_start, m.char_end) for m in doc.markup
                   if m.kind not in ("p", "person"))
    reported = [s for s in extract_statements(doc.text, people, mentions, dates, anchor,
                                              conversation=conversation)
                if not blocks.hold(s.char_start)]
    said_on = doc.event_date if conversation else None
    direct = turn_statements(turns, doc.text, said_on)
    covered = Spans(t.paragraph for t in turns)
    reported = [s for s in reported if not covered.hold(s.char_start)]
    if conversation:
        exchange = record_exchange(doc, mentions, direct + reported)  # its parties: a set
        exchanges = [exchange]
        # one copy of each statement: reported speech takes the conversation's date as well
        direct = [replace(s, exchange_key=exchange.key) for s in direct]
        reported = [replace(s, said_on=said_on, exchange_key=exchange.key) for s in reported]
    statements = sorted(direct + reported, key=lambda s: (s.char_start, s.char_end, s.kind))
    if not conversation:
        exchanges = reported_exchanges(doc.text, mentions, dates)
        statements = link_statements(statements, exchanges)
    return Extraction(doc, tuple(people), tuple(mentions), _unique(statements), tuple(dates),
                      tuple(exchanges))
