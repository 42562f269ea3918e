"""Property-based tests: every extractor on arbitrary text never raises, every offset lies
inside the text and matches it, every date value is a real calendar date."""

from __future__ import annotations

import re
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipelines.document import Document
from pipelines.extract import extract_document
from pipelines.extract.dates import extract_dates
from pipelines.extract.people import extract_people
from pipelines.readers.tei import read_tei

# Words that trigger the rules, mixed with arbitrary text, so the properties are tested where
# the extractors actually do something.
VOCAB = ["said", "told", "that", "added", "asked", "whether", "According", "to", "The",
         "President", "Prime", "Minister", "Secretary", "Ambassador", "Mr.", "Dr.", "he", "she",
         "Ines", "Kallas", "Rolf", "Varnholt", "Chou", "En-lai", "On", "In", "May", "June",
         "March", "1971", "1999", "21,", "the", "next", "day", "last", "year", "later", "that",
         "month", "early", "1970s", "“", "”", "\"", "'", ":", ",", ".", "(", ")", "[", "]",
         "\n", "\n\n", "1.", "K:", "P:", "Memorandum", "of", "Conversation", "PARTICIPANTS",
         "met", "talks", "telephone", "called", "in", "on", "Telegram", "from", "—", "–", "…"]
TEXT = st.lists(st.one_of(st.sampled_from(VOCAB), st.text(max_size=6)), max_size=60).map(
    " ".join)
ANCHOR = st.one_of(st.none(), st.sampled_from(["1972", "1972-02", "1972-02-21", "2030-12-31"]))
ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])


def _valid_date(value: str) -> bool:
    m = ISO.fullmatch(value)
    if not m:
        return False
    year, month, day = (int(g) if g else 1 for g in m.groups())
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _spans_match(text: str, records) -> None:
    for r in records:
        assert 0 <= r.char_start < r.char_end <= len(text)
        assert text[r.char_start:r.char_end] == r.text


@FUZZ
@given(TEXT, ANCHOR)
def test_dates_are_spans_of_the_text_with_real_values(text, anchor):
    dates = extract_dates(text, anchor=anchor)
    _spans_match(text, dates)
    for d in dates:
        assert _valid_date(d.value), d
        assert len(d.value) == {"year": 4, "month": 7, "day": 10}[d.precision]


@FUZZ
@given(TEXT)
def test_people_and_mentions_are_consistent(text):
    people, mentions = extract_people(text)
    _spans_match(text, mentions)
    keys = {p.key for p in people}
    assert len(keys) == len(people)
    assert {m.person_key for m in mentions} <= keys


@FUZZ
@given(TEXT, ANCHOR)
def test_a_whole_document_extracts_without_error(text, anchor):
    doc = Document("0" * 16, "fuzz.txt", text, "0" * 64, published_on=anchor)
    ex = extract_document(doc)
    _spans_match(text, ex.mentions)
    _spans_match(text, ex.dates)
    _spans_match(text, ex.statements)
    keys = {p.key for p in ex.people}
    for s in ex.statements:
        assert s.kind in ("direct", "indirect")
        assert s.speaker_key is None or s.speaker_key in keys
        assert s.said_on is None or _valid_date(s.said_on)
    for e in ex.exchanges:
        assert set(e.participants) <= keys
        assert e.date is None or _valid_date(e.date)


TEI = ('<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><publicationStmt>'
       '<idno type="frus">frus2030-31v01</idno></publicationStmt></fileDesc></teiHeader><text>'
       '<body><div type="document" xml:id="d1"><head>1. Memorandum of Conversation</head>'
       '<dateline><placeName>Lakeport</placeName>, <date when="2030-05-02">May 2, 2030</date>'
       '</dateline>{body}</div></body></text></TEI>')


def _xml_text(s: str) -> str:
    s = "".join(ch for ch in s if ch in "\t\n\r" or (" " <= ch and ch not in "\ufffe\uffff"
                                                      and not "\ud800" <= ch <= "\udfff"))
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@FUZZ
@given(st.lists(TEXT, max_size=8), st.booleans())
def test_a_tei_record_of_arbitrary_paragraphs_reads_and_extracts(tmp_path_factory, paras,
                                                                  persons):
    body = "".join(
        f"<p><persName corresp=\"#p_X\">{_xml_text(p[:12])}</persName>{_xml_text(p[12:])}</p>"
        if persons else f"<p>{_xml_text(p)}</p>" for p in paras)
    folder = tmp_path_factory.mktemp("tei")
    path = folder / "v.xml"
    path.write_text(TEI.format(body=body), encoding="utf-8")
    docs, rejects = read_tei(path, folder)
    assert rejects == [] and len(docs) == 1
    doc = docs[0]
    for m in doc.markup:
        assert 0 <= m.char_start < m.char_end <= len(doc.text)
    ex = extract_document(doc)
    _spans_match(doc.text, ex.mentions)
    _spans_match(doc.text, ex.dates)
    _spans_match(doc.text, ex.statements)
    assert all(s.said_on == "2030-05-02" for s in ex.statements)
