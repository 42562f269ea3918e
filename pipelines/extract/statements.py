"""Statements: quoted words (direct) and reported speech (indirect), with speaker and date.

Contract: ``extract_statements(text, people, mentions, dates, published_on)`` -> ``Statement``s in
text order.  Pure and deterministic.  ``text[char_start:char_end]`` is the quoted words (without
the marks) or the reported clause.  Rules:

- direct: a quotation with a speech cue after it (“...,” Kaifu said / said Kaifu / he said) or
  just before it (Sahashi said: “...”); an uncued quotation in a paragraph whose quotations have
  one speaker continues that speaker, as does a paragraph that opens with an uncued quotation
  right after a direct statement.  Short uncued quotations are scare quotes, not statements.
  Words quoted inside a quotation are part of it, never a statement of the outer speaker.
- indirect: a speech verb outside quotations whose subject is a person ("Bush suggested ...",
  "he added that ...", "the prime minister told Reagan that ...", "According to Sahashi, ...").
  A non-person speaker ("the ministry said that ...", "the Embassy in X advised that ...") is
  kept only with an explicit "that".
- a quotation after a colon belongs to the sentence's speaker or subject ("Doe added that his
  view was mixed: “...”"), and a paragraph opening with a quotation after a paragraph that
  announces it ("Doe described the lunch as follows:") is the announcing subject's; one a
  sentence names as what the sentence before announced ("Doe said he would like to ask a
  question. The question was: “...”") is that sentence's subject's.
- the writer's own cue announcing the words ("I read following statement; Doe took notes:",
  "I told him:") makes them the writer's, whoever else the sentence names (none when the writer
  is unknown, or the text is another's: "read him the following message from Roe:"); so are
  words drafted for another to deliver "on our behalf", and numbered points others only "concur
  in", both dated the record's day.
- continuation: an uncued sentence right after reported speech goes on reporting it when it
  opens with a connective ("However, ..."), or in a record of a conversation when the
  paragraph opened with the speaker and the verb ("The Prime Minister said that ...").
- said_on (see ``pipelines.extract.said_on``): a date stated before the cue in the same
  sentence; else the date of the reported meeting the speaker took part in; else the report's own
  date for a present-day commentator; else null.

A document's extractors share one segmentation and one detection of reported meetings: pass them
as ``layout`` and ``meetings`` (without them, they are computed for this call only).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from itertools import islice, pairwise

from pipelines.document import DateMention, LocalPerson, PersonMention, Statement
from pipelines.extract.english import senses
from pipelines.extract.exchanges import ReportedMeeting, detect_meetings
from pipelines.extract.given_names import GIVEN_NAMES
from pipelines.extract.lexicon import CLAUSE_ONLY, ROLE_NOUNS, SPEECH_VERBS
from pipelines.extract.parse import parse as parse_sentences
from pipelines.extract.quoted_records import (
    DEAR,
    quoted_records,
    signed_letters,
    signer,
    unquoted,
)
from pipelines.extract.reported import (
    CUES,
    HELD_VIEWS,
    TALK_NOUNS,
    Report,
    coordinated_cue,
    cue_positions,
    has_cue,
    reported_speech,
)
from pipelines.extract.said_on import SaidOn
from pipelines.extract.segment import Block, Layout, Quote, Span, strip_span
from pipelines.extract.speakers import Speaker, SpeakerResolver

QUOTE_VERBS = (r"said|says|say|added|adds|told|asked|asks|replied|continued|explained|wrote|"
               r"writes|noted|notes|recalled|insisted|argued|argues|stressed|warned|remarked|"
               r"answered|responded|observed|declared|concluded|conceded|agreed|predicted|"
               r"acknowledged|cautioned|recalls|explains|added|joked|complained|suggested|reported|"
               r"emphasized|emphasised|stated|reiterated")
_SUBJ = (r"(?:[A-Z][\w.’'\-]*(?:\s+(?:[A-Z][\w.’'\-]*|of|the|de|van|von))*|[Hh]e|[Ss]he|I|"
         r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+[\w.’'\- ]{2,40}?)")
_CUE_AFTER_INV = re.compile(rf"^\s*,?\s*(?P<verb>{QUOTE_VERBS}|according to)\s+(?P<subj>{_SUBJ})"
                            r"(?=\s*(?:[,.;:!?]|$|\s+(?:in|at|on|during|after|when|who|to)\b))")
_CUE_AFTER = re.compile(rf"^\s*,?\s*(?P<subj>{_SUBJ}?)\s*(?P<app>,[^,“”\"]{{2,120}},\s*)?"
                        rf"(?:\w+ly\s+)?(?P<verb>{QUOTE_VERBS})\b")
# the cue before a quotation, its listener with it: "said:", "told reporters", "stressed to
# Prime Minister Doe that"
_CUE_BEFORE = re.compile(rf"\b(?P<verb>{QUOTE_VERBS}|called|described|calling|saying|adding|"
                         r"noting|writing)(?:\s+(?:to\s+)?(?:it|this|that|him|her|them|reporters|"
                         r"[A-Z][\w’'\-.]+(?:\s+[A-Z][\w’'\-]+){0,2}))?(?:\s+that)?(?:\s+as)?"
                         r"\s*[,:]?\s*$")
_CUE_AS = re.compile(r"\b(?P<verb>described|called|characteri[sz]ed|termed|labell?ed)"
                     r"(?:\s+[\w’'\-]+){1,6}?\s+as\s*$")
_ACCORDING = re.compile(r"\b[Aa]ccording to\s+")
# "that morning", "that day": a time, not the conjunction
_TIME_NOUNS = r"morning|afternoon|evening|night|day|week|month|year|time|moment|occasion"
_THAT_AFTER = re.compile(r"^\s*(?:[^,.;“”\"]{0,60}?\s)?that\s+(?!(?:" + _TIME_NOUNS + r")\b)")
# a clause of its own between the listener and a "that": "informed the Minister we are aware
# that X" reports "we are aware that X"
_OWN_CLAUSE_BEFORE_THAT = re.compile(
    r"\s(?=(?:he|she|they|we|I|it)\s+(?:are|is|was|were|had|have|would|will|could|felt|"
    r"thought|believed|knew|understood)\b)")
# what the words were about, whose "that" may be a relative's: "told him of the suggestion I
# had made that ..."
_ABOUT = re.compile(r"\s(?:of|about|on|regarding|concerning)\s")
_SPOKESPERSON = re.compile(r"\bspokes(?:man|woman|person)\b", re.IGNORECASE)
_OBJECT_THEN_THAT = {"told", "tells", "assured", "informed", "warned", "reminded", "asked",
                     "advised", "urged", "promised", "telling", "assuring", "warning"}
# a cue with only its topic after "on": "commented on the report and sent a copy", "elaborated
# on future courses of action" (not "on how ...", nor a topic with its words: ", saying that")
_ON_TOPIC_VERBS = {"commented", "elaborated", "touched", "dwelt", "reported"}
_ON_TOPIC = re.compile(r"\s+(?:up)?on\s+(?!(?:how|what|why|whether|where|when|the\s+fact)\b)"
                       r"(?![^.;:]*\b(?:that|saying|stating|noting|adding)\b)[^,;:“”\"]*(?:[.;]|\Z)")
# an indirect question, and the answer that may follow it in the sentence: "asked whether X;
# Mr. Roe replied ...", "asked if X and Doe said ..." (after a clause's boundary only: "asked
# whether the President said X" asks about what he said)
_QUESTION = re.compile(r"\s*(?:if|whether)\b")
# a speaker who takes the floor, and the cue: "he replied", "Mr. Roe then said"
_TAKES_THE_FLOOR = (r"(?:he|she|they|(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][\w.’'\-]+(?:\s+[A-Z][\w.’'\-]+)"
                    r"{0,2})\s+(?:then\s+|at\s+once\s+|immediately\s+)?(?:said|replied|answered|"
                    r"responded|stated|remarked|commented|observed|rejoined|agreed")
_ANSWER = re.compile(r"(?:\s*;|,|\s+and|\s+but|,?\s+to\s+which)\s+(?=" + _TAKES_THE_FLOOR +
                     r"|explained|indicated|noted)\b)")
# a reply put as a question: "responded by asking whether", "countered by inquiring if"
_BY_ASKING = re.compile(r"\s+by\s+(?:asking|inquiring|enquiring)\s+(?:\w+\s+)?(?=(?:whether|if|"
                        r"what|why|how|when)\b)")
# an indirect question after "asked", its asked one between: "asked (Doe) if there was ..."
_ASKED_IF = re.compile(r"\s+(?:(?:me|us|him|her|them)\s+|(?:the\s+)?(?:[A-Z][\w.’'\-]*\s+){1,4})?"
                       r"(if|whether)\b")
_GERUNDS = {"saying": "clause", "telling": "clause", "noting": "clause", "adding": "clause",
            "arguing": "clause", "insisting": "clause", "warning": "clause",
            "stressing": "object", "suggesting": "clause", "explaining": "clause",
            "indicating": "clause", "stating": "clause"}


def _by_first_letter(words: list[str]) -> str:
    """An alternation of words grouped by their first letter ("a(?:dded|sked)|s(?:aid)"): the
    same matches between word boundaries, but at each word only one group is tried."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


_VERB_RE = re.compile(r"\b(" + _by_first_letter(sorted(set(SPEECH_VERBS) | set(_GERUNDS),
                                                         key=len, reverse=True)) + r")\b")
# a source named after the words: ", according to Doe.", ", as he put it.", ", he said."; not
# a clause of the words ("that, as before, he will be under UN auspices")
_TRAILING_SOURCE = re.compile(
    r",\s+(?:according\s+to\b[^,]{0,60}|as\s+(?:he|she|they|[A-Z][\w.]*)\s+[^,]{0,40}|"
    r"(?:he|she)\s+(?:\w+ly\s+)?(?:said|says|added|adds|stated|noted|explained|continued|"
    r"went\s+on|insisted|recalled|believed|thought|felt|argued|observed|remarked)\b[^,]{0,40})$"
    r"|[\s,;:.]+$")
_PERSON_CUE_INDIRECT_NONPERSON = {"said", "says", "told", "stated", "added", "announced",
                                  "confirmed", "explained", "noted", "reported", "advised",
                                  "informed", "replied", "responded", "warned", "concluded"}
MIN_QUOTE_WORDS = 3
# a quotation whose mark stands within this many characters of its paragraph's start opens it
_PARAGRAPH_OPENING = 3
# characters before a quotation searched for the cue that introduces it ("Doe said: “...")
_CUE_BEFORE_REACH = 200
# characters before a verb that can hold its subject, appositions included ("Doe, a ..., said")
_SUBJECT_REACH = 240
# characters before a verb that can hold a body as its subject ("the Embassy in Saigon")
_BODY_SUBJECT_REACH = 120
# characters after a name read for an apposition and the verb after it ("Doe, a historian
# at ... who has written on the crisis, put it bluntly")
_APPOSITION_REACH = 200
# "According to X, ..." reports only when it opens its sentence (after a mark or a space)
_ACCORDING_OPENING = 2
# a record's heading ("Memorandum of Conversation", "PARTICIPANTS") is among its first blocks
_HEADING_BLOCKS = 8
_BODY_SUBJECT = re.compile(r"(?:^|(?<=[\s,]))((?:[Tt]he|[Aa]n?)\s+(?:[A-Z][\w.\-]*\s+){0,2}"
                           r"(?:Embassy|Consulate|Mission|Delegation|Department|Ministry|"
                           r"Government|Office)\s+(?:of|in|at|to)\s+(?:the\s+)?"
                           r"[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2})$")


class _Covered:
    """Whether an offset lies inside a statement found so far.  ``out`` is only ever appended
    to; the statements added since the last question are indexed by start, and only those that
    start within the longest statement's length before the offset can hold it (a scan of every
    statement for every verb was quadratic on long texts)."""

    def __init__(self, out: list[Statement]):
        self.out = out
        self.indexed = 0
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.longest = 0

    def __contains__(self, pos: int) -> bool:
        for s in self.out[self.indexed:]:
            i = bisect.bisect_right(self.starts, s.char_start)
            self.starts.insert(i, s.char_start)
            self.ends.insert(i, s.char_end)
            self.longest = max(self.longest, s.char_end - s.char_start)
        self.indexed = len(self.out)
        lo = bisect.bisect_right(self.starts, pos - self.longest)
        hi = bisect.bisect_right(self.starts, pos)
        return any(pos < self.ends[i] for i in range(lo, hi))


@dataclass(frozen=True)
class _CuedQuote:
    """A quotation of a paragraph, with its speaker and cue when found."""

    quote: Quote
    speaker: Speaker | None
    cue: str | None  # the speech verb, None when none was found
    cue_pos: int  # where the words count as said: the cue, an announcing colon or the mark
    said_on: str | None = None  # when the text says outright (words drafted in the record)


@dataclass
class _Ctx:
    text: str
    layout: Layout
    resolver: SpeakerResolver
    said_on: SaidOn
    out: list[Statement]
    turns: bool = False  # paragraphs are speakers' turns (a record of a conversation)
    writer: Speaker | None = None  # who "I" is: the record's author
    parse: bool = True  # read sentences the rules find nothing in off a dependency parse
    record: bool = False  # a primary record: a paragraph opening "Doe said" is Doe's turn
    covered: _Covered = field(init=False)
    parses: dict | None = None  # sentence start -> (its length, its reports); None on a first
    # reading
    wanted: set = field(default_factory=set)  # the sentences a first reading would parse
    # what both readings of the text ask of a sentence, by its start: whether it has a cue
    # (``has_cue``), whether a cue's subject may be named (``_may_name_speaker``), and the
    # offsets of its speech verbs outside its paragraph's quotations
    cues: dict = field(default_factory=dict)
    nameable: dict = field(default_factory=dict)
    verbs: dict = field(default_factory=dict)
    inner: bool = False  # reading a record quoted inside the text: it reports throughout

    def __post_init__(self) -> None:
        self.covered = _Covered(self.out)


def _year(iso: str | None) -> int | None:
    return int(iso[:4]) if iso and iso[:4].isdigit() else None


def extract_statements(text: str, people: list[LocalPerson], mentions: list[PersonMention],
                       dates: list[DateMention], published_on: str | None = None,
                       *, conversation: bool | None = None, layout: Layout | None = None,
                       meetings: list[ReportedMeeting] | None = None,
                       writer: Speaker | None = None, parse: bool = True,
                       record: bool = False, quoted: bool = True,
                       in_washington: bool = False, addressee: str | None = None
                       ) -> list[Statement]:
    """``conversation``: whether the text records a conversation (a memorandum of
    conversation, whose paragraphs are speakers' turns); None reads it from the text's head.
    ``layout`` and ``meetings``: the text's ``Layout`` and ``detect_meetings`` (of these
    mentions and dates), when the caller has them; else computed here.  ``writer``: the
    record's author, the speaker of its first person ("I told him that ...").  ``parse``: let
    the dependency parse (``pipelines.extract.reported``) read the sentences with a cue that
    the rules find nothing in.  ``in_washington``: a U.S. record written in Washington, whose
    bare "President" is the U.S. President.  ``addressee``: the key of the one a letter greets
    and speaks to, never of (``pipelines.extract.writer.spoken_to``): its "you", no "he" nor a
    title's holder.  ``quoted``: read the records the text quotes at length as
    records of their own (``pipelines.extract.quoted_records``)."""
    segments = Layout(text) if layout is None else layout
    if meetings is None:
        meetings = detect_meetings(text, mentions, dates, segments)
    if conversation is None:
        conversation = _records_conversation(text, segments)

    said_on = SaidOn(text, people, mentions, dates, published_on, segments,
                     _with_writer(text, segments, meetings, writer))
    cues: dict[int, bool] = {}
    nameable: dict[int, bool] = {}
    verbs: dict[int, list[int]] = {}

    def read(parses: dict | None) -> _Ctx:
        resolver = SpeakerResolver(text, people, mentions, segments, writer, in_washington,
                                   addressee, _year(published_on) if record else None)
        ctx = _Ctx(text, segments, resolver, said_on.anew(), [], conversation, writer, parse,
                   record)
        ctx.inner, ctx.parses = not quoted, parses
        ctx.cues, ctx.nameable, ctx.verbs = cues, nameable, verbs
        _read_blocks(ctx)
        return ctx

    ctx = read(None)
    if ctx.wanted:  # read again with every sentence the first reading asked about parsed at once
        wanted = sorted(ctx.wanted, key=lambda s: s.start)
        reports = sentence_reports([text[s.start:s.end] for s in wanted])
        if any(reports):  # else the parse changes nothing: the second reading would be the first
            ctx = read({s.start: (s.end - s.start, r) for s, r in zip(wanted, reports)})
    if quoted:
        ctx.out += _inside_quoted_records(ctx, people, mentions, dates, published_on)
    out = [s for s in ctx.out
           if not (_lead_in(text, s) or _supposed(text, s) or _EDITORS_ONLY.fullmatch(s.text)
                   or _CLOSING.fullmatch(s.text) or _salutation_only(s.text)
                   or _MANNER_ONLY.fullmatch(s.text) or _CABLE_ONLY.match(s.text)
                   or _CITATION.match(s.text))]
    out = _without_narrated_quotations(text, out)
    if writer is not None and quoted:
        out = _signers_words(text, segments, mentions, people, writer, out)
    return pieces_dated_alike(text, _resumed(text, sorted(
        out, key=lambda s: (s.char_start, s.char_end, s.kind))))


def _signers_words(text: str, layout: Layout, mentions: list[PersonMention],
                   people: list[LocalPerson], writer: Speaker, out: list[Statement]
                   ) -> list[Statement]:
    """A letter the record passes on in full ("There follows text of a letter from the
    President: “Dear Mr. President: ... Sincerely, ¶ Ann Doe”"): the words the record's
    writer got inside it ("I have noted ...") are its signer's; no one's the text names when
    it is unsigned, unless the writer calls it theirs ("text of my letter")."""
    letters = [(a, b, key) for a, b, key in signed_letters(text, layout, mentions)
               if key != writer.key and not (key is None and _WRITERS_OWN.search(
                   text, max(0, a - _INTRO_REACH), a))]
    if not letters:
        return out
    names = {p.key: p.name for p in people}
    signed = []
    for s in out:
        inside = [k for a, b, k in letters if a <= s.char_start < b]
        if inside and s.speaker_key == writer.key:
            if inside[0] not in names:
                continue  # an unsigned letter's "I": not the one who passes it on
            s = replace(s, speaker_key=inside[0], speaker_name=names[inside[0]])
        signed.append(s)
    return signed


# the writer's own letter, passed on: "Following is text of my letter to Doe:"
_WRITERS_OWN = re.compile(r"\b(?:my|our)\s+(?:\w+\s+)?(?:letter|message|note|reply)\b",
                          re.IGNORECASE)
_INTRO_REACH = 400


# the writer as the subject of the sentence that reports a talk, before its date: "1. I made
# farewell call on President Doe March 4", "As instructed, I sounded out Doe last evening"
_WRITER_MET = re.compile(r"(?:^|[,;]\s+|^\W*\d{1,3}[.)]\s+)(?:I|We)\s")
# ... and not of a talk of someone else's the writer tells of ("I was glad that in his talk")
_OTHERS_TALK = re.compile(r"\b(?:that|his|her|their)\b")


def _with_writer(text: str, layout: Layout, meetings: list[ReportedMeeting],
                 writer: Speaker | None) -> list[ReportedMeeting]:
    """A record's meetings, with its writer among the people of its main one (its first) when
    the writer tells of it in the first person ("I sounded out Chancellor Doe last evening"):
    what the writer said there is dated by it like what the others said."""
    if writer is None or not writer.key or not meetings:
        return meetings
    main = meetings[0]
    located = layout.sentence_at(main.start)
    if located is None:
        return meetings
    told = text[located[1].start:max(located[1].start, main.date.char_start)]
    subject = _WRITER_MET.search(told)
    if subject is None or _OTHERS_TALK.search(told, subject.end()):
        return meetings
    return [replace(main, participants=main.participants | {writer.key}), *meetings[1:]]


# characters between the two pieces of words their cue splits: ", Burns adds, "
_CUE_GAP = 40
_SET_OFF_CUE = re.compile(r"\s*,[^.;:!?,]+,\s*")


def pieces_dated_alike(text: str, out: list[Statement]) -> list[Statement]:
    """The two pieces of one sentence's words split by their cue ("Failing such authorization,
    Burns adds, he does not think ...") were said at once: one piece's date, when the other
    has none, is both's."""
    out = list(out)
    for i, (a, b) in enumerate(pairwise(out)):
        if (a.kind == b.kind == "indirect" and a.speaker_key and a.cue
                and (a.speaker_key, a.cue, a.rule) == (b.speaker_key, b.cue, b.rule)
                and bool(a.said_on) != bool(b.said_on)
                and 0 < b.char_start - a.char_end <= _CUE_GAP
                and _SET_OFF_CUE.fullmatch(text, a.char_end, b.char_start)
                and a.cue in text[a.char_end:b.char_start]):
            day = a.said_on or b.said_on
            out[i], out[i + 1] = replace(a, said_on=day), replace(b, said_on=day)
    return out


# a third person telling of a speaker right before what they said: "He said", "the
# President pointed out"
_TELLS_OF_SPEAKER = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]he\s+(?:[A-Z][a-z]+\s+){1,2}?)\s*"
                           r"(?:\w+ly\s+|then\s+|also\s+|further\s+)?\w+\s*(?:out\s+)?"
                           r"(?:that\s+)?,?\s*\Z")


def _without_narrated_quotations(text: str, out: list[Statement]) -> list[Statement]:
    """A quotation that tells of its own speaker in the third person ("“The President pointed
    out that ... He said neither side ...”", an editor quoting a note-taker) holds the record's
    words, not the speaker's: the reported speech read inside it stays, the quotation goes."""
    inner = sorted((s.char_start, s.char_end, s.speaker_key) for s in out
                   if s.kind == "indirect" and s.speaker_key)
    starts = [i for i, _, _ in inner]
    kept = []
    for s in out:
        if s.kind == "direct" and s.speaker_key and not s.rule.startswith("turn"):
            lo, hi = bisect.bisect_left(starts, s.char_start), bisect.bisect_left(
                starts, s.char_end)
            if any(key == s.speaker_key and (
                    _TELLS_OF_SPEAKER.search(text, max(s.char_start, at - 60), at)
                    or _TOLD_AFTER.match(text, end, s.char_end))
                   for at, end, key in inner[lo:hi]):
                continue
        kept.append(s)
    return kept


# "..., the President said.": a third person's cue after the words, inside the quotation
_TOLD_AFTER = re.compile(r",?\s*(?:he|she|the\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+"
                         r"(?:\w+ly\s+)?(?:said|added|continued|noted|stated|observed)\b")


# a letter's closing formula, alone: "With my warmest personal regards,", "Sincerely yours,"
_CLOSING = re.compile(r"\W*(?:(?:With\s+)?(?:my|our)?\s*(?:(?:very\s+)?(?:warm|best|kind|"
                      r"high|sincere|personal|cordial|respectful)(?:est)?\s+)*(?:personal\s+)?"
                      r"(?:regards|wishes|greetings|esteem)|(?:Very\s+)?(?:Sincerely|Faithfully|"
                      r"Cordially|Respectfully|Truly)(?:\s+yours)?|Yours(?:\s+\w+){0,2})\W*",
                      re.IGNORECASE)

# a letter's salutation or a bare vocative, alone: "Dear Mr. President:", "Excellency,",
# "Mr. Ambassador." (a call for attention that asks, "Mr. President?", may be a turn's words)
_SALUTATION_ONLY = re.compile(r"\W*(?:(?:(?:My\s+)?[Dd]ear|Mr\.?|Mrs\.?|Madam|Madame|Monsieur)"
                              r"(?:\s+[A-Z][\w.’'\-]*){1,4}|Sir|Excellency|Your\s+(?:Excellency|"
                              r"Majesty|Highness)|Gentlemen)\s*[:,.]?[\s”\"’]*")


def _salutation_only(text: str) -> bool:
    """Whether a statement's whole text is a salutation or vocative, no words said."""
    return bool(_SALUTATION_ONLY.fullmatch(text))


# an editors' citation of a source ("Telegram 6764 from Bonn, June 12; ibid., Country Files,
# Box 683"): no words of anyone's
_CITATION = re.compile(r"\(?(?:See\s+)?(?:Telegram|Tel|Memorandum|Memo|Letter|Despatch|Airgram|"
                       r"Circular|Message)s?\b[^“”\"]{0,200}?(?:\bibid\.|\bBox\s+\d|\bRG\s+\d|"
                       r"\bLot\s+\d|Central\s+Files|\bLibrary\b)"
                       # the editors' pointer to a text: "For text of both letters, see ibid.,
                       # volume VI, pages 271-286", "Text of his statement is ibid., pages 14-32"
                       r"|\(?(?:For\s+(?:the\s+)?texts?\b[^“”\"]{0,80}?,\s+see\s+|Texts?\s+of\s+"
                       r"[^“”\"]{0,80}?\bis\s+(?:in\s+)?|See\s+)(?:ibid\.|Documents?\s+\d|"
                       r"American\s+Foreign\s+Policy|Department\s+of\s+State\s+Bulletin|Public\s+"
                       r"Papers)")


# a span that is all one editors' insertion ("[less than 1 line not declassified] the Prime
# Minister noted"): what was said is withheld, not a statement
# the manner of the words alone, no words: "replied in his customary loving style"
_MANNER_ONLY = re.compile(r"(?:(?:in|with)\s+(?:a|an|his|her|their|its|the)\s+(?:[\w\-]+\s+){0,3}"
                          r"(?:style|tone|manner|terms|fashion|vein|voice|way|spirit)|"
                          r"at\s+(?:\w+\s+)?length|in\s+(?:\w+\s+)?detail)\W*", re.IGNORECASE)
# words given only as a cable's, by its number: "reiterated line of Deptel 1545", "made substance
# Deptel 226 to the Minister" (what was said is in the cable, not here)
_CABLE_ONLY = re.compile(r"(?:the\s+)?(?:line|lines|substance|points?|gist|sense|contents?|"
                         r"thrust|tenor)\s+(?:of\s+|in\s+|contained\s+in\s+)?(?:reftel|deptel|"
                         r"embtel|telegram|cable|circular|airgram)\b", re.IGNORECASE)
_EDITORS_ONLY = re.compile(r"\W*\[[^\[\]]*\]\W*")


# between the two pieces of an interrupted quotation: the closing mark, the cue, the opening
# mark ("“We Iraqis”, he continued, “want to ...”")
_INTERRUPTION = re.compile(r"[,]?\s*[”\"]\s*,?\s*[^“”\"\n.;:]{1,60}?,\s*[“\"]\s*\Z")


def _resumed(text: str, out: list[Statement]) -> list[Statement]:
    """An interrupted quotation whose first piece is a fragment too short to say anything
    (“We Iraqis”, he continued, “want to ...”) is one statement: the fragment runs on, across
    its cue, to the end of the piece after it, which is then no statement of its own.  Its
    speaker is the first piece's.  Longer pieces stay two statements, each a clause."""
    merged: list[Statement] = []
    skip: set[int] = set()
    for i, s in enumerate(out):
        if i in skip:
            continue
        after = next((j for j in range(i + 1, min(i + 4, len(out)))
                      if out[j].kind == "direct" and out[j].char_start > s.char_end), None)
        if (s.kind == "direct" and after is not None
                and _words(s.text) < MIN_QUOTE_WORDS  # “We Iraqis”: a fragment alone
                and out[after].text[:1].islower()  # the same sentence goes on
                and _INTERRUPTION.search(text, s.char_end, out[after].char_start)):
            nxt = out[after]
            merged.append(replace(s, text=text[s.char_start:nxt.char_end], char_end=nxt.char_end,
                                  said_on=s.said_on or nxt.said_on, rule=s.rule + "+resumed"))
            skip.add(after)
            continue
        merged.append(s)
    return merged


# words that only announce what follows the colon: "he made the following points:", "reply
# along following lines:", "spoke as follows:"
_ANNOUNCES = re.compile(r"(?:\bthe\s+)?\bfollowing(?:\s+(?!(?:at|in|on|during|before|to)\b)[\w-]+){0,2}"
                        r"|\bas\s+follows|"
                        r"\bthe\s+(?:points|lines|remarks|terms)\s+below")
_CUE_REACH = 200  # characters before the words searched for their cue
_AFTER_LEAD_IN = re.compile(r"[\s)\]]*:")
# where or when the announced words were said, after the announcement: "commented as follows
# at the September 17 meeting:"
_CIRCUMSTANCE = re.compile(r",?\s+(?:at|in|on|during|before|to)\s[^:;“”\"]*")


# a cue of a view the writer only supposes: "he might feel that", "Possibly he believes that"
_SUPPOSED = re.compile(r"(?:\b(?:might|may|could|must)\s+(?:\w+ly\s+|also\s+|well\s+)?|"
                       r"\b(?:[Pp]ossibly|[Pp]erhaps|[Pp]resumably|[Pp]robably)\s+(?:\w+\s+)"
                       r"{1,3}?)$")
# characters before the cue searched for the supposition
_SUPPOSED_REACH = 40


def _supposed(text: str, s: Statement) -> bool:
    """Reported words whose cue the writer puts as a supposition, not as said: the writer's
    guess at a view ("He might feel that this was all that was required") is nobody's
    statement."""
    if s.kind != "indirect" or not s.cue or s.rule.startswith(("turn", "numbered")):
        return False
    at = text.rfind(s.cue, max(0, s.char_start - _CUE_REACH), s.char_start + 1)
    if at < 0:  # a parse's span may hold its own cue ("Which did Doe think was ahead?")
        at = text.find(s.cue, s.char_start, s.char_end)
    if at < 0:
        return False
    return bool(_SUPPOSED.search(text[max(0, at - _SUPPOSED_REACH):at])
                or _CONDITIONAL.search(text, max(0, at - _CONDITION_REACH), at)
                or _INVERTED_CONDITION.search(text, max(0, at - _CONDITION_REACH), at)
                or (_ASKED_OF.search(text, max(0, at - _CONDITION_REACH), at)
                    and "?" in text[s.char_end - 1:s.char_end + 2]))


# a cue in a condition's clause: "Even if President Doe and his officials feel that ...",
# "unless the Minister says that ...", "whether Roe had told them that ...": not said
_CONDITIONAL = re.compile(r"\b(?:[Ii]f|[Uu]nless|[Ww]hether)\s+(?:(?!\b(?:but|yet|while|whereas|so|"
                          r"although|though|and\s+(?:he|she|they|we|I))\b)[^,;:.“”\"()]){1,70}$")
_CONDITION_REACH = 80
# a condition put by inversion: "had he said on June 1 what he said in September, ...", "Had
# Doe told them that ..."
_INVERTED_CONDITION = re.compile(r"(?:^|[,;:(]\s*|\b[Aa]nd\s+)[Hh]ad\s+(?:he|she|they|we|I|"
                                 r"[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,2})\s+"
                                 r"(?:\w+ly\s+)?\Z")
# a question put about someone's view: "Which did Tito think was ahead?", "Does the
# Minister feel that ...?": asked, not said
_ASKED_OF = re.compile(r"\b(?:[Dd]id|[Dd]oes|[Dd]o|DID|DOES|DO) +(?:[\w’'\-]+ +){1,4}$")


def _lead_in(text: str, s: Statement) -> bool:
    """Reported words that end by announcing the text after their colon say nothing yet:
    what follows (a list, a quotation) is read on its own."""
    if s.kind != "indirect" or not _AFTER_LEAD_IN.match(text, s.char_end):
        return False
    words = s.text.rstrip()
    return any(m.end() == len(words) or (m.start() == 0 and _CIRCUMSTANCE.fullmatch(words, m.end()))
               for m in _ANNOUNCES.finditer(words))


def _read_blocks(ctx: _Ctx) -> None:
    text = ctx.text
    previous_direct: Statement | None = None
    points: tuple[Speaker, int, str] | None = None  # who announced numbered points, where, kind
    quoted_to = 0  # the end of the block quotation read last
    for block in ctx.layout.blocks:
        item = _NUMBERED.match(text, block.span.start, block.span.end)
        if item and (points is None or _FIRST_ITEM.match(item.group())):  # a list (re)starts
            points = _points_announced(ctx, block)
        elif not item:
            points = None
        if item and points and not _reports_itself(ctx, block, item.end()):
            _point(ctx, block, item.end(), *points)
            if points[2] != "indirect":
                continue
        if block.span.start < quoted_to:
            continue  # a line of the block quotation read just before
        quoted_to = _block_quote(ctx, block)
        if quoted_to:
            continue
        previous_direct = _paragraph(ctx, block, previous_direct)


# a quotation set off as a block, its lines marked as in e-mail and Markdown ("> ...")
_BLOCK_QUOTE = re.compile(r"[ \t]*>[ \t]?")


def _block_quote(ctx: _Ctx, block: Block) -> int:
    """A block quotation the paragraph before announces ("Doe wrote:"): the announcer's words,
    direct, as one statement from its first marked line to its last.  Returns where it ends
    (0: the block opens no such quotation)."""
    text, span = ctx.text, block.span
    opening = _BLOCK_QUOTE.match(text, span.start, span.end)
    if opening is None:
        return 0
    speaker = _introduced_by(ctx, block)
    last = span.end
    for b in ctx.layout.blocks[block.index + 1:]:
        if not _BLOCK_QUOTE.match(text, b.span.start, b.span.end) or text[last:b.span.start].count(
                "\n") > 1:
            break
        last = b.span.end
    start, end = strip_span(text, opening.end(), last)
    if speaker is None or not speaker.key or _words(text[start:end]) < MIN_QUOTE_WORDS:
        return 0
    prev = ctx.layout.blocks[block.index - 1].span
    colon = text.rindex(":", prev.start, prev.end)
    ctx.resolver.heard(speaker.key, colon)
    ctx.out.append(Statement(text[start:end], "direct", start, end, speaker.name, speaker.key,
                             None, ctx.said_on.for_statement(speaker, colon, start, None, end),
                             "direct:block-quote"))
    return end


def _inside_quoted_records(ctx: _Ctx, people, mentions, dates, published_on) -> list[Statement]:
    """What was said in the conversations of records the text quotes at length: each group of
    quotations of one writer read again with its marks blanked, that writer as "I"."""
    records = quoted_records(ctx.text, ctx.layout, mentions, people)
    if not records:
        return []
    names = {p.key: p.name for p in people}
    taken = {(s.char_start, s.char_end) for s in ctx.out}
    out: list[Statement] = []
    for key in dict.fromkeys(r.writer for r in records):
        group = [r for r in records if r.writer == key]
        writer = Speaker(names[key], key) if key else None
        inner = extract_statements(unquoted(ctx.text, group), people, mentions, dates,
                                   published_on, conversation=ctx.turns, writer=writer,
                                   parse=ctx.parse, record=ctx.record, quoted=False)
        for st in inner:
            if (st.char_start, st.char_end) in taken or not any(
                    r.quote.start <= st.char_start < r.quote.end for r in group):
                continue
            taken.add((st.char_start, st.char_end))
            # dated as words of the quotation they stand in (the record cited after it)
            said = ctx.said_on.for_statement(Speaker(st.speaker_name, st.speaker_key),
                                             st.char_start, st.char_start, st.cue, st.char_end)
            out.append(replace(st, text=ctx.text[st.char_start:st.char_end],
                               said_on=said or st.said_on, rule=st.rule + "+quoted-record"))
    return out


# "1. China will not ..." / "(2) ...": a numbered point of a list
_NUMBER_ONLY = re.compile(r"\s*(?:\(\d{1,2}\)|\d{1,2}[.)])\s*")
_NUMBERED = re.compile(r"[ \t]*(?:\(\d{1,2}\)|\d{1,2}[.)])[ \t]+(?=\S)")
_FIRST_ITEM = re.compile(r"[ \t]*\(?1[.)]")


def _points_announced(ctx: _Ctx, block: Block) -> tuple[Speaker, int, str] | None:
    """The speaker of a numbered list whose paragraph before announces it ("Doe asked Roe to
    pass on the four-point message:"), the offset of that colon, and the points' kind: the
    writer's own points are the record, unless a cue of the writer's announces them ("I
    stated:"), and then they are what the writer said, in the writer's words (indirect)."""
    prev = ctx.layout.blocks[block.index - 1] if block.index else None
    writer = ctx.writer and prev and prev.sentences and _WRITER_ANNOUNCES.match(
        ctx.text, prev.sentences[-1].start, prev.sentences[-1].end)
    if prev and prev.sentences and (
            _CONDITION.match(ctx.text, prev.sentences[-1].start)
            or _TOPICS.search(ctx.text, prev.sentences[-1].start, prev.sentences[-1].end)
            or _TO_MAKE.search(ctx.text, prev.sentences[-1].start, prev.sentences[-1].end)):
        return None  # "Should Doe ask ..., reply along following lines:"; "will wish to discuss:"
    if ctx.writer and prev and prev.sentences and ":" in ctx.text[prev.span.start:prev.span.end] \
            and (_CONCURRED.search(ctx.text, prev.sentences[-1].start, prev.sentences[-1].end)
                 or _drafted(ctx, block)):
        return ctx.writer, ctx.text.rindex(":", prev.span.start, prev.span.end), "own"
    speaker = ctx.writer if writer else _introduced_by(ctx, block)
    if speaker is None or not speaker.key:
        return None
    if not writer and ctx.writer and speaker.key == ctx.writer.key:
        return None  # the writer's own numbered paragraphs are the record, not words quoted
    colon = ctx.text.rindex(":", prev.span.start, prev.span.end)
    last = prev.sentences[-1]
    if writer or _SUMMED_UP.search(ctx.text, last.start, last.end):
        return speaker, colon, "indirect"  # the writer's words, or a summary's
    if _reported_announcement(ctx.text, last):
        return speaker, colon, "reported"
    return speaker, colon, "message" if _VERBATIM.search(
        ctx.text, _announcing_clause(ctx.text, last.start, last.end), last.end) else "direct"


# a cue's "that"/"whether"/"if" clause that runs on to the colon: the points go on with it
_CLAUSE_TO_COLON = re.compile(r"(?:\s+out)?(?:\s+(?!that\b|whether\b|if\b)[^\s:;“”\"]+){0,6}?"
                              r"\s+(?:that|whether|if)\s[^“”\"]*:\s*$")


def _reported_announcement(text: str, last: Span) -> bool:
    """Whether the sentence announcing points is itself reported speech ("Doe said that his
    Government desired the following views be noted:", "Doe asked whether a message might
    not go out which:"): the points are that same report, told by the note-taker."""
    return any(_CLAUSE_TO_COLON.match(text, pos + len(_WORD.match(text, pos).group()), last.end)
               for pos in _verbs(text, last, []))


# where a sentence's last clause begins: after its last comma, semicolon or dash
_LAST_CLAUSE_BREAK = re.compile(r".*[,;\u2014]", re.DOTALL)


def _announcing_clause(text: str, start: int, end: int) -> int:
    """Where the clause that announces a list begins: the sentence's last.  A text named
    earlier in the sentence is not what the list passes on ("after referring to your
    statement in private conversation with him, made following points:")."""
    m = _LAST_CLAUSE_BREAK.match(text, start, end)
    return m.end() if m else start


# those named only agree with the points that follow: "Ambassador Doe and Admiral Roe concur
# in the following:": the record's own text, its writer's words, not theirs
_CONCURRED = re.compile(r"\b(?:concurs?|concurred)\s+(?:\w+\s+){0,2}?(?:in|with)\s+(?:the\s+)?"
                        r"following\s*:\s*$")
# points announced as a summary are the note-taker's account of it, not the speaker's words:
# "Doe then summarized the situation as follows:"
_SUMMED_UP = re.compile(r"\b(?:summari[sz]ed|summed\s+up|recapitulated|outlined|reviewed|"
                        r"suggestions|proposals|recommendations|expressed\s+the\s+view|"
                        r"views?\s+that|makes\s+the\s+following)\b")
# points someone was told to make: "authorized Ambassador Doe to approach the Minister along
# the following lines:" (instructions, the writer's, not the words of the one instructed)
_TO_MAKE = re.compile(r"\b(?:authori[sz]ed|instructed|asked|directed|requested)\s+(?:[\w.’']+\s+)"
                      r"{0,4}?to\s+(?:approach|tell|inform|say|make|convey|point\s+out|put)\b")
# the writer announces what follows as said: "I stated upon the basis of ...:", "I made the
# following points:", "We told him:"
# "I informed the Ambassador ... and he stated:": the points are the other's answer
_OTHER_ANSWERS = (r"\b(?:and|but)\s+(?:he|she|they)\s+(?:\w+ly\s+)?(?:stated|said|replied|"
                  r"answered|responded|declared|explained)\b")
_WRITER_ANNOUNCES = re.compile(r"(?:I|We)\s+(?:\w+ly\s+|then\s+|also\s+)?(?:stated|said|told|"
                               r"replied|made|emphasized|stressed|explained|pointed|informed|"
                               r"assured|added)\b(?:(?!" + _OTHER_ANSWERS + r")[^“”\"])*:\s*$")
def _announces_points(text: str, end: int) -> bool:
    """Whether the sentence ending at ``end`` ends in a colon before a numbered list."""
    head = text[max(0, end - 3):end].rstrip()
    if not head.endswith(":"):
        return False
    rest = len(text) - len(text[end:].lstrip())
    return bool(_NUMBERED.match(text, rest))


# a point's leading "that" ("(2) Further, that the Department did not ...")
_POINT_THAT = re.compile(r"(?:[A-Z]\w+,\s+)?that\s+")


def _reports_itself(ctx: _Ctx, block: Block, start: int) -> bool:
    """Whether a numbered point's first sentence has a cue with its own speaker ("3. Eban
    stressed that ...", "Kahouli then asked if ..."): the point is reported speech the
    paragraph's rules read, not the announcer's words."""
    sentences = [s for s in block.sentences if s.end > start]
    if sentences and len(sentences) > 1 and _HEADING.fullmatch(
            ctx.text, max(sentences[0].start, start), sentences[0].end):
        sentences = sentences[1:]  # "4. Consultations. Doe believes that ...": after its heading
    if not sentences:
        return False
    first = Span(max(sentences[0].start, start), sentences[0].end)
    cues = [*_verbs(ctx.text, first, list(block.quotes))[:2],
            *islice(cue_positions(ctx.text, first.start, first.end), 2)]  # "Doe believes"
    return any(_subject_before(ctx, first.start, pos) is not None for pos in cues)


# a point's heading: a few words, each capitalised or a joining word, and a period
_HEADING = re.compile(r"\s*[A-Z][\w\-’']*(?:\s+(?:[A-Z][\w\-’']*|of|and|the|on|for|to|in|with|"
                      r"[a-z]+-[A-Z][\w\-]*)){0,6}\s*[.:]\s*")


# a list of subjects, not of things said: "the matters he will wish to discuss:"
_TOPICS = re.compile(r"\b(?:discuss|discussed|topics|subjects|agenda|items|matters|raise|raised|"
                     r"brought up|take up|questions)\b[^:]*:\s*$")
# an editor's citation of the source after the quoted words
_CITATION_AFTER = re.compile(r"(?<=[.”\"])\s+\((?=[A-Z])")
# a point in its speaker's own words speaks in the first person
_FIRST_PERSON_POINT = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Uu]s|[Mm]y)\b")
# an announcement of a text passed on word for word
_VERBATIM = re.compile(r"\b(?:message|text|statement|note|letter|declaration|verbatim|"
                       r"as follows)\b", re.IGNORECASE)
# a point that tells of its speaker in the third person paraphrases what was said
_THIRD_PERSON = re.compile(r"\b(?:[Hh]e|[Hh]is|[Ss]he|[Hh]er)\b")
# the tenses of a note-taker's account ("The U.S. did not want ... We hoped ...") and of the
# speaker's own words ("We do not want ...")
_PAST = re.compile(r"\b(?:did|was|were|had|would|hoped|wanted|felt|thought|believed)\b")
_PRESENT = re.compile(r"\b(?:does|is|are|am|will|has|can|shall)\b|\b(?:I|[Ww]e|[Tt]hey|[Yy]ou)\s+"
                      r"(?:do|have|hope|want|feel|think|believe)\b")


def _backshifted(point: str) -> bool:
    """A point told in the past tense throughout is the note-taker's account of it."""
    return bool(_PAST.search(point)) and not _PRESENT.search(point)


# an announcement made on a condition is an instruction: "Should Doe ask ..., reply:"
_CONDITION = re.compile(r"\s*(?:\d{1,2}\.\s+)?(?:Should|If|Unless|In case|When)\b")
# the note-taker's voice after the points: "He said that ...", "He wondered if ..."
_NARRATOR_RESUMES = re.compile(r"(?:He|She|They)\s+(?:\w+ly\s+|also\s+|then\s+|further\s+)?"
                               r"(?:said|noted|added|stated|observed|remarked|wondered|asked|"
                               r"continued|pointed|stressed|emphasized|thought|felt|believed)\b")
# the writer's own comment after a point: "I refrained from arguing ...", "We doubt ..."
_WRITER_COMMENT = re.compile(r"(?:I|We)\s")


def _point(ctx: _Ctx, block: Block, start: int, speaker: Speaker, colon: int,
           kind: str) -> None:
    if kind == "own":  # the writer's own text: all of the point, written on the record's day
        return _own_point(ctx, block, start, speaker)
    if kind == "reported":  # points of a reported announcement: the report goes on, unless a
        # point speaks in the present, as its speaker would have ("1. We are ready to ...")
        kind = "direct" if _PRESENT.search(ctx.text, start, block.span.end) else "indirect"
    end = block.span.end
    if ctx.writer and kind in ("direct", "message"):  # the point ends where the writer comments on it
        comment = next((s for s in block.sentences
                        if s.start > start and _WRITER_COMMENT.match(ctx.text, s.start)), None)
        end = comment.start if comment else end
    if kind in ("direct", "message"):  # ... and where the note-taker tells of the speaker again
        told = next((s for s in block.sentences
                     if s.start > start and _NARRATOR_RESUMES.match(ctx.text, s.start)), None)
        end = min(end, told.start) if told else end
    if kind == "indirect":  # the point's own sentence; the paragraph's others are read as such
        first = next((s for s in block.sentences if s.end > start), None)
        end = first.end if first else end
        lead = _POINT_THAT.match(ctx.text, start, end)
        start = lead.end() if lead else start
    start, end = strip_span(ctx.text, start, end)
    citation = _CITATION_AFTER.search(ctx.text, start, end)
    end = citation.start() if citation else end  # "... China.” (National Archives, RG 56)"
    start, end = strip_span(ctx.text, start, end)
    if kind == "direct" and (_THIRD_PERSON.search(ctx.text, start, min(end, start + 60))
                             or not _FIRST_PERSON_POINT.search(ctx.text, start, end)
                             or _backshifted(ctx.text[start:end])
                             or any(m.person_key == speaker.key
                                    for m in ctx.resolver.mentions_in(start, end))):
        kind = "indirect"  # told of or summed up ("1. While in New York, he found ...", "3.
        # Doe's government wished Doe to say ..."), not quoted: only a point in its speaker's
        # first person, never naming the speaker, reads as the speaker's words, or
        # the points of a message passed on ("asked him to pass on a three-point message:")
    kind = "direct" if kind == "message" else kind
    end -= ctx.text[end - 1:end] in ";." and kind == "indirect"
    if end <= start or (kind == "indirect" and _words(ctx.text[start:end]) < MIN_QUOTE_WORDS):
        return
    said_on = ctx.said_on.for_statement(speaker, colon, colon, None, end)
    ctx.out.append(Statement(ctx.text[start:end], kind, start, end, speaker.name,
                             speaker.key, None, said_on, "numbered-point"))


def _own_point(ctx: _Ctx, block: Block, start: int, writer: Speaker) -> None:
    start, end = strip_span(ctx.text, start, block.span.end)
    if _words(ctx.text[start:end]) >= MIN_QUOTE_WORDS:
        ctx.out.append(Statement(ctx.text[start:end], "direct", start, end, writer.name,
                                 writer.key, None, ctx.said_on.published_on, "numbered-point"))


def _paragraph(ctx: _Ctx, block: Block, previous: Statement | None):
    para, qs = block.span, list(block.quotes)
    direct = _interrupted([_quote_cue(ctx, para, q) for q in qs], ctx)
    used_cues = {d.cue_pos for d in direct if d.cue is not None}  # not read again as indirect
    first = direct[0] if direct else None
    if first and first.speaker is None and _opens_paragraph(first.quote, para):
        intro = _introduced_by(ctx, block)  # "... as follows:" ends the paragraph before
        if intro:  # dated like words said where the colon stands, or, drafted in the
            # record for another to deliver, when the record was written
            colon = ctx.text.rindex(":", 0, first.quote.open)
            drafted = ctx.said_on.published_on if _drafted(ctx, block) else None
            direct[0] = _CuedQuote(first.quote, intro, None, colon, drafted)
    speakers = {d.speaker.key or d.speaker.name for d in direct if d.speaker}
    sole = next((d.speaker for d in direct if d.speaker), None) if len(speakers) == 1 else None
    last_direct = None
    running: Statement | None = None  # the reported speech the next sentence may continue
    turn = False  # the paragraph is one speaker's turn
    sentences = block.sentences
    if len(sentences) > 1 and _NUMBER_ONLY.fullmatch(ctx.text, sentences[0].start,
                                                      sentences[0].end):
        sentences = sentences[1:]  # "2." read as a sentence of its own: the next one opens
    for n, sent in enumerate(sentences):
        inside = [d for d in direct if sent.start <= d.quote.open < sent.end]
        events = [(d.cue_pos, "d", d) for d in inside]
        verbs = ctx.verbs.get(sent.start)
        if verbs is None:
            verbs = ctx.verbs[sent.start] = _verbs(ctx.text, sent, qs)
        events += [(pos, "i", pos) for pos in verbs if pos not in used_cues]
        before = len(ctx.out)
        if running and _OBSERVED.match(ctx.text, sent.start, sent.end):
            running = None  # the record's narration: the words it reported are over
        if not events and _cue(ctx, sent):  # a cue the rules do not know: the parse says who speaks
            _parsed(ctx, sent, qs, running)
        if len(ctx.out) == before and not events:
            if (running and _continues(ctx, sent, turn or ctx.inner)
                    and not _another_speaks(ctx, sent, running)
                    and not _tells_of(ctx, sent, running.speaker_key)
                    and not _writers_aside(ctx, sent, running)):
                running = _continuation(ctx, sent, qs, running) or running
            else:
                running = None  # nothing said here (most sentences)
            continue
        for _, kind, item in sorted(events, key=lambda e: e[0]):
            if kind == "d":
                st = _direct(ctx, para, item, sole, previous, qs, sent)
                last_direct = st or last_direct
            else:
                _indirect(ctx, sent, qs, item)
        if len(ctx.out) == before and _cue(ctx, sent):
            _parsed(ctx, sent, qs, running)
        elif ctx.parse:  # in conversations too: only clauses that run on (none new: no work)
            _split_coordinated(ctx, sent, qs, before)
        new = [s for s in ctx.out[before:] if s.kind == "indirect" and s.speaker_key]
        if running and new and all(_retold_inside(ctx.text, sent, s, running) for s in new):
            continue  # "Roe responded ... . King has stated he is at his wit's end. If
            # Israel ...": what Roe retells of another; the words that follow are still Roe's
        running = new[-1] if new else None
        if n == 0 and new:
            turn = (ctx.turns or ctx.record) and _opens_turn(ctx, sent, new[0])
        elif any(s.speaker_key != (running and running.speaker_key) for s in new):
            turn = False  # someone else speaks: the turn is over
    if qs and ctx.text[para.start:para.end].lstrip()[:1] in "“\"" and not last_direct:
        return None
    if not last_direct and ctx.text[para.start:para.end].rstrip().endswith(":"):
        return None  # it announces words to come: whose, it says, or nobody's we know
    return last_direct or (previous if not qs else None)


# a cue in the present perfect just before the words: "King has stated he ..." (not the
# pluperfect, which goes on telling the story: "Doe had replied that ...")
_PERFECT_CUE = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+|also\s+)?[a-z]+\s+(?:that\s+)?\Z")


def _retold_inside(text: str, sent: Span, st: Statement, running: Statement) -> bool:
    """Whether a statement is one the running speaker retells of another in the present
    perfect, after the running words began ("Roe responded ... . King has stated he ...")."""
    return (st.speaker_key != running.speaker_key and running.char_start < sent.start
            and bool(_PERFECT_CUE.search(text, sent.start, st.char_start)))


def _cue(ctx: _Ctx, sent: Span) -> bool:
    """Whether the parse may read the sentence's speaker off a cue the rules do not know: asked
    only of sentences the rules found nothing in, once per text (both readings ask)."""
    if not ctx.parse or ctx.turns:
        return False
    known = ctx.cues.get(sent.start)
    if known is None:
        known = ctx.cues[sent.start] = has_cue(ctx.text, sent.start, sent.end)
    return known


# characters between the two parts of a quotation its cue interrupts
_INTERRUPTION_REACH = 160


def _interrupted(direct: list[_CuedQuote], ctx: _Ctx) -> list[_CuedQuote]:
    """A quotation its cue interrupts ("'What the files show', said Doe, a historian, 'is
    ...'"): the uncued second part, in the same sentence, is the first part's speaker's."""
    out = list(direct)
    for i in range(1, len(out)):
        first, second = out[i - 1], out[i]
        if (second.speaker is None and first.speaker and first.cue
                and first.quote.close < first.cue_pos < second.quote.open
                and second.quote.open - first.quote.close <= _INTERRUPTION_REACH
                and ctx.layout.sentence_at(first.quote.open)
                == ctx.layout.sentence_at(second.quote.open)):
            out[i] = _CuedQuote(second.quote, first.speaker, first.cue, first.cue_pos)
    return out


def _words(s: str) -> int:
    return len(re.findall(r"[\w’']+", s))


def _opens_paragraph(q: Quote, para: Span) -> bool:
    return q.open - para.start < _PARAGRAPH_OPENING


def _quote_cue(ctx: _Ctx, para: Span, q: Quote) -> _CuedQuote:
    """A quotation with its speaker and cue, from the words right after or before it."""
    text = ctx.text
    content = text[q.start:q.end].rstrip()
    after = text[q.close + 1:para.end] if q.close < para.end else ""
    # a quotation closed by a full stop ends its sentence: a cue after it must be in lowercase
    # ("... today.” he said") or inverted ("... today.” said Berg"), not a new sentence
    ends_open = content[-1:] in ",?!—-" or q.close >= para.end or after[:1] == "," or (
        content[-1:] == "." and re.match(rf"^\s*(?:[a-z]|(?:{QUOTE_VERBS})\b)", after or ""))
    if not _opens_sentence(text, para, q) or text[para.start:q.open].rstrip().endswith(":"):
        found = _cue_before(ctx, para, q, content)
        if found:
            return found
    if ends_open and after and not (content[-1:] in "?!" and _NEW_SENTENCE.match(after)):
        for rx in (_CUE_AFTER_INV, _CUE_AFTER):
            m = rx.match(after)
            if m and _introduces_next(content, after, m.end()):
                break  # "“... the question?” The President replied, “...”": the reply's cue
            if m and _CLAUSE_AFTER.match(after, m.end()) and content[-1:] in "?!":
                break  # "“...?” Doe stated that he would answer": a new sentence's report
            if m and _topic_quoted(text, para, q):
                break  # "With reference to “...”, the Secretary noted X": a topic, not words
            if m and m.group("subj"):
                base = q.close + 1
                spk = (m.groupdict().get("app") and ctx.resolver.at(  # "the minister, Doe,"
                    base + m.start("subj"), base + m.end("app"), q.open)) or ctx.resolver.at(
                    base + m.start("subj"), base + m.end("subj"), q.open)
                if spk:
                    return _CuedQuote(q, spk, m.group("verb"), base + m.start("verb"))
    return _cue_before(ctx, para, q, content) or _CuedQuote(q, None, None, q.open)


# after a question or an exclamation, a capitalised article or pronoun opens a new sentence
# ("“...?” The President stated that ..."), not the quotation's own cue ("“...?” he asked")
_NEW_SENTENCE = re.compile(r"\s*(?:The|He|She|They|It|His|Her|This|That|A|An)\s")


# a clause after a cue: what it reports is its own, not the quotation before it
_CLAUSE_AFTER = re.compile(r"\s+that\s")


def _introduces_next(content: str, after: str, cue_end: int) -> bool:
    """A cue opening a new sentence after a finished quotation, with another quotation right
    after it, introduces that one."""
    return (content[-1:] in ".?!" and after.lstrip()[:1].isupper()
            and bool(re.match(r"\s*[,:]?\s*[“\"]", after[cue_end:])))


def _cue_before(ctx: _Ctx, para: Span, q: Quote, content: str) -> _CuedQuote | None:
    before_start = max(para.start, q.open - _CUE_BEFORE_REACH)
    before = ctx.text[before_start:q.open]
    m = _CUE_BEFORE.search(before) or _CUE_AS.search(before)
    if m and _words(content) >= MIN_QUOTE_WORDS and not _inside_quote(before, m.start()):
        verb_pos = before_start + m.start("verb")
        located = ctx.layout.sentence_at(verb_pos)
        spk = _subject_before(ctx, located[1].start if located else para.start, verb_pos)
        if spk:
            return _CuedQuote(q, spk, m.group("verb"), verb_pos)
    return None


def _inside_quote(before: str, pos: int) -> bool:
    head = before[:pos]
    return head.count("“") > head.count("”")


def _direct(ctx: _Ctx, para: Span, item: _CuedQuote, sole: Speaker | None,
            previous: Statement | None, qs: list[Quote], sent: Span) -> Statement | None:
    q, speaker, cue, cue_pos = item.quote, item.speaker, item.cue, item.cue_pos
    text = ctx.text
    said_on = item.said_on
    if _NAMED_AS.search(text, max(0, q.open - 20), q.open):
        return None  # "a paper entitled: “...”": a title, no words said
    if speaker is None:
        if (_words(text[q.start:q.end]) < MIN_QUOTE_WORDS or not _opens_sentence(text, para, q)
                or _SIGNATURE.fullmatch(text, q.start, q.end)):
            return None
        if _WORDS_TO_BE_SAID.search(text, max(sent.start, q.open - 80), q.open):
            return None  # "the President could say: “...”": words proposed, not said
        speaker = _colon_speaker(ctx, sent, q)
        rule = "direct:after-colon"
        if speaker is None:
            speaker = _announced(ctx, para, q)
            rule = "direct:announced"
        if speaker is None:
            speaker = sole or (previous and Speaker(previous.speaker_name, previous.speaker_key)
                               if q is qs[0] and _opens_paragraph(q, para) else sole)
            rule = "direct:continuation"
            if previous and speaker and speaker.key == previous.speaker_key:
                said_on = previous.said_on  # the quotation goes on: said when it began
        if speaker is None:
            return None
    elif cue is None:
        rule = "direct:introduced"
    else:
        rule = f"direct:cue-{'after' if cue_pos > q.open else 'before'}"
        if cue_pos > q.open and _clause_before(ctx, sent, q, qs):
            return _quoted_clause(ctx, sent, q, speaker, cue, cue_pos)
    start, end = strip_span(text, q.start, q.end)
    if end <= start:
        return None
    ctx.resolver.heard(speaker.key, q.open)
    st = Statement(text[start:end], "direct", start, end, speaker.name, speaker.key, cue,
                   said_on or ctx.said_on.for_statement(speaker, cue_pos, q.open, cue, end), rule)
    ctx.out.append(st)
    return st


# what makes a quotation a name or a draft, no words said: "a paper entitled “...”", "the
# operation known as “...”", "a sentence in the report to read: “...”"
_NAMED_AS = re.compile(r"\b(?:entitled|titled|headed|captioned|known\s+as|code-?named|"
                       r"(?:amended|changed|revised|redrafted)?\s*to\s+read|"
                       r"read(?:s|ing)?\s+as\s+follows)[\s:,]*\Z", re.IGNORECASE)
# a paper's text quoted: "paragraph 24, which read as follows:", "reading as follows:"
_DOCUMENT_READS = re.compile(r"\bread(?:s|ing)?\s+as\s+follows\b|\b(?:which|that)\s+(?:now\s+)?"
                             r"reads?\s*:|\b(?:excerpts?|passages?|extracts?)\s+from\b",
                             re.IGNORECASE)
# a quoted letter's signature ("C. De Gaulle", "Sincerely, A. Lind"): a name, no words said
_SIGNATURE = re.compile(r"\s*[“\"]?\s*(?:(?:Sincerely|Faithfully|Yours)[\w ]*,\s*)?"
                        r"(?:(?:[A-Z][\w'’\-]*\s*){1,3}|(?=.*\b[A-Z]\.)(?:[A-Z][\w.'’\-]*\s*){1,4})"
                        r"[.,]?\s*[”\"]?\s*")


def _clause_before(ctx: _Ctx, sent: Span, q: Quote, qs: list[Quote]) -> bool:
    """Whether the quoted words end a clause the sentence opens with, in the reporter's
    words ("The timetable was “unrealistic,” the minister conceded"): the words are reported
    through the clause, not quoted alone.  Not when a cue or another quotation precedes."""
    head = ctx.text[sent.start:q.open]
    return (_words(head) >= 2 and not any(sent.start <= o.open < q.open for o in qs)
            and not _VERB_RE.search(head) and not head.rstrip().endswith((":", ","))
            and not _TOPIC_OPENING.match(head))


def _topic_quoted(text: str, para: Span, q: Quote) -> bool:
    """Whether the quotation stands in a topic its sentence opens with ("With respect to the
    allegations that the elections had been “rigged”, ..."): someone's words spoken of."""
    head = text[para.start:q.open]
    opening = max(head.rfind(". "), head.rfind("; "))
    return bool(_TOPIC_OPENING.match(head, opening + 1 if opening >= 0 else 0))


# a topic the sentence opens with, not words: "With reference to “respect for ...”, the
# Secretary noted that ..."
_TOPIC_OPENING = re.compile(r"\W*(?:(?:With|In)\s+(?:reference|regard|respect|relation)\s+to|As\s+"
                            r"(?:to|for|regards)|Regarding|Concerning|Referring\s+to|On\s+the\s+"
                            r"(?:subject|question|matter)\s+of)\b", re.IGNORECASE)


def _quoted_clause(ctx: _Ctx, sent: Span, q: Quote, speaker: Speaker, cue: str,
                   cue_pos: int) -> Statement | None:
    start, end = strip_span(ctx.text, sent.start, min(q.close + 1, sent.end))
    if end <= start:
        return None
    ctx.resolver.heard(speaker.key, cue_pos)
    st = Statement(ctx.text[start:end], "indirect", start, end, speaker.name, speaker.key, cue,
                   ctx.said_on.for_statement(speaker, cue_pos, start, cue, end),
                   "indirect:quoted-clause")
    ctx.out.append(st)
    return None  # not a direct statement a later quotation continues


def _opens_sentence(text: str, para: Span, q: Quote) -> bool:
    before = text[para.start:q.open].rstrip()
    return not before or before[-1] in ".!?”\"):"


def _verbs(text: str, sent: Span, qs: list[Quote]) -> list[int]:
    found = []
    for m in _VERB_RE.finditer(text, sent.start, sent.end):
        if any(q.open <= m.start() <= q.close for q in qs):
            continue
        if _CONCEDED.search(text, max(sent.start, m.start() - _CONCEDED_REACH), m.start()):
            continue  # "stated that while he agreed that X, ...": a clause of other words
        found.append(m.start())
    # "according to" is rare: look for the words before running the pattern
    acc = (_ACCORDING.search(text, sent.start, sent.end)
           if text.find("ccording to", sent.start, sent.end) >= 0 else None)
    if acc and not any(q.open <= acc.start() <= q.close for q in qs):
        found.append(acc.start())
    return sorted(found)


# a cue in a conceding clause ("while he agreed that", "although she admitted"): part of
# what another cue reports, or of the writer's narrative, not a report of its own
_CONCEDED = re.compile(r"\b(?:while|although|though|whereas|even\s+if|even\s+though)\s+"
                       r"(?:he|she|they|we|I|it)\s+(?:\w+ly\s+)?$")
_CONCEDED_REACH = 40
# a cue in a free relative, "what Doe says", "whatever he thinks": the clause names a thing
# (the object of another verb, "Despite what ..."), it reports no words; but a pseudo-cleft,
# "What Doe said was that X", gives the words after its "was"
_FREE_SUBJECT = r"(?:(?:[Tt]he\s+)?[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3}|he|she|they|we|I|you)"
_FREE_RELATIVE = re.compile(rf"\b(?:[Ww]hat|WHAT)(?:ever)?\s+{_FREE_SUBJECT}(?:\s+and\s+"
                            rf"{_FREE_SUBJECT})?\s+(?:\w+ly\s+|also\s+|had\s+|has\s+|have\s+)*$")
_PSEUDO_CLEFT = re.compile(r"\w+(?:\s+[^\s,;:.“”\"]+){0,6}?\s+(?:was|is)\s+(?:that\b|:|[“\"])")


def _free_relative(text: str, sent: Span, pos: int) -> bool:
    """Whether the cue at pos is the verb of a free relative ("what Doe says"), not of a
    pseudo-cleft that gives the words ("What Doe said was that X")."""
    if not _FREE_RELATIVE.search(text, max(sent.start, pos - _CONCEDED_REACH), pos):
        return False
    return not _PSEUDO_CLEFT.match(text, pos, sent.end)


_ADVERBIALS_AT_END = re.compile(
    r"(?:\s+(?:also|later|then|again|further|had|has|have|once|reportedly|"
    r"repeatedly|publicly|privately|firmly|flatly|simply|still|too|"
    r"\w+ly|in\s+[A-Z][\w.]*(?:\s+\d{1,2},?)?(?:\s+\d{4})?|in\s+\d{4}|"
    r"soon\s+after\s+[\w ]{1,30}?))+\s*$")
_SUBJECT_AT_END = re.compile(
    rf"(?:^|(?<=[\s,(“\"]))({_SUBJ})(?:(?:,[^,;“”\"]{{1,160}}){{1,2}},)?$")


_RELATIVE_WHO = re.compile(r"(?<![\w.’'\-])([A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3}),?\s+who$")


def _subject_before(ctx: _Ctx, floor: int, verb_pos: int) -> Speaker | None:
    """The speaker named just before a verb: 'Kaifu', 'He', 'Ryo Sahashi, a professor,'."""
    text = ctx.text
    left = text[floor:verb_pos]
    trimmed = _ADVERBIALS_AT_END.sub("", left)
    end = floor + len(trimmed.rstrip(" "))
    base = max(floor, end - _SUBJECT_REACH)
    untrimmed = floor + len(left.rstrip())
    body = _BODY_SUBJECT.search(text, max(floor, untrimmed - _BODY_SUBJECT_REACH), untrimmed)
    if body:  # "The Embassy in Saigon", "the Department of State" (not "in July" trimmed)
        return ctx.resolver.at(body.start(1), untrimmed, verb_pos)
    who = _RELATIVE_WHO.search(text, base, end)  # "... to Doe who said": Doe
    if who:
        return ctx.resolver.at(who.start(1), who.end(1), verb_pos)
    m = _SUBJECT_AT_END.search(text[base:end])
    if not m:
        return None
    lead = _SUBORDINATOR.match(m.group(1))  # "As I had pointed out": I
    return ctx.resolver.at(base + m.start(1) + (lead.end() if lead else 0), end, verb_pos)


# a capitalised subordinator that opens a sentence before its subject: not a name word
# words that open a clause of time, cause or concession, for the patterns below that add theirs
_SUBORDINATING = "When|While|Although|Though|Since|Because"
_SUBORDINATOR = re.compile(rf"(?:As|If|Unless|{_SUBORDINATING})\s+(?=\S)")


_WORD = re.compile(r"\w+")


def _indirect(ctx: _Ctx, sent: Span, qs: list[Quote], pos: int) -> None:
    text = ctx.text
    if text.startswith(("according to", "According to"), pos):
        return _according(ctx, sent, qs, pos)
    verb = _WORD.match(text, pos).group()  # at the offset: a copy of the rest was quadratic
    if verb in _GERUNDS:
        return _gerund(ctx, sent, qs, pos, verb)
    speaker = _subject_before(ctx, sent.start, pos)
    if speaker is None or pos in ctx.covered:
        return None
    if _free_relative(text, sent, pos):
        # "Despite what Doe says about X, ...": no words of his, but he has spoken (his "he"
        # of the sentences after is still he)
        ctx.resolver.heard(speaker.key, pos)
        return None
    if _RELATIVE_CUE.search(text[sent.start:pos]) and _PREDICATE_NEXT.match(
            text, pos + len(verb)):
        return None  # "the progress I have noted has continued": the noun's, no words said
    if _WHICH_CUE.search(text, max(sent.start, pos - _SUBJECT_WINDOW), pos) and not \
            _THAT_AFTER.match(text[pos + len(verb):sent.end]):
        # "As to specific points which Suharto had raised re the aid, I reminded him ...":
        # what was raised is the noun before "which"; the sentence goes on with its own words
        return None
    as_cue = _AS_CUE.search(text[sent.start:pos])
    if as_cue and as_cue.start() == 0:
        start = _after_as_clauses(text, pos, sent.end)
    elif as_cue and text[sent.start + as_cue.start()] == ",":
        # "X, as I had told Doe earlier." or "X, as he told Doe, of Y": the rest of the
        # sentence, without the aside when it ends the sentence
        start, closing = sent.start, _after_as_clauses(text, pos, sent.end)
        sent = sent if closing is not None else Span(sent.start, sent.start + as_cue.start())
        if any(v < sent.start + as_cue.start() for v in _verbs(text, Span(sent.start, pos), qs)):
            return None  # "He thinks X, as he told Doe, Y": the earlier cue reports it
    elif _interrupts(text, sent.start, pos, verb):
        # "The plan for the harbour, he said, was dead": one row across the cue, as the words
        # on either side make one statement (the first alone may say nothing: "This has been
        # borne out, he stated, by the fact that ..."); but where a second predicate of the
        # speaker follows ("This would be a trip to the north, he said, and indicated he would
        # include me"), the words are those before the cue
        after = _SET_OFF_AFTER.match(text, pos + len(verb)).end()
        if _AND_PREDICATE.match(text, after, sent.end):
            sent = Span(sent.start, text.rindex(",", sent.start, pos))
        start = sent.start
    else:
        start = _content_start(text, pos, verb, sent.end)
    if start is None:
        return None
    sent = _fronted_clause(text, sent, pos, start)
    if speaker.key is None and not (verb in _PERSON_CUE_INDIRECT_NONPERSON and (
            _THAT_AFTER.match(text[pos + len(verb):sent.end]) or _SPOKESPERSON.search(
                speaker.name))):  # "A spokeswoman for the Office said the ..." needs no "that"
        return None
    _emit_indirect(ctx, sent, qs, speaker, verb, pos, start, f"indirect:{verb}")


# a subordinate clause opening the sentence ("When I proposed X, ...", "Although Doe believes
# X, ..."), and the comma, subject and verb that begin its main clause
_FRONTED_OPENER = re.compile(rf"\W*(?:\d{{1,2}}[.)]\s+)?(?:{_SUBORDINATING}|After|Whereas|"
                             r"Even\s+though)\s")
_MAIN_CLAUSE = re.compile(
    r",\s+(?:(?:he|she|they|I|we|it|there|(?:[Tt]he\s+)?[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3})"
    r"\s+(?:\w+ly\s+|also\s+|then\s+)?(?:[a-z]{2,}ed|[a-z]{2,}s|was|were|had|has|have|would|"
    r"could|will|can|did|does|is|are|may|might|must|should|felt|thought|said|told|made|took|"
    r"gave|saw|knew|went|came|held|met|kept|left|found|got|put|brought|sent)"
    # a bare noun and a modal: "Although Doe stated that X, greater risk could stem from Y"
    r"|(?!(?:the|a|an|this|that|which|who|whom|whose|where|when|as|if|and|but|or|so|"
    r"because|since|though|unless|while)\b)(?:[a-z]+\s+){1,2}(?:could|would|should|must|might|"
    r"may|can|will)\s)\b")

# the main clause's own subject right before the cue: "When Doe asked, Roe said that"
_SUBJECT_AFTER_COMMA = re.compile(
    r",\s+(?:he|she|they|I|we|(?:[Tt]he\s+)?[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3})"
    r"\s+(?:\w+ly\s+|also\s+|then\s+)?\Z")


def _fronted_clause(text: str, sent: Span, pos: int, start: int) -> Span:
    """The sentence, or its opening subordinate clause when the cue is in one: "When I
    proposed X, he suggested Y" reports X, and the main clause says something of its own."""
    if start < pos or not _FRONTED_OPENER.match(text, sent.start, pos) or _MAIN_CLAUSE.search(
            text, sent.start, pos) or _SUBJECT_AFTER_COMMA.search(text, sent.start, pos):
        return sent  # words before the cue, or the cue is the main clause's
    main = _MAIN_CLAUSE.search(text, start, sent.end)
    return Span(sent.start, main.start()) if main else sent


# a cue in a relative clause without "which": "the progress I have previously noted has
# continued" (the noun is what was noted; the sentence goes on with its own verb)
_RELATIVE_CUE = re.compile(r"\b[a-z]{3,}\s+(?:I|we|he|she|they)\s+(?:have|has|had)\s+(?:\w+ly\s+)?\Z")
_PREDICATE_NEXT = re.compile(r"\s+(?:has|have|had|is|was|were|are)\b")
# a cue in a relative clause after "which", in the perfect: "the points which Suharto had
# raised" ("that" may be a conjunction: "added that Doe said ...")
_WHICH_CUE = re.compile(r"\b[a-z]{3,}\s+which\s+(?:[A-Z][\w.’'\-]*\s+){1,3}(?:had|has|have)\s+"
                        r"(?:\w+ly\s+)?\Z")
# a cue in a fronted "as" clause: "As I pointed out to Doe last night, these matters cannot
# wait": the words are the main clause after it (and after any "and as Roe told him" joined on)
_AS_CUE = re.compile(r"(?:^(?:[Bb]ut\s+|[Aa]nd\s+)?|,\s*|^[Aa]s\b.*\band\s+)[Aa]s\s+(?:[\w.’'\-]+\s+){1,5}?(?:had\s+|has\s+|"
                     r"have\s+)?(?:\w+ly\s+|also\s+|earlier\s+)?\Z")
_AS_CLAUSES_END = re.compile(r",\s+(?!(?:and\s+)?as\b)(?=[A-Za-z“\"])")


def _after_as_clauses(text: str, pos: int, end: int) -> int | None:
    """Where the main clause after a fronted "as" clause starts, outside brackets; None when
    the sentence ends first ("..., as Doe said.": the words are before it, not read here)."""
    depth = 0
    for i in range(pos, end):
        if text[i] in ":“\"":
            return None  # "As Doe stated on May 1: “...”": a quotation's occasion
        depth += (text[i] == "(") - (text[i] == ")")
        if depth == 0 and text[i] == "," and (main := _AS_CLAUSES_END.match(text, i)):
            return main.end()
    return None


# a cue set off by commas inside the words it reports: "The note, he said, is the product of
# ...", "This, the Minister added, worried him": the words are the whole sentence
_CUE_ADVERB = r"(?:also|then|again|later|further|[a-z]+ly)"
_SET_OFF_AFTER = re.compile(rf"(?:\s+{_CUE_ADVERB})?\s*,\s*(?=[\w“\"‘'])")
_SET_OFF_BEFORE = re.compile(rf"\w[^,;:]*,\s+(?:[^\s,;:]+\s+){{0,4}}[^\s,;:]+\s+"
                             rf"(?:{_CUE_ADVERB}\s+)?$")


# a second predicate of a cue's subject: "and indicated he would ...", "but added"
_AND_PREDICATE = re.compile(r"(?:and|but)\s+(?:then\s+|also\s+)?(?!(?:this|thus|his|its|was|has|"
                            r"is|as|us|yes|less|unless|perhaps)\b)[a-z]{3,}(?:ed|s)\b")


def _interrupts(text: str, start: int, pos: int, verb: str) -> bool:
    if verb not in SPEECH_VERBS or not _SET_OFF_AFTER.match(text, pos + len(verb)):
        return False
    m = _SET_OFF_BEFORE.search(text, start, pos)
    return bool(m) and not re.search(r"\bthat\b", text[start:pos])


# an object that is a talk or journey the speaker had: "noted his talks with Doe", "mentioned
# his visit to Roe", "recalled their conversation of May 3"
_TALK_OBJECT = re.compile(r"\s+(?:his|her|their|our|my)\s+(?:\w+\s+)?(?:"
                          + "|".join(sorted(TALK_NOUNS, key=len, reverse=True)) +
                          r")\b(?![^,;.]{0,80}?\b(?:that|was|were|had|has|have|would|could|"
                          r"will|is|are)\b)")
_TELLS_OF = {"noted", "mentioned", "recalled", "described", "reviewed", "recounted", "discussed"}


def _content_start(text: str, pos: int, verb: str, limit: int) -> int | None:
    after = pos + len(verb)
    kind = SPEECH_VERBS.get(verb) or _GERUNDS.get(verb, "clause")
    rest = text[after:limit]
    aside = _ASIDE_AFTER_CUE.match(rest)
    if aside:  # "said (with feeling) this was ...": the narrator's, not the words
        after, rest = after + aside.end(), rest[aside.end():]
    if verb in _CHARACTERISING and _OBJECT_AS.match(rest):
        return pos  # "explained the policy as one marked by mistakes": the verb is half of it
    if verb in _TELLS_OF and _TALK_OBJECT.match(rest):
        return None  # "noted his talks with Doe and Roe": what he told of, not his words
    goes_on = _GOES_ON.match(rest) or _THEN_PARTICIPLE.match(rest)
    if goes_on:  # "agreed and then went on to note that X", "concluded this segment of the
        return after + goes_on.end()  # talk suggesting that X": X, the words of both cues
    if verb == "remarked" and re.match(r"\s+(?:up)?on\b", rest):
        return None  # "remarked upon this to Doe": what about, not what
    if verb in _ON_TOPIC_VERBS and _ON_TOPIC.match(rest):
        return None  # "commented on the Department's report in a memorandum": its topic only
    if verb == "agreed" and re.match(r"\s+to\s+[a-z]", rest):
        return None  # "agreed to reopen the border": what was done, not said
    if verb == "recalled" and re.match(r"\s+(?:the|his|her|our|their|its)\s+\w+\s+(?:to|from)\b",
                                       rest):
        return None  # "recalled the dossier to bring it up to date": called back, not said
    by_asking = _BY_ASKING.match(rest)
    if by_asking:  # "responded by asking whether X": the question "whether X"
        return after + by_asking.end()
    if verb == "asked":
        question = _ASKED_IF.match(rest)
        if question:
            return after + question.start(1)  # "asked if there was basis for fear that X"
    if verb in _OBJECT_THEN_THAT:
        m = _THAT_AFTER.match(rest)
        if m and _VERB_RE.search(rest, 0, m.end()):
            return None  # "asked what it meant and I replied that": another cue's clause
        own = m and not _ABOUT.search(rest, 0, m.end()) and _OWN_CLAUSE_BEFORE_THAT.search(
            rest, 0, m.end())
        return after + (own.end() if own else m.end()) if m else None
    if verb in CLAUSE_ONLY:  # "indicated that ...", "indicated he would ..."
        m = re.match(r"^\s*(?:,\s*)?(?:that\s+|(?=(?:he|she|they|it|we)\s+(?:would|will|could|"
                     r"had|was|were|is|did|might|should)\b))", rest)
        return after + m.end() if m else None
    if kind == "object":
        if verb in {"called", "described", "asked"} and not re.match(r"^\s+\w", rest):
            return None
        manner = verb != "called" and _MANNER.match(rest)  # not before a visit
        if manner and verb == "spoke" and not _spoken_of(rest, manner.end()):
            manner = None  # "spoke briefly on the telephone": a call; "spoke feelingly of X"
        if verb == "spoke" and _SPOKE_HOW.match(rest):
            return None  # "spoke throughout with semblance of full conviction": how, not what
        if manner:
            after, rest = after + manner.end(), rest[manner.end():]
        if verb == "called" and _CALLED_SOMEONE.match(rest) or (
                _VISIT.match(rest) and verb in {"called", "spoke"}):
            # "called on the President", "spoke with Doe": a visit, a call; what it was for
            # may say what was said ("called in Doe to inform him that ...")
            m = _CALLED_TO_SAY.match(rest)
            return after + m.end() if m else None
        # "suggested that X", "stressed to Doe that X", "expressed the view that X": X, not
        # the cue with it
        m = (re.match(r"^\s+that\s+", rest) or _TO_LISTENER_THAT.match(rest)
             or _VIEW_THAT.match(rest) or _CLAUSE_WITHOUT_THAT.match(rest)
             or _SET_OFF_THEN_THAT.match(rest) or _SET_OFF_THEN_OBJECT.match(rest)
             or _OCCASION_THEN_THAT.match(rest))
        if m:
            return after + m.end()
        if _NOT_A_CUE_AFTER.match(rest):
            return None  # "the paper mentioned above", "as he described them, ..."
        # "stressed the importance of X": the object is the words, the cue stays in `cue`;
        # an object too short to stand alone ("denied the story") keeps its cue, and so does
        # a characterisation ("called the plan a disaster"), whose verb is half the words
        if verb == "called" or (verb == "described" and re.search(r"\bas\b", rest)):
            return pos  # "described X as Y"; "described X" reports X
        m = _OBJECT_START.match(rest)
        obj = rest[m.end():]
        return after + m.end() if not _PRONOUN_OBJECT.match(obj) and _words(
            obj) >= MIN_QUOTE_WORDS else pos
    if verb == "pointed" and not re.match(r"^\s+out\b", rest):
        return None
    if verb == "pointed" and re.match(r"^\s+out\s*,(?![^,.;]{0,40},\s*that\b)", rest):
        return None  # "X, Doe pointed out, was ...": a parenthetical cue, the parse's to read
    if _TO_LISTENER_ONLY.match(rest) or _OCCASION_THEN_QUOTE.match(rest) or (
            verb in ("wrote", "writes", "cabled") and _WROTE_TO_ONLY.match(rest)):
        # "wrote to Doe in March:", "stated before the Assembly on November 1: “...”": the
        # words are after the colon
        return None
    m = (_TO_LISTENER_THAT.match(rest) or _SET_OFF_THEN_THAT.match(rest)
         or _OF_LISTENER.match(rest)  # "inquired of Admiral Doe how": after the one asked
         or _LISTENER_THEN_PARTICIPLE.match(rest)  # "wrote Senator Doe expressing the hope"
         or _OCCASION_THEN_THAT.match(rest)  # "said in his May 4 press conference that"
         or _WORDS_THEN_THAT.match(rest))  # "adding, however, that": after the aside
    return after + m.end()


# a clause after a cue that takes an object, its "that" left out as cables do: "emphasized
# this was a personal view", "stressed my government wished to ...": the clause is the words
_CLAUSE_WITHOUT_THAT = re.compile(
    r"^\s+(?=(?:(?:he|she|they|we|I|it|this|there)|(?:my|our|his|her|their|the)\s+(?:"
    r"government|country|side|delegation|people))\s+(?:[a-z]+ing|would|will|could|had|has|"
    r"have|was|were|is|are|did|does|might|should|must|can|may|felt|thought|wished|wanted|"
    r"believed|hoped|intended)\b)")
# an aside set off by commas, then the clause: "suggested, however, that ..."
_SET_OFF_THEN_THAT = re.compile(r"^\s*,\s*[^,;:.“”\"]{1,40},\s*that,?\s+")
# an aside, then the object: "mentioned, for example, the complications ..."
_SET_OFF_THEN_OBJECT = re.compile(r"^\s*,\s*[^,;:.“”\"]{1,40},\s*(?=(?:the|a|an|his|her|their|"
                                  r"its|our|this|these|some|several)\s)")
# an object verb used as a participle or in an aside: "the paper mentioned above is ...",
# "the terms he mentioned, including ...", "as he described them, did not ..."
_NOT_A_CUE_AFTER = re.compile(r"^(?:\s+(?:above|below|earlier|previously|before|herein)\b|"
                              r"\s*[,)]|\s+(?:it|them|this|that)\s*,)")
# what one "went on to" do that is saying: "but went on to say that", "went on to note that"
_GO_ON_VERBS = (r"say|add|note|stress|emphasi[sz]e|suggest|observe|remark|express|urge|mention|"
                r"warn|explain|comment|recall|indicate|point\s+out")
# a short aside in brackets right after a cue: "said (with feeling)", "replied (in French)"
_ASIDE_AFTER_CUE = re.compile(r"\s*\((?:[a-z][\w’'\-]+\s*){1,4}\)(?=\s)")
# cues that characterise their object as something ("explained the policy as one marked by
# mistakes"): the verb is half the words
_CHARACTERISING = {"explained", "characterized", "characterised", "portrayed", "depicted",
                   "presented"}
_OBJECT_AS = re.compile(r"\s+(?:(?!that\b)[\w’'\-]+\s+){1,6}?as\s+(?!being\s+that\b)(?:a|an|one|"
                        r"the|[a-z]+ing)\b")
# a second cue right after the first, before any words: "agreed and then went on to note that",
# "agreed, but went on to say that"
_GOES_ON = re.compile(r"\s*,?\s*(?:and|but)\s+(?:then\s+|also\s+)?(?:went\s+on\s+to\s+"
                      rf"(?:{_GO_ON_VERBS})(?:\s+that)?|(?:said|added|noted|stated|observed|"
                      r"remarked|pointed\s+out)\s+that)\s+")
# the cue's object, then a participle that says what was said: "concluded this segment of the
# discussion suggesting that", "closed the meeting by saying that"
# (not a clause of its own, "replied he had no objections to saying that", nor another's
# saying, "between her saying that")
_THEN_PARTICIPLE = re.compile(r"\s+(?:(?!(?:that|he|she|they|we|I|it|his|her|their|to)\b)"
                              r"[\w’'\-]+\s+){0,8}?(?:by\s+)?(?:suggesting|saying|noting|adding|"
                              r"stating|stressing|emphasi[sz]ing|observing|remarking|"
                              r"pointing\s+out)\s+that\s+")
# a topic spoken of, after the manner of speaking: "spoke feelingly of X"
_OF_TOPIC = re.compile(r"\s+(?:of|about)\s+(?P<topic>(?:(?!(?:and|but)\b)\S+\s*){1,3})")


# how one spoke, with no topic: "spoke throughout with great confidence", "spoke with emotion"
_SPOKE_HOW = re.compile(r"\s+(?:\w+\s+){0,2}?with\s+(?!(?:the\s+)?[A-Z]|(?:him|her|them|me|us|"
                        r"each\s+other|one\s+another)\b)")


def _spoken_of(rest: str, at: int) -> bool:
    """"spoke feelingly of the importance of X": a topic after the manner; not a short one
    joined to a second cue ("spoke highly of Doe and said ..."), which the parse splits."""
    m = _OF_TOPIC.match(rest, at)
    return bool(m) and (_words(m.group("topic")) >= MIN_QUOTE_WORDS
                        or not re.match(r"\s*(?:and|but)\b", rest[m.end():]))
# where the object starts: after "of" or "about" ("spoke of X") or "attention to"
# or a listener ("proposed to Lloyd present membership be frozen")
_OBJECT_START = re.compile(r"^\s*(?:(?:of|about|on|upon)\s+|attention\s+to\s+|to\s+(?:the\s+)?"
                           r"(?:[A-Z][\w.’'\-]*\s+){1,3}(?=[a-z]))?")
# the cue's manner before what it reports ("described briefly the plans", "stressed again
# that X", "spoke at length on X"): not the words
_MANNER = re.compile(r"\s*(?:\w+ly|at\s+(?:some\s+)?length|in\s+(?:some\s+)?detail|further|"
                     r"again|once\s+more)(?:\s+and\s+(?:\w+ly|at\s+(?:some\s+)?length))?"
                     r"(?=\s+(?:the|a|an|his|her|their|its|our|that|how|what|why|whether|on|"
                     r"about|upon|of)\b)")
# an object that cannot stand without its cue: a pronoun, or a quotation ("welcomed “...”")
_PRONOUN_OBJECT = re.compile(r"(?:it|this|that|them|so|these|those)\b|[“\"‘]")
# a cue's listener and occasion, then a colon: "wrote to Doe in March:", "said to him:"
_TO_LISTENER_ONLY = re.compile(r"^\s+to\s+[^.;:“”\"]{1,80}?:\s*$")
# a letter written to someone, and nothing of what it said: "Doe wrote to the Council."
_WROTE_TO_ONLY = re.compile(r"^\s+to\s+(?:the\s+|him\b|her\b|them\b|me\b|us\b|[A-Z])"
                            r"(?:(?!\bthat\b)[^;:“”\"]){0,80}?\.?\s*$")
# the occasion of the words, then a colon and the quotation, or the paragraph's end before it:
# "stated before the Assembly:", "the Secretary stated on September 17, 1957:"
_OCCASION_THEN_QUOTE = re.compile(r"^\s+(?:(?:before|at|in|on|to|during|after|from|upon|when|"
                                  r"while)\b(?:(?!that\b)[^.;:“”\"]){0,100}:\s*[“\"]|"
                                  r"(?:before|at|on|during)\b(?:(?!that\b)[^.;:“”\"]){0,100}:\s*$)")


# what may stand between a cue and "that": "said Thursday that", "said on March 4 that",
# "pointed out by saying that", "said privately that"; a "that" a verb follows is the words'
# subject ("said that is a motive"), not the conjunction
_WORDS_THEN_THAT = re.compile(
    r"^\s*(?:out\s+)?(?:by\s+saying\s+)?(?:,?\s*in\s+(?:response|reply|answer)\s+to\s+(?:a|an|the|"
    r"my|his|her|our|their|this)\s+(?:[a-z]+\s+){0,2}?(?:question|query|inquiry|remark|comment)s?"
    r"(?:\s+(?:from|by|of)\s+(?:the\s+)?[\w.’']+(?:\s+[A-Z][\w.’']+)?)?,?\s+)?(?:(?:(?:(?!that\b)[a-z]+|(?:Mon|Tues|Wednes|Thurs|"
    r"Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|"
    r"November|December|\d{1,2}(?:st|nd|rd|th)?,?)\s+){0,4}?that(?:,\s+|\s+(?!(?:is|was|were|"
    r"would|will|has|had|might|may|must|could|can|" + _TIME_NOUNS + r")\b))|:\s*|,\s*)?")

# the occasion or the listener, then "that": "said in his February 26 press conference that",
# "agreed with Ambassador Doe that", "stated on the question of arms that": the words come
# after.  Not a clause ("said in 1954 Doe had assured Roe that": a verb, a subject pronoun),
# nor a noun the "that" belongs to ("in spite of the fact that", "in the hope that"), nor a
# participle's clause ("reiterated at length his arguments, emphasizing that")
_FRAME_WORD = (r"(?!(?:he|she|they|we|I|it|there|and|or|but|is|was|were|are|be|been|had|has|"
               r"have|would|could|should|will|can|may|might|must|did|does|do|fact|hope|view|"
               r"belief|assumption|expectation|understanding|knowledge|event|sense|extent|"
               r"grounds|order|light|case|spite|so|such|that|which|who|what|\w+ed|"
               r"(?!(?:during|meeting|morning|evening|briefing|hearing)\b)\w+ing)\b)"
               r"[\w.’'\-]+,?")
_OCCASION_THEN_THAT = re.compile(
    r"^\s+(?:in|at|on|during|with|before|to|over|after)\s+(?:" + _FRAME_WORD + r"\s+){1,8}?"
    r"that,?\s+(?!(?:is|was|were|would|will|has|had|" + _TIME_NOUNS + r")\b)")

# a view held, then its words: "expressed the view that", "expressed his firm hope that"
_VIEW_THAT = re.compile(rf"^\s+(?:the|his|her|their|its|our|a|an)\s+(?:[a-z]+\s+){{0,2}}?"
                        rf"(?:{'|'.join(sorted(HELD_VIEWS | {'statement', 'point', 'argument'}))})"
                        r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*)?)?"
                        r"\s+that,?\s+"
                        # "called his attention to (the) fact that"
                        r"|^\s+(?:\w+\s+)?attention\s+to\s+(?:the\s+)?fact\s+that,?\s+")


# "inquired of Admiral Doe how ...": the one asked, then the question
_OF_LISTENER = re.compile(r"^\s+of\s+(?:[\w.’'\-]+\s+){1,5}?(?=(?:how|what|whether|if|why|when|"
                          r"where|who|which)\b)")
# "wrote Senator Doe expressing the hope that ...", "cabled Doe urging that ...": the one
# written to and the participle of the telling are not the words
_LISTENER_THEN_PARTICIPLE = re.compile(r"^\s+(?:[A-Z][\w.’'\-]*\s+){1,4}?(?:expressing|urging|"
                                       r"requesting)\s+(?:that,?\s+)?")
# "said to the Ambassador that ...", "explained to Doe that ...": the listener, then the words
_TO_LISTENER_THAT = re.compile(r"^\s+(?:out\s+)?to\s+(?:[\w.’'\-]+\s+){1,5}?that,?\s+")


_CALLED_TO_SAY = re.compile(r"[^.;:]{0,80}?\bto\s+(?:inform|tell|assure|advise|warn|remind|"
                            r"notify)\s+(?:[\w.]+\s+){1,4}?that\s+")
# "called Ambassador Kim to the Department", "called Doe": a summons or a telephone call, not
# what was said (that names a thing: "called the plan a disaster")
_CALLED_SOMEONE = re.compile(r"\s+(?:in\s+)?[A-Z][\w.’'-]*(?![\w.’'-])"
                             r"(?:\s+[A-Z][\w.’'-]*(?![\w.’'-]))*"
                             r"(?!\s+(?:a|an|the|his|her|its|their|one|[“\"])(?:\s|\b))")
# after "called" or "spoke": a visit or a call, not what was said
_VISIT = re.compile(r"\s+(?:on|upon|at|in|back|off|up|together|me|us|with|to|by|before|after|"
                    r"when|while|yesterday|today|earlier|later|again|last|this|late|early)\b")


def _emit_indirect(ctx, sent, qs, speaker, verb, cue_pos, start, rule, said_on=None) -> None:
    text = ctx.text
    end = sent.end
    tail = _TRAILING_SOURCE.search(text[start:end])
    if tail:
        end = start + tail.start()
    reply = (_REPLY_CLAUSE.search(text, start, end) or _WRITERS_VIEW.search(text, start, end)
             or _NEXT_SPEAKER.search(text, start, end)
             or start > cue_pos and _joined_cue(text, start, end))
    if reply:
        # "..., to which Roe rejoined: ...": Roe's words, not these; "..., and we assume
        # that ...": the writer's view of them, not the speaker's; "..., and noted X": X is
        # the speaker's next statement
        end = reply.start()
        if reply.re is _NEXT_SPEAKER and reply.group().startswith((", he", ", she")) and (
                start < cue_pos or _NO_CLAUSE.match(text, start)):
            # "with regard to Roe's statement, he agreed that X", "For instance, Doe said, he
            # agreed that X": the words are X, the row of the cue after the comma, whose "he"
            # is this speaker
            ctx.resolver.heard(speaker.key, cue_pos)
            return
    end = _before_writers_part(text, start, end)
    if _QUESTION.match(text, start):
        answer = _ANSWER.search(text, start, end)
        if answer and _words(text[start:answer.start()]) >= 3:
            end = answer.start()  # "asked whether X; Mr. Roe replied ...": the answer is Roe's
    if _WHEN_CLAUSE.match(text, sent.start, cue_pos) and not _THAT.match(text, start):
        main = _MAIN_CLAUSE_CUE.search(text, start, end)
        if main and _words(text[start:main.start()]) >= 2 and not _JOINS_ON.search(
                text, start, main.start() + 1):  # "..., as he agreed that": a clause of the words
            end = main.start()  # "When I mentioned X he said Y": X; the main clause says Y
    end = _aside_closed(text, sent.start, cue_pos, end)
    end = _before_next_act(text, verb, cue_pos, start, end)
    agreed = _ANOTHER_AGREES.search(text, start, end)
    if agreed and _words(text[start:agreed.start()]) >= _CLAUSE_WORDS:
        # "... could be discussed and Couve agreed": the narrator's, of another (not the
        # piece "Both Turkey and Greece agreed, he said, that ...")
        end = agreed.start()
    _emit_span(ctx, sent, qs, speaker, verb, cue_pos, start, end, rule, said_on)
    if reply and reply.re is _JOINED_CUE and speaker.key:
        _joined_statement(ctx, sent, qs, speaker, reply, rule)


# words enough before another's assent to be a clause of their own
_CLAUSE_WORDS = 5
# another's assent closing the words: "... could be discussed and Couve agreed."
_ANOTHER_AGREES = re.compile(r",?\s+(?:and|but)\s+(?:[A-Z][\w.’'\-]*\s+){1,3}(?:agreed|concurred|"
                             r"assented|disagreed|demurred|nodded)\s*[.;]?\s*\Z")
# words that open no clause of their own: a preposition or a subordinator
_NO_CLAUSE = re.compile(r"(?:with|without|since|as|because|if|when|while|although|though|for|in|"
                        r"on|regarding|concerning|after|before|given|despite)\b", re.IGNORECASE)
# the editors' mark of withheld or lost text closing a span
_EDITORS_GAP = re.compile(r"\s*\[[^\[\]]{0,80}\b(?:not\s+declassified|omitted|garbled?|illegible)"
                          r"[^\[\]]{0,20}\][\s.,;:]*\Z")
# the speaker going on to act, not to speak: "explained the plan and left with Doe a draft",
# "described the offer and handed over the text"
_NEXT_ACT = re.compile(r",?\s+and\s+(?:then\s+)?(?:left\s+(?:with|behind)|handed\s+(?:over|him|her|"
                       r"them|me|us|to)|gave\s+(?:him|her|them|me|us)|withdrew|departed)\b")


_CLAUSE_AFTER_OBJECT = re.compile(r",\s+(?:and|but)\s+(?:the|his|her|their|its|a|an|"
                                  r"[A-Z][\w’'.\-]*)(?:\s+[\w’'.\-]+){0,4}?\s+(?:[a-z]+ed|was|"
                                  r"were|had|did)\b")


def _before_next_act(text: str, verb: str, cue_pos: int, start: int, end: int) -> int:
    """Where words reported without a "that" end when the speaker goes on to act ("explained X
    and left with Doe ..."); a "that" clause ("said that the rebels came and handed over the
    town") tells of actions as its words, and keeps them."""
    if "that" in text[cue_pos:start].split():
        return end
    m = _NEXT_ACT.search(text, start, end)
    if m is None and SPEECH_VERBS.get(verb.lower()) == "object":
        # "mentioned Nelson Rockefeller, and the Vice President's mind clicked": an object,
        # then the narrator's next clause
        m = _CLAUSE_AFTER_OBJECT.search(text, start, end)
    return m.start() if m else end


def _emit_span(ctx, sent, qs, speaker, verb, cue_pos, start, end, rule, said_on) -> None:
    text = ctx.text
    aside = text.rfind("(", start, end)
    if aside > start and text.find(")", aside, end) < 0:
        end = aside  # a parenthesis the sentence does not close: the writer's aside, cut off
    gap = _EDITORS_GAP.search(text, start, end)
    if gap:
        end = gap.start()  # "... to set up [2 lines of source text not declassified]": the
        # editors' mark of what is withheld, no words of the speaker
    start, end = strip_span(text, start, end)
    if text[start:start + 1] in "“\"" or _words(text[start:end]) < MIN_QUOTE_WORDS:
        return
    if text[start - 1:start] == "[" and text[end:end + 1] == "]":
        return  # "stating that [text not declassified]": the editors' words
    if _announces_points(text, sent.end):
        return  # "I stated on the basis of ...:" is not what was stated: the points are
    if _INVERTED_CONDITION.search(text, max(0, cue_pos - _CONDITION_REACH), cue_pos):
        return  # "had he said on June 1 what ...": never said, and no day for the speaker
    if any(q.open <= start <= q.close for q in qs):
        return
    ctx.resolver.heard(speaker.key, cue_pos)
    said = said_on or ctx.said_on.for_statement(speaker, cue_pos, start, verb, end)
    joint = [] if rule.endswith("continuation") else _joint_speakers(ctx, sent, speaker, cue_pos)
    # "Doe and Roe said that ...": each of them said it (the parse may report each already)
    made = {(s.char_start, s.char_end, s.speaker_key) for s in ctx.out[-len(joint) - 4:]}
    for who in joint or [speaker]:
        if (start, end, who.key) not in made:
            ctx.out.append(Statement(text[start:end], "indirect", start, end, who.name,
                                     who.key, verb, said, rule))


# between two names of one subject: "Doe, Roe and Poe", "Doe and Mr. Roe"
_JOINED = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:[A-Z][a-z]{0,9}\.?|[Mm]essrs\.)\s+)?")
# what may stand between a subject and its cue: "Doe and Roe then said", "..., however, said"
_TO_CUE = re.compile(r"\s*(?:,[^,]{1,30},\s*)?(?:\w+ly\s+|then\s+|also\s+|both\s+|again\s+)*")


def _joint_speakers(ctx: _Ctx, sent: Span, speaker: Speaker, cue_pos: int) -> list[Speaker]:
    """The people of a coordinated subject whose last name is the speaker's, in text order
    ("Doe, Roe and Poe pointed out that ..."), when there are two or more; else []."""
    if not speaker.key:
        return []
    mentions = ctx.resolver.mentions_in(sent.start, cue_pos)
    if not mentions or mentions[-1].person_key != speaker.key or not _TO_CUE.fullmatch(
            ctx.text, mentions[-1].char_end, cue_pos):
        return []
    chain = [mentions[-1]]
    for m in reversed(mentions[:-1]):
        if not _JOINED.fullmatch(ctx.text, m.char_end, chain[0].char_start):
            break
        chain.insert(0, m)
    if len(chain) < 2 or " and " not in ctx.text[chain[-2].char_end:chain[-1].char_start] or \
            _OBJECT_BEFORE.search(ctx.text, sent.start, chain[0].char_start):
        return []  # a list without "and", or objects ("He told Doe and Roe that ...")
    keys = list(dict.fromkeys(m.person_key for m in chain))
    return [ctx.resolver.person(k) for k in keys] if len(keys) > 1 else []


def _according(ctx: _Ctx, sent: Span, qs: list[Quote], pos: int) -> None:
    text = ctx.text
    m = re.match(r"[Aa]ccording to\s+([^,]{2,80}?),\s*", text[pos:sent.end])
    if not m or pos > sent.start + _ACCORDING_OPENING:
        return
    speaker = ctx.resolver.at(pos + m.start(1), pos + m.end(1), pos)
    if speaker is None or speaker.key is None:
        return
    clause = pos + m.end()
    if any(_subject_before(ctx, clause, v) for v in _verbs(text, Span(clause, sent.end), qs)):
        return  # the clause reports someone else's words: the source is only a source
    _emit_indirect(ctx, sent, qs, speaker, "according to", pos, clause, "indirect:according-to")


def _gerund(ctx: _Ctx, sent: Span, qs: list[Quote], pos: int, verb: str) -> None:
    text = ctx.text
    if pos in ctx.covered:
        return
    if _DOCUMENT_BEFORE.search(text, sent.start, pos):
        subj = _sentence_subject(ctx, sent)  # "Doe sent it with a note saying that": Doe's
    elif re.search(r",\s*$", text[sent.start:pos]):
        earlier = [v for v in _verbs(text, Span(sent.start, pos), qs) if v < pos]
        subj = _subject_before(ctx, sent.start, earlier[-1] if earlier else
                               _first_verb(text, sent, pos))
    elif _RECIPIENT_BEFORE.search(text, sent.start, pos):
        return  # "letters sent to Doe suggesting ...": the one written to says nothing
    else:
        subj = _subject_before(ctx, sent.start, pos)
    if subj is None or subj.key is None:
        return
    start = _content_start(text, pos, verb, sent.end)
    if start is not None:
        _emit_indirect(ctx, sent, qs, subj, verb, pos, start, f"indirect:{verb}")


_LEADING_SUBJECT = re.compile(r"(?:(?:[Tt]he\s+)?(?:[A-Z][\w.’'\-]*\s+){1,4}|(?:He|She|I)\s+)"
                              r"(?:\w+ly\s+|then\s+|also\s+)?(?=[a-z]+\b)")


# the one a gerund's document went to, right before it: "sent to Doe suggesting"
_RECIPIENT_BEFORE = re.compile(r"\bto\s+(?:[A-Z][\w.’'\-]*\s+){1,4}\Z")
# a document right before a gerund cue: its sender speaks ("with a covering note indicating")
_DOCUMENT_BEFORE = re.compile(r"\b(?:note|memorandum|memo|letter|cable|telegram|message)\s+$")


def _first_verb(text: str, sent: Span, limit: int) -> int:
    """Where the sentence's main verb phrase starts: after its leading subject ("I gave him
    the figures, saying ..."), else at its first word that looks like a verb."""
    m = _LEADING_SUBJECT.match(text, sent.start, limit)
    if m:
        return m.end()
    m = re.search(r"\b[a-z]+(?:ed|s)\b", text[sent.start:limit])
    return sent.start + m.start() if m else limit


# --------------------------------------------------------------------------------------------
# What the rules miss, read off the sentence's dependency parse

# the longest sentence worth a parse: longer "sentences" are tables or run-on lists
_PARSE_MAX_CHARS = 400
# a document as the source: "Doe's covering memorandum stated that ..." is Doe's
_DOCUMENT_OF = re.compile(r"(?P<who>.+?)[’']s\s+(?:[\w\-]+\s+){0,2}?(?:memorandum|memo|letter|"
                          r"cable|telegram|message|note|report|minute|paper|reply)$")


def _parsed(ctx: _Ctx, sent: Span, qs: list[Quote], running: Statement | None) -> None:
    """Statements of a sentence the rules found none in, from its dependency parse: each
    report whose subject is a person of the text (or the writer; a subject-less report
    continues the paragraph's speaker, else is the writer's)."""
    if sent.end - sent.start > _PARSE_MAX_CHARS:
        return
    nameable = ctx.nameable.get(sent.start)
    if nameable is None:
        nameable = ctx.nameable[sent.start] = _may_name_speaker(ctx, sent)
    if not nameable:
        return
    base = sent.start
    for r in _reports_of(ctx, sent) or ():
        cue = base + r.cue_start
        if any(q.open <= cue <= q.close for q in qs) or cue in ctx.covered:
            continue
        speaker = _report_speaker(ctx, r, base, cue, running)
        if speaker is None or speaker.key is None or _writers_view(ctx.text, base, r):
            continue
        start, end = base + r.content[0], base + r.content[1]
        if start < cue and _RELATIVE_OPENING.match(ctx.text, start):
            continue  # "those which Doe would ask you to make": a relative clause, no report
        then = _THEN_PARTICIPLE.match(ctx.text, cue + len(r.cue), end)
        if then and start < then.end():  # "concluded the talk suggesting that X": X
            start = then.end()
        _emit_indirect(ctx, Span(sent.start, end), qs, speaker, r.cue, cue, start, r.rule)


_RELATIVE_OPENING = re.compile(r"(?:which|whom|whose|who|that)\b", re.IGNORECASE)
# what a cue needs for a parse to find a speaker the resolver can name: just before it, a
# person's name, "he"/"she", "I" when the writer is known, a title ("the Foreign Minister"); or
# to open its sentence (telegraphese: "Said he would ...")
_PRONOUN_SUBJECT = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_FIRST_PERSON = re.compile(r"\bI\b|\bme\b")
_TITLE_PHRASE = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w.\-]*\s+){0,3}(?:"
                           + "|".join(sorted(w.capitalize() for w in ROLE_NOUNS if w.isalpha()))
                           + r")\b")
# telegraphese: a title with no article opens the sentence right before its cue ("2.
# President said", "General explicitly confirmed")
_BARE_TITLE = re.compile(r"(?:\(?\d{1,2}[.)]\s+)?(?:[A-Z][\w.\-]*\s+){1,3}(?:\w+ly\s+)?")
# a rule's clause and the parse's agree on where it starts within this many characters
_SAME_START = 6
# characters before a cue that hold its subject ("Foreign Minister Doe, in his reply, said")
_SUBJECT_WINDOW = 80
# a cue this near its sentence's start may have no subject at all (telegraphese)
_OPENING_REACH = 6


def _writers_view(text: str, base: int, r: Report) -> bool:
    """"I feel this to be true", "We believe that ...": the writer's present view is the
    record itself, not words said to anyone (a cue in its base form after I/we)."""
    if r.subject is None:
        return False
    subject = text[base + r.subject[0]:base + r.subject[1]].lower()
    return subject in {"i", "we"} and CUES.get(r.cue.lower()) == r.cue.lower()


def _may_name_speaker(ctx: _Ctx, sent: Span) -> bool:
    """Whether a cue of the sentence has, in the words just before it, a subject the resolver
    can name, or opens the sentence."""
    text = ctx.text
    for cue in cue_positions(text, sent.start, sent.end):
        if _views_or_orders(text, sent.start, cue):
            continue
        floor = max(sent.start, cue - _SUBJECT_WINDOW)
        if (cue - sent.start < _OPENING_REACH or ctx.resolver.mentions_in(floor, cue)
                or _PRONOUN_SUBJECT.search(text, floor, cue)
                or (ctx.writer and _FIRST_PERSON.search(text, floor, cue))
                or _TITLE_PHRASE.search(text, floor, cue)
                or _BARE_TITLE.fullmatch(text, sent.start, cue)):
            return True
    return False


_BASE_FORM_SUBJECTS = {"i", "we", "you"}


def _views_or_orders(text: str, start: int, cue: int) -> bool:
    """A cue in its base form after I/we/you ("I believe", "we recommend", "you urge") or
    opening its sentence ("Suggest you reply ...") is the writer's view or an instruction,
    which a parse would not report (see ``_writers_view``): not worth parsing."""
    word = _WORD.match(text, cue)
    form = word.group().lower() if word else ""
    if CUES.get(form) != form:
        return False
    before = text[max(start, cue - 12):cue].split()
    return not before or before[-1].lower() in _BASE_FORM_SUBJECTS


def _reports_of(ctx: _Ctx, sent: Span) -> list[Report] | None:
    """The reports of the sentence's parse, or None on a first reading: that reading only
    notes the sentences it would parse (``ctx.wanted``), so that they are parsed in one batch (at
    about twice the rate of one by one) for the second; one the second asks for anew is parsed
    alone."""
    if ctx.parses is None:
        ctx.wanted.add(sent)
        return None
    length, reports = ctx.parses.get(sent.start, (None, None))
    if length != sent.end - sent.start:
        reports = sentence_reports([ctx.text[sent.start:sent.end]])[0]
    return reports


# the reports of sentences parsed so far, by the sentence's words: a sentence a record repeats,
# or that a quoted record's reading meets again, is not parsed twice (its parse is the same in
# any batch); emptied when full, and by ``pipelines.extract.reset_caches``
_SENTENCE_REPORTS: dict[str, list[Report]] = {}
_SENTENCE_REPORTS_MAX = 20_000


def forget_sentences() -> None:
    """Empty the memo of the sentences' reports (``pipelines.extract.reset_caches``)."""
    _SENTENCE_REPORTS.clear()


def sentence_reports(sentences: list[str]) -> list[list[Report]]:
    """``reported_speech`` of each sentence's parse, in order; the new ones parsed in one batch."""
    known = {s: _SENTENCE_REPORTS[s] for s in sentences if s in _SENTENCE_REPORTS}
    new = [s for s in dict.fromkeys(sentences) if s not in known]
    if len(_SENTENCE_REPORTS) + len(new) > _SENTENCE_REPORTS_MAX:
        _SENTENCE_REPORTS.clear()
    for s, doc in zip(new, parse_sentences(new)):
        known[s] = _SENTENCE_REPORTS[s] = reported_speech(doc)
    return [known[s] for s in sentences]


def _split_coordinated(ctx: _Ctx, sent: Span, qs: list[Quote], first: int) -> None:
    """A rule's reported clause that runs on into a second, coordinated report ("Doe asked
    what I meant and I replied that ...", "... and remarked that ..."): the parse ends the
    first clause where the second report begins (its rule gains "+parse") and adds the
    second, with its own speaker."""
    new = [i for i in range(first, len(ctx.out)) if ctx.out[i].kind == "indirect"
           and coordinated_cue(ctx.text, ctx.out[i].char_start, ctx.out[i].char_end)]
    if not new or sent.end - sent.start > _PARSE_MAX_CHARS:
        return
    base = sent.start
    reports = _reports_of(ctx, sent)
    if reports is None:
        return
    for i in new:
        st = ctx.out[i]
        own = next((r for r in reports if r.cue == st.cue and base + r.content[1] < st.char_end
                    and _same_start(ctx.text, base + r.content[0], st.char_start)), None)
        end = base + own.content[1] if own else _before_second_cue(ctx, st, reports, base)
        if end is None:
            continue
        ctx.out[i] = replace(st, text=ctx.text[st.char_start:end], char_end=end,
                             rule=st.rule + "+parse")
        ctx.covered = _Covered(ctx.out)  # the trimmed clause no longer covers the rest
        for r in reports:
            cue = base + r.cue_start
            if end <= cue < st.char_end and cue not in ctx.covered:
                speaker = _report_speaker(ctx, r, base, cue, None)
                if speaker is not None and speaker.key is not None:
                    _emit_indirect(ctx, Span(sent.start, base + r.content[1]), qs, speaker,
                                   r.cue, cue, base + r.content[0], r.rule)


# what joins a second predicate of the same subject to the first: ", and", "but then"
_JOINS_PREDICATE = re.compile(r"[,;]?\s*\b(?:and|but)\s+(?:(?:then|also|later|further)\s+)?\Z")


# the word a clause the parse reports may open with, where a rule's clause starts after it
_OPENS_CLAUSE = re.compile(r"(?:whether|if|that)\s+")


def _same_start(text: str, parsed: int, ruled: int) -> bool:
    """Whether a rule's clause and the parse's start at one place: within a few characters,
    or the parse's opens with "whether" where the rule's starts at the clause's own subject
    ("asked whether [I was worried that ...]")."""
    return abs(parsed - ruled) <= _SAME_START or bool(
        parsed < ruled and _OPENS_CLAUSE.fullmatch(text, parsed, ruled))


def _before_second_cue(ctx: _Ctx, st: Statement, reports: list[Report], base: int) -> int | None:
    """Where a rule's clause ends when the parse reads no report of its own cue ("agreed with
    the analysis, and asked whether ..."): before the "and" of a second report inside it, a
    predicate of the same speaker joined to the first, or a clause of its own subject ("...,
    and Roe asked whether"); None when there is none."""
    seen = set()  # a cue's first subject leads its clause ("both he and Roe pointed out")
    for r in reports:
        cue = base + r.cue_start
        if not st.char_start < cue < st.char_end or cue in seen:
            continue
        seen.add(cue)
        own_subject = r.subject is not None and st.char_start < base + r.subject[0] < cue
        lead = base + r.subject[0] if own_subject else cue
        join = _JOINS_PREDICATE.search(ctx.text, st.char_start, lead)
        speaker = _report_speaker(ctx, r, base, cue, None) if join else None
        if speaker is not None and speaker.key and (own_subject or speaker.key == st.speaker_key):
            words = ctx.text[st.char_start:join.start()]
            return join.start() if _words(words) >= MIN_QUOTE_WORDS else None
    return None


def _report_speaker(ctx: _Ctx, r: Report, base: int, cue: int,
                    running: Statement | None) -> Speaker | None:
    if r.subject is None:  # telegraphese: "Said he would ..." goes on with the last subject
        return _subjectless_speaker(ctx, cue, running)
    start, end = base + r.subject[0], base + r.subject[1]
    m = _DOCUMENT_OF.match(ctx.text, start, end)
    if m:
        end = start + len(m.group("who"))
    return ctx.resolver.at(start, end, cue)


def _subjectless_speaker(ctx: _Ctx, cue: int, running: Statement | None) -> Speaker | None:
    """Telegraphese with no subject ("Said he would ...") goes on with the subject of the
    last sentence that has one: the writer after "I spoke of ...", else the running speaker.
    With no speaker running, a third person's sentence before it ("At same time he was
    pessimistic. Said ...") makes it that sentence's subject's (None: not one the resolver
    can name), not the writer's."""
    subject = last_subject(ctx.text, cue)
    if subject == "first" and ctx.writer:
        return ctx.writer
    last = running or next((s for s in reversed(ctx.out) if s.speaker_key), None)
    if last and last.speaker_key:
        return Speaker(last.speaker_name, last.speaker_key)
    if isinstance(subject, tuple):  # "Doe opened referring to ... Said ...": Doe's
        return ctx.resolver.at(*subject, cue)
    return ctx.writer


# a sentence's first word: after a sentence's end, or opening a paragraph after its list
# marker ("(6) I continued ...", "805. Doe expressed ...")
_SENTENCE_OPENING = re.compile(r"(?:(?<=[.!?])[ \t]+|(?:^|\n)[ \t]*(?:\(?\d{1,4}[.)]"
                               r"[ \t]+|\(?[A-Za-z][.)][ \t]+)?)(?P<word>[A-Z][\w’'\-]*)"
                               r"(?:[ \t]+(?P<next>[a-z]+))?")
# how far back a subject-less sentence looks for the subject it goes on with
_SUBJECT_REACH = 700
_SUBJECT_SENTENCES = 4
# openers of telegraphese with no subject besides cue verbs: "Also mentioned", "Spoke of"
_SUBJECTLESS_OPENERS = {"also", "then", "later", "further", "again", "spoke", "went", "gave",
                        "made", "took", "sought", "saw", "held", "met", "came"}
# "I asked him whether ... Said ...": the answer is the one asked, not the writer
_WRITER_ASKS = re.compile(r"I\s+(?:\w+ly\s+|then\s+|also\s+)?(?:asked|inquired|enquired|"
                          r"queried|wondered)\b")


def last_subject(text: str, pos: int) -> str | tuple[int, int] | None:
    """Who the last sentence before ``pos`` with a subject of its own speaks of: "first" (it
    opens with I or we, the writer's side, not asking), the offsets of its subject (anyone
    else), None (none near)."""
    openings = [m for m in _SENTENCE_OPENING.finditer(text, max(0, pos - _SUBJECT_REACH), pos)
                if m.start("word") < pos]
    for m in reversed(openings[-_SUBJECT_SENTENCES:]):
        word, after = m.group("word"), m.group("next") or ""
        low = word.lower()
        if (low in CUES or low in _SUBJECTLESS_OPENERS or (
                low.endswith("ed") and len(low) > 4 and after not in CUES)):
            continue  # no subject of its own: it goes on with the one before
        if word in ("I", "We"):
            return None if _WRITER_ASKS.match(text, m.start("word")) else "first"
        run = _CAPITALISED_RUN.match(text, m.start("word"))
        if _names_someone(word, run.group()):  # and its verb: "He most cordial." has none
            return (run.start(), run.end()) if _verb_after(text, run.end()) else None
        # "During my talk with Doe, I raised ...", "At same time he was ...": the pronoun
        # after an opening phrase; "Our concern ...": no one it can name
        inner = _PRONOUN_AFTER_OPENING.match(text, m.start("word"), pos)
        if inner is None:
            return None
        if inner.group("who") == "I":
            return None if _WRITER_ASKS.match(text, inner.start("who")) else "first"
        return inner.start("who"), inner.end("who")
    return None


# a pronoun subject after a sentence's opening phrase, before its first verb ends it
_PRONOUN_AFTER_OPENING = re.compile(r"[^.!?;\n]{0,100}?(?:,\s*|\s)(?P<who>I|he|she)\s+"
                                    r"(?:\w+ly\s+|then\s+|also\s+)?[a-z]{2,}")


_NEXT_WORD = re.compile(r"[ \t]+(?:\w+ly[ \t]+|then[ \t]+|also[ \t]+|again[ \t]+)?([a-z]+)")
_AUXILIARIES = {"was", "were", "is", "are", "had", "has", "would", "could", "should", "did",
                "will", "must", "might", "may", "can"}


def _verb_after(text: str, pos: int) -> bool:
    """Whether a verb follows a subject ending at ``pos``."""
    m = _NEXT_WORD.match(text, pos)
    return bool(m) and (m.group(1) in _AUXILIARIES or "verb" in senses(m.group(1)))


def _names_someone(word: str, run: str) -> bool:
    """Whether a sentence's first word (``run``: it and the capitalised words after it) may
    name a person: "He", "The Foreign Minister", a title or given name, or no English word."""
    low = word.lower()
    return (low in ("he", "she") or (low == "the" and " " in run) or low in ROLE_NOUNS
            or low in GIVEN_NAMES or not senses(low))


_CAPITALISED_RUN = re.compile(r"[A-Z][\w’'\-]*(?:\.?[ \t]+[A-Z][\w’'\-]*)*")


# --------------------------------------------------------------------------------------------
# Quotations introduced by a colon, and sentences that go on reporting the same speaker

# A paragraph that ends with ":" and says that words follow ("made the following comments:",
# "described it as follows:", "a note that reads in part:") introduces the quotation after it.
_INTRODUCES = re.compile(r"\b(?:follows|following|reads|wrote|writes|stated|said|comments?|"
                         r"note|letter|message|memorandum|telegram|cable|journal|diary|"
                         r"remarks|points|in part)\b", re.IGNORECASE)
_ROLE_SUBJECT = re.compile(r"(?:[^,“”\"]{1,60},\s+)?((?:[Tt]he|[Tt]his)\s+(?:[A-Z][\w.\-]*\s+)"
                           r"{0,3}[A-Z][\w.\-]*)\s+(?:\w+ly\s+)?[a-z]")
# a name right after one of these is an object, not the sentence's subject
_OBJECT_BEFORE = re.compile(r"\b(?:to|with|from|by|of|for|on|at|in|and|or|that|than|between|"
                            r"among|about|called|asked|told|informed|met|saw)\s+"
                            r"(?:[A-Z][\w.\-]*\s+){0,4}$", re.IGNORECASE)
# a verb before a name in its clause: the name is its object ("BG then addressed the
# Secretary and said:"), and the subject was someone the text does not name as a person
_VERB_IN_CLAUSE = re.compile(r"\b[A-Z]\w*\s+(?:\w+ly\s+|then\s+)?[a-z]{3,}ed\b")
_CONNECTIVE = re.compile(r"(?:However|But|Moreover|Furthermore|In addition|Nevertheless|"
                         r"Nonetheless|Therefore|Thus|Also|Still|Yet|Instead|Indeed)\b")
# the paragraph opens with its speaker: "The Prime Minister then said", "Dr. Doe noted"
_TURN_OPENING = re.compile(r"(?:\(?\d{1,2}[.)]\s+)?(?:(?:[A-Z][a-z]+ing|In\s+reply|Then|Later|"
                           r"Finally|In\s+conclusion),\s+)?"  # "2. Responding, Doe said"
                           r"(?:[Tt]he\s+)?(?:[A-Z][\w.’'\-]*\s+){1,5}(?:[a-z]+ly\s+|then\s+|"
                           r"also\s+|again\s+)?")


_RECORD_HEAD = re.compile(r"(?:\d+\.\s+)?(?:Memorandum (?:of|for the Record of) (?:a )?"
                          r"Conversation|Memorandum for the Record|Telephone Conversation|"
                          r"Minutes of|PARTICIPANTS|Participants|PRESENT)\b")


def _records_conversation(text: str, layout: Layout) -> bool:
    """A heading in the first paragraphs says the text is the record of a conversation."""
    return any(_RECORD_HEAD.match(text, b.span.start, b.span.end)
               for b in layout.blocks[:_HEADING_BLOCKS])


# a name before a document's or an event's noun qualifies it: "the May 16 Doe memorandum",
# "the Doe-Roe conversation"
_NAMES_DOCUMENT = re.compile(r"\s+(?:memorandum|memo|letter|cable|telegram|note|report|paper|"
                             r"proposal|plan|draft|message|conversation|talks|meeting|visit)\b")


# a fronted clause of time or condition, to its comma: "After the Secretary had read the
# draft, the following points came up:" (the points are nobody's)
_FRONTED_CLAUSE = re.compile(rf"(?:{_SUBORDINATING}|After|Before|Once|If|Unless|Until)\s"
                             r"[^,;:“”\"]{3,200},\s+(?!(?:he|she)\b)")


def _sentence_subject(ctx: _Ctx, sent: Span) -> Speaker | None:
    """The person a sentence is about: "The Acting Secretary made ...", "On June 9, Doe sent
    ...", "In his journal, Doe described ...".  None unless it is a person of the text; a
    fronted clause's subject is the main clause's only when "he" or "she" takes it up."""
    text = ctx.text
    fronted = _FRONTED_CLAUSE.match(text, sent.start, sent.end)
    sent = Span(fronted.end(), sent.end) if fronted else sent
    m = _ROLE_SUBJECT.match(text, sent.start, sent.end)
    if m:
        spk = ctx.resolver.at(m.start(1), m.end(1), m.start(1))
        if spk and spk.key:
            return spk
    for mention in ctx.resolver.mentions_in(sent.start, sent.end):
        head = text[sent.start:mention.char_start]
        if _OBJECT_BEFORE.search(text, sent.start, mention.char_start) or _VERB_IN_CLAUSE.search(
                head.rsplit(",", 1)[-1]) or (
                head.count("“") > head.count("”") or head.count('"') % 2) or _NAMES_DOCUMENT.match(
                text, mention.char_end) or "-" in (text[mention.char_start - 1:mention.char_start]
                                                   + text[mention.char_end:mention.char_end + 1]):
            continue  # an object, a name inside the quoted words, "the Doe memorandum", or
            # "the Doe-Roe exchange"
        after = text[mention.char_end:mention.char_end + _APPOSITION_REACH]
        if re.match(r"\s+(?:\w+ly\s+)?[a-z]|,[^,;“”\"]{1,160},\s+[a-z]", after):
            return ctx.resolver.person(mention.person_key)
    return None


def _introduced_by(ctx: _Ctx, block: Block) -> Speaker | None:
    """The speaker of a paragraph that opens with a quotation the paragraph before announces
    ("Doe described the lunch as follows:")."""
    if block.index == 0:
        return None
    prev = ctx.layout.blocks[block.index - 1]
    if not prev.sentences or not ctx.text[prev.span.start:prev.span.end].rstrip().endswith(":"):
        return None
    last = prev.sentences[-1]
    if _DOCUMENT_READS.search(ctx.text, last.start, last.end):
        return None
    clause = _writers_clause(ctx.text, last)
    if clause is not None or _DRAFTED.search(ctx.text, last.start, last.end):
        # the writer reads out, tells or drafts the words: theirs, whoever else the sentence
        # names ("...; Doe took careful notes:"), unless they are another's text; and no one
        # else's when the record's writer is unknown
        another = clause is not None and _ANOTHERS_TEXT.search(ctx.text, *clause)
        return None if another else ctx.writer
    if not _INTRODUCES.search(ctx.text, last.start, last.end) or \
            _INSTRUCTED.search(ctx.text, last.start, last.end):
        return None
    passed_on = _FROM_ANOTHER.search(ctx.text, last.start, last.end)
    if passed_on and not _SPEAKS_AFTER.search(ctx.text, passed_on.end(), last.end):
        return _letters_author(ctx, block, last)  # "received the following note from Doe:"
    if _NOT_AUTHORED.search(ctx.text, last.start, last.end):
        return None
    # of coordinated clauses, the one that ends at the colon announces the words: "Turkmen
    # translated it and Caglayangil dictated the following reaction:" (Caglayangil)
    joins = list(_NEXT_CLAUSE.finditer(ctx.text, last.start, last.end))
    if joins:
        closing = _sentence_subject(ctx, Span(joins[-1].end(), last.end))
        if closing is not None:
            return closing
    return _sentence_subject(ctx, last)


# a text the subject acted on but did not write or say: "the President has this date
# approved the following revision:", "Doe received the following reply:"; or was put to him:
# "President Rhee was asked following questions:"
_NOT_AUTHORED = re.compile(r"\b(?:approved|adopted|received|accepted|endorsed|ratified|"
                           r"initialed|signed\s+off\s+on|concurred\s+in|noted|forwarded|"
                           r"circulated|enclosed|attached|(?:was|were)\s+(?:asked|put|handed|"
                           r"given|shown|sent))\s+(?:[\w’']+\s+){0,3}?following\b",
                           re.IGNORECASE)


# the words between "from" and a name: its titles only ("from General Doe")
_TITLES_ONLY = re.compile(r"(?:the\s+)?(?:[A-Z][\w.’'\-]*\s+){0,4}")
_TITLE_REACH = 60
# a letter's opening address alone in its paragraph: "“Dear Mr. Secretary:", "Excellency:"
_SALUTATION = re.compile(rf"\s*[“\"]?\s*(?:{DEAR}|Sir|Excellency|"
                         r"Your\s+Excellency|Gentlemen)[:,]\s*$")


def _letters_author(ctx: _Ctx, block: Block, last: Span) -> Speaker | None:
    """Who wrote a text the sentence before says is passed on from another: its signer, else
    the person the words after "from" name; not the one who delivers or receives it, and no
    one when it is a body's unsigned text ("a letter from the Government")."""
    if _SALUTATION.match(ctx.text, block.span.start, block.span.end):
        return None  # "Dear Mr. Secretary:" is the letter's address, no words of it said
    mentions = ctx.resolver.mentions_in(block.span.start, ctx.layout.blocks[-1].span.end)
    key = signer(ctx.text, ctx.layout, block.index, mentions)
    if key is None:
        source = _FROM_ANOTHER.search(ctx.text, last.start, last.end).end()
        named = ctx.resolver.mentions_in(source, source + _TITLE_REACH)
        key = named[0].person_key if named and _TITLES_ONLY.fullmatch(
            ctx.text, source, named[0].char_start) else None
    return ctx.resolver.person(key) if key else None


# where a coordinated clause with a named subject begins: "... and Doe dictated ...:"
_NEXT_CLAUSE = re.compile(r"(?:;\s+|,?\s+(?:and|but|whereupon|then)\s+)(?=[A-Z][\w.’'\-]+\s)")


# where a sentence's next clause begins: "I read it; Doe took notes", "... and he said"
_CLAUSE_BREAK = re.compile(r";\s+|,?\s+(?:and|but|whereupon|while|then)\s+"
                           r"(?=(?:[A-Z][\w.’'\-]*|he|she|they)\s)")
# what marks the clause that announces the words after the colon: "read following statement"
_FOLLOWING = re.compile(r"(?<=\s)following\b|\bas\s+follows\b|\bin\s+part\b", re.IGNORECASE)
# the writer's own cue, opening its clause: "I read", "We then told him", "3. At the end, I said"
_WRITER_CUE = re.compile(r"\s*(?:\(?\d{1,2}[.)]\s+)?(?:[A-Z][\w’']*(?:\s+[\w’']+){0,4},\s+)?"
                         r"(?:I|We)\s+(?:\w+ly\s+|then\s+|also\s+|further\s+|again\s+)?"
                         r"(?:read|made|told|said|stated|replied|answered|responded|gave|handed|"
                         r"delivered|presented|conveyed|added|explained|emphasi[sz]ed|stressed|"
                         r"pointed\s+out|informed|assured|reminded|asked|put)\b")
# a text the writer passes on that is another's: "read him the following message from the
# President", "handed over the Minister's reply", "read his statement"
_TEXTS = (r"(?:message|letter|statement|note|text|reply|answer|communication|telegram|cable|"
          r"memorandum|remarks|declaration|passage|excerpt|extract|paragraph|resolution|"
          r"proposal|instructions)")
# a text passed on from another: "delivered the following letter from the Government",
# "handed me a note by Doe"
_FROM_ANOTHER = re.compile(r"\b(?:letter|note|message|telegram|cable|communication|"
                           r"reply|text)s?\s+(?:[\w’']+\s+){0,3}?(?:from|by)\s+"
                           r"(?!(?:my|our|me|us)\b)")
# a clause after the text's mention whose subject speaks: "Referring to a letter from Doe,
# Roe said:" (Roe's words)
_SPEAKS_AFTER = re.compile(r",\s+(?:[A-Z][\w.’'\-]*\s+){1,4}(?:\w+ly\s+)?(?:said|stated|"
                           r"declared|replied|added|commented|remarked|told)\b")


_ANOTHERS_TEXT = re.compile(rf"\b{_TEXTS}s?\s+(?:[\w’']+\s+){{0,3}}?(?:from|of|by)\s+"
                            rf"(?!(?:my|our|me|us)\b)|[’']s\s+(?:[\w\-]+\s+){{0,2}}{_TEXTS}\b|"
                            rf"\b(?:his|her|their|its)\s+(?:[\w\-]+\s+){{0,2}}{_TEXTS}\b")
# words the writer drafts for another to deliver in the writer's name: "request him to
# deliver on our behalf oral communication in following sense:"
_DRAFTED = re.compile(r"\b(?:deliver|convey|pass|transmit|hand|communicate|send|present)\w*"
                      r"\s+(?:[\w’']+\s+){0,3}?(?:on\s+(?:our|my)\s+behalf|from\s+(?:me|us)\b)"
                      # "Request you see Doe soonest and tell him following:"
                      r"|\b(?:[Yy]ou|[Pp]lease|[Rr]equest)\b(?:\s+[\w’']+){0,6}?\s+(?:tell|inform)"
                      r"\s+(?:him|her|them|[A-Z][\w’']+)\s+(?:the\s+)?following\b")


def _drafted(ctx: _Ctx, block: Block) -> bool:
    """Whether the paragraph before announces words the writer drafts for another to deliver
    in the writer's name."""
    prev = ctx.layout.blocks[block.index - 1] if block.index else None
    return bool(ctx.writer and prev and prev.sentences and _DRAFTED.search(
        ctx.text, prev.sentences[-1].start, prev.sentences[-1].end))


def _writers_clause(text: str, sent: Span) -> tuple[int, int] | None:
    """The clause of a sentence ending in a colon that announces the words after it, when the
    writer is its subject and speaks in it ("I read following statement but did not leave
    text; Doe however took careful notes:", "I told him:"): the one with "following" or "as
    follows", else the one ending at the colon."""
    bounds = [sent.start, *(m.end() for m in _CLAUSE_BREAK.finditer(text, sent.start, sent.end)),
              sent.end]
    clauses = list(pairwise(bounds))
    announcing = [c for c in clauses if _FOLLOWING.search(text, *c)]
    clause = announcing[0] if len(announcing) == 1 else clauses[-1]
    return clause if _WRITER_CUE.match(text, *clause) else None


# the writer tells the addressee what to put to someone: "we hope you can make Doe understand
# the following points:", "You should tell the Minister:": the points are the writer's
# instructions, not the words of the one they are for
_INSTRUCTED = re.compile(r"\b[Yy]ou\s+(?:\w+\s+){0,3}?(?:make|let|tell|inform|remind|convey|"
                         r"point\s+out|stress|emphasi[sz]e|assure|say)\b"
                         # words to be said later: "Doe should read and hand over the
                         # following draft:", "he is to say the following:"
                         r"|\b(?:should|shall|is\s+to|are\s+to|will|would|could|may|might)\s+"
                         r"(?:\w+\s+){0,3}?(?:read|hand|say|tell|state|deliver|present|give|"
                         r"propose|use|sign)\b")


# a cue in a time clause that opens the sentence: "When I mentioned X he said Y"
_WHEN_CLAUSE = re.compile(r"\W*(?:\d{1,2}\.\s+)?(?:When|After|As\s+soon\s+as|Once)\s+(?:I|we|he|she|"
                          r"they|(?:the\s+)?[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3})\s+"
                          r"(?:\w+ly\s+|then\s+|also\s+|again\s+)?\Z")
_THAT = re.compile(r"\s*that\b")
# a word that makes the clause after it part of the words: "worth studying as he agreed"
_JOINS_ON = re.compile(r"\b(?:as|that|because|since|if|when|while|and|but|or|which|who|whom|"
                       r"what|where|though|although|so)\s*\Z", re.IGNORECASE)
# the main clause after it: its own subject and cue ("he said", "the Minister replied")
_MAIN_CLAUSE_CUE = re.compile(r"(?:,|\)|\s)\s*(?=" + _TAKES_THE_FLOOR +
                              r"|countered|asked|interjected)\b)")
# a clause that turns to another's answer: "..., to which the Minister rejoined"
# another's cue and "that" run on after a comma: "..., Mr. Roe went on to say that ...", "...,
# and the Vice President added that ..."
_NEXT_SPEAKER = re.compile(r",\s+(?:(?:and|but|while)\s+(?:the\s+)?)?(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?"
                           r"[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2}"
                           r"\s+(?:then\s+|also\s+)?(?:went\s+on\s+to\s+say|said|added|replied|"
                           r"stated|noted|remarked|observed|commented|continued)\s+that\b"
                           # or "he" with a cue and its own words, run on after a comma: "...
                           # on 3 main issues, he recalled he had indicated ..." (not the set-off
                           # ", he said, " of words that go on)
                           r"|,\s+(?:he|she)\s+(?:then\s+|also\s+)?(?:said|added|replied|recalled|"
                           r"stated|noted|remarked|observed|commented|mentioned|explained|"
                           r"pointed\s+out|suggested|indicated|agreed|insisted|argued)"
                           r"\s+(?=(?:that\s+)?(?:(?:he|she|they|we|I|it|there|the|this)\b|[A-Z]))")
# a second cue of the same speaker joined on after a comma: "..., and noted the success of
# ...", "..., adding that ...", "..., laying special stress on ..."
_JOINED_CUE = re.compile(
    r",\s+(?:(?:and|but)\s+(?:then\s+|also\s+|further\s+)?(?P<verb>said|added|noted|stressed|"
    r"emphasi[sz]ed|asked|suggested|observed|remarked|pointed(?=\s+out)|expressed|urged|"
    r"mentioned|warned|explained|commented|recalled|indicated|inquired|proposed|reiterated)|"
    # "..., but went on to say that"
    rf"(?:and|but)\s+went\s+on\s+to\s+(?P<goon>{_GO_ON_VERBS})|"
    r"(?:and\s+)?(?P<participle>adding|noting|stressing|emphasi[sz]ing|observing|remarking|pointing\s+out|"
    r"expressing|saying|asking|warning|urging|laying\s+(?:special\s+|particular\s+|great\s+)?"
    r"(?:stress|emphasis)\s+on))\b")
_ASIDE_THEN_THAT = re.compile(r"(?:\s+out)?(?:\s*,[^,;]{1,40},)?\s+that\b|(?:\s+out)?\s*")
_QUESTION_AFTER = re.compile(r"\s+(?:(?:him|her|them|us|me)\s+)?(whether|if|what|why|how|when|"
                             r"who|where)\b")
# a pluperfect in the words: the joined verb may be their subject's ("said that Doe had
# called, and asked whether ...")
_HAD = re.compile(r"\bhad\b")


def _joined_statement(ctx, sent, qs, speaker, m: re.Match, rule: str) -> None:
    """The statement a joined cue makes: "..., and noted the success of X" (its object or
    clause, as the cue alone would give), "..., adding that X" (X)."""
    text = ctx.text
    if m.group("verb") or m.group("goon"):
        group = "verb" if m.group("verb") else "goon"
        verb = m.group(group)
        start = _content_start(text, m.start(group), verb, sent.end)
        question = _QUESTION_AFTER.match(text, m.end("verb"))
        if start is None and question and verb in ("asked", "inquired"):
            start = question.start(1)  # "..., and asked whether X": "whether X", as parsed
        cue = m.start(group)
    else:  # "adding that X" the rules read as a cue of its own once no span covers it
        verb = m.group("participle").split()[0]
        if verb in _GERUNDS:
            return
        that = _ASIDE_THEN_THAT.match(text, m.end())
        start, cue = (that.end() if that else m.end()), m.start("participle")
    if start is not None:
        _emit_indirect(ctx, sent, qs, speaker, verb, cue, start, f"{rule.split(':')[0]}:{verb}")


def _joined_cue(text: str, start: int, end: int) -> re.Match | None:
    m = _JOINED_CUE.search(text, start, end)
    return m if m and not _HAD.search(text, start, m.start()) else None


# the writer's part at the end of another's words: a closing aside in the writer's first
# person ("... agreement (we gathered Roe will ...)."), or the writer's answer in a relative
# clause ("suggested the 14th, which I accepted", "proposed flags, to which we agreed")
# (the writer's first person opens the aside, or a sentence of it: "(again I think ...)",
# "(... this week. We are passing word ...)"; not "(he had ..., although we have none)")
_WRITERS_CLOSING_ASIDE = re.compile(
    r"\s*\((?=(?:[^()\s]+\s+){0,2}(?:[Ww]e|I|[Oo]ur|us|[Mm]y|me)\b|[^()]*[.;]\s+(?:We|I)\s)"
    r"[^()]*\)[\s.;,]*$")
_WRITERS_ANSWER = re.compile(r",?\s+(?:to\s+)?which\s+(?:I|we)\s+(?:\w+ly\s+|then\s+|had\s+)?"
                             r"(?:accepted|agreed|declined|refused|rejected|welcomed|approved|"
                             r"endorsed|turned\s+down|consented)\b")


# a colon, then a new subject and its cue: in cables' capitals the colon often stands for
# a stop ("... EACH: FRENCH HAVE INDICATED ...", "... COUNTRIES: HE NOTED ...")
_CUE_FORMS = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
_COLON_THEN_CUE = re.compile(rf"\s*:\s+(?!(?:His|Her|Its|Their|Our|My|HIS|HER|ITS|THEIR|OUR|MY)\b)"
                             r"(?=[A-Z]|(?:he|she|they)\s)"
                             rf"(?:[\w.’'\-]+\s+){{1,3}}(?:(?:HAVE|HAS|HAD|ALSO|THEN|have|"
                             rf"has|had|also|then)\s+)?(?:{_CUE_FORMS}|{_CUE_FORMS.upper()})\b")


def _aside_closed(text: str, start: int, cue_pos: int, end: int) -> int:
    """Where the words of a cue inside a parenthesis end: with it ("(Doe mentioned X) and
    ..."), when it closes before ``end``."""
    depth = 0
    for i in range(cue_pos - 1, start - 1, -1):  # the parenthesis the cue stands in, if any
        depth += (text[i] == ")") - (text[i] == "(")
        if depth < 0:
            break
    else:
        return end
    depth = 0
    for i in range(cue_pos, end):
        depth += (text[i] == "(") - (text[i] == ")")
        if depth < 0:
            return i
    return end


def _before_writers_part(text: str, start: int, end: int) -> int:
    """Where reported words end before the writer's aside or answer that closes them, or
    before a colon that opens another report."""
    answer = _WRITERS_ANSWER.search(text, start, end) or _COLON_THEN_CUE.search(text, start, end)
    end = answer.start() if answer else end
    aside = _WRITERS_CLOSING_ASIDE.search(text, start, end)
    return aside.start() if aside else end


_WRITERS_VIEW = re.compile(r",?\s+and\s+(?:we|I)\s+(?:\w+ly\s+)?(?:assume|believe|think|expect|"
                           r"feel|hope|suspect|consider|judge|doubt|understand|gather|fear)\b")
_REPLY_CLAUSE = re.compile(r",\s+(?:to\s+which|whereupon|upon\s+which)\b|\s+(?:to\s+which|"
                           r"whereupon|upon\s+which)\s+(?:[\w.]+\s+){0,4}?(?:replied|rejoined|"
                           r"responded|answered|said|retorted|countered|remarked|commented)\b")
# a cue right before the colon that opens a quotation: "rejoined:", "replied as follows:"
_CUE_THEN_COLON = re.compile(r"[a-z]+(?:\s+(?:as\s+follows|in\s+part))?\s*:\s*[“\"]")


# words someone could, should or would say, or that it is not enough to say: not said
_WORDS_TO_BE_SAID = re.compile(r"\b(?:could|would|might|should|may|can|will|must|to)\s+"
                               r"(?:\w+\s+){0,2}?(?:say|tell|state|declare|announce|answer|reply|"
                               r"write)\s*(?:\w+\s+){0,2}?:\s*[“\"]?\s*$")


# a sentence that announces the next quotation as its subject's: "Doe then posed a
# philosophical question.", "Doe raised one more point."
_ANNOUNCING = re.compile(r"[^.;:“”\"]{0,60}?\b(?:posed|put|raised|asked|made|added|had)\s+"
                        r"(?:a|an|the|one|another|his|her|this)\s+(?:[a-z]+\s+){0,2}?"
                        r"(?:question|point|remark|comment|observation|query)\s*[.:]\s*$")


def _announced(ctx: _Ctx, para: Span, q: Quote) -> Speaker | None:
    """A quotation opening a sentence right after one that announces it ("Doe then posed a
    philosophical question. “...?”") is the announcing sentence's subject's, as is one that
    a sentence names as what the one before announced ("Doe said he would like to ask a
    question. The question was: “...?”")."""
    where = ctx.layout.sentence_at(q.open)
    if where is None:
        return None
    before = [s for s in ctx.layout.blocks[where[0]].sentences if s.end <= where[1].start]
    if not before:
        return None
    if where[1].start != q.open:
        named = _NAMED_WORDS.fullmatch(ctx.text, where[1].start, q.open)
        if named is None or not re.search(rf"\b{named.group(1)}\b", ctx.text[
                before[-1].start:before[-1].end], re.IGNORECASE):
            return None
    elif not _ANNOUNCING.fullmatch(ctx.text, before[-1].start, q.open):
        return None
    return _sentence_subject(ctx, before[-1])


# a sentence that names the words after its colon as what the sentence before announced:
# "The question was:", "His answer was as follows:"
_NAMED_WORDS = re.compile(r"\s*(?:The|His|Her|Their)\s+(question|point|proposal|suggestion|"
                          r"request|query|answer|reply|response|remark|comment)\s+"
                          r"(?:was|read|ran)(?:\s+as\s+follows)?\s*:\s*[“\"]?")


def _colon_speaker(ctx: _Ctx, sent: Span, q: Quote) -> Speaker | None:
    """A quotation after a colon in a sentence that reports someone ("Doe added that his view
    was mixed: “...”", "Doe made an appeal: “...”") is that person's."""
    if not ctx.text[sent.start:q.open].rstrip().endswith(":"):
        return None
    cues = list(cue_positions(ctx.text, sent.start, q.open))
    if cues and _CUE_THEN_COLON.match(ctx.text, cues[-1]):
        # "..., to which the Foreign Minister rejoined: “...”": the subject of that cue
        speaker = _subject_before(ctx, sent.start, cues[-1])
        if speaker and speaker.key:
            return speaker
    for st in reversed(ctx.out):  # statements come in text order: stop at the sentence start
        if st.char_start < sent.start:
            break
        if st.char_start < q.open and st.speaker_key:
            return Speaker(st.speaker_name, st.speaker_key)
    return _sentence_subject(ctx, sent)


def _opens_turn(ctx: _Ctx, sent: Span, st: Statement) -> bool:
    """Whether a paragraph's first sentence starts with the speaker and the speech verb: the
    paragraph is that speaker's turn, as in a memorandum of conversation."""
    cue_at = ctx.text.find(st.cue or "\0", sent.start, st.char_start)
    return cue_at > sent.start and bool(
        _TURN_OPENING.fullmatch(ctx.text, sent.start, cue_at)
        or re.fullmatch(r"(?:\(?\d{1,2}[.)]\s+)?(?:He|She|I)\s+(?:\w+\s+)?",
                        ctx.text[sent.start:cue_at]))


# the writer's observation of the speaker, not the speaker's words: "He did not seem
# disturbed", "He obviously convinced ...", "She appeared tired"
_OBSERVED = re.compile(r"(?:[A-Z][a-z]+ly,?\s+[hs]he|He|She)\s+(?:then\s+|also\s+)?(?:gave(?!\s+as\b)|"
                       r"handed|put|showed|passed|took(?!\s+(?:the\s+)?occasion\b)|left|rose|"
                       r"walked|telephoned|phoned|arranged|signed)\b"
                       # "He gave the President a letter from ...", "Promptly he put through
                       # a call": what the speaker did, not what they said
                       r"|(?:He|She)\s+(?:(?:did|does)\s+not\s+|was\s+|is\s+)?(?:seem|seemed|seems|"
                       r"appear|appeared|appears|looked|looks|obviously|clearly|evidently|"
                       r"apparently)\b"
                       # "However, it was obvious that Doe was shifting his ground"
                       r"|(?:[A-Z][a-z]+,?\s+)?[Ii]t\s+(?:was|is|seemed|seems|appeared|appears)"
                       r"\s+(?:\w+ly\s+)?(?:obvious|clear|evident|apparent|plain)\b"
                       # the record's narration: "There followed some further discussion of ..."
                       r"|There\s+(?:then\s+)?(?:followed|ensued)\b"
                       r"|(?:The|Some|Further)\s+(?:further\s+)?(?:discussion|conversation|meeting)"
                       r"\s+(?:then\s+)?(?:followed|ensued|turned|ended|adjourned)\b"
                       # "Discussion of the Middle East then closed with ...", "The meeting
                       # with Doe ended at noon"
                       r"|(?:(?:The|This|That|Our|Further|Some)\s+)?(?:[Dd]iscussion|[Cc]onversation|"
                       r"[Mm]eeting|[Tt]alks?|[Ss]ession|[Ii]nterview)\b[^.;:“”\"]{0,60}?\s(?:then\s+)?"
                       r"(?:ended|closed|concluded|adjourned|broke\s+up|lasted|began|opened)\b")


# a cable's own comment after what it reports: "Comment: It is clear that ..."
_WRITERS_COMMENT = re.compile(r"\s*(?:\d{1,2}\.\s*)?(?:Comment|COMMENT|Begin comment)\s*[:.]")


# a sentence that opens in the first person singular: "My guess is that ...", "This is, of
# course, the suggestion I made in my paper"
_FIRST_PERSON_OPENING = re.compile(r"(?:[\w’'\-]+[\s,;]+){0,6}?(?:I|[Mm]y)\b")
def _paragraph_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


# the one a record is written to, outside any quotation: "your meeting", "you may wish"
_TO_THE_READER = re.compile(r"(?<![“\"‘])\b(?:[Yy]ou|[Yy]our|[Yy]ours)\b")


def _writers_aside(ctx: _Ctx, sent: Span, running: Statement) -> bool:
    """Whether a record's writer speaks up in their own name between another's words: reported
    speech is in the third person, so an uncued "My guess is ..." is the writer's comment, and
    so is a sentence to the one the record is written to ("This would be preliminary to your
    meeting with the Premier") after words that were not."""
    if ctx.writer is None:  # the writer unknown: still no third person's reported words
        return running.kind == "indirect" and bool(
            _FIRST_PERSON_OPENING.match(ctx.text, sent.start, sent.end))
    return bool(running.speaker_key != ctx.writer.key
                and (_FIRST_PERSON_OPENING.match(ctx.text, sent.start, sent.end)
                     or running.kind == "indirect"
                     and _TO_THE_READER.search(ctx.text, sent.start, sent.end)
                     # unless the speaker's words before it in the paragraph talk to "you"
                     # (a cable's "Doe said glad to hear you have this platform. You were
                     # last here ...": the writer, whom Doe spoke to)
                     and not _TO_THE_READER.search(
                         ctx.text, _paragraph_start(ctx.text, running.char_start), sent.start)))


def _continues(ctx: _Ctx, sent: Span, turn: bool) -> bool:
    """An uncued sentence after reported speech goes on reporting it in a speaker's turn, or
    when it opens with a connective ("However, the United States did not ...")."""
    first = ctx.text[sent.start:sent.start + 1]
    if first in "“\"‘([" or not first or _OBSERVED.match(ctx.text, sent.start, sent.end) or \
            _WRITERS_COMMENT.match(ctx.text, sent.start, sent.end):
        return False
    return turn or bool(_CONNECTIVE.match(ctx.text, sent.start, sent.end))


# characters from a sentence's start within which a cue makes what opens it its subject
_OPENING_SUBJECT = 40


def _another_speaks(ctx: _Ctx, sent: Span, running: Statement) -> bool:
    """Whether the sentence opens with another speaker and a cue ("The Sec thinks possibly
    so" after "M said ..."), or with another person by title ("The President made it clear
    ..."): not a continuation of the running speaker's words."""
    if _another_acts(ctx, sent, running):
        return True
    cue = next(iter(cue_positions(ctx.text, sent.start, sent.end)), None)
    if cue is None or cue - sent.start > _OPENING_SUBJECT:
        return _titled_subject(ctx, sent, running)
    speaker = ctx.resolver.at(sent.start, cue, cue)
    return speaker is not None and speaker.key != running.speaker_key


# a simple past of the narrator's after a name, not the backshifted tense of reported words
# ("Roe would ...", "Roe had ...", "Roe did not have ..."): "Sukarno looked black as a
# thundercloud", "Harman did not respond directly", "Lodge did not think that ..." (his view)
_NARRATED_ACT = re.compile(r"(?:,\s*)?\s+(?:\w+ly\s+|then\s+|also\s+)?(?:did\s+not\s+(?:think|believe|"
                           r"consider|feel|agree|disagree|respond|reply|answer|comment|object|"
                           r"accept|go\s+into)|looked|"
                           r"seemed|appeared|smiled|laughed|nodded|shrugged|shook|frowned|"
                           r"returned|turned|went|came|left|rose|sat|stood|interrupted|"
                           r"listened|read|handed|gave|took|showed|passed|circulated|distributed|"
                           r"displayed|entered|arrived|departed)\b")


def _another_acts(ctx: _Ctx, sent: Span, running: Statement) -> bool:
    """Whether the sentence opens with another person the record names doing something in the
    narrator's past ("Harman did not respond directly, but returned to ...", after Talbot's
    words): the record goes on, not Talbot's words."""
    named = ctx.resolver.mentions_in(sent.start, min(sent.end, sent.start + _OPENING_SUBJECT))
    if not named or named[0].person_key == running.speaker_key or not re.fullmatch(
            r"\W*(?:\d{1,2}[.)]\s+)?(?:(?:Mr|Mrs|Ms|Dr)\.\s+|[A-Z][\w.]*\s+){0,3}",
            ctx.text[sent.start:named[0].char_start]):
        return False
    return bool(_NARRATED_ACT.match(ctx.text, named[0].char_end))


def _titled_subject(ctx: _Ctx, sent: Span, running: Statement) -> bool:
    """"The President made it plain that ...": a person by title reports a clause (words about
    a titled person, "the Ambassador had to understand ...", may go on the speaker's own)."""
    m = _ROLE_SUBJECT.match(ctx.text, sent.start, sent.end)
    if not m or not re.search(r"\bthat\b", ctx.text[m.end(1):sent.end]):
        return False
    spk = ctx.resolver.at(m.start(1), m.end(1), m.start(1))
    if spk and spk.key:
        return spk.key != running.speaker_key
    return m.group(1).split()[-1].lower() in ROLE_NOUNS  # a person, whoever it is


# after the speaker's name: what is done to them or theirs ("Doe is being asked again",
# "Doe's staff doubts it"), the writer's news of them, not their words ("Doe will send
# the list" reports what Doe said he would do)
_DONE_TO = re.compile(r"\s*(?:[’']s\b|\s(?:is|was|has\s+been|had\s+been|will\s+be|is\s+being|"
                      r"was\s+being)\s+(?:\w+ly\s+)?\w+ed\b)", re.IGNORECASE)


def _tells_of(ctx: _Ctx, sent: Span, key: str | None) -> bool:
    return any(m.person_key == key and _DONE_TO.match(ctx.text, m.char_end)
               for m in ctx.resolver.mentions_in(sent.start, sent.end))


# a cue of the running speaker inside a sentence that goes on reporting them ("Based on our
# experience he felt that ..."): their words start after it
_INNER_CUE = re.compile(
    r"\b(?:[Hh]e|[Ss]he|(?:Mr|Mrs|Ms|Dr)\.\s+[A-Z][\w’'\-]+)\s+(?:also\s+|further\s+)?(?:"
    r"(?:felt|thought|believed|considered|said|added|noted|stated|continued|pointed\s+out|"
    r"emphasized|stressed|observed|remarked|argued|explained|indicated)\s+that"
    r"|(?:wanted|wished)\s+to\s+know\s+(?:if|whether)|wondered\s+(?:if|whether)"
    r"|asked\s+(?:(?:me|us|him|her|them)\s+)?(?:if|whether|about)"
    r"|cited\s+(?:this|it|that)\s+as)\s+")


# the running speaker's own frame opening a sentence that goes on reporting them, "that"
# or not ("He assumed the paragraph ...", "He himself, however, thought ...", "He went on to
# state that ...", telegraphese "Said U-2 stationed ..."): their words start after it
_ASIDE_WORDS = (r"himself|herself|also|further|however|too|then|again|personally|therefore|"
                r"nevertheless|certainly|clearly|frankly|particularly|still")
_FRAME_VERBS = (r"said|says|stated|states|added|adds|noted|notes|observed|remarked|commented|"
                r"explained|emphasi[sz]ed|stressed|pointed\s+out|argued|insisted|indicated|"
                r"suggested|replied|answered|agreed|admitted|conceded|acknowledged|recalled|"
                r"repeated|reiterated|concluded|maintained|contended|warned|predicted|"
                r"felt|feels|thought|thinks|believed|believes|considered|considers|assumed|"
                r"assumes|presumed|supposed|feared|fears|hoped|hopes|expected|expects|doubted|"
                r"regretted|regrets|understood|realized|realised|recognized|recognised|"
                r"guessed|judged|estimated|knew")
_OPENING_FRAME = re.compile(
    r"(?:(?:However|Moreover|Furthermore|Further|Also|Then|Thus|Therefore|Finally),?\s+)?"
    r"(?:(?:[Hh]e|[Ss]he)(?:\s*,?\s*(?:" + _ASIDE_WORDS + r")\b,?)*\s+(?:\w+ly\s+)?"
    r"(?:(?:went\s+on|wished|wanted|desired)\s+to\s+(?:say|state|note|add|point\s+out|"
    r"emphasi[sz]e|stress|make\s+(?:it\s+)?clear|explain|observe|remark|reiterate|repeat|"
    r"underline|suggest)|went\s+into\s+(?:a\s+|some\s+)?(?:[\w\-]+\s+){0,2}?(?:discussion|"
    r"explanation|description|account|review|analysis)\s+of|" + _FRAME_VERBS + r")"
    r"|(?:Said|Stated|Added|Noted|Observed|Remarked|Commented|Explained|Stressed|Indicated|"
    r"Emphasi[sz]ed|Felt|Thought|Believed|Considered|Hoped))"
    r"(?:\s+very\s+much)?(?:\s*,\s*(?:" + _ASIDE_WORDS + r"),)?\s+(?:(?:that|whether)\s+|"
    r"(?=(?:the|a|an|this|these|those|it|"
    r"its|they|he|she|we|there|his|her|their|our|[A-Z][\w.’'\-]*)\s))")


# between a name and its cue: "Doe thought", "Doe then said", "Doe also felt"
_RIGHT_BEFORE_CUE = re.compile(r"\s+(?:(?:also|then|further|again|still|\w+ly)\s+)?")
# after a cue that opens a sentence: the "that" of its clause
_THAT_OPENS = re.compile(r"\s+(?:\w+ly\s+)?that\s+|\s+")


def _after_own_name_and_cue(ctx: _Ctx, sent: Span, running: Statement) -> int:
    """Where a continued sentence's words start when it names the running speaker with a cue
    of its own ("Doe said X. Doe thinks it is better to wait."): after the cue; else at its
    start."""
    cue = next(iter(cue_positions(ctx.text, sent.start, sent.end)), None)
    named = ctx.resolver.mentions_in(sent.start, cue) if cue is not None else []
    if (cue is None or cue - sent.start > _OPENING_SUBJECT or not named
            or named[0].person_key != running.speaker_key
            or not _RIGHT_BEFORE_CUE.fullmatch(ctx.text, named[-1].char_end, cue)):
        return sent.start  # not "Doe thought ...": "The President was not going to write"
    word = _WORD.match(ctx.text, cue)
    if word is None:
        return sent.start
    that = _THAT_OPENS.match(ctx.text, word.end())
    return that.end() if that else word.end()


# the narrator's lead-in to what a speaker goes on to say, to its colon: "Doe gave a concrete
# example of the kind of support he had in mind:", "He then listed the points:"
_LEAD_IN = re.compile(r"(?P<who>[Hh]e|[Ss]he|[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3})\s+"
                      r"[^:.;“”\"]{3,120}?:\s+(?=\S)")


def _after_own_lead_in(ctx: _Ctx, sent: Span, running: Statement) -> int:
    """Where a continued sentence's words start after the narrator's lead-in that names the
    running speaker and ends in a colon ("Doe gave an example of what he meant: ..."); else
    at its start."""
    m = _LEAD_IN.match(ctx.text, sent.start, sent.end)
    if m is None:
        return sent.start
    if m.group("who").lower() not in ("he", "she"):
        named = ctx.resolver.mentions_in(m.start("who"), m.end("who"))
        if not named or named[0].person_key != running.speaker_key:
            return sent.start
    return m.end()


def _continuation(ctx: _Ctx, sent: Span, qs: list[Quote], running: Statement) -> Statement | None:
    speaker = Speaker(running.speaker_name, running.speaker_key)
    before = len(ctx.out)
    inner = (_INNER_CUE.search(ctx.text, sent.start, sent.end)
             or _OPENING_FRAME.match(ctx.text, sent.start, sent.end))
    start = inner.end() if inner else _after_own_name_and_cue(ctx, sent, running)
    if start == sent.start:
        start = _after_own_lead_in(ctx, sent, running)
    _emit_indirect(ctx, sent, qs, speaker, running.cue, sent.start, start,
                   "indirect:continuation", said_on=running.said_on)
    return ctx.out[-1] if len(ctx.out) > before else None
