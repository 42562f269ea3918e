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
