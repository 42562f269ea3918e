"""What changed between two published versions: a machine-readable delta and CHANGES.md.

Contract: ``row_delta(old_dir, new_dir)`` compares the Parquet tables of two version folders
(``old_dir`` None for a first version) row by row through their primary keys: ``ADD`` (key only
in the new version), ``DEL`` (only in the old) and ``MOD`` (same key, other values).  Rows come
sorted by table, change and ID, so the same two versions always give the same bytes.
``delta_csv`` writes them as ``table,id,change`` (a composite key joined by "/");
``changes_markdown`` is the human summary: counts per table, schema changes, new disclosures.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pyarrow.parquet as pq

from pipelines.staging import read_pieces

CHANGES_FILE = "CHANGES.md"
DELTA_FILE = "changes.csv"
KINDS = ("ADD", "MOD", "DEL")


@dataclass(frozen=True)
class RowChange:
    table: str
    id: str
    change: str  # "ADD" | "MOD" | "DEL"


def _primary_key(path: Path) -> list[str]:
    return json.loads((pq.read_schema(path).metadata or {}).get(b"primary_key", b"[]"))


def _rows(path: Path) -> dict[str, str]:
    """Primary key (joined by '/') -> sha256 of the row's values, for one Parquet table, read a
    row group at a time (only the digests stay in memory)."""
    pk = _primary_key(path)
    out = {}
    for piece in read_pieces(path):
        for row in piece.to_pylist():
            key = "/".join(str(row[c]) for c in pk)
            blob = json.dumps(row, sort_keys=True, default=str, ensure_ascii=False)
            out[key] = hashlib.sha256(blob.encode("utf-8")).digest()
    return out


def _keys(path: Path) -> list[str]:
    pk = _primary_key(path)
    columns = pq.read_table(path, columns=pk).to_pydict()
    return ["/".join(str(v) for v in row) for row in zip(*(columns[c] for c in pk))]


def row_delta(old_dir: Path | None, new_dir: Path) -> list[RowChange]:
    tables = {p.stem for p in Path(new_dir).glob("*.parquet")}
    if old_dir is not None:
        tables |= {p.stem for p in Path(old_dir).glob("*.parquet")}
    out: list[RowChange] = []
    for name in sorted(tables):
        if old_dir is None:  # a first version: every row is new, no need to compare values
            out += [RowChange(name, k, "ADD") for k in _keys(Path(new_dir) / f"{name}.parquet")]
            continue
        old = _table_rows(old_dir, name)
        new = _table_rows(new_dir, name)
        out += [RowChange(name, k, "ADD") for k in new.keys() - old.keys()]
        out += [RowChange(name, k, "DEL") for k in old.keys() - new.keys()]
        out += [RowChange(name, k, "MOD") for k in new.keys() & old.keys() if new[k] != old[k]]
    return sorted(out, key=lambda c: (c.table, KINDS.index(c.change), c.id))


def _table_rows(directory: Path | None, name: str) -> dict[str, str]:
    if directory is None:
        return {}
    path = Path(directory) / f"{name}.parquet"
    return _rows(path) if path.exists() else {}


def delta_csv(changes: list[RowChange]) -> bytes:
    buf = io.StringIO()
    buf.write("table,id,change\n")
    for c in changes:
        buf.write(f"{_csv_cell(c.table)},{_csv_cell(c.id)},{c.change}\n")
    return buf.getvalue().encode("utf-8")


def _csv_cell(value: str) -> str:
    if any(ch in value for ch in ',"\n\r'):
        return '"' + value.replace('"', '""') + '"'
    return value


def changes_markdown(version: str, bump: str, previous: str | None,
                     changes: list[RowChange], schema_changes: list[str],
                     disclosures: Mapping[str, str]) -> str:
    """CHANGES.md: what a user needs to know before switching to ``version``."""
    since = f"since {previous}" if previous else "(first version)"
    lines = [f"# Changes in {version} {since}", "", f"Version bump: **{bump}**.", ""]
    lines += ["## Rows", "", "| table | added | changed | removed |", "|---|---:|---:|---:|"]
    counts: dict[str, dict[str, int]] = {}
    for c in changes:
        counts.setdefault(c.table, dict.fromkeys(KINDS, 0))[c.change] += 1
    for table in sorted(counts):
        n = counts[table]
        lines.append(f"| {table} | {n['ADD']} | {n['MOD']} | {n['DEL']} |")
    if not counts:
        lines.append("| (no row changed) | 0 | 0 | 0 |")
    lines += ["", "## Schema", ""]
    lines += [f"- {s}" for s in schema_changes] or ["- No table or column changed."]
    new = [c.id for c in changes if c.table == "disclosures" and c.change == "ADD"]
    lines += ["", "## New disclosures", ""]
    lines += [f"- `{i}`: {disclosures.get(i, '')}" for i in new] or ["- None."]
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
