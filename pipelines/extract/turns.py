"""Speaker turns of a primary record's dialogue: "Chou: ...", "The President: ...", telcon
"K: ...".

Contract: pure functions over a ``Document`` read by ``pipelines.readers.tei`` and the people
and mentions ``pipelines.extract.persons_list.record_people`` found in it.  ``TurnReader``
tells who a label names (a person of the record by name, title or initials, the office holder
of the day for "The President" or "The Secretary" of a U.S. record) and finds the record's
mentions of people by office alone (``office_mentions``).  ``speaker_turns(doc, people,
mentions)`` gives the turns, each resolved to a person or left out, with the span of the
paragraph it covers: a paragraph without a label continues the previous turn, one that reports
speech in the record's own voice ends it, and stage directions ("(laughter)", "[Omitted here
...]") are not turns.  Notes of a meeting's own lines end a turn too, until the next label: a
log's time stamp ("5:43", "At 5:00 a.m."), an outline's heading ("2. Text of the Reply", not a
point of the speaker's list) and the note-taker's telling of the speaker ("Doe held the
phone").  In a record mostly in the note-taker's words, a turn also ends before a sentence of
theirs that tells of another person's words or thoughts ("Senator Doe: ... ? Admiral Roe said
he thought ..."): that sentence is reported speech, read as any prose.
``turn_statements`` makes the turns direct statements.

Turns come only from a dialogue: a record of a conversation (``CONVERSATIONS``), or another
record (a memorandum for the record of a call, a note quoting a tape) whose labelled turns have
the shape of one (``is_dialogue``: several, by two speakers at least, taking turns).  A letter,
a paper, a table or an agenda is not: a salutation ("Dear George:"), a heading ("A. General:"),
an addressing line ("For Embassy:"), a signature or a table row (markup kinds of their own) is
never a speaker, and a turn needs words, not a figure ("Budget: 12").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise

from pipelines.document import Document, LocalPerson, Markup, PersonMention, Statement
from pipelines.extract.exchanges import CONVERSATIONS
from pipelines.extract.lexicon import NONPERSON_HEADS, SPEECH_VERBS, TITLES
from pipelines.extract.names import fold
from pipelines.extract.offices import (
    US_PRESIDENTS,
    former_holder_named,
    secretary_of_state,
    us_president,
    us_vice_president,
)
from pipelines.extract.persons_list import (
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
    may_hold,
    name_tokens,
    office_holder,
    title_before,
    without_opening_country,
)
from pipelines.extract.president import in_washington
from pipelines.extract.secretary import secretary_named, secretary_of_state_in_head
from pipelines.extract.segment import ByStart, Span, Spans, quotes, sentences

# "Chou:", "The President:", "President Pak:", "Dr. Kissinger:", "K:" at a paragraph's start.
_LABEL = re.compile(r"(?:[A-Z][\w.'’\-]*|of|the|de|von|van)(?:[ ]+(?:[A-Z][\w.'’\-]*|of|the|de|"
                    r"von|van)){0,4}")
_HEADERS = {"participants", "present", "also present", "date", "time", "date and time", "place",
            "subject", "subjects", "source", "note", "notes", "summary", "comment", "comments",
            "distribution", "attachment", "enclosure", "from", "to", "ref", "reference",
            "classification", "tab", "memorandum", "location", "purpose", "background",
            "participants and subject"}
_STAGE = re.compile(r"^\s*[\[(].*[\])][.\s]*$", re.DOTALL)
# first words of a label that is no speaker: a salutation, an addressing or reference line
_NOT_SPEAKER_START = {"dear", "my", "for", "to", "from", "re", "attention", "attn", "via", "cc",
                      "item", "agenda", "annex", "tab", "part", "section", "chapter", "table"}
# "A. General:", "IV. Conclusions:": a heading's letter or numeral, not a speaker's initial
_ENUMERATOR = re.compile(r"(?:[A-Z]|[IVX]{1,4})\.\s")
# words, not a figure: a turn says something in letters
_WORDS = re.compile(r"[^\W\d_]{2}")
# a dialogue outside a record of a conversation: this many labelled turns at least, by two
# speakers or more, and the speaker changing at least this many times
_FEWEST_TURNS = 3
_FEWEST_CHANGES = 2
# a record's title naming a spoken event: its dialogue can be a single question and answer
_SPOKEN = re.compile(r"\b(?:[Ii]nterview|[Bb]riefing|[Pp]ress [Cc]onference|[Nn]ews [Cc]onference|"
                     r"[Tt]ranscript|[Hh]earing|[Tt]estimony|[Tt]elephone|[Tt]elcon|[Mm]eeting|"
                     r"[Cc]onversation)s?\b")
# "Q. ..." / "Q: ...": an unnamed questioner's turn (a press briefing, an interview)
_QUESTION = re.compile(r"Q[.:]\s")
# "A. ...": an answer to a question, its speaker unnamed
_ANSWER = re.compile(r"A[.:]\s")
# "Stated that ...", "Said our experts would ...": a label before speech the record reports
# (telegraphese), not the speaker's own words
# a turn the note-taker describes instead of recording ("Doe: Gives figures on the costs.",
# "Roe: Reviews the history of the talks."): a verb of presenting in the third person, then
# what was presented, not words said
_DESCRIBED = re.compile(r"(?:Gives|Outlines|Describes|Reviews|Summari[sz]es|Reads|Presents|"
                        r"Shows|Hands|Distributes|Displays|Briefs|Goes\s+over|Runs\s+through|"
                        r"Traces|Recounts|Sketches|Lists|"
                        # in the past, as summary notes write it: "Reviewed in summary form ..."
                        r"Gave|Outlined|Reviewed|Summari[sz]ed|Presented|Showed|Handed|"
                        r"Distributed|Displayed|Briefed|Went\s+over|Ran\s+through|Traced|Sketched|"
                        r"Listed)\s+(?!that\b|to\b)[a-z]")
# ... unless a clause of what was said follows ("Briefs the group on why we must ...")
_TO_CLAUSE = re.compile(r"\b(?:that|whether|why)\s|[“\"]")
_REPORTED = re.compile(r"([A-Z][a-z]+)\s+[a-z“\"]")
# "the President", "the Prime Minister": an office standing for its holder in the record.  The
# word boundary is tested after the "T" (a lookbehind): a pattern that opens with a letter is
# scanned for that letter alone, twice as fast over a whole record as one that opens with \b.
_OFFICE = re.compile(r"[Tt](?<!\w[Tt])he\s+((?:Vice\s+)?President|Prime\s+Minister|Premier|"
                     r"Chairman|Secretary|Foreign\s+Minister|Chancellor|Emperor|King|Shah)\b"
                     # not "the President of ..." nor a name after it: a name on the next
                     # line is the next participant's ("The President\n\nPrime Minister Doe")
                     # nor "the President's Assistant", an office of its own
                     r"(?!\s+of\b|[ \t]+[A-Z]|[’']s\b)")

# letters of a label in capitals read as initials ("K:", "HK:", "HAK:")
_MOST_INITIALS = 3


def _foreign_president(p: LocalPerson, us_holder: str | None = None) -> bool:
    """The persons list (or the text) makes the person another country's president, or
    the record's day had another U.S. President (``us_holder``): "President Rhee" in 1949."""
    role = fold(p.role or "")
    return (p.country not in (None, "US") or role.startswith("president of ")
            and "united states" not in role
            or us_holder is not None and not may_hold(p, us_holder, "President"))


_THE_SECRETARY = re.compile(r"\s*[Tt]he Secretary(?: of State)?[\s.,;]*")
_THE_PRESIDENT = re.compile(r"\b[Tt]he President\b(?!\s+of\b|[’']s)")


@dataclass(frozen=True)
class Turn:
    speaker_key: str | None
    speaker_name: str
    start: int  # of the words spoken
    end: int
    paragraph: tuple[int, int]  # the paragraph it covers (up to the narration ending it)
    label: str | None  # None for a continuation


class TurnReader:
    """Who a turn label names, from the document's markup, people and context."""

    def __init__(self, doc: Document, people: list[LocalPerson], mentions: list[PersonMention],
                 titles_at: dict[int, frozenset[str]] | None = None):
        """``titles_at``: the title before each offset, as another reader of the same
        document found them (a record is read again once the office holders are known)."""
        self.doc = doc
        self.people = {p.key: p for p in people}
        self.mentions = mentions
        self.mentions_at = ByStart(mentions)
        self.titles_at = {} if titles_at is None else titles_at
        self.titles: dict[str, set[str]] = {p.key: set() for p in people}
        for m in mentions:
            self.titles[m.person_key] |= self._title_at(m.char_start)
        self.parties = self._parties()
        self.added: list[LocalPerson] = []  # people known only by office ("the President")
        # answers of _by_title_in_text: titles are fixed and people change only by an office
        # holder added (to ``added``), so an answer holds until the next one is
        self._titled_answers: dict[tuple[str, int], str | None] = {}

    def _title_at(self, start: int) -> frozenset[str]:
        found = self.titles_at.get(start)
        if found is None:
            found = self.titles_at[start] = title_before(self.doc.text, start)
        return found

    def _parties(self) -> list[str]:
        """People of the head and of the participants list: who can be 'P' or 'K'."""
        blocks = Spans((m.char_start, m.char_end) for m in self.doc.markup
                       if m.kind in ("head", "participant"))
        keys = [m.person_key for m in self.mentions if blocks.hold(m.char_start)]
        return list(dict.fromkeys(keys))

    def speaker(self, label: str, start: int) -> str | None:
        marked = self.mentions_at.within(start, start + len(label))
        if len(marked) == 1:
            return marked[0].person_key
        if len({m.person_key for m in marked}) > 1:
            return None  # "Chou and Kissinger:" is not one speaker
        words = [w.rstrip(".") for w in fold(label).split()]
        if _ENUMERATOR.match(label) and not set(words[1:]) - TITLE_WORDS:
            return None  # "A. General:" heads a section ("J. Doe:" may still be a speaker)
        if len(words) == 1 and len(words[0]) <= _MOST_INITIALS and label.isupper() and (
                words[0] not in TITLE_ABBREVIATIONS):
            return self._initials(words[0])
        names = [w for w in words if w not in TITLE_WORDS]
        if names:
            return self._by_name(set(names))
        title = " ".join(TITLE_ABBREVIATIONS.get(w, w) for w in words if w != "the")
        return self._by_title(title.split())

    def _unique(self, keys: list[str]) -> str | None:
        keys = list(dict.fromkeys(keys))
        if len(keys) > 1:  # prefer the parties to the conversation
            keys = [k for k in keys if k in self.parties] or keys
        return keys[0] if len(keys) == 1 else None

    def _by_name(self, names: set[str]) -> str | None:
        return self._unique([k for k, p in self.people.items()
                             if names <= name_tokens(" ".join([p.name, *p.aliases]))])

    def _by_title(self, words: list[str]) -> str | None:
        if not words:
            return None
        if words == ["president"]:  # in a U.S. record, the U.S. President before any other
            key = self._sitting_president()
            if key is not None:
                return key
            key = self._by_title_in_text(words)
            if key is not None and self._another_us_president(self.people[key]):
                # "President Eisenhower" recalled in a 1970 memorandum is not its "President"
                return self._holder_of_the_day(us_president, "President of the United States")
            return key
        if words == ["vice", "president"]:
            key = self._sitting_vice_president()
            if key is not None:
                return key
        if words == ["secretary"] and (self.doc.source_key or "").startswith("frus"):
            # the Secretary of State of the day when the record names him, else a cabinet
            # secretary among its participants ("Secretary of the Treasury Connally"; one its
            # text only mentions, "he would talk to Secretary Blumenthal", is not who "the
            # Secretary" of a State record is), else the former
            of_state = self._holder_of_the_day(secretary_of_state, "Secretary of State",
                                               add=self._secretary_listed())
            key = of_state or self._unique(
                [k for k in self._titled("secretary of") if k in self.parties]) or (
                not secretary_of_state_in_head(self.doc.text) and self._unique(
                    [p.key for p in secretary_named(self.doc.text, list(self.people.values()))]))
            return key or self._holder_of_the_day(secretary_of_state, "Secretary of State")
        return self._by_title_in_text(words)

    def _titled(self, prefix: str) -> list[str]:
        """People titled or holding a role that starts with ``prefix`` ("secretary of"); a
        British "Secretary of State for ..." is no cabinet secretary of a U.S. record."""
        return [k for k, p in self.people.items()
                if any(t.startswith(prefix) and " of state for" not in t
                       for t in self.titles.get(k, ()))
                or any(r.strip().startswith(prefix) and " of state for" not in r
                       for r in fold(p.role or "").split(";"))]

    def _us_conversation(self) -> bool:
        return ((self.doc.source_key or "").startswith("frus")
                and self.doc.doc_type in CONVERSATIONS)

    def _another_us_president(self, p: LocalPerson) -> bool:
        """A U.S. President of another term than the record's day, in a U.S. record."""
        holder = us_president(self.doc.event_date)
        if holder is None or not (self.doc.source_key or "").startswith("frus"):
            return False
        return not may_hold(p, holder, "President") and any(
            may_hold(p, name, "President") for _, name in US_PRESIDENTS if name)

    def _holder_of_the_day(self, table, role: str, add: bool = True) -> str | None:
        """The office's holder on the record's day: a person of the text who may be them
        (``may_hold``), else (``add``) a person added with the office as role."""
        person = office_holder(table(self.doc.event_date), role, list(self.people.values()),
                               add)
        if person is not None and person.key in self.people:
            return person.key  # named in full under another role: the same person
        if person is not None:
            self.people[person.key] = person
            self.added.append(person)
        return person.key if person else None

    def _sitting_president(self) -> str | None:
        """'The President' of a U.S. record of a conversation, or of any record written in
        Washington, is the President of the day: the one the persons list gives that office,
        else the holder by the table of terms."""
        if not (self._us_conversation() or in_washington(self.doc)):
            return None
        listed = [k for k, p in self.people.items()
                  if any(r.strip().startswith("president of the united states")
                         for r in fold(p.role or "").split(";"))]
        us = listed[0] if len(listed) == 1 else self._holder_of_the_day(
            us_president, "President of the United States")
        host = self._president_among_parties({*listed, us} - {None})
        return us if host is None else host

    def _sitting_vice_president(self) -> str | None:
        """'The Vice President' of a record written in Washington, or of a U.S. record of a
        conversation none of whose parties is another country's vice president, is the U.S.
        Vice President of the day: the one the persons list gives that office, else the
        holder by the table of terms (not a host's "Vice President for Political Affairs")."""
        if not (self._us_conversation() or in_washington(self.doc)):
            return None
        vice = {k for k in self._titled("vice president")}
        listed = {k for k in vice if "united states" in fold(self.people[k].role or "")}
        if not in_washington(self.doc) and (vice - listed) & set(self.parties):
            return None
        if len(listed) == 1:
            return listed.pop()
        return self._holder_of_the_day(us_vice_president, "Vice President of the United States")

    def _president_among_parties(self, us: set[str]) -> str | None:
        """A conversation with another country's president ("President Frondizi" among the
        participants, no U.S. President there): "the President" is that one."""
        if us & set(self.parties) or self._president_listed():
            return None
        holder = us_president(self.doc.event_date)
        others = [k for k in self.parties if k not in us and "president" in self.titles.get(k, ())
                  and _foreign_president(self.people[k], holder)]
        return others[0] if len(others) == 1 else None

    def _secretary_listed(self) -> bool:
        """"The Secretary" alone among the participants: a State Department record's own
        Secretary, whatever other secretaries attend."""
        return any(_THE_SECRETARY.fullmatch(self.doc.text, m.char_start, m.char_end)
                   for m in self.doc.markup if m.kind == "participant")

    def _president_listed(self) -> bool:
        """"The President" named by office alone in the participants list (or the head)."""
        return any(_THE_PRESIDENT.search(self.doc.text, m.char_start, m.char_end)
                   for m in self.doc.markup if m.kind in ("head", "participant"))

    def office_mentions(self) -> list[PersonMention]:
        """Mentions of the people the record names by office alone ("the President")."""
        out = []
        text = self.doc.text
        roles = {k: p.role for k, p in self.people.items()}
        year = int(self.doc.event_date[:4]) if self.doc.event_date else None
        for m in _OFFICE.finditer(text):
            words = fold(m.group(1)).split()
            key = self._by_title(words)
            paragraph = text.rfind("\n", 0, m.start()) + 1
            if key is not None and not former_holder_named(
                    text, " ".join(words), self.mentions, roles, paragraph, m.start(), year):
                out.append(PersonMention(key, m.group(1), m.start(1), m.end(1)))
        return out

    def _by_title_in_text(self, words: list[str]) -> str | None:
        title = " ".join(words)
        asked = (title, len(self.added))
        if asked not in self._titled_answers:  # a record names the same office again and again
            self._titled_answers[asked] = self._holder_by_title(title)
        return self._titled_answers[asked]

    def _holder_by_title(self, title: str) -> str | None:
        """The one person who holds the office on the record's day: titled so in the text
        or given it as role (after a nationality: "Greek Foreign Minister"), and not its
        former holder ("signed by Foreign Minister Bitsios", role "former Foreign Minister")."""
        keys = [k for k, p in self.people.items()
                if not fold(p.role or "").startswith("former ") and (
                    any(t == title or t.startswith(title + " ")
                        for t in self.titles.get(k, ()))
                    or any(_opens_with_title(r, title)
                           and not r.startswith(title + " of state for")
                           for r in map(without_opening_country,
                                        fold(p.role or "").split(";"))))]
        return self._unique(keys)

    def _initials(self, letters: str) -> str | None:
        keys = []
        for k in self.parties:
            p = self.people[k]
            toks = [t for t in re.findall(r"[a-z]+", fold(p.name))]
            initials = "".join(t[0] for t in toks)
            # a one-letter label stands for a given or family name, never a middle initial
            # ("B:" is not Lyndon B. Johnson)
            first = ({toks[0][0], toks[-1][0]} if toks else set()) | {
                w[0] for t in self.titles.get(k, ()) for w in t.split()}
            ends = toks[0][0] + toks[-1][0] if toks else ""  # "HK" for Henry A. Kissinger
            if (len(letters) == 1 and letters in first) or (
                    len(letters) > 1 and letters in (initials, ends)):
                keys.append(k)
        if len(letters) == 1 and len(keys) > 1:  # 'K' is Kissinger's surname before a title
            surname = [k for k in keys if fold(self.people[k].name).split()[-1][0] == letters]
            keys = surname if len(surname) == 1 else keys
        return keys[0] if len(keys) == 1 else None


def _opens_with_title(role: str, title: str) -> bool:
    """Whether a role is the office a title names: "president of the republic", not the
    "president's special assistant" who serves it."""
    return role.startswith(title) and not re.match(r"[\w’'\-]", role[len(title):len(title) + 1])


# a bracketed qualifier after a speaker's name in a label: "Interpreter (Chi):", "Yeh (In
# English):"
_QUALIFIED = re.compile(r"[ ]*\([^()\n:]{1,30}\)\s*:\s*")
# the post after a speaker's name in a label: "Ambassador Doe, Norland:", "Mr. Roe, USSR:"
_POST = re.compile(r",[ ]+(?:[A-Z][\w.'’\-]*[ ]+){0,3}[A-Z][\w.'’\-]*\s*:\s*")


def _label(text: str) -> tuple[str, int] | None:
    """The label of a turn paragraph and where its words start, or None."""
    m = _LABEL.match(text)
    if not m:
        return None
    rest = text[m.end():]
    colon = re.match(r"\s*:\s*", rest) or _POST.match(rest) or _QUALIFIED.match(rest)
    if not colon or m.end() + colon.end() >= len(text):
        return None
    label = m.group().strip()
    low = " ".join(fold(label).replace("&", "and").split())
    if low in _HEADERS or low.rstrip(".") in _HEADERS or low.split()[0] in _NOT_SPEAKER_START:
        return None
    if not _WORDS.search(text, m.end() + colon.end()):
        return None
    return label, m.end() + colon.end()


def narrative(paragraph: str) -> bool:
    """'The Chairman asked whether ...', 'Kessler then said ...': the record's own voice
    reporting speech, not a speaker's words."""
    m = _NARRATIVE.match(paragraph)
    return bool(m) and m.group(1).lower() in SPEECH_VERBS


_NARRATIVE = re.compile(r"(?:The\s+)?(?:[A-Z][\w.'’\-]*\s+){1,4}(?:then\s+|also\s+|again\s+)?"
                        r"([a-z]+)\b")


# after a name opening a paragraph: a verb ("Doe summarized ...") or a note-taker's dash
# ("Doe-fears we ...", "Doe — wants"): the record says what someone did or said
_AFTER_OPENING_NAME = re.compile(r"\s*[-–—]|\s+(?:then\s+|also\s+|again\s+)?[a-z]+(?:ed|s)\b")
# what may stand before that name: a title ("The Secretary", "Gen.", "Amb.")
_BEFORE_OPENING_NAME = re.compile(r"(?:(?:The|the)\s+)?(?:[A-Z][\w.]*\s+){0,3}")


# the minutes' own record of the meeting, in no speaker's voice: "It was agreed that ...",
# "There was general agreement ...", "The meeting adjourned at 5:10.", "General agreement to
# the draft was indicated."
_MINUTES_VOICE = re.compile(
    r"(?:It\s+was\s+(?:\w+ly\s+)?(?:agreed|decided|noted|understood|concluded|suggested)\b|"
    r"The\s+(?:\w+\s+)?(?:parties|sides|delegations|ministers|participants|principals)\s+"
    r"(?:then\s+|also\s+)?(?:agreed|decided|concluded|adjourned)\b|"
    r"There\s+(?:was|were|followed)\s|"
    r"The\s+(?:meeting|discussion|conference|session|group)\s+(?:then\s+)?(?:adjourned|ended|"
    r"closed|recessed|broke|turned|moved|agreed)\b|"
    r"[A-Z][^.;:“\"]{0,120}\s(?:was|were)\s+(?:\w+ly\s+)?(?:indicated|agreed|noted|decided|"
    r"approved|reached|adopted|expressed)\.\s*$)")


def _about_someone(text: str, reader: TurnReader, start: int) -> bool:
    """An unlabelled paragraph that opens with a person's name and what that person did,
    said or thinks: the record's voice, or another's words, never the turn before going on
    ("Rusk: ... / Johnson summarized where we are.")."""
    lead = _BEFORE_OPENING_NAME.match(text, start)
    for m in reader.mentions_at.within(start, lead.end() + 1):
        if _BEFORE_OPENING_NAME.fullmatch(text, start, m.char_start) and \
                _AFTER_OPENING_NAME.match(text, m.char_end):
            return True
    return _titled_opening(text, start)


# "Senator Doe referred", "Rear Admiral Roe then asked": a title of one word (after "Vice" or
# "Rear"), a name and a verb in the past, opening a paragraph
_TITLED_NAME = re.compile(r"(?:(?:Vice|Rear)\s+)?([A-Z][a-z]*\.?)\s+([A-Z][\w'’\-]+)"
                          r"\s+(?:then\s+|also\s+|again\s+|further\s+)?[a-z]+ed\b")
_ONE_WORD_TITLES = frozenset(t for t in TITLES if " " not in t)


def _titled_opening(text: str, start: int) -> bool:
    """A paragraph opening with a titled name the record has no mention of ("Senator Doe
    referred to ..."): a person by the title, telling of what they did or said."""
    m = _TITLED_NAME.match(text, start)
    return bool(m) and m.group(1).lower() in _ONE_WORD_TITLES and (
        m.group(2).lower() not in NONPERSON_HEADS | TITLE_WORDS)


def speaker_turns(doc: Document, people: list[LocalPerson], mentions: list[PersonMention],
                  reader: TurnReader | None = None) -> list[Turn]:
    """Turns of the dialogue; an unlabelled paragraph that reports speech in the record's own
    voice ends the previous turn instead of continuing it.  A record that is not of a
    conversation has turns only when they have the shape of a dialogue (``is_dialogue``)."""
    reader = reader or TurnReader(doc, people, mentions)
    turns, speakers = _turns(doc, reader)
    if doc.doc_type in CONVERSATIONS or is_dialogue(speakers, _SPOKEN.search(doc.title or "")):
        return turns
    return []


def is_dialogue(speakers: list[str | None], spoken: bool = False) -> bool:
    """Whether the speakers of a record's labelled paragraphs, in order (None for a
    questioner's "Q."), take turns as in a dialogue: several labels, by two speakers at least,
    who alternate (a letter's "Dear George:" or a list's "Budget:" lines do not).  ``spoken``:
    the title names a spoken event (an interview, a briefing), where one exchange is enough."""
    changes = sum(a != b for a, b in pairwise(speakers))
    if spoken:
        return len(set(speakers)) >= 2 and any(speakers)
    return (len(speakers) >= _FEWEST_TURNS and len(set(speakers)) >= 2
            and changes >= _FEWEST_CHANGES and any(speakers))


def _turns(doc: Document, reader: TurnReader) -> tuple[list[Turn], list[str | None]]:
    """The turns, and the speaker of each labelled paragraph in order (None: a question)."""
    text = doc.text
    turns: list[Turn] = []
    speakers: list[str | None] = []
    current: Turn | None = None
    blocks = _blocks(doc.markup)
    # "A." opening two paragraphs or more: answers of a questioning, not an outline's "A."
    answers = sum(bool(_ANSWER.match(text, b.char_start)) for b in blocks) > 1
    summary = cache(lambda: _mostly_narrated(text, reader, blocks))  # asked only if needed
    for i, block in enumerate(blocks):
        para = text[block.char_start:block.char_end]
        if block.kind != "p":
            current = None
            continue
        alone = _LABEL_ALONE.fullmatch(para)
        key = reader.speaker(alone.group(1), block.char_start) if alone else None
        if key is not None:  # "Mr. Barzel:" on a line of its own: the words follow it
            speakers.append(key)
            current = Turn(key, reader.people[key].name, block.char_end, block.char_end,
                           (block.char_start, block.char_end), alone.group(1))
            continue
        found = _label(para)
        if found:
            label, offset = found
            key = reader.speaker(label, block.char_start)
            if key is None:
                current = None
                continue
            speakers.append(key)
            name = reader.people[key].name
            current = Turn(key, name, block.char_start + offset, block.char_end,
                           (block.char_start, block.char_end), label)
            if not _STAGE.match(para[offset:]):  # "President: (reads an editorial)"
                turns.append(current)
            current = _split_inline(turns, current, text, reader, speakers)
            current = _ends_in_narration(turns, current, text, reader, summary)
        elif _QUESTION.match(para):  # a reporter's question: nobody's turn goes on
            speakers.append(None)
            current = None
        elif (answers and _ANSWER.match(para)  # an answer: the asker's turn has ended
              or narrative(para) or _about_someone(text, reader, block.char_start)
              or _MINUTES_VOICE.match(para)):
            current = None
        elif current is not None and not _STAGE.match(para) and _not_the_turns(
                text, blocks, i, current, reader):
            current = None  # a log's time, an outline's heading, the scene: the turn is over
        elif current is not None and not _STAGE.match(para) and not para.isupper():
            turns.append(Turn(current.speaker_key, current.speaker_name, block.char_start,
                              block.char_end, (block.char_start, block.char_end), None))
            current = _split_inline(turns, turns[-1], text, reader, speakers)
            current = _ends_in_narration(turns, current, text, reader, summary)
    return turns, speakers


# a clock time opening a paragraph, alone or before the note-taker's entry: a log's time
# stamp ("5:43", "6:04 p.m.", "At 5:00 a.m.", "6:17 Doe enters."), not words of a turn ("At
# 5:00 we leave" goes on)
_CLOCK_LINE = re.compile(r"\s*(?:[Aa]t\s+)?\d{1,2}:\d{2}(?:\s*[-–]\s*\d{1,2}:\d{2})?"
                         r"(?:\s*(?:[ap]\.\s?m\b\.?|[AP]\.?M\b\.?))?(?:\s+[A-Z]{3}\b)?[\s.,;:—–-]*"
                         r"(?:\Z|(?!(?:I|We|You|They|He|She|It)\b)[A-Z“\"])")
# a number or letter opening a point or an outline's heading: "2. ", "(b) ", "C) "
_ENUMERATED = re.compile(r"\s*\(?(?:\d{1,2}|[A-Za-z])[.)]\s+")
# what makes a short line a clause, not a heading: a pronoun, an auxiliary or modal verb, a
# past participle ("1. We must go", "2. Talks are off", "3. Aid cut", "4. Don't wait")
_CLAUSE_WORDS = re.compile(r"\b(?:I|[Ww]e|[Yy]ou|[Tt]hey|[Hh]e|[Ss]he|[Ii]t|is|are|was|were|be|been|"
                           r"am|has|have|had|do|does|did|will|would|shall|should|can|could|may|"
                           r"might|must|need|needs|[a-z]+ed|\w+n[’']t|\w+[’'](?:ll|re|ve|d|m))\b")
_MOST_HEADING_WORDS = 6
# a heading that dates what follows: "Press Conference of May 2, 1961", "Oslo, June 4, 1962"
_DATED_HEADING = re.compile(r"[A-Z][^.?!:;“\"\n]{0,60}\b(?:January|February|March|April|May|June|"
                            r"July|August|September|October|November|December)\s+\d{1,2},\s+"
                            r"\d{4}\s*")
_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Ww]e|us|[Oo]ur)\b")


def _not_the_turns(text: str, blocks: list[Markup], i: int, turn: Turn,
                   reader: TurnReader) -> bool:
    """An unlabelled paragraph that is not the words of the turn before it, in notes of a
    meeting: a log's time stamp, an outline's heading, or the note-taker telling what the
    turn's speaker did ("The President held the phone ...")."""
    block = blocks[i]
    para = text[block.char_start:block.char_end]
    return bool(_CLOCK_LINE.match(para) or _DATED_HEADING.fullmatch(para)
                or (_heading(para) or _TITLE_LINE.fullmatch(para) and _has_words(text, turn))
                and not _in_a_list(text, blocks, i, turn)
                or _tells_of_speaker(text, block, turn.speaker_key, reader))


def _has_words(text: str, turn: Turn) -> bool:
    """The turn said something before (not a label alone, "Secretary Doe:", whose first line
    may be the title of his subject: "Paris Talks")."""
    return bool(text[turn.start:turn.end].strip(" \n\t:"))


# a title of a few capitalised words, no sentence: the heading of a paper attached to the
# minutes ("Modus Vivendi", "Draft Agreement on the Harbour")
_TITLE_LINE = re.compile(r"\s*[A-Z][\w’'\-]*(?:\s+(?:[A-Z][\w’'\-]*|of|the|on|and|for|in|to|a|an)){1,6}\s*")


def _heading(para: str) -> bool:
    """A number or letter and a few words with no clause: "2. Text of the Reply"."""
    m = _ENUMERATED.match(para)
    if not m:
        return False
    words = para[m.end():].strip()
    return (0 < len(words.split()) <= _MOST_HEADING_WORDS and not _CLAUSE_WORDS.search(words)
            and not re.search(r"[?!;:]|\.\s", words))


def _in_a_list(text: str, blocks: list[Markup], i: int, turn: Turn) -> bool:
    """The turn announced points ("... two courses:") or made one, or the next paragraph is
    the point after this one ("1) ..." then "2) ..."): a point of the speaker's list."""
    words = text[turn.start:turn.end].rstrip()
    if words.endswith(":") or _ENUMERATED.match(words):
        return True
    if i + 1 >= len(blocks):
        return False
    this = _ENUMERATED.match(text, blocks[i].char_start, blocks[i].char_end)
    if this is None:  # a title: no point of a list
        return False
    this = this.group().strip("() .\n\t")
    nxt = _ENUMERATED.match(text, blocks[i + 1].char_start, blocks[i + 1].char_end)
    return bool(nxt) and _follows(this, nxt.group().strip("() .\n\t"))


def _follows(this: str, nxt: str) -> bool:
    """"2" after "1", "c" after "b": the next point of one list."""
    if this.isdigit() and nxt.isdigit():
        return int(nxt) == int(this) + 1
    return len(this) == len(nxt) == 1 and ord(nxt) == ord(this) + 1


def _tells_of_speaker(text: str, block: Markup, speaker: str | None,
                      reader: TurnReader) -> bool:
    """The paragraph names the turn's own speaker, outside quotation marks, and says nothing
    in the first person: the note-taker telling of the speaker or the scene ("Doe held the
    phone in his hand.", "Call from Roe; Doe answers."), no longer the speaker's words."""
    if speaker is None:
        return False
    # a quotation, or an aside of the note-taker's in the speaker's words ("... (Doe showed a
    # chart) ..."), is not what the paragraph says
    aside = [m.span() for m in _QUOTED_OR_ASIDE.finditer(text, block.char_start, block.char_end)]
    named = any(m.person_key == speaker and not any(a <= m.char_start < b for a, b in aside)
                for m in reader.mentions_at.within(block.char_start, block.char_end))
    return named and not _FIRST_PERSON.search(
        _QUOTED_OR_ASIDE.sub("", text[block.char_start:block.char_end]))


_QUOTED_OR_ASIDE = re.compile(r"“[^”]*”?|\"[^\"]*\"?|\([^()]*\)|\[[^\[\]]*\]")


def _mostly_narrated(text: str, reader: TurnReader, blocks: list[Markup]) -> bool:
    """More of the record's paragraphs tell what someone said or did than are labelled turns:
    the note-taker's summary with some turns taken down word for word, not a transcript
    (where a speaker's "Doe said ..." is the speaker telling what Doe said)."""
    labelled = narrated = 0
    for b in blocks:
        if b.kind != "p":
            continue
        para = text[b.char_start:b.char_end]
        if _label(para):
            labelled += 1
        elif narrative(para) or _about_someone(text, reader, b.char_start):
            narrated += 1
    return narrated > labelled


# a sentence opening with a person by name or title and a verb of speech or thought:
# "Admiral Doe said ...", "The Secretary explained that ...", "Senator Roe then asked ..."
_NARRATION = re.compile(r"(?:The\s+)?(?:(?:[A-Z][\w.'’\-]*|of|the)\s+){0,4}?[A-Z][\w.'’\-]*\s+"
                        r"(?:(?:then|also|further|again|later|[a-z]+ly)\s+)?([a-z]+)\b")
_THOUGHT = {"thought", "felt", "believed", "considered", "doubted", "hoped", "feared",
            "wondered"}
# the speaker's own first person: "Doe told me ..." is the speaker telling, not the record
_SPEAKERS_OWN = re.compile(r"\b(?:I|me|my)\b")
_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?")


def _narrates(text: str, start: int, end: int, reader: TurnReader, speaker: str | None) -> bool:
    """The sentence is the note-taker's telling of what a person the record names, not the
    turn's ``speaker``, said or thought: in the past, and not in the speaker's first person."""
    m = _NARRATION.match(text, start, end)
    if not m or not (m.group(1) in _THOUGHT or m.group(1) in SPEECH_VERBS and (
            m.group(1).endswith("ed") or m.group(1) in ("said", "told"))):
        return False
    if _SPEAKERS_OWN.search(_QUOTED.sub("", text[start:end])):
        return False
    return any(x.person_key != speaker for x in reader.mentions_at.within(start, m.start(1)))


def _ends_in_narration(turns: list[Turn], turn: Turn | None, text: str, reader: TurnReader,
                       summary: Callable[[], bool]) -> Turn | None:
    """In a record mostly in the note-taker's words (``summary()``), the turn ends before a
    sentence of theirs telling of another person's words ("Senator Doe: ... ? Admiral Roe said
    he thought ..."; not its label's first sentence), and the rest of the paragraph is prose;
    the turn is over (None).  Else the turn goes on."""
    if turn is None or not turns or turns[-1] is not turn:
        return turn
    span = Span(turn.start, turn.end)
    cut = next((s.start for k, s in enumerate(sentences(text, span, quotes(text, span)))
                if (k or not turn.label) and _narrates(text, s.start, s.end, reader,
                                                       turn.speaker_key)), None)
    if cut is None or not summary():
        return turn
    turns.pop()
    # the paragraph's turns cover it only up to the narration: the rest is read as prose
    for i in range(len(turns) - 1, -1, -1):
        if turns[i].paragraph != turn.paragraph:
            break
        turns[i] = replace(turns[i], paragraph=(turn.paragraph[0], cut))
    if cut > turn.start:
        turns.append(replace(turn, end=cut, paragraph=(turn.paragraph[0], cut)))
    return None


# a paragraph that is a speaker's label alone, the words in the paragraphs after it
_LABEL_ALONE = re.compile(r"\s*((?:(?:Mr|Mrs|Dr|Gen|Adm|Amb)\.\s+)?[A-Z][\w.'’\-]*"
                          r"(?:\s+[A-Z][\w.'’\-]*){0,3})\s*:\s*")
# a speaker's label inside a paragraph, after the end of a sentence: "... to the Navy. Mr.
# Cowen: But ..." (minutes typed without a paragraph break between turns)
# (not after a title's period: "... for your attention, Mr. President: (1) ..." is an address)
_INLINE_LABEL = re.compile(r"(?<=[.?!”\"])(?<!Mr\.)(?<!Mrs\.)(?<!Ms\.)(?<!Dr\.)(?<!Gen\.)(?<!Adm\.)"
                           r"(?<!Amb\.)[ \t]+((?:(?:Mr|Mrs|Dr|Gen|Adm|Amb)\.[ \t]+)?"
                           r"[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){0,2})[ \t]*:[ \t]+(?=\S)")


def _split_inline(turns: list[Turn], turn: Turn, text: str, reader: TurnReader,
                  speakers: list[str | None]) -> Turn:
    """Cut the turn at each label inside its paragraph that names a speaker of the record
    already heard in it; the turns after the cut are that speaker's.  The last one goes on."""
    heard = {k for k in speakers if k}
    for m in list(_INLINE_LABEL.finditer(text, turn.start, turn.end)):
        if _label(text[m.start(1):turn.end]) is None:
            continue
        key = reader.speaker(m.group(1), m.start(1))
        if key is None or key not in heard or key == turn.speaker_key:
            continue
        if turns and turns[-1] is turn:
            turns[-1] = replace(turn, end=m.start())
        turn = Turn(key, reader.people[key].name, m.end(), turn.end, turn.paragraph,
                    m.group(1))
        turns.append(turn)
    return turn


def _blocks(markup: tuple[Markup, ...]) -> list[Markup]:
    """Top-level blocks in text order (a block inside another is part of it)."""
    blocks = sorted((m for m in markup if m.kind != "person"),
                    key=lambda m: (m.char_start, -m.char_end))
    out: list[Markup] = []
    for b in blocks:
        if out and b.char_start < out[-1].char_end:
            continue
        out.append(b)
    return out


def turn_statements(turns: list[Turn], text: str, said_on: str | None) -> list[Statement]:
    out = []
    listed = 0  # where the list lines a statement took in end
    summed: str | None = None  # the speaker whose last turn the note-taker reported
    for i, t in enumerate(turns):
        if t.start < listed:
            continue
        start, end = t.start, t.end
        while end > start and text[end - 1].isspace():
            end -= 1
        stage = _STAGE_DIRECTION.search(text, start, end)
        if stage and not _FIRST_PERSON.search(stage.group(1)):
            end = stage.start()  # "... details. (Ambassador Doe smiles.)": the note-taker's
        opening = _OPENING_DIRECTION.match(text, start, end)
        if opening and not _FIRST_PERSON.search(opening.group(1)) and \
                text[opening.end():end].strip():
            start = opening.end()  # "(laughing) Yes, this time he does.", "[To Roe:] And you?"
        if end <= start:
            continue
        if _DESCRIBED.match(text, start, end) and not _TO_CLAUSE.search(text, start, end):
            continue  # "Doe: Gives figures on the costs.": the note-taker's account, no words
        if not t.label and _LIST_LINE.fullmatch(text, start, end):
            continue  # "Items to be discussed:", "Mideast": a list's lines, no sentences
        if _MARKER_ONLY.fullmatch(text, start, end) or _OMISSION.fullmatch(text, start, end):
            continue  # "2.": a paragraph's number alone, its words in the paragraph after;
            # "* * * * *": the editors' mark of words left out
        listed = end = _with_its_list(turns, i, text, end)
        reported = _reported(text[start:end])
        narrated = None if reported or t.label else _NARRATED.match(text, start, end)
        if narrated and (narrated.group(1) or narrated.group(2)) in SPEECH_VERBS:
            # a paragraph of the turn telling of its speaker ("He further stated that X"): X,
            # reported by the note-taker
            reported, start = True, narrated.end()
        if not reported and not t.label and summed == t.speaker_key and \
                _ITEM_MARKER.match(text, start, end):
            # "The President: Said he was going on the air ... ¶ a. The first meeting would be
            # held ...": the items of a reported turn are reported too
            reported = True
        summed = t.speaker_key if reported else None
        rule = "turn-reported" if reported else "turn" if t.label else "turn-continued"
        out.append(Statement(text[start:end], "indirect" if reported else "direct", start, end,
                             t.speaker_name, t.speaker_key, cue=t.label, said_on=said_on,
                             rule=rule))
    return out


# a short line of a list a turn's colon announces: "—State of the Union", "Budget", no stop;
# or a line a number or letter marks as an item ("1. the offset question", "(b) the treaty.")
_LISTED_ITEM = re.compile(r"[^\w\n]*\w+(?:[ \t\-]+[\w’']+){0,5}[^\w.?!…”\"\n]*"
                          r"|\(?(?:\d{1,2}|[a-z])[.)][ \t]+[^\n]{1,300}")


def _with_its_list(turns: list[Turn], i: int, text: str, end: int) -> int:
    """Where a turn's words end: a line ending in a colon ("We have three messages:") runs on
    over the short list lines of the same speaker right after it, which are what it says."""
    if text[end - 1:end] != ":":
        return end
    for t in turns[i + 1:]:
        if t.label or t.speaker_key != turns[i].speaker_key or not _BETWEEN_LINES.fullmatch(
                text, end, t.start):
            break
        last = t.end
        while last > t.start and text[last - 1].isspace():
            last -= 1
        if _LISTED_ITEM.fullmatch(text, t.start, last) is None:
            break
        end = last
    return end


_BETWEEN_LINES = re.compile(r"\s{0,8}")


# a bracketed aside closing a turn after its last sentence: the note-taker's stage direction
# ("(Hands it over)", "[Laughter]"), not the speaker's words
_STAGE_DIRECTION = re.compile(r"(?<=[.?!…”\"])\s*[(\[]([^()\[\]\n]{1,80})[)\]]\s*\Z")
# the note-taker's stage direction opening a turn: "(laughing)", "[To Callaghan:]", "(handing
# the Secretary a memo)", "[unclear]" (not a word the editors restored: "[While] We ...")
_OPENING_DIRECTION = re.compile(
    r"\s*[(\[](?![ivxl]+[)\]])((?:[a-z]{2}|(?:To|Turning|Laugh|Laughing|Laughs|Smiles|Smiling|Handing|Reads|"
    r"Reading|Pause|Long|Silence|Interrupting|Aside|Unclear|Inaudible|Gesturing|Pointing|"
    r"Referring|Looking|Becoming|Immediately|Finishes|Finishing|After|Nodding|Shaking|"
    r"Interpreter)\b)[^()\[\]\n]{0,80})[)\]]\s+")
_MARKER_ONLY = re.compile(r"\s*\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})[.)]\)?\s*")
# a line of a list inside a turn: its heading ("Items to be discussed:") or a short item
# with no sentence's stop ("Mideast")
_LIST_LINE = re.compile(r"[^\n]{1,60}:|\W*\w+(?:[ \t\-]+\w+){0,2}[^\w.?!…”\"]*")


# a turn's paragraph that opens telling of its speaker: "He further stated that ..."
_NARRATED = re.compile(r"(?:He|She)\s+(?:(?:further|also|then|again|later|\w+ly)\s+)?"
                       r"(?:([a-z]+ed)\s+that|(said)(?:\s+that)?)\s+")


# the editors' mark of words left out, alone: "* * * * *", ". . ."
_OMISSION = re.compile(r"[\s*.…\[\]]+")
# a list item's marker opening a paragraph: "a. ", "(2) "
_ITEM_MARKER = re.compile(r"\s*\(?(?:\d{1,2}|[a-z])[.)]\s+")


def _reported(words: str) -> bool:
    """Words that open with a verb of speech in the past ("Stated that ...", "Said our experts
    would ...") report what was said; "Agreed." alone is still an answer."""
    m = _REPORTED.match(words)
    if not m:
        return False
    verb = m.group(1).lower()
    return verb in SPEECH_VERBS and (verb.endswith("ed") or verb in ("said", "told"))
