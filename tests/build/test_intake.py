"""Taking files in: manifests spare a rerun the parsing, duplicates and failures become rejects,
pieces follow document IDs (no Prefect)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from pipelines.build import intake
from pipelines.build.cache import DocEntry, ExtractionCache, FileManifests
from pipelines.build.intake import file_groups, keep_first, remember, take_in
from pipelines.build.write import pieces
from pipelines.extract import extract_document

REPORT = """Title: Sample: invented talks {n}
Published: 2030-01-0{n}
Sample: true

Minister Ines Kallas said that the talks would resume in round {n}.
"""


def corpus(tmp_path: Path, n: int = 2) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    for i in range(1, n + 1):
        (root / f"r{i}.txt").write_text(REPORT.format(n=i), encoding="utf-8")
    return root


def take_all(root: Path, store: ExtractionCache, manifests: FileManifests):
    """One build's intake: read, extract what is left, cache it, remember the files."""
    got = take_in(sorted(root.iterdir()), root, store, manifests)
    entries = list(got.entries)
    for item in got.todo:
        ex = extract_document(item.doc)
        store.put(ex, item.key)
        entries.append(DocEntry.of(ex, item.position, item.key))
    remember(manifests, got.fresh, entries)
    return got, entries


def test_a_rerun_takes_unchanged_files_from_their_manifests_without_reading(tmp_path,
                                                                           monkeypatch):
    root = corpus(tmp_path)
    store, manifests = ExtractionCache(tmp_path / "c"), FileManifests(tmp_path / "c" / "files")
    first, entries = take_all(root, store, manifests)
    assert len(first.todo) == 2 and not first.entries

    def no_reading(paths, corpus):
        assert not paths, f"read again: {paths}"
        return [], []

    monkeypatch.setattr(intake, "read_documents", no_reading)
    again = take_in(sorted(root.iterdir()), root, store, manifests)
    assert again.entries == sorted(entries, key=lambda e: e.source_path) and not again.todo


def test_a_changed_file_is_read_again_and_only_it(tmp_path):
    root = corpus(tmp_path)
    store, manifests = ExtractionCache(tmp_path / "c"), FileManifests(tmp_path / "c" / "files")
    take_all(root, store, manifests)
    (root / "r2.txt").write_text(REPORT.format(n=2) + "\nA later line.\n", encoding="utf-8")
    again = take_in(sorted(root.iterdir()), root, store, manifests)
    assert [e.source_path for e in again.entries] == ["r1.txt"]
    assert [t.doc.source_path for t in again.todo] == ["r2.txt"]


def test_a_file_whose_extraction_is_gone_from_the_cache_is_read_again(tmp_path):
    root = corpus(tmp_path, 1)
    store, manifests = ExtractionCache(tmp_path / "c"), FileManifests(tmp_path / "c" / "files")
    _, [entry] = take_all(root, store, manifests)
    store._path(entry.cache_key).unlink()
    again = take_in(sorted(root.iterdir()), root, store, manifests)
    assert not again.entries and len(again.todo) == 1


def test_duplicates_and_failures_become_rejects_first_by_path_and_place(tmp_path):
    root = corpus(tmp_path, 1)
    got = take_in(sorted(root.iterdir()), root, ExtractionCache(tmp_path / "c"), None)
    [item] = got.todo
    doc = item.doc
    good = DocEntry.of(extract_document(doc), item.position)
    copy = replace(good, source_path="z/copy.txt")
    failed = DocEntry.failed(replace(doc, document_id="f" * 16, source_path="b.txt"), 0,
                             "extraction took longer than the budget of 60 s")
    kept, rejects = keep_first([copy, failed, good])
    assert kept == [good]
    assert [(r.source_path, r.stage) for r in rejects] == [("b.txt", "extract"),
                                                          ("z/copy.txt", "read")]
    assert rejects[1].reason == "duplicate of r1.txt (same content)"


def test_pieces_follow_document_ids_and_hold_about_the_budget(tmp_path):
    root = corpus(tmp_path, 5)
    got = take_in(sorted(root.iterdir()), root, ExtractionCache(tmp_path / "c"), None)
    entries = [DocEntry.of(extract_document(t.doc), t.position) for t in got.todo]
    cut = pieces(list(reversed(entries)), max_chars=2 * entries[0].chars)
    assert [e.document_id for p in cut for e in p] == sorted(e.document_id for e in entries)
    assert [len(p) for p in cut] == [2, 2, 1]
    assert pieces(entries, max_chars=10**9) == [sorted(entries, key=lambda e: e.document_id)]


@pytest.mark.parametrize(("sizes", "expected"), [([5, 5, 5], [2, 1]), ([20, 1, 1], [1, 2])])
def test_file_groups_are_bounded_in_bytes(tmp_path, sizes, expected):
    paths = []
    for i, size in enumerate(sizes):
        path = tmp_path / f"f{i}.txt"
        path.write_bytes(b"x" * size)
        paths.append(path)
    assert [len(g) for g in file_groups(paths, max_bytes=10, max_files=100)] == expected
    assert [len(g) for g in file_groups(paths, max_bytes=10**6, max_files=2)] == [2, 1]


def test_the_rerun_path_does_not_load_pandas_or_pandera():
    """A rerun that finds nothing new stops before any table exists: it must not pay for
    importing pandas, pyarrow and pandera (about a second)."""
    import subprocess
    import sys

    code = ("import sys, pipelines.__main__, pipelines.flows\n"
            "print(sorted(m for m in ('pandas', 'pandera', 'pyarrow') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.strip() == "[]"
