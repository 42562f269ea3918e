"""Speaker turns come only from dialogues: invented records, no real text."""

import tei_record
from tei_record import record

from pipelines.extract import extract_document
from pipelines.extract.turns import is_dialogue
from pipelines.readers.tei import read_tei

VA, KI = '<persName corresp="#p_VA">Varnholt</persName>', '<persName corresp="#p_KI">Kallas</persName>'
TARVO = '<persName corresp="#p_TR">Rein</persName>'


def _turns(ex):
    return [(s.speaker_name, s.text) for s in ex.statements if s.rule.startswith("turn")]


def test_a_letters_salutation_is_not_a_turn(tmp_path):
    doc = record(tmp_path, "Letter From the Secretary of State to Senator Tarvo",
                 f"<p>Dear {TARVO}: Thank you for your letter about the fishing quotas.</p>"
                 "<p>We are studying the matter and I will write again soon.</p>"
                 "<p>Sincerely yours,</p><closer><signed>"
                 '<persName corresp="#p_VA">Aldo Varnholt</persName></signed></closer>')
    ex = extract_document(doc)
    assert doc.doc_type == "letter"
    assert _turns(ex) == []
    assert ex.exchanges == ()  # a letter is not a conversation


def test_a_signature_and_a_table_row_are_blocks_of_their_own_and_never_speakers(tmp_path):
    body = (f"<p>{VA}: We should meet again in May.</p>"
            f"<p>{KI}: May suits us.</p>"
            f"<p>{VA}: Then it is settled.</p>"
            "<table><row><cell>Budget:</cell> <cell>12</cell></row>"
            f"<row><cell>{KI}:</cell> <cell>the fisheries programme</cell></row></table>"
            f'<closer><signed><persName corresp="#p_GR">Mila Gruber</persName></signed></closer>')
    doc = record(tmp_path, "Memorandum of Conversation", body)
    assert [m.kind for m in doc.markup if m.kind in ("row", "signed")] == ["row", "row", "signed"]
    # the last turn ends at the table: no row and no signature continues it
    assert _turns(extract_document(doc)) == [
        ("Aldo Varnholt", "We should meet again in May."),
        ("Ines Kallas", "May suits us."),
        ("Aldo Varnholt", "Then it is settled.")]


def test_headings_addressing_lines_and_figures_are_not_speakers(tmp_path):
    body = ("<p>A. General: Offices should keep their present staff.</p>"
            "<p>For Embassy: Ambassador should see the Minister at once.</p>"
            f"<p>{VA}: 12</p>"
            f"<p>{VA}: Let us begin.</p><p>{KI}: Gladly.</p><p>{VA}: Good.</p>")
    doc = record(tmp_path, "Memorandum of Conversation", body)
    assert _turns(extract_document(doc)) == [("Aldo Varnholt", "Let us begin."),
                                             ("Ines Kallas", "Gladly."),
                                             ("Aldo Varnholt", "Good.")]


def test_a_paper_with_labelled_paragraphs_is_not_a_dialogue(tmp_path):
    body = (f"<p>{VA}: the Secretary's views on the quotas, as set out in March.</p>"
            "<p>The Department recommends a review of the programme.</p>")
    doc = record(tmp_path, "Paper Prepared in the Department of State", body)
    assert doc.doc_type == "paper"
    assert _turns(extract_document(doc)) == []


def test_a_memorandum_for_the_record_of_a_call_keeps_its_turns(tmp_path):
    body = ("<p>The Secretary telephoned the Minister.</p>"
            f"<p>{VA}: Have you seen the note on quotas?</p>"
            f"<p>{KI}: I have, and I do not like it.</p>"
            "<p>We cannot accept the figures as they stand.</p>"
            f"<p>{VA}: Then we will talk again tomorrow.</p>")
    doc = record(tmp_path, "Memorandum for the Record", body)
    assert doc.doc_type == "paper"  # not a conversation by its type: by its shape
    ex = extract_document(doc)
    assert _turns(ex) == [("Aldo Varnholt", "Have you seen the note on quotas?"),
                          ("Ines Kallas", "I have, and I do not like it."),
                          ("Ines Kallas", "We cannot accept the figures as they stand."),
                          ("Aldo Varnholt", "Then we will talk again tomorrow.")]
    (call,) = ex.exchanges
    assert set(call.participants) >= {"aldo varnholt", "ines kallas"}


def test_a_briefing_keeps_its_answers_and_a_question_ends_a_turn(tmp_path):
    body = ("<p>Q. What about the quotas?</p>"
            f"<p>{VA}: We will settle them this year.</p>"
            "<p>And the ports will stay open.</p>"
            "<p>Q. Will the Minister come here?</p>"
            "<p>A. Perhaps in May.</p>")
    doc = record(tmp_path, "Press Briefing by the Secretary of State", body)
    assert _turns(extract_document(doc)) == [
        ("Aldo Varnholt", "We will settle them this year."),
        ("Aldo Varnholt", "And the ports will stay open.")]


def test_labelled_reported_speech_is_indirect(tmp_path):
    body = (f"<p>{VA}: Stated that the quotas would be reviewed in May.</p>"
            f"<p>{KI}: Agreed.</p><p>{VA}: Thank you.</p>")
    doc = record(tmp_path, "Memorandum of Conversation", body)
    said = [(s.kind, s.speaker_name, s.text) for s in extract_document(doc).statements]
    assert said == [("indirect", "Aldo Varnholt", "Stated that the quotas would be reviewed in May."),
                    ("direct", "Ines Kallas", "Agreed."),
                    ("direct", "Aldo Varnholt", "Thank you.")]


def test_a_turn_the_note_taker_describes_has_no_words(tmp_path):
    body = (f"<p>{VA}: Gives figures on the cost of the new harbour.</p>"
            f"<p>{KI}: Reviews the history of the fishing talks.</p>"
            f"<p>{VA}: Outlines why we must finish by May.</p>"
            f"<p>{VA}: Reviewed in summary form the talks since March.</p>"
            f"<p>{KI}: We can finish by May.</p>")
    doc = record(tmp_path, "Minutes of a Meeting of the Fisheries Group", body)
    assert _turns(extract_document(doc)) == [
        ("Aldo Varnholt", "Outlines why we must finish by May."),
        ("Ines Kallas", "We can finish by May.")]


def test_a_stage_direction_closing_a_turn_is_not_its_words(tmp_path):
    body = (f"<p>{VA}: That is fine. We will look at the ferry again. (Mr. Kallas nods.)</p>"
            f"<p>{KI}: Forgive the handwriting. (Hands it over)</p>"
            f"<p>{VA}: It was the last of the old boats. [Laughter]</p>"
            f"<p>{KI}: (Laughter)</p>"
            f"<p>{VA}: Ask the pilots. (I mean the harbour pilots.)</p>")
    doc = record(tmp_path, "Memorandum of Conversation", body)
    assert _turns(extract_document(doc)) == [
        ("Aldo Varnholt", "That is fine. We will look at the ferry again."),
        ("Ines Kallas", "Forgive the handwriting."),
        ("Aldo Varnholt", "It was the last of the old boats."),
        ("Aldo Varnholt", "Ask the pilots. (I mean the harbour pilots.)")]


def test_turns_an_editors_note_quotes_take_the_day_of_the_talk_it_introduces(tmp_path):
    body = ("<p>On May 9, 1971, Varnholt and Kallas met in the Blue Room from 3 to 4 p.m. The "
            "following is an excerpt from the tape recording of that meeting:</p>"
            f"<p>{VA}: “We should meet again in May.”</p><p>{KI}: “May suits us.”</p>"
            f"<p>{VA}: “Then it is settled.”</p>")
    doc = record(tmp_path, "Editorial Note", body, date="1971")
    assert doc.doc_type == "editorial note"
    said = [(s.speaker_name, s.said_on) for s in extract_document(doc).statements
            if s.rule.startswith("turn")]
    assert said == [("Aldo Varnholt", "1971-05-09"), ("Ines Kallas", "1971-05-09"),
                    ("Aldo Varnholt", "1971-05-09")]


def test_the_minutes_own_record_ends_a_turn(tmp_path):
    body = (f"<p>{VA}: We should meet again in May.</p>"
            "<p>General agreement to the May date was indicated.</p>"
            f"<p>{KI}: May suits us.</p>"
            "<p>It was agreed that the harbour would stay open.</p>"
            f"<p>{VA}: Then it is settled.</p>")
    doc = record(tmp_path, "Memorandum of Conversation", body)
    assert _turns(extract_document(doc)) == [
        ("Aldo Varnholt", "We should meet again in May."),
        ("Ines Kallas", "May suits us."),
        ("Aldo Varnholt", "Then it is settled.")]


def test_a_label_inside_a_paragraph_starts_the_next_turn(tmp_path):
    body = (f"<p>{VA}: We should meet again in May.</p>"
            f"<p>{KI}: May suits us. Varnholt: Then it is settled. Kallas: Good.</p>"
            "<p>The Minister of Ports: A title is no speaker heard.</p>")
    doc = record(tmp_path, "Memorandum of Conversation", body)
    assert _turns(extract_document(doc)) == [
        ("Aldo Varnholt", "We should meet again in May."),
        ("Ines Kallas", "May suits us."),
        ("Aldo Varnholt", "Then it is settled."),
        ("Ines Kallas", "Good.")]


def test_a_label_on_a_line_of_its_own_starts_the_turn_below_it(tmp_path):
    body = (f"<p>{VA}: We should meet again in May.</p>"
            f"<p>{KI}:</p><p>May suits us.</p><p>The ports will be open by then.</p>"
            f"<p>{VA}: Then it is settled.</p>"
            "<p>The two delegations agreed that the talks would resume in May.</p>")
    doc = record(tmp_path, "Memorandum of Conversation", body)
    assert _turns(extract_document(doc)) == [
        ("Aldo Varnholt", "We should meet again in May."),
        ("Ines Kallas", "May suits us."),
        ("Ines Kallas", "The ports will be open by then."),
        ("Aldo Varnholt", "Then it is settled.")]


def test_the_shape_of_a_dialogue():
    assert is_dialogue(["a", "b", "a"])
    assert not is_dialogue(["a"])  # "Dear George:"
    assert not is_dialogue(["a", "a", "a"])  # one voice
    assert not is_dialogue(["a", "b"])  # too short to tell, unless the title names talk
    assert is_dialogue([None, "a"], spoken=True)  # a question and its answer
    assert not is_dialogue([None, None], spoken=True)


def test_the_president_of_a_conversation_with_another_countrys_president(tmp_path):
    body = ('<p rend="flushleft">PARTICIPANTS</p>'
            '<list><item>President <persName corresp="#p_LE">Lindqvist</persName></item>'
            '<item>Ambassador <persName corresp="#p_OB">Oskarsson</persName></item></list>'
            "<p>The President said that the harbour loan would be repaid within the year.</p>")
    doc = record(tmp_path, "Memorandum of Conversation", body, "1958-06-10")
    speakers = {s.speaker_name for s in extract_document(doc).statements}
    assert speakers == {"Erik Lindqvist"}


def test_a_record_of_a_meeting_is_its_minutes(tmp_path):
    doc = record(tmp_path, "Memorandum of Discussion at the 401st Meeting of the Council",
                 '<p>Secretary <persName corresp="#p_VA">Varnholt</persName> said that the '
                 'quotas would stay.</p>', "1959-02-12")
    assert doc.doc_type == "minutes"
    (st,) = extract_document(doc).statements
    assert (st.speaker_name, st.said_on) == ("Aldo Varnholt", "1959-02-12")


def test_the_secretary_of_a_state_telegram_is_not_a_cabinet_secretary_it_only_mentions(
        tmp_path):
    body = ("<p>1. During the visit the Secretary met the Minister twice.</p>"
            "<p>2. The Secretary said that the aid would come soon. He said he would talk to "
            "Secretary of the Treasury Pell Brandt after returning.</p>")
    doc = record(tmp_path, "Telegram From the Embassy in Norland to the Department of State",
                 body, date="1978-01-23")
    ex = extract_document(doc)
    said = next(s for s in ex.statements if s.text.startswith("the aid"))
    assert said.speaker_name == "Cyrus R. Vance"  # the Secretary of State of the day


def test_the_foreign_minister_is_the_one_of_the_day_not_a_former_one_titled_in_passing(
        tmp_path):
    body = ('<p>The Secretary met <persName corresp="#p_NO">Nurmi</persName>. The Foreign '
            "Minister said that the talks were going well. She recalled the 1955 agreement "
            'signed by Foreign Minister <persName corresp="#p_HA">Halme</persName>.</p>')
    doc = record(tmp_path, "Telegram From the Embassy in Norland to the Department of State",
                 body)
    ex = extract_document(doc)
    said = next(s for s in ex.statements if s.text.startswith("the talks"))
    assert said.speaker_name == "Oili Nurmi"


def test_the_president_of_a_call_on_another_countrys_president_is_the_host(tmp_path):
    # an older file: the heading and the first participant share a paragraph, no markup;
    # the U.S. President of the day is named in passing, the host is "President Varo"
    body = ("<p>Participants: President Varo</p><p>Mr. Ostrey</p><p>Mr. Ostrey called on "
            "President Varo today.</p><p>The President said that he had written to President "
            "Truman about the harbour. Mr. Ostrey replied that the fleet would stay.</p>")
    doc = record(tmp_path, "Memorandum of Conversation, by the Ambassador (Ostrey)", body,
                 "1949-05-02")
    got = [(s.speaker_name, s.text[:20]) for s in extract_document(doc).statements]
    assert got == [("Varo", "he had written to Pr"), ("Ostrey", "the fleet would stay")]


def test_a_label_linked_to_a_namesake_is_the_participant_of_that_family_name(tmp_path):
    # the editors linked the labels to the listed Secretary; the participants list names an
    # ambassador of his family name and not him
    body = ("<p>PARTICIPANTS</p><p>Amb. Ines Varnholt, Ambassador to Norland</p>"
            "<p>Mr. Bryn Oskarsson, Counselor</p>"
            '<p><persName corresp="#p_VA">Varnholt</persName>: May I ask a question?</p>'
            "<p>Oskarsson: Yes.</p>")
    doc = record(tmp_path, "Memorandum of Conversation", body, "1976-12-10")
    said = [(s.speaker_name, s.text) for s in extract_document(doc).statements]
    assert ("Ines Varnholt", "May I ask a question?") in said


def test_the_records_narration_goes_on_no_ones_words(tmp_path):
    body = ('<p><persName corresp="#p_LE">Lindqvist</persName> said that the port should be '
            "built at once. There followed some further discussion of the financing of a port "
            "at Aldervik. The harbour board would pay for the quays.</p>")
    doc = record(tmp_path, "Memorandum of Conversation", body)
    texts = [s.text for s in extract_document(doc).statements]
    assert "the port should be built at once" in texts
    assert not any(t.startswith("There followed") for t in texts)


def test_a_call_paid_is_no_cue_of_what_follows(tmp_path):
    body = ('<p><persName corresp="#p_LE">Lindqvist</persName> said a report from his envoys '
            "had shown nothing new. It was consistent with what the Soviet Ambassador had said "
            "to him when he called before leaving for Moscow a few days ago: that is, the "
            "Soviets want calm in the region.</p>")
    doc = record(tmp_path, "Telegram From the Embassy in Norland", body, "1968-12-28")
    assert not [s for s in extract_document(doc).statements if "calm" in s.text]


def test_a_title_is_not_the_one_who_represents_its_holder(tmp_path):
    body = ('<p>1. <persName corresp="#p_RO">Oskar</persName> met us today.</p><p>2. SYG '
            "believes that the force could not leave before the vote. He also believes the "
            "Council would not act.</p>")
    volume = tei_record.volume("Telegram From the Mission at the United Nations", body,
                               "1960-08-26").replace(
        "</list>", '<item><persName xml:id="p_RO">Oskar, Raj</persName>, Special '
        'Representative of the U.N. Secretary-General in Norland</item></list>')
    path = tmp_path / "frus1955-57v99.xml"
    path.write_text(volume, encoding="utf-8")
    (doc,), _ = read_tei(path, tmp_path)
    assert "Raj Oskar" not in [s.speaker_name for s in extract_document(doc).statements]


def test_a_turns_paragraph_telling_of_its_speaker_is_reported_speech(tmp_path):
    body = (f"<p>{VA}: Said that the message he brought was one of patience.</p>"
            "<p>He further stated that the harbour should stay open to all ships.</p>"
            f"<p>{KI}: He told me nothing new.</p>")
    doc = record(tmp_path, "Minutes of a Meeting of the Fisheries Group", body)
    got = [(s.kind, s.speaker_name, s.text) for s in extract_document(doc).statements
           if s.rule.startswith("turn")]
    assert got[1] == ("indirect", "Aldo Varnholt", "the harbour should stay open to all ships.")
    assert got[2] == ("direct", "Ines Kallas", "He told me nothing new.")


def test_a_list_inside_a_turn_is_no_statement(tmp_path):
    body = (f"<p>{VA}: We expect an agreement could be reached.</p>"
            "<p>Items to be discussed:</p><p>Missiles</p><p>Mideast</p>"
            "<p>Then technicians can take over.</p>"
            f"<p>{KI}: Agreed.</p>")
    doc = record(tmp_path, "Minutes of a Meeting of the Fisheries Group", body)
    assert [text for _, text in _turns(extract_document(doc))] == [
        "We expect an agreement could be reached.", "Then technicians can take over.",
        "Agreed."]


def test_a_summarys_narration_ends_the_turn_it_interrupts(tmp_path):
    tarvo = '<persName corresp="#p_TR">Senator Tarvo</persName>'
    oskarsson = '<persName corresp="#p_OB">Ambassador Oskarsson</persName>'
    body = (f"<p>{oskarsson} said that the talks on the fishing quotas had gone well.</p>"
            f"<p>{tarvo} asked whether the fleet would stay in the north.</p>"
            f"<p>{oskarsson} replied that the fleet would stay until May.</p>"
            f"<p>{tarvo}: Will the harbour stay open to our ships? {oskarsson} said he "
            "thought it would stay open all winter.</p>"
            f"<p>{tarvo}: Then the board must decide it.</p>"
            "<p>Senator Harlan referred to the vote of last year, and asked if the board had "
            f"changed its view. {oskarsson} said the board had not met since.</p>")
    ex = extract_document(record(tmp_path, "Memorandum of Conversation", body))
    assert _turns(ex) == [("Rein Tarvo", "Will the harbour stay open to our ships?"),
                          ("Rein Tarvo", "Then the board must decide it.")]
    said = [(s.speaker_name, s.kind, s.text) for s in ex.statements]
    assert ("Bryn Oskarsson", "indirect", "he thought it would stay open all winter") in said
    assert ("Bryn Oskarsson", "indirect", "the board had not met since") in said
    # in a transcript, a speaker tells what another said: the words stay in the turn
    body = (f"<p>{VA}: We should meet again in May.</p><p>{KI}: May suits us.</p>"
            f"<p>{VA}: Good. {TARVO} said he would come as well.</p><p>{KI}: Gladly.</p>")
    ex = extract_document(record(tmp_path, "Memorandum of Conversation", body))
    assert ("Aldo Varnholt", "Good. Rein said he would come as well.") in _turns(ex)


def test_a_logs_time_stamp_ends_the_turn_it_follows(tmp_path):
    body = (f"<p>{VA}: The harbour talks resume on Monday.</p>"
            f"<p>{KI}: We are ready for them.</p>"
            f"<p>{VA}: Good. The fleet can sail.</p>"
            "<p>4:15</p><p>Signed the order on the quotas.</p><p>Handed it to the clerk.</p>"
            f"<p>{KI}: The quotas are settled.</p><p>At 4:40 p.m.</p>"
            f"<p>{VA}: Then we wait.</p><p>5:05 Tarvo enters.</p><p>He sits by the window.</p>"
            f"<p>{KI}: At 6:00 we sail.</p><p>At 6:30 the fleet will be out of the bay.</p>")
    doc = record(tmp_path, "Notes of Meeting", body)
    assert _turns(extract_document(doc)) == [
        ("Aldo Varnholt", "The harbour talks resume on Monday."),
        ("Ines Kallas", "We are ready for them."),
        ("Aldo Varnholt", "Good. The fleet can sail."),
        ("Ines Kallas", "The quotas are settled."),
        ("Aldo Varnholt", "Then we wait."),
        ("Ines Kallas", "At 6:00 we sail."),
        ("Ines Kallas", "At 6:30 the fleet will be out of the bay.")]


def test_an_outlines_heading_ends_the_turn_a_speakers_points_do_not(tmp_path):
    body = (f"<p>{VA}: The harbour talks resume on Monday.</p>"
            f"<p>{KI}: We are ready for them.</p>"
            f"<p>{VA}: Good. The fleet can sail.</p>"
            "<p>1. Fishing Quotas</p><p>Settled by the board.</p><p>2. Winter Berths</p>"
            f"<p>{KI}: Two things remain.</p>"
            "<p>1. We must open the northern harbour.</p><p>2. The dues are too high.</p>"
            f"<p>{VA}: There are two courses:</p><p>1. Harbour dues</p><p>2. Winter berths</p>"
            f"<p>{KI}: The board meets in May.</p><p>(a) Quota talks</p><p>(b) Berths</p>"
            "<p>News Conference of May 4, 1956</p><p>The fleet sails at dawn.</p>")
    doc = record(tmp_path, "Notes of Meeting", body)
    assert _turns(extract_document(doc)) == [
        ("Aldo Varnholt", "The harbour talks resume on Monday."),
        ("Ines Kallas", "We are ready for them."),
        ("Aldo Varnholt", "Good. The fleet can sail."),
        ("Ines Kallas", "Two things remain."),
        ("Ines Kallas", "1. We must open the northern harbour."),
        ("Ines Kallas", "2. The dues are too high."),
        # the items a colon announces are that line's words (one statement)
        ("Aldo Varnholt", "There are two courses:\n\n1. Harbour dues\n\n2. Winter berths"),
        ("Ines Kallas", "The board meets in May."),
        ("Ines Kallas", "(a) Quota talks"),
        ("Ines Kallas", "(b) Berths")]


def test_the_note_takers_telling_of_the_speaker_ends_the_turn(tmp_path):
    body = (f"<p>{VA}: I will call the Embassy now.</p>"
            f"<p>{KI}: Please do.</p>"
            f"<p>{VA}: It will not take long.</p>"
            f"<p>Call to Norland; {VA} holds the telephone in his left hand.</p>"
            "<p>Nobody answers.</p>"
            f"<p>{KI}: The line is bad.</p>"
            f"<p>It was cut (as {KI} frowned) twice.</p>"
            f"<p>({KI} puts the telephone down.)</p><p>It will be cut again.</p>"
            f"<p>{VA}: Then we write.</p><p>A letter from {VA} is surer than a call.</p>")
    doc = record(tmp_path, "Notes of Meeting", body)
    assert _turns(extract_document(doc)) == [
        ("Aldo Varnholt", "I will call the Embassy now."),
        ("Ines Kallas", "Please do."),
        ("Aldo Varnholt", "It will not take long."),
        ("Ines Kallas", "The line is bad."),
        ("Ines Kallas", "It was cut (as Kallas frowned) twice."),
        ("Ines Kallas", "It will be cut again."),
        ("Aldo Varnholt", "Then we write.")]


def test_an_address_inside_a_turn_is_no_label_of_another_turn(tmp_path):
    lind = '<persName corresp="#p_LE">Lindqvist</persName>'
    body = (f"<p>PARTICIPANTS</p><p>President {lind}</p><p>Secretary {VA}</p>"
            "<p>President: We want the loan.</p><p>Varnholt: I would list two points for "
            "your attention, Mr. President: (1) the fleet stays. (2) the loan waits.</p>")
    doc = record(tmp_path, "Memorandum of Conversation", body)
    assert _turns(extract_document(doc)) == [
        ("Erik Lindqvist", "We want the loan."),
        ("Aldo Varnholt", ("I would list two points for your attention, Mr. President: (1) "
                           "the fleet stays. (2) the loan waits."))]


def test_a_paragraphs_number_alone_is_no_words_of_the_turn(tmp_path):
    body = (f"<p>{VA}: I propose that the following terms be put in the minutes.</p>"
            "<p>2.</p><p>The fleet stays in port until May.</p>")
    doc = record(tmp_path, "Minutes of a Meeting of the Fisheries Group", body)
    assert _turns(extract_document(doc)) == [
        ("Aldo Varnholt", "I propose that the following terms be put in the minutes."),
        ("Aldo Varnholt", "The fleet stays in port until May.")]


def test_the_title_of_an_attached_paper_ends_the_turn(tmp_path):
    body = (f"<p>{VA}: I propose that these terms be put in the minutes.</p>"
            "<p>Draft Agreement on the Harbour</p><p>The fleet stays in port until May.</p>")
    doc = record(tmp_path, "Minutes of a Meeting of the Fisheries Group", body)
    assert _turns(extract_document(doc)) == [
        ("Aldo Varnholt", "I propose that these terms be put in the minutes.")]


def test_a_turns_colon_line_and_its_short_list_lines_are_one_statement(tmp_path):
    body = (f"<p>{VA}: We have three drafts:</p>"
            "<p>—Fisheries</p><p>—Harbour Dues of the North</p><p>—Budget</p>"
            "<p>Do not hold me to any of them.</p>"
            f"<p>{KI}: Agreed.</p>")
    doc = record(tmp_path, "Notes of Meeting", body)
    assert [text for _, text in _turns(extract_document(doc))] == [
        "We have three drafts:\n\n—Fisheries\n\n—Harbour Dues of the North\n\n—Budget",
        "Do not hold me to any of them.", "Agreed."]
    # numbered items, longer ones among them, are the colon line's words too
    body = (f"<p>{VA}: A crisis could come if the following matters grew acute at once:</p>"
            "<p>1. the harbour dues</p><p>2. the treaty on the northern quays and the vote on "
            "it in the assembly next spring</p>"
            "<p>Together they could bring down the cabinet.</p>"
            f"<p>{KI}: Agreed.</p>")
    doc = record(tmp_path, "Notes of Meeting", body)
    assert [text for _, text in _turns(extract_document(doc))] == [
        ("A crisis could come if the following matters grew acute at once:\n\n1. the harbour "
        "dues\n\n2. the treaty on the northern quays and the vote on it in the assembly next "
        "spring"), "Together they could bring down the cabinet.", "Agreed."]


def test_the_president_is_not_the_one_who_serves_him(tmp_path):
    # no President of the day is known (1925 is before the table of holders): "the President"
    # is nobody here rather than the President's assistant the record names
    text = tei_record.volume("Memorandum for the Record", "<p>The President commented that the fleet "
                  'would wait. Mr. <persName corresp="#p_PO">Ostrom</persName> said that the '
                  "plan was sound.</p>", date="1925-03-04").replace(
        "</list>", '<item><persName xml:id="p_PO">Ostrom, Per</persName>, President’s Special '
        "Assistant for Northern Affairs</item></list>")
    path = tmp_path / "frus1955-57v97.xml"
    path.write_text(text, encoding="utf-8")
    (doc,), _ = read_tei(path, tmp_path)
    said = [(s.speaker_name, s.text) for s in extract_document(doc).statements]
    assert said == [("Per Ostrom", "the plan was sound")]


def test_the_lettered_items_of_a_reported_turn_are_reported(tmp_path):
    body = (f"<p>{VA}: Said he would speak on the radio tonight and halt the shelling.</p>"
            "<p>a. The first meeting would be held on May 6.</p>"
            "<p>b. The envoys had agreed to the plan.</p>"
            f"<p>{KI}: We have three points.</p>")
    doc = record(tmp_path, "Memorandum of Conversation", body)
    kinds = [(s.kind, s.text[:6]) for s in extract_document(doc).statements]
    assert kinds == [("indirect", "Said h"), ("indirect", "a. The"), ("indirect", "b. The"),
                     ("direct", "We hav")]


def test_an_omission_mark_in_a_turn_is_no_words(tmp_path):
    body = (f"<p>{VA}: We will settle them this year.</p><p>* * * * *</p>"
            "<p>And the ports will stay open.</p>")
    doc = record(tmp_path, "Memorandum of Conversation", body)
    assert [s.text for s in extract_document(doc).statements] == [
        "We will settle them this year.", "And the ports will stay open."]


def test_a_stage_direction_opening_a_turn_is_not_the_speakers_words(tmp_path):
    body = (f"<p>{VA}: (laughing) We will settle them this year.</p>"
            f"<p>{KI}: [To Varnholt:] And the ports?</p><p>{VA}: (ii) The ports stay open.</p>")
    doc = record(tmp_path, "Memorandum of Conversation", body)
    assert [s.text for s in extract_document(doc).statements] == [
        "We will settle them this year.", "And the ports?", "(ii) The ports stay open."]
