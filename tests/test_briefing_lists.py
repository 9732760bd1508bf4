"""briefing.md cannot fold a long list as briefing.html does (briefing20, part 2): it lists the
single-source claims and statements the page shows before its fold, keeps every corroborated claim,
conflict and statement two articles report, and says how many more there are and in which file."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from newsprism.corpus import Event, Story
from newsprism.output.briefing import EventBrief, StoryBrief, write_briefing
from newsprism.output.briefs import CLAIMS_SHOWN, QUOTES_SHOWN
from newsprism.records import Article, Claim, Quote

TEXT = "Officials met on Monday to discuss the trade talks between the two countries."
IDS = tuple(f"a{k}" for k in range(4))


def _write(tmp_path: Path, brief: EventBrief, copies: dict[str, str] | None = None) -> tuple[str, str]:
    ev = brief.event
    story = StoryBrief(
        story=Story(id="s", title=ev.title, event_ids=(ev.id,), start=ev.start, end=ev.end), events=(brief,)
    )
    articles = [
        Article(
            id=a,
            source=f"{a}.txt",
            title=f"Talks {a}",
            text=TEXT,
            published="2024-04-25",
            outlet=f"Outlet {a}",
        )
        for a in IDS
    ]
    write_briefing(articles, [story], Counter(), tmp_path, duplicate_of=copies or {})
    return (tmp_path / "briefing.md").read_text(encoding="utf-8"), (tmp_path / "briefing.html").read_text(
        encoding="utf-8"
    )


def _event() -> Event:
    return Event(
        id="e-1",
        story_id="s",
        title="Talks",
        start="2024-04-25",
        end="2024-04-25",
        article_ids=IDS,
        outlets=tuple(f"Outlet {a}" for a in IDS),
    )


def _claims(n_single: int, n_corroborated: int) -> tuple[Claim, ...]:
    single = [
        Claim(text=f"Single claim number {k} here.", status="single_source", article_ids=(IDS[k % 4],))
        for k in range(n_single)
    ]
    both = [
        Claim(text=f"Shared claim number {k} here.", status="corroborated", article_ids=IDS[:2])
        for k in range(n_corroborated)
    ]
    conflict = Claim(
        text="The commandos recovered 12 guns.",
        status="conflict",
        article_ids=IDS[:2],
        values={IDS[0]: "12", IDS[1]: "seven"},
    )
    return (*single, *both, conflict)


def test_long_single_source_list_is_cut_with_a_count_and_where(tmp_path: Path) -> None:
    n = CLAIMS_SHOWN + 18
    text, page = _write(tmp_path, EventBrief(event=_event(), claims=_claims(n, 12)))
    shown = [k for k in range(n) if f"Single claim number {k} here." in text]
    assert shown == list(range(CLAIMS_SHOWN))  # the first ones, in the stage's order
    assert "*and 18 more single-source claims: events.jsonl, event e-1*" in text
    # every corroborated claim and the conflict stay, the conflict with each side's citations
    assert all(f"Shared claim number {k} here." in text for k in range(12))
    assert "— “12” (Outlet a0 [1]) vs “seven” (Outlet a1 [2])" in text
    # the page drops nothing: it folds
    assert all(f"Single claim number {k} here." in page for k in range(n))
    assert "<summary>18 more</summary>" in page


def test_short_lists_have_no_count(tmp_path: Path) -> None:
    text, _ = _write(tmp_path, EventBrief(event=_event(), claims=_claims(CLAIMS_SHOWN, 1)))
    assert all(f"Single claim number {k} here." in text for k in range(CLAIMS_SHOWN))
    assert "more single-source" not in text and "*and " not in text


def test_one_more_is_listed_not_counted(tmp_path: Path) -> None:
    # "and 1 more" would take the line the claim takes
    text, _ = _write(tmp_path, EventBrief(event=_event(), claims=_claims(CLAIMS_SHOWN + 1, 0)))
    assert all(f"Single claim number {k} here." in text for k in range(CLAIMS_SHOWN + 1))
    assert "*and " not in text
    text, _ = _write(tmp_path, EventBrief(event=_event(), claims=_claims(CLAIMS_SHOWN + 2, 0)))
    assert "*and 2 more single-source claims: events.jsonl, event e-1*" in text


def _quote(k: int, article: str, statement: str) -> Quote:
    return Quote(
        article_id=article, quote=f"Words of statement {statement}", speaker="Ann Lee", start=k, end=k + 1,
        statement=statement,
    )  # fmt: skip


def test_quotes_keep_every_statement_two_articles_report(tmp_path: Path) -> None:
    # 8 statements reported by two articles, then 9 by one: 8 > QUOTES_SHOWN, so all 8 stay
    reported = [_quote(k, IDS[k % 2 + j], f"r{k}") for k in range(QUOTES_SHOWN + 2) for j in (0, 2)]
    once = [_quote(k, IDS[k % 4], f"o{k}") for k in range(9)]
    text, page = _write(tmp_path, EventBrief(event=_event(), quotes=(*once, *reported)))
    assert all(f"Words of statement r{k}”" in text for k in range(QUOTES_SHOWN + 2))
    assert not any(f"Words of statement o{k}”" in text for k in range(9))
    assert "*and 9 more quotes, each reported by one article: quotes.jsonl, event e-1*" in text
    assert all(f"Words of statement o{k}" in page for k in range(9))


def test_a_copy_is_no_second_report(tmp_path: Path) -> None:
    # a statement in an article and its copy counts once: the first QUOTES_SHOWN are shown
    quotes = [
        q for k in range(QUOTES_SHOWN + 3) for q in (_quote(k, "a0", f"s{k}"), _quote(k, "a1", f"s{k}"))
    ]
    text, _ = _write(tmp_path, EventBrief(event=_event(), quotes=tuple(quotes)), copies={"a1": "a0"})
    assert sum(f"Words of statement s{k}”" in text for k in range(QUOTES_SHOWN + 3)) == QUOTES_SHOWN
    assert "*and 3 more quotes, each reported by one article: quotes.jsonl, event e-1*" in text
