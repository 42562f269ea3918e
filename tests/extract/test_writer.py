"""The writer and addressee of a record, from its heading, signature and salutation (invented
records, no real text)."""

from tei_record import record

from pipelines.extract import writer
from pipelines.extract.persons_list import record_people
from pipelines.extract.writer import document_addressee, document_writer, signature

GRUBER = '<persName corresp="#p_GR">Gruber</persName>'
OSKARSSON = '<persName corresp="#p_OB">Oskarsson</persName>'
BODY = "<p>The Minister said that the quotas would be reviewed in May.</p>"


def _ends(doc):
    people, mentions = record_people(doc)
    w, a = document_writer(doc, people, mentions), document_addressee(doc, people, mentions)
    return (w.name if w else None), (a.name if a else None)


def test_the_heading_names_the_writer_and_the_addressee(tmp_path):
    doc = record(tmp_path, "Memorandum From the Deputy Assistant Secretary of State for Northern "
                 f"Affairs ({GRUBER}) to Secretary of State "
                 '<persName corresp="#p_VA">Varnholt</persName>', BODY)
    assert _ends(doc) == ("Mila Gruber", "Aldo Varnholt")


def test_a_telegram_from_a_body_is_its_signers(tmp_path):
    doc = record(tmp_path, "Telegram From the Embassy in Norland to the Department of State",
                 BODY + f"<closer><signed>{OSKARSSON}</signed></closer>")
    assert signature(doc) is not None and doc.text[signature(doc).char_start:] == "Oskarsson"
    assert _ends(doc) == ("Bryn Oskarsson", None)
    # unsigned, a telegram from a body has no writer
    doc = record(tmp_path, "Telegram From the Embassy in Norland to the Department of State", BODY)
    assert _ends(doc) == (None, None)


def test_a_department_telegram_signed_with_the_secretarys_name_is_the_secretarys(
        tmp_path, monkeypatch):
    monkeypatch.setattr(writer, "secretary_of_state",
                        lambda day: "Hugo Varnholt" if day == "1957-03-04" else None)
    # another Varnholt of the record is not the one who signs for the Department
    doc = record(tmp_path, "Telegram From the Department of State to the Embassy in Norland",
                 '<p>Tell <persName corresp="#p_VA">Aldo Varnholt</persName> the quotas stand.</p>'
                 "<closer><signed><persName>Varnholt</persName></signed></closer>")
    people, mentions = record_people(doc)
    hugo = document_writer(doc, people, mentions)
    assert (hugo.name, hugo.role, hugo.country) == ("Hugo Varnholt", "Secretary of State", "US")
    assert hugo.key not in {p.key for p in people}  # the caller adds the office holder


def test_an_office_in_the_heading_is_its_holder_of_the_day(tmp_path):
    doc = record(tmp_path, "Letter From the President to Senator "
                 '<persName corresp="#p_TR">Tarvo</persName>', BODY, date="1957-03-04")
    assert _ends(doc) == ("Dwight D. Eisenhower", "Rein Tarvo")


def test_a_letter_signed_and_greeted_by_given_names(tmp_path):
    doc = record(tmp_path, "Letter From the Embassy in Norland",
                 '<p>Dear <persName corresp="#p_TR">Rein</persName>: I write about quotas.</p>'
                 '<p>As ever,</p><closer><signed>Ines</signed></closer>')
    # the signature names nobody of the record: no writer is made up from it
    assert _ends(doc) == (None, "Rein Tarvo")
    # the heading's writer signs with her given name
    doc = record(tmp_path, "Letter From Foreign Minister "
                 '<persName corresp="#p_KI">Kallas</persName> to Senator '
                 '<persName corresp="#p_TR">Tarvo</persName>',
                 '<p>Dear Rein: I write about quotas.</p><closer><signed>Ines</signed></closer>')
    assert _ends(doc) == ("Ines Kallas", "Rein Tarvo")


def test_two_names_a_conversation_and_a_body_alone_give_no_writer(tmp_path):
    doc = record(tmp_path, f"Memorandum From the Counselor ({GRUBER}) to the Secretary of State",
                 BODY + f"<closer><signed>{OSKARSSON}</signed></closer>")
    assert _ends(doc)[0] is None  # heading and signature disagree: unsure
    doc = record(tmp_path, "Memorandum of Conversation",
                 BODY + f"<closer><signed>{OSKARSSON}</signed></closer>")
    assert _ends(doc) == (None, None)
    doc = record(tmp_path, "Paper Prepared in the Department of State", BODY)
    assert _ends(doc) == (None, None)


def test_the_to_of_an_office_is_not_the_addressees(tmp_path):
    doc = record(tmp_path, f"Letter From the Ambassador to Norland ({OSKARSSON}) to the "
                 f"Deputy Assistant Secretary ({GRUBER})", BODY)
    assert _ends(doc) == ("Bryn Oskarsson", "Mila Gruber")


def test_a_signature_of_an_attached_letter_is_not_the_memorandums_writer():
    from pipelines.document import LocalPerson
    from pipelines.extract.writer import _names_another

    kosk = LocalPerson("kosk", "Ivan Kosk")
    assert _names_another("Memorandum From the Assistant (Harlan) to the President", kosk)
    assert not _names_another("Memorandum From the Assistant (Kosk) to the President", kosk)
    assert not _names_another("Telegram From the Embassy in Ruritania", kosk)


def test_a_cable_passing_on_anothers_message_is_that_writers(tmp_path):
    body = ("<p>213. From Halvorsen: Saw the Minister this morning. I told him that the quotas "
            "would stay.</p>" f"<closer><signed>{OSKARSSON}</signed></closer>")
    doc = record(tmp_path, "Telegram From the Embassy in Norland to the Department of State", body)
    assert _ends(doc) == ("Halvorsen", None)
    # the Ambassador's own cable, signed, stays the signer's
    doc = record(tmp_path, "Telegram From the Embassy in Norland to the Department of State",
                 body.replace("From Halvorsen: ", ""))
    assert _ends(doc) == ("Bryn Oskarsson", None)


def test_a_cable_that_opens_from_a_named_person_is_that_persons(tmp_path):
    # a delegation's head signs at the start ("From Gruber."), not the post's ambassador
    body = (f"<p>24385/Delto 987. From {GRUBER}. Subject: Report of meeting.</p><p>I met the "
            "Minister this afternoon.</p>" f"<closer><signed>{OSKARSSON}</signed></closer>")
    head = "Telegram From the Embassy in Norland to the Department of State"
    assert _ends(record(tmp_path, head, body)) == ("Mila Gruber", None)
    # after a routing line, and as the paragraph's last words
    for opening in (f"106794. Pass to White House. From {GRUBER}.</p><p>",
                    f"629. Eyes only for President and Secretary. From {GRUBER}. ",
                    f"176021. For the Ambassador from {GRUBER}. Ref: Kessel 5608. "):
        doc = record(tmp_path, head, body.replace(f"24385/Delto 987. From {GRUBER}. ", opening))
        assert _ends(doc) == ("Mila Gruber", None)
    # an office, or a name the record does not know, leaves the signer
    for sender in ("Secretary", "Pekkanen"):
        doc = record(tmp_path, head, body.replace(GRUBER, sender))
        assert _ends(doc) == ("Bryn Oskarsson", None)


def test_a_routing_line_of_addressee_and_sender_gives_the_writer_it_names(tmp_path):
    # "371. Hilsman from Kattenburg.": the one writing, though the record knows him by no
    # other name, not the ambassador who signs; an office ("from Secretary") leaves the signer
    head = "Telegram From the Embassy in Norland to the Department of State"
    body = ("<p>{opening} Had three hour conversation with the Minister. I asked him to call "
            "the Council.</p>" f"<closer><signed>{OSKARSSON}</signed></closer>")
    doc = record(tmp_path, head, body.format(opening="371. Gruber from Pekkanen."))
    assert _ends(doc) == ("Pekkanen", None)
    doc = record(tmp_path, head, body.format(opening="2268. For Ambassador from Secretary."))
    assert _ends(doc) == ("Bryn Oskarsson", None)
    doc = record(tmp_path, head, body.format(opening="372. Message from Pekkanen."))
    assert _ends(doc) == ("Bryn Oskarsson", None)


def test_an_older_heading_names_its_sender_first(tmp_path):
    # no "From": the sender comes first, the writer in brackets, listed nowhere else
    doc = record(tmp_path, "The Ambassador in Norland ( Tamsin Harrowby ) to the Secretary of "
                 "State", "<p>I told the Minister that the quotas would be reviewed in May.</p>")
    people, mentions = record_people(doc)
    found = document_writer(doc, people, mentions)
    assert (found.name, found.role) == ("Tamsin Harrowby", "Ambassador in Norland")
    # a heading that is a title of something else names no writer
    doc = record(tmp_path, "The Quotas to the End of May", BODY)
    assert _ends(doc) == (None, None)


def test_the_presidents_assistant_writing_from_washington_is_not_the_president(tmp_path):
    from tei_record import record

    from pipelines.extract import _record_speakers
    from pipelines.extract.writer import document_writer

    doc = record(tmp_path, "Memorandum From the President’s Assistant for Public Liaison "
                 "(Tolan) to the Secretary of State (Varnholt)",
                 "<p>The President asked me to tell you that I think the harbour must stay "
                 "open.</p>", "1978-05-02")
    people, mentions, _ = _record_speakers(doc)
    assert document_writer(doc, people, mentions).name == "Tolan"


def test_a_cable_forwarding_anothers_report_speaks_in_that_writers_voice(tmp_path):
    from tei_record import record

    from pipelines.extract import extract_document

    body = ("<p>CAP 82219. For the Secretary's Eyes Only. Following is Ambassador "
            "<persName corresp=\"#p_OB\">Oskarsson</persName>'s report of his conversation "
            "yesterday with the Foreign Minister.</p><p>In the course of my talk I said that "
            "the harbour would stay open.</p>")
    doc = record(tmp_path, "Telegram From the Executive Secretary (Tarn) to the Secretary "
                 "of State", body)
    said = [(s.speaker_name, s.text) for s in extract_document(doc).statements]
    assert said == [("Bryn Oskarsson", "the harbour would stay open")]
