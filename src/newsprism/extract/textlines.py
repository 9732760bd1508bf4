"""Line features and the body/boilerplate line classifier for plain-text news pages.

A scraper dump is split into `PageLine`s (non-empty lines, with the blank-line block they sit in).
`line_features` turns a page into a feature matrix, one row per line: shape of the line itself
(length, punctuation, stop words, capitals, link-ish and navigation words), its place on the page
(position, distance from the densest stretch of text, repetition elsewhere on the page) and the
same cues for its neighbours. `LineModel` holds two stacked logistic regressions trained by
`bench/train_text_lines.py` and shipped as JSON under `extract/data/`: stage 1 scores each line,
stage 2 sees the stage-1 scores of the neighbours. `body_mask` smooths the scores with a two-state
Viterbi pass, since the body is mostly one contiguous region.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

__all__ = [
    "LineModel",
    "PageLine",
    "body_mask",
    "context_features",
    "line_features",
    "load_line_model",
    "split_lines",
]

MODEL_FILE = "text_lines.json"

# Width of the window that measures text density around a line (lines either side). 2 gave the best
# grouped-CV F1 among 1..4 in bench/train_text_lines.py.
DENSITY_HALF_WINDOW = 2

_WORD = re.compile(r"\w+")
_SENT_END = re.compile(r"[.!?][\"'”’)\]]*(?:\s|$)")
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
_BULLET = re.compile(r"^[-*•>·–—]\s")
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


@dataclass(frozen=True, slots=True)
class PageLine:
    """One non-empty line of a page: its text, its 0-based line number and its blank-line block."""

    text: str
    number: int
    block: int


def split_lines(content: str) -> list[PageLine]:
    """Non-empty, stripped lines of `content`; a blank line starts a new block."""
    out: list[PageLine] = []
    block = 0
    blank = True
    for n, raw in enumerate(content.splitlines()):
        text = raw.strip()
        if not text:
            if not blank:
                block += 1
            blank = True
            continue
        blank = False
        out.append(PageLine(text, n, block))
    return out


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


_BULLETS = ("- ", "* ", "• ", "> ", "· ", "– ", "— ")
_ENDS = (".)", '."', ".”", ".’", "?”", '?"', "!”")
_TOKEN_PUNCT = ".,;:!?\"“”‘’'()[]|/"


def _char_classes() -> tuple[np.ndarray, ...]:
    """Lookup tables over code points < 0x2200: word char, upper case, punctuation, separator."""
    size = 0x2200
    chars = [chr(i) for i in range(size)]
    word = np.array([c.isalnum() or c == "_" for c in chars])
    upper = np.array([c.isupper() for c in chars])
    punct = ~word & ~np.array([c.isspace() for c in chars])
    sep = np.zeros(size, dtype=bool)
    sep[[ord(c) for c in "|»«›·•"]] = True
    return word, upper, punct, sep


_IS_WORD, _IS_UPPER, _IS_PUNCT, _IS_SEP = _char_classes()
_TABLE_SIZE = _IS_WORD.shape[0]


def _per_line_char_counts(texts: list[str]) -> np.ndarray:
    """Per line: words, capitalised words, digits, punctuation, commas, separators, sentence ends.

    One numpy pass over the page's code points, binned by line: the per-line cost stays in C.
    """
    n = len(texts)
    page = "\n".join(texts)
    cp = np.frombuffer(page.encode("utf-32-le"), dtype=np.uint32)
    newline = cp == 10
    line_id = np.cumsum(newline) - newline  # a newline counts with the line it ends
    inside = cp < _TABLE_SIZE
    idx = np.where(inside, cp, 0)
    word = np.where(inside, _IS_WORD[idx], ~newline & (cp > 0x3000))  # beyond the table: CJK etc.
    upper = inside & _IS_UPPER[idx]
    punct = inside & _IS_PUNCT[idx] & ~newline
    prev_word = np.concatenate(([False], word[:-1]))
    start = word & ~prev_word
    nxt = np.concatenate((cp[1:], [32]))
    sent_end = ((cp == 46) | (cp == 63) | (cp == 33)) & (
        (nxt == 32) | (nxt == 10) | (nxt == 0x201D) | (nxt == 34)
    )
    cols = (
        start,
        start & upper,
        (cp >= 48) & (cp <= 57),
        punct,
        cp == 44,
        inside & _IS_SEP[idx],
        sent_end,
    )
    starts = np.flatnonzero(np.concatenate(([True], newline[:-1])))
    if starts.shape[0] != n:  # a line holding U+2028 and the like: fall back to binning by id
        return np.column_stack([np.bincount(line_id, weights=c, minlength=n)[:n] for c in cols])
    return np.add.reduceat(np.column_stack(cols).astype(np.int32), starts, axis=0).astype(float)


def line_features(lines: list[PageLine]) -> np.ndarray:
    """The base feature matrix (lines x BASE_NAMES) of a page's lines."""
    if not lines:
        return np.zeros((0, len(BASE_NAMES)))
    texts = [ln.text for ln in lines]
    counts = _per_line_char_counts(texts)
    nw, caps, digits, punct, commas, seps, sents = (counts[:, k] for k in range(7))
    nc = np.fromiter(map(len, texts), dtype=float, count=len(texts))
    low_page = "\n".join(texts).lower()
    for ch in _TOKEN_PUNCT:  # a few C-level replaces beat one regex pass over the page
        low_page = low_page.replace(ch, " ")
    first = frozenset(low_page[: low_page.find("\n") if "\n" in low_page else None].split())
    rows: list[tuple[float, float, float, float, float, float, float]] = []
    stop_in, nav_in, dateish = STOPWORDS.__contains__, NAV_WORDS.__contains__, _DATEISH.search
    for text, low in zip(texts, low_page.split("\n"), strict=True):
        toks = low.split()
        ntok = len(toks)
        rows.append(
            (
                1.0 if text[-1] in ".!?\"”’'" or text.endswith(_ENDS) else 0.0,
                sum(map(stop_in, toks)) / ntok if ntok else 0.0,
                sum(map(nav_in, toks)) if ntok < 30 else 0.0,
                1.0 if text.startswith(_BULLETS) else 0.0,
                1.0 if ntok > 1 and text.isupper() else 0.0,
                1.0 if "©" in text or "copyright" in low or (ntok < 8 and dateish(low)) else 0.0,
                len(first.intersection(toks)) / len(first.union(toks)) if first and ntok else 0.0,
            )
        )
    py = np.array(rows, dtype=float).reshape(len(texts), 7)
    inv = 1.0 / np.maximum(nw, 1.0)
    return np.column_stack(
        [
            np.log1p(nw),
            np.log1p(nc),
            py[:, 0],
            (sents + py[:, 0]) * inv,
            py[:, 1],
            np.minimum(caps * inv, 1.0),
            digits / nc,
            punct / nc,
            commas * inv,
            np.minimum(py[:, 2], 3.0),
            np.minimum(seps, 3.0),
            py[:, 3],
            py[:, 4],
            nw < 4,
            (nw >= 4) & (nw < 10),
            nw >= 25,
            py[:, 5],
            py[:, 6],
        ]
    ).astype(float)


def _shift(a: np.ndarray, k: int, fill: float = 0.0) -> np.ndarray:
    """Row i of the result is row i+k of `a` (fill outside the page)."""
    out = np.full_like(a, fill)
    n = a.shape[0]
    if 0 < k < n:
        out[: n - k] = a[k:]
    elif 0 < -k < n:
        out[-k:] = a[: n + k]
    elif k == 0:
        out[:] = a
    return out


def _window_mean(v: np.ndarray, half: int) -> np.ndarray:
    n = v.shape[0]
    c = np.concatenate(([0.0], np.cumsum(v)))
    idx = np.arange(n)
    lo = np.maximum(idx - half, 0)
    hi = np.minimum(idx + half + 1, n)
    return (c[hi] - c[lo]) / (hi - lo)


# Base columns copied from the neighbours at offsets -2..+2.
_NEIGHBOUR_COLS = (0, 2, 4, 9, 13)
_NEIGHBOUR_OFFSETS = (-2, -1, 1, 2)


def context_features(lines: list[PageLine], base: np.ndarray) -> np.ndarray:
    """Base features plus page-level and neighbour features (stage-1 input)."""
    n = len(lines)
    if n == 0:
        return np.zeros((0, stage1_width()))
    words = np.expm1(base[:, 0])
    blocks = np.array([ln.block for ln in lines])
    block_sizes = np.bincount(blocks)[blocks].astype(float)
    texts = [ln.text for ln in lines]
    seen: dict[str, int] = {}
    for t in texts:
        seen[t] = seen.get(t, 0) + 1
    repeated = np.array([1.0 if seen[t] > 1 else 0.0 for t in texts])
    density = _window_mean(words * base[:, 4], DENSITY_HALF_WINDOW)
    peak = int(np.argmax(density))
    dmax = float(density[peak]) or 1.0
    pos = np.arange(n, dtype=float)
    dist = np.abs(pos - peak)
    page = np.column_stack(
        [
            pos / max(n - 1, 1),
            (block_sizes == 1).astype(float),
            np.log1p(block_sizes),
            repeated,
            density / dmax,
            np.log1p(dist),
            (pos < peak).astype(float),
            np.log1p(words.sum()) * np.ones(n),
            _window_mean(base[:, 0], 5),
            _window_mean(base[:, 4], 5),
            _window_mean(base[:, 2], 5),
        ]
    )
    neigh = [_shift(base[:, _NEIGHBOUR_COLS], k) for k in _NEIGHBOUR_OFFSETS]
    exists = [_shift(np.ones((n, 1)), k) for k in _NEIGHBOUR_OFFSETS]
    return np.hstack([base, page, *neigh, *exists])


def stage1_width() -> int:
    return len(BASE_NAMES) + 11 + len(_NEIGHBOUR_OFFSETS) * (len(_NEIGHBOUR_COLS) + 1)


# Offsets whose stage-1 probability stage 2 sees.
_STAGE2_OFFSETS = (-3, -2, -1, 0, 1, 2, 3)


def stacked_features(x1: np.ndarray, p1: np.ndarray) -> np.ndarray:
    """Stage-2 input: stage-1 input plus neighbours' stage-1 probabilities and window means."""
    n = p1.shape[0]
    if n == 0:
        return np.zeros((0, x1.shape[1] + len(_STAGE2_OFFSETS) + 4))
    col = p1.reshape(-1, 1)
    shifted = [_shift(col, k, fill=0.0) for k in _STAGE2_OFFSETS]
    cum_before = np.maximum.accumulate(p1)
    cum_after = np.maximum.accumulate(p1[::-1])[::-1]
    extra = np.column_stack([_window_mean(p1, 3), _window_mean(p1, 8), cum_before, cum_after])
    return np.hstack([x1, *shifted, extra])


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

    def line_proba(self, lines: list[PageLine]) -> np.ndarray:
        """Probability that each line belongs to the article body (stage 2)."""
        if not lines:
            return np.zeros(0)
        x1 = context_features(lines, line_features(lines))
        p1 = self.stage1.proba(x1)
        return self.stage2.proba(stacked_features(x1, p1))


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
    gain = np.log(p / (1 - p)) - bias  # score of 'body' over 'other' for each line
    score_other, score_body = 0.0, float(gain[0])
    back = np.zeros((n, 2), dtype=np.int8)
    for i in range(1, n):
        g = float(gain[i])
        o_from_o, o_from_b = score_other, score_body - switch_cost
        b_from_o, b_from_b = score_other - switch_cost, score_body
        if o_from_o >= o_from_b:
            new_o, back[i, 0] = o_from_o, 0
        else:
            new_o, back[i, 0] = o_from_b, 1
        if b_from_b >= b_from_o:
            new_b, back[i, 1] = b_from_b + g, 1
        else:
            new_b, back[i, 1] = b_from_o + g, 0
        score_other, score_body = new_o, new_b
    state = 1 if score_body > score_other else 0
    out = np.zeros(n, dtype=bool)
    for i in range(n - 1, -1, -1):
        out[i] = state == 1
        state = int(back[i, state])
    return out


def assemble_body(lines: list[PageLine], mask: np.ndarray) -> str:
    """The kept lines as text: lines of one block joined by a newline, blocks by a blank line."""
    paragraphs: list[list[str]] = []
    last_block = -1
    for ln, keep in zip(lines, mask, strict=True):
        if not keep:
            continue
        if ln.block != last_block or not paragraphs:
            paragraphs.append([])
            last_block = ln.block
        paragraphs[-1].append(ln.text)
    return "\n\n".join("\n".join(p) for p in paragraphs)
