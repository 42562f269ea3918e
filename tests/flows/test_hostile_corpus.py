"""Hundreds of hostile files built together with the good sample corpus: nothing crashes, every
file is accounted for, and the good documents' rows are exactly those of a clean build."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow.parquet as pq
from hostile import LIMIT, write_hostile_corpus

from pipelines.flows import build_dataset

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def _rows(version: Path, table: str, docs: set[str]) -> list[dict]:
    rows = pq.read_table(version / f"{table}.parquet").to_pylist()
    return sorted((r for r in rows if r["document_id"] in docs), key=str)


def test_hostile_files_are_accounted_for_and_good_rows_unchanged(tmp_path):
    build_dataset(CORPUS, tmp_path / "clean", max_bytes=LIMIT)
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    hostile = write_hostile_corpus(corpus, rounds=22)
    assert hostile >= 500
    summary = build_dataset(corpus, tmp_path / "out", max_bytes=LIMIT, time_budget=30)
    assert summary.result.status == "published"

    version = tmp_path / "out" / "latest"
    documents = pq.read_table(version / "documents.parquet").to_pylist()
    rejects = pq.read_table(version / "rejects.parquet").to_pylist()
    files = {p.relative_to(corpus).as_posix() for p in corpus.rglob("*")
             if p.is_symlink() or p.is_file()}
    seen = {d["source_path"] for d in documents} | {r["source_path"].split("#")[0]
                                                     for r in rejects}
    assert files == seen  # every file is a document or a reject, nothing else appears
    reasons = {r["source_path"]: r["reason"] for r in rejects}
    first = "hostile_00/"
    assert reasons[first + "binary_0.txt"].startswith("not UTF-8 text")
    assert "entit" in reasons[first + "bomb_0.xml"]  # refused, or stopped by the parser
    assert "declares entities" in reasons[first + "xxe_0.xml"]
    assert reasons[first + "deep_0.xml"].startswith("malformed XML")
    assert reasons[first + "oversized_0.txt"].startswith("file too large")
    assert reasons[first + "link_out_0.txt"] == "link points outside the corpus"
    assert "secret" not in " ".join(d["text"] for d in documents)
    assert len(summary.rejects) == len(rejects)

    good = {d["document_id"] for d in pq.read_table(
        tmp_path / "clean" / "latest" / "documents.parquet").to_pylist()}
    for table in ("documents", "statements", "date_mentions", "person_mentions", "exchanges"):
        assert _rows(version, table, good) == _rows(tmp_path / "clean" / "latest", table, good)
    print(f"hostile files: {hostile}; documents: {len(documents)}; rejects: {len(rejects)}")
