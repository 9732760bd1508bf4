"""Step 1 of find_mentions: the article's tokens and its runs of capitalised words.

1. Candidates are runs of capitalised words ("Diaoyutai State Guesthouse", "U.S.", "G7"), joined
   over "of" only after a head that takes one ("Secretary of State", "Ministry of Defence",
   "Centers for Disease Control"; "of the" after an organisation's: "Department of the
   Interior"; and "Fourth of July"), over "and" inside such a complement (not before "the", an
   acronym or "<Department> of": "Department of Justice and the FBI") or before two words that
   end in an organisation's head and name none of their own ("Food and Drug Administration", not
   "Chrysler and General Motors"; or three, described in lower case or by the acronym after them:
   "Cybersecurity and Infrastructure Security Agency (CISA)"), over the possessive of "people",
   "women", "children", "men" ("Jackson Women's Health Organization"), and over a list of single words that ends in "and" in such a
   complement ("Bureau of Alcohol, Tobacco, Firearms and Explosives"). A run's first word at a
   sentence start is dropped when it is a function word or the article also writes it in lower
   case ("Earlier", "Top"); months and weekdays are never names, nor are "I'm", "Trump-era", party
   tags ("(D)", "D-Ariz.", "(D Calif.)"), runs in capitals ("ORIGINALLY PUBLISHED"), a heading in title case
   ("Juneteenth Is More Than"), or an untyped lone word the article also writes in lower case
   ("the Board removed"); nor are a month or weekday cut short next to a number or a month ("Tue
   Jun 1, 2010", "22 Jul 2013"), a dotted acronym of a word that is no entity ("I.C.U. beds",
   "T.V."), two places joined by a hyphen ("the US-Mexico border"), or a word in capitals that the
   article also writes in lower case and no known organisation's ("A FIRE has badly damaged"),
   or words in capitals (not a place's) that are a clause ("OBAMA IS AN HONEST LEADER": a
   function word no name holds) or each a word the article writes in lower case ("HUGE
   CORPORATION"), nor a reference list's authors ("Fleming DM , Watson JM , Nicholas S , et al.": three or more
   surnames with initials in capitals), an untyped label of a web page on a line of its own after
   a sentence's end ("Corresponding Author:", "Learn More"), or a role noun that a title leaves
   ("Deputy Editor"), or an untyped run that ends in "Democratic" or "Republican" before a word in
   lower case ("the Senate Democratic leader", "the South Carolina Democratic primary"), nor the
   untyped words of a work's title in quotes (“The End of Poetry”,
   "Meet the Press"); an ellipsis ends a sentence ("… But I've"). A descriptor that opens the
   sentence before a given name is no part of the name ("Gymnast Simone Biles"), nor is an
   honorific ("Mr.", "Dr.", "Professor"). A bill or ballot measure takes its number, one
   spelling for the ways it is written ("Senate Bill 1062", "SB1062" -> "SB 1062"; "Amendment
   64"; type "other"). A place written in capitals (a dateline's "WASHINGTON", "NEW ORLEANS") is
   named in the usual case ("Washington"), so that it reads as the body's name does.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import accumulate, compress, count, repeat
from operator import itemgetter

from newsprism.records import EntityType

from .vocabulary import (
    ABBREVIATED,
    BILL_PREFIXES,
    BILL_WORD,
    COMPANY_SUFFIXES,
    COMPASS,
    COMPLEMENT_OPENERS,
    CONNECTORS,
    CONTRACTION,
    COUNTING_WORDS,
    COURT_DISTRICTS,
    DATE_ABBREVIATIONS,
    DATE_WORDS,
    DAY_PARTS,
    DEMONYMS,
    DEPARTMENT_FIELDS,
    DISEASES,
    FOOTBALL_CLUBS,
    FUNCTION_WORDS,
    GROUP_ADJECTIVES,
    GROUP_NOUNS,
    GROUPS,
    HEADING_WORDS,
    HOLIDAY_HEADS,
    HONORIFICS,
    HYPHEN_ADJECTIVE,
    INSTITUTION_HEADS,
    KNOWN_ORGS,
    LAW_CONNECTORS,
    LAW_HEADS,
    LONE_NON_NAMES,
    LOWER_PREFIXED,
    MAX_NAME_WORDS,
    MAX_TITLE_TOKENS,
    MONTHS_DAYS,
    NAME_PARTICLES,
    NAME_STOPS,
    NAMED_DAYS,
    NEWSPAPER_HEADS,
    NON_ENTITIES,
    NOT_NAME_STARTS,
    OF_HEADS,
    OF_NAMES,
    OF_THE_NAMES,
    OFFICE_WORDS,
    ORG_HEADS,
    ORG_OPENERS,
    ORG_WORDS,
    OWN_NAME_OPENERS,
    PARTIES,
    PARTY_TAG,
    PERSON_VERBS,
    PLACE_HEADS,
    PLACE_OF_HEADS,
    PLACE_OPENERS,
    PLURAL_ACRONYM,
    PLURAL_ORG_WORDS,
    POSSESSIVE_FIRMS,
    QUOTES,
    ROLE_NOUNS,
    ROMAN_NUMERALS,
    SAINTS,
    SENTENCE_END,
    STATE_ABBREVIATIONS,
    STATE_ONLY_ABBREVIATIONS,
    STILL_OPENS,
    SURNAME_PREFIX,
    TIME_PREFIXES,
    TITLE_CLOSES,
    TITLE_ENDS,
    TITLE_HEADS,
    TITLE_MARKS,
    TITLE_PARTS,
    TOKEN_SPLIT,
    _given_names,
    _is_given_name,
    _news_words,
    _places,
    _regions,
    _subdivisions,
    _words,
)


@dataclass(slots=True)  # (not frozen: a frozen dataclass sets its fields one call at a time)
class _Tokens:
    """An article's tokens as parallel lists, token i at index i of each (one Python object per
    token was half of find_mentions' time)."""

    text: list[str]
    lower: list[str]  # casefolded (an initial's without its full stop: "W." -> "w")
    gaps: list[str]  # the whitespace before each token ("": it touches the token before it)
    cap: list[bool]  # starts with a capital letter or is an acronym ("G7")
    opens: bytearray  # 1 where the token opens a sentence
    newline: bytearray  # 1 where a line break stands before the token
    sentence: Sequence[int]  # how many sentences have opened up to here (2d: same sentence)
    # the indices of the straight quotes and of the line breaks, found on the first call of
    # _straight_quotes_before (a one-paragraph article of 2.5 MB counted its line's quotes once a run)
    quote_marks: tuple[list[int], list[int]] | None = None

    def __len__(self) -> int:
        return len(self.text)


@dataclass(slots=True)
class _Candidate:
    """A name found in the text before coreference: its words and what is known about them."""

    first: int  # token indices of the name, end exclusive
    last: int
    type: EntityType | None
    role: str | None = None
    relative: str | None = None  # "counterpart", "former", "successor" (2d)
    sentence: int = 0
    name: str = ""
    evidence: set[str] = field(default_factory=set)


# the tokens from which _tokens shares one str among a word's tokens: fewer cost more time than they
# save memory (the dict of words costs about 10 µs an article of the dev set's size)
SHARED_WORDS_FROM = 20_000


def _tokens(text: str) -> _Tokens:
    """Every word and mark of the text, with the offsets counted from the lengths of the pieces
    between them and the sentence openings found from the few marks that end a sentence."""
    pieces = TOKEN_SPLIT.split(text)
    gaps, words = pieces[0:-1:2], pieces[1::2]
    if len(words) < SHARED_WORDS_FROM:
        lower = list(map(str.casefold, words))
    else:
        # a long text: one str per distinct word, and its lower form the same str where the word is
        # in lower case already (a token was ~175 bytes, ~100 of them its word and lower form)
        del pieces
        spellings = dict(zip(words, words, strict=True))  # (a word's value: its last token's str)
        words = list(map(spellings.__getitem__, words))
        lows = {w: low if (low := w.casefold()) != w else w for w in spellings.values()}
        del spellings
        lower = list(map(lows.__getitem__, words))
        del lows
    if "." in text:
        merged: list[int] = []
        for i in list(compress(count(), map(".".__eq__, words))):
            if i == 0 or gaps[i] or (merged and merged[-1] == i - 1):
                continue
            if lower[i - 1] in ABBREVIATED:  # "Sen." "Mr." "Inc.": the full stop belongs to the word
                lower[i - 1] += "."
            elif not (len(words[i - 1]) == 1 and words[i - 1].isupper()):  # an initial: "George W. Bush"
                continue
            words[i - 1] += "."  # (the full stop's gap was empty: the offsets stay the sums of lengths)
            merged.append(i)
        for i in reversed(merged):
            del gaps[i], words[i], lower[i]
    n = len(words)
    # (the per-token tests below run in C: map and compress, no Python loop over the tokens)
    newline = bytearray(map(str.__contains__, gaps, repeat("\n"))) if "\n" in text else bytearray(n)
    # a sentence opens after a line break or a sentence's end, and still after the closing quote or
    # bracket right after it ('.” It was')
    opens = bytearray(b"\x01" if n else b"") + bytearray(map(SENTENCE_END.__contains__, words[:-1]))
    for k in compress(count(), newline):
        opens[k] = 1
    for k in compress(count(), map(STILL_OPENS.__contains__, words[:-1])):  # in text order: '.” "It'
        if opens[k]:
            opens[k + 1] = 1
    cap = list(map(str.isupper, map(itemgetter(0), words)))
    if LOWER_PREFIXED.search(text):
        # "Abu Bakr al-Baghdadi", "al-Qaida", "Abdel Fattah el-Sisi": a name's particle; "then-President
        # Barack Obama": a title
        for i, w in enumerate(words):
            if "-" in w and (_lower_prefixed(w) or _prefixed_office(lower, cap, newline, i)):
                cap[i] = True
    return _Tokens(
        text=words,
        lower=lower,
        gaps=gaps,
        cap=cap,
        opens=opens,
        newline=newline,
        # (a long text's counts in an array: an int above 256 is an object of 32 bytes)
        sentence=list(accumulate(opens)) if n < SHARED_WORDS_FROM else array("q", accumulate(opens)),
    )


# plurals whose "'s" goes on with a name (_possessive_name: "People's Republic", "Women's March")
PLURAL_POSSESSORS = _words("people women children men")
# an office named for the officer who heads it, whose "'s Department" or "'s Office" goes on with
# the name: "the Los Angeles County Sheriff's Department", "the District Attorney's Office", "the
# Medical Examiner's Office" (cut at the "'s", they read as "Department" or "Office" alone: 16
# mentions of "Department" over dev and heap-10000); US counties and states name these offices so
OFFICE_POSSESSORS = _words("sheriff attorney coroner marshal examiner prosecutor")
OFFICE_HEADS = _words("department office")


# the titles a saint-named town's or school's possessive is followed by, which end its name
# (_possessive_name)
SAINT_TITLE_WORDS = TITLE_HEADS | ROLE_NOUNS


def _possessive_name(tokens: _Tokens, j: int, start: int) -> bool:
    """The "'s" at j goes on with the name (of the run that opens at `start`): "People's Republic",
    "Women's March", "Mother's Day", "New Year's Eve", "Martha's Vineyard"."""
    lower = tokens.lower
    if lower[j - 1] in PLURAL_POSSESSORS:
        return True  # ("Jackson Women's Health Organization", "Children's Hospital")
    if lower[j - 1] == "state" and lower[j + 1] == "s" and lower[j + 2] == "attorney":
        # a county prosecutor's title in Illinois, Maryland, Florida, before a name too: "the Lake
        # County State's Attorney's Office", "Cook County State's Attorney Kim Foxx" (the title,
        # then the person: _split_title)
        return True
    if lower[j + 1] != "s":
        return False
    if (
        j - 2 >= start
        and lower[j - 2] in SAINTS
        and _saint(tokens, j - 2)
        and lower[j + 2] not in SAINT_TITLE_WORDS
    ):
        # a church, college, hospital or square named for a saint goes on with its capitalised words:
        # "St. Mary's Hospital", "St John's College", "St. Patrick's Catholic Church" (cut at the
        # "'s", "Hospital" alone was a name, and "St. Mary" another); not into a title, which is the
        # town's or the school's officer's, before the officer's name ("St. Louis's Mayor Francis
        # Slay": the place "St. Louis" and the mayor; review28)
        return True
    if j - 1 == start and lower[j + 2] in INSTITUTION_HEADS and _founder_possessive(tokens, j):
        return True  # "Alleyn's School", "Guy's Hospital"
    if j - 1 == start and _given_possessor(tokens, j):
        return True  # "Martha's Vineyard", "Sam's Club", "Dick's Sporting Goods"
    return (
        (
            lower[j + 2] in HOLIDAY_HEADS
            or lower[j - 1] in OFFICE_POSSESSORS
            and lower[j + 2] in OFFICE_HEADS
            # a place named for someone: "St James's Square", "St. Paul's Cathedral", "Elmer's Island"
            # (not a place's or a firm's own: "Florida's Panhandle", "BP's Gulf operations"; nor a
            # name that goes on: "BP's Gulf of Mexico", "Trump's State of the Union")
            or lower[j + 2] in PLACE_HEADS
            and tokens.text[j - 1][1:].islower()
            and lower[j - 1] not in _places()
            and (j + 3 == len(lower) or lower[j + 3] not in CONNECTORS)
        )
        and (j + 3 == len(lower) or not tokens.cap[j + 3])
    )


# the word of a photo credit before "/" and the photographer's name ("REUTERS/Larry Downing", "AP
# Photo/Gerald Herbert", "AFP/Getty Images", "EPA/Dan Anderson")
PHOTO_CREDITS = _words("reuters photo ap afp getty images epa upi pool")


# the agencies a photo credit names after the photographer and "/" ("Chris Graythen/Getty Images",
# "Mario Tama/AFP", "Dan Anderson/EPA", "Ian Jones/Rex Features"), and their names' second words
PHOTO_AGENCIES = _words("reuters afp epa ap getty upi pa rex zuma bloomberg")
AGENCY_TAILS = _words("images features press photo photos wire news")


# the capitalised words that open a sentence and end no name (the run's last word, LOST_OPENERS)
# ("He" can end a Chinese name: "Vice Premier Liu He")
LOST_OPENERS = _words(
    "the this his her its my our their there she it we they that these those in on of so but"
)
# ... of which "So" is a surname too, after a given name alone: "grandmaster Wesley So won" lost its
# surname (review26). Not "In" or "On" ("Obama s Katrina In the Gulf of Mexico", T17: a glued opener)
SURNAME_OPENERS = _words("so")
# and those alone inside a sentence, with the conjunctions that open one ("Retired admiral If the
# tests are positive", "said He he would meet"; "He" ends a Chinese name, a run of two words)
LONE_OPENERS = LOST_OPENERS | _words("he if when while although because however meanwhile")
# a journalist's role nouns, after a desk's word in a byline ("Business reporter", "Environment
# correspondent", "Political editor")
BYLINE_NOUNS = _words("reporter correspondent editor writer producer presenter analyst")


def _quote_box(tokens: _Tokens, i: int, j: int) -> tuple[int, int, bool]:
    """The run i..j after a BBC quote box's "End Quote" (its last line, which the page's extraction
    glues to the speaker's name and role and to the next sentence): a given name, its initials and
    one surname after any title ("End Quote Robert Peston BBC business editor" is "Robert Peston",
    "End Quote Dr Simon Boxall National Oceanography Centre" "Dr Simon Boxall"), or the run less
    the label where no given name opens it ("End Quote Department of Energy and Climate Change"); and
    whether a given name opened it."""
    text, lower = tokens.text, tokens.lower
    k = i
    while k < j - 1 and (
        (low := lower[k].rstrip(".")) in TITLE_HEADS
        or low in HONORIFICS
        or low == "prof"  # ("Prof Ed Overton")
    ):
        k += 1
    if not (text[k][1:].islower() and _is_given_name(lower[k])):
        return i, j, False
    k += 1
    while k < j - 1 and len(text[k].rstrip(".")) == 1:
        k += 1  # an initial
    return i, min(j, k + 1), True


# the most tokens of a quote box's role line after the speaker's name ("Energy and Climate Change
# Secretary", "Former BP chief executive", "BBC North America editor": 3-6 over the BBC's boxes)
MAX_BOX_ROLE_TOKENS = 8
BOX_ROLE_NOUNS = ROLE_NOUNS | TITLE_HEADS
# capitalised words that go on with a title ("Chief Executive Officer", "Attorney General")
BOX_ROLE_GOES_ON = _words("general executive officer")


def _box_role_end(tokens: _Tokens, j: int) -> int:
    """Where the role line of a BBC quote box ends, after the speaker's name that ends at j ("End Quote
    Ed Miliband Shadow energy secretary But with deep water ..."): at the first capitalised word after
    a role noun within MAX_BOX_ROLE_TOKENS, on the same line, with no stop or quote mark between (the
    next sentence's first word, which the page's extraction glued to the box); 0 when none is found.
    Not before a role word or "General" ("Chief Executive Officer", "Attorney General")."""
    text, lower, cap, n = tokens.text, tokens.lower, tokens.cap, len(tokens)
    for k in range(j + 1, min(n, j + MAX_BOX_ROLE_TOKENS + 1)):
        if tokens.newline[k] or text[k - 1] in SENTENCE_END or text[k - 1] in QUOTES:
            return 0
        prev = lower[k - 1].rpartition("-")[2]  # (a title's last part: "Co-chair")
        if (
            text[k] in QUOTES
            and k + 1 < n
            and cap[k + 1]
            and (prev in BOX_ROLE_NOUNS or prev in BYLINE_NOUNS)
        ):
            return k + 1  # ('Mark Mardell BBC North America editor " We reviewed': the next quote)
        if (
            cap[k]
            and (prev in BOX_ROLE_NOUNS or prev in BYLINE_NOUNS)
            and lower[k] not in BOX_ROLE_NOUNS
            and lower[k] not in BOX_ROLE_GOES_ON
        ):
            if cap[k - 1] and k - 2 > j and not cap[k - 2] and lower[k - 2] not in BOX_ROLE_NOUNS:
                # the title opens the next sentence, before its holder's name: "End Quote Robert
                # Graham Co-chair of the commission President Obama has asked"
                return k - 1
            return k
    return 0


# the labels of a photo credit before ":" ("Photograph : Graeme Robertson", the Guardian's)
CREDIT_LABELS = _words("photograph photographs photo photos picture pictures credit")


# the quote marks that open and close a work's title in the news ('the hit 'U Can't Touch This'')
OPENING_QUOTES = frozenset("\"“‘'")
CLOSING_QUOTES = frozenset("\"”’'")


def _quoted_whole(tokens: _Tokens, i: int, j: int) -> bool:
    """The run i..j is all a quotation holds on its line, its closing mark right after it or after
    a comma or a stop (“Mikey Likes It”, 'U Can't Touch This', "Away From Her,"): a work's title or
    a nickname, whose last word may be a pronoun ("It", "This", "Her"); a sentence's lost opener is
    never quoted alone with the name before it."""
    text, newline, n = tokens.text, tokens.newline, len(tokens.text)
    if i == 0 or text[i - 1] not in OPENING_QUOTES or j >= n or any(newline[i : j + 1]):
        return False
    close = j + (text[j] in TITLE_CLOSES and j + 1 < n)
    return text[close] in CLOSING_QUOTES and not tokens.gaps[close]


def _credit_agency(tokens: _Tokens, i: int) -> bool:
    """The word at i is a photo agency's name written right after the "/" of a photo credit
    ("Photograph : Win McNamee/Getty BP's", "Eitan Abramovich/AFP/Getty For"): the agency, an
    organisation, where nothing else names the word alone (the Guardian writes "Getty" for "Getty
    Images"; "Getty" alone after a name and "/" is never the oil family's or the museum's)."""
    return (
        i > 1
        and tokens.text[i - 1] == "/"
        and not tokens.gaps[i]
        and not tokens.gaps[i - 1]
        and tokens.cap[i - 2]
        and tokens.lower[i] in PHOTO_AGENCIES
    )


def _agency_end(tokens: _Tokens, i: int, j: int) -> int:
    """Where the agency's name ends in the run i..j that opens right after the "/" of a photo
    credit ("Graythen/Getty Images NEW ORLEANS" is "Getty Images", "Young/Reuters BP" is "Reuters"),
    0 when it is the whole run or the run names no agency."""
    if tokens.text[i - 1] != "/" or tokens.gaps[i] or tokens.gaps[i - 1] or not tokens.cap[i - 2]:
        return 0
    if tokens.lower[i] not in PHOTO_AGENCIES:
        return 0
    end = i + 1 + (tokens.lower[i + 1] in AGENCY_TAILS)
    return end if end < j else 0


def _credit_end(tokens: _Tokens, i: int, j: int, lower_vocab: set[str]) -> int:
    """Where the photographer's name ends in the run i..j that opens right after a credit's "/" or a
    credit label's ":" ("Photograph : Graeme Robertson Flop"): a
    given name, its initials and one surname ("REUTERS/Jae C. Hong The Superdome" is "Jae C. Hong"),
    0 when the name is the whole run or no given name opens it."""
    text, lower, gaps = tokens.text, tokens.lower, tokens.gaps
    if (
        (
            gaps[i] or gaps[i - 1] or lower[i - 2] not in PHOTO_CREDITS
            if text[i - 1] == "/"
            else lower[i - 2] not in CREDIT_LABELS  # "Photograph : Graeme Robertson Flop flop flop"
        )
        or not text[i][1:].islower()  # (not "PA" of "Photo/PA Michelle Obama")
        or not _is_given_name(lower[i])
    ):
        return 0
    k = i + 1
    while k < j - 1 and len(text[k].rstrip(".")) == 1:
        k += 1  # an initial: "Jae C. Hong"
    if (
        k + 1 < j
        and _is_given_name(lower[k])
        and lower[k + 1] not in lower_vocab
        and lower[k + 1] not in FUNCTION_WORDS
    ):
        # a second given name before the surname: "Ann Marie Gorden" (not "Dave Martin According",
        # "Dave Martin As": the next sentence's first word, a word the article writes in lower case)
        k += 1
    # the word after the surname opens the next sentence or its dateline: one the article writes in
    # lower case, a function word, a place, or the run's last word before one in lower case ("Flop
    # flop flop", "The Superdome", "Mexico City", "Interesting that"); else the name goes on
    # ("Photograph : Michael St Maur Sheil")
    k += 1
    if k < j and (
        lower[k] in lower_vocab
        or lower[k] in FUNCTION_WORDS
        or lower[k] in _places()
        or k == j - 1
        and j < len(text)
        and text[j].isalpha()
        and text[j].islower()
    ):
        return k
    return 0


def _firm_possessive(tokens: _Tokens, i: int) -> bool:
    """The word i (one of POSSESSIVE_FIRMS) names the firm with its "'s" ("Moody 's said", "rating
    agencies Moody 's and Fitch"): the article writes it capitalised only so, with the "'s" and after
    no other capitalised word inside a sentence. A person of that surname is written without it once
    at least, or after the given name ("Helmut Kohl's government", "Chris Christie 's budget")."""
    text, lower, cap, opens = tokens.text, tokens.lower, tokens.cap, tokens.opens
    low, n = lower[i], len(lower)
    for k in compress(range(n), map(low.__eq__, lower)):
        if not cap[k]:
            continue  # (the word in lower case: "a moody teenager")
        if k + 2 >= n or text[k + 1] not in ("'", "’") or lower[k + 2] != "s":
            return False
        if k and cap[k - 1] and not opens[k]:
            return False
    return True


def _founder_possessive(tokens: _Tokens, j: int) -> bool:
    """The word before the "'s" at j names an institution with the head after it ("Alleyn 's School
    in Dulwich"): a word in title case, no place, acronym or word the article writes in lower case,
    that the article writes capitalised only with that "'s" (a person or a firm is written alone too:
    "Obama's Church", "Trump's University"; a place's "Britain's University of Warwick" is the place's)."""
    text, lower, cap = tokens.text, tokens.lower, tokens.cap
    owner = lower[j - 1]
    if not text[j - 1][1:].islower() or owner in _places() or not text[j + 2][1:].islower():
        return False
    for k in compress(range(len(lower)), map(owner.__eq__, lower)):
        if not cap[k] or k + 2 >= len(lower) or text[k + 1] not in ("'", "’") or lower[k + 2] != "s":
            return False  # (written alone, or in lower case: "the dean's college", "a king")
        if k + 3 >= len(lower) or lower[k + 3] not in INSTITUTION_HEADS:
            return False  # (its "'s" before another word: "Smith's Hospital ... Smith's decision")
    return True


def _given_possessor(tokens: _Tokens, j: int) -> bool:
    """A given name alone, "'s" (at j) and the common nouns capitalised after it are one name: a
    place, a shop, a club or a band named for someone ("Martha's Vineyard", "Sam's Club", "Joey's
    Diner", "Destiny's Child", "Dick's Sporting Goods", "Bailey's Beach Club", "Martha's Vineyard
    Holistic Retreat"). A person the news writes of owns things by the full name or the surname
    ("Obama's Christianity", "Wolff's Fire"), and a title before the given name makes the run a
    person's ("Princess Diana's Ghost": the caller asks only when the given name opens the run).
    What a first name owns by capitalised words is a thing of its own name only when none of them
    is a place, a people, a known organisation, a person, a title, a party or a date ("Serena's
    Wimbledon", "Sam's American", "Martha's Jim", "Floyd's May 25 death", "Hillary's Campaign
    Chairman John Podesta", "Hillary's Democratic rivals"), and the owner no place ("Charlotte's") nor
    a surname the article writes after a given name ("Cameron's Downing St. office");
    a firm's "&" after them ("Lee's Pawn & Jewelry") leaves the firm's name to _firm_pair."""
    text, lower, cap, newline = tokens.text, tokens.lower, tokens.cap, tokens.newline
    owner, n = lower[j - 1], len(lower)
    if not text[j - 1][1:].islower() or not _is_given_name(owner) or owner in _places():
        return False
    k = j + 2
    while k < n and cap[k] and not newline[k]:
        noun = lower[k]
        if (
            k - j - 2 == MAX_OWNED_WORDS
            or not text[k][1:].islower()
            or noun in DATE_WORDS
            or noun in _places()
            or noun in DEMONYMS
            or noun in KNOWN_ORGS
            or noun in PARTIES
            or noun in TITLE_HEADS
            or noun in ROLE_NOUNS
            or _is_given_name(noun)
        ):
            return False
        k += 1
    return k > j + 2 and (k == n or lower[k] != "&") and not _surname(tokens, j - 1)


# the most capitalised words a given name's possessive owns in one name ("Martha's Vineyard
# Holistic Retreat", "Joe's Crab Shack Grill"); more are a heading's words
MAX_OWNED_WORDS = 4


def _surname(tokens: _Tokens, i: int) -> bool:
    """The word at i follows a capitalised given name somewhere in the article ("Xavier Malisse")."""
    low, lower, cap = tokens.lower[i], tokens.lower, tokens.cap
    return any(lower[j] == low and cap[j - 1] and _is_given_name(lower[j - 1]) for j in range(1, len(lower)))


def _firm_pair(tokens: _Tokens, a: int, b: int) -> bool:
    """The capitalised words a and b around "&" name one firm or show ("Johnson & Johnson",
    "Kirkland & Ellis", "Fox & Friends"): not two places ("Iraq & Afghanistan"; one is a founder's
    surname as often: "Kirkland" is a town too), not words in capitals ("LIAR & LEAKER"), and b no
    legal form ("Merck & Co." is Merck)."""
    text, lower = tokens.text, tokens.lower
    return (
        tokens.cap[b]
        and not tokens.newline[b]
        and lower[b] not in COMPANY_SUFFIXES
        and not (text[a].isupper() and len(text[a]) > 2 or text[b].isupper() and len(text[b]) > 2)
        and not (lower[a] in _places() and lower[b] in _places())
    )


def _one_name_twice(tokens: _Tokens, i: int) -> bool:
    """The word i written again after the "and" at i + 1, and no capitalised word or number after
    but a disease: one firm's name ("the Johnson and Johnson vaccine", "... Covid-19 vaccine"; not
    "BP and BP has agreed", "Harvard and Harvard Law", "Python and Python 3")."""
    text, lower, n = tokens.text, tokens.lower, len(tokens.text)
    return (
        i + 2 < n
        and lower[i + 2] == lower[i]
        and not text[i].isupper()
        and (i + 3 == n or not (tokens.cap[i + 3] or text[i + 3][0].isdigit()) or lower[i + 3] in DISEASES)
    )


# months that are surnames too: after a listed given name they end the person's name ("Theresa May")
MONTH_SURNAMES = _words("may march june april august")


def _month_surname(tokens: _Tokens, j: int, lower_vocab: set[str]) -> bool:
    """The month at j is the surname of the given name before it: "Theresa May", "Brian May"; not
    before a number ("Sunday May 5") nor after a word the article writes in lower case ("In May")."""
    given = tokens.lower[j - 1]
    return (
        _is_given_name(given)
        and given not in lower_vocab
        and not tokens.text[j - 1].isupper()
        and (j + 1 == len(tokens) or not tokens.text[j + 1][:1].isdigit())
    )


# the words that open a title after a time prefix ("then-Majority Leader", "then-Vice President",
# "then-Interior Secretary"): TITLE_PARTS but its function words, an armed service's, whose unit is
# a rank ("ex-Navy SEAL Chris Kyle", "ex-Army Ranger"), and a country's before a lower-case role
# ("ex-US administrator Paul Bremer")
TITLE_OPENERS = TITLE_PARTS - _words("and of the for former navy army air force military us u.s. uk u.k.")


def _untimed(low: str) -> str:
    """A title's word without its time prefix ("then-secretary" -> "secretary"): "then-Secretary of
    State Hillary Clinton" runs on over "of" as "Secretary of State Hillary Clinton" does."""
    prefix, _, rest = low.partition("-")
    return rest if rest and prefix in TIME_PREFIXES else low


def _lower_prefixed(word: str) -> bool:
    """A name or a title after a prefix in lower case: "al-Assad", "then-President" (not "ex-Trump")."""
    prefix, _, rest = word.partition("-")
    if not rest[:1].isupper():
        return False
    if prefix in NAME_PARTICLES:
        return True
    # a title's head or first word: "then-President", "then-Majority Leader", "then-Vice President",
    # "then-Interior Secretary" (a word that completes a title: _split_title reads the title on)
    return prefix in TIME_PREFIXES and (
        (low := rest.casefold().rstrip(".")) in TITLE_HEADS or low in TITLE_OPENERS
    )


def _prefixed_office(lower: list[str], cap: list[bool], newline: bytearray, i: int) -> bool:
    """A time prefix on a place's or a demonym's first word, the capitalised words after it a title
    of that place's: "ex-South Korean President Lee Myung-bak", "then-South African President Jacob
    Zuma", "ex-New York Mayor Michael Bloomberg", "then-Texas Gov. Rick Perry", "ex-British Prime
    Minister Tony Blair". The prefixed word opens the run, so the role is the whole title; the run
    began after it and the role lost the place's first word or all of it ("Korean President", "York
    Mayor", "Gov."). Up to three words of the place before the title's first word (TITLE_HEADS or
    TITLE_OPENERS: "Prime Minister", "State Senator"); not before a lower-case role ("ex-Soviet
    leader": the run would be the demonym alone)."""
    prefix, _, rest = lower[i].partition("-")
    if prefix not in TIME_PREFIXES or not rest:
        return False
    words = [rest]
    for j in range(i + 1, min(i + 4, len(lower))):
        if not cap[j] or newline[j]:
            return False
        low = lower[j]
        if low.rstrip(".") in TITLE_HEADS or low in TITLE_OPENERS:
            place = " ".join(words)
            return (
                place in DEMONYMS
                or len(words) == 2
                and words[0] in COMPASS
                and words[1] in DEMONYMS  # "South Korean"
                or place in _places()
            )
        words.append(low)
    return False


# the most words of a place's name in a dateline ("RIO DE JANEIRO", "NEW YORK")
MAX_DATELINE_WORDS = 3
# a place in capitals of three letters alone is a country's code, which ends a firm's name as often
# ("LG Electronics USA", "Mazars USA": were split by a first cut)
MAX_CODE_LETTERS = 3


def _dateline_place(tokens: _Tokens, j: int) -> bool:
    """A place's name in capitals at j after a word in title case: a dateline that a page glued to
    the line before it ("... flu spreads in Japan TOKYO | Tue May 19", "By Joshua Schneyer RIO DE
    JANEIRO"), no part of that line's name."""
    text = tokens.text
    if not (text[j].isupper() and text[j].isalpha() and len(text[j]) > 2 and text[j - 1][1:].islower()):
        return False
    k = j
    while k < len(text) and k - j < MAX_DATELINE_WORDS and text[k].isupper() and text[k].isalpha():
        k += 1
        if (k - j > 1 or len(text[j]) > MAX_CODE_LETTERS) and " ".join(tokens.lower[j:k]) in _places():
            return True
    return False


def _runs(tokens: _Tokens, lower_vocab: set[str]) -> list[tuple[int, int]]:
    """Maximal runs of capitalised tokens (1), as token index ranges."""
    runs: list[tuple[int, int]] = []
    text, lower, cap = tokens.text, tokens.lower, tokens.cap
    n = len(text)
    end = 0  # where the last run ended: a run starts at a capitalised token after it
    for i in compress(range(n), cap):
        if i < end or not _nameable(tokens, i, lower_vocab):
            continue
        j = i + 1
        while j < n:
            nxt, low = text[j], lower[j]
            if tokens.newline[j]:
                break  # a heading and the paragraph under it are two runs
            if (
                j == i + 1
                and nxt in ("'", "’")
                and j + 1 < n
                and lower[j + 1] == "s"
                and lower[i] in POSSESSIVE_FIRMS
                and _firm_possessive(tokens, i)
            ):
                j += 2  # "Moody 's and Fitch", "Moody's Investors Service": the firm's own "'s"
                continue
            if nxt in ("'", "’") and j + 2 < n and cap[j + 2] and _possessive_name(tokens, j, i):
                j += 2  # "People's Liberation Army", "People's Republic of China", "Mother's Day"
                continue
            if (
                nxt in ("'", "’")
                and j + 1 < n
                and cap[j + 1]
                and lower[j - 1].endswith("s")
                and not text[j - 1].isupper()  # an acronym owns it: "HHS' Office for Civil Rights"
                and lower[j + 1] in ORG_HEADS
                and not tokens.gaps[j]
                and (j + 2 == n or not cap[j + 2])
            ):
                j += 2  # a plural's possessive before the head: "Magistrates' Court", "Teachers' Union"
                continue
            if (
                nxt in ("'", "’")
                and j + 1 < n
                and cap[j + 1]
                and j - 2 >= i
                and lower[j - 1].endswith("s")
                and lower[j - 2] in SAINTS
                and not tokens.gaps[j]
                and text[j + 1][1:].islower()
            ):
                j += 2  # a saint's possessive written with the mark alone: "St James' Park", "St Agnes' Well"
                continue
            if (
                (nxt == "&" or low == "and" and _one_name_twice(tokens, i))
                and j == i + 1
                and j + 1 < n
                and _firm_pair(tokens, i, j + 1)
            ):
                j += 2  # "Johnson & Johnson", "Kirkland & Ellis" (but "Merck & Co." is Merck)
                continue
            if (
                nxt in QUOTES
                and j + 3 < n
                and cap[j + 1]
                and text[j + 2] in QUOTES
                and cap[j + 3]
                and lower[j - 1] in _given_names()
            ):
                j += 4  # a nickname: William "Mo" Cowan
                continue
            if (
                cap[j]
                and (
                    low not in DATE_WORDS
                    or low not in MONTHS_DAYS
                    and not (nxt in DATE_ABBREVIATIONS and _dated(tokens, j))
                    or low in MONTH_SURNAMES
                    and _month_surname(tokens, j, lower_vocab)
                    or j == i + 1
                    and (f"{lower[i]} {low}" in NAMED_DAYS or _club_weekday(lower, i))  # "Super Tuesday"
                )
                and not _hyphen_tag(nxt)
                and (low not in DISEASES or j + 1 < n and cap[j + 1])
                and not _dateline_place(tokens, j)
            ):
                j += 1
                continue
            if (
                j == i + 1
                and cap[j]
                and not tokens.opens[i]
                and "-" in nxt
                and HYPHEN_ADJECTIVE.search(nxt)
                and not PARTY_TAG.match(nxt)
            ):
                # "Puerto Rican-born", "Los Angeles-based", "South African-born": the adjective's
                # word ends a two-word run with it, and find_mentions cuts its tail off the name
                # ("Puerto Rican"); stopping before it left the name's first word alone ("Puerto",
                # "Los"). Not after two words or more (a page's lost stop: "President Mahmoud
                # Ahmadinejad UK-based relatives", "Lake Baikal Russian-owned"), nor after a
                # sentence's opener ("Existing US-based users")
                j += 1
                break
            # "Secretary of State", "Bank of China", "Charles de Gaulle": a connector inside a run;
            # and "of the" after an organisation's word, not a title's ("Department of the
            # Interior", "Humane Society of the United States"; not "Secretary of the Navy")
            if low in CONNECTORS:
                k = j + 1
                if (
                    low == "of"
                    and j + 2 < n
                    and lower[j + 1] == "the"
                    and (_org_of_the(lower[j - 1]) or _secretary_of_the(tokens, j))
                ):
                    k = j + 2
                if (
                    k < n
                    and cap[k]
                    and lower[k] not in MONTHS_DAYS
                    and (
                        low != "of"
                        or _org_word(_untimed(lower[j - 1]).rstrip("."), OF_HEADS)
                        or lower[j - 1] in PLACE_OF_HEADS
                        and (lower[j - 1] != "district" or j - 1 == i or lower[j - 2] in COURT_DISTRICTS)
                        or _org_before_of(lower, i, j)
                        or _law_after(tokens, k)
                        or j == i + 1
                        and _given_complement(tokens, i, k)
                    )
                ):
                    j = k + 1
                    continue
            if (
                low == "of"
                and j + 2 < n
                and lower[j + 1] == "the"
                and ((lower[j - 1], lower[j + 2]) in OF_THE_NAMES or _titled_noun_of_the(tokens, i, j))
            ):
                j += 3  # "State of the Union", "Day of the Dead", "Charge of the Light Brigade"
                continue
            if low == "of" and j + 1 < n and (lower[j - 1], lower[j + 1]) in OF_NAMES:
                j += 2  # "Fourth of July", "Hall of Fame"
                continue
            if (
                low in LAW_CONNECTORS
                and j + 1 < n
                and cap[j + 1]
                and lower[j - 1] not in LAW_HEADS  # two laws: "Clean Water Act and Oil Pollution Act"
                and (low != "and" or j - i >= 2)  # not "Medicare and Affordable Care Act"
                and _law_after(tokens, j + 1)
            ):
                j += 1  # "George Floyd Justice in Policing Act", "Tax Cuts and Jobs Act"
                continue
            if low == "the" and lower[j - 1] == "of" and j + 1 < n and cap[j + 1]:
                j += 1
                continue
            if (
                low == "the"
                and j == i + 1
                and j + 1 < n
                and cap[j + 1]
                and (j + 2 == n or not cap[j + 2])
                and i >= 2
                and (
                    text[i - 1] in ("'", "’")
                    or text[i - 1] == "s"
                    and text[i - 2] in ("'", "’")
                    and i >= 3
                    and lower[i - 3] not in FUNCTION_WORDS
                )
            ):
                # a network's or a paper's title of three words ("CBS's Face the Nation", "NBC's Meet the
                # Press"): the possessive before it makes a title of its capitalised verb. A pronoun's
                # "'s" is a contraction of "is", no owner ("It's About the Money!", "that's About the Time")
                j += 2
                continue
            if nxt == ",":
                listed = _listed_complement(tokens, i, j)
                if listed:
                    j = listed  # "Bureau of Alcohol, Tobacco, Firearms and Explosives"
                    continue
            # "Commission on Fiscal Responsibility and Reform", "Association for the Advancement of"
            k = j + 2 if j + 2 < n and lower[j + 1] == "the" else j + 1
            if (
                low in ("on", "for", "and")
                and k < n
                and cap[k]
                and lower[k] not in MONTHS_DAYS  # "Food and Drug Administration on Monday"
                and (
                    _org_word(lower[j - 1])  # "Centers for Disease Control"
                    if low != "and"  # "and" inside a complement: "Department of Health and ..."
                    else not _second_name(tokens, k)
                    and any(
                        lower[x] in COMPLEMENT_OPENERS
                        and lower[x - 1] not in PLACE_OF_HEADS
                        and (lower[x - 1], lower[x + 1]) not in OF_NAMES
                        and not (
                            x == i + 1
                            and lower[x + 1] == "the"
                            and not _org_of_the(lower[i])  # ("School of the Coast and Environment")
                            and _titled_noun_of_the(tokens, i, x)
                        )
                        for x in range(i + 1, j)
                    )  # (not a place's: "Gulf of Mexico and Alaska"; nor a name's own "of": "the
                    # African Cup of Nations and Andriy Shevchenko"; nor a title's: "The Legacy of the
                    # Exxon Valdez Oil Spill and Not One Drop", two books)
                    and not _name_begun(tokens, i, j)
                    # or a complement that opens the run: "secretary of Housing and Urban Development"
                    or _complement_opens(tokens, i, j, k)
                    # or before an organisation's head: "Food and Drug Administration"
                    or k == j + 1
                    and lower[j - 1] not in GROUPS
                    and (lower[j - 1] not in ORG_HEADS or _committee_field(lower, i, j - 1, k))
                    and (_ends_in_org_head(tokens, k) or _described_org_head(tokens, i, k, lower_vocab))
                )
            ):
                j = k
                continue
            break
        box = i + 2 if text[i] == "End" and j - i > 2 and text[i + 1] == "Quote" else 0
        if not box and text[i] == "Quote" and j - i > 1 and i and text[i - 1] == "End":
            box = i + 1  # ("End" written so in the article too, no name's first word)
        if box:
            i, j, named = _quote_box(tokens, box, j)  # "End Quote Robert Peston BBC business editor"
            # (a box of no person's has a label, no role line: "End Quote US lawmakers Letter to BP")
            role_end = _box_role_end(tokens, j) if named else 0
            if role_end:
                # the box's role line is the speaker's, no name of its own ("Shadow", "Energy Climate",
                # "BBC North America" were names): only its organisations' acronyms ("BBC", "NOAA",
                # "BP") are names; the next sentence opens after it (its first word took the line as a
                # title: "NOAA chief Surface samples confirmed" made "Surface" a person)
                tokens.opens[role_end] = 1
                runs.append((i, j))
                runs.extend((x, x + 1) for x in range(j, role_end) if cap[x] and _is_acronym(text[x]))
                end = role_end
                continue
        if j - i == 1 and lower[i] in LONE_OPENERS and text[i][1:].islower():
            # "Climate Change spokeswoman Its energy spokesman": such a word alone inside a sentence
            # opens the next one, which the page's extraction glued to this (a quote box's role)
            tokens.opens[i] = 1
            end = j
            continue
        if (
            j - i > 1
            and lower[j - 1] in LOST_OPENERS
            and text[j - 1][1:].islower()
            and not _quoted_whole(tokens, i, j)
            and not (j - i == 2 and lower[i + 1] in SURNAME_OPENERS and _is_given_name(lower[i]))
        ):
            # "Hong Kong The disappearance of my money", "Naomi Klein This article appeared", "Graeme
            # Robertson The": no name ends in one of these; the page's extraction lost the stop
            # before a sentence's first word, which opens one
            j -= 1
            tokens.opens[j] = 1
        elif (
            j - i > 2
            and j < n
            and lower[j] in BYLINE_NOUNS
            and not cap[j]
            and lower[j - 1] in lower_vocab
            and _is_given_name(lower[i])
        ):
            # a BBC byline: "By Anthony Reuben Business reporter , BBC News", "Robert Peston Business
            # editor": the desk of the role noun after the name, a word the article writes in lower case
            j -= 1
        if (
            j - i > 2
            and i > 1
            and text[i - 1] == ","
            and lower[i - 2] in BYLINE_NOUNS
            and not cap[i - 2]
            and lower[i + 1] == "news"
            and _is_acronym(text[i])
        ):
            # a BBC byline glued to the story's first sentence: "By Anthony Reuben Business reporter ,
            # BBC News London Mayor Boris Johnson has expressed": the outlet ("BBC News", "CBS News")
            # ends the byline, and the next word opens the sentence (else the mayor's role took it)
            j = i + 2
            tokens.opens[j] = 1
        if (
            j - i > 1
            and i > 1
            and text[i - 1] in ("/", ":")
            and (credit := _agency_end(tokens, i, j) or j - i > 2 and _credit_end(tokens, i, j, lower_vocab))
        ):
            # "REUTERS/Larry Downing Interesting that Mr Gray uses", "Chris Graythen/Getty Images NEW
            # ORLEANS": a photographer's or an agency's name glued to the next sentence's first word
            # by the page's extraction; that word opens a sentence
            j = credit
            tokens.opens[j] = 1
        if j - i > 2 and text[j - 1].isupper() and (glued := _glued_acronyms(tokens, i, j)):
            j = glued  # "Barack Obama BP claims", "Glenn Beck CPAC 2010 Speech": the name, then the acronym
        bill = _bill_prefix(lower, i, j) if j < n and text[j].isdigit() and not tokens.newline[j] else None
        if bill is not None:
            if bill > i:  # "Arizona Senate Bill 1062": the state, then the bill
                runs.append((i, bill))
            i, j = bill, j + 1
        runs.append((i, j))
        end = j
    return runs


def _club_weekday(lower: list[str], i: int) -> bool:
    """A town and a weekday that name a club ("after facing Sheffield Wednesday": the weekday cut
    "Sheffield" off, a place), not the town's day ("in Sheffield Wednesday night"; "arrested two men
    in Sheffield Wednesday": after "in", "near"..., TOWN_DAY_BEFORE, but before a possessive, "in
    Sheffield Wednesday's win", the club's)."""
    if f"{lower[i]} {lower[i + 1]}" not in FOOTBALL_CLUBS:
        return False
    after = lower[i + 2] if i + 2 < len(lower) else ""
    return after not in DAY_PARTS and (i == 0 or lower[i - 1] not in TOWN_DAY_BEFORE or after in ("'", "’"))


# the words before a town that make the weekday after it the day of what happened there ("two men
# were arrested in Sheffield Wednesday")
TOWN_DAY_BEFORE = _words("in near outside around across")


# the one-word offices a secretary "of the" heads (the departments' fields written with "the", and
# the armed services'): "Secretary of the Treasury Janet Yellen", "Secretary of the Navy Carlos Del Toro"
SECRETARY_OFFICES = frozenset(field[0] for field in DEPARTMENT_FIELDS if len(field) == 1) | _words(
    "navy army"
)


# letters after a person's name that are part of it: rank, honours, degrees ("Michael Mansfield QC")
POST_NOMINALS = _words("qc kc mp msp mep md phd dds rn cbe obe mbe kbe dbe frs jp esq usn usmc ret")


def _glued_acronyms(tokens: _Tokens, i: int, j: int) -> int:
    """Where a person's name ends in the run i..j that goes on with acronyms the article also writes
    alone ("Barack Obama BP claims" of a heading glued to the next sentence, "Glenn Beck CPAC 2010",
    "Tony Hayward BP 's chief executive"): after a given name and a surname in title case, before the
    first of the run's last words in capitals (2-5 letters; no roman numeral, post-nominal or legal
    form: "Robert S. Mueller III", "Michael Mansfield QC", "Royal Dutch Shell PLC"); 0 when the run is
    no such name."""
    text, lower = tokens.text, tokens.lower
    if not (text[i][1:].islower() and _is_given_name(lower[i])):
        return 0
    k = j
    while k - 1 > i + 1 and _is_acronym(text[k - 1]) and 2 <= len(text[k - 1]) <= 5:
        k -= 1
    if k == j or not text[k - 1][1:].islower():
        return 0
    acronym = text[k]
    if (
        acronym in ROMAN_NUMERALS
        or lower[k] in POST_NOMINALS
        or lower[k] in COMPANY_SUFFIXES
        or not acronym.isalpha()
    ):
        return 0
    # the article writes the acronym alone elsewhere: a name of its own (BP, CPAC), not a suffix
    alone = sum(1 for x in compress(range(len(text)), map(acronym.__eq__, text)) if x != k)
    return k if alone else 0


def _secretary_of_the(tokens: _Tokens, j: int) -> bool:
    """The "of the" at j is a secretary's title before the holder's name: "Secretary of the Treasury
    Janet Yellen" (the title is the person's role, _split_title), or a surname alone, one
    capitalised word that is no organisation's before no capitalised word ("Secretary of the
    Interior Salazar said"; not "the Secretary of the Navy Office"); with no name after the office
    ("the Secretary of the Navy said") the run stops before "of"."""
    lower, cap, n = tokens.lower, tokens.cap, len(tokens)
    return (
        lower[j - 1].rpartition("-")[2] == "secretary"  # (and "then-Secretary", "ex-Secretary")
        and j + 3 < n
        and lower[j + 2] in SECRETARY_OFFICES
        and cap[j + 2]
        and cap[j + 3]
        and (
            _is_given_name(lower[j + 3])
            or lower[j + 3] not in ORG_WORDS
            and tokens.text[j + 3].isalpha()
            and j + 4 < n
            and not cap[j + 4]
        )
    )


# the lower-case words inside a title-case run, after one of its capitalised words: a noun after them
# is the run's, no title's first ("the People and Businesses of the Gulf Coast", "Vice-President for
# Membership of the ...")
TITLE_CASE_JOINS = frozenset(("and", "or", "for"))


def _titled_noun_of_the(tokens: _Tokens, i: int, j: int) -> bool:
    """A common noun capitalised alone inside a sentence at i, before "of the" at j and a capitalised
    word, opens a title that goes on over both: a work's, a ship's, an award's, a group's ("the Charge
    of the Light Brigade", "Freedom of the Seas", "Tomb of the Unknown Soldier", "Player of the Week",
    "Friends of the Earth"; was the noun alone, typed other). The capital is the cue: the news write
    the noun in lower case but in a name. Not a title's or a group's noun, which names a person or
    people of the thing after "of the" ("Secretary of the Navy", "members of the House"), nor a given
    name or a place, a name of its own ("Victoria of the ...")."""
    lower, text = tokens.lower, tokens.text
    low, before = lower[i], text[i - 1]
    return (
        j == i + 1
        and not tokens.opens[i]
        and text[i][1:].islower()
        # after a word in lower case, a number or a quote mark: the run is inside a sentence's
        # words, no caption's or dateline's first ("BST Images of the BP oil spill", "( Reuters ) -
        # Residents of the Gulf Coast"), nor an apposition's ("Masur , Principal of the ...")
        and (before[0].islower() or before[0].isdigit() or before in QUOTES or lower[i - 1] in ("the", "a"))
        # nor a title-case run's ("the People and Businesses of the Gulf Coast": "of the" is both's;
        # "Vice-President for Membership of the American Business Group": the office's own field)
        and not (lower[i - 1] in TITLE_CASE_JOINS and tokens.cap[i - 2])
        # nor a word no news write but in a name, after a speech verb: a surname ("said Tunnell of
        # the Harte institute"; not "said Friends of the Earth Managing Director David Hirsch")
        and not (lower[i - 1] in PERSON_VERBS and low not in _news_words())
        # "of The": the article is the next name's own, a title of its own ("Charlamagne of The
        # Breakfast Club", a host of the show)
        and text[j + 1] == "the"
        and tokens.cap[j + 2]
        and lower[j + 2] not in MONTHS_DAYS
        and low not in TITLE_HEADS
        and low not in HONORIFICS
        and low not in ROLE_NOUNS
        and low not in GROUPS
        and low not in GROUP_NOUNS
        and low not in COUNTING_WORDS  # a part's count: "One of the UK 's", "Three of the NHL 's"
        and low not in KNOWN_ORGS  # "Anadarko of the US and Mitsui of Japan"
        and not _is_given_name(low)
        and low not in _places()
        and low not in _subdivisions()  # a province's club: "Manitoba of the American Hockey League"
        and not _surname_elsewhere(tokens, i)
    )


def _surname_elsewhere(tokens: _Tokens, i: int) -> bool:
    """The article writes word i elsewhere after another capitalised word, a name's last word: a
    person's surname alone ("said Tony Hayward ... Hayward of the ..."), no common noun."""
    cap, text = tokens.cap, tokens.text
    word = text[i]
    return any(text[x] == word and cap[x - 1] for x in range(1, len(text)) if x != i)


def _org_of_the(low: str) -> bool:
    """The word before "of the" is an organisation's, not a title's: the run goes on over both
    ("Department of the Interior"; not "Secretary of the Navy")."""
    return low in ORG_WORDS and low not in TITLE_HEADS


def _name_begun(tokens: _Tokens, i: int, j: int) -> bool:
    """A person's name has begun in the complement of run i..j, before its "and" at j: a given name
    and another word after the last "of", "on" or "for" ("Secretary of State Hillary Clinton and
    Democratic allies": the "and" joins two names; not "Bank of America and ...")."""
    lower = tokens.lower
    x = j - 2
    while x > i and lower[x] not in COMPLEMENT_OPENERS:
        if _is_given_name(lower[x]):
            return True
        x -= 1
    return False


def _second_name(tokens: _Tokens, k: int) -> bool:
    """After "and" in a complement, token k opens a second name, no part of the first: after "the"
    ("Department of Justice and the FBI"), an acronym ("... and FBI") or an organisation's opener
    before "of" ("Department of Health and Human Services and Department of Justice")."""
    lower = tokens.lower
    return (
        lower[k - 1] == "the"
        or (len(tokens.text[k]) > 1 and tokens.text[k].isupper())
        or (lower[k] in ORG_OPENERS and k + 1 < len(tokens) and lower[k + 1] == "of")
    )


def _region_after(tokens: _Tokens, k: int) -> bool:
    """A country, a US state or continent (written out or abbreviated: "N.Y.", "La.", "Conn.") is the
    run of capitalised words from k, the comma's after a place's name ("Monsey, New York"). The AP's
    abbreviations that are no other word ("Conn.", "Calif.", "Fla.": STATE_ONLY_ABBREVIATIONS) count
    with their full stop as the others do: "in Newtown, Conn.," was left untyped, the town missing
    from the gazetteer."""
    lower, cap, n = tokens.lower, tokens.cap, len(tokens)
    for size in (1, 2, 3):
        end = k + size
        if end > n or not cap[end - 1]:
            return False
        if end < n and (cap[end] or lower[end] in ("'", "’")):
            continue  # more capitalised words, or a possessive ("Ohio's"): not the state alone
        words = " ".join(lower[k:end])
        if words in _regions():
            return True
        return (
            size == 1
            and (words in STATE_ABBREVIATIONS or words in STATE_ONLY_ABBREVIATIONS)
            and end < n
            and lower[end] == "."
        )
    return False


def _listed_complement(tokens: _Tokens, i: int, j: int) -> int:
    """Where a list of single capitalised words ends that goes on the complement of an
    organisation's head from the comma at j: ", Tobacco, Firearms and Explosives" after "Bureau of
    Alcohol"; 0 when there is none. The list ends in "and" (after a comma or not) and a word; none
    of its words is a place, an acronym or in a run of its own ("Bank of Omaha, Symantec, and
    Simplisafe", "Republic of Congo, Indonesia, and Colombia", "Department of Justice, FBI and CIA")."""
    text, lower, cap, n = tokens.text, tokens.lower, tokens.cap, len(tokens)
    if j - i < 3 or lower[j - 2] != "of" or not _org_word(lower[j - 3].rstrip("."), OF_HEADS):
        return 0
    words = [j - 1]
    k = j
    while k + 2 < n:
        if lower[k] == "," and lower[k + 1] == "and":
            k += 1
        if lower[k] not in (",", "and") or not cap[k + 1] or k + 2 < n and cap[k + 2]:
            return 0
        words.append(k + 1)
        if lower[k] == "and":
            places = _places()
            if any(lower[w] in places or _is_acronym(text[w]) for w in words):
                return 0
            return k + 2
        k += 2
    return 0


def _complement_opens(tokens: _Tokens, i: int, j: int, k: int) -> bool:
    """The run from i is the complement of an office or organisation written in lower case before
    it ("secretary of Housing and Urban Development", "the department of Health and Human
    Services"), so the "and" at j joins it; not two places ("president of France and Germany")."""
    lower = tokens.lower
    if i < 2 or lower[i - 1] != "of" or not _org_word(lower[i - 2], OF_HEADS) or tokens.cap[i - 2]:
        return False
    places = _places()
    return " ".join(lower[i:j]) not in places and lower[k] not in places


def _opening_word(tokens: _Tokens, i: int, lower_vocab: set[str]) -> bool:
    """A word opening a sentence before a comma that is no place's name however a state follows it:
    an adverb or a word the article writes in lower case ("Additionally, Colorado", "Elsewhere,
    Chile has", "Remember, America is"); a place there is a dateline or a reader's town, the state
    then a colon, a dash or a comma ("Fairfax, Va.:", "Downingtown, Pa.:")."""
    low = tokens.lower[i]
    if low.endswith("ly") or low in lower_vocab or low in LONE_NON_NAMES:
        return True
    k = i + 2
    while k < len(tokens) and tokens.cap[k]:
        k += 1
    return k < len(tokens) and not (
        tokens.lower[k] in (",", ".", ":", ";", "-", "—", "(") or tokens.newline[k]
    )


def _law_after(tokens: _Tokens, k: int) -> bool:
    """The capitalised words from k end in "Act" ("Freedom of Information Act", "Defense of Marriage
    Act"): the "of" before them is inside the law's name."""
    lower, cap = tokens.lower, tokens.cap
    end = k
    while end < len(lower) and end - k < 4 and cap[end] and not tokens.newline[end]:
        end += 1
    return end > k and lower[end - 1] in LAW_HEADS


def _given_complement(tokens: _Tokens, i: int, k: int) -> bool:
    """A noun at i, "of" and a given name alone at k are one name: a thing named for someone ("Star of
    David", "Garden of Eden", "Solemnity of Mary", "Fountains of Wayne"; the town David of the
    gazetteer was a place). A person named after "of" in a name has a surname too ("Friends of John
    Smith": k must end the run), a title before "of" makes an office ("Queen of Sheba", "King of
    Jordan"), and a country or a state is a place's name ("Duke of Georgia"). The noun opens no
    sentence: there a capitalised word may be any ("One of Ryan's best", "As of September")."""
    text, lower = tokens.text, tokens.lower
    head, name = lower[i], lower[k]
    return (
        not tokens.opens[i]
        and text[i][1:].islower()
        and text[k][1:].islower()
        and head not in FUNCTION_WORDS
        and head.rstrip(".") not in TITLE_HEADS
        and head not in HONORIFICS
        and _is_given_name(name)
        and name not in _regions()
        and name not in DATE_WORDS  # ("the Ides of March", "the End of May": a date)
        and (k + 1 == len(lower) or not tokens.cap[k + 1] and lower[k + 1] not in ("'", "’"))
    )


def _org_before_of(lower: list[str], i: int, j: int) -> bool:
    """The run [i, j) holds an organisation's word, so the "of" at j goes on with its name
    ("Association for the Advancement of", "National Institutes of Health", "Queen Mary School of
    Medicine"); not when only a title stands before the name of a person ("Senate Minority Leader
    Mitch McConnell of Kentucky", "House Speaker Nancy Pelosi of California")."""
    for x in range(j - 1, i - 1, -1):
        if _org_word(lower[x]):
            return True
        if lower[x].rstrip(".") in TITLE_HEADS:
            return False
    return False


def _bill_prefix(lower: list[str], i: int, j: int) -> int | None:
    """Where the prefix of a bill's name ("Senate Bill", "SB") ends the run [i, j), or None."""
    for size in (2, 1):
        if j - size >= i and tuple(lower[j - size : j]) in BILL_PREFIXES:
            return j - size
    return None


def _bill_name(words: list[str]) -> str | None:
    """ "Senate Bill 1062", "SB 1062" and "SB1062" -> "SB 1062"; None for no bill."""
    if len(words) == 1:
        match = BILL_WORD.fullmatch(words[0])
        return f"{match[1]} {match[2]}" if match else None
    if not words[-1].isdigit():
        return None
    prefix = BILL_PREFIXES.get(tuple(w.casefold() for w in words[:-1]))
    return f"{prefix} {words[-1]}" if prefix else None


def _trade_name(words: Sequence[str], lows: list[str]) -> bool:
    """The words before a trade noun are a name's own ("United Auto"), not a demonym, a place or
    the words of one ("New York State"), a party, a person ("Kerry Maloney", a photo credit glued to
    the caption) or an organisation alone ("Chinese", "Kentucky", "Democratic", "GM")."""
    places = _places()
    return not (
        lows[0] in DEMONYMS
        or lows[0] in GROUP_ADJECTIVES
        or _is_given_name(lows[0])
        or any(" ".join(lows[:k]) in places for k in range(1, len(lows) + 1))
        or " ".join(lows) in KNOWN_ORGS
        or any(w.isupper() and len(w) > 1 for w in words)
    )


def _org_word(low: str, words: frozenset[str] = ORG_WORDS) -> bool:
    """A word of organisations' names, or a plural one ("Centers", "Institutes")."""
    return low in words or low in PLURAL_ORG_WORDS


def _committee_field(lower: list[str], i: int, k: int, after: int) -> bool:
    """The word k before "and" opens the run or follows a chamber's name alone, and a committee's
    name ends two or three words after the "and" (the word `after`): a field of the committee, not a
    firm's head ("the Energy and Commerce Committee", "House Energy and Commerce Committee", "Senate
    Energy and Natural Resources Committee"; "Duke Energy and Exelon Corp." are two firms, "Police
    and International Association of Chiefs of Police" two names)."""
    return (i == k or k == i + 1 and lower[i] in ("house", "senate")) and not COMMITTEE_HEADS.isdisjoint(
        lower[after + 1 : after + 3]  # (a subcommittee's too: "House Energy and Commerce Subcommittee")
    )


def _ends_in_org_head(tokens: _Tokens, k: int) -> bool:
    """The two capitalised words from k end in an organisation's head and do not name one of
    their own: "Food and Drug Administration", "Ways and Means Committee", but "House and Senate",
    "IRS and Treasury Department", "Chrysler and General Motors" are two organisations."""
    lower = tokens.lower
    end = k
    while end < len(tokens) and end - k < 2 and tokens.cap[end] and lower[end] not in MONTHS_DAYS:
        end += 1
    if end != k + 2 or lower[end - 1] not in ORG_HEADS or _is_acronym(tokens.text[k - 2]):
        return False
    first = lower[k]
    return not (
        first in OWN_NAME_OPENERS or first in KNOWN_ORGS or first in _places() or _is_acronym(tokens.text[k])
    )


# the last words of the departments' fields (vocabulary.DEPARTMENT_FIELDS), which name the committees
# that oversee them with another field ("Homeland Security and Governmental Affairs Committee")
FIELD_WORDS = frozenset(field[-1] for field in DEPARTMENT_FIELDS)
COMMITTEE_HEADS = _words("committee subcommittee")


def _described_org_head(tokens: _Tokens, i: int, k: int, lower_vocab: set[str]) -> bool:
    """Three capitalised words from k that end in an organisation's head, the first a word the
    article writes in lower case as it does the word before "and", or the initials of the run from
    i are the acronym in brackets after it: an agency's description ("Homeland Security and
    Governmental Affairs Committee", "Cybersecurity and Infrastructure Security Agency (CISA)"; not
    "Boeing and Lockheed Martin Corp."); or a committee's, whose first field is a department's
    ("Senate Energy and Natural Resources Committee", "Homeland Security and Governmental Affairs
    Committee" where the article writes neither word in lower case)."""
    lower, cap = tokens.lower, tokens.cap
    end = k + 3
    if not (
        end <= len(tokens)
        and cap[k + 1]
        and cap[k + 2]
        and (end == len(tokens) or not cap[end])
        and lower[k + 2] in ORG_HEADS
    ):
        return False
    if lower[k] in lower_vocab and lower[k - 2] in lower_vocab:
        return True
    if lower[k + 2] in COMMITTEE_HEADS and lower[k - 2] in FIELD_WORDS:
        return True  # a committee named for a department's field and another ("Energy and Natural Resources")
    if end + 2 < len(tokens) and tokens.text[end] == "(" and tokens.text[end + 2] == ")":
        initials = "".join(w[0] for w in tokens.text[i:end] if w[0].isupper())
        return tokens.text[end + 1] == initials
    return False


def _dated(tokens: _Tokens, i: int) -> bool:
    """The short month or weekday at i is part of a date: a number or a month next to it ("Tue Jun
    1", "22 Jul 2013", "Sat May 16"); not a name's word ("Dong Jun", the Chinese defence minister)."""
    text = tokens.text
    number_before = i > 0 and text[i - 1][:1].isdigit()
    after = text[i + 1] if i + 1 < len(tokens) else ""
    if not after:
        return number_before
    return (
        after[:1].isdigit()
        or number_before
        or after in DATE_ABBREVIATIONS
        or tokens.lower[i + 1] in MONTHS_DAYS
    )


# the organisations' acronyms that are a function word too ("who"): the organisation only in
# capitals ("WHO"); in title case the word ("Who's Who", "Who cares": 39 mentions of an
# organisation "Who" over dev and heap-10000, none the WHO)
WORD_ACRONYMS = KNOWN_ORGS & FUNCTION_WORDS


def _nameable(tokens: _Tokens, i: int, lower_vocab: set[str]) -> bool:
    """Can the capitalised token i start a name? Not a month, not a sentence opener (1)."""
    low, word = tokens.lower[i], tokens.text[i]
    if word == "St" and _saint(tokens, i):
        return True  # "St James's Square", "St Peter's Square": a saint's title, British style (no stop)
    if low in NAME_STOPS and (low in NOT_NAME_STARTS or (word in DATE_ABBREVIATIONS and _dated(tokens, i))):
        # a weekday opens a newspaper's name before its head: "the Sunday Times", "the Sunday Telegraph"
        return (
            low == "sunday"
            and i + 1 < len(tokens)
            and tokens.lower[i + 1] in NEWSPAPER_HEADS
            and tokens.cap[i + 1]
        )
    if ("-" in word and _hyphen_tag(word)) or (
        "." in low and low.count(".") > 1 and low.replace(".", "") in NON_ENTITIES  # "I.C.U. beds", "T.V."
    ):
        return False
    if ("'" in word or "’" in word) and CONTRACTION.match(word):
        return False  # "I'm", "You're", "They've"
    if word == "US":
        return True
    if low in WORD_ACRONYMS and not word.isupper() and (i + 1 == len(tokens) or not tokens.cap[i + 1]):
        return False  # "a Who 's Who of the profession", ", Who cares": the word, not the WHO
    if word == "DA" and (i + 1 == len(tokens) or not tokens.cap[i + 1]):
        # a district attorney's title alone ("the DA said", "the DA's office"): an office held by a
        # person named elsewhere, no name (in capitals only: "Da Nang", "Da Silva" are names)
        return False
    if tokens.opens[i]:
        if low.rstrip(".") in TITLE_HEADS or low in HONORIFICS:
            return True  # "President Obama's commission", "Mr. Xi": a title before a name
        if low in FUNCTION_WORDS:
            # "New York Gov. Andrew Cuomo": a place's first word opening the sentence; a quoted
            # title's ("the film “Regarding Henri”": the opening quote made it a sentence's first word),
            # in title case: a heading in capitals writes its function words so too, and a quote that
            # closes one looks like one that opens a title ('" BOOT ON THE NECK " OF BP "')
            return (low in PLACE_OPENERS and _place_opened(tokens, i)) or (
                not word[1:].isupper() and _quoted_name(tokens, i)
            )
        return (
            not (word[1:].islower() and low in lower_vocab)
            or _common_pair(tokens, i)
            or _quoted_name(tokens, i)
            # "Labor Day weekend", "Memorial Day": a holiday's first word (was "Day" alone)
            or i + 1 < len(tokens)
            and tokens.cap[i + 1]
            and (
                tokens.lower[i + 1] in HOLIDAY_HEADS
                # a known organisation's first word that the article writes in lower case too:
                # "Credit Suisse on Thursday issued a report" beside "credit" was "Suisse"
                or f"{low} {tokens.lower[i + 1]}" in KNOWN_ORGS
            )
        )
    return low not in HEADING_WORDS


def _saint(tokens: _Tokens, i: int) -> bool:
    """The "St" or "St." at i is a saint's title: a given name or a capitalised word written in title
    case follows on the same line ("St James", "St. Mary"; not "Main St Tuesday": a weekday)."""
    k = i + 1
    return (
        k < len(tokens)
        and tokens.cap[k]
        and not tokens.newline[k]
        and tokens.text[k][1:].islower()
        and tokens.lower[k] not in DATE_WORDS
    )


def _place_opened(tokens: _Tokens, i: int) -> bool:
    """The function word i and the one or two capitalised words after it are a place's name:
    "New York", "New Brunswick", "New South Wales" (a state's, of three words: "New South" alone is none, and without "New"
    the sentence's "New South Wales tourism is" named "South Wales")."""
    lower, cap = tokens.lower, tokens.cap
    places, subdivisions = _places(), _subdivisions()
    name = lower[i]
    for k in range(i + 1, min(i + 3, len(tokens))):
        if not cap[k] or tokens.newline[k]:
            return False
        name = f"{name} {lower[k]}"
        if name in places or name in subdivisions:
            return True
    return False


def _quoted_name(tokens: _Tokens, i: int) -> bool:
    """Capitalised words in quotes inside a sentence, quote to quote: a name though the first one
    is also a common word (his new “Recall Express” campaign bus, the “Paycheck Protection
    Program”); the opening quote made it look like a sentence's first word."""
    text, cap = tokens.text, tokens.cap
    if i < 2 or text[i - 1] not in QUOTES or text[i - 2] in SENTENCE_END or text[i - 2] in (",", "—"):
        return False  # (after a comma a quote opens what someone said: 'he said, “Thank God”')
    j = i + 1
    while j < len(text) and j - i <= MAX_NAME_WORDS and cap[j] and not tokens.newline[j]:
        j += 1
    return j > i + 1 and j < len(text) and text[j] in QUOTES


def _common_pair(tokens: _Tokens, i: int) -> bool:
    """The sentence opens with a word the article also writes in lower case, and the capitalised
    words after it end in a title or an organisation's head within three words: the first word is
    part of it ("Vice President Kamala Harris", "Homeland Security Secretary Janet Napolitano",
    "World Health Organization"; but "Earlier Obama", "Top Democrats", "Seize BP")."""
    text, lower, cap = tokens.text, tokens.lower, tokens.cap
    if lower[i] not in OFFICE_WORDS:
        return False  # "Rate President Obama's speech", "Read The Heritage Foundation"
    k = i + 1
    if k >= len(tokens) or not cap[k] or not text[k][1:].islower() or lower[k] in FUNCTION_WORDS:
        return False
    for t in range(k, min(k + 3, len(tokens))):
        if not cap[t] or tokens.newline[t]:
            return False
        if lower[t].rstrip(".") in TITLE_HEADS or lower[t] in ORG_HEADS:
            return True
    return False


def _hyphen_tag(word: str) -> bool:
    """A party tag ("D-Ariz.") or a name made an adjective ("Trump-era"): neither starts a name or
    goes on with one. Both hold a hyphen, looked for first (most words have none)."""
    return "-" in word and (PARTY_TAG.match(word) is not None or HYPHEN_ADJECTIVE.search(word) is not None)


def _is_acronym(word: str) -> bool:
    letters = word.replace(".", "").replace("&", "")
    return len(letters) >= 2 and letters.isalnum() and letters.upper() == letters and letters[0].isalpha()


def _is_camel(word: str) -> bool:
    """TikTok, ByteDance, YouTube: a capital inside a word (not McCarthy, MacArthur, O'Brien, DeLay)."""
    inner = word[1:]
    if not any(c.isupper() for c in inner) or "-" in word or "'" in word or "’" in word:
        return False
    if SURNAME_PREFIX.match(word) or PLURAL_ACRONYM.fullmatch(word):
        return False  # McCarthy; "UFOs", "NGOs": a plural
    return any(c.islower() for c in inner)


def _straight_quotes_before(tokens: _Tokens, q: int) -> int:
    """Reads the tokens and a token index q; returns how many straight quotes ('"') stand before q on
    its line (from the line break at or before q), by bisecting the indices of the quotes and the
    line breaks found once an article: a cost of log n a call, not the line's length."""
    if tokens.quote_marks is None:
        tokens.quote_marks = (
            list(compress(count(), map('"'.__eq__, tokens.text))),
            list(compress(count(), tokens.newline)),
        )
    quotes, breaks = tokens.quote_marks
    line_start = breaks[at - 1] if (at := bisect_right(breaks, q)) else 0
    return bisect_left(quotes, q) - bisect_left(quotes, line_start)


def _in_quoted_title(tokens: _Tokens, i: int) -> bool:
    """Token i is a word of the title of a work in quotes: words in title case, quote to quote on one
    line, with a function word in lower case between two capitalised ones (“The End of Poetry”, “Two
    Days in March”, “I Want to Dance With Somebody”). Their runs are pieces of one title; a quoted
    name with no lower-case word (“Paycheck Protection Program”) is no such title. Asked of the few
    untyped runs only: no pass over every quote of the article."""
    text, lower, cap, newline = tokens.text, tokens.lower, tokens.cap, tokens.newline
    n = len(text)
    q = i - 1
    while q >= 0 and i - q <= MAX_TITLE_TOKENS and text[q] not in QUOTES and not newline[q + 1]:
        q -= 1
    if q < 0 or i - q > MAX_TITLE_TOKENS or text[q] not in QUOTES or newline[q + 1] or text[q] == "”":
        return False
    if not cap[q + 1] and not text[q + 1][0].isdigit():
        # '"the State of New California"': a title opens with a capital or a number ('“240th
        # Anniversary of the Battle of the Capes”')
        return False
    # a straight quote opens when it is the first, third, ... of its line ('" Kennedy and Tip "' closes)
    if text[q] == '"' and _straight_quotes_before(tokens, q) % 2:
        return False
    j, inner = q + 1, False
    while j < n and j - q <= MAX_TITLE_TOKENS and not newline[j] and text[j] not in QUOTES:
        if not cap[j]:
            w = text[j]
            if w in TITLE_MARKS or (w in TITLE_ENDS and j + 1 < n and text[j + 1] in QUOTES) or j == q + 1:
                pass  # (the opening number)
            elif lower[j] in FUNCTION_WORDS and w.islower():
                inner = inner or cap[j - 1]
            else:
                return False
        j += 1
    return j < n and text[j] in QUOTES and inner and cap[j - 1 if text[j - 1] not in TITLE_CLOSES else j - 2]
