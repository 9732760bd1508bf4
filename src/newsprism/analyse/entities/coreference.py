"""Step 4 of find_mentions: coreference within the article.

4. Within the article a lone surname, or a surname after a title ("President Xi"), resolves to
   the full name given nearby (a surname after a lower-case "al" too: "al Zawahiri"; a known firm's
   name a person bears in full, before "said he" or ", who": "Dell said he"; the nearest one before
   it, else the first after; a titled one not
   to a "Jr." named after it: "President Trump's eldest son, Donald Trump Jr."; "Trump Jr." to
   "Donald Trump Jr."; a surname in capitals, "PALIN", too); a lone name
   that a title or "the X administration" makes a person is one everywhere, and so is a
   two-word name ending in it ("Mitt Romney": a first name we do not list), or ending in a word
   the article writes alone as a surname that nothing typed ("Abdoulaye Faye" ... "Faye"); of
   several bearers of a surname the one not introduced as a relative is the lone surname's
   ("His sister, Mahnefah Gray"); every mention
   of a person carries that person's best role (resolved relative roles first, then the most
   frequent, then the longest). A compass region's word alone, not after "the", is the
   article's organisation whose name starts with it ("Southwest" -> "Southwest Airlines"); a
   mount alone the place of worship it opens ("Mount Olive" -> "Mount Olive Baptist Church").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping

from .context import _organisation_context, _plural_noun
from .names import _norm, _suffixed, _surname_keys
from .tokens import _Candidate, _org_word, _Tokens
from .types import APOSTROPHES
from .vocabulary import (
    ABBREVIATED,
    COMPASS_REGIONS,
    COUNTERPART_OFFICES,
    DATE_WORDS,
    DEMONYMS,
    DETERMINERS,
    GROUPS,
    KIN_NOUNS,
    LONE_ORG_HEADS,
    NAME_PARTICLES,
    NATIONALITY_PREFIX,
    NOT_FIRST_NAMES,
    ORG_CONTEXT,
    PERSON_VERBS,
    PLACE_FIRST_HEADS,
    PLACE_HEADS,
    RANKS,
    RELATIVE_ROLES,
    ROLE_MODIFIERS,
    SPOUSE_HEADS,
    SPOUSE_NOUNS,
    SPOUSE_RANKS,
    STORMS,
    SUFFIX_ENDS,
    TITLE_HEADS,
    _is_given_name,
    _news_words,
    _places,
    _regions,
    _words,
)


def _unlisted_first_names(tokens: _Tokens, cands: list[_Candidate], lower_vocab: set[str]) -> None:
    """ "Mitt Romney", "Barack Obama" (first names we do not list) are people when the article makes
    the surname alone a person ("Romney said", "Mr. Romney"), or writes it alone as a surname that
    nothing typed (_bare_surnames, _bare_named: "Habib Beye, Abdoulaye Faye" ... "Senegal duo Faye
    and Habib Beye"): two words, written inside a sentence at least once, the first an ordinary
    capitalised word that is nothing else we know ("Plus Obama", "Team Obama", "Atlanta
    Journal-Constitution", "Senators Ron Wyden" stay untyped)."""
    two = [c for c in cands if c.type is None and c.name.count(" ") == 1]
    if not two:
        return
    lone = {c.name for c in cands if c.type == "person" and " " not in c.name}
    bare = _bare_surnames(tokens, cands, lower_vocab, {c.name.split()[1] for c in two})
    two = [c for c in two if c.name.split()[1] in lone or c.name.split()[1] in bare]
    inside = {c.name for c in two if not tokens.opens[c.first]}
    for c in two:
        first, surname = c.name.split()
        low = first.casefold()
        if (
            c.name in inside
            and first[1:].islower()
            and low not in lower_vocab
            and low not in NOT_FIRST_NAMES
            and low.removesuffix("s") not in NOT_FIRST_NAMES
            and low not in _places()
            and (surname in lone or _bare_named(tokens, c, two))
        ):
            c.type = "person"


# a street's head as its address abbreviates it ("Utica Ave. and Ave. H"), and the holidays named
# alone ("a long Thanksgiving break"): no surname alone
STREET_ABBREVIATIONS = _words("ave av st rd blvd ln hwy")
HOLIDAYS = _words("christmas easter thanksgiving halloween hanukkah passover ramadan diwali")
# so many names of two words ending in one word make that word a head ("Kildonan Park, Whittier
# Park, Assiniboine Park"), no family's surname ("Kimani Gray" and his sister "Mahnefah Gray")
MIN_HEAD_NAMES = 3
# the words before a place's name that stand before no person's ("at Villa Park", "in Kilcona Park")
PLACE_BEFORE = _words("in at near outside")


def _bare_surnames(
    tokens: _Tokens, cands: list[_Candidate], lower_vocab: set[str], surnames: set[str]
) -> set[str]:
    """Those of `surnames` (the last words of untyped names of two words) that are names of one
    plain capitalised word that nothing typed in any of their mentions and that
    the article writes as a person's surname is written: never after
    a determiner or a bracket ("the Wii", "an Emmy", "Kagayama (Suzuki)"), nor a word it writes in
    lower case, an organisation's or a place's head, a group, the plural of a word news write, a
    date's word or a holiday."""
    lower, text = tokens.lower, tokens.text
    alone = [c for c in cands if c.name in surnames]
    typed = {c.name for c in alone if c.type is not None}
    bare = set()
    for c in alone:
        if c.type is not None or c.last - c.first != 1 or c.name in typed:
            continue
        word, low = text[c.first], lower[c.first]
        if (
            c.first
            and (lower[c.first - 1] in DETERMINERS or text[c.first - 1] == "(")
            or not (word.isalpha() and word[1:].islower())
            or low in lower_vocab
            or _org_word(low)
            or low in PLACE_HEADS
            or low in GROUPS
            or low in DATE_WORDS
            or low in ABBREVIATED
            or low in STREET_ABBREVIATIONS
            or low in HOLIDAYS
            or _plural_noun(low)
        ):
            typed.add(c.name)  # (one such mention is enough)
            continue
        bare.add(c.name)
    return bare - typed


def _bare_named(tokens: _Tokens, c: _Candidate, two: list[_Candidate]) -> bool:
    """The untyped name of two words whose second the article writes alone as a surname
    (_bare_surnames) is a person's unless its first is a word news write or a people's ("Deepwater
    Horizon" ... "the Horizon"), or one of its mentions stands after "in", "at" (PLACE_BEFORE: "at Villa Park")
    or makes it an organisation's ("the law firm of Mintz Levin" ... "Mintz, Levin, Cohn"), or the
    article names so many things with that second word (MIN_HEAD_NAMES)."""
    first, surname = c.name.split()
    low = first.casefold()
    if not first.isalpha() or low in _news_words() or low in DEMONYMS:
        return False
    if sum(1 for name in {d.name for d in two} if name.endswith(f" {surname}")) >= MIN_HEAD_NAMES:
        return False
    lower = tokens.lower
    return not any(
        d.name == c.name
        and (
            d.first
            and lower[d.first - 1] in PLACE_BEFORE
            # (not before a possessive: "culminated in Joleon Lescott's own goal")
            and (d.last == len(lower) or tokens.text[d.last] not in APOSTROPHES)
            or d.first >= 2
            and lower[d.first - 1] == "of"
            and lower[d.first - 2] in ORG_CONTEXT
            or _organisation_context(tokens, d.first, d.last)
        )
        for d in two
    )


def _resolve(tokens: _Tokens, cands: list[_Candidate], lower_vocab: set[str]) -> None:
    """Lone surnames to full names, fullest spelling within the article (4)."""
    _unlisted_first_names(tokens, cands, lower_vocab)
    full = [c for c in cands if c.type == "person" and len(c.name.split()) >= 2]
    # "Hillary Clinton" and "Hillary Rodham Clinton": the longer spelling with the same ends wins,
    # the first of the longest in text order (what comparing every pair in order came to)
    split = {c.name: c.name.split() for c in full}
    longest: dict[tuple[str, str], str] = {}
    for c in full:
        w = split[c.name]
        ends = (w[0], w[-1])
        if ends not in longest or len(w) > len(split[longest[ends]]):
            longest[ends] = c.name
    for c in full:
        w = split[c.name]
        name = longest[w[0], w[-1]]
        if len(split[name]) > len(w):  # (one of the longest keeps its own)
            c.name = name
    named = Counter(c.name for c in full)
    by_key: dict[str, list[_Candidate]] = defaultdict(list)
    for c in full:
        for key in _surname_keys(c.name):
            by_key[key].append(c)
    bare: list[tuple[_Candidate, list[_Candidate]]] = []  # lone surnames and the full names they may be
    for c in cands:
        # (a name is its words joined by one space: one word holds none)
        if " " in c.name:
            if c.name.endswith(SUFFIX_ENDS) and c.name.count(" ") == 1 and c.type != "organization":
                _suffixed_alone(c, by_key)
            elif c.type in (None, "person") and (options := _particle_surname(c.name, by_key)):
                bare.append((c, options))  # "al Zawahiri" after "Ayman al-Zawahiri"
            continue
        shouted = False
        if c.type == "organization" and "title" not in c.evidence:
            # (but a surname in capitals, "PALIN", is typed an organisation by its capitals alone)
            shouted = len(c.name) > 3 and c.name.isupper() and c.name.casefold() not in lower_vocab
            if not shouted:
                if _person_after(tokens, c.last) and (named_so := _given_named(c.name, by_key)):
                    # a firm's name that is a surname the article gives a person in full, which
                    # "said he" or ", who" follow: the person ("Michael Dell returned as chief
                    # executive ... Dell said he would cut costs"; "Dell shares fell" stays the firm)
                    bare.append((c, named_so))
                continue
        options = by_key.get(c.name.casefold())
        if shouted and options:
            # (of a name written as a name: not "Glenn Beck CPAC" for "CPAC")
            options = [o for o in options if not o.name.rsplit(" ", 1)[-1].isupper()]
        if options and c.name.casefold() in _regions():
            # a country's or a state's name alone is a person's surname only where that person's
            # name opens with a given name ("according to Ireland": Jeanne Ireland; "Mr. Jordan"), not
            # a junk run's last word ("Scotland" was "BBC Scotland", "UK waters" "Gas UK")
            options = [o for o in options if _is_given_name(o.name.split(" ", 1)[0].casefold())]
        if not options:
            continue
        if "title" in c.evidence and c.role and all(o.first > c.first for o in options):
            # "President Trump's eldest son, Donald Trump Jr.": a titled surname is not the son named
            # after it (a "Jr." or "Sr." name) unless he bears the title too
            options = [o for o in options if not _suffixed(o.name) or _same_role(o.role, c.role)]
            if not options:
                continue
        bare.append((c, options))
    # a lone surname whose own title or honorific fits none of its bearers named in full keeps its
    # name ("President Trump" where only "first lady Melania Trump" is named in full); its fellows
    # with no title of their own are that titled bearer's, the article's principal (below)
    # (only where the article titles someone as a spouse: most articles, none)
    fits = (
        {id(c): fit for c, options in bare if (fit := _fitting(tokens, c, options)) is not None}
        if bare and any(_spouse_head(c.role) for c in full)
        else {}
    )
    unfit = {c.name.casefold() for c, _ in bare if fits.get(id(c)) == []}
    for c, options in bare:
        fit = fits.get(id(c))
        if (
            fit is None
            and c.name.casefold() in unfit
            and NOT_THE_PRINCIPAL.isdisjoint(tokens.lower[max(0, c.first - 3) : c.first])
        ):
            # the titled bearer whom the article never names in full is the one a bare surname means,
            # as news style keeps it for the principal and names a spouse in full ("President Biden"
            # ... "first lady Jill Biden" ... "Before the brief ceremony, Biden spoke" was Jill's, the
            # nearest; "as Trump hinted" after "President Trump declared victory")
            c.type = "person"
            continue
        if fit is not None:
            if not fit:
                c.type = "person"
                continue
            options = fit
        c.name, c.type = (_principal(tokens, c, options, named) or _nearest(c, options)).name, "person"
    _first_names_alone(tokens, cands, full, by_key, lower_vocab)
    _org_heads_alone(tokens, cands)
    _org_firsts_alone(tokens, cands)
    _churches_alone(cands)
    _institutions_alone(tokens, cands)
    _storms_alone(tokens, cands)
    # a name that one mention's state or country made a place is a place everywhere in the article
    placed = {c.name for c in cands if "region" in c.evidence}
    if placed:
        for c in cands:
            if c.type is None and c.name in placed:
                c.type = "place"
    _titled_acronyms(cands)
    # "President Obama" or "the Obama administration" made "Obama" a person: so is every other bare
    # "Obama" of the article
    lone = {c.name for c in cands if c.type == "person" and " " not in c.name}
    lone |= {c.name.split()[0] for c in cands if "leader" in c.evidence}
    for c in cands:
        if c.type != "person" and c.name in lone:
            c.type = "person"


def _person_after(tokens: _Tokens, last: int) -> bool:
    """A person's words after a name: a speech verb and "he" or "she" ("Dell said he"), or ", who"."""
    after = tokens.lower[last : last + 2]
    return len(after) == 2 and (
        after[0] in PERSON_VERBS and after[1] in ("he", "she") or after == [",", "who"]
    )


def _given_named(surname: str, by_key: Mapping[str, list[_Candidate]]) -> list[_Candidate]:
    """The full names of the article that a given name opens and `surname` ends ("Michael Dell")."""
    return [
        o for o in by_key.get(surname.casefold(), ()) if _is_given_name(o.name.split(" ", 1)[0].casefold())
    ]


def _particle_surname(name: str, by_key: Mapping[str, list[_Candidate]]) -> list[_Candidate] | None:
    """The full names that a surname after its lower-case Arabic article alone may be ("al Zawahiri"
    is "Ayman al-Zawahiri" or "Ayman al Zawahiri": their surname keys hold the word after "al")."""
    particle, _, surname = name.partition(" ")
    if particle not in NAME_PARTICLES or " " in surname:
        return None
    return by_key.get(surname.casefold())


MAX_TITLED_ACRONYM = 3  # ("BP", "EPA", "CNN"; a surname in capitals is longer: "BUSH", "PALIN")


def _titled_acronyms(cands: list[_Candidate]) -> None:
    """An acronym that a title made a person, which the article types an organisation elsewhere, is
    that organisation (4): a BBC quote box glues the speaker's role to the next sentence's first word
    ("End Quote Chris Huhne Energy and Climate Change Secretary BP remained a strong company",
    "Bart Stupak US Congressman BP"), and a person's title made BP a person in every mention of the
    article (102 mentions over dev + heap-10000)."""
    titled = {
        c.name
        for c in cands
        if c.type == "person" and len(c.name) <= MAX_TITLED_ACRONYM and c.name.isupper() and c.name.isalpha()
    }
    if not titled:
        return
    titled &= {c.name for c in cands if c.type == "organization"}
    for c in cands:
        if c.name in titled:
            c.type, c.role = "organization", None
            c.evidence.discard("title")


# The article's principal bearer of a surname is named in full at least this many times as often as
# the other bearers together: a relative or namesake introduced once or twice beside a principal
# named over and over ("Dick Cheney" 12 times, "Liz Cheney" twice, "Mary Cheney" once)
PRINCIPAL_SHARE = 2
# and at least this many times: two full namings against one are no dominance (a relative's
# introduction and a caption's repeat; "Michelle Obama" twice in a list of most admired people, "Barack
# Obama" once, and "most admired man for Obama" is his)
PRINCIPAL_MIN = 3


def _principal(
    tokens: _Tokens, c: _Candidate, options: list[_Candidate], named: Counter[str]
) -> _Candidate | None:
    """Of several people sharing a surname, the one a lone surname means wherever it stands: the
    one the article names in full far more often than the others together. News style keeps the bare
    surname for the story's principal once a relative or namesake comes in, and calls the others by
    given name or in full ("Liz Cheney", "his daughter Liz"): the nearest full name before the surname
    is only the last one introduced ("Where 's Cheney now ?" in a comment on Dick Cheney was Liz
    Cheney, named two paragraphs up). Where no bearer dominates by count, the one bearer the article
    gives a title or role is the principal ("Prime Minister Silvio Berlusconi" beside "Veronica
    Berlusconi", "Sen. John F. Kerry" beside "his wife, Teresa Heinz Kerry", "President-elect Joe Biden"
    beside "his son Hunter Biden"), but not for a surname that its own words mark as the other one:
    "the younger Biden", "Mrs. Clinton" beside "former President Bill Clinton". None otherwise: the
    nearest decides."""
    counts = {o.name: named[o.name] for o in options}
    if len(counts) < 2:
        return None
    top = max(counts, key=counts.__getitem__)
    if counts[top] >= max(PRINCIPAL_MIN, PRINCIPAL_SHARE * (sum(counts.values()) - counts[top])):
        return next(o for o in options if o.name == top)
    # (a spouse's title, "first lady", names her by the principal's office: it makes no principal)
    titled = {o.name for o in options if o.role and not _spouse_head(o.role)}
    if not NOT_THE_PRINCIPAL.isdisjoint(tokens.lower[max(0, c.first - 3) : c.first]):
        return None
    if not titled:
        # no one titled: the one bearer the article does not introduce as someone's relative ("Gray
        # was rushed to a hospital" after "His sister, Mahnefah Gray, told NY1" is Kimani Gray's)
        titled = {o.name for o in options} - {o.name for o in options if _kin_before(tokens, o.first)}
        if len(titled) == len(counts):
            return None
    if len(titled) != 1:
        return None
    return next(o for o in options if o.name in titled)


def _kin_before(tokens: _Tokens, first: int) -> bool:
    """Reads the tokens and the index of a name's first word; returns whether the article introduces
    the name by a relation: a relation's noun right before it, or before its comma ("his sister,
    Mahnefah Gray", "daughter Chelsea Clinton"), or a relation's noun and "of" ("the father of Carlos
    Sousa Jr., 17, who was killed" beside "Sousa's father, Carlos Sousa Sr.": each bearer is the
    other's relative, and neither is the principal)."""
    lower = tokens.lower
    k = first - 1 - (first >= 2 and lower[first - 1] == ",")
    if k >= 1 and lower[k] == "of" and lower[k - 1] in KIN_NOUNS:
        return True
    return k >= 0 and (lower[k] in KIN_NOUNS or lower[k] in SPOUSE_NOUNS)


# the offices whose holder's spouse the news titles "first lady" ("second gentleman"): such a title
# before a lone surname fits no bearer of it titled as the spouse ("President Trump" beside "first
# lady Melania Trump", "Governor Cuomo" beside "first lady Sandra Lee"); other offices may be a former
# first lady's own ("Secretary of State Clinton", "Senator Clinton" of "former first lady Hillary
# Clinton")
SPOUSED_OFFICES = frozenset(
    ("president", "vice-president", "president-elect", "premier", "governor", "mayor")
)
# honorifics by the spouse's title of their sex: "Mr Trump" is not "First Lady Melania Trump"
HONORIFIC_SPOUSES = {"mr": "lady", "mr.": "lady", "mrs": "gentleman", "mrs.": "gentleman", "ms": "gentleman"}
HONORIFIC_SPOUSES |= {"ms.": "gentleman", "miss": "gentleman"}


def _spouse_head(role: str | None) -> str | None:
    """The head of a spouse's title in a role ("first lady" -> "lady", "US First Lady"), else None."""
    if not role:
        return None
    low = role.casefold()
    if "lady" not in low and "gentleman" not in low:  # (most roles: no split)
        return None
    words = low.split()
    return next(
        (w for i, w in enumerate(words) if i and w in SPOUSE_HEADS and words[i - 1] in SPOUSE_RANKS), None
    )


def _fitting(tokens: _Tokens, c: _Candidate, options: list[_Candidate]) -> list[_Candidate] | None:
    """The bearers of a lone surname that its own title or honorific fits, where the article titles
    one of them as a spouse, which tells them apart (a couple named equally often, where the nearest
    full name decided): "President Trump", "Mr Trump" are not "first lady Melania Trump"; "first lady
    Trump", "Mrs Trump" only she (where the article names one such; else no telling). None where the
    surname's own words tell nothing."""
    spouses = {o.name: head for o in options if (head := _spouse_head(o.role))}
    if not spouses:
        return None
    own = _spouse_head(c.role)
    before = tokens.lower[c.first - 1] if c.first else ""
    # ("Mrs" is a wife's honorific; "Ms" any woman's, "Miss" an unmarried one's: the president's
    # daughter "Ms Trump", "Miss Trump" is no first lady; those fit any bearer but a gentleman, below)
    if own or before in ("mrs", "mrs."):
        fit = [o for o in options if spouses.get(o.name) == (own or "lady")]
        return fit if len({o.name for o in fit}) == 1 else None
    if before in HONORIFIC_SPOUSES:
        return [o for o in options if spouses.get(o.name) != HONORIFIC_SPOUSES[before]]
    if c.role and c.role.casefold().split()[-1].rstrip(".") in SPOUSED_OFFICES:
        # nor a bearer the article introduces by a relation ("their teenage son Barron Trump"): the
        # news names the holder's family by their relation to the holder
        kin = {o.name for o in options if o.first and tokens.lower[o.first - 1] in KIN_NOUNS}
        return [o for o in options if o.name not in spouses and o.name not in kin]
    return None


# the words before a lone surname that mark its bearer as not the titled one of the family (_principal)
NOT_THE_PRINCIPAL = frozenset({"younger", "mrs", "mrs.", "ms", "ms.", "miss"})


def _nearest(c: _Candidate, options: list[_Candidate]) -> _Candidate:
    """The full name a lone name resolves to: the nearest before it, else the first after it."""
    before = [o for o in options if o.first < c.first]
    return before[-1] if before else options[0]


def _suffixed_alone(c: _Candidate, by_key: Mapping[str, list[_Candidate]]) -> None:
    """ "Trump Jr." is the article's "Donald Trump Jr.": a surname and a suffix resolve to the full
    name that ends in both."""
    surname, suffix = c.name.casefold().rstrip(".").split()
    options = [o for o in by_key.get(surname, ()) if o.name.casefold().rstrip(".").endswith(f" {suffix}")]
    if options:
        c.name, c.type = _nearest(c, options).name, "person"


def _same_role(role: str | None, other: str) -> bool:
    """One role is the other, or ends it ("U.S. Attorney General", "Attorney General")."""
    if not role:
        return False
    a, b = role.casefold(), other.casefold()
    return a.endswith(b) or b.endswith(a)


def _first_names_alone(
    tokens: _Tokens,
    cands: list[_Candidate],
    full: list[_Candidate],
    surnames: Mapping[str, list[_Candidate]],
    lower_vocab: set[str],
) -> None:
    """A listed first name alone ("Mark", "Rochelle") is the one person of the article whose full name
    starts with it (4), when it is no surname of the article's, no organisation or place, and not
    the last word of another name ("Hurricane Katrina"); a full name whose other words the article
    writes in lower case or in capitals is no such person ("Katrina In", "Palmer Fire", "Bill BP")."""
    if not full:
        return
    firsts: dict[str, set[str]] = defaultdict(set)
    for c in full:
        first, rest = c.name.split(" ", 1)
        if not any(w.casefold() in lower_vocab or w.isupper() for w in rest.split()):
            firsts[first.casefold()].add(c.name)
    if not firsts:
        return
    for c in cands:
        if " " in c.name or c.type in ("organization", "place") or tokens.opens[c.first]:
            continue
        low = c.name.casefold()
        names = firsts.get(low)
        if names and len(names) == 1 and low not in surnames and _is_given_name(low):
            ends = {
                d.name.rsplit(" ", 1)[1].casefold() for d in cands if d.type != "person" and " " in d.name
            }
            if low not in ends:
                c.name, c.type = next(iter(names)), "person"


def _org_heads_alone(tokens: _Tokens, cands: list[_Candidate]) -> None:
    """An organisation's head alone inside a sentence ("the Court", "the Fund", "the Board") is the
    organisation of the article whose name ends in it, the nearest before it, else the first after
    (4)."""
    lone = [
        c
        for c in cands
        if " " not in c.name
        and c.name.casefold() in LONE_ORG_HEADS
        and not tokens.opens[c.first]
        and not c.name.isupper()  # "BIG GOVERNMENT": a heading's words
    ]
    if not lone:
        return
    named: dict[str, list[_Candidate]] = defaultdict(list)
    for c in cands:
        if c.type == "organization" and " " in c.name:
            named[c.name.rsplit(" ", 1)[1].casefold()].append(c)
    for c in lone:
        options = named.get(c.name.casefold())
        if options:
            c.name, c.type = _nearest(c, options).name, "organization"


def _org_firsts_alone(tokens: _Tokens, cands: list[_Candidate]) -> None:
    """A compass region's word alone, not after "the", is the article's organisation whose name
    starts with it, the nearest before it, else the first after (4): "Southwest's pilots' union",
    "Southwest, however, told" are "Southwest Airlines"; "the Southwest" stays the region. (Not any
    word alone: "Obama" is no "Obama administration", "Torbay" no "Torbay Care Trust".)"""
    lone = [
        c
        for c in cands
        if c.type == "place"
        and " " not in c.name
        and c.name.casefold() in COMPASS_REGIONS
        and (c.first == 0 or tokens.lower[c.first - 1] != "the")
    ]
    if not lone:
        return
    named: dict[str, list[_Candidate]] = defaultdict(list)
    for c in cands:
        if c.type == "organization" and " " in c.name:
            named[c.name.split(" ", 1)[0]].append(c)
    if not named:
        return
    for c in lone:
        options = named.get(c.name)
        if options:
            c.name, c.type = _nearest(c, options).name, "organization"


# the heads of a place of worship's name, which a biblical mount's or a town's name opens ("Mount
# Olive Baptist Church", "Mount Zion Temple")
WORSHIP_HEADS = _words("church chapel cathedral temple mosque synagogue tabernacle congregation")


def _churches_alone(cands: list[_Candidate]) -> None:
    """A place of two words that a place's head opens ("Mount Olive", PLACE_FIRST_HEADS) is the
    article's place of worship whose name it opens, where the article names one so (4): "CORRECTS name
    of church to Mount Olive" of an article on "Mount Olive Baptist Church". (Not any organisation:
    "Lake Pontchartrain" stays the lake beside the "Lake Pontchartrain Basin Foundation".)"""
    churches = [
        c.name
        for c in cands
        if c.type == "organization" and c.name.rsplit(" ", 1)[-1].casefold() in WORSHIP_HEADS
    ]
    if not churches:
        return
    for c in cands:
        if (
            c.type == "place"
            and c.name.count(" ") == 1
            and c.name.split(" ", 1)[0].casefold() in PLACE_FIRST_HEADS
        ):
            named = {name for name in churches if name.startswith(f"{c.name} ")}
            if len(named) == 1:
                c.name, c.type = named.pop(), "organization"


# the heads of a school's name that the news drops ("Eton" for "Eton College", "Tulane" for "Tulane
# University"; not a hospital's or a church's: "Bowen Hospital" and "Presbyterian Church" are named
# for a town and a faith, which "Bowen" and "Presbyterian" alone name)
SCHOOL_HEADS = frozenset(("school", "college", "university", "academy"))
# words before a town's name, not a school's ("pupils at Alleyn's school in Dulwich": "Dulwich College"
# is another school; but "went to Eton", "a spokesman for Eton")
TOWN_BEFORE = frozenset(("in", "near", "between", "outside", "around"))


def _institutions_alone(tokens: _Tokens, cands: list[_Candidate]) -> None:
    """A word alone that the article's one school, college or university of two words opens ("Eton
    College"), and that nothing but a speech verb typed ("a spokesman for Eton said", "Swine flu
    shuts Eton"), is that school (4): the news shortens a school to its first word as it does a
    person to the surname. (Not a word a title, role or apposition gave a person, nor one typed a
    place: "Boston" of "Boston College"; nor a town's: "in Dulwich".)"""
    named: dict[str, set[str]] = defaultdict(set)
    for c in cands:
        if c.type == "organization" and c.name.count(" ") == 1:
            first, head = c.name.split(" ")
            if head.casefold() in SCHOOL_HEADS:
                named[first].add(c.name)
    if not named:
        return
    for c in cands:
        if (
            (c.type is None or c.type == "person" and c.evidence <= {"verb"} and not c.role)
            and c.name in named
            and len(named[c.name]) == 1
            and (c.first == 0 or tokens.lower[c.first - 1] not in TOWN_BEFORE)
        ):
            c.name, c.type = next(iter(named[c.name])), "organization"


def _storms_alone(tokens: _Tokens, cands: list[_Candidate]) -> None:
    """A word alone that nothing typed, inside a sentence, is the article's one storm named by it:
    "Henri" is "Hurricane Henri" (4)."""
    lone = [c for c in cands if c.type is None and " " not in c.name and not tokens.opens[c.first]]
    if not lone:
        return
    ends: dict[str, set[str]] = defaultdict(set)
    for c in cands:
        if c.type is None and " " in c.name and c.name.casefold().startswith(STORMS):
            ends[c.name.rsplit(" ", 1)[1]].add(c.name)
    if not ends:
        return
    for c in lone:
        names = ends.get(c.name)
        if names and len(names) == 1:
            c.name = next(iter(names))


def _best_roles(cands: list[_Candidate]) -> None:
    """Every mention of a person carries the person's best role (4), relative roles resolved (2d)."""
    people: dict[str, list[_Candidate]] = defaultdict(list)
    for c in cands:
        if c.type == "person":
            people[c.name].append(c)
    plain: dict[str, str] = {}
    for name, group in people.items():
        role = _voted_role([c.role for c in group if c.role and not c.relative])
        if role is not None:
            plain[name] = role
    resolved: dict[str, str] = {}
    for name, group in people.items():
        for c in group:
            if not (c.role and c.relative):
                continue
            anchor = next(
                (
                    d
                    for d in reversed(cands)
                    if d.first < c.first
                    and d.sentence == c.sentence
                    and d.type == "person"
                    and d.name != name
                ),
                None,
            )
            if anchor and anchor.name in plain:
                resolved[name] = _relative_role(c.role, c.relative, plain[anchor.name])
                break
    for name, group in people.items():
        role = resolved.get(name) or plain.get(name)
        if role is None:
            role = _voted_role([c.role for c in group if c.role])
        for c in group:
            c.role = role


def _voted_role(roles: list[str]) -> str | None:
    """The best of a person's roles (_best_role); most people have one role or none, and no votes
    to count."""
    if not roles:
        return None
    first = roles[0]
    if roles.count(first) == len(roles):
        return first
    return _best_role(Counter(roles))


# the heads of an office's titles (TITLE_HEADS, "head of ...", "first lady"), less a military rank's,
# which an apposition outranks as it does before a name (types._apposition: "top Ukraine expert on the
# National Security Council" over "Lt. Col.")
OFFICE_HEADS = (TITLE_HEADS | {"head", "lady"}) - {rank.rstrip(".") for rank in RANKS} - RANKS
# ... of which those that head any group's role and alone say nothing ("chief" over "Admiral", "leader"
# over "commentator", "head" over "leader": heap digest events; "candidate" over "Fox News host", Mike
# Huckabee's, cut from "former Republican presidential candidate"; "officer" over "Halliburton
# executive", Tim Probert's, cut from "health, safety and environment officer"), no office's title
# without another word
BARE_HEADS = frozenset(("chief", "leader", "head", "candidate", "nominee", "officer"))


def _occupation(words: list[str]) -> bool:
    """A role that says what one does ("Halliburton executive"), no military rank alone ("General",
    "Lt. Col.") nor a role said of another's (RELATIVE_ROLES: "Democratic successor")."""
    rank = all(word in RANKS or f"{word}." in RANKS for word in words)
    return not rank and not any(word in RELATIVE_ROLES for word in words)


def _best_role(votes: Counter[str]) -> str:
    """The most specific role the votes agree on: "US President" (1 vote) over "President" (2),
    since it carries their votes too; then the most voted, then the longest. A role that holds an
    office's head (OFFICE_HEADS) outranks those that hold none, an occupation's or a life's
    ("Democratic Missouri Rep." over "nurse and mother of two", Cori Bush)."""
    words = {role: _norm(role).split() for role in votes}
    titled = {
        role
        for role, ws in words.items()
        if not OFFICE_HEADS.isdisjoint(ws) and not (len(ws) == 1 and ws[0] in BARE_HEADS)
    }
    if titled and len(titled) < len(votes):
        # a title of one word outranks the others only with as many votes as the most voted of them:
        # "President" once, cut from a division's "President , Global Business Lines" (Tim Probert),
        # is no office over "Halliburton executive" three times. A rank is no other (Pervez
        # Musharraf's "President" over "General"), nor a relative's role left unresolved (Joe
        # Biden's "President" over "Democratic successor" twice)
        most = max(
            (n for role, n in votes.items() if role not in titled and _occupation(words[role])), default=0
        )
        titled = {role for role in titled if len(words[role]) > 1 or votes[role] >= most}
    if titled and len(titled) < len(votes):
        votes = Counter({role: n for role, n in votes.items() if role in titled})

    def support(role: str) -> int:
        mine = words[role]
        return sum(n for other, n in votes.items() if mine[len(mine) - len(words[other]) :] == words[other])

    # the text itself breaks the last ties: votes arrive in set order, which varies run to run
    return max(votes, key=lambda r: (support(r), votes[r], len(r), r))


# "former" before an office, in any case ("Former U.S. President" opening a sentence)
FORMER = re.compile(r"^former\s+", re.I)


def _relative_role(own: str, relative: str, anchor_role: str) -> str:
    """ "his Chinese counterpart" of the "US Secretary of State" -> "Chinese Foreign Minister"."""
    # the anchor's office, not its "former" ("Former U.S. President Barack Obama ... his successor,
    # Donald Trump": successor as President, no "Former")
    anchor_office = FORMER.sub("", anchor_role)
    if relative == "former":
        return f"former {anchor_office}"
    if relative == "successor":
        return f"successor as {NATIONALITY_PREFIX.sub('', anchor_office)}"
    office = NATIONALITY_PREFIX.sub("", anchor_role)
    for pattern, name in COUNTERPART_OFFICES:
        if pattern.search(office):
            office = name
            break
    # the nationality of the counterpart is what stands before "counterpart" ("Chinese")
    words = own.split()
    idx = next((i for i, w in enumerate(words) if w.casefold() == "counterpart"), len(words))
    qualifier = " ".join(w for w in words[:idx] if w.casefold() not in ROLE_MODIFIERS)
    qualifier = re.sub(r"^\S+['’]s\s*", "", qualifier)  # "Biden's" names the anchor, not the country
    return f"{qualifier} {office}".strip()
