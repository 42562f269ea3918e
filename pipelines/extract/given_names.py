"""Given names: English nicknames and the formal names they stand for, and given names that are
also ordinary English words.

Contract: plain constants (lowercase strings), no logic.  ``NICKNAMES`` maps a short or familiar
form to the formal given names it can stand for ("jimmy" -> "james"; "bill" -> "william"), so
"Jimmy Carter" and "James Earl Carter" can be found to be one person (``pipelines.resolve``).
``GIVEN_NAMES`` holds every name of the table and common given names that are also English
words ("Mark", "Frank", "Grant", "Rose"): a capitalised English word before a family name is
peeled off as an ordinary word ("Tactically Richard") unless it is one of these.  The lists are
general English usage, not names taken from any document.
"""

from __future__ import annotations

# nickname -> the formal given names it is short for (a few stand for several: "ed")
NICKNAMES: dict[str, tuple[str, ...]] = {
    "abe": ("abraham",), "al": ("albert", "alfred", "alan", "allen", "alexander"),
    "alex": ("alexander",), "andy": ("andrew",), "art": ("arthur",), "barney": ("bernard",),
    "ben": ("benjamin",), "bernie": ("bernard",), "bert": ("albert", "herbert", "robert"),
    "bill": ("william",), "billy": ("william",), "bob": ("robert",), "bobby": ("robert",),
    "brad": ("bradford", "bradley"), "charlie": ("charles",), "chet": ("chester",),
    "chris": ("christopher",), "chuck": ("charles",), "cliff": ("clifford", "clifton"),
    "cy": ("cyrus",), "dan": ("daniel",), "danny": ("daniel",), "dave": ("david",),
    "dick": ("richard",), "don": ("donald",), "doug": ("douglas",), "ed": ("edward", "edwin",
                                                                            "edmund"),
    "eddie": ("edward",), "fred": ("frederick", "alfred"), "freddie": ("frederick",),
    "frank": ("francis", "franklin"), "gene": ("eugene",), "gerry": ("gerald",),
    "greg": ("gregory",), "hal": ("harold", "henry"), "hank": ("henry",),
    "harry": ("henry", "harold"), "herb": ("herbert",), "jack": ("john",), "jake": ("jacob",),
    "jerry": ("gerald", "jerome", "jeremiah"), "jim": ("james",), "jimmy": ("james",),
    "joe": ("joseph",), "johnny": ("john",), "jon": ("jonathan",), "ken": ("kenneth",),
    "larry": ("lawrence", "laurence"), "len": ("leonard",), "les": ("leslie", "lester"),
    "lou": ("louis",), "matt": ("matthew",), "max": ("maximilian",), "mike": ("michael",),
    "mickey": ("michael",), "mort": ("morton", "mortimer"), "nat": ("nathaniel", "nathan"),
    "ned": ("edward",), "nick": ("nicholas",), "pat": ("patrick", "patricia"),
    "pete": ("peter",), "phil": ("philip", "phillip"), "ray": ("raymond",),
    "rich": ("richard",), "rick": ("richard",), "rob": ("robert",), "ron": ("ronald",),
    "ronnie": ("ronald",), "russ": ("russell",), "sam": ("samuel",), "sandy": ("alexander",),
    "stan": ("stanley",), "steve": ("stephen", "steven"), "ted": ("edward", "theodore"),
    "teddy": ("edward", "theodore"), "terry": ("terence",), "tim": ("timothy",),
    "tom": ("thomas",), "tommy": ("thomas",), "tony": ("anthony", "antony"),
    "vic": ("victor",), "walt": ("walter",), "wally": ("walter", "wallace"),
    "will": ("william",), "woody": ("woodrow",), "zbig": ("zbigniew",),
    # women's
    "bess": ("elizabeth",), "betty": ("elizabeth",), "kate": ("katherine", "catherine"),
    "kathy": ("katherine", "kathleen"), "liz": ("elizabeth",), "maggie": ("margaret",),
    "meg": ("margaret",), "peggy": ("margaret",), "sue": ("susan",),
}

# given names that are also English words (verbs, adjectives, adverbs, nouns): never peeled off
# as an ordinary word before a family name
_WORDLIKE = frozenset([
    "bud", "buck", "carol", "chase", "clay", "curt", "dale", "dawn", "dean", "drew", "earl",
    "faith", "glen", "grace", "grant", "gray", "hope", "hunter", "jay", "jean", "joy", "kit",
    "lance", "mark", "miles", "norm", "pierce", "price", "reed", "rose", "rusty", "sterling",
    "summer", "wade", "ward", "warren", "wes", "win", "young",
])

_FORMAL = frozenset(n for names in NICKNAMES.values() for n in names)

GIVEN_NAMES: frozenset[str] = frozenset(NICKNAMES) | _FORMAL | _WORDLIKE | frozenset([
    "adam", "alan", "albert", "arnold", "carl", "cecil", "clark", "clinton", "cyrus",
    "david", "dennis", "dwight", "earl", "ellen", "elliot", "ernest", "eugene", "george",
    "gordon", "harvey", "henry", "howard", "hubert", "hugh", "ian", "ivor", "john", "julian",
    "lyndon", "martin", "maurice", "melvin", "nelson", "neil", "norman", "oliver", "patrick",
    "paul", "ralph", "roger", "roland", "ross", "roy", "simon", "spencer", "victor",
    "vincent", "wayne", "wilbur",
])
