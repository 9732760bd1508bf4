"""pipeline.digest: every document gets a line, in input order, whatever the number of workers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsprism.extract.text as text_module
from newsprism.extract import extract
from newsprism.pipeline import digest
from newsprism.records import Document

PAGE = """Home | News | Sport | Weather

Minister arrives in the capital for two days of trade talks

By Jane Porter

The trade minister arrived in the capital on Monday for two days of talks with senior officials, a spokesman for the ministry said in a statement released after the plane landed.

The visit is the first by a minister from the country in almost five years, and comes after months of tension over tariffs on steel, cars and farm goods that both governments have imposed.

Officials on both sides said they hoped the talks would lead to a framework for regular meetings, although neither government expected a breakthrough on the most difficult questions this week.

"We are here to listen and to find common ground where it exists," the minister told reporters at the airport, adding that she would raise the question of market access for small firms.

Share this article

Related stories
"""


def test_a_crashing_page_is_dropped_and_the_run_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = text_module.read_text

    def flaky(doc: Document):  # type: ignore[no-untyped-def]
        if doc.id == "bad":
            raise RuntimeError("library bug")
        return real(doc)

    monkeypatch.setattr(text_module, "read_text", flaky)
    assert "internal error" in (extract(Document(id="bad", source="bad.txt", content=PAGE)).dropped or "")
    for name in ("a", "bad", "c"):
        (tmp_path / f"{name}.txt").write_text(PAGE, encoding="utf-8")
    result = digest([tmp_path], tmp_path / "out", jobs=1)
    rows = [
        json.loads(x) for x in (tmp_path / "out" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert [r["id"] for r in rows] == ["a", "bad", "c"]
    assert rows[1]["dropped"].startswith("internal error while extracting (RuntimeError: library bug)")
    assert rows[0]["dropped"] is None and rows[2]["dropped"] is None
    assert (result.documents, result.kept, result.dropped) == (3, 2, 1)


def test_order_is_kept_across_batches(tmp_path: Path) -> None:
    for i in range(70):  # more than one batch per worker with jobs=2
        (tmp_path / f"p{i:03d}.txt").write_text(PAGE.replace("on Monday", f"on day {i}"), encoding="utf-8")
    digest([tmp_path], tmp_path / "out", jobs=2)
    rows = [
        json.loads(x) for x in (tmp_path / "out" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert [r["id"] for r in rows] == [f"p{i:03d}" for i in range(70)]
    assert all(f"on day {i} " in r["text"] for i, r in enumerate(rows))


def test_a_page_without_article_text_keeps_its_metadata() -> None:
    page = (
        "<html><head><title>Weather index</title>"
        '<meta property="article:published_time" content="2024-04-25T08:00:00Z"></head>'
        "<body><ul><li><a href='/a'>Rain</a></li><li><a href='/b'>Sun</a></li></ul></body></html>"
    )
    art = extract(Document(id="idx", source="idx.html", kind="html", content=page))
    assert art.dropped == "no article text found on the page"
    assert art.text == "" and art.published == "2024-04-25"


def test_the_input_records_other_fields_reach_articles_jsonl(tmp_path: Path) -> None:
    """A JSONL record's own labels (a feed name, a topic) are kept; they never overwrite a field of
    the contract, and an empty page keeps them too."""
    records = [
        {"id": "kept", "text": PAGE, "topic": "trade", "feed": "wires", "dropped": "not a contract value"},
        {"id": "empty", "text": "", "topic": "trade"},
    ]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    digest([tmp_path / "in.jsonl"], tmp_path / "out", jobs=1)
    rows = [
        json.loads(x) for x in (tmp_path / "out" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    kept, empty = rows
    assert (kept["topic"], kept["feed"], kept["dropped"]) == ("trade", "wires", None)
    assert kept["event_id"] is not None
    assert (empty["topic"], empty["dropped"] is not None) == ("trade", True)


def test_progress_names_each_step_and_counts_every_event(tmp_path: Path) -> None:
    """A long digest tells its user where it is: the linking steps by name, then the report
    counted event by event up to the number of events written."""
    for i, town in enumerate(("Lisbon", "Oslo", "Quito")):
        page = PAGE.replace("the capital", town).replace("trade", ("trade", "energy", "water")[i])
        (tmp_path / f"{town}.txt").write_text(page, encoding="utf-8")
    stages: list[tuple[str, int | None]] = []
    reported: list[None] = []
    digest(
        [tmp_path],
        tmp_path / "out",
        jobs=2,
        on_stage=lambda stage, total: stages.append((stage, total)),
        on_event=lambda: reported.append(None),
    )
    events = (tmp_path / "out" / "events.jsonl").read_text(encoding="utf-8").splitlines()
    names = [name for name, _ in stages]
    assert names[:3] == ["linking articles: copies", "linking articles: events", "linking articles: stories"]
    assert ("reporting", len(events)) in stages and names[-1] == "writing"
    assert len(reported) == len(events) > 0


def test_workers_write_the_same_outputs(
    shared: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Workers finish stories in their own order (biggest first), each replaced by a fresh one
    after every event here; the outputs keep the corpus order, byte for byte, and no scratch file
    is left."""
    import newsprism.report as report

    monkeypatch.setattr(report, "EVENTS_PER_TASK", 1)
    monkeypatch.setattr(report, "TASKS_PER_WORKER", 1)
    docs = (shared / "data" / "clustering" / "allsides" / "docs.jsonl").read_text(encoding="utf-8")
    heap = tmp_path / "heap.jsonl"
    heap.write_text("".join(docs.splitlines(keepends=True)[:60]), encoding="utf-8")
    one, two = tmp_path / "one", tmp_path / "two"
    digest([heap], one, jobs=1)
    digest([heap], two, jobs=2)
    names = [
        "articles.jsonl",
        "events.jsonl",
        "stories.jsonl",
        "quotes.jsonl",
        "briefing.md",
        "briefing.html",
    ]
    assert sorted(p.name for p in two.iterdir()) == sorted(names)
    assert len((one / "stories.jsonl").read_text(encoding="utf-8").splitlines()) > 2
    for name in names:
        assert (one / name).read_bytes() == (two / name).read_bytes(), name
