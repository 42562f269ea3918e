"""The single source of truth for every published table.

Each table is a declarative ``TableSpec``: name, description, ordered ``FieldSpec``s (logical type,
description, nullability, allowed values, pattern, example, what a null means), primary key,
foreign keys, and named row-level checks.  Columns that several tables have (``document_id``,
``char_start``, ``rule`` ...) and the patterns are declared once in ``schemas.fields``; a table
here names them and restates at most their description, example, key and nullability.  Columns
only one table has are declared in its spec below.  The spec classes and ``LOGICAL_TYPES`` are in
``schemas.spec``.  Everything callers use is importable from this module (see ``__all__``).

Everything else is *generated* from these specs:

* ``pandera_schema(name)``   -- single-table validation (dtypes coerced, uniqueness, not-null,
  allowed values, patterns, row checks); cross-table checks live in ``foreign_key_schema`` and
  ``span_schema``, which need the parent frames.
* ``arrow_schema(name)``     -- the explicit pyarrow schema used to write Parquet
  (``pa.string()``, never ``large_string``; lists are ``pa.list_(pa.string())``).
* ``schemas.datapackage``    -- Frictionless table schemas.
* ``schemas.dictionary``     -- the Markdown data dictionary.

Contract: patterns are written *without* anchors and always match the whole value (Frictionless
semantics; pandera uses ``fullmatch``).  Column order in a spec is the column order of every
published file.  Bump ``SCHEMA_VERSION`` whenever a spec changes shape.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import asdict

import pandas as pd
import pandera.pandas as pa
import pyarrow

from schemas.fields import (
    CHAR_END,
    CHAR_START,
    COUNTRY_PATTERN,
    DISCLOSURE_ID,
    DOCUMENT_ID,
    EXCHANGE_ID,
    ISO_PARTIAL_DATE,
    PERSON_ID,
    PLACE,
    PRECISION_LENGTH,
    RELATIVE_POSIX_PATH,
    RULE,
    SHA256,
    SOURCE_URL,
    TEXT,
    TITLE,
    id_field,
    id_text,
)
from schemas.spec import LOGICAL_TYPES, FieldSpec, ForeignKey, RowCheck, TableSpec

SCHEMA_VERSION = "3"

# --- row checks -----------------------------------------------------------------------------


def _span_order(df: pd.DataFrame) -> pd.Series:
    start = pd.to_numeric(df["char_start"], errors="coerce")
    end = pd.to_numeric(df["char_end"], errors="coerce")
    return (start < end).fillna(True).astype(bool)  # nulls are reported by not-null checks


def _precision_matches_value(df: pd.DataFrame) -> pd.Series:
    expected = df["precision"].astype(object).map(PRECISION_LENGTH)
    actual = df["value"].astype(object).map(lambda v: len(v) if isinstance(v, str) else None)
    ok = [e is None or pd.isna(e) or a is None or e == a for e, a in zip(expected, actual)]
    return pd.Series(ok, index=df.index, dtype=bool)


SPAN_ORDER = RowCheck(
    "span_order", "char_start < char_end", ("char_start", "char_end"), _span_order
)
PRECISION_MATCHES_VALUE = RowCheck(
    "precision_matches_value",
    "precision agrees with the value's length (year: YYYY, month: YYYY-MM, day: YYYY-MM-DD)",
    ("precision", "value"),
    _precision_matches_value,
)

# --- shared columns as a table uses them ----------------------------------------------------


def _refers(column: FieldSpec, what: str) -> FieldSpec:
    """An ID column of another table, described as the row that refers to it."""
    return column.described(id_text(what))


def _span_text(what: str, example: str) -> FieldSpec:
    described = TEXT.described(f"The {what} exactly as it appears in the document text.")
    return described.with_example(example)


def _offsets(length: int) -> tuple[FieldSpec, ...]:
    """``length``: of the table's text example, so that the three examples make one span."""
    return CHAR_START, CHAR_END.with_example(CHAR_START.example + length)


_DOCUMENT_FK = ForeignKey("document_id", "documents", "document_id")

# --- the tables -----------------------------------------------------------------------------

DOCUMENTS = TableSpec(
    "documents",
    "One row per source document read from the corpus.",
    (
        DOCUMENT_ID.as_key(),
        # Not shared with rejects.source_path, which has no pattern (it may end in #<key>).
        FieldSpec("source_path", "string", "Path of the source file relative to the corpus "
                  "root, POSIX separators. A FRUS volume file holds many documents.",
                  pattern=RELATIVE_POSIX_PATH, example="frus/frus1969-76v17.xml"),
        FieldSpec("source_key", "string", "The source's own ID of the document: "
                  "<volume>/<document> for FRUS.", nullable=True, unique=True,
                  example="frus1969-76v19p2/d131",
                  null_means="the source gives no ID of its own (news reports)"),
        FieldSpec("doc_type", "string", "Kind of record, read from its title.", nullable=True,
                  enum=("memorandum of conversation", "telephone conversation", "editorial note",
                        "minutes", "telegram", "letter", "message", "intelligence estimate",
                        "report", "paper", "record"),
                  example="memorandum of conversation",
                  null_means="not a primary record, or its kind is not recognised"),
        PLACE,
        FieldSpec("event_date", "string", "Date of the conversation or events the record is "
                  "of (dateline, else the record's own date range, else the one year its "
                  "volume covers): ISO partial date.",
                  nullable=True, pattern=ISO_PARTIAL_DATE, example="1972-02-21",
                  null_means="the record does not date itself (news reports; editorial notes)"),
        DISCLOSURE_ID.described("The disclosure batch the document belongs to "
                                "(disclosures.disclosure_id): the registry's batch whose file "
                                "patterns match its file, else the volume it was published in "
                                "(a FRUS record).")
        .optional("no registered batch covers the file and it is no volume's record (a news "
                  "report outside the registry)"),
        FieldSpec("notes", "string", "Footnotes and archival source notes, kept apart from "
                  "text: nothing is extracted from them.", nullable=True,
                  example="Source: National Archives, ...", null_means="no notes"),
        TITLE.described("Document title.").optional("the source gives no title"),
        SOURCE_URL,
        FieldSpec("published_on", "string", "Date the document was written or published: ISO "
                  "partial date YYYY, YYYY-MM or YYYY-MM-DD.", nullable=True,
                  pattern=ISO_PARTIAL_DATE, example="1972-02-21",
                  null_means="the date is unknown"),
        FieldSpec("is_sample", "bool", "True for documents written as samples, not real "
                  "sources.", example=False),
        SHA256,
        TEXT,
    ),
    ("document_id",),
    (ForeignKey("disclosure_id", "disclosures", "disclosure_id"),),
)

DISCLOSURES = TableSpec(
    "disclosures",
    "One row per disclosure batch: a release of records by a publisher.  Batches of the "
    "registry (disclosures/registry.toml) are written up in the project's own words from the "
    "publisher's public notice; every published volume read (a FRUS volume) is one too, "
    "described by its own header (its title, release date and the years it covers).",
    (
        DISCLOSURE_ID.as_key(),
        FieldSpec("publisher", "string", "Who released the records.",
                  example="Ministry of Foreign Affairs of Japan"),
        TITLE.described("The release, in the project's words.")
        .with_example("Declassification of diplomatic records, December 2023"),
        FieldSpec("released_on", "string", "Release date: ISO partial date.",
                  pattern=ISO_PARTIAL_DATE, example="2023-12-20"),
        FieldSpec("period_start", "string", "Earliest date of the records' contents.",
                  nullable=True, pattern=ISO_PARTIAL_DATE, example="1992",
                  null_means="the notice does not say"),
        FieldSpec("period_end", "string", "Latest date of the records' contents.",
                  nullable=True, pattern=ISO_PARTIAL_DATE, example="1992",
                  null_means="the notice does not say"),
        FieldSpec("files", "int64", "Number of files released, as the publisher counts them.",
                  nullable=True, minimum=0, example=17, null_means="the notice does not say"),
        FieldSpec("pages", "int64", "Number of pages released, as the publisher counts them.",
                  nullable=True, minimum=0, example=10790, null_means="the notice does not say"),
        FieldSpec("topics", "list<string>", "Topics the notice names (empty list when none). "
                  "In CSV: a JSON array.", example=["Visit to China by the Emperor"]),
        SOURCE_URL.described("The publisher's notice.")
        .with_example("https://www.mofa.go.jp/press/release/press24e_000036.html")
        .optional("no public notice (sample batches)"),
        FieldSpec("terms", "string", "Terms the publisher's material comes with.",
                  nullable=True, example="Publisher's terms of use apply; see source_url.",
                  null_means="not stated"),
    ),
    ("disclosure_id",),
)

PEOPLE = TableSpec(
    "people",
    "One row per person, resolved across documents.",
    (
        PERSON_ID.as_key(),
        FieldSpec("name", "string", "The fullest name the documents give.",
                  example="Zhou Enlai"),
        FieldSpec("aliases", "list<string>", "Other names and spellings seen (empty list when "
                  "none). In CSV: a JSON array.", example=["Chou En-lai"]),
        FieldSpec("role", "string", "Office or role, as the documents give it.", nullable=True,
                  example="Premier", null_means="no role is given"),
        FieldSpec("country", "string", "Country the person represents: ISO 3166-1 alpha-2 "
                  "(SU for the Soviet Union).", nullable=True, pattern=COUNTRY_PATTERN,
                  example="CN", null_means="the country is unknown"),
        FieldSpec("frus_person_ids", "list<string>", "The entries of FRUS volumes' persons "
                  "lists that are this person, as volume#xml:id, to go back to the source "
                  "(empty list when no list has them). In CSV: a JSON array.",
                  example=["frus1977-80v21#p_KK_1"]),
    ),
    ("person_id",),
)

PERSON_MENTIONS = TableSpec(
    "person_mentions",
    "Spans of document text that name or refer to a person.",
    (
        id_field("mention_id", "mention").as_key(),
        _refers(DOCUMENT_ID, "document the mention is in (documents.document_id)"),
        _refers(PERSON_ID, "person mentioned (people.person_id)"),
        _span_text("mention", "Chou En-lai"),
        *_offsets(11),
    ),
    ("mention_id",),
    (_DOCUMENT_FK, ForeignKey("person_id", "people", "person_id")),
    (SPAN_ORDER,),
    text_span=True,
)

STATEMENTS = TableSpec(
    "statements",
    "Words attributed to a speaker: quoted (direct) or reported (indirect). Words that two "
    "or more people said together (\"Doe and Roe said that ...\") are one row per speaker, "
    "with the same span.",
    (
        id_field("statement_id", "statement").as_key(),
        _refers(DOCUMENT_ID, "document the statement is in (documents.document_id)"),
        id_field("speaker_id", "speaker (people.person_id)")
        .optional("the speaker is not a person (e.g. 'the Chinese side')"),
        FieldSpec("speaker_name", "string", "The speaker as the document names them, or the "
                  "non-person speaker's phrase.", nullable=True, example="Zhou Enlai",
                  null_means="the speaker could not be named"),
        _span_text("statement", "Taiwan is a province of China"),
        # Not shared with exchanges.kind: the same name for another set of values.
        FieldSpec("kind", "string", "direct: quoted words; indirect: reported speech.",
                  enum=("direct", "indirect"), example="direct"),
        FieldSpec("cue", "string", "The reporting verb or phrase that introduces the statement.",
                  nullable=True, example="said", null_means="no cue word was found"),
        FieldSpec("said_on", "string", "When the words were said: ISO partial date.",
                  nullable=True, pattern=ISO_PARTIAL_DATE, example="1972-02-22",
                  null_means="the date is unknown"),
        _refers(EXCHANGE_ID, "conversation the words were said in (exchanges.exchange_id)")
        .optional("not linked to a recorded conversation"),
        id_field("addressee_id", "person the words were said to (people.person_id): the "
                 "object of the cue ('told Doe that'), a turn's label ('(to Doe)'), or the "
                 "other party of a recorded conversation of two")
        .optional("no one listener is certain: the text names none, or several"),
        FieldSpec("addressee_name", "string", "The addressee as the document names them.",
                  nullable=True, example="Kakuei Tanaka",
                  null_means="no one listener is certain"),
        *_offsets(29),
        RULE,
    ),
    ("statement_id",),
    (_DOCUMENT_FK, ForeignKey("speaker_id", "people", "person_id"),
     ForeignKey("exchange_id", "exchanges", "exchange_id"),
     ForeignKey("addressee_id", "people", "person_id")),
    (SPAN_ORDER,),
    text_span=True,
)

DATE_MENTIONS = TableSpec(
    "date_mentions",
    "Temporal expressions in the text that point at a calendar year, month or day.",
    (
        id_field("date_id", "date mention").as_key(),
        _refers(DOCUMENT_ID, "document the date is in (documents.document_id)"),
        _span_text("date expression", "late February 1972"),
        FieldSpec("value", "string", "The date meant: ISO partial date YYYY, YYYY-MM or "
                  "YYYY-MM-DD.", pattern=ISO_PARTIAL_DATE, example="1972-02"),
        FieldSpec("precision", "string", "Precision of value; agrees with its length.",
                  enum=tuple(PRECISION_LENGTH), example="month"),
        FieldSpec("modifier", "string", "Qualifier of the date.", nullable=True,
                  enum=("early", "mid", "late", "approx"), example="late",
                  null_means="the date is not qualified"),
        *_offsets(18),
        RULE,
    ),
    ("date_id",),
    (_DOCUMENT_FK,),
    (SPAN_ORDER, PRECISION_MATCHES_VALUE),
    text_span=True,
)

EXCHANGES = TableSpec(
    "exchanges",
    "One row per conversation a document records (a memorandum of conversation, a telephone "
    "call) or reports (a meeting a news report or editorial note dates).",
    (
        EXCHANGE_ID.as_key(),
        _refers(DOCUMENT_ID, "document that records or reports it (documents.document_id)"),
        FieldSpec("kind", "string", "meeting, call (telephone), or exchange (kind not told).",
                  enum=("meeting", "call", "exchange"), example="meeting"),
        FieldSpec("date", "string", "When it took place: ISO partial date.", nullable=True,
                  pattern=ISO_PARTIAL_DATE, example="1972-02-21",
                  null_means="the document does not date it"),
        PLACE.described("Where it took place.").optional("the document does not place it"),
        FieldSpec("participants", "list<string>", "person_id of each participant known (the "
                  "participants list, the parties of a call, the speakers). In CSV: a JSON "
                  "array.", example=["3f2a9c0d41b7e865"]),
        FieldSpec("subject", "string", "Subject as the document gives it (else its title).",
                  nullable=True, example="Prime Minister's call on the President",
                  null_means="no subject is given"),
    ),
    ("exchange_id",),
    (_DOCUMENT_FK,),
)

EXCHANGE_PARTICIPANTS = TableSpec(
    "exchange_participants",
    "One row per person in an exchange: each participant (listed, a party to the call, or a "
    "speaker), and, for a conversation a document records, each other person it mentions.",
    (
        _refers(EXCHANGE_ID, "exchange (exchanges.exchange_id)"),
        _refers(DOCUMENT_ID, "document that records or reports the exchange "
                "(documents.document_id)"),
        _refers(PERSON_ID, "person (people.person_id)"),
        FieldSpec("listed_role", "string", "The person's role as this record gives it (the "
                  "participants list, a title before the name): as of the exchange's day, "
                  "where people.role is the person's latest.", nullable=True,
                  example="Secretary of State", null_means="the record gives no role"),
        FieldSpec("side", "string", "Country of the side (delegation) the participants list "
                  "names the person under: ISO 3166-1 alpha-2.", nullable=True,
                  pattern=COUNTRY_PATTERN, example="GB",
                  null_means="the list names no sides, or not this person's"),
        FieldSpec("present", "bool", "True for a participant; false for a person the record "
                  "only mentions.", example=True),
    ),
    ("exchange_id", "person_id"),
    (ForeignKey("exchange_id", "exchanges", "exchange_id"), _DOCUMENT_FK,
     ForeignKey("person_id", "people", "person_id")),
)

REJECTS = TableSpec(
    "rejects",
    "Corpus files and documents that are not in the release, and why.",
    (
        FieldSpec("source_path", "string", "Path of the file relative to the corpus root; for "
                  "one document of a file that holds many, <path>#<source key>.",
                  unique=True, example="frus/frus1969-76v12.xml#frus1969-76v12/d93"),
        SHA256.described("SHA-256 of the file's bytes.").optional("the file could not be read"),
        FieldSpec("reason", "string", "Why the file was rejected.",
                  example="XML parse error: unclosed tag"),
        FieldSpec("stage", "string", "Pipeline stage that rejected it: discover (not a file a "
                  "reader takes), read, extract, or validate (the document's rows failed a "
                  "check: it is quarantined with all its rows; the reason names the check and "
                  "the offending value).",
                  enum=("discover", "read", "extract", "validate"), example="read"),
    ),
    ("source_path",),
)

TABLES: dict[str, TableSpec] = {
    t.name: t for t in (DISCLOSURES, DOCUMENTS, PEOPLE, PERSON_MENTIONS, EXCHANGES,
                        EXCHANGE_PARTICIPANTS, STATEMENTS, DATE_MENTIONS, REJECTS)
}

# --- generated: pyarrow ---------------------------------------------------------------------


def arrow_type(f: FieldSpec) -> pyarrow.DataType:
    return LOGICAL_TYPES[f.type][0]


def arrow_schema(name: str) -> pyarrow.Schema:
    """Explicit Parquet schema; metadata: table name, SCHEMA_VERSION, primary key (JSON list)."""
    spec = TABLES[name]
    fields = [pyarrow.field(f.name, arrow_type(f), nullable=f.nullable) for f in spec.fields]
    meta = {
        "table": name,
        "schema_version": SCHEMA_VERSION,
        "primary_key": json.dumps(list(spec.primary_key)),
    }
    return pyarrow.schema(fields, metadata=meta)


# --- generated: pandera ---------------------------------------------------------------------


def _pattern_check(pattern: str) -> pa.Check:
    return pa.Check(lambda s: s.str.fullmatch(pattern), name="pattern", error=f"pattern:{pattern}")


def _column_checks(f: FieldSpec) -> list[pa.Check]:
    checks = []
    if f.enum is not None:
        checks.append(pa.Check.isin(list(f.enum), error=f"isin:{list(f.enum)}"))
    if f.pattern is not None:
        checks.append(_pattern_check(f.pattern))
    if f.minimum is not None:
        checks.append(pa.Check.ge(f.minimum, error=f"ge:{f.minimum}"))
    if f.unique and f.nullable:  # pandera's own uniqueness counts nulls as duplicates
        checks.append(pa.Check(lambda s: ~(s.duplicated(keep=False) & s.notna()),
                               name="unique_where_present", error="unique_where_present"))
    return checks


def _row_check(rc: RowCheck) -> pa.Check:
    return pa.Check(rc.fn, name=rc.name, error=rc.name)


def pandera_schema(name: str) -> pa.DataFrameSchema:
    """Single-table schema: coerces dtypes; strict column set (order is not checked)."""
    spec = TABLES[name]
    columns = {
        f.name: pa.Column(
            LOGICAL_TYPES[f.type][1],
            checks=_column_checks(f),
            nullable=f.nullable,
            unique=f.unique and not f.nullable,
            coerce=True,
        )
        for f in spec.fields
    }
    return pa.DataFrameSchema(
        columns,
        checks=[_row_check(rc) for rc in spec.row_checks],
        strict=True,
        coerce=True,
        name=name,
        unique=list(spec.primary_key) if len(spec.primary_key) > 1 else None,
    )


def foreign_key_schema(name: str, tables: Mapping[str, pd.DataFrame]) -> pa.DataFrameSchema:
    """Column ``isin`` checks for every foreign key whose parent table is present.

    Only orphan keys are reported (one failure per orphan row); nulls are left to the
    single-table not-null checks.
    """
    columns = {}
    for fk in TABLES[name].foreign_keys:
        parent = tables.get(fk.table)
        if parent is None or fk.ref_column not in parent:
            continue
        keys = frozenset(  # to NumPy first: iterating an Arrow column goes value by value
            parent[fk.ref_column].dropna().astype(str).unique().to_numpy(dtype=object))
        error = f"foreign_key:{fk.column}->{fk.table}.{fk.ref_column}"
        columns[fk.column] = pa.Column(checks=pa.Check(_in_keys(keys), error=error),
                                       nullable=True)
    return pa.DataFrameSchema(columns, name=name)


def _in_keys(keys: frozenset[str]):
    """A vectorised membership test.  Not ``Check.isin``: pandera deep-copies a schema's
    checks with their statistics, and for a parent table's keys (tens of thousands) that
    copy cost more than the whole check."""
    # a lookup per value in a Python set: pandas' isin on an Arrow string column turns every
    # key into an Arrow scalar first, which is what made this check slow
    return lambda values: values.astype(object).map(lambda v: str(v) in keys).astype(bool)


SPAN_INSIDE_TEXT = "span_inside_text"
SPAN_MATCHES_TEXT = "span_matches_text"
SPAN_COLUMNS = ("document_id", "char_start", "char_end", "text")


def _span_status(df: pd.DataFrame, doc_text: Mapping[str, str]) -> list[str | None]:
    """Per row: None when fine (or not checkable here), else the failing check's name."""
    out: list[str | None] = []
    for doc, start, end, text in zip(*(df[c].tolist() for c in SPAN_COLUMNS)):
        body = doc_text.get(doc)
        try:
            start, end = int(start), int(end)
        except (TypeError, ValueError):
            body = None
        if body is None or not isinstance(text, str) or not 0 <= start < end:
            out.append(None)  # orphan, bad dtype, bad order, negative: other checks report it
        elif end > len(body):
            out.append(SPAN_INSIDE_TEXT)
        else:
            out.append(None if body[start:end] == text else SPAN_MATCHES_TEXT)
    return out


def span_schema(name: str, documents: pd.DataFrame) -> pa.DataFrameSchema:
    """Offsets inside the document's text, and ``documents.text[char_start:char_end] == text``."""
    doc_text = dict(zip(documents["document_id"].astype(str).to_numpy(dtype=object),
                        documents["text"].to_numpy(dtype=object)))
    last: dict[int, list[str | None]] = {}  # both checks see the same frame: look once

    def status_of(df: pd.DataFrame) -> list[str | None]:
        if id(df) not in last:
            last.clear()
            last[id(df)] = _span_status(df, doc_text)
        return last[id(df)]

    def check(which: str) -> pa.Check:
        def fn(df: pd.DataFrame) -> pd.Series:
            status = status_of(df)
            return pd.Series([s != which for s in status], index=df.index, dtype=bool)

        return pa.Check(fn, name=which, error=which)

    return pa.DataFrameSchema(checks=[check(SPAN_INSIDE_TEXT), check(SPAN_MATCHES_TEXT)],
                              name=name)


def row_check_columns(check: str) -> tuple[str, ...] | None:
    """Columns a named dataframe-level check looks at (for readable failure reports)."""
    if check in (SPAN_INSIDE_TEXT, SPAN_MATCHES_TEXT):
        return SPAN_COLUMNS
    for spec in TABLES.values():
        for rc in spec.row_checks:
            if rc.name == check:
                return rc.columns
    return None


# --- fingerprint of the specs ---------------------------------------------------------------


def spec_dict(name: str) -> dict:
    """JSON-ready description of a table spec (row-check functions reduced to their names)."""
    spec = TABLES[name]
    d = asdict(spec)
    d["row_checks"] = [{"name": rc.name, "columns": list(rc.columns)} for rc in spec.row_checks]
    return d


def schema_fingerprint() -> str:
    """sha256 of SCHEMA_VERSION and every spec: changes whenever any generated output would."""
    blob = json.dumps(
        {"schema_version": SCHEMA_VERSION, "tables": [spec_dict(n) for n in TABLES]},
        sort_keys=True,
        default=str,
    )
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()
