"""A speaker phrase read as a name (3a, 3g): titles, honorifics and the words before a name that
are none of it taken off, a name run cut at "and", "of" or "for" read whole; and the tests that
tell a person's name from a group's, a place's, a dateline or a run of other capitalised words.

3. The speaker phrase becomes a name:
   a. a name: the fullest name the article gives with that surname ("Blinken" -> "Antony Blinken",
      William "Mo" Cowan -> "William Cowan"), titles and honorifics taken off ("NAACP President Ben
      Jealous") and so are the words before a name that are none of it: an owner's possessive before
      two names or more ("Guardian's Sam Wollaston"), a word that describes the person before a
      given name and a surname ("Historian Alan Brinkley", "American Bobby Fischer"), a word that
      opens a sentence ("Sometimes Simon's ...", "Plus Obama", an adverb: "Hilariously"), a plural
      title before two names ("U.S. Senators Tammy Baldwin and Josh Hawley"), an outlet's name after
      "The" before a person's ("Writing in The Mirror Linda said"), words shaped as adjectives after
      "the" ("the somber-looking Lofven"); a lead's first word in capitals is read in the name's case
      ("KELLY Osbourne has" -> "Kelly Osbourne"); a surname with its particle is the fullest name's
      ("de Blasio" -> "Bill de Blasio"); a lone surname it never gives in full, one letter from one
      it does, is that one misspelt ("said Cowen"); a surname that is a title, alone, the person of
      that surname ("King said" of Billy King);
   g. a name run cut at "and", "of" or "for" is read whole ("Centers for Disease Control and
      Prevention said", "Anthony H. Cordesman of the Center for Strategic and International
      Studies said", "Paul Dowling of Leigh Day & Co, said"); one word after an organisation's
      "of" is the organisation's ("the Board of Elections acknowledged"); a group's name loses the
      word that opens its sentence ("Now Tea Party conservatives"); a name with an "of" may run on
      over a second "of" and an "in" to its verb ("Rev. John Paul Hopping of Our Lady of
      Guadalupe, told"), and a tag in brackets may stand between a name and its verb ("Nancy Pelosi
      (D-Calif.) told").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from .lexicon import (
    _ACTED_AFTER_NAME,
    _ADVERB_ENDS,
    _CONJUNCTIONS,
    _DATE_WORDS,
    _FIRST_NAMES,
    _HONORIFIC_GENDER,
    _NOT_NAME,
    _NOT_PERSON,
    _OPENING_WORDS,
    _ORG_WORDS,
    _PERSON_NOUNS,
    _PERSON_TITLES,
    _QUANTITY,
    _QUANTITY_ENDS,
    _ROLE_HEADS,
    _ROLE_PREFIX,
    _SUFFIXES,
    _SURNAME_WORDS,
    _TITLE_ABBREVIATIONS,
    _TITLE_MODIFIERS,
    _TITLES,
    _VERB_AFTER_NAME,
    _demonyms,
    _given_names,
    _places,
)
from .marks import _Span
from .patterns import (
    _ARTICLE_LEAD,
    _CAP,
    _GIVEN_BEFORE,
    _GROUP_HEADS,
    _INVERTED_SUBJECT_END,
    _INVERTING_VERBS,
    _LOWER_WORD_LETTERS,
    _LOWER_WORD_SHAPE,
    _NAME,
    _NAME_RE,
    _OF,
    _POSSESSIVE,
    _POSSESSIVE_END,
    _PREPOSITIONS,
    _VERB,
    MIN_GERUND_LETTERS,
    MIN_MISSPELT_LETTERS,
)
from .statements import _STOPWORDS, _idf


@lru_cache(maxsize=64)
def _described_group(head: str) -> re.Pattern[str]:
    """An organisation written as "The Indian navy" (_People.described_group): the capitalised
    words are group 1. Where it stands is asked after (_AFTER_DESCRIBED_GROUP): one match at most
    starts at each place (the head, in lower case, is the first word after it that is no
    capitalised word), and one that starts inside it ends where it ends."""
    return re.compile(rf"\b(?:[Tt]he|[Aa]n?)[^\S\n]+((?:{_CAP}[^\S\n]+){{1,4}}){head}\b")


# what follows an organisation described as "The Indian navy" where a subject stands: a verb, a
# preposition or a mark
_AFTER_DESCRIBED_GROUP = re.compile(
    r"[^\S\n]*[,.;:(]|[^\S\n]+(?:in|of|on|at|for|from|which|that|who)\b"
    rf"|(?:{_VERB_AFTER_NAME.pattern})|(?:{_ACTED_AFTER_NAME.pattern})"
)


def _written_in_lower_case(text: str, word: str) -> bool:
    r"""Whether `re.findall(r"(?<![\w’'])[a-z][a-z’'\-]+", text)` holds `word`. A match is a run
    of those letters (a-z ’ ' -) from the first place in the run where one may start (a
    lower-case letter after no word character or apostrophe: after a space, a mark or a hyphen)
    to the run's end."""
    if not _LOWER_WORD_SHAPE.fullmatch(word):
        return False
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (end == len(text) or text[end] not in _LOWER_WORD_LETTERS) and _lower_word_starts(text, at):
            return True
        at = text.find(word, at + 1)
    return False


def _lower_word_starts(text: str, at: int) -> bool:
    """A match of a word in lower case starts at `at` (a lower-case letter): none may start just after a word
    character or an apostrophe, and after a hyphen none may have started earlier in its run
    ("anti-war" is one match, "X-ray" gives "ray")."""
    if at == 0:
        return True
    before = text[at - 1]
    if before != "-":
        return not (before in "’'" or before.isalnum() or before == "_")
    run = at - 1
    while run > 0 and text[run - 1] in _LOWER_WORD_LETTERS:
        run -= 1
    for i in range(run, at - 1):
        if "a" <= text[i] <= "z" and (
            text[i - 1] == "-" if i > run else i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")
        ):
            return False
    return True


def _nicknamed(text: str, spans: Sequence[_Span]) -> list[tuple[int, tuple[str, str]]]:
    """(offset, (given name, surname)) of each name written around a nickname in quotes (William
    "Mo" Cowan), which splits the name's run in two."""
    out = []
    for span in spans:
        # a quote of one word, a space after its closing mark
        if not text.startswith(" ", span.outer_end) or _SPACES.search(text, span.start, span.end):
            continue
        given = _GIVEN_BEFORE.search(text, max(0, span.outer_start - 30), span.outer_start)
        surname = _NAME_RE.match(text, span.outer_end + 1)
        if given is not None and surname is not None:
            out.append((given.start(), (given[1], surname[1].split()[0])))
    return out


# A title is matched word by word, each word's pattern compiled once (a pattern for each title
# cost more than the search: most titles are asked in one article only). The helpers below find
# what the regexes `(?i:\b{title}),?\s+` (before a name) and `,\s+(?:(?:[\w’'\-]+|(?:[A-Z]\.)+)\s+)
# {0,4}?(?i:{title})\b` (in apposition) would, with {title} the words joined by `\s+`: each of
# their parts matches in one way only, so no other match is left to backtrack to.
_SPACES = re.compile(r"\s+")
_BOUNDARY = re.compile(r"\b")
_TITLE_END = re.compile(r",?\s+")
_APPOSITION_START = re.compile(r",\s+")
_APPOSITION_WORD = re.compile(r"(?:[\w’'\-]+|(?:[A-Z]\.)+)\s+")
# words that may stand between a name's comma and its title ("Vivian Balakrishnan, Singapore's
# foreign minister"): more are a clause, not an apposition
MAX_WORDS_BEFORE_TITLE = 4
# a verb in the past and its object's article after the comma: a clause, whose object the title is,
# no apposition ("Michael Scotto, interviewed the congressman about the speech")
_VERB_OBJECT = re.compile(r"[a-z]+ed\s+(?:the|a|an|his|her|their)\s")


@lru_cache(maxsize=1 << 12)  # the same title words come back quote after quote
def _title_word(word: str) -> re.Pattern[str]:
    """One word of a title in any case, or its abbreviation ("governor" or "Gov.")."""
    return re.compile(rf"(?i:{_TITLE_ABBREVIATIONS.get(word.lower(), re.escape(word))})")


def _title_end(text: str, at: int, words: Sequence[str]) -> int | None:
    """Where the title `words` ends when it is written at `at`, spaces between its words."""
    for i, word in enumerate(words):
        if i:
            space = _SPACES.match(text, at)
            if space is None:
                return None
            at = space.end()
        found = _title_word(word).match(text, at)
        if found is None:
            return None
        at = found.end()
    return at


def _titles_before_names(text: str, words: Sequence[str]) -> Iterator[tuple[int, int]]:
    """(start, end) of each title written as a word, with a comma maybe and the spaces after it
    ("Secretary of State ", "the aide, "), in text order, none inside another."""
    first = _title_word(words[0])
    at = 0
    while (found := first.search(text, at)) is not None:
        start = found.start()
        end = _title_end(text, start, words) if _BOUNDARY.match(text, start) else None
        after = _TITLE_END.match(text, end) if end is not None else None
        if after is None:
            at = start + 1
            continue
        yield start, after.end()
        at = after.end()


def _title_in_apposition(text: str, at: int, words: Sequence[str]) -> bool:
    """Whether the title `words` comes at `at` after a comma and up to MAX_WORDS_BEFORE_TITLE
    words (", Singapore's foreign minister"), ending as a word."""
    start = _APPOSITION_START.match(text, at)
    if start is None:
        return False
    at = start.end()
    for skipped in range(MAX_WORDS_BEFORE_TITLE + 1):
        end = _title_end(text, at, words)
        if end is not None and _BOUNDARY.match(text, end):
            return True
        word = _APPOSITION_WORD.match(text, at) if skipped < MAX_WORDS_BEFORE_TITLE else None
        if word is None or _VERB_OBJECT.match(text, at):
            return False
        at = word.end()
    return False


def _strip_phrase(phrase: str) -> tuple[list[str], str | None]:
    """A name run without its leading non-name words and titles, and the honorific it had ("Mr.")."""
    kept, honorific = _stripped_phrase(phrase)
    return list(kept), honorific


# acronyms spelt as a word that is no name ("who"), an organisation's when written alone in
# capitals ("the WHO said . It also stressed"; a headline in capitals has more words in capitals)
_ACRONYMS_OF_WORDS = frozenset({"WHO"})


@lru_cache(maxsize=1 << 16)  # a name run is asked about again and again
def _stripped_phrase(phrase: str) -> tuple[tuple[str, ...], str | None]:
    return _stripped(tuple(phrase.split()))


# a capitalised word, then words in lower case joined to it by hyphens, the last of three letters or
# more (_stripped)
_DESCRIBING_COMPOUND = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)*-[a-z]{3,}")


@lru_cache(maxsize=1 << 16)  # an article's names come back run after run, and across articles
def _stripped(run: tuple[str, ...]) -> tuple[tuple[str, ...], str | None]:
    tokens = list(run)
    if tokens:
        tokens[-1] = _POSSESSIVE_END.sub("", tokens[-1])
    words = [t.lower().rstrip(".") for t in tokens]  # (each token's word, worked out once)
    honorific = None
    start, end = 0, len(tokens)  # the kept tokens: tokens[start:end]
    while (
        start < end
        and (words[start] in _NOT_NAME or words[start].endswith(_ADVERB_ENDS))
        and not (end - start == 1 and tokens[start] in _ACRONYMS_OF_WORDS)
    ):
        start += 1
    # a speech verb set before its subject, capitalised as its sentence's first word ("Added Gibbs :
    # “…”", "Noted Smith , ..."), as "Said" is (_NOT_NAME)
    if end - start >= 2 and words[start] in _INVERTING_VERBS:
        start += 1
    # a photograph's credit that a page runs into the caption's or the next sentence's name
    # ("Photograph : Dan Kitwood/Getty Images Bob Dudley , chief executive", "Reuters Tony
    # Hayward"): the agency goes when a listed given name follows it and the name goes on after
    # ("EPA Administrator Lisa Jackson", "Reuters Editor-in-Chief David Schlesinger" keep theirs)
    if end - start >= 3 and words[start].rpartition("/")[2] in _PHOTO_CREDITS:
        credit = start + (2 if words[start].endswith("getty") and words[start + 1] == "images" else 1)
        if end - credit >= 2 and words[credit] in _given_names():
            start = credit
    # a word that opens a clause inside the run, capitalised where a page lost a full stop before
    # it: the name is what follows ("Taegan Goddard , Political Wire Though Obama called", "10:12am
    # UTC With the executives": none)
    for i in range(end - 1, start, -1):
        if words[i] in _OPENERS_IN_RUN and tokens[i][:1].isupper():
            start = i + 1
            break
    # a clock's or a zone's word inside the run ends a live blog's or a page's time stamp, whose
    # words a page runs into the name after it ("2:19 PM Chris Richards ( who ...", "13.01 BST
    # Petrov Clegg has warned"); "PM" as the British title ("PM Gordon Brown") goes as a title would
    # ... and a headline in capitals run into the name ("MORE MONEY MAY BE NEEDED Feinberg told
    # CBS"): at least HEADLINE_CAPITALS words in capitals, a function word among them, before a word
    # in title case (acronyms, "BP", "US Coast Guard", are fewer or hold no function word)
    for i in range(end - 2, start - 1, -1):
        if not tokens[i][-1:].isupper():  # (most words of names: a cheap no)
            continue
        if tokens[i] in _TIME_WORDS_IN_RUN or (
            _all_capitals(tokens[i])
            and not _all_capitals(tokens[i + 1])
            and _headline_before(tokens, words, start, i)
        ):
            start = i + 1
            break
    # a word joined by hyphens to words in lower case that opens the run, capitalised as its
    # sentence's first, describes the name after it ("Writer-director Brad Bird", "Top-seeded
    # Justine Henin", "Senator-elect Doug Jones", "Father-of-three Peter Burkill"); no part of a name,
    # whose parts after a hyphen are capitalised ("Carl-Henric") or short ("Inzamam-ul Haq")
    if end - start >= 3 and _DESCRIBING_COMPOUND.fullmatch(tokens[start]):
        start += 1
    # "Writing in The Mirror Linda said": an outlet's name, then the person's
    if start and tokens[start - 1] == "The" and (named := _named_after_outlet(tokens[start:end])):
        start = end - len(named)
    # everything up to the last title word goes ("NAACP President Benjamin Todd Jealous"); but "New"
    # in title case before a capitalised word opens a place's name, no title ("The New Haven
    # Register", not 'Haven Register'; "New Jersey Gov. Chris Christie" still loses its title)
    for i in range(start, end - 1):
        if (words[i] in _TITLES or words[i] in _PLURAL_TITLES) and tokens[i] != "New":
            start = i + 1
            honorific = words[i] if words[i] in _HONORIFIC_GENDER else honorific
    while end - start > 1 and words[end - 1] in _SUFFIXES:
        end -= 1
    # an owner before two names or more ("Guardian's Sam Wollaston", "Kraft Food's Susan Davison"):
    # no name of the person's
    for i in range(end - 3, start - 1, -1):
        if _POSSESSIVE.search(tokens[i]):
            start = i + 1
            break
    # a describing word before a given name and a surname ("Linebacker Joey Porter", "Billionaire
    # Tom Steyer", "American Bobby Fischer"), or a country's people before a person's name, given
    # name listed or not ("Azerbaijani Bilal Hayee", "Pakistani Imran Khan"): no name of the person's
    if end - start >= 3 and (
        (
            words[start] not in _given_names()
            and words[start + 1] in _given_names()
            and _describes(tokens[start], words[start])
        )
        or (words[start] in _demonyms() and _looks_personal_run(tuple(tokens[start + 1 : end])))
    ):
        start += 1
    if all(w in _TITLES for w in words[start:end]):
        return (), honorific
    return tuple(t for t in tokens[start:end] if t), honorific


# a time stamp's last word, in capitals: the half of the day and the zones the dev pages write
# after a clock ("2:19 PM", "15:00 GMT", "13.01 BST", "7:24 pm EDT"), no word of a name (_stripped)
_TIME_WORDS_IN_RUN = frozenset(
    {"AM", "PM", "GMT", "BST", "UTC", "EDT", "EST", "CDT", "CST", "MDT", "MST", "PDT", "PST", "CET", "CEST"}
)
# words in capitals before a name that make a headline run into it, one of them a function word
HEADLINE_CAPITALS = 3


def _all_capitals(token: str) -> bool:
    return len(token) > 1 and token.isalpha() and token.isupper()


def _headline_before(tokens: Sequence[str], words: Sequence[str], start: int, i: int) -> bool:
    """Whether tokens[..i] end with HEADLINE_CAPITALS words or more in capitals, a function word
    among them ("MORE MONEY MAY BE NEEDED", "WHAT TO DO"): a headline, not an acronym's name."""
    first = i
    while first > start and _all_capitals(tokens[first - 1]):
        first -= 1
    return i + 1 - first >= HEADLINE_CAPITALS and any(w in _STOPWORDS for w in words[first : i + 1])


# words that open a clause, no word of a name (_stripped)
# the agencies whose credit runs into a name (_stripped)
_PHOTO_CREDITS = frozenset({"getty", "reuters", "afp", "ap", "pa", "epa"})
_OPENERS_IN_RUN = frozenset(
    {"though", "although", "whereas", "unless", "because", "while", "when", "if", "since", "with"}
)
# a title before the first of two names or more ("U.S. Senators Tammy Baldwin and Josh Hawley",
# "Republican Sens. Mitt Romney and Susan Collins"): taken off as a title is
_PLURAL_TITLES = frozenset(
    {
        "senators",
        "sens",
        "reps",
        "representatives",
        "congressmen",
        "congresswomen",
        "governors",
        "govs",
        "mayors",
        "ministers",
        "presidents",
        "judges",
        "justices",
        "councillors",
        "councilors",
        "commissioners",
        "mps",
        "meps",
        "ambassadors",
        "secretaries",
        "generals",
        "drs",
        "professors",
        "profs",
        "coaches",
        "directors",
        "chairmen",
        "sheriffs",
        "detectives",
        "candidates",
        "activists",
        "founders",
    }
)
# nouns for people that a name may follow, besides roles (_ROLE_HEADS: "Billionaire Tom Steyer")
# and those _DESCRIBING_ENDS tells ("Expert Jane Doe", "Swede Henrik Stenson")
_DESCRIBING_WORDS = frozenset({"expert", "swede", "canuck"})
# how a word that describes a person ends: a nation's or a place's people ("American", "Italian";
# "Swede" excepted), a trade ("Shrimper", "Moviemaker", "Lawyer", "Astronomer")
_DESCRIBING_ENDS = ("an", "ese", "ish", "er", "ist")
# a word told by its ending is this long or longer: "San Francisco Bay Area" is no describing word
# before a given name ("Francisco")
MIN_DESCRIBING_LETTERS = 4


def _describes(token: str, word: str) -> bool:
    """A capitalised word before a given name that describes the person, no name of theirs: a
    possessive ("Twitter's Adam Sharp"), a role or a noun for a person, or their plural ("Historian
    Alan Brinkley", "Actor Kevin Costner", "Politicians Clara Rojas"), a nation's or a trade's word ("American Bobby Fischer", "Shrimper
    Randy Nunez"); not a given name that the lists lack ("José Manuel Barroso", "Tariq Al Shaikh")."""
    if _POSSESSIVE.search(token):
        return True
    # (a plural too, before the first of two people named: "Politicians Clara Rojas and Consuelo
    # Gonzalez said")
    singular = word.removesuffix("s")
    return token[1:].islower() and (
        word in _ROLE_HEADS
        or word in _PERSON_NOUNS
        or singular != word
        and (singular in _ROLE_HEADS or singular in _PERSON_NOUNS)
        or word in _DESCRIBING_WORDS
        or (word.endswith(_DESCRIBING_ENDS) and len(word) >= MIN_DESCRIBING_LETTERS)
    )


def _group_name(phrase: str) -> str:
    """A group phrase as a speaker: no determiner, no possessive ("the Obama campaign" -> "Obama
    campaign", "Obama’s campaign" -> "Obama campaign")."""
    raw = phrase.split()
    words = [_POSSESSIVE.sub("", w) for w in raw]
    # a titled person's name in the possessive is its owner by the surname, as "the Obama campaign"
    # writes it ("US President Joe Biden’s administration" -> "Biden administration", not 'US
    # President Joe Biden administration'); a title tells a person (not "Exxon Mobil’s board", "New
    # York’s government", which stay whole)
    owner = next((k for k in range(len(raw) - 2, -1, -1) if raw[k] != words[k]), None)
    if owner is not None and owner > 0:
        tokens, _ = _strip_phrase(" ".join(words[: owner + 1]))
        titled = any(w.lower().rstrip(".") in _PERSON_TITLES for w in words[: owner + 1 - len(tokens)])
        if titled and tokens and tokens[-1] == words[owner] and _looks_personal(tokens):
            words = words[owner:]
    # a word that opens the sentence, and what a caption's credit leaves before an article ("Now
    # Tea Party conservatives are claiming", "But lawmakers still stressed", "AP A coalition of
    # environmental groups"), are none of the group's name
    for k in range(len(words) - 2, 0, -1):
        if words[k] in ("A", "An", "The"):
            words = words[k:]
            break
    while len(words) > 1 and words[0].lower() in _GROUP_OPENERS and not words[0].isupper():
        words = words[1:]
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


# (and the conjunctions that open a clause, "Although BP has set aside", "If BP was shown", "As CNN
# reported", written in title case: "AS Roma" keeps its capitals)
_GROUP_OPENERS = frozenset({"and", "but", "so", "now", "then", "yet", "still", "also", "there"}) | (
    _CONJUNCTIONS | {"as", "whereas", "unless"}
)


@lru_cache(maxsize=1 << 16)  # the same runs come back across an article and across articles
def _organisation(run: str) -> str | None:
    """The name of the organisation or group a capitalised run names ("The State Department",
    "NAACP", "House Democrats", "St. Louis Tea Party"), None for a person's name."""
    tokens, _ = _strip_phrase(run)
    if not tokens or _looks_personal(tokens) and not any(_is_acronym(t) for t in tokens):
        return None
    if all(t in _TIME_WORDS_IN_RUN for t in tokens):
        return None  # "at 10:30 a.m. EDT by the American Academy": a clock's zone, no acronym's body
    words = [w.lower().rstrip(".").removesuffix("’s").removesuffix("'s") for w in run.split()]
    if any(w in _ORG_WORDS or w in _GROUP_HEADS for w in words) or any(_is_acronym(t) for t in tokens):
        return _group_name(run)
    return None


def _organisation_name(run: str) -> str | None:
    """An organisation's name as a speaker for "it" or "the company": the run from its last inner
    "The" ("Reuters The White House commission"), without the sentence words that open it ("But BP",
    "Yet BP"); None for a head alone ("company"), a dateline ("AP ON THE GULF OF MEXICO") or none."""
    words = run.split()
    inner = [i for i, w in enumerate(words) if w == "The"]
    words = words[inner[-1] + 1 :] if inner else words
    while (
        words
        and (words[0].lower() in _STOPWORDS or words[0].lower() in _OPENING_WORDS)
        and words[0] not in _ACRONYMS_OF_WORDS
    ):
        words = words[1:]
    name = " ".join(words)
    if len(words) < 2 and name.lower() in _GROUP_HEADS or not words or _is_dateline(name):
        return None
    return name


def _is_acronym(token: str) -> bool:
    """ "NAACP", "GOP", "NRA": 2 to 5 capitals (a longer run is a dateline, "WASHINGTON", or a
    label, "UPDATE"; dotted "U.S." is a country)."""
    return 2 <= len(token) <= 5 and token.isalpha() and token.isupper()


def _name_of(run: str) -> str | None:
    """The name in a run that may hold an "of": the person before it ("Mike Thompson of
    California"), else the person after it ("Secretary of State Antony Blinken"), else the whole run
    as an organisation's name ("Department of Defense"); None for a run with no name in it, or
    one that is a dateline or a date ("PENSACOLA BEACH , Florida", "Thu Oct 21 , 2010")."""
    if _is_dateline(run):
        return None
    parts = _OF.split(run, maxsplit=1)
    for k, part in enumerate(parts):
        if k and (named := _named_after_place(part, not _strip_phrase(parts[0])[0])) is not None:
            return named
        tokens, _ = _strip_phrase(part)
        if tokens and _looks_personal(tokens):
            return part
    tokens, _ = _strip_phrase(run)
    return run if tokens else None


# the words of a place's name or more (casefolded in analyse.places: "new zealand", "united
# states") that may open the part after a title's "of" before the holder's name (_named_after_place)
MAX_PLACE_WORDS = 3


def _named_after_place(part: str, titled: bool = False) -> str | None:
    """The person's name after the place or the organisation that opens the part of a run after a
    title's "of" ("Prime Minister of Israel Benjamin Netanyahu" -> "Benjamin Netanyahu", "Chief
    Executive of BP Tony Hayward" -> "Tony Hayward"): a listed given name and one word or more after
    a place or an acronym, or, when the part before "of" is titles only (`titled`), after any
    capitalised words that are no given name ("Secretary of Energy Steven Chu" -> "Steven Chu"); None
    when the part opens with neither, or its name is one word."""
    words = part.split()
    for cut in range(1, min(MAX_PLACE_WORDS, len(words) - 2) + 1):
        place = " ".join(words[:cut])
        if titled:
            if words[cut - 1].lower() in _given_names():
                return None  # (a given name the department's words would run over)
        elif place.casefold() not in _places() and not (cut == 1 and _is_acronym(place)):
            continue
        rest = words[cut:]
        if rest[0].lower() in _given_names() and _looks_personal_run(tuple(rest)):
            return " ".join(rest)
        if titled and _holder_after_known_place(place, rest):
            return " ".join(rest)
    return None


def _holder_after_known_place(place: str, rest: list[str]) -> bool:
    """After a title's "of" and a place the gazetteer knows, the last two words are the holder's
    name though its given name is not listed ("Mayor of London Sadiq Khan"): two words, neither a
    place, that look a person's; a longer rest may still hold the department's words."""
    return (
        len(rest) == HOLDER_NAME_WORDS
        and place.casefold() in _places()
        and not any(w.casefold() in _places() for w in rest)
        and _looks_personal_run(tuple(rest))
    )


# a given name and a surname: the holder's name after a known place (_holder_after_known_place)
HOLDER_NAME_WORDS = 2


# a title (one or two words) and "of", then a department's capitalised words that run on over "and",
# "&" or another "of" ("Secretary of Health and Human Services Kathleen Sebelius", "Chairman of the
# Joint Chiefs of Staff General Joseph Dunford"): the name runs stop at the lower-case word, so the
# run before it or after it holds a part of the department (_department_holder); group "rest" from
# the department's first word to the end of the capitalised words (an initial's point kept, not
# a sentence's)
_TITLE_OF_DEPARTMENT = re.compile(
    r"(?P<title>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+)?)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?"
    r"(?P<rest>[A-Z][\w\-]*(?:[^\S\n]+(?:(?:and|of|&)[^\S\n]+(?:the[^\S\n]+)?)?(?:[A-Z]\.|[A-Z][\w\-]*))*)"
)
# ... its start before a run that opens after the joining word ("Secretary of Health and | Human
# Services Kathleen Sebelius said"): the title, "of" and capitalised words up to the word, searched
# in the MAX_DEPARTMENT_BEFORE_CHARS before the run
_DEPARTMENT_BEFORE = re.compile(
    r"(?:^|(?<=[^\w\-]))[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+)?[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?"
    r"(?:[A-Z][\w\-]*[^\S\n]+(?:(?:and|of|&)[^\S\n]+(?:the[^\S\n]+)?)?)*?(?:and|of|&)[^\S\n]+(?:the[^\S\n]+)?$"
)
MAX_DEPARTMENT_BEFORE_CHARS = 80  # ("Chairman of the Joint Chiefs of " and a longer department's words)
_DEPARTMENT_JOINS = frozenset({"and", "of", "&", "the"})


def _department_holder(text: str, start: int, end: int) -> tuple[int, str] | None:
    """(offset, name) of the holder of a title "of" a department whose name the run at
    text[start:end] holds a part of, cut at the department's "and" or its second "of": "Secretary of
    Health and Human Services Kathleen Sebelius" -> "Kathleen Sebelius", "Chairman of the Joint Chiefs
    of Staff General Joseph Dunford" -> "Joseph Dunford" (the run "Human Services Kathleen Sebelius"
    before a verb, "Secretary of Health" after one, "Chairman of the Joint Chiefs" as a clause's
    subject). The holder: a listed given name and a personal name to the end of the capitalised
    words, after every joining word, a title between maybe ("General"); the department's words hold
    no given name ("Secretary of State Hillary Clinton and Defense Secretary Robert Gates" is two
    people). None when the title's words are no titles, or no joining word is inside."""
    before = _DEPARTMENT_BEFORE.search(text, max(0, start - MAX_DEPARTMENT_BEFORE_CHARS), start)
    m = _TITLE_OF_DEPARTMENT.match(text, before.start() if before else start)
    if m is None or m.end() < end or not all(w.lower() in _TITLES for w in m["title"].split()):
        return None
    words = [(w.start(), w[0]) for w in re.finditer(r"\S+", m["rest"])]
    joins = [k for k, (_, w) in enumerate(words) if w in _DEPARTMENT_JOINS]
    if not joins:
        return None  # (no department cut short: _name_of reads it)
    for k in range(joins[-1] + 2, len(words) - 1):
        word = words[k][1]
        if word.lower() in _given_names() and _looks_personal_run(tuple(w for _, w in words[k:])):
            department = [w for _, w in words[:k]]
            if department[-1].lower().rstrip(".") in _TITLES:
                department.pop()  # ("Staff General Joseph Dunford": the rank before the name)
            if any(w.lower() in _given_names() for w in department):
                return None
            return m.start("rest") + words[k][0], " ".join(w for _, w in words[k:])
    return None


def _is_dateline(run: str) -> bool:
    """Two or more words that make a date ("Mon May", "Tue Jan"), or a place or a label in
    capitals ("NEW YORK", "PENSACOLA BEACH", "MANAGER'S VIEW", and one word of a place the gazetteer
    knows: "CAIRO, Egypt -"): no speaker. A capitals word of up to 5 letters may be an acronym ("BP
    PLC", "NAACP"), and one of 3 letters a country's ("USA")."""
    words = run.split()
    if len(words) < 2:
        return run.isupper() and len(run) > 3 and run.casefold() in _places()
    if all(w.casefold().rstrip(".") in _DATE_WORDS for w in words):
        return True
    if not all(w.isupper() for w in words):
        return False
    return run.casefold() in _places() or any(len(w) > 5 and w.isalpha() for w in words)


def _group_subject_like(text: str, at: int) -> bool:
    """A group name at `at` stands where a subject stands, its article and adjectives included
    ("The nearby St. Louis Tea Party had", not "to the NAACP's plan")."""
    lead = _ARTICLE_LEAD.search(text[max(0, at - 40) : at])
    return _subject_like(text, at - len(lead[0]) if lead else at)


def _gerund_opens(text: str, at: int, run: str) -> bool:
    """A name run at `at` opens its sentence with a gerund ("Painting Biden’s calls for unity as
    “empty platitudes,” the South Carolina Republican accused"): the participle's object, no
    subject, and the gerund no name's word. A word of MIN_GERUND_LETTERS or more ending in "ing"
    that news write in lower case (WORD_FREQUENCIES_FILE lists it), no given name, title or place
    ("Sterling Brown", "Irving Berlin" are not listed; "Acting", "Beijing" are)."""
    first, _, rest = run.partition(" ")
    if not rest or not first.endswith("ing") or len(first) < MIN_GERUND_LETTERS:
        return False
    before = text[max(0, at - 3) : at].rstrip()
    if before and before[-1] not in '.!?"”\n':
        return False
    word = first.lower()
    return word in _idf() and word not in _FIRST_NAMES and word not in _TITLES and word not in _places()


def _stands_as_subject(text: str, start: int, end: int) -> bool:
    """A name at text[start:end] is a subject: where a subject stands, or after a speech verb that
    follows what was said and takes no person as object, the name ending its clause (", said Adam
    Babich, director of", not "He said Grassley would" nor "told Adam Babich")."""
    if _subject_like(text, start):
        return True
    before = text[max(0, start - 30) : start].rstrip()
    verb = _last_word(before)
    if verb == "asked" and _ASKED_ABOUT.match(text, end):
        # "one lawmaker asked Thomas Perrelli whether ...": the person asked is who answers next
        return True
    if verb not in _INVERTING_VERBS and _WITH_LEAD.search(before) and _PARTICIPLE_NEXT.match(text, end):
        # the subject of an absolute clause after a comma (", with its chief executive Jim Hackett
        # issuing a statement that blamed BP ... . He accused"): who acts, whom "he" may mean
        return True
    if verb == "by":
        # the agent of a passive ("This point was backed by Chris Frid , professor of marine
        # biology . “…,” he said"): who did it, the clause's subject in the active
        return _PASSIVE_BY.search(before) is not None
    if (who := _WHO_SPOKE.match(text, end)) is not None and _VERB.match(text, who.end()) is not None:
        # the antecedent of "who" and a speech verb ("drew the ire of Justice Antonin Scalia who
        # said he was whipsawed by the claims . " … , " he said"): the relative's subject, who spoke
        return True
    if verb not in _INVERTING_VERBS or not before[: -len(verb)].rstrip().endswith((",", "”", '"')):
        return False
    return _INVERTED_SUBJECT_END.match(text, end) is not None


# "who" right after a name, a comma before it or none, and an adverb at most before the verb
# (_stands_as_subject asks _VERB right after it)
_WHO_SPOKE = re.compile(
    r"[^\S\n]?,?[^\S\n]+who[^\S\n]+(?:[a-z]+ly[^\S\n]+|also[^\S\n]+|had[^\S\n]+|has[^\S\n]+)?"
)


# a passive's finite verb before its agent (_stands_as_subject): "was backed by", "were echoed
# by", "has been criticised by"; not a participle's clause inside a noun phrase ("who is seeking the
# seat being vacated by Senator Christopher J. Dodd": the seat's, no subject)
_PASSIVE_BY = re.compile(
    r"\b(?:was|were|is|are|been)[^\S\n]+(?:[a-z]+ly[^\S\n]+)?[a-z]+(?:ed|en|wn)[^\S\n]+by$"
)


# a comma and "with", a possessive or "the" and 1 to 3 words in lower case (a role) before a name
# that a participle follows: an absolute clause whose subject the name is (_stands_as_subject); not
# a name alone after "with" (", with Ashley enjoying a winter break, Mort was there": the main
# clause's subject speaks next, one the name runs may not know)
_WITH_LEAD = re.compile(r",[^\S\n]+with[^\S\n]+(?:its|his|her|their|the)(?:[^\S\n]+[a-z][\w\-]*){1,3}$")
_PARTICIPLE_NEXT = re.compile(r"[^\S\n]+[a-z]{2,}ing\b")


# a sentence that opens with a capitalised word and an agent noun in lower case ("Dough mixer",
# "Steel worker", "Crane operator") before the name (_subject_like)
_TRADE_OPENS = re.compile(
    r"(?:^|[.!?][\"”’']?[^\S\n]+|\n)(?P<trade>[A-Z][a-z]+[^\S\n]+(?P<noun>[a-z]{3,}(?:er|or|ist|ian)))$"
)


# agent nouns that describe a company, not a person, before its name ("Lysol maker Reckitt Benckiser
# (RB) on Friday issued a warning": the name opens no person's subject; its acronym keeps the quote)
_COMPANY_TRADES = frozenset(
    {"maker", "manufacturer", "producer", "supplier", "retailer", "operator", "distributor", "carrier"}
)


# what a question put to a person opens with (_stands_as_subject)
_ASKED_ABOUT = re.compile(r"[^\S\n]+(?:whether|if|about|why|how|what|when|where)\b")


def _titled_surname(phrase: str) -> bool:
    """A phrase of a title and one name whose title is a person's ("President Biden", "Gov.
    Perry"), not a word that may open an organisation's name ("General Motors", "State Farm")."""
    words = phrase.split()
    return len(words) > 1 and words[-2].lower().rstrip(".") in _PERSON_TITLES


def _title_of(before: str) -> bool:
    """The text ends with a capitalised title and "of" ("Secretary of")."""
    words = before.rsplit(None, 2)
    return len(words) > 1 and words[-2][:1].isupper() and words[-2].lower() in _TITLES


def _subject_like(text: str, at: int) -> bool:
    """A name at `at` stands where a subject stands: after a sentence or clause break or a
    conjunction, not after a verb, a preposition or an article ("chided Obama", "of Obama")."""
    if text.startswith(_PLURAL_OPENINGS, at) and _plural_titled(
        text[at : at + _SEVERAL_WINDOW].split(None, 1)
    ):
        return False  # the run opens with a plural title ("Princes William and Harry"): below
    before = text[max(0, at - _SUBJECT_LIKE_WINDOW) : at].rstrip()
    last = before.rsplit(None, 1)[-1] if before else ""
    # a title's lower-case modifier or its "of" belongs to the name ("former Vice President Joe
    # Biden", "Secretary of State Jane Rice"): look before them
    while last in _TITLE_MODIFIERS or last == "of" and _title_of(before):
        before = before[: -len(last)].rstrip()
        if last == "of":
            before = before[: -len(before.rsplit(None, 1)[-1])].rstrip()
        last = before.rsplit(None, 1)[-1] if before else ""
    if last.isalpha() and last.islower() and last not in _DETERMINERS and before.endswith(f" of {last}"):
        # a title in lower case with its "of" ("former US secretary of transportation Norm Mineta"):
        # look before the "of"
        head = before[: -len(last) - 4].rstrip()
        if _last_word(head).lower() in _ROLE_HEADS:
            before, last = head, _last_word(head).lower()
    # (a hyphenated role by its last part: "commission co-chair Bob Graham")
    role = (
        _ROLE_PREFIX.search(before)
        if last in _ROLE_HEADS or "-" in last and last.rpartition("-")[2] in _ROLE_HEADS
        else None
    )
    if role is not None:  # "Republican presidential candidate Rick Perry": look before the title
        before = before[: role.start()].rstrip()
    elif last in _PERSON_NOUNS:  # "Her brother Jack went on", ", his wife Jane said": look before them
        before = before[: -len(last)].rstrip()
        determiner = before.rsplit(None, 1)[-1] if before else ""
        if determiner.lower() in _DETERMINERS:
            before = before[: -len(determiner)].rstrip()
    elif (
        (trade := _TRADE_OPENS.search(before)) is not None
        and trade["noun"] not in _STOPWORDS
        and trade["noun"] not in _COMPANY_TRADES
        and trade["trade"].split()[0].lower() not in _STOPWORDS  # (not "The elder Cheney daughter")
    ):
        # "Dough mixer Andy Ryan, who has worked at the plant": a trade's noun opening the sentence
        # before the name, as a role's would
        before = before[: trade.start("trade")].rstrip()
    if (role is not None or last in _PERSON_NOUNS) and before.endswith(_POSSESSIVE_ENDS):
        # "CNN's medical correspondent Dr Sanjay Gupta", "the company's chief executive Bob Dudley":
        # the owner stands where the phrase stands; look before it
        owner = _OWNER.search(before, max(0, len(before) - MAX_OWNER_CHARS))
        if owner is not None:
            before = before[: owner.start()].rstrip()
    # (a search anchored at the end tries every start: asked only when the last word may end one)
    quantity = _QUANTITY.search(before) if _may_end_quantity(before) else None
    if quantity is not None:  # "Close to three dozen House Democrats": look before the number
        if quantity[0].rstrip().endswith("of") and _OWNER_AFTER.match(text, at) is not None:
            # "Eric Swalwell, one of President Trump's most outspoken critics, announced": the
            # name owns the group the number counts from, the object of "of", no subject
            return False
        before = before[: quantity.start()].rstrip()
    if (
        before.endswith(",")
        and _OBJECT_APPOSITION.search(before, max(0, len(before) - MAX_OBJECT_APPOSITION_CHARS))
        and not _NAME_THEN_VERB.match(text, at)
    ):
        # "for admiring another Republican, Teddy Roosevelt -- the latter of whom Beck accused": the
        # name in apposition to the object of a preposition or a verb, no subject; a verb or a quote
        # after the name makes the phrase before it a fronted one ("Despite carding a 68, Trahan was",
        # "According to a White House statement, O’Brien “has mild symptoms")
        return False
    if not before or before[-1] in '.,;:—–(“"\n':
        # not right after a quote that closes on a word inside its sentence ("sad for “good friend”
        # Baghdatis because"), on the same line
        return not (before[-1:] == '"' and _after_words_quoted(text, at))
    if before[-1] == "”":
        return not _after_words_quoted(text, at)
    word = _last_word(before)
    if word in ("and", "or") and _last_word(before[: -len(word)].rstrip()) in _OBJECT_PRONOUNS:
        # "between him and Kerry": a name joined to an object pronoun is an object too
        return False
    if word.lower() in _PLURAL_PEOPLE and _SEVERAL.match(text, at, at + _SEVERAL_WINDOW):
        # "Princes William and Harry": a plural title names two or more people, whom no "he" means
        return False
    if word in ("and", "&") and _joined_under_plural(text, at):
        return False  # "Senators John McCain and Christopher Coons will unveil": Coons is one of them
    # "according to leading lawyer Athar Minallah": a source, as a subject is
    return (
        not word
        or word[0].isupper()
        or word in _CONJUNCTIONS
        or before.endswith("according to")
        or _after_lead_phrase(text, at, before, word)
        or _after_described_opening(text, at, before, word)
        or word == "whether"
        and _NAME_THEN_MODAL.match(text, at) is not None
    )


# an article and one word in lower case that open a sentence before a name ("a confident Joe Biden
# glanced back", "The deadpan Suttles said", "An emotional Smith told"): words that describe the
# person, as _described_tail reads them in a cue ("the somber-looking Lofven said")
_DESCRIBED_OPENING = re.compile(
    r"(?:^|[.!?][\"”’')]?[^\S\n]+|\n[^\S\n]*|,[^\S\n]+)(?:[Aa]n?|[Tt]he)[^\S\n]+[a-z][\w\-]*$"
)


def _after_described_opening(text: str, at: int, before: str, word: str) -> bool:
    """The name at `at` opens its sentence after an article and a word that describes it
    (_DESCRIBED_OPENING), and a verb follows the name (_VERB_AFTER_LEAD). Not a noun that the name
    qualifies or that governs it ("a senior Obama aide", "the former Bush", a role or a noun for a
    person before a name, which _subject_like reads above), nor a preposition ("the rest of Smith")."""
    if (
        not word.islower()
        or word in _PREPOSITIONS
        or word in _ROLE_HEADS
        or word in _PERSON_NOUNS
        or word in _GROUP_HEADS
        or word in _LEAD_PHRASE_NOT_LAST
        or _DESCRIBED_OPENING.search(before, max(0, len(before) - MAX_DESCRIBED_OPENING_CHARS)) is None
    ):
        return False
    run = _NAME_RE.match(text, at)
    return run is not None and _VERB_AFTER_LEAD.match(text, run.end()) is not None


# ", The " and a describing word of up to 20 letters
MAX_DESCRIBED_OPENING_CHARS = 30


# a sentence that opens with a short phrase of time or circumstance and no comma after it, then the
# subject and its verb ("But for the first time Tony Hayward defended his move", "In an interview
# Mr. Reid said"): the phrase is no verb's object, so the name after it stands where a subject
# stands. The phrase opens with a preposition or a word of time (not a subordinating conjunction,
# "After he met Obama , Clinton said", whose clause has a subject of its own) and runs on in
# lower-case words or numbers, up to MAX_LEAD_PHRASE_WORDS: "for the first time", "in recent days",
# "at a news conference". A verb must follow the name (_VERB_AFTER_LEAD): a name run that a noun
# follows is a modifier inside the phrase ("At a recent White House meeting", "In the Hillary Clinton
# email investigation", "Last week a Mother Jones reporter"), no subject.
MAX_LEAD_PHRASE_WORDS = 5  # (the opening word and four more: "for the first time", "in a rare interview")
_LEAD_PHRASE = re.compile(
    r"(?:^|[.!?][\"”’')]?[^\S\n]+|\n[^\S\n]*)(?:(?:But|And|Yet|So|Still|Now)[^\S\n]+)?"
    r"(?:[Ff]or|[Ii]n|[Oo]n|[Aa]t|[Dd]uring|[Ee]arlier|[Ll]ater|[Ll]ast|[Ww]ithin|[Oo]ver)"
    rf"(?:[^\S\n]+(?:[a-z][\w’'\-]*|\d[\d,]*)){{0,{MAX_LEAD_PHRASE_WORDS - 1}}}$"
)
# a finite verb right after the name: a speech verb, a past tense, a common auxiliary
_VERB_AFTER_LEAD = re.compile(
    rf"[^\S\n]+(?:{_VERB.pattern}|[a-z]+ed\b|(?:has|had|was|is|will|would|also|did|does)\b)"
)
# words that leave the phrase open, so that the name after them is its object ("In a letter to
# Obama", "At a meeting with Obama"), or make it a clause with a subject or a verb of its own ("In
# the days after he met Obama", "This is no Lyndon Johnson")
_LEAD_PHRASE_NOT_LAST = _PREPOSITIONS | {
    "the",
    "a",
    "an",
    "his",
    "her",
    "their",
    "its",
    "and",
    "or",
    "as",
    "than",
}
_LEAD_CLAUSE_WORDS = frozenset(
    {"he", "she", "they", "we", "i", "it", "you", "who", "that", "which", "is", "was", "are", "were", "be"}
)


def _after_lead_phrase(text: str, at: int, before: str, word: str) -> bool:
    """The name at `at` follows a sentence's opening phrase of time or circumstance (_LEAD_PHRASE:
    "But for the first time", "In an interview") and a verb follows it. `before`: the stripped text
    before the name, from at most _SUBJECT_LIKE_WINDOW before it; `word`: its last word (a cheap no
    for most names)."""
    if not word.islower() or word in _LEAD_PHRASE_NOT_LAST or word.endswith("ing"):
        return False
    m = _LEAD_PHRASE.search(before)
    # (at `before`'s start only where a sentence may start: the text's own start)
    if m is None or m.start() == 0 and at > _SUBJECT_LIKE_WINDOW and before[:1] not in ".!?\n":
        return False
    if any(w.lower() in _LEAD_CLAUSE_WORDS for w in m[0].split()):
        return False
    run = _NAME_RE.match(text, at)
    return run is not None and _VERB_AFTER_LEAD.match(text, run.end()) is not None


# how far before a name _subject_like reads
_SUBJECT_LIKE_WINDOW = 80
# a name run and its possessive ("President Trump's", "Trump 's" tokenised): _subject_like
_OWNER_AFTER = re.compile(r"[A-Z][\w.\-]*(?:[^\S\n]+[A-Z][\w.\-]*)*[^\S\n]?[’']s\b")


# how a possessive ends ("CNN's", "CNN 's" tokenised, "the Democrats'") and the owner before a
# role that ends so, with its article ("the company's", "CNN 's"), within MAX_OWNER_CHARS
_POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")
_OWNER = re.compile(
    rf"(?:\b(?:[Tt]he|[Aa]n?)[^\S\n]+)?(?:{_NAME}|\b[a-z][\w\-]*)[^\S\n]?[’'](?:s|(?<=s[’']))$"
)
MAX_OWNER_CHARS = 60

# object pronouns that a name joined to by "and"/"or" shares its place with (_subject_like)
_OBJECT_PRONOUNS = frozenset(["him", "her", "them", "me", "us"])
# plural titles (_PLURAL_TITLES and those of royals) before the names they join ("Princes William
# and Harry", "Sens. McCain and Graham"): the run names more than one person (_subject_like)
_PLURAL_PEOPLE = _PLURAL_TITLES | {"princes", "princesses", "messrs"}
# their capitalised forms, for a cheap gate (str.startswith) before reading a word
_PLURAL_OPENINGS = (*(w.capitalize() for w in _PLURAL_PEOPLE), "MPs", "MEPs")
# ... as a word, then the spaces before the names it joins (_joined_under_plural)
_PLURAL_TITLE_WORD = re.compile(rf"\b(?:{'|'.join(sorted(_PLURAL_OPENINGS))})\.?[^\S\n]+")


def _joined_under_plural(text: str, at: int) -> bool:
    """The name at `at`, after "and", is the last of the names a plural title joins ("Senators John
    McCain (R-Ariz.) and Christopher Coons", "Princes William and Harry": _SEVERAL from the title on
    ends at its first letter): one of several people, no subject alone."""
    lo = max(0, at - _SEVERAL_WINDOW)
    # (a plural title's capitalised form in the window first: few names after "and" have one)
    if not any(opening in text[lo:at] for opening in _PLURAL_OPENINGS):
        return False
    for m in _PLURAL_TITLE_WORD.finditer(text, lo, at):
        several = _SEVERAL.match(text, m.end(), at + 1)
        if several is not None and several.end() == at + 1:
            return True
    return False


def _plural_titled(words: list[str]) -> bool:
    """`words` (a plural title, then the rest) name several people: the title before a
    capitalised name joined to another ("Princes William and Harry", _SEVERAL), not a team's or a
    group's name in the plural ("Senators coach") nor a plural title before one name, a slip
    ("Representatives Nancy Pelosi doesn't agree": she is the subject)."""
    return (
        len(words) > 1
        and words[0].rstrip(".").lower() in _PLURAL_PEOPLE
        and _SEVERAL.match(words[1]) is not None
    )


# one to three capitalised words, then "and" or "&" and another capitalised word: the names a
# plural title joins ("William and Harry", "John McCain and Christopher Coons", "McCain, Graham and
# Ayotte"), a lawmaker's tag in brackets after a name ("Senators John McCain (R-Ariz.) and
# Christopher Coons (D-Del.)": MAX_TAG_CHARS), read within _SEVERAL_WINDOW characters
_SEVERAL = re.compile(r"(?:[A-Z][\w.'’-]*,?\s+(?:\([^()\n]{1,12}\),?\s+)?){1,3}(?:and|&)\s+[A-Z]")
_SEVERAL_WINDOW = 80


def _after_words_quoted(text: str, at: int) -> bool:
    """Only spaces between `at` and a closing quote mark that follows a letter ("for “good friend”
    Baghdatis"), not a mark after punctuation (`,” Baghdatis said`) nor one on another line."""
    k = at
    while k and text[k - 1] in " \t\xa0":
        k -= 1
    return k > 1 and text[k - 1] in '"”' and text[k - 2].isalpha()


# what may stand before a noun for a person before a name ("Her brother Jack", "the witness Jane Doe")
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "my", "our", "your"})


# a preposition or a gerund, an indefinite determiner and one to three words of a noun phrase in lower
# case or a party's or a nation's word, then the comma before a name: the name stands in apposition to
# that object ("for admiring another Republican, Teddy Roosevelt"), not where a subject stands; a
# definite article or a sentence's start before the phrase may open a subject ("The president,
# Barack Obama, said") and is left as it was
_OBJECT_APPOSITION = re.compile(
    rf"\b(?:{'|'.join(sorted(_PREPOSITIONS))}|[a-z]{{3,}}ing)[^\S\n]+(?:another|an?|one)[^\S\n]+"
    r"(?:[\w\-]+[^\S\n]+){0,2}[\w\-]+[^\S\n]*,$"
)
# a name then a modal and a verb's base form: after "whether", the clause's subject, whom the text is
# about ("there have been questions over whether Hayward should stay . He told the Daily Mail")
_NAME_THEN_MODAL = re.compile(
    rf"{_NAME}[^\S\n]+(?:should|would|will|could|can|must|might|may)[^\S\n]+[a-z]+\b"
)
# a name (capitalised words) then a verb or a quote mark (_subject_like)
_NAME_THEN_VERB = re.compile(
    rf"{_NAME}(?:{_VERB_AFTER_NAME.pattern}|{_ACTED_AFTER_NAME.pattern}|[^\S\n]*[\"“])"
)
MAX_OBJECT_APPOSITION_CHARS = 70  # ("admiring another Republican ," and two more words of the phrase)


def _may_end_quantity(before: str) -> bool:
    """The stripped text's last word ends as _QUANTITY's last word can ("dozen", "90", "of")."""
    return bool(before) and before.rsplit(None, 1)[-1].casefold().endswith(_QUANTITY_ENDS)


def _last_word(text: str) -> str:
    """The run of word characters (regex \\w) that ends the text, "" if none."""
    i = len(text)
    while i and (text[i - 1].isalnum() or text[i - 1] == "_"):
        i -= 1
    return text[i:]


def _one_letter_apart(known: str, word: str) -> bool:
    """A surname written with one letter changed, added or dropped ("Cowen", "Cowan"): both of
    MIN_MISSPELT_LETTERS or more, the first letter kept."""
    if min(len(known), len(word)) < MIN_MISSPELT_LETTERS or known[0] != word[0] or known == word:
        return False
    if len(known) == len(word):
        return sum(a != b for a, b in zip(known, word, strict=True)) == 1
    short, long = sorted((known, word), key=len)
    return len(long) == len(short) + 1 and any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _surname(tokens: Sequence[str]) -> str:
    return tokens[-1].casefold().rstrip(".")


@lru_cache(maxsize=1 << 16)  # the same names come back run after run, and across articles
def _looks_personal_run(tokens: tuple[str, ...]) -> bool:
    return _looks_personal(tokens)


def _looks_personal(tokens: Sequence[str]) -> bool:
    """Capitalised words, none of them a word of organisations or places, not an acronym, nor a
    title, but as the surname after a given name (_given_names: "Billy King", "Ann Hall", "Drew
    Fox", "Erik Prince")."""
    last = len(tokens) - 1
    for k, token in enumerate(tokens):
        word = token.lower().rstrip(".")
        if word in _NOT_NAME or word.endswith("-based"):
            # ("Texas-based Anadarko": where a firm is based, no given name)
            return False
        if word in _NOT_PERSON or word in _TITLES:  # (the given names are asked only then)
            surname = k == last and k and tokens[0].lower() in _given_names()
            if not surname or (word in _NOT_PERSON and word not in _SURNAME_WORDS):
                return False
        if (
            len(token) > 1
            and token.isupper()
            and not token.endswith(".")
            and not (k == 0 and last == 1 and _JOINED_INITIALS.fullmatch(token))
        ):
            return False
    return True


# two initials written with no stops as a given name, one of them J (John, James, Jay: "DJ
# Trahan", "AJ Kulp", "TJ Ducklo", "JB Pritzker"; _looks_personal): other pairs of capitals before a
# name are mostly an acronym ("UN Nikki Haley", "PA Michelle Obama")
_JOINED_INITIALS = re.compile(r"[A-Z]J|J[A-Z]")


def _named_after_outlet(words: Sequence[str]) -> Sequence[str]:
    """The person's name that ends a run after "The" ("The Mirror Linda", "The Guardian Sam
    Wollaston"): a given name and a surname, or a common given name alone ("Linda"; not "the Holy
    See"), after words none of which is a given name; () if none."""
    given = _given_names()
    for i in range(1, len(words)):
        word = words[i].lower()
        if word in given:
            alone = i == len(words) - 1
            if (
                (word in _FIRST_NAMES or not alone)
                and len(words) - i <= 2
                and _looks_personal_run(tuple(words[i:]))
            ):
                return words[i:]
            return ()
        if i == 1 and words[0].lower() in given:  # "the Christian Science Monitor"
            return ()
    return ()
