"""A stand-in extractor for budget tests: hangs on documents that say HANG, dies on DIE."""

import os
import time

from pipelines.extract import extract_document


def extract_or_hang(doc):
    if "HANG" in doc.text:
        time.sleep(60)
    if "DIE" in doc.text:
        os._exit(3)  # the worker process dies without a Python exception
    return extract_document(doc)
