"""The Markdown data dictionary, generated from ``schemas.tables`` only.

Contract: ``data_dictionary_markdown()`` is deterministic (no dates, no versions) and lists every
table in spec order with its primary key, foreign keys and row checks, then every column with
its type, whether it may be null, description, allowed values, example and what a null means.
"""

from __future__ import annotations

import json

from schemas.spec import FieldSpec, TableSpec
from schemas.tables import SCHEMA_VERSION, TABLES

INTRO = """\
# Data dictionary

Schema version {schema_version}. Every table is published as `<table>.parquet` and
`<table>.csv`. CSV files are UTF-8 with a header row and `\\n` line endings; an empty cell is
null; list columns are JSON arrays (`["a", "b"]`); a text cell that starts with `=`, `+`, `-`,
`@`, a tab or a carriage return carries a leading `'` in CSV only (so spreadsheets run nothing;
Parquet keeps the exact text). Dates are ISO partial dates: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
Character offsets count Unicode code points in `documents.text` (the Parquet text), end
exclusive: `documents.text[char_start:char_end] == text`. Each version also holds the same
tables in `diplomatic.db` (SQLite, with `statements_fts` for full-text search).
"""


def data_dictionary_markdown() -> str:
    parts = [INTRO.format(schema_version=SCHEMA_VERSION)]
    parts += [table_section(spec) for spec in TABLES.values()]
    return "\n".join(parts)


def table_section(spec: TableSpec) -> str:
    lines = [f"## {spec.name}", "", spec.description, ""]
    lines.append(f"- Primary key: {', '.join(f'`{c}`' for c in spec.primary_key)}")
    for fk in spec.foreign_keys:
        lines.append(f"- Foreign key: `{fk.column}` → `{fk.table}.{fk.ref_column}`")
    for rc in spec.row_checks:
        lines.append(f"- Check `{rc.name}`: {rc.description}")
    if spec.text_span:
        lines.append("- Check: offsets lie inside the document text, and "
                     "`documents.text[char_start:char_end] == text`")
    lines += ["", "| Column | Type | Null | Description | Allowed values | Example | Null means |",
              "|---|---|---|---|---|---|---|"]
    lines += [column_row(f) for f in spec.fields]
    return "\n".join(lines) + "\n"


def column_row(f: FieldSpec) -> str:
    cells = [
        f"`{f.name}`",
        f"`{f.type}`",
        "yes" if f.nullable else "no",
        f.description + (" Unique." if f.unique else ""),
        allowed(f),
        "" if f.example is None else f"`{json.dumps(f.example, ensure_ascii=False)}`",
        f.null_means or "",
    ]
    return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"


def allowed(f: FieldSpec) -> str:
    rules = []
    if f.enum is not None:
        rules.append(", ".join(f"`{v}`" for v in f.enum))
    if f.pattern is not None:
        rules.append(f"pattern `{f.pattern}`")
    if f.minimum is not None:
        rules.append(f"≥ {f.minimum}")
    return "; ".join(rules)
