"""People named in a document: who they are (name, aliases, role, country) and where.

Contract: ``extract_people(text) -> (people, mentions)``.  Pure and deterministic.  A person is
one individual of the document, keyed by the normalised fullest name it gives; every mention is
an exact span (``text[char_start:char_end] == mention.text``).  Rules, in order of trust:

1. a title before a name ("Japanese Prime Minister Toshiki Kaifu") names a person and gives
   role and country;
2. a multi-word capitalised name with no place, organisation or common word in it
   ("Nicolae Ceausescu") is a person;
3. a single word is a person only when it is the family name of a person already found, or when
   titled ("President Nixon"), or when it is the subject of a speech verb ("Chou said").
Roles also come from an apposition (", an associate professor at ...,") or a role noun before
the name ("physicist Fang Lizhi").  When unsure, no person rather than a wrong one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from pipelines.document import LocalPerson, PersonMention
from pipelines.extract.lexicon import (
    COUNTRY_WORDS,
    FUNCTION_WORDS,
    NONPERSON_HEADS,
    PLACES,
    ROLE_NOUNS,
    TITLES,
)
from pipelines.extract.names import Token, name_groups, name_key, surname

# "of" joins capitalised words in a name group without being a token of it
_TITLE_WORDS = sorted(([w for w in t.split() if w != "of"] for t in TITLES), key=len, reverse=True)
_SPEECH_AFTER = re.compile(
    r"^\s*(?:,[^,]{0,80},\s*)?(?:said|says|told|added|asked|replied|stressed|noted|argued|"
    r"wrote|explained|suggested|insisted|responded|answered|recalled|agreed|remarked)\b")
_SPEECH_BEFORE = re.compile(r"(?:\b(?:said|says|according to|asked|told)\s*)$", re.IGNORECASE)
_APPOSITION = re.compile(
    r"^,\s+(?:(?:a|an|the|then|now|former)\s+)?([^,;“”\"]{3,90}?)(?=,|;|\.(?:\s|$))")


@dataclass
class _Candidate:
    tokens: list[Token]  # the name tokens only
    title: str | None = None
    country: str | None = None
    role_hint: str | None = None


@dataclass
class _Person:
    name: str
    tokens: list[str]
    surname: str
    role: str | None = None
    country: str | None = None
    aliases: set[str] = field(default_factory=set)


def _lower_words(text: str) -> set[str]:
    return set(re.findall(r"(?<![\w’'])[a-z][a-z\-]+", text))


def _peel(tokens: list[Token], common: set[str]) -> _Candidate | None:
    """Strip country words, titles and capitalised common words from the left of a group."""
    cand = _Candidate([])
    i = 0
    while i < len(tokens):
        low = tokens[i].low.rstrip(".") if tokens[i].low not in COUNTRY_WORDS else tokens[i].low
        title = _match_title(tokens, i)
        if title:
            cand.title = text_of(tokens[i:i + title])
            i += title
        elif tokens[i].low in COUNTRY_WORDS and i + 1 < len(tokens):
            cand.country = COUNTRY_WORDS[tokens[i].low]
            i += 1
        elif low in FUNCTION_WORDS or (low in common and not cand.title):
            i += 1
        else:
            break
    cand.tokens = tokens[i:]
    return cand


def text_of(tokens: list[Token]) -> str:
    """The words of tokens as written (keeping an 'of' between them)."""
    out = tokens[0].text
    for prev, tok in pairwise(tokens):
        out += " of " if tok.start - prev.end == 4 else " "
        out += tok.text
    return out


def _match_title(tokens: list[Token], i: int) -> int:
    for words in _TITLE_WORDS:
        n = len(words)
        if [t.low for t in tokens[i:i + n]] == words and i + n < len(tokens):
            return n
    return 0


def _is_name_word(tok: Token, common: set[str]) -> bool:
    low = tok.low.rstrip(".")
    if re.fullmatch(r"(?:[a-z]\.)+", tok.low):
        return True
    parts = re.split(r"[-’']", low)
    return not (
        low in FUNCTION_WORDS or low in PLACES or low in COUNTRY_WORDS or low in NONPERSON_HEADS
        or any(p in COUNTRY_WORDS or p in PLACES for p in parts) or low in common
        or any(ch.isdigit() for ch in low)
    )


def _is_full_name(cand: _Candidate, common: set[str]) -> bool:
    toks = cand.tokens
    if not toks or len(toks) > 4:
        return False
    words = " ".join(t.low for t in toks)
    if words in PLACES or toks[-1].low in NONPERSON_HEADS:
        return False
    if not all(_is_name_word(t, common) for t in toks):
        return False
    if re.fullmatch(r"(?:[A-Z]\.)+", toks[-1].text):
        return False
    return len(toks) >= 2 or cand.title is not None


def _speech_context(text: str, tok: Token) -> bool:
    return bool(_SPEECH_AFTER.match(text[tok.end:tok.end + 120])
                or _SPEECH_BEFORE.search(text[max(0, tok.start - 20):tok.start]))


def _role_after(text: str, end: int) -> str | None:
    m = _APPOSITION.match(text[end:end + 120])
    if not m:
        return None
    phrase = m.group(1).strip()
    if any(w in ROLE_NOUNS for w in re.findall(r"[a-z\-]+", phrase.lower())):
        return phrase
    return None


def _role_before(text: str, start: int) -> str | None:
    m = re.search(r"(?:^|[\s(])([a-z][a-z\-]+)\s+$", text[max(0, start - 40):start])
    if m and m.group(1) in ROLE_NOUNS:
        return m.group(1)
    return None


def _country_of(phrase: str | None) -> str | None:
    if not phrase:
        return None
    low = phrase.lower()
    for word, code in sorted(COUNTRY_WORDS.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"(?<![\w.]){re.escape(word)}(?![\w])", low):
            return code
    return None


def _nationality_modifies_role(role: str) -> bool:
    """'former Japanese diplomat': a country word right before the role noun."""
    words = re.findall(r"[\w.\-]+", role.lower())
    return any(w in COUNTRY_WORDS and any(n in ROLE_NOUNS for n in words[i + 1:i + 3])
               for i, w in enumerate(words))


def _new_person(cand: _Candidate, text: str) -> _Person:
    words = [t.text for t in cand.tokens]
    name = text[cand.tokens[0].start:cand.tokens[-1].end]
    role = cand.title or _role_after(text, cand.tokens[-1].end) or _role_before(
        text, cand.tokens[0].start)
    country = cand.country or (_country_of(role) if role and not cand.title else None)
    if country and not cand.country and not _nationality_modifies_role(role):
        country = None  # "official who worked on Japan policy" says nothing of nationality
    sur = surname(words)
    return _Person(name, words, sur, role, country, {name, sur})


def _absorb(person: _Person, cand: _Candidate, text: str) -> None:
    person.aliases.add(text[cand.tokens[0].start:cand.tokens[-1].end])
    if not person.role:
        person.role = cand.title or _role_after(text, cand.tokens[-1].end)
    if not person.country and cand.country and cand.title:
        person.country = cand.country


def _find(people: dict[str, _Person], cand: _Candidate) -> _Person | None:
    """The known person this candidate names: same key, a subset of their name, or surname."""
    key = name_key(" ".join(t.text for t in cand.tokens))
    if key in people:
        return people[key]
    words = key.split()
    subset = [p for k, p in people.items() if words and _fits(words, k.split())]
    if len(subset) == 1:
        return subset[0]
    if len(cand.tokens) == 1:
        same = [p for p in people.values() if p.surname.lower() == cand.tokens[0].low]
        if len(same) == 1:
            return same[0]
    return None


def _fits(words: list[str], full: list[str]) -> bool:
    """'bush' or 'j q harlan' fits 'john q harlan': same family name, initials agree."""
    if words[-1] not in full:
        return False
    for w in words[:-1]:
        if w not in full and not (len(w) == 1 and any(f.startswith(w) for f in full)):
            return False
    return True


def extract_people(text: str) -> tuple[list[LocalPerson], list[PersonMention]]:
    common = _lower_words(text)
    cands = [c for g in name_groups(text) if (c := _peel(g, common)) and c.tokens]
    people: dict[str, _Person] = {}
    for cand in cands:  # pass 1: full names and titled names
        if _is_full_name(cand, common) and not _find(people, cand):
            people[name_key(" ".join(t.text for t in cand.tokens))] = _new_person(cand, text)
    for cand in cands:  # pass 2: single words spoken of as speakers
        if (len(cand.tokens) == 1 and _is_name_word(cand.tokens[0], common)
                and cand.tokens[0].low not in PLACES and not _find(people, cand)
                and _speech_context(text, cand.tokens[0])):
            people[name_key(cand.tokens[0].text)] = _new_person(cand, text)
    mentions = []
    for cand in cands:  # pass 3: every mention of a known person
        person = _find(people, cand)
        if person is None:
            continue
        _absorb(person, cand, text)
        start, end = cand.tokens[0].start, cand.tokens[-1].end
        mentions.append(PersonMention(name_key(person.name), text[start:end], start, end))
    return [_local(p) for p in people.values()], mentions


def _local(p: _Person) -> LocalPerson:
    aliases = tuple(sorted(a for a in p.aliases if a != p.name))
    return LocalPerson(name_key(p.name), p.name, aliases, p.role, p.country)
