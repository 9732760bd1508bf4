"""Main text of an HTML page: blocks kept by two small learned scorers over extractors' votes.

    body_text(tree) -> BodyResult

The page is cut into blocks (`html_blocks`). readability-lxml and trafilatura (its fast path) each
extract a main text from the same parsed tree; for every block we measure how much of it each
extractor kept, and add what the block looks like (length, link density, punctuation, tag, the
class/id words around it, byline/date/copyright patterns, its neighbours' votes). Two logistic
scorers, trained by `bench/train_html_blocks.py` on the development sets and shipped as JSON in
`extract/data/`, keep the blocks whose probability passes their thresholds:

  * the first (`html_blocks.json`) sees readability's vote only. It finds the article's core, and
    on the 2008-2013 development pages it is as good as a scorer that also sees trafilatura's
    (site-grouped 5-fold CV F1 0.964 / 0.953, l3s_gn1 / cleanportaleval);
  * the second (`html_blocks_votes.json`) sees both votes; the blocks it keeps join the first's
    when the first found a text. Modern pages cut an article into many containers (between ads,
    figures, newsletter boxes) and readability often takes only one of them;
  * when readability's text is a fragment of trafilatura's (READ_FRAGMENT_RATIO times shorter: a
    lead, one paragraph between ads), the second scorer also scores the blocks with trafilatura's
    vote in readability's place, and the paragraphs it then keeps join, with their runs' lead and
    last lines (`_trafilatura_paragraphs`, `_run_ends`);
  * a block trafilatura took, in a gap of at most GAP_BLOCKS blocks between two kept blocks of a
    sentence or more, joins (`_between_kept`): subheadings, pull quotes, embedded posts;
  * paragraphs (two sentences or more) that readability took and trafilatura did not, below the
    article's first paragraph and in the article's own elements, join (`_readability_paragraphs`):
    the article's end, where trafilatura stopped at a promo box inside it;
  * kept blocks that trafilatura did not take, below the article's first paragraph and in an
    element whose class/id words none of the article's blocks has, leave (`_foreign_boxes`):
    promo boxes, the next article, a post's footer and author bio, disclosures, rating widgets;
    above that paragraph only blocks short of a sentence leave (`_boxes_above`: captions, credits,
    prompts); the headline and byline search still starts at the first block kept before them
    (`BodyResult.start`);
  * kept blocks inside an overlay box (a newsletter, consent or "browser out of date" dialog)
    that trafilatura did not take leave (`_unconfirmed_overlays`);
  * a text of kept blocks none of which an extractor took is no scorer text (`_any_taken`);
  * the block right above the first kept block joins when it is a sentence or more of a plugin
    box's fallback content (`_video_description`): a Flash video's description above the
    article, which neither extractor takes (both drop <object>s);
  * the text ends at a closing line below its first paragraph (`_before_closing`): the start of
    the readers' comments inside the article's container, or a closing credit among its last
    blocks ("... contributed to this report", "All rights reserved").

On the 177 htmldate pages (2019-2023) where trafilatura and newspaper4k agree, the first scorer
alone recalled 0.886 of newspaper4k's text, all of the above 0.960 (bench/html_modern.py); on the
development sets CV F1 moved from 0.964 / 0.953 to 0.965 / 0.954. It costs a trafilatura run on
every page (read_html ~56 -> ~35 pages/s of one core on l3s_gn1).

Fallbacks, in this order (numbered the same in `choose_text`):
  1. the scorers' blocks, when they hold at least MIN_SCORED_TOKENS word tokens
  2. else, when the two extractors do not contradict each other (only one found at least
     FALLBACK_MIN_TOKENS tokens, or both did and they share at least EXTRACTORS_AGREE of the
     shorter text's 4-grams, or the shorter is a stray fragment beside a text STRAY_RATIO times
     longer), the longer of their texts: the scorer was unsure, the votes are not. When that is
     trafilatura's text and readability's is a fragment of it (READ_FRAGMENT_RATIO) or nothing,
     the paragraphs the second scorer keeps with trafilatura's vote in readability's place come
     first, as fallback 1 (`_trafilatura_paragraphs`), with the lead and last lines next to
     them (`_run_ends`): on 2008 portals trafilatura's text is the whole page, menus and headline
     lists around the article
  3. else "": both extractors found text, each a different part of the page, and the scorer kept
     none of it, which is what an index or section page looks like (cleanportaleval's
     bbc_co_uk_news_04 and _05); extract() then drops the page. But when readability's text is
     mostly an overlay box that trafilatura did not take (a sign-up dialog: `_read_overlay`), the
     page is scored again without readability's vote, and the scorer text that gives
     (trafilatura's paragraphs), if any, is the text. And when the blocks of a sentence or more
     that the two extractors took make one run (`_one_run`: a paywalled teaser, whose lead one
     took and whose first paragraph the other), those blocks are the text
"""

from __future__ import annotations

import copy
import json
import logging
import math
import operator
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any
from urllib.parse import urljoin

import trafilatura
from lxml import etree
from lxml import html as lxml_html_module
from lxml.html import HtmlElement
from readability import Document as ReadabilityDocument
from readability import readability as readability_module
from readability.cleaners import html_cleaner as _readability_cleaner

from newsprism.extract.html_blocks import Block, html_parser, page_blocks
from newsprism.extract.text import CLOSING_CREDITS, COPYRIGHT_NOTICE, comment_policy, is_copyright_line

__all__ = ["BodyResult", "body_text", "block_features", "FEATURE_NAMES", "extractor_texts", "scorers"]

_log = logging.getLogger(__name__)

# below this many word tokens the scorer's choice is not trusted and the next fallback is tried;
# 10 is about one sentence (set by hand, not tuned)
MIN_SCORED_TOKENS = 10
# an extractor's text counts as found from two sentences on (set by hand: on l3s_gn1 readability
# returns 10-12 stray tokens on pages where it missed the article)
FALLBACK_MIN_TOKENS = 25
# the two extractors agree when they share at least half of the shorter text's 4-grams (a plain
# majority, not tuned; on the dev sets agreement is either below 0.05 or above 0.95)
EXTRACTORS_AGREE = 0.5
# ... but a text of under STRAY_TOKENS beside one STRAY_RATIO times longer is a stray fragment (a
# caption, a teaser) rather than another article: the longer text is taken. Set by hand from the
# dev pages this fallback dropped: an l3s_gn1 column (455 tokens beside 29) and a German club
# report (227 beside 26) are kept; the BBC index pages (319 beside 70, 236 beside 77) still are not.
STRAY_TOKENS = 2 * FALLBACK_MIN_TOKENS
STRAY_RATIO = 4
# a readability text READ_FRAGMENT_RATIO times shorter than trafilatura's is a fragment of the
# article (a lead, one paragraph between ads): see body_text. Was the stray ratio (4); 3 chosen of
# 2, 2.5, 3, 4 on l3s_gn1 (F1 0.9767, 0.9778, 0.9794, 0.9790) and the htmldate pages read by hand
# (at 3.2 times shorter, readability took one section of a German explainer of three)
READ_FRAGMENT_RATIO = 3
# a block that trafilatura took, between two kept blocks at most GAP_BLOCKS blocks apart, joins
# (see `_between_kept`): a subheading, a caption and a paragraph the scorers dropped. Set by hand.
GAP_BLOCKS = 3
# a kept block short of a sentence with no other kept block within this many blocks is an island
# (`_without_islands`)
ISLAND_BLOCKS = 10

_TOKEN = re.compile(r"\w+")
# readability's clean(), which its scoring runs on every candidate's and every link's text (57k
# calls per 200 pages, ~9% of read_html), with its three patterns compiled once and each
# substitution skipped where its pattern cannot match: same strings (test_html_body checks them).
# The first two start a match at a run of white space's first character only ((?<!\s)): a match
# there takes the whole run or none from inside it can, and a run of k blanks was tried from each
# of its characters, k*k steps (indented pages' text). readability's clean() over the 48,766
# texts of 316 dev pages: 0.77 -> 0.40 s CPU, every string the same
_READ_LONG_SPACE = re.compile(r"(?<!\s)\s{255,}")
_READ_LINE_BREAK = re.compile(r"(?<!\s)\s*\n\s*")
_READ_TABS = re.compile(r"\t|[ \t]{2,}")


def _readability_clean(text: str) -> str:
    if len(text) >= 255:
        text = _READ_LONG_SPACE.sub(" " * 255, text)
    if "\n" in text:
        text = _READ_LINE_BREAK.sub("\n", text)
    if "\t" in text or "  " in text:
        text = _READ_TABS.sub(" ", text)
    return text.strip()


readability_module.clean = _readability_clean
# readability's _parse runs once per pass (one or two per page) on its own input: it drops the
# hidden elements from it and hands it to lxml's Cleaner.clean_html, which copies it again and
# cleans the copy; the Cleaner's javascript step walks every element twice in Python (its on*
# attributes, then `rewrite_links` over every link). `_Readability._parse` copies our tree once
# per pass and runs the same steps on that copy: the javascript step on the links it can change
# only (`_strip_javascript`), then the Cleaner without it. Links in styles need no step: the
# Cleaner removes style tags and attributes (style, inline_style). _parse over the 947 dev pages:
# 3.6 -> 2.2 s CPU; readability's trees and summaries identical (test_html_body checks both)
_CLEANER = copy.copy(_readability_cleaner)
_CLEANER.javascript = False
# the link attributes `iterlinks` reads on any element but <object> (names with a colon too)
_LINK_VALUES = etree.XPath(
    " | ".join(
        f"//@*[name()='{a}']" if ":" in a else f"//@{a}" for a in sorted(lxml_html_module.defs.link_attrs)
    )
)
# ... and the elements it reads more links from
_MORE_LINKS = etree.XPath("//object | //meta | //param")
_EVENT_ATTRIBUTES = etree.XPath("//@*[starts-with(name(), 'on')]")
# lxml's and the Cleaner's own helpers, bound here: a version without one fails at import, not
# inside extractor_texts (which reads any error of readability's as "no summary")
_ARCHIVE_LINK = lxml_html_module._archive_re
_meta_refresh_url = lxml_html_module._parse_meta_refresh_url
_unquote_match = lxml_html_module._unquote_match
_remove_javascript_link = _readability_cleaner._remove_javascript_link
# a link `_remove_javascript_link` can change: one with white space or control characters (it
# strips the link and removes them), '%' or '+' (it unquotes), or a scheme it removes
_MAY_CHANGE = re.compile(
    r"[%+\s\x00-\x08\x0B\x0C\x0E-\x19]|(?:javascript|jscript|livescript|vbscript|data|about|mocha):",
    re.IGNORECASE,
)
_DISPLAY_NONE = readability_module.REGEXES["displayNoneRe"]
_UNLIKELY = readability_module.REGEXES["unlikelyCandidatesRe"]
_MAYBE_CANDIDATE = readability_module.REGEXES["okMaybeItsACandidateRe"]
# readability's unlikely-candidate words (re.IGNORECASE) over an ASCII class/id string: the same
# words, case-sensitive, over its lower case; 4.5x faster over the 78,048 class/id strings of 316
# dev pages, same answers. A string with other letters keeps the regex (IGNORECASE reads some,
# such as 'ſ' for 's', as ASCII letters that lower() does not give)
_UNLIKELY_LOWER = re.compile(_UNLIKELY.pattern)
_CLASS_OR_ID = etree.XPath(".//*[@class or @id]")
_text_length = readability_module.text_length
_DIV_TO_P = readability_module.REGEXES["divToPElementsRe"]
_DIV_TO_P_BYTES = re.compile(_DIV_TO_P.pattern.encode(), re.IGNORECASE)
_INLINE_TAGS = {"a", "b", "cite", "code", "em", "font", "i", "small", "span", "strong", "sub", "sup", "u"}


def _more_links(el: HtmlElement) -> list[tuple[str, str, int]]:
    """(attribute, link, position) of the links `iterlinks` reads from an <object>, a <meta>
    refresh or a <param> besides the link attributes of other elements (`_LINK_VALUES`)."""
    links = []
    attribs = el.attrib
    if el.tag == "object":
        codebase = None
        if "codebase" in attribs:
            codebase = el.get("codebase")
            links.append(("codebase", codebase, 0))
        for attrib in ("classid", "data"):
            if attrib in attribs:
                value = el.get(attrib)
                if codebase is not None:
                    value = urljoin(codebase, value)
                links.append((attrib, value, 0))
        if "archive" in attribs:
            for match in _ARCHIVE_LINK.finditer(el.get("archive")):
                value = match.group(0)
                if codebase is not None:
                    value = urljoin(codebase, value)
                links.append(("archive", value, match.start()))
    elif el.tag == "meta":
        if attribs.get("http-equiv", "").lower() == "refresh":
            content = attribs.get("content", "")
            match = _meta_refresh_url(content)
            url = (match.group("url") if match else content).strip()
            if url:
                url, pos = _unquote_match(url, match.start("url") if match else content.find(url))
                links.append(("content", url, pos))
    elif (el.get("valuetype") or "").lower() == "ref":
        links.append(("value", el.get("value"), 0))
    return links


def _rewrite_link(el: HtmlElement, attrib: str, link: str, pos: int) -> None:
    """lxml's `rewrite_links` on one link, with the Cleaner's `_remove_javascript_link`."""
    new_link = _remove_javascript_link(link.strip())
    if new_link == link:
        return
    cur = el.get(attrib)
    el.set(
        attrib,
        new_link if not pos and len(cur) == len(link) else cur[:pos] + new_link + cur[pos + len(link) :],
    )


def _strip_javascript(doc: HtmlElement) -> None:
    """The Cleaner's javascript step (on* attributes, then `rewrite_links` with its
    `_remove_javascript_link`), reading only the links that step can change."""
    for attribute in _EVENT_ATTRIBUTES(doc):
        del attribute.getparent().attrib[attribute.attrname]
    for value in _LINK_VALUES(doc):
        if _MAY_CHANGE.search(value):
            el = value.getparent()
            if el.tag != "object":
                _rewrite_link(el, value.attrname, str(value), 0)
    for el in _MORE_LINKS(doc):
        for attrib, link, pos in _more_links(el):
            _rewrite_link(el, attrib, link, pos)


def _block_below(elem: HtmlElement) -> bool:
    """Whether readability's search of `elem`'s children serialised (as the repr of their UTF-8
    bytes) finds a block tag: a start tag below it whose name begins like one. Their text and
    attribute values come out escaped (the script and style tags that would not are gone), so
    only the tag names can match; bytes, as the repr leaves non-ASCII letters out of the match."""
    return any(_DIV_TO_P_BYTES.match(b"<" + el.tag.encode()) for el in elem.iterdescendants(etree.Element))


def _text_length_once(elem: HtmlElement, lengths: dict[HtmlElement, int]) -> int:
    n = lengths.get(elem)
    if n is None:
        n = lengths[elem] = _text_length(elem)
    return n


class _Readability(ReadabilityDocument):
    """readability's Document on a copy of the page's tree made once per pass (see _CLEANER).
    Made without a `url` (readability would make the links absolute against one; _parse does not)."""

    def _parse(self, input: HtmlElement) -> HtmlElement:
        doc = copy.deepcopy(input)
        for elem in doc.xpath("//*[@hidden]"):
            elem.drop_tree()
        for elem in doc.xpath("//*[@style]"):
            if _DISPLAY_NONE.search(elem.get("style")):
                elem.drop_tree()
        _strip_javascript(doc)
        _CLEANER(doc)
        doc.resolve_base_href(handle_failures=self.handle_failures)
        return doc

    def remove_unlikely_candidates(self) -> None:
        """readability's own, reading only the elements with a class or an id (the others have
        no class/id words: readability skips them) and without its debug line."""
        for elem in _CLASS_OR_ID(self.html):
            s = "{} {}".format(elem.get("class", ""), elem.get("id", ""))
            if len(s) < 2:
                continue
            if (
                (_UNLIKELY_LOWER.search(s.lower()) if s.isascii() else _UNLIKELY.search(s))
                and (not _MAYBE_CANDIDATE.search(s))
                and elem.tag not in ["html", "body"]
                and not elem.xpath("ancestor-or-self::pre | ancestor-or-self::code")
                and not elem.xpath(
                    "descendant-or-self::main | descendant-or-self::article | descendant-or-self::math"
                )
            ):
                elem.drop_tree()

    def transform_misused_divs_into_paragraphs(self) -> None:
        """readability's own, but a <div> with no block element below becomes a <p> by a walk of
        the tag names below it (`_block_below`) instead of its children serialised and searched."""
        for elem in self.tags(self.html, "div"):
            if not _block_below(elem):
                elem.tag = "p"
        for elem in self.tags(self.html, "div"):
            children = list(elem)
            paragraph = None
            if elem.text and elem.text.strip():
                p = lxml_html_module.fragment_fromstring("<p/>")
                p.text = elem.text
                elem.text = None
                elem.insert(0, p)
                paragraph = p
            for child in children:
                if child.tag == "br":
                    paragraph = None
                    continue
                if child.tag not in _INLINE_TAGS or _DIV_TO_P.search(etree.tounicode(child, method="html")):
                    paragraph = None
                    continue
                if paragraph is None:
                    paragraph = lxml_html_module.fragment_fromstring("<p/>")
                    child.addprevious(paragraph)
                paragraph.append(child)
            for pos, child in reversed(list(enumerate(elem))):
                if child.tail and child.tail.strip():
                    p = lxml_html_module.fragment_fromstring("<p/>")
                    p.text = child.tail
                    child.tail = None
                    elem.insert(pos + 1, p)
                if child.tag == "br":
                    child.drop_tree()

    def score_paragraphs(self) -> dict[HtmlElement, dict[str, Any]]:
        """readability's, with the text length of each element its link-density step reads (every
        link below a candidate, for the candidate's parent and grandparent again) taken once: the
        tree does not change while it scores."""
        self._text_lengths: dict[HtmlElement, int] | None = {}
        try:
            return super().score_paragraphs()
        finally:
            self._text_lengths = None

    def get_link_density(self, elem: HtmlElement) -> float:
        lengths = getattr(self, "_text_lengths", None)
        if lengths is None:
            return super().get_link_density(elem)
        link_length = sum(_text_length_once(a, lengths) for a in elem.findall(".//a"))
        total_length = _text_length_once(elem, lengths)
        return float(link_length) / max(total_length, 1)


# readability's summary comes back as a string: read it with lxml.html's defaults, minus the
# per-element Python class lookup (see html_blocks.html_parser)
_FRAGMENT_PARSER = html_parser()
# a sentence's end, closing quotes and brackets included: English, German („...“), French and
# Swiss (« ... »), and CJK full stops
_ENDS_SENTENCE = re.compile(r"[.!?\"'”’“»«)。！？]\s*$")
_BYLINE = re.compile(r"^\s*(by|from|posted by|written by|reporter)\b", re.IGNORECASE)
_MONTH = (
    r"jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|"
    r"oct(ober)?|nov(ember)?|dec(ember)?"
)
_DATE = re.compile(
    rf"\b({_MONTH})\.?\s+\d{{1,2}}\b|\b\d{{1,2}}(st|nd|rd|th)?\s+({_MONTH})\b|\b\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}\b"
    r"|\b\d{1,2}:\d\d\b",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(r"©|\bcopyright\b|all rights reserved|\(c\)\s*\d{4}", re.IGNORECASE)
_COMMENT_TEXT = re.compile(
    r"\b(comments?|reply|report (this|abuse)|sign up|log ?in|register|subscribe|newsletter|click here|"
    r"share this|e-?mail this|print this|related (stories|articles|links)|advertisement)\b",
    re.IGNORECASE,
)
# The start of the readers' comments inside the article's container (both extractors take them
# with it): "Comments are now closed for this story", "The following are comments from the readers
# ...", "What you think...", "Discuss this story on ...", a comment's "Posted by: NAME, PLACE on
# 8:21pm Tue 1 Jan 08", the comments' own heading ("Comments", "12 Comments", "Comments (3)").
# Nothing from such a line on is the article's.
_COMMENTS_SHOWN = (
    r"comments? (?:are|is) (?:now )?(?:closed|moderated)|comments from (?:the |our )?readers|"
    r"^(?:posted|submitted) by:? \S.{0,60}\b(?:on|at) |"
    r"^\W*(?:\d+ comments?|(?:readers'? )?comments)\W*(?:\(\d+\))?\W*$"
)
_COMMENTS_INVITED = r"^(?:tell us )?what you think\b|^have your say\b|^\W*discuss this (?:story|article)\b"
_COMMENTS_START = re.compile(f"{_COMMENTS_SHOWN}|{_COMMENTS_INVITED}", re.IGNORECASE)
# the same, for the blocks the scorers left between kept ones, where an invitation ("Have your
# say", "Tell us what you think") is as often a box in the middle of the article: only the lines
# that say the comments are there
_COMMENTS_BETWEEN = re.compile(_COMMENTS_SHOWN, re.IGNORECASE)
# A closing credit: "AP Sports Writer ... contributed to this report.", "... can be reached at
# name@paper.com", "The full article contains 339 words and appears in ...", "This material may
# not be published, broadcast, ...", "Copyright PA Sport 2008, All Rights Reserved". Nothing from
# such a line on is the article's, when it is one of the last CREDIT_BLOCKS kept blocks.
# (text.py's CLOSING_CREDITS and COPYRIGHT_NOTICE; "can (may) be reached at" and "Write to him at"
# only with an address after it: "Frank Bodani is a writer for the York Daily Record/Sunday News. He
# may be reached at fbodani@ydr.com.", "... Write to him at jlitke@ap.org", l3s_gn1 7cc11b64, c7eba89c)
_CREDIT = re.compile(
    rf"{CLOSING_CREDITS}|\b(?:can|may) be (?:reached|contacted) at \S*(?:@|\(at\))|\bwrite to (?:him|her|them) at \S*@|"
    rf"\bfull (?:article|text) contains \d+ words\b|{COPYRIGHT_NOTICE}",
    re.IGNORECASE,
)
# every _COMMENTS_START and _CREDIT line holds one of these (in lower case): cheap tests before
# the regexes
_COMMENTS_KEYS = ("comment", "what you think", "have your say", "discuss this", "ed by")
_CREDIT_KEYS = (
    "contributed",
    "can be",
    "write to",
    "may not be",
    "may be",
    "contains",
    "reserv",
    "vorbehalten",
)
# a closing line is looked for in blocks of at most this many characters (a credit naming four
# reporters and their places runs to about 200)
CLOSING_MAX_CHARS = 250
# a credit closes the article among its last this many kept blocks (set by hand: on l3s_gn1 up to
# 4 lines of a site's furniture follow it; further up such words are more likely the article's)
CREDIT_BLOCKS = 5

# a wire photo's caption ("..., in this June 3, 2007, file photo.", "... are seen in this combined
# image.") and a photo credit line ("Photo: US Air Force", "photo by Ros O'Gorman", "Lord Condon
# (Pic:PA)", "Pervez Musharraf (file photo)", "Kevork Djansezian, file"): see _without_leading_captions
_WIRE_CAPTION = re.compile(
    r"\bin this (?:[\w.,'’ -]{0,40} )?(?:file )?(?:photo|photograph|image|picture)\b", re.IGNORECASE
)
_CREDIT_LINE = re.compile(
    r"^(?:photo|picture|image|foto)s?(?: by\b|:)|\((?:pic|photo|picture|foto)s?:|"
    r"\(file (?:photo|picture|image)\)|, file$",
    re.IGNORECASE,
)

# a word of letters (see _without_cell_tail)
_LETTERS = re.compile(r"[^\W\d_]{3}")

# class/id words that say what an element holds
_HINTS = {
    "comment": {"comment", "comments", "reply", "replies", "respond", "discussion", "disqus", "talkback"},
    "caption": {
        "caption",
        "credit",
        "photo",
        "image",
        "img",
        "figure",
        "gallery",
        "video",
        "thumbnail",
        "media",
        "slideshow",
    },
    "related": {
        "related",
        "recommended",
        "popular",
        "trending",
        "links",
        "headlines",
        "more",
        "also",
        "promo",
        "teaser",
        "sidebar",
        "widget",
    },
    "nav": {
        "nav",
        "navigation",
        "menu",
        "footer",
        "header",
        "breadcrumb",
        "breadcrumbs",
        "share",
        "social",
        "toolbar",
        "tools",
        "tags",
        "masthead",
        "topnav",
        "subnav",
    },
    "meta": {
        "byline",
        "author",
        "date",
        "time",
        "timestamp",
        "dateline",
        "posted",
        "published",
        "meta",
        "info",
        "source",
        "updated",
    },
    "ad": {"ad", "ads", "advert", "advertisement", "sponsor", "sponsored", "banner", "adsense"},
    "content": {
        "article",
        "content",
        "story",
        "body",
        "text",
        "entry",
        "post",
        "main",
        "storytext",
        "articlebody",
        "story_body",
        "articletext",
        "entrytext",
    },
}

FEATURE_NAMES: tuple[str, ...] = (
    "bias",
    "readability",
    "trafilatura",
    "both",
    "either_half",
    "log_tokens",
    "short",
    "link_density",
    "ends_sentence",
    "tag_p",
    "tag_heading",
    "tag_li",
    "tag_td",
    "byline",
    "date_short",
    "copyright",
    "comment_text",
    "hint_comment",
    "hint_caption",
    "hint_related",
    "hint_nav",
    "hint_meta",
    "hint_ad",
    "hint_content",
    "neighbours_readability",
    "neighbours_trafilatura",
    "before_core",
    "after_core",
    "capitalised",
)


@dataclass(frozen=True, slots=True)
class BodyResult:
    """The main text (paragraphs joined by blank lines), which fallback gave it, and the views."""

    text: str
    method: str  # "scorer" (fallback 1), "readability" or "trafilatura" (2), "none" (3)
    blocks: tuple[Block, ...] = ()  # every block of the page
    kept: tuple[int, ...] = ()  # indices of the blocks that make the text (fallback 1 only)
    # the first kept block before the short boxes above the article left (`_boxes_above`): the
    # headline and byline lie near it, whatever boxes the text leaves out (fallback 1 only)
    start: int | None = None
    # an extractor that failed on the page (its vote was read as "no text"), one line each, for
    # the user's warnings (`Article.notes`): "readability failed (ValueError: ...)"
    notes: tuple[str, ...] = ()


def extractor_texts(tree: HtmlElement, failures: list[str] | None = None) -> tuple[str, str]:
    """(trafilatura's text, readability's text), each from its own copy of `tree`. An extractor
    that raises gives "" (a library failure on one page means "no vote", never a crash), and one
    line saying so is appended to `failures` when given."""
    try:
        traf = trafilatura.extract(tree, fast=True, include_comments=False, include_tables=True) or ""
    except Exception as e:
        traf = _failed("trafilatura", e, failures)
    try:
        summary = _Readability(tree).summary(html_partial=True)
    except Exception as e:  # readability raises its own Unparseable and lxml errors
        summary = _failed("readability", e, failures)
    return traf, _html_to_text(summary)


def _failed(extractor: str, error: Exception, failures: list[str] | None) -> str:
    """Note one extractor's failure (see `extractor_texts`); its text is ""."""
    line = f"{extractor} failed on the page ({type(error).__name__}: {error}); the text was read without it"
    _log.warning("%s", line)
    if failures is not None:
        failures.append(line)
    return ""


def _html_to_text(fragment: str) -> str:
    if not fragment.strip():
        return ""
    from lxml import html as lxml_html

    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div", parser=_FRAGMENT_PARSER)
    except Exception:
        return ""
    return "\n".join(b.text for b in page_blocks(root))


@lru_cache(maxsize=4)
def _ngram_sets(text: str) -> tuple[frozenset[tuple[str, ...]], ...]:
    """The text's 1- to 4-gram sets. Cached: one page's extractor texts are looked up by the
    scorers' features and again by the rules after them."""
    toks = _TOKEN.findall(text)
    return tuple(frozenset(zip(*(toks[i:] for i in range(n)), strict=False)) for n in (1, 2, 3, 4))


def _coverage(tokens: list[str], grams: tuple[frozenset[tuple[str, ...]], ...]) -> float:
    """Share of the block's 4-grams (or its whole token run, when shorter) found in a text."""
    if not tokens:
        return 0.0
    n = min(4, len(tokens))
    pieces = zip(*(tokens[i:] for i in range(n)), strict=False)
    return sum(map(grams[n - 1].__contains__, pieces)) / (len(tokens) - n + 1)


def _hint_flags(hints: frozenset[str]) -> list[float]:
    return [0.0 if hints.isdisjoint(words) else 1.0 for words in _HINTS.values()]


class _BlockView:
    """What the scorers read of one page's blocks, worked out once per page however many times
    they score it: each block's looks (the FEATURE_NAMES columns that depend on the block alone)
    and its coverage by each extractor text."""

    __slots__ = ("blocks", "sizes", "looks", "caps", "_covered")

    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks
        self.sizes = [len(b.words) for b in blocks]
        self.looks = [_looks(b) for b in blocks]
        self.caps = [
            sum(1 for w in b.words if w[:1].isupper()) / n if n else 0.0
            for b, n in zip(blocks, self.sizes, strict=True)
        ]
        self._covered: dict[str, list[float]] = {}

    def coverage(self, text: str) -> list[float]:
        """Each block's _coverage by `text`."""
        found = self._covered.get(text)
        if found is None:
            if text:
                grams = _ngram_sets(text)
                found = [_coverage(b.words, grams) for b in self.blocks]
            else:  # no text covers nothing
                found = [0.0] * len(self.blocks)
            self._covered[text] = found
        return found


def _looks(b: Block) -> list[float]:
    """The block's columns from log_tokens to hint_content."""
    n = len(b.words)
    tag = b.tag
    return [
        math.log1p(n),
        1.0 if n < 5 else 0.0,
        b.link_chars / max(1, len(b.text)),
        1.0 if _ENDS_SENTENCE.search(b.text) else 0.0,
        1.0 if tag == "p" else 0.0,
        1.0 if b.heading else 0.0,
        1.0 if tag in ("li", "dd", "dt") else 0.0,
        1.0 if tag in ("td", "th") else 0.0,
        1.0 if n < 12 and _BYLINE.search(b.text) else 0.0,
        1.0 if n < 15 and _DATE.search(b.text) else 0.0,
        1.0 if _COPYRIGHT.search(b.text) else 0.0,
        1.0 if n < 20 and _COMMENT_TEXT.search(b.text) else 0.0,
        *_hint_flags(b.hints),
    ]


def block_features(
    blocks: list[Block], traf: str | None, read: str, view: _BlockView | None = None
) -> list[list[float]]:
    """One feature row per block, in FEATURE_NAMES order; without a trafilatura vote (None) its
    columns repeat readability's. `view`: the blocks' _BlockView, when one page is scored more
    than once."""
    if view is None:
        view = _BlockView(blocks)
    rcov = view.coverage(read)
    tcov = rcov if traf is None else view.coverage(traf)
    sizes = view.sizes
    core = [i for i, n in enumerate(sizes) if n >= 10 and rcov[i] >= 0.5 and tcov[i] >= 0.5]
    first, last = (core[0], core[-1]) if core else (len(blocks), -1)
    rows = []
    for i, looks in enumerate(view.looks):
        lo, hi = max(0, i - 2), min(len(blocks), i + 3)
        others = hi - lo - 1
        nr = sum(rcov[lo:i] + rcov[i + 1 : hi]) / others if others else 0.0
        nt = sum(tcov[lo:i] + tcov[i + 1 : hi]) / others if others else 0.0
        r, t = rcov[i], tcov[i]
        rows.append(
            [
                1.0,
                r,
                t,
                r * t,
                1.0 if max(r, t) >= 0.5 else 0.0,
                *looks,
                nr,
                nt,
                1.0 if i < first else 0.0,
                1.0 if i > last else 0.0,
                view.caps[i],
            ]
        )
    return rows


@dataclass(frozen=True, slots=True)
class BlockModel:
    """The shipped scorer: weights in FEATURE_NAMES order, the keep threshold, and whether the
    features were computed with trafilatura's vote (else its columns repeat readability's)."""

    weights: tuple[float, ...]
    threshold: float
    trafilatura_vote: bool


def _load_model(name: str) -> BlockModel:
    raw = resources.files("newsprism.extract").joinpath(f"data/{name}").read_text("utf-8")
    spec = json.loads(raw)
    names = tuple(spec["features"])
    if names != FEATURE_NAMES:
        raise RuntimeError(
            f"extract/data/{name} was trained on other features than html_body.FEATURE_NAMES: "
            "re-run bench/train_html_blocks.py --write"
        )
    return BlockModel(
        weights=tuple(float(w) for w in spec["weights"]),
        threshold=float(spec["threshold"]),
        trafilatura_vote=bool(spec.get("trafilatura_vote", True)),
    )


@lru_cache(maxsize=1)
def scorers() -> tuple[BlockModel, BlockModel]:
    """The first scorer (readability's vote) and the second (both votes), as shipped."""
    return _load_model("html_blocks.json"), _load_model("html_blocks_votes.json")


def block_probabilities(rows: list[list[float]], model: BlockModel) -> list[float]:
    out = []
    weights = model.weights
    for row in rows:
        if len(row) != len(weights):
            raise ValueError(f"a feature row of {len(row)} columns for {len(weights)} weights")
        z = sum(map(operator.mul, weights, row))
        out.append(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))))
    return out


def _kept(model: BlockModel, view: _BlockView, traf: str | None, read: str) -> set[int]:
    rows = block_features(view.blocks, traf if model.trafilatura_vote else None, read, view)
    return {i for i, p in enumerate(block_probabilities(rows, model)) if p >= model.threshold}


def _tokens(text: str) -> int:
    return len(_TOKEN.findall(text))


def body_text(tree: HtmlElement) -> BodyResult:
    """The page's main text (fallbacks: see `choose_text`)."""
    blocks = page_blocks(tree)
    failures: list[str] = []
    traf, read = extractor_texts(tree, failures)
    view = _BlockView(blocks)
    text, method, kept, start = _body(view, traf, read)
    if method == "none" and traf and read:
        if _read_overlay(view, read, traf):
            # readability took a dialog for the article, and its text contradicted trafilatura's:
            # readability's vote says nothing of the article, which is trafilatura's paragraphs as
            # the scorers keep them without it. Only a scorer text counts: trafilatura's whole
            # text, with no second witness, is no fallback here (on a social page, the replies).
            found = _body(view, traf, "")
            if found[1] == "scorer":
                text, method, kept, start = found
        else:
            kept = _one_run(view, traf, read)
            if kept:
                text, method, start = "\n\n".join(blocks[i].text for i in kept), "scorer", kept[0]
    if method != "scorer":
        kept, start = [], None
    return BodyResult(
        text=text, method=method, blocks=tuple(blocks), kept=tuple(kept), start=start, notes=tuple(failures)
    )


def _body(view: _BlockView, traf: str, read: str) -> tuple[str, str, list[int], int | None]:
    """(text, method, kept blocks, start) by the scorers, the rules and the fallbacks."""
    blocks = view.blocks
    first, second = scorers()
    kept: list[int] = []
    start: int | None = None
    # readability took a fragment of what trafilatura took (or nothing): see _trafilatura_paragraphs
    fragment = bool(traf) and READ_FRAGMENT_RATIO * _tokens(read) <= _tokens(traf)
    if blocks:
        core = _kept(first, view, traf, read)
        if sum(view.sizes[i] for i in core) >= MIN_SCORED_TOKENS:
            core |= _kept(second, view, traf, read)
            if fragment:
                # with the lines next to them: where readability took a promo box, the second
                # scorer keeps one paragraph of a story printed as a table's cells (l3s_gn1
                # abfad90a: 1 of its 4)
                core |= _run_ends(view, _trafilatura_paragraphs(second, view, traf), traf)
        kept, start = _refined(view, core, traf, read)
    scored = "\n\n".join(blocks[i].text for i in kept)
    text, method = choose_text(scored, traf, read)
    if method == "trafilatura" and fragment:
        # the scorers found no article and trafilatura's text is the fallback: on 2008 portals it
        # is the whole page, menus and headline lists around the article. Its paragraphs, as the
        # second scorer keeps them with its vote in readability's place, are the article.
        kept, start = _refined(
            view, _run_ends(view, _trafilatura_paragraphs(second, view, traf), traf), traf, read
        )
        scored = "\n\n".join(blocks[i].text for i in kept)
        if _tokens(scored) >= MIN_SCORED_TOKENS:
            text, method = scored, "scorer"
    return text, method, kept, start


def _one_run(view: _BlockView, traf: str, read: str) -> list[int]:
    """The blocks of a sentence or more (MIN_SCORED_TOKENS) that either extractor took, when
    both took some and together they make one run (at most GAP_BLOCKS blocks between two of them);
    else []. Called where the two texts contradict each other and the scorers kept nothing: on a
    paywalled teaser one extractor takes the lead and the other the first paragraph below it, and
    the two are the article's opening. On index pages (cleanportaleval's BBC pages) and social
    pages the two texts lie in different parts of the page."""
    tcov, rcov = view.coverage(traf), view.coverage(read)
    took = [
        i for i, n in enumerate(view.sizes) if n >= MIN_SCORED_TOKENS and max(tcov[i], rcov[i]) >= TAKEN_SHARE
    ]
    one_run = all(b - a <= GAP_BLOCKS + 1 for a, b in zip(took, took[1:], strict=False))
    both = any(tcov[i] >= TAKEN_SHARE for i in took) and any(rcov[i] >= TAKEN_SHARE for i in took)
    return took if one_run and both else []


def _read_overlay(view: _BlockView, read: str, traf: str) -> bool:
    """Whether readability's text is mostly (by tokens) overlay blocks (`Block.overlay`: a
    newsletter, consent or sign-up dialog) that trafilatura did not take."""
    cov = view.coverage(read)
    by_traf = view.coverage(traf)
    taken = [i for i, c in enumerate(cov) if c >= TAKEN_SHARE]
    boxed = sum(view.sizes[i] for i in taken if view.blocks[i].overlay and by_traf[i] < TAKEN_SHARE)
    return 2 * boxed > sum(view.sizes[i] for i in taken)


def _refined(view: _BlockView, core: set[int], traf: str, read: str) -> tuple[list[int], int | None]:
    """The scorers' blocks `core` after the rules that follow them, and the first of them before
    the boxes above the article left (`BodyResult.start`)."""
    above: set[int] = set()
    if traf:
        core |= _between_kept(view, core, traf)
        core |= _readability_paragraphs(view, core, traf, read)
        core |= _colon_lists(view, core, traf, read)
        inside, above = _boxes(view, core, traf)
        core -= inside
    kept = _without_islands(
        view, _without_teasers(view, sorted(core - _unconfirmed_overlays(view, core, traf)))
    )
    if not _any_taken(view, kept, traf, read):
        return [], None
    start = kept[0] if kept else None
    kept = _without_leading_captions(view, [i for i in kept if i not in above])
    return _video_description(view, _before_closing(view.blocks, _without_cell_tail(view, kept))), start


def _without_cell_tail(view: _BlockView, kept: list[int]) -> list[int]:
    """The kept blocks less a tail of table cells: when the article's paragraphs are <p>s (the tag
    of most of its kept tokens), kept blocks that follow its last <p> across a left block and are
    all <td>s holding words leave. Table-layout sites print their imprint and promos there ("A
    publication by the Path Publishing Group.", "Come see us again.") and both extractors take
    them with the article. A tail of number cells (a scorecard's "1-3, 2-41, 3-44", a results
    table's "1.") is the article's table and stays."""
    if len(kept) < 3:
        return kept
    blocks, sizes = view.blocks, view.sizes
    weight: dict[str, int] = {}
    for i in kept:
        weight[blocks[i].tag] = weight.get(blocks[i].tag, 0) + sizes[i]
    if max(weight, key=weight.__getitem__) != "p":
        return kept
    last = max(k for k, i in enumerate(kept) if blocks[i].tag == "p")
    tail = kept[last + 1 :]
    if (
        tail
        and tail[0] > kept[last] + 1
        and all(blocks[i].tag == "td" and _LETTERS.search(blocks[i].text) for i in tail)
    ):
        return kept[: last + 1]
    return kept


def _without_leading_captions(view: _BlockView, kept: list[int]) -> list[int]:
    """The kept blocks less the photo captions and credits that open the text, before its first
    block of a sentence or more that is none (_CAPTION; a credit line only when short of a
    sentence, MIN_SCORED_TOKENS): "Amy Winehouse arrives at the MTV Movie Awards ..., in this June
    3, 2007, file photo.", "Kevork Djansezian, file", "Lord Condon (Pic:PA)", "Photo: US Air
    Force". Captions further down stay: there the golds disagree (cleanportaleval's msnbc pages
    keep theirs). The headline and byline search still starts at the first kept block."""
    blocks, sizes = view.blocks, view.sizes
    captions: set[int] = set()
    opening = True
    for i in kept:
        text = blocks[i].text
        if (opening and _WIRE_CAPTION.search(text)) or (
            sizes[i] < MIN_SCORED_TOKENS and _CREDIT_LINE.search(text)
        ):
            captions.add(i)
        elif sizes[i] >= MIN_SCORED_TOKENS and not blocks[i].heading:
            opening = False
    return [i for i in kept if i not in captions] if captions else kept


def _without_teasers(view: _BlockView, kept: list[int]) -> list[int]:
    """The kept blocks less the teasers of other stories: a block cut short with an ellipsis
    right above a link that reads "more" ("... he's truly lucky to..." / "[ more ]"), unless
    nothing else is kept (a page that is one story's teaser). Removed before `BodyResult.start`:
    a sidebar's teaser above the article would otherwise be the body's start, and the headline
    search would look around it."""
    blocks = view.blocks
    teasers = {
        i
        for i in kept
        if _ELLIPSIS_END.search(blocks[i].text)
        and i + 1 < len(blocks)
        and _MORE_LINK.match(blocks[i + 1].text)
        and blocks[i + 1].link_chars * 2 >= len(blocks[i + 1].text)
    }
    if not teasers or len(teasers) == len(kept):
        return kept
    return [i for i in kept if i not in teasers]


def _without_islands(view: _BlockView, kept: list[int]) -> list[int]:
    """The kept blocks less the islands: a block short of a sentence (MIN_SCORED_TOKENS), no
    heading, with no other kept block within ISLAND_BLOCKS blocks of it. A menu's "D.C." or
    "home", a table's "1.", "Welcome!": an extractor's vote on so short a block says only that
    its words are somewhere in its text. Removed before `BodyResult.start`, which they would
    otherwise pull away from the headline and byline."""
    if len(kept) < 2:
        return kept
    blocks, sizes = view.blocks, view.sizes
    gaps = [b - a for a, b in zip(kept, kept[1:], strict=False)]
    return [
        i
        for k, i in enumerate(kept)
        if sizes[i] >= MIN_SCORED_TOKENS
        or blocks[i].heading
        or (k > 0 and gaps[k - 1] <= ISLAND_BLOCKS)
        or (k < len(gaps) and gaps[k] <= ISLAND_BLOCKS)
    ]


# a teaser's cut-off end, and the link after it (`_without_teasers`)
_ELLIPSIS_END = re.compile(r"(?:\.\.\.|…)\s*$")
_MORE_LINK = re.compile(
    r"\W*(?:read |see |full )?(?:more|story|full story|continue reading)\W*$", re.IGNORECASE
)

# an extractor took a block when its text holds this share of the block's 4-grams (a majority)
TAKEN_SHARE = 0.5


def _any_taken(view: _BlockView, kept: list[int], traf: str, read: str) -> bool:
    """Whether an extractor took (half of the 4-grams of) any kept block. The scorers weigh the
    extractors' votes; blocks that neither voted for were kept for their looks alone, and when
    they are all the text (a customer review on a shop page), the scorer's text is no article's:
    the fallbacks decide."""
    for text in (read, traf):
        cov = view.coverage(text)
        if any(cov[i] >= TAKEN_SHARE for i in kept):
            return True
    return not kept


def _trafilatura_paragraphs(model: BlockModel, view: _BlockView, traf: str) -> set[int]:
    """The paragraphs (blocks of at least FALLBACK_MIN_TOKENS tokens) that `model` keeps when it
    sees trafilatura's vote in readability's place. Called when readability took a fragment of
    what trafilatura took (a lead, one paragraph between ads: READ_FRAGMENT_RATIO): its vote then
    says nothing about the rest of the article, and the second scorer, which leans on it, drops
    trafilatura's paragraphs. Short blocks stay out: where trafilatura took the whole page
    (2008 portals) they are its menus and headline lists, and so is a long block mostly of link
    text: a ticker of headlines joined by "|" in one <div> (l3s_gn1 3463f0c3: 886 of its 958
    characters are links)."""
    blocks = view.blocks
    return {
        i
        for i in _kept(model, view, traf, traf)
        if view.sizes[i] >= FALLBACK_MIN_TOKENS and 2 * blocks[i].link_chars <= len(blocks[i].text)
    }


def _run_ends(view: _BlockView, paragraphs: set[int], traf: str) -> set[int]:
    """`paragraphs` (`_trafilatura_paragraphs`) and the blocks right above and below each run of
    them that trafilatura took, of a sentence or more (MIN_SCORED_TOKENS), in
    the paragraphs' own elements (every class/id word of theirs is one of the paragraphs'), not
    headings and not mostly link text: the article's lead and last lines, which the second scorer
    weighs like the page's other short blocks and drops. A menu or a headline list next to the
    article lies in other elements or is link text."""
    if not paragraphs:
        return paragraphs
    blocks, sizes, cov = view.blocks, view.sizes, view.coverage(traf)
    words = frozenset().union(*(blocks[i].hints for i in paragraphs))

    def end(i: int) -> bool:
        block = blocks[i]
        return (
            cov[i] >= TAKEN_SHARE
            and sizes[i] >= MIN_SCORED_TOKENS
            and not block.heading
            and 2 * block.link_chars <= len(block.text)
            and block.hints <= words
        )

    # each run's ends, not the ends of the span from the first paragraph to the last: the second
    # scorer may keep a paragraph of the story and one of a box far below it
    out = set(paragraphs)
    for p in paragraphs:
        i = p - 1
        while i >= 0 and i not in out and end(i):
            out.add(i)
            i -= 1
        i = p + 1
        while i < len(blocks) and i not in out and end(i):
            out.add(i)
            i += 1
    return out


def _between_kept(view: _BlockView, kept: set[int], traf: str) -> set[int]:
    """Blocks that trafilatura took (half of their 4-grams in its text), not mostly link text,
    in a gap of at most GAP_BLOCKS blocks between two kept blocks of a sentence or more
    (MIN_SCORED_TOKENS). Modern articles put subheadings, pull quotes and embedded posts between
    their paragraphs; readability often drops them, and the scorers, which lean on its vote and
    on length, drop them too. Short of a sentence, a kept block may be a stray headline in a
    list, and what lies between two of them is the list."""
    sizes = view.sizes
    order = sorted(i for i in kept if sizes[i] >= MIN_SCORED_TOKENS)
    gaps = [range(a + 1, b) for a, b in zip(order, order[1:], strict=False) if 1 < b - a <= GAP_BLOCKS + 1]
    if not gaps:
        return set()
    blocks, cov = view.blocks, view.coverage(traf)
    return {
        i
        for gap in gaps
        for i in gap
        if i not in kept and 2 * blocks[i].link_chars <= len(blocks[i].text) and cov[i] >= TAKEN_SHARE
    }


def _article(view: _BlockView, kept: set[int], traf: str) -> tuple[set[int], int, int, frozenset[str]] | None:
    """Where the article lies among the kept blocks, by trafilatura's vote: (the kept blocks it
    took, the first of them of a sentence or more (MIN_SCORED_TOKENS) that is no heading, the last
    of a sentence or more, the class/id words of those of a sentence or more: the article's own
    elements); None when it took no kept block of a sentence."""
    blocks, sizes, cov = view.blocks, view.sizes, view.coverage(traf)
    took = {i for i in kept if cov[i] >= TAKEN_SHARE}
    article = [i for i in took if sizes[i] >= MIN_SCORED_TOKENS]
    if not article:
        return None
    start = min((i for i in article if not blocks[i].heading), default=max(article))
    return took, start, max(article), frozenset().union(*(blocks[i].hints for i in article))


def _foreign_boxes(view: _BlockView, kept: set[int], traf: str) -> set[int]:
    """Kept blocks that trafilatura did not take, below the first kept paragraph (a block of a
    sentence or more, MIN_SCORED_TOKENS, not a heading) that it took, and in an element whose
    class/id words none of the kept blocks of a sentence or more that it took has: the boxes a
    page puts inside the article's container, within the article or after it (a promo or ad box,
    a related article's teaser, the next article, a photo slider's captions, a post's footer and
    its author's bio, an advertiser disclosure, a rating widget, teaser headlines). Readability
    takes such boxes with the container and the first scorer follows its vote. On the development
    pages none of these blocks is in the gold. Above the article's first paragraph such boxes are
    often its lead or standfirst ("teaser", "intro"), and in the article's own elements a block
    trafilatura left is often a last line or a correction: both stay, except below the article's
    last such paragraph a block mostly of link text (teaser headlines written into the article's
    own element, "▲ ...", "Mehr: ...")."""
    return _boxes(view, kept, traf)[0]


def _boxes(view: _BlockView, kept: set[int], traf: str) -> tuple[set[int], set[int]]:
    """(`_foreign_boxes`, `_boxes_above`): kept blocks that trafilatura did not take, in an element
    whose class/id words none of the article's paragraphs has (see `_article`), below its first
    paragraph and above it."""
    article = _article(view, kept, traf)
    inside: set[int] = set()
    above: set[int] = set()
    if article is None:
        return inside, above
    took, start, end, words = article
    blocks = view.blocks
    for i in kept:
        if i in took:
            continue
        block = blocks[i]
        own = block.hints <= words
        if i > start and (not own or (i > end and 2 * block.link_chars > len(block.text))):
            inside.add(i)
        elif i < start and not own and view.sizes[i] < MIN_SCORED_TOKENS:
            above.add(i)
    return inside, above


def _boxes_above(view: _BlockView, kept: set[int], traf: str) -> set[int]:
    """Kept blocks short of a sentence (MIN_SCORED_TOKENS) above the article's first paragraph
    (see `_article`), that trafilatura did not take, in an element whose class/id words none of
    the article's paragraphs has: photo captions and credits, "Click photo to enlarge", a desk's
    byline, e-mail and error-report prompts, a rating line. Longer blocks there stay: they are
    the article's lead or standfirst in a "teaser" or "intro" box. They leave the text only: the
    headline and byline search starts at the first block kept before them (`BodyResult.start`)."""
    return _boxes(view, kept, traf)[1]


def _before_closing(blocks: list[Block], kept: list[int]) -> list[int]:
    """The kept blocks before the first closing line below the first kept paragraph
    (MIN_SCORED_TOKENS, not a heading): the readers' comments' start (_COMMENTS_START), or a
    closing credit (_CREDIT) or the page's copyright line (`text.is_copyright_line`: "© 2008 AFP",
    "(C) 2008 Magellan Navigation, Inc.", kept on 5 l3s_gn1 pages, in none of their gold bodies,
    with the site's notes or a press release's trademarks after it) among the last CREDIT_BLOCKS
    kept blocks, where a photo's credit is unlikely, or a comment section's
    policy at any length (text.COMMENT_POLICY: "Comments are moderated by our editors, so there
    may be a delay ...", l3s_gn1 3ecf8ed4, longer than CLOSING_MAX_CHARS); or before the first kept
    block after such a paragraph that follows a left block starting the comments
    (`_comments_between`: the scorers dropped a comment's "Posted by: NAME on DATE" and kept its
    text) or a left copyright line (`_copyright_between`)."""
    body = False
    credits_from = len(kept) - CREDIT_BLOCKS
    for k, i in enumerate(kept):
        block = blocks[i]
        if not body:
            body = len(block.words) >= MIN_SCORED_TOKENS and not block.heading
        elif (
            (len(block.text) <= CLOSING_MAX_CHARS and _closing(block.text, k >= credits_from))
            or (k >= credits_from and is_copyright_line(block.text))
            or comment_policy(block.text)
            or any(
                _comments_between(left) or _copyright_between(left) for left in blocks[kept[k - 1] + 1 : i]
            )
        ):
            return kept[:k]
    return kept


# a photo's credit is no page's copyright: "© 2008 Getty Images" under a picture inside the story
_PHOTO_CREDIT = re.compile(
    r"\b(?:getty|afp|epa|reuters|photo\w*|images?|pictures?|courtesy|file)\b", re.IGNORECASE
)


def _copyright_between(block: Block) -> bool:
    """Whether a block the scorers left is the page's copyright line ("© 2007 ANI", "Copyright ©
    2008 NY1 News. All rights reserved.", `text.is_copyright_line`), not a photo's credit: the
    site prints it under the story, and what follows is the page's (other stories' teasers, an
    agency's next items: l3s_gn1 a9c72165 kept five "New Delhi, Jan 15 (ANI): ..." leads under
    "© 2007 ANI"). The text reader ends a dump's body at the same line. On the 692 dev pages 6
    have such a line between kept blocks; every kept block after it was furniture or another
    story's teaser."""
    text = block.text
    return is_copyright_line(text) and not _PHOTO_CREDIT.search(text)


def _closing(text: str, credits: bool) -> bool:
    """Whether a block's text is a closing line: the readers' comments' start, or (when `credits`)
    a closing credit; `in` tests on its lower case before each regex."""
    lower = text.lower()
    if any(key in lower for key in _COMMENTS_KEYS) and _COMMENTS_START.search(text):
        return True
    return credits and any(key in lower for key in _CREDIT_KEYS) and _CREDIT.search(text) is not None


def _comments_between(block: Block) -> bool:
    """Whether a block the scorers left is a line that starts the readers' comments
    (_COMMENTS_BETWEEN); a link to them ("53 Comments" in a toolbar above the article) is not."""
    text = block.text
    if len(text) > CLOSING_MAX_CHARS or 2 * block.link_chars > len(text):
        return False
    lower = text.lower()
    return ("comment" in lower or "ed by" in lower) and _COMMENTS_BETWEEN.search(text) is not None


def _readability_paragraphs(view: _BlockView, kept: set[int], traf: str, read: str) -> set[int]:
    """Paragraphs (FALLBACK_MIN_TOKENS tokens or more, not mostly link text) below the article's
    first paragraph (see `_article`) that readability took and the scorers and trafilatura left,
    in the article's own elements (every class/id word of theirs is one of the article's). On
    modern pages trafilatura stops at a promo box inside the article and the scorers, unsure
    without its vote, keep some of readability's paragraphs after it and not others. Out of the
    article's own elements such paragraphs are mostly other texts (comments, teasers, a portal's
    other stories: on l3s_gn1 17,706 tokens outside the gold against 343 in it); in them, on the
    three development sets, all are article text (5 blocks of 275 tokens)."""
    blocks = view.blocks
    article = _article(view, kept, traf)
    if article is None:
        return set()
    _, start, _, words = article
    rcov, tcov = view.coverage(read), view.coverage(traf)
    return {
        i
        for i in range(start + 1, len(blocks))
        if rcov[i] >= TAKEN_SHARE
        and tcov[i] < TAKEN_SHARE
        and view.sizes[i] >= FALLBACK_MIN_TOKENS
        and i not in kept
        and 2 * blocks[i].link_chars <= len(blocks[i].text)
        and blocks[i].hints <= words
    }


def _colon_lists(view: _BlockView, kept: set[int], traf: str, read: str) -> set[int]:
    """The lists the article leads into with a colon: a line ending on one (not a heading), a kept
    paragraph (MIN_SCORED_TOKENS) or right under one, below the article's first paragraph (see
    `_article`), with the blocks under it that an extractor took, kept or not, each short of a
    paragraph (FALLBACK_MIN_TOKENS), not mostly link text, in the article's own elements, as far
    as `_list_items` reads them. The
    scorers weigh such items as they weigh a menu's lines and drop them ("Alberta Premier Ed
    Stelmach said topics included:" over three <li>s, l3s_gn1 79bc594a, the last one kept alone;
    an AP story's "On the Net:" over its links, b5897149; Canadian Blood Services' clinics, dates
    and addresses under "one of the following clinic locations:", e57a9f8c); a closing credit or
    copyright line under the list leaves after (`_before_closing`). Of the dev HTML texts this
    changes (l3s_gn1, cleanportaleval, htmldate), 18: 12 right, 2 lists of the article's own that
    its gold leaves out, 4 wrong; the lead-in's test and `_list_items` (session 31) keep the 4
    wrong ones' furniture out and change one right one (a heading over links, "Windows 7:", goes)."""
    article = _article(view, kept, traf)
    if article is None:
        return set()
    _, start, _, words = article
    blocks, sizes = view.blocks, view.sizes
    rcov, tcov = view.coverage(read), view.coverage(traf)

    def item(i: int) -> bool:
        block = blocks[i]
        return (
            max(rcov[i], tcov[i]) >= TAKEN_SHARE
            and sizes[i] < FALLBACK_MIN_TOKENS
            and not block.heading
            and 2 * block.link_chars <= len(block.text)
            and block.hints <= words
        )

    out: set[int] = set()
    for i in range(start + 1, len(blocks) - 1):
        lead = blocks[i]
        if lead.heading or not lead.text.rstrip().endswith(":") or not lead.hints <= words:
            continue
        # a lead-in shorter than a paragraph is the article's only right under its prose: among
        # other short lines it labels a toolbar's or a form's ("E-mail Toolbar" / "Shape public
        # opinion:" / "What's this?" / "Talkbacks for this article: 18", l3s_gn1 552fe66a)
        paragraph = i in kept and sizes[i] >= MIN_SCORED_TOKENS
        if not paragraph and not (i - 1 in kept and sizes[i - 1] >= MIN_SCORED_TOKENS):
            continue
        items = _list_items(view, kept, i + 1, item)
        out.update(range(i, items.stop) if items else ())
    return out - kept


def _list_items(view: _BlockView, kept: set[int], first: int, item: Callable[[int], bool]) -> range:
    """The items of a list led in above `first`: the blocks from `first` on that pass `item`, up to
    1. a kept sentence (MIN_SCORED_TOKENS, ending as one): there the article goes on under a
       lead-in that was no list's, and its short closing lines (a credit, a source) are no items;
    2. a copyright or picture credit ("© Jan Bechberger" under each photo of a post that leads
       into its pictures with a colon, htmldate blogs_taz_de-FKK);
    3. the end of an HTML list: items that open as <li>s are its <li>s, and what follows them is
       the page's again (an "Anzeige:" label and a crosshead under a list of criteria, htmldate
       focus_de-geldanlage);
    and without trailing lines that end on a colon: such a line leads into something the page
    does not hold as text (a video, a book box's link: "Zum Buch:", htmldate livenet_ch-sprache)."""
    blocks, sizes = view.blocks, view.sizes
    in_list = first < len(blocks) and blocks[first].tag == "li"
    end = first
    while end < len(blocks) and item(end):
        block = blocks[end]
        if _COPYRIGHT.search(block.text) or (in_list and block.tag != "li"):
            break
        end += 1
        if end - 1 in kept and sizes[end - 1] >= MIN_SCORED_TOKENS and _ENDS_SENTENCE.search(block.text):
            break
    while end > first and blocks[end - 1].text.rstrip().endswith(":"):
        end -= 1
    return range(first, end)


def _unconfirmed_overlays(view: _BlockView, kept: set[int], traf: str | None) -> set[int]:
    """Kept blocks inside an overlay box (a newsletter, consent or "browser out of date" dialog,
    `Block.overlay`) that trafilatura did not take: readability often takes such a box for the
    article on modern pages, whose article is elsewhere or only in the page's scripts, and the
    first scorer follows its vote. Boxes trafilatura also took (glossary pop-ups) stay."""
    blocks = view.blocks
    boxed = [i for i in kept if blocks[i].overlay]
    if not boxed:
        return set()
    cov = view.coverage(traf or "")
    return {i for i in boxed if cov[i] < TAKEN_SHARE}


def _video_description(view: _BlockView, kept: list[int]) -> list[int]:
    """`kept`, after the block right above its first one when that block is a sentence or more
    (MIN_SCORED_TOKENS) of a plugin box's fallback content (`Block.plugin`) and the first is not
    (the scorers kept the description itself): on 2008-2013 video posts, the description of the
    Flash video above the article. Neither extractor takes an <object>'s content, so the scorers
    never keep it; the player's status lines ("This video is unavailable in the format required
    for your device/os.") come before the description and stay out. On cleanportaleval's video
    posts the gold holds the description above the article (17 pages of 17), and not the one
    video's further down an article; l3s_gn1 and htmldate have no text in <object>s."""
    if not kept or kept[0] == 0 or view.blocks[kept[0]].plugin:
        return kept
    above = kept[0] - 1
    if view.blocks[above].plugin and view.sizes[above] >= MIN_SCORED_TOKENS:
        return [above, *kept]
    return kept


def _shingles(text: str) -> Counter[tuple[str, ...]]:
    toks = _TOKEN.findall(text)
    return Counter(zip(*(toks[i:] for i in range(4)), strict=False))


def choose_text(scored: str, traf: str | None, read: str) -> tuple[str, str]:
    """(text, method) by the fallbacks numbered in the module docstring."""
    # 1. the scorer's blocks
    if _tokens(scored) >= MIN_SCORED_TOKENS:
        return scored, "scorer"
    found = {
        name: text
        for name, text in (("readability", read), ("trafilatura", traf or ""))
        if _tokens(text) >= FALLBACK_MIN_TOKENS
    }
    # 2. the extractors' text, when they do not contradict each other
    if len(found) == 2:
        a, b = _shingles(read), _shingles(traf or "")
        shared = sum((a & b).values()) / max(1, min(sum(a.values()), sum(b.values())))
        short, long = sorted(_tokens(t) for t in found.values())
        stray = short < STRAY_TOKENS and long >= STRAY_RATIO * short
        if shared < EXTRACTORS_AGREE and not stray:
            found = {}
    if found:
        name = max(found, key=lambda n: _tokens(found[n]))
        return _paragraphs(found[name]), name
    # 3. no article on the page
    return "", "none"


def _paragraphs(text: str) -> str:
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())


_log.addHandler(logging.NullHandler())
