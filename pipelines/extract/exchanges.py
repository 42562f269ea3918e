"""Meetings and calls a report describes, and when a statement was said.

Contract: ``detect_exchanges(text, mentions, dates)`` finds sentences that report a meeting
("the March 1990 talks held between Bush and Kaifu") and returns ``Exchange``s (where in the
text, the date, the participants' person keys).  ``SaidOn.for_statement`` dates a statement:

1. a date stated in the statement's own sentence before the cue ("In July, X said ..."), not
   one that bounds a span or names a thing ("since 1954", "the 1954 Geneva Conference");
   else the date that opens an earlier sentence of the paragraph ("On June 8, Doe called
   Roe. ... Roe said ...");
2. the meeting the speaker took part in: the latest one reported earlier in the same
   paragraph, else the first one of the document that has the speaker among its participants;
3. the report's own date (published_on) for a present-day commentator (an academic, historian,
   journalist, ...) or for a present-tense cue ("says");
4. otherwise None: never a guess.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from pipelines.document import DateMention, LocalPerson, PersonMention
from pipelines.extract.segment import ByStart, Layout
from pipelines.extract.segment import layout as layout_of

EVENT = re.compile(r"\b(?:called\s+(?:in|on)|talks|summit|summits|meeting|meetings|met|meet|conversation|"
                   r"conversations|dinner|luncheon|lunch|breakfast|call|telephone|visit|visited|"
                   r"negotiations|discussions|dialogue|session|sessions|conference|audience|"
                   r"consultations|banquet|interview|trip|flew|travell?ed)\b", re.IGNORECASE)
COMMENTATOR = re.compile(r"\b(?:professor|historian|scholar|researcher|analyst|expert|"
                         r"archivist|journalist|author|writer|editor|correspondent|reporter|"
                         r"lecturer|fellow|specialist|political scientist|commentator)\b", re.IGNORECASE)
# ", who became prime minister in December 1978," dates the person, not the meeting
_ASIDE = re.compile(r",\s+(?:who|which|whose|when)\b[^,]*,")
PRESENT_CUES = {"says", "adds", "notes", "argues", "writes", "explains", "recalls", "insists",
                "tells", "suggests", "stresses", "believes", "warns"}


@dataclass(frozen=True)
class Exchange:
    start: int  # offset of the sentence that reports it
    paragraph: int
    date: DateMention
    participants: frozenset[str]


def detect_exchanges(text: str, mentions: list[PersonMention], dates: list[DateMention],
                     layout: Layout | None = None) -> list[Exchange]:
    """The reported exchanges; asked twice of the same text, mentions and dates (for dating
    statements, then for the document's exchanges), the last answer is given again."""
    asked = (text, tuple(mentions), tuple(dates))
    last = _last_asked[0]  # read once: another thread may replace it meanwhile
    if last is not None and last[0] == asked:
        return list(last[1])
    found = _detect(text, mentions, dates, layout or layout_of(text))
    _last_asked[0] = (asked, found)
    return list(found)


# (question, answer) of the latest detect_exchanges call: one entry, so bounded
_last_asked: list = [None]


def _detect(text: str, mentions: list[PersonMention], dates: list[DateMention],
            layout: Layout) -> list[Exchange]:
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
                and not _aside_date(text, d)]
        if not when:
            continue
        best = min(when, key=lambda d: (d.precision == "year", abs(d.char_start - event.start())))
        found.append(Exchange(sent.start, i, best, people))
    return found


def _aside_date(text: str, d: DateMention) -> bool:
    """A date that bounds a span or names a thing ("since 1954", "the 1954 Geneva
    Conference") is not when anything in the sentence happened."""
    before = text[max(0, d.char_start - 12):d.char_start].split()
    word = before[-1].lower() if before else ""
    if word in ("since", "until", "till"):
        return True
    if word.endswith(("’s", "'s", "’", "'")):  # "Doe’s May 16 memorandum"
        return bool(re.match(r"\s+[A-Za-z]", text[d.char_end:d.char_end + 3]))
    return word in ("the", "its", "his", "her", "their") and bool(
        re.match(r"\s+[A-Z][a-z]", text[d.char_end:d.char_end + 3]))


def _in_closed_parenthesis(text: str, start: int, pos: int, limit: int) -> bool:
    """A date inside a parenthesis closed before the cue ("(Telegram 1436, May 8) The Embassy
    advised ...") is a citation of what came before, not the time of this statement."""
    opened = text.rfind("(", start, pos)
    return opened >= 0 and text.rfind(")", opened, pos) < 0 and 0 <= text.find(")", pos, limit)


class _Citation:
    """Where the citation parenthesis after a sentence runs: "(Telegram 274 from X, July 22;"."""

    OPEN = re.compile(r"\((?:Circular\s+)?(?:telegram|memorandum|letter|airgram|despatch|"
                      r"message|cable|note|memo)s?\b[^();]{0,120}", re.IGNORECASE)

    INLINE = re.compile(r"\b(?:in|by)\s+(?:circular\s+)?(?:telegram|memorandum|letter|airgram|"
                        r"message|cable)\b[^.;()]{0,80}", re.IGNORECASE)

    def compile_at(self, text: str, pos: int, sent_end: int) -> tuple[int, int] | None:
        inline = self.INLINE.search(text, pos, sent_end)  # "..., the Embassy reported in
        if inline:                                        # telegram 274, July 22."
            return inline.start(), inline.end()
        # the parenthesis ends the statement's sentence or directly follows it
        window_end = min(len(text), sent_end + 3)
        close = text.rfind("(", pos, window_end)
        if close < 0 or "\n" in text[sent_end:close]:
            return None
        between = text[pos:close]
        if re.search(r"[.!?][”\"’']?\s+[A-Z]", between):  # another sentence in between
            return None
        m = self.OPEN.match(text, close)
        return (m.start(), m.end()) if m else None


_CITATION = _Citation()


class SaidOn:
    def __init__(self, text: str, people: list[LocalPerson], mentions: list[PersonMention],
                 dates: list[DateMention], published_on: str | None, layout: Layout):
        self.text = text
        self.roles = {p.key: p.role or "" for p in people}
        self.dates = sorted(dates, key=lambda d: d.char_start)
        self.date_starts = [d.char_start for d in self.dates]
        self.published_on = published_on
        self.layout = layout
        self.exchanges = detect_exchanges(text, mentions, dates, layout)
        self.mention_starts = sorted(m.char_start for m in mentions)
        # each speaker's exchanges (indices, in order), so a statement looks only at those
        self.exchanges_of: dict[str, list[int]] = {}
        for i, e in enumerate(self.exchanges):
            for key in e.participants:
                self.exchanges_of.setdefault(key, []).append(i)

    def for_statement(self, speaker, cue_pos: int, content_start: int,
                      cue: str | None) -> str | None:
        located = self.layout.sentence_at(min(cue_pos, content_start))
        if located is None:
            return None
        para, sent = located
        limit = min(cue_pos, content_start)
        # only dates starting in [sent.start, limit] can lie there (self.dates is sorted)
        nearby = self.dates[bisect.bisect_left(self.date_starts, sent.start):
                            bisect.bisect_right(self.date_starts, limit)]
        own = [d for d in nearby if sent.start <= d.char_start and d.char_end <= limit
               and not _aside_date(self.text, d)
               and not _in_closed_parenthesis(self.text, sent.start, d.char_start, limit)]
        if own:
            return own[-1].value
        cited = self._citation(max(cue_pos, content_start), sent.end)
        if cited:
            return cited.value
        frame = self._frame(para, sent.start)
        if frame:
            return frame.value
        if speaker.key:
            ex = self._exchange(speaker.key, para, cue_pos)
            if ex:
                return ex.date.value
        if self._commentator(speaker.key, cue):
            return self.published_on
        return None

    def _citation(self, pos: int, sent_end: int) -> DateMention | None:
        """The date of the document an editor cites for the sentence, in the parenthesis that
        closes it: "... reported that X. (Telegram 1748 from Seoul, June 30; ...)"."""
        m = _CITATION.compile_at(self.text, pos, sent_end)
        if m is None:
            return None
        i = bisect.bisect_left(self.date_starts, m[0])
        while i < len(self.dates) and self.dates[i].char_start < m[1]:
            if self.dates[i].precision == "day":
                return self.dates[i]
            i += 1
        return None

    def _frame(self, para: int, before: int) -> DateMention | None:
        """The date that opens the latest earlier sentence of the paragraph that has one ("On
        June 8, Doe called Roe. ... Doe said ..."): narrative time the paragraph moves in."""
        for sent in reversed(self.layout.blocks[para].sentences):
            if sent.start >= before:
                continue
            i = bisect.bisect_left(self.date_starts, sent.start)
            while i < len(self.dates) and self.dates[i].char_start < sent.end:
                d = self.dates[i]
                # opening: only a few words (no person) since the sentence or a citation began
                lead = self.text[sent.start:d.char_start].rsplit(")", 1)[-1]
                if lead.lstrip().startswith("("):
                    i += 1  # a citation dates the sentence before it, not what follows
                    continue
                j = bisect.bisect_left(self.mention_starts, d.char_start - len(lead))
                named = j < len(self.mention_starts) and self.mention_starts[j] < d.char_start
                if len(lead.strip()) <= 30 and not named and not _aside_date(self.text, d):
                    return d
                i += 1
        return None

    def _exchange(self, key: str, para: int, pos: int) -> Exchange | None:
        """Latest meeting of the speaker in this paragraph, else the document's main meeting
        (its first), else the speaker's latest meeting before the statement."""
        before = [e for e in self.exchanges[:1] if e.start <= pos]  # the first, if before
        mine = [self.exchanges[i] for i in self.exchanges_of.get(key, ())
                if self.exchanges[i].start <= pos]
        here = [e for e in mine if e.paragraph == para]
        if here:
            return here[-1]
        if before and key in before[0].participants:
            return before[0]
        return mine[-1] if mine else None

    def _commentator(self, key: str | None, cue: str | None) -> bool:
        if cue in PRESENT_CUES:
            return True
        return bool(key and COMMENTATOR.search(self.roles.get(key, "")))
