"""The Secretary a U.S. record names by title alone, and a memorandum that lists the
participants of its meeting (invented people and records)."""

import tei_record
from tei_record import record

from pipelines.document import LocalPerson
from pipelines.extract import extract_document, secretary, turns
from pipelines.readers.tei import read_tei


def test_a_cables_bare_secretary_is_the_secretary_of_state_of_its_day(tmp_path, monkeypatch):
    for module in (secretary, turns):
        monkeypatch.setattr(module, "secretary_of_state",
                            lambda day: "Hugo Pellam" if day == "1957-03-04" else None)
    body = ("<p>Secto 12. At a meeting with the Secretary this afternoon the Prime Minister "
            "said that the harbour must stay open.</p><p>Secretary replied that the fleet "
            "would wait. Pellam added that the Council would meet again.</p>")
    doc = record(tmp_path, "Telegram From the Delegation to the Department of State", body)
    ex = extract_document(doc)
    said = [(s.speaker_name, s.text) for s in ex.statements]
    # the holder of the day is the "Pellam" the record names, now with his office
    assert ("Pellam", "the fleet would wait") in said
    hugo = next(p for p in ex.people if p.name == "Pellam")
    assert (hugo.role, hugo.country) == ("Secretary of State", "US")
    unnamed = record(tmp_path, "Telegram From the Delegation", body.replace(
        " Pellam added that the Council would meet again.", ""))
    assert [(s.speaker_name, s.text) for s in extract_document(unnamed).statements][-1] == (
        "Hugo Pellam", "the fleet would wait")


def test_a_note_takers_sec_is_the_secretary_of_state_not_another_secretary(tmp_path,
                                                                            monkeypatch):
    for module in (secretary, turns):
        monkeypatch.setattr(module, "secretary_of_state",
                            lambda day: "Hugo Pellam" if day == "1957-03-04" else None)
    body = ("<p>TELEPHONE CALL FROM SEC TARVO</p><p>The Sec returned the call of Secretary "
            '<persName corresp="#p_TR">Tarvo</persName>. T said the fleet must sail. The Sec '
            "said that is good. T said he may call again.</p>")
    doc = record(tmp_path, "Memorandum of a Telephone Conversation Between the Secretary of "
                 "State and the Secretary of the Navy (Tarvo)", body)
    said = [(s.speaker_name, s.text) for s in extract_document(doc).statements]
    assert said == [("Rein Tarvo", "the fleet must sail"), ("Hugo Pellam", "that is good"),
                    ("Rein Tarvo", "he may call again")]


def test_a_memorandum_listing_its_participants_dates_their_words_by_its_day(tmp_path):
    body = ("<p>PARTICIPANTS</p><p>Senator <persName corresp=\"#p_TR\">Rein Tarvo</persName>"
            "</p><p>Ambassador <persName corresp=\"#p_OB\">Bryn Oskarsson</persName></p>"
            "<p>Tarvo opened the meeting by saying he needed the advice of the Ambassador. "
            "Oskarsson said that the harbour was the first question. Tarvo added that "
            "Ines Kallas had said years ago that the harbour was closed.</p>")
    doc = record(tmp_path, "Memorandum for the Record", body, "1977-02-01")
    got = {(s.speaker_name, s.said_on) for s in extract_document(doc).statements}
    assert ("Bryn Oskarsson", "1977-02-01") in got
    assert ("Ines Kallas", "1977-02-01") not in got  # no participant: her words are older


def test_a_participant_listed_by_office_alone_above_another_is_that_office_holder(tmp_path):
    # "The President" on its own line, the next participant's title on the line after
    body = ('<list type="participants"><item>The President</item><item>Foreign Minister '
            '<persName corresp="#p_KI">Ines Kallas</persName></item></list>'
            '<p>President <persName corresp="#p_LE">Lindqvist</persName> had asked for the '
            'meeting. The President said that the harbour must stay open.</p>')
    # written in Norland's capital: "the President" is Norland's (in Washington, the U.S.
    # President: tests/extract/test_president.py)
    path = tmp_path / "frus1955-57v99.xml"
    path.write_text(tei_record.volume("Memorandum for the President's File", body).replace(
        "<placeName>Washington</placeName>", "<placeName>Kessel</placeName>"), encoding="utf-8")
    (doc,), _ = read_tei(path, tmp_path)
    got = {(s.speaker_name, s.said_on) for s in extract_document(doc).statements}
    assert got == {("Erik Lindqvist", "1957-03-04")}


def test_a_record_of_another_secretarys_visit_means_him_by_the_secretary(tmp_path,
                                                                           monkeypatch):
    # "the meeting between Secretary Tarvo and the President ... The Secretary conveyed":
    # the visiting Secretary, not the Secretary of State of the day, whom it never names
    for module in (secretary, turns):
        monkeypatch.setattr(module, "secretary_of_state",
                            lambda day: "Hugo Pellam" if day == "1957-03-04" else None)
    body = ('<p>Following is the memorandum of the meeting between Secretary <persName '
            'corresp="#p_TR">Tarvo</persName> and the President.</p><p>The Secretary conveyed '
            "the warm regards of his government and said that the loan would be signed.</p>")
    doc = record(tmp_path, "Telegram From the Embassy in Norland to the Department of State",
                 body)
    said = [(s.speaker_name, s.text) for s in extract_document(doc).statements]
    assert said == [("Rein Tarvo", "the warm regards of his government"),
                    ("Rein Tarvo", "the loan would be signed")]
    # a State record that lists "The Secretary" among those present, a "Foreign Secretary
    # Doe" and a past Secretary of State recalled are no such other Secretary
    tarvo = LocalPerson("rein-tarvo", "Rein Tarvo", role="Secretary of the Navy")
    dern = LocalPerson("ivo-dern", "Ivo Dern", role="Secretary of State")
    assert secretary.secretary_named("Secretary Tarvo called.", [tarvo, dern]) == [tarvo]
    assert secretary.secretary_named("PRESENT\n\nThe Secretary\n\nSecretary Tarvo\n", [tarvo]) == []
    assert secretary.secretary_named("Foreign Secretary Tarvo called.", [tarvo]) == []
    assert secretary.secretary_named("as Secretary Dern warned in 1957", [dern]) == []
    # "the Secretary" before any "Secretary Doe" is not he: a title refers back to a name
    assert secretary.secretary_named("THE SECRETARY: We must act. ROE: Secretary Tarvo could "
                                     "help you.", [tarvo, dern]) == []
    assert secretary.secretary_named("Secretary Tarvo called. The Secretary said he would "
                                     "help.", [tarvo, dern]) == [tarvo]


def test_a_title_alone_after_a_former_holder_named_with_it_is_he(tmp_path):
    # the paragraph tells of 1955, when Halme held the office Kallas holds on the record's day
    body = ('<p>Foreign Minister <persName corresp="#p_KI">Kallas</persName> said that the '
            'planning would go on.</p><p>On May 30, 1955, Foreign Minister <persName '
            'corresp="#p_HA">Halme</persName> called on the Ambassador. When asked about the '
            'harbour, the Foreign Minister replied that the fleet would stay.</p>')
    doc = record(tmp_path, "Telegram From the Embassy in Norland", body)
    said = [(s.speaker_name, s.text) for s in extract_document(doc).statements]
    assert said == [("Ines Kallas", "the planning would go on"),
                    ("Arvo Halme", "the fleet would stay")]
    # of the record's own day, the title is its holder's, though the paragraph named the
    # former one with it
    today = record(tmp_path, "Telegram From the Embassy in Norland", body.replace(
        "On May 30, 1955, Foreign Minister", "Remembering Foreign Minister").replace(
        "called on the Ambassador", "fondly"))
    assert [s.speaker_name for s in extract_document(today).statements] == ["Ines Kallas"] * 2
