"""Primary records (FRUS TEI documents): people from the persons list, speaker turns, the
conversation a record is of.

Contract: pure functions over a ``Document`` read by ``pipelines.readers.tei`` (text plus
markup).  ``record_people(doc)`` gives the document's people and mentions: persons-list entries
the body refers to (``persName/@corresp``) and names the text gives without markup, one person
per individual.  ``speaker_turns(doc, people, mentions)`` gives the direct statements of a
dialogue ("Chou: ...", "The President: ...", telcon "K: ..."), each resolved to a person or
left out, and the spans of the paragraphs they cover; a paragraph without a label continues
the previous turn, and stage directions ("(laughter)", "[Omitted here ...]") are not statements.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipelines.document import Document, LocalPerson, Markup, PersonMention, Statement
from pipelines.extract.lexicon import COUNTRY_WORDS, ROLE_NOUNS, SPEECH_VERBS, TITLES
from pipelines.extract.names import fold, name_key, surname
from pipelines.extract.offices import secretary_of_state, us_president
from pipelines.extract.segment import ByStart, Spans

# Records of a conversation, and the kind of exchange each records.
CONVERSATIONS = {"memorandum of conversation": "meeting", "minutes": "meeting",
                 "telephone conversation": "call"}
from pipelines.extract.people import extract_people

# "Chou:", "The President:", "President Pak:", "Dr. Kissinger:", "K:" at a paragraph's start.
_LABEL = re.compile(r"(?:[A-Z][\w.'’\-]*|of|the|de|von|van)(?:[ ]+(?:[A-Z][\w.'’\-]*|of|the|de|"
                    r"von|van)){0,4}")
_HEADERS = {"participants", "present", "also present", "date", "time", "date and time", "place",
            "subject", "subjects", "source", "note", "notes", "summary", "comment", "comments",
            "distribution", "attachment", "enclosure", "from", "to", "ref", "reference",
            "classification", "tab", "memorandum", "location", "purpose", "background",
            "participants and subject"}
_STAGE = re.compile(r"^\s*[\[(].*[\])][.\s]*$", re.DOTALL)
_HONORIFICS = {"mr", "mrs", "ms", "dr", "amb", "ambassador", "the", "sir", "gen", "general",
               "adm", "admiral", "madame", "mme", "señor", "senor", "herr"}
_TITLE_WORDS = {w for t in TITLES for w in t.split()} | _HONORIFICS | {
    "president", "premier", "minister", "prime", "foreign", "secretary", "chairman", "vice",
    "chancellor", "king", "emperor", "prince", "shah", "marshal", "deputy", "under", "assistant",
    "first", "general",
    "state", "defense", "treasury", "commerce", "agriculture", "of"} | {
    "pm", "fm", "vm", "dpm", "vp", "sec", "secy", "amb", "pres"}
# abbreviated titles of transcripts' labels ("VM Ch'iao:", "PM:")
_TITLE_ABBREVIATIONS = {"pm": "prime minister", "fm": "foreign minister", "vm": "vice minister",
                        "dpm": "deputy prime minister", "vp": "vice president",
                        "sec": "secretary", "secy": "secretary", "amb": "ambassador",
                        "pres": "president"}
# "the President", "the Prime Minister": an office standing for its holder in the record.  The
# word boundary is tested after the "T" (a lookbehind): a pattern that opens with a letter is
# scanned for that letter alone, twice as fast over a whole record as one that opens with \b.
_OFFICE = re.compile(r"[Tt](?<!\w[Tt])he\s+((?:Vice\s+)?President|Prime\s+Minister|Premier|Chairman|"
                     r"Secretary|Foreign\s+Minister|Chancellor|Emperor|King|Shah)\b"
                     r"(?!\s+(?:of\b|[A-Z]))")


@lru_cache(maxsize=1 << 14)  # the same names are compared for every label and mention
def name_tokens(name: str) -> frozenset[str]:
    return frozenset(_NAME_TOKEN.findall(fold(name)))


_NAME_TOKEN = re.compile(r"[a-z0-9]+")


# ---------------------------------------------------------------------------------- people


@dataclass
class _Entry:
    key: str
    name: str
    aliases: set[str]
    role: str | None
    tokens: frozenset[str]
    family: str | None = None  # folded family name, for persons-list entries


_MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june",
                                        "july", "august", "september", "october", "november",
                                        "december"], 1)}
_WHEN = re.compile(r"\b(from|until|since|after|to)\s+(?:([A-Z][a-z]+)\s+)?(?:(\d{1,2}),?\s+)?"
                   r"((?:1[89]|20)\d\d)\b")


def clean_role(role: str | None, on: str | None = None) -> str | None:
    """The role of a persons-list entry held on the date ``on`` (else its first), without its
    dates: 'Vice President until August 9, 1974; President of the United States from August
    9, 1974' is 'President of the United States' in 1976."""
    if not role:
        return None
    parts = [p for p in role.split(";") if p.strip()] or [role]
    held = [p for p in parts if on and _held_on(p, on)]
    if len(held) > 1:  # several offices at once: the latest taken first
        held.sort(key=lambda p: max((_iso_of(m) for m in _WHEN.finditer(p)
                                     if m.group(1) in ("from", "since", "after")), default=""),
                  reverse=True)
        return "; ".join(r for r in (clean_role(p) for p in held) if r) or None
    first = held[0] if held else parts[0]
    former = bool(on and not held and _WHEN.search(first) and _ended_by(first, on))
    first = re.split(r",?\s+(?:from|until|after|since|to)\s+(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?"
                     r"(?:1[89]|20)\d\d\b", first)[0]
    first = re.sub(r",\s*(?:[A-Z][a-z]+\s+)?(?:1[89]|20)\d\d\s*[-–].*$", "", first)
    first = first.strip(" ,.")
    return (f"former {first}" if former and first else first) or None


def _ended_by(part: str, on: str) -> bool:
    return any(m.group(1) in ("until", "to") and on >= _iso_of(m) for m in _WHEN.finditer(part))


def _held_on(part: str, on: str) -> bool:
    """Whether a role with its own dates ('from March 3, 1973, until ...') was held on ``on``;
    a role that gives no dates is not known to be."""
    bounds = [(m.group(1), _iso_of(m)) for m in _WHEN.finditer(part)]
    if not bounds:
        return False
    for word, when in bounds:
        if word in ("from", "since", "after") and on < when:
            return False
        if word in ("until", "to") and on >= when:
            return False
    return True


def _iso_of(m: re.Match) -> str:
    month = _MONTHS.get((m.group(2) or "").lower())
    if not month:
        return m.group(4) if m.group(1) in ("from", "since", "after") else f"{m.group(4)}-12-32"
    day = int(m.group(3)) if m.group(3) else (1 if m.group(1) != "until" else 32)
    return f"{m.group(4)}-{month:02d}-{day:02d}"


def role_country(role: str | None) -> str | None:
    """A country the role names by nationality ('Soviet Ambassador') or as 'X of <country>'."""
    if not role:
        return None
    low = role.lower()
    m = re.match(r"(?:former\s+)?([a-z.\s]+?)\s+(?:ambassador|foreign|prime|president|premier|"
                 r"minister|chancellor|leader|king|emperor|chairman|secretary|embassy|official)",
                 low)
    if m and m.group(1).strip() in COUNTRY_WORDS:
        return COUNTRY_WORDS[m.group(1).strip()]
    m = re.match(r"(?:president|premier|prime minister|chancellor|king|emperor|chairman|"
                 r"foreign minister|minister)\s+of\s+(?:the\s+)?([a-z.\s]+?)(?:[,;(]|$)", low)
    if m and m.group(1).strip() in COUNTRY_WORDS:
        return COUNTRY_WORDS[m.group(1).strip()]
    return None


def _title_before(text: str, start: int) -> frozenset[str]:
    """The title right before a name, as one phrase: 'Prime Minister Kakuei Tanaka' ->
    {'prime minister'}; 'Secretary of the Treasury John Connally' -> {'secretary of the
    treasury'}; 'Assistant Secretary Hartman' -> {'assistant secretary'}."""
    return _title_in(text[max(0, start - 60):start])


@lru_cache(maxsize=1 << 14)  # asked again for every mention by each reader of a record
def _title_in(window: str) -> frozenset[str]:
    """The title at the end of ``window``, the text before a name."""
    before = _TITLE_STOPS.split(window)[-1]
    words = [w.lower().rstrip(".") for w in _TITLE_WORD.findall(before)]
    words = [w for w in words if w not in ("mr", "mrs", "ms", "dr")] or words
    taken: list[str] = []
    i = len(words) - 1
    while i >= 0:
        w = words[i]
        if w == "the" and i > 0 and words[i - 1] == "of" and taken or w in _TITLE_WORDS and w != "the":
            taken.append(w)
        else:
            break
        i -= 1
    while taken and taken[-1] in ("of", "the"):
        taken.pop()
    phrase = " ".join(_TITLE_ABBREVIATIONS.get(w, w) for w in reversed(taken))
    phrase = _HONORIFIC_START.sub("", phrase).strip()
    return frozenset([phrase] if phrase else [])


_TITLE_STOPS = re.compile(r"[\n,;:()\[\]“”\"]")
_TITLE_WORD = re.compile(r"[A-Za-z.]+")
_HONORIFIC_START = re.compile(r"^(?:mr|mrs|ms|dr|sir|madame|mme)\s*")


def record_people(doc: Document) -> tuple[list[LocalPerson], list[PersonMention]]:
    text = doc.text
    listed = {p.ref: p for p in doc.persons}
    entries: dict[str, _Entry] = {}
    by_ref: dict[str, str] = {}
    mentions: list[PersonMention] = []
    for m in doc.markup:
        if m.kind != "person" or m.ref not in listed:
            continue
        lp = listed[m.ref]
        key = by_ref.get(m.ref)
        if key is None:
            key = name_key(lp.name)
            by_ref[m.ref] = key
            tokens = name_tokens(" ".join([lp.name, *lp.aliases]))
            entries.setdefault(key, _Entry(key, lp.name, set(lp.aliases), clean_role(lp.role, doc.event_date),
                                           tokens, fold(lp.family or "") or None))
        surface = text[m.char_start:m.char_end]
        if _alias_of(surface, entries[key]):
            entries[key].aliases.add(surface)
        mentions.append(PersonMention(key, surface, m.char_start, m.char_end))
    found, found_mentions = extract_people(text)
    titled = Spans((m.char_start, m.char_end) for m in doc.markup
                   if m.kind in ("head", "subject"))
    mentions_of: dict[str, list[PersonMention]] = {}
    for m in found_mentions:
        mentions_of.setdefault(m.person_key, []).append(m)
    found = [p for p in found if not _only_in(titled, mentions_of.get(p.key, []))
             or _listed_match(p, list(entries.values()))]
    keys = {p.key for p in found}
    found_mentions = [m for m in found_mentions if m.person_key in keys]
    _merge_found(entries, mentions, found, found_mentions)
    people = [LocalPerson(e.key, e.name, tuple(sorted(a for a in e.aliases if a != e.name)),
                          e.role, role_country(e.role)) for e in entries.values()]
    mentions.sort(key=lambda m: (m.char_start, m.char_end))
    return sorted(people, key=lambda p: p.key), mentions


def _merge_found(entries: dict[str, _Entry], mentions: list[PersonMention],
                 found: list[LocalPerson], found_mentions: list[PersonMention]) -> None:
    """Fold the people the text names into the listed ones they are (surname and given names
    all among the listed person's), or add them; a mention of a span already marked is skipped."""
    marked = Spans((m.char_start, m.char_end) for m in mentions)
    target: dict[str, str | None] = {}
    listed = list(entries.values())
    for p in found:
        hit = _listed_match(p, listed)
        if hit is not None:
            target[p.key] = hit.key
            hit.aliases |= {a for a in (p.name, *p.aliases) if _alias_of(a, hit)}
            hit.role = hit.role or p.role
        elif _not_a_name(p.name):
            target[p.key] = None
        else:
            target[p.key] = p.key
            entries.setdefault(p.key, _Entry(p.key, p.name, set(p.aliases), p.role,
                                             name_tokens(p.name)))
    for m in found_mentions:
        key = target[m.person_key]
        if key is None or marked.meet(m.char_start, m.char_end):
            continue
        mentions.append(PersonMention(key, m.text, m.char_start, m.char_end))


def _only_in(blocks: Spans, mentions: list[PersonMention]) -> bool:
    """Every mention inside a title-cased block (a head, a subject line): 'Fishing Quotas'
    there is not a name unless the persons list says so."""
    return bool(mentions) and all(blocks.hold(m.char_start) for m in mentions)


def _listed_match(p: LocalPerson, listed: list[_Entry]) -> _Entry | None:
    """The one listed person a found name is: all its name words are theirs, else its family
    name is theirs ("Secretary of the Treasury John S. Connally" misread with a title word)."""
    toks = name_tokens(p.name) - _TITLE_WORDS
    hits = [e for e in listed if toks and toks <= e.tokens]
    if len(hits) == 1:
        return hits[0]
    words = [w for w in re.findall(r"[a-z]+", fold(p.name)) if w not in _TITLE_WORDS]
    if not words:
        return None
    family = fold(surname(p.name.split()))
    hits = [e for e in listed if e.family and e.family in (family, words[-1], words[0])]
    return hits[0] if len(hits) == 1 else None


def _alias_of(alias: str, entry: _Entry) -> bool:
    """Keep as an alias only a form made of the person's own name words ('Kesh Tomo of
    Eastria' and 'P' are not names of Kesh Tomo and Pellam)."""
    toks = name_tokens(alias) - _TITLE_WORDS
    return bool(toks) and toks <= entry.tokens and len(alias.replace(".", "")) > 3


def _not_a_name(name: str) -> bool:
    """'Prime Minister', 'Private Secretary': a phrase that ends in a role noun names an office."""
    words = re.findall(r"[a-z]+", fold(name))
    return not words or words[-1] in ROLE_NOUNS or all(w in _TITLE_WORDS for w in words)


# ---------------------------------------------------------------------------------- turns


@dataclass(frozen=True)
class Turn:
    speaker_key: str | None
    speaker_name: str
    start: int  # of the words spoken
    end: int
    paragraph: tuple[int, int]  # the paragraph it covers
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
            found = self.titles_at[start] = _title_before(self.doc.text, start)
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
        if len(words) == 1 and len(words[0]) <= 3 and label.isupper() and (
                words[0] not in _TITLE_ABBREVIATIONS):
            return self._initials(words[0])
        names = [w for w in words if w not in _TITLE_WORDS]
        if names:
            return self._by_name(set(names))
        title = " ".join(_TITLE_ABBREVIATIONS.get(w, w) for w in words if w != "the")
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
        if words == ["secretary"] and self._us_conversation():
            # a cabinet secretary of the record ("Secretary of the Treasury Connally"), else
            # the Secretary of State of the day
            key = self._unique(self._titled("secretary of"))
            return key or self._holder_of_the_day(secretary_of_state, "Secretary of State")
        return self._by_title_in_text(words)

    def _titled(self, prefix: str) -> list[str]:
        return [k for k, p in self.people.items()
                if any(t.startswith(prefix) for t in self.titles.get(k, ()))
                or any(r.strip().startswith(prefix) for r in fold(p.role or "").split(";"))]

    def _us_conversation(self) -> bool:
        return ((self.doc.source_key or "").startswith("frus")
                and self.doc.doc_type in CONVERSATIONS)

    def _holder_of_the_day(self, table, role: str) -> str | None:
        """The office's holder on the record's day: a person of the text with their family
        name, else a person added with the office as role."""
        name = table(self.doc.event_date)
        if name is None:
            return None
        family = name_tokens(name.replace(" Jr.", "").replace(" III", "").split()[-1])
        known = [k for k, p in self.people.items()
                 if family <= name_tokens(" ".join([p.name, *p.aliases]))]
        if known:
            return known[0] if len(known) == 1 else None
        person = LocalPerson(name_key(name), name, (), role, "US")
        self.people[person.key] = person
        self.added.append(person)
        return person.key

    def _sitting_president(self) -> str | None:
        """'The President' of a U.S. record of a conversation is the President of the day:
        the one the persons list gives that office, else the holder by the table of terms."""
        if not self._us_conversation():
            return None
        listed = [k for k, p in self.people.items()
                  if any(r.strip().startswith("president of the united states")
                         for r in fold(p.role or "").split(";"))]
        if len(listed) == 1:
            return listed[0]
        return self._holder_of_the_day(us_president, "President of the United States")

    def office_mentions(self) -> list[PersonMention]:
        """Mentions of the people the record names by office alone ("the President")."""
        out = []
        for m in _OFFICE.finditer(self.doc.text):
            words = fold(m.group(1)).split()
            key = self._by_title(words)
            if key is not None:
                out.append(PersonMention(key, m.group(1), m.start(1), m.end(1)))
        return out

    def _by_title_in_text(self, words: list[str]) -> str | None:
        title = " ".join(words)
        asked = (title, len(self.added))
        if asked not in self._titled_answers:  # a record names the same office again and again
            self._titled_answers[asked] = self._holder_by_title(title)
        return self._titled_answers[asked]

    def _holder_by_title(self, title: str) -> str | None:
        keys = [k for k, p in self.people.items()
                if any(t == title or t.startswith(title + " ") for t in self.titles.get(k, ()))
                or any(r.strip().startswith(title) and not r.strip().startswith(
                    title + " of state for") for r in fold(p.role or "").split(";"))]
        return self._unique(keys)

    def _initials(self, letters: str) -> str | None:
        keys = []
        for k in self.parties:
            p = self.people[k]
            toks = [t for t in re.findall(r"[a-z]+", fold(p.name))]
            initials = "".join(t[0] for t in toks)
            first = {t[0] for t in toks} | {w[0] for t in self.titles.get(k, ()) for w in t.split()}
            ends = toks[0][0] + toks[-1][0] if toks else ""  # "HK" for Henry A. Kissinger
            if (len(letters) == 1 and letters in first) or (
                    len(letters) > 1 and letters in (initials, ends)):
                keys.append(k)
        if len(letters) == 1 and len(keys) > 1:  # 'K' is Kissinger's surname before a title
            surname = [k for k in keys if fold(self.people[k].name).split()[-1][0] == letters]
            keys = surname if len(surname) == 1 else keys
        return keys[0] if len(keys) == 1 else None


def _label(text: str) -> tuple[str, int] | None:
    """The label of a turn paragraph and where its words start, or None."""
    m = _LABEL.match(text)
    if not m:
        return None
    rest = text[m.end():]
    colon = re.match(r"\s*:\s*", rest)
    if not colon or m.end() + colon.end() >= len(text):
        return None
    label = m.group().strip()
    low = " ".join(fold(label).replace("&", "and").split())
    if low in _HEADERS or low.rstrip(".") in _HEADERS:
        return None
    return label, m.end() + colon.end()


def narrative(paragraph: str) -> bool:
    """'The Chairman asked whether ...', 'Kessler then said ...': the record's own voice
    reporting speech, not a speaker's words."""
    m = _NARRATIVE.match(paragraph)
    return bool(m) and m.group(1).lower() in SPEECH_VERBS


_NARRATIVE = re.compile(r"(?:The\s+)?(?:[A-Z][\w.'’\-]*\s+){1,4}(?:then\s+|also\s+|again\s+)?"
                        r"([a-z]+)\b")


def speaker_turns(doc: Document, people: list[LocalPerson], mentions: list[PersonMention],
                  reader: TurnReader | None = None) -> list[Turn]:
    """Turns of the dialogue; an unlabelled paragraph that reports speech in the record's own
    voice ends the previous turn instead of continuing it."""
    reader = reader or TurnReader(doc, people, mentions)
    text = doc.text
    turns: list[Turn] = []
    current: Turn | None = None
    for block in _blocks(doc.markup):
        para = text[block.char_start:block.char_end]
        if block.kind != "p":
            current = None
            continue
        found = _label(para)
        if found:
            label, offset = found
            key = reader.speaker(label, block.char_start)
            if key is None:
                current = None
                continue
            name = reader.people[key].name
            current = Turn(key, name, block.char_start + offset, block.char_end,
                           (block.char_start, block.char_end), label)
            turns.append(current)
        elif narrative(para):
            current = None
        elif current is not None and not _STAGE.match(para) and not para.isupper():
            turns.append(Turn(current.speaker_key, current.speaker_name, block.char_start,
                              block.char_end, (block.char_start, block.char_end), None))
    return turns


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
    for t in turns:
        start, end = t.start, t.end
        while end > start and text[end - 1].isspace():
            end -= 1
        if end <= start:
            continue
        out.append(Statement(text[start:end], "direct", start, end, t.speaker_name,
                             t.speaker_key, cue=t.label, said_on=said_on,
                             rule="turn" if t.label else "turn-continued"))
    return out
