"""Extraction under a per-document time budget (worker processes; no Prefect)."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from slow_extract import extract_or_hang

from pipelines.build.budget import extract_with_budget
from pipelines.document import Document


def _doc(n: int, text: str) -> Document:
    return Document(f"{n:016x}", f"d{n}.txt", text, "0" * 64, published_on="2030-01-01")


def test_a_runaway_document_is_rejected_and_the_others_go_on():
    docs = [_doc(1, "Minister Ines Kallas said that talks would resume."),
            _doc(2, "HANG forever"),
            _doc(3, "DIE at once"),
            _doc(4, "Ambassador Rolf Varnholt said that the border was open.")]
    started = time.monotonic()
    out = list(extract_with_budget(docs, 2.0, extract_or_hang))
    assert time.monotonic() - started < 20  # not the 60 s the hanging document asks for
    assert [d.source_path for d, _, _ in out] == ["d1.txt", "d2.txt", "d3.txt", "d4.txt"]
    assert out[0][1] is not None and out[3][1] is not None
    assert out[3][1].statements[0].speaker_name == "Rolf Varnholt"
    assert out[1][1] is None and "longer than the budget of 2 s" in out[1][2]
    assert out[2][1] is None and out[2][2].startswith("extraction failed")


def test_without_a_budget_extraction_runs_in_process():
    [(doc, ex, reason)] = extract_with_budget([_doc(1, "Nothing said here.")], None)
    assert ex is not None and reason is None and ex.document == doc


_OWNER = """
import os, sys, time
from pipelines.build import budget
pool = budget._pool()
worker = pool.submit(os.getpid).result(timeout=120)
pool.submit(time.sleep, 120)  # the worker is busy when its owner is killed
print(worker, flush=True)
time.sleep(120)
"""


def _running(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has stopped running


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_a_worker_dies_with_the_process_that_started_it_when_that_one_is_killed():
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    owner = subprocess.Popen([sys.executable, "-c", _OWNER], cwd=root, env=env,
                             stdout=subprocess.PIPE, text=True)
    worker = None
    try:
        ready, _, _ = select.select([owner.stdout], [], [], 120)
        assert ready, "the worker never started"
        worker = int(owner.stdout.readline())
        assert _running(worker)
        owner.kill()  # SIGKILL: no atexit hook runs
        owner.wait()
        deadline = time.monotonic() + 10
        while _running(worker) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _running(worker)
    finally:
        owner.kill()
        if worker is not None and _running(worker):
            os.kill(worker, signal.SIGKILL)



def test_documents_extracted_side_by_side_come_out_as_one_by_one():
    # the worker extracts documents in groups, their parses pooled: the same extractions
    docs = [_doc(n, f"Minister Ines Kallas said that the harbour talks would resume in "
                    f"spring {1950 + n}. Ambassador Rolf Varnholt reassured the minister the "
                    f"border would stay open for {n} weeks.") for n in range(1, 21)]
    pooled = [ex for _, ex, _ in extract_with_budget(docs, 60.0)]
    alone = [ex for _, ex, _ in extract_with_budget(docs, None)]
    assert pooled == alone
    # the second statement of each is read off the parse
    assert all(ex.statements[1].rule == "parse:ccomp" for ex in pooled)


def test_a_document_failing_side_by_side_fails_alone():
    from pipelines.extract.side_by_side import side_by_side

    def words(doc):
        if "BAD" in doc.text:
            raise ValueError("unreadable")
        return len(doc.text.split())

    docs = [_doc(1, "one two"), _doc(2, "BAD text"), _doc(3, "three four five")]
    assert side_by_side(words, docs) == [
        (2, None), (None, "extraction failed: ValueError('unreadable')"), (3, None)]
