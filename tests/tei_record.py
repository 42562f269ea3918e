"""An invented FRUS volume of one record, for tests: ``record(tmp_path, head, body, date)``
writes a volume whose persons list holds the invented people of ``PERSONS`` (refer to them as
``<persName corresp="#p_X">``) and reads its one document."""

from __future__ import annotations

from pathlib import Path

from pipelines.readers.tei import read_tei

# (xml:id, "Family, Given", role): all invented
PERSONS = (
    ("p_VA", "Varnholt, Aldo", "Secretary of State"),
    ("p_KI", "Kallas, Ines", "Foreign Minister of Norland"),
    ("p_OB", "Oskarsson, Bryn", "Ambassador to Norland"),
    ("p_GR", "Gruber, Mila", "Deputy Assistant Secretary of State for Northern Affairs"),
    ("p_TR", "Tarvo, Rein", "Senator"),
    ("p_LE", "Lindqvist, Erik", "President of Norland"),
    ("p_HA", "Halme, Arvo", "Foreign Minister of Norland until November 1956"),
    ("p_NO", "Nurmi, Oili", "Finnish Foreign Minister"),
    ("p_TK", "Tran Van Kiet", "Minister of Fisheries of Norland"),
    ("p_KA", "Kiet, Anton", "Major, Norland Army"),
    ("p_MI", "Marsh, Ivo", "British Foreign Secretary"),
    ("p_ME", "Mertens, Paul", "Secretary General of the Northern Treaty Council"),
    ("p_SD", "Sund, Dag", "Secretary of Defense"),
    ("p_RV", "Rask, Vilja", ("Minister of Trade of Norland until 1968; Vice President for "
     "Economic Affairs of Norland")),
)


def volume(head: str, body: str, date: str = "1957-03-04") -> str:
    persons = "".join(f'<item><persName xml:id="{ref}">{name}</persName>, {role}</item>'
                      for ref, name, role in PERSONS)
    return ('<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>'
            '<titleStmt><title type="complete">Invented</title></titleStmt><publicationStmt>'
            '<date>2031</date><idno type="frus">frus1955-57v99</idno></publicationStmt>'
            '</fileDesc></teiHeader><text><front><div type="section" xml:id="persons"><list>'
            f'{persons}</list></div></front><body><div type="document" xml:id="d1" n="1">'
            f'<head>1. {head}</head><dateline><placeName>Washington</placeName>, '
            f'<date when="{date}">{date}</date></dateline>{body}</div></body></text></TEI>')


def record(tmp_path: Path, head: str, body: str, date: str = "1957-03-04"):
    path = tmp_path / "frus1955-57v99.xml"
    path.write_text(volume(head, body, date), encoding="utf-8")
    (doc,), rejects = read_tei(path, tmp_path)
    assert rejects == []
    return doc
