"""Every default of a build, in one place (after OpenSanctions' ``zavod/settings.py``).

Contract: plain constants, no imports from the rest of the package, so every layer (readers,
the build machinery, the command line) may import them.  The command line takes its defaults
from here instead of retyping them; a value here changes what a build does, never what one
document's rows are (output does not depend on sizes, workers or budgets).
"""

from __future__ import annotations

from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]

# --- inputs and outputs -------------------------------------------------------------------
CORPUS = Path("corpus")
OUTPUT = Path("output")
REGISTRY = REPOSITORY / "disclosures" / "registry.toml"  # the disclosures registry
MAX_FILE_BYTES = 64 * 1024 * 1024  # larger files are refused (a FRUS volume file is ~3 MB)

# --- syncing the FRUS corpus from its source repository (python -m pipelines sync) ---------
FRUS_REPO = "https://github.com/HistoryAtState/frus"  # the Office of the Historian's TEI volumes
FRUS_CORPUS = Path("corpus-frus")  # the folder the volumes are laid into, one file per volume
FRUS_VOLUMES = "volumes"  # the repository's folder of volume files (volumes/<volume-id>.xml)
# beside the corpus folder, never in it: the build turns every file under a corpus into a
# document or a reject, so a checkout or a state file inside it would be published as rejects
CHECKOUT_SUFFIX = ".git-checkout"  # default checkout: corpus-frus.git-checkout/
SYNC_MANIFEST_SUFFIX = ".sync.json"  # the files a sync put there: corpus-frus.sync.json
GIT_TIMEOUT_SECONDS = 3600  # the first clone fetches every volume: slow on a slow line

# --- extraction: how documents are cut into work -------------------------------------------
BATCH_SIZE = 100  # documents per extraction task (and files per group read at once)
BATCH_CHARS = 400_000  # characters of text per extraction task (about 0.4 s of work)
GROUP_BYTES = 4 * 1024 * 1024  # bytes of files read at once: memory is bounded by the group
# seconds of extraction per document before it is rejected: generous on purpose, it is there
# to stop a runaway regular expression, not to hurry normal documents
TIME_BUDGET_SECONDS = 60.0

# --- the extraction cache ------------------------------------------------------------------
CACHE_DIR = ".cache/extract"  # under the output folder unless told otherwise
MANIFEST_DIR = "files"  # under the cache's version folder
CACHE_VERSIONS_KEPT = 2  # code versions' entries kept: the current one and the one before

# --- writing a version ---------------------------------------------------------------------
PIECE_CHARS = 2_000_000  # characters of document text per piece of tables (a few MB of rows)
PIECE_DOCS = 2_000  # documents per piece at most
# documents that fail validation are quarantined (rejects, stage "validate"); more than this
# share of them fails the build instead, so a broken extractor cannot empty a release quietly
MAX_REJECTED_SHARE = 0.01

# --- task runners --------------------------------------------------------------------------
RUNNERS = ("threads", "dask")  # Prefect's thread runner (the default), or a Dask cluster
DASK_LOCAL_WORKERS = 2  # processes of the local Dask cluster (--runner dask)

# --- browsing ------------------------------------------------------------------------------
EXPLORE_HOST = "127.0.0.1"
EXPLORE_PORT = 8001

# Quiet, offline Prefect unless the caller set otherwise: no telemetry (no DNS lookup), warnings
# only, and a start-up timeout that survives two busy cores (the default 20 s does not)
QUIET_PREFECT = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    "PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW": "ignore",
    # The temporary server a build starts runs none of its background services: a build uses
    # no schedules, automations, work pools or history views, and recording every task run's
    # events took the server 50 s of CPU on a 100-volume build (14 s without), CPU taken from
    # extraction.  A server the caller runs (PREFECT_API_URL) keeps its own settings.
    **{f"PREFECT_SERVER_SERVICES_{name}_ENABLED": "false" for name in (
        "TASK_RUN_RECORDER", "EVENT_PERSISTER", "TRIGGERS", "FOREMAN", "LATE_RUNS", "SCHEDULER",
        "PAUSE_EXPIRATIONS", "CANCELLATION_CLEANUP", "REPOSSESSOR", "CLEANUP_RECONCILER")},
}
