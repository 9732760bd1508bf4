"""A headline or caption the splitter gives alone (no mark at its end) is no summary and not the
article's lead: the first sentence after it takes position 0 (FIRST_SENTENCE_BONUS, LEAD_SENTENCES).
The text's last sentence keeps its place even without a mark: a teaser cut off mid-sentence is often
the one sentence that tells its day. T17 and heap-10000 texts."""

from __future__ import annotations

from newsprism.analyse.sentences import split_sentences
from newsprism.timeline import _read

# T17 bpoil_bbc (a headline run before the lead)
SKIMMER = (
    "Giant skimmer ' A Whale ' tested at BP oil spill site\n\n"
    "The world 's largest oil skimmer is being tested in the Gulf of Mexico on Saturday . "
    "Officials said the tests would go on for two days ."
)


def test_a_headline_is_no_summary_nor_the_lead() -> None:
    assert split_sentences(SKIMMER)[0].text == "Giant skimmer ' A Whale ' tested at BP oil spill site"
    sentences = _read(SKIMMER, "2010-07-03").sentences
    assert sentences[0].stamped and sentences[0].text == "" and sentences[0].position == -1
    assert sentences[1].position == 0 and sentences[1].text.startswith("The world 's largest")


def test_a_teaser_cut_off_at_its_end_keeps_its_sentence() -> None:
    # heap-10000: a teaser whose text stops in the middle of its only sentence
    text = (
        "A declassified version of a U.S. intelligence report expected to be released on Thursday finds "
        "that Saudi Crown Prince Mohammed bin Salman approved the 2018 killing of journalist Jamal "
        "Khashoggi, four"
    )
    (sentence,) = _read(text, "2021-02-25").sentences
    assert sentence.position == 0 and sentence.text.startswith("A declassified version")
