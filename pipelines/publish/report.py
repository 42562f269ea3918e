"""report.html: a release report a newcomer can read in a minute.

Contract: ``report_html(version, bump, previous, tables, delta)`` returns one self-contained
HTML page (inline CSS and SVG, no script, no network): rows per table, a timeline of
statements by the year they were said and by speaker, the people most quoted, the validation
checks every table passed, and the changes since the previous version.  Deterministic: the
same inputs give the same bytes (no clock).
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Mapping
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from pipelines.publish.changes import KINDS, Delta
from schemas import tables as specs

TOP_SPEAKERS = 6
MOST_QUOTED = 15  # rows of the "most quoted" table: a glance, not a ranking of everyone
PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#9e9e9e"]
CSS = """
body{font:15px/1.45 system-ui,sans-serif;margin:2em auto;max-width:60em;color:#222;padding:0 1em}
h1{font-size:1.6em;margin-bottom:.2em} h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ddd}
table{border-collapse:collapse;margin:.5em 0} td,th{padding:.2em .8em;border-bottom:1px solid #eee;text-align:left}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums} .muted{color:#666}
.legend span{display:inline-block;margin-right:1em} .legend i{display:inline-block;width:.8em;height:.8em;margin-right:.3em}
"""


# The columns the report reads; every other table is only counted
SUMMARY_COLUMNS = {"statements": ["speaker_id", "speaker_name", "said_on", "kind"],
                   "people": ["person_id", "name"], "documents": ["is_sample"]}


def summary_tables(directory: Path) -> dict[str, pd.DataFrame]:
    """What ``report_html`` needs of a version's Parquet files: a few columns of three tables,
    the row count of the others (never a text column, so it stays small)."""
    out = {}
    for name in specs.TABLES:
        path = Path(directory) / f"{name}.parquet"
        columns = SUMMARY_COLUMNS.get(name)
        if columns is None:
            out[name] = pd.DataFrame(index=range(pq.ParquetFile(path).metadata.num_rows))
        else:
            out[name] = pq.read_table(path, columns=columns).to_pandas()
    return out


def _e(value: object) -> str:
    return html.escape(str(value))


def _counts(tables: Mapping[str, pd.DataFrame]) -> str:
    rows = "".join(f"<tr><td>{_e(name)}</td><td class=n>{len(tables[name]):,}</td>"
                   f"<td class=muted>{_e(specs.TABLES[name].description)}</td></tr>"
                   for name in specs.TABLES)
    return f"<table><tr><th>table</th><th class=n>rows</th><th>one row per</th></tr>{rows}</table>"


def _speaker_names(tables: Mapping[str, pd.DataFrame]) -> pd.Series:
    st = tables["statements"]
    people = dict(zip(tables["people"]["person_id"], tables["people"]["name"]))
    ids = st["speaker_id"].astype(object)
    names = st["speaker_name"].astype(object)
    return pd.Series([people.get(i) if isinstance(i, str) else n for i, n in zip(ids, names)],
                     index=st.index, dtype=object)


def _timeline(tables: Mapping[str, pd.DataFrame]) -> str:
    st = tables["statements"]
    years = [v[:4] if isinstance(v, str) else None for v in st["said_on"].astype(object)]
    speakers = _speaker_names(tables)
    dated = [(y, s or "(unnamed)") for y, s in zip(years, speakers) if y]
    if not dated:
        return "<p class=muted>No statement has a date.</p>"
    top = [s for s, _ in Counter(s for _, s in dated).most_common(TOP_SPEAKERS)]
    groups = [*top, "others"]
    by_year: dict[str, Counter] = {}
    for year, speaker in dated:
        by_year.setdefault(year, Counter())[speaker if speaker in top else "others"] += 1
    first, last = int(min(by_year)), int(max(by_year))
    span = list(range(first, last + 1))
    peak = max(sum(c.values()) for c in by_year.values())
    width, height, left, bottom = 720, 260, 40, 30
    bar = max(2.0, (width - left) / len(span) * 0.8)
    step = (width - left) / len(span)
    parts = [(f'<svg viewBox="0 0 {width} {height + bottom}" width="100%" role="img" '
              f'aria-label="Statements by year said and speaker">'),
             f'<line x1="{left}" y1="{height}" x2="{width}" y2="{height}" stroke="#999"/>',
             f'<text x="{left - 6}" y="12" text-anchor="end" font-size="11">{peak}</text>',
             f'<text x="{left - 6}" y="{height}" text-anchor="end" font-size="11">0</text>']
    for i, year in enumerate(span):
        x, y = left + i * step + (step - bar) / 2, float(height)
        for g, group in enumerate(groups):
            n = by_year.get(str(year), Counter())[group]
            if not n:
                continue
            h = n / peak * (height - 10)
            y -= h
            parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                         f'fill="{PALETTE[g]}"><title>{year}: {_e(group)} {n}</title></rect>')
        if len(span) <= 12 or year % 5 == 0:
            parts.append(f'<text x="{x + bar / 2:.1f}" y="{height + 18}" font-size="11" '
                         f'text-anchor="middle">{year}</text>')
    parts.append("</svg>")
    legend = "".join(f'<span><i style="background:{PALETTE[g]}"></i>{_e(name)}</span>'
                     for g, name in enumerate(groups))
    undated = len(st) - len(dated)
    return ("".join(parts) + f'<p class=legend>{legend}</p>'
            f"<p class=muted>{len(dated):,} statements dated; {undated:,} with no date "
            "(<code>said_on</code> left null rather than guessed).</p>")


def _most_quoted(tables: Mapping[str, pd.DataFrame]) -> str:
    st = tables["statements"]
    names = _speaker_names(tables)
    counts = Counter(n for n in names if n)
    if not counts:
        return "<p class=muted>No statements.</p>"
    kinds = {n: Counter() for n in counts}
    for n, k in zip(names, st["kind"]):
        if n:
            kinds[n][k] += 1
    rows = "".join(
        f"<tr><td>{_e(n)}</td><td class=n>{c}</td><td class=n>{kinds[n]['direct']}</td>"
        f"<td class=n>{kinds[n]['indirect']}</td></tr>"
        for n, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:MOST_QUOTED])
    return ("<table><tr><th>speaker</th><th class=n>statements</th><th class=n>direct</th>"
            f"<th class=n>indirect</th></tr>{rows}</table>")


def _validation() -> str:
    rows = []
    for name, spec in specs.TABLES.items():
        checks = sum(bool(f.enum) + bool(f.pattern) + (f.minimum is not None) + f.unique
                     + (not f.nullable) for f in spec.fields)
        checks += len(spec.foreign_keys) + len(spec.row_checks) + 2 * spec.text_span
        rows.append(f"<tr><td>{_e(name)}</td><td class=n>{len(spec.fields)}</td>"
                    f"<td class=n>{checks}</td><td>{len(spec.foreign_keys)}</td></tr>")
    return ("<p>Every table passed validation (pandera, generated from <code>schemas/</code>); "
            "a version that fails is never published.</p><table><tr><th>table</th>"
            "<th class=n>columns</th><th class=n>checks</th><th>foreign keys</th></tr>"
            + "".join(rows) + "</table>")


def _changes(previous: str | None, delta: Delta) -> str:
    if previous is None:
        return "<p>First version: every row is new.</p>"
    counts = delta.counts
    if not counts:
        return f"<p>No row changed since {_e(previous)}.</p>"
    rows = "".join(f"<tr><td>{_e(t)}</td>" + "".join(
        f"<td class=n>{counts[t][k]}</td>" for k in KINDS) + "</tr>" for t in sorted(counts))
    return (f"<p>Since {_e(previous)} (row by row: <code>changes.csv</code>):</p><table><tr>"
            "<th>table</th><th class=n>added</th><th class=n>changed</th>"
            f"<th class=n>removed</th></tr>{rows}</table>")


def report_html(version: str, bump: str, previous: str | None,
                tables: Mapping[str, pd.DataFrame], delta: Delta) -> str:
    docs = tables["documents"]
    samples = int(docs["is_sample"].astype(bool).sum()) if len(docs) else 0
    sample_note = (f"<p class=muted>{samples} of {len(docs)} documents are samples written for "
                   "the project, not sources.</p>" if samples else "")
    return (
        "<!doctype html><html lang=en><head><meta charset=utf-8>"
        f"<title>Diplomatic statements {_e(version)}</title><style>{CSS}</style></head><body>"
        f"<h1>Diplomatic statements {_e(version)}</h1>"
        f"<p class=muted>Release report. Version bump: {_e(bump)}"
        f"{'' if previous is None else ' since ' + _e(previous)}.</p>{sample_note}"
        f"<h2>What is in it</h2>{_counts(tables)}"
        f"<h2>When the statements were said</h2>{_timeline(tables)}"
        f"<h2>Most quoted</h2>{_most_quoted(tables)}"
        f"<h2>Validation</h2>{_validation()}"
        f"<h2>Changes</h2>{_changes(previous, delta)}"
        "<p class=muted>Tables: Parquet and CSV; the data dictionary is data_dictionary.md; "
        "diplomatic.db opens in Datasette (<code>make explore</code>).</p>"
        "</body></html>\n")
