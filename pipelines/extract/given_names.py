"""Given names: English nicknames and the formal names they stand for, and given names that are
also ordinary English words.

Contract: plain constants (lowercase strings), no logic.  ``NICKNAMES`` maps a short or familiar
form to the formal given names it can stand for ("jimmy" -> "james"; "bill" -> "william"), so
"Jimmy Carter" and "James Earl Carter" can be found to be one person (``pipelines.resolve``);
it also maps each form of a given name in ``COGNATES`` to its other forms ("george" ->
"georgios"), the one piece of logic here.
``GIVEN_NAMES`` holds every name of that table and, meant to be complete, the reasonably common
given names and familiar forms (of any language, as written in Latin letters) that are also
English words to ``pipelines.extract.english.senses``: "Graham", "Robin", "Clement", "Nelson",
"Peregrine", "Christian", "Dag", "Lech", "Guy", "Chip".  A capitalised English word opening a
name is taken for an ordinary word ("Tactically Richard", a heading's "Pressure Aspects")
unless it is one of these; names that are no English words need not be listed.  Left out are
given names far more often something else in diplomatic text: ordinary words and months ("May",
"Said", "Per", "August", "Pearl"), titles ("Sultan"), places ("Georgia", "Santiago"), leaders'
family names ("Heath", "Nasser", "Meir") and East Asian family names written first ("Lee"),
and every country or place word of ``pipelines.extract.lexicon``.  The lists are general usage,
not names taken from any document.
"""

from __future__ import annotations

# nickname -> the formal given names it is short for (a few stand for several: "ed")
NICKNAMES: dict[str, tuple[str, ...]] = {
    "abe": ("abraham",), "al": ("albert", "alfred", "alan", "allen", "alexander"),
    "alex": ("alexander",), "andy": ("andrew",), "archie": ("archibald",), "art": ("arthur",),
    "barney": ("bernard",), "bart": ("bartholomew",), "ben": ("benjamin",),
    "bernie": ("bernard",), "bert": ("albert", "herbert", "robert"),
    "bertie": ("albert", "bertram"), "bill": ("william",), "billy": ("william",),
    "bob": ("robert",), "bobby": ("robert",), "brad": ("bradford", "bradley"),
    "cal": ("calvin",), "charlie": ("charles",), "chet": ("chester",),
    "chris": ("christopher",), "chuck": ("charles",), "clem": ("clement",),
    "cliff": ("clifford", "clifton"), "cy": ("cyrus",), "dan": ("daniel",),
    "danny": ("daniel",), "dave": ("david",), "davy": ("david",), "dick": ("richard",),
    "dom": ("dominic",), "don": ("donald",), "doug": ("douglas",),
    "ed": ("edward", "edwin", "edmund"), "eddie": ("edward",), "ernie": ("ernest",),
    "frank": ("francis", "franklin"), "fred": ("frederick", "alfred"),
    "freddie": ("frederick",), "fritz": ("friedrich",), "gene": ("eugene",),
    "gerry": ("gerald",), "gil": ("gilbert",), "greg": ("gregory",),
    "gus": ("augustus", "gustav", "gustave"), "hal": ("harold", "henry"), "hank": ("henry",),
    "harry": ("henry", "harold"), "herb": ("herbert",), "jack": ("john",), "jake": ("jacob",),
    "jeff": ("jeffrey", "geoffrey"), "jerry": ("gerald", "jerome", "jeremiah"),
    "jim": ("james",), "jimmy": ("james",), "jock": ("john",), "joe": ("joseph",),
    "johnny": ("john",), "jon": ("jonathan",), "josh": ("joshua",), "ken": ("kenneth",),
    "kenny": ("kenneth",), "larry": ("lawrence", "laurence"), "len": ("leonard",),
    "lenny": ("leonard",), "les": ("leslie", "lester"), "lou": ("louis",),
    "manny": ("emmanuel", "manuel"), "marty": ("martin",), "matt": ("matthew",),
    "max": ("maximilian",), "mel": ("melvin", "melville"), "mick": ("michael",),
    "mickey": ("michael",), "mike": ("michael",), "mitch": ("mitchell",),
    "monty": ("montague",), "mort": ("morton", "mortimer"), "nat": ("nathaniel", "nathan"),
    "ned": ("edward",), "newt": ("newton",), "nick": ("nicholas",), "ollie": ("oliver",),
    "pat": ("patrick", "patricia"), "pete": ("peter",), "phil": ("philip", "phillip"),
    "ray": ("raymond",), "reg": ("reginald",), "reggie": ("reginald",), "rich": ("richard",),
    "rick": ("richard",), "rob": ("robert",), "rod": ("rodney", "roderick"), "ron": ("ronald",),
    "ronnie": ("ronald",), "russ": ("russell",), "sam": ("samuel",), "sandy": ("alexander",),
    "sid": ("sidney",), "stan": ("stanley",), "steve": ("stephen", "steven"),
    "stu": ("stuart", "stewart"), "tad": ("thaddeus",), "ted": ("edward", "theodore"),
    "teddy": ("edward", "theodore"), "terry": ("terence",), "tim": ("timothy",),
    "toby": ("tobias",), "tom": ("thomas",), "tommy": ("thomas",),
    "tony": ("anthony", "antony"), "vic": ("victor",), "vince": ("vincent",),
    "wally": ("walter", "wallace"), "walt": ("walter",), "will": ("william",),
    "woody": ("woodrow",), "zack": ("zachary",), "zbig": ("zbigniew",),
    # women's
    "abby": ("abigail",), "annie": ("ann", "anne"), "bea": ("beatrice",), "becky": ("rebecca",),
    "bess": ("elizabeth",), "beth": ("elizabeth",), "betsy": ("elizabeth",),
    "betty": ("elizabeth",), "cathy": ("catherine", "katherine"), "connie": ("constance",),
    "debbie": ("deborah",), "dolly": ("dorothy",), "dottie": ("dorothy",),
    "ellie": ("eleanor", "ellen"), "fanny": ("frances",), "jenny": ("jennifer",),
    "judy": ("judith",), "kate": ("katherine", "catherine"), "kathy": ("katherine", "kathleen"),
    "katie": ("katherine", "catherine"), "kitty": ("katherine", "catherine"),
    "libby": ("elizabeth",), "liz": ("elizabeth",), "lizzie": ("elizabeth",),
    "maggie": ("margaret",), "meg": ("margaret",), "millie": ("mildred",), "molly": ("mary",),
    "nell": ("eleanor", "helen"), "patsy": ("patricia",), "patty": ("patricia",),
    "peg": ("margaret",), "peggy": ("margaret",), "penny": ("penelope",), "polly": ("mary",),
    "sally": ("sarah",), "sue": ("susan",), "susie": ("susan",), "tess": ("teresa", "theresa"),
    "trudy": ("gertrude",), "winnie": ("winifred",),
}

# given names and familiar forms the lemmatizer also knows as English words (nouns, verbs,
# adjectives, adverbs), besides those of the nickname table and the list below: never taken for
# an ordinary word opening a name
_WORDLIKE = frozenset([
    "aaron", "abel", "ada", "adrian", "aeneas", "agha", "alger", "ali", "althea", "ambrose",
    "amelia", "amos", "ana", "angel", "angelica", "angus", "anil", "anna", "ante", "armin",
    "attilio", "augustine", "aurora", "austin", "basil", "benedict", "bennett", "bennie",
    "benny", "beryl", "blair", "blake", "bonnie", "brent", "bridget", "britt", "brooke",
    "bruce", "bruno", "bryan", "buck", "bud", "buddy", "burke", "burton", "butch", "buzz",
    "byron", "carlos", "carol", "caroline", "carroll", "caspar", "cassandra", "charlotte",
    "chase", "chip", "christian", "cissy", "clarence", "clay", "clementine", "clive", "clyde",
    "colette", "colleen", "concepcion", "conrad", "constantine", "cora", "cord", "costas",
    "crosby", "curt", "curtis", "cynthia", "cyril", "dag", "dale", "dalton", "dana", "daphne",
    "dawn", "dean", "derrick", "dewey", "dexter", "diana", "dickey", "dickie", "dieter",
    "dietrich", "dirk", "doc", "domingo", "dominique", "donna", "doris", "drew", "dries",
    "duncan", "dusty", "dylan", "earl", "eddy", "edgar", "elias", "elijah", "ellis",
    "ellsworth", "emerson", "emery", "emile", "emmy", "enid", "erasmus", "ernst", "esther",
    "eugenia", "ezra", "fabian", "fahd", "faisal", "faith", "fatima", "fay", "felicia",
    "felicity", "ferdinand", "fern", "flora", "gabriel", "garret", "gary", "gemma", "georges",
    "glen", "glenn", "grace", "graham", "grant", "gray", "gustavus", "guy", "hale", "hamilton",
    "hani", "hans", "harrison", "hastings", "hazel", "heather", "hector", "heinz", "helena",
    "herman", "hermann", "holly", "homer", "hope", "horace", "horst", "hortensia", "hugo",
    "hunter", "husayn", "hussein", "ibrahim", "ida", "ike", "inga", "inge", "ion", "ira",
    "iris", "irving", "isaac", "isabella", "isaiah", "jafar", "jan", "jasper", "jay", "jean",
    "jefferson", "jesus", "joachim", "joel", "joy", "joyce", "jude", "karen", "kendall",
    "kent", "kirk", "kit", "knut", "krishna", "lakshmi", "lambert", "lance", "lazar", "lech",
    "leigh", "lena", "lenard", "leo", "leon", "leonardo", "leonidas", "lev", "levi", "lewis",
    "lillie", "lily", "lincoln", "lindsay", "lino", "liv", "livingston", "lloyd", "lowell",
    "lucas", "lucy", "luke", "lulu", "luther", "lydia", "mac", "magdalena", "mahdi", "marc",
    "marcel", "margarita", "marge", "marguerite", "maria", "marian", "marina", "mark",
    "marshall", "mats", "mavis", "maxwell", "melba", "melissa", "meredith", "merle", "milan",
    "miles", "milo", "milos", "milton", "mohammad", "mohammed", "mona", "monroe", "morgan",
    "morris", "moses", "muhammad", "murray", "myrtle", "nahum", "nan", "nancy", "naomi",
    "nestor", "nils", "nina", "noah", "noel", "norm", "norma", "norris", "octave", "ogden",
    "olivier", "ora", "orlando", "oscar", "oswald", "otis", "owen", "paddy", "pascal",
    "pauline", "percy", "peregrine", "perry", "phoebe", "pierce", "pierre", "pilar",
    "prescott", "price", "quincy", "rachel", "raj", "ram", "ramona", "randy", "raphael",
    "reed", "regina", "reuben", "rex", "ricardo", "robin", "rocky", "rolf", "rosa", "rosario",
    "rose", "rosemary", "roswell", "rowan", "ruby", "rupert", "rusty", "ruth", "rutherford",
    "sabine", "saddam", "salah", "salim", "salvador", "sami", "sargent", "saul", "scoop",
    "scott", "serge", "seth", "seymour", "shannon", "sheridan", "sherman", "sherwood", "sibyl",
    "siegfried", "silvia", "sinclair", "sita", "sol", "soledad", "solomon", "sonny", "stanton",
    "stella", "sterling", "summer", "sumner", "susanna", "sylvanus", "taro", "tassos",
    "themistocles", "thor", "tip", "todd", "tor", "townsend", "tracy", "tristan", "tristram",
    "troy", "tyler", "ulysses", "valentine", "valerian", "vanessa", "vaughan", "veronica",
    "viola", "violet", "virgil", "wade", "ward", "warren", "wes", "wesley", "willard",
    "willis", "win", "wolfram", "wyatt", "xavier", "yisrael", "young",
])

# one given name in the languages of the records ("George Rallis" in a memorandum, "Georgios
# Rallis" in the persons list): each form stands for the others
COGNATES: tuple[tuple[str, ...], ...] = (
    ("george", "georgios", "georges", "georg", "jorge", "giorgio", "georgi"),
    ("constantine", "konstantinos", "constantinos", "konstantin", "costantino"),
    ("john", "ioannis", "johannes", "johann", "juan", "joão", "joao", "giovanni"),
    ("andrew", "andreas", "andrei", "andrey", "andré", "andre", "andrés", "andres", "andrzej"),
    ("nicholas", "nikolaos", "nicolas", "nicolás", "nikolai", "nikolay", "nicola"),
    ("michael", "michail", "michalis", "mikhail", "michel", "miguel", "michele"),
    ("alexander", "alexandros", "aleksandr", "alexandre", "alejandro", "alessandro"),
    ("peter", "petros", "pyotr", "pierre", "pedro", "pietro", "piotr"),
    ("paul", "pavlos", "pavel", "pablo", "paolo", "paulo"),
    ("stephen", "stefanos", "stephanos", "stéphane", "esteban", "stefan"),
    ("demetrius", "dimitrios", "dimitri", "dmitri", "dmitriy", "dmitry"),
    ("joseph", "josef", "josé", "jose", "giuseppe", "iosif"),
    ("henry", "henri", "enrique", "heinrich", "henrique"),
    ("william", "wilhelm", "guillermo", "guillaume"),
    ("francis", "françois", "francois", "francisco", "franz", "francesco"),
    ("anthony", "antony", "antonio", "antoine", "antonios", "anton"),
    ("thomas", "tomás", "tomas"),
    ("emmanuel", "manuel", "emmanouil"),
    ("gregory", "grigorios", "grigori", "grigoriy"),
    ("basil", "vassilios", "vasilios", "vasili", "vasiliy"),
    ("louis", "luis", "luigi", "ludwig"),
)


def _with_cognates(table: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """The nickname table, each cognate standing for the others of its group too."""
    merged = dict(table)
    for group in COGNATES:
        for name in group:
            merged[name] = tuple(dict.fromkeys(
                [*merged.get(name, ()), *(g for g in group if g != name)]))
    return merged


NICKNAMES = _with_cognates(NICKNAMES)

_FORMAL = frozenset(n for names in NICKNAMES.values() for n in names)

GIVEN_NAMES: frozenset[str] = frozenset(NICKNAMES) | _FORMAL | _WORDLIKE | frozenset([
    "adam", "alan", "albert", "arnold", "carl", "cecil", "clark", "clinton", "cyrus",
    "david", "dennis", "dwight", "earl", "ellen", "elliot", "ernest", "eugene", "george",
    "gordon", "harvey", "henry", "howard", "hubert", "hugh", "ian", "ivor", "john", "julian",
    "lyndon", "martin", "maurice", "melvin", "nelson", "neil", "norman", "oliver", "patrick",
    "paul", "ralph", "roger", "roland", "ross", "roy", "simon", "spencer", "victor",
    "vincent", "wayne", "wilbur",
])
