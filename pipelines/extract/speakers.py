"""Who a phrase of the text refers to, when it stands where a speaker stands.

Contract: ``SpeakerResolver(text, people, mentions)`` answers ``at(start, end, pos)``: the speaker
named by ``text[start:end]`` (a person mention, "he"/"she", "the prime minister", or a
non-person such as "the Chinese side"), using only what the text says before ``pos``.  It never
guesses: a phrase it cannot read gives ``None``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from itertools import pairwise, takewhile

from pipelines.document import LocalPerson, PersonMention
from pipelines.extract.english import senses
from pipelines.extract.lexicon import (
    ABBREVIATED_TITLES,
    COUNTRY_WORDS,
    FUNCTION_WORDS,
    MONARCH_TITLES,
    NONPERSON_HEADS,
    PLACES,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TELEGRAPHESE_TITLES,
    TITLE_HEADS,
    TITLES,
)
from pipelines.extract.names import fold
from pipelines.extract.offices import former_holder_named, is_secretary_of_state
from pipelines.extract.reported import CUES, SPEECH_NOUNS
from pipelines.extract.secretary import STATE_IN_HEAD
from pipelines.extract.segment import Layout, Quote
from pipelines.extract.sovereigns import holds

PRONOUNS = {"he", "she"}
FIRST_PERSON = {"i", "me"}
# a body speaks; a document does not: "a memorandum of the conversation" is where words are
# found, and whose words they are is for the sentence to say
_NONPERSON_HEAD = (r"side|government|ministry|embassy|delegation|spokesman|spokeswoman|"
                   r"department|"
                   r"administration|officials|leadership|cabinet|kremlin|white house|agency|"
                   r"office|committee|council|party|press|radio|newspaper|military|army|regime|"
                   r"authorities|diplomats|negotiators|executive|executives|board")
# "the Department of State", "the Embassy in Saigon": a body, with what or where it is of
_NONPERSON = re.compile(
    rf"^(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w.’'\-]+\s+){{0,4}}(?:{_NONPERSON_HEAD})"
    r"(?:\s+(?:of|in|at|to|for)\s+(?:the\s+)?[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,2})?$",
    re.IGNORECASE)
# the words of a name before its family name: "General", "Professor de" (of "de Hemptinne")
_NAME_PARTICLES = r"(?:de|da|di|du|van|von|der|den|del|della|ter|dos|das)"
_NAME_WORDS_BEFORE = rf"(?:(?:[A-Z][\w.\-]*|{_NAME_PARTICLES})\s+){{0,4}}$"
# a name right after one of these is an object or an adjunct, not its clause's subject
_OBJECT_BEFORE = re.compile(r"\b(?:to|with|from|by|of|for|on|at|in|and|or|that|than|between|"
                            r"among|about|called|asked|told|informed|met|saw|visited|"
                            r"received|thanked|[a-z]+ed)\s+" + _NAME_WORDS_BEFORE)
# a cue and the name right after it, its object: "told McCloy", "assured Ambassador Doe"
_CUE_THEN_NAME = re.compile(r"[a-z]+(?:\s+\w+ly)?\s+(?:(?:the\s+)?[A-Z][\w.’'\-]*\s+){0,3}")
_TOLD_REACH = 60
# a sentence's opening phrase of time or turn, without a comma: "At this point", "In reply"
_OPENING_ADVERBIAL = re.compile(r"\s*(?:\d{1,3}\.\s+)?(?:(?:At|On|In|After|Before|During)\s+"
                                r"(?:this|that|the)\s+(?:point|juncture|stage|time|moment|"
                                r"outset|end|close)|In\s+(?:reply|response|conclusion|closing|"
                                r"turn))\s+")
# the lowercase word before a name (and its titles), and those after which a name may still
# open a clause as its subject ("but Doe said", "while Roe agreed")
_WORD_BEFORE = re.compile(rf"\b(?!{_NAME_PARTICLES}\s)([a-z]+)\s+" + _NAME_WORDS_BEFORE)
_SUBJECT_INTRO = frozenset({"but", "while", "when", "whereas", "because", "if", "although",
                            "though", "since", "as", "then", "so", "yet", "where", "once",
                            "unless", "however", "also", "now", "today", "yesterday",
                            "meanwhile", "finally", "later", "subsequently", "thereupon",
                            "nevertheless", "moreover", "furthermore", "instead", "indeed",
                            "accordingly", "thus", "hence", "first", "next", "whom", "who"})
# a word before a title that makes another office of it: "Assistant Secretary", "Vice President"
_QUALIFIERS = ("assistant|deputy|under|vice|executive|special|acting|permanent|parliamentary|"
               "private|press|first|second|third|political|prime")
# sentences a chain of pronouns ("Doe ... . She ... . She said") is followed back
_PRONOUN_CHAIN = 10
# a subject's cue right after its name: "Doe told Roe that ..."
_TOLD_AFTER_NAME = re.compile(r"\s+(?:also\s+|then\s+)?(?:told|said|stated|replied|informed|"
                              r"assured|explained|declared|insisted)\b")
# a cleft sentence's opening, which puts its subject after it: "It was Doe who ..."
_CLEFT = re.compile(r"\s*It\s+(?:was|is)\s+")
# a main clause coordinated with the one before, its subject next: "..., and he added"
_AND_THEN = re.compile(r"(?:,\s*(?:and|but)|;)\s+\Z")
# a sentence whose subject is a pronoun, after an opening word or phrase or not ("He ...",
# "Finally, he said ...", "In reply, she ..."), or a participle's ("Referring to the 7-point
# program in support of the Doe Government, he admitted")
_PRONOUN_OPENING = re.compile(r"\s*(?:[A-Z][\w’']*(?:\s+[\w’']+){0,3},\s+|"
                              r"[A-Z][a-z]+ing\b[^;:.“”\"]{0,120}?,\s+)?(?:He|She|he|she)\b")
# a sentence whose subject is "he" or "she" after a short phrase, comma or not ("To some extent
# he had taken ...", "In Rome, she met ...")
_PRONOUN_SUBJECT_OPENING = re.compile(
    r"\s*(?:(?:[A-Z][\w’']*(?:\s+[\w’']+){0,3},\s+)|(?:(?:To|In|At|On|For|After|During|From|"
    r"By|Over|With)\s+(?:[\w’']+\s+){1,3}))?(?:He|She|he|she)\s+(?!said\b|says\b)")
# a document that names the body it speaks for: "An embassy cable", "the Ministry's note"
_BODYS_DOCUMENT = re.compile(
    r"^(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w.’'\-]+\s+){0,3}?(?:embassy|department|ministry|"
    r"government|office|delegation|mission|consulate|agency|legation)(?:[’']s)?\s+"
    r"(?:[\w\-]+\s+){0,2}(?:cable|memorandum|memo|communiqu[eé]|statement|report|record|"
    r"telegram|note|message|reply)$", re.IGNORECASE)
# a noun phrase a name is in apposition to: "the foreign minister, ", "A spokeswoman for the
# Records Office, " (a determiner, then lowercase words before any capitalised "of/for" part)
_APPOSED = re.compile(r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[a-z][\w’'\-]*\s+){0,4}"
                      r"[a-z][\w\-]*(?:\s+(?:of|for|at|in)\s+(?:the\s+)?(?:[A-Z][\w.\-]*\s*){1,4})?"
                      r",\s+(?:(?:Dr|Mr|Mrs|Ms|Sir|Prof)\.?\s+)?")
# a sentence that opens with someone's view: "In Doe's estimate", "In the view of Doe"
_VIEW_OF = re.compile(r"\s*(?:\d{1,2}\.\s+)?(?:In|By)\s+([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2})[’']s\s+"
                      r"(?:own\s+)?(?:view|estimate|opinion|judgment|judgement|words|account)\b")
_COMMA = re.compile(r",\s+")
# a name's speech-act noun ("Doe's statement", "Doe's answers") and its clause ("Doe's
# statement to Roe that ..."): that clause's "he" and the next sentence's "He added" are Doe
_OWN_WORDS = rf"[’']s\s+(?:[\w\-]+\s+){{0,2}}(?:{'|'.join(sorted(SPEECH_NOUNS))})s?\b"
_OWN_WORDS_OPEN = re.compile(_OWN_WORDS)
_COPULA_BEFORE = re.compile(r"\b(?:was|were|is|are)\s+(?:[A-Z][\w.\-]*\s+){0,3}$")
_OWN_WORDS_THAT = re.compile(_OWN_WORDS + r"\s+(?:(?:to|with)\s+(?:[\w.\-]+\s+){1,4})?that\b")
# a sentence that opens with a title as its subject: "The Acting Secretary made ..."
# (after a phrase of topic or time: "With respect to Doe, the Acting Secretary wondered ...")
_TITLE_OPENS = re.compile(r"\s*(?:(?:With\s+(?:respect|regard|reference)\s+to|As\s+(?:to|for|regards)|"
                          r"Regarding|Concerning|Turning\s+to)\b[^,;:.]{0,60},\s+|"
                          r"(?:Following|After|Before|During)\s[^,;:]{0,80}?,\s+)?"
                          r"((?:The|the)\s+(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*)\s+"
                          r"(?:\w+ly\s+)?[a-z]")
# a subordinate clause opening a sentence with a title as its subject: "As the Foreign
# Secretary was occupied, ..."; and the writer as the main clause's subject after it
_SUBORDINATE_TITLE = re.compile(r"\s*(?:\d{1,3}\.\s+)?(?:As|When|While|Since|Because|Although|"
                                r"Though|After|Before)\s+((?:the|The)\s+(?:[A-Z][\w.\-]*\s+)"
                                r"{0,3}[A-Z][\w.\-]*)\s+(?:\w+ly\s+)?[a-z]")
_WRITER_MAIN = re.compile(r",\s+(?:I|we)\s+[a-z]")
# a person named by a title alone as a clause's subject, after an opening phrase or not: "In
# the course of the talk, the Shah made a remark", "His Majesty then commented"
_UNNAMED_SUBJECT = re.compile(r"(?:^\s*|,\s+)(?:[Tt]he|His|Her)\s+(?:Shah|King|Queen|Emperor|"
                              r"Empress|Majesty|Sultan|Emir|Amir|Sheikh|Shaikh|Prince|Pope|"
                              r"Regent|Negus)\s+(?:\w+ly\s+|then\s+|also\s+)?[a-z]+(?:ed|s)?\b")
# a name standing in a clause only as an example or in an aside, which no pronoun after it
# binds to: "former members of his staff, such as Colonel Doe,", "non-alignment as Doe of Ruritania
# called it"
_EXAMPLE_BEFORE = re.compile(r"\b(?:such\s+as|like|including|especially|notably|namely)\s+"
                             r"(?:[A-Z][\w.\-]*\s+){0,4}$")
_ASIDE_AFTER = re.compile(r"(?:\s+(?:of|in)\s+(?:the\s+)?[A-Z][\w.\-]*)?\s+(?:\w+ly\s+)?"
                          r"(?:calls?|called|puts?|termed|terms|describe[sd]|dubbed|named|"
                          r"phrased)\s+(?:it|them|this)\b")
# verbs of saying and thinking, whose subject is a person: a capitalised word before one that
# the text does not know as a person is still someone ("Although Tho has asked ..., he stated")
_PERSON_VERBS = (
    r"said|says|stated|states|told|tells|asked|asks|expressed|expresses|believed|believes|"
    r"pointed|points|replied|replies|added|adds|noted|notes|stressed|stresses|emphasi[sz]ed|"
    r"emphasi[sz]es|felt|feels|thought|thinks|agreed|agrees|insisted|insists|indicated|"
    r"indicates|remarked|remarks|repeated|repeats|maintained|maintains|argued|argues|"
    r"suggested|suggests|explained|explains|commented|comments|observed|observes|declared|"
    r"declares|mentioned|mentions|urged|urges|hoped|hopes|assured|assures|informed|informs|"
    r"promised|promises|reiterated|reiterates|recalled|recalls|confirmed|confirms|denied|"
    r"denies|admitted|admits|claimed|claims|complained|complains|warned|warns|proposed|"
    r"proposes|requested|requests|conceded|concedes|acknowledged|acknowledges|responded|"
    r"responds|answered|answers|contended|contends|wondered|wonders|regretted|regrets|"
    r"predicted|predicts")
# a capitalised word (after titles or not) as the subject of such a verb, an auxiliary or an
# adverb between: "Tho repeatedly pointed", "Under Secretary Leger stated", "Tho has asked"
_NAMED_SUBJECT = re.compile(
    r"(?:[A-Z][\w.’'\-]*\s+){0,3}?([A-Z][a-z][\w\-]*)\s+"
    r"(?:(?:also|then|again|further|still|later|\w+ly)\s+)?"
    rf"(?:(?:has|had|have)\s+(?:\w+ly\s+)?)?(?:{_PERSON_VERBS})\b")
# what a clause's subject may follow: the sentence's start (or a number), an opening phrase
# and its comma, a conjunction opening a clause
_CLAUSE_OPENS = re.compile(r"(?:^\s*|[,;:—]\s*|\b(?:[Bb]ut|[Ww]hile|[Ww]hen|[Ww]hereas|[Bb]ecause|"
                           r"[Ii]f|[Aa]lthough|[Tt]hough|[Ss]ince|[Aa]s|[Tt]hen|[Ss]o|[Yy]et|[Oo]nce|"
                           r"[Uu]nless|and|[Aa]fter|[Bb]efore|[Uu]ntil)\s+)(?:\d{1,3}\.\s+)?$")
# a sentence opening with a bare title in telegraphese, its subject: "President turned to ...",
# "Secretary then said"
# a title's finite verb ("The President told me ...", "The Minister then noted"; not "The
# Ambassador being absent, I ...")
_FINITE = (r"\s+(?:\w+ly\s+|then\s+|also\s+)?(?:[a-z]+ed|told|said|made|gave|took|thought|felt|"
           r"went|came|met|saw|spoke|wrote|put|led|held|knew|began|sent|was|had|did|is|has|says|"
           r"feels|thinks|believes|wants|hopes|agrees|will|would)\b")
_BARE_TITLE_OPENS = re.compile(r"\s*(?:\d{1,3}\.\s+)?((?:[A-Z][\w.\-]*\s+){0,2}[A-Z][\w.\-]*)"
                               rf"(?={_FINITE})")
_FINITE_AFTER = re.compile(_FINITE)
# the last word of a title that names a person ("The President", "The Foreign Minister")
_PERSON_TITLES = {t.split()[-1].rstrip(".") for t in TITLES}
# a sovereign named by style: "His Majesty", "Her Imperial Majesty", telegraphese "HM", "HIM"
_SOVEREIGN = re.compile(r"(?:(?:[Hh]is|[Hh]er)\s+(?:(?:Imperial|Royal)\s+)?Majesty|HM|HIM|HMK)")
_BARE_TITLE = re.compile(rf"(?:[Tt]he\s+)?({MONARCH_TITLES})")
_MONARCHS = "King|Queen|Shah|Emperor|Empress|Sultan|Emir|Amir|Monarch|Shahanshah|Negus"


def _person_title(phrase: str) -> bool:
    """Whether a phrase ends in a title that names a person ("The Pres.", "The Minister")."""
    last = phrase.split()[-1].lower().rstrip(".")
    return ABBREVIATED_TITLES.get(last, last) in _PERSON_TITLES


# the rank before a title in a name, which leaves its holder that title: "Major General Doe"
_RANKS = "major|lieutenant|brigadier|rear|vice|fleet"
_TIME_WORDS = {"former", "then", "late", "new", "current", "present", "outgoing", "incoming"}
# "the Prime Minister", and in telegraphese, with no article, "President said", "General
# confirmed" (capitalised, as a title)
# an office named with its "of": "the Secretary of State", "the Minister of Finance"
_OFFICE_OF = re.compile(r"^(?:(?:the|this|that)\s+)?((?:[\w.\-]+\s+){0,2}?)([a-z\-]+)\s+of\s+"
                        r"((?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2})$", re.IGNORECASE)
_ROLE_REF = re.compile(r"^(?:(?:the|this|that)\s+|(?=[A-Z]))((?:[\w.\-]+\s+){0,3})([a-z\-]+)$",
                       re.IGNORECASE)


@dataclass(frozen=True)
class Speaker:
    name: str
    key: str | None  # LocalPerson.key, None for a non-person speaker


class SpeakerResolver:
    def __init__(self, text: str, people: list[LocalPerson], mentions: list[PersonMention],
                 layout: Layout, writer: Speaker | None = None, in_washington: bool = False,
                 addressee: str | None = None, record_year: int | None = None):
        self.text = text
        self.record_year = record_year  # the year the text was written, when known
        self.in_washington = in_washington  # a bare "President" is the U.S. President
        self.writer = writer  # "I" in a telegram, letter or memorandum: its author
        self.addressee = addressee  # the one a letter greets: "you", never "he" nor a title's
        self.people = {p.key: p for p in people}
        self.roles = {p.key: p.role for p in people}
        self.mentions = sorted(mentions, key=lambda m: m.char_start)
        self.starts = [m.char_start for m in self.mentions]
        self.ends = {m.char_end: m for m in self.mentions}
        self.by_start = {m.char_start: m for m in self.mentions}
        self.history: list[tuple[int, str | None]] = []  # (offset, key) of speakers so far
        self.times_heard: dict[str, int] = {}
        self.last_heard: dict[str, int] = {}
        self.gender = _genders(text, self.mentions, layout.quotes)
        self.layout = layout
        self.titled = _titled_in_text(text, self.mentions)
        # the heading has the Secretary of State take part ("Conversation Between the
        # Secretary of State and the Secretary of Defense"): "the Secretary" is he
        head = layout.blocks[0].span if layout.blocks else None
        self.state_in_head = bool(head and STATE_IN_HEAD.search(text, head.start, head.end))
        self.unknown: dict[str, bool] = {}  # words asked of ``_unknown_name``

    def person(self, key: str) -> Speaker:
        return Speaker(self.people[key].name, key)

    def heard(self, key: str | None, pos: int) -> None:
        if key:
            self.history.append((pos, key))
            self.times_heard[key] = self.times_heard.get(key, 0) + 1
            self.last_heard[key] = pos

    def at(self, start: int, end: int, pos: int) -> Speaker | None:
        """The speaker the phrase text[start:end] names (leading/trailing space ignored)."""
        phrase = self.text[start:end]
        lead = len(phrase) - len(phrase.lstrip(" ,"))
        start, end = start + lead, start + len(phrase.rstrip(" ,"))
        if end not in self.ends and self.text[end - 1:end] == "." and end - 1 in self.ends:
            end -= 1  # "said Petra Lind." ends a sentence
        phrase = self.text[start:end]
        if not phrase:
            return None
        if self.addressee and _titles_only(phrase) and any(
                m.person_key == self.addressee for m in self.mentions_in(start, end)):
            # "the President" of a letter to a president, whom it calls "you": another holder
            return self._role(phrase, pos)
        m = self.by_start.get(start)
        if m and (m.char_end == end or _apposition_only(self.text[m.char_end:end])):
            return self.person(m.person_key)
        m = self.ends.get(end)
        if m and (_title_only(self.text[start:m.char_start])
                  or self._appositive(start, m.char_start)):
            return self.person(m.person_key)
        if len(phrase) == 1 and phrase.isupper() and phrase != "I":
            return self._initial(phrase, pos)
        low = phrase.lower()
        if low in FIRST_PERSON:
            return self.writer
        if low in PRONOUNS:
            # "He said that Doe had outlined ..., and he added": the opening "He", not Doe
            opening = self._coordinated_with_opening(start)
            return self._pronoun(pos if opening is None else opening,
                                 "f" if low == "she" else "m")
        return self._role(phrase, pos) or self._nonperson(phrase)

    def _initial(self, letter: str, pos: int) -> Speaker | None:
        """A note-taker's initial ("M said it is so big ..."): the one person named in the
        text before it whose family name starts with that letter; None if not exactly one."""
        keys = {m.person_key for m in self.mentions[:bisect.bisect_left(self.starts, pos)]
                if self.people[m.person_key].name.split()[-1][:1] == letter}
        return self.person(keys.pop()) if len(keys) == 1 else None

    def _opening_title(self, start: int, end: int) -> re.Match | None:
        """The title a sentence opens with as its subject (its group 1): "The Acting Secretary
        made ...", or in telegraphese, bare, before a finite verb: "President turned to ..."."""
        titled = _TITLE_OPENS.match(self.text, start, end)
        if titled:
            return titled
        bare = _BARE_TITLE_OPENS.match(self.text, start, end)
        return bare if bare and _person_title(bare.group(1)) else None

    def _title_holder(self, start: int, end: int) -> str | None:
        """The holder of the title a sentence opens with."""
        titled = self._opening_title(start, end)
        return self._holder_of(titled.group(1), start) if titled else None

    def _subordinate_holder(self, start: int, end: int) -> str | None:
        """The holder of a title that is the subject of the clause a sentence opens with,
        when the writer is the main clause's ("As the Foreign Secretary was occupied, I could
        only see him on May 3"): the one a "he" after it is, the writer being no "he"."""
        if self.mentions_in(start, end):
            return None
        opened = _SUBORDINATE_TITLE.match(self.text, start, end)
        if opened is None or not _WRITER_MAIN.search(self.text, opened.end(), end):
            return None
        return self._holder_of(opened.group(1), start)

    def _holder_of(self, title: str, pos: int) -> str | None:
        """The holder of a title, asked without a trace in the history (the title is a
        subject here, not a speaker heard)."""
        heard = len(self.history)
        holder = self._role(title, pos)
        del self.history[heard:]
        return holder.key if holder else None

    def _appositive(self, start: int, name_at: int) -> bool:
        """Whether text[start:name_at] is a common noun phrase the name after it stands in
        apposition to, as its subject: "the defence minister, Doe", "A spokesman for the
        Office, Doe" (not "met the minister, Doe": an object)."""
        # the phrase may follow an opening adjunct: "At the same meeting, the minister, Doe,"
        starts = [start] + [m.end() for m in _COMMA.finditer(self.text, start, name_at)]
        return any(_APPOSED.fullmatch(self.text, s, name_at)
                   and not _OBJECT_BEFORE.search(self.text, max(0, s - 40), s)
                   for s in starts)

    def _pronoun(self, pos: int, gender: str) -> Speaker | None:
        """The latest speaker (else person named) whose known gender does not contradict the
        pronoun.  Recency comes first: after "The Prime Minister said that Minister Doe had
        told him ...", "He" is still the Prime Minister.  When the latest speaker was a role
        nobody in the text holds ("The President said ..." with no president named), "he" is
        that unknown person: None."""
        writer = self.writer.key if self.writer else None  # "he" is never the one writing,
        # nor the one written to ("Dear Dean: ... he stated": not the addressee)
        # nor the one the cue names as told ("He told McCloy that ...": not McCloy)
        told = {m.person_key for m in self.mentions_in(pos, pos + _TOLD_REACH)
                if _CUE_THEN_NAME.fullmatch(self.text, pos, m.char_start)}
        told |= {writer, self.addressee} - {None}
        asked = self._asked_before(pos)
        if asked and asked not in told and self.gender.get(asked, gender) == gender:
            return self.person(asked)  # "When I asked Doe whether ... he replied": Doe
        bound = self._subject_before(pos)
        if bound == "":
            return None  # the pronoun binds to a person the text names by title alone
        # the writer is "he" only where the text names him in the third person as the subject
        # the pronoun binds to ("The Secretary then turned to ... . He said": a delegation's
        # telegram from the Secretary)
        if bound and (bound not in told or bound == writer and bound != self.addressee
                      and not self._cue_names(pos, bound)) \
                and self.gender.get(bound, gender) == gender:
            return self.person(bound)
        recent = [k for _, k in takewhile(lambda h: pos - h[0] < 1500, reversed(self.history))]
        if recent and recent[0] is None:
            return None
        i = bisect.bisect_left(self.starts, pos)
        recent = [k for k in recent if k and k not in told]
        # then the names seen, latest first: not one standing as an example or in an aside
        # ("such as Colonel Doe", "as Doe called it"), nor one a sentence just before tells
        # of with "he" as its subject ("To some extent he had met Doe and Roe. “...”, he
        # said": the pronouns are one person, not Roe)
        objects = self._in_pronoun_sentences(pos)
        recent += [m.person_key for m in reversed(self.mentions[max(0, i - 12):i])
                   if not self._example(m) and m.char_start not in objects]
        key = next((k for k in recent if k not in told
                    and self.gender.get(k, gender) == gender), None)
        return self.person(key) if key else None

    def _coordinated_with_opening(self, pos: int) -> int | None:
        """Where the sentence's opening "He" stands, when the pronoun at ``pos`` is the subject
        of a main clause coordinated with it ("He said that ..., and he added"): one person."""
        here = self.layout.sentence_at(pos)
        if here is None:
            return None
        opening = _PRONOUN_OPENING.match(self.text, here[1].start, pos)
        if opening is None or not _AND_THEN.search(self.text, opening.end(), pos):
            return None
        return opening.end() - len(self.text[:opening.end()].rsplit(None, 1)[-1])

    def _asked_before(self, pos: int) -> str | None:
        """The one asked in the clause right before a pronoun that answers ("When I asked
        Herzog whether the Cabinet agreed with Ben Gurion's position he replied"): not the
        nearest name, which the question is about."""
        if not _ANSWERS.match(self.text, pos):
            return None
        start = max(0, pos - _ASKED_REACH)
        m = None
        for m in _ASKED.finditer(self.text, start, pos):
            pass
        if m is None or re.search(r"[.;:]", self.text[m.end():pos]):
            return None
        asked = self.mentions_in(m.start("who"), m.end("who"))
        return asked[0].person_key if asked else None

    def _cue_names(self, pos: int, key: str) -> bool:
        """Whether the cue after the pronoun names ``key`` as the one told ("He told Doe")."""
        return any(m.person_key == key and _CUE_THEN_NAME.fullmatch(self.text, pos, m.char_start)
                   for m in self.mentions_in(pos, pos + _TOLD_REACH))

    def _in_pronoun_sentences(self, pos: int) -> set[int]:
        """Offsets of the names in the sentences right before ``pos`` (in its paragraph) whose
        subject is "he" or "she": the objects of that pronoun, not what it stands for."""
        here = self.layout.sentence_at(pos)
        out: set[int] = set()
        if here is None:
            return out
        start = here[1].start
        for _ in range(_PRONOUN_CHAIN):
            previous = self.layout.sentence_at(start - 2) if start >= 2 else None
            if previous is None or previous[0] != here[0] or not \
                    _PRONOUN_SUBJECT_OPENING.match(self.text, previous[1].start, previous[1].end):
                break
            start = previous[1].start
            out |= {m.char_start for m in self.mentions_in(start, previous[1].end)}
        return out

    def _example(self, m: PersonMention) -> bool:
        """Whether a name stands as an example or in an aside: "such as Doe", "as Doe called
        it"."""
        return bool(_EXAMPLE_BEFORE.search(self.text, max(0, m.char_start - 60), m.char_start)
                    or _ASIDE_AFTER.match(self.text, m.char_end)
                    and re.search(r"\bas\s+(?:[A-Z][\w.\-]*\s+){0,4}$",
                                  self.text[max(0, m.char_start - 40):m.char_start]))

    def _talked_with(self, start: int, end: int) -> str | None:
        """The one a sentence opening with its talk names as talked with, when a "he" or "she"
        before ``end`` is the next subject ("In a conversation with Prime Minister Doe at
        Roe's last night he spoke"): Doe; not where another is named as a subject in between
        ("..., the new ambassador, Roe, said that he ...")."""
        talk = _TALK_WITH.match(self.text, start, end)
        if talk and not talk.group("article") and not _PARAGRAPH_OPENS.fullmatch(
                self.text, self.text.rfind("\n", 0, start) + 1, start):
            talk = None  # telegraphese "In talk with Yi he had asked" mid-paragraph: he is
            # the one the paragraph is about, who talked with Yi
        named = self.mentions_in(talk.end(), end) if talk else []
        if not named or not _TITLES_ONLY_BEFORE.fullmatch(self.text, talk.end(),
                                                           named[0].char_start):
            return None
        pronoun = _PRONOUN_SUBJECT_AFTER.search(self.text, named[0].char_end, end)
        if pronoun is None or any(
                m.char_start < pronoun.start() and not _POSSESSIVE.match(self.text, m.char_end)
                for m in named[1:]):
            return None
        return named[0].person_key

    def _subject_before(self, pos: int) -> str | None:
        """The person a pronoun at ``pos`` binds to first: the subject of the clause before it,
        a name opening the previous sentence ("One of them, Hanne Brisk, joined ... She said")
        or standing as a subject earlier in this one.  A name after a preposition or a verb is
        an object, not a subject."""
        here = self.layout.sentence_at(pos)
        if here is None:
            return None
        start = here[1].start
        own = self.mentions_in(start, pos)
        if not own and self._opening_title(start, pos):
            # "The Acting Secretary made comments which he said were ...": that holder
            return self._title_holder(start, pos)
        unnamed = self._named_subject(start, pos)
        if unnamed and (not own or unnamed[0] > own[-1].char_start):
            # "Although Tho has asked for instructions, he stated ...": Tho, whom the record
            # knows by no other name ("" when it does not know him at all)
            return unnamed[1]
        if own:  # a name in the pronoun's own sentence: recency decides, unless the sentence
            # opens with the person's view ("In Doe's estimate ..., but he believes")
            view = _VIEW_OF.match(self.text, start, pos)
            if view:
                return self.by_start.get(view.start(1)) and \
                    self.by_start[view.start(1)].person_key
            # or with the talk it reports ("In a conversation with Doe at Roe's last night he
            # spoke ..."): the one talked with, not a name of the place
            talked = self._talked_with(start, min(here[1].end, pos + _PRONOUN_REACH))
            if talked:
                return talked
            # or with its subject telling something ("Doe told Roe that ... but he said ..."):
            # the pronoun's clause goes on with that subject
            owner = self._words_owner(own, start)
            if owner and not self.mentions_in(owner[1], pos):
                # "Doe's statement to Roe that he believed ...": Doe's clause, unless it names
                # another before the pronoun
                return owner[0].person_key
            first = own[0]
            if not self.text[start:first.char_start].strip() and _TOLD_AFTER_NAME.match(
                    self.text, first.char_end):
                return first.person_key
            if _TITLES_ONLY_BEFORE.fullmatch(self.text, start, first.char_start) and \
                    _RELATIVE_BEFORE.search(self.text, max(start, pos - 16), pos):
                # "Doe then raised other factors which he said favored ...": the relative
                # clause's pronoun is the subject the sentence opens with
                return first.person_key
            return None
        for _ in range(_PRONOUN_CHAIN):
            previous = self.layout.sentence_at(start - 2) if start >= 2 else None
            if previous is None or previous[0] != here[0]:
                return None  # a pronoun opening a paragraph refers back across it: recency
            start = previous[1].start
            talked = self._talked_with(start, previous[1].end)
            if talked:
                # "In a conversation with Doe at Roe's last night he spoke at length ... . He
                # said": the one talked with, the subject of that sentence too
                return talked
            found = [m for m in self.mentions_in(start, previous[1].end)
                     if self.subject_like(start, m)]
            if _PRONOUN_OPENING.match(self.text, start, previous[1].end):
                # "He said yes, Doe and Roe had come to see him. He said ...": that sentence's
                # subject is the pronoun's referent too, not the names its clause tells of;
                # but one a clause has speak ("He failed to get an answer but Doe pointed out
                # that ... . “...”, he said") has the floor
                spoke = [m for m in found if self._speaks_after(m)]
                if spoke:
                    return spoke[-1].person_key
                continue
            followed = _FOLLOWED_BY.search(self.text, start, previous[1].end)
            if followed:  # "The President was followed by the Secretary who gave an analysis.
                # He pointed out ...": the one who followed, who has the floor now
                after = self.mentions_in(followed.end(), previous[1].end)
                if after and after[0].char_start - followed.end() <= _FOLLOWER_REACH:
                    return after[0].person_key
                title = _FOLLOWER_TITLE.match(self.text, followed.end(), previous[1].end)
                holder = title and self._holder_of(title.group(1), followed.end())
                if holder:
                    return holder
            owner = self._words_owner(self.mentions_in(start, previous[1].end), start, True)
            if owner:  # "Doe's statement to Roe that ... . He added", "Doe's answers were
                # frank. He refused ...": Doe
                return owner[0].person_key
            answered = [m for m in self.mentions_in(start, previous[1].end)
                        if self._joins_clause(start, m) and self._speaks_after(m)]
            if answered:  # "The President asked what Doe planned, and Doe responded that
                # ... . He said": the one who spoke last, not the title the sentence opens with
                return answered[-1].person_key
            holder = self._title_holder(start, previous[1].end) or \
                self._subordinate_holder(start, previous[1].end)
            if holder:  # "The President congratulated Doe ... . He mentioned ...": the President
                return holder
            unnamed = self._named_subject(start, previous[1].end, first=True)
            if unnamed and (not found or unnamed[0] < found[0].char_start):
                # "Leger expressed opinion that ... . He also pointed out ...": Leger, not a
                # name the sentence has after him ("results Hammarskjold's mission")
                return unnamed[1]
            if found:
                # "Doe called on Roe, but Secretary Poe interrupted to state ... . He said":
                # the subject of a main clause joined after the first that speaks, not the first
                later = [m for m in found[1:] if _NEW_MAIN_CLAUSE.search(
                    self.text, found[0].char_end, m.char_start) and cue_after(
                        self.text, m.char_end, previous[1].end)]
                return (later[-1] if later else found[0]).person_key
            titled = self._opening_title(start, previous[1].end)
            if titled and _person_title(titled.group(1)) and _FINITE_AFTER.match(
                    self.text, titled.end(1), previous[1].end):
                # "The President told me he had lost faith in General Doe. He said ...": the
                # President, whom the text does not name, not Doe
                return ""
            named = self.mentions_in(start, previous[1].end)
            if not _PRONOUN_OPENING.match(self.text, start, previous[1].end) and named:
                return None
            if not named and _UNNAMED_SUBJECT.search(self.text, start, previous[1].end):
                return ""  # "..., the Shah made a remark ... . He continued": someone unnamed
        # "She ... . She ... . “...,” she said", "Doe said that ... . It is ... . He said “...”":
        # the chain goes back over such sentences to a name
        return None

    def _words_owner(self, named: list[PersonMention], start: int, bare: bool = False
                     ) -> tuple[PersonMention, int] | None:
        """The name whose speech-act noun and clause ("Doe's statement to Roe that ...") are
        the subject of the sentence opening at ``start`` or follow its copula ("Disturbing
        was Doe's statement ..."), with where the match ends; with ``bare``, the noun alone
        will do ("Doe's answers were frank").  Not an object's or an adjunct's ("In reply to
        Doe's comment that ...", "noted Doe's statement that ..."): None."""
        words = _OWN_WORDS_OPEN if bare else _OWN_WORDS_THAT
        for m in named:
            gap = self.text[start:m.char_start]
            if _TITLES_ONLY_BEFORE.fullmatch(gap) and not any(
                    w.lower() in FUNCTION_WORDS - {"the"} for w in gap.split()) or \
                    _COPULA_BEFORE.search(self.text, max(start, m.char_start - 30), m.char_start):
                said = words.match(self.text, m.char_end)
                if said:
                    return m, said.end()
        return None

    def _joins_clause(self, start: int, m: PersonMention) -> bool:
        """Whether a name opens a main clause joined to the one before ("..., and Doe
        responded"), not the last of a list of names ("Knowland, Mansfield, and Fulbright")."""
        joined = _CLAUSE_THEN_NAME.search(self.text, start, m.char_start)
        return bool(joined) and joined.start() not in self.ends

    def _speaks_after(self, m: PersonMention) -> bool:
        """Whether a verb of saying follows the name ("Doe pointed out", "Doe then said")."""
        verb = _CUE_AFTER_NAME.match(self.text, m.char_end)
        return bool(verb) and verb.group(1) in SPEECH_VERBS

    def _named_subject(self, start: int, end: int, first: bool = False
                       ) -> tuple[int, str] | None:
        """A name no mention covers, as the subject of a verb of saying or thinking in
        text[start:end] ("Tho repeatedly pointed", "Although Tho has asked"): its offset and
        the one person whose name has that word, else "" (someone the record does not know).
        The last such in the span, or with ``first`` the first."""
        out = None
        for c in _NAMED_SUBJECT.finditer(self.text, start, end):
            at, word = c.start(1), c.group(1)
            i = bisect.bisect_right(self.starts, at)
            if any(m.char_end > at for m in self.mentions[max(0, i - 3):i]) or \
                    not _CLAUSE_OPENS.search(self.text[max(start, c.start() - 40):c.start()]) or \
                    any(w.lower() in NONPERSON_HEADS for w in self.text[c.start():at].split()):
                continue  # an object, no clause's subject, or a body ("Parliament Comite")
            if _titles_only(word) or _BARE_TITLE.fullmatch(word) or _SOVEREIGN.fullmatch(word):
                # a title in telegraphese: "Shah said", "Foreign Minister replied": its holder
                title = self.text[c.start():c.end(1)]
                key = self._holder_of(title if _titles_only(title) else word, at)
            else:
                key = self._by_name_word(word)
                if key is None and not self._unknown(word):
                    continue
            out = (at, key or "")
            if first:
                break
        return out

    def _unknown(self, word: str) -> bool:
        if word not in self.unknown:
            self.unknown[word] = _unknown_name(word, self.text)
        return self.unknown[word]

    def _by_name_word(self, word: str) -> str | None:
        """The one person of the text a word of whose name (or alias) is ``word``."""
        folded = fold(word)
        keys = {p.key for p in self.people.values()
                if any(folded in fold(n).replace(".", " ").split() for n in (p.name, *p.aliases))}
        return keys.pop() if len(keys) == 1 else None

    def subject_like(self, start: int, m: PersonMention) -> bool:
        """Whether a name, read from ``start``, stands as its clause's subject."""
        head = self.text[start:m.char_start]
        if _CLEFT.fullmatch(head) and re.match(r"\s+who\b", self.text[m.char_end:]):
            return True  # "It was Doe who rescued the talks": Doe did
        opening = _OPENING_ADVERBIAL.match(head)
        if opening:  # "At this point Secretary Doe asked": the phrase is no verb's
            head = head[opening.end():]
        if _OBJECT_BEFORE.search(head) or head.count("“") > head.count("”") or self._example(m):
            return False  # an object, quoted, or an example ("such as Doe, ...")
        word = _WORD_BEFORE.search(head)
        if word and word.group(1) not in _SUBJECT_INTRO:
            return False  # "should encourage King Doe to ...": after a verb, an object
        after = self.text[m.char_end:m.char_end + 60]
        return bool(re.match(r"(?:,[^,;“”\"]{1,60},)?\s+(?:\w+ly\s+)?[a-z]"
                             r"|,\s+(?:\w+ly\s+)?[a-z]+(?:ed|s)\b", after))  # "One, Doe, joined"

    def mentions_in(self, start: int, end: int) -> list[PersonMention]:
        """Person mentions that start inside [start, end), in text order."""
        return self.mentions[bisect.bisect_left(self.starts, start):
                             bisect.bisect_left(self.starts, end)]

    def recent(self, pos: int, keys: set[str] | None = None) -> PersonMention | None:
        i = bisect.bisect_left(self.starts, pos)
        for m in reversed(self.mentions[:i]):
            if keys is None or m.person_key in keys:
                return m
        return None

    def _role(self, phrase: str, pos: int) -> Speaker | None:
        phrase = phrase.rstrip(".")  # "The Pres.": an abbreviated title
        bare = _BARE_TITLE.fullmatch(phrase)
        if _SOVEREIGN.fullmatch(phrase) or bare:
            # "His Majesty": the one sovereign the record lists; "Shah", "the King": the one
            # person of that title
            title = bare.group(1) if bare else _MONARCHS
            keys = [p.key for p in self.people.values() if p.role and holds(title, p.role)]
            if len(keys) == 1:
                return self.person(keys[0])
            self.history.append((pos, None))
            return None
        spelled = TELEGRAPHESE_TITLES.get(phrase.split()[-1].lower()) if phrase.split() else None
        if spelled:  # "PriMin said": the Prime Minister
            phrase = " ".join([*phrase.split()[:-1], spelled])
        m = _ROLE_REF.match(phrase)
        noun = m and ABBREVIATED_TITLES.get(m.group(2).lower(), m.group(2).lower())
        office = _OFFICE_OF.match(phrase) if m and noun not in ROLE_NOUNS else None
        if office and office.group(2).lower() in ROLE_NOUNS:
            # "The Secretary of State": the office whole, its noun before "of"
            noun = office.group(2).lower()
            lead = f"{office.group(1)}{office.group(2)} of {office.group(3)}"
        elif not m or noun not in ROLE_NOUNS:
            return None
        else:
            lead = m.group(1) + noun
        words = [ABBREVIATED_TITLES.get(w.rstrip("."), w) for w in lead.lower().split()]
        country = next((COUNTRY_WORDS[w] for w in words if w in COUNTRY_WORDS), None)
        keys = self._holders(noun, words, country)
        if not keys and "acting" in words:  # an acting head is the deputy the record lists
            keys = self._holders(noun, ["under" if w == "acting" else w for w in words], country)
        # "Dear President Hannah: ... the President informed me": another president (the one
        # the letter is written to is its "you")
        keys = keys - {self.addressee}
        if words == ["president"] and len(keys) > 1:
            keys = self._us_president_first(keys, pos)
        if len(keys) > 1 and "large" not in words:
            # "the Ambassador" of a record with an ambassador at large as well is the one who
            # heads a mission: the roving envoy is called by name ("Ambassador Doe")
            keys = {k for k in keys if not _AT_LARGE.search(self.people[k].role or "")} or keys
        former = self._former_titled_here(words, pos)
        if former:
            return self.person(former)
        if words == ["secretary"]:
            # a bare "Secretary" is no British "Secretary of State for Foreign Affairs", no
            # "Foreign Secretary" and no "Secretary-General" (whom a record calls so, or by name)
            keys = {k for k in keys if not _FOREIGN_SECRETARY.search(self.people[k].role or "")}
        if words == ["secretary"] and len(keys) > 1 and self.state_in_head:
            # "the Secretary", "The Sec" of a record the Secretary of State takes part in is
            # he, as the Department's records use it, not the Secretary of Defense who spoke
            # just before
            keys = {k for k in keys if is_secretary_of_state(self.people[k].role)} or keys
        # a holder of the role who has spoken already is meant (the one heard most), before
        # one merely named since ("the Prime Minister" stays the speaker of a conversation
        # even after "Prime Minister Doe said in 1953 ...")
        heard = [k for k in keys if k in self.times_heard]
        spoken = self._heard_in_paragraph(heard, pos) or max(
            heard, key=lambda k: (self.times_heard[k], self.last_heard[k]), default=None)
        hit = self.recent(pos, keys) if keys and not spoken else None
        if hit is None and not spoken and len(keys) == 1 and (
                self.people[(only := next(iter(keys)))].list_ids
                or all(m.person_key != only for m in self.mentions)):
            # "Secretary saw Ambassador Doe": the one holder the persons list gives the
            # record, though the text names him only later (a signature), or the holder of
            # the day the record knows by office alone
            return self.person(only)
        if hit is None and not spoken:
            self.history.append((pos, None))  # "he" after this speaker is nobody we know
            return None
        return self.person(spoken or hit.person_key)

    def _former_titled_here(self, words: list[str], pos: int) -> str | None:
        """A former holder named with the title in the paragraph before (see
        ``former_holder_named``)."""
        where = self.layout.sentence_at(pos)
        if where is None:
            return None
        block = self.layout.blocks[where[0]].span
        return former_holder_named(self.text, " ".join(words), self.mentions, self.roles,
                                   block.start, pos, self.record_year)

    def _us_president_first(self, keys: set[str], pos: int) -> set[str]:
        """"The President" of a record that has the U.S. President among its people is he,
        unless another president was named earlier in the paragraph (or has spoken), or
        earlier in the text when the U.S. President was not ("I saw Sukarno this morning. ...
        President opened conversation ...": Sukarno)."""
        us = {k for k in keys if self.people[k].role.lower().startswith(
            "president of the united states")}
        if len(us) == 1 and self.in_washington:
            return us
        where = self.layout.sentence_at(pos)
        if len(us) != 1 or where is None or any(k in self.times_heard for k in keys - us):
            return keys
        block = self.layout.blocks[where[0]].span
        named = {m.person_key for m in self.mentions_in(block.start, pos)}
        if named & (keys - us):
            return keys
        before = {m.person_key for m in self.mentions_in(0, pos)}
        return keys - us if before & (keys - us) and not before & us else us

    def _heard_in_paragraph(self, keys: list[str], pos: int) -> str | None:
        """Of several holders of a title, the one who spoke last in this paragraph ("Ambassador
        Roe commented ... The Ambassador emphasized ..." among seven ambassadors is Roe)."""
        if len(keys) < 2:
            return None
        where = self.layout.sentence_at(pos)
        if where is None:
            return None
        block = self.layout.blocks[where[0]].span
        here = [k for k in keys if block.start <= self.last_heard[k] < pos]
        return max(here, key=lambda k: self.last_heard[k], default=None)

    def _holders(self, noun: str, words: list[str], country: str | None) -> set[str]:
        keys = {p.key for p in self.people.values()
                if p.role and _role_fits(p, noun, words, country)
                or words == [noun] and (any(re.match(rf"(?:(?:{_RANKS})\s+)?{noun}\s", n.lower())
                                            for n in (p.name, *p.aliases))  # "(Major) General Doe"
                                        or noun in self.titled.get(p.key, ()))}
        if words == ["president"] and len(keys) > 1:
            # beside a head of state, "the President" is no bank's or company's president
            states = {k for k in keys
                      if not _FIRMS_PRESIDENT.search((self.people[k].role or "").lower())}
            keys = states or keys
        return keys

    def _nonperson(self, phrase: str) -> Speaker | None:
        words = " ".join(phrase.split())
        if (_NONPERSON.match(words) or _BODYS_DOCUMENT.match(words)
                or words.lower() in COUNTRY_WORDS):
            return Speaker(words, None)
        return None


# a speaker another follows, who then has the floor: "The President was followed by the
# Secretary of State, who ..."; the follower's name or title is this near
_FOLLOWED_BY = re.compile(r"\b(?:was|were)\s+(?:then\s+)?followed\s+by\s+")
_FOLLOWER_REACH = 30
# a main clause joined after the first whose subject the name is: "..., and Doe responded"
_CLAUSE_THEN_NAME = re.compile(r"(?:,\s+(?:but|and|while)|;)\s+(?:[A-Z][\w.\-]*\s+){0,3}\Z")
# a main clause joined after the first: ", but", "; ", ", and" with no "that" between
_NEW_MAIN_CLAUSE = re.compile(r"(?:,\s+(?:but|and|while)|;)\s+(?:(?!\bthat\b)[^,;])*\Z")
# the verb right after a name: "Doe pointed out", "Doe then said"
_CUE_AFTER_NAME = re.compile(r"\s+(?:(?:then|also|further|again|\w+ly)\s+)?([a-z]+)\b")
_FOLLOWER_TITLE = re.compile(r"((?:[Tt]he\s+)?[A-Z][\w.\-]*(?:\s+(?:of|for|[A-Z][\w.\-]*)){0,4})")
_RELATIVE_BEFORE = re.compile(r"\b(?:which|who|whom)\s+(?:(?:he|she)\s+)?\Z")
_TITLES_ONLY_BEFORE = re.compile(r"\s*(?:[A-Z][\w.’'\-]*\s+){0,4}")
_AT_LARGE = re.compile(r"\bat[\s\-]+large\b", re.IGNORECASE)
_FOREIGN_SECRETARY = re.compile(r"\bSecretary\s+of\s+State\s+for\b|\bForeign\s+Secretary\b|"
                                r"\bSecretary[\s\-]+General\b", re.IGNORECASE)


# a title opening a line before a name, as a list of participants gives it: "Ambassador
# Arthur Goldberg, USRep to UN"
# "he" or "she" as the subject of a main clause: "..., he spoke", "last night he said"
_PRONOUN_SUBJECT_AFTER = re.compile(r"\s(?:he|she)\s+[a-z]+\b")
_POSSESSIVE = re.compile(r"[’']s?\b")
_PRONOUN_REACH = 16  # characters of the pronoun and its verb
# a sentence that opens with the talk it reports, then the one talked with: "In a
# conversation with Doe at ...", "During my talk with Ambassador Roe ..."
_TALK_WITH = re.compile(r"(?:\d+\.\s+)?(?:In|During|At)\s+(?P<article>(?:a|an|the|my|our|his|her|this|"
                        r"that)\s+)?(?:[\w-]+\s+){0,2}?(?:conversation|talk|talks|meeting|"
                        r"discussion|interview|call|lunch|luncheon|dinner|go-round|audience|"
                        r"exchange)\s+with\s+")
_PARAGRAPH_OPENS = re.compile(r"\s*(?:\d{1,3}\.)?\s*")
_TITLE_BEFORE_NAME = re.compile(r"(?:^|\n)[ \t]*([A-Z][a-z]+)[ \t]+$")


def _titled_in_text(text: str, mentions: list[PersonMention]) -> dict[str, set[str]]:
    """The role nouns a list of participants puts before each person's name: "the
    Ambassador" may be someone listed as "Ambassador Doe" whatever their role says (a title
    in running prose, "Secretary Roe agreed", is too loose: a deputy is called so too)."""
    titled: dict[str, set[str]] = {}
    for m in mentions:
        t = _TITLE_BEFORE_NAME.search(text, max(0, m.char_start - 21), m.char_start)
        if t and t.group(1).lower() in ROLE_NOUNS:
            titled.setdefault(m.person_key, set()).add(t.group(1).lower())
    return titled


# what stands before an office a role serves or seeks, not holds: "Assistant to the President",
# "Special Representative of the U.N. Secretary-General", "Republican candidate for President"
_SERVING = (r"(?<![\w-])(?<!to the )(?<!for the )(?<!for )(?<!of the )(?<!of the u\.n\. )"
            r"(?<!of the un )")


# the president of a firm or a body that is not a state's: "President and Chairman of the Board,
# Export-Import Bank", "President of the World Bank", "President, Ford Motor Company"
_FIRMS_PRESIDENT = re.compile(r"\b(?:bank|board|company|corporation|inc|institute|university|"
                              r"college|foundation|association|federation|society|club|league|"
                              r"chamber|committee)\b")


# an office written out, and its short form: "Minister of Foreign Affairs" is the "Foreign
# Minister", "Secretary of State for Foreign Affairs" the "Foreign Secretary"
_OFFICE_WRITTEN_OUT = re.compile(r"\b(minister|secretary)(?:\s+of\s+state)?\s+(?:of|for)\s+"
                                 r"(?:the\s+)?(foreign|finance|defen[cs]e|interior|economic)"
                                 r"(?:\s+affairs)?\b")


def _role_fits(p: LocalPerson, noun: str, words: list[str], country: str | None) -> bool:
    role = p.role.lower()
    short = _OFFICE_WRITTEN_OUT.sub(r"\2 \1", role)
    if short != role and " ".join(words[-2:]) in short:
        role = short
    if noun not in role.split() and noun not in role:
        return False
    # every word of "the Prime Minister" is in the role: a Finance Minister is not meant
    title = " ".join(w for w in words if w not in COUNTRY_WORDS and w not in _TIME_WORDS)
    if title and not re.search(
            rf"{_SERVING}{re.escape(title)}(?![\w-]|[’']s\b|\s+[\w.\-]+[’']s\b)", role):
        # nor is "the President's Special Assistant", "President Doe's brother", "Assistant to
        # the President", "Special Representative of the Secretary-General"
        return False
    if words == ["secretary"] and " of state for " in role:
        return False  # "the Secretary" is no British or Canadian "Secretary of State for ..."
    if re.match(r"(?:former|late|ex)\b", role) and not {"former", "late"} & set(words):
        return False  # "the Prime Minister" is not "former Prime Minister Doe"
    qualified = re.search(rf"\b({_QUALIFIERS})\s+(?:[a-z]+\s+)?{re.escape(noun)}\b", role)
    if qualified and qualified.group(1) not in words:
        return False  # "the Secretary" is not the Assistant Secretary, "the President" no Vice
    if country is not None and p.country is None and _POSTED.search(p.role) and not any(
            COUNTRY_WORDS.get(w) == country for w in re.findall(r"[a-z]+", role)):
        return False  # "British Ambassador told me" is not "the Ambassador in Iran" (the writer)
    return country is None or p.country in (None, country)


# the one asked, right after "asked": "I asked Herzog whether", "asked the Minister if"
_ASKED = re.compile(r"\basked\s+(?P<who>(?:the\s+)?[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3})"
                    r"\s+(?:whether|if|what|why|how|when)\b")
_ASKED_REACH = 200
# a pronoun that answers: "he replied", "she answered"
_ANSWERS = re.compile(r"(?:(?:he|she)\s+)?(?:\w+ly\s+)?(?:replied|answered|responded|rejoined|"
                      r"said)\b", re.IGNORECASE)
# a post held in or to a country, as the records name their own envoys: "Ambassador in Iran"
_POSTED = re.compile(r"\b(?:in|to)\s+(?:the\s+)?[A-Z]")


def _titles_only(phrase: str) -> bool:
    """Whether a phrase is a title alone, no name: "the President", "Secretary"."""
    words = [w.lower().rstrip(".") for w in phrase.split()]
    words = [ABBREVIATED_TITLES.get(w, w) for w in words if w not in ("the", "this", "that")]
    return bool(words) and all(w in ROLE_NOUNS or w in TITLE_HEADS or w in TELEGRAPHESE_TITLES
                               or re.fullmatch(_QUALIFIERS + "|prime|foreign|of|state", w)
                               for w in words)


def _unknown_name(word: str, text: str) -> bool:
    """Whether a capitalised word may be the name of someone the text does not know as a
    person: no function word, place, country, body or title, no English word but a noun (a
    verb, adjective or adverb opening a sentence is no name), no plural, and not written in
    lowercase anywhere in the text ("Letter stated", "Memo claims")."""
    low = word.lower()
    if (low in FUNCTION_WORDS or low in PLACES or low in COUNTRY_WORDS or low in NONPERSON_HEADS
            or low in ROLE_NOUNS or low in TITLE_HEADS or low in ABBREVIATED_TITLES
            or low in TELEGRAPHESE_TITLES or any(p in ROLE_NOUNS for p in low.split("-"))):
        return False
    kinds = senses(low)
    if kinds - {"noun"}:
        return False
    if kinds and low.endswith("s") and (senses(low[:-1]) or senses(low[:-2])):
        return False  # "Guards responded", "Reporters then said"
    return not re.search(rf"\b{re.escape(low)}\b", text)


def _apposition_only(gap: str) -> bool:
    """', an associate professor at X,' between a name and its verb."""
    return bool(re.fullmatch(r"(?:,[^,;“”\"]{1,160}){1,2},?\s*|\s*", gap))


def _title_only(gap: str) -> bool:
    return bool(re.fullmatch(r"(?:(?:the|then|former|of|[A-Z][\w.\-]*)\s+){0,6}", gap))


# the lookahead only says what every pronoun starts with ("ſ" is an "s" to IGNORECASE): tested
# first, it passes over most offsets at half the cost of trying the word boundary there
_PRONOUN = re.compile(r"(?=[hsHSſ])\b(he|his|him|she|her|hers)\b", re.IGNORECASE)
_HONORIFIC = {"mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f",
              "king": "m", "queen": "f", "emperor": "m", "empress": "f", "sir": "m"}


def _genders(text: str, mentions: list[PersonMention], quoted: list[Quote]) -> dict[str, str]:
    """Gender a text shows for a person: an honorific, or the pronoun that next refers back."""
    votes: dict[str, list[str]] = {}
    inside = _quoted(quoted)
    for i, m in enumerate(mentions):
        title = text[max(0, m.char_start - 6):m.char_start].split()
        if title and title[-1].lower() in _HONORIFIC:
            votes.setdefault(m.person_key, []).extend([_HONORIFIC[title[-1].lower()]] * 2)
        stop = mentions[i + 1].char_start if i + 1 < len(mentions) else len(text)
        p = _PRONOUN.search(text, m.char_end, min(stop, m.char_end + 250))
        while p and inside(p.start()):  # quoted words refer elsewhere
            p = _PRONOUN.search(text, p.end(), min(stop, m.char_end + 250))
        if p:
            votes.setdefault(m.person_key, []).append(
                "m" if p.group(1).lower() in {"he", "his", "him"} else "f")
    out = {}
    for key, v in votes.items():
        m, f = v.count("m"), v.count("f")
        if m != f:
            out[key] = "m" if m > f else "f"
    return out


def _quoted(quoted: list[Quote]):
    """A test of whether an offset is inside one of the quotations (marks included).  They are
    disjoint and in text order (as ``Layout`` gives them), so only the last one opened before
    the offset can hold it: a bisection instead of a scan of all of them for every pronoun."""
    opens = [q.open for q in quoted]
    if any(a.close >= b.open for a, b in pairwise(quoted)):  # not so: test every one
        return lambda pos: any(q.open <= pos <= q.close for q in quoted)

    def inside(pos: int) -> bool:
        i = bisect.bisect_right(opens, pos) - 1
        return i >= 0 and pos <= quoted[i].close

    return inside


# a verb of saying within a few words after a subject: "interrupted to state", "then said"
_WORDS_SOON = re.compile(r"(?:\s+[\w’'\-]+){1,4}")


def cue_after(text: str, pos: int, end: int) -> bool:
    """Whether a verb of saying or thinking (a cue's word form) is among the few words right
    after ``pos`` (before ``end``): "interrupted to state", "then said"."""
    words = _WORDS_SOON.match(text, pos, end)
    return bool(words) and any(w.lower() in CUES for w in words.group().split())
