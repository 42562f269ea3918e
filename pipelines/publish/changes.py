"""What changed between two published versions: a machine-readable delta and CHANGES.md.

Contract: ``write_delta(old_dir, new_dir, out)`` compares the Parquet tables of two version
folders (``old_dir`` None for a first version) row by row through their primary keys: ``ADD``
(key only in the new version), ``DEL`` (only in the old) and ``MOD`` (same key, other values).
It writes them to ``out`` as CSV, ``table,id,change`` (a composite key joined by "/"), sorted by
table, change and ID, so the same two versions always give the same bytes, and returns a
``Delta``: the counts, for CHANGES.md and the report.  ``changes_markdown`` is the human
summary: counts per table, schema changes, new disclosures.

Memory: a table's keys and row digests are held as Arrow arrays (a few dozen bytes a row),
one table at a time, and the CSV is written in slices: never a Python object per row.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipelines.publish.files import read_pieces

CHANGES_FILE = "CHANGES.md"
DELTA_FILE = "changes.csv"
KINDS = ("ADD", "MOD", "DEL")
SLICE = 65_536  # rows of the delta turned into CSV lines at a time


@dataclass
class Delta:
    """What changed, counted: table -> {ADD, MOD, DEL: rows}; the rows are in the CSV."""

    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    added_disclosures: list[str] = field(default_factory=list)  # IDs, sorted

    def count(self, table: str, change: str) -> int:
        return self.counts.get(table, {}).get(change, 0)


def _primary_key(path: Path) -> list[str]:
    return json.loads((pq.read_schema(path).metadata or {}).get(b"primary_key", b"[]"))


def _key_column(piece: pa.Table, pk: list[str]) -> pa.ChunkedArray:
    parts = [pc.cast(piece[c], pa.string()) for c in pk]
    return parts[0] if len(parts) == 1 else pc.binary_join_element_wise(*parts, "/")


def _row_digests(piece: pa.Table) -> pa.Array:
    """sha256 of each row's values (equal digests: equal rows)."""
    return pa.array([hashlib.sha256(json.dumps(row, sort_keys=True, default=str,
                                                ensure_ascii=False).encode("utf-8")).digest()
                     for row in piece.to_pylist()], pa.binary(32))


def _index(directory: Path | None, name: str, digests: bool) -> pa.Table | None:
    """``id`` (and ``digest``) of every row of one table, read a row group at a time; None
    when the version has no such table."""
    path = Path(directory) / f"{name}.parquet" if directory is not None else None
    if path is None or not path.exists():
        return None
    pk = _primary_key(path)
    parts = []
    for piece in read_pieces(path, None if digests else pk):
        columns = {"id": _key_column(piece, pk)}
        if digests:
            columns["digest"] = _row_digests(piece)
        parts.append(pa.table(columns))
    schema = pa.schema([("id", pa.string())] + ([("digest", pa.binary(32))] if digests else []))
    return pa.concat_tables(parts) if parts else schema.empty_table()


def _table_changes(old: pa.Table | None, new: pa.Table | None) -> dict[str, pa.Array]:
    """change -> the IDs it applies to, sorted."""
    if old is None or new is None:
        kind, only = ("ADD", new) if old is None else ("DEL", old)
        return {kind: _sorted(only["id"])} if only is not None else {}
    both = new.join(old, "id", join_type="full outer", left_suffix="_new", right_suffix="_old")
    mine, theirs = both["digest_new"], both["digest_old"]
    same_key = pc.and_(pc.is_valid(mine), pc.is_valid(theirs))
    masks = {"ADD": pc.is_null(theirs), "MOD": pc.and_(same_key, pc.not_equal(mine, theirs)),
             "DEL": pc.is_null(mine)}
    return {kind: _sorted(both["id"].filter(mask)) for kind, mask in masks.items()}


def _sorted(ids: pa.ChunkedArray) -> pa.Array:
    # Arrow orders strings by their UTF-8 bytes: the order of their code points, as Python's
    return pc.take(ids, pc.sort_indices(ids)).combine_chunks()


def write_delta(old_dir: Path | None, new_dir: Path, out: BinaryIO) -> Delta:
    tables = {p.stem for p in Path(new_dir).glob("*.parquet")}
    if old_dir is not None:
        tables |= {p.stem for p in Path(old_dir).glob("*.parquet")}
    delta = Delta()
    out.write(b"table,id,change\n")
    digests = old_dir is not None  # a first version: every row is new, no values to compare
    for name in sorted(tables):
        found = _table_changes(_index(old_dir, name, digests), _index(new_dir, name, digests))
        delta.counts[name] = {kind: len(found.get(kind, [])) for kind in KINDS}
        for kind in KINDS:
            ids = found.get(kind)
            if ids is None:
                continue
            for start in range(0, len(ids), SLICE):
                lines = [f"{_csv_cell(name)},{_csv_cell(i)},{kind}\n"
                         for i in ids.slice(start, SLICE).to_pylist()]
                out.write("".join(lines).encode("utf-8"))
            if name == "disclosures" and kind == "ADD":
                delta.added_disclosures = ids.to_pylist()
    delta.counts = {t: n for t, n in delta.counts.items() if any(n.values())}
    return delta


def _csv_cell(value: str) -> str:
    if any(ch in value for ch in ',"\n\r'):
        return '"' + value.replace('"', '""') + '"'
    return value


def changes_markdown(version: str, bump: str, previous: str | None, delta: Delta,
                     schema_changes: list[str], disclosures: Mapping[str, str]) -> str:
    """CHANGES.md: what a user needs to know before switching to ``version``."""
    since = f"since {previous}" if previous else "(first version)"
    lines = [f"# Changes in {version} {since}", "", f"Version bump: **{bump}**.", ""]
    lines += ["## Rows", "", "| table | added | changed | removed |", "|---|---:|---:|---:|"]
    for table in sorted(delta.counts):
        n = delta.counts[table]
        lines.append(f"| {table} | {n['ADD']} | {n['MOD']} | {n['DEL']} |")
    if not delta.counts:
        lines.append("| (no row changed) | 0 | 0 | 0 |")
    lines += ["", "## Schema", ""]
    lines += [f"- {s}" for s in schema_changes] or ["- No table or column changed."]
    lines += ["", "## New disclosures", ""]
    lines += [f"- `{i}`: {disclosures.get(i, '')}" for i in delta.added_disclosures] or [
        "- None."]
    lines += ["", f"Every changed row, by ID: `{DELTA_FILE}` (table, id, ADD/MOD/DEL).", ""]
    return "\n".join(lines)


def schema_changes(diffs) -> list[str]:
    """Readable lines from ``pipelines.publish.TableDiff``s."""
    out = []
    for d in diffs:
        if d.status != "kept":
            out.append(f"Table `{d.table}` {d.status}.")
            continue
        out += [f"`{d.table}.{c}` added." for c in d.added_columns]
        out += [f"`{d.table}.{c}` removed." for c in d.removed_columns]
        out += [f"`{d.table}.{c}` changed type." for c in d.retyped_columns]
        if d.key_changed:
            out.append(f"`{d.table}` primary key changed.")
    return out
