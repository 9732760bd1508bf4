"""An exact copy's text is shown once in the briefing (robust23, journey 9): a heap of daily
crawls holds one page dozens of times, and each copy's text written again under its [n] made a
29,017-document heap's briefing.md 52 MB (11 MB without) and briefing.html 83 MB (42 MB)."""

from __future__ import annotations

from pathlib import Path

from newsprism.pipeline import digest

STORY = (
    "PARIS, March 4 (Reuters) - The French foreign minister arrived in Beijing on Monday for two days "
    "of talks on trade and climate with Chinese leaders, his office said.\n\n"
    "The minister will meet the Chinese premier on Tuesday, the office said in a statement, and is "
    "expected to raise the question of electric car tariffs."
)


def test_an_exact_copys_text_is_its_originals_shown_once(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "a.txt").write_text("Minister in Beijing\n\n" + STORY + "\n", encoding="utf-8")
    (data / "b.txt").write_text("Minister in Beijing\n\n" + STORY + "\n", encoding="utf-8")
    digest([data], tmp_path / "out", jobs=1)
    md = (tmp_path / "out" / "briefing.md").read_text(encoding="utf-8")
    html = (tmp_path / "out" / "briefing.html").read_text(encoding="utf-8")
    md_articles = md.split("## Articles", 1)[1]
    html_articles = html.split('id="a1"', 1)[1]
    assert md_articles.count("electric car tariffs") == 1 and "The same text as [1]." in md_articles
    assert html_articles.count("electric car tariffs") == 1 and "The same text as" in html_articles
