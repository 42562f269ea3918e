"""Several documents extracted side by side, their sentences parsed in one batch.

Contract: ``side_by_side(fn, docs) -> list[(result | None, reason | None)]``: ``fn(doc)`` of
each document, in order, the same as one document after another would give; an exception is
that document's reason ("extraction failed: ..."), not the others'.

Why: the dependency parse (``pipelines.extract.parse``) costs about half as much again per
sentence in the small batches one record asks for (four sentences on average) as in batches of
a few dozen.  Here each document runs in a thread of its own, one thread at a time (a baton
passes when a thread finishes or asks for a parse, so threads never contend); once every
thread is waiting for a parse or done, the sentences they asked for are parsed in one batch
and each gets its own.  A sentence's parse does not depend on the batch it is in, so the
results are those of one document at a time, whatever the order the threads ran in.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

from pipelines.extract import parse


class _Pool:
    """The threads of one call: who may run, and the parses they wait for."""

    def __init__(self, size: int):
        self.changed = threading.Condition()
        self.baton = threading.Lock()
        self.running = size  # threads neither waiting for a parse nor done
        self.asked: dict[object, list[str]] = {}
        self.answers: dict[object, list | BaseException] = {}

    def parse(self, sentences: list[str]) -> list:
        """Called in a document's thread, holding the baton: its sentences' parses, once every
        thread has asked or finished."""
        ticket = object()
        with self.changed:
            self.asked[ticket] = sentences
            self.running -= 1
            if self.running == 0:
                self._answer()
        self.baton.release()  # another thread may go on meanwhile
        with self.changed:
            while ticket not in self.answers:
                self.changed.wait()
            answer = self.answers.pop(ticket)
        self.baton.acquire()
        if isinstance(answer, BaseException):
            raise answer
        return answer

    def finished(self) -> None:
        with self.changed:
            self.running -= 1
            if self.running == 0 and self.asked:
                self._answer()
        self.baton.release()

    def _answer(self) -> None:
        """Parse everything asked, in one batch (the lock of ``changed`` held: no other thread
        runs), and wake the askers."""
        asked, self.asked = list(self.asked.items()), {}
        try:
            docs = parse.parse_now([s for _, sentences in asked for s in sentences])
        except Exception as exc:  # noqa: BLE001 -- each asker raises it in its own document
            answers = [exc] * len(asked)
        else:
            answers, at = [], 0
            for _, sentences in asked:
                answers.append(docs[at:at + len(sentences)])
                at += len(sentences)
        self.answers.update((ticket, a) for (ticket, _), a in zip(asked, answers))
        self.running += len(asked)
        self.changed.notify_all()


def side_by_side(fn: Callable, docs: Sequence) -> list[tuple[object | None, str | None]]:
    pool = _Pool(len(docs))
    out: list[tuple[object | None, str | None]] = [(None, None)] * len(docs)

    def run(i: int) -> None:
        pool.baton.acquire()
        parse.pooled.by = pool
        try:
            out[i] = (fn(docs[i]), None)
        except Exception as exc:  # noqa: BLE001 -- one bad document must not stop the others
            out[i] = (None, f"extraction failed: {exc!r}")
        finally:
            parse.pooled.by = None
            pool.finished()

    threads = [threading.Thread(target=run, args=(i,), daemon=True) for i in range(len(docs))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return out
