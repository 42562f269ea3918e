"""Extraction under a per-document time budget, in a worker process that can be stopped.

Contract: ``extract_with_budget(docs, seconds)`` yields ``(document, Extraction | None, reason |
None)`` for every document, in order (with ``fn``, whatever ``fn(document)`` returns in place
of the Extraction).  A document whose extraction raises, or runs past
``seconds``, gets None and the reason; the worker is killed and replaced, so one runaway
document (a pathological regular expression cannot be interrupted inside a thread) never hangs
the build.  ``seconds`` None runs in this process with no budget.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout

from pipelines.document import Document, Extraction
from pipelines.extract import extract_document

DEFAULT_SECONDS = 60.0

Outcome = tuple[Document, Extraction | None, str | None]


def _inline(docs: list[Document], fn) -> Iterator[Outcome]:
    for doc in docs:
        try:
            yield doc, fn(doc), None
        except Exception as exc:  # noqa: BLE001 -- one bad document must not stop the others
            yield doc, None, f"extraction failed: {exc!r}"


def _pool() -> ProcessPoolExecutor:
    # forkserver: workers never inherit the caller's threads (Prefect runs tasks in threads)
    return ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("forkserver"))


def _kill(pool: ProcessPoolExecutor) -> None:
    for process in list((pool._processes or {}).values()):
        process.kill()
    pool.shutdown(wait=True, cancel_futures=True)


def extract_with_budget(docs: list[Document], seconds: float | None,
                        fn=extract_document) -> Iterator[Outcome]:
    """``fn`` (a module-level function, so the worker can import it) extracts one document."""
    if not seconds:
        yield from _inline(docs, fn)
        return
    pool = _pool()
    try:
        for doc in docs:
            future = pool.submit(fn, doc)
            try:
                yield doc, future.result(timeout=seconds), None
            except FutureTimeout:
                _kill(pool)
                pool = _pool()
                yield doc, None, f"extraction took longer than the budget of {seconds:g} s"
            except Exception as exc:  # noqa: BLE001 -- includes a worker that died
                if pool._broken:
                    pool = _pool()
                yield doc, None, f"extraction failed: {exc!r}"
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
