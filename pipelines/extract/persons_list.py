"""People of a primary record (a FRUS TEI document): the persons-list entries it refers to and
the names its text gives, one person per individual.

Contract: pure functions over a ``Document`` read by ``pipelines.readers.tei`` (text plus
markup).  ``record_people(doc)`` gives the document's people and mentions: persons-list entries
the body refers to (``persName/@corresp``), with the role held on the record's date
(``clean_role``) and the country it names (``role_country``), and the names the text gives
without markup (``pipelines.extract.people``), folded into the listed person they are or added;
a name found only in a head or subject line is kept only when the list has it.  A reference
the editors linked to the wrong one of two namesakes ("Secretary Dulles" to the Director of
Central Intelligence) goes to the one its titles fit (``Document.namesakes``), and a bare
family name linked to a listed person goes to the namesake the record named in full just before
("Edgar Kaiser ... Kaiser sending", the list having an Ambassador Kaiser).  ``name_tokens`` and
``TITLE_WORDS`` say which words make a name, and ``title_before`` which title a name has, for
this module and for reading speaker turns (``pipelines.extract.turns``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from pipelines.document import Document, ListedPerson, LocalPerson, Markup, PersonMention
from pipelines.extract.lexicon import (
    ABBREVIATED_TITLES,
    COUNTRY_WORDS,
    ROLE_NOUNS,
    TELEGRAPHESE_TITLES,
    TITLES,
)
from pipelines.extract.names import fold, name_key, surname
from pipelines.extract.offices import TITLED_OFFICES, holder_on
from pipelines.extract.people import (
    ADDRESS_OF_WOMEN,
    COUNTRY_ALTERNATION,
    COUNTRY_WORD,
    english_lead,
    extract_people,
)
from pipelines.extract.segment import Spans

_HONORIFICS = {"mr", "mrs", "ms", "dr", "amb", "ambassador", "the", "sir", "gen", "general",
               "adm", "admiral", "madame", "mme", "señor", "senor", "herr"}
# words of titles and honorifics (and their abbreviations in transcripts' labels): never what
# tells one person's name from another's
TITLE_WORDS = {w for t in TITLES for w in t.split()} | _HONORIFICS | {
    "president", "premier", "minister", "prime", "foreign", "secretary", "chairman", "vice",
    "chancellor", "king", "emperor", "prince", "shah", "marshal", "deputy", "under", "assistant",
    "first", "general",
    "state", "defense", "treasury", "commerce", "agriculture", "of"} | {
    "pm", "fm", "vm", "dpm", "vp", "sec", "secy", "amb", "pres"}
# fewer characters than this (periods aside) are initials ('P', 'H.K.'), not an alias to keep
_SHORTEST_ALIAS = 4


@lru_cache(maxsize=1 << 14)  # the same names are compared for every label and mention
def name_tokens(name: str) -> frozenset[str]:
    return frozenset(_NAME_TOKEN.findall(fold(name)))


_NAME_TOKEN = re.compile(r"[a-z0-9]+")


@dataclass
class _Entry:
    key: str
    name: str
    aliases: set[str]
    role: str | None
    tokens: frozenset[str]
    family: str | None = None  # folded family name, for persons-list entries
    list_ids: set[str] = field(default_factory=set)  # "volume#xml:id" of its entries
    listed_role: str | None = None  # the entry's roles of every year, as the list gives them
    country: str | None = None  # the country the text gives an unlisted name ("UK Minister Doe")


_MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june",
                                        "july", "august", "september", "october", "november",
                                        "december"], 1)}
# a day after the last of any month: an end given without its day ("until May 1974") runs
# through the whole month (ISO dates compare as strings)
_PAST_MONTH_END = 32
_WHEN = re.compile(r"\b(from|until|since|after|to)\s+(?:([A-Z][a-z]+)\s+)?(?:(\d{1,2}),?\s+)?"
                   r"((?:1[89]|20)\d\d)\b")


# a misprint of the lists ("Prime Minster of the ROK"), which no title would match
_MINSTER = re.compile(r"\bMinster\b")


def clean_role(role: str | None, on: str | None = None) -> str | None:
    """The role of a persons-list entry held on the date ``on`` (else its first), without its
    dates: 'Vice President until August 9, 1974; President of the United States from August
    9, 1974' is 'President of the United States' in 1976; 'President, 1953–1961' is 'former
    President' in 1968; '...; thereafter Director' is held from the end of the role before."""
    if not role:
        return None
    parts = _role_parts(_MINSTER.sub("Minister", role))
    held = [p for p in parts if on and _held_on(p, on)]
    if len(held) > 1:  # several offices at once: the latest taken first
        held.sort(key=lambda p: p[1] or "", reverse=True)
        return "; ".join(r for r in (_undated(p[0]) for p in held) if r) or None
    if held:
        return _undated(held[0][0]) or None
    undated = [p for p in parts if not p[1] and not p[2]]
    if on and undated and len(undated) < len(parts):  # "President of Zambia; President of
        return _undated(undated[0][0]) or None  # the OAU from 1970 until 1971": Zambia's
    dated = [p for p in parts if p[1] or p[2]]
    if on and len(dated) == len(parts) > 1 and all(p[1] and on < p[1] for p in dated):
        # every role of a multi-role entry began after the record: it does not say which
        # the person held then ("Deputy Secretary from July 1972; ..." in 1971)
        return None
    ended = [p for p in parts if on and p[2] and on >= p[2]]
    if on and ended and len(ended) == len([p for p in parts if p[1] or p[2]]):
        latest = max(ended, key=lambda p: p[2])  # every dated role over by then: the last one
        name = _undated(latest[0])
        return f"former {name}" if name else None
    return _undated(parts[0][0]) or None


# one role of an entry: its text, and the day it began and the day it ended (ISO, or None)
_Part = tuple[str, str | None, str | None]
# where an entry's next role begins: ";", a comma after a year ("..., 1966, Director ...")
_NEXT_ROLE = re.compile(r";|(?<=\d{4}),\s+(?=(?:thereafter\s+)?[A-Z])")
_THEREAFTER = re.compile(r"\s*(?:thereafter|then|subsequently|later)\s+", re.IGNORECASE)
# a role's span written as a range: "1953–1961", "April 29, 1965–June 30, 1966", "1969–"
_RANGE = re.compile(r"(?:([A-Z][a-z]+)\s+)?(?:(\d{1,2}),?\s+)?((?:1[89]|20)\d\d)\s*[-–]\s*"
                    r"(?:(?:([A-Z][a-z]+)\s+)?(?:(\d{1,2}),?\s+)?((?:1[89]|20)\d\d))?(?!\d)")
_DATES_FROM = re.compile(r",?\s+(?:from|until|after|since|to)\s+(?:[A-Z][a-z]+\s+)?"
                         r"(?:\d{1,2},?\s+)?(?:1[89]|20)\d\d\b.*$|,?\s*(?:[A-Z][a-z]+\s+)?"
                         r"(?:\d{1,2},?\s+)?(?:1[89]|20)\d\d\s*[-–].*$")


def _role_parts(role: str) -> list[_Part]:
    out: list[_Part] = []
    for raw in [p for p in _NEXT_ROLE.split(role) if p.strip()] or [role]:
        then = _THEREAFTER.match(raw)
        text = raw[then.end():] if then else raw
        start, end = _span_of(text)
        if then and start is None and out:
            start = out[-1][2]  # "thereafter Director": from the end of the role before
        out.append((text, start, end))
    return out


def _span_of(part: str) -> tuple[str | None, str | None]:
    start = end = None
    for m in _WHEN.finditer(part):
        if m.group(1) in ("from", "since", "after"):
            start = _iso_of(m)
        else:
            end = _iso_of(m)
    r = _RANGE.search(part)
    if r and start is None and end is None:
        start = _iso(r.group(1), r.group(2), r.group(3), first=True)
        end = _iso(r.group(4), r.group(5), r.group(6), first=False) if r.group(6) else None
    return start, end


def _iso(month: str | None, day: str | None, year: str, first: bool) -> str:
    number = _MONTHS.get((month or "").lower())
    if not number:
        return year if first else f"{year}-12-{_PAST_MONTH_END}"
    if not day:
        return f"{year}-{number:02d}-{1 if first else _PAST_MONTH_END:02d}"
    return f"{year}-{number:02d}-{int(day):02d}"


def _undated(part: str) -> str:
    return _DATES_FROM.sub("", part).strip(" ,.")


def _held_on(part: _Part, on: str) -> bool:
    """Whether a role with its own dates ('from March 3, 1973, until ...', '1965–1969') was
    held on ``on``; a role that gives no dates is not known to be."""
    _, start, end = part
    if start is None and end is None:
        return False
    return (start is None or on >= start) and (end is None or on < end)


def _iso_of(m: re.Match) -> str:
    month = _MONTHS.get((m.group(2) or "").lower())
    if not month:
        end_of_year = f"{m.group(4)}-12-{_PAST_MONTH_END}"
        return m.group(4) if m.group(1) in ("from", "since", "after") else end_of_year
    day = int(m.group(3)) if m.group(3) else (1 if m.group(1) != "until" else _PAST_MONTH_END)
    return f"{m.group(4)}-{month:02d}-{day:02d}"


@lru_cache(maxsize=1 << 14)  # the same roles recur in every record of a volume
def role_country(role: str | None, us_record: bool = False) -> str | None:
    """The country a role names: by nationality opening it ("Soviet Ambassador", "Greek
    Permanent Representative to NATO", "U.S. Consul General"), as "... of <country>"
    ("Prime Minister of Greece", "General Secretary of the Communist Party of the Soviet
    Union"), or after a comma closing it ("Herero leader, Namibia").  In a U.S. government
    record (``us_record``: a FRUS volume's list) a U.S. office, a seat in Congress, a U.S.
    service and an ambassador or embassy "to"/"in" another country are the United States'
    (the lists call the U.S. ambassador to Greece "Ambassador to Greece")."""
    if not role:
        return None
    low = re.sub(r"\s+", " ", fold(role).lower()).strip()
    if _US_DEPARTMENT.search(low):
        return "US"  # "Portugal Desk Officer, Bureau of European Affairs, Department of State"
    for part in low.split(", "):  # "Director General, Greek Prime Minister's Office"
        opening = _OPENING_COUNTRY.match(part)
        if opening and not _desk(part, opening.end()):
            return COUNTRY_WORDS[opening.group(1)]
    for m in COUNTRY_WORD.finditer(low):  # the first country word after "of" or before a title
        if len(m.group(1)) <= 2:
            continue  # "us", "uk": a pronoun or a code, not "of Greece"
        if ((_OF_BEFORE.search(low, 0, m.start()) or _TITLE_AFTER.match(low, m.end()))
                and not _desk(low, m.end())):
            return COUNTRY_WORDS[m.group(1)]
    closing = _CLOSING_COUNTRY.search(low)
    if closing:
        return COUNTRY_WORDS[closing.group(1) or closing.group(2)]
    if us_record and _US_OFFICE.search(low):
        return "US"
    return "GB" if low in _PEERAGE else None


# a role in a U.S. department or agency, whatever country it deals with
_US_DEPARTMENT = re.compile(r"\b(?:department of (?:state|defense|the treasury|commerce)|"
                            r"central intelligence agency)\b")
# a British peer's rank given as the role ("Lord Caradon": Lord)
_PEERAGE = frozenset(["lord", "baroness", "viscount", "baron", "earl", "marquess"])


# a country word opening the role, before the office ("former Soviet Ambassador")
_OPENING_COUNTRY = re.compile(rf"(?:(?:former|then|acting)\s+)?({COUNTRY_ALTERNATION})(?=\s)")


def without_opening_country(role: str) -> str:
    """A lowercase role without the country word opening it: "greek foreign minister" ->
    "foreign minister"."""
    role = role.strip()
    m = _OPENING_COUNTRY.match(role)
    return role[m.end():].strip() if m else role
# "of Greece", "of the Republic of Zaire", "of the Soviet Union"
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?(?:(?:[a-z’']+\s+){0,2}of\s+(?:the\s+)?)?\Z")
# a country word before a leader's title: "Assistant to Cypriot President Kyprianou" serves
# Cyprus
_TITLE_AFTER = re.compile(r"\s+(?:president|prime minister|foreign minister|premier|king|"
                          r"chancellor|government|embassy|foreign (?:ministry|office)|ministry|"
                          r"army|navy|air force|delegation)\b")
# "Office of Spain and Portugal Affairs", "Greek, Turkish and Cypriot Affairs": a desk for
# the country, not its government
_AFFAIRS_AFTER = re.compile(r"([a-z,’'.\s–-]{0,60}?)\baffairs\b")


def _desk(low: str, end: int) -> bool:
    """Whether the country word ending at ``end`` names an office's desk: only country words
    and "and" between it and "affairs"."""
    m = _AFFAIRS_AFTER.match(low, end)
    if not m:
        return False
    words = re.findall(r"[a-z’'.]+", m.group(1))
    return all(w in ("and", "the") or w in COUNTRY_WORDS for w in words)
_CLOSING_COUNTRY = re.compile(
    rf"(?:,\s*(?:the\s+)?({COUNTRY_ALTERNATION})|\(({COUNTRY_ALTERNATION})\))\s*$")
# offices, services and posts of the U.S. government as FRUS persons lists name them
_US_OFFICE = re.compile(
    r"\b(?:secretary of (?:state|defense|the treasury|commerce|agriculture|labor|the army|"
    r"the navy|the air force|energy|transportation)|(?:assistant|under|deputy) secretary|"
    r"department of (?:state|defense|the treasury|commerce|justice|energy|agriculture)|"
    r"national security (?:council|affairs|adviser|advisor)|central intelligence|"
    r"white house|executive office of the president|office of management and budget|"
    r"joint chiefs|house of representatives|senat(?:e|or)|sen\.|congress(?:man|woman|ional)?|"
    r"president[’']?s (?:special |deputy )?assistant|president[’']?s personal|"
    r"(?:counselor|counsellor|assistant|adviser|advisor) to the (?:president|secretary)\b"
    r"(?! of| general)|chief of naval operations|chief of protocol|"
    r"(?:representative|senator) from|\((?:[dri])-|attorney general|usa|usn|usaf|usmc|"
    r"president of the united states|vice president of the united states|"
    r"(?:special |deputy )?assistant to the president|u\.s\.|united states (?:ambassador|"
    r"representative|mission)|(?:ambassador to|embassy in)(?! the united states| washington)|"
    r"consul(?:ate)? general|charge "
    r"d'?affaires|deputy chief of mission|agency for international development|"
    r"arms control and disarmament agency|information agency|peace corps|nsc staff)")


def record_people(doc: Document) -> tuple[list[LocalPerson], list[PersonMention]]:
    entries, mentions = _listed(doc)
    us_record = (doc.source_key or "").startswith("frus")  # the U.S. government's records
    found, found_mentions = _named_in_text(doc, list(entries.values()))
    _merge_found(entries, mentions, found, found_mentions, doc)
    mentions = _by_form_of_address(doc.text, entries, mentions)
    sides = participant_sides(doc, mentions)
    # the country of the role of the day, else of the entry's other roles ("Zambian Permanent
    # Representative ...; Minister of Foreign Affairs from 1975"): one country's servant
    people = [LocalPerson(e.key, e.name, tuple(sorted(a for a in e.aliases if a != e.name)),
                          e.role, role_country(e.role) or e.country
                          or _country(e.role, sides.get(e.key), us_record)
                          or role_country(e.listed_role),
                          tuple(sorted(i for i in e.list_ids if i)))
              for e in entries.values()]
    mentions.sort(key=lambda m: (m.char_start, m.char_end))
    return sorted(people, key=lambda p: p.key), mentions


def _by_form_of_address(text: str, entries: dict[str, _Entry],
                        mentions: list[PersonMention]) -> list[PersonMention]:
    """Minutes tell two namesakes apart by how they address them: "Secretary Dulles" is the
    one they title, "Mr. Dulles" the one they call "Mr." in full ("Mr. Allen Dulles").  A
    family name after "Mr." given to the titled one goes to the other, when the record calls
    only the other "Mr." by full name and the titled one never so."""
    by_family: dict[str, set[str]] = {}
    for m in mentions:
        if (e := entries.get(m.person_key)) and e.family:
            by_family.setdefault(e.family, set()).add(m.person_key)
    moves: dict[str, str] = {}
    for family, keys in by_family.items():
        if len(keys) != 2:
            continue
        full_mr = {k for k in keys for m in mentions if m.person_key == k
                   and _MR_BEFORE.search(text, max(0, m.char_start - 5), m.char_start)
                   and fold(m.text).strip("[] ") != family}
        titled = {k for k in keys for m in mentions if m.person_key == k
                  and _TITLE_BEFORE.search(text, max(0, m.char_start - 30), m.char_start)}
        if len(full_mr) == 1 and (titled - full_mr):
            moves[(titled - full_mr).pop()] = full_mr.pop()
    return [PersonMention(moves[m.person_key], m.text, m.char_start, m.char_end)
            if m.person_key in moves and fold(m.text) == entries[m.person_key].family
            and _MR_BEFORE.search(text, max(0, m.char_start - 5), m.char_start) else m
            for m in mentions]


_MR_BEFORE = re.compile(r"\bMr\.\s+\Z")
# a title that is an office, not a form of address, right before a name
_TITLE_BEFORE = re.compile(r"\b(?:Secretary|Senator|Ambassador|Governor|General|Admiral|"
                           r"Director|Minister|President|Under\s+Secretary)\s+\Z")


def _country(role: str | None, side: str | None, us_record: bool) -> str | None:
    """The country a role names, else the side a participants list puts the person on, else
    (a U.S. record) a U.S. office's: a British "Deputy Under Secretary" listed under "U.K.:"
    is British."""
    return role_country(role) or side or role_country(role, us_record)


def participant_sides(doc: Document, mentions: list[PersonMention]) -> dict[str, str]:
    """Person key -> the country of the side a participants list names them under ("Cyprus",
    "United States", "British:" heading the names that follow); none for a person listed
    under two."""
    heads: list[tuple[int, str]] = []
    spans = sorted((m.char_start, m.char_end) for m in doc.markup if m.kind == "participant")
    for start, end in spans:
        pos = start
        for line in doc.text[start:end].split("\n"):
            code = _side_heading(line)
            if code:
                heads.append((pos, code))
            pos += len(line) + 1
    if not heads:
        return {}
    listed = Spans(spans)
    found: dict[str, set[str]] = {}
    for m in mentions:
        before = [code for pos, code in heads if pos < m.char_start]
        if before and listed.hold(m.char_start):
            found.setdefault(m.person_key, set()).add(before[-1])
    return {key: codes.pop() for key, codes in found.items() if len(codes) == 1}


_SIDE_WORDS = re.compile(r"^(?:the\s+)|\s+(?:side|delegation|participants|party)$")
# a foreign service heading its people ("South African Embassy", "Embassy of Zaire"): the
# government the embassy, mission or delegation serves
_SERVICE = re.compile(r"^(?:(?:embassy|government|mission|delegation)\s+of\s+(?:the\s+)?(.+)|"
                      r"(.+?)\s+(?:embassy|government|mission|delegation))$")


def _side_heading(line: str) -> str | None:
    """The country a participants list's heading line names ("Cyprus", "U.S. Side:")."""
    words = _SIDE_WORDS.sub("", line.strip().rstrip(":").strip().lower())
    if not 2 <= len(words) < 40:
        return None
    if words in _US_AGENCIES:
        return "US"
    service = _SERVICE.match(words)
    for form in (words, words.rstrip("."), words + "."):  # "UK:", "U.K:", "U.S.:"
        if form in COUNTRY_WORDS:
            return COUNTRY_WORDS[form]
    return COUNTRY_WORDS.get(next(filter(None, service.groups()))) if service else None


# the U.S. departments and agencies a FRUS participants list heads its names with ("CIA",
# "OMB", "White House"): their people are the United States' side
_US_AGENCIES = frozenset([
    "state", "department", "department of state", "defense", "department of defense", "dod", "osd",
    "treasury", "department of the treasury", "commerce", "justice", "energy", "agriculture",
    "cia", "central intelligence agency", "jcs", "joint chiefs of staff", "omb", "nsc",
    "nsc staff", "national security council", "white house", "the white house", "acda",
    "usia", "aid", "usaid", "opic", "usun", "vice president’s office", "vice president's office",
    "office of the vice president"])


def _listed(doc: Document) -> tuple[dict[str, _Entry], list[PersonMention]]:
    """The persons-list entries the body refers to (by key), and those references."""
    listed = {p.ref: p for p in doc.persons}
    listed |= _redirected(doc, listed)
    entries: dict[str, _Entry] = {}
    by_ref: dict[str, str] = {}
    mentions: list[PersonMention] = []
    elsewhere = _participants_namesake(doc, listed) | _namesake_named_first(doc, listed)
    families = {fold(p.family) for p in doc.persons if p.family}
    for m in doc.markup:
        if m.kind != "person" or m.ref not in listed:
            continue
        lp = listed[m.ref]
        surface = doc.text[m.char_start:m.char_end]
        if _misdirected(surface, " ".join([lp.name, *lp.aliases]), fold(lp.family or "") or None) \
                or _another_family(surface, lp, families) \
                or (m.ref in elsewhere and fold(surface) == fold(lp.family or "")):
            continue  # the text's own name stands: the people of the text find it
        key = by_ref.get(m.ref)
        if key is None:
            key = name_key(lp.name)
            by_ref[m.ref] = key
            tokens = name_tokens(" ".join([lp.name, *lp.aliases]))
            entries.setdefault(key, _Entry(key, lp.name, set(lp.aliases),
                                           clean_role(lp.role, roles_day(doc)),
                                           tokens, fold(lp.family or "") or None,
                                           listed_role=lp.role))
        entries[key].list_ids.add(list_id(doc, lp))
        if _alias_of(surface, entries[key]):
            entries[key].aliases.add(surface)
        mentions.append(PersonMention(key, surface, m.char_start, m.char_end))
    return entries, mentions


# a year in a record's text, and the volume's years it must fall in to date the record
_YEAR = re.compile(r"(?<![\d/–-])((?:19|20)\d\d)(?![\d/–-])")


def roles_day(doc: Document) -> str | None:
    """The day (or year) a record's people hold the roles it gives them: its date, else for an
    undated record (an editorial note) the first year its text names within the volume's
    years ("On March 5, 1979, ..." in a volume of 1977-1980: 1979), so that the list's
    "Governor of Georgia until 1975; President from 1977" is the President there."""
    if doc.event_date or doc.volume is None or not doc.volume.period_start:
        return doc.event_date
    first, last = doc.volume.period_start[:4], (doc.volume.period_end or "9999")[:4]
    return next((y for y in _YEAR.findall(doc.text) if first <= y <= last), None)


def _participants_namesake(doc: Document, listed: dict[str, ListedPerson]) -> set[str]:
    """Entries the editors linked bare family names to ("Armstrong:" to General R.F.
    Armstrong) while the record's participants list names, unlinked, someone else of that
    family name ("Amb. Anne Armstrong") and not the entry: those names are the participant's."""
    spans = [(m.char_start, m.char_end) for m in doc.markup if m.kind == "participant"]
    if not spans:
        return set()
    inside = {m.ref for m in doc.markup if m.kind == "person"
              and any(a <= m.char_start < b for a, b in spans)}
    out = set()
    for ref, lp in listed.items():
        if ref in inside or not lp.family:
            continue
        entry = _Entry("", lp.name, set(lp.aliases), None,
                       name_tokens(" ".join([lp.name, *lp.aliases])), fold(lp.family))
        named = re.compile(rf"(?:[A-Z][\w.’'\-]*\s+){{1,3}}{re.escape(lp.family)}\b")
        if any(_other_given_name(m.group(), entry)
               for a, b in spans for m in named.finditer(doc.text, a, b)):
            out.add(ref)
    return out


def _namesake_named_first(doc: Document, listed: dict[str, ListedPerson]) -> set[str]:
    """Entries the editors linked only bare family names to ("Kaiser" to an Ambassador Kaiser),
    no title before them, while the record first names in full, unlinked, someone else of
    that family name ("discussed it with Edgar Kaiser. Kaiser sending ..."): a reader takes
    the bare name for the one just named in full, so those names are that person's."""
    linked: dict[str, list[Markup]] = {}
    for m in doc.markup:
        if m.kind == "person" and m.ref in listed:
            linked.setdefault(m.ref, []).append(m)
    marked = Spans((m.char_start, m.char_end) for m in doc.markup if m.kind == "person")
    # "forwarded to Rostow Bowles’ memorandum": two listed people's names side by side
    families = {fold(p.family) for p in listed.values() if p.family}
    out = set()
    for ref, refs in linked.items():
        lp = listed[ref]
        if not lp.family or any(fold(doc.text[m.char_start:m.char_end]) != fold(lp.family)
                                or title_before(doc.text, m.char_start) for m in refs):
            continue  # a name or title the editors linked tells whom they meant
        entry = _Entry("", lp.name, set(lp.aliases), None,
                       name_tokens(" ".join([lp.name, *lp.aliases])), fold(lp.family))
        named = re.compile(rf"(?:[A-Z][\w.’'\-]*\s+){{1,3}}{re.escape(lp.family)}\b")
        first = min(m.char_start for m in refs)
        if any(_someone_else(m.group(), entry, families) and not marked.meet(m.start(), m.end())
               for m in named.finditer(doc.text, 0, first)) or _linked_in_full_before(
                doc, lp, first, listed):
            out.add(ref)
    return out


def _linked_in_full_before(doc: Document, lp: ListedPerson, first: int,
                           listed: dict[str, ListedPerson]) -> bool:
    """Before the entry's first bare reference, the editors linked in full another entry of
    the list whose name ends in that word and whose family name is another ("Tran Van Kiet",
    family name Tran, before "Kiet" linked to a "Kiet, Major"): a reader takes the bare word
    for the one just named in full (with whom the record is concerned), as he does for an
    unlinked full name."""
    family = fold(lp.family or "")
    for m in doc.markup:
        other = listed.get(m.ref or "") if m.kind == "person" and m.char_start < first else None
        if other is None or other.ref == lp.ref or fold(other.family or "") == family:
            continue
        words = re.findall(r"[a-z]+", fold(doc.text[m.char_start:m.char_end]))
        if len(words) >= 2 and words[-1] == family:
            return True
    return False


def _someone_else(name: str, entry: _Entry, families: set[str]) -> bool:
    """A full name of another of the entry's family name: no given name of it is one of the
    entry's or starts as one does ("Hastings Kamuzu Banda" is the listed "Banda, Hastings" by
    a middle name, "Nicholas" may be the entry's "Nikos"), nor a listed person's family name,
    nor a telegram's title ("Fon Min Wigny")."""
    given = [w for w in re.findall(r"[a-z]+", fold(name))[:-1] if w not in TITLE_WORDS]
    initials = {t[0] for t in entry.tokens if t != entry.family}
    return bool(given) and _other_given_name(name, entry) and not any(
        w[0] in initials or w in families for w in given) and not any(
        "".join(given[i:j]) in TELEGRAPHESE_TITLES
        for i in range(len(given)) for j in range(i + 1, len(given) + 1))


def list_id(doc: Document, lp: ListedPerson) -> str:
    """Where a persons-list entry is: its volume and ``xml:id`` ("frus1977-80v21#p_KK_1")."""
    return f"{(doc.source_key or '').split('/')[0]}#{lp.ref}" if lp.ref else ""


def _redirected(doc: Document, listed: dict[str, ListedPerson]) -> dict[str, ListedPerson]:
    """References the editors linked to the wrong one of two namesakes, by reference: the
    titles the text gives the person ("Secretary Dulles") never fit the entry's role
    ("Director of Central Intelligence") and fit one namesake's ("Secretary of State"), whom
    the record never refers to.  Then every reference to that entry in the record is the
    namesake's.  Where the list has no such namesake, the holder of the U.S. office the titles
    name on the record's day, when the family name is theirs.  A role the list does not give
    contradicts nothing."""
    titles: dict[str, set[str]] = {}
    for m in doc.markup:
        # a title counts where the text names the entry: not "King Saud" linked to another
        if m.kind == "person" and m.ref in listed and _names_entry(
                doc.text[m.char_start:m.char_end], listed[m.ref]):
            titles.setdefault(m.ref, set()).update(title_before(doc.text, m.char_start))
    out = {}
    for ref, found in titles.items():
        lp = listed[ref]
        if not found or not lp.role or any(_title_fits(t, lp.role) for t in found):
            continue
        fits = [n for n in doc.namesakes if n.family == lp.family and n.role
                and all(_title_fits(t, n.role) for t in found)] or _office_holder(doc, lp, found)
        if len(fits) == 1:
            out[ref] = fits[0]
        elif (not fits and lp.family and len(found) == 1 and _heads_a_country(lp, doc)
              and next(iter(found)).split()[-1] in _SERVANTS):
            # "GRC Ambassador Chou" linked to Premier Chou En-lai: a namesake the list lacks
            out[ref] = ListedPerson("", lp.family, (), found.pop().title(), lp.family)
    return out


# a role of a head of state or government: editors link a namesake of lower rank to such an
# entry by its family name ("Ambassador Chou" to Premier Chou En-lai)
_HEAD_ROLE = re.compile(r"(?:[A-Z][\w’'-]*\s+)?(?:Premier|President|Prime\s+Minister|King|Shah|"
                        r"Emperor)\b")


# a diplomat's titles: a head of state or government is not abroad as one, as he may have
# been governor or minister on the way to the office ("Governor Carter" is the President)
_SERVANTS = {"ambassador", "consul", "counselor", "counsellor", "envoy", "attaché", "attache",
             "chargé", "charge"}


def _heads_a_country(lp: ListedPerson, doc: Document) -> bool:
    """The entry's role on the record's day heads a country's state or government ("Premier
    of the People's Republic of China"; not "President of the United Auto Workers")."""
    role = clean_role(lp.role, roles_day(doc)) or ""
    return bool(_HEAD_ROLE.match(role)) and role_country(role) is not None


def _names_entry(surface: str, lp: ListedPerson) -> bool:
    """Whether a linked name has a word of the entry's names, or a spelling of its family
    name ("Saud" linked to John S.D. Eisenhower has neither)."""
    tokens = name_tokens(" ".join([lp.name, *lp.aliases]))
    family = fold(lp.family or "")
    return any(w in tokens or (family and _alike(w, family))
               for w in re.findall(r"[a-z]+", fold(surface)) if w not in TITLE_WORDS)


def _office_holder(doc: Document, lp: ListedPerson, titles: set[str]) -> list[ListedPerson]:
    """The holder on the record's day of the one U.S. office the titles name, when the holder
    has the entry's family name (the persons list may lack the namesake)."""
    offices = {TITLED_OFFICES.get(t) for t in titles}
    if len(offices) != 1 or None in offices or not (doc.source_key or "").startswith("frus"):
        return []
    role = offices.pop()
    name = holder_on(role, doc.event_date)
    family = name.replace(" Jr.", "").replace(" III", "").split()[-1] if name else ""
    if fold(family) != fold(lp.family or ""):
        return []
    return [ListedPerson("", name, (), role, family)]  # in no list: no list ID


def _title_fits(title: str, role: str) -> bool:
    """Every word of the title is a word of the role ("secretary of state" of "Secretary of
    State"; "secretary" is not of "Director of Central Intelligence"), not of an office it
    serves ("president" is not of "Assistant Staff Secretary to the President")."""
    words = set(re.findall(r"[a-z]+", _SERVED.sub(" ", fold(role).lower())))
    # whose office the title says ("Rhodesian Prime Minister") is the country's to check
    title = without_opening_country(title)
    return all(w in words for w in title.split() if w not in ("of", "the"))


# the office a role serves, not holds: "... to the President", "... for the Secretary"
_SERVED = re.compile(r"\b(?:to|for)\s+the\s+(?:vice\s+)?[a-z]+")
# how alike two spellings of one family name are at least ("Khrushchov", "Khrushchev")
_SAME_SPELLING = 0.75


def _misdirected(surface: str, names: str, family: str | None) -> bool:
    """A reference the editors linked to the wrong entry (``names``: the entry's name and
    aliases): the text gives a full name with neither the entry's family name nor, as its last
    word, any of the entry's names or a spelling of one ("George Vinson" linked to "Allen,
    George V.").  A surname alone, a title or another spelling ("Chou En-lai" for "Zhou Enlai")
    keeps the link."""
    tokens = name_tokens(names)
    words = [w.replace("-", "") for w in
             re.findall(r"[a-z]+(?:-[a-z]+)*", fold(re.sub(r"[’']s$|[’']", "", surface)))]
    words = [w for w in words if w not in TITLE_WORDS]
    if len(words) < 2 or len(words[-1]) < 3 or words[-1] in tokens:
        return False
    if family and any(_alike(w, family) for w in words):
        return False  # "Chou Shu-k'ai" for "Chow Shu-kai": the family name comes first
    letters = re.sub(r"[^a-z]", "", fold(names))  # "shukai" in "Chow Shu-kai"
    return not (words[-1] in letters or any(_alike(words[-1], t) for t in tokens))


def _another_family(surface: str, lp: ListedPerson, families: set[str]) -> bool:
    """A family name alone linked to an entry of another family, that is the family name of
    another entry of the volume's list ("Mr. Robertson" linked to "Cutler, Robert", the list
    having Robertsons): a slip of the editors' markup, the text's own name stands."""
    words = [w for w in re.findall(r"[a-z]+", fold(re.sub(r"[’']s$", "", surface)))
             if w not in TITLE_WORDS]
    family = fold(lp.family or "")
    return (len(words) == 1 and bool(family) and words[0] in families
            and words[0] != family and not _alike(words[0], family))


def _alike(a: str, b: str) -> bool:
    """Two spellings of one name: alike as written, or once romanisations are set aside."""
    return any(SequenceMatcher(None, x, y).ratio() >= _SAME_SPELLING
               for x, y in ((a, b), (_romanised(a), _romanised(b))))


# letters that romanisations of one name write differently: "Khristofidis", "Christophides"
_ROMANISATIONS = (("kh", "h"), ("ch", "h"), ("ph", "f"), ("th", "t"), ("k", "c"), ("y", "i"),
                  ("ou", "u"), ("e", "i"))


def _romanised(word: str) -> str:
    for spelt, common in _ROMANISATIONS:
        word = word.replace(spelt, common)
    return word


def _named_in_text(doc: Document, listed: list[_Entry]
                   ) -> tuple[list[LocalPerson], list[PersonMention]]:
    """The people the text names without markup, and their mentions, less those named only in
    a head or subject line that the persons list does not have."""
    found, found_mentions = extract_people(doc.text)
    titled = Spans((m.char_start, m.char_end) for m in doc.markup
                   if m.kind in ("head", "subject"))
    mentions_of: dict[str, list[PersonMention]] = {}
    for m in found_mentions:
        mentions_of.setdefault(m.person_key, []).append(m)
    found = [p for p in found if not _only_in(titled, mentions_of.get(p.key, []))
             or _listed_match(p, listed)]
    keys = {p.key for p in found}
    return found, [m for m in found_mentions if m.person_key in keys]


def _merge_found(entries: dict[str, _Entry], mentions: list[PersonMention],
                 found: list[LocalPerson], found_mentions: list[PersonMention],
                 doc: Document | None = None) -> None:
    """Fold the people the text names into the listed ones they are (surname and given names
    all among the listed person's), or add them; a mention of a span already marked is skipped.
    A name whose title the listed person's role does not fit ("Secretary Dulles", the list
    having Allen W. Dulles alone) is the namesake of the volume's list whose role fits."""
    marked = Spans((m.char_start, m.char_end) for m in mentions)
    target: dict[str, str | None] = {}
    listed = list(entries.values())
    # a name read over marked-up names only ("Whether Ecevit" over "Ecevit") names no one new
    unmarked = {m.person_key for m in found_mentions if not marked.meet(m.char_start, m.char_end)}
    for p in found:
        hit = _listed_match(p, listed)
        if hit is not None and doc is not None and p.role and hit.role and \
                not _title_fits(fold(p.role), hit.role):
            hit = _fitting_namesake(doc, p, entries) or hit
        if hit is not None and _hers(p.name, p.role) and not _hers(hit.name, hit.role):
            # "Madame Nhu" beside the listed Ngo Dinh Nhu, "Mrs. Rusk" beside Dean Rusk: his
            # wife, a person of her own unless the list has her
            hit = _fitting_namesake(doc, p, entries, her=True) if doc is not None else None
        if hit is not None:
            target[p.key] = hit.key
            hit.aliases |= {a for a in (p.name, *p.aliases) if _alias_of(a, hit)}
            hit.role = hit.role or p.role
            hit.country = hit.country or p.country
        elif _not_a_name(p.name) or p.key not in unmarked:
            target[p.key] = None
        else:
            target[p.key] = p.key
            entries.setdefault(p.key, _Entry(p.key, p.name, set(p.aliases), p.role,
                                             name_tokens(p.name), country=p.country))
    for m in found_mentions:
        key = target[m.person_key]
        if key is None or marked.meet(m.char_start, m.char_end):
            continue
        mentions.append(PersonMention(key, m.text, m.char_start, m.char_end))


def _fitting_namesake(doc: Document, p: LocalPerson, entries: dict[str, _Entry],
                      her: bool = False) -> _Entry | None:
    """The one namesake of the volume's list whose role the title fits (``her``: who is
    named with a woman's form of address too), as an entry."""
    family = name_tokens(p.name)
    fits = [n for n in doc.namesakes if n.family and fold(n.family) in family and (
        _hers(n.name, n.role) if her else n.role and _title_fits(
            fold(p.role), clean_role(n.role, roles_day(doc)) or n.role))]
    if len(fits) != 1:
        return None
    n = fits[0]
    key = name_key(n.name)
    entry = entries.setdefault(key, _Entry(key, n.name, set(n.aliases),
                                           clean_role(n.role, roles_day(doc)),
                                           name_tokens(" ".join([n.name, *n.aliases])),
                                           fold(n.family) or None, listed_role=n.role))
    entry.list_ids.add(list_id(doc, n))
    return entry


def _only_in(blocks: Spans, mentions: list[PersonMention]) -> bool:
    """Every mention inside a title-cased block (a head, a subject line): 'Fishing Quotas'
    there is not a name unless the persons list says so."""
    return bool(mentions) and all(blocks.hold(m.char_start) for m in mentions)


def _listed_match(p: LocalPerson, listed: list[_Entry]) -> _Entry | None:
    """The one listed person a found name is: all its name words are theirs, else its family
    name is theirs ("Secretary of the Treasury John S. Connally" misread with a title word)."""
    toks = name_tokens(p.name) - TITLE_WORDS - _HER
    hits = [e for e in listed if toks and toks <= e.tokens]
    if len(hits) == 1:
        return hits[0]
    words = [w for w in re.findall(r"[a-z]+", fold(p.name)) if w not in TITLE_WORDS | _HER]
    if not words:
        return None
    family = fold(surname(p.name.split()))
    hits = [e for e in listed if e.family and e.family in (family, words[-1], words[0])
            and not _other_given_name(p.name, e)]
    return hits[0] if len(hits) == 1 else None


def _hers(name: str, role: str | None) -> bool:
    """Named or titled with a woman's form of address: "Madame Nhu" is not the listed "Ngo
    Dinh Nhu", nor "Mrs. Pell" the Senator; "Nhu, Madame" is not a Nhu the text names bare."""
    return bool(_HER & set(re.findall(r"[a-z]+", fold(f"{name} {role or ''}"))))


def _other_given_name(name: str, entry: _Entry) -> bool:
    """'Robert Anderson' is not the listed 'Anderson, Clinton P.': the given name before the
    family name is none of the entry's names nor a spelling of one ('Kakuei' for a listed
    'Kakeui', 'George' for 'Gheorghe'), and the entry has no initial for it ('H. R.')."""
    words = re.findall(r"[a-z]+", fold(name))
    if len(words) < 2 or words[-1] != entry.family:
        return False
    given = words[-2]
    if len(given) < 2 or given in TITLE_WORDS | _HER or given[0] in entry.tokens:
        return False
    if len(words) == 2 and english_lead(given):
        return False  # "Brahmin Nehru", "Hindu Dulles": a description, not a given name
    return not any(_alike(given, t) for t in entry.tokens)


def _alias_of(alias: str, entry: _Entry) -> bool:
    """Keep as an alias only a form made of the person's own name words ('Kesh Tomo of
    Eastria' and 'P' are not names of Kesh Tomo and Pellam)."""
    toks = name_tokens(alias) - TITLE_WORDS
    return (bool(toks) and toks <= entry.tokens
            and len(alias.replace(".", "")) >= _SHORTEST_ALIAS)


def _not_a_name(name: str) -> bool:
    """'Prime Minister', 'Private Secretary': a phrase that ends in a role noun names an office."""
    words = re.findall(r"[a-z]+", fold(name))
    return not words or words[-1] in ROLE_NOUNS or all(w in TITLE_WORDS for w in words)


# ---------------------------------------------------------------------------------- offices

# honorifics of a woman: the holders of the offices of ``pipelines.extract.offices`` in its
# tables were men, so "Mrs. Ford" is not the President
_HER = ADDRESS_OF_WOMEN | {"madam"}
# honorifics that say nothing of an office (a rank does: "Gen. Johnson" is not the President)
_PLAIN = {"mr", "dr", "sir", "the", "hon", "honorable"}


def may_hold(person: LocalPerson, holder: str, office: str) -> bool:
    """Whether a person of a record may be ``holder``, the holder of a U.S. office (``office``:
    "President of the United States") on its day: the family name is the holder's, their first
    given names share an initial where both have one ("Allen W. Dulles" is not "John Foster
    Dulles", "John S. D. Eisenhower" is not "Dwight D. Eisenhower"; "James Earl Carter" may be
    "Jimmy Carter"), and their role is none, a plain honorific ("Mr."), or one naming the
    office's noun ("Ambassador Johnson", "Gen. Johnson" and "Mrs. Ford" are not the
    President)."""
    words = holder.replace(" Jr.", "").replace(" III", "").split()
    family, given = name_tokens(words[-1]), name_tokens(" ".join(words[:-1]))
    names = name_tokens(" ".join([person.name, *person.aliases]))
    if not family <= names:
        return False
    theirs = [w for w in re.findall(r"[a-z]+", fold(person.name)) if w not in family
              and w not in TITLE_WORDS]
    if given and theirs and fold(words[0])[:1] != theirs[0][:1]:
        return False  # the first given names' initials differ
    role = [w for w in re.findall(r"[a-z]+", fold(person.role or ""))]
    if set(role) & _HER:
        return False
    noun = office.split()[0].lower()  # "president", "secretary"
    return not role or noun in role or set(role) <= _PLAIN


def office_holder(name: str | None, office: str, people: list[LocalPerson],
                  add: bool = True) -> LocalPerson | None:
    """The person of a record who is ``name``, the holder of a U.S. office on its day
    (``may_hold``); None when several may be; with none, (``add``) a new person with the
    office as role."""
    if name is None:
        return None
    known = [p for p in people if may_hold(p, name, office)]
    if known or not add:
        return known[0] if len(known) == 1 else None
    return LocalPerson(name_key(name), name, (), office, "US")


# ---------------------------------------------------------------------------------- titles

# abbreviated titles of transcripts' labels ("VM Ch'iao:", "PM:"), and a note-taker's ("Sec")
TITLE_ABBREVIATIONS = {"pm": "prime minister", "fm": "foreign minister", "vm": "vice minister",
                        "dpm": "deputy prime minister", "vp": "vice president",
                        **ABBREVIATED_TITLES}
# characters before a name that hold its title ("Secretary of the Treasury John Connally")
_TITLE_REACH = 60


def title_before(text: str, start: int) -> frozenset[str]:
    """The title right before a name, as one phrase: 'Prime Minister Kakuei Tanaka' ->
    {'prime minister'}; 'Secretary of the Treasury John Connally' -> {'secretary of the
    treasury'}; 'Assistant Secretary Hartman' -> {'assistant secretary'}."""
    return title_in(text[max(0, start - _TITLE_REACH):start])


@lru_cache(maxsize=1 << 14)  # asked again for every mention by each reader of a record
def title_in(window: str) -> frozenset[str]:
    """The title at the end of ``window``, the text before a name."""
    before = _TITLE_STOPS.split(window)[-1]
    words = [w.lower().rstrip(".") for w in _TITLE_WORD.findall(before)]
    words = [w for w in words if w not in ("mr", "mrs", "ms", "dr")] or words
    taken: list[str] = []
    i = len(words) - 1
    while i >= 0:
        w = words[i]
        of_the = w == "the" and i > 0 and words[i - 1] == "of" and taken  # "of the Treasury"
        if of_the or (w in TITLE_WORDS and w != "the"):
            taken.append(w)
        else:
            break
        i -= 1
    while taken and taken[-1] in ("of", "the"):
        taken.pop()
    phrase = " ".join(TITLE_ABBREVIATIONS.get(w, w) for w in reversed(taken))
    phrase = _HONORIFIC_START.sub("", phrase).strip()
    return frozenset([phrase] if phrase else [])


_TITLE_STOPS = re.compile(r"[\n,;:()\[\]“”\"]")
_TITLE_WORD = re.compile(r"[A-Za-z.]+")
_HONORIFIC_START = re.compile(r"^(?:mr|mrs|ms|dr|sir|madame|mme)\b\s*")
