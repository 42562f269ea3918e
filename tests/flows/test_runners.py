"""The same build under Prefect's Dask task runner (a local cluster) and under the default
runner, or with other batch sizes and workers, gives the same files: equal checksums."""

from __future__ import annotations

import json
import os
import time
import uuid
from pathlib import Path

from pipelines.build.runners import task_runner
from pipelines.flows import run_build

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def _hashes(out: Path) -> dict[str, str]:
    package = json.loads((out / "latest" / "datapackage.json").read_text())
    return {r["path"]: r["hash"] for r in package["resources"]}


def test_dask_runner_gives_the_same_checksums(tmp_path):
    default = run_build(CORPUS, tmp_path / "threads", batch_size=2, use_cache=False)
    dask = run_build(CORPUS, tmp_path / "dask", batch_size=2, use_cache=False, runner="dask")
    assert default.extracted == dask.extracted == 7
    assert _hashes(tmp_path / "threads") == _hashes(tmp_path / "dask")
    assert (tmp_path / "threads" / "latest" / "statements.csv").read_bytes() == (
        tmp_path / "dask" / "latest" / "statements.csv").read_bytes()


def test_batch_size_and_workers_do_not_change_the_files(tmp_path):
    a = run_build(CORPUS, tmp_path / "a", batch_size=1, workers=1, use_cache=False)
    b = run_build(CORPUS, tmp_path / "b", batch_size=100, workers=4, use_cache=False)
    assert a.extracted == b.extracted == 7
    assert _hashes(tmp_path / "a") == _hashes(tmp_path / "b")


def test_runner_choice():
    assert task_runner("threads") is None
    assert task_runner("dask", "127.0.0.1:8786").address == "tcp://127.0.0.1:8786"


def _processes_marked(mark: str) -> list[int]:
    """Processes (other than this one) whose environment holds ``mark``: children inherit it,
    so this finds a build's worker processes even after they are orphaned."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            environ = (entry / "environ").read_bytes()
        except OSError:
            continue  # gone meanwhile, or not ours to read
        if mark.encode() in environ:
            found.append(int(entry.name))
    return found


def test_a_dask_build_leaves_no_process_behind(tmp_path, monkeypatch):
    mark = f"PIPELINES_TEST_MARK={uuid.uuid4().hex}"
    name, value = mark.split("=")
    monkeypatch.setenv(name, value)
    run_build(CORPUS, tmp_path / "dask", batch_size=2, use_cache=False, runner="dask")
    deadline = time.monotonic() + 15  # a worker told to stop may take a moment to exit
    while _processes_marked(mark) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _processes_marked(mark) == []
