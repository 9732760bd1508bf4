"""corroborate's fast paths give exactly what the plain computation gives, on real BASIL articles.

The number search starts just before each digit or number word instead of at every position, and
the TF-IDF matrices are laid out by hand instead of through scipy's constructors: both must find the
same matches and the same cosines to the last bit (claims are ranked on them).
"""

from __future__ import annotations

import json
import re
from itertools import groupby
from pathlib import Path

import numpy as np
import pytest
from scipy import sparse

from newsprism import corroborate as c
from newsprism.corroborate import align
from newsprism.records import Article


@pytest.fixture(scope="module")
def basil(shared: Path) -> list[Article]:
    lines = (shared / "data" / "clustering" / "basil" / "docs.jsonl").read_text(encoding="utf-8").splitlines()
    docs = [json.loads(line) for line in lines[:45]]  # 15 three-outlet events
    return [Article(id=d["id"], source="basil", text=d["text"], outlet=d.get("outlet")) for d in docs]


def test_number_search_finds_what_a_full_scan_finds(basil: list[Article]) -> None:
    texts = [s.text for a in basil for s in c._statements(a, a.id)] + [a.text or "" for a in basil]
    # hedges, currencies and number words right before the figure, on real sentences
    texts += [
        "The bill would cost approximately $ 1.5 trillion over 10 years, more than  twenty senators said.",
        "Nearly £40m was raised, about €5bn in all, and at least twenty-five people were hurt.",
        # curly quotes, dashes and the ellipsis: read as ASCII text; other letters: the full search
        "“Twenty-one of them — nearly Forty in all — were hurt,” she said… about\xa0$5m, ‘One’ said.",
        "Some ſeven hundred (ſix-ſeven) people, İn all Fİve or fıve, were counted by the city’s staff.",
        # the search starts two characters before a figure unless a hedge's last word may be there
        "(About $ 12 of them) UPWARDS OF 40, [close to 7], up to\t$9, fewer than€3, Over 10,000 and 6",
        "The 1,200 troops, 300 more than 2019's, came to 4 of 5 camps some 30 km away at least 3 times",
        "Roughly $ 30m, an estimated 5%, under 5 ft, almost twenty-one; most 5, than 4, to 3, of 2",
    ]
    found = 0
    for text in texts:
        full = [(m.span(), m.groupdict()) for m in c._NUMBER.finditer(text)]
        found_here = c._number_matches(text, c._cores(text, c._words(text)))
        assert [(m.span(), m.groupdict()) for m in found_here] == full, text
        found += len(full)
    assert found > 100


def test_date_search_finds_what_a_full_scan_finds(basil: list[Article]) -> None:
    """The date search starts near each month, "day", "19" or "20" instead of at every position."""
    texts = [s.text for a in basil for s in c._statements(a, a.id)] + [a.text or "" for a in basil]
    texts += [
        "On Wednesday, Sept. 19, 2019, and Thursday May 2020 (1920-2020), the Mayday Junior Market met.",
        "Mondays, Sundayday 2019's 19201 20192020 Dec.Jan. 5 Friday Saturday, in March and by May 1st",
    ]
    found = 0
    for text in texts:
        full = [(m.span(), m.groupdict()) for m in c._DATE.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in c._date_matches(text)] == full, text
        found += len(full)
    assert found > 50


def test_facts_take_possessives_off_as_word_by_word(basil: list[Article]) -> None:
    """_facts lower-cases an article's words together and takes possessive endings off by one
    substitution: the same text as word by word."""
    texts = [a.text or "" for a in basil]
    texts += ["ΟΔΟΣ's ΑΣ' İstanbul’s x’s's x's’s x'’s 's ’S'S Bob’S", "Jones's's. ’s Σ'Σ ΣΑΣ’s"]
    for text in texts:
        plain = " ".join(
            w.lower().removesuffix("'s").removesuffix("’s") for w in re.findall(r"[\w'’-]+", text)
        )
        assert c._facts([], Article(id="a", source="t", text=text)).text == f" {plain} "


def test_hedge_ends_are_the_number_patterns_hedges() -> None:
    """The number search skips the positions before a figure unless they end in a hedge's last word
    (_HEDGE_ENDS, from _HEDGES): _NUMBER's own hedges must be those of _HEDGES."""
    group = c._NUMBER.pattern.split("(?P<hedge>\\b(?:", 1)[1].split(")\\s+)?", 1)[0]
    assert set(group.split("|")) == set(c._HEDGES)
    assert set(c._HEDGE_ENDS) == {hedge.split()[-1] for hedge in c._HEDGES}


def test_words_read_each_word_as_the_plain_functions_do(basil: list[Article]) -> None:
    """_words reads a word from its cache of words; the plain reading word by word is the same, the
    first time and once the word is cached."""
    texts = [s.text for a in basil[:9] for s in c._statements(a, a.id)]
    # letters beyond ASCII take _WORD, typographic marks alone the ASCII pattern: the same words
    texts += ["Zoë’s café, 2,000 naïve Ελλάδα fans_club", "“Twenty-one” — 5,000\xa0people’s… don't"]
    for text in texts + texts:
        matches = list(c._WORD.finditer(text))
        plain = [
            (
                *c._word(m.group()),
                m.group()[0].isdigit(),
                c._holds_number_word(m.group()),
                int(c._word(m.group())[1] is not None),
            )
            for m in matches
        ]
        assert c._words(text) == ([m.start() for m in matches], [m.group() for m in matches], plain)
    assert len(texts) > 50


def _plain_similarities(statements: list[c._Statement]) -> tuple[np.ndarray, np.ndarray]:
    """The cosines and shared words through scipy's constructors, as corroborate once computed them."""
    vocabulary: dict[str, int] = {}
    rows, cols, boost = [], [], []
    for i, s in enumerate(statements):
        names = {c._stem(w) for v in s.values if v.kind == "name" for w in v.key}
        for w in dict.fromkeys(s.words):
            rows.append(i)
            cols.append(vocabulary.setdefault(w, len(vocabulary)))
            boost.append(c.NAME_WEIGHT if w in names else 1.0)
    shape = (len(statements), len(vocabulary))
    binary = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=shape)
    df = np.asarray(binary.sum(axis=0)).ravel()
    idf = np.log((1 + len(statements)) / (1 + df)) + 1
    weighted = sparse.csr_matrix((np.array(boost) * idf[cols], (rows, cols)), shape=shape)
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    weighted = sparse.diags(1 / np.maximum(norms, 1e-12)) @ weighted
    return (weighted @ weighted.T).toarray(), (binary @ binary.T).toarray()


def _all_cosines(cosine: align._Cosines, n: int) -> np.ndarray:
    """The whole n x n matrix, read from a _Cosines in row blocks of 7 (a block's rows summed again
    with other rows than the ones they were built with)."""
    whole = cosine.among(list(range(n)))
    for step in (3, 5, max(n // 4, 1)):  # a claim's members: a few rows against each other only
        members = list(range(1, n, step))
        assert np.array_equal(cosine.among(members), whole[np.ix_(members, members)])
    rows, cols = np.indices((n, n)).reshape(2, -1)
    blocks = [cosine.values(rows[a : a + 7 * n], cols[a : a + 7 * n]) for a in range(0, n * n, 7 * n)]
    assert np.array_equal(np.concatenate(blocks).reshape(n, n), whole)
    return whole


def _every_pair(shared: c._Shared, n: int) -> np.ndarray:
    rows, cols = np.indices((n, n)).reshape(2, -1)
    return shared(rows, cols).reshape(n, n)


def test_similarities_equal_scipy_to_the_last_bit(basil: list[Article]) -> None:
    events = [list(g) for _, g in groupby(basil, key=lambda a: a.id.rsplit("_", 1)[0])]
    assert len(events) == 15
    for articles in [*events, basil]:  # each event, and all 45 articles as one big event
        statements = [s for a in articles for s in c._statements(a, a.outlet or a.id)]
        plain_cosine, plain_shared = _plain_similarities(statements)
        for keep in (c.ALIGN_COSINE, 0.15, 0.6):
            cosine, shared = c._similarities(statements, keep)
            # every pair read, held or summed again, equals the whole product's
            assert np.array_equal(_all_cosines(cosine, len(statements)), plain_cosine)
            for threshold in (keep, max(keep, c.ALIGN_COSINE), 0.9):
                assert all(
                    np.array_equal(a, b)
                    for a, b in zip(
                        cosine.pairs(threshold), np.nonzero(plain_cosine >= threshold), strict=True
                    )
                )
            assert np.array_equal(_every_pair(shared, len(statements)), plain_shared)
        assert shared(np.array([], dtype=int), np.array([], dtype=int)).shape == (0,)
        assert cosine.values(np.array([], dtype=int), np.array([], dtype=int)).shape == (0,)
        assert (plain_cosine[~np.eye(len(statements), dtype=bool)] >= c.ALIGN_COSINE).any()
        # the cosines >= keep only are held: a large event's matrix is not (sparse path)
        assert cosine.dense is None and cosine.kept.nnz < (plain_cosine > 0).sum()


def test_dense_similarities_equal_the_sparse_ones(
    basil: list[Article], monkeypatch: pytest.MonkeyPatch
) -> None:
    events = [list(g) for _, g in groupby(basil, key=lambda a: a.id.rsplit("_", 1)[0])]
    checked = 0
    for articles in events:
        statements = [s for a in articles for s in c._statements(a, a.outlet or a.id)]
        # small events take the dense path; the first few statements of each article make one
        for size in (3, 8, len(statements)):
            part = [s for s in statements if s.position < size]
            plain_cosine, plain_shared = _plain_similarities(part)
            for cells in (0, 10**12):  # sparse, dense
                monkeypatch.setattr(align, "DENSE_CELLS", cells)
                cosine, shared = c._similarities(part)
                assert np.array_equal(_all_cosines(cosine, len(part)), plain_cosine)
                rows, cols = cosine.pairs(c.ALIGN_COSINE)
                assert np.array_equal(cosine.values(rows, cols), plain_cosine[rows, cols])
                assert np.array_equal(_every_pair(shared, len(part)), plain_shared)
            checked += 1
    assert checked == 45


def test_clearest_reads_the_means_pairs_as_it_reads_the_cosines_again(
    basil: list[Article], monkeypatch: pytest.MonkeyPatch
) -> None:
    """claims29: a large event's groups' cosines, read for their means, are the ones _clearest read
    again (among): its members' likeness, and so the wording shown, is the same to the last bit."""
    statements = [s for a in basil for s in c._statements(a, a.outlet or a.id)]
    monkeypatch.setattr(align, "DENSE_CELLS", 0)  # the sparse path, whatever the size
    cosine, _ = c._similarities(statements, 0.15)
    assert cosine.dense is None
    rows, cols = cosine.pairs(c.ALIGN_COSINE)
    off = rows < cols
    groups = sorted({(int(i), int(j)) for i, j in zip(rows[off], cols[off], strict=True)})[:40]
    # groups of two to eight statements: a pair and the pairs after it sharing its first member
    groups += [tuple(sorted({i, *[j for a, j in groups if a == i][:7]})) for i, _ in groups[:10]]
    among: dict[tuple[int, ...], np.ndarray] = {}
    means = c._mean_cosines(groups, cosine, among)
    assert set(among) == set(groups)
    for ids, mean in zip(groups, means, strict=True):
        whole = cosine.among(ids)
        np.fill_diagonal(whole, 0.0)
        a, b = np.triu_indices(len(ids), 1)
        assert np.array_equal(among[ids], whole[a, b]) and np.array_equal(whole, whole.T)
        assert mean == float(np.mean(whole[a, b]))
        assert align._clearest(ids, statements, cosine, among[ids]) == align._clearest(
            ids, statements, cosine
        )


def test_pairs_below_keep_are_summed_from_their_two_rows_only(
    basil: list[Article], monkeypatch: pytest.MonkeyPatch
) -> None:
    """claims30: a pair not held (below `keep`) is summed again from its two statements' rows only
    (a claim's few pairs: not its row's product against every statement), in the order scipy's whole
    product sums it: equal to the last bit, in batches of any size. Every row is made cheaper by
    pairs here; _all_cosines (every pair asked) takes most rows' products."""
    statements = [s for a in basil for s in c._statements(a, a.outlet or a.id)]
    plain_cosine, _ = _plain_similarities(statements)
    monkeypatch.setattr(align, "DENSE_CELLS", 0)
    cosine, _ = c._similarities(statements, 0.6)
    cosine.reach = np.full(len(statements), np.inf)  # no row is cheaper as its whole product
    n = len(statements)
    rows, cols = np.indices((n, n)).reshape(2, -1)
    for cells in (1, 97, 1 << 20):  # one pair a batch, a few, all at once
        monkeypatch.setattr(align._Cosines, "SUMMED_CELLS", cells)
        cosine.keys = None
        picked = np.arange(0, n * n, 13 if cells > 1 else 211)
        assert np.array_equal(
            cosine.values(rows[picked], cols[picked]), plain_cosine[rows[picked], cols[picked]]
        )
    assert (plain_cosine[rows, cols] < 0.6).sum() > (plain_cosine[rows, cols] >= 0.6).sum()
