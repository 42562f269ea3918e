"""Read news-style reports (.txt, .md, .html) into ``Document``s.

Contract: ``read_file(path, corpus_root)`` returns one ``Document`` or raises ``ReadError`` with a
reason a user can act on.  ``Document.text`` is the body only (header lines and HTML markup
removed, hard-wrapped lines joined into paragraphs); every offset the extractors produce
indexes that text.  Text and Markdown bodies go through ``reflow``: a body that is not
hard-wrapped is kept byte for byte, a hard-wrapped one has its wrapped lines joined (see
``pipelines.readers.reflow``).

Text and Markdown files may start with header lines ``Key: value`` (keys: Title, Source,
Published, Sample), ended by a blank line.  HTML files give the same fields as
``<meta name="source|published|sample" content="...">`` and ``<title>``.
"""

from __future__ import annotations

import codecs
import re
from datetime import date
from pathlib import Path

from lxml import etree

from pipelines.document import Document
from pipelines.ids import sha256_hex
from pipelines.readers.reflow import reflow

TEXT_SUFFIXES = {".txt", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES

HEADER_KEYS = {"title", "source", "published", "sample"}
_HEADER = re.compile(r"^([A-Za-z]+):[ \t]*(.*)$")
_ISO_PARTIAL = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class ReadError(Exception):
    """A file that cannot become a document; the message is the reason."""


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is a ReadError."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ReadError(f"invalid UTF-16: {exc}") from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ReadError(f"not UTF-8 text (byte {exc.start}: {exc.reason})") from exc


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_header(text: str) -> tuple[dict[str, str], str]:
    """Split leading ``Key: value`` lines (known keys only) from the body."""
    lines = text.split("\n")
    meta: dict[str, str] = {}
    i = 0
    while i < len(lines):
        m = _HEADER.match(lines[i])
        if not m or m.group(1).lower() not in HEADER_KEYS:
            break
        meta[m.group(1).lower()] = m.group(2).strip()
        i += 1
    if not meta:
        return {}, text
    if i < len(lines) and not lines[i].strip():
        i += 1
    return meta, "\n".join(lines[i:])


def published_date(value: str | None) -> str | None:
    """Keep a Published header only when it is an ISO partial date; precision first."""
    if not value:
        return None
    value = value.strip()[:10]
    if not _ISO_PARTIAL.match(value):
        return None
    parts = [int(x) for x in value.split("-")] + [1, 1]
    try:
        date(*parts[:3])  # 2021-13 or 2021-02-30 is not a date
    except ValueError:
        return None
    return value


def is_sample_flag(value: str | None) -> bool:
    return bool(value) and value.strip().lower().startswith(("true", "yes", "1"))


def markdown_title(body: str) -> str | None:
    m = re.search(r"^#[ \t]+(\S.*)$", body, re.MULTILINE)
    return m.group(1).strip() if m else None


def read_file(path: Path, corpus_root: Path) -> Document:
    data = path.read_bytes()
    if not data.strip():
        raise ReadError("empty file")
    text = normalise_newlines(decode(data))
    if "\x00" in text:
        raise ReadError("binary content (NUL characters)")
    if path.suffix.lower() in HTML_SUFFIXES:
        from pipelines.readers.html import html_to_text

        try:
            meta, body = html_to_text(text)
        except (ValueError, etree.LxmlError) as exc:
            raise ReadError(f"unreadable HTML: {exc}") from exc
    else:
        meta, body = split_header(text)
        body = reflow(body)
    body = body.strip("\n")
    if not body.strip():
        raise ReadError("no text after the header")
    digest = sha256_hex(data)
    title = meta.get("title") or (markdown_title(body) if path.suffix.lower() == ".md" else None)
    return Document(
        document_id=digest[:16],
        source_path=path.relative_to(corpus_root).as_posix(),
        text=body,
        sha256=digest,
        title=title or None,
        source_url=meta.get("source") or None,
        published_on=published_date(meta.get("published")),
        is_sample=is_sample_flag(meta.get("sample")),
    )
