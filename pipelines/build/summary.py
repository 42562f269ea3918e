"""What a build reports: its counts, what it published, and the time of each stage.

Contract: ``summarise(...)`` counts files (those rejected on discovery too), documents kept,
documents extracted in this run and taken from the cache; ``Stopwatch`` times the stages into
the summary's ``seconds``.  The command line prints it.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from pipelines.build.cache import DocEntry
from pipelines.document import Reject
from pipelines.publish.store import PublishResult


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
    seconds: dict[str, float] = field(default_factory=dict)  # wall time of each stage

    def quarantine(self, rows: dict[str, int], quarantined: list[Reject]) -> None:
        """The rows written, and the documents validation took out (rejects now)."""
        self.rows = rows
        self.rejects = [*self.rejects, *quarantined]
        self.documents -= len(quarantined)


def summarise(corpus: Path, paths: list[Path], entries: list[DocEntry], rejects: list[Reject],
              extracted: set[str], clock: Stopwatch) -> BuildSummary:
    """The build's counts: files (those rejected on discovery too), documents, extracted in
    this run (of those kept) or taken from the cache."""
    files = len(paths) + sum(1 for r in rejects if r.stage == "discover")
    fresh = len(extracted & {e.document_id for e in entries})
    return BuildSummary(str(corpus), files, len(entries), rejects, extracted=fresh,
                        cached=len(entries) - fresh, seconds=clock.laps)


class Stopwatch:
    """Wall time of each stage of a build, for the summary (``laps``: stage -> seconds)."""

    def __init__(self):
        self.laps: dict[str, float] = {}
        self._last = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.laps[stage] = round(now - self._last, 2)
        self._last = now
