"""A FRUS volume's header read as a release (invented volumes): title, release date, period;
each volume read becomes a disclosure of its own, and its records point at it."""

from __future__ import annotations

from tei_volume import read, volume

from pipelines.assemble.tables import document_tables
from pipelines.disclosures import Disclosure, with_volumes
from pipelines.document import Volume
from pipelines.extract import extract_document
from pipelines.resolve import resolve_people


def test_the_header_gives_title_release_and_period(tmp_path):
    doc = read(tmp_path, volume(
        '<title type="complete">Foreign Relations, 1990–92, Volume XCVII,\n  Northland</title>'
        '<title type="subseries">1990–92</title><title type="volume">Northland</title>',
        press='<div xml:id="pressrelease"><p>Office of the Historian<lb/>June 3, 2031</p>'
              '<p>Released today.</p></div>'))
    assert doc.volume == Volume(
        "frus1990-92v97", "Foreign Relations, 1990–92, Volume XCVII, Northland", "2031-06-03",
        "1990", "1992", "https://history.state.gov/historicaldocuments/frus1990-92v97")


def test_parts_of_a_title_make_it_and_a_narrower_volume_title_gives_the_period(tmp_path):
    doc = read(tmp_path, volume(
        '<title type="series">Foreign Relations</title><title type="subseries">1989–1992</title>'
        '<title type="volume">Northland, January–June 1991</title>',
        press='<div xml:id="pressrelease"><p>May 2, 2029</p></div>'))  # not the header's year
    assert doc.volume.title == "Foreign Relations, 1989–1992, Northland, January–June 1991"
    assert (doc.volume.period_start, doc.volume.period_end) == ("1991", "1991")
    assert doc.volume.released_on == "2031"


def test_what_the_header_does_not_give_stays_empty(tmp_path):
    doc = read(tmp_path, volume('<title type="volume">Northland</title>', date=None))
    assert (doc.volume.released_on, doc.volume.period_start) == (None, None)
    assert with_volumes((), [doc.volume]) == ()  # no release date: no disclosure invented


def test_each_volume_is_a_disclosure_once_and_its_records_point_at_it(tmp_path):
    doc = read(tmp_path, volume('<title type="volume">Northland, 1991</title>'))
    hand = Disclosure("mofa-2031-12-20", "A ministry", "A batch", "2031-12-20")
    registry = with_volumes((hand,), [doc.volume, doc.volume, None])
    assert [d.id for d in registry] == ["mofa-2031-12-20", "frus1990-92v97"]
    assert (registry[1].released_on, registry[1].period_start) == ("2031", "1991")
    assert registry[1].publisher.startswith("Office of the Historian")
    ex = extract_document(doc)
    tables = document_tables([ex], resolve_people([ex]), registry)
    assert tables["documents"]["disclosure_id"].tolist() == ["frus1990-92v97"]
    # a hand entry of the same ID, or one whose files the record is in, wins
    claimed = Disclosure("frus1990-92v97", "A library", "Its own batch", "2032")
    assert with_volumes((claimed,), [doc.volume]) == (claimed,)
    # a volume ID in capitals ("frus1952-54Guat") is a lowercase disclosure ID
    shouting = Volume("frus1952-54Guat", "Guatemala", "2003")
    assert [d.id for d in with_volumes((), [shouting])] == ["frus1952-54guat"]
    sample = Disclosure("sample-x", "Us", "Samples", "2030", corpus_files=("*.xml",))
    tables = document_tables([ex], resolve_people([ex]), with_volumes((sample,), []))
    assert tables["documents"]["disclosure_id"].tolist() == ["sample-x"]
