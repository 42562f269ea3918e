"""The President a U.S. record names by title alone while it recalls another (invented people
and records; the table of terms is replaced by an invented one)."""

from dataclasses import replace

from tei_record import record

from pipelines.extract import extract_document, president, turns

_TERMS = (("1953-01-20", "Aldo Brandt"), ("1969-01-20", "Hugo Pellam"), ("2017-01-20", None))


def _invented_terms(monkeypatch):
    for module in (president, turns):
        monkeypatch.setattr(module, "US_PRESIDENTS", _TERMS)
        monkeypatch.setattr(module, "us_president",
                            lambda day: "Hugo Pellam" if day and day >= "1969-01-20" else None)


def test_a_president_of_another_term_is_not_the_president_of_the_record(tmp_path, monkeypatch):
    _invented_terms(monkeypatch)
    body = ("<p>The President noted that the harbour guard is thought of as federal, which "
            "grew out of an order by President Brandt at Kessel.</p><p>The President said "
            "that the fleet would wait until the Council met again.</p>")
    doc = record(tmp_path, "Memorandum for the President's File", body, "1970-05-07")
    ex = extract_document(doc)
    assert {s.speaker_name for s in ex.statements} == {"Hugo Pellam"}
    roles = {p.name: p.role for p in ex.people}
    assert roles["Brandt"] == "former President"


def test_the_president_of_the_day_named_in_the_record_keeps_his_title(tmp_path, monkeypatch):
    _invented_terms(monkeypatch)
    body = ("<p>President Pellam recalled the order by President Brandt. The President said "
            "that the fleet would wait until the Council met again.</p>")
    doc = record(tmp_path, "Memorandum for the President's File", body, "1970-05-07")
    ex = extract_document(doc)
    roles = {p.name: p.role for p in ex.people}
    assert roles == {"Pellam": "President", "Brandt": "former President"}
    assert {s.speaker_name for s in ex.statements} == {"Pellam"}


def test_the_president_of_a_record_written_in_washington_is_the_us_president(tmp_path,
                                                                             monkeypatch):
    _invented_terms(monkeypatch)
    # the persons list has a foreign president only; the meeting is the U.S. President's
    body = ('<p>PARTICIPANTS</p><p>The President</p><p>Secretary <persName corresp="#p_VA">'
            'Varnholt</persName></p><p>The President said that we must help Norland, but '
            'President <persName corresp="#p_LE">Lindqvist</persName> would not like it. '
            'Varnholt agreed.</p>')
    doc = record(tmp_path, "Memorandum for the Record", body, "1970-05-17")
    speakers = [s.speaker_name for s in extract_document(doc).statements]
    assert speakers[0] == "Hugo Pellam"
    assert "Erik Lindqvist" not in speakers


def test_a_washington_telegrams_bare_president_is_the_us_president(tmp_path, monkeypatch):
    _invented_terms(monkeypatch)
    # telegraphese, and a foreign president named in the same paragraph
    body = ('<p>During call on President Jan 24 Amb <persName corresp="#p_OB">Oskarsson</persName>'
            ' said that <persName corresp="#p_LE">Lindqvist</persName> had instructed his '
            "delegation to vote with us. President replied that the fleet would wait until the "
            "Council met again.</p>")
    doc = record(tmp_path, "Telegram From the Department of State to the Embassy in Norland",
                 body, "1970-01-26")
    said = {s.speaker_name: s.text for s in extract_document(doc).statements}
    assert said["Hugo Pellam"] == "the fleet would wait until the Council met again"


def _invented_vice_presidents(monkeypatch):
    monkeypatch.setattr(turns, "us_vice_president",
                        lambda day: "Otto Brenn" if day and day >= "1969-01-20" else None)


def test_a_washington_records_vice_president_is_the_us_one_not_a_hosts(tmp_path, monkeypatch):
    _invented_terms(monkeypatch)
    _invented_vice_presidents(monkeypatch)
    # the persons list has only a foreign "Vice President for Economic Affairs"
    body = ('<p>Minister <persName corresp="#p_RV">Rask</persName> will visit in May. The Vice '
            "President said that the fleet would wait until the Council met again. He recalled "
            'his long talks with <persName corresp="#p_RV">Rask</persName>. He said that the '
            "harbour would stay open.</p>")
    doc = record(tmp_path, "Memorandum for the Record", body, "1970-05-17")
    ex = extract_document(doc)
    said = {s.text: s.speaker_name for s in ex.statements}
    assert said["the fleet would wait until the Council met again"] == "Otto Brenn"
    assert said["the harbour would stay open"] == "Otto Brenn"
    roles = {p.name: p.role for p in ex.people}
    assert roles["Otto Brenn"] == "Vice President of the United States"


def test_an_embassy_talk_with_a_hosts_vice_president_keeps_him(tmp_path, monkeypatch):
    _invented_terms(monkeypatch)
    _invented_vice_presidents(monkeypatch)
    body = ('<p>PARTICIPANTS</p><p>Vice President <persName corresp="#p_RV">Rask</persName></p>'
            '<p>Ambassador <persName corresp="#p_OB">Oskarsson</persName></p><p>The Vice '
            "President said that the fleet would wait until the Council met again.</p>")
    doc = record(tmp_path, "Memorandum of Conversation", body, "1970-05-17")
    doc = replace(doc, place="Kessel")
    said = {s.text: s.speaker_name for s in extract_document(doc).statements}
    assert said["the fleet would wait until the Council met again"] == "Vilja Rask"
