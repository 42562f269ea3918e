"""Paragraphs, sentences and quotations of a text, as offset spans.

Contract: pure functions over a string.  ``paragraphs`` splits on line breaks; ``sentences``
splits a span at sentence ends (not after abbreviations or initials, not inside quotations);
``quotes`` pairs quotation marks (curly or straight) inside one paragraph, and a quotation left
open at the end of a paragraph runs to its end (the convention for quotes that continue); a
quotation opened mid-sentence inside another of the same style (a letter quoting a word: “... the
“border” villages ...”) is part of it and does not close it.
``Layout(text)`` computes all three once for a text: the caller builds it once per document
and hands it to every extractor that reads the text (nothing is kept between calls).
``ByStart(items)`` finds the records (mentions, dates) that start inside a span, and
``Spans(spans)`` tells whether an offset or a span meets any of a set of spans, by bisection.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from itertools import accumulate

ABBREV = {"mr", "mrs", "ms", "dr", "st", "gen", "adm", "col", "lt", "sen", "rep", "gov", "prof",
          "pres", "amb", "sec", "secy", "capt", "maj", "cdr", "hon", "rev", "mme", "mlle",
          "messrs", "sgt", "brig", "asst", "msgr", "cmdr", "lieut",
          "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
          "no", "nos", "vs", "jr", "sr", "inc", "co", "corp", "vol", "p", "pp", "fig",
          "approx", "ca", "e.g", "i.e", "u.s", "u.k", "u.n", "a.m", "p.m"}
# a closing mark may stand apart from its full stop (a typesetting slip: "... Vietnam. “ The")
# a sentence's end: its mark, closing quotes or brackets, and an omission marked after it
# (".… He said"), before the next sentence's capital
_END = re.compile(r"[.!?]+(?:\s?…)?(?:[\"”’')\]]|\s[”“](?=\s))*"
                  r"\s+(?=[\"“‘'(]?[A-Z0-9])")


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Quote:
    open: int  # offset of the opening mark
    close: int  # offset of the closing mark (== end of paragraph when left open)
    start: int  # content start
    end: int  # content end


def paragraphs(text: str) -> list[Span]:
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        if m.group().strip():
            spans.append(Span(m.start(), m.end()))
    return spans


_WORD_BEFORE_PERIOD = re.compile(r"(?<![0-9])([A-Za-z.]+)\.$")  # "1980s." is no initial
_INITIALS = re.compile(r"(?:[a-z]\.)*[a-z]")


# a country's initials ("U.S.", "U.K.", "U.N."), and a word that opens a sentence after them
_COUNTRY_END = re.compile(r"(?<![\w.])U\.[SKN]\.\Z")
_OPENER = re.compile(r"(?:The|He|She|It|They|We|I|This|That|These|There|His|Her|Our|Their|"
                     r"However|But|If|When|As|After|In|On)\s")
# characters before a period that hold the word it may abbreviate ("approx", "u.s", "H.W")
_ABBREVIATION_REACH = 12


def _abbreviation_before(text: str, pos: int) -> bool:
    m = _WORD_BEFORE_PERIOD.search(text[max(0, pos - _ABBREVIATION_REACH):pos + 1])
    if not m:
        return False
    word = m.group(1).lower()
    return word in ABBREV or bool(_INITIALS.fullmatch(word))


def sentences(text: str, span: Span, quotes: list[Quote] = ()) -> list[Span]:
    """Sentence spans inside ``span``; never breaks inside a quotation."""
    out, start = [], span.start
    for m in _END.finditer(text, span.start, span.end):
        cut = m.start()
        if text[cut] == "." and _abbreviation_before(text, cut) and not (
                _COUNTRY_END.search(text, max(0, cut - 4), cut + 1)
                and _OPENER.match(text, m.end())):
            continue  # "U.S. The Secretary agreed": a country's initials can end a sentence
        if quotes and any(q.start < cut < q.end - 1 and text[cut + 1:q.end].strip()
                          for q in quotes):
            continue  # inside a quotation (not at its end: "... Vietnam. “ The")
        out.append(Span(start, cut + len(m.group().rstrip())))
        start = m.end()
    if start < span.end:
        out.append(Span(start, span.end))
    # a sentence that opens with a word has text: no copy of it to strip
    return [s for s in out if s.start < s.end and (not text[s.start].isspace()
                                                   or text[s.start:s.end].strip())]


def quotes(text: str, span: Span, single: bool = False) -> list[Quote]:
    """Quotations of one paragraph: “...” pairs, and straight "..." pairs in order; with
    ``single`` (a text that quotes in single marks: it has no double ones), '...' and ‘...’."""
    found: list[Quote] = []
    i = span.start
    # jump from mark to mark: any other character is passed over
    while (mark := _MARK.search(text, i, span.end)) is not None:
        i = mark.start()
        ch = text[i]
        if ch == "“" or (ch == '"' and _opens(text, i)):
            j = _closing(text, i, span.end)
            # never closed: it runs to the paragraph's end, but for a citation after it
            cited = _TRAILING_CITATION.search(text, i + 1, span.end) if j < 0 else None
            close = j if j >= 0 else cited.start() if cited else span.end
            found.append(Quote(i, close, i + 1, close))
            i = close + 1
            continue
        i += 1
    if not found and single:
        return _single_quotes(text, span)
    return found


# British style: 'words' or ‘words’, in a text with no double marks.  An opening mark
# follows a space (or the paragraph's start, or a bracket) and comes before a word; a closing
# one follows a word and comes before punctuation, the end, or a space and no lowercase word
# (an apostrophe inside a word, "Compact's", or a plural's, "members' views", closes nothing),
# or follows punctuation, which no apostrophe does ("... question,' the minister said").
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–-]))['‘](?=[\w])")
_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?])['’](?=[,.;:!?)\]—–]|\s+(?![a-z])|$)"
                           r"|(?<=[.,!?])['’](?=\s)")


def _single_quotes(text: str, span: Span) -> list[Quote]:
    found: list[Quote] = []
    i = span.start
    while (m := _SINGLE_OPEN.search(text, i, span.end)) is not None:
        close = _SINGLE_CLOSE.search(text, m.end(), span.end)
        if close is None:
            break
        found.append(Quote(m.start(), close.start(), m.end(), close.start()))
        i = close.end()
    return found


_MARK = re.compile(r'[“"]')
# a source cited in brackets after a sentence's end closing the paragraph: "... in Southeast
# Asia. (Public Papers of the Presidents ..., page 1308)"
_TRAILING_CITATION = re.compile(r"(?<=[.!?])\s*\([^()“”\"]{3,}\)\s*$")
# A closing mark, or an opening mark misprinted for one: “ followed by a space or "(" cannot
# open a quotation ("... to North Vietnam. “ The proposal").
_CURLY_CLOSE = re.compile(r"”|“(?=[\s(]|$)")


# A mark opening a quotation inside another one: mid-sentence (after a word or a comma and a
# space, a bracket or a dash) and before a word.  One after a full stop rather restarts a
# quotation whose paragraph break was lost, or is a misprinted closing mark.
_NESTED_OPEN = re.compile(r"(?<=[^\s.!?][\s(\[—–])[“\"](?=[\w‘'])")
_RESTARTS = re.compile(r"(?<=[.!?][\s”’])\s*[“\"]")
_NEXT_PARAGRAPH_OPENS = re.compile(r"\n\s*[“\"]")
_ANY_MARK = re.compile(r'[“”"]')


def _first_close(text: str, i: int, end: int) -> int:
    """The first mark that can close the quotation opened at ``i`` (-1: none)."""
    if text[i] == '"':  # or a curly mark misprinted for it, with none opened in between:
        # 'answered that "the plan is dead.” He went on ...'
        straight, curly = text.find('"', i + 1, end), text.find("”", i + 1, end)
        if 0 <= curly < (straight if straight >= 0 else end) and "“" not in text[i:curly]:
            return curly
        return straight
    m = _CURLY_CLOSE.search(text, i + 1, end)
    return m.start() if m else -1


def _closing(text: str, i: int, end: int) -> int:
    """The mark closing the quotation opened at ``i``, past the quotations of the same style
    nested in it; -1 when it runs on to the end of its paragraph.  Nesting is trusted only
    when it balances (or the quotation goes on in the next paragraph) and nothing hints at a
    misprint (a quotation restarting after a full stop, a mark of the other style): else the
    first closing mark, as if nothing were nested."""
    straight = text[i] == '"'
    depth, nested, mixed = 1, False, False
    for m in _ANY_MARK.finditer(text, i + 1, end):
        j = m.start()
        if (text[j] == '"') != straight:  # the other style: “...” closed by "
            mixed = True
            if nested:
                break
        elif nested and _RESTARTS.match(text, j):
            break
        elif _NESTED_OPEN.match(text, j):
            if mixed:
                break
            depth, nested = depth + 1, True
        elif straight or text[j] == "”" or _CURLY_CLOSE.match(text, j):
            depth -= 1
            if depth == 0:
                return j
    else:
        if depth == 1 and nested and _NEXT_PARAGRAPH_OPENS.match(text, end):
            return -1  # still open at its paragraph's end: it goes on in the next one
    return _first_close(text, i, end)


def _opens(text: str, i: int) -> bool:
    return i == 0 or not text[i - 1].isalnum() or text[i - 1] in "(["


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim whitespace around a span (offsets stay exact)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@dataclass(frozen=True)
class Block:
    """One paragraph with its quotations and sentences."""

    index: int
    span: Span
    quotes: tuple[Quote, ...]
    sentences: tuple[Span, ...]


class Layout:
    """Paragraphs, quotations and sentences of a text, computed once."""

    def __init__(self, text: str):
        self.blocks: list[Block] = []
        single = not _MARK.search(text)  # quotes in single marks ('...'), British style
        for i, para in enumerate(paragraphs(text)):
            qs = quotes(text, para, single)
            self.blocks.append(Block(i, para, tuple(qs), tuple(sentences(text, para, qs))))
        self.quotes = [q for b in self.blocks for q in b.quotes]
        self._sentences = [(b.index, s) for b in self.blocks for s in b.sentences]
        self._starts = [s.start for _, s in self._sentences]
        # read-only from here on: one Layout is shared by every extractor of a document

    def sentences(self) -> list[tuple[int, Span]]:
        """Every sentence with the index of its paragraph, in text order."""
        return list(self._sentences)

    def sentence_at(self, pos: int) -> tuple[int, Span] | None:
        """(paragraph index, sentence) holding offset ``pos``, or None between sentences."""
        i = bisect.bisect_right(self._starts, pos) - 1
        if i >= 0 and pos < self._sentences[i][1].end:
            return self._sentences[i]
        return None


class ByStart:
    """Records with a ``char_start`` (mentions, dates), found by the span they start in without
    scanning all of them for every span; each span's are given in their original order."""

    def __init__(self, items: list):
        self.items = items
        self.order = sorted(range(len(items)), key=lambda i: items[i].char_start)
        self.starts = [items[i].char_start for i in self.order]

    def any_within(self, start: int, end: int) -> bool:
        """Whether a record starts inside [start, end): ``within`` without building the list."""
        i = bisect.bisect_left(self.starts, start)
        return i < len(self.starts) and self.starts[i] < end

    def within(self, start: int, end: int) -> list:
        """The records that start inside [start, end)."""
        lo, hi = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        return [self.items[i] for i in sorted(self.order[lo:hi])]


class Spans:
    """A set of [start, end) spans (blocks, paragraphs, mentions), asked whether an offset or a
    span meets any of them.  Sorted by start, with the furthest end reached so far: only the
    spans starting before the offset can hold it, and the furthest of their ends says whether
    one does (instead of testing every span for every offset, quadratic on long records)."""

    def __init__(self, spans):
        spans = sorted(spans)
        self.starts = [start for start, _ in spans]
        self.reach = list(accumulate((end for _, end in spans), max))

    def hold(self, pos: int) -> bool:
        """Whether ``start <= pos < end`` for some span."""
        i = bisect.bisect_right(self.starts, pos)
        return i > 0 and self.reach[i - 1] > pos

    def meet(self, start: int, end: int) -> bool:
        """Whether some span overlaps [start, end): ``s < end and start < e``."""
        i = bisect.bisect_left(self.starts, end)
        return i > 0 and self.reach[i - 1] > start
