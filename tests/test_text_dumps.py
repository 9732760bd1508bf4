"""Plain-text dumps of modern pages: headlines cut short, furniture, opening lists (session 13,
textmodern6 and textmodern7); headline picks, notices, closing lists and call-outs (session 14,
text8)."""

from __future__ import annotations

import numpy as np

from newsprism.extract.sitenames import content_words
from newsprism.extract.text import _find_headline, _keep_lead_list, _uncut, headline_candidates, read_text
from newsprism.records import Document

_BODY = (
    "Instagram testet derzeit eine neue Funktion, mit der Nutzerinnen und Nutzer kurze Videos direkt "
    "in ihren Stories bearbeiten und mit Musik unterlegen können, berichten mehrere Fachmedien."
)


def test_a_headline_cut_short_gives_way_to_its_full_copy() -> None:
    lines = [
        "Instagram arbeitet an neuer Videofunktion für Stories | OnlineMarketing.de",
        "Home » Social Media » Instagram arbeitet an neuer...",
        "Instagram arbeitet an neuer...",
        "Instagram arbeitet an neuer Videofunktion für Stories",
        _BODY,
    ]
    assert _uncut(lines, [0, 2, 3, 4], 2, "Instagram arbeitet an neuer...") == (
        3,
        "Instagram arbeitet an neuer Videofunktion für Stories",
    )
    # the page's headline, whichever of the two copies the ranker prefers
    assert (
        _find_headline(lines, 4, content_words(_BODY))[1]
        == "Instagram arbeitet an neuer Videofunktion für Stories"
    )


def test_a_headline_of_its_own_ellipsis_or_with_no_full_copy_stays() -> None:
    lines = [
        "Alles andere kann warten… | Marktplatz",
        "Alles andere kann warten…",
        "Wer sich Zeit nimmt, lebt besser: ein Gespräch über Muße, Arbeit und die Kunst des Wartens.",
    ]
    # the title line goes on past the headline's own ellipsis: no fuller headline
    assert _uncut(lines, [0, 1], 1, "Alles andere kann warten…") == (1, "Alles andere kann warten…")
    other = ["Events Community of Bel...", "Events Community of Bel…", _BODY]
    # another cut copy is no full one
    assert _uncut(other, [0, 1], 0, "Events Community of Bel...") == (0, "Events Community of Bel...")


def _body_of(paragraphs: list[str]) -> str:
    """The body read_text gives for `paragraphs` under a headline and a menu, above a footer."""
    head = "Bridge delayed | Example News\n\nHome\nNews\nSport\n\nBridge delayed\n\n"
    content = head + "\n\n".join(paragraphs) + "\n\nContact us\nPrivacy policy"
    return read_text(Document(id="x", source="t", content=content)).text


def test_markup_lines_and_continuation_labels_leave_the_body() -> None:
    """An ad's markup kept as a line of text and a "Story continues below" label between two
    paragraphs are dropped; prose that mentions a tag or opens with "Continue" stays."""
    paras = [
        "The council voted on Monday to delay the new bridge over the river until next year, officials said.",
        '<a href="http://ads.example.com/click.ng/Params.richmedia=yes&spacedesc=mpu&site=News" '
        'target="_blank"><img src="http://ads.example.com/banner.gif" border="0"></a>',
        "The mayor said that costs had risen sharply in recent months and that the city had to save money.",
        "Story continues below",
        "Continue reading the main story",
        "Continue to the end of the road and the old bridge is on your left, residents told the meeting.",
        "Engineers said a tag such as <b> in the plans meant the work was urgent, and the council agreed.",
    ]
    text = _body_of(paras)
    assert [p in text for p in paras] == [True, False, True, False, False, True, True]


def test_closing_credits_and_rights_notices_leave_the_body() -> None:
    """A closing line that credits other reporters, gives a reporter's address or reserves the
    rights leaves the body with what follows it; a credit earlier in the article stays."""
    paras = [
        "The council voted on Monday to delay the new bridge over the river until next year, officials said.",
        "Reporters who contributed to this report said the mayor was not available for comment on Monday.",
        "The mayor said that costs had risen sharply in recent months and that the city had to save money.",
        "Residents who have waited years for a better link to the city centre said they were disappointed.",
        "Associated Press Writer Jane Roe contributed to this report from Springfield.",
    ]
    assert [p in _body_of(paras) for p in paras] == [True, True, True, True, False]
    notice = "Distributed by Example Broadcasting. This material may not be published, broadcast, rewritten or redistributed."
    quiz = "Who was the judge in the hearing? How many children does she have? You'd know if you read our news quiz."
    text = _body_of([*paras[:4], notice, quiz])
    assert paras[3] in text and notice not in text and quiz not in text
    reach = "Staff writer John Doe can be reached at jdoe@example.com or 555-0100."
    assert reach not in _body_of([*paras[:4], reach])


def test_a_teaser_under_a_related_heading_is_no_headline_candidate() -> None:
    lines = [
        "Home | News | Sport",
        "Sri Lankan cricket chief resigns",
        "31 December 2007, 12:20",
        "Related Articles",
        "Ranatunga to take over as Sri Lanka chief",
        "Comment Print Email",
        "Colombo - Sri Lanka's cricket chief stepped down on Monday, clearing the way for Ranatunga to take over.",
    ]
    idx, _ = headline_candidates(lines, 6, content_words(lines[6]))
    assert 4 not in idx and 1 in idx
    # a comments heading or toolbar is no related-stories heading: the line below stays a candidate
    lines[3] = "Comment Print Email"
    assert 4 in headline_candidates(lines, 6, content_words(lines[6]))[0]


_ITEMS = [
    "How to Care for Hydrangeas",
    "1. Examine the Blooms",
    "When you choose your hydrangeas at the store, look for healthy leaves and bouncy blooms with no spots.",
    "2. Use Your Garden",
    "If you are lucky enough to have garden hydrangeas, it is easy to bring them indoors for an arrangement.",
    "3. Prep Them",
    "Hydrangeas produce a sap at the bottom of the stems that needs to be sealed off so they can soak up water.",
    "4. Plant",
    "When it comes to the planting process, it is similar to what you would do with hydrangeas in the ground.",
    "5. Water Them",
    "Like hydrangeas in the ground, the ones in planters need a lot of water, so check the soil every day.",
    "Share options",
    "Close",
]


def test_a_list_of_items_goes_on_below_the_last_kept_item() -> None:
    import numpy as np

    from newsprism.extract.text import _extend_item_list

    mask = np.zeros(len(_ITEMS), bool)
    mask[1:7] = True  # the model kept the first three items
    _extend_item_list(_ITEMS, mask, set())
    assert np.flatnonzero(mask).tolist() == list(range(1, 11))
    # a reader's signature over a comment is no item heading: comments below a list stay out
    texts = [*_ITEMS[:7], "Dave, Truro, Cornwall", _ITEMS[8], "John, Dundee, UK", _ITEMS[10]]
    mask = np.zeros(len(texts), bool)
    mask[1:7] = True
    _extend_item_list(texts, mask, set())
    assert np.flatnonzero(mask).tolist() == list(range(1, 7))
    # a body that does not end in an item's paragraph is not read on
    mask = np.zeros(len(_ITEMS), bool)
    mask[1:6] = True
    _extend_item_list(_ITEMS, mask, set())
    assert np.flatnonzero(mask).tolist() == list(range(1, 6))


def test_the_lead_line_right_above_the_first_kept_line_is_kept() -> None:
    import numpy as np

    from newsprism.extract.text import _keep_lead_line

    texts = [
        "Bridge delayed",
        "By Jane Roe",
        "The council voted on Monday to delay the new bridge over the river until next year, officials said.",
        "The mayor said that costs had risen sharply in recent months and that the city had to save money.",
    ]
    mask = np.array([False, False, False, True])
    _keep_lead_line(texts, mask, {0, 1})
    assert mask.tolist() == [False, False, True, True]
    # a prompt to click and a header (`stop`) line are no lead
    texts[2] = "Click here to read how the council has dramatically improved the planning of its bridges."
    mask = np.array([False, False, False, True])
    _keep_lead_line(texts, mask, {0, 1})
    assert mask.tolist() == [False, False, False, True]
    texts[2] = (
        "Your account has been frozen by the council. For your available options click the below button."
    )
    _keep_lead_line(texts, mask, {0, 1})
    assert mask.tolist() == [False, False, False, True]
    lead = (
        "The council voted on Monday to delay the new bridge over the river until next year, officials said."
    )
    texts = [texts[0], lead, texts[3]]
    mask = np.array([False, False, True])
    _keep_lead_line(texts, mask, {0, 1})  # the lead line was read as the header's (a dateline)
    assert mask.tolist() == [False, False, True]


def test_below_tools_marks_the_line_under_a_line_of_page_tools() -> None:
    from newsprism.extract.text import HEADLINE_FEATURES

    lines = [
        "BBC NEWS | Middle East | Gulf states urge peace with Iran",
        "Last Updated: Tuesday, 4 December 2007, 17:04 GMT",
        "E-mail this to a friend Printable version",
        "Gulf states urge peace with Iran",
        "Ahmadinejad is the first Iranian leader to attend the GCC summit",
        "Gulf leaders have ended their summit in Qatar reiterating their desire for a peaceful solution with Iran.",
    ]
    idx, rows = headline_candidates(lines, 5, content_words(lines[5]))
    below = dict(zip(idx, rows[:, HEADLINE_FEATURES.index("below_tools")].tolist(), strict=True))
    assert below[3] == 1.0 and below[4] == 0.0
    # the page's headline, not the photo caption under it
    assert _find_headline(lines, 5, content_words(lines[5]))[1] == "Gulf states urge peace with Iran"


def test_page_tools_glued_to_a_headline_line_go() -> None:
    from newsprism.extract.text import headline_of

    lines = ["Sports", "Hester Runs Bears to Win in Season Finale Save Email Print", "Save Email Print"]
    assert headline_of(lines, 1) == "Hester Runs Bears to Win in Season Finale"
    assert headline_of(lines, 2) == "Save Email Print"  # nothing is left of a line of tools alone
    lines[1] = "Hester Runs Bears to Win in Season Finale SAVE EMAIL PRINT"
    assert headline_of(lines, 1) == "Hester Runs Bears to Win in Season Finale"


def test_a_short_copyright_line_with_a_year_ends_the_body() -> None:
    """ "© 2007 ANI" under the article ends it (teasers follow); a photo credit without a year
    ("© Getty Images") between paragraphs does not."""
    import numpy as np

    from newsprism.extract.text import _cut_after_end_marker

    body = [
        "Gujarat Chief Minister Narender Modi is all set to meet the AIADMK chief today in Chennai over lunch.",
        "The meeting has fuelled speculation of a possible tie-up in the run up to next year's elections.",
    ]
    teaser = "New Delhi, Jan 15 (ANI): The Indian Army on Tuesday commemorated its 60th Foundation Day."
    lines = [*body, "© 2007 ANI", "India marks 60th Army Day", teaser]
    mask = np.array([True, True, False, True, True])
    _cut_after_end_marker(lines, mask)
    assert mask.tolist() == [True, True, False, False, False]
    lines = [body[0], "© Getty Images", body[1]]
    mask = np.array([True, False, True])
    _cut_after_end_marker(lines, mask)
    assert mask.tolist() == [True, False, True]


def test_a_short_title_segment_printed_right_above_the_body_is_a_headline_candidate() -> None:
    """A title segment of section size ("Aggression Fotografie" beside the longer site name) is no
    candidate far from the body (a menu's section), but is one on the lines right above it."""
    body = (
        "Fotografie ein Akt der Aggression? In ihrem Buch über die Rolle der Fotografie beschreibt die "
        "Autorin, wie Bilder Menschen festhalten und ihnen etwas nehmen."
    )
    lines = [
        "Aggression Fotografie - jürgen heitmann fotografie",
        "jürgen heitmann fotografie",
        "Aggression Fotografie",
        "Start",
        "Fotoalben",
        "Essays",
        "Über mich",
        "26 January 2017",
        "Aggression Fotografie",
        body,
    ]
    idx, _ = headline_candidates(lines, 9, content_words(body))
    assert 8 in idx and 2 not in idx
    assert _find_headline(lines, 9, content_words(body)) == (8, "Aggression Fotografie")


def test_a_list_that_opens_the_article_is_kept_with_its_lead_in() -> None:
    """A lead-in ending in ':' and its short items right above the first kept paragraph join the
    body with the prose above them; not below the headline (a stop line), and not when the lead-in
    points at links or a date line sits among the items."""
    lines = [
        "Economy dominates premiers' meeting",
        "The economy dominated a working dinner between the premiers and the Prime Minister at his residence.",
        "Alberta Premier Ed Stelmach said topics included:",
        "lower business taxes;",
        "research and development investment;",
        "and labour shortages.",
        "The premiers were hoping to push the government for more funding after its aid package for workers.",
    ]

    def kept(lines: list[str], stop: set[int]) -> list[int]:
        mask = np.zeros(len(lines), bool)
        mask[6] = True
        _keep_lead_list(lines, mask, stop)
        return np.flatnonzero(mask).tolist()

    assert kept(lines, {0}) == [1, 2, 3, 4, 5, 6]
    assert kept(lines, {1}) == [2, 3, 4, 5, 6]
    links = [*lines[:2], "To reach a senior editor of the paper, you can use the links below:", *lines[3:]]
    assert kept(links, {0}) == [6]
    dated = [*lines[:4], "17:20, Jan 1 2008", *lines[5:]]
    assert kept(dated, {0}) == [6]


def test_a_hyphenated_one_word_headline_from_the_title_line_is_a_candidate_above_the_body() -> None:
    """One word is no headline candidate (a menu's item), except a hyphenated compound that is a
    segment of the page's title line, printed right above the body ("Bielersee-Winterhechte")."""
    body = (
        "Im Winter sind die Möglichkeiten zu fischen begrenzter als in der warmen Jahreszeit. Ein zu "
        "Unrecht unterschätzter Zielfisch ist der Hecht, der auch in der kalten Zeit gut beißt."
    )
    lines = [
        "Bielersee-Winterhechte | petri-heil.ch | Dein Schweizer Fischereimagazin",
        "Bielersee-Winterhechte",
        "Newsletter",
        "Login",
        "26 | 01 | 2022 Schweiz | Praxis | Video",
        "Bielersee-Winterhechte",
        body,
    ]
    idx, _ = headline_candidates(lines, 6, content_words(body))
    assert 5 in idx and 1 not in idx and 2 not in idx


def test_a_title_part_printed_as_the_logo_gives_way_to_the_other_part_below_it() -> None:
    from newsprism.extract.text import _below_logo

    lines = [
        "Sound Politics: Fight! Fight! Fight!",
        "Sound Politics",
        "Sound Commentary on Current Events in Seattle, Puget Sound and Washington State",
        "December 29, 2007",
        "Fight! Fight! Fight!",
        "So, uh, heard about any upcoming elections of import?",
        "The post-Christmas dash to the finish line for the Presidential nominations is on, with abandon.",
    ]
    assert _below_logo(lines, 5, 1, "Sound Politics") == (4, "Fight! Fight! Fight!")
    # the headline part is the one picked: nothing changes
    assert _below_logo(lines, 5, 4, "Fight! Fight! Fight!") == (4, "Fight! Fight! Fight!")
    # a title line of three parts ("Headline | Section | Site") is left to the ranker
    lines[0] = "Sound Politics | Blogs | Fight! Fight! Fight!"
    assert _below_logo(lines, 5, 1, "Sound Politics") == (1, "Sound Politics")


def test_a_line_printing_the_title_lines_headline_beats_a_kicker_above_it() -> None:
    from newsprism.extract.text import HEADLINE_FEATURES, pick_headline

    feats = np.zeros((3, len(HEADLINE_FEATURES)))
    feats[0, HEADLINE_FEATURES.index("first_line")] = 1.0  # the page's title line
    feats[2, HEADLINE_FEATURES.index("title_main")] = 1.0  # "Andy Murray crashes out", printed as is
    assert pick_headline(feats, np.array([6.7, 8.4, 5.0])) == 2  # not the kicker "Andy Murray" (row 1)
    assert pick_headline(feats, np.array([9.0, 8.4, 5.0])) == 0  # the title line itself stays
    feats[2, HEADLINE_FEATURES.index("title_main")] = 0.0
    assert pick_headline(feats, np.array([6.7, 8.4, 5.0])) == 1  # no such line: the ranker's pick


def test_a_kicker_glued_before_the_title_lines_headline_goes() -> None:
    from newsprism.extract.text import _unglued

    title = "Manuela Reimann: Hochzeitsüberraschung in Bayern! | Wunderweib"
    headline = "Manuela Reimann: Hochzeitsüberraschung in Bayern!"
    assert _unglued(title, "Wow, wow, wow! " + headline) == headline
    assert _unglued(title, headline) == headline
    # the title line holds the kicker: the page's line stays whole
    assert _unglued("NFL Preview - Seattle At Green Bay - Site", "NFL Preview - Seattle At Green Bay") == (
        "NFL Preview - Seattle At Green Bay"
    )
    # a line that goes on past a shortened title headline is the fuller headline
    fuller = "How to Care for Hydrangeas to Get the Most Beautiful Blooms"
    assert _unglued("How to Care for Hydrangeas | Real Simple", fuller) == fuller


def test_a_browser_or_javascript_notice_is_no_headline_and_no_text() -> None:
    from newsprism.extract.text import _browser_notice

    assert _browser_notice("Dein Browser ist leider veraltet.")
    assert _browser_notice("We have detected that you currently have Javascript disabled.")
    assert not _browser_notice(
        "Opera wants the Commission to strip Explorer out of Windows or carry alternative browsers."
    )
    assert not _browser_notice(
        "The European Union executive said Microsoft unfairly tied its Web browser to Windows."
    )
    content = "\n".join(
        [
            "Wie man eine runde Tischdecke in nur 7 Schritten herstellt | homify",
            "Dein Browser ist leider veraltet.",
            "Lade für ein besseres Erlebnis einen neueren Browser kostenfrei herunter. Klicke dafür einfach auf das Symbol!",
            "Räume",
            "Experten",
        ]
    )
    article = read_text(Document(id="x", source="x", kind="text", content=content))
    assert (
        article.title == "Wie man eine runde Tischdecke in nur 7 Schritten herstellt" and article.text == ""
    )


def test_the_list_under_a_closing_lead_in_is_kept() -> None:
    from newsprism.extract.text import _extend_lead_in_list

    def kept(items: list[str]) -> list[int]:
        texts = [
            "The combine gives coaches a final chance to evaluate talent before the draft, officials said.",
            "Below is the list of players who have been invited to the combine:",
            *items,
            "Advertisement",
        ]
        mask = np.array([True, True] + [False] * (len(items) + 1))
        _extend_lead_in_list(texts, mask, set())
        return np.flatnonzero(mask).tolist()

    players = [
        "Brian Edwards (Wake Forest University)",
        "Matt Allen (Creighton University)",
        "* Sean Franklin (Cal State)",
    ]
    assert kept(players) == [0, 1, 2, 3, 4]
    # a list of dated links ("Nr. 34 vom 08. November 2021") is no article's list, nor is one item
    assert kept(["Nr. 34 vom 08. November 2021", "Nr. 32 vom 05. November 2021"]) == [0, 1]
    assert kept(players[:1]) == [0, 1]


def test_a_call_for_readers_accounts_closing_the_article_goes() -> None:
    from newsprism.extract.text import _drop_closing_credit

    texts = [
        "At least 40 people were killed when a building collapsed near Mumbai, officials said on Friday.",
        "Rescue workers were still searching the rubble for survivors late into the night, police said.",
        "Are you in Thane? Are you affected by the issues in this story? Send us your experiences using the form below.",
        "If you are happy to be contacted by a BBC journalist please leave a telephone number.",
    ]
    mask = np.ones(4, bool)
    _drop_closing_credit(texts, mask)
    assert mask.tolist() == [True, True, False, False]


def test_a_video_players_notice_leaves_the_body() -> None:
    from newsprism.extract.text import _drop_embed_furniture

    texts = [
        "This video is playable across all supported devices.",
        "IRS official Lois Lerner declined to answer questions from the House committee on Wednesday.",
        "This video is unavailable in the format required for your device/os.",
    ]
    mask = np.ones(3, bool)
    _drop_embed_furniture(texts, mask)
    assert mask.tolist() == [False, True, False]


def test_a_line_printing_most_of_the_title_line_beats_a_shorter_pick() -> None:
    from newsprism.extract.text import HEADLINE_FEATURES, pick_headline, title_spans

    lines = [
        "Weinlachgummi´s Naschtüte: [Rezi] Love is War - Sehnsucht von R. K. Lilley",
        "[Rezi] Love is War - Sehnsucht von R. K. Lilley",
        "Reihe: Love is War",
    ]
    feats = np.zeros((3, len(HEADLINE_FEATURES)))
    feats[0, HEADLINE_FEATURES.index("first_line")] = 1.0
    feats[1, HEADLINE_FEATURES.index("in_title")] = 1.0
    spans = title_spans(lines, [0, 1, 2], feats)
    assert spans.tolist() == [False, True, False]
    assert pick_headline(feats, np.array([4.2, 3.9, 6.0]), spans) == 1
    assert pick_headline(feats, np.array([4.2, 3.9, 6.0])) == 2  # without spans: the ranker's pick


def test_a_site_name_from_the_title_line_opening_the_body_leaves_it() -> None:
    from newsprism.extract.text import _drop_site_line

    blog, post = "FKK – Foto, Kunst & Kapriolen", "Schöne Pferde auf Warschauer Hinterhöfen"
    prose = "Fred Hüning, Fotograf & Tagedieb, sitzt in einer einsamen Blog-Hütte und schreibt für sein Blog-Buch."
    # the blog's name opens the body under the post's headline; not when it is the headline picked
    for headline, kept in ((post, [3]), (blog, [2, 3])):
        mask = np.array([False, False, True, True])
        _drop_site_line([f"{blog} » {post}", post, blog, prose], mask, 2, headline)
        assert np.flatnonzero(mask).tolist() == kept


_MENU = "\n".join(
    ["Home", "Business & Finance", "News", "U.S.", "Politics", "International", "Technology"]
    + ["Entertainment", "Sports", "Lifestyle", "Environment", "Health", "Science", "Video"]
    + ["Pictures", "Blogs", "RSS", "Mobile", "Podcasts", "Newsletters"]
)


def test_a_whole_release_on_one_line_is_kept_when_the_model_keeps_nothing() -> None:
    # the line model weighs a line against its page: one 1,700-character line of prose among menus,
    # ending in the wire's "Copyright ... 2008", kept nothing (l3s's Logitech release)
    sentence = (
        "The company said on Monday that its new remote control, number {}, would be sold in the "
        "United States and in Europe from February, and that it expected it to do well with families."
    )
    body = " ".join(sentence.format(i) for i in range(8))
    body += " Contact Jane Doe, +1 510-555-0100 jane@example.com Copyright Business Wire 2008"
    page = (
        f"Acme Unveils New Remote | Newswire\n\n{_MENU}\n\nAcme Unveils New Remote\n\n"
        f"Sat Jan 5, 2008 7:05pm EST\nEmail | Print | Share\n\n{body}\n\n"
        f"© Newswire 2008 All rights reserved\n\n{_MENU}\n"
    )
    article = read_text(Document(id="r", source="r", kind="text", content=page))
    assert article.text.startswith("The company said on Monday")
    assert "Newsletters" not in article.text and "All rights reserved" not in article.text
    # a page of menus alone still gives no text
    menus = read_text(Document(id="m", source="m", kind="text", content=f"Acme\n\n{_MENU}\n"))
    assert not menus.text
