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

__all__ = ["PageMeta", "authors", "clean_author", "headline", "outlet", "page_meta", "trim_title"]

# a headline is 2..HEADLINE_MAX_TOKENS word tokens; 40 covers the longest gold headline in the
# dev sets (34 tokens) with room to spare
HEADLINE_MAX_TOKENS = 40
# blocks this far (in blocks) before the first body block may be the headline when nothing on the
# page matches the title; 8 is set by hand from l3s_gn1 pages (headline, deck, byline, date, tools)
HEADLINE_WINDOW = 8

# a heading outranks a plain block this many tokens longer; set by hand, not tuned
HEADING_BONUS = 3.0
# a <title> longer than this is markup swallowed by an unclosed tag, not a title
TITLE_MAX_CHARS = 300

_TOKEN = re.compile(r"\w+")
_DATELINE_LIKE = re.compile(
    r"\b(\d{1,2}:\d\d|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d|\d{4})\b", re.IGNORECASE
)
# separators between a headline and the site/section names in a <title>
_TITLE_SEP = re.compile(r"\s+[|–—\-:»«~/•·]+\s+|\s*\|\s*|\s*::\s*|\s+>\s+|\s*--\s*|_(?=[A-Z])")
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


def _before_body(blocks: Sequence[Block], start: int) -> Sequence[Block]:
    return blocks[max(0, start - HEADLINE_WINDOW) : start + 1]


def _longest_contained(candidates: Sequence[Block], ref_tokens: list[list[str]]) -> Block | None:
    best: Block | None = None
    best_rank = 0.0
    for b in candidates:
        toks = _norm_tokens(b.text)
        truncated = b.text.endswith(("...", "…"))
        if (
            2 <= len(toks) <= HEADLINE_MAX_TOKENS
            and not truncated
            and any(_contains(rt, toks) for rt in ref_tokens)
        ):
            rank = len(toks) + (HEADING_BONUS if b.heading else 0.0)
            if rank > best_rank:
                best, best_rank = b, rank
    return best


def headline(meta: PageMeta, blocks: Sequence[Block], body_start: int | None) -> str | None:
    """The on-page headline.

    1. the longest block near the body (HEADLINE_WINDOW blocks before it) that the title
       (JSON-LD headline, og:title, twitter:title or <title>) contains
    2. else the longest block anywhere on the page that the title contains
    3. else a heading (h1-h6) near the body that is neither a link, a byline nor a date line
    4. else the trimmed title itself
    """
    refs = [
        r
        for r in (
            meta.ld_headline,
            meta.meta.get("og:title"),
            meta.meta.get("twitter:title"),
            _usable_title(meta.title),
        )
        if r
    ]
    ref_tokens = [_norm_tokens(r) for r in refs]
    start = body_start if body_start is not None else len(blocks)
    near = blocks[max(0, start - HEADLINE_WINDOW) : start + 1]
    # 1. a block near the body that the title contains
    found = _longest_contained(near, ref_tokens)
    if found is not None:
        return found.text
    # 2. a block anywhere that the title contains
    found = _longest_contained(blocks, ref_tokens)
    if found is not None:
        return found.text
    # 3. a heading near the body
    for b in reversed(near):
        n = len(_TOKEN.findall(b.text))
        if (
            b.heading
            and 3 <= n <= HEADLINE_MAX_TOKENS
            and b.link_chars < len(b.text) / 2
            and not (_DATELINE_LIKE.search(b.text) and n < 12)
            and not _BY.match(b.text)
        ):
            return b.text
    # 4. the trimmed title
    sites = [
        meta.meta.get("og:site_name") or "",
        meta.meta.get("application-name") or "",
        meta.ld_publisher or "",
    ]
    for r in refs:
        trimmed = trim_title(r, sites)
        if trimmed:
            return trimmed
    return None


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
                raw.extend(re.split(r"\s*(?:;|\band\b|&)\s*", value))
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
