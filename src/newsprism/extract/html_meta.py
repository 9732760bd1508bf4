"""Headline, authors and outlet of an HTML news page.

    page_meta(tree) -> PageMeta                     the <title>, meta tags and JSON-LD, read once
    headline(meta, blocks, body_start) -> str | None
    authors(meta, blocks, body_start, outlet) -> tuple[str, ...]
    outlet(meta, url) -> str | None

The gold headline is the on-page headline, not the <title> with its site suffix, so `headline`
looks for a block of the page that the title (or og:title / JSON-LD headline) contains, and only
then trims the title itself.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from newsprism.extract.html_blocks import Block
from newsprism.extract.sitenames import (
    SECTION_MAX_TOKENS,
    UNSPACED_CHARS,
    content_words,
    names_domain,
    normalise,
    reads_as_site_name,
    title_sections,
)

__all__ = ["PageMeta", "authors", "clean_author", "headline", "outlet", "page_meta", "trim_title"]

# a headline is 2..HEADLINE_MAX_TOKENS word tokens; 40 covers the longest gold headline in the
# dev sets (34 tokens) with room to spare
HEADLINE_MAX_TOKENS = 40
# blocks this far (in blocks) before the first body block may be the headline when nothing on the
# page matches the title; 8 is set by hand from l3s_gn1 pages (headline, deck, byline, date, tools)
HEADLINE_WINDOW = 8

# a heading outranks a plain block this many tokens longer; set by hand, not tuned
HEADING_BONUS = 3.0
# plain (non-heading) blocks this far before the first body block may be the headline when the
# title names only the site: headline, deck, date, byline and a tools line sit there on l3s_gn1
PLAIN_HEADLINE_WINDOW = 4
# the body's opening that a headline should share a content word with: 98% of the dev gold
# headlines share one with their gold body (the rest are puns: "Slammer for Rammer")
BODY_OVERLAP_CHARS = 3000
# a block this short with a page tool's word in it is the tool's label; longer headlines may
# name the thing ("Google to share ad revenue with ...")
TOOL_MAX_TOKENS = 6
# a <title> longer than this is markup swallowed by an unclosed tag, not a title
TITLE_MAX_CHARS = 300
# a "word" this long is a machine id ("20080101T064242Zafp.com2008...urn:newsml:afp.com:..."): the
# longest word of the dev gold headlines has 15 characters ("Vulnerabilities"); English words
# past 25 are rare even in compounds
ID_MIN_CHARS = 30
# a block with a year but no other date or time is a headline's year ("... at CES 2008") from this
# many words on, else a date line; set by hand, not tuned
YEAR_HEADLINE_MIN_WORDS = 5
# Body-anchored fallback: a block in the HEADLINE_WINDOW blocks before the body, or the first
# ANCHOR_AFTER blocks from its start (a section label can open the body: "Sci. & Tech."), that
# shares at least ANCHOR_MIN_SHARED content words with the body's opening (one shared word is
# often a section's: "Global", "Sports"). A title part sharing less than WEAK_SHARE of its content
# words with the body (a site's description: "Leading News Resource of Pakistan") yields to such a
# block sharing at least twice its share. Set by hand while reading dev failures, not tuned: half
# of a real headline's content words are in the body's opening for 80% of dev gold headlines.
ANCHOR_AFTER = 2
ANCHOR_MIN_SHARED = 2
WEAK_SHARE = 0.5

# a word; in a script written without spaces (sitenames.UNSPACED_CHARS: Chinese, Japanese, Thai)
# one character, so that the counts of words here (HEADLINE_MAX_TOKENS, a title's pieces, a machine
# id's ID_MIN_CHARS) read such text: a "\w+" run there is a whole clause, and a headline ("東京で地震")
# was one token while its body's paragraph, a few, passed for the headline
_TOKEN = re.compile(f"[{UNSPACED_CHARS}]|[^\\W{UNSPACED_CHARS}]+")
_YEAR = re.compile(r"(?:19|20)\d\d")
# a month's or a weekday's name
_DATE_WORD = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(r"©|\(c\)|copyright", re.IGNORECASE)
_DATELINE_LIKE = re.compile(
    r"\b(\d{1,2}:\d\d|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d|\d{4})\b", re.IGNORECASE
)
# separators between a headline and the site/section names in a <title>
_TITLE_SEP = re.compile(r"\s+[|–—\-:»«~/•·]+\s+|\s*\|\s*|\s*::\s*|\s+>\s+|\s*--\s*|_(?=[A-Z])")
# separators between a menu's or breadcrumb's items
_MENU_SEP = re.compile(r"\s*[|•·»›>:]\s*|\s{2,}")
# a sentence's end, at the end of a block or inside it after a lower-case word ("... logged in.
# Click here ..."; not "Mrs. Clinton")
_SENTENCE_END = re.compile(r"(?:[a-z]{2}|\d)\.$|\b[a-z]{2,}\.\s+[A-Z]")
# a sentence's full stop, maybe inside a bracket or quote ("... by sports daily AS.", "(LTTE).")
_ENDS_SENTENCE = re.compile(r"[^.]\.[)\]\"'”’]*$")
# a photo caption's credit ("... killed at least 33 separatists [EPA]")
_CAPTION_CREDIT = re.compile(r"\[[^\]]{1,30}\]$")
# a news agency's NewsML header printed as one block (AFP's: "...urn:newsml:afp.com:...
# 20080101T064202Z20080101T064202ZNew York City's carriage horses may disappearby Paola
# MessanaNEW YORK (AFP)© 2008 AFP..."): after two timestamps the headline, then maybe a byline
# glued to it, then the dateline with the agency
_NEWSML_HEADLINE = re.compile(
    r"(?:\d{8}T\d{6}Z){2}(?P<headline>\S.+?)(?:by ?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} ?)?"
    r"[A-Z][A-Z .'-]*[A-Z] \((?:AFP|AP|Reuters)\)"
)
_MENU_ITEMS = re.compile(r"\s[|>»]\s")
# a page tool's or a login box's words: never in a headline this short
_TOOLS = re.compile(
    r"\b(?:share|print|e-?mail|comments?|log ?in|sign in|register|subscribe|search|click|text size|font size|"
    r"(?:refer|send|tell|forward)(?: (?:this|it))? to a friend|tell a friend)\b",
    re.IGNORECASE,
)
_BY = re.compile(r"^\s*(?:posted\s+by|written\s+by|words\s+by|by)\s*[:\-]?\s*", re.IGNORECASE)
_AUTHOR_NOISE = re.compile(
    r"\b(staff|writer|reporter|correspondent|editor|contributor|columnist|associated press|reuters|"
    r"afp|ap|bloomberg|updated|posted|published|email|e-mail)\b.*$",
    re.IGNORECASE,
)
_DATEISH = re.compile(
    r"(\s+(on|at|updated|posted))?\s*\b(\d{1,2}[/.:-]\d{1,2}|\d{4}|"
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|"
    r"(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?\b).*$",
    re.IGNORECASE,
)
_NAME_WORD = re.compile(r"^[A-ZÀ-Þ][\w'’.\-]*$|^(de|van|von|da|del|der|la|le|bin|al)$")
# words that make a "byline" an organisation, not a person
_ORGANISATION = re.compile(
    r"^the\b|\.(com|net|org|co)\b|\b(news|newswire|network|press|times|post|herald|tribune|journal|"
    r"editors?|staff|daily|online|sports?|media|wire|agency|services?|magazine|radio|tv|television)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class PageMeta:
    """What the page says about itself in <head> and JSON-LD."""

    title: str | None = None  # the <title>
    meta: dict[str, str] = field(default_factory=dict)  # name/property (lower case) -> content
    ld_headline: str | None = None
    ld_authors: tuple[str, ...] = ()
    ld_publisher: str | None = None
    canonical: str | None = None  # <link rel="canonical"> or og:url
    h1: str | None = None  # the first <h1>'s text


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def _ld_objects(data: object) -> Iterator[dict]:
    if isinstance(data, list):
        for item in data:
            yield from _ld_objects(item)
    elif isinstance(data, dict):
        yield data
        graph = data.get("@graph")
        if graph is not None:
            yield from _ld_objects(graph)


def _names(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []


def page_meta(tree: HtmlElement) -> PageMeta:
    """Read <title>, <meta> and JSON-LD once."""
    title_el = tree.find(".//title")
    title = _clean(title_el.text_content()) if title_el is not None else None
    h1_el = tree.find(".//h1")
    meta: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        content = _clean(el.get("content"))
        if key and content and key not in meta:
            meta[key] = content
    ld_headline, ld_publisher = None, None
    ld_authors: list[str] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        for obj in _ld_objects(data):
            kind = obj.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if not any(
                isinstance(k, str) and ("Article" in k or k in ("Report", "BlogPosting")) for k in kinds
            ):
                continue
            if ld_headline is None and isinstance(obj.get("headline"), str):
                ld_headline = _clean(obj["headline"])
            ld_authors.extend(_names(obj.get("author")))
            pub = _names(obj.get("publisher"))
            if ld_publisher is None and pub:
                ld_publisher = _clean(pub[0])
    return PageMeta(
        title=title or None,
        meta=meta,
        ld_headline=ld_headline or None,
        ld_authors=tuple(ld_authors),
        ld_publisher=ld_publisher,
        h1=_clean(h1_el.text_content()) if h1_el is not None else None,
    )


def _norm_tokens(text: str) -> list[str]:
    return [t.casefold() for t in _TOKEN.findall(unicodedata.normalize("NFKC", text))]


def _contains(hay: Sequence[str], needle: Sequence[str]) -> bool:
    n = len(needle)
    return any(list(hay[i : i + n]) == list(needle) for i in range(len(hay) - n + 1))


def trim_title(title: str, site_names: Sequence[str] = ()) -> str:
    """The headline part of a <title>: the longest segment between separators that is not a
    site name ("Taiwan vote may boost ties | Seattle Times" -> "Taiwan vote may boost ties")."""
    title = _clean(title)
    parts = [p.strip() for p in _TITLE_SEP.split(title) if p and p.strip()]
    sites = {" ".join(_norm_tokens(s)) for s in site_names if s}
    parts = [p for p in parts if " ".join(_norm_tokens(p)) not in sites] or parts
    if not parts:
        return title
    return max(parts, key=lambda p: len(_TOKEN.findall(p)))


def _usable_title(text: str | None) -> str | None:
    """A <title> as lxml read it; an unclosed <title> swallows the page's markup, which is cut off."""
    if not text:
        return None
    text = _clean(text.split("<", 1)[0])
    return text if text and len(text) <= TITLE_MAX_CHARS else None


def _section_links(blocks: Sequence[Block]) -> set[str]:
    """Section-sized link texts of the page's menus and breadcrumbs ("Rugby Union", "Premier
    League"), normalised."""
    return {
        name
        for b in blocks
        if b.link_chars * 2 >= len(b.text)
        for p in _MENU_SEP.split(b.text)
        if 0 < len((name := normalise(p)).split()) <= SECTION_MAX_TOKENS
    }


@dataclass(frozen=True, slots=True)
class _SiteNames:
    """What names the publication or a section of it, for telling such names from a headline."""

    outlets: frozenset[str]  # og:site_name, application-name, JSON-LD publisher, normalised
    sections: frozenset[str]  # the <title>'s section-sized segments
    links: frozenset[str]  # section-sized menu link texts
    page_names: frozenset[str]  # blocks that read as a site name ("WORLD SOCCER"), normalised
    # the headline as the page's metadata gives it alone (`_own_headlines`), normalised
    own: frozenset[str] = frozenset()

    def named(self, text: str) -> bool:
        """True when `text` reads as the publication's or a section's name, not a headline:
        (a) og:site_name or the like, (b) a short segment of the <title> or (c) a menu link
        elsewhere on the page, (d) a short all-caps line ("TOP STORIES"), (e) a domain name
        ("Goal.com"), (f) a short name ending in a newspaper word ("Winona Daily News"), or (g) the
        words of a block that reads as (d)-(f) written otherwise ("World Soccer" beside "WORLD
        SOCCER"). The page's own headline (`own`) is a name by (a) and (d)-(f) only: its metadata
        gives it alone, so a section's name or a menu link that it equals is its own ("Indonesia |
        Greenpeace International" over a page with "Indonesia" in the breadcrumb)."""
        norm = normalise(text)
        if norm in self.own:
            return norm in self.outlets or reads_as_site_name(text)
        return (
            norm in self.outlets
            or norm in self.sections
            or norm in self.links
            or norm in self.page_names
            or reads_as_site_name(text)
        )


def _own_headlines(headlines: Sequence[str], outlets: frozenset[str], h1: str | None) -> frozenset[str]:
    """The metadata headlines (JSON-LD, og:title, twitter:title) that are one segment beside the
    outlet's name ("Scherenschnitt (3)", "Penny - Stardew Valley Wiki" with og:site_name "Stardew
    Valley Wiki"): that segment; and the page's first <h1> where it is a segment of one
    ("Bielersee-Winterhechte" of "Bielersee-Winterhechte | petri-heil.ch | Dein Schweizer
    Fischereimagazin"); normalised."""
    own = set()
    first = normalise(h1) if h1 else None
    for h in headlines:
        parts = [n for p in _TITLE_SEP.split(h) if p and (n := normalise(p)) and n not in outlets]
        if len(parts) == 1:
            own.add(parts[0])
        elif first in parts:
            own.add(first)
    return frozenset(own)


def _site_names(meta: PageMeta, blocks: Sequence[Block], headlines: Sequence[str] = ()) -> _SiteNames:
    outlets_given = (meta.meta.get("og:site_name"), meta.meta.get("application-name"), meta.ld_publisher)
    outlets = frozenset(normalise(o) for o in outlets_given if o)
    return _SiteNames(
        outlets=outlets,
        sections=frozenset(title_sections(_TITLE_SEP.split(_usable_title(meta.title) or ""))),
        links=frozenset(_section_links(blocks)),
        page_names=frozenset(normalise(b.text) for b in blocks if reads_as_site_name(b.text)),
        own=_own_headlines(headlines, outlets, meta.h1),
    )


def _headline_shaped(b: Block, min_tokens: int, link_ok: bool = False) -> bool:
    """A block that may be a headline: not a link (unless `link_ok`), a byline, a date line, a
    machine id or spaced-out letters."""
    tokens = _TOKEN.findall(b.text)
    n = len(tokens)
    return (
        # letters spaced out for a logo ("e C e n t r a l") are no words
        sum(len(t) > 1 for t in tokens) * 2 >= n
        and min_tokens <= n <= HEADLINE_MAX_TOKENS
        and (link_ok or b.link_chars < len(b.text) / 2)
        and not (n < 12 and _date_line(b.text, tokens))
        and not _BY.match(b.text)
        and not any(len(t) >= ID_MIN_CHARS for t in tokens)
    )


def _date_line(text: str, tokens: list[str]) -> bool:
    """A short block with a date or a time in it: a date line ("Published: January 9, 2008",
    "Jan 16 2008 2:48 PM EST"); a year alone is one only among few words ("© 2008 The Daily
    Example"), as headlines name years ("Magellan(R) Comes Out in Force at CES 2008")."""
    found = [m.group(0) for m in _DATELINE_LIKE.finditer(text)]
    if not found:
        return False
    if any(not _YEAR.fullmatch(f) for f in found) or _DATE_WORD.search(text) or _COPYRIGHT.search(text):
        return True
    return sum(not t.isdigit() for t in tokens) < YEAR_HEADLINE_MIN_WORDS


# a class/id word that names an element a title or headline ("entry-title", "readArticleTitle"),
# not a subtitle
_TITLE_HINT = re.compile(r"(?<!sub)(?:title|headline)$")


def _plain_headline(b: Block) -> bool:
    """A plain block that may be a headline: headline-shaped, and not a sentence, a menu or
    breadcrumb ("Home > Sports > Story"), a label ("Search Site:") or a tool ("Share this story")."""
    return (
        _headline_shaped(b, 2)
        and not _SENTENCE_END.search(b.text)
        and not b.text.endswith(":")
        and not _MENU_ITEMS.search(b.text)
        and not _CAPTION_CREDIT.search(b.text)
        and not _tool(b.text)
    )


def _tool(text: str) -> bool:
    """A page tool's or login box's label ("Share this with friends", "Text Size")."""
    return len(_TOKEN.findall(text)) <= TOOL_MAX_TOKENS and bool(_TOOLS.search(text))


@dataclass(frozen=True, slots=True)
class _Candidate:
    text: str
    from_title: bool = False  # the whole title or its trimmed part, or a block that only it names
    on_page: bool = True  # a block of the page, not the title's text


def _contained(candidates: Sequence[Block], ref_tokens: list[list[str]]) -> list[Block]:
    """The blocks that a title contains, the longest first (a heading counts HEADING_BONUS more)."""
    found: list[tuple[float, int, Block]] = []
    for i, b in enumerate(candidates):
        toks = _norm_tokens(b.text)
        truncated = b.text.endswith(("...", "…"))
        if (
            2 <= len(toks) <= HEADLINE_MAX_TOKENS
            and not truncated
            and any(_contains(rt, toks) for rt in ref_tokens)
        ):
            found.append((len(toks) + (HEADING_BONUS if b.heading else 0.0), -i, b))
    return [b for *_, b in sorted(found, key=lambda f: (f[0], f[1]), reverse=True)]


def _window_start(blocks: Sequence[Block], start: int, size: int) -> int:
    """Where the `size` blocks before `start` begin, counting no link (a list of related stories
    between the headline and the body: "Ronaldo could earn greater fortune at Real" above six),
    but at most twice `size` blocks back."""
    i, seen, stop = start, 0, max(0, start - 2 * size)
    while i > stop and seen < size:
        i -= 1
        b = blocks[i]
        seen += b.link_chars * 2 < len(b.text)
    return i


def _heading_runs(near: Sequence[Block]) -> Iterator[Block]:
    """The headline-shaped headings of `near` that are no sentence or tool, in runs of headings
    that follow one another: the run nearest the body first, and in each run its first heading
    first (a headline over its deck: "What Caused Britney's Breakdown?" over "People Mag Says
    Britney Has Bi-Polar Disorder")."""
    runs: list[list[Block]] = []
    last = -2
    for i, b in enumerate(near):
        if b.heading and _headline_shaped(b, 3) and not _tool(b.text) and not _SENTENCE_END.search(b.text):
            if i == last + 1:
                runs[-1].append(b)
            else:
                runs.append([b])
            last = i
    for run in reversed(runs):
        yield from run


def _candidates(
    headlines: Sequence[str],
    page_title: str | None,
    sites: Sequence[str],
    blocks: Sequence[Block],
    body_start: int | None,
) -> Iterator[_Candidate]:
    """Headline candidates, best first; the numbers are those of `headline`'s docstring.

    `headlines` are the page's metadata headlines (JSON-LD, og:title, twitter:title), `page_title`
    its <title>. A <title> without separators may be the site's name alone, and so may a block
    that only it names: those candidates are marked `from_title`.
    """
    refs = [*headlines, page_title] if page_title else list(headlines)
    ref_tokens = [_norm_tokens(r) for r in refs]
    meta_tokens = ref_tokens[: len(headlines)]
    bare_title = _norm_tokens(page_title) if page_title and len(_TITLE_SEP.split(page_title)) == 1 else None

    def block(b: Block) -> _Candidate:
        toks = _norm_tokens(b.text)
        return _Candidate(
            text=b.text,
            from_title=toks == bare_title and toks not in meta_tokens,
        )

    start = body_start if body_start is not None else len(blocks)
    near = blocks[max(0, start - HEADLINE_WINDOW) : start + 1]
    # 1. blocks near the body that a title contains
    yield from map(block, _contained(near, ref_tokens))
    # 2. blocks anywhere that a title contains; below the body's start, no link (half its text or
    # more): a list of related stories links to the article by its <title> ("Patriots: Coach never
    # better" under a page whose heading over the byline reads "Patriots say Belichick has never
    # been better")
    unlinked = [b for i, b in enumerate(blocks) if i <= start or b.link_chars * 2 < len(b.text)]
    yield from map(block, _contained(unlinked, ref_tokens))
    # 2a. a heading near the body (HEADLINE_WINDOW blocks, counting no link) that holds a title's
    # headline part (3+ words): the heading when it starts with it (the title cut the headline
    # short), else the part (a date or a label before it: "Wednesday, 09 January 2008 Jeremy
    # Clarkson ripped off")
    titles = [trim_title(r, sites) for r in refs]
    parts = [_norm_tokens(t) for t in titles]
    for b in blocks[_window_start(blocks, start, HEADLINE_WINDOW) : start + 1]:
        if not b.heading:
            continue
        toks = _norm_tokens(b.text)
        for part, title in zip(parts, titles, strict=True):
            if 3 <= len(part) < len(toks) <= HEADLINE_MAX_TOKENS and _contains(toks, part):
                yield block(b) if toks[: len(part)] == part else _Candidate(text=title)
                break
    # 2b. the headline of an agency's NewsML header printed near the body (its block is a machine id)
    for b in near:
        if (m := _NEWSML_HEADLINE.search(b.text)) is not None:
            yield _Candidate(text=m.group("headline").strip())
    # 3. a heading near the body that is no sentence (a deck: "Freshman only player in the league
    # ranked in top ten of each shooting category."), the nearest first; of headings that follow
    # one another, the first (a headline over its deck)
    yield from (block(b) for b in _heading_runs(near))
    # 4. the metadata headlines and a <title> with separators, trimmed of site and section parts
    trimmed = [_Candidate(text=t, from_title=True, on_page=False) for t in titles]
    yield from (c for c, toks in zip(trimmed, ref_tokens, strict=True) if toks != bare_title)
    # 5. the first plain headline-like block of the few that open the body or stand right before it
    if body_start is not None:
        window = blocks[max(0, start - PLAIN_HEADLINE_WINDOW) : start + 1]
        # of them, one in an element named a title first ("readArticleTitle", "title"), where the
        # blocks before it may be a menu's heading or a byline's bare name ("Featured Links",
        # "Luke Van Leuveren" above a page with no <title>)
        named = [b for b in window if any(_TITLE_HINT.search(w) for w in b.hints)]
        yield from (block(b) for b in [*named, *window] if _plain_headline(b))
    # 6. a <title> without separators (a section page's: "Premier League Tips and Odds")
    yield from (c for c, toks in zip(trimmed, ref_tokens, strict=True) if toks == bare_title)


def _share(text: str, body_words: set[str]) -> tuple[float, int]:
    """The share of `text`'s content words found in the body's opening, and their number."""
    words = content_words(text)
    shared = len(words & body_words)
    return (shared / len(words) if words else 0.0), shared


def _without_names(text: str, names: _SiteNames) -> str:
    """A block that repeats a whole <title> with two or more parts that name the site or a section,
    without them ("TheStar.com | Sports | John McHale, 86: ..." -> "John McHale, 86: ..."); one
    such part is kept, as the gold does ("NFL Preview - Seattle (11-6) At Green Bay (13-3)"), unless
    it is the outlet's name or a domain ("Was wir über uns nicht hören wollen | FASSETTE.NET"; an
    all-caps section is kept: "MOVIE REVIEW - Murder and morals collide in Allen's 'Dream'")."""
    parts = [p.strip() for p in _TITLE_SEP.split(text) if p and p.strip()]
    kept = [p for p in parts if not names.named(p)]
    if len(kept) != 1 or len(parts) == 1:
        return text
    if len(parts) - len(kept) >= 2 or all(
        normalise(p) in names.outlets or names_domain(p) for p in parts if p is not kept[0]
    ):
        return kept[0]
    return text


def _body_anchored(
    blocks: Sequence[Block],
    body_start: int | None,
    names: _SiteNames,
    body_words: set[str],
    min_shared: int = ANCHOR_MIN_SHARED,
) -> tuple[str, float] | None:
    """The block around the body's start that shares the largest share of its content words with
    the body's opening (`min_shared` of them at least), the earliest on a tie, and that share:
    a plain headline-like block or a heading (a blog's headline is often a link to itself). A plain
    block right below a headline-like <h1> is its deck, and the <h1> is returned in its place: the
    deck repeats more of the body's words than the headline does ("Battery power")."""
    if body_start is None or not body_words:
        return None
    best: tuple[float, int] | None = None
    lo = _window_start(blocks, body_start, HEADLINE_WINDOW)
    for i, b in enumerate(blocks[lo : body_start + ANCHOR_AFTER], lo):
        if not (_plain_headline(b) or _anchor_heading(b)):
            continue
        if _SENTENCE_END.search(b.text) or _ENDS_SENTENCE.search(b.text) or names.named(b.text):
            continue
        share, shared = _share(b.text, body_words)
        if shared >= min_shared and (best is None or share > best[0]):
            best = (share, i)
    if best is None:
        return None
    share, i = best
    above = blocks[i - 1] if i else None
    if (
        not blocks[i].heading
        and above is not None
        and above.tag == "h1"
        and _anchor_heading(above)
        and not names.named(above.text)
        and not _SENTENCE_END.search(above.text)
    ):
        # a plain block right below the page's <h1> is its deck (standfirst): the <h1> is the
        # headline, however few of its words the body repeats ("Battery power")
        return above.text, share
    return blocks[i].text, share


def _anchor_heading(b: Block) -> bool:
    return b.heading and _headline_shaped(b, 2, link_ok=True) and not _tool(b.text)


def headline(
    meta: PageMeta, blocks: Sequence[Block], body_start: int | None, body_text: str = ""
) -> str | None:
    """The on-page headline: the first of these candidates that does not read as the publication's
    or a section's name (`_SiteNames.named`), and, if it is the title or a block that repeats a
    title without separators (which may be the site's name alone: "The Independent on Saturday"),
    that shares a content word with the body (`body_text`). A title that shares less than
    WEAK_SHARE of its content words with the body (a site's description) yields to the block
    around the body's start that shares twice its share (`_body_anchored`). When only such titles
    sharing no word are left, that block, else such a block that shares one word (a review's
    "Graceful girl in a similar world" under a <title> that describes the site), else the first
    of them (a pun headline shares none: "Slammer for Rammer").

    1. the blocks near the body (HEADLINE_WINDOW blocks before it) that the title (JSON-LD
       headline, og:title, twitter:title or <title>) contains, the longest first
    2. the blocks anywhere on the page that the title contains; below the body's start, no link
    3. a heading (h1-h6) near the body that is neither a link, a byline nor a date line
    4. a title with separators, trimmed of its site and section parts
    5. the first plain block of the PLAIN_HEADLINE_WINDOW blocks before the body and the body's
       first block that is no link, byline, date line, sentence, menu, label or tool; one in an
       element whose class or id word ends in "title" or "headline" (_TITLE_HINT) first
    6. a title without separators (a site's section pages can carry one: "Premier League Tips")

    A block that repeats a whole title with separators is trimmed of its site and section parts.
    """
    headlines = [
        h for h in (meta.ld_headline, meta.meta.get("og:title"), meta.meta.get("twitter:title")) if h
    ]
    names = _site_names(meta, blocks, headlines)
    sites = [
        meta.meta.get("og:site_name") or "",
        meta.meta.get("application-name") or "",
        meta.ld_publisher or "",
    ]
    body_words = content_words(body_text[:BODY_OVERLAP_CHARS])
    anchored = _body_anchored(blocks, body_start, names, body_words)
    unrelated: str | None = None
    for candidate in _candidates(headlines, _usable_title(meta.title), sites, blocks, body_start):
        text = _without_names(candidate.text, names)
        if not text or names.named(text):
            continue
        if candidate.from_title and body_words:
            share, _ = _share(text, body_words)
            if share == 0.0:
                unrelated = unrelated or text
                continue
            if not candidate.on_page and share < WEAK_SHARE and anchored and anchored[1] >= 2 * share:
                return anchored[0]
        return text
    if anchored:
        return anchored[0]
    if unrelated:
        # only titles that share no word with the body are left (a site's description): a block
        # around the body's start that shares one word is likelier the headline
        weak = _body_anchored(blocks, body_start, names, body_words, min_shared=1)
        if weak:
            return weak[0]
    return unrelated


def clean_author(raw: str, outlet_name: str | None = None) -> str | None:
    """A person's name from a byline ("By JOHN SMITH, Associated Press Writer" -> "John Smith"),
    or None when what is left does not look like a name."""
    text = _clean(_BY.sub("", _clean(raw)))
    text = _AUTHOR_NOISE.sub("", text)
    text = _DATEISH.sub("", text)
    text = re.split(r"\s*[,|;/(]\s*|\s+-+\s+|\s+–\s+|\s+(?:in|at|for)\s+(?=[A-Z])", text)[0].strip(" .:-–—")
    if not text or (outlet_name and text.casefold() == outlet_name.casefold()) or _ORGANISATION.search(text):
        return None
    words = text.split()
    # one word is a user name or a desk ("broadcaster", "calgarysun"), not a person's byline
    if not 2 <= len(words) <= 5 or not all(_NAME_WORD.match(w) for w in words):
        return None
    if text.isupper():
        text = " ".join(w.capitalize() if len(w) > 2 or w.isalpha() else w for w in words)
        text = re.sub(r"\bMc(\w)", lambda m: "Mc" + m.group(1).upper(), text)
    return text


def authors(
    meta: PageMeta, blocks: Sequence[Block], body_start: int | None, outlet_name: str | None = None
) -> tuple[str, ...]:
    """Authors from (1) JSON-LD, (2) meta author tags, (3) a "By ..." byline block near the body."""
    raw: list[str] = list(meta.ld_authors)
    if not raw:
        for key in ("author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author"):
            value = meta.meta.get(key)
            if value and not value.startswith("http"):
                # "Jane Doe, John Roe" names two, as a byline does; "Doe, Jane" or "Jane Doe, Reuters" one
                listed = _byline_names(value) if "," in value else ()
                raw.extend(listed if len(listed) > 1 else re.split(r"\s*(?:;|\band\b|&)\s*", value))
                break
    if not raw and body_start is not None:
        window = blocks[max(0, body_start - HEADLINE_WINDOW) : body_start + 3]
        for b in window:
            if _BY.match(b.text) and len(b.text) < 120:
                rest = _BY.sub("", b.text)
                raw.extend(re.split(r"\s*(?:,\s*and\b|\band\b|&)\s*", rest)[:3])
                break
            if {"byline", "author"} & b.hints and len(b.text) < 80:
                raw.append(b.text)
                break
    out: list[str] = []
    for r in raw:
        name = clean_author(r, outlet_name)
        if name and name not in out:
            out.append(name)
    return tuple(out)


def outlet(meta: PageMeta, url: str | None) -> str | None:
    """The outlet: (1) og:site_name, (2) JSON-LD publisher, (3) application-name, (4) the host of
    `url`, else (5) of the page's canonical URL / og:url."""
    for value in (meta.meta.get("og:site_name"), meta.ld_publisher, meta.meta.get("application-name")):
        if value:
            return value
    for candidate in (url, meta.canonical):
        if not candidate or (candidate.startswith("/") and not candidate.startswith("//")):
            continue  # a relative canonical names no host
        try:
            host = urlsplit(candidate if "//" in candidate else "//" + candidate).hostname
        except ValueError:  # a malformed URL (bad port, stray bracket) says nothing
            continue
        if host:
            return host.removeprefix("www.")
    return None


def _byline_names(value: str) -> tuple[str, ...]:
    """The names of an author tag read as a byline (extract.byline, loaded late: it loads place names)."""
    from newsprism.extract.byline import parse_byline

    return parse_byline(f"By {value}")
