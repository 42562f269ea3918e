"""Readers: headers, encodings, HTML, discovery, rejects and duplicates (no Prefect, no network)."""

from __future__ import annotations

import codecs
import hashlib
import os
from pathlib import Path

import pytest

from pipelines.readers import discover, drop_duplicates, read_documents
from pipelines.readers.text import (
    ReadError,
    decode,
    markdown_title,
    published_date,
    read_file,
    split_header,
)

HEADER_TEXT = (
    "Title: Envoys meet in Vienna\n"
    "Source: https://example.org/vienna\n"
    "Published: 1989-11-12\n"
    "Sample: yes\n"
    "\n"
    "The envoys met for two hours.\n"
    "\n"
    "A second paragraph follows."
)
HEADER_BODY = "The envoys met for two hours.\n\nA second paragraph follows."


def _write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_bytes(content.encode("utf-8"))
    return path


def _read(tmp_path: Path, name: str, content: str | bytes):
    return read_file(_write(tmp_path / name, content), tmp_path)


# --- headers --------------------------------------------------------------------------------


def test_header_lines_become_metadata(tmp_path):
    doc = _read(tmp_path, "vienna.txt", HEADER_TEXT)
    assert doc.title == "Envoys meet in Vienna"
    assert doc.source_url == "https://example.org/vienna"
    assert doc.published_on == "1989-11-12"
    assert doc.is_sample is True
    assert doc.source_path == "vienna.txt"


def test_body_starts_after_header_and_offsets_index_the_body(tmp_path):
    doc = _read(tmp_path, "vienna.txt", HEADER_TEXT)
    assert doc.text == HEADER_BODY
    start = doc.text.index("envoys")
    assert start == 4
    assert doc.text[start:start + len("envoys")] == "envoys"
    assert "Title:" not in doc.text


def test_split_header_returns_meta_and_body():
    meta, body = split_header(HEADER_TEXT)
    assert meta == {
        "title": "Envoys meet in Vienna",
        "source": "https://example.org/vienna",
        "published": "1989-11-12",
        "sample": "yes",
    }
    assert body == HEADER_BODY


def test_text_without_header_keeps_everything(tmp_path):
    text = "The envoys met for two hours.\nNobody spoke to the press."
    doc = _read(tmp_path, "plain.txt", text)
    assert doc.text == text
    assert (doc.title, doc.source_url, doc.published_on, doc.is_sample) == (
        None, None, None, False)


def test_unknown_key_first_line_is_body_text(tmp_path):
    text = "Note: the minutes were typed later.\n\nThe envoys met."
    doc = _read(tmp_path, "note.txt", text)
    assert doc.text == text
    assert doc.title is None
    assert split_header(text) == ({}, text)


def test_header_ends_at_first_line_that_is_not_a_known_key():
    meta, body = split_header("Title: Short\nThe talks began at noon.")
    assert meta == {"title": "Short"}
    assert body == "The talks began at noon."


def test_invalid_published_is_none(tmp_path):
    doc = _read(tmp_path, "y.txt", "Published: yesterday\n\nThe envoys met.")
    assert doc.published_on is None
    assert doc.text == "The envoys met."


def test_published_with_time_keeps_the_date(tmp_path):
    doc = _read(tmp_path, "t.txt", "Published: 2021-12-22T10:00\n\nThe envoys met.")
    assert doc.published_on == "2021-12-22"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1972", "1972"),
        ("1972-02", "1972-02"),
        (" 1972-02-21 ", "1972-02-21"),
        ("2021-12-22T10:00:00Z", "2021-12-22"),
        ("Feb 1972", None),
        ("", None),
        (None, None),
    ],
)
def test_published_date_values(value, expected):
    assert published_date(value) == expected


@pytest.mark.parametrize("value", ["1990-13", "1990-00-10", "1990-02-30", "1990-04-31"])
def test_impossible_published_date_is_none(tmp_path, value):
    doc = _read(tmp_path, "bad.txt", f"Published: {value}\n\nThe envoys met.")
    assert doc.published_on is None
    assert published_date("1992-02-29") == "1992-02-29"  # a real leap day stays


@pytest.mark.parametrize(("flag", "expected"), [("true", True), ("Yes", True), ("1", True),
                                                ("no", False), ("false", False)])
def test_sample_flag(tmp_path, flag, expected):
    doc = _read(tmp_path, "s.txt", f"Sample: {flag}\n\nThe envoys met.")
    assert doc.is_sample is expected


# --- encodings and newlines -----------------------------------------------------------------


def test_utf8_with_bom(tmp_path):
    doc = _read(tmp_path, "bom.txt", codecs.BOM_UTF8 + "Title: Café\n\nLe café.".encode())
    assert doc.title == "Café"
    assert doc.text == "Le café."


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path, encoding):
    text = "Title: Zürich\n\nDie Gespräche gingen weiter."
    if encoding == "utf-16":
        data = text.encode("utf-16")  # Python writes the BOM itself
    else:
        bom = codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE
        data = bom + text.encode(encoding)
    doc = _read(tmp_path, "u16.txt", data)
    assert doc.title == "Zürich"
    assert doc.text == "Die Gespräche gingen weiter."
    assert doc.sha256 == hashlib.sha256(data).hexdigest()


def test_latin1_bytes_are_a_read_error_with_a_reason(tmp_path):
    data = "Les négociations à Genève.".encode("latin-1")
    with pytest.raises(ReadError, match=r"not UTF-8 text \(byte 5: invalid continuation byte\)"):
        _read(tmp_path, "latin.txt", data)


def test_decode_rejects_latin1():
    with pytest.raises(ReadError, match="not UTF-8"):
        decode(b"caf\xe9")


@pytest.mark.parametrize("content", [b"", b"   \n\n\t\n"])
def test_empty_file_is_rejected(tmp_path, content):
    with pytest.raises(ReadError, match="^empty file$"):
        _read(tmp_path, "empty.txt", content)


def test_header_only_file_is_rejected(tmp_path):
    with pytest.raises(ReadError, match="^no text after the header$"):
        _read(tmp_path, "head.txt", "Title: Nothing follows\n\n")


def test_nul_bytes_are_rejected(tmp_path):
    with pytest.raises(ReadError, match="binary content"):
        _read(tmp_path, "bin.txt", b"abc\x00def")


def test_crlf_and_cr_are_normalised(tmp_path):
    data = b"Title: Line endings\r\n\r\nFirst line.\r\nSecond line.\rThird line.\r\n"
    doc = _read(tmp_path, "crlf.txt", data)
    assert doc.title == "Line endings"
    assert doc.text == "First line.\nSecond line.\nThird line."
    assert "\r" not in doc.text
    assert doc.sha256 == hashlib.sha256(data).hexdigest()  # hash of the raw bytes


# --- HTML and Markdown ----------------------------------------------------------------------

HTML_PAGE = """<!DOCTYPE html>
<html>
<head>
  <title>  Summit
     in Malta </title>
  <meta name="published" content="1989-12-03">
  <meta name="source" content="https://example.org/malta">
  <meta name="sample" content="true">
  <style>p { color: red; }</style>
  <script>var hidden = "do not keep";</script>
</head>
<body>
  <h1>Summit in Malta</h1>
  <p>The leaders met   aboard a ship &amp; talked.</p>
  <script>console.log("dropped too");</script>
  <p>Weather was <b>rough</b>.<!-- an editor's comment --></p>
  <ul><li>One</li><li>Two</li></ul>
</body>
</html>
"""


def test_html_reader_metadata(tmp_path):
    doc = _read(tmp_path, "malta.html", HTML_PAGE)
    assert doc.title == "Summit in Malta"
    assert doc.published_on == "1989-12-03"
    assert doc.source_url == "https://example.org/malta"
    assert doc.is_sample is True


def test_html_reader_text(tmp_path):
    doc = _read(tmp_path, "malta.html", HTML_PAGE)
    assert doc.text == (
        "Summit in Malta\n\n"
        "The leaders met aboard a ship & talked.\n\n"
        "Weather was rough.\n\n"
        "One\n\n"
        "Two"
    )
    assert "hidden" not in doc.text
    assert "console" not in doc.text
    assert "color" not in doc.text
    assert "comment" not in doc.text


def test_html_meta_title_wins_over_title_element(tmp_path):
    page = ('<html><head><title>Element</title><meta property="og:title" content="From meta">'
            '</head><body><p>Text &eacute;t&eacute; &lt;b&gt;</p></body></html>')
    doc = _read(tmp_path, "og.htm", page)
    assert doc.title == "From meta"
    assert doc.text == "Text été <b>"


def test_html_with_xml_declaration(tmp_path):
    page = "<?xml version='1.0' encoding='utf-8'?>\n<html><body><p>Only this.</p></body></html>"
    doc = _read(tmp_path, "decl.html", page)
    assert doc.text == "Only this."
    assert doc.title is None


def test_html_without_text_is_rejected(tmp_path):
    with pytest.raises(ReadError, match="^no text after the header$"):
        _read(tmp_path, "blank.html", "<html><body><script>x()</script></body></html>")


def test_markdown_title_from_first_heading(tmp_path):
    text = "Some intro line.\n\n## Not this\n\n# The real title\n\n# A later title\n\nBody."
    doc = _read(tmp_path, "notes.md", text)
    assert doc.title == "The real title"
    assert doc.text == text


def test_markdown_header_title_wins(tmp_path):
    doc = _read(tmp_path, "notes.md", "Title: From header\n\n# From heading\n\nBody.")
    assert doc.title == "From header"


def test_txt_files_take_no_markdown_title(tmp_path):
    doc = _read(tmp_path, "notes.txt", "# Looks like a heading\n\nBody.")
    assert doc.title is None


def test_markdown_title_helper():
    assert markdown_title("# Hello world  \ntext") == "Hello world"
    assert markdown_title("no heading here") is None


# --- discover -------------------------------------------------------------------------------


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    _write(corpus / "b.txt", "Second report.")
    _write(corpus / "a.md", "# First\n\nFirst report.")
    _write(corpus / "sub" / "c.HTML", "<p>Third report.</p>")
    _write(corpus / "sub" / "d.htm", "<p>Fourth report.</p>")
    _write(corpus / "notes.pdf", b"%PDF-1.4")
    _write(corpus / "README", "no extension")
    return corpus


def test_discover_lists_supported_files_sorted(tmp_path):
    corpus = _corpus(tmp_path)
    take, _ = discover(corpus)
    assert [p.relative_to(corpus).as_posix() for p in take] == [
        "a.md", "b.txt", "sub/c.HTML", "sub/d.htm"]


def test_discover_rejects_unsupported_files_with_reasons(tmp_path):
    corpus = _corpus(tmp_path)
    _, rejects = discover(corpus)
    by_path = {r.source_path: r for r in rejects}
    assert sorted(by_path) == ["README", "notes.pdf"]
    supported = ".htm, .html, .md, .txt, .xml"
    assert by_path["notes.pdf"].reason == (
        f"unsupported file type (.pdf); readers take {supported}")
    assert by_path["README"].reason == (
        f"unsupported file type (no extension); readers take {supported}")
    assert {r.stage for r in rejects} == {"discover"}
    assert by_path["notes.pdf"].sha256 == hashlib.sha256(b"%PDF-1.4").hexdigest()


def test_discover_rejects_symlink_outside_corpus(tmp_path):
    corpus = _corpus(tmp_path)
    outside = _write(tmp_path / "outside.txt", "Secret text.")
    os.symlink(outside, corpus / "link.txt")
    take, rejects = discover(corpus)
    assert "link.txt" not in [p.name for p in take]
    link = [r for r in rejects if r.source_path == "link.txt"]
    assert link == [link[0]]
    assert link[0].reason == "link points outside the corpus"
    assert link[0].stage == "discover"
    assert link[0].sha256 is None


def test_discover_takes_symlink_inside_corpus(tmp_path):
    corpus = _corpus(tmp_path)
    os.symlink(corpus / "b.txt", corpus / "z.txt")
    take, rejects = discover(corpus)
    assert [p.relative_to(corpus).as_posix() for p in take] == [
        "a.md", "b.txt", "z.txt", "sub/c.HTML", "sub/d.htm"]
    assert "z.txt" not in {r.source_path for r in rejects}


# --- read_documents and duplicates ----------------------------------------------------------


def test_read_documents_accounts_for_every_file(tmp_path):
    corpus = tmp_path / "corpus"
    _write(corpus / "01-good.txt", "Title: Good\n\nA good report.")
    _write(corpus / "02-latin.txt", "Genève".encode("latin-1"))
    _write(corpus / "03-empty.txt", b"")
    _write(corpus / "04-good.html", "<p>Another good report.</p>")
    _write(corpus / "05-header-only.md", "Title: Nothing\n")
    _write(corpus / "06-good.md", "# Heading\n\nThird good report.")
    _write(corpus / "07-utf16-odd.txt", codecs.BOM_UTF16_LE + b"A\x00B")
    paths, discover_rejects = discover(corpus)
    assert discover_rejects == []
    docs, rejects = read_documents(paths, corpus)
    assert len(docs) + len(rejects) == len(paths) == 7
    assert [d.source_path for d in docs] == ["01-good.txt", "04-good.html", "06-good.md"]
    reasons = {r.source_path: r.reason for r in rejects}
    assert sorted(reasons) == ["02-latin.txt", "03-empty.txt", "05-header-only.md",
                               "07-utf16-odd.txt"]
    assert reasons["02-latin.txt"].startswith("not UTF-8 text (byte 3:")
    assert reasons["03-empty.txt"] == "empty file"
    assert reasons["05-header-only.md"] == "no text after the header"
    assert reasons["07-utf16-odd.txt"].startswith("invalid UTF-16:")
    assert {r.stage for r in rejects} == {"read"}
    assert all(r.sha256 is not None and len(r.sha256) == 64 for r in rejects)


def test_read_documents_missing_file_is_a_reject(tmp_path):
    corpus = tmp_path / "corpus"
    good = _write(corpus / "good.txt", "A report.")
    docs, rejects = read_documents([corpus / "gone.txt", good], corpus)
    assert [d.source_path for d in docs] == ["good.txt"]
    assert [(r.source_path, r.stage, r.sha256) for r in rejects] == [("gone.txt", "read", None)]
    assert "No such file" in rejects[0].reason


def test_drop_duplicates_rejects_second_identical_file(tmp_path):
    corpus = tmp_path / "corpus"
    _write(corpus / "b.txt", "Same words.")
    _write(corpus / "a.txt", "Same words.")
    _write(corpus / "c.txt", "Other words.")
    paths, _ = discover(corpus)
    docs, _ = read_documents(paths, corpus)
    kept, rejects = drop_duplicates(list(reversed(docs)))
    assert [d.source_path for d in kept] == ["a.txt", "c.txt"]
    assert len(rejects) == 1
    dup = rejects[0]
    assert dup.source_path == "b.txt"
    assert dup.reason == "duplicate of a.txt (same content)"
    assert dup.stage == "read"
    assert dup.sha256 == hashlib.sha256(b"Same words.").hexdigest()


def test_document_id_is_sha256_prefix_and_stable(tmp_path):
    data = b"Title: Stable\n\nThe same bytes give the same id."
    digest = hashlib.sha256(data).hexdigest()
    first = _read(tmp_path / "one", "x.txt", data)
    second = _read(tmp_path / "two", "renamed.txt", data)
    assert first.sha256 == digest
    assert first.document_id == digest[:16]
    assert second.document_id == first.document_id
    assert len(first.document_id) == 16
    assert int(first.document_id, 16) >= 0
    changed = _read(tmp_path / "three", "x.txt", data + b"!")
    assert changed.document_id != first.document_id


# --- regressions: bugs found and fixed ------------------------------------------------------


def test_html_without_elements_is_a_reject_not_a_crash(tmp_path):
    corpus = tmp_path / "corpus"
    _write(corpus / "a.txt", "A good report.")
    _write(corpus / "b.html", "<!-- an editor's note, nothing else -->")
    _write(corpus / "c.txt", "Another good report.")
    paths, _ = discover(corpus)
    docs, rejects = read_documents(paths, corpus)
    assert [d.source_path for d in docs] == ["a.txt", "c.txt"]
    assert [(r.source_path, r.stage) for r in rejects] == [("b.html", "read")]


def test_directory_symlink_outside_corpus_is_rejected(tmp_path):
    corpus = _corpus(tmp_path)
    outside = tmp_path / "elsewhere"
    _write(outside / "secret.txt", "Not part of the corpus.")
    os.symlink(outside, corpus / "linked")
    _, rejects = discover(corpus)
    assert [r.reason for r in rejects if r.source_path == "linked"] == [
        "link points outside the corpus"]


def test_bare_hash_line_is_not_a_title():
    assert markdown_title("#\nAn ordinary paragraph.") is None


def test_files_over_the_size_limit_are_rejected_with_their_size(tmp_path):
    (tmp_path / "small.txt").write_text("Hello.", encoding="utf-8")
    (tmp_path / "big.txt").write_text("x" * 2000, encoding="utf-8")
    take, rejects = discover(tmp_path, max_bytes=1000)
    assert [p.name for p in take] == ["small.txt"]
    assert [(r.source_path, r.reason, r.stage) for r in rejects] == [
        ("big.txt", "file too large: 2000 bytes (limit 1000 bytes)", "discover")]
    assert rejects[0].sha256 is not None
