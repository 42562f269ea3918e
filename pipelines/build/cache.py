"""Per-document extraction cache and per-file manifests, so a rerun extracts only new or changed
documents, and reads only new or changed files.

Contract: ``ExtractionCache(directory)`` stores each ``Extraction`` under a key made of the
document (every field, its text included) and the code version (``pipelines.build.keys``:
``EXTRACTOR_VERSION`` plus a hash of every source extraction imports), so any change to either
misses.
``get`` returns None on a miss or on an unreadable entry (which is then recomputed); ``put``
writes atomically.  The cache only saves time: a build with an empty cache publishes the same
bytes.  Entries are pickles written by this code; do not point it at files from elsewhere.

``DocEntry`` is what a build keeps of a document between extraction and writing its rows (IDs,
cache key, size, people): the extraction itself stays in the cache until it is written.
``FileManifests`` remembers, per corpus file (its path, its bytes and the reader and extractor
code), the entries of its documents, so a rerun takes them without parsing the file.
A build keeps both under ``version_folder(root)`` (one folder per code version) and ``prune``s
the folders of older versions, so the cache holds at most two corpora's worth of entries;
``extraction_store`` gives a build its cache (or a scratch one with ``--no-cache``).
"""

from __future__ import annotations

import os
import pickle
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from pipelines.build.keys import cache_key, code_version, reader_version
from pipelines.document import Document, Extraction, Volume
from pipelines.extract import extract_document
from pipelines.ids import SEP, sha256_hex
from pipelines.resolve import DocPeople
from pipelines.settings import CACHE_DIR, CACHE_VERSIONS_KEPT, MANIFEST_DIR


@dataclass(frozen=True)
class DocEntry:
    document_id: str
    source_path: str
    source_key: str | None
    sha256: str
    position: int  # the document's place in its file (a TEI volume holds many)
    chars: int
    cache_key: str
    people: DocPeople
    failure: str | None = None  # why extraction failed (the document becomes a reject)
    volume: Volume | None = None  # the volume it was published in: a disclosure of its own

    @classmethod
    def made(cls, doc: Document, position: int, key: str, people: DocPeople,
             failure: str | None = None) -> DocEntry:
        return cls(doc.document_id, doc.source_path, doc.source_key, doc.sha256, position,
                   len(doc.text), key, people.shared(), failure, doc.volume)

    @classmethod
    def of(cls, ex: Extraction, position: int, key: str | None = None) -> DocEntry:
        """``key``: the document's ``cache_key`` when the caller has it (it costs a hash)."""
        return cls.made(ex.document, position, key or cache_key(ex.document), DocPeople.of(ex))

    @classmethod
    def failed(cls, doc: Document, position: int, reason: str, key: str | None = None
               ) -> DocEntry:
        return cls.made(doc, position, key or cache_key(doc),
                        DocPeople(doc.document_id, doc.source_path, ()), reason)


def _load(path: Path) -> object | None:
    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError,
            TypeError, ValueError):
        return None


def _dump(path: Path, value: object) -> None:
    _write(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


def _write(path: Path, data: bytes) -> None:
    """Atomically: a reader sees the whole entry or none (another build may read it)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp-{os.getpid()}")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def packed_extraction(doc: Document) -> tuple[bytes, DocPeople]:
    """Extract ``doc`` and pickle the result where it is made (a worker process): the build
    then writes the bytes to the cache as they are and keeps only the people, instead of
    unpickling and pickling every extraction again."""
    ex = extract_document(doc)
    return pickle.dumps(ex, protocol=pickle.HIGHEST_PROTOCOL), DocPeople.of(ex)


# --- one folder per code version, older ones pruned -------------------------------------------

_TAG = re.compile(r"[0-9a-f]{16}")
_OLD_LAYOUT = re.compile(r"[0-9a-f]{2}|files")  # entries kept straight under the root before


def version_folder(root: Path) -> Path:
    """Where this code version's entries live under a cache root (marked as just used)."""
    folder = Path(root) / sha256_hex(f"{code_version()}{SEP}{reader_version()}")[:16]
    folder.mkdir(parents=True, exist_ok=True)
    os.utime(folder)
    return folder


def prune(root: Path, keep: int = CACHE_VERSIONS_KEPT) -> list[Path]:
    """Remove the entries of older code versions: a code change makes every entry of the
    previous version unreachable, so without pruning the cache grows by a corpus each time.
    Keeps the ``keep`` most recently used version folders (the current one among them);
    returns what it removed."""
    root = Path(root)
    if not root.is_dir():
        return []
    tags = sorted((p for p in root.iterdir() if p.is_dir() and _TAG.fullmatch(p.name)),
                  key=lambda p: p.stat().st_mtime, reverse=True)
    gone = tags[keep:]
    gone += [p for p in root.iterdir() if p.is_dir() and _OLD_LAYOUT.fullmatch(p.name)]
    for path in gone:
        shutil.rmtree(path, ignore_errors=True)
    return gone


class FileManifests:
    """file (relative path + sha256 of its bytes + reader version) -> its documents' entries."""

    def __init__(self, directory: Path):
        self.directory = Path(directory)

    def _path(self, source_path: str, digest: str) -> Path:
        key = sha256_hex(SEP.join((reader_version(), source_path, digest)))
        return self.directory / key[:2] / f"{key}.pickle"

    def get(self, source_path: str, digest: str) -> list[DocEntry] | None:
        found = _load(self._path(source_path, digest))
        if not isinstance(found, list) or not all(isinstance(e, DocEntry) for e in found):
            return None
        return [replace(e, people=e.people.shared()) for e in found]

    def put(self, source_path: str, digest: str, entries: list[DocEntry]) -> None:
        _dump(self._path(source_path, digest), entries)


class ExtractionCache:
    def __init__(self, directory: Path):
        self.directory = Path(directory)
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.pickle"

    def get(self, doc: Document, key: str | None = None) -> Extraction | None:
        found = _load(self._path(key or cache_key(doc)))
        if not isinstance(found, Extraction) or found.document != doc:
            self.misses += 1
            return None
        self.hits += 1
        return found

    def load(self, key: str) -> Extraction | None:
        """The extraction stored under ``key`` (a ``cache_key``), or None."""
        found = _load(self._path(key))
        return found if isinstance(found, Extraction) else None

    def has(self, key: str) -> bool:
        return self._path(key).is_file()

    def put(self, ex: Extraction, key: str | None = None) -> None:
        _dump(self._path(key or cache_key(ex.document)), ex)

    def put_packed(self, key: str, data: bytes) -> None:
        """Store an extraction pickled by ``packed_extraction``."""
        _write(self._path(key), data)


@contextmanager
def extraction_store(output: Path, cache: Path | None, use_cache: bool
                     ) -> Iterator[tuple[ExtractionCache, FileManifests | None]]:
    """The extraction cache and file manifests of this code version (``cache``, by default
    OUTPUT/.cache/extract); without the cache, a scratch folder (removed afterwards) that
    holds this build's extractions until they are written, and no manifests.  Older code
    versions' entries are pruned after a build that went through."""
    if use_cache:
        root = Path(cache) if cache else Path(output) / CACHE_DIR
        directory = version_folder(root)
        yield ExtractionCache(directory), FileManifests(directory / MANIFEST_DIR)
        prune(root)
        return
    with tempfile.TemporaryDirectory(prefix="extract-") as scratch:
        yield ExtractionCache(Path(scratch)), None
