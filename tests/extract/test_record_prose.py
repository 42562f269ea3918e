"""Editorial-note and memorandum prose: people, speakers, statements (all people fictional)."""

from extraction_helpers import people_by_name, run, said
from tei_record import record

from pipelines.extract import extract_document
from pipelines.extract.segment import Span, quotes

# --- people -------------------------------------------------------------------------------


def test_a_title_without_a_name_is_not_a_person():
    text = ("Acting Secretary of State Orla Brandvik wrote to the President. "
            "The Acting Secretary made two comments. The Prime Minister left.")
    people, _ = people_by_name(text)
    assert list(people) == ["Orla Brandvik"]
    assert people["Orla Brandvik"].role == "Acting Secretary of State"


def test_country_after_of_is_the_persons_and_former_stays_in_the_role():
    text = ("Prime Minister Taro Oshiba of Japan met former Prime Minister Ken Udagawa. "
            "Oshiba said little.")
    people, _ = people_by_name(text)
    assert people["Taro Oshiba"].country == "JP"
    assert people["Ken Udagawa"].role == "former Prime Minister"


def test_file_codes_documents_and_numerals_are_not_people():
    text = ("Varnholt said so. (Varnholt Papers, National Security Files, Misc IV, POL 7 KOR S, "
            "Probable Communist Reactions, Camp David, Editorial Note)")
    people, _ = people_by_name(text)
    assert list(people) == ["Varnholt"]


def test_a_people_a_group_by_its_number_or_what_someone_is_is_no_person():
    text = ("The Italians suggested a caucus. The Germans, Japanese and Republicans agreed with "
            "Mr. Varnholt. The Western Four agreed too, as he was a Norland Catholic.")
    people, _ = people_by_name(text)
    assert list(people) == ["Varnholt"]


def test_a_shared_family_name_is_the_one_named_last():
    text = ("Greta Lindqvist met Arne Lindqvist. Later Arne Lindqvist called. "
            "Lindqvist said he was tired.")
    people, mentions = people_by_name(text)
    assert sorted(people) == ["Arne Lindqvist", "Greta Lindqvist"]
    assert mentions[-1].person_key == "arne lindqvist"


def test_names_listed_with_a_known_person_are_people():
    text = ("Varnholt said the meeting should be limited to Varnholt, Oskarsson, and possibly "
            "Thielmann. Consequently, Varnholt left.")
    people, _ = people_by_name(text)
    assert sorted(people) == ["Oskarsson", "Thielmann", "Varnholt"]


def test_an_office_written_before_the_name_gives_the_role():
    text = ("Secretary of the Treasury John Q. Brandt met Minister of International Trade "
            "and Industry Hanamura. The Director of Food for Peace was absent.")
    people, _ = people_by_name(text)
    assert sorted(people) == ["Hanamura", "John Q. Brandt"]
    assert people["John Q. Brandt"].role == "Secretary of the Treasury"
    assert people["Hanamura"].role == "Minister of International Trade and Industry"


# --- speakers -----------------------------------------------------------------------------


def test_a_role_reference_needs_the_whole_title():
    text = ("PARTICIPANTS\n\nPrime Minister Taro Oshiba\n\n"
            "The Prime Minister said that Finance Minister Kiyoshi Mori had briefed him well. "
            "He added that the budget would pass in the spring.")
    out = run(text)
    assert {s.speaker_name for s in out} == {"Taro Oshiba"}


def test_a_role_nobody_holds_leaves_the_next_pronoun_unresolved():
    text = ("Dr. Hal Emory was present. The President said that the talks were useful. "
            "He said that the letters would go privately.")
    assert run(text) == []


def test_former_holder_is_not_the_role_the_text_speaks_of():
    text = ("Prime Minister Taro Oshiba greeted the President. He recalled former Prime "
            "Minister Ken Udagawa fondly. The Prime Minister said that trade was vital.")
    assert said(run(text))[-1][0] == "Taro Oshiba"


def test_the_role_holder_who_speaks_stays_the_speaker():
    text = ("Prime Minister Taro Oshiba met the President. The Prime Minister said that "
            "Prime Minister Ken Udagawa had stressed that trade was vital. "
            "The Prime Minister said that aid would grow every year.")
    assert said(run(text))[-1][0] == "Taro Oshiba"


# --- statements ---------------------------------------------------------------------------


def test_a_quotation_announced_by_the_paragraph_before_is_its_subjects():
    text = ("On June 9, Ambassador Varnholt sent the President the following note:\n\n"
            "“The talks went well and we should invite him soon.\n\n"
            "“The press need not know about it yet.”")
    out = run(text, "1961")
    assert [(s.speaker_name, s.rule) for s in out] == [
        ("Varnholt", "direct:introduced"), ("Varnholt", "direct:continuation")]
    assert out[0].said_on == "1961-06-09"


def test_a_quotation_after_a_colon_is_never_the_object_of_an_unnamed_subject():
    from pipelines.document import LocalPerson, PersonMention
    from pipelines.extract.statements import extract_statements

    text = ("Secretary Varnholt received the Prime Minister. OB then addressed the Secretary "
            "and said: “Are the ships coming before winter?”")
    varnholt = LocalPerson("varnholt", "Ivo Varnholt", ("Varnholt",), "Secretary of State")
    name, office = text.index("Varnholt"), text.index("Secretary", 20)
    mentions = [PersonMention("varnholt", "Varnholt", name, name + 8),
                PersonMention("varnholt", "Secretary", office, office + 9)]
    assert extract_statements(text, [varnholt], mentions, [], "1961-03-01", record=True) == []


def test_a_quotation_after_a_colon_is_the_sentence_speakers():
    text = ("Minister Oskarsson added that his own view was mixed: “The trouble with the "
            "message is that it tells us nothing.”")
    out = run(text)
    assert [(s.speaker_name, s.kind) for s in out] == [
        ("Oskarsson", "indirect"), ("Oskarsson", "direct")]


def test_a_sentence_opening_with_a_connective_continues_reported_speech():
    text = ("On May 2, 1961, Ambassador Varnholt told Minister Oskarsson that the United "
            "States supported the plan. However, the United States did not support a "
            "conference on it. The weather was fine.")
    out = run(text)
    assert said(out) == [
        ("Varnholt", "indirect", "the United States supported the plan"),
        ("Varnholt", "indirect",
         "However, the United States did not support a conference on it"),
    ]
    assert out[1].rule == "indirect:continuation" and out[1].said_on == "1961-05-02"


def test_a_sentence_naming_the_speaker_tells_of_them_and_continues_nothing():
    text = ("On May 2, 1961, Ambassador Varnholt told Minister Oskarsson that the United "
            "States supported the plan. However, Varnholt's own staff doubts this. Moreover, "
            "Varnholt is being asked again by cable.")
    assert said(run(text)) == [("Varnholt", "indirect", "the United States supported the plan")]
    # what the speaker said they would do is still theirs
    text = ("On May 2, 1961, Ambassador Varnholt told Minister Oskarsson that the United "
            "States supported the plan. However, Varnholt will send the list of names.")
    assert [s.rule for s in run(text)] == ["indirect:told", "indirect:continuation"]


def test_a_turn_continues_only_in_a_record_of_a_conversation():
    body = ("Ambassador Varnholt said that the plan was sound. The plan had cost "
            "two years of work and much money.")
    memo = "Memorandum of Conversation\n\n" + body
    assert len(run(memo)) == 2
    assert len(run(body)) == 1


def test_a_body_with_its_place_speaks_with_an_explicit_that():
    text = "The Embassy in Varnholm advised that it would welcome more advisers soon."
    out = run(text)
    assert said(out) == [("The Embassy in Varnholm", "indirect",
                          "it would welcome more advisers soon")]


def test_indicated_takes_a_clause_without_that():
    text = "Minister Oskarsson indicated he would seek approval from the cabinet."
    assert said(run(text)) == [("Oskarsson", "indirect",
                                "he would seek approval from the cabinet")]


def test_a_misprinted_opening_mark_closes_a_quotation():
    text = "He asked for help “in carrying the load. “ The proposal failed."
    (q,) = quotes(text, Span(0, len(text)))
    assert text[q.start:q.end] == "in carrying the load. "


def test_said_on_skips_dates_that_name_a_thing_or_bound_a_span():
    text = ("On February 20, 1961, Ambassador Varnholt met Minister Oskarsson at the "
            "conference. Oskarsson replied that his country backed neutrality, as it had "
            "since the 1954 Geneva Conference.")
    out = run(text)
    assert [s.said_on for s in out] == ["1961-02-20"]


# --- when editors' notes say the words were said ----------------------------------------------


def _said_on(text, speaker, anchor="1966"):
    return [s.said_on for s in run(text, anchor) if s.speaker_name == speaker]


def test_a_citation_closing_the_sentence_dates_it():
    text = ("In May the talks went on. The Embassy in Lakeport advised that it would welcome "
            "more observers. (Telegram 881 from Lakeport, May 9; ibid.)")
    assert _said_on(text, "The Embassy in Lakeport") == ["1966-05-09"]


def test_a_citation_before_the_cue_dates_the_sentence_before_not_this_one():
    text = ("On May 2 Ambassador Rolf Varnholt met Minister Ines Kallas. Minister Kallas "
            "agreed to a visit. (Telegram 12 from Lakeport, May 3; ibid.) Varnholt said that "
            "the visit should be private.")
    assert _said_on(text, "Rolf Varnholt") == ["1966-05-02"]


def test_a_telegram_named_after_the_cue_dates_the_quotation():
    text = ("In July Minister Ines Kallas travelled north. “The visit is confidential,” the "
            "Embassy reported in telegram 274, July 22.")
    assert [s.said_on for s in run(text, "1966") if s.kind == "direct"] == ["1966-07-22"]


def test_calling_someone_in_is_a_meeting_that_dates_later_words():
    text = ("On May 31 Minister Ines Kallas called in Ambassador Rolf Varnholt and gave him a "
            "message.\n\nKallas spoke for an hour. She said that her country wanted calm.")
    dated = _said_on(text, "Ines Kallas")
    assert dated and set(dated) == {"1966-05-31"}


def test_numbered_points_announced_by_a_speaker_are_their_words():
    text = ("On May 31 Minister Ines Kallas asked Ambassador Rolf Varnholt to pass on a "
            "three-point message:\n\n1. Norland will not move first\n\n2. Its word counts\n\n"
            "(3) It is ready\n\nVarnholt left at noon.")
    points = [(s.speaker_name, s.kind, s.text, s.said_on) for s in run(text, "1966")
              if s.rule == "numbered-point"]
    assert points == [
        ("Ines Kallas", "direct", "Norland will not move first", "1966-05-31"),
        ("Ines Kallas", "direct", "Its word counts", "1966-05-31"),
        ("Ines Kallas", "direct", "It is ready", "1966-05-31"),
    ]


def test_a_numbered_list_nobody_announces_is_not_speech():
    text = "The agreement has three parts:\n\n1. Fishing quotas\n\n2. Inspection\n\n3. Review"
    assert run(text, "1966") == []


def test_a_quotation_going_on_keeps_its_date_and_its_signature_is_no_statement():
    text = ("In his reply, dated June 29, 1961, Ambassador Varnholt outlined the following "
            "steps: “A. Send the boats in July.\n\n“B. Ready the crews for the crossing.\n\n"
            "“C. Clear the harbour of the old wrecks.”\n\n“Anna B. Varnholt”")
    out = run(text)
    assert [(s.rule, s.said_on) for s in out] == [
        ("direct:after-colon", "1961-06-29"), ("direct:continuation", "1961-06-29"),
        ("direct:continuation", "1961-06-29")]


def test_a_continued_report_starts_after_the_speakers_own_cue_inside_it(tmp_path):
    body = ('<p><persName corresp="#p_VA">Varnholt</persName> said that the allies must agree '
            'among themselves first. Based on our experience with the harbour treaty he felt '
            'that if any such group were set up it should be prepared to hold many meetings.</p>')
    doc = record(tmp_path, "Memorandum of Conversation", body)
    texts = [s.text for s in extract_document(doc).statements]
    assert texts[-1] == ("if any such group were set up it should be prepared to hold many "
                         "meetings")



def test_a_continued_report_starts_after_the_frame_that_opens_it(tmp_path):
    # the speaker's own frame opening a sentence that goes on reporting them ("He assumed
    # ...", "He himself, however, thought ...", "He went on to state that ...") is no words
    frames = {"He assumed the": "the", "He himself, however, thought that the": "the",
              "He went on to state that the": "the", "He regretted that the": "the",
              "He feared the": "the", "He wished to emphasize that the": "the",
              "He presumed the": "the", "However, he knew that the": "the",
              "He went into a detailed discussion of the": "the",
              "He doubted very much whether the": "the", "He strongly felt that the": "the"}
    for frame, opens in frames.items():
        body = ('<p><persName corresp="#p_VA">Varnholt</persName> said that the allies must '
                f'agree among themselves first. {frame} harbour treaty would hold.</p>')
        doc = record(tmp_path, "Memorandum of Conversation", body)
        texts = [s.text for s in extract_document(doc).statements]
        assert texts[-1] == f"{opens} harbour treaty would hold", frame


def test_a_continued_report_starts_after_a_question_or_a_named_cue_inside_it(tmp_path):
    body = ('<p><persName corresp="#p_VA">Varnholt</persName> said that the allies must agree '
            'first. He wanted to know if we were ready to draw up plans for the harbour. Mr. '
            'Varnholt cited this as proof of the firmness of the allied purpose.</p>')
    doc = record(tmp_path, "Memorandum of Conversation", body)
    texts = [s.text for s in extract_document(doc).statements]
    assert texts[1:] == ["we were ready to draw up plans for the harbour",
                         "proof of the firmness of the allied purpose"]


def test_he_in_a_sentence_opening_with_a_subject_who_told_is_that_subject(tmp_path):
    # "Kallas told Varnholt that ... but he said “...”": Kallas, not the last name before it
    body = ('<p><persName corresp="#p_VA">Varnholt</persName> said that he looked for prompt '
            'action. <persName corresp="#p_KI">Kallas</persName> told Varnholt that the sentence '
            'was justified for both Otto Pell and Ada Rink but he said “they will come back home '
            'one day”. Varnholt is sure that they will.</p>')
    doc = record(tmp_path, "Telegram From the Embassy in Norland", body)
    quoted = [s for s in extract_document(doc).statements if s.kind == "direct"]
    assert [(s.speaker_name, s.text) for s in quoted] == [
        ("Ines Kallas", "they will come back home one day")]


def test_a_quotation_telling_of_its_own_speaker_is_the_note_takers_not_hers(tmp_path):
    # an editor quotes a note-taker's paragraphs: the reported speech inside stays, the
    # quotations, which tell of the speaker in the third person, are no words of hers
    body = ('<p>On March 1, 1957, Foreign Minister <persName corresp="#p_KI">Kallas</persName> '
            'met the Council leadership to discuss her trip to the islands. During the course '
            'of her comments, which were summarized in a memorandum prepared by a member of the '
            'staff, Kallas considered the possible results of the visit:</p>'
            '<p>“She then turned to long-term results which she classed as most important. She '
            'said that she hopes that we will conduct our policy without threat of force.</p>'
            '<p>“The Foreign Minister pointed out that had this meeting occurred years ago, the '
            'blockade might have been avoided. She said neither side changed its beliefs.</p>'
            '<p>“The simple thing that brought us together was a common interest, the Foreign '
            'Minister said. We want to keep our integrity and independence as they do.”</p>')
    doc = record(tmp_path, "Editorial Note", body, "1957-03-04")
    got = [(s.kind, s.text) for s in extract_document(doc).statements]
    assert ("indirect", "neither side changed its beliefs") in got
    assert [kind for kind, _ in got] == ["indirect"] * 5


def test_an_editors_source_citation_is_no_ones_words(tmp_path):
    body = ('<p>On June 11, 1970, Foreign Minister <persName corresp="#p_KI">Ines Kallas</persName>'
            ' told Ambassador <persName corresp="#p_OB">Bryn Oskarsson</persName> that the current '
            "offset agreement could not be continued in its present form after its expiration, and "
            "instead she had proposed to the Council a new type of multilateral contribution to help "
            "meet its defense burdens. (Telegram 6764 from Kessel, June 12; ibid., Country "
            "Files—Europe, Box 683, Norland, Volume V 4/10/70-7/31/70) Later in the year she told "
            "Oskarsson that any future contribution would have to come out of the defense budget, "
            "which could not be increased.</p>")
    doc = record(tmp_path, "Editorial Note", body, "1970-06-11")
    assert not any("Telegram 6764" in s.text for s in extract_document(doc).statements)


def test_words_retold_in_the_pluperfect_take_no_day_of_the_conversation(tmp_path):
    # a memorandum of conversation dates what is said at the talk; "he had told them" retells
    # words of an earlier, undated occasion (and so does the sentence that goes on with them)
    body = ('<p><persName corresp="#p_VA">Varnholt</persName> said that the harbour talks were '
            'going well. The northern allies, for example, expected more help with the fleet. '
            'He had told them that if the talks failed there would be no help at all. Northern '
            'ships would simply stay in port for the whole season. He stressed that we would '
            'not fail.</p>')
    doc = record(tmp_path, "Memorandum of Conversation", body, "1957-05-02")
    dated = [(s.text[:24], s.said_on) for s in extract_document(doc).statements]
    assert dated == [("the harbour talks were g", "1957-05-02"),
                     ("The northern allies, for", "1957-05-02"),
                     ("if the talks failed ther", None),
                     ("Northern ships would sim", None),
                     ("we would not fail", "1957-05-02")]


def test_words_said_again_as_told_before_are_dated_by_the_conversation(tmp_path):
    # "As he had told them, X" says X now and recalls the earlier telling; "As for Y, ..."
    # after retold words turns to a matter of the talk itself
    body = ('<p><persName corresp="#p_VA">Varnholt</persName> said that the harbour talks were '
            'going well. As he had told the northern allies, there would be no help without '
            'the talks. He had warned them that the fleet would stay in port. As for the '
            'southern ports, he would be glad to look into the matter.</p>')
    doc = record(tmp_path, "Memorandum of Conversation", body, "1957-05-02")
    dated = [(s.text[:24], s.said_on) for s in extract_document(doc).statements]
    assert dated == [("the harbour talks were g", "1957-05-02"),
                     ("there would be no help w", "1957-05-02"),
                     ("the fleet would stay in ", None),
                     ("As for the southern port", "1957-05-02")]


def test_words_someone_has_said_take_no_day_of_the_conversation(tmp_path):
    # "Both Kallas and Rein have said that ...": said before the talk, on a day nobody gives
    body = ('<p><persName corresp="#p_VA">Varnholt</persName> said that the harbour talks were '
            'going well. Both <persName corresp="#p_KI">Kallas</persName> and <persName '
            'corresp="#p_TR">Rein</persName> have said that they do not care about the northern '
            'ports.</p>')
    doc = record(tmp_path, "Memorandum of Conversation", body, "1957-05-02")
    out = extract_document(doc).statements
    assert next((s.speaker_name, s.said_on) for s in out) == ("Aldo Varnholt", "1957-05-02")
    assert len(out) > 1 and {s.said_on for s in out[1:]} == {None}


def test_words_said_on_several_occasions_take_no_day_of_the_conversation(tmp_path):
    body = ('<p><persName corresp="#p_VA">Varnholt</persName> said that the harbour talks were '
            'going well. <persName corresp="#p_KI">Kallas</persName> had stated on several '
            'occasions that the northern ports would stay closed.</p>')
    doc = record(tmp_path, "Memorandum of Conversation", body, "1957-05-02")
    assert [s.said_on for s in extract_document(doc).statements] == ["1957-05-02", None]


def test_words_in_the_pluperfect_told_to_nobody_keep_the_conversations_day(tmp_path):
    # "He had indicated that ..." with no listener may tell of the talk itself
    body = ('<p><persName corresp="#p_VA">Varnholt</persName> said that the harbour talks were '
            'going well. He had indicated that the fleet would stay in port all season.</p>')
    doc = record(tmp_path, "Memorandum of Conversation", body, "1957-05-02")
    assert [s.said_on for s in extract_document(doc).statements] == ["1957-05-02"] * 2


def test_points_after_the_writers_question_and_the_others_answer_are_not_the_writers(tmp_path):
    # "I informed the Ambassador ... and he stated:" announces the Ambassador's points, not
    # the writer's; with "he" not safely bound, they are left out rather than misattributed
    body = ('<p>At midnight Colonel Ansel Voss came to the Residence and saw me. He said that '
            'the Premier was awake.</p><p>I informed Ambassador <persName corresp="#p_OB">'
            'Oskarsson</persName> of the report above and he stated:</p><p>(1) He would '
            'receive no letter from the Premier in the middle of the night, and</p><p>(2) He '
            'would see the Premier in the morning at the palace.</p>')
    doc = record(tmp_path, 'Memorandum for the Record, by <persName corresp="#p_GR">Mila '
                 "Gruber</persName> of the Embassy in Norland", body)
    said = [(s.speaker_name, s.text) for s in extract_document(doc).statements]
    assert all(name != "Mila Gruber" for name, _ in said)


def test_a_sentence_to_the_one_written_to_is_the_writers_not_the_reported_speakers(tmp_path):
    doc = record(tmp_path, 'Memorandum From Secretary of State <persName corresp="#p_VA">'
                 "Varnholt</persName> to the President",
                 '<p>Foreign Minister <persName corresp="#p_KI">Kallas</persName> proposes '
                 "discussions of the harbour question during her visit to Washington in "
                 "September. This would be preliminary to your meeting with the Premier in "
                 "November, when the Norlanders would apparently like a joint announcement.</p>")
    said = [(s.speaker_name, s.text) for s in extract_document(doc).statements]
    assert said == [("Ines Kallas", "discussions of the harbour question")]
    # where the speaker's own words talk to "you" (the writer, in a cable), they go on so
    cable = record(tmp_path, 'Telegram From Secretary of State <persName corresp="#p_VA">'
                   "Varnholt</persName> to the President",
                   '<p>Foreign Minister <persName corresp="#p_KI">Kallas</persName> said glad to '
                   "hear you have this kind of platform and we will help you with it. You were "
                   "last here in the spring.</p>")
    assert [s.text for s in extract_document(cable).statements][-1] == (
        "You were last here in the spring")
