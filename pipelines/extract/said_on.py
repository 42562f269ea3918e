"""When a statement was said.

Contract: ``SaidOn(text, people, mentions, dates, published_on, layout, meetings)`` reads one
text (``meetings``: its ``detect_meetings``, from ``pipelines.extract.exchanges``;
``published_on``: the text's own date, a record's dateline) and keeps no state between texts.
``for_statement(speaker, cue_pos, content_start, cue, content_end=None)`` gives the ISO partial
date a statement was said on, or None.  Never a date of the statement's own words: a date
inside ``content_start..content_end`` ("he said the 1960 Constitution ...", "by 1980") is what
was talked about, not when; nor a date that names a thing ("the 1954 agreement", "FY 1981",
"Deptel 1961", "the French May 7 proposal", "the statement made by Doe on June 29", a record's
subject line) unless the cue's phrase is in that paper ("In his June 4 letter, Doe said"), or
bounds a span ("since 1954"), nor a deadline in the statement's sentence
("by April 15"), nor a talk an account is of ("his description of his May 14 conversation").
In order, the first that applies:

1. a date of the statement's own sentence outside its words: the cue's own ("said on June 5
   that", "“...,” Doe told the committee on 12 March", "in an interview on Monday": a weekday
   counts back from the text's date), else the latest before the cue ("In July, X said ...");
   a remark retold in the pluperfect ("X said Doe had told him that ...") takes only its own
   cue's date, never the retelling's; else the date of the speaker's latest statement so
   dated in this paragraph or the one before ("Doe said on Monday that ... “...,” she said");
2. the date of the document an editor cites for the sentence ("... (Telegram 1748, June 30)");
3. the date that opens an earlier sentence of the paragraph ("On June 8, Doe called Roe. ...
   Roe said ..."), or the day an earlier sentence of it says a talk took place ("Saw the
   Foreign Minister this morning. ...");
4. the date of the record of a conversation cited at the end of the quotation the statement
   is in ("...” (Memo of a telephone conversation, June 5; ...)"), else of the conversation
   the paragraph introducing the quotation names ("A memorandum of his conversation on
   December 16 with Roe reads:");
5. the dated heading of the section the statement is in ("Monday, April 21, 1958—6 p.m."), to
   which "today" and "yesterday" in that section also count;
6. the latest meeting reported earlier in the same paragraph with the speaker in it;
7. in a dated record (a telegram, a memorandum: a dateline "Place, Month D, YYYY" heads it),
   the day its opening paragraph says the talk it reports took place ("I saw the President
   this morning", "Meeting with Defense, September 5, 1957"): the statements after it report
   that talk; a bare day of the month in telegraphese ("I called on Doe 27th", "Roe called
   urgently ninth") is of the record's month, or the month before when past its day; under a
   cable's bare dateline ("June 1, 1970, 1400Z", read as a dated heading), past the routing
   lines, the opening's day outranks that heading's;
   where a sentence or an introducing paragraph gives several days (3, 4, 7), the day of the
   clause that tells of the talk counts, not that of a paper received or written after it
   ("Reference telegram was received yesterday and I made requested representation at 3 p.m.
   today"; "the memorandum of discussion by Doe, August 15");
8. the document's first meeting (not a vague date) with the speaker in it, else the speaker's
   latest; else the date of any other document cited after the quotation (a telegram's);
9. the report's own date (published_on) for a present-day commentator (an academic, historian,
   journalist, ...) or for a present-tense cue ("says", "Doe and Roe feel that": a view held
   when the text was written; not after a modal, "will tell");
10. otherwise None: never a guess.
"""

from __future__ import annotations

import bisect
import copy
import re
from collections.abc import Iterable
from datetime import date, timedelta
from itertools import pairwise

from pipelines.document import DateMention, LocalPerson, PersonMention, Statement
from pipelines.extract.exchanges import EVENT, RANGE_TO, ReportedMeeting, aside_date
from pipelines.extract.lexicon import SPEECH_VERBS
from pipelines.extract.local_time import clock_hour
from pipelines.extract.reported import CUES, cue_positions
from pipelines.extract.segment import Layout, Span, Spans, sentences

COMMENTATOR = re.compile(r"\b(?:professor|historian|scholar|researcher|analyst|expert|"
                         r"archivist|journalist|author|writer|editor|correspondent|reporter|"
                         r"lecturer|fellow|specialist|political scientist|commentator)\b",
                         re.IGNORECASE)
PRESENT_CUES = {"says", "adds", "notes", "argues", "writes", "explains", "recalls", "insists",
                "tells", "suggests", "stresses", "believes", "warns"}
# base forms that are also past ones ("he read the note"), and words that make a base form no
# present ("will tell", "to say", "did say", "could believe")
_PAST_LIKE = {"read", "cut", "put", "set", "let"}
_NOT_NOW = {"will", "would", "shall", "should", "can", "could", "may", "might", "must", "to",
            "did", "do", "does", "not", "let", "make", "made", "help", "i", "we", "you"}
# characters past a sentence's end where the citation parenthesis after it may open
_CITATION_REACH = 3
# longest opening (in characters, no person named) before the date that frames a paragraph
_FRAME_LEAD = 30
# characters after the cue searched for where the reported words begin ("... on Monday that")
_CUE_PHRASE_REACH = 120
# paragraphs at a record's head searched for its dateline, then for its opening paragraph
_DATELINE_BLOCKS = 5
# a span of days: "September 19–24, 1960"
_DAY_RANGE = re.compile(r"(?:[A-Z][a-z]+\.?\s+)?\d{1,2}\s*[–-]\s*\d{1,2},\s*\d{4}\b")
_OPENING_BLOCKS = 4
_OPENING_SENTENCES = 8  # a cable's routing lines come first
# longest dateline or dated section heading, in characters
_HEADING_LENGTH = 90
# longest subject line ("Luncheon Meeting with the President, Ball, McNamara, ...")
_SUBJECT_LENGTH = 200
# deictic dates ("today", "yesterday") counted from the document's date (see dates.py)
# a talk verb's past participle: after "had" a talk before the one reported ("had talked",
# "had met"); "had audience with", "had lunch" are the talk itself
_PARTICIPLE = re.compile(r"\w+ed\b|met\b|seen\b|spoken\b|spent\b", re.IGNORECASE)
# cues whose words follow them: a date after one is in those words
_REPORTING = re.compile(r"(?:said|says|told|tells|stated|added|noted|recalled|remarked|"
                        r"repeated|reiterated|emphasized|stressed|replied|answered|responded|"
                        r"explained|observed|asserted|reported|mentioned|referred|complained|"
                        r"thought|felt|believed|argued|insisted)\b", re.IGNORECASE)
# a verb of speech before a date in the sentence: the date is in what it reports
_SPOKEN_OF = re.compile(r"\b" + _REPORTING.pattern, re.IGNORECASE)
# characters between a talk's hour and a day to come that make them two times, not one
_CLOCK_APART = 12
# an hour of the day: "At 12:15", "at 10 a.m.", "at noon"
_CLOCK = re.compile(r"\b(?:[Aa]t|[Aa]bout|[Aa]round)\s+(?:\d{1,2}[:.]\d\d\b|\d{1,2}\s*[ap]\.\s?m\.|"
                    r"noon\b"
                    # a cable's 24-hour time, not Greenwich's: "saw Zorin at 1730 to protest"
                    r"|(?:[01]\d|2[0-3])[0-5]\d\b(?!\s*(?:Z\b|GMT|hours?\s+GMT)))"
                    # a cable's bare hour: "As the committee assembled 3 p. m., Doe told me"
                    r"|(?<![\d:.,])\b\d{1,2}(?:[:.]\d\d)?\s*[ap]\.\s?m\.")
def day_before(iso: str) -> str:
    return (date.fromisoformat(iso) - timedelta(days=1)).isoformat()


# a day and the last of a run of days after it: "September 3 and 5", "3 to 5 March"
_RUN_OF_DAYS = re.compile(r"\s*(?:-|–|and|to|through)\s*\d{1,2}(?:st|nd|rd|th)?\b"
                        r"(?![:.]\d|[-–]\w|\s*[ap]\.?\s?m\b|\s+(?:hours?|days?|weeks?|minutes?)\b)")
_DAYS_JOINED = re.compile(r"\d\s*[-–]\s*\d")
_RANGE_BEFORE = re.compile(r"(?<![\d,.])\b\d{1,2}(?:st|nd|rd|th)?\s*(?:-|–|and|to|through)\s*\Z")
# an aside that tells of another occasion the words were borne out on: "... Berlin problem, as
# confirmed by Kohler to Nikezic on August 29": that day is no talk of this sentence's
_AS_AFFIRMED = re.compile(r"\bas\s+(?:\w+ly\s+)?(?:[a-z]+ed|set\s+forth|shown|told|said|made\s+"
                          r"clear)\s+(?:by|to|in)\b[^.;()]*\Z")
# where a cue's phrase after the words ends (see ``SaidOn._phrase_end``)
_PHRASE_END = re.compile(r"[“\";]|\b(?:that|who|which|and|but)\b")
# after a comma, this much of the sentence left is more words, not the cue's adjunct
_WORDS_AFTER_COMMA = 40
# a relative clause before a day: ", who was inducted on December 1"
_RELATIVE_ASIDE = re.compile(r",\s+(?:who|whom|whose|which)\b[^,;.]*\Z")
# words before a day that make it a plan's: "statements to be used at the session 9th"
_PLANNED = re.compile(r"\b(?:to\s+be|will|would|shall|scheduled|planned)\b")
# the pluperfect before a day: "had clearly been expressed in the session of October 13", "had
# indicated on February 11"
_HAD_BEEN = re.compile(r"\bhad\s+(?:\w+ly\s+)?(?:been\s+[a-z]+ed\b[^.;]*|(?:[a-z]+ed|told|said|"
                       r"made|given|spoken|seen|met|sent|written|taken|held|shown)\b[^.;]{0,60})\Z")
# statements read last whose words may hold a date a later frame would take
_SAID_LOOKBACK = 40
_AHEAD = {"tomorrow", "day_after_tomorrow", "next_week", "next_month", "next_year"}
_DEICTIC = {"today", "tomorrow", "yesterday", "day_before_yesterday", "day_after_tomorrow"}

# a conference's session a cable's opening reports ("Restricted session 10:30 December 13");
# only there: elsewhere a session is as often what was talked about ("cited the session")
# ... or a memorandum of conversation's heading relayed in a cable ("1. Participants: ..., Nov
# 5, 1971, Istana Negara")
_SESSION = re.compile(r"\b(?:session|sessions|plenary|participants\s*:)", re.IGNORECASE)
# a cue right after the opening's date: "Pyman July 26 referred to ... and conveyed following"
_SAID_ON_THE_DAY = re.compile(r"[\s,]*(?:\w+ly\s+)?(?:referred|conveyed|said|told|stated|"
                              r"informed|remarked|expressed|asked|raised|handed|gave)\b")
# a cable sent straight after the talk it reports ("I have just come from meeting with Doe")
_JUST_MET = re.compile(r"\b(?:have|has)\s+just\s+(?:come\s+(?:back\s+)?from|returned\s+from|"
                       r"left|seen|met|talked|spoken|finished)\b"
                       # "He called me by phone a few minutes ago"
                       r"|\b(?:a\s+few|several|some|\d{1,2}|ten|fifteen|twenty|thirty|forty)\s+"
                       r"minutes\s+ago\b|\ban\s+hour\s+ago\b")
# a speech the paragraph introducing a quotation tells of: "the President addressed the
# Assembly", "in his remarks at the dinner", "a toast"
_SPEECH = re.compile(r"\b(?:addressed|address|speech|remarks|toast|press\s+conference)\b")
# a participle whose event the date after it places, not the cue's: "turned to the efforts
# made the previous fall:", "recalled the agreement signed in March"
_EVENT_BEFORE = re.compile(r"\b(?:made|reached|signed|held|taken|concluded|achieved|adopted|"
                           r"launched|begun|started|issued|delivered)\s+(?:(?:in|on|during|"
                           r"at)\s+)?(?:the\s+)?$"
                           # ... or a talk an account is of: "his description of his May 14
                           # conversation with Doe is recorded as follows:" (given later)
                           r"|\b(?:description|account|report|summary|review|recollection)\s+"
                           r"(?:of|on)\s+(?:his|her|their|the|its|this|that)\s+$")
# a date after "X stated that": in his words, what he spoke of ("Doe stated that the question
# raised at the meeting on May 3 had ..."), not the day of the talk the record reports
_IN_WORDS = re.compile(_SPOKEN_OF.pattern + r",?\s+that\b", re.IGNORECASE)
# a memorandum of conversation's own date line, inside another record ("Date: May 6, 1963")
_DATE_FIELD = re.compile(r"\s*Date:\s*")
# a talk took place: what an opening paragraph or a framing sentence says
_TALK = re.compile(r"\b(?:saw|see|seen|met|meet|meeting|called\s+(?:on|me|at|over|in)|call\s+on|"
                   # "I called late yesterday on the Chancellor"
                   r"called\s+(?:late\s+|early\s+)?(?:yesterday|today|this\s+\w+|last\s+\w+)\s+on|"
                   r"(?:me|us)\s+(?:to\s+)?call\b|came\s+(?:in|into|to\s+see|by|over)\b|"
                   r"came\s+to\s+(?:my|our|the|his|her)\s+(?:residence|office|house|home|"
                   r"embassy|Embassy|Ministry|Palace|palace|hotel|quarters)\b|"
                   r"received|receive|receiving|recd|talk|talks|talked|talking|conversation|"
                   r"conversations|"
                   r"spoke|"
                   r"rounds|round\s+of\s+calls|"
                   r"spent\s+(?:[\w-]+\s+){0,5}?(?:hour|hours|morning|forenoon|"
                   r"afternoon|evening|day)|(?:drove|flew|went)\s+to|reception|"
                   # "had more than two hours with the Shah", "had general review today"
                   r"had\s+(?:[\w-]+\s+){0,6}?(?:hours?|minutes)\s+with|"
                   r"had\s+(?:[\w-]+\s+){0,2}?(?:review|exchange)|(?:de)?briefed|debriefing|"
                   r"audience|lunch|luncheon|lunched|dinner|dined|breakfast|interview|"
                   r"discuss(?:es|ed|ions?)?|(?<!\bbe\s)discussing|visited|telephoned|phoned|"
                   r"summit|"
                   r"rendezvoused|summoned|delivered|handed|handing|appeal|appealed|"
                   r"d[ée]marche|"
                   r"conference|negotiations|convened|reconvened|assembled|"
                   r"conferred\s+(?:\w+\s+){0,3}?with|"
                   r"encounter|bilateral|"
                   r"told\s+(?:me|us|the\s+(?:reporting|political|economic|embassy)\s+officer))\b",
                   re.IGNORECASE)
# a cable's subject run in as its body's first words: "1416. AMC subcommittee meeting.",
# "Cabot-Wang talks." (a few words naming one talk, no verb)
_SUBJECT_PHRASE = re.compile(r"\s*(?:[\w.’'\-–]+\s+){0,5}?(?:meeting|talks|conversation|session|"
                             r"luncheon|dinner|interview|audience)\s*[.:]", re.IGNORECASE)
# a talk word naming a process of many days, not one day's talk
_PROCESS = re.compile(r"negotiations", re.IGNORECASE)
# a paper that came, not a talk: "Reference telegram was received yesterday", "his message
# which I received on Sunday" (but "was received by the President" is one)
_PAPER_RECEIVED = re.compile(r"\b(?:message|telegram|tel|cable|letter|note|reply|memorandum|"
                             r"instructions|deptel|reftel|embtel|airgram|despatch|report|text|"
                             r"communication)s?\b(?:(?!\b(?:and|but)\b)[^.;:]){0,40}?"
                             r"\breceived\b(?!\s+by\b)", re.IGNORECASE)
# the record of a talk is a paper, written after it: "the memorandum of discussion by Doe,
# August 15" (the talk it records may be dated elsewhere)
_RECORD_OF_TALK = re.compile(r"\b(?:memorandum|memo|record|minutes|notes|summary|transcript)\s+"
                             r"of\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+|this\s+)?"
                             r"(?:discussion|conversation|meeting|talk)s?\b", re.IGNORECASE)
# a clause that likens what is told to another occasion: "outlined the offer as presented to
# Roe last night", "as I had told him on Monday": its date is that occasion's
_AS_CLAUSE = re.compile(r"\bas\s+(?=(?:I|we|he|she|they|you|had|was|were|has|have|\w+ed)\b)")
# a cue that points into the text it stands in: "said above", "noted in the general section",
# "mentioned in paragraph 3", "reported earlier in this message"
_THIS_TEXT = re.compile(r"\w+\s+(?:out\s+)?(?:above|below|(?:earlier\s+|previously\s+)?in\s+"
                        r"(?:(?:the\s+(?:[\w\-]+\s+)?(?:section|paragraph|para|part)|this\s+"
                        r"(?:section|paragraph|para|part|message|telegram|cable|report|"
                        r"memorandum))\b))")
# the few words a sentence may open with before the day that begins it: "On", "By", "Early on"
_DAY_OPENING = re.compile(r"\s*(?:(?:on|by|in|at|during|early|late|later|then|and|but|also|"
                          r"again|the|that|of)[\s,]+){0,3}", re.IGNORECASE)
# a cue in the present perfect ("has repeatedly stated"): said over a time, on no one day
_SINCE = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?\Z")
# a listener, then the day he was told (telegraphese): "informed Ambassador Doe April 10
# that", "informed General Roe at 1300 today of", "pointed out to President Doe last night"
_LISTENER = (r"(?:(?:him|her|them|me|us)\s+|(?:the\s+)?(?:[A-Z][\w.’'\-]*\s+){1,6})"
             r"(?:at\s+(?:\d{3,4}|\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\.?|noon)\s+)?(?:on\s+)?")
_TOLD_LISTENER = re.compile(r"\b(?:informed|told|advised|assured|notified|briefed|reminded|"
                            r"warned|(?:pointed\s+out|explained|said|stated|conveyed|"
                            r"emphasized|stressed)\s+to)\s+" + _LISTENER + r"\Z")
_TO_LISTENER = re.compile(r"\s*(?:out\s+)?to\s+" + _LISTENER)
# a diplomat's representation made to someone is a talk: "made requested representation to"
_REPRESENTATION = re.compile(r"\b(?:made|make|making)\s+(?:[\w\-]+\s+){0,2}?representations?\b",
                             re.IGNORECASE)
# where a sentence's next clause begins
_CLAUSE = re.compile(r";\s+|,?\s+(?:and|but|while|whereupon)\s+"
                     r"(?=(?:[A-Z][\w.’'\-]*|he|she|they|we)\s)")
# the occasion of the words before: "at the same meeting", "in the same conversation"
_SAME_EVENT = re.compile(r"\b(?:at|in|during)\s+the\s+same\s+(?:meeting|session|conversation|"
                         r"talk|talks|interview|hearing|debate|conference)\b", re.IGNORECASE)
# a citation of the record of a conversation, written the day it took place
_RECORD = re.compile(r"\b(?:conversation|minutes|record|notes)\b", re.IGNORECASE)
# a word before a number that makes it a document's number, not a year ("Deptel 1961")
_NUMBERED = re.compile(r"(?:telegram|tel|deptel|embtel|cable|despatch|dispatch|airgram|"
                       r"circular|no\.|nos\.|number|document|doc\.|memo|message|paragraph|"
                       r"para|page|p\.|NSC|NSAM|Resolution|fy|fiscal(?:\s+year)?|calendar"
                       r"(?:\s+year)?|budget)\s*$", re.IGNORECASE)
# a date words are written on: "In a June 4 memorandum, Doe proposed ..."
_WRITING = re.compile(r"(?:memorandum|memo|letter|telegram|cable|message|note|report|"
                      r"statement|speech|address|remarks|interview|broadcast|despatch|airgram)s?",
                      re.IGNORECASE)
# a cable cited by its number, then its date: "the Department's 3443 June 4", "Embtel 120,"
_CABLE_OF = re.compile(r"(?:[’']s|tel|telegram|cable|circular|airgram|despatch|deptel|embtel|"
                       r"circtel)\s+(?:no\.\s*)?\d{1,5},?\s*$", re.IGNORECASE)
# a point other times count from: "three days after the August 1 meeting", "before May 5"
_RELATIVE_TO = re.compile(r"\b(?:after|before|since|until|till|following|prior\s+to|ahead\s+of|"
                          r"as\s+(?:of|from)|effective|pending)"
                          r"(?:\s+(?:the|its|his|her|their))?\s*$", re.IGNORECASE)
# a paper by its series and number, then its day: "my Tedul 2 of this morning", "Deptel 1234
# of May 3"
_NUMBER_OF = re.compile(r"\b[A-Za-z]+\s+\d{1,5}\s+(?:of|dated)\s+$")
# the end of a span ("to be carried out November 1-January 31"): when a period closes
_SPAN_END = re.compile(r"\d\s*[-–—]\s*$|\d\s+(?:to|through|until|till)\s+$")
# a deadline in the statement's sentence ("stories that the rebels would take the port by
# April 15, stories which, Doe stated, ..."): what was talked of, not when
_DEADLINE = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)
# the words after a date that make it a thing's name ("the 1960 Constitution", "its 1954
# agreement"), unless the thing is an event ("the June 5 meeting")
_DETERMINER = re.compile(r"(?:\b(?:the|a|an|its|his|her|their|our|this|that|these|those)|"
                         r"['’]s|['’])\s*$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s*[-–]?\s*[“\"‘']?([A-Za-z][a-z]+)")
# papers and acts a date before them names ("the French January 7 proposal", "its May 3
# notes"), article or not
_THING = re.compile(r"(?:proposal|plan|draft|paper|aide-m[ée]moire|note|memorandum|letter|"
                    r"message|statement|declaration|communiqu[ée]|agreement|resolution|"
                    r"decision|offer|formula|text|reply|request|announcement|instruction|"
                    r"directive|order|decree|law|program|programme|treaty|accord|protocol|"
                    r"budget|estimate|report|cable|telegram|speech|broadcast|editorial|"
                    r"article|suggestion|position|démarche|demarche|approach|initiative|"
                    r"answer|response|memo|despatch|dispatch|airgram)s?", re.IGNORECASE)
# a paper a word or two after the date: "answer August 2 inspection zone proposals", "the June
# 7 Soviet aide-mémoire" (no function word between: "On August 2 the plan was approved")
_THING_SOON = re.compile(r"\s+(?:[A-Za-z][\w\-]*\s+){1,2}((?i:" + _THING.pattern + r"))\b")
# an event a body's name stands between the date and: "the September 17 National Security
# Council meeting", "the May 3 Cabinet session" (capitalised words only: "the June 5 trade
# talks" is left to the noun after the date)
_NAMED_EVENT = re.compile(r"\s+(?:[A-Z][\w\-]*\s+){1,4}([a-z]+)\b")
# where something took place: "at the", "during the" (not what it was about: "his question
# about the May 29 Doe meeting with Roe")
_HELD_AT = re.compile(r"\b(?:at|during|in)\s+the\s+$", re.IGNORECASE)
# words that join, not name: the function words below and the prepositions they lack
_NOT_A_MODIFIER = {"upon", "into", "about", "during", "under", "over", "between", "against",
                   "through", "near", "without", "regarding", "concerning", "respecting", "re",
                   "following", "after", "before"}
# a paper named by its date after it: "the two letters of July 1958", "his note dated May 3"
# (or the second of two: "the letters of July and November 1958")
_OF_THING = re.compile(r"\b(?i:(" + _THING.pattern + r"))\s+(?:of|dated)\s+(?:the\s+)?(?:[A-Z][a-z]+"
                       r"\.?(?:\s+\d{1,2})?,?(?:\s+\d{4})?\s+(?:and|or|to|through)\s+)?$")
# a paper or act a participle's clause dates: "the statement made by President Doe on June 29",
# "the agreement signed in March" (its noun before the participle, no verb's auxiliary)
_MADE_BY = re.compile(r"\b(?!(?:was|were|is|are|be|been|being|had|has|have|he|she|it|they|"
                      r"we|i|who|which|that)\s)(?P<noun>[a-z][a-z\-]+)\s+(?:made|reached|signed|held|"
                      r"taken|concluded|adopted|issued|delivered|sent|written|published|"
                      r"submitted|presented|approved|drafted|announced|given|proposed|"
                      r"transmitted|enclosed|initialed|initialled)\s+(?:by\s+(?:the\s+)?"
                      r"(?:[A-Z][\w.’'\-]*\s+){1,4})?(?:(?:on|in|of|at|during)\s+)?"
                      r"(?:the\s+)?$")
# "in" before a paper's date: the word before it tells whose phrase it is ("said in his June 4
# statement": the cue's; "the suggestion in the June 4 notes": the noun's)
_IN_PAPER = re.compile(r"(?:^|(?<=[\s(,;:—]))(?:(?P<word>[A-Za-z’']+)(?P<sep>[\s,]+))?(?:[Ii]n|[Aa]t|"
                       r"[Tt]hrough)\s+(?:(?:his|her|its|their|the|a|an|this|that|our|my|your|"
                       r"[A-Z][\w’']*[’']s)\s+)?(?:[\w\-]+\s+){0,2}$")
_OWN_PAPER = re.compile(r"\b(?:[Ii]n|[Tt]hrough)\s+(?:his|her|its|their)\s")
# a paper that opens its sentence, the subject of the cue after it: "A statement issued by Doe
# on May 3 charged that", "His June 4 memorandum proposed"
_OPENS_NP = re.compile(r"(?:^|(?<=[.!?;:]\s)|(?<=\n))\s*(?:(?:A|An|The|His|Her|Their|Its|Our|My|"
                       r"This|That)\s+|[A-Z][\w’'\-]*[’']s\s+)(?:[\w\-]+\s+){0,2}$")
# the paper holds the words: "a note dated May 3, 1993, in which the premier told"
_IN_WHICH = re.compile(r"[\s,]+(?:in|by|with)\s+which\b")
_NOT_A_NOUN = {"and", "but", "then", "also", "was", "were", "is", "are", "had", "has", "have",
               "it", "he", "she", "they", "we", "i", "that", "as", "only", "even", "first",
               "again", "said", "told", "wrote", "says", "writes", "gave", "made", "spoke"}
# a sentence (or clause after a semicolon) opening in a talk: "In an interview with Doe held"
_IN_EVENT = re.compile(r"\s*[“\"]?(?:[Ii]n|[Aa]t|[Dd]uring)\s+(?:(?:an?|the|his|her|their|its|"
                       r"this|that|one|[\w\-]+)\s+){0,3}?" + EVENT.pattern + r"[^.;,]*$",
                       re.IGNORECASE)
_FUNCTION_WORDS = {"and", "or", "to", "in", "at", "on", "of", "for", "by", "with", "from", "as",
                   "when", "that", "which", "who", "but", "while", "after", "before", "until",
                   "he", "she", "it", "they", "we", "i", "was", "were", "is", "had", "has",
                   "said", "told", "the", "a", "an", "his", "her", "their", "this"}
# ", who became prime minister in 1978," dates the person, not what is said
_ASIDE_CLAUSE = re.compile(r",\s+(?:who|which|whose|when|where)\b[^,;]*(?:,|$)")
# the reported words begin after the cue's own phrase ("recalled in an interview on Monday
# that ...", "called on the Minister on May 3 to ...")
_WORDS_BEGIN = re.compile(r"\bthat\b|\bto\s+(?!(?:him|her|them|me|us|the|a|an)\b)[a-z]+|[:“\"]")
# today's day is a journey's, not the talk's: "with Doe Saturday eve prior his departure north
# this morning"
_OF_A_JOURNEY = re.compile(r"\b(?:departure|arrival|return|departed|arrived|returned|flew|"
                           r"flight)\b[^.;,]{0,40}$")
# the one or two words after a date, which may name the event it dates ("press conference")
_NEXT_WORDS = re.compile(r"(?:\s+[a-z]+\b){1,2}")
# a clause's verb or subject in a cue's phrase: "said in 1954 the Board had assured ..."
_CLAUSE_IN_PHRASE = re.compile(r"\b(?:he|she|they|we|I|it|there|had|has|have|was|were|is|are|"
                               r"would|will|could|should|might|must|did|does|\w+ed)\b")
_PREPOSITION = re.compile(r"\s*(?:in|at|on|during|over|after|before|by|to|with|from|"
                          r"again|later|also|then|privately|publicly)\b", re.IGNORECASE)
# a remark retold in the pluperfect: "had told him", "had said"
_RETOLD = re.compile(r"\bhad\s+(?:\w+ly\s+)?$")
# a cue in the present perfect: words said before, on no day the text gives ("Both Dayan and
# Eshkol have said that ...", "As he has said publicly, ..."); not the writer's "I have
# requested an appointment", an act of the day the record is written
_PERFECT = re.compile(r"(?<!\bI )(?<!\bwe )(?<!\bWe )\b(?:has|have)\s+(?:\w+ly\s+)?$")
# words said on many occasions ("as he has often said", "said on several occasions that"): no
# one day, and least of all the day of the text that recalls them.  Not "several times" or
# "repeatedly": in a record of a talk those are said in that talk
_OCCASIONS = r"\bon\s+(?:many|several|numerous|countless|various)\s+occasions"
_HABITUAL = re.compile(_OCCASIONS + r"\b|\b(?:often|frequently|always|constantly|invariably|"
                       r"habitually|time\s+and\s+(?:again|time))\b", re.IGNORECASE)
# the occasions closing an object a cue reports: "suggested lunch on several occasions"
_OCCASIONS_CLOSING = re.compile(_OCCASIONS + r"\W*\Z")
_THAT_BETWEEN = re.compile(r"\bthat\b")
# characters after a cue that follows the words ("“...,” he often said") searched for it
_HABITUAL_REACH = 30
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WEEKDAY = re.compile(r"\b(?:on\s+|last\s+)?(" + "|".join(w.capitalize() for w in _WEEKDAYS) +
                      r")(?:['’]s)?\b")
_THIS_WEEK = re.compile(r"\b(?:this|last)\s+week\b")
# a bare day of the month in telegraphese, the time of a talk: "I called on Doe 27th", "Roe
# called urgently ninth to discuss", "saw him on the 14th" (not "first"/"second": adverbs)
_ORDINAL_WORDS = {w: n for n, w in enumerate(
    ["third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
     "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
     "eighteenth", "nineteenth", "twentieth"], start=3)} | {
    f"twenty-{w}": 20 + n for n, w in enumerate(
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"],
        start=1)} | {"thirtieth": 30, "thirty-first": 31}
# (the look-ahead for a digit or an ordinal's first letter halves the scan of every record)
_BARE_DAY = re.compile(r"(?<![\w\-])(?=[\d" + "".join(sorted({w[0] for w in _ORDINAL_WORDS})) +
                       r"])(?:(?P<digits>[12]?\d|3[01])(?:st|nd|rd|th)|(?P<word>" +
                       "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True)) +
                       r"))(?![\w\-])", re.IGNORECASE)
# before it: a word that goes on with the talk ("Ely 27th", "urgently ninth", "on the 14th"),
# never a determiner, a span's or deadline's preposition or a paper ("his 9th", "by 10th",
# "until the 14th", "telegram of 12th")
_BARE_DAY_LEAD = re.compile(r"\b(?P<word>[A-Za-z][\w.’'\-]*)\s+(?:(?:on\s+)?the\s+|on\s+)?\Z")
_BARE_DAY_NOT_AFTER = {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this",
                       "that", "every", "each", "of", "by", "until", "till", "since", "from",
                       "through", "to", "before", "after", "between", "and", "or", "than",
                       "telegram", "tel", "deptel", "embtel", "reftel", "cable", "letter",
                       "message", "note", "memo", "memorandum", "report", "airgram", "despatch"}
# after it: the clause ends or goes on, never a noun ("27th Division", "38th parallel", "the
# 10th anniversary", "ninth round of talks")
_BARE_DAY_END = re.compile(r"\s*(?:[.,;:)\u2013\u2014]|\Z)|\s+(?:to\s+[a-z]+|and|but|when|at|"
                           r"in|with|during|for|about|I|he|she|we|they|that)\b"
                           # or telegraphese goes on with the talk's verb ("with Doe 22nd
                           # expressed conviction"): a lower-case past tense
                           r"|\s+(?-i:[a-z]+ed|said|told|saw|met|gave|made)\b", re.IGNORECASE)
# the sentence tells of a talk with someone before the day: a call, a meeting, a word said
# (not a trip: "visited the provinces 8th" is no talk the cable reports)
_BARE_DAY_ACT = re.compile(r"\b(?:called|calls?|met|meet|meeting|saw|seen|spent|received|receive|"
                           r"talk|talks|talked|conversation|conversations|discuss|discussed|"
                           r"discussion|discussions|audience|lunch|luncheon|dinner|interview|"
                           r"telephoned|phoned|invited|told|said|replied|informed)\b",
                           re.IGNORECASE)
# several days ("in conversations 26th and 28th"): none of them is the day of one talk
_BARE_DAY_LIST = re.compile(r"\s*(?:,|and|or|to|through|[-–])\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b",
                            re.IGNORECASE)
# ... and not of one to come ("will see him 20th")
_BARE_DAY_AHEAD = re.compile(r"\b(?:will|shall|would|plans?|expects?|scheduled|intends?|"
                             r"tomorrow|next|is\s+to|are\s+to)\b", re.IGNORECASE)
# a dated heading: only a date, with its weekday and hour ("Tuesday, April 22, 1958—10 a.m.")
# a heading that names a session before its date: "Discussion of Refugee Question—Afternoon",
# "Second Meeting, Morning," (lower-cased, the date cut off)
_SESSION_HEADING = re.compile(r"[^.;:]*\b(?:discussion|meeting|session|conversation|talk|"
                              r"conference|luncheon|dinner|consultation)s?\b[^.;:]*[—–,\-]\s*"
                              r"(?:(?:morning|afternoon|evening|night)\b)?[\s,]*(?:(?:monday|"
                              r"tuesday|wednesday|thursday|friday|saturday|sunday)\b)?")
_HEADING_REST = re.compile(r"[\s,.;:—–\-]*(?:(?:\d{4}\s?Z|\d{1,2}(?::\d\d)?|noon|midnight)\s*"
                           r"(?:[ap]\.\s?m\.|[ap]m\b)?[\s,.;:—–\-]*)?(?:\([^)]{0,30}\))?\s*$",
                           re.IGNORECASE)
# a short opening before a framing date: "On", "Later on", "At noon on", "Early in"
_FRAME_OPENING = re.compile(r"(?:(?:[A-Z][a-z]*|a|an|as|on|in|at|of|by|during|after|before|early|"
                            r"late|later|then|and|but|also|again|the|that|noon|midnight|"
                            r"\d{1,2}(?::\d\d)?|[ap]\.m\.)[\s,]*){0,5}")


def _span(block) -> tuple[int, int]:
    return block.span.start, block.span.end


def _in_closed_parenthesis(text: str, start: int, pos: int, limit: int) -> bool:
    """A date inside a parenthesis closed before the cue ("(Telegram 1436, May 8) The Embassy
    advised ...") is a citation of what came before, not the time of this statement."""
    opened = text.rfind("(", start, pos)
    return opened >= 0 and text.rfind(")", opened, pos) < 0 and 0 <= text.find(")", pos, limit)


def names_thing(text: str, d: DateMention) -> bool:
    """A date that names a thing or numbers a document is no event of its sentence: "the 1960
    Constitution", "its 1954 agreement", "the French January 7 proposal", "the statement made
    by Doe on June 29", "his letters of May 1958", "FY 1981", "Deptel 1961", "since 1954" (an
    event noun after it is an event: "the June 5 meeting"; so is a paper or talk the cue's
    phrase is in: "In a June 4 memorandum, Doe proposed", "In an interview held May 4, Doe
    said")."""
    after = _NOUN_AFTER.match(text, d.char_end)
    if after and not _THING.fullmatch(after.group(1)):  # "August 2 inspection zone proposals"
        soon = _THING_SOON.match(text, d.char_end)
        if soon and not any(w.lower() in _FUNCTION_WORDS or w.lower() in _NOT_A_MODIFIER
                            for w in text[d.char_end:soon.start(1)].split()):
            after = soon
    noun = after.group(1) if after else ""
    named = _NAMED_EVENT.match(text, d.char_end)
    if (d.precision == "day" and named and EVENT.fullmatch(named.group(1))
            and _HELD_AT.search(text, max(0, d.char_start - 12), d.char_start)):
        return False  # the day of a meeting held, named by the body that met
    if aside_date(text, d) and not _framed_paper(text, d.char_start, noun):
        return True
    before = text[max(0, d.char_start - 24):d.char_start]
    if (_NUMBERED.search(before) or _RELATIVE_TO.search(before) or _CABLE_OF.search(before)
            or _SPAN_END.search(before) or _NUMBER_OF.search(before)):
        return True
    if _named_after_noun(text, d) and not _IN_WHICH.match(text, d.char_end):
        return True
    if not noun or noun.lower() in _FUNCTION_WORDS or EVENT.fullmatch(noun):
        return False
    # telegraphese drops the article: "shortcomings French January 7 proposal"
    if not (_DETERMINER.search(before) or _THING.fullmatch(noun)):
        return False
    return not (_framed_paper(text, d.char_start, noun)
                or _IN_WHICH.match(text, after.end()) and _WRITING.fullmatch(noun))


def _dates_paper(text: str, d: DateMention) -> bool:
    """A date right before the paper it names ("the May 7 proposal"), whatever precedes it."""
    after = _NOUN_AFTER.match(text, d.char_end)
    return bool(after and _THING.fullmatch(after.group(1)) and names_thing(text, d))


def _named_after_noun(text: str, d: DateMention) -> bool:
    """A date after the paper or act it names: "his letters of May 1958", "the statement made
    by Doe on June 29" (not "In a letter of May 3, Doe said", "the talks held on May 3")."""
    named = _OF_THING.search(text, max(0, d.char_start - 60), d.char_start)
    if named and not _framed_paper(text, named.start(), named.group(1)):
        return True
    made = _MADE_BY.search(text, max(0, d.char_start - 80), d.char_start)
    return bool(made) and not (EVENT.fullmatch(made.group("noun"))
                               or _framed_paper(text, made.start(), made.group("noun"))
                               or _framed_event(text, d))


def _framed_paper(text: str, at: int, noun: str) -> bool:
    """A paper the cue's phrase is in ("In a June 4 memorandum, Doe proposed", "Doe said in
    his June 4 statement", "A statement issued by Doe on May 3 charged"), not one a noun's
    phrase names ("the suggestion in the June 4 notes")."""
    if not (_WRITING.fullmatch(noun) or _THING.fullmatch(noun)):
        return False
    if _WRITING.fullmatch(noun) and _OPENS_NP.search(text, max(0, at - 60), at):
        return True
    m = _IN_PAPER.search(text, max(0, at - 60), at)
    if m is None:
        return False
    word = m.group("word")  # after a comma: a clause's opening ("Moreover, in his")
    return (not word or "," in m.group("sep") or word.lower() in _NOT_A_NOUN
            or word.lower() in CUES or bool(re.fullmatch(r"\w+(?:ed|ly)", word))
            # the subject's own paper: "The President in his May 3 Report ... said"
            or word[:1].isupper() and bool(_OWN_PAPER.search(m.group())))


def _framed_event(text: str, d: DateMention) -> bool:
    """A talk the statement's sentence opens in, dated by a clause of its own: "In an
    interview with a historian held May 4, Doe said", "At the meeting held on March 3"."""
    start = max(0, d.char_start - 120)
    cut = max(text.rfind(c, start, d.char_start) for c in ".;:\n")
    return bool(_IN_EVENT.match(text, max(start, cut + 1), d.char_start))


def _iso(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None


def _weekday_before(anchor: str | None, name: str) -> str | None:
    """The latest such weekday on or before the text's date ("on Monday" in a report)."""
    day = _iso(anchor or "")
    if day is None:
        return None
    back = (day.weekday() - _WEEKDAYS.index(name.lower())) % 7
    return (day - timedelta(days=back)).isoformat()


def _day_of_month_before(anchor: str | None, day: int) -> str | None:
    """The day of the month ``day`` on or before the text's date: its own month when the day
    has come, else the month before ("27th" in a cable of April 2 is March 27)."""
    known = _iso(anchor or "")
    if known is None:
        return None
    year, month = known.year, known.month
    if day > known.day:
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    try:
        return date(year, month, day).isoformat()
    except ValueError:  # "31st" of a month of 30 days
        return None


class _Citation:
    """Where the citation parenthesis after a sentence runs: "(Telegram 274 from X, July 22;"."""

    OPEN = re.compile(r"\((?:Circular\s+)?(?:telegram|memorandum|letter|airgram|despatch|"
                      r"message|cable|note|memo)s?\b[^();]{0,120}", re.IGNORECASE)

    INLINE = re.compile(r"\b(?:in|by)\s+(?:circular\s+)?(?:telegram|memorandum|letter|airgram|"
                        r"message|cable)\b[^.;()]{0,80}", re.IGNORECASE)

    def compile_at(self, text: str, pos: int, sent_end: int) -> tuple[int, int] | None:
        inline = self.INLINE.search(text, pos, sent_end)  # "..., the Embassy reported in
        if inline:                                        # telegram 274, July 22."
            return inline.start(), inline.end()
        # the parenthesis ends the statement's sentence or directly follows it
        window_end = min(len(text), sent_end + _CITATION_REACH)
        close = text.rfind("(", pos, window_end)
        if close < 0 or "\n" in text[sent_end:close]:
            return None
        between = text[pos:close]
        if re.search(r"[.!?][”\"’']?\s+[A-Z]", between):  # another sentence in between
            return None
        m = self.OPEN.match(text, close)
        return (m.start(), m.end()) if m else None

    def next_in(self, text: str, pos: int, end: int) -> tuple[int, int] | None:
        """The first citation parenthesis in [pos, end): the source of the words before it."""
        i = text.find("(", pos, end)
        while i >= 0:
            m = self.OPEN.match(text, i)
            if m:
                return m.start(), m.end()
            i = text.find("(", i + 1, end)
        return None


_CITATION = _Citation()


# what may follow the date of a record's dateline: its hour ("7:30 p.m.", "11 a.m – noon")
_DATELINE_REST = re.compile(r"(?:[\s,.;:—–\-]|\d{1,4}|[ap]\.?\s?m\.?|noon|midnight|Z)*$",
                            re.IGNORECASE)
# a dateline's place before its date ("Washington, "), and a file code before that ("US/MC/7
# Paris, ") in a memorandum's own dateline
# (no reference's number: "Legdes 57, August 17, 1956" under "REF" is no dateline)
_PLACE = r"(?:[A-Z][\w .’'\-]{0,39}[^\W\d]\s*,\s*)?"
_RECORD_TITLE = (r"(?:(?:Memorandum|Minutes|Record|Notes|Summary)\s+of\s+(?:a\s+|the\s+)?"
                 r"(?:[\w\-]+\s+){0,2}(?:Conversation|Meeting|Discussion|Talk)s?\s*,\s*)")
# a record's subject line, or the label above it
_SUBJECT = re.compile(r"(?:SUBJECT|Subject)\b\s*:?")
_DATELINE_HEAD = re.compile(rf"\s*(?:[A-Z][\w/.\-]*\s+)?{_PLACE}")
# blocks from the record's start within which a memorandum's own dateline stands
_RECORD_HEAD_BLOCKS = 10


def subject_line(text: str, layout: Layout, para: int) -> bool:
    """A record's subject ("SUBJECT ¶ Riot at the Legation, May 4, 1961"): the day of what
    the talk was about, not of the talk, though it reads like a dateline."""
    head = text[slice(*_span(layout.blocks[para]))].lstrip()
    before = text[slice(*_span(layout.blocks[para - 1]))] if para else ""
    return bool(_SUBJECT.match(head) or _SUBJECT.fullmatch(before.strip()))


def subject_talk_day(text: str, dates: list[DateMention], layout: Layout) -> str | None:
    """The day of the talk a record's subject line names ("SUBJECT ¶ Meeting at Gia Long
    Palace, Saigon, Saturday, 20 October 1962"); None when the subject is no talk ("Riot at the
    Legation, May 4, 1961") or has no one day."""
    for block in layout.blocks[:_RECORD_HEAD_BLOCKS]:
        start, end = block.span.start, block.span.end
        if end - start > _SUBJECT_LENGTH or not subject_line(text, layout, block.index):
            continue
        days = [d for d in dates if start <= d.char_start < end and d.precision == "day"]
        if len(days) == 1 and any(not _PROCESS.fullmatch(m.group())
                                  for m in _TALK.finditer(text, start, end)):
            return days[0].value
    return None


def own_dateline(text: str, dates: list[DateMention], layout: Layout) -> str | None:
    """The day of a memorandum's own dateline when the record has two: the heading's
    ("Paris, December 13–15, 1961", "New York, September 1962") and, before the talk, the
    memorandum's own ("US/MC/7 Paris, December 14, 1961, 7:30 p.m."), which is the day the
    conversation took place.  None when the record has one dateline."""
    found = []
    for block in layout.blocks[:_RECORD_HEAD_BLOCKS]:
        span = block.span
        if span.end - span.start > _HEADING_LENGTH or subject_line(text, layout, block.index):
            continue
        inside = [d for d in dates if span.start <= d.char_start < span.end]
        # a place before the date: a bare date is a conference's series heading ("NATO
        # MINISTERIAL MEETING ¶ APRIL 2–4, 1959"), not where and when the record was made
        if len(inside) == 1 and _DATELINE_HEAD.fullmatch(text, span.start, inside[0].char_start) \
                and _DATELINE_REST.match(text, inside[0].char_end, span.end) \
                and "," in text[span.start:inside[0].char_start]:
            found.append(inside[0])
    # the heading's is a span of days and may come first or second ("New York, September
    # 19–24, 1960" under the memorandum's own "New York, September 23, 1960, 4 p.m.")
    days = [d for d in found if d.precision == "day" and not _DAY_RANGE.match(
        text, d.char_start, d.char_end + 8)]
    if len(found) >= 2 and days and len(days) < len(found):
        return days[-1].value
    if len(found) >= 2 and found[-1].precision == "day":
        return found[-1].value
    return _undated_subtitle_day(text, dates, layout)


# an undated record's dateline ("Washington, undated."), and the subtitle under it that names
# the talk and its day ("(Mr. Doe's Briefing of Ambassador Roe, June 11, 1959)")
_UNDATED = re.compile(r"[^.\n]{0,60},\s*undated\.?\s*")
_TALK_SUBTITLE = re.compile(r"\((?=[^)]*\b(?:[Bb]riefing|[Cc]onversation|[Mm]eeting|[Tt]alks?|"
                            r"[Dd]iscussion|[Ii]nterview|[Ll]uncheon|[Dd]inner|[Cc]all)\b)[^)]*\)\s*")


def _undated_subtitle_day(text: str, dates: list[DateMention], layout: Layout) -> str | None:
    """The day an undated record's parenthesised subtitle gives its talk, right under the
    dateline; None for any other record."""
    heads = layout.blocks[:_RECORD_HEAD_BLOCKS]
    for block, after in pairwise(heads):
        if not _UNDATED.fullmatch(text, block.span.start, block.span.end):
            continue
        span = after.span
        inside = [d for d in dates if span.start <= d.char_start < span.end]
        if (_TALK_SUBTITLE.fullmatch(text, span.start, span.end) and len(inside) == 1
                and inside[0].precision == "day"):
            return inside[0].value
        return None
    return None


def opening_talk_day(text: str, dates: list[DateMention], layout: Layout,
                     turns: Spans | None = None) -> str | None:
    """The day of the talk the first sentence of a record's body tells of, before its
    dateline's: a memorandum dated the 23rd that opens "Seated next to each other at dinner
    last night, we ..." records a talk of the 22nd; one dated August 8 that opens "Mr. Doe
    called me on the afternoon of August 3" a talk of the 3rd.  A body that opens with a
    speaker's turn (``turns``: their paragraphs) tells of no talk: its "yesterday" is in
    the speaker's words."""
    blocks = layout.blocks
    for i, block in enumerate(blocks[:_DATELINE_BLOCKS]):
        start, end = block.span.start, block.span.end
        dateline = [d for d in dates if start <= d.char_start < end and d.precision == "day"]
        if end - start > _HEADING_LENGTH or not dateline:
            continue
        # the body's first paragraph, after a classification, a reference line ("Secret",
        # "SecDel/MC/12"), the participants and the subject
        body = next((b for b in blocks[i + 1:i + _HEAD_LINES]
                     if b.span.end - b.span.start > _HEADING_LENGTH), None)
        if body is None or not body.sentences or turns and turns.hold(body.span.start):
            return None
        first = body.sentences[0]
        said = [d for d in dates if first.start <= d.char_start < first.end]
        # "Doe reported briefly on his meeting yesterday with Roe": a talk told of
        if said and _SPOKEN_OF.search(text, first.start, said[0].char_start):
            return None
        if len(said) == 1 and _TALK.search(text, first.start, first.end) and (
                said[0].rule == "yesterday" or _shortly_before(text, said[0], dateline[0])
                and _TALK_ON.search(text, first.start, said[0].char_start)):
            return said[0].value
        return None
    return None


# a talk an opening names as not the one its record reports
_ANOTHER_TALK = re.compile(r"\b(?:another|an\s+earlier|a\s+previous|a\s+separate|an\s+unrelated)"
                           r"\s+(?:\w+\s+)?(?:conversation|talk|meeting|call|discussion)\b",
                           re.IGNORECASE)
# a clause between a subject and a day, whose day it is: "a proposal he alleged had been made"
_CLAUSE_BETWEEN = re.compile(r"\b(?:he|she|they|it|we|I|which|who|whom|that|had|been)\b")
# what may stand before a sentence's subject: "The", a title ("Secretary of State Dulles")
_SUBJECT_OPENS = re.compile(r"\s*(?:(?:[Tt]he|[A-Z][\w.\-]*|of)\s+){0,5}")
# a visit or call right before its day: "called me on the afternoon of", "saw him on"
_TALK_ON = re.compile(r"\b(?:called|saw|met|visited|telephoned|phoned|received)\s+(?:on\s+)?"
                      r"(?:me|us|him|her|them|[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,2})?\s*"
                      r"(?:at\s+\S+\s+)?on\s+(?:the\s+(?:morning|afternoon|evening)\s+of\s+)?\Z"
                      # "In an informal conversation held on September 20, 1949 with ..."
                      r"|\b(?:conversation|meeting|talk|discussion|interview|call)\s+(?:held\s+)?"
                      r"on\s+\Z")
_HEAD_LINES = 16  # lines of a record's head after its dateline, its participants among them
# a cable's routing line: short, no sentence's end ("AMEMBASSY TEHRAN", "SUBJECT:")
_ROUTING_LINE = re.compile(r"[^\n]{0,200}(?<![.!?])[”\"’']?\s*", re.DOTALL)
# a cable's routing lines after its dateline: the teletype head of a telegram sent to several
# posts runs to 25 ("ORIGIN", "INFO", "DRAFTED BY", "APPROVED BY", one line per addressee)
_ROUTING_LINES = 40
_LABEL_WORDS = 3  # words of a label line in a record's head ("Department of State")
_OPENING_REACH = 31  # days a record may be written after the talk its opening dates
# today's noon, which the dates do not read: "meeting with Doe this noon"
_THIS_NOON = re.compile(r"\bthis\s+(?:noon|forenoon)\b", re.IGNORECASE)
# a date standing beside another, the same day told twice: "tonight April 24th", "today (May 3)"
_BESIDE = re.compile(r"[\s,()]*(?:of\s+)?")
_YEARLESS = {"month_day", "day_month"}  # dates whose year the reading supplied
_HALF_YEAR = 183


def _shortly_before(text: str, said: DateMention, dateline: DateMention) -> bool:
    """A day named for itself (not "the May 3 paper") in the month before the dateline's."""
    if said.precision != "day" or names_thing(text, said):
        return False
    try:
        gap = (date.fromisoformat(dateline.value) - date.fromisoformat(said.value)).days
    except ValueError:
        return False
    return 0 < gap <= _OPENING_REACH


# a paragraph introducing an excerpt of a recorded talk ("On May 3, 1971, Doe and Roe met in
# the Oval Office. The following is an excerpt ...", "The conversation took place on ...")
_EXCERPT = re.compile(r"\b(?:conversation|conversations|recording|recorded|tape|taped|"
                      r"transcript|excerpt|telephone)\b", re.IGNORECASE)
_EXCERPT_BLOCKS = 8  # paragraphs before a turn searched for the one introducing it


# a sentence opening with the paper its words were written in, dated: "In his January 4
# briefing memorandum for the President, Doe noted ..."
_MEDIUM_BEFORE = re.compile(r"(?:^|[.\n]\s*)In\s+(?:his|her|their|a|an)\s+\Z")
_MEDIUM_AFTER = re.compile(r",?\s+(?:[\w\-]+\s+){0,2}(?:memorandum|memo|letter|report|cable|"
                           r"telegram|message|note|reply|response|statement|speech|testimony)"
                           r"(?:\s+(?:to|for)\s+[^.;:,“\"]{1,60})?,\s+(?:[\w.’'\-]+\s+){1,6}")
# characters before reported words within which their cue is looked for
_RETOLD_REACH = 80
# "As he had told the President, ...": said again now, the earlier telling only recalled
_AS_BEFORE = re.compile(r"\b[Aa]s\s+(?:\S+\s+){1,3}had\s+(?:\w+ly\s+)?$")
# "had told them that", "had warned Doe that": the earlier telling had a listener of its own.
# Without one ("He had indicated that ...") a record of a conversation may be telling of the
# talk itself, in its past, and the talk's day stays
_TOLD_SOMEONE = re.compile(r"\s+(?:to\s+)?(?:him|her|them|me|us|(?:the\s+)?[A-Z][\w’'\-]+)\b"
                           # or in a paper: "had suggested in a cable to the Department that"
                           r"|\s+in\s+(?:a|an|his|her|their|its|the)\s+(?:\w+\s+)?(?:cable|"
                           r"telegram|letter|message|memorandum|note|report|despatch|dispatch)\b")
# "As for the harbour, he would ...": the talk turns to another matter, said now
# the occasion a pluperfect cue names: "had said in his speech yesterday that ..."
_ON_OCCASION = re.compile(r"\s+(?:in|at|during)\s+(?:his|her|their|its|a|an|the)\s+(?:\w+\s+)?"
                          r"(?:speech|statement|letter|message|interview|press\s+conference|"
                          r"broadcast|address|remarks)\b")
_TOPIC_TURN = re.compile(r"(?:As\s+(?:for|to|regards)|With\s+(?:regard|respect)\s+to|"
                         r"Turning\s+to|On\s+the\s+(?:question|matter|subject)\s+of)\b")


def retold_spans(text: str, statements: Iterable[Statement]) -> set[tuple[int, int]]:
    """Spans of reported speech retold in the pluperfect to a listener ("He had told them that
    X") or in the present perfect ("Doe has said that X"), and of the sentences that go on
    with it: words of an earlier occasion, which a record of a conversation does not date by
    its talk (``SaidOn`` gives them only a date of their own)."""
    out: set[tuple[int, int]] = set()
    last = None  # (speaker, cue) of the retold words a continuation may go on with
    for s in sorted(statements, key=lambda s: (s.char_start, s.char_end)):
        if s.kind != "indirect" or not s.cue:
            continue
        if s.rule.endswith("continuation"):
            if last == (s.speaker_key, s.cue) and not _TOPIC_TURN.match(s.text):
                out.add((s.char_start, s.char_end))
            else:
                last = None
            continue
        lead, cue = _cue_before_words(text, s)
        retold = bool(cue and not re.search(r"[.;:!?]", lead[cue.end():]) and (
            _RETOLD.search(lead, 0, cue.start()) and not _AS_BEFORE.search(lead, 0, cue.start())
            and (_TOLD_SOMEONE.match(lead, cue.end()) or _ON_OCCASION.match(lead, cue.end()))
            # "de Gaulle has said that ...": said before the talk, on no day it gives
            or _PERFECT.search(lead, 0, cue.start())
            # "had stated on several occasions that ...": on many days, none of them the talk
            or _HABITUAL.search(lead, cue.start())))
        last = (s.speaker_key, s.cue) if retold else None
        if retold:
            out.add((s.char_start, s.char_end))
    return out


def told_before(text: str, s: Statement) -> bool:
    """Whether a statement's cue says its words were said before the occasion the text
    records: in the pluperfect or present perfect ("He had told them that", "Doe has said
    that"), or on many occasions ("as he has often said")."""
    lead, cue = _cue_before_words(text, s)
    if cue is None:
        return False
    before = lead[:cue.start()]
    return bool(_RETOLD.search(before) or _PERFECT.search(before) or _HABITUAL.search(lead))


def _cue_before_words(text: str, s: Statement) -> tuple[str, re.Match | None]:
    """The text just before a statement's words, and its cue's last occurrence there."""
    lead = text[max(0, s.char_start - _RETOLD_REACH):s.char_start]
    found = list(re.finditer(rf"\b{re.escape(s.cue)}\b", lead)) if s.cue else []
    return lead, (found[-1] if found else None)


def excerpt_day(text: str, dates: list[DateMention], layout: Layout, pos: int) -> str | None:
    """The day of the talk an editor's note quotes in turns ("Doe: ..."): the first day the
    nearest paragraph before ``pos`` gives, if it tells of a talk or a recording of one."""
    para = bisect.bisect_right([b.span.start for b in layout.blocks], pos) - 1
    for block in reversed(layout.blocks[max(0, para - _EXCERPT_BLOCKS):max(0, para)]):
        start, end = block.span.start, block.span.end
        days = [d for d in dates if start <= d.char_start < end and d.precision == "day"
                and not names_thing(text, d)]
        if days and (_TALK.search(text, start, end) or _EXCERPT.search(text, start, end)):
            return days[0].value
    return None


class SaidOn:
    def __init__(self, text: str, people: list[LocalPerson], mentions: list[PersonMention],
                 dates: list[DateMention], published_on: str | None, layout: Layout,
                 meetings: list[ReportedMeeting]):
        self.text = text
        self.roles = {p.key: p.role or "" for p in people}
        self.dates = sorted(dates, key=lambda d: d.char_start)
        self.date_starts = [d.char_start for d in self.dates]
        self.published_on = published_on
        self.layout = layout
        if any(self._dateline(b.index) for b in layout.blocks[:_DATELINE_BLOCKS]):
            self.dates = sorted([*self.dates, *self._bare_days()], key=lambda d: d.char_start)
            self.date_starts = [d.char_start for d in self.dates]
        # a meeting yet to come ("when he visits the capital next week") dates no words, nor
        # one told of in someone's words ("Doe said the 1953 visit had failed"), nor a date
        # that names a paper ("could meet their wish to use the May 7 proposal")
        self.meetings = [m for m in meetings if not self._ahead(m.date)
                         and m.date.rule != "year_range"  # "my 1953-55 acquaintance with Doe"
                         and not _dates_paper(text, m.date)
                         and not self._told_of(m.start, m.date.char_start)
                         and not _SPAN_END.search(text, max(0, m.date.char_start - 24),
                                                  m.date.char_start)]  # a period's end
        self.mention_starts = sorted(m.char_start for m in mentions)
        self.named: dict[str, list[int]] = {}  # each person's mentions, where they start
        for m in sorted(mentions, key=lambda m: m.char_start):
            self.named.setdefault(m.person_key, []).append(m.char_start)
        # each speaker's meetings (indices, in order), so a statement looks only at those
        self.meetings_of: dict[str, list[int]] = {}
        for i, e in enumerate(self.meetings):
            for key in e.participants:
                self.meetings_of.setdefault(key, []).append(i)
        self.block_starts = [b.span.start for b in layout.blocks]
        self.sections = self._sections()  # (paragraph index, date) of dated headings
        self.opening = self._opening()  # (offset, value) of a record's reported talk
        # each speaker's statements dated by their own sentence: cue offset -> (paragraph,
        # date); a text's statements are asked for in text order, so the earlier are known
        self.dated: dict[str, dict[int, tuple[int, str]]] = {}
        self.days: list[tuple[int, str]] = []  # (cue, day) of the statements dated so far
        self.said: list[tuple[int, int]] = []  # where the words of those statements stand

    def anew(self) -> SaidOn:
        """A copy that has dated no statement yet: what the text holds is computed once, for
        every reading of it (``for_statement`` only adds to ``dated``, ``days`` and ``said``)."""
        fresh = copy.copy(self)
        fresh.dated, fresh.days, fresh.said = {}, [], []
        return fresh

    # ----------------------------------------------------------------------------------------
    # one statement

    def for_statement(self, speaker, cue_pos: int, content_start: int, cue: str | None,
                      content_end: int | None = None) -> str | None:
        value = self._for_statement(speaker, cue_pos, content_start, cue, content_end)
        if value and len(value) == 10:
            self.days.append((cue_pos, value))
        if content_end is not None:
            self.said.append((content_start, content_end))
        return value

    def _in_words_said(self, d: DateMention) -> bool:
        """Whether a date stands in the words of a statement read before ("In 1960 we were
        unprepared," Doe replied): what was spoken of, no frame for the words after it."""
        return any(a <= d.char_start < b for a, b in self.said[-_SAID_LOOKBACK:])

    def _for_statement(self, speaker, cue_pos: int, content_start: int, cue: str | None,
                       content_end: int | None = None) -> str | None:
        located = self.layout.sentence_at(min(cue_pos, content_start))
        if located is None:
            return None
        if self._of_this_text(cue_pos, content_start):
            return self.published_on
        para, sent = located
        mine, earlier = self._quoted_sentence(para, sent, min(cue_pos, content_start))
        words = self._words(cue_pos, content_start, content_end, mine.end)
        retold = (bool(_RETOLD.search(self.text, sent.start, cue_pos)
                       or _PERFECT.search(self.text, sent.start, cue_pos))
                  or self._habitual(sent, cue_pos, content_start, content_end))
        own = self._own(mine, cue_pos, words, retold)
        if own is None and not retold:  # "“As early as 1957, ... Specifically he said: ..."
            own = self._quoted_frame(earlier)
        # words of an earlier call the opening tells of ("called me last night saying he must
        # see me this morning") date none that follow: those are of the talk it reports; nor
        # do words of an aside in brackets ("(Today he said that ...)" in an account of Friday)
        para_start = self.layout.blocks[para].span.start
        aside = self.text.count("(", para_start, cue_pos) > self.text.count(")", para_start,
                                                                             cue_pos)
        if own and speaker.key and not aside and not (
                self.opening and sent.start == self.opening_sentence
                and own != self.opening[1]):
            self.dated.setdefault(speaker.key, {})[cue_pos] = (para, own)
        if own or retold:
            return own
        if _SAME_EVENT.search(self.text, sent.start, min(cue_pos, content_start) + 40):
            same = [v for pos, v in self.days if pos < cue_pos]
            if same:  # "insisted at the same meeting that": the day of the words before
                return same[-1]
        acted = self._acted_on(speaker.key, para, sent.start)
        if acted:  # "The President sent his budget to the Congress on January 19 ... . He
            return acted  # listed ..., noting that": that day, not of his words before
        earlier = self._dated_before(speaker.key, para, cue_pos, sent.start)
        if earlier:  # "Doe said on Monday that ... “...,” she said"
            finer = None if len(earlier) == len("YYYY-MM-DD") else (
                self._frame(para, sent.start)
                or self._frame_before(para, min(cue_pos, content_start)))
            # "... the following week, warning that ... . His cable of June 19 ...": the day
            return finer if finer and finer.startswith(earlier) else earlier
        cited = self._citation(max(cue_pos, content_start), sent.end, words)
        if cited:
            return self._value(cited)
        opened = bisect.bisect_right(self.block_starts, words[0]) - 1
        if opened > para:  # "... the President addressed the Assembly ...:" ¶ “...”: that day
            introduced = self._quoted_from(opened, words[1])
            if introduced:
                return introduced
        for found in (self._frame(para, sent.start), self._quoted_from(para, words[1]),
                      self._frame_before(para, min(cue_pos, content_start))):
            if found:
                return found
        if self._retold_talk(para, sent.start) and not self._commentator(speaker.key, cue,
                                                                          cue_pos):
            return None  # "Doe has seen the President twice last week. ... Roe added that"
        section = self._section(para)
        if section and not self._cable_opening(para, cue_pos):
            return section
        if speaker.key:
            meeting = self._meeting(speaker.key, para, cue_pos, here=True)
            if meeting:
                return meeting.date.value
        sent_to = self._sent_before(speaker.key, para, min(cue_pos, content_start))
        if sent_to:  # "The following day Doe sent Roe to the residence ... ¶ Roe said"
            return sent_to
        if self.opening and self.opening[0] <= cue_pos:
            return self.opening[1]
        if speaker.key:
            meeting = self._meeting(speaker.key, para, cue_pos)
            if meeting:
                return meeting.date.value
        quoted = self._quoted_from(para, words[1], late=True)
        if quoted:
            return quoted
        if self._commentator(speaker.key, cue, cue_pos):
            return self.published_on
        return None

    def _of_this_text(self, cue_pos: int, content_start: int) -> bool:
        """The writer's words of this very text, pointed to ("as I said above", "as I noted
        in the general section"): written the day the text was."""
        if content_start < cue_pos or not re.search(r"\b(?:I|we)\s+(?:\w+\s+)?\Z",
                                                     self.text[max(0, cue_pos - 20):cue_pos]):
            return False
        return bool(_THIS_TEXT.match(self.text, cue_pos, content_start + 40))

    def _quoted_sentence(self, para: int, sent: Span, pos: int) -> tuple[Span, list[Span]]:
        """The sentence ``pos`` is in and the sentences before it, inside a quotation: the
        layout reads a quoted paragraph (a record quoted at length) as one sentence, and its
        other sentences' dates are not those of a statement inside it."""
        quote = next((q for q in self.layout.blocks[para].quotes if q.start <= pos < q.end),
                     None)
        if quote is None:
            return sent, []
        inner = sentences(self.text, Span(max(sent.start, quote.start), min(sent.end, quote.end)))
        at = next((i for i, s in enumerate(inner) if s.start <= pos < s.end), None)
        return (sent, []) if at is None else (inner[at], inner[:at])

    def _quoted_frame(self, earlier: list[Span]) -> str | None:
        """The date that opens the latest of the quotation's sentences before the statement's
        ("“As early as 1957, when he returned, ... Specifically he said:")."""
        for sent in reversed(earlier):
            for d in self._dates_in(sent.start, sent.end):
                lead = self.text[sent.start:d.char_start]
                if self._in_words_said(d):  # "Beginning on March 10, there had occurred"
                    continue  # in the words of the one quoted: what he spoke of
                if not names_thing(self.text, d) and self._opens_with(lead.lstrip(" “\"‘'"), d):
                    return self._value(d)
        return None

    def _opens_with(self, lead: str, d: DateMention) -> bool:
        """Whether the words ``lead`` before ``d`` are a sentence's short opening that names no
        person ("On", "Later on", "As early as")."""
        j = bisect.bisect_left(self.mention_starts, d.char_start - len(lead))
        named = j < len(self.mention_starts) and self.mention_starts[j] < d.char_start
        return (len(lead.strip()) <= _FRAME_LEAD and not named
                and bool(_FRAME_OPENING.fullmatch(lead.strip())))

    def _habitual(self, sent, cue_pos: int, content_start: int,
                  content_end: int | None = None) -> bool:
        """The cue's frame says the words were said on many occasions: outside the words,
        before them ("I said many times that") or just after a cue that follows them, or
        closing an object the cue reports ("has suggested lunch on several occasions")."""
        if content_start > cue_pos:
            return bool(_HABITUAL.search(self.text, sent.start, content_start) or (
                content_end and not _THAT_BETWEEN.search(self.text, cue_pos, content_start)
                and _OCCASIONS_CLOSING.search(self.text, content_start, content_end)))
        return bool(_HABITUAL.search(self.text, cue_pos, min(sent.end,
                                                             cue_pos + _HABITUAL_REACH)))

    def _acted_on(self, key: str | None, para: int, sent_start: int) -> str | None:
        """In a report (not a dated record), the day of the latest earlier sentence of the
        paragraph that opens with the speaker as subject and names one day for what they did
        ("The President sent his budget request to the Congress on January 19, highlighting
        ...").  Not a day of a paper, of a thing to come or retold ("had seen Doe on May 1")."""
        if not key or self.dated_record:
            return None
        for sent in reversed(self.layout.blocks[para].sentences):
            if sent.start >= sent_start:
                continue
            opens = [at for at in self.named.get(key, ())
                     if _SUBJECT_OPENS.fullmatch(self.text, sent.start, at)]
            days = [d for d in self._dates_in(sent.start, sent.end) if opens
                    and d.char_start > opens[0] and d.precision == "day"
                    and not names_thing(self.text, d) and not self._ahead(d)
                    and not _HAD_BEEN.search(self.text, sent.start, d.char_start)
                    # the day of what a clause after the name tells of ("referred to a proposal
                    # he alleged had been made by Dean on October 30"), not the speaker's act
                    and not _CLAUSE_BETWEEN.search(self.text, opens[0], d.char_start)]
            if len(days) == 1:
                return self._value(days[0])
            if self._dates_in(sent.start, sent.end):
                return None  # the nearest dated sentence is another's: no frame of theirs
        return None

    def _dated_before(self, key: str | None, para: int, pos: int, sent_start: int
                      ) -> str | None:
        """The date of the speaker's latest earlier statement dated by its own sentence, in
        this paragraph or the one before (the same interview, the same speech), unless this
        paragraph opened with a date of its own ("... on April 27. ¶ On April 29, she wrote
        ... stating that ...")."""
        earlier = [c for c in self.dated.get(key or "", ()) if c < pos]
        if not earlier:
            return None
        where, value = self.dated[key][max(earlier)]
        if where == para or (where == para - 1 and not self._frame(para, sent_start)):
            return value
        return None

    def _words(self, cue_pos: int, start: int, end: int | None, sent_end: int
               ) -> tuple[int, int]:
        """Where the statement's own words run: from where they begin after the cue's phrase
        ("recalled in an interview on Monday that ..."), to their end (the sentence's end when
        the caller does not say)."""
        end = sent_end if end is None else end
        if start < cue_pos:  # the cue follows the words ("“...,” Doe said")
            return start, end
        if re.search(r"\bthat,?\s+\Z", self.text[max(0, start - 8):start]):
            return start, end  # "stated that in 1958 we ...": "that" opened the words
        told = self._told_on(start, end)
        if told is not None:  # "pointed out to Doe last night (...) that": the cue's day
            return told, end
        phrase = self.text[start:min(end, start + _CUE_PHRASE_REACH)]
        # the words start at the cue ("called on Roe on May 3 to ask ..."): the visit is the
        # cue's; else the cue's phrase is a preposition's ("in an interview on Monday that")
        if _TALK.match(phrase) if start == cue_pos else _PREPOSITION.match(phrase):
            m = _WORDS_BEGIN.search(phrase)
            # not past a clause: "said in 1954 the Board had assured Congress that ..." are
            # the words from "in" on, and their year is what they speak of
            if m and m.start() > 0 and (start == cue_pos or m.group() != "that"
                                        or not _CLAUSE_IN_PHRASE.search(phrase, 0, m.start())):
                start += m.end() if m.group() == "that" else m.start()
        return start, end

    def _told_on(self, start: int, end: int) -> int | None:
        """Where the words begin after a listener and the day he was told, when the cue's
        phrase is only those ("pointed out to Doe last night, ..."), else None."""
        m = _TO_LISTENER.match(self.text, start, end)
        found = self._dates_in(m.end(), m.end() + 1) if m else []
        return found[0].char_end if found else None

    def _inside(self, d: DateMention, words: tuple[int, int]) -> bool:
        return words[0] <= d.char_start < words[1]

    def _dates_in(self, start: int, end: int) -> list[DateMention]:
        return self.dates[bisect.bisect_left(self.date_starts, start):
                          bisect.bisect_left(self.date_starts, end)]

    def _own(self, sent, cue_pos: int, words: tuple[int, int], retold: bool) -> str | None:
        """A date of the statement's sentence outside its words: the cue's own first, else
        the latest before the cue (not for a retold remark: that is the retelling's)."""
        text = self.text
        asides = [m.span() for m in _ASIDE_CLAUSE.finditer(text, sent.start, sent.end)]

        def usable(d: DateMention) -> bool:
            before = max(sent.start, d.char_start - 40)
            return not (self._inside(d, words) or self._in_words_said(d)
                        or names_thing(text, d) and not self._dates_cue(d, cue_pos)
                        or any(a <= d.char_start < b for a, b in asides)
                        or _EVENT_BEFORE.search(text, before, d.char_start)
                        and not _framed_event(text, d)  # "In an interview held May 4, Doe"
                        or _DEADLINE.search(text, before, d.char_start))

        # the cue's phrase: between the cue and the words, or after words the cue follows
        if words[0] > cue_pos:
            phrase = (cue_pos, words[0])
        else:
            phrase = (max(cue_pos, words[1]), self._phrase_end(max(cue_pos, words[1]), sent.end))
        cue_dates = [d for d in self._dates_in(*phrase) if usable(d)]
        if cue_dates:
            return self._value(cue_dates[0])
        weekday = self._weekday(*phrase)
        if weekday or retold:
            return weekday
        limit = min(cue_pos, words[0])
        # not one another cue of the sentence reports ("referred to the crisis of 1960 and
        # asked whether"): what was spoken of before, not when
        before = [d for d in self._dates_in(sent.start, limit) if usable(d)
                  and not _in_closed_parenthesis(text, sent.start, d.char_start, limit)
                  and not _SPOKEN_OF.search(text, sent.start, d.char_start)]
        if before:
            return self._value(before[-1])
        return self._weekday(sent.start, limit)

    def _dates_cue(self, d: DateMention, cue_pos: int) -> bool:
        """A date the cue's own noun carries is the day it was said: "Doe’s statement of June
        27 to Roe that", "in his June 27 reply, Doe", and the paper the sentence opens with as
        the words' medium: "In his January 4 memorandum for the President, Doe noted"."""
        if cue_pos >= d.char_end and _MEDIUM_BEFORE.search(
                self.text, max(0, d.char_start - 20), d.char_start) and \
                _MEDIUM_AFTER.fullmatch(self.text, d.char_end, cue_pos):
            return True
        if cue_pos >= d.char_end:
            return not self.text[d.char_end:cue_pos].strip()
        if re.fullmatch(r"\w+\s+(?:in|at|during)\s+(?:his|her|their|its|the|a|an)\s+",
                        self.text[cue_pos:d.char_start]):  # "said in his May 4 press
            # conference that": the occasion of the words
            head = _NEXT_WORDS.match(self.text, d.char_end)
            return bool(head) and any(EVENT.fullmatch(w) for w in head.group().split())
        return bool(re.fullmatch(r"\w+\s+(?:of|dated)\s+", self.text[cue_pos:d.char_start]))

    def _phrase_end(self, pos: int, sent_end: int) -> int:
        """Where a cue's phrase after the words ends: at the next clause or quotation, or the
        comma that closes a cue set off inside the words ("Failing that, Doe adds, he will not
        hold the meeting fixed for July 27": no date of the cue's; but "conceded at the next
        meeting, on 19 March" is the cue's)."""
        m = _PHRASE_END.search(self.text, pos, sent_end)
        end = m.start() if m else sent_end
        comma = self.text.find(",", pos, end)
        return comma if comma >= 0 and sent_end - comma > _WORDS_AFTER_COMMA else end

    def _weekday(self, start: int, end: int) -> str | None:
        """A weekday ("on Monday", "at Monday's ceremony") or "this week" in a report, counted
        back from the report's date."""
        m = _WEEKDAY.search(self.text, start, end)
        if m:
            return _weekday_before(self.published_on, m.group(1))
        if _THIS_WEEK.search(self.text, start, end) and self.published_on:
            return self.published_on[:7]
        return None

    def _bare_days(self) -> list[DateMention]:
        """In a dated record, the bare days of the month telegraphese gives a talk ("I called
        on Doe 27th", "Roe called urgently ninth to discuss"), counted back from the record's
        date; not a day that names a thing ("27th Division") nor one of a talk to come."""
        found = []
        for m in _BARE_DAY.finditer(self.text):
            if any(d.char_end > m.start() for d in self._dates_in(m.start() - 12, m.end())):
                continue  # part of a date read already ("May 27th", "the 9th of May")
            located = self.layout.sentence_at(m.start())
            if located is None:
                continue
            sent = located[1]
            lead = _BARE_DAY_LEAD.search(self.text, sent.start, m.start())
            if not lead or lead.group("word").lower() in _BARE_DAY_NOT_AFTER or not \
                    _BARE_DAY_END.match(self.text, m.end()):
                continue
            if not _BARE_DAY_ACT.search(self.text, sent.start, m.start()) or \
                    _BARE_DAY_AHEAD.search(self.text, sent.start, m.start()) or \
                    _BARE_DAY_LIST.match(self.text, m.end()) or self._in_that_clause(
                    sent.start, m.start()):
                continue
            day = int(m["digits"]) if m["digits"] else _ORDINAL_WORDS[m["word"].lower()]
            value = _day_of_month_before(self.published_on, day)
            if value:
                found.append(DateMention(m.group(), value, "day", m.start(), m.end(),
                                         rule="bare_day"))
        return found

    def _in_that_clause(self, start: int, pos: int) -> bool:
        """Whether ``pos`` is in the words a cue reports ("Doe said that the removal had been
        completed 26th"): the day of what he told of, not of the talk."""
        cue = _REPORTING.search(self.text, start, pos)
        return bool(cue) and re.search(r"\bthat\b", self.text[cue.end():pos]) is not None

    def _value(self, d: DateMention) -> str:
        """A date's value; "today" and "yesterday" count from the dated section they are in;
        a day that opens a run of days ("in talks September 3 and 5", "March 3-5") gives only
        its month: the text does not say on which of them the words were said."""
        if d.precision == "day" and d.rule not in _DEICTIC and (
                _RUN_OF_DAYS.match(self.text, d.char_end)
                or _DAYS_JOINED.search(d.text)
                or _RANGE_BEFORE.search(self.text, max(0, d.char_start - 16), d.char_start)):
            return d.value[:7]
        if d.rule not in _DEICTIC or not self.sections:
            return d.value
        para = bisect.bisect_right(self.block_starts, d.char_start) - 1
        section, anchor = _iso(self._section(para) or ""), _iso(self.published_on or "")
        day = _iso(d.value)
        if section is None or anchor is None or day is None:
            return d.value
        return (section + (day - anchor)).isoformat()

    def _citation(self, pos: int, sent_end: int, words: tuple[int, int]) -> DateMention | None:
        """The date of the document an editor cites for the sentence, in the parenthesis that
        closes it: "... reported that X. (Telegram 1748 from Seoul, June 30; ...)"."""
        m = _CITATION.compile_at(self.text, pos, sent_end)
        if m is None or (words[0] < m[0] < words[1] and self.text[m[0]] != "("):
            return None  # "in telegram 274" inside the words is what was talked about
        return self._day_in(*m)

    def _day_in(self, start: int, end: int) -> DateMention | None:
        return next((d for d in self._dates_in(start, end) if d.precision == "day"), None)

    def _frame(self, para: int, before: int) -> str | None:
        """The date that opens the latest earlier sentence of the paragraph that has one ("On
        June 8, Doe called Roe. ... Doe said ..."), or the day such a sentence says a talk
        took place ("Saw the Minister this morning."): narrative time the paragraph moves in."""
        for sent in reversed(self.layout.blocks[para].sentences):
            if sent.start >= before:
                continue
            if self.opening and sent.start == self.opening_sentence:
                return self.opening[1]  # the opening's sentence: the day its reading chose
            for d in self._not_of_papers([sent], self._dates_in(sent.start, sent.end)):
                # opening: only a few words (no person) since the sentence or a citation began
                lead = self.text[sent.start:d.char_start].rsplit(")", 1)[-1]
                if lead.lstrip().startswith("(") or names_thing(self.text, d) or \
                        _AS_AFFIRMED.search(self.text, sent.start, d.char_start) or self._told_of(
                        sent.start, d.char_start) or self._in_words_said(d) or \
                        self._bounds_period(d):
                    # a citation dates the sentence before it, not what follows; a date in
                    # someone's words ("I repeated that we stand by our May 3 statement")
                    # is what he spoke of
                    continue
                if self._opens_with(lead, d):
                    return self._value(d)
                if d.precision == "day" and self._narrates(lead):
                    return self._value(d)
        return None

    def _retold_talk(self, para: int, before: int) -> bool:
        """In a dated record, whether an earlier sentence of the paragraph tells of a talk at
        a time no day gives ("Doe has seen the President twice last week"): the words after it
        are of that talk, not of the one the record's opening or dateline dates."""
        if not self.dated_record:
            return False
        for sent in reversed(self.layout.blocks[para].sentences):
            if sent.start >= before:
                continue
            if sent.start == self.opening_sentence:
                return False
            for d in self._dates_in(sent.start, sent.end):
                if d.precision != "day" and self._before_record(d) and not (
                        names_thing(self.text, d)
                        or self._told_of(sent.start, d.char_start)
                        # "(London 1906)": a citation's number, no time
                        or _in_closed_parenthesis(self.text, sent.start, d.char_start, sent.end)):
                    return self._narrates(self.text[sent.start:d.char_start])
        return False

    def _before_record(self, d: DateMention) -> bool:
        """Whether a week, month or year is over before the record's day: "last week", "a
        month ago", "last April", "in 1958" (not "this year", nor "by the end of the year")."""
        if d.rule == "last_week":
            return True
        own = _iso(self.published_on or "")
        if own is None or not re.fullmatch(r"\d{4}(?:-\d\d)?", d.value):
            return False
        year, month = int(d.value[:4]), int(d.value[5:7]) if len(d.value) > 4 else 12
        return (year, month) < (own.year, own.month)

    def _sentence_end(self, pos: int) -> int:
        located = self.layout.sentence_at(pos)
        return located[1].end if located else pos

    def _frame_before(self, para: int, pos: int) -> str | None:
        """In a report (not a dated record), a paragraph that dates nothing up to the end of
        the sentence at ``pos`` goes on in the narrative time the one before it set ("The summit opened on March 7. ... ¶ Doe replied
        that ..."), to the day."""
        block = self.layout.blocks[para]
        if para == 0 or self.dated_record or any(  # quoted words' dates are not narrative
                not any(q.open < d.char_start < q.close for q in block.quotes)
                for d in self._dates_in(block.span.start, self._sentence_end(pos))):
            # a record's paragraphs are dated by its dateline and opening: a talk the
            # paragraph before dates may be retold ("referred to his talk with Doe last night")
            return None
        found = self._frame(para - 1, self.layout.blocks[para - 1].span.end)
        return found if found and len(found) == 10 else None

    def _sent_before(self, key: str | None, para: int, pos: int) -> str | None:
        """In a dated record, a paragraph that dates nothing before ``pos`` goes on with the
        day the latest sentence of the one before opens with when that sentence names the
        speaker ("The following day Doe sent Roe to see me. ... ¶ Roe said ..."): the talk
        that paragraph began, not the one the record opened with."""
        if not (key and self.dated_record and para > 0) or _SINCE.search(
                self.text, max(0, pos - 30), pos) or self._dates_in(
                self.layout.blocks[para].span.start, pos):
            return None
        for sent in reversed(self.layout.blocks[para - 1].sentences):
            days = [d for d in self._dates_in(sent.start, sent.end)
                    if _DAY_OPENING.fullmatch(self.text, sent.start, d.char_start)
                    and not names_thing(self.text, d)
                    and not self._ahead(d)]  # "Tomorrow Doe will see Roe": no talk yet
            if days:
                named = any(sent.start <= at < sent.end for at in self.named.get(key, ()))
                return self._value(days[0]) if named and days[0].precision == "day" else None
        return None

    def _narrates(self, lead: str) -> bool:
        """Words before a date that tell of a talk or a paper, not of someone's words: "Saw
        the Minister this morning", "a memorandum from Doe to Roe, November 3,"."""
        if _AS_CLAUSE.search(lead) or _PLANNED.search(lead):
            # "as presented to Roe last night": another occasion; "statements to be used at
            # the session 9th": one yet to come
            return False
        if not (_TALK.search(lead) or _WRITING.search(lead)):
            return False
        rest = _TALK.sub(" ", lead)  # "called on" is a visit, "called" alone a cue
        return not any(w in SPEECH_VERBS for w in re.findall(r"[a-z]+", rest))

    def _quoted_from(self, para: int, end: int, late: bool = False) -> str | None:
        """In a quotation (one or more paragraphs opening with a quotation mark), the date of
        the record of a conversation cited right after its words, else of the conversation the
        paragraph that introduces it (ending with a colon) names.  ``late``: the date of any
        document cited after it (a telegram reports a talk some days after it took place)."""
        block = self.layout.blocks[para]
        if not self._opens_quotation(para) and not block.quotes:
            return None
        stop = block.span.end
        for b in self.layout.blocks[para + 1:]:
            if not self._opens_quotation(b.index):
                break
            stop = b.span.end
        cited = _CITATION.next_in(self.text, end, min(len(self.text), stop + _CITATION_REACH))
        if cited:
            day = self._day_in(*cited)
            record = _RECORD.search(self.text, *cited)
            if day and (late or record):
                return self._value(day)
            if late:
                return None
            # a paper of its own date cited ("Memorandum of discussion ..., by Doe, May 6"),
            # or an undated record ("... at the 419th Meeting"): the paragraph that introduces
            # the quotation may say when the talk was
        if late:
            return None
        first = para
        while first > 0 and self._opens_quotation(first) and self._opens_quotation(first - 1):
            first -= 1
        if first == 0 or not self._opens_quotation(first):
            return None
        intro = self.layout.blocks[first - 1].span
        if not self.text[intro.start:intro.end].rstrip().endswith(":"):
            return None
        talks = [m.start() for pattern in (_TALK, _SPEECH) for m in
                 pattern.finditer(self.text, intro.start, intro.end)]
        days = self._not_of_papers(self.layout.blocks[first - 1].sentences, [
            d for d in self._dates_in(intro.start, intro.end)
            if d.precision == "day" and not names_thing(self.text, d)])
        if not talks or not days:
            return None
        return self._value(min(days, key=lambda d: min(abs(d.char_start - t) for t in talks)))

    def _opens_quotation(self, para: int) -> bool:
        span = self.layout.blocks[para].span
        return self.text[span.start:span.end].lstrip()[:1] in "“\""

    def _meeting(self, key: str, para: int, pos: int, here: bool = False
                 ) -> ReportedMeeting | None:
        """``here``: the speaker's latest meeting reported earlier in this paragraph.  Else the
        document's first meeting, its main one, when the speaker took part and its date is
        not vague ("the end of July"); else the speaker's latest meeting reported before."""
        sent = self.layout.sentence_at(pos)
        floor = sent[1].start if sent else pos
        mine = [self.meetings[i] for i in self.meetings_of.get(key, ())
                if self.meetings[i].start <= pos]
        if here:
            # a meeting the statement's own sentence reports is dated by its own words or cue
            here_ = [e for e in mine if e.paragraph == para and e.start < floor]
            return here_[-1] if here_ else None
        main = self.meetings[0] if self.meetings else None  # the document's first: its main
        if (main and main.start < floor and key in main.participants
                and main.date.modifier is None):
            return main
        mine = [e for e in mine if e.start < floor]
        return mine[-1] if mine else None

    def _commentator(self, key: str | None, cue: str | None, cue_pos: int) -> bool:
        if cue in PRESENT_CUES or self._present(cue, cue_pos):
            return True
        return bool(key and COMMENTATOR.search(self.roles.get(key, "")))

    def _present(self, cue: str | None, cue_pos: int) -> bool:
        """A cue in the present tense ("Doe and Roe feel that ...", "the Minister believes"):
        a view held when the text was written, not after a modal ("will tell")."""
        form = (cue or "").lower()
        lemma = CUES.get(form)
        if not lemma or form in _PAST_LIKE or form not in (lemma, lemma + "s", lemma + "es"):
            return False
        before = self.text[max(0, cue_pos - 24):cue_pos].split()
        return bool(before) and before[-1].lower() not in _NOT_NOW

    # ----------------------------------------------------------------------------------------
    # the document's dated frames

    def _lone_day(self, para: int) -> DateMention | None:
        """The one day-precise date of a paragraph short enough to be a heading or dateline."""
        span = self.layout.blocks[para].span
        if span.end - span.start > _HEADING_LENGTH:
            return None
        days = [d for d in self._dates_in(span.start, span.end) if d.precision == "day"]
        return days[0] if len(days) == 1 else None

    def _heading_date(self, para: int) -> DateMention | None:
        """The date of a paragraph that is only a date, with its weekday and hour."""
        d = self._lone_day(para)
        if d is None:
            return None
        span = self.layout.blocks[para].span
        head = self.text[span.start:d.char_start].strip().rstrip(",").lower()
        if head and head not in _WEEKDAYS and not (
                span.end - span.start <= _HEADING_LENGTH and _SESSION_HEADING.fullmatch(head)):
            return None
        return d if _HEADING_REST.match(self.text, d.char_end, span.end) else None

    def _sections(self) -> list[tuple[int, str]]:
        """Dated headings, and the datelines of the records a text attaches or quotes after
        its own ("Attachment ... Washington, December 8, 1965, 6 p.m."): its own dateline
        dates nothing here (the opening paragraph says when its talk took place)."""
        own = next((b.index for b in self.layout.blocks[:_DATELINE_BLOCKS]
                    if self._dateline(b.index)), None)
        out = []
        for b in self.layout.blocks:
            d = self._heading_date(b.index)
            if d is None and own is not None and b.index > own and self._dateline(b.index):
                d = self._lone_day(b.index)
            if d is not None and not subject_line(self.text, self.layout, b.index):
                out.append((b.index, d.value))
        return out

    def _section(self, para: int) -> str | None:
        i = bisect.bisect_right([p for p, _ in self.sections], para) - 1
        return self.sections[i][1] if i >= 0 and self.sections[i][0] < para else None

    def _cable_opening(self, para: int, cue_pos: int) -> bool:
        """Whether the section a statement is in is only the cable's bare dateline, and its
        opening says the talk was another day ("ASKED ME TO CALL URGENTLY LAST EVENING")."""
        i = bisect.bisect_right([p for p, _ in self.sections], para) - 1
        return (i >= 0 and self.sections[i][0] == self.cable_dateline
                and self.opening is not None and self.opening[0] <= cue_pos)

    def _opening(self) -> tuple[int, str] | None:
        """A dated record's reported talk: the day the paragraph opening its body says the
        talk took place ("I saw the President at ten this morning"), with where it is said."""
        blocks = self.layout.blocks
        dateline = next((b.index for b in blocks[:_DATELINE_BLOCKS] if self._dateline(b.index)),
                        None)
        self.dated_record = dateline is not None
        # where the opening read today's talk over another day the sentence names
        self.opening_sentence = None
        # a cable's bare dateline ("June 1, 1970, 1400Z") also reads as a dated heading
        self.cable_dateline = dateline if dateline is not None and any(
            p == dateline for p, _ in self.sections) else None
        if dateline is None:
            return None
        subject = None  # a heading naming the talk the record is of, undated
        ahead = False  # the opening tells of a talk yet to come: the subject names that one
        # the body's first paragraph (after a classification line: "secret")
        first_body = next((b.index for b in self._opening_blocks(dateline)
                           if len(self.text[b.span.start:b.span.end].split()) > 3), None)
        for b in self._opening_blocks(dateline):
            # its first dated sentence says a talk took place ("1901. Saw Doe this morning.")
            for sent in b.sentences[:_OPENING_SENTENCES]:
                if subject is None and b.index == first_body and \
                        _SUBJECT_PHRASE.fullmatch(self.text, sent.start, sent.end) and \
                        not self._dates_in(*_span(b)):
                    subject = sent.start  # telegraphese "1416. AMC subcommittee meeting."
                # a talk yet to come ("the cabinet would meet on Friday") reports nothing
                days = [d for d in self._dates_in(sent.start, sent.end)
                        if d.precision == "day" and not names_thing(self.text, d)
                        and not _AS_AFFIRMED.search(self.text, sent.start, d.char_start)
                        # nor a day words were said before, retold ("his view had been
                        # expressed in the session of October 13", "the General had indicated
                        # on February 11 he would discuss it")
                        and not _HAD_BEEN.search(self.text, sent.start, d.char_start)
                        # nor one a relative clause tells of someone by ("I called late
                        # yesterday on Chancellor Doe, who was inducted on December 1")
                        and not _RELATIVE_ASIDE.search(self.text, sent.start, d.char_start)
                        and not (d.rule not in _DEICTIC  # "this morning": the record's day
                                 and _IN_WORDS.search(self.text, sent.start, d.char_start))]
                coming = [d for d in days if self._ahead(d) or self._next_years(d, dateline)]
                days = [d for d in days if d not in coming and not self._bounds_period(d)
                        and not self._long_before(d, dateline)]
                ahead = ahead or bool(coming and not days and self._talk_in(sent.start, sent.end))
                if not days and (not coming or self._clock_before(sent, coming)) and (
                        _CLOCK.search(self.text, sent.start, sent.end)
                        and self._talk_in(sent.start, sent.end)
                        or _JUST_MET.search(self.text, sent.start, sent.end)):
                    # a diary's "At 12:15 Doe came into my office", or "I have just come
                    # from meeting with Doe": the dateline's day, or the day before when the
                    # talk's hour is later than the cable's ("3 a.m." cable, "at 10:30 pm")
                    day = self._lone_day(dateline)
                    return b.span.start, (day_before(day.value) if self._after_sending(
                        dateline, day, sent) else day.value)
                days = self._talk_first(sent, self._not_of_papers([sent], days))
                if days and _ANOTHER_TALK.search(self.text, sent.start, sent.end):
                    continue  # "Yesterday in course of another conversation Doe told me":
                    # not the talk the record is of, which a later sentence tells
                if days:
                    if b.index == dateline + 1 and _TOLD_LISTENER.search(
                            self.text[sent.start:days[0].char_start]):
                        # the body's first words "Roe told me April 21 that": that talk's
                        # day from there on (later, one telling of many)
                        return sent.start, self._value(days[0])
                    if (self._talk_in(sent.start, sent.end)
                            or _SESSION.search(self.text, sent.start, sent.end)
                            or _SAID_ON_THE_DAY.match(self.text, days[0].char_end, sent.end)
                            or _DATE_FIELD.fullmatch(self.text, sent.start, days[0].char_start)):
                        if days[0].rule == "today" and len(days) > 1:
                            self.opening_sentence = sent.start  # today's over another day
                        return b.span.start, self._value(days[0])
                    break
            if subject is None and len(b.sentences) == 1 and \
                    b.span.end - b.span.start <= _SUBJECT_LENGTH and \
                    self._names_a_talk(b) and not self._dates_in(*_span(b)):
                subject = b.span.start
        if subject is not None and not ahead:  # "SUBJECT: Meeting of the Council": its day
            return subject, self._lone_day(dateline).value
        return None

    def _clock_before(self, sent, coming: list[DateMention]) -> bool:
        """"We met with them at 6:00 p.m. to discuss tactics tomorrow's meeting": the hour of a
        talk held, well before the day to come the sentence names ("at 10 a.m. tomorrow" is
        that day's hour)."""
        clock = _CLOCK.search(self.text, sent.start, sent.end)
        return (clock is not None and clock.end() + _CLOCK_APART < coming[0].char_start
                and not _BARE_DAY_AHEAD.search(self.text, sent.start, clock.start()))

    def _names_a_talk(self, block) -> bool:
        """Whether a subject line names a talk held on one day: "Negotiations on the base"
        run over many days, "Meeting on the base negotiations" is one."""
        return any(not _PROCESS.fullmatch(m.group())
                   for m in _TALK.finditer(self.text, *_span(block)))

    def _talk_first(self, sent, days: list[DateMention]) -> list[DateMention]:
        """The days an opening sentence names, the talk's first.  Today's ("this morning",
        "this noon") is the talk a cable reports, over an earlier call that asked for it
        ("called me last night saying he must see me this morning") or a day talked of
        ("this noon ... reiterated his assurances of June 3"), unless it is yet to come ("will
        see him this afternoon") or a date stands beside it ("tonight April 24th" in a cable
        sent after midnight: the date the text gives); else a date the text gives first."""
        noon = _THIS_NOON.search(self.text, sent.start, sent.end)
        if noon and self.published_on and not any(d.rule == "today" for d in days):
            days = [*days, DateMention(noon.group(), self.published_on, "day", noon.start(),
                                       noon.end(), rule="today")]
        named = [d for d in days if d.rule not in _DEICTIC]
        today = [d for d in days if d.rule == "today" and not self._still_ahead(sent.start, d)
                 and not any(self._beside(d, n) for n in named)
                 and not _OF_A_JOURNEY.search(self.text, max(sent.start, d.char_start - 60),
                                              d.char_start)]
        if today:
            return [*today, *(d for d in days if d not in today)]
        return sorted(days, key=lambda d: d.rule in _DEICTIC)

    def _beside(self, a: DateMention, b: DateMention) -> bool:
        first, second = sorted((a, b), key=lambda d: d.char_start)
        return bool(_BESIDE.fullmatch(self.text, first.char_end, second.char_start))

    def _still_ahead(self, start: int, d: DateMention) -> bool:
        """Whether the clause before a day (from the day before it or the sentence's start)
        says the talk is yet to come: "will see him this afternoon"."""
        before = [e.char_end for e in self._dates_in(start, d.char_start)]
        return bool(_BARE_DAY_AHEAD.search(self.text, max([start, *before]), d.char_start))

    def _next_years(self, d: DateMention, dateline: int) -> bool:
        """A month and day given without a year that the year's reading puts more than half
        a year before the record: next year's ("the January 12 meeting" in a cable of
        December 30), a day to come."""
        day, own = _iso(d.value), _iso(self._lone_day(dateline).value)
        return (d.rule in _YEARLESS and day is not None and own is not None
                and (own - day).days > _HALF_YEAR)

    def _long_before(self, d: DateMention, dateline: int) -> bool:
        """A day of an earlier year, more than a month before the record's ("draft agreed
        announcement September 22, 1958" in a cable of November 1959, "I received my
        appointment on May 2, 1955" in a memorandum of August 1956): what the talk spoke of,
        not its day (a memorandum may tell of a meeting two months before it, in its year)."""
        day, own = _iso(d.value), _iso(self._lone_day(dateline).value)
        return (day is not None and own is not None and day.year < own.year
                and (own - day).days > _OPENING_REACH)

    def _bounds_period(self, d: DateMention) -> bool:
        """A day that opens or closes a period ("circa March 5 to April 4"): no talk's."""
        if _SPAN_END.search(self.text, max(0, d.char_start - 24), d.char_start):
            return True
        m = RANGE_TO.match(self.text, d.char_end)
        return bool(m) and bool(self._dates_in(m.end(), m.end() + 1))

    def _opening_blocks(self, dateline: int) -> list:
        """The blocks after the dateline where a record's body opens, past its routing lines
        ("FM", "AMEMBASSY TEHRAN", "SUBJECT:", "REF:"): short lines that end no sentence,
        which do not count."""
        blocks = self.layout.blocks[dateline + 1:]
        skip = 0
        while skip < min(_ROUTING_LINES, len(blocks)) and _ROUTING_LINE.fullmatch(
                self.text, *_span(blocks[skip])) and (
                self.cable_dateline is not None or self._label(blocks[skip])):
            skip += 1
        return blocks[:skip + _OPENING_BLOCKS]

    def _label(self, block) -> bool:
        """A line of a record's head under a dated heading: a label or a teletype line
        ("SUBJECT", "TO:", "Department of State", "AIRGRAM DEPARTMENT OF STATE BEIRUT 295"),
        not a heading of the paper's own ("Thirteenth Regular Session of the Assembly")."""
        line = self.text[block.span.start:block.span.end].strip()
        return len(line.split()) <= _LABEL_WORDS or line.upper() == line

    def _after_sending(self, dateline: int, day: DateMention, sent) -> bool:
        """Whether the sentence's talk came at a later hour than the dateline's (a cable sent
        at 3 a.m. of a talk "at 10:30 pm"): it was the evening before."""
        sent_at = clock_hour(self.text, day.char_end, self.layout.blocks[dateline].span.end)
        talk_at = clock_hour(self.text, sent.start, sent.end)
        return sent_at is not None and talk_at is not None and talk_at > sent_at

    def _told_of(self, start: int, at: int) -> bool:
        """Whether a date at ``at`` stands in words reported by a cue before it in the
        sentence from ``start`` ("said the 1953 visit had failed", "referred to the 1953
        visit"), not in a cue's own phrase ("described the luncheon that day")."""
        return any(_REPORTING.match(self.text, c) for c in cue_positions(self.text, start, at))

    def _ahead(self, d: DateMention) -> bool:
        """A date after the text's own ("next week", "on Friday" in a cable of Tuesday)."""
        if d.rule in _AHEAD:
            return True
        return bool(self.published_on) and d.value[:len(self.published_on)] > self.published_on

    def _talk_in(self, start: int, end: int, strict: bool = False) -> bool:
        """A talk the sentence tells of as its own event: not one in the pluperfect ("Doe said
        he had talked to Roe twice the previous evening": an earlier talk, retold).
        ``strict``: nor a paper received or written of one ("Reference telegram was received
        yesterday", "the memorandum of discussion by Doe, August 15"), and a representation
        made to someone is one."""
        papers = {m.end() for pattern in (_PAPER_RECEIVED, _RECORD_OF_TALK) if strict
                  for m in pattern.finditer(self.text, start, end)}
        return any(not (_PARTICIPLE.match(m.group()) and _RETOLD.search(self.text, start,
                                                                         m.start()))
                   and m.end() not in papers
                   for m in _TALK.finditer(self.text, start, end)) or strict and bool(
            _REPRESENTATION.search(self.text, start, end))

    def _not_of_papers(self, sentences, days: list[DateMention]) -> list[DateMention]:
        """The days of some sentences, less those of a clause that tells only of a paper
        received or written after a talk ("Reference telegram was received yesterday and I
        made requested representation to the Minister at 3 p.m. today": today; "the
        memorandum of discussion by Doe, August 15, reads:" is no day of the discussion)."""
        if len(days) < 2:
            return days
        papers = []
        for sent in sentences:
            bounds = [sent.start, *(m.end() for m in _CLAUSE.finditer(self.text, sent.start,
                                                                       sent.end)), sent.end]
            papers += [(a, b) for a, b in pairwise(bounds) if self._of_a_paper(a, b)]
        return [d for d in days if not any(a <= d.char_start < b for a, b in papers)] or days

    def _of_a_paper(self, start: int, end: int) -> bool:
        return bool(_PAPER_RECEIVED.search(self.text, start, end)
                    or _RECORD_OF_TALK.search(self.text, start, end)) and not self._talk_in(
            start, end, strict=True)

    def _dateline(self, para: int) -> bool:
        """"New Delhi, June 1, 1955—6 p.m.": a place, then the record's date and hour."""
        d = self._lone_day(para)
        if d is None:
            return False
        span = self.layout.blocks[para].span
        head = self.text[span.start:d.char_start]
        # a cable's is its date and time alone: "April 7, 1973, 1218Z."; an enclosure's may
        # name the record first: "Memorandum of a Conversation, Rivella, May 3, 1961"
        return (bool(re.fullmatch(rf"\s*{_RECORD_TITLE}?{_PLACE}", head))
                and bool(_HEADING_REST.match(self.text, d.char_end, span.end)))
