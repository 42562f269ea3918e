"""The world's countries and territories as diplomatic records of 1945-2000 name them.

Contract: plain constants only, no logic.  Every key is lowercase with single spaces; every
value an ISO 3166-1 alpha-2 code.  ``COUNTRY_NAMES``: names of states and territories
(current, former and common English forms) -> code; ``DEMONYMS``: nationality adjectives and
the plural people forms -> code; ``CITIES``: capitals (first per country) and a few large
cities -> the code of the country they lay in at the time; ``TOWNS``: places named like
people, matched as whole names only; ``AMBIGUOUS_WORDS``: single words of
these tables that are also common English words, given names or surnames, which a lexicon
matching single words must not take as country or place words.

Codes of states that no longer exist are the withdrawn ISO codes: SU Soviet Union,
YU Yugoslavia, CS Czechoslovakia, DD East Germany, RH (Southern) Rhodesia, ZR Zaire, DY
Dahomey, HV Upper Volta, VD North Vietnam, YD South Yemen, BU Burma (before 1989; Myanmar MM),
TP (Portuguese, East) Timor.  A state's code follows the name used: "Zaire" is ZR, the same
state as "the Congo (Leopoldville)" or "Congo-Kinshasa" is CD; "Dahomey" DY, "Benin" BJ.
South Vietnam is VN (as the Republic of Vietnam), West Germany DE, the United Arab Republic EG.
"Czech" is CS: records of the period use it as short for Czechoslovak ("the Czech Ambassador");
the Czech Republic (1993) is CZ.  A territory has its own code where ISO gives one (HK, PR,
GU, GI, BM), else the state it belonged to (Sikkim IN, East Pakistan PK, Sabah MY).

Single words left out of the lexicon (``AMBIGUOUS_WORDS``), and why.  Given names and
surnames: "Chad", "Georgia" (a US state too; "Georgian" an era and a style), "Togo" (a
Japanese surname: Foreign Minister Togo), "Holland", "Salvador", "Lima", "Colombo",
"Salisbury", "Victoria", "Kingston", "Georgetown", "Hamilton", "Wellington", "Sydney",
"Perth", "Florence", "Milan", "Lyon", "Leone", "Paz", "Santiago", "Sabah" (of Kuwait's ruling
family: Foreign Minister Sabah), "Luang" (a Thai title) and the like.  Ordinary English
words: "Male" (the Maldives' capital), "Hue", "Canton", "Mecca", "Cape", "Port", "Town",
"Said" (Port Said).  Particles of place names: "de", "la", "san", "es".  Forms of several
words that contain them stay ("republic of georgia", "sierra leone", "cape verde").
"Guinea" and "Niger" stay: neither is anyone's name, and a text rarely means the coin or the
river beside a title.  "Israel" is a given name too, but the lexicon had it already and in
these records it names the state far more often than anyone; so with "Jordan", "Turkey",
"China", "India" and "France".  The lexicon's own older entries win over these tables
("hanoi" stays VN there; here the city is VD, North Vietnam's capital).
"""

from __future__ import annotations

# Names of states and territories -> code.  Grouped by region; former names beside current ones.
COUNTRY_NAMES: dict[str, str] = {
    # North America and the Caribbean
    "united states": "US", "united states of america": "US", "america": "US", "usa": "US",
    "u.s.a.": "US", "u.s.": "US", "canada": "CA", "mexico": "MX", "bermuda": "BM",
    "greenland": "GL", "cuba": "CU", "haiti": "HT", "dominican republic": "DO",
    "jamaica": "JM", "trinidad": "TT", "tobago": "TT", "trinidad and tobago": "TT",
    "barbados": "BB", "bahamas": "BS", "grenada": "GD", "dominica": "DM",
    "saint lucia": "LC", "st. lucia": "LC", "saint vincent": "VC", "st. vincent": "VC",
    "antigua": "AG", "antigua and barbuda": "AG", "saint kitts": "KN", "st. kitts": "KN",
    "puerto rico": "PR", "netherlands antilles": "AN", "west indies federation": "JM",
    # Central and South America
    "guatemala": "GT", "belize": "BZ", "british honduras": "BZ", "honduras": "HN",
    "el salvador": "SV", "nicaragua": "NI", "costa rica": "CR", "panama": "PA",
    "colombia": "CO", "venezuela": "VE", "ecuador": "EC", "peru": "PE", "bolivia": "BO",
    "chile": "CL", "argentina": "AR", "uruguay": "UY", "paraguay": "PY", "brazil": "BR",
    "guyana": "GY", "british guiana": "GY", "surinam": "SR", "suriname": "SR",
    "dutch guiana": "SR", "french guiana": "GF", "falkland islands": "FK", "falklands": "FK",
    "malvinas": "FK",
    # Western Europe
    "united kingdom": "GB", "britain": "GB", "great britain": "GB", "u.k.": "GB", "uk": "GB",
    "england": "GB", "scotland": "GB", "northern ireland": "GB", "ireland": "IE",
    "eire": "IE", "irish republic": "IE", "france": "FR", "belgium": "BE",
    "netherlands": "NL", "holland": "NL", "luxembourg": "LU", "germany": "DE", "west germany": "DE",
    "federal republic of germany": "DE", "east germany": "DD",
    "german democratic republic": "DD", "austria": "AT", "switzerland": "CH",
    "liechtenstein": "LI", "italy": "IT", "san marino": "SM", "vatican": "VA",
    "vatican city": "VA", "holy see": "VA", "malta": "MT", "spain": "ES", "portugal": "PT",
    "andorra": "AD", "monaco": "MC", "gibraltar": "GI", "greece": "GR", "cyprus": "CY",
    # the Turkish Cypriot administrations of the island (recognised only by Turkey)
    "turkish republic of northern cyprus": "CY", "turkish federated state of cyprus": "CY",
    "turkish federated state of kibris": "CY",
    "denmark": "DK", "norway": "NO", "sweden": "SE", "finland": "FI", "iceland": "IS",
    "faroe islands": "FO",
    # Eastern Europe and the Soviet Union
    "soviet union": "SU", "ussr": "SU", "u.s.s.r.": "SU", "russia": "RU",
    "russian federation": "RU", "poland": "PL", "czechoslovakia": "CS",
    "czech republic": "CZ", "czechia": "CZ", "slovakia": "SK", "hungary": "HU",
    "romania": "RO", "rumania": "RO", "roumania": "RO", "bulgaria": "BG", "albania": "AL",
    "yugoslavia": "YU", "serbia": "RS", "montenegro": "ME", "croatia": "HR", "slovenia": "SI",
    "bosnia": "BA", "bosnia and herzegovina": "BA", "bosnia-herzegovina": "BA",
    "herzegovina": "BA", "macedonia": "MK", "estonia": "EE", "latvia": "LV",
    "lithuania": "LT", "ukraine": "UA", "ukrainian ssr": "UA",
    "belarus": "BY", "byelorussia": "BY", "belorussia": "BY", "byelorussian ssr": "BY",
    "moldova": "MD", "moldavia": "MD", "georgia": "GE", "georgian ssr": "GE",
    "republic of georgia": "GE", "armenia": "AM", "azerbaijan": "AZ", "kazakhstan": "KZ",
    "kazakstan": "KZ", "uzbekistan": "UZ", "turkmenistan": "TM", "turkmenia": "TM",
    "kyrgyzstan": "KG", "kirghizia": "KG", "tajikistan": "TJ", "tadzhikistan": "TJ",
    # Middle East and North Africa
    "turkey": "TR", "syria": "SY", "lebanon": "LB", "israel": "IL", "palestine": "PS",
    "jordan": "JO", "transjordan": "JO", "trans-jordan": "JO", "iraq": "IQ", "iran": "IR",
    "persia": "IR", "kuwait": "KW", "saudi arabia": "SA", "yemen": "YE", "north yemen": "YE",
    "yemen arab republic": "YE", "south yemen": "YD", "aden protectorate": "YD",
    "federation of south arabia": "YD", "people's democratic republic of yemen": "YD",
    "oman": "OM", "muscat and oman": "OM", "qatar": "QA", "bahrain": "BH",
    "united arab emirates": "AE", "trucial states": "AE", "trucial oman": "AE",
    "egypt": "EG", "united arab republic": "EG", "uar": "EG", "u.a.r.": "EG", "libya": "LY",
    "tunisia": "TN", "algeria": "DZ", "morocco": "MA", "spanish sahara": "EH",
    "western sahara": "EH", "sudan": "SD", "anglo-egyptian sudan": "SD",
    # Sub-Saharan Africa
    "ethiopia": "ET", "abyssinia": "ET", "eritrea": "ER", "somalia": "SO",
    "somali republic": "SO", "somaliland": "SO", "british somaliland": "SO",
    "italian somaliland": "SO", "djibouti": "DJ", "french somaliland": "DJ",
    "afars and issas": "DJ", "kenya": "KE", "uganda": "UG", "tanzania": "TZ",
    "tanganyika": "TZ", "zanzibar": "TZ", "rwanda": "RW", "ruanda": "RW", "burundi": "BI",
    "urundi": "BI", "malawi": "MW", "nyasaland": "MW", "zambia": "ZM",
    "northern rhodesia": "ZM", "rhodesia": "RH", "southern rhodesia": "RH",
    "zimbabwe": "ZW", "zimbabwe rhodesia": "ZW", "mozambique": "MZ",
    "portuguese east africa": "MZ", "botswana": "BW", "bechuanaland": "BW",
    "lesotho": "LS", "basutoland": "LS", "swaziland": "SZ", "south africa": "ZA",
    "union of south africa": "ZA", "namibia": "NA", "south west africa": "NA",
    "south-west africa": "NA", "southwest africa": "NA", "angola": "AO",
    "portuguese west africa": "AO", "zaire": "ZR", "congo": "CD", "belgian congo": "CD", "congo (leopoldville)": "CD", "congo-leopoldville": "CD",
    "congo (kinshasa)": "CD", "congo-kinshasa": "CD", "democratic republic of the congo": "CD",
    "congo (brazzaville)": "CG", "congo-brazzaville": "CG", "french congo": "CG",
    "middle congo": "CG", "people's republic of the congo": "CG", "gabon": "GA",
    "equatorial guinea": "GQ", "spanish guinea": "GQ", "sao tome and principe": "ST",
    "são tomé and príncipe": "ST", "cameroon": "CM", "cameroun": "CM", "cameroons": "CM",
    "central african republic": "CF", "central african empire": "CF",
    "ubangi-shari": "CF", "chad": "TD", "nigeria": "NG", "niger": "NE", "benin": "BJ",
    "dahomey": "DY", "togo": "TG", "togoland": "TG", "ghana": "GH", "gold coast": "GH",
    "ivory coast": "CI", "cote d'ivoire": "CI", "côte d'ivoire": "CI", "upper volta": "HV",
    "burkina faso": "BF", "burkina": "BF", "mali": "ML", "french sudan": "ML",
    "mauritania": "MR", "senegal": "SN", "gambia": "GM", 
    "guinea": "GN", "french guinea": "GN", "guinea-bissau": "GW", "guinea bissau": "GW",
    "portuguese guinea": "GW", "sierra leone": "SL", "liberia": "LR", "cape verde": "CV",
    "cape verde islands": "CV", "madagascar": "MG", "malagasy republic": "MG",
    "mauritius": "MU", "seychelles": "SC", "comoros": "KM", "comoro islands": "KM",
    # South Asia
    "afghanistan": "AF", "pakistan": "PK", "west pakistan": "PK", "east pakistan": "PK",
    "bangladesh": "BD", "bangla desh": "BD", "india": "IN", "sikkim": "IN", "nepal": "NP",
    "bhutan": "BT", "sri lanka": "LK", "ceylon": "LK", "maldives": "MV",
    "maldive islands": "MV",
    # East and Southeast Asia
    "china": "CN", "people's republic of china": "CN", "people’s republic of china": "CN",
    "peoples republic of china": "CN", "communist china": "CN", "red china": "CN",
    "prc": "CN", "taiwan": "TW", "formosa": "TW", "republic of china": "TW",
    "nationalist china": "TW", "hong kong": "HK", "macau": "MO", "macao": "MO",
    "mongolia": "MN", "outer mongolia": "MN", "mongolian people's republic": "MN",
    "japan": "JP", "korea": "KR", "south korea": "KR", "republic of korea": "KR",
    "north korea": "KP", "democratic people's republic of korea": "KP",
    "democratic people’s republic of korea": "KP", "vietnam": "VN", "viet nam": "VN",
    "viet-nam": "VN", "south vietnam": "VN", "south viet nam": "VN",
    "republic of vietnam": "VN", "north vietnam": "VD", "north viet nam": "VD",
    "democratic republic of vietnam": "VD", "democratic republic of viet nam": "VD",
    "laos": "LA", "cambodia": "KH", "kampuchea": "KH", "khmer republic": "KH",
    "thailand": "TH", "siam": "TH", "burma": "BU", "myanmar": "MM", "malaysia": "MY",
    "malaya": "MY", "federation of malaya": "MY", "sabah": "MY", "sarawak": "MY",
    "north borneo": "MY", "singapore": "SG", "brunei": "BN", "indonesia": "ID",
    "netherlands east indies": "ID", "dutch east indies": "ID", "west irian": "ID",
    "west new guinea": "ID", "netherlands new guinea": "ID", "east timor": "TP",
    "portuguese timor": "TP", "timor-leste": "TP", "philippines": "PH",
    
    # Oceania
    "australia": "AU", "new zealand": "NZ", "papua new guinea": "PG", "new guinea": "PG",
    "papua": "PG", "fiji": "FJ", "tonga": "TO", "samoa": "WS", "western samoa": "WS",
    "american samoa": "AS", "nauru": "NR", "solomon islands": "SB", "new hebrides": "VU",
    "vanuatu": "VU", "gilbert islands": "KI", "kiribati": "KI", "ellice islands": "TV",
    "tuvalu": "TV", "micronesia": "FM", "marshall islands": "MH", "palau": "PW",
    "guam": "GU", "new caledonia": "NC", "french polynesia": "PF", "tahiti": "PF",
}

# Nationality adjectives and people forms -> code (singular adjective, then the plural).
DEMONYMS: dict[str, str] = {
    # North America and the Caribbean
    "american": "US", "americans": "US", "canadian": "CA", "canadians": "CA",
    "hellenic": "GR",  # "Hellenic National Defense General Staff"
    "mexican": "MX", "mexicans": "MX", "cuban": "CU", "cubans": "CU", "haitian": "HT",
    "haitians": "HT", "dominican": "DO", "dominicans": "DO", "jamaican": "JM",
    "jamaicans": "JM", "trinidadian": "TT", "trinidadians": "TT", "barbadian": "BB",
    "barbadians": "BB", "bahamian": "BS", "bahamians": "BS", "grenadian": "GD",
    "grenadians": "GD", "puerto rican": "PR", "puerto ricans": "PR",
    # Central and South America
    "guatemalan": "GT", "guatemalans": "GT", "belizean": "BZ", "belizeans": "BZ",
    "honduran": "HN", "hondurans": "HN", "salvadoran": "SV", "salvadorans": "SV",
    "salvadorean": "SV", "salvadoreans": "SV", "nicaraguan": "NI", "nicaraguans": "NI",
    "costa rican": "CR", "costa ricans": "CR", "panamanian": "PA", "panamanians": "PA",
    "colombian": "CO", "colombians": "CO", "venezuelan": "VE", "venezuelans": "VE",
    "ecuadorean": "EC", "ecuadoreans": "EC", "ecuadorian": "EC", "ecuadorians": "EC",
    "peruvian": "PE", "peruvians": "PE", "bolivian": "BO", "bolivians": "BO",
    "chilean": "CL", "chileans": "CL", "argentine": "AR", "argentines": "AR",
    "argentinian": "AR", "argentinians": "AR", "uruguayan": "UY", "uruguayans": "UY",
    "paraguayan": "PY", "paraguayans": "PY", "brazilian": "BR", "brazilians": "BR",
    "guyanese": "GY", "surinamese": "SR",
    # Western Europe
    "british": "GB", "briton": "GB", "britons": "GB", "scottish": "GB", "scots": "GB",
    "irish": "IE", "french": "FR", "frenchmen": "FR", "belgian": "BE", "belgians": "BE",
    "dutch": "NL", "netherlander": "NL", "netherlanders": "NL", "luxembourger": "LU",
    "luxembourgers": "LU", "german": "DE", "germans": "DE", "west german": "DE",
    "west germans": "DE", "east german": "DD", "east germans": "DD", "austrian": "AT",
    "austrians": "AT", "swiss": "CH", "italian": "IT", "italians": "IT", "maltese": "MT",
    "spanish": "ES", "spaniard": "ES", "spaniards": "ES", "portuguese": "PT",
    "andorran": "AD", "andorrans": "AD", "monegasque": "MC", "greek": "GR", "greeks": "GR",
    "cypriot": "CY", "cypriots": "CY", "greek cypriot": "CY", "greek cypriots": "CY",
    "turkish cypriot": "CY", "turkish cypriots": "CY", "danish": "DK", "danes": "DK",
    "norwegian": "NO", "norwegians": "NO", "swedish": "SE", "swedes": "SE",
    "finnish": "FI", "finns": "FI", "icelandic": "IS", "icelander": "IS", "icelanders": "IS",
    # Eastern Europe and the Soviet Union
    "soviet": "SU", "soviets": "SU", "russian": "RU", "russians": "RU", "polish": "PL",
    "poles": "PL", "czechoslovak": "CS", "czechoslovaks": "CS", "czechoslovakian": "CS",
    "czech": "CS", "czechs": "CS", "slovak": "SK", "slovaks": "SK", "hungarian": "HU",
    "hungarians": "HU", "romanian": "RO", "romanians": "RO", "rumanian": "RO",
    "rumanians": "RO", "roumanian": "RO", "bulgarian": "BG", "bulgarians": "BG",
    "albanian": "AL", "albanians": "AL", "yugoslav": "YU", "yugoslavs": "YU",
    "yugoslavian": "YU", "yugoslavians": "YU", "serb": "RS", "serbs": "RS",
    "serbian": "RS", "serbians": "RS", "montenegrin": "ME", "montenegrins": "ME",
    "croat": "HR", "croats": "HR", "croatian": "HR", "croatians": "HR", "slovene": "SI",
    "slovenes": "SI", "slovenian": "SI", "slovenians": "SI", "bosnian": "BA",
    "bosnians": "BA", "macedonian": "MK", "macedonians": "MK", "estonian": "EE",
    "estonians": "EE", "latvian": "LV", "latvians": "LV", "lithuanian": "LT",
    "lithuanians": "LT", "ukrainian": "UA", "ukrainians": "UA", "byelorussian": "BY",
    "byelorussians": "BY", "belorussian": "BY", "belorussians": "BY", "belarusian": "BY",
    "belarusians": "BY", "moldovan": "MD", "moldovans": "MD", "moldavian": "MD",
    "moldavians": "MD", "georgian": "GE", "georgians": "GE", "armenian": "AM",
    "armenians": "AM", "azerbaijani": "AZ", "azerbaijanis": "AZ", "azeri": "AZ",
    "azeris": "AZ", "kazakh": "KZ", "kazakhs": "KZ", "uzbek": "UZ", "uzbeks": "UZ",
    "turkmen": "TM", "kyrgyz": "KG", "kirghiz": "KG", "tajik": "TJ", "tajiks": "TJ",
    "tadzhik": "TJ",
    # Middle East and North Africa
    "turkish": "TR", "turk": "TR", "turks": "TR", "syrian": "SY", "syrians": "SY",
    "lebanese": "LB", "israeli": "IL", "israelis": "IL", "palestinian": "PS",
    "palestinians": "PS", "jordanian": "JO", "jordanians": "JO", "iraqi": "IQ",
    "iraqis": "IQ", "iranian": "IR", "iranians": "IR", "persian": "IR", "persians": "IR",
    "kuwaiti": "KW", "kuwaitis": "KW", "saudi": "SA", "saudis": "SA", "yemeni": "YE",
    "yemenis": "YE", "south yemeni": "YD", "south yemenis": "YD", "adeni": "YD",
    "omani": "OM", "omanis": "OM", "qatari": "QA", "qataris": "QA", "bahraini": "BH",
    "bahrainis": "BH", "emirati": "AE", "emiratis": "AE", "egyptian": "EG",
    "egyptians": "EG", "libyan": "LY", "libyans": "LY", "tunisian": "TN", "tunisians": "TN",
    "algerian": "DZ", "algerians": "DZ", "moroccan": "MA", "moroccans": "MA",
    "sudanese": "SD",
    # Sub-Saharan Africa
    "ethiopian": "ET", "ethiopians": "ET", "abyssinian": "ET", "abyssinians": "ET",
    "eritrean": "ER", "eritreans": "ER", "somali": "SO", "somalis": "SO", "somalian": "SO",
    "somalians": "SO", "djiboutian": "DJ", "djiboutians": "DJ", "kenyan": "KE",
    "kenyans": "KE", "ugandan": "UG", "ugandans": "UG", "tanzanian": "TZ",
    "tanzanians": "TZ", "tanganyikan": "TZ", "tanganyikans": "TZ", "zanzibari": "TZ",
    "zanzibaris": "TZ", "rwandan": "RW", "rwandans": "RW", "rwandese": "RW",
    "burundian": "BI", "burundians": "BI", "burundi": "BI", "malawian": "MW",
    "malawians": "MW", "nyasa": "MW", "zambian": "ZM", "zambians": "ZM",
    "rhodesian": "RH", "rhodesians": "RH", "zimbabwean": "ZW", "zimbabweans": "ZW",
    "mozambican": "MZ", "mozambicans": "MZ", "motswana": "BW", "batswana": "BW",
    "botswanan": "BW", "mosotho": "LS", "basotho": "LS", "swazi": "SZ", "swazis": "SZ",
    "south african": "ZA", "south africans": "ZA", "namibian": "NA", "namibians": "NA",
    "angolan": "AO", "angolans": "AO", "congolese": "CD", "zairian": "ZR",
    "zairians": "ZR", "zairean": "ZR", "zaireans": "ZR", "zairois": "ZR",
    "gabonese": "GA", "equatoguinean": "GQ", "equatorial guinean": "GQ",
    "cameroonian": "CM", "cameroonians": "CM", "chadian": "TD", "chadians": "TD",
    "nigerian": "NG", "nigerians": "NG", "nigerien": "NE", "nigeriens": "NE",
    "beninese": "BJ", "dahomean": "DY", "dahomeans": "DY", "dahomeyan": "DY",
    "togolese": "TG", "ghanaian": "GH", "ghanaians": "GH", "ghanian": "GH",
    "ghanians": "GH", "ivorian": "CI", "ivorians": "CI", "voltaic": "HV", "burkinabe": "BF",
    "malian": "ML", "malians": "ML", "mauritanian": "MR", "mauritanians": "MR",
    "senegalese": "SN", "gambian": "GM", "gambians": "GM", "guinean": "GN",
    "guineans": "GN", "sierra leonean": "SL", "sierra leoneans": "SL", "liberian": "LR",
    "liberians": "LR", "cape verdean": "CV", "cape verdeans": "CV", "malagasy": "MG",
    "mauritian": "MU", "mauritians": "MU", "seychellois": "SC", "comorian": "KM",
    "comorians": "KM",
    # South Asia
    "afghan": "AF", "afghans": "AF", "pakistani": "PK", "pakistanis": "PK",
    "bangladeshi": "BD", "bangladeshis": "BD", "indian": "IN", "indians": "IN",
    "nepalese": "NP", "nepali": "NP", "bhutanese": "BT", "sri lankan": "LK",
    "sri lankans": "LK", "ceylonese": "LK", "maldivian": "MV", "maldivians": "MV",
    # East and Southeast Asia
    "chinese": "CN", "taiwanese": "TW", "formosan": "TW", "formosans": "TW",
    "mongolian": "MN", "mongolians": "MN", "japanese": "JP", "korean": "KR", "koreans": "KR",
    "south korean": "KR", "south koreans": "KR", "north korean": "KP", "north koreans": "KP",
    "vietnamese": "VN", "south vietnamese": "VN", "north vietnamese": "VD",
    "lao": "LA", "laotian": "LA", "laotians": "LA", "cambodian": "KH", "cambodians": "KH",
    "khmer": "KH", "thai": "TH", "thais": "TH", "siamese": "TH", "burmese": "BU",
    "malaysian": "MY", "malaysians": "MY", "malayan": "MY", "malayans": "MY",
    "singaporean": "SG", "singaporeans": "SG", "bruneian": "BN", "bruneians": "BN",
    "indonesian": "ID", "indonesians": "ID", "timorese": "TP", "east timorese": "TP",
    "filipino": "PH", "filipinos": "PH", "philippine": "PH",
    # Oceania
    "australian": "AU", "australians": "AU", "new zealander": "NZ", "new zealanders": "NZ",
    "papua new guinean": "PG", "papua new guineans": "PG", "papuan": "PG", "papuans": "PG",
    "fijian": "FJ", "fijians": "FJ", "tongan": "TO", "tongans": "TO", "samoan": "WS",
    "samoans": "WS", "nauruan": "NR", "nauruans": "NR",
}

# Capitals (first, with their former names) and some large cities -> code of the country
# they lay in at the time of the records (Saigon VN, Hanoi VD, Salisbury RH, Aden YD).
CITIES: dict[str, str] = {
    # North America and the Caribbean
    "washington": "US", "new york": "US", "chicago": "US", "boston": "US",
    "philadelphia": "US", "los angeles": "US", "san francisco": "US", "honolulu": "US",
    "ottawa": "CA", "toronto": "CA", "montreal": "CA", "quebec": "CA", "vancouver": "CA",
    "mexico city": "MX", "guadalajara": "MX", "havana": "CU", "port-au-prince": "HT",
    "santo domingo": "DO", "ciudad trujillo": "DO", "kingston": "JM", "port of spain": "TT",
    "bridgetown": "BB", "nassau": "BS", "st. george's": "GD", "roseau": "DM",
    "castries": "LC", "kingstown": "VC", "st. john's": "AG", "basseterre": "KN",
    "san juan": "PR", "hamilton": "BM",
    # Central and South America
    "guatemala city": "GT", "belmopan": "BZ", "belize city": "BZ", "tegucigalpa": "HN",
    "san salvador": "SV", "managua": "NI", "san jose": "CR", "panama city": "PA",
    "bogota": "CO", "bogotá": "CO", "caracas": "VE", "maracaibo": "VE", "quito": "EC",
    "guayaquil": "EC", "lima": "PE", "la paz": "BO", "sucre": "BO", "santiago": "CL",
    "valparaiso": "CL", "buenos aires": "AR", "cordoba": "AR", "montevideo": "UY",
    "asuncion": "PY", "asunción": "PY", "brasilia": "BR", "brasília": "BR",
    "rio de janeiro": "BR", "sao paulo": "BR", "são paulo": "BR", "georgetown": "GY",
    "paramaribo": "SR", "cayenne": "GF", "stanley": "FK",
    # Western Europe
    "london": "GB", "edinburgh": "GB", "glasgow": "GB", "belfast": "GB",
    "birmingham": "GB", "manchester": "GB", "liverpool": "GB", "dublin": "IE",
    "paris": "FR", "marseille": "FR", "marseilles": "FR", "lyon": "FR", "strasbourg": "FR",
    "bordeaux": "FR", "brussels": "BE", "antwerp": "BE", "amsterdam": "NL",
    "the hague": "NL", "rotterdam": "NL", "luxembourg": "LU", "bonn": "DE",
    "berlin": "DE", "hamburg": "DE", "munich": "DE", "frankfurt": "DE", "cologne": "DE",
    "dusseldorf": "DE", "düsseldorf": "DE", "stuttgart": "DE", "east berlin": "DD",
    "leipzig": "DD", "dresden": "DD", "potsdam": "DD", "vienna": "AT", "bern": "CH",
    "berne": "CH", "zurich": "CH", "zürich": "CH", "geneva": "CH", "basel": "CH",
    "vaduz": "LI", "rome": "IT", "milan": "IT", "naples": "IT", "turin": "IT",
    "venice": "IT", "genoa": "IT", "florence": "IT", "trieste": "IT", "valletta": "MT",
    "madrid": "ES", "barcelona": "ES", "lisbon": "PT", "oporto": "PT", "porto": "PT",
    "athens": "GR", "salonika": "GR", "thessaloniki": "GR", "piraeus": "GR",
    "nicosia": "CY", "famagusta": "CY", "limassol": "CY", "kyrenia": "CY",
    "copenhagen": "DK", "oslo": "NO", "stockholm": "SE", "helsinki": "FI",
    "reykjavik": "IS",
    # Eastern Europe and the Soviet Union
    "moscow": "SU", "leningrad": "SU", "kiev": "SU", "kyiv": "UA", "minsk": "SU",
    "riga": "SU", "tallinn": "SU", "vilnius": "SU", "tbilisi": "SU", "tiflis": "SU",
    "yerevan": "SU", "baku": "SU", "tashkent": "SU", "alma-ata": "SU", "almaty": "KZ",
    "frunze": "SU", "bishkek": "KG", "dushanbe": "SU", "ashkhabad": "SU",
    "ashgabat": "TM", "kishinev": "SU", "chisinau": "MD", "vladivostok": "SU",
    "murmansk": "SU", "odessa": "SU", "yalta": "SU", "st. petersburg": "RU",
    "warsaw": "PL", "krakow": "PL", "cracow": "PL", "gdansk": "PL", "danzig": "PL",
    "prague": "CS", "bratislava": "CS", "budapest": "HU", "bucharest": "RO", "sofia": "BG",
    "tirana": "AL", "belgrade": "YU", "zagreb": "YU", "ljubljana": "YU", "sarajevo": "YU",
    "skopje": "YU", "titograd": "YU", "podgorica": "ME",
    # Middle East and North Africa
    "ankara": "TR", "istanbul": "TR", "izmir": "TR", "adana": "TR", "damascus": "SY",
    "aleppo": "SY", "beirut": "LB", "jerusalem": "IL", "tel aviv": "IL", "haifa": "IL",
    "amman": "JO", "baghdad": "IQ", "basra": "IQ", "mosul": "IQ", "tehran": "IR",
    "teheran": "IR", "isfahan": "IR", "tabriz": "IR", "kuwait city": "KW", "riyadh": "SA",
    "jidda": "SA", "jeddah": "SA", "dhahran": "SA", "mecca": "SA", "sanaa": "YE",
    "san'a": "YE", "taiz": "YE", "aden": "YD", "muscat": "OM", "doha": "QA",
    "manama": "BH", "abu dhabi": "AE", "dubai": "AE", "cairo": "EG", "alexandria": "EG",
    "port said": "EG", "tripoli": "LY", "benghazi": "LY", "tunis": "TN", "algiers": "DZ",
    "oran": "DZ", "rabat": "MA", "casablanca": "MA", "tangier": "MA", "khartoum": "SD",
    # Sub-Saharan Africa
    "addis ababa": "ET", "asmara": "ET", "mogadishu": "SO", "mogadiscio": "SO",
    "djibouti": "DJ", "nairobi": "KE", "mombasa": "KE", "kampala": "UG",
    "dar es salaam": "TZ", "dodoma": "TZ", "kigali": "RW", "bujumbura": "BI",
    "usumbura": "BI", "zomba": "MW", "lilongwe": "MW", "blantyre": "MW", "lusaka": "ZM",
    "ndola": "ZM", "salisbury": "RH", "bulawayo": "RH", "harare": "ZW",
    "lourenco marques": "MZ", "lourenço marques": "MZ", "maputo": "MZ", "beira": "MZ",
    "gaborone": "BW", "maseru": "LS", "mbabane": "SZ", "pretoria": "ZA", "cape town": "ZA",
    "johannesburg": "ZA", "durban": "ZA", "windhoek": "NA", "luanda": "AO",
    "leopoldville": "CD", "léopoldville": "CD", "kinshasa": "CD", "elisabethville": "CD",
    "stanleyville": "CD", "lubumbashi": "ZR", "kisangani": "ZR", "brazzaville": "CG",
    "libreville": "GA", "malabo": "GQ", "santa isabel": "GQ", "sao tome": "ST",
    "yaounde": "CM", "yaoundé": "CM", "douala": "CM", "bangui": "CF", "fort-lamy": "TD",
    "n'djamena": "TD", "ndjamena": "TD", "lagos": "NG", "abuja": "NG", "ibadan": "NG",
    "kano": "NG", "niamey": "NE", "porto-novo": "DY", "porto novo": "DY", "cotonou": "DY",
    "lome": "TG", "lomé": "TG", "accra": "GH", "abidjan": "CI", "yamoussoukro": "CI",
    "ouagadougou": "HV", "bamako": "ML", "nouakchott": "MR", "dakar": "SN",
    "bathurst": "GM", "banjul": "GM", "conakry": "GN", "bissau": "GW", "freetown": "SL",
    "monrovia": "LR", "praia": "CV", "tananarive": "MG", "antananarivo": "MG",
    "port louis": "MU", "victoria": "SC", "moroni": "KM",
    "nova lisboa": "AO", "huambo": "AO", "lubango": "AO", "lobito": "AO", "benguela": "AO",
    "mocamedes": "AO", "moçâmedes": "AO", "nampula": "MZ", "quelimane": "MZ",
    "jadotville": "CD", "coquilhatville": "CD", "luluabourg": "CD", "bakwanga": "CD",
    "kitwe": "ZM", "umtali": "RH", "gwelo": "RH", "gatooma": "RH", "ovamboland": "NA",
    # South Asia
    "kabul": "AF", "kandahar": "AF", "karachi": "PK", "rawalpindi": "PK",
    "islamabad": "PK", "lahore": "PK", "peshawar": "PK", "dacca": "PK", "dhaka": "BD",
    "chittagong": "PK", "new delhi": "IN", "delhi": "IN", "bombay": "IN", "mumbai": "IN",
    "calcutta": "IN", "madras": "IN", "bangalore": "IN", "gangtok": "IN",
    "kathmandu": "NP", "katmandu": "NP", "thimphu": "BT", "colombo": "LK", "male": "MV",
    # East and Southeast Asia
    "beijing": "CN", "peking": "CN", "peiping": "CN", "shanghai": "CN", "canton": "CN",
    "guangzhou": "CN", "nanking": "CN", "nanjing": "CN", "chungking": "CN",
    "chongqing": "CN", "tientsin": "CN", "tianjin": "CN", "wuhan": "CN", "mukden": "CN",
    "shenyang": "CN", "harbin": "CN", "lhasa": "CN", "urumqi": "CN", "taipei": "TW",
    "kaohsiung": "TW", "hong kong": "HK", "macau": "MO", "ulan bator": "MN",
    "ulaanbaatar": "MN", "tokyo": "JP", "osaka": "JP", "kyoto": "JP", "yokohama": "JP",
    "kobe": "JP", "nagoya": "JP", "seoul": "KR", "pusan": "KR", "busan": "KR",
    "pyongyang": "KP", "saigon": "VN", "danang": "VN", "da nang": "VN", "hue": "VN",
    "hanoi": "VD", "haiphong": "VD", "vientiane": "LA", "luang prabang": "LA",
    "phnom penh": "KH", "bangkok": "TH", "rangoon": "BU", "yangon": "MM", "mandalay": "BU",
    "kuala lumpur": "MY", "singapore": "SG", "bandar seri begawan": "BN",
    "jakarta": "ID", "djakarta": "ID", "bandung": "ID", "surabaya": "ID", "dili": "TP",
    "manila": "PH", "quezon city": "PH", "cebu": "PH",
    # Oceania
    "canberra": "AU", "sydney": "AU", "melbourne": "AU", "perth": "AU",
    "wellington": "NZ", "auckland": "NZ", "port moresby": "PG", "suva": "FJ",
    "nuku'alofa": "TO", "apia": "WS", "honiara": "SB", "agana": "GU",
}

# Places named like people, matched only as whole names and never word by word: provincial
# towns under their colonial names, many after a person ("at Serpa Pinto"), and islands and
# bases the records name as places of their own.  None of their words is a place word.
TOWNS: dict[str, str] = {
    "sa da bandeira": "AO", "sá da bandeira": "AO", "silva porto": "AO", "serpa pinto": "AO",
    "gago coutinho": "AO", "henrique de carvalho": "AO", "teixeira de sousa": "AO",
    "vila luso": "AO", "vila cabral": "MZ", "porto amelia": "MZ", "porto amélia": "MZ",
    "joao belo": "MZ", "joão belo": "MZ", "vila pery": "MZ", "fort jameson": "ZM",
    "broken hill": "ZM", "fort victoria": "RH", "walvis bay": "ZA", "caprivi strip": "NA",
    "diego garcia": "IO", "fernando poo": "GQ", "ascension island": "SH",
}

# Single words of the tables above that are also common English words, given names or
# surnames (or particles of place names): never a country or place word on their own.
AMBIGUOUS_WORDS = frozenset([
    # given names and surnames
    "chad", "georgia", "georgian", "georgians", "togo", "holland", "salvador", "lima",
    "colombo", "salisbury", "victoria", "kingston", "georgetown", "hamilton", "wellington",
    "sydney", "florence", "milan", "lyon", "quezon", "leone", "marques", "lourenco",
    "lourenço", "paz", "santiago", "louis", "domingo", "trujillo", "frunze", "bathurst",
    "stanley", "jose", "juan", "francisco", "paulo", "marino", "abu", "seri", "lucia",
    "vincent", "kitts", "john's", "george's", "perth", "birmingham", "manchester", "sucre",
    "costa", "solomon", "marshall", "gilbert", "ellice", "isabel", "begawan", "kano",
    "moroni", "cordoba", "sabah", "nang", "luang",
    # ordinary English words
    "male", "hue", "port", "cape", "town", "city", "said", "tel", "new", "great", "canton",
    "cayenne", "cologne", "mecca", "voltaic",
    # particles of place names
    "el", "la", "los", "de", "da", "es", "the", "of", "and", "san", "santa", "santo", "sao", "são",
    "st.", "saint", "ciudad", "bandar", "tome", "principe", "east", "west", "north", "south",
    "upper", "middle",
])
