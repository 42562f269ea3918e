"""Records quoted at length inside another text: an editorial note quoting a memorandum, a
report quoting a telegram.

Contract: ``quoted_records(text, layout, mentions, people)`` -> ``QuotedRecord``s, each a
quotation that is a document (it opens its paragraph and holds at least two sentences of
``MIN_WORDS`` words or more) with its writer when the words introducing it name one ("A
memorandum prepared by Doe of his conversation ...:", "Doe's telegram reads:", "Doe wrote:").
``unquoted(text, records)`` is the text with those quotations' marks blanked (same length), so
that the words inside can be read as a record of their own: what was said in the conversation
they record belongs to whoever said it there ("I said that ..." to the writer).
``signed_letters(text, layout, mentions)`` -> (start, end, signer's key) of each letter quoted
over several paragraphs, from its opening "“Dear ...:" to the signature its closing mark ends
("Sincerely, ¶ Ann Doe”"; key None when it ends unsigned): its "I" is the signer, not the one
who passes it on.  Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.document import LocalPerson, PersonMention
from pipelines.extract.segment import Layout, Quote

MIN_WORDS = 25
# characters before a quoted record searched for the words introducing it
_INTRO_REACH = 400
_SENTENCES = re.compile(r"[.!?][”’\"]?\s+[A-Z“‘]")
_RECORD = (r"memorandum|memo|record|notes?|letter|telegram|cable|message|report|minutes|"
           r"despatch|dispatch|diary|journal|account")
# "a memorandum (prepared) by Doe", "notes by Doe", "a telegram from Doe"
_BY = re.compile(rf"\b(?:{_RECORD})\b[^.:;“”]{{0,80}}?\b(?:by|from)\s+$", re.IGNORECASE)
# "Doe's memorandum", "Doe wrote", "Doe reported", "Doe recorded"
_OWN = re.compile(rf"^[’']s\s+(?:[\w\-]+\s+){{0,3}}?(?:{_RECORD})\b|^\s+(?:\w+ly\s+)?"
                  r"(?:wrote|reported|recorded|cabled|noted|summarized|described)\b")


@dataclass(frozen=True)
class QuotedRecord:
    quote: Quote
    writer: str | None  # LocalPerson.key of its writer, None when the text does not say


def quoted_records(text: str, layout: Layout, mentions: list[PersonMention],
                   people: list[LocalPerson]) -> list[QuotedRecord]:
    known = {p.key for p in people}
    out: list[QuotedRecord] = []
    writer: str | None = None
    for block in layout.blocks:
        for q in block.quotes:
            if q.open - block.span.start > 2 or not _is_document(text[q.start:q.end]):
                continue
            # a record quoted over several paragraphs keeps the writer its first one had
            continued = bool(out) and _follows(text, out[-1].quote, q)
            if not continued:
                writer = _writer(text, q, mentions, known)
            out.append(QuotedRecord(q, writer))
    return out


def _is_document(words: str) -> bool:
    return len(words.split()) >= MIN_WORDS and bool(_SENTENCES.search(words))


def _follows(text: str, previous: Quote, q: Quote) -> bool:
    """The quotation goes on from the previous one (an unclosed quotation, then a paragraph
    that opens with a mark: one record quoted over several paragraphs)."""
    between = text[previous.close:q.open]
    return not between.strip(" \n”\"") and text[previous.close:previous.close + 1] not in "”\""


def _writer(text: str, q: Quote, mentions: list[PersonMention], known: set[str]) -> str | None:
    """The person the words just before the quotation name as its writer."""
    floor = max(0, q.open - _INTRO_REACH)
    for m in reversed([m for m in mentions if floor <= m.char_start < q.open]):
        if m.person_key not in known:
            continue
        if _BY.search(text[max(floor, m.char_start - 120):m.char_start]) or _OWN.match(
                text[m.char_end:m.char_end + 60]):
            return m.person_key
    return None


def unquoted(text: str, records: list[QuotedRecord]) -> str:
    """``text`` with the marks of the quoted records blanked: the same length and offsets."""
    chars = list(text)
    for r in records:
        for pos in (r.quote.open, r.quote.close):
            if pos < len(chars) and chars[pos] in "“”\"":
                chars[pos] = " "
    return "".join(chars)


# characters before a quoted letter's closing mark that hold its signature and the addressee
# line after it ("Roe Doe, Acting Minister of Trade. The Honorable ...”")
_SIGNATURE_REACH = 300
# a signature: a name, then its office after a comma, and the sentence's end ("Roe Doe, Acting
# Minister of Trade.")
_SIGNED_OFFICE = re.compile(r",\s+(?:[A-Z][\w.’'\-]*\s+|(?:of|the|for|and)\s+){0,8}"
                            r"[A-Z][\w’'\-]*\s*[.”\"]")
# paragraphs a quoted letter is followed over to its closing mark
_LETTER_BLOCKS = 8


def signer(text: str, layout: Layout, index: int, mentions: list[PersonMention]) -> str | None:
    """The person key of the signer of a letter quoted from block ``index`` on: the last person
    named, with an office after a comma, just before the quotation's closing mark (a letter
    "from the Government" delivered by one man and signed by another); None when unsigned."""
    close = _closing_mark(text, layout, index)
    if close is None:
        return None
    start = layout.blocks[index].span.start
    floor = max(start, close - _SIGNATURE_REACH)
    signed = [m for m in mentions if floor <= m.char_start and m.char_end <= close
              and _SIGNED_OFFICE.match(text, m.char_end, close + 1)]
    return signed[-1].person_key if signed else None


def _closing_mark(text: str, layout: Layout, index: int) -> int | None:
    """Where the quotation that opens block ``index`` closes: the mark that ends a paragraph."""
    for block in layout.blocks[index:index + _LETTER_BLOCKS]:
        tail = text[block.span.start:block.span.end].rstrip()
        if tail.endswith(("”", '"')):
            return block.span.start + len(tail) - 1
    return None


# a letter's address to the one it is written to: "Dear Mr. Doe", "My dear Minister"
DEAR = r"(?:My\s+)?Dear\s+[^\n:]{1,40}"
# that address alone in its paragraph after an opening mark: "“Dear Mr. Doe:"
_OPENING_ADDRESS = re.compile(rf"\s*[“\"]\s*{DEAR}[:,]\s*$")
# paragraphs a letter quoted in a text may run over
_LETTER_REACH = 60
# a signature line: only a name (and an office) before the closing mark
_SIGNATURE_LINE = 80


def signed_letters(text: str, layout: Layout, mentions: list[PersonMention]
                   ) -> list[tuple[int, int, str | None]]:
    out = []
    blocks = layout.blocks
    for block in blocks:
        if not _OPENING_ADDRESS.match(text, block.span.start, block.span.end):
            continue
        for end in blocks[block.index + 1:block.index + _LETTER_REACH]:
            line = text[end.span.start:end.span.end].rstrip()
            if "“" in line:
                break  # another quotation opens: this one closed unseen
            if not line.endswith(("”", '"')):
                continue
            close = end.span.start + len(line) - 1
            if close - end.span.start <= _SIGNATURE_LINE:
                signed = [m for m in mentions if end.span.start <= m.char_start < close
                          and not text[m.char_end:close].strip(" ,.")]
                out.append((block.span.start, close, signed[-1].person_key if signed else None))
            break
    return out
