"""The Prefect flow ``build_dataset`` and its tasks: wiring only.

load the registry -> discover files -> read and extract them (``pipelines.build.gather``: a
file unchanged since a build remembered it is not even parsed, a cached document is not
extracted) -> drop duplicates -> unchanged inputs: stop -> resolve people -> write, validate
and publish the tables a piece of documents at a time (``pipelines.build.write``).  A failed
validation publishes nothing and raises ``ValidationFailed``.  Output does not depend on batch
sizes, workers or the task runner.

What is not here: every rule (extraction, resolution, tables, validation, publishing), the
scheduler, the cache and its keys, the task runners: this module only says which runs when,
and as which Prefect task.
"""

from __future__ import annotations

import os
from pathlib import Path

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed
from prefect.utilities.annotations import quote

from pipelines import settings
from pipelines.build import preload_writer, writer
from pipelines.build.budget import extract_with_budget
from pipelines.build.cache import (
    DocEntry,
    ExtractionCache,
    FileManifests,
    extraction_store,
    packed_extraction,
)
from pipelines.build.gather import Tasks, gather
from pipelines.build.intake import Intake, keep_first, take_in
from pipelines.build.keys import inputs_key, unchanged_since_latest
from pipelines.build.runners import task_runner
from pipelines.build.summary import BuildSummary, Stopwatch, summarise
from pipelines.disclosures import load_registry
from pipelines.document import Document, Reject
from pipelines.readers import discover
from pipelines.resolve import DocPeople


class Batch:
    """Documents handed to an extraction task as one value.  Prefect walks (and copies) every
    list, tuple and dataclass of a task's parameters looking for futures, which took longer
    than the extraction itself; an object of a plain class it passes as it is.  (``quote``
    does the same in this process, but Dask unpacks it, being a tuple, on the way to a
    worker.)"""

    __slots__ = ("docs",)

    def __init__(self, docs: list[Document]):
        self.docs = docs


# Prefect would hash every task's inputs for its own cache: we keep our own, so no policy
@task(name="discover", cache_policy=NO_CACHE)
def discover_files(corpus: Path, max_bytes: int) -> tuple[list[Path], list[Reject]]:
    return discover(corpus, max_bytes)


@task(name="take in", cache_policy=NO_CACHE)
def take_in_group(paths: list[Path], corpus: Path, store: ExtractionCache,
                  manifests: FileManifests | None) -> Intake:
    return take_in(paths, corpus, store, manifests)


@task(name="extract", cache_policy=NO_CACHE)
def extract_batch(batch: Batch, budget: float | None = settings.TIME_BUDGET_SECONDS
                  ) -> list[tuple[tuple[bytes, DocPeople] | None, str | None]]:
    """Each document's extraction (pickled, with its people: ``packed_extraction``), or None
    and the reason, in order (under the time budget, seconds per document).  Pure
    computation: it can run on any worker of a cluster."""
    return [(packed, reason) for _, packed, reason
            in extract_with_budget(batch.docs, budget, packed_extraction)]


@task(name="resolve", cache_policy=NO_CACHE)
def resolve(entries: list[DocEntry], output: Path):
    return writer().resolve(entries, output)


@task(name="write and publish", cache_policy=NO_CACHE)
def write_and_publish(entries: list[DocEntry], resolution, rejects: list[Reject],
                      registry: tuple, store: ExtractionCache, output: Path, inputs: str,
                      max_rejected_share: float, workers: int):
    return writer().write_version(entries, resolution, rejects, registry, store, output, inputs,
                                  max_rejected_share, workers)


@flow(name="build-dataset", log_prints=False)
def build_dataset(corpus: Path, output: Path, batch_size: int = settings.BATCH_SIZE,
                  registry: Path | None = None, cache: Path | None = None,
                  use_cache: bool = True, max_bytes: int = settings.MAX_FILE_BYTES,
                  time_budget: float | None = settings.TIME_BUDGET_SECONDS,
                  force: bool = False, workers: int | None = None,
                  max_rejected_share: float = settings.MAX_REJECTED_SHARE) -> BuildSummary:
    """``registry``: the disclosures registry (default: the repository's); ``cache``: where
    per-document results are kept (default: OUTPUT/.cache/extract); ``use_cache=False``
    extracts everything again; ``max_bytes``: larger files are rejected; ``time_budget``:
    seconds of extraction per document before it is rejected (None: no budget); ``force``:
    assemble and compare the tables even when the inputs equal the latest version's;
    ``workers``: extraction batches running at once, and helpers assembling the tables
    (default: the machine's cores);
    ``max_rejected_share``: more documents failing validation than this share fails the build
    (fewer are quarantined: rejects of stage ``validate``)."""
    clock = Stopwatch()
    corpus, output = Path(corpus), Path(output)
    disclosures = load_registry(Path(registry or settings.REGISTRY))
    with extraction_store(output, cache, use_cache) as (store, manifests):
        paths, rejects = discover_files(corpus, max_bytes)
        tasks = Tasks(
            take_in=lambda group: take_in_group(group, corpus, store, manifests),
            submit=lambda docs: extract_batch.submit(Batch(docs), time_budget),
            first_done=lambda futures: next(as_completed(futures)),
            on_first_batch=preload_writer)
        got = gather(paths, store, manifests, tasks, batch_size, workers or os.cpu_count() or 1)
        clock.lap("read and extract")
        entries, duplicates = keep_first(got.entries)
        rejects += got.rejects + duplicates
        summary = summarise(corpus, paths, entries, rejects, got.extracted, clock)
        key = inputs_key([e.cache_key for e in entries], rejects, disclosures)
        same = None if force else unchanged_since_latest(output, key)
        if same is not None:  # nothing new: no tables, no publishing
            summary.result, summary.rows = same
            clock.lap("compare inputs")
            return summary
        # quote: Prefect would walk (and copy) every dataclass of a task's parameters looking
        # for futures, which cost more than the work itself; these hold none
        resolution = resolve(quote(entries), output)
        clock.lap("resolve people")
        summary.result, written = write_and_publish(
            quote(entries), quote(resolution), quote(rejects), disclosures, store, output, key,
            max_rejected_share, workers or os.cpu_count() or 1)
        summary.quarantine(written.rows, written.quarantined)
        clock.lap("write, validate, publish")
    return summary


def run_build(*args, runner: str = "threads", address: str | None = None, **kwargs):
    """``build_dataset`` under the chosen task runner (same output whatever the runner)."""
    chosen = task_runner(runner, address)
    flow_ = build_dataset.with_options(task_runner=chosen) if chosen else build_dataset
    return flow_(*args, **kwargs)
