"""True casing of all-capitals text (1970s telegrams): a working copy the extractors can read.

Contract: ``truecase(text, known_names=()) -> str`` returns a string of exactly the same length
whose characters differ from ``text`` only in letter case, so an offset into one is an offset
into the other.  A text with no run of all-capitals prose (``has_capitals_run``) comes back
unchanged (the same object).  In its lines written in capitals (words already in mixed case
are left as they are): ordinary English words are lower-cased and sentence starts capitalised;
the words of ``known_names``, countries, places, months and days capitalised; titles
capitalised before a name ("Acting Foreign Minister X") and as an office after "the" ("the
President"); telegraphic codes and acronyms ("USG", "SECSTATE", "ICCS") kept in capitals; and
any other word, not an English word, capitalised as a likely name.  Common words that are
names too ("Holmes") are capitalised where the context says so: after a title, beside a name,
or set off by commas beside a role ("our counselor, Allen Holmes.").  English words are those
``pipelines.extract.english`` knows (spaCy's lemmatizer tables).

``working_copy(doc)`` is the document with its text true-cased, the names known from its
persons list and person markup (the document itself when it needs none); ``restore_spans(ex,
doc)`` puts back the original document and the original text of every span (mentions,
statements, dates), so what is published quotes the source while people keep the readable
names read in the copy; ``in_true_case(extract)`` wraps an extractor with both.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache, wraps
from itertools import pairwise

from pipelines.document import Document, Extraction
from pipelines.extract.english import load_lexicon
from pipelines.extract.english import senses as _senses
from pipelines.extract.lexicon import (
    COUNTRY_WORDS,
    NON_NAME_WORDS,
    PLACE_PHRASES,
    PLACES,
    PORTFOLIOS,
    ROLE_NOUNS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    TITLES,
)
from pipelines.extract.names import fold
from pipelines.extract.persons_list import TITLE_WORDS
from pipelines.extract.segment import ABBREV

LOWER, TITLE, UPPER = 0, 1, 2

_WORD = re.compile(r"[^\W\d_]+")
_LINE = re.compile(r"[^\n]+")
# eight words in capitals in a row on one line: a sentence, not a heading ("SECRET; NODIS")
_PROSE_RUN = re.compile(r"[A-Z]{2,}(?:[^\w\n]+[A-Z]{2,}){7}")
_MIN_CAPS_SHARE = 0.3  # of a text's words: fewer in capitals, it is a mixed-case text
_CAPS_LINE_SHARE = 0.8  # of a line's words in capitals: a line written in capitals
# routing lines of a cable: subject codes and the classification order, never prose
_CODE_LINE = re.compile(r"\s*(?:TAGS\b|E\.\s?O\.)")

# telegraphic codes and acronyms that read as words or names once lower-cased
CODES = frozenset(["usg", "goi", "goj", "gop", "gor", "gok", "grc", "gvn", "rvn", "rok", "roc",
                   "prc", "ussr", "uk", "un", "us", "usa", "uar", "nato", "seato",
                   "cento", "asean", "opec", "oas", "oau", "eec", "iaea",
                   "icc", "iccs", "icrc", "unsc", "unga", "usun", "usdel",
                   "usia", "usis", "cia", "nsc", "dod", "jcs", "fbi",
                   "secstate", "secdef", "washdc", "amembassy", "amemb",
                   "amconsul", "amcongen", "embtel", "deptel", "reftel",
                   "septel", "mytel", "urtel", "nodis", "exdis", "limdis",
                   "stadis", "noforn", "cincpac", "cinceur", "comusmacv",
                   "macv", "drv", "prg", "nlf", "frg", "gdr", "sejm", "pzpr",
                   "zsl", "rfe", "csce", "mbfr", "whca"])
# abbreviations of ordinary words in cables: lower case
_CABLE_WORDS = frozenset(["govt", "gvt", "para", "paras", "fyi", "dept", "memcon", "emboff",
                          "approx", "re", "septels", "reftels", "poss", "immed", "msg", "msgs",
                          "tel", "tels", "fonoff", "fonmin", "mfa", "sov", "sovs", "mil", "pol",
                          "econ", "chicom", "chicoms", "cong", "ref", "refs", "quote", "unquote"])
# words after which a letter is a reference ("ref B.", "para A"), not an initial
_REFERRING = frozenset(["ref", "refs", "reftel", "reftels", "para", "paras", "tab", "annex",
                        "item", "items", "point", "points", "septel"])
# always capitalised: honorifics, months and days that are no other word
_ALWAYS_TITLE = frozenset(["mr", "mrs", "ms", "dr", "january", "february", "april", "june",
                           "july", "august", "september", "october", "november", "december",
                           "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                           "sunday"])
# months (and their abbreviations) that are also words: capitalised beside a number
_MONTHS_BY_NUMBER = frozenset(["march", "may", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
                               "sep", "sept", "oct", "nov", "dec"])
# nationality plurals ("the Poles and Hungarians") the country words do not give
_PEOPLES = frozenset(["poles", "czechs", "yugoslavs", "soviets", "arabs", "arab", "latin",
                      "americans", "english", "chinese", "vietnamese", "japanese"])
# names of institutions written as ordinary words
_INSTITUTIONS = frozenset(["white house", "state department", "department of state",
                           "united nations", "security council", "general assembly",
                           "radio free europe", "central committee", "foreign ministry",
                           "national security council", "communist party", "politburo"])
# offices that stand for their holder after "the" ("the President said")
_OFFICES = ("vice president", "president", "prime minister", "foreign minister",
            "secretary of state", "secretary general", "secretary", "premier", "chairman",
            "chancellor", "emperor", "king", "shah", "ambassador", "minister")
# words that make a title before a name ("Acting Foreign Minister", "First Secy")
_TITLE_CHAIN = (frozenset(w for t in TITLES for w in t.replace(".", "").split())
                | TITLE_HEADS | TITLE_MODIFIERS | PORTFOLIOS
                | {"secy", "amb", "acting", "state"}) - {"the"}
_DETERMINERS = frozenset(["the", "a", "an", "this", "that", "these", "those", "our", "his",
                          "her", "their", "its", "my", "your", "any", "some", "no", "each"])
_CONTRACTIONS = frozenset(["s", "t", "d", "m", "ll", "re", "ve"])
_VOWELS = frozenset("aeiouy")
# title heads and honorifics: a word after one of them is a name ("Ambassador Watson")
_NAME_AFTER = TITLE_HEADS | {"secy", "amb", "premier", "king", "queen", "prince", "princess",
                             "marshal", "admiral", "colonel", "senator", "mayor", "emperor",
                             "pope", "sir", "lord", "mr", "mrs", "ms", "dr", "gen", "bgen",
                             "adm", "col", "maj", "capt"}
_NOT_NAMES = (_TITLE_CHAIN | ROLE_NOUNS | _NAME_AFTER | _CABLE_WORDS | CODES
              | frozenset(w for o in _OFFICES for w in o.split()))


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    low: str
    caps: bool  # written in capitals in the source: only these change case


def _noun_or_unknown(low: str) -> bool:
    """A word that can be a name: no verb, adjective, adverb or function word (or no word)."""
    return (_senses(low) <= {"noun"} and low not in _NOT_NAMES and not _place(low)
            and len(low) > 1)


_PLACE_WORDS = frozenset(w for w in COUNTRY_WORDS if " " not in w and "." not in w
                         ) - {"us"} | PLACES | _PEOPLES


def _place(low: str) -> bool:
    """A country, place or people ("Hungarians": a plural of a country word)."""
    return low in _PLACE_WORDS or (low.endswith("s") and low[:-1] in _PLACE_WORDS)


@lru_cache(maxsize=1 << 16)
def _kind(low: str) -> int:
    """The case of a word on its own: codes, places, English words, acronyms, names."""
    if low in CODES:
        return UPPER
    if _place(low) or low in _ALWAYS_TITLE:
        return TITLE
    if low in _CABLE_WORDS or low in NON_NAME_WORDS or _senses(low):
        return LOWER
    if len(low) <= 3 or not _VOWELS & set(low):
        return UPPER  # "PZPR", "RFE": not a name
    return TITLE


# ---------------------------------------------------------------------------- the text


def has_capitals_run(text: str) -> bool:
    """Whether the text holds prose in capitals: a line of eight or more words in capitals, in a
    text of which at least ``_MIN_CAPS_SHARE`` of the words are written in capitals."""
    if not _PROSE_RUN.search(text):
        return False
    words = [w for w in _WORD.findall(text) if len(w) > 1]
    return sum(w.isupper() for w in words) >= _MIN_CAPS_SHARE * len(words)


def _caps_line(line: str) -> bool:
    words = [w for w in _WORD.findall(line) if len(w) > 1]
    return (bool(words) and sum(w.isupper() for w in words) >= _CAPS_LINE_SHARE * len(words)
            and not _CODE_LINE.match(line))


class _Known:
    """The words of the names a record knows: ``safe`` ones are capitalised wherever they
    stand; the others ("Rush", "Young": English words too) only beside another name word."""

    def __init__(self, names: Iterable[str]):
        words = {w for n in names for form in (n.lower(), fold(n))
                 for w in _WORD.findall(form)}
        self.words = frozenset(w for w in words if len(w) > 1 and w not in TITLE_WORDS
                               and w not in {"jr", "sr", "ii", "iii"})
        self.safe = frozenset(w for w in self.words if _noun_or_unknown(w))


def truecase(text: str, known_names: Iterable[str] = ()) -> str:
    if not has_capitals_run(text):
        return text
    known = _Known(known_names)
    lines = [_tokens(text, m.start(), m.end()) for m in _LINE.finditer(text)
             if _caps_line(m.group())]
    names = _names(text, lines, known)
    out = list(text)
    for toks in lines:
        for tok, case in zip(toks, _cases(text, toks, names, known), strict=True):
            if tok.caps:
                _write(out, text, tok, case)
    return "".join(out)


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    return [_Tok(m.start(), m.end(), m.group().lower(), m.group().isupper())
            for m in _WORD.finditer(text, start, end)]


def _write(out: list[str], text: str, tok: _Tok, case: int) -> None:
    """Re-case one word in place, a character at a time (a letter whose other case is not one
    character, as 'İ', stays as it is: the length never changes)."""
    if case == UPPER:
        return
    for i in range(tok.start, tok.end):
        ch = text[i]
        first = i == tok.start or (i == tok.start + 2 and case == TITLE
                                   and tok.low.startswith("mc") and len(tok.low) > 4)
        new = ch.upper() if case == TITLE and first else ch.lower()
        if len(new) == 1:
            out[i] = new


def _joined(text: str, a: _Tok, b: _Tok) -> bool:
    """Two words with only spaces between them (one phrase, no punctuation)."""
    return b.start > a.end and not text[a.end:b.start].strip(" ")


# ---------------------------------------------------------------------------- names


def _names(text: str, lines: list[list[_Tok]], known: _Known) -> set[str]:
    """The words read as names throughout the text: the known ones, those that are no English
    word, and common words the context marks as names."""
    names = set(known.safe)
    for toks in lines:
        for i, tok in enumerate(toks):
            if not tok.caps:
                continue
            if _continues_word(text, tok):
                continue  # "con- cerns": the end of a word broken at a line's end
            if _kind(tok.low) == TITLE and _noun_or_unknown(tok.low) and (
                    tok.low not in _ALWAYS_TITLE):
                names.add(tok.low)
            elif i and _joined(text, toks[i - 1], tok) and _titled(toks[i - 1].low) and (
                    _noun_or_unknown(tok.low)):
                names.add(tok.low)  # "Ambassador Watson", "Mr. Holmes"
        names |= _beside_role(text, toks)
    for toks in lines:  # given names before a family name: "Carl McIntire"
        for i, (a, b) in enumerate(pairwise(toks)):
            if (b.low in names and _joined(text, a, b) and _noun_or_unknown(a.low)
                    and a.low not in CODES and not _after_determiner(text, toks, i)):
                names.add(a.low)
    return names


def _titled(low: str) -> bool:
    """A word after which a name stands: a title's head ("Ambassador") or an honorific."""
    return low in _NAME_AFTER


def _after_determiner(text: str, toks: list[_Tok], i: int) -> bool:
    """Word ``i`` follows "the", "our", ...: a common noun ("the table Tennis")."""
    return i > 0 and toks[i - 1].low in _DETERMINERS and _joined(text, toks[i - 1], toks[i])


def _beside_role(text: str, toks: list[_Tok]) -> set[str]:
    """Two or three name-like words set off by a comma beside a role: 'our political
    counselor, Allen Holmes.' and 'designated Allen Holmes, political counselor,'."""
    found: set[str] = set()
    for i, tok in enumerate(toks):
        if tok.low not in ROLE_NOUNS:
            continue
        first = i
        while first and _joined(text, toks[first - 1], toks[first]) and (
                "adj" in _senses(toks[first - 1].low) or toks[first - 1].low in TITLE_MODIFIERS):
            first -= 1
        after = _run(text, toks, i + 1, 1) if _gap(text, toks, i) == "," else []
        before = _run(text, toks, first - 1, -1) if first and _gap(
            text, toks, first - 1) == "," else []
        if before and not (i + 1 == len(toks) or _gap(text, toks, i) in ",.;"):
            before = []
        for run in (after, before):
            found |= {t.low for t in run}
    return found


def _gap(text: str, toks: list[_Tok], i: int) -> str:
    """The punctuation after word ``i`` (spaces dropped; "" at the end of the line)."""
    end = toks[i + 1].start if i + 1 < len(toks) else len(text)
    return text[toks[i].end:end].split("\n", 1)[0].strip()[:1]


def _run(text: str, toks: list[_Tok], i: int, step: int) -> list[_Tok]:
    """Two or three name-like words from ``i`` on (step 1) or back (step -1), ended by
    punctuation or the line's end (and, going back, not opened by a determiner)."""
    run: list[_Tok] = []
    while 0 <= i < len(toks) and len(run) < 3 and _noun_or_unknown(toks[i].low):
        run.append(toks[i])
        nxt = i + step
        if not (0 <= nxt < len(toks)) or not _joined(text, *sorted(
                (toks[i], toks[nxt]), key=lambda t: t.start)):
            break
        i = nxt
    if len(run) < 2:
        return []
    edge = i + step
    if step == 1 and edge < len(toks) and _gap(text, toks, i) not in ",.;":
        return []
    if step == -1 and 0 <= edge and _joined(text, toks[edge], toks[i]) and (
            toks[edge].low in _DETERMINERS):
        return []  # "his new counterpart, ...": a description, not a name
    return run


# ---------------------------------------------------------------------------- cases


def _cases(text: str, toks: list[_Tok], names: set[str], known: _Known) -> list[int]:
    cases = [_case(text, toks, i, names, known) for i in range(len(toks))]
    _phrases(text, toks, cases)
    _titles(text, toks, cases, names | known.words)
    _sentence_starts(text, toks, cases)
    return cases


def _case(text: str, toks: list[_Tok], i: int, names: set[str], known: _Known) -> int:
    tok, low = toks[i], toks[i].low
    if len(low) == 1:
        return _letter_case(text, toks, i)
    if low in _CONTRACTIONS and tok.start and text[tok.start - 1] in "'’":
        return LOWER  # "GIEREK'S", "DON'T"
    if _NOT.match(text, tok.end):
        return LOWER  # "DIDN'T": no word on its own
    if low in _MONTHS_BY_NUMBER:
        return TITLE if _beside_number(text, tok) else LOWER if low in ("march", "may") else (
            _kind(low))
    if low in CODES:
        return UPPER
    if low in names or (low in known.words and _beside_name(text, toks, i, names, known)):
        case = TITLE
    else:
        case = _kind(low)
    if case == TITLE and _continues_word(text, tok) and low not in known.words and not _place(low):
        return LOWER  # "Tseh-tong", "Chiang-kaishek": a name's later parts
    return case


_NOT = re.compile(r"['’][Tt]\b")


def _letter_case(text: str, toks: list[_Tok], i: int) -> int:
    tok = toks[i]
    if tok.start and text[tok.start - 1] in "'’" and tok.low in _CONTRACTIONS:
        return LOWER
    if i and toks[i - 1].low in _REFERRING and _joined(text, toks[i - 1], tok):
        return LOWER  # "ref b. Trepczynski took": no initial of a name
    if tok.low == "a" and i + 1 < len(toks) and _joined(text, tok, toks[i + 1]) and len(
            toks[i + 1].low) > 1:
        return LOWER  # the article, not an initial or an item letter
    return UPPER


def _beside_number(text: str, tok: _Tok) -> bool:
    return bool(re.match(r"[\s-]*\d", text[tok.end:tok.end + 3])
                or re.search(r"\d[\s-]*$", text[max(0, tok.start - 3):tok.start]))


def _beside_name(text: str, toks: list[_Tok], i: int, names: set[str], known: _Known) -> bool:
    """A known name word that is also an English word, next to another name word or a title."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(toks) and _joined(text, *sorted((toks[i], toks[j]),
                                                         key=lambda t: t.start)):
            other = toks[j].low
            if other in names or other in known.words or (j < i and _titled(other)):
                return True
    return False


def _continues_word(text: str, tok: _Tok) -> bool:
    """A word's later part: after a hyphen ("Tseh-tong"), or a hyphen and a space as where a
    teleprinter line broke a word ("con- cerns")."""
    return bool(_BROKEN.search(text, max(0, tok.start - 3), tok.start))


_BROKEN = re.compile(r"[^\W\d_]- ?$")


def _phrase_table() -> dict[str, list[tuple[str, ...]]]:
    table: dict[str, list[tuple[str, ...]]] = {}
    phrases = PLACE_PHRASES | {w for w in COUNTRY_WORDS if " " in w} | _INSTITUTIONS
    for phrase in sorted(phrases, key=lambda p: -len(p.split())):
        words = tuple(phrase.split())
        table.setdefault(words[0], []).append(words)
    return table


_PHRASES = _phrase_table()
_OFFICE_WORDS = [tuple(o.split()) for o in _OFFICES]


def _match(text: str, toks: list[_Tok], i: int, words: tuple[str, ...]) -> bool:
    end = i + len(words)
    return end <= len(toks) and all(t.low == w for t, w in zip(toks[i:end], words, strict=True)
                                    ) and all(_joined(text, a, b) for a, b in
                                              zip(toks[i:end], toks[i + 1:end], strict=False))


def _phrases(text: str, toks: list[_Tok], cases: list[int]) -> None:
    """Places and institutions of several words: "White House", "Department of State"."""
    for i, tok in enumerate(toks):
        for words in _PHRASES.get(tok.low, ()):
            if _match(text, toks, i, words):
                for j in range(i, i + len(words)):
                    if toks[j].low not in ("of", "the", "and"):
                        cases[j] = TITLE
                break


def _titles(text: str, toks: list[_Tok], cases: list[int], names: set[str]) -> None:
    """Titles before a name ("Vice Minister Jarjai") and offices after "the" or an honorific
    ("the President", "Mr. Ambassador")."""
    for i, tok in enumerate(toks):
        if tok.low in names and cases[i] == TITLE:
            j = i - 1
            while j >= 0 and _joined(text, toks[j], toks[j + 1]) and toks[j].low in _TITLE_CHAIN:
                if toks[j].low != "of":
                    cases[j] = TITLE
                j -= 1
        if i and toks[i - 1].low in ("the", "mr", "madame") and (
                toks[i - 1].low == "the" and _joined(text, toks[i - 1], tok) or text[
                    toks[i - 1].end:tok.start].strip() == "."):
            for words in _OFFICE_WORDS:
                if _match(text, toks, i, words):
                    for j in range(i, i + len(words)):
                        if toks[j].low != "of":
                            cases[j] = TITLE
                    break


def _sentence_starts(text: str, toks: list[_Tok], cases: list[int]) -> None:
    for i, tok in enumerate(toks):
        if cases[i] == LOWER and _opens_sentence(text, toks, i):
            cases[i] = TITLE


def _opens_sentence(text: str, toks: list[_Tok], i: int) -> bool:
    if i == 0:
        return True  # a line is a paragraph ("1. I met ...")
    prev = toks[i - 1]
    gap = text[prev.end:toks[i].start]
    if "\n" in gap or re.search(r":\s", gap):
        return True  # a label: "Subject: ..."
    if re.search(r"[,:.!?]\s*(?:[“‘]|\s[\"'])\s*$", gap):
        return True  # a quotation opens a sentence: 'he went on, “This ...' 
    if re.search(r"[.!?]", gap):
        return not (len(prev.low) == 1 or prev.low in ABBREV)  # "Mr. Tsao", "A. M."
    return ")" in gap and len(prev.low) == 1 and bool(_ITEM_BEFORE.search(
        text, 0, prev.start))  # "( A) We had ..."


# what comes before an item letter that opens a sentence: "(" at a line's or sentence's start
_ITEM_BEFORE = re.compile(r"(?:^|\n|[.:;]\s+)\(?\s*$")


# ---------------------------------------------------------------------------- documents


def known_names(doc: Document) -> list[str]:
    """The names a record itself gives: its persons list and the text its markup calls names."""
    names = [n for p in doc.persons for n in (p.name, *p.aliases, p.family or "") if n]
    names += [doc.text[m.char_start:m.char_end] for m in doc.markup if m.kind == "person"]
    return names


def working_copy(doc: Document) -> Document:
    """The document with its text true-cased, or the document itself when it needs none."""
    if not has_capitals_run(doc.text):
        return doc
    text = without_page_breaks(doc.text, truecase(doc.text, known_names(doc)))
    return doc if text == doc.text else replace(doc, text=text)


# a cable's page break: its classification line(s), then "PAGE 02 WARSAW 01634 071251 Z"
_PAGE_BREAK = re.compile(r"\n\s*(?:(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|TOP SECRET|LIMITED OFFICIAL "
                         r"USE)[A-Z ]*\n\s*)*PAGE \d{2,3}\b[^\n]*\n\s*\n")


def without_page_breaks(original: str, working: str) -> str:
    """``working`` with the page breaks of the cable it copies blanked (same length): a
    paragraph cut by a page break reads as the one paragraph it is."""
    breaks = list(_PAGE_BREAK.finditer(original))
    if not breaks:
        return working
    chars = list(working)
    for m in breaks:
        chars[m.start():m.end()] = " " * (m.end() - m.start())
    return "".join(chars)


def restore_spans(ex: Extraction, doc: Document) -> Extraction:
    """An extraction of a working copy, given back its original document and the original text
    of every span (the copy has the same offsets)."""
    text = doc.text
    return replace(
        ex, document=doc,
        mentions=tuple(replace(m, text=text[m.char_start:m.char_end]) for m in ex.mentions),
        statements=tuple(replace(s, text=text[s.char_start:s.char_end]) for s in ex.statements),
        dates=tuple(replace(d, text=text[d.char_start:d.char_end]) for d in ex.dates))


def reset_memos() -> None:
    """Empty this module's memos (the word lists too: the next text in capitals reads them
    again)."""
    for memo in (_senses, _kind, load_lexicon):
        memo.cache_clear()


def in_true_case(extract: Callable[[Document], Extraction]
                 ) -> Callable[[Document], Extraction]:
    """``extract`` run on the working copy of a document written in capitals."""

    @wraps(extract)
    def run(doc: Document) -> Extraction:
        working = working_copy(doc)
        return extract(doc) if working is doc else restore_spans(extract(working), doc)

    return run
