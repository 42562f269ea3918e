"""pipelines.publish: versioned, deterministic, atomic releases of validated tables."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from tables_fixture import good_tables

from pipelines import publish as pub
from pipelines.assemble.validate import ValidationFailed, validate_tables
from schemas import tables as specs
from schemas.spec import FieldSpec


def valid() -> dict[str, pd.DataFrame]:
    return validate_tables(good_tables())


def files_of(version_dir: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(version_dir.iterdir())}


def version_dirs(output: Path) -> list[str]:
    return sorted(p.name for p in output.iterdir() if p.is_dir() and not p.is_symlink())


def add_reject(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    extra = pd.DataFrame({"source_path": ["reports/empty.txt"], "sha256": [None],
                          "reason": ["empty file"], "stage": ["read"]})
    tables["rejects"] = pd.concat([tables["rejects"], extra], ignore_index=True)
    return tables


def test_first_publish_writes_version_1_0_0_with_every_file(tmp_path):
    result = pub.publish(valid(), tmp_path, build={"corpus": "test"})
    assert (result.status, result.version, result.bump) == ("published", "1.0.0", "initial")
    assert result.path == tmp_path / "1.0.0"
    expected = {f"{t}.{ext}" for t in specs.TABLES for ext in ("parquet", "csv")}
    assert set(files_of(result.path)) == expected | {
        "datapackage.json", "data_dictionary.md", "CHANGES.md", "changes.csv", "diplomatic.db",
        "datasette.json", "report.html"}
    history = json.loads((tmp_path / "versions.json").read_text())
    assert [h["version"] for h in history] == ["1.0.0"]
    assert history[0]["tables"]["rejects"] == 1 and history[0]["build"] == {"corpus": "test"}
    assert history[0]["fingerprint"] == result.fingerprint
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".tmp-")]


def test_datapackage_hashes_match_the_files(tmp_path):
    path = pub.publish(valid(), tmp_path).path
    package = json.loads((path / "datapackage.json").read_text())
    assert package["version"] == "1.0.0"
    for resource in package["resources"]:
        data = (path / resource["path"]).read_bytes()
        assert resource["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
        assert resource["bytes"] == len(data)


def test_parquet_has_explicit_types_and_no_pandas_metadata(tmp_path):
    path = pub.publish(valid(), tmp_path).path
    schema = pq.read_schema(path / "people.parquet")
    assert schema.field("name").type == pa.string()
    assert schema.field("aliases").type == pa.list_(pa.string())
    assert set(schema.metadata) == {b"table", b"schema_version", b"primary_key"}
    back = pq.read_table(path / "statements.parquet").to_pylist()
    assert [r["statement_id"] for r in back] == sorted(r["statement_id"] for r in back)


def test_csv_format(tmp_path):
    path = pub.publish(valid(), tmp_path).path
    people = (path / "people.csv").read_text(encoding="utf-8")
    assert people.startswith("person_id,name,aliases,role,country,frus_person_ids\n")
    assert '"[""Chou En-lai""]"' in people and ",[],," in people
    assert "\r" not in people
    back = pd.read_csv(path / "people.csv", keep_default_na=False)
    assert sorted(json.loads(a) for a in back["aliases"]) == [[], ["Chou En-lai"]]


def test_same_tables_again_is_up_to_date(tmp_path):
    first = pub.publish(valid(), tmp_path)
    before = (tmp_path / "versions.json").read_bytes()
    again = pub.publish(good_tables(), tmp_path)  # unvalidated dtypes: same bytes anyway
    assert (again.status, again.version, again.bump) == ("up-to-date", "1.0.0", None)
    assert again.fingerprint == first.fingerprint
    assert version_dirs(tmp_path) == ["1.0.0"]
    assert (tmp_path / "versions.json").read_bytes() == before


def test_output_is_byte_identical_across_output_dirs(tmp_path):
    a = pub.publish(valid(), tmp_path / "a").path
    shuffled = {n: df.iloc[::-1].reset_index(drop=True) for n, df in valid().items()}
    b = pub.publish(shuffled, tmp_path / "b").path
    assert files_of(a) == files_of(b)


def test_adding_a_row_is_minor(tmp_path):
    pub.publish(valid(), tmp_path)
    result = pub.publish(add_reject(valid()), tmp_path)
    assert (result.version, result.bump) == ("1.1.0", "minor")


def test_changing_a_row_is_patch(tmp_path):
    pub.publish(valid(), tmp_path)
    tables = valid()
    tables["rejects"].loc[0, "reason"] = "XML parse error: unclosed tag"
    result = pub.publish(tables, tmp_path)
    assert (result.version, result.bump) == ("1.0.1", "patch")


def test_removing_a_row_is_patch(tmp_path):
    pub.publish(add_reject(valid()), tmp_path)
    assert pub.publish(valid(), tmp_path).version == "1.0.1"


def _people_spec(monkeypatch, fields):
    spec = dataclasses.replace(specs.TABLES["people"], fields=tuple(fields))
    monkeypatch.setitem(specs.TABLES, "people", spec)


def test_removing_a_column_is_major(tmp_path, monkeypatch):
    pub.publish(valid(), tmp_path)
    tables = valid()
    tables["people"] = tables["people"].drop(columns="role")
    _people_spec(monkeypatch, [f for f in specs.TABLES["people"].fields if f.name != "role"])
    assert validate_tables(tables)  # the changed spec drives validation too
    result = pub.publish(tables, tmp_path)
    assert (result.version, result.bump) == ("2.0.0", "major")
    assert "role" not in pq.read_schema(result.path / "people.parquet").names
    assert "- `people.role` removed." in (result.path / "CHANGES.md").read_text()


def test_adding_a_column_is_minor(tmp_path, monkeypatch):
    pub.publish(valid(), tmp_path)
    extra = FieldSpec("note", "string", "A note.", nullable=True, example="x",
                            null_means="no note")
    tables = valid()
    tables["people"]["note"] = None
    _people_spec(monkeypatch, [*specs.TABLES["people"].fields, extra])
    assert pub.publish(tables, tmp_path).version == "1.1.0"


def test_type_change_and_table_removal_are_major():
    schema = pa.schema([("id", pa.string()), ("n", pa.int64())])
    old = {"t": pub.TableSnapshot(schema, ("id",), frozenset({("a",)})),
           "gone": pub.TableSnapshot(schema, ("id",), frozenset())}
    retyped = pub.TableSnapshot(pa.schema([("id", pa.string()), ("n", pa.string())]), ("id",),
                                frozenset({("a",)}))
    assert pub.decide_bump(old, {"t": old["t"]}) == "major"  # table removed
    assert pub.decide_bump({"t": old["t"]}, {"t": retyped}) == "major"
    assert pub.decide_bump({"t": old["t"]}, {"t": old["t"], "new": old["gone"]}) == "minor"
    assert pub.decide_bump({"t": old["t"]}, {"t": old["t"]}) == "patch"


def test_latest_points_at_the_newest_version(tmp_path):
    pub.publish(valid(), tmp_path)
    pub.publish(add_reject(valid()), tmp_path)
    latest = tmp_path / "latest"
    assert latest.is_symlink() and latest.readlink() == Path("1.1.0")  # relative
    assert (latest / "datapackage.json").exists()
    assert [h["version"] for h in pub.read_history(tmp_path)] == ["1.0.0", "1.1.0"]


def test_a_held_lock_stops_a_second_publish(tmp_path):
    tables = valid()
    with pub.output_lock(tmp_path), pytest.raises(pub.PublishLocked, match="another build"):
        pub.publish(tables, tmp_path)
    assert version_dirs(tmp_path) == []
    assert pub.publish(tables, tmp_path).version == "1.0.0"  # lock released


def test_an_existing_version_dir_is_never_overwritten(tmp_path):
    pub.publish(valid(), tmp_path)
    squatter = tmp_path / "1.1.0"
    squatter.mkdir()
    (squatter / "keep.txt").write_text("mine")
    with pytest.raises(pub.VersionExists):
        pub.publish(add_reject(valid()), tmp_path)
    assert [p.name for p in squatter.iterdir()] == ["keep.txt"]
    assert (tmp_path / "latest").readlink() == Path("1.0.0")
    assert [h["version"] for h in pub.read_history(tmp_path)] == ["1.0.0"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".tmp-")]


def test_validation_failure_publishes_nothing(tmp_path):
    pub.publish(valid(), tmp_path)
    tables = good_tables()
    tables["statements"].loc[0, "kind"] = "quoted"
    with pytest.raises(ValidationFailed) as info:
        validate_tables(tables)
    path = pub.write_validation_failure(tmp_path, info.value)
    assert path == tmp_path / "validation-failure.md"
    assert "quoted" in path.read_text()
    assert version_dirs(tmp_path) == ["1.0.0"]
    assert (tmp_path / "latest").readlink() == Path("1.0.0")
    pub.publish(valid(), tmp_path)  # the next good build clears the stale report
    assert not path.exists()


def test_publish_requires_every_table(tmp_path):
    tables = valid()
    del tables["rejects"]
    with pytest.raises(ValueError, match="missing"):
        pub.publish(tables, tmp_path)


def test_next_version():
    assert pub.next_version("1.2.3", "major") == "2.0.0"
    assert pub.next_version("1.2.3", "minor") == "1.3.0"
    assert pub.next_version("1.2.3", "patch") == "1.2.4"


# --- changelog and delta ----------------------------------------------------------------------


def _delta(path):
    lines = (path / "changes.csv").read_text().splitlines()
    assert lines[0] == "table,id,change"
    return [tuple(line.split(",")) for line in lines[1:]]


def test_first_version_lists_every_row_as_added(tmp_path):
    result = pub.publish(valid(), tmp_path)
    delta = _delta(result.path)
    assert len(delta) == sum(len(df) for df in valid().values())
    assert {c for _, _, c in delta} == {"ADD"}
    text = (result.path / "CHANGES.md").read_text()
    assert "# Changes in 1.0.0 (first version)" in text
    assert "- `sample-2030`: Sample release of invented records" in text


def test_delta_lists_added_changed_and_removed_rows_by_id(tmp_path):
    pub.publish(valid(), tmp_path)
    tables = valid()
    st = tables["statements"]
    changed_id, removed_id = st.loc[0, "statement_id"], st.loc[1, "statement_id"]
    st.loc[0, "cue"] = "stated"  # a fix changes a row
    tables["statements"] = st.drop(index=1)  # a row removed
    extra = tables["date_mentions"].iloc[[0]].copy()
    extra["date_id"], extra["rule"] = "0" * 16, "another_rule"  # a row added
    tables["date_mentions"] = pd.concat([tables["date_mentions"], extra], ignore_index=True)
    result = pub.publish(tables, tmp_path)
    assert result.bump == "minor"
    assert _delta(result.path) == [("date_mentions", "0" * 16, "ADD"),
                                   ("statements", changed_id, "MOD"),
                                   ("statements", removed_id, "DEL")]
    text = (result.path / "CHANGES.md").read_text()
    assert "# Changes in 1.1.0 since 1.0.0" in text
    assert "| statements | 0 | 1 | 1 |" in text and "| date_mentions | 1 | 0 | 0 |" in text
    assert "- None." in text  # no new disclosure


def test_formula_like_text_is_neutralised_in_csv_but_exact_in_parquet(tmp_path):
    tables = valid()
    docs = tables["documents"]
    docs.loc[0, "title"] = "=HYPERLINK(\"http://example.invalid\",\"x\")"
    docs.loc[1, "title"] = "@SUM(A1:A2)"
    tables["people"].loc[0, "role"] = "-2+3"
    tables["people"].loc[1, "role"] = "\tcmd"
    result = pub.publish(tables, tmp_path)
    csv = pd.read_csv(result.path / "documents.csv", dtype=str, keep_default_na=False)
    assert set(csv["title"]) == {"'=HYPERLINK(\"http://example.invalid\",\"x\")", "'@SUM(A1:A2)"}
    people = pd.read_csv(result.path / "people.csv", dtype=str, keep_default_na=False)
    assert set(people["role"]) == {"'-2+3", "'\tcmd"}
    parquet = pq.read_table(result.path / "documents.parquet").to_pydict()["title"]
    assert "=HYPERLINK(\"http://example.invalid\",\"x\")" in parquet
    assert pub.neutralise("Plain text") == "Plain text" and pub.neutralise(None) is None


def test_delta_of_a_composite_key_and_an_id_that_needs_quoting(tmp_path):
    import io

    import pyarrow as pa

    from pipelines.publish.changes import write_delta

    def version(name, rows):
        folder = tmp_path / name
        folder.mkdir()
        table = pa.Table.from_pylist(rows).replace_schema_metadata(
            {"primary_key": '["place", "n"]'})
        pq.write_table(table, folder / "things.parquet")
        return folder

    old = version("old", [{"place": "Kyoto, Japan", "n": 1, "v": "a"},
                          {"place": "Oslo", "n": 2, "v": "b"}, {"place": "Oslo", "n": 3, "v": "c"}])
    new = version("new", [{"place": "Kyoto, Japan", "n": 1, "v": "a"},
                          {"place": "Oslo", "n": 2, "v": "B"}, {"place": "Oslo", "n": 10, "v": "d"}])
    out = io.BytesIO()
    delta = write_delta(old, new, out)
    assert out.getvalue().decode().splitlines() == [
        "table,id,change", "things,Oslo/10,ADD", "things,Oslo/2,MOD", "things,Oslo/3,DEL"]
    assert delta.counts == {"things": {"ADD": 1, "MOD": 1, "DEL": 1}}
    first = io.BytesIO()
    write_delta(None, old, first)
    assert first.getvalue().decode().splitlines()[1] == 'things,"Kyoto, Japan/1",ADD'
