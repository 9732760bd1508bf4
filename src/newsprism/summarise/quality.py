"""Step 2, quality: a candidate sentence, the articles that support it and what is known of the
whole event (_Context) in; its features (FEATURES) and its quality out, a linear model
(QUALITY_WEIGHTS) of the share of its words a reference summary holds (_quality).

What the event tells each sentence: how many independent articles use each of its words
(_outlets_using; a copy and its original count once, _independent_groups), how central its
article is (_centrality, the mean cosine of its words to the other articles'), how much of its
article is opinion (_opinion), which corroborated claims it states (_states); and for the
selection, each concept's weight (_concept_weights).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain, repeat
from operator import itemgetter, mul, sub, truediv

import numpy as np
from scipy import sparse

from newsprism.records import Article, Claim

from .candidates import _Candidate
from .support import BLOCK_CELLS, SUPPORT_OVERLAP
from .words import _QUOTES, _STOPWORDS, _TOKEN, _terms, _Words, _words

# Fitted by `bench/summaries.py --fit --start 1300 --limit 0` (least squares on NeuS dev groups
# 1300-2568; target: the sentence's ROUGE-1 + ROUGE-2 precision against the reference), in
# FEATURES order. The dev data has no claims: "claim" is set by hand near "support" (a corroborated
# claim is support established by the corroborate stage).
QUALITY_WEIGHTS = (
    0.102,  # bias
    0.076,  # lead
    0.131,  # centrality
    0.571,  # shared_terms
    0.308,  # title_terms
    0.084,  # support
    0.2,  # claim (by hand)
    -0.004,  # quote
    -0.042,  # pronoun_start
    -0.073,  # first_person
    -0.009,  # length
    0.016,  # weekday
    0.028,  # number
    0.009,  # second
    -0.010,  # opinion
    0.007,  # attribution
    0.040,  # function_words
    0.190,  # names
)


@dataclass(frozen=True, slots=True)
class _Context:
    """What the sentence features of one event need to know about all its articles."""

    outlet_of: Sequence[str]  # per article: the id of the original it copies, or its own
    users: Mapping[str, int]  # term -> number of independent articles using it (headline or text)
    title_terms: frozenset[str]  # every term of every headline
    centrality: Sequence[float]  # per article, 1 for the most central
    opinion: Sequence[float]  # per article, share of its sentences in the first person or asking
    claim_terms: Sequence[frozenset[str]]  # terms of each corroborated claim
    outlets: int  # independent articles

    @classmethod
    def of(
        cls,
        split: Sequence[Sequence[str]],
        outlet_of: Sequence[str],
        claims: Sequence[Claim],
        words: Sequence[_Words],
        titles: Sequence[_Words],
    ) -> _Context:
        """Per article: `split`, its sentences; `words`, the words of its headline and text;
        `titles`, the words of its headline."""
        # one article: no other article uses its words (shared_terms is 0 for every sentence) and
        # it is the most central, so its words are not counted
        article_terms = [w.terms() for w in words] if len(words) > 1 else []
        return cls(
            outlet_of=outlet_of,
            users=_outlets_using(article_terms, outlet_of),
            title_terms=frozenset(chain.from_iterable(t.terms() for t in titles)),
            centrality=_centrality(article_terms) if article_terms else [1.0] * len(words),
            opinion=[_opinion(sentences) for sentences in split],
            claim_terms=[frozenset(_terms(c.text)) for c in claims if c.status == "corroborated"],
            outlets=len(set(outlet_of)),
        )


_PRONOUN_START = re.compile(r"^(?:He|She|It|They|This|That|These|Those|His|Her|Their|Its|There)\b")
# the lookahead of the first letters lets the engine skip to them (a fifth faster than \b first)
_FIRST_PERSON = re.compile(r"(?=[IwWmMoOyYu])\b(?:I|we|We|my|My|our|Our|you|You|your|Your|us)\b")


_WEEKDAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_DIGIT = re.compile(r"\d")
_ATTRIBUTION_WORDS = ("said", "says", "told", "according to", "announced", "reported")
_ATTRIBUTION = re.compile(r"\b(?:" + "|".join(_ATTRIBUTION_WORDS) + r")\b")
FEATURES = (
    "bias",
    "lead",  # 1 / (1 + position in the article)
    "centrality",  # the source article's similarity to the others (1 = most central)
    "shared_terms",  # mean share of the other articles using each content word
    "title_terms",  # share of the content words found in some headline
    "support",  # share of the other articles supporting the sentence
    "claim",  # states a corroborated claim
    "quote",  # holds a quotation
    "pronoun_start",  # opens on a pronoun whose antecedent is elsewhere
    "first_person",  # I/we/you: opinion or quoted speech
    "length",  # words / 30
    "weekday",  # names a day of the week: a hard-news lead ("on Tuesday")
    "number",  # holds a figure
    "second",  # the second sentence of its article
    "opinion",  # share of the source article's sentences in the first person or asking
    "attribution",  # "said", "told", "according to": reported fact
    "function_words",  # share of the words that are function words (plain prose, not name lists)
    "names",  # share of the words that are capitalised after the first
)


def features(candidate: _Candidate, support: set[int], context: _Context) -> tuple[float, ...]:
    """The sentence's features, in FEATURES order."""
    others = max(context.outlets - 1, 1)
    terms = candidate.terms or frozenset([""])
    # sum((users[t] - 1) / others for t in terms), the same operations in C
    shared = sum(map(truediv, map(sub, map(context.users.get, terms, repeat(0)), repeat(1)), repeat(others)))
    shared /= len(terms)
    supporters = len({context.outlet_of[j] for j in support}) - 1
    function_words, names = _word_shares(candidate.text)
    return (
        1.0,
        1.0 / (1 + candidate.position),
        context.centrality[candidate.article],
        max(shared, 0.0),
        len(terms & context.title_terms) / len(terms),
        supporters / others,
        _states(candidate, context.claim_terms),
        float(any(q in candidate.text for q in _QUOTES)),
        float(bool(_PRONOUN_START.match(candidate.text))),
        float(bool(_FIRST_PERSON.search(candidate.text))),
        candidate.n_words / 30,
        float("day" in candidate.text and bool(_WEEKDAY.search(candidate.text))),  # only where one can be
        float(bool(_DIGIT.search(candidate.text))),
        float(candidate.position == 1),
        context.opinion[candidate.article],
        float(
            any(w in candidate.text for w in _ATTRIBUTION_WORDS) and bool(_ATTRIBUTION.search(candidate.text))
        ),
        function_words,
        names,
    )


# In an ASCII text, a word (_TOKEN) opening on a capital: a capital not right after a letter or
# digit, nor after one and an apostrophe (which joins the two into one word: "O'Neill" is one)
_ASCII_CAPITAL_START = re.compile(r"[A-Z](?<![A-Za-z0-9][A-Z])(?<![A-Za-z0-9]'[A-Z])")
_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")


def _word_shares(text: str) -> tuple[float, float]:
    """The share of the text's words (_TOKEN) that are function words, and of those after its
    first that open on a capital. In an ASCII text (nine sentences in ten) the lower-cased words
    are the words of its reading (words._words, cached: read as a candidate already), lower()
    changing no word's bounds there, and the capitals are counted by one search, so the text is
    not read word by word again."""
    if text.isascii():
        tokens = _words(text).tokens
        capitals = len(_ASCII_CAPITAL_START.findall(text))
        first = _ASCII_ALNUM.search(text)  # the first word opens on the first letter or digit
        if first is not None and first.group().isupper():
            capitals -= 1
        return sum(map(_STOPWORDS.__contains__, tokens)) / (len(tokens) or 1), capitals / (len(tokens) or 1)
    tokens = _TOKEN.findall(text)
    return (
        sum(map(_STOPWORDS.__contains__, map(str.lower, tokens))) / (len(tokens) or 1),
        sum(map(str.isupper, map(itemgetter(0), tokens[1:]))) / (len(tokens) or 1),
    )


def _opinion(sentences: Sequence[str]) -> float:
    voiced = sum(1 for s in sentences if _FIRST_PERSON.search(s) or s.rstrip(_QUOTES + "'’ ")[-1:] in "?!")
    return voiced / (len(sentences) or 1)


def _quality(values: Sequence[float]) -> float:
    """The expected share of the sentence's words a reference summary would hold (linear model)."""
    # sum(w * v for w, v in zip(QUALITY_WEIGHTS, values)), the same float operations in C
    return max(sum(map(mul, QUALITY_WEIGHTS, values)), 1e-6)


def _independent_groups(articles: Sequence[Article], duplicate_of: Mapping[str, str | None]) -> list[str]:
    """For each article, the id of the original it copies (its own id when it is an original):
    a syndicated copy is not a second outlet confirming anything."""
    return [duplicate_of.get(a.id) or a.id for a in articles]


def _concept_weights(
    concepts: Sequence[frozenset[str]], title_concepts: Sequence[frozenset[str]], outlet_of: Sequence[str]
) -> dict[str, float]:
    """Concept -> number of independent articles using it in their headline or text (`concepts`,
    per article), plus the number of their headlines using it (`title_concepts`, per article:
    headlines name the event)."""
    titles = _outlets_using(title_concepts, outlet_of)
    return {concept: n + titles.get(concept, 0) for concept, n in _outlets_using(concepts, outlet_of).items()}


def _outlets_using(used: Sequence[Iterable[str]], outlet_of: Sequence[str]) -> Counter[str]:
    """Word or concept -> number of independent articles using it (`used`, per article): an
    original and its copies count once. Counted in C: each outlet's words as one set, then a
    Counter over the sets."""
    by_outlet: dict[str, set[str]] = {}
    for items, outlet in zip(used, outlet_of, strict=False):
        by_outlet.setdefault(outlet, set()).update(items)
    return Counter(chain.from_iterable(by_outlet.values()))


def _centrality(article_terms: Sequence[Sequence[str]]) -> list[float]:
    """Each article's mean cosine similarity to the others (content words of its headline and
    text), scaled so the most central is 1: the article nearest the common ground."""
    vectors = [Counter(terms) for terms in article_terms]
    norms = [math.sqrt(sum(v * v for v in vec.values())) or 1.0 for vec in vectors]
    sims = [sum(row) for row in _cosines(vectors, norms)]
    top = max(sims, default=0.0)
    return [s / top if top > 0 else 1.0 for s in sims]


# Articles up to which _cosines compares the pairs in Python rather than by a sparse product (the
# same floats either way; at 16 articles the two cost ~0.2 ms, at 64 the product is 3x faster)
SMALL_CENTRALITY = 20


def _cosines(vectors: Sequence[Counter[str]], norms: Sequence[float]) -> Iterator[list[float]]:
    """Per article, its cosine similarity to each other article in order. The dot products are
    whole numbers, exact either way; the sparse product runs a block of BLOCK_CELLS at a time (a
    group of 3,000 articles took 15 s pair by pair in Python, 0.4 s here)."""
    n = len(vectors)
    if n <= SMALL_CENTRALITY:
        dots = [[0] * n for _ in vectors]
        for i, a in enumerate(vectors):
            for j in range(i + 1, n):
                b = vectors[j]
                dots[i][j] = dots[j][i] = sum(a[w] * b[w] for w in a.keys() & b.keys())
        for i in range(n):
            yield [dots[i][j] / (norms[i] * norms[j]) for j in range(n) if j != i]
        return
    vocabulary: dict[str, int] = {}
    ids = [vocabulary.setdefault(w, len(vocabulary)) for vec in vectors for w in vec]
    counts = np.fromiter(chain.from_iterable(vec.values() for vec in vectors), dtype=np.int64)
    indptr = np.cumsum([0, *map(len, vectors)])
    matrix = sparse.csr_matrix((counts, np.array(ids, dtype=np.int64), indptr), shape=(n, len(vocabulary)))
    across = matrix.T.tocsc()
    scale = np.array(norms)
    step = max(1, BLOCK_CELLS // n)
    for start in range(0, n, step):
        for i, dots in enumerate((matrix[start : start + step] @ across).toarray(), start):
            row = (dots / (norms[i] * scale)).tolist()  # the same float operations as above
            del row[i]
            yield row


def _states(candidate: _Candidate, claim_terms: Sequence[frozenset[str]]) -> float:
    """1.0 when the candidate states one of the corroborated claims (most of the claim's words)."""
    return float(any(t and len(t & candidate.terms) >= SUPPORT_OVERLAP * len(t) for t in claim_terms))
