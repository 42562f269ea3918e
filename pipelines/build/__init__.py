"""The incremental machinery of a build: what makes a rerun cheap and a large corpus fit.

* ``keys``    -- code versions, a document's cache key, a build's inputs key;
* ``cache``   -- the extraction cache and the per-file manifests;
* ``intake``  -- files in: entries remembered, cached or still to extract;
* ``budget``  -- extraction under a per-document time budget, in a worker that can be stopped;
* ``chunks``  -- cutting a sequence into runs bounded in count and size;
* ``gather``  -- the scheduler: batches in flight, collected as they finish;
* ``write``   -- resolve people, then assemble, validate and publish a version piece by piece;
* ``runners`` -- the Prefect task runner (threads or Dask) and what it leaves behind.

``writer()`` is how the rest of the build reaches ``write``: it loads pandas, pyarrow and
pandera (most of a second), which a rerun that finds nothing new never needs, so it is imported
on first use (``preload_writer`` starts that in a thread while extraction runs).
"""

from __future__ import annotations

import importlib
import sys
import threading
from types import ModuleType

WRITER = "pipelines.build.write"


def writer() -> ModuleType:
    """``pipelines.build.write``, imported on first use."""
    return importlib.import_module(WRITER)


def preload_writer() -> None:
    """Import ``writer()`` in a thread, in the gaps the extraction workers leave."""
    threading.Thread(target=writer, name="preload", daemon=True).start()


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
