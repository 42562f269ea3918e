"""True casing of telegrams written in capitals (invented telegrams, invented names)."""

from dataclasses import replace

from pipelines.document import Document, ListedPerson, Markup
from pipelines.extract import extract_document
from pipelines.extract.truecase import has_capitals_run, truecase, working_copy

CABLE = (
    "FM AMEMBASSY KESTRAVA\n\n"
    "1. I TOLD FOREIGN MINISTER VALDREN THAT USG COULD NOT ACCEPT THE PROPOSAL IN ITS PRESENT "
    "FORM. VALDREN SAID HIS GOVERNMENT WOULD STUDY OUR VIEWS AND REPLY BEFORE MAY 4.\n\n"
    "2. WE MAY AGREE LATER. THE MATTER WILL BE HANDLED BY OUR ECONOMIC COUNSELOR, DAVID "
    "MILLER.\n\n"
    "3. THE MINISTER ADDED THAT HIS DEPUTY HAD MET AMBASSADOR BAKER IN PARIS.\n\n"
    "BAKER"
)


def test_same_length_and_only_case_changes():
    out = truecase(CABLE)
    assert len(out) == len(CABLE)
    assert out.lower() == CABLE.lower()
    assert out != CABLE


def test_ordinary_words_lower_names_and_sentence_starts_capitalised():
    out = truecase(CABLE)
    assert "1. I told Foreign Minister Valdren that USG could not accept the proposal" in out
    assert "Valdren said his government would study our views" in out
    assert "before May 4." in out and "We may agree later." in out
    assert "Ambassador Baker in Paris" in out  # a common word after a title is a name


def test_codes_kept_in_capitals_and_names_set_off_beside_a_role():
    out = truecase(CABLE)
    assert out.startswith("Fm AMEMBASSY Kestrava")  # a code kept, an unknown word a name
    assert "our economic counselor, David Miller." in out


def test_known_names_are_capitalised_even_when_english_words():
    text = CABLE + "\n\n4. THE TALKS WITH HUNTER WILL RESUME NEXT WEEK AS BOTH SIDES PLANNED."
    assert "talks with hunter will resume" in truecase(text)
    assert "talks with Hunter will resume" in truecase(text, ["Ruth Hunter"])


def test_a_known_name_that_is_a_verb_too_needs_a_name_beside_it():
    text = CABLE + ("\n\n4. KENNETH RUSH ARRIVED TODAY. HE WAS IN A RUSH TO SEE THE "
                    "MINISTER BEFORE NOON.")
    out = truecase(text, ["Kenneth Rush"])
    assert "Kenneth Rush arrived today." in out
    assert "in a rush to see the Minister" in out


def test_mixed_case_text_is_returned_unchanged():
    text = ("The Ambassador met Foreign Minister Valdren. SECRET; NODIS. He said that the "
            "proposal WAS NOT ACCEPTABLE as it stood.")
    assert not has_capitals_run(text)
    assert truecase(text) is text
    doc = Document("0" * 16, "note.txt", text, "0" * 64)
    assert working_copy(doc) is doc


def test_end_to_end_a_person_is_found_in_a_telegram_in_capitals():
    doc = Document("0" * 16, "cable.txt", CABLE, "0" * 64, published_on="1974")
    ex = extract_document(doc)
    assert ex.document is doc  # offsets and text stay the source's
    names = {p.name for p in ex.people}
    assert "Valdren" in names
    for m in ex.mentions:  # published spans quote the source
        assert doc.text[m.char_start:m.char_end] == m.text
    assert any(m.text == "VALDREN" for m in ex.mentions)
    for s in ex.statements:
        assert doc.text[s.char_start:s.char_end] == s.text
    assert any(s.speaker_name == "Valdren" for s in ex.statements)


def test_end_to_end_a_record_uses_its_persons_list():
    start = CABLE.index("BAKER")
    doc = Document("0" * 16, "vol.xml", CABLE, "0" * 64, published_on="1974",
                   markup=(Markup("p", 0, len(CABLE)),
                           Markup("person", start, start + 5, "p_BH1")),
                   persons=(ListedPerson("p_BH1", "Harold Baker", family="Baker"),))
    ex = extract_document(doc)
    assert ex.document is doc
    assert any(p.name == "Harold Baker" for p in ex.people)
    mixed = replace(doc, text=doc.text.lower())
    assert extract_document(mixed).document is mixed
