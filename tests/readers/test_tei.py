"""FRUS TEI reading and primary-record extraction, on invented fixtures (tests/fixtures/tei)."""

from __future__ import annotations

import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from pipelines.document import Document, Markup
from pipelines.extract import extract_document, turns
from pipelines.extract.offices import secretary_of_state, us_president
from pipelines.extract.persons_list import clean_role
from pipelines.readers import discover, drop_duplicates, read_documents
from pipelines.readers.tei import display_name, doc_type, read_tei
from pipelines.readers.text import ReadError

FIXTURES = Path(__file__).parent / "fixtures" / "tei"


def _docs(name: str):
    docs, rejects = read_tei(FIXTURES / name, FIXTURES)
    assert rejects == []
    return {d.source_key: d for d in docs}


def _said(ex):
    return [(s.kind, s.speaker_name, s.text) for s in ex.statements]


# --- reader ---------------------------------------------------------------------------------


def test_a_volume_gives_one_document_per_division_keyed_by_the_source_ids():
    docs = _docs("volume_current.xml")
    assert sorted(docs) == ["frus1999-01v99/d1", "frus1999-01v99/d2", "frus1999-01v99/d3"]
    d1 = docs["frus1999-01v99/d1"]
    assert d1.source_path == "volume_current.xml"
    assert d1.source_url == "https://history.state.gov/historicaldocuments/frus1999-01v99/d1"
    assert d1.title == "Memorandum of Conversation"
    assert (d1.doc_type, d1.place, d1.event_date) == ("memorandum of conversation", "Lakeport",
                                                      "1999-05-04")
    assert docs["frus1999-01v99/d2"].doc_type == "telephone conversation"
    note = docs["frus1999-01v99/d3"]
    assert note.doc_type == "editorial note"
    assert note.event_date is None and note.published_on == "2030"  # the volume's year


def test_footnotes_and_source_notes_are_kept_apart_from_the_text():
    d1 = _docs("volume_current.xml")["frus1999-01v99/d1"]
    assert "Oskarsson" not in d1.text and "Invented Archive" not in d1.text
    assert "Source: Invented Archive, Box 1. Drafted by Pellam on May 6." in d1.notes
    assert "Footnote naming Oskarsson, who was not there." in d1.notes
    # the sentence around the footnote mark is whole
    assert "We are ready to sign an agreement this year.\n\n" in d1.text


def test_markup_offsets_point_into_the_text():
    for doc in _docs("volume_current.xml").values():
        for m in doc.markup:
            span = doc.text[m.char_start:m.char_end]
            assert span and span == span.strip()
    d1 = _docs("volume_current.xml")["frus1999-01v99/d1"]
    persons = [(d1.text[m.char_start:m.char_end], m.ref) for m in d1.markup if m.kind == "person"]
    assert ("Aldo Varnholt", "p_VA_1") in persons and ("Kesh", "p_KT_1") in persons
    participants = [d1.text[m.char_start:m.char_end] for m in d1.markup
                    if m.kind == "participant"]
    assert participants == ["President Aldo Varnholt", "Premier Kesh Tomo of Eastria",
                            "Lina Morrow, Interpreter"]


def test_markup_lists_each_span_where_its_element_opens():
    """A block comes before the names inside it, even a name that opens it (offsets equal);
    lists only break the text."""
    d40 = _docs("single_2015.xml")["frus1999-01v98/d40"]
    turn = next(m for m in d40.markup if d40.text.startswith("Talvi:", m.char_start))
    after = d40.markup[d40.markup.index(turn) + 1]
    assert (turn.kind, after) == ("p", Markup("person", turn.char_start, turn.char_start + 5,
                                              "p_TR1"))
    kinds = {m.kind for d in _docs("volume_current.xml").values() for m in d.markup}
    assert kinds == {"head", "dateline", "participant", "subject", "p", "person"}


def test_the_2015_encoding_reads_alike_and_its_participant_paragraphs_are_found():
    d40 = _docs("single_2015.xml")["frus1999-01v98/d40"]
    assert (d40.place, d40.event_date, d40.published_on) == ("Eastport", "1999-06-02",
                                                             "1999-06-02")
    participants = [d40.text[m.char_start:m.char_end] for m in d40.markup
                    if m.kind == "participant"]
    assert participants == ["Chairman Talvi Ren", "Secretary Mila Gruber"]
    assert [p.name for p in d40.persons] == ["Mila Gruber", "Talvi Ren"]


def test_persons_list_names_are_put_in_display_order():
    assert display_name("Varnholt, Aldo") == ("Aldo Varnholt", ())
    assert display_name("Kesh Tomo (Ke Shitomo)") == ("Kesh Tomo", ("Ke Shitomo",))
    assert display_name("Pellam, Hugo B., Jr.") == ("Hugo B. Pellam Jr.", ())
    assert display_name("Vasko Orlen (born Jan Vasko)") == ("Vasko Orlen", ("Jan Vasko",))
    # a rank the list puts before the given name is no part of the name
    assert display_name("Pellam, General Hugo B., Jr.") == (
        "Hugo B. Pellam Jr.", ("General Hugo B. Pellam Jr.",))
    assert display_name("Tho Van Kiem, Major General") == (
        "Tho Van Kiem", ("Major General Tho Van Kiem",))


def test_document_types_come_from_the_title():
    assert doc_type("Memorandum of Conversation") == "memorandum of conversation"
    assert doc_type("Telegram From the Embassy in Lakeport to the Department of State") == (
        "telegram")
    assert doc_type("Memorandum From the Assistant to the President") == "paper"
    # a record of a meeting is its minutes; an airgram is a telegram sent by pouch
    assert doc_type("Memorandum of Conference With the President") == "minutes"
    assert doc_type("Airgram From the Legation in Ostby to the Department of State") == (
        "telegram")
    assert doc_type("Notes of Discussion") == "minutes"
    assert doc_type("Memorandum of a Conference With the President") == "minutes"
    assert doc_type("Memorandum of a Staff Meeting") == "minutes"
    assert doc_type("Notes of the Minister’s Staff Meeting") == "minutes"
    assert doc_type("Memorandum on the Substance of Discussions at a Ministry–General Staff "
                    "Meeting") == "minutes"
    assert doc_type("Memorandum for the Chancellor of Discussion at the 3rd Meeting of the "
                    "Defence Council") == "minutes"
    assert doc_type("Notes of Minister of State Pell’s Daily Staff Meeting") == "minutes"
    assert doc_type("Transcript of Meeting") == "minutes"
    assert doc_type("Notes on Discussion") == "minutes"
    # what a meeting decided is no record of its talk
    assert doc_type("Record of Actions Taken at the 12th Meeting of the Defence Council") == (
        "record")
    assert doc_type("Untitled") is None


# --- safety ---------------------------------------------------------------------------------


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_entity_declarations_are_refused(tmp_path):
    bomb = ('<?xml version="1.0"?><!DOCTYPE TEI [<!ENTITY a "aaaaaaaaaa">'
            '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
            '<TEI><text><body><div type="document" xml:id="d1"><p>&b;</p></div></body></text>'
            '</TEI>')
    with pytest.raises(ReadError, match="declares entities"):
        read_tei(_write(tmp_path, "bomb.xml", bomb), tmp_path)


def test_external_entities_are_never_fetched(tmp_path):
    secret = _write(tmp_path, "secret.txt", "TOP SECRET CONTENT")
    xxe = (f'<?xml version="1.0"?><!DOCTYPE TEI [<!ENTITY x SYSTEM "file://{secret}">]>'
           '<TEI><text><body><div type="document" xml:id="d1"><p>&x;</p></div></body></text>'
           '</TEI>')
    with pytest.raises(ReadError):
        read_tei(_write(tmp_path, "xxe.xml", xxe), tmp_path)


def test_malformed_xml_is_rejected_with_the_parsers_message(tmp_path):
    _write(tmp_path, "broken.xml", "<TEI><text><body><div type='document'><p>cut off")
    _write(tmp_path, "other.xml", "<catalog><item>not FRUS</item></catalog>")
    paths, _ = discover(tmp_path)
    docs, rejects = read_documents(paths, tmp_path)
    assert docs == []
    reasons = {r.source_path: r.reason for r in rejects}
    assert reasons["broken.xml"].startswith("malformed XML: ")
    assert "no FRUS document divisions" in reasons["other.xml"]


def test_a_document_in_a_volume_and_in_its_own_file_is_kept_once(tmp_path):
    shutil.copy(FIXTURES / "volume_current.xml", tmp_path / "a_volume.xml")
    single = (FIXTURES / "volume_current.xml").read_text(encoding="utf-8")
    start, end = single.index('<div type="document" n="3"'), single.index("</div>\n      </div>")
    only_d3 = single[:single.index('<div type="chapter"')] + single[start:end] + "</div>" + (
        "\n    </body>\n  </text>\n</TEI>\n")
    _write(tmp_path, "b_single.xml", only_d3)
    paths, _ = discover(tmp_path)
    docs, rejects = read_documents(paths, tmp_path)
    assert rejects == [] and len(docs) == 4
    kept, dups = drop_duplicates(docs)
    assert len(kept) == 3
    assert [(d.source_path, d.reason) for d in dups] == [
        ("b_single.xml#frus1999-01v99/d3", "duplicate of a_volume.xml (frus1999-01v99/d3)")]


# --- extraction -----------------------------------------------------------------------------


def test_speaker_turns_by_reference_by_title_and_by_title_and_name():
    ex = extract_document(_docs("volume_current.xml")["frus1999-01v99/d1"])
    assert _said(ex) == [
        ("indirect", "Aldo Varnholt", "the fishing dispute had gone on for too long"),
        ("direct", "Kesh Tomo", "We are ready to sign an agreement this year."),
        ("direct", "Aldo Varnholt", "Then let our ministers meet in June."),
        # an unlabelled paragraph continues the turn; "(Laughter)" is a stage direction
        ("direct", "Aldo Varnholt", "I will ask my staff to prepare a draft."),
        ("direct", "Aldo Varnholt", "One more thing about the quotas."),
    ]
    assert {s.said_on for s in ex.statements} == {"1999-05-04"}
    assert [s.rule for s in ex.statements][1:4] == ["turn", "turn", "turn-continued"]


def test_footnote_people_are_not_people_of_the_document():
    ex = extract_document(_docs("volume_current.xml")["frus1999-01v99/d1"])
    assert sorted(p.name for p in ex.people) == ["Aldo Varnholt", "Kesh Tomo", "Lina Morrow"]
    kesh = next(p for p in ex.people if p.name == "Kesh Tomo")
    assert kesh.role == "Premier of Eastria" and "Ke Shitomo" in kesh.aliases
    assert "Kesh Tomo of Eastria" not in kesh.aliases  # a place is not part of a name


def test_telcon_initials_are_the_two_parties():
    ex = extract_document(_docs("volume_current.xml")["frus1999-01v99/d2"])
    assert _said(ex) == [
        ("direct", "Hugo Pellam", "The Premier called again today."),
        ("direct", "Aldo Varnholt", "What did he want?"),
        ("direct", "Hugo Pellam", "A date for the ministers."),
    ]
    (call,) = ex.exchanges
    assert call.kind == "call" and call.date == "1999-05-07"
    assert set(call.participants) == {"aldo varnholt", "hugo pellam"}
    assert {s.exchange_key for s in ex.statements} == {call.key}


def test_reported_speech_after_a_turn_is_narrative_not_a_continuation():
    ex = extract_document(_docs("single_2015.xml")["frus1999-01v98/d40"])
    said = _said(ex)
    assert said[:2] == [("direct", "Talvi Ren", "Welcome back to Eastport."),
                        ("direct", "Mila Gruber", "Thank you, it has been a year.")]
    assert all(not text.startswith("The Chairman") for _, _, text in said)


def test_a_paragraph_about_another_person_ends_the_turn():
    said = _said(extract_document(_docs("single_2015.xml")["frus1999-01v98/d40"]))
    gruber = [text for _, name, text in said if name == "Mila Gruber"]
    # the unlabelled paragraph after her turn goes on with it; the two opening with what Ren
    # did or thinks (a verb, a note-taker's dash) are not hers
    assert gruber == ["Thank you, it has been a year.", "Not before the autumn.",
                      "We have still to hear from the fishing towns."]


def test_the_conversation_is_an_exchange_with_its_participants_and_subject():
    ex = extract_document(_docs("volume_current.xml")["frus1999-01v99/d1"])
    (meeting,) = ex.exchanges
    assert (meeting.kind, meeting.date, meeting.place) == ("meeting", "1999-05-04", "Lakeport")
    assert meeting.subject == "Fishing Rights in the Northern Sound"
    assert set(meeting.participants) == {"aldo varnholt", "kesh tomo", "lina morrow"}


def test_an_editorial_note_is_prose_dated_by_its_own_text():
    ex = extract_document(_docs("volume_current.xml")["frus1999-01v99/d3"])
    assert _said(ex) == [("indirect", "Bryn Oskarsson", "Norland would stay neutral")]
    assert ex.statements[0].said_on == "1999-05-09"
    assert ex.exchanges == ()
    assert [d.value for d in ex.dates] == ["1999-05-09"]


def test_the_president_of_a_us_record_is_the_president_of_the_day():
    assert us_president("1972-02-21") == "Richard M. Nixon"
    assert us_president("1974-08-09") == "Gerald R. Ford"
    assert us_president("1974-08") is None  # the month straddles a change of President
    assert us_president(None) is None
    d1 = _docs("volume_current.xml")["frus1999-01v99/d1"]
    # the persons list names the President: no table needed
    assert extract_document(d1).statements[0].speaker_name == "Aldo Varnholt"
    # a record of 1970 whose participants have a President other than the U.S. one of the
    # day: "the President" is that other country's
    moved = replace(d1, source_key="frus1969-76v99/d1", event_date="1970-05-04",
                    persons=tuple(p for p in d1.persons if p.ref != "p_VA_1"),
                    markup=tuple(m for m in d1.markup if m.ref != "p_VA_1"))
    assert extract_document(moved).statements[0].speaker_name == "Aldo Varnholt"
    # a record that names the President only by office gets the holder of the day
    unnamed = replace(moved, markup=tuple(
        m for m in moved.markup if not (m.kind == "participant" and "Varnholt" in
                                        d1.text[m.char_start:m.char_end])))
    ex = extract_document(unnamed)
    assert ex.statements[0].speaker_name == "Richard M. Nixon"
    nixon = next(p for p in ex.people if p.name == "Richard M. Nixon")
    assert (nixon.role, nixon.country) == ("President of the United States", "US")
    assert any(m.text == "President" and m.person_key == nixon.key for m in ex.mentions)


def _note_volume(title: str) -> str:
    return ('<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>'
            f'<titleStmt><title type="volume">{title}</title></titleStmt><publicationStmt>'
            '<date>2030</date><idno type="frus">frus1999-01v97</idno></publicationStmt>'
            '</fileDesc></teiHeader><text><body><div type="document" xml:id="d7" n="7">'
            '<head>7. Editorial Note</head><p>On May 9 Minister Ines Kallas told Ambassador '
            'Rolf Varnholt that the border would stay open.</p></div></body></text></TEI>')


def test_an_undated_note_takes_the_one_year_its_volume_covers(tmp_path):
    path = _write(tmp_path, "v97.xml", _note_volume("Northland, January–June 1999"))
    (doc,), _ = read_tei(path, tmp_path)
    assert doc.event_date == "1999" and doc.published_on == "2030"
    ex = extract_document(doc)
    assert [(d.text, d.value) for d in ex.dates] == [("May 9", "1999-05-09")]
    # a volume over several years dates nothing: no year is invented from the publication date
    path = _write(tmp_path, "v96.xml", _note_volume("Northland, 1998–1999"))
    (doc,), _ = read_tei(path, tmp_path)
    assert doc.event_date is None
    assert extract_document(doc).dates == ()


def _notes_volume(before: str, after: str) -> str:
    """A volume over several years: a record of ``before``, an editorial note, a record of
    ``after``."""
    def record(n: int, day: str) -> str:
        return (f'<div type="document" xml:id="d{n}" n="{n}"><head>{n}. Telegram From the '
                f'Embassy in Northland</head><dateline><placeName>Lakeport</placeName>, '
                f'<date when="{day}">{day}</date></dateline><p>Nothing new.</p></div>')
    return ('<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>'
            '<titleStmt><title type="volume">Northland, 1998–2001</title></titleStmt>'
            '<publicationStmt><date>2030</date><idno type="frus">frus1998-01v95</idno>'
            '</publicationStmt></fileDesc></teiHeader><text><body>' + record(6, before) +
            '<div type="document" xml:id="d7" n="7"><head>7. Editorial Note</head><p>On '
            'January 3 Minister Ines Kallas told Ambassador Rolf Varnholt that the border would '
            'stay open.</p></div>' + record(8, after) + '</body></text></TEI>')


def test_an_undated_note_takes_the_year_of_the_records_around_it(tmp_path):
    path = _write(tmp_path, "v95.xml", _notes_volume("1999-12-20", "2000-01-10"))
    docs, _ = read_tei(path, tmp_path)
    note = next(d for d in docs if d.source_key.endswith("/d7"))
    assert note.event_date is None and note.reference_date == "1999-12-30"
    assert all(d.reference_date is None for d in docs if d is not note)
    ex = extract_document(note)
    # the year that puts January 3 nearest the records around the note: the one after
    assert [(d.text, d.value) for d in ex.dates] == [("January 3", "2000-01-03")]
    assert [s.said_on for s in ex.statements] == ["2000-01-03"]
    # records far apart (a chapter ends, another begins) place nothing between them
    path = _write(tmp_path, "v94.xml", _notes_volume("1999-12-20", "2001-06-01"))
    docs, _ = read_tei(path, tmp_path)
    note = next(d for d in docs if d.source_key.endswith("/d7"))
    assert note.reference_date is None and extract_document(note).dates == ()
    # ... but records far apart in one year give that year
    path = _write(tmp_path, "v93.xml", _notes_volume("2000-01-01", "2000-08-10"))
    docs, _ = read_tei(path, tmp_path)
    note = next(d for d in docs if d.source_key.endswith("/d7"))
    assert [(d.text, d.value) for d in extract_document(note).dates] == [
        ("January 3", "2000-01-03")]


# --- offices and titles -----------------------------------------------------------------------


def test_a_listed_role_is_the_one_held_on_the_records_day():
    role = ("Deputy Minister from March 3, 1990, until June 1, 1994; Minister of Fisheries "
            "from June 1, 1994; member, Council of Ports, from 1985")
    assert clean_role(role, "1992-05-01") == "Deputy Minister; member, Council of Ports"
    assert clean_role(role, "1995-05-01") == "Minister of Fisheries; member, Council of Ports"
    assert clean_role(role, None) == "Deputy Minister"
    assert clean_role("Premier until May 2, 1990", "1991-01-01") == "former Premier"
    # a misprint of the list, which no "the Prime Minister" would match
    assert clean_role("Prime Minster of Norland", "1991-01-01") == "Prime Minister of Norland"
    # every role of the entry came later: the list does not say what the person was then
    later = "Deputy Minister from July 1972 until 1973; Ambassador to Norland from March 1973"
    assert clean_role(later, "1971-03-04") is None
    assert clean_role("Premier, concurrently Minister of Ports from 1959", "1958-11-19") == (
        "Premier, concurrently Minister of Ports")


def test_a_listed_roles_years_as_a_range_and_what_came_thereafter():
    assert clean_role("Premier of Norland, 1953–1961", "1968-01-26") == "former Premier of Norland"
    assert clean_role("Premier of Norland, 1953–1961", "1955-01-26") == "Premier of Norland"
    role = ("Deputy Director for Ports until April 1965, Deputy Director of the Harbour Board, "
            "April 29, 1965–June 30, 1966; thereafter Director of the Harbour Board")
    assert clean_role(role, "1965-08-01") == "Deputy Director of the Harbour Board"
    assert clean_role(role, "1968-01-26") == "Director of the Harbour Board"
    assert clean_role("Under Secretary, Ministry of Ports September 30, 1966–January 20, 1969",
                      "1968-01-26") == "Under Secretary, Ministry of Ports"


def test_secretaries_of_state_by_day():
    assert secretary_of_state("1971-11-12") == "William P. Rogers"
    assert secretary_of_state("1975-06-11") == "Henry A. Kissinger"
    assert secretary_of_state("1973-09-10") is None  # between two Secretaries
    assert secretary_of_state("1975") is None


def _dialogue(labels_and_words: list[tuple[str, str]], participants: list[str]) -> Document:
    text = "1. Memorandum of Conversation\n\nPARTICIPANTS\n\n" + "\n\n".join(participants)
    markup = [Markup("head", 0, 29), Markup("head", 31, 43)]
    pos = 45
    for p in participants:
        markup.append(Markup("participant", pos, pos + len(p)))
        pos += len(p) + 2
    for label, words in labels_and_words:
        para = f"{label}: {words}" if label else words
        text += "\n\n" + para
        markup.append(Markup("p", len(text) - len(para), len(text)))
    return Document("f" * 16, "x.xml", text, "0" * 64, source_key="frus2030-31v01/d1",
                    doc_type="memorandum of conversation", event_date="2030-05-02",
                    markup=tuple(markup))


def test_a_one_letter_label_is_no_middle_initial():
    doc = _dialogue([("H", "Morale is very bad."), ("B", "Yes."), ("H", "We must act now.")],
                    ["Hugo Pellam", "Aldo B. Varnholt"])
    # "B:" is not Aldo B. Varnholt: nobody listed, so no turn rather than a wrong one
    assert _said(extract_document(doc)) == [("direct", "Hugo Pellam", "Morale is very bad."),
                                            ("direct", "Hugo Pellam", "We must act now.")]


def test_title_labels_need_the_whole_title_and_abbreviations_are_read():
    doc = _dialogue([("Secretary", "Welcome."), ("VM Kallas", "Thank you."),
                     ("FM", "Shall we start?")],
                    ["Assistant Secretary Rolf Varnholt", "Vice Minister Ines Kallas",
                     "Foreign Minister Bryn Oskarsson"])
    said = _said(extract_document(doc))
    # "Assistant Secretary" is not "the Secretary": that turn has no speaker
    assert said == [("direct", "Ines Kallas", "Thank you."),
                    ("direct", "Bryn Oskarsson", "Shall we start?")]


def test_the_secretary_of_a_us_record_is_the_secretary_of_state_of_the_day(monkeypatch):
    monkeypatch.setattr(turns, "secretary_of_state",
                        lambda day: "Mila Gruber" if day == "2030-05-02" else None)
    doc = _dialogue([("Secretary", "Welcome."), ("Varnholt", "Thank you.")],
                    ["The Secretary of State", "Ambassador Rolf Varnholt"])
    ex = extract_document(doc)
    assert _said(ex) == [("direct", "Mila Gruber", "Welcome."),
                         ("direct", "Rolf Varnholt", "Thank you.")]
    gruber = next(p for p in ex.people if p.name == "Mila Gruber")
    assert (gruber.role, gruber.country) == ("Secretary of State", "US")


def test_initials_of_first_and_last_name_label_a_party():
    doc = _dialogue([("HV", "Ready."), ("IK", "Yes.")],
                    ["Hugo B. Varnholt", "Ines Kallas"])
    assert _said(extract_document(doc)) == [("direct", "Hugo B. Varnholt", "Ready."),
                                             ("direct", "Ines Kallas", "Yes.")]


def test_the_secretary_of_the_day_is_no_namesake_with_other_given_names(monkeypatch):
    monkeypatch.setattr(turns, "secretary_of_state",
                        lambda day: "Mila Gruber" if day == "2030-05-02" else None)
    doc = _dialogue([("Secretary", "Welcome."), ("Director", "Thank you.")],
                    ["Director Otto Gruber", "Ambassador Rolf Varnholt"])
    said = _said(extract_document(doc))
    assert said == [("direct", "Mila Gruber", "Welcome."), ("direct", "Otto Gruber", "Thank you.")]


def _namesakes_volume(refs: tuple[str, ...]) -> str:
    """Two brothers in the persons list; the record refers to them as ``refs`` say."""
    body = "".join(f'<p>{title} <persName corresp="#{ref}">Varnholt</persName> said that the '
                   f'talks would resume.</p>' for title, ref in refs)
    return ('<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>'
            '<titleStmt><title type="complete">Invented</title></titleStmt><publicationStmt>'
            '<date>2031</date><idno type="frus">frus1955-57v98</idno></publicationStmt>'
            '</fileDesc></teiHeader><text><front><div type="section" xml:id="persons"><list>'
            '<item><persName xml:id="p_VA">Varnholt, Aldo</persName>, Secretary of State</item>'
            '<item><persName xml:id="p_VH">Varnholt, Hugo</persName>, Director of Central '
            'Intelligence</item><item><persName xml:id="p_KI">Kallas, Ines</persName>, Foreign '
            'Minister of Norland</item></list></div></front><body><div type="document" '
            'xml:id="d1" n="1"><head>1. Memorandum for the Record</head><dateline><placeName>'
            'Washington</placeName>, <date when="1957-03-04">March 4, 1957</date></dateline>'
            f'{body}</div></body></text></TEI>')


def _speakers(tmp_path: Path, refs: tuple[tuple[str, str], ...]) -> list[str]:
    path = _write(tmp_path, "v98.xml", _namesakes_volume(refs))
    (doc,), _ = read_tei(path, tmp_path)
    assert [p.ref for p in doc.namesakes] == sorted({"p_VA", "p_VH"} - {r for _, r in refs})
    return [s.speaker_name for s in extract_document(doc).statements]


def test_a_mention_linked_to_the_wrong_namesake_is_the_one_its_title_fits(tmp_path):
    # the editors linked the Secretary to his brother, the Director, throughout the record
    assert _speakers(tmp_path, (("Secretary", "p_VH"), ("Mr.", "p_VH"))) == ["Aldo Varnholt"] * 2
    # a title that fits the entry keeps the link, and so does a record citing both brothers
    assert _speakers(tmp_path, (("Director", "p_VH"), ("Mr.", "p_VH"))) == ["Hugo Varnholt"] * 2
    assert _speakers(tmp_path, (("Secretary", "p_VA"), ("Director", "p_VH"))) == [
        "Aldo Varnholt", "Hugo Varnholt"]


def test_a_family_name_linked_to_an_entry_of_another_family_is_the_texts_own(tmp_path):
    # the editors linked "Mr. Aldon" to "Varnholt, Aldo" (a given name alike): the list's
    # Aldon is meant
    volume = _namesakes_volume(()).replace(
        "</list>", '<item><persName xml:id="p_AP">Aldon, Per</persName>, Ambassador</item>'
        "</list>").replace(
        "</dateline>", '</dateline><p>Ambassador <persName corresp="#p_AP">Aldon</persName> '
        'called at noon.</p><p>Mr. <persName corresp="#p_VA">Aldon</persName> said that the '
        'talks would resume.</p>')
    (doc,), _ = read_tei(_write(tmp_path, "v98.xml", volume), tmp_path)
    assert [s.speaker_name for s in extract_document(doc).statements] == ["Per Aldon"]


def test_an_unlinked_name_whose_title_fits_a_namesake_is_that_namesake(tmp_path):
    # only the Director is linked; "Secretary Varnholt" in plain text is his brother
    volume = _namesakes_volume((("Director", "p_VH"),)).replace(
        ">Varnholt</persName> said", ">Hugo Varnholt</persName> said").replace(
        "</dateline>", "</dateline><p>Secretary Varnholt said that the fleet would wait.</p>")
    (doc,), _ = read_tei(_write(tmp_path, "v98.xml", volume), tmp_path)
    said = [(s.speaker_name, s.text) for s in extract_document(doc).statements]
    assert said == [("Aldo Varnholt", "the fleet would wait"),
                    ("Hugo Varnholt", "the talks would resume")]


def test_a_persons_list_without_the_namesake_gives_the_office_holder_of_the_day(
        tmp_path, monkeypatch):
    from pipelines.extract import offices
    monkeypatch.setattr(offices, "secretary_of_state",
                        lambda day: "Aldo Varnholt" if day == "1957-03-04" else None)
    volume = _namesakes_volume((("Secretary", "p_VH"),)).replace(
        '<item><persName xml:id="p_VA">Varnholt, Aldo</persName>, Secretary of State</item>', "")
    (doc,), _ = read_tei(_write(tmp_path, "v98.xml", volume), tmp_path)
    assert doc.namesakes == ()
    ex = extract_document(doc)
    assert [s.speaker_name for s in ex.statements] == ["Aldo Varnholt"]
    assert [(p.name, p.role) for p in ex.people] == [("Aldo Varnholt", "Secretary of State")]


def test_a_label_may_give_the_speakers_post_and_answers_end_the_askers_turn():
    doc = _dialogue([("Ambassador Varnholt, Norland", "What of the border?"),
                     (None, "A. It stays open."),
                     ("Mrs. Kallas, USSR", "And the ports?"), (None, "The ports too?"),
                     (None, "A. They stay closed.")],
                    ["Ambassador Rolf Varnholt", "Ines Kallas, Embassy in the USSR"])
    assert _said(extract_document(doc)) == [
        ("direct", "Rolf Varnholt", "What of the border?"),
        ("direct", "Ines Kallas", "And the ports?"), ("direct", "Ines Kallas", "The ports too?")]


def test_a_label_may_qualify_its_speaker_in_brackets():
    # the interpreter's line is no part of the turn before it; a speaker who switches language
    # is still the speaker
    doc = _dialogue([("Ambassador Varnholt", "What of the border?"),
                     ("Interpreter (Nor)", "He asks about the border."),
                     ("Mrs. Kallas (in English)", "It stays open.")],
                    ["Ambassador Rolf Varnholt", "Ines Kallas, Embassy in the USSR"])
    assert _said(extract_document(doc)) == [
        ("direct", "Rolf Varnholt", "What of the border?"),
        ("direct", "Ines Kallas", "It stays open.")]


def test_the_president_of_the_day_is_no_woman_or_general_of_the_family_name(monkeypatch):
    monkeypatch.setattr(turns, "us_president",
                        lambda day: "Hugo Varnholt" if day == "2030-05-02" else None)
    for other in ("Mrs. Varnholt", "General Varnholt"):
        doc = _dialogue([("President", "Welcome."), ("Kallas", "Thank you.")],
                        ["The President", other, "Ines Kallas"])
        ex = extract_document(doc)
        assert _said(ex)[0] == ("direct", "Hugo Varnholt", "Welcome.")
        hugo = next(p for p in ex.people if p.name == "Hugo Varnholt")
        assert hugo.role == "President of the United States"


def test_a_label_before_a_stage_direction_is_no_statement_but_its_turn_goes_on():
    doc = _dialogue([("Varnholt", "(Reads an editorial aloud.)"),
                     (None, "The ports stay shut in winter."),
                     ("Kallas", "So it does.")], ["Ambassador Rolf Varnholt", "Ines Kallas"])
    assert _said(extract_document(doc)) == [
        ("direct", "Rolf Varnholt", "The ports stay shut in winter."),
        ("direct", "Ines Kallas", "So it does.")]


def test_the_secretary_of_state_of_the_day_named_in_the_record_before_another_secretary(
        monkeypatch):
    monkeypatch.setattr(turns, "secretary_of_state",
                        lambda day: "Aldo Varnholt" if day == "2030-05-02" else None)
    doc = _dialogue([("Secretary", "Welcome."), ("Kallas", "Thank you.")],
                    ["Secretary of Defense Ines Kallas", "Mr. Aldo Varnholt"])
    assert _said(extract_document(doc))[0] == ("direct", "Aldo Varnholt", "Welcome.")


def test_who_may_hold_an_office_of_the_day():
    from pipelines.document import LocalPerson
    from pipelines.extract.persons_list import may_hold

    def person(name, role=None):
        return LocalPerson(name.lower().replace(" ", "-"), name, (), role)

    president = "President of the United States"
    assert may_hold(person("Eisenhower"), "Dwight D. Eisenhower", president)
    assert not may_hold(person("John S. D. Eisenhower", "Major"), "Dwight D. Eisenhower",
                        president)
    assert not may_hold(person("John S. D. Eisenhower"), "Dwight D. Eisenhower", president)
    assert may_hold(person("James Earl Carter", "President"), "Jimmy Carter", president)
    assert not may_hold(person("Carter", "Mrs."), "Jimmy Carter", president)
    assert may_hold(person("Carter", "Mr."), "Jimmy Carter", president)


def test_the_secretary_listed_alone_is_the_secretary_of_state_beside_another_secretary(
        monkeypatch):
    monkeypatch.setattr(turns, "secretary_of_state",
                        lambda day: "Aldo Varnholt" if day == "2030-05-02" else None)
    doc = _dialogue([("Secretary", "Welcome."), ("Kallas", "Thank you.")],
                    ["The Secretary", "Secretary of Defense Ines Kallas"])
    assert _said(extract_document(doc))[0] == ("direct", "Aldo Varnholt", "Welcome.")


def test_a_summary_of_conversations_is_a_record_of_conversation():
    import re

    from pipelines.readers.tei import DOC_TYPES

    def kind(title):
        return next(n for n, pattern in DOC_TYPES if re.search(pattern, title, re.IGNORECASE))

    assert kind("Summary of Conversations Between the Premier and the King") == \
        "memorandum of conversation"
    assert kind("Telegram From the Embassy Reporting Conversations") == "telegram"


def test_a_cross_reference_entry_is_the_person_it_points_to(tmp_path):
    # "Kalas, Agnes, see Kallas, Ines": the record refers to both entries; one person
    volume = _namesakes_volume((("Minister", "p_KA"), ("Minister", "p_KI"))).replace(
        '<item><persName xml:id="p_KI">', '<item><persName xml:id="p_KA">Kalas, Ines</persName>'
        ', see Kallas, Ines</item><item><persName xml:id="p_KI">').replace(
        '"#p_KA">Varnholt', '"#p_KA">Kalas').replace('"#p_KI">Varnholt', '"#p_KI">Kallas')
    (doc,), _ = read_tei(_write(tmp_path, "v98.xml", volume), tmp_path)
    ex = extract_document(doc)
    # both entries the record cites, to go back to the source by either
    assert [(p.name, p.role, p.list_ids) for p in ex.people] == [
        ("Ines Kallas", "Foreign Minister of Norland",
         ("frus1955-57v98#p_KA", "frus1955-57v98#p_KI"))]
    assert "Ines Kalas" in ex.people[0].aliases
    assert [s.speaker_name for s in ex.statements] == ["Ines Kallas"] * 2


def test_a_record_citing_only_the_cross_reference_entry_gets_the_person_it_points_to(
        tmp_path):
    volume = _namesakes_volume((("Minister", "p_KA"),)).replace(
        '<item><persName xml:id="p_KI">', '<item><persName xml:id="p_KA">Kalas, Ines</persName>'
        ', see Kallas, Ines</item><item><persName xml:id="p_KI">').replace(
        '"#p_KA">Varnholt', '"#p_KA">Kalas')
    (doc,), _ = read_tei(_write(tmp_path, "v98.xml", volume), tmp_path)
    ex = extract_document(doc)
    assert [(p.name, p.role, p.list_ids) for p in ex.people] == [
        ("Ines Kallas", "Foreign Minister of Norland", ("frus1955-57v98#p_KA",))]


def test_a_cross_reference_to_no_entry_is_no_role(tmp_path):
    volume = _namesakes_volume((("Mr.", "p_KA"),)).replace(
        '<item><persName xml:id="p_KI">', '<item><persName xml:id="p_KA">Kalas, Ines</persName>'
        ', see Kallas, Agnes</item><item><persName xml:id="p_KI">')
    (doc,), _ = read_tei(_write(tmp_path, "v98.xml", volume), tmp_path)
    assert [(p.name, p.role) for p in extract_document(doc).people] == [("Ines Kalas", None)]


def test_a_name_read_over_marked_names_only_is_no_new_person(tmp_path):
    # a heading "Adds Kallas" over the marked "Kallas": not a person "Adds Kallas"
    volume = _namesakes_volume((("Secretary", "p_VA"),)).replace(
        "</dateline>", "</dateline><p>Adds <persName corresp=\"#p_KI\">Kallas</persName></p>")
    (doc,), _ = read_tei(_write(tmp_path, "v98.xml", volume), tmp_path)
    names = sorted(p.name for p in extract_document(doc).people)
    assert names == ["Aldo Varnholt", "Ines Kallas"]


def test_an_english_word_before_a_listed_family_name_describes_the_listed_person(tmp_path):
    # the record links one "Kallas" to the list; "Brahmin Kallas" in plain text is she too
    volume = _namesakes_volume((("Secretary", "p_VA"),)).replace(
        "</dateline>", '</dateline><p><persName corresp="#p_KI">Kallas</persName> agreed. '
        "Later Brahmin Kallas said that the border would stay open.</p>")
    (doc,), _ = read_tei(_write(tmp_path, "v98.xml", volume), tmp_path)
    names = sorted(p.name for p in extract_document(doc).people)
    assert names == ["Aldo Varnholt", "Ines Kallas"]


def test_a_listed_role_without_dates_is_held_when_the_dated_one_is_over():
    role = ("President of Norland; President of the Regional Union from September 1970 until "
            "June 1971")
    assert clean_role(role, "1975-01-01") == "President of Norland"
    assert clean_role(role, "1970-12-01") == "President of the Regional Union"


def test_a_participants_lists_side_headings_give_the_country_of_the_names_under_them():
    from pipelines.document import PersonMention
    from pipelines.extract.persons_list import participant_sides

    text = "U.K:\nMr. Ola Sarnes\n\nUnited States\nMs. Jana Wirt (interpreter)\n"
    doc = Document("d", "v.xml", text, "0", markup=(Markup("participant", 0, len(text)),))
    mentions = [PersonMention(key, key.title(), text.index(key.title()),
                              text.index(key.title()) + len(key))
                for key in ("ola sarnes", "jana wirt")]
    assert participant_sides(doc, mentions) == {"ola sarnes": "GB", "jana wirt": "US"}


def test_a_us_agency_heading_puts_the_names_under_it_on_the_us_side():
    from pipelines.document import PersonMention
    from pipelines.extract.persons_list import participant_sides

    text = "CIA\nJana Wirt, NIO/WE\n\nOMB\nOla Sarnes\n\nTurkey\nAli Demko\n"
    doc = Document("d", "v.xml", text, "0", markup=(Markup("participant", 0, len(text)),))
    mentions = [PersonMention(key, key.title(), text.index(key.title()),
                              text.index(key.title()) + len(key))
                for key in ("jana wirt", "ola sarnes", "ali demko")]
    assert participant_sides(doc, mentions) == {"jana wirt": "US", "ola sarnes": "US",
                                                "ali demko": "TR"}


def test_madame_of_a_family_name_is_the_listed_wife_not_the_listed_husband(tmp_path):
    # the list gives her under the family name, him under the first word of his name
    volume = _namesakes_volume(()).replace(
        '<item><persName xml:id="p_KI">',
        '<item><persName xml:id="p_TVK">Tho Van Kiem</persName>, brother of the Premier</item>'
        '<item><persName xml:id="p_KM">Kiem, Madame</persName>, wife of Tho Van Kiem</item>'
        '<item><persName xml:id="p_KI">').replace(
        "</dateline>", '</dateline><p><persName corresp="#p_TVK">Kiem</persName> said that '
        'the harbour was closed. Madame Kiem said that the harbour was open.</p>')
    (doc,), _ = read_tei(_write(tmp_path, "v98.xml", volume), tmp_path)
    said = [(s.speaker_name, s.text) for s in extract_document(doc).statements]
    assert said == [("Tho Van Kiem", "the harbour was closed"),
                    ("Madame Kiem", "the harbour was open")]


def _cable_volume(body: str) -> str:
    """A Department cable of 1966: a premier, a foreign minister who is 'Secretary of State
    for External Affairs', and the U.S. Secretary of State in the persons list."""
    return ('<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>'
            '<titleStmt><title type="complete">Invented</title></titleStmt><publicationStmt>'
            '<date>2031</date><idno type="frus">frus1964-68v97</idno></publicationStmt>'
            '</fileDesc></teiHeader><text><front><div type="section" xml:id="persons"><list>'
            '<item><persName xml:id="p_TL">Tam Lo-wen</persName>, Premier of Korea</item>'
            '<item><persName xml:id="p_OP">Ostrey, Paul</persName>, Eastrian Secretary of State '
            'for External Affairs</item><item><persName xml:id="p_VD">Varno, Dean</persName>, '
            'Secretary of State</item></list></div></front><body><div type="document" '
            'xml:id="d1" n="1"><head>1. Telegram From the Department of State to the Embassy '
            'in Norland</head><dateline><placeName>Washington</placeName>, <date '
            f'when="1966-11-10">November 10, 1966</date></dateline>{body}</div></body></text>'
            '</TEI>')


def test_a_cables_bare_secretary_and_an_ambassador_linked_to_his_premier_namesake(tmp_path):
    body = ('<p>1. Secretary saw Norland Ambassador <persName corresp="#p_TL">Tam</persName> '
            'this evening. <persName corresp="#p_TL">Tam</persName> said that his government '
            'was distressed by <persName corresp="#p_OP">Paul Ostrey</persName>’s move.</p>'
            '<p>2. Secretary emphasized that we fully agreed with the objections.</p>'
            '<p><persName corresp="#p_VD">Varno</persName></p>')
    (doc,), _ = read_tei(_write(tmp_path, "v97.xml", _cable_volume(body)), tmp_path)
    ex = extract_document(doc)
    assert [s.speaker_name for s in ex.statements] == ["Tam", "Dean Varno"]
    tam = next(p for p in ex.people if p.name == "Tam")
    assert (tam.role, tam.list_ids) == ("Ambassador", ())


def test_an_undated_notes_people_hold_the_roles_of_the_years_it_tells_of(tmp_path):
    # the list's first role is of years before the volume; the note names 2031
    volume = ('<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader>'
              '<fileDesc><titleStmt><title type="volume">Foundations, 2029–2032</title>'
              '</titleStmt><publicationStmt><date>2040</date><idno type="frus">frus2029-32v01'
              '</idno></publicationStmt></fileDesc></teiHeader><text><front><div '
              'type="section" xml:id="persons"><list><item><persName xml:id="p_VH">Varnholt, '
              'Hugo</persName>, Governor of Eastland from 2021 until 2025; President of the '
              'United States from January 20, 2029</item><item><persName xml:id="p_KI">Kallas, '
              'Ines</persName>, President of Norland</item></list></div></front><body><div '
              'type="document" xml:id="d7" n="7"><head>7. Editorial Note</head><p>On March 5, '
              '2031, Norland President <persName corresp="#p_KI">Ines Kallas</persName> invited '
              'President <persName corresp="#p_VH">Hugo Varnholt</persName> to Norland. On the '
              'morning of March 10, Varnholt addressed the Assembly of Norland. Following '
              'his opening remarks, the President turned to the efforts made the previous fall:</p><p>“Last '
              'September the talks took a new turn. We met there for thirteen days.”</p></div>'
              '</body></text></TEI>')
    (doc,), _ = read_tei(_write(tmp_path, "v01.xml", volume), tmp_path)
    ex = extract_document(doc)
    hugo = next(p for p in ex.people if p.name == "Hugo Varnholt")
    assert hugo.role == "President of the United States"
    assert [(s.speaker_name, s.said_on) for s in ex.statements] == [
        ("Hugo Varnholt", "2031-03-10")]


def test_a_governor_linked_to_the_president_he_became_stays_that_person(tmp_path):
    body = ('<p>The question is what Governor <persName corresp="#p_TL">Tam</persName> will '
            'say. <persName corresp="#p_TL">Tam</persName> said that the harbour was '
            'important.</p><p><persName corresp="#p_VD">Varno</persName></p>')
    (doc,), _ = read_tei(_write(tmp_path, "v97.xml", _cable_volume(body)), tmp_path)
    assert [p.name for p in extract_document(doc).people if "Tam" in p.name] == ["Tam Lo-wen"]


def test_a_cross_reference_goes_to_the_entry_its_see_links_whatever_its_name(tmp_path):
    volume = _namesakes_volume((("General", "p_KIEM"),)).replace(
        '<item><persName xml:id="p_KI">',
        '<item><persName xml:id="p_KIEM">Kiem</persName>, see <persName type="alt" '
        'corresp="#p_TVK">Tho Van Kiem</persName></item><item><persName xml:id="p_TVK">Tho '
        'Van Kiem, Major General</persName>, Commander of the Army</item>'
        '<item><persName xml:id="p_KI">').replace(">Varnholt</persName> said", ">Kiem</persName> said")
    (doc,), _ = read_tei(_write(tmp_path, "v98.xml", volume), tmp_path)
    ex = extract_document(doc)
    assert [s.speaker_name for s in ex.statements] == ["Tho Van Kiem"]
    kiem = next(p for p in ex.people if p.name == "Tho Van Kiem")
    assert (kiem.role, kiem.list_ids) == ("Commander of the Army", ("frus1955-57v98#p_KIEM",))


def test_a_president_linked_to_his_son_the_staff_secretary_is_the_president(tmp_path):
    # the editors linked "King Osk" and "President Varnholt" to the President's son
    volume = _namesakes_volume(()).replace(
        "Director of Central Intelligence</item>",
        "Director of Central Intelligence</item><item><persName xml:id=\"p_VJ\">Varnholt, Maj. "
        "Jon</persName>, USA, Assistant Staff Secretary to the President</item><item><persName "
        "xml:id=\"p_VP\">Varnholt, Hugo P.</persName>, President of the United States</item>"
    ).replace("</dateline>", '</dateline><p>A message from King <persName corresp="#p_VJ">Osk'
              '</persName> to President <persName corresp="#p_VJ">Varnholt</persName> arrived. '
              'The President replied that he would look into the details at once.</p>')
    (doc,), _ = read_tei(_write(tmp_path, "v98.xml", volume), tmp_path)
    ex = extract_document(doc)
    assert [s.speaker_name for s in ex.statements] == ["Hugo P. Varnholt"]
    assert display_name("Varnholt, Maj. Jon") == ("Jon Varnholt", ("Maj. Jon Varnholt",))


def test_an_embassy_heading_puts_the_names_under_it_on_its_countrys_side():
    from pipelines.document import PersonMention
    from pipelines.extract.persons_list import participant_sides

    text = ("South African Embassy\nMr. Ola Sarnes, Minister\n\nEmbassy of Portugal\nJana Wirt\n\n"
            "Department\nAli Demko\n")
    doc = Document("d", "v.xml", text, "0", markup=(Markup("participant", 0, len(text)),))
    mentions = [PersonMention(key, key.title(), text.index(key.title()),
                              text.index(key.title()) + len(key))
                for key in ("ola sarnes", "jana wirt", "ali demko")]
    # a U.S. record's "Department" is the Department of State
    assert participant_sides(doc, mentions) == {"ola sarnes": "ZA", "jana wirt": "PT",
                                                "ali demko": "US"}


def test_the_country_the_text_gives_an_unlisted_name_stays_with_it(tmp_path):
    volume = _namesakes_volume(()).replace(
        "</dateline>", "</dateline><p>UK Minister Godwin saw the Secretary and said that the "
        "commission would go. Later Lord Perrin joined them.</p>")
    (doc,), _ = read_tei(_write(tmp_path, "v98.xml", volume), tmp_path)
    people = {p.name: (p.role, p.country) for p in extract_document(doc).people}
    assert people["Godwin"] == ("UK Minister", "GB")
    assert people["Perrin"] == (None, "GB")


def test_a_heading_closing_with_place_and_day_dates_a_record_without_dateline(tmp_path):
    volume = re.sub(r"<dateline>.*?</dateline>", "", _namesakes_volume(())).replace(
        "<head>1. Memorandum for the Record</head>",
        "<head>1. Memorandum of Conversation, New York, October 4, 1974, 11:50 a.m.–12:30 "
        "p.m.</head>")
    (doc,), _ = read_tei(_write(tmp_path, "v98.xml", volume), tmp_path)
    assert (doc.place, doc.event_date) == ("New York", "1974-10-04")
    undated = volume.replace(", New York, October 4, 1974, 11:50 a.m.–12:30 p.m.",
                             ", Washington, undated.")
    (doc,), _ = read_tei(_write(tmp_path, "v98.xml", undated), tmp_path)
    assert doc.event_date is None  # never a guess


def test_side_headings_opening_a_record_list_its_participants(tmp_path):
    # no "PARTICIPANTS" line: the sides' headings open the body, their people below
    sides = ("<p>Norland:</p><p>Foreign Minister Kallas</p><p>Mr. Orrin</p>"
             "<p>United States:</p><p>Secretary Varnholt</p>"
             "<p>The Minister opened. Later notes: none.</p><p>Figures:</p><p>Ten boats</p>")
    volume = _namesakes_volume(()).replace("</dateline>", "</dateline>" + sides)
    (doc,), _ = read_tei(_write(tmp_path, "v98.xml", volume), tmp_path)
    got = [(m.kind, doc.text[m.char_start:m.char_end]) for m in doc.markup
           if m.kind in ("head", "participant")]
    assert got[1:] == [("head", "Norland:"), ("participant", "Foreign Minister Kallas"),
                       ("participant", "Mr. Orrin"), ("head", "United States:"),
                       ("participant", "Secretary Varnholt")]  # once prose has begun, no more


def test_an_attached_papers_dateline_does_not_date_the_record(tmp_path):
    # minutes with no dateline of their own, dated by their heading, attach a draft dated the
    # day before: the draft's dateline is the draft's
    volume = re.sub(r"<dateline>.*?</dateline>", "", _namesakes_volume(())).replace(
        "<head>1. Memorandum for the Record</head>",
        "<head>1. Minutes of a Meeting, at Linden House, Washington, D.C., March 9, 1951, "
        "4 p.m.</head>").replace(
        "</div></body>", '<frus:attachment xmlns:frus="http://history.state.gov/frus/ns/1.0">'
        '<head>Annex</head><dateline><placeName>Washington</placeName>, <date when='
        '"1951-03-08">March 8, 1951</date></dateline><p>1. The parties agree.</p>'
        '</frus:attachment></div></body>')
    (doc,), _ = read_tei(_write(tmp_path, "v98.xml", volume), tmp_path)
    assert (doc.place, doc.event_date) == ("Washington, D.C.", "1951-03-09")
    # with no date of its own at all, the attachment's is the best there is
    bare = volume.replace(", Washington, D.C., March 9, 1951, 4 p.m.", "")
    (doc,), _ = read_tei(_write(tmp_path, "v98.xml", bare), tmp_path)
    assert doc.event_date == "1951-03-08"


def test_a_nationality_before_the_title_does_not_send_a_name_to_a_namesake(tmp_path):
    # "Norwegian Prime Minister" is the title "Prime Minister" of Norway's: the listed
    # Prime Minister, not his namesake whose role says "Norwegian Minister"
    volume = _namesakes_volume(()).replace(
        "Secretary of State</item>", "Prime Minister of Norway</item>").replace(
        "Director of Central Intelligence</item>",
        "Norwegian Minister of Agriculture until 1957; Deputy Prime Minister from 1957</item>"
    ).replace("</dateline>", '</dateline><p>A letter from <persName corresp="#p_VA">Varnholt'
              '</persName> came. Norwegian Prime Minister Aldo Varnholt said that the talks '
              'would resume.</p>')
    (doc,), _ = read_tei(_write(tmp_path, "v98.xml", volume), tmp_path)
    ex = extract_document(doc)
    assert [s.speaker_name for s in ex.statements] == ["Aldo Varnholt"]
    aldo = next(p for p in ex.people if p.name == "Aldo Varnholt")
    assert (aldo.list_ids, aldo.country) == (("frus1955-57v98#p_VA",), "NO")


def test_minutes_call_one_namesake_mr_and_title_the_other(tmp_path):
    # "Secretary Varnholt" is the Secretary; "Mr. Varnholt" the brother the minutes call
    # "Mr. Hugo Varnholt" in full
    volume = _namesakes_volume(()).replace(
        "</dateline>", '</dateline><p>Mr. <persName corresp="#p_VH">Hugo Varnholt</persName> '
        'opened the briefing. Mr. <persName>Varnholt</persName> said that the rebels were weak. '
        'Secretary <persName>Varnholt</persName> said that the allies would agree. Mr. '
        '<persName>Varnholt</persName> replied that he doubted it.</p>')
    (doc,), _ = read_tei(_write(tmp_path, "v98.xml", volume), tmp_path)
    assert [s.speaker_name for s in extract_document(doc).statements] == [
        "Hugo Varnholt", "Aldo Varnholt", "Hugo Varnholt"]
