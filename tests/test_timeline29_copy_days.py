"""COPY_DAYS in every timeline (timeline29): a copy of a story on a page dated days off its original's
names, by its own page, days its original does not name; those count for no ranked date, not only in a
timeline that would be empty. Real texts: heap-10000 e-0549bc3a434f, an original of 2011-03-09 and two
copies dated 03-18 and 03-19, whose "imposed the sentence Friday" made 03-18 a news day of two articles."""

from __future__ import annotations

from newsprism.records import Article
from newsprism.timeline import build_timeline

SENTENCED = (
    "The admitted terrorist said he had been a naive adolescent brainwashed into plotting to blow up American "
    "embassies. He called himself a changed man, a would-be ophthalmologist who deserved a chance to pursue his "
    "goal.\n\nBut a federal judge in Manhattan sentenced Mohammed Mansour Jabarah to life in prison, saying she "
    "gave him credit for repudiating violence but couldn't overlook what he had done.\n\n\"Actions speak louder "
    'than words," U.S. District Judge Barbara S. Jones said as she imposed the sentence Friday.'
)
ORIGINAL = "l3s_gn1-c1ba5f6c-5c13-4d4b-ac71-ba094a901879"
COPIES = {"copy-000237-435742": ORIGINAL, "copy-000521-435742": ORIGINAL}


def page(article_id: str, published: str, text: str) -> Article:
    return Article(id=article_id, source="test", published=published, text=text)


def dates(articles: list[Article], copies: dict[str, str]) -> list[str]:
    return [e.date for e in build_timeline(articles, news_days=True, copies=copies)]


def test_copies_days_off_their_original_make_no_news_day_of_their_own() -> None:
    articles = [
        page(ORIGINAL, "2011-03-09", SENTENCED),
        page("copy-000237-435742", "2011-03-18", SENTENCED),
        page("copy-000521-435742", "2011-03-19", SENTENCED.replace(" said as ", " noted as ")),
    ]
    assert dates(articles, {}) == ["2011-03-18"]  # unmarked: two pages' Friday
    assert dates(articles, COPIES) == ["2011-03-04"]  # the original's Friday


def test_a_copy_still_counts_for_the_days_its_original_names() -> None:
    # guard (made up): a day written out reads the same on every page, the copy's mention stands
    text = "The judge imposed the sentence on March 4, 2011, in Manhattan, officials said."
    articles = [
        page(ORIGINAL, "2011-03-09", text),
        page("copy-000237-435742", "2011-03-18", text),
        page("other", "2011-03-10", "A federal judge sentenced him on March 4, 2011, to life in prison."),
    ]
    assert dates(articles, COPIES) == dates(articles, {}) == ["2011-03-04"]
