"""The word lists the names (3) are read with: honorifics and their gender, titles, words that are
no name or no person, role and group heads, conjunctions, given names (_FEMALE_NAMES and
_MALE_NAMES from analyse/data/female_names.txt and male_names.txt; the census list
analyse/data/given_names.txt), the patterns built on them, and the gazetteer's places and demonyms
(_places, _demonyms).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

from newsprism.analyse import places
from newsprism.analyse.entities.vocabulary import GIVEN_NAMES_FILE as GIVEN_NAMES_FILE  # re-exported
from newsprism.analyse.entities.vocabulary import _given_names as census_given_names
from newsprism.extract.textdate import MONTHS

from .patterns import (
    _BETWEEN,
    _CAP,
    _DOCUMENTS,
    _GROUP,
    _GROUP_HEADS,
    _NAME,
    _NAME_OF,
    _ORG_HEADS,
    _PEOPLE_HEADS,
    _PREPOSITIONS,
    _PRONOUN,
    _VERB,
    PLACE_MIN_POPULATION,
)

# --- 3. names -----------------------------------------------------------------------------------
_HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "mme": "f"} | {
    # titles of nobility and royalty ("Princess Lilibet", "Sir Keir Starmer", "Dame Judi Dench")
    "sir": "m",
    "dame": "f",
    "lord": "m",
    "lady": "f",
    "king": "m",
    "queen": "f",
    "prince": "m",
    "princess": "f",
    "baroness": "f",
}
# title words taken off the front of a name ("Secretary of State Antony Blinken" keeps 2 words)
_TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "mme",
        "dr",
        "prof",
        "sir",
        "dame",
        "lord",
        "lady",
        "president",
        "vice",
        "sen",
        "senator",
        "rep",
        "representative",
        "gov",
        "governor",
        "secretary",
        "minister",
        "prime",
        "foreign",
        "defense",
        "defence",
        "state",
        "treasury",
        "interior",
        "home",
        "sheriff",
        "mayor",
        "speaker",
        "chairman",
        "chairwoman",
        "chair",
        "judge",
        "justice",
        "gen",
        "general",
        "adm",
        "admiral",
        "lt",
        "col",
        "colonel",
        "sgt",
        "capt",
        "captain",
        "rev",
        "pope",
        "king",
        "queen",
        "prince",
        "princess",
        "former",
        "chancellor",
        "premier",
        "commissioner",
        "ambassador",
        "amb",
        "chief",
        "leader",
        "director",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "attorney",
        "district",  # "District Attorney Steve Cooley", "the District Attorney said"
        "atty",
        "dist",  # "Dist. Atty. Steve Cooley"
        "cpl",  # "Cpl. Jane Doe" ("det" and "insp": below)
        "supt",
        "pres",
        "officer",
        "commander",
        "coach",
        "candidate",
        "congressman",
        "congresswoman",
        "councilman",
        "councilwoman",
        # local offices ("Supervisor Alfredo Pedroza of Napa County", "Assemblyman Marc Berman")
        "supervisor",
        "alderman",
        "assemblyman",
        "assemblywoman",
        "activist",
        "organizer",
        "founder",
        "ceo",
        "executive",
        "deputy",
        "assistant",
        "acting",
        "majority",
        "minority",
        "whip",
        "house",
        "senate",
        "us",
        "u.s.",
        # (as _looks_personal asks it, its last stop taken off: "U.S. Capitol" is no person whose
        # given name is "U.S.", copy-000886-298649)
        "u.s",
        "uk",
        "fellow",
        "new",
        "then",
        # titles read inside name runs in heap-10000 ("National Security Adviser Jake Sullivan",
        # "Times Editor James Harding", "Coast Guard Petty Officer 1st Class David Mosley")
        "adviser",
        "advisor",
        "editor",
        "class",
        # an agency's head ("Environmental Protection Agency Administrator Lisa Jackson", "FEMA
        # Administrator Craig Fugate")
        "administrator",
        # British usage ("Detective Inspector Mark Turner", "Baroness Hale")
        "professor",
        "detective",
        "det",
        "inspector",
        "insp",
        "superintendent",
        "constable",
        "sergeant",
        "councillor",
        "councilor",  # (American spelling)
        "baroness",
        "baron",
        "mp",  # "Labour MP Jess Phillips"
        "mep",
        "msp",
        # hyphenated titles and others a name run may open with ("President-elect Joe Biden",
        # "Director-General Margaret Chan", "Chief of Staff Rahm Emanuel": "Staff Rahm Emanuel")
        "president-elect",
        "vice-president",
        "director-general",
        "secretary-general",
        "undersheriff",
        "rabbi",
        "imam",
        "ayatollah",
        "cardinal",
        "archbishop",
        "commodore",
        "comrade",
        "staff",
        "fr",  # "Fr McManus", Father Tom McManus
    ]
)
# words of places and organisations that are also surnames, after a given name (Ann Hall, Liam Fox,
# Drew Fox; "Albert Hall" alone is then a person too)
_SURNAME_WORDS = frozenset(["hall", "park", "church", "fox", "court", "banks"])
# titles that are also surnames (Billy King, Jim Justice, John Major)
_SURNAME_TITLES = frozenset(["king", "justice", "judge", "bishop", "prince", "major", "marshal"])
# honorifics that stand only before a surname, never before a title ("Mr. King" is Larry King's
# surname; "Mr Justice Ryan" is a title and a name, and "Sir"/"Lord" come before given names)
_SURNAME_HONORIFICS = frozenset(["mr", "mrs", "ms", "miss", "dr"])
_WEEKDAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
# how an adverb that opens a sentence ends ("Hilariously referred to as", "Surprisingly Jones"): no
# name ends so ("Kelly", "Connolly", "Daly" end otherwise)
_ADVERB_ENDS = (
    "ously",
    "ively",
    "ingly",
    "ably",
    "ibly",
    "ently",
    "antly",
    "fully",
    "ically",
    "edly",
    "lessly",
)
# capitalised words that open a sentence and belong to no name
_NOT_NAME = frozenset(
    [
        # (words that open a clause, capitalised at a sentence's start: "Now Hayward says",
        # "Unless BP pays")
        "now",
        "whereas",
        "unless",
        "until",
        "once",
        "the",
        "a",
        "an",
        "and",
        "but",
        "or",
        "so",
        "if",
        "when",
        "while",
        "then",
        "there",
        "here",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "in",
        "on",
        "at",
        "of",
        "for",
        "to",
        "by",
        "with",
        "from",
        "as",
        "after",
        "before",
        "since",
        "during",
        "under",
        "over",
        "into",
        "about",
        "against",
        "between",
        "his",
        "her",
        "their",
        "our",
        "my",
        "your",
        "we",
        "they",
        "he",
        "she",
        "i",
        "you",
        "yes",
        "no",
        "not",
        "also",
        "still",
        "yet",
        "even",
        "just",
        "only",
        "asked",
        "told",
        "said",
        "says",
        "meanwhile",
        "afterwards",
        "afterward",
        "however",
        "although",
        "though",
        "because",
        "why",
        "what",
        "who",
        "how",
        "where",
        "which",
        "both",
        "all",
        "some",
        "many",
        "most",
        "several",
        "few",
        "one",
        "two",
        "three",
        "last",
        "next",
        "earlier",
        "later",
        "today",
        "tonight",
        *_WEEKDAYS,
        "like",
        "unlike",
        "despite",
        "among",
        # "Neither Afghanistan nor Iraq is", "Either Smith or Jones will"
        "neither",
        "either",
        # "Having described such an attack as a “red line”"
        "having",
        "being",
        # words that open a sentence before a name and are none of it ("Sometimes Simon's acerbic
        # criticisms", "Amid Israeli security concerns", "Plus Obama ...")
        "amid",
        "another",
        "plus",
        "sometimes",
        "perhaps",
        "indeed",
        "instead",
        "besides",
        "following",
        "including",
        "whether",
        "every",
        "each",
        "such",
        "thus",
        "hence",
        "moreover",
        "furthermore",
        "nevertheless",
        "nonetheless",
        "alleged",
        "wait",
        # indefinite pronouns, capitalised at a sentence's start before a name ("Something Tucker
        # wrote had resonated with Lynnie"): no word of a name
        "something",
        "nothing",
        "anything",
        "everything",
        "someone",
        "somebody",
        "anyone",
        "anybody",
        "everyone",
        "everybody",
        "nobody",
    ]
)
# the last word of a place's name ("Florissant Valley", "Gaza Strip"): with a place's name a run
# is no person and no organisation (a place is never a speaker)
_PLACE_WORDS = frozenset(
    [
        "valley",
        "peninsula",
        "gulf",
        "strait",
        "straits",
        "desert",
        "province",
        "region",
        "canal",
        "coast",
        "district",
        "territory",
        "canyon",
        "mountain",
    ]
)
# the countries' short names that _TITLES holds as a title's word ("US Secretary of State Antony
# Blinken"), each a country when it stands alone as a subject ("The US said": cues._cue, speakers._resolve)
_NATION_TITLES = frozenset({"US", "U.S.", "UK"})
# words of the names of laws and documents ("U.S. Constitution", "Affordable Care Act", "Paris
# Accord"): a document speaks for its author, never as a person or an organisation itself
_LAW_WORDS = frozenset(
    ["constitution", "amendment", "act", "treaty", "charter", "declaration", "accord", "accords", "bible"]
)
# a word in a run that marks an organisation or a place, not a person
_NOT_PERSON = frozenset(
    [
        "st",
        "house",
        "senate",
        "congress",
        "committee",
        "department",
        "party",
        "court",
        "news",
        "times",
        "post",
        "journal",
        "association",
        "council",
        "university",
        "college",
        "institute",
        "foundation",
        "agency",
        "administration",
        "ministry",
        "office",
        "bank",
        "fund",
        "group",
        "union",
        "coalition",
        "campaign",
        "network",
        "center",
        "centre",
        "commission",
        "board",
        "service",
        "corp",
        "inc",
        "company",
        "press",
        "republicans",
        "democrats",
        "republican",
        "democrat",
        "democratic",
        "states",
        "kingdom",
        "nations",
        "street",
        "guard",
        "army",
        "navy",
        "force",
        "forces",
        "church",
        "federation",
        "organization",
        "organisation",
        "club",
        "movement",
        "television",
        "radio",
        "channel",
        "magazine",
        "review",
        "standard",
        # a newspaper's ("Politics Daily recently reported:", BASIL a28a0329_2, read as a person)
        "daily",
        "gazette",
        "herald",
        "tribune",
        "chronicle",
        "street",
        "avenue",
        "county",
        "city",
        "state",
        "island",
        "islands",
        "republic",
        "league",
        "times",
        "fox",
        "cnn",
        "abc",
        "nbc",
        "cbs",
        "msnbc",
        "bureau",
        "authority",
        "council",
        "caucus",
        "school",
        "hospital",
        "airport",
        "station",
        "tower",
        "hall",
        "square",
        "park",
        "river",
        "sea",
        "ocean",
        "mountains",
        "times",
        "tea",
        "china",
        "america",
        "europe",
        "africa",
        "asia",
    ]
) | {  # places and laws and documents ("Florissant Valley", "the U.S. Constitution")
    *_PLACE_WORDS,
    *_LAW_WORDS,
}
# words that open a clause: a name after them in a phrase is the clause's subject ("the Times that Gray")
_CLAUSE_WORDS = frozenset(
    [
        "that",
        "who",
        "which",
        "when",
        "while",
        "as",
        "after",
        "before",
        "because",
        "if",
        "where",
        "but",
        "since",
    ]
)
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "mp", "qc", "kc"})  # ("Michael Mansfield QC")
# weekdays and months as datelines write them ("Thu Oct 21 , 2010"): two together are a date, not
# a name (one alone may be: "Jan Brewer", "Theresa May")
_DATE_WORDS = (
    frozenset(MONTHS) | _WEEKDAYS | {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}
)
# heads of a definite phrase that names someone already in the story ("the Texas governor",
# "the communications pro"): without a title match they are the most recent salient person
_ROLE_HEADS = frozenset(
    [
        "president",
        "governor",
        "senator",
        "congressman",
        "congresswoman",
        "democrat",  # "the New York Democrat told reporters"
        "representative",
        "lawmaker",
        "secretary",
        "minister",
        "sheriff",
        "mayor",
        "speaker",
        "chairman",
        "chairwoman",
        "chair",
        "judge",
        "justice",
        "general",
        "admiral",
        "ambassador",
        "chancellor",
        "premier",
        "commissioner",
        "director",
        # a research institute's ("Cato Institute research fellow Julian Sanchez", "senior fellow")
        "fellow",
        "chief",
        "leader",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "attorney",
        "candidate",
        "nominee",
        "official",
        "aide",
        "adviser",
        "advisor",
        "pro",
        "veteran",
        "activist",
        "founder",
        "executive",
        "officer",
        "commander",
        "host",
        "star",
        "businessman",
        "businesswoman",
        "billionaire",
        "mogul",
        "congressman",
        "politician",
        "diplomat",
        "envoy",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "cardinal",
        "bishop",
        "priest",
        "pastor",
        "reverend",
        "rabbi",
        "imam",
        "economist",
        "analyst",
        "professor",
        "scientist",
        "author",
        "writer",
        # the arts and trades ("poet Ada Limon struggled", "chef Jamie Oliver said")
        "poet",
        "novelist",
        "playwright",
        "journalist",
        "singer",
        "musician",
        "actor",
        "actress",
        "comedian",
        "filmmaker",
        "artist",
        "chef",
        "designer",
        "photographer",
        "lawyer",
        "prosecutor",
        # British courts and callings ("Defence barrister Rhianydd Clement said")
        "barrister",
        "solicitor",
        "magistrate",
        "campaigner",
        "lecturer",
        "headteacher",
        "detective",
        "coach",
        "player",
        "reporter",
        "worker",
        "organizer",
        "organiser",
        "anchor",
        # sport and British usage ("the United centre-half said", "the Labour MP said")
        "manager",
        "boss",
        "captain",
        "skipper",
        "striker",
        "midfielder",
        "defender",
        "goalkeeper",
        "winger",
        "centre-half",
        "coroner",
        "inspector",
        "coordinator",
        "quarterback",
        "cornerback",
        "linebacker",
        "receiver",
        "pitcher",
        "shortstop",
        "mp",
        "mep",
        "msp",
        "ceo",
        # media and professions ("said Oscar producer Laurence Mark", "said GOP strategist Ford
        # O'Connell")
        "producer",
        "editor",
        "columnist",
        "commentator",
        "correspondent",
        "strategist",
        "pollster",
        "consultant",
        "researcher",
        "historian",
        "surgeon",
        "physician",
        # sciences ("AccuWeather lead hurricane forecaster Dan Kottlowski")
        "forecaster",
        "meteorologist",
        "climatologist",
        "epidemiologist",
        "virologist",
    ]
)
_CONJUNCTIONS = frozenset(
    [
        "and",
        "but",
        "or",
        "while",
        "when",
        "because",
        "since",
        "although",
        "though",
        "then",
        "so",
        "if",
        "after",
        "before",
        "once",
        "until",
        "where",
    ]
)
# "the Texas governor" is "Gov. Rick Perry" in the same article
_TITLE_ABBREVIATIONS = {
    "governor": r"(?:governor|gov\.)",
    "senator": r"(?:senator|sen\.)",
    "representative": r"(?:representative|rep\.)",
    "congressman": r"(?:congressman|rep\.)",
    "congresswoman": r"(?:congresswoman|rep\.)",
    "general": r"(?:general|gen\.)",
    "president": r"(?:president|pres\.)",
}
# a title of lower-case words before a name ("Republican presidential candidate", "reporter", a
# hyphenated role by its last part: "commission co-chair")
# ("under new team boss Ross Brawn": the preposition is no part of it, and makes the name no subject;
# nor is a conjunction that opens a clause: "from the Broncos' perspective after club boss Bruno
# Cullen said"; "and" and "or" join the name to the words before, as in "a message to Saakashvili and
# interim president Nino Burdjanadze", no subject)
_CLAUSE_CONJUNCTIONS = _CONJUNCTIONS - {"and", "or"}
_ROLE_PREFIX = re.compile(
    rf"(?:{_NAME}[^\S\n]+)?(?:(?<![\w’'])(?!(?:{'|'.join(sorted(_PREPOSITIONS | _CLAUSE_CONJUNCTIONS))})\b)[a-z][\w\-]*[^\S\n]+){{0,3}}"
    rf"(?<![\w’'])(?:[a-z]+-)?(?:{'|'.join(sorted(_ROLE_HEADS))})$"
)
# words of organisations among those that mark a run as no person (places and streets left out)
_ORG_WORDS = _NOT_PERSON - {
    "republican",  # adjectives: "Republican presidential candidate Rick Perry"
    "democratic",
    "democrat",  # a member: "a New York Democrat" (no person's name, nor an organisation's)
    "st",
    "street",
    "avenue",
    "county",
    "city",
    "state",
    "states",
    "kingdom",
    "republic",
    "island",
    "islands",
    "river",
    "sea",
    "ocean",
    "mountains",
    "square",
    "park",
    "tower",
    "hall",
    "airport",
    "station",
    "china",
    "america",
    "europe",
    "africa",
    "asia",
    *_PLACE_WORDS,
    *_LAW_WORDS,
}
# (a group opens with a capital: the lookahead lets the regex engine skip to the next one instead of
# trying every position; the same matches, ~38% faster over heap texts)
_GROUP_RE = re.compile(rf"(?=[A-Z])(?<![\w’'])(?:{_GROUP})")
# heads that may refer to any organisation named before ("the group" is the St. Louis Tea Party)
_ANY_GROUP = frozenset({"group", "organization", "organisation"})
# heads of "the company": an organisation named before whose own head is none of the other
# organisations' ("Microsoft said it would cooperate. “…,” the company said", not "the State
# Department")
_COMPANY_HEADS = frozenset({"company", "firm", "corporation"})
# (words of organisations that are no company: "White House", "Coast Guard", "Health and Safety
# Executive"; not those of companies and media: "BP Plc", "Fox News")
_NOT_COMPANY_WORDS = (
    (_ORG_HEADS - _COMPANY_HEADS)
    | _PEOPLE_HEADS
    | (
        _ORG_WORDS
        - {
            "company",
            "corp",
            "inc",
            "group",
            "bank",
            "fund",
            "channel",
            "network",
            "news",
            "fox",
            "abc",
            "cbs",
        }
        - {
            "cnn",
            "nbc",
            "msnbc",
            "post",
            "times",
            "journal",
            "magazine",
            "radio",
            "television",
            "press",
            "standard",
        }
        - {"review", "club"}
    )
    | {"executive", "police"}
)
# a verb right after a name, which makes it the subject of a clause ("Microsoft said it would",
# "Fortinet claimed", "BP has", "Acme Corp. announced", "the Movement for ... (MEND) said")
_VERB_AFTER_NAME = re.compile(
    rf"[.)]?[^\S\n]+(?:[a-z]+ly[^\S\n]+)?(?:{_VERB.pattern}|(?:has|had|is|was|will|would|can|could|did|does|also)\b)"
)
# a verb in the past tense right after a name, a day or "meanwhile" between ("Transocean ,
# meanwhile , sought", "The National Archives on Saturday apologized"): "it said" when no
# organisation spoke before (not "BP was able to": no auxiliary)
_ACTED_AFTER_NAME = re.compile(
    r"[.)]?(?:[^\S\n]*,[^\S\n]*(?:meanwhile|however|too|though|in turn)[^\S\n]*,)?[^\S\n]+"
    r"(?:(?:[a-z]+ly|yesterday|today|also|later|then|on[^\S\n]+[A-Z][a-z]+day)[^\S\n]+)?"
    r"(?:[a-z]{2,}ed|sought|took|made|sent|gave|began|brought|won|lost|held|kept|left|struck|told|said)\b"
)
# a speech verb right after a name ("Microsoft said", "BP has also said"): "it said" is one that
# spoke before (not "BP was able to", "Royal Bank of Scotland upgraded BP")
_SPEECH_AFTER_NAME = re.compile(
    rf"[.)]?[^\S\n]+(?:(?:[a-z]+ly|has|had|have|will|would|also|later|then)[^\S\n]+){{0,2}}(?:{_VERB.pattern})"
)
# a document as the subject of a clause ("the letter continued", "The report says"), for "it said"
_DOCUMENT_SUBJECT = re.compile(
    rf"\b(?:[Tt]he|[Ii]ts|[Tt]his)[^\S\n]+(?:[\w’'\-]+[^\S\n]+){{0,3}}?(?:{'|'.join(sorted(_DOCUMENTS))})"
    rf"(?={_VERB_AFTER_NAME.pattern})"
)
# words that open a sentence before a name ("Yet BP said"), besides _STOPWORDS (_organisation_name)
_OPENING_WORDS = frozenset(
    {"yet", "while", "still", "instead", "meanwhile", "now", "today", "yesterday", "also"}
)
# "…,” it said: an organisation or a document speaks (_it)
_IT_SAID = re.compile(rf"it\s+{_BETWEEN}(?:{_VERB.pattern})")
# places that news writes for the organisation seated there ("Redmond said in detailed instructions"
# of Microsoft): a speaker so named is that organisation when the article names it (_seated)
_SEATS = {
    "Redmond": ("Microsoft",),
    "Cupertino": ("Apple",),
    "Mountain View": ("Google", "Alphabet"),
    "Menlo Park": ("Facebook", "Meta"),
    "Langley": ("CIA", "Central Intelligence Agency"),
    "Foggy Bottom": ("State Department",),
}
# the kinds of cue whose speaker "it" is (_it): after the quote (,” it said) and before it
_IT_KINDS = frozenset({"it", "it_before", "it_spokesperson"})
# "It said “…”", "which it called “…”": "it" the subject of an active verb before a quote (_it)
_IT_BEFORE = re.compile(r"\b[Ii]t\s+(?:(?:[a-z]+ly|also|has|had|then|later|again|once)\s+){0,2}$")
# how many sentences before its cue an organisation may be named for "it" or "the company"
MAX_ANTECEDENT_SENTENCES = 4
# "a spokesperson for Google", "A Microsoft spokesperson"
_SPOKESPERSON_FOR = re.compile(
    rf"\bspokes(?:man|woman|person)[^\S\n]+for[^\S\n]+(?:the[^\S\n]+)?(?P<after>{_NAME}(?:[^\S\n]+(?:{'|'.join(_GROUP_HEADS)})\b)?)"
    rf"|(?P<before>(?!(?:A|An|The)\b){_NAME}(?:[^\S\n]+(?:{'|'.join(_GROUP_HEADS)}))?)[^\S\n]+spokes(?:man|woman|person)\b"
)
# the subject of a clause: a pronoun, a group, a definite phrase with a head that can speak ("the
# Texas governor", "the group", "the letter"), or a name
_CLAUSE_SUBJECT = re.compile(
    rf"(?P<pron>{_PRONOUN})|(?P<group>{_GROUP})"
    rf"|(?P<np>(?:\b(?:the|The)|{_CAP}[’']s)\s+(?:[\w’'\-]+\s+){{0,3}}?"
    rf"(?:{'|'.join(sorted(_ROLE_HEADS | _GROUP_HEADS | set(_DOCUMENTS)))})\b)"
    rf"|(?P<name>{_NAME_OF})"
)
# a role in lower case right after a name ("said the Navy chief"), ending the subject phrase
_ROLE_AFTER_NAME = re.compile(rf"[^\S\n]+(?:{'|'.join(sorted(_ROLE_HEADS))})(?=[^\S\n]*(?:[,.;:]|$))")
_BEFORE_ROLE = re.compile(rf"[^\S\n]+(?:[a-z][\w\-]*[^\S\n]+){{0,2}}(?:{'|'.join(sorted(_ROLE_HEADS))})\b")
# a number before a group ("Close to three dozen", "Nearly 90", "Some"), looked past for its subject;
# a number's commas stand between its digits ("1,000"): one after it ends a clause ("Despite carding
# a 68, Trahan was")
_QUANTITY = re.compile(
    r"(?i:\b(?:close to|nearly|almost|about|more than|over|around|some|at least)\s+)?"
    r"(?i:\b(?:\d(?:[\d,]*\d)?|a|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|"
    r"several|many|few|some)(?:\s+of)?\s*)+$"
)
_QUANTITY_ENDS = (
    *"0123456789,",
    *[
        "a",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "dozen",
        "dozens",
        "hundred",
        "hundreds",
        "thousand",
    ],
    *["thousands", "several", "many", "few", "some", "of"],
)
_SUBORDINATE = re.compile(
    r"\s*(?:After|When|While|Before|Because|Although|Though|If|As|Since|Until|Once|Asked|Despite)\b[^,]*,"
)
# given names common in English-language news, by gender, so that "she" skips "Joe Biden" and "he"
# skips "Hillary Clinton" when the article gives no honorific (gazetteers, not learned; each file's
# header says what it leaves out)
FEMALE_NAMES_FILE = "data/female_names.txt"
MALE_NAMES_FILE = "data/male_names.txt"


def _names_in(path: str) -> Iterator[str]:
    """The names of a file under analyse/ with one name a line ("#" starts a comment line), in
    the file's order."""
    text = resources.files("newsprism.analyse").joinpath(path).read_text(encoding="utf-8")
    return (w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


_FEMALE_NAMES = frozenset(_names_in(FEMALE_NAMES_FILE))
_MALE_NAMES = frozenset(_names_in(MALE_NAMES_FILE))

_FIRST_NAMES = _FEMALE_NAMES | _MALE_NAMES


# short forms of given names that share the full name's initial but are no prefix of it (a prefix,
# "Chris" of "Christopher", "Ben" of "Benjamin", is read as a short form by its letters): the
# common English hypocorisms, short form -> the full names it stands for (_same_given). Two given
# names of one surname with the same initial that are neither are two people ("Jerry Ortiz" and
# his son "Jeremy Ortiz", "Ben Nelson" and "Bill Nelson"), not one written two ways
_SHORT_GIVEN: dict[str, frozenset[str]] = {
    short: frozenset(full.split())
    for short, full in {
        "mike": "michael", "mick": "michael", "mickey": "michael", "mikey": "michael",
        "jim": "james", "jimmy": "james", "jamie": "james", "jimmie": "james",
        "joe": "joseph", "joey": "joseph", "jack": "john jacob", "johnny": "john jonathan",
        "steve": "stephen steven", "stevie": "stephen steven", "rick": "richard", "ricky": "richard",
        "richie": "richard", "rob": "robert", "robbie": "robert", "robby": "robert", "will": "william",
        "willie": "william", "willy": "william", "charlie": "charles", "chuck": "charles",
        "danny": "daniel", "dave": "david", "davy": "david", "donny": "donald", "eddie": "edward edwin edmund",
        "freddie": "frederick", "freddy": "frederick", "kenny": "kenneth", "larry": "lawrence laurence",
        "lenny": "leonard", "nicky": "nicholas", "paddy": "patrick", "patty": "patricia",
        "pete": "peter", "ronnie": "ronald", "sammy": "samuel", "timmy": "timothy", "andy": "andrew",
        "sandy": "alexander alexandra sandra", "benny": "benjamin", "jonny": "jonathan",
        "kate": "katherine catherine kathleen", "katie": "katherine catherine kathleen",
        "kathy": "katherine kathleen", "kat": "katherine", "maggie": "margaret", "meg": "margaret megan",
        "sue": "susan suzanne", "susie": "susan suzanne", "debbie": "deborah debra",
        "jenny": "jennifer", "becky": "rebecca", "vicky": "victoria", "vicki": "victoria",
        "cindy": "cynthia", "frank": "francis franklin", "frankie": "francis franklin",
        "bert": "albert", "teddy": "theodore", "wally": "walter", "zack": "zachary", "abe": "abraham",
        "arnie": "arnold", "hal": "harold henry", "harry": "harold henry", "hank": "henry",
        "vinny": "vincent", "randy": "randall randolph", "mitch": "mitchell", "jackie": "jacqueline",
        "terry": "terrence terence theresa", "gene": "eugene",
        "jerry": "jerome", "jeff": "geoffrey", "greg": "gregory", "nate": "nathan nathaniel",
        "tommy": "thomas", "ted": "theodore", "rudy": "rudolph", "donnie": "donald", "davey": "david",
        "tammy": "tamara", "abby": "abigail", "patti": "patricia", "mo": "maurice",
    }.items()
}  # fmt: skip


SAME_SYLLABLE = 4


def _same_given(known: str, given: str) -> bool:
    """Whether two given names of one surname may be one person's: the same name, an initial ("J."),
    one a prefix of the other ("Chris" / "Christopher"), or a short form (_SHORT_GIVEN: "Mike" /
    "Michael", "Joe" / "Joseph"); a name no list knows is taken to be one, as before."""
    if known == given:  # (most names: the same)
        return True
    a, b = known.rstrip(".").lower(), given.rstrip(".").lower()
    if a[:1] != b[:1]:
        return False
    if len(a) <= 1 or len(b) <= 1:
        return True
    if a in _SHORT_GIVEN.get(b, ()) or b in _SHORT_GIVEN.get(a, ()):  # "Steve" / "Steven"
        return True
    if _two_forms(a, b) or _two_forms(b, a):
        return False
    if a.startswith(b) or b.startswith(a):
        return True
    # a pet form or a spelling of a name keeps the name's first syllable whole ("Bernie" / "Bernard",
    # "Jerry" / "Jerrold", "Cliff" / "Clifton", "Jacqui" / "Jacqueline", "Bettie" / "Betty", "Stephan"
    # / "Stephen", "Marty" / "Martin": dev and heap-10000 texts name one person so): SAME_SYLLABLE
    # letters in common; two people's names part sooner ("Jeremy" / "Jerry", "Jim" / "John")
    if a[:SAME_SYLLABLE] == b[:SAME_SYLLABLE]:
        return True
    names = _given_names()
    if a not in names or b not in names:
        return True
    return a in _SHORT_GIVEN.get(b, ()) or b in _SHORT_GIVEN.get(a, ())


# a man's name and a woman's made of it with an ending, two people of one surname (a couple, a
# brother and a sister: "Paul" / "Paula", "Mario" / "Marion", "Eric" / "Erica", "Louis" / "Louise",
# "Daniel" / "Danielle"), where a prefix is otherwise one person's short form ("Chris" /
# "Christopher"); from a name of MIN_FORMED_GIVEN letters, as shorter ones ("Jo" / "Joe", "Ann" /
# "Anne") are spellings of one name as often
_WOMANS_ENDINGS = ("a", "e", "n", "le")
MIN_FORMED_GIVEN = 4


def _two_forms(short: str, long: str) -> bool:
    """Whether given names `short` and `long` (lower case, the same first letter) are two people's:
    `long` is `short` with a woman's ending (_WOMANS_ENDINGS), or they differ in one letter and
    only one is a woman's name by the list ("Francis" / "Frances"); both known given names."""
    if len(short) < MIN_FORMED_GIVEN or len(long) < len(short):
        return False
    if len(long) == len(short):
        apart = sum(x != y for x, y in zip(short, long, strict=True))
        if apart != 1 or (short in _FEMALE_NAMES) == (long in _FEMALE_NAMES):
            return False
    elif not (long.startswith(short) and long[len(short) :] in _WOMANS_ENDINGS):
        return False
    names = _given_names()
    return short in names and long in names


# the census list of given names, read once by analyse.entities (extract.byline shares it too), for
# a describing word before a given name and a surname ("Actor Leonardo DiCaprio", "Comedian Ellen
# DeGeneres")
@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """The lower-case given names of the census list and _FIRST_NAMES."""
    return _FIRST_NAMES | census_given_names()


# nouns for people that may stand before a name like a role ("witness Devonte Brown", "his brother
# Philonise Floyd"), though "the witness" alone is nobody named (not in _ROLE_HEADS)
# those who work for someone and speak as themselves, not for him ("An aide to the senator said",
# "The senator 's aide said": cues._AIDE_OF, speakers._resolve); a spokesperson speaks for him
_AIDE_NOUNS = frozenset({"aide", "adviser", "advisor", "staffer", "lawyer", "attorney"})
_PERSON_NOUNS = frozenset(
    [
        "witness",
        "resident",
        "neighbour",
        "neighbor",
        "passenger",
        "victim",
        "student",
        "survivor",
        "mother",
        "father",
        "wife",
        "husband",
        "son",
        "daughter",
        "brother",
        "sister",
        "friend",
        "partner",
        # the other relatives that cues._KIN reads after "his", "her" or "their" ("widow Natalie Roshto
        # told an investigating panel", "said grandmother Jane Smith")
        "widow",
        "widower",
        "mom",
        "dad",
        "grandmother",
        "grandfather",
        "grandson",
        "granddaughter",
        "uncle",
        "aunt",
        "cousin",
        "nephew",
        "niece",
        "stepfather",
        "stepmother",
        "girlfriend",
        "boyfriend",
        "fiancé",
        "fiancée",
        # who speaks for someone ("her agent, Mark Roesler, said")
        "agent",
        "publicist",
        # who speaks from knowledge ("Oil industry expert Michael Lynch , writing on ..., said"):
        # "the expert" alone is no one named
        "expert",
        # sport positions ("Canucks forward Taylor Pyatt", "running back Rashard Mendenhall")
        "forward",
        "defenceman",
        "defenseman",
        "goaltender",
        "goalie",
        "guard",
        "center",
        "centre",
        "back",
        "tackle",
        "leader",
    ]
)
# title words that are no title before a lone name ("a New Yorker", "the then Speaker")
_TITLE_PREFIXES = frozenset(
    {"new", "then", "former", "fellow", "us", "u.s", "uk", "house", "senate", "state", "home"}
)
# a person's titles before a lone surname (titled_person): the titles but those that may open the name
# of an organisation or a place, or only modify another title
_PERSON_TITLES = (
    _TITLES
    - _TITLE_PREFIXES
    - {
        "general",
        "foreign",
        "defense",
        "defence",
        "treasury",
        "interior",
        "majority",
        "minority",
        "district",
        "executive",
        "vice",
        "prime",
        "deputy",
        "assistant",
        "acting",
        "chief",
        "whip",
        "leader",
        "director",
    }
)
# lower-case words that modify a title before a name ("former Vice President Joe Biden"), and a
# title before "of" ("Secretary of State"): _subject_like looks before them
_TITLE_MODIFIERS = frozenset({"former", "then", "acting", "late", "outgoing", "incoming", "retired"})


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    """The words for a country's people made of its one-word name and "i" or "n" ("pakistani",
    "azerbaijani", "iraqi", "nigerian", "syrian"), casefolded; no given name is one."""
    countries = [n.casefold() for n in places.country_names() if " " not in n]
    return frozenset(c + end for c in countries for end in ("i", "n"))


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """Casefolded names of countries, US states, continents and cities of PLACE_MIN_POPULATION
    and more (analyse.places)."""
    names = {*places.city_names(PLACE_MIN_POPULATION), *places.country_names()}
    names.update(places.us_state_names(), places.continent_names())
    return frozenset(n.casefold() for n in names)
