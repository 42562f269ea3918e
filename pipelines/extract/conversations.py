"""Exchanges: the conversations a document records or reports, and which one a statement was
said in.

Contract: pure functions.  ``record_exchange(doc, mentions, statements)`` is the one
conversation a primary record (memorandum of conversation, telcon, minutes) is of: its date
and place from the dateline, its parties from the participants list, the title (a telcon's two
ends) and the speakers, its subject from the subject list.  ``reported_exchanges(text,
mentions, dates)`` are the dated meetings and calls a report or editorial note describes
("On March 10 Thompson met Khrushchev ...").  ``link_statements`` ties each statement to the
one exchange its speaker took part in on the day it was said, and leaves it unlinked otherwise.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipelines.document import (
    DateMention,
    Document,
    ExchangeRecord,
    PersonMention,
    Statement,
)
from pipelines.extract.exchanges import detect_exchanges
from pipelines.extract.segment import Spans

# Records of a conversation, and the kind of exchange each records.
CONVERSATIONS = {"memorandum of conversation": "meeting", "minutes": "meeting",
                 "telephone conversation": "call"}
_CALL = re.compile(r"\b(?:telephone|telephoned|phone|phoned|call|called)\b", re.IGNORECASE)


def record_exchange(doc: Document, mentions: list[PersonMention],
                    statements: list[Statement]) -> ExchangeRecord:
    blocks = Spans((m.char_start, m.char_end) for m in doc.markup
                   if m.kind in ("participant", "head"))
    parties = [m.person_key for m in mentions if blocks.hold(m.char_start)]
    parties += [s.speaker_key for s in statements if s.speaker_key]
    subject = "; ".join(doc.text[m.char_start:m.char_end] for m in doc.markup
                        if m.kind == "subject") or doc.title
    return ExchangeRecord(
        key="conversation",
        kind=CONVERSATIONS.get(doc.doc_type or "", "meeting"),
        date=doc.event_date,
        place=doc.place,
        participants=tuple(sorted(set(parties))),
        subject=subject,
        char_start=0,
        char_end=len(doc.text),
    )


def reported_exchanges(text: str, mentions: list[PersonMention],
                       dates: list[DateMention]) -> list[ExchangeRecord]:
    """Meetings and calls a text reports with a date and at least one person in them."""
    out: dict[str, ExchangeRecord] = {}
    for ex in detect_exchanges(text, mentions, dates):
        end = text.find("\n", ex.start)
        end = len(text) if end < 0 else end
        sentence = text[ex.start:end]
        key = f"reported-{ex.start}"
        out.setdefault(key, ExchangeRecord(
            key=key,
            kind="call" if _CALL.search(sentence) else "meeting",
            date=ex.date.value,
            place=None,
            participants=tuple(sorted(ex.participants)),
            subject=None,
            char_start=ex.start,
            char_end=end,
        ))
    return list(out.values())


def link_statements(statements: list[Statement],
                    exchanges: list[ExchangeRecord]) -> list[Statement]:
    """A statement belongs to the one exchange dated the day it was said with its speaker in
    it; with none or several, it stays unlinked (precision first)."""
    on_date: dict[str | None, list[ExchangeRecord]] = {}  # so a statement scans only its day's
    for e in exchanges:
        on_date.setdefault(e.date, []).append(e)
    out = []
    for s in statements:
        if s.exchange_key is None and s.speaker_key and s.said_on:
            hits = [e for e in on_date.get(s.said_on, ()) if s.speaker_key in e.participants]
            if len({e.key for e in hits}) == 1:
                s = replace(s, exchange_key=hits[0].key)
        out.append(s)
    return out
