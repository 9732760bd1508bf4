"""Cut an HTML page into text blocks, the units the body scorer keeps or drops.

    page_blocks(tree) -> list[Block]

A block is the text between two block-level boundaries (a <p>, a <div>, a <li>, a <br><br>, ...),
with what the scorer needs to know about where it sits: its tag, the class/id words of its
ancestors, how much of its text is link text. Scripts, styles, forms' controls and comments never
reach a block, so no script text can leak into an article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree
from lxml.html import HtmlElement

__all__ = ["SKIPPED_TAGS", "Block", "html_parser", "page_blocks", "parse_page"]

# elements whose content is never article text
SKIPPED_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "head",
        "title",
        "meta",
        "link",
        "iframe",
        "embed",
        "svg",
        "math",
        "select",
        "option",
        "button",
        "input",
        "textarea",
        "canvas",
        "map",
    }
)
# elements that start and end a block
BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "td",
        "th",
        "caption",
        "blockquote",
        "pre",
        "section",
        "article",
        "header",
        "footer",
        "nav",
        "aside",
        "main",
        "form",
        "fieldset",
        "legend",
        "figure",
        "figcaption",
        "address",
        "center",
        "body",
        "hr",
        "menu",
        "details",
        "summary",
        # a plugin's box (a Flash video player): its content is the fallback a browser shows where
        # the plugin does not run, which today is everywhere (see Block.plugin)
        "object",
    }
)
_SPACE = re.compile(r"\s+")
# soft hyphens (U+00AD) mark where a word may break; left in, they cut words in two for every
# token count and n-gram downstream (soundofscience.fr sets one in nearly every word)
_SOFT_HYPHEN = "\u00ad"
_ATTR_WORD = re.compile(r"[a-z]+")
# class names that state a post's properties rather than the element's role: WordPress's
# post_class() puts "has-post-thumbnail", "format-video", "category-media", "tag-comments" on the
# <article> around the whole text, and their words would mark every block of it a caption or comment
# a class or id holding a URL (CleanEval's '<text id="http://.../2013/02/19/long-reads-...">' around
# the whole page) names no role: its words would reach every block as hints, and post words
# ("comments", "photo", "tag") as the scorer's comment and caption flags. Dropped with the post states.
# The URL is matched from the start of its word only ((?<!\S)): tried at every letter, the search
# for '://' in a long class without one was quadratic (a 64,000-letter class: 2.8 s)
_POST_STATE = re.compile(
    r"(?:^|\s)(?:has|category|tag|format|status|type)-\S*|(?<!\S)\S*://\S*", re.IGNORECASE
)
# a class or id that begins with one of these words names a box laid over the page rather than a
# part of it: newsletter and consent dialogs, "your browser is out of date" boxes ("modal-body",
# "cookie-banner", "newsletter__form"; not "no-cookie" or "category-newsletter", page states and
# post categories). Only elements below the walked root count: <body>'s classes are page states.
_OVERLAY = re.compile(
    r"(?:^|\s)(?:dialog|modal|popup|popover|cookie|consent|gdpr|newsletter)(?:$|[\s_-])", re.IGNORECASE
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# a word token, as every token count and n-gram of the body scorer reads one
_WORD = re.compile(r"\w+")


@dataclass(slots=True)
class Block:
    """One run of visible text between block boundaries."""

    text: str
    tag: str  # the nearest block-level ancestor's tag
    hints: frozenset[str]  # class/id words of the ancestors (lower case, letters only)
    link_chars: int = 0
    heading: bool = False  # inside an h1-h6
    overlay: bool = False  # inside a dialog, cookie or newsletter box (see _OVERLAY)
    plugin: bool = False  # inside an <object>: its fallback content (a video's status line, its description)
    _words: list[str] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def words(self) -> list[str]:
        """The text's word tokens (runs of \\w), split on first use and kept: the body scorer's
        features and the rules after it read them many times over. Read-only."""
        if self._words is None:
            self._words = _WORD.findall(self.text)
        return self._words


class _Walker:
    """Depth-first walk that flushes the inline text collected so far at each block boundary."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.parts: list[str] = []
        self.link_chars = 0
        self.tags: list[str] = ["body"]
        # the class/id words of the open elements, each entry with its ancestors' (the last: all)
        self.hints: list[frozenset[str]] = [frozenset()]
        self.link_depth = 0
        self.headings = 0  # how many open elements are h1-h6
        self.overlay = 0  # how many open elements below the root are overlays
        self.plugin = 0  # how many open elements are <object>s
        self.root = True
        # an element's class and id -> its words and whether they name an overlay (_attr_words)
        self.attr_words: dict[str, tuple[frozenset[str], bool]] = {}

    def flush(self) -> None:
        if not self.parts:  # nothing since the last flush (link_chars rises only with a part)
            return
        text = _SPACE.sub(" ", "".join(self.parts).replace(_SOFT_HYPHEN, "")).strip()
        self.parts = []
        if text:
            self.blocks.append(
                Block(
                    text=text,
                    tag=self.tags[-1],
                    hints=self.hints[-1],
                    link_chars=min(self.link_chars, len(text)),
                    heading=self.headings > 0,
                    overlay=self.overlay > 0,
                    plugin=self.plugin > 0,
                )
            )
        self.link_chars = 0

    def add(self, text: str | None) -> None:
        if text:
            self.parts.append(text)
            if self.link_depth:
                self.link_chars += len(text.strip())

    def walk(self, el: etree._Element) -> None:
        # the hot loop of the block walk (every element of every page): add() and flush() are
        # inlined where they would return at once, and an element without class or id skips
        # the attribute words
        tag = el.tag
        if not isinstance(tag, str) or not tag:  # comment, processing instruction, entity
            self.add(el.tail)
            return
        tag = tag.lower()
        if tag in SKIPPED_TAGS:
            self.add(el.tail)
            return
        if tag == "br":
            # a lone <br> is a line break inside a paragraph, two in a row end it; treating
            # each as a boundary is simpler and costs nothing on the token metric
            if self.parts:
                self.flush()
            self.add(el.tail)
            return
        is_block = tag in BLOCK_TAGS
        heading = tag in _HEADINGS
        cls = el.get("class")
        ident = el.get("id")
        if cls is None and ident is None:
            words: frozenset[str] = frozenset()
            overlay = False
        else:
            attrs = (cls or "") + " " + (ident or "")
            found = self.attr_words.get(attrs)
            words, overlay = found if found is not None else self._attr_words(attrs)
            overlay = overlay and not self.root
        self.root = False
        if overlay:
            self.overlay += 1
        if is_block:
            if self.parts:
                self.flush()
            self.tags.append(tag)
        if heading:
            self.headings += 1
        plugin = tag == "object"
        if plugin:
            self.plugin += 1
        hints = self.hints
        hints.append(hints[-1] | words if words else hints[-1])
        link = tag == "a"
        if link:
            self.link_depth += 1
        text = el.text
        if text:
            self.parts.append(text)
            if self.link_depth:
                self.link_chars += len(text.strip())
        for child in el:
            self.walk(child)
        if link:
            self.link_depth -= 1
        if is_block:
            if self.parts:
                self.flush()
            self.tags.pop()
        hints.pop()
        if plugin:
            self.plugin -= 1
        if overlay:
            self.overlay -= 1
        if heading:
            self.headings -= 1
        text = el.tail
        if text:
            self.parts.append(text)
            if self.link_depth:
                self.link_chars += len(text.strip())

    def _attr_words(self, attrs: str) -> tuple[frozenset[str], bool]:
        """The words of an element's class and id, and whether they name an overlay box (see
        _OVERLAY), looked up once per page for each class and id pair (menus and lists repeat them)."""
        found = self.attr_words.get(attrs)
        if found is None:
            words = (
                frozenset(_ATTR_WORD.findall(_POST_STATE.sub(" ", attrs).lower()))
                if attrs.strip()
                else frozenset()
            )
            found = self.attr_words[attrs] = (words, bool(words) and _OVERLAY.search(attrs) is not None)
        return found


def page_blocks(tree: HtmlElement) -> list[Block]:
    """The page's text blocks in document order (the <body>'s, or the whole tree's if none)."""
    body = tree.find(".//body") if tree.tag != "body" else tree
    root = body if body is not None else tree
    walker = _Walker()
    walker.walk(root)
    walker.flush()
    return walker.blocks


def html_parser(**options: object) -> etree.HTMLParser:
    """An lxml HTML parser whose elements are all plain `HtmlElement`s.

    lxml.html's own parsers pick each element's class in Python (form controls get their own
    classes), a call every time an element is touched from Python; trafilatura, readability and the
    block walk touch hundreds of thousands per 100 pages. The C-level default lookup does the same
    for everything but <form>/<input>/<select>/<textarea>/<label>, whose form methods nothing here
    uses: same texts on every development page, the two extractors ~15% faster.
    """
    from lxml import html as lxml_html

    parser = lxml_html.HTMLParser(**options)
    parser.set_element_class_lookup(
        etree.ElementDefaultClassLookup(
            element=lxml_html.HtmlElement,
            comment=lxml_html.HtmlComment,
            pi=lxml_html.HtmlProcessingInstruction,
            entity=lxml_html.HtmlEntity,
        )
    )
    return parser


_HTML_PARSER = html_parser(encoding="utf-8", remove_comments=True, remove_pis=True)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_TITLE_OPEN = re.compile(r"<title\b[^>]*>", re.IGNORECASE)
# its closing tag; a mangled one ('</titlevalue="true" -->') closes nothing
_TITLE_CLOSE = re.compile(r"</title\s*>", re.IGNORECASE)
# a self-closed <html .../> start tag (a mangled page's '<html xmogo.jpg" alt="..." />'): lxml
# then ends the document there, and the page has no text
_HTML_SELF_CLOSED = re.compile(r"<html\b[^>]*/>", re.IGNORECASE)
# the end of a document, and the start of one after it: pages that are two documents in one (a
# server-side include of a header page before the article's own page); lxml drops what follows
# the first document's end
_DOCUMENT_END = re.compile(r"</(?:html|body)\s*>", re.IGNORECASE)
_HTML_OPEN = re.compile(r"<html\b", re.IGNORECASE)
# a <title> whose closing tag is not within this many characters is unclosed (truncated or
# mangled pages: 8 of l3s_gn1's 621 pages) and would swallow the whole page as title text
TITLE_CLOSE_WITHIN = 2000


def _close_title(html: str) -> str:
    """Close an unclosed <title> at the first line break or tag after it."""
    m = _TITLE_OPEN.search(html)
    if not m or _TITLE_CLOSE.search(html, m.end(), m.end() + TITLE_CLOSE_WITHIN):
        return html
    ends = [i for i in (html.find("<", m.end()), html.find("\n", m.end())) if i >= 0]
    cut = min(ends) if ends else len(html)
    return html[:cut] + "</title>" + html[cut:]


# libxml2 stops a parse at 256 nested elements (a fatal "Excessive depth in document"), and what
# follows the limit, often the whole article, is lost. A page that hits the limit is parsed again
# with its elements below FLAT_DEPTH unwrapped (`_flatten`). Dev pages nest at most 97 deep.
FLAT_DEPTH = 128
_VOID_TAGS = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    }
)
# a comment, an element whose content is raw text, or a start or end tag (group 1: "/" on an end
# tag, group 2: the name, group 3: "/" on a self-closed tag)
_MARKUP = re.compile(
    r"<!--.*?(?:-->|$)|<(?:script|style|textarea|title)\b[^>]*>.*?(?:</(?:script|style|textarea|title)\s*>|$)"
    r"|<(/?)([a-zA-Z][^\s/>]*)[^>]*?(/?)>",
    re.IGNORECASE | re.DOTALL,
)


def _too_deep(parser: etree.HTMLParser) -> bool:
    """Whether the parser's last parse stopped at libxml2's nesting limit."""
    error = parser.error_log.last_error
    return error is not None and error.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT


def _flatten(html: str, depth: int = FLAT_DEPTH) -> str:
    """The page with every start tag that would open deeper than `depth` removed, with its end
    tag; a block tag (a <div>, a <p>) becomes a <br>, so its text still ends a block."""
    out: list[str] = []
    stack: list[tuple[str, bool]] = []  # (tag, kept) of the open elements
    open_count: dict[str, int] = {}  # how many of each tag are open: a stray end tag costs no search
    last = 0
    # every match ends at a '>': the search stops after the last one, else each '<' after it would
    # be tried up to the end of the page, and each split of it into a name and attributes
    # ('<a' 1,000 times after the depth limit: 9.3 s)
    for m in _MARKUP.finditer(html, 0, html.rfind(">") + 1):
        name = m.group(2)
        if name is None:  # comment or raw-text element
            continue
        tag = name.lower()
        if m.group(1):  # end tag: close up to the nearest open element of that name
            if not open_count.get(tag):
                continue
            for i in range(len(stack) - 1, -1, -1):
                if stack[i][0] == tag:
                    kept = stack[i][1]
                    for closed, _ in stack[i:]:
                        open_count[closed] -= 1
                    del stack[i:]
                    if not kept:
                        out.append(html[last : m.start()])
                        out.append("<br>" if tag in BLOCK_TAGS else "")
                        last = m.end()
                    break
            continue
        if m.group(3) or tag in _VOID_TAGS:
            continue
        if stack and stack[-1][0] == tag and tag in ("p", "li"):  # an unclosed <p> or <li>
            stack.pop()
            open_count[tag] -= 1
        kept = len(stack) < depth
        stack.append((tag, kept))
        open_count[tag] = open_count.get(tag, 0) + 1
        if not kept:
            out.append(html[last : m.start()])
            out.append("<br>" if tag in BLOCK_TAGS else "")
            last = m.end()
    out.append(html[last:])
    return "".join(out)


# A start tag broken by an open quote runs on through the code after it and closes at the next
# '>' far down the page; the parser takes what follows as the element's raw text, up to the next
# </script> (or </style>): on l3s_gn1 599fc2eb, `<script src="/te.backgroundColor='yellow'; ...`
# swallows the whole article, its <p> and <br> tags and all (a browser hides it too). Such a tag
# shows in its attribute names: a name holding code's or a quote's punctuation ('showtab(', '){',
# 'tab1","tab2"];'), which no attribute of a well-formed tag has.
_BROKEN_NAME = re.compile(r"[\"'<>=(){};,+]")
# raw text that is prose, not code: a run between two tags of at least SWALLOWED_PROSE_WORDS words
# ending a sentence, with none of code's punctuation (a script's strings hold markup and prose too,
# but inside quotes joined by '+', ';', '='). Swallowed markup without prose (a site's navigation:
# 42abb137's `<script type="text/javascript" srcster-border">` takes the network bar) is left as
# the browser shows it: no article text is lost there.
SWALLOWED_PROSE_WORDS = 12
_RAW_TAG = re.compile(r"<[^>]*>")
_RAW_OPEN = {name: re.compile(rf"<{name}\b", re.IGNORECASE) for name in ("script", "style")}
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]?\s*$")
_CODE_MARK = re.compile(r"[{};=]|\bfunction\b|\+\s*['\"]|['\"]\s*\+")
# A scrape that lost bytes joins a well-formed script start tag to the middle of the markup after
# the loss: the script's text then opens with the tail of a tag (l3s_gn1 539e836c: `<script src=
# ".../prototype.js"></scri` + `find_over"><span>Find</span></a>...`, a truncated end tag glued to
# the rest of a link's start tag; 9a0aca8a: `<script type="text/javascript">` + ` href="http://
# spiseattle.com/">SPI</a> ...`) and runs on over the page up to the next </script>. A tag's tail is
# an end tag's '</' and a truncated name, or nothing (a start tag's '<' is lost: a whole tag opens a
# template script's markup), attributes (a name with a quoted value, or a bare name), at most a
# stray quote, and a quote right before the '>' (an end tag has none, nor has CSS's `.menu >`):
# no script opens so (code's `a = b > c` has an unquoted value; a string holding markup opens with
# its quote, or a '<' stands before the '>').
_TAG_TAIL = re.compile(
    r"""\s*(?:</[A-Za-z][\w:.-]*)?(?:\s*[\w:.-]+\s*=\s*(?:"[^"<>]*"|'[^'<>]*')|\s+[\w:.-]+)*\s*["']?(?<=["'])\s*/?>"""
)


def _tag_tail(text: str) -> re.Match[str] | None:
    """_TAG_TAIL at the start of a script's text; first the test every match passes, on the text
    up to its first '>' (no name or value holds one): a quote right before it, past an optional
    '/' and spaces. Most scripts fail it, so the regex runs on few."""
    end = text.find(">")
    if end < 0:
        return None
    head = text[:end]
    if head.endswith("/"):
        head = head[:-1]
    if not head.rstrip().endswith(('"', "'")):
        return None
    return _TAG_TAIL.match(text)


def _holds_prose(text: str) -> bool:
    """Whether raw text read as markup holds a run of prose between two tags."""
    return any(
        len(run.split()) >= SWALLOWED_PROSE_WORDS and _SENTENCE_END.search(run) and not _CODE_MARK.search(run)
        for run in _RAW_TAG.split(text)
    )


def _unswallowed(html: str, tree: HtmlElement) -> str | None:
    """The page with each broken script or style start tag that swallowed prose dropped (from
    its '<' to the start of the text it swallowed; a whole start tag glued to a tag's tail, with
    the tail, `_TAG_TAIL`), or None when there is none.

    What it swallowed is then the page's markup again; the end tag that closed the swallow closes
    the script that stood in that markup, or is a stray end tag the parser drops."""
    cuts: list[tuple[int, int]] = []
    for el in tree.iter("script", "style"):
        text = el.text or ""
        names = el.keys()  # every page's scripts pass here: one search over all their names
        if not names or not _BROKEN_NAME.search("".join(names)):
            if (tail := _tag_tail(text)) and _holds_prose(text[tail.end() :]):
                # a whole start tag glued to a tag's tail after lost bytes: the tag and the tail
                # go, from its '<' (no code stands inside a whole tag) to the tail's '>'
                start = html.find(text)
                opens = (
                    [m.start() for m in _RAW_OPEN[str(el.tag)].finditer(html, 0, start)] if start > 0 else []
                )
                if opens:
                    cuts.append((opens[-1], start + tail.end()))
            continue
        if not _holds_prose(text):
            continue
        start = html.find(text)
        # the tag opens before its first attribute's value: a '<script' found right before the
        # text may stand inside the code the tag ran on through
        value = next((v for v in el.attrib.values() if v), "")
        at = html.rfind(value, 0, start) if start > 0 and value else -1
        opens = [m.start() for m in _RAW_OPEN[str(el.tag)].finditer(html, 0, at)] if at > 0 else []
        if opens:
            cuts.append((opens[-1], start))
    if not cuts:
        return None
    end = len(html)
    for tag, start in sorted(cuts, reverse=True):
        if start <= end:  # two cuts never overlap
            html = html[:tag] + html[start:]
            end = tag
    return html


def parse_page(html: str) -> HtmlElement | None:
    """The page parsed once into an lxml HTML tree, or None when nothing parseable is there.

    The text is re-encoded as UTF-8 (with the parser told so) because lxml refuses a `str` that
    carries its own encoding declaration, and a stray declaration must not cost the page.
    """
    html = _close_title(_XML_DECL.sub("", html.replace("\x00", "")))
    # the <html> start tag stands in the page's opening characters (read as far as a <title>'s end)
    m = _HTML_SELF_CLOSED.search(html, 0, TITLE_CLOSE_WITHIN)
    if m:
        html = html[: m.end() - 2] + html[m.end() - 1 :]
    end = _DOCUMENT_END.search(html)
    if end and _HTML_OPEN.search(html, end.end()):
        html = _DOCUMENT_END.sub("", html)
    if not html.strip():
        return None
    try:
        tree = _parse(html)
        if isinstance(tree, HtmlElement):
            fixed = _unswallowed(html, tree)
            if fixed is not None:
                tree = _parse(fixed)
    except (etree.ParserError, ValueError):
        return None
    return tree if isinstance(tree, HtmlElement) else None


def _parse(html: str) -> HtmlElement:
    """The page parsed, again with its deep elements unwrapped when it hits libxml2's limit."""
    from lxml import html as lxml_html

    tree = lxml_html.document_fromstring(html.encode("utf-8", "replace"), parser=_HTML_PARSER)
    if _too_deep(_HTML_PARSER):
        tree = lxml_html.document_fromstring(_flatten(html).encode("utf-8", "replace"), parser=_HTML_PARSER)
    return tree
