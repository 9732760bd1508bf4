"""Features: terms of an article, the name pattern, TermVectors.fit, and row_dots against the
per-pair sparse product it replaces."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from scipy import sparse

from newsprism.cluster.features import EVENT_TERMS, ArticleTerms, TermVectors, row_dots


def test_row_dots_equals_pairwise_products() -> None:
    keep = np.ones(200)
    keep[7] = 0.0  # an empty row
    m = sparse.csr_matrix(
        sparse.diags(keep) @ sparse.random(200, 500, density=0.05, format="csr", random_state=1)
    )
    m.eliminate_zeros()
    assert m.indptr[8] == m.indptr[7]
    rng = np.random.default_rng(0)
    i, j = rng.integers(0, 200, 3000), rng.integers(0, 200, 3000)
    i[:5] = 7
    expected = np.asarray(m[i].multiply(m[j]).sum(axis=1)).ravel()
    assert np.allclose(row_dots(m, i, j), expected, rtol=0, atol=1e-12)


def test_row_dots_by_workers_are_the_same_floats(monkeypatch: pytest.MonkeyPatch) -> None:
    import newsprism.cluster.features as features

    m = sparse.random(300, 800, density=0.04, format="csr", random_state=2)
    rng = np.random.default_rng(1)
    i, j = rng.integers(0, 300, 5000), rng.integers(0, 300, 5000)
    monkeypatch.setattr(features, "DOT_TASK", 700)  # 8 tasks
    assert row_dots(m, i, j, jobs=2).tobytes() == row_dots(m, i, j).tobytes()


def test_row_dots_without_pairs() -> None:
    m = sparse.csr_matrix(np.eye(3))
    empty = np.zeros(0, dtype=np.int64)
    assert row_dots(m, empty, empty).shape == (0,)


def test_article_terms_of_a_dev_sentence() -> None:
    from newsprism.cluster.features import article_terms
    from newsprism.records import Article

    text = (
        "The White House said on Monday that Antony Blinken's talks with China's Qin Gang "
        "would resume, and Blinken said the talks were 'constructive'."
    )
    terms = article_terms(Article(id="a", source="t", title="Blinken talks resume", text=text))
    # names: the phrase and its last word; a leading "The" and a possessive 's are dropped
    assert terms.names["@white house"] == 1 and terms.names["@house"] == 1
    assert terms.names["@antony blinken"] == 1
    assert terms.names["@blinken"] == 1 + 1 + 2  # "Antony Blinken", "Blinken" (body), title x2
    assert terms.names["@china qin gang"] == 1 and terms.names["@gang"] == 1  # one capitalised run
    assert "@the white house" not in terms.names and "@monday" not in terms.names
    # words: stop words out, plurals stripped ("talks" -> "talk"), title words twice
    assert terms.words["talk"] == 2 + 2 and terms.words["resume"] == 1 + 2
    assert "said" not in terms.words and "the" not in terms.words and "monday" not in terms.words


def test_name_pattern_finds_what_a_lookbehind_first_pattern_finds(shared: Path) -> None:
    """_NAME puts its lookbehind after the first capital (faster); it must match the same spans
    as the plain form, on dev text and on random strings of the characters that matter."""
    import json
    import re

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from newsprism.cluster.features import _NAME

    plain = re.compile(
        r"(?<![\w'’])[A-Z][\w'’\-]*(?:\.[A-Z]\.?)?(?:\s+(?:(?:of|de|del|la|al|bin|van|von|the)\s+)?"
        r"[A-Z][\w'’\-]*(?:\.[A-Z]\.?)?)*"
    )
    with (shared / "data" / "clustering" / "allsides" / "docs.jsonl").open(encoding="utf-8") as f:
        texts = [json.loads(line).get("text") or "" for line in f][:200]
    assert sum(len(plain.findall(t)) for t in texts) > 1000
    assert all(_NAME.findall(t) == plain.findall(t) for t in texts)

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet="AZaz’'-. \n1_éÉ", max_size=40))
    def same(text: str) -> None:
        assert [m.span() for m in _NAME.finditer(text)] == [m.span() for m in plain.finditer(text)]

    same()


def test_term_vectors_from_a_generator_equal_those_from_a_list(shared: Path) -> None:
    import json

    from newsprism.cluster.features import TermVectors, TermWeights, article_terms
    from newsprism.records import Article

    with (shared / "data" / "clustering" / "basil" / "docs.jsonl").open(encoding="utf-8") as f:
        arts = [
            Article(id=r["id"], source="basil", title=r.get("title"), text=r.get("text") or "")
            for r in map(json.loads, f)
        ]
    terms = [article_terms(a) for a in arts]
    a = TermVectors.fit(terms)
    b = TermVectors.fit(article_terms(x) for x in arts)
    assert a.terms == b.terms and a.matrix.nnz > 1000
    assert (a.matrix != b.matrix).nnz == 0 and (a.df == b.df).all()
    # a document's row does not depend on the others under fixed weights (incremental.py)
    weights = TermWeights.of(terms)
    alone = TermVectors.fit(terms[5:6], weights=weights, corpus_df=weights.df).matrix
    among = TermVectors.fit(terms, weights=weights).matrix[5]
    assert sorted(alone.data.tolist()) == sorted(among.data.tolist())


def test_words_of_what_happened_weigh_event_weight() -> None:
    # inflections of the listed words count, a word that merely starts like one does not
    assert {"arrested", "resign", "resignation", "earthquake", "reinstating", "sentenced"} <= EVENT_TERMS
    assert not {"billion", "window", "lawn", "march", "chandelier"} & EVENT_TERMS
    # "arrested" and "chandelier" in the same documents, once each: equal weights, until the
    # word of what happened is weighted up; names are not words, even when spelled like one
    docs = [
        ArticleTerms(words=Counter({"arrested": 1, "chandelier": 1}), names=Counter({"@arrested": 1})),
        ArticleTerms(words=Counter({"arrested": 1, "chandelier": 1}), names=Counter({"@arrested": 1})),
    ]
    for w in (1.0, 1.5, 3.0):
        tv = TermVectors.fit(docs, event_weight=w, name_weight=1.0)
        row = tv.matrix[0].toarray().ravel()
        event, plain, name = (row[tv.vocabulary[t]] for t in ("arrested", "chandelier", "@arrested"))
        assert event == pytest.approx(w * plain) and name == pytest.approx(plain)


def test_chunk_terms_give_the_same_vectors(shared: Path) -> None:
    """What workers send back (chunk_terms) makes the rows, columns and column order article_terms
    makes, whatever the chunks' size and in any mix with articles' own terms."""
    import json

    from newsprism.cluster.features import ChunkTerms, article_terms, chunk_terms
    from newsprism.records import Article

    with (shared / "data" / "clustering" / "basil" / "docs.jsonl").open(encoding="utf-8") as f:
        arts = [
            Article(id=r["id"], source="basil", title=r.get("title"), text=r.get("text") or "")
            for r in map(json.loads, f)
        ]
    plain = TermVectors.fit(article_terms(a) for a in arts)
    one = chunk_terms(arts[:1])
    assert one.terms == sorted(article_terms(arts[0]).words) + sorted(article_terms(arts[0]).names)
    for size in (1, 7, 64, len(arts)):
        chunks = [chunk_terms(arts[s : s + size]) for s in range(0, len(arts), size)]
        # every other chunk's articles given one by one instead
        mixed: list[ArticleTerms | ChunkTerms] = []
        for k, c in enumerate(chunks):
            mixed.extend([c] if k % 2 else map(article_terms, arts[k * size : (k + 1) * size]))
        for got in (TermVectors.fit(chunks), TermVectors.fit(mixed)):
            assert got.terms == plain.terms and got.vocabulary == plain.vocabulary and plain.matrix.nnz > 1000
            for field in ("data", "indices", "indptr"):
                assert getattr(got.matrix, field).tobytes() == getattr(plain.matrix, field).tobytes()
            assert got.df.tobytes() == plain.df.tobytes()


def test_article_terms_of_a_german_article_use_german_stop_words_and_no_names() -> None:
    from newsprism.cluster.features import article_terms
    from newsprism.records import Article

    text = (
        "Die Bundesregierung hat am Montag ein neues Gesetz zur Förderung der Windkraft in Bayern "
        "beschlossen. Der Ausbau der Windkraft war bisher an der Abstandsregel gescheitert."
    )
    terms = article_terms(Article(id="a", source="t", title="Windkraft in Bayern", text=text, language="de"))
    # Unicode words whole ("förderung", not "rderung"), German function words out
    assert terms.words["förderung"] == 1 and "rderung" not in terms.words
    assert terms.words["windkraft"] == 2 + 2 and terms.words["bayern"] == 1 + 2
    assert not {"die", "der", "hat", "am", "ein", "in", "an"} & set(terms.words)
    # German capitalises every noun: no capitalised-run names
    assert not terms.names
    # "war" is German ("was") here, dropped; in an English article it is a content word
    assert "war" not in terms.words
    english = article_terms(
        Article(id="b", source="t", title="", text="The war in Ukraine went on.", language="en")
    )
    assert english.words["war"] == 1


def test_pronouns_and_possessives_jusText_lacks_are_stop_words() -> None:
    from newsprism.cluster.features import article_terms
    from newsprism.records import Article

    # htmldate 1731743891 (EFE): a quotation in the first person plural
    text = "«El comunicado es claro: nuestro compromiso con Venezuela sigue», dijo Borrell este miércoles."
    terms = article_terms(Article(id="a", source="t", title="", text=text, language="es"))
    assert {"comunicado", "compromiso", "venezuela", "borrell"} <= set(terms.words)
    assert not {"nuestro", "claro", "es", "el", "con"} & set(terms.words)


def test_article_terms_of_chinese_text_are_character_bigrams() -> None:
    from newsprism.cluster.features import article_terms
    from newsprism.records import Article

    terms = article_terms(Article(id="a", source="t", title="", text="武汉血液中心", language="zh"))
    assert set(terms.words) == {"武汉", "汉血", "血液", "液中", "中心"}
