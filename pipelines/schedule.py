"""The annual rerun: ``build_dataset`` as a Prefect deployment on a cron schedule.

Japan's Foreign Ministry releases 30-year-old records in the second half of December (Dec 19,
20 and 25 in recent years), so the build reruns at 06:00 Tokyo time on 27 December, when the
corpus has been refreshed with that year's files.  The deployed flow is ``annual_rerun``: given
a FRUS repository (``frus_repo``, a git URL or a local path) it first syncs it into the corpus
(``pipelines.sync``, as a task), so new volumes arrive without hand work, then runs
``build_dataset`` as a subflow, which extracts only the new and changed documents.  A failed
sync fails the run before the build: a run that quietly builds last year's corpus would hide it.
``deployment()`` declares it (no API call, testable offline); ``serve()`` registers it with the
Prefect API named by ``PREFECT_API_URL`` (``prefect server start``) and blocks, running the
scheduled and the ad hoc runs (``prefect deployment run 'annual-rerun/annual-disclosures'``).
A rerun with nothing new publishes nothing ("up to date").
"""

from __future__ import annotations

from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.schedules import Cron

from pipelines import sync
from pipelines.flows import build_dataset

DEPLOYMENT = "annual-disclosures"
ANNUAL_CRON = "0 6 27 12 *"  # 06:00 on 27 December
TIMEZONE = "Asia/Tokyo"


# a once-a-year run should not be lost to a network blip: retry a failed sync a little later
@task(name="sync-frus", retries=2, retry_delay_seconds=300)
def sync_corpus(frus_repo: str, corpus: Path) -> sync.SyncSummary:
    summary = sync.sync(frus_repo, Path(corpus))
    get_run_logger().info(summary.line())
    return summary


@flow(name="annual-rerun", log_prints=False)
def annual_rerun(corpus: Path, output: Path, frus_repo: str | None = None):
    """Sync ``frus_repo`` into ``corpus`` when one is given, then build ``output``."""
    if frus_repo:
        sync_corpus(frus_repo, corpus)
    return build_dataset(corpus, output)


def schedules() -> list:
    return [Cron(ANNUAL_CRON, timezone=TIMEZONE)]


def parameters(corpus: Path, output: Path, frus_repo: str | None = None) -> dict:
    # absolute paths: the served runs do not share the caller's working directory
    return {"corpus": str(Path(corpus).resolve()), "output": str(Path(output).resolve()),
            "frus_repo": sync.absolute(frus_repo) if frus_repo else None}


def deployment(corpus: Path = Path("corpus"), output: Path = Path("output"),
               frus_repo: str | None = None):
    return annual_rerun.to_deployment(name=DEPLOYMENT, schedules=schedules(),
                                      parameters=parameters(corpus, output, frus_repo),
                                      description=__doc__.splitlines()[0])


def serve(corpus: Path = Path("corpus"), output: Path = Path("output"),
          frus_repo: str | None = None) -> None:
    annual_rerun.serve(name=DEPLOYMENT, schedules=schedules(),
                       parameters=parameters(corpus, output, frus_repo))
