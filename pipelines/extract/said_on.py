"""When a statement was said.

Contract: ``SaidOn(text, people, mentions, dates, published_on, layout, meetings)`` reads one
text (``meetings``: its ``detect_meetings``, from ``pipelines.extract.exchanges``) and keeps no
state between texts.  ``for_statement(speaker, cue_pos, content_start, cue)`` gives the ISO
partial date a statement was said on:

1. a date stated in the statement's own sentence before the cue ("In July, X said ..."), not
   one that bounds a span or names a thing ("since 1954", "the 1954 Geneva Conference"); else
   the date of the document an editor cites for the sentence ("... (Telegram 1748, June 30)");
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

from pipelines.document import DateMention, LocalPerson, PersonMention
from pipelines.extract.exchanges import ReportedMeeting, aside_date
from pipelines.extract.segment import Layout

COMMENTATOR = re.compile(r"\b(?:professor|historian|scholar|researcher|analyst|expert|"
                         r"archivist|journalist|author|writer|editor|correspondent|reporter|"
                         r"lecturer|fellow|specialist|political scientist|commentator)\b",
                         re.IGNORECASE)
PRESENT_CUES = {"says", "adds", "notes", "argues", "writes", "explains", "recalls", "insists",
                "tells", "suggests", "stresses", "believes", "warns"}
# characters past a sentence's end where the citation parenthesis after it may open
_CITATION_REACH = 3
# longest opening (in characters, no person named) before the date that frames a paragraph
_FRAME_LEAD = 30


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
        window_end = min(len(text), sent_end + _CITATION_REACH)
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
                 dates: list[DateMention], published_on: str | None, layout: Layout,
                 meetings: list[ReportedMeeting]):
        self.text = text
        self.roles = {p.key: p.role or "" for p in people}
        self.dates = sorted(dates, key=lambda d: d.char_start)
        self.date_starts = [d.char_start for d in self.dates]
        self.published_on = published_on
        self.layout = layout
        self.meetings = meetings
        self.mention_starts = sorted(m.char_start for m in mentions)
        # each speaker's meetings (indices, in order), so a statement looks only at those
        self.meetings_of: dict[str, list[int]] = {}
        for i, e in enumerate(self.meetings):
            for key in e.participants:
                self.meetings_of.setdefault(key, []).append(i)

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
               and not aside_date(self.text, d)
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
            meeting = self._meeting(speaker.key, para, cue_pos)
            if meeting:
                return meeting.date.value
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
                if len(lead.strip()) <= _FRAME_LEAD and not named and not aside_date(self.text, d):
                    return d
                i += 1
        return None

    def _meeting(self, key: str, para: int, pos: int) -> ReportedMeeting | None:
        """Latest meeting of the speaker in this paragraph, else the document's main meeting
        (its first), else the speaker's latest meeting before the statement."""
        before = [e for e in self.meetings[:1] if e.start <= pos]  # the first, if before
        mine = [self.meetings[i] for i in self.meetings_of.get(key, ())
                if self.meetings[i].start <= pos]
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
