"""Tests for pipelines.extract.date_cues: every sentence here is written for the test."""

from __future__ import annotations

import pytest

from pipelines.extract.date_cues import (
    direction,
    inside,
    paragraph_breaks,
    quoted_spans,
    same_paragraph,
)


def _direction(text: str, word: str) -> int:
    start = text.index(word)
    return direction(text, start, start + len(word))


@pytest.mark.parametrize(
    ("text", "way"),
    [
        ("The registry said on Friday that the boxes were sealed.", -1),
        ("The registry on Friday opened its reading room.", -1),
        ("Speaking in the port on Friday, the mayor said little.", -1),
        ("The mayor will speak on Friday.", 1),
        ("A settlement looked possible by Friday.", 1),
        ("The parade is not held until Friday.", 1),
        ("He is returning my call Friday at noon.", 1),
        ("As noted above, the mayor regards Friday as decisive.", 0),
        ("Friday looks open.", 0),
    ],
)
def test_direction_follows_the_nearest_tense_cue(text, way):
    assert _direction(text, "Friday") == way


def test_direction_stays_inside_its_clause():
    # the past tense of the next sentence says nothing of this one
    assert _direction("The mayor speaks Friday. Everyone listened.", "Friday") == 0


def test_quotations_curly_and_straight():
    text = 'He said “we wait” and then "we go" and left.'
    spans = quoted_spans(text)
    assert inside(spans, text.index("wait"))
    assert inside(spans, text.index("go"))
    assert not inside(spans, text.index("left"))
    assert not inside(spans, text.index("then"))


def test_a_straight_quote_does_not_pair_across_paragraphs():
    text = 'He said "we wait.\n\nThen "we go" was heard.'
    spans = quoted_spans(text)
    assert not inside(spans, text.index("Then"))
    assert inside(spans, text.index("go"))


def test_paragraphs():
    text = "One line.\nSame paragraph.\n\nAnother one."
    breaks = paragraph_breaks(text)
    assert same_paragraph(breaks, 0, text.index("Same"))
    assert not same_paragraph(breaks, 0, text.index("Another"))
