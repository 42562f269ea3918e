"""The keys that decide what a rerun may reuse: code versions, a document's cache key, a build's
inputs key.

Contract: a key changes whenever the code that made what it keys changes, wherever that code
lives.  ``code_version()`` hashes ``EXTRACTOR_VERSION`` and every source file that extraction
imports (followed through the imports, read statically, from ``pipelines.extract`` and
``pipelines.document``); ``reader_version()`` adds the files the readers import;
``release_code()`` hashes every source file of ``pipelines`` and ``schemas``, in every
subfolder.  So moving a module into another folder, or editing a helper a reader or an
extractor imports, can never leave a rerun serving stale entries.  Sources are hashed, not
imported: a rerun that finds nothing new never loads pandas or pandera.  ``unchanged_since_latest``
compares a build's inputs key with the latest version's.  ``base`` (the folder
holding ``pipelines/`` and ``schemas/``) is there for tests that edit a copy of the tree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from pipelines.document import Document, Reject
from pipelines.extract import EXTRACTOR_VERSION
from pipelines.ids import SEP, sha256_hex
from pipelines.publish.store import PublishResult, read_history

PACKAGES = ("pipelines", "schemas")
SOURCE_ROOT = Path(__file__).resolve().parents[2]
EXTRACTION_MODULES = ("pipelines.extract", "pipelines.document")
READER_MODULES = ("pipelines.readers",)


@cache
def code_version(base: Path = SOURCE_ROOT) -> str:
    """EXTRACTOR_VERSION and a hash of the sources that shape an Extraction."""
    return f"{EXTRACTOR_VERSION}{SEP}{source_digest(imported_files(EXTRACTION_MODULES, base), base)}"


@cache
def reader_version(base: Path = SOURCE_ROOT) -> str:
    """The code version and a hash of the reader sources: what a file's documents depend on."""
    readers = source_digest(imported_files(READER_MODULES, base), base)
    return sha256_hex(code_version(base) + SEP + readers)


@cache
def release_code(base: Path = SOURCE_ROOT) -> str:
    """A hash of every source of ``pipelines`` and ``schemas`` (the code that turns
    extractions into a version): any change makes the next build assemble and compare its
    tables again."""
    files = sorted(p for package in PACKAGES for p in (base / package).rglob("*.py"))
    return source_digest(files, base)


def cache_key(doc: Document) -> str:
    # repr of a frozen dataclass of str/int/bool/None/tuples is stable across runs
    return sha256_hex(f"{code_version()}{SEP}{doc!r}")


def inputs_key(keys: list[str], rejects: list[Reject], registry: tuple) -> str:
    """Everything a build's tables depend on: each document with the code version (its cache
    key), the rejects, the registry, and the code that makes tables of them."""
    parts = [code_version(), release_code(), repr(registry)]
    parts += sorted(keys)
    parts += sorted(f"{r.source_path}\x1f{r.reason}\x1f{r.stage}" for r in rejects)
    return sha256_hex("\n".join(parts))


def unchanged_since_latest(output: Path, key: str
                           ) -> tuple[PublishResult, dict[str, int]] | None:
    """The latest version and its rows per table, when it was built from exactly these
    inputs (``inputs_key``): nothing to do."""
    history = read_history(output)
    if not history or history[-1].get("build", {}).get("inputs") != key:
        return None
    latest = history[-1]
    result = PublishResult("up-to-date", latest["version"], output / latest["version"], None,
                           latest["fingerprint"])
    return result, dict(latest["tables"])


# --- following the imports ------------------------------------------------------------------


def source_digest(files: Iterable[Path], base: Path) -> str:
    """One hash of the files' paths (relative to ``base``) and bytes."""
    parts = []
    for path in sorted(files):
        parts.append(path.relative_to(base).as_posix().encode() + b"\0" + path.read_bytes())
    return sha256_hex(b"\0\0".join(parts))


def imported_files(modules: Iterable[str], base: Path) -> list[Path]:
    """The source files of ``modules`` and of every module of ours they import, directly or
    not (with the packages that hold them, whose ``__init__`` runs on import)."""
    seen: dict[str, Path] = {}
    todo = [name for module in modules for name in _with_parents(module)]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        path = module_file(name, base)
        if path is None:
            continue  # a name imported from a module, not a module
        seen[name] = path
        todo += [n for found in module_imports(path, name) for n in _with_parents(found)]
    return sorted(seen.values())


def module_file(name: str, base: Path) -> Path | None:
    folder = base.joinpath(*name.split("."))
    for path in (folder / "__init__.py", folder.with_suffix(".py")):
        if path.is_file():
            return path
    return None


def _with_parents(name: str) -> list[str]:
    parts = name.split(".")
    return [".".join(parts[:i]) for i in range(1, len(parts) + 1)]


def module_imports(path: Path, name: str) -> set[str]:
    """Our modules that ``path`` (module ``name``) names in an import, anywhere in it (a
    module imported inside a function counts too); ``from a import b`` gives ``a`` and
    ``a.b``, since ``b`` may be a module.  Read with patterns, not ``ast``: CPython 3.11's
    parser fails now and then when another thread compiles at the same time ("AST
    constructor recursion depth mismatch"), and a lock cannot cover the imports and
    dataclasses that Prefect's and the build's threads compile.  An import named in a
    docstring may count too: that only adds a file to the digest."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    source = path.read_text(encoding="utf-8")
    found: set[str] = set()
    for m in _IMPORT.finditer(source):
        found.update(part.split()[0] for part in m.group(1).split(",") if part.strip())
    for m in _FROM_IMPORT.finditer(source):
        origin = _absolute(len(m.group("dots")), m.group("module"), package)
        found.add(origin)
        names = re.sub(r"#[^\n]*", "", m.group("names")).strip("() \t\n\\")
        found.update(f"{origin}.{n.split()[0]}" for n in names.split(",") if n.strip())
    return {f for f in found if f.split(".")[0] in PACKAGES}


_IMPORT = re.compile(r"^[ \t]*import[ \t]+([\w.]+(?:[ \t]+as[ \t]+\w+)?"
                     r"(?:[ \t]*,[ \t]*[\w.]+(?:[ \t]+as[ \t]+\w+)?)*)", re.MULTILINE)
_FROM_IMPORT = re.compile(r"^[ \t]*from[ \t]+(?P<dots>\.*)(?P<module>[\w.]*)[ \t]+import[ \t]+"
                          r"(?P<names>\([^)]*\)|[^\n]+)", re.MULTILINE)


def _absolute(level: int, module: str, package: str) -> str:
    if not level:
        return module
    parts = package.split(".")
    head = ".".join(parts[: len(parts) - level + 1])
    return f"{head}.{module}" if module else head
