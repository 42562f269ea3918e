"""Table files written piece by piece, so a release never needs a whole table in memory.

Contract: ``TableFiles(directory)`` opens ``<table>.parquet`` and ``<table>.csv`` for every
table in ``schemas.tables.TABLES``; ``write(name, frame)`` appends one validated piece (a
Parquet row group and CSV rows, in the order given); ``close()`` finishes every file, fsyncs it
and returns ``{file name: {bytes, sha256}}`` and the rows per table.  A table never written to
still gets its files (header and schema only).

Row order is the caller's promise, and ``sorted_frame`` gives it: a table whose rows belong to
a document (it has a ``document_id`` column and is not ``documents``) is ordered by document,
then primary key, so a build can write one group of documents after another; every other table
by primary key.  The same pieces give byte-identical files:

* Parquet: pyarrow with the explicit ``arrow_schema`` (zstd; file metadata holds only the table
  name, schema version and primary key: no timestamps, no pandas metadata).
* CSV: UTF-8 with a header, ``na_rep=""``, ``\\n`` line ends; null and the empty string are both
  an empty cell; list cells are JSON arrays (``["a", "b"]``, ``[]`` when empty); a text cell
  starting with ``= + - @``, a tab or a carriage return gets a leading ``'`` so spreadsheets do
  not run it (OWASP, "CSV Injection"); Parquet keeps the exact text.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from schemas import tables as specs

# A cell a spreadsheet would run as a formula starts with one of these
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
READ_BLOCK = 1 << 20  # bytes hashed at a time: a large table file is never read whole


def row_order(name: str) -> list[str]:
    """The columns a table's rows are sorted by (see the module docstring)."""
    spec = specs.TABLES[name]
    pk = list(spec.primary_key)
    if name != "documents" and "document_id" in spec.columns and "document_id" not in pk:
        return ["document_id", *pk]
    return pk


def sorted_frame(name: str, df: pd.DataFrame) -> pd.DataFrame:
    """The table's columns in spec order, rows in ``row_order``."""
    return df[specs.TABLES[name].columns].sort_values(row_order(name), kind="stable",
                                                       ignore_index=True)


def neutralise(value: object) -> object:
    """Prefix a formula-like text cell with a single quote, so a spreadsheet shows it as text.
    Only the CSV files do this; Parquet keeps the exact text."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def csv_rows(name: str, frame: pd.DataFrame, header: bool) -> bytes:
    out = frame.copy()
    for f in specs.TABLES[name].fields:
        if f.type.startswith("list"):
            out[f.name] = out[f.name].astype(object).map(_json_list)
        elif f.type == "string":
            out[f.name] = _neutralised(out[f.name])
    buf = io.StringIO()
    out.to_csv(buf, index=False, header=header, na_rep="", lineterminator="\n")
    return buf.getvalue().encode("utf-8")


def _neutralised(column: pd.Series) -> pd.Series:
    """``neutralise`` over a column, vectorised (few cells ever need it)."""
    column = column.astype("string")
    risky = column.str.startswith(FORMULA_START).fillna(False).astype(bool)
    if risky.any():
        column = column.copy()
        column[risky] = "'" + column[risky]
    return column


def _json_list(value: object) -> str | None:
    """A list cell as a JSON array (``["a", "b"]``); a null cell stays null."""
    if isinstance(value, str) or not hasattr(value, "__iter__"):
        return None
    return json.dumps([None if x is None else str(x) for x in value], ensure_ascii=False)


@dataclass(frozen=True)
class Rendered:
    """A piece of one table as its files take it: Arrow rows for the Parquet file and the
    CSV file's lines.  Rendering is most of writing, and needs no open file, so another
    process may do it (``pipelines.build.write``)."""

    arrow: pa.Table | None
    csv: bytes
    rows: int


def render(name: str, frame: pd.DataFrame) -> Rendered:
    if not len(frame):
        return Rendered(None, b"", 0)
    frame = frame[specs.TABLES[name].columns]
    schema = specs.arrow_schema(name)
    table = pa.Table.from_pandas(frame, schema=schema, preserve_index=False)
    return Rendered(table.replace_schema_metadata(schema.metadata),
                    csv_rows(name, frame, header=False), len(frame))


class _TableFile:
    """One table's Parquet and CSV files, open for appending."""

    def __init__(self, name: str, directory: Path):
        self.name = name
        self.schema = specs.arrow_schema(name)
        self.parquet_path = directory / f"{name}.parquet"
        self.csv_path = directory / f"{name}.csv"
        self.parquet = pq.ParquetWriter(self.parquet_path, self.schema, compression="zstd")
        self.csv = open(self.csv_path, "wb")  # noqa: SIM115 -- closed in close()
        self.csv.write(csv_rows(name, pd.DataFrame(columns=specs.TABLES[name].columns), True))
        self.rows = 0

    def write(self, frame: pd.DataFrame) -> None:
        self.write_rendered(render(self.name, frame))

    def write_rendered(self, piece: Rendered) -> None:
        if not piece.rows:
            return
        self.parquet.write_table(piece.arrow)
        self.csv.write(piece.csv)
        self.rows += piece.rows

    def close(self) -> dict[str, dict]:
        self.parquet.close()
        self.csv.flush()
        os.fsync(self.csv.fileno())
        self.csv.close()
        _fsync(self.parquet_path)
        return {p.name: file_digest(p) for p in (self.parquet_path, self.csv_path)}

    def abort(self) -> None:
        self.parquet.close()
        self.csv.close()


class TableFiles:
    """Every table of ``schemas.tables.TABLES``, written piece by piece into ``directory``."""

    def __init__(self, directory: Path):
        self.directory = Path(directory)
        self.tables = {name: _TableFile(name, self.directory) for name in specs.TABLES}

    def write(self, name: str, frame: pd.DataFrame) -> None:
        self.tables[name].write(frame)

    def write_rendered(self, name: str, piece: Rendered) -> None:
        self.tables[name].write_rendered(piece)

    def close(self) -> tuple[dict[str, dict], dict[str, int]]:
        files: dict[str, dict] = {}
        for table in self.tables.values():
            files |= table.close()
        return dict(sorted(files.items())), {n: t.rows for n, t in self.tables.items()}

    def abort(self) -> None:
        for table in self.tables.values():
            table.abort()


def read_pieces(path: Path, columns: list[str] | None = None) -> Iterator[pa.Table]:
    """A written table back, one row group (one piece) at a time: a reader of a whole version
    never holds more than a piece of it."""
    file = pq.ParquetFile(path)
    for i in range(file.num_row_groups):
        # one thread: a row group is small, and pyarrow's reader threads each keep their own
        # buffers (tens of MB more at the peak, for no gain in time)
        yield file.read_row_group(i, columns=columns, use_threads=False)


def file_digest(path: Path) -> dict:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(READ_BLOCK), b""):
            h.update(block)
    return {"bytes": path.stat().st_size, "sha256": h.hexdigest()}


def _fsync(path: Path) -> None:
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())
