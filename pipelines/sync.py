"""Sync the FRUS corpus from its source repository: ``python -m pipelines sync``.

The Office of the Historian publishes FRUS as a git repository of TEI volumes
(``volumes/<volume-id>.xml``).  ``sync(repo, corpus)`` brings a checkout of it up to date and
lays its volumes into the corpus folder, flat, one file per volume, so a build of that folder
sees new and changed volumes, and only those are parsed and extracted.

Contract:

- The checkout is a shallow clone (``--depth 1``) in a folder of its own, by default beside the
  corpus (``corpus-frus.git-checkout/``), never inside it: the build turns every file under a
  corpus into a document or a reject.  Later syncs fetch the remote's head and reset to it.
- A volume is written only when its bytes differ from the corpus file's, atomically (temporary
  file, then ``os.replace``), so unchanged volumes keep their files and a build never reads a
  half-written one.  A volume the repository no longer has is removed, but only if an earlier
  sync wrote it: the names are kept beside the corpus (``corpus-frus.sync.json``), and the
  user's own files in the folder are never removed.  A user's file named like a volume is
  replaced by the volume (and from then on belongs to the sync).
- A missing ``git``, a failed clone or fetch, a repository without volumes, or a checkout folder
  that is something else raise ``SyncError`` with the reason, before the corpus is touched.
- The result is a ``SyncSummary``: the commit, and the volumes added, changed, unchanged and
  removed.
"""

from __future__ import annotations

import filecmp
import json
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from pipelines.settings import (
    CHECKOUT_SUFFIX,
    FRUS_VOLUMES,
    GIT_TIMEOUT_SECONDS,
    SYNC_MANIFEST_SUFFIX,
)

# variables that point git at another repository than the one it is run in (a git hook sets
# them): with them, ``reset --hard`` in the checkout could reset some other working tree
_GIT_LOCATORS = ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY",
                 "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_COMMON_DIR", "GIT_NAMESPACE")


class SyncError(Exception):
    """The sync could not be done; the message says why.  The corpus is as it was."""


@dataclass(frozen=True)
class SyncSummary:
    repo: str
    commit: str
    corpus: Path
    added: tuple[str, ...]
    changed: tuple[str, ...]
    unchanged: tuple[str, ...]
    removed: tuple[str, ...]

    def line(self) -> str:
        return (f"synced {self.repo} at {self.commit[:12]} into {self.corpus}: "
                f"{len(self.added)} added, {len(self.changed)} changed, "
                f"{len(self.unchanged)} unchanged, {len(self.removed)} removed")


def sync(repo: str, corpus: Path, checkout: Path | None = None) -> SyncSummary:
    """Update the checkout of ``repo`` (a URL or a local path) and lay its volumes into
    ``corpus``."""
    folder = Path(corpus).absolute()
    checkout = Path(checkout).absolute() if checkout else default_checkout(folder)
    _check_places(folder, checkout)
    managed = _read_manifest(manifest_path(folder))
    commit = update_checkout(repo, checkout)
    volumes = volume_files(checkout, repo)
    added, changed, unchanged, removed = lay_volumes(volumes, folder, managed, repo, commit)
    return SyncSummary(repo, commit, Path(corpus), added, changed, unchanged, removed)


def default_checkout(corpus: Path) -> Path:
    corpus = Path(corpus).absolute()
    return corpus.with_name(corpus.name + CHECKOUT_SUFFIX)


def manifest_path(corpus: Path) -> Path:
    corpus = Path(corpus).absolute()
    return corpus.with_name(corpus.name + SYNC_MANIFEST_SUFFIX)


def absolute(repo: str) -> str:
    """A local repository as an absolute path (a run elsewhere finds it); a URL unchanged."""
    path = Path(repo).expanduser()
    return str(path.resolve()) if path.exists() else repo


def _check_places(corpus: Path, checkout: Path) -> None:
    if corpus.exists() and not corpus.is_dir():
        raise SyncError(f"{corpus} is not a folder")
    a, b = corpus.resolve(), checkout.resolve()
    # a checkout in the corpus would be read as corpus files; a corpus in the checkout would be
    # wiped by the reset that brings the checkout up to date
    if a == b or a in b.parents or b in a.parents:
        raise SyncError(f"the checkout {checkout} and the corpus {corpus} must be apart "
                        "(neither inside the other)")


def _git(*args: str, cwd: Path | None = None) -> str:
    env = {k: v for k, v in os.environ.items() if k not in _GIT_LOCATORS}
    env["GIT_TERMINAL_PROMPT"] = "0"  # a wrong URL fails instead of asking for a password
    try:
        done = subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True,
                              errors="replace", timeout=GIT_TIMEOUT_SECONDS, check=False)
    except FileNotFoundError:
        raise SyncError("git not found: install git to sync the corpus") from None
    except subprocess.TimeoutExpired:
        raise SyncError(f"git {args[0]} took over {GIT_TIMEOUT_SECONDS} s: stopped") from None
    if done.returncode:
        said = done.stderr.strip().splitlines()[-3:] or [f"exit code {done.returncode}"]
        raise SyncError(f"git {args[0]} failed: " + " / ".join(said))
    return done.stdout.strip()


def _url(repo: str) -> str:
    # a local path as a file:// URL: git ignores --depth for plain local paths
    path = Path(repo).expanduser()
    return path.resolve().as_uri() if path.exists() else repo


def update_checkout(repo: str, checkout: Path) -> str:
    """Clone ``repo`` into ``checkout``, or bring an earlier clone to the remote's head; the
    commit checked out."""
    url = _url(repo)
    if (checkout / ".git").exists():
        top = _git("rev-parse", "--show-toplevel", cwd=checkout)
        if Path(top).resolve() != checkout.resolve():
            raise SyncError(f"{checkout} is not the top of a git checkout")
        _git("remote", "set-url", "origin", url, cwd=checkout)
        _git("fetch", "--quiet", "--depth", "1", "origin", "HEAD", cwd=checkout)
        _git("reset", "--quiet", "--hard", "FETCH_HEAD", cwd=checkout)
        _git("clean", "-q", "-ffdx", cwd=checkout)  # nothing but the commit's files is laid
    elif checkout.exists() and (not checkout.is_dir() or any(checkout.iterdir())):
        raise SyncError(f"{checkout} exists and is not a git checkout: remove it or give "
                        "another --checkout")
    else:
        checkout.parent.mkdir(parents=True, exist_ok=True)
        _git("clone", "--quiet", "--depth", "1", "--no-tags", url, str(checkout))
    return _git("rev-parse", "HEAD", cwd=checkout)


def volume_files(checkout: Path, repo: str = "") -> dict[str, Path]:
    """File name -> path of each volume in the checkout (regular files only: a link could
    point anywhere on this machine)."""
    folder = checkout / FRUS_VOLUMES
    if not folder.is_dir():
        raise SyncError(f"{repo or checkout} has no {FRUS_VOLUMES}/ folder: not the FRUS "
                        "repository?")
    found = {p.name: p for p in sorted(folder.glob("*.xml"))
             if _plain_name(p.name) and p.is_file() and not p.is_symlink()}
    if not found:
        # an empty volumes/ would otherwise remove every volume from the corpus
        raise SyncError(f"{repo or checkout} has no volumes in {FRUS_VOLUMES}/")
    return found


def _plain_name(name: str) -> bool:
    # dotfiles are left out: the temporary files of a write start with a dot
    return bool(name) and name == Path(name).name and not name.startswith(".")


def lay_volumes(volumes: dict[str, Path], corpus: Path, managed: set[str], repo: str = "",
                commit: str = "") -> tuple[tuple[str, ...], ...]:
    """Copy new and changed volumes into ``corpus``, remove the ``managed`` files the
    repository no longer has; (added, changed, unchanged, removed) names."""
    corpus.mkdir(parents=True, exist_ok=True)
    manifest = manifest_path(corpus)
    # the names are recorded before any is written, so a sync stopped half-way still knows
    # which files are its own
    _write_manifest(manifest, managed | set(volumes), repo, commit)
    added, changed, unchanged = [], [], []
    for name, source in sorted(volumes.items()):
        target = corpus / name
        if not target.exists() and not target.is_symlink():
            added.append(name)
        elif target.is_file() and not target.is_symlink() and _same(source, target):
            unchanged.append(name)
            continue
        else:
            changed.append(name)
        _copy_atomic(source, target)
    removed = []
    for name in sorted(managed - set(volumes)):
        target = corpus / name
        if target.is_file() or target.is_symlink():
            target.unlink()
            removed.append(name)
    _write_manifest(manifest, set(volumes), repo, commit)
    return tuple(added), tuple(changed), tuple(unchanged), tuple(removed)


def _same(a: Path, b: Path) -> bool:
    return filecmp.cmp(a, b, shallow=False)  # sizes first, then the bytes in chunks


def _copy_atomic(source: Path, target: Path) -> None:
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
            shutil.copyfileobj(src, out)
        shutil.copymode(source, tmp)  # the checkout's mode, not mkstemp's owner-only one
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _read_manifest(path: Path) -> set[str]:
    if not path.exists():
        return set()
    try:
        names = json.loads(path.read_text(encoding="utf-8"))["files"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise SyncError(f"{path} is unreadable ({exc}): remove it to start again (the files "
                        "synced before are then kept as if they were yours)") from None
    # a name with a folder in it is not one a sync wrote: never remove it
    return {n for n in names if isinstance(n, str) and _plain_name(n)}


def _write_manifest(path: Path, names: set[str], repo: str, commit: str) -> None:
    state = {"repo": repo, "commit": commit, "files": sorted(names)}
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(state, out, indent=1)
            out.write("\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
