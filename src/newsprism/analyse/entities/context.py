"""Step 3 of find_mentions, in the article's context: a name that its own words left untyped, or
typed by a speech verb alone, takes its type from the words around one of its mentions, once every
candidate of the article is known (find_mentions runs these passes after _candidates).

3. (the types of types.py first) A name typed by nothing but a speech verb is an organisation when
   the words around one of its mentions say so ("Facebook employees", "Pfizer's vaccine", "shares
   of Facebook", "a product manager at Facebook", "analysts at Bernstein", "Merck & Co.", "Hamas,
   the militant group that", a ticker after it: "( XOM . N )", "( 0293 . HK )"), unless it is also a person's (a title, a role, a surname of a full name in the
   article); an untyped name right before "supermarket", "store", "factory", "plant" is one too
   ("a Kraft factory") (_organisations). One word before "regime" is its ruler, a person ("the
   Mubarak regime", _regime_leaders). An untyped name of two or three capitalised words is a
   person's after a lower-case noun for a person, before ", who", before a person's act ("Petr
   Prucha scored"), before two tennis sets' scores ("Zi Yan, 6-2, 6-2"), after a wire's credit
   ("Reporting by Ho Binh Minh"), before a picture credit's slash and agency ("Chip
   Somodevilla/Getty Images"), listed beside a full name
   ("Emanuel Villa and Hossam Ghaly"; not beside a name whose surname the article writes in lower
   case, nor ending in a shop's noun or a plural of the article's own word) or after an
   organisation's "'s" ("CNN’s Elle Reeve"); one name alone after a player's position or a
   performer's noun ("midfielder Geremi", _person_cues). A name before a place's noun that is no
   verb is a place ("Anbar province", "North Rhine-Westphalia state"; not "the former Soviet state",
   _place_cues). A place is a club where the article reports on
   a game and a side's word, a plural verb, a match's verb or its possessive before a player says
   so ("Newcastle manager", "Chelsea are hoping", "Liverpool will play Luton", "Seattle's Matt
   Hasselbeck", _clubs).
"""

from __future__ import annotations

import re
from functools import cache
from itertools import compress, pairwise

from newsprism.analyse import places as gazetteer

from .names import _surname_keys
from .tokens import _Candidate, _org_word, _region_after, _Tokens
from .types import APOSTROPHES
from .vocabulary import (
    APPOSITION_STOPS,
    CLAUSE_WORDS,
    COMPANY_SUFFIXES,
    DEMONYMS,
    DESCRIPTORS,
    DETERMINERS,
    DISEASES,
    GROUPS,
    HEAD_FOLLOWERS,
    KNOWN_ORGS,
    LAW_HEADS,
    LEADER_SURNAMES,
    MAX_APPOSITION_WORDS,
    NEWSPAPER_HEADS,
    ORG_AFTER,
    ORG_BY,
    ORG_CONTEXT,
    ORG_OF,
    ORG_PRODUCTS,
    PLACE_HEADS,
    QUOTES,
    RETIRED_STORMS,
    ROLE_NOUNS,
    SIDE_POSITIONS,
    SPEAKER_NOUNS,
    STORM_WORDS,
    SURNAME_PREFIX,
    TITLE_HEADS,
    _given_names,
    _is_given_name,
    _news_words,
    _place_demonym,
    _places,
    _regions,
    _subdivisions,
    _words,
)


def _organisations(tokens: _Tokens, cands: list[_Candidate], lower_vocab: set[str]) -> None:
    """Names that nothing typed, or only a speech verb ("Pfizer said"), are organisations when the
    article says so somewhere around one of their mentions (3): "Facebook Inc.", "Merck & Co.",
    "Facebook employees", "Pfizer's vaccine", "shares of Facebook", "a product manager at Facebook",
    "Hamas, the Islamist militant group that ...". Never so: a name that the article also gives a
    person's title, role or apposition, a surname of a person it names in full, a word it also
    writes in lower case ("Families"), a run that ends in a person's name ("GP Ann Robinson")."""
    given = _given_names()
    weak = [
        c
        for c in cands
        if (c.type is None or c.evidence == {"verb"} and " " not in c.name)
        and c.name.count(" ") < 3
        and c.name.casefold() not in lower_vocab
        and not (" " in c.name and c.name.split()[-2].casefold() in given)
    ]
    if not weak:
        return
    # the legal form: "Facebook Inc.", "Merck & Co."
    legal = [c.name.rsplit(" ", 1) for c in cands if c.type == "organization" and " " in c.name]
    found = {name for name, suffix in legal if suffix.casefold() in COMPANY_SUFFIXES}
    found |= {
        c.name
        for c in weak
        if tokens.text[c.last : c.last + 1] == ["&"] and _legal_suffix(tokens, c.last + 1)
    }
    # the words around a mention, of a name the article also writes inside a sentence (a capital that
    # opens one may be no name: "Survivors' accounts", "What executives")
    inside = {c.name for c in weak if not tokens.opens[c.first] or " " in c.name}
    found |= {c.name for c in weak if c.name in inside and _organisation_context(tokens, c.first, c.last)}
    # a stock ticker after the name: "Exxon Mobil ( XOM . N )", "Logitech (NASDAQ:LOGI)" (not the
    # legal form alone: "J.P. Morgan Chase & Co ( JPM . N )")
    n, text = len(tokens), tokens.text
    found |= {
        c.name
        for c in weak
        if c.last < n
        and text[c.last] in TICKER_OPENERS  # (one look at the token after: most names have none)
        and _ticker_after(tokens, c.last)
        and c.name.casefold() not in COMPANY_SUFFIXES
    }
    listed = _listed_with_organisations(tokens, cands, weak)
    found |= {name for name, kind in listed.items() if kind == "organization"}
    places = {name for name, kind in listed.items() if kind == "place"}
    if not found and not places:
        return
    people = {c.name for c in cands if c.evidence & {"title", "role", "apposition"}}
    # ... nor a name whose speech verb brings in "he" or "she", its own clause's subject most often
    # ("according to Landrieu . Landrieu said she was angry": a person's source, no firm's)
    people |= {c.name for c in weak if _said_pronoun(tokens, c.last)}
    surnames = {key for c in cands if c.type == "person" for key in _surname_keys(c.name)}
    for c in weak:
        if c.name in people or c.name.casefold() in surnames:
            continue
        if c.name in found:
            c.type = "organization"
        elif c.name in places and c.type is None:
            c.type = "place"


def _said_pronoun(tokens: _Tokens, last: int) -> bool:
    """The name ending at `last` is the subject of a speech verb whose clause's subject is "he" or
    "she" ("Landrieu said she", "Allen said that he")."""
    lower = tokens.lower
    k = last + 1 if last < len(lower) and lower[last] in ("said", "says", "told", "added") else -1
    if k < 0:
        return False
    if k < len(lower) and lower[k] == "that":
        k += 1
    return k < len(lower) and lower[k] in ("he", "she")


# what joins the names of a list ("BP , Exxon Mobil , Royal Dutch Shell , Chevron and ConocoPhillips"):
# ",", "and", "or", ", and", ", or" (LIST_WORDS, below)


def _listed_with_organisations(
    tokens: _Tokens, cands: list[_Candidate], weak: list[_Candidate]
) -> dict[str, str]:
    """Reads the tokens, the candidates in text order and the weak ones; returns the untyped names
    of lists whose typed names are all organisations, or all places in a list of three or more, by
    the type they take: the typed names as many as the untyped ones at least ("Swat, Buner and Lower
    Dir" a place; "executives from Exxon Mobil , Chevron , ConocoPhillips and Royal Dutch
    Shell"): a list joins names of one kind, so a name that nothing typed takes its typed neighbours'
    type. Not a list of names of two kinds ("BP , Obama and Louisiana"); not where the
    untyped names outnumber the organisations ("Bureau of Ocean Energy Management , Regulation and
    Enforcement": a name's complement that the run did not hold); not a name that opens a sentence
    ("Separately , BP said"), a given name (a person's: "John , BP"), nor a place we list ("Downend
    in South Gloucestershire and Paignton Community College")."""
    lower, text = tokens.lower, tokens.text
    n = len(lower)
    # (most articles list no untyped name: a word of a list next to one, else nothing to read)
    weak_ids = {
        id(c)
        for c in weak
        if c.type is None
        and (c.last < n and lower[c.last] in LIST_WORDS or c.first and lower[c.first - 1] in LIST_WORDS)
    }
    if not weak_ids:
        return {}
    found: dict[str, str] = {}
    group: list[_Candidate] = []
    complement = False  # the group goes on a name's complement (below)
    for c in [*cands, None]:  # (in text order, as _candidates made them)
        joined = False
        if c is not None and group:
            # joined by ",", "and", "or", ", and", ", or" (LIST_JOINS; compared so, no slice a pair)
            k, gap = group[-1].last, c.first - group[-1].last
            joined = (
                gap == 1
                and lower[k] in LIST_WORDS
                or gap == 2
                and lower[k] == ","
                and lower[k + 1] in ("and", "or")
            )
        if (
            c is not None
            and joined
            and not (complement := complement or COMPLEMENT_INSIDE.search(group[-1].name) is not None)
            and text[c.first - 1] not in APOSTROPHES
            and (c.last == len(text) or text[c.last] not in APOSTROPHES)
        ):
            # (a name's complement goes on in the list after it: "Bureau of Ocean Energy
            # Management , Regulation and Enforcement , or Bureau of Ocean Energy", "Department
            # for Children , Schools and Families"; a possessive's name is no list's: "Fox News '
            # Chad Pergram and FoxNews.com 's")
            group.append(c)
            continue
        if (len(group) >= 3 or len(group) == 2 and lower[group[0].last] != ",") and any(
            id(g) in weak_ids for g in group
        ):
            # (two names and a comma are as often a name and its apposition, or a town and its
            # state: "the owner of the Deepwater Horizon , Transocean ,", "Port Fourchon , LA")
            types = [_list_type(g) for g in group]
            # (every untyped name wants an organisation beside it, those we do not type too)
            listed = sum(g.type is None for g in group)
            untyped = {id(g) for g in group if id(g) in weak_ids and _listable(tokens, g)}
            kinds = set(types) - {None}
            kind = kinds.pop() if len(kinds) == 1 else None
            if (
                untyped
                and (kind == "organization" or kind == "place" and len(group) >= MIN_PLACE_LIST)
                and types.count(kind) >= listed
                and not _split_head(group, untyped, lower)
            ):
                found.update(
                    (g.name, kind) for g in group if id(g) in untyped and _listable_as(tokens, g, kind)
                )
        group = [c] if c is not None else []
        complement = complement and joined
    return found


LIST_WORDS = frozenset((",", "and", "or"))
# the names a list of places holds at least to type its untyped one a place: two are as often a
# town and its state or a name and its apposition ("Port Fourchon, LA", "Paris and Orly Airport")
MIN_PLACE_LIST = 3


def _listable(tokens: _Tokens, c: _Candidate) -> bool:
    """An untyped name that a list of organisations may type (_listed_with_organisations)."""
    low = c.name.casefold()
    return (
        not tokens.opens[c.first]
        and all(part[:1].isupper() for part in c.name.replace("-", " ").split())  # (not "A-level")
        # (a person's: "John , BP", "Chad Pergram and FoxNews"; not "Royal Dutch Shell")
        and not (c.name.count(" ") <= 1 and _is_given_name(low.split(" ", 1)[0]))
        and low not in LEADER_SURNAMES  # a leader's surname alone: "Google , Apple and Trump"
        and not _possessed(tokens, c.first)  # "King 's College and Newcastle University"
        and low not in _places()
        and low not in _subdivisions()
        and _list_head(tokens, c.last)
    )


def _listable_as(tokens: _Tokens, c: _Candidate, kind: str) -> bool:
    """Reads the tokens, an untyped listed name and its list's kind; returns whether the name takes
    it: as a place, not before a number (a dateline's date: "SALMON, Idaho, Jan 17") nor a law's name
    ("Washington, D.C., Admission Act"), nor a place name's abbreviated head cut from it by its
    point ("Ft" of "Ft. Myers")."""
    if kind != "place":
        return True
    after = tokens.text[c.last] if c.last < len(tokens) else ""
    return (
        not after[:1].isdigit()
        and c.name.rsplit(" ", 1)[-1].casefold() not in LAW_HEADS
        and not (after == "." and c.name.casefold() in PLACE_HEAD_ABBREVIATIONS)
    )


# the abbreviated words that open a place's name, no place alone ("Ft. Myers", "Mt. Hood", "Pt.
# Pleasant"): the tokens keep their point apart ("St." is kept with it: ABBREVIATED)
PLACE_HEAD_ABBREVIATIONS = frozenset(("ft", "mt", "pt"))


def _list_type(c: _Candidate) -> str | None:
    """A typed name's type as a list's neighbour: none for capitals typed by their form alone (an
    acronym is a disease's or an exam's as often: "SARS and Avian influenza", "GCSE and A-level"),
    nor for a person's team ("the Bush administration or Papa Bush")."""
    if c.type == "organization" and (
        c.name.isupper() and c.name.casefold() not in KNOWN_ORGS or c.name.rsplit(" ", 1)[-1].islower()
    ):
        return None
    return c.type


def _list_head(tokens: _Tokens, last: int) -> bool:
    """The name ending before token `last` is a head, no modifier of a lower-case noun after it
    ("the FBI and Woodburn police responded")."""
    return last >= len(tokens) or not tokens.text[last].islower() or tokens.lower[last] in HEAD_FOLLOWERS


def _possessed(tokens: _Tokens, first: int) -> bool:
    text = tokens.text
    return (
        first >= 1
        and text[first - 1] in APOSTROPHES
        or first >= 2
        and text[first - 2 : first] in (["'", "s"], ["’", "s"])
    )


def _split_head(group: list[_Candidate], untyped: set[int], lower: list[str]) -> bool:
    """One untyped word, "and", then an organisation's head: the first word of one name that the run
    split at its "and" ("Fish and Wildlife Research Institute", "Foreign and Commonwealth Office",
    "the Win or Lose Corp.")."""
    a, b = group[0], group[-1]
    return (
        len(group) == 2
        and id(a) in untyped
        and a.last - a.first == 1
        and lower[a.last] in ("and", "or")
        and _org_word(lower[b.last - 1])
    )


# a name's complement opener inside it ("Bureau of Ocean Energy Management", "Department for Children")
COMPLEMENT_INSIDE = re.compile(r" (?:of|for|on|and) ")


TICKER_OPENERS = frozenset("('’")  # a ticker's bracket, or the "'s" before it (_ticker_after)
# a stock exchange's name before a ticker: "(NYSE: XOM)", "(NASDAQ:LOGI)"
EXCHANGES = _words("nyse nasdaq amex lse tsx asx otc swx")


def _ticker_after(tokens: _Tokens, last: int) -> bool:
    """A stock ticker in brackets after a name (or its "'s"), as news agencies write a listed
    company's: Reuters' "( XOM . N )", "( RDSa . L )", "(MSFT.O)" (a capitalised code, a full stop,
    the exchange's letters), an Asian exchange's number of four to six digits ("Cathay Pacific (
    0293 . HK )", "Mitsui ( 8031 . T )", "( 003490 . KS )") or "(NYSE: XOM)". Only a company is
    traded so."""
    text, lower = tokens.text, tokens.lower
    n = len(text)
    k = last
    if k + 1 < n and text[k] in APOSTROPHES and lower[k + 1] == "s":
        k += 2  # "Merck 's ( MRK . N )"
    if k + 4 >= n or text[k] != "(":
        return False
    code, point, market, close = text[k + 1 : k + 5]
    if lower[k + 1] in EXCHANGES:
        return point == ":" and market.isupper() and market.isalpha() and close == ")"
    return (
        point == "."
        and close == ")"
        and (
            1 <= len(code) <= 6
            and code[0].isupper()
            and code.isalnum()
            or 4 <= len(code) <= 6
            and code.isdigit()
        )
        and 1 <= len(market) <= 2
        and market.isupper()
    )


def _regime_leaders(tokens: _Tokens, cands: list[_Candidate]) -> None:
    """One word before "regime" or "'s regime" that nothing typed, or that only names a town, is its
    ruler's name, a person, in every mention: "the Mubarak regime", "Saddam's regime", "the Castro
    regime" (a town we list); not a
    country, a state or a city of CAPITAL_POPULATION and more ("the Beijing regime")."""
    lower, n = tokens.lower, len(tokens)
    rulers = {
        c.name
        for c in cands
        if c.last - c.first == 1
        and "-" not in c.name  # (a law's names: "the old Glass-Steagall regime")
        and (
            c.last < n
            and lower[c.last] == "regime"
            or c.last + 2 < n
            and lower[c.last + 2] == "regime"
            and lower[c.last + 1] == "s"
            and lower[c.last] in APOSTROPHES
        )
        and (
            c.type is None
            or c.type == "place"
            and lower[c.first] not in _regions()
            and lower[c.first] not in _large_cities()
        )
    }
    for c in cands:
        if c.name in rulers and c.type in (None, "place"):
            c.type = "person"
            c.evidence.add("regime")


# the nouns for what a person is that go before one name alone, a person's (players and performers
# known by one: "midfielder Geremi", "singer Shakira", "artist Banksy"); not a role's ("official
# BP", "rig owner Transocean", "chief White House correspondent"), nor "player" ("franchise player
# New York")
ONE_NAME_NOUNS = SIDE_POSITIONS | _words(
    "singer rapper artist actor actress comedian guitarist drummer painter sculptor"
)
# the verbs of what only a person does, after a name of two or three words that nothing typed: a
# person's ("Petr Prucha scored twice"); not a side named for its town that nothing typed ("Seattle
# Sounders scored", "Nottingham Forest scored": _town_side)
PERSON_ACTS = _words("scored died tallied")
# the words of a wire's credit before "by" and its journalists' names ("Reporting by", "Editing by"; not
# "compiled by", "produced by", "written by": data, a film, a memo are an organisation's as often)
CREDIT_VERBS = _words("reporting editing writing")
CREDIT_OPENERS = frozenset(("(", ";", "additional"))
# the photo and news agencies a picture's credit names after its photographer and a slash ("Win
# McNamee/Getty Images", "Bevil Knapp/EPA", "Haraz Ghanbari/AP"): 20 heap-10000 mentions of such
# names were other, their given names unlisted ("Win", "Chip", "Bevil", "Haraz")
PHOTO_AGENCIES = _words("getty afp ap reuters epa rex pa corbis bloomberg associated zuma sipa")
# a credit's own words before the slash, which name who gave the picture, no photographer: an
# organisation's handout, a pool's, a paper's ("Greenpeace Handout/EPA", "Pool Photo/AP", "Times
# Picayune/AP")
CREDIT_NOT_NAMES = _words("handout pool photo photos staff file courtesy") | NEWSPAPER_HEADS


def _person_cues(tokens: _Tokens, cands: list[_Candidate], lower_vocab: set[str], who: bool) -> None:
    """A name of two or three capitalised words that nothing typed is a person's, in every mention,
    after a lower-case noun for a person ("comedian Rauno Kestila", PERSON_NOUNS; one word after a
    player's or a performer's, "midfielder Geremi", ONE_NAME_NOUNS), before ", who"
    ("spoken to Virginia Roberts Giuffre, who alleges"; not a group's, "Alabama Republicans, who",
    nor a firm's after "of", "at": "an analyst at Burnham Securities, who"), before a person's act
    ("Petr Prucha scored", PERSON_ACTS), after a wire's credit ("Reporting by Ho Binh Minh",
    CREDIT_VERBS), listed beside a full name (_listed_person), or
    of two words after an organisation's "'s" where the article writes neither word in lower case
    and we do not list the second ("CNN’s Elle Reeve", "Fox News' Chad Pergram"; not "Apple's App
    Store", "Nvidia's Quadro FX", "the BBC's Newsnight")."""
    text, lower, n = tokens.text, tokens.lower, len(tokens)
    people = set()
    orgs_end: set[int] | None = None
    full_names: tuple[set[int], set[int]] | None = None  # (the ends and starts of full names)
    words: set[str] | None = None  # (the article's words in lower case: read at the first plural second word)
    for c in cands:
        if c.type is not None:
            continue
        first, last = c.first, c.last
        if (
            first
            and lower[first - 1] in PERSON_NOUNS
            and 2 <= last - first <= 3
            and text[first - 1].islower()
            and _described_person(text[first:last], lower[first:last], lower_vocab)
        ):
            people.add(c.name)
            continue
        if (
            last - first == 1
            and first
            and lower[first - 1] in ONE_NAME_NOUNS
            and text[first - 1].islower()
            and _described_person(text[first:last], lower[first:last], lower_vocab)
        ):
            people.add(c.name)  # "Cameroon midfielder Geremi", "pop singer Shakira", "artist Banksy"
            continue
        if (
            2 <= last - first <= 3
            and last < n
            and lower[last] in PERSON_ACTS
            and _described_person(text[first:last], lower[first:last], lower_vocab)
            and not _town_side(lower[first : last - 1])
        ):
            people.add(c.name)  # "Petr Prucha scored twice", "Jimi Hendrix died in 1970"
            continue
        if 2 <= last - first <= 3 and _set_scores_after(tokens, last):
            people.add(c.name)  # "beat China's Zi Yan, 6-2, 6-2": a tennis player's sets
            continue
        if (
            2 <= last - first <= 3
            and first > 1
            and lower[first - 1] == "by"
            and lower[first - 2] in CREDIT_VERBS
            # (a credit opens on a capital, or after its bracket, a semicolon or "additional": "( Reporting
            # by Braden Reddall ; editing by Gunna Dickson )"; prose's "based on reporting by Mother
            # Jones" names a magazine)
            and (tokens.text[first - 2][:1].isupper() or first > 2 and lower[first - 3] in CREDIT_OPENERS)
        ):
            people.add(c.name)  # "( Reporting by Ho Binh Minh ; Editing by Sugita Katyal )": a wire's credit
            continue
        if (
            2 <= last - first <= 3
            and last + 1 < n
            and text[last] == "/"
            and lower[last + 1] in PHOTO_AGENCIES
            and _credited_name(text[first:last], lower[first:last], lower_vocab)
        ):
            people.add(c.name)  # "Photograph : Chip Somodevilla/Getty Images": a picture's credit
            continue
        if last - first == 2 and words is None and lower[first + 1][-1:] == "s":
            words = set(lower)
        if (
            last - first == 2
            and lower[first] not in _news_words()
            and lower[first + 1] not in _large_cities()
            and not _plural_noun(lower[first + 1])  # ("Enron , Arthur Andersen or Lehman Brothers": a firm)
            and lower[first + 1] not in ORG_PRODUCTS  # ("Lee Pawn and Jewelry Store": a shop)
            and not (words and _common_plural(lower[first + 1], words))
        ):
            if full_names is None:
                # (a given name first that is no place: "an Austin Mini or Fiat Uno" lists cars; and
                # a surname the article writes in lower case is no full name to trust: "Lee Pawn and
                # Jewelry Store" of "a pawn shop", a shop typed by its given name)
                persons = [
                    d
                    for d in cands
                    if d.type == "person"
                    and d.last - d.first > 1
                    and lower[d.first] not in _places()
                    and (d.evidence or lower[d.last - 1] not in lower_vocab)
                ]
                full_names = {d.last for d in persons}, {d.first for d in persons}
            if _listed_person(tokens, c, *full_names) and _described_person(
                text[first:last], lower[first:last], lower_vocab
            ):
                people.add(c.name)
                continue
        if last - first == 2 or last - first == 3 and who:
            if who and last + 1 < n and text[last] == "," and lower[last + 1] == "who":
                if _who_person(tokens, first, last, lower_vocab):
                    people.add(c.name)
            elif (
                last - first == 2
                and first >= 2
                and (possessor := _possessor_end(tokens, first))
                and _plain_words(text[first:last])
                and lower[first] not in lower_vocab
                and lower[first + 1] not in lower_vocab
                and lower[first + 1] not in _news_words()
            ):
                if orgs_end is None:
                    orgs_end = {o.last for o in cands if o.type == "organization"}
                if possessor in orgs_end:
                    people.add(c.name)
    if people:
        # a full name's surname after another word is that person's, titled ("Prof Ferguson, who"
        # of "Neil Ferguson"), no name of its own
        named = {c.name.rsplit(" ", 1)[-1] for c in cands if c.type == "person" and " " in c.name}
        people = {name for name in people if name.rsplit(" ", 1)[-1] not in named}
        for c in cands:
            if c.type is None and c.name in people:
                c.type = "person"
                c.evidence.add("cue")


# the lower-case nouns for a town, an island or a country's part that name the place of "the city
# of X", "the Canadian province of Alberta" and "X, a working-class city at the border" (a US
# county, a US state, a country name themselves: the gazetteers hold them; other countries'
# provinces and regions they do not: "Alberta" was other, a given name too)
TOWN_NOUNS = _words(
    "city town village suburb borough township hamlet municipality island province region prefecture"
)
# the words that end a town noun's phrase after the name ("X, a city in", "X, a small town near",
# "X, a suburb of", "X, a village.")
TOWN_NOUN_ENDS = _words(
    ", . ; at in near of off on outside north south east west about where that which just"
)
# ... and those after the name itself that are no verb too ("Anbar province", "Qeshm island", "the
# Swat valley"; not "state", "town", "region": "Republicans state that", "Arabic region")
PLACE_NOUNS_AFTER = _words(
    """province provinces district island village valley neighborhood neighbourhood mountains governorate
    prefecture suburb township municipality borough"""
)
# a country's part named by "state" or "region" after it ("Bayelsa state", "Somalia's semiautonomous
# Puntland region"): no verb, where no clause's word follows ("X state that", "state the", "state in
# writing"; _place_cues), nor the state's own participle ("Azerbaijani state owned oil company")
PART_NOUNS_AFTER = _words("state region")
PART_NOUN_VERB_AFTER = DETERMINERS | _words("that in to owned run controlled")
HEAD_WORDS = _words("for with by from and or")  # (and TOWN_NOUN_ENDS): the apposition's head came before
MAX_TOWN_APPOSITION = 6  # "Hawaiian Gardens, a working - class city at": "a" and five tokens at most
# the words before a capitalised word that make it a kind of place, no place's name, before a place's
# noun ("a Shia suburb", "an Alawite village", "a mainly Druze village": PLACE_NOUNS_AFTER); a name
# goes with the noun itself ("in Anbar province", "the Swat valley", "western Anbar province")
KIND_ARTICLES = _words("a an")


def _kind_before(lower: list[str], first: int) -> bool:
    """Whether the word at `first` reads as a kind after an indefinite article, alone or with an
    adverb in -ly between ("a Shia suburb", "a predominantly Christian village"; KIND_ARTICLES)."""
    k = first - 1
    if k > 0 and lower[k].endswith("ly"):
        k -= 1
    return k >= 0 and lower[k] in KIND_ARTICLES


def _part_noun_after(lower: list[str], at: int) -> bool:
    """Whether the word at `at` is "state" or "region" naming the country's part before it
    (PART_NOUNS_AFTER): not a verb's "state" that a determiner or "that" follows, not a language's
    adjective in -ic ("Arabic region"). (The caller leaves a name that opens a sentence: "One state
    will even begin paying people".)"""
    return (
        lower[at] in PART_NOUNS_AFTER
        and (at + 1 >= len(lower) or lower[at + 1] not in PART_NOUN_VERB_AFTER)
        and not lower[at - 1].endswith("ic")
    )


def _place_cues(tokens: _Tokens, cands: list[_Candidate]) -> None:
    """A name that nothing typed is a place's, in every mention, after "the city of" / "town of" ...
    ("in the city of Hawaiian Gardens", "the small town of Chalmette"), of plain words before a
    place's noun that is no verb ("Anbar province", PLACE_NOUNS_AFTER; "Bayelsa state", _part_noun_after), or of two words or more
    before an apposition whose head noun is a town's (", a working-class city at the northeast
    border of", ", a suburb of Chicago"; not "Smith, a city official", "St Bernard Project, a
    charity in the small town of": one word alone is left, as a surname's apposition names what the
    person is)."""
    text, lower, n = tokens.text, tokens.lower, len(tokens)
    places = set()
    for c in cands:
        first, last = c.first, c.last
        if c.type is not None:
            continue
        if (
            first >= 2
            and lower[first - 1] == "of"
            and lower[first - 2] in TOWN_NOUNS
            and text[first - 2].islower()
        ):
            places.add(c.name)
        elif (
            last < n
            and (
                lower[last] in PLACE_NOUNS_AFTER or not tokens.opens[first] and _part_noun_after(lower, last)
            )
            and text[last].islower()
            and _plain_words([part for word in text[first:last] for part in word.split("-")])
            and lower[last - 1] not in DEMONYMS
            # ("the former Soviet state": the name is what a country was, the state the country)
            and (first == 0 or lower[first - 1] != "former")
            and lower[last - 1] not in GROUPS
            and not _plural_noun(lower[last - 1])
            and not _place_demonym(lower[last - 1])  # ("a Serbian province")
            and not _kind_before(lower, first)
        ):
            # "in western Anbar province", "on Qeshm island", "the Swat valley"; a hyphen joins a
            # name's plain words ("North Rhine-Westphalia state", "the Indo-Pacific region")
            places.add(c.name)
        elif last - first > 1 and last + 2 < n and text[last] == "," and lower[last + 1] in ("a", "an"):
            for j in range(last + 2, min(n - 1, last + 2 + MAX_TOWN_APPOSITION)):
                if lower[j] in TOWN_NOUNS and text[j].islower():
                    if lower[j + 1] in TOWN_NOUN_ENDS:
                        places.add(c.name)
                    break
                if lower[j] in TOWN_NOUN_ENDS or lower[j] in HEAD_WORDS or text[j][0].isupper():
                    break  # a noun's phrase ends first: "St Bernard Project, a charity in the small town of
    if places:
        for c in cands:
            if c.type is None and c.name in places:
                c.type = "place"
                c.evidence.add("cue")


# a side's people: a place right before one of them names the club or the national side that the
# town or the country gives its name to ("Newcastle manager Sam Allardyce", "Watford striker",
# "England coach", "Vancouver goalie"). The positions of football and the other team games
# (vocabulary.SIDE_POSITIONS) are no one else's; "manager", "coach", "captain", "boss" and "forward" are a firm's, a bus's, a ship's or
# a plain word too ("its London manager", "BP's North Sea boss", "a London coach"), so those count
# only where the article speaks of a game as well (CLUB_GAME_WORDS)
SIDE_STAFF = _words("manager coach captain boss forward")
# the words that only a report on a game writes: a side's positions, its fixtures, a league's
# table, a sport's name, cricket's players and basketball's shots. Not "season", "goal", "cup",
# "match", "rebounds": a flu season, a policy's goal, a cup of tea, a market's rebounds; "football"
# only where no measure follows it (_game_report)
CLUB_GAME_WORDS = SIDE_POSITIONS | _words(
    """squad fixture fixtures league premiership playoff playoffs goalscorer touchdown touchdowns
    innings wickets rugby basketball baseball hockey soccer cricket batsman batsmen bowler bowlers
    layup layups dunk dunked squads homestand game-high"""
)
# ("squads", "homestand", "game-high": an NBA preview's words, "the Suns beat the Lakers" was other)
# the nouns after "football" that make it a measure of size, no game: the oil slick "the size of a
# football field", "as big as two football pitches"
FOOTBALL_MEASURES = _words("field fields pitch pitches")
# the words before a place that keep it a place where the article names the club too: "in Newcastle",
# "fans from Newcastle", "the city of Newcastle"
PLACE_BEFORE_WORDS = _words("in near outside from across around throughout city town of")
# the words before a place that make it a modifier of someone else's: "its London manager", "a London
# coach" (a coach company's), "BP's North Sea manager"
OWNER_WORDS = _words("its their his her our my your a an s")  # ("s": a possessive's, "BP ' s")


def _clubs(tokens: _Tokens, cands: list[_Candidate], lower_vocab: set[str]) -> None:
    """A place right before a side's position is the club or the national side named for it
    (SIDE_POSITIONS, SIDE_STAFF), or a town before a plural verb in a report on a game
    (_plural_town), or whose possessive owns a player's full name there ("Seattle's Matt Hasselbeck";
    a titled one is a town's official: "Chicago's Mayor Rahm Emanuel"), and so is every other mention of that name in the article but
    those after a word that puts something in a place (PLACE_BEFORE_WORDS: "in Newcastle" stays the
    town) and a dateline's. An organisation: what a report on a game calls "Fulham" is the club."""
    text, lower, n = tokens.text, tokens.lower, len(tokens)
    game: bool | None = None  # (read at the first place beside a SIDE_STAFF word)
    clubs: set[str] = set()
    towns = {c.first: c for c in cands if c.type == "place"}
    players: set[int] | None = None  # (the first tokens of untitled full names: read at the first possessive)
    owners: set[int] = set()  # the first tokens of the clubs' possessives before a player
    for c in cands:
        if c.type != "place":
            continue
        opponent = _opponent(tokens, c, towns)
        if c.last + 2 < n and text[c.last] in APOSTROPHES and lower[c.last + 1] == "s":
            if players is None:
                players = {d.first for d in cands if d.type == "person" and " " in d.name and not d.role}
            if c.last + 2 in players:
                if game is None:
                    game = _game_report(tokens, lower_vocab)
                if game:
                    clubs.add(c.name)  # "an interception return of Seattle's Matt Hasselbeck"
                    owners.add(c.first)  # (the club, after "of" too)
                continue
        if _plural_town(tokens, c) or opponent:
            if game is None:
                game = _game_report(tokens, lower_vocab)
            if game:
                clubs.add(c.name)  # "Chelsea are hoping", "Fulham have made a bid"
                if opponent:
                    clubs.add(opponent.name)  # "Liverpool will play Luton": both sides
            continue
        if c.last < n and text[c.last].islower():
            side = lower[c.last]
            k = c.first - 1
            if k >= 0 and (lower[k] in OWNER_WORDS or text[k][:1].isupper() and not tokens.opens[k]):
                continue  # "its London manager", "BP 's North Sea boss", "Fox Sports Detroit coach"
        elif _side_of(tokens, c.first) and (c.last == n or text[c.last] not in APOSTROPHES):
            side = lower[c.first - 2]  # "the manager of Portsmouth" (not "of London's Savoy")
        else:
            continue
        if side not in SIDE_POSITIONS and side not in SIDE_STAFF:
            continue
        if side in SIDE_STAFF:
            if game is None:
                game = _game_report(tokens, lower_vocab)
            if not game:
                continue
        clubs.add(c.name)
    if not clubs:
        return
    for c in cands:
        if c.type != "place" or c.name not in clubs:
            continue
        first, last = c.first, c.last
        if (
            first
            and lower[first - 1] in PLACE_BEFORE_WORDS
            and not _side_of(tokens, first)
            and first not in owners
        ):
            continue
        if (
            last < n
            and text[last] == ","
            and (first == 0 or "\n" in tokens.gaps[first] or _region_after(tokens, last + 1))
        ):
            continue  # a dateline or a town put in its state: "Columbus, OH (Sports Network) -"
        if last == first + 1 and text[first].isupper() and text[first] != c.name:
            continue  # a state by its postal code, the dateline's: "Minneapolis, MN (Sports Network)"
        c.type = "organization"
        c.evidence.add("club")
    _listed_sides(tokens, [c for c in cands if c.type in ("place", "organization")])


# the plural verbs that British news write after a club's name, never after a town's: "Chelsea are
# hoping", "Fulham have made a bid", "Newcastle were today closing in"
PLURAL_VERBS = _words("are were have")


def _plural_town(tokens: _Tokens, c: _Candidate) -> bool:
    """A town of one word that opens a sentence, no plural ("Athens") nor a region (a country's side
    can be its people: "Iran have"), before a plural verb: the verb is the club's (_clubs; a name
    inside a sentence may be the last word of its subject: "the beaches of the Gulf Coast are")."""
    lower, n = tokens.lower, len(tokens)
    return (
        c.last == c.first + 1
        and tokens.opens[c.first] == 1
        and c.last < n
        and lower[c.last] in PLURAL_VERBS
        and not lower[c.first].endswith("s")
        and lower[c.first] not in _regions()
    )


# the verbs that set a town's club against another's ("Liverpool will play Luton", "Portsmouth beat
# Fulham"), and the auxiliaries that may come before them; not "visit" ("Obama will visit London")
MATCH_VERBS = _words("play plays played beat beats face faces host hosts")
MATCH_AUXILIARIES = _words("will would to")


def _opponent(tokens: _Tokens, c: _Candidate, towns: dict[int, _Candidate]) -> _Candidate | None:
    """The town that the town `c` plays or beats right after a MATCH_VERBS verb ("Liverpool will play
    Luton"), where neither is a country or state (a people plays too: "Iran will host Iraq"), or
    after its score ("Sacramento 104, Orlando 100"): in a report on a game, both are clubs (_clubs).
    None otherwise."""
    lower, n, k = tokens.lower, len(tokens), c.last
    if k + 3 < n and tokens.text[k].isdigit() and tokens.text[k + 1] == ",":
        # a score line: "Final Score: Sacramento 104, Orlando 100" (sides of a state too: "Utah 111,
        # Indiana 89")
        opponent = towns.get(k + 2)
        if opponent is not None and opponent.last < n and tokens.text[opponent.last].isdigit():
            return opponent
    if k < n and lower[k] in MATCH_AUXILIARIES:
        k += 1
    if k + 1 >= n or lower[k] not in MATCH_VERBS:
        return None
    opponent = towns.get(k + 1)
    if opponent is None or c.name.casefold() in _regions() or opponent.name.casefold() in _regions():
        return None
    return opponent


# the tokens that join the items of a list of sides ("Newcastle, Fulham, England or Manchester City")
LIST_JOINS = frozenset((",", "and", "or"))
MAX_LIST_JOIN = 2  # (", and", ", or")
# the tokens that set a side against its opponent ("Michigan, against Florida", "the Penguins against
# Buffalo", "Derby v. Wigan"; the tokens split a stop off): the place on the other side is a side too
MATCH_JOINS = frozenset(
    (("against",), (",", "against"), ("vs",), ("vs", "."), ("v",), ("v", "."), ("versus",))
)


def _listed_sides(tokens: _Tokens, named: list[_Candidate]) -> None:
    """A place listed right beside a club (_clubs) is a side too: "the former England and Newcastle
    strikers", "with Newcastle, Fulham, England or Manchester City" (a list holds one kind of thing;
    the side's word follows only one of them, or none), and so is its opponent ("Michigan, against
    Florida"). Not a place put in its state or country ("Sunderland, England") nor one after a word
    that puts something there ("in Leeds and")."""
    lower = tokens.lower
    for order in (named, named[::-1]):
        for a, b in pairwise(order):
            if b.type != "place" or "club" not in a.evidence:
                continue
            before, after = (a, b) if a.first < b.first else (b, a)
            joins = lower[before.last : after.first]
            listed = 1 <= len(joins) <= MAX_LIST_JOIN and LIST_JOINS.issuperset(joins)
            if not listed and tuple(joins) not in MATCH_JOINS:
                continue
            if _town_put(tokens, before.last):
                continue  # "Sunderland, England": a town and its country
            if (
                b is before
                and b.first
                and lower[b.first - 1] in PLACE_BEFORE_WORDS
                and not _side_of(tokens, b.first)
            ):
                continue
            b.type = "organization"
            b.evidence.add("club")


def _town_put(tokens: _Tokens, k: int) -> bool:
    """The comma at k puts the town before it in the region after it ("Sunderland, England"), where
    the list does not go on after that one word ("Fulham, England or Manchester City": three sides)."""
    lower, n = tokens.lower, len(tokens)
    return (
        k + 1 < n
        and lower[k] == ","
        and _region_after(tokens, k + 1)
        and (k + 2 == n or lower[k + 2] not in LIST_JOINS)
    )


def _side_of(tokens: _Tokens, first: int) -> bool:
    """The name at `first` follows a side's position or staff word and "of" ("the manager of
    Portsmouth", "captain of England"): the side's, where "of" alone keeps a town ("the city of
    Newcastle")."""
    lower = tokens.lower
    return (
        first > 1
        and lower[first - 1] == "of"
        and (lower[first - 2] in SIDE_POSITIONS or lower[first - 2] in SIDE_STAFF)
    )


def _game_report(tokens: _Tokens, lower_vocab: set[str]) -> bool:
    """The article reports on a game (_clubs): it writes one of CLUB_GAME_WORDS, or "football" as
    a game's name ("college football", "bowl games", "Penn State coach"), not as a measure ("the
    size of a football field")."""
    if not lower_vocab.isdisjoint(CLUB_GAME_WORDS):
        return True
    if "football" not in lower_vocab:
        return False
    lower, n = tokens.lower, len(tokens)
    return any(
        k + 1 == n or lower[k + 1] not in FOOTBALL_MEASURES
        for k in compress(range(n), map("football".__eq__, lower))
    )


# a lower-case noun for what a person is, right before a full name ("comedian Rauno Kestila", "black
# motorist Philando Castile"); a role noun's name is typed already. Not a firm's too: "the gas
# producer East Resources"
PERSON_NOUNS = (DESCRIPTORS | _words("motorist driver passenger teenager resident")) - {"producer"}


# a tennis set's games ("6-2", "7-6"): no other game is won by 7 games or fewer in sets
TENNIS_SET = re.compile(r"[0-7]-[0-7]")


def _set_scores_after(tokens: _Tokens, last: int) -> bool:
    """Two tennis sets' scores right after a name, a comma before each or the first, a tie-break's
    points in brackets after a set ("Zi Yan, 6-2, 6-2", "Kristof Vliegen 7-6 (4), 6-3"): a player's,
    a person (_person_cues)."""
    text, n = tokens.text, len(tokens)
    k = last
    sets = 0
    while sets < 2 and k < n:
        if text[k] == ",":
            k += 1
        if k >= n or not TENNIS_SET.fullmatch(text[k]):
            return False
        sets += 1
        k += 1
        if k + 2 < n and text[k] == "(" and text[k + 1].isdigit() and text[k + 2] == ")":
            k += 3
    return sets == 2


def _listed_person(tokens: _Tokens, c: _Candidate, ends: set[int], starts: set[int]) -> bool:
    """The name is listed right beside a person's full name (LIST_JOINS: "Robbie Savage, Emanuel Villa
    and Hossam Ghaly", "Reporting by Tamara Walid , Amena Bakr"): a list holds one kind of thing, and
    a name of two words whose first word news seldom write is a person's whose given name we do not
    list (_person_cues). A comma alone lists it only inside a list: after a name, it may open the
    person's town ("Andrew Lindop , Connahs Quay -", a reader's signature); and not before a
    possessive, an apposition's organisation ("Kenneth P. Cohen , Exxon Mobil 's vice president"), nor
    a town put in its country ("G Vert Vaughan , Veliko Tarnovo , Bulgaria")."""
    lower, n = tokens.lower, len(tokens)
    if c.last < n and lower[c.last] in APOSTROPHES or _town_put(tokens, c.last):
        return False
    before = range(max(0, c.first - MAX_LIST_JOIN), c.first)
    after = range(c.last + 1, c.last + MAX_LIST_JOIN + 1)
    listed_after = c.last < n and lower[c.last] in LIST_JOINS
    return any(
        k in ends
        and LIST_JOINS.issuperset(lower[k : c.first])
        and (lower[k : c.first] != [","] or listed_after)
        for k in before
    ) or any(k in starts and LIST_JOINS.issuperset(lower[c.last : k]) for k in after)


def _plural_noun(low: str) -> bool:
    """The word is the plural of a word news write that is no given name ("brothers", "strategies",
    "associates"), a firm's or a group's last word, no surname ("Jones", "Williams": given names)."""
    if not low.endswith("s") or _is_given_name(low[:-1]):
        return False
    return low[:-1] in _news_words() or low.endswith("ies") and f"{low[:-3]}y" in _news_words()


def _common_plural(low: str, words: set[str]) -> bool:
    """The word is a plural whose singular the article writes (words: its words in lower case), no
    given name ("Peter Gordon and Fireball Crosswords" beside "the Daily Crossword"; not "Williams"
    beside a "William")."""
    return len(low) > 3 and low.endswith("s") and low[:-1] in words and not _is_given_name(low[:-1])


def _described_person(words: list[str], lows: list[str], lower_vocab: set[str]) -> bool:
    """The untyped name of two or three words after a PERSON_NOUNS noun is a person's
    (_person_cues): plain capitalised words the article never writes in lower case, the last no
    organisation's or place's head ("the artist Whitney Museum")."""
    return (
        _plain_words(words)
        and not any(low in lower_vocab for low in lows)
        and not _org_word(lows[-1])
        and lows[-1] not in PLACE_HEADS
        and lows[-1] not in GROUPS
    )


def _credited_name(words: list[str], lows: list[str], lower_vocab: set[str]) -> bool:
    """A photographer's name in a picture's credit (_person_cues): as _described_person, a surname's
    prefix allowed ("Win McNamee"); not an organisation's handout, a pool's or a paper's picture
    ("Greenpeace Handout/EPA", "Pool Photo/AP", "Times Picayune/AP": a known organisation or a word
    of CREDIT_NOT_NAMES among its words is no one's name)."""
    return (
        all(w.isalpha() and (w[1:].islower() or SURNAME_PREFIX.match(w)) for w in words)
        and not any(low in CREDIT_NOT_NAMES or low in KNOWN_ORGS for low in lows)
        and _described_person([w.title() for w in words], lows, lower_vocab)
    )


def _town_side(lows: list[str]) -> bool:
    """Whether the words before a name's last word (`lows`, lower case) are a town's, no listed
    given name and no country's or state's (those are given names as often: "Jordan Clarkson",
    "Georgia Hall"): the name is a side's named for its town ("Seattle Sounders", "San Jose
    Earthquakes", "Nottingham Forest"; "Milan Hejduk" is a player)."""
    town = " ".join(lows)
    return town in _places() and town not in _regions() and not _is_given_name(lows[0])


def _plain_words(words: list[str]) -> bool:
    """Capitalised words of letters only, the rest in lower case ("Elle Reeve"; not "Quadro FX")."""
    return all(w.isalpha() and w[0].isupper() and w[1:].islower() for w in words)


def _who_person(tokens: _Tokens, first: int, last: int, lower_vocab: set[str]) -> bool:
    """The untyped name first..last before ", who" is a person's (_person_cues)."""
    lower = tokens.lower
    low, end = lower[first], lower[last - 1]
    return (
        tokens.text[first][0].isupper()
        and _plain_words(tokens.text[first + 1 : last])
        and low not in lower_vocab
        and low not in DEMONYMS
        and not (low.endswith("er") and low[:-2] in _places())  # "Londoner Jade"
        and end not in GROUPS
        and end not in TITLE_HEADS  # "America's Toughest Sheriff, who"
        and end not in _regions()
        and end not in _large_cities()  # a club: "Sunrisers Hyderabad, who"
        and (first == 0 or lower[first - 1] not in AFFILIATIONS)
    )


# the words before a firm's name whose ", who" is its employee's ("analyst Jim Smith of Burnham
# Securities, who")
AFFILIATIONS = _words("of at for from with")


def _possessor_end(tokens: _Tokens, i: int) -> int:
    """Where the name ends whose "'s" (or "'" after an "s") comes before token i, 0 when none does."""
    text = tokens.text
    if text[i - 1] in APOSTROPHES and text[i - 2][-1] in "sS":
        return i - 1  # "Fox News' Chad Pergram"
    if i >= 3 and tokens.lower[i - 1] == "s" and text[i - 2] in APOSTROPHES:
        return i - 2  # "CNN’s Elle Reeve"
    return 0


CAPITAL_POPULATION = 1_000_000  # a city so large may name its country's government ("the Beijing regime")


@cache
def _large_cities() -> frozenset[str]:
    return frozenset(n.casefold() for n in gazetteer.city_names(CAPITAL_POPULATION))


# the marks after a source's name that end the "according to" phrase (a comma opens an apposition,
# which a person's name takes as often: "according to Arne Jernelov , of the Institute ...")
SOURCE_END_MARKS = frozenset(".;:)!?'’")


def _source_end(tokens: _Tokens, last: int) -> bool:
    """The name that ends at `last`, after "according to", is a source that no person is: the phrase
    ends there or goes on with its possessive or a thing it gives ("according to Nielsen .", "according
    to Thomson Reuters data", "according to Iata 's projections"), not with people ("according to City
    analysts") nor a clause ("according to Pew , are")."""
    text, lower = tokens.text, tokens.lower
    if last >= len(text) or text[last] in SOURCE_END_MARKS:
        return True
    word = text[last]
    return (
        word.isalpha()
        and word.islower()
        and lower[last] not in SPEAKER_NOUNS
        and lower[last] not in HEAD_FOLLOWERS
    )


def _organisation_context(tokens: _Tokens, first: int, last: int) -> bool:
    """The words around one mention say that it names an organisation (_organisations)."""
    text, lower, cap = tokens.text, tokens.lower, tokens.cap
    n = len(text)
    k = last
    if k < n and lower[k] in ORG_PRODUCTS:
        return True
    if k + 1 < n and text[k].isalpha() and text[k].islower() and lower[k + 1] in SHOPS:
        return True  # a modifier between the name and its shop's noun: "a Rite Aid drug store"
    if first >= 2 and lower[first - 1] == "called" and lower[first - 2] in ORG_CONTEXT:
        return True  # "the street-fighting fraternal group called Proud Boys"
    if k + 1 < n and lower[k] in ("and", "or") and cap[k + 1]:
        k += 1  # "the Pfizer and Moderna vaccines": the noun after the second name
        while k < n and cap[k]:
            k += 1
    if k + 2 < n and text[k] in ("'", "’") and lower[k + 1] == "s":
        k += 2  # "Pfizer's vaccine", "Facebook's chief executive"
    elif k + 1 < n and text[k] in ("'", "’") and lower[k - 1].endswith("s"):
        k += 1  # "the Times' account"
    if k + 1 < n and (
        text[k].isalpha() and text[k].islower() and lower[k] not in HEAD_FOLLOWERS or lower[k] in DISEASES
    ):
        k += 1 if lower[k + 1] in ORG_AFTER else 0  # one modifier: "the Pfizer coronavirus vaccine"
    if k < n and not cap[k] and (lower[k] in ORG_AFTER or lower[k : k + 2] == ["chief", "executive"]):
        return True
    before = first - 2 if first >= 2 and lower[first - 1] == "the" else first - 1
    # the name is the head, not a modifier: "leaders of the Taliban", not "of the Shiite minority"
    head = (
        last >= n
        or cap[last]
        or not text[last].isalpha()
        and text[last] not in ("'", "’")  # "members of Pinto's congregation"
        or lower[last] in HEAD_FOLLOWERS
    )
    if head and first >= 1 and lower[first - 1] in ORG_NOUNS_BEFORE and text[first - 1].islower():
        return True  # "broker Nomura said", "the US firm Cameron", "drug firms Rossi and GlaxoSmithKline"
    if (
        before >= 1
        and lower[before] == "to"
        and lower[before - 1] == "according"
        and text[first - 1] != "The"  # (a title's own article: "according to The Hill", _outlet_cue)
        and lower[last - 1] not in DEMONYMS
        and not _place_demonym(lower[last - 1])  # ("according to North Korean state media")
        and _source_end(tokens, last)
    ):
        return True  # "according to Markit .", "according to Thomson Reuters data", "according to Iata 's"
    if (
        first >= 3
        and text[first - 1] == ","
        and lower[first - 2] in ORG_CONTEXT
        and text[first - 2].islower()
        and (lower[first - 3] in DETERMINERS or lower[first - 3] in DEMONYMS)
        and last < n
        and text[last] == ","
    ):
        # "The company , Harris , makes radios", "Online Vietnamese newspaper , VietNamNet Bridge , said":
        # the noun's apposition between commas
        return True
    if head and before >= 1 and lower[before] == "of" and lower[before - 1] in ORG_OF:
        return True  # "shares of Facebook", "leaders of the Taliban"
    if (
        head
        and before >= 2
        and lower[before] == "of"
        and lower[before - 2 : before] == ["written", "permission"]
    ):
        return True  # a copyright notice's publisher: "without the prior written permission of Roll Call"
    if head and before >= 1 and lower[before] == "by" and lower[before - 1] in ORG_BY:
        return True
    if (
        first >= 2
        and lower[first - 1] == "at"
        and (lower[first - 2] in ROLE_NOUNS or lower[first - 2] in STAFF_AT)
    ):
        return True  # "a product manager at Facebook", "senior economist at Glassdoor", "analysts at UBS"
    if first >= 2 and lower[first - 1] == "for" and lower[first - 2] in STAFF_FOR:
        return True  # "senior economic analyst for Bankrate", "a reporter for Politico"
    if (
        head
        and before >= 1
        and text[first - 1] != "The"
        and _written_in(lower, before)
        and lower[first] not in LANGUAGES
    ):
        # "an op-ed in USA Today", "writing in Science" ("an article in The News": a title's own
        # "The", which find_mentions puts back, _outlet_cue)
        return True
    return _organisation_apposition(tokens, last)


# what is written in a paper, a magazine or a journal ("an article in The News", "a column for
# USA Today"), and the verbs of writing there ("wrote in Christianity Today", "published in
# Science"): the name after "in"/"for" is the publication's (not "an interview in Lebanon", nor
# "appeared in the East Room": a place's; a place the gazetteer knows is typed before)
WRITINGS = _words("article articles column columns editorial editorials op-ed op-eds essay piece")
WRITING_VERBS = _words("wrote writes writing published")
# the tongues a text is written or published in, which no publication is ("published in Arabic",
# "wrote in Yiddish", "a column in Urdu"; the ones named for a people are demonyms, no name)
LANGUAGES = _words(
    """latin hebrew arabic urdu hindi bengali punjabi tamil farsi persian pashto dari mandarin cantonese
    swahili yiddish sanskrit esperanto braille tagalog malay amharic somali kurdish"""
)


def _written_in(lower: list[str], at: int) -> bool:
    """Whether the word at `at`, right before a name (or its "the"), is the "in"/"for" of a
    writing's noun or the "in" of a verb of writing (WRITINGS, WRITING_VERBS)."""
    word, noun = lower[at], lower[at - 1]
    return word in ("in", "for") and noun in WRITINGS or word == "in" and noun in WRITING_VERBS


# lower-case nouns for an organisation right before its name, as its apposition ("broker Nomura
# said", "rating agency Fitch", "the US firm Cameron"): ORG_CONTEXT's and their plurals, not an
# owner's (a person: "owner Bezos")
ORG_NOUNS_BEFORE = (ORG_CONTEXT - _words("owner")) | _words(
    """firms companies banks brokers broker agencies lenders insurers retailers airlines carriers
    networks newspapers broadcasters drugmaker drugmakers automaker carmaker"""
)


# a shop's nouns, after a name and one modifier ("a Rite Aid drug store", "a Walmart grocery store"):
# ORG_PRODUCTS' places of business; not "website", "magazine" ("a Biden campaign website")
SHOPS = _words("store stores supermarket supermarkets restaurant restaurants factory warehouse")


# the staff whose employer, after "for", is an organisation, not a person ("a reporter for Politico";
# "a lawyer for Trump", "a spokesman for Pelosi" are a person's staff)
STAFF_FOR = _words("analyst economist correspondent reporter columnist editor researcher")
# the staff in the plural whose workplace, after "at", is an organisation ("analysts at Bernstein",
# "researchers at UC Berkeley"; "reporters at Trump Tower" stand in a place)
STAFF_AT = _words("analysts economists researchers")


def _legal_suffix(tokens: _Tokens, i: int) -> bool:
    return i < len(tokens) and tokens.lower[i] in COMPANY_SUFFIXES


def _organisation_apposition(tokens: _Tokens, last: int) -> bool:
    """ "X, the Islamist militant group that ...", "X, a biotech company based in ...": an
    apposition whose head is a word for an organisation (ORG_CONTEXT)."""
    return _apposition_head(tokens, last) in ORG_CONTEXT


def _apposition_head(tokens: _Tokens, last: int) -> str:
    """The last word of an apposition after the name that ends at `last` (", the/a/an ..." up to a
    comma, a stop, "that", "which" or "based"), its head noun ("the Islamist militant group",
    "the main antiviral flu drug"); "" when none follows."""
    text, lower = tokens.text, tokens.lower
    n = len(text)
    if last + 2 >= n or text[last] != "," or lower[last + 1] not in ("the", "a", "an"):
        return ""
    j = last + 2
    while j < n and j - last <= MAX_APPOSITION_WORDS and lower[j] not in APPOSITION_STOPS:
        if not text[j][0].isalnum() or lower[j] in CLAUSE_WORDS:
            return ""
        j += 1
    return lower[j - 1] if j < n and lower[j] in APPOSITION_STOPS and j > last + 2 else ""


# the lower-case nouns for a drug right before its brand name or as its apposition's head ("the
# antiviral drug Tamiflu", "Tamiflu , the main antiviral flu drug ,"); a drug's name alone reads as
# a person's to a verb ("Tamiflu was working against strains", 43 mentions over dev + heap-10000)
DRUG_NOUNS = _words("drug drugs medicine medication antiviral antivirals pill")
# the words that name a thing in lower case before the people's cues may be wrong (_things)
THING_WORDS = DRUG_NOUNS | STORM_WORDS


def _things(tokens: _Tokens, cands: list[_Candidate], lower_vocab: set[str]) -> None:
    """One-word names made people by a verb alone or by coreference that are things (3, after
    coreference): a drug that the article names by a drug's noun once ("the antiviral drug
    Tamiflu", "Tamiflu , the main antiviral flu drug ,") and a storm whose retired name the article
    writes alone with a storm's word in lower case in the sentence ("days after Katrina stated that
    no one could have foreseen the breach of the levees"; not a commenter of an article on the oil
    spill that names the hurricane season: "Ian wrote :"). Never a name that a title, a role or an
    apposition makes a person's anywhere in the article ("Ms. Katrina vanden Heuvel", "By Katrina
    vanden Heuvel ... Katrina 's posting")."""
    stormy = not lower_vocab.isdisjoint(STORM_WORDS)
    drugs = not lower_vocab.isdisjoint(DRUG_NOUNS)
    lone = [c for c in cands if c.type == "person" and " " not in c.name]
    if not lone:
        return
    people = {c.name for c in cands if c.evidence & {"title", "role", "apposition"} or c.role}
    things: set[str] = set()
    for c in lone:
        if c.name in people or c.name in things:
            continue
        if (
            stormy
            and c.name.casefold() in RETIRED_STORMS
            and _storm_word_near(tokens, c.first)
            or drugs
            and _drug_named(tokens, c.first, c.last)
        ):
            things.add(c.name)
    if things:
        for c in cands:
            if c.name in things:
                c.type, c.role = "other", None


# the lower-case nouns for a work right before its quoted title ("the animated series “South
# Park”", "the novel “Brighton Rock”"): the title names the work, whatever its words name elsewhere
WORK_NOUNS = _words("series show sitcom film movie documentary book novel album song play programme program")
TITLE_QUOTES = frozenset('"“')  # the quotes that open a title ('"' opens and closes)


def _works(tokens: _Tokens, cands: list[_Candidate]) -> None:
    """Reads the tokens and the candidates; types "other" (a work) the names typed a place by their
    head ("South Park", "Brighton Rock") that the article writes as a whole quoted title right after a
    work's noun in lower case (WORK_NOUNS: "satirical animated series “South Park”"), in all their
    mentions."""
    text, lower = tokens.text, tokens.lower
    n = len(text)
    works = {
        c.name
        for c in cands
        if c.type == "place"
        and c.first >= 2
        and text[c.first - 1] in TITLE_QUOTES
        and lower[c.first - 2] in WORK_NOUNS
        and text[c.first - 2].islower()
        and c.last < n
        and text[c.last] in QUOTES
    }
    for c in cands:
        if c.name in works:
            c.type, c.role = "other", None


def _storm_word_near(tokens: _Tokens, i: int) -> bool:
    """A storm's word in lower case in the sentence of token i (STORM_WORDS): the words read from
    the full stop before it to the one after (a quote inside goes on with the sentence), up to
    MAX_STORM_DISTANCE tokens either side."""
    text, lower = tokens.text, tokens.lower
    for step, stop in (
        (-1, max(-1, i - MAX_STORM_DISTANCE - 1)),
        (1, min(len(text), i + MAX_STORM_DISTANCE + 1)),
    ):
        for k in range(i + step, stop, step):
            if text[k] in FULL_STOPS:
                break
            if lower[k] in STORM_WORDS and text[k].islower():
                return True
    return False


# how far a storm's word is read from its name (a long sentence's worth; most are shorter)
MAX_STORM_DISTANCE = 40
FULL_STOPS = frozenset(".!?")


def _drug_named(tokens: _Tokens, first: int, last: int) -> bool:
    """A drug's noun right before the name ("the antiviral drug Tamiflu") or as the head of its
    apposition ("Tamiflu , the main antiviral flu drug ,")."""
    if first and tokens.lower[first - 1] in DRUG_NOUNS and tokens.text[first - 1].islower():
        return True
    return _apposition_head(tokens, last) in DRUG_NOUNS
