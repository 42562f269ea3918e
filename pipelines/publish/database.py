"""Each version as one SQLite database, for browsing and search (Datasette), from the specs.

Contract: ``write_sqlite(tables, path)`` (whole frames) and ``write_sqlite_files(directory,
path)`` (a version's Parquet files, read a row group at a time) write every table of
``schemas.tables`` with its declared primary and foreign keys (lists as JSON text, booleans as
0/1), rows in ``pipelines.publish.files.row_order``, plus ``statements_fts``: full-text search
(FTS5) over statement text and speaker names, which Datasette finds on its own, and the view
``statements_in_context`` (speaker, addressee, document, exchange, place, disclosure) for
facets.  ``datasette_metadata()`` gives Datasette the tables' and columns' titles and
descriptions from the specs, with facets, and the canned query ``said_to`` (what one person
said to another).  Pure function of the tables: the same tables give the same database bytes,
whichever way they come in.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import pandas as pd

from pipelines.publish.files import read_pieces, sorted_frame
from schemas import tables as specs

DATABASE_FILE = "diplomatic.db"
CACHE_KIB = 64 * 1024  # SQLite's page cache while a database is built (its default: 2 MB)
METADATA_FILE = "datasette.json"
SQL_TYPES = {"string": "TEXT", "int64": "INTEGER", "bool": "INTEGER", "list<string>": "TEXT"}
# Derived columns that make useful facets ("said in which year?")
GENERATED = {"statements": [("said_on_year", "substr(said_on, 1, 4)")],
             "date_mentions": [("year", "substr(value, 1, 4)")]}
# Each statement with its speaker's canonical name, its document and disclosure: for facets
CONTEXT_VIEW = """CREATE VIEW statements_in_context AS
SELECT s.statement_id, coalesce(p.name, s.speaker_name) AS speaker,
       coalesce(a.name, s.addressee_name) AS addressee, s.kind, s.said_on,
       s.said_on_year, s.text, d.title AS document, d.doc_type, e.kind AS exchange,
       coalesce(e.place, d.place) AS place, d.disclosure_id, d.source_url,
       s.document_id, s.speaker_id, s.addressee_id, s.exchange_id
FROM statements s
JOIN documents d ON d.document_id = s.document_id
LEFT JOIN people p ON p.person_id = s.speaker_id
LEFT JOIN people a ON a.person_id = s.addressee_id
LEFT JOIN exchanges e ON e.exchange_id = s.exchange_id"""
# The historian's question as a Datasette canned query: everything one person said to another,
# in date order, with the document, the exchange and the source (names matched in part)
SAID_TO = """SELECT s.said_on, sp.name AS speaker, ad.name AS addressee, s.kind, s.text,
       d.title AS document, d.source_key, e.kind AS exchange, e.date AS exchange_date,
       coalesce(e.place, d.place) AS place, d.source_url, s.statement_id
FROM statements s
JOIN people sp ON sp.person_id = s.speaker_id
JOIN people ad ON ad.person_id = s.addressee_id
JOIN documents d ON d.document_id = s.document_id
LEFT JOIN exchanges e ON e.exchange_id = s.exchange_id
WHERE sp.name LIKE '%' || :speaker || '%' AND ad.name LIKE '%' || :addressee || '%'
ORDER BY s.said_on, d.source_key, s.char_start"""
FACETS = {"statements_in_context": ["speaker", "addressee", "kind", "said_on_year", "exchange",
                                    "disclosure_id"],
          "statements": ["speaker_name", "kind", "said_on_year"],
          "documents": ["disclosure_id", "doc_type", "is_sample"],
          "people": ["country"], "exchanges": ["kind"], "date_mentions": ["precision", "year"],
          "rejects": ["stage"]}


def _create(name: str) -> str:
    spec = specs.TABLES[name]
    cols = [f'"{f.name}" {SQL_TYPES[f.type]}{"" if f.nullable else " NOT NULL"}'
            for f in spec.fields]
    cols += [f'"{c}" TEXT GENERATED ALWAYS AS ({expr}) VIRTUAL'
             for c, expr in GENERATED.get(name, [])]
    cols.append("PRIMARY KEY (" + ", ".join(f'"{c}"' for c in spec.primary_key) + ")")
    cols += [f'FOREIGN KEY ("{fk.column}") REFERENCES "{fk.table}" ("{fk.ref_column}")'
             for fk in spec.foreign_keys]
    return f'CREATE TABLE "{name}" (\n  ' + ",\n  ".join(cols) + "\n)"


def _cell(value: object, type_: str) -> object:
    if type_ == "list<string>":
        if value is None or isinstance(value, float):
            return None
        return json.dumps([str(v) for v in value], ensure_ascii=False)
    if value is None or pd.isna(value):
        return None
    if type_ == "bool":
        return int(bool(value))
    if type_ == "int64":
        return int(value)
    return str(value)


def _order() -> list[str]:
    """Tables in an order where every foreign key points at a table already written."""
    done: list[str] = []
    todo = list(specs.TABLES)
    while todo:
        for name in todo:
            needs = {fk.table for fk in specs.TABLES[name].foreign_keys} - {name}
            if needs <= set(done):
                done.append(name)
                todo.remove(name)
                break
        else:
            raise ValueError(f"foreign keys form a cycle among {todo}")
    return done


def write_sqlite(tables: Mapping[str, pd.DataFrame], path: Path) -> None:
    """From whole frames (rows in ``pipelines.publish.files.row_order``)."""
    def rows(name: str) -> Iterator[list[tuple]]:
        spec = specs.TABLES[name]
        frame = sorted_frame(name, tables[name])
        yield [tuple(_cell(v, f.type) for v, f in zip(row, spec.fields))
               for row in frame[spec.columns].itertuples(index=False, name=None)]

    _write(rows, path)


def write_sqlite_files(directory: Path, path: Path) -> None:
    """From a version's Parquet files, a row group at a time (rows in the files' order)."""
    def rows(name: str) -> Iterator[list[tuple]]:
        fields = specs.TABLES[name].fields
        for piece in read_pieces(Path(directory) / f"{name}.parquet", [f.name for f in fields]):
            data = piece.to_pydict()
            yield list(zip(*(_column(data[f.name], f.type) for f in fields)))

    _write(rows, path)


def _column(values: list, type_: str) -> list:
    """Parquet values (already None, str or int) as SQLite takes them: only lists and
    booleans need converting, a column at a time."""
    if type_ == "list<string>":
        return [None if v is None else json.dumps([str(x) for x in v], ensure_ascii=False)
                for v in values]
    if type_ == "bool":
        return [None if v is None else int(v) for v in values]
    return values


def _write(rows_of: Callable[[str], Iterator[list[tuple]]], path: Path) -> None:
    path = Path(path)
    path.unlink(missing_ok=True)
    con = sqlite3.connect(path)
    try:
        # a new file in a version's staging folder: no rollback journal and no syncs while it
        # is built (a failed build throws the folder away); the file is synced once, at the
        # end.  None of these settings is stored in the file.
        con.execute("PRAGMA journal_mode = OFF")
        con.execute("PRAGMA synchronous = OFF")
        con.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        con.execute("PRAGMA foreign_keys = ON")
        for name in _order():
            spec = specs.TABLES[name]
            con.execute(_create(name))
            marks = ", ".join("?" * len(spec.fields))
            for batch in rows_of(name):
                con.executemany(f'INSERT INTO "{name}" VALUES ({marks})', batch)
        con.execute(CONTEXT_VIEW)
        con.execute('CREATE VIRTUAL TABLE statements_fts USING fts5(text, speaker_name, '
                    'content="statements")')
        con.execute("INSERT INTO statements_fts (rowid, text, speaker_name) "
                    "SELECT rowid, text, speaker_name FROM statements")
        con.commit()
        con.execute("VACUUM")
    finally:
        con.close()
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())


def datasette_metadata(version: str) -> dict:
    """Titles, descriptions, column descriptions and facets for Datasette, from the specs."""
    tables = {}
    for name, spec in specs.TABLES.items():
        columns = {f.name: f.description for f in spec.fields}
        columns |= {c: f"Derived: {expr}" for c, expr in GENERATED.get(name, [])}
        entry = {"title": name.replace("_", " ").capitalize(), "description": spec.description,
                 "columns": columns}
        if name in FACETS:
            entry["facets"] = FACETS[name]
        if name == "statements":
            entry["fts_table"] = "statements_fts"
            entry["searchmode"] = "raw"
        tables[name] = entry
    tables["statements_in_context"] = {
        "title": "Statements in context",
        "description": "Each statement with its speaker's and addressee's canonical names, "
                       "its document, the exchange it was said in and where, and the "
                       "disclosure the document belongs to (a view over statements, people, "
                       "documents, exchanges).",
        "facets": FACETS["statements_in_context"],
    }
    return {
        "title": f"Diplomatic statements {version}",
        "description": "Who said what to whom, and when, in declassified diplomatic records. "
                       "Search statements by words or speaker; facet by speaker, kind, year.",
        "license": "ODC-BY-1.0 (data); sources keep their own terms (see disclosures)",
        "databases": {Path(DATABASE_FILE).stem: {"tables": tables, "queries": {
            "said_to": {
                "title": "What one person said to another",
                "description": "Every statement whose speaker's name contains :speaker and "
                               "whose addressee's contains :addressee, in date order, with "
                               "its document, exchange and source.",
                "sql": SAID_TO}}}},
    }
