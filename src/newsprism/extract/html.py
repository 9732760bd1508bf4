"""HTML news pages -> Article: main text, headline, authors, outlet, language, publication date.

    read_html(doc) -> Article

The page is parsed once (`html_blocks.parse_page`); `html_body` finds the main text from that
tree, `html_meta` the headline, authors and outlet, `body_dateline` the dateline (or the city cut
from the headline), `extract.dates` the publication date (from the same tree; htmldate, when the
vote still needs it, reads the page itself) and `extract.language` the language. What the
container gave (doc.title, doc.published, doc.outlet, doc.authors) wins over what the page says.
Any string in gives an Article out: a page that does not parse, or holds no article, gives an
Article with empty text, which `extract()` then drops.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from lxml.html import HtmlElement

from newsprism.extract.byline import outlet_line, split_glued_dateline
from newsprism.extract.dates import html_publication_date
from newsprism.extract.editnote import read_paragraphs
from newsprism.extract.html_blocks import Block, parse_page
from newsprism.extract.html_body import ISLAND_BLOCKS, MIN_SCORED_TOKENS, BodyResult, body_text
from newsprism.extract.html_meta import PageMeta, authors, clean_author, headline, outlet, page_meta
from newsprism.extract.language import detect_language
from newsprism.extract.prose import is_page_notice
from newsprism.extract.text import (
    ANCHOR_MIN_WORDS,
    AUTHOR_BOX_LINES,
    DATE_LINE_MAX_CHARS,
    DATELINE_BELOW_ANCHOR,
    END_MARKER_MAX_CHARS,
    RELATED_BOX_HEADING,
    author_box,
    closing_bio,
    is_age_stamp,
)
from newsprism.extract.textdate import (
    agency_dateline,
    agency_name,
    dated_or_known,
    find_dates,
    known_place,
    parse_dateline,
    place_case,
)
from newsprism.records import Article, Document, container_article

__all__ = ["CUT_IN_SCRIPT", "CUT_SHORT", "PageParts", "cut_in_script", "cut_short", "page_parts", "read_html"]

_TOKEN = re.compile(r"\w+")
# Characters of a paragraph read for a dateline (extract.prose reads a clean text's so): a dateline
# with its date and agency fits in a hundred ("BUFFALO, New York, Jan 10, 2008 (AFP) - ")
DATELINE_PROBE_CHARS = 200
# Blocks on either side of the body's start block read for a dateline on a block of its own: a
# stamp ("12-30-2007, 02h53") or a photo's credit may stand between it and the body, as
# extract.text's DATELINE_BELOW_ANCHOR lines
HEADER_DATELINE_BLOCKS = DATELINE_BELOW_ANCHOR
# "16 January 2008 – " / "January 16, 2008 - " opening the body: a date line the annotators of
# l3s_gn1 mark as boilerplate (its README); a place name before the dash ("LONDON --") is kept
_LEADING_DATE = re.compile(
    r"^\s*(?:\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+\.? \d{4}|[A-Z][a-z]+\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4})"
    r"\s*[–—-]+\s*"
)


@dataclass(frozen=True, slots=True)
class PageParts:
    """What one parse of a page yields, before dates and language."""

    text: str
    title: str | None
    body: BodyResult
    meta: PageMeta
    dateline: str | None = None  # the body's dateline's place, else a city cut from the headline
    newsml: NewsmlLines | None = None  # an agency's NewsML header in the page's markup
    corrections: tuple[str, ...] = ()  # the editors' notes read out of the body (extract.editnote)


def body_dateline(text: str) -> str | None:
    """The place of the dateline that opens the body ("WASHINGTON (Reuters) - ...", "New Delhi,
    April 24: ...") or stands over it on a paragraph of its own ("WASHINGTON (AFP)"), read where
    extract.text reads a dump's: in the paragraphs up to the first of ANCHOR_MIN_WORDS words or more
    (the body proper; shorter ones above it are its header) and DATELINE_BELOW_ANCHOR under that
    one (a stamp or a photo's caption may stand over the dateline's paragraph)."""
    below = None
    for para in text.split("\n\n"):
        probe = para[:DATELINE_PROBE_CHARS]
        if dl := parse_dateline(probe):
            return dl.place
        if (dl := agency_dateline(probe)) and dated_or_known(dl):
            return dl.place
        if below is not None:
            below -= 1
            if below == 0:
                return None
        elif len(_TOKEN.findall(para)) >= ANCHOR_MIN_WORDS:
            below = DATELINE_BELOW_ANCHOR
    return None


def _header_dateline(blocks: tuple[Block, ...], starts: tuple[int, ...]) -> str | None:
    """The place of a dateline printed as a block of its own ("RENO, Nev. --" in an <h3>,
    "BUFFALO, New York (AFP)" in a <div>) within HEADER_DATELINE_BLOCKS of the body's start block
    or of its first kept block (`starts`), nearest first: the body scorer leaves such a short block
    out of the text, and its start may be a photo's caption and credit boxes above the first
    paragraph, over which the dateline stands ("LONDON --", l3s_gn1 06c09282). The whole block is
    the dateline, so that a heading or a teaser that opens like one is not read, and it is
    dated_or_known."""
    near = {
        i: min(abs(i - s) for s in starts)
        for s in starts
        for i in range(max(0, s - HEADER_DATELINE_BLOCKS), min(len(blocks), s + HEADER_DATELINE_BLOCKS + 1))
    }
    for i in sorted(near, key=lambda i: (near[i], i)):
        text = blocks[i].text.strip()
        if len(text) > DATELINE_PROBE_CHARS or not text[:1].isupper():
            continue
        # parse_dateline's end: 0 for a line that is all dateline ("New Delhi, April 24"), else
        # where the text after it starts ("LONDON --" ends on its dash)
        dl = parse_dateline(text)
        if dl is None or not (dl.end == 0 or dl.end >= len(text) - 1):
            dl = agency_dateline(text)
        if dl is not None and dated_or_known(dl):
            return dl.place
    return None


@dataclass(frozen=True, slots=True)
class NewsmlLines:
    """The lines of an agency's NewsML 1 header (IPTC's <NewsLines>) that a page carries as markup."""

    dateline: str | None  # the place: <DateLine>NEW YORK (AFP)</DateLine> -> "New York"
    byline: str | None  # <ByLine>by Paola Messana</ByLine>, as printed


def newsml_lines(tree: HtmlElement) -> NewsmlLines | None:
    """The NewsML header's dateline and byline when the page holds one as elements (AFP's pages in
    l3s_gn1, ec407a8c and 5ee66caf: the whole <NewsML> item pasted into the page, its fields glued
    into one text block with no spaces, "...horses20080101T064202Z..."). The header is IPTC's
    standard, so its fields are read by their element names, as the dump's header line is read by
    extract.text (_newsml_header); lxml gives the names in lower case."""
    lines = tree.find(".//newslines")
    if lines is None:
        return None
    place = None
    if (dateline := _element_text(lines.find("dateline"))) is not None:
        # "NEW YORK (AFP)"; a field that holds only a known place is one too ("NEW YORK")
        if dl := agency_dateline(dateline):
            place = dl.place
        elif known_place(dateline):
            place = place_case(dateline)
    return NewsmlLines(dateline=place, byline=_element_text(lines.find("byline")))


def _element_text(elem: HtmlElement | None) -> str | None:
    text = " ".join(elem.text_content().split()) if elem is not None else ""
    return text or None


def _without_headline(text: str, title: str | None) -> tuple[str, tuple[str, ...]]:
    """The body without a first paragraph that repeats the headline, nor an opening date line, nor
    a time note opening a paragraph, nor a notice about the page or the story's age alone, nor an
    editor's note about the piece, nor a related-stories box (_before_related_box); and the
    editors' notes it took out."""
    paragraphs = text.split("\n\n")
    if (
        title
        and len(paragraphs) > 1
        and _TOKEN.findall(paragraphs[0].casefold()) == _TOKEN.findall(title.casefold())
    ):
        paragraphs = paragraphs[1:]
    paragraphs = _below_printed_headline(paragraphs, title)
    paragraphs = [
        p
        for i, p in enumerate(paragraphs)
        if i >= HEADER_PARAGRAPHS or not (_is_date_line(p) or _is_credit_line(p))
    ]
    if paragraphs:
        paragraphs[0] = _LEADING_DATE.sub("", paragraphs[0], count=1)
    # a running story's time note opens any paragraph ("UPDATE 2:52 p.m. -- ...", as in a dump's);
    # a notice about the page is no paragraph of it (prose.is_page_notice, as a dump's line), nor
    # the story's age alone ("3 days ago" under a teaser's headline, l3s_gn1 6150b773: text.is_age_stamp,
    # as a dump's line), nor an editor's note about the piece (editnote.read_paragraphs)
    kept, corrections = read_paragraphs(paragraphs)
    kept = [p for p in kept if not is_page_notice(p) and not is_age_stamp(p)]
    return "\n\n".join(_before_related_box(kept)), corrections


# The text's first paragraphs read for the story's header, its date line and its credit: a
# dateline's place and date that open the story's third paragraph are its own ("Luxembourg, July 1
# 2010", cleanportaleval blogs_wsj_com_*), and of the dev pages' texts no date line or credit in the
# first two is
HEADER_PARAGRAPHS = 2
# A credit: an outlet's or an agency's name, or a line that ends on a writer's role or "Staff"
# ("Staff and agencies", "AP Golf Writer", "CTV.ca News Staff", "From our ANI Correspondent",
# "United Press International"), short as a byline (CREDIT_MAX_WORDS, outlet_line's 60 characters)
CREDIT_MAX_WORDS = 6
_CREDIT_END = re.compile(
    r"(?i)\b(?:staff|agencies|writer|correspondent|reporter|editor|news service|associated press"
    r"|press international|press association|agence france-presse)$"
)
_CLAUSE_END = re.compile(r"[.!?:;,][\"'”’)]*$")
# a credit's words before its role are a name's, capitalised, these, or marks ("Staff and agencies",
# "From our ANI Correspondent", "Author : Sports News Editor"); a line with other words in lower case
# is a deck or a heading that ends on the noun ("BP to cut 10,000 staff", "A letter from the editor")
_CREDIT_JOINS = frozenset(("and", "from", "our", "by", "of", "the"))


def _is_credit_line(paragraph: str) -> bool:
    """A story's credit, alone as a paragraph at its top: the text reader leaves such dump lines out
    (the line model), the HTML reader kept them (21 among the first two paragraphs of l3s_gn1's
    texts, "Staff and agencies" on 8 Guardian pages, "The Associated Press" on 5; none in gold)."""
    line = paragraph.strip()
    if len(line.split()) > CREDIT_MAX_WORDS or _CLAUSE_END.search(line):
        return False
    role = _CREDIT_END.search(line)
    named = role is not None and all(
        w[0].isupper() or w in _CREDIT_JOINS or not w[0].isalnum() for w in line[: role.start()].split()
    )
    return bool(named or outlet_line(line) or agency_name(line))


def _is_date_line(paragraph: str) -> bool:
    """A story's date line, alone as a paragraph ("Jan. 7, 2008", "Updated Thu. Jan. 10 2008 10:12
    PM ET", "28/12/2007 11:27 - (SA)", "By Evan Symon, August 14, 2020 2:30 pm"): short as a dump's
    date line is (DATE_LINE_MAX_CHARS), a date in it, and no sentence's end. Of the dev HTML pages'
    texts (l3s_gn1, cleanportaleval), the 7 such paragraphs among the first two are none of their gold."""
    return (
        len(paragraph) <= DATE_LINE_MAX_CHARS
        and _SENTENCE_END.search(paragraph) is None
        and bool(find_dates(paragraph))
    )


# A title of fewer words may be a section's name ("Economy", "World News"), which the page's menu
# prints; the dev pages' shortest headline printed under furniture has three ("Capping the deal")
PRINTED_HEADLINE_MIN_WORDS = 3
# Prose of two sentences: a word's last letters and a sentence's end, then a capital opening the
# next ("Non c’è più tempo. O, almeno, ..."; not an abbreviation's, "P.O. Box 699159")
_TWO_SENTENCES = re.compile(r"[^\W\d_]{2}[.!?][\"'”’)]?\s+[\"“‘']?[A-Z]")

# A wire's address line over a press release ("Attention National/Technology/.../Online Editors:",
# Canada NewsWire's, l3s_gn1 92474c42): it names who the release is for, and leads into no line
_EDITORS_ADDRESS = re.compile(r"(?i)attention\b[^.!?]{0,100}\beditors?\s*:")


def _below_printed_headline(paragraphs: list[str], title: str | None) -> list[str]:
    """The paragraphs under the headline printed below the first one, in the first half of the
    text: what the body scorer kept above it is the page's, not the story's (photo captions of a
    gallery over it, l3s_gn1 79bc594a; a blog's list of other posts' titles, 8cad55ae; an address
    box, efee8480; a breadcrumb, 63fc89f8; "ÖncekiSonraki", dates/htmldate 1754856212), when none
    of it is prose of two sentences or more (a lead) or leads into the next paragraph with a colon
    ("Und noch mal was mit Wasser:" over a poster contest's motto, seglerblog_st_ssenseer_de_sauber),
    and the headline is printed as it is, marks and all (a story that quotes its headline, l3s_gn1
    e57a9f8c's '"How many lives can you save in 2008?"' under its deck, prints a line of its own).
    Of the dev HTML pages' texts, 11 print their headline below their first paragraph: the 7 with
    furniture above it and 92474c42 are cut, the 3 others left (the quoted headline, the colon,
    vegolosi_it_climate's lead above a crosshead read as the headline). A wire's address line over a press release
    ("Attention ... Editors:", l3s_gn1 92474c42) leads into no paragraph: its colon keeps nothing."""
    if not title or len(_TOKEN.findall(title)) < PRINTED_HEADLINE_MIN_WORDS:
        return paragraphs
    printed = title.casefold().split()
    total, above = sum(map(len, paragraphs)), 0
    for i, paragraph in enumerate(paragraphs):
        if 2 * above > total:
            break
        if i and paragraph.casefold().split() == printed:
            return paragraphs[i + 1 :]
        if _TWO_SENTENCES.search(paragraph) or (
            paragraph.rstrip().endswith(":") and not _EDITORS_ADDRESS.match(paragraph.strip())
        ):
            break
        above += len(paragraph)
    return paragraphs


def _before_related_box(paragraphs: list[str]) -> list[str]:
    """The paragraphs above a related-stories heading below the first one ("Related Articles",
    "Related Posts:", "Related:"; text.RELATED_BOX_HEADING) when no more paragraphs stand under it
    than above it: the box closes the article (its teasers, "According to a release late last night
    Skype has announced ...", l3s_gn1 a1608707). With more under it, the box sits inside the
    article and only its heading goes ("related stories:" under 8198035c's lead, its teasers left
    out by the body scorer)."""
    for i in range(1, len(paragraphs)):
        text = paragraphs[i]
        if len(text) < END_MARKER_MAX_CHARS and RELATED_BOX_HEADING.fullmatch(text):
            if len(paragraphs) - i - 1 <= i:
                return paragraphs[:i]
            return paragraphs[:i] + paragraphs[i + 1 :]
    return paragraphs


def body_start(body: BodyResult) -> int | None:
    """Index of the block where the article starts: the scorer's first block (before the short
    boxes above the article left its text: `BodyResult.start`), else (an extractor's fallback
    text) the first block of 5+ words that the text contains, else None."""
    if body.kept:
        return body.kept[0] if body.start is None else body.start
    if not body.text:
        return None
    for i, block in enumerate(body.blocks):
        if len(block.text.split()) >= 5 and block.text in body.text:
            return i
    return None


# Blocks between a printed headline and its story's first paragraph: a date line, a byline, a
# photo's credit (as a dump's dateline stands at most DATELINE_BELOW_ANCHOR lines under its anchor)
STORY_UNDER_HEADLINE = DATELINE_BELOW_ANCHOR


def _story_under_headline(body: BodyResult, title: str | None) -> BodyResult | None:
    """The story printed under its headline, when the scorers' text lies elsewhere on the page
    and is shorter: the run of blocks of a sentence or more (MIN_SCORED_TOKENS), no heading and not
    mostly link text, that opens within STORY_UNDER_HEADLINE blocks under the one block printing
    the headline, of two blocks or more, none of them kept, no kept block within ISLAND_BLOCKS of
    the headline; else None. Both extractors may miss a story set in a table's cells of <br> lines
    (l3s_gn1 b8702037: trafilatura took the menu, readability the footer, and the scorers kept the
    footer's "The Daily News covers Halifax ... in more depth than any other newspaper ...", 105
    blocks below "Rocket down Eagles" and its three paragraphs); the dump reader reads the story
    there, and so does this one now."""
    if body.method != "scorer" or not title or not body.kept:
        return None
    blocks = body.blocks
    words = _TOKEN.findall(title.casefold())
    printed = [
        i for i, b in enumerate(blocks) if not _mostly_links(b) and _TOKEN.findall(b.text.casefold()) == words
    ]
    if len(printed) != 1 or any(abs(k - printed[0]) <= ISLAND_BLOCKS for k in body.kept):
        return None
    run: list[int] = []
    for i in range(printed[0] + 1, len(blocks)):
        block = blocks[i]
        if len(block.words) >= MIN_SCORED_TOKENS and not block.heading and not _mostly_links(block):
            run.append(i)
        elif run or i >= printed[0] + STORY_UNDER_HEADLINE:
            break
    size = sum(len(blocks[i].words) for i in run)
    if len(run) < 2 or size <= sum(len(blocks[k].words) for k in body.kept):
        return None
    return replace(body, text="\n\n".join(blocks[i].text for i in run), kept=tuple(run), start=run[0])


def _mostly_links(block: Block) -> bool:
    return 2 * block.link_chars > len(block.text)


def _in_own_titles(meta: PageMeta, words: str) -> bool:
    """Whether the page's <title>, og:title, twitter:title or JSON-LD headline holds `words`."""
    own = (meta.title, meta.meta.get("og:title"), meta.meta.get("twitter:title"), meta.ld_headline)
    return any(words in title for title in own if title)


def page_parts(tree: HtmlElement) -> PageParts:
    """Body and headline of a parsed page."""
    body = body_text(tree)
    meta = page_meta(tree)
    blocks: tuple[Block, ...] = body.blocks
    title = headline(meta, blocks, body_start(body), body.text)
    body = _story_under_headline(body, title) or body
    glued = None
    if title:
        # a page that prints its dateline's city right after the headline, in one block; capitals
        # that the page's own titles (<title>, og:title, JSON-LD) hold are the headline's ("Obama
        # to visit PARIS"): a dateline is printed with the body, never put in the page's metadata
        cut, city = split_glued_dateline(title)
        if city and not _in_own_titles(meta, title[len(cut) :].strip()):
            title, glued = cut, city
    text, corrections = _without_headline(body.text, title)
    # the dateline in the body first, then one on a block of its own by the body's start, else the
    # city cut from the headline: as extract.text reads a dump's
    start = body_start(body)
    starts = tuple(dict.fromkeys(s for s in (start, body.kept[0] if body.kept else None) if s is not None))
    newsml = newsml_lines(tree)
    dateline = (
        body_dateline(text) or _header_dateline(blocks, starts) or (newsml and newsml.dateline) or glued
    )
    return PageParts(
        text=text,
        title=title,
        body=body,
        meta=meta,
        dateline=dateline,
        newsml=newsml,
        corrections=corrections,
    )


# What a page cut short may stop inside, as its dropped reason names it
IN_SCRIPT, IN_STYLE, IN_COMMENT, IN_TEXT = "a <script>", "a <style>", "an HTML comment", "its markup or text"
# The reason a page cut short, with no article text above the cut, is dropped
CUT_SHORT = (
    "the page is cut short inside {inside} (a download that stopped early?) "
    "and holds no article text before it: re-download it"
)
CUT_IN_SCRIPT = CUT_SHORT.format(inside=IN_SCRIPT)
# Code and markup read as text, which no paragraph of prose writes: a brace; a statement's ';' run
# on into the next one ("b._C=0;return b;") or closing a call ("GA_googleAddSlot(...);"); a value
# set on a member ('hbx.vpc="HBX0200u"', ".innerHTML = '"); strings joined by '+' ("'+ caption
# +'"); a `function` or `var` statement; a tag with a quoted attribute or an end tag ("<a href=
# 'http://partners...'>", a script's markup; not a placeholder in angle brackets, "-r <file>"); a
# server's error message printed over the page ("Deprecated: ... in /www/htdocs/w0094d70/
# wp-includes/cache.php on line 36", htmldate einfachspanien_de_malaga)
_CODE = re.compile(
    r"[{}]|;(?=[A-Za-z_$])|\w\([^()]*\)\s*;|[\w$\]]\.[\w$]+\s*\+?=(?!=)|['\"]\s*\+|\+\s*['\"]|"
    r"\b(?:function|var)\s+[\w$]+\s*[(=,;]|<[a-zA-Z][\w:-]*\s+[\w:-]+\s*=\s*[\"']|</[a-zA-Z][\w:-]*>|"
    r"\.php on line \d"
)
# A sentence's words: a word in a script written with spaces, a character in one without (Chinese,
# Japanese); and a sentence's end, with its closing quote or bracket
_SENTENCE_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]|\w+")
_SENTENCE_END = re.compile(r"[.!?。！？।؟…][\"'”’»)\]]*$")
# A sentence's end inside a paragraph: a stop and its closing marks before a space, after a word
# of two letters or more (not an abbreviation's, "10:23 a.m. EST", "U.S. Army"), or at its end; a
# CJK stop anywhere. A paragraph the cut ends may hold whole sentences before it
_SENTENCE_STOP = re.compile(r"[。！？]|(?<!\b\w)[.!?।؟…][\"'”’»)\]]*(?=\s)|" + _SENTENCE_END.pattern)


# The elements a cut leaves open, with their end tags: a script or a style first, whose text may
# hold a comment's "<!--" ("<script><!-- function scrape_comment() {", l3s_gn1 057c5601), then a comment
_OPEN_AT_CUT = (
    ((IN_SCRIPT, "<script", "</script"), (IN_STYLE, "<style", "</style")),
    ((IN_COMMENT, "<!--", "-->"),),
)
_PAGE_ENDS = ("</body", "</html")


def cut_short(html: str) -> str | None:
    """What the page stops inside when it was cut short (IN_SCRIPT, IN_STYLE, IN_COMMENT,
    IN_TEXT), else None.

    1. Its last script or style, the later of them, or else its last comment, has no end, and
       neither the page's </body> nor its </html> stands after it. A page saved whole closes them
       (of the dev sets' 947 HTML pages, the two whose last script is unclosed, l3s_gn1 9a2186bf
       and e38e4e4a, close the page after it); libxml2 reads what the cut left open as a script,
       a style or a comment, no text, and may read a script above the cut that a broken tag runs
       into as text (robust29's mix/broken/half.html, the first 3,000 bytes of l3s_gn1 0a30f3dc:
       a kept article whose headline and text were its JavaScript).
    2. A page (it opens <html> or <body>; a fragment of markup is no page) that closes neither
       (`_closes_page`: the end tags of another page printed whole inside it do not count)
       and stops inside a tag or its text, not on a '>', or right after a tag with a <div> or a
       <table> left open (more start than end), or right after the start tag of an element that
       holds content (`_ends_on_start_tag`): of the 947 dev pages, the two that close neither
       (htmldate Osthessen-news_de-Buergermeisterwahl, blogs_taz_de-FKK) end on a comment and a
       script's end tag, their boxes closed; the dev pages cut right after the first tag past
       half their length leave one open in 891 of 938."""
    low = html.lower()
    for elements in _OPEN_AT_CUT:
        latest, inside = -1, None
        for name, start_tag, end_tag in elements:
            start = low.rfind(start_tag)
            if start > latest and low.find(end_tag, start + len(start_tag)) < 0:
                latest, inside = start, name
        if inside is not None:
            return inside if all(low.find(end, latest) < 0 for end in _PAGE_ENDS) else None
    opened = "<html" in low or "<body" in low
    if not opened or _closes_page(low):
        return None
    if (
        not low.rstrip().endswith(">")
        or any(_left_open(low, name) for name in _BOXES)
        or _ends_on_start_tag(low)
    ):
        return IN_TEXT
    return None


def _closes_page(low: str) -> bool:
    """Whether the page (`low`: lowercased) closes its <body> or its <html>: it ends as many of them
    as it starts, and one at least. A page may hold another page's markup whole (an ad's frame, a
    poll printed as "<html><body><hr></body></html>" inside a cell: 18 of the dev pages' tag cuts
    stop below such a frame, their own body open); its end tags close that page, not this one. The
    ends written by a script count ("document.write('</body></html>')"): l3s_gn1 c59551c4, saved
    whole, closes its <html> only there."""
    return any(
        (ends := len(re.findall(rf"</{name}\s*>", low))) and ends >= low.count(f"<{name}")
        for name in ("body", "html")
    )


# The boxes a page is laid out in: a cut right after a tag leaves those around it open
_BOXES = ("div", "table")


def _left_open(low: str, name: str) -> bool:
    """Whether more of the page's `name` elements start than end (`low`: the page lowercased)."""
    starts = len(re.findall(rf"<{name}\b", low))
    return starts > len(re.findall(rf"</{name}\s*>", low))


# The page's last tag, when it is the start tag of an element that holds content: not one of
# HTML's void elements (a page may end on an <img> or a <br>), not a tag that closes itself ("<x/>")
_LAST_START_TAG = re.compile(
    r"<(?!(?:area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr)\b)[a-z][\w:-]*\b[^<>]*(?<!/)>\s*$"
)


def _ends_on_start_tag(low: str) -> bool:
    """Whether the page (`low`: lowercased) ends on the start tag of an element that holds content
    ('<a href="...">', "<ul class=...>", "<td>"): no page saved whole does, and a cut right after a
    tag with every <div> and <table> closed does when it falls inside a menu's list or a link. Of
    the dev pages cut right after the first tag past 1/4, 1/2 and 3/4 of their length, 116 close
    their boxes and read as whole pages; 16 of them end on such a tag: 5 kept only menus (l3s_gn1
    6c414d50 x2, 7cf90d2c, 81cc3003, 863498c8), now dropped as cut short, and 11 read
    as before (`_before_the_cut`). Those that end on an end tag still read as whole (a menu's
    "</font>", ff2265f2)."""
    return _LAST_START_TAG.search(low[-2000:]) is not None


def cut_in_script(html: str) -> bool:
    """Whether the page was cut short inside a <script> (`cut_short`)."""
    return cut_short(html) == IN_SCRIPT


# A character reference left in the text ("ginger &#8216;whinger&#8217; Prince Harry", a title
# escaped twice by its site): markup, but none of a script's statements
_CHARACTER_REFERENCE = re.compile(r"&#?\w+;")


def _reads_as_code(text: str) -> bool:
    return _CODE.search(_CHARACTER_REFERENCE.sub(" ", text)) is not None


def _is_sentence(paragraph: str) -> bool:
    """A paragraph of prose: it holds a sentence, MIN_SCORED_TOKENS words (html_body's "about one
    sentence") up to a sentence's end. Not only at its end: the story's paragraph the cut stops
    in ends mid-sentence after whole ones, and a reader's view may close on its signature after
    the stop ("... with this attitude-filled bunch of no marks. Sad. HighburyJD. ”", l3s_gn1
    5bdc9783)."""
    return any(
        len(_SENTENCE_WORD.findall(paragraph, 0, stop.end())) >= MIN_SCORED_TOKENS
        for stop in _SENTENCE_STOP.finditer(paragraph)
    )


# A page cut above its story keeps its menus, with a tagline or a teaser or two among them that
# read as sentences ("News Blog, Breaking News, India News, ... and Health News.", l3s_gn1 045cb317
# cut in its longest script); a story brings its sentences: PROSE_SENTENCES of them, or a share
# of the text's words (PROSE_SHARE). Of the dev pages cut in a style, a comment or at half their
# length, the kept menus' sentences made at most a third of their words and two paragraphs, and
# the stories' at least half, but for a press release printed one wrapped line a paragraph
# (l3s_gn1 1bb25401: 8 of its 125 lines end a sentence)
PROSE_SENTENCES = 3
PROSE_SHARE = 1 / 3


def _before_the_cut(text: str) -> str:
    """The article text of a page cut short (`cut_short`): its paragraphs that do not read as
    code, when they read as prose (PROSE_SENTENCES paragraphs that are sentences, or those
    holding PROSE_SHARE of the words); else "". What the cut left of the page is its top, so the
    scorers find its menus and lists when the story stood below the cut (l3s_gn1 6150b773 cut at
    13,878 of 64,565 characters: "GA_googleAddSlot(...);", "National", "Choose a Location",
    "Alabama", ...): such a page holds no story to keep. Code between two of its sentences stays:
    a post's own listing (an Arduino sketch under its "Software" heading, htmldate
    hobby-werkstatt-blog_de_roomba); what a cut lets leak stands above the story (the head's
    scripts) or at the cut."""
    paragraphs = text.split("\n\n")
    code = [_reads_as_code(p) for p in paragraphs]
    sentences = [i for i, p in enumerate(paragraphs) if not code[i] and _is_sentence(p)]
    if not sentences:
        return ""
    kept = [p for i, p in enumerate(paragraphs) if not code[i] or sentences[0] < i < sentences[-1]]
    if len(sentences) >= PROSE_SENTENCES:
        return "\n\n".join(kept)
    words = sum(len(_SENTENCE_WORD.findall(p)) for i, p in enumerate(paragraphs) if not code[i])
    prose = sum(len(_SENTENCE_WORD.findall(paragraphs[i])) for i in sentences)
    return "\n\n".join(kept) if prose >= PROSE_SHARE * words else ""


def read_html(doc: Document) -> Article:
    """Extract one HTML Document into an Article (never raises on odd HTML); a page cut short
    (`cut_short`) keeps the article text above the cut (`_before_the_cut`), or is dropped as cut
    short, saying where (CUT_SHORT)."""
    tree = parse_page(doc.content)
    if tree is None:
        return container_article(doc)
    parts = page_parts(tree)
    cut = cut_short(doc.content)
    if cut:
        title = parts.title if parts.title and not _reads_as_code(parts.title) else None
        parts = replace(parts, text=_before_the_cut(parts.text), title=title)
    body, meta = parts.body, parts.meta
    start = body_start(body)
    site = doc.outlet or outlet(meta, doc.url)
    published, published_source = doc.published, "container" if doc.published else None
    if not published:
        published, published_source = html_publication_date(
            doc.content, url=doc.url, tree=tree, not_after=doc.not_after
        )
    byline = doc.authors or authors(meta, body.blocks, start, site) or _newsml_author(parts.newsml, site)
    text = _without_author_box(parts.text, byline)
    dropped = CUT_SHORT.format(inside=cut) if cut and not text else None
    return Article(
        id=doc.id,
        source=doc.source,
        url=doc.url,
        title=doc.title or parts.title,
        text=text,
        published=published,
        published_source=published_source,
        dateline=parts.dateline,
        outlet=site,
        authors=byline,
        language=detect_language(text) if text else None,
        not_after=doc.not_after,
        extra={"html_body_method": body.method},
        notes=body.notes,
        corrections=parts.corrections,
        dropped=dropped,
    )


def _without_author_box(text: str, byline: tuple[str, ...]) -> str:
    """`text` without a closing paragraph, one of its last AUTHOR_BOX_LINES, that is the author's
    box (text.author_box: "Dan Muse is executive editor of internet.com's Small Business Channel
    ...", l3s_gn1 08ba0529), and the paragraphs after it, or without a last paragraph that is the
    bio of someone the text never names (text.closing_bio), as a dump's lines go."""
    opens_on = author_box(byline)
    paragraphs = text.split("\n\n")
    for i in range(max(0, len(paragraphs) - AUTHOR_BOX_LINES), len(paragraphs)):
        if opens_on(paragraphs[i]):
            return "\n\n".join(paragraphs[:i])
    if closing_bio(paragraphs):
        return "\n\n".join(paragraphs[:-1])
    return text


def _newsml_author(newsml: NewsmlLines | None, site: str | None) -> tuple[str, ...]:
    """The author of the page's NewsML header's byline ("by Paola Messana"), when it names one."""
    name = clean_author(newsml.byline, site) if newsml is not None and newsml.byline else None
    return (name,) if name else ()
