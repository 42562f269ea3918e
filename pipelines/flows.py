"""The Prefect flow ``build_dataset``: wiring only, all logic lives in the functions it calls.

load the disclosures registry -> discover files -> take them in a group at a time (a file
unchanged since a build remembered it is not even parsed; a document whose extraction is
cached is not extracted) -> extract the rest in batches, at most ``workers`` batches at once,
each in a task -> drop duplicates -> unchanged inputs: stop -> resolve people across documents
-> write, validate and publish the tables a piece of documents at a time.  Memory is bounded by
the group, the batches in flight and the piece, not by the corpus: a document's extraction
goes to the cache as soon as it is done, and the build keeps only its ``DocEntry``.  A failed
validation publishes nothing: the report is written beside the versions and the flow raises
``ValidationFailed``.  Output does not depend on batch sizes, workers or the task runner.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
import time
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed
from prefect.utilities.annotations import quote

from pipelines.budget import DEFAULT_SECONDS, extract_with_budget
from pipelines.cache import (
    DocEntry,
    ExtractionCache,
    FileManifests,
    code_version,
    packed_extraction,
    prune,
    version_folder,
)
from pipelines.chunks import chunks
from pipelines.disclosures import DEFAULT_REGISTRY, load_registry
from pipelines.document import Document, Reject
from pipelines.ids import sha256_hex
from pipelines.intake import Intake, file_groups, keep_first, remember, take_in
from pipelines.readers import MAX_FILE_BYTES, discover
from pipelines.resolve import DocPeople

BATCH_SIZE = 100  # documents per extraction task (and files per group read at once)
BATCH_CHARS = 400_000  # characters of text per extraction task (about 0.4 s of work)
GROUP_BYTES = 4 * 1024 * 1024  # bytes of files read at once (a FRUS volume file is ~3 MB)
CACHE_DIR = ".cache/extract"  # under the output folder unless told otherwise
MANIFEST_DIR = "files"  # under the cache folder


@dataclass
class BuildSummary:
    corpus: str
    files: int
    documents: int
    rejects: list[Reject]
    rows: dict[str, int] = field(default_factory=dict)
    result: object | None = None  # pipelines.publish.PublishResult
    extracted: int = 0  # documents extracted in this run
    cached: int = 0  # documents whose extraction came from the cache
    seconds: dict[str, float] = field(default_factory=dict)  # wall time of each stage


def batches(todo: list[tuple[Document, int, str]], size: int,
            max_chars: int = BATCH_CHARS) -> list[list]:
    """Consecutive documents, at most ``size`` and about ``max_chars`` characters a batch: a
    few very long records make a batch of their own, so the batches running side by side
    finish at about the same time."""
    return chunks(todo, lambda item: len(item[0].text), size, max_chars)


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# Prefect would hash every task's inputs for its own cache: we keep our own, so no policy
@task(name="discover", cache_policy=NO_CACHE)
def discover_files(corpus: Path, max_bytes: int) -> tuple[list[Path], list[Reject]]:
    return discover(corpus, max_bytes)


@task(name="take in", cache_policy=NO_CACHE)
def take_in_group(paths: list[Path], corpus: Path, store: ExtractionCache,
                  manifests: FileManifests | None) -> Intake:
    return take_in(paths, corpus, store, manifests)


class Batch:
    """Documents handed to an extraction task as one value.  Prefect walks (and copies) every
    list, tuple and dataclass of a task's parameters looking for futures, which took longer
    than the extraction itself; an object of a plain class it passes as it is.  (``quote``
    does the same in this process, but Dask unpacks it, being a tuple, on the way to a
    worker.)"""

    __slots__ = ("docs",)

    def __init__(self, docs: list[Document]):
        self.docs = docs


@task(name="extract", cache_policy=NO_CACHE)
def extract_batch(batch: Batch, budget: float | None = DEFAULT_SECONDS
                  ) -> list[tuple[tuple[bytes, DocPeople] | None, str | None]]:
    """Each document's extraction (pickled, with its people: ``packed_extraction``), or None
    and the reason, in order (under the time budget, seconds per document).  Pure
    computation: it can run on any worker of a cluster."""
    return [(packed, reason) for _, packed, reason
            in extract_with_budget(batch.docs, budget, packed_extraction)]


@task(name="resolve", cache_policy=NO_CACHE)
def resolve(entries: list[DocEntry], output: Path):
    from pipelines.publish import published_people
    from pipelines.resolve import resolve_people

    return resolve_people([e.people for e in entries], published_people(output))


@task(name="write and publish", cache_policy=NO_CACHE)
def write_and_publish(entries: list[DocEntry], resolution, rejects: list[Reject],
                      registry: tuple, store: ExtractionCache, output: Path, inputs: str):
    # pandas, pyarrow and pandera load here: a rerun with nothing new never needs them
    from pipelines.publish import staged_release
    from pipelines.release import write_tables

    with staged_release(output) as release:
        rows = write_tables(release, entries, resolution, rejects, registry, store)
        return release.publish({"inputs": inputs}), rows


def release_code() -> str:
    """A hash of the code that turns extractions into a version (schemas, tables, validation,
    publishing: every module of ``pipelines`` and ``schemas``).  Hashing the sources instead of
    importing them keeps pandas and pandera out of a rerun that finds nothing new; any change
    to them makes the next build assemble and compare its tables again."""
    root = Path(__file__).resolve().parent
    sources = sorted([*root.glob("*.py"), *(root.parent / "schemas").glob("*.py")])
    return sha256_hex(b"".join(p.read_bytes() for p in sources))


def inputs_key(keys: list[str], rejects: list[Reject], registry: tuple) -> str:
    """Everything a build's tables depend on: each document with the code version (its cache
    key), the rejects, the registry, and the code that makes tables of them."""
    parts = [code_version(), release_code(), repr(registry)]
    parts += sorted(keys)
    parts += sorted(f"{r.source_path}\x1f{r.reason}\x1f{r.stage}" for r in rejects)
    return sha256_hex("\n".join(parts))


def unchanged_since_latest(output: Path, key: str):
    """The latest version, when it was built from exactly these inputs: nothing to do."""
    from pipelines.publish import PublishResult, read_history

    history = read_history(output)
    if history and history[-1].get("build", {}).get("inputs") == key:
        version = history[-1]["version"]
        return PublishResult("up-to-date", version, output / version, None,
                             history[-1]["fingerprint"])
    return None


def preload_table_modules() -> None:
    """Import what writing the tables needs (pandas, pyarrow, pandera: most of a second) in a
    thread while the first documents are extracted, in the gaps the extraction workers
    leave; a rerun that extracts nothing never loads them."""
    def load() -> None:
        import pipelines.publish
        import pipelines.release  # noqa: F401

    threading.Thread(target=load, name="preload", daemon=True).start()


@contextmanager
def extraction_store(output: Path, cache: Path | None, use_cache: bool):
    """The extraction cache and file manifests; without the cache, a scratch folder (removed
    afterwards) that holds this build's extractions until they are written."""
    if use_cache:
        root = Path(cache) if cache else output / CACHE_DIR
        directory = version_folder(root)
        yield ExtractionCache(directory), FileManifests(directory / MANIFEST_DIR)
        prune(root)  # after a build that went through: older code versions' entries
        return
    with tempfile.TemporaryDirectory(prefix="extract-") as scratch:
        yield ExtractionCache(Path(scratch)), None


@dataclass
class Gathered:
    entries: list[DocEntry] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    extracted: set[str] = field(default_factory=set)  # document IDs extracted in this run


def gather(paths: list[Path], corpus: Path, store: ExtractionCache,
           manifests: FileManifests | None, batch_size: int, budget: float | None,
           workers: int) -> Gathered:
    """Every file's entries.  At most ``workers`` extraction batches run at once; the next
    group of files is taken in while they run, as soon as fewer batches than workers wait, so
    no worker waits for reading; whichever batch finishes first is collected first.  Each
    result goes to the cache at once and only its entry stays.  The order of collection does
    not matter: ``keep_first`` sorts the entries."""
    out = Gathered()
    fresh: dict[str, tuple[str, int]] = {}
    groups = iter(enumerate(file_groups(paths, GROUP_BYTES, batch_size), 1))
    waiting: deque = deque()  # batches ready to run
    running: list = []  # (batch, future)

    def take_in_next() -> bool:
        i, group = next(groups, (0, None))
        if group is None:
            return False
        intake = take_in_group(group, corpus, store, manifests)
        out.entries += intake.entries
        out.rejects += intake.rejects
        fresh.update(intake.fresh)
        if intake.todo:
            progress(f"file group {i}: extracting {len(intake.todo)} documents")
        waiting.extend(batches(intake.todo, batch_size))
        return True

    def collect_first() -> None:
        first = next(as_completed([future for _, future in running]))
        todo, future = running.pop(next(i for i, (_, f) in enumerate(running) if f is first))
        for (doc, place, key), (packed, reason) in zip(todo, future.result()):
            if packed is None:
                out.entries.append(DocEntry.failed(doc, place, reason or "extraction failed",
                                                   key))
                continue
            data, people = packed
            store.put_packed(key, data)
            out.entries.append(DocEntry.made(doc, place, key, people))
            out.extracted.add(doc.document_id)

    more = True
    preloading = False
    while True:
        if waiting and not preloading:
            preload_table_modules()  # once, as the first batch starts
            preloading = True
        while waiting and len(running) < workers:
            part = waiting.popleft()
            docs = Batch([t[0] for t in part])
            running.append((part, extract_batch.submit(docs, budget)))
        if more and len(waiting) < workers:
            more = take_in_next()
        elif running:
            collect_first()
        else:
            break
    if manifests is not None:
        remember(manifests, fresh, out.entries)
    return out


@flow(name="build-dataset", log_prints=False)
def build_dataset(corpus: Path, output: Path, batch_size: int = BATCH_SIZE,
                  registry: Path | None = None, cache: Path | None = None,
                  use_cache: bool = True, max_bytes: int = MAX_FILE_BYTES,
                  time_budget: float | None = DEFAULT_SECONDS,
                  force: bool = False, workers: int | None = None) -> BuildSummary:
    """``registry``: the disclosures registry (default: the repository's); ``cache``: where
    per-document results are kept (default: OUTPUT/.cache/extract); ``use_cache=False``
    extracts everything again; ``max_bytes``: larger files are rejected; ``time_budget``:
    seconds of extraction per document before it is rejected (None: no budget); ``force``:
    assemble and compare the tables even when the inputs equal the latest version's;
    ``workers``: extraction batches running at once (default: the machine's cores)."""
    clock = Stopwatch()
    corpus, output = Path(corpus), Path(output)
    disclosures = load_registry(Path(registry) if registry else DEFAULT_REGISTRY)
    workers = workers or os.cpu_count() or 1
    with extraction_store(output, cache, use_cache) as (store, manifests):
        paths, rejects = discover_files(corpus, max_bytes)
        got = gather(paths, corpus, store, manifests, batch_size, time_budget, workers)
        clock.lap("read and extract")
        entries, more = keep_first(got.entries)
        rejects += got.rejects + more
        files = len(paths) + _discover_rejects(rejects)
        extracted = len(got.extracted & {e.document_id for e in entries})
        summary = BuildSummary(str(corpus), files, len(entries), rejects, extracted=extracted,
                               cached=len(entries) - extracted, seconds=clock.laps)
        key = inputs_key([e.cache_key for e in entries], rejects, disclosures)
        same = None if force else unchanged_since_latest(output, key)
        if same is not None:  # nothing new: no tables, no publishing
            from pipelines.publish import read_history

            summary.rows, summary.result = dict(read_history(output)[-1]["tables"]), same
            clock.lap("compare inputs")
            return summary
        # quote: Prefect would walk (and copy) every dataclass of a task's parameters looking
        # for futures, which cost more than the work itself; these hold none
        resolution = resolve(quote(entries), output)
        clock.lap("resolve people")
        from pipelines.validate import ValidationFailed

        try:
            summary.result, summary.rows = write_and_publish(
                quote(entries), quote(resolution), quote(rejects), disclosures, store, output,
                key)
        except ValidationFailed as failed:
            from pipelines.publish import write_validation_failure

            report = write_validation_failure(output, failed)
            progress(f"validation failed: nothing published; report: {report}")
            raise
        clock.lap("write, validate, publish")
    return summary


class Stopwatch:
    """Wall time of each stage of a build, for the summary (``laps``: stage -> seconds)."""

    def __init__(self):
        self.laps: dict[str, float] = {}
        self._last = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.laps[stage] = round(now - self._last, 2)
        self._last = now


def task_runner(runner: str = "threads", address: str | None = None):
    """Prefect's default thread runner, or its Dask runner: a local cluster of 2 worker
    processes, or the existing cluster at ``address`` (HOST:PORT).  Extraction starts a worker
    process of its own, so Dask workers must be allowed children (``distributed.worker.daemon:
    False``; set here for the local cluster, in the workers' config for an existing one)."""
    if runner == "threads" and not address:
        return None
    if runner not in ("threads", "dask"):
        raise ValueError(f"unknown runner {runner!r}: threads or dask")
    import dask
    from prefect_dask import DaskTaskRunner

    dask.config.set({"distributed.worker.daemon": False})
    if address:
        return DaskTaskRunner(address=address if "://" in address else f"tcp://{address}")
    return DaskTaskRunner(cluster_kwargs={"n_workers": 2, "threads_per_worker": 1,
                                          "processes": True, "dashboard_address": None})


def run_build(*args, runner: str = "threads", address: str | None = None, **kwargs):
    """``build_dataset`` under the chosen task runner (same output whatever the runner)."""
    chosen = task_runner(runner, address)
    flow_ = build_dataset.with_options(task_runner=chosen) if chosen else build_dataset
    return flow_(*args, **kwargs)


def _discover_rejects(rejects: list[Reject]) -> int:
    return sum(1 for r in rejects if r.stage == "discover")
