"""People audit: what a person should check in a published version's people table.

Contract: ``audit_people(people, mentions, statements) -> PeopleAudit`` takes three published
tables as pandas frames (``people``: person_id, name, role, country; ``person_mentions``:
person_id; ``statements``: speaker_id) and returns findings, one ``Finding`` per person and
check, plus a ``Summary``.  Pure and deterministic: no files, no printing; the same tables give
the same findings in the same order.  ``render_text`` and ``write_csv`` present an audit;
``version_folder`` and ``read_tables`` are the only functions here that touch files (for
``python -m pipelines audit people OUTPUT``).  Findings are questions for a reviewer, not
errors: every check has false positives (a surname that is also a country word, a real
mononym), which is why each finding says what caught it.

The checks, most important first (``CHECKS``); within a check, the most mentioned first:

* ``surname``: people sharing a family name (``names.surname``: the last word, suffixes and
  leading titles left out; first for two-part Chinese or Korean names) -- likely one person
  under several IDs.  A bare surname or a name whose first word is not a name ("Given
  Smith") is flagged, and such groups come first.  (The code has no nickname table, so
  "Bill"/"William" pairs are not told apart from other pairs.)
* ``no-role``: people without a role.
* ``not-a-name``: names that look like places, organisations or headings: a country, place
  or organisation word (``pipelines.extract.lexicon``), an outline label ("B. Background"), a
  first word that is an English verb, adverb or adjective and not a given name ("Tactically
  Richard"), one word, or a contraction ("I'm").
* ``no-country``: people with a role but no country.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipelines.extract.lexicon import COUNTRY_WORDS, NONPERSON_HEADS, PLACES, TITLES
from pipelines.extract.names import fold, surname
from pipelines.publish.store import LATEST

CHECKS = {
    "surname": "Surnames with several IDs",
    "no-role": "People with no role",
    "not-a-name": "Names that look like places, organisations or headings",
    "no-country": "People with a role but no country",
}
CSV_COLUMNS = ("check", "person_id", "name", "role", "detail", "mentions", "statements")
TABLES = ("people", "person_mentions", "statements")

_SUFFIXES = frozenset(["jr", "sr", "ii", "iii", "iv"])
_TITLE_WORDS = frozenset(w for t in TITLES for w in t.split())
# Words that open a place's name and are in none of the lexicon's lists ("Cape Verde",
# "Port Elizabeth"); the extractor does not need them, the audit does.
_PLACE_LEADS = frozenset(["cape", "port", "fort", "mount", "mt.", "lake", "isla", "isle",
                          "camp", "cap", "puerto", "porto"])
_COUNTRY_WORDS = frozenset(w for w in COUNTRY_WORDS if w != "us")  # "us" is a pronoun too
_OUTLINE = re.compile(r"(?:[A-Z]|[IVX]{1,4}|\d{1,2})\.$")  # "B.", "IV.", "3."
_CONTRACTION = re.compile(r"['’](?:m|re|ll|ve|d|s|t)?(?!\w)")  # "I’m", "Commissioner’"
_EDGE_PUNCT = "\"'’‘“”.,;:()"
_ONE_WORD = "one word"
_NON_NAME_SENSES = frozenset(["verb", "adv", "adj", "function"])


@dataclass(frozen=True)
class Finding:
    check: str
    person_id: str
    name: str
    role: str | None
    detail: str
    mentions: int
    statements: int
    group: str = field(default="", compare=False)  # the surname, for the text's grouping


@dataclass(frozen=True)
class Summary:
    people: int
    with_role: int
    with_country: int  # among those with a role
    counts: dict[str, int]  # findings per check
    surnames: int  # surnames with several IDs


@dataclass(frozen=True)
class PeopleAudit:
    findings: list[Finding]
    summary: Summary

    def of(self, check: str) -> list[Finding]:
        return [f for f in self.findings if f.check == check]


# ---------------------------------------------------------------------------- the checks


def audit_people(people: pd.DataFrame, mentions: pd.DataFrame,
                 statements: pd.DataFrame) -> PeopleAudit:
    """Every check's findings over the published tables, in ``CHECKS`` order."""
    rows = _people_rows(people, mentions, statements)
    findings = [*_surnames(rows), *_no_role(rows), *_not_names(rows), *_no_country(rows)]
    counts = {check: sum(f.check == check for f in findings) for check in CHECKS}
    with_role = [r for r in rows if r.role]
    summary = Summary(len(rows), len(with_role), sum(bool(r.country) for r in with_role),
                      counts, len({f.group for f in findings if f.check == "surname"}))
    return PeopleAudit(findings, summary)


@dataclass(frozen=True)
class _Person:
    person_id: str
    name: str
    role: str | None
    country: str | None
    mentions: int
    statements: int

    def finding(self, check: str, detail: str = "", group: str = "") -> Finding:
        return Finding(check, self.person_id, self.name, self.role, detail, self.mentions,
                       self.statements, group)


def _people_rows(people, mentions, statements) -> list[_Person]:
    """The people with their counts, most mentioned first (then by name, then ID)."""
    said = statements["speaker_id"].dropna().value_counts()
    named = mentions["person_id"].value_counts()
    rows = [_Person(p.person_id, p.name, _text(p.role), _text(p.country),
                    int(named.get(p.person_id, 0)), int(said.get(p.person_id, 0)))
            for p in people.itertuples(index=False)]
    return sorted(rows, key=_importance)


def _importance(p: _Person) -> tuple:
    return -p.mentions, -p.statements, p.name, p.person_id


def _text(value) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _words(name: str) -> list[str]:
    """The name's words without suffixes ("Jr.") or leading titles ("General", "Ambassador")."""
    words = [w for w in name.split() if w.lower().strip(_EDGE_PUNCT) not in _SUFFIXES]
    while len(words) > 1 and _is_title(words[0]):
        words = words[1:]
    return words or name.split()


def _is_title(word: str) -> bool:
    low = word.lower().strip(_EDGE_PUNCT.replace(".", ""))
    return low in _TITLE_WORDS or low.split("-")[0] in _TITLE_WORDS  # "Secretary-designate"


def family_name(name: str) -> str:
    """The family name as a key: folded, without punctuation ("O’Neill" -> "oneill")."""
    words = _words(name)
    return fold(surname(words)).strip(_EDGE_PUNCT) if words else ""


def _surnames(rows: list[_Person]) -> list[Finding]:
    groups: dict[str, list[_Person]] = defaultdict(list)
    for p in rows:
        if key := family_name(p.name):
            groups[key].append(p)
    given = _given_names(rows)
    found = []
    for key, members in groups.items():
        if len(members) < 2:
            continue
        label = surname(_words(members[0].name)).strip(_EDGE_PUNCT)
        flags = {p.person_id: _surname_flags(p, given) for p in members}
        found.append((not any(flags.values()), -sum(p.mentions for p in members), key,
                      [p.finding("surname", "; ".join([f"{label}: {len(members)} IDs",
                                                       *flags[p.person_id]]), key)
                       for p in members]))
    return [f for *_, group in sorted(found, key=lambda g: g[:3]) for f in group]


def _surname_flags(p: _Person, given: frozenset[str]) -> list[str]:
    """Why this one of several people of a surname is likely another's duplicate."""
    words = _words(p.name)
    if len(words) == 1:
        return ["bare surname"]
    if len(words) == 2 and _OUTLINE.fullmatch(words[0]):
        return [f"outline label or lone initial {words[0]!r}"]
    if _non_name_word(words[0], given) or _CONTRACTION.search(words[0]):
        return [f"first word {words[0]!r} is not a name"]
    return []


def _no_role(rows: list[_Person]) -> list[Finding]:
    return [p.finding("no-role") for p in rows if not p.role]


def _no_country(rows: list[_Person]) -> list[Finding]:
    return [p.finding("no-country", "role but no country") for p in rows
            if p.role and not p.country]


def _not_names(rows: list[_Person]) -> list[Finding]:
    given = _given_names(rows)
    found = [p.finding("not-a-name", "; ".join(why)) for p in rows
             if (why := name_doubts(p.name, given))]
    # a name doubted only for being one word is often a real mononym or a bare surname
    # (listed under surnames too): the other doubts first
    return sorted(found, key=lambda f: f.detail == _ONE_WORD)


def name_doubts(name: str, given: Iterable[str] = ()) -> list[str]:
    """Why a name may not be a person's (empty: no doubt).  ``given``: lowercase words known
    to be given names, never doubted as English words."""
    given = frozenset(given)
    words = _words(name)
    lows = [w.lower().strip(_EDGE_PUNCT) for w in words]
    doubts = []
    if len(words) > 1 and _OUTLINE.fullmatch(words[0]) and (
            len(words) == 2 or _non_name_word(words[1], given)):
        doubts.append(f"starts with an outline label {words[0]!r}")
    elif len(words) > 1 and _non_name_word(words[0], given):
        doubts.append(f"first word {words[0]!r} is an English word, not a name")
    places = [w for w in lows if _place_word(w)] + _country_phrases(" ".join(lows))
    if len(words) > 1 and lows[0] in _PLACE_LEADS:
        places.insert(0, lows[0])
    if places:
        doubts.append(f"place word {places[0]!r}")
    if len(words) > 1 and lows[-1] in NONPERSON_HEADS:
        doubts.append(f"organisation or thing word {lows[-1]!r}")
    if len(words) == 1:
        doubts.append(_ONE_WORD)
    if _CONTRACTION.search(name):
        doubts.append("contraction or stray apostrophe")
    return doubts


def _place_word(low: str) -> bool:
    return (low in _COUNTRY_WORDS or low in PLACES
            or (low.endswith("s") and (low[:-1] in _COUNTRY_WORDS or low[:-1] in PLACES)))


def _country_phrases(text: str) -> list[str]:
    return [w for w in _COUNTRY_WORDS if " " in w and re.search(rf"\b{re.escape(w)}\b", text)]


def _given_names(rows: Iterable[_Person]) -> frozenset[str]:
    """Words the table itself shows are given names: a first word before a middle initial
    ("Harry S. Truman", "Clement J. Smith")."""
    found = set()
    for p in rows:
        words = _words(p.name)
        if len(words) >= 3 and re.fullmatch(r"[A-Z]\.", words[1]):
            found.add(words[0].lower())
    return frozenset(found)


def _non_name_word(word: str, given: frozenset[str] = frozenset()) -> bool:
    """An English word the extractor would never take for part of a name
    (``people.ordinary_word``: "Tactically", "Influencing", "Given"), unless the table shows it
    as a given name."""
    low = word.lower().strip(_EDGE_PUNCT)
    if len(low) < 2 or low in given or _is_title(word):
        return False
    from pipelines.extract.people import ordinary_word  # loads spaCy's tables: only when asked

    return ordinary_word(low)


# ---------------------------------------------------------------------------- presenting


def render_text(audit: PeopleAudit, limit: int = 30) -> str:
    """The audit as text: one section per check (``limit`` entries each, 0: all; surname
    sections count surnames), then the summary line."""
    out = []
    for number, (check, title) in enumerate(CHECKS.items(), 1):
        found = audit.of(check)
        if check == "surname":
            out += _surname_section(number, title, found, limit)
        else:
            out += _section(number, title, found, limit)
        out.append("")
    out.append(summary_line(audit.summary))
    return "\n".join(out) + "\n"


def summary_line(s: Summary) -> str:
    counts = ", ".join(f"{check} {n}" for check, n in s.counts.items())
    return (f"summary: {s.people} people, {s.with_role} with a role ({_share(s.with_role, s.people)}),"
            f" {s.with_country} of those with a country ({_share(s.with_country, s.with_role)});"
            f" findings: {counts} (surnames: {s.surnames})")


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.0%}" if whole else "-"


def _section(number: int, title: str, found: list[Finding], limit: int) -> list[str]:
    lines = [f"{number}. {title}: {len(found)}"]
    shown = found[:limit] if limit else found
    lines += [_line(f, with_detail=f.check == "not-a-name") for f in shown]
    return lines + _left_out(len(found) - len(shown), "people")


def _surname_section(number: int, title: str, found: list[Finding], limit: int) -> list[str]:
    groups: dict[str, list[Finding]] = {}
    for f in found:
        groups.setdefault(f.group, []).append(f)
    head = (f"{number}. {title}: {len(groups)} surnames, {len(found)} people "
            "(those with a bare surname or an odd first word first)")
    lines = [head]
    shown = list(groups.values())[:limit] if limit else list(groups.values())
    for members in shown:
        lines.append(f"  {members[0].detail.split(';')[0]}")
        lines += ["  " + _line(f, with_detail=True, surname=True) for f in members]
    return lines + _left_out(len(groups) - len(shown), "surnames")


def _line(f: Finding, with_detail: bool, surname: bool = False) -> str:
    role = _cut(f.role or "(no role)", 40)
    detail = f.detail.split("; ", 1)[1] if surname and "; " in f.detail else (
        "" if surname else f.detail)
    text = (f"  {_cut(f.name, 30):30} {role:40} {f.mentions:5} mentions "
            f"{f.statements:4} statements")
    return f"{text}  <- {detail}" if with_detail and detail else text


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _left_out(n: int, what: str) -> list[str]:
    return [f"  ... and {n} more {what} (--limit 0 shows all)"] if n > 0 else []


def write_csv(audit: PeopleAudit, fh) -> None:
    """One row per finding (every finding, whatever the text's limit), ``CSV_COLUMNS``."""
    writer = csv.writer(fh, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for f in audit.findings:
        writer.writerow([f.check, f.person_id, f.name, f.role or "", f.detail, f.mentions,
                         f.statements])


# ---------------------------------------------------------------------------- files


def version_folder(output: Path) -> Path | None:
    """The version folder to audit: ``output`` itself when it is one (it holds
    people.parquet), else the version ``output/latest`` points to; None: no published version."""
    for folder in (Path(output), Path(output) / LATEST):
        if all((folder / f"{name}.parquet").is_file() for name in TABLES):
            return folder.resolve()
    return None


def read_tables(folder: Path) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The columns the audit reads of people, person_mentions and statements."""
    return (pd.read_parquet(folder / "people.parquet",
                            columns=["person_id", "name", "role", "country"]),
            pd.read_parquet(folder / "person_mentions.parquet", columns=["person_id"]),
            pd.read_parquet(folder / "statements.parquet", columns=["speaker_id"]))
