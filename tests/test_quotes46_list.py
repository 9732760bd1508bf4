"""quotes46: the brief's list (session 32): a surname written alone before a relative's full name,
"U.S." as no given name, a firm named with "&"."""

from newsprism.analyse.quotes import find_quotes


def _said(text: str) -> list[tuple[str, str | None]]:
    return [(q.quote[:20], q.speaker) for q in find_quotes(text, "x", None)]


# copy-000886-298649 (bpoil_foxnews/2126), a timeline in its words: "President Obama" is written long
# before "first lady Michelle Obama", so "Obama holds ... he declares" is no woman's name for "he" to
# pass by (was 'U.S. Capitol', read as a person whose given name is "U.S.")
_TIMELINE = (
    "At the White House : President Obama applauded the headway the crews made . "
    "Hayward repeatedly sparked criticism from the Gulf to the U.S. Capitol for missteps . "
    "He and first lady Michelle Obama were holding a congressional picnic . "
    "Attorney General Eric Holder and U.S. attorneys will meet with state attorneys general . "
    "At the White House : Obama holds a major press conference in which he declares the federal "
    'government is " in charge " and pledges to stop the leak . '
    "At the White House : Obama travels to the Gulf coast to survey the damage . He calls the spill a "
    '" potentially unprecedented " disaster .'
)


def test_a_surname_alone_before_a_relatives_full_name_is_who_he_means() -> None:
    assert _said(_TIMELINE) == [("in charge", "Obama"), ("potentially unpreced", "Obama")]


# the guard: a surname alone after the full name is that person, and "he" passes her by (no man
# named here)
_AFTER_FULL = (
    "Michelle Obama visited the school on Monday . Obama toured the classrooms and he called the "
    'visit " a joy " .'
)


def test_a_surname_alone_after_the_full_name_is_that_person() -> None:
    assert _said(_AFTER_FULL) == [("a joy", None)]


# bpoil_washingtonpost/1951, in its words: the subject run was cut at the firm's "&" (was 'Standard')
_RATING = (
    "On Friday , Standard & Poor 's affirmed BP 's credit rating but revised its outlook to \" Negative \" "
    'from " Stable . "'
)


def test_a_firm_named_with_an_ampersand_is_the_subject_whole() -> None:
    assert [s for _, s in _said(_RATING)][0] == "Standard & Poor"


# bpoil_reuters/970, in its words (was None: the run cut at its "&", 'S', is no subject)
_OUTLOOK = (
    "S&P cut its outlook for Anadarko Petroleum Corp , which has a 25 percent stake in the ill-fated well , "
    'to stable from positive , saying it is " potentially liable for significant costs . "'
)


def test_a_firm_written_as_one_run_with_its_ampersand_still_speaks() -> None:
    assert _said(_OUTLOOK) == [("potentially liable f", "S&P")]
