"""Word lists the rule-based extractors share: titles, country words, places, speech verbs.

Contract: plain constants only (frozensets and dicts of lowercase strings), no logic but their
unions with the tables of ``countries``.  Lists are general English and diplomatic vocabulary,
not names taken from any particular document.
"""

from __future__ import annotations

from pipelines.extract.countries import AMBIGUOUS_WORDS, CITIES, COUNTRY_NAMES, DEMONYMS

# Country and nationality words -> ISO 3166-1 alpha-2 (SU: the Soviet Union, a reserved code):
# every country's names and peoples of ``countries`` but the single words that are names or
# English words too ("Chad", "Togo"), and a few words the extractors have always read as a
# country that the table gives otherwise or not at all: capitals standing for their
# government ("Washington", "Moscow": Soviet, not Russian), "us" and cable shorthand ("Paks").
_CAPITALS_AS_GOVERNMENTS = {
    "washington": "US", "tokyo": "JP", "beijing": "CN", "peking": "CN", "moscow": "SU",
    "london": "GB", "paris": "FR", "bonn": "DE", "seoul": "KR", "pyongyang": "KP",
    "taipei": "TW", "hanoi": "VN", "saigon": "VN",
}
COUNTRY_WORDS: dict[str, str] = {
    **{w: code for w, code in (COUNTRY_NAMES | DEMONYMS).items() if w not in AMBIGUOUS_WORDS},
    **_CAPITALS_AS_GOVERNMENTS, "us": "US", "pak": "PK", "paks": "PK",
}

# A cable's addresses, handling words and series in mixed case ("AmEmbassy Pretoria", "SecDel",
# "Specat Exclusive", "Embtel 412"): never a name's words.
CABLE_ADDRESSES = frozenset(["amembassy", "amemb", "amconsul", "amcongen", "amconsulate",
                             "secdel", "usdel", "usun", "usnato", "deptoff", "deptoffs",
                             "emboff", "emboffs", "specat", "niact", "immediate", "quote",
                             "unquote", "qte", "unqte",
                             # the series a telegram is cited by ("Embtel 412", "Deptel Toaid
                             # 56", "Ref Secto 9")
                             "embtel", "embtels", "deptel", "deptels", "circtel", "circtels",
                             "reftel", "reftels", "urtel", "urtels", "contel", "contels",
                             "mytel", "mytels", "secto", "tosec", "toaid", "aidto", "icato",
                             "toica", "todel", "delto", "gadel", "delga"])

# Places and organisations that look like names but are not people.
PLACES = frozenset(["hong", "kong", "macau", "xinjiang", "tibet", "okinawa", "hiroshima", "nagasaki", "kyoto", "osaka", "taiwan", "manchuria", "europe", "asia", "africa", "oceania", "americas", "pacific", "atlantic", "east", "west", "viet", "nam", "southeast", "asian", "illinois", "san", "santa", "north", "south", "tiananmen", "beijing", "peking", "shanghai", "tokyo", "moscow", "washington", "london", "paris", "seoul", "pyongyang", "hanoi", "saigon", "taipei", "bonn", "berlin", "geneva", "vienna", "helsinki", "kremlin", "pentagon", "york", "california", "texas", "hawaii", "guam", "honolulu", "vatican", "rome", "delhi", "islamabad", "cairo", "jerusalem", "tehran", "baghdad", "havana", "ottawa", "canberra", "manila", "jakarta", "bangkok", "singapore"])

# First words of places' names ("Cape Town", "Port Elizabeth", "Fort Republica"): an untitled
# name opening with one is a place
PLACE_LEADS = frozenset(["cape", "port", "fort", "mount", "mt.", "lake", "isla", "isle",
                         "puerto", "porto", "sao", "são", "rio", "lago", "ciudad", "bahia",
                         "costa",
                         # ships ("H.M.S. Fearless", "USS Pueblo"): things, not people
                         "h.m.s.", "hms", "u.s.s.", "uss", "s.s."])

# Abbreviated words of cables and minutes that are capitalised but name no one ("Dir", "Dep")
ABBREVIATED_WORDS = frozenset(["dir", "dep", "dev", "rep", "reps", "perm", "messrs", "dept", "u.n",
                               "depts", "asst", "admin", "exec", "gov", "govt", "info", "pol",
                               "econ", "mil", "sec", "secs", "assoc", "def"])

# Last words that mark an organisation, place, event or thing rather than a person.
NONPERSON_HEADS = frozenset(["square", "springs", "house", "union", "party", "guard", "war", "ministry", "office", "department", "agency", "embassy", "consulate", "university", "college", "institute", "school", "academy", "committee", "council", "congress", "parliament", "diet", "senate", "assembly", "court", "bank", "fund", "company", "corporation", "corp", "inc", "ltd", "group", "association", "society", "league", "treaty", "pact", "accord", "agreement", "conference", "summit", "talks", "declaration", "communique", "act", "law", "program", "programme", "plan", "doctrine", "initiative", "movement", "revolution", "crisis", "incident", "affair", "island", "islands", "sea", "ocean", "river", "lake", "mountain", "mountains", "strait", "straits", "bay", "gulf", "peninsula", "city", "province", "prefecture", "state", "states", "street", "avenue", "road", "airport", "station", "hotel", "hall", "note", "notes", "memorandum", "memoranda", "conversation", "conversations", "file", "files", "diary", "papers", "series", "estimate", "estimates", "market", "board", "affairs", "visit", "visits", "trip", "remarks", "matters", "mémoire", "memoire", "palace", "garden", "park", "base", "times", "post", "news", "journal", "shimbun", "herald", "tribune", "press", "service", "airlines", "army", "navy", "force", "forces", "corps", "command", "guard", "police", "church", "temple", "shrine", "museum", "library", "archives", "center", "centre", "hospital", "prize", "award", "present", "absent", "monitor", "falls", "amendment",
    "shipyards", "project", "manifesto", "express", "coup", "meeting", "strategy", "day", "week", "year", "era", "dynasty", "republic", "kingdom", "empire", "federation", "community", "commission", "bureau", "secretariat", "administration", "government", "cabinet", "regime", "nations", "region", "zone"])

# Words that are capitalised for grammar, not because they are names.
FUNCTION_WORDS = frozenset(["a", "an", "the", "this", "that", "these", "those", "there", "then", "than", "in", "on", "at", "by", "for", "from", "of", "to", "with", "without", "within", "into", "onto", "upon", "about", "above", "after", "before", "below", "between", "among", "during", "since", "until", "while", "when", "where", "which", "who", "whom", "whose", "what", "why", "how", "if", "unless", "although", "though", "because", "as", "so", "but", "and", "or", "nor", "yet", "not", "no", "yes", "all", "any", "both", "each", "every", "either", "neither", "some", "such", "many", "much", "more", "most", "other", "another", "he", "she", "it", "they", "we", "you", "i", "his", "her", "its", "their", "our", "your", "my", "him", "them", "us", "me", "according", "following", "despite", "under", "over", "along", "toward", "towards", "through", "throughout", "across", "around", "however", "meanwhile", "meantime", "moreover", "furthermore", "nevertheless", "nonetheless", "thereafter", "afterwards", "subsequently", "finally", "accordingly", "possibly", "perhaps", "presumably", "probably",
    "apparently", "evidently", "obviously", "clearly", "certainly", "surely", "undoubtedly", "consequently", "instead", "indeed", "otherwise", "likewise", "still", "also", "even", "only", "just", "later", "earlier", "now", "today", "yesterday", "explaining", "asked", "asking", "speaking", "noting", "saying", "mr", "mrs", "ms", "dr", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "sept", "like", "unlike", "inasmuch", "insofar", "whereas", "lest", "whether"])

# Titles that precede a name ("Prime Minister Toshiki Kaifu"); longest first when matching.
TITLES = (
    "general secretary", "secretary general", "secretary-general", "prime minister",
    "vice president", "vice premier", "vice chairman", "vice minister", "deputy prime minister",
    "foreign minister", "defense minister", "defence minister", "finance minister",
    "chief cabinet secretary", "cabinet secretary", "national security adviser",
    "national security advisor", "secretary of state", "secretary of defense",
    "deputy secretary", "assistant secretary", "under secretary", "crown prince",
    "president", "premier", "chairman", "chancellor", "ambassador", "minister", "secretary",
    "senator", "governor", "congressman", "congresswoman", "representative", "mayor",
    "king", "queen", "emperor", "empress", "prince", "princess", "pope", "general", "gen.",
    "admiral", "adm.", "colonel", "col.", "marshal", "professor", "prof.", "dr.", "dr",
    "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "sir", "lord", "judge", "justice", "envoy",
    "spokesman", "spokeswoman", "leader", "director", "commissioner", "counselor", "counsellor",
    "administrator", "field marshal", "air chief marshal", "air vice marshal", "air marshal",
    "vice admiral", "rear admiral", "lieutenant general", "lieutenant colonel", "major general", "brigadier general",
    "lieutenant", "lt.", "lt", "captain", "capt.", "brigadier", "archbishop", "bishop",
    "ayatollah", "sheikh", "shaikh", "patriarch", "herr", "monsieur", "señor", "senor",
    "adm", "amb", "amb.", "gen", "col", "capt", "sen.", "rep.", "mister", "pandit", "shri",
    "sri", "shrimati", "commandant",
    # Malay styles before a name: "Tunku Abdul Rahman", "Dato Ong Yoke Lin", "Tan Sri Ghazali"
    "tunku", "tengku", "tan sri", "dato", "datuk",
    # as cables and minutes shorten them: "Asst Sec Rusk", "Secy Dulles", "Under Sec Webb"
    "asst sec", "asst secy", "asst. sec.", "under sec", "under secy", "sec", "secy", "sec.",
)
# Titles as telegrams abbreviate them ("PriMin Talhouni", "FonMin Riad"), and what they stand for.
TELEGRAPHESE_TITLES = {"primin": "Prime Minister", "fonmin": "Foreign Minister",
                       "defmin": "Defense Minister", "finmin": "Finance Minister",
                       "depprimin": "Deputy Prime Minister", "fonsec": "Foreign Secretary",
                       "fonoff": None, "secstate": "Secretary of State",
                       "secdef": "Secretary of Defense", "syg": "Secretary-General",
                       "secgen": "Secretary-General", "depsec": "Deputy Secretary",
                       "secty": "Secretary", "dirgen": "Director General",
                       "permrep": "Permanent Representative"}
TITLES = TITLES + tuple(k for k, v in TELEGRAPHESE_TITLES.items() if v)

# Lowercase nouns that describe a person's role ("physicist Fang Lizhi", ", a historian at ...").
ROLE_NOUNS = frozenset(["president", "premier", "minister", "secretary", "ambassador", "diplomat", "official", "officials", "envoy", "adviser", "advisor", "aide", "spokesman", "spokeswoman", "spokesperson", "leader", "chairman", "chancellor", "senator", "governor", "professor", "historian", "scholar", "researcher", "analyst", "expert", "journalist", "reporter", "correspondent", "editor", "writer", "author", "photographer", "archivist", "dissident", "physicist", "scientist", "economist", "lawyer", "activist", "student", "students", "general", "admiral", "officer", "commander", "emperor", "king", "queen", "prince", "director", "head", "chief", "member", "lawmaker", "legislator", "politician", "negotiator", "interpreter", "translator", "counselor", "counsellor", "counsel", "consul", "attache", "secretary-general", "premier-designate", "founder", "staff", "representative", "assistant", "deputy", "note-taker", "notetaker", "congressman", "congresswoman", "star", "banker", "businessman", "publisher"])

# Titles as a note-taker shortens them ("The Sec said the Pres wanted ..."): never names.
ABBREVIATED_TITLES = {"sec": "secretary", "secy": "secretary", "pres": "president",
                      "amb": "ambassador", "asst": "assistant"}

# Verbs that attribute speech, in the forms a report uses.  The value says what follows:
# "clause" (a that-clause or reported content), "object" (a noun phrase that is the content).
SPEECH_VERBS: dict[str, str] = {
    "said": "clause", "says": "clause", "say": "clause", "told": "clause", "tells": "clause",
    "added": "clause", "adds": "clause", "stated": "clause", "states": "clause",
    "stressed": "object", "stresses": "object", "emphasized": "object", "emphasised": "object",
    "noted": "clause", "notes": "clause", "argued": "clause", "argues": "clause",
    "asserted": "clause", "claimed": "clause", "insisted": "clause", "insists": "clause",
    "explained": "clause", "explains": "clause", "suggested": "object", "suggests": "object",
    "proposed": "object", "speculated": "clause", "predicted": "clause", "warned": "clause",
    "warns": "clause", "replied": "clause", "responded": "clause", "answered": "clause",
    "remarked": "clause", "observed": "clause", "pointed": "clause", "asked": "object",
    "urged": "object", "expressed": "object", "conveyed": "object", "assured": "clause",
    "promised": "clause", "pledged": "object", "acknowledged": "clause", "admitted": "clause",
    "agreed": "clause", "denied": "object", "complained": "clause", "confirmed": "clause",
    "recalled": "clause", "described": "object", "called": "object", "touched": "object",
    "spoke": "object", "mentioned": "object", "reiterated": "object", "declared": "clause",
    "announced": "clause", "contended": "clause", "maintained": "clause", "believed": "clause",
    "wrote": "clause", "writes": "clause", "commented": "clause", "cautioned": "clause",
    "indicated": "clause", "raised": "object", "requested": "object", "reaffirmed": "object",
    "criticized": "object", "criticised": "object", "welcomed": "object", "hinted": "clause",
    "conceded": "clause", "countered": "clause", "recounted": "clause", "reported": "clause",
    "informed": "clause", "inquired": "clause", "advised": "clause", "elaborated": "clause", "continued": "clause",
}

# Verbs that need a clause ("announced that ...") to count as speech; with a plain object they
# report an action ("announced the lifting of a freeze"), which is not a statement.
CLAUSE_ONLY = frozenset({"announced", "declared", "believed", "continued", "reported", "raised",
                         "indicated", "confirmed", "maintained", "informed"})

# Places of more than one word whose words alone can be names ("David", "Jersey").
PLACE_PHRASES = frozenset(["camp david", "palm springs", "new york", "new delhi", "new zealand",
                           "new jersey", "new england", "new mexico", "new hampshire",
                           "far east", "middle east"])

# Office words that head a title and never end a personal name ("the Acting Secretary",
# "LDP President", "Finance Ministers"): a name group ending in one names an office.
TITLE_HEADS = frozenset(["president", "presidents", "premier", "premiers", "minister",
                         "ministers", "secretary", "secretaries", "ambassador", "ambassadors",
                         "chairman", "chancellor", "senator", "senators", "governor", "spokesman",
                         "spokeswoman", "director", "commissioner", "counselor", "counsellor",
                         "envoy", "adviser", "advisor", "assistant", "deputy", "attache",
                         "charge", "chargé", "consul", "delegate", "representative", "rabbi",
                         "secy"])  # "First Secy Tsao": a cable's secretary

# Words before a title that make a longer title ("Acting Secretary of State", "Foreign
# Secretary", "Deputy Prime Minister").
TITLE_MODIFIERS = frozenset(["acting", "deputy", "assistant", "under", "vice", "foreign",
                             "finance", "defense", "defence", "former", "first", "chief",
                             "special", "executive", "permanent", "senior", "principal",
                             "associate", "trade", "economic"])

# The field of an office, after "Minister of" or before a title ("Economic Affairs Ball",
# "Secretary of Commerce"): never part of a personal name.
PORTFOLIOS = frozenset(["affairs", "industry", "trade", "commerce", "finance", "defense",
                        "defence", "treasury", "agriculture", "labor", "labour", "interior",
                        "education", "health", "transport", "transportation", "economy",
                        "energy", "information", "planning", "development", "justice",
                        "welfare", "security", "intelligence", "fuel", "petroleum", "railways",
                        "communications", "irrigation", "supply", "food", "fisheries",
                        "tourism", "housing", "works"])

# Capitalised adjectives of organisation and document names ("National Security Files",
# "Federal Reserve Board", "Allied Powers"); none of them is a given or family name.
ORG_ADJECTIVES = frozenset(["national", "federal", "central", "special", "allied", "communist",
                            "socialist", "democratic", "republican", "continental", "imperial",
                            "royal", "international", "supreme", "united", "joint", "daily",
                            "common", "economic", "political", "military", "strategic",
                            "atomic", "nuclear", "probable", "certain", "executive",
                            "legislative", "official", "diplomatic", "presidential", "european",
                            "western", "eastern", "northern", "southern", "african"])

# More places, facilities and things that diplomatic records capitalise: never a person's name
# word.  General geography and vocabulary (U.S. states, regions, landmarks, cable shorthand).
MORE_PLACES = frozenset([
    "plaine", "plaines", "jarres", "jars",  # "Plaine des Jarres", "Plaines de Jars"
    "alabama", "alaska", "arizona", "arkansas", "colorado", "connecticut", "delaware",
    "florida", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky",
    "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi",
    "missouri", "montana", "nebraska", "nevada", "ohio", "oklahoma", "oregon", "pennsylvania",
    "tennessee", "utah", "vermont", "wisconsin", "wyoming", "carolina", "dakota",
    "hampshire", "jersey", "mexico", "biscayne", "puerto", "rico", "aviv", "gaza", "sinai",
    "golan", "suez", "aswan", "nile", "amman", "beirut", "damascus", "riyadh", "jidda",
    "kabul", "karachi", "dacca", "dhaka", "bangla", "desh", "rangoon", "vientiane", "phnom",
    "penh", "kursk", "siberia", "siberian", "dzungarian", "ussuri", "amur", "mekong",
    "belgrade", "bucharest", "warsaw", "prague", "budapest", "sofia", "tirana", "stockholm",
    "oslo", "copenhagen", "helsinki", "brussels", "hague", "madrid", "lisbon", "athens",
    "ankara", "nicosia", "canal", "kremlin", "sharm", "shaykh", "tiran", "aqaba",
    # regions and provinces that records name beside people
    "kashmir", "jammu", "punjab", "bengal", "assam", "kerala", "ladakh", "goa", "sikkim",
    "baluchistan", "pushtunistan", "pakhtunistan", "khyber", "karakorum", "karakoram",
    "ogaden", "biafra", "katanga", "kasai", "kivu", "shaba", "eritrea", "transvaal", "natal",
    "ovamboland", "caprivi", "kurdistan", "galilee", "crimea", "silesia", "bavaria", "ruhr",
    "tyrol", "sinkiang", "yunnan", "kwangtung", "fukien", "quemoy", "matsu", "mindanao",
    "luzon", "sumatra", "borneo", "sarawak", "timor", "irian", "aceh", "varosha", "famagusta",
])
# Words that end a phrase naming a thing, not a person ("Suez Canal", "Map Room", "Sixth Fleet")
MORE_NONPERSON_HEADS = frozenset([
    "bloc", "blocs", "room", "canal", "strip", "heights", "fleet", "cross", "wall", "tombs", "fair", "inn",
    "report", "steps", "basin", "railroad", "railway", "dam", "valley", "delta", "circle",
    "ballet", "club", "debate", "theses", "principles", "front", "star", "loch", "power",
    "powers", "boulevard", "participants", "notetaker", "notetakers", "stenographer",
    "interpreter", "interpreters", "protocol", "staff", "world", "motors", "appeal", "claims",
    "annex", "tendencies", "mentality", "policy", "analysis", "attacks", "disarray", "plain",
    "call", "visit", "mission", "fund", "memorandum", "telegram", "cable", "points",
    "line", "pass", "plateau", "waters", "frontier", "sabha", "plant", "kush", "rifles",
    "nationalists", "observers", "charter", "contract", "team", "wing", "brothers",
    "diplomacy", "guns", "mines", "radios", "assemblies", "meetings", "agencies",
    "subcommittee", "consortium", "system", "shelf", "material", "materials", "correspondence",
    "records", "chron", "vremya", "zvezda", "pravda", "izvestiya", "izvestia",
    "guaranty", "trust", "bancorp", "mineral", "minerals", "steel", "oil", "petroleum",
    # routes and posts of a war: "Ho Chi Minh Trail", "Savannakhet Headquarters"
    "trail", "trails", "headquarters", "highway", "route", "airfield", "airstrip", "passes",
])
# Capitalised words that are not names: salutations, sentence adverbs, cable shorthand
NON_NAME_WORDS = frozenset([
    "dear", "excellency", "ready", "afterwards", "likewise", "procedurally", "perhaps",
    "unlike", "knowing", "suggesting", "involving", "arrive", "opening", "initial", "next",
    "indeed", "changes", "meaning", "rumor", "jr", "sr", "admin", "aff", "asst", "emboff",
    "sovs", "secdef", "fonmin", "gvt", "govt", "arab", "arabs", "latin", "americans",
    "english", "ad", "hoc", "notetaker", "hi", "hello", "lieu", "staff", "affaires",
    "congressmen", "senators", "soviets", "israelis", "egyptians", "russians", "koreans",
    "germans", "indians", "pakistanis", "syrians", "iraqis", "iranians", "jordanians", "cubans",
    "romanians", "yugoslavs", "czechs", "hungarians", "bulgarians", "vietnamese", "laotians",
    "commies", "commie", "chicom", "chicoms", "chinats", "communists", "indos", "indonesians",
    "malaysians", "filipinos", "thais", "brits",
    "coun", "yrs", "vis-à-vis", "vis-a-vis",
    # a cable's markers around a passage: "End Doe comment.", "Text Doe message:" ("Begin" is
    # also a family name)
    "end", "text",
])

# The words of capitals and large cities (``CITIES``, city -> code, imported above for the
# extractors to use): "Dar es Salaam" gives "dar" and "salaam", not "es"; "Cape Town" nothing
# (names and English words are no place words).  Cities are places, never country words.
CITY_WORDS = frozenset(w for city in CITIES for w in city.split()) - AMBIGUOUS_WORDS

PLACES = PLACES | MORE_PLACES | CITY_WORDS
NONPERSON_HEADS = NONPERSON_HEADS | MORE_NONPERSON_HEADS
FUNCTION_WORDS = FUNCTION_WORDS | NON_NAME_WORDS

# the titles a monarch is named by alone ("Shah said ...", "the King told me")
MONARCH_TITLES = "Shah|King|Queen|Emperor|Empress|Sultan|Emir|Amir"
