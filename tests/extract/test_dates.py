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


def test_weekday_of_the_report_goes_by_the_tense_of_its_clause():
    # 2020-06-12 is a Friday
    assert found("The agency said on Wednesday that its files were complete.",
                 anchor="2020-06-12") == [("Wednesday", "2020-06-10")]
    assert found("The envoy will fly home on Tuesday.", anchor="2020-06-12") == [
        ("Tuesday", "2020-06-16")]
    assert found("A ceremony was held at Monday's opening of the vault.", anchor="2020-06-12") == [
        ("Monday", "2020-06-08")]
    # "had" is a past too: "had an hour's meeting with the Premier Saturday evening"
    assert found("The envoys had an hour's meeting with the Premier at the palace Saturday "
                 "evening.", anchor="2020-06-12") == [("Saturday evening", "2020-06-06")]


def test_weekday_with_last_or_next_needs_no_tense():
    assert found("The vote is next Monday; the count was last Friday.", anchor="2019-10-16") == [
        ("next Monday", "2019-10-21"), ("last Friday", "2019-10-11")]


def test_weekday_in_a_dated_story_counts_from_its_paragraph():
    text = ("Papers opened on Tuesday show the rift.\n\n"
            "The envoys met on Monday, May 9, 1988. On Wednesday they signed; the ink was dry "
            "by Friday. The courier had left on Saturday.\n\n"
            "The curator said on Thursday that more would follow.")
    assert found(text, anchor="2018-05-17") == [
        ("Tuesday", "2018-05-15"), ("Monday, May 9, 1988", "1988-05-09"),
        ("Wednesday", "1988-05-11"), ("Friday", "1988-05-13"), ("Saturday", "1988-05-07"),
        ("Thursday", "2018-05-10")]


def test_weekday_of_a_meal_is_a_day_even_before_a_name():
    # cables drop the preposition: "before lunch Sunday Defense Minister Doe raised"
    # (1958-07-28 is a Monday)
    assert found("In conversation before lunch Sunday Defense Minister Rolf Varnholt raised the "
                 "subject.", anchor="1958-07-28") == [("Sunday", "1958-07-27")]


def test_weekday_without_a_tense_or_anchor_is_left_out():
    assert found("Thursday looks open.", anchor="2019-10-16") == []
    assert found("The archive said on Monday that it was closing.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The cabinet met every Monday.",
        "Markets fell on Black Monday.",
        "The Sunday Herald printed the memo.",
        "She was born on a Sunday.",
        "The committee sits on Mondays.",
    ],
)
def test_weekdays_that_are_no_day(text):
    assert found(text, anchor="2019-10-16") == []


def test_weeks_give_a_month():
    text = ("The first note is dated 3 June 1979. Another followed the following week. "
            "The ministry released both this week, a month after last week's leak.")
    assert found(text, anchor="2019-04-03") == [
        ("3 June 1979", "1979-06-03"), ("the following week", "1979-06"),
        ("this week", "2019-04"), ("last week", "2019-03")]


def test_parts_of_a_day_and_days_later_count_from_the_latest_day():
    text = ("Fighting began on August 2, 1961. That night the border closed. The next morning "
            "the envoy called, and late that evening he left. Three days later, on the 6th, "
            "talks opened; the same night they broke down. Two weeks later it was over.")
    assert found(text) == [
        ("August 2, 1961", "1961-08-02"), ("That night", "1961-08-02"),
        ("The next morning", "1961-08-03"), ("late that evening", "1961-08-03"),
        ("Three days later", "1961-08-06"), ("the 6th", "1961-08-06"),
        ("the same night", "1961-08-06"), ("Two weeks later", "1961-08")]


def test_first_evening_is_the_day_just_dated():
    text = "The round opened on October 5, 1990. On the first evening the hosts gave a dinner."
    assert found(text) == [("October 5, 1990", "1990-10-05"), ("the first evening", "1990-10-05")]


def test_day_of_the_month_needs_a_month_and_a_plain_ending():
    assert found("The 9th Brigade held. In the 20th century, on the 3rd floor, it rained.") == []
    assert found("On the 12th, the pact lapsed.") == []
    assert found("In April 1970 the league met; on the 12th, it split.") == [
        ("April 1970", "1970-04"), ("the 12th", "1970-04-12")]


def test_a_comparison_is_no_date():
    assert found("In 1950 the fleet sailed a year earlier than planned.") == [("1950", "1950")]


def test_seasons_relative_to_the_story():
    text = ("The decree of November 30, 1979 was repealed the following spring. A decree of "
            "January 1981 lapsed the following spring; that autumn the regime fell, and the "
            "previous summer had been calm.")
    assert found(text) == [
        ("November 30, 1979", "1979-11-30"), ("the following spring", "1980"),
        ("January 1981", "1981-01"), ("the following spring", "1981"),
        ("that autumn", "1981"), ("the previous summer", "1980")]


def test_last_and_next_season_count_from_the_anchor():
    assert found("Last summer the minister resigned; next spring she returns.",
                 anchor="2019-10-15") == [("Last summer", "2019"), ("next spring", "2020")]


def test_two_digit_year_after_a_preposition_looks_back_from_the_anchor():
    assert found("In the summer of ’64 the treaty lapsed.", anchor="2021-03-04") == [
        ("’64", "1964")]
    assert found("He scored '64 points, said 'hello '64'.", anchor="2021-03-04") == []


def test_the_time_of_writing_does_not_move_a_story_of_another_year():
    text = ("The blockade began on May 2, 1968. A book published last month shows that on "
            "May 5 the crews refused to sail.")
    assert found(text, anchor="2018-06-20") == [
        ("May 2, 1968", "1968-05-02"), ("last month", "2018-05"), ("May 5", "1968-05-05")]


def test_quoted_deixis_speaks_from_the_story_of_its_paragraph():
    text = ('The envoy landed on May 3, 1964. "We met them last week," he wrote in a diary that evening.'
            "\n\nThe archive said last week that the letters were complete.")
    assert found(text, anchor="2020-01-10") == [
        ("May 3, 1964", "1964-05-03"), ("last week", "1964-04"), ("that evening", "1964-05-03"),
        ("last week", "2020-01")]


def test_a_reference_gives_a_month_day_the_year_that_puts_it_nearest():
    def dated(text: str, reference: str):
        return [(m.text, m.value) for m in extract_dates(text, reference=reference)]

    text = "On December 28 the envoys met; on January 4 they met again."
    assert dated(text, "1956-01-02") == [("December 28", "1955-12-28"), ("January 4", "1956-01-04")]
    assert dated(text, "1955-12-20") == [("December 28", "1955-12-28"), ("January 4", "1956-01-04")]
    # a day the reference placed frames the next day as a day the text dates would
    assert dated("On May 5 they recalled the talks of 1950. On May 9 they met.", "1956-05-06") == [
        ("May 5", "1956-05-05"), ("1950", "1950"), ("May 9", "1956-05-09")]
    # half a year away, the year before and the year after are as near: left out
    assert dated("On July 1 the envoys met.", "1956-01-02") == []
    # the text's own year comes first, and the reference is no day "today" counts from
    assert dated("In March 1950 they met, and on May 5 again.", "1956-05-01") == [
        ("March 1950", "1950-03"), ("May 5", "1950-05-05")]
    assert dated("They met today, and on May 5.", "1956-05-01") == [("May 5", "1956-05-05")]
    with pytest.raises(ValueError):
        extract_dates("On May 5.", reference="1956-05")


def test_a_clause_opened_by_that_is_no_day():
    assert found("On March 3, 1960 she said that night fell early.") == [
        ("March 3, 1960", "1960-03-03")]


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
        "© 1998 The Harbour Gazette. All rights reserved.",
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


def test_a_telegrams_day_of_the_month_without_its_article():
    text = ("Cairo, December 8, 1968. I met with the President evening 6th at his residence. "
            "On 3rd I saw the Minister. The 3rd Division held 5th Avenue.")
    found = [(d.text, d.value) for d in extract_dates(text)]
    assert ("6th", "1968-12-06") in found and ("3rd", "1968-12-03") in found
    assert len(found) == 3


@pytest.mark.parametrize("opening", ["The talks opened on", "İzmir talks opened on"])
def test_counts_later_in_any_case_and_afterwards_with_or_without_a_lower_case_copy(opening):
    # "İ" lowers to two characters: the scan for "later" then runs over the text itself
    text = (f"{opening} March 3, 1962. Two days LATER the envoy left; a week afterwards he "
            "came back, and one month Earlier than planned it ended. Thereafter nothing.")
    assert found(text)[1:] == [("Two days LATER", "1962-03-05"),
                               ("a week afterwards", "1962-03")]


def test_a_bills_or_reports_number_is_no_year():
    text = "See H. Rept. 2048 and S. 1958, both of 1959; Deptel 1961 followed."
    assert [(d.text, d.value) for d in extract_dates(text)] == [("1959", "1959")]


def test_a_cables_serial_number_opening_its_text_is_no_year():
    text = "Kessel, March 6, 1962.\n\n1904. I called on Thale. The treaty of 1904. Ended."
    assert [d.text for d in extract_dates(text)] == ["March 6, 1962", "1904"]
    assert extract_dates(text)[1].char_start == text.index("of 1904") + 3


def test_the_minutes_of_an_hour_are_no_day():
    text = "Restricted session 10:30 March 5. Lunch at 16:30 12 June."
    assert [(d.text, d.value) for d in extract_dates(text, anchor="1962-03-06")] == [
        ("March 5", "1962-03-05"), ("12 June", "1962-06-12")]


def test_a_serial_number_after_its_series_name_is_no_year_either():
    text = ("Kessel, May 6, 1962.\n\nNorto 2026. 1. Thale opened the session on May 5.\n\n"
            "Since 1931. Nothing changed.")
    assert [d.text for d in extract_dates(text)] == ["May 6, 1962", "May 5", "1931"]


def test_a_telegrams_day_of_the_month_after_a_part_of_the_day():
    text = "Kessel, February 9, 1949.\n\nSpent entire forenoon 8th talking with Thale."
    assert [(d.text, d.value) for d in extract_dates(text)] == [
        ("February 9, 1949", "1949-02-09"), ("8th", "1949-02-08")]


def test_a_day_of_the_month_before_the_sentences_subject():
    assert found("On the 12th he left, and on the 14th they returned.", "1976-05-19") == [
        ("the 12th", "1976-05-12"), ("the 14th", "1976-05-14")]
    assert found("The 12th Congress met; the 21st parallel held.", "1976-05-19") == []


def test_a_day_just_before_a_dated_records_own_day_is_of_its_year_not_an_earlier_paragraphs():
    text = ("1. The visit took place January 20-21.\n\n"
            "2. He said the agreement had been signed in March 1976.\n\n"
            "3. When the talks resumed the morning of January 21, the Secretary spoke.")
    story = ("In March 1976 the treaty was signed. On April 3 the Ambassador called.\n\n"
             "On April 10, the Minister replied.")
    got = {d.text: d.value for d in extract_dates(text, anchor="1978-01-23")}
    assert got["January 21"] == "1978-01-21"
    # a story of another year goes on in the next paragraph when its day is no recent one
    assert {d.text: d.value for d in extract_dates(story, anchor="1978-01-23")}[
        "April 10"] == "1976-04-10"


def test_telegraphese_gives_a_talks_day_of_the_month_without_the_article():
    from pipelines.extract.dates import extract_dates

    for text, day in (("During course of lengthy discussion 14th Shah bore down.", "14"),
                      ("In opening discussion re arms with Shah 28th, I referred to it.", "28"),
                      ("Delivered letter to Shah at Caspian morning 23rd.", "23")):
        found = [(d.value, d.rule) for d in extract_dates(text, anchor="1966-07-29")]
        assert found == [(f"1966-07-{day}", "nth_day")]
    assert extract_dates("the 28th Division moved with Doe 3rd Battalion", "1966-07-29") == []


def test_a_day_followed_by_a_colon_is_a_day_not_a_time():
    text = "Points of the talk of the Minister with Envoy Varga March 27: the Minister noted."
    assert found(text, "1963-03-28") == [("March 27", "1963-03-27")]


def test_a_december_day_in_a_january_record_is_of_the_year_just_past():
    assert found("He called on me December 30 and stayed long.", "1961-01-03") == [
        ("December 30", "1960-12-30")]


def test_a_month_day_named_with_its_weekday_takes_the_year_that_weekday_fits():
    # 1961-03-03 was a Friday; 1962-03-03 a Saturday
    text = "Kessel, June 2, 1962.\n\nHe recalled the talk of Friday, March 3 with Roe."
    assert found(text)[1] == ("Friday, March 3", "1961-03-03")


def test_a_month_ahead_of_the_record_does_not_end_the_day_told_last():
    text = ("Kessel, January 4, 1961.\n\nOn January 2 Oskar Thale saw me. He hoped the loan "
            "would come in July 1961.\n\nThe following day Thale sent his aide to the embassy.")
    assert found(text, "1961-01-04")[-1] == ("The following day", "1961-01-03")


def test_a_recent_day_after_a_papers_date_in_its_paragraph_is_of_the_records_year():
    # the paper's year (1957) tells when it was written, not when the talk of April 12 was
    for paper in ("your September 7, 1957 “Notes”", "his letter of May 3, 1957",
                  "a report dated May 3, 1957", "telegram 2799, May 3, 1957",
                  "the letters of July 14 and November 10, 1957"):
        text = (f"Kessel, April 19, 1960.\n\nI read {paper} with care. On April 12 Colonel "
                "Thale and I discussed it.")
        assert found(text, "1960-04-19")[-1] == ("April 12", "1960-04-12"), paper


def test_a_day_after_a_date_that_frames_events_keeps_that_dates_year():
    # "On May 3, 1957" is a day things happened on: the story goes on in its year
    text = ("Kessel, April 19, 1960.\n\nOn May 3, 1957 Thale wrote to Roe. On April 12 "
            "Roe replied.")
    assert found(text, "1960-04-19")[-1] == ("April 12", "1957-04-12")
    # a paper's date holds a day that is no recent one of the record's
    text = "Kessel, April 19, 1960.\n\nHis letter of May 3, 1957 came. On June 2 Roe replied."
    assert found(text, "1960-04-19")[-1] == ("June 2", "1957-06-02")


def test_a_date_years_after_the_records_own_does_not_lend_its_year():
    # an interview held decades later retells the story of the record's own time
    text = ("Roe was woken on Nov. 11 by a call.\n\nIn an interview held January 6, 1984, "
            "Roe stated that on November 11 he had called Thale, and later that morning "
            "saw him. Durbin reached the embassy on the 12th.")
    got = extract_dates(text, reference="1960-11-13")
    assert [(d.text, d.value) for d in got] == [
        ("Nov. 11", "1960-11-11"), ("January 6, 1984", "1984-01-06"),
        ("November 11", "1960-11-11"), ("later that morning", "1960-11-11"),
        ("the 12th", "1960-11-12")]
    # a plan a year or two ahead is no later retelling
    text = "Kessel, April 19, 1960.\n\nThe talks open March 3, 1961 and end on April 2."
    assert found(text, "1960-04-19")[-1] == ("April 2", "1961-04-02")
    # a year alone that far ahead is a forecast, and "that year" is its year
    text = "Output will double in 1975, and at the end of that year the plant closes."
    assert found(text, "1962-05-04")[-1] == ("that year", "1975")


def test_a_day_in_a_paragraph_of_its_own_near_the_reference_is_of_its_year():
    # an editorial note placed among the records of October 1957: an earlier paragraph's story
    # of 1955 lends no year to the day the next paragraph tells of
    text = ("At the staff meeting on October 7, Doe said that Roe had told him as much at "
            "their meeting in November 1955.\n\nAt a meeting on October 14, Poe announced "
            "the decision.")
    got = extract_dates(text, reference="1957-10-08")
    assert [(d.text, d.value) for d in got] == [
        ("October 7", "1957-10-07"), ("November 1955", "1955-11"),
        ("October 14", "1957-10-14")]
    # in the same paragraph, the story's year stands; and so does a day far from the place
    text = "In November 1955 they met. On December 3 they met again."
    assert [d.value for d in extract_dates(text, reference="1957-10-08")] == [
        "1955-11", "1955-12-03"]
    text = "In November 1955 they met.\n\nOn April 3 they met again."
    assert [d.value for d in extract_dates(text, reference="1957-10-08")] == [
        "1955-11", "1955-04-03"]


def test_a_day_months_ahead_in_a_records_year_is_of_the_year_before():
    # a cable of February 9 tells of the December just past, and its story stays in February
    text = ("Kessel, February 9, 1949.\n\nI said we had foreseen this in our aide-memoire of "
            "7 December. Spent entire forenoon 8th talking with Doe; the cabinet meets on the 9th.")
    assert found(text, "1949-02-09")[1:] == [
        ("7 December", "1948-12-07"), ("8th", "1949-02-08"), ("the 9th", "1949-02-09")]
    # a day months back is nearer than the same day months ahead; the story's year stays
    text = ("Kessel, April 9, 1949.\n\nYour letter of December 12 came, and the next day the "
            "Council met. On April 6 Doe replied.")
    assert found(text, "1949-04-09")[1:] == [
        ("December 12", "1948-12-12"), ("the next day", "1948-12-13"),
        ("April 6", "1949-04-06")]
    # a plan a few months ahead stays ahead
    text = "Kessel, January 25, 1949.\n\nThe troops will be withdrawn on 10 May."
    assert found(text, "1949-01-25")[-1] == ("10 May", "1949-05-10")


def test_a_cables_short_weekday_is_a_day():
    assert found("Doe called on Asst Sec Roe Wed to discuss it.", "1949-02-24")[-1] == (
        "Wed", "1949-02-23")
    assert found("They wed in June.", "1949-02-24") == [("June", "1949-06")]
