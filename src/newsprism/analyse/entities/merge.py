"""merge_entities: the mentions of one event's articles merged into entities.

merge_entities keys people by full name: a lone surname joins the full name that ends (or, for a
Chinese name, starts) with it, but two different full names never merge ("Wang Yi" and "Wang
Wenbin", "Chen Gang" and "Qin Gang" stay apart, so later stages can see a conflict); a full name
that ends in a numeral joins the name without it ("Robert S. Mueller III" = "Robert Mueller"), one
that is the last words of the one fuller name opening with a given name or an initial joins it
("Tayyip Erdogan" = "Recep Tayyip Erdogan"), and a person's name with words glued before it joins
the name the event also writes alone, which names the entity ("Interior Ken Salazar", "Briton Tony
Hayward"). An
organisation's bare name joins the one name that puts a country before it ("State Department" =
"US State Department"), a department's field of two words or more the one department of it ("Health
and Human Services", "Staunton Police" = "Staunton Police Department"), names of three words or more
that differ only in a plural's "s" the one in most mentions ("Center for Diseases Control and
Prevention" = "Centers for Disease Control and Prevention"), a name that opens a fuller
one's complement up to its last "and" the one fuller name ("Centers for Disease Control" = "U.S.
Centers for Disease Control and Prevention"; not when the words after "and" name an entity of their
own: "University of Chicago and Obama"), and an acronym the one name
whose initials it is ("APEC" = "Asia-Pacific Economic Cooperation", "CDC" = "Centers for Disease
Control and Prevention", "USDA" = "U.S. Department of Agriculture", "DOJ" = "Department of
Justice"; not when two names have its initials: "Federal Emergency Management Agency" and "...
Administration"). Failing an organisation's name, an acronym joins the one untyped
name of three initials or more that it spells ("LCPS" = "Loudoun County Public Schools"); the
entity is an organisation when that name has an organisation's head, else untyped ("SARS",
"NAFTA", "ACA" were organisations by their capitals alone; an acronym may keep its name's "of":
"PBOC", "BOJ"). A person's initials join nothing. A name less a form word ("Yale" = "Yale
University", "Chevron" = "Chevron Corporation") joins it, not a person's or a place's name; a
leading "United States" is "US" ("United States Senate" = "U.S. Senate"). A full name with middle
names joins a fuller one only with the same middles ("George W. Bush" is no "George H.W. Bush"), a
lone surname no "Jr." that an article naming both kept apart, and an untyped given name alone the
one full name it opens ("Hunter" = "Hunter Biden"). Of spellings with as many words, one in capitals
names the entity last ("BARACK OBAMA").
"House" alone joins the event's one "House of <Word>" ("House of Representatives"). A place's
name alone joins the one place that puts a country before it ("Capitol" = "U.S. Capitol", "Gulf
Coast" = "U.S. Gulf Coast"; not a country or city of its own, nor "Gulf" beside "Gulf of Mexico"). A name that
one article types an organisation and the others leave untyped is an organisation.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from operator import attrgetter, itemgetter

from newsprism.records import Entity, EntityType, Mention

from .coreference import _best_role
from .names import _countries, _initials, _norm, _suffixed, _surname_keys, _surname_word
from .tokens import _is_acronym
from .vocabulary import (
    COMPASS,
    COMPLEMENT_OPENERS,
    COUNTRY_KEYS,
    EXTRA_PLACES,
    GROUP_NOUNS,
    HEADING_WORDS,
    LAW_HEADS,
    LONG_CAPITALS,
    NAME_SUFFIXES,
    NATIONALITIES,
    NUMERAL_SUFFIXES,
    ORG_HEADS,
    PLACE_OF_HEADS,
    PLAN_HEADS,
    STORMS,
    SUFFIX_KEYS,
    TITLE_PARTS,
    _first_name_like,
    _given_names,
    _is_given_name,
    _places,
    _regions,
    _words,
)

BRITISH_SPELLINGS = {
    "organisation": "organization",
    "centre": "center",
    "centres": "centers",  # "US Centres for Disease Control and Prevention"
    "defence": "defense",
}
DEPARTMENT_HEADS = (" department", " ministry")
# a normalised "department of (the) X" or "ministry of X", after a country if any: (country, head, X)
DEPARTMENT_OF = re.compile(r"((?:\w+ )*?)(department|ministry) of (?:the )?(.+)")


# a normalised group of countries written with a hyphen ("g 7" of "G-7", "g 20")
GROUP_KEY = re.compile(r"g \d+")
# the words that open an organisation's complement, which names write either way: one key
COMPLEMENT_OPENER_VARIANTS = re.compile(r" (?:for|on) (?=\w+ \w)")
# one key for a capital city written several ways (as COUNTRY_KEYS for a country: "D.C.", "Washington
# DC"; no country before an organisation's name)
CITY_KEYS = {"d c": "washington d c", "washington dc": "washington d c"}
# and of a territory written with its head word or without ("the Gaza Strip", "Gaza")
TERRITORY_KEYS = {"gaza strip": "gaza"}
PLACE_KEYS = COUNTRY_KEYS | CITY_KEYS | TERRITORY_KEYS
# one key for an organisation's names in full and by its initials that no expansion spells
ORG_KEYS = {
    "islamic state": "isis",
    "isil": "isis",
    "daesh": "isis",
    "gop": "republican party",  # the Grand Old Party
    "grand old party": "republican party",
}
# a party's members by the party's plural, where the event names the party too ("Republicans" and
# "the GOP", "the Republican Party"): one entity, the party, as the news write of it acting ("Senate
# Republicans" or "Republican lawmakers" are some of its members only, and stay apart)
PARTY_MEMBERS = {"republicans": "republican party", "democrats": "democratic party"}
# one key for a party's word in the name of a group of its members ("GOP leaders" are the
# "Republican leaders", "House GOP" the "House Republicans", "Democrat lawmakers" the "Democratic
# lawmakers", "U.S. Senate Republicans" the "Senate Republicans"): _group_key
PARTY_WORD_KEYS = {
    "gop": "republican",
    "republicans": "republican",
    "democrats": "democratic",
    "democrat": "democratic",
}
# the other words such a group's name holds: its chamber, or its noun (GROUP_NOUNS)
GROUP_CHAMBERS = _words("house senate congressional")
PARTY_ADJECTIVE_KEYS = frozenset(PARTY_WORD_KEYS.values())
# a broadcaster's short name and its news division's name ("NBC" and "NBC News"): one key
NEWS_DIVISION = re.compile(r"[a-z]{2,4} news")
# an organisation's country in full or by its initials ("United States Senate", "U.S. Senate")
COUNTRY_PREFIXES = (("united states ", "us "), ("united kingdom ", "uk "))

# a nickname or a second spelling of a first name, to the one form merge_entities keys people by:
# "Chuck Schumer" is "Charles E. Schumer", "Joe Biden" "Joseph R. Biden", "Steve Bannon" "Stephen K.
# Bannon" (each nickname to the name it most often shortens in the news)
NICKNAMES = {
    nick: formal
    for formal, nicks in (
        ("robert", "bob bobby rob robbie"),
        ("william", "bill billy will willie"),
        ("james", "jim jimmy jamie"),
        ("joseph", "joe joey"),
        ("michael", "mike mick mickey"),
        ("charles", "chuck charlie chas"),
        ("stephen", "steve steven stevie"),
        ("richard", "dick rick ricky rich richie"),
        ("thomas", "tom tommy"),
        ("daniel", "dan danny"),
        ("david", "dave davey"),
        ("edward", "ed eddie ted teddy ned"),
        ("anthony", "tony"),
        ("andrew", "andy"),
        ("kenneth", "ken kenny"),
        ("lawrence", "larry laurence"),
        ("gregory", "greg"),
        ("matthew", "matt"),
        ("christopher", "chris"),
        ("nicholas", "nick nicky"),
        ("benjamin", "ben benny"),
        ("samuel", "sam sammy"),
        ("alexander", "alex"),
        ("frederick", "fred freddie"),
        ("henry", "hank"),
        ("john", "johnny"),
        ("jonathan", "jon"),
        ("elizabeth", "liz beth betsy betty libby"),
        ("katherine", "kate katie kathy catherine kathryn"),
        ("margaret", "maggie meg peggy"),
        ("susan", "sue suzy"),
        ("jennifer", "jen jenny"),
        ("deborah", "debbie deb debra"),
        ("ronald", "ron ronnie"),
        ("donald", "don donnie"),
        ("douglas", "doug"),
        ("jeffrey", "jeff geoffrey"),
        ("philip", "phil phillip"),
        ("timothy", "tim timmy"),
        ("peter", "pete"),
        ("vincent", "vince"),
        ("walter", "walt"),
        ("eugene", "gene"),
        ("mitchell", "mitch"),
        ("joshua", "josh"),
        ("zachary", "zach zack"),
        ("raymond", "ray"),
        ("patrick", "pat"),
        ("gerald", "jerry gerry"),
        ("abraham", "abe"),
        ("cyrus", "cy"),
        ("jacob", "jake"),
        ("theodore", "theo"),
        ("nathaniel", "nate"),
        ("leonard", "len lenny"),
        ("randolph", "randy"),
        ("terence", "terry terrence"),
        ("frances", "fran"),
        ("rebecca", "becky"),
        ("victoria", "vicky"),
        ("barbara", "barb"),
        ("maurice", "mo"),  # "Mo Cheeks" is the coach "Maurice Cheeks" (ECB+)
        ("patricia", "patty tricia"),
    )
    for nick in nicks.split()
}
# the first names that NICKNAMES joins, in either form
NICKNAMED = frozenset(NICKNAMES) | frozenset(NICKNAMES.values())
# an organisation's legal form ending a normalised key (_norm): "facebook inc" is "facebook"
LEGAL_FORM_ENDS = (" inc", " corp", " co", " ltd", " llc", " plc")
# ... and the words of a form that a name drops as readily ("Chevron Corporation", "Yale University")
FORM_ENDS = (*LEGAL_FORM_ENDS, " corporation", " company", " group", " university", " college")
# a firm's legal forms (_organisation_targets: "shell oil co" is "shell")
FIRM_ENDS = (*LEGAL_FORM_ENDS, " corporation", " company")
# the last word of a firm's name that the firm drops as readily as a legal form ("Smithfield Foods"
# is "Smithfield", "Dominion Voting Systems" "Dominion", "Koch Industries" "Koch")
FIRM_TAILS = _words(
    """foods petroleum pharmaceuticals motors airlines technologies systems stores industries holdings
    partners enterprises laboratories brands"""
)
# a chamber before a committee or caucus ("House Freedom Caucus" is the "Freedom Caucus")
CHAMBERS = ("house ", "senate ")
COUNTRY_ACRONYMS = frozenset(("US", "UK", "USA"))  # (_organisation_targets)


@lru_cache(maxsize=1 << 12)
def _org_key(key: str) -> str:
    """One key for the two ways of writing a department or ministry: "department of justice" and
    "justice department", "us department of the treasury" and "us treasury department"; for a
    British spelling and an American one; for a country's name or its initials first; for "for",
    "on" and "of" before a complement of two words or more; and for "G-7" and "G7"."""
    words = key.split()
    if not BRITISH_SPELLINGS.keys().isdisjoint(words):  # "World Health Organisation", "Centre"
        key = " ".join(BRITISH_SPELLINGS.get(w, w) for w in words)
    if "dept" in words:  # "Dept of Interior", "U.S. Dept. of Energy": the department's abbreviation
        key = " ".join("department" if w == "dept" else w for w in key.split())
    for country, short in COUNTRY_PREFIXES:
        if key.startswith(country):  # "United States Conference of ..." = "U.S. Conference of ..."
            key = short + key[len(country) :]
            break
    if GROUP_KEY.fullmatch(key):
        return key.replace(" ", "")  # "G-7" is the "G7"
    if key in ORG_KEYS:
        return ORG_KEYS[key]  # "Islamic State" is "ISIS", the "GOP" the "Republican Party"
    if " for " in key or " on " in key:  # "Advisory Committee on/for Immunization Practices"
        key = COMPLEMENT_OPENER_VARIANTS.sub(" of ", key)
    match = DEPARTMENT_OF.match(key)
    return f"{match[1]}{match[3]} {match[2]}" if match else key


def merge_entities(mentions: Mapping[str, Sequence[Mention]]) -> list[Entity]:
    """Merge the mentions of one event's articles (article id -> mentions) into entities.

    People are keyed by full name; a lone surname joins the one full name that ends with it (or,
    when several do, the one mentioned in most articles). Entities come most-covered first.
    """
    if isinstance(mentions, (str, bytes)) or not isinstance(mentions, Mapping):
        raise TypeError("merge_entities expects a mapping of article id -> that article's mentions")
    groups: dict[str, list[tuple[str, Mention]]] = defaultdict(list)
    person_articles: dict[str, set[str]] = defaultdict(set)  # key -> the articles naming a person so
    titled_alone: dict[str, set[str]] = defaultdict(set)  # one word's key -> the articles giving it a role
    org_names: dict[str, str] = {}  # key -> its first organisation's name
    others: dict[str, None] = {}  # the keys of names that nothing typed (in order)
    long_places: dict[str, None] = {}  # the keys of places of two words or more
    short_places: dict[str, None] = {}  # ... and of one word
    for article_id, article_mentions in mentions.items():
        for m in article_mentions:
            key = _norm(m.name)
            if m.type == "person":
                person_articles[key].add(article_id)
                if m.role and " " not in key:
                    titled_alone[key].add(article_id)
            elif m.type == "place":
                key = PLACE_KEYS.get(key, key)
                if " " in key:
                    long_places[key] = None
                else:
                    short_places[key] = None
            elif m.type == "organization":
                key = _org_key(key)
                if key.endswith(" news") and NEWS_DIVISION.fullmatch(key) and key[:-5] not in _places():
                    key = key[:-5]  # "NBC News", "FOX News" join "NBC", "Fox"
                org_names.setdefault(key, m.name)
            else:
                if " " in key and ("gop" in key or "republican" in key or "democrat" in key):
                    key = _group_key(key)  # (the test above: no split for most names)
                others[key] = None
            groups[key].append((article_id, m))
    # lone surnames (and "George Bush" for "George W. Bush") join the full name they belong to
    # (keys in the order of groups, as everywhere below)
    people_articles = {key: len(person_articles[key]) for key in groups if key in person_articles}
    split = {key: key.split() for key in people_articles}
    full = [k for k in people_articles if len(split[k]) >= 2]
    surnames: dict[str, list[str]] = defaultdict(list)  # surname key -> the full names it ends
    by_ends: dict[tuple[str, str], list[str]] = defaultdict(list)  # (first, last word) -> full names
    nicknamed: list[str] = []  # full names whose first name has another form (NICKNAMES)
    formal: list[str] = []  # "joseph r biden jr" (_formal_suffixed)
    # the last 2+ words of a fuller name -> the names ("tayyip erdogan" -> "recep tayyip erdogan")
    tails: dict[tuple[str, ...], list[str]] = {}
    for f in full:
        words = split[f]
        by_ends[words[0], words[-1]].append(f)
        if len(words) > 2 and _first_name_like(words[0]):
            for n in range(2, len(words)):
                tails.setdefault(tuple(words[-n:]), []).append(f)
        if words[-1] in NUMERAL_SUFFIXES and len(words) > 2:
            # "Robert S. Mueller III" is the news' "Robert Mueller" ("Jr." keeps a son apart: the
            # father goes by the bare name too, "Donald Trump"; a "III"'s father seldom makes news)
            by_ends[words[0], words[-2]].append(f)
        elif _formal_suffixed(words):
            formal.append(f)
        if split[f][0] in NICKNAMED:
            nicknamed.append(f)
        keys = _surname_keys(f)
        if len(split[f]) == 3:  # "tsai ing wen" is "Tsai Ing-wen", whose surname comes first
            name = next(m.name for _, m in groups[f] if m.type == "person")
            keys += tuple(k for k in _surname_keys(name) if k == split[f][0])
        for surname in dict.fromkeys(keys):
            surnames[surname].append(f)
    # a "Jr." or "Sr." after a middle initial is the person's formal name ("Joseph R. Biden Jr.",
    # "Samuel A. Alito Jr."), which the news shortens to "Joe Biden", "Samuel Alito": it takes them
    # as "Robert S. Mueller III" does, unless the event names one with the same ends and a middle
    # without the suffix (the father's "Donald J. Trump" beside "Donald J. Trump Jr.")
    formal = [
        f for f in formal if not any(len(split[g]) > 2 for g in by_ends.get((split[f][0], split[f][-2]), ()))
    ]
    for f in formal:
        by_ends[split[f][0], split[f][-2]].append(f)
    target: dict[str, str] = {}
    starts: dict[str, list[str]] | None = None  # first word -> the full names (below)
    glued: list[tuple[str, str]] = []  # (a name with words glued before it, the name) (below)
    lone: list[str] = []  # (below)
    for key in people_articles:
        words = split[key]
        if len(words) == 1:
            options = surnames.get(words[0], [])
            if len(options) > 1 and any(_suffixed(f) for f in options):
                # "Trump" joins "Donald Trump" rather than "Donald Trump Jr." when both are named
                options = [f for f in options if not _suffixed(f)] or options
            if options and options[0].endswith(SUFFIX_KEYS):  # (then all are: the line above)
                # nor the son alone when an article that names him kept "President Trump" apart
                options = [f for f in options if not person_articles[key] & person_articles[f]]
            elif options and key in titled_alone:
                # nor a full name that an article naming both kept apart from the titled surname:
                # its title fitted no such bearer ("President Trump" beside "first lady Melania
                # Trump" and "their teenage son Barron Trump", coreference._fitting); an untitled one
                # kept apart tells less ("Obama administration officials", "Greene" of "Marjorie
                # Taylor-Greene")
                options = [f for f in options if not titled_alone[key] & person_articles[f]]
        else:
            options = [
                f
                for f in by_ends.get((words[0], words[-1]), ())
                if len(split[f]) > len(words) and (len(words) == 2 or _same_middles(words, split[f]))
            ]
            if not options and tails:
                # "Tayyip Erdogan" is the one "Recep Tayyip Erdogan" whose last words it is, a fuller
                # name: one that opens with a given name or an initial
                found = tails.get(tuple(words), [])
                if len(found) == 1:
                    options = found
            if not options and len(words) > 2 and not _first_name_like(words[0]):
                # "Interior Ken Salazar", "Briton Tony Hayward", "Getty Images Bob Dudley": words
                # glued before a name that the event also writes alone join that name
                for n in range(len(words) - 1, 1, -1):
                    tail = " ".join(words[-n:])
                    if tail in people_articles:
                        options = [tail]
                        glued.append((key, tail))
                        break
        if not options and len(words) == 1 and full and _is_given_name(words[0]):
            # a listed first name alone ("Rochelle") joins the one full name that starts with it (not
            # a two-word name the longer one that starts with both: "Tony Hayward" ... "Tony Hayward
            # BP", "George Floyd" ... "George Floyd Square")
            if starts is None:
                starts = _by_first(full, split)
            found = starts.get(words[0], [])
            if len(found) == 1:
                options = found
        if options:
            target[key] = max(options, key=lambda f: (people_articles[f], f))
        elif len(words) == 1 and words[0] not in surnames:
            lone.append(key)  # (a one-word "person" no full name of the event ends with: _firm_words)
    storms: dict[str, list[str]] = {}  # a storm's name -> the keys that name the storm
    given = _given_names()
    for key in others:
        if " " not in key:
            if key in people_articles:
                continue
            if key in surnames:
                # a surname alone that no article typed ("Trump" other, where the article names no
                # one in full) joins the one full name of the event that ends with it
                options = [f for f in surnames[key] if not _suffixed(f)]
            elif full and key in given:
                # and so does a given name alone ("Hunter") the one full name that starts with it
                # (a key is ascii, its hyphens gone: _is_given_name's other spellings are no keys)
                if starts is None:
                    starts = _by_first(full, split)
                options = starts.get(key, [])
            else:
                continue
            if len(options) != 1 or not all(m.type == "other" for _, m in groups[key]):
                continue
            if len(groups[options[0]]) >= len(groups[key]):
                target[key] = options[0]
            elif (
                key in surnames
                and key not in _places()
                and not any(k.endswith(f" {key}") for k in groups if k not in people_articles)
            ):
                # the surname's mentions outnumber the person's (the entity would take their type):
                # they are the person's, typed so ("Trump" in three articles, "Donald Trump" in one;
                # not a town's name, nor the last word of a name that is no person's: "Valdez" of
                # the event's "Exxon Valdez", with one "Quinn Valdez")
                groups[key] = [(a, replace(m, type="person")) for a, m in groups[key]]
                target[key] = options[0]
        elif key.startswith(STORMS):
            storms.setdefault(key.rsplit(" ", 1)[1], []).append(key)
    if surnames and short_places:
        _surname_place_targets(groups, short_places, surnames, split, people_articles, target)
    if len(nicknamed) > 1:
        _nickname_targets(nicknamed, split, people_articles, target, frozenset(formal))
    if long_places:
        _place_targets(groups, long_places, target)
    if storms:
        # a storm's name alone joins the one storm of the event named so ("henri" -> "hurricane henri")
        target |= {name: keys[0] for name, keys in storms.items() if len(keys) == 1 and name in groups}
    if org_names:
        if lone:
            _firm_words(groups, org_names, lone, target)
        for members, party in PARTY_MEMBERS.items():
            if members in others and party in org_names and members not in target:
                # the party's name names them ("GOP", "Republican Party"), their own spelling an alias
                party_name = org_names[party]
                groups[members] = [
                    (a, replace(m, type="organization", name=party_name)) for a, m in groups[members]
                ]
                target[members] = party
    retyped: list[tuple[str, EntityType]] = []  # untyped full names an acronym joins, the type (below)
    target |= _organisation_targets(
        groups, {key: org_names[key] for key in groups if key in org_names}, others, retyped
    )
    if target:
        _break_cycles(target)
        merged: dict[str, list[tuple[str, Mention]]] = defaultdict(list)
        for key, pairs in groups.items():
            merged[_final(target, key)].extend(pairs)
        for key, etype in retyped:
            # "LCPS" and the untyped "Loudoun County Public Schools" (one type, so the full name
            # names the entity)
            key = _final(target, key)
            merged[key] = [
                (a, replace(m, type=etype) if m.type != etype and m.type in ORG_OR_OTHER else m)
                for a, m in merged[key]
            ]
    else:
        merged = groups
    for key, tail in glued:
        # the entity is named by the name alone, not "Interior Ken Salazar" (its longest spelling)
        name = next(m.name for _, m in groups[tail] if m.type == "person")
        glue = {m.name for _, m in groups[key]}
        # (and by its own role: "To Replace John Kerry"'s was "Deval Patrick Names Former Chief")
        role = None if any(m.role for _, m in groups[tail]) else "keep"
        tail = _final(target, tail)
        merged[tail] = [
            (a, replace(m, name=name, role=role and m.role) if m.name in glue else m) for a, m in merged[tail]
        ]
    entities = [_entity(pairs) for pairs in merged.values()]
    entities.sort(key=lambda e: (-len(e.article_ids), e.name))
    return entities


def _firm_words(
    groups: dict[str, list[tuple[str, Mention]]],
    orgs: dict[str, str],
    lone: list[str],
    target: dict[str, str],
) -> None:
    """A one-word "person" with no role anywhere is the event's firm whose first word it is
    ("Smithfield said" of "Smithfield Foods", "Anadarko said" of "Anadarko Petroleum Corp."): the
    speech verb alone typed it (types), and a person the news quote by the surname alone is named in
    full somewhere in the event (`lone` holds no such surname: not "Ford said" beside "Gerald
    Ford"). The firm's name has a legal form ("Quest Diagnostics Inc"), or is of two or three words
    and ends in a firm's tail; no other organisation of the event opens with the word. Its mentions
    become the organisation's, and the firm's names join it (`groups`, `orgs`: the organisations'
    keys and first names, and `target` are changed in place)."""
    words = set(lone)
    opening: dict[str, list[str]] = defaultdict(list)  # a lone word -> the names it opens
    for k in orgs:
        first, space, _ = k.partition(" ")
        if space and first in words:
            opening[first].append(k)
    for key, names in opening.items():
        if key in orgs or key in target:
            continue
        fuller = {k: _formless(k) for k in names}
        firms = set(fuller.values())
        if len(firms) != 1:
            continue  # ("Smithfield Foods" and "Smithfield Foods Inc." are one firm)
        firm = firms.pop()
        formal = any(k != firm for k in fuller)  # ("Quest Inc.")
        if firm.count(" ") > 2 or not formal and not (" " in firm and firm.rpartition(" ")[2] in FIRM_TAILS):
            continue
        pairs = groups[key]
        if any(m.role or m.type != "person" for _, m in pairs) or _is_given_name(key):
            continue
        groups[key] = [(a, replace(m, type="organization")) for a, m in pairs]
        orgs[key] = pairs[0][1].name
        target.update(dict.fromkeys(fuller, key))


def _group_key(key: str) -> str:
    """One key for the ways a group of a party's members is written: its party's words in one form
    (PARTY_WORD_KEYS), no country first ("us senate republicans" -> "senate republican"), a party's
    senators its Senate group ("gop senators" -> "senate republican"). Only for a
    name of a party's word and its chamber or group noun ("gop leaders", "house gop"), so that no
    other name's words change."""
    words = key.split()
    if words[0] == "us":
        words = words[1:]
    if (
        not 2 <= len(words) <= 3
        or all(w not in PARTY_WORD_KEYS and w not in PARTY_ADJECTIVE_KEYS for w in words)
        or not all(
            w in PARTY_WORD_KEYS or w in PARTY_ADJECTIVE_KEYS or w in GROUP_CHAMBERS or w in GROUP_NOUNS
            for w in words
        )
    ):
        return key
    words = [PARTY_WORD_KEYS.get(w, w) for w in words]
    if len(words) == 2 and words[1] == "senators" and words[0] in PARTY_ADJECTIVE_KEYS:
        return f"senate {words[0]}"  # "GOP senators" are the "Senate Republicans"
    return " ".join(words)


def _formless(key: str) -> str:
    """An organisation's key less its legal form ("smithfield foods inc" -> "smithfield foods")."""
    for form in FIRM_ENDS:
        if key.endswith(form):
            return key[: -len(form)]
    return key


def _surname_place_targets(
    groups: Mapping[str, list[tuple[str, Mention]]],
    short_places: Mapping[str, None],
    surnames: Mapping[str, list[str]],
    split: Mapping[str, list[str]],
    people_articles: Mapping[str, int],
    target: dict[str, str],
) -> None:
    """A town's one-word name that the surname of the event's one person with a listed given name
    is ("Hayward" of "Tony Hayward", "Allen" of "Thad Allen", "Taylor" of "Miles Taylor": an
    article that names him by the surname alone typed it a place) joins that person; not a country,
    a US state or a continent, nor when the place is mentioned more often than the person."""
    regions = _regions()
    for key in short_places:
        if key in people_articles or key in target or key in regions or key not in surnames:
            continue
        options = [f for f in surnames[key] if not _suffixed(f) and _is_given_name(split[f][0])]
        if (
            len(options) == 1
            and len(groups[options[0]]) >= len(groups[key])
            and all(m.type == "place" for _, m in groups[key])
        ):
            target[key] = options[0]


def _formal_suffixed(words: list[str]) -> bool:
    """A normalised name that ends in "jr" or "sr" after a middle initial ("joseph r biden jr")."""
    return len(words) >= 4 and words[-1] in ("jr", "sr") and any(len(w) == 1 for w in words[1:-2])


def _by_first(full: list[str], split: Mapping[str, list[str]]) -> dict[str, list[str]]:
    """Full names by their first word."""
    starts: dict[str, list[str]] = defaultdict(list)
    for f in full:
        starts[split[f][0]].append(f)
    return starts


def _shouted_name(name: str) -> bool:
    """A name of two words or more in capitals with a long word ("BARACK OBAMA"; not "BP PLC")."""
    return " " in name and name.isupper() and LONG_CAPITALS.search(name) is not None


def _same_middles(words: list[str], fuller: list[str]) -> bool:
    """A name's middle names (normalised keys' words, less a suffix) are the fuller name's, one for
    one or by initial ("John F Kennedy", "John Fitzgerald Kennedy"), or it has none: "George W.
    Bush" is not "George H.W. Bush"."""
    middles, others = _middles(words), _middles(fuller)
    return (
        not middles
        or len(middles) == len(others)
        and all(a[0] == b[0] for a, b in zip(middles, others, strict=True))
    )


def _middles(words: list[str]) -> list[str]:
    """A name's words between its first and its last, less a suffix ("george h w bush" -> h, w)."""
    return words[1:-2] if words[-1] in NAME_SUFFIXES and len(words) > 2 else words[1:-1]


STREET_ENDS = (" street", " avenue", " road", " boulevard")  # (_place_targets)
COMPASS_OPENERS = tuple(f"{w} " for w in sorted(COMPASS))


def _place_targets(
    groups: Mapping[str, list[tuple[str, Mention]]], long_places: Mapping[str, None], target: dict[str, str]
) -> None:
    """A place's name alone joins the one place of the event that puts a country before it
    ("Capitol" -> "U.S. Capitol", "Gulf Coast" -> "U.S. Gulf Coast"), unless it is a country or
    city of its own in the gazetteer ("Samoa" is not "American Samoa", nor "Columbia" "British
    Columbia"), the first words of another place of the event ("Gulf" with "Gulf of Mexico" is no
    "U.S. Gulf", the adjective of "U.S. Gulf states") or a name no article types a place."""
    prefixed: dict[str, list[str]] = {}
    for key in long_places:
        bare = _without_country(key)
        if bare != key and bare in groups and bare not in target:
            prefixed.setdefault(bare, []).append(key)
    for bare, keys in prefixed.items():
        if (
            len(keys) == 1
            and (bare in EXTRA_PLACES or bare not in _places())
            and any(m.type == "place" for _, m in groups[bare])
            and not any(k.startswith(f"{bare} ") for k in long_places)
        ):
            target[bare] = keys[0]
    # a street alone joins the one street of the event that puts a compass word before it ("223rd
    # Street" is the "East 223rd Street" of the other mentions; not a place of its own: "Los
    # Angeles" is no "East Los Angeles")
    compassed: dict[str, list[str]] = {}
    for key in long_places:
        if key.startswith(COMPASS_OPENERS) and key.endswith(STREET_ENDS):
            bare = key.partition(" ")[2]
            if bare in groups and bare not in target:
                compassed.setdefault(bare, []).append(key)
    target |= {bare: keys[0] for bare, keys in compassed.items() if len(keys) == 1}
    # a water's or a cape's head alone ("the Gulf"), or after a country ("U.S. Gulf": its waters
    # there), is the event's one place that this head names in full: "<Gulf> of <Mexico>" or
    # "<Persian> Gulf" ("Gulf" with both "Gulf of Mexico" and "Persian Gulf" stays apart)
    for head in [h for h in PLACE_OF_HEADS if h in groups]:
        if head in target or not any(m.type == "place" for _, m in groups[head]):
            continue
        short = [k for k in long_places if _without_country(k) == head]
        full = {
            target.get(k, k)
            for k in long_places
            if (k.startswith(f"{head} of ") or k.endswith(f" {head}")) and _without_country(k) != head
        }
        if len(full) == 1:
            end = full.pop()
            target |= {k: end for k in (head, *short) if k not in target}


def _final(target: Mapping[str, str], key: str) -> str:
    """Where `key`'s merges end: "APEC" -> "asia pacific economic cooperation" -> ... (merge
    targets form no cycle once _break_cycles has run)."""
    while key in target:
        key = target[key]
    return key


def _break_cycles(target: dict[str, str]) -> None:
    """Rules that each point a name to a fuller or a shorter form can point two names at each other
    (a heap's scrambled copy wrote "Fischer Fischer Linebacker": the two-word name joins the longer
    one that shares its ends, and the longer one, words glued before a name, joins the two-word
    one); _final would follow such a cycle for ever. Each cycle's alphabetically first name keeps
    its own entity and the others join it: the same whichever order the rules ran in."""
    done: set[str] = set()
    for start in list(target):
        path: dict[str, None] = {}
        key = start
        while key in target and key not in done:
            if key in path:
                cycle = list(path)[list(path).index(key) :]
                del target[min(cycle)]
                break
            path[key] = None
            key = target[key]
        done.update(path)


def _nickname_targets(
    full: list[str],
    split: Mapping[str, list[str]],
    articles: Mapping[str, int],
    target: dict[str, str],
    formal: frozenset[str] = frozenset(),
) -> None:
    """Full names whose first names are one name's forms ("chuck schumer", "charles e schumer";
    "joe biden", "joseph r biden") join the longest of them, then the one in most articles; a
    generational suffix keeps a name apart ("Donald Trump Jr."), but for a formal name's
    (`formal`: "joseph r biden jr" is "joe biden"'s)."""
    # (`full`: the full names whose first name is NICKNAMED) names that can join end in the same word
    # (a surname, or the same suffix): the forms are worked out only for those
    by_last: dict[str, list[str]] = {}
    for key in full:
        by_last.setdefault(split[key][-2 if key in formal else -1], []).append(key)
    forms: dict[tuple[str, str, bool], list[str]] = defaultdict(list)
    for same_last in by_last.values():
        if len(same_last) > 1:
            for key in same_last:
                words = split[key]
                first = words[0]
                suffixed = _suffixed(key) and key not in formal
                forms[NICKNAMES.get(first, first), _surname_word(words), suffixed].append(key)
    for keys in forms.values():
        if len(keys) < 2 or len({split[k][0] for k in keys}) < 2:
            continue  # one first name: the (first, last) word rule above joined them already
        # (the longest wins: the rule above joins a name only to a longer one, so no cycle)
        best = max(keys, key=lambda k: (len(split[k]), articles[k], k))
        for key in keys:
            if key != best and key not in target:
                target[key] = best


ORG_OR_OTHER = ("organization", "other")
NOT_ORGS = ("person", "place")
COMPLEMENT_WORDS = tuple(f" {w} " for w in COMPLEMENT_OPENERS)


def _organisation_targets(
    groups: Mapping[str, list[tuple[str, Mention]]],
    orgs: Mapping[str, str],
    others: Mapping[str, None],
    retyped: list[tuple[str, EntityType]],
) -> dict[str, str]:
    """Organisation keys that join another: the bare name joins the one name that puts a country
    before it ("state department" -> "us state department"; not when "Chinese" and "Japanese"
    Foreign Ministry both occur), and an acronym joins the one name whose initials it is ("APEC" ->
    "Asia-Pacific Economic Cooperation", "CDC" -> "Centers for Disease Control and Prevention",
    "USDA" -> "U.S. Department of Agriculture"; not when two names have its initials); a chamber
    alone joins the one "<chamber> of <Word>" ("House" -> "House of Representatives"). An
    organisation's acronym joins an untyped name of three initials or more too ("LCPS" ->
    "Loudoun County Public Schools", whose key goes to `retyped`), and an untyped acronym either.
    `orgs`: the keys that name an organisation, in the order of `groups`, with its first name;
    `others`: the keys of untyped names."""
    target: dict[str, str] = {}
    prefixed: dict[str, list[str]] = defaultdict(list)
    formal: list[str] = []  # keys with a legal form or a chamber first (below)
    departments: list[str] = []  # keys that end in "department" or "ministry" (below)
    tailed: list[str] = []  # keys of two or three words that end in a firm's last word (below)
    shorts: dict[str, list[str]] = defaultdict(list)  # a name less its last "and" complement (below)
    plurals: dict[str, list[str]] = {}  # names of three words or more by their singular (below)
    unplural: list[tuple[str, str]] = []  # (a short name's singular, its key) when no key is the short
    for key in orgs:
        bare = _without_country(key)
        if bare != key and bare in orgs:
            prefixed[bare].append(key)
        singular = _singular(key)
        if singular:
            plurals.setdefault(singular, []).append(key)
        if " and " in bare:
            # (not when the words after "and" name an entity of their own: "University of Chicago
            # and Obama" is two names glued)
            short, tail = bare.rsplit(" and ", 1)
            if tail not in groups and any(w in short for w in COMPLEMENT_WORDS):
                if short in orgs:
                    shorts[short].append(key)
                elif singular_short := _singular(short):
                    unplural.append((singular_short, key))
        if key.endswith(FORM_ENDS) or key.startswith(CHAMBERS):
            formal.append(key)
        elif key.endswith(DEPARTMENT_HEADS):
            departments.append(key)
        elif key.rpartition(" ")[2] in FIRM_TAILS and 0 < key.count(" ") < 3:
            tailed.append(key)
    # ... or whose complement a name in the singular or plural opens ("Centers for Disease Control"
    # of the "Center for Diseases Control and Prevention")
    for singular_short, key in unplural:
        singles = [*plurals.get(singular_short, ()), *([singular_short] if singular_short in orgs else ())]
        if len(singles) == 1 and singles[0] not in shorts:  # (a fuller name in its own spelling first)
            shorts[singles[0]].append(key)
    for bare, keys in prefixed.items():
        if len(keys) == 1:
            target[bare] = keys[0]
    # "Centers for Disease Control" is the one "(US) Centers for Disease Control and Prevention" whose
    # complement it opens ("Bureau of Alcohol, Tobacco" ... "and Firearms"; not "Homeland Security"
    # of the "Homeland Security and Governmental Affairs Committee": no complement)
    for short, keys in shorts.items():
        fuller = {target.get(k, k) for k in keys}
        if len(fuller) == 1 and short not in target:
            target[short] = fuller.pop()
    # names of three words or more that differ only in a plural's "s" are one ("Center for Diseases
    # Control and Prevention" is the "Centers for Disease Control and Prevention", "Federal Elections
    # Commission" the "Federal Election Commission"; not "Time Inc." and "Times Inc."): they join the
    # one in most mentions
    for singular, keys in plurals.items():
        if len(keys) > 1 or singular in orgs:
            ends = {target.get(k, k) for k in (*keys, singular) if k in orgs}
            if len(ends) > 1:
                best = max(ends, key=lambda k: (len(groups[k]), k))
                target |= {k: best for k in (*keys, singular) if k in orgs and k not in target and k != best}
    # "Health and Human Services" is the one "Department of Health and Human Services" (two words or
    # more: "Labor" is a party too)
    if departments:
        headed: dict[str, list[str]] = defaultdict(list)
        for key in departments:
            bare = key.rsplit(" ", 1)[0]
            if " " in bare and bare in orgs and bare not in target:
                headed[bare].append(key)
        for bare, keys in headed.items():
            if len(keys) == 1:
                target[bare] = keys[0]
    chambers_of: dict[str, set[str]] = defaultdict(set)  # "house" -> "house of representatives" (below)
    for key in formal:
        if key.endswith(FORM_ENDS):  # "Facebook Inc." is the "Facebook" of the other articles
            # (not a person's or a place's name: "Boston College" is not "Boston")
            bare = key.rsplit(" ", 1)[0]
            if bare in groups and key not in target and all(m.type not in NOT_ORGS for _, m in groups[bare]):
                target[key] = bare
            elif bare.count(" ") == 1 and key.endswith(FIRM_ENDS) and key not in target:
                # "Shell Oil Co." is the "Shell" of the other articles, "Anadarko Petroleum Corp."
                # the "Anadarko": a firm's first word alone, when no other firm of the event opens
                # with it (not an adjective of titles: "The National newspaper" is no "National Oil
                # Company")
                first = bare.split(" ", 1)[0]
                if (
                    first in orgs
                    and first not in TITLE_PARTS
                    and sum(k.startswith(f"{first} ") and k.endswith(FIRM_ENDS) for k in formal) == 1
                ):
                    target[key] = first
        else:
            chamber, bare = key.split(" ", 1)
            if bare.startswith("of "):
                if bare.count(" ") == 1:  # not the glued "House of Representatives Nancy Pelosi"
                    chambers_of[chamber].add(target.get(key, key))
                continue
            # "Freedom Caucus" joins the "House Freedom Caucus", when no other chamber's is named
            if (
                " " in bare
                and bare in orgs
                and bare not in target
                and sum(f"{c}{bare}" in orgs for c in CHAMBERS) == 1
            ):
                target[bare] = key
    for key in tailed:
        # "Smithfield Foods" is the "Smithfield" of the other articles: a firm's name of two or
        # three words with a firm's last word (FIRM_TAILS), when no other organisation of the event
        # opens with its first word (not "House Ways and Means Committee", "BBC One")
        if key not in target:
            first = key.split(" ", 1)[0]
            if (
                first in orgs
                and first not in TITLE_PARTS
                # ("Smithfield Foods Inc." is the same firm: its legal form joins it to this one)
                and len({_formless(k) for k in orgs if k.startswith(f"{first} ")}) == 1
            ):
                target[key] = first
    for chamber, names in chambers_of.items():
        # "House" is the event's one "House of Representatives" (or "House of Commons")
        if len(names) == 1 and chamber in orgs and chamber not in target:
            target[chamber] = names.pop()
    # the acronyms: an organisation's one-word name in capitals, or an untyped one's that nothing
    # else typed (a person's initials are neither)
    acronyms: dict[str, str] = {}  # key -> the acronym, without its points
    for key, name in orgs.items():
        if acronym := _org_acronym(name):
            acronyms[key] = acronym
    for key in others:
        if " " not in key:
            pairs = groups[key]
            name = pairs[0][1].name
            if (
                name.isupper()
                and _is_acronym(acronym := name.replace(".", ""))
                and key not in orgs
                and all(m.type == "other" for _, m in pairs)
            ):
                acronyms[key] = acronym.casefold()
    if not acronyms:
        return target
    # the names an acronym may stand for, by its initials: an organisation's name, else one with "US"
    # among the initials ("U.S. Department of Agriculture" is the "USDA"), else (below) an untyped
    # name's
    expansions: dict[str, list[str]] = defaultdict(list)
    us_expansions: dict[str, list[str]] = defaultdict(list)
    for key, name in orgs.items():
        words = name.split()
        if len(words) >= 2 and not _acronym_inside(words):
            # "US Food and Drug Administration" is also the "FDA"; an acronym inside a name gives no
            # one initial ("BGC Partners" is no "BP", "NBC Universal" no "NU"; a country's "US" is
            # left out of the initials, _without_country)
            # a department's key is "homeland security department", its initials those of the
            # "Department of Homeland Security" too ("DHS")
            forms = {key}
            if key.endswith(DEPARTMENT_HEADS):
                forms.update(_norm(m.name) for _, m in groups[key] if m.type == "organization")
            for form in forms:
                initials, us_initials = _expansion_initials(form)
                for i in initials:
                    expansions[i].append(key)
                for i in us_initials:
                    us_expansions[i].append(key)
            if key.endswith(" department"):
                for acronym in _department_acronyms(key):
                    expansions[acronym].append(key)
    unknown: dict[str, list[str]] = defaultdict(list)  # acronym -> its keys, no organisation's name
    for key, acronym in acronyms.items():
        # names that the country rule already joins are one option ("Centers for Disease Control
        # and Prevention" -> "U.S. Centers for Disease Control and Prevention": the "CDC" of both)
        options = {target.get(k, k) for k in expansions.get(acronym, ())}
        options.discard(key)
        if not options and acronym in us_expansions:
            options = {target.get(k, k) for k in us_expansions[acronym]}
            options.discard(key)
        if len(options) == 1:
            target[key] = options.pop()
        elif not options and len(acronym) >= 3:
            unknown[acronym].append(key)
    if unknown:
        _untyped_targets(groups, orgs, others, unknown, target, retyped)
    return target


def _untyped_targets(
    groups: Mapping[str, list[tuple[str, Mention]]],
    orgs: Mapping[str, str],
    others: Mapping[str, None],
    unknown: Mapping[str, list[str]],
    target: dict[str, str],
    retyped: list[tuple[str, EntityType]],
) -> None:
    """Acronyms (`unknown`: acronym -> its keys) join the one untyped name of three initials or more
    whose initials they are, none of its words a single letter ("G W Bush", "N O W"); an acronym that
    was an organisation (by its form alone, mostly) gives the entity its type when the full name has
    an organisation's head ("LCPS", "Loudoun County Public Schools"), else the full name's ("SARS",
    "NAFTA", "ACA": "Affordable Care Act" are untyped)."""
    firsts = {acronym[0] for acronym in unknown}
    spelt: dict[str, list[str]] = defaultdict(list)  # acronym -> the untyped names it spells
    for key in others:
        if " " in key and key[0] in firsts and key not in orgs:
            for initials in _initials(key):
                if (
                    initials in unknown
                    and all(m.type == "other" for _, m in groups[key])
                    and all(len(w) > 1 for w in key.split() if w not in HEADING_WORDS)
                ):
                    spelt[initials].append(key)
    for acronym, names in spelt.items():
        if len(names) == 1:
            full = target.get(names[0], names[0])
            for key in unknown[acronym]:
                target[key] = full
                if key in orgs:
                    retyped.append((full, "organization" if _org_named(full) else "other"))


def _org_named(key: str) -> bool:
    """An untyped normalised name has an organisation's head among its words ("major league
    baseball", "loudoun county public schools": a plural's too), and is no programme or law
    ("paycheck protection program")."""
    words = key.split()
    if words[-1] in PLAN_HEADS or words[-1] in LAW_HEADS:
        return False
    return not ORG_HEADS.isdisjoint(words) or not ORG_HEADS.isdisjoint(
        w[:-1] for w in words if w.endswith("s")
    )


@lru_cache(maxsize=1 << 14)
def _singular(key: str) -> str:
    """An organisation's normalised name of three words or more with its words' plural "s" dropped
    ("centers for diseases control" -> "center for disease control"; not "ss": "press", nor words of
    three letters: "gas"), or "" for a shorter name or one with no plural."""
    if key.count(" ") < 2:
        return ""
    singular = " ".join(w[:-1] if len(w) > 3 and w[-1] == "s" and w[-2] != "s" else w for w in key.split())
    return singular if singular != key else ""


@lru_cache(maxsize=1 << 14)  # an organisation's key comes back event after event
def _without_country(key: str) -> str:
    """A normalised organisation name less a leading country or nationality ("us state
    department" -> "state department", "chinese foreign ministry" -> "foreign ministry"); a state
    or a city stays ("wisconsin republican party" is not the Republican Party)."""
    words = key.split()
    for n in (2, 1):
        if len(words) > n and (" ".join(words[:n]) in _countries() or (n == 1 and words[0] in NATIONALITIES)):
            return " ".join(words[n:])
    return key


@lru_cache(maxsize=1 << 14)
def _org_acronym(name: str) -> str:
    """An organisation's one-word name that is an acronym, without its points and in lower case
    ("U.S.D.A." -> "usda"), else ""."""
    acronym = name.replace(".", "")
    return acronym.casefold() if " " not in acronym and _is_acronym(acronym) else ""


@lru_cache(maxsize=1 << 14)
def _expansion_initials(form: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The acronyms a normalised organisation name may go by, with and without its country, and
    those with "US" among the initials for a name that opens with "us" ("us department of
    agriculture" -> "usda")."""
    bare = _without_country(form)
    us_initials = tuple("us" + i for i in _initials(bare)) if form.startswith("us ") else ()
    return frozenset((*_initials(form), *_initials(bare))), us_initials


@lru_cache(maxsize=1 << 12)
def _department_acronyms(key: str) -> tuple[str, ...]:
    """A US department's "DOJ", "DOD", "DOE" ("justice department"): "Department Of" and its
    field's initials; and its field's alone, of two letters or more ("HHS", "HUD", "VA")."""
    field = "".join(
        w[0] for w in _without_country(key)[: -len(" department")].split() if w not in HEADING_WORDS
    )
    if not field:
        return ()
    return ("do" + field, field) if len(field) > 1 else ("do" + field,)


# the parts of merge_entities' (article id, mention) pairs, read by map in C ("_entity": 28,000 of
# a heap-10000 digest's 65,000 entities have two or more mentions, 4.6 on average)
def _acronym_inside(words: list[str]) -> bool:
    """A name in ordinary case that holds an acronym of three letters or more, not a country's:
    "BGC Partners", "NBC Universal" (not a heading's "CENTERS for DISEASE CONTROL")."""
    if not any(map(str.isupper, words)):  # (most names: no word in capitals, one look in C)
        return False
    return any(
        len(w) > 2 and w.isupper() and _is_acronym(w) and w.replace(".", "") not in COUNTRY_ACRONYMS
        for w in words
    ) and any(w[1:].islower() for w in words)


# how many more articles an acronym must name an organisation in than its other spellings together
# to name the entity: then the longer spelling is a name the news no longer uses ("British
# Petroleum", BP's until 2001, in 3 of BP's 16 articles of a heap event) or a reader's. An acronym
# that an article spells out ("World Health Organization (WHO)", written in as many articles as
# "WHO" alone or half as many) keeps its expansion, the fuller name.
ACRONYM_ARTICLES_RATIO = 3
SPELT_OUT_GAPS = (2, 3)  # " (", " ( ": from an expansion's end to its acronym's start


def _usual_acronym(ms: list[tuple[str, Mention]], names: list[str], spellings: set[str]) -> str:
    """The acronym that names an organisation in ACRONYM_ARTICLES_RATIO times as many articles as its
    other spellings together, each its expansion or the acronym and more ("BP Plc"), else "" (`names`:
    the mentions' names, in the order of `ms`)."""
    acronyms = [n for n in spellings if n.isupper() and " " not in n and _is_acronym(n)]
    if len(acronyms) != 1:
        return ""
    (acronym,) = acronyms
    low = acronym.replace(".", "").casefold()
    if not all(n == acronym or n.startswith(f"{acronym} ") or low in _initials(_norm(n)) for n in spellings):
        return ""  # another name than the acronym's own ("Republican Party" of the "GOP")
    # (one pair an article and spelling: a popular firm has thousands of mentions an event)
    pairs = set(zip(map(_ARTICLE, ms), names, strict=True))
    named = {a for a, n in pairs if n == acronym}
    others = {a for a, n in pairs if n != acronym and n in spellings}
    if len(named) < ACRONYM_ARTICLES_RATIO * len(others):
        return ""
    # an article that spells the acronym out before it, in brackets ("Central Intelligence Agency (CIA)"),
    # names the organisation by its expansion: its own name, kept
    both = named & others
    if both:
        ends = {(a, m.end) for a, m in ms if a in both and m.name != acronym}
        starts = [(a, m.start) for a, m in ms if a in both and m.name == acronym]
        if any((a, start - gap) in ends for a, start in starts for gap in SPELT_OUT_GAPS):
            return ""
    return acronym


_ARTICLE = itemgetter(0)
_MENTION = itemgetter(1)
_TYPE = attrgetter("type")
_NAME = attrgetter("name")
_TEXT = attrgetter("text")


def _entity(ms: list[tuple[str, Mention]]) -> Entity:
    if len(ms) == 1:  # three entities in four on a news heap: no votes to count
        article_id, m = ms[0]
        return Entity(
            name=m.name,
            type=m.type,
            role=m.role or None if m.type == "person" else None,
            article_ids=(article_id,),
            aliases=(m.text,) if m.text != m.name else (),
        )
    mentions = list(map(_MENTION, ms))
    etypes = set(map(_TYPE, mentions))
    every = len(etypes) == 1  # named by the spellings of every type (else by its own type's)
    if every:  # most entities: no votes to count
        etype = etypes.pop()
    else:
        types = Counter(map(_TYPE, mentions))
        etype = max(types, key=lambda t: (types[t], t == "person"))
        if etypes == {"organization", "other"} and any(
            m.type == "organization" and not m.text.isupper() for m in mentions
        ):
            # "other" is a name nothing typed: one article's "Pfizer's vaccine" types the others'
            # "Pfizer" (a word in capitals is typed by its form alone: the dateline "FERGUSON, Mo."
            # does not)
            etype = "organization"
        elif etypes == {"place", "other"}:
            # one article's "in Robert, La." places the others' "Robert" (named by every spelling:
            # the dateline's "PORT FOURCHON" alone is no better than the others' "Port Fourchon")
            etype, every = "place", True
        elif etypes == {"person", "other"} and any(
            m.type == "person" and m.role and not m.text.isupper() for m in mentions
        ):
            # one article's "President Trump" types the others' bare "Trump", however many: a
            # person's title or role is the surest cue there is (not a heading's "QUEEN OF RAGE")
            etype = "person"
    every_name = set(map(_NAME, mentions))
    spellings = every_name if every else {m.name for m in mentions if m.type == etype}
    if len(spellings) == 1:
        (name,) = spellings
    elif etype == "organization" and (acronym := _usual_acronym(ms, list(map(_NAME, mentions)), spellings)):
        name = acronym
    else:
        names = Counter(m.name for m in mentions if every or m.type == etype)
        # (of as many words, a department's abbreviation names it last: "Department of Health", not
        # "Dept of Health")
        name = max(
            names, key=lambda n: (len(n.split()), "Dept" not in n.replace(".", " ").split(), names[n], n)
        )
        if _shouted_name(name):
            # of as many words, a spelling in capitals names it last: "BARACK OBAMA", "OBAMA
            # ADMINISTRATION" of a heading or a shouting reader (not "BP PLC": no long word)
            name = max(names, key=lambda n: (len(n.split()), not _shouted_name(n), names[n], n))
    role = None
    if etype == "person":
        # one vote per article and role: every mention of a person repeats its role (most people
        # have one role, or none: no votes to count)
        voted = {(a, m.role) for a, m in ms if m.role}
        if voted:
            roles = {r for _, r in voted}
            role = roles.pop() if len(roles) == 1 else _best_role(Counter(r for _, r in voted))
    aliases = set(map(_TEXT, mentions))
    aliases |= every_name
    aliases.discard(name)
    return Entity(
        name=name,
        type=etype,
        role=role,
        article_ids=tuple(sorted(set(map(_ARTICLE, ms)))),
        aliases=tuple(sorted(aliases)),
    )
