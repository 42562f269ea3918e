"""The Prefect flow ``build_dataset``: wiring only, all logic lives in the functions it calls.

load the disclosures registry -> discover files -> read documents -> extract (batches of
documents per task; each document's result is cached by its content and the code version, so a
rerun extracts only what is new or changed) -> resolve people across documents -> assemble
tables -> validate -> publish.  A failed validation publishes nothing: the report is written
beside the versions and the flow raises ``ValidationFailed``.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from prefect import flow, task

from pipelines.budget import DEFAULT_SECONDS, extract_with_budget
from pipelines.cache import ExtractionCache, cache_key, code_version
from pipelines.disclosures import DEFAULT_REGISTRY, load_registry
from pipelines.document import Document, Extraction, Reject
from pipelines.ids import sha256_hex
from pipelines.publish import (
    RELEASE_FORMAT,
    PublishResult,
    publish,
    published_people,
    read_history,
    write_validation_failure,
)
from pipelines.readers import MAX_FILE_BYTES, discover, drop_duplicates, read_documents
from pipelines.resolve import resolve_people
from pipelines.tables import build_tables
from pipelines.validate import ValidationFailed, validate_tables
from schemas import tables as specs

BATCH_SIZE = 100


CACHE_DIR = ".cache/extract"  # under the output folder unless told otherwise


@dataclass
class BuildSummary:
    corpus: str
    files: int
    documents: int
    rejects: list[Reject]
    rows: dict[str, int] = field(default_factory=dict)
    result: PublishResult | None = None
    extracted: int = 0  # documents extracted in this run
    cached: int = 0  # documents whose extraction came from the cache


def batches(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@task(name="discover")
def discover_files(corpus: Path, max_bytes: int) -> tuple[list[Path], list[Reject]]:
    return discover(corpus, max_bytes)


@task(name="read")
def read_batch(paths: list[Path], corpus: Path) -> tuple[list[Document], list[Reject]]:
    return read_documents(paths, corpus)


@task(name="extract")
def extract_batch(docs: list[Document], cache_dir: Path | None,
                  budget: float | None = DEFAULT_SECONDS
                  ) -> tuple[list[Extraction], list[Reject], int]:
    """Extractions (from the cache where it has them), rejects, and how many were extracted.
    Each extraction runs under the time budget (seconds per document)."""
    store = ExtractionCache(cache_dir) if cache_dir else None
    done, failed, todo = [], [], []
    for doc in docs:
        found = store.get(doc) if store else None
        if found is not None:
            done.append(found)
        else:
            todo.append(doc)
    extracted = 0
    for doc, ex, reason in extract_with_budget(todo, budget):
        if ex is None:
            where = f"{doc.source_path}#{doc.source_key}" if doc.source_key else doc.source_path
            failed.append(Reject(where, reason, "extract", doc.sha256))
            continue
        extracted += 1
        done.append(ex)
        if store:
            store.put(ex)
    order = {doc.document_id: i for i, doc in enumerate(docs)}
    return sorted(done, key=lambda e: order[e.document.document_id]), failed, extracted


@task(name="assemble")
def assemble(extractions: list[Extraction], rejects: list[Reject], registry, output: Path):
    resolution = resolve_people(extractions, published_people(output))
    return build_tables(extractions, resolution, rejects, registry)


@task(name="validate")
def validate(tables):
    return validate_tables(tables)


@task(name="publish")
def publish_tables(tables, output: Path, inputs: str) -> PublishResult:
    return publish(tables, output, build={"inputs": inputs})


def inputs_key(docs: list[Document], rejects: list[Reject], registry: tuple) -> str:
    """Everything a build's tables depend on: each document with the code version (the cache
    key), the rejects, the registry, the schemas and the release format."""
    parts = [code_version(), specs.schema_fingerprint(), RELEASE_FORMAT, repr(registry)]
    parts += sorted(cache_key(d) for d in docs)
    parts += sorted(f"{r.source_path}\x1f{r.reason}\x1f{r.stage}" for r in rejects)
    return sha256_hex("\n".join(parts))


def unchanged_since_latest(output: Path, key: str) -> PublishResult | None:
    """The latest version, when it was built from exactly these inputs: nothing to do."""
    history = read_history(output)
    if history and history[-1].get("build", {}).get("inputs") == key:
        version = history[-1]["version"]
        return PublishResult("up-to-date", version, output / version, None,
                             history[-1]["fingerprint"])
    return None


@flow(name="build-dataset", log_prints=False)
def build_dataset(corpus: Path, output: Path, batch_size: int = BATCH_SIZE,
                  registry: Path | None = None, cache: Path | None = None,
                  use_cache: bool = True, max_bytes: int = MAX_FILE_BYTES,
                  time_budget: float | None = DEFAULT_SECONDS,
                  force: bool = False) -> BuildSummary:
    """``registry``: the disclosures registry (default: the repository's); ``cache``: where
    per-document results are kept (default: OUTPUT/.cache/extract); ``use_cache=False``
    extracts everything again; ``max_bytes``: larger files are rejected; ``time_budget``:
    seconds of extraction per document before it is rejected (None: no budget); ``force``:
    assemble and compare the tables even when the inputs equal the latest version's."""
    corpus, output = Path(corpus), Path(output)
    disclosures = load_registry(Path(registry) if registry else DEFAULT_REGISTRY)
    cache_dir = (Path(cache) if cache else output / CACHE_DIR) if use_cache else None
    paths, rejects = discover_files(corpus, max_bytes)
    docs: list[Document] = []
    for batch in batches(paths, batch_size):
        read, bad = read_batch(batch, corpus)
        docs += read
        rejects += bad
    docs, dupes = drop_duplicates(docs)
    rejects += dupes
    key = inputs_key(docs, rejects, disclosures)
    same = None if force else unchanged_since_latest(output, key)
    if same is not None:  # a rerun with nothing new: no extraction, no tables, no publishing
        return BuildSummary(str(corpus), len(paths) + _discover_rejects(rejects), len(docs),
                            rejects, dict(read_history(output)[-1]["tables"]), same,
                            extracted=0, cached=len(docs))
    extractions: list[Extraction] = []
    parts = batches(docs, batch_size)
    extracted = 0
    progress(f"extracting {len(docs)} documents in {len(parts)} batches")
    # batches run side by side (each extracts in its own worker process); results are taken
    # in batch order, so the output does not depend on which finishes first
    futures = [extract_batch.submit(batch, cache_dir, time_budget) for batch in parts]
    for i, future in enumerate(futures, 1):
        done, bad, n = future.result()
        progress(f"extracted batch {i}/{len(parts)} ({len(done) + len(bad)} documents)")
        extractions += done
        rejects += bad
        extracted += n
    tables = assemble(extractions, rejects, disclosures, output)
    summary = BuildSummary(str(corpus), len(paths) + _discover_rejects(rejects),
                           len(extractions), rejects, {k: len(v) for k, v in tables.items()},
                           extracted=extracted, cached=len(extractions) - extracted)
    try:
        tables = validate(tables)
    except ValidationFailed as failed:
        report = write_validation_failure(output, failed)
        progress(f"validation failed: nothing published; report: {report}")
        raise
    summary.result = publish_tables(tables, output, key)
    return summary


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
