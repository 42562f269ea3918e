"""Quotations of a paragraph (pipelines.extract.segment.quotes) on invented sentences."""

from pipelines.extract.segment import Span, paragraphs, quotes, sentences


def quoted(text):
    """The words of every quotation, paragraph by paragraph."""
    return [text[q.start:q.end] for p in paragraphs(text) for q in quotes(text, p)]


def test_a_word_quoted_inside_a_quotation_does_not_close_it():
    text = ("“Opinion here would resist a quarrel over the “border” villages, but I hope the "
            "talks go on,” said Marta Voss.")
    assert quoted(text) == [("Opinion here would resist a quarrel over the “border” villages, "
                             "but I hope the talks go on,")]


def test_straight_marks_nest_by_the_side_of_the_word_they_touch():
    text = ('"Opinion here would resist a quarrel over the "border" villages, but I hope the '
            'talks go on," said Marta Voss.')
    assert quoted(text) == [('Opinion here would resist a quarrel over the "border" villages, '
                             'but I hope the talks go on,')]


def test_a_nested_quotation_in_a_paragraph_of_a_longer_quotation_leaves_it_open():
    text = ("Voss wrote me a letter with the following paragraphs:\n\n"
            "“1. Opinion here would resist a quarrel over the “border” villages.\n\n"
            "“2. I hope the talks go on.”")
    assert quoted(text) == ["1. Opinion here would resist a quarrel over the “border” villages.",
                            "2. I hope the talks go on."]


def test_nesting_is_trusted_only_where_it_balances_without_a_hint_of_a_misprint():
    nested = "“We saw the “border” villages, and the ferry.”"
    assert quoted(nested) == ["We saw the “border” villages, and the ferry."]
    # a quotation restarting after a full stop: the outer one's closing mark was lost
    restart = ("Voss spoke of “a settlement and Rinn of “a truce” that held. “Nobody believed "
               "it,” Voss said.")
    assert quoted(restart)[0] == "a settlement and Rinn of “a truce"
    # a straight mark closing a curly quotation: a misprint, nothing is nested
    mixed = "Voss wanted “a truce\" and “a fair “border” line” then."
    (first, *_) = quotes(mixed, Span(0, len(mixed)))
    assert mixed[first.start:first.end] == "a truce\" and “a fair “border"


def test_a_straight_mark_closed_by_a_curly_one_ends_there():
    # the printer mixed the styles: the curly mark closes, the narration after it is no quote
    text = ('Rinn answered that "the ferry is lost.” He then spoke of the road, and said that '
            'Voss had "no plan" for it.')
    assert quoted(text) == ["the ferry is lost.", "no plan"]
    # a curly quotation inside a straight one leaves it open
    text = '"We saw the “border” villages," Voss said.'
    assert quoted(text) == ["We saw the “border” villages,"]


def test_french_and_military_titles_end_no_sentence():
    text = ("He spoke of Mme. Rinn and Sgt. Voss, of Msgr. Tamm and Cmdr. Lind, and of Messrs. "
            "Kallas and Orr. They left.")
    got = [text[s.start:s.end] for s in sentences(text, Span(0, len(text)))]
    assert got == [("He spoke of Mme. Rinn and Sgt. Voss, of Msgr. Tamm and Cmdr. Lind, and of "
                    "Messrs. Kallas and Orr."), "They left."]


def test_an_ellipsis_after_a_sentences_period_ends_it():
    # the editors mark an omission after the sentence's end: the next sentence is its own
    text = "Doe showed great interest in this estimate .… He said that he had asked Roe."
    assert [text[s.start:s.end] for s in sentences(text, Span(0, len(text)))] == [
        "Doe showed great interest in this estimate .…", "He said that he had asked Roe."]


def test_etc_before_a_capital_ends_the_sentence():
    text = "He spoke of transport, refining, etc. Page and Roe had explained the rest."
    got = [text[s.start:s.end] for s in sentences(text, Span(0, len(text)))]
    assert got == ["He spoke of transport, refining, etc.", "Page and Roe had explained the rest."]


def test_a_countrys_initials_end_a_sentence_before_its_opener():
    text = "He hoped it would not be seen as a warning by the U.S. The Secretary agreed."
    got = [text[s.start:s.end] for s in sentences(text, Span(0, len(text)))]
    assert got == ["He hoped it would not be seen as a warning by the U.S.",
                   "The Secretary agreed."]
    text = "The U.S. Government agreed. He met the U.S. Ambassador."
    assert len(sentences(text, Span(0, len(text)))) == 2


def test_a_quotation_never_closed_ends_before_a_citation_closing_its_paragraph():
    text = ("In his last message Voss said: “We will not leave the harbour. The ferry will sail. "
            "(Papers of the Governors: Marta Voss, 1968, page 130)\n\nThe next day it sailed.")
    assert quoted(text) == ["We will not leave the harbour. The ferry will sail."]
    # without a citation it runs to the paragraph's end
    assert quoted("Voss said: “We will not leave the harbour.\n\nIt sailed.") == [
        "We will not leave the harbour."]
