"""Does a short line name the publication or one of its sections rather than an article?

    reads_as_site_name(text) -> bool          "Winona Daily News", "TOP STORIES", "Goal.com"
    names_domain(text) -> bool                "Goal.com", "FASSETTE.NET": a site name of the strongest kind
    title_sections(segments) -> set[str]      a page title's section-sized parts, normalised
    content_words(text) -> set[str]           the words that say what a text is about
    content_words_of(tokens) -> set[str]      the same, of normalised tokens
    word_count(norm) -> int                   the words of a normalised text, in any script
    normalise(text) -> str                    casefolded word tokens joined by spaces

Pages of 2008 news sites often carry only the site or section name in their <title> or in the
line above the article ("SUMMIT DAILY", "Local Sports Wire", "Britain/Ireland"). Headline pickers
for HTML (`html_meta.headline`) and plain-text pages (`text`) pass over a candidate that reads as
one. The tests are on the text alone, so they hold for sites never seen.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

__all__ = [
    "SECTION_MAX_TOKENS",
    "content_words",
    "content_words_of",
    "names_domain",
    "normalise",
    "reads_as_site_name",
    "title_sections",
    "word_count",
]

# a publication's or section's name has at most this many words ("Winona Daily News", "Local
# Sports Wire", "Lifestyle & Entertainment"); the short gold headlines of the dev sets that would
# otherwise read as one ("HITZFELD BEGINS SWISS TALKS") have four or more
SITE_NAME_MAX_WORDS = 3
# a section's name ("Rugby Union", "Britain/Ireland", "Lifestyle & Entertainment") has at most this
# many word tokens: a title segment or menu link this short beside the headline names a section;
# three-token headlines ("GoldenEye XBLA canned?", "Allardyce leaves Magpies") do turn up as links
# and as the shorter title segment on dev pages
SECTION_MAX_TOKENS = 2

_TOKEN = re.compile(r"\w+")
# the word that ends a newspaper's, a wire desk's or a broadcaster's name
_OUTLET_WORD = re.compile(
    r"\b(daily|news|herald|times|sun|post|star|journal|wire|press|mail|tribune|gazette|chronicle|"
    r"telegraph|online|service|digest|newspaper|radio|tv)\W*$",
    re.IGNORECASE,
)
_DOMAIN = re.compile(r"\w\.(?:com|net|org|co\.uk|co\.za|com\.au|ca)\b", re.IGNORECASE)
# Chinese, Japanese and Thai are written without spaces between words, so a "\w+" token there is a
# whole clause and a headline shares no token with its body ("東京で地震" over "東京都内で...地震が観測
# された"): such runs are compared by their character pairs, the unit search engines index those
# scripts by (Lucene's CJK bigrams): the headline and body above share "東京" and "地震".
UNSPACED_CHARS = "\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_UNSPACED_RUN = re.compile(f"[{UNSPACED_CHARS}]{{2,}}")
# Counting words there: a Han or kana character is one (the line model's convention,
# textlines._cjk_spaced; a Chinese word has one or two characters), and a run of Thai letters one
# per THAI_WORD_CHARS code points (a Thai syllable is two to four of them, a consonant with its
# vowel and tone marks, and a word one or two syllables).
_CJK_CHAR = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_THAI_RUN = re.compile("[\u0e00-\u0e7f]+")
THAI_WORD_CHARS = 5
_STOPWORDS = frozenset(
    re.findall(
        r"\w+",
        "the and for with from that this its are was were has have had not but his her their they you "
        "will who what when how why after over into out new says said than more about",
    )
)


def normalise(text: str) -> str:
    """Casefolded word tokens joined by single spaces (NFKC first, so ligatures and wide forms match)."""
    # casefold maps each character on its own (no context, unlike lower's final sigma): folding the
    # joined tokens is folding each token, in one call
    return " ".join(_TOKEN.findall(unicodedata.normalize("NFKC", text))).casefold()


def content_words(text: str) -> set[str]:
    """The words of three letters or more that are not function words, casefolded."""
    return content_words_of(normalise(text).split())


def content_words_of(tokens: Iterable[str]) -> set[str]:
    """`content_words` of tokens already normalised (`normalise(text).split()`); a token of a script
    written without spaces gives its character pairs instead (_UNSPACED_RUN)."""
    words: set[str] = set()
    for t in tokens:
        runs = () if t.isascii() else _UNSPACED_RUN.findall(t)
        if runs:
            words.update(run[i : i + 2] for run in runs for i in range(len(run) - 1))
        elif len(t) > 2 and t not in _STOPWORDS:
            words.add(t)
    return words


def word_count(norm: str) -> int:
    """The words of a `normalise`d text: its tokens, where a token of a script written without
    spaces counts its characters' words (_CJK_CHAR, THAI_WORD_CHARS), so that "東京都 新たな防災計画を
    発表" is a headline's 13 words, not a menu entry's 2."""
    tokens = norm.split()
    if norm.isascii():
        return len(tokens)
    return sum(
        len(_CJK_CHAR.findall(t))
        + sum(-(-len(run) // THAI_WORD_CHARS) for run in _THAI_RUN.findall(t))
        + (1 if _CJK_CHAR.sub("", _THAI_RUN.sub("", t)) else 0)
        for t in tokens
    )


def reads_as_site_name(text: str) -> bool:
    """True for a name of at most SITE_NAME_MAX_WORDS words that is all caps ("SPORTS PLUS"), a
    domain ("Goal.com", "Bloomberg.com: Muse") or capitalised words ending in a newspaper word
    ("Charleston Daily Mail", "Sports Wire")."""
    words = text.split()
    if not words or len(words) > SITE_NAME_MAX_WORDS:
        return False
    return bool(
        (text.isupper() and len(_TOKEN.findall(text)) <= SITE_NAME_MAX_WORDS)
        or _DOMAIN.search(text)
        or (_OUTLET_WORD.search(text) and all(w[:1].isupper() or w[:1].isdigit() for w in words))
    )


def names_domain(text: str) -> bool:
    """True for a short name with a domain in it ("Goal.com", "FASSETTE.NET"), the one kind of
    `reads_as_site_name` that a headline's all-caps prefix ("MOVIE REVIEW - ...") is not."""
    return len(text.split()) <= SITE_NAME_MAX_WORDS and bool(_DOMAIN.search(text))


def title_sections(segments: Iterable[str]) -> set[str]:
    """A title's section-sized segments beside a longer one, normalised ("Goal.com", "Chelsea",
    "Cole: Winning Carling Cup ..." -> {"goal com", "chelsea"})."""
    parts = [n for s in segments if (n := normalise(s))]
    longest = max((len(p.split()) for p in parts), default=0)
    return {p for p in parts if len(p.split()) <= SECTION_MAX_TOKENS and len(p.split()) < longest}
