"""A build registers every volume it reads as a disclosure: no FRUS record is left without
one, and no hand entry is needed (no Prefect)."""

from __future__ import annotations

import pyarrow.parquet as pq
from tei_volume import read, volume

from pipelines.build.cache import DocEntry, ExtractionCache
from pipelines.build.write import write_version
from pipelines.disclosures import Disclosure
from pipelines.extract import extract_document
from pipelines.resolve import resolve_people


def test_the_volumes_read_are_published_as_disclosures(tmp_path):
    doc = read(tmp_path, volume('<title type="volume">Northland, 1991</title>'))
    ex = extract_document(doc)
    store = ExtractionCache(tmp_path / "cache")
    store.put(ex)
    hand = Disclosure("mofa-2031-12-20", "A ministry", "A batch", "2031-12-20")
    write_version([DocEntry.of(ex, 0)], resolve_people([ex]), [], (hand,), store,
                  tmp_path / "out", "k")
    latest = tmp_path / "out" / "latest"
    disclosures = pq.read_table(latest / "disclosures.parquet").to_pylist()
    assert [(d["disclosure_id"], d["released_on"]) for d in disclosures] == [
        ("frus1990-92v97", "2031"), ("mofa-2031-12-20", "2031-12-20")]
    documents = pq.read_table(latest / "documents.parquet").to_pylist()
    assert [d["disclosure_id"] for d in documents] == ["frus1990-92v97"]
