"""The per-document extraction cache (no Prefect)."""

from __future__ import annotations

from dataclasses import replace

from pipelines.build import cache as cache_module
from pipelines.build import keys as keys_module
from pipelines.build.cache import ExtractionCache, cache_key
from pipelines.document import Document
from pipelines.extract import extract_document

DOC = Document("a" * 16, "r.txt", "Minister Ines Kallas said that talks would resume.",
               "b" * 64, published_on="2030-01-02", is_sample=True)


def test_a_stored_extraction_comes_back_equal(tmp_path):
    store = ExtractionCache(tmp_path)
    assert store.get(DOC) is None
    ex = extract_document(DOC)
    store.put(ex)
    assert ExtractionCache(tmp_path).get(DOC) == ex
    assert (store.hits, store.misses) == (0, 1)


def test_the_key_changes_with_the_document_and_the_code(monkeypatch):
    assert cache_key(DOC) == cache_key(replace(DOC))
    assert cache_key(DOC) != cache_key(replace(DOC, text=DOC.text + " Later."))
    assert cache_key(DOC) != cache_key(replace(DOC, published_on="2030-01-03"))
    before = cache_key(DOC)
    monkeypatch.setattr(keys_module, "code_version", lambda: "another version")
    assert cache_key(DOC) != before


def test_an_unreadable_entry_is_a_miss_not_a_crash(tmp_path):
    store = ExtractionCache(tmp_path)
    store.put(extract_document(DOC))
    [entry] = list(tmp_path.rglob("*.pickle"))
    entry.write_bytes(b"not a pickle")
    assert store.get(DOC) is None and store.misses == 1


def test_the_inputs_key_changes_with_documents_rejects_and_registry():
    from pipelines.build.keys import inputs_key
    from pipelines.document import Reject

    key = cache_key(DOC)
    base = inputs_key([key], [], ())
    assert base == inputs_key([key], [], ())
    assert base != inputs_key([cache_key(replace(DOC, text=DOC.text + "!"))], [], ())
    assert base != inputs_key([key], [Reject("x.pdf", "unsupported", "discover")], ())
    assert base != inputs_key([key], [], ("another registry",))


def test_older_code_versions_are_pruned_keeping_the_two_last_used(tmp_path, monkeypatch):
    import os

    from pipelines.build.cache import prune, version_folder

    folders = []
    for i, version in enumerate(["v1", "v2", "v3"]):
        monkeypatch.setattr(cache_module, "code_version", lambda v=version: v)
        folder = version_folder(tmp_path)
        (folder / "ab").mkdir()
        os.utime(folder, (1000 + i, 1000 + i))  # used one after the other
        folders.append(folder)
    (tmp_path / "cd").mkdir()  # an entry folder of the layout before version folders
    os.utime(folders[0], (5000, 5000))  # v1 used again, most recently
    gone = prune(tmp_path)
    assert sorted(gone) == sorted([folders[1], tmp_path / "cd"])
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([folders[0].name,
                                                                folders[2].name])
    assert len({f.name for f in folders}) == 3 and all(len(f.name) == 16 for f in folders)
