"""pipelines.audit: what a reviewer should check in a published people table."""

from __future__ import annotations

import csv
import io

import pandas as pd
from tables_fixture import good_tables

from pipelines import audit
from pipelines import publish as pub
from pipelines.__main__ import main
from pipelines.assemble.validate import validate_tables

# invented people: (person_id, name, role, country, mentions, statements)
PEOPLE = [
    ("p-hart", "Miriam K. Hartwell", "Minister of Trade", "GB", 40, 12),
    ("p-hart2", "Hartwell", None, None, 3, 0),
    ("p-osk", "Tomas Oskarsson", "Ambassador to Iceland", None, 9, 4),
    ("p-cape", "Cape Verdes", None, None, 5, 0),
    ("p-label", "B. Background", None, None, 2, 0),
    ("p-adv", "Tactically Oskarsson", None, None, 1, 0),
    ("p-im", "Maybe I’m", None, None, 1, 0),
    ("p-lone", "Quillan", None, None, 7, 1),
    ("p-clean", "Dorota Welk-Abara", "Deputy Foreign Minister", "PL", 20, 6),
]


def tables(people=PEOPLE):
    frame = pd.DataFrame([p[:4] for p in people],
                         columns=["person_id", "name", "role", "country"])
    mentions = pd.DataFrame({"person_id": [p[0] for p in people for _ in range(p[4])]})
    said = pd.DataFrame({"speaker_id": [p[0] for p in people for _ in range(p[5])] + [None]})
    return frame, mentions, said


def by_check(result, check):
    return {f.person_id: f for f in result.of(check)}


def test_people_sharing_a_surname_are_listed_together_the_bare_surname_flagged():
    result = audit.audit_people(*tables())
    found = by_check(result, "surname")
    assert set(found) == {"p-hart", "p-hart2", "p-osk", "p-adv"}
    assert found["p-hart2"].detail == "Hartwell: 2 IDs; bare surname"
    assert found["p-hart"].detail == "Hartwell: 2 IDs"
    assert "'Tactically' is not a name" in found["p-adv"].detail
    assert (found["p-hart"].mentions, found["p-hart"].statements) == (40, 12)
    assert result.summary.surnames == 2


def test_people_with_no_role_come_most_mentioned_first():
    no_role = audit.audit_people(*tables()).of("no-role")
    assert [f.person_id for f in no_role][:3] == ["p-lone", "p-cape", "p-hart2"]
    assert "p-clean" not in {f.person_id for f in no_role}


def test_names_like_places_labels_and_headings_are_doubted_and_say_why():
    found = by_check(audit.audit_people(*tables()), "not-a-name")
    assert found["p-cape"].detail == "place word 'cape'"
    assert found["p-label"].detail == "starts with an outline label 'B.'"
    assert "'Tactically' is an English word" in found["p-adv"].detail
    assert "contraction" in found["p-im"].detail
    assert found["p-lone"].detail == "one word"
    assert "p-clean" not in found and "p-hart" not in found and "p-osk" not in found


def test_a_country_or_place_word_anywhere_in_the_name_is_doubted():
    assert audit.name_doubts("Port Averlin Authority") == ["place word 'port'"]
    assert audit.name_doubts("Delegation of Brazil") == ["place word 'brazil'"]
    assert audit.name_doubts("Oren Baske") == []


def test_given_names_that_are_english_words_are_not_doubted():
    assert audit.name_doubts("Frank Ollery") == []  # a noun too: a name
    assert audit.name_doubts("Harry Ollery") == []  # a verb, but a common given name
    assert audit.name_doubts("Tactically Ollery") != []  # an adverb ...
    assert audit.name_doubts("Tactically Ollery", given={"tactically"}) == []  # ... unless given
    assert audit.name_doubts("Given Ollery") != []  # an irregular verb form


def test_initial_and_given_names_are_not_outline_labels():
    assert audit.name_doubts("C. Anders Moll") == []


def test_role_without_country_and_summary():
    result = audit.audit_people(*tables())
    assert [f.person_id for f in result.of("no-country")] == ["p-osk"]
    assert "p-clean" not in {f.person_id for f in result.findings}  # nothing to check
    s = result.summary
    assert (s.people, s.with_role, s.with_country) == (9, 3, 2)
    assert s.counts == {"surname": 4, "no-role": 6, "not-a-name": 6, "no-country": 1}
    assert "9 people, 3 with a role (33%), 2 of those with a country (67%)" in (
        audit.summary_line(s))


def test_text_limits_each_section_and_says_how_many_were_left_out():
    text = audit.render_text(audit.audit_people(*tables()), limit=2)
    assert "2. People with no role: 6" in text
    assert "... and 4 more people" in text
    assert "1. Surnames with several IDs: 2 surnames, 4 people" in text
    assert text.index("Hartwell: 2 IDs") < text.index("2. People with no role")


def test_csv_holds_every_finding():
    result = audit.audit_people(*tables())
    out = io.StringIO()
    audit.write_csv(result, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == len(result.findings) == 17
    assert list(rows[0]) == list(audit.CSV_COLUMNS)
    cape = next(r for r in rows if r["check"] == "not-a-name" and r["person_id"] == "p-cape")
    assert (cape["name"], cape["mentions"], cape["statements"]) == ("Cape Verdes", "5", "0")


def test_the_command_audits_the_latest_published_version(tmp_path, capsys):
    t = good_tables()
    extra = pd.DataFrame({"person_id": ["a0b1c2d3e4f5a6b7"], "name": ["B. Background"],
                          "aliases": [[]], "role": [None], "country": [None],
                          "frus_person_ids": [[]]})
    t["people"] = pd.concat([t["people"], extra], ignore_index=True)
    pub.publish(validate_tables(t), tmp_path)

    assert main(["audit", "people", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "2. People with no role: 2" in out and "Richard Nixon" in out
    assert "starts with an outline label 'B.'" in out
    assert "3 people, 1 with a role (33%)" in out

    assert main(["audit", "people", str(tmp_path / "1.0.0"), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {r["name"] for r in rows if r["check"] == "no-role"} == {"Richard Nixon",
                                                                    "B. Background"}

    assert main(["audit", "people", str(tmp_path / "nothing")]) == 1
    assert "no published version" in capsys.readouterr().err
