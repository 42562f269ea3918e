"""Join hard-wrapped lines (e-mails, OCR output, archived plain text) back into paragraphs.

Contract: ``reflow(text)`` is a pure function.  Text that is not hard-wrapped comes back
unchanged, byte for byte (the same object); ``is_hard_wrapped(text)`` is that test: at least
``MIN_FULL_LINES`` lines run on into the next line of their block, and at least
``MIN_FULL_SHARE`` of those are *full* (the next line's first word would not have fitted on
them), at a width (``wrap_width``) between ``MIN_WIDTH`` and ``MAX_WIDTH`` columns.  One
paragraph per line, or Markdown, has few lines that run on, or lines of unrelated lengths.

In hard-wrapped text a line break is joined (the line and the next become one line, the break,
trailing spaces and the next line's indentation one space) unless the next line starts a
block of its own or the break was deliberate:

- a blank line, a line indented more than the one before, a list item ("- ", "* ", "+ ",
  "• ", or "1.", "2)", "(a)", "a)" after a line that ends a sentence or a lead-in, or after
  another item: a wrapped "March\n7. The talks" is no list), a Markdown heading ("# ..."), a
  table row ("|"), a rule ("---") or a code fence starts a new block.  The lines of a list item
  indented to its text continue it; a line indented less than the one before continues only a
  paragraph's indented first line; block-quote lines ("> ") continue a quote of the same depth
  (their markers are dropped when joined);
- headings, table rows, rules and everything between code fences keep their line breaks;
- a break is deliberate when the line ends well short of the wrap width (the next word would
  easily have fitted) and either ends with terminal punctuation (". ! ? :", maybe before a
  closing quote or bracket) or is short, does not end with ", ; -" and is followed by a line
  that opens with a capital or a digit (a heading, a sign-off, an address line).

A hyphen at a line end between two lowercase letters joins the word ("inter-\nnational" ->
"international"); any other joined break becomes one space.  Blank lines are kept as they are.
"""

from __future__ import annotations

import re

MIN_WIDTH = 40  # narrower "wrapping" is verse, an address or a column of names
MAX_WIDTH = 200  # wider lines are unwrapped paragraphs
MIN_FULL_LINES = 3
MIN_FULL_SHARE = 0.6
# a line is full when the next word would not fit at this share of the width: proportional-font
# OCR and ragged wrapping leave some room
FULL_SLACK = 0.9
# a break is deliberate when the next word fits at this share of the width (with terminal
# punctuation), or at the shorter one (before a capitalised line)
PUNCT_BREAK = 0.85
SHORT_BREAK = 0.6

_BULLET = re.compile(r"[ \t]*[-*+•][ \t]+\S")
_ENUMERATED = re.compile(r"[ \t]*(?:\d{1,3}[.)]|\(?(?:[a-zA-Z]|[ivxIVX]{1,4}|\d{1,3})\))[ \t]+\S")
_ITEM_TEXT = re.compile(r"[ \t]*(?:[-*+•]|\d{1,3}[.)]|\(?(?:[a-zA-Z]|[ivxIVX]{1,4}|\d{1,3})\))"
                        r"[ \t]+")
_HEADING = re.compile(r"[ \t]{0,3}#{1,6}(?:[ \t]|$)")
_RULE = re.compile(r"[ \t]*([-*_=])(?:[ \t]*\1){2,}[ \t]*$")
_FENCE = re.compile(r"[ \t]*(?:```|~~~)")
_TABLE = re.compile(r"[ \t]*\|")
_QUOTE = re.compile(r"[ \t]*(?:>[ \t]?)+")
_TERMINAL = re.compile(r"[.!?:][\"”’')\]]*$")
_OPENS_SENTENCE = re.compile(r"[\"“‘(]?[A-Z0-9]")


def reflow(text: str) -> str:
    lines = text.split("\n")
    width = _wrapped_width(lines)
    if width is None:
        return text
    fenced = _fenced(lines)
    out = [lines[0]]
    block_lines, block_item = 1, _is_item(_body(lines[0]), "")
    for i in range(1, len(lines)):
        prev, line = lines[i - 1], lines[i]
        if (not fenced[i - 1] and not fenced[i] and _continues(prev, line, block_lines, block_item)
                and not _deliberate_break(prev, line, width)):
            out[-1] = _join(out[-1], _text_of(line))
            block_lines += 1
        else:
            out.append(line)
            block_lines, block_item = 1, _is_item(_body(line), _body(prev))
    return "\n".join(out)


def is_hard_wrapped(text: str) -> bool:
    return _wrapped_width(text.split("\n")) is not None


def wrap_width(text: str) -> int:
    """The width the text is wrapped at: the 90th percentile of the lines that run on."""
    return _width(_run_on_pairs(text.split("\n")))


def _wrapped_width(lines: list[str]) -> int | None:
    """The wrap width when the lines are hard-wrapped, else None."""
    pairs = _run_on_pairs(lines)
    if len(pairs) < MIN_FULL_LINES:
        return None
    width = _width(pairs)
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        return None
    full = sum(_fill(prev, line) > FULL_SLACK * width for prev, line in pairs)
    return width if full >= MIN_FULL_LINES and full >= MIN_FULL_SHARE * len(pairs) else None


def _run_on_pairs(lines: list[str]) -> list[tuple[str, str]]:
    """Adjacent lines of one block (outside code fences): the breaks a wrap may have made."""
    fenced = _fenced(lines)
    return [(lines[i - 1], lines[i]) for i in range(1, len(lines))
            if not fenced[i - 1] and not fenced[i] and not _starts_block(lines[i - 1], lines[i])]


def _starts_block(prev: str, line: str) -> bool:
    """Whether ``line`` starts a block of its own whatever came before ``prev``."""
    before, body = _body(prev), _body(line)
    if not before.strip() or not body.strip() or _depth(prev) != _depth(line):
        return True
    if _single_line(before) or _single_line(body) or _is_item(body, before):
        return True
    item = _ITEM_TEXT.match(before) if _is_item(before, "") else None
    hanging = item is not None and _indent(body) == len(item.group())
    return _indent(body) > _indent(before) and not hanging


def _continues(prev: str, line: str, block_lines: int, block_item: bool) -> bool:
    """Whether ``line`` continues the block ``prev`` ends (``block_lines`` long so far)."""
    if _starts_block(prev, line):
        return False
    if _indent(_body(line)) >= _indent(_body(prev)):
        return True
    # a first-line indent: the paragraph's second line goes back to the margin
    return block_lines == 1 and not block_item


def _deliberate_break(prev: str, line: str, width: int) -> bool:
    fill = _fill(prev, line)
    if fill <= PUNCT_BREAK * width and _TERMINAL.search(prev.rstrip()):
        return True
    return (fill <= SHORT_BREAK * width and bool(_OPENS_SENTENCE.match(_text_of(line)))
            and not prev.rstrip().endswith((",", ";", "-")))


def _join(head: str, rest: str) -> str:
    """``head`` and the next line's text as one line: a word split at a hyphen is joined, any
    other break is one space."""
    head = head.rstrip()
    if len(head) >= 2 and head[-1] == "-" and head[-2].islower() and rest[:1].islower():
        return head[:-1] + rest
    return head + " " + rest


def _is_item(body: str, before: str) -> bool:
    """A list item; a numbered or lettered one only after a line that ends a sentence or a
    lead-in, or another item (a wrapped "March\n7. The talks" is no list)."""
    if _BULLET.match(body):
        return True
    return bool(_ENUMERATED.match(body)) and (not before.strip()
                                              or bool(_TERMINAL.search(before.rstrip()))
                                              or bool(_ITEM_TEXT.match(before)))


def _single_line(body: str) -> bool:
    """Headings, rules, table rows and fences keep their own line."""
    return bool(_HEADING.match(body) or _RULE.match(body) or _TABLE.match(body)
                or _FENCE.match(body))


def _fenced(lines: list[str]) -> list[bool]:
    """Per line: a code fence or a line between two (kept verbatim, never evidence)."""
    flags, inside = [], False
    for line in lines:
        fence = bool(_FENCE.match(_body(line)))
        flags.append(inside or fence)
        inside = inside != fence
    return flags


def _width(pairs: list[tuple[str, str]]) -> int:
    if not pairs:
        return 0
    lengths = sorted(len(prev.rstrip()) for prev, _ in pairs)
    return lengths[min(len(lengths) - 1, (9 * len(lengths)) // 10)]


def _fill(prev: str, line: str) -> int:
    """The length ``prev`` would have with the next line's first word on it."""
    words = _text_of(line).split(maxsplit=1)
    return len(prev.rstrip()) + 1 + (len(words[0]) if words else 0)


def _body(line: str) -> str:
    """The line without its block-quote markers (its own indentation kept)."""
    quote = _QUOTE.match(line)
    return line[quote.end():] if quote else line


def _text_of(line: str) -> str:
    return _body(line).lstrip()


def _depth(line: str) -> int:
    """How many block-quote markers (">") open the line."""
    quote = _QUOTE.match(line)
    return quote.group().count(">") if quote else 0


def _indent(body: str) -> int:
    return len(body) - len(body.lstrip(" \t"))
