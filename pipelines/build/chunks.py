"""Cutting a sequence into consecutive runs bounded in count and in size.

Contract: ``chunks(items, size_of, max_items, max_size)`` keeps the order and cuts it into runs
of at most ``max_items`` items whose sizes add up to at most ``max_size``; an item larger than
``max_size`` makes a run of its own.  The runs depend only on the items, so whatever is cut
this way (file groups, extraction batches, pieces of tables) is the same on every run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")


def chunks(items: Iterable[T], size_of: Callable[[T], int], max_items: int,
           max_size: int) -> list[list[T]]:
    out: list[list[T]] = []
    size = 0
    for item in items:
        n = size_of(item)
        if not out or len(out[-1]) >= max_items or size + n > max_size:
            out.append([])
            size = 0
        out[-1].append(item)
        size += n
    return out
