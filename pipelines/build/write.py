"""After extraction: resolve people, then write, validate and publish a version a piece at a time.

Contract: ``resolve(entries, output)`` resolves the entries' people across documents, keeping
the IDs the latest version in ``output`` published.  ``write_version(...)`` stages a version,
writes its tables (``write_tables``) and publishes it; when validation fails it writes
``validation-failure.md`` beside the versions, publishes nothing and raises
``ValidationFailed``.

``write_tables(staged, entries, resolution, rejects, registry, store)`` writes into a
staged version (``pipelines.publish.staged_version``) the tables built once (disclosures,
people), then, for each piece of documents in ``document_id`` order (``pieces``), that piece's
rows of every document table, loaded from ``store``, assembled by ``pipelines.assemble.tables``
and checked by ``pipelines.assemble.validate.PieceValidator`` (helper processes assemble and
check the pieces ahead: ``checked_pieces``), and last the rejects.  A
document whose rows fail a check is quarantined (``pipelines.assemble.quarantine``): all its
rows stay out and it becomes a reject of stage ``validate`` with the failed checks; the rest
publishes.  Failures that are no one document's fail the build (``ValidationFailed``, nothing
published), and so do more quarantined documents than ``max_rejected_share`` of them
(``TooManyQuarantined``).  Only a few pieces' extractions and rows are in memory at a time.
Pieces depend only on the entries (never on batch sizes or workers), so the same input gives
the same files.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections import deque
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

import pandas as pd

from pipelines.assemble import quarantine
from pipelines.assemble.tables import (
    DOCUMENT_TABLES,
    document_tables,
    rejects_table,
    whole_tables,
)
from pipelines.assemble.validate import (
    ROWS_PER_CHECK,
    Checked,
    PieceValidator,
    ValidationFailed,
    check_piece,
    unique_values,
)
from pipelines.build import progress
from pipelines.build.cache import DocEntry, ExtractionCache
from pipelines.build.chunks import chunks
from pipelines.disclosures import Disclosure, disclosure_of, with_volumes
from pipelines.document import Extraction, Reject
from pipelines.publish import (
    PublishResult,
    Rendered,
    StagedVersion,
    published_people,
    render,
    sorted_frame,
    staged_version,
    write_validation_failure,
)
from pipelines.resolve import Resolution, published_keys, resolve_people
from pipelines.settings import MAX_REJECTED_SHARE, PIECE_CHARS, PIECE_DOCS
from schemas.tables import TABLES

# Tables built whole that a piece's rows refer to: checked and written first
PARENT_TABLES = ("disclosures", "people")


def resolve(entries: list[DocEntry], output: Path) -> Resolution:
    return resolve_people([e.people for e in entries], published_keys(published_people(output)))


def write_version(entries: list[DocEntry], resolution: Resolution, rejects: list[Reject],
                  registry: tuple[Disclosure, ...], store: ExtractionCache, output: Path,
                  inputs: str, max_rejected_share: float = MAX_REJECTED_SHARE,
                  workers: int | None = None) -> tuple[PublishResult, Written]:
    """Publish the version (or find it up to date); ``inputs`` (the build's inputs key) is
    recorded in its history entry, so a rerun with the same inputs stops early."""
    try:
        with staged_version(output) as staged, _collector_spared():
            written = write_tables(staged, entries, resolution, rejects, registry, store,
                                   max_rejected_share, workers)
            return staged.publish({"inputs": inputs}), written
    except ValidationFailed as failed:
        report = write_validation_failure(output, failed)
        progress(f"validation failed: nothing published; report: {report}")
        raise


@contextmanager
def _collector_spared() -> Iterator[None]:
    """Keep what the build already holds (entries, resolution: objects by the hundred thousand
    that live to the end) out of the garbage collector's full collections while the tables
    are written: each piece makes objects by the hundred thousand, and every full collection
    they set off would walk the whole heap again.  They go back to the collector after."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


@dataclass
class Written:
    rows: dict[str, int]  # rows written per table
    quarantined: list[Reject]  # documents taken out at validation, and why


class TooManyQuarantined(ValidationFailed):
    """More documents failed validation than the cap allows: a broken extractor must not
    publish a quietly emptied dataset."""

    def __init__(self, failures: pd.DataFrame, quarantined: int, documents: int, cap: float):
        super().__init__(failures)
        self.summary = (f"{quarantined} of {documents} documents failed validation, more than "
                        f"the cap of {cap:.1%} (--max-rejected-share): nothing is published.")

    def report(self, max_per_check: int = ROWS_PER_CHECK) -> str:
        return self.summary + "\n\n" + super().report(max_per_check)


class MissingExtraction(RuntimeError):
    """An entry's extraction is not in the store (the cache was changed during the build)."""


def pieces(entries: list[DocEntry], max_chars: int = PIECE_CHARS,
           max_docs: int = PIECE_DOCS) -> list[list[DocEntry]]:
    """Entries in ``document_id`` order, cut into pieces of about ``max_chars`` of text."""
    return chunks(sorted(entries, key=lambda e: e.document_id), lambda e: e.chars, max_docs,
                  max_chars)


def write_tables(staged: StagedVersion, entries: list[DocEntry], resolution: Resolution,
                 rejects: list[Reject], registry: tuple[Disclosure, ...],
                 store: ExtractionCache, max_rejected_share: float = MAX_REJECTED_SHARE,
                 workers: int | None = None) -> Written:
    registry = with_volumes(registry, [e.volume for e in entries
                                       if disclosure_of(e.source_path, registry) is None])
    whole = whole_tables(resolution, rejects, registry)
    validator = PieceValidator({name: whole[name] for name in PARENT_TABLES})
    rows = {name: len(whole[name]) for name in PARENT_TABLES}
    for name in PARENT_TABLES:
        _write(staged, validator, name, validator.whole[name])
    rows |= dict.fromkeys(DOCUMENT_TABLES, 0)
    quarantined, reasons = [], []
    for piece, checked in checked_pieces(pieces(entries), store, resolution, registry,
                                         validator.whole, workers):
        if (isinstance(checked, Ready) and not validator.failures
                and not validator.repeats(checked.unique)):  # written as the helper rendered it
            validator.remember(checked.unique, {n: r.rows for n, r in checked.tables.items()})
            for name, rendered in checked.tables.items():
                staged.write_rendered(name, rendered)
                rows[name] += rendered.rows
            continue
        if not isinstance(checked, Checked):  # read again here: it failed across pieces
            checked = _checked(piece, store, resolution, registry, validator.whole)
        checked = validator.across(checked)
        by_document, _ = quarantine.split(checked.failures)
        documents = checked.raw["documents"]
        out = set()
        for doc_id, failed in by_document.items():
            row = documents[documents["document_id"] == doc_id]
            if len(row):  # a row of no document here is the build's failure (kept below)
                quarantined.append(quarantine.reject(row.iloc[0], failed))
                reasons.append(failed)
                out.add(doc_id)
        if out:  # take them out, check again: what fails now is the build's
            checked = validator.check(quarantine.without(checked.raw, out))
        for name, frame in validator.accept(checked).items():
            _write(staged, validator, name, frame)
            rows[name] += len(frame)
    every_reject = validator.add_whole({"rejects": rejects_table([*rejects, *quarantined])})
    _write(staged, validator, "rejects", every_reject["rejects"])
    rows["rejects"] = len(every_reject["rejects"])
    validator.finish()
    if len(quarantined) > max_rejected_share * len(entries):
        raise TooManyQuarantined(pd.concat(reasons, ignore_index=True), len(quarantined),
                                 len(entries), max_rejected_share)
    return Written({name: rows[name] for name in TABLES}, quarantined)


def checked_pieces(parts: list[list[DocEntry]], store: ExtractionCache, resolution: Resolution,
                   registry: tuple[Disclosure, ...], whole: dict[str, pd.DataFrame],
                   workers: int | None = None
                   ) -> Iterator[tuple[list[DocEntry], Checked | Ready]]:
    """Each piece with its rows assembled and checked on their own (``check_piece``), in
    order.  Loading, assembling, checking and rendering a piece is most of the writing's work
    and needs nothing of the pieces before it, so helper processes do it for the pieces ahead
    (``Ready`` when nothing failed) while this one checks across pieces and writes (a few
    pieces ahead at most: memory stays bounded)."""
    workers = min(workers or os.cpu_count() or 1, len(parts) // _PIECES_PER_HELPER)
    if workers < 2:
        for part in parts:
            yield part, _checked(part, store, resolution, registry, whole)
        return
    context = multiprocessing.get_context("forkserver")  # no inherited threads (see budget)
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_helper_state,
                             initargs=(store.directory, resolution, registry, whole)) as pool:
        ahead: deque = deque()
        todo = iter(parts)
        for part in islice(todo, workers + 1):
            ahead.append((part, pool.submit(_checked_in_helper, part)))
        while ahead:
            part, future = ahead.popleft()
            following = next(todo, None)
            if following is not None:
                ahead.append((following, pool.submit(_checked_in_helper, following)))
            yield part, future.result()


# fewer pieces than this per helper: starting helpers would cost more than they save
_PIECES_PER_HELPER = 4
_helper: tuple = ()


def _helper_state(directory: Path, resolution: Resolution, registry: tuple[Disclosure, ...],
                  whole: dict[str, pd.DataFrame]) -> None:
    global _helper
    _helper = (ExtractionCache(directory), resolution, registry, whole)


@dataclass(frozen=True)
class Ready:
    """A piece a helper found without a failure of its own, rendered for the files: all
    the writer still needs is its unique values (to check across pieces) and its rows."""

    unique: dict[tuple[str, str], list]
    tables: dict[str, Rendered]


def _checked(part: list[DocEntry], store: ExtractionCache, resolution: Resolution,
             registry: tuple[Disclosure, ...], whole: dict[str, pd.DataFrame]) -> Checked:
    return check_piece(document_tables(_load(part, store), resolution, registry), whole)


def _checked_in_helper(part: list[DocEntry]) -> Checked | Ready:
    checked = _checked(part, *_helper)
    if len(checked.failures):
        return checked
    frames = {name: df[TABLES[name].columns] for name, df in checked.frames.items()}
    return Ready(unique_values(frames),
                 {name: render(name, sorted_frame(name, df)) for name, df in frames.items()})


def _load(piece: list[DocEntry], store: ExtractionCache) -> list[Extraction]:
    extractions = []
    for e in piece:
        ex = store.load(e.cache_key)
        if ex is None:
            raise MissingExtraction(f"{e.source_path}: extraction {e.cache_key} is gone")
        extractions.append(ex)
    return extractions


def _write(staged: StagedVersion, validator: PieceValidator, name: str,
           frame: pd.DataFrame) -> None:
    if not validator.failures:  # after a failure only check: nothing will be published
        staged.write(name, sorted_frame(name, frame))
