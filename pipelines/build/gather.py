"""The extraction scheduler: corpus files in, every document's entry (or reject) out.

Contract: ``gather(paths, store, manifests, tasks, batch_size, workers)`` takes the files in a
group at a time (``tasks.take_in``), cuts what is left to extract into batches (``batches``)
and keeps at most ``workers`` of them running (``tasks.submit``).  The next group is taken in
while batches run, as soon as fewer batches than workers wait, so no worker waits for reading;
whichever batch finishes first is collected first (``tasks.first_done``).  Each result goes to
the cache at once and only its ``DocEntry`` stays, so memory is bounded by the group and the
batches in flight.  Fresh files are remembered in ``manifests`` at the end.

The scheduler knows nothing of Prefect: the caller hands it its tasks (a Prefect task's
``submit``, or a plain executor's in tests).  A submitted batch's ``result()`` is one
``(packed extraction or None, reason or None)`` per document, in order.  The order of
collection never shows in the output: ``keep_first`` sorts the entries.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pipelines.build import progress
from pipelines.build.cache import DocEntry, ExtractionCache, FileManifests
from pipelines.build.chunks import chunks
from pipelines.build.intake import Intake, ToExtract, file_groups, remember
from pipelines.document import Document, Reject
from pipelines.settings import BATCH_CHARS, GROUP_BYTES


@dataclass(frozen=True)
class Tasks:
    """What the scheduler runs: reading a group of files, extracting a batch, and waiting."""

    take_in: Callable[[list[Path]], Intake]
    submit: Callable[[list[Document]], object]  # -> a future of the batch's results
    first_done: Callable[[list], object]  # futures -> the first of them to finish
    on_first_batch: Callable[[], None] = lambda: None  # e.g. start loading the writer


@dataclass
class Gathered:
    entries: list[DocEntry] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    extracted: set[str] = field(default_factory=set)  # document IDs extracted in this run


def batches(todo: Sequence[ToExtract], size: int, max_chars: int = BATCH_CHARS
            ) -> list[list[ToExtract]]:
    """Consecutive documents, at most ``size`` and about ``max_chars`` characters a batch: a
    few very long records make a batch of their own, so the batches running side by side
    finish at about the same time."""
    return chunks(todo, lambda item: len(item.doc.text), size, max_chars)


def gather(paths: list[Path], store: ExtractionCache, manifests: FileManifests | None,
           tasks: Tasks, batch_size: int, workers: int) -> Gathered:
    groups = file_groups(paths, GROUP_BYTES, batch_size)
    scheduler = _Scheduler(store, tasks, batch_size, max(workers, 1))
    got = scheduler.run(groups)
    if manifests is not None:
        remember(manifests, scheduler.fresh, got.entries)
    return got


class _Scheduler:
    """One gather's state: groups still to read, batches waiting and running."""

    def __init__(self, store: ExtractionCache, tasks: Tasks, batch_size: int, workers: int):
        self.store = store
        self.tasks = tasks
        self.batch_size = batch_size
        self.workers = workers
        self.out = Gathered()
        self.fresh: dict[str, tuple[str, int]] = {}
        self.waiting: deque[list[ToExtract]] = deque()  # batches ready to run
        self.running: list[tuple[list[ToExtract], object]] = []  # (batch, its future)

    def run(self, groups: list[list[Path]]) -> Gathered:
        pending = iter(enumerate(groups, 1))
        more, started = True, False
        while True:
            if self.waiting and not started:
                self.tasks.on_first_batch()
                started = True
            self._start_waiting()
            if more and len(self.waiting) < self.workers:
                more = self._take_in(next(pending, None))
            elif self.running:
                self._collect_first()
            else:
                return self.out

    def _start_waiting(self) -> None:
        while self.waiting and len(self.running) < self.workers:
            part = self.waiting.popleft()
            self.running.append((part, self.tasks.submit([t.doc for t in part])))

    def _take_in(self, numbered: tuple[int, list[Path]] | None) -> bool:
        """Read the next group of files; False when none is left."""
        if numbered is None:
            return False
        number, group = numbered
        intake = self.tasks.take_in(group)
        self.out.entries += intake.entries
        self.out.rejects += intake.rejects
        self.fresh.update(intake.fresh)
        if intake.todo:
            progress(f"file group {number}: extracting {len(intake.todo)} documents")
        self.waiting.extend(batches(intake.todo, self.batch_size))
        return True

    def _collect_first(self) -> None:
        first = self.tasks.first_done([future for _, future in self.running])
        at = next(i for i, (_, future) in enumerate(self.running) if future is first)
        part, future = self.running.pop(at)
        for item, (packed, reason) in zip(part, future.result()):
            self._collect(item, packed, reason)

    def _collect(self, item: ToExtract, packed, reason: str | None) -> None:
        if packed is None:
            self.out.entries.append(DocEntry.failed(item.doc, item.position,
                                                    reason or "extraction failed", item.key))
            return
        data, people = packed
        self.store.put_packed(item.key, data)
        self.out.entries.append(DocEntry.made(item.doc, item.position, item.key, people))
        self.out.extracted.add(item.doc.document_id)
