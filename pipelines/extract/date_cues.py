"""What the words around a date say about where it sits in time: helpers for ``dates``.

Contract (pure functions of the text; standard library only):

- ``quoted_spans(text)`` lists the ``(start, end)`` stretches inside double quotation marks
  (curly, or straight ones paired within a paragraph); ``inside(spans, offset)`` tells whether
  an offset falls in one.
- ``paragraph_breaks(text)`` lists where the blank lines between paragraphs are;
  ``same_paragraph(breaks, a, b)`` tells whether none lies between offsets ``a`` and ``b``.
- ``direction(text, start, end)`` reads the clause around the expression at
  ``text[start:end]`` for tense: -1 when the nearest cue says the past ("said on Tuesday",
  "opened on Monday"), 1 when it says the future or a deadline ("will meet on Friday",
  "possible by Friday", "until Thursday"), 0 when the clause says neither.
"""

from __future__ import annotations

import re
from bisect import bisect_right

_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_CURLY = re.compile(r"“[^“”]*”")
_STRAIGHT = re.compile(r'"[^"\n]*(?:\n(?![ \t]*\n)[^"\n]*)*"')


def quoted_spans(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in _CURLY.finditer(text)]
    spans += [m.span() for m in _STRAIGHT.finditer(text)]
    return sorted(spans)


def inside(spans: list[tuple[int, int]], offset: int) -> bool:
    index = bisect_right(spans, (offset, len(spans) + offset + 1)) - 1
    # spans do not nest, but a straight and a curly pair may overlap: look at the two nearest
    return any(s < offset < e for s, e in spans[max(0, index - 1):index + 1])


def paragraph_breaks(text: str) -> list[int]:
    return [m.start() for m in _BLANK_LINE.finditer(text)]


def same_paragraph(breaks: list[int], a: int, b: int) -> bool:
    return bisect_right(breaks, a) == bisect_right(breaks, b)


# The clause an expression sits in ends at a sentence stop, a semicolon, a quotation mark or a
# line break; the cues are read no further than this many characters away.
_REACH = 90
_CLAUSE_END = re.compile(r"[.!?;:]\s|[\n“”\"]")
# Just before the expression: a bound that points forward ("by Friday", "until Thursday").
_FORWARD_BEFORE = re.compile(r"(?i)\b(?:by|until|till|before|for)\s+(?:the\s+)?$")
_FORWARD = re.compile(
    r"(?i)\b(?:will|would|shall|going\s+to|(?:is|are|am|was|were)\s+(?:to|due|expected|"
    r"scheduled|set|slated)|planned|plans?|scheduled|expected|hopes?|intends?|should|might|"
    r"maybe|perhaps|possible|(?:is|are|am)\s+\w+ing)\b|'ll\b|’ll\b"
)
_PAST = re.compile(
    r"(?i)\b(?:[a-z]{3,}ed|said|told|met|saw|spoke|came|went|gave|took|made|wrote|began|"
    r"held|left|sent|brought|found|got|was|were|did|had|paid|kept|felt|heard|knew|thought|won|"
    r"lost|rose|fell|chose|broke|sat|stood|flew|drove|ran)\b"
)
# words in -ed that are no past tense
_NOT_PAST = {"indeed", "hundred", "need", "speed", "united", "seed", "feed", "breed", "proceed",
             "succeed", "exceed", "planned", "scheduled", "expected"}


_CUES = ((_FORWARD, 1), (_PAST, -1))
_AS_BEFORE = re.compile(r"(?i)\bas\s+\Z")


def direction(text: str, start: int, end: int) -> int:
    if _FORWARD_BEFORE.search(text, max(0, start - 12), start):
        return 1
    left = text[max(0, start - _REACH):start]
    stops = list(_CLAUSE_END.finditer(left))
    if stops:
        left = left[stops[-1].end():]
    right = text[end:end + _REACH]
    stop = _CLAUSE_END.search(right)
    if stop:
        right = right[:stop.start()]
    # (distance, a future cue before a past one at the same distance, sign)
    found = [(len(left) - m.end(), rank, sign) for rank, (cue, sign) in enumerate(_CUES)
             for m in cue.finditer(left) if _is_cue(m, sign, left)]
    found += [(m.start(), rank, sign) for rank, (cue, sign) in enumerate(_CUES)
              for m in cue.finditer(right) if _is_cue(m, sign, right)]
    return min(found)[2] if found else 0


def _is_cue(match: re.Match, sign: int, text: str) -> bool:
    # "as indicated above", "as planned": a participle aside, not the clause's tense
    if _AS_BEFORE.search(text, max(0, match.start() - 4), match.start()):
        return False
    return sign > 0 or match.group().lower() not in _NOT_PAST
