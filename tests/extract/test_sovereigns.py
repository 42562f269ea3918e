"""A monarch a record names by title alone (invented volume and people)."""

import tei_record

from pipelines.extract import extract_document
from pipelines.readers.tei import read_tei

# a Shah, and a minister whose role serves the Shah: the Shah's title is one entry's alone
_MONARCHS = ('<item><persName xml:id="p_SV">Reza Varan</persName>, Shah of Norland</item>'
             '<item><persName xml:id="p_AL">Amir Tolan</persName>, Minister of the Court of '
             'the Shah</item></list></div></front>')


def _read(tmp_path, body, date="1966-03-14"):
    xml = tei_record.volume("Telegram From the Embassy in Norland to the Department of State",
                            body, date).replace("</list></div></front>", _MONARCHS, 1)
    path = tmp_path / "frus1955-57v99.xml"
    path.write_text(xml, encoding="utf-8")
    (doc,), _ = read_tei(path, tmp_path)
    return doc


def test_a_monarch_named_by_title_alone_is_the_lists_one_holder(tmp_path):
    body = ("<p>1. During course of lengthy discussion 14th Shah bore down heavily on his "
            "military needs.</p><p>2. Shah said he was awaiting a reply from President "
            "<persName corresp=\"#p_VA\">Varnholt</persName> on the harbour. He stressed that "
            "Norland must decide for itself.</p>")
    ex = extract_document(_read(tmp_path, body))
    shah = next(p for p in ex.people if p.name == "Reza Varan")
    assert (shah.role, shah.list_ids) == ("Shah of Norland", ("frus1955-57v99#p_SV",))
    got = {(s.speaker_name, s.said_on) for s in ex.statements}
    assert got == {("Reza Varan", "1966-03-14")}


def test_a_title_with_a_name_after_it_adds_no_one(tmp_path):
    body = ("<p>King Olaf said that the harbour must stay open. Shahs of old had said so "
            "too.</p>")
    ex = extract_document(_read(tmp_path, body))
    assert "Reza Varan" not in {p.name for p in ex.people}


def test_a_minister_of_the_shahs_court_named_in_the_record_is_not_the_shah(tmp_path):
    body = ("<p>1. Court Minister <persName corresp=\"#p_AL\">Amir Tolan</persName> called on "
            "me this morning.</p><p>2. Shah said he was awaiting a reply on the harbour. He "
            "stressed that Norland must decide for itself.</p>")
    ex = extract_document(_read(tmp_path, body))
    assert "Reza Varan" in {p.name for p in ex.people}
    assert {s.speaker_name for s in ex.statements} == {"Reza Varan"}
