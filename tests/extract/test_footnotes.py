"""Roles the editors' footnotes give people a record names without one (invented people)."""

from tei_record import record

from pipelines.extract import extract_document


def test_a_footnote_gives_the_role_the_text_does_not(tmp_path):
    body = ("<p>Secretary <persName corresp=\"#p_VA\">Varnholt</persName> said that he had "
            "spoken with Doc Marrow and Ada Quist about the harbour.<note>Representative Ivo "
            "T. Marrow, Chairman of the House Committee on Harbours. Ada Quist, as the new "
            "senior representative in Kessel, had seen the plans.</note></p>")
    doc = record(tmp_path, "Memorandum for the Record", body)
    roles = {p.name: p.role for p in extract_document(doc).people}
    assert roles["Doc Marrow"] == "Representative"
    assert roles["Ada Quist"] == "new senior representative in Kessel"
