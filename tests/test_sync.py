"""Syncing the FRUS corpus from a git repository the tests make themselves (no network)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipelines import settings
from pipelines.__main__ import main
from pipelines.readers import discover
from pipelines.sync import SyncError, default_checkout, manifest_path, sync

# the same commands on a clean CI machine: no user identity, no signing, no hooks of ours
GIT_CONFIG = ("-c", "user.name=Test", "-c", "user.email=test@example.org",
              "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main")


def volume(volume_id: str, title: str) -> str:
    return (f'<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="{volume_id}"><teiHeader>'
            f"<fileDesc><titleStmt><title>{title}</title></titleStmt></fileDesc></teiHeader>"
            f'<text><body><div type="document" xml:id="d1"><head>{title}</head>'
            "<p>The Ambassador said that talks would resume.</p></div></body></text></TEI>\n")


def git(repo: Path, *args: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    done = subprocess.run(["git", *GIT_CONFIG, *args], cwd=repo, env=env, check=True,
                          capture_output=True, text=True)
    return done.stdout.strip()


def commit(repo: Path, files: dict[str, str | None], message: str = "volumes") -> None:
    """Write (or, for None, delete) the files and commit them."""
    for name, text in files.items():
        path = repo / name
        if text is None:
            path.unlink()
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)


V1, V2, V3, V4 = (f"frus1969-76v0{i}.xml" for i in range(1, 5))


@pytest.fixture
def upstream(tmp_path) -> Path:
    repo = tmp_path / "frus"
    repo.mkdir()
    git(repo, "init", "-q")
    commit(repo, {"README.md": "FRUS volumes\n",  # not a volume: never laid into the corpus
                  f"volumes/{V1}": volume("frus1969-76v01", "One"),
                  f"volumes/{V2}": volume("frus1969-76v02", "Two"),
                  f"volumes/{V3}": volume("frus1969-76v03", "Three")})
    return repo


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_first_sync_lays_every_volume_flat_and_the_build_takes_them_all(upstream, tmp_path):
    corpus = tmp_path / "corpus-frus"
    summary = sync(str(upstream), corpus)
    assert names(corpus) == [V1, V2, V3]
    assert (corpus / V2).read_bytes() == (upstream / "volumes" / V2).read_bytes()
    assert (summary.added, summary.changed, summary.unchanged, summary.removed) == (
        (V1, V2, V3), (), (), ())
    assert summary.commit == git(upstream, "rev-parse", "HEAD")
    assert summary.line().startswith(f"synced {upstream} at {summary.commit[:12]} into {corpus}")
    # the checkout and the state are beside the corpus, so the build rejects nothing
    checkout = default_checkout(corpus)
    assert checkout == tmp_path / "corpus-frus.git-checkout"
    assert git(checkout, "rev-parse", "--is-shallow-repository") == "true"
    assert json.loads(manifest_path(corpus).read_text())["files"] == [V1, V2, V3]
    take, rejects = discover(corpus)
    assert ([p.name for p in take], rejects) == ([V1, V2, V3], [])


def test_resync_writes_only_what_changed_and_removes_only_its_own_files(upstream, tmp_path):
    corpus = tmp_path / "corpus-frus"
    sync(str(upstream), corpus)
    (corpus / "my-notes.txt").write_text("mine\n")
    (corpus / "frus-mine.xml").write_text(volume("frus-mine", "Mine"))
    old = 1_000_000_000  # an mtime no write of today would give
    for name in names(corpus):
        os.utime(corpus / name, (old, old))
    commit(upstream, {f"volumes/{V1}": volume("frus1969-76v01", "One, revised"),
                      f"volumes/{V4}": volume("frus1969-76v04", "Four"),
                      f"volumes/{V3}": None})

    summary = sync(str(upstream), corpus)
    assert (summary.added, summary.changed, summary.unchanged, summary.removed) == (
        (V4,), (V1,), (V2,), (V3,))
    assert names(corpus) == ["frus-mine.xml", V1, V2, V4, "my-notes.txt"]
    assert "One, revised" in (corpus / V1).read_text()
    assert (corpus / V2).stat().st_mtime == old  # unchanged: not written again
    assert (corpus / "my-notes.txt").stat().st_mtime == old
    assert (corpus / "frus-mine.xml").stat().st_mtime == old
    assert json.loads(manifest_path(corpus).read_text())["files"] == [V1, V2, V4]

    again = sync(str(upstream), corpus)
    assert (again.added, again.changed, again.unchanged, again.removed) == ((), (), (V1, V2, V4),
                                                                            ())


def test_a_rewritten_upstream_history_is_followed(upstream, tmp_path):
    corpus = tmp_path / "corpus-frus"
    sync(str(upstream), corpus)
    (upstream / "volumes" / V2).write_text(volume("frus1969-76v02", "Two, amended"))
    git(upstream, "commit", "-q", "-a", "--amend", "-m", "rewritten")
    summary = sync(str(upstream), corpus)
    assert summary.changed == (V2,) and summary.commit == git(upstream, "rev-parse", "HEAD")
    assert "Two, amended" in (corpus / V2).read_text()


def test_a_bad_repository_is_a_clear_error_and_the_corpus_is_untouched(tmp_path, capsys):
    corpus = tmp_path / "corpus-frus"
    with pytest.raises(SyncError, match="git clone failed"):
        sync(str(tmp_path / "no-such-repo"), corpus)
    assert not corpus.exists()
    assert main(["sync", "--frus-repo", str(tmp_path / "no-such-repo"),
                 "--into", str(corpus)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: sync failed: git clone failed") and "Traceback" not in err
    assert not corpus.exists()


def test_a_repository_without_volumes_leaves_the_corpus_as_it_was(upstream, tmp_path):
    corpus = tmp_path / "corpus-frus"
    sync(str(upstream), corpus)
    commit(upstream, {f"volumes/{name}": None for name in (V1, V2, V3)})
    with pytest.raises(SyncError, match="has no volumes/ folder"):
        sync(str(upstream), corpus)
    assert names(corpus) == [V1, V2, V3]  # an emptied repository never empties the corpus
    other = tmp_path / "other"
    other.mkdir()
    git(other, "init", "-q")
    commit(other, {"volumes/README": "no volumes yet\n"})
    with pytest.raises(SyncError, match="has no volumes in volumes/"):
        sync(str(other), tmp_path / "corpus-other")
    assert not (tmp_path / "corpus-other").exists()


def test_missing_git_is_a_clear_error(upstream, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    corpus = tmp_path / "corpus-frus"
    assert main(["sync", "--frus-repo", str(upstream), "--into", str(corpus)]) == 1
    assert "git not found" in capsys.readouterr().err
    assert not corpus.exists()


def test_the_checkout_is_kept_apart_from_the_corpus(upstream, tmp_path):
    corpus = tmp_path / "corpus-frus"
    with pytest.raises(SyncError, match="must be apart"):
        sync(str(upstream), corpus, checkout=corpus / "checkout")
    with pytest.raises(SyncError, match="must be apart"):
        sync(str(upstream), tmp_path / "co" / "corpus", checkout=tmp_path / "co")
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "keep.txt").write_text("someone's\n")
    with pytest.raises(SyncError, match="is not a git checkout"):
        sync(str(upstream), corpus, checkout=busy)
    assert names(busy) == ["keep.txt"] and not corpus.exists()


def test_the_command_prints_the_summary(upstream, tmp_path, capsys):
    corpus, checkout = tmp_path / "c", tmp_path / "elsewhere" / "frus"
    assert main(["sync", "--frus-repo", str(upstream), "--into", str(corpus),
                 "--checkout", str(checkout)]) == 0
    out = capsys.readouterr().out
    assert "3 added, 0 changed, 0 unchanged, 0 removed" in out
    assert f"  added    {V1}" in out
    assert (checkout / "volumes" / V1).is_file()


def test_sync_help_and_defaults():
    done = subprocess.run([sys.executable, "-m", "pipelines", "sync", "--help"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "--frus-repo" in done.stdout and "--into" in done.stdout
    assert settings.FRUS_REPO == "https://github.com/HistoryAtState/frus"
    assert settings.FRUS_CORPUS == Path("corpus-frus")
