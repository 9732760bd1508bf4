"""quotes/lexicon.py's given-name lists, read from analyse/data/female_names.txt and male_names.txt:
the files' shape (a name the lookups can match), and where the lists reach."""

from importlib import resources

import pytest

from newsprism.analyse.quotes import lexicon


def _lines(path: str) -> list[str]:
    text = resources.files("newsprism.analyse").joinpath(path).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


@pytest.mark.parametrize("path", [lexicon.FEMALE_NAMES_FILE, lexicon.MALE_NAMES_FILE])
def test_a_names_file_holds_one_lower_case_word_a_line_once(path: str) -> None:
    # the lookups fold a name's first word to lower case: "Mary" or "mary ann" would never match
    names = _lines(path)
    assert names
    assert all(name.isalpha() and name.islower() for name in names)
    assert len(set(names)) == len(names)


def test_the_gender_lists_are_the_files_and_share_no_name() -> None:
    assert frozenset(_lines(lexicon.FEMALE_NAMES_FILE)) == lexicon._FEMALE_NAMES
    assert frozenset(_lines(lexicon.MALE_NAMES_FILE)) == lexicon._MALE_NAMES
    # a name in both would tell no gender (_People.gender_of gives None)
    assert not lexicon._FEMALE_NAMES & lexicon._MALE_NAMES
    assert {"mary", "hillary", "yingluck"} <= lexicon._FEMALE_NAMES
    assert {"john", "joe", "xi"} <= lexicon._MALE_NAMES
    # the first words of names that men's names share are left out (the file's header)
    assert not {"park", "sheikh", "aung", "tsai"} & lexicon._FIRST_NAMES


def test_given_names_are_the_census_list_and_both_gender_lists() -> None:
    census = frozenset(_lines(lexicon.GIVEN_NAMES_FILE))
    assert lexicon._given_names() == census | lexicon._FIRST_NAMES
    # in the gender lists only: news names the census list lacks, and words it leaves out
    assert {"yingluck", "xi", "virginia"} <= lexicon._given_names() - census
