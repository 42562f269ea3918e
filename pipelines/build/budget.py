"""Extraction under a per-document time budget, in a worker process that can be stopped.

Contract: ``extract_with_budget(docs, seconds)`` yields ``(document, Extraction | None, reason |
None)`` for every document, in order (with ``fn``, whatever ``fn(document)`` returns in place
of the Extraction).  A document whose extraction raises, or runs past
``seconds``, gets None and the reason; the worker is killed and replaced, so one runaway
document (a pathological regular expression cannot be interrupted inside a thread) never hangs
the build.  ``seconds`` None runs in this process with no budget.  A worker takes ``SIDE_BY_SIDE``
documents at a time (``pipelines.extract.side_by_side``: their parses go to spaCy in one batch);
a group that fails or runs past the budget is extracted again one document at a time.  Workers are kept for the
next batch of the same process (one per batch running at once) until ``shutdown_workers``.
On Linux a worker dies with the process that started it, even when that process is killed
(``die_with_parent``); elsewhere only an exit stops it.
"""

from __future__ import annotations

import atexit
import ctypes
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from multiprocessing import forkserver, resource_tracker

from pipelines.document import Document, Extraction
from pipelines.extract import extract_document
from pipelines.extract.side_by_side import side_by_side

Outcome = tuple[Document, Extraction | None, str | None]


def _inline(docs: list[Document], fn) -> Iterator[Outcome]:
    for doc in docs:
        try:
            yield doc, fn(doc), None
        except Exception as exc:  # noqa: BLE001 -- one bad document must not stop the others
            yield doc, None, f"extraction failed: {exc!r}"


def _pool() -> ProcessPoolExecutor:
    # forkserver: workers never inherit the caller's threads (Prefect runs tasks in threads);
    # the server preloads the extractors, so a new worker starts with them imported
    context = multiprocessing.get_context("forkserver")
    # one BLAS thread per worker: workers already run one per core, and OpenBLAS's own threads
    # would only contend with them (the forkserver, started here, takes this environment)
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    context.set_forkserver_preload(["pipelines.extract"])
    return ProcessPoolExecutor(max_workers=1, mp_context=context, initializer=die_with_parent,
                               initargs=(os.getpid(),))


_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def die_with_parent(owner: int) -> None:
    """Initializer of a worker: on Linux, ask the kernel to kill it when its parent (the
    forkserver) ends, and let the forkserver end when ``owner``, the process that asked for
    the worker, does.  A killed build (SIGTERM, SIGKILL: no atexit hook runs) otherwise left
    its workers extracting their documents for minutes.  Other platforms, or a libc without
    ``prctl``, skip it."""
    if not sys.platform.startswith("linux"):
        return
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return
    if prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
        return
    if not _alive(owner):  # gone before the request was made: no signal will come
        os._exit(1)
    # The forkserver runs until every holder of its "alive" pipe has gone, and it hands that
    # pipe to each process it starts: held here, the worker would keep its own parent alive.
    # A worker starts no process, so it lets go of it (no public API for this either).
    server = forkserver._forkserver
    if server._forkserver_alive_fd is not None:
        os.close(server._forkserver_alive_fd)
        server._forkserver_alive_fd = None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: it exists
    return True


# Workers outlive a batch: the next batch of this process reuses an idle one, warm (imports
# done, the extractors' lookup caches filled) instead of starting a new process each time.
_idle: list[ProcessPoolExecutor] = []
_idle_lock = threading.Lock()


def _acquire() -> ProcessPoolExecutor:
    with _idle_lock:
        while _idle:
            pool = _idle.pop()
            if not pool._broken:
                return pool
            pool.shutdown(wait=False)
    return _pool()


def _release(pool: ProcessPoolExecutor) -> None:
    with _idle_lock:
        _idle.append(pool)


@atexit.register
def shutdown_workers() -> None:
    """Stop this process's idle extraction workers and the forkserver that starts them.  Runs
    at exit; a process that is killed rather than exiting (a Dask worker when its cluster
    closes) must be asked first (``pipelines.build.runners``), or both outlive it."""
    with _idle_lock:
        while _idle:
            _idle.pop().shutdown(wait=True, cancel_futures=True)
    # no public API for these two; each is a no-op when none was started
    forkserver._forkserver._stop()
    resource_tracker._resource_tracker._stop()  # the forkserver started it


def _kill(pool: ProcessPoolExecutor) -> None:
    for process in list((pool._processes or {}).values()):
        process.kill()
    pool.shutdown(wait=True, cancel_futures=True)


# documents a worker extracts side by side, their parses pooled (``side_by_side``)
SIDE_BY_SIDE = 16


def extract_with_budget(docs: list[Document], seconds: float | None,
                        fn=extract_document) -> Iterator[Outcome]:
    """``fn`` (a module-level function, so the worker can import it) extracts one document.
    The worker takes ``SIDE_BY_SIDE`` documents at a time, under the budget of one: a group
    that runs past it, or whose worker dies, is extracted again one document at a time, each
    under its own budget, so the outcome of every document is what it would be alone."""
    if not seconds:
        yield from _inline(docs, fn)
        return
    pool = _acquire()
    groups = [docs[i:i + SIDE_BY_SIDE] for i in range(0, len(docs), SIDE_BY_SIDE)]
    try:
        while groups:
            futures = [pool.submit(side_by_side, fn, group) for group in groups]
            for k, (group, future) in enumerate(zip(groups, futures)):
                try:
                    outcomes = future.result(timeout=seconds)
                except Exception:  # noqa: BLE001 -- a timeout, or a worker that died
                    _kill(pool)
                    pool = yield from _one_by_one(_pool(), group, seconds, fn)
                    groups = groups[k + 1:]
                    break
                for doc, (result, reason) in zip(group, outcomes):
                    yield doc, result, reason
            else:
                groups = []
    except BaseException:
        _kill(pool)  # stopped half-way (an error, the caller gave up): no stray work left
        raise
    else:
        _release(pool)


def _one_by_one(pool: ProcessPoolExecutor, docs: list[Document], seconds: float, fn
                ) -> Iterator[Outcome]:
    """Each document under its own budget; returns the worker pool to go on with."""
    pending = list(docs)
    try:
        while pending:
            # every document is handed to the worker at once, so it never waits for this
            # process between two of them; results come back in order, so waiting for one
            # starts about when the worker starts it, and the budget holds per document
            futures = [pool.submit(fn, doc) for doc in pending]
            for k, (doc, future) in enumerate(zip(pending, futures)):
                try:
                    yield doc, future.result(timeout=seconds), None
                except FutureTimeout:
                    _kill(pool)
                    yield doc, None, f"extraction took longer than the budget of {seconds:g} s"
                except Exception as exc:  # noqa: BLE001 -- includes a worker that died
                    yield doc, None, f"extraction failed: {exc!r}"
                    if not pool._broken:
                        continue
                else:
                    continue
                pool = _pool()  # the worker is gone: the documents after this one start again
                pending = pending[k + 1:]
                break
            else:
                pending = []
    except BaseException:
        _kill(pool)
        raise
    return pool
