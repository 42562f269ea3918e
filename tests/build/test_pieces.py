"""Tables written a piece of documents at a time: same content as whole tables, same checks."""

from __future__ import annotations

import pandas as pd
import pyarrow.parquet as pq
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from tables_fixture import DOC_A, DOC_B, good_tables

from pipelines.assemble.tables import DOCUMENT_TABLES, WHOLE_TABLES
from pipelines.assemble.validate import (
    PieceValidator,
    SeenValues,
    ValidationFailed,
    validate_tables,
)
from pipelines.publish import publish, staged_version
from pipelines.publish.files import sorted_frame
from schemas import tables as specs


def in_pieces(tables: dict[str, pd.DataFrame], groups: list[list[str]]):
    """The document tables cut into pieces, one per group of document IDs."""
    return [{name: tables[name][tables[name]["document_id"].isin(group)]
             for name in DOCUMENT_TABLES} for group in groups]


def test_pieces_publish_the_same_rows_and_csv_bytes_as_whole_tables(tmp_path):
    tables = good_tables()
    whole = publish(validate_tables(tables), tmp_path / "whole")
    with staged_version(tmp_path / "pieces") as release:
        validator = PieceValidator({name: tables[name] for name in WHOLE_TABLES})
        for name, frame in validator.whole.items():
            release.write(name, sorted_frame(name, frame))
        for piece in in_pieces(tables, [[doc] for doc in sorted([DOC_A, DOC_B])]):
            for name, frame in validator.piece(piece).items():
                release.write(name, sorted_frame(name, frame))
        validator.finish()
        result = release.publish()
    for name in specs.TABLES:
        csv = f"{name}.csv"
        assert (result.path / csv).read_bytes() == (whole.path / csv).read_bytes()
        assert pq.read_table(result.path / f"{name}.parquet").equals(
            pq.read_table(whole.path / f"{name}.parquet"))
    assert pq.ParquetFile(result.path / "statements.parquet").num_row_groups == 2


def test_a_failed_piece_publishes_nothing(tmp_path):
    tables = good_tables()
    tables["statements"].loc[1, "kind"] = "rumour"
    with pytest.raises(ValidationFailed), staged_version(tmp_path) as release:
        validator = PieceValidator({name: tables[name] for name in WHOLE_TABLES})
        for piece in in_pieces(tables, [[DOC_A], [DOC_B]]):
            validator.piece(piece)
        validator.finish()
        release.publish()
    assert not any(tmp_path.iterdir()) or [p.name for p in tmp_path.iterdir()] == [".lock"]


def test_a_key_seen_in_an_earlier_piece_fails_with_its_row_in_the_whole_table():
    tables = good_tables()
    first, second = in_pieces(tables, [[DOC_A], [DOC_B]])
    clash = first["statements"]["statement_id"].iloc[0]
    second["statements"] = second["statements"].assign(statement_id=clash)
    validator = PieceValidator({name: tables[name] for name in WHOLE_TABLES})
    validator.piece(first)
    validator.piece(second)
    with pytest.raises(ValidationFailed) as err:
        validator.finish()
    failures = err.value.failures
    row = failures[failures["check"] == "unique_across_pieces"]
    assert row[["table", "column", "failure_case", "index"]].values.tolist() == [
        ["statements", "statement_id", clash, 1]]


def test_a_piece_checks_its_spans_and_foreign_keys_against_its_own_documents():
    tables = good_tables()
    first, second = in_pieces(tables, [[DOC_A], [DOC_B]])
    second["documents"] = first["documents"]  # B's rows now point at a document not here
    validator = PieceValidator({name: tables[name] for name in WHOLE_TABLES})
    validator.piece(first)
    validator.piece(second)
    with pytest.raises(ValidationFailed) as err:
        validator.finish()
    checks = set(err.value.failures["check"])
    assert "foreign_key:document_id->documents.document_id" in checks
    assert "unique_across_pieces" in checks  # and document A came twice


def test_good_pieces_pass_and_come_back_coerced():
    tables = good_tables()
    validator = PieceValidator({name: tables[name] for name in WHOLE_TABLES})
    for piece in in_pieces(tables, [[DOC_A], [DOC_B]]):
        checked = validator.piece(piece)
        assert list(checked["statements"].columns) == specs.TABLES["statements"].columns
        assert str(checked["statements"]["char_start"].dtype) == "Int64"
    validator.finish()


def test_the_database_from_the_files_equals_the_database_from_the_frames(tmp_path):
    from pipelines.publish import database

    tables = validate_tables(good_tables())
    version = publish(tables, tmp_path / "out").path
    database.write_sqlite(tables, tmp_path / "frames.db")
    database.write_sqlite_files(version, tmp_path / "files.db")
    assert (tmp_path / "frames.db").read_bytes() == (tmp_path / "files.db").read_bytes()
    assert (tmp_path / "files.db").read_bytes() == (version / "diplomatic.db").read_bytes()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.one_of(st.none(), st.text(max_size=6)), max_size=8), max_size=6))
@example([["\x00", "\x00"]])  # found on a fresh clone: a NUL value twice in one piece
@example([["a\x00", "a\x00"], ["a\x00"]])
def test_seen_values_finds_exactly_what_an_earlier_piece_had(pieces):
    seen, model = SeenValues(), set()
    for piece in pieces:
        expected = [i for i, v in enumerate(piece) if v is not None and v in model]
        assert seen.add(piece) == expected
        model |= {v for v in piece if v is not None}


def test_seen_values_tells_prefixes_nul_and_wider_values_apart():
    seen = SeenValues()
    assert seen.add(["ab", "a\x00", "é"]) == []
    assert seen.add(["a", "ab\x00", "abc", "a\x00", "é", "ab"]) == [3, 4, 5]
