"""What a document's extractors share is computed once per document and handed on; memos of
pure functions are emptied by one call (invented people and events)."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

from extraction_helpers import run

import pipelines.extract
import pipelines.readers
from pipelines.document import Document
from pipelines.extract import extract_document, reset_caches
from pipelines.extract.dates import extract_dates
from pipelines.extract.exchanges import ReportedMeeting, detect_meetings
from pipelines.extract.people import extract_people
from pipelines.extract.segment import Layout
from pipelines.extract.statements import extract_statements
from pipelines.readers import reset_caches as reset_reader_caches
from pipelines.readers import tei

FIXTURES = Path(__file__).parents[1] / "readers" / "fixtures" / "tei"

PROSE = ("On May 9, 1999, Foreign Minister Bryn Oskarsson met Ambassador Hugo Pellam in "
         "Lakeport. Oskarsson said that Norland would stay neutral.\n\n"
         "On May 12, 1999, Oskarsson spoke by telephone with Premier Kesh Tomo about the "
         "fishing quotas.")
# the second paragraph is dated only by the meeting the first reports (a frame dates only
# its own paragraph)
MEETING_DATES_IT = ("The talks between Foreign Minister Bryn Oskarsson and Ambassador Hugo "
                    "Pellam on May 9, 1999 went well.\n\nThe harbour was closed by ice.\n\n"
                    "Oskarsson said that Norland would stay neutral.")


def _count_calls(monkeypatch, cls) -> list:
    calls: list = []
    init = cls.__init__

    def counted(self, *args):
        calls.append(args)
        init(self, *args)

    monkeypatch.setattr(cls, "__init__", counted)
    return calls


def test_a_document_is_segmented_once_and_its_meetings_detected_once(monkeypatch):
    layouts = _count_calls(monkeypatch, Layout)
    meetings = _count_calls(monkeypatch, ReportedMeeting)
    ex = extract_document(Document("0" * 16, "note.txt", PROSE, "0" * 64, published_on="2030"))
    assert len(ex.exchanges) == 2
    assert len(layouts) == 1  # statements and exchanges read the same segmentation
    assert len(meetings) == 2  # one detection, not one for the statements and one for exchanges


def test_a_record_is_segmented_once_and_its_meetings_detected_once(monkeypatch):
    docs, _ = tei.read_tei(FIXTURES / "volume_current.xml", FIXTURES)
    layouts = _count_calls(monkeypatch, Layout)
    for doc in docs:
        extract_document(doc)
    assert len(layouts) == len(docs)


def _inputs(text):
    people, mentions = extract_people(text)
    return people, mentions, extract_dates(text)


def test_statements_use_the_layout_and_meetings_given_and_compute_them_when_not():
    people, mentions, dates = _inputs(MEETING_DATES_IT)
    alone = extract_statements(MEETING_DATES_IT, people, mentions, dates)
    layout = Layout(MEETING_DATES_IT)
    found = detect_meetings(MEETING_DATES_IT, mentions, dates, layout)
    shared = extract_statements(MEETING_DATES_IT, people, mentions, dates, layout=layout,
                                meetings=found)
    assert shared == alone
    assert [s.said_on for s in alone] == ["1999-05-09"]
    # the meetings given are the ones used: without any, the statement has no date
    none = extract_statements(MEETING_DATES_IT, people, mentions, dates, meetings=[])
    assert [s.said_on for s in none] == [None]


def test_a_quotation_announced_by_the_paragraph_before_is_dated_at_the_colon():
    # no meeting reported: only the colon's sentence can date the words
    text = ("On May 9, 1999, Foreign Minister Bryn Oskarsson described the evening with "
            "Premier Kesh Tomo as follows:\n\n"
            "“The soup was cold and the talk was colder, but we agreed on the quotas.”")
    quoted = [s for s in run(text) if s.kind == "direct"]
    assert [(s.speaker_name, s.rule, s.said_on) for s in quoted] == [
        ("Bryn Oskarsson", "direct:introduced", "1999-05-09")]


def _memos(modules) -> dict[str, object]:
    """Every memoised function defined in ``modules``."""
    return {f"{mod.__name__}.{name}": obj for mod in modules for name, obj in vars(mod).items()
            if hasattr(obj, "cache_clear") and getattr(obj, "__module__", None) == mod.__name__}


def _filled_then_reset(memos: dict[str, object], reset) -> dict[str, int]:
    assert {name for name, f in memos.items() if f.cache_info().currsize == 0} == set()
    reset()
    return {name: f.cache_info().currsize for name, f in memos.items()}


def test_reset_caches_empties_every_memo_of_extraction_and_of_the_readers():
    for doc in tei.read_tei(FIXTURES / "volume_current.xml", FIXTURES)[0]:
        extract_document(doc)
    extract_document(Document("0" * 16, "note.txt", PROSE, "0" * 64, published_on="2030"))
    extract_document(Document("0" * 16, "cable.txt", PROSE.upper(), "0" * 64))  # true-cased
    extraction = _memos([importlib.import_module(f"pipelines.extract.{m.name}")
                         for m in pkgutil.iter_modules(pipelines.extract.__path__)])
    reading = _memos([importlib.import_module(f"pipelines.readers.{m.name}")
                      for m in pkgutil.iter_modules(pipelines.readers.__path__)])
    assert len(extraction) >= 7 and len(reading) >= 1  # names, people, persons list, turns; TEI
    assert _filled_then_reset(extraction, reset_caches) == dict.fromkeys(extraction, 0)
    assert _filled_then_reset(reading, reset_reader_caches) == dict.fromkeys(reading, 0)
