"""Helpers the extraction tests share: run the prose extractors on a text, check every span."""

from pipelines.extract.dates import extract_dates
from pipelines.extract.people import extract_people
from pipelines.extract.statements import extract_statements


def run(text, published_on=None):
    """Statements of ``text``, each checked to be an exact span of it."""
    people, mentions = extract_people(text)
    dates = extract_dates(text, anchor=published_on)
    out = extract_statements(text, people, mentions, dates, published_on)
    for s in out:
        assert text[s.char_start:s.char_end] == s.text
    return out


def said(statements):
    return [(s.speaker_name, s.kind, s.text) for s in statements]


def people_by_name(text):
    people, mentions = extract_people(text)
    return {p.name: p for p in people}, mentions
