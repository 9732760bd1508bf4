"""Plain-text extraction: quality floors on dev subsets and the seeds, and robustness."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.extract import extract
from newsprism.extract.sitenames import content_words
from newsprism.extract.text import (
    HEADLINE_FEATURES,
    _find_headline,
    clean_headline,
    headline_candidates,
    headline_of,
    load_title_model,
    read_text,
)
from newsprism.records import Document

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
EXTRACTION = SHARED / "data" / "extraction"

needs_shared = pytest.mark.skipif(not SEEDS.exists(), reason="../shared is not checked out next to the repo")

# Floors pinned a little below the values measured with the shipped model (l3s_gn1: first 60 ids
# 0.947; cleanportaleval: first 20 ids, BBC and WSJ pages, 0.925). Re-measure after re-training.
L3S_SUBSET_FLOOR = 0.92
CPE_SUBSET_FLOOR = 0.90


def _norm(text: str) -> str:
    return " ".join(w.casefold() for w in re.findall(r"\w+", text or ""))


def _doc(path: Path) -> Document:
    return Document(id=path.stem, source=str(path), content=path.read_text(encoding="utf-8"))


def _subset_f1(scorer: ModuleType, set_name: str, count: int) -> float:
    gold = [
        json.loads(x) for x in (EXTRACTION / set_name / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    gold = sorted(gold, key=lambda g: g["id"])[:count]
    counts = [
        scorer.aeb_counts(g["text"], read_text(_doc(EXTRACTION / set_name / "text" / f"{g['id']}.txt")).text)
        for g in gold
    ]
    return scorer.aeb_scores(counts)["f1"]


@needs_shared
def test_l3s_subset_floor(scorer: ModuleType) -> None:
    assert _subset_f1(scorer, "l3s_gn1", 60) >= L3S_SUBSET_FLOOR


@needs_shared
def test_cleanportaleval_subset_floor(scorer: ModuleType) -> None:
    assert _subset_f1(scorer, "cleanportaleval", 20) >= CPE_SUBSET_FLOOR


# Headlines of every 4th l3s_gn1 text dump by id (149 with a gold title): 125 right when the floor
# was set (123 before candidate lines were scored on the body words they share; the whole set
# 0.799 -> 0.824), minus a margin of about three titles.
L3S_TITLE_FLOOR = 0.82


@needs_shared
def test_l3s_headline_floor(scorer: ModuleType) -> None:
    gold = [
        json.loads(x)
        for x in (EXTRACTION / "l3s_gn1" / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    titled = [g for g in sorted(gold, key=lambda g: g["id"])[::4] if (g.get("title") or "").strip()]
    right = sum(
        scorer.norm_title(g["title"])
        == scorer.norm_title(read_text(_doc(EXTRACTION / "l3s_gn1" / "text" / f"{g['id']}.txt")).title or "")
        for g in titled
    )
    print(f"{right} of {len(titled)} headlines")
    assert right / len(titled) >= L3S_TITLE_FLOOR


def _seed_gold() -> dict:
    return json.loads((SEEDS / "gold.json").read_text(encoding="utf-8"))["articles"]


SEED_IDS = sorted(_seed_gold()) if SEEDS.exists() else []


@needs_shared
@pytest.mark.parametrize("seed_id", SEED_IDS)
def test_seed_metadata(seed_id: str) -> None:
    g = _seed_gold()[seed_id]
    art = read_text(_doc(SEEDS / f"{seed_id}.txt"))
    assert _norm(art.title or "") == _norm(g["title"])
    assert art.published in g.get("acceptable_published", [g.get("published")])
    assert {_norm(a) for a in art.authors} == {_norm(a) for a in g["authors"]}
    for wrong in g.get("wrong_published", []):
        assert art.published != wrong


@needs_shared
def test_seed_body_lines_f1() -> None:
    f1s = []
    for seed_id, g in _seed_gold().items():
        lines = (SEEDS / f"{seed_id}.txt").read_text(encoding="utf-8").splitlines()
        text = f" {_norm(read_text(_doc(SEEDS / f'{seed_id}.txt')).text)} "
        kept = {n for n in g["body_lines"] + g["boilerplate_lines"] if f" {_norm(lines[n - 1])} " in text}
        tp = len(kept & set(g["body_lines"]))
        p, r = (tp / len(kept) if kept else 0.0), tp / len(g["body_lines"])
        f1s.append(2 * p * r / (p + r) if tp else 0.0)
    assert sum(f1s) / len(f1s) >= 0.98


@needs_shared
def test_seed_004_dateline_and_outlet() -> None:
    art = read_text(_doc(SEEDS / "004_407144f8d00cf47e.txt"))
    assert art.dateline == "New Delhi"
    assert art.outlet == "Tribune News Service"
    assert "Tribune News Service" not in art.authors
    assert "\n\n" in art.text


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        (
            "U.S. Blinken landing in China is expected to break low | Political News",
            "U.S. Blinken landing in China is expected to break low",
        ),
        ("Storm hits the coast overnight - BBC News", "Storm hits the coast overnight"),
        (
            "Sikh woman’s graceful response turns would-be enemy into ally — MSNBC",
            "Sikh woman’s graceful response turns would-be enemy into ally",
        ),
        ("Reuters | Oil prices fall as demand weakens", "Oil prices fall as demand weakens"),
        (
            "Pros and cons - a long debate over who pays for the new stadium",
            "Pros and cons - a long debate over who pays for the new stadium",
        ),
        ("Plain headline without suffix", "Plain headline without suffix"),
        ("The Associated Press: Mubarak Backs Mideast Pact in 2008", "Mubarak Backs Mideast Pact in 2008"),
        (
            "Cole: Winning Carling Cup Would Give Chelsea Momentum",
            "Cole: Winning Carling Cup Would Give Chelsea Momentum",
        ),
        ("OP-ED: John Esposito", "OP-ED: John Esposito"),
        (
            "newsobserver.com | Players to be evaluated at MLS Combine this weekend",
            "Players to be evaluated at MLS Combine this weekend",
        ),
        (
            "TV3 > News > National News > Story > Officials get down to planning Sir Ed's state funeral",
            "Officials get down to planning Sir Ed's state funeral",
        ),
        # parts of one length: the one that is no site name (not the first) and no date
        ("Berkshire Eagle Online - Kerry endorses Obama", "Kerry endorses Obama"),
        ("Tower Daily News | 01/17/2008 | Council backs bridge", "Council backs bridge"),
    ],
)
def test_clean_headline(line: str, headline: str) -> None:
    assert clean_headline(line) == headline


def test_container_metadata_is_kept() -> None:
    doc = Document(
        id="a",
        source="t",
        content="Some headline here\n\n" + "This is a sentence of the article body that goes on. " * 5,
        title="Given title",
        published="2020-01-02",
        outlet="Given Outlet",
    )
    art = read_text(doc)
    assert art.title == "Given title"
    assert art.published == "2020-01-02"
    assert art.published_source == "container"


def test_index_page_is_dropped() -> None:
    nav = "\n".join(["Home", "News", "Sport", "Weather", "Contact us", "Privacy policy", "Login"])
    art = extract(Document(id="i", source="t", content=nav))
    assert art.dropped is not None


_ODD_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)


@settings(max_examples=60, deadline=None)
@given(_ODD_TEXT)
def test_any_text_gives_an_article(content: str) -> None:
    art = read_text(Document(id="h", source="hypothesis", content=content))
    assert isinstance(art.text, str)


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "The minister said on Tuesday that the talks would continue next week in the capital.",
                "Officials from both sides described the meeting as constructive and frank, he added.",
                "Share this article",
                "Home",
                "By Jane Doe",
                "Related stories",
                "Prices rose by 3 percent in the year to March, according to the statistics office.",
            ]
        ),
        min_size=1,
        max_size=12,
    )
)
def test_cleaning_is_stable(lines: list[str]) -> None:
    once = read_text(Document(id="s", source="t", content="\n\n".join(lines))).text
    twice = read_text(Document(id="s", source="t", content=once)).text
    # cleaning clean text adds nothing (it may still take a headline-like first line away)
    assert not Counter(_norm(twice).split()) - Counter(_norm(once).split())


# Opening lines of l3s_gn1 text dumps (../shared/data/extraction/l3s_gn1/text), with the index of
# the first line the line model keeps as body.
SPORTS_WIRE = (
    [
        "cbs4denver.com - Sports Wire",
        "Search",
        "Sports Wire",
        "Tue, 15 Jan 2008 14:50:06 GMT",
        "E-mail | Print",
        "Congress asks Justice Department to investigate Tejada",
        "WASHINGTON (AP) Congress is asking the Justice Department to investigate whether former AL MVP "
        "Miguel Tejada lied to congressional investigators.",
    ],
    6,
    "Congress asks Justice Department to investigate Tejada",
)
HEADLINE_OPENS_BODY = (
    [
        "AFP: Riley unlikely to return as NBA Heat coach: report",
        "Go to Google News",
        "Pat Riley",
        "Riley unlikely to return as NBA Heat coach: report",
        "5 days ago",
        "MIAMI (AFP) — Pat Riley is looking at not returning as coach of the National Basketball "
        "Association's Miami Heat.",
    ],
    3,
    "Riley unlikely to return as NBA Heat coach: report",
)
CAPS_LABEL = (
    [
        "SportsAustralia.com :: News Article",
        "NEWS ARTICLE",
        "Cassio and Cornthwaite return for Glory clash",
        "Adelaide United",
        "Tuesday January 8, 2008",
        "Adelaide United FC defenders Cassio and Robert Cornthwaite will be available this Sunday Night.",
    ],
    5,
    "Cassio and Cornthwaite return for Glory clash",
)


@pytest.mark.parametrize(
    ("lines", "first_body", "expected"),
    [SPORTS_WIRE, HEADLINE_OPENS_BODY, CAPS_LABEL],
    ids=["site-section-line", "headline-opens-body", "caps-label"],
)
def test_headline_line_passes_over_site_names(lines: list[str], first_body: int, expected: str) -> None:
    body_words = content_words(" ".join(lines[first_body:]))
    assert _find_headline(lines, first_body, body_words)[1] == expected


# l3s_gn1 openings where the headline sits beside a date/time line or under a photo credit
# (before the headline ranker the date line and the credit were taken)
DATE_TIME_LINE = (
    [
        "=> The One to Watch: Logitech Harmony One Introduces Significant Evolution in Home-Entertainment Control <=",
        "Suche",
        "Erweiterte Suche | Di. 15.01.2008",
        "Benutzername: Anmelden",
        "Passwort:",
        "Business Wire · Aktuelle Nachrichten · Archiv < zurück < · Druckversion",
        "06.01.2008 01:07",
        "The One to Watch: Logitech Harmony One Introduces Significant Evolution in Home-Entertainment Control",
        "Today at the Consumer Electronics Show, Logitech (SWX:LOGN) (NASDAQ:LOGI) unveiled the Harmony One "
        "advanced universal remote control, marking a significant leap in the evolution of remote controls.",
    ],
    8,
    "The One to Watch: Logitech Harmony One Introduces Significant Evolution in Home-Entertainment Control",
)
CREDIT_LINE = (
    [
        "White Scores 22 Points In Women's Basketball Loss - SJSUSpartans.com—Official Web Site of San Jose "
        "State Athletics",
        "Basketball - M: San Jose State 79, Hawai'i 85",
        "Swimming/Diving - W: San Jose State 128, Cal State Bakersfield 82",
        "White Scores 22 Points In Women's Basketball Loss",
        "Courtesy: San Jose State Athletics",
        "Release: 01/10/2008",
        "San Jose State-Nevada statistics",
        "Courtesy: San Jose State Athletics",
        "Tamiko Davis scored a career high eight points for the Spartans Thursday night. (Photo by Damon Tarver)",
        "Reno, Nev.— Natalie White recorded her seventh career 20-plus point game for San Jose State, but "
        "Nevada used a 12-0 run in the first half to take control of the game to win 72-51, Thursday night.",
    ],
    9,
    "White Scores 22 Points In Women's Basketball Loss",
)


@pytest.mark.parametrize(
    ("lines", "first_body", "expected"),
    [DATE_TIME_LINE, CREDIT_LINE],
    ids=["date-time-line", "photo-credit"],
)
def test_headline_ranker_passes_over_dates_and_credits(
    lines: list[str], first_body: int, expected: str
) -> None:
    body_words = content_words(" ".join(lines[first_body:]))
    idx, headline = _find_headline(lines, first_body, body_words)
    assert headline == expected
    assert idx is not None and idx > 0  # the line on the page, not the page's title line


@pytest.mark.parametrize(
    ("lines", "index", "headline"),
    [
        (["Site - Front page", "McCarthy is not for sale - Hughes"], 1, "McCarthy is not for sale - Hughes"),
        (
            ["Site", "NFL Preview - Seattle (11-6) At Green Bay (13-3)"],
            1,
            "NFL Preview - Seattle (11-6) At Green Bay (13-3)",
        ),
        (
            ["Site", "Blinken landing in China is expected to break low | Political News"],
            1,
            "Blinken landing in China is expected to break low",
        ),
        (["Site", "PlayStation Store updated - 09 Nov, 2007"], 1, "PlayStation Store updated"),
        (
            ["Site", "TheStar.com | Sports | John McHale, 86: Expos' first president"],
            1,
            "John McHale, 86: Expos' first president",
        ),
        (["Storm hits the coast overnight - BBC News", "Menu"], 0, "Storm hits the coast overnight"),
        (
            ["Storm hits the coast overnight - a long night for the islands", "Menu"],
            0,
            "Storm hits the coast overnight - a long night for the islands",
        ),
    ],
)
def test_headline_of_keeps_a_page_lines_own_second_part(lines: list[str], index: int, headline: str) -> None:
    assert headline_of(lines, index) == headline


def test_headline_candidates_leave_out_bylines_site_names_and_single_words() -> None:
    lines = [
        "Winona Daily News",
        "Sports",
        "By Jane Doe",
        "Local Sports Wire",
        "Council approves new budget for the harbour",
        "The council approved the new budget for the harbour on Tuesday after a long debate, officials said.",
    ]
    idx, rows = headline_candidates(lines, 5, content_words(lines[5]))
    assert 4 in idx and 5 in idx
    assert not {1, 2, 3} & set(idx)
    assert rows.shape == (len(idx), len(HEADLINE_FEATURES))
    scores = load_title_model().score(rows)
    assert idx[int(scores.argmax())] == 4


def test_headline_candidates_leave_out_lead_ins_markup_links_credits_and_breadcrumbs() -> None:
    lines = [
        "Anglertalk mit Stephan Höferer",
        "You may be interested in finding more content on these topics:",
        "Liebe Freunde der leichten Unterhaltung und der Entscheidungen,",
        'to keep Dimitar Berbatov at White Hart Lane after the haul." />',
        "Sign up for the newsletter at http://example.org/newsletter/",
        "© Stephan Höferer",
        "You are here: Home > Angeln > Stephan Höferer",
        "Anglertalk mit Stephan Höferer",
        "Stephan Höferer fischt seit zwanzig Jahren am Wörthersee und erzählt von seinen besten Fängen im Sommer.",
    ]
    idx, _ = headline_candidates(lines, 8, content_words(lines[8]))
    assert idx == [0, 7, 8]
    assert _find_headline(lines, 8, content_words(lines[8]))[1] == "Anglertalk mit Stephan Höferer"


def test_a_photo_credit_in_closing_brackets_is_a_credit() -> None:
    lines = [
        "Choi chalks up yet another victory for family and country",
        "K.J. Choi enjoyed a lot of special support Sunday at Waialae. (Ferrey/WireImage)",
        "Fans cheer the winner at the course (12/19/2007 16:36)",
        "K.J. Choi won the Sony Open in Hawaii on Sunday, his seventh title on the tour, before a home crowd.",
    ]
    idx, rows = headline_candidates(lines, 3, content_words(lines[3]))
    credit = rows[:, HEADLINE_FEATURES.index("credit")]
    assert dict(zip(idx, credit.tolist(), strict=True)) == {0: 0.0, 1: 1.0, 2: 0.0, 3: 0.0}


def test_under_headline_marks_the_line_below_a_headline_like_line() -> None:
    # BBC's layout: page tools, the headline, the photo's caption, the body
    lines = [
        "Home",
        "E-mail this to a friend Printable version",
        "Gulf states urge peace with Iran",
        "Ahmadinejad is the first Iranian leader to attend the GCC summit",
        "Gulf leaders have ended their summit in Qatar reiterating their desire for a peaceful solution "
        "to the conflict over Iran's nuclear ambitions.",
    ]
    idx, rows = headline_candidates(lines, 4, content_words(lines[4]))
    under = dict(zip(idx, rows[:, HEADLINE_FEATURES.index("under_headline")].tolist(), strict=True))
    # the caption sits under the headline; the headline under a page tool; the body's first line
    # under the caption, which is headline-like too
    assert under == {1: 0.0, 2: 0.0, 3: 1.0, 4: 1.0}


def test_headline_index_is_the_printed_copy_of_the_title() -> None:
    # l3s_gn1: the title line and the page's headline line read the same; the header (bylines,
    # dates, dateline) is read below the printed one, so that one is the headline's line
    lines = [
        "Dad: Child‘s MP3 player came with porn",
        "Dad: Child‘s MP3 player came with porn",
        "Staff and agencies",
        "29 December, 2007",
        "COOKEVILLE, Tenn. - A father gave his 10-year-old daughter a Christmas present that would play "
        "music, but he says the MP3 player came loaded with porn.",
    ]
    body_words = content_words(lines[4])
    assert _find_headline(lines, 4, body_words) == (1, "Dad: Child‘s MP3 player came with porn")
    art = read_text(Document(id="d", source="t", content="\n".join(lines)))
    assert art.title == "Dad: Child‘s MP3 player came with porn"
    assert art.dateline != "Dad"


def test_function_words_of_other_languages_count_as_stop_words() -> None:
    """The stop-word ratio (a prose cue) sees German, French and Persian function words, but not
    the "de" of a .de address nor words that are English too."""
    from newsprism.extract.textlines import BASE_NAMES, line_features, split_lines

    ratio = BASE_NAMES.index("stopword_ratio")
    lines = [
        "Der Bürgermeister sagte, die Kosten seien in den letzten Monaten stark gestiegen.",
        "Le maire a dit que les travaux sont reportés à cause des coûts.",
        "او افزود: پس از توقف و بازرسی تکمیلی از موتورسیکلت",
        "www.beispiel.de Kontakt Impressum",
        "Pour plus hat",
    ]
    got = line_features(split_lines("\n".join(lines)))[:, ratio]
    assert got[0] > 0.2 and got[1] > 0.2 and got[2] > 0.2
    assert got[3] == 0.0 and got[4] == 0.0


HTMLDATE = SHARED / "data" / "dates" / "htmldate" / "html"


@pytest.mark.skipif(not HTMLDATE.exists(), reason="../shared is not checked out next to the repo")
def test_persian_dump_keeps_its_article() -> None:
    """A Persian news page rendered as the dev dumps are (html-text, guess_layout): its body lines
    hold no English function word; they are kept as the article (it came out empty before)."""
    text = read_text(Document(id="fa", source="t", content=_htmldate_dump("1602557452"))).text
    assert "فرمانده انتظامی شهرستان مهریز" in text
    assert len(text.split()) > 300


def _htmldate_dump(name: str) -> str:
    """An htmldate page rendered as the dev dumps are (html-text with guess_layout)."""
    html_text = pytest.importorskip("html_text")
    from newsprism.ingest.decoding import decode

    page = decode((HTMLDATE / f"{name}.html").read_bytes(), html=True)
    return re.sub(
        r"\n{3,}",
        "\n\n",
        "\n".join(ln.rstrip() for ln in html_text.extract_text(page, guess_layout=True).split("\n")),
    )


def test_cjk_lines_count_characters_sentences_and_function_words() -> None:
    """A Chinese or Japanese line has no spaces: its characters count as words, "。" ends a
    sentence and 的/の count as function words (it was one word, no sentence, no stop word)."""
    from newsprism.extract.textlines import BASE_NAMES, line_features, split_lines

    lines = [
        "在抗击新冠肺炎疫情的日子里，封在武汉的父母们总要万般无奈而又小心翼翼回应着孩子天真的追问。",
        "政府が経済対策を決定したことを受け、岸田総理は先ほどから会見を行っています。",
        "新华网",
    ]
    got = line_features(split_lines("\n".join(lines)))
    col = {name: got[:, i] for i, name in enumerate(BASE_NAMES)}
    assert (col["log_words"][:2] > 3.0).all() and col["log_words"][2] < 1.5
    assert (col["ends_sentence"][:2] == 1.0).all() and (col["stopword_ratio"][:2] > 0.1).all()
    assert col["stopword_ratio"][2] == 0.0


@pytest.mark.skipif(not HTMLDATE.exists(), reason="../shared is not checked out next to the repo")
@pytest.mark.parametrize(
    ("name", "phrase"),
    [
        ("xinhuanet_com_c_1125597921", "在抗击新冠肺炎疫情的日子里"),
        ("article_auone_jp-tax", "岸田総理は先ほどから会見"),
    ],
)
def test_chinese_and_japanese_dumps_keep_their_article(name: str, phrase: str) -> None:
    """Chinese and Japanese news pages rendered as the dev dumps are: the article is kept (both
    came out empty while a run of CJK characters counted as one word)."""
    text = read_text(Document(id=name, source="t", content=_htmldate_dump(name))).text
    assert phrase in text
    assert len(text) > 400


def test_ad_labels_credits_and_embedded_posts_leave_the_body() -> None:
    """An ad slot's label, a photo credit, an embedded Instagram post's lines, a "Posted by" line
    and a sharing prompt inside the article are dropped; a prose line that merely starts with such
    a word stays."""
    paras = [
        "The council voted on Monday to delay the new bridge over the river until next year, officials said.",
        "Advertisement",
        "The mayor said that costs had risen sharply in recent months and that the city had to save money.",
        "Foto: Max Mustermann/dpa",
        "Sieh dir diesen Beitrag auf Instagram an",
        "A post shared by City Hall (@cityhall) on May 2, 2019 at 3:00pm PDT",
        "Photo shoots on the old bridge were a local tradition, and many residents said they would miss them.",
        "Posted by: Jane Doe on May 2, 2019 in News",
        "Share this article What is this?",
        "Residents who have waited years for a better link to the city centre said they were disappointed.",
    ]
    page = "Bridge delayed | Example News\n\nHome\nNews\nSport\n\nBridge delayed\n\n" + "\n\n".join(paras)
    text = read_text(Document(id="x", source="t", content=page + "\n\nContact us\nPrivacy policy")).text
    for furniture in paras[1], paras[3], paras[4], paras[5], paras[7], paras[8]:
        assert furniture not in text
    for prose in paras[0], paras[2], paras[6], paras[9]:
        assert prose in text


# An article and a reader's comment longer and denser in prose than it (comment thread tests).
_THREAD_ARTICLE = [
    "The council voted on Monday to delay the new bridge over the river until next year.",
    "Officials said the cost of steel had risen by a third since the plans were drawn up.",
    "The mayor said the city would look for other ways to pay for the work in the spring.",
    "Residents who have waited years for a better link to the centre were disappointed.",
]
_THREAD_COMMENT = (
    "I have lived in this town for all of my life and I have to say that this is not the first "
    "time that the council has told us that the bridge would be built and then changed its mind, "
    "and I think that they should have known that the price of the steel was going to go up when "
    "they made their plans, because everyone who has been following the news could see that it "
    "was going to happen, and now we are the ones who will have to wait for it again."
)


def test_article_above_a_denser_comment_thread_is_kept() -> None:
    """Comments longer and denser in prose than the article ("Name says:" threads) no longer take
    the body: the article above the thread is read, the comments are not."""
    article, comment = _THREAD_ARTICLE, _THREAD_COMMENT
    thread = []
    for name in ("Anna Miller", "Bob", "Carol T.", "Dave"):
        thread += [f"{name} says:", "12 May 2021 at 10:14", comment.replace("town", f"town ({name})")]
    head = ["Bridge delayed | Example News", "Home\nNews", "Bridge delayed"]
    page = "\n\n".join([*head, *article, "Share this:\nTwitter\nFacebook", "4 comments", *thread])
    text = read_text(Document(id="c", source="t", content=page)).text
    for para in article:
        assert para in text
    assert "I have lived in this town" not in text


def test_guillemet_quotes_are_no_separators() -> None:
    """A pair of guillemets quotes (French «...», German »...«): no separator, the navigation cue;
    a breadcrumb's lone » still counts."""
    from newsprism.extract.textlines import BASE_NAMES, line_features, split_lines

    lines = [
        "Die Gemeinde meint jedoch: «Die Witterung der vergangenen Tage könnte die Ursache sein.»",
        "Klicken Sie auf » Start – Systemsteuerung « und dann auf » Programme «.",
        "Home » News » Sport",
    ]
    seps = line_features(split_lines("\n".join(lines)))[:, BASE_NAMES.index("separators")]
    assert seps.tolist() == [0.0, 0.0, 2.0]


_PROSE = [
    "The council voted on Monday to delay the new bridge over the river until next year, officials said.",
    "The mayor said that costs had risen sharply in recent months and that the city had to save money.",
    "Residents who have waited years for a better link to the centre said they were disappointed.",
    "Engineers told the meeting that the old bridge could stay open for another two years at most.",
    "A final decision on the design is expected in the autumn, after a public consultation.",
    "Shops near the river said they had hoped that the work would bring more visitors to the area.",
]


def _tail_mask(lines: list[str], kept: int) -> list[str]:
    """The lines kept by _extend_prose_tail when the model kept the first `kept` of `lines`."""
    import numpy as np

    from newsprism.extract.text import _extend_prose_tail
    from newsprism.extract.textlines import split_page

    page = split_page("\n".join(lines))
    mask = np.zeros(len(page), bool)
    mask[:kept] = True
    _extend_prose_tail(page.texts, mask, set())
    return [t for t, k in zip(page.texts, mask, strict=True) if k]


def test_long_article_tail_below_the_models_cut_is_kept() -> None:
    """Prose right after the last kept line, in sections under short headings, is kept up to the
    page furniture; a short run of prose (a closing notice) and a name-and-comment thread are not."""
    lines = [_PROSE[0], _PROSE[1], _PROSE[2], "What comes next", _PROSE[3], _PROSE[4], _PROSE[5]]
    kept = _tail_mask([*lines, "Share this", "Privacy policy", _PROSE[0]], 2)
    assert kept == lines
    notice = [
        "Copyright 2021 Example News. All rights reserved. This material may not be published or redistributed.",
        "Sign up for our newsletter to get the news of the day in your inbox every morning, before breakfast.",
    ]
    assert _tail_mask([_PROSE[0], _PROSE[1], *notice, _PROSE[2]], 2) == [_PROSE[0], _PROSE[1]]
    thread = ["Anna Miller", _PROSE[0], "Bob Jones", _PROSE[1], "Carol", _PROSE[2]]
    assert _tail_mask([*_PROSE[:5], *thread], 1) == _PROSE[:5]
    # the model's cut at a heading is left alone: the run must start with prose
    assert _tail_mask([_PROSE[0], "More news", *_PROSE[1:]], 1) == [_PROSE[0]]


def test_prose_between_kept_lines_is_kept_but_not_a_gallery() -> None:
    """A run of prose and plain headings between two kept lines joins the body (German prose under
    the English-trained line model; a list's lead-in ending in a colon counts); a run holding a
    photo credit, a furniture line or a date does not."""
    import numpy as np

    from newsprism.extract.text import _fill_prose_gaps
    from newsprism.extract.textlines import split_page

    def filled(middle: list[str]) -> bool:
        page = split_page("\n".join([_PROSE[0], *middle, _PROSE[1]]))
        mask = np.zeros(len(page), bool)
        mask[[0, -1]] = True
        _fill_prose_gaps(page.texts, mask, set())
        return bool(mask.all())

    german = [
        "Saarland",
        "Für den Besuch beim Friseur gilt die 2G-plus-Regel, und die Kunden müssen dafür folgende Nachweise vorlegen:",
        "Nordrhein-Westfalen",
        "Die Landesregierung hat neue Regeln erlassen, die auch den Besuch beim Friseur und im Kosmetikstudio betreffen.",
    ]
    assert filled(german)
    assert not filled(["Saarland", "5", german[1]])
    assert not filled(["Ja", "48% (95 Stimmen)", german[1]])
    assert not filled([german[1], "AFP via Getty Images", german[3]])
    assert not filled([german[1], "Share this story", german[3]])
    assert not filled([german[1], "Posted 12.01.2022 10:14", german[3]])
    assert not filled(["Saarland", "Nordrhein-Westfalen"])  # headings alone
    # a photo credit, an ad label or a date between the paragraphs is passed over, not kept
    page = split_page(
        "\n".join([_PROSE[0], "Foto: Max Mustermann", "20.01.2022", german[1], "Hide Ad", _PROSE[1]])
    )
    mask = np.zeros(len(page), bool)
    mask[[0, -1]] = True
    _fill_prose_gaps(page.texts, mask, set())
    assert mask.tolist() == [True, False, False, True, False, True]


def test_long_compound_paragraph_between_kept_lines_is_kept() -> None:
    """A long German paragraph ending a sentence is prose between kept lines with fewer function
    words (compounds are one word each); a short line as sparse, or one with no closing stop, is not."""
    import numpy as np

    from newsprism.extract.text import _fill_prose_gaps
    from newsprism.extract.textlines import split_page

    def filled(middle: str) -> bool:
        page = split_page("\n".join([_PROSE[0], "Bayern", middle, _PROSE[1]]))
        mask = np.zeros(len(page), bool)
        mask[[0, -1]] = True
        _fill_prose_gaps(page.texts, mask, set())
        return bool(mask.all())

    long = (
        "Die 2G-Regel gilt bei körpernahen Dienstleistungen (Friseur-, Kosmetik- und Fußpflegebetriebe "
        "sowie Nagelstudios) zunächst bis 9. Februar 2022. Ungeimpfte erhalten auch mit einem negativen "
        "PCR- oder Schnelltest keinen Zutritt. Dort, wo 2G-Plus gilt (Hotspots), müssen Geimpfte und "
        "Genesene zusätzlichen einen negativen Antigen-Schnelltest vorlegen. Kunden müssen FFP2-Masken tragen."
    )
    assert filled(long)
    assert not filled(long[:-1] + " Kontaktdaten")  # no closing stop: the 0.2 share applies
    assert not filled(long[:150] + ".")  # too short for the lower share


def test_gap_broken_by_a_related_link_keeps_its_prose_ends() -> None:
    """A gap run broken by a line that is neither heading nor prose ("04.11.2021 Artikel") keeps
    the run down from the upper kept line and up from the lower one, to their last sentence, when
    each holds two sentences; teaser headlines without a stop do not count."""
    import numpy as np

    from newsprism.extract.text import _fill_prose_gaps

    def kept(middle: list[str]) -> list[str]:
        texts = ["Bridge delayed, council says after a long meeting on Monday evening.", *middle, _PROSE[5]]
        mask = np.zeros(len(texts), bool)
        mask[[0, -1]] = True
        _fill_prose_gaps(texts, mask, set())
        return [t for t, m in zip(texts[1:-1], mask[1:-1], strict=True) if m]

    teasers = [
        "Floods close the ring road for a week in the wet spring",
        "Ferry fares to rise by a fifth in the new year",
    ]
    broken = [*_PROSE[:4], "Next steps", "04.11.2021 Artikel", *teasers, "Transport"]
    assert kept(broken) == _PROSE[:4]  # the heading before the break is not kept
    # up from the lower kept line: to the first sentence, so the heading above it stays out too
    assert kept(["04.11.2021 Artikel", *teasers, "Transport", *_PROSE[:4]]) == _PROSE[:4]
    assert kept([*_PROSE[:2], "04.11.2021 Artikel", *teasers]) == _PROSE[:2]
    assert kept([*_PROSE[:1], "04.11.2021 Artikel", *teasers]) == []  # one sentence: too few
    assert kept([*_PROSE[:1], *teasers, *teasers, "04.11.2021 Artikel"]) == []  # headlines do not count


def test_prose_run_above_the_models_first_line_is_kept_below_the_headline() -> None:
    """The mirror of the tail: prose right above the first kept line joins the body, up to the
    headline (a `stop` line) or the furniture above it."""
    import numpy as np

    from newsprism.extract.text import _extend_prose_head

    texts = ["Home", "News", "Bridge delayed", *_PROSE]
    mask = np.zeros(len(texts), bool)
    mask[-1] = True
    _extend_prose_head(texts, mask, set())
    assert mask.tolist() == [False] * 3 + [True] * 6
    texts = [_PROSE[0], "Bridge delayed", *_PROSE[1:]]
    mask = np.zeros(len(texts), bool)
    mask[-1] = True
    _extend_prose_head(texts, mask, {1})
    assert mask.tolist() == [False] * 2 + [True] * 5


def test_comment_thread_below_a_left_out_comments_heading_is_cut() -> None:
    """Readers' comments the line model kept below a comment section's heading it left out
    ("Comments (3)", "12 Kommentare") leave the body; an article box the model left out ("Related
    Stories") does not cut the article below it."""
    import numpy as np

    from newsprism.extract.text import _cut_after_end_marker

    def kept(heading: str) -> list[str]:
        texts = [f"{_PROSE[0]} {_PROSE[1]}", heading, _PROSE[2], _PROSE[3]]
        mask = np.array([True, False, True, True])
        _cut_after_end_marker(texts, mask)
        return [t for t, k in zip(texts, mask, strict=True) if k]

    lead = f"{_PROSE[0]} {_PROSE[1]}"
    assert kept("Comments (3)") == [lead]
    assert kept("12 Kommentare") == [lead]
    assert kept("Leave a Reply") == [lead]
    assert kept("Hinterlasse einen Kommentar") == [lead]
    assert kept("3 thoughts on “Bridge delayed”") == [lead]
    assert kept("Related Stories") == [lead, _PROSE[2], _PROSE[3]]
    assert kept("Commentary") == [lead, _PROSE[2], _PROSE[3]]


def test_kept_related_and_most_read_headings_end_the_body_in_other_languages() -> None:
    """A kept 'most read' or 'related' heading in German or French, or 'Other news', ends the
    body as the English ones do: the teasers the line model kept below it leave."""
    import numpy as np

    from newsprism.extract.text import _cut_after_end_marker

    lead = f"{_PROSE[0]} {_PROSE[1]}"
    for heading in (
        "Die meistgelesenen Artikel bei SWR.de/Sport",
        "Voir d’autres articles sur le même thème :",
        "Other news",
    ):
        texts = [lead, heading, _PROSE[2], _PROSE[3]]
        mask = np.ones(len(texts), bool)
        _cut_after_end_marker(texts, mask)
        assert mask.tolist() == [True, False, False, False]


def test_teaser_list_below_a_left_out_related_heading_is_cut() -> None:
    """Below a 'Related Articles' heading the line model left out, a list of teasers it kept (a
    headline over one paragraph each) leaves the body; the article going on below such a box
    (paragraphs in a row) stays."""
    import numpy as np

    from newsprism.extract.text import _cut_after_end_marker

    lead = f"{_PROSE[0]} {_PROSE[1]}"
    teasers = []
    for n, para in enumerate(_PROSE[2:5]):
        teasers += [f"Headline number {n} of the list", f"{para} Read the full story on our site."]
    texts = [lead, "Related Articles", *teasers]
    mask = np.array([True, False] + [False, True] * 3)
    _cut_after_end_marker(texts, mask)
    assert mask.tolist() == [True] + [False] * 7
    going_on = [f"{para} And the article goes on here." for para in _PROSE[2:6]]
    texts = [lead, "Related Articles", "A headline of a box", *going_on]
    mask = np.array([True, False, False] + [True] * 4)
    _cut_after_end_marker(texts, mask)
    assert mask.tolist() == [True, False, False] + [True] * 4


def test_closing_author_box_leaves_the_body() -> None:
    """A closing line that opens with the byline's name and goes on (the author's box, a contact
    line) leaves the body; a line that only names the author further up stays."""
    import numpy as np

    from newsprism.extract.text import _drop_author_box

    texts = [
        _PROSE[0],
        "Jane Doe, who covers the city council, said the vote was close.",
        _PROSE[1],
        "JANE DOE is a reporter for Example News and can be reached at jdoe@example.com.",
    ]
    mask = np.ones(len(texts), bool)
    _drop_author_box(texts, mask, ("Jane Doe",))
    assert mask.tolist() == [True, True, True, False]
    # a one-word name is too weak a cue (extract32: the box above goes by its shape too, a writer's
    # bio, so this one is no bio)
    texts[-1] = "JANE DOE has covered the city council for Example News since 2001 and lives in Springfield."
    mask = np.ones(len(texts), bool)
    _drop_author_box(texts, mask, ("Doe",))
    assert mask.all()


def test_article_above_a_signed_comment_thread_is_kept() -> None:
    """A thread whose comments are signed below ("Posted by: Name | date") is read as the "Name
    says:" threads are: the article above it is kept, the comments below its first signature are
    not (the first comment, above it, can stay)."""
    article, comment = _THREAD_ARTICLE, _THREAD_COMMENT
    thread = []
    for name in ("Anna Miller", "Bob", "Carol T.", "Dave"):
        thread += [comment.replace("town", f"town ({name})"), f"Posted by: {name} | Jan 10, 2008 4:49:12 PM"]
    head = ["Bridge delayed | Example News", "Home\nNews", "Bridge delayed"]
    page = "\n\n".join([*head, *article, "Share this:\nTwitter\nFacebook", "4 replies", *thread])
    text = read_text(Document(id="c", source="t", content=page)).text
    for para in article:
        assert para in text
    for name in ("Bob", "Carol T.", "Dave"):
        assert f"this town ({name})" not in text

    from newsprism.extract.text import _POSTED_BY

    assert _POSTED_BY.match("— Posted by Tom, Manhattan Beach CA")
    assert _POSTED_BY.match("Posted By: hawaiian | January 16 2008 at 03:16 PM")
    assert not _POSTED_BY.match("Post a comment")


def test_one_block_of_one_line_teasers_below_a_left_out_heading_is_cut() -> None:
    """Below a 'Most Read' heading the line model left out, a block of one-line teasers it kept
    leaves the body; the same lines in the heading's own block (an old page's paragraphs around a
    box) stay."""
    import numpy as np

    from newsprism.extract.text import _cut_after_end_marker

    lead = f"{_PROSE[0]} {_PROSE[1]}"
    texts = [lead, "Most Read", _PROSE[2], _PROSE[3], _PROSE[4]]
    mask = np.array([True, False, True, True, True])
    _cut_after_end_marker(texts, mask, [0, 1, 2, 2, 2])
    assert mask.tolist() == [True, False, False, False, False]
    mask = np.array([True, False, True, True, True])
    _cut_after_end_marker(texts, mask, [0, 0, 0, 0, 0])
    assert mask.tolist() == [True, False, True, True, True]


def test_copyright_notice_ends_the_body() -> None:
    """A copyright notice below the article, kept or not, ends the body: the opinion disclaimers
    and teasers the line model kept below it leave; a sentence that merely names a copyright stays."""
    import numpy as np

    from newsprism.extract.text import _cut_after_end_marker

    lead = f"{_PROSE[0]} {_PROSE[1]}"
    notice = "Copyright 2008 Associated Press. All rights reserved. This material may not be published."
    for kept in (True, False):
        texts = [lead, notice, _PROSE[2], _PROSE[3]]
        mask = np.array([True, kept, True, True])
        _cut_after_end_marker(texts, mask)
        assert mask.tolist() == [True, False, False, False]
    texts = [
        lead,
        "Copyright law was changed in 2008, the minister said, and more changes will follow.",
        _PROSE[2],
    ]
    mask = np.ones(3, bool)
    _cut_after_end_marker(texts, mask)
    assert mask.all()


def test_lead_above_a_photo_gallery_is_kept_below_the_header() -> None:
    """Two opening sentences between the header (a date line) and the first kept line, past photo
    captions with a credit and gallery counts, join the body; the captions do not. One sentence,
    or a line of another kind on the way, keeps nothing."""
    import numpy as np

    from newsprism.extract.text import _keep_lead_above_captions

    caption = "The singer, 64, was diagnosed with secondary breast cancer in 2017 Credit: Getty"

    def kept(above: list[str]) -> list[str]:
        texts = ["Singer's update", "Updated: 8:24, 2 Nov 2023", *above, _PROSE[5]]
        mask = np.zeros(len(texts), bool)
        mask[-1] = True
        _keep_lead_above_captions(texts, mask, {0})
        return [t for t, m in zip(texts[:-1], mask[:-1], strict=True) if m]

    assert kept([_PROSE[0], _PROSE[1], "6", caption]) == _PROSE[:2]
    assert kept([_PROSE[0], "6", caption]) == []
    assert kept([_PROSE[0], _PROSE[1], "Most read", caption]) == []
