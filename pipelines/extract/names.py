"""Capitalised name groups in running text, and how to read a person's name.

Contract: ``name_groups(text)`` returns runs of adjacent capitalised tokens (with exact offsets),
broken at punctuation and at possessives; ``surname`` and ``name_key`` read a personal name.
Pure functions, no state (some are memoised: same answers, computed once).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

_TOKEN = re.compile(r"[A-Z\u00C0-\u00DE][\w\u00C0-\u024F'’.\-]*")
_INITIALS = re.compile(r"^(?:[A-Z]\.)+$")
ABBREVIATIONS = {"dr.", "mr.", "mrs.", "ms.", "gen.", "adm.", "col.", "prof.", "sen.", "rep.",
                 "gov.", "lt.", "jr.", "sr.", "st.", "u.s.", "u.k.", "u.n."}
PARTICLES = {"of", "de", "van", "von", "der", "den", "da", "du", "la", "le", "bin", "ibn", "al", "el",
             "ya", "wa", "dos", "das", "del", "di"}  # "Basele Ikondi ya Bankoko Lopori"

# Family names written first (Chinese and Korean names in English-language text).
SURNAME_FIRST = frozenset(["li", "wang", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun", "hu", "zhu", "gao", "lin", "he", "guo", "ma", "luo", "liang", "song", "zheng", "xie", "han", "tang", "feng", "yu", "dong", "xiao", "cheng", "cao", "yuan", "deng", "fu", "shen", "zeng", "peng", "lu", "su", "jiang", "cai", "jia", "ding", "wei", "xue", "ye", "yan", "pan", "du", "dai", "xia", "zhong", "tian", "ren", "fan", "fang", "shi", "yao", "tan", "liao", "zou", "xiong", "jin", "hao", "kong", "bai", "cui", "kang", "mao", "qiu", "qin", "qian", "gu", "hou", "shao", "meng", "long", "wan", "duan", "lei", "yin", "geng", "bo", "chou", "teng", "chiang", "chu", "chi", "chen", "hsu", "huang", "kuo", "wen", "qiao", "ji", "zhu", "kim", "lee", "park", "pak", "choi", "chung", "chun", "roh", "rhee", "yoon", "moon", "shin", "kang", "cho"])


@dataclass(slots=True)  # not frozen: made for every capitalised word, and never changed
class Token:
    text: str
    start: int
    end: int
    # the lowercase text, read many times for every token: computed once per word (see _word)
    low: str = field(repr=False, compare=False)
    # joined to the token before by " of " ("Secretary of State"), not another particle
    after_of: bool = field(default=False, repr=False, compare=False)


def _clean(raw: str, start: int) -> tuple[Token, bool]:
    """Strip a possessive and a sentence-final period; return (token, ends_group)."""
    text, ends, low, _ = _word(raw)
    return Token(text, start, start + len(text), low), ends


# what follows a cleaned word in its raw form: nothing, a period (an initial's), anything else
_KEPT, _CUT_PERIOD, _CUT = 0, 1, 2


@lru_cache(maxsize=1 << 16)  # the same words recur throughout a corpus
def _word(raw: str) -> tuple[str, bool, str, int]:
    """(cleaned text, ends_group, its lowercase, what was cut off: _KEPT, _CUT_PERIOD, _CUT)."""
    text, ends = _clean_word(raw)
    cut = raw[len(text):]
    return text, ends, text.lower(), _KEPT if not cut else _CUT_PERIOD if cut[0] == "." else _CUT


def _clean_word(raw: str) -> tuple[str, bool]:
    text, ends = raw, False
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix):
            text, ends = text[: -len(suffix)], True
            break
    if text.endswith(".") and not (_INITIALS.match(text) or text.lower() in ABBREVIATIONS):
        text, ends = text.rstrip("."), True
        # a closing quotation mark before the period ("the ‘Resident Commissioner’.")
        text = text.rstrip("’'")
    text = text.rstrip("-")
    return text, ends


def name_groups(text: str) -> list[list[Token]]:
    """Runs of capitalised tokens separated only by a space (or a lowercase particle)."""
    groups: list[list[Token]] = []
    current: list[Token] = []
    last_end = -1
    for m in _TOKEN.finditer(text):  # one pass over every capitalised word: kept lean
        word, ends, low, cut = _word(m.group())
        if not word:
            continue
        start = m.start()
        end = start + len(word)
        if current and not (start - last_end == 1 and text[last_end] == " "
                            or _particle_gap(text, last_end, start)):
            groups.append(current)
            current = []
        current.append(Token(word, start, end, low,
                             bool(current) and text.startswith(" of ", last_end)))
        if ends or cut == _CUT:  # a possessive, a sentence's end, a cut-off hyphen
            groups.append(current)
            current = []
            last_end = -1
        else:  # after an initial's period, kept or dropped, the gap starts past it
            last_end = m.end() if cut == _CUT_PERIOD else end
    if current:
        groups.append(current)
    return groups


def _particle_gap(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is one particle between spaces (" de ", " von  "), or particles
    the next word is joined to (" al-", " bin abd al-" of "Saud al-Faisal bin abd al-Aziz")."""
    if text[start] != " " or text[end - 1] not in " -" or end - start < 3:
        return False
    # strip and split share the notion of whitespace: one word left, or more than one
    gap = text[start:end].strip()
    if text[end - 1] == " ":
        return gap in PARTICLES
    words = gap[:-1].split()
    return 0 < len(words) <= 3 and all(w in PARTICLES or w in _JOINED_PARTICLES for w in words)


# words an Arabic name joins with "al-" ("abd al-Aziz") besides the particles
_JOINED_PARTICLES = frozenset({"abd", "abdel", "abu", "bint"})


_LETTERS = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1 << 16)  # names are normalised again at every lookup
def normalise(name: str) -> str:
    """Lowercase tokens of a name, initials split ('George H.W. Bush' -> 'george h w bush')."""
    return " ".join(_LETTERS.findall(name.lower().replace("’", "'").replace("'", "")))


_APOSTROPHES = re.compile(r"['’‘]")


@lru_cache(maxsize=1 << 16)  # records fold the same names and roles again and again
def fold(s: str) -> str:
    """Lowercase, without accents or apostrophes, for comparing spellings of one name:
    'Satō' -> 'sato', 'Ch’iao' -> 'chiao'."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return _APOSTROPHES.sub("", s).lower()


def name_key(name: str) -> str:
    return normalise(name)


def surname(tokens: list[str]) -> str:
    """The family name: first for Chinese and Korean names (of two parts, or three short ones),
    else the last real token."""
    words = [t for t in tokens if t.lower().rstrip(".") not in {"jr", "sr", "ii", "iii"}]
    if not words:
        return tokens[-1]
    if len(words) == 2 and words[0].lower() in SURNAME_FIRST and not _INITIALS.match(words[1]):
        return words[0]
    if (len(words) == 3 and words[0].lower() in SURNAME_FIRST
            and all(len(w) <= 5 and not _INITIALS.match(w) for w in words[1:])):
        return words[0]  # "Chou En Lai", "Park Chung Hee": the given name in two syllables
    return words[-1]
