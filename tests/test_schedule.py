"""The annual rerun's deployment: declared and checked offline (no Prefect server contacted)."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
from pathlib import Path

from prefect.server.schemas.schedules import CronSchedule

from pipelines import schedule
from pipelines.__main__ import main
from pipelines.settings import QUIET_PREFECT


def test_deployment_runs_the_build_yearly_after_the_december_releases(monkeypatch, tmp_path):
    # a dead API address: declaring the deployment must not need a server
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:9/api")
    monkeypatch.setenv("PREFECT_SERVER_EPHEMERAL_ENABLED", "false")
    d = schedule.deployment(tmp_path / "corpus", tmp_path / "out")
    assert d.name == "annual-disclosures"
    [s] = d.schedules
    assert (s.schedule.cron, s.schedule.timezone) == ("0 6 27 12 *", "Asia/Tokyo")
    assert d.parameters == {"corpus": str((tmp_path / "corpus").resolve()),
                            "output": str((tmp_path / "out").resolve()), "frus_repo": None}
    assert d.entrypoint.endswith("schedule.py:annual_rerun")


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


def test_deployment_carries_the_frus_repository(monkeypatch, tmp_path):
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:9/api")
    monkeypatch.setenv("PREFECT_SERVER_EPHEMERAL_ENABLED", "false")
    url = "https://github.com/HistoryAtState/frus"
    d = schedule.deployment(tmp_path / "corpus", tmp_path / "out", url)
    assert d.parameters["frus_repo"] == url
    # a local repository is named by its absolute path: served runs start elsewhere
    (tmp_path / "frus").mkdir()
    monkeypatch.chdir(tmp_path)
    local = schedule.parameters(Path("corpus"), Path("out"), "frus")["frus_repo"]
    assert local == str((tmp_path / "frus").resolve())


def rerun(monkeypatch, frus_repo, fail_sync=False) -> list:
    """The calls ``annual_rerun`` makes, its sync and build replaced by recorders (the flow's
    plain function: no Prefect server is started)."""
    calls = []

    def sync_corpus(repo, corpus):
        calls.append(("sync", repo, corpus))
        if fail_sync:
            raise RuntimeError("no network")

    monkeypatch.setattr(schedule, "sync_corpus", sync_corpus)
    monkeypatch.setattr(schedule, "build_dataset",
                        lambda corpus, output: calls.append(("build", corpus, output)))
    try:
        schedule.annual_rerun.fn(Path("c"), Path("o"), frus_repo)
    except RuntimeError:
        calls.append("failed")
    return calls


def test_the_rerun_syncs_before_it_builds(monkeypatch):
    assert rerun(monkeypatch, "https://example.org/frus") == [
        ("sync", "https://example.org/frus", Path("c")), ("build", Path("c"), Path("o"))]
    assert rerun(monkeypatch, None) == [("build", Path("c"), Path("o"))]


def test_a_failed_sync_stops_the_rerun_before_the_build(monkeypatch):
    assert rerun(monkeypatch, "https://example.org/frus", fail_sync=True) == [
        ("sync", "https://example.org/frus", Path("c")), "failed"]


def test_schedule_command_passes_the_frus_repository_on(monkeypatch, capsys):
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:9/api")
    served = []
    monkeypatch.setattr(schedule, "serve", lambda *args: served.append(args))
    url = "https://example.org/frus"
    assert main(["schedule", "--corpus", "c", "--output", "o", "--frus-repo", url]) == 0
    assert served == [(Path("c"), Path("o"), url)]
    assert "'annual-rerun/annual-disclosures'" in capsys.readouterr().out


def test_the_build_summary_names_the_corpus_once(capsys):
    from types import SimpleNamespace

    from pipelines.__main__ import print_summary

    result = SimpleNamespace(status="published", version="1.0.0", bump="initial", path="out/1.0.0")
    summary = SimpleNamespace(result=result, files=7, corpus="corpus", documents=7, rejects=[],
                              extracted=7, cached=0, rows={"statements": 3},
                              seconds={"read and extract": 1.0})
    print_summary(summary, 2.0)
    out = capsys.readouterr().out
    assert out.startswith("read 7 files of the corpus folder corpus/ (7 documents, 0 rejected)\n")
    assert "corpus: corpus" not in out


def test_the_cli_quiets_the_temporary_server_but_keeps_the_callers_settings(monkeypatch):
    # the build's own temporary server runs no background services; a caller's choice stands
    for key in QUIET_PREFECT:
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("PREFECT_SERVER_SERVICES_SCHEDULER_ENABLED", "true")
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    main(["schedule", "--corpus", "corpus"])  # fails for want of a server, after the defaults
    assert os.environ["PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_ENABLED"] == "false"
    assert os.environ["PREFECT_SERVER_SERVICES_EVENT_PERSISTER_ENABLED"] == "false"
    assert os.environ["PREFECT_SERVER_SERVICES_SCHEDULER_ENABLED"] == "true"
