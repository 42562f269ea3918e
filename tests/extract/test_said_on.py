"""When a statement was said (pipelines.extract.said_on), on invented texts and people."""

import pytest
import tei_record
from extraction_helpers import run
from tei_record import record

from pipelines.extract import extract_document
from pipelines.extract.dates import extract_dates
from pipelines.extract.exchanges import detect_meetings
from pipelines.extract.people import extract_people
from pipelines.extract.said_on import SaidOn, names_thing, subject_talk_day
from pipelines.extract.segment import Layout
from pipelines.extract.speakers import Speaker
from pipelines.extract.statements import extract_statements
from pipelines.readers.tei import read_tei


def _dates(text, speaker, anchor=None):
    return [s.said_on for s in run(text, anchor) if s.speaker_name == speaker]


def _record_days(tmp_path, head, body, date):
    """The days the statements of a record read from an invented volume are dated to."""
    return {s.said_on for s in extract_document(record(tmp_path, head, body, date)).statements}


def _asked(text, cue, words, anchor=None):
    """SaidOn asked directly for the words after the first ``cue`` (words inside a quotation
    the statement extractor leaves to its quoting speaker)."""
    people, mentions = extract_people(text)
    dates = extract_dates(text, anchor=anchor)
    layout = Layout(text)
    said_on = SaidOn(text, people, mentions, dates, anchor, layout,
                     detect_meetings(text, mentions, dates, layout))
    start = text.index(words)
    return said_on.for_statement(Speaker("someone", None), text.index(cue), start, "said",
                                 start + len(words))


# A date inside the words said is what was talked about, never when it was said: with nothing
# else to date the statement, its said_on stays null.
CONTENT_DATES = [
    "Tomas Reuel said that the 1960 Constitution still bound the cabinet.",
    "Tomas Reuel said that funds for FY 1981 had already been spent on the port.",
    "Tomas Reuel said that the 1954 agreement on the river was still in force.",
    "Tomas Reuel said that the border would be demarcated by 1980 at the latest.",
    "Tomas Reuel said that the army had crossed the river on August 14, 1962.",
    "Tomas Reuel said that elections would be held in March 1971 if the truce held.",
    "Tomas Reuel said that telegram 2066 had never reached the palace.",
    "Tomas Reuel said that in 1948 his father had signed the first treaty.",
    "Tomas Reuel said that the talks would resume the following year in the capital.",
    "Tomas Reuel told the envoy that the harbour had been closed since 1957 to all ships.",
    "Tomas Reuel added that the census of 1961 had counted too few farmers.",
    "Tomas Reuel warned that by next spring the reserves would be exhausted entirely.",
]


@pytest.mark.parametrize("text", CONTENT_DATES)
def test_a_date_inside_the_words_said_is_never_their_date(text):
    dated = _dates(text, "Tomas Reuel", anchor="1975")
    assert dated, "the statement is found"
    assert dated == [None] * len(dated)


@pytest.mark.parametrize("days", ["September 3 and 5", "September 3-5", "3 and 5 September"])
def test_talks_over_a_run_of_days_date_their_words_to_the_month(days):
    text = (f"Kessel, September 8, 1960.\n\nIn talks {days}, Prime Minister Oskar Thale told "
            "me that the loan would be signed.")
    assert _dates(text, "Oskar Thale", "1960-09-08") == ["1960-09"]


def test_a_date_in_the_words_does_not_override_the_cue_date():
    text = "On June 3, 1966, Tomas Reuel said that the 1960 Constitution had lapsed in 1964."
    assert _dates(text, "Tomas Reuel") == ["1966-06-03"]


@pytest.mark.parametrize("phrase, named", [
    ("the 1960 Constitution", True), ("its 1954 agreement", True), ("FY 1981", True),
    ("since 1954", True), ("the June 5 meeting", False),  # "Deptel 1961": no date at all
    ("in a June 4 memorandum", False), ("on June 5", False),
    # a paper or act the date names, not a paper the cue's phrase is in
    ("the suggestion in a June 4 memorandum", True), ("a June 4 memorandum", True),
    ("the Vendish March 9 proposal", True), ("shortcomings Vendish March 9 proposal", True),
    ("the March 9 “Guidelines”", True), ("the declaration made by Premier Oska on June 29", True),
    ("the two notes of May and June 1961", True), ("his letter dated March 9", True),
    ("in a letter of March 9", False),
    # a word or two between the date and the paper, telegraphese dropping the article
    ("answer March 9 inspection zone proposals", True), ("the March 9 harbour plan", True),
    ("tonight March 9th upon Oska initiative", False), ("on March 9 the plan", False),
])
def test_names_thing(phrase, named):
    text = f"It was {phrase} again."
    d = extract_dates(text, anchor="1965")[0]
    assert names_thing(text, d) is named


def test_a_retold_remark_takes_no_date_of_its_retelling():
    text = ("On May 9, 1966, Ilse Marrow said that the Premier had told her in private that "
            "the frontier would stay closed.")
    out = run(text)
    premier = [s for s in out if s.speaker_name != "Ilse Marrow"]
    assert all(s.said_on is None for s in premier)
    assert _dates(text, "Ilse Marrow") == ["1966-05-09"]


def test_a_date_another_cue_of_the_sentence_reports_dates_nothing_after_it():
    text = (TELEGRAM.replace("He added that", "He then referred to the hard winter of 1958 "
                             "and asked whether"))
    assert _dates(text, "Oskar Thale", "1962-03-06") == ["1962-03-06", "1962-03-06"]


def test_a_date_in_words_said_before_frames_no_later_statement():
    # "In 1958 ..." opens Thale's own words: no frame for what Roe asks after them
    text = ("Kessel, March 6, 1962.\n\nPrime Minister Oskar Thale received Ilse Marrow this "
            "morning. Thale said that the treaty was safe. In 1958 we were unprepared for the "
            "floods, he said. Marrow then asked whether the dikes would hold.")
    assert _dates(text, "Ilse Marrow", "1962-03-06") == ["1962-03-06"]


def test_an_acquaintance_of_some_years_is_no_meeting_that_dates_words():
    text = ("Kessel, March 6, 1962.\n\nSUBJECT\n\nLunch with Prime Minister Oskar Thale, "
            "March 5, 1962\n\nThe lunch came of my remark to Ilse Marrow that I hoped to "
            "renew my 1953-55 acquaintance with Thale. Thale said it was his third visit to the "
            "coast in seven years.")
    assert _dates(text, "Oskar Thale", "1962-03-06")[-1] != "1953"


@pytest.mark.parametrize("habit", ["has always said that", "has frequently stated that",
                                   "said on several occasions that", "often said that"])
def test_words_said_on_many_occasions_take_no_one_day(habit):
    text = ("Port Lessing, June 3, 1957.\n\nYesterday Ambassador Ilse Marrow met the Minister. "
            f"Ambassador Marrow {habit} the quotas would stay. Marrow said that she would wait.")
    assert _dates(text, "Ilse Marrow", anchor="1957-06-03") == [None, "1957-06-02"]


# --------------------------------------------------------------------------------------------
# Telegrams and memoranda: the talk they report

TELEGRAM = ("214. Telegram From the Embassy in Varnland to the Department of State\n\n"
            "Kessel, March 6, 1962—9 p.m.\n\n"
            "812. I saw Prime Minister Oskar Thale at eleven this morning at his residence.\n\n"
            "Thale said that the 1958 treaty could not be reopened before elections.\n\n"
            "He added that his cabinet would meet again on Friday to review the budget.\n")


def _opening(words):
    """TELEGRAM with another opening paragraph (its talk with Thale told otherwise)."""
    return TELEGRAM.replace(
        "812. I saw Prime Minister Oskar Thale at eleven this morning at his residence.", words)


def test_a_telegram_reports_the_talk_its_opening_paragraph_dates():
    assert _dates(TELEGRAM, "Oskar Thale", "1962-03-06") == ["1962-03-06", "1962-03-06"]


@pytest.mark.parametrize(("opening", "day"), [
    (("Had general review of harbour question with Prime Minister Oskar Thale today on basis "
     "of both drafts."),
     "1962-03-06"),
    # the reference line's date is the cable's it cites
    (("Reference Department telegram circular 58, March 1. Counselor Ilse Marrow advised Prime "
     "Minister Oskar Thale today along lines of reference telegram."), "1962-03-06"),
    ("Marrow and I spent two hours discussing matter with Prime Minister Oskar Thale today.",
     "1962-03-06"),
    (("Marrow and I had more than two and a half hours with Prime Minister Oskar Thale "
     "Saturday evening."), "1962-03-03"),
    # today's is the journey's, not the talk's
    (("In talk Marrow and I had with Prime Minister Oskar Thale Saturday eve prior his "
      "departure north this morning for a week's rest, following points developed."),
     "1962-03-03"),
    ("Spent entire forenoon 3rd talking with Prime Minister Oskar Thale and his deputy.",
     "1962-03-03"),
    # a relative clause's day tells of the one talked with, not of the talk
    ("I called late yesterday on Prime Minister Oskar Thale, who was sworn in on March 1.",
     "1962-03-05"),
])
def test_a_cables_opening_that_tells_of_the_talk_in_other_words_dates_it(opening, day):
    text = TELEGRAM.replace("I saw Prime Minister Oskar Thale at eleven this morning at his "
                            "residence.", opening)
    assert _dates(text, "Oskar Thale", "1962-03-06") == [day, day]


def test_a_memorandum_on_a_debriefing_dates_it_by_the_day_it_names():
    text = ("7. Memorandum From Karl Wendt to the Secretary\n\n"
            "Washington, March 9, 1962.\n\nSUBJECT\n\nDebriefing of General Voss\n\n"
            "General Ansel Voss was debriefed by officers of the Ministry, commencing at 1000 "
            "Tuesday, 6 March. Also present were officers of the Treasury.\n\n"
            "General Voss said that the harbour could not be held.\n")
    assert _dates(text, "Ansel Voss", "1962-03-09") == ["1962-03-06"]


@pytest.mark.parametrize("opening", [
    ("Before handing him the letter I reviewed what had happened since the harbour meeting in "
    "Lund on March 2, and I recalled that I had tried to see him since March 4."),
    ("In the week following the Premier's return from Lund to Kessel on March 1, I have been "
    "able to have talks with several of his ministers."),
])
def test_a_day_a_period_runs_from_is_no_day_of_the_talk(opening):
    text = TELEGRAM.replace("I saw Prime Minister Oskar Thale at eleven this morning at his "
                            "residence.", opening + " Prime Minister Oskar Thale was hopeful.")
    assert "1962-03-02" not in _dates(text, "Oskar Thale", "1962-03-06")
    assert "1962-03-01" not in _dates(text, "Oskar Thale", "1962-03-06")


def test_a_paragraph_opening_talk_with_someone_in_telegraphese_makes_him_its_he():
    text = TELEGRAM.replace(
        "I saw Prime Minister Oskar Thale at eleven this morning at his residence.\n\nThale "
        "said that the 1958 treaty could not be reopened before elections.",
        "Ines Varga said the talks had failed.\n\nIn final go-round with Oskar Thale last night "
        "he was optimistic (talk with Varga had given him hope). However, he expressed belief "
        "that the 1958 treaty could not be reopened.")
    said = [(s.speaker_name, s.text) for s in run(text, "1962-03-06")]
    assert ("Oskar Thale", "belief that the 1958 treaty could not be reopened") in said
    # mid-paragraph, "he" is the one the paragraph is about, who had the talk
    text = TELEGRAM.replace(
        "I saw Prime Minister Oskar Thale at eleven this morning at his residence.\n\nThale "
        "said that the 1958 treaty could not be reopened before elections.",
        "Ivo Marrow said compromise was essential. In talk with Oskar Thale he had asked for an "
        "apology. He agreed that the apology was probably impossible.")
    said = [(s.speaker_name, s.text) for s in run(text, "1962-03-06")]
    assert ("Ivo Marrow", "the apology was probably impossible") in said


def test_a_record_of_a_conversation_sent_as_a_cable_is_dated_by_its_own_head():
    text = ("93. Telegram From the Department of State to the Embassy in Varnland\n\n"
            "Washington, March 6, 1962, 2114Z\n\nRoutine Kessel\n\n"
            "Memorandum of Conversation:\n\nFM Thale (Varnland)\n\n"
            "March 2, 1962, 10:15 AM,\n\nWaldorf 35A\n\n"
            "1. Participants: Foreign Minister Oskar Thale; the Secretary\n\n"
            "2. Foreign Minister Oskar Thale said the main problem was the harbour loan.\n")
    assert _dates(text, "Oskar Thale", "1962-03-06") == ["1962-03-02"]


def test_a_talk_at_someones_house_last_night_is_the_talk_with_the_one_named_first():
    # "at Marrow's last night": the host's house, and the night of the talk; "he" is the one
    # talked with
    text = TELEGRAM.replace(
        "I saw Prime Minister Oskar Thale at eleven this morning at his residence.\n\nThale "
        "said", "In a conversation with Prime Minister Oskar Thale at Ambassador Ilse Marrow's "
        "last night he spoke at great length of the harbour. He said")
    said = [(s.speaker_name, s.said_on) for s in run(text, "1962-03-06")]
    assert said[0] == ("Oskar Thale", "1962-03-05")
    # not where another is named as the subject before the pronoun
    text = TELEGRAM.replace(
        "I saw Prime Minister Oskar Thale at eleven this morning at his residence.\n\nThale "
        "said", "In a conversation with Prime Minister Oskar Thale last night, the new envoy, "
        "Ivo Marrow, said that he was not clear about the quotas. He said")
    assert [s.speaker_name for s in run(text, "1962-03-06")][:2] == ["Ivo Marrow"] * 2


def test_a_bare_hour_in_a_cables_opening_is_the_datelines_day():
    # "As the committee assembled 3 p. m., Thale told me": earlier than the 9 p.m. cable
    text = TELEGRAM.replace("I saw Prime Minister Oskar Thale at eleven this morning at his "
                            "residence.", "As the harbour committee assembled 3 p. m., Prime "
                            "Minister Oskar Thale told me the pilots had not yet come.")
    assert _dates(text, "Oskar Thale", "1962-03-06") == ["1962-03-06"] * 3
    # without the hour nothing says the talk was that day
    text = text.replace(" 3 p. m.,", "")
    assert _dates(text, "Oskar Thale", "1962-03-06") == [None] * 3


def test_a_cables_recd_by_is_a_talk_and_as_of_names_no_day_of_one():
    # "recd by Prime Minister Doe forenoon Friday 2nd": that day; "as of March 1" is a reference
    # point of the words, no talk (1962-03-06 is a Tuesday)
    text = TELEGRAM.replace(
        "I saw Prime Minister Oskar Thale at eleven this morning at his residence.",
        "Envoys, accompanied by aides, recd by Prime Minister Oskar Thale forenoon Friday 2nd.\n\n"
        "We sought answers to effect that aid moved to the new agency as of March 1.")
    assert _dates(text, "Oskar Thale", "1962-03-06") == ["1962-03-02", "1962-03-02"]


def test_a_day_an_aside_says_the_words_were_borne_out_on_dates_no_talk():
    # "as confirmed by Roe to Poe on March 1": another occasion, not the talk the cable reports
    text = TELEGRAM.replace(
        "I saw Prime Minister Oskar Thale at eleven this morning at his residence.",
        "I have repeatedly called attention to the strong feelings here over the harbour, as "
        "confirmed by Ivo Roe to Prime Minister Oskar Thale on March 1 (see Deptel 254, "
        "March 3).")
    assert _dates(text, "Oskar Thale", "1962-03-06") == [None, None]


def test_an_object_said_on_several_occasions_has_no_one_day():
    text = TELEGRAM.replace("Thale said that the 1958 treaty could not be reopened before "
                            "elections.", "Thale has suggested a lunch at the harbour club on "
                            "several occasions.")
    assert _dates(text, "Oskar Thale", "1962-03-06") == [None, "1962-03-06"]


def test_receiving_someone_in_the_opening_is_the_talk():
    text = TELEGRAM.replace(
        "I saw Prime Minister Oskar Thale at eleven this morning at his residence.",
        "Prime Minister Oskar Thale, in receiving me at the palace at noon today, was grateful.")
    assert _dates(text, "Oskar Thale", "1962-03-06") == ["1962-03-06", "1962-03-06"]


def test_a_cables_24_hour_time_in_the_opening_is_the_datelines_day():
    text = TELEGRAM.replace(
        "I saw Prime Minister Oskar Thale at eleven this morning at his residence.",
        "Since the Minister was away I saw Prime Minister Oskar Thale at 1730 to protest.")
    assert _dates(text, "Oskar Thale", "1962-03-06") == ["1962-03-06", "1962-03-06"]
    # Greenwich time names the cable, not the talk
    text = text.replace("at 1730", "at 1730Z")
    assert _dates(text, "Oskar Thale", "1962-03-06") == [None, None]


def test_yesterday_in_the_opening_dates_the_talk_the_day_before():
    text = TELEGRAM.replace("at eleven this morning", "yesterday evening")
    assert _dates(text, "Oskar Thale", "1962-03-06") == ["1962-03-05", "1962-03-05"]


def test_being_asked_to_call_is_the_talk():
    text = TELEGRAM.replace("I saw Prime Minister Oskar Thale at eleven this morning at his "
                            "residence.", "Prime Minister Oskar Thale asked me to call this "
                            "morning.")
    # the request itself is a statement too ("asked me to call")
    assert _dates(text, "Oskar Thale", "1962-03-06") == ["1962-03-06"] * 3


def test_a_relayed_participants_line_dates_the_talk():
    text = TELEGRAM.replace("812. I saw Prime Minister Oskar Thale at eleven this morning at his "
                            "residence.", "812. 1. Participants: Prime Minister Oskar Thale; "
                            "Ambassador Ilse Marrow, March 4, 1962, Kessel Palace.")
    assert _dates(text, "Oskar Thale", "1962-03-06") == ["1962-03-04", "1962-03-04"]


def test_a_diarys_hour_of_a_visit_is_the_datelines_day():
    text = TELEGRAM.replace("I saw Prime Minister Oskar Thale at eleven this morning at his "
                            "residence.", "At 12:15 Prime Minister Oskar Thale came into my "
                            "office.")
    assert _dates(text, "Oskar Thale", "1962-03-06") == ["1962-03-06", "1962-03-06"]


def test_a_council_convened_at_an_hour_met_on_the_datelines_day():
    text = TELEGRAM.replace("I saw Prime Minister Oskar Thale at eleven this morning at his "
                            "residence.", "Prime Minister Oskar Thale's cabinet convened at "
                            "10:15 a.m. in closed session.")
    assert _dates(text, "Oskar Thale", "1962-03-06") == ["1962-03-06", "1962-03-06"]


def test_rounds_of_calls_last_night_are_the_talk():
    text = TELEGRAM.replace("I saw Prime Minister Oskar Thale at eleven this morning at his "
                            "residence.", "I made my rounds last night. Prime Minister Oskar "
                            "Thale was hopeful.")
    assert _dates(text, "Oskar Thale", "1962-03-06") == ["1962-03-05", "1962-03-05"]


def test_a_memorandum_of_a_talk_at_dinner_last_night_dates_it_the_day_before(tmp_path):
    days = _record_days(
        tmp_path, "Memorandum of a Conversation Between the Premier and the Envoy",
        "<p>Seated next to each other at dinner last night, "
        "we had a long talk about the harbour. Ivo Dern said that the quotas were "
        "embarrassing.</p><p>I said that there were no such plans.</p>",
        date="1962-03-06")
    assert days == {"1962-03-05"}


def test_a_day_named_in_the_first_speaker_turn_is_in_the_words_not_the_talks(tmp_path):
    # the transcript's first turn looks back on yesterday's meeting: its own words, while
    # the record is of today's talk
    days = _record_days(
        tmp_path, "Memorandum of Conversation",
        "<p>PARTICIPANTS</p><p>Ivo Dern</p><p>Ada Tarvo</p>"
        "<p>Dern: Yesterday morning we had a meeting on the harbour, and to be frank "
        "I did not expect the questions your side put to us before it began.</p>"
        "<p>Tarvo: All of it was very tentative.</p>"
        "<p>Dern: Then we must look at the quotas again.</p>", date="1962-03-06")
    assert days == {"1962-03-06"}


def test_a_meeting_of_yesterday_reported_on_in_the_first_sentence_is_not_the_talk(tmp_path):
    days = _record_days(
        tmp_path, "Memorandum of a Conversation",
        "<p>Ambassador Ivo Dern reported briefly on his meeting yesterday with the "
        "Secretary General on the withdrawal of troops from the harbour. He said that "
        "the talks went well.</p><p>I said that there were no such plans.</p>",
        date="1962-03-06")
    assert days == {"1962-03-06"}


def test_a_memorandum_of_a_call_on_a_day_named_dates_it_that_day(tmp_path):
    days = _record_days(
        tmp_path, "Memorandum of Telephone Conversation, by Ivo Dern",
        "<p>Secret</p><p>Mr. Tarvo called me on the afternoon of March 1 and told me "
        "that he had seen the Minister about the harbour.</p><p>Mr. Tarvo said that "
        "the quotas were embarrassing.</p>", date="1962-03-06")
    assert days == {"1962-03-01"}


def test_a_memorandum_of_a_conversation_held_on_a_day_dates_it_that_day(tmp_path):
    days = _record_days(
        tmp_path, "Memorandum of Conversation, by Ivo Dern",
        "<p>Secret</p><p>In an informal conversation held on March 1, 1962 with "
        "General Tarvo on the harbour, the General said that the quotas were "
        "embarrassing.</p><p>General Tarvo said that the fleet would sail.</p>",
        date="1962-03-06")
    assert days == {"1962-03-01"}


def test_an_opening_day_named_dates_the_talk():
    text = TELEGRAM.replace("at eleven this morning", "on March 4")
    assert _dates(text, "Oskar Thale", "1962-03-06") == ["1962-03-04", "1962-03-04"]


def test_a_meeting_named_after_the_cables_captions_or_a_date_line_dates_the_talk():
    text = TELEGRAM.replace("812. I saw Prime Minister Oskar Thale at eleven this morning at his "
                            "residence.", "Cahto 12. Eyes only. Following is report of first "
                            "session with Prime Minister Oskar Thale. Meeting held at Kessel "
                            "palace at 4:00 p.m. March 4 and lasted an hour.")
    assert _dates(text, "Oskar Thale", "1962-03-06") == ["1962-03-04", "1962-03-04"]
    text = TELEGRAM.replace("812. I saw Prime Minister Oskar Thale at eleven this morning at his "
                            "residence.", "A-248. Subject: Memorandum of Conversation with the "
                            "Prime Minister.\n\nDate: March 2, 1962\n\nPrime Minister Oskar "
                            "Thale received me.")
    assert _dates(text, "Oskar Thale", "1962-03-06") == ["1962-03-02", "1962-03-02"]
    text = TELEGRAM.replace("812. I saw Prime Minister Oskar Thale at eleven this morning at his "
                            "residence.", "Secto 4. Restricted council session 10:30 March 5. "
                            "Prime Minister Oskar Thale opened.")
    assert _dates(text, "Oskar Thale", "1962-03-06") == ["1962-03-05", "1962-03-05"]


@pytest.mark.parametrize(("opening", "day"), [
    ("I called on Prime Minister Oskar Thale 4th.", "1962-03-04"),
    ("I met with Prime Minister Oskar Thale at his request 6th.", "1962-03-06"),
    ("Prime Minister Oskar Thale called urgently fifth to discuss the harbour.", "1962-03-05"),
    ("I saw Prime Minister Oskar Thale on the 2nd.", "1962-03-02"),
    # a day after the cable's own is of the month before
    ("I called on Prime Minister Oskar Thale prior his departure for Ostberg 27th.",
     "1962-02-27"),
    # telegraphese goes straight on with its verb or its "that"
    (("General Brand and I in discussion with Prime Minister Oskar Thale 5th expressed hope "
      "for the harbour."), "1962-03-05"),
])
def test_a_bare_day_of_the_month_in_a_telegram_dates_its_talk(opening, day):
    text = TELEGRAM.replace("I saw Prime Minister Oskar Thale at eleven this morning at his "
                            "residence.", opening)
    assert _dates(text, "Oskar Thale", "1962-03-06")[-2:] == [day, day]


@pytest.mark.parametrize("opening", [
    "I called on Prime Minister Oskar Thale at the 27th Division headquarters.",
    "I saw Prime Minister Oskar Thale near the 38th parallel.",
    "I met Prime Minister Oskar Thale aboard the 7th Fleet flagship.",
    "I saw Prime Minister Oskar Thale at the 10th anniversary of the republic.",
    "I saw Prime Minister Oskar Thale at the 14th Party Congress.",
    "I met Prime Minister Oskar Thale for the ninth round of talks.",
    "I will call on Prime Minister Oskar Thale 9th.",
    "I called on Prime Minister Oskar Thale about my telegram of 4th.",
    # a trip is no talk, and of several days none is the talk's
    "Prime Minister Oskar Thale visited the northern provinces 4th.",
    "I saw Prime Minister Oskar Thale 2nd and 4th.",
])
def test_a_number_that_names_a_thing_or_a_talk_to_come_is_no_day_of_talk(opening):
    text = TELEGRAM.replace("I saw Prime Minister Oskar Thale at eleven this morning at his "
                            "residence.", opening)
    assert _dates(text, "Oskar Thale", "1962-03-06")[-2:] == [None, None]


def test_a_bare_day_in_the_words_a_cue_reports_dates_no_talk():
    # "He said that the quays had been closed 4th": the day of what he told of
    for opening, days in (("He said that the quays had been closed 4th.", []),
                          ("I called on him 4th.", ["1962-03-04"]),
                          ("I told him morning 4th that the quays were closed.",
                           ["1962-03-04"])):
        text = TELEGRAM.replace("I saw Prime Minister Oskar Thale at eleven this morning at "
                                "his residence.", opening)
        people, mentions = extract_people(text)
        dates = extract_dates(text, anchor="1962-03-06")
        layout = Layout(text)
        said_on = SaidOn(text, people, mentions, dates, "1962-03-06", layout,
                         detect_meetings(text, mentions, dates, layout))
        assert [d.value for d in said_on.dates if d.rule == "bare_day"] == days


# a cable (truecased) whose bare dateline line reads as a dated heading, its routing lines
# before the body
CABLE = ("55. Telegram 410 From the Embassy in Varnland to the Department of State, March 6, "
         "1962, 1400Z\n\nMarch 6, 1962, 1400Z\n\nTelegram Department of State Kessel 410\n\n"
         "FM\n\nAMEMBASSY Kessel\n\nTO\n\nSECSTATE WASHDC priority 220\n\nSubject:\n\n"
         "Harbour dues and the northern quays\n\nRef:\n\nKessel 398\n\n"
         "1. Prime Minister Oskar Thale asked me to call urgently last evening. Thale said that "
         "the 1958 treaty could not be reopened before elections.\n\n"
         "2. Thale added that his cabinet would review the harbour dues.\n")


def test_a_cables_opening_day_outranks_its_bare_dateline():
    assert _dates(CABLE, "Oskar Thale", "1962-03-06") == ["1962-03-05"] * 3
    # an opening that dates no talk leaves the dateline's day
    text = CABLE.replace("asked me to call urgently last evening", "is worried")
    assert _dates(text, "Oskar Thale", "1962-03-06") == ["1962-03-06"] * 2


def test_a_cables_opening_day_outranks_its_dateline_past_a_long_teletype_head():
    # a telegram to many posts: its head runs to two dozen lines before the body opens
    posts = "".join(f"AMEMBASSY POST{n} IMMEDIATE\n\n" for n in range(12))
    text = CABLE.replace("SECSTATE WASHDC priority 220\n\n",
                         "SECSTATE WASHDC priority 220\n\nORIGIN SS-30\n\nDRAFTED BY EUR\n\n"
                         "APPROVED BY THE SECRETARY\n\n" + posts)
    assert _dates(text, "Oskar Thale", "1962-03-06") == ["1962-03-05"] * 3


def test_a_talk_retold_in_the_pluperfect_does_not_date_the_telegrams_talk():
    text = TELEGRAM.replace("812. I saw Prime Minister Oskar Thale at eleven this morning at his "
                            "residence.\n\nThale said", "812. Prime Minister Oskar Thale said he "
                            "had talked to the Governor twice the previous evening.\n\nThale said")
    assert _dates(text, "Oskar Thale", "1962-03-06") == [None, None, None]


def test_a_talk_had_in_the_simple_past_is_the_telegrams_talk():
    text = TELEGRAM.replace("I saw Prime Minister Oskar Thale at eleven this morning at his "
                            "residence.", "I had audience with Prime Minister Oskar Thale this "
                            "morning.")
    assert _dates(text, "Oskar Thale", "1962-03-06") == ["1962-03-06", "1962-03-06"]


def test_a_talk_yet_to_come_dates_no_words():
    # the memorandum prepares a talk set for tomorrow: its subject line names that talk, and
    # a meeting "next week" is no meeting the words were said at
    text = ("273. Memorandum for the Premier\n\nKessel, March 6, 1962.\n\nSUBJECT\n\n"
            "Talk With Prime Minister Oskar Thale\n\nYour talk with Prime Minister Oskar Thale "
            "is set for noon tomorrow, March 7. Thale will meet the Governor next week.\n\n"
            "Thale said that the 1958 treaty could not be reopened.\n")
    assert _dates(text, "Oskar Thale", "1962-03-06") == [None]


def test_without_a_dateline_no_opening_is_read():
    text = TELEGRAM.replace("Kessel, March 6, 1962—9 p.m.\n\n", "")
    assert _dates(text, "Oskar Thale", "1962-03-06") == [None, None]


def test_a_dated_section_heading_dates_its_statements_and_its_today():
    text = ("31. Memorandum for the Record\n\n"
            "Washington, April 9, 1963.\n\n"
            "Monday, April 8, 1963—5 p.m.\n\n"
            "Ambassador Lena Oskarsson telephoned about the conversation held today. "
            "Ambassador Oskarsson said her government was troubled by the draft statement.\n\n"
            "Tuesday, April 9, 1963—9 a.m.\n\n"
            "Ambassador Oskarsson said her minister would accept a shorter text.\n")
    assert _dates(text, "Lena Oskarsson", "1963-04-09") == ["1963-04-08", "1963-04-09"]


def test_a_memorandum_on_a_dated_meeting_dates_what_was_said_there():
    text = ("7. Memorandum From Karl Wendt to the Secretary\n\n"
            "Washington, October 12, 1957.\n\n"
            "SUBJECT\n\n"
            "Meeting with the Treasury, October 9, 1957\n\n"
            "Secretary Ansel Brix said that the loan would have to wait for the new budget.\n")
    assert _dates(text, "Ansel Brix", "1957-10-12") == ["1957-10-09"]


# --------------------------------------------------------------------------------------------
# Editorial narrative: frames, citations and quoted records


def test_the_event_framing_the_sentence_dates_it():
    text = ("In talks with the King on 3 March 1964, Secretary Hal Dorne said that the bases "
            "would stay open until 1970.")
    assert _dates(text, "Hal Dorne") == ["1964-03-03"]


def test_a_citation_closing_the_quotation_dates_the_words_quoted_from_it():
    text = ("Later Miro Vask telephoned Anna Petrel:\n\n"
            "“Vask said the draft had been shown to the other side by mistake. It will not "
            "happen again.” (Memorandum of a telephone conversation, May 14, 1965; private "
            "papers)\n")
    assert _asked(text, "said the draft", "the draft had been shown") == "1965-05-14"


def test_a_quotation_takes_the_conversation_its_introduction_names():
    text = ("A memorandum of the conversation on February 2, 1966 between Miro Vask and "
            "Anna Petrel reads:\n\n"
            "“Vask said that the harbour dispute was now the only obstacle to a settlement.”\n")
    assert _asked(text, "said that the harbour", "the harbour dispute") == "1966-02-02"


def test_a_meeting_named_by_its_body_dates_the_quotation_an_undated_record_cites():
    text = ("Minister Ines Kallas commented as follows at the March 9 Harbour Council meeting:\n\n"
            "“Mrs. Kallas said that the dockers were restless and the strike was spreading.” "
            "(Minutes of the 212th Meeting of the Harbour Council; council files)\n")
    assert _dates(text, "Ines Kallas", "1961-03-20") == ["1961-03-09"]


def test_a_meeting_day_is_no_paper_named_by_its_date():
    text = "Doe spoke at the March 9 Harbour Council meeting."
    start = text.index("March 9")
    day = extract_dates(text, anchor="1961-03-20")[0]
    assert (day.char_start, day.precision) == (start, "day")
    assert not names_thing(text, day)
    paper = "Doe read the March 9 Harbour Council report."
    assert names_thing(paper, extract_dates(paper, anchor="1961-03-20")[0])
    topic = "Asked about the March 9 Kallas meeting with Roe, Doe said it went well."
    assert names_thing(topic, extract_dates(topic, anchor="1961-03-20")[0])


def test_a_day_before_what_a_talk_was_about_dates_the_talk():
    text = "Minister called in Ambassador Roe at 1730 October 16 regarding cabinet decision on tariffs."
    day = extract_dates(text, anchor="1972-10-17")[0]
    assert day.text == "October 16" and not names_thing(text, day)


def test_a_day_opening_the_quoted_speakers_own_words_dates_none_after_them():
    text = ("At the council's meeting on March 26, 1959, Minister Ines Kallas spoke on the coast. "
            "The memorandum of that meeting reads as follows:\n\n"
            "“The Minister said that she would report on the coast. Beginning on March 10 at "
            "Tarvo there had occurred a series of strikes. The dockers then took the harbour. "
            "The strike ended on March 24.”\n")
    assert _dates(text, "Ines Kallas") == ["1959-03-26"] * 4


def test_a_month_in_the_words_of_the_question_does_not_date_the_answer(tmp_path):
    body = ('<p>1234. I lunched today with <persName corresp="#p_LE">President Lindqvist'
            "</persName>. When I inquired when party program for October Congress would be "
            "published he replied in August or possibly earlier. He said he planned to rest in "
            "April.</p>"
            '<closer><signed><persName corresp="#p_OB">Oskarsson</persName></signed></closer>')
    doc = record(tmp_path, "Telegram From the Embassy in Norland to the Department of State",
                 body, "1962-03-03")
    said = [(s.speaker_name, s.said_on, s.text) for s in extract_document(doc).statements]
    assert said == [
        ("Bryn Oskarsson", "1962-03-03", ("when party program for October Congress would be "
                                         "published")),
        ("Erik Lindqvist", "1962-03-03", "in August or possibly earlier"),
        ("Erik Lindqvist", "1962-03-03", "he planned to rest in April")]


def test_a_cables_subject_run_into_its_first_paragraph_dates_the_talk(tmp_path):
    body = ("<p>secret</p><p>1416. Harbour subcommittee meeting. After Ines Kallas took the chair, "
            '<persName corresp="#p_GR">Gruber</persName> urged the subcommittee to agree at once '
            "that the first priority is a ban on shipping.</p>")
    assert _record_days(tmp_path, "Telegram From the Mission at Geneva to the Department of State",
                        body, "1951-04-17") == {"1951-04-17"}


def test_a_quotation_takes_its_introductions_day_over_the_day_of_the_paper_cited():
    text = ("At a meeting of the council on October 13, Minister Ines Kallas raised the subject "
            "of the harbour:\n\n“The Minister then proceeded to discuss the harbour. The dockers "
            "had delivered an ultimatum. In point of fact, however, Mrs. Kallas doubted whether "
            "the dockers could strike for long.\n\n“Governor Tal Rand said he was quite sure "
            "that the navy was involved in what was occurring. Mrs. Kallas agreed with him. "
            "Governor Tal Rand said that the port ought to be reopened at once.” (Memorandum of "
            "discussion at the 47th meeting of the council, by Roe, October 14; council files)\n")
    # (the sentence the citation closes still takes the citation's day)
    assert _dates(text, "Tal Rand", "1960-10-20") == ["1960-10-13", "1960-10-14"]


def test_an_airgrams_talk_after_its_routing_lines_dates_its_words(tmp_path):
    head = "".join(f"<p>{line}</p>" for line in (
        "AIRGRAM DEPARTMENT OF STATE KESSEL 295", "TO:", "Department of State", "INFO:",
        "MOSCOW", "LONDON", "FROM:", "Amembassy KESSEL", "SUBJECT:", "Harbour dues"))
    body = (head + "<p>During an impromptu social encounter June 28, "
            '<persName corresp="#p_KI">Ines Kallas</persName> told the reporting officer in '
            "“strictest confidence” that the harbour dues would be cut by half.</p><p>According "
            "to Kallas, the government does not have the cash to pay the dockers.</p>")
    assert _record_days(tmp_path, "Airgram From the Embassy in Norland to the Department of "
                        "State", body, "1970-07-02") == {"1970-06-28"}


def test_words_a_conversation_retells_from_a_speech_take_the_speechs_day(tmp_path):
    body = ('<p><persName corresp="#p_VA">Varnholt</persName> said that the fleet would wait. '
            '<persName corresp="#p_KI">Kallas</persName> had said in her speech yesterday that '
            "the time did not seem to be ripe to make progress.</p>")
    days = _record_days(tmp_path, "Memorandum of Conversation", body, "1955-03-09")
    assert days == {"1955-03-09", "1955-03-08"}


def test_a_day_the_speaker_acted_on_earlier_in_the_paragraph_dates_his_words():
    text = ("In his message of January 9, 1959, President Olaf Brandt said that the harbour "
            "loan would be raised.\n\nOn January 14, Ines Varga testified on the budget.\n\n"
            "President Olaf Brandt sent his budget to the Council on January 19, highlighting "
            "several of its features. He listed the harbour second, noting that the docks were "
            "vital to the whole country.")
    assert _dates(text, "Olaf Brandt", "1959-03-01") == ["1959-01-09", "1959-01-19"]


def test_an_opening_talk_called_another_is_not_the_talk_the_cable_reports():
    text = _opening(
        "812. Yesterday in course of another conversation Ines Varga told me that the cabinet "
        "was split.\n\nI have been worried that Thale blames me, so today I made appointment "
        "and had long talk with Prime Minister Oskar Thale.")
    assert _dates(text, "Oskar Thale", "1962-03-06") == ["1962-03-06", "1962-03-06"]
    assert _dates(text, "Ines Varga", "1962-03-06") == ["1962-03-05"]


def test_a_cable_opening_conferred_with_x_last_night_dates_the_talk(tmp_path):
    body = ('<p>912. Conferred with <persName corresp="#p_KI">Kallas</persName> three hours last '
            "night with Foreign Minister Halme acting as interpreter.</p><p>Kallas said she has "
            "26,000 troops east of the river.</p>")
    assert _record_days(tmp_path, "The Chargé in Norland (Oskarsson) to the Department of State",
                        body, "1953-03-03") == {"1953-03-02"}


def test_a_day_long_before_the_cable_is_no_day_of_the_talk_it_opens_with(tmp_path):
    body = ("<p>796. Kessel–Tarvo Talks. 93rd meeting two hours.</p>"
            '<p><persName corresp="#p_KI">Kallas</persName> led off with the harbour. She '
            "suggested beginning discussions on basis of the draft announcement of September 22, "
            "1958.</p><p>Kallas said the dockers would wait.</p>")
    days = _record_days(tmp_path, "Telegram From the Embassy in Norland to the Department of "
                        "State", body, "1959-11-06")
    assert "1958-09-22" not in days and days == {"1959-11-06"}


def test_a_deadline_is_no_day_anything_was_said_on():
    text = ("On March 28, 1961, the papers wrote that the rebels would take the port by April "
            "15, a story which, Hal Dorne stated, had come from the navy.")
    assert _dates(text, "Hal Dorne") == ["1961-03-28"]


def test_a_talk_an_account_is_of_does_not_date_the_account():
    text = ("At a meeting of the council on May 19, 1961, Minister Ines Kallas reported on her "
            "journey; her description of her May 14 conversation with Rolf Varnholt is recorded "
            "as follows:\n\n“Perhaps the most useful event of the journey had been a dinner "
            "with Varnholt, who had listened closely to every word.”\n")
    assert _dates(text, "Ines Kallas") == ["1961-05-19"]


def test_a_day_in_another_sentence_of_a_quoted_record_does_not_date_the_words():
    text = ("At a meeting of the council on October 13, 1960, Minister Ines Kallas spoke on the "
            "harbour. The memorandum of the meeting reads as follows:\n\n"
            "“Minister Kallas pointed out that the dockers were restless. There was also a "
            "report that a ship had left Tarvo with troops. Five ships were to sail between the "
            "15th and 18th of October. The strike was spreading.”\n")
    assert _dates(text, "Ines Kallas") == ["1960-10-13"] * 4


def test_a_date_opening_an_earlier_sentence_of_the_quotation_frames_the_words():
    text = ("On March 26, 1970, the cabinet received a paper on the harbour, which drew on an old "
            "view:\n\n“As early as 1957, when she returned from the coast, Minister Ines Kallas "
            "urged a new port. The old dredging was finished in 1962. Specifically she said: "
            "'The harbour must be dredged again before the winter comes.'” (Letter from the "
            "minister, March 26, 1970; files)\n")
    assert _dates(text, "Ines Kallas") == ["1957"]


def test_a_paragraph_opening_with_its_own_day_is_not_dated_by_the_one_before():
    text = ("In remarks on April 27, 1959, Minister Ines Kallas spoke of the harbour, saying that "
            "the port would open.\n\nOn April 29, she wrote to the council. In her letter, "
            "Kallas stated that the port would close.")
    assert _dates(text, "Ines Kallas") == ["1959-04-27", "1959-04-29"]


def test_a_sentence_citation_dates_the_report():
    text = ("Ambassador Rune Halvik reported that the Foreign Minister was ready to sign the "
            "accord. (Telegram 5521 from Kessel, July 22, 1966; files)")
    assert _dates(text, "Rune Halvik", "1966") == ["1966-07-22"]


# --------------------------------------------------------------------------------------------
# News: weekdays and the report's date


def test_a_weekday_in_the_cue_counts_back_from_the_report():
    text = ("Greta Solm recalled in an interview on Tuesday that the committee had met in an "
            "unheated room.")
    assert _dates(text, "Greta Solm", "2021-11-04") == ["2021-11-02"]


def test_the_speakers_next_quotation_keeps_the_interview_date():
    text = ("Pieter Aske said at Monday's ceremony that the letter had been written by hand. "
            "“She wrote for the archive, not for the minister,” he said.")
    assert _dates(text, "Pieter Aske", "2020-02-05") == ["2020-02-03", "2020-02-03"]


def test_an_aside_clause_year_does_not_date_the_statement():
    text = ("Pieter Aske, who found the letter in 2018, said on Monday that it had been kept "
            "in a drawer for decades.")
    assert _dates(text, "Pieter Aske", "2020-02-05") == ["2020-02-03"]


def test_this_week_dates_the_statement_to_the_reports_month():
    text = ("The Ministry of Culture said in a statement this week that the inquiry would "
            "not be reopened.")
    dated = [s.said_on for s in run(text, "2025-04-23")]
    assert dated == ["2025-04"]


def test_a_cable_dateline_of_date_and_zulu_time_alone_opens_the_record():
    text = TELEGRAM.replace("Kessel, March 6, 1962—9 p.m.", "March 6, 1962, 2114Z.")
    assert _dates(text, "Oskar Thale", "1962-03-06") == ["1962-03-06", "1962-03-06"]


REPORT = ("The Foreign Ministry on Monday published the minutes of the 1987 Orlen summit, at "
          "which President Ivo Brandt and Chancellor Ada Weil agreed to open the border.\n\n"
          "The summit opened on March 7, 1987, in a hotel by the lake. Brandt said that the "
          "border had been closed by men no longer in office.\n\n"
          "Weil replied that her government wanted guarantees for its minority first.\n\n"
          "Asked about the talks in an interview, Weil says that she remembers the cold.")


def test_a_reports_narrative_time_carries_into_an_undated_paragraph():
    got = {(s.speaker_name, s.said_on) for s in run(REPORT, "2017-06-14")}
    assert ("Ivo Brandt", "1987-03-07") in got
    assert ("Ada Weil", "1987-03-07") in got
    # the release's Monday dates no talk of 1987, and "agreed to open" reports nothing
    assert not any(d and d.startswith("2017-06-12") for _, d in got)


def test_an_event_named_by_its_year_is_not_dated_by_another_years_day():
    _, mentions = extract_people(REPORT)
    dates = extract_dates(REPORT, anchor="2017-06-14")
    meetings = detect_meetings(REPORT, mentions, dates, Layout(REPORT))
    assert all(m.date.value.startswith("1987") for m in meetings)


def test_the_same_meeting_is_the_day_of_the_words_before():
    text = ("“We will not sign,” the foreign minister, Ada Weil, told the cabinet on 12 March "
            "1991.\n\nThe defence minister, Ivo Brandt, insisted at the same meeting that the "
            "airfields would be left undefended.")
    assert _dates(text, "Ivo Brandt", "2021-11-04") == ["1991-03-12"]


def test_a_date_inside_quoted_words_does_not_stop_the_narrative_time():
    text = ("The summit opened on March 7, 1987, in a hotel by the lake.\n\n"
            "Ada Weil replied that her government wanted guarantees first, and Ivo Brandt said "
            "he could give them “in writing, this week.”")
    assert _dates(text, "Ada Weil", "2017-06-14") == ["1987-03-07"]


MEMO = ("Memorandum for the Record\n\nKessel, March 9, 1962.\n\nSUBJECT\n\n{subject}\n\n"
        "1. Oskar Thale said that the harbour would stay closed. He thought the loan could "
        "wait.\n\n2. Ines Varga said that the railway would be delayed.")


def test_a_reference_line_under_ref_is_no_second_dateline():
    text = MEMO.format(subject="Weekly meeting of the harbour board").replace(
        "Kessel, March 9, 1962.\n\n", "Kessel, March 9, 1962.\n\nREF\n\nLegdes 57, March 2, 1962\n\n")
    assert _dates(text, "Ines Varga", "1962-03-09") == ["1962-03-09"]


def test_a_record_of_a_meeting_its_subject_names_is_dated_by_its_own_dateline():
    text = MEMO.format(subject="Weekly meeting of the harbour board")
    assert _dates(text, "Oskar Thale", "1962-03-09") == ["1962-03-09", "1962-03-09"]
    assert _dates(text, "Ines Varga", "1962-03-09") == ["1962-03-09"]
    guests = ("Luncheon meeting with the Minister, Ines Varga, Oskar Thale, Arne Dahl, Piet "
              "Okker, Ilse Moran and the Harbour Master")
    assert _dates(MEMO.format(subject=guests), "Ines Varga", "1962-03-09") == ["1962-03-09"]
    # a subject that names no talk, or one that the record dates itself, gives no such date
    assert _dates(MEMO.format(subject="The harbour loan"), "Ines Varga", "1962-03-09") == [None]
    dated = MEMO.format(subject="Meeting of the harbour board, March 7")
    assert _dates(dated, "Ines Varga", "1962-03-09") == ["1962-03-07"]


def test_a_subject_naming_negotiations_names_no_one_day():
    # negotiations run over many days: the memorandum's own date is not the day of the talk
    text = MEMO.format(subject="Harbour Loan Negotiations")
    assert _dates(text, "Ines Varga", "1962-03-09") == [None]
    text = MEMO.format(subject="Meeting on the Harbour Loan Negotiations")
    assert _dates(text, "Ines Varga", "1962-03-09") == ["1962-03-09"]


def test_the_writers_view_and_another_titled_person_continue_nobodys_words():
    text = ("Oskar Thale said that the harbour would stay closed. However, it was obvious that "
            "Thale was shifting his ground. The Minister made it plain that the loan was dead. "
            "Ines Varga said that the railway would wait. However, its budget was spent.")
    said = [(s.speaker_name, s.text) for s in run(text, "1962-03-09")]
    assert said == [("Oskar Thale", "the harbour would stay closed"),
                    ("Ines Varga", "the railway would wait"),
                    ("Ines Varga", "However, its budget was spent")]


def test_an_opening_that_spent_time_with_someone_yesterday_dates_the_talk():
    text = TELEGRAM.replace("I saw Prime Minister Oskar Thale at eleven this morning",
                            "Ambassador spent hour yesterday afternoon with Prime Minister "
                            "Oskar Thale")
    assert _dates(text, "Oskar Thale", "1962-03-06") == ["1962-03-05", "1962-03-05"]


def test_an_attached_records_dateline_dates_the_words_after_it():
    text = ("Memorandum From Ines Varga to the Minister\n\nKessel, March 9, 1962.\n\n"
            "I attach the record of a talk with the Prime Minister.\n\nAttachment\n\n"
            "Memorandum of Conversation\n\nKessel, March 7, 1962, 6 p.m.\n\n"
            "Oskar Thale said that the harbour would stay closed.")
    assert _dates(text, "Oskar Thale", "1962-03-09") == ["1962-03-07"]


def test_a_view_in_the_present_tense_is_held_on_the_texts_day_and_a_future_one_is_no_statement():
    text = ("Ines Varga and Oskar Thale feel that the harbour should stay closed. Arne Dahl will "
            "tell the board that the loan can wait. Piet Okker believes that the rail is late.")
    got = [(s.speaker_name, s.said_on) for s in run(text, "1965-10-11")]
    assert got == [("Ines Varga", "1965-10-11"), ("Oskar Thale", "1965-10-11"),
                   ("Piet Okker", "1965-10-11")]


def test_a_cables_opening_after_its_routing_lines_dates_the_talk():
    text = _opening(
        "812. Pass Ostby. Pouch Lakeport. From delegation. Harbour No. 12. Series 4. "
        "Talk developed with Prime Minister Oskar Thale near the end of the reception "
        "tonight March 5th.")
    assert _dates(text, "Oskar Thale", "1962-03-06") == ["1962-03-05", "1962-03-05"]


def test_an_opening_that_says_someone_spoke_on_a_day_dates_the_cable():
    text = _opening(
        "812. Prime Minister Oskar Thale March 4 referred to the harbour and conveyed "
        "following to Embassy.")
    assert _dates(text, "Oskar Thale", "1962-03-06") == ["1962-03-04", "1962-03-04"]


def test_a_cited_cables_date_is_no_date_of_the_talk():
    text = ("Kessel, June 5, 1957.\n\nThe Ambassador being absent today, I called on Chancellor "
            "Ines Varga to give her the substance of the Department's 3443 June 4. She said "
            "that it was all very well.")
    assert _dates(text, "Ines Varga", "1957-06-05") == ["1957-06-05"]


def test_the_narrative_time_before_carries_into_a_paragraph_dated_only_later():
    text = ("On May 25, 1961, President Ivo Brandt sent a message to the assembly.\n\n"
            "The assembly passed the act on August 31. On September 4, Brandt signed it.\n\n"
            "In his signing statement, Brandt said, “I am hopeful that the funds will come.” "
            "The funds for 1962 were voted on September 30, 1961.")
    dated = [(s.speaker_name, s.said_on) for s in run(text, "1995")]
    assert ("Ivo Brandt", "1961-09-04") in dated


def test_a_day_framing_the_words_refines_the_month_of_the_speakers_words_before():
    text = ("The envoy Ada Quist first wrote on March 2, 1981. She cabled again the following "
            "week, warning that the strike had spread to the ports.\n\n"
            "Her longest letter, sent on March 20, 1981, is the sharpest. Quist wrote:\n\n"
            "> The ministers no longer hide it. They speak of the strike as won.\n")
    dated = [(s.text[:12], s.said_on) for s in run(text, "2021-05-04")
             if s.speaker_name == "Ada Quist"]
    assert ("The minister", "1981-03-20") in dated


def test_a_heading_naming_a_session_and_its_day_dates_the_words_under_it(tmp_path):
    days = _record_days(
        tmp_path, "Paper by the Director of the Office of Harbour Affairs",
        "<p>Undated.</p><p>HARBOUR CONFERENCE</p>"
        "<p>Discussion of the Harbour Question—Afternoon May 3, 1961</p>"
        "<p>Ilse Marrow proposed that the board rebuild the north quay.</p>"
        "<p>Oskar Thale remarked that the board had no money.</p>", date="1961")
    assert days == {"1961-05-03"}


def test_a_meeting_told_of_in_someones_words_dates_nothing_after_it():
    text = ("Kessel, February 10, 1968.\n\n2. Director Ivo Dern said the ministry hoped the envoy "
            "would not fail them, and in this context he referred to the failure of the 1953 "
            "visit by Pal Rusk.\n\n3. Director Ivo Dern said that the communique should deal "
            "with three points.")
    assert "1953" not in _dates(text, "Ivo Dern", "1968-02-10")


def test_a_weekday_or_day_between_the_cue_and_that_dates_the_words_and_is_no_part_of_them():
    for when, day in (("Thursday", "1962-03-01"), ("on Thursday", "1962-03-01"),
                      ("on February 27", "1962-02-27")):
        text = (f"Kessel, March 3, 1962.\n\nCounselor Oskar Thale said {when} that the people "
                "had lost their confidence in the harbour board.")
        (s,) = run(text, "1962-03-03")
        assert (s.text, s.said_on) == (
            "the people had lost their confidence in the harbour board", day)


def test_a_cable_sent_just_after_its_talk_is_dated_by_its_dateline():
    for opening in ("I have just come from meeting with President Oskar Thale.",
                    "At his request I rendezvoused today with President Oskar Thale.",
                    ("I sent my Kestel 2 of this morning to the President. President Oskar "
                    "Thale called me by phone a few minutes ago.")):
        text = (f"Kessel, March 3, 1962, 0220Z.\n\n812. For the Secretary.\n\n1. {opening} He "
                "said that the harbour board should act at once.")
        assert _dates(text, "Oskar Thale", "1962-03-03") == ["1962-03-03"]


def test_a_cable_sent_after_midnight_dates_a_talk_of_the_evening_hour_the_day_before(tmp_path):
    body = ('<p>1234. <persName corresp="#p_KI">Kallas</persName> summoned me to the Foreign '
            "Ministry at 10:30 pm local time to inform me that the convoy had been held up.</p>"
            "<p>Kallas said the harbour would stay closed until the Council met.</p>")
    xml = tei_record.volume("Telegram From the Embassy in Norland to the Department of State",
                            body, "1963-10-12").replace(
        ">1963-10-12</date></dateline>", ">October 12, 1963, 3 a.m.</date></dateline>")
    path = tmp_path / "frus1955-57v99.xml"
    path.write_text(xml, encoding="utf-8")
    (doc,), _ = read_tei(path, tmp_path)
    dates = {s.said_on for s in extract_document(doc).statements}
    assert dates == {"1963-10-11"}
    # sent in the evening after the talk: the dateline's own day
    path.write_text(xml.replace("3 a.m.", "11 p.m."), encoding="utf-8")
    (doc,), _ = read_tei(path, tmp_path)
    assert {s.said_on for s in extract_document(doc).statements} == {"1963-10-12"}


def test_a_note_handed_over_dates_the_talk_that_opens_the_cable(tmp_path):
    body = ('<p>421. 1. In handing August 23 aide-memoire to me, <persName corresp="#p_KI">'
            "Kallas</persName> said that Norland had given most mature consideration to the "
            "issues.</p><p>2. Kallas said the harbour would stay closed.</p>")
    doc = record(tmp_path, "Telegram From the Embassy in Norland to the Department of State",
                 body, "1963-08-24")
    assert {s.said_on for s in extract_document(doc).statements} == {"1963-08-23"}


def test_a_year_opening_the_words_after_that_is_what_was_talked_about():
    text = ("Ambassador Ivo Holmes stated that in 1958 we did not live up to our commitments. "
            "Holmes added that the fleet was weak.")
    assert [s.said_on for s in run(text, "1965-04-23")] == [None, None]


def test_the_day_of_the_talk_not_of_the_telegram_received_dates_it():
    text = TELEGRAM.replace("I saw Prime Minister Oskar Thale at eleven this morning at his "
                            "residence.", "Reference telegram was received yesterday p.m. and I "
                            "made requested representation to Prime Minister Oskar Thale at 3 "
                            "p.m. today.")
    assert _dates(text, "Oskar Thale", "1962-03-06") == ["1962-03-06", "1962-03-06"]


def test_the_meeting_not_the_memorandum_written_after_it_dates_the_words_it_records():
    text = ("At the 376th meeting of the National Harbour Council on August 14, 1958, Director "
            "of Works Ivo Dern reviewed the harbour during his briefing on the latest "
            "developments. The relevant portion of the memorandum of discussion by Ola Sarnes, "
            "August 15, reads as follows:\n\n"
            "“Mr. Dern pointed out that the harbour was silting up and that the port would "
            "have to close within the year. The dredging contract had lapsed in the spring and "
            "no firm had offered to take it up again.”")
    assert set(_dates(text, "Ivo Dern", "1958")) == {"1958-08-14"}


def test_an_appeal_opening_a_cable_dates_the_talk_it_reports():
    text = ("1695. CINCPAC for POLAD. President Ahmed Karno made strong appeal last night to "
            "Director Ben Baird to help convey a true picture of the islands.\n\nKarno "
            "expressed hope that the improvement in relations could continue.")
    assert _dates(text, "Ahmed Karno", "1958-11-20") == ["1958-11-19"]


def test_a_cables_opening_that_told_a_listener_on_a_day_dates_the_talk():
    for told in ("Embassy informed Prime Minister Oskar Thale at 1100 today of the offer.",
                 "Department informed Ambassador Oskar Thale March 5 that the loan was ready."):
        text = TELEGRAM.replace(
            "812. I saw Prime Minister Oskar Thale at eleven this morning at his residence.",
            "812. Deptel 40. " + told)
        assert _dates(text, "Oskar Thale", "1962-03-06") == [
            "1962-03-06" if "today" in told else "1962-03-05"] * 2


def test_a_day_after_the_listener_of_a_retold_cue_is_that_telling():
    text = TELEGRAM.replace(
        "Thale said that the 1958 treaty could not be reopened before elections.",
        "Counselor said that as I had pointed out to Oskar Thale last night (Kessel 40), "
        "the treaty could not be reopened.")
    assert _asked(text, "pointed", "to Oskar Thale last night (Kessel 40), the treaty could "
                  "not be reopened.", "1962-03-06") == "1962-03-05"


def test_a_day_in_an_aside_likening_to_another_occasion_frames_nothing():
    text = TELEGRAM.replace(
        "Thale said that the 1958 treaty",
        "I outlined the reference telegram as presented to the cabinet last night. "
        "Thale said that the 1958 treaty")
    assert _dates(text, "Oskar Thale", "1962-03-06") == ["1962-03-06", "1962-03-06"]


def test_the_end_of_a_planned_period_dates_no_talk():
    text = _opening(
        "812. The events of the quarter were the harbour conference with Prime Minister Oskar "
        "Thale and a drive to be carried out November 1-January 31.")
    assert _dates(text, "Oskar Thale", "1962-03-06") == [None, None]


def test_the_writers_words_pointed_to_in_the_text_itself_are_of_its_day():
    text = TELEGRAM.replace(
        "He added that his cabinet would meet again on Friday to review the budget.",
        "On June 30 the army had 5,000 men. The army, as I said above, is larger now.")
    assert _asked(text, "said above", "above, is larger now.", "1962-03-06") == "1962-03-06"


def test_a_paragraph_after_one_opening_with_another_day_naming_the_speaker_is_that_day():
    text = TELEGRAM.replace(
        "He added that his cabinet would meet again on Friday to review the budget.",
        "The following day Thale sent Ines Varga to the residence. Varga said that the "
        "loan was urgent.\n\nVarga added that the port was closed.").replace(
        "at eleven this morning", "on March 4")
    assert _dates(text, "Oskar Thale", "1962-03-06") == ["1962-03-04"]
    assert _dates(text, "Ines Varga", "1962-03-06") == ["1962-03-05"] * 2


# A date that names a paper or an act (attributive "the May 9 “Notes”", "a declaration made by
# Doe on June 29") dates neither the sentence it is in nor the words after it.
def test_a_paper_named_by_its_date_frames_no_later_sentence():
    text = ("Since the two letters of the board conflicted with the suggestion in the May 9, "
            "1961 “Notes” that all quays be rebuilt, I raised the matter with Oskar Thale. "
            "Oskar Thale said that there was no money for the quays.")
    assert _dates(text, "Oskar Thale", "1962-06-20") == [None]


def test_an_act_dated_in_a_participles_clause_frames_no_later_words():
    text = ("The position taken by Ilse Marrow was a restatement of the declaration made by "
            "Premier Oska on June 29 that “the river is ours.” Ilse Marrow further said “the "
            "quay will stay closed to every ship of the northern fleet.”")
    assert _dates(text, "Ilse Marrow", "1961-07-15") == [None]


def test_a_proposal_named_by_its_day_in_telegraphese_is_no_talk_the_cable_opens_with():
    text = ("Kessel, January 28, 1962.\n\n3195. Vell gave us Norland position on harbour plan. "
            "Vell said Norland prepared accept two points.\n\nVell hoped US could meet Norland "
            "desires use Norland January 7 proposal in approach to Kessel.\n\nWith respect to "
            "quay problem, Arno Vell said this matter was very delicate.")
    assert "1962-01-07" not in _dates(text, "Arno Vell", "1962-01-28")


def test_a_meeting_in_the_words_of_the_first_speaker_is_no_day_of_the_meeting_recorded():
    text = ("Kessel, February 4, 1962, 11 a.m.\n\n1. Harbour\n\nMr. Ivo Dern stated that the "
            "raising of the harbour question at the council meeting on February 3 had put the "
            "ministry on the spot.\n\nAdmiral Pal Rusk replied that it was time to work on it.")
    dated = run(text, "1962-02-04")
    assert dated and "1962-02-03" not in {s.said_on for s in dated}


@pytest.mark.parametrize("text, day", [
    ("On March 3 the Minister Arno Vell said that the quay was closed.", "1961-03-03"),
    ("At the meeting of March 3 the Minister Arno Vell said that the quay was closed.",
     "1961-03-03"),
    ("At the meeting held on March 3 the Minister Arno Vell said that the quay was closed.",
     "1961-03-03"),
    ("In his March 3 reply, the Minister Arno Vell said that the quay was closed.",
     "1961-03-03"),
    (("A statement issued by Arno Vell on March 3 charged that the quay was closed. He asserted "
      "that the fleet was weak."), "1961-03-03"),
    (("In an interview with a visiting historian held March 3, 1984, Arno Vell stated that the "
      "quay was closed."), "1984-03-03"),
    (("He pointed to a note dated March 3, 1961, in which Arno Vell told his aide that the quay "
      "was closed."), "1961-03-03"),
])
def test_a_day_framing_the_talk_or_the_paper_the_words_are_in_keeps_dating_them(text, day):
    assert _dates(text, "Arno Vell", "1961-08-01") == [day]


def test_an_enclosed_memorandum_of_a_conversation_is_dated_by_its_own_heading(tmp_path):
    days = _record_days(
        tmp_path, "Despatch From the Embassy in Norland to the Department of State",
        "<p>Enclosed is a memorandum of my conversation with the Foreign Minister on "
        "the harbour.</p>" + "<p>The harbour has long troubled the ministry.</p>" * 10
        + "<p>[Enclosure]</p><p>Memorandum of a Conversation, Kessel, "
        'November 7, 1955</p><p>The Foreign Minister <persName corresp="#p_KI">Ines '
        "Kallas</persName> said that the quay was closed.</p><p>The Minister said that "
        "the fleet was weak.</p>", date="1955-11-17")
    assert days == {"1955-11-07"}


def test_a_subject_line_naming_a_day_dates_no_talk(tmp_path):
    days = _record_days(
        tmp_path, "Memorandum From the Ambassador in Norland to the Secretary of State",
        "<p>SUBJECT</p><p>Riot at the Legation, May 24, 1957.</p><p>Yesterday "
        'afternoon I called on the Foreign Minister <persName corresp="#p_KI">Ines '
        "Kallas</persName> at her residence, by appointment, to discuss the riot.</p>"
        "<p>After the usual courtesies, the "
        "Minister said that she regretted the riot.</p>", date="1957-05-27")
    assert days == {"1957-05-26"}


def test_the_day_a_statement_noun_carries_dates_its_words():
    text = ("Despite Premier Arvo Kell’s statement of 27 June 1961 to General Tamm that he did not "
            "plan to close the quay, the quay was closed.")
    assert _dates(text, "Arvo Kell", "1961-08-03") == ["1961-06-27"]


# --------------------------------------------------------------------------------------------
# the opening's choice of the talk's day

def _opened(opening, anchor="1962-03-06", text=CABLE):
    return _dates(text.replace("Prime Minister Oskar Thale asked me to call urgently last "
                               "evening.", opening), "Oskar Thale", anchor)


def test_of_two_talks_the_opening_names_the_one_today_is_the_talk():
    # a call last night asking for the meeting this morning: the statements are the meeting's
    assert _opened("Prime Minister Oskar Thale telephoned me last night asking to see me "
                   "this morning on an urgent matter.")[-2:] == ["1962-03-06"] * 2


def test_a_meeting_at_noon_today_outranks_a_day_it_talks_of():
    assert _opened("Outcome of my meeting with Prime Minister Oskar Thale this noon was that "
                   "he repeated his assurances to the Governor on March 2.")[-2:] == \
        ["1962-03-06"] * 2


def test_a_day_that_bounds_a_period_is_no_talks_day():
    # the talk undated, the cable's own day stands
    assert _opened("I met Prime Minister Oskar Thale, back from his stay in Ostberg "
                   "(circa February 3 to March 2).")[-2:] == ["1962-03-06"] * 2


def test_a_day_far_from_the_cable_is_no_talk_it_reports():
    # a year-less "January 12" of a cable of December 30 is the meeting to come
    text = CABLE.replace("March 6, 1962", "December 30, 1962")
    assert _opened("I met Prime Minister Oskar Thale yesterday about the January 12 meeting "
                   "with the consortium.", "1962-12-30", text)[-2:] == ["1962-12-29"] * 2


def test_a_talk_the_paragraph_retells_from_last_week_takes_no_opening_day():
    text = TELEGRAM.replace(
        "Thale said that the 1958 treaty could not be reopened before elections.",
        "1. Governor Ivo Dern has seen Prime Minister Oskar Thale twice last week. In one "
        "conversation Thale said that the 1958 treaty could not be reopened.")
    text = text.replace("I saw Prime Minister Oskar Thale at eleven this morning at his "
                        "residence.", "Governor Ivo Dern called on me this morning.")
    assert _dates(text, "Oskar Thale", "1962-03-06")[0] is None


def test_an_undated_record_of_a_talk_takes_the_day_its_parenthesised_subtitle_gives():
    from pipelines.extract.said_on import own_dateline

    def day(subtitle):
        text = ("Memorandum for the Record\n\nKessel, undated.\n\n" + subtitle + "\n\n"
                "Mr. Thale: The harbour must stay closed until the spring.\n\n"
                "Ambassador Varga: We hope the loan will help.")
        return own_dateline(text, extract_dates(text), Layout(text))

    assert day("(Mr. Thale’s Briefing of Ambassador Ines Varga, June 11, 1959)") == "1959-06-11"
    assert day("(Conversation between Mr. Thale and Ines Varga, June 11, 1959)") == "1959-06-11"
    # a subtitle that names no talk, or gives no day, dates nothing
    assert day("(Draft of the harbour paper, June 11, 1959)") is None
    assert day("(Mr. Thale’s Briefing of Ambassador Ines Varga, June 1959)") is None


def test_the_dated_paper_a_sentence_opens_with_dates_the_words_written_in_it():
    text = ("In a January 3, 1972, memorandum to Ambassador Ola Brandt, Senator Ivo Karsk "
            "reported that the talks had stalled. In his January 4 briefing memorandum for the "
            "President, Ambassador Ola Brandt noted that the harbour was closed.")
    assert [(s.speaker_name, s.said_on) for s in run(text, "1976")] == [
        ("Ivo Karsk", "1972-01-03"), ("Ola Brandt", "1972-01-04")]


def test_the_subjects_own_dated_paper_between_subject_and_cue_dates_the_words():
    # "X in his May 3 Report ... said": the report's day; "the suggestion in the June 4 notes"
    # names a paper, no day of anyone's words
    text = ("Airgram From the Ministry to All Posts\n\nKessel, July 11, 1973.\n\n"
            "Premier Ivo Dern in his May 3 Report to the Assembly on Foreign Policy said of the "
            "Conference:\n\n“The world must meet in August. I believe the Conference can be a "
            "valuable means of action.”\n")
    assert _dates(text, "Ivo Dern", "1973-07-11") == ["1973-05-03"]


def test_a_day_months_before_the_cable_dates_no_talk_it_reports():
    # words retold from a session months before, a day of the year before the cable's
    text = _opening(
        "812. Prime Minister Oskar Thale asked me call at noon today.\n\nThale said his view "
        "had clearly been expressed in the Council session of November 13.")
    assert set(_dates(text, "Oskar Thale", "1962-03-06")) == {"1962-03-06"}


def test_a_date_a_sentence_gives_a_plan_frames_no_later_words():
    text = TELEGRAM.replace(
        "Thale said that the 1958 treaty could not be reopened before elections.",
        "Thale was preparing statements to be used at the Chamber session 9th when the "
        "treaty would be debated. Thale said that the 1958 treaty could not be reopened.")
    assert _dates(text, "Oskar Thale", "1962-03-06")[-2] == "1962-03-06"


def test_words_a_speaker_had_put_in_a_paper_are_not_of_the_talk(tmp_path):
    body = ('<p><persName corresp="#p_VA">Varnholt</persName> said the port was closed. He '
            "went on to say that he had suggested in a cable to the Ministry that the fleet "
            "should sail by night.</p>")
    days = {s.text[:8]: s.said_on for s in extract_document(
        record(tmp_path, "Memorandum of Conversation", body, "1957-03-04")).statements}
    assert days["the port"] == "1957-03-04" and days["the flee"] is None


def test_a_talk_the_head_dates_by_several_days_dates_its_words_by_the_month(tmp_path):
    body = ("<p>Washington, March 6-7, 1957</p><p>SUBJECT: Talks on the harbour</p>"
            '<p><persName corresp="#p_VA">Varnholt</persName> noted that the port was closed.</p>')
    days = _record_days(tmp_path, "Memorandum of Conversation, Washington, March 6-7, 1957",
                        body, "1957-03-06")
    assert days == {"1957-03"}


def test_words_across_their_cue_take_the_talks_date_not_one_inside_them():
    text = ("Kessel, March 6, 1962.\n\nI met General Oskar Thale on March 5. Failing such "
            "authorization, Thale adds, he does not think the meeting fixed for March 27 "
            "worthwhile.")
    assert _dates(text, "Oskar Thale", "1962-03-06") == ["1962-03-05"]


def test_a_conference_the_head_names_after_the_talks_own_day_leaves_the_day(tmp_path):
    body = ("<p>Paris, March 6, 1957, 9:45 a.m.</p><p>DELEGATION TO THE COUNCIL MEETING</p>"
            "<p>Paris, March 6–8, 1957</p>"
            '<p><persName corresp="#p_VA">Varnholt</persName> noted that the port was closed.</p>')
    assert _record_days(tmp_path, "Memorandum of Conversation", body, "1957-03-06") == {
        "1957-03-06"}


def test_a_date_after_a_cue_that_follows_the_words_is_the_cues():
    text = ("The timetable was 'unrealistic', the prime minister, Oskar Thale, conceded at the "
            "committee's next meeting, on 19 March 1991.")
    assert _dates(text, "Oskar Thale") == ["1991-03-19"]


def test_a_bracketed_aside_of_another_day_dates_no_later_words():
    text = ("Kessel, March 6, 1962.\n\nOn March 2 Prime Minister Oskar Thale called me in. Thale "
            "pointed to the port figures. (Today he said that one refinery had been on strike.)"
            "\n\nThale said that the treaty could not be reopened.")
    assert _dates(text, "Oskar Thale", "1962-03-06") == ["1962-03-06", "1962-03-02"]


def _cable_sent_at(tmp_path, hour, body):
    """The statements of an invented cable of February 26, 1957 sent at ``hour``."""
    xml = tei_record.volume("Telegram From the Mission at Norland to the Department of State",
                            body, "1957-02-26").replace("</date></dateline>",
                                                        f"</date>, {hour}</dateline>")
    path = tmp_path / "frus1955-57v99.xml"
    path.write_text(xml, encoding="utf-8")
    (doc,), _ = read_tei(path, tmp_path)
    return extract_document(doc).statements


SMALL_HOURS_CABLE = ("<p>806. I saw Foreign Minister <persName corresp=\"#p_KI\">Kallas</persName>"
                     " this afternoon at her office.</p><p>Kallas said that the fishing quotas "
                     "would not be raised before the spring.</p>")


def test_a_cable_sent_in_the_small_hours_tells_of_the_day_just_ended(tmp_path):
    said = _cable_sent_at(tmp_path, "1 a.m.", SMALL_HOURS_CABLE)
    assert [s.said_on for s in said if s.text.startswith("the fishing")] == ["1957-02-25"]
    # sent in the evening, "this afternoon" is its own day
    said = _cable_sent_at(tmp_path, "8 p.m.", SMALL_HOURS_CABLE)
    assert [s.said_on for s in said if s.text.startswith("the fishing")] == ["1957-02-26"]


def test_a_talks_hour_before_a_day_to_come_is_the_datelines_day():
    text = TELEGRAM.replace(
        "I saw Prime Minister Oskar Thale at eleven this morning at his residence.",
        "I met with Prime Minister Oskar Thale at 6:00 p.m. to discuss tactics for tomorrow's "
        "session.")
    assert _dates(text, "Oskar Thale", "1962-03-06") == ["1962-03-06", "1962-03-06"]
    # a talk yet to come at that hour dates nothing
    text = text.replace("I met with", "I will meet with")
    assert _dates(text, "Oskar Thale", "1962-03-06") == [None, None]


def test_a_day_of_the_month_spelled_out_in_a_cable_dates_the_talk():
    text = TELEGRAM.replace(
        "I saw Prime Minister Oskar Thale at eleven this morning at his residence.",
        "After study I requested see Prime Minister Oskar Thale and spent an hour fifth with "
        "him.")
    assert _dates(text, "Oskar Thale", "1962-03-06") == ["1962-03-05", "1962-03-05"]
    days = extract_dates("The fifth fleet sailed in the fifteenth century.", anchor="1962-03-06")
    assert days == []


def test_a_day_told_of_in_the_pluperfect_is_no_talk_the_cable_opens_with():
    text = TELEGRAM.replace(
        "I saw Prime Minister Oskar Thale at eleven this morning at his residence.",
        "I pointed out that Prime Minister Oskar Thale had indicated on March 1 he would "
        "discuss the budget with me first.")
    assert "1962-03-01" not in _dates(text, "Oskar Thale", "1962-03-06")


def test_the_writers_words_in_a_talk_the_cable_tells_of_in_the_first_person_share_its_day():
    text = ("214. Telegram From the Embassy in Varnland to the Department of State\n\n"
            "Kessel, March 6, 1962, 1219Z.\n\n"
            "812. Subject: budget.\n\n"
            "1. As instructed, I sounded out Prime Minister Oskar Thale last evening on the "
            "question of a visit. Our discussion took place after a small dinner.\n\n"
            "2. I began by telling the Prime Minister that I wanted to discuss frankly with him "
            "the question of his visit. Thale said that he would think it over.\n")
    people, mentions = extract_people(text)
    dates = extract_dates(text, anchor="1962-03-06")
    writer = Speaker("Amra Dune", "amra-dune")
    out = extract_statements(text, people, mentions, dates, "1962-03-06", record=True,
                             writer=writer)
    got = {(s.speaker_name, s.said_on) for s in out}
    assert ("Amra Dune", "1962-03-05") in got and ("Oskar Thale", "1962-03-05") in got


def test_a_cable_dated_by_greenwich_time_tells_of_its_local_day(tmp_path):
    # 0312Z in Washington is the evening before: "this afternoon" is the 25th
    said = _cable_sent_at(tmp_path, "0312Z", SMALL_HOURS_CABLE)
    assert [s.said_on for s in said if s.text.startswith("the fishing")] == ["1957-02-25"]
    # 1500Z is ten in the morning there: the dateline's own day
    said = _cable_sent_at(tmp_path, "1500Z", SMALL_HOURS_CABLE)
    assert [s.said_on for s in said if s.text.startswith("the fishing")] == ["1957-02-26"]


def test_a_records_subject_line_dates_the_meeting_it_names(tmp_path):
    body = ("<p>SUBJECT</p><p>Meeting at the Harbour Office, Kessel, Saturday, 2 March 1957</p>"
            "<p>PARTICIPANTS</p>"
            "<p><persName corresp=\"#p_KI\">Ines Kallas</persName>, Foreign Minister</p>"
            "<p><persName corresp=\"#p_OB\">Bryn Oskarsson</persName>, Ambassador</p>"
            "<p>The Ambassador opened the meeting. <persName corresp=\"#p_KI\">Kallas</persName>"
            " said that, in under-developed countries, control had to be established at the "
            "harbour level. How, she asked, could the northern ports hope to do this? In the "
            "north, she added, the catch of the fleets had been poor all winter.</p>")
    assert _record_days(tmp_path, "Memorandum for the Record", body, "1957-03-04") == {
        "1957-03-02"}
    text = "Memorandum for the Record\n\nSUBJECT\n\n{}\n\nThe Ambassador opened the meeting."
    for subject, day in (("Meeting at the Harbour Office, Saturday, 2 March 1957", "1957-03-02"),
                         ("Riot at the Legation, 2 March 1957", None)):
        doc = text.format(subject)
        dates = extract_dates(doc, anchor="1957-03-04")
        assert subject_talk_day(doc, dates, Layout(doc)) == day
