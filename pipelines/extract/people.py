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
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise

from pipelines.document import LocalPerson, PersonMention
from pipelines.extract.countries import TOWNS
from pipelines.extract.dates import MONTH_NAMES, WEEKDAY_NAMES
from pipelines.extract.english import senses
from pipelines.extract.given_names import GIVEN_NAMES
from pipelines.extract.lexicon import (
    ABBREVIATED_TITLES,
    ABBREVIATED_WORDS,
    CABLE_ADDRESSES,
    CITIES,
    COUNTRY_WORDS,
    FUNCTION_WORDS,
    NON_NAME_WORDS,
    NONPERSON_HEADS,
    ORG_ADJECTIVES,
    PLACE_LEADS,
    PLACE_PHRASES,
    PLACES,
    PORTFOLIOS,
    ROLE_NOUNS,
    TELEGRAPHESE_TITLES,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    TITLES,
)
from pipelines.extract.names import SURNAME_FIRST, Token, fold, name_groups, name_key, surname
from pipelines.extract.segment import ABBREV

# "of" joins capitalised words in a name group without being a token of it
_TITLE_WORDS = sorted(([w for w in t.split() if w != "of"] for t in TITLES), key=len, reverse=True)
# the same titles by their first word, longest first (a title is looked up at every token)
_ONE_WORD_TITLES = frozenset(w[0] for w in _TITLE_WORDS if len(w) == 1)
_TITLES_BY_FIRST: dict[str, list[list[str]]] = {}
for _words in _TITLE_WORDS:
    _TITLES_BY_FIRST.setdefault(_words[0], []).append(_words)
_SPEECH_AFTER = re.compile(
    r"^\s*(?:,[^,]{0,80},\s*)?(?:said|says|told|added|asked|replied|stressed|noted|argued|"
    r"wrote|explained|suggested|insisted|responded|answered|recalled|agreed|remarked)\b")
_SPEECH_BEFORE = re.compile(r"(?:\b(?:said|says|according to|asked|told)\s*)$", re.IGNORECASE)
# All capitals without a period: a file code or acronym ("POL", "KOR S"), not a name.
_ACRONYM = re.compile(r"[A-Z][A-Z\-]*")
_ROMAN = re.compile(r"[IVXL]+")
# Endings of English abstract nouns; no given or family name has them.
_NOUN_SUFFIX = re.compile(r"(?:tions?|sions?|ments|ness|ities|ship|isms?|ology)$")
_OFFICE_WORDS = "|".join(sorted(w.capitalize() for w in PORTFOLIOS | ORG_ADJECTIVES
                                | TITLE_MODIFIERS | {"state"}))
_OFFICE_BEFORE = re.compile(
    rf"(?:\b[A-Z][\w\-]*\s+){{0,2}}?\b(?:{'|'.join(w.capitalize() for w in TITLE_HEADS)})\b"
    rf"(?:\s+(?:of|for|and|the|{_OFFICE_WORDS})\b)*\s*$")
# an office that serves the title after it: "Special Assistant to the President Doe"
_SERVES = re.compile(r"\b((?:[A-Z][\w\-]*\s+){0,3}[A-Z][\w\-]*)\s+(to|of)\s+the\s+$")
_FORMER = re.compile(r"\b(former|then|late|ex)[\s-]+$", re.IGNORECASE)
_LIST_GAP = (r"(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)"
             r"(?:(?:possibly|perhaps|probably|also|later)\s+)?")
_MONTH_ABBREVIATIONS = frozenset(["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                                  "oct", "nov", "dec"])
# a name made an adjective ("Papandreou-led", "Rhodes-type", "Government-sponsored"): the
# phrase names a thing, not a person
_COMPOUND_ADJECTIVE = re.compile(r"-(?:led|backed|sponsored|style|based|type|dominated|"
                                 r"controlled|inspired|oriented|owned|supported)$",
                                 re.IGNORECASE)
# a month after a name is a date's ("Doe Oct 12"); "May" is also a name
MONTH_WORDS = MONTH_NAMES - {"may"}
# single words a speech verb's subject can be that name nobody: places, abbreviated titles
_NOT_SPEAKER_NAMES = PLACES | ABBREVIATED_TITLES.keys() | TELEGRAPHESE_TITLES.keys()
# "Brannish diplomats", "Esterian cables": a people's adjective before a noun, not a listed name
_DEMONYM_BEFORE_NOUN = re.compile(r"[A-Z][a-z]+(?:ish|ese|ian|ean)\s+(?!(?:was|is|has|had|"
                                  r"will|would|and|or)\b)[a-z]+(?<!ed)\b")
_LIST_LEFT = re.compile(rf"\b([A-Z][\w’'\-]+){_LIST_GAP}$")
_LIST_RIGHT = re.compile(rf"{_LIST_GAP}([A-Z][\w’'\-]+)\b(?![’']s)")
# a lowercase word after a list's next name opens a clause of its own ("..., Smith will")
_CLAUSE_AFTER = re.compile(r"\s+[a-z]")
# role words as minutes and cables abbreviate them ("Dep. Asst. Sec. for Economic Affairs")
_ROLE_ABBREVIATIONS = frozenset(["sec", "secy", "asst", "dep", "dir", "amb", "adm", "gen", "col",
                                 "pres", "min", "rep", "dept", "assoc", "st"])
# words whose period ends no role after a name: those, forms of address, and a body's words
# ("Office of Dev. Nations", "Int’l. Affairs"); a capital alone is an initialism's ("U.S.")
_ABBREVIATIONS = (*sorted(w.capitalize() for w in _ROLE_ABBREVIATIONS), "Mr", "Mrs", "Ms", "Dr",
                  "Dev", "Nat", "Govt", "Int", "Intl", "Org", "Div", "Lt", "Maj", "Cdr", "Capt",
                  "’l", "'l")
_NOT_AFTER_ABBREVIATION = "".join(rf"(?<!\b{a})" for a in _ABBREVIATIONS)
_APPOSITION = re.compile(
    r"^,\s+(?:(?:a|an|the|then|now|former)\s+)?([^,;“”\"]{3,90}?)"
    # a period ends it, not an abbreviation's ("Private Secretary to Mr. Doe", "Director of
    # the U.S. Mission", "Dir/Office of Dev. Nations")
    rf"(?=,|;|{_NOT_AFTER_ABBREVIATION}(?<!\b[A-Z])\.(?:\s|$)|\s*$)")
# a role in brackets after the name ("Ms. Helen Kaps (interpreter)")
_BRACKETED_ROLE = re.compile(r"^\s+\(([^()]{3,80})\)")
_LOWER_INITIALS = re.compile(r"(?:[a-z]\.)+")
_INITIALS_ONLY = re.compile(r"(?:[A-Z]\.)+")
_WORD_PARTS = re.compile(r"[-’']")
# a word with a capital inside, after three letters or more ("ChiCom", "SmithCarl")
_JOINED = re.compile(r"([A-Z][a-z]{2,})[A-Z][a-z]")
# what a family name opening with a capital inside begins with ("MacDonald", "FitzGerald")
_NAME_PREFIXES = frozenset(["mac", "fitz", "van", "von", "del", "della", "des", "dos", "das",
                            "ben", "abu", "ibn", "bin", "san", "saint", "ste"])
# "I’m", "We’ve", "Isn’t": a pronoun or verb with its contraction, never a name
_CONTRACTION = re.compile(r"(?:i|we|they|you|he|she|it|there|that|who|what|let)[’'](?:m|ve|d|ll|re|s)"
                          r"|[a-z]+n[’']t")
_MODIFIER_OR_PRIME = TITLE_MODIFIERS | {"prime"}


@dataclass
class _Candidate:
    tokens: list[Token]  # the name tokens only
    title: str | None = None
    country: str | None = None
    office: bool = False  # an office word was peeled off ("Economic Affairs Ball")
    title_start: int = 0  # offset of the title in the text
    nationality: tuple[int, int] = (-1, -1)  # a country word right before the title ("Soviet")
    key: str = ""  # name_key of the tokens (looked up in every pass), set once they are peeled


@dataclass
class _Person:
    name: str
    tokens: list[str]
    surname: str
    role: str | None = None
    country: str | None = None
    aliases: set[str] = field(default_factory=set)
    # named with a woman's form of address ("Mrs. Pell", "Madame Nhu"): "her"; with another
    # title ("Senator Pell", "Mr. Pell"): "other"; with none: None
    address: str | None = None


def _lower_words(text: str) -> set[str]:
    return set(re.findall(r"(?<![\w’'])[a-z][a-z\-]+", text))


# the words of a shortened title, spelled out ("Asst Sec" is the Assistant Secretary)
_SHORT_TITLE_WORDS = {k: ABBREVIATED_TITLES[k].capitalize() for k in ("asst", "sec", "secy")}


def _spelled_out(title: str) -> str:
    words = title.split()
    if not any(w.lower().rstrip(".") in _SHORT_TITLE_WORDS for w in words):
        return title
    return " ".join(_SHORT_TITLE_WORDS.get(w.lower().rstrip("."), w) for w in words)


# bodies an office is of, named before it: "Arab League Secretary General", "Party Secretary"
_BODIES = frozenset({"league", "council", "organization", "organisation", "community",
                     "commission", "committee", "pact", "alliance", "party", "bank", "fund",
                     "union", "front", "movement", "assembly", "agency", "secretariat",
                     "nations"})


def _peel(tokens: list[Token], common: set[str]) -> _Candidate | None:
    """Strip country words, titles and capitalised common words from the left of a group,
    and a country after "of" ("Ayub Khan of Pakistan") or a volume numeral from the right."""
    if len(tokens) == 1:
        return _peel_word(tokens[0], common)
    if tokens[-1].low in _STYLES:
        return None  # "His Britannic Majesty", "Her Late Majesty": a style, no name
    cand = _Candidate([])
    i = _excellency(tokens)
    while i < len(tokens):
        low = tokens[i].low.rstrip(".") if tokens[i].low not in COUNTRY_WORDS else tokens[i].low
        title = _match_title(tokens, i)
        if title:
            cand.title = TELEGRAPHESE_TITLES.get(low) or _spelled_out(text_of(tokens[i:i + title]))
            cand.title_start = tokens[i].start
            i += title
            if i + 1 == len(tokens) and _of_between(tokens[i - 1], tokens[i]):
                return cand  # "Director of Food (for Peace)": the office's field, not a name
            if (i < len(tokens) and _of_between(tokens[i - 1], tokens[i])
                    and " ".join(t.low for t in tokens[i:]) in COUNTRY_WORDS):
                return cand  # "Crown Prince of Saudi Arabia": the office's country, no name
        elif (code := _country_token(tokens[i].low)) and i + 1 < len(tokens):
            cand.country = code
            cand.nationality = (tokens[i].start, tokens[i].end)
            i += 1
        elif low in _BODIES and i + 1 < len(tokens) and _match_title(tokens, i + 1):
            i += 1  # "Arab League Secretary General Hassouna": the body whose office follows
        elif low in PORTFOLIOS or low in TITLE_HEADS or (
                low in _MODIFIER_OR_PRIME and i + 1 < len(tokens)
                and tokens[i + 1].low in TITLE_HEADS):
            cand.office = True  # "Industry Tanaka", "Ambassadors Bohlen": a name follows
            i += 1
        elif low in FUNCTION_WORDS or low in ORG_ADJECTIVES or low in _STYLES or (
                low in NON_NAME_WORDS and i + 1 < len(tokens)) or (
                low in common and not cand.title) or _plural_title(low) or (
                i + 1 < len(tokens) and not cand.title and ordinary_word(low)):
            i += 1
        else:
            break
    end = len(tokens)
    if end - i >= 2 and tokens[-1].low in COUNTRY_WORDS and _of_between(tokens[-2], tokens[-1]):
        cand.country = cand.country or COUNTRY_WORDS[tokens[-1].low]
        end -= 1
    elif end - i >= 3 and _of_between(tokens[-3], tokens[-2]) and (
            pair := f"{tokens[-2].low} {tokens[-1].low}") in COUNTRY_WORDS:
        cand.country = cand.country or COUNTRY_WORDS[pair]  # "... of Saudi Arabia"
        end -= 2
    elif cand.title and end - i >= 3 and _of_between(tokens[-2], tokens[-1]):
        end -= 1  # "Chancellor Ruth Oderkamp of Norvanne": a place the tables do not know
    while end - i >= 2 and _ROMAN.fullmatch(tokens[end - 1].text):
        end -= 1  # "Misc IV", "Vol. XI": a numbering, not part of a name
    while end - i >= 2 and tokens[end - 1].low.rstrip(".") in MONTH_WORDS | WEEKDAY_NAMES:
        end -= 1  # "PriMin Doe Oct 12", "with Doe Saturday evening": the date after the name
    cand.tokens = tokens[i:end]
    if any(_COMPOUND_ADJECTIVE.search(t.text) for t in cand.tokens):
        cand.tokens = []  # "Communist-led Huk", "Papandreou-led coalition": what is so led
    if end - i == 1 and cand.title and tokens[i].low.rstrip(".") in _MONTH_ABBREVIATIONS:
        cand.tokens = []  # "call on President Jan 24": the title's holder, then a date
    if end - i == 1 and _peeled_alone(tokens[i].low.rstrip(".")) and (
            cand.title is None or cand.title.lower() in ROLE_NOUNS):
        cand.tokens = []  # "The General", "my General Counsel": a title, its holder unnamed
    cand.key = name_key(" ".join(t.text for t in cand.tokens))
    return cand


def _excellency(tokens: list[Token]) -> int:
    """How many tokens "H.E." or "H. E." (His or Her Excellency) takes before a name: a style,
    no initials of it."""
    lows = [t.low for t in tokens[:2]]
    if lows[:1] == ["h.e."] and len(tokens) > 2:
        return 1
    if lows == ["h.", "e."] and len(tokens) > 3:
        return 2
    return 0


def _country_token(low: str) -> str | None:
    """The country of a country word, also hyphenated ("Turkish-Cypriot", "Greek-Cypriot")."""
    if low in COUNTRY_WORDS:
        return COUNTRY_WORDS[low]
    if "-" in low:
        spaced = low.replace("-", " ")
        if spaced in COUNTRY_WORDS:
            return COUNTRY_WORDS[spaced]
        parts = low.split("-")
        if all(p in COUNTRY_WORDS for p in parts):
            return COUNTRY_WORDS[parts[-1]]
    return None


def _peel_word(tok: Token, common: set[str]) -> _Candidate | None:
    """``_peel`` of a group of one word, most groups: no title or country can go with it (each
    needs a word after it), so the word is either peeled off whole (None: no candidate) or the
    name."""
    low = tok.low if tok.low in COUNTRY_WORDS else _office_word(tok.low.rstrip("."))
    if (_peeled_alone(low) or low in common or len(low) < 2 or _INITIALS_ONLY.fullmatch(tok.text)
            or low in _MONTH_ABBREVIATIONS):  # "Dec" alone is a month, "Jun Arai" a name
        return None  # a lone letter ("B:") is an initial or a label, never a whole name; nor
        # are initials alone ("U.N.I.P.", "H.K.")
    return _Candidate([tok], key=name_key(tok.text))


def _office_plural(low: str) -> bool:
    """'Attachés', 'Counselors': holders of an office, no one's name."""
    folded = fold(low)
    return folded.endswith("s") and (folded[:-1] in TITLE_HEADS or folded[:-1] in ROLE_NOUNS)


def _plural_title(low: str) -> bool:
    """'Representatives Doe and Roe', 'Generals Doe and Roe': several holders, no role each."""
    return low.endswith("s") and (low[:-1] in TITLE_HEADS or low[:-1] in _ONE_WORD_TITLES)


@lru_cache(maxsize=1 << 14)
def ordinary_word(low: str) -> bool:
    """An English word that can be a verb, adjective, adverb or function word and is no given
    name: capitalised before a name only because it opens a sentence or heading ("Tactically
    Richard", "Given Congressional", "Whether Ecevit"), never a part of the name."""
    if low in GIVEN_NAMES:
        return False
    kinds = senses(low)
    # a word that is also a noun may be a family name written first ("Park Chung Hee", "Li
    # Peng"), unless it is a participle or adverb by its ending
    return "function" in kinds or (bool(kinds) and "noun" not in kinds) or (
        low.endswith(("ing", "ed", "en", "ly")) and bool(kinds & {"verb", "adv"}))


@lru_cache(maxsize=1 << 14)
def english_lead(low: str) -> bool:
    """An English word opening a name group that is no given name and no family name written
    first ("Li Peng", "Le Duc Tho", "Tin Pe").  With only English words after it, the group
    is a heading's or a thing's ("Lightning Mark", "Agenda Item", "White Paper"); before a
    listed family name it is a description ("Brahmin Nehru").  (The word lists hold many
    given names as nouns, "Ola", "Indra": alone this is no evidence.)"""
    return (len(low) >= 3 and low not in GIVEN_NAMES and low not in SURNAME_FIRST
            and low not in _SHORT_FAMILY_FIRST and bool(senses(low)))


# a Russian adjective opening a title ("Novoye Vremya", "Krasnaya Zvezda", "Sovetskaya
# Rossiya"); no given name ends so
_RUSSIAN_ADJECTIVE = re.compile(r"\w{3,}(?:oye|naya|skaya|skiye)$")


def english_phrase(toks: list[Token]) -> bool:
    """'Agenda Item', 'Lightning Mark', 'Christmas Ball': English words only, the first no
    given name."""
    return (len(toks) >= 2 and english_lead(toks[0].low.rstrip("."))
            and all(senses(t.low.rstrip(".")) for t in toks[1:]))


# family names written first, of three letters, that are English words too (Vietnamese,
# Burmese); SURNAME_FIRST has the Chinese and Korean ones
_SHORT_FAMILY_FIRST = frozenset(["ton", "tin", "lon", "son", "van", "ngo", "dan"])


@lru_cache(maxsize=1 << 14)  # asked for every one-word group, of the same words
def _peeled_alone(low: str) -> bool:
    # a title alone ("the Admiral remarked") names whoever holds it, never a person "Admiral"
    return (low in PORTFOLIOS or low in TITLE_HEADS or low in FUNCTION_WORDS
            or low in ORG_ADJECTIVES or low in ROLE_NOUNS or low in _ONE_WORD_TITLES
            or low in _STYLES)


# a sovereign's style ("His Majesty", "Her Highness"): it names the sovereign, never a person
# called "Majesty"
_STYLES = frozenset({"majesty", "majesties", "highness", "highnesses", "beatitude", "holiness",
                     "eminence", "excellency", "excellencies"})


def _of_between(left: Token, right: Token) -> bool:
    """Whether two tokens of a group are joined by " of "."""
    return right.after_of


def text_of(tokens: list[Token]) -> str:
    """The words of tokens as written (keeping an 'of' between them)."""
    out = tokens[0].text
    for prev, tok in pairwise(tokens):
        out += " of " if tok.after_of else " "
        out += tok.text
    return out


def _match_title(tokens: list[Token], i: int) -> int:
    """Length of the title at tokens[i], with modifiers before it ("Acting Secretary of State")."""
    j = i
    while j < len(tokens) and tokens[j].low in TITLE_MODIFIERS:
        j += 1
    if j >= len(tokens):
        return 0
    for words in _TITLES_BY_FIRST.get(_office_word(tokens[j].low), ()):
        n = len(words)
        if [_office_word(t.low) for t in tokens[j:j + n]] == words and j + n < len(tokens):
            return j - i + n
    return 0


# "President-elect", "Secretary-designate": the office, not yet held
_TO_HOLD = re.compile(r"-(?:elect|designate)$")


def _office_word(low: str) -> str:
    return _TO_HOLD.sub("", low) if "-" in low else low  # asked of every token: cheap first


def _is_name_word(tok: Token, common: set[str]) -> bool:
    verdict = _name_word(tok.text)
    return tok.low.rstrip(".") not in common if verdict is None else verdict


def _place_named(text: str, group: list[Token], cand: _Candidate) -> bool:
    """"in Central Park", "Gorky Park": a family name that also ends a place's name, after a
    capitalised word peeled off it mid-sentence (not "Later Park said")."""
    if len(cand.tokens) != 1 or cand.title or cand.office or \
            cand.tokens[0].low not in _SURNAME_HEADS or group[0] is cand.tokens[0]:
        return False
    before = text[max(0, group[0].start - 3):group[0].start]
    return not re.search(r"(?:^|[.!?:]\s*|\n\s*)$", before) and group[0].start > 0


# words that end the names of things ("Central Park") and are also family names ("President
# Park Chung Hee"): a name's word unless the text writes them in lower case
_SURNAME_HEADS = {"park"}
# no one's name: "E. Fifth Element:" heads an outline's section
_ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
             "ninth", "tenth"}


# a participle clause opening a sentence: "Having said this, I ...", "Being told so, he ..."
_PARTICIPLE_OPENERS = {"having", "being"}
# "the Western Four", "the Big Three": a group, no person
_NUMBERS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "eleven",
            "twelve", "fifteen", "twenty", "hundred", "thousand"}


@lru_cache(maxsize=1 << 16)  # asked for every token, several times, of the same words
def _name_word(word: str) -> bool | None:
    """Whether a word can be part of a name; None: yes, unless the text uses it in lowercase."""
    low = word.lower().rstrip(".")
    if (word.lower() in COUNTRY_WORDS or _CONTRACTION.fullmatch(low) or low in CABLE_ADDRESSES
            or low in ABBREVIATED_WORDS or _TO_HOLD.search(low) or _office_plural(low)):
        return False  # "U.S.", "I’m", "Isn’t", "AmEmbassy", "Minister-designate", "Attachés"
    if _LOWER_INITIALS.fullmatch(word.lower()):
        return True
    if _ACRONYM.fullmatch(word) or (len(low) >= 6 and _NOUN_SUFFIX.search(low)):
        return False  # "KOR", "S" without its period; "Reactions", "Courses of Action"
    joined = _JOINED.match(word)
    if joined and joined.group(1).lower() not in _NAME_PREFIXES:
        return False  # "ChiCom", "SmithCarl" (two words run together), not "MacDonald"
    parts = _WORD_PARTS.split(low)
    if (
        low in FUNCTION_WORDS or low in _ORDINALS or low in _NUMBERS or low in PLACES
        or low in _PARTICIPLE_OPENERS
        or low in COUNTRY_WORDS
        # "the Italians", "the Republicans": a people, a party
        or low[-1:] == "s" and (low[:-1] in COUNTRY_WORDS or low[:-1] in ORG_ADJECTIVES)
        or (low in NONPERSON_HEADS and low not in _SURNAME_HEADS)
        or low in TITLE_HEADS or low in PORTFOLIOS or low in ORG_ADJECTIVES
        or any(p in COUNTRY_WORDS or p in PLACES for p in parts)
        or any(ch.isdigit() for ch in low)
    ):
        return False
    return None


def _is_full_name(cand: _Candidate, common: set[str], text: str) -> bool:
    toks = cand.tokens
    if not toks or len(toks) > 4:
        return False
    if len(toks) < 2 and cand.title is None and not cand.office:
        return False  # the last test below, first: it rules out most groups, one word each
    words = " ".join(t.low for t in toks)
    if (words in PLACES or words in CITIES or words in COUNTRY_WORDS
            or toks[-1].low in NONPERSON_HEADS):
        return False
    if cand.title is None and text[toks[0].start:toks[-1].end].lower() in TOWNS:
        return False  # "at Serpa Pinto"; "General Diego Garcia" is a person
    if cand.title is None and toks[0].low in PLACE_LEADS:
        return False  # "Cape Town", "Port Elizabeth", "Fort Republica"
    if any(f"{a.low} {b.low}" in PLACE_PHRASES for a, b in pairwise(toks)):
        return False
    if not all(_is_name_word(t, common) for t in toks):
        return False
    if _INITIALS_ONLY.fullmatch(toks[-1].text):
        return False
    if any(text[a.end:b.start] == " of " for a, b in pairwise(toks)):
        return False  # "Results of Richard", "Deployment of Redeyes": a phrase, not a name
    if cand.title is None and (english_phrase(toks) or _RUSSIAN_ADJECTIVE.search(toks[0].low)):
        return False  # "Agenda Item"; "Novoye Vremya", "Krasnaya Zvezda": a newspaper
    return len(toks) >= 2 or cand.title is not None or cand.office


# where a place stands: after a verb of going or summoning and its preposition ("called me to
# X", "flew to X", "arrived in X"), or after "in"/"at"/"near"
_PLACE_BEFORE = re.compile(r"(?:\b(?:called\s+(?:me|us|him|her)|went|flew|returned|came|drove|"
                           r"travell?ed|arrived|moved|sailed|back|summoned\s+\w+)\s+(?:to|in|at)"
                           r"|\b(?:in|at|near)"
                           r"|\b(?:town|city|village|port|airstrip|airport|province|district|"
                           r"region|island|capital)\s+of)\s+"
                           # the next of a list of places: "at Silva Porto and Serpa Pinto"
                           r"(?:[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2}\s+(?:and|or)\s+)?$")


# a geographic noun after a name makes it a place's ("the Cabora Bassa dam project"), also
# after a list the name opens ("the Mu Gia and Ban Karai passes")
_PLACE_AFTER = re.compile(r"(?:\s+(?:and|or)\s+[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})?"
                          r"\s+(?:dam|river|valley|province|district|region|airport|airfield|"
                          r"air\s+base|naval\s+base|harbou?r|railway|railroad|corridor|"
                          r"enclave|plateau|mountains|hills|pass|passes|trail|road|route|"
                          r"highway|headquarters|airstrip)\b")


def _place_names(text: str, cands: list[_Candidate]) -> set[str]:
    """The keys of untitled names of several words that stand only where places stand ("called
    me to Quinta Olivos", "talks at Camp Hale", "the town of Vila Luso", "the Cabora Bassa
    dam"): places, not people."""
    where: dict[str, bool] = {}
    for cand in cands:
        if len(cand.tokens) < 2 or cand.title:
            continue
        start = cand.tokens[0].start
        place = bool(_PLACE_BEFORE.search(text, max(0, start - 40), start)
                     or _PLACE_AFTER.match(text, cand.tokens[-1].end))
        where[cand.key] = where.get(cand.key, True) and place
    return {key for key, place in where.items() if place}


def _speech_context(text: str, tok: Token) -> bool:
    return bool(_SPEECH_AFTER.match(text[tok.end:tok.end + 120])
                or _SPEECH_BEFORE.search(text[max(0, tok.start - 20):tok.start]))


def _role_after(text: str, end: int, start: int | None = None) -> str | None:
    """The role in apposition after a name, or the rest of the participants list's line the
    name (starting at ``start``) opens."""
    line = text[end:end + 120].split("\n", 1)[0]  # a role never spans lines
    m = _LISTED_LINE.match(line) if start is not None and _opens_line(text, start) else None
    m = m or _APPOSITION.match(line) or _BRACKETED_ROLE.match(line)
    if not m:
        return _service_of(line)
    phrase = re.sub(r"^as\s+(?:the\s+|a\s+|an\s+)?", "", m.group(1).strip())  # "Doe, as the envoy,"
    if not phrase:
        return None
    if phrase.split()[-1].lower() in _ROLE_ABBREVIATIONS:  # "Dep. Asst. Sec. for ...,": on
        longer = _ABBREVIATED_APPOSITION.match(line)
        phrase = longer.group(1).strip() if longer else phrase
    if _closes_with_a_titled_name(phrase):
        return None  # "Ambassador Roe, Secretary General Doe and Director Poe": a list of names
    if any(w in ROLE_NOUNS or w in _ROLE_ABBREVIATIONS
           for w in re.findall(r"[a-z\-]+", phrase.lower())):
        return phrase
    return _service_of(line)


# the body a name serves in, as the text gives it for want of an office: "Doe (State
# Secretariat)", "Doe of the U.K. Foreign and Commonwealth Office"
_SERVICE_OF = re.compile(
    r"^(?:\s+\(|\s+of\s+the\s+)((?:[A-Z][\w.’'\-/]*\s+(?:(?:and|of|for)\s+)?){0,5}"
    r"(?:Office|Ministry|Department|Embassy|Bureau|Agency|Council|Staff|Secretariat|"
    r"Commission|Division|Delegation|Mission)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3}){0,2})(?=\)|[\s,;.]|$)")


def _service_of(line: str) -> str | None:
    m = _SERVICE_OF.match(line)
    # a body named by its kind alone ("of the Office") says nothing
    return m.group(1) if m and " " in m.group(1) else None


# a titled name closing a phrase ("... and Director General Tzounis")
_TITLED_NAME_CLOSING = re.compile(r"\b([A-Z][a-z]+)\s+([A-Z][a-z’'\-]+)$")


def _closes_with_a_titled_name(phrase: str) -> bool:
    m = _TITLED_NAME_CLOSING.search(phrase)
    if m and re.search(r"\b(?:of|to|for)\s+(?:the\s+)?$", phrase[:m.start()]):
        return False  # "Special Envoy of President Doe": whom the role serves
    return bool(m) and m.group(1).lower() in ROLE_NOUNS and not (
        m.group(2).lower() in ROLE_NOUNS or m.group(2).lower() in COUNTRY_WORDS)


# the rest of a participants list's line after its name: the office and where it is held
# ("Counselor, Ministry of Foreign Affairs"); a line that ends a sentence is prose
_LISTED_LINE = re.compile(r"^,\s+([A-Z][^,;“”\"\n]*?(?:,\s+[^,;“”\"\n]+?)+)(?<![.:?])\s*$")
# what may come before a name opening a participants list's line: a title or form of address
_LINE_OPENING = re.compile(r"(?:^|\n)(?:[A-Z][\w.’'\-]*\s+){0,3}$")


# a participants list's line that ends with the service the titled name serves in
_SERVICE_LINE = re.compile(r"^,\s+((?:the\s+)?(?:[A-Z][\w.’'\-]*\s+){0,3}?(?:Embassy|Ministry|"
                           r"Department|Office|Bureau|Mission|Delegation|Government|Legation|"
                           r"Consulate)\b[^,;:“”\"\n]{0,80}?)\s*$")


def _service_after(text: str, cand: _Candidate) -> str | None:
    """"Embassy of South Africa" after a titled name opening a participants list's line."""
    if not _opens_line(text, cand.title_start):
        return None
    m = _SERVICE_LINE.match(text[cand.tokens[-1].end:cand.tokens[-1].end + 120].split("\n")[0])
    return m.group(1) if m else None


def _opens_line(text: str, start: int) -> bool:
    """Whether the name starting at ``start`` opens its line, after a title at most."""
    return bool(_LINE_OPENING.search(text, max(0, start - 60), start))


_ABBREVIATED_APPOSITION = re.compile(r"^,\s+([^,;“”\"]{3,90}?)(?=,|;|\s*$)")


# an office written out before a rank: capitalised words and the small words between them
_OFFICE_RUN = re.compile(r"(?:\b[A-Z][\w.’'\-]*[ \t]+(?:(?:of|for|to|the|and)[ \t]+)*)*"
                         r"\b[A-Z][\w.’'\-]*[ \t]+\Z")  # on the rank's line
# the first word of a two-word rank ("Lt. Colonel"), when the rank was read as its last
_RANK_OPENERS = frozenset(["lt.", "lt", "lieutenant", "brigadier", "rear", "vice", "major",
                           "maj.", "brig.", "gen."])


def _office_before(text: str, start: int) -> str | None:
    """'the Chairman of the Joint Chiefs of Staff General Doe': the office before a rank."""
    m = _OFFICE_RUN.search(text, max(0, start - 120), start)
    if not m:
        return None
    words = m.group().split()
    while words and words[-1].lower() in _RANK_OPENERS:
        words.pop()  # "... Affairs Lt. Colonel Doe": "Lt." is the rank's
    office = " ".join(words)
    heads = [w.lower() for w in words if w.lower() in TITLE_HEADS]
    # a lone head word may be a titled name before the rank ("Secretary Doe General Roe")
    return office if len(words) >= 2 and heads and not _closes_with_a_titled_name(office) \
        else None


# a role in apposition before the name: "his special envoy, Jan Doe, said"
_APPOSED_BEFORE = re.compile(
    r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he|[Aa]n?)|[A-Z][\w\-]+[’']s)\s+"
    r"([A-Za-z][^,;:.()“”\"\n]{2,60}?),\s+\Z")
# a role that points back at the text ("the head of that group") names no office
_POINTS_BACK = re.compile(r"\b(?:that|those|these|such|same|latter|former)\b")


def _apposed_before(text: str, cand: _Candidate) -> str | None:
    """The role of a name set off by commas after it ("Rao's special envoy for the talks,
    Jan Doe, came"); two words at least, one a role noun: a bare "the Secretary, Doe, and Roe"
    may be a list."""
    after = text[cand.tokens[-1].end:cand.tokens[-1].end + 2]
    start = cand.title_start if cand.title else cand.tokens[0].start  # "..., Herr Doe,"
    m = _APPOSED_BEFORE.search(text, max(0, start - 80), start)
    if not m or not after.startswith(",") or (
            cand.title and cand.title.lower().rstrip(".") not in _HONORIFICS):
        return None
    words = m.group(1).split()
    while words and words[0].lower() not in ROLE_NOUNS | TITLE_MODIFIERS | COUNTRY_WORDS.keys():
        words.pop(0)  # "a black envoy", "the new envoy": a description before the office
    if not any(w.lower() in ROLE_NOUNS for w in words) or _POINTS_BACK.search(m.group(1)) or (
            len(words) == 1 and words[0][0].isupper()):  # "the Secretary, Doe, and Roe": a list?
        return None
    return " ".join(words)


def _role_before(text: str, start: int) -> str | None:
    m = re.search(r"(?:^|[\s(])([a-z][a-z\-]+)\s+$", text[max(0, start - 40):start])
    if m and m.group(1) in ROLE_NOUNS:
        return m.group(1)
    return None


# every country word as a whole word, longest first, in one pattern (asked of every role)
COUNTRY_ALTERNATION = "|".join(re.escape(w) for w in sorted(COUNTRY_WORDS, key=len, reverse=True))
COUNTRY_WORD = re.compile(rf"(?<![\w.])({COUNTRY_ALTERNATION})(?![\w])")


def _country_of(phrase: str | None) -> str | None:
    """The country of the longest country word in the phrase."""
    if not phrase:
        return None
    found = [m.group(1) for m in COUNTRY_WORD.finditer(phrase.lower())]
    return COUNTRY_WORDS[max(found, key=len)] if found else None


def _nationality_modifies_role(role: str) -> bool:
    """'former Japanese diplomat': a country word right before the role noun; or the role
    held in a country's service ("Minister, Embassy of South Africa")."""
    words = re.findall(r"[\w.\-]+", role.lower())
    of_country = _OF_A_COUNTRY.search(role)  # "Minister of Foreign Affairs of Kuwait"
    if of_country and of_country.group(1).lower() in COUNTRY_WORDS:
        return True
    if words and words[0] in COUNTRY_WORDS and _service_of(f" of the {role}") == role:
        return True  # "U.K. Foreign and Commonwealth Office": a government's body
    return bool(_IN_SERVICE_OF.search(role)) or any(
        w in COUNTRY_WORDS and any(n in ROLE_NOUNS for n in words[i + 1:i + 3])
        for i, w in enumerate(words))


_OF_A_COUNTRY = re.compile(r".*\bof\s+(?:the\s+)?([A-Z][\w.’'\- ]+?)\s*$")
_IN_SERVICE_OF = re.compile(r"\b(?:Embassy|Government|Mission|Delegation)\s+of\s+(?:the\s+)?[A-Z]")


def _new_person(cand: _Candidate, text: str) -> _Person:
    words = [t.text for t in cand.tokens]
    # "Mrs. Pell" keeps her form of address: it is what tells her from a Senator Pell
    name = text[cand.title_start if _titled_family_name(cand) else cand.tokens[0].start:
                cand.tokens[-1].end]
    title = _title_of(cand, text)
    written = _role_after(text, cand.tokens[-1].end, cand.tokens[0].start)
    if title and written and _no_office(title):
        # "Ms. Kaps (interpreter)"; "Lt. General Doe, Chief of Plans" keeps the rank too (it
        # tells him from a namesake of another rank)
        title = None if _her(cand) else f"{title}, {written}"
    elif title and not written and (org := _service_after(text, cand)):
        title = written = f"{title}, {org}"  # "Minister Doe, Embassy of South Africa"
    elif title and not written and title.lower() in _RANKS_AND_STYLES and (
            office := _office_before(text, cand.title_start)):
        # "Deputy Assistant to the President Lt. Colonel Doe"
        opener = re.search(r"(\S+)\s+\Z", text[max(0, cand.title_start - 12):cand.title_start])
        if opener and opener.group(1).lower() in _RANK_OPENERS:
            title = f"{opener.group(1)} {title}"
        title = f"{title}, {office}"
    # "chairman Lord Pearce": a role noun before the form of address
    role = title or written or _role_before(
        text, cand.title_start if cand.title else cand.tokens[0].start)
    if not role and (apposed := _apposed_before(text, cand)):
        role = written = apposed  # its country is the role's, as one written after the name
    # a title's country is the candidate's ("Zambian President Doe"); a role written out
    # after the name says its own
    country = cand.country or (_country_of(written) if written and role.endswith(written)
                               else "GB" if _peer(cand) else None)
    if country and not cand.country and role and not _peer(cand) and \
            not _nationality_modifies_role(role):
        country = None  # "official who worked on Japan policy" says nothing of nationality
    sur = surname(words)
    address = "her" if _her(cand) else "other" if cand.title else None
    return _Person(name, words, sur, role, country, {name, sur}, address)


# ranks and styles before a name, which say less than an office written after it
_RANKS_AND_STYLES = frozenset({
    "general", "lt. general", "lieutenant general", "major general", "brigadier general",
    "brigadier", "admiral", "rear admiral", "vice admiral", "colonel", "lt. colonel",
    "lieutenant colonel", "major", "captain", "commander", "marshal", "field marshal",
    "air marshal", "gen.", "adm.", "col.", "sheikh", "shaikh", "prince", "princess", "ambassador",
    "amb."})


def _peer(cand: _Candidate) -> bool:
    """'Lord Pearce', 'Baroness Doe': a peer of the United Kingdom."""
    return bool(cand.title) and cand.title.lower() in ("lord", "baron", "baroness")


def _no_office(title: str) -> bool:
    """A woman's form of address, a rank or a style: a role written after the name says more."""
    low = title.lower()
    return low.rstrip(".") in ADDRESS_OF_WOMEN or low in _RANKS_AND_STYLES


# forms of address that come before a name but hold no office (a woman's, "Mrs.", stays: it is
# what tells "Mrs. Ford" from the President of the family name, see persons_list.may_hold)
_HONORIFICS = frozenset({"mr", "dr", "sir", "lord", "dame", "baron", "baroness", "messrs", "monsieur", "m", "herr", "señor", "senor",
                         "signor", "mister", "pandit", "shri", "sri",
                         # Malay styles: "Tunku Abdul Rahman", "Dato Ong Yoke Lin"
                         "tunku", "tengku", "tan sri", "dato", "datuk"})  # not "Tun": a Burmese name


# a woman's form of address, kept as her role only when the text gives no other (it tells
# "Mrs. Ford" from the President, see persons_list.may_hold)
ADDRESS_OF_WOMEN = frozenset({"mrs", "ms", "miss", "madame", "mme", "lady"})


def _her(cand: _Candidate) -> bool:
    """Whether a name is given with a woman's form of address ("Mrs. Pell", "Madame Nhu")."""
    title = (cand.title or cand.tokens[0].text).lower().rstrip(".")
    return title in ADDRESS_OF_WOMEN


def _key_of(cand: _Candidate) -> str:
    """The key a new person gets: "Mrs. Pell" is not the Senator Pell of the same text, so
    her key keeps the form of address ("mrs pell")."""
    return name_key(f"{cand.title} {cand.key}") if _titled_family_name(cand) else cand.key


def _titled_family_name(cand: _Candidate) -> bool:
    """A family name alone after a woman's form of address ("Mrs. Pell"; not "Ms. Helen
    Ostrey", whose given name tells her apart)."""
    return bool(cand.title) and len(cand.tokens) == 1 and _her(cand)


def _compatible(person: _Person, cand: _Candidate) -> bool:
    """A woman's form of address names no one the text titles otherwise ("Mrs. Pell" is
    not "Senator Pell" nor "Mr. Pell"), nor another title her; a name without a title may be
    anyone of it ("Ines Kallas" is "Mrs. Kallas")."""
    if _her(cand):
        return person.address != "other"
    return not (person.address == "her" and cand.title)


def _title_of(cand: _Candidate, text: str) -> str | None:
    """The title in the name's group, or the office written out before it ("Secretary of the
    Treasury John Doe", where "the" splits the group)."""
    if cand.title and cand.title.lower().rstrip(".") in _HONORIFICS:
        return None  # "Mr.", "Dr.": a form of address, no role
    if cand.title:
        served = _SERVES.search(text, max(0, cand.title_start - 60), cand.title_start)
        if served and served.group(1).split()[-1].lower() in ROLE_NOUNS:
            # "Minister to the President Doe" serves the President
            return f"{served.group(1)} {served.group(2)} the {cand.title}"
        # "former Prime Minister Doe" is not the prime minister the text speaks to
        former = _FORMER.search(text, max(0, cand.title_start - 12), cand.title_start)
        title = f"{former.group(1).lower()} {cand.title}" if former else cand.title
        start, end = cand.nationality
        if 0 <= start and not former and not text[end:cand.title_start].strip():
            title = f"{text[start:end]} {title}"  # "Soviet Ambassador Erofeev": whose ambassador
        return title
    if not cand.office:
        return None
    m = _OFFICE_BEFORE.search(text, max(0, cand.tokens[0].start - 90), cand.tokens[0].start)
    if not m:
        return None
    head = m.group().split()[-1]
    if _plural_title(head.lower()):
        return head[:-1]  # "Both Senators Doe and Roe": each a Senator
    return m.group().strip()


def _absorb(person: _Person, cand: _Candidate, text: str) -> None:
    person.aliases.add(text[cand.tokens[0].start:cand.tokens[-1].end])
    if not person.role:
        person.role = _title_of(cand, text) or _role_after(text, cand.tokens[-1].end,
                                                           cand.tokens[0].start)
    if not person.country and cand.country and cand.title:
        person.country = cand.country


class _Known(dict):
    """The people found so far by key, indexed for the lookups made for every name group: the
    keys that have a word, and the people with a family name, each in the order added."""

    def __init__(self):
        super().__init__()
        self.words: dict[str, list[str]] = {}  # key -> its words
        self.with_word: dict[str, list[str]] = {}  # word -> keys that have it
        self.with_surname: dict[str, list[_Person]] = {}  # lowercase family name -> people

    def __setitem__(self, key: str, person: _Person) -> None:
        replaced = key in self
        super().__setitem__(key, person)
        if replaced:  # never happens today; rebuild rather than leave a stale entry
            self._reindex()
        else:
            self._index(key, person)

    def _index(self, key: str, person: _Person) -> None:
        self.words[key] = key.split()
        for word in dict.fromkeys(self.words[key]):
            self.with_word.setdefault(word, []).append(key)
        self.with_surname.setdefault(person.surname.lower(), []).append(person)

    def _reindex(self) -> None:
        self.words, self.with_word, self.with_surname = {}, {}, {}
        for key, person in self.items():
            self._index(key, person)


def _role_titled_surname(cand: _Candidate, titled: set[tuple[str, str]]) -> bool:
    """A family name under a role's title that a full name of the text has too ("General
    Doe", "General Ann Doe"; ``titled``: (title, family name) of the full names)."""
    return len(cand.tokens) == 1 and bool(cand.title) and \
        cand.title.lower().rstrip(".") not in _HONORIFICS and \
        (cand.title.lower(), cand.tokens[0].low) in titled


def _find(people: _Known, cand: _Candidate) -> _Person | None:
    """The known person this candidate names: same key, a subset of their name, or surname."""
    key = _key_of(cand)
    if key in people:
        return people[key]
    words = cand.key.split()
    # a fitting name has the candidate's last word: only those keys need checking
    subset = [people[k] for k in people.with_word.get(words[-1], ())
              if _fits(words, people.words[k]) and _compatible(people[k], cand)] if words else []
    if len(subset) == 1:
        return subset[0]
    same = [p for p in _namesakes(people, cand) if _compatible(p, cand)]
    return same[0] if len(same) == 1 else None


def _namesakes(people: _Known, cand: _Candidate) -> list[_Person]:
    """The people whose family name is the candidate's single word."""
    if len(cand.tokens) != 1:
        return []
    return list(people.with_surname.get(cand.tokens[0].low, ()))


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
    groups = (_before_marker(text, g) for g in name_groups(text))
    cands = [c for g in groups if g and (c := _peel(g, common)) and c.tokens
             and not _described(text, c) and not _place_named(text, g, c)]
    cands = [_without_list_marker(text, c) for c in cands]
    people = _Known()
    places = _place_names(text, cands)
    # pass 1: full names and titled names; a family name under a role's title after the
    # full name with that title, so that "General Doe" in a heading finds "General Ann Doe"
    # of the text after it rather than becoming another person ("Mr. Doe", "Secretary Doe"
    # beside "Ann Doe" keep their place: another may bear the name)
    titled = {(c.title.lower(), c.tokens[-1].low) for c in cands if c.title and len(c.tokens) > 1}
    for cand in sorted(cands, key=lambda c: _role_titled_surname(c, titled)):
        if (_is_full_name(cand, common, text) and not _find(people, cand)
                and (cand.title or cand.key not in places) and not _outline_label(text, cand)
                and not _office_phrase(text, cand)):
            people[_key_of(cand)] = _new_person(cand, text)
    for cand in cands:  # pass 2: single words spoken of as speakers
        if (len(cand.tokens) == 1 and _is_name_word(cand.tokens[0], common)
                and cand.tokens[0].low not in _NOT_SPEAKER_NAMES
                and not _find(people, cand)
                and not _namesakes(people, cand) and _speech_context(text, cand.tokens[0])
                and not _capitalised_by_place(text, cand.tokens[0])):
            people[name_key(cand.tokens[0].text)] = _new_person(cand, text)
    _list_mates(text, cands, people, common)
    mentions = []
    last_named: dict[str, int] = {}  # person key -> index of the latest mention so far
    found: dict[tuple[str, str | None], _Person | None] = {}  # people are all known now
    for cand in cands:  # pass 3: every mention of a known person
        asked = (cand.key, cand.tokens[0].low if len(cand.tokens) == 1 else None,  # all _find
                 _her(cand), bool(cand.title))  # reads
        if asked not in found:
            found[asked] = _find(people, cand)
        person = found[asked] or _latest_namesake(people, cand, last_named)
        if person is None:
            continue
        _absorb(person, cand, text)
        start, end = cand.tokens[0].start, cand.tokens[-1].end
        last_named[name_key(person.name)] = len(mentions)
        mentions.append(PersonMention(name_key(person.name), text[start:end], start, end))
    return [_local(p) for p in people.values()], mentions


# what may stand before a letter opening a paragraph as its list marker: "B. Svetlana said"
_MARKER_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:\d{1,3}\.[ \t]*)?\(?\Z")


def _without_list_marker(text: str, cand: _Candidate) -> _Candidate:
    """A paragraph opened by a letter and a period, then one word ("B. Svetlana said ...",
    "C. Volume of trade"): the letter marks a list's item, it is no initial of a name."""
    first = cand.tokens[0]
    if (len(cand.tokens) != 2 or cand.title or not _INITIALS_ONLY.fullmatch(first.text)
            or len(first.text) != 2
            or not _MARKER_BEFORE.search(text, max(0, first.start - 8), first.start)):
        return cand
    return replace(cand, tokens=cand.tokens[1:], key=name_key(cand.tokens[1].text))


# a cable's markers ("Anthony Crosland, M.P. End text of joint letter.", "Begin summary"):
# no part of a name
_MARKER_AFTER = re.compile(r"\s+(?:of\s+)?(?:text|quote|summary|confidential|secret|excerpt|"
                           r"verbatim|paraphrase|comment)\b", re.IGNORECASE)


def _before_marker(text: str, group: list[Token]) -> list[Token]:
    if group[-1].low in ("end", "begin") and _MARKER_AFTER.match(text, group[-1].end):
        return group[:-1]
    return group


def _office_phrase(text: str, cand: _Candidate) -> bool:
    """'Security Branch', 'Policy Planning Paper', 'Continental Shelf': an office word and an
    English word that the text gives nowhere else, the end of a name of a thing.  ('Economic
    Affairs Ball': a family name after an office, named again elsewhere.)"""
    if cand.title or not cand.office or len(cand.tokens) != 1:
        return False
    tok = cand.tokens[0]
    if tok.low in GIVEN_NAMES or not senses(tok.low):
        return False
    # named elsewhere on its own ("Mr. Ball", "Ball said"), not only closing another heading
    # ("2. Security Aspects", "3. Economic Aspects")
    alone = [m for m in re.finditer(rf"(?<!\w){re.escape(tok.text)}(?!\w)", text)
             if not _HEADING_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())]
    return len(alone) < 2


# a capitalised word (no title's abbreviation) right before: "Economic Aspects"
_HEADING_WORD_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+\Z")


_LINE_START = re.compile(r"(?:^|\n)[\s\d.()]*\Z")


def _outline_label(text: str, cand: _Candidate) -> bool:
    """'B. Background', 'E. Publicity': an outline's letter opening a line and a heading of
    English words, no given name among them (not 'C. Mitsotakis')."""
    first, rest = cand.tokens[0], cand.tokens[1:]
    if cand.title or not rest or not re.fullmatch(r"[A-Z]\.", first.text):
        return False
    if not _LINE_START.search(text, max(0, first.start - 12), first.start):
        return False
    return all(senses(t.low) and t.low not in GIVEN_NAMES for t in rest)


# "he was a Kashmir Hindu", "an Old Etonian": what someone is, not who
_INDEFINITE = re.compile(r"(?<![\w.])(?:a|an)\s+\Z")


def _described(text: str, cand: _Candidate) -> bool:
    start = cand.title_start if cand.title else cand.tokens[0].start
    return _INDEFINITE.search(text, max(0, start - 4), start) is not None


def _list_mates(text: str, cands: list[_Candidate], people: _Known,
                common: set[str]) -> None:
    """Single words listed with a known person are people ("Rusk, Ball, and possibly Raborn")."""
    singles = [c for c in cands if len(c.tokens) == 1 and _is_name_word(c.tokens[0], common)
               and c.tokens[0].low not in PLACES and c.tokens[0].low not in ROLE_NOUNS
               and c.tokens[0].low not in ABBREV and not _opens_sentence(text, c.tokens[0].start)
               and not _DEMONYM_BEFORE_NOUN.match(text, c.tokens[0].start)]
    beside: dict[int, tuple[str | None, str | None]] = {}  # the text does not change by round
    for _ in range(2):  # a second round reaches members listed before the known one
        known = {p.surname.lower() for p in people.values()}
        for i, cand in enumerate(singles):
            tok = cand.tokens[0]
            if _find(people, cand) or _namesakes(people, cand):
                continue
            if i not in beside:
                beside[i] = _listed_beside(text, tok)
            left, right = beside[i]
            if left in known or right in known:
                people[name_key(tok.text)] = _new_person(cand, text)
                known.add(tok.low)


def _listed_beside(text: str, tok: Token) -> tuple[str | None, str | None]:
    """The capitalised words (lowercase) listed right before and right after a token."""
    left = _LIST_LEFT.search(text, max(0, tok.start - 60), tok.start)
    right = _LIST_RIGHT.match(text, tok.end, tok.end + 60)
    if right and _CLAUSE_AFTER.match(text, right.end()) and not re.search(
            r"\b(?:and|or)\b", right.group(0)):
        right = None  # "if he goes to Salisbury, Smith will reject it": a clause, no list
    return (left.group(1).lower() if left else None, right.group(1).lower() if right else None)


def _capitalised_by_place(text: str, tok: Token) -> bool:
    """An English word, no given name, capitalised only where a sentence or line opens
    ("Everyone said", "Latter agreed"): no evidence of a name."""
    if tok.low not in GIVEN_NAMES and senses(tok.low):
        return all(_opens_sentence(text, m.start())
                   for m in re.finditer(rf"(?<!\w){re.escape(tok.text)}(?!\w)", text))
    return False


def _opens_sentence(text: str, pos: int) -> bool:
    before = text[max(0, pos - 4):pos]
    return not before.strip() or before.rstrip()[-1:] in ".!?:" or "\n" in before


def _latest_namesake(people: _Known, cand: _Candidate,
                     last_named: dict[str, int]) -> _Person | None:
    """A family name two people share ("Bundy") refers to the one named most recently."""
    named = [p for p in _namesakes(people, cand) if name_key(p.name) in last_named
             and _compatible(p, cand)]
    return max(named, key=lambda p: last_named[name_key(p.name)]) if named else None


def _local(p: _Person) -> LocalPerson:
    aliases = tuple(sorted(a for a in p.aliases if a != p.name))
    return LocalPerson(name_key(p.name), p.name, aliases, p.role, p.country)
