"""dedup: exact, near and rewritten copies of real dev articles, originals, order, planted-copy floor."""

from __future__ import annotations

import importlib.util
import json
import random
import sys
from pathlib import Path
from types import ModuleType

import pytest

from newsprism.dedup import CopyDetector, find_copies
from newsprism.records import Article

ROOT = Path(__file__).resolve().parents[1]


def _make_corpus() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_corpus", ROOT / "bench" / "make_corpus.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_corpus"] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def _read(path: Path) -> list[Article]:
    with path.open(encoding="utf-8") as f:
        recs = [json.loads(line) for line in f if line.strip()]
    return [
        Article(
            id=r["id"], source=str(path), title=r.get("title"), text=r["text"], published=r.get("published")
        )
        for r in recs
    ]


@pytest.fixture(scope="module")
def basil(shared: Path) -> list[Article]:
    return _read(shared / "data" / "clustering" / "basil" / "docs.jsonl")


def _art(id: str, text: str, published: str | None = "2020-01-01") -> Article:
    return Article(id=id, source="test", text=text, published=published)


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n") if p.strip()]


def test_exact_copy_ignores_case_spacing_and_punctuation(basil: list[Article]) -> None:
    orig = _art("wire", basil[0].text, "2010-03-01")
    copy = _art("farm", "  " + basil[0].text.upper().replace(",", " ,") + "\n", "2010-03-02")
    det = CopyDetector().fit([copy, orig])
    assert det.duplicate_of_ == {"farm": "wire"}
    assert det.kinds_ == {"farm": "exact"}
    assert det.groups_ == [["wire", "farm"]]


@pytest.mark.parametrize("doc", range(0, 150, 15))
def test_near_copy_boilerplate_truncation_and_word_changes(basil: list[Article], doc: int) -> None:
    paras = _paragraphs(basil[doc].text)
    kept = paras[: max(3, int(len(paras) * 0.7))]
    kept[0] = kept[0].replace(" the ", " a ", 2)
    text = "\n\n".join(["Advertisement", *kept, "Sign up for our daily newsletter."])
    det = CopyDetector().fit([_art("orig", basil[doc].text), _art("copy", text, "2020-01-02")])
    assert det.duplicate_of_ == {"copy": "orig"}
    assert det.kinds_["copy"] == "near"


@pytest.mark.parametrize("doc", range(3, 150, 15))
def test_rewritten_copy(basil: list[Article], doc: int) -> None:
    text = _make_corpus().rewritten_copy(basil[doc].text, random.Random(doc))
    assert text != basil[doc].text
    det = CopyDetector().fit([_art("orig", basil[doc].text), _art("farm", text, "2020-01-05")])
    assert det.duplicate_of_ == {"farm": "orig"}
    assert det.kinds_["farm"] in {"near", "rewritten"}


def test_same_event_reports_of_other_outlets_are_not_copies(shared: Path, basil: list[Article]) -> None:
    # basil: 50 events, each reported by three outlets in their own words
    assert find_copies(basil) == {}
    allsides = _read(shared / "data" / "clustering" / "allsides" / "docs.jsonl")
    # one pair is flagged: The Guardian ran Reuters' report of Hochul and the National Guard
    # nearly word for word (5669_center / 5669_left); anything more is a false positive
    assert len(find_copies(allsides)) <= 1


def test_unrelated_articles_are_not_copies(basil: list[Article]) -> None:
    det = CopyDetector().fit(basil[::3])
    assert det.duplicate_of_ == {} and det.groups_ == []


def _heap(basil: list[Article]) -> list[Article]:
    rng = random.Random(3)
    rewrite = _make_corpus().rewritten_copy
    out = list(basil[:30])
    for k, a in enumerate(basil[:30:3]):
        out.append(_art(f"exact-{k}", a.text, "2030-01-01"))
        out.append(_art(f"near-{k}", "Advertisement\n\n" + a.text, "2030-01-02"))
        out.append(_art(f"farm-{k}", rewrite(a.text, rng), None))
    return out


def test_order_does_not_change_the_result(basil: list[Article]) -> None:
    heap = _heap(basil)
    first = CopyDetector().fit(heap)
    assert len(first.duplicate_of_) >= 30
    for seed in range(3):
        shuffled = heap[:]
        random.Random(seed).shuffle(shuffled)
        det = CopyDetector().fit(shuffled)
        assert det.duplicate_of_ == first.duplicate_of_
        assert det.groups_ == first.groups_


def test_copies_of_a_copy_point_to_the_groups_original(basil: list[Article]) -> None:
    text = basil[10].text
    near = "Advertisement\n\n" + text + "\n\nRead more at the Daily Ledger."
    arts = [
        _art("b-first", text, "2011-05-01"),
        _art("a-second", near, "2011-05-02"),
        _art("c-third", near + "\n\nCopyright 2011 Daily Ledger.", "2011-05-03"),
    ]
    det = CopyDetector().fit(arts)
    assert det.duplicate_of_ == {"a-second": "b-first", "c-third": "b-first"}
    assert det.groups_ == [["b-first", "a-second", "c-third"]]


def test_worker_processes_give_the_same_copies(basil: list[Article], monkeypatch: pytest.MonkeyPatch) -> None:
    import newsprism.dedup as dedup

    monkeypatch.setattr(dedup, "PRINT_CHUNK", 16)  # 150 BASIL articles and their copies: 19 tasks
    rng = random.Random(7)
    copies = [
        _art(f"copy-{k}", "Advertisement\n\n" + a.text.replace(" the ", " a ", 2), "2020-01-02")
        for k, a in enumerate(rng.sample(basil, 30))
    ]
    arts = basil + copies
    one, two = CopyDetector().fit(arts), CopyDetector(jobs=2).fit(arts)
    assert len(one.duplicate_of_) >= 30
    assert (two.duplicate_of_, two.groups_, two.kinds_) == (one.duplicate_of_, one.groups_, one.kinds_)


@pytest.mark.parametrize(
    ("dates", "cut", "original"),
    [
        (("2020-01-02", "2020-01-01"), False, "y"),  # 1. the earliest, even if shorter
        ((None, "2020-01-05"), False, "y"),  # a dated article before an undated one
        (("2020-01-01", "2020-01-01"), True, "x"),  # 2. same day: the fullest text
        ((None, None), True, "x"),  # no dates: the fullest text
        (("2020-01-01", "2020-01-01"), False, "x"),  # 3. same day, same text: the smallest id
    ],
)
def test_original_is_earliest_then_fullest_then_smallest_id(
    basil: list[Article], dates: tuple[str | None, str | None], cut: bool, original: str
) -> None:
    text = basil[20].text
    paras = _paragraphs(text)
    short = "\n\n".join(paras[: int(len(paras) * 0.8)]) if cut else text
    arts = [_art("x", text, dates[0]), _art("y", short, dates[1])]
    det = CopyDetector().fit(arts)
    copy = "y" if original == "x" else "x"
    assert det.duplicate_of_ == {copy: original}


def test_dropped_articles_are_ignored(basil: list[Article]) -> None:
    dropped = Article(id="z", source="test", text=basil[0].text, dropped="not an article")
    assert find_copies([_art("a", basil[0].text), dropped]) == {}


def test_a_lone_article_is_refused_with_a_clear_message(basil: list[Article]) -> None:
    with pytest.raises(TypeError, match="iterable of Articles"):
        CopyDetector().fit(basil[0])  # type: ignore[arg-type]


def test_duplicate_ids_are_refused(basil: list[Article]) -> None:
    with pytest.raises(ValueError, match="occurs twice"):
        CopyDetector().fit([_art("a", basil[0].text), _art("a", basil[1].text)])


def test_empty_and_tiny_inputs() -> None:
    assert find_copies([]) == {}
    det = CopyDetector().fit([_art("a", ""), _art("b", " \n"), _art("c", "Hello."), _art("d", "Hello!")])
    # two pages without text are not copies of each other; two one-word texts are
    assert det.duplicate_of_ == {"d": "c"}


def test_planted_copies_floor(shared: Path) -> None:
    """Precision and recall of planted copies, per kind, on a small generated heap (clones included)."""
    mc = _make_corpus()
    pool = mc.load_pool(shared / "data", ("clustering/allsides", "clustering/basil", "extraction/l3s_gn1"))
    rows, truth = mc.make_heap(2000, 11, pool=pool)
    arts = [Article(id=r["id"], source="heap", text=r["text"], published=r["published"]) for r in rows]
    pred = CopyDetector().fit(arts).duplicate_of_
    want = {t["id"]: t["original"] for t in truth}
    for kind in ("exact", "near", "rewritten"):
        ids = [t["id"] for t in truth if t["kind"] == kind]
        flagged = [i for i in ids if i in pred]
        hits = sum(pred.get(i) == want[i] for i in ids)
        assert hits / len(ids) >= 0.97, kind  # recall (all 80 planted of each kind found on 2026-11-23)
        assert hits / len(flagged) >= 0.97, kind  # precision
    assert sum(i not in want for i in pred) <= len(want) * 0.02  # flags on no planted copy


def test_distinct_is_numpy_unique() -> None:
    import numpy as np

    from newsprism.dedup import _distinct

    rng = np.random.default_rng(4)
    values = rng.integers(0, 5000, 20000).astype(np.int64)
    assert _distinct(values.copy()).tobytes() == np.unique(values).tobytes()
    assert len(_distinct(np.zeros(0, dtype=np.int64))) == 0


def test_bucket_pairs_are_every_pair_of_rows_with_one_key() -> None:
    # keys with many ties: the pairs do not depend on how the sort orders a bucket's rows; a
    # bucket past MAX_BUCKET pairs its smallest row with each of the others
    import numpy as np

    from newsprism.dedup import MAX_BUCKET, _bucket_pairs

    rng = np.random.default_rng(6)
    key = rng.integers(0, 300, 2000).astype(np.uint64)
    key[rng.random(2000) < 0.05] = 7  # one bucket larger than MAX_BUCKET
    m = np.int64(len(key))
    rows: dict[int, list[int]] = {}
    for r, k in enumerate(key.tolist()):
        rows.setdefault(k, []).append(r)
    want = set()
    for members in rows.values():
        if len(members) > MAX_BUCKET:
            want |= {members[0] * int(m) + b for b in members[1:]}
        else:
            want |= {a * int(m) + b for i, a in enumerate(members) for b in members[i + 1 :]}
    got = _bucket_pairs(key, m).tolist()
    assert len(rows[7]) > MAX_BUCKET
    assert len(got) == len(want) and set(got) == want


def test_tokens_are_the_unicode_runs_of_the_lower_cased_text() -> None:
    # the ASCII and separator shortcuts of _tokens give what the Unicode class gives: texts of
    # ASCII words and punctuation, the separators, letters outside ASCII (accents, Greek, the
    # Kelvin sign that lower-cases to "k", dotted capital I), digits of other scripts, underscores
    import re

    from newsprism.dedup import _SEPARATORS, _tokens

    unicode_runs = re.compile(r"[^\W_]+")
    pieces = [
        "Obama", "said", "U.S.", "2,000", "it's", "e-mail", "a_b", " ", "  ", "\n", "\t", ",", '"', "(", "--",
        *_SEPARATORS, "café", "Ζεύς", "\u212a", "\u0130stanbul", "\u00bd", "\u0663", "\u00b2", "ß", "Ǆ", "\u0301",
    ]  # fmt: skip
    rng = random.Random(9)
    texts = ["", "   ", "\u2019\u201c", "Plain ASCII only, here."]
    for _ in range(3000):
        texts.append("".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))))
    for text in texts:
        assert _tokens(text) == unicode_runs.findall(text.lower()), text
    assert all(not unicode_runs.match(c) for c in _SEPARATORS)
    assert _tokens("He said \u201cno\u201d\u2014twice\u2026") == ["he", "said", "no", "twice"]
