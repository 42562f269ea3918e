"""The Prefect task runner a build runs its tasks on, and the clean-up each one needs.

Contract: ``task_runner("threads")`` is None (Prefect's default thread runner);
``task_runner("dask")`` a local cluster of ``DASK_LOCAL_WORKERS`` worker processes, and
``task_runner(address="HOST:PORT")`` an existing cluster.  Output never depends on the runner.

Extraction starts a worker process of its own (``pipelines.build.budget``) in whichever process
runs the task, so a Dask worker must be allowed children (``distributed.worker.daemon: False``;
set here for the local cluster, in the workers' config for an existing one).  A Dask worker is
killed, not exited, when its cluster closes: its atexit hooks never run, so before the runner
closes, every worker is asked to stop its extraction workers and forkserver
(``budget.shutdown_workers``); otherwise both outlive the build.
"""

from __future__ import annotations

import contextlib

from pipelines.build.budget import shutdown_workers
from pipelines.settings import DASK_LOCAL_WORKERS, RUNNERS


def task_runner(runner: str = "threads", address: str | None = None):
    if runner == "threads" and not address:
        return None
    if runner not in RUNNERS:
        raise ValueError(f"unknown runner {runner!r}: {' or '.join(RUNNERS)}")
    import dask  # only with --runner dask: importing it costs a second

    dask.config.set({"distributed.worker.daemon": False})
    tidy = _tidy_dask_runner()
    if address:
        return tidy(address=address if "://" in address else f"tcp://{address}")
    return tidy(cluster_kwargs={"n_workers": DASK_LOCAL_WORKERS, "threads_per_worker": 1,
                                "processes": True, "dashboard_address": None})


def _tidy_dask_runner():
    from prefect_dask import DaskTaskRunner

    class TidyDaskTaskRunner(DaskTaskRunner):
        """Prefect's Dask runner that stops every worker's extraction processes on exit."""

        def __exit__(self, *args) -> None:
            if self._client is not None:
                # a worker already gone has nothing left to stop
                with contextlib.suppress(Exception):
                    self._client.run(shutdown_workers)
            super().__exit__(*args)

    return TidyDaskTaskRunner
