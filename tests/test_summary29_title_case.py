"""summary29 (item 1, summary28's title_case_names.diff): a whole sentence with no word in lower case
but a name's little words ("of", "and", "the" ...) is a name, a headline, a list of names or a
copyright line, never news (heap-10000 and NeuS dev: 80 such sentences, all read, all junk)."""

from __future__ import annotations

import pytest

from newsprism.records import Article
from newsprism.summarise import summarise
from newsprism.summarise.candidates import _is_junk


@pytest.mark.parametrize(
    "text",
    [
        "Likewise, the Hillary Clinton Email Scandal.",  # NeuS train-437
        "Content and Programming Copyright 2010 Fox News Network , Inc. .",  # bpoil_foxnews/1833
        "BP CEO Reveals Plan B and Beyond for Gulf Oil Spill Disaster",  # bpoil_foxnews/1637, a headline
        "John H. Beisner and Ivan A. Schlager , Skadden , Arps , Slate , Meagher & Flom",  # names
    ],
)
def test_a_sentence_of_capitals_and_a_names_little_words_is_junk(text: str) -> None:
    assert _is_junk(text)


@pytest.mark.parametrize(
    "text",
    [
        "The two Skadden partners will be representing drilling rig owner Transocean in front of Congress .",
        "Hayward says the dome was n't as successful as they 'd hoped .",
    ],
)
def test_a_sentence_with_a_word_in_lower_case_stays(text: str) -> None:
    assert not _is_junk(text)


def test_a_summary_leaves_out_a_list_of_names() -> None:
    sentences = [
        "Two partners of a Washington law firm will represent Transocean , the rig's owner , before Congress .",
        "John H. Beisner and Ivan A. Schlager , Skadden , Arps , Slate , Meagher & Flom",
        "The firm has advised drilling companies on liability cases for more than a decade .",
    ]
    article = Article(id="bpoil_washingtonpost/831", source="test", title="Lawyers", text=" ".join(sentences))
    texts = [s.text for s in summarise([article], words=60)]
    assert texts and all("Meagher" not in t for t in texts)
