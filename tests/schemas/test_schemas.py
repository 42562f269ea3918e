"""schemas.tables + pipelines.assemble.validate: good tables pass; each kind of bad row fails for its reason.

Every bad case breaks exactly one thing, so the set of failing checks must be exactly the
expected one (no double reports), and the report must name the failing row's ID.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest
from tables_fixture import DOC_A, ZHOU, good_tables

from pipelines.assemble.validate import LOCATED_COLUMNS, ValidationFailed, validate_tables
from schemas.datapackage import datapackage
from schemas.dictionary import data_dictionary_markdown
from schemas.tables import TABLES, arrow_schema

ORPHAN = "ffffffffffffffff"


def failures_of(tables: dict[str, pd.DataFrame]) -> ValidationFailed:
    with pytest.raises(ValidationFailed) as info:
        validate_tables(tables)
    return info.value


def test_good_tables_pass_and_are_coerced():
    out = validate_tables(good_tables())
    assert set(out) == set(TABLES)
    for name, df in out.items():
        assert list(df.columns) == TABLES[name].columns
    assert out["statements"]["char_start"].dtype == pd.Int64Dtype()
    assert out["documents"]["is_sample"].dtype == pd.BooleanDtype()
    assert out["people"]["aliases"].tolist()[1] == []


def test_column_order_is_not_required():
    tables = good_tables()
    tables["people"] = tables["people"][list(reversed(TABLES["people"].columns))]
    assert list(validate_tables(tables)["people"].columns) == TABLES["people"].columns


def _set(table: str, row: int, column: str, value: object):
    def mutate(tables: dict[str, pd.DataFrame]) -> str:
        df = tables[table]
        df[column] = df[column].astype(object)
        df.at[row, column] = value
        return str(df.iloc[row][TABLES[table].primary_key[0]])

    return mutate


def _duplicate_statement_id(tables: dict[str, pd.DataFrame]) -> str:
    df = tables["statements"]
    df.loc[1, "statement_id"] = df.loc[0, "statement_id"]
    return df.loc[0, "statement_id"]


BAD_CASES = {
    "duplicate id": ("statements", "field_uniqueness", _duplicate_statement_id),
    "bad kind": ("statements", "isin", _set("statements", 0, "kind", "quoted")),
    "bad date pattern": ("statements", "pattern", _set("statements", 0, "said_on", "1972-2-21")),
    "impossible month": ("documents", "pattern", _set("documents", 1, "published_on", "1969-13")),
    "bad id pattern": ("people", "pattern", _set("people", 0, "country", "China")),
    "precision vs value": (
        "date_mentions", "precision_matches_value", _set("date_mentions", 1, "precision", "day")
    ),
    "bad modifier": ("date_mentions", "isin", _set("date_mentions", 1, "modifier", "circa")),
    "null name": ("people", "not_nullable", _set("people", 0, "name", None)),
    "offset text mismatch": (
        "statements", "span_matches_text", _set("statements", 1, "text", "the border is closed")
    ),
    "offset outside text": (
        "date_mentions", "span_inside_text", _set("date_mentions", 0, "char_end", 999)
    ),
    "start after end": ("person_mentions", "span_order", _set("person_mentions", 1, "char_end", 1)),
    "negative start": ("person_mentions", "ge", _set("person_mentions", 1, "char_start", -1)),
    "orphan document_id": (
        "date_mentions", "foreign_key:document_id", _set("date_mentions", 0, "document_id", ORPHAN)
    ),
    "orphan person_id": (
        "person_mentions", "foreign_key:person_id", _set("person_mentions", 0, "person_id", ORPHAN)
    ),
    "orphan speaker_id": (
        "statements", "foreign_key:speaker_id", _set("statements", 0, "speaker_id", ORPHAN)
    ),
    "bad stage": ("rejects", "isin", _set("rejects", 0, "stage", "publish")),
}


@pytest.mark.parametrize("case", BAD_CASES)
def test_bad_rows_are_rejected_for_their_reason(case):
    table, check, mutate = BAD_CASES[case]
    tables = good_tables()
    row_id = mutate(tables)
    failed = failures_of(tables)
    f = failed.failures
    assert list(f.columns) == LOCATED_COLUMNS
    assert set(f["table"]) == {table}
    assert {c.split("(")[0].split(":")[0] for c in f["check"]} == {check.split(":")[0]}
    assert all(c.startswith(check) for c in f["check"]), f["check"].tolist()
    assert row_id in set(f["row_id"])
    if "document_id" in tables[table].columns:  # the report names the failing row's file
        files = dict(zip(tables["documents"]["document_id"], tables["documents"]["source_path"]))
        assert [files.get(d, d) for d in f["document_id"]] == f["document"].tolist()
    report = failed.report()
    assert f"## {table}" in report and row_id in report


def test_orphan_keys_are_reported_once_each_with_the_key():
    tables = good_tables()
    tables["statements"].loc[:, "speaker_id"] = [ORPHAN, None]  # None: not a person, allowed
    f = failures_of(tables).failures
    assert f["failure_case"].tolist() == [ORPHAN]
    assert f["column"].tolist() == ["speaker_id"]


def test_lazy_validation_gathers_every_failure():
    tables = good_tables()
    for _, _, mutate in (BAD_CASES["bad kind"], BAD_CASES["orphan person_id"],
                         BAD_CASES["precision vs value"], BAD_CASES["bad stage"]):
        mutate(tables)
    f = failures_of(tables).failures
    assert set(f["table"]) == {"statements", "person_mentions", "date_mentions", "rejects"}


def test_missing_table_and_column_are_reported():
    tables = good_tables()
    del tables["rejects"]
    tables["people"] = tables["people"].drop(columns="role")
    f = failures_of(tables).failures
    assert ("rejects", "table_present") in set(zip(f["table"], f["check"]))
    assert ("people", "column_in_dataframe", "role") in set(
        zip(f["table"], f["check"], f["failure_case"])
    )


def test_report_is_capped_per_check_with_a_count():
    tables = good_tables()
    people = tables["people"]
    many = pd.concat([people] * 15, ignore_index=True)  # 30 rows, 2 distinct ids
    many["country"] = "XXX"
    tables["people"] = many
    report = failures_of(tables).report(max_per_check=5)
    assert "`pattern:[A-Z]{2}` (30 failing)" in report
    assert "... and 25 more." in report
    assert ZHOU in report


def test_report_shows_row_check_values_plainly():
    tables = good_tables()
    BAD_CASES["start after end"][2](tables)
    report = failures_of(tables).report()
    assert "char_end=1" in report and "np.int64" not in report


# --- the specs and what is generated from them ----------------------------------------------


def test_specs_are_consistent():
    for name, spec in TABLES.items():
        columns = spec.columns
        assert len(set(columns)) == len(columns)
        assert set(spec.primary_key) <= set(columns)
        for fk in spec.foreign_keys:
            assert fk.column in columns and fk.ref_column in TABLES[fk.table].columns
        for f in spec.fields:
            assert (f.null_means is not None) == f.nullable, (name, f.name)
            assert f.example is not None, (name, f.name)


def test_arrow_schema_types_are_explicit():
    schema = arrow_schema("people")
    assert schema.field("person_id").type == pa.string()
    assert schema.field("aliases").type == pa.list_(pa.string())
    assert not schema.field("name").nullable and schema.field("role").nullable
    assert arrow_schema("statements").field("char_start").type == pa.int64()
    assert schema.metadata[b"table"] == b"people"


def test_datapackage_and_dictionary_cover_every_column():
    files = {
        f"{t}.{ext}": {"bytes": 1, "sha256": "0" * 64} for t in TABLES for ext in ("parquet", "csv")
    }
    package = datapackage("1.0.0", files)
    resources = {r["name"]: r for r in package["resources"]}
    assert set(resources) == set(TABLES) | {f"{t}-csv" for t in TABLES}
    statements = resources["statements"]["schema"]
    assert statements["primaryKey"] == ["statement_id"]
    assert {"fields": ["speaker_id"], "reference": {"resource": "people", "fields": ["person_id"]}
            } in statements["foreignKeys"]
    kind = next(f for f in statements["fields"] if f["name"] == "kind")
    assert kind["constraints"] == {"required": True, "enum": ["direct", "indirect"]}
    csv_fk = resources["statements-csv"]["schema"]["foreignKeys"][0]["reference"]["resource"]
    assert csv_fk == "documents-csv"
    text = data_dictionary_markdown()
    for name, spec in TABLES.items():
        assert f"## {name}" in text
        for column in spec.columns:
            assert f"| `{column}` |" in text
    assert "the speaker is not a person" in text
    assert DOC_A not in text  # generated from specs only


def test_unique_where_present_allows_many_nulls_but_not_repeats():
    tables = good_tables()
    assert tables["documents"]["source_key"].isna().all()  # two nulls: not duplicates
    validate_tables(tables)
    tables["documents"]["source_key"] = ["frus1969-76v01/d1", "frus1969-76v01/d1"]
    with pytest.raises(ValidationFailed) as err:
        validate_tables(tables)
    assert set(err.value.failures["check"]) == {"unique_where_present"}


def test_the_committed_data_dictionary_is_current():
    committed = Path(__file__).resolve().parents[2] / "docs" / "data_dictionary.md"
    assert committed.read_text(encoding="utf-8") == data_dictionary_markdown(), (
        "regenerate: python -c 'from schemas.dictionary import data_dictionary_markdown as d; "
        "open(\"docs/data_dictionary.md\", \"w\").write(d())'")
