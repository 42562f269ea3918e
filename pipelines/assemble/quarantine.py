"""Quarantine: a document whose rows fail validation leaves the release; the rest publishes.

Contract: ``split(failures)`` sorts a piece's validation failures (``validate.Checked``) into
those of one document (a row of a document's table: a duplicate key, a span that does not
match the text, a bad date, a reference to a row the document does not have) and those of the
build: failures of no one row, of the tables built whole (people, disclosures, rejects), and
references into them (``speaker_id -> people``: a key the resolver made, wrong for every
document that uses it).  ``without(tables, document_ids)`` takes documents out of a piece's
tables, every row of theirs; ``reject(document, failures)`` is the ``Reject`` that records why
(stage ``validate``, each failed check with its column and offending value).  Pure functions.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from pipelines.document import Reject

# References into tables built for the whole corpus: a wrong one is the build's fault
BUILD_KEYS = ("->people.", "->disclosures.")
MAX_REASONS = 5  # checks spelled out in a reject's reason; the rest are counted
MAX_VALUE_CHARS = 60  # of an offending value in a reason


def split(failures: pd.DataFrame) -> tuple[dict[str, pd.DataFrame], pd.DataFrame]:
    """(document_id -> its failures, the build's failures)."""
    builds = failures["check"].astype(str).map(_builds).astype(bool)
    mine = failures["document_id"].notna().astype(bool) & ~builds
    by_document = {str(doc): group for doc, group in failures[mine].groupby("document_id",
                                                                           sort=True)}
    return by_document, failures[~mine]


def _builds(check: str) -> bool:
    return check.startswith("foreign_key:") and any(k in check for k in BUILD_KEYS)


def without(tables: Mapping[str, pd.DataFrame], document_ids: set[str]
            ) -> dict[str, pd.DataFrame]:
    """The tables less every row of ``document_ids``."""
    return {name: df[~df["document_id"].isin(document_ids)].reset_index(drop=True)
            if "document_id" in df.columns else df for name, df in tables.items()}


def reject(document: pd.Series, failures: pd.DataFrame) -> Reject:
    """The reject of a quarantined document (a row of ``documents``)."""
    key = document["source_key"]
    where = document["source_path"] if key is None or pd.isna(key) else (
        f"{document['source_path']}#{key}")
    return Reject(where, reason(failures), "validate", document["sha256"])


def reason(failures: pd.DataFrame) -> str:
    """"failed validation: statements.kind isin(...) ('rumour'); 2 more" -- each check once."""
    seen, parts = set(), []
    for rec in failures.to_dict("records"):
        what = (rec["table"], rec["column"], rec["check"])
        if what in seen:
            continue
        seen.add(what)
        column = f"{rec['table']}.{rec['column']}" if rec["column"] else rec["table"]
        parts.append(f"{column} {rec['check']} ({_short(rec['failure_case'])})")
    shown = "; ".join(parts[:MAX_REASONS])
    more = f"; and {len(parts) - MAX_REASONS} more" if len(parts) > MAX_REASONS else ""
    return f"failed validation: {shown}{more}"


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= MAX_VALUE_CHARS else text[: MAX_VALUE_CHARS - 3] + "..."
