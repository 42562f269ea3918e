"""Table assembly: spec columns, stable IDs, null speakers, validation, reject dedup."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from pipelines.assemble.tables import build_tables
from pipelines.assemble.validate import validate_tables
from pipelines.document import (
    DateMention,
    Document,
    ExchangeRecord,
    Extraction,
    LocalPerson,
    PersonMention,
    Reject,
    Statement,
)
from pipelines.extract import extract_document
from pipelines.ids import sha256_hex, stable_id
from pipelines.resolve import resolve_people
from schemas.tables import TABLES

HEX16 = re.compile(r"[0-9a-f]{16}")
ID_COLUMNS = {
    "documents": ["document_id"],
    "people": ["person_id"],
    "person_mentions": ["mention_id", "document_id", "person_id"],
    "statements": ["statement_id", "document_id"],
    "date_mentions": ["date_id", "document_id"],
}

TEXT_A = ('On 9 November 1989 Anton Kessler said: "The wall is open." '
          "The embassy said that crowds gathered at the gate.")
TEXT_B = "In early December 1989 Kessler told reporters that unity would take years."


def _doc(path: str, text: str, published: str | None = None) -> Document:
    digest = sha256_hex(text)
    return Document(digest[:16], path, text, digest, title=f"Report {path}",
                    published_on=published, is_sample=True)


def _span(text: str, part: str) -> tuple[str, int, int]:
    start = text.index(part)
    return part, start, start + len(part)


def _stmt(text: str, part: str, kind: str, speaker: str, **kw) -> Statement:
    _, start, end = _span(text, part)
    return Statement(part, kind, start, end, speaker, **kw)


def _date(text: str, part: str, value: str, precision: str, **kw) -> DateMention:
    _, start, end = _span(text, part)
    return DateMention(part, value, precision, start, end, **kw)


def _hand_extractions() -> list[Extraction]:
    doc_a = _doc("reports/a.txt", TEXT_A, "1989-11-10")
    doc_b = _doc("reports/b.txt", TEXT_B)
    ex_a = Extraction(
        doc_a,
        people=(LocalPerson("anton kessler", "Anton Kessler", ("Kessler",), "Chancellor", "DE"),),
        mentions=(PersonMention("anton kessler", *_span(TEXT_A, "Anton Kessler")),),
        statements=(
            _stmt(TEXT_A, "The wall is open.", "direct", "Anton Kessler",
                  speaker_key="anton kessler", cue="said", said_on="1989-11-09",
                  rule="direct:cue-before"),
            _stmt(TEXT_A, "crowds gathered at the gate", "indirect", "The embassy",
                  speaker_key=None, cue="said", rule="indirect:said"),
        ),
        dates=(_date(TEXT_A, "9 November 1989", "1989-11-09", "day", rule="day_month_year"),),
    )
    ex_b = Extraction(
        doc_b,
        people=(LocalPerson("kessler", "Kessler", (), None, "DE"),),
        mentions=(PersonMention("kessler", *_span(TEXT_B, "Kessler")),),
        statements=(
            _stmt(TEXT_B, "unity would take years", "indirect", "Kessler", speaker_key="kessler",
                  cue="told", said_on="1989-12", rule="indirect:told"),
        ),
        dates=(_date(TEXT_B, "early December 1989", "1989-12", "month", modifier="early",
                     rule="month_year"),),
    )
    return [ex_a, ex_b]


REJECTS = [
    Reject("reports/c.txt", "not UTF-8 text (byte 3: invalid continuation byte)", "read",
           "a" * 64),
    Reject("notes.pdf", "unsupported file type (.pdf)", "discover", "b" * 64),
    Reject("reports/c.txt", "duplicate of reports/a.txt (same content)", "read", "c" * 64),
    Reject("reports/d.txt", "extraction failed: ValueError()", "extract", "d" * 64),
    Reject("reports/d.txt", "empty file", "read", None),
]


def _build(extractions: list[Extraction], rejects: list[Reject] | None = None):
    return build_tables(extractions, resolve_people(extractions), list(rejects or []))


def _sorted(df: pd.DataFrame, name: str) -> pd.DataFrame:
    key = list(TABLES[name].primary_key)
    return df.sort_values(key, ignore_index=True)


def test_columns_are_exactly_the_spec_columns():
    tables = _build(_hand_extractions(), REJECTS)
    assert list(tables) == list(TABLES)
    for name, df in tables.items():
        assert list(df.columns) == TABLES[name].columns, name


def test_columns_are_spec_columns_even_when_empty():
    tables = _build([], [])
    for name, df in tables.items():
        assert list(df.columns) == TABLES[name].columns, name
        assert len(df) == 0


def test_row_counts_and_values():
    exs = _hand_extractions()
    tables = _build(exs, REJECTS)
    assert {n: len(df) for n, df in tables.items()} == {
        "documents": 2, "people": 1, "person_mentions": 2, "statements": 3,
        "date_mentions": 2, "rejects": 3, "exchanges": 0, "exchange_participants": 0,
        "disclosures": 0}
    kohl = stable_id("person", "anton kessler")
    people = tables["people"]
    assert people.to_dict("records") == [{"person_id": kohl, "name": "Anton Kessler",
                                          "aliases": ["Kessler"], "role": "Chancellor",
                                          "country": "DE", "frus_person_ids": []}]
    assert tables["person_mentions"]["person_id"].tolist() == [kohl, kohl]
    docs = tables["documents"]
    assert docs["source_path"].tolist() == ["reports/a.txt", "reports/b.txt"]
    assert docs["text"].tolist() == [TEXT_A, TEXT_B]
    assert docs["published_on"].iloc[0] == "1989-11-10"
    assert pd.isna(docs["published_on"].iloc[1])


def test_ids_are_hashes_of_document_and_span():
    exs = _hand_extractions()
    doc_a = exs[0].document.document_id
    tables = _build(exs)
    statements = tables["statements"].set_index("text")
    _, start, end = _span(TEXT_A, "The wall is open.")
    assert statements.loc["The wall is open.", "statement_id"] == stable_id(
        doc_a, "statement", start, end, "direct")
    mentions = tables["person_mentions"].set_index("text")
    _, start, end = _span(TEXT_A, "Anton Kessler")
    assert mentions.loc["Anton Kessler", "mention_id"] == stable_id(doc_a, "mention", start, end)
    dates = tables["date_mentions"].set_index("text")
    _, start, end = _span(TEXT_A, "9 November 1989")
    assert dates.loc["9 November 1989", "date_id"] == stable_id(doc_a, "date", start, end)


def test_ids_are_16_hex():
    tables = _build(_hand_extractions(), REJECTS)
    for name, columns in ID_COLUMNS.items():
        for column in columns:
            values = tables[name][column].tolist()
            assert values, (name, column)
            assert all(HEX16.fullmatch(v) for v in values), (name, column, values)


def test_ids_identical_across_builds_and_independent_of_extraction_order():
    exs = _hand_extractions()
    first = _build(exs, REJECTS)
    second = _build(_hand_extractions(), REJECTS)
    reordered = _build(list(reversed(exs)), REJECTS)
    for name in TABLES:
        pd.testing.assert_frame_equal(first[name], second[name])
        pd.testing.assert_frame_equal(_sorted(first[name], name), _sorted(reordered[name], name))
    assert sorted(first["statements"]["statement_id"]) == sorted(
        reordered["statements"]["statement_id"])


def test_speaker_id_null_for_non_person_speaker():
    tables = _build(_hand_extractions())
    statements = tables["statements"].set_index("speaker_name")
    assert pd.isna(statements.loc["The embassy", "speaker_id"])
    kohl = stable_id("person", "anton kessler")
    assert statements.loc["Anton Kessler", "speaker_id"] == kohl
    assert statements.loc["Kessler", "speaker_id"] == kohl  # resolved across documents


def test_hand_built_tables_pass_validation():
    tables = _build(_hand_extractions(), REJECTS)
    valid = validate_tables(tables)
    assert list(valid) == list(TABLES)
    for name, df in valid.items():
        assert list(df.columns) == TABLES[name].columns
        assert len(df) == len(tables[name])
    assert valid["statements"]["speaker_id"].isna().tolist() == [False, True, False]


def test_rejects_deduplicated_by_source_path():
    tables = _build(_hand_extractions(), REJECTS)
    rejects = tables["rejects"]
    assert rejects["source_path"].tolist() == ["notes.pdf", "reports/c.txt", "reports/d.txt"]
    by_path = rejects.set_index("source_path")
    # the first by (source_path, stage) is kept; for equal keys, the first given
    assert by_path.loc["reports/c.txt", "reason"].startswith("not UTF-8 text")
    assert by_path.loc["reports/c.txt", "sha256"] == "a" * 64
    assert by_path.loc["reports/d.txt", "stage"] == "extract"
    assert by_path.loc["notes.pdf", "stage"] == "discover"


# --- with the real extractors ---------------------------------------------------------------

REAL_TEXT = ("The ministry said that the talks were useful. "
             'On 2 December 1989 Viktor Asmolov said: "We are ready to talk."')


@pytest.fixture
def real_extractions() -> list[Extraction]:
    return [
        extract_document(_doc("real/one.txt", REAL_TEXT, "1989-12-03")),
        extract_document(_doc("real/two.txt", TEXT_B, "1989-12-10")),
    ]


def test_real_extraction_builds_valid_tables(real_extractions):
    tables = _build(real_extractions, REJECTS[:2])
    valid = validate_tables(tables)
    for name, df in valid.items():
        assert list(df.columns) == TABLES[name].columns
    doc_one = real_extractions[0].document.document_id
    statements = valid["statements"]
    quote = statements[statements["text"] == "We are ready to talk."]
    assert len(quote) == 1
    _, start, end = _span(REAL_TEXT, "We are ready to talk.")
    assert quote["statement_id"].iloc[0] == stable_id(doc_one, "statement", start, end, "direct")
    assert quote["said_on"].iloc[0] == "1989-12-02"
    assert quote["speaker_id"].iloc[0] == stable_id("person", "viktor asmolov")
    reported = statements[statements["speaker_name"] == "The ministry"]
    assert reported["text"].tolist() == ["the talks were useful"]
    assert reported["speaker_id"].isna().tolist() == [True]
    dates = valid["date_mentions"]
    assert sorted(dates["value"]) == ["1989-12", "1989-12-02"]
    assert sorted(valid["people"]["name"]) == ["Kessler", "Viktor Asmolov"]


def test_real_extraction_ids_do_not_depend_on_order(real_extractions):
    forward = _build(real_extractions)
    backward = _build(list(reversed(real_extractions)))
    for name in TABLES:
        pd.testing.assert_frame_equal(_sorted(forward[name], name), _sorted(backward[name], name))


def test_joint_speakers_of_one_span_get_ids_of_their_own():
    text = "Ines Varga and Omar Haddad said that the border stays open."
    doc = _doc("reports/j.txt", text)
    ex = extract_document(doc)
    assert [s.speaker_name for s in ex.statements] == ["Ines Varga", "Omar Haddad"]
    tables = _build([ex])
    ids = tables["statements"]["statement_id"].tolist()
    _, start, end = _span(text, "the border stays open")
    assert stable_id(doc.document_id, "statement", start, end, "indirect") in ids
    assert len(set(ids)) == 2
    assert len(validate_tables(tables)["statements"]) == 2  # the key stays unique


def test_exchange_participants_are_present_or_mentioned_with_listed_role_and_side():
    text = "Doe: We wait.\nRoe: Yes.\nBoth spoke of Lenk."
    doc = Document("a" * 16, "v.xml", text, sha256_hex(text))
    people = (LocalPerson("ann doe", "Ann Doe", role="Foreign Minister"),
              LocalPerson("bo roe", "Bo Roe", role="Ambassador"), LocalPerson("lenk", "Lenk"))
    mentions = (PersonMention("ann doe", "Doe", 0, 3), PersonMention("bo roe", "Roe", 14, 17),
                PersonMention("lenk", "Lenk", text.index("Lenk"), len(text) - 1))
    talk = ExchangeRecord("conversation", "meeting", "1977-05-02", None, ("ann doe", "bo roe"),
                          None, 0, len(text), sides=(("ann doe", "GR"),))
    tables = _build([Extraction(doc, people, mentions, (), (), (talk,))])
    rows = tables["exchange_participants"].drop(columns=["exchange_id", "document_id"])
    rows["person_id"] = rows["person_id"].map(
        {stable_id("person", k): k for k in ("ann doe", "bo roe", "lenk")})
    rows = rows.sort_values("person_id")
    assert rows.astype(object).where(rows.notna(), None).values.tolist() == [
        ["ann doe", "Foreign Minister", "GR", True],
        ["bo roe", "Ambassador", None, True],
        ["lenk", None, None, False]]
