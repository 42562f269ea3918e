"""Extraction: one pure function per concern, and ``extract_document`` that runs them all.

Contract: ``extract_document(doc) -> Extraction``: no I/O, no Prefect, deterministic, and no
state kept from one document to the next.  What several extractors read of a document (its
``Layout``, the meetings its sentences report) is computed once here and handed to them.  Dates
are resolved against the document's own date when the text gives none: the conversation's date
for a primary record, else ``published_on``; a record with no date of its own (an editorial
note) gives a month and day the year that puts them nearest its ``reference_date``.

News-style documents go through the prose extractors only.  Primary records read from TEI (a
``Document`` with markup) also use their persons list (``pipelines.extract.persons_list``),
speaker turns (``pipelines.extract.turns``) and dateline: a record of a conversation
(memorandum of conversation, telephone conversation, minutes, or any record with speaker
turns) dates every statement on the conversation's date and links it to the conversation's
exchange (``pipelines.extract.exchanges``).

``reset_caches()`` empties the memos of pure functions that extraction keeps (the same
answers, computed once): call it to free their memory or to time a cold start.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipelines.document import (
    TEXT_BLOCKS,
    DateMention,
    Document,
    Extraction,
    LocalPerson,
    PersonMention,
    Statement,
)
from pipelines.extract import names, people, persons_list
from pipelines.extract.addressees import with_addressees
from pipelines.extract.dates import extract_dates
from pipelines.extract.exchanges import (
    CONVERSATIONS,
    detect_meetings,
    link_statements,
    record_exchange,
    reported_exchanges,
)
from pipelines.extract.footnotes import with_footnote_roles
from pipelines.extract.initialisms import with_initialisms
from pipelines.extract.local_time import sent_at
from pipelines.extract.people import extract_people
from pipelines.extract.persons_list import record_people
from pipelines.extract.president import in_washington, with_the_president
from pipelines.extract.said_on import (
    day_before,
    excerpt_day,
    opening_talk_day,
    own_dateline,
    retold_spans,
    subject_talk_day,
    told_before,
)
from pipelines.extract.secretary import with_the_secretary
from pipelines.extract.segment import Layout, Spans
from pipelines.extract.sovereigns import with_the_sovereign
from pipelines.extract.speakers import Speaker
from pipelines.extract.statements import (
    extract_statements,
    forget_sentences,
    pieces_dated_alike,
)
from pipelines.extract.truecase import in_true_case, reset_memos
from pipelines.extract.turns import Turn, TurnReader, speaker_turns, turn_statements
from pipelines.extract.writer import document_writer, spoken_to

# Bump when extraction rules change: cached per-document results are keyed by it.
EXTRACTOR_VERSION = "2026.12.08-324"


@in_true_case  # a telegram in capitals is read in a true-cased copy (same offsets)
def extract_document(doc: Document) -> Extraction:
    if doc.markup:
        return extract_record(doc)
    people, mentions = with_initialisms(doc.text, *extract_people(doc.text))
    dates = extract_dates(doc.text, anchor=doc.published_on)
    layout = Layout(doc.text)
    meetings = detect_meetings(doc.text, mentions, dates, layout)
    statements = extract_statements(doc.text, people, mentions, dates, doc.published_on,
                                    layout=layout, meetings=meetings)
    exchanges = reported_exchanges(doc.text, mentions, dates, found=meetings)
    statements = _not_after(link_statements(statements, exchanges), doc.published_on)
    statements = with_addressees(doc.text, statements, mentions, exchanges, people)
    return Extraction(doc, tuple(people), tuple(mentions), _unique(statements), tuple(dates),
                      tuple(exchanges))


# records whose own words are written, not reported talk: their date is when the writer said it
_LETTERS = {"letter", "message"}


def _written_on(statements: list[Statement], doc: Document, writer) -> list[Statement]:
    """A letter's or message's own words ("I believe that ...") were said when it was written:
    its date, where nothing nearer dates them."""
    if writer is None or doc.doc_type not in _LETTERS or not doc.event_date:
        return list(statements)
    return [replace(s, said_on=doc.event_date)
            if s.speaker_key == writer.key and s.said_on is None else s for s in statements]


def _not_after(statements: list[Statement], written: str | None) -> list[Statement]:
    """No words are said after the text reporting them was written: such a said_on (a date
    misread, a plan told as done) becomes null."""
    if not written:
        return list(statements)
    return [replace(s, said_on=None) if s.said_on and s.said_on[:len(written)] > written
            else s for s in statements]


def _unique(statements: list[Statement]) -> tuple[Statement, ...]:
    """One statement per span and kind (two cues can report the same clause): the first, and
    the others of its joint speakers ("Doe and Roe said that ...": same cue and rule)."""
    first: dict[tuple[int, int, str], Statement] = {}
    speakers: set[tuple[int, int, str, str | None]] = set()
    out = []
    for s in statements:
        span = (s.char_start, s.char_end, s.kind)
        head = first.setdefault(span, s)
        joint = head is not s and (s.cue, s.rule) == (head.cue, head.rule)
        if (head is s or joint) and (*span, s.speaker_key) not in speakers:
            speakers.add((*span, s.speaker_key))
            out.append(s)
    return tuple(out)


def extract_record(doc: Document) -> Extraction:
    anchor = doc.event_date  # a volume's publication year says nothing of its contents
    people, mentions, turns = _record_speakers(doc)
    people, mentions = with_initialisms(doc.text, people, mentions)
    people = with_footnote_roles(doc, with_the_president(doc, with_the_secretary(doc, people)))
    dates = _dated_where_sent(doc, anchor)
    conversation = doc.doc_type in CONVERSATIONS or bool(turns)
    layout = Layout(doc.text)
    meetings = detect_meetings(doc.text, mentions, dates, layout)
    blocks = Spans((m.char_start, m.char_end) for m in doc.markup
                   if m.kind not in (*TEXT_BLOCKS, "person"))
    author = document_writer(doc, people, mentions)
    if author is not None and all(p.key != author.key for p in people):
        people = sorted([*people, author], key=lambda p: p.key)  # an office holder it named
    writer = Speaker(author.name, author.key) if author else None
    addressee = spoken_to(doc, people, mentions)  # a letter's "you", never its "he"
    reported = [s for s in extract_statements(doc.text, people, mentions, dates, anchor,
                                              conversation=conversation, layout=layout,
                                              meetings=meetings, record=True, writer=writer,
                                              in_washington=in_washington(doc),
                                              addressee=addressee and addressee.key)
                if not blocks.hold(s.char_start)]
    # "... at dinner last night, we ...", "Doe called me on the afternoon of August 3": the
    # talk's day, before any other dateline the record has
    covered = Spans(t.paragraph for t in turns)
    own_day = (conversation and opening_talk_day(doc.text, dates, layout, covered)) or \
        own_dateline(doc.text, dates, layout)
    said_on = _days_month(doc, own_day or doc.event_date) if conversation else None
    direct = turn_statements(turns, doc.text, said_on)
    if said_on is None or len(said_on) < len("YYYY-MM-DD"):
        # turns an editor's note quotes: the day of the talk its paragraph introduces (within
        # the record's own month or year, when it has one)
        direct = [replace(s, said_on=_within(excerpt_day(doc.text, dates, layout, s.char_start),
                                             said_on)) for s in direct]
    reported = [s for s in reported if not covered.hold(s.char_start)]
    if conversation:
        exchange = record_exchange(doc, mentions, direct + reported)  # its parties: a set
        exchanges = [exchange]
        # one copy of each statement: reported speech takes the conversation's date as well,
        # but for words retold from an earlier occasion ("he had told them that ...")
        direct = [replace(s, exchange_key=exchange.key) for s in direct]
        retold = retold_spans(doc.text, reported)
        reported = [replace(s, said_on=s.said_on if (s.char_start, s.char_end) in retold
                            else said_on or s.said_on, exchange_key=exchange.key)
                    for s in reported]
    statements = sorted(direct + reported, key=lambda s: (s.char_start, s.char_end, s.kind))
    parties = set() if conversation else _meeting_parties(doc, mentions)
    if parties:  # what its participants say undated was said at the meeting it records (on
        # the day its subject line gives it, when it does)
        met = subject_talk_day(doc.text, dates, layout) or doc.event_date
        statements = [s if s.said_on or s.speaker_key not in parties else
                      replace(s, said_on=met) for s in statements]
    elif not conversation and _meeting_dateline(doc):
        # "Washington, April 2, 1965, 2:05-3:05 p.m.": the record of a meeting held then;
        # what is said undated in it was said there, but words retold from before
        retold = retold_spans(doc.text, statements)
        statements = [s if s.said_on or (s.char_start, s.char_end) in retold
                      or told_before(doc.text, s) or _dated_near(doc.text, s)
                      else replace(s, said_on=doc.event_date) for s in statements]
    if not conversation:
        exchanges = reported_exchanges(doc.text, mentions, dates, found=meetings)
        statements = link_statements(statements, exchanges)
    # an undated record (an editorial note) was written by the volume's publication at latest
    statements = _not_after(pieces_dated_alike(doc.text, _written_on(statements, doc, writer)),
                            own_day or doc.event_date or doc.published_on)
    statements = with_addressees(doc.text, statements, mentions, exchanges, people,
                                 author.key if author else None)
    return Extraction(doc, tuple(people), tuple(mentions), _unique(statements), tuple(dates),
                      tuple(exchanges))


# a cable sent in the small hours tells of the day just ended: its "today", "tonight", "this
# afternoon" and "this evening" are the day before its dateline's ("this morning" may be
# either).  A Greenwich hour moved to local time may be an hour early (summer time): the hours
# near the bounds are left alone.
_SMALL_HOURS = 5
_SMALL_HOURS_SURE = 4
_LATE_EVENING_SURE = 23
_DAY_JUST_ENDED = re.compile(r"today|tonight|this\s+(?:afternoon|evening)", re.IGNORECASE)


def _dated_where_sent(doc: Document, anchor: str | None) -> list[DateMention]:
    """The record's dates, its "today" the day where and when it was written: "Cairo, March
    15, 1957—2 a.m.": its "this afternoon" is March 14; "Washington, September 28, 1967,
    0312Z": written on the evening of September 27, its "today" and "yesterday" count from
    the 27th."""
    dates = extract_dates(doc.text, anchor=anchor, reference=doc.reference_date)
    dateline = next((m for m in doc.markup if m.kind == "dateline"), None)
    if dateline is None or not anchor or len(anchor) != len("YYYY-MM-DD"):
        return dates
    sent = sent_at(doc.text[dateline.char_start:dateline.char_end], anchor)
    if sent is None:
        return dates
    day, hour, greenwich = sent
    if day == anchor and hour < (_SMALL_HOURS_SURE if greenwich else _SMALL_HOURS):
        return [replace(d, value=day_before(d.value)) if d.rule == "today"
                and d.value == anchor and _DAY_JUST_ENDED.fullmatch(d.text) else d
                for d in dates]
    if (day < anchor and hour < _LATE_EVENING_SURE) or (day > anchor and hour >= _SMALL_HOURS):
        return extract_dates(doc.text, anchor=day, reference=doc.reference_date)
    return dates


# participants listed that make a record the record of their meeting
_LEAST_PARTICIPANTS = 2


def _meeting_parties(doc: Document, mentions: list[PersonMention]) -> set[str]:
    """The participants (person keys) of the meeting a dated memorandum records when it lists
    them ("Memorandum for the Record ... PARTICIPANTS: President Carter, Secretary of State
    Vance, ..."), whatever its title calls it; none for other records."""
    spans = [(m.char_start, m.char_end) for m in doc.markup if m.kind == "participant"]
    if (len(doc.event_date or "") != len("YYYY-MM-DD") or len(spans) < _LEAST_PARTICIPANTS
            or doc.doc_type not in (None, "paper", "record")):
        return set()
    listed = Spans(spans)
    return {m.person_key for m in mentions if listed.hold(m.char_start)}


# a dateline giving the hours a meeting ran: "Washington, April 2, 1965, 2:05–3:05 p.m."
_MEETING_HOURS = re.compile(r"\n[^\n]{0,60}\b\d{4},\s+\d{1,2}(?::\d\d)?(?:\s*[ap]\.\s?m\.)?\s*"
                            r"[–-]\s*\d{1,2}(?::\d\d)?\s*[ap]\.\s?m\.\s*\n")
_HEAD_CHARS = 400
# a day, month or year near the words: they may be of another occasion ("reaffirmed in his
# October 26 press conference"), which the meeting's day must not overwrite
_MONTH_WORDS = ("January|February|March|April|May|June|July|August|September|October|November|"
                "December")
_DATE_NEAR = re.compile(rf"\b(?:{_MONTH_WORDS}|19\d\d)\b")
_DATE_REACH = 80
_SENTENCE_CLOSE = re.compile(r"[.!?]\s|\n")


def _dated_near(text: str, s: Statement) -> bool:
    """A month or year just before the words, in their paragraph, or after them in their
    sentence ("..., he said in his October 26 press conference"): maybe another day's words.
    Not one inside them ("a bill would be ready in January"): what they speak of."""
    start = max(text.rfind("\n", 0, s.char_start) + 1, s.char_start - _DATE_REACH)
    opening = [m.end() for m in _SENTENCE_CLOSE.finditer(text, start, s.char_start)]
    stop = min(len(text), s.char_end + _DATE_REACH)
    closing = _SENTENCE_CLOSE.search(text, s.char_end, stop)
    return bool(_DATE_NEAR.search(text, opening[-1] if opening else start, s.char_start)
                or _DATE_NEAR.search(text, s.char_end, closing.start() if closing else stop))


def _meeting_dateline(doc: Document) -> bool:
    """A dated paper or record whose dateline gives the hours of a meeting."""
    return (len(doc.event_date or "") == len("YYYY-MM-DD")
            and doc.doc_type in (None, "paper", "record")
            and bool(_MEETING_HOURS.search(doc.text, 0, _HEAD_CHARS)))


# a head's dateline giving days of one month: "Washington, March 6-7, 1972"
_DAYS_RANGE = re.compile(rf"\b(?:{_MONTH_WORDS})\s+(\d{{1,2}})\s*[-–]\s*\d{{1,2}},\s+\d{{4}}\b")
# a month and day: the first date of a record's head
_MONTH_DAY = re.compile(rf"\b(?:{_MONTH_WORDS})\s+\d{{1,2}}\b")


def _days_month(doc: Document, day: str | None) -> str | None:
    """The record's day, or only its month when the first date of its head is several days
    from that day on ("Washington, March 6-7, 1972"; not a conference's days after the
    record's own "Paris, December 16, 1958, 9:45 a.m.", nor a trip's around it, "(June 18-28,
    1962)"): which of them words were said on, the record does not say."""
    first = _MONTH_DAY.search(doc.text, 0, _HEAD_CHARS)
    ranged = first and _DAYS_RANGE.match(doc.text, first.start(), _HEAD_CHARS)
    if day and len(day) == len("YYYY-MM-DD") and ranged and int(ranged.group(1)) == int(day[-2:]):
        return day[:len("YYYY-MM")]
    return day


def _within(day: str | None, period: str | None) -> str | None:
    """``day`` if it falls in ``period`` (or there is none), else ``period``."""
    return day if day and day.startswith(period or "") else period


def _record_speakers(doc: Document
                     ) -> tuple[list[LocalPerson], list[PersonMention], list[Turn]]:
    """The record's people and mentions, with the office holders it names by title alone ("The
    President"), and its speaker turns.  The turns are read once the office holders are known,
    reusing the titles the first reading found before each mention."""
    people, mentions = record_people(doc)
    people = with_the_sovereign(doc, people)  # "Shah said ...": the volume's one Shah
    reader = TurnReader(doc, people, mentions)
    offices = reader.office_mentions()  # adds the office holders to reader.added
    people = sorted([*people, *reader.added], key=lambda p: p.key)
    mentions = with_unmarked(mentions, offices)
    reader = TurnReader(doc, people, mentions, reader.titles_at)
    turns = speaker_turns(doc, people, mentions, reader)
    known = {p.key for p in people}  # turn labels can name an office's holder too
    people = sorted([*people, *(p for p in reader.added if p.key not in known)],
                    key=lambda p: p.key)
    return people, mentions, turns


def with_unmarked(mentions: list[PersonMention], more: list[PersonMention]
                  ) -> list[PersonMention]:
    """``mentions`` and those of ``more`` whose span no mention holds yet, in text order: a
    span names one person (a title the source already marks up, "the King" read twice, keeps
    its first reading), so a mention's ID, a hash of its span, is never made twice."""
    taken = {(m.char_start, m.char_end) for m in mentions}
    out = list(mentions)
    for m in more:
        if (m.char_start, m.char_end) not in taken:
            taken.add((m.char_start, m.char_end))
            out.append(m)
    return sorted(out, key=lambda m: (m.char_start, m.char_end))


def reset_caches() -> None:
    """Empty every memo extraction keeps: memos of pure functions, so answers do not change,
    only the memory they hold and the time of the next calls (the reader has its own:
    ``pipelines.readers.reset_caches``)."""
    for memo in (names._word, names.normalise, names.fold, people._peeled_alone,
                 people._name_word, people.ordinary_word, people.english_lead,
                 persons_list.name_tokens, persons_list.title_in, persons_list.role_country):
        memo.cache_clear()
    reset_memos()  # true casing's word lists and memos
    forget_sentences()  # the reports of the sentences parsed
