"""Read FRUS TEI XML (a whole volume or a single-document file) into ``Document``s.

Contract: ``read_tei(path, corpus_root)`` returns one ``Document`` per ``div[@type="document"]``
and a ``Reject`` for each division that cannot be rendered; a file that cannot be parsed at all
raises ``ReadError`` with the parser's message.  Elements are matched by local name, so both
FRUS encodings (2015 and current, whose ``frus`` prefix has another namespace URI) read alike.

- ``Document.text`` is the division's plain text: its head, dateline, lists and paragraphs, one
  block per paragraph (blocks separated by a blank line).  Footnotes and source notes are never
  in it; they go to ``Document.notes``, so nothing is extracted from them.
- ``Document.markup`` records, with offsets into ``text``, each block (head, dateline, p, item,
  participant, subject; a signature ``signed`` and a table ``row`` each of its own kind) and
  each ``persName`` (with its ``@corresp`` reference).
- ``Document.persons`` lists the volume's persons-list entries that the division refers to,
  ``Document.namesakes`` the list's other entries of their family names.
- A division without a date of its own (an editorial note) gets a ``reference_date`` from the
  dated divisions around it (``with_reference_dates``); its ``event_date`` stays null.

Parsing is safe: no DTD loading, no network, entities are never expanded (an entity reference
renders as nothing), and a file that declares entities is refused outright.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import NamedTuple

from lxml import etree

from pipelines.document import TEXT_BLOCKS, Document, ListedPerson, Markup, Reject, Volume
from pipelines.ids import sha256_hex, stable_id
from pipelines.readers.text import ReadError
from pipelines.readers.volume import read_volume

SUFFIXES = {".xml"}
URL = "https://history.state.gov/historicaldocuments/{volume}/{doc}"

# Elements that start a block of text of their own.
BLOCKS = {"head", "p", "item", "dateline", "signed", "salute", "postscript",
          "row", "quote", "byline", "label", "trailer", "ab"}
CONTAINERS = {"list", "opener", "closer", "table"}  # break the text, hold blocks
SKIP = {"note", "teiHeader", "figure", "graphic", "fw"}
_WS = re.compile(r"\s+")
# Older files list participants as paragraphs after a "PARTICIPANTS:" one: a list never runs
# longer than this many paragraphs, and a paragraph longer than these is prose, not a name.
_MOST_PARTICIPANTS = 40
_PROSE_CHARS = 200
_PROSE_WORDS = 12  # in a paragraph that ends like a sentence

# Document types by the words of the title; the first that matches wins, so the specific
# precede the general ("Memorandum of Conversation" before "Memorandum").
DOC_TYPES = (
    ("editorial note", r"\beditorial note\b"),
    ("telephone conversation", r"\btelephone conversation\b|\btelcon\b"),
    ("memorandum of conversation",
     (r"\bmemorandum (?:of|for the record of) (?:a )?conversation\b|\bmemcon\b|\bconversation\b|"
      r"\b(?:summary|record|memorandum|notes?) of (?:the )?conversations\b")),
    # a record of a meeting is its minutes: "Memorandum of Discussion at the 437th Meeting of
    # the National Security Council", "Memorandum of Conference With the President", "Notes
    # on a Meeting with ...", "Record of a Meeting", "Notes of Discussion", "Notes of the
    # Secretary's Staff Meeting", "Memorandum on the Substance of Discussions at a Department of
    # State-Joint Chiefs of Staff Meeting", "Transcript of Meeting", "Memorandum for the
    # President of Discussion at the 2nd Meeting"; not a record of the actions or conclusions a
    # meeting took, which reports no talk
    ("minutes", (r"\bminutes\b|\bmemorandum of (?:an?\s+)?(?:\w+\s+)?(?:discussion|conference)\b|"
                 r"\b(?:notes|record|summary)\s+(?:of|on)\s+(?:the\s+)?discussions?\b|"
                 r"\bmemorandum\s+(?:on|of)\s+the\s+substance\s+of\s+(?:the\s+)?discussions?\b|"
                 r"\bof\s+discussions?\s+at\s+(?:an?|the)\s+(?:[\w\-–’']+\s+){0,6}meetings?\b|"
                 r"\b(?:notes|record|summary|memorandum|transcript)\s+(?:for\s+the\s+files\s+)?"
                 r"(?:on|of)\s+(?!(?:actions?|conclusions|decisions)\b)(?:an?\s+|the\s+)?"
                 r"(?:[\w\-’']+\s+){0,6}meetings?\b")),
    ("telegram", r"\btelegram\b|\bcable\b|\bairgram\b|\bbackchannel message\b"),
    ("letter", r"\bletter\b"),
    ("message", r"\bmessage\b"),
    ("intelligence estimate", r"\bestimate\b"),
    ("report", r"\breport\b"),
    ("paper", r"\bpaper\b|\bstudy\b|\bmemorandum\b"),
    ("record", r"\bnotes?\b|\brecord\b|\btranscript\b|\bdiary\b"),
)


def _local(el) -> str:
    tag = el.tag
    if not isinstance(tag, str):
        return ""  # comments, processing instructions, entity references
    return local_name(tag)


@lru_cache(maxsize=256)  # a file uses a few dozen tags, each on thousands of elements
def local_name(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _attr(el, name: str) -> str | None:
    """An attribute by local name, whatever its namespace (``frus:doc-dateTime-min``)."""
    for key, value in el.attrib.items():
        if key.rsplit("}", 1)[-1] == name:
            return value
    return None


def parse(data: bytes):
    # collect_ids=False: a volume that gives one xml:id twice (seen in real FRUS volumes) is
    # still read; nothing here looks elements up by ID
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False, remove_comments=True, remove_pis=True,
                             collect_ids=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise ReadError(f"malformed XML: {exc}") from exc
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise ReadError("XML declares entities in its DTD: refused (entity expansion is unsafe)")
    return root


class _Span(NamedTuple):
    """A span of the text that one element (a block or a ``persName``) covers."""

    kind: str  # a ``Markup`` kind
    start: int
    end: int
    ref: str | None  # a ``persName``'s reference


class _Builder:
    """Plain text with whitespace collapsed, and the offsets of the spans opened in it."""

    def __init__(self):
        self.parts: list[str] = []
        self.length = 0
        self.last = "\n"  # the text starts as if after a block break
        self.spans: list[_Span | None] = []  # in the order the elements open

    def reserve(self) -> int:
        """A place among the spans for the element opening now: its span fills it at its end
        (a block opens before the names inside it, and is listed before them)."""
        self.spans.append(None)
        return len(self.spans) - 1

    def add(self, s: str | None) -> None:
        if not s:
            return
        s = _collapse(s)
        if self.last in " \n":
            s = s.lstrip(" ")
        if s:
            self.parts.append(s)
            self.length += len(s)
            self.last = s[-1]

    def block_break(self) -> None:
        if self.last == "\n":
            return
        if self.last == " ":  # drop a trailing space before the break
            self.parts[-1] = self.parts[-1][:-1]
            self.length -= 1
        self.parts.append("\n\n")
        self.length += 2
        self.last = "\n"

    def text(self) -> str:
        return "".join(self.parts).rstrip()


def _collapse(s: str) -> str:
    """``_WS.sub(" ", s)`` for a non-empty string: every run of whitespace becomes one space
    (split and join do it without a regular expression; called for every piece of text)."""
    if "  " not in s and s.isprintable():
        # printable: no whitespace but the plain space (the others are control characters or
        # separators), and no two in a row: already collapsed, as most pieces are
        return s
    if s.isspace():  # the indentation between elements, the other half of the pieces
        return " "
    words = s.split()
    if not words:
        return " "
    return (" " if s[0].isspace() else "") + " ".join(words) + (" " if s[-1].isspace() else "")


def _render(div, builder: _Builder, notes: list[str]) -> None:
    """Walk ``div``, adding its text to ``builder`` and its footnotes to ``notes``."""
    for child in div:
        name = _local(child)
        if name == "note":
            note = _Builder()
            note.add(child.text)
            _render(child, note, notes)
            notes.append(note.text())
        elif name in SKIP or not name:
            pass
        else:
            _element(child, name, builder, notes)
        builder.add(child.tail)


def _element(el, name: str, builder: _Builder, notes: list[str]) -> None:
    kind = _block_kind(el, name)
    if kind:
        builder.block_break()
    start = builder.length
    # a container only breaks the text: its blocks are the spans
    slot = builder.reserve() if (kind and kind != "container") or name == "persName" else None
    if name == "lb":
        builder.add(" ")
    builder.add(el.text)
    _render(el, builder, notes)
    if slot is not None:
        builder.spans[slot] = _Span(kind or "person", start, builder.length,
                                    _ref(el) if name == "persName" else None)
    if kind:
        builder.block_break()


def _block_kind(el, name: str) -> str | None:
    if name not in BLOCKS and name not in CONTAINERS:
        return None
    if name == "item":
        parent = el.getparent()
        list_type = (parent.get("type") or "") if parent is not None else ""
        if list_type in ("participants", "subject"):
            return "participant" if list_type == "participants" else "subject"
    if name in CONTAINERS:
        return "container"
    return name if name in ("head", "dateline", "signed", "row") else "p"


def _ref(el) -> str | None:
    ref = el.get("corresp") or el.get("ref")
    if not ref:
        return None
    ref = ref.split()[0]
    return ref.split("#", 1)[-1] or None


def _finish_spans(text: str, spans: list[_Span]) -> tuple[Markup, ...]:
    """The spans as markup, trimmed to the text they hold (empty ones left out).  A person
    name nested in another over the same words (``<persName><persName>Marshall
    Wright</persName></persName>``, seen in real volumes) is one name: the outer one stays."""
    out = []
    named: set[tuple[int, int]] = set()
    for span in spans:
        start, end = span.start, min(span.end, len(text))
        while start < end and text[start] in " \n":
            start += 1
        while end > start and text[end - 1] in " \n":
            end -= 1
        if end <= start or (span.kind == "person" and (start, end) in named):
            continue
        if span.kind == "person":
            named.add((start, end))
        out.append(Markup(span.kind, start, end, span.ref))
    return tuple(out)


_PARTICIPANTS_HEAD = re.compile(r"(?:ALSO\s+)?(?:PARTICIPANTS|PRESENT)\s*:?", re.IGNORECASE)
# the heading and the first participant in one paragraph, the others in the next ones
_FIRST_PARTICIPANT = re.compile(r"(?:PARTICIPANTS|Participants|PRESENT|Present)\s*:\s+"
                                r"[^.:;\n]{2,80}")
_FIELD_LINE = re.compile(r"[A-Z][A-Z &/]+:")  # "DATE & TIME:", "PLACE:", "SUBJECT:"
# a side's heading opening the record's body, its people on the lines below: "United States:",
# "The Pakistani Side:" (before any prose, where nothing else stands so)
_SIDE_HEAD = re.compile(r"(?!(?:Subject|Attachments?|Enclosures?|References?|Problem|Background|"
                        r"Discussion|Recommendations?|Summary|Distribution)\b)"
                        r"(?:The\s+)?(?:[A-Z][\w.’'\-]*\s+){0,3}[A-Z][\w.’'\-]*\s*:")


# a line of a participants list: a name with its titles and office, no sentence ("Vice
# President Doe", "Mr. Roe, Minister of Finance"); not a greeting's body or a section's text
_NAME_LINE = re.compile(r"(?:[A-Z][\w.’'\-]*\s+){1,5}[A-Z][\w.’'\-]*(?:,\s+[^.;:!?]{2,80})?")


def _lists_a_name(text: str, block: Markup | None) -> bool:
    line = text[block.char_start:block.char_end].strip() if block is not None else ""
    return bool(_NAME_LINE.fullmatch(line)) and not line.isupper()  # no title in capitals


def participant_paragraphs(text: str, markup: tuple[Markup, ...]) -> tuple[Markup, ...]:
    """Older files list participants as plain paragraphs after a "PARTICIPANTS:" one: mark
    them as participants, up to the next field line ("PLACE:") or a paragraph of prose."""
    out, listing, opening = [], 0, True
    blocks = [m for m in markup if m.kind in TEXT_BLOCKS]
    after = {id(a): b for a, b in pairwise(blocks)}
    for m in markup:
        if m.kind == "person":
            out.append(m)
            continue
        body = text[m.char_start:m.char_end]
        if m.kind in TEXT_BLOCKS and (_PARTICIPANTS_HEAD.fullmatch(body.strip()) or opening and (
                _SIDE_HEAD.fullmatch(body.strip()) and not _FIELD_LINE.fullmatch(body.strip())
                and _lists_a_name(text, after.get(id(m))))):
            listing = _MOST_PARTICIPANTS
            out.append(Markup("head", m.char_start, m.char_end))
            continue
        if m.kind in TEXT_BLOCKS and _FIRST_PARTICIPANT.fullmatch(body.strip()):
            listing = _MOST_PARTICIPANTS  # "Participants: President Rhee", the rest below
            out.append(Markup("participant", m.char_start, m.char_end))
            continue
        if listing and m.kind in TEXT_BLOCKS:
            prose = len(body) > _PROSE_CHARS or body.rstrip().endswith((".", "?", "!", ":")) and (
                len(body.split()) > _PROSE_WORDS)
            if _FIELD_LINE.match(body) or prose or re.match(r"[^:]{1,40}:\s", body):
                listing = 0
                opening = opening and bool(_FIELD_LINE.match(body))  # "PLACE:" may go on
            else:
                listing -= 1
                out.append(Markup("participant", m.char_start, m.char_end))
                continue
        elif m.kind not in TEXT_BLOCKS:
            listing = 0
        elif len(body) > _PROSE_CHARS or body.rstrip().endswith((".", "?", "!")):
            opening = False  # the record's prose has begun
        out.append(m)
    return tuple(out)


def volume_id(root, path: Path) -> str:
    for el in root.iter("{*}idno"):  # by local name, in any namespace
        if el.get("type") == "frus" and (el.text or "").strip():
            return el.text.strip()
    xml_id = root.get("{http://www.w3.org/XML/1998/namespace}id")
    return xml_id or path.stem.split("_")[0]


def is_sample(root) -> bool:
    """A file written as a sample says so in its header: ``<note type="sample">true</note>``."""
    for el in root.iter():
        name = _local(el)
        if name == "text":
            return False  # the header is over
        if name == "note" and el.get("type") == "sample":
            return (el.text or "").strip().lower() in ("true", "yes", "1")
    return False


def volume_year(root) -> str | None:
    """The one year a volume covers, when its title names a single year ("Vietnam,
    January–June 1965"): it dates the records that do not date themselves."""
    for el in root.iter():
        name = _local(el)
        if name == "text":
            return None
        if name == "title" and el.get("type") == "volume":
            years = set(re.findall(r"\b(1[89]\d\d|20\d\d)\b", "".join(el.itertext())))
            spans = re.search(r"\b\d{4}\s*[-–]\s*\d{2,4}\b", "".join(el.itertext()))
            return years.pop() if len(years) == 1 and not spans else None
    return None


def publication_year(root) -> str | None:
    for el in root.iter("{*}publicationStmt"):
        for d in el:
            if _local(d) == "date" and d.get("type") in (None, "publication-date"):
                m = re.search(r"\b(1[89]\d\d|20\d\d)\b", "".join(d.itertext()))
                if m:
                    return m.group(1)
    return None


def persons_list(root) -> dict[str, ListedPerson]:
    """The persons list of the volume (``front``), by ``xml:id``."""
    out: dict[str, ListedPerson] = {}
    pointers: dict[str, str] = {}  # a cross-reference's ID -> the ID its "see" links to
    xml_id = "{http://www.w3.org/XML/1998/namespace}id"
    for el in root.iter("{*}persName"):
        if not el.get(xml_id):
            continue
        item = el
        while item is not None and _local(item) != "item":
            item = item.getparent()
        if item is not None:
            linked = [x.get("corresp") for x in item.iter("{*}persName") if x is not el
                      and (x.get("corresp") or "").startswith("#")]
            if len(linked) == 1:
                pointers[el.get(xml_id)] = linked[0][1:]
        raw = _WS.sub(" ", "".join(el.itertext())).strip()
        role = None
        if item is not None:
            whole = _WS.sub(" ", "".join(item.itertext())).strip()
            role = whole.split(raw, 1)[-1].lstrip(" ,;:").strip() or None
            suffix = re.match(r"((?:Jr|Sr)\.|I{2,3}\b)[,;]?\s*", role or "")
            if suffix:  # "Connally, John B., Jr.": the suffix sits outside the persName
                raw = f"{raw.rstrip(',')}, {suffix.group(1)}"
                role = role[suffix.end():] or None
        raw = raw.rstrip(",").strip()
        name, aliases = display_name(raw)
        family = raw.split(",")[0].split("(")[0].split()
        family = (family[-1] if "," in raw else family[0]) if family else None
        out[el.get(xml_id)] = ListedPerson(el.get(xml_id), name, aliases, role, family)
    return _cross_referenced(out, pointers)


# a persons-list entry that only points to another ("Caramanlis, Constantine, see Karamanlis,
# Konstantine"): another spelling of that person, never a person of its own
_SEE = re.compile(r"see\s+(?!also\b)(.+?)[.;]?$", re.IGNORECASE)


def _words(name: str) -> str:
    return " ".join(re.findall(r"\w+", name.lower()))


def _cross_referenced(entries: dict[str, ListedPerson], pointers: dict[str, str] | None = None
                      ) -> dict[str, ListedPerson]:
    """References to a cross-reference entry go to the entry it names (by the link its "see"
    carries, else by name), which takes the cross-reference's name as an alias; a
    cross-reference to no entry of the list keeps its name with no role (the pointer is no
    office)."""
    by_name = {_words(p.name): p for p in entries.values() if not _SEE.match(p.role or "")}
    pointers = pointers or {}
    out = dict(entries)
    for ref, p in entries.items():
        m = _SEE.match(p.role or "")
        if not m:
            continue
        linked = entries.get(pointers.get(ref, ""))
        target = linked if linked is not None and not _SEE.match(linked.role or "") else (
            by_name.get(_words(display_name(m.group(1))[0])))
        if target is None:
            out[ref] = replace(p, role=None)
            continue
        aliases = tuple(dict.fromkeys((*out[target.ref].aliases, p.name, *p.aliases)))
        out[target.ref] = out[ref] = replace(out[target.ref], aliases=aliases)
    return out


# "(born Joseph-Désiré Mobutu)", "(née Smith)": the other name, without the word before it
_BORN = re.compile(r"^(?:born|née|nee|formerly|also)\s+", re.IGNORECASE)


def display_name(raw: str) -> tuple[str, tuple[str, ...]]:
    """``Kissinger, Henry A.`` -> ``Henry A. Kissinger``; ``Chou En-lai (Zhou Enlai)`` keeps the
    bracketed form as an alias.  Names without a comma (East Asian order) are kept as written."""
    aliases = tuple(_BORN.sub("", a).strip() for a in re.findall(r"\(([^)]*)\)", raw)
                    if a.strip())
    base = re.sub(r"\s*\([^)]*\)", "", raw).strip()
    parts = [p.strip() for p in base.split(",") if p.strip()]
    suffixes = [p for p in parts[2:] if re.fullmatch(r"(?:Jr|Sr|II|III|IV)\.?", p)]
    if len(parts) >= 2 and not re.search(r"\d", parts[1]):
        titled = " ".join([parts[1], parts[0], *suffixes])
        given = _RANKS_BEFORE.sub("", parts[1])  # "Palmer, General Bruce": Bruce Palmer
        name = " ".join([given, parts[0], *suffixes]) if given else " ".join(
            [parts[0], *suffixes])  # "Tran Van Don, Major General": as written, untitled
        aliases = (*aliases, titled) if titled != name else aliases
    else:
        name = base
    return name, tuple(dict.fromkeys(a for a in aliases if a != name))


# a military rank or a title a persons list writes before the given name ("Palmer, General
# Bruce", "Tran Van Don, Major General"): no part of the person's name
_RANKS_BEFORE = re.compile(
    r"^(?:(?:(?:Lieutenant|Lt\.|Major|Maj\.|Brigadier|Brig\.|Vice|Rear|Air|Field|Fleet)\s+)?"
    r"(?:General|Gen\.|Admiral|Adm\.|Marshal|Colonel|Col\.|Commodore|Captain|Capt\.)"
    r"|(?:Major|Maj\.|Lieutenant|Lt\.)(?=\s+[A-Z]))(?:\s+|$)")


def doc_type(title: str) -> str | None:
    low = title.lower()
    for kind, pattern in DOC_TYPES:
        if re.search(pattern, low):
            return kind
    return None


# a dateline inside these belongs to a paper the record quotes or attaches (a draft agreement
# annexed to minutes), not to the record itself
_ENCLOSING = {"attachment", "quote", "floatingText", "div"}


def _enclosed(el, div) -> bool:
    """Whether ``el`` sits inside an attachment, quotation or sub-division of ``div``."""
    parent = el.getparent()
    while parent is not None and parent is not div:
        if local_name(parent.tag) in _ENCLOSING:
            return True
        parent = parent.getparent()
    return False


def _dateline(div, enclosed: bool = False) -> tuple[str | None, str | None]:
    """Place and ISO date (YYYY-MM-DD or shorter) of the division's first dateline: its own, or
    with ``enclosed``, the first of an attachment or quotation."""
    for el in div.iter("{*}dateline"):
        if _enclosed(el, div) != enclosed:
            continue
        place = date = None
        for sub in el.iter():
            name = _local(sub)
            if name == "placeName" and place is None:
                place = _WS.sub(" ", "".join(sub.itertext())).strip() or None
            elif name == "date" and date is None:
                date = _iso(sub.get("when") or sub.get("from") or sub.get("notBefore"))
        return place, date
    return None, None


_MONTH_NUMBERS = {m: i for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December"], 1)}
# a heading that ends with its record's place and day: "Memorandum of Conversation,
# Washington, October 4, 1974."
_HEADING_DATE = re.compile(rf",\s*(?:([A-Z][\w .’'\-]{{1,40}}?(?:,\s*D\.\s?C\.)?),\s*)?({'|'.join(_MONTH_NUMBERS)})"
                           # then its hour at most ("2339Z", "11:50 a.m.–12:30 p.m.")
                           r"\s+(\d{1,2}),\s+(\d{4})(?:,\s*(?=\d|noon|midnight)[^,()\[\]]{1,30}?)?"
                           r"[,.]*\s*(?:\[[^\]]{0,40}\])?\.?\s*$")


def _heading_place_and_date(title: str) -> tuple[str | None, str | None]:
    """The place and ISO day a record's heading closes with (volumes with no dateline)."""
    m = _HEADING_DATE.search(title)
    if m is None or not 1 <= int(m.group(3)) <= 31:
        return None, None
    return m.group(1), f"{m.group(4)}-{_MONTH_NUMBERS[m.group(2)]:02d}-{int(m.group(3)):02d}"


def _iso(value: str | None) -> str | None:
    if not value:
        return None
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if not m:
        return None
    return "-".join(p for p in m.groups() if p)


def _title(head_el) -> str:
    b = _Builder()
    if head_el is not None:
        b.add(head_el.text)
        _render(head_el, b, [])
    title = b.text().replace("\n\n", " ")
    return re.sub(r"^\d+[A-Za-z]?\.\s*", "", title).strip()


def read_division(div, volume: str, persons: dict[str, ListedPerson], rel: str, sha: str,
                  published: str | None, year: str | None = None,
                  described: Volume | None = None,
                  families: dict[str, list[ListedPerson]] | None = None,
                  sovereigns: dict[str, ListedPerson] | None = None) -> Document:
    doc = div.get("{http://www.w3.org/XML/1998/namespace}id") or div.get("n") or "?"
    builder = _Builder()
    notes: list[str] = []
    builder.add(div.text)
    _render(div, builder, notes)
    text = builder.text()
    markup = participant_paragraphs(text, _finish_spans(text, builder.spans))
    head = next((c for c in div if _local(c) == "head"), None)
    title = _title(head)
    place, date = _dateline(div)
    if date is None and place is None:  # no dateline: the heading may end with them
        place, date = _heading_place_and_date(title)
    if date is None and place is None:  # last, the dateline of a paper it attaches
        place, date = _dateline(div, enclosed=True)
    when = date or _iso(_attr(div, "doc-dateTime-min")) or year
    refs = {m.ref for m in markup if m.ref}
    key = f"{volume}/{doc}"
    return Document(
        document_id=stable_id("frus", key),
        source_path=rel,
        text=text,
        sha256=sha,
        title=title or None,
        source_url=URL.format(volume=volume, doc=doc),
        published_on=date or published,
        source_key=key,
        doc_type=doc_type(title),
        place=place,
        event_date=when,
        notes="\n\n".join(n for n in notes if n) or None,
        markup=markup,
        # a reference to a cross-reference entry ("Chelik, see Celik") is to the entry it
        # names, under the ID the text used: the record's markup finds it by that ID
        persons=tuple(replace(persons[r], ref=r) for r in sorted(refs) if r in persons),
        namesakes=_namesakes(refs, persons, families or {}),
        sovereigns=tuple(p for p in (sovereigns or {}).values() if p.ref not in refs),
        volume=described,
    )


def families_of(persons: dict[str, ListedPerson]) -> dict[str, list[ListedPerson]]:
    """The persons list's entries by family name (lower case), in the list's order."""
    out: dict[str, list[ListedPerson]] = {}
    for p in persons.values():
        if p.family:
            out.setdefault(p.family.lower(), []).append(p)
    return out


# a monarch's title opening a persons list's role ("Shah of Iran", "King of Jordan", "Saudi
# King"), not one the role serves ("Minister of the Court of the Shah")
_MONARCH_TITLE = re.compile(r"^(?:the\s+)?(?:[A-Z][a-z]+\s+)?(Shah|King|Queen|Emperor|Empress|"
                            r"Sultan|Emir|Amir)\b(?!\s+[A-Z])")


def sovereigns_of(persons: dict[str, ListedPerson]) -> dict[str, ListedPerson]:
    """A monarch's title -> the persons list's one entry of that title ("Shah" -> "Pahlavi,
    Mohammed Reza, Shah of Iran"); a title two entries hold (two Kings) names neither."""
    found: dict[str, list[ListedPerson]] = {}
    for p in persons.values():
        for role in (p.role or "").split(";"):
            m = _MONARCH_TITLE.match(role.strip())
            if m:
                found.setdefault(m.group(1), []).append(p)
    return {title: ps[0] for title, ps in found.items() if len(ps) == 1}


def _namesakes(refs: set, persons: dict[str, ListedPerson],
               families: dict[str, list[ListedPerson]]) -> tuple[ListedPerson, ...]:
    cited = [persons[r] for r in refs if r in persons]
    # by the family name, and by any word of the name: "Nhu, Madame" is a namesake of the
    # "Ngo Dinh Nhu" whose family name is "Ngo"
    found = {p.ref: p for c in cited if c.family
             for w in {c.family.lower(), *c.name.lower().split()}
             for p in families.get(w, ()) if p.ref not in refs}
    return tuple(found[r] for r in sorted(found))


def read_tei(path: Path, corpus: Path) -> tuple[list[Document], list[Reject]]:
    data = path.read_bytes()
    rel = path.relative_to(corpus).as_posix()
    sha = sha256_hex(data)
    root = parse(data)
    divs = [el for el in root.iter("{*}div") if el.get("type") == "document"]
    if not divs:
        raise ReadError("no FRUS document divisions (div type=\"document\") in this XML file")
    volume = volume_id(root, path)
    sample = is_sample(root)
    persons = persons_list(root)
    families = families_of(persons)
    sovereigns = sovereigns_of(persons)
    published = publication_year(root)
    year = volume_year(root)
    described = read_volume(root, volume, published)
    docs, rejects = [], []
    for div in divs:
        try:
            doc = read_division(div, volume, persons, rel, sha, published, year, described,
                                families, sovereigns)
            docs.append(replace(doc, is_sample=sample))
        except (ValueError, TypeError) as exc:  # a malformed division costs only itself
            where = div.get("{http://www.w3.org/XML/1998/namespace}id") or "?"
            rejects.append(Reject(f"{rel}#{where}", f"cannot render division: {exc}", "read", sha))
    return with_reference_dates(docs), rejects


# Records around an undated one further apart than this (days) do not place it: it stands
# between two chapters (a volume is in chronological order within each, not across them).
_NEIGHBOURS_APART = 120


def with_reference_dates(docs: list[Document]) -> list[Document]:
    """A volume's records, each undated one (an editorial note) with a reference date: the day
    halfway between the nearest records dated to the day before and after it, when both
    exist, are in order and lie close together or in one year (see
    ``Document.reference_date``)."""
    days = [_day(d.event_date) for d in docs]
    out = []
    for i, doc in enumerate(docs):
        if doc.event_date is not None:
            out.append(doc)
            continue
        before = next((d for d in reversed(days[:i]) if d), None)
        after = next((d for d in days[i + 1:] if d), None)
        # (further apart in one year, they still give its year: "On April 7, at the 440th
        # Meeting" between records of March 24 and August 10, 1960)
        if before and after and 0 <= (after - before).days and (
                (after - before).days <= _NEIGHBOURS_APART or before.year == after.year):
            doc = replace(doc, reference_date=(before + (after - before) / 2).isoformat())
        out.append(doc)
    return out


def _day(value: str | None) -> date | None:
    """The day an ISO date names, None for a month, a year or nothing."""
    try:
        return date.fromisoformat(value) if value and len(value) == len("YYYY-MM-DD") else None
    except ValueError:
        return None
