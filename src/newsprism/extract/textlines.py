"""Line features and the body/boilerplate line classifier for plain-text news pages.

A scraper dump is split into a `Page` (`split_page`: its non-empty lines and the blank-line block
each sits in, as parallel lists; `split_lines` gives the same as `PageLine`s for the training
script). `line_features` turns a page into a feature matrix, one row per line, computed page-wide
in numpy rather than line by line: shape of the line itself
(length, punctuation, stop words, capitals, link-ish and navigation words), its place on the page
(position, distance from the densest stretch of text, repetition elsewhere on the page) and the
same cues for its neighbours. `LineModel` holds two stacked logistic regressions trained by
`bench/train_text_lines.py` and shipped as JSON under `extract/data/`: stage 1 scores each line,
stage 2 sees the stage-1 scores of the neighbours. `body_mask` smooths the scores with a two-state
Viterbi pass, since the body is mostly one contiguous region. `LineModel.page_proba` is the path
`extract.text` takes; the PageLine-based functions give bit-identical features and scores.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import repeat
from typing import Any

import numpy as np

from newsprism.analyse.stopwords import word_set

__all__ = [
    "FUNCTION_WORDS",
    "NAV_WORDS",
    "LineModel",
    "Page",
    "PageLine",
    "assemble_body",
    "assemble_page_body",
    "body_mask",
    "context_features",
    "line_features",
    "load_line_model",
    "lower_tokens_text",
    "split_lines",
    "split_page",
    "stacked_features",
]

MODEL_FILE = "text_lines.json"

# Width of the window that measures text density around a line (lines either side). 2 gave the best
# grouped-CV F1 among 1..4 in bench/train_text_lines.py.
DENSITY_HALF_WINDOW = 2

# Page-furniture words (navigation, sharing, ads, legal); a line's count of them is one feature.
NAV_WORDS = frozenset(
    [
        "home",
        "login",
        "log",
        "sign",
        "register",
        "subscribe",
        "subscription",
        "newsletter",
        "share",
        "email",
        "e-mail",
        "print",
        "comment",
        "comments",
        "reply",
        "cookie",
        "cookies",
        "privacy",
        "terms",
        "copyright",
        "reserved",
        "advertisement",
        "advertise",
        "sponsored",
        "click",
        "more",
        "related",
        "trending",
        "popular",
        "follow",
        "rss",
        "facebook",
        "twitter",
        "whatsapp",
        "linkedin",
        "instagram",
        "youtube",
        "search",
        "menu",
        "skip",
        "contact",
        "back",
        "top",
        "next",
        "previous",
        "video",
        "videos",
        "photo",
        "photos",
        "gallery",
        "weather",
        "horoscopes",
        "classifieds",
        "jobs",
        "tags",
        "tag",
        "categories",
        "archives",
        "sitemap",
        "feedback",
        "recommended",
        "latest",
        "view",
        "see",
        "stories",
        "breaking",
    ]
)
_DATEISH = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|"
    r"\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|"
    r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{1,2}:\d{2}\b"
)

# A small function-word list: the share of these in a line is the strongest single cue that a line
# is running prose (jusText's insight). Kept short on purpose; the model weighs it.
STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "him",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "out",
        "over",
        "own",
        "said",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
    ]
)

# Frequent function words of other languages of news pages (German, French, Spanish, Italian,
# Portuguese, Dutch, Russian, Persian), counted with STOPWORDS by the stop-word features (ratio,
# density) only. The model learned on English pages that prose is dense in function words; a
# German or Persian article has few English ones, so its lines read as furniture (on the htmldate
# pages of bench/text_modern.py a Persian and a Bulgarian article came out empty). Words that are
# English too, or stand alone in names and web addresses, are left out ("de" of every .de address,
# "hat", "plus", "per", "com", "los", "van"); "die" is in. prose.py's tests keep STOPWORDS alone.
FOREIGN_STOPWORDS = word_set(
    """der die das und ist nicht mit sich auf für dem des ein eine einen einem einer eines zu von im
    auch sie wir ich dass daß wie werden wird wurde wurden sind haben bei nach aus oder aber noch
    nur vor über kann schon wenn zum zur durch seine ihre ihr diese dieser dieses gegen wieder
    mehr sehr dann doch zwischen
    le la les du et est une dans pas que qui sur avec ce il elle sont aux mais ou été nous vous
    ils cette ces leur ses
    en una por para su como más pero fue este esta sus entre
    di è della delle degli gli nel nella alla sono anche questo
    não uma das ao pelo pela
    het een zijn niet dat voor ook naar bij wordt
    и в не на что с по это он как из за от для к о а но его она они был была
    و در به از که این را با است برای آن می شد
    的 了 是 在 和 与 與 也 就 都 而 及 对 對 将 將 被 把 从 從 但 这 這 那 其 之 于 於 以 为 為 等
    不 有 我 他 她 们 們 个 個 并 並 或 所 着 著 到 说 說 会 會 要 可 能 已 还 還 让 讓 因 如 些
    の に は を が で と た し て も な か る れ い う ら す っ ま"""
)

# Han, kana and CJK punctuation: a Chinese or Japanese line has no spaces, so `_cjk_spaced` spaces
# it out for the features (one word per character, CJK full stops and commas as their ASCII
# counterparts) before they are counted; without it a paragraph was one long word with no sentence
# end and no function word, and Chinese pages came out empty.
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CJK_PUNCT = str.maketrans(
    {
        "。": ". ",
        "．": ". ",
        "，": ", ",
        "、": ", ",
        "！": "! ",
        "？": "? ",
        "：": ": ",
        "；": "; ",
        "（": " (",
        "）": ") ",
        "「": ' "',
        "」": '" ',
        "『": ' "',
        "』": '" ',
        "【": " [",
        "】": "] ",
        "《": ' "',
        "》": '" ',
        "\u3000": " ",
    }
)


def _cjk_spaced(texts: list[str]) -> list[str]:
    """`texts` with a space after every Han or kana character and CJK punctuation made ASCII."""
    return [" ".join(_CJK_CHAR.sub(r"\g<0> ", t.translate(_CJK_PUNCT)).split()) for t in texts]


@dataclass(frozen=True, slots=True)
class PageLine:
    """One non-empty line of a page: its text, its 0-based line number and its blank-line block."""

    text: str
    number: int
    block: int


@dataclass(frozen=True, slots=True)
class Page:
    """A page's non-empty, stripped lines as parallel lists: what `read_text` works on.

    Lists rather than one `PageLine` per line: building a few hundred small objects per page cost
    more than classifying the lines.
    """

    texts: list[str]
    numbers: list[int]  # 0-based line number in the content
    blocks: list[int]  # blank-line block: a blank line starts a new one

    def __len__(self) -> int:
        return len(self.texts)

    @classmethod
    def of(cls, lines: list[PageLine]) -> Page:
        return cls([ln.text for ln in lines], [ln.number for ln in lines], [ln.block for ln in lines])


def split_page(content: str) -> Page:
    """Non-empty, stripped lines of `content`; a blank line starts a new block."""
    stripped = list(map(str.strip, content.splitlines()))
    numbers = [n for n, text in enumerate(stripped) if text]
    if not numbers:
        return Page([], [], [])
    # a line opens a new block when a blank line separates it from the previous non-empty one
    gaps = np.diff(np.array(numbers)) > 1
    blocks = [0, *np.cumsum(gaps).tolist()]
    return Page([stripped[n] for n in numbers], numbers, blocks)


def split_lines(content: str) -> list[PageLine]:
    """Non-empty, stripped lines of `content`; a blank line starts a new block."""
    page = split_page(content)
    return list(map(PageLine, page.texts, page.numbers, page.blocks))


# Names of the per-line base features, in column order (the model JSON stores them to catch a
# mismatch between code and weights).
BASE_NAMES = (
    "log_words",
    "log_chars",
    "ends_sentence",
    "sentences_per_word",
    "stopword_ratio",
    "capital_ratio",
    "digit_ratio",
    "punct_ratio",
    "commas_per_word",
    "nav_hits",
    "separators",
    "bullet",
    "all_upper",
    "short_lt4",
    "mid_4_10",
    "long_ge25",
    "copyright_or_short_date",
    "first_line_overlap",
)


_TOKEN_PUNCT = ".,;:!?\"“”‘’'()[]|/"  # split tokens like whitespace does

# Bit flags of a code point (_CHAR_FLAGS).
_CH_WORD, _CH_UPPER, _CH_DIGIT, _CH_PUNCT, _CH_COMMA, _CH_SEP, _CH_STOP, _CH_CLOSER = (
    1 << k for k in range(8)
)
_CH_ENDER = 1 << 8  # a line ending in one of these ends a sentence
_CH_BULLET_MARK = 1 << 9  # followed by a space at the start of a line: a bullet
_CH_TOKEN_SPLIT = 1 << 10  # whitespace or _TOKEN_PUNCT: tokens are the runs between these
# Code points below this get their flags from str methods. Above it the features count only CJK
# and later scripts (from _CJK_FROM on) as word characters, and whitespace still splits tokens.
_TABLE_SIZE = 0x2200
_CJK_FROM = 0x3001


def _char_flags() -> np.ndarray:
    """Flags of every code point up to _CJK_FROM; `take(mode="clip")` maps later ones to the last."""
    flags = np.zeros(_CJK_FROM + 1, dtype=np.uint16)
    for i in range(_CJK_FROM):
        c = chr(i)
        word = c.isalnum() or c == "_"
        flags[i] = (_CH_TOKEN_SPLIT if c.isspace() or c in _TOKEN_PUNCT else 0) | (
            (_CH_WORD if word else 0)
            | (_CH_UPPER if c.isupper() else 0)
            | (_CH_PUNCT if not word and not c.isspace() else 0)
            | (_CH_SEP if c in "|»«›·•" else 0)
            | (_CH_ENDER if c in ".!?\"”’'" else 0)
            | (_CH_BULLET_MARK if c in "-*•>·–—" else 0)
            if i < _TABLE_SIZE
            else 0
        )
    flags[[ord(c) for c in "0123456789"]] |= _CH_DIGIT
    flags[ord(",")] |= _CH_COMMA
    flags[[ord(c) for c in ".?!"]] |= _CH_STOP
    flags[[ord(c) for c in ' \n”"']] |= _CH_CLOSER
    flags[_CJK_FROM] = _CH_WORD
    return flags


_CHAR_FLAGS = _char_flags()
# Counts of _per_line_char_counts, in order: word starts, capitalised word starts, digits,
# punctuation, commas, separators, sentence ends, token starts. Bit k of a character's code adds
# one to count k; per line they are summed as 16-bit fields packed into two int64 (4 counts each).
_N_COUNTS = 8
_FIELD = 16
_PACKED = tuple(
    np.array(
        [sum(((code >> k) & 1) << (_FIELD * (k - lo)) for k in range(lo, lo + 4)) for code in range(256)]
    )
    for lo in (0, 4)
)


def _per_line_char_counts(flags: np.ndarray, starts: np.ndarray, longest: int) -> np.ndarray:
    """Per line, the _N_COUNTS character counts (see _PACKED), as a float matrix.

    `flags` holds the _CHAR_FLAGS of the lines' characters, each line followed by a newline;
    `starts` is where each line begins in it, and `longest` the longest line's length. Every
    character gets an 8-bit code and the codes are summed per line in packed fields, so the
    per-character work is a dozen numpy passes whatever the page.
    """
    word = flags & _CH_WORD
    first = word.copy()  # first character of a word
    first[1:] &= word[:-1] ^ 1
    split = (flags >> 10) & 1  # _CH_TOKEN_SPLIT
    token_start = split ^ 1
    token_start[1:] &= split[:-1]
    sent_end = flags & _CH_STOP
    sent_end[:-1] &= (flags[1:] & _CH_CLOSER) >> 1  # '.', '?' or '!' before a space, newline or quote
    code = (
        first
        | ((first & (flags >> 1)) << 1)
        | (flags & (_CH_DIGIT | _CH_PUNCT | _CH_COMMA | _CH_SEP))
        | sent_end
        | (token_start << 7)
    )
    if longest + 1 < 1 << _FIELD:
        # little-endian int64 -> its four 16-bit fields, lowest first
        sums = [np.add.reduceat(table.take(code), starts).astype("<i8").view("<u2") for table in _PACKED]
        return np.hstack([s.reshape(-1, 4) for s in sums]).astype(float)
    # a line too long for 16-bit fields: one column per count
    bits = (code[:, None] >> np.arange(_N_COUNTS)) & 1
    return np.add.reduceat(bits.astype(np.int64), starts, axis=0).astype(float)


# Function words of every language the features read (the stop-word features; extract.text's prose test).
FUNCTION_WORDS = STOPWORDS | FOREIGN_STOPWORDS
# Per token: 1 if a stop word, 2 if a furniture word (3 if both).
_TOKEN_CODES = {
    w: (1 if w in FUNCTION_WORDS else 0) | (2 if w in NAV_WORDS else 0) for w in FUNCTION_WORDS | NAV_WORDS
}
# In the copy of _TOKEN_CODES made for a page: a token of the page's first line.
_IN_FIRST_LINE = 4


def lower_tokens_text(text: str) -> str:
    """`text` as the token features read it: lower case, _TOKEN_PUNCT turned into spaces."""
    low = text.lower()
    for ch in _TOKEN_PUNCT:  # a few C-level replaces beat one regex pass over the page
        low = low.replace(ch, " ")
    return low


def _lines_holding(needle: str, page: str, starts: np.ndarray) -> list[int]:
    """Indices of the lines (beginning at `starts` in `page`) in which `needle` occurs."""
    found = []
    at = page.find(needle)
    while at >= 0:
        found.append(at)
        at = page.find(needle, at + 1)
    return (np.searchsorted(starts, found, side="right") - 1).tolist() if found else []


def _base_features(texts: list[str], out: np.ndarray) -> None:
    """Write the base features (BASE_NAMES) of the lines `texts` into the first columns of `out`.

    Everything is computed page-wide (one string, one token list, one code-point array) and binned
    by line: a Python loop over lines cost more than all the rest of the page's extraction.
    """
    n = len(texts)
    page = "\n".join(texts) + "\n"
    cp = np.frombuffer(page.encode("utf-32-le"), dtype=np.uint32)
    if cp.max() >= 0x3000 and _CJK_CHAR.search(page):
        texts = _cjk_spaced(texts)
        page = "\n".join(texts) + "\n"
        cp = np.frombuffer(page.encode("utf-32-le"), dtype=np.uint32)
    lengths = np.fromiter(map(len, texts), dtype=np.intp, count=n)
    starts = np.zeros(n, dtype=np.intp)
    np.cumsum(lengths[:-1] + 1, out=starts[1:])
    flags = _CHAR_FLAGS.take(cp, mode="clip")
    counts = _per_line_char_counts(flags, starts, int(lengths.max()))
    nw, caps, digits, punct, commas, seps, sents, ntok_f = counts.T
    if "«" in page and "»" in page:
        # a pair of guillemets on one line quotes (French «...», German »...«), it separates nothing
        for i in set(_lines_holding("«", page, starts)):
            seps[i] -= 2 * min(texts[i].count("«"), texts[i].count("»"))
    nc = lengths.astype(float)

    low_page = lower_tokens_text(page)
    tokens = low_page.split()
    ntok = ntok_f.astype(np.intp)
    if ntok.sum() != len(tokens):  # a character the code-point table splits differently
        ntok = np.fromiter(map(len, map(str.split, low_page.split("\n")[:n])), dtype=np.intp, count=n)
    token_line = np.repeat(np.arange(n), ntok)
    first = frozenset(tokens[: ntok[0]])
    token_codes = _TOKEN_CODES
    if first:
        token_codes = dict(token_codes)
        for w in first:
            token_codes[w] = token_codes.get(w, 0) | _IN_FIRST_LINE
    codes = np.fromiter(map(token_codes.get, tokens, repeat(0)), dtype=np.intp, count=len(tokens))
    stop = np.bincount(token_line, weights=codes & 1, minlength=n)
    nav = np.bincount(token_line, weights=(codes >> 1) & 1, minlength=n)
    # Jaccard overlap of a line's token set with the first line's; 0 where they share no token
    overlap = np.zeros(n)
    shared = np.bincount(token_line, weights=codes & _IN_FIRST_LINE, minlength=n)
    ends_at = np.cumsum(ntok)
    for i in np.flatnonzero(shared).tolist():
        line = set(tokens[ends_at[i] - ntok[i] : ends_at[i]])
        inter = len(first.intersection(line))
        overlap[i] = inter / (len(first) + len(line) - inter)

    last = starts + lengths - 1  # lines are stripped, so never empty
    ends = ((flags[last] & _CH_ENDER) > 0) | ((cp[last] == 41) & (cp[last - 1] == 46) & (lengths > 1))  # ".)"
    bullet = ((flags[starts] & _CH_BULLET_MARK) > 0) & (cp[starts + 1] == 32)
    upper = np.fromiter(map(str.isupper, texts), dtype=bool, count=n) & (ntok > 1)
    furniture = np.zeros(n)
    # every alternative of _DATEISH needs a digit: an ASCII line without one cannot match
    maybe_dated = (ntok < 8) & ((digits > 0) | ~np.fromiter(map(str.isascii, texts), dtype=bool, count=n))
    low_lines = low_page.split("\n")
    for i in np.flatnonzero(maybe_dated).tolist():
        if _DATEISH.search(low_lines[i]):
            furniture[i] = 1.0
    for i in _lines_holding("©", page, starts):
        furniture[i] = 1.0
    if len(low_page) == len(page):  # lower() kept every offset
        for i in _lines_holding("copyright", low_page, starts):
            furniture[i] = 1.0
    elif "copyright" in low_page:
        for i, low in enumerate(low_lines[:n]):
            if "copyright" in low:
                furniture[i] = 1.0

    ends_f = ends.astype(float)
    inv = 1.0 / np.maximum(nw, 1.0)
    out[:, 0] = np.log1p(nw)
    out[:, 1] = np.log1p(nc)
    out[:, 2] = ends_f
    out[:, 3] = (sents + ends_f) * inv
    out[:, 4] = stop / np.maximum(ntok, 1)
    out[:, 5] = np.minimum(caps * inv, 1.0)
    out[:, 6] = digits / nc
    out[:, 7] = punct / nc
    out[:, 8] = commas * inv
    out[:, 9] = np.minimum(np.where(ntok < 30, nav, 0.0), 3.0)
    out[:, 10] = np.minimum(seps, 3.0)
    out[:, 11] = bullet
    out[:, 12] = upper
    out[:, 13] = nw < 4
    out[:, 14] = (nw >= 4) & (nw < 10)
    out[:, 15] = nw >= 25
    out[:, 16] = furniture
    out[:, 17] = overlap


def line_features(lines: list[PageLine]) -> np.ndarray:
    """The base feature matrix (lines x BASE_NAMES) of a page's lines."""
    out = np.zeros((len(lines), len(BASE_NAMES)))
    if lines:
        _base_features([ln.text for ln in lines], out)
    return out


def _shift_into(out: np.ndarray, a: np.ndarray, k: int) -> None:
    """Row i of `out` becomes row i+k of `a`; rows with no such row are left as they are (zero)."""
    n = a.shape[0]
    if k == 0:
        out[:] = a
    elif 0 < k < n:
        out[: n - k] = a[k:]
    elif 0 < -k < n:
        out[-k:] = a[: n + k]


def _window_means(v: np.ndarray, halves: tuple[int, ...]) -> list[np.ndarray]:
    """Means of `v` (a vector, or each column of a matrix) over the windows of `halves` lines either
    side of each line, cut at the page's ends: one cumulative sum serves every window width."""
    n = v.shape[0]
    c = np.zeros((n + 1, *v.shape[1:]))
    np.cumsum(v, axis=0, out=c[1:])
    idx = np.arange(n)
    out = []
    for half in halves:
        lo = np.maximum(idx - half, 0)
        hi = np.minimum(idx + half + 1, n)
        width = hi - lo
        out.append((c[hi] - c[lo]) / (width if v.ndim == 1 else width[:, None]))
    return out


# Base columns copied from the neighbours at offsets -2..+2.
_NEIGHBOUR_COLS = (0, 2, 4, 9, 13)
_NEIGHBOUR_OFFSETS = (-2, -1, 1, 2)
_N_BASE = len(BASE_NAMES)
_N_PAGE = 11


def _context_features(texts: list[str], blocks: list[int], out: np.ndarray) -> None:
    """Write the page-level and neighbour features (stage-1 input) into the zeroed columns of `out`
    that follow the base features, which must already be in its first columns."""
    n = len(texts)
    base = out[:, :_N_BASE]
    words = np.expm1(base[:, 0])
    block_ids = np.array(blocks)
    block_sizes = np.bincount(block_ids)[block_ids].astype(float)
    if len(set(texts)) < n:
        seen = Counter(texts)
        out[:, _N_BASE + 3] = [1.0 if seen[t] > 1 else 0.0 for t in texts]
    # columns: stop-word mass (the density), log words, stop-word ratio, ends-sentence
    near, wide = _window_means(
        np.column_stack([words * base[:, 4], base[:, 0], base[:, 4], base[:, 2]]), (DENSITY_HALF_WINDOW, 5)
    )
    density = near[:, 0]
    peak = int(np.argmax(density))
    dmax = float(density[peak]) or 1.0
    pos = np.arange(n, dtype=float)
    col = _N_BASE
    out[:, col] = pos / max(n - 1, 1)
    out[:, col + 1] = block_sizes == 1
    out[:, col + 2] = np.log1p(block_sizes)
    out[:, col + 4] = density / dmax
    out[:, col + 5] = np.log1p(np.abs(pos - peak))
    out[:, col + 6] = pos < peak
    out[:, col + 7] = np.log1p(words.sum())
    out[:, col + 8 : col + 11] = wide[:, 1:]
    col += _N_PAGE
    neighbour = base[:, _NEIGHBOUR_COLS]
    width = len(_NEIGHBOUR_COLS)
    for j, k in enumerate(_NEIGHBOUR_OFFSETS):
        _shift_into(out[:, col + j * width : col + (j + 1) * width], neighbour, k)
    col += len(_NEIGHBOUR_OFFSETS) * width
    ones = np.ones((n, 1))
    for j, k in enumerate(_NEIGHBOUR_OFFSETS):
        _shift_into(out[:, col + j : col + j + 1], ones, k)


def context_features(lines: list[PageLine], base: np.ndarray) -> np.ndarray:
    """Base features plus page-level and neighbour features (stage-1 input)."""
    out = np.zeros((len(lines), stage1_width()))
    if lines:
        out[:, :_N_BASE] = base
        _context_features([ln.text for ln in lines], [ln.block for ln in lines], out)
    return out


def stage1_width() -> int:
    return _N_BASE + _N_PAGE + len(_NEIGHBOUR_OFFSETS) * (len(_NEIGHBOUR_COLS) + 1)


# Offsets whose stage-1 probability stage 2 sees.
_STAGE2_OFFSETS = (-3, -2, -1, 0, 1, 2, 3)


def _stacked_features(p1: np.ndarray, out: np.ndarray) -> None:
    """Write the stage-2 columns (neighbours' stage-1 probabilities and their window means) into
    the zeroed last columns of `out`."""
    col = out.shape[1] - len(_STAGE2_OFFSETS) - 4
    column = p1.reshape(-1, 1)
    for j, k in enumerate(_STAGE2_OFFSETS):
        _shift_into(out[:, col + j : col + j + 1], column, k)
    col += len(_STAGE2_OFFSETS)
    out[:, col], out[:, col + 1] = _window_means(p1, (3, 8))
    out[:, col + 2] = np.maximum.accumulate(p1)
    out[:, col + 3] = np.maximum.accumulate(p1[::-1])[::-1]


def stacked_features(x1: np.ndarray, p1: np.ndarray) -> np.ndarray:
    """Stage-2 input: stage-1 input plus neighbours' stage-1 probabilities and window means."""
    out = np.zeros((p1.shape[0], x1.shape[1] + len(_STAGE2_OFFSETS) + 4))
    if p1.shape[0]:
        out[:, : x1.shape[1]] = x1
        _stacked_features(p1, out)
    return out


@dataclass(frozen=True, slots=True)
class _Logistic:
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float

    def proba(self, x: np.ndarray) -> np.ndarray:
        z = ((x - self.mean) / self.scale) @ self.coef + self.intercept
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> _Logistic:
        return cls(
            np.asarray(d["mean"], dtype=float),
            np.asarray(d["scale"], dtype=float),
            np.asarray(d["coef"], dtype=float),
            float(d["intercept"]),
        )


@dataclass(frozen=True, slots=True)
class LineModel:
    """Two stacked logistic regressions plus the Viterbi switching cost, read from JSON."""

    stage1: _Logistic
    stage2: _Logistic
    switch_cost: float
    threshold: float

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> LineModel:
        if tuple(d.get("base_names", ())) != BASE_NAMES:
            raise ValueError(
                f"{MODEL_FILE}: its base features {d.get('base_names')} do not match the code's "
                f"{BASE_NAMES}; re-train with bench/train_text_lines.py"
            )
        return cls(
            _Logistic.from_json(d["stage1"]),
            _Logistic.from_json(d["stage2"]),
            float(d["switch_cost"]),
            float(d["threshold"]),
        )

    def page_proba(self, page: Page) -> np.ndarray:
        """Probability that each line of `page` belongs to the article body (stage 2)."""
        n = len(page)
        if not n:
            return np.zeros(0)
        # one matrix for both stages: stage 1 reads its first columns, stage 2 all of them
        x = np.zeros((n, stage1_width() + len(_STAGE2_OFFSETS) + 4))
        _base_features(page.texts, x)
        _context_features(page.texts, page.blocks, x)
        _stacked_features(self.stage1.proba(x[:, : stage1_width()]), x)
        return self.stage2.proba(x)

    def line_proba(self, lines: list[PageLine]) -> np.ndarray:
        """Probability that each line belongs to the article body (stage 2)."""
        return self.page_proba(Page.of(lines))


@lru_cache(maxsize=1)
def load_line_model() -> LineModel:
    """The shipped line model (read once per process)."""
    raw = (
        resources.files("newsprism.extract").joinpath("data").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    )
    return LineModel.from_json(json.loads(raw))


def body_mask(proba: np.ndarray, switch_cost: float, threshold: float = 0.5) -> np.ndarray:
    """Two-state Viterbi smoothing of per-line body probabilities.

    Each line pays log-odds relative to `threshold` for being labelled body or not, and every switch
    between boilerplate and body costs `switch_cost` (in nats), so isolated flips inside a region
    are smoothed away while a strong line still stands on its own.
    """
    n = proba.shape[0]
    if n == 0:
        return np.zeros(0, dtype=bool)
    p = np.clip(proba, 1e-6, 1 - 1e-6)
    bias = math.log(threshold / (1 - threshold))
    gain = (np.log(p / (1 - p)) - bias).tolist()  # score of 'body' over 'other' for each line
    # Plain floats and lists: with two states, numpy's per-call overhead would dominate.
    other, body = 0.0, gain[0]
    other_from_body = [False] * n  # back pointers: best path into 'other' at i came from 'body'
    body_from_body = [False] * n
    for i in range(1, n):
        o_from_b = body - switch_cost
        b_from_o = other - switch_cost
        if other >= o_from_b:
            new_other = other
        else:
            new_other = o_from_b
            other_from_body[i] = True
        if body >= b_from_o:
            body = body + gain[i]
            body_from_body[i] = True
        else:
            body = b_from_o + gain[i]
        other = new_other
    in_body = body > other
    out = [False] * n
    for i in range(n - 1, -1, -1):
        out[i] = in_body
        in_body = body_from_body[i] if in_body else other_from_body[i]
    return np.array(out, dtype=bool)


def assemble_body(lines: list[PageLine], mask: np.ndarray) -> str:
    """The kept lines as text: lines of one block joined by a newline, blocks by a blank line."""
    return assemble_page_body(Page.of(lines), mask)


def assemble_page_body(page: Page, mask: np.ndarray) -> str:
    """The kept lines of `page` as text: lines of one block joined by a newline, blocks by a blank line."""
    paragraphs: list[list[str]] = []
    last_block = -1
    texts, blocks = page.texts, page.blocks
    for i in np.flatnonzero(mask).tolist():
        if blocks[i] != last_block or not paragraphs:
            paragraphs.append([])
            last_block = blocks[i]
        paragraphs[-1].append(texts[i])
    return "\n\n".join("\n".join(p) for p in paragraphs)
