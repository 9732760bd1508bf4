"""Extractive multi-document summaries whose every sentence cites its sources, and event headlines.

summarise(articles, words=60, claims=(), duplicate_of=None) -> list[SummarySentence]: sentences
taken from the articles of one event, about `words` words in all (never more than BUDGET_SLACK
over), each listing every article that says the same thing, not only its source.
headline(titles, summary=()) -> str | None: the headline that best names the event, without its
outlet suffix (" - Reuters", " | Political News").

The method, for the articles of one event:
  1. Candidates: every sentence of every article that is not a known copy (a copy can support a
     sentence, but its original's wording is used), with its dateline, leading connective and
     attribution clause cut ("WASHINGTON (AP) -", "But", ", according to ...", ", the Post
     reported"), and, beside it, its main clause alone when a trailing participle, relative or
     appositive clause can go. Junk is left out: bylines, credits, calls to action, questions to
     the reader, fragments, captions, quotes without a speaker.
  2. Quality: a linear model of the share of a sentence's words that a reference summary holds
     (QUALITY_WEIGHTS, fitted by `bench/summaries.py --fit` on NeuS dev). What counts most: the
     sentence's content words are used by the other articles (centrality across documents) and
     by the headlines; it comes early in an article that is central to the event (lead bias); other
     articles support it, it states a corroborated claim; it is reported prose, not opinion.
  3. Selection: greedy under the word budget, each step taking the sentence with the best quality
     times the share of its concept weight (content words and bigrams, weighed by the articles and
     headlines using them) not yet covered: a second outlet's wording of a fact already told
     scores near zero (redundancy removal in the manner of Lin & Bilmes' coverage objective).
  4. Candidate summaries: that selection opening on each of the OPENINGS best sentences, and each
     article's own lead (its sentences in order: whole, cut after any sentence, and filled by the
     selection), make a small pool of whole summaries; the one a listwise model scores best is
     printed (SUMMARY_WEIGHTS, fitted by `bench/summaries.py --fit-summaries` to rank a group's pool
     by its ROUGE). What counts: the opening sentence, length (short articles, short summary),
     coverage, and how much of every article's own wording the summary holds, the articles
     serving as references for each other. An outlet's lead given whole often is the best account:
     the pool lets it win over a patchwork. Where the pool allows, no summary opens on a sentence
     that leans on an earlier one of its article ("The move comes as ...", "Woods, 45, ...") or was
     cut inside a phrase ("... as lawmakers explored other"): selection._opens.
  5. Order: the sentence chosen first opens; the others follow by their position in their
     articles, so leads come before details; a sentence cut off before its stop (a page's or
     feed's excerpt) goes last, so that none runs on from it; a summary holds one such at most.
Support: an article supports a sentence when one of its sentences holds at least SUPPORT_OVERLAP of
the sentence's content words; a copy and its original count as one outlet in every weight.

The package's modules are those steps, each taking in what the one before gives out:

    words.py       the words of a text: tokens, light stems, content words, concepts (every step)
    candidates.py  1.  an article's sentences in, the cleaned candidates out (junk left out, main
                       clauses cut from their trailing clause)
    support.py     the articles that say what each candidate says
    quality.py     2.  a candidate's features and its quality (FEATURES, QUALITY_WEIGHTS), and
                       what the event tells each sentence: outlets, centrality, concept weights
    references.py  the source articles as references: a summary's clipped word and pair counts
    event.py       an event's articles in; its candidates, supporters, features and concept
                   weights out (_Event), read once for the steps after
    selection.py   3.-5.  the greedy selection, each article's lead, the pool of candidate
                   summaries, and their reading order
    ranking.py     4.  the candidate summary the listwise model scores best (SUMMARY_FEATURES,
                   SUMMARY_WEIGHTS)
    headlines.py   headline(): the title that best names the event; central_event(): the event
                   that best stands for its story
    groups.py      read_groups(): the `summarize` command's GROUPS.jsonl, checked
    __init__.py    summarise(), and write_summaries(), the `summarize` command

A module imports only modules named before it in that list (references.py names event.py's
_Event for type checking only); they import each other relatively.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from newsprism.analyse.sentences import split_sentences
from newsprism.output.files import holds_earlier, replacing
from newsprism.records import Article, Claim, SummarySentence

# Besides what summarise() and write_summaries() use, the steps' names that src/, tests/ and bench/
# read from this package when it was one module (summarise.py) are still read from here (F401). A
# function reads a value from its own module: to change one (a test's BLOCK_CELLS), set it there.
from .candidates import (  # noqa: F401
    _FURNITURE,
    DANGLING_END_CHARS,
    MAX_WORDS,
    MIN_CLAUSE,
    MIN_WORDS,
    _article_candidates,
    _Candidate,
    _clean,
    _first_lines,
    _furniture,
    _is_junk,
    _shortened,
    _unquoted,
    _writers_voice,
)
from .event import _article_concepts, _article_parts, _article_words, _Event  # noqa: F401
from .groups import read_groups
from .headlines import MIN_HEADLINE_WORDS, _strip_outlet, headline  # noqa: F401
from .quality import (  # noqa: F401
    FEATURES,
    QUALITY_WEIGHTS,
    SMALL_CENTRALITY,
    _centrality,
    _concept_weights,
    _quality,
    features,
)
from .ranking import (  # noqa: F401
    CLAIM_WEIGHT,
    INPUT_CAP,
    SUMMARY_FEATURES,
    SUMMARY_WEIGHTS,
    _best_summary,
    _summaries_features,
    summary_features,
)
from .references import _clipped_sums  # noqa: F401
from .selection import (  # noqa: F401
    BUDGET_SLACK,
    NOVELTY_POWER,
    OPENINGS,
    REDUNDANT,
    _lead,
    _pool,
    _ranked,
    _reading_order,
    _repeats,
    _select,
)
from .support import BLOCK_CELLS, SMALL_PRODUCT, SUPPORT_OVERLAP, _supporters  # noqa: F401
from .words import (  # noqa: F401
    _MAX_STEMS,
    _STEMS,
    _STOPWORDS,
    _TOKEN,
    _reading,
    _stem,
    _stems,
    _terms,
    _Words,
)

__all__ = ["SummaryRun", "headline", "read_groups", "summarise", "write_summaries"]


def summarise(
    articles: Sequence[Article],
    words: int = 60,
    claims: Sequence[Claim] = (),
    duplicate_of: Mapping[str, str | None] | None = None,
) -> list[SummarySentence]:
    """A summary of about `words` words of the articles of one event, every sentence citing all the
    articles that support it. `duplicate_of` maps a copy's id to its original's: copies are never
    quoted but can support a sentence. `claims` (from corroborate) favour corroborated statements.
    Where no sentence of the articles may be printed: 1. their headline (_headline_only); 2. without
    one, the first article's first readable lines (_first_lines_only)."""
    if isinstance(articles, (str, Article)):
        raise TypeError("summarise() takes a sequence of Articles (the articles of one event), not one")
    event = _Event.of(articles, claims, duplicate_of or {})
    if not event.candidates:
        return _headline_only(articles) or _first_lines_only(articles, words)
    quality = [_quality(f) for f in event.features]
    candidates = event.candidates
    # a value the outlets dispute (a conflict: "Chen Gang" / "Qin Gang") is not stated as fact; the
    # briefing shows the conflict itself. Only when every sentence carries one are they used.
    disputed = {v for c in claims if c.status == "conflict" for v in c.values.values() if v}
    undisputed = [
        0.0 if any(v in c.text for v in disputed) else q for c, q in zip(candidates, quality, strict=True)
    ]
    chosen = _best_summary(event, undisputed, words) or _best_summary(event, quality, words)
    if not chosen:
        return _headline_only(articles) or _first_lines_only(articles, words)
    return [
        SummarySentence(
            text=candidates[k].text, article_ids=tuple(articles[j].id for j in sorted(event.support[k]))
        )
        for k in chosen
    ]


def _headline_only(articles: Sequence[Article]) -> list[SummarySentence]:
    """The summary of articles with no usable sentence (headline-only items): their headline."""
    title = headline([a.title for a in articles if a.title])
    if title is None:
        return []
    terms = frozenset(_terms(title))
    cited = [
        a.id
        for a in articles
        if len(terms & frozenset(_terms(a.title or ""))) >= SUPPORT_OVERLAP * len(terms)
    ]
    return [SummarySentence(text=title, article_ids=tuple(cited))]


def _first_lines_only(articles: Sequence[Article], words: int) -> list[SummarySentence]:
    """The summary of articles with no usable sentence and no headline: the first article's first
    lines a reader can read (candidates._first_lines), so that an event with text never goes
    without a summary (heap-10000: a page of teasers, a question and its answer, headlines run
    together)."""
    for article in articles:
        lines = _first_lines([s.text for s in split_sentences(article.text)], words)
        if lines:
            return [SummarySentence(text=line, article_ids=(article.id,)) for line in lines]
    return []


@dataclass(frozen=True, slots=True, kw_only=True)
class SummaryRun:
    output: Path
    groups: int
    documents: int
    # no group was read, and an earlier file at `output` was left as it was (output.files.holds_earlier)
    kept_earlier: bool = False
    # the groups whose summary is empty (no documents, or no sentence a summary may take), in order
    unsummarised: tuple[str, ...] = ()


def write_summaries(
    path: str | Path,
    output: str | Path,
    *,
    words: int = 60,
    rewrite: Callable[[str, list[SummarySentence]], list[SummarySentence]] | None = None,
    on_group: Callable[[str], None] | None = None,
) -> SummaryRun:
    """Summarise every group of GROUPS.jsonl and write one line per group to `output`:
    `{"id", "summary", "sentences": [{"text", "article_ids"}], "headline"}`. The whole input is read
    and checked before anything is written, so a malformed line leaves no half-written output.
    `rewrite(group_id, sentences)`, when given, rewrites each summary (llm.rewrite_or_keep)."""
    groups = list(read_groups(path))
    output = Path(output)
    if not groups and holds_earlier(output):
        # an empty GROUPS file (a pipe whose writer failed, a query that matched nothing) would
        # write an empty file over an earlier run's summaries: kept, as digest keeps its outputs
        return SummaryRun(output=output, groups=0, documents=0, kept_earlier=True)
    # written whole or not at all: a run stopped midway (Ctrl-C, an LLM error) leaves an earlier
    # file as it was, not half of a new one (output.files.replacing)
    unsummarised: list[str] = []
    with replacing(output) as f:
        for gid, articles in groups:
            sentences = summarise(articles, words=words)
            if rewrite is not None:
                sentences = rewrite(gid, sentences)
            if not sentences:
                unsummarised.append(gid)
            record = {
                "id": gid,
                "summary": " ".join(s.text for s in sentences),
                "sentences": [{"text": s.text, "article_ids": list(s.article_ids)} for s in sentences],
                "headline": headline([a.title for a in articles if a.title], sentences),
            }
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
            if on_group is not None:
                on_group(gid)
    return SummaryRun(
        output=output,
        groups=len(groups),
        documents=sum(len(a) for _, a in groups),
        unsummarised=tuple(unsummarised),
    )
