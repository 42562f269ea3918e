"""The folders are the stages, and each layer imports only from the layers below it: nothing
imports upward, and nothing imports in a circle (read statically, imports inside functions
included)."""

from __future__ import annotations

from pathlib import Path

from pipelines.build.keys import PACKAGES, module_file, module_imports

ROOT = Path(__file__).resolve().parents[1]

# lowest first; a module may import its own layer's modules and any lower layer's
LAYERS = [
    ("schemas",),
    ("pipelines", "pipelines.ids", "pipelines.settings", "pipelines.document",
     "pipelines.disclosures", "pipelines.sync"),
    ("pipelines.readers",),
    ("pipelines.extract",),
    ("pipelines.resolve",),
    ("pipelines.assemble",),
    ("pipelines.publish",),
    ("pipelines.audit",),  # reads a published version with the extractors' word lists
    ("pipelines.build",),
    ("pipelines.flows",),
    ("pipelines.schedule",),
    ("pipelines.__main__",),
]


def layer_of(module: str) -> int:
    """The layer of the longest prefix of ``module`` the table names."""
    best, found = -1, None
    for i, prefixes in enumerate(LAYERS):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best:
                best, found = len(prefix), i
    assert found is not None, f"{module} is in no layer: add it to LAYERS"
    return found


def modules() -> dict[str, Path]:
    out = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            out[name] = path
    return out


def graph() -> dict[str, set[str]]:
    """module -> the modules of ours it imports (names that are not modules dropped)."""
    return {name: {m for m in module_imports(path, name) if module_file(m, ROOT)} - {name}
            for name, path in modules().items()}


def upward(deps: dict[str, set[str]]) -> list[str]:
    return [f"{name} -> {dep}" for name, found in deps.items() for dep in sorted(found)
            if layer_of(dep) > layer_of(name)]


def test_nothing_imports_upward():
    assert upward(graph()) == []


def test_schemas_know_nothing_of_pipelines():
    assert [n for n, deps in graph().items() if n.startswith("schemas")
            and any(d.startswith("pipelines") for d in deps)] == []


def cycles(deps: dict[str, set[str]]) -> list[str]:
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    found = []

    def visit(name: str, path: list[str]) -> None:
        state[name] = 1
        for dep in sorted(deps.get(name, ())):
            if state.get(dep) == 1:
                found.append(" -> ".join([*path[path.index(dep):], dep]))
            elif dep not in state:
                visit(dep, [*path, dep])
        state[name] = 2

    for name in sorted(deps):
        if name not in state:
            visit(name, [name])
    return found


def test_nothing_imports_in_a_circle():
    assert cycles(graph()) == []


def test_the_checks_catch_what_they_look_for():
    assert upward({"pipelines.extract.dates": {"pipelines.publish.store", "pipelines.ids"},
                   "pipelines.build.keys": {"pipelines.publish.store"}}) == [
        "pipelines.extract.dates -> pipelines.publish.store"]
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == ["a -> b -> c -> a"]
