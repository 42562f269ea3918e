"""Every column that more than one table has, declared once; and the patterns columns use.

Contract: a column is shared when several tables have a column of that name *and* the same
domain (type, allowed values, pattern, minimum).  Each shared column is one ``FieldSpec`` here,
and a table names it rather than redeclaring it, restating only what depends on the table (see
``schemas.spec.FieldSpec``: description, example, key, optional).  A column only one table has
is declared in ``schemas.tables``; so is a name two tables use for columns of different domains
(``kind``, ``source_path``), since those are not one column.

Patterns are written without anchors and always match the whole value (see ``schemas.tables``).
"""

from __future__ import annotations

from schemas.spec import FieldSpec

ID_PATTERN = "[0-9a-f]{16}"
SHA256_PATTERN = "[0-9a-f]{64}"
ISO_PARTIAL_DATE = r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?"
COUNTRY_PATTERN = "[A-Z]{2}"
DISCLOSURE_ID_PATTERN = r"[a-z0-9][a-z0-9.\-]*"
RELATIVE_POSIX_PATH = r"[^/\\][^\\]*"  # not absolute, no backslashes
PRECISION_LENGTH = {"year": 4, "month": 7, "day": 10}

ID_EXAMPLE = "3f2a9c0d41b7e865"
SPAN_START_EXAMPLE = 1043


# --- IDs ------------------------------------------------------------------------------------


def id_text(what: str) -> str:
    """The description every hashed ID column shares, naming what it identifies."""
    return (f"Stable ID of the {what}: 16 lowercase hex digits "
            "(a hash of its source keys, never a row number).")


def id_field(name: str, what: str) -> FieldSpec:
    """A hashed ID column.  IDs only one table has are made with it too, so all IDs agree."""
    return FieldSpec(name, "string", id_text(what), pattern=ID_PATTERN, example=ID_EXAMPLE)


DOCUMENT_ID = id_field(
    "document_id",
    "document (a hash of the source's own ID where it has one, such as a FRUS document's, else "
    "of the file's content)",
)
PERSON_ID = id_field("person_id", "person")
EXCHANGE_ID = id_field("exchange_id", "exchange")
DISCLOSURE_ID = FieldSpec(
    "disclosure_id", "string", "Stable ID of the batch: lowercase, chosen in the registry "
    "(publisher and release date).", pattern=DISCLOSURE_ID_PATTERN, example="mofa-2023-12-20",
)

# --- source files ---------------------------------------------------------------------------

SHA256 = FieldSpec(
    "sha256", "string", "SHA-256 of the source file's bytes (64 lowercase hex).",
    pattern=SHA256_PATTERN, example="9f86d081884c7d65" * 4,
)
SOURCE_URL = FieldSpec(
    "source_url", "string", "Where the source can be read online.", nullable=True,
    example="https://history.state.gov/historicaldocuments/frus1969-76v17/d12",
    null_means="no URL is known",
)
# No table uses this description as is: a document's title and a release's are described
# where they are used.  The column is shared because its domain (any text) is.
TITLE = FieldSpec("title", "string", "Title.", example="Memorandum of Conversation")
PLACE = FieldSpec(
    "place", "string", "Where the record was written or the conversation held, from its "
    "dateline.", nullable=True, example="Beijing", null_means="the record gives no place",
)

# --- spans of documents.text ----------------------------------------------------------------

TEXT = FieldSpec(
    "text", "string", "Full plain text of the document; every char_start/char_end offset points "
    "into it.", example="Chou En-lai said that ...",
)
CHAR_START = FieldSpec(
    "char_start", "int64", "Character offset (0-based) where the span starts in documents.text.",
    minimum=0, example=SPAN_START_EXAMPLE,
)
CHAR_END = FieldSpec(
    "char_end", "int64", "Character offset just past the span's end (exclusive; greater than "
    "char_start).", minimum=1, example=SPAN_START_EXAMPLE + 1,
)
RULE = FieldSpec(
    "rule", "string", "Name of the extraction rule that produced the row (for tracing).",
    example="quote_said_after",
)
