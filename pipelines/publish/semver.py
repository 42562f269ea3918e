"""Which version comes next: compare a staged version with the latest, and bump semver.

Contract: ``snapshot(folder)`` reads what comparison needs of a version's Parquet files (schema,
primary key from the file metadata, the keys); ``diff_versions`` gives one ``TableDiff`` per
table; ``bump_for`` turns them into a bump and ``next_version`` into the version:

* MAJOR when a table or column is removed, a column's type or a table's primary key changes;
* MINOR when a table or column is added or rows are added (new primary keys);
* PATCH otherwise (rows changed or removed, documentation changed).

The first version is ``FIRST_VERSION``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

FIRST_VERSION = "1.0.0"
BUMPS = ("major", "minor", "patch")


@dataclass(frozen=True)
class TableSnapshot:
    """What version comparison needs of one published table: its schema and primary keys."""

    schema: pa.Schema
    primary_key: tuple[str, ...]
    keys: frozenset[tuple]


@dataclass(frozen=True)
class TableDiff:
    """How one table changed between two versions (input for bumps and, later, changelogs)."""

    table: str
    status: str  # "added" | "removed" | "kept"
    added_columns: tuple[str, ...] = ()
    removed_columns: tuple[str, ...] = ()
    retyped_columns: tuple[str, ...] = ()
    key_changed: bool = False
    added_keys: frozenset[tuple] = field(default=frozenset())
    removed_keys: frozenset[tuple] = field(default=frozenset())


def snapshot(directory: Path) -> dict[str, TableSnapshot]:
    """Read every ``*.parquet`` of a version directory (schema, primary key from its metadata)."""
    out = {}
    for path in sorted(Path(directory).glob("*.parquet")):
        schema = pq.read_schema(path)
        pk = tuple(json.loads((schema.metadata or {}).get(b"primary_key", b"[]")))
        columns = pq.read_table(path, columns=list(pk)).to_pydict() if pk else {}
        keys = frozenset(zip(*(columns[c] for c in pk))) if pk else frozenset()
        out[path.stem] = TableSnapshot(schema, pk, keys)
    return out


def diff_versions(old: Mapping[str, TableSnapshot], new: Mapping[str, TableSnapshot]):
    """One ``TableDiff`` per table in either version, in sorted table order."""
    return [_diff_table(name, old.get(name), new.get(name)) for name in sorted({*old, *new})]


def _diff_table(name: str, old: TableSnapshot | None, new: TableSnapshot | None) -> TableDiff:
    if old is None or new is None:
        return TableDiff(name, "added" if old is None else "removed")
    old_cols, new_cols = set(old.schema.names), set(new.schema.names)
    return TableDiff(
        name,
        "kept",
        added_columns=tuple(c for c in new.schema.names if c not in old_cols),
        removed_columns=tuple(c for c in old.schema.names if c not in new_cols),
        retyped_columns=tuple(
            c for c in new.schema.names
            if c in old_cols and old.schema.field(c).type != new.schema.field(c).type
        ),
        key_changed=old.primary_key != new.primary_key,
        added_keys=new.keys - old.keys,
        removed_keys=old.keys - new.keys,
    )


def bump_for(diffs) -> str:
    """Semver bump implied by a list of ``TableDiff``s (see the module docstring)."""
    if any(d.status == "removed" or d.removed_columns or d.retyped_columns or d.key_changed
           for d in diffs):
        return "major"
    if any(d.status == "added" or d.added_columns or d.added_keys for d in diffs):
        return "minor"
    return "patch"


def decide_bump(old: Mapping[str, TableSnapshot], new: Mapping[str, TableSnapshot]) -> str:
    return bump_for(diff_versions(old, new))


def next_version(version: str, bump: str) -> str:
    major, minor, patch = (int(p) for p in version.split("."))
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    if bump == "patch":
        return f"{major}.{minor}.{patch + 1}"
    raise ValueError(f"unknown bump {bump!r}; expected one of {BUMPS}")
