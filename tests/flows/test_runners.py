"""The same build under Prefect's Dask task runner (a local cluster) and under the default
runner, or with other batch sizes and workers, gives the same files: equal checksums."""

from __future__ import annotations

import json
from pathlib import Path

from pipelines.flows import run_build, task_runner

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
