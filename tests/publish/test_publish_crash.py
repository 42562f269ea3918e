"""A build killed (SIGKILL) while publishing: earlier versions and `latest` stay intact, no
half-written version is ever visible, and the next build recovers."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from tables_fixture import good_tables

from pipelines import publish as pub
from pipelines.assemble.validate import validate_tables
from pipelines.ids import sha256_hex

TESTS = Path(__file__).resolve().parents[1]
ROOT = TESTS.parent
SCRIPT = """
import sys
from tables_fixture import good_tables
from pipelines.publish import publish
from pipelines.assemble.validate import validate_tables
tables = good_tables()
tables["rejects"].loc[0, "reason"] = "changed by the killed build"
publish(validate_tables(tables), sys.argv[1])
"""
POINTS = ["tables-written", "before-rename", "renamed", "recorded", "latest-moved"]


def _complete(version_dir: Path) -> bool:
    package = json.loads((version_dir / "datapackage.json").read_text())
    return all(res["hash"] == "sha256:" + sha256_hex((version_dir / res["path"]).read_bytes())
               for res in package["resources"])


def _killed_publish(output: Path, point: str) -> int:
    env = {**os.environ, "PIPELINES_KILL_AT": point,
           "PYTHONPATH": os.pathsep.join([str(TESTS), str(ROOT)])}
    return subprocess.run([sys.executable, "-c", SCRIPT, str(output)], env=env,
                          timeout=120, check=False).returncode


@pytest.mark.parametrize("point", POINTS)
def test_a_killed_publish_leaves_the_published_versions_intact(tmp_path, point):
    first = pub.publish(validate_tables(good_tables()), tmp_path)
    assert _killed_publish(tmp_path, point) == -signal.SIGKILL
    history = [h["version"] for h in pub.read_history(tmp_path)]
    latest = os.readlink(tmp_path / "latest")
    assert latest in history and _complete(tmp_path / latest)
    assert history[0] == first.version and _complete(tmp_path / first.version)
    for path in tmp_path.iterdir():  # every version folder is whole
        if path.name[0].isdigit():
            assert _complete(path), path.name
    if point in ("tables-written", "before-rename"):
        assert history == ["1.0.0"] and latest == "1.0.0"
    # the next build publishes (or finds up to date) and leaves no leftovers
    tables = good_tables()
    tables["rejects"].loc[0, "reason"] = "changed by the killed build"
    again = pub.publish(validate_tables(tables), tmp_path)
    assert again.version == "1.0.1"
    assert os.readlink(tmp_path / "latest") == "1.0.1"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".tmp-")]
    assert [h["version"] for h in pub.read_history(tmp_path)] == ["1.0.0", "1.0.1"]
