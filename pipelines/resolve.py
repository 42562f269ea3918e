"""People across documents: one canonical person per individual.

Contract: ``resolve_people(extractions) -> Resolution`` merges the documents' ``LocalPerson``s.
Two names are one person when their normalised keys are equal, when they have the same words
in another order or with other accents ("Tanaka Kakuei" in a FRUS persons list, "Kakuei Tanaka"
in a report; "Satō" and "Sato"), when a full name is another's listed alias ("Zhou Enlai" for
"Chou En-lai"), or when one name's words are a subset of exactly one other person's ("Bush" and "George H. W. Bush"; "Kaifu" and "Toshiki
Kaifu").  A name that fits several people ("George Bush": "George H. W. Bush" or "George W.
Bush") stays apart: precision first.  The canonical name is the fullest; ``person_id`` is a hash
of its normalised key, so it does not depend on document order.
"""

from __future__ import annotations

import math
import re
import sys
import weakref
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import combinations

from pipelines.document import Extraction, LocalPerson
from pipelines.extract.given_names import GIVEN_NAMES, NICKNAMES
from pipelines.extract.names import fold, name_key
from pipelines.ids import stable_id


@dataclass(frozen=True)
class Person:
    person_id: str
    name: str
    aliases: tuple[str, ...]
    role: str | None
    country: str | None
    frus_person_ids: tuple[str, ...] = ()  # the persons-list entries that are this person


@dataclass(frozen=True)
class Resolution:
    people: tuple[Person, ...]
    ids: dict[tuple[str, str], str]  # (document_id, LocalPerson.key) -> person_id


def _words(key: str) -> frozenset[str]:
    return frozenset(key.split())


def _initials(key: str) -> frozenset[str]:
    return frozenset(w for w in key.split() if len(w) == 1)


def _part_of(short: str, full: str) -> bool:
    """'bush' is part of 'george h w bush'; 'george w bush' is not (its initials differ), nor
    is a given name alone the first name of a fuller one ('richard' of 'richard m nixon'; it
    is part of 'ivor richard')."""
    if short in GIVEN_NAMES and full.startswith(short + " "):
        return False
    if not _words(short) < _words(full):
        return _initials_fit(short.split(), full.split())
    return not _initials(short) or _initials(short) == _initials(full)


def _initials_fit(short: list[str], full: list[str]) -> bool:
    """'j w butiku' is part of 'joseph w butiku': the same family name, each initial stands for
    one of the fuller name's given names, and every initial of the fuller name is given
    ('g w bush' is not part of 'george h w bush')."""
    if not 2 <= len(short) <= len(full) or short[-1] != full[-1] or short == full:
        return False
    if not any(len(w) == 1 for w in short) or not _initials(" ".join(full)) <= set(short):
        return False  # every initial of the fuller name given: "g w bush" is not "george h w"
    given = full[:-1]
    return all(w in given or (len(w) == 1 and any(
        _initial_of(w, g) and len(g) > 1 for g in given)) for w in short[:-1])


def _initial_of(initial: str, name: str) -> bool:
    """'k' of 'konstantinos', and 'c' too: Constantine is spelt both ways ("C. Mitsotakis")."""
    return name[0] == initial or (initial in "ck" and name[1:3] == "on" and name[0] in "ck")


def _entries_differ(a: Iterable[str], b: Iterable[str]) -> bool:
    """Whether two sets of persons-list IDs ("volume#id") name different entries of one
    volume: "Ngo Dinh Nhu" and "Nhu, Madame", or "Chiang Kai-shek" and "Chiang Ching-kuo",
    are two people however alike their names (a cross-reference entry is read as the entry
    it points to before this)."""
    by_volume: dict[str, set[str]] = {}
    for i in a:
        by_volume.setdefault(i.partition("#")[0], set()).add(i)
    return any(i.partition("#")[0] in by_volume and not by_volume[i.partition("#")[0]] & set(b)
               for i in b)


def _fullness(key: str) -> tuple[int, int, str]:
    return (len(key.split()), len(key), key)


def _canonical_keys(keys: set[str], aliases: Mapping[str, set[str]] | None = None,
                    listed: Mapping[str, set[str]] | None = None) -> dict[str, str]:
    """Map every key to the fullest key it unambiguously belongs to, by its names or its
    multi-word aliases (``aliases``: key -> alias keys; "caramanlis" is part of the alias
    "constantine caramanlis" of "konstantine karamanlis"), a familiar given name standing for
    its formal forms ("jimmy carter" is "james earl carter").  ``listed``: key -> its
    persons-list IDs; a key never goes to one listed as another entry of its volume."""
    aliases, listed = aliases or {}, listed or {}
    ordered = sorted(keys, key=_fullness, reverse=True)
    having: dict[str, set[str]] = {}  # word -> keys with it: a name's supersets share its words
    for k in ordered:
        for w in _words(k).union(*map(_words, aliases.get(k, ()))):
            having.setdefault(w, set()).add(k)
    target: dict[str, str] = {}
    for key in ordered:
        words = {w for w in _words(key) if len(w) > 1}  # an initial may stand for a name
        candidates = set.intersection(*(having[w] for w in words)) if words else set(ordered)
        supers = {target[k] for k in candidates
                  if k != key and k in target and (_part_of(key, k) or any(
                      _part_of(key, a) for a in aliases.get(k, ())))
                  and not _entries_differ(listed.get(key, ()), listed.get(target[k], ()))}
        target[key] = supers.pop() if len(supers) == 1 else key
    for key in ordered:  # once every fuller name has its target: nicknames to formal names
        if target[key] == key and (formal := _formal_targets(key, having, target)):
            target[key] = formal
    return target


def _variants(key: str) -> list[str]:
    """The key with its first word, a familiar given name, as each formal name it stands for."""
    first, _, rest = key.partition(" ")
    return [f"{name} {rest}" for name in NICKNAMES.get(first, ())] if rest else []


def _formal_targets(key: str, having: dict[str, set[str]], target: dict[str, str]
                    ) -> str | None:
    """The one person a nicknamed key's formal forms name ("bill hyland": "william g hyland";
    "bill rogers" fits two William Rogers: None)."""
    found = set()
    first = key.split()[0]
    for variant in _variants(key):
        words = _words(variant)
        if not all(w in having for w in words):
            continue
        for k in set.intersection(*(having[w] for w in words)):
            # two forms that stand for each other ("george", "georgios"): the fuller is the
            # target, or each would point at the other
            mutual = first in NICKNAMES.get(k.split()[0], ())
            if (k == variant or _part_of(variant, k)) and not (
                    mutual and _fullness(k) < _fullness(key)):
                found.add(target[k])
    return found.pop() if len(found) == 1 else None


def _same_names(people: list[tuple[str, LocalPerson]]) -> dict[str, str]:
    """Map every key to one key of the people that share a full name with it (same words in
    any order and accent, a listed multi-word alias, or another spelling of one long word in
    the same file: ``_spellings``), given as (file, person): union-find over names."""
    parent: dict[str, str] = {}
    listed: dict[str, set[str]] = {}  # root -> the persons-list IDs of its people
    for _, p in people:
        listed.setdefault(p.key, set()).update(p.list_ids)

    def find(k: str) -> str:
        while parent.setdefault(k, k) != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(a: str, b: str) -> None:
        a, b = find(a), find(b)
        if a != b and not _entries_differ(listed.get(a, ()), listed.get(b, ())):
            root, child = min(a, b, key=_fullness), max(a, b, key=_fullness)
            parent[child] = root
            listed.setdefault(root, set()).update(listed.get(child, ()))

    owner: dict[frozenset[str], str] = {}
    for _, p in sorted(people, key=lambda fp: fp[1].key):
        names = [p.key] + [name_key(a) for a in p.aliases if len(name_key(a).split()) >= 2]
        for n in names:
            # the Arabic article however transliterated: "Anwar el-Sadat", "Anwar al-Sadat"
            words = frozenset(_ARTICLES.get(w, w) for w in fold(n).split())
            if words in owner:
                union(owner[words], p.key)
            else:
                owner[words] = p.key
    for a, b in _spellings(people):
        union(a, b)
    groups: dict[str, set[str]] = {}
    for _, p in people:
        groups.setdefault(find(p.key), set()).add(p.key)
    cited = Counter(p.key for _, p in people)  # in how many documents
    out = {}
    for keys in groups.values():
        # the fullest name, and of names as full the one most documents give (not a typo)
        fullest = max(keys, key=lambda k: (len(k.split()), cited[k], len(k), k))
        out |= dict.fromkeys(keys, fullest)
    return out


# spellings of the Arabic article in names, as one
_ARTICLES = {"el": "al", "ul": "al"}


# a name this long or longer (letters and spaces) may be misspelt by one letter and still name
# the same person ("turgut tulumen"/"turgot tulumen"; not "jon hale"/"jan hale")
_LONG_NAME = 12


def _spellings(people: list[tuple[str, LocalPerson]]) -> list[tuple[str, str]]:
    """Pairs of keys of one file that are one person spelt two ways: long names one letter
    apart, in a word of two letters or more ("konstantine"/"constantine", "byron"/"vyron";
    a middle initial tells two people apart), whose roles agree (``roles_agree``) or of which
    only one is in the persons list.  Two
    people of one file named so alike are rarer than a typo or a second transliteration."""
    roles: dict[tuple[str, str], set[str]] = {}
    listed: set[tuple[str, str]] = set()  # in the file's persons list
    for path, p in people:
        if len(p.key.split()) >= 2 and len(p.key) >= _LONG_NAME - 1:
            roles.setdefault((path, p.key), set()).update([p.role] if p.role else [])
            if p.list_ids:
                listed.add((path, p.key))
    # (file, the key less one letter, without accents) -> keys: "Turgot Tulumen" is one
    # letter from "Turgut Tülümen"
    buckets: dict[tuple[str, str], list[str]] = {}
    for path, key in sorted(roles):
        folded = fold(key)
        last = folded.split()[-1]
        for variant in _less_one_letter(folded):
            buckets.setdefault((path, variant), []).append(key)
        for variant in _less_one_letter(last):  # and by the family name, for names apart in
            buckets.setdefault((path, "#" + variant), []).append(key)  # two words
    pairs = set()
    for (path, _), keys in buckets.items():
        for a, b in combinations(sorted(set(keys)), 2):
            fa, fb = fold(a), fold(b)
            # roles agree, or the name the persons list does not have is its entry misspelt
            # (its roles may be of another year: "Special Assistant", then "Ambassador")
            if (max(len(a), len(b)) >= _LONG_NAME and (fa == fb or _one_word_apart(fa, fb))
                    and (roles_agree(roles[(path, a)], roles[(path, b)])
                         or ((path, a) in listed) != ((path, b) in listed))):
                pairs.add((a, b))
    return sorted(pairs)


def _one_word_apart(a: str, b: str) -> bool:
    """One word one letter apart, or, in a name this long, two words of five letters or more
    ("eustace lagakos", "eustache lagacos")."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb):
        return False
    differ = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    if len(differ) == 2 and min(len(a), len(b)) >= _LONG_NAME + 2:
        return all(min(map(len, pair)) >= 5 and _one_letter_apart(*pair) for pair in differ)
    return (len(differ) == 1 and min(map(len, differ[0])) >= 2
            and _one_letter_apart(*differ[0]))


# words of roles that say nothing of the office ("former Ambassador", "the Secretary")
_ROLE_FILLER = frozenset(["the", "of", "former", "acting", "and", "for", "to", "in"])


# abbreviated role words ("Gen.", "Amb.") and what they stand for
_ABBREVIATED = {"gen": "general", "adm": "admiral", "amb": "ambassador", "sec": "secretary",
                "secy": "secretary", "col": "colonel", "lt": "lieutenant", "capt": "captain",
                "pres": "president", "min": "minister", "dep": "deputy", "asst": "assistant",
                "perm": "permanent", "assoc": "associate",
                "dir": "director", "maj": "major", "sen": "senator", "rep": "representative",
                # a diplomat's posts by another name: an ambassador may be his country's
                # permanent representative or envoy
                "representative": "ambassador", "envoy": "ambassador", "permrep": "ambassador",
                "delegate": "ambassador"}


def roles_agree(a: set[str], b: set[str]) -> bool:
    """No roles on one side, or one role's words all among another's ("Director" and "Director
    General of Political Affairs"), or two words in common ("Greek Secretary General" and
    "Foreign Ministry Secretary General"); "Governor" and "Ambassador to Tanzania" disagree."""
    if not a or not b:
        return True
    words = [[_role_words(r) for r in side] for side in (a, b)]
    return any(x <= y or y <= x or len(x & y) >= 2 for x in words[0] for y in words[1])


def _role_words(role: str) -> set[str]:
    """The words of a role that name the office, abbreviations spelt out ("Perm Rep" is
    "permanent ambassador"); none for a role that names no office ("aide", "official")."""
    words = set()
    for w in re.findall(r"[a-z]{2,}", fold(role)):
        w = _ABBREVIATED.get(w, w)
        words.add(_ABBREVIATED.get(w, w))  # "rep": "representative": "ambassador"
    words -= _ROLE_FILLER
    return set() if words <= _NO_OFFICE else words


# roles that say someone served, not in what office
_NO_OFFICE = frozenset(["aide", "official", "staff", "member", "diplomat"])


def _less_one_letter(word: str) -> set[str]:
    """The word with each of its letters dropped in turn, and the word itself: two spellings
    one letter apart, or with two letters swapped, share one of these."""
    return {word[:i] + word[i + 1:] for i in range(len(word) + 1)}


def _one_letter_apart(a: str, b: str) -> bool:
    """One letter changed, added or dropped, or two letters side by side swapped
    ("molyviatis", "molvyiatis")."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        differ = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return len(differ) == 1 or (len(differ) == 2 and differ[1] == differ[0] + 1
                                    and a[differ[0]] == b[differ[1]]
                                    and a[differ[1]] == b[differ[0]])
    short, long_ = sorted((a, b), key=len)
    return short in _less_one_letter(long_)


@dataclass(frozen=True)
class DocPeople:
    """What resolution needs of one document: its ID, its path (for a stable order) and its
    ``LocalPerson``s.  A build keeps only this of each document while it resolves."""

    document_id: str
    source_path: str
    people: tuple[LocalPerson, ...]

    @classmethod
    def of(cls, ex: Extraction) -> DocPeople:
        return cls(ex.document.document_id, ex.document.source_path, tuple(ex.people))

    def shared(self) -> DocPeople:
        """The same, with equal people (and paths) as one object each: the same person in the
        same role recurs in many documents, and a build holds every document's people until
        it resolves them (measured: about 4 KB a document as copies, under 1 KB shared)."""
        return DocPeople(self.document_id, sys.intern(self.source_path),
                         tuple(_shared(p) for p in self.people))


# equal LocalPersons -> one of them, while any document still holds it
_SHARED: weakref.WeakValueDictionary = weakref.WeakValueDictionary()


def _shared(person: LocalPerson) -> LocalPerson:
    fields = (person.key, person.name, person.aliases, person.role, person.country,
              person.list_ids)
    found = _SHARED.get(fields)
    if found is None:
        found = LocalPerson(sys.intern(person.key), sys.intern(person.name),
                            tuple(sys.intern(a) for a in person.aliases),
                            _interned(person.role), _interned(person.country),
                            tuple(sys.intern(i) for i in person.list_ids))
        _SHARED[fields] = found
    return found


def _interned(text: str | None) -> str | None:
    return None if text is None else sys.intern(text)


def resolve_people(extractions: Sequence[Extraction | DocPeople],
                   previous: Mapping[str, str] | None = None) -> Resolution:
    """``extractions``: the documents' extractions, or just their ``DocPeople``.
    ``previous``: the latest published version's people, name key -> person_id.  A person
    whose new canonical name is fuller than the one published before ("Ohira" becoming
    "Masayoshi Ohira") keeps the published ID, so IDs stay stable across versions."""
    docs = [x if isinstance(x, DocPeople) else DocPeople.of(x) for x in extractions]
    # (document ID, its file, person): a file is a volume of records, or one report
    locals_: list[tuple[str, str, LocalPerson]] = [
        (doc.document_id, doc.source_path, p)
        for doc in sorted(docs, key=lambda d: d.source_path) for p in doc.people]
    same = _same_names([(path, p) for _, path, p in locals_])
    locals_ = [(doc, path, p if same[p.key] == p.key else replace(p, key=same[p.key]))
               for doc, path, p in locals_]
    aliases: dict[str, set[str]] = {}
    for _, _, p in locals_:
        aliases.setdefault(p.key, set()).update(
            k for a in p.aliases if len((k := name_key(a)).split()) >= 2 and k != p.key)
    listed: dict[str, set[str]] = {}  # key -> its persons-list IDs
    for _, _, p in locals_:
        listed.setdefault(p.key, set()).update(p.list_ids)
    target = _canonical_keys({p.key for _, _, p in locals_}, aliases, listed)
    in_context = _in_context(locals_, target, listed)
    groups: dict[str, list[LocalPerson]] = {}
    for doc, _, p in locals_:
        groups.setdefault(in_context[(doc, p.key)], []).append(p)
    people = {key: _person(key, group) for key, group in groups.items()}
    if previous:
        people = _keep_published_ids(people, groups, previous)
    ids = {(doc_id, p.key): people[in_context[(doc_id, p.key)]].person_id
           for doc_id, _, p in locals_}
    # extractions still name people by their own keys
    ids |= {(doc.document_id, p.key): ids[(doc.document_id, same[p.key])]
            for doc in docs for p in doc.people}
    return Resolution(tuple(sorted(people.values(), key=lambda p: p.person_id)), ids)


# a short name goes to the one fuller name its file cites far more often than any other: in
# this many more of the file's documents than all the others together, and at least in ...
_DOMINANT_RATIO = 5
_DOMINANT_DOCS = 10  # ... this many


def _in_context(locals_: list[tuple[str, str, LocalPerson]], target: dict[str, str],
                listed: Mapping[str, set[str]]) -> dict[tuple[str, str], str]:
    """(document ID, key) -> the person's key.  A short name that fits several people of the
    corpus ("Smith") is, in one file
    (a volume), the one of them the file cites; or the one it cites far more often than the
    others (``_dominant``); or, in one document, the one whose documents cite the same people
    as this one (``_by_company``: Ian Smith beside Vorster and Nkomo, not the general of the
    Washington meetings); a role it is given must fit theirs, and ``listed`` (key -> its
    persons-list IDs) must not make them two entries of one volume.  Else it stays a person
    of its own."""
    files: dict[str, dict[str, set[str]]] = {}  # file -> document -> the keys it cites
    roles: dict[tuple[str, str], set[str]] = {}  # (file, key) -> roles given to that name
    for doc, path, p in locals_:
        files.setdefault(path, {}).setdefault(doc, set()).add(target[p.key])
        roles.setdefault((path, p.key), set()).update([p.role] if p.role else [])
    cited = {path: Counter(k for keys in docs.values() for k in keys)
             for path, docs in files.items()}
    names = {path: _FileNames(counts) for path, counts in cited.items()}
    fits: dict[tuple[str, str], list[str]] = {}  # (file, short key) -> people it may be
    out: dict[tuple[str, str], str] = {}
    for doc, path, p in locals_:
        own = {p.role} if p.role else set()
        key = target[p.key]
        if key != p.key:  # one person fits in the whole corpus: roles change over the years
            out[(doc, p.key)] = key
            continue
        if (path, p.key) not in fits:  # fuller names, not other short forms of them
            fits[(path, p.key)] = _fuller(p.key, names[path])
        found = [k for k in fits[(path, p.key)] if roles_agree(own, roles.get((path, k), set()))
                 and _spelt_alike(p.key, k, roles[(path, p.key)], roles.get((path, k), set()),
                                  cited[path])
                 and not _entries_differ(p.list_ids, listed.get(k, ()))]
        found = _best_titled(own, found, roles, path)
        docs = files[path]
        here = [k for k in found if k in docs[doc]]
        if len(here) == 1:  # the one of them this very document names
            out[(doc, p.key)] = here[0]
            continue
        if p.key in GIVEN_NAMES:  # a given name alone: only the one person of the file it opens
            out[(doc, p.key)] = found[0] if len(found) == 1 else p.key
            continue
        out[(doc, p.key)] = found and (
            _dominant(found, cited[path])
            or _by_company(p.key, found, docs[doc], docs, cited[path])) or p.key
    return out


def _best_titled(own: set[str], found: list[str], roles: dict[tuple[str, str], set[str]],
                 path: str) -> list[str]:
    """Of the namesakes a titled short name may be, those whose role the title fits best:
    "Secretary Roe" is the Deputy or Acting Secretary rather than an Assistant Secretary,
    whom the text calls "Mr." or "Assistant Secretary" (``_title_grade``)."""
    if not own or len(found) < 2 or not all(roles.get((path, k)) for k in found):
        return found  # a namesake of no known role may hold any office
    grades = {k: max((_title_grade(t, r) for t in own for r in roles.get((path, k), ())),
                     default=0) for k in found}
    best = max(grades.values())
    return [k for k in found if grades[k] == best] if best else found


# an office below the one its title noun names, which the bare title never stands for
_LESSER_OFFICE = re.compile(r"\b(?:assistant|associate)\s+(?:[a-z]+\s+)?$")


def _title_grade(title: str, role: str) -> int:
    """How well a short name's title fits a role: 2 when the title's head word opens the
    office the role names or follows a word that may stand in for it ("Deputy", "Acting",
    "Under"); 1 when it names a lesser office ("Assistant Secretary" for "Secretary"); 0 when
    the title's words are not the role's."""
    head = _role_words(title)
    words = fold(role).lower()
    if not head or not head <= _role_words(role):
        return 0
    noun = fold(title).lower().split()[-1]
    at = re.search(rf"\b{re.escape(noun)}\b", words)
    if at is None or noun in fold(title).lower().split()[:-1]:
        return 1
    lesser = _LESSER_OFFICE.search(words[:at.start()])
    return 1 if lesser and not _LESSER_OFFICE.search(fold(title).lower()[:-len(noun)]) else 2


def _spelt_alike(short: str, full: str, given: set[str], theirs: set[str], cited: Counter
                 ) -> bool:
    """Whether a short name may by its spelling be the fuller one: spelt as the fuller name,
    or cited far less often (``_spelt_as_cited``), or given roles in its file (``given``) that
    agree with the fuller name's ("Foreign Minister Mwali" beside "Siteke G. Mwale, Minister
    of Foreign Affairs")."""
    return (_spelt_as_cited(short, full, cited) or len(fold(short.split()[-1])) >= _VERY_LONG
            or (any(map(_role_words, given)) and bool(theirs) and roles_agree(given, theirs)))


# a family name this long one letter from another of its volume is that one misspelt
# ("Chrysopathis", "Chrysospathis"): two people are rarely named so alike at such a length
_VERY_LONG = 10


def _spelt_as_cited(short: str, full: str, cited: Counter) -> bool:
    """A family name spelt another way than the fuller name's stands for it only when the
    file cites the fuller name far more often ("Rodgers" once, "Bernard W. Rogers" often):
    two people of one volume may be named one letter apart (Hansen, Jansen)."""
    last = fold(short.split()[-1])
    if any(g in (last, *NICKNAMES.get(last, ())) for g in fold(full).split()):
        return True  # the name as the fuller one spells it, or a given name of it
    return cited[full] >= _DOMINANT_RATIO * cited[short]


class _FileNames:
    """The names one file cites, indexed for ``_fuller``: by word, and a one-word name's
    family names less one letter (for "denktas" beside "rauf denktash")."""

    def __init__(self, keys: Iterable[str]):
        self.with_word: dict[str, set[str]] = {}
        for k in keys:
            for w in k.split():
                self.with_word.setdefault(w, set()).add(k)
        self._less_one: dict[str, set[str]] | None = None  # made when first asked

    @property
    def family_less_one(self) -> dict[str, set[str]]:
        if self._less_one is None:
            self._less_one = {}
            for k in {k for keys in self.with_word.values() for k in keys}:
                for last in set(fold(k).split()[1:]):  # the family names of a name
                    if len(last) >= _LONG_SINGLE - 1:
                        for variant in _less_one_letter(last):
                            self._less_one.setdefault(variant, set()).add(k)
        return self._less_one

    def candidates(self, key: str) -> set[str]:
        """A superset of the names ``key`` may be short for (``_fits`` decides)."""
        words = key.split()
        found: set[str] = set()
        for form in [key, *_variants(key)]:  # all its long words, or its family name
            long_words = [w for w in form.split() if len(w) > 1] or form.split()
            found |= set.intersection(*(self.with_word.get(w, set()) for w in long_words))
        if len(words) == 1:
            for name in (key, *NICKNAMES.get(key, ())):
                found |= self.with_word.get(name, set())
        last = fold(words[-1])  # a family name spelt one letter apart
        if len(last) >= (_LONG_SINGLE if len(words) == 1 else _LONG_WORD):
            for variant in _less_one_letter(last):
                found |= self.family_less_one.get(variant, set())
        found.discard(key)
        return found


def _fuller(key: str, names: _FileNames) -> list[str]:
    """The names of the file that ``key`` may be short for, less those that are themselves
    short for another ("william rogers" beside "william p rogers" and "william d rogers")."""
    fits = [k for k in names.candidates(key) if _fits(key, k)]
    return sorted(k for k in fits if not any(o != k and _fits(k, o) for o in fits))


def _fits(short: str, full: str) -> bool:
    """Whether ``short`` may be short for ``full`` in a file that cites both: part of it (or
    of a formal form of its familiar given name), a given name alone that opens it ("ivor",
    "tony" for "antony duff"), or a long family name spelt one letter apart ("denktas",
    "rauf denktash")."""
    if _part_of(short, full) or any(_part_of(v, full) or v == full for v in _variants(short)):
        return True
    if " " in short:  # "bernie rodgers" for "bernard w rogers": its family name misspelt
        words, last = short.split(), full.split()[-1]
        return (len(last) >= _LONG_WORD and words[-1] != last
                and _one_letter_apart(fold(words[-1]), fold(last))
                and _fits(" ".join([*words[:-1], last]), full))
    first, last = full.split()[0], full.split()[-1]
    if short in GIVEN_NAMES:
        return first == short or first in NICKNAMES.get(short, ())
    # a family name spelt one letter apart, also one of a double name ("averof" for
    # "evangelos averoff tossizza")
    return len(short) >= _LONG_SINGLE and any(
        _one_letter_apart(fold(short), part) for part in fold(full).split()[1:])


# a family name alone this long may be misspelt by one letter ("Denktas" for "Denktash"); with
# the given name, this long ("Bernie Rodgers" for Bernard W. Rogers)
_LONG_SINGLE = 5
_LONG_WORD = 6


# the company a namesake keeps must tell them apart: the best score this many times the next
_COMPANY_RATIO = 2.0
_COMPANY_MIN = 0.5


def _by_company(key: str, fits: list[str], keys: set[str], docs: dict[str, set[str]],
                cited: Counter) -> str | None:
    """The one of ``fits`` whose documents cite the other people of this document (``keys``),
    each person weighing more the fewer documents of the file cite them."""
    others = keys - {key, *fits}
    if not others:
        return None
    scores = []
    for k in fits:
        company = Counter(q for ks in docs.values() if k in ks for q in ks & others)
        score = sum(n / cited[k] * math.log(len(docs) / cited[q]) for q, n in company.items())
        scores.append((score, k))
    scores.sort(reverse=True)
    best, runner_up = scores[0][0], scores[1][0] if len(scores) > 1 else 0.0
    return scores[0][1] if best >= _COMPANY_MIN and best >= _COMPANY_RATIO * runner_up else None


def _dominant(keys: list[str], docs: Counter) -> str | None:
    if len(keys) == 1:
        return keys[0]
    if not keys:
        return None
    top = max(keys, key=lambda k: (docs[k], k))
    rest = sum(docs[k] for k in keys if k != top)
    return top if docs[top] >= max(_DOMINANT_DOCS, _DOMINANT_RATIO * rest) else None


def published_keys(people: Iterable[tuple[str, str]]) -> dict[str, str]:
    """A published version's people, (person_id, name) pairs, as ``resolve_people`` takes
    them: name key -> person_id (the later row wins, as in a dict)."""
    return {name_key(name): person_id for person_id, name in people}


def _keep_published_ids(people: dict[str, Person], groups: dict[str, list[LocalPerson]],
                        previous: Mapping[str, str]) -> dict[str, Person]:
    """Give a new person the published ID of the one previous person among their names (when
    their own ID is new and no one else claims that previous ID)."""
    published = set(previous.values())
    claims: dict[str, list[str]] = {}
    for key, person in people.items():
        if person.person_id in published:
            continue
        names = {name_key(n) for p in groups[key] for n in (p.name, *p.aliases)} | {key}
        found = {previous[n] for n in names if n in previous}
        if len(found) == 1:
            claims.setdefault(found.pop(), []).append(key)
    taken = {p.person_id for p in people.values()}
    out = dict(people)
    for old_id, keys in claims.items():
        if len(keys) == 1 and old_id not in taken:
            out[keys[0]] = replace(people[keys[0]], person_id=old_id)
    return out


def _person(key: str, group: list[LocalPerson]) -> Person:
    # a name as the text spells it may carry the punctuation around it: a signature's
    # "Henry Cabot Lodge, Jr.,", a quoted letter's "John F. Kennedy”", a nickname's "“Harry”"
    names = {_unpunctuated(n) for n in {p.name for p in group}
             | {a for p in group for a in p.aliases}} - {""}
    # the fullest spelling, not one with an editor's brackets ("[Richard C.] Samuel")
    canonical = max((n for n in names if name_key(n) == key),
                    key=lambda n: ("[" not in n, len(n), n), default=None)
    if canonical is None:  # the key came from a name spelled another way
        canonical = max(names, key=lambda n: (fold(n) == fold(key), len(n), n))
    canonical = re.sub(r"\s+", " ", canonical.replace("[", "").replace("]", "")).strip()
    # a particle the source broke at its line's end: "Anwar el- Sadat" is "Anwar el-Sadat"
    canonical = re.sub(r"\b([a-z]{1,3})-\s+(?=[A-Z])", r"\1-", canonical)
    listed = [p for p in group if p.list_ids] or group  # a persons list's word comes first
    return Person(
        person_id=stable_id("person", key),
        name=canonical,
        aliases=tuple(sorted(n for n in names if n != canonical)),
        role=(_most_telling(_held([_office(p.role) for p in listed]))
              or _most_telling(_held([_office(p.role) for p in group]))),
        country=(_most_common([p.country for p in listed])
                 or _most_common([p.country for p in group])),
        frus_person_ids=tuple(sorted({i for p in group for i in p.list_ids})),
    )


def _unpunctuated(name: str) -> str:
    return name.strip().strip(_AROUND_A_NAME).strip()


_AROUND_A_NAME = ",;:“”\"‘’ "


# forms of address the extractors keep as a person's role (they tell "Mrs. Doe" from an
# office holder of her family name), which are no office to publish
_ADDRESS = frozenset(["mrs", "miss", "ms", "madame", "mme", "madam", "lady", "mr", "dr", "sir",
                      "lord", "dame"])


def _office(role: str | None) -> str | None:
    return None if role is None or role.lower().rstrip(".") in _ADDRESS else role


def _held(roles: list[str | None]) -> list[str | None]:
    """The roles less those the person no longer held ("former Foreign Secretary"), when
    another record says what they held then or later (the Prime Minister he became)."""
    former = [_role_words(r[len("former "):]) for r in roles
              if r and r.lower().startswith("former ")]
    held = [r for r in roles if r and not r.lower().startswith("former ")]
    # another office, not the same one a record names without "former" ("President Doe")
    other = [r for r in held if not any(_role_words(r) <= f or f <= _role_words(r)
                                        for f in former)]
    return held if former and other else roles


def _most_telling(roles: list[str | None]) -> str | None:
    """The most common role, where a bare rank or title counts for the one fuller role that
    holds all its words ("Ambassador" for "Ambassador, Deputy Director of INR")."""
    counts = Counter(r for r in roles if r)
    for r in [r for r in counts if " " not in r.strip()]:  # a bare rank or title
        fuller = [o for o in counts if o != r and re.match(rf"{re.escape(r)}\b(?!-)", o)]
        if len(fuller) == 1:
            counts[fuller[0]] += counts.pop(r)
    return _most_common(list(counts.elements()))


def _most_common(values: list[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], v))
