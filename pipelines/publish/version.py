"""Publish validated tables as a new, immutable version of the store (``pipelines.publish.store``).

A version folder holds::

    <table>.parquet  <table>.csv   for every table in schemas.tables.TABLES (``files``)
    datapackage.json     # Frictionless descriptor with every file's bytes and sha256
    data_dictionary.md
    CHANGES.md           # rows added/changed/removed per table, schema changes, new
                         #   disclosures, since the previous version (``changes``)
    changes.csv          # the same, row by row: table,id,change (ADD/MOD/DEL)
    diplomatic.db        # every table in SQLite (keys, full-text search on statements)
    datasette.json       # Datasette titles, descriptions and facets (`make explore`)
    report.html          # release report: counts, timeline, most quoted, checks, changes

Invariants:

* Publishing knows nothing about extraction: it takes tables already validated by
  ``pipelines.assemble.validate`` against the specs in ``schemas.tables``, either whole
  (``publish(tables, output)``) or piece by piece (``staged_version(output)``: write pieces in
  order, then publish), so a build never needs a whole table in memory.  The table files and
  their deterministic bytes are ``pipelines.publish.files``'s; the same tables therefore give
  byte-identical files.  Changes, the database and the report are made from the staged files.
* Fingerprint = sha256 over the table files' sha256s, ``schema_fingerprint()`` and
  ``RELEASE_FORMAT``.  Equal to the latest version's fingerprint -> ``up-to-date``, nothing
  written.  (A pyarrow upgrade that changes Parquet bytes makes a new PATCH version.)
* The version number comes from ``pipelines.publish.semver``; an existing version folder is
  never overwritten (``VersionExists``).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
import pyarrow.parquet as pq

from pipelines.publish import changes, database, report
from pipelines.publish.files import Rendered, TableFiles, sorted_frame
from pipelines.publish.semver import FIRST_VERSION, bump_for, diff_versions, next_version, snapshot
from pipelines.publish.store import (
    FAILURE_FILE,
    LATEST,
    TMP_PREFIX,
    PublishError,
    PublishResult,
    atomic_write,
    checkpoint,
    clear_failure,
    durable,
    fsync_dir,
    history_entry,
    output_lock,
    point_latest,
    read_history,
    remove_leftovers,
    write_bytes,
    write_history,
)
from schemas import tables as specs
from schemas.datapackage import datapackage_json
from schemas.dictionary import data_dictionary_markdown

if TYPE_CHECKING:
    from pipelines.assemble.validate import ValidationFailed

REPORT_FILE = "report.html"


class VersionExists(PublishError):
    """The version directory to publish already exists."""

# --- entry points ---------------------------------------------------------------------------


def publish(
    tables: Mapping[str, pd.DataFrame], output: Path, *, build: dict | None = None
) -> PublishResult:
    """Publish ``tables`` (one frame per spec in TABLES) as a new version, if anything changed."""
    missing, unknown = set(specs.TABLES) - set(tables), set(tables) - set(specs.TABLES)
    if missing or unknown:
        raise ValueError(f"tables must match the specs: missing {missing}, unknown {unknown}")
    with staged_version(output) as release:
        for name in specs.TABLES:
            release.write(name, sorted_frame(name, tables[name]))
        return release.publish(build)


class StagedVersion:
    """A version being staged in OUTPUT/.tmp-*: write validated pieces of tables in order
    (``write``), then ``publish``; leaving ``staged_version`` without publishing (a failed
    validation, an error) removes everything staged."""

    def __init__(self, output: Path, directory: Path):
        self.output = output
        self.directory = directory
        self.files = TableFiles(directory)
        self.closed = False

    def write(self, name: str, frame: pd.DataFrame) -> None:
        self.files.write(name, frame)

    def write_rendered(self, name: str, piece: Rendered) -> None:
        """A piece of ``name`` rendered beforehand (``files.render`` of its sorted frame)."""
        self.files.write_rendered(name, piece)

    def publish(self, build: dict | None = None) -> PublishResult:
        files, rows = self.files.close()
        self.closed = True
        return _publish_into(self.output, self.directory, files, rows, build)


@contextlib.contextmanager
def staged_version(output: Path) -> Iterator[StagedVersion]:
    """Hold OUTPUT/.lock while a version is staged and published (see ``Release``)."""
    output = Path(output)
    output.mkdir(parents=True, exist_ok=True)
    with output_lock(output):
        remove_leftovers(output)
        tmp = Path(tempfile.mkdtemp(prefix=TMP_PREFIX, dir=output))
        release = StagedVersion(output, tmp)
        try:
            yield release
        finally:
            if not release.closed:
                release.files.abort()
            shutil.rmtree(tmp, ignore_errors=True)


def write_validation_failure(output: Path, failed: ValidationFailed) -> Path:
    """Write ``failed.report()`` to OUTPUT/validation-failure.md; publishes nothing and leaves
    ``latest`` untouched (no lock needed: one file, replaced atomically)."""
    output = Path(output)
    output.mkdir(parents=True, exist_ok=True)
    path = output / FAILURE_FILE
    atomic_write(path, failed.report().encode("utf-8"))
    return path

def _publish_into(output: Path, tmp: Path, files: dict[str, dict], rows: dict[str, int],
                  build: dict | None) -> PublishResult:
    history = read_history(output)
    checkpoint("tables-written")
    fp = fingerprint(files)
    latest = history[-1] if history else None
    if latest is not None and latest["fingerprint"] == fp:
        clear_failure(output)
        return PublishResult("up-to-date", latest["version"], output / latest["version"], None, fp)
    previous = output / latest["version"] if latest else None
    if previous is None:
        version, bump, diffs = FIRST_VERSION, "initial", []
    else:
        diffs = diff_versions(snapshot(previous), snapshot(tmp))
        bump = bump_for(diffs)
        version = next_version(latest["version"], bump)
    target = output / version
    if target.exists() or target.is_symlink():
        raise VersionExists(f"{target} already exists; a published version is never overwritten")
    _write_docs(tmp, version, files)
    # The database, the changes and the report each read only the table files: the database
    # is built in a thread beside the other two (SQLite lets go of the GIL while it inserts,
    # indexes and vacuums), which takes its seconds off a large build's wall time.
    with ThreadPoolExecutor(max_workers=1) as pool:
        database_written = pool.submit(_write_database, tmp, version)
        delta = _write_changes(tmp, version, bump, previous, diffs)
        page = report.report_html(version, bump, previous.name if previous else None,
                                  report.summary_tables(tmp), delta)
        write_bytes(tmp / REPORT_FILE, page.encode("utf-8"))
        database_written.result()
    os.chmod(tmp, 0o755)  # mkdtemp makes it 0700
    fsync_dir(tmp)
    checkpoint("before-rename")
    os.rename(tmp, target)
    fsync_dir(output)
    checkpoint("renamed")
    write_history(output, [*history, history_entry(version, fp, bump, rows, build)])
    checkpoint("recorded")
    point_latest(output, version)
    checkpoint("latest-moved")
    clear_failure(output)
    return PublishResult("published", version, target, bump, fp)


# Bump when a version's files other than the tables change (a report, the database, ...): the
# next build then publishes a PATCH version holding them, even with the same tables.
RELEASE_FORMAT = "4"  # 2: CHANGES.md, changes.csv; 3: diplomatic.db, datasette.json, report.html;
# 4: rows of a document's tables ordered by document, then primary key (written in pieces)


def fingerprint(files: Mapping[str, Mapping]) -> str:
    """sha256 over every table file's sha256 (sorted by file name), the schema fingerprint and
    the release format."""
    h = hashlib.sha256(f"schema {specs.schema_fingerprint()}\nformat {RELEASE_FORMAT}\n".encode())
    for name in sorted(files):
        h.update(f"{name} {files[name]['sha256']}\n".encode())
    return h.hexdigest()


def _write_docs(directory: Path, version: str, files: Mapping[str, Mapping]) -> None:
    write_bytes(directory / "datapackage.json", datapackage_json(version, files).encode())
    write_bytes(directory / "data_dictionary.md", data_dictionary_markdown().encode())


def _write_changes(directory: Path, version: str, bump: str, previous: Path | None,
                   diffs) -> changes.Delta:
    """CHANGES.md and changes.csv: every row added, changed or removed since ``previous``."""
    with durable(directory / changes.DELTA_FILE) as fh:
        delta = changes.write_delta(previous, directory, fh)
    frame = pq.read_table(directory / "disclosures.parquet", columns=["disclosure_id", "title"])
    titles = dict(zip(*frame.to_pydict().values()))
    text = changes.changes_markdown(version, bump, previous.name if previous else None, delta,
                                    changes.schema_changes(diffs), titles)
    write_bytes(directory / changes.CHANGES_FILE, text.encode("utf-8"))
    return delta


def _write_database(directory: Path, version: str) -> None:
    """The version as one SQLite database with its Datasette metadata (for `make explore`)."""
    database.write_sqlite_files(directory, directory / database.DATABASE_FILE)
    meta = json.dumps(database.datasette_metadata(version), indent=2, ensure_ascii=False)
    write_bytes(directory / database.METADATA_FILE, (meta + "\n").encode("utf-8"))


def published_people(output: Path) -> list[tuple[str, str]]:
    """The latest version's people as (person_id, name), in the table's order (empty before a
    first version), so resolution can keep published IDs stable."""
    path = Path(output) / LATEST / "people.parquet"
    if not path.exists():
        return []
    rows = pq.read_table(path, columns=["person_id", "name"]).to_pylist()
    return [(r["person_id"], r["name"]) for r in rows]
