"""Frictionless Data Package descriptor for one published version, generated from the specs.

Contract: ``datapackage(version, files)`` depends only on its arguments and ``schemas.tables``:
no timestamps, so the same tables at the same version give the same bytes
(``datapackage_json`` dumps with ``sort_keys=True, indent=2``).  ``files`` maps each published
file name (``<table>.parquet``, ``<table>.csv``) to ``{"bytes": int, "sha256": hex}``.

Each table has two resources: ``<table>`` (the Parquet file) and ``<table>-csv`` (the CSV file,
UTF-8, header row, empty cell for null, booleans ``True``/``False``, list columns as JSON arrays
such as ``["a", "b"]``).
Foreign keys of a resource point at the resource of the same format.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from schemas.spec import LOGICAL_TYPES, FieldSpec, TableSpec
from schemas.tables import SCHEMA_VERSION, TABLES

PACKAGE_NAME = "diplomatic-statements"
PACKAGE_TITLE = "Diplomatic statements: who said what to whom, and when"
PACKAGE_DESCRIPTION = (
    "Statements, people and dates extracted from reports on declassified diplomatic records."
)
LICENSES = [
    {
        "name": "ODC-BY-1.0",
        "path": "https://opendatacommons.org/licenses/by/1-0/",
        "title": "Open Data Commons Attribution License 1.0",
    }
]
FORMATS = {
    "parquet": {"format": "parquet", "mediatype": "application/vnd.apache.parquet"},
    "csv": {"format": "csv", "mediatype": "text/csv", "encoding": "utf-8"},
}


def resource_name(table: str, fmt: str) -> str:
    return table if fmt == "parquet" else f"{table}-{fmt}"


def field_descriptor(f: FieldSpec, fmt: str = "parquet") -> dict:
    constraints: dict = {"required": not f.nullable}
    if f.unique:
        constraints["unique"] = True
    if f.enum is not None:
        constraints["enum"] = list(f.enum)
    if f.pattern is not None:
        constraints["pattern"] = f.pattern
    if f.minimum is not None:
        constraints["minimum"] = f.minimum
    out = {
        "name": f.name,
        "type": LOGICAL_TYPES[f.type][2],
        "description": f.description,
        "constraints": constraints,
    }
    if f.example is not None:
        out["example"] = f.example
    if fmt == "csv" and f.type == "bool":
        out |= {"trueValues": ["True"], "falseValues": ["False"]}  # as pandas writes them
    return out


def table_schema(spec: TableSpec, fmt: str = "parquet") -> dict:
    """Frictionless Table Schema of one table."""
    return {
        "fields": [field_descriptor(f, fmt) for f in spec.fields],
        "missingValues": [""],
        "primaryKey": list(spec.primary_key),
        "foreignKeys": [
            {
                "fields": [fk.column],
                "reference": {"resource": resource_name(fk.table, fmt), "fields": [fk.ref_column]},
            }
            for fk in spec.foreign_keys
        ],
    }


def resource(spec: TableSpec, fmt: str, files: Mapping[str, Mapping]) -> dict:
    path = f"{spec.name}.{fmt}"
    info = files[path]
    return {
        "name": resource_name(spec.name, fmt),
        "path": path,
        "profile": "tabular-data-resource",
        "description": spec.description,
        **FORMATS[fmt],
        "bytes": int(info["bytes"]),
        "hash": f"sha256:{info['sha256']}",
        "schema": table_schema(spec, fmt),
    }


def datapackage(version: str, files: Mapping[str, Mapping]) -> dict:
    """The descriptor: one Parquet and one CSV resource per table, in spec order."""
    return {
        "profile": "data-package",
        "name": PACKAGE_NAME,
        "title": PACKAGE_TITLE,
        "description": PACKAGE_DESCRIPTION,
        "version": version,
        "schema_version": SCHEMA_VERSION,
        "licenses": LICENSES,
        "resources": [
            resource(spec, fmt, files) for spec in TABLES.values() for fmt in FORMATS
        ],
    }


def datapackage_json(version: str, files: Mapping[str, Mapping]) -> str:
    return json.dumps(datapackage(version, files), sort_keys=True, indent=2) + "\n"
