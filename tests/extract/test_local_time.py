"""The local day and hour a record was sent at (pipelines.extract.local_time)."""

import pytest

from pipelines.extract.local_time import clock_hour, sent_at


@pytest.mark.parametrize(("dateline", "day", "expected"), [
    # a 12-hour time is local already
    ("Cairo, March 15, 1957—2 a.m.", "1957-03-15", ("1957-03-15", 2.0, False)),
    ("New York, October 27, 1956—8:30 p.m.", "1956-10-27", ("1956-10-27", 20.5, False)),
    # a Greenwich time moves to the place's standard time, and may change the day
    ("Washington, September 28, 1967, 0312Z.", "1967-09-28", ("1967-09-27", 22.2, True)),
    ("Seoul, May 2, 1972, 1600Z.", "1972-05-02", ("1972-05-03", 1.0, True)),
    ("Tehran, June 4, 1975, 0930Z.", "1975-06-04", ("1975-06-04", 13.0, True)),
])
def test_a_datelines_time_is_read_where_the_record_was_written(dateline, day, expected):
    local_day, hour, greenwich = sent_at(dateline, day)
    assert (local_day, round(hour, 1), greenwich) == expected


def test_no_time_or_an_unknown_place_gives_nothing():
    assert sent_at("Washington, September 28, 1967.", "1967-09-28") is None
    assert sent_at("Ruritania City, September 28, 1967, 0312Z.", "1967-09-28") is None
    assert clock_hour("sent at 1215Z", 0, 13) is None
