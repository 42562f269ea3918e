"""Stable identifiers: short hashes of source keys and content, never row numbers or run order.

``stable_id("doc", "a.txt", 3)`` is the first 16 hex digits of the sha256 of the parts joined by
an ASCII unit separator, so the same keys give the same ID on every run and every machine.
"""

from __future__ import annotations

import hashlib

SEP = "\x1f"


def sha256_hex(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def stable_id(*parts: object) -> str:
    return sha256_hex(SEP.join("" if p is None else str(p) for p in parts))[:16]
