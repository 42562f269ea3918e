"""Per-document extraction cache, so a rerun extracts only new or changed documents.

Contract: ``ExtractionCache(directory)`` stores each ``Extraction`` under a key made of the
document (every field, its text included) and the code version (``EXTRACTOR_VERSION`` plus a
hash of the extraction and document-model source files), so any change to either misses.
``get`` returns None on a miss or on an unreadable entry (which is then recomputed); ``put``
writes atomically.  The cache only saves time: a build with an empty cache publishes the same
bytes.  Entries are pickles written by this code; do not point it at files from elsewhere.
"""

from __future__ import annotations

import os
import pickle
from functools import cache
from pathlib import Path

import pipelines.document
import pipelines.extract
from pipelines.document import Document, Extraction
from pipelines.extract import EXTRACTOR_VERSION
from pipelines.ids import SEP, sha256_hex


@cache
def code_version() -> str:
    """EXTRACTOR_VERSION and a hash of the sources that shape an Extraction."""
    sources = sorted(Path(pipelines.extract.__file__).parent.glob("*.py"))
    sources.append(Path(pipelines.document.__file__))
    digest = sha256_hex(b"".join(p.read_bytes() for p in sources))
    return f"{EXTRACTOR_VERSION}{SEP}{digest}"


def cache_key(doc: Document) -> str:
    # repr of a frozen dataclass of str/int/bool/None/tuples is stable across runs
    return sha256_hex(f"{code_version()}{SEP}{doc!r}")


class ExtractionCache:
    def __init__(self, directory: Path):
        self.directory = Path(directory)
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.pickle"

    def get(self, doc: Document) -> Extraction | None:
        path = self._path(cache_key(doc))
        try:
            with open(path, "rb") as fh:
                found = pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError,
                TypeError, ValueError):
            self.misses += 1
            return None
        if not isinstance(found, Extraction) or found.document != doc:
            self.misses += 1
            return None
        self.hits += 1
        return found

    def put(self, ex: Extraction) -> None:
        path = self._path(cache_key(ex.document))
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".tmp-{os.getpid()}")
        with open(tmp, "wb") as fh:
            pickle.dump(ex, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
