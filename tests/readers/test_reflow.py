"""Hard-wrapped text is joined into paragraphs; other text is kept byte for byte."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from pipelines.extract import extract_document
from pipelines.readers.html import html_to_text
from pipelines.readers.reflow import is_hard_wrapped, reflow, wrap_width
from pipelines.readers.text import read_file, split_header

FIXTURES = Path(__file__).parent / "fixtures" / "wrapped"
REPO_CORPUS = Path(__file__).parents[2] / "corpus"

REPORT_BODY = (
    "The Foreign Minister of Maravia, Tomas Brell, met his Kestonian counterpart, Ilse Varga, "
    "in the border town of Orlen on Tuesday for talks on the long-delayed river treaty and on "
    "the intergovernmental commission that is to enforce it.\n"
    "\n"
    "After the meeting, Brell said that both governments would sign the treaty before the end "
    "of the year. He added that the remaining questions were technical and could be settled by "
    "the commission within weeks.\n"
    "\n"
    "Varga told reporters that her government still wanted firm guarantees for the fishing "
    "villages downstream. The minister said that no agreement would be ratified by her "
    "parliament without them.\n"
    "\n"
    "A spokesman for the Maravian delegation, Paul Edrich, said that the talks had been frank "
    "and useful, and that a second round would be held in Kesto in June."
)


def _statements(doc):
    return [(s.speaker_name, s.text, s.kind) for s in extract_document(doc).statements]


def _wrap(text: str, width: int) -> str:
    return "\n\n".join(textwrap.fill(p, width) for p in text.split("\n\n"))


def _body(path: Path) -> str:
    return split_header(path.read_text(encoding="utf-8"))[1]


# --- a wrapped report reads as the unwrapped one -----------------------------------------------


def test_wrapped_report_is_reflowed_into_paragraphs():
    doc = read_file(FIXTURES / "orlen_report.txt", FIXTURES)
    assert doc.text == REPORT_BODY
    assert doc.title == "Ministers meet over the river treaty"
    assert "ques-" not in doc.text and "remaining questions were" in doc.text


def test_unwrapped_report_is_kept_byte_for_byte():
    doc = read_file(FIXTURES / "orlen_report_unwrapped.txt", FIXTURES)
    assert doc.text == _body(FIXTURES / "orlen_report_unwrapped.txt").strip("\n")
    assert doc.text == REPORT_BODY


def test_wrapped_report_gives_the_statements_of_the_unwrapped_one():
    wrapped = read_file(FIXTURES / "orlen_report.txt", FIXTURES)
    unwrapped = read_file(FIXTURES / "orlen_report_unwrapped.txt", FIXTURES)
    got = _statements(wrapped)
    assert got == _statements(unwrapped)
    assert ("Tomas Brell", "both governments would sign the treaty before the end of the year",
            "indirect") in got
    for statement in extract_document(wrapped).statements:
        assert wrapped.text[statement.char_start:statement.char_end] == statement.text


@pytest.mark.parametrize("width", [50, 100])
def test_report_wrapped_at_other_widths_gives_the_same_statements(tmp_path, width):
    header = "Title: Ministers meet over the river treaty\nPublished: 1994-05-12\n\n"
    path = tmp_path / f"report_{width}.txt"
    path.write_text(header + _wrap(REPORT_BODY, width) + "\n", encoding="utf-8")
    doc = read_file(path, tmp_path)
    assert doc.text == REPORT_BODY
    unwrapped = read_file(FIXTURES / "orlen_report_unwrapped.txt", FIXTURES)
    assert _statements(doc) == _statements(unwrapped)


def test_wrap_width_is_measured():
    body = _body(FIXTURES / "orlen_report.txt")
    assert is_hard_wrapped(body)
    assert 66 <= wrap_width(body) <= 70


# --- structure inside wrapped text -------------------------------------------------------------


def test_markdown_headings_lists_and_quotes_stay_blocks():
    doc = read_file(FIXTURES / "orlen_notes.md", FIXTURES)
    assert doc.text == (
        "# Talks in Orlen\n"
        "\n"
        "The two delegations met for three hours on Tuesday in the town hall of Orlen, their "
        "first meeting since the border crossing was closed.\n"
        "\n"
        "## What was agreed\n"
        "\n"
        "- A joint commission will survey the river islands before the end of the year and "
        "report its findings to both of the parliaments.\n"
        "- Fishing rights stay as they are until the commission has reported.\n"
        "\n"
        "> The river does not belong to either of us, the Kestonian minister told the two "
        "delegations at the opening of the afternoon session.\n"
        "\n"
        "Varga said that her government would publish its own minutes within a month, and that "
        "the Maravian side had agreed to do the same."
    )
    assert doc.title == "Talks in Orlen"


def test_indents_list_items_headings_and_short_lines_start_or_end_paragraphs():
    doc = read_file(FIXTURES / "orlen_cable.txt", FIXTURES)
    assert doc.text == (
        "SUMMARY OF THE ORLEN TALKS\n"
        "    The delegations of Maravia and Kestonia met in Orlen on Tuesday for the first time "
        "since the crossing was closed. The Maravian minister said that his government was ready "
        "to sign the treaty this year.\n"
        "    The Kestonian side asked for more time. Its minister said that the parliament in "
        "Kesto would not vote on the text before the autumn, and that the question of the "
        "islands was still open:\n"
        "1. the survey of the islands;\n"
        "2. the fishing rights of the downstream villages.\n"
        "Regards, Anna Lind"
    )


WRAPPED_LINES = (
    "The delegation arrived late on the second day of the conference and\n"
    "asked that its statement be read into the record before the vote on\n"
    "the inter-\n"
    "national commission, which the chairman allowed after some debate in\n"
    "the hall. The Kestonian minister then spoke about the pro-\n"
    "Maravian parties and the border talks that had started in March\n"
    "7. The chairman closed the session and thanked the interpreters for\n"
    "their long day of work on the texts."
)


def test_hyphen_joins_a_word_only_between_lowercase_letters():
    text = reflow(WRAPPED_LINES)
    assert "the international commission" in text
    assert "the pro- Maravian parties" in text  # not a split word: the break is one space
    assert "\n" not in text


def test_a_number_after_a_wrapped_line_is_no_list_item():
    assert "started in March 7. The chairman" in reflow(WRAPPED_LINES)


def test_code_fences_are_kept_verbatim():
    text = WRAPPED_LINES + "\n\n```\nkeep   this\nand this\n```\n"
    assert reflow(text).endswith("\n\n```\nkeep   this\nand this\n```\n")


def test_trailing_spaces_and_quote_markers_go_when_lines_join():
    text = (
        "> The minister told the committee that the talks with Kestonia had \n"
        "> reached the point where a treaty could be drafted by the experts.\n"
        "> She added that the fishing question was the last one to be settled\n"
        "> and that she expected an answer from the other side before May.\n"
    )
    assert reflow(text) == (
        "> The minister told the committee that the talks with Kestonia had reached the point "
        "where a treaty could be drafted by the experts. She added that the fishing question "
        "was the last one to be settled and that she expected an answer from the other side "
        "before May.\n"
    )


# --- text that is not hard-wrapped is left alone -----------------------------------------------


NOT_WRAPPED = {
    "paragraph per line": (
        "The envoys met in Orlen on Tuesday.\n"
        "Brell said that the treaty would be signed before the end of the year, and that the "
        "commission would meet in June to settle the questions still open.\n"
        "Varga said little.\n"
        "A second meeting is planned for the autumn in Kesto, where both delegations will "
        "present the first drafts of the treaty text to the press.\n"
    ),
    "markdown list": (
        "# Agenda\n\n"
        "- the survey of the river islands by a commission\n"
        "- the fishing rights of the downstream villages\n"
        "- the date of the next meeting of the ministers\n"
        "- the publication of the minutes of both sides\n\n"
        "The ministers agreed on all four points.\n"
    ),
    "short lines": (
        "Ministry of Foreign Affairs\nRiver Street 12\nOrlen\n\n"
        "Dear Minister,\nThank you for your letter.\nYours,\nA. Lind\n"
    ),
    "two run-on lines": (
        "The minister said that the talks had gone well and that a treaty\n"
        "would follow in the autumn once the experts had finished their work.\n"
    ),
}


@pytest.mark.parametrize("name", sorted(NOT_WRAPPED))
def test_text_that_is_not_hard_wrapped_is_unchanged(name):
    text = NOT_WRAPPED[name]
    assert not is_hard_wrapped(text)
    assert reflow(text) is text


@pytest.mark.parametrize("path", sorted(p for p in REPO_CORPUS.iterdir()
                                        if p.suffix in {".txt", ".md"}), ids=lambda p: p.name)
def test_the_sample_corpus_reads_as_before(path):
    body = _body(path)
    assert reflow(body) == body
    assert read_file(path, REPO_CORPUS).text == body.strip("\n")


# --- HTML <pre> --------------------------------------------------------------------------------


def test_wrapped_pre_becomes_paragraphs():
    page = f"<html><body><h1>Orlen</h1><pre>{WRAPPED_LINES}\n\nSecond part.</pre></body></html>"
    _, text = html_to_text(page)
    assert text.split("\n\n") == ["Orlen", reflow(WRAPPED_LINES), "Second part."]


def test_unwrapped_pre_is_one_paragraph_as_before():
    page = "<html><body><pre>one  line\nanother line</pre><p>after</p></body></html>"
    assert html_to_text(page)[1] == "one line another line\n\nafter"


def test_a_pronoun_after_a_cleft_sentence_is_its_subject(tmp_path):
    # "It was Imre who ...": Imre is who the next "she" is, not the minister who spoke last
    paras = [
        ("Chancellor Ruth Imre of Norland and President Emil Vastrand of Ostria met at the lake "
         "hotel to settle the border that had been closed for years."),
        ("Two days later the talks nearly broke down. Norland's foreign minister, Lene Dorr, "
         "warned the delegation that her parliament would balk. The minister proposed that the "
         "islands be shared. Pell rejected the idea, noting that the islands had been theirs."),
        ('It was Imre who rescued the talks. "If we leave here now," she told Vastrand late '
         'that evening, "we lose." The two leaders agreed to set the islands aside.')]
    path = tmp_path / "summit.txt"
    path.write_text("Title: Summit\nPublished: 2017-06-14\nSample: true\n\n"
                    + "\n\n".join(textwrap.fill(p, 72) for p in paras) + "\n")
    statements = extract_document(read_file(path, tmp_path)).statements
    assert [(s.speaker_name, s.kind) for s in statements if s.text.startswith(("If", "we"))] \
        == [("Ruth Imre", "direct")] * 2
