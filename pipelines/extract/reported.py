"""Reported speech read off a dependency parse: who (the subject), what (the content), and the cue.

Contract: ``reported_speech(doc) -> list[Report]`` for one parsed sentence (a spaCy ``Doc``, see
``pipelines.extract.parse``); offsets are character offsets into the sentence string.  Pure: the
same parse gives the same reports.  ``has_cue(text, start, end)`` (and ``cue_positions``, where)
says, without parsing, whether a
sentence holds a word form of the lexicon at all (only those are worth a parse).

A report is a predicate of the lexicon (``CUES``: speech, cognition and communication verbs, by
lemma, with their word forms) with:

- content: its clausal complement (``ccomp``: "said that X", "X, the Minister replied"), the
  clause it interrupts as a parenthetical ("The tariff, the Secretary continued, would stay"), an
  infinitive for verbs of asking and urging ("urged him to X"), or an object for the verbs that
  report by naming what was said ("stressed the need for X"), of at least ``MIN_WORDS`` words;
- subject: its ``nsubj``; a coordinated predicate without one shares its head's ("reported that
  X, but warned that Y"); coordinated subjects each speak ("Both the Premier and his deputy
  said"); none at all for subject-less telegraphese ("Said he would ...": ``subject`` None);
- speech-act nouns: "his view was that X", "the reiteration by the President that X", "the
  Ambassador's pitch was that X": the possessor or the "by" agent is the speaker.

Negated predicates ("did not say that") and passives ("was told that") report nobody's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

MIN_WORDS = 3


def _forms(lemma: str) -> set[str]:
    """Regular English inflections of a verb (irregular ones come from ``_IRREGULAR``)."""
    if lemma.endswith("e"):
        return {lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return {lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    if re.search(r"[^aeiou][aeiou][pgtm]$", lemma) and len(lemma) <= 4:  # "admit", "stop"
        double = lemma + lemma[-1]
        return {lemma, lemma + "s", double + "ed", double + "ing"}
    ending = "es" if lemma.endswith(("s", "sh", "ch", "x")) else "s"
    return {lemma, lemma + ending, lemma + "ed", lemma + "ing"}


_IRREGULAR = {"say": {"said", "says", "saying"}, "tell": {"told", "telling", "tells"},
              "think": {"thought", "thinks", "thinking"}, "feel": {"felt", "feels", "feeling"},
              "write": {"wrote", "written", "writes", "writing"},
              "admit": {"admitted", "admits", "admitting"}, "begin": set(),
              "speak": set(), "hold": {"held", "holds"}, "see": set()}

# speech: the words were said; cognition: a view was stated ("felt that"); communication: sent
SPEECH = ["say", "tell", "add", "reply", "rejoin", "answer", "respond", "state", "declare", "remark", "comment", "note", "observe", "explain", "mention", "report", "announce", "assure", "reassure", "warn", "caution", "insist", "argue", "stress", "emphasize", "emphasise", "suggest", "propose", "ask", "inquire", "enquire", "wonder", "request", "urge", "recall", "repeat", "reiterate", "concede", "acknowledge", "admit", "agree", "confirm", "deny", "claim", "maintain", "contend", "predict", "promise", "pledge", "complain", "protest", "express", "indicate", "inform", "advise", "recommend", "cite", "charge", "allege", "reveal", "disclose", "hint", "imply", "affirm", "assert", "retort", "counter", "object", "underline", "underscore", "conclude", "continue", "describe", "characterize", "characterise", "recount", "mention", "point"]
COGNITION = ["feel", "believe", "think", "consider", "hope", "fear", "expect", "doubt", "estimate"]
COMMUNICATION = ["write", "cable", "wire", "telegraph", "instruct"]
CUES: dict[str, str] = {}
for _cls, _lemmas in (("speech", SPEECH), ("cognition", COGNITION),
                      ("communication", COMMUNICATION)):
    for _lemma in _lemmas:
        for _form in _IRREGULAR.get(_lemma) or _forms(_lemma):
            CUES.setdefault(_form, _lemma)
        CUES.setdefault(_lemma, _lemma)
# verbs whose infinitive complement is what was said ("urged him to reconsider")
# ("agree to" is left out: "agreed to open the border" tells what was done, not said)
_TO_CONTENT = {"urge", "ask", "request", "instruct", "advise", "propose", "suggest", "promise",
               "pledge", "recommend", "warn", "tell"}
# verbs that report by naming what was said ("stressed the need for restraint")
_OBJECT_CONTENT = {"stress", "emphasize", "emphasise", "mention", "cite", "express",
                   "reiterate", "repeat", "propose", "suggest", "recommend", "describe",
                   "characterize", "characterise", "underline", "underscore", "deny", "confirm",
                   "acknowledge", "predict", "recount"}
SPEECH_NOUNS = {"view", "position", "feeling", "impression", "reply", "answer", "response",
                "suggestion", "proposal", "argument", "pitch", "message", "assurance",
                "reiteration", "statement", "comment", "remark", "words", "opinion", "belief",
                "conclusion", "contention", "recommendation", "point", "thesis", "reaction"}
_SUBJECT_DEPS = {"nsubj"}
_BE = {"is", "was", "were", "are", "be", "been", "remained"}
_NAME_DEPS = {"det", "compound", "amod", "poss", "nmod", "flat", "case", "nummod", "prep",
              "pobj", "punct", "appos", "cc", "conj"}
# forms that are mostly nouns in running text ("the United States", "his report"): worth a
# parse only after a pronoun ("we hope", "I report"); the rules know the frequent speech verbs
_NOUNLIKE = {"state", "states", "report", "reports", "note", "notes", "request", "requests",
             "claim", "claims", "protest", "protests", "promise", "promises", "hope", "hopes",
             "fear", "fears", "doubt", "doubts", "estimate", "estimates", "cable", "cables",
             "wire", "wires", "counter", "object", "objects", "charge", "charges", "comment",
             "comments", "answer", "answers", "continue", "continues", "continuing", "express",
             "cite", "hint", "hints", "pledge", "pledges", "warning", "feeling", "understanding",
             "meaning", "writing", "telegraph", "instruct", "advise", "inform", "mention",
             "point", "points"}
_VERB_CUES = frozenset(f for f in CUES if f not in _NOUNLIKE)
_SUBJECT_PRONOUNS = {"i", "we", "he", "she", "they"}
_WORDS = re.compile(r"[A-Za-z]+")
# a speech-act noun reports only with its speaker and a clause: "his view was that", "the
# Ambassador's pitch was that", "the reiteration by the President that"
_NOUNS = "|".join(sorted(SPEECH_NOUNS))
_NOUN_WORDS = re.compile(
    rf"(?:\b(?:[Hh]is|[Hh]er|[A-Z][\w.\-]*[’']s)\s+(?:[\w\-]+\s+){{0,2}}(?:{_NOUNS})\b"
    rf"|\b(?:{_NOUNS})\s+by\s+(?:the\s+)?[A-Z])(?:\s+[\w’'.,]+){{0,8}}?\s+that\b")
# a cue after one of these reports nobody's words that the text can name
_NOBODY_BEFORE = {"we", "they", "it", "this", "there", "which", "who", "you", "one"}


@dataclass(frozen=True)
class Report:
    cue: str  # the predicate (or noun) as written
    cue_start: int
    subject: tuple[int, int] | None  # the speaker's phrase; None: no subject (telegraphese)
    content: tuple[int, int]
    rule: str  # "parse:ccomp", "parse:parataxis", "parse:xcomp", "parse:object", "parse:noun"


_VERB_FORMS = "|".join(sorted((f for f in CUES if f not in _NOUNLIKE), key=len, reverse=True))
# a second report coordinated inside a clause: "... and I replied that", "..., but warned that"
_COORDINATED = re.compile(r"\b(?:and|but)\s+(?P<lead>(?:(?:then|also|later|he|she|I|the|"
                          r"[A-Z][\w.\-]+)\s+){0,3})(?P<verb>" + _VERB_FORMS + r")\b")


def coordinated_cue(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a second, coordinated cue ("and remarked that", "and
    he replied that"); a bare present inside reported words is theirs ("said that we favor
    British entry and feel that ...")."""
    return any(m["lead"].strip() not in ("", "then", "also", "later") or _narrating(m["verb"])
               for m in _COORDINATED.finditer(text, start, end))


def _narrating(form: str) -> bool:
    """A cue's form of the narrator's, past or participle ("remarked", "said", "felt",
    "saying"), not the present or base form reported words go on in ("and feel that")."""
    low = form.lower()
    return low.endswith(("ed", "ing")) or any(low in forms and low[-1:] != "s"
                                              for forms in _IRREGULAR.values())


def has_cue(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether a sentence holds a cue whose speaker the text may name (not "we believe")."""
    return next(cue_positions(text, start, end), None) is not None


def cue_positions(text: str, start: int = 0, end: int | None = None):
    """Offsets of the sentence's cues whose speaker the text may name: the verbs' in text
    order, then the speech-act nouns'.  A scan of words against sets (one pattern of every
    form was the extraction's slowest step)."""
    end = len(text) if end is None else end
    previous, nouns = "", False
    for m in _WORDS.finditer(text, start, end):
        word = m.group().lower()
        if word in _VERB_CUES:
            if previous not in _NOBODY_BEFORE:
                yield m.start()
        elif word in _NOUNLIKE:
            if previous in _SUBJECT_PRONOUNS and previous not in _NOBODY_BEFORE:
                yield m.start()  # "I report", "he hopes": a verb after its subject
        elif word in SPEECH_NOUNS:
            nouns = True
        previous = word
    if nouns:
        for m in _NOUN_WORDS.finditer(text, start, end):
            yield m.start()


def reported_speech(doc) -> list[Report]:
    found: list[tuple[Report, object]] = []
    for tok in doc:
        low = tok.lower_
        if low in CUES and _verbal(tok) and not _negated_or_passive(tok) and _particle_fits(tok) \
                and not _free_relative(tok):
            found.extend((r, tok) for r in _verb_reports(tok, CUES[low]))
        elif low in SPEECH_NOUNS and tok.tag_ in ("NN", "NNS"):
            found.extend((r, tok) for r in _noun_reports(tok))
    return _untangle(found)


# the words that open a free relative: "what he thinks", "whatever Doe says"
_FREE_RELATIVE_WORDS = {"what", "whatever"}


def _free_relative(verb) -> bool:
    """A cue in a free relative: "get what he thinks he needs", "Despite what Doe says about
    X": the clause names a thing (the object of another verb, or of a preposition), it
    reports no words; its "what" opens the cue's clause, the cue is no sentence's root."""
    first = verb.left_edge
    return first.lower_ in _FREE_RELATIVE_WORDS and first.i < verb.i and verb.dep_ != "ROOT"


# verbs that report only with their particle: "pointed out that X" (not "pointed to the poll")
_WITH_PARTICLE = {"point": "out"}


def _particle_fits(verb) -> bool:
    """"pointed out", never the bare form ("to have a talk and point out that ...": a
    proposal, not words said)."""
    particle = _WITH_PARTICLE.get(CUES[verb.lower_])
    return particle is None or verb.tag_ != "VB" and any(
        c.dep_ == "prt" and c.lower_ == particle for c in verb.children)


def _untangle(found: list) -> list[Report]:
    """A cue inside another report's content: a second, coordinated report ("said X and
    remarked Y": the first content ends before "and") or words of the content (a "felt" inside
    what was said: no report of its own)."""
    out: list[Report] = []
    for report, tok in found:
        holder = next((i for i, r in enumerate(out)
                       if r.content[0] <= report.cue_start < r.content[1]), None)
        if holder is None:
            out.append(report)
            continue
        cc = _coordinator(tok)
        if cc is None:
            continue
        held = out[holder]
        out[holder] = replace(held, content=(held.content[0], _end_before(tok.doc, cc)))
        out.append(report)
    return [r for r in out if r.content[1] - r.content[0] > 0]


def _coordinator(verb):
    """The "and"/"but" that opens a coordinated predicate ("..., but warned that"), if any."""
    before = [t for t in verb.doc[max(0, verb.i - 3):verb.i]]
    for t in reversed(before):
        if t.lower_ in ("and", "but") and t.dep_ == "cc":
            # joining predicates, not a subject's names ("if the President and Doe considered")
            return t if _verbal(t.head) else None
        if not (t.is_punct or t.tag_[:2] in ("RB", "PR", "NN", "DT")):
            return None
    return None


def _end_before(doc, tok) -> int:
    i = tok.i
    while i > 0 and doc[i - 1].is_punct and doc[i - 1].text not in _CLOSING_QUOTES:
        i -= 1  # a quotation closing the content stays whole: "spoke of “arms,” but ..."
    return doc[i - 1].idx + len(doc[i - 1].text) if i > 0 else 0


_CLOSING_QUOTES = {"”", "\"", "’"}


def _verbal(tok) -> bool:
    """A verb or auxiliary, by its fine-grained tag (the coarse one needs a further component)."""
    return tok.tag_.startswith("VB") or tok.tag_ == "MD"


def _negated_or_passive(verb) -> bool:
    """Not said: "did not say", "was told", what is yet to be said ("will tell"), what might
    be ("could as well argue that", "might say") and what is feared or supposed ("lest Doe
    think", "if Doe said")."""
    return any(c.dep_ in ("neg", "auxpass", "nsubjpass")
               or c.dep_ == "aux" and c.lower_ in _NOT_SAID
               or c.dep_ == "mark" and c.lower_ in _SUPPOSED for c in verb.children)


_NOT_SAID = {"will", "shall", "'ll", "’ll", "could", "might", "may", "can", "should", "must"}
_SUPPOSED = {"lest", "if", "unless"}


def _verb_reports(verb, lemma: str) -> list[Report]:
    content = _content(verb, lemma)
    if content is None:
        return []
    span, rule = content
    subjects = _subjects(verb)
    if subjects is None:
        return []
    if not subjects:  # telegraphese: "Said he would ..." opens the sentence
        if verb.i != _first_word(verb.doc).i:
            return []
        return [Report(verb.text, verb.idx, None, span, rule)]
    return [Report(verb.text, verb.idx, s, span, rule) for s in subjects]


def _first_word(doc):
    return next((t for t in doc if not t.is_punct and not t.like_num), doc[0])


def _content(verb, lemma: str) -> tuple[tuple[int, int], str] | None:
    kids = list(verb.children)
    for c in kids:
        if c.dep_ == "ccomp" and c.i > verb.i and _fronted(verb):
            return _clause(c), "parse:ccomp"  # "Although Doe believes X, he feels Y": X
        if c.dep_ == "ccomp" and c.i > verb.i:  # "said that X": X runs to the sentence's end
            fronted = _subject_set_off(verb, c)
            if fronted is not None:  # "Union, he pointed out, would be best": the cue inside
                return (fronted, _sentence_end(verb.doc)), "parse:parataxis"
            start = _after_that(verb, c) or _clause(c)[0]
            return (start, _sentence_end(verb.doc)), "parse:ccomp"
        if c.dep_ == "ccomp" and not _participle_opening(c):  # "X, the Minister replied"
            return _clause(c), "parse:ccomp"
    if verb.dep_ == "parataxis" and _verbal(verb.head):
        head = verb.head  # "The tariff, the Secretary continued, would stay."
        lo, hi = head.left_edge.i, head.right_edge.i
        tokens = [t for t in verb.doc[lo:hi + 1]
                  if not (verb.left_edge.i <= t.i <= verb.right_edge.i)]
        tokens = [t for t in tokens if not (t.is_punct and t.i in (lo, hi))]
        after = [t for t in tokens if t.i > verb.right_edge.i and not t.is_punct]
        before = [t for t in tokens if t.i < verb.left_edge.i and not t.is_punct]
        edge = verb.left_edge
        set_off = edge.text if edge.is_punct else verb.doc[edge.i - 1].text if edge.i > lo else ""
        # "Trade—Doe said X": the cue opens it, X is said (but "Enosis, he pointed out, would
        # be best": a comma sets off a parenthetical cue inside the words)
        if len(before) <= 2 and after and set_off != ",":
            tokens = [t for t in tokens if t.i > verb.right_edge.i]
            while tokens and tokens[0].is_punct:
                tokens = tokens[1:]
        if tokens:
            return _span(tokens[0], tokens[-1]), "parse:parataxis"
    for c in kids:
        if c.dep_ == "xcomp" and lemma in _TO_CONTENT and any(t.dep_ == "aux" and
                                                             t.lower_ == "to" for t in c.children):
            return _clause(c, keep_to=True), "parse:xcomp"
    if lemma in _OBJECT_CONTENT:
        for c in kids:
            if c.dep_ == "dobj" and c.tag_.startswith("NN") and _words(c) >= MIN_WORDS \
                    and not _own_talk(c):
                held = _held_that(c)  # "expressed the hope that X": X
                return (_clause(held) if held is not None else _clause(c)), "parse:object"
    return None


# a talk or journey a speaker tells of: "described his talks with Doe" names no words said
TALK_NOUNS = frozenset({"talk", "talks", "conversation", "conversations", "meeting", "meetings",
                        "discussion", "discussions", "visit", "visits", "trip", "journey",
                        "interview", "lunch", "luncheon", "dinner"})
_POSSESSIVES = {"his", "her", "their", "our", "my"}
_TELLS_OF = {"note", "mention", "recall", "describe", "review", "recount", "discuss", "report"}


def _own_talk(noun) -> bool:
    return noun.lower_ in TALK_NOUNS and CUES.get(noun.head.lower_) in _TELLS_OF and any(
        c.dep_ == "poss" and c.lower_ in _POSSESSIVES for c in noun.children)


def _participle_opening(clause) -> bool:
    """A clause before the cue that opens with a cue's participle ("Stressing this was a
    military view, the General asked me to ..."): the speaker's own adjunct, which the parse
    may take for the words the main cue reports; they are the participle's words."""
    first = clause.left_edge
    return first.tag_ == "VBG" and first.lower_ in CUES


def _fronted(verb) -> bool:
    """A cue in a subordinate clause before its main clause ("Although Doe believes X, he
    feels Y", "When I proposed X, he suggested Y"): its words end with that clause, and the
    main clause says something of its own."""
    return verb.dep_ == "advcl" and verb.head.i > verb.i and any(
        c.dep_ == "mark" for c in verb.children)  # "Said X, Y" (telegraphese) is no such clause


# nouns of a view held, whose "that" clause is the words: "expressed the hope that ..."
HELD_VIEWS = {"view", "hope", "belief", "opinion", "conviction", "fear", "concern", "wish",
              "feeling", "desire", "expectation", "confidence", "thought", "impression",
              "judgment", "judgement", "understanding", "assurance", "position"}


def _held_that(noun):
    """The "that" clause of a noun of a view held ("the hope that ..."), else None."""
    if noun.lemma_.lower() not in HELD_VIEWS:
        return None
    return next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl")
                 and any(t.dep_ == "mark" and t.lower_ == "that" for t in c.children)), None)


def _subject_set_off(verb, clause) -> int | None:
    """Where the words start when their subject stands before the cue, set off by a comma, and
    the clause after the cue has none of its own ("Union, he pointed out, would be best"): at
    that subject; else None."""
    if any(t.dep_ in _CLAUSE_SUBJECTS for t in clause.children) or clause.lower_ == "to":
        return None
    first = verb.doc[verb.left_edge.i]
    if first.i == 0 or first.is_punct:
        first = verb.doc[0]
    comma = next((t for t in verb.doc[first.i:verb.i] if t.text == ","), None)
    if first.dep_ not in ("npadvmod", "dep", "nsubj", "intj") or first.head != verb or \
            comma is None or first.i != _first_word(verb.doc).i:
        return None
    subject = [t for t in verb.children if t.dep_ == "nsubj" and t.i > comma.i]
    return first.idx if subject else None


_CLAUSE_SUBJECTS = ("nsubj", "nsubjpass", "expl", "csubj")


def _after_that(verb, clause) -> int | None:
    """Where the words begin when the "that" after the cue (or after its object or phrase)
    opens them but the parse began the clause later: in "assured him that analogies with 1961
    were wrong" a misparse left "analogies with 1961" out, and its year in the cue's part."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in clause.children):
        return None  # a clause with its own subject was parsed whole
    first = clause.left_edge.i
    ends = {verb.i} | {e for c in verb.children if c.i < first and c is not clause
                       for e in (c.i, c.right_edge.i)}
    for tok in verb.doc[verb.i + 1:first]:
        if tok.lower_ == "that" and tok.i - 1 in ends and tok.i + 1 < first:
            return verb.doc[tok.i + 1].idx
    return None


def _clause(head, keep_to: bool = False) -> tuple[int, int]:
    """The clause a head governs, without a leading "that"/"whether" mark or trailing comma."""
    tokens = list(head.subtree)
    while tokens and (tokens[0].dep_ == "mark" and tokens[0].lower_ == "that"
                      or tokens[0].is_punct or (tokens[0].lower_ == "to" and not keep_to)):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct and tokens[-1].text not in ".?!":
        tokens = tokens[:-1]
    if not tokens:
        return head.idx, head.idx + len(head.text)
    last = tokens[-1]
    after = head.doc[last.i + 1] if last.i + 1 < len(head.doc) else None
    if after is not None and after.text == "”" and sum(t.text == "“" for t in tokens) > sum(
            t.text == "”" for t in tokens):
        last = after  # the quotation the clause opens closes with it: "the word “level”"
    return _span(tokens[0], last)


def _sentence_end(doc) -> int:
    tokens = [t for t in doc if not t.is_space]
    while tokens and tokens[-1].is_punct and tokens[-1].text not in "?!":
        tokens = tokens[:-1]
    return tokens[-1].idx + len(tokens[-1].text) if tokens else 0


def _span(first, last) -> tuple[int, int]:
    return first.idx, last.idx + len(last.text)


def _words(head) -> int:
    return sum(1 for t in head.subtree if t.is_alpha)


def _subjects(verb) -> list[tuple[int, int]] | None:
    """The phrases of the verb's subjects; [] when it has none; None when its subject is one
    that speaks for nobody ("it", "this", "there")."""
    v = verb
    while True:
        subj = next((c for c in v.children if c.dep_ in _SUBJECT_DEPS), None)
        if subj is None and v.tag_ == "VBG" and v.dep_ == "pcomp" and v.head.lower_ == "by":
            v = v.head.head  # "ended by remarking that": the subject of "ended"
            continue
        if subj is None and _second_cue(v):
            v = v.head.head  # "said that X was sound and asked whether": the cue's subject
            continue
        shared = v.dep_ == "conj" or (v.dep_ == "advcl" and v.tag_ == "VBG") or (
            _to_infinitive(v) and (v.dep_ == "advcl" or v.dep_ == "xcomp" and not any(
                c.dep_ in ("dobj", "dative") for c in v.head.children)))
        if subj is not None or not shared or not _verbal(v.head):
            break
        if _but_after_subordinate(v):
            v = v.head.head  # "Doe winced when I put it to him but agreed": Doe agreed; "Doe
            # agreed that it was best as Roe said but believed": past "it", Doe believed
            while v.dep_ != "ROOT" and any(c.dep_ in _SUBJECT_DEPS and c.lower_ in _EXPLETIVES
                                           for c in v.children):
                v = v.head
            continue
        v = v.head  # "... and added that", "..., saying that", "telephoned to say that": the
        # head predicate's subject
    if subj is None:
        return []
    if subj.lower_ in _EXPLETIVES:
        return None
    return [_phrase(s) for s in [subj, *_conjuncts(subj)]]


# subjects that speak for nobody
_EXPLETIVES = {"it", "this", "that", "there", "which", "what", "who"}
_SUBORDINATORS = {"when", "while", "after", "before", "as", "because", "since", "once", "until",
                  "though", "although", "if"}


def _but_after_subordinate(v) -> bool:
    """A "but" verb the parse joins to a subordinate clause ("Doe winced when I put it to him
    but agreed ..."): it contrasts with the main clause, whose subject it shares."""
    head = v.head  # the parse hangs "but" on the first verb of the two, or on the second
    but = any(c.dep_ == "cc" and c.lower_ == "but" and c.i < v.i
              for c in (*v.children, *head.children))
    return (v.dep_ == "conj" and but and head.dep_ == "advcl" and _verbal(head.head)
            and any(c.dep_ in ("mark", "advmod") and c.lower_ in _SUBORDINATORS and c.i < head.i
                    for c in head.children))


def _second_cue(v) -> bool:
    """A cue with no subject coordinated with the clause another cue reports ("said that there
    was merit in it and asked whether ..."): the parse joins it to the reported clause, but it
    is the first cue's speaker's second report, not words of the clause (whose subject, "the
    plan" or "there", says nothing)."""
    clause = v.head
    if not (v.dep_ == "conj" and v.lower_ in CUES and clause.dep_ == "ccomp"
            and clause.i > clause.head.i and clause.head.lower_ in CUES
            and _verbal(clause.head)):
        return False
    # a person as the clause's subject, or a shared "had", may be the one who spoke: "said
    # Doe had called and informed him that ..." reports Doe's words, not the first speaker's
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return not (subject is not None and subject.tag_ in ("NNP", "NNPS", "PRP")
                or any(c.dep_ == "aux" and c.lower_ == "had" for c in clause.children))


def _to_infinitive(v) -> bool:
    """An infinitive with "to": its subject is its head's when it says why ("telephoned to
    say that", an advcl) or completes a head with no object ("went on to stress", an xcomp;
    not "asked him to say", where the object says it)."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)


def _conjuncts(tok) -> list:
    out, frontier = [], [tok]
    while frontier:
        t = frontier.pop()
        for c in t.children:
            if c.dep_ == "conj" and (c.tag_.startswith("NN") or c.tag_ == "PRP"):
                out.append(c)
                frontier.append(c)
    return out


def _phrase(tok) -> tuple[int, int]:
    """The words naming a subject: the noun with what stands before it in its phrase ("the
    Prime Minister", "Foreign Minister Doe"), not its relative clauses or appositions."""
    left = tok
    for c in tok.lefts:
        if c.dep_ in ("det", "compound", "amod", "poss", "nmod", "flat", "nummod"):
            left = c.left_edge if c.left_edge.i < left.i else c
            break
    right = tok
    for c in tok.rights:
        if c.dep_ in ("compound", "flat") and c.i == right.i + 1:
            right = c
    return left.idx, right.idx + len(right.text)


def _noun_reports(noun) -> list[Report]:
    """"his view was that X", "the reiteration by the President that X"."""
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp")
                   and any(t.dep_ == "mark" and t.lower_ == "that" for t in c.children)), None)
    if clause is None and noun.dep_ == "nsubj" and noun.head.lower_ in _BE:
        clause = next((c for c in noun.head.children if c.dep_ in ("ccomp", "attr")
                       and _verbal(c)), None)
    if clause is None or _words(clause) < MIN_WORDS:
        return []
    speaker = next((c for c in noun.children if c.dep_ == "poss"), None)
    if speaker is None:
        by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        speaker = next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
    if speaker is None:
        return []
    return [Report(noun.text, noun.idx, _phrase(speaker), _clause(clause), "parse:noun")]
