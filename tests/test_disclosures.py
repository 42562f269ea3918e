"""The disclosures registry: the shipped file, its checks, and matching corpus files."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.disclosures import RegistryError, disclosure_of, load_registry

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def test_the_shipped_registry_loads_and_covers_the_sample_corpus():
    registry = load_registry()
    ids = [d.id for d in registry]
    assert len(ids) == len(set(ids))
    mofa = [d for d in registry if d.publisher == "Ministry of Foreign Affairs of Japan"]
    assert len(mofa) >= 8 and all(d.source_url for d in mofa)
    assert {d.released_on[5:7] for d in mofa if d.released_on >= "2017-12"} == {"12"}
    for path in sorted(p for p in CORPUS.iterdir() if p.suffix):
        found = disclosure_of(path.name, registry)
        assert found and found.startswith("sample-"), path.name
        # one batch per file: no file matches two entries
        assert sum(disclosure_of(path.name, (d,)) is not None for d in registry) == 1
    assert disclosure_of("elsewhere/report.txt", registry) is None


def _registry(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "registry.toml"
    path.write_text(body, encoding="utf-8")
    return path


GOOD = '''
[[disclosure]]
id = "sample-2030-12-20"
publisher = "Sample Archive"
title = "Invented release"
released_on = "2030-12-20"
files = 3
corpus_files = ["2030/*.xml"]
'''


def test_a_small_registry_and_its_patterns(tmp_path):
    [d] = load_registry(_registry(tmp_path, GOOD))
    assert (d.id, d.files, d.topics, d.pages) == ("sample-2030-12-20", 3, (), None)
    assert disclosure_of("2030/v1.xml", (d,)) == "sample-2030-12-20"
    assert disclosure_of("2031/v1.xml", (d,)) is None


@pytest.mark.parametrize("change, message", [
    (('released_on = "2030-12-20"', 'released_on = "20 Dec 2030"'), "released_on must be"),
    (('id = "sample-2030-12-20"', 'id = "Sample 2030"'), "id must be"),
    (('files = 3', 'files = "three"'), "files must be"),
    (('title = "Invented release"', ''), "title is required"),
    (('files = 3', 'filez = 3'), "unknown field"),
    (('[[disclosure]]', '[[disclosure]'), "cannot read"),
])
def test_a_malformed_registry_names_the_entry_and_field(tmp_path, change, message):
    with pytest.raises(RegistryError, match=message):
        load_registry(_registry(tmp_path, GOOD.replace(*change)))


def test_a_repeated_id_is_refused(tmp_path):
    with pytest.raises(RegistryError, match="appears twice"):
        load_registry(_registry(tmp_path, GOOD + GOOD))
