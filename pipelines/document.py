"""The value types that flow between readers, extractors, resolution and tables.

Contract: every type here is a frozen dataclass of plain values (str, int, bool, None, tuples),
so records are hashable, comparable and cheap to pickle.  Offsets are character offsets into
``Document.text``: ``text[char_start:char_end]`` is always the record's ``text``.
Extractors produce these records and never do I/O; readers produce ``Document``s.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Markup:
    """A span of ``Document.text`` that the source marks up (TEI): a block or a person name."""

    kind: str  # "head" | "dateline" | "p" | "signed" | "row" | "participant" | "subject"
    # | "person"
    char_start: int
    char_end: int
    ref: str | None = None  # for "person": the persons-list ID it points to (``@corresp``)


# Markup kinds of running text: a signature ("signed") and a table's row ("row") have kinds of
# their own, and are read as paragraphs by all but what must tell them apart (speaker turns).
TEXT_BLOCKS = ("p", "signed", "row")


@dataclass(frozen=True)
class ListedPerson:
    """An entry of a source's own list of persons (a FRUS volume's persons list)."""

    ref: str  # the list's ID for the person (``xml:id``)
    name: str  # display order: "Henry A. Kissinger"
    aliases: tuple[str, ...] = ()
    role: str | None = None  # as the list gives it
    family: str | None = None  # the family name ("Kissinger", "Kishi" of "Kishi Nobusuke")


@dataclass(frozen=True)
class Volume:
    """The published volume a record comes from (a FRUS volume): itself a release of records,
    described by its own header."""

    id: str  # the volume's ID, e.g. "frus1969-76v28"
    title: str
    released_on: str | None  # ISO partial date of its publication
    period_start: str | None = None  # years its records cover, from its title
    period_end: str | None = None
    source_url: str | None = None


@dataclass(frozen=True)
class Document:
    """One readable unit of a corpus: a news report, a FRUS document, ..."""

    document_id: str  # stable: derived from the content hash (see pipelines.ids)
    source_path: str  # relative to the corpus root, POSIX separators
    text: str
    sha256: str  # of the source file's bytes
    title: str | None = None
    source_url: str | None = None
    published_on: str | None = None  # ISO partial date: YYYY, YYYY-MM or YYYY-MM-DD
    is_sample: bool = False  # True for documents written as samples, not real sources
    # Structured sources (TEI) only:
    source_key: str | None = None  # the source's own ID, e.g. "frus1969-76v19p2/d131"
    doc_type: str | None = None  # "memorandum of conversation", "editorial note", ...
    place: str | None = None  # from the dateline
    event_date: str | None = None  # ISO partial date of the conversation or events recorded
    notes: str | None = None  # footnotes and source notes, kept apart from ``text``
    markup: tuple[Markup, ...] = ()
    persons: tuple[ListedPerson, ...] = ()
    # the list's other entries of a family name it refers to: where the editors linked a
    # mention to the wrong one of two namesakes (two Dulles brothers), the right one
    namesakes: tuple[ListedPerson, ...] = ()
    # the volume's persons-list entries that alone hold a monarch's title ("Shah of Iran"),
    # for a record that names them by title only ("Shah said ...")
    sovereigns: tuple[ListedPerson, ...] = ()
    volume: Volume | None = None  # the volume the record was published in
    # An undated record's place in a chronological volume (an editorial note): the day halfway
    # between the dated records around it.  Not its date, nothing is dated by it: a month and
    # day its text gives without a year take the year that puts them nearest this day.
    reference_date: str | None = None


@dataclass(frozen=True)
class Reject:
    """A corpus file that did not become a document, and why."""

    source_path: str
    reason: str
    stage: str  # "discover" | "read" | "extract"
    sha256: str | None = None


@dataclass(frozen=True)
class DateMention:
    """A temporal expression that points at a calendar year, month or day."""

    text: str
    value: str  # ISO partial date: YYYY, YYYY-MM or YYYY-MM-DD
    precision: str  # "year" | "month" | "day"
    char_start: int
    char_end: int
    modifier: str | None = None  # "early" | "mid" | "late" | "approx" | None
    rule: str = ""  # which rule produced it (for tracing)


@dataclass(frozen=True)
class PersonMention:
    """A span of the text that names or refers to a person of the document."""

    person_key: str  # document-local key of a LocalPerson
    text: str
    char_start: int
    char_end: int


@dataclass(frozen=True)
class LocalPerson:
    """A person as one document knows them, before resolution across documents."""

    key: str  # document-local key (the normalised full name)
    name: str  # the fullest name the document gives
    aliases: tuple[str, ...] = ()
    role: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2 (or SU for the Soviet Union)
    # the persons-list entries of the source that are this person ("frus1977-80v21#p_KK_1")
    list_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Statement:
    """Words attributed to a speaker: quoted (direct) or reported (indirect)."""

    text: str
    kind: str  # "direct" | "indirect"
    char_start: int
    char_end: int
    speaker_name: str | None  # as resolved in the document, or the non-person speaker's phrase
    speaker_key: str | None = None  # LocalPerson.key, None when the speaker is not a person
    cue: str | None = None
    said_on: str | None = None  # ISO partial date or None when unknown
    rule: str = ""
    exchange_key: str | None = None  # ExchangeRecord.key of the conversation it was said in
    addressee_key: str | None = None  # LocalPerson.key of the one person it was said to


@dataclass(frozen=True)
class ExchangeRecord:
    """A conversation (meeting, call, ...) a document records or reports."""

    key: str  # document-local key
    kind: str  # "meeting" | "call" | "exchange"
    date: str | None  # ISO partial date
    place: str | None
    participants: tuple[str, ...]  # LocalPerson keys
    subject: str | None
    char_start: int  # where the document records or reports it
    char_end: int
    # (LocalPerson key, country code) of the side a participants list names a party under
    sides: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one document."""

    document: Document
    people: tuple[LocalPerson, ...] = ()
    mentions: tuple[PersonMention, ...] = ()
    statements: tuple[Statement, ...] = ()
    dates: tuple[DateMention, ...] = ()
    exchanges: tuple[ExchangeRecord, ...] = ()
    notes: tuple[str, ...] = field(default=())  # warnings worth surfacing in the build summary
