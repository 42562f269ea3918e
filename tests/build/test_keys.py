"""The keys that decide what a rerun reuses follow the code wherever it lives: an edit to any
module of any subfolder changes the key of what that module helps make (no Prefect)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipelines.build import keys

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    """A copy of the package sources to edit."""
    for package in keys.PACKAGES:
        shutil.copytree(ROOT / package, tmp_path / package,
                        ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


def computed(base: Path) -> tuple[str, str, str]:
    """(extraction key, reader key, release code) of the sources under ``base``, afresh."""
    for key in (keys.code_version, keys.reader_version, keys.release_code):
        key.cache_clear()
    return keys.code_version(base), keys.reader_version(base), keys.release_code(base)


def edit(path: Path) -> None:
    path.write_text(path.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")


def in_subfolders(base: Path) -> list[Path]:
    return sorted(p for p in (base / "pipelines").rglob("*.py") if p.parent != base / "pipelines")


def test_every_module_of_every_subfolder_is_in_some_key(tree):
    """Each edit changes the release code; an edit to what extraction or reading imports
    changes the extraction or reader key too, and an edit elsewhere leaves them alone."""
    extraction = set(keys.imported_files(keys.EXTRACTION_MODULES, tree))
    reading = set(keys.imported_files(keys.READER_MODULES, tree))
    assert set((tree / "pipelines" / "extract").glob("*.py")) <= extraction
    assert set((tree / "pipelines" / "readers").glob("*.py")) <= reading
    modules = in_subfolders(tree)
    assert len(modules) > 30
    for path in modules:
        before = computed(tree)
        edit(path)
        after = computed(tree)
        name = path.relative_to(tree).as_posix()
        assert after[2] != before[2], name
        assert (after[0] != before[0]) == (path in extraction), name
        assert (after[1] != before[1]) == (path in extraction | reading), name


def test_a_module_moved_into_a_deeper_folder_still_counts(tree):
    """The defect the layout change exposed: keys hashed only ``extract/*.py``, so a helper
    moved into a subfolder stopped invalidating the cache."""
    extract = tree / "pipelines" / "extract"
    (extract / "rules").mkdir()
    (extract / "rules" / "__init__.py").write_text("", encoding="utf-8")
    (extract / "rules" / "cues.py").write_text("CUES = ('said',)\n", encoding="utf-8")
    dates = extract / "dates.py"
    dates.write_text("from pipelines.extract.rules.cues import CUES  # noqa: F401\n"
                     + dates.read_text(encoding="utf-8"), encoding="utf-8")
    before = computed(tree)
    edit(extract / "rules" / "cues.py")
    assert computed(tree)[0] != before[0]


def test_relative_and_function_level_imports_are_followed(tree):
    helper = tree / "pipelines" / "extract" / "helper.py"
    helper.write_text("X = 1\n", encoding="utf-8")
    names = tree / "pipelines" / "extract" / "names.py"
    names.write_text(names.read_text(encoding="utf-8")
                     + "\n\ndef _later():\n    from .helper import X\n    return X\n",
                     encoding="utf-8")
    assert helper in keys.imported_files(keys.EXTRACTION_MODULES, tree)


def test_the_installed_keys_are_the_ones_of_this_tree():
    assert keys.SOURCE_ROOT == ROOT
    assert keys.code_version().startswith(keys.EXTRACTOR_VERSION)


def test_keys_can_be_asked_from_several_threads_at_once():
    """Prefect runs tasks in threads; CPython 3.11's parser fails when two threads parse at
    once ("AST constructor recursion depth mismatch"), which once failed a build."""
    import threading

    errors = []

    def ask() -> None:
        try:
            for _ in range(5):
                keys.imported_files(keys.EXTRACTION_MODULES, keys.SOURCE_ROOT)
        except Exception as exc:  # noqa: BLE001 -- collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def test_imports_are_read_in_every_form_without_the_parser(tmp_path):
    path = tmp_path / "pipelines" / "extract" / "mod.py"
    path.parent.mkdir(parents=True)
    path.write_text(
        "import pipelines.alpha as a, schemas.beta\n"
        "from pipelines.gamma import (  # a comment\n    delta,\n    epsilon as e,\n)\n"
        "from . import zeta\n"
        "import json\n\n"
        "def later():\n    from ..eta import theta\n", encoding="utf-8")
    assert keys.module_imports(path, "pipelines.extract.mod") == {
        "pipelines.alpha", "schemas.beta", "pipelines.gamma", "pipelines.gamma.delta",
        "pipelines.gamma.epsilon", "pipelines.extract", "pipelines.extract.zeta",
        "pipelines.eta", "pipelines.eta.theta"}
