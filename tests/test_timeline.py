"""Timelines (newsprism.timeline) and the `newsprism timeline` command, on real news sentences.

The articles below are sentences of T17 dev articles (shared/data/timelines/t17, ids given), with
their real publication dates: swine flu coverage of April 2009 and the BP oil spill of 2010.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from pathlib import Path
from types import ModuleType

import pytest
from typer.testing import CliRunner

from newsprism.cli import app
from newsprism.records import Article
from newsprism.timeline import _read as read_sentences
from newsprism.timeline import build_timeline

runner = CliRunner()

# Monday 2009-04-27, recalled by three articles published after it
MONDAY_NIGHT = Article(
    id="H1N1_reuters/8",
    source="t17",
    published="2009-04-28",
    text="A technician was transporting the container on Monday night to the Swiss national flu center in "
    "Geneva , where scientists are developing a flu test for humans , police said . The container held a "
    "different strain than the H1N1 variety that has caused about 150 deaths in Mexico .",
)
MONDAY_COVERAGE = Article(
    id="H1N1_reuters/579",
    source="t17",
    published="2009-04-29",
    text='MSNBC President Phil Griffin said Monday \'s flu coverage was " event-driven " by briefings from '
    "high-ranking officials , including President Barack Obama , Homeland Security Secretary Janet "
    'Napolitano and New York Mayor Michael Bloomberg . " Cable news channels have a very hard time '
    'covering two different stories simultaneously , " independent media analyst Andrew Tyndall said .',
)
MONDAY_SCOTLAND = Article(
    id="H1N1_reuters/399",
    source="t17",
    published="2009-04-29",
    text="They flew back to Scotland last week and are being treated in hospital in Airdrie , near Glasgow , "
    "Scotland 's health minister Nicola Sturgeon told reporters in Edinburgh on Monday .",
)
# Wednesday 2009-04-29, recalled by one article
WEDNESDAY_FAO = Article(
    id="H1N1_reuters/508",
    source="t17",
    published="2009-04-30",
    text="An official from the U.N. Food and Agriculture Organization said on Wednesday his group had been "
    "trying unsuccessfully to reach Egyptian officials to correct any confusion about the virus .",
)
# month-precise mentions only: "this month", "last week" (April 2009)
THIS_MONTH = Article(
    id="H1N1_reuters/466",
    source="t17",
    published="2009-04-29",
    text="Egypt has suffered a surge in human cases of bird flu this month even as the flu season nears "
    "an end . Experts say the culling of pigs is unlikely to have an impact .",
)
LAST_WEEK = Article(
    id="H1N1_reuters/987",
    source="t17",
    published="2009-04-28",
    text="Spain became the first country in Europe to confirm a case of swine flu when a man who returned "
    "from a trip to Mexico last week was found to have the virus .",
)
# reader comments: their time stamps are not happenings
COMMENTS = Article(
    id="H1N1_bbc/406",
    source="t17",
    published="2009-04-29",
    text="Democracy and free speech - use it , or lose it ... At 16:35 30th Apr 2009 , overreactagain wrote "
    ": Swine Flu ? Another over reaction by the BBC ? At 10:16 1st May 2009 , ynda20 wrote : This comment "
    "was removed because the moderators found it broke the house rules .",
)
# the oil spill: April 20, 2010 recalled weeks and months later
SPILL_MAY = Article(
    id="bpoil_reuters/576",
    source="t17",
    published="2010-05-14",
    text="The spill began after an April 20 explosion on the Deepwater Horizon rig , which killed 11 "
    "workers . It threatens to eclipse the 1989 Exxon Valdez spill off Alaska to become the worst "
    "ecological disaster in U.S. history .",
)
SPILL_JULY = Article(
    id="bpoil_reuters/211",
    source="t17",
    published="2010-07-16",
    text="BP began pressure tests on the well after choking it off on Thursday for the first time since "
    "the April 20 rig explosion that triggered the leak . Underwater robots scanned the sea floor for "
    "signs the undersea well was damaged .",
)

SWINE_FLU = [MONDAY_NIGHT, MONDAY_COVERAGE, MONDAY_SCOTLAND, WEDNESDAY_FAO]
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def test_the_date_most_articles_recall_comes_first() -> None:
    (entry,) = build_timeline(SWINE_FLU, max_dates=1)
    assert entry.date == "2009-04-27"
    assert "Monday" in entry.text


def test_an_entry_cites_every_article_that_names_its_date() -> None:
    (entry,) = build_timeline(SWINE_FLU, max_dates=1)
    assert set(entry.article_ids) >= {MONDAY_NIGHT.id, MONDAY_COVERAGE.id, MONDAY_SCOTLAND.id}
    assert WEDNESDAY_FAO.id not in entry.article_ids
    # the article the summary comes from is cited first
    source = next(a for a in SWINE_FLU if entry.text in a.text)
    assert entry.article_ids[0] == source.id


def test_entries_are_ordered_by_date_and_max_dates_caps_them() -> None:
    entries = build_timeline(list(reversed(SWINE_FLU)), max_dates=2)
    assert [e.date for e in entries] == ["2009-04-27", "2009-04-29"]
    assert entries[1].article_ids == (WEDNESDAY_FAO.id,)
    # past the named days, a longer timeline takes publication days (told by their articles' leads)
    more = [e.date for e in build_timeline(SWINE_FLU, max_dates=5)]
    assert (
        {"2009-04-27", "2009-04-29"} < set(more) <= {"2009-04-27", "2009-04-29", "2009-04-28", "2009-04-30"}
    )


def test_without_a_limit_a_date_needs_several_articles() -> None:
    assert [e.date for e in build_timeline(SWINE_FLU)] == ["2009-04-27"]
    # a lone article's own mention is enough for its own timeline
    assert [e.date for e in build_timeline([WEDNESDAY_FAO])] == ["2009-04-29"]


def test_without_a_limit_a_timeline_grows_with_the_log_of_the_articles() -> None:
    """Articles that all recall the same twenty days: each day passes the bar (named and recalled by
    every article), but a timeline keeps at most ceil(2.5 * log2(articles + 1)) dates, and never
    fewer than 15: 15 for 3 articles, 17 for 100 (the best-ranked; all tie here: the earliest)."""
    days = [dt.date(2010, 5, 1) + dt.timedelta(days=k) for k in range(20)]
    text = " ".join(
        f"On {d:%B} {d.day}, 2010 the council met again to argue about the harbour budget plan ."
        for d in days
    )
    for n, length in ((3, 15), (100, 17)):
        arts = [Article(id=f"cap/{k}", source="t", published="2010-05-30", text=text) for k in range(n)]
        entries = build_timeline(arts, days_only=True)
        assert [e.date for e in entries] == [d.isoformat() for d in days[:length]]
    assert len(build_timeline(arts, max_dates=20, days_only=True)) == 20  # a limit asked for is kept


def test_a_coarse_date_is_kept_only_without_days_only() -> None:
    month_only = [THIS_MONTH, LAST_WEEK]
    (entry,) = build_timeline(month_only)
    assert entry.date == "2009-04"
    assert set(entry.article_ids) == {THIS_MONTH.id, LAST_WEEK.id}
    assert build_timeline(month_only, days_only=True) == []


def test_a_day_replaces_the_coarse_date_it_lies_in() -> None:
    entries = build_timeline([*SWINE_FLU, THIS_MONTH, LAST_WEEK], max_dates=3)
    dates = [e.date for e in entries]
    assert "2009-04-27" in dates and "2009-04" not in dates


def test_comment_and_byline_stamps_are_not_happenings() -> None:
    dates = [e.date for e in build_timeline([COMMENTS, COMMENTS, *SWINE_FLU], max_dates=10)]
    assert "2009-04-30" not in dates and "2009-05-01" not in dates
    assert "2009-04-27" in dates


# ECB+ 5_2ecbplus: a tokenised page stamp ("3: 23 PM") above the article; 22_2ecbplus's stamp line
STAMPED_PAGE = Article(
    id="ecbplus:5_2ecbplus",
    source="ecbplus",
    published=None,
    text="Mo Cheeks will take over as new coach\nUpdated: May 24, 2005, 3: 23 PM ET\nMaurice Cheeks is "
    "running the show again for the Philadelphia 76ers.\nIn a surprising move nearly three weeks following "
    "the end of their season, the Sixers fired Jim O'Brien on Monday after one season as coach and "
    "replaced him with Cheeks, one of the most popular players in franchise history.",
)


def test_tokenised_stamps_and_stamp_lines_are_no_happenings_and_no_summaries() -> None:
    entries = build_timeline([STAMPED_PAGE, STAMPED_PAGE], max_dates=5)
    assert "2005-05-24" not in [e.date for e in entries]  # "May 24, 2005, 3: 23 PM" is the page's stamp
    stamp_line = Article(
        id="ecbplus:22_2ecbplus",
        source="ecbplus",
        published="2010-09-10",
        text="Friday, Sep 10, 2010 | Updated 9: 28 AM EDT\nMinutes after a woman was suspended and escorted "
        "from her job at the Kraft Foods plant in Northeast Philadelphia, she returned with a. 357 Magnum and "
        "opened fire, killing two women, police said.",
    )
    (entry,) = build_timeline([stamp_line], max_dates=1)
    assert entry.date == "2010-09-10" and entry.text.startswith("Minutes after a woman was suspended")


def test_start_and_end_keep_a_period() -> None:
    entries = build_timeline(SWINE_FLU, max_dates=1, start="2009-04-28", end="2009-04-30")
    assert [e.date for e in entries] == ["2009-04-29"]  # Monday the 27th is outside
    assert build_timeline(SWINE_FLU, start="2009-05-01") == []


def test_a_day_recalled_months_later_is_found() -> None:
    (entry,) = build_timeline([SPILL_MAY, SPILL_JULY], max_dates=1)
    assert entry.date == "2010-04-20"
    assert set(entry.article_ids) == {SPILL_MAY.id, SPILL_JULY.id}


# April 29, 2009 written out by two articles published weeks later
PIGS_APRIL_29 = Article(
    id="H1N1_reuters/708",
    source="t17",
    published="2009-05-12",
    text="Egypt , already hit hard by bird flu , ordered the slaughter of all its 300,000 to 400,000 pigs on "
    "April 29 as a precaution against the new H1N1 flu virus .",
)
ALERT_APRIL_29 = Article(
    id="H1N1_reuters/786",
    source="t17",
    published="2009-05-16",
    text="The WHO raised its pandemic alert on April 29 to 5 on the scale , meaning a pandemic is imminent .",
)


def test_a_calendar_date_outweighs_a_weekday_named_as_often() -> None:
    # Monday the 27th is recalled by two articles too, but only as "Monday"
    entries = build_timeline([MONDAY_NIGHT, MONDAY_SCOTLAND, PIGS_APRIL_29, ALERT_APRIL_29], max_dates=1)
    assert [e.date for e in entries] == ["2009-04-29"]


# an oil spill of 2003 that three articles of June 2010 recall in the same boilerplate paragraph
BARGE = [
    Article(
        id=f"bpoil_reuters/{uid}",
        source="t17",
        published=published,
        text="On April 27 , 2003 , eight years ago the Bouchard Barge B-120 hit an obstacle in Buzzards Bay , "
        "creating a 12-foot rupture in its hull and discharging an estimated 100,000 gallons of No. 6 oil .",
    )
    for uid, published in (("1846", "2010-05-13"), ("901", "2010-05-30"), ("1749", "2010-06-27"))
]


def test_history_long_before_the_coverage_is_background() -> None:
    dates = [e.date for e in build_timeline([SPILL_MAY, SPILL_JULY, *BARGE], max_dates=5, days_only=True)]
    # named by more articles than April 20, 2010, but more than a month before the first of them
    assert "2003-04-27" not in dates
    assert dates[0] == "2010-04-20"
    # unless the period asked for includes it
    dates = [
        e.date for e in build_timeline([SPILL_MAY, SPILL_JULY, *BARGE], days_only=True, start="2003-01-01")
    ]
    assert "2003-04-27" in dates


def test_dropped_and_empty_articles_are_ignored() -> None:
    dropped = Article(id="x", source="x", text=MONDAY_NIGHT.text, published="2009-04-28", dropped="copy")
    assert build_timeline([dropped]) == []
    assert build_timeline([]) == []


def test_likely_mistakes_are_refused_with_a_reason() -> None:
    with pytest.raises(TypeError, match="collection of Articles"):
        build_timeline(MONDAY_NIGHT)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Articles, got a str"):
        build_timeline(["some text"])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="max_dates must be at least 1"):
        build_timeline(SWINE_FLU, max_dates=0)


# --- the command ------------------------------------------------------------------------------


def _write_docs(path: Path) -> dict[str, set[str]]:
    """T17-shaped docs.jsonl ({id, topic, published, text}); returns the ids per topic."""
    topics = {"H1N1": [*SWINE_FLU, THIS_MONTH], "bpoil": [SPILL_MAY, SPILL_JULY]}
    lines = [
        json.dumps({"id": a.id, "topic": topic, "published": a.published, "text": a.text})
        for topic, arts in topics.items()
        for a in arts
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {t: {a.id for a in arts} for t, arts in topics.items()}


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_command_writes_one_timeline_per_group(tmp_path: Path) -> None:
    ids = _write_docs(tmp_path / "docs.jsonl")
    out = tmp_path / "tl.jsonl"
    args = ["timeline", str(tmp_path / "docs.jsonl"), "-o", str(out), "--group-by", "topic", "-j", "1"]
    result = runner.invoke(app, [*args, "--max-dates", "2"])
    assert result.exit_code == 0, result.output
    rows = _read(out)
    assert [r["topic"] for r in rows] == ["H1N1", "bpoil"]
    for row in rows:
        dates = [e["date"] for e in row["entries"]]
        assert dates == sorted(dates) and 1 <= len(set(dates)) <= 2
        assert all(DAY.fullmatch(d) for d in dates)  # days only, never "2009-04"
        for e in row["entries"]:
            assert e["text"] and set(e["article_ids"]) <= ids[row["topic"]]
    assert rows[1]["entries"][0]["date"] == "2010-04-20"
    assert "timelines" in result.output  # the summary line on stderr


def test_command_without_group_by_writes_one_timeline_all(tmp_path: Path) -> None:
    _write_docs(tmp_path / "docs.jsonl")
    out = tmp_path / "tl.jsonl"
    result = runner.invoke(app, ["timeline", str(tmp_path / "docs.jsonl"), "-o", str(out), "-q", "-j", "1"])
    assert result.exit_code == 0, result.output
    (row,) = _read(out)
    assert row["topic"] == "all"
    assert {"2009-04-27", "2010-04-20"} <= {e["date"] for e in row["entries"]}
    assert result.output == ""  # -q: nothing on stderr


def test_command_explains_a_missing_group_field(tmp_path: Path) -> None:
    _write_docs(tmp_path / "docs.jsonl")
    out = tmp_path / "tl.jsonl"
    args = ["timeline", str(tmp_path / "docs.jsonl"), "-o", str(out), "--group-by", "section", "-j", "1"]
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert "'section'" in result.output and "topic" in result.output
    missing = runner.invoke(app, ["timeline", str(tmp_path / "nope.jsonl"), "-o", str(out)])
    assert missing.exit_code == 2 and "does not exist" in missing.output


# --- quality floor on two small T17 dev topics ---------------------------------------------------


def test_t17_floor(shared: Path, scorer: ModuleType, tmp_path: Path) -> None:
    """H1N1_bbc and H1N1_guardian (195 articles), as many dates as their gold timelines, scored as
    the judges score (bench/timelines.py has all 8 topics)."""
    from newsprism.extract import extract
    from newsprism.ingest import read_documents
    from newsprism.timeline import COMMAND_SENTENCES_PER_DATE, timeline_record

    t17 = shared / "data" / "timelines" / "t17"
    topics = ("H1N1_bbc", "H1N1_guardian")
    gold = [g for g in _read(t17 / "gold.jsonl") if g["topic"] in topics]
    articles: dict[str, list[Article]] = defaultdict(list)
    for doc in read_documents([t17 / "docs.jsonl"]):
        if doc.extra.get("topic") in topics:
            articles[doc.extra["topic"]].append(extract(doc))
    rows = []
    for g in gold:
        n = len({e["date"] for e in g["entries"]})
        entries = build_timeline(
            articles[g["topic"]], n, days_only=True, sentences_per_date=COMMAND_SENTENCES_PER_DATE
        )
        rows.append(timeline_record(g["topic"], entries))
    (tmp_path / "gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
    (tmp_path / "pred.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    m = scorer.score_timelines(
        scorer.load_jsonl(str(tmp_path / "gold.jsonl"), "gold"),
        scorer.load_jsonl(str(tmp_path / "pred.jsonl"), "prediction"),
    )
    # measured 0.762 date F1, 0.418 concat ROUGE-1, 0.189 agreement ROUGE-1 (floors a little below)
    assert m["date_f1"] >= 0.70
    assert m["concat_rouge1_f1"] >= 0.38
    assert m["agree_rouge1_f1"] >= 0.16


def test_a_sentence_cut_off_is_no_entry_text() -> None:
    # allsides 5677_right ends its excerpt "... killed the Islamic...": the date it names still
    # counts, but the sentence cannot tell it (mixed-dev: 4 such entries of 176)
    text = (
        "The study in contrasts underscores just how differently the two presidents’ actions are filtered "
        "through the media and academia prisms.\n\nTrump’s attack on January 3, 2020, killed the Islamic..."
    )
    whole, cut = read_sentences(text, None).sentences
    assert not whole.stamped and cut.stamped


def test_a_dates_score_weighs_each_naming_article_by_how_it_names_it() -> None:
    from newsprism import timeline

    def article(i: int, published: str, text: str) -> Article:
        return Article(id=f"s{i}", source="s", published=published, text=text)

    arts = [
        article(0, "2010-05-01", "On April 20, 2010 the rig exploded in the gulf."),  # recalled, written: 1
        article(1, "2010-04-20", "On April 20, 2010 the rig exploded in the gulf."),  # news, written: 0.25
        article(2, "2010-04-22", "The rig exploded on Tuesday in the gulf."),  # recalled, relative: 0.5
        article(3, "2010-04-20", "The rig exploded today in the gulf."),  # news, relative: 0.125
    ]
    ev = timeline._gather(arts)
    assert list(ev.mentioned_by["2010-04-20"]) == [0, 1, 2, 3]
    assert timeline._date_scores(ev, days_only=True)["2010-04-20"] == 1.875
    assert timeline._support(ev, "2010-04-20") == 2 + 0.25 * 2


@pytest.mark.parametrize("ordered", [False, True])
def test_a_large_sets_rows_made_per_date_are_the_whole_sets_sparse_rows(ordered: bool) -> None:
    # a large set's TF-IDF rows are made for the sentences a date asks for: the same floats, in the
    # same cell order, as the rows of the one matrix scipy's products made of the whole set (the
    # squares of a row are summed in another order where every row's columns are then increasing)
    import numpy as np
    from scipy import sparse

    from newsprism import timeline

    words = [f"x{i}q" for i in range(3000)]
    if ordered:  # each sentence's words met later first: every row in decreasing column order
        said = [f"{w.capitalize()} {words[k - 1]} {words[k - 2]}." for k, w in enumerate(words)]
        texts = [
            " ".join(["X0q.", "X1q.", *said[2:300]] if j == 0 else said[j : j + 300])
            for j in range(0, 2700, 300)
        ]
    else:
        texts = [
            " ".join(
                f"{words[k].capitalize()} {words[(k * 7) % 3000]} and {words[k]} again."
                for k in range(j, j + 300)
            )
            for j in range(0, 3000, 300)
        ]
    readings = [timeline._read(text, "2024-03-05") for text in texts]
    rows = timeline._tfidf(readings)
    assert isinstance(rows, timeline._Rows) and rows.increasing == ordered
    vocab = {t: k for k, t in enumerate(dict.fromkeys(t for r in readings for t in r.terms))}
    cells = [vocab[t] for r in readings for t in r.terms]
    counts = [c for r in readings for c in r.counts]
    indptr = np.cumsum([0, *(n for r in readings for n in r.sizes)])
    m = sparse.csr_matrix((np.array(counts, dtype=float), cells, indptr), shape=rows.shape)
    df = np.bincount(m.indices, minlength=len(vocab))
    m = m @ sparse.diags(np.log((1 + m.shape[0]) / (1 + df)) + 1.0)
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    whole = sparse.csr_matrix(sparse.diags(1.0 / np.maximum(norms, 1e-12)) @ m)
    last = whole.shape[0] - 1
    for chosen in ([5, 0, 17, last, 17, 1200], list(range(0, last, 7))):
        some = rows.some(chosen)
        for key in (chosen, chosen[::-1], chosen[2]):
            a, b = whole[key], some[key]
            assert (a.indptr.tolist(), a.indices.tolist(), a.data.tolist()) == (
                b.indptr.tolist(),
                b.indices.tolist(),
                b.data.tolist(),
            )
