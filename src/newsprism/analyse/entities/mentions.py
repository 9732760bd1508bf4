"""find_mentions: the steps put together over one article (tokens, candidates and their types,
roles, coreference), then the checks on a finished mention that need the whole article (step 1's
reference lists, labels of a web page, words of a work's title in quotes, a place in capitals
written in the usual case).
"""

from __future__ import annotations

import re
from itertools import compress

from newsprism.records import Mention

from .context import (
    ORG_NOUNS_BEFORE,
    THING_WORDS,
    WRITINGS,
    _clubs,
    _game_report,
    _organisations,
    _person_cues,
    _place_cues,
    _regime_leaders,
    _things,
    _works,
)
from .coreference import _best_roles, _resolve
from .departments import FIELD_SPELLINGS, _department_fields
from .names import _initials, _norm
from .roles import _name
from .tokens import _Candidate, _credit_agency, _in_quoted_title, _region_after, _Tokens, _tokens
from .types import (
    _actors,
    _candidates,
    _court_cases,
    _lower_case_names,
    _lower_expansion,
    _numbered,
    _spelt_in_brackets,
    _team,
    _type_of,
)
from .vocabulary import (
    ABBREVIATED,
    ACRONYM_OWNERS,
    ACRONYM_SPEECH,
    ALONE_FIRMS,
    ALONE_ORGANISATIONS,
    CITATION_MIN_NAMES,
    CITED_INITIALS,
    CLOCK_ENDS,
    CLUB_NICKNAMES,
    CLUB_PREFIXES,
    CLUB_SHORT_NAMES,
    COMPANY_SUFFIXES,
    COMPASS,
    COMPASS_REGIONS,
    DATE_ABBREVIATIONS,
    DATE_WORDS,
    DEMONYMS,
    DESCRIPTORS,
    DETERMINERS,
    FAITH_ADJECTIVES,
    FOOTBALL_CLUBS,
    FUNCTION_WORDS,
    HEAD_FOLLOWERS,
    HEADLINE_WORDS,
    HYPHEN_ADJECTIVE,
    KNOWN_ORGS,
    LAW_HEADS,
    LEADER_SURNAMES,
    LEAGUE_REGIONS,
    LONE_NON_NAMES,
    LONG_CAPITALS,
    LOWER_TAIL,
    MISSPELT_ORGS,
    MONTHS_DAYS,
    ORG_AFTER,
    ORG_HEADS,
    ORG_PRODUCTS,
    PAGE_NAMES,
    PAGE_WORDS,
    PARTIES,
    PARTY_ADJECTIVES,
    PERSON_VERBS,
    PLURAL_ACRONYM,
    RACE_WORDS,
    REGION_QUALIFIERS,
    ROLE_NOUNS,
    ROMAN_NUMERALS,
    SCALE_WORDS,
    SEAT_NOUNS,
    SENTENCE_END,
    SHOUTED,
    TEAM_NICKNAMES,
    TITLE_HEADS,
    TITLE_PARTS,
    _common_acronyms,
    _common_words,
    _given_subdivisions,
    _is_given_name,
    _news_words,
    _place_demonym,
    _places,
    _subdivisions,
    _words,
)


def find_mentions(text: str) -> list[Mention]:
    """The named people, organisations and places of one article, in text order.

    Each Mention's `name` is the fullest name the article gives for it ("Blinken" -> "Antony
    Blinken") and `role` that person's role anywhere in the article, or None.
    """
    if not isinstance(text, str):
        raise TypeError(f"find_mentions expects one article's text as str, got {type(text).__name__}")
    tokens = _tokens(text)
    # the words it writes in lower case (a word's lower form is its casefold, "co." included)
    lower_vocab = set(compress(tokens.lower, map(str.islower, tokens.text)))
    cands = _candidates(tokens, lower_vocab)
    if " v. " in text:
        cands = _court_cases(tokens, cands)
    # an acronym of words the article writes in lower case names no organisation, there or
    # anywhere in the article ("emergency use authorization (EUA)", "critical race theory (CRT)")
    if "(" in text:  # (a quarter of the texts)
        words = tokens.text
        lowered = {
            c.name
            for c in cands
            if (c.type == "organization" or PLURAL_ACRONYM.fullmatch(c.name))
            and c.first
            and words[c.first - 1] == "("
            and _lower_expansion(tokens, c)
        }
        # (and a plural's singular: "remotely operated vehicles ( ROVs )" ... "the ROV")
        lowered |= {name.removesuffix("s") for name in lowered if PLURAL_ACRONYM.fullmatch(name)}
        if lowered:
            cands = [c for c in cands if c.name not in lowered]
    # an acronym the article counts is a thing's, no organisation's, there or anywhere in the
    # article ("the price for a DVD.", "28 TD, 12 INT", "Many CDs sell"): no name; and one the
    # news write as a common noun's ("a PR war", "the BOP"), unless this article names it
    for c in cands:
        if c.type is None and c.last == c.first + 1 and _body_joined(tokens, c.first, c.name):
            c.type = "organization"  # "out of the SEALs": a force its members are in
    counted = _counted_acronyms(tokens, cands) | _common_acronyms_of(tokens, cands)
    if counted:
        cands = [c for c in cands if c.name not in counted and c.name.removesuffix("s") not in counted]
    if "regime" in text:
        _regime_leaders(tokens, cands)
    # a law's acronym defined in brackets after it ("the Defense of Marriage Act (DOMA)"): the law,
    # no organisation by its capitals, wherever the article writes it
    laws = _law_acronyms(tokens, cands) if "Act (" in text or "Act ( " in text else set()
    _organisations(tokens, cands, lower_vocab)
    _person_cues(tokens, cands, lower_vocab, ", who" in text)
    _place_cues(tokens, cands)
    _resolve(tokens, cands, lower_vocab)
    _clubs(tokens, cands, lower_vocab)
    _thing_acronyms(cands)
    if not lower_vocab.isdisjoint(THING_WORDS):
        _things(tokens, cands, lower_vocab)
    if "“" in text or '"' in text:  # (a title in quotes: most articles have none before a work's noun)
        _works(tokens, cands)
    _best_roles(cands)
    cands = sorted(cands + _actors(tokens, cands) + _lower_case_names(tokens, cands), key=lambda c: c.first)
    mentions: list[Mention] = []
    # offsets as the sums of the lengths of the gaps and tokens before, counted on from the last
    # mention (cands are in text order): no list of every token's offsets
    words, gaps = tokens.text, tokens.gaps
    subdivisions = _subdivisions()
    given = _given_subdivisions()
    # a county that is a given name too, after "in" or "from" somewhere in the article: "in Devon"
    placed = {
        c.name
        for c in cands
        if c.type is None
        and c.first > 0
        and tokens.lower[c.first - 1] in ("in", "from")
        and c.name.casefold() in given
    }
    cited: dict[int, str] = {}  # a reference list's authors: mention index -> surname
    # one-word names that the article writes after "The" inside a sentence, as a title (_title_article)
    titled = (
        {c.name for c in cands if c.first and words[c.first - 1] == "The" and _title_article(tokens, c)}
        if "The " in text  # (and at the text's start: "The Hill reported", _outlet_verb)
        else set()
    )
    # a department's field alone ("Interior", "Homeland Security"): first token -> its new name, or ""
    departments: dict[int, str] = {}
    # ("Justice" alone, a title's word, is no candidate: "the Departments of Homeland Security and Justice")
    if not FIELD_SPELLINGS.isdisjoint(c.name for c in cands) or "Justice" in text:
        departments, listed = _department_fields(tokens, cands)
        if listed:
            cands = sorted(cands + listed, key=lambda c: c.first)
    # the untyped names the article writes inside a sentence: where one opens a sentence as a
    # possessive it is that name too ("Stewart's lawyer, Jose Pallares, said" beside "Simpson,
    # Stewart and a third man"; "Amazon's worldwide consumer CEO" beside "Amazon has about 800,000
    # employees"): a common word that opens a sentence seldom owns what follows it
    inside: set[str] | None = None  # (read at the first untyped possessive that opens a sentence)
    royal_towns: set[str] | None = None  # (_royal_towns: read at the first royal title)
    place_ends: dict[str, set[str]] | None = None  # (_place_ends: read at the first untyped "the X")
    team_ends: dict[str, set[str]] | None = None  # (_team_ends: read at the first nickname alone)
    football_ends = _football_ends(cands)  # (one pass over the names: read once, not per untyped word)
    game: bool | None = None  # (_game_report: read at the first nickname of no club of the article)
    at = offset = 0  # offset: where the gap before token `at` begins
    last_first = -1  # the first token of the last mention
    for c in cands:
        if len(c.name.replace(".", "")) == 1:
            continue  # "(D)", "(R.", "S. 1": a party tag or an initial, no name
        if len(c.name) == 2 and c.name[0] in "QH" and c.name[1] in "1234":
            continue  # "Q1 2021", "H1 2008": a quarter or a half of a year (and the flu's "H1"), no name
        if c.name[-1] == "." and " " not in c.name and c.name[:-1].casefold() in ABBREVIATED:
            continue  # "Coverity, Inc., the leader", "the Rev.", "Sens." at a line's end: no name alone
        if departments and (department := departments.get(c.first)) is not None:
            if not department:
                continue  # "secretary of State", "the Energy and Commerce subcommittee": no name alone
            c.type, c.name, c.role = "organization", department, None  # "Interior said": the department
        etype = c.type
        if words[c.last - 1] in STAMP_FORMS and _stamp_label(tokens, c):
            continue  # "UPDATE: A suspect has been arrested", "| Updated 8: 52 PM EDT": a page's stamp
        if (
            etype is None
            and c.last - c.first == 1
            and c.first
            and words[c.first - 1] == "the"
            and c.name != "City"  # (the City of London's in British news: "the City and the pensions")
            and (c.last == len(words) or words[c.last] != "of")  # ("the City of Brotherly Love")
        ):
            if place_ends is None:
                place_ends = _place_ends(cands)
            full = place_ends.get(c.name)
            if full is not None and len(full) == 1:
                # "on the Hill" of an article that names "Capitol Hill", "the Strip" the "Gaza Strip":
                # the last word of the one place it names so, that place
                c.name, etype = next(iter(full)), "place"
        if (
            c.last - c.first == 1
            and (etype is None or etype == "person" and c.evidence <= {"verb"} and not c.role)
            and (club := CLUB_SHORT_NAMES.get(tokens.lower[c.first]))
        ):
            c.name, etype = club, "organization"  # "the Sixers", "Sixers said": the one club so called
        elif (
            (etype is None or etype == "person" and c.evidence <= {"verb"} and not c.role)
            and c.last - c.first == 1
            and (club := football_ends.get(c.name))
        ):
            # "a league game for Villa" of an article on Aston Villa, "Athletic took advantage" of one
            # on Athletic Bilbao
            c.name, etype = club, "organization"
        elif (
            etype is None
            and c.last - c.first == 1
            and (club := CLUB_SHORT_TOWNS.get(tokens.lower[c.first]))
            and (game := _game_report(tokens, lower_vocab) if game is None else game)
        ):
            c.name, etype = club, "organization"  # "FA Cup third round trip to Stoke": Stoke City
        elif (
            (
                etype is None
                or etype == "person"
                and c.evidence <= {"verb"}
                and not c.role
                or c.name.casefold() in CLUB_NICKNAMES  # (a club already: "Red Sox" of "Boston Red Sox")
            )
            and c.last - c.first <= 2
            and tokens.lower[c.last - 1] in TEAM_NICKNAMES
        ):
            if team_ends is None:
                team_ends = _team_ends(cands)
            full = team_ends.get(c.name)
            if full is not None and len(full) == 1 and not _peoples_name_alone(tokens, c):
                # "the Red Sox" of an article that names the "Boston Red Sox", "Seahawks said" the
                # "Seattle Seahawks": the one club it names so (a nickname alone is no club's
                # elsewhere: "the Giants", "the Kings", "Indians")
                c.name, etype = next(iter(full)), "organization"
            elif full is None and _nickname_alone(tokens, c) and not _peoples_name_alone(tokens, c):
                if game is None:
                    game = _game_report(tokens, lower_vocab)
                if game:
                    # a club's nickname alone in a report on a game, where no club of the article
                    # ends in it, is that club: "the Red Sox", "the Flyers" ("Indians" there is the
                    # club too; elsewhere a people, as "the Giants", "the Kings" are no club)
                    etype = "organization"
                elif etype == "person" and _after_the(tokens, c) and not _family_named(tokens, c):
                    # a club's nickname after "the" that speaks is the club, anywhere: "The
                    # Red Sox said" (was a person by the speech verb alone), "the Yankees announced"
                    etype = "organization"
        if (
            etype == "organization"
            and tokens.lower[c.last - 1] in ARENA_HEADS
            and _at_venue(tokens, c.first)
            and (game := _game_report(tokens, lower_vocab) if game is None else game)
        ):
            etype = "place"  # "at Staples Center" in a report on a game: the arena, no organisation
        if etype is None:
            # a leader's surname that opens a sentence is the leader's as it is inside one ("Trump's
            # attorney general just took ...", an article's first word: a capital that only opens a
            # sentence is no name, but these names are written so wherever they stand)
            opens = tokens.opens[c.first] and c.name.casefold() not in LEADER_SURNAMES
            if opens and _owner(tokens, c.last):
                if inside is None:
                    inside = {d.name for d in cands if d.type is None and not tokens.opens[d.first]}
                opens = c.name not in inside and not (c.first == 0 and _lead_owner(tokens, c, lower_vocab))
            if _untyped_no_name(c.name, opens, lower_vocab) or _page_label(tokens, c):
                continue
            if _role_beside_name(tokens, c, cands) or _role_beside_name_opening(tokens, c, cands):
                continue  # "Medical Correspondent , Fergus Walsh , finds out": his title, no name
            if (
                " " not in c.name
                and c.first
                and words[c.first - 1] == "/"
                and tokens.lower[c.first] in CREDIT_WORDS
            ):
                continue  # a picture credit's "/Handout", "/Files" ("Reuters/.../Handout WASHINGTON"): no name
            if _in_quoted_title(tokens, c.first):
                continue  # "End" and "Poetry" of “The End of Poetry”: a title's words, no name
            if c.name.endswith(ADJECTIVE_ENDS) and _capital_adjective(tokens, c):
                continue  # "Congressional investigators", "a new Presidential panel": no name
            if c.name.endswith(PARTY_ADJECTIVES) and c.last < len(words) and words[c.last].islower():
                continue  # "the Senate Democratic leader", "House Republican aides": a label, no name
            # a county, province or state that nothing else typed: the last cue ("Devon", "Alberta")
            etype = "place" if c.name.casefold() in subdivisions or c.name in placed else "other"
            if c.last - c.first == 1 and etype == "other" and (span := _numbered(tokens, c.first)):
                if span[0] == c.first and tokens.lower[c.first] in SCALE_WORDS:
                    continue  # "the Phase 3 trial", "a Category 5 hurricane": a scale's grade, no name
                c.first, c.last = span  # "Chapter 11", "Apollo 13", "“60 Minutes”": one name
                c.name = _name(tokens, *span)
                if _type_of(words[span[0] : span[1]]) == "organization":
                    etype = "organization"  # "Trump’s 1776 Commission"
            elif " " not in c.name and (
                c.last < len(words) and words[c.last] in COUNTY_NOUNS or _listed_county(tokens, c.last)
            ):
                # "San Diego and Imperial counties", "in Imperial county": the county, a place; and
                # each of a list's ("Escambia , Santa Rosa , Okaloosa , Walton , Bay and Gulf counties")
                c.name, etype = f"{c.name} County", "place"
            elif etype == "other" and c.name.casefold() in ALONE_ORGANISATIONS:
                etype = "organization"  # "the Navy said", "The Post has learned", "the Legislature"
            elif etype == "other" and c.name.endswith(PAPER_NAME_ENDS) and _place_paper(c.name):
                etype = "organization"  # "the Arizona Republic first reported", "the Kansas City Star"
            elif etype == "other" and c.name.casefold() in LEADER_SURNAMES:
                etype = "person"  # "U.S. court blocks Obama ban", "all that's in the news is Trump"
            elif etype == "other" and c.name.casefold() in ALONE_FIRMS:
                etype = "organization"  # "On Fox , Palin rips Obama speech" ("Michael J. Fox" resolved)
            elif etype == "other" and c.last - c.first == 1 and _credit_agency(tokens, c.first):
                etype = "organization"  # "Photograph : Win McNamee/Getty BP's": the photo agency
        elif (
            etype != "place"
            and c.name.isupper()
            and (
                _shouted_words(c.name, lower_vocab)
                if " " in c.name
                else etype == "organization"
                and (
                    _shouted_word(c.name, lower_vocab)
                    or _inflected_capitals(c.name, words)
                    and (c.first == 0 or tokens.lower[c.first - 1] not in ORG_NOUNS_BEFORE)
                    or _common_capitals(c.name, words)
                    and (
                        c.first == 0
                        or tokens.lower[c.first - 1] not in ORG_NOUNS_BEFORE
                        and not _outlet_cue(tokens, c.first)  # ("according to TIME", "confirms to PEOPLE")
                    )
                )
            )
        ):
            continue
        elif etype == "place" and c.name[-1] == "s" and _plural_opener(tokens, c):
            continue  # "Sparks have flown": a plural noun that opens a sentence, no town
        elif (
            etype == "person"
            and c.name[-1] == "s"
            and (
                (low := c.name[:-1].casefold()) in DEMONYMS or c.name.endswith("ans") and _place_demonym(low)
            )
        ):
            # "his fellow Missourians urged him", "Alaskans said", "Sunnis should pledge their
            # allegiance": a people's or a faith's plural, a group, as "Americans"
            etype = "other"
        elif (
            etype == "person"
            and c.evidence <= {"verb"}
            and c.name.endswith(PAPER_NAME_ENDS)
            and _place_paper(c.name)
        ):
            etype = "organization"  # "the Kansas City Star said": a paper, by its verb alone a person
        elif etype == "person" and (c.name.casefold() in DESCRIPTORS or c.name.casefold() in SEAT_NOUNS):
            continue  # "Deputy Editor", "Editor in Chief", "Member , committee on rules": a role noun, no name
        elif etype == "person" and c.role and " " not in c.name and _office_word(c.name, c.role, lower_vocab):
            continue  # "the new Director of National Intelligence.": an office's last word, no name
        elif etype == "person" and c.role in ROYAL_TITLES and " " not in c.name:
            if royal_towns is None:
                royal_towns = _royal_towns(tokens, cands)
            if c.name in royal_towns:
                c.first -= 1  # "in Prince George", "the City of Prince George": the town
                c.name, etype = _name(tokens, c.first, c.last), "place"
            elif _royal_place(tokens, c):
                c.first -= 1  # "the first officer at King Soopers,", "the Queen Mary 2": a shop or a ship
                c.last += c.last < len(words) and words[c.last].isdigit()
                c.name, etype = _name(tokens, c.first, c.last), "other"
        if (
            words[c.first] in STREET_HEADS
            and c.last - c.first == 1
            and c.first
            and ORDINAL.fullmatch(words[c.first - 1])
        ):
            # "223rd Street", "40 East 5th Avenue": a numbered street, a place; a number opens no
            # run, so the street was its head alone (type other) and the compass word a place
            c.first -= 1
            if mentions and last_first == c.first - 1 and tokens.lower[c.first - 1] in COMPASS:
                mentions.pop()
                c.first -= 1
            c.name, etype = _name(tokens, c.first, c.last), "place"
        if (
            c.last - c.first == 1
            and etype in ("place", None, "other")
            and tokens.lower[c.first] in LEAGUE_REGIONS
            and (whole := _elided_place(tokens, c.last))
        ):
            c.name, etype = whole, "place"  # "North" of "the leaders of North and South Korea"
        if titled and c.name in titled and etype in ("other", "person") and words[c.first - 1] == "The":
            # "according to The Hill", "told The Atlantic", "published in The Lancet": a title
            # with its article (a paper's, a work's), no person, and so where "The" opens a
            # sentence; an outlet by its verb of saying
            c.first -= 1
            c.name = _name(tokens, c.first, c.last)
            if c.name.casefold() in _places():
                etype = "place"  # a place's own "The": "trial in The Hague", "in The Villages"
            else:
                etype = (
                    "organization"
                    if "verb" in c.evidence or _outlet_cue(tokens, c.first) or _outlet_verb(tokens, c.last)
                    else "other"
                )
        if etype == "organization" and laws and c.name in laws:
            etype = "other"  # "section 3 of DOMA": the Defense of Marriage Act
        if (
            etype != "place"
            and (c.first and words[c.first - 1] == "(" or c.last + 1 >= len(words))  # (the two places)
            and _own_credit(tokens, c.first, c.last)
        ):
            continue  # "Washington (CNN)The Supreme Court", "... at Qingdao. PTI": the publisher's credit
        name = c.name
        if etype == "organization" and (right := MISSPELT_ORGS.get(name.casefold())):
            name = _respelt(name, right)  # "Haliburton": the firm as it spells itself, one entity with it
        if (etype == "place" or "club" in c.evidence) and name.isupper() and LONG_CAPITALS.search(name):
            # a dateline's "WASHINGTON", "NEW ORLEANS", a headline's club ("AUSTRALIA midfielder"):
            # named as elsewhere
            name = _usual_case(name)
        first, last = c.first, c.last
        offset += sum(map(len, gaps[at:first])) + sum(map(len, words[at:first]))
        at = first
        start = offset + len(gaps[first])
        end = start + sum(map(len, words[first:last])) + sum(map(len, gaps[first + 1 : last]))
        if "-" in name and " " in name and (tail := HYPHEN_ADJECTIVE.search(name)):
            # "a Procter & Gamble-owned brand": the name without its adjective's tail (the run
            # went on over "&"; one word, "Microsoft-backed", starts no name)
            name = name[: tail.start()]
            if text.endswith(tail.group(), start, end):
                end -= len(tail.group())
        mentions.append(
            Mention(
                text=text[start:end],
                start=start,
                end=end,
                type=etype,
                name=name,
                role=c.role if etype == "person" else None,
            )
        )
        last_first = first
        if last - first == 2 and etype != "organization" and _cited_author(words, first, last):
            cited[len(mentions) - 1] = words[first]
    if len(set(cited.values())) >= CITATION_MIN_NAMES:
        mentions = [m for i, m in enumerate(mentions) if i not in cited]
    return mentions


# the short names of football clubs that name no town of the gazetteer (its town is "Stoke-on-Trent")
# or are the club's nickname, written alone in reports on games ("trip to Stoke", "contract at
# Bayern", "Pompey have gone nine hours without scoring"), each with the club's name; outside a game
# report they stay untyped
CLUB_SHORT_TOWNS = {
    "stoke": "Stoke City",
    "bayern": "Bayern Munich",
    "pompey": "Portsmouth",
    "boro": "Middlesbrough",
}


def _elided_place(tokens: _Tokens, k: int) -> str:
    """The place whose head a compass word before token k shares with the name after "and" ("North
    and South Korea", "East and West Sussex", "Central and South Asia"): the compass word and that
    head when the gazetteer names them so, else ""."""
    lower = tokens.lower
    if (
        k + 2 < len(lower)
        and lower[k] == "and"
        and lower[k + 1] in LEAGUE_REGIONS
        and tokens.cap[k + 1]
        and tokens.cap[k + 2]
        and (k + 3 == len(lower) or not tokens.cap[k + 3])
    ):
        whole = f"{tokens.text[k - 1]} {tokens.text[k + 2]}"
        if whole.casefold() in _places():
            return whole
    return ""


def _title_article(tokens: _Tokens, c: _Candidate) -> bool:
    """A one-word name after "The" in capitals inside a sentence, a title's own article ("according
    to The Hill", "a reporter for The Root", "in The Plague"): "The" opens no sentence and no line,
    the word is written as the name alone (coreference gave it no fuller one), in title case, no
    adjective of the noun after it (_qualified_noun), no demonym, given name or place (a run-in
    heading: "cases The Netherlands", "The British couple"), untyped or a person by a verb of saying
    alone ("said The Hill": a person's name takes no article), with no role."""
    i, j, low = c.first - 1, c.last, tokens.lower[c.first]
    word = tokens.text[c.first]
    return (
        c.last - i == 2
        and (
            not tokens.opens[i] and not tokens.newline[i] or _outlet_verb(tokens, j) and low not in ORG_HEADS
        )
        and c.name == word
        and word[0].isupper()
        and word[1:].islower()  # (not "The H1N1 virus", "The GGW-H20LI model")
        and (j == len(tokens) or not _qualified_noun(tokens.text[j]))
        and (
            c.type is None
            or c.type == "other"
            or (c.type == "person" and c.evidence == {"verb"} and not c.role)
        )
        and low not in DEMONYMS
        and low not in _places()
        and not _is_given_name(low)
    )


# what only an outlet does before the object of its report: "The Hill reported", "The Root writes"
OUTLET_VERBS = _words("reported reports wrote writes")


def _outlet_verb(tokens: _Tokens, j: int) -> bool:
    """Token j, after a one-word title, is an outlet's verb: "The Hill reported" where "The" opens the
    sentence is the outlet, as "according to The Hill" is, not the article "The" and a hill (an
    organisation's head alone, "The Committee reported", is no title; "The Times" is the paper's
    word alone, as before)."""
    return j < len(tokens) and tokens.lower[j] in OUTLET_VERBS


def _qualified_noun(word: str) -> bool:
    """A word after "The X" that makes X its adjective, no title: a noun in lower case ("The Macondo
    well", "The Jones act"), not a function word or a verb's form ("The Hill reported", "The Hill
    appears", "The Plague that")."""
    return (
        word.isalpha()
        and word.islower()
        and word not in FUNCTION_WORDS
        and word not in PERSON_VERBS
        and not word.endswith(("s", "ed"))
    )


# the words before a title with its article that make it an outlet ("told The Hill", "according to
# The Hill", "confirmed to The Hill", "obtained by The Hill")
OUTLET_CUES = _words("told tells according confirmed confirms obtained reported published")


def _outlet_cue(tokens: _Tokens, i: int) -> bool:
    """The title at token i ("The") follows a word of what an outlet is told or reports: "told",
    or "to", "by" or "in" after one ("according to", "obtained by", "published in"), or the "in" or
    "for" of what a paper prints (context.WRITINGS: "an article in The News"; not "Camus wrote in The
    Plague", a book)."""
    before = tokens.lower[i - 1]
    return (
        before in OUTLET_CUES
        or before in ("to", "by", "in")
        and i > 1
        and (tokens.lower[i - 2] in OUTLET_CUES or before != "by" and tokens.lower[i - 2] in WRITINGS)
    )


def _place_ends(cands: list[_Candidate]) -> dict[str, set[str]]:
    """The last words of the article's places of two words or more, each with those places' names
    ("Hill": {"Capitol Hill"})."""
    ends: dict[str, set[str]] = {}
    for c in cands:
        if c.type == "place" and " " in c.name:
            ends.setdefault(c.name.rsplit(" ", 1)[1], set()).add(c.name)
    return ends


def _football_ends(cands: list[_Candidate]) -> dict[str, str]:
    """The last words of the article's football clubs of two words (FOOTBALL_CLUBS), each with its
    club's name ("Villa": "Aston Villa", "Palace": "Crystal Palace"), and the first words of those
    named by a prefix and a town (CLUB_PREFIXES: "Athletic": "Athletic Bilbao"): that word alone,
    untyped or a person by its verb alone (no place: "Madrid", "Milan", "Bilbao"), is the club."""
    ends = {
        c.name.rsplit(" ", 1)[1]: c.name
        for c in cands
        if " " in c.name and c.name.casefold() in FOOTBALL_CLUBS
    }
    for c in cands:
        first, _, rest = c.name.partition(" ")
        if rest and c.type == "organization" and first.casefold() in CLUB_PREFIXES:
            ends[first] = c.name
    return ends


# the nouns news write after a club's nickname ("Texans coach Bill O'Brien", "Indians fans")
CLUB_NOUNS = _words(
    """coach coaches fans fan quarterback players player manager owner owners roster game games
    season offense defense defence stadium franchise team front"""
)


def _nickname_alone(tokens: _Tokens, c: _Candidate) -> bool:
    """The name is a club's nickname alone, one word or two ("Flyers", "Red Sox", "Blue Jays"): not
    after a place, a people or a party ("US Senators", "Republican Senators")."""
    low = tokens.lower[c.first]
    return c.last - c.first == 1 or low not in _places() and low not in DEMONYMS and low not in PARTIES


def _after_the(tokens: _Tokens, c: _Candidate) -> bool:
    """The name follows "the" ("The Red Sox", "the Yankees"): of a club's nickname, the club (a
    person's name takes no article)."""
    return c.first > 0 and tokens.lower[c.first - 1] == "the"


def _family_named(tokens: _Tokens, c: _Candidate) -> bool:
    """The name is one word, a plural whose singular the article writes as a person's surname, after
    a word in capitals ("Mary Brown", "Mrs King"): "the Browns said", "the Kings said" is that
    family, no club."""
    if c.last - c.first != 1 or not tokens.lower[c.first].endswith("s"):
        return False
    surname = tokens.lower[c.first][:-1]
    return any(
        low == surname and cap and before
        for low, cap, before in zip(tokens.lower[1:], tokens.cap[1:], tokens.cap, strict=False)
    )


def _peoples_name_alone(tokens: _Tokens, c: _Candidate) -> bool:
    """A club's nickname that names a place's people too ("Texans", "Indians"), neither after "the"
    nor before a club's noun: the people ("Many Texans lost their homes" in an article on the
    Houston Texans; "the Texans played", "Texans coach Bill O'Brien", "Indians fans": the club)."""
    low = tokens.lower[c.first]
    if c.last - c.first != 1 or not low.endswith("s"):
        return False
    if not (low[:-1] in DEMONYMS or _place_demonym(low[:-1])):
        return False
    after = tokens.lower[c.last] if c.last < len(tokens) else ""
    return not (c.first and tokens.lower[c.first - 1] == "the" or after in CLUB_NOUNS)


def _team_ends(cands: list[_Candidate]) -> dict[str, set[str]]:
    """The nicknames of the article's clubs named with their place (types._team), one word or two,
    each with those clubs' names ("Red Sox": {"Boston Red Sox"}, "Sox": {"Boston Red Sox", "Chicago
    White Sox"}), and the last word of a club named by its nickname of two words alone, where no
    club named with its place ends in it ("Leafs": {"Maple Leafs"})."""
    ends: dict[str, set[str]] = {}
    for c in cands:
        if c.type == "organization" and " " in c.name:
            words = c.name.split()
            lows = [w.casefold() for w in words]
            if lows[-1] in TEAM_NICKNAMES and _team(lows):
                for k in (1, 2):
                    if len(words) > k:
                        ends.setdefault(" ".join(words[-k:]), set()).add(c.name)
    for c in cands:
        if c.type == "organization" and c.name.casefold() in CLUB_NICKNAMES:
            ends.setdefault(c.name.rsplit(" ", 1)[1], {c.name})
    return ends


# the words of a place's name in lower case after its first ("Mouth of the Mississippi River", "Rio
# de Janeiro")
PLACE_PARTICLES = _words("of the and on upon de del da do dos das la le les el")


CAPITALS = re.compile(r"[A-Z]+")
VOWEL_OR_POINT = re.compile(r"[AEIOUY.]")


def _usual_case(name: str) -> str:
    """A place's name in capitals in title case ("NEW ORLEANS" -> "New Orleans", "WINSTON-SALEM" ->
    "Winston-Salem", "ST. LOUIS" -> "St. Louis"); a word with no vowel and no point stays an acronym
    ("BP")."""
    return " ".join(
        w.casefold()
        if i and w.casefold() in PLACE_PARTICLES
        else CAPITALS.sub(lambda m: m[0].capitalize(), w)
        if VOWEL_OR_POINT.search(w)
        else w
        for i, w in enumerate(name.split())
    )


PLURAL_VERBS = _words("have are were")


def _plural_opener(tokens: _Tokens, c: _Candidate) -> bool:
    """A one-word place that opens a sentence before "have", "are" or "were", a plural whose
    singular is a news word and that no region after it placed: "Sparks have flown" (Sparks,
    Nevada), "Brits are"; a town's name takes a singular verb."""
    return (
        c.last - c.first == 1
        and tokens.opens[c.first] == 1
        and c.last < len(tokens)
        and tokens.lower[c.last] in PLURAL_VERBS
        and "region" not in c.evidence
        and tokens.lower[c.first][:-1] in _news_words()
    )


def _cited_author(words: list[str], first: int, last: int) -> bool:
    """A reference list's author, a surname and initials in capitals before a comma or a full stop
    ("Fleming DM , Watson JM , Nicholas S , et al."); find_mentions drops them when the article
    holds CITATION_MIN_NAMES distinct ones (a single "Malcolm X," stays)."""
    return (
        last < len(words)
        and words[last] in (",", ".")
        and CITED_INITIALS.fullmatch(words[last - 1]) is not None
        and words[last - 1] not in ROMAN_NUMERALS
        and not words[first].isupper()
    )


# the endings of adjectives made of nouns ("congressional", "presidential", "biblical"): written
# with a capital before a noun, as the writer's emphasis ("Congressional investigators"), no name
ADJECTIVE_ENDS = ("ional", "ial", "ical")


def _capital_adjective(tokens: _Tokens, c: _Candidate) -> bool:
    """One capitalised word with an adjective's ending, inside a sentence, that is a word of the
    news, no place and no known organisation, before a word in lower case that is no function
    word, no clause's word and no verb of saying: the noun it qualifies ("Congressional
    investigators", "Additional reporting by", "its Constitutional responsibility"). A firm so
    named is followed by its verb ("Universal said") or goes on in capitals ("Universal Music")."""
    j = c.last
    if j - c.first != 1 or j == len(tokens):
        return False
    after, low = tokens.text[j], tokens.lower[c.first]
    return (
        after.isalpha()
        and after.islower()
        and after not in HEAD_FOLLOWERS
        and after not in COUNTY_NOUNS  # "San Diego and Imperial counties": a county's name
        and low in _news_words()
        and low not in KNOWN_ORGS
        and low not in _places()
    )


# the lower-case nouns after a county's name ("Imperial County", "San Diego and Imperial counties")
COUNTY_NOUNS = _words("county counties")
# the names a list of counties holds before its "counties" (Florida's Panhandle has ten; a longer
# run of commas is no one list)
MAX_LISTED_COUNTIES = 12


def _listed_county(tokens: _Tokens, i: int) -> bool:
    """The comma after a name at i goes on with a list of capitalised names that ends "and X
    counties" ("Escambia , Santa Rosa , Okaloosa , Walton , Bay and Gulf counties"): each name is a
    county's."""
    text, lower, cap = tokens.text, tokens.lower, tokens.cap
    n, k, names, joined = len(tokens), i, 0, False
    while k < n and names <= MAX_LISTED_COUNTIES:
        if text[k] == "counties":
            return joined
        if text[k] == ",":
            k += 1
        if k < n and text[k] == "and":
            k, joined = k + 1, True
        if k in (i, n) or not cap[k] or lower[k] in FUNCTION_WORDS:
            return False
        while k < n and cap[k]:
            k += 1
        names += 1
    return False


# a street's last word after an ordinal number: "223rd Street", "5th Avenue"
STREET_HEADS = frozenset(("Street", "Avenue", "Road", "Boulevard"))
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


# the words of a web page's stamp on its story: when it was posted, updated or corrected
# ("UPDATE:", "POSTED: 1052 GMT", "| Updated 9: 01 AM EDT", "Published on May 2")
STAMP_WORDS = _words("update updated posted published modified revised correction clarification")
STAMP_FORMS = frozenset(form for w in STAMP_WORDS for form in (w.capitalize(), w.upper()))  # (one look-up)
STAMP_OPENERS = _words("first last")


def _stamp_label(tokens: _Tokens, c: _Candidate) -> bool:
    """A page's stamp: one of STAMP_WORDS (after "First" or "Last": "Last Updated:", "First
    Published:"), opening a line, after a "|" or after a clock's time (a stamp's parts on one line:
    "| Updated 8: 52 PM", "8: 33 am Updated: 04 / 9"), before a colon, a number, a month or a
    weekday, or "on" or "at" and one of these. A name is none of these words, and a heading's
    "Update on the talks" goes on in words."""
    i, j, n = c.first, c.last, len(tokens)
    if j - i == 2 or (j - i == 1 and i and not _stamp_start(tokens, i)):
        i = j - 2  # the word before the stamp's word
        if i < 0 or tokens.lower[i] not in STAMP_OPENERS:
            return False
    if j - i > 2 or j == n or not (i == 0 or _stamp_start(tokens, i)):
        return False
    after = tokens.text[j]
    if after in ("on", "at") and j + 1 < n:
        after = tokens.text[j + 1]
    elif after == ":":
        return True
    return after[0].isdigit() or after.casefold() in MONTHS_DAYS or after in DATE_ABBREVIATIONS


def _stamp_start(tokens: _Tokens, i: int) -> bool:
    """Token i (i > 0) opens a line or follows a "|" or a clock's time: where a stamp's part starts."""
    return tokens.newline[i] != 0 or tokens.text[i - 1] == "|" or tokens.lower[i - 1] in CLOCK_ENDS


def _page_label(tokens: _Tokens, c: _Candidate) -> bool:
    """An untyped run of two words or more that is a web page's label: alone on its line ("Learn
    More", "Story Highlights") or opening a line before a colon ("Corresponding Author:",
    "Editorial Note:", "Current Author Addresses:"), after a sentence's end. A line that goes on a
    sentence is a link that the page's text put on a line of its own ("defender\n\nBrede
    Hangeland\n\n, and"), a name."""
    first, last = c.first, c.last
    if last - first < 2 or not (
        first == 0 or (tokens.newline[first] and tokens.text[first - 1] in SENTENCE_END)
    ):
        return False
    return last == len(tokens) or tokens.newline[last] == 1 or tokens.text[last] == ":"


ROYAL_TITLES = frozenset(("King", "Queen", "Prince", "Princess"))


def _royal_place(tokens: _Tokens, c: _Candidate) -> bool:
    """A royal title and one word that name a shop, a place or a ship, no royal: after "at" and not
    before "'s" ("at King Soopers,"; not "at King Charles's coronation"), before a number ("Queen
    Mary 2"), or a word we list as no given name before a firm's noun ("A King Soopers spokesman",
    "King Soopers employees"; not "a King Abdullah spokesman")."""
    words, last = tokens.text, c.last
    if c.first < 2 or words[c.first - 1] != c.role:
        return False
    if last < len(words) and (
        words[last].isdigit()
        or tokens.lower[last] in FIRM_NOUNS
        and words[last].islower()
        and not _is_given_name(tokens.lower[c.first])
    ):
        return True
    return tokens.lower[c.first - 2] == "at" and (last == len(words) or words[last] not in ("'", "’"))


# the lower-case words after a firm's name that make a royal title and one word a firm's name
FIRM_NOUNS = ORG_AFTER | ORG_PRODUCTS | _words("spokesman spokeswoman spokesperson location locations")
# a place's cue before a royal title and one word that name a town: "in Prince George"
TOWN_CUES = _words("in near outside")


def _royal_towns(tokens: _Tokens, cands: list[_Candidate]) -> set[str]:
    """The names after a royal title whose two words name a town we list, where one of its mentions
    in the article has a place's cue: "in", "near" or "outside" before it ("in Prince George"; not
    "to Prince George", the royal's birth), "City of" or "Town of", or a comma and a region after
    it. Every mention of it is then the town's ("toured Prince George")."""
    lower, n = tokens.lower, len(tokens)
    places = _places()
    towns = set()
    for c in cands:
        if c.type != "person" or c.role not in ROYAL_TITLES or " " in c.name or c.first < 2:
            continue
        if f"{lower[c.first - 1]} {lower[c.first]}" not in places:
            continue
        before = lower[c.first - 2]
        if (
            before in TOWN_CUES
            or before == "of"
            and c.first >= 3
            and lower[c.first - 3] in ("city", "town")
            or c.last + 1 < n
            and lower[c.last] == ","
            and _region_after(tokens, c.last + 1)
        ):
            towns.add(c.name)
    return towns


OFFICE_ENDS = TITLE_PARTS | {"of"}  # a role's last word before the office's last (_office_word)
OFFICE_ADJECTIVES = _words("national homeland foreign")


def _office_word(name: str, role: str, lower_vocab: set[str]) -> bool:
    """A person's one-word name that ends the office before it: "Secretary of State", "Chief of
    Staff", "Director of National Intelligence", "Minister of Environment" written with no name after
    it (not "Attorney General Merrick", "President of Exxon": no word the article writes in lower case
    after a noun)."""
    low = name.casefold()
    end = role.rsplit(" ", 1)[-1].casefold()
    # an adjective ends no title before a name: "Director of National" wants its noun
    return low in TITLE_PARTS or end in OFFICE_ADJECTIVES or (low in lower_vocab and end in OFFICE_ENDS)


# the last words of American newspapers' names after their town's or state's, besides the
# organisations' heads ("Times", "Post", "Tribune": ORG_HEADS): "Arizona Republic", "Kansas City
# Star", "Sacramento Bee", "Miami Herald"
PAPER_NAME_ENDS = tuple(
    f" {w.capitalize()}"
    for w in _words(
        """republic star sentinel courier examiner inquirer register dispatch bee enquirer courant sun
        globe chronicle mirror observer ledger advocate citizen statesman bulletin"""
    )
)


def _place_paper(name: str) -> bool:
    """A newspaper's name: a town's or a state's we list, then a newspaper's last word (not a place
    itself: "Czech Republic", "Dominican Republic" are countries, "Serb Republic" a region; nor a
    compass word's: "North Star")."""
    low = name.casefold()
    town = low.rsplit(" ", 1)[0]
    return (
        low not in _places()
        and town not in COMPASS_REGIONS  # ("My only North Star has been")
        and (town in _places() or town in _subdivisions())
    )


# the most tokens of a dateline's place before the outlet's bracket ("GAZA CITY , Gaza Strip (AP)")
MAX_DATELINE_TOKENS = 6
# what follows a dateline's outlet: a dash, or the body's first word glued to it ("(CNN)The Supreme")
DATELINE_DASHES = frozenset(("-", "--", "—", "–", "―", "_"))


def _own_credit(tokens: _Tokens, first: int, last: int) -> bool:
    """The name at first..last is the outlet's credit for the article itself, no organisation of its
    story: in brackets in the dateline that opens the text or a paragraph ("Washington (CNN)The
    Supreme Court", "(CNN) -- House Democrats said", "BEIJING, April 3 (Xinhua) --": before the
    body, after no more than a place's capitalised words and a date), or alone after the last
    sentence, the wire's sign-off in capitals ("... organised by the Chinese navy at Qingdao. PTI").
    The story's own mentions of the outlet ("told CNN", "CNN reported") stay. ("(AP)" was none
    already: "AP" is no name alone.)"""
    text, cap, newline, n = tokens.text, tokens.cap, tokens.newline, len(tokens)
    if first and text[first - 1] == "(" and last < n and text[last] == ")":
        if last + 1 == n or newline[last + 1]:
            return False  # (a list's line: "Yomby William (Old Dominion University)")
        if not (text[last + 1] in DATELINE_DASHES or cap[last + 1] and not tokens.gaps[last + 1]):
            return False  # a dash after it, or the body's first word glued to it ("(CNN)The")
        k = first - 2  # back over the place's words on the paragraph's first line
        while k >= 0 and not newline[k + 1] and (cap[k] or text[k] == "," or text[k].isdigit()):
            k -= 1
        return first - 2 - k <= MAX_DATELINE_TOKENS and (k < 0 or bool(newline[k + 1]))
    return (
        last - first == 1
        and first > 0
        and text[first].isupper()  # (an agency's initials: a cut text's last word is no credit, "Senate")
        and (last == n or last + 1 == n and text[last] == ".")
        and (text[first - 1] in SENTENCE_END or bool(newline[first]))
    )


def _law_acronyms(tokens: _Tokens, cands: list[_Candidate]) -> set[str]:
    """The acronyms the article defines in brackets right after a law's name ("Defense of Marriage
    Act (DOMA)", "Affordable Care Act ( ACA )"): capitals that open with the law's first letter and
    end with the "A" of its "Act"."""
    text, n = tokens.text, len(tokens)
    laws: set[str] = set()
    for c in cands:
        k = c.last
        if (
            k + 2 < n
            and text[k] == "("
            and text[k + 2] == ")"
            and tokens.lower[k - 1] in LAW_HEADS
            and (acronym := text[k + 1]).isupper()
            and len(acronym) > 1
            and acronym[0] == text[c.first][0]
            and acronym[-1] == "A"
        ):
            laws.add(acronym)
    return laws


def _owner(tokens: _Tokens, k: int) -> bool:
    """Token k opens a possessive's "'s" ("Nike’s", "Barrick 's"; not a plural's "Analysts' ")."""
    text = tokens.text
    return k + 1 < len(text) and text[k] in ("'", "’") and text[k + 1] == "s"


def _lead_owner(tokens: _Tokens, c: _Candidate, lower_vocab: set[str]) -> bool:
    """The text's first word, a possessive (_owner) that owns words in lower case ("Nike’s polarizing
    decision to put Colin Kaepernick at the center of its latest ad campaign"): a lead opens with its
    subject, a name, even where the article never names it again. Not a word the article writes in
    lower case, nor a date's, a role's, a title's or a function word ("Editor’s note", "Sheriff’s
    deputy", "Tuesday’s primary"); not before a capitalised word, which goes on a name ("Dick’s
    Sporting Goods")."""
    k = c.last + 2
    low = c.name.casefold()
    return (
        c.last - c.first == 1
        and (k >= len(tokens) or not tokens.cap[k])
        and low not in lower_vocab
        and low not in DATE_WORDS
        and low not in DESCRIPTORS
        and low.rstrip(".") not in TITLE_HEADS
        and low not in FUNCTION_WORDS
        and low not in COMMON_OWNERS
    )


# the common nouns whose possessive opens a lead as a category or a time, no name: English's plurals
# that take "'s" ("Women's football is growing", "Children's hospitals are full", "Men's health",
# "People's savings"), "tonight", which DATE_WORDS lacks ("Tonight's game"), and the indefinite
# pronouns ("Everyone's favourite snack") (_lead_owner)
COMMON_OWNERS = _words("women men children people tonight everyone everybody someone somebody nobody")


# the heads of the names of things that go by an acronym: a law's, a treaty's, a standard's, a
# programme's ("Defense of Marriage Act", "North American Free Trade Agreement", "Open Document
# Format"); not any untyped name's: "British Petroleum" is BP, a firm whose head is no organisation's
THING_HEADS = LAW_HEADS | _words("agreement treaty accord format standard protocol program programme")
# the United Nations' programmes are its bodies, organisations ("United Nations Development Programme"
# ... "UNDP officials said", "UN Environment Programme", "Joint United Nations Programme on HIV/AIDS"):
# no thing's name (_thing_acronyms)
_UN_BODY = re.compile(r"\b(?:United Nations|UN|U\.N\.)(?!\w)")
# the longest acronym of a thing that _thing_acronyms reads ("NAFTA"; longer runs of capitals are
# a heading's words)
MAX_THING_ACRONYM = 6


def _thing_acronyms(cands: list[_Candidate]) -> None:
    """An acronym that its capitals alone typed an organisation, spelling the initials of a name of
    the article that nothing typed and that ends in a thing's head (THING_HEADS), names that thing
    ("Defense of Marriage Act" ... "section 3 of DOMA", "Open Document Format" ... "ODF files"):
    other, no organisation; the acronym was typed one only for being an acronym. (_law_acronyms
    has those defined in brackets; these are written anywhere in the article.)"""
    acronyms = {
        c.name
        for c in cands
        if c.type == "organization"
        and not c.evidence
        and 1 < len(c.name) <= MAX_THING_ACRONYM
        and c.name.isupper()
        and c.name.isalpha()
    }
    if not acronyms:
        return
    typed = {c.name for c in cands if c.type is not None}
    spelt = {
        initials
        for c in cands
        if c.type is None
        and " " in c.name
        and c.name.rsplit(" ", 1)[1].casefold() in THING_HEADS
        and c.name not in typed
        and _UN_BODY.search(c.name) is None
        for initials in _initials(_norm(c.name))
    }
    things = {a for a in acronyms if a.casefold() in spelt and a.casefold() not in KNOWN_ORGS}
    for c in cands:
        if c.name in things and c.type == "organization":
            c.type = "other"


# the words after a noun phrase's head, none after its modifier: HEAD_FOLLOWERS less those that
# also go on with a noun ("a BP senior vice president", "a BP and Transocean rig", "his WBO and IBF
# titles")
COUNT_FOLLOWERS = HEAD_FOLLOWERS - _words(
    """and or nor but top new former senior first last next other another such more less only many
    some most all both each every few several asked speaking following"""
)
# the marks that end a noun phrase ("a DVD.", "28 TD, 12 INT)")
PHRASE_ENDS = frozenset('.,;:!?)]”"—…')
# the words that count a plural ("Many CDs sell", "the ROVs", "their TVs"); a number too
PLURAL_COUNTERS = DETERMINERS | _words("these those many some several few two three four five")
# a year before an acronym dates it, counts nothing ("the 1998 GOP", "MOEX Offshore 2007 LLC")
YEAR = re.compile(r"(?:19|20)\d\d")


def _counted_acronyms(tokens: _Tokens, cands: list[_Candidate]) -> set[str]:
    """The acronyms of one word that the article counts, as a common noun is and a name is not:
    after "a"/"an" or a number and before a mark or a word that ends the phrase (COUNT_FOLLOWERS:
    "consumer price for a DVD.", "winning an OBE,", "28 TD, 12 INT", "undergo an MRI this
    morning"), or in the plural after a counting word ("Many CDs sell", "43 RBIs"). An
    organisation's acronym after "a" goes on with a noun ("a BP spokesman", "a CNN poll")."""
    words, lower = tokens.text, tokens.lower
    counted: set[str] = set()
    for c in cands:
        at = c.first
        if c.last != at + 1 or not at:
            continue
        word, before = words[at], words[at - 1]
        # (a year dates the acronym, a month's day too, and a clock's hour times what it said: "On
        # June 5 FEMA said", "At 10 NOAA said" count no FEMA, no NOAA)
        number = (
            before.isdigit()
            and not YEAR.fullmatch(before)
            and not (at > 1 and lower[at - 2] in DATE_WORDS)
            and not (c.last < len(words) and lower[c.last] in PERSON_VERBS)
        )
        if PLURAL_ACRONYM.fullmatch(word):
            if (number or lower[at - 1] in PLURAL_COUNTERS) and not _body_joined(tokens, at, word):
                counted.add(word[:-1])
        elif (
            (number or lower[at - 1] in ("a", "an"))
            and 1 < len(word) <= MAX_THING_ACRONYM
            and word.isupper()
            and word.isalpha()
            and (c.last == len(words) or words[c.last] in PHRASE_ENDS or lower[c.last] in COUNT_FOLLOWERS)
        ):
            counted.add(word)
    # a place's or a known organisation's acronym is its name however written ("killed 13 US
    # ...", "damage the UKs reputation": an owner without its apostrophe)
    return {a for a in counted if a.casefold() not in _places() and a.casefold() not in KNOWN_ORGS}


def _acronym_use(tokens: _Tokens, i: int) -> str:
    """How the acronym at token i is used: "name" when it owns or speaks ("BP 's rig", "CNN said",
    "told NBC", "according to EPA"), "noun" when it is counted, owned or spelt out in lower case
    ("a PR war", "28 TD ,", "their GP", "two DVDs", "blowout preventer ( BOP )"), else ""
    (bench/entity_acronyms.py counts them over the news: vocabulary._common_acronyms)."""
    lower = tokens.lower
    before = lower[i - 1] if i else ""
    after = lower[i + 1] if i + 1 < len(lower) else ""
    if (
        after in ("'s", "’s")
        or after in ACRONYM_SPEECH
        or before == "told"
        or (before == "to" and i > 1 and lower[i - 2] == "according")
    ):
        return "name"
    number = before.isdigit() and not YEAR.fullmatch(before)
    if PLURAL_ACRONYM.fullmatch(tokens.text[i]):
        return "noun" if number or before in PLURAL_COUNTERS else ""
    ends = not after or after in PHRASE_ENDS or after in COUNT_FOLLOWERS
    if (
        before in ("a", "an")
        or (number and ends)
        or before in ACRONYM_OWNERS
        or _spelt_in_brackets(tokens, i)
    ):
        return "noun"
    return ""


def _common_acronyms_of(tokens: _Tokens, cands: list[_Candidate]) -> set[str]:
    """The article's acronyms that the news write as a common noun's (vocabulary._common_acronyms:
    "PR", "GP", "BOP"), less those the article itself writes as a name ("PR said") or in brackets
    after an organisation's name they abbreviate ("the Bureau of Prisons (BOP)")."""
    common = _common_acronyms()
    found = {c.name for c in cands if c.last == c.first + 1 and c.name.removesuffix("s") in common}
    if found:
        named = {c.name for c in cands if c.name in found and _acronym_use(tokens, c.first) == "name"}
        named.update(
            c.name
            for prev, c in zip(cands, cands[1:], strict=False)
            if c.name in found
            and prev.last == c.first - 1
            and tokens.text[prev.last] == "("
            and prev.type == "organization"
            and c.name.casefold() in _initials(_norm(prev.name))
        )
        named.update(c.name for c in cands if c.name in found and _body_joined(tokens, c.first, c.name))
        found = {name.removesuffix("s") for name in found - named}
    return found


# the words before "the" and a plural acronym that make it the body its members are in, join or
# leave ("keep the sailor in the SEALs", "kicking Gallagher out of the SEALs"): a force, no common
# noun's plural ("the ROVs", "some of the GPs")
BODY_JOINED = _words("in join joined joining")


# the words of a picture credit after its "/" that name no one ("Reuters/Jason Reed/Handout", "Reuters/
# Bob Laura/U.S. Coast Guard/Handout/Files")
CREDIT_WORDS = _words("handout files file pool")
# the last word of an arena's name, which is an organisation's elsewhere ("Betty Ford Center")
ARENA_HEADS = _words("center centre")


def _at_venue(tokens: _Tokens, first: int) -> bool:
    """ "at Staples Center", "at the Target Center": a name where a game is played, in a report on
    a game (the arenas "Staples Center", "US Airways Center", "Pepsi Center" were organisations)."""
    lower = tokens.lower
    if first and lower[first - 1] == "at":
        return True
    return first > 1 and lower[first - 1] == "the" and lower[first - 2] == "at"


def _role_beside_name_opening(tokens: _Tokens, c: _Candidate, cands: list[_Candidate]) -> bool:
    """An untyped run before "and" and a role beside a person's name (_role_beside_name): the role's
    first words ("Health" of "By Maggie Fox , Health and Science Editor WASHINGTON", H1N1_reuters/748:
    the walk back over "Health and" read the role, "Health" stayed a name of its own)."""
    after = c.last + 1
    return (
        c.last < len(tokens)
        and tokens.lower[c.last] == "and"
        and any(d.first == after and d.type is None and _role_beside_name(tokens, d, cands) for d in cands)
    )


def _role_beside_name(tokens: _Tokens, c: _Candidate, cands: list[_Candidate]) -> bool:
    """An untyped run of words the news write, the last a role's noun, set apart by a comma before
    or after a person's full name: that person's title, no name ("Medical Correspondent , Fergus
    Walsh , finds out" opening a BBC page; "By Alister Doyle , Environment Correspondent OSLO", "By
    Maggie Fox , Health and Science Editor WASHINGTON": a byline's)."""
    lower, text, cap = tokens.lower, tokens.text, tokens.cap
    words = lower[c.first : c.last]
    if len(words) < 2 or words[-1] not in ROLE_NOUNS or not all(word in _news_words() for word in words):
        return False
    people = {(d.first, d.last) for d in cands if d.type == "person" and " " in d.name}
    after = c.last + 1
    if after < len(tokens) and text[c.last] == "," and any(first == after for first, _ in people):
        return True
    k = c.first - 1  # back over the role's first words: "Health and" of "Health and Science Editor"
    while k > 0 and (lower[k] == "and" or cap[k] and lower[k] in _news_words()):
        k -= 1
    return k > 0 and text[k] == "," and any(last == k for _, last in people)


def _body_joined(tokens: _Tokens, i: int, name: str) -> bool:
    """The plural acronym at i is the body one is in, joins or is put out of (BODY_JOINED, "out of")."""
    lower = tokens.lower
    return (
        PLURAL_ACRONYM.fullmatch(name) is not None
        and i >= 2
        and lower[i - 1] == "the"
        and (lower[i - 2] in BODY_JOINED or lower[i - 2] == "of" and i >= 3 and lower[i - 3] == "out")
    )


def _respelt(name: str, right: str) -> str:
    """`name` with the one letter it doubles or lacks against `right` (its lower case) set right, its
    own capitals kept: "Haliburton" -> "Halliburton"."""
    low = name.casefold()
    i = next(
        (k for k, (a, b) in enumerate(zip(low, right, strict=False)) if a != b), min(len(low), len(right))
    )
    if len(low) > len(right):
        return name[:i] + name[i + 1 :]  # a letter written twice
    return name[:i] + right[i] + name[i:]  # a doubled letter written once


def _untyped_no_name(name: str, opens_sentence: int, lower_vocab: set[str]) -> bool:
    """A run that nothing typed and that names nothing."""
    if " " not in name:
        # "Nothing was revealed", "Tough competition": a capital that only opens a sentence; "the
        # Board removed", "Labor Day" cut to "Day": a word the article also writes in lower case;
        # "Co." of "Merck & Co.": the legal form alone
        if opens_sentence or _lower_word(name, lower_vocab):
            return True
        if name in RACE_WORDS:
            return True  # "Black voters", "White": an adjective, no name
        low = name.casefold()
        if low in FAITH_ADJECTIVES or _place_demonym(low):
            return True  # "Alaskan", "Texan", "Islamic": a place's or a faith's adjective, no name
        if low in LONE_NON_NAMES or low in PAGE_WORDS:
            return True  # "Our next generation", "- Last month", "Hello , sorry": no name alone
    elif name.count(" ") == 1 and (_compass_demonym(name) or name in PAGE_NAMES):
        # "North Korean", "Native American": a word for someone of a region, no name; "broke the
        # House Rules": a site's rules for comments
        return True
    if "-" in name:
        if " " not in name and LOWER_TAIL.search(name):
            return True  # "Tamiflu-resistant", "COVID-vaccine doses", "T-shirts", "Obama-ites": no name
        if all(part.casefold() in _places() for part in name.split("-")):
            # "the US-Mexico border", "US-China talks", "United States-Mexico": two places' relation
            return True
    # "ORIGINALLY PUBLISHED", "THE BIG LIE": a heading or an emphasis in capitals; "Juneteenth Is
    # More Than", "Like I": a heading's words or a quote's
    return SHOUTED.fullmatch(name) is not None or _headline_case(name)


def _shouted_word(name: str, lower_vocab: set[str]) -> bool:
    """A word in capitals that the article also writes in lower case, not a known organisation's
    name: a heading's or an emphasis ("A FIRE has badly damaged", "FIRE crews"), no acronym; of
    three letters or less only a word that names nothing alone ("I do NOT", "ALL of them", "YOU";
    not "WHO")."""
    low = name.casefold()
    return (
        (len(name) > 3 or low in LONE_NON_NAMES)
        and " " not in name
        and low in lower_vocab
        and low not in KNOWN_ORGS
    )


# the endings of an English word's inflection or derivation, which no acronym takes (_inflected_capitals)
INFLECTED_ENDS = (
    "ING", "INGS", "TION", "TIONS", "LY", "ABLE", "IBLE", "ITY", "NESS", "MENT", "MENTS", "OUS",
    "IZED", "ISED", "IVE", "ANCE", "ENCE",
)  # fmt: skip
MIN_INFLECTED_CAPITALS = 6  # ("ABLE", "LY" alone, "ITY" in "CITY" make no word of it)


def _inflected_capitals(name: str, words: list[str]) -> bool:
    """One English word in capitals typed an organisation by its capitals alone, a heading's or an
    emphasis even where the article never writes it in lower case: six letters or more ending as an
    inflected or derived word does ("UNLIKELY", "CONSERVATION", "EXTRACTING", "PRESSURIZED"), a word
    of the news (WORD_FREQUENCIES_FILE), and not a name the article writes in title case too ("Sean
    Hannity" ... "HANNITY :"). (The caller keeps one that a firm's noun names: "The insurer
    PROGRESSIVE reported", "broker NOMURA"; review26.)"""
    return (
        len(name) >= MIN_INFLECTED_CAPITALS
        and name.endswith(INFLECTED_ENDS)
        and name.isalpha()
        and name.casefold() in _news_words()
        and name.casefold() not in KNOWN_ORGS
        and name.title() not in words
    )


MIN_COMMON_CAPITALS = 4  # (three letters make acronyms of common words: "WHO", "ACT", "NOW")


def _common_capitals(name: str, words: list[str]) -> bool:
    """One word in capitals typed an organisation by its capitals alone, a page's label or an
    emphasis even where the article never writes it in lower case: four letters or more of a word
    common in the news (_common_words: "BACK { current } of { total } NEXT", "Eds: AMs. UPDATES
    with"), not a known organisation's ("REUTERS"), a given name ("ROBERT"), a place's, nor a name
    the article writes in title case too ("TRUMP" ... "Trump"). (The caller keeps one after a
    firm's noun or an outlet's cue: "according to TIME", "according to SITE, a US institute".)"""
    low = name.casefold()
    return (
        len(name) >= MIN_COMMON_CAPITALS
        and name.isalpha()
        and low in _common_words()
        and low not in KNOWN_ORGS
        and not _is_given_name(low)
        and low not in _places()  # ("AUSTRALIA midfielder Mile Sterjovski": the national side)
        and name.title() not in words
    )


# the function words that an organisation's name in capitals may hold ("CENTERS FOR DISEASE CONTROL",
# "U.S. PATENT AND TRADEMARK OFFICE")
NAME_FUNCTION_WORDS = _words("of and for the on in at to a us")


def _shouted_words(name: str, lower_vocab: set[str]) -> bool:
    """Words in capitals (one of four letters or more: no acronyms) that are a clause or a phrase,
    no name: one holds a function word no name has ("OBAMA IS AN HONEST LEADER", "BLESS YOU", "LOSES
    HIS JOB"), or each is one the article writes in lower case or a function word (a heading's
    "FLEXIBLE OPTICAL STORAGE SOLUTIONS", "HUGE CORPORATION", "BIG GOVERNMENT")."""
    if not LONG_CAPITALS.search(name):
        return False
    lows = [w.strip(".,:;!?'’").casefold() for w in name.split()]
    if any(low in FUNCTION_WORDS and low not in NAME_FUNCTION_WORDS for low in lows):
        return True
    return (
        all(low in lower_vocab or low in FUNCTION_WORDS for low in lows) and " ".join(lows) not in KNOWN_ORGS
    )


def _lower_word(name: str, lower_vocab: set[str]) -> bool:
    low = name.casefold()
    return low in lower_vocab or low in COMPANY_SUFFIXES


def _compass_demonym(name: str) -> bool:
    words = name.casefold().split()
    return (
        len(words) == 2
        and words[0] in REGION_QUALIFIERS
        and (words[1] in DEMONYMS or _place_demonym(words[1]))
    )


def _headline_case(name: str) -> bool:
    """A name that holds a capitalised verb, pronoun or conjunction ("Is", "Than", "This"):
    words of a heading in title case or of a sentence, not a name (names do hold "Now", "First",
    "All": "Secure America Now", "America First")."""
    return any(w.casefold() in HEADLINE_WORDS and not w.isupper() for w in name.split())
