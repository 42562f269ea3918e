"""Validate the assembled tables against ``schemas.tables`` before anything is published.

Contract: ``validate_tables(tables)`` either returns every table coerced to its spec's dtypes and
column order (same rows, index reset), or raises ``ValidationFailed``.  All checks run lazily,
so one failed build reports *every* problem: single-table checks (dtypes, not-null, unique IDs,
allowed values, patterns, row checks), foreign keys (orphan keys only), and text spans
(offsets inside ``documents.text`` and ``documents.text[char_start:char_end] == text``).
``PieceValidator`` runs the same checks on tables that come in pieces (a build writes a group
of documents at a time), plus uniqueness across pieces.

``ValidationFailed.failures`` is a DataFrame with columns ``LOCATED_COLUMNS``:
``table, column, check, failure_case, index, row_id, document_id, document`` -- ``index`` is
the row position in the input frame, ``row_id`` the row's primary key (None for table-level
failures), ``document`` the file and source key of the row's document (``vol.xml#frus.../d63``;
None for rows of no document).  ``ValidationFailed.report()`` renders it as Markdown, grouped
by table and check and capped.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pandera.pandas as pa

from schemas.tables import (
    TABLES,
    foreign_key_schema,
    pandera_schema,
    row_check_columns,
    span_schema,
)

FAILURE_COLUMNS = ["table", "column", "check", "failure_case", "index", "row_id"]
# and, where the failing row belongs to a document, which one (see ``locate``)
LOCATED_COLUMNS = [*FAILURE_COLUMNS, "document_id", "document"]
MAX_VALUE_CHARS = 80  # a value longer than this is cut in the report: a table cell stays readable
ROWS_PER_CHECK = 20  # failing rows listed per check in the report; the rest are counted
MAX_ERROR_CHARS = 500  # of pandera's own message, when it lists no failure case


class ValidationFailed(Exception):
    """The tables broke the schema; ``failures`` holds one row per failing value or row."""

    def __init__(self, failures: pd.DataFrame):
        self.failures = failures.reindex(columns=LOCATED_COLUMNS).reset_index(drop=True)
        tables = sorted(set(self.failures["table"]))
        super().__init__(f"{len(self.failures)} validation failures in tables: {tables}")

    def report(self, max_per_check: int = ROWS_PER_CHECK) -> str:
        return failure_report(self.failures, max_per_check)


def validate_tables(tables: Mapping[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Coerced, spec-ordered copies of every table, or raise ``ValidationFailed``."""
    raw = {name: df.reset_index(drop=True) for name, df in tables.items()}
    frames, failures = _check(raw, {})
    found = [f for f in [_table_presence(raw), *failures] if len(f)]
    if found:
        raise ValidationFailed(locate(pd.concat(found, ignore_index=True), raw))
    return {name: frames[name][TABLES[name].columns] for name in TABLES}


class PieceValidator:
    """The same checks for tables written in pieces (a group of documents at a time).

    ``PieceValidator(whole)`` checks the tables given whole (people and disclosures: the
    parents every piece's foreign keys may point at); ``check(tables)`` checks one piece of the
    others without keeping anything, so a caller may take documents out of it and check it
    again; ``accept(checked)`` keeps it (its failures, its values for the checks across
    pieces) and returns it coerced; ``piece(tables)`` is both.  ``add_whole(tables)`` checks
    more tables given whole (the rejects, known last); ``finish()`` raises ``ValidationFailed``
    with every failure kept.  A piece's foreign keys are checked against the whole tables and
    the piece itself (a row's document is in its piece), its spans against its own documents;
    primary keys and unique columns are also checked across pieces.  ``index`` in a failure is
    the row's position in the whole table (pieces counted in the order accepted).
    """

    def __init__(self, whole: Mapping[str, pd.DataFrame]):
        self.whole: dict[str, pd.DataFrame] = {}
        self.failures: list[pd.DataFrame] = []
        self.rows = dict.fromkeys(TABLES, 0)
        self.seen: dict[tuple[str, str], SeenValues] = {}
        self.add_whole(whole)

    def add_whole(self, tables: Mapping[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
        raw = {name: df.reset_index(drop=True) for name, df in tables.items()}
        frames, failures = _check(raw, self.whole)
        self.whole |= frames
        self.failures += [locate(f, raw) for f in failures if len(f)]
        return frames

    def check(self, tables: Mapping[str, pd.DataFrame]) -> Checked:
        return self.across(check_piece(tables, self.whole))

    def across(self, checked: Checked) -> Checked:
        """``checked`` (by ``check_piece``, perhaps in another process) with the failures of
        the checks across pieces added: values of unique columns an earlier piece had."""
        found = [f for f in (self._across_pieces(name, checked.frames[name])
                             for name in checked.frames) if len(f)]
        if not found:
            return checked
        failed = locate(pd.concat(found, ignore_index=True), checked.raw)
        failed = pd.concat([f for f in (checked.failures, failed) if len(f)], ignore_index=True)
        return Checked(checked.raw, checked.frames, failed)

    def accept(self, checked: Checked) -> dict[str, pd.DataFrame]:
        failed = checked.failures
        if len(failed):
            failed = failed.copy()
            failed["index"] = [None if i is None else i + self.rows[t]
                               for t, i in zip(failed["table"], failed["index"])]
            self.failures.append(failed)
        self.remember(unique_values(checked.frames),
                      {name: len(df) for name, df in checked.frames.items()})
        return {name: df[TABLES[name].columns] for name, df in checked.frames.items()}

    def repeats(self, unique: Mapping[tuple[str, str], list]) -> bool:
        """Whether an earlier piece had any of these ``unique_values`` of a piece."""
        return any(self.seen.get(key) is not None and self.seen[key].find(values)
                   for key, values in unique.items())

    def remember(self, unique: Mapping[tuple[str, str], list], rows: Mapping[str, int]) -> None:
        """Keep a piece that passed every check, known only by its ``unique_values`` and its
        rows per table (a piece another process checked: ``check_piece`` and ``repeats``)."""
        for key, values in unique.items():
            self.seen.setdefault(key, SeenValues()).remember(values)
        for name, count in rows.items():
            self.rows[name] += count

    def piece(self, tables: Mapping[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
        return self.accept(self.check(tables))

    def finish(self) -> None:
        if self.failures:
            raise ValidationFailed(pd.concat(self.failures, ignore_index=True))

    def _across_pieces(self, name: str, df: pd.DataFrame) -> pd.DataFrame:
        """Unique columns (and the primary key) whose values an earlier piece already had."""
        rows = []
        for column in _unique_columns(name):
            if column not in df.columns:
                continue
            seen = self.seen.get((name, column)) or SeenValues()
            values = df[column].tolist()
            for index in seen.find(values):
                rows.append((name, column, "unique_across_pieces", values[index], index,
                             _row_id(df, name, index)))
        return pd.DataFrame(rows, columns=FAILURE_COLUMNS, dtype=object)


def check_piece(tables: Mapping[str, pd.DataFrame], whole: Mapping[str, pd.DataFrame]
                ) -> Checked:
    """One piece's own checks (all but those across pieces), against the tables given
    ``whole`` (a ``PieceValidator``'s): a pure function, so another process may run it."""
    raw = {name: df.reset_index(drop=True) for name, df in tables.items()}
    frames, failures = _check(raw, whole)
    found = [f for f in failures if len(f)]
    failed = pd.concat(found, ignore_index=True) if found else _empty()
    return Checked(raw, frames, locate(failed, raw))


def unique_values(frames: Mapping[str, pd.DataFrame]) -> dict[tuple[str, str], list]:
    """A piece's values of each table's unique columns, by (table, column)."""
    return {(name, column): df[column].tolist() for name, df in frames.items()
            for column in _unique_columns(name) if column in df.columns}


@dataclass(frozen=True)
class Checked:
    """One piece checked: its tables as given, coerced, and its failures (``index`` within
    the piece; ``document`` names the file and source key of the failing row's document)."""

    raw: dict[str, pd.DataFrame]
    frames: dict[str, pd.DataFrame]
    failures: pd.DataFrame


def locate(failures: pd.DataFrame, raw: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """``failures`` with ``document_id`` and ``document`` (``path#source_key``, or the path)
    of each failing row that belongs to a document, so a report names the record."""
    failures = failures.copy()
    docs = raw.get("documents")
    where = {} if docs is None else {
        d: p if k is None or pd.isna(k) else f"{p}#{k}"
        for d, p, k in zip(docs["document_id"], docs["source_path"], docs["source_key"])}
    ids = [_document_id(raw.get(t), i) for t, i in zip(failures["table"], failures["index"])]
    failures["document_id"] = ids
    failures["document"] = [where.get(d, d) for d in ids]
    return failures


def _document_id(df: pd.DataFrame | None, index: object) -> str | None:
    i = _index(index)
    if df is None or i is None or "document_id" not in df.columns or not 0 <= i < len(df):
        return None
    value = df["document_id"].iat[i]
    return None if value is None or pd.isna(value) else str(value)


class SeenValues:
    """The values of one column that earlier pieces had, exactly, in about their own size.

    A Python set of IDs costs about 100 bytes a value; a FRUS-sized corpus has millions of
    rows.  Here values are kept as one sorted NumPy array of UTF-8 byte strings (16 bytes for
    an ID), looked up by bisection and merged in (a stable sort of two sorted runs is a
    merge).  NumPy pads byte strings with NULs, so the rare value holding a NUL is kept in a
    set instead, to stay exact."""

    def __init__(self):
        self.sorted = np.array([], dtype="S1")
        self.odd: set[str] = set()

    def add(self, values: list) -> list[int]:
        """Add a piece's values; return the positions of those an earlier piece had."""
        found = self.find(values)
        self.remember(values)
        return found

    def remember(self, values: list) -> None:
        """Add a piece's values."""
        plain, odd = _split(values)
        self.odd |= {text for _, text in odd}
        if plain:
            new = np.array([b for _, b in plain])
            width = max(new.dtype.itemsize, self.sorted.dtype.itemsize)
            seen = self.sorted.astype(f"S{width}", copy=False)
            self.sorted = np.sort(np.concatenate([seen, new.astype(f"S{width}")]),
                                  kind="stable")

    def find(self, values: list) -> list[int]:
        """The positions of the values an earlier piece had (a value twice in this piece is
        not one of them: that is the single-table uniqueness check's to find)."""
        plain, odd = _split(values)
        found = [index for index, text in odd if text in self.odd]
        if plain and len(self.sorted):
            new = np.array([b for _, b in plain])
            width = max(new.dtype.itemsize, self.sorted.dtype.itemsize)
            seen, new = self.sorted.astype(f"S{width}", copy=False), new.astype(f"S{width}")
            at = np.minimum(np.searchsorted(seen, new), len(seen) - 1)
            found += [plain[i][0] for i in np.flatnonzero(seen[at] == new)]
        return sorted(found)


def _split(values: list) -> tuple[list[tuple[int, bytes]], list[tuple[int, str]]]:
    """Non-null values with their positions: as UTF-8 bytes, and apart those holding a NUL
    (NumPy pads byte strings with NULs, so those are kept as text in a set)."""
    plain, odd = [], []
    for index, value in enumerate(values):
        if value is None or pd.isna(value):
            continue
        text = str(value)
        if "\x00" in text:
            odd.append((index, text))
        else:
            plain.append((index, text.encode("utf-8")))
    return plain, odd


def _unique_columns(name: str) -> list[str]:
    spec = TABLES[name]
    columns = [f.name for f in spec.fields if f.unique]
    if len(spec.primary_key) == 1 and spec.primary_key[0] not in columns:
        columns.insert(0, spec.primary_key[0])
    return columns


def _check(raw: Mapping[str, pd.DataFrame], parents: Mapping[str, pd.DataFrame]
           ) -> tuple[dict[str, pd.DataFrame], list[pd.DataFrame]]:
    """Coerced frames and failures: single-table checks, then foreign keys (against ``raw``'s
    coerced tables and ``parents``) and spans (against ``raw``'s documents)."""
    failures = []
    frames: dict[str, pd.DataFrame] = {}
    for name in TABLES:
        if name not in raw:
            continue
        coerced, fc = _run(pandera_schema(name), raw[name])
        frames[name] = raw[name] if coerced is None else coerced
        failures.append(_normalise(fc, name, raw[name]))
    context = {**parents, **frames}
    failures += [_cross_table(name, frames[name], context) for name in frames]
    return frames, failures


def _empty() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=object) for c in FAILURE_COLUMNS})


def _table_presence(raw: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    rows = [(n, None, "table_present", n, None, None) for n in TABLES if n not in raw]
    rows += [(n, None, "table_known", n, None, None) for n in raw if n not in TABLES]
    return pd.DataFrame(rows, columns=FAILURE_COLUMNS, dtype=object)


def _run(schema: pa.DataFrameSchema, df: pd.DataFrame):
    """(validated frame or None, pandera failure cases or None)."""
    try:
        return schema.validate(df, lazy=True), None
    except pa.errors.SchemaErrors as err:
        if len(err.failure_cases):
            return None, err.failure_cases
        # pandera raised without listing a case: the failure must still fail the build
        return None, pd.DataFrame([{"schema_context": "DataFrameSchema", "column": None,
                                    "check": "schema", "failure_case": str(err)[:MAX_ERROR_CHARS],
                                    "index": None}])


def _cross_table(name: str, df: pd.DataFrame, frames: Mapping[str, pd.DataFrame]
                 ) -> pd.DataFrame:
    _, fk = _run(foreign_key_schema(name, frames), df)
    out = [_normalise(fk, name, df)]
    if TABLES[name].text_span and "documents" in frames:
        _, spans = _run(span_schema(name, frames["documents"]), df)
        out.append(_normalise(spans, name, df))
    return pd.concat(out, ignore_index=True)


def _normalise(fc: pd.DataFrame | None, table: str, df: pd.DataFrame) -> pd.DataFrame:
    """pandera failure cases -> FAILURE_COLUMNS; one row per failing row for row checks."""
    if fc is None or not len(fc):
        return _empty()
    rows = []
    seen_row_checks: set[tuple[str, object]] = set()
    for rec in fc.to_dict("records"):
        check, index = str(rec["check"]), _index(rec.get("index"))
        columns = row_check_columns(check) if rec["schema_context"] == "DataFrameSchema" else None
        if columns is not None and index is not None:
            if (check, index) in seen_row_checks:
                continue  # pandera reports every column of a failing row: keep one
            seen_row_checks.add((check, index))
            value = _row_values(df, index, columns)
            rows.append((table, ", ".join(columns), check, value, index, _row_id(df, table, index)))
        else:
            column = None if pd.isna(rec["column"]) else str(rec["column"])
            value = rec["failure_case"]
            rows.append((table, column, check, value, index, _row_id(df, table, index)))
    return pd.DataFrame(rows, columns=FAILURE_COLUMNS, dtype=object)


def _index(value: object) -> int | None:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return None


def _row_values(df: pd.DataFrame, index: int, columns: tuple[str, ...]) -> str:
    row = df.loc[index]
    return ", ".join(f"{c}={_plain(row[c])!r}" for c in columns if c in df.columns)


def _plain(value: object) -> object:
    """numpy/pandas scalars -> Python values, so reports read ``5`` rather than ``np.int64(5)``."""
    item = getattr(value, "item", None)
    return item() if callable(item) else value


def _row_id(df: pd.DataFrame, table: str, index: int | None) -> str | None:
    """The row's primary key value(s), joined by '/', for reports."""
    pk = [c for c in TABLES[table].primary_key if c in df.columns] if table in TABLES else []
    if index is None or not pk or index not in df.index:
        return None
    return "/".join(str(df.at[index, c]) for c in pk)


# --- the Markdown report --------------------------------------------------------------------


def failure_report(failures: pd.DataFrame, max_per_check: int = ROWS_PER_CHECK) -> str:
    """Readable Markdown: one section per table, one list per check, at most N rows each."""
    lines = ["# Validation failed", "",
             f"{len(failures)} failures in {failures['table'].nunique()} table(s).", ""]
    for table, by_table in failures.groupby("table", sort=False):
        lines += [f"## {table}", ""]
        for check, group in by_table.groupby("check", sort=False):
            lines += _check_section(str(check), group, max_per_check)
    return "\n".join(lines)


def _check_section(check: str, group: pd.DataFrame, limit: int) -> list[str]:
    lines = [f"### `{check}` ({len(group)} failing)", "",
             "| document | row id | index | column | value |", "|---|---|---|---|---|"]
    for rec in group.head(limit).to_dict("records"):
        cells = [rec.get("document"), rec["row_id"], rec["index"], rec["column"],
                 rec["failure_case"]]
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    if len(group) > limit:
        lines.append(f"\n... and {len(group) - limit} more.")
    return lines + [""]


def _cell(value: object) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    text = str(value).replace("\n", "\\n").replace("\r", "\\r").replace("|", "\\|")
    return text if len(text) <= MAX_VALUE_CHARS else text[: MAX_VALUE_CHARS - 3] + "..."
