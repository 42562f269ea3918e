"""Publishing: validated tables in, an immutable, versioned release of files out.

This package's public face (``from pipelines.publish import publish``); the parts, each with
its own contract:

* ``store``    -- the output folder's layout, the lock, ``versions.json``, ``latest``, durable
  and atomic writes (standard library only);
* ``semver``   -- comparing two versions and choosing the bump;
* ``version``  -- a version staged and published (``publish``, ``staged_version``);
* ``files``    -- a table's Parquet and CSV files, byte for byte;
* ``changes``, ``database``, ``report`` -- what a version holds besides the tables.

Publishing knows nothing about extraction: it imports only ``schemas``.  The names below are
loaded on first use, so ``pipelines.publish.store`` (what a rerun that finds nothing new reads)
never brings pandas or pyarrow with it.
"""

from __future__ import annotations

import importlib

_WHERE = {
    "files": ("Rendered", "neutralise", "render", "sorted_frame"),
    "semver": ("FIRST_VERSION", "TableDiff", "TableSnapshot", "bump_for", "decide_bump",
               "diff_versions", "next_version", "snapshot"),
    "store": ("PublishError", "PublishLocked", "PublishResult", "output_lock", "point_latest",
              "read_history"),
    "version": ("RELEASE_FORMAT", "StagedVersion", "VersionExists", "fingerprint", "publish",
                "published_people", "staged_version", "write_validation_failure"),
}
_MODULE_OF = {name: module for module, names in _WHERE.items() for name in names}


def __getattr__(name: str):
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(_MODULE_OF)
