"""An invented FRUS volume of one editorial note, for tests: ``volume(titles, date, press)``
writes its XML with the header titles, publication date and press release given;
``read(tmp_path, text)`` reads its one document."""

from __future__ import annotations

from pathlib import Path

from pipelines.readers.tei import read_tei


def volume(titles: str, date: str | None = "2031", press: str = "") -> str:
    published = f"<date>{date}</date>" if date else ""
    return ('<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>'
            f'<titleStmt>{titles}</titleStmt><publicationStmt>{published}'
            '<idno type="frus">frus1990-92v97</idno></publicationStmt></fileDesc></teiHeader>'
            f'<text><front>{press}</front><body><div type="document" xml:id="d1" n="1">'
            '<head>1. Editorial Note</head><p>On May 9, 1991, Minister Ines Kallas told '
            'Ambassador Rolf Varnholt that the border would stay open.</p></div></body></text>'
            '</TEI>')


def read(tmp_path: Path, text: str):
    path = tmp_path / "frus1990-92v97.xml"
    path.write_text(text, encoding="utf-8")
    (doc,), _ = read_tei(path, tmp_path)
    return doc
