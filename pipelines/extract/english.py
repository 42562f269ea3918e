"""English words: which parts of speech a lowercase word can be, from spaCy's lemmatizer tables.

Contract: ``senses(low) -> frozenset`` of "noun", "verb", "adj", "adv" and "function" (a stop
word or pronoun); empty when the word is no English word the tables know.  The tables are those
of the lemmatizer of the one pipeline the parse loads (``pipelines.extract.parse``), read once
per process when first asked (under the parser's lock, so threads may ask).  True casing reads
them to lower-case ordinary words; the people extractor to tell "Given Congressional" or
"Tactically Richard" from a name.  Pure: the same word gets the same answer.
"""

from __future__ import annotations

from functools import lru_cache

from pipelines.extract.parse import pipeline

# pronouns the stop words lack
_PRONOUNS = frozenset(["anybody", "somebody", "everybody", "nobody", "whoever", "whatever"])


@lru_cache(maxsize=1)
def load_lexicon() -> tuple[tuple[str, frozenset[str], frozenset[str], tuple], ...]:
    """Per part of speech: (name, base forms, irregular forms, suffix rules)."""
    lookups = pipeline().get_pipe("lemmatizer").lookups
    index, exc, rules = (lookups.get_table(n) for n in ("lemma_index", "lemma_exc",
                                                        "lemma_rules"))
    doubled = tuple((c + c + end, c) for c in "bdgklmnprtz" for end in ("ed", "ing"))
    extra = {"verb": (("ied", "y"), *doubled), "noun": (), "adj": (), "adv": ()}
    out = []
    for pos in ("noun", "verb", "adj", "adv"):
        base = frozenset(index.get(pos, ()))
        irregular = frozenset(exc.get(pos, {}))
        out.append((pos, base, irregular, tuple(map(tuple, rules.get(pos, ()))) + extra[pos]))
    adjectives = out[2][1]
    # adverbs made of adjectives ("closely", "happily"), which the tables do not list
    out.append(("adv", adjectives, frozenset(), (("ly", ""), ("ily", "y"), ("ly", "le"))))
    return tuple(out)


@lru_cache(maxsize=1 << 16)  # asked of every word written in capitals and many names
def senses(low: str) -> frozenset[str]:
    """The parts of speech an English word can be ('function' for stop words); empty: no word."""
    tables = load_lexicon()  # loads spaCy (under the parser's lock) before its stop words
    from spacy.lang.en.stop_words import STOP_WORDS

    found = {"function"} if low in STOP_WORDS or low in _PRONOUNS else set()
    for pos, base, irregular, rules in tables:
        if low in base or low in irregular or any(
                low.endswith(old) and len(low) > len(old) and low[:len(low) - len(old)] + new
                in base for old, new in rules):
            found.add(pos)
    return frozenset(found)
