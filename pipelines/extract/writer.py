"""Who wrote a primary record (a telegram, letter, despatch, memorandum or paper), and to whom.

Contract: pure functions over a ``Document`` read by ``pipelines.readers.tei`` and the people and
mentions ``pipelines.extract.persons_list.record_people`` found in it.

- ``document_writer(doc, people, mentions)`` is the record's author, or None when unsure
  (precision first).  The heading names them ("Memorandum From the Deputy Assistant Secretary
  (Jones) to ...", "Letter From President Eisenhower to ...") or an office ("From the Secretary
  of State"), else the record comes from a body ("Telegram From the Embassy in India") and its
  signature (``signature``) names them ("Cooper", "Dulles").  Names are resolved to a person of
  the record by its mentions, else by a name word that one person alone has; a record of a
  conversation, an editorial note or an estimate has no writer, nor has an unsigned telegram
  from a body, and a heading and a signature that name two people give None.
- ``document_addressee(doc, people, mentions)``: the person the record is written to, from the
  heading ("... to Prime Minister Nehru") or the salutation ("Dear Foster:"); ``spoken_to`` that
  person when a salutation greets them and the paragraphs never name them but there (a
  letter's "you").

The one person either may return that is not in ``people``: the holder of an office the record
names by title ("From the President", a Department telegram signed with the Secretary of
State's name), by the table of terms, as ``pipelines.extract.turns.TurnReader`` adds office
holders; the caller adds that person to the record's people.  Reported speech in the writer's
own voice ("I told the Minister that ...", telegraphese "Said our experts would ...") is theirs:
``writer_voice`` tells whether a record speaks in its writer's voice.
"""

from __future__ import annotations

import re

from pipelines.document import Document, LocalPerson, Markup, PersonMention
from pipelines.extract.exchanges import CONVERSATIONS
from pipelines.extract.names import fold, name_key
from pipelines.extract.offices import TITLED_OFFICES, holder_on, secretary_of_state, us_president
from pipelines.extract.persons_list import TITLE_WORDS, name_tokens, office_holder
from pipelines.extract.segment import Spans

# records with no single writer: the record of a conversation (its speakers speak), a note
# the editors wrote, an estimate of a whole community
_NOT_WRITTEN = {*CONVERSATIONS, "editorial note", "intelligence estimate"}
# "Memorandum From ...", "Memorandum by Director of Central Intelligence Dulles"
_FROM = re.compile(r"\b(?:From|by)\s+")
_TO = re.compile(r"\s+to\s+")
# the older volumes' heading names its sender first, with no "From": "The Ambassador in Iran
# (Wiley) to the Secretary of State", "The Secretary of State to the Embassy in France"
_SENDER_FIRST = re.compile(r"\s*(?:\d{1,4}\.\s+)?(?=The\s+[A-Z][^()]{2,80}?(?:\([^()]{2,40}\)\s*)?"
                           r"\s+to\s+(?:the\s+)?[A-Z])")
_SALUTATION = re.compile(r"(?:My\s+)?[Dd](?:ear|EAR)\s+([^:,\n]{1,60})[:,]")
# "Ambassador to India", "Assistant to the President", "Representative to the United Nations":
# a "to" that makes an office, not the one before the addressee
_OFFICE_TO = {"ambassador", "representative", "delegation", "delegate", "mission", "adviser",
              "advisor", "assistant", "counselor", "envoy", "observer", "liaison", "minister",
              "secretary", "commissioner", "coordinator", "consultant"}
# a signature's words that are not the signer's name
_SIGNATURE_WORDS = {"acting", "for", "the", "and", "signed", "sent", "by", "jr", "sr", "ii", "iii"}
# a closing paragraph of this many capitalised words at most, alone, is a signature
_LONGEST_SIGNATURE = 4
_NAME_WORD = re.compile(r"[A-Z][\w’'\-]*\.?")
# a body that writes: its signature is the person who wrote for it
_DEPARTMENT = re.compile(r"\bDepartment of State\b")
_WHITE_HOUSE = re.compile(r"\bWhite House\b|\bthe President\b")


def document_writer(doc: Document, people: list[LocalPerson], mentions: list[PersonMention]
                    ) -> LocalPerson | None:
    if not _written(doc):
        return None
    by_key = {p.key: p for p in people}
    relayed = _relayed_from(doc, by_key, mentions)
    if relayed is not None:
        return relayed
    sender, _ = _head_parts(doc)
    named = office = None
    if sender is not None:
        named = _named_in(doc, sender, by_key, mentions, parenthesised=True)
        office = None if named else _office_holder(doc, doc.text[sender[0]:sender[1]], people)
    signed = _signer(doc, sender, by_key, mentions, people)
    if named and signed and named.key != signed.key:
        # a signature by one of the heading's person's names ("Foster" for Dulles) is theirs;
        # "(Dulles)" of the heading, marked as the wrong Dulles, signed "Allen W. Dulles": the
        # signature names the writer in full; two different names leave it unsure
        block = signature(doc)
        if block and _by_name_words(doc.text[block.char_start:block.char_end], [named]):
            return named
        return signed if _bracketed_fits(doc.text[sender[0]:sender[1]], signed) else None
    if office and signed and name_key(office.name) != name_key(signed.name):
        return signed  # "From the Secretary of State", signed by the Acting Secretary
    if not named and signed and sender is not None and _names_another(
            doc.text[sender[0]:sender[1]], signed):
        return None  # "From ... (Kissinger)", ending with an attached letter signed "Kosygin"
    return named or signed or office or _bracketed_writer(doc, sender)


def _bracketed_writer(doc: Document, sender: tuple[int, int] | None) -> LocalPerson | None:
    """A writer the heading names only in brackets, whom the record lists nowhere else ("The
    Ambassador in Iran (Wiley)" in a volume with no persons list): that name, the office
    before it as role."""
    if sender is None:
        return None
    part = doc.text[sender[0]:sender[1]]
    bracketed = re.findall(r"\(\s*([A-Z][\w.’'\- ]{1,40}?)\s*\)", part)
    if len(bracketed) != 1 or not name_tokens(bracketed[0]) - TITLE_WORDS:
        return None
    role = re.sub(r"\s*\([^()]*\)", "", part).strip(" ,")
    role = re.sub(r"^(?:The|the)\s+", "", role) or None
    return LocalPerson(name_key(bracketed[0]), bracketed[0], role=role)


# a cable passing on another's message opens its text with the true writer: "213. From Cochran:";
# an ambassador away from his post, or a delegation's head, signs his cable at its start:
# "24385/Delto 987. From Vance. Subject: ..." (a known person only: "From Secretary." is an office)
_RELAYED = re.compile(r"\s*(?:\d{1,5}\.\s+)?From\s+([A-Z][\w.’'\- ]{1,40}?)\s*:")
_FROM_SIGNED = re.compile(r"\s*(?:[\w/ ]{1,30}?\d\.\s+)?"
                          # after a short routing line: "106794. Pass to White House. From ..."
                          r"(?:(?:Pass|For|Eyes|Personal|Deliver|Exclusive)\b[^.\n]{0,40}\.\s+)?"
                          r"From\s+([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})\.(?:\s|\Z)")


# the same in one routing line: "176021. For the Ambassador from Alexis Johnson. Ref: ...",
# "371. Hilsman from Kattenburg." (the addressee, then the one writing)
_FOR_FROM = re.compile(r"\s*(?:(?:[\w/ ]{1,30}?\d\.\s+)?(?:Eyes\s+only\s+)?[Ff]or\s+[^.\n]{1,40}?|"
                       r"\d{1,6}\.\s+(?!(?:Message|Text|Letter|Report|Cable|Telegram|Reply)\b)"
                       r"[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)\s+from\s+"
                       r"([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})\.(?:\s|\Z)")


# a cable forwarding another's report whole: "Following is Ambassador Thompson's report of his
# conversation ...": its first person is the report's writer
_FORWARDED = re.compile(r"\b(?:The\s+)?[Ff]ollowing\s+is\s+(?:the\s+text\s+of\s+)?(?:(?:Ambassador|"
                        r"Secretary|General|Governor|Senator|Mr\.|Dr\.)\s+)?"
                        r"([A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,2})[’']s\s+(?:report|message|"
                        r"cable|telegram|letter|account)\b")


def _relayed_from(doc: Document, by_key: dict[str, LocalPerson],
                  mentions: list[PersonMention]) -> LocalPerson | None:
    """The writer a cable's text names at its start ("213. From Cochran: Left Washington
    ..."), where the embassy sending it only passes the message on."""
    first = next((m for m in doc.markup if m.kind == "p"), None)
    signed = (_FROM_SIGNED.match(doc.text, first.char_start, first.char_end)
              or _FOR_FROM.match(doc.text, first.char_start, first.char_end)) if first else None
    if signed:
        span = signed.span(1)
        name = doc.text[span[0]:span[1]]
        # one the record does not know yet, by a name, not an office ("from Secretary")
        new = signed.re is _FOR_FROM and not any(fold(w) in TITLE_WORDS for w in name.split())
        return _named_in(doc, span, by_key, mentions) or _by_name_words(
            name, list(by_key.values())) or (LocalPerson(name_key(name), name) if new else None)
    found = (_RELAYED.match(doc.text, first.char_start, first.char_end)
             or _FORWARDED.search(doc.text, first.char_start, first.char_end)) if first else None
    if found is None:
        return None
    span = found.span(1)
    name = doc.text[span[0]:span[1]]
    return _named_in(doc, span, by_key, mentions) or _by_name_words(
        name, list(by_key.values())) or LocalPerson(name_key(name), name)


def _names_another(sender: str, signed: LocalPerson) -> bool:
    """The heading names its writer in brackets ("(Bundy)"), and not the one who signed."""
    bracketed = re.findall(r"\(([^)]{2,40})\)", sender)
    family = signed.name.split()[-1].lower() if signed.name.split() else ""
    return bool(bracketed) and not any(family in b.lower() for b in bracketed)


def document_addressee(doc: Document, people: list[LocalPerson], mentions: list[PersonMention]
                       ) -> LocalPerson | None:
    if not _written(doc):
        return None
    by_key = {p.key: p for p in people}
    _, to = _head_parts(doc)
    head = None
    if to is not None:
        head = (_named_in(doc, to, by_key, mentions, parenthesised=True)
                or _office_holder(doc, doc.text[to[0]:to[1]], people))
    greeted = _greeted(doc, by_key, mentions, people)
    if head and greeted and name_key(head.name) != name_key(greeted.name):
        return None
    return head or greeted


def spoken_to(doc: Document, people: list[LocalPerson], mentions: list[PersonMention]
              ) -> LocalPerson | None:
    """The addressee a letter greets ("Dear Dean:") and speaks to, never of: "you" in it, not
    "he" nor "the President".  None for a record no salutation opens (a memorandum's talking
    points speak of its addressee: "The President would underline ..."), and for a letter whose
    paragraphs name its addressee outside the salutation (it speaks of him in the third
    person too)."""
    first = next((m for m in doc.markup if m.kind == "p"), None)
    greeting = first and _SALUTATION.match(doc.text, first.char_start, first.char_end)
    addressee = greeting and document_addressee(doc, people, mentions)
    if not addressee:
        return None
    paragraphs = Spans((m.char_start, m.char_end) for m in doc.markup if m.kind == "p")
    if any(m.person_key == addressee.key and not greeting.start() <= m.char_start < greeting.end()
           and paragraphs.hold(m.char_start)
           and name_tokens(doc.text[m.char_start:m.char_end]) - TITLE_WORDS - {"the"}
           for m in mentions):
        return None  # named, not only by a title ("the President" may be another)
    return addressee


def writer_voice(doc: Document) -> bool:
    """Whether the record speaks in its writer's voice (a telegram, letter, memorandum or
    paper), so that its first-person reports and subjectless telegraphese are the writer's."""
    return _written(doc)


def signature(doc: Document) -> Markup | None:
    """The record's signature block: its last ``signed`` block, else a closing paragraph that
    is one name alone (older encodings), else None."""
    signed = [m for m in doc.markup if m.kind == "signed"]
    if signed:
        return signed[-1]
    last = max((m for m in doc.markup if m.kind != "person"), key=lambda m: m.char_start,
               default=None)
    if last is None or last.kind != "p":
        return None
    words = doc.text[last.char_start:last.char_end].rstrip(".,").replace(",", " ").split()
    if 0 < len(words) <= _LONGEST_SIGNATURE and all(_NAME_WORD.fullmatch(w) for w in words):
        return last
    return None


def _written(doc: Document) -> bool:
    return bool(doc.markup) and doc.doc_type not in _NOT_WRITTEN


def _head_parts(doc: Document) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """Spans of the heading's sender ("the Embassy in India") and addressee ("the Department
    of State"): after "From", split at the first "to" outside brackets that makes no office."""
    head = next((m for m in doc.markup if m.kind == "head"), None)
    if head is None:
        return None, None
    text = doc.text
    found = (_FROM.search(text, head.char_start, head.char_end)
             or _SENDER_FIRST.match(text, head.char_start, head.char_end))
    if not found:
        return None, None
    start = found.end()
    for to in _TO.finditer(text, start, head.char_end):
        before = text[start:to.start()]
        words = before.split()
        if before.count("(") != before.count(")") or not words:
            continue
        if fold(words[-1]).strip(",") in _OFFICE_TO:
            continue
        return (start, to.start()), (to.end(), _head_end(text, to.end(), head.char_end))
    return (start, _head_end(text, start, head.char_end)), None


def _head_end(text: str, start: int, end: int) -> int:
    """The end of a heading's part, before a trailing date or place (", Washington, May 3")."""
    depth = 0
    for i in range(start, end):
        c = text[i]
        depth += (c == "(") - (c == ")")
        if c == "," and depth == 0:
            return i
    return end


def _named_in(doc: Document, span: tuple[int, int], by_key: dict[str, LocalPerson],
              mentions: list[PersonMention], parenthesised: bool = False) -> LocalPerson | None:
    """The one person the span's mentions name, else the one a bracketed name there
    ("(Jones)") or its last name word names."""
    keys = {m.person_key for m in mentions
            if span[0] <= m.char_start < span[1] and m.person_key in by_key}
    if len(keys) == 1:
        return by_key[keys.pop()]
    if keys:
        return None  # two people: a joint memorandum, or unclear
    part = doc.text[span[0]:span[1]]
    bracketed = re.findall(r"\(([^()]+)\)", part) if parenthesised else []
    if len(bracketed) == 1:
        return _by_name_words(bracketed[0], list(by_key.values()))
    return None


def _bracketed_fits(part: str, person: LocalPerson) -> bool:
    """Whether the one bracketed name of a heading's part ("(Dulles)") is a name of
    ``person`` (every name word of it theirs)."""
    bracketed = re.findall(r"\(([^()]+)\)", part)
    toks = name_tokens(bracketed[0]) - TITLE_WORDS if len(bracketed) == 1 else frozenset()
    return bool(toks) and toks <= name_tokens(" ".join([person.name, *person.aliases]))


def _by_name_words(words: str, people: list[LocalPerson]) -> LocalPerson | None:
    """The one person whose name has every name word of ``words`` ("Walter S. Robertson",
    "Robertson", "Foster"); None for none or several (two Dulleses)."""
    toks = {t for t in name_tokens(words) - TITLE_WORDS - _SIGNATURE_WORDS if len(t) > 1}
    if not toks:
        return None
    hits = [p for p in people if toks <= name_tokens(" ".join([p.name, *p.aliases]))]
    return hits[0] if len(hits) == 1 else None


def _office_holder(doc: Document, part: str, people: list[LocalPerson]) -> LocalPerson | None:
    """The holder on the record's day of the office a U.S. record's heading names alone ("the
    President", "the Secretary of State"): a person of the record by name, else a new one."""
    words = " ".join(part.split()).lower()
    role = TITLED_OFFICES.get(words[4:]) if words.startswith("the ") else None
    if role is None or not (doc.source_key or "").startswith("frus"):
        return None
    return office_holder(holder_on(role, doc.event_date), role, people)


def _signer(doc: Document, sender: tuple[int, int] | None, by_key: dict[str, LocalPerson],
            mentions: list[PersonMention], people: list[LocalPerson]) -> LocalPerson | None:
    """The person the signature names.  A Department of State record signed with the name of
    the Secretary of State of the day (a "Dulles" telegram) is the Secretary's, as a White
    House one signed with the President's name is the President's."""
    block = signature(doc)
    if block is None:
        return None
    words = doc.text[block.char_start:block.char_end]
    sent_from = doc.text[sender[0]:sender[1]] if sender else ""
    family = [w for w in re.findall(r"[^\W\d_][\w’'\-]*", words)
              if fold(w).rstrip(".") not in _SIGNATURE_WORDS]
    if family:
        for pattern, table, role in ((_DEPARTMENT, secretary_of_state, "Secretary of State"),
                                     (_WHITE_HOUSE, us_president,
                                      "President of the United States")):
            # the Secretary signs telegrams from wherever he is ("Dulles" from the Embassy in
            # Paris); the Central Intelligence Agency has its own Dulles
            travelling = (pattern is _DEPARTMENT and doc.doc_type == "telegram"
                          and "Central Intelligence" not in sent_from)
            if not pattern.search(sent_from) and not travelling:
                continue
            holder = table(doc.event_date) if (doc.source_key or "").startswith("frus") else None
            if holder and name_tokens(family[-1]) <= name_tokens(holder):
                return office_holder(holder, role, people)
    return _named_in(doc, (block.char_start, block.char_end), by_key, mentions) or (
        _by_name_words(words, people))


def _greeted(doc: Document, by_key: dict[str, LocalPerson], mentions: list[PersonMention],
             people: list[LocalPerson]) -> LocalPerson | None:
    """The person a letter's salutation greets ("Dear Foster:", "Dear Mr. Irwin:")."""
    first = next((m for m in doc.markup if m.kind == "p"), None)
    if first is None:
        return None
    found = _SALUTATION.match(doc.text, first.char_start, first.char_end)
    if not found:
        return None
    span = found.span(1)
    return _named_in(doc, span, by_key, mentions) or _by_name_words(found.group(1), people)
