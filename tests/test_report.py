"""report: every event's entities, quotes, claims, cited summary, headline and timeline, and the
digest outputs built from them (events.jsonl, stories.jsonl, quotes.jsonl), checked on the seeds."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from newsprism.corpus import link_corpus
from newsprism.extract import extract
from newsprism.ingest import read_documents
from newsprism.llm import LLMSettings
from newsprism.records import Article
from newsprism.report import MAX_READ_ARTICLES, _read_through, report_corpus, report_event, report_stories


def _seed_articles(shared: Path) -> list[Article]:
    docs = read_documents([shared / "seeds"])
    return [a for a in map(extract, docs) if a.kept]


@pytest.fixture(scope="module")
def seed_digest(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("seeds")
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "newsprism.cli",
            "digest",
            str(shared / "seeds"),
            "-o",
            str(out),
            "-q",
            "-j",
            "2",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    return out


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_seed_events_carry_who_what_and_sources(seed_digest: Path) -> None:
    events = _jsonl(seed_digest / "events.jsonl")
    assert len(events) == 2
    for ev in events:
        members = set(ev["article_ids"])
        assert ev["summary"] and all(
            set(s["article_ids"]) <= members and s["article_ids"] for s in ev["summary"]
        )
        assert ev["summary"][0]["text"][0] not in '"“'  # it opens on a statement of fact, not a quote
        names = {e["name"] for e in ev["entities"]}
        assert "Antony Blinken" in names and "Xi Jinping" in names
        assert all(c["status"] in {"corroborated", "single_source", "conflict"} for c in ev["claims"])
        assert all(set(c["article_ids"]) <= members for c in ev["claims"])
        # the headline says who and where (issue 5: "name Blinken and the place")
        title_words = set((ev["title"] or "").lower().replace(",", " ").split())
        assert "blinken" in title_words and title_words & {"beijing", "china", "shanghai"}
    june = next(ev for ev in events if any(a.startswith("003") for a in ev["article_ids"]))
    conflict = next(c for c in june["claims"] if c["status"] == "conflict")
    assert {v.split()[0] for v in conflict["values"].values()} == {"Chen", "Qin"}


def test_seed_quotes_name_their_speakers_and_events(seed_digest: Path) -> None:
    quotes = _jsonl(seed_digest / "quotes.jsonl")
    event_of = {a["id"]: a["event_id"] for a in _jsonl(seed_digest / "articles.jsonl")}
    assert all(q["event_id"] == event_of[q["article_id"]] for q in quotes)
    said = {(q["article_id"][:3], q["speaker"]) for q in quotes if "sustained diplomacy" in q["quote"]}
    assert said == {("001", "Antony Blinken")}


def test_the_story_timeline_puts_the_two_visits_in_order(seed_digest: Path) -> None:
    (story,) = _jsonl(seed_digest / "stories.jsonl")
    dates = [t["date"] for t in story["timeline"]]
    assert dates == sorted(dates)
    assert any(d.startswith("2023-06") for d in dates) and any(d.startswith("2024-04") for d in dates)
    assert all(t["article_ids"] for t in story["timeline"])


def test_workers_give_the_same_report(shared: Path) -> None:
    arts = _seed_articles(shared)
    links = link_corpus(arts)
    one = report_corpus(arts, links, jobs=1)
    two = report_corpus(arts, links, jobs=2)
    assert one == two
    assert list(one.events) == [e.id for e in links.events]


def _basil_articles(shared: Path, limit: int) -> list[Article]:
    """The first `limit` articles of the BASIL clustering set (three outlets per event)."""
    rows = (shared / "data" / "clustering" / "basil" / "docs.jsonl").read_text(encoding="utf-8").splitlines()
    return [
        Article(
            id=str(r["id"]),
            source="basil",
            title=r.get("title"),
            text=r.get("text") or "",
            published=r.get("published"),
            outlet=r.get("outlet"),
        )
        for r in map(json.loads, rows[:limit])
    ]


def test_the_parent_freezes_its_objects_for_the_workers_only_while_they_run(shared: Path) -> None:
    arts = _basil_articles(shared, 30)
    links = link_corpus(arts)
    assert len(links.stories) > 1  # several stories: reported in a pool
    assert gc.get_freeze_count() == 0
    frozen_while_told = []
    told = []
    for story in report_stories(arts, links, jobs=2):
        frozen_while_told.append(gc.get_freeze_count())
        told.append(story)
    # the articles and links the parent held were out of the collector's reach while the workers ran
    assert frozen_while_told and all(n > 0 for n in frozen_while_told)
    assert gc.get_freeze_count() == 0  # and back in it once the pool is done
    assert {s.story_id: s for s in told} == {s.story_id: s for s in report_stories(arts, links, jobs=1)}


def _worker_collector(arts: list[Article]) -> tuple[int, int, int]:
    """In a report worker: its young-generation threshold, and its frozen objects before and after
    a task."""
    from newsprism import report

    links = link_corpus(arts)
    report._job = report._Job(
        articles={a.id: a for a in arts},
        events={e.id: e for e in links.events},
        stories={s.id: s for s in links.stories},
        duplicate_of=links.duplicate_of,
        summary_words=60,
        llm=None,
    )
    try:
        before = gc.get_freeze_count()
        story = links.stories[0]
        report._report_batch([(story.id, list(story.event_ids))])
        return gc.get_threshold()[0], before, gc.get_freeze_count()
    finally:
        report._job = None


def test_a_worker_freezes_what_it_holds_after_each_task(shared: Path) -> None:
    import multiprocessing

    from newsprism import report

    arts = _basil_articles(shared, 6)
    threshold = gc.get_threshold()
    with multiprocessing.get_context("fork").Pool(1, initializer=report._start_worker) as pool:
        young, before, after = pool.apply(_worker_collector, (arts,))
    assert young == report.WORKER_GC_THRESHOLD
    assert after > before  # the task's caches are out of the worker's collections
    # the parent's collector is left as it was (the same task run here freezes nothing)
    assert gc.get_threshold() == threshold and not report._in_worker
    assert _worker_collector(arts)[1:] == (0, 0)


def test_the_parent_loads_the_claims_place_names_before_forking() -> None:
    # loaded on first use, when a claim names something: a small warm-up event (here two articles
    # that name nothing) does not reach it, and without this every fresh worker loaded them again
    from newsprism import corroborate
    from newsprism.report import _warm_up

    text = "The rain kept falling all day. Roads were closed and schools shut early. It was cold."
    arts = [
        Article(id=f"a{k}", source="t", text=text, title="Rain", published="2024-04-20", outlet=f"o{k}")
        for k in range(2)
    ]
    links = link_corpus(arts)
    corroborate.place_names.cache_clear()
    _warm_up(links, {a.id: a for a in arts})
    assert corroborate.place_names.cache_info().currsize == 1
    assert "london" in corroborate.place_names()


def test_a_callers_own_frozen_objects_stay_frozen(shared: Path) -> None:
    arts = _basil_articles(shared, 30)
    links = link_corpus(arts)
    gc.freeze()
    try:
        before = gc.get_freeze_count()
        report_corpus(arts, links, jobs=2)
        assert gc.get_freeze_count() >= before
    finally:
        gc.unfreeze()


def test_one_article_has_nothing_to_cross_check(shared: Path) -> None:
    arts = _seed_articles(shared)
    links = link_corpus(arts[:1])
    rep = report_event(links.events[0], arts[:1], {})
    assert rep.claims == () and rep.summary and rep.entities


def test_a_big_event_is_read_through_originals_of_every_outlet_first() -> None:
    arts = [
        Article(id=f"{o}-{k:03d}", source="", text="x", outlet=o, published=f"2024-01-{k % 28 + 1:02d}")
        for o in ("AP", "BBC", "CNN")
        for k in range(40)
    ]
    copies = {a.id: "AP-000" for a in arts if a.outlet == "CNN"}
    read = _read_through(arts, copies)
    assert len(read) == MAX_READ_ARTICLES
    assert not any(a.id in copies for a in read)  # the 80 originals alone exceed the cap
    assert {a.outlet for a in read} == {"AP", "BBC"}
    assert [a.outlet for a in read[:4]] == ["AP", "BBC", "AP", "BBC"]
    assert _read_through(arts[:5], copies) == arts[:5]


def test_an_unreachable_llm_keeps_the_extractive_summary(
    shared: Path, caplog: pytest.LogCaptureFixture
) -> None:
    arts = _seed_articles(shared)
    links = link_corpus(arts)
    event = links.events[0]
    members = [a for a in arts if a.id in event.article_ids]
    plain = report_event(event, members, links.duplicate_of)
    # port 9 (discard) on loopback: nothing listens, the connection is refused at once
    via_llm = report_event(event, members, links.duplicate_of, llm=LLMSettings(url="http://127.0.0.1:9/v1"))
    assert via_llm.summary == plain.summary
    assert "kept the extractive summary" in caplog.text


def test_one_statement_in_two_wordings_shares_a_key(seed_digest: Path) -> None:
    quotes = _jsonl(seed_digest / "quotes.jsonl")
    embarrassing = [q for q in quotes if "more embarrassing than" in q["quote"]]
    assert {q["article_id"][:3] for q in embarrassing} == {"001", "003"}
    assert len({q["statement"] for q in embarrassing}) == 1
    others = {
        q["statement"]
        for q in quotes
        if q not in embarrassing and q["event_id"] == embarrassing[0]["event_id"]
    }
    assert embarrassing[0]["statement"] not in others


def test_a_failing_event_report_costs_only_that_report(
    shared: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import newsprism.report as report_module

    def broken(*args: object, **kwargs: object) -> list:
        raise ValueError("library bug")

    monkeypatch.setattr(report_module, "summarise", broken)
    arts = _seed_articles(shared)
    links = link_corpus(arts)
    rep = report_corpus(arts, links, jobs=1)
    assert all(
        r.summary == () and r.title == e.title for r, e in zip(rep.events.values(), links.events, strict=True)
    )
    assert "no report (ValueError: library bug)" in caplog.text


def test_the_outputs_are_the_same_whatever_the_hash_seed(shared: Path, tmp_path: Path) -> None:
    # Python salts str hashes per process: set order must never reach a float sum or a tie-break
    # (it once did in the claims' vocabulary and in the choice between equally voted roles)
    docs = shared / "data" / "clustering" / "basil" / "docs.jsonl"
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        run = subprocess.run(
            [sys.executable, "-m", "newsprism.cli", "digest", str(docs), "-o", str(out), "-q", "-j", "1"],
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        assert run.returncode == 0, run.stderr
        outputs.append(
            [(out / name).read_bytes() for name in ("events.jsonl", "quotes.jsonl", "stories.jsonl")]
        )
    assert outputs[0] == outputs[1]


def test_entities_and_quotes_are_read_in_english_text_only() -> None:
    german = Article(
        id="de",
        source="",
        language="de",
        title="Rede von Bundespräsident Johannes Rau",
        text="Die Abgeordneten haben am Freitag über die Abschreibegesetzgebung beraten. "
        "„Wir brauchen eine Reform“, sagte der Bundespräsident in Berlin.",
    )
    english = replace(
        german,
        id="en",
        language="en",
        text='Lawmakers debated the tax bill on Friday. "We need a reform," President Johannes Rau said in Berlin.',
    )
    for art, expect_names in ((german, False), (english, True)):
        links = link_corpus([art])
        rep = report_event(links.events[0], [art], {})
        assert bool(rep.entities) is expect_names and bool(rep.quotes) is expect_names
        assert rep.summary  # summaries and timelines are read in any language
