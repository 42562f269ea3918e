"""The scheduler on its own, with a plain thread pool for tasks (no Prefect): every document
ends as an entry whatever order batches finish in, never more batches run than workers, and a
failed document becomes a failed entry."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

from pipelines.build.cache import ExtractionCache, packed_extraction
from pipelines.build.gather import Tasks, gather
from pipelines.build.intake import keep_first, take_in

REPORT = """Title: Sample: invented talks {n}
Published: 2030-02-{n:02d}
Sample: true

Minister Ines Kallas said that round {n} of the talks would open in the spring.
"""


def corpus(tmp_path: Path, n: int) -> list[Path]:
    root = tmp_path / "corpus"
    root.mkdir()
    for i in range(1, n + 1):
        (root / f"r{i:02d}.txt").write_text(REPORT.format(n=i), encoding="utf-8")
    return sorted(root.iterdir())


class Pool:
    """Plain-executor tasks that record how many batches run at once; the first batch is
    the slowest, so later ones finish first."""

    def __init__(self, corpus: Path, store: ExtractionCache, fail: str | None = None):
        self.executor = ThreadPoolExecutor(max_workers=8)
        self.corpus, self.store, self.fail = corpus, store, fail
        self.lock = threading.Lock()
        self.running = self.most = self.submitted = self.started = 0

    def tasks(self) -> Tasks:
        return Tasks(take_in=lambda group: take_in(group, self.corpus, self.store, None),
                     submit=self.submit, first_done=lambda fs: next(as_completed(fs)),
                     on_first_batch=self.start)

    def start(self) -> None:
        self.started += 1

    def submit(self, docs):
        self.submitted += 1
        return self.executor.submit(self.run, docs, 0.2 if self.submitted == 1 else 0.0)

    def run(self, docs, delay: float):
        with self.lock:
            self.running += 1
            self.most = max(self.most, self.running)
        time.sleep(delay)
        out = [(None, "extraction failed: boom") if d.source_path == self.fail
               else (packed_extraction(d), None) for d in docs]
        with self.lock:
            self.running -= 1
        return out


def test_every_document_is_gathered_and_the_order_of_finishing_does_not_show(tmp_path):
    paths = corpus(tmp_path, 7)
    root = paths[0].parent
    results = []
    for workers, batch in ((1, 7), (3, 2)):
        store = ExtractionCache(tmp_path / f"cache-{workers}")
        pool = Pool(root, store)
        got = gather(paths, store, None, pool.tasks(), batch, workers)
        assert pool.most <= workers and pool.started == 1
        assert len(got.extracted) == 7 and all(store.has(e.cache_key) for e in got.entries)
        results.append(keep_first(got.entries))
    assert results[0] == results[1]


def test_a_failed_document_becomes_a_failed_entry(tmp_path):
    paths = corpus(tmp_path, 3)
    store = ExtractionCache(tmp_path / "cache")
    got = gather(paths, store, None, Pool(paths[0].parent, store, fail="r02.txt").tasks(), 2, 2)
    kept, rejects = keep_first(got.entries)
    assert [e.source_path for e in kept] == ["r01.txt", "r03.txt"]
    assert [(r.source_path, r.stage, r.reason) for r in rejects] == [
        ("r02.txt", "extract", "extraction failed: boom")]
