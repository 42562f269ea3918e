"""Publish validated tables as an immutable, versioned release (after OpenSanctions' zavod archive).

Storage layout::

    OUTPUT/
      versions.json          # history, oldest first: [{version, created_at, fingerprint, bump,
                             #   tables: {name: rows}, build?}]; the last entry is the latest
      latest -> <version>    # relative symlink, moved last
      <version>/             # semver, e.g. 1.0.0; never overwritten
        <table>.parquet  <table>.csv   for every table in schemas.tables.TABLES
        datapackage.json     # Frictionless descriptor with every file's bytes and sha256
        data_dictionary.md
        CHANGES.md           # rows added/changed/removed per table, schema changes, new
                             #   disclosures, since the previous version (pipelines.changes)
        changes.csv          # the same, row by row: table,id,change (ADD/MOD/DEL)
        diplomatic.db        # every table in SQLite (keys, full-text search on statements)
        datasette.json       # Datasette titles, descriptions and facets (`make explore`)
        report.html          # release report: counts, timeline, most quoted, checks, changes
      validation-failure.md  # only after a build that failed validation (removed by the next
                             # successful publish); never inside a version
      .lock                  # fcntl lock held while a build stages and publishes

Invariants:

* Publishing knows nothing about extraction: it takes tables already validated by
  ``pipelines.validate`` against the specs in ``schemas.tables``, either whole
  (``publish(tables, output)``) or piece by piece (``staged_release(output)``: write pieces in
  order, then publish), so a build never needs a whole table in memory.  The table files and
  their deterministic bytes are ``pipelines.staging``'s; the same tables therefore give
  byte-identical files.  Changes, the database and the report are made from the staged files.
* Fingerprint = sha256 over the table files' sha256s, ``schema_fingerprint()`` and
  ``RELEASE_FORMAT``.  Equal to the
  latest version's fingerprint -> ``up-to-date``, nothing written.  (A pyarrow upgrade that
  changes Parquet bytes makes a new PATCH version.)
* Versions: the first is 1.0.0; then ``decide_bump`` compares the new files with the latest
  version's Parquet files: MAJOR when a table or column is removed, a column's type or a table's
  primary key changes; MINOR when a table or column is added or rows are added (new primary
  keys); PATCH otherwise (rows changed or removed, documentation changed).
* Atomic: files are written and fsynced in ``OUTPUT/.tmp-<random>/``, renamed to
  ``OUTPUT/<version>``, then ``versions.json`` is replaced, then ``latest`` is replaced (temp
  symlink + ``os.replace``).  A version is published once it is in ``versions.json``; readers
  following ``latest`` always see a complete version.  An existing version directory is never
  overwritten (``VersionExists``).
* One publisher per output: ``OUTPUT/.lock`` is taken with a non-blocking ``fcntl.flock``; a second
  concurrent build gets ``PublishLocked``.  Leftover ``.tmp-*`` from crashed builds are removed
  under the lock.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import re
import shutil
import signal
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipelines import changes, database, report
from pipelines.staging import TableFiles, neutralise, sorted_frame  # noqa: F401 -- re-exported
from schemas import tables as specs
from schemas.datapackage import datapackage_json
from schemas.dictionary import data_dictionary_markdown

if TYPE_CHECKING:
    from pipelines.validate import ValidationFailed

FIRST_VERSION = "1.0.0"
VERSIONS_FILE = "versions.json"
LATEST = "latest"
LOCK_FILE = ".lock"
FAILURE_FILE = "validation-failure.md"
REPORT_FILE = "report.html"
TMP_PREFIX = ".tmp-"
BUMPS = ("major", "minor", "patch")


class PublishError(RuntimeError):
    """Publishing refused; nothing was changed."""


class PublishLocked(PublishError):
    """Another build holds OUTPUT/.lock."""


class VersionExists(PublishError):
    """The version directory to publish already exists."""


@dataclass(frozen=True)
class PublishResult:
    status: str  # "published" | "up-to-date"
    version: str
    path: Path
    bump: str | None  # "initial" | "major" | "minor" | "patch"; None when up-to-date
    fingerprint: str = ""


# --- entry points ---------------------------------------------------------------------------


def publish(
    tables: Mapping[str, pd.DataFrame], output: Path, *, build: dict | None = None
) -> PublishResult:
    """Publish ``tables`` (one frame per spec in TABLES) as a new version, if anything changed."""
    missing, unknown = set(specs.TABLES) - set(tables), set(tables) - set(specs.TABLES)
    if missing or unknown:
        raise ValueError(f"tables must match the specs: missing {missing}, unknown {unknown}")
    with staged_release(output) as release:
        for name in specs.TABLES:
            release.write(name, sorted_frame(name, tables[name]))
        return release.publish(build)


class Release:
    """A version being staged in OUTPUT/.tmp-*: write validated pieces of tables in order
    (``write``), then ``publish``; leaving ``staged_release`` without publishing (a failed
    validation, an error) removes everything staged."""

    def __init__(self, output: Path, directory: Path):
        self.output = output
        self.directory = directory
        self.files = TableFiles(directory)
        self.closed = False

    def write(self, name: str, frame: pd.DataFrame) -> None:
        self.files.write(name, frame)

    def publish(self, build: dict | None = None) -> PublishResult:
        files, rows = self.files.close()
        self.closed = True
        return _publish_into(self.output, self.directory, files, rows, build)


@contextlib.contextmanager
def staged_release(output: Path) -> Iterator[Release]:
    """Hold OUTPUT/.lock while a version is staged and published (see ``Release``)."""
    output = Path(output)
    output.mkdir(parents=True, exist_ok=True)
    with output_lock(output):
        _remove_leftovers(output)
        tmp = Path(tempfile.mkdtemp(prefix=TMP_PREFIX, dir=output))
        release = Release(output, tmp)
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
    _atomic_write(path, failed.report().encode("utf-8"))
    return path


@contextlib.contextmanager
def output_lock(output: Path) -> Iterator[None]:
    """Hold OUTPUT/.lock (non-blocking); raise ``PublishLocked`` if another build holds it."""
    with open(Path(output) / LOCK_FILE, "a+b") as fh:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise PublishLocked(
                f"another build is publishing into {output} (lock {fh.name} is held)"
            ) from None
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def _publish_into(output: Path, tmp: Path, files: dict[str, dict], rows: dict[str, int],
                  build: dict | None) -> PublishResult:
    history = read_history(output)
    _checkpoint("tables-written")
    fp = fingerprint(files)
    latest = history[-1] if history else None
    if latest is not None and latest["fingerprint"] == fp:
        _clear_failure(output)
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
    delta = _write_changes(tmp, version, bump, previous, diffs)
    _write_database(tmp, version)
    page = report.report_html(version, bump, previous.name if previous else None,
                              report.summary_tables(tmp), delta)
    _write_bytes(tmp / REPORT_FILE, page.encode("utf-8"))
    os.chmod(tmp, 0o755)  # mkdtemp makes it 0700
    _fsync_dir(tmp)
    _checkpoint("before-rename")
    os.rename(tmp, target)
    _fsync_dir(output)
    _checkpoint("renamed")
    write_history(output, [*history, _entry(version, fp, bump, rows, build)])
    _checkpoint("recorded")
    point_latest(output, version)
    _checkpoint("latest-moved")
    _clear_failure(output)
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
    _write_bytes(directory / "datapackage.json", datapackage_json(version, files).encode())
    _write_bytes(directory / "data_dictionary.md", data_dictionary_markdown().encode())


def _write_changes(directory: Path, version: str, bump: str, previous: Path | None,
                   diffs) -> changes.Delta:
    """CHANGES.md and changes.csv: every row added, changed or removed since ``previous``."""
    with _durable(directory / changes.DELTA_FILE) as fh:
        delta = changes.write_delta(previous, directory, fh)
    frame = pq.read_table(directory / "disclosures.parquet", columns=["disclosure_id", "title"])
    titles = dict(zip(*frame.to_pydict().values()))
    text = changes.changes_markdown(version, bump, previous.name if previous else None, delta,
                                    changes.schema_changes(diffs), titles)
    _write_bytes(directory / changes.CHANGES_FILE, text.encode("utf-8"))
    return delta


def _write_database(directory: Path, version: str) -> None:
    """The version as one SQLite database with its Datasette metadata (for `make explore`)."""
    database.write_sqlite_files(directory, directory / database.DATABASE_FILE)
    meta = json.dumps(database.datasette_metadata(version), indent=2, ensure_ascii=False)
    _write_bytes(directory / database.METADATA_FILE, (meta + "\n").encode("utf-8"))


# --- comparing versions ---------------------------------------------------------------------


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


# --- history and latest ---------------------------------------------------------------------


def published_people(output: Path) -> dict[str, str]:
    """The latest version's people as name key -> person_id (empty before a first version),
    so resolution can keep published IDs stable."""
    from pipelines.extract.names import name_key

    path = Path(output) / LATEST / "people.parquet"
    if not path.exists():
        return {}
    rows = pq.read_table(path, columns=["person_id", "name"]).to_pylist()
    return {name_key(r["name"]): r["person_id"] for r in rows}


def read_history(output: Path) -> list[dict]:
    path = Path(output) / VERSIONS_FILE
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else []


def write_history(output: Path, history: list[dict]) -> None:
    text = json.dumps(history, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    _atomic_write(Path(output) / VERSIONS_FILE, text.encode("utf-8"))


def _entry(version: str, fp: str, bump: str, rows: dict, build: dict | None) -> dict:
    entry = {
        "version": version,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "fingerprint": fp,
        "bump": bump,
        "tables": rows,
    }
    if build:
        entry["build"] = build
    return entry


def point_latest(output: Path, version: str) -> None:
    """Atomically point OUTPUT/latest at ``version`` (relative symlink)."""
    tmp = Path(output) / f"{TMP_PREFIX}latest-{os.urandom(6).hex()}"
    os.symlink(version, tmp)
    os.replace(tmp, Path(output) / LATEST)
    _fsync_dir(Path(output))


def _clear_failure(output: Path) -> None:
    (output / FAILURE_FILE).unlink(missing_ok=True)


def _remove_leftovers(output: Path) -> None:
    """Undo what a build killed while publishing left behind (safe: we hold the lock):
    ``.tmp-*`` files and folders, a version folder renamed into place but never recorded in
    ``versions.json``, and a ``latest`` not yet moved to the last recorded version."""
    for path in output.glob(f"{TMP_PREFIX}*"):
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
    history = read_history(output)
    recorded = {h["version"] for h in history}
    for path in output.iterdir():
        # only a folder this code renamed into place: it always holds datapackage.json
        if (_VERSION_DIR.fullmatch(path.name) and path.name not in recorded and path.is_dir()
                and not path.is_symlink() and (path / "datapackage.json").is_file()):
            shutil.rmtree(path)
    latest = output / LATEST
    if history and (not latest.is_symlink() or os.readlink(latest) != history[-1]["version"]):
        point_latest(output, history[-1]["version"])


_VERSION_DIR = re.compile(r"\d+\.\d+\.\d+")


def _checkpoint(name: str) -> None:
    """Fault injection for the crash tests: ``PIPELINES_KILL_AT=<name>`` kills the process
    (SIGKILL, no cleanup) at that step of publishing.  Unset in normal runs."""
    if os.environ.get("PIPELINES_KILL_AT") == name:
        os.kill(os.getpid(), signal.SIGKILL)


# --- durable writes -------------------------------------------------------------------------


@contextlib.contextmanager
def _durable(path: Path) -> Iterator[BinaryIO]:
    """A file opened for writing that is on disk (fsynced) once the block ends."""
    with open(path, "wb") as fh:
        yield fh
        fh.flush()
        os.fsync(fh.fileno())


def _write_bytes(path: Path, data: bytes) -> None:
    with _durable(path) as fh:
        fh.write(data)


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(f"{TMP_PREFIX}{path.name}-{os.urandom(6).hex()}")
    _write_bytes(tmp, data)
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
