"""End to end: the sample corpus through the Prefect flow into a temporary output folder."""

import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipelines.assemble.validate import ValidationFailed
from pipelines.flows import build_dataset
from pipelines.ids import sha256_hex

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
from schemas.tables import TABLES


def read(version: Path, table: str) -> list[dict]:
    return pq.read_table(version / f"{table}.parquet").to_pylist()


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    return build_dataset(CORPUS, out), out


def test_sample_corpus_builds_a_version(built):
    summary, out = built
    assert summary.result.status == "published" and summary.result.version == "1.0.0"
    assert list(summary.seconds) == ["read and extract", "resolve people",
                                     "write, validate, publish"]
    assert all(t >= 0 for t in summary.seconds.values())
    version = out / "latest"
    assert version.resolve() == (out / "1.0.0").resolve()
    for table in TABLES:
        assert (version / f"{table}.parquet").is_file()
        assert (version / f"{table}.csv").is_file()
    package = json.loads((version / "datapackage.json").read_text())
    for res in package["resources"]:
        assert res["hash"] == "sha256:" + sha256_hex((version / res["path"]).read_bytes())


def test_every_file_is_a_document_or_a_reject(built):
    _, out = built
    docs = read(out / "latest", "documents")
    rejects = read(out / "latest", "rejects")
    files = sorted(p.relative_to(CORPUS).as_posix() for p in CORPUS.rglob("*") if p.is_file())
    # a TEI volume holds several documents: each file is accounted for at least once
    assert sorted({d["source_path"] for d in docs} | {r["source_path"] for r in rejects}) == files
    assert sum(d["source_path"] == "sample_volume_tei.xml" for d in docs) == 2
    assert all(d["is_sample"] for d in docs)
    assert [r["source_path"] for r in rejects] == ["README"]


def test_sample_statements_people_and_dates(built):
    _, out = built
    version = out / "latest"
    people = {p["person_id"]: p for p in read(version, "people")}
    statements = read(version, "statements")
    by_speaker = {}
    for s in statements:
        name = people[s["speaker_id"]]["name"] if s["speaker_id"] else s["speaker_name"]
        by_speaker.setdefault(name, []).append(s)
    # Ohira appears in two sample documents: one person, with statements from both
    ohira = [p for p in people.values() if p["name"].endswith("Ohira")]
    assert len(ohira) == 1
    assert len({s["document_id"] for s in by_speaker[ohira[0]["name"]]}) == 2
    # a fictional historian's remarks get the report's date; the 1972 talks get theirs
    zhou = [s for s in by_speaker["Zhou Enlai"] if s["kind"] == "indirect"]
    assert [s["said_on"] for s in zhou] == ["1972-09-26"]
    assert any(s["kind"] == "direct" for s in by_speaker["Keiko Moriyama"])
    # the scare quote "Ron-Yasu" is not a statement
    assert not any("Ron-Yasu" == s["text"].strip("\"',") for s in statements)
    values = {(d["text"], d["value"]) for d in read(version, "date_mentions")}
    assert ("late September 1972", "1972-09") in values


def test_rebuild_is_up_to_date_and_identical(built, tmp_path):
    _, out = built
    again = build_dataset(CORPUS, out)
    assert again.result.status == "up-to-date"
    assert (again.extracted, again.cached) == (0, 7)  # nothing new: nothing extracted
    assert list(again.seconds) == ["read and extract", "compare inputs"]
    other = build_dataset(CORPUS, tmp_path / "other", use_cache=False)
    assert (other.extracted, other.cached) == (7, 0)
    package = json.loads((out / "latest" / "datapackage.json").read_text())
    again_package = json.loads((tmp_path / "other" / "latest" / "datapackage.json").read_text())
    assert [r["hash"] for r in package["resources"]] == [
        r["hash"] for r in again_package["resources"]]
    for table in TABLES:
        for ext in ("parquet", "csv"):  # equal checksums: byte-identical files
            a = (out / "latest" / f"{table}.{ext}").read_bytes()
            b = (tmp_path / "other" / "latest" / f"{table}.{ext}").read_bytes()
            assert a == b


def test_bad_files_are_rejected_not_fatal(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "latin1.txt").write_bytes("caf\xe9 au lait".encode("latin-1"))
    (corpus / "scan.pdf").write_bytes(b"%PDF-1.4")
    summary = build_dataset(corpus, tmp_path / "out")
    reasons = {r.source_path: r.reason for r in summary.rejects}
    assert set(reasons) == {"README", "empty.txt", "latin1.txt", "scan.pdf"}
    assert summary.documents == 7


def test_failed_validation_publishes_nothing(built, tmp_path, monkeypatch):
    _, out = built
    before = (out / "latest").resolve()
    from pipelines.build import write as release

    real = release.document_tables

    def broken(*args):
        tables = real(*args)
        if len(tables["statements"]):
            tables["statements"].loc[0, "kind"] = "rumour"
        return tables

    monkeypatch.setattr(release, "document_tables", broken)
    with pytest.raises(ValidationFailed):
        build_dataset(CORPUS, out, force=True)  # past the "inputs unchanged" shortcut
    assert (out / "latest").resolve() == before
    assert "rumour" in (out / "validation-failure.md").read_text()


NEW_REPORT = """Title: Sample: a new report on invented talks
Published: 2030-12-21
Sample: true

On June 3, 1994, Ambassador Liesel Norrbom met Foreign Minister Anton Vasquier in Eastport.
Norrbom said that the quota talks would resume in the autumn.
"""


def test_adding_a_document_is_minor_and_extracts_only_it(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    out = tmp_path / "out"
    first = build_dataset(corpus, out)
    (corpus / "zz_new_report.txt").write_text(NEW_REPORT, encoding="utf-8")
    second = build_dataset(corpus, out)
    assert (first.result.version, second.result.version) == ("1.0.0", "1.1.0")
    assert second.result.bump == "minor"
    assert (second.extracted, second.cached) == (1, 7)
    version = out / "latest"
    [new_doc] = [d["document_id"] for d in read(version, "documents")
                 if d["source_path"] == "zz_new_report.txt"]
    delta = [line.split(",") for line in
             (version / "changes.csv").read_text().splitlines()[1:]]
    assert delta and {change for _, _, change in delta} == {"ADD"}
    # every added row is the new document's, and every row of it is in the delta
    for table in ("documents", "person_mentions", "statements", "date_mentions"):
        key = TABLES[table].primary_key[0]
        mine = {r[key] for r in read(version, table) if r["document_id"] == new_doc}
        assert {i for t, i, _ in delta if t == table} == mine, table
    people = {p["person_id"]: p["name"] for p in read(version, "people")}
    assert sorted(people[i] for t, i, _ in delta if t == "people") == [
        "Anton Vasquier", "Liesel Norrbom"]
    assert "| documents | 1 | 0 | 0 |" in (version / "CHANGES.md").read_text()
