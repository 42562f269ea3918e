"""Initials a text introduces for a person (all names invented)."""

from pipelines.document import Document, LocalPerson, PersonMention
from pipelines.extract import extract_document
from pipelines.extract.initialisms import with_initialisms


def test_initials_in_brackets_after_a_name_name_that_person_afterwards():
    text = "Minister Tho Van-kiem (TVK) came. Later TVK left, and TVKS stayed."
    him = LocalPerson("tho van kiem", "Tho Van-kiem", (), "Minister")
    people, mentions = with_initialisms(
        text, [him], [PersonMention("tho van kiem", "Tho Van-kiem", 9, 21)])
    assert people[0].aliases == ("TVK",)
    assert [(m.text, m.char_start) for m in mentions] == [("Tho Van-kiem", 9), ("TVK", 40)]


def test_brackets_that_are_no_initials_of_the_name_introduce_nothing():
    text = "Premier Ola Dahl (ROC) came. The ROC delegation stayed."
    dahl = LocalPerson("ola dahl", "Ola Dahl", (), "Premier")
    mention = PersonMention("ola dahl", "Ola Dahl", 8, 16)
    assert with_initialisms(text, [dahl], [mention]) == ([dahl], [mention])


def test_a_cable_naming_a_minister_by_initials_gives_them_the_words_and_the_visits_day():
    text = ("Norvik, December 5, 1967.\n\n1. When DefMin Tho Van-kiem (TVK) came to my "
            "residence yesterday (Dec 4) at his own request, I raised the cuts.\n\n"
            "2. I told him that General Ostrey had studied the matter.\n\n"
            "3. TVK said that any deep cuts would be a serious matter. He said that the "
            "forces must stay ready.")
    doc = Document("d", "d.txt", text, "0", published_on="1967-12-05")
    got = [(s.speaker_name, s.said_on) for s in extract_document(doc).statements
           if s.speaker_name != "Ostrey"]
    assert got == [("Tho Van-kiem", "1967-12-04")] * 2
