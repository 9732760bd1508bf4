"""What an article says and when, as features for event and story clustering.

    article_terms(article)      -> word, name and number terms of title and body (with counts)
    chunk_terms(articles)       -> the same for a chunk, as TermVectors.fit reads them (from workers)
    TermVectors.fit(term_lists) -> TF-IDF vectors (L2-normalised rows of a CSR matrix) fitted on
                                   the corpus at hand, plus each document's top-weighted terms
    TermWeights.of(term_lists)  -> the IDF of a reference corpus, to fix the weights (incremental)

Terms are lower-cased words (stop words dropped, a light plural strip), numbers, and names:
capitalised sequences ("Antony Blinken", "Betty Ford Center") stand in for named people, places and
organisations offline; a name contributes its whole phrase and its last word ("blinken"), so
"Blinken" and "Antony Blinken" meet. Title terms count twice: a headline says what the event is.
Words that say what happened (EVENT_TERMS: arrested, resigned, earthquake) weigh EVENT_WORD_WEIGHT.

Articles in another language than English (Article.language, detected at extraction) are read
with Unicode words and that language's stop words (jusText's lists, which ship with it, 100
languages), runs of Chinese and Japanese characters as character bigrams, and no names: German
capitalises every noun, and the capitalised-sequence heuristic is English's. English articles
(and those of unknown language) are read as above, unchanged.

When an article happened is read by timing.py.
"""

from __future__ import annotations

import math
import re
from array import array
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, pairwise

import justext
import numpy as np
import pycountry
from scipy import sparse

from newsprism.memo import WordTable
from newsprism.records import Article
from newsprism.workers import fork_map

__all__ = ["ChunkTerms", "TermVectors", "TermWeights", "article_terms", "chunk_terms", "row_dots"]

# Weight of a name term relative to a word term before normalisation: names (who, where) tell
# events of the same kind apart ("Tara Reid" vs "Lindsay Lohan" entering rehab). Tuned on the
# dev clustering sets (bench/clustering.py); 1.0-2.0 score within 0.01 of each other.
NAME_WEIGHT = 1.5
# Weight of a word that says what happened (EVENT_TERMS: arrested, resigned, earthquake, ruling)
# relative to other words: two reports of one happening share its kind, two steps of one story
# (a law blocked, then reinstated) or two happenings of one kind in one place (quakes, rules)
# differ in it. Leave-one-set-out over ecbplus, basil and allsides, with the event threshold
# and undated factor, picks 1.5 whichever set is held out (bench/README.md, "Events, session 7").
EVENT_WORD_WEIGHT = 1.5
# Terms held by fewer documents than this are left out of the vectors: measured on the dev sets
# (bench/clustering.py), 2 lifts every set by 0.01-0.05 over 1.
MIN_DF = 2
# Title terms are counted this many times: the headline names the event.
TITLE_REPEAT = 2
# Distinct word and name tokens whose terms are remembered (each kind; all forgotten at once when
# full): news vocabulary is Zipfian, so 65,536 tokens cover most tokens of the next article (a few MB).
TOKEN_CACHE = 1 << 16
# Rows whose norms are summed at a time (a bound on the temporary list of squares, not a tuning)
NORM_ROWS = 4096
# Stored entries of the row pairs that row_dots gathers at a time (~100 MB of copies and products):
# a bound on memory, not a tuning; the dot products are the same for any value.
DOT_BLOCK = 1 << 22
# Row pairs per worker task when row_dots has jobs > 1 (~1 s of work at the heaps' row sizes).
DOT_TASK = 1 << 18

_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]|\d+(?:[.,]\d+)*")
# A capital not preceded by a word character: the lookbehind comes after the capital (it checks
# the character before it), so that the regex engine can skip ahead to the next capital.
_NAME = re.compile(
    r"[A-Z](?<![\w'’].)[\w'’\-]*(?:\.[A-Z]\.?)?(?:\s+(?:(?:of|de|del|la|al|bin|van|von|the)\s+)?"
    r"[A-Z][\w'’\-]*(?:\.[A-Z]\.?)?)*"
)

# Function words and the words of news prose that say nothing about which event it is.
_STOP_WORDS = """a about above after again against all almost also although always am among an and another
    any are around as at be became because been before being below between both but by can could
    did do does doing done down during each either else even ever every few for from further get
    gets got had has have having he her here hers herself him himself his how however i if in into
    is it its itself just last least less like made make many may me might more most much must my
    myself near neither never new news no nor not now of off often on once one only or other our
    ours ourselves out over own per rather really said same say says several she should since so
    some such than that the their theirs them themselves then there these they this those though
    through thus to too two under until up upon us very via was we well were what whatever when
    where whether which while who whom whose why will with within without would yet you your yours
    yourself mr mrs ms told tell according reported report reports including year years time week
    day days month months today yesterday tomorrow monday tuesday wednesday thursday friday saturday
    sunday people way going first three four five back still take took want wanted come came added
    called call calls know known see seen think go went s t re ve ll d m"""
_STOP = frozenset(_STOP_WORDS.split())

# Words of general kinds of news happenings, one kind per line; each also counts in its inflected
# forms (EVENT_TERMS). Words that only the dev sets' own errors suggested (booster, jobless,
# ambassador, rehab) are left out: with them the dev figures are no better (bench/README.md).
_EVENT_WORDS = """
    arrest arrested arresting detain detained detention custody
    charge charged indict indicted indictment accused prosecute prosecuted prosecutor
    plead pleaded pled plea guilty convict convicted conviction verdict acquit acquitted jury
    sentence sentenced sentencing jail jailed prison imprisoned
    trial testify testified testimony hearing witness
    resign resigned resignation quit quits stepped
    fire fired sacked dismissed ousted oust
    appoint appointed appointment nominate nominated nomination nominee hire hired confirmed confirmation
    elect elected election ballot vote voted voting voter poll
    sign signed signing veto vetoed
    ruling ruled rule overturn overturned uphold upheld reverse reversed
    block blocked halt halted suspend suspended injunction
    reinstate reinstated restore restored lift lifted
    earthquake quake magnitude tremor aftershock
    storm hurricane flood flooding tornado
    blaze wildfire arson burned
    shoot shooting shot gunman gunfire
    kill killed killing dead death die died murder murdered
    attack attacked bomb bombing airstrike missile explosion
    crash crashed collision derailed
    deal contract agreement acquire acquired acquisition merger
    launch launched unveil unveiled announce announced
    sue sued lawsuit
    investigate investigation probe inquiry
    ban banned
    cancel cancelled canceled postpone postponed
    win won victory defeat defeated
    protest protester rally
"""
_EVENT_SUFFIXES = ("", "s", "d", "ed", "ing", "er", "ers", "ion", "ment", "ings")


def _event_terms(text: str) -> frozenset[str]:
    """The terms of `text`'s words and of their inflections (a final "e" dropped before -ing,
    -ion, -er)."""
    terms: set[str] = set()
    for word in text.split():
        base = _word_term(word)
        if not base:
            continue
        terms.update(base + suffix for suffix in _EVENT_SUFFIXES)
        if base.endswith("e"):
            terms.update(base[:-1] + suffix for suffix in ("ing", "ion", "er", "ers"))
    return frozenset(terms)


def _stem(word: str) -> str:
    """A light plural strip, enough to meet "talks"/"talk" and "cities"/"city"."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _word_term(token: str) -> str:
    """The term of one word token ("Talks" -> "talk"), "" for a stop word or a single letter."""
    w = token.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if w in _STOP or len(w) < 2:
        return ""
    return w if w[0].isdigit() else _stem(w)


def _name_terms(found: str) -> tuple[str, ...]:
    """The terms of one capitalised sequence, without a leading function word ("The White House"
    -> "@white house", "@house"): the whole phrase, and its last word when it has several."""
    parts = found.replace("’", "'").split()
    while parts and parts[0].lower() in _STOP:
        parts = parts[1:]
    parts = [p[:-2] if p.endswith("'s") else p for p in parts]
    phrase = " ".join(parts).lower()
    if len(phrase) < 2:
        return ()
    return ("@" + phrase, "@" + parts[-1].lower()) if len(parts) > 1 else ("@" + phrase,)


EVENT_TERMS = _event_terms(_EVENT_WORDS)

# Other languages: a word is a run of letters (any script) with inner apostrophes or hyphens; a
# run of CJK characters (no spaces between words) gives its character bigrams instead
_WORD_ANY = re.compile(r"[^\W\d_](?:[\w'’\-]*[^\W\d_])?|\d+(?:[.,]\d+)*")
_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]+")


# jusText's lists are the most frequent words of each language's Wikipedia, which is written in the
# third person: news quotes people, and these pronouns, possessives and adverbs of place and time
# are missing from them. Two unrelated Spanish pages of the htmldate set met on "nuestro" and
# "claro" (cosine 0.18 with them, above the loner threshold).
_MISSING_FUNCTION_WORDS = {
    "es": """nuestro nuestra nuestros nuestras vuestro vuestra vuestros vuestras mi mis tu tus mío mía
        tuyo tuya suyo suya yo nosotros nosotras vosotros ellas usted ustedes esos esas aquel aquella
        aquellos aquellas aquí allí ahí ahora nunca tampoco pues porque cuyo cuya algo nada tanta
        pocos claro""",
    "fr": """je tu vous nous elles mon ma mes ton ta tes notre nos votre vos ni oui parce pourquoi
        quel quelle quels quelles quoi trop ici là rien aucun aucune cela ça""",
    "de": """ich du wir mein meine dein deine unser unsere euer eure jener jene daß jetzt uns wann
        warum wer""",
    "pt": """eu tu nós você vocês elas meu minha meus minhas nosso nossa nossos nossas isto aquilo aqui
        ali agora nada algo tudo""",
    "it": """io tu noi voi mio mia miei mie nostro nostra nostri nostre vostro vostra qua lì là adesso
        chi niente qualcosa""",
}


@lru_cache(maxsize=64)
def _foreign_stop_words(language: str) -> frozenset[str]:
    """jusText's stop list of an ISO 639-1 language (its most frequent words) and the function words
    it lacks (_MISSING_FUNCTION_WORDS), empty when it has none (Chinese and Japanese are read as
    character bigrams, where no list is needed)."""
    found = pycountry.languages.get(alpha_2=language)
    name = getattr(found, "name", None)
    if name not in justext.get_stoplists():
        return frozenset()
    return frozenset(justext.get_stoplist(name)) | frozenset(
        _MISSING_FUNCTION_WORDS.get(language, "").split()
    )


def _foreign_terms(text: str, language: str) -> ArticleTerms:
    """Words (and CJK bigrams) of a text in another language than English, without its stop words."""
    stop = _foreign_stop_words(language)
    words: Counter[str] = Counter()
    for token in _WORD_ANY.findall(text):
        if _CJK_RUN.fullmatch(token):
            continue
        w = token.lower().replace("’", "'")
        if len(w) > 1 and w not in stop:
            words[w] += 1
    for run in _CJK_RUN.findall(text):
        words.update(run[i : i + 2] for i in range(len(run) - 1))
    return ArticleTerms(words=words, names=Counter())


class _Columns(dict[str, int]):
    """A term's column: the next free one when the term is first seen (looked up in C)."""

    def __missing__(self, term: str) -> int:
        self[term] = column = len(self)
        return column


# each token's terms, computed once (memo.WordTable: a hit is one dict lookup in C, a third of an
# lru_cache hit, which also reorders its list); emptied when TOKEN_CACHE tokens are held
_WORD_TERMS = WordTable(_word_term, TOKEN_CACHE)
_NAME_TERMS = WordTable(_name_terms, TOKEN_CACHE)
# Joins the body and its title repeats into one text for one pass of each regex: no word or name
# match holds a space followed by "|", so none spans two parts, and a part starts after a space as
# a text starts after nothing (the name regex's lookbehind sees no word character either way).
_PART_BREAK = " | "


@dataclass(frozen=True, slots=True)
class ArticleTerms:
    """The terms of one article: word counts and name counts (title terms counted twice)."""

    words: Counter[str]
    names: Counter[str]


def article_terms(article: Article) -> ArticleTerms:
    """Words and names of `article`'s title and body, with their counts.

    Body and TITLE_REPEAT copies of the title are read as one text (_PART_BREAK between them), so
    each regex runs once and each Counter is built once, in C.
    """
    text = _PART_BREAK.join([article.text, *[article.title or ""] * TITLE_REPEAT])
    if article.language is not None and article.language != "en":
        return _foreign_terms(text, article.language)
    words = Counter(map(_WORD_TERMS.__getitem__, _WORD.findall(text)))
    words.pop("", None)
    names = Counter(chain.from_iterable(map(_NAME_TERMS.__getitem__, _NAME.findall(text))))
    return ArticleTerms(words=words, names=names)


@dataclass(frozen=True, slots=True)
class ChunkTerms:
    """The terms of consecutive articles as TermVectors.fit reads them, what a worker sends back
    for a chunk of articles: each distinct term once (`terms`, in the order first met: article by
    article, its words sorted, then its names sorted), and for each article its words' and then
    its names' places in `terms` (`ids`) and counts, all int32 bytes, with the length of each such
    run (`runs`, int64 bytes, two an article). The parent looks up each distinct term of a chunk
    once instead of every term of every article, and unpickles one string per distinct term:
    its intake of 20,000 heap-50000 articles took 0.35 s CPU against 1.38 s for the articles'
    sorted lists of terms one by one (/tmp/h9/link9/intake.py)."""

    terms: list[str]
    ids: bytes
    counts: bytes
    runs: bytes


def chunk_terms(articles: Iterable[Article]) -> ChunkTerms:
    """article_terms of each of `articles`, sorted and numbered for TermVectors.fit (the same rows)."""
    local = _Columns()
    ids, counts, runs = array("i"), array("i"), array("q")
    for article in articles:
        terms = article_terms(article)
        for held in (terms.words, terms.names):
            ordered = sorted(held)
            ids.extend(map(local.__getitem__, ordered))
            counts.extend(map(held.__getitem__, ordered))
            runs.append(len(ordered))
    return ChunkTerms(terms=list(local), ids=ids.tobytes(), counts=counts.tobytes(), runs=runs.tobytes())


@dataclass(frozen=True, slots=True)
class TermWeights:
    """Inverse document frequencies counted on a reference corpus: idf(t) = ln((1+n)/(1+df_t)) + 1.

    By default TermVectors.fit counts them on the documents it is given (the corpus at hand); a
    fixed TermWeights makes each document's vector independent of the other documents (up to
    MIN_DF, see TermVectors.fit), which is what lets incremental.py add articles without
    re-weighting the ones already clustered. A term the reference never saw gets the highest idf.
    """

    n: int
    df: Mapping[str, int]

    @classmethod
    def of(cls, docs: Iterable[ArticleTerms]) -> TermWeights:
        df: Counter[str] = Counter()
        n = 0
        for d in docs:
            df.update(d.words.keys())
            df.update(d.names.keys())
            n += 1
        return cls(n=n, df=dict(df))

    def idf(self, term: str) -> float:
        # math.log, not np.log: the same float on every machine and for any batch of terms
        return math.log((1.0 + self.n) / (1.0 + self.df.get(term, 0))) + 1.0


@dataclass(frozen=True, slots=True)
class TermVectors:
    """TF-IDF rows (sublinear term frequency, smoothed IDF), L2-normalised, one per document.

    `matrix` is n_docs x n_terms CSR; `vocabulary` maps a term to its column and `terms` a column
    to its term; `df` holds each column's document frequency in the documents fitted.

    Every value is computed so that it depends only on the document, the weights and which of
    its terms pass MIN_DF, never on the column numbering (which follows the documents' order):
    norms and dot products are sums taken in a canonical order (math.fsum; row_dots sorts the
    products), and top terms break ties by the term itself. So a document's row and its cosines
    are bit for bit the same in any corpus, which incremental.py relies on.
    """

    matrix: sparse.csr_matrix
    vocabulary: dict[str, int]
    df: np.ndarray
    terms: tuple[str, ...] = ()

    @classmethod
    def fit(
        cls,
        docs: Iterable[ArticleTerms | ChunkTerms],
        *,
        name_weight: float = NAME_WEIGHT,
        event_weight: float = EVENT_WORD_WEIGHT,
        min_df: int = MIN_DF,
        weights: TermWeights | None = None,
        corpus_df: Mapping[str, int] | None = None,
    ) -> TermVectors:
        """Rows of `docs`, weighted by `weights` (default: counted on `docs`); a name term
        weighs `name_weight`, a word of EVENT_TERMS `event_weight`, other words 1.

        A term held by fewer than `min_df` documents of the corpus gets weight 0; the corpus is
        `docs` unless `corpus_df` (term -> documents holding it) says otherwise.
        """
        # one pass over the documents into flat arrays (a document's terms are dropped as soon as
        # they are read, so `docs` can be a generator); rows sorted by term, so that the same
        # document always gives the same row, whatever the hash seed
        vocab = _Columns()
        indptr = array("q", [0])
        indices = array("i")  # columns (int32, as scipy stores them)
        counts = array("i")  # raw term counts
        runs = array("q")  # the lengths of each row's run of words and run of names
        for d in docs:
            if isinstance(d, ChunkTerms):
                # a chunk's distinct terms in the order first met: a term new to `vocab` gets its
                # column in the order the articles one by one would have given it
                column = np.fromiter(map(vocab.__getitem__, d.terms), dtype=np.int32, count=len(d.terms))
                indices.frombytes(column[np.frombuffer(d.ids, dtype=np.int32)].tobytes())
                counts.frombytes(d.counts)
                runs.frombytes(d.runs)
                per_article = np.frombuffer(d.runs, dtype=np.int64).reshape(-1, 2).sum(axis=1)
                indptr.frombytes((np.cumsum(per_article) + indptr[-1]).tobytes())
            else:
                for held in (d.words, d.names):
                    ordered = sorted(held)
                    indices.extend(map(vocab.__getitem__, ordered))
                    counts.extend(map(held.__getitem__, ordered))
                    runs.append(len(ordered))
                indptr.append(len(indices))
        n = len(indptr) - 1
        terms = tuple(vocab)
        idx = np.frombuffer(indices, dtype=np.int32)
        df = np.bincount(idx, minlength=len(terms)).astype(np.float64)
        if weights is None:
            weights = TermWeights(n=n, df={t: int(c) for t, c in zip(terms, df.tolist(), strict=True)})
        idf = np.array([weights.idf(t) for t in terms], dtype=np.float64)
        live = df if corpus_df is None else np.array([corpus_df.get(t, 0) for t in terms], dtype=np.float64)
        # a term of one document only links nothing; it would only dilute that document's cosines
        idf[live < min_df] = 0.0
        if event_weight != 1.0:  # a word that says what happened weighs `event_weight`
            idf[[k for k, t in enumerate(terms) if t in EVENT_TERMS]] *= event_weight
        # sublinear term frequency 1 + ln(count), each distinct count through math.log (as ever)
        raw = np.frombuffer(counts, dtype=np.int32)
        log_table = np.array([1.0 + math.log(c) if c else 0.0 for c in range(int(raw.max(initial=0)) + 1)])
        # a word weighs 1, a name `name_weight`
        boost = np.repeat(np.tile([1.0, name_weight], n), np.frombuffer(runs, dtype=np.int64))
        data = log_table[raw] * boost * idf[idx]
        del raw, boost, counts, runs
        bounds = np.frombuffer(indptr, dtype=np.int64)
        # L2 norms summed exactly (fsum), so they do not depend on the order of a row's columns;
        # NORM_ROWS rows at a time, as a list of Python floats is three times the array
        norms = np.zeros(n)
        for first in range(0, n, NORM_ROWS):
            last = min(first + NORM_ROWS, n)
            squares = (data[bounds[first] : bounds[last]] ** 2).tolist()
            at = (bounds[first : last + 1] - bounds[first]).tolist()
            norms[first:last] = [math.sqrt(math.fsum(squares[lo:hi])) for lo, hi in pairwise(at)]
        norms[norms == 0] = 1.0
        data = data / np.repeat(norms, np.diff(bounds))
        m = sparse.csr_matrix((data, idx.copy(), bounds.copy()), shape=(n, len(terms)), dtype=np.float64)
        del data, idx, bounds, indices, indptr
        m.eliminate_zeros()
        m.sort_indices()
        return cls(matrix=m, vocabulary=dict(vocab), df=df, terms=terms)

    def top_terms(self, k: int) -> list[np.ndarray]:
        """Each row's `k` highest-weighted columns (ties broken by the term, else by column)."""
        m = self.matrix
        if self.terms:
            rank = np.empty(len(self.terms), dtype=np.int64)
            rank[np.argsort(np.asarray(self.terms, dtype=object), kind="stable")] = np.arange(len(self.terms))
        else:
            rank = np.arange(m.shape[1])
        out = []
        for i in range(m.shape[0]):
            lo, hi = m.indptr[i], m.indptr[i + 1]
            cols, vals = m.indices[lo:hi], m.data[lo:hi]
            order = np.lexsort((rank[cols], -vals))[:k]
            out.append(cols[order])
        return out


def row_dots(matrix: sparse.csr_matrix, i: np.ndarray, j: np.ndarray, jobs: int = 1) -> np.ndarray:
    """Dot products of the row pairs (i[k], j[k]) of a CSR matrix (cosines, for L2-normalised rows).

    The rows of DOT_BLOCK stored entries' worth of pairs are gathered (scipy, in C) and multiplied
    entry by entry (a merge of their sorted columns; only shared columns give a product). Each dot
    product is the sum of its term products in ascending order, so it is the same float whatever
    the column numbering (TermVectors), the order of the pair or the pairs computed with it; with
    `jobs` > 1, forked workers take DOT_TASK pairs each.
    """
    if jobs > 1 and len(i) > DOT_TASK:
        starts = range(0, len(i), DOT_TASK)

        def part(s: int) -> np.ndarray:
            return row_dots(matrix, i[s : s + DOT_TASK], j[s : s + DOT_TASK])

        return np.concatenate(list(fork_map(part, starts, jobs, 1)))
    out = np.zeros(len(i))
    if len(i) == 0:
        return out
    nnz = np.diff(matrix.indptr)
    # pairs up to each one, counted in stored entries of both rows: where the blocks end
    cost = np.cumsum(nnz[i] + nnz[j])
    s = 0
    while s < len(i):
        done = int(cost[s - 1]) if s else 0
        e = max(s + 1, int(np.searchsorted(cost, done + DOT_BLOCK, side="right")))
        products = matrix[i[s:e]].multiply(matrix[j[s:e]]).tocsr()
        out[s:e] = _ascending_sums(products.indptr, products.data)
        s = e
    return out


def _ascending_sums(indptr: np.ndarray, data: np.ndarray) -> np.ndarray:
    """The sum of each CSR row's values taken smallest first (values are positive).

    Rows are laid out left-aligned in blocks of one power-of-two width (zeros after their values),
    each block is sorted along its rows (the zeros come first: 0 + x is x, so they change no sum)
    and summed left to right by a running sum (np.cumsum adds in order, unlike np.sum).
    """
    counts = np.diff(indptr)
    out = np.zeros(len(counts))
    live = np.flatnonzero(counts)
    if not len(live):
        return out
    n_live = counts[live]
    # each live row's width: the power of two at or above its count (2 ** bit length of count - 1)
    width = np.left_shift(1, np.frexp(n_live - 1)[1].astype(np.int64))
    by_width = np.argsort(width, kind="stable")
    rows, n_rows, width = live[by_width], n_live[by_width], width[by_width]
    # each row's place in one flat buffer, rows of one width side by side
    base = np.cumsum(width) - width
    first = indptr[rows]
    at = np.repeat(base - np.cumsum(n_rows) + n_rows, n_rows) + np.arange(int(n_rows.sum()))
    flat = np.zeros(int(width.sum()))
    flat[at] = data[np.repeat(first - np.cumsum(n_rows) + n_rows, n_rows) + np.arange(int(n_rows.sum()))]
    ends = np.flatnonzero(np.r_[width[1:] != width[:-1], True]) + 1
    lo = 0
    for hi in ends.tolist():
        w = int(width[lo])
        block = flat[base[lo] : base[lo] + (hi - lo) * w].reshape(hi - lo, w)
        block.sort(axis=1)
        out[rows[lo:hi]] = np.cumsum(block, axis=1)[:, -1]
        lo = hi
    return out
