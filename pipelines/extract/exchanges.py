"""Exchanges: the conversations a document records or reports, and which one a statement was
said in.

Contract: pure functions, no state kept between calls.

- ``detect_meetings(text, mentions, dates, layout=None)`` finds the sentences that report a
  dated meeting or call with a person of the text in it ("the March 1990 talks held between
  Bush and Kaifu") and returns one ``ReportedMeeting`` per sentence (where, the date, the
  participants' person keys).  A document's statements are dated against the same detections
  (``pipelines.extract.said_on``): compute them once and pass them on.
- ``reported_exchanges(text, mentions, dates, found=None)`` are those meetings as
  ``ExchangeRecord``s ("On March 10 Thompson met Khrushchev ..."); ``found`` takes the
  detections already made, else they are made again.
- ``record_exchange(doc, mentions, statements)`` is the one conversation a primary record
  (memorandum of conversation, telcon, minutes) is of: its date and place from the dateline,
  its parties from the participants list, the title (a telcon's two ends) and the speakers,
  the side a participants list names each under, its subject from the subject list.
- ``link_statements`` ties each statement to the one exchange its speaker took part in on the
  day it was said, and leaves it unlinked otherwise.
- ``aside_date(text, date)``: a date that bounds a span or names a thing ("since 1954", "the
  1954 Geneva Conference") is not when anything in its sentence happened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise

from pipelines.document import (
    DateMention,
    Document,
    ExchangeRecord,
    PersonMention,
    Statement,
)
from pipelines.extract.dates import dates_a_paper
from pipelines.extract.persons_list import participant_sides
from pipelines.extract.segment import ByStart, Layout, Spans

# Records of a conversation, and the kind of exchange each records.
CONVERSATIONS = {"memorandum of conversation": "meeting", "minutes": "meeting",
                 "telephone conversation": "call"}
_CALL = re.compile(r"\b(?:telephone|telephoned|phone|phoned|call|called)\b", re.IGNORECASE)
EVENT = re.compile(r"\b(?:called\s+(?:in|on)|talks|summit|summits|meeting|meetings|met|meet|"
                   r"conversation|conversations|dinner|luncheon|lunch|breakfast|call|telephone|"
                   r"visit|visited|negotiations|discussions|dialogue|session|sessions|conference|"
                   r"audience|consultations|banquet|interview|trip|flew|travell?ed)\b",
                   re.IGNORECASE)
# an event named by its year: "the 1987 Tallisk summit", "the 1954 conference"
_NAMED_BY_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\s+(?:[A-Z][\w\-]*\s+){0,3}$")
# ", who became prime minister in December 1978," dates the person, not the meeting
_ASIDE = re.compile(r",\s+(?:who|which|whose|when)\b[^,]*,")
# characters before a date that hold the word in front of it ("since", "the", "Doe’s")
_WORD_BEFORE_REACH = 12
# characters after a date enough to see whether a word follows it (a space, then its letters)
_WORD_AFTER_REACH = 3


@dataclass(frozen=True)
class ReportedMeeting:
    """A meeting or call one sentence of the text reports, with its date and people."""

    start: int  # offset of the sentence that reports it
    paragraph: int
    date: DateMention
    participants: frozenset[str]


def detect_meetings(text: str, mentions: list[PersonMention], dates: list[DateMention],
                    layout: Layout | None = None) -> list[ReportedMeeting]:
    """The meetings the sentences of ``text`` report; ``layout``: the text's, when known."""
    layout = layout or Layout(text)
    found = []
    mentions_at, dates_at = ByStart(mentions), ByStart(dates)
    for i, sent in layout.sentences():
        # the cheap tests first (dates are the rarer): the event search costs most
        if not dates_at.any_within(sent.start, sent.end) or not mentions_at.any_within(
                sent.start, sent.end):
            continue
        people = frozenset(m.person_key for m in mentions_at.within(sent.start, sent.end))
        dated = dates_at.within(sent.start, sent.end)
        event = EVENT.search(text, sent.start, sent.end)
        if not event:
            continue
        asides = [m.span() for m in _ASIDE.finditer(text, sent.start, sent.end)]
        when = [d for d in dated if not any(a <= d.char_start < b for a, b in asides)
                and not aside_date(text, d) and not _paper_only(text, d)
                and not _bounds_period(text, d, dated)]
        named = _NAMED_BY_YEAR.search(text, max(sent.start, event.start() - 40), event.start())
        if named:  # "the 1987 Tallisk summit": held in 1987, whatever else the sentence dates
            when = [d for d in when if d.value[:4] == named.group(1)]
        if not when:
            continue
        best = min(when, key=lambda d: (d.precision == "year", abs(d.char_start - event.start())))
        found.append(ReportedMeeting(sent.start, i, best, people))
    return found


# the day of an event a period runs from: "what had happened since the Paris meeting on
# January 2", "in the week following the Premier's return to the capital on February 12"
_SINCE_EVENT = re.compile(r"(?:\bsince|\b(?:week|weeks|days|months?)\s+(?:following|after))\s+"
                          r"(?:the|his|her|its|their|[A-Z][\w’'\-]*[’']s)\s+[^.;]{0,80}?"
                          r"\b(?:on|of)\s+\Z", re.IGNORECASE)
_SINCE_REACH = 120


# words after a date that may still name the event it dates ("of June 13 supper meeting")
_EVENT_NOUN_REACH = 40


# a law or treaty named by its date: "the Trade Agreements Extension Act of 1955"
_NAMED_ACT = re.compile(r"\b(?:Act|Law|Treaty|Agreement|Convention|Resolution|Declaration|"
                        r"Accords?|Constitution|Charter|Code|Protocol)\s+of\s*\Z")


def _paper_only(text: str, d: DateMention) -> bool:
    """A date that dates a paper or names a law and no event ("referring to the letter of
    October 24", "the Extension Act of 1955"; not "report of June 13 supper meeting")."""
    if _NAMED_ACT.search(text, max(0, d.char_start - 20), d.char_start):
        return True
    if not dates_a_paper(text, d.char_start):
        return False
    after = re.match(r"[^.,;:]*", text[d.char_end:d.char_end + _EVENT_NOUN_REACH]).group()
    return not EVENT.search(after)


# what stands between a period's first day and its last: "November 1-January 31", "March 5 to
# April 4"
RANGE_TO = re.compile(r"\s*(?:to|through|until|till|[-–—])\s*", re.IGNORECASE)


def _bounds_period(text: str, d: DateMention, dated: list[DateMention]) -> bool:
    """A day that opens or closes a period ("November 1-January 31"): no meeting's."""
    return any(RANGE_TO.fullmatch(text, a.char_end, b.char_start)
               for a, b in pairwise(dated) if d in (a, b))


def aside_date(text: str, d: DateMention) -> bool:
    """A date that bounds a span or names a thing ("since 1954", "the 1954 Geneva
    Conference") is not when anything in the sentence happened."""
    before = text[max(0, d.char_start - _WORD_BEFORE_REACH):d.char_start].split()
    word = before[-1].lower() if before else ""
    if word in ("since", "until", "till") or _SINCE_EVENT.search(
            text, max(0, d.char_start - _SINCE_REACH), d.char_start):
        return True
    after = text[d.char_end:d.char_end + _WORD_AFTER_REACH]
    if word.endswith(("’s", "'s", "’", "'")) and not d.text[:1].islower():
        # "Doe’s May 16 memorandum" (but "at Doe’s last night": where the talk was held)
        return bool(re.match(r"\s+[A-Za-z]", after))
    return word in ("the", "its", "his", "her", "their") and bool(
        re.match(r"\s+[A-Z][a-z]", after))


def reported_exchanges(text: str, mentions: list[PersonMention], dates: list[DateMention],
                       found: list[ReportedMeeting] | None = None) -> list[ExchangeRecord]:
    """Meetings and calls a text reports with a date and at least one person in them;
    ``found``: ``detect_meetings`` of the same text, mentions and dates, when already made."""
    if found is None:
        found = detect_meetings(text, mentions, dates)
    out: dict[str, ExchangeRecord] = {}
    for meeting in found:
        end = text.find("\n", meeting.start)
        end = len(text) if end < 0 else end
        sentence = text[meeting.start:end]
        key = f"reported-{meeting.start}"
        out.setdefault(key, ExchangeRecord(
            key=key,
            kind="call" if _CALL.search(sentence) else "meeting",
            date=meeting.date.value,
            place=None,
            participants=tuple(sorted(meeting.participants)),
            subject=None,
            char_start=meeting.start,
            char_end=end,
        ))
    return list(out.values())


def record_exchange(doc: Document, mentions: list[PersonMention],
                    statements: list[Statement]) -> ExchangeRecord:
    blocks = Spans((m.char_start, m.char_end) for m in doc.markup
                   if m.kind in ("participant", "head"))
    parties = [m.person_key for m in mentions if blocks.hold(m.char_start)]
    parties += [s.speaker_key for s in statements if s.speaker_key]
    subject = "; ".join(doc.text[m.char_start:m.char_end] for m in doc.markup
                        if m.kind == "subject") or doc.title
    sides = participant_sides(doc, mentions)
    return ExchangeRecord(
        key="conversation",
        kind=CONVERSATIONS.get(doc.doc_type or "", "meeting"),
        date=doc.event_date,
        place=doc.place,
        participants=tuple(sorted(set(parties))),
        subject=subject,
        char_start=0,
        char_end=len(doc.text),
        sides=tuple(sorted((k, code) for k, code in sides.items() if k in set(parties))),
    )


def link_statements(statements: list[Statement],
                    exchanges: list[ExchangeRecord]) -> list[Statement]:
    """A statement belongs to the one exchange dated the day it was said with its speaker in
    it; with none or several, it stays unlinked (precision first)."""
    on_date: dict[str | None, list[ExchangeRecord]] = {}  # so a statement scans only its day's
    for e in exchanges:
        on_date.setdefault(e.date, []).append(e)
    out = []
    for s in statements:
        if s.exchange_key is None and s.speaker_key and s.said_on:
            hits = [e for e in on_date.get(s.said_on, ()) if s.speaker_key in e.participants]
            if len({e.key for e in hits}) == 1:
                s = replace(s, exchange_key=hits[0].key)
        out.append(s)
    return out
