"""Statement extraction on hand-written paragraphs (all speakers fictional)."""

import pytest
from extraction_helpers import people_by_name, run, said

from pipelines.extract.people import extract_people
from pipelines.extract.statements import extract_statements


def test_quote_with_cue_after_and_its_continuation_in_the_paragraph():
    text = ("“We will not move first,” said Anders Holm, a retired envoy. "
            "“Nobody in the room expected us to.”")
    assert said(run(text)) == [
        ("Anders Holm", "direct", "We will not move first,"),
        ("Anders Holm", "direct", "Nobody in the room expected us to."),
    ]


def test_pronoun_speaker_follows_gender():
    text = ("Laila Farouk, a historian in Cairo, reviewed the file. Omar Haddad, an archivist, "
            "helped him. “The minutes are incomplete,” he said. "
            "“But the cables fill the gaps,” she said.")
    out = run(text)
    assert [s.speaker_name for s in out] == ["Omar Haddad", "Laila Farouk"]


def test_continuation_paragraph_keeps_the_speaker():
    text = ("“The first meeting went badly,” Ines Varga said.\n\n"
            "“By the third, they were trading jokes about the weather.”")
    out = run(text)
    assert said(out)[1] == ("Ines Varga", "direct",
                            "By the third, they were trading jokes about the weather.")
    assert out[1].rule == "direct:continuation"


def test_scare_quotes_are_not_statements():
    text = ("The so-called “engagement” policy survived, and the “message” never came. "
            "Critics called it “appeasement” at the time.")
    assert run(text) == []


def test_quote_inside_a_quote_stays_with_the_outer_speaker():
    text = ("“The cable calls the dinner ‘warm and useful,’ which was generous,” "
            "said Petra Lind.")
    out = run(text)
    assert said(out) == [("Petra Lind", "direct",
                          "The cable calls the dinner ‘warm and useful,’ which was generous,")]


def test_quotation_reported_inside_someone_elses_speech_goes_to_its_source():
    text = ("Petra Lind, a researcher, read the file. An embassy cable described the meeting as "
            "“tense but workable,” she noted.")
    out = run(text)
    assert [(s.speaker_name, s.speaker_key) for s in out if s.kind == "direct"] == [
        ("An embassy cable", None)]


def test_reported_speech_with_that_and_apposition():
    text = ("Tomas Rek, a professor of history at a university in Prague, said the archive "
            "had opened its files on the crisis.")
    [s] = run(text)
    assert (s.speaker_name, s.kind, s.cue) == ("Tomas Rek", "indirect", "said")
    assert s.text == "the archive had opened its files on the crisis"


def test_role_reference_resolves_to_the_person():
    text = ("Prime Minister Kenta Oshiro met the envoy in May 1985. "
            "The prime minister told the envoy that the base question could wait.")
    [s] = run(text)
    assert (s.speaker_name, s.text) == ("Kenta Oshiro", "the base question could wait")
    assert s.said_on == "1985-05"


def test_according_to_a_person_is_their_statement_but_not_a_document():
    text = ("According to Rek, the talks stalled over fishing rights. "
            "According to the minutes, Rek said nothing about quotas.")
    out = run("Tomas Rek is a historian. " + text)
    assert said(out) == [
        ("Tomas Rek", "indirect", "the talks stalled over fishing rights"),
        ("Tomas Rek", "indirect", "nothing about quotas"),
    ]


def test_action_verbs_are_not_speech():
    text = ("President Dara Voss held talks with the premier. Voss announced the lifting of "
            "the embargo, and Voss decided to stay another day.")
    assert run(text) == []


def test_said_on_comes_from_the_reported_meeting():
    text = ("The records cover the June 1975 talks between President Dara Voss and Premier "
            "Ilse Brand.\n\nVoss stressed the importance of grain sales to the region.\n\n"
            "In 1976, Brand told reporters that the talks had been frank.")
    out = run(text)
    assert [(s.speaker_name, s.said_on) for s in out] == [
        ("Dara Voss", "1975-06"), ("Ilse Brand", "1976")]


def test_commentator_gets_the_report_date_and_unknown_stays_null():
    text = ("Ines Varga, a historian, said the files were thin. "
            "Karl Mott said the files were thick.")
    out = run(text, published_on="2021-12-22")
    assert [(s.speaker_name, s.said_on) for s in out] == [
        ("Ines Varga", "2021-12-22"), ("Karl Mott", None)]


def test_non_person_speaker_needs_an_explicit_that():
    text = ("The ministry said that several pages had been withheld. "
            "The Chinese side argued back, saying little.")
    out = run(text)
    assert [(s.speaker_name, s.speaker_key, s.text) for s in out] == [
        ("The ministry", None, "several pages had been withheld")]


def test_cue_forms_news_reports_use():
    assert said(run("“The talks will resume in the spring,” according to Anna Berg, a "
                    "spokeswoman.")) == [
        ("Anna Berg", "direct", "The talks will resume in the spring,")]
    assert said(run("Anna Berg, 57, a spokeswoman, told reporters: “We have nothing more to "
                    "add today.”")) == [
        ("Anna Berg", "direct", "We have nothing more to add today.")]
    assert said(run("Anna Berg said in a statement that the decision was final.")) == [
        ("Anna Berg", "indirect", "the decision was final")]


def test_a_document_naming_no_body_is_no_speaker():
    from pipelines.extract.segment import Layout
    from pipelines.extract.speakers import SpeakerResolver

    text = "a memorandum of the conversation | An embassy cable | the Ministry's note"
    resolver = SpeakerResolver(text, [], [], Layout(text))
    assert resolver.at(0, 32, 0) is None  # where words are found, not who said them
    assert resolver.at(35, 51, 0).name == "An embassy cable"  # a body's words
    assert resolver.at(54, len(text), 0).name == "the Ministry's note"


def test_suggested_that_reports_the_clause_not_the_cue():
    text = "Tomas Rek suggested that both rivers could be developed in a coordinated way."
    [s] = run(text)
    assert s.text == "both rivers could be developed in a coordinated way"


def test_british_quotes_with_the_comma_outside_and_an_apposed_speaker():
    text = ("'The vote was never in doubt,' the interior minister, Sanna Lykke, told the "
            "cabinet, according to the minutes. 'The only doubt was the timing.'\n\n"
            "'What the record shows', said Dr Tomas Brede, an archivist in Orlen, 'is a "
            "cabinet that argued for a month and decided in a day.'\n\n"
            "According to Brede, Orlenish officials had kept no notes of their own.")
    assert said(run(text)) == [
        ("Sanna Lykke", "direct", "The vote was never in doubt,"),
        ("Sanna Lykke", "direct", "The only doubt was the timing."),
        ("Tomas Brede", "direct", "What the record shows"),
        ("Tomas Brede", "direct", "is a cabinet that argued for a month and decided in a day."),
        ("Tomas Brede", "indirect", "Orlenish officials had kept no notes of their own"),
    ]


def test_a_name_apposed_to_an_object_is_not_the_speaker():
    text = ("Karl Amsel met the finance minister, Rosa Quint, at noon and said that the loan "
            "would wait.")
    assert [s.speaker_name for s in run(text)] == ["Karl Amsel"]


def test_quoted_words_ending_the_reporters_clause_are_reported_speech():
    text = ("The timetable for the pull-out was “simply unworkable,” the defence minister, "
            "Ivo Marten, conceded a week later.")
    assert said(run(text)) == [
        ("Ivo Marten", "indirect", "The timetable for the pull-out was “simply unworkable,”")]


def test_a_visit_or_call_is_no_statement_but_its_purpose_may_be():
    text = ("Minister Paul Arend called on the President at noon. Later Arend called in "
            "Ambassador Lukas Vey to inform him that the embargo would stay in force.")
    assert said(run(text)) == [
        ("Paul Arend", "indirect", "the embargo would stay in force")]


def test_a_note_takers_abbreviated_titles_and_initials():
    text = ("Secretary of State Tomas Elgar telephoned Prime Minister Hugo Marsh.\n\n"
            "The Sec said the plan would have to wait until the autumn session. "
            "M said it was too late for that and the cabinet would not agree. "
            "The Sec thinks possibly so.")
    out = said(run(text))
    assert out[:2] == [
        ("Tomas Elgar", "indirect", "the plan would have to wait until the autumn session"),
        ("Hugo Marsh", "indirect", "it was too late for that and the cabinet would not agree"),
    ]
    assert all(s[0] != "Hugo Marsh" or "possibly" not in s[2] for s in out)


def test_a_block_quotation_the_paragraph_before_announces():
    text = ("Her last letter is the plainest. Mira Talvik wrote:\n\n"
            "> The ministers no longer hide their plans. They talk of the treaty as a\n"
            "> thing already dead.\n>\n> I told them we would not follow.\n\n"
            "Nobody answered her.")
    out = run(text)
    assert [(s.speaker_name, s.kind, s.rule) for s in out] == [
        ("Mira Talvik", "direct", "direct:block-quote")]
    assert out[0].text.startswith("The ministers") and out[0].text.endswith("not follow.")


def test_speakers_named_in_apposition_after_an_opening_phrase_or_a_long_one():
    text = ("At the same meeting, the trade minister, Ola Brenn, argued that the tariff would "
            "only help the smugglers.\n\n"
            "Jana Wirt, a historian at the University of Orlen who has written on the crisis, "
            "put it plainly: “The cabinet had run out of ideas by the spring.”\n\n"
            "A spokesman for the Records Office said the remaining pages would stay closed "
            "until 2030.")
    assert said(run(text)) == [
        ("Ola Brenn", "indirect", "the tariff would only help the smugglers"),
        ("Jana Wirt", "direct", "The cabinet had run out of ideas by the spring."),
        ("A spokesman for the Records Office", "indirect",
         "the remaining pages would stay closed until 2030"),
    ]


def test_a_name_qualifying_a_document_is_not_the_sentence_subject():
    text = ("The same day the aide forwarded the May 16 Kurt Lasse memorandum to Premier Ona "
            "Vik under cover of a note that reads in part:\n\n"
            "“As you know, things are moving a little better with the neighbours now.”")
    assert [s.speaker_name for s in run(text)] == []


def test_a_pronoun_in_a_sentence_opening_with_a_title_is_its_holder():
    text = ("The folder holds a memorandum from Acting Foreign Minister Rolf Ahn to Premier "
            "Ona Vik. The Acting Foreign Minister made comments on the border, which he said "
            "was “the hardest single question” of the visit.")
    assert [s.speaker_name for s in run(text)] == ["Rolf Ahn"]


def test_a_document_sent_with_a_gerund_cue_is_its_senders_statement():
    text = ("On June 4 Karl Amsel sent the cables to Premier Ona Vik with a covering note "
            "indicating that the message was too important to leave to the ministry.")
    assert said(run(text)) == [
        ("Karl Amsel", "indirect", "the message was too important to leave to the ministry")]


def test_a_closing_mark_set_apart_ends_the_sentence_and_a_far_subject_still_speaks():
    text = ("Former Premier Ola Ruud told Ambassador Ivo Brandt that the army might help “in "
            "carrying the war north. “ The offer was not the cabinet's; nevertheless, Foreign "
            "Minister Ada Weil appeared to favour a contingent for the south and suggested ways "
            "in which the old prohibitions could be lifted.")
    got = said(run(text))
    assert got[0][0] == "Ola Ruud" and got[0][2].endswith("north. “")
    assert ("Ada Weil", "indirect",
            "ways in which the old prohibitions could be lifted") in got


def test_a_pronoun_binds_to_the_title_that_opened_the_sentence_before():
    text = ("President Olaf Brandt received Premier Ivo Tamm at noon. The President "
            "congratulated Mr. Tamm on his election. He mentioned the cost of the new army.")
    assert [s.speaker_name for s in run(text)] == ["Olaf Brandt"]


def test_a_pronoun_binds_to_the_title_after_a_topic_phrase_not_a_name_before():
    text = ("President Olaf Brandt received Premier Ivo Tamm at noon.\n\nIt was noted that "
            "Ambassador Ivo Kell had raised the matter of the ferries.\n\nWith regard to the "
            "harbour, the President wondered if an approach had been made to Governor Tamm. He "
            "believed that the cost of the new dock was too high.")
    said_by = {s.text: s.speaker_name for s in run(text)}
    assert said_by["the cost of the new dock was too high"] == "Olaf Brandt"


def test_a_name_with_a_lowercase_particle_is_the_subject_a_pronoun_binds_to():
    text = ("Mr. Ivo Kell pointed out that the dock was open.\n\nProfessor de Vries referred "
            "again to the ferries. He stressed that the cost of the new dock was too high.")
    said_by = {s.text: s.speaker_name for s in run(text)}
    assert said_by["the cost of the new dock was too high"].endswith("Vries")


def test_a_he_coordinated_with_the_sentences_opening_he_is_the_same_person():
    text = ("On May 2, President Olaf Brandt opened a press conference. He said that General Ivo "
            "Kell had outlined the forces needed, and he added: “We will meet his needs.”")
    said_by = {s.text: s.speaker_name for s in run(text)}
    assert said_by["We will meet his needs."] == "Olaf Brandt"


def test_a_title_after_an_opening_phrase_of_time_is_the_subject_he_binds_to():
    text = ("President Olaf Brandt met Premier Ivo Tamm at noon.\n\nFollowing luncheon on May 2 "
            "given in honor of Mr. Tamm, the President discussed the progress made by the Tamm "
            "Government. He commented that the reform plans had yet to be carried out. Referring "
            "to the program in support of the Tamm Government, he admitted that it had failed. "
            "He said that Tamm gives all sorts of reasons for waiting.")
    assert {s.speaker_name for s in run(text)} == {"Olaf Brandt"}


def test_a_coordinated_subject_gives_each_speaker_the_statement():
    text = ("Messrs. Arne Dahl, Ilse Moran and Piet Okker pointed out that the harbour was "
            "closed. Dahl and Moran then said that the loan could wait. He told Okker and Moran "
            "that the rail was late.")
    assert said(run(text)) == [
        ("Arne Dahl", "indirect", "the harbour was closed"),
        ("Ilse Moran", "indirect", "the harbour was closed"),
        ("Piet Okker", "indirect", "the harbour was closed"),
        ("Arne Dahl", "indirect", "the loan could wait"),
        ("Ilse Moran", "indirect", "the loan could wait"),
        ("Arne Dahl", "indirect", "the rail was late"),  # "Okker and Moran" are told
    ]


def test_an_aside_the_sentence_never_closes_is_cut_off():
    text = ("Ines Varga said the rebels had asked for a truce (this may or may not matter. "
            "The talks go on).")
    assert said(run(text)) == [("Ines Varga", "indirect", "the rebels had asked for a truce")]


def test_a_second_report_by_a_titled_person_ends_the_first_and_a_title_alone_is_no_person():
    text = ("Arne Wilson said that Admiral Piet Radford had a comment, and the Admiral remarked "
            "that the fleet was too small.")
    assert said(run(text)) == [("Arne Wilson", "indirect", "Admiral Piet Radford had a comment"),
                               ("Piet Radford", "indirect", "the fleet was too small")]
    people, _ = people_by_name("The General said that it was cold.")
    assert people == {}


def test_a_rejoinder_after_a_colon_is_its_cues_subjects_and_a_title_in_quotes_is_no_speech():
    text = ("Arne Bundy said Foreign Minister Piet Couve was one of the few friends gold has, to "
            "which the Foreign Minister rejoined: “Except for those who own gold.” Bundy then "
            "tabled the paper entitled: “An Analysis of the Harbour Closing and Its Costs.” "
            "Bundy agreed that they should stand firm on a sentence in the report to read: “The "
            "board is still at work on it.”")
    assert said(run(text)) == [
        ("Arne Bundy", "indirect", "Foreign Minister Piet Couve was one of the few friends gold has"),
        ("Piet Couve", "direct", "Except for those who own gold."),
        ("Arne Bundy", "indirect", ("they should stand firm on a sentence in the report to "
                                    "read: “The board is still at work on it.”"))]  # no direct


def test_a_pronoun_goes_back_over_reported_sentences_that_name_nobody():
    text = ("Piet Okker said that the fleet was ready.\n\nArne Moran said that the port was old. "
            "It was in poor repair. It needed work. He said, “Nobody will fix it this year.”")
    assert [s.speaker_name for s in run(text)][-1] == "Arne Moran"


def test_a_subjects_names_joined_by_and_are_no_second_report():
    text = ("Governor Arne Dahl told him that if the President and Secretary Okker considered "
            "that the agreement was sound, and approved it, they would win the Senate.")
    assert said(run(text)) == [("Arne Dahl", "indirect", (
        "if the President and Secretary Okker considered that the agreement was sound, and "
        "approved it, they would win the Senate"))]


def test_a_clause_after_that_and_a_comma_is_the_words_not_a_trailing_source():
    text = ("Dr. Ilse Marrow said that, as during her first round, she will be under UN "
            "auspices and will report to the Council. Oskar Thale said the plan was dead, he "
            "added.")
    assert said(run(text)) == [
        ("Ilse Marrow", "indirect", ("as during her first round, she will be under UN "
                                     "auspices and will report to the Council")),
        ("Oskar Thale", "indirect", "the plan was dead")]


def test_points_the_writer_tells_the_addressee_to_put_are_nobodys_words_yet():
    text = ("Premier Oskar Thale will receive you on Monday. We hope you can make Thale "
            "understand the following points:\n\n1. That we are quietly confident of our "
            "position.\n\n2. That we will not reopen the treaty.\n")
    assert [s for s in run(text) if s.speaker_name == "Oskar Thale"] == []


def test_a_relative_to_which_is_no_reply_but_to_which_i_replied_is():
    text = ("Ivo Dern said that what is needed is a statement in a treaty to which the Republic "
            "is party. Oskar Thale said the talks were made harder by such critics as the "
            "Senator to which I replied that every country had critics.")
    got = said(run(text))
    assert got[0] == ("Ivo Dern", "indirect",
                      "what is needed is a statement in a treaty to which the Republic is party")
    assert got[1] == ("Oskar Thale", "indirect",
                      "the talks were made harder by such critics as the Senator")


def test_a_papers_paragraph_read_out_is_no_speech():
    text = ("Mr. Ivo Dern then moved on to paragraph 24 of the draft, which read as follows:\n\n"
            "“24. The harbour conflict will go on for years and the fleet must be kept ready "
            "for it.”\n\nMr. Dern said that the paragraph should stay as drafted.")
    assert [s.text for s in run(text) if s.kind == "direct"] == []


def test_a_cue_in_a_conceding_clause_is_part_of_the_words_reported():
    text = ("Secretary Ivo Dern said the plan was sound. Mr. Pal Gray, however, took exception "
            "to this view, and stated that while he agreed firmly that the navy needed the "
            "base, he had been told that the cost was too high.")
    got = said(run(text))
    words = "while he agreed firmly that the navy needed the base, he had been told that the"
    assert ("Pal Gray", "indirect", f"{words} cost was too high") in got
    assert all(speaker != "Ivo Dern" or "navy" not in said for speaker, _, said in got)


def test_an_excerpt_read_from_a_newspaper_is_no_speech():
    text = ("Mr. Ivo Dern then quoted the following excerpt from the Kessel Courier, dated "
            "May 3:\n\n“The harbour conflict will go on for years and the fleet must be kept "
            "ready for it.”\n\nMr. Dern said that the paper was wrong.")
    assert [s.text for s in run(text) if s.kind == "direct"] == []


def test_an_interrupted_quotation_after_a_fragment_is_one_statement():
    text = ("Ambassador Ilse Marrow met Premier Oskar Thale. “We Varnians”, Thale continued, "
            "“want to be friends with you.” “In my view,” Marrow said, “we must keep moving.”")
    assert said(run(text)) == [
        ("Oskar Thale", "direct", "We Varnians”, Thale continued, “want to be friends with you."),
        ("Ilse Marrow", "direct", "In my view,"),
        ("Ilse Marrow", "direct", "we must keep moving.")]


def test_points_of_a_paraphrased_view_are_reported_and_instructed_ones_nobodys():
    text = ("Ivo Dern makes the following suggestions:\n\n1. We can give the Premier assurances "
            "on the harbour.\n\n2. We should not withhold the visa.\n\nThe Ministry authorized "
            "Ambassador Pal Rusk to approach the Premier along the following lines:\n\n1. We "
            "are ready to talk about the quotas.\n")
    got = [(s.speaker_name, s.kind) for s in run(text) if s.rule == "numbered-point"]
    assert got == [("Ivo Dern", "indirect"), ("Ivo Dern", "indirect")]


def test_said_to_a_listener_that_the_words_follow_that():
    from pipelines.extract.statements import _content_start
    text = "Vane said to the Ambassador that it did."
    assert text[_content_start(text, 5, "said", len(text)):] == "it did."


def test_a_pronoun_after_an_unnamed_titled_subject_is_not_the_name_it_talked_about():
    # the President is named nowhere; "He" is that President, never General Vask
    text = ("Lindau, May 3, 1960. I called at the palace this morning. The President told me "
            "he had lost confidence in General Oren Vask. He said “I know the army can do it, "
            "but not under a commander like that.”")
    assert "Oren Vask" not in [s.speaker_name for s in run(text)]
    named = text.replace("at the palace", "on President Ansel Roy")
    assert {s.speaker_name for s in run(named)} == {"Ansel Roy"}


def test_a_cue_in_a_conditions_clause_reports_nothing():
    text = ("Even if President Ola Dahl and his officials feel that the goal is out of reach, "
            "the government believes it must keep its claim. Ivo Roe said that the harbour "
            "was closed. Ada Lind asked whether Roe had told them that the harbour was open.")
    # Lind's question is hers; the "told" inside it reports nothing of Roe's
    assert [(s.speaker_name, s.text) for s in run(text)] == [
        ("Ivo Roe", "the harbour was closed"),
        ("Ada Lind", "whether Roe had told them that the harbour was open")]


def test_a_cue_after_a_condition_the_sentence_has_closed_still_reports():
    text = ("Ivo Roe noted that the savings would be lost if General Dahl had to rebuild the "
            "fleet but he added that this would need the council's approval.")
    assert "this would need the council's approval" in [s.text for s in run(text)]


def test_a_long_chain_of_pronouns_goes_back_to_the_paragraph_subject():
    text = ("Mr. Ivo Roe said that the bank would help.\n\nPresident Ola Dahl then turned to "
            "the economy. He had visited the dams. He was grateful to the World Bank and to "
            "Mr. Roe, whom he considered a friend. The other matter was fishing. He had been "
            "in touch with Ada Lind. Speaking of the sea, his country would not push for a "
            "wide limit. He understood the strategic stakes. But as for fishing, he said that "
            "the issue was one of life or death.")
    assert ("Ola Dahl", "the issue was one of life or death") in [
        (s.speaker_name, s.text) for s in run(text)]


def test_a_question_put_about_someones_view_is_asked_not_said():
    text = ("The President asked about the future of the region. Which did Varno think was "
            "ahead? Varno said that the fleet would stay out. Situations do change.\n\nAda Lind "
            "said that she would have more to say later.")
    assert [(s.speaker_name, s.text) for s in run(text)] == [
        ("Varno", "the fleet would stay out"), ("Ada Lind", "she would have more to say later")]


def test_the_clause_that_ends_at_the_colon_names_who_the_words_are_of():
    text = ("Lindau, May 3, 1960.\n\nI delivered the message to Foreign Minister Ola Dahl. "
            "Ivo Roe was present. Roe translated it at once and Dahl dictated the following "
            "reaction:\n\n“I thank the President for his interest, but the problem is no "
            "longer one of good will.”")
    assert [s.speaker_name for s in run(text, "1960-05-03")] == ["Ola Dahl"]


def test_a_quotation_after_a_listener_and_that_is_direct():
    text = ("Ivo Dern met Ada Quist in Kessel. Dern told Ada Quist that “the quotas must be cut "
            "before the spring.” Later Dern emphasized to Prime Minister Quist that “we must "
            "have better communications with the Council.”")
    assert said(run(text)) == [
        ("Ivo Dern", "direct", "the quotas must be cut before the spring."),
        ("Ivo Dern", "direct", "we must have better communications with the Council.")]


def test_an_object_cue_to_a_listener_reports_the_clause_after_that():
    assert said(run("Ivo Dern stressed to the Minister that the quotas would stay.")) == [
        ("Ivo Dern", "indirect", "the quotas would stay")]


def test_an_object_cue_reports_its_object_without_the_cue():
    # the verb is in `cue`; the words are its object, or the clause after an aside
    text = ("Ivo Dern stressed the importance of an early settlement of the border. Ada Quist "
            "spoke of the harbour and the new rail line. Dern suggested, however, that the "
            "loan could wait. Quist denied the story. Dern welcomed “a settlement on the model "
            "of the old treaty.”")
    assert said(run(text)) == [
        ("Ivo Dern", "indirect", "the importance of an early settlement of the border"),
        ("Ada Quist", "indirect", "the harbour and the new rail line"),
        ("Ivo Dern", "indirect", "the loan could wait"),
        ("Ada Quist", "indirect", "denied the story"),
        ("Ivo Dern", "indirect", "welcomed “a settlement on the model of the old treaty.”")]


def test_an_aside_after_an_object_cue_is_skipped_and_an_as_clause_reports_the_main_clause():
    text = ("Ivo Dern met Ada Quist at noon. As Ada Quist had mentioned, she had seen the "
            "Minister on Tuesday. Another difference, Ivo Dern suggested, was the need for a "
            "common approach. Quist also mentioned, although quite briefly, the need for a "
            "joint reply to the Council. The paper Ivo Dern mentioned above is in draft.")
    assert said(run(text)) == [  # a cue set off inside the words reports the whole sentence
        ("Ada Quist", "indirect", "she had seen the Minister on Tuesday"),
        ("Ivo Dern", "indirect", ("Another difference, Ivo Dern suggested, was the need for "
                                  "a common approach")),
        ("Ada Quist", "indirect", "the need for a joint reply to the Council")]
    # an "as" clause closing the sentence reports what comes before it
    assert said(run("Ivo Dern met Ada Quist at noon. The loan will be repaid in full, as Ada "
                    "Quist had explained to Dern earlier.")) == [
        ("Ada Quist", "indirect", "The loan will be repaid in full")]


def test_words_withheld_by_the_editors_are_no_statement():
    text = ("Ivo Dern met Ada Quist. [less than 1 line of source text not declassified] the "
            "Minister noted. Ivo Dern agreed: “We must not leave the island isolated.”")
    assert said(run(text)) == [
        ("Ivo Dern", "direct", "We must not leave the island isolated.")]


def test_a_view_expressed_reports_the_clause_after_its_that():
    text = ("Ivo Dern ultimately expressed the view that the delay would not be long. Ada Quist "
            "expressed her firm hope that the tension could be removed soon.")
    assert said(run(text)) == [
        ("Ivo Dern", "indirect", "the delay would not be long"),
        ("Ada Quist", "indirect", "the tension could be removed soon")]


def test_a_question_announced_is_its_askers_and_a_cue_after_it_opens_the_reply():
    text = ("Ivo Dern met Ada Quist. Prime Minister Quist then posed a philosophical question. "
            "“How much can you do in a world like this one?” Ivo Dern replied, “We are moving "
            "into a state of affairs in which action is hard.”")
    assert said(run(text)) == [
        ("Ada Quist", "direct", "How much can you do in a world like this one?"),
        ("Ivo Dern", "direct", "We are moving into a state of affairs in which action is hard.")]


def test_a_statement_reiterated_and_a_fact_called_to_attention_report_the_clause():
    text = ("Ivo Dern called his attention to fact that the delegation had joined the vote. "
            "Ada Quist reiterated the statement of the President that we wanted to provide "
            "the tanks.")
    assert said(run(text)) == [
        ("Ivo Dern", "indirect", "the delegation had joined the vote"),
        ("Ada Quist", "indirect", "we wanted to provide the tanks")]


def test_a_letters_listener_and_closing_are_no_words():
    text = ("Ivo Dern wrote to Ada Quist in March:\n\n“I hope we meet soon in Kessel to settle "
            "the harbour question.\n\n“With my warmest personal regards,”")
    assert said(run(text)) == [
        ("Ivo Dern", "direct", "I hope we meet soon in Kessel to settle the harbour question.")]


def test_the_occasion_before_a_colon_and_quotation_is_no_reported_speech():
    text = ("As Secretary Ivo Dern stated before the Assembly on November 1, 1956: “There needs "
            "to be something better than the uneasy armistices.”")
    assert said(run(text)) == [
        ("Ivo Dern", "direct", "There needs to be something better than the uneasy armistices.")]


def test_a_thing_recalled_to_be_worked_on_is_no_speech():
    text = ("Ivo Dern wrote to the Council. In November, Dern recalled the dossier to bring it "
            "up to date. Dern recalled that the harbour had been closed.")
    assert said(run(text)) == [("Ivo Dern", "indirect", "the harbour had been closed")]


def test_words_someone_could_say_are_not_said():
    text = ("Ivo Dern speculated that with assurances the President could say: “I have "
            "concluded that a cessation would help the talks.”")
    assert [kind for _, kind, _ in said(run(text))] == ["indirect"]


def test_a_source_citation_and_the_writers_comment_are_no_ones_words():
    text = ("Ivo Dern told Ambassador Ada Quist that the agreement could not go on. (Telegram 6764 "
            "from Kessel, June 12; ibid., Country Files, Box 683) Later Dern told Quist that the "
            "budget was fixed.\n\nDern said he would get in touch with me. He said he would not "
            "hesitate to call. Comment: It is clear that Dern is not happy in his new role.")
    assert [t for _, _, t in said(run(text))] == [
        "the agreement could not go on", "the budget was fixed",
        "he would get in touch with me", "he would not hesitate to call"]


def test_a_word_quoted_inside_a_quoted_letter_stays_in_its_paragraph():
    text = ("Karel Dvorsky wrote me a letter which contains the following paragraphs:\n\n"
            "“1. I think that further talks in the council would only harden positions.\n\n"
            "“2. While opinion here would resist a quarrel over the “border” villages, I feel "
            "strongly that the talks should go on.”")
    words = ("2. While opinion here would resist a quarrel over the “border” villages, I feel "
             "strongly that the talks should go on.")
    assert said(run(text))[1] == ("Karel Dvorsky", "direct", words)


def test_a_that_a_verb_follows_is_the_subject_of_the_words_said():
    text = "Admiral Tomas Rask said that is a matter for the council to settle."
    assert said(run(text)) == [("Tomas Rask", "indirect",
                                "that is a matter for the council to settle")]



def test_reported_words_end_where_another_speakers_cue_runs_on_after_a_comma():
    text = ("Ambassador Karl Asakai met Minister Ivo Rusk. Rusk replied he had done his best but "
            "had not succeeded, Mr. Asakai went on to say that the islanders were decent people.")
    assert said(run(text)) == [
        ("Ivo Rusk", "indirect", "he had done his best but had not succeeded")]


def test_a_letter_passed_on_is_its_signers_not_its_bearers():
    def speakers(intro, close):
        text = (f"{intro}\n\n“I have the honor to inform the Commission, on behalf of the "
                "Government of Norland, of the following decision of the Council of Ministers:"
                f"\n\nThe Government of Norland will close the northern harbour to all foreign "
                f"ships from the first of June. {close}”\n\nThe Embassy will report further.")
        return [s.speaker_name for s in run(text) if s.kind == "direct"]

    bearer = ("At noon Major Ivo Dern, liaison officer of the Norland Army, delivered the "
              "following letter from the Norland Government to the Secretariat:")
    # the signature names the writer; without one a body's letter has no speaker
    assert speakers(bearer, "Teodor Vaskin, Acting Minister of Foreign Affairs.") == ["Teodor Vaskin"]
    assert speakers(bearer, "The Council regrets this step.") == []
    # a letter from a person named after "from" is that person's
    from_person = ("Major Ivo Dern delivered the following letter from Minister Teodor Vaskin to "
                   "the Secretariat:")
    assert speakers(from_person, "The Council regrets this step.") == ["Teodor Vaskin"]
    # the speaker's own letter stays his
    own = "Major Ivo Dern sent the following letter to the Secretariat:"
    assert speakers(own, "The Council regrets this step.") == ["Major Ivo Dern"]
    # a letter referred to in a clause of its own: the words are the one who then speaks
    said = ("Referring to a letter from Minister Teodor Vaskin, Major Ivo Dern said to the "
            "Secretariat:")
    assert speakers(said, "The Council regrets this step.") == ["Major Ivo Dern"]
    # a letter's address alone is no words said
    text = (f"{from_person}\n\n“Dear Mr. Secretary:\n\nThe Government of Norland will close "
            "the northern harbour to all foreign ships from the first of June.”")
    assert [s.text for s in run(text) if s.kind == "direct"] == []


def test_a_second_cue_joined_after_a_comma_starts_the_speakers_next_statement():
    text = ("Ambassador Ralph Orrin commented on the hostile press of the capital, laying special "
            "stress on the sad fact that its papers print nothing but abuse. He said that the "
            "talks would go on, adding that the quotas must stay, and asked whether the ferry "
            "would run. He noted that the harbour was calm, and stressed the value of the port.")
    assert [(s.cue, s.text) for s in run(text)] == [
        ("commented", "on the hostile press of the capital"),
        ("laying", "the sad fact that its papers print nothing but abuse"),
        ("said", "the talks would go on"),
        ("adding", "the quotas must stay"),
        ("asked", "whether the ferry would run"),
        ("noted", "the harbour was calm"),
        ("stressed", "the value of the port")]
    assert {s.speaker_name for s in run(text)} == {"Ralph Orrin"}
    text = ("Ambassador Ralph Orrin agreed no one would welcome such tactics, adding, however, "
            "that raids bring bad results, and pointing out the ferry was safe.")
    assert [(s.cue, s.text) for s in run(text)] == [
        ("agreed", "no one would welcome such tactics"),
        ("adding", "raids bring bad results"), ("pointing", "the ferry was safe")]
    # a pluperfect in the words: the joined verb may be their own subject's, not his
    text = ("Ambassador Ralph Orrin said that the Premier had called on him, and asked whether "
            "the ferry would run.")
    assert [s.cue for s in run(text)] == ["said"]


def test_a_bare_secretary_is_no_foreign_secretary_nor_secretary_general(tmp_path):
    from tei_record import record

    from pipelines.extract import extract_document

    body = ('<p>The Council met this morning. <persName corresp="#p_ME">Mertens</persName> '
            'opened the session and <persName corresp="#p_MI">Marsh</persName> spoke of the '
            "harbour. Secretary said that the plan was sound and that the allies must stand "
            "together.</p>")
    doc = record(tmp_path, "Telegram From the Delegation at the Council Meeting to the "
                 "Department of State", body)
    last = [s for s in extract_document(doc).statements if "plan was sound" in s.text]
    # the U.S. Secretary of State of the record's day, as the office table gives him
    assert [s.speaker_name for s in last] == ["John Foster Dulles"]


def test_an_office_named_with_its_of_is_its_holder(tmp_path):
    from tei_record import record

    from pipelines.extract import extract_document

    body = ('<p>PARTICIPANTS</p><p><persName corresp="#p_VA">Aldo Varnholt</persName>, '
            'Secretary of State</p><p><persName corresp="#p_SD">Dag Sund</persName>, Secretary '
            'of Defense</p><p><persName corresp="#p_SD">Sund</persName> spoke first of the '
            "harbour. The Secretary of State welcomed the Minister and his party. He said that "
            "the talks would go on.</p>")
    doc = record(tmp_path, "Memorandum of Conversation", body)
    said = [s for s in extract_document(doc).statements if "his party" in s.text]
    assert [s.speaker_name for s in said] == ["Aldo Varnholt"]


def test_described_keeps_its_verb_only_for_a_characterisation():
    # "described X as Y" is half the verb's words; "described X" reports X, as object cues do
    out = run("Minister Ines Kallas described the plan for the northern harbour as a disaster. "
              "Ambassador Rolf Varnholt described at length the manner in which the harbour "
              "accord had been drafted.")
    assert [s.text for s in out] == [
        "described the plan for the northern harbour as a disaster",
        "the manner in which the harbour accord had been drafted"]


def test_a_cues_manner_is_no_part_of_the_words():
    out = run("Minister Ines Kallas stressed again that the harbour must stay closed. Ambassador "
              "Rolf Varnholt described briefly the plans for the new northern harbour. Senator "
              "Arne Dahl emphasized at length the need for a budget for the northern harbour.")
    assert [s.text for s in out] == ["the harbour must stay closed",
                                     "the plans for the new northern harbour",
                                     "the need for a budget for the northern harbour"]
@pytest.mark.parametrize("text", [
    ("Despite what Karl Brenner says about Ruritania, there is a common interest between the "
     "two kingdoms in keeping the peace."),
    "Regardless of what Karl Brenner says, the treaty will hold firm for years.",
    "Whatever Karl Brenner says about the harbour, the treaty will hold.",
    "Much of what the Minister said, I felt, was meant for the press corps in town.",
    ("There is a contradiction between what Karl Brenner said in May and what he and Ivo "
     "Ransky said to the council on the harbour question."),
])
def test_a_cue_in_a_free_relative_reports_no_words(text):
    # "what Doe says" names a thing (the object of "despite", of "get"): no words of Doe's
    assert run(text) == []


def test_a_pseudo_cleft_gives_the_words_after_its_was():
    text = "What Olaf Dunmore said was that the harbour would close in May."
    assert said(run(text)) == [("Olaf Dunmore", "indirect", "the harbour would close in May")]


@pytest.mark.parametrize("salutation", ["Mr. Ambassador.", "Dear Mr. President:", "Excellency,"])
def test_a_salutation_alone_is_no_statement(salutation):
    text = (f"Foreign Minister Karl Brenner made the following statement:\n\n“{salutation}\n\n"
            "“My Government has decided to close the northern harbour to all foreign trawlers "
            "in May.”")
    assert [s.text for s in run(text)] == [
        "My Government has decided to close the northern harbour to all foreign trawlers in May."]


def test_the_ambassador_is_not_an_ambassador_at_large_among_the_participants():
    from dataclasses import replace

    from pipelines.extract.dates import extract_dates
    from pipelines.extract.people import extract_people

    text = ("Memorandum of Conversation\n\nWashington, March 3, 1966.\n\nPARTICIPANTS\n\n"
            "Ambassador Ivan P. Korvalov, Ruritania\n\nWalter K. Brannigan, Ambassador-at-Large, "
            "Department of State\n\nThe Ambassador called at his own request and made the "
            "following oral statement:\n\n“My Government has noted with concern the seizure of "
            "three trawlers near the northern banks.”")
    people, mentions = extract_people(text)
    people = [replace(p, role="Ambassador at Large") if p.name == "Walter K. Brannigan" else p
              for p in people]
    out = extract_statements(text, people, mentions, extract_dates(text), None, record=True)
    assert [(s.speaker_name, s.rule) for s in out] == [("Ivan P. Korvalov", "direct:introduced")]


def test_a_draft_to_be_read_later_is_no_ones_words_yet():
    text = ("If the Minister asks for a receipt, Ambassador Rolf Varnholt should read and hand "
            "over the following draft:\n\n“I hereby acknowledge receipt of the harbour keys and "
            "of the ledger.”\n\nAmbassador Rolf Varnholt read the following statement:\n\n“We "
            "have received the harbour keys and the ledger today.”")
    assert [(s.speaker_name, s.text[:12]) for s in run(text) if s.kind == "direct"] == [
        ("Rolf Varnholt", "We have rece")]


def test_the_one_written_to_and_the_participle_after_are_not_the_words():
    text = ("Last year Ada Kell wrote Senator Ivo Dern expressing the hope that there might be a "
            "fresh look at the harbour treaty. Later Ada Kell wrote Ivo Dern urging that the "
            "treaty be signed.")
    assert [(s.speaker_name, s.text) for s in run(text, "1966-06-30")] == [
        ("Ada Kell", "the hope that there might be a fresh look at the harbour treaty"),
        ("Ada Kell", "the treaty be signed")]


def test_calling_people_together_is_no_statement():
    text = "On Monday Ivo Dern called together his ministers. Dern said that the vote was near."
    assert [(s.speaker_name, s.text) for s in run(text, "1956-03-01")] == [
        ("Ivo Dern", "the vote was near")]


def test_a_pronoun_in_a_possessive_speech_noun_is_its_owner():
    # "Doe's statement to Roe that he ...": the statement is Doe's, and so is "he"
    text = ("Ambassador Tor Lund called on President Ivo Tamm today. A disturbing element "
            "was Tamm’s statement to Lund that he believed the plot came from abroad. He added "
            "that the army was loyal.\n\nLund’s answers were frank. He refused to read the "
            "papers and said he would report to his government.")
    assert [s.speaker_name for s in run(text)] == ["Ivo Tamm", "Ivo Tamm", "Tor Lund"]


def test_the_occasion_or_listener_between_a_cue_and_that_is_not_the_words():
    text = ("Ambassador Ivo Tamm came in. He stated in his February 26 press conference that "
            "the quays would close. He agreed with Ambassador Rolf Lund that the fleet could "
            "wait. He said in 1954 the Board had assured Congress that the loans would hold.")
    out = run(text, "1957-03-04")
    assert [s.text for s in out] == [
        "the quays would close", "the fleet could wait",
        # a clause, not an occasion: its year is what the words speak of, not when
        "in 1954 the Board had assured Congress that the loans would hold"]
    assert out[0].said_on == "1957-02-26" and out[2].said_on != "1954"


def test_he_after_a_title_that_opens_a_clause_before_the_writers_is_its_holder():
    # "As the Foreign Secretary was busy, I could only see him on May 3. He said": the holder
    text = ("I have talked with Mr. Ivo Tamm, Secretary of State for Foreign Affairs, and with "
            "Mr. Rolf Lund, his Under Secretary.\n\nLund is interested in China.\n\n"
            "As the Foreign Secretary was extremely occupied, I was only able to see him on "
            "May 3. He immediately said he thought our points were well taken.")
    out = run(text, "1955-05-06")
    assert [(s.speaker_name, s.text) for s in out][-1] == (
        "Ivo Tamm", "he thought our points were well taken")


def test_the_one_a_document_went_to_does_not_speak_its_gerund():
    text = "Ivo Tamm wrote to Rolf Lund suggesting that the talks resume."
    assert said(run(text)) == [("Ivo Tamm", "indirect", "the talks resume")]


def test_a_subject_after_an_opening_phrase_of_time_binds_the_next_he():
    text = ("President Ivo Tamm said the plan would work.\n\nAt this point Secretary Rolf Lund "
            "rose to speak for his department. He indicated that the Chiefs had gone over the "
            "plan with great care.")
    assert [s.speaker_name for s in run(text)][-1] == "Rolf Lund"


def test_a_he_after_a_titled_question_and_a_named_answer_is_the_one_who_answered():
    text = ("President Ivo Tamm received Ambassador Rolf Lund.\n\nThe President then asked what "
            "Lund planned to do at the UN, and Lund responded that he intended to be a "
            "spokesman. In his appearance the previous Sunday on television, he said he had "
            "observed that the visits were useful.")
    assert [s.speaker_name for s in run(text)] == ["Rolf Lund", "Rolf Lund"]



def test_a_shortened_title_alone_is_its_holder_not_a_namesake_secretary():
    text = ("Secretary of State Ivo Tamm was away. The Ambassador called on Asst Sec Rolf Lund "
            "Wed. In accepting the note, Asst. Sec stated that he would study it.")
    assert [s.speaker_name for s in run(text, "1949-02-24")] == ["Rolf Lund"]


def test_the_minister_is_not_the_prime_minister():
    text = ("Ivo Tamm, the Varnish Prime Minister, received Rolf Lund, the American Minister. "
            "The Prime Minister welcomed Mr. Lund. The Minister said that the talks were useful.")
    assert [s.speaker_name for s in run(text)][-1] == "Rolf Lund"


@pytest.mark.parametrize("manner", ["in his customary loving style", "at considerable length",
                                    "in great detail"])
def test_a_cue_with_only_the_manner_of_the_words_reports_nothing(manner):
    text = f"Archbishop Ivo Tamm replied {manner}. He said the island was calm."
    assert said(run(text)) == [("Ivo Tamm", "indirect", "the island was calm")]


def test_words_given_only_as_a_cables_number_report_nothing():
    text = ("Ambassador Rolf Lund reiterated line of Deptel 1545. He said the fleet would wait "
            "for the convoy.")
    assert [s.text for s in run(text)] == ["the fleet would wait for the convoy"]


def test_went_on_to_say_is_a_second_cue():
    text = ("Ambassador Rolf Lund acknowledged that the port was closed, but went on to say that "
            "the fleet would sail anyway.")
    assert [s.text for s in run(text)] == ["the port was closed", "the fleet would sail anyway"]


def test_that_before_a_modal_is_the_words_subject():
    text = "Ambassador Rolf Lund said that might be true but the fleet would wait."
    assert [s.text for s in run(text)] == ["that might be true but the fleet would wait"]


@pytest.mark.parametrize(("text", "words"), [
    # the manner of speaking before the topic is the narrator's
    (("Ambassador Ovid Rask spoke feelingly of the overriding importance of tying the northern "
     "provinces firmly to the coast."),
     "the overriding importance of tying the northern provinces firmly to the coast"),
    # a second cue right after the first: the words are after both
    (("Mr. Ovid Rask agreed and then went on to note that Mr. Tarn had said on his trip that "
     "the fishing grounds mattered little."),
     "Mr. Tarn had said on his trip that the fishing grounds mattered little"),
    ("Mr. Ovid Rask agreed, but went on to say that the fishing grounds mattered little.",
     "the fishing grounds mattered little"),
    # a short aside in brackets after the cue is the narrator's
    ("Mr. Ovid Rask said (with feeling) this was the worst thing that could be done.",
     "this was the worst thing that could be done"),
    # a characterisation keeps its verb, as "described X as Y" does
    (("Ambassador Ovid Rask explained his government's policy as one occasionally marked by "
     "mistakes of youth."),
     "explained his government's policy as one occasionally marked by mistakes of youth"),
    # a concession holding the cue: the words end where the main clause begins
    (("Although Ambassador Ovid Rask stated that there was considerable risk in inaction, "
     "greater risk could stem from ill advised action now."),
     "there was considerable risk in inaction"),
    # another's assent closing the words is the narrator's
    (("Mr. Ovid Rask said that if the others wanted to name their agents that could be "
     "discussed and Tarn agreed."),
     "if the others wanted to name their agents that could be discussed"),
    # a new cue of "he" run on after a comma ends the words
    (("Ambassador Ovid Rask suggested that there were other cases of rebels settling down after "
     "an election, he mentioned the Varnland rebels as one."),
     "there were other cases of rebels settling down after an election"),
    # a bare present after "and" inside the words is theirs, no second cue
    (("Mr. Ovid Rask said that we favor the Varnish entry and feel that Varnland has a natural "
     "role to play in the community."),
     ("we favor the Varnish entry and feel that Varnland has a natural role to play in the "
     "community")),
    # the cue's object, then a participle that tells what was said
    (("Secretary Ovid Rask concluded this part of the discussion suggesting that the others "
     "work on the plan on a confidential basis."),
     "the others work on the plan on a confidential basis"),
])
def test_the_narrators_words_around_a_cue_are_not_the_speakers(text, words):
    assert [s.text.rstrip(".") for s in run(text, "1960-01-01")][:1] == [words]


def _memorandum_of_conversation(text):
    """Statements of ``text`` read as a memorandum of conversation, its people found in it."""
    people, mentions = extract_people(text)
    return extract_statements(text, people, mentions, [], "1960-01-01", conversation=True)


def test_a_narrators_lead_in_to_a_colon_is_not_the_continued_speakers_words():
    text = ("Memorandum of Conversation\n\n"
            "President Ossel Varga said that the new nations needed moral support from the "
            "great powers. Ossel Varga gave a concrete example of the kind of support he had in "
            "mind: during the first months after independence his government had watched every "
            "factor that might curtail its sovereignty.")
    out = _memorandum_of_conversation(text)
    assert [s.text.rstrip(".") for s in out if s.rule == "indirect:continuation"] == [
        ("during the first months after independence his government had watched every factor "
        "that might curtail its sovereignty")]


def test_another_persons_act_in_the_narrators_past_is_no_continuation():
    text = ("Memorandum of Conversation\n\n"
            "Mr. Ivo Talbrand said that his government could not understand the delay in the "
            "harbour talks. Mr. Osk Harmann did not respond directly, but returned to his point "
            "that the narrow proposal was unacceptable. Mr. Osk Harmann nodded his acceptance "
            "of the schedule.")
    out = _memorandum_of_conversation(text)
    assert not any(s.speaker_name == "Ivo Talbrand" and "Harmann" in s.text for s in out)


def test_an_announcement_and_where_it_was_made_are_no_words_of_their_own():
    text = ("Minister Ines Kallas commented as follows at the March 9 Harbour Council meeting:\n\n"
            "“Mrs. Kallas said that the dockers were restless and the strike was spreading.”\n")
    out = run(text)
    assert not any("as follows" in s.text for s in out)
    assert any("dockers were restless" in s.text for s in out)
    text = ("Minister Ines Kallas later wrote the following reflections in a March 23 memorandum "
            "for the record:\n\n“The dockers were restless and the strike was spreading.”\n")
    assert not any("following" in s.text for s in run(text))


def test_a_talk_the_speaker_tells_of_is_no_words_of_his():
    for text in ("Minister Olaf Brandt noted his talks with Ivo Kell and Ines Varga in May.",
                 ("Minister Olaf Brandt described his recent conversations in Kessel with "
                 "Foreign Secretary Ivo Kell.")):
        assert run(text) == []


def test_an_asked_question_keeps_its_frame_before_a_that_clause_inside_it():
    text = ("Mr. Dean Holt then asked if there was any basis for real apprehension that students "
            "might be going over to the rebels.")
    assert [s.text for s in run(text)] == [
        ("if there was any basis for real apprehension that students might be going over to the "
        "rebels")]


def test_an_answer_in_the_questions_sentence_is_the_answerers():
    text = ("Mr. Gordon Hale asked whether the Department would continue to be in a position to "
            "help; Mr. Ivo Murr replied in the affirmative and indicated that this was no problem.")
    assert said(run(text)) == [
        ("Gordon Hale", "indirect",
         "whether the Department would continue to be in a position to help"),
        ("Ivo Murr", "indirect", "in the affirmative"),
        ("Ivo Murr", "indirect", "this was no problem")]
    asked = "Mr. Gordon Hale asked whether the President said the port was closed."
    assert [s.text for s in run(asked)] == ["whether the President said the port was closed"]


def test_a_cue_with_only_its_topic_after_on_reports_nothing():
    text = ("Mr. Ivo Randt commented on the Department's report in a memorandum to Mr. Tal "
            "Dodd and sent a copy to the Council. He said the report was too long.")
    assert [s.text for s in run(text)] == ["the report was too long"]
    how = "Mr. Ivo Randt commented on how the plan had failed in the north."
    assert [s.text for s in run(how)] == ["on how the plan had failed in the north"]


def test_a_topic_quoted_before_the_cue_is_not_the_words():
    text = ("Mr. Dean Holt said that the talks would go on. With reference to “respect for the "
            "republic”, Mr. Dean Holt noted that access need not interfere with it.")
    assert said(run(text)) == [("Dean Holt", "indirect", "the talks would go on"),
                               ("Dean Holt", "indirect", "access need not interfere with it")]
    rigged = ("With respect to the allegations that the elections had been “rigged”, Mr. Dean "
              "Holt said that he had no proof one way or the other.")
    assert said(run(rigged)) == [("Dean Holt", "indirect",
                                  "he had no proof one way or the other")]


def test_an_agreement_then_said_that_is_the_words_after_that():
    text = "Mr. Ivo Hale agreed, and said that the embassies were the most unsettling influence."
    assert [s.text for s in run(text)] == ["the embassies were the most unsettling influence"]


def test_another_speaker_joined_by_and_ends_the_words():
    text = ("Mr. Ivo Hale said the port was closed, and Mr. Tal Rand added that the ships would "
            "wait.")
    assert said(run(text)) == [("Ivo Hale", "indirect", "the port was closed"),
                               ("Tal Rand", "indirect", "the ships would wait")]


def test_the_day_before_a_colon_that_ends_the_paragraph_is_no_words():
    text = ("After his withdrawal Mr. Dean Holt stated on September 17, 1957:\n\n"
            "“This council is fortunate that it has among its members those who are well "
            "qualified to serve as its president.”")
    assert not any(s.kind == "indirect" for s in run(text))


def test_a_reply_put_as_a_question_is_the_question():
    text = ("Mrs. Ada Lind responded by asking whether it was true that the advisers had worn "
            "civilian clothes.")
    assert [s.text for s in run(text)] == [
        "whether it was true that the advisers had worn civilian clothes"]
