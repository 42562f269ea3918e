"""Readers: corpus files in, ``Document``s (or ``Reject``s with the reason) out.

Contract: ``discover(corpus)`` lists every file under the corpus in a stable (sorted) order and
sorts it into files a reader can take and ``Reject``s; ``read_documents(paths, corpus)`` reads
each file on its own, so one bad file never stops the others.  Nothing is dropped silently:
every file ends as a Document or as a Reject.
"""

from __future__ import annotations

import os
from pathlib import Path

from pipelines.document import Document, Reject
from pipelines.ids import sha256_hex
from pipelines.readers import tei
from pipelines.readers.text import SUFFIXES as TEXT_SUFFIXES
from pipelines.readers.text import ReadError, read_file
from pipelines.settings import MAX_FILE_BYTES

SUFFIXES = TEXT_SUFFIXES | tei.SUFFIXES


def _reject(path: Path, corpus: Path, reason: str, stage: str) -> Reject:
    digest = None
    try:
        if path.is_file() and not path.is_symlink():
            digest = sha256_hex(path.read_bytes())
    except OSError:
        pass
    return Reject(path.relative_to(corpus).as_posix(), reason, stage, digest)


def _inside(path: Path, corpus: Path) -> bool:
    try:
        path.resolve().relative_to(corpus.resolve())
    except ValueError:
        return False
    return True


def discover(corpus: Path, max_bytes: int = MAX_FILE_BYTES) -> tuple[list[Path], list[Reject]]:
    """Files a reader can take, and every other file with the reason it is skipped."""
    corpus = Path(corpus)
    take: list[Path] = []
    rejects: list[Reject] = []
    for root, dirs, files in os.walk(corpus, followlinks=False):
        for name in sorted(d for d in dirs if (Path(root) / d).is_symlink()):
            link = Path(root) / name
            reason = ("link points outside the corpus" if not _inside(link, corpus)
                      else "directory link not followed")
            rejects.append(Reject(link.relative_to(corpus).as_posix(), reason, "discover"))
        dirs[:] = sorted(d for d in dirs if not (Path(root) / d).is_symlink())
        for name in sorted(files):
            path = Path(root) / name
            reason = _skip_reason(path, corpus, max_bytes)
            if reason:
                rejects.append(_reject(path, corpus, reason, "discover"))
            else:
                take.append(path)
    return take, rejects


def _skip_reason(path: Path, corpus: Path, max_bytes: int = MAX_FILE_BYTES) -> str | None:
    if path.is_symlink() and not _inside(path, corpus):
        return "link points outside the corpus"
    if not path.is_file():
        return "not a regular file"
    size = path.stat().st_size
    if size > max_bytes:
        return f"file too large: {size} bytes (limit {max_bytes} bytes)"
    if path.suffix.lower() not in SUFFIXES:
        kind = path.suffix.lower() or "no extension"
        return f"unsupported file type ({kind}); readers take {', '.join(sorted(SUFFIXES))}"
    return None


def read_documents(paths: list[Path], corpus: Path) -> tuple[list[Document], list[Reject]]:
    docs: list[Document] = []
    rejects: list[Reject] = []
    for path in paths:
        try:
            if path.suffix.lower() in tei.SUFFIXES:
                got, bad = tei.read_tei(path, Path(corpus))
                docs.extend(got)
                rejects.extend(bad)
            else:
                docs.append(read_file(path, Path(corpus)))
        except (ReadError, OSError) as exc:
            rejects.append(_reject(path, Path(corpus), str(exc), "read"))
    return docs, rejects


def drop_duplicates(docs: list[Document]) -> tuple[list[Document], list[Reject]]:
    """Identical files (or one FRUS document in two files) share a document_id: keep the first
    by path, reject the others."""
    seen: dict[str, str] = {}
    kept: list[Document] = []
    rejects: list[Reject] = []
    for doc in sorted(docs, key=lambda d: d.source_path):
        if doc.document_id in seen:
            what = doc.source_key or "same content"
            reason = f"duplicate of {seen[doc.document_id]} ({what})"
            path = f"{doc.source_path}#{doc.source_key}" if doc.source_key else doc.source_path
            rejects.append(Reject(path, reason, "read", doc.sha256))
            continue
        seen[doc.document_id] = doc.source_path
        kept.append(doc)
    return kept, rejects


def reset_caches() -> None:
    """Empty the readers' memos (the TEI reader's tag names): the same answers afterwards."""
    tei.local_name.cache_clear()
