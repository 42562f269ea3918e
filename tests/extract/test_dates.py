"""Tests for pipelines.extract.dates: every sentence here is written for the test."""

from __future__ import annotations

import itertools

import pytest

from pipelines.extract.dates import extract_dates


def found(text: str, anchor: str | None = None) -> list[tuple[str, str]]:
    """(text, value) of each mention, checking the offsets on the way."""
    mentions = extract_dates(text, anchor)
    for m in mentions:
        assert text[m.char_start:m.char_end] == m.text
    return [(m.text, m.value) for m in mentions]


def only(text: str, anchor: str | None = None):
    mentions = extract_dates(text, anchor)
    assert len(mentions) == 1, mentions
    return mentions[0]


# --- absolute dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "value", "precision", "rule"),
    [
        ("The envoys met in April 1976 at the lake.", "April 1976", "1976-04", "month",
         "month_year"),
        ("The note is dated Nov. 9, 1983.", "Nov. 9, 1983", "1983-11-09", "day",
         "month_day_year"),
        ("The note is dated November 9, 1983.", "November 9, 1983", "1983-11-09", "day",
         "month_day_year"),
        ("It was signed on 9 November 1983.", "9 November 1983", "1983-11-09", "day",
         "day_month_year"),
        ("Budgets froze in Sept. 1977.", "Sept. 1977", "1977-09", "month", "month_year"),
        ("The archive opened in 1994.", "1994", "1994", "year", "year"),
        ("The 1994 accord held.", "1994", "1994", "year", "year"),
        ("The file is stamped 1975-04-30.", "1975-04-30", "1975-04-30", "day", "iso"),
        ("The cable went out on 4/30/1975.", "4/30/1975", "1975-04-30", "day", "numeric_mdy"),
        ("Rome, October 14, 1973, 9:15 a.m.", "October 14, 1973", "1973-10-14", "day",
         "month_day_year"),
        ("They spoke on Thursday, May 2, 1985.", "Thursday, May 2, 1985", "1985-05-02", "day",
         "month_day_year"),
        ("A thaw came in the spring of 1956.", "spring of 1956", "1956", "year", "season_year"),
        ("The plan covered 1981-83.", "1981-83", "1981", "year", "year_range"),
        ("The plan covered 1981–1983.", "1981–1983", "1981", "year", "year_range"),
    ],
)
def test_absolute_dates(text, mention, value, precision, rule):
    m = only(text)
    assert (m.text, m.value, m.precision, m.rule) == (mention, value, precision, rule)
    assert text[m.char_start:m.char_end] == mention


def test_day_range_keeps_the_first_day():
    assert found("Talks were held October 3-4, 1979 and again Dec. 10 to 12, 1979.") == [
        ("October 3-4, 1979", "1979-10-03"), ("Dec. 10 to 12, 1979", "1979-12-10")]


def test_two_digit_year_takes_the_century_of_its_context():
    assert found("In 1968 the cable of 7/2/68 and the letter of Aug. 3, '68 crossed.") == [
        ("1968", "1968"), ("7/2/68", "1968-07-02"), ("Aug. 3, '68", "1968-08-03")]


def test_two_digit_year_without_context_is_left_out():
    assert found("See the cable of 7/2/68.") == []


def test_impossible_day_is_left_out():
    assert found("A memo dated February 30, 1981 is a forgery.") == []


# --- modifiers --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "value", "precision", "modifier"),
    [
        ("Prices rose in mid-1982.", "mid-1982", "1982", "year", "mid"),
        ("They met in early October 1982.", "early October 1982", "1982-10", "month", "early"),
        ("It ended in late 1977.", "late 1977", "1977", "year", "late"),
        ("It ended at the end of 1977.", "the end of 1977", "1977", "year", "late"),
        ("It began at the beginning of May 1977.", "the beginning of May 1977", "1977-05",
         "month", "early"),
        ("The manuscript dates from around 1850.", "around 1850", "1850", "year", "approx"),
        ("The manuscript dates from circa 1850.", "circa 1850", "1850", "year", "approx"),
        ("The vote came in the fall of 1966.", "fall of 1966", "1966", "year", "late"),
    ],
)
def test_modifiers(text, mention, value, precision, modifier):
    m = only(text)
    assert (m.text, m.value, m.precision, m.modifier) == (mention, value, precision, modifier)
    assert text[m.char_start:m.char_end] == mention


def test_modifier_on_a_bare_month():
    assert found("In 1964 talks opened in mid-March and stalled in early April.") == [
        ("1964", "1964"), ("mid-March", "1964-03"), ("early April", "1964-04")]


def test_plain_date_has_no_modifier():
    assert only("It ended in 1977.").modifier is None


# --- context: months and days without a year -------------------------------------------------


def test_bare_months_take_the_latest_year():
    text = ("The minister in April 1983 agreed to a visit. The visit took place in June. "
            "The treaty followed in August.")
    assert found(text) == [("April 1983", "1983-04"), ("June", "1983-06"), ("August", "1983-08")]


def test_later_that_month():
    text = "Delegates arrived in late February 1958. A deal was struck later that month."
    assert found(text) == [("late February 1958", "1958-02"), ("later that month", "1958-02")]


def test_month_day_takes_the_year_of_an_earlier_date():
    text = "The envoy left on May 3, 1971. He was back on May 20 and left again on June 2."
    assert found(text) == [
        ("May 3, 1971", "1971-05-03"), ("May 20", "1971-05-20"), ("June 2", "1971-06-02")]


def test_month_day_takes_the_year_of_the_dated_narrative_not_an_aside():
    # A year in passing does not move a dated narrative; the day stays in its year.
    text = ("On April 8, 1962, the envoy recalled the treaty signed in 1949 and cited the "
            "1950 accord. On April 9 he left.")
    assert found(text) == [("April 8, 1962", "1962-04-08"), ("1949", "1949"), ("1950", "1950"),
                           ("April 9", "1962-04-09")]


def test_sentence_opening_year_starts_a_new_frame():
    text = "They met in October 1980. In 1982, on March 4, they met again."
    assert found(text) == [
        ("October 1980", "1980-10"), ("1982", "1982"), ("March 4", "1982-03-04")]


def test_month_day_falls_back_to_the_anchor():
    assert found("The ministry released the papers on Jan. 14.", anchor="2019-02") == [
        ("Jan. 14", "2019-01-14")]


def test_context_wins_over_the_anchor():
    text = "In 1977 the ministers met. They met again on Jan. 14."
    assert found(text, anchor="2019-02") == [("1977", "1977"), ("Jan. 14", "1977-01-14")]


def test_month_day_without_any_year_is_left_out():
    assert found("The ministry released the papers on Jan. 14.") == []
    assert found("The visit took place in June.") == []


def test_range_lends_its_year_to_the_first_part():
    assert found("The talks ran from April to July 1967.") == [
        ("April", "1967-04"), ("July 1967", "1967-07")]


def test_span_boundary_does_not_move_the_year():
    text = ("On June 3, 1966, the aide wrote that nothing had changed since 1958 "
            "and that the meeting was set for October.")
    assert found(text) == [("June 3, 1966", "1966-06-03"), ("1958", "1958"),
                           ("October", "1966-10")]


# --- relative expressions ---------------------------------------------------------------------


def test_relative_days_count_from_the_latest_day():
    text = ("The delegation landed on March 11, 1974. The following day it met the premier; "
            "that day the talks ran late. The previous day had been quiet.")
    assert found(text) == [
        ("March 11, 1974", "1974-03-11"), ("The following day", "1974-03-12"),
        ("that day", "1974-03-12"), ("The previous day", "1974-03-11")]


def test_relative_months_and_years():
    text = ("The agency was set up in September 1960. The following month it hired staff. "
            "The following year it moved; the previous year had been spent planning. "
            "In that year, too, it opened an office.")
    assert found(text) == [
        ("September 1960", "1960-09"), ("The following month", "1960-10"),
        ("The following year", "1961"), ("the previous year", "1960"),
        ("that year", "1960")]


def test_month_with_a_relative_year_is_one_mention():
    text = ("The fund opened in 1987. In March that year it lent; on May 2 of the following "
            "year it closed. Its report of June this year was brief.")
    assert found(text, anchor="2004-10") == [
        ("1987", "1987"), ("March that year", "1987-03"),
        ("May 2 of the following year", "1988-05-02"), ("June this year", "2004-06")]


def test_relative_without_context_is_left_out():
    assert found("Later that month the committee met. The following year it was dissolved.") == []


def test_deictic_expressions_count_from_the_anchor():
    text = ("Last year the plan stalled; this year it moved, and next year it ends. "
            "Today we talk, tomorrow we sign; yesterday we argued. "
            "Next month we report, as we did last June.")
    assert found(text, anchor="1973-04-16") == [
        ("Last year", "1972"), ("this year", "1973"), ("next year", "1974"),
        ("Today", "1973-04-16"), ("tomorrow", "1973-04-17"), ("yesterday", "1973-04-15"),
        ("Next month", "1973-05"), ("last June", "1972-06")]


def test_deictic_expressions_need_a_precise_enough_anchor():
    assert found("Today we talk; next month we report; last year we waited.", anchor="1973") == [
        ("last year", "1972")]
    assert found("Today we talk; last year we waited.") == []


def test_years_ago_from_the_anchor_is_approximate():
    m = only("The two sides first met forty years ago.", anchor="2001-05")
    assert (m.text, m.value, m.modifier) == ("forty years ago", "1961", "approx")
    assert found("The two sides first met forty years ago.") == []


def test_this_season_is_the_anchor_year():
    m = only("We expect a proposal this fall.", anchor="1975-08-03")
    assert (m.text, m.value, m.precision, m.modifier) == ("this fall", "1975", "year", "late")


# --- things that are not dates ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The dispute has lasted 30 years.",
        "It was the first such summit in 40 years.",
        "They fought for 40 years and lost.",
        "The general was 58 years old.",
        "The brigade sent 1500 troops and 1900 vehicles.",
        "The fee was $1990 per delegate.",
        "Attendance reached 1,990 people.",
        "See telegram No. 1990 and page 1984 of the file.",
        "Article 9 of the constitution renounces war.",
        "The train left at 4:30 p.m.",
        "The 1980s were a decade of change, as were the 1990's.",
        "The papers are in CF 1990 at the archive.",
        "Ambassador May said the March was peaceful.",
    ],
)
def test_not_dates(text):
    assert found(text) == []


def test_may_as_a_modal_verb_is_not_a_month():
    text = "In 1981 officials said they may act. May I ask whether the talks may resume in May?"
    assert found(text) == [("1981", "1981"), ("May", "1981-05")]
    assert extract_dates(text)[1].char_start == text.rindex("May")


def test_years_ago_without_anchor_and_durations_are_skipped():
    assert found("Thirty years ago, for 30 years, the talks stalled.") == []


# --- contract ---------------------------------------------------------------------------------


def test_mentions_are_sorted_non_overlapping_and_exact():
    text = ("Washington, March 2, 1969. The President met the General on March 1 and, "
            "in early 1969, agreed to talks in May; the 1968 elections were over.")
    mentions = extract_dates(text, anchor="1969-03-02")
    starts = [m.char_start for m in mentions]
    assert starts == sorted(starts)
    for first, second in itertools.pairwise(mentions):
        assert first.char_end <= second.char_start
    for m in mentions:
        assert text[m.char_start:m.char_end] == m.text
        assert m.rule
    assert [(m.text, m.value) for m in mentions] == [
        ("March 2, 1969", "1969-03-02"), ("March 1", "1969-03-01"),
        ("early 1969", "1969"), ("May", "1969-05"), ("1968", "1968")]


def test_deterministic():
    text = "On June 5, 1990 they met; later that month they met again, and in July."
    assert extract_dates(text, "1991") == extract_dates(text, "1991")


def test_bad_anchor_is_rejected():
    with pytest.raises(ValueError):
        extract_dates("In 1990.", anchor="22/12/2021")
    with pytest.raises(ValueError):
        extract_dates("In 1990.", anchor="2021-13")


def test_empty_text():
    assert extract_dates("") == []


def test_a_season_in_another_case_form_does_not_crash():
    # case-insensitive matching takes the long s and the Kelvin sign as s and k; the lookup
    # of the season must fold them the same way
    [odd] = extract_dates("The talks began in \u017fpring 1990.")
    [plain] = extract_dates("The talks began in spring 1990.")
    assert (odd.value, odd.precision, odd.modifier) == (plain.value, plain.precision,
                                                        plain.modifier) == ("1990", "year", "early")
