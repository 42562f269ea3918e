"""Reported speech in the prose of records: quoted records, numbered telegram paragraphs,
coordinated reports and cable page breaks (invented texts, invented names)."""

import re

from pipelines.document import Document, LocalPerson, Markup, PersonMention
from pipelines.extract import extract_document
from pipelines.extract.quoted_records import quoted_records, unquoted
from pipelines.extract.segment import Layout
from pipelines.extract.speakers import Speaker
from pipelines.extract.statements import extract_statements
from pipelines.extract.truecase import without_page_breaks


def _people(*names):
    return {n: LocalPerson(n.lower().replace(" ", "-"), n) for n in names}


def _mentions(text, by):
    out = []
    for name, person in by.items():
        start = text.find(name)
        while start >= 0:
            out.append(PersonMention(person.key, name, start, start + len(name)))
            start = text.find(name, start + 1)
    return sorted(out, key=lambda m: m.char_start)


def _record(text, year, *names, writer=None):
    """Statements of ``text`` read as a record's prose, with ``names`` as its people and
    ``writer`` (a name) as the one who writes it."""
    by = _people(*names)
    return extract_statements(text, list(by.values()), _mentions(text, by), [], year,
                              record=True,
                              writer=Speaker(writer, _people(writer)[writer].key) if writer else None)


NOTE = (
    "Minister Orvald visited the capital in March. A memorandum prepared by Tessaly of her "
    "talk with Orvald on March 3 reads in part:\n\n"
    "“We spoke first of the harbour. I said that the loan could not be raised this year. "
    "The cabinet had already fixed the budget and the treasury would not reopen it. "
    "Orvald said that his government would then delay the railway.”\n\n"
    "The loan was raised the following spring."
)


def test_a_quoted_memorandum_is_read_as_a_record_of_its_writer():
    by = _people("Orvald", "Tessaly")
    mentions = _mentions(NOTE, by)
    layout = Layout(NOTE)
    records = quoted_records(NOTE, layout, mentions, list(by.values()))
    assert [r.writer for r in records] == [by["Tessaly"].key]
    blanked = unquoted(NOTE, records)
    assert len(blanked) == len(NOTE) and "“" not in blanked and "”" not in blanked
    out = extract_statements(NOTE, list(by.values()), mentions, [], "1999", record=True)
    said = {(s.speaker_name, s.text.rstrip(".")) for s in out}
    assert ("Tessaly", "the loan could not be raised this year") in said
    # the uncued sentence after her words goes on reporting them
    assert ("Tessaly", ("The cabinet had already fixed the budget and the treasury would not "
                        "reopen it")) in said
    assert ("Orvald", "his government would then delay the railway") in said
    assert all(s.text == NOTE[s.char_start:s.char_end] for s in out)


def test_a_short_quotation_is_no_record():
    text = "Orvald called the plan “a fair start” and left."
    layout = Layout(text)
    assert quoted_records(text, layout, [], []) == []


def test_a_numbered_telegram_paragraph_is_its_speakers_turn():
    text = ("2. Responding, Kessel said that his government wanted the talks to go on. The "
            "border incidents had been exaggerated by the press. Both sides had acted with "
            "restraint.\n\n3. I said that we welcomed this.")
    out = _record(text, "1973", "Kessel", "Amra Dune", writer="Amra Dune")
    kessel = [s.text.rstrip(".") for s in out if s.speaker_name == "Kessel"]
    assert kessel == ["his government wanted the talks to go on",
                      "The border incidents had been exaggerated by the press",
                      "Both sides had acted with restraint"]
    assert [s.text for s in out if s.speaker_name == "Amra Dune"] == ["we welcomed this"]


def test_a_clause_running_into_a_coordinated_report_is_split():
    text = ("Kessel asked what the delay meant and I replied that the convoy would leave "
            "on Monday.")
    out = _record(text, "1973", "Kessel", "Amra Dune", writer="Amra Dune")
    got = {(s.speaker_name, s.text) for s in out}
    assert ("Amra Dune", "the convoy would leave on Monday") in got
    assert not any(s.speaker_name == "Kessel" and "convoy" in s.text for s in out)


def test_a_second_report_ends_a_rule_clause_the_parse_reads_no_report_of():
    text = ("Minister Kessel agreed with the survey presented by the Governor, and asked "
            "whether the railway could be finished before the rains.")
    by = _people("Kessel")
    out = extract_statements(text, list(by.values()), _mentions(text, by), [], "1973")
    got = {(s.cue, s.text) for s in out}
    assert ("agreed", "with the survey presented by the Governor") in got
    assert ("asked", "whether the railway could be finished before the rains") in got


def test_a_cue_in_a_fronted_when_clause_ends_with_that_clause():
    text = ("Minister Kessel met us. When Amra Dune proposed June 4 for the next round, "
            "Kessel suggested June 11 for the talks.")
    by = _people("Kessel", "Amra Dune")
    out = extract_statements(text, list(by.values()), _mentions(text, by), [], "1973")
    got = {(s.speaker_name, s.cue, s.text) for s in out}
    assert ("Amra Dune", "proposed", "June 4 for the next round") in got
    assert ("Kessel", "suggested", "June 11 for the talks") in got
    # a fronted clause that the cue interrupts is no cue's clause: one row across the cue
    text = "While the talks went on, Kessel said, the border would stay closed to trucks."
    out = extract_statements(text, list(by.values()), _mentions(text, by), [], "1973")
    assert [s.text for s in out] == [
        "While the talks went on, Kessel said, the border would stay closed to trucks"]


def test_a_cable_page_break_is_blanked_in_the_working_copy():
    cable = ("2. KESSEL SAID THE BORDER WAS QUIET AND THE ARMY\n\nCONFIDENTIAL\n\n"
             "PAGE 02 ORVAL 01234 071251 Z\n\nWOULD STAY IN ITS BARRACKS.\n\n3. I AGREED.")
    out = without_page_breaks(cable, cable.lower())
    assert len(out) == len(cable)
    assert "confidential" not in out and "page 02" not in out
    assert "and the army" in out and "would stay in its barracks" in out
    assert "\n\n" not in out[:out.index("would stay")]  # one paragraph now
    assert without_page_breaks("No breaks here.", "no breaks here.") == "no breaks here."


def test_single_quotation_marks_in_a_text_without_double_ones():
    from pipelines.extract.segment import Span, quotes

    british = ("The minister, Ada Lind, warned that the plan would leave the ports 'open for a "
               "decade at least', and that the members' views were 'beside the point'.")
    got = [british[q.start:q.end] for q in quotes(british, Span(0, len(british)), True)]
    assert got == ["open for a decade at least", "beside the point"]
    # an apostrophe inside a word or after a plural closes nothing, and a text with double
    # marks keeps single ones as apostrophes
    assert quotes("Lind's aides' notes survive.", Span(0, 28), True) == []
    assert quotes(british, Span(0, len(british)), False) == []


def test_a_pronoun_binds_to_the_name_opening_the_sentence_before():
    text = ("Ruth Ancel presented the files on Monday. One of the clerks, Tomas Vey, joined "
            "the ministry in 1961. He said in an interview that he had typed the telegram "
            "himself.")
    by = _people("Ruth Ancel", "Tomas Vey")
    out = extract_statements(text, list(by.values()), _mentions(text, by), [], "2020-05-04")
    assert [(s.speaker_name, s.text) for s in out] == [
        ("Tomas Vey", "he had typed the telegram himself")]


def test_a_chain_of_pronouns_goes_back_to_the_name():
    text = ("Mara Quell opened the archive. One of the typists, Lena Ost, joined the ministry "
            "in the 1980s. She said on Monday that she had typed the order herself. "
            "\u201cHe dictated it standing up, without notes,\u201d she said.")
    by = _people("Mara Quell", "Lena Ost")
    out = extract_statements(text, list(by.values()), _mentions(text, by), [], "2020-05-04")
    assert {s.speaker_name for s in out} == {"Lena Ost"} and len(out) == 2


def test_a_pronoun_passes_over_a_sentence_naming_nobody_to_the_subject_before():
    text = ("Marshal Ivo Dern said that after the Premier had a letter from Pal Rusk the "
            "cabinet met again. The Varnish troops were ready to go. He said, \u201cHelp us to "
            "help them.\u201d")
    by = _people("Ivo Dern", "Pal Rusk")
    out = extract_statements(text, list(by.values()), _mentions(text, by), [], "2020-05-04")
    assert [(s.speaker_name, s.text) for s in out if s.kind == "direct"] == [
        ("Ivo Dern", "Help us to help them.")]


def test_a_pronoun_after_a_subject_named_by_title_alone_names_nobody():
    text = ("Ivo Dern agreed that the talks had helped. In the course of the talk, the Shah "
            "made a remark about the harbour. He continued that \u201cwe wish to tax\u201d but "
            "not this year.")
    by = _people("Ivo Dern")
    out = extract_statements(text, list(by.values()), _mentions(text, by), [], "2020-05-04")
    assert all(s.speaker_name != "Ivo Dern" for s in out if "tax" in s.text)


def test_a_name_after_a_verb_is_an_object_the_pronoun_does_not_bind_to():
    text = ("Ivo Dern welcomed the plan. Finally, he said he thought we should encourage "
            "King Pal Rusk to continue his role. He expressed admiration for Rusk and "
            "believed that Rusk could help.")
    by = _people("Ivo Dern", "Pal Rusk")
    out = extract_statements(text, list(by.values()), _mentions(text, by), [], "2020-05-04")
    assert {s.speaker_name for s in out} == {"Ivo Dern"}


def test_a_pronoun_is_never_the_one_its_cue_names_as_told():
    text = ("Ivo Dern met Chancellor Pal Rusk in Kessel. Ivo Dern reports that Pal Rusk was "
            "tired. He told Ivo Dern that the treaty would pass.")
    by = _people("Ivo Dern", "Pal Rusk")
    out = extract_statements(text, list(by.values()), _mentions(text, by), [], "2020-05-04")
    assert [(s.speaker_name, s.text) for s in out if "treaty" in s.text] == [
        ("Pal Rusk", "the treaty would pass")]


def test_the_secretary_of_a_us_record_is_no_british_secretary_of_state_for():
    from pipelines.document import Document, ListedPerson, Markup
    from pipelines.extract import extract_document

    text = ("Vale asked whether the vote could wait. The Secretary said that our position "
            "would change after the debate.")
    doc = Document(
        "d1", "v.xml", text, "0" * 64, source_key="frus1957v1/d1",
        doc_type="memorandum of conversation", event_date="1957-08-19",
        markup=(Markup("p", 0, len(text)), Markup("person", 0, 4, "p1")),
        persons=(ListedPerson("p1", "Arden Vale", role="Secretary of State for Foreign Affairs",
                              family="Vale"),))
    said = [s for s in extract_document(doc).statements if "our position" in s.text]
    assert [s.speaker_name for s in said] == ["John Foster Dulles"]  # the Secretary of the day


def test_the_writers_own_numbered_paragraphs_are_not_quoted_points():
    text = ("Amra Dune reported the following points:\n\n"
            "1. The army is screening all of its officers this week.\n\n"
            "2. The navy remains restless and divided.")
    by = _people("Amra Dune")
    mentions = _mentions(text, by)
    as_writer = extract_statements(text, list(by.values()), mentions, [], "1965", record=True,
                                   writer=Speaker("Amra Dune", by["Amra Dune"].key))
    assert not [s for s in as_writer if s.rule == "numbered-point"]
    by_someone = extract_statements(text, list(by.values()), mentions, [], "1965", record=True)
    assert [s.rule for s in by_someone] == ["numbered-point", "numbered-point"]


def test_no_words_are_dated_after_the_text_reporting_them():
    from pipelines.document import Statement
    from pipelines.extract import _not_after

    st = [Statement("the talks would go on", "indirect", 0, 21, "Kessel", "kessel", "said",
                    said, "indirect:said") for said in ("1967-11-08", "1967-06", "1967-06-14")]
    got = [s.said_on for s in _not_after(st, "1967-06-14")]
    assert got == [None, "1967-06", "1967-06-14"]
    assert [s.said_on for s in _not_after(st, None)] == ["1967-11-08", "1967-06", "1967-06-14"]


def test_a_letters_own_words_are_dated_by_the_letter():
    from pipelines.document import Statement
    from pipelines.extract import _written_on

    doc = Document("d", "v.xml", "", "0" * 64, doc_type="letter", event_date="1962-02-15")
    st = [Statement("we might see some light", "indirect", 0, 23, "Ada", "ada", "believe", None,
                    "parse:ccomp"),
          Statement("the talks would go on", "indirect", 0, 21, "Kessel", "kessel", "said", None,
                    "indirect:said")]
    got = [s.said_on for s in _written_on(st, doc, Speaker("Ada", "ada"))]
    assert got == ["1962-02-15", None]  # the writer's words, not those the letter retells
    telegram = Document("d", "v.xml", "", "0" * 64, doc_type="telegram", event_date="1962-02-15")
    assert [s.said_on for s in _written_on(st, telegram, Speaker("Ada", "ada"))] == [None, None]


def test_points_the_writer_announces_as_said_are_the_writers_statements():
    text = ("Saw the Minister this morning. I stated on the basis of our own inquiries:\n\n"
            "(1) The charges Kessel made were without any foundation;\n\n"
            "(2) Further, that the mission had paid no newspaper in the country. I stressed "
            "that we had taken the inquiry seriously.\n\n"
            "Kessel accepted this. My conclusions are these. I feel this to be the end of "
            "the matter for now.")
    by = _people("Kessel", "Amra Dune")
    writer = Speaker("Amra Dune", by["Amra Dune"].key)
    out = extract_statements(text, list(by.values()), _mentions(text, by), [], "1955",
                             record=True, writer=writer)
    mine = [(s.kind, s.text) for s in out if s.speaker_name == "Amra Dune"]
    assert mine[:2] == [("indirect", "The charges Kessel made were without any foundation"),
                        ("indirect", "the mission had paid no newspaper in the country")]
    assert not any("basis of our own" in t or "end of the matter" in t for _, t in mine)


def test_points_a_cable_sums_up_are_reported_though_a_text_is_named_before_them():
    # "statement" names what the speaker referred to, not what the points pass on word for word
    text = ("Kessel asked see me today and, after referring to your statement in private "
            "conversation with him that I could be used as channel to you, made following "
            "points:\n\n"
            "1. The harbour strike has had big impact on public with resultant pressures on "
            "cabinet. Demands put forth by the dockers are meeting favorable response.\n\n"
            "2. Some of these demands have merit, but Kessel does not wish to get out of step "
            "with the allies.")
    out = _record(text, "1964", "Kessel", "Amra Dune", writer="Amra Dune")
    points = [(s.speaker_name, s.kind, s.text) for s in out if s.rule == "numbered-point"]
    first = ("The harbour strike has had big impact on public with resultant pressures on "
             "cabinet. Demands put forth by the dockers are meeting favorable response")
    second = "Some of these demands have merit, but Kessel does not wish to get out of step"
    assert points == [("Kessel", "indirect", first),
                      ("Kessel", "indirect", second + " with the allies")]


def test_a_gerund_after_a_comma_takes_the_sentences_opening_subject():
    text = "I gave him the figures we had, saying that the contracts were normal ones."
    by = _people("Amra Dune")
    out = extract_statements(text, list(by.values()), [], [], "1955", record=True,
                             writer=Speaker("Amra Dune", by["Amra Dune"].key))
    assert [(s.speaker_name, s.text) for s in out] == [
        ("Amra Dune", "the contracts were normal ones")]


def test_telegraphese_titles_without_an_article_and_relative_speakers():
    text = ("Saw General Tarn and President Ossel this evening separately.\n\n"
            "1. General confirmed that he would keep the army out of the election. I "
            "remarked upon this later to Ossel who said he quite understood the General's "
            "position.\n\n"
            "2. In Tarn's estimate the strike will fail, but he believes the unions will "
            "try again. President said the cabinet would meet on Monday.")
    by = {n: LocalPerson(n.lower().replace(" ", "-"), n) for n in
          ("General Tarn", "President Ossel", "Amra Dune")}
    mentions = []
    for name, short in (("General Tarn", "Tarn"), ("President Ossel", "Ossel")):
        for m in re.finditer(rf"(?:{name}|\b{short})\b(?!’s position)", text):
            mentions.append(PersonMention(by[name].key, m.group(), m.start(), m.end()))
    mentions.sort(key=lambda m: m.char_start)
    out = extract_statements(text, list(by.values()), mentions, [], "1958", record=True,
                             writer=Speaker("Amra Dune", by["Amra Dune"].key))
    got = [(s.speaker_name, s.text) for s in out]
    assert ("General Tarn", "he would keep the army out of the election") in got
    assert ("President Ossel", "he quite understood the General's position") in got
    assert ("General Tarn", "the unions will try again") in got
    assert ("President Ossel", "the cabinet would meet on Monday") in got
    assert not any(s.speaker_name == "Amra Dune" and "upon" in s.text for s in out)


def test_a_call_made_to_say_something_and_the_acting_head_as_the_deputy():
    text = ("Mr. Sand took the call. Ambassador Vey telephoned from Orlen to say that his "
            "government was deeply "
            "troubled by the draft statement. The Acting Secretary said the release would be "
            "held until the commission reported.")
    by = {"Lukas Vey": LocalPerson("lukas-vey", "Lukas Vey", ("Vey",), "Ambassador"),
          "Rita Sand": LocalPerson("rita-sand", "Rita Sand", ("Sand",),
                                   "Under Secretary of State")}
    mentions = _mentions(text, {"Vey": by["Lukas Vey"], "Sand": by["Rita Sand"]})
    out = extract_statements(text, list(by.values()), mentions, [], "1958", record=True)
    assert [(s.speaker_name, s.text) for s in out] == [
        ("Lukas Vey", "his government was deeply troubled by the draft statement"),
        ("Rita Sand", "the release would be held until the commission reported"),
    ]


def test_numbered_points_that_report_themselves_or_follow_a_condition_are_no_quoted_points():
    text = ("Summary: in the two-hour Ball-Kessel exchange, the following emerged:\n\n"
            "1. Kessel said that his government would put two questions to the mediator.\n\n"
            "2. This marks a shift in strategy.\n\n"
            "Should Kessel ask for our view, suggest you reply along following lines:\n\n"
            "1. We would welcome direct talks at any level.")
    out = _record(text, "1968", "Kessel", "Ball")
    assert [(s.speaker_name, s.rule) for s in out] == [("Kessel", "indirect:said")]


def test_only_a_point_in_its_speakers_first_person_is_direct():
    text = ("Kessel told me the following:\n\n"
            "1. While in the capital, he found the minister more willing than before.\n\n"
            "2. We must reopen the harbour within the month.\n\n"
            "3. The tariff stays.")
    out = _record(text, "1968", "Kessel")
    assert [(s.speaker_name, s.kind, s.rule) for s in out] == [
        ("Kessel", "indirect", "numbered-point"), ("Kessel", "direct", "numbered-point"),
        ("Kessel", "indirect", "numbered-point")]


def test_a_point_ends_where_the_note_taker_tells_of_its_speaker_again():
    text = ("Kessel said we were agreed on three headings:\n\n"
            "1) we agree on the strength of the alliance;\n\n"
            "2) we agree on the trade figures; and 3) we also agree that the threat is real. He "
            "said that the islands were quiet.")
    out = _record(text, "1968", "Kessel")
    assert [(s.kind, s.text) for s in out if s.rule == "numbered-point"][-1] == (
        "direct", "we agree on the trade figures; and 3) we also agree that the threat is real.")


def test_a_point_under_a_heading_or_naming_its_speaker_is_no_quotation():
    text = ("Kessel told me the following:\n\n"
            "1. Harbour Dues. Kessel believes that we should lower the dues this year.\n\n"
            "2. Our ministry wished Kessel to say that we will sign in May.\n\n"
            "3. We must reopen the harbour within the month.")
    out = _record(text, "1968", "Kessel")
    assert [(s.kind, s.rule, s.text) for s in out] == [
        ("indirect", "parse:ccomp", "we should lower the dues this year"),
        ("indirect", "numbered-point",
         "Our ministry wished Kessel to say that we will sign in May"),
        ("direct", "numbered-point", "We must reopen the harbour within the month.")]


def test_views_and_instructions_are_not_parsed_but_telegraphese_titles_are():
    from pipelines.extract.statements import _views_or_orders
    text = "I believe the talks will fail. Suggest you reply at once. He believes it will."
    assert _views_or_orders(text, 0, text.index("believe"))
    assert _views_or_orders(text, text.index("Suggest"), text.index("Suggest"))
    assert not _views_or_orders(text, text.index("He"), text.index("believes"))


def test_a_list_of_topics_quotes_nobody_and_a_point_ends_before_its_citation():
    text = ("Kessel will wish to discuss the following matters:\n\n"
            "1. Testing of large weapons;\n\n"
            "2. Trade.\n\n"
            "Kessel told me the following:\n\n"
            "1. “We will not sign this year.” (Central Files, box 12)")
    out = _record(text, "1957", "Kessel")
    assert [(s.kind, s.text) for s in out] == [("direct", "“We will not sign this year.”")]


def test_an_undated_record_dates_no_words_after_its_publication():
    text = "5. Editorial Note\n\nOn May 3, 2048 Minister Ivo Brandt said that the talks would go on."
    doc = Document("d", "v.xml", text, "0", published_on="1986", source_key="frus1958-60v99/d5",
                   doc_type="editorial note",
                   markup=(Markup("head", 0, 17), Markup("p", 19, len(text))))
    (st,) = extract_document(doc).statements
    assert (st.speaker_name, st.said_on) == ("Ivo Brandt", None)


def test_points_announced_as_a_summary_are_reported_not_quoted():
    text = ("Kessel then summarized the situation as follows:\n\n"
            "1. We would be obliged to reopen the harbour within the month.\n\n"
            "2. There was no disagreement on the tariff.")
    out = _record(text, "1968", "Kessel")
    assert [(s.kind, s.rule) for s in out] == [("indirect", "numbered-point")] * 2


def test_a_point_told_in_the_past_tense_is_the_note_takers_account():
    text = ("Kessel made two points:\n\n"
            "1. Norland did not want to be the only country to act. We hoped the others would "
            "join.\n\n"
            "2. We do not want to be the only country to act, and we hope the others join.")
    out = _record(text, "1968", "Kessel")
    assert [(s.speaker_name, s.kind) for s in out] == [("Kessel", "indirect"),
                                                       ("Kessel", "direct")]


def _written(text, date, writer, *names):
    """Statements of ``text`` read as the prose of a record ``writer`` wrote on ``date``."""
    by = _people(writer, *names)
    return extract_statements(text, list(by.values()), _mentions(text, by), [], date,
                              record=True, writer=Speaker(writer, by[writer].key))


READ_OUT = ("2. I read following statement but did not leave text; Orvald however took careful "
            "notes:\n\n"
            "“Minister will recall that our government voted for the harbour resolution last "
            "year. We hope his government will take a positive attitude toward it.\n\n"
            "“We would welcome an early reply and earnestly urge that it come soon.”")


def test_a_statement_the_writer_reads_out_is_the_writers_not_the_note_takers():
    out = _written(READ_OUT, "1963", "Amra Dune", "Orvald")
    assert [(s.speaker_name, s.kind) for s in out] == [("Amra Dune", "direct")] * 2
    # with no writer known, the words are still not the note-taker's
    assert not any(s.speaker_name == "Orvald" for s in _record(READ_OUT, "1963", "Orvald"))


def test_another_persons_text_the_writer_reads_out_is_not_the_writers():
    text = READ_OUT.replace("following statement", "him following message from Tessaly")
    out = _written(text, "1963", "Amra Dune", "Orvald", "Tessaly")
    assert not any(s.speaker_name in ("Amra Dune", "Orvald") for s in out)


def test_words_drafted_for_another_to_deliver_on_our_behalf_are_the_writers():
    text = ("1. Please advise Orvald that we request him to instruct his envoy to deliver on our "
            "behalf oral communication in following sense:\n\n"
            "“Your and our representatives have been meeting during the past year. If you think "
            "well of this, we will name a representative of higher rank.”")
    (st,) = _written(text, "1955-07-11", "Amra Dune", "Orvald")
    assert (st.speaker_name, st.kind, st.said_on) == ("Amra Dune", "direct", "1955-07-11")


def test_points_others_concur_in_are_the_writers_own_words_of_the_day():
    text = ("1. It is my purpose to summarize our recommendations. Ambassador Orvald and Admiral "
            "Kessel concur in the following:\n\n"
            "2. It is of utmost importance that reports be passed promptly to my headquarters "
            "every day.")
    (st,) = _written(text, "1955-03-24", "Amra Dune", "Orvald", "Kessel")
    assert (st.speaker_name, st.kind, st.said_on) == ("Amra Dune", "direct", "1955-03-24")


def test_points_the_addressee_is_to_tell_someone_are_the_writers():
    text = ("1732. Request you see Orvald soonest possible and tell him following:\n\n"
            "1. Current estimates do not indicate that an attack on the islands is likely "
            "during the next six months.")
    (st,) = _written(text, "1960-05-29", "Amra Dune", "Orvald")
    assert (st.speaker_name, st.kind, st.said_on) == ("Amra Dune", "direct", "1960-05-29")


def test_a_message_announced_without_a_colon_before_numbered_points_is_read_safely():
    # the announcing paragraph ends with a full stop, not a colon: no point is announced
    text = ("1. Please convey the following message from me to President Orvald by the channel "
            "you think best.\n\n2. Begin Message. The harbour talks will resume in the spring "
            "and we look forward to them.")
    out = _written(text, "1974-07-12", "Amra Dune", "Orvald")
    assert all(s.rule != "numbered-point" for s in out)


def test_the_question_someone_announced_is_theirs_not_the_answerers():
    text = ("Mr. Kessel told Orvald that he would like to ask a question. The question was: "
            "“Has the harbour plan changed since the spring?” Orvald stated that he would be "
            "glad to answer such a question.")
    for answer in (text, text.replace("” Orvald stated", "” He stated")):
        out = _record(answer, "1955", "Kessel", "Orvald")
        assert [(s.speaker_name, s.kind) for s in out if "harbour" in s.text] == [
            ("Kessel", "direct")]
    assert ("Orvald", "he would be glad to answer such a question") in {
        (s.speaker_name, s.text) for s in _record(text, "1955", "Kessel", "Orvald")}


def test_a_titled_subject_after_a_question_mark_opens_a_new_sentence():
    text = ("Kessel raised one more point. “Has the harbour plan changed since the spring?” The "
            "Minister replied at length, citing the budget.")
    people = [LocalPerson("kessel", "Kessel"), LocalPerson("orvald", "Orvald", role="Minister")]
    mentions = [PersonMention("kessel", "Kessel", 0, 6)]
    out = extract_statements(text, people, mentions, [], "1955", record=True)
    assert [s.speaker_name for s in out if s.kind == "direct"] == ["Kessel"]


def test_a_clause_after_an_object_cue_without_that_is_the_words():
    # cables leave out "that": "emphasized my government wished ..." reports the clause;
    # "emphasized the importance of ..." reports its object, the cue left out of the words
    text = ("Called on General Kessel this morning. I emphasized my government wished to show its "
            "confidence in the army by this move. Kessel emphasized this was his personal view. "
            "He emphasized the importance of keeping the plans secret.")
    out = _record(text, "1958", "Kessel", "Amra Dune", writer="Amra Dune")
    assert [(s.speaker_name, s.text) for s in out] == [
        ("Amra Dune", "my government wished to show its confidence in the army by this move"),
        ("Kessel", "this was his personal view"),
        ("Kessel", "the importance of keeping the plans secret")]


def test_spans_leave_out_asides_as_clauses_and_the_writers_view():
    text = ("Called on General Kessel this morning. The slow progress I have previously noted "
            "has continued. Kessel said in response to a question from me that the army would "
            "stay neutral. As I had pointed out to Kessel last week (Embtel 40) and as Rhee had "
            "earlier emphasized to him, these matters cannot wait. Although Kessel has asked "
            "for orders, he stated that the line would hold, and we assume that his report "
            "will support it.")
    out = _record(text, "1958", "Kessel", "Rhee", "Amra Dune", writer="Amra Dune")
    assert [(s.speaker_name, s.text) for s in out] == [
        ("Kessel", "the army would stay neutral"),
        ("Amra Dune", "these matters cannot wait"),
        ("Kessel", "the line would hold")]


def test_the_writers_own_sentence_ends_anothers_reported_words():
    text = ("Called on General Kessel this morning.\n\nKessel emphasized the need for better "
            "training of district officials. The villagers rarely saw an official. This is, of "
            "course, the proposal I made in my paper. Training should start at once.")
    out = _record(text, "1958", "Kessel", "Amra Dune", writer="Amra Dune")
    assert [(s.speaker_name, s.text) for s in out] == [
        ("Kessel", "the need for better training of district officials"),
        ("Kessel", "The villagers rarely saw an official")]


def test_the_records_narration_of_the_talk_ends_the_reported_words():
    text = ("Called on General Kessel this morning.\n\nKessel replied that the answer may lie "
            "with the Council. The loan was not in doubt. Discussion of the harbour then closed "
            "with the understanding that we would meet again. Next meeting set for Sunday.")
    out = _record(text, "1958", "Kessel", "Amra Dune", writer="Amra Dune")
    assert [(s.speaker_name, s.text) for s in out] == [
        ("Kessel", "the answer may lie with the Council"),
        ("Kessel", "The loan was not in doubt")]


# --- who "he" is: the subject of the last clause that can bind it ------------------------------


def _with_roles(text, *people):
    """Statements of a record's prose whose people (name, role) are named in full."""
    by = {name: LocalPerson(name.lower().replace(" ", "-"), name, role=role)
          for name, role in people}
    return extract_statements(text, list(by.values()), _mentions(text, by), [], "1958",
                              record=True)


def test_a_name_the_record_does_not_know_as_a_subject_binds_the_pronoun_to_nobody_known():
    # "Tarrow" is no person of the record: "he" is Tarrow, not the last person named
    text = ("Ivo Dern met the envoys on Monday. During a long argument, Tarrow repeatedly "
            "pointed to the word “could”. In addition, he stressed that the word meant little. "
            "Although Tarrow has asked for instructions, he stated that he knew his "
            "government's views.")
    out = _record(text, "1968", "Ivo Dern")
    assert [s.speaker_name for s in out if "meant little" in s.text or "views" in s.text] == []
    # a word of a known person's name, which no mention covers, is that person
    text = ("Ivo Dern met Pal Rusk in Kessel. Rusk expressed the opinion that the sale would "
            "wait. He also pointed out that the ships were old.")
    assert [(s.speaker_name, s.text) for s in _record(text, "1956", "Ivo Dern", "Pal Rusk")
            if "ships" in s.text] == [("Pal Rusk", "the ships were old")]


def test_a_name_only_in_a_possessive_is_not_the_he_after_an_unknown_subject():
    text = ("For the Secretary. Under Secretary Varga stated that the request was still under "
            "consideration. More information concerning results Ivo Dern’s mission would be "
            "unavailable. Varga expressed the opinion that the fighting was a factor. He also "
            "pointed out that Norland was no supplier of arms.")
    out = _record(text, "1956", "Ivo Dern")
    assert all(s.speaker_name != "Ivo Dern" for s in out if "supplier" in s.text)


def test_a_name_in_an_aside_or_given_as_an_example_binds_no_pronoun():
    text = ("I saw President Ivo Dern this morning. He said that relations were poor.\n\n"
            "There were three policies: neutralism as we called it or non-alignment as Oskar "
            "Thale of Varnia called it. These policies he could assure us would never change.\n\n"
            "Varnia was striding across centuries, he said, and then reviewed his trip.")
    out = _record(text, "1958", "Ivo Dern", "Oskar Thale")
    assert {s.speaker_name for s in out} == {"Ivo Dern"}
    text = ("Ivo Dern said that he opposed a junta. Indeed, differences between himself and "
            "former members of his staff, such as Colonel Pal Rusk, revolved around this point. "
            "“It is our job to preserve freedom,” he said.")
    out = _record(text, "1958", "Ivo Dern", "Pal Rusk")
    assert [s.speaker_name for s in out if s.kind == "direct"] == ["Ivo Dern"]


def test_a_bare_title_opening_a_cable_sentence_is_the_subject_a_pronoun_binds_to():
    text = ("I saw President Ivo Dern this morning.\n\nPresident turned to his concept of guided "
            "democracy and referred to Secretary Ada Lind’s remarks on this subject. “This is no "
            "Communist conception,” he insisted.")
    out = _with_roles(text, ("Ivo Dern", "President of Varnia"), ("Ada Lind", "Secretary of State"))
    assert [s.speaker_name for s in out if s.kind == "direct"] == ["Ivo Dern"]


def test_a_bare_president_abroad_is_the_president_named_before_not_the_us_president_named_after():
    text = ("I saw President Ivo Dern this morning.\n\nPresident said that the harbour was closed. "
            "Later he spoke of President Olaf Brandt’s letter.")
    out = _with_roles(text, ("Ivo Dern", "President of Varnia"),
                      ("Olaf Brandt", "President of the United States"))
    assert [(s.speaker_name, s.text) for s in out if "harbour" in s.text] == [
        ("Ivo Dern", "the harbour was closed")]


def test_a_presidents_brother_and_a_candidate_for_president_are_no_presidents():
    from pipelines.extract.speakers import _role_fits

    brother = LocalPerson("ngo", "Ivo Ngo", role="President Dern's brother and Adviser to the "
                                                 "President")
    assert not _role_fits(brother, "president", ["president"], None)
    candidate = LocalPerson("roe", "Ada Roe", role="Republican candidate for President")
    assert not _role_fits(candidate, "president", ["president"], None)
    assert _role_fits(LocalPerson("d", "Ivo Dern", role="President of Varnia"), "president",
                      ["president"], None)


def test_the_addressee_of_a_letter_is_its_you_never_its_he_nor_its_president(tmp_path):
    from tei_record import record

    lindqvist = '<persName corresp="#p_LE">Lindqvist</persName>'
    doc = record(tmp_path, "Letter From Foreign Minister "
                 f'<persName corresp="#p_KI">Kallas</persName> to President {lindqvist}',
                 f"<p>Dear President {lindqvist}: I write from the capital.</p><p>As you can "
                 "imagine, the interview at which the President informed me that he had decided "
                 "against renewing the contract was a difficult one. He made it plain that he "
                 "hoped the decision would not affect our relations.</p>")
    assert [s for s in extract_document(doc).statements
            if s.speaker_name == "Erik Lindqvist"] == []
    doc = record(tmp_path, "Letter From Foreign Minister "
                 '<persName corresp="#p_KI">Kallas</persName> to Senator '
                 '<persName corresp="#p_TR">Tarvo</persName>',
                 "<p>Dear Rein:</p><p>We met the delegation yesterday. He stated that the talks "
                 "would go on.</p>")
    assert [s for s in extract_document(doc).statements if s.speaker_name == "Rein Tarvo"] == []
    # a letter that speaks of its addressee in the third person may still make him "he"
    doc = record(tmp_path, "Letter From Foreign Minister "
                 '<persName corresp="#p_KI">Kallas</persName> to Senator '
                 '<persName corresp="#p_TR">Tarvo</persName>',
                 '<p>Dear Rein:</p><p>Senator <persName corresp="#p_TR">Tarvo</persName> met the '
                 "delegation yesterday. He stated that the talks would go on.</p>")
    assert [s.speaker_name for s in extract_document(doc).statements
            if "talks" in s.text] == ["Rein Tarvo"]
    # a memorandum's talking points speak of the one it is written to: no salutation, no "you"
    doc = record(tmp_path, "Memorandum From Foreign Minister "
                 '<persName corresp="#p_KI">Kallas</persName> to President '
                 '<persName corresp="#p_LE">Lindqvist</persName>',
                 "<p>Mr. President:</p><p>Notes for your talk with Senator "
                 '<persName corresp="#p_TR">Tarvo</persName>.</p><p>The President would '
                 "underline that the talks go on.</p>")
    assert [s.speaker_name for s in extract_document(doc).statements
            if "talks go on" in s.text] == ["Erik Lindqvist"]


def test_a_bare_rank_is_the_one_whose_listed_name_carries_it():
    text = ("ARMA saw Ivo Dern this morning. As for sabotage, General said he was fully aware of "
            "the danger. He said the oil fields were guarded.")
    dern = LocalPerson("ivo-dern", "Ivo Dern", ("Major General Ivo Dern",), "Chief of Staff")
    out = extract_statements(text, [dern], _mentions(text, {"Ivo Dern": dern}), [], "1958",
                             record=True)
    assert [(s.speaker_name, s.text) for s in out] == [
        ("Ivo Dern", "he was fully aware of the danger"),
        ("Ivo Dern", "the oil fields were guarded")]


def test_points_that_came_up_after_someone_read_a_paper_are_nobodys_words():
    # the fronted clause's subject did not announce the points; the record's own
    # summary names who said what inside them
    text = ("After Ulla Varn had read the draft and the briefing paper, the following points "
            "came up:\n\n"
            "1. It was agreed that the fleet could sail alone. Mr. Orrin Belk stated that the "
            "harbour must be cleared first.")
    by = _people("Orrin Belk", "Ulla Varn")
    got = extract_statements(text, list(by.values()), _mentions(text, by), [], "1961",
                             record=True)
    assert [(s.speaker_name, s.rule) for s in got] == [("Orrin Belk", "indirect:stated")]
    # taken up by "he", the fronted clause's subject announces them
    text = ("After Orrin Belk had read the draft, he made the following points:\n\n"
            "1. We must clear the harbour before the fleet can sail.")
    got = extract_statements(text, list(by.values()), _mentions(text, by), [], "1961",
                             record=True)
    assert ("Orrin Belk", "numbered-point") in [(s.speaker_name, s.rule) for s in got]


def test_a_text_someone_approved_or_received_is_not_theirs():
    for verb in ("has this date approved", "received", "was asked"):
        text = (f"The Premier {verb} the following revision of the plan:\n\n"
                "“d. To build the northern road by spring, and to widen the port when funds "
                "allow.”")
        by = _people("Premier Ulla Varn")
        got = extract_statements(text, list(by.values()), _mentions(text, by), [], "1961",
                                 record=True)
        assert [s.speaker_name for s in got] == [None] * len(got), verb
    text = text.replace("was asked", "made")
    got = extract_statements(text, list(by.values()), _mentions(text, by), [], "1961",
                             record=True)
    assert [s.speaker_name for s in got] == ["Premier Ulla Varn"]


def test_points_a_reported_announcement_opens_go_on_reporting_it():
    # "said that ... desired that the following views be noted:": the points are that report,
    # told by the note-taker ("our" is the writer's side), not the speaker's words
    text = ("Mr. Kessel said that his ministry had read the article and desired that the "
            "following views be brought to our attention:\n\n"
            "1. The ministry shared our concern over the aging fleet.\n\n"
            "2. The ministry accepted last year the need for new ships.\n\n"
            "Mr. Ball asked whether a cable might not go out to Admiral Tamm which:\n\n"
            "(1) explained the delay in the talks;\n\n"
            "(2) offered a further meeting in the spring.\n\n"
            "Mr. Kessel told me the following:\n\n"
            "1. We must reopen the harbour within the month.")
    out = _record(text, "1956", "Kessel", "Ball", "Tamm")
    assert [(s.speaker_name, s.kind, s.text) for s in out if s.rule == "numbered-point"] == [
        ("Kessel", "indirect", "The ministry shared our concern over the aging fleet"),
        ("Kessel", "indirect", "The ministry accepted last year the need for new ships"),
        ("Ball", "indirect", "explained the delay in the talks"),
        ("Ball", "indirect", "offered a further meeting in the spring"),
        ("Kessel", "direct", "We must reopen the harbour within the month.")]


def test_the_writers_closing_aside_or_answer_is_not_the_speakers():
    text = ("Mr. Kessel noted that the ministry had so far only renounced the fishing accord "
            "(we gathered Tamm will approach the ministry on new talks). When I proposed May 3 "
            "for the next meeting, Mr. Ball suggested a meeting in the capital on May 10 which "
            "I accepted.")
    out = _record(text, "1956", "Kessel", "Ball", "Tamm")
    assert [(s.speaker_name, s.text) for s in out] == [
        ("Kessel", "the ministry had so far only renounced the fishing accord"),
        ("Ball", "a meeting in the capital on May 10")]
    # an aside of the speaker's own, its "we" deep inside, and a list after a colon stay
    text = ("Mr. Kessel said that the ministry had barred all boats (he had included fishing "
            "boats although we have none in the bay). Mr. Ball then stated his two points: His "
            "continued support for the accord and his wish to meet again.")
    out = _record(text, "1956", "Kessel", "Ball")
    assert [s.text for s in out] == [
        ("the ministry had barred all boats (he had included fishing boats although we have "
         "none in the bay)"),
        "his two points: His continued support for the accord and his wish to meet again"]


def test_a_colon_before_a_new_subject_and_cue_ends_the_words_in_a_cables_capitals():
    cable = ("FM AMEMBASSY KESTRAVA\n\n"
             "1. AS SIGN OF HOW COSTLY THE FLEET CAN BE, DEFENSE MINISTER VALDREN OBSERVED THAT "
             "NORLAND CAN BUY ALL THE SHIPS IT WANTS AT ABOUT $9,000 EACH: SWEDES HAVE INDICATED "
             "THEY WOULD SELL ON CREDIT (VALDREN MENTIONED SWEDES OFFERING DANES A LOW RATE): HE "
             "NOTED COST OF REFITTED SHIPS COMES TO $12,000 PER SHIP.")
    doc = Document("0" * 16, "cable.txt", cable, "0" * 64, published_on="1970")
    assert [(s.speaker_name, s.text) for s in extract_document(doc).statements] == [
        ("Valdren", "NORLAND CAN BUY ALL THE SHIPS IT WANTS AT ABOUT $9,000 EACH"),
        ("Valdren", "SWEDES OFFERING DANES A LOW RATE"),
        ("Valdren", "COST OF REFITTED SHIPS COMES TO $12,000 PER SHIP")]


def test_names_a_pronoun_subject_tells_of_are_not_what_a_later_pronoun_stands_for():
    # "To some extent he had met Karsk and Lund ... “...”, he said": both pronouns are the
    # one the writer met, not Lund, the last name before the quotation
    text = ("This morning I had a long meeting with Ola Brandt upon his return from the north. "
            "A summary of his comment follows:\n\nTo some extent he had taken a new road in his "
            "talks with Ivo Karsk and Per Lund in that he had accepted nothing. “Nothing is "
            "agreed with me on the port”, he said.")
    assert [(s.speaker_name, s.text) for s in
            _record(text, "1957", "Ola Brandt", "Ivo Karsk", "Per Lund")] == [
        ("Ola Brandt", "Nothing is agreed with me on the port")]


def test_a_relative_clauses_pronoun_is_the_subject_the_sentence_opens_with():
    # "Doe then raised other factors which he said favored ...": Doe, not the last speaker
    text = ("Ambassador Rolf Varnholt said that the harbour must close. Foreign Minister Otto "
            "Kallas then raised other factors which he said favored an early settlement of the "
            "harbour dispute.")
    assert [s.speaker_name for s in _record(text, "1960", "Rolf Varnholt", "Otto Kallas")] == [
        "Rolf Varnholt", "Otto Kallas"]


def test_a_clause_told_without_that_starts_at_its_own_subject():
    # "informed the Minister we are aware that X": the words are "we are aware that X", not X
    text = ("Ambassador Rolf Varnholt informed the Foreign Minister we are aware that it is hard "
            "to bring about reforms quickly, but that we are encouraged by the first steps.")
    assert [s.text for s in _record(text, "1963", "Rolf Varnholt")] == [
        ("we are aware that it is hard to bring about reforms quickly, but that we are "
        "encouraged by the first steps")]


def test_an_object_reported_stops_where_the_speaker_goes_on_to_act():
    # "explained X and left with Doe a new draft": leaving a paper is no part of the words
    text = ("Governor Rolf Varnholt explained the alternative to a letter of intent of the Bank and "
            "left with Minister Otto Kallas for study a new draft memorandum of understanding.")
    rows = [(s.speaker_name, s.text) for s in _record(text, "1956", "Rolf Varnholt", "Otto Kallas")]
    assert rows == [("Rolf Varnholt", "the alternative to a letter of intent of the Bank")]


def test_a_clause_reported_keeps_the_actions_it_tells_of():
    text = ("Governor Rolf Varnholt said that the rebels came down from the hills and took the "
            "harbour town.")
    assert [s.text for s in _record(text, "1956", "Rolf Varnholt")] == [
        "the rebels came down from the hills and took the harbour town"]


def test_a_question_told_with_its_own_clause_still_splits_at_a_second_cue():
    text = ("Ambassador Rolf Varnholt wanted the text of the speech. He asked whether I was "
            "worried that he might pass the figures on the harbour to his allies in the north and "
            "promised that this would not happen.")
    assert [(s.speaker_name, s.text) for s in _record(text, "1970", "Rolf Varnholt")] == [
        ("Rolf Varnholt", ("whether I was worried that he might pass the figures on the harbour "
                          "to his allies in the north")),
        ("Rolf Varnholt", "this would not happen")]


def test_the_editors_mark_of_withheld_text_is_no_part_of_the_words():
    text = ("Ambassador Rolf Varnholt said that the Premier would be open to further talks "
            "[2-1/2 lines of source text not declassified].")
    assert [s.text for s in _record(text, "1961", "Rolf Varnholt")] == [
        "the Premier would be open to further talks"]
    # all of it withheld: no words at all, not the editors' bracket
    text = "Ambassador Rolf Varnholt agreed, stating that [text not declassified]."
    assert _record(text, "1961", "Rolf Varnholt") == []


def test_the_president_is_no_banks_president():
    # a bank's president sits at the table; "President" is the head of state
    text = ("Envoys had an hour's meeting with Otto Kallas at the palace. Also present was his "
            "minister.\n\nRolf Varnholt described what the bank had loaned, said was ready to "
            "loan more.\n\nPresident repeated that a decision on the harbour was needed "
            "urgently.")
    out = _with_roles(text, ("Rolf Varnholt", "President and Chairman of the Board, Harbour Bank"),
                      ("Otto Kallas", "President of Norland"))
    assert [(s.speaker_name, s.text) for s in out][-1] == (
        "Otto Kallas", "a decision on the harbour was needed urgently")


def test_he_after_someone_was_followed_by_a_speaker_is_the_follower():
    text = ("Secretary Per Lund said that the fleet was ready. The President said that he would "
            "stay as long as needed.\n\nThe President was followed by the Secretary of State who "
            "gave a political analysis. He pointed out that the harbour must close.")
    out = _with_roles(text, ("Ivo Brandt", "President of Norland"),
                      ("Ola Varg", "Secretary of State"), ("Per Lund", "Secretary of Defense"))
    assert [(s.speaker_name, s.text) for s in out][-1] == ("Ola Varg", "the harbour must close")


def test_he_bound_to_the_writer_named_in_the_third_person_is_the_writer():
    # a delegation's telegram from the Secretary tells of him as "the Secretary"; the "he"
    # of the next sentence is he, not the minister in a possessive
    text = ("Ola Varg met Minister Per Lund at Kessel. Lund described the position of his "
            "government. Ola Varg then turned to Lund's obvious distress over statements in the "
            "press. He said that these were personal views only.")
    out = _written(text, "1970", "Ola Varg", "Per Lund")
    assert [(s.speaker_name, s.text) for s in out][-1] == (
        "Ola Varg", "these were personal views only")
    # in the first person, "he" is never the writer
    text = "I met Minister Per Lund at Kessel. He said that the views were personal only."
    assert [s.speaker_name for s in _written(text, "1970", "Ola Varg", "Per Lund")] == [
        "Per Lund"]


def test_a_condition_put_by_inversion_is_no_statement():
    text = ("Ambassador Rolf Varnholt said that the straits should have stayed open. Had the "
            "Premier not closed them, nothing would be at stake; had he said on June 1 what he "
            "said in September about the straits, none of this would have happened.")
    assert [s.text for s in _record(text, "1968", "Rolf Varnholt")] == [
        "the straits should have stayed open"]


def test_a_span_starts_past_a_time_named_with_that_and_past_the_one_asked():
    text = ("Ambassador Rolf Varnholt also noted an item received that morning indicating that "
            "some of the northern forces had left the harbour.")
    assert [s.text for s in _record(text, "1964", "Rolf Varnholt")] == [
        ("an item received that morning indicating that some of the northern forces had left "
        "the harbour")]
    # the one asked, before the question, is no part of it
    text = "Secretary Rolf Varnholt inquired of Admiral Otto Kallas how long the fleet could stay."
    assert [s.text for s in _record(text, "1957", "Rolf Varnholt", "Otto Kallas")] == [
        "how long the fleet could stay"]


def test_names_in_a_he_sentence_are_not_what_the_next_he_stands_for():
    text = ("The President's first words in receiving me at the palace were of thanks.\n\n"
            "He said yes, he had heard the news from others\u2014in fact Prime Minister, General "
            "Per Lund, Admiral Otto Kallas and Marshal Ivo Dern all had come to see him and all "
            "were very pleased by the decision. He said he assumed the package included aid for "
            "the navy.")
    out = _record(text, "1958", "Per Lund", "Otto Kallas", "Ivo Dern")
    assert [s.speaker_name for s in out if s.text.startswith("he assumed")] == []
    # a name a clause of the "he" sentence has speak has the floor
    text = ("Secretary Ivo Dern asked what we planned to supply. He failed to get a clear "
            "answer but General Per Lund pointed out that the allies wanted tanks. If we could "
            "supply them, it would go a long way toward meeting their wishes, he said.")
    out = _record(text, "1957", "Ivo Dern", "Per Lund")
    assert [s.speaker_name for s in out if s.text.startswith("If we could")] == ["Per Lund"]


def test_a_paper_whose_dateline_gives_a_meetings_hours_dates_what_is_said_there(tmp_path):
    # "Washington, April 2, 1965, 2:05-3:05 p.m.": the record of a meeting held then
    from tei_record import record

    body = ("<p>Kessel, March 4, 1957, 2:05\u20133:05 p.m.</p><p>SUBJECT</p><p>Harbour "
            'dues</p><p>Admiral <persName corresp="#p_KI">Kallas</persName> reported that the '
            'fleet was ready. <persName corresp="#p_VA">Varnholt</persName> noted that the '
            "harbour dues had been paid. He had told the allies that the port would stay open."
            " He reaffirmed in his February 26 press conference that the quays would close."
            " Kallas explained that a bill would be ready for the Diet in January.</p>")
    doc = record(tmp_path, "Memorandum for the Record", body, "1957-03-04")
    assert doc.doc_type == "paper"
    # not words retold from before; words of another day take that day (the press
    # conference's); a month inside the words is what they speak of, not when
    assert [s.said_on for s in extract_document(doc).statements] == [
        "1957-03-04", "1957-03-04", None, "1957-02-26", "1957-03-04"]


def test_a_continued_sentence_naming_its_speaker_with_a_cue_starts_after_the_cue():
    # in a record of a telephone call: "Roe said X. Roe thinks Y." reports Y, not its cue
    text = ("Ivo Dern said he heard that a story may break. Rolf Varnholt said he had talked to "
            "the Director about it. Rolf Varnholt thinks it is better to have the story come "
            "from the Director than from us.")
    by = _people("Ivo Dern", "Rolf Varnholt")
    out = extract_statements(text, list(by.values()), _mentions(text, by), [], "1958",
                             conversation=True, record=True)
    assert [s.text for s in out][-1] == (
        "it is better to have the story come from the Director than from us")


def test_an_object_reported_stops_before_the_narrators_next_clause():
    text = ("Governor Rolf Varnholt mentioned the harbour dues of the north, and the Premier's "
            "mind clicked at once.")
    assert [s.text for s in _record(text, "1960", "Rolf Varnholt")] == [
        "the harbour dues of the north"]


def test_he_after_a_main_clause_joined_with_but_is_its_speaking_subject():
    text = ("Mr. Per Lund called on Secretary Ivo Dern, but Secretary Ola Varg interrupted to "
            "state that it might help if he spoke first. He said that his own position differed "
            "a little.")
    out = _record(text, "1957", "Per Lund", "Ivo Dern", "Ola Varg")
    assert [(s.speaker_name, s.text) for s in out][-1] == (
        "Ola Varg", "his own position differed a little")
    # a name in the clause a cue reports is no such subject
    text = ("Per Lund said that Ola Varg thought the port would close. He added that the fleet "
            "would wait.")
    out = _record(text, "1957", "Per Lund", "Ola Varg")
    assert [s.speaker_name for s in out][-1] == "Per Lund"


def test_words_after_a_retold_statement_stay_the_running_speakers():
    # "Hare responded ... . King has stated he is at his wit's end. If Israel ...": Hare's
    text = ("Ambassador Rolf Lund responded that we appreciate the concern. We have been in "
            "touch with the Palace. King Ivo Tamm has stated he is at his wit's end. If the "
            "army is thinking of a raid it should remember the King is not responsible.")
    got = [(s.speaker_name, s.text[:6]) for s in _record(text, "1965", "Rolf Lund", "Ivo Tamm")]
    assert ("Ivo Tamm", "he is ") in got and got[-1] == ("Rolf Lund", "If the")



def test_subject_less_telegraphese_goes_on_with_the_last_sentence_that_has_a_subject():
    writer = Speaker("Amra Dune", "amra-dune")
    text = ("(1) Korvin opened by reading his government's statement at length. Said the "
            "treaty was a fraud against the small nations.\n\n"
            "(2) Korvin said he would study our paper and respond later.\n\n"
            "(3) I continued with our position on the border, pointing out how long we had "
            "waited. Said many people believe the talks could still succeed.")
    by = _people("Korvin")
    out = extract_statements(text, list(by.values()), _mentions(text, by), [], "1963",
                             record=True, writer=writer)
    got = {(s.speaker_name, s.text.rstrip(".")) for s in out}
    # the paragraph's own subject, not the writer: no one speaks before it
    assert ("Korvin", "the treaty was a fraud against the small nations") in got
    # "I continued ...": the writer's, though Korvin spoke last
    assert ("Amra Dune", "many people believe the talks could still succeed") in got


def test_subject_less_telegraphese_after_someone_the_text_cannot_name_is_no_one_s():
    writer = Speaker("Amra Dune", "amra-dune")
    text = ("805. Ossip expressed optimism last night about the conference. At the same time "
            "he was bitter about its aftermath.\n\n"
            "Said the negotiations were made most difficult by the lack of outside help.")
    out = extract_statements(text, [], [], [], "1949", record=True, writer=writer)
    assert not any(s.speaker_name == "Amra Dune" for s in out)


LETTER_CABLE = (
    "Following is text of a letter from the President to Premier Vask.\n\n"
    "“Dear Mr. Premier:\n\n"
    "I have read your letter of May 3 with care. I have also noted the new institutions "
    "which your government has set up in the provinces.\n\n"
    "Sincerely,\n\n"
    "{signature}”\n\n"
    "Amra Dune"
)


def test_the_first_person_of_a_letter_a_cable_passes_on_is_its_signer_not_the_sender():
    text = LETTER_CABLE.format(signature="Orin Lask")
    out = _record(text, "1961", "Orin Lask", "Amra Dune", "Vask", writer="Amra Dune")
    noted = [s for s in out if s.text.startswith("the new institutions")]
    assert [s.speaker_name for s in noted] == ["Orin Lask"]


def test_an_unsigned_letter_a_cable_passes_on_is_not_the_senders():
    text = LETTER_CABLE.format(signature="With warm regards")
    out = _record(text, "1961", "Amra Dune", "Vask", writer="Amra Dune")
    assert not any(s.speaker_name == "Amra Dune" for s in out)


def test_a_title_of_another_country_is_not_the_writers():
    text = ("1207. British Ambassador told me today that the sheikhs will soon be given a draft "
            "proclamation on the sea bed.")
    wiley = LocalPerson("ivo-wilde", "Ivo Wilde", ("Wilde",), "Ambassador in Varnland")
    out = extract_statements(text, [wiley], [], [], "1948-10-19", record=True,
                             writer=Speaker("Ivo Wilde", "ivo-wilde"))
    assert not any(s.speaker_key == "ivo-wilde" for s in out)


def test_he_who_answers_a_question_is_the_one_asked():
    text = ("When I asked Aron Herzl whether the Cabinet agreed with Ben Gurnik's position he "
            "replied: “I think so, but the Cabinet has not yet met on it.”")
    out = _record(text, "1955", "Aron Herzl", "Ben Gurnik", writer="Amra Dune")
    assert [(s.speaker_name, s.text) for s in out] == [
        ("Aron Herzl", "I think so, but the Cabinet has not yet met on it.")]


def test_a_cue_in_a_relative_clause_reports_nothing():
    text = ("Thale said that the talks were going well.\n\n5. As to specific points which Thale "
            "had raised re composition of our CY'67 program, I reminded him of our Kessel "
            "statement forecasting that our help would involve both grain and import loans.")
    out = _record(text, "1967", "Thale", writer="Amra Dune")
    assert [s.text for s in out if s.speaker_name == "Thale"] == ["the talks were going well"]


def test_another_person_showing_a_paper_ends_the_speakers_turn():
    text = ("Ivo Kell commented that he understood the French to favour a sale of trucks. Olaf "
            "Brandt showed the Premier a message proposing a consortium for the railway. He said "
            "the ports were slow.")
    out = _record(text, "1960", "Ivo Kell", "Olaf Brandt")
    assert [(s.speaker_name, s.text) for s in out] == [
        ("Ivo Kell", "he understood the French to favour a sale of trucks"),
        ("Olaf Brandt", "the ports were slow")]


def test_a_first_person_sentence_is_no_third_persons_reported_words():
    # the writer unknown: "I" is still not the one whose words were reported
    text = ("In response to a request from Olaf Brandt, I sent him some ideas.\n\nOlaf Brandt "
            "said that he liked the ideas and asked me to work them out. Ivo Kell and I have "
            "done so, consulting the other agencies.")
    out = _record(text, "1966", "Ivo Kell", "Olaf Brandt")
    assert out and not [s.text for s in out if s.text.startswith("Ivo Kell and I")]


def test_the_editors_pointer_to_a_text_is_no_continuation():
    text = ("Olaf Brandt replied on April 22 that the harbour would stay closed. For text, see "
            "ibid., pages 10-16. Text of his statement is ibid., pages 14-32.")
    out = _record(text, "1961", "Olaf Brandt")
    assert [s.text for s in out] == ["the harbour would stay closed"]


def test_what_the_speaker_did_or_how_he_spoke_is_no_words_of_his():
    text = ("Olaf Brandt said that the harbour would stay closed. He gave the Minister a letter "
            "from the Premier on the incident. Promptly he put through a telephone call to "
            "Kessel.\n\nIvo Kell spoke throughout with great confidence in the strength of the "
            "fleet and in the certainty of its triumph.\n\nOlaf Brandt said the dockers were "
            "restless. He gave as reasons the cost of bread and the long winter.")
    out = _record(text, "1960", "Olaf Brandt", "Ivo Kell")
    assert [s.text for s in out] == [
        "the harbour would stay closed", "the dockers were restless",
        "He gave as reasons the cost of bread and the long winter"]
