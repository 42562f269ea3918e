"""The table of countries (countries.py) and its merge into the lexicon: codes, names, former
names, peoples and cities, the words left out, and what the extractors make of them."""

import re

import pytest
import tei_record
from extraction_helpers import people_by_name

from pipelines.extract import countries, extract_document
from pipelines.extract.lexicon import CITIES, COUNTRY_WORDS, PLACES
from pipelines.extract.persons_list import role_country
from pipelines.extract.truecase import truecase
from pipelines.readers.tei import read_tei

# The lexicon's country words before the table was merged in: each keeps its code.
_BEFORE = {
    "u.s.": "US", "us": "US", "american": "US", "america": "US", "united states": "US",
    "washington": "US", "japan": "JP", "japanese": "JP", "tokyo": "JP", "china": "CN",
    "chinese": "CN", "prc": "CN", "beijing": "CN", "peking": "CN", "soviet": "SU",
    "soviet union": "SU", "ussr": "SU", "moscow": "SU", "russia": "RU", "russian": "RU",
    "britain": "GB", "british": "GB", "united kingdom": "GB", "u.k.": "GB", "uk": "GB",
    "london": "GB", "france": "FR", "french": "FR", "paris": "FR", "germany": "DE",
    "german": "DE", "west german": "DE", "bonn": "DE", "korea": "KR", "korean": "KR",
    "south korean": "KR", "south korea": "KR", "seoul": "KR", "north korea": "KP",
    "north korean": "KP", "pyongyang": "KP", "taiwan": "TW", "taiwanese": "TW", "taipei": "TW",
    "vietnam": "VN", "vietnamese": "VN", "hanoi": "VN", "saigon": "VN", "romania": "RO",
    "romanian": "RO", "poland": "PL", "polish": "PL", "india": "IN", "indian": "IN",
    "pakistan": "PK", "pakistani": "PK", "israel": "IL", "israeli": "IL", "egypt": "EG",
    "egyptian": "EG", "iran": "IR", "iranian": "IR", "iraq": "IQ", "iraqi": "IQ",
    "canada": "CA", "canadian": "CA", "italy": "IT", "viet nam": "VN", "italian": "IT",
    "mexico": "MX", "mexican": "MX", "cuba": "CU", "cuban": "CU", "australia": "AU",
    "australian": "AU", "philippines": "PH", "philippine": "PH", "filipino": "PH",
    "indonesia": "ID", "indonesian": "ID", "thailand": "TH", "thai": "TH", "saudi": "SA",
    "saudi arabia": "SA", "syria": "SY", "syrian": "SY", "jordan": "JO", "jordanian": "JO",
    "lebanon": "LB", "lebanese": "LB", "turkey": "TR", "turkish": "TR", "greece": "GR",
    "greek": "GR", "spain": "ES", "spanish": "ES", "brazil": "BR", "brazilian": "BR",
    "chile": "CL", "chilean": "CL", "argentina": "AR", "argentine": "AR", "cambodia": "KH",
    "cambodian": "KH", "laos": "LA", "laotian": "LA", "lao": "LA", "mongolia": "MN",
    "mongolian": "MN", "singapore": "SG", "malaysia": "MY", "malaysian": "MY",
    "south africa": "ZA", "south african": "ZA", "nigeria": "NG", "nigerian": "NG",
    "yugoslavia": "YU", "yugoslav": "YU", "czechoslovakia": "CS", "czechoslovak": "CS",
    "hungary": "HU", "hungarian": "HU", "east german": "DD", "netherlands": "NL", "dutch": "NL",
    "belgium": "BE", "belgian": "BE", "sweden": "SE", "swedish": "SE", "norway": "NO",
    "norwegian": "NO", "denmark": "DK", "danish": "DK", "finland": "FI", "finnish": "FI",
    "austria": "AT", "austrian": "AT", "switzerland": "CH", "swiss": "CH", "portugal": "PT",
    "portuguese": "PT", "ireland": "IE", "irish": "IE", "new zealand": "NZ",
}


def test_every_code_is_two_capital_letters_and_every_key_lowercase_single_spaced():
    tables = (COUNTRY_WORDS, countries.COUNTRY_NAMES, countries.DEMONYMS, countries.CITIES)
    for table in tables:
        for word, code in table.items():
            assert re.fullmatch(r"[A-Z]{2}", code), (word, code)
            assert word == word.lower() == " ".join(word.split()), word


def test_every_country_word_the_lexicon_had_keeps_its_code():
    assert {w: COUNTRY_WORDS.get(w) for w in _BEFORE} == _BEFORE


def test_the_places_the_lexicon_had_stay_places():
    for word in ("hong", "kong", "viet", "nam", "san", "north", "york", "kremlin", "sofia",
                 "ankara", "nicosia", "athens", "aviv", "phnom", "penh", "jars"):
        assert word in PLACES, word


@pytest.mark.parametrize(("word", "code"), [
    ("cyprus", "CY"), ("cypriot", "CY"), ("cypriots", "CY"), ("greek cypriot", "CY"),
    ("turkish cypriot", "CY"), ("rhodesia", "RH"), ("southern rhodesia", "RH"),
    ("rhodesians", "RH"), ("zambia", "ZM"), ("zambians", "ZM"), ("northern rhodesia", "ZM"),
    ("angola", "AO"), ("gabon", "GA"), ("liberia", "LR"), ("senegal", "SN"),
    ("ceylon", "LK"), ("siam", "TH"), ("persia", "IR"), ("formosa", "TW"),
    ("congo (leopoldville)", "CD"), ("congo-kinshasa", "CD"), ("zaire", "ZR"),
    ("congo (brazzaville)", "CG"), ("ivory coast", "CI"), ("cape verde", "CV"),
    ("dahomey", "DY"), ("benin", "BJ"), ("upper volta", "HV"), ("burkina faso", "BF"),
    ("bechuanaland", "BW"), ("batswana", "BW"), ("basutoland", "LS"), ("basotho", "LS"),
    ("nyasaland", "MW"), ("tanganyika", "TZ"), ("gold coast", "GH"),
    ("south west africa", "NA"), ("uar", "EG"), ("united arab republic", "EG"),
    ("malagasy", "MG"), ("burma", "BU"), ("burmese", "BU"), ("myanmar", "MM"),
    ("portuguese timor", "TP"), ("north vietnam", "VD"), ("north vietnamese", "VD"),
    ("south vietnam", "VN"), ("south yemen", "YD"), ("west germany", "DE"),
    ("east germany", "DD"), ("czech", "CS"), ("czech republic", "CZ"), ("rumania", "RO"),
    ("equatorial guinea", "GQ"), ("guinea-bissau", "GW"), ("papua new guinea", "PG"),
    ("guinea", "GN"), ("chadian", "TD"), ("republic of georgia", "GE"), ("sierra leone", "SL"),
])
def test_names_former_names_and_peoples_give_their_country(word, code):
    assert COUNTRY_WORDS[word] == code


def test_capitals_and_cities_are_places_not_country_words():
    assert (CITIES["lusaka"], CITIES["dar es salaam"], CITIES["salisbury"]) == ("ZM", "TZ", "RH")
    for word in ("lusaka", "salisbury", "nicosia", "ankara", "athens", "pretoria", "dar",
                 "salaam", "addis", "ababa", "kinshasa", "ouagadougou"):
        assert word in CITIES or any(word in c.split() for c in CITIES), word
    for word in ("lusaka", "nicosia", "ankara", "athens", "pretoria", "dar", "salaam",
                 "ababa", "kinshasa", "ouagadougou"):
        assert word in PLACES, word
        assert word not in COUNTRY_WORDS, word


# given names, surnames and English words, some of them names of countries or cities too
_NOT_PLACES = ["chad", "georgia", "togo", "israel", "victoria", "kingston", "georgetown",
               "santiago", "david", "lincoln", "jackson", "hamilton", "douglas", "wellington",
               "nice", "split", "reading", "bath", "mobile", "male", "cape", "town", "george",
               "salisbury", "holland", "florence", "sydney", "lima", "colombo", "milan",
               "perth", "louis", "said", "hue", "paz", "salvador", "welsh", "finn", "dane",
               "pole", "english", "canton", "es", "de", "la", "port", "sabah", "luang"]


def test_names_and_english_words_are_neither_country_words_nor_places():
    for word in _NOT_PLACES:
        assert word not in PLACES, word
        if word != "israel":  # the lexicon's own, kept: the state far more often than a name
            assert word not in COUNTRY_WORDS, word


def test_countries_cities_and_peoples_are_not_people():
    people, _ = people_by_name(
        "Cyprus said it would not sign. The Zambians said they would wait, and Lusaka said "
        "nothing. Gabon, Senegal and Liberia agreed. Rhodesia replied that it would not. "
        "Dar es Salaam said no, Nicosia said yes, and Pretoria said nothing.")
    assert people == {}
    people, _ = people_by_name("The talks in Lusaka concerned Rhodesia and Cyprus. "
                               "Zambians and Cypriots said little.")
    assert people == {}


def test_a_title_of_a_new_country_gives_the_persons_country():
    people, _ = people_by_name("President Mwale of Zambia said the border would stay closed. "
                               "Cypriot Foreign Minister Andros Kyrou said he agreed.")
    assert (people["Mwale"].role, people["Mwale"].country) == ("President", "ZM")
    assert people["Andros Kyrou"].country == "CY"


def test_a_role_names_its_country_by_name_or_nationality():
    assert role_country("President of Cyprus") == "CY"
    assert role_country("Zambian Foreign Minister") == "ZM"
    assert role_country("Foreign Minister of the Ivory Coast") == "CI"
    assert role_country("Prime Minister of Greece") == "GR"
    assert role_country("Turkish Cypriot leader") == "CY"


def test_a_telegram_in_capitals_capitalises_countries_peoples_and_capitals_only():
    text = ("THE ZAMBIANS TOLD ME TODAY THAT LUSAKA WOULD NOT ACCEPT THE UAR PROPOSAL AND "
            "THAT THE MALE DELEGATES OF CYPRUS, GUINEA AND NIGER WOULD MEET IN DAR ES SALAAM.")
    assert truecase(text) == (
        "The Zambians told me today that Lusaka would not accept the UAR proposal and "
        "that the male delegates of Cyprus, Guinea and Niger would meet in Dar es Salaam.")


def test_surnames_that_name_countries_or_cities_too_stay_people():
    people, _ = people_by_name("Foreign Minister Sabah said the talks would resume. Ambassador "
                               "Togo said Tokyo agreed. Nell Salisbury and Ivo Lima said little.")
    assert sorted(people) == ["Ivo Lima", "Nell Salisbury", "Sabah", "Togo"]


@pytest.mark.parametrize(("role", "code"), [
    ("Greek Permanent Representative to the United Nations", "GR"),
    ("Director General, Norwegian Prime Minister’s Office", "NO"),
    ("General Secretary of the Central Committee of the Communist Party of the Soviet Union",
     "SU"),
    ("Herero leader, Namibia", "NA"),
    ("Counselor of the British Embassy in the United States", "GB"),
    # a U.S. government record's own offices, services and posts
    ("Ambassador to the Soviet Union", "US"),
    ("Political Counselor, U.S. Embassy in Greece", "US"),
    ("Senator (R-New York)", "US"),
    ("Lieutenant General, USAF", "US"),
    ("Director, Office of Andean Affairs, Bureau of Inter-American Affairs, Department of State",
     "US"),
    # no country named: null, not a guess
    ("Ambassador to the United States", None),
    ("Minister of Foreign Affairs", None),
    ("Secretary General of the United Nations", None),
])
def test_the_country_a_listed_role_names_in_a_us_record(role, code):
    assert role_country(role, us_record=True) == code


def test_us_offices_give_no_country_outside_a_us_record():
    assert role_country("Senator (R-New York)") is None
    assert role_country("Ambassador to the Soviet Union") is None


def test_a_country_word_before_a_leaders_title_and_a_peer():
    assert role_country("Economic Adviser to Norwegian Prime Minister Dahl") == "NO"
    assert role_country("General, Hellenic National Defense General Staff") == "GR"
    assert role_country("Lord") == "GB"


def test_a_desk_for_a_country_is_no_government_of_it():
    role = ("Director of the Office of Spain and Portugal Affairs, Bureau of European Affairs, "
            "Department of State")
    assert role_country(role, us_record=True) == "US"
    assert role_country("Prime Minister of Greece and Minister of Foreign Affairs") == "GR"


def test_the_turkish_cypriot_administration_is_cyprus():
    role = "President of the Turkish Republic of Northern Cyprus (recognized only by Turkey)"
    assert role_country(role, us_record=True) == "CY"


def test_abbreviated_and_possessive_us_offices():
    assert role_country("Sen.", us_record=True) == "US"
    assert role_country("President’s Assistant for Public Liaison", us_record=True) == "US"


def test_the_presidents_and_secretarys_staff_of_a_us_record_and_a_bracketed_country():
    assert role_country("Counselor to the President", us_record=True) == "US"
    assert role_country("Adviser to the President of Norway", us_record=True) == "NO"
    assert role_country("Assistant to the Secretary General", us_record=True) is None
    assert role_country("Chairman of the National Salvation Party (Turkey)") == "TR"


def test_a_nationality_before_a_ministry_and_a_desk_joined_by_dashes():
    assert role_country("Deputy Under Secretary of State in the British Foreign Office",
                        us_record=True) == "GB"
    assert role_country("Officer in Charge of Norway–Sweden–Finland Affairs, Department of "
                        "State", us_record=True) == "US"


def test_a_desk_at_the_department_of_state_is_the_united_states_whatever_it_covers():
    assert role_country("Norway Desk Officer, Bureau of European Affairs, Department of State",
                        True) == "US"
    assert role_country("Norway Desk Officer, Bureau of European Affairs, Department of "
                        "State") == "US"


def test_a_listed_person_takes_the_country_of_the_entrys_other_roles(tmp_path):
    body = ('<p>Foreign Minister <persName corresp="#p_OK">Kesk</persName> said that the '
            'harbour would stay open.</p>')
    volume = tei_record.volume("Memorandum of Conversation", body, "1976-02-01").replace(
        "</list>", '<item><persName xml:id="p_OK">Kesk, Olu</persName>, Zambian Permanent '
        'Representative to the United Nations from 1974 until 1975; Minister of Foreign '
        'Affairs from 1975 until 1977</item></list>')
    path = tmp_path / "frus1969-76v99.xml"
    path.write_text(volume, encoding="utf-8")
    (doc,), _ = read_tei(path, tmp_path)
    kesk = next(p for p in extract_document(doc).people if p.name == "Olu Kesk")
    assert (kesk.role, kesk.country) == ("Minister of Foreign Affairs", "ZM")
