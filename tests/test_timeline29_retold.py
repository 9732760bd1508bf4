"""RETOLD (timeline29): an entry of two sentences (the `timeline` command's) does not take a second
sentence that retells the first with other names. The TF-IDF of a set whose other articles share the
template weighs the names most, so "The city council of Springfield voted ..." and "The city council of
Zürich voted ..." (robust26's made-up feeds, two articles) scored under REDUNDANT_SIMILARITY and were
joined as one entry. Made-up texts in robust26's shape; the guard's pair is real (T17 bpoil_guardian,
2010-07-15, the second sentence the command now picks)."""

from __future__ import annotations

from newsprism.records import Article
from newsprism.timeline import build_timeline

COUNCIL = (
    "The city council of {} voted {} to approve a new {} for the coming year, officials said in a statement."
)


def page(article_id: str, published: str, text: str) -> Article:
    return Article(id=article_id, source="test", published=published, text=text)


def entries(articles: list[Article]) -> list[tuple[str, str]]:
    return [(e.date, e.text) for e in build_timeline(articles, days_only=True, sentences_per_date=2)]


def test_a_template_told_of_another_subject_is_not_joined() -> None:
    articles = [
        page("springfield", "2024-03-05", COUNCIL.format("Springfield", "on Tuesday", "budget")),
        page("zurich", "2024-03-05", COUNCIL.format("Zürich", "on Tuesday", "flood")),
    ] + [
        # the same template without a date, on other pages: its shared words weigh little
        page(city, f"2024-03-{12 + k}", COUNCIL.format(city, "on the plan", what))
        for k, (city, what) in enumerate(
            [("Bern", "park"), ("Basel", "school"), ("Genf", "bridge"), ("Lyon", "tram")]
        )
    ]
    assert entries(articles) == [("2024-03-05", COUNCIL.format("Zürich", "on Tuesday", "flood"))]


def test_two_sentences_of_one_day_that_tell_different_things_stay() -> None:
    # guard: the second sentence shares the day's words but tells more of its own
    first = "No new oil has entered the Gulf since July 15 when a BP crew fitted a new cap over the well ."
    second = (
        "An experimental cap has stopped the flow of any fresh oil into the Gulf since 15 July , but "
        "engineers want to monitor the pressure and volume of oil in the well as they begin a procedure "
        'BP is calling a " static kill " .'
    )
    ((date, text),) = entries([page("a", "2010-08-03", first), page("b", "2010-08-04", second)])
    assert date == "2010-07-15" and "fitted a new cap" in text and "static kill" in text, text
