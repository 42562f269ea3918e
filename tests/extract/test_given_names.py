"""The given-name lists: well formed, no place words, every common given name that is an English
word listed, no heading word listed."""

import re

import pytest

from pipelines.extract.english import senses
from pipelines.extract.given_names import GIVEN_NAMES, NICKNAMES
from pipelines.extract.lexicon import COUNTRY_WORDS, PLACES

# given names (and familiar forms) the lemmatizer also knows as English words
WORDLIKE_NAMES = [
    "graham", "robin", "clement", "nelson", "peregrine", "dean", "mark", "frank", "grant",
    "rose", "carol", "victor", "gabriel", "herman", "christian", "guy", "marshall", "lincoln",
    "hastings", "sol", "dag", "lech", "ion", "angel", "basil", "jasper", "homer", "hector",
    "austin", "morgan", "milton", "wesley", "ruth", "lily", "holly", "iris", "sally", "penny",
    "kitty", "chip", "doc", "tip", "ali", "xavier", "rex", "bruce",
]

# words that open headings and sentences in capitals ("Pressure Aspects", "Current Status")
HEADING_WORDS = [
    "pressure", "current", "total", "key", "source", "metal", "hopeful", "permanent", "paper",
    "arms", "objectives", "topics", "christmas", "anvil", "white", "cut", "adds", "signs",
    "status", "assessment", "science", "system", "branch", "shelf", "brief", "several",
    "latter", "aspects", "climax", "ball",
]

# given names far more often something else in diplomatic text: a month, a verb, a title, a
# place, a leader's family name, an East Asian family name written first
LEFT_OUT = ["may", "said", "per", "august", "june", "odd", "pearl", "sultan", "georgia",
            "santiago", "heath", "nasser", "meir", "franco", "lee"]

_NAME = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")


def test_every_name_is_a_lowercase_word():
    bad = [n for n in GIVEN_NAMES if not _NAME.fullmatch(n) or n != n.lower()]
    assert bad == []


def test_nicknames_and_their_formal_names_are_given_names():
    assert NICKNAMES["chuck"] == ("charles",) and NICKNAMES["mel"] == ("melvin", "melville")
    assert all(k in GIVEN_NAMES and set(v) <= GIVEN_NAMES for k, v in NICKNAMES.items())


def test_no_given_name_is_a_country_or_place_word():
    assert sorted(GIVEN_NAMES & (set(COUNTRY_WORDS) | PLACES)) == []


@pytest.mark.parametrize("name", WORDLIKE_NAMES)
def test_given_names_that_are_english_words_are_listed(name):
    assert senses(name), name  # an English word to the lemmatizer
    assert name in GIVEN_NAMES


@pytest.mark.parametrize("word", HEADING_WORDS + LEFT_OUT)
def test_heading_words_and_names_mostly_used_otherwise_are_not(word):
    assert senses(word), word
    assert word not in GIVEN_NAMES
