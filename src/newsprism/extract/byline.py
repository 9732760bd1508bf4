"""Bylines and outlet names in plain-text news pages.

    parse_byline(line)        -> author names in a byline line ("By Jane Doe and John Roe",
                                 "Jane Doe, Reuters"), or () when the line is not a byline
    looks_like_person(line)   -> whether a lone line is a person's name (2-3 capitalised words,
                                 none of them a common or page-furniture word)
    lone_name(line)           -> whether a lone line names the author (a person's name with a
                                 given name first, or no news word and not in a list)
    outlet_line(line)         -> the outlet a line names ("Tribune News Service"), or None

Precision first: a lone name line is only taken by `extract.text` when it sits next to the body.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from newsprism.analyse import places

# the given names and news words that analyse/entities reads too: one copy of each list in memory
from newsprism.analyse.entities.vocabulary import _given_names, _news_words
from newsprism.extract.textdate import known_place, place_case
from newsprism.extract.textlines import FUNCTION_WORDS

__all__ = [
    "is_big_city",
    "lone_name",
    "looks_like_person",
    "outlet_line",
    "parse_byline",
    "split_glued_dateline",
]

# Words that are never part of a person's name line: function words, page furniture, sections,
# months and days. Title-case lines made of these ("Top News", "View All", "Stay Connected") are the
# usual false positives of a capitalised-words rule.
_NOT_NAME_WORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "across",
        "after",
        "all",
        "also",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "by",
        "can",
        "com",
        "comments",
        "connected",
        "contact",
        "copyright",
        "day",
        "days",
        "do",
        "edition",
        "editor",
        "editorial",
        "email",
        "english",
        "for",
        "from",
        "get",
        "has",
        "have",
        "home",
        "in",
        "is",
        "it",
        "its",
        "latest",
        "live",
        "log",
        "login",
        "more",
        "most",
        "my",
        "new",
        "news",
        "no",
        "not",
        "now",
        "of",
        "on",
        "online",
        "or",
        "our",
        "out",
        "page",
        "photo",
        "photos",
        "post",
        "posted",
        "press",
        "print",
        "read",
        "register",
        "related",
        "reply",
        "report",
        "reporter",
        "reuters",
        "search",
        "section",
        "see",
        "service",
        "share",
        "show",
        "sign",
        "skip",
        "staff",
        "stay",
        "story",
        "subscribe",
        "the",
        "this",
        "to",
        "today",
        "top",
        "trending",
        "updated",
        "us",
        "video",
        "view",
        "was",
        "we",
        "weather",
        "week",
        "what",
        "when",
        "who",
        "with",
        "world",
        "you",
        "your",
        "advertisement",
        "agency",
        "associated",
        "bureau",
        "desk",
        "correspondent",
        "writer",
        "business",
        "sports",
        "politics",
        "opinion",
        "analysis",
        "entertainment",
        "health",
        "science",
        "technology",
        "tech",
        "travel",
        "local",
        "national",
        "international",
        "breaking",
        "exclusive",
        "follow",
        "menu",
        "next",
        "previous",
        "back",
        "privacy",
        "terms",
        "cookies",
        "accept",
        "articles",
        "article",
        "tags",
        "tag",
        "about",
        "author",
        "authors",
        "newsletter",
        "media",
        "group",
        "times",
        "daily",
        "herald",
        "post",
        "tribune",
        "journal",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "am",
        "pm",
        "gmt",
        "est",
        "ist",
        "utc",
    ]
)
# A name and an agency after a comma, a bar or a slash ("John Smith, Reuters"; parse_byline's step
# 2); compiled once: parse_byline reads every headline candidate of a text dump
_AGENCY_SPLIT = re.compile(r"\s*[,|/]\s*")
_NAME_TOKEN = re.compile(r"^(?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?|[A-Z]\.|Mc[A-Z][a-z]+|O['’][A-Z][a-z]+)$")
_BY = re.compile(
    r"^(?P<posted>posted by\b)?(?(posted)|(?:by|von|written by|words by|story by|reporting by|contributed by))\s*:?\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
# A date, time or "Updated ..." stamp after the names of a byline, up to the line's end:
# "By Chris Wilson 14/01/2008", "By Jane Doe | 02:30 PM ET, 08/15/2012", "By Jane Doe on Friday,
# January 18, 2008", "By: Ryan McNeill Last Updated: 1/14/08 11:15 AM ET", "By Jane Doe 2020-02-20
# 13:52:51 UTC". A month name counts only before a day number ("By April Smith" keeps its name).
_MONTH = r"(?:jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz])[a-zä]*\.?"  # English, German
_DATE = rf"\d{{1,4}}[/.-]\d{{1,2}}(?:[/.-]\d{{2,4}})?\b|\d{{1,2}}:\d\d|{_MONTH}\s+\d{{1,2}}\b|\d{{1,2}}\.?\s+{_MONTH}(?!\w)"
_STAMP = re.compile(
    r"(?:\s*[|·,;–—-])?\s+(?:(?:last\s+)?(?:updated|modified|published|posted)\s*:?\s*|on\s+|at\s+)?"
    rf"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:{_DATE}).*$",
    re.IGNORECASE,
)
# A role or an outlet glued to a byline's name with no separator (BBC: "By Mark Kinver Environment
# reporter, BBC News", "By Michael Goldfarb Writer and broadcaster", "By Jane O'Brien BBC,
# Washington"): the name ends before it. A capitalised word before a role in lower case is the
# role's beat ("Environment reporter"); before a capitalised role it is the name's ("Goldfarb Writer").
_GLUED_ROLE = re.compile(
    r"\s+(?:(?P<beat>[A-Z][a-z]+)\s+)?(?P<role>(?i:reporter|correspondent|writer|editor|columnist"
    r"|broadcaster|producer|analyst)s?)\b|\s+(?:BBC|CNN|Reuters|AP|AFP|Associated Press)\b"
)
_SPLIT_NAMES = re.compile(r"\s*(?:,|&|\band\b)\s*", re.IGNORECASE)
_ROLE_TAIL = re.compile(
    r"\s*(?:[|,/–—-]|\bin\b|\bfor\b)\s*(?:the\s+)?(?:[A-Z][\w.&]*\s*){0,4}"
    r"(?:staff|reporter|correspondent|writer|editor|bureau|news|press|reuters|ap|afp)?.*$",
    re.IGNORECASE,
)
_OUTLET = re.compile(
    r"^(?:The\s+)?(?P<name>(?:[A-Z][\w&.'’-]*\s+){0,3}(?:News Service|News Agency|Wire Service|Newswire"
    r"|Press Trust of India|Associated Press|Agence France-Presse|Reuters|Bloomberg News))$"
)
_AGENCY_NAMES = frozenset({"reuters", "ap", "afp", "pti", "ians", "ani", "upi", "xinhua", "bloomberg", "dpa"})


def looks_like_person(line: str) -> bool:
    """A line that is nothing but a person's name: 2 or 3 capitalised tokens, no furniture words."""
    tokens = line.strip().split()
    if not 2 <= len(tokens) <= 3 or len(line) > 40:
        return False
    if tokens[0].endswith(".") and len(tokens[0]) == 2 and len(tokens) == 2:
        return False  # "J. Doe" is fine only with three tokens; "A. B" is too thin
    for t in tokens:
        if not _NAME_TOKEN.match(t) or (t[-1] != "." and t.lower() in _NOT_NAME_WORDS):
            return False
    return not all(t.endswith(".") for t in tokens)


def lone_name(
    line: str, after_by: bool = False, english: Callable[[], bool] | None = None, in_list: bool = False
) -> bool:
    """A line of its own that names the page's author: a person's name (looks_like_person) whose
    first word is a given name (analyse/data/given_names.txt) or none of whose words is a news word
    (analyse/data/word_df.txt, any case), or any name under a lone "By" (`after_by`). Menus and
    boxes print their labels in title case ("Sponsored Links", "Guardian Unlimited", "Send
    Feedback", "Malaysia Sun"); names not in the given-name list keep no common word ("Aliyah
    Frumin", "Uriel Gadessaud"). No word twice, no outlet's name.

    The news words are English ones: on a page in another language (`english`, asked only here,
    says False) a label has none ("Verwandte Themen", "Soziale Medien", "Unsere Empfehlungen"), so
    a given name is needed there. A first word that is a place's name (textdate.known_place) and no
    given name is a team's or a site's ("Scunthorpe Utd", "Charleroi Actu"). A line standing in a
    list (`in_list`: between two menu or list lines, extract.text's) needs a given name too: it is
    an item ("Other Stories", "Halla Bol", "My Name is Anthony Gonsalves"; "Sports Section
    Sponsors", "Advertiser Directory", "Advertising Information")."""
    if not looks_like_person(line) or outlet_line(line):  # "Agence France-Presse"
        return False
    words = line.lower().split()
    if len(set(words)) < len(words):  # a button printed twice ("Liken Liken", "Precedente Precedente")
        return False
    if after_by or words[0] in _given_names():
        return True
    return (
        not in_list
        and _news_words().isdisjoint(words)
        and not known_place(line.split()[0])
        and (english is None or english())
    )


def _clean_name(chunk: str) -> str | None:
    chunk = chunk.strip(" .,;:|-–—")
    if looks_like_person(chunk):
        return chunk
    if chunk.isupper() and looks_like_person(chunk.title()):
        return chunk.title()
    return None


def _caps_name(chunk: str) -> str | None:
    """A wire byline's name in capitals before its role ("JOSEPH WHITE AP Sports Writer", "TARIQ
    PANJA Associated Press Writer"): the leading run of upper-case words, less an agency's."""
    tokens = chunk.split()
    run = 0
    while run < len(tokens) and tokens[run].isupper():
        run += 1
    while run and tokens[run - 1].lower() in _AGENCY_NAMES:
        run -= 1
    return _clean_name(" ".join(tokens[:run])) if 2 <= run < len(tokens) else None


# A city this large glued after a byline's names, before its stamp, is the writer's dateline ("By
# Peter Sayer Paris | Monday, 14 January, 2008"). The floor keeps towns that are surnames ("By Mary
# Anne Wilson | May 2"): each city name of a million people or more that is a surname too
# ("Houston") costs a name only on a byline of three names or more.
GLUED_CITY_MIN_POPULATION = 1_000_000


@functools.cache
def _big_cities() -> frozenset[str]:
    return frozenset(places.city_names(GLUED_CITY_MIN_POPULATION))


def is_big_city(name: str) -> bool:
    """Whether `name` names a city of GLUED_CITY_MIN_POPULATION people or more, as written."""
    return name in _big_cities()


# A dateline's city in capitals glued to the end of a headline in lower case ("... with hybrid
# human-animal embryos LONDON": the page printed the headline and the dateline with no break
# between them): a big city (is_big_city) is the dateline, not the headline's
_GLUED_DATELINE = re.compile(r"[a-z0-9.,'’\"]\s+([A-Z][A-Z]{2,}(?: [A-Z]{3,})?)$")


def split_glued_dateline(headline: str) -> tuple[str, str | None]:
    """`headline` without a big city's name glued to its end in capitals, and that city in title
    case ("... embryos LONDON" -> ("... embryos", "London")); else `headline` and None. After a
    function word the capitals are the headline's own ("Live from LONDON", "Our man in HAVANA"):
    a headline does not end on a preposition, an article or a conjunction (FUNCTION_WORDS)."""
    glued = _GLUED_DATELINE.search(headline)
    if glued is None or not is_big_city(glued[1].title()):
        return headline, None
    last = headline[: glued.start() + 1].rsplit(None, 1)[-1].strip(".,'’\"")
    if last.lower() in FUNCTION_WORDS:
        return headline, None
    return headline[: glued.start() + 1], place_case(glued[1])


def _drop_glued_city(names: str) -> str:
    """`names` less a big city glued after them ("Peter Sayer Paris" -> "Peter Sayer")."""
    head, _, last = names.rstrip().rpartition(" ")
    if len(head.split()) >= 2 and is_big_city(last) and looks_like_person(head):
        return head
    return names


def _glued_role_name(chunk: str) -> str | None:
    """The name before a role or outlet glued to it (_GLUED_ROLE), or None."""
    m = _GLUED_ROLE.search(chunk)
    if m is None:
        return None
    end = m.start("role") - 1 if m.group("beat") and m.group("role")[0].isupper() else m.start()
    return _clean_name(chunk[:end])


def parse_byline(line: str, posted: bool = False) -> tuple[str, ...]:
    """The authors named by a byline line, or () when the line is not one.

    1. "By Jane Doe", "By JANE DOE and John Roe", "By Jane Doe, Reuters", "By Jane Doe | Staff writer",
       "Von Jane Doe", "By Jane Doe 14/01/2008" (a date, time or "Updated" stamp after the names goes)
    2. "Jane Doe, Reuters" / "Jane Doe | AP": a name followed by a news agency
    `posted`: "Posted by Jane Doe on March 25, 2013" is a byline too (above the body; below it such a
    line signs a comment: "Posted by nolasad on 01/13/08").
    """
    line = line.strip()
    if not line or len(line) > 120:
        return ()
    m = _BY.match(line)
    if m and m.group("posted") and not posted:
        return ()
    if m:  # 1.
        rest = _STAMP.sub("", m.group("rest"))
        if rest != m.group("rest"):  # a dateline's city between the name and the stamp goes
            rest = _drop_glued_city(rest)
        names: list[str] = []
        for chunk in _SPLIT_NAMES.split(rest):
            if chunk.strip().lower().strip(".") in _AGENCY_NAMES:
                break
            name = (
                (None if names else _glued_role_name(chunk))  # after a comma: "Digital Channel Editor"
                or _clean_name(chunk)
                or _clean_name(_ROLE_TAIL.sub("", chunk))
                or _caps_name(chunk)
            )
            if name is None:
                break
            names.append(name)
        return tuple(names)
    if "," not in line and "|" not in line and "/" not in line:
        return ()  # 2. needs two parts (most lines read here are headline candidates: no mark)
    parts = _AGENCY_SPLIT.split(line)  # 2.
    if len(parts) == 2 and parts[1].lower().strip(".") in _AGENCY_NAMES:
        name = _clean_name(parts[0])
        return (name,) if name else ()
    return ()


def outlet_line(line: str) -> str | None:
    """The outlet a short line names ("Tribune News Service"), or None."""
    line = line.strip()
    if len(line) > 60:
        return None
    m = _OUTLET.match(line)
    return line if m else None
