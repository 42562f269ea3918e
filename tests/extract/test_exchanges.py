"""Exchanges reported in prose, and statements linked to them (invented people and events)."""

from __future__ import annotations

from pipelines.document import Document, ExchangeRecord, Statement
from pipelines.extract import extract_document
from pipelines.extract.exchanges import link_statements

TEXT = ("On May 9, 1999, Foreign Minister Bryn Oskarsson met Ambassador Hugo Pellam in "
        "Lakeport. Oskarsson said that Norland would stay neutral.\n\n"
        "On May 12, 1999, Oskarsson spoke by telephone with Premier Kesh Tomo about the "
        "fishing quotas.")


def _doc(text: str) -> Document:
    return Document("0" * 16, "note.txt", text, "0" * 64, published_on="2030")


def test_dated_meetings_and_calls_in_prose_become_exchanges():
    ex = extract_document(_doc(TEXT))
    kinds = [(e.kind, e.date) for e in ex.exchanges]
    assert kinds == [("meeting", "1999-05-09"), ("call", "1999-05-12")]
    meeting = ex.exchanges[0]
    assert {"bryn oskarsson", "hugo pellam"} <= set(meeting.participants)
    said = [s for s in ex.statements if s.speaker_name == "Bryn Oskarsson"]
    assert said and said[0].said_on == "1999-05-09"
    assert said[0].exchange_key == meeting.key


def test_a_statement_is_linked_only_to_a_single_fitting_exchange():
    st = Statement("words", "indirect", 0, 5, "A", "a", said_on="1999-05-09")
    one = ExchangeRecord("x", "meeting", "1999-05-09", None, ("a", "b"), None, 0, 1)
    other_day = ExchangeRecord("y", "meeting", "1999-05-10", None, ("a",), None, 0, 1)
    twin = ExchangeRecord("z", "call", "1999-05-09", None, ("a",), None, 0, 1)
    assert link_statements([st], [one, other_day])[0].exchange_key == "x"
    assert link_statements([st], [one, twin])[0].exchange_key is None  # ambiguous
    assert link_statements([st], [other_day])[0].exchange_key is None


def test_a_date_of_a_paper_a_law_or_a_period_is_no_meetings():
    from pipelines.extract.dates import extract_dates
    from pipelines.extract.exchanges import detect_meetings
    from pipelines.extract.people import extract_people

    def meetings(text):
        _, mentions = extract_people(text)
        return detect_meetings(text, mentions, extract_dates(text, "1962-03-06"))

    assert meetings("Ivo Tamm found no way to meet our objections, such as the letter of "
                    "November 24.") == []
    assert meetings("Ivo Tamm learned before the meeting that the Extension Act of 1961 "
                    "would lapse.") == []
    assert meetings("Ivo Tamm held a conference on the drive of November 1-January 31.") == []
    # a report's date that names its meeting still dates it
    found = meetings("Following is report of February 13 supper meeting with Ivo Tamm.")
    assert [m.date.value for m in found] == ["1962-02-13"]
