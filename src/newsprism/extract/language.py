"""Language identification of an article's text.

detect_language(text) -> ISO 639-1 code ("en", "de", "zh", ...) or None.

py3langid's naive-Bayes model (shipped inside the package, loaded once, lazily) is asked about a
bounded, cleaned prefix of the text. Its output is restricted to languages that have an ISO 639-1
code; regional varieties it knows are folded into their macrolanguage (Cantonese and Wu -> "zh").

English, most of what newsprism reads, is first recognised by its function words, which costs a
tenth of the model's time; anything else goes to the model.

Returns None when:
  1. the text has too few letters to judge (`MIN_LETTERS`, or `MIN_CJK` Han/kana/Hangul characters);
  2. the best language's probability is below `MIN_PROBABILITY` (a mixed or featureless text).
"""

from __future__ import annotations

import functools
import re
from typing import Any

__all__ = ["detect_language"]

# Only the first PREFIX_CHARS characters are read: langid's cost is linear in the input, and on the
# development English sets (extraction/*/gold.jsonl, clustering/*/docs.jsonl: 3,235 texts) a
# 300-character prefix already gives "en" for every one; 1,000 leaves a margin for pages whose
# first lines are navigation or names.
PREFIX_CHARS = 1000
# Fewer letters than this (after URLs, e-mails and digits are removed) is "too short to tell":
# "Berlin" or "OK" come out as Turkmen or Serbian. 12 letters is about two words.
MIN_LETTERS = 12
# Han, kana and Hangul characters carry about a word each, so a few are enough.
MIN_CJK = 4
# Probability (py3langid's length-calibrated softmax) under which the answer is None. Measured:
# real sentences of 40+ characters score 0.5-1.0; names, numbers and menus score 0.01-0.2.
MIN_PROBABILITY = 0.25

# English fast path: at least ENGLISH_MIN_WORDS words in the prefix, and at least ENGLISH_SHARE of
# them English function words. Measured on 16,893 texts (the dev sets' bodies and documents and
# heap-10000): English prefixes hold 13% of these words at the 1st percentile (median 27%); the
# 168 German, French, Spanish, Dutch, Vietnamese, ... texts at most 1.3%, since the list leaves
# out words other languages share ("a", "in", "is", "die", "on"). At 0.10 every one of the 5,101
# texts between 10% and 25% is "en" by the model too; at 0.25 (before) a third of English went to
# the model, ten times slower.
ENGLISH_MIN_WORDS = 20
ENGLISH_SHARE = 0.10
_ENGLISH_FUNCTION_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "that",
        "for",
        "with",
        "was",
        "were",
        "has",
        "have",
        "had",
        "been",
        "by",
        "from",
        "his",
        "her",
        "their",
        "its",
        "they",
        "this",
        "said",
        "which",
        "who",
        "would",
        "will",
        "could",
        "should",
        "not",
        "but",
        "are",
        "be",
        "at",
        "an",
        "it",
        "he",
        "she",
        "we",
        "as",
    ]
)
_LATIN_WORD = re.compile(r"[a-z]+")

# py3langid labels that are varieties of an ISO 639-1 language.
_FOLD = {"wuu": "zh", "yue": "zh", "arz": "ar", "ary": "ar", "uzs": "uz", "hbo": "he"}
# "zxx" is "no linguistic content"; the rest of the labels without a two-letter code are too rare
# in news to be worth a false positive on English (a sports-results page came out Bikol, "bcl").
_NOT_LANGUAGES = {"zxx"}

_NOISE = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|[\d_]+")
_DIGITS = re.compile(r"[\d_]+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


@functools.lru_cache(maxsize=1)
def _identifier() -> Any:
    """py3langid's model restricted to ISO 639-1 languages (and foldable varieties), loaded once."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    keep = [
        label
        for label in identifier.labels
        if (len(label) == 2 and label not in _NOT_LANGUAGES) or label in _FOLD
    ]
    identifier.set_languages(keep)
    return identifier


def _clean_prefix(text: str) -> str:
    prefix = text[: PREFIX_CHARS * 2]
    # a URL holds "://" or "www.", an e-mail "@": without them only digits are noise, and the
    # e-mail alternative's backtracking over every word is skipped
    noisy = "@" in prefix or "://" in prefix or "www." in prefix
    prefix = (_NOISE if noisy else _DIGITS).sub(" ", prefix)
    # str.split and \s agree on what is white space: the same as re.sub(r"\s+", " ", ...).strip()
    return " ".join(prefix.split())[:PREFIX_CHARS]


def _reads_as_english(sample: str) -> bool:
    words = _LATIN_WORD.findall(sample.lower())
    if len(words) < ENGLISH_MIN_WORDS:
        return False
    return sum(map(_ENGLISH_FUNCTION_WORDS.__contains__, words)) >= ENGLISH_SHARE * len(words)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language `text` is written in, or None when it cannot be told."""
    if not isinstance(text, str):
        return None
    sample = _clean_prefix(text)
    letters = sum(map(str.isalpha, sample))
    # 1. too little text to judge
    if letters < MIN_LETTERS and len(_CJK.findall(sample)) < MIN_CJK:
        return None
    if _reads_as_english(sample):
        return "en"
    scores: dict[str, float] = {}
    for label, probability in _identifier().rank(sample):
        code = _FOLD.get(label, label)
        scores[code] = scores.get(code, 0.0) + probability
    best = max(scores, key=lambda code: scores[code])
    # 2. no language stands out
    if scores[best] < MIN_PROBABILITY:
        return None
    return best
