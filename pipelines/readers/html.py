"""Turn an HTML page into (metadata, plain text).

Contract: block elements become paragraphs separated by a blank line; scripts, styles and
comments are dropped; ``<title>`` and ``<meta name=... content=...>`` (source, published,
sample, title) become metadata with the same keys as text headers.  Entities are never fetched.
A ``<pre>`` is one paragraph like other blocks unless it is hard-wrapped (see
``pipelines.readers.reflow``): then its wrapped lines are joined and every line left is a
paragraph of its own.
"""

from __future__ import annotations

import re

from lxml import etree, html

from pipelines.readers.reflow import reflow

BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "tr", "br",
          "section", "article", "header", "footer", "figcaption", "pre", "dd", "dt"}
DROP = {"script", "style", "noscript", "template", "head"}
META_KEYS = {"source", "published", "sample", "title"}


def _meta(root) -> dict[str, str]:
    meta: dict[str, str] = {}
    for el in root.iter("meta"):
        name = (el.get("name") or el.get("property") or "").lower().removeprefix("og:")
        if name in META_KEYS and el.get("content"):
            meta[name] = el.get("content").strip()
    title = root.find(".//title")
    if "title" not in meta and title is not None and (title.text or "").strip():
        meta["title"] = " ".join(title.text.split())
    return meta


def _blocks(root) -> list[str]:
    parts: list[str] = []
    current: list[str] = []

    def flush():
        chunk = " ".join("".join(current).split())
        if chunk:
            parts.append(chunk)
        current.clear()

    def walk(el):
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in DROP or el.tag is etree.Comment:
            if el.tail:
                current.append(el.tail)
            return
        if tag in BLOCKS:
            flush()
        if tag == "pre" and _preformatted(el.text_content(), parts):
            if el.tail:
                current.append(el.tail)
            return
        if el.text:
            current.append(el.text)
        for child in el:
            walk(child)
        if tag in BLOCKS:
            flush()
        if el.tail:
            current.append(el.tail)

    walk(root)
    flush()
    return parts


def _preformatted(raw: str, parts: list[str]) -> bool:
    """Add a hard-wrapped ``<pre>``'s reflowed lines as paragraphs; False if not wrapped."""
    text = reflow(raw)
    if text == raw:
        return False
    parts.extend(" ".join(line.split()) for line in text.split("\n") if line.strip())
    return True


def html_to_text(source: str) -> tuple[dict[str, str], str]:
    parser = html.HTMLParser(no_network=True, remove_comments=True)
    source = re.sub(r"^\s*<\?xml[^>]*\?>", "", source)
    root = html.document_fromstring(source, parser=parser)
    body = root.find("body")
    return _meta(root), "\n\n".join(_blocks(body if body is not None else root))
