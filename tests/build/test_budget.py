"""Extraction under a per-document time budget (worker processes; no Prefect)."""

from __future__ import annotations

import time

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
