"""`make explore`: the version's SQLite database served by Datasette, checked in headless
Chromium (Debian's `chromium`, installed by .ci/run; skipped where it is absent)."""

from __future__ import annotations

import json
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from tables_fixture import good_tables

from pipelines.assemble.validate import validate_tables
from pipelines.publish import publish
from pipelines.publish.database import DATABASE_FILE

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def version(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    publish(validate_tables(good_tables()), out)
    return out


def test_the_database_has_keys_and_full_text_search(version):
    con = sqlite3.connect(version / "latest" / DATABASE_FILE)
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    hits = con.execute("SELECT s.speaker_name, s.text FROM statements s JOIN statements_fts f "
                       "ON f.rowid = s.rowid WHERE statements_fts MATCH 'Zhou'").fetchall()
    assert hits == [("Zhou Enlai", "Taiwan is a province of China.")]
    pk = con.execute("SELECT name FROM pragma_table_info('people') WHERE pk = 1").fetchall()
    assert pk == [("person_id",)]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed "
                    "(.ci/run installs it)")
def test_a_search_for_a_speaker_shows_their_statements_in_the_browser(version, tmp_path):
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "pipelines", "explore", "--output",
                               str(version), "--port", str(port)], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(120):
            try:
                urllib.request.urlopen(f"{base}/-/versions.json", timeout=1)
                break
            except OSError:
                time.sleep(0.25)
        dom = subprocess.run(
            [CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom",
             f"{base}/diplomatic/statements?_search=Zhou"],
            capture_output=True, text=True, timeout=120, check=True).stdout
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert "Taiwan is a province of China." in dom
    assert "the border was closed" not in dom  # the other speaker's statement
    assert "Words attributed to a speaker" in dom  # the table's description, from the specs


def test_the_context_view_gives_each_statement_its_speaker_and_disclosure(version):
    con = sqlite3.connect(version / "latest" / DATABASE_FILE)
    rows = con.execute("SELECT speaker, said_on_year, disclosure_id FROM statements_in_context "
                       "ORDER BY speaker").fetchall()
    assert rows == [("Zhou Enlai", "1972", "sample-2030"), ("the Chinese side", None, None)]


def test_the_view_and_the_canned_query_say_to_whom(version):
    from pipelines.publish.database import SAID_TO

    con = sqlite3.connect(version / "latest" / DATABASE_FILE)
    rows = con.execute("SELECT speaker, addressee, exchange FROM statements_in_context "
                       "ORDER BY speaker").fetchall()
    assert rows == [("Zhou Enlai", "Richard Nixon", "meeting"), ("the Chinese side", None, None)]
    said = con.execute(SAID_TO, {"speaker": "Zhou", "addressee": "Nixon"}).fetchall()
    assert [(r[1], r[2], r[4]) for r in said] == [
        ("Zhou Enlai", "Richard Nixon", "Taiwan is a province of China.")]
    assert con.execute(SAID_TO, {"speaker": "Nixon", "addressee": "Zhou"}).fetchall() == []
    meta = json.loads((version / "latest" / "datasette.json").read_text(encoding="utf-8"))
    assert meta["databases"]["diplomatic"]["queries"]["said_to"]["sql"] == SAID_TO


def test_explore_opens_the_last_build_unless_told_another(tmp_path, monkeypatch):
    from pipelines import __main__ as cli

    monkeypatch.chdir(tmp_path)
    assert cli._explore_folder(None) == cli.settings.OUTPUT  # nothing built here yet
    cli.LAST_OUTPUT.write_text(f"{tmp_path / 'out-frus'}\n", encoding="utf-8")
    assert cli._explore_folder(None) == tmp_path / "out-frus"
    assert cli._explore_folder(Path("other")) == Path("other")
