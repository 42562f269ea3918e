"""A small, hand-written, valid set of the published tables, for schema and publish tests.

``good_tables()`` returns fresh frames every call (plain pandas dtypes, as the pipeline's table
assembly would produce them), so tests can mutate them freely.
"""

from __future__ import annotations

import pandas as pd

from pipelines.ids import sha256_hex, stable_id

TEXT_A = 'On 21 February 1972 Zhou Enlai said: "Taiwan is a province of China." Nixon agreed.'
TEXT_B = "In late March 1969 the Chinese side stated that the border was closed."


def _span(text: str, part: str) -> tuple[str, int, int]:
    start = text.index(part)
    return part, start, start + len(part)


DOC_A = stable_id("doc", sha256_hex(TEXT_A))
DOC_B = stable_id("doc", sha256_hex(TEXT_B))
ZHOU = stable_id("person", "zhou enlai")
NIXON = stable_id("person", "richard nixon")
TALKS = stable_id(DOC_A, "exchange", "talks")


def documents() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "document_id": [DOC_A, DOC_B],
            "source_path": ["reports/a.txt", "reports/b.html"],
            "source_key": [None, None],
            "doc_type": [None, None],
            "place": [None, None],
            "event_date": [None, None],
            "disclosure_id": ["sample-2030", None],
            "notes": [None, None],
            "title": ["Beijing talks", None],
            "source_url": [None, "https://example.org/b"],
            "published_on": ["1972-02-22", "1969"],
            "is_sample": [True, True],
            "sha256": [sha256_hex(TEXT_A), sha256_hex(TEXT_B)],
            "text": [TEXT_A, TEXT_B],
        }
    )


def disclosures() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "disclosure_id": ["sample-2030"],
            "publisher": ["Sample Archive"],
            "title": ["Sample release of invented records"],
            "released_on": ["2030-12-20"],
            "period_start": ["1972"],
            "period_end": [None],
            "files": [2],
            "pages": [None],
            "topics": [["Invented talks"]],
            "source_url": [None],
            "terms": ["Written for tests"],
        }
    )


def people() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "person_id": [ZHOU, NIXON],
            "name": ["Zhou Enlai", "Richard Nixon"],
            "aliases": [["Chou En-lai"], []],
            "role": ["Premier", None],
            "country": ["CN", "US"],
            "frus_person_ids": [["frus1969-76v17#p_ZE_1"], []],
        }
    )


def person_mentions() -> pd.DataFrame:
    rows = [(ZHOU, *_span(TEXT_A, "Zhou Enlai")), (NIXON, *_span(TEXT_A, "Nixon"))]
    return pd.DataFrame(
        {
            "mention_id": [stable_id("mention", DOC_A, r[2]) for r in rows],
            "document_id": [DOC_A, DOC_A],
            "person_id": [r[0] for r in rows],
            "text": [r[1] for r in rows],
            "char_start": [r[2] for r in rows],
            "char_end": [r[3] for r in rows],
        }
    )


def statements() -> pd.DataFrame:
    a = _span(TEXT_A, "Taiwan is a province of China.")
    b = _span(TEXT_B, "the border was closed")
    return pd.DataFrame(
        {
            "statement_id": [stable_id("st", DOC_A, a[1]), stable_id("st", DOC_B, b[1])],
            "document_id": [DOC_A, DOC_B],
            "speaker_id": [ZHOU, None],
            "speaker_name": ["Zhou Enlai", "the Chinese side"],
            "text": [a[0], b[0]],
            "kind": ["direct", "indirect"],
            "cue": ["said", "stated"],
            "said_on": ["1972-02-21", None],
            "exchange_id": [TALKS, None],
            "addressee_id": [NIXON, None],
            "addressee_name": ["Nixon", None],
            "char_start": [a[1], b[1]],
            "char_end": [a[2], b[2]],
            "rule": ["quote_after_said", "reported_that"],
        }
    )


def exchanges() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "exchange_id": [TALKS],
            "document_id": [DOC_A],
            "kind": ["meeting"],
            "date": ["1972-02-21"],
            "place": [None],
            "participants": [[ZHOU, NIXON]],
            "subject": [None],
        }
    )


def exchange_participants() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "exchange_id": [TALKS, TALKS],
            "document_id": [DOC_A, DOC_A],
            "person_id": [ZHOU, NIXON],
            "listed_role": ["Premier", "President"],
            "side": ["CN", "US"],
            "present": [True, True],
        }
    )


def date_mentions() -> pd.DataFrame:
    a = _span(TEXT_A, "21 February 1972")
    b = _span(TEXT_B, "late March 1969")
    return pd.DataFrame(
        {
            "date_id": [stable_id("date", DOC_A, a[1]), stable_id("date", DOC_B, b[1])],
            "document_id": [DOC_A, DOC_B],
            "text": [a[0], b[0]],
            "value": ["1972-02-21", "1969-03"],
            "precision": ["day", "month"],
            "modifier": [None, "late"],
            "char_start": [a[1], b[1]],
            "char_end": [a[2], b[2]],
            "rule": ["day_month_year", "modifier_month_year"],
        }
    )


def rejects() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "source_path": ["reports/broken.xml"],
            "sha256": [sha256_hex(b"<broken")],
            "reason": ["XML parse error"],
            "stage": ["read"],
        }
    )


def good_tables() -> dict[str, pd.DataFrame]:
    return {
        "disclosures": disclosures(),
        "documents": documents(),
        "people": people(),
        "person_mentions": person_mentions(),
        "exchanges": exchanges(),
        "exchange_participants": exchange_participants(),
        "statements": statements(),
        "date_mentions": date_mentions(),
        "rejects": rejects(),
    }
