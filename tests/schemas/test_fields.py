"""schemas.fields: each column several tables have is declared once; tables restate only the
attributes that depend on the table (description, example, key, nullability).

Two tables' columns of the same name are one column when their domain (type, allowed values,
pattern, minimum) is the same.  The few names reused for different columns are listed below with
the reason, and the list is checked too, so it cannot outlive the difference it records.
"""

from __future__ import annotations

import ast
import dataclasses
from collections import defaultdict
from pathlib import Path

import pytest

from schemas import fields, tables
from schemas.spec import FieldSpec

DOMAIN = ("name", "type", "enum", "pattern", "minimum")
PER_TABLE = ("description", "example", "unique", "nullable", "null_means")
SAME_NAME_OTHER_COLUMN = {
    "kind": "statements: direct/indirect; exchanges: meeting/call/exchange",
    "source_path": "documents: a path with a pattern; rejects: <path>#<key>, no pattern",
}
CONSTRUCTORS = {"FieldSpec", "id_field"}


def uses() -> dict[str, list[tuple[str, FieldSpec]]]:
    """Column name -> (table, field) for every table that has a column of that name."""
    by_name: dict[str, list[tuple[str, FieldSpec]]] = defaultdict(list)
    for table in tables.TABLES.values():
        for f in table.fields:
            by_name[f.name].append((table.name, f))
    return by_name


def shared_names() -> set[str]:
    return {name for name, used in uses().items() if len(used) > 1}


def declared() -> dict[str, list[FieldSpec]]:
    """Column name -> the FieldSpecs of that name that schemas.fields declares."""
    by_name: dict[str, list[FieldSpec]] = defaultdict(list)
    for value in vars(fields).values():
        if isinstance(value, FieldSpec):
            by_name[value.name].append(value)
    return by_name


def constructed_names(path: Path) -> set[str]:
    """Column names given literally to ``FieldSpec(...)`` or ``id_field(...)`` in one module."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (isinstance(node, ast.Call) and getattr(node.func, "id", None) in CONSTRUCTORS
                and node.args and isinstance(node.args[0], ast.Constant)):
            names.add(node.args[0].value)
    return names


def domain(f: FieldSpec) -> tuple:
    return tuple(getattr(f, a) for a in DOMAIN)


def as_base(f: FieldSpec, base: FieldSpec) -> FieldSpec:
    """``f`` with every attribute a table may restate taken back from ``base``."""
    return dataclasses.replace(f, **{a: getattr(base, a) for a in PER_TABLE})


def test_every_attribute_is_either_domain_or_per_table():
    # A new FieldSpec attribute must be classed, or the checks below would not look at it.
    names = [f.name for f in dataclasses.fields(FieldSpec)]
    assert sorted(names) == sorted(DOMAIN + PER_TABLE)
    assert not set(DOMAIN) & set(PER_TABLE)


def test_there_are_shared_columns_to_check():
    assert {"document_id", "char_start", "char_end", "text", "rule"} <= shared_names()


def test_each_shared_column_is_declared_exactly_once_in_fields():
    found = declared()
    for name in sorted(shared_names() - set(SAME_NAME_OTHER_COLUMN)):
        assert len(found[name]) == 1, f"{name}: declared {len(found[name])} times in fields"


def test_tables_restate_only_per_table_attributes_of_a_shared_column():
    found = declared()
    for name in sorted(shared_names() - set(SAME_NAME_OTHER_COLUMN)):
        base = found[name][0]
        for table, f in uses()[name]:
            assert as_base(f, base) == base, f"{table}.{name} differs from fields in its domain"


def test_a_table_restating_nothing_names_the_field_itself():
    # An equal copy means the column was declared again instead of named.
    found = declared()
    for name in sorted(shared_names() - set(SAME_NAME_OTHER_COLUMN)):
        base = found[name][0]
        for table, f in uses()[name]:
            assert f != base or f is base, f"{table}.{name} is a copy of fields' {name}"


def test_no_other_module_declares_a_shared_column():
    # A redeclaration with the same domain but its own wording passes the checks above; only
    # the source shows that the column was declared again rather than named.
    # Located from a module: with tests/ on sys.path, ``schemas`` itself may resolve to the
    # namespace package tests/schemas, which has no __file__.
    shared = shared_names() - set(SAME_NAME_OTHER_COLUMN)
    for path in Path(fields.__file__).parent.glob("*.py"):
        if path.name != "fields.py":
            assert not constructed_names(path) & shared, f"{path.name} declares a shared column"


def test_fields_declares_only_columns_several_tables_have():
    for name in declared():
        assert name in shared_names(), f"{name} is in one table only: declare it there"
        assert name not in SAME_NAME_OTHER_COLUMN, f"{name} is listed as different columns"


@pytest.mark.parametrize("name", sorted(SAME_NAME_OTHER_COLUMN))
def test_names_kept_apart_really_name_different_columns(name):
    used = uses()[name]
    assert len(used) > 1, f"{name} is in one table only"
    assert len({domain(f) for _, f in used}) > 1, f"{name} is one column: declare it in fields"


def declared_fields() -> list[FieldSpec]:
    return [f for fs in declared().values() for f in fs]


@pytest.mark.parametrize("base", declared_fields(), ids=lambda f: f.name)
def test_described_changes_only_the_description(base):
    other = base.described("Another description.")
    assert other.description == "Another description."
    assert dataclasses.replace(other, description=base.description) == base


RESTATE = [
    ("with_example", lambda f: f.with_example("x"), {"example": "x"}),
    ("as_key", lambda f: f.as_key(), {"unique": True}),
    ("optional", lambda f: f.optional("not known"), {"nullable": True, "null_means": "not known"}),
]


@pytest.mark.parametrize(("method", "restate", "expected"), RESTATE, ids=[r[0] for r in RESTATE])
def test_each_restating_method_changes_only_its_attributes(method, restate, expected):
    for base in declared_fields():
        other = restate(base)
        assert {a: getattr(other, a) for a in expected} == expected, method
        assert dataclasses.replace(other, **{a: getattr(base, a) for a in expected}) == base
