"""Shapes met in real FRUS volumes that once cost a document or a whole volume, rewritten as
invented fixtures: each must read, extract and validate."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from pipelines.extract import extract_document, with_unmarked
from pipelines.extract.persons_list import record_people
from pipelines.extract.turns import TurnReader
from pipelines.readers.tei import read_tei

HEAD = ('<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>'
        '<titleStmt><title type="volume">Northland, 1990</title></titleStmt><publicationStmt>'
        '<date>2030</date><idno type="frus">frus1990v97</idno></publicationStmt></fileDesc>'
        '</teiHeader><text><front><div xml:id="persons"><list>'
        '<item><persName xml:id="p_KG">King, Gordon A.</persName>, Deputy Chief of Mission</item>'
        '<item><persName xml:id="p_OT">Otho</persName>, King of Northland</item>'
        '</list></div></front><body>')
TAIL = '</body></text></TEI>'


def _volume(tmp_path: Path, body: str, listed: str = "") -> list:
    """The volume's documents; ``listed``: more persons-list items."""
    path = tmp_path / "frus1990v97.xml"
    path.write_text(HEAD.replace("</list>", listed + "</list>") + body + TAIL, encoding="utf-8")
    docs, rejects = read_tei(path, tmp_path)
    assert rejects == []
    return docs


def test_a_volume_that_gives_one_xml_id_twice_is_read(tmp_path):
    docs = _volume(tmp_path, '<div type="document" xml:id="d1" n="1"><head>1. Editorial Note'
                             '</head><p xml:id="x1">Otho spoke.</p></div>'
                             '<div type="document" xml:id="d2" n="2"><head>2. Editorial Note'
                             '</head><p xml:id="x1">Otho left.</p></div>')
    assert [d.source_key for d in docs] == ["frus1990v97/d1", "frus1990v97/d2"]


def test_a_name_nested_in_itself_is_one_mention(tmp_path):
    (doc,) = _volume(tmp_path, (
        '<div type="document" xml:id="d4" n="4"><head>4. Memorandum From the Staff</head>'
        '<p>We agree with the Embassy.</p><p><persName corresp="#p_KG"><persName '
        'corresp="#p_KG">Gordon\n      King</persName></persName> concurs.</p></div>'))
    names = [m for m in doc.markup if m.kind == "person"]
    assert [(doc.text[m.char_start:m.char_end], m.ref) for m in names] == [("Gordon King", "p_KG")]
    ex = extract_document(doc)
    assert [(m.text, m.person_key) for m in ex.mentions] == [("Gordon King", "gordon a king")]


def test_a_title_the_source_marks_as_another_person_is_one_mention(tmp_path):
    """The source tags "King" in "the King and his" as the diplomat Gordon King; the office reader
    also reads "the King" as the King of the day.  One span, one mention (the source's)."""
    (doc,) = _volume(tmp_path, (
        '<div type="document" xml:id="d3" n="3"><head>3. Memorandum of Conversation</head>'
        '<dateline><placeName>Ostby</placeName>, <date when="1990-05-04">May 4, 1990</date>'
        '</dateline><p>King <persName corresp="#p_OT">Otho</persName> received the '
        'Ambassador. Resentment of the <persName corresp="#p_KG">King</persName> and his '
        'interference is growing.</p><p>The King said that the cabinet would fall. The King '
        'added that he would not leave.</p></div>'))
    people, mentions = record_people(doc)
    offices = TurnReader(doc, people, mentions).office_mentions()
    marked = {(m.char_start, m.char_end) for m in mentions}
    assert any((m.char_start, m.char_end) in marked for m in offices)  # the shape is here
    ex = extract_document(doc)
    spans = Counter((m.char_start, m.char_end) for m in ex.mentions)
    assert spans and max(spans.values()) == 1
    start = doc.text.index("King", doc.text.index("Resentment"))
    [first] = [m for m in ex.mentions if m.char_start == start]
    assert first.person_key == "gordon a king"


def test_with_unmarked_keeps_the_first_reading_of_a_span():
    from pipelines.document import PersonMention

    a = PersonMention("a", "King", 4, 8)
    b = PersonMention("b", "King", 4, 8)
    c = PersonMention("b", "King", 20, 24)
    assert with_unmarked([a], [b, c, c]) == [a, c]


def test_a_name_linked_to_the_wrong_entry_keeps_its_own_name(tmp_path):
    """Editors sometimes link a name to a neighbouring entry: "Arne Velde" tagged as Clara
    Moss.  The text's full name wins; a surname alone, a title or another spelling of the
    entry's names keeps the link, and a listed surname with another given name ("Paul Moss")
    is not the listed Moss."""
    (doc,) = _volume(tmp_path, (
        '<div type="document" xml:id="d5" n="5"><head>5. Memorandum of Conversation</head>'
        '<dateline><placeName>Ostby</placeName>, <date when="1990-05-04">May 4, 1990</date>'
        '</dateline><p><persName corresp="#p_CM">Arne Velde</persName> said that the port '
        'would open. Consul <persName corresp="#p_CM">Moss</persName> said that it would '
        'not. Paul Moss said that the harbour board had not met.</p></div>'),
        listed='<item><persName xml:id="p_CM">Moss, Clara</persName>, Consul</item>')
    said = {s.text: s.speaker_name for s in extract_document(doc).statements}
    assert said == {"the port would open": "Arne Velde",
                    "it would not": "Clara Moss",
                    "the harbour board had not met": "Paul Moss"}


def test_the_title_means_the_holder_who_spoke_last_in_the_paragraph(tmp_path):
    """Two listed ambassadors (one by the participants list's title only): "the Ambassador"
    in Vale's paragraph is Vale, in Ruud's paragraph Ruud."""
    (doc,) = _volume(tmp_path, (
        '<div type="document" xml:id="d6" n="6"><head>6. Memorandum of Conversation</head>'
        '<dateline><placeName>Ostby</placeName>, <date when="1990-05-04">May 4, 1990</date>'
        '</dateline><p>PARTICIPANTS</p><p>Ambassador <persName corresp="#p_AV">Arne Vale'
        '</persName>, Representative to the Council</p><p>Ambassador Lars Ruud, Ambassador to '
        'Ostby</p><p>Ambassador Ruud said that the harbour treaty was ready. The Ambassador '
        'added that his government would sign it in June.</p><p>Ambassador <persName '
        'corresp="#p_AV">Vale</persName> commented that the council had not seen the text. '
        'The Ambassador emphasized that the council must see it before June.</p></div>'),
        listed='<item><persName xml:id="p_AV">Vale, Arne</persName>, Representative to the '
               'Council</item>')
    said = {s.text: s.speaker_name for s in extract_document(doc).statements}
    assert said["his government would sign it in June"] == "Lars Ruud"
    assert said["the council must see it before June"] == "Arne Vale"


def test_a_memorandums_own_dateline_dates_the_talk_over_its_headings(tmp_path):
    """A delegation's memoranda carry the series heading ("Ostby, September 1990") and their
    own dateline after it: the talk is of the own dateline's day."""
    (doc,) = _volume(tmp_path, (
        '<div type="document" xml:id="d7" n="7"><head>7. Memorandum of Conversation</head>'
        '<dateline><placeName>Ostby</placeName>, <date when="1990-09">September 1990</date>'
        '</dateline><p>SecDel/MC/12 Ostby, October 7, 1990, 11 a.m – noon.</p>'
        '<p>King <persName corresp="#p_OT">Otho</persName> said that the harbour would open '
        'in spring.</p></div>'))
    assert [s.said_on for s in extract_document(doc).statements] == ["1990-10-07"]
    # one dateline only: the record's date stands
    (doc,) = _volume(tmp_path, (
        '<div type="document" xml:id="d8" n="8"><head>8. Memorandum of Conversation</head>'
        '<dateline><placeName>Ostby</placeName>, <date when="1990-10-05">October 5, 1990'
        '</date></dateline><p>King <persName corresp="#p_OT">Otho</persName> said that the '
        'harbour would open on October 9, 1990.</p></div>'))
    assert [s.said_on for s in extract_document(doc).statements] == ["1990-10-05"]
    # a series heading after the dateline is no dateline of the record's own
    (doc,) = _volume(tmp_path, (
        '<div type="document" xml:id="d9" n="9"><head>9. Memorandum of Conversation</head>'
        '<dateline><placeName>Ostby</placeName>, <date when="1990-10-05">October 5, 1990'
        '</date></dateline><p>USDEL/MC/19</p><p>COUNCIL MEETING</p><p>OCTOBER 9–11, 1990</p>'
        '<p>King <persName corresp="#p_OT">Otho</persName> said that the harbour would open '
        'in spring.</p></div>'))
    assert [s.said_on for s in extract_document(doc).statements] == ["1990-10-05"]
    # the delegation's span of days with its place, after the record's own dateline
    (doc,) = _volume(tmp_path, (
        '<div type="document" xml:id="d10" n="10"><head>10. Memorandum of Conversation</head>'
        '<dateline><placeName>Ostby</placeName>, <date when="1990-10-10">October 10, 1990, 4 '
        'p.m.</date></dateline><p>USDEL/MC/20</p><p>DELEGATION TO THE COUNCIL</p>'
        '<p>Ostby, October 8–11, 1990</p><p>King <persName corresp="#p_OT">Otho</persName> '
        'said that the harbour would open in spring.</p></div>'))
    assert [s.said_on for s in extract_document(doc).statements] == ["1990-10-10"]
