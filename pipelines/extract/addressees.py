"""To whom words were said: the addressee of each statement, when the text or the record says.

Contract: ``with_addressees(text, statements, mentions, exchanges, people, writer)`` returns
the statements with ``addressee_key`` (a ``LocalPerson`` key of the document) set where one
listener is certain, and left None otherwise; nothing else changes.  Pure: text and records
in, records out.  In order, the first that applies decides:

1. a turn's label names the listener: "Kissinger: (to Colby) ...", "Kissinger (to Colby): ...";
2. the cue's object: "told the Minister that ...", "assured Doe that ...", "asked Doe
   whether ...", "said to Doe that ..." (one person named there; two people give none; an
   office, "told the chancellor that", the one person of the document holding it), or
   the record's writer for "me" ("He told me that ..."; ``writer``: their key); "him", "us"
   give none;
3. a name called out to open or close quoted words ("Tony, how do you see it?"), or in
   brackets after "you" ("you (Colby) do not work for him");
4. a record of a conversation between two people (a telephone call, a memorandum of
   conversation with two participants besides interpreters and note-takers, as ``people``'s
   roles in the document say): each speaks to the other;
5. a turn answering a question: the turn right before it, another speaker's, ends in a
   question mark, and it is no question itself; the answer is to whoever asked.

Precision first: never a guess between two listeners, never the speaker.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from pipelines.document import ExchangeRecord, LocalPerson, PersonMention, Statement
from pipelines.extract.segment import ByStart

# a label's listener, right before the words or opening them: "(to Colby)", "(To the Foreign
# Minister)"
_LABEL = re.compile(r"\(\s*[Tt]o\s+([^()\n]{2,60}?)\s*\)")
# how far before a statement's words its label may stand, and into them
_LABEL_BEFORE, _LABEL_INTO = 60, 12

# verbs whose object is the listener; "said to", "explained to": the listener after "to"
_OBJECT_CUE = re.compile(
    r"\b(?:told|tells|tell|telling|assured|assures|assuring|informed|informs|informing|"
    r"asked|asks|asking|warned|warns|warning|reminded|reminds|reminding|urged|urges|urging|"
    r"promised|promises|advised|advises|cautioned|notified|briefed|"
    r"(?:said|says|saying|remarked|explained|explains|replied|stressed|emphasi[sz]ed|"
    r"pointed\s+out|confided|complained|suggested|mentioned|repeated|wrote|writes|"
    r"conveyed|expressed|declared|admitted|confirmed|indicated)\s+to)\s+")
# words that open what was said after its listener ("told Doe that ...")
_COMPLEMENTISERS = frozenset(["that", "whether", "if", "to", "about", "how", "why", "what",
                              "when"])
# when, between a listener and the words: "told Doe privately", "told Doe late that evening"
_WHEN_AFTER_LISTENER = (r"(?:\s+(?:[a-z]+ly|late|early|later|that|this|the|next|same|evening|"
                        r"morning|night|afternoon|day|again|then))*")
# what may stand between the listener and the words: a complementiser, a colon, a quotation
_AFTER_OBJECT = re.compile(rf"{_WHEN_AFTER_LISTENER}\s*(?:,\s*)?"
                           rf"(?:{'|'.join(sorted(_COMPLEMENTISERS))}|:|“|\")?"
                           r"\s*[“\"‘']?\s*\Z")
# the writer as the listener: "He told me that ...", "assured me ..."
_TO_ME = re.compile(r"\bme(?:\s+[a-z]+ly)?\s*(?:,\s*)?(?:that|whether|if|to|about)?\s*[“\"‘']?\s*\Z")
# the words around a name in the object that still leave one person: titles, articles, a
# possessive ("the Foreign Minister", "Ambassador Doe", "his Soviet colleague Doe")
_OBJECT_FILLER = re.compile(r"^(?:\s|the|his|her|their|our|my|your|[A-Z][\w.’'\-]*|,)*$")
# how far before a statement's words its cue's object may start
_CUE_REACH = 120


# those present who speak for no one: the interpreter, the note-taker
_NO_PARTY = re.compile(r"\b(?:interpreter|interpreting|translator|note-?\s?taker|recorder|"
                       r"stenographer)\b", re.IGNORECASE)


def with_addressees(text: str, statements: list[Statement], mentions: list[PersonMention],
                    exchanges: list[ExchangeRecord] = (), people: list[LocalPerson] = (),
                    writer: str | None = None) -> list[Statement]:
    by_key = {e.key: e for e in exchanges}
    aside = {p.key for p in people if p.role and _NO_PARTY.search(p.role)}
    asked = _questions_before(text, statements)
    mentions = _Within(mentions)  # asked for the mentions of a span, statement by statement
    out = []
    for s in statements:
        listener = (_labelled(text, s, mentions) or _cue_object(text, s, mentions, writer, people)
                    or _called(text, s, mentions)
                    or _other_party(s, by_key.get(s.exchange_key), aside)
                    or asked.get(_span(s)))
        if listener and listener != s.speaker_key:
            s = replace(s, addressee_key=listener)
        out.append(s)
    return out


def _span(s: Statement) -> tuple[int, int, str]:
    return s.char_start, s.char_end, s.kind


def _questions_before(text: str, statements: list[Statement]
                      ) -> dict[tuple[int, int, str], str]:
    """A turn's span -> who asked the question it answers: the turn right before it, another
    speaker's, ends in a question mark ("Kissinger: Who is Endicott?  Vorster: A Britisher.")."""
    turns = sorted((s for s in statements if s.rule == "turn" and s.speaker_key),
                   key=lambda s: s.char_start)
    return {_span(b): a.speaker_key for a, b in pairwise(turns)
            if a.speaker_key != b.speaker_key and a.exchange_key == b.exchange_key
            and _asks(a.text) and not _asks(b.text)  # a question for a question: no answer
            and _next_turn(text[a.char_end:b.char_start])}


def _next_turn(gap: str) -> bool:
    """Whether only the next speaker's label stands between two turns: no turn between them
    that gave no statement ("Colby: [2 lines not declassified]")."""
    return len(gap) <= _LABEL_GAP and gap.count(":") <= 1 and "[" not in gap


_LABEL_GAP = 80  # a label and the blank lines around it


def _asks(words: str) -> bool:
    return words.rstrip(" ”\"’')]").endswith("?")


# a name called out to open or close a turn: "Tony, how do you see it?", "... , Mr. Minister."
_CALLED_AFTER = re.compile(r"\s*,")
_CALLED_BEFORE = re.compile(r",\s*\Z")
_CALLED_END = re.compile(r"\s*[.?!]?[”\"’']?\s*\Z")


def _called(text: str, s: Statement, mentions: _Within) -> str | None:
    if s.kind != "direct":
        return None
    inside = mentions.inside(s.char_start, s.char_end)
    head = [m for m in inside if not text[s.char_start:m.char_start].strip(" “\"‘'")
            and _CALLED_AFTER.match(text, m.char_end)]
    tail = [m for m in inside if _CALLED_BEFORE.search(text, s.char_start, m.char_start)
            and _CALLED_END.match(text[m.char_end:s.char_end])]
    # "you (Colby)": the one the words are to, named in brackets
    named_you = [m for m in inside if _YOU_BRACKET.search(text, max(0, m.char_start - 8),
                                                          m.char_start)]
    keys = {m.person_key for m in head + tail + named_you}
    return keys.pop() if len(keys) == 1 else None


_YOU_BRACKET = re.compile(r"\byou\s*\(\s*(?:Mr\.|Mrs\.|Dr\.)?\s*\Z", re.IGNORECASE)


def _labelled(text: str, s: Statement, mentions: _Within) -> str | None:
    line_start = text.rfind("\n", 0, s.char_start) + 1
    start = max(line_start, s.char_start - _LABEL_BEFORE)
    for m in _LABEL.finditer(text, start, min(s.char_end, s.char_start + _LABEL_INTO)):
        return _one_person(mentions, m.start(1), m.end(1))
    return None


def _cue_object(text: str, s: Statement, mentions: _Within,
                writer: str | None, people: list[LocalPerson]) -> str | None:
    """The one person a cue's object names right before the words ("told Doe that"), or the
    writer for "me"."""
    start = max(0, s.char_start - _CUE_REACH)
    cue = None
    for cue in _OBJECT_CUE.finditer(text, start, s.char_start):
        pass  # the last cue before the words
    if cue is None:
        return _cue_after(text, s, mentions)
    rest = text[cue.end():s.char_start]
    if writer and _TO_ME.match(rest):
        return writer
    named = mentions.inside(cue.end(), s.char_start)
    if not named:
        return _holder(rest, people)
    last = named[-1]
    after = text[last.char_end:s.char_start]
    before = text[cue.end():named[0].char_start]
    if not _AFTER_OBJECT.match(after) or not _OBJECT_FILLER.match(before):
        return None
    if len({m.person_key for m in named}) != 1 or re.search(r"\band\b|&", rest):
        return None  # two listeners: a group, none of them the addressee alone
    return last.person_key


# the words, then their speaker and cue: '"...," she told Doe late that evening, "...'
_SPEAKER_BETWEEN = re.compile(r"[\s,”\"’'.!?]*(?:(?:he|she|they|[A-Z][\w.’'\-]*)\s+){1,4}"
                              r"(?:also\s+|then\s+)?\Z")
_OBJECT_CLOSE = re.compile(rf"{_WHEN_AFTER_LISTENER}\s*[,.;:“\"]")


def _cue_after(text: str, s: Statement, mentions: _Within) -> str | None:
    """The one person named as the object of a cue right after the words ('"...," Roe told
    Doe late that evening')."""
    cue = _OBJECT_CUE.search(text, s.char_end, min(len(text), s.char_end + 60))
    if cue is None or not _SPEAKER_BETWEEN.match(text[s.char_end:cue.start()]):
        return None
    named = mentions.inside(cue.end(), min(len(text), cue.end() + 50))
    if not named or not _OBJECT_FILLER.match(text[cue.end():named[0].char_start]):
        return None
    first = named[0]
    if not _OBJECT_CLOSE.match(text, first.char_end):
        return None
    return first.person_key


# an office for the object: "told the chancellor that", "assured the Foreign Minister"
_THE_OFFICE = re.compile(r"(?:the|his|her|their)\s+([A-Za-z]+(?:\s+[A-Za-z]+){0,3})")



def _holder(rest: str, people: list[LocalPerson]) -> str | None:
    """The one person of the document whose role names the office the object names."""
    m = _THE_OFFICE.match(rest)
    words = []
    for word in m.group(1).split() if m else []:
        if word.lower() in _COMPLEMENTISERS:
            break
        words.append(word)
    # the office's words, as many as come before the words said ("the Foreign Minister that")
    offices = [" ".join(words[:n]) for n in range(len(words), 0, -1)
               if _AFTER_OBJECT.match(rest, m.start(1) + len(" ".join(words[:n])))]
    if not offices or offices[0].lower() in ("other", "same", "two", "three"):
        return None
    office = offices[0].lower()
    holders = {p.key for p in people
               if p.role and re.search(rf"\b{re.escape(office)}\b", p.role.lower())}
    return holders.pop() if len(holders) == 1 else None


def _other_party(s: Statement, exchange: ExchangeRecord | None, aside: set[str]) -> str | None:
    """In a recorded conversation of two (its interpreters and note-takers aside), each speaks
    to the other."""
    if exchange is None or exchange.key != "conversation" or not s.speaker_key:
        return None
    parties = set(exchange.participants) - aside
    if len(parties) == 2 and s.speaker_key in parties:
        return (parties - {s.speaker_key}).pop()
    return None


class _Within(ByStart):
    def inside(self, start: int, end: int) -> list[PersonMention]:
        """The mentions wholly inside [start, end), in text order."""
        return sorted((m for m in self.within(start, end) if m.char_end <= end),
                      key=lambda m: m.char_start)


def _one_person(mentions: _Within, start: int, end: int) -> str | None:
    keys = {m.person_key for m in mentions.inside(start, end)}
    return keys.pop() if len(keys) == 1 else None
