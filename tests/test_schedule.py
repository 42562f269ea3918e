"""The annual rerun's deployment: declared and checked offline (no Prefect server contacted)."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path

from prefect.server.schemas.schedules import CronSchedule

from pipelines import schedule
from pipelines.__main__ import main


def test_deployment_runs_the_build_yearly_after_the_december_releases(monkeypatch, tmp_path):
    # a dead API address: declaring the deployment must not need a server
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:9/api")
    monkeypatch.setenv("PREFECT_SERVER_EPHEMERAL_ENABLED", "false")
    d = schedule.deployment(tmp_path / "corpus", tmp_path / "out")
    assert d.name == "annual-disclosures"
    [s] = d.schedules
    assert (s.schedule.cron, s.schedule.timezone) == ("0 6 27 12 *", "Asia/Tokyo")
    assert d.parameters == {"corpus": str((tmp_path / "corpus").resolve()),
                            "output": str((tmp_path / "out").resolve())}
    assert d.entrypoint.endswith("flows.py:build_dataset")


def test_next_runs_are_on_27_december_at_6_in_tokyo():
    cron = CronSchedule(cron=schedule.ANNUAL_CRON, timezone=schedule.TIMEZONE)
    start = dt.datetime(2026, 11, 30, tzinfo=dt.UTC)
    dates = asyncio.run(cron.get_dates(n=2, start=start))
    tokyo = [d.astimezone(dt.timezone(dt.timedelta(hours=9))) for d in dates]
    assert [(d.year, d.month, d.day, d.hour) for d in tokyo] == [(2026, 12, 27, 6),
                                                                (2027, 12, 27, 6)]


def test_schedule_command_needs_a_server_address(monkeypatch, capsys):
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    assert main(["schedule", "--corpus", str(Path("corpus"))]) == 1
    assert "prefect server start" in capsys.readouterr().err
