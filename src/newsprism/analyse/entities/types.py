"""Step 3 of find_mentions: each candidate's type, and the candidates themselves.

3. Types, first cue wins: a title or role noun (person); the place gazetteer (analyse.places:
   GeoNames countries, US states, continents and cities, ISO 3166 country names) or a place head
   ("Sea", "Strait", "Parish", "Memorial", "Bridge", "Park", "Beach"; first: "Lake Pontchartrain",
   "Port Fourchon"; a compass word's "Side": "the South Side", "the Upper East Side"; a dateline's
   state in capitals: "KENNER , LA. --"); a lower-case "al" apart opens the name after it ("al Qaeda");
   a club's whole nickname, "FC", a European club's prefix and town ("Red Sox", "Chelsea FC",
   "Athletic Bilbao"), a field and a country ("Environment Canada": an agency); a short run before
   a comma and a country or US state ("Monsey, New York", "FERGUSON, Mo."), a place in every
   mention of the article; organisation heads ("Ministry", "Party", "Inc"; a plural trade noun
   after the name's own words: "United Auto Workers"; a trade's word: "Anadarko Petroleum", "Fitch
   Ratings", "Gordon Advisors"), known institutions, acronyms, CamelCase
   names and company context ("app TikTok", "owner, ByteDance"); a given name first or a Chinese
   surname first (person; a given name that is mostly a word or a place, "Golden", "America", only
   before a surname news seldom write: not "Golden Globes", "America First"; no broadcast's or
   report's last word after it: "The Andrew Marr Show"), a common South Asian surname last ("Akshay
   Kumar", "Amartya Sen"; not a title written in short before its stop set apart, "Democrat Sen .
   Dick Durbin", nor a word the article writes in lower case, German "das"), joined initials and a
   surname ("C.S. Lewis"), two words or more before "Jr." (person); a speech verb next to a lone
   name (person, not after "at", "in", "from", "near":
   "analysts at Credit Suisse said"; also a town's name that is a given name: "Allen said", or after
   a relation's noun: "daughter Chelsea"; an organisation when an acronym or a country's short name opens a
   longer name: "NHS Direct said"); a name after an honorific written without a stop ("Mr Sanders":
   person); else "other" (context.py: the words around a name's mentions may type it still). A
   county, province or state (ISO 3166-2, of the countries in SUBDIVISION_COUNTRIES: "Somerset",
   "Manitoba", "Hubei") is a place when nothing else typed it; one that is a given name too
   ("Devon", "Kerry") only in an article that writes it after "in" or "from".
   Groups that news treats as actors ("Republicans", "Senate Democrats", "GOP leaders", "Tory
   MPs") are "other"; a person's team ("Obama administration", "Romney campaign") is an organisation, and
   so is a movement AP style writes in lower case ("tea party activists").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from itertools import compress, count

from newsprism.records import EntityType

from .names import _countries, _norm, _one_name_twice_words
from .roles import LIST_ITEM, _apposition_after, _join_tokens, _name, _role_before
from .tokens import (
    _bill_name,
    _box_role_end,
    _Candidate,
    _in_quoted_title,
    _is_acronym,
    _is_camel,
    _opening_word,
    _org_word,
    _region_after,
    _runs,
    _surname,
    _Tokens,
    _trade_name,
)
from .vocabulary import (
    ABBREVIATED,
    ACTOR_MIN_MENTIONS,
    ACTOR_NOUNS,
    AGENCY_FIELDS,
    ALONE_ORGANISATIONS,
    BRITISH_CLUB_HEADS,
    BROADCAST_HEADS,
    CHINESE_SURNAMES,
    CLUB_ABBREVIATION,
    CLUB_NICKNAMES,
    CLUB_PREFIXES,
    COMPASS,
    COMPLEMENT_OPENERS,
    CONNECTORS,
    COUNTING_WORDS,
    COUNTRY_SHORTS,
    COUNTY_CLUB_TOWNS,
    COURT_DISTRICTS,
    DATE_WORDS,
    DATELINE_CREDITS,
    DEMONYMS,
    DESCRIPTORS,
    DETERMINERS,
    DISEASE_ACRONYMS,
    DISEASES,
    FAITH_ADJECTIVES,
    FATHER_SON,
    FOOTBALL_CLUBS,
    FUNCTION_WORDS,
    GROUP_ADJECTIVES,
    GROUP_NOUNS,
    GROUP_OF_N,
    GROUPS,
    HONORIFICS,
    HYPHEN_ADJECTIVE,
    INITIAL,
    INITIAL_SKIPS,
    JOINED_INITIALS,
    KIN_NOUNS,
    KNOWN_ORGS,
    LAW_HEADS,
    LEADER_TEAMS,
    LEAGUE_REGIONS,
    LOCATIVES,
    LONE_NON_NAMES,
    LONG_CAPITALS,
    LOWER_CASE_FIRSTS,
    LOWER_CASE_NAMES,
    MAX_NAME_WORDS,
    MEMBER_LABELS,
    MISSPELT_ORGS,
    NATIONALITIES,
    NATIONALITY_NOUNS,
    NEWSPAPER_HEADS,
    NO_TEAM_PLACES,
    OCCASIONS,
    ORG_CONTEXT,
    ORG_HEADS,
    PARTIES,
    PARTY_INITIALS,
    PARTY_LABELS,
    PARTY_MEMBERS,
    PERSON_VERBS,
    PLACE_FIRST_HEADS,
    PLACE_HEADS,
    PLACE_OF_HEADS,
    PLAN_BODIES,
    PLAN_HEADS,
    PLURAL_ACRONYM,
    PLURAL_TITLES,
    POSSESSIVE_FIRMS,
    POSTAL_CODES,
    QUOTES,
    RANKS,
    ROLE_NOUNS,
    SIDE_POSITIONS,
    SOUTH_ASIAN_SURNAMES,
    SPEAKER_NOUNS,
    SPOUSE_HEADS,
    SPOUSE_NOUNS,
    SPOUSE_RANKS,
    STATE_ABBREVIATIONS,
    STATE_ONLY_ABBREVIATIONS,
    STATION,
    SUFFIX_FORMS,
    SURNAME_PLACE_HEADS,
    SURNAME_REGIONS,
    TEAM_NICKNAMES,
    TEAM_NOUNS,
    TEAM_PLACES,
    TEMPORAL_MODIFIERS,
    TIME_PREFIXES,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    TITLE_PARTS,
    TITLE_SUFFIXES,
    TRADE_HEADS,
    TRADE_PLURALS,
    TROPHY_ENDS,
    UN_NAMES,
    UNSTOPPED_HONORIFICS,
    VIRUS,
    WORD_GIVEN_NAMES,
    WORK_ENDS,
    _british_towns,
    _first_name_like,
    _given_names,
    _is_given_name,
    _news_words,
    _place_demonym,
    _places,
    _regions,
    _us_state_codes,
    _us_states,
    _words,
)

# initials joined by "&" ("A&M")
JOINED_BY_AND = re.compile(r"[A-Z]+&[A-Z]+")
# titles abbreviated in capitals only, whose word in title case opens names: a district attorney's
# "DA" ("Manhattan DA Alvin Bragg"; "Da Nang", "Da Silva"; not "D.A.", a person's initials too: "D.A.
# Richardson")
CAPITAL_TITLES = frozenset(("DA",))


def _split_title(words: list[str]) -> int:
    """Index where the name starts after a title inside the run (2a); 0 when there is no title."""
    if len(words) < 2:
        return 0  # a title needs a name after it
    lows = [w.casefold() for w in words]
    cut = 0
    # a title needs a name after it: "King" of "Martin Luther King Jr." is a surname
    last = len(lows) - 1
    while last > 1 and lows[last] in SUFFIX_FORMS:
        last -= 1
    for i, low in enumerate(lows[:last]):
        bare = low.rstrip(".") if low not in HONORIFICS else low
        if "-" in bare and bare.partition("-")[0] in TIME_PREFIXES:
            bare = bare.partition("-")[2]  # "then-President", "ex-Gov."
        elif bare.endswith(TITLE_SUFFIXES):
            bare = bare.rpartition("-")[0]  # "Speaker-designate", "Governor-elect"
        if (
            low in HONORIFICS
            or bare in TITLE_HEADS
            or low in TITLE_HEADS
            or i
            and low in SPOUSE_HEADS
            and lows[i - 1] in SPOUSE_RANKS  # "Second Gentleman Doug Emhoff"
            or words[i] in CAPITAL_TITLES  # ("Da Nang", "Da Silva": not the "DA")
            and not words[-1].isupper()  # (a heading in capitals: "QUEENS DA SAYSSEPTEMBER 19")
            or cut
            and (low in TITLE_PARTS or low in DEMONYMS)
            or i == 0
            and low in PLURAL_TITLES
            and _is_given_name(lows[1])  # "Presidents Richard M. Nixon and ..." (not "Presidents Day")
        ):
            cut = i + 1
    if not cut or cut >= len(words) or lows[-1] in PLAN_HEADS:
        # (a plan's, a programme's or a law's name holds no titled person: "the Edward Byrne Memorial
        # Justice Assistance Grant Program" ("Justice" a judge's title) was "Assistance Grant Program"
        # a person with the role "Edward Byrne Memorial Justice", heap train-1553-2)
        return 0
    # "Secretary of State Blinken" -> name "Blinken"; a title alone ("Foreign Minister") has no name
    return cut


# a news outlet's sections, which follow its name as a newsroom's ("CNN Business", "USA TODAY Sports")
NEWS_SECTIONS = _words("business sports politics money health tech technology travel entertainment")


def _outlet_words(words: Sequence[str], lows: list[str]) -> bool:
    """Words in capitals that name an outlet before its section: acronyms or words in capitals that
    are no place together ("UK Politics", "US Sports": a place's section, no outlet)."""
    return all(w.isupper() and len(w) > 1 for w in words) and " ".join(lows) not in _places()


# the heads of newspapers' names that American papers join to another paper's word with a hyphen
# when two papers merge ("Post-Gazette", "Star-Tribune", "Times-Picayune", "Spokesman-Review",
# "Journal-Constitution", "Post-Dispatch", "Gazette-Mail"); the head is the second word ("All-Star",
# "Post-Modernist" are none)
PAPER_PAIR_HEADS = NEWSPAPER_HEADS | _words(
    "review picayune constitution enterprise sentinel mail dispatch register news press"
)


def _paper_pair(word: str) -> bool:
    """A hyphenated word of two capitalised parts, the second a newspaper's head: a merged paper's
    name (a name's last word), never a person's ("Star-Tribune" was a person) nor a place's."""
    first, _, head = word.partition("-")
    return (
        first[:1].isupper()
        and first[1:].islower()
        and head[:1].isupper()
        and head[1:].islower()
        and head.casefold() in PAPER_PAIR_HEADS
    )


# the longest word in capitals that is an acronym before a town's name ("GAO", "ABA": Gao in Mali,
# Aba in Nigeria); a dateline writes a town in capitals too, with four letters or more ("ROME", "OSLO")
MAX_ACRONYM_LETTERS = 3


def _city_acronym(words: Sequence[str], bare: str) -> bool:
    """A word of two or three capitals that the gazetteer knows only as a town, no country, state or
    state's abbreviation ("the GAO said", "the ABA conference", "BO is suggesting" Barack Obama): the
    news writes a town so only in a dateline, and those towns have longer names."""
    return (
        len(words) == 1
        and len(words[0]) <= MAX_ACRONYM_LETTERS
        and words[0].isupper()
        and bare not in _regions()
        and bare not in STATE_ABBREVIATIONS
        and bare not in POSTAL_CODES
    )


def _type_of(words: list[str]) -> EntityType | None:
    """The type a name's own words give (3), None when they give nothing."""
    return _type_of_words(tuple(words))


UN_PROGRAMME_HEADS = frozenset(("program", "programme"))
UN_OPENERS = tuple(f"{name} " for name in UN_NAMES)  # (a word of its own: not "Unicef Programme")


@lru_cache(maxsize=1 << 16)  # names come back within an article and across articles
def _type_of_words(words: tuple[str, ...]) -> EntityType | None:
    if len(words) == 1 and (VIRUS.fullmatch(words[0]) or words[0].casefold() in DISEASE_ACRONYMS):
        return "other"  # "H1N1", "H1n1", "SARS", "MRSA"
    lows = [w.casefold() for w in words]
    if len(lows) == 3 and lows[0] in POSSESSIVE_FIRMS and lows[1] in APOSTROPHES and lows[2] == "s":
        return "organization"  # "Moody's", "McDonald's" alone (tokens._firm_possessive)
    places = _places()
    joined = " ".join(lows)
    bare = joined.removeprefix("the ")
    if bare in KNOWN_ORGS or bare in MISSPELT_ORGS or joined in FOOTBALL_CLUBS:
        return "organization"  # (misspelt: "Haliburton", named as spelt right in find_mentions)
    if bare in CLUB_NICKNAMES or len(words) > 1 and CLUB_ABBREVIATION in (words[0], words[-1]):
        return "organization"  # "Red Sox", "Blue Jackets"; "Chelsea FC", "FC Barcelona"
    if len(lows) > 1 and lows[0] in CLUB_PREFIXES and joined.partition(" ")[2] in places:
        return "organization"  # "Athletic Bilbao", "Werder Bremen", "Sporting Kansas City"
    if len(lows) > 2 and lows[-1] in UN_PROGRAMME_HEADS and joined.startswith(UN_OPENERS):
        return "organization"  # "UN Environment Programme", "United Nations Development Programme"
    if len(lows) > 1 and lows[0] in COUNTRY_SHORTS and joined.partition(" ")[2] in KNOWN_ORGS:
        return "organization"  # "U.S. House", "U.S. CDC"
    if bare in OCCASIONS or lows[0] in DETERMINERS and joined.partition(" ")[2] in OCCASIONS:
        return "other"  # (after a mark that opens no sentence: "( His State of the Union speech")
    if (bare in places and not _city_acronym(words, bare)) or (
        lows[0] == "st" and len(lows) > 1 and f"st. {joined[3:]}" in places
    ):
        return "place"  # (the gazetteer writes "St. Louis": British style has no stop, "St Louis")
    if len(lows) == 2 and (lows[0] in COMPASS or lows[0] == "central") and lows[1] in _regions():
        return "place"  # "South Texas", "West Africa", "Central Asia": a part of a listed region
    if len(lows) > 1 and lows[0] in COMPASS_PARTS and joined.partition(" ")[2] in places:
        # "Northwest Florida", "Southeast Asia", "Northeast Philadelphia", "South Los Angeles": a part
        # of a place of the gazetteer ("Central" only before a region: "Central Park", "Central Bank")
        return "place"
    if lows[-1] == "side" and 1 < len(lows) <= 3 and lows[-2] in COMPASS and lows[0] in CITY_SIDE_FIRSTS:
        return "place"  # "the South Side of Chicago", "the Upper East Side": a city's part
    if lows[-1] in TEAM_NICKNAMES and _team(lows):
        return "organization"
    if lows[-1] in GROUPS or bare in GROUPS:
        return "other"
    if len(lows) > 3 and lows[1:3] == ["of", "the"] and lows[0] in FELLOWSHIPS:
        return "organization"  # "Friends of the Earth", "Daughters of the American Revolution"
    if (
        len(lows) > 3
        and lows[0] in COURT_DISTRICTS
        and lows[1] == "district"
        and lows[2] == "of"
        and " ".join(lows[3:]) in _us_states()
    ):
        return "organization"  # "Southern District of New York": a federal court's district
    if (
        len(lows) > 2
        and lows[1] == "of"
        and lows[0] in PLACE_OF_HEADS
        and (len(lows) == 3 or " ".join(lows[2:]) in places)
    ):
        return "place"  # "Gulf of Mexico", "Strait of Hormuz" (not a heading: "Gulf of Mexico Oil Spill")
    if any(_org_word(low) and nxt in COMPLEMENT_OPENERS for low, nxt in zip(lows, lows[1:], strict=False)):
        return "organization"
    if "-" in lows[-1] and _paper_pair(words[-1]):
        return "organization"  # "Spokesman-Review", "Pittsburgh Post-Gazette", "Star-Tribune"
    if lows[-1] in ORG_HEADS and len(lows) > 1:
        if lows[-1] == "division" and lows[-2] in LEAGUE_REGIONS:
            return None  # a league's "Atlantic Division", "Central Division": no organisation
        if lows[1:3] == ["of", "the"] and len(lows) > 3:
            # the head is the first word's, no organisation's (that returned above): "the Charge of the
            # Light Brigade" is a battle (tokens._titled_noun_of_the), the brigade only its complement
            return None
        return "organization"
    if lows[-1] == "international" and len(lows) > 1 and " ".join(lows[:-1]) not in places:
        # a firm's or a charity's last word ("Cameron International", "Amnesty International",
        # "Philip Morris International": no person); not an ORG_HEADS word, which would glue "Halliburton
        # and Cameron International" into one name as "Food and Drug Administration" is. After a place
        # it names the place's airport, track or tournament ("Dulles International", "a 100-lapper at
        # Mobile International", "the Sydney International final"), no firm
        return "organization"
    if lows[-1] in TRADE_HEADS and len(lows) > 1 and lows[-2] not in FUNCTION_WORDS:
        # a firm named for its trade after a name of its own: "Anadarko Petroleum", "British
        # Petroleum" (which was "Petroleum", other: the demonym cut off, 120 dev mentions), "Dow
        # Chemical", "Purdue Pharma", "Toyota Motor"; not after a function word ("Beyond Petroleum",
        # BP's slogan, would name BP by its initials). Not ORG_HEADS, which glue a name before "and"
        # ("Halliburton and Anadarko Petroleum"), as "International" above
        return "organization"
    if len(lows) == 2 and _firm_unit(words, lows):
        return "organization"  # "BP America", "Google China", "Shell Oil" (were other, or persons)
    if (
        len(lows) > 1
        and words[-1][1:].islower()
        and lows[-1] in _regions()
        and all(low in AGENCY_FIELDS for low in lows[:-1])
    ):
        return "organization"  # "Environment Canada", "Health Protection Scotland", "Sport England"
    if lows[-1] in BROADCAST_HEADS and len(lows) > 1:
        # a broadcaster named by its medium ("National Public Radio", "Reuters Television", "BBC Radio":
        # "told Reuters Television" made a person); not "TV", which as often ends a product's or an
        # adjective's run ("Apple TV", "a Denver TV station"). Not an ORG_HEADS word, which would
        # glue a run of names before it ("NPR and Fox News Radio")
        return "organization"
    if (
        lows[-1] in NEWS_SECTIONS
        and len(lows) > 1
        and words[-1][1:].islower()
        and _outlet_words(words[:-1], lows[:-1])
    ):
        # an outlet in capitals and its section in title case ("CNN Business", "USA TODAY Sports",
        # "CBS Sports": "told USA TODAY Sports" made a person; not a heading: "MAIN BUSINESS"); a
        # newsroom, an organisation
        return "organization"
    if lows[-1] in TRADE_PLURALS and len(lows) > 1 and _trade_name(words[:-1], lows[:-1]):
        return "organization"
    if len(lows) == 2 and (
        lows[1] in BRITISH_CLUB_HEADS
        and lows[0] in _british_towns()
        or lows[1] == "county"
        and lows[0] in COUNTY_CLUB_TOWNS
    ):
        # "Manchester City", "Derby County", "Wigan Athletic": a club ("Kansas City" is a place above)
        return "organization"
    if (
        lows[-1] in PLACE_HEADS
        and len(lows) > 1
        and lows[0] != "operation"
        and not (
            len(lows) == 2
            and lows[1] in SURNAME_PLACE_HEADS
            and (_is_given_name(lows[0]) or _is_camel(words[0]))
        )
    ):
        # (not "Operation Allies Refuge", a military operation; nor "Wayne Bridge"; nor a brand's
        # "VietNamNet Bridge", a paper: no bridge is named in camel case)
        return "place"
    if len(lows) == 2 and lows[0] in PLACE_FIRST_HEADS and words[0][1:].islower() and words[1][1:].islower():
        # "Lake Pontchartrain", "Port Fourchon", "Mount Everest"; not a heading's capitals, nor a
        # tanker's "MT Front Altair", nor a longer run ("Lake Pontchartrain Fishermen 's Association")
        return "place"
    if len(words) == 1 and (_is_acronym(words[0]) or _is_camel(words[0])):
        return "organization"
    if "&" in words or _one_name_twice_words(lows):
        return "organization"  # "Johnson & Johnson", "Kirkland & Ellis", "Johnson and Johnson"
    if lows[0] in places and any(JOINED_BY_AND.fullmatch(w) for w in words[1:]):
        # a place, then initials joined by "&": a university ("Texas A&M", "Florida A&M", "Texas
        # A&M University-Corpus Christi": were other, a person before "said"); not "Live Q&A", "P&O
        # Pacific Dawn" (a ship), "S&P CNX Nifty" (an index)
        return "organization"
    if len(words) == 1 and STATION.fullmatch(words[0]):
        return "organization"  # a broadcaster's call sign: "WCCO-TV", "KDVR-TV", "WTOP-FM"
    if (
        len(words) == 1
        and words[0][0].isupper()
        and any(c.isdigit() for c in words[0])
        and ("-" not in words[0] or GROUP_OF_N.fullmatch(words[0]))
    ):
        return "organization"  # G7, G20, G-20; not a grade range or a plane ("K-12", "F-35")
    # a given name first (not in capitals: the ship "MY Arctic Sunrise"), and no country or state
    # last ("Virginia Georgia") but a surname's (SURNAME_REGIONS) after a given name that is no place
    # ("Eddie Jordan"; not "George Washington", the university as often); a city may end a person's
    # name ("Sandra Jackson", "Tony Hayward")
    if (
        2 <= len(words) <= MAX_NAME_WORDS
        and _is_given_name(lows[0])
        and lows[1] not in APOSTROPHES  # a possessive is no person's name ("Martha's Vineyard")
        and (lows[-1] not in _regions() or _region_surname(words, lows, places))
        and lows[-1] not in PLAN_HEADS  # "the Lincoln Project", "the John Adams Project": no person
        and lows[-1] not in WORK_ENDS  # "The Andrew Marr Show"
        and lows[-1] not in TROPHY_ENDS  # "the Stanley Cup"
        and not words[0].isupper()
        and (lows[0] not in WORD_GIVEN_NAMES or _rare_surname(lows))
        and f"{lows[0]} {lows[1]}" not in KNOWN_ORGS  # ("Al Jazeera English")
    ):
        return "person"
    if len(words) == 2 and lows[0] in CHINESE_SURNAMES and words[1][1:].islower():
        return "person"
    if _south_asian_name(words, lows, places):
        return "person"  # "Akshay Kumar", "Amartya Sen": a given name we do not list, a common surname
    if 3 <= len(words) <= MAX_NAME_WORDS and INITIAL.fullmatch(words[1]):
        return "person"  # George W. Bush
    if len(words) == 2 and JOINED_INITIALS.fullmatch(words[0]) and _initialled_surname(words[1], lows):
        return "person"  # "C.S. Lewis", "J.K. Rowling", "T.J. Ford"
    if (
        3 <= len(words) <= MAX_NAME_WORDS + 1
        and lows[-1].rstrip(".") in FATHER_SON
        and words[-2][1:].islower()
    ):
        return "person"  # "Arcade Joseph Comeaux Jr.": a given name we do not list
    return None


# the titles written in short with a stop ("Sen.", "Gov.", "Gen."): vocabulary.ABBREVIATED's titles
ABBREVIATED_TITLES = (TITLE_HEADS | HONORIFICS) & ABBREVIATED


def _title_before_stop(tokens: _Tokens, last: int) -> bool:
    """The run that ends at `last` ends in a title written in short whose stop stands apart (tokens
    merge a stop written against it), before a given name: "Democrat Sen . Dick Durbin"."""
    text = tokens.text
    return (
        last + 1 < len(text)
        and text[last] == "."
        and tokens.lower[last - 1] in ABBREVIATED_TITLES
        and text[last + 1][:1].isupper()
        and _is_given_name(tokens.lower[last + 1])
    )


def _south_asian_name(words: Sequence[str], lows: list[str], places: frozenset[str]) -> bool:
    """Plain capitalised words that end in a common South Asian surname (SOUTH_ASIAN_SURNAMES), the
    first no place nor what a person is (a title, rank, honorific or nationality: "Swede Daniel
    Chopra", "Commodore Nirad Sinha" are typed without it)."""
    return (
        2 <= len(words) <= MAX_NAME_WORDS
        and lows[-1] in SOUTH_ASIAN_SURNAMES
        and all(w.isalpha() and w[0].isupper() and w[1:].islower() for w in words)
        and lows[0] not in places
        and not _described(lows[0])
    )


def _described(low: str) -> bool:
    """A word that says what a person is, before the name: a title, rank, honorific or nationality."""
    return (
        low in TITLE_HEADS
        or low in TITLE_MODIFIERS
        or low in RANKS
        or low in HONORIFICS
        or low in DEMONYMS
        or low in NATIONALITY_NOUNS
    )


def _firm_unit(words: Sequence[str], lows: list[str]) -> bool:
    """A firm's name and a country, state or continent in title case name its unit there ("BP
    America", "BP Alaska", "Google China", "Greenpeace Australia", "BBC Scotland", "NFL Europe"), and
    a known firm's name and "Oil" the firm ("Shell Oil"). The firm is a known organisation or an
    acronym of three letters at most ("BP", "BBC"; "STOXX Europe 600" is an index, "IMHO Pakistan" a
    comment's words), not a country's ("US Gulf", "UK Scotland") nor a compass point's ("SE Asia");
    the Gulf is a sea, where a firm has no unit ("the BP Gulf oil spill": BP's spill in the Gulf)."""
    known = lows[0] in KNOWN_ORGS
    if not known and not (
        len(words[0]) <= MAX_UNIT_ACRONYM
        and words[0].isalpha()
        and words[0].isupper()
        and lows[0] not in COUNTRY_SHORTS
        and lows[0] not in COMPASS_ABBREVIATIONS
    ):
        return False
    return words[1][1:].islower() and (
        lows[1] in _regions() and lows[1] != "gulf" or known and lows[1] == "oil"
    )


# the longest acronym that names a firm before its unit's country ("BP America", "BBC Scotland")
MAX_UNIT_ACRONYM = 3
COMPASS_ABBREVIATIONS = _words("n s e w ne nw se sw")


def _region_surname(words: Sequence[str], lows: list[str], places: frozenset[str]) -> bool:
    """The country or state that ends a name after a given name is the person's surname
    (SURNAME_REGIONS: "Eddie Jordan", "Tim Ireland"): written in title case (a byline run into a
    dateline's capitals is no name: "Steve Gorman WASHINGTON"), after a given name that is no place
    ("George Washington" is the university as often), with nothing between them but initials
    ("Michael B. Jordan"): a longer run ending in a country is a firm's or a charity's branch there
    ("Morgan Stanley Israel", "Christian Aid Ireland", "Harvey Norman Ireland")."""
    return (
        lows[-1] in SURNAME_REGIONS
        and words[-1][1:].islower()
        and lows[0] not in places
        and all(len(w.rstrip(".")) == 1 for w in words[1:-1])
    )


def _initialled_surname(word: str, lows: list[str]) -> bool:
    """A surname after joined initials: a word in title case, no place or organisation's word, after
    initials that are no place's or organisation's, nor a verb ("U.S. Navy", "D.C. Jackson", "U.N.
    Charter", "F.C. Barcelona", "U.C. Berkeley", a headline's "C.D.C. Says")."""
    places = _places()
    return (
        word[1:].islower()
        and len(word) > 1
        and lows[0] not in places
        and lows[0].replace(".", "") not in KNOWN_ORGS  # ("C.D.C. Says")
        and lows[1] not in places
        and lows[1] not in PERSON_VERBS
        and not _org_word(lows[1])
    )


def _rare_surname(lows: list[str]) -> bool:
    """After a given name that is mostly a word or a place (WORD_GIVEN_NAMES), one word that news
    seldom write or that is a given name too ("Golden Tate", "America Ferrera", "Royal Jackson"; not
    "Golden Globes", "America First", "Royal Dutch Shell")."""
    if len(lows) != 2:
        return False
    words = _news_words()
    last = lows[1]
    return last not in words and last.removesuffix("s") not in words or last in _given_names()


def _team(lows: list[str]) -> bool:
    """A club: a city or a US state (not a country: "US Senators", "UK Nationals"), then one or two
    words that end in a club's nickname ("Anaheim Ducks", "Boston Red Sox", "Tampa Bay Lightning")."""
    for n in (1, 2):
        place = " ".join(lows[:-n])
        if len(lows) > n and (
            place in TEAM_PLACES
            or (place in _places() and place not in NO_TEAM_PLACES and _norm(place) not in _countries())
        ):
            return True
    return False


def _candidates(tokens: _Tokens, lower_vocab: set[str]) -> list[_Candidate]:
    """Every capitalised run typed and given a role where its context gives one (1-3); `lower_vocab`
    is the words the article writes in lower case."""
    out: list[_Candidate] = []
    text, lower, opens, n = tokens.text, tokens.lower, tokens.opens, len(tokens)
    for first, last in _runs(tokens, lower_vocab):
        # what the run's own words say, read once per spelling (names come back within an article
        # and across articles); the words around it are read below, per mention
        if last - first > 1 and _title_before_stop(tokens, last):
            # "Top Democrat Sen . Dick Durbin": a tokenised text sets the title's stop apart, so the run
            # ended at the title, which is no surname of the words before it ("Democrat Sen" was a
            # person by SOUTH_ASIAN_SURNAMES; "Hun Sen", "Amartya Sen" are)
            last -= 1
        words = tuple(text[first:last])
        if "-" in words[-1] and last - first > 1 and (tail := HYPHEN_ADJECTIVE.search(words[-1])):
            # "Puerto Rican-born", "Los Angeles-based" (_runs): typed by the name without its
            # adjective's tail, as find_mentions names it
            words = (*words[:-1], words[-1][: tail.start()])
        plan = _run_plan(words, bytes(opens[first:last]))
        if plan is None:
            continue
        kind, offset, cut, own_type, value = plan
        first += offset
        if kind == "domain":
            # an office's domain after its title's "of", no person: typed by its own words and the
            # article's, unless the article writes all its words in lower case ("Minister of
            # Environment") or a possessive carries the office on ("Secretary of Veteran's Affairs")
            if own_type is None and (
                all(low in lower_vocab for low in lower[first:last]) or last < n and text[last] in APOSTROPHES
            ):
                continue
            kind = "name"
        if (
            offset == 1
            and kind == "name"
            and own_type is None
            and lower[first - 1] in DEMONYMS
            and first > 1
            and text[first - 2] in QUOTES
            and last < n
            and text[last] in QUOTES
        ):
            # a quoted slogan's or title's words are all its own: the banner's “British Polluters”
            first -= 1
            own_type = _type_of(text[first:last])
        if (
            own_type == "person"
            and kind == "name"
            and not cut
            and lower[last - 1] in lower_vocab
            and not _is_given_name(lower[first])
            and _south_asian_name(text[first:last], lower[first:last], _places())
        ):
            # the surname is a word the article writes in lower case, another language's: German's
            # article ("der Berliner Puppensplattertruppe Das", where "das" is written too)
            own_type = None
        if kind == "name" and first and text[first - 1] == "al" and (first == 1 or lower[first - 2] != "et"):
            # the Arabic article in lower case and apart opens the name ("al Qaeda" was "Qaeda",
            # other; "al Jazeera"); inside a run it is read on already ("Bashar al Assad"), and "et
            # al" closes a list of authors
            first -= 1
            own_type = _type_of(text[first:last])
        if (
            offset
            and last - first == 1
            and own_type is None
            and kind == "name"
            and lower[first - 1] in NATIONALITIES
            and text[first - 1][1:].islower()
            and len(lower[first]) > 1
            and not lower[first].endswith("s")
            and lower[first] not in ("people", "public")  # a nation's people: a group
            and not _is_given_name(lower[first])
            and (
                lower[first] in lower_vocab
                or first > 1
                and text[first - 2] == "the"
                and not _surname(tokens, first)
            )
        ):
            # the one word after a country's demonym is a noun the article writes in lower case, so
            # no surname ("Chinese Xi"): the demonym is the name's first word ("Spanish Flu" of
            # "the flu", "British Petroleum" of "petroleum products", "the Australian Open", "Swiss
            # Re", "Korean Air"); so after "the" inside a sentence, which puts no person's name
            # after a demonym ("the American Dream" was "Dream", "the French Revolution"; a sentence's
            # "The Belgian Malisse topped" and "the Belgian Malisse" beside "Xavier Malisse" are the
            # player's). Not after a party's, a faith's
            # or a compass word ("Federal Response", "Republican Congressmen": title case in
            # readers' comments), nor a demonym in capitals ("an AMERICAN Rig"), nor before a plural
            # or a nation's people (a group: "British Nationals", "the American People")
            first -= 1
            own_type = _type_of(text[first:last])
        if (
            own_type == "person"
            and last - first == 2
            and lower[last - 1] in SURNAME_PLACE_HEADS
            and first
            and lower[first - 1] == "the"
        ):
            # a given name and a head that is a surname too after "the": a place, no person's name
            # ("the Albert Hall", "the Wesley Hall"; "Keith Hall" said)
            own_type = "place"
        if kind == "bill":  # a law's name: no title, role or group (type "other")
            out.append(
                _Candidate(first=first, last=last, type="other", sentence=tokens.sentence[first], name=value)
            )
            continue
        if kind == "group":
            group = _group_of(tokens, first, value)
            if group:
                out.append(group)
            continue  # "Chinese": no name
        if kind == "label":
            if last < n and lower[last] in GROUP_NOUNS and len(tokens.gaps[last]) <= 1:
                out.append(
                    _Candidate(first=first, last=last + 1, type="other", name=_name(tokens, first, last + 1))
                )
            continue
        if (
            last - first >= 3
            and not cut
            and (own_type is None or own_type == "organization" and tokens.lower[last - 3] not in _places())
            and _glued_person(tokens, first, last, lower_vocab)
        ):
            # (an organisation's name may end in a place and a firm's two names: "Bank of America
            # Merrill Lynch"; not in an office's field: "Department of the Interior David Hayes")
            first, own_type = last - 2, "person"  # "Coast Guard Commandant Thad Allen", "When Tony Hayward"
        if (
            not cut
            and own_type in (None, "place")  # ("BP PENSACOLA BEACH": a place by "beach" too)
            and last - first >= 2
            and lower[first] in DATELINE_CREDITS
            and all(text[j].isupper() for j in range(first + 1, last))
            and any(LONG_CAPITALS.match(text[j]) for j in range(first + 1, last))
            and last < n
            and lower[last] == ","
            and _region_after(tokens, last + 1)
        ):
            # a photo credit or outlet run into a dateline in capitals ("BP PENSACOLA BEACH , Fla.",
            # "Reuters GULF SHORES , Ala."): the page writes the credit before the dateline, so the
            # town is the capitals after it
            first += 1
        cand = _Candidate(first=first, last=last, type=None, sentence=tokens.sentence[first])
        if cut:
            _titled(tokens, cand, text[first : first + cut])
        else:
            _untitled(tokens, cand, own_type)
            if (
                first > 1
                and text[first - 1] == "Quote"
                and text[first - 2] == "End"
                and cand.type in (None, "person")
                and not cand.role
                and _is_given_name(lower[first])
            ):
                _box_role(tokens, cand)
        nxt = lower[last] if last < n else ""
        if (
            own_type == "place"
            and nxt[:1].isdigit()
            and nxt in TEAM_NICKNAMES
            and _team([*lower[first:last], nxt])
        ):
            # "the Philadelphia 76ers", "San Francisco 49ers": a nickname that opens with a digit
            # starts no capitalised run, so the run was the club's place alone
            cand.last = last = last + 1
            cand.type = "organization"
            nxt = lower[last] if last < n else ""
        if own_type == "place" and (
            nxt == "variant" or nxt in DISEASES and last + 1 < n and lower[last + 1] == "variant"
        ):
            cand.type = "other"  # "the Delta variant", "the Delta coronavirus variant": a virus's
        elif (
            own_type == "place"
            and lower[first] in COMPASS_PARTS
            and (nxt in SPORTS or first > 1 and (lower[first - 2], lower[first - 1]) in RESULTS)
            and " ".join(lower[first:last]) not in _regions()
        ):
            # a compass part of a gazetteer place (_type_of_words) before a sport or after a match's
            # result is a club or a university's team named for it: "the South Sydney rugby league
            # tour", "a stunning loss to East Carolina" (a listed region stays: "a North Carolina team")
            cand.type = "organization"
        if (
            last - first == 1
            and own_type == "organization"
            and lower[first] in STATE_ABBREVIATIONS
            and first > 1
            and text[first - 1] == ","
            and tokens.cap[first - 2]
            and nxt in (".", "/")
            and not tokens.gaps[last]
            and not (out and out[-1].last == first - 1 and out[-1].type == "person")
        ):
            # a dateline's state in capitals after its town ("KENNER , LA. --", "VENICE , LA/HOUSTON"):
            # the state, no acronym's organisation; not a credential after a person's name ("Sanjay
            # Gupta, MD.", "Anne Smith, PA.": a doctor, a physician assistant)
            cand.type, cand.name = "place", STATE_ABBREVIATIONS[lower[first]]
        if (
            last - first == 1
            and own_type == "organization"
            and text[first] in _us_state_codes()
            and first > 1
            and text[first - 1] == ","
            and tokens.cap[first - 2]
            and nxt in DATELINE_ENDS
            and not (out and out[-1].last == first - 1 and out[-1].type == "person")
        ):
            # a dateline's state by its postal code after its town, before the wire's name or its
            # dash ("Sacramento, CA (Sports Network) -", "Minneapolis, MN (Sports Network)": was an
            # acronym's organisation); not a credential after a person's name ("Anne Smith, PA (")
            cand.type, cand.name = "place", _us_state_codes()[text[first]]
        if last - first == 1 and own_type is None:
            if nxt in (".", "/") and lower[first] in STATE_ABBREVIATIONS and not tokens.gaps[last]:
                if first > 0 and text[first - 1] in ",(":  # "GRAND ISLE, La.", "Roy Blunt (Mo.)": the state
                    cand.type, cand.name = "place", STATE_ABBREVIATIONS[lower[first]]
            elif nxt == "by" and lower[first].endswith("ing"):
                continue  # "(Reporting by Tom Bergin; Editing by Louise Heavens)": a byline's words
        if nxt == "," and cand.type in (None, "person"):
            _apposition(tokens, cand)
            if (
                cand.type is None
                and last - first <= 3
                and _region_after(tokens, last + 1)
                and not (last - first == 1 and opens[first] and _opening_word(tokens, first, lower_vocab))
            ):
                cand.type = "place"  # "in Monsey, New York,", "Cornwall, England", "FERGUSON, Mo."
                cand.evidence.add("region")
            elif (
                cand.type == "person"
                and not cand.evidence
                and first > 0
                and lower[first - 1] in PLACE_PREPOSITIONS
                and _region_after(tokens, last + 1)
            ):
                # "died in Beverly Hills, California", "in Myrtle Grove, La.", "in Milford Haven,
                # Wales": a town that its words alone made a person (a given name first), put in a
                # state or a country as a place is; no one is "in" a person before a region
                cand.type = "place"
                cand.evidence.add("region")
            elif (
                cand.type is None
                and 2 <= last - first <= 3
                and last + 2 < n
                and text[last + 2] == ","
                and text[last + 1].isdigit()
                and len(text[last + 1]) <= 2
            ):
                cand.type = "person"  # "Larynzo Johnson, 26, has been charged": an age
                cand.evidence.add("age")
        if (
            cand.type in (None, "place")
            and first > 0
            and lower[first - 1] in UNSTOPPED_HONORIFICS
            # (in capitals, initials as often, before no place: "MS Dhoni"; not "DR Congo", the
            # "MS Estonia" ferry)
            and (tokens.text[first - 1][1:].islower() or cand.type is None and tokens.cap[first - 1])
            and not tokens.newline[first]
        ):
            # "Mr Sanders", "Dr Franciso Moreno", "Mr Hayward" (a town too): British style writes the
            # honorific without a stop, a word that opens no name (NON_ENTITIES), so the run lost it
            # ("Mr. Sanders" keeps it as a title, 2a); the name after it is a person's
            cand.type = "person"
            cand.evidence.add("title")
        if cand.type is None and last - first <= 3:
            prev = lower[first - 1] if first > 0 else ""
            if (nxt in PERSON_VERBS or prev in PERSON_VERBS) and not (
                last - first == 1
                and (
                    opens[first]
                    and (lower[first] in lower_vocab or lower[first] in SPEAKER_NOUNS)
                    # a faith's or a place's adjective ("urged Islamic jihadists"): no name
                    or lower[first] in FAITH_ADJECTIVES
                    or _place_demonym(lower[first])
                )
            ):
                # a name whose last word the article writes in lower case, after no given name,
                # is a firm's: "Colonial Pipeline said" (its "pipeline"), "Shell Oil said"
                noun = (
                    last - first > 1
                    and not _is_given_name(lower[first])
                    and (
                        lower[last - 1] in lower_vocab
                        or _organisation_words(text[first:last], lower[first:last])
                    )
                ) or (last - first == 1 and lower[first] in ALONE_ORGANISATIONS)  # "the Navy said"
                if noun or lower[last - 1] in PLAN_BODIES and last - first > 1:
                    # (a programme or project that speaks is the body that runs it: "the World Food
                    # Programme warned"; a name's words alone make it no person: _type_of_words)
                    cand.type = "organization"
                    cand.evidence.add("verb")  # weak: "Pfizer said" too (_organisations)
                elif (
                    lower[last - 1] not in PLAN_HEADS
                    and lower[last - 1] not in WORK_ENDS
                    or last - first == 1
                ) and (prev in PERSON_VERBS or prev not in SPEAKERS_AFTER):
                    # (not "the Clean Air Act says": a law's name, other; nor "Pompeo told the Mark
                    # Levin Show": a broadcast's; nor "analysts at Credit Suisse said": a firm after
                    # the speakers' noun)
                    cand.type = "person"
                    cand.evidence.add("verb")
        elif (
            cand.type is None
            and (nxt in PERSON_VERBS or first > 0 and lower[first - 1] in PERSON_VERBS)
            and not set(text[first + 1 : last - 1]).isdisjoint(("'", "’"))
        ):
            # a longer name that holds a possessive speaks as the shop or firm named for its owner
            # ("Dick's Sporting Goods announced": no person's name holds one; _given_possessor)
            cand.type = "organization"
            cand.evidence.add("verb")
        elif (
            nxt in PERSON_VERBS
            and cand.type == "place"
            and last - first == 1
            and _is_given_name(lower[first])
            and lower[first] not in _regions()
            and (first == 0 or lower[first - 1] not in LOCATIVES)
        ):
            # "Allen said", "Ann wrote:": a given name that is also a town's ("Allen", Texas) is
            # the person's before a speech verb (not a country's or a state's: "Georgia said"; nor
            # after "in": "the ambassador in Geneva said")
            cand.type = "person"
            cand.evidence.add("verb")
        elif (
            cand.type == "place"
            and last - first == 1
            and first > 0
            and (lower[first - 1] in KIN_NOUNS or lower[first - 1] in SPOUSE_NOUNS)
            and _is_given_name(lower[first])
            and lower[first] not in _regions()
        ):
            # "daughter Chelsea", "his wife Florence": a given name that is also a town's, after a
            # relation's noun, is the relative (not a country's or a state's: "the son Georgia" is none)
            cand.type = "person"
            cand.evidence.add("kin")
        if nxt in EXTENDING:
            _extend_group(tokens, cand)
        elif (
            nxt in LEADER_STAFF
            and cand.type is None
            and not (tokens.opens[first] and nxt.endswith("s"))  # "Two associates", "Expert advisers"
            and last - first == 1
            and _staff_leader(tokens, first, lower_vocab)
        ):
            cand.evidence.add("leader")  # "a former Obama aide": "Obama" is a person (_resolve)
        cand.name = cand.name or _name(tokens, cand.first, cand.last)
        out.append(cand)
    return out


# the titles and honorifics inside a name of more words that make it a person's ("US Prof Ershaghi", a
# reader's signature)
NAME_TITLES = TITLE_HEADS | UNSTOPPED_HONORIFICS | _words("prof professor")
# the shortest acronym that opens an organisation's name of more words (_organisation_words); two
# capitals are a person's initials as often ("MS Dhoni", "TJ Miller")
MIN_OPENING_ACRONYM = 3


def _organisation_words(words: list[str], lows: list[str]) -> bool:
    """A name of more words that speaks is an organisation's when an acronym of MIN_OPENING_ACRONYM
    letters or more or a country's short name opens it ("NBC New York said", "USA Today said", "US
    Geological Survey said": were persons by the verb); not a name in capitals, a heading's ("JOHN
    SMITH SAID"), nor one that holds a title. (Not a known organisation's name first: "Yale
    Galanter" is a lawyer.)"""
    first = words[0]
    if all(w.isupper() for w in words) or any(low.rstrip(".s") in NAME_TITLES for low in lows[1:]):
        return False  # (nor a title after the country: "US Prof Ershaghi", "U.S. Senators")
    return (
        len(first) >= MIN_OPENING_ACRONYM and first.isalpha() and first.isupper() or lows[0] in COUNTRY_SHORTS
    )


# the prepositions of where, before a town named like a person ("in Beverly Hills, California")
PLACE_PREPOSITIONS = _words("in near outside")
# the prepositions that put a name after the speaker's noun, the speaker's firm or town: before a
# speech verb the name is no speaker ("analysts at Credit Suisse said", "one woman in Qeshm told
# AFP", "a statement from Team Trump said")
SPEAKERS_AFTER = _words("at in from near")


# a person's staff after the person's one-word name ("a former Obama aide", "a top Trump adviser"),
# and a leader's term of office ("the Trump presidency", "an Obama appointee", "Trump associates";
# "aides" is a group's noun: "Trump aides" is a group, GROUP_NOUNS)
LEADER_STAFF = _words(
    """aide adviser advisor advisers advisors loyalist loyalists confidant confidante confidants ally
    allies associates appointee appointees presidency"""
)


def _staff_leader(tokens: _Tokens, i: int, lower_vocab: set[str]) -> bool:
    """The untyped word i before a LEADER_STAFF noun is a person's name: a plain capitalised word
    the article never writes in lower case, no office's or party's ("a Treasury adviser", "a Labour
    aide"), group, demonym, place or organisation ("a Kremlin adviser", "a NATO ally")."""
    word, low = tokens.text[i], tokens.lower[i]
    return (
        word.isalpha()
        and word[1:].islower()
        and low not in lower_vocab
        and low not in TITLE_PARTS
        and low not in GROUPS
        and low not in DEMONYMS
        and low not in KNOWN_ORGS
        and not _org_word(low)
        and low not in _places()
    )


APOSTROPHES = frozenset("'’")


def _lower_expansion(tokens: _Tokens, c: _Candidate) -> bool:
    """The candidate is an acronym in brackets after the lower-case words it is made of
    ("emergency use authorization (EUA)"; "of", "and", "the", "for" take no letter), each word
    giving its initial and maybe more of its letters ("blowout preventer ( BOP )"), or their plural
    ("remotely operated vehicles ( ROVs )"); not a known organisation's ("(WHO)")."""
    return c.last == c.first + 1 and _spelt_in_brackets(tokens, c.first)


def _spelt_in_brackets(tokens: _Tokens, i: int) -> bool:
    """Token i is an acronym in brackets after the lower-case words it is made of (_lower_expansion)."""
    text = tokens.text
    if i < 2 or text[i - 1] != "(":
        return False
    acronym = text[i].removesuffix("s") if PLURAL_ACRONYM.fullmatch(text[i]) else text[i]
    if (
        i + 1 >= len(tokens)
        or text[i + 1] != ")"
        or not acronym.isupper()
        or acronym.casefold() in KNOWN_ORGS
    ):
        return False
    nearest: list[str] = []  # the lower-case words before the bracket, the nearest first
    j = i - 2
    while j >= 0 and len(nearest) < len(acronym):
        word = text[j]
        if not word.islower() or not word.isalpha():
            break
        if word not in INITIAL_SKIPS:
            nearest.append(word)
        j -= 1
    # two words or more: one long word holds the letters of too many acronyms
    low = acronym.casefold()
    return any(_spelt_by(low, nearest[k - 1 :: -1]) for k in range(2, len(nearest) + 1))


def _spelt_by(acronym: str, words: list[str]) -> bool:
    """Whether the acronym (lower case) reads as each word's initial in turn, each perhaps followed
    by more of that word's letters in order ("bop": "blowout preventer", "lmrp": "lower marine riser
    package")."""

    def from_word(at: int, k: int) -> bool:  # the acronym from `at` by words[k:], words[k] first
        return k < len(words) and at < len(acronym) and acronym[at] == words[k][0] and rest(at + 1, k, 1)

    def rest(at: int, k: int, pos: int) -> bool:  # words[k]'s letters from `pos` may go on
        if k + 1 == len(words) and at == len(acronym) or from_word(at, k + 1):
            return True
        if at >= len(acronym):
            return False
        found = words[k].find(acronym[at], pos)
        while found != -1:
            if rest(at + 1, k, found + 1):
                return True
            found = words[k].find(acronym[at], found + 1)
        return False

    return from_word(0, 0)


def _court_cases(tokens: _Tokens, cands: list[_Candidate]) -> list[_Candidate]:
    """Two names on either side of "v." are a court case's one name ("Roe v. Wade", "Dobbs v.
    Jackson Women's Health Organization", "Brown v. Board of Education"; the full stop made "Wade"
    open a sentence)."""
    text, gaps = tokens.text, tokens.gaps
    out: list[_Candidate] = []
    for c in cands:
        prev = out[-1] if out else None
        k = c.first
        if (
            prev is not None
            and k == prev.last + 2
            and text[k - 2] == "v"
            and text[k - 1] == "."
            and not gaps[k - 1]
            and gaps[k]
        ):
            name = f"{prev.name} v. {c.name}"
            out[-1] = _Candidate(prev.first, c.last, "other", sentence=prev.sentence, name=name)
        else:
            out.append(c)
    return out


# the members' nouns that open a fellowship's name before "of the" (tokens._titled_noun_of_the):
# "Friends of the Earth" (8 heap texts, was other), "Daughters of the American Revolution"
FELLOWSHIPS = _words("friends sons daughters sisters brothers knights")


# the marks after a dateline's town and state, before the wire's name or the story ("Sacramento, CA
# (Sports Network) -", "KENNER, LA -")
DATELINE_ENDS = frozenset(("(", "-", "--", "—", "–"))


# a law's parts, numbered to four digits as no year is ("Section 1557" of the Affordable Care Act,
# "Section 4201" of the Oil Pollution Act: "Section" alone was other)
LAW_SECTIONS = frozenset(("section",))


def _numbered(tokens: _Tokens, i: int) -> tuple[int, int] | None:
    """An untyped word and the number after it, inside a sentence ("Chapter 11", "Apollo 13", "Level
    6"; not a time, a decimal or a year: "UPDATE 2:52", "Raich 2005", unless the word is a plan's:
    "Project 2025"), or the number before it when the two are quoted, follow a possessive or the
    number is the year of a plan ("“60 Minutes”", "CBS’ 60 Minutes", "1619 Project"; not "the 1979
    Ixtoc spill", "OPA 90 Act"): the span, else None."""
    text, lower, gaps, n = tokens.text, tokens.lower, tokens.gaps, len(tokens)
    k = i + 1
    if (
        k < n
        and gaps[k] == " "
        and text[k].isdigit()
        and (len(text[k]) <= 3 or len(text[k]) == 4 and (lower[i] in PLAN_HEADS or lower[i] in LAW_SECTIONS))
        and not tokens.opens[i]
        and lower[i] not in DATE_WORDS
        and f"{lower[i]}." not in DATE_WORDS  # ("arrived Jan 4")
        and not (k + 2 < n and text[k + 1] in ":.," and not gaps[k + 1] and text[k + 2].isdigit())
    ):
        return i, k + 1
    if (
        i > 1
        and gaps[i] == " "
        and text[i - 1].isdigit()
        and (
            text[i - 2] in QUOTES
            and not gaps[i - 1]
            and k < n
            and text[k] in QUOTES
            or text[i - 2] in APOSTROPHES  # "CBS’ 60 Minutes"
            or text[i - 2] == "s"
            and i > 2
            and text[i - 3] in APOSTROPHES
            and not gaps[i - 2]  # "CBS's"
            or lower[i] in PLAN_HEADS
            and len(text[i - 1]) == 4
            and not tokens.cap[i - 2]
        )
    ):
        return i - 1, k
    return None


def _glued_person(tokens: _Tokens, first: int, last: int, lower_vocab: set[str]) -> bool:
    """An untyped run ends in a person's given name and surname after a word that opens no name: a
    common word, or an acronym ("Coast Guard Commandant Thad Allen", "When Tony Hayward", "UK PM
    David Cameron"); not a given name we do not list ("Zulfikar Ali Bhutto"), an initial ("J. Thomas
    Manger"), a particle, nor a last word written in lower case or a place's or organisation's
    head ("Santa Barbara Channel", "Fort Morgan Marina"), nor a place's or a known organisation's two
    words before the surname ("Los Angeles Sheriff", "JP Morgan Chase")."""
    lower = tokens.lower
    prev, given, surname = lower[last - 3 : last]
    if not _is_given_name(given):
        return False  # (most runs: no given name before the last word)
    if given == "mo" and _is_given_name(surname):
        # "Mo" is also "more" ("Afternoon Mo' Joe", "Mo' Money") and Missouri's "Mo.": a given name
        # only before a surname ("Mo Cheeks", "Mo Brooks"), not before a second given name
        return False
    word = tokens.text[last - 3]
    pair = f"{prev} {given}"
    return (
        (prev in _news_words() or prev in lower_vocab or len(word) > 1 and word.isupper())
        and len(prev.rstrip(".")) > 1
        and prev not in CONNECTORS
        and not _is_given_name(prev)
        and given not in LONE_NON_NAMES
        and surname not in lower_vocab
        and surname not in PLACE_HEADS
        and surname.rstrip(".") not in TITLE_HEADS
        and not _org_word(surname)
        and not tokens.text[last - 1].isupper()
        and pair not in _places()  # ("Los Angeles Sheriff", "San Diego Union-Tribune")
        and pair.replace(".", "") not in KNOWN_ORGS  # ("JP Morgan Chase", "J.P. Morgan Cazenove")
        and _type_of(tokens.text[last - 2 : last]) == "person"
        and lower[first] not in DETERMINERS  # a title's words ("Our Last Song Together")
        and not _in_quoted_title(tokens, first)
    )


_Plan = tuple[str, int, int, EntityType | None, str]


@lru_cache(maxsize=1 << 16)
def _run_plan(run: tuple[str, ...], opens: bytes) -> _Plan | None:
    """What a run's own words make of it (`opens`: 1 where a word opens a sentence): None for no
    name, or (kind, offset, cut, own type, value): kind "bill" (value its name), "group" (a demonym
    alone, value its lower form: _group_of reads the word after it) or "name"; offset the words cut
    off its front (a demonym, a party label, "the", a descriptor), cut where the name starts after a
    title within what is left (0: no title)."""
    words = list(run)
    bill = _bill_name(words)
    if bill:
        return "bill", 0, 0, "other", bill
    lows = [w.casefold() for w in words]
    if (
        len(lows) == 2
        and lows[0] in PARTY_INITIALS
        and (lows[1] in STATE_ABBREVIATIONS or lows[1] in STATE_ONLY_ABBREVIATIONS)
    ):
        return None  # a lawmaker's party and state: "Nancy Pelosi (D Calif.)", "(R Ga.)"
    offset = 0
    if opens[0] and len(lows) > 1 and lows[0] in COUNTING_WORDS and _counted_name(words[1:], lows[1:]):
        # "Two Malaysian men", "Four House Democrats", "Some BP engineers", "Ten New Zealand
        # soldiers": a number or a quantifier capitalised only because it opens the sentence
        offset, words, lows = 1, words[1:], lows[1:]
    own_type = _type_of(words)
    # a demonym before a name is no part of it ("Chinese Xi"), unless it starts a title, or the
    # words after it are no person's (_demonym_opens_name); a run with a type of its own keeps it:
    # "Saudi Arabia", "American Samoa", "British Columbia" (listed places), "Christian Bale",
    # "Indian Ocean" (not "Eastern Long Island", "British North Sea": a place after the demonym).
    # Each test is asked once, so a run of n demonyms costs O(n), not O(n^2) (it was: "American "
    # x 11,111 took 10 s). _demonym_opens_name skips every leading demonym, so its answer is the
    # same at each cut. _split_title finds a title only from a title word (a title part or a
    # demonym continues one, never opens it), and no demonym is a title word
    # (tests/test_entities_demonyms.py checks it): a run whose title test fails keeps failing as
    # leading demonyms are cut off (the words it searches only shrink).
    if (
        len(lows) > 1
        and lows[0] in DEMONYMS
        and (
            own_type is None
            or own_type == "person"
            and _demonym_not_given_name(lows)
            or own_type == "place"
            and " ".join(lows) not in _places()
            and _type_of(words[1:]) == "place"
        )
        and lows[-1] not in GROUPS
        and lows[-1] not in PLAN_HEADS
        and not _split_title(words)
        and not _demonym_opens_name(words[1:], lows[1:])
    ):
        cut_off = 1
        while cut_off < len(lows) - 1 and lows[cut_off] in DEMONYMS:
            cut_off += 1
        offset, words, lows = offset + cut_off, words[cut_off:], lows[cut_off:]
    party = _party_label(words, lows)
    if party:  # "Democrat Elizabeth Warren", "New Jersey Democrat Bob Menendez": the name after
        offset, words, lows = offset + party, words[party:], lows[party:]
    elif (
        own_type is None
        and len(lows) >= 3
        and (lows[0] in KNOWN_ORGS or lows[0] in _regions())
        and _type_of(words[1:]) == "person"
    ):
        # "U.S. Ambassador to the UN Nikki Haley": an organisation or a country, then the person
        offset, words, lows = offset + 1, words[1:], lows[1:]
    elif (
        own_type is None
        and len(lows) >= 3
        and lows[0].removesuffix("s") in NATIONALITY_NOUNS
        and (
            _type_of(words[1:]) == "person"
            or len(lows) == 3
            and not _is_given_name(lows[0])
            and lows[1] not in _news_words()
            and all(part[:1].isupper() and part[1:].islower() for w in words[1:] for part in w.split("-"))
        )
    ):
        # "fellow Aussie Todd Louden", "with Aussies Steve Elkington": what the person is, before the
        # name (a given name first after it: "Finn Russell", "Scot Peterson" keep their first word);
        # so before two plain words of a given name we do not list ("Frenchman Jo-Wilfried Tsonga"),
        # a word the news seldom write: a common one is a title's ("the Czech Grand Prix", "the Brit
        # Awards Ceremony", where "Czech" and "Brit" are adjectives)
        offset, words, lows = offset + 1, words[1:], lows[1:]
    if len(lows) > 1 and lows[0] == "the":
        offset, words, lows = offset + 1, words[1:], lows[1:]
    if _opening_descriptor(opens[offset], words, lows):
        # "Gymnast Simone Biles", "Whistleblower Frances Haugen": a word capitalised only because
        # it opens the sentence, before a given name
        offset, words, lows = offset + 1, words[1:], lows[1:]
    if len(lows) == 1 and (
        lows[0] in DEMONYMS
        or lows[0] in PARTY_LABELS
        # (not opening a sentence, where "Marine" is the sea's adjective as often: "Marine
        # scientists studying the spill", "Marine centers in the region")
        or lows[0] in MEMBER_LABELS
        and not opens[offset]
    ):
        return "group", offset, 0, None, lows[0]
    if lows[-1] in PARTY_LABELS and (
        " ".join(lows[:-1]) in _places() or lows[:-1] in (["house"], ["senate"])
    ):
        # "the Kentucky Republican", "New York Democrat", "a House Republican": a label, the name is
        # elsewhere ("Missouri Republican senators": a group, _candidates)
        return "label", offset, 0, None, ""
    if len(lows) == 1 and lows[0].rstrip(".").rpartition("-")[2] in TITLE_HEADS:
        return None  # "the Secretary", "the then-President's": no name
    if lows[-1].endswith(TITLE_SUFFIXES) and _title_only([*lows[:-1], lows[-1].rpartition("-")[0]]):
        return None  # "the Governor-elect", "the Attorney General-designate": no name
    if len(lows) > 1 and (_title_only(lows) or _office_only(lows)):
        return None  # "the Attorney General", "Deputy Secretary", "House Minority Leader": no name
    if offset:  # its words were cut: their own type
        own_type = _type_of(words)
    # "General Motors", "Supreme Court": an organisation's own name is no title before a name,
    # unless a person's name follows its title ("National Institutes of Health Director
    # Francis Collins")
    cut = _split_title(words) if lows[-1] not in LAW_HEADS else 0  # ("George Floyd Justice in Policing Act")
    if not cut and own_type is None and _office_and_title(words, lows):
        return None  # "Facebook CEO", "Houston Bureau Chief": the name (if any) is elsewhere
    if cut and own_type == "organization" and _type_of(words[cut:]) != "person":
        cut = 0
    if cut and (_title_only(lows[cut:]) or _office_and_title(words[cut:], lows[cut:])):
        # "Justice Department Inspector General": an office, no name; the title goes on after its
        # first head to the office's own ("Assistant Chief Fire Officer", "Chief Medical Officer",
        # "Saudi Deputy Public Prosecutor" were persons "Fire Officer", "Medical Officer", "Public
        # Prosecutor" with the role before)
        return None
    if cut and lows[cut - 1] == "and":
        # "Secretary of Housing and Urban Development Julian Castro": the words after the title's
        # "and" are its office's, up to a given name; with none, two words or fewer are the office
        # alone ("the Secretary of Housing and Urban Development": no name) and the last of more
        # is a surname ("Secretary of Health and Human Services Becerra")
        given = next((i for i in range(cut, len(lows)) if _is_given_name(lows[i])), 0)
        if given:
            cut = given
        elif len(lows) - cut <= 2:
            return None
        else:
            cut = len(lows) - 1
    if cut and " ".join(lows[cut:]) in _regions():
        # "Health Minister of Australia", "President of China": the country (not a city that is also
        # a name: "Adm. Allen", "Queen Victoria")
        return "name", offset + cut, 0, "place", ""
    if cut and "of" in lows[:cut]:
        holder = _office_holder(lows, cut)
        if holder is None:
            # "Governor of Qeshm island", "the President of Exxon": the office's domain after its
            # "of", no person (_candidates)
            return "domain", offset + cut, 0, _type_of(words[cut:]), ""
        cut = holder
    return "name", offset, cut, own_type, ""


def _office_holder(lows: list[str], cut: int) -> int | None:
    """Where the holder's name starts after a title that holds "of" ("Chief of Police Scott Russell",
    "Director of National Intelligence Dan Coats", "President of Mexico Felipe Calderon": the words
    after "of" are the office's up to a place the gazetteer knows or a given name with a surname
    after it); `cut` as _split_title found it where neither is there, and None where the title ends
    in "of" before one or two words that open no name ("Governor of Qeshm", "President of Exxon")."""
    ends_in_of = lows[cut - 1] == "of"
    if ends_in_of:
        # the longest place right after "of" that leaves two words or more: "Mayor of London Sadiq Khan"
        for end in range(len(lows) - 2, cut, -1):
            if " ".join(lows[cut:end]) in _places():
                return end
    # (the word right after "of" is the office's: "Governor of Virginia" is no given name there; a
    # headline's "To" ends the office: "Names Former Chief Of Staff To Replace John Kerry")
    for i in range(cut + ends_in_of, len(lows) - 1):
        if lows[i] in FUNCTION_WORDS:
            break
        if _is_given_name(lows[i]):
            return i
    if ends_in_of and len(lows) - cut <= 2:
        return None
    return cut


# the compass words that name a part of the place after them (_type_of_words)
COMPASS_PARTS = COMPASS | _words("northeast northwest southeast southwest")
# the first words of a city's side: a compass word, or "Upper"/"Lower" before one ("Upper East Side")
CITY_SIDE_FIRSTS = COMPASS | _words("upper lower")
# the sports, and the words of a match's result before the other side ("a loss to", "a win over"):
# a place named with them is a side (_candidates)
SPORTS = _words("rugby football basketball baseball hockey soccer cricket lacrosse volleyball")
RESULTS = frozenset(
    (("loss", "to"), ("lost", "to"), ("losses", "to"), ("win", "over"), ("wins", "over"), ("victory", "over"))
)


def _counted_name(rest: list[str], lows: list[str]) -> bool:
    """The words after a sentence-opening number or quantifier open a name of their own: a
    demonym, a party's, a group's, a member's or a known organisation's word, an acronym, or a
    place in the gazetteer ("Two Malaysian", "One Tory", "Four House", "Two Los Angeles", "Some BP").
    Not a name whose number is its own ("Three Mile Island", "Six Flags", "Three Dog Night", "One
    America News Network": "mile", "flags", "dog" name nothing alone, and "America News Network" is
    an organisation that opens with a place)."""
    first = lows[0]
    places = _places()
    return (
        first in DEMONYMS
        or first.removesuffix("s") in PARTY_MEMBERS
        or first in GROUPS
        or first in KNOWN_ORGS
        or first in ALONE_ORGANISATIONS  # "Two Navy officials"
        or first.removesuffix("s") in MEMBER_LABELS  # "Eleven Marines"
        or (len(rest[0]) > 1 and rest[0].isupper())
        or " ".join(lows[:2]) in places  # "Two Los Angeles police officers", "Ten New Zealand"
        or first in places
        and _type_of(rest) != "organization"
    )


def _demonym_opens_name(rest: list[str], lows: list[str]) -> bool:
    """The demonym before `rest` is the first word of one name: two words or more after it that are
    no person's, the last a word news write (a head noun: "Conservative Political Action
    Conference", "Republican National Convention", "American Civil War", "Cuban Missile Crisis",
    "Southern Baptist Convention"), where dropping it left a fragment or joined two names ("National
    Convention" of both parties). A person's name after it is not part of it ("Russian Vladimir
    Putin", "Canadian John Green"), nor a surname ("Syrian Bashar al-Assad": "al-assad" is no news
    word). One word alone is left to be cut here: a surname ("Chinese Xi", "European Hughes") and a
    noun ("British Petroleum", "Australian Open") look alike, and common surnames are news words too;
    _candidates puts a country's demonym back before a noun its article writes in lower case."""
    skip = 0
    while skip < len(lows) and lows[skip] in DEMONYMS:
        skip += 1  # "Southern Christian Leadership Conference"; "African American Minneapolis": a place
    rest, lows = rest[skip:], lows[skip:]
    return (
        len(rest) >= 2
        and lows[-1] in _news_words()
        and not _is_given_name(lows[0])
        and not _is_given_name(lows[-1])  # ("Democratic Senators Charles")
        and _type_of(rest) is None  # (a name of its own after it: "Democratic White House", "Eastern
        # Long Island", "Eastern United States")
    )


def _demonym_not_given_name(lows: list[str]) -> bool:
    """A run typed person by a demonym that is a given name too ("Christian", "Sunni", "Irish") is
    that person only before a surname ("Christian Bale", "Christian Whiton": words news seldom
    write); before a demonym, a news word or a given name it is the demonym ("Sunni Arabs", "Christian
    Bible", "Irish Republic", "German Philipp Kohlschreiber")."""
    last = lows[-1]
    return lows[0] in DEMONYMS and (
        last in _news_words()
        or last.removesuffix("s") in DEMONYMS
        or len(lows) > 2
        and _is_given_name(lows[1])  # "German Michael Berrer": a given name after it starts the name
    )


def _office_and_title(words: Sequence[str], lows: list[str]) -> bool:
    """Words that end in a title's head and open with no given name or initial: an office and its
    title ("Facebook CEO", "Houston Bureau Chief", "Los Angeles County Sheriff", "Fire Officer");
    not a surname that is a title after a given name, listed or rare ("Steve King", "Jim Justice",
    "Ashwell Prince", "Hun Sen": two words, the first no word of the news)."""
    return (
        len(lows) > 1
        and lows[-1].rstrip(".") in TITLE_HEADS
        and words[-1][0].isupper()
        and not _first_name_like(lows[0])
        and not (len(lows) == 2 and words[0][1:].islower() and lows[0] not in _news_words())
    )


def _title_only(lows: list[str]) -> bool:
    """Words of a title and no name: "Attorney General", "Inspector General", "Prime Minister"."""
    # from the last word, which tells for most runs
    return all(low.rstrip(".") in TITLE_HEADS or low in TITLE_MODIFIERS for low in reversed(lows))


def _office_only(lows: list[str]) -> bool:
    """A title with the words of its office and no name: "House Minority Leader", "White House
    Press Secretary", "Senate Majority Leader"."""
    return (
        lows[-1].rstrip(".") in TITLE_HEADS
        and "of" not in lows  # "House of Representative" (sic) is the House
        and all(
            low in TITLE_PARTS or low in TITLE_MODIFIERS or low.rstrip(".") in TITLE_HEADS for low in lows
        )
    )


def _party_label(words: list[str], lows: list[str]) -> int:
    """How many words of a party label open the run before a person's name: "Democrat Elizabeth
    Warren" 1, "New Jersey Democrat Bob Menendez" 3 (a place, then the party); 0 for none."""
    for k, low in enumerate(lows[:-2]):
        if low in PARTY_MEMBERS:
            before = " ".join(lows[:k])
            if (not before or before in _places()) and _type_of(words[k + 1 :]) == "person":
                return k + 1
            return 0
    return 0


def _opening_descriptor(opens_sentence: int, words: list[str], lows: list[str]) -> bool:
    """The run's first word opens the sentence and says what the person is, and a given name follows
    it: "Gymnast Simone Biles", "Whistleblower Frances Haugen", "Senators John McCain" (not
    "Zulfikar Ali Bhutto", "José Manuel Barroso": a first name we do not list). A side's position is
    no one's first name, and may precede a given name we do not list ("Winger Laurent Robert")."""
    word = lows[0].removesuffix("s")
    return (
        bool(opens_sentence)
        and len(lows) >= 3
        and (lows[1] in _given_names() or lows[0] in SIDE_POSITIONS)
        and (word in DESCRIPTORS or lows[0] in DESCRIPTORS)
        and lows[0].rstrip(".") not in TITLE_HEADS  # "Justice Anthony Kennedy": a title, kept (2a)
        and _type_of(words) is None
    )


def _titled(tokens: _Tokens, cand: _Candidate, title: list[str]) -> None:
    """A person named after a title inside the run (2a): "US Secretary of State Antony Blinken"."""
    first = cand.first
    cand.first = first + len(title)
    cand.type = "person"
    cand.evidence.add("title")
    if _credit_list_before(tokens, first):
        # "Ed Hornick , AC360 , CNN President Obama must ...": a live blog's contributor credit (name ,
        # show , outlet) glued to the next sentence; the words before the title head close the credit,
        # they are no part of the office (the BBC's blog made Obama "CNN President", 98 mentions)
        while len(title) > 1 and title[0].casefold().rstrip(".") not in TITLE_HEADS:
            title = title[1:]
    # (a plural title is the role of several people, as "Sens." is: none of its own)
    # ("First Lady Melania Trump": "Lady" after a spouse's rank is the title's head, no honorific)
    role_words = [
        w
        for i, w in enumerate(title)
        if w.casefold() not in HONORIFICS or i and title[i - 1].casefold() in SPOUSE_RANKS
    ]
    if role_words and role_words[0].casefold() in PLURAL_TITLES:
        role_words = []
    before, relative = _role_before(tokens, first)
    if not role_words:  # "Mr. Blinken": the role comes from elsewhere
        cand.role, cand.relative = before, relative
        return
    cand.role = " ".join(role_words)
    if "'" in cand.role or "’" in cand.role:  # "Cook County State's Attorney", as written
        cand.role = cand.role.replace(" ' s ", "'s ").replace(" ’ s ", "’s ")
    if before and relative is None and len(before.split()) <= 2:
        cand.role = f"{before} {cand.role}"  # "former President Bill Clinton"
    elif before and relative and cand.role.casefold() in RANKS:
        # "his Chinese counterpart Admiral Dong Jun": the rank says less than the counterpart does;
        # an office says more ("his counterpart, Foreign Minister Wang Yi")
        cand.role, cand.relative = f"{before} {cand.role}", relative
    elif first > 0 and tokens.lower[first - 1] in TEMPORAL_MODIFIERS:
        cand.role = f"{tokens.text[first - 1]} {cand.role}"


def _credit_list_before(tokens: _Tokens, first: int) -> bool:
    """The run follows a list of capitalised one-word items between commas ("Hornick , AC360 ,"): a
    credit's fields, so the run's first words are the credit's last field, not a title's office. Not
    after a place ("Mobile , Alabama , Coast Guard Incident Commander", "Washington , D.C. , District
    Judge"): a dateline's place, and the words after it are the office. The credit opens with its
    contributor's full name, a given name before the surname ("Ed Hornick , AC360 , CNN"); a list of
    surnames or firms in prose does not, and the words before its last item's name are the office
    ("Leaders including Biden, Macron, German Chancellor Olaf Scholz", "Apple, Google, Microsoft
    Chief Executive Satya Nadella"; review28)."""
    text, cap = tokens.text, tokens.cap
    return (
        first >= 5
        and text[first - 1] == ","
        and cap[first - 2]
        and text[first - 3] == ","
        and cap[first - 4]
        and tokens.lower[first - 2] not in _places()
        and cap[first - 5]
        and _is_given_name(tokens.lower[first - 5])
    )


ARTICLES = frozenset(("a", "an", "the"))


def _untitled(tokens: _Tokens, cand: _Candidate, own_type: EntityType | None) -> None:
    """A run without a title: its own type, or a person or company by the words before it (2b)."""
    cand.type = own_type
    before, relative = _role_before(tokens, cand.first)
    if before and own_type in (None, "person"):
        if before.split()[-1].casefold() in ORG_CONTEXT and own_type is None:
            cand.type = "organization"  # "its Chinese owner, ByteDance"
        else:
            cand.type, cand.role, cand.relative = "person", before, relative
            cand.evidence.add("role")
    elif (
        own_type is None
        and cand.first > 0
        and tokens.lower[cand.first - 1] in ORG_CONTEXT
        and not (
            cand.first > 1
            and tokens.lower[cand.first - 1] == "giant"
            and tokens.lower[cand.first - 2] in ARTICLES
        )
    ):
        # "app TikTok", "oil giant BP"; after an article "giant" is an adjective ("the giant Christmas
        # tree", "a giant American flag")
        cand.type = "organization"


def _box_role(tokens: _Tokens, cand: _Candidate) -> None:
    """The role line of a BBC quote box is its speaker's role ("End Quote Ed Miliband Shadow energy
    secretary But with ...": "Shadow energy secretary"; tokens._box_role_end)."""
    end = _box_role_end(tokens, cand.last)
    if end:
        end -= tokens.text[end - 1] in QUOTES  # (the next sentence a quote: 'editor " We reviewed')
        cand.type, cand.role = "person", _join_tokens(tokens, cand.last, end)
        cand.evidence.add("role")


# a determiner or a preposition before a name makes it no person by a list's company (_apposition):
# "the Royal London Hospitals", "Archbishop of Armagh" ("former" or "lady" before one does not)
NOT_LIST_PERSON_BEFORE = _words("the a an of at in on for from to by with near")


def _apposition(tokens: _Tokens, cand: _Candidate) -> None:
    """ ", Singapore's foreign minister," after a name (2c); it outranks a bare rank before it."""
    after, relative = _apposition_after(tokens, cand.last)
    if after == LIST_ITEM:
        first = cand.first
        if cand.type is None and (first == 0 or tokens.lower[first - 1] not in NOT_LIST_PERSON_BEFORE):
            # "Neera Tanden, Rep. Deb Haaland, D-N.M. and ...": the items of a list are of one kind,
            # so a name before a titled person is a person; not one after a determiner or a
            # preposition, which heads a place's or an organisation's name ("Anglican Archbishop of Armagh , Archbishop
            # Alan Harper", "professor at the Royal London Hospitals , Queen Mary College")
            cand.type = "person"
        return
    if not after:
        if cand.type is None and cand.last - cand.first >= 2 and _aged_after(tokens, cand.last):
            # (a full name only: "Basically , a 36-year-old woman wanted", "Shane Robichaux , of
            # Chauvin , a 39-year-old registered nurse" were a first cut's persons)
            cand.type = "person"
            cand.evidence.add("apposition")
        return
    noun_words = {w.casefold() for w in after.split()}
    if noun_words & ORG_CONTEXT and not noun_words & (ROLE_NOUNS - ORG_CONTEXT):
        cand.type = cand.type or "organization"  # "ByteDance, the company"
        return
    cand.type = "person"
    cand.evidence.add("apposition")
    if not cand.role or (cand.relative and not relative) or cand.role.casefold() in RANKS:
        cand.role, cand.relative = after, relative


# an age as one word: "73-year-old", "eight-year-old"
AGE_WORD = re.compile(r"[a-z0-9]+(?:-[a-z]+)?-year-old")


def _aged_after(tokens: _Tokens, last: int) -> bool:
    """ "Fabiano Lopez , a 73-year-old Marxist in a yellow shirt ,": an age set apart after a name
    is a person's (the name was other where the given name is no known one: "Cade Thomas , a
    38-year-old fishing guide", "LaFond Baker , a 48-year-old contractor"); not a firm's age ("Acme ,
    a 100-year-old company", ORG_CONTEXT)."""
    lower = tokens.lower
    return (
        last + 3 < len(tokens)
        and lower[last] == ","
        and lower[last + 1] in ("a", "an")
        and AGE_WORD.fullmatch(lower[last + 2]) is not None
        and lower[last + 3] not in ORG_CONTEXT
    )


def _group_of(tokens: _Tokens, first: int, adjective: str) -> _Candidate | None:
    """ "Democratic lawmakers" (a group noun next), or "Catholic" / "Republican" alone, which
    names its group ("Catholics", "Republicans"); nationality words alone name nothing (3)."""
    nxt = first + 1
    if nxt < len(tokens) and tokens.lower[nxt] in GROUP_NOUNS and len(tokens.gaps[nxt]) <= 1:
        name = _name(tokens, first, nxt + 1)
        if tokens.lower[nxt] == "senators" and adjective in PARTIES:
            name = f"Senate {GROUP_ADJECTIVES[adjective]}"  # "Democratic senators" are "Senate Democrats"
        return _Candidate(first=first, last=nxt + 1, type="other", name=name)
    if adjective in GROUP_ADJECTIVES:
        return _Candidate(first=first, last=first + 1, type="other", name=GROUP_ADJECTIVES[adjective])
    return None


def _actors(tokens: _Tokens, cands: list[_Candidate]) -> list[_Candidate]:
    """Unnamed groups that act in the article ("police", "plaintiffs", "protesters"): an actor
    noun in lower case named at least ACTOR_MIN_MENTIONS times, outside the names found (3)."""
    lower, cap = tokens.lower, tokens.cap
    if ACTOR_NOUNS.keys().isdisjoint(lower):  # most articles: one C-level pass, no per-token loop
        return []
    hits = [i for i in compress(count(), map(ACTOR_NOUNS.__contains__, lower)) if not cap[i]]
    if not hits:
        return []
    taken = {i for c in cands for i in range(c.first, c.last)}
    found: dict[str, list[int]] = defaultdict(list)
    for i in hits:
        if i not in taken:
            found[ACTOR_NOUNS[lower[i]]].append(i)
    return [
        _Candidate(first=i, last=i + 1, type="other", name=name)
        for name, where in found.items()
        if len(where) >= ACTOR_MIN_MENTIONS
        for i in where
    ]


def _lower_case_names(tokens: _Tokens, cands: list[_Candidate]) -> list[_Candidate]:
    """Organisations written in lower case (LOWER_CASE_NAMES: "the tea party"), outside the names
    found ("St. Louis Tea Party" is a name of its own) (3)."""
    lower, cap, opens = tokens.lower, tokens.cap, tokens.opens
    if LOWER_CASE_FIRSTS.isdisjoint(lower):  # most articles: one C-level pass, no per-token loop
        return []
    starts = [i for i, low in enumerate(lower[:-1]) if (low, lower[i + 1]) in LOWER_CASE_NAMES]
    if not starts:
        return []
    taken = {i for c in cands for i in range(c.first, c.last)}
    return [
        _Candidate(first=i, last=i + 2, type="organization", name=LOWER_CASE_NAMES[lower[i], lower[i + 1]])
        for i in starts
        if i not in taken and i + 1 not in taken and not cap[i + 1] and (not cap[i] or opens[i])
    ]


# the words after a name that _extend_group reads (a group or team noun, or "'s" before a team noun)
EXTENDING = GROUP_NOUNS | TEAM_NOUNS | {"'", "’"}
# the group nouns for the people who speak for an organisation: after its name they are the
# organisation itself, as "a BP official" is ("BP officials said", "Department of Energy officials",
# "White House officials"; "BP officials" was a group of its own beside "BP" in 140 dev texts). Not
# after a place or a demonym ("Colorado officials", "Mexican officials": a government's people, a
# group), nor the nouns for a body's members ("GOP leaders", "House members": some of them, a group)
SPOKESPEOPLE = _words("officials representatives")


def _extend_group(tokens: _Tokens, cand: _Candidate) -> None:
    """ "Republican lawmakers", "Obama administration": a lower-case noun after the name (3)."""
    if cand.last >= len(tokens) or cand.role:
        return
    lower = tokens.lower
    nxt = lower[cand.last]
    if nxt in GROUP_NOUNS and len(tokens.gaps[cand.last]) <= 1:
        if nxt in SPOKESPEOPLE and (
            cand.type == "organization"
            or cand.type is None
            and cand.last - cand.first == 1
            and lower[cand.first] in ALONE_ORGANISATIONS  # ("Navy officials": typed by find_mentions)
        ):
            return  # "Department of Energy officials said": the department
        cand.last += 1
        cand.type = "other"
        return
    # "the Obama administration", "Mitt Romney's campaign" -> "Romney campaign"
    possessive = nxt in ("'", "’") and cand.last + 2 < len(tokens) and lower[cand.last + 1] == "s"
    k = cand.last + 2 if possessive else cand.last
    if lower[k] in TEAM_NOUNS and cand.type in (None, "person") and cand.last - cand.first <= 2:
        if lower[k] in LEADER_TEAMS:
            cand.evidence.add("leader")  # "Obama" of "the Obama administration" is a person (_resolve)
        cand.name = f"{tokens.text[cand.last - 1]} {lower[k]}"
        cand.last = k + 1
        cand.type = "organization"
