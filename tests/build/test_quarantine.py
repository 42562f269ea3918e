"""A document whose rows fail validation leaves the release with all its rows and becomes a
reject naming the failed check; the rest publishes.  Failures of no one document, or too many
quarantined documents, fail the build (no Prefect)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipelines.build import write
from pipelines.build.cache import DocEntry, ExtractionCache
from pipelines.build.write import TooManyQuarantined, write_tables, write_version
from pipelines.document import Document
from pipelines.extract import extract_document
from pipelines.publish import staged_version
from pipelines.resolve import resolve_people

REPORT = ("Minister Ines Kallas said that round {n} of the talks would open in May. "
          "Envoy Arno Tamm said that the quotas would stay.")


@pytest.fixture()
def built(tmp_path: Path):
    """Five invented reports extracted into a cache: (entries, store, resolution)."""
    store = ExtractionCache(tmp_path / "cache")
    entries = []
    for n in range(5):
        text = REPORT.format(n=n)
        doc = Document(f"{n:016x}", f"r{n}.txt", text, f"{n:064x}", published_on="2030-01-02",
                       is_sample=True)
        ex = extract_document(doc)
        store.put(ex)
        entries.append(DocEntry.of(ex, 0))
    return entries, store, resolve_people([e.people for e in entries])


def corrupt(monkeypatch, document_id: str, table: str, column: str, value) -> None:
    """Make the table assembly give one document's first row of ``table`` a bad value."""
    real = write.document_tables

    def broken(*args):
        tables = real(*args)
        rows = tables[table].index[tables[table]["document_id"] == document_id]
        if len(rows):
            tables[table].loc[rows[0], column] = value
        return tables

    monkeypatch.setattr(write, "document_tables", broken)


def published(output: Path, table: str) -> pd.DataFrame:
    return pq.read_table(output / "latest" / f"{table}.parquet").to_pandas()


def test_a_failing_document_is_quarantined_and_the_rest_publishes(built, tmp_path, monkeypatch):
    entries, store, resolution = built
    bad = entries[2].document_id
    corrupt(monkeypatch, bad, "statements", "kind", "rumour")
    result, written = write_version(entries, resolution, [], (), store, tmp_path / "out", "k",
                                    max_rejected_share=0.5)
    assert result.status == "published"
    [reject] = written.quarantined
    assert (reject.source_path, reject.stage) == ("r2.txt", "validate")
    assert "statements.kind" in reject.reason and "rumour" in reject.reason
    for table in ("documents", "statements", "person_mentions", "date_mentions"):
        assert bad not in set(published(tmp_path / "out", table)["document_id"]), table
    assert len(published(tmp_path / "out", "documents")) == 4
    rejects = published(tmp_path / "out", "rejects")
    assert rejects[["source_path", "stage"]].values.tolist() == [["r2.txt", "validate"]]
    assert written.rows["documents"] == 4 and written.rows["rejects"] == 1


def test_more_quarantined_than_the_cap_fails_the_build_and_names_the_file(built, tmp_path,
                                                                         monkeypatch):
    entries, store, resolution = built
    corrupt(monkeypatch, entries[1].document_id, "statements", "kind", "rumour")
    with pytest.raises(TooManyQuarantined) as err:
        write_version(entries, resolution, [], (), store, tmp_path / "out", "k",
                      max_rejected_share=0.1)
    report = (tmp_path / "out" / "validation-failure.md").read_text()
    assert "1 of 5 documents failed validation" in report and "r1.txt" in report
    assert err.value.failures["document"].tolist() == ["r1.txt"]
    assert not (tmp_path / "out" / "latest").exists()


def test_a_key_the_resolver_made_wrong_fails_the_build_not_one_document(built, tmp_path,
                                                                       monkeypatch):
    entries, store, resolution = built
    corrupt(monkeypatch, entries[0].document_id, "statements", "speaker_id", "f" * 16)
    with pytest.raises(Exception) as err, staged_version(tmp_path / "out") as staged:
        write_tables(staged, entries, resolution, [], (), store, max_rejected_share=1.0)
    assert not isinstance(err.value, TooManyQuarantined)
    failures = err.value.failures
    assert failures["check"].tolist() == ["foreign_key:speaker_id->people.person_id"]
    assert failures["document"].tolist() == ["r0.txt"]


def test_a_row_of_a_document_that_is_not_there_fails_the_build(built, tmp_path, monkeypatch):
    entries, store, resolution = built
    corrupt(monkeypatch, entries[3].document_id, "statements", "document_id", "e" * 16)
    with pytest.raises(Exception) as err, staged_version(tmp_path / "out") as staged:
        write_tables(staged, entries, resolution, [], (), store, max_rejected_share=1.0)
    assert "foreign_key:document_id->documents.document_id" in set(err.value.failures["check"])


def test_helpers_write_the_same_files_and_quarantine_the_same_way(tmp_path, monkeypatch):
    """Pieces assembled, checked and rendered by helper processes give the files of one
    process, byte for byte; a document failing in a helper is still quarantined."""
    from dataclasses import replace

    store = ExtractionCache(tmp_path / "cache")
    entries = []
    for n in range(9):
        doc = Document(f"{n:016x}", f"r{n}.txt", REPORT.format(n=n), f"{n:064x}",
                       published_on="2030-01-02", is_sample=True)
        ex = extract_document(doc)
        if n == 6:  # a kind no schema allows, stored as if extracted
            ex = replace(ex, statements=(replace(ex.statements[0], kind="rumour"),
                                         *ex.statements[1:]))
        store.put(ex)
        entries.append(DocEntry.of(ex, 0))
    resolution = resolve_people([e.people for e in entries])
    one_by_one = write.pieces
    monkeypatch.setattr(write, "pieces", lambda e: one_by_one(e, max_docs=1))
    outputs = {}
    for workers in (1, 2):
        out = tmp_path / f"out{workers}"
        _, written = write_version(entries, resolution, [], (), store, out, "k",
                                   max_rejected_share=0.5, workers=workers)
        assert [r.source_path for r in written.quarantined] == ["r6.txt"]
        outputs[workers] = {p.name: p.read_bytes() for p in (out / "latest").iterdir()
                            if p.suffix in (".parquet", ".csv")}
    assert outputs[1] == outputs[2] and len(outputs[1]) >= 14
