"""Plain-text news pages (scraper dumps, JSONL `text`) -> Article.

    read_text(doc) -> Article
      body       line classifier (extract.textlines) + Viterbi smoothing; an opening date-only
                 prefix ("16 January 2008 – ") is trimmed; paragraphs joined by a blank line
      title      1. doc.title  2. the best-scoring headline line above the body, minus a site or
                 section suffix (" | Political News", " - BBC News")  3. the page's first line
      published  1. doc.published  2. a full date in the article header (between the headline and
                 the body)  3. the dateline's month and day with a year from context
                 (extract.textdate.year_from_context)  4. a date printed above the headline, when it
                 is not a widget's date and the body does not contradict it (textdate.contradicted_by)
      authors    1. doc.authors  2. byline lines ("By ...", "Name, Reuters") in the header or after the
                 body  3. a lone person-name line right before or right after the body
      outlet     1. an outlet line in the header ("Tribune News Service")  2. doc.outlet
A page with no article (an index page) gives an Article with empty text, which extract() drops.
Any string goes in; nothing is raised for odd input.
"""

from __future__ import annotations

import datetime as dt
import re

import numpy as np

from newsprism.extract.byline import looks_like_person, outlet_line, parse_byline
from newsprism.extract.language import detect_language
from newsprism.extract.sitenames import content_words, normalise, reads_as_site_name, title_sections
from newsprism.extract.textdate import (
    Dateline,
    contradicted_by,
    find_dates,
    parse_dateline,
    strip_leading_date,
    year_from_context,
)
from newsprism.extract.textlines import (
    Page,
    assemble_page_body,
    body_mask,
    load_line_model,
    split_page,
)
from newsprism.records import Article, Document

__all__ = ["clean_headline", "read_text"]

# How far above the first body line a headline may sit (in non-empty lines). Seed-like pages put
# 4-10 furniture lines between them; on l3s_gn1 title accuracy was flat from 25 to 40.
HEADLINE_WINDOW = 30
# The body's first line is a headline candidate too when it has at most this many words and no
# sentence end: 20 is the gold headlines' 95th percentile length on l3s_gn1 (set by hand)
FIRST_LINE_HEADLINE_MAX_WORDS = 20
# The body's opening whose words a title line must share (see _find_headline).
BODY_OVERLAP_LINES = 30
# A headline is about what the body says: a candidate line gains this times the share of its
# content words found in the body's opening (furniture such as "RSS Feeds", "News Tips", "Setanta
# Sports 2" shares none). l3s_gn1 text title accuracy 0.799 -> 0.809 / 0.821 / 0.824 / 0.823 /
# 0.818 at 0.5 / 1 / 1.5 / 2 / 3, cleanportaleval 0.942 up to 2 (0.913 at 3): the middle of the plateau.
BODY_WORDS_WEIGHT = 1.5
# Lines before the body scanned for bylines, datelines and header dates, and lines after it for a
# closing byline (a name under the last paragraph).
HEADER_WINDOW = 8
FOOTER_WINDOW = 3
# A site/section suffix is dropped from a headline when it has at most this many words.
SUFFIX_MAX_WORDS = 5
# Characters of the body given to language identification. py3langid's cost grows with the text
# (~1.4 us a character here, half of a page's extraction at 1,000): on the 684 dev bodies and the
# 3,234 gold and clustering texts of ../shared/data, prefixes of 150 characters and up all give
# "en" as the whole text does; 300 keeps a 2x margin for bodies opening on names or numbers.
LANGUAGE_SAMPLE_CHARS = 300
# Body lines with fewer words than this are not the body's anchor (first/last real paragraph).
ANCHOR_MIN_WORDS = 8

_WORD = re.compile(r"\w+")
_SUFFIX_SPLIT = re.compile(r"\s+(?:\||-|–|—|::|«|»|›|·)\s+")
_NAVISH = re.compile(
    r"\b(?:home|login|log in|sign in|register|subscribe|share|e-?mail|print|comments?|cookies?|"
    r"advertisement|click|read more|related|trending|follow us|search|menu|skip to|updated|posted|"
    r"icon|facebook|twitter|whatsapp|instagram)\b",
    re.IGNORECASE,
)
# Short headings after which a page carries no more article text: everything from such a heading on
# is dropped from the body even when the line model kept it (an author blurb reads like prose).
_END_OF_ARTICLE = re.compile(
    r"^(?:about (?:the )?authors?|related (?:articles|stories|posts|news)|more from|leave a (?:reply|comment)|"
    r"(?:\d+ )?comments?|tags?:?|you may also like|recommended|trending news|most read)\b",
    re.IGNORECASE,
)
# a sentence's end, at the end of a line or inside it after a lower-case word ("... logged in.
# Click here"; not "Mrs. Clinton")
_SENTENCE_END = re.compile(r"[a-z]{2}[.!]$|\b[a-z]{2,}\.\s+[A-Z]|[.!?][\"”’']?$")
_WIDGET = re.compile(r"^-?\d{1,3}(?:\.\d)?\s*°?\s*[CF]$|°")


def read_text(doc: Document) -> Article:
    """Extract the article and its metadata from a plain-text page."""
    content = doc.content if isinstance(doc.content, str) else ""
    page = split_page(content.replace("\x00", ""))
    lines = page.texts
    model = load_line_model()
    mask = (
        body_mask(model.page_proba(page), model.switch_cost, model.threshold) if lines else np.zeros(0, bool)
    )
    body_idx = np.flatnonzero(mask)
    first_body = int(body_idx[0]) if body_idx.size else len(lines)
    last_body = int(body_idx[-1]) if body_idx.size else len(lines) - 1

    body_words = content_words(" ".join(lines[i] for i in body_idx[:BODY_OVERLAP_LINES]))
    head_idx, headline = _find_headline(lines, first_body, body_words)
    if head_idx is not None and mask.size and mask[head_idx]:
        mask[head_idx] = False
    meta = _read_header_and_footer(lines, mask, head_idx, first_body, last_body)
    for i in meta.consumed:
        mask[i] = False
    _cut_after_end_marker(lines, mask)

    text = _body_text(page, mask)
    published, published_source = doc.published, "container" if doc.published else None
    if published is None:
        published, published_source = _publication_date(lines, head_idx, first_body, meta.dateline, text)
    not_after = (_page_widget_date(lines, head_idx) if published is None else None) or doc.not_after
    title = doc.title or headline
    outlet = meta.outlet or doc.outlet
    extra: dict[str, str] = (
        {"dateline_agency": meta.dateline.agency} if meta.dateline and meta.dateline.agency else {}
    )
    return Article(
        id=doc.id,
        source=doc.source,
        url=doc.url,
        title=title,
        text=text,
        published=published,
        published_source=published_source,
        not_after=not_after,
        dateline=meta.dateline.place if meta.dateline else None,
        outlet=outlet,
        authors=doc.authors or meta.authors,
        language=detect_language(text[:LANGUAGE_SAMPLE_CHARS]) if text else None,
        extra=extra,
    )


def clean_headline(line: str) -> str:
    """A headline without a trailing (or leading) site/section name: "X | Political News" -> "X"."""
    parts = _SUFFIX_SPLIT.split(line.strip())
    if len(parts) == 1:
        return line.strip()
    sizes = [len(_WORD.findall(p)) for p in parts]
    main = max(range(len(parts)), key=lambda i: sizes[i])
    others = [s for i, s in enumerate(sizes) if i != main]
    if max(others) > SUFFIX_MAX_WORDS or sizes[main] < 3:
        return line.strip()
    if main > 0 and not all(w[:1].isupper() or w[:1].isdigit() for w in " ".join(parts[:main]).split()):
        return line.strip()  # a leading part in running words ("Pros and cons - ...") is headline
    return parts[main].strip()


def _tokens(text: str) -> list[str]:
    return list(map(str.lower, _WORD.findall(text)))


def _find_headline(
    lines: list[str], first_body: int, body_words: set[str] | None = None
) -> tuple[int | None, str | None]:
    """(index, headline) of the line above the body (or opening it) that reads most like the
    headline. Lines that read as the site's or a section's name (`sitenames.reads_as_site_name`,
    a short segment of the page's title line) are passed over, and so is a title line without
    separators that shares no word with the body (`body_words`): it is the site's name alone."""
    if not lines:
        return None, None

    title_parts = _SUFFIX_SPLIT.split(lines[0])
    sections = title_sections(title_parts)
    page_title = set(_tokens(lines[0]))
    best: tuple[float, int] | None = None
    start = max(0, first_body - HEADLINE_WINDOW)
    candidates = ([0] if start > 0 else []) + list(range(start, min(first_body, len(lines))))
    if first_body < len(lines) and first_body > 0 and _headline_like(lines[first_body]):
        candidates.append(first_body)  # the line model may take a headline for the body's first line
    for i in candidates:
        text = lines[i]
        toks = _tokens(text)
        n = len(toks)
        # cheapest test first: the line is skipped if any of them holds
        if n < 2 or n > 30 or looks_like_person(text) or parse_byline(text) or _NAVISH.search(text):
            continue
        if n < 10 and find_dates(text):
            continue
        if reads_as_site_name(text) or (sections and normalise(text) in sections):
            continue
        words = content_words(text) if body_words else set()
        if i == 0 and len(title_parts) == 1 and body_words and not words & body_words:
            continue
        score = 0.0
        if i > 0 and len(page_title) >= 3:
            score += 2.0 * sum(map(page_title.__contains__, toks)) / n
        score += 1.0 if 5 <= n <= 20 else 0.0
        if body_words:
            score += BODY_WORDS_WEIGHT * len(words & body_words) / max(1, len(words))
        score -= 0.04 * abs(first_body - i)
        score -= 1.0 if text.endswith(".") and not text.endswith("...") else 0.0
        score -= 0.5 if i == 0 and _SUFFIX_SPLIT.search(text) else 0.0
        if best is None or score > best[0]:
            best = (score, i)
    if best is None:
        return None, clean_headline(lines[0]) if lines[0] else None
    return best[1], clean_headline(lines[best[1]])


def _headline_like(line: str) -> bool:
    """A short line that is no sentence: what a headline the line model kept looks like."""
    return len(_WORD.findall(line)) <= FIRST_LINE_HEADLINE_MAX_WORDS and not _SENTENCE_END.search(line)


class _Meta:
    __slots__ = ("authors", "consumed", "dateline", "outlet")

    def __init__(self) -> None:
        self.authors: tuple[str, ...] = ()
        self.outlet: str | None = None
        self.dateline: Dateline | None = None
        self.consumed: list[int] = []


def _read_header_and_footer(
    lines: list[str], mask: np.ndarray, head_idx: int | None, first_body: int, last_body: int
) -> _Meta:
    """Bylines, outlet and dateline around the body; their lines are taken out of the body."""
    meta = _Meta()
    lo = max(head_idx + 1 if head_idx is not None else 0, first_body - HEADER_WINDOW)
    header = list(range(lo, min(first_body + 2, len(lines))))
    # the body proper starts at its first long line: short lines before it are header material
    anchor = next(
        (i for i in header if i >= first_body and len(_WORD.findall(lines[i])) >= ANCHOR_MIN_WORDS), None
    )
    for i in header:
        text = lines[i]
        if anchor is not None and i > anchor:
            break
        is_anchor = i == anchor
        if not is_anchor and (outlet := outlet_line(text)):
            meta.outlet = meta.outlet or outlet
            meta.consumed.append(i)
            continue
        if not is_anchor and (names := parse_byline(text)):
            meta.authors = meta.authors or names
            meta.consumed.append(i)
            continue
        if not is_anchor and looks_like_person(text) and not meta.authors:
            meta.authors = (text.strip(),)
            meta.consumed.append(i)
            continue
        dl = parse_dateline(text)
        if dl is not None and meta.dateline is None:
            meta.dateline = dl
            if dl.end == 0:
                meta.consumed.append(i)
    if not meta.authors:
        tail = range(last_body + 1, min(last_body + 1 + FOOTER_WINDOW, len(lines)))
        for i in [last_body, *tail]:
            if i < 0 or i >= len(lines):
                continue
            text = lines[i]
            names = parse_byline(text) or ((text.strip(),) if looks_like_person(text) else ())
            if names:
                meta.authors = names
                meta.consumed.append(i)
                break
    return meta


def _cut_after_end_marker(lines: list[str], mask: np.ndarray) -> None:
    """Drop kept lines from the first end-of-article heading on (after some body text)."""
    seen_body = False
    for i in np.flatnonzero(mask).tolist():
        text = lines[i]
        if seen_body and len(text) < 40 and _END_OF_ARTICLE.match(text):
            mask[i:] = False
            return
        seen_body = seen_body or len(text) > 100


def _body_text(page: Page, mask: np.ndarray) -> str:
    kept = np.flatnonzero(mask)
    if not kept.size:
        return ""
    first = int(kept[0])
    trimmed = strip_leading_date(page.texts[first])
    if trimmed != page.texts[first]:
        texts = list(page.texts)
        texts[first] = trimmed
        page = Page(texts, page.numbers, page.blocks)
    return assemble_page_body(page, mask)


def _publication_date(
    lines: list[str], head_idx: int | None, first_body: int, dateline: Dateline | None, body: str
) -> tuple[str | None, str | None]:
    """(YYYY-MM-DD, evidence) for the fallbacks 2-4 of the module docstring, or (None, None)."""
    head = head_idx if head_idx is not None else -1
    # 2. a full date between the headline and the first body line (or opening the first body line)
    for i in range(head + 1, min(first_body + 1, len(lines))):
        found = find_dates(lines[i])
        if found and (i < first_body or found[0].start == 0):
            d = found[0].date
            if contradicted_by(d, body) is None:
                return d.isoformat(), "header_date"
    # 3. the dateline's day, with a year from the page or the content
    if dateline is not None and dateline.month and dateline.day:
        page = "\n".join(lines)
        year, evidence = year_from_context(dateline.month, dateline.day, page, body)
        if year is not None:
            try:
                day: dt.date | None = dt.date(year, dateline.month, dateline.day)
            except ValueError:
                day = None
            if day is not None and contradicted_by(day, body) is None:
                return day.isoformat(), f"dateline+{evidence}"
    # 4. a date above the headline: the page's own date unless a widget prints it or the body
    #    contradicts it
    for i in range(0, max(head, 0)):
        found = find_dates(lines[i])
        if not found:
            continue
        near = lines[max(0, i - 3) : i + 4]
        if any(_WIDGET.search(ln) for ln in near):
            continue
        d = found[0].date
        if contradicted_by(d, body) is None:
            return d.isoformat(), "page_top_date"
    return None, None


def _page_widget_date(lines: list[str], head_idx: int | None) -> str | None:
    """The date a page printed above its headline beside a widget (weather, "today is"): the day
    the page was saved, so the article was published that day or before (Article.not_after)."""
    for i in range(0, max(head_idx if head_idx is not None else -1, 0)):
        found = find_dates(lines[i])
        if found and any(_WIDGET.search(ln) for ln in lines[max(0, i - 3) : i + 4]):
            return found[0].date.isoformat()
    return None
