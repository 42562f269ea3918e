"""The version store: where published versions live, and how a build writes them safely.

Storage layout::

    OUTPUT/
      versions.json          # history, oldest first: [{version, created_at, fingerprint, bump,
                             #   tables: {name: rows}, build?}]; the last entry is the latest
      latest -> <version>    # relative symlink, moved last
      <version>/             # semver, e.g. 1.0.0; never overwritten (``pipelines.publish.version``
                             #   says what a version folder holds)
      validation-failure.md  # only after a build that failed validation (removed by the next
                             # successful publish); never inside a version
      .lock                  # fcntl lock held while a build stages and publishes
      .tmp-*                 # a version being staged; removed when a build ends or crashed

Invariants:

* Atomic: a version's files are written and fsynced in ``OUTPUT/.tmp-<random>/``, renamed to
  ``OUTPUT/<version>``, then ``versions.json`` is replaced, then ``latest`` is replaced (temp
  symlink + ``os.replace``).  A version is published once it is in ``versions.json``; readers
  following ``latest`` always see a complete version.
* One publisher per output: ``OUTPUT/.lock`` is taken with a non-blocking ``fcntl.flock``; a
  second concurrent build gets ``PublishLocked``.  Under the lock, ``remove_leftovers`` undoes
  what a killed build left behind.
* Every file a version or the history holds is on disk (fsynced) before the step that makes it
  visible.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
import shutil
import signal
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

VERSIONS_FILE = "versions.json"
LATEST = "latest"
LOCK_FILE = ".lock"
FAILURE_FILE = "validation-failure.md"
TMP_PREFIX = ".tmp-"
_VERSION_DIR = re.compile(r"\d+\.\d+\.\d+")


class PublishError(RuntimeError):
    """Publishing refused; nothing was changed."""


class PublishLocked(PublishError):
    """Another build holds OUTPUT/.lock."""


@dataclass(frozen=True)
class PublishResult:
    status: str  # "published" | "up-to-date"
    version: str
    path: Path
    bump: str | None  # "initial" | "major" | "minor" | "patch"; None when up-to-date
    fingerprint: str = ""


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


# --- history and latest ---------------------------------------------------------------------


def read_history(output: Path) -> list[dict]:
    path = Path(output) / VERSIONS_FILE
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else []


def write_history(output: Path, history: list[dict]) -> None:
    text = json.dumps(history, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    atomic_write(Path(output) / VERSIONS_FILE, text.encode("utf-8"))


def history_entry(version: str, fp: str, bump: str, rows: dict, build: dict | None) -> dict:
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
    fsync_dir(Path(output))


def clear_failure(output: Path) -> None:
    (output / FAILURE_FILE).unlink(missing_ok=True)


def remove_leftovers(output: Path) -> None:
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


def checkpoint(name: str) -> None:
    """Fault injection for the crash tests: ``PIPELINES_KILL_AT=<name>`` kills the process
    (SIGKILL, no cleanup) at that step of publishing.  Unset in normal runs."""
    if os.environ.get("PIPELINES_KILL_AT") == name:
        os.kill(os.getpid(), signal.SIGKILL)


# --- durable writes -------------------------------------------------------------------------


@contextlib.contextmanager
def durable(path: Path) -> Iterator[BinaryIO]:
    """A file opened for writing that is on disk (fsynced) once the block ends."""
    with open(path, "wb") as fh:
        yield fh
        fh.flush()
        os.fsync(fh.fileno())


def write_bytes(path: Path, data: bytes) -> None:
    with durable(path) as fh:
        fh.write(data)


def atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(f"{TMP_PREFIX}{path.name}-{os.urandom(6).hex()}")
    write_bytes(tmp, data)
    os.replace(tmp, path)
    fsync_dir(path.parent)


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
