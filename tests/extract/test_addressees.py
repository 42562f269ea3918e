"""Addressees: to whom words were said (fictional people)."""

from dataclasses import replace

from pipelines.document import Document, ExchangeRecord, LocalPerson, PersonMention, Statement
from pipelines.extract import extract_document
from pipelines.extract.addressees import with_addressees


def _said(text: str, words: str, speaker: str, exchange: str | None = None) -> Statement:
    start = text.index(words)
    return Statement(words, "indirect", start, start + len(words), speaker, speaker,
                     exchange_key=exchange)


def _named(text: str, *names: str) -> list[PersonMention]:
    out = []
    for name in names:
        start = text.index(name)
        out.append(PersonMention(name.split()[-1].lower(), name, start, start + len(name)))
    return out


def _listeners(text: str) -> dict[str, str | None]:
    ex = extract_document(Document("x", "x.txt", text, "0", published_on="2001-05-02"))
    return {s.text: s.addressee_key for s in ex.statements}


def test_the_object_of_a_cue_is_the_listener_one_person_only():
    got = _listeners("Minister Aldo Vane told Ambassador Bruno Sorel that the talks would "
                     "resume. Vane assured Sorel privately that nothing had changed. Vane "
                     "explained to Sorel that time was short. Vane told Sorel and Kiri Mott "
                     "that more was coming. Vane told reporters after seeing Sorel that all "
                     "was well. Vane told him that it was late.")
    assert got == {"the talks would resume": "bruno sorel",
                   "nothing had changed": "bruno sorel",
                   "time was short": "bruno sorel",
                   "more was coming": None, "all was well": None, "it was late": None}


def test_a_label_names_the_listener_and_two_parties_speak_to_each_other():
    text = ("Doe: (to Roe) We should wait.\nRoe: I agree.\nDoe: Then we wait.\n")
    mentions = _named(text, "Doe", "Roe")
    mentions += [PersonMention("roe", "Roe", text.index("Roe:"), text.index("Roe:") + 3)]
    call = ExchangeRecord("conversation", "call", None, None, ("doe", "roe"), None, 0, len(text))
    statements = [_said(text, "We should wait.", "doe", "conversation"),
                  _said(text, "I agree.", "roe", "conversation"),
                  _said(text, "Then we wait.", "doe")]  # in no recorded conversation
    got = [s.addressee_key for s in with_addressees(text, statements, mentions, [call])]
    assert got == ["roe", "doe", None]


def test_interpreters_are_no_party_and_three_parties_give_no_listener():
    text = "Doe: We should wait.\nRoe: I agree.\n"
    statements = [_said(text, "We should wait.", "doe", "conversation")]
    people = [LocalPerson("doe", "Doe"), LocalPerson("roe", "Roe"),
              LocalPerson("lee", "Lee", role="Interpreter")]
    two = ExchangeRecord("conversation", "meeting", None, None, ("doe", "lee", "roe"), None, 0, 9)
    three = ExchangeRecord("conversation", "meeting", None, None, ("doe", "lee", "roe"), None,
                           0, 9)
    assert with_addressees(text, statements, [], [two], people)[0].addressee_key == "roe"
    assert with_addressees(text, statements, [], [three])[0].addressee_key is None


def test_me_is_the_writer():
    text = "He told me that the budget would pass."
    statements = [_said(text, "the budget would pass.", "hale")]
    got = with_addressees(text, statements, [], writer="vorn")
    assert got[0].addressee_key == "vorn"
    assert with_addressees(text, statements, [])[0].addressee_key is None


def test_an_office_as_the_object_is_its_one_holder_in_the_document():
    got = _listeners("Chancellor Ulla Brenner met Foreign Minister Aldo Vane. Vane told the "
                     "chancellor that the talks would resume. Brenner assured the Foreign "
                     "Minister that nothing had changed. Vane told the ambassador that it was "
                     "late. Vane told the press that all was fine.")
    assert got == {"the talks would resume": "ulla brenner",
                   "nothing had changed": "aldo vane", "it was late": None,
                   "all was fine": None}


def test_an_answer_is_to_who_asked_and_a_name_called_out_is_the_listener():
    text = ("Doe: Who is Lenk?\nRoe: A trader.\nRoe: He is rich.\nPik: Tony, what now?\n"
            "Doe: We wait, Mr. Roe.\nRoe: Fine.\n")
    mentions = _named(text, "Doe", "Roe", "Lenk")
    mentions += [PersonMention("tony", "Tony", text.index("Tony"), text.index("Tony") + 4),
                 PersonMention("roe", "Mr. Roe", text.index("Mr. Roe"), text.index("Mr. Roe") + 7)]
    words = ["Who is Lenk?", "A trader.", "He is rich.", "Tony, what now?", "We wait, Mr. Roe.",
             "Fine."]
    speakers = ["doe", "roe", "roe", "pik", "doe", "roe"]
    statements = [replace(_said(text, w, k), kind="direct", rule="turn")
                  for w, k in zip(words, speakers, strict=True)]
    got = [s.addressee_key for s in with_addressees(text, statements, mentions, [])]
    # the answer to Doe; the same speaker's next turn and a plain statement's answer: none
    assert got == [None, "doe", None, "tony", "roe", None]


def test_the_object_of_a_cue_after_the_words_and_a_time_between_name_and_words():
    got = _listeners('Chancellor Ruth Oderkamp met President Emil Vastrand. "We came here '
                     'with nothing," she told Vastrand late that evening, "and we will leave '
                     'with less." "Fine," Vastrand said to reporters.')
    assert got == {"We came here with nothing,": "emil vastrand",
                   "and we will leave with less.": "emil vastrand", "Fine,": None}


def test_a_question_for_a_question_is_no_answer_and_you_in_brackets_names_the_listener():
    text = ("Doe: Who is Lenk?\nRoe: Did Pik say so?\nPik: Is it late?\n"
            "Roe: You (Doe) must decide that.\n")
    mentions = _named(text, "Doe", "Roe", "Lenk", "Pik")
    at = text.index("(Doe)") + 1
    mentions += [PersonMention("doe", "Doe", at, at + 3)]
    words = ["Who is Lenk?", "Did Pik say so?", "Is it late?", "You (Doe) must decide that."]
    statements = [replace(_said(text, w, k), kind="direct", rule="turn")
                  for w, k in zip(words, ["doe", "roe", "pik", "roe"], strict=True)]
    got = [s.addressee_key for s in with_addressees(text, statements, mentions, [])]
    assert got == [None, None, None, "doe"]  # not Pik, who asked last


def test_an_answer_is_only_to_the_turn_right_before_it():
    text = ("Doe: Is it late?\nRoe: [2 lines not declassified]\nPik: Then we wait.\n")
    mentions = _named(text, "Doe", "Roe", "Pik")
    statements = [replace(_said(text, w, k), kind="direct", rule="turn")
                  for w, k in [("Is it late?", "doe"), ("Then we wait.", "pik")]]
    got = [s.addressee_key for s in with_addressees(text, statements, mentions, [])]
    assert got == [None, None]  # Pik answers Roe's withheld words, not Doe
