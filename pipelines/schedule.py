"""The annual rerun: ``build_dataset`` as a Prefect deployment on a cron schedule.

Japan's Foreign Ministry releases 30-year-old records in the second half of December (Dec 19,
20 and 25 in recent years), so the build reruns at 06:00 Tokyo time on 27 December, when the
corpus has been refreshed with that year's files.  ``deployment()`` declares it (no API call,
testable offline); ``serve()`` registers it with the Prefect API named by ``PREFECT_API_URL``
(``prefect server start``) and blocks, running the scheduled and the ad hoc runs
(``prefect deployment run 'build-dataset/annual-disclosures'``).  A rerun with nothing new
publishes nothing ("up to date").
"""

from __future__ import annotations

from pathlib import Path

from prefect.schedules import Cron

from pipelines.flows import build_dataset

DEPLOYMENT = "annual-disclosures"
ANNUAL_CRON = "0 6 27 12 *"  # 06:00 on 27 December
TIMEZONE = "Asia/Tokyo"


def schedules() -> list:
    return [Cron(ANNUAL_CRON, timezone=TIMEZONE)]


def parameters(corpus: Path, output: Path) -> dict:
    # absolute paths: the served runs do not share the caller's working directory
    return {"corpus": str(Path(corpus).resolve()), "output": str(Path(output).resolve())}


def deployment(corpus: Path = Path("corpus"), output: Path = Path("output")):
    return build_dataset.to_deployment(name=DEPLOYMENT, schedules=schedules(),
                                       parameters=parameters(corpus, output),
                                       description=__doc__.splitlines()[0])


def serve(corpus: Path = Path("corpus"), output: Path = Path("output")) -> None:
    build_dataset.serve(name=DEPLOYMENT, schedules=schedules(),
                        parameters=parameters(corpus, output))
