"""An event: its articles (with the corroborated claims and which articles copy which) in; its
candidate sentences with their supporters and features, the weight of each concept, and each
source article's words out (_Event.of), read once for all the steps after.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import repeat

from newsprism.analyse.sentences import Sentence, split_sentences
from newsprism.records import Article, Claim

from .candidates import _article_candidates, _Candidate, _first_told, _leans_back
from .quality import _concept_weights, _Context, _independent_groups, features
from .references import _References
from .support import _supporters
from .words import _STOPWORDS, _reading, _Words, _words


@dataclass(frozen=True, slots=True)
class _Event:
    """The candidate sentences of one event's articles, with their supporters and features."""

    candidates: list[_Candidate]
    support: list[set[int]]  # per candidate: indices of the articles saying the same
    features: list[tuple[float, ...]]  # per candidate, in FEATURES order
    weights: dict[str, float]  # concept -> weight
    stems: dict[int, list[str]]  # per source article: its words stemmed (headline and text), in order
    input_words: float  # the source articles' mean number of words
    weight: float  # the concept weight of the whole event (1.0 when it weighs nothing)
    totals: list[float]  # per candidate: the weight of its concepts (1.0 when they weigh nothing)
    # the candidates that lean on a sentence before them (_leans_back), in an article whose first
    # sentence that is not junk (_first_told) comes before them: no summary opens on one (selection._pool)
    leaning: frozenset[int] = frozenset()
    # the source articles' word and pair counts (_References), made when a summary is first scored
    references: list[_References] = field(default_factory=list)
    # candidate -> its stems' ids in the references' vocabulary, filled as the summaries are scored
    ids: dict[int, list[int]] = field(default_factory=dict)
    # (article, position) -> the candidates of that sentence (it and its main clause), made when
    # first asked (places)
    by_place: dict[tuple[int, int], list[int]] = field(default_factory=dict)

    def reference(self) -> _References:
        """The source articles' word and pair counts, counted once per event."""
        if not self.references:
            self.references.append(_References.of(list(self.stems.values())))
        return self.references[0]

    def places(self) -> dict[tuple[int, int], list[int]]:
        """The candidates of each sentence, (article, position) -> indices, made once per event."""
        if not self.by_place:
            for k, c in enumerate(self.candidates):
                self.by_place.setdefault((c.article, c.position), []).append(k)
        return self.by_place

    @classmethod
    def of(
        cls, articles: Sequence[Article], claims: Sequence[Claim], duplicate_of: Mapping[str, str | None]
    ) -> _Event:
        copies = {a for a, orig in duplicate_of.items() if orig}
        sources = [i for i, a in enumerate(articles) if a.id not in copies] or list(range(len(articles)))
        sentences = [split_sentences(a.text) for a in articles]
        split = [[s.text for s in ss] for ss in sentences]  # split once, used four times
        candidates = [c for i in sources for c in _article_candidates(i, split[i])]
        outlet_of = _independent_groups(articles, duplicate_of)
        support = _supporters(candidates, split)
        # each article's headline and text read once, for its concepts, terms and word counts
        titles = [_Words.of(a.title or "") for a in articles]
        parts = [_article_parts(a, t, ss) for a, t, ss in zip(articles, titles, sentences, strict=True)]
        words = [
            _Words.joined(p) if p is not None else _whole_words(a)
            for a, p in zip(articles, parts, strict=True)
        ]
        context = _Context.of(split, outlet_of, claims, words, titles)
        title_concepts = [t.concepts() for t in titles]
        concepts = [_article_concepts(*x) for x in zip(words, parts, title_concepts, split, strict=True)]
        weights = _concept_weights(concepts, title_concepts, outlet_of)
        return cls(
            candidates=candidates,
            support=support,
            features=[features(c, sup, context) for c, sup in zip(candidates, support, strict=True)],
            weights=weights,
            stems={i: words[i].stems for i in sources},
            input_words=_mean(len(words[i].stems) for i in sources),
            weight=sum(weights.values()) or 1.0,
            totals=[sum(map(weights.get, c.concepts, repeat(0.0))) or 1.0 for c in candidates],
            leaning=_leaning(candidates, articles, sentences),
        )


def _leaning(
    candidates: Sequence[_Candidate], articles: Sequence[Article], sentences: Sequence[Sequence[Sentence]]
) -> frozenset[int]:
    """The candidates that are not their article's first sentence told (_first_told) and lean on the
    text before them (_leans_back)."""
    first = {i: _first_told([s.text for s in sentences[i]]) for i in {c.article for c in candidates}}
    return frozenset(
        k
        for k, c in enumerate(candidates)
        if c.position != first[c.article]
        and _leans_back(c.text, articles[c.article].text, sentences[c.article][c.position].start)
    )


def _article_words(article: Article, title: _Words, sentences: Sequence[Sentence]) -> _Words:
    """_Words.of(f"{headline}\n{text}"), from the words of its headline and of its sentences (read
    once for the candidates, the supporters and the article) where _article_parts allows."""
    parts = _article_parts(article, title, sentences)
    return _Words.joined(parts) if parts is not None else _whole_words(article)


def _whole_words(article: Article) -> _Words:
    """The words of the article's headline and text, read at once."""
    return _Words.of(f"{article.title or ''}\n{article.text}")


def _article_parts(article: Article, title: _Words, sentences: Sequence[Sentence]) -> list[_Words] | None:
    """The words of the article's headline and of each of its sentences, whose words joined are
    those of its headline and text read at once: where only white space lies between the sentences
    (split_sentences leaves nothing else), no word runs across it, and lower() reads every
    character alike in a sentence and in the whole text. None where a word may run across them."""
    text = article.text
    bounds = [0, *(x for s in sentences for x in (s.start, s.end)), len(text)]
    outside = [text[start:end] for start, end in zip(bounds[::2], bounds[1::2], strict=True)]
    between = outside[1:-1]
    if all(gap.isspace() for gap in between) and not outside[0].strip() and not outside[-1].strip():
        return [title, *(_words(s.text) for s in sentences)]
    return None


def _article_concepts(
    words: _Words, parts: Sequence[_Words] | None, title_concepts: frozenset[str], sentences: Sequence[str]
) -> frozenset[str]:
    """words.concepts() for the article whose words are `words`, joined from `parts` (its headline,
    whose concepts are `title_concepts`, and its `sentences`) when given: the union of the parts'
    concepts (each sentence's read once per event, _reading) and the pairs of content words across
    two parts."""
    if parts is None:
        return words.concepts()
    concepts = set(title_concepts)
    concepts.update(*(_reading(sentence)[1] for sentence in sentences))
    ends = [(p.tokens[0], p.stems[0], p.tokens[-1], p.stems[-1]) for p in parts if p.tokens]
    concepts.update(
        f"{last} {first}"
        for (_, _, end, last), (start, first, _, _) in zip(ends, ends[1:], strict=False)
        if end not in _STOPWORDS and start not in _STOPWORDS
    )
    return frozenset(concepts)


def _mean(values: Iterable[float]) -> float:
    items = list(values)
    return sum(items) / len(items) if items else 0.0
