"""Assemble the published tables from extractions, with stable row IDs.

Contract: ``build_tables(extractions, resolution, rejects) -> dict[str, DataFrame]`` whose
columns are exactly those of ``schemas.tables`` (same order).  It is the union of
``whole_tables`` (people, disclosures, rejects: built once) and ``document_tables`` (the rows
of a group of documents, so a build can assemble its tables a group at a time).  Row IDs hash the document ID and
the span (and kind), never row numbers, so the same input gives the same IDs on every run.
"""

from __future__ import annotations

from dataclasses import asdict

import pandas as pd

from pipelines.disclosures import Disclosure, disclosure_of, volume_disclosure_id
from pipelines.document import Document, Extraction, Reject
from pipelines.ids import stable_id
from pipelines.resolve import Resolution
from schemas.tables import TABLES


def _frame(name: str, rows: list[dict]) -> pd.DataFrame:
    columns = TABLES[name].columns
    return pd.DataFrame(rows, columns=columns)


# Tables whose rows belong to one document: built a group of documents at a time
DOCUMENT_TABLES = ("documents", "person_mentions", "exchanges", "exchange_participants",
                   "statements", "date_mentions")
# Tables built once for the whole build
WHOLE_TABLES = ("disclosures", "people", "rejects")


def build_tables(extractions: list[Extraction], resolution: Resolution,
                 rejects: list[Reject], registry: tuple[Disclosure, ...] = ()
                 ) -> dict[str, pd.DataFrame]:
    tables = whole_tables(resolution, rejects, registry)
    tables |= document_tables(extractions, resolution, registry)
    return {name: tables[name] for name in TABLES}


def whole_tables(resolution: Resolution, rejects: list[Reject],
                 registry: tuple[Disclosure, ...] = ()) -> dict[str, pd.DataFrame]:
    people = [{"person_id": p.person_id, "name": p.name, "aliases": list(p.aliases),
               "role": p.role, "country": p.country,
               "frus_person_ids": list(p.frus_person_ids)} for p in resolution.people]
    disclosures = [{**{k: v for k, v in asdict(d).items() if k not in ("id", "corpus_files")},
                    "disclosure_id": d.id, "topics": list(d.topics)} for d in registry]
    return {
        "disclosures": _frame("disclosures", disclosures),
        "people": _frame("people", people),
        "rejects": rejects_table(rejects),
    }


def rejects_table(rejects: list[Reject]) -> pd.DataFrame:
    """One row per rejected path (the first stage that rejected it)."""
    return _frame("rejects", [asdict(r) for r in _unique_rejects(rejects)])


def document_tables(extractions: list[Extraction], resolution: Resolution,
                    registry: tuple[Disclosure, ...] = ()) -> dict[str, pd.DataFrame]:
    """The rows of ``extractions``' documents in every table of ``DOCUMENT_TABLES``."""
    docs, mentions, statements, dates, exchanges, parties = [], [], [], [], [], []
    disclosure_ids = {d.id for d in registry}
    for ex in extractions:
        doc = ex.document
        docs.append({
            "document_id": doc.document_id, "source_path": doc.source_path,
            "source_key": doc.source_key, "doc_type": doc.doc_type, "place": doc.place,
            "event_date": doc.event_date,
            "disclosure_id": _disclosure(doc, registry, disclosure_ids),
            "notes": doc.notes, "title": doc.title,
            "source_url": doc.source_url, "published_on": doc.published_on,
            "is_sample": doc.is_sample, "sha256": doc.sha256, "text": doc.text})
        ids = {key: resolution.ids[(doc.document_id, key)] for key in {p.key for p in ex.people}}
        mentions += [_mention(doc.document_id, m, ids) for m in ex.mentions]
        exchange_ids = {e.key: stable_id(doc.document_id, "exchange", e.key) for e in ex.exchanges}
        exchanges += [_exchange(doc.document_id, e, ids, exchange_ids) for e in ex.exchanges]
        parties += [row for e in ex.exchanges
                    for row in _participants(ex, e, ids, exchange_ids[e.key])]
        names = {p.key: p.name for p in ex.people}
        statements += _statements(doc.document_id, ex.statements, ids, exchange_ids, names)
        dates += [_date(doc.document_id, d) for d in ex.dates]
    return {
        "documents": _frame("documents", docs),
        "person_mentions": _frame("person_mentions", mentions),
        "exchanges": _frame("exchanges", exchanges),
        "exchange_participants": _frame("exchange_participants", parties),
        "statements": _frame("statements", statements),
        "date_mentions": _frame("date_mentions", dates),
    }


def _disclosure(doc: Document, registry: tuple[Disclosure, ...], ids: set[str]) -> str | None:
    """The registry's batch the file belongs to, else the volume the record was published in
    (when the registry holds it: ``disclosures.with_volumes``)."""
    found = disclosure_of(doc.source_path, registry)
    if found is None and doc.volume is not None and volume_disclosure_id(doc.volume) in ids:
        return volume_disclosure_id(doc.volume)
    return found


def _unique_rejects(rejects: list[Reject]) -> list[Reject]:
    seen: dict[str, Reject] = {}
    for r in sorted(rejects, key=lambda r: (r.source_path, r.stage)):
        seen.setdefault(r.source_path, r)
    return list(seen.values())


def _mention(doc_id: str, m, ids: dict[str, str]) -> dict:
    return {"mention_id": stable_id(doc_id, "mention", m.char_start, m.char_end),
            "document_id": doc_id, "person_id": ids[m.person_key], "text": m.text,
            "char_start": m.char_start, "char_end": m.char_end}


def _exchange(doc_id: str, e, ids: dict[str, str], exchange_ids: dict[str, str]) -> dict:
    return {"exchange_id": exchange_ids[e.key], "document_id": doc_id, "kind": e.kind,
            "date": e.date, "place": e.place,
            "participants": sorted({ids[k] for k in e.participants if k in ids}),
            "subject": e.subject}


def _participants(ex: Extraction, e, ids: dict[str, str], exchange_id: str) -> list[dict]:
    """An exchange's people, one row per person: its participants, and the others a record of
    the conversation mentions (a reported meeting's sentence names only its parties).  Two
    names of one person give one row: present if either is, the first role given, the side
    both agree on."""
    roles = {p.key: p.role for p in ex.people}
    sides = dict(e.sides)
    mentioned = {m.person_key for m in ex.mentions} if e.key == "conversation" else set()
    rows: dict[str, dict] = {}
    sides_of: dict[str, set[str]] = {}
    for key in sorted(set(e.participants) | mentioned):
        if key not in ids:
            continue
        row = rows.setdefault(ids[key], {
            "exchange_id": exchange_id, "document_id": ex.document.document_id,
            "person_id": ids[key], "listed_role": None, "side": None, "present": False})
        row["present"] = row["present"] or key in e.participants
        row["listed_role"] = row["listed_role"] or roles.get(key)
        sides_of.setdefault(ids[key], set()).update([sides[key]] if key in sides else [])
    for person_id, row in rows.items():
        found = sides_of[person_id]
        row["side"] = found.pop() if len(found) == 1 else None
    return list(rows.values())


def _statements(doc_id: str, statements, ids: dict[str, str], exchange_ids: dict[str, str],
                names: dict[str, str]) -> list[dict]:
    """Rows of a document's statements.  A joint speaker's copy of a statement ("Doe and Roe
    said that ..."): the first keeps the span's ID, the others' IDs add their speaker."""
    spans: set[tuple[int, int, str]] = set()
    rows = []
    for s in statements:
        span = (s.char_start, s.char_end, s.kind)
        rows.append(_statement(doc_id, s, ids, exchange_ids, names, joint=span in spans))
        spans.add(span)
    return rows


def _statement(doc_id: str, s, ids: dict[str, str], exchange_ids: dict[str, str],
               names: dict[str, str], joint: bool = False) -> dict:
    key = (s.char_start, s.char_end, s.kind, *([s.speaker_key] if joint else []))
    to = s.addressee_key
    return {"statement_id": stable_id(doc_id, "statement", *key),
            "document_id": doc_id, "speaker_id": ids.get(s.speaker_key) if s.speaker_key else None,
            "speaker_name": s.speaker_name, "text": s.text, "kind": s.kind, "cue": s.cue,
            "said_on": s.said_on, "exchange_id": exchange_ids.get(s.exchange_key),
            "addressee_id": ids.get(to) if to else None,
            "addressee_name": names.get(to) if to else None,
            "char_start": s.char_start, "char_end": s.char_end, "rule": s.rule}


def _date(doc_id: str, d) -> dict:
    return {"date_id": stable_id(doc_id, "date", d.char_start, d.char_end),
            "document_id": doc_id, "text": d.text, "value": d.value, "precision": d.precision,
            "modifier": d.modifier, "char_start": d.char_start, "char_end": d.char_end,
            "rule": d.rule}
