"""The vocabulary of the table specs: logical types and the frozen spec classes.

Contract: this module declares no column and no table.  ``FieldSpec.type`` is a key of
``LOGICAL_TYPES``.  A ``FieldSpec`` splits into its *domain* (name, type, allowed values,
pattern, minimum), which is the same in every table that has the column, and what a table may
restate for itself: description, example, whether it is unique there (``as_key``) and whether
it may be null there (``optional``).  Each restating method returns a new spec and changes
only the attributes it names, so a table can reuse a column of ``schemas.fields`` without
redeclaring its domain.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

import pandas as pd
import pyarrow

# Logical types -> (pyarrow type, pandas dtype used after validation, Frictionless type).
LOGICAL_TYPES: dict[str, tuple[pyarrow.DataType, object, str]] = {
    "string": (pyarrow.string(), pd.ArrowDtype(pyarrow.string()), "string"),
    "int64": (pyarrow.int64(), pd.Int64Dtype(), "integer"),
    "bool": (pyarrow.bool_(), pd.BooleanDtype(), "boolean"),
    "list<string>": (
        pyarrow.list_(pyarrow.string()),
        pd.ArrowDtype(pyarrow.list_(pyarrow.string())),
        "array",
    ),
}


@dataclass(frozen=True)
class FieldSpec:
    """One column: its logical type (a key of ``LOGICAL_TYPES``) and its constraints."""

    name: str
    type: str
    description: str
    nullable: bool = False
    unique: bool = False
    enum: tuple[str, ...] | None = None
    pattern: str | None = None
    minimum: int | None = None
    example: object = None
    null_means: str | None = None  # required when nullable

    def described(self, description: str) -> FieldSpec:
        """The same column, described as one table uses it."""
        return replace(self, description=description)

    def with_example(self, example: object) -> FieldSpec:
        """The same column with an example that fits one table's rows."""
        return replace(self, example=example)

    def as_key(self) -> FieldSpec:
        """The same column as its own table's key: unique there, not where it is referred to."""
        return replace(self, unique=True)

    def optional(self, null_means: str) -> FieldSpec:
        """The same column, allowed to be null in one table, and what a null means there."""
        return replace(self, nullable=True, null_means=null_means)


@dataclass(frozen=True)
class ForeignKey:
    column: str
    table: str
    ref_column: str


@dataclass(frozen=True)
class RowCheck:
    """A named check over several columns of one row; ``fn(df)`` returns a boolean row mask."""

    name: str
    description: str
    columns: tuple[str, ...]
    fn: Callable[[pd.DataFrame], pd.Series] = field(compare=False, repr=False)


@dataclass(frozen=True)
class TableSpec:
    name: str
    description: str
    fields: tuple[FieldSpec, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...] = ()
    row_checks: tuple[RowCheck, ...] = ()
    text_span: bool = False  # documents.text[char_start:char_end] == text (see span_schema)

    @property
    def columns(self) -> list[str]:
        return [f.name for f in self.fields]

    def field(self, name: str) -> FieldSpec:
        return next(f for f in self.fields if f.name == name)
