"""report.html: self-contained, deterministic, and it says what is in the version."""

from __future__ import annotations

import re

from tables_fixture import good_tables

from pipelines.assemble.validate import validate_tables
from pipelines.publish import publish
from pipelines.publish.changes import Delta
from pipelines.publish.report import report_html


def test_the_report_shows_counts_timeline_speakers_checks_and_changes():
    tables = validate_tables(good_tables())
    delta = Delta({"statements": {"ADD": 1, "MOD": 0, "DEL": 0},
                   "people": {"ADD": 0, "MOD": 1, "DEL": 0}})
    page = report_html("1.1.0", "minor", "1.0.0", tables, delta)
    assert page == report_html("1.1.0", "minor", "1.0.0", tables, delta)  # no clock in it
    assert "<script" not in page and "http" not in page  # opens offline, runs nothing
    for section in ("What is in it", "When the statements were said", "Most quoted",
                    "Validation", "Changes"):
        assert f"<h2>{section}</h2>" in page
    assert re.search(r"<td>statements</td><td class=n>2</td>", page)
    assert "<svg" in page and "1972: Zhou Enlai 1" in page  # the timeline's bar for 1972
    assert "<td>Zhou Enlai</td><td class=n>1</td><td class=n>1</td><td class=n>0</td>" in page
    assert "<td>statements</td><td class=n>1</td><td class=n>0</td><td class=n>0</td>" in page


def test_every_version_has_its_report(tmp_path):
    result = publish(validate_tables(good_tables()), tmp_path)
    page = (result.path / "report.html").read_text()
    assert "Diplomatic statements 1.0.0" in page and "First version" in page
