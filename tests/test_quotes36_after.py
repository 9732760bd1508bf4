"""quotes36: the speaker right after a quote. A name, then an apposition in commas that holds commas of
its own, then the verb (`,” Matt Bennett, a spokesman for Third Way, a left-leaning research group,
said`: cues._NAME_COMMA_WHO, now with an apposition as well as a "who" clause); words in lower case
alone before a person's full name (`," defensive end Vonnie Holliday said`, `," an unusually stoic
Sam Mitchell told`: cues._cue_after_role, no role word needed). Excerpts of the dev texts in their
words, where named; the rest made up."""

from __future__ import annotations

from newsprism.analyse.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "x", None)]


def test_an_apposition_with_commas_of_its_own() -> None:
    # BASIL 526cabb7_1 (was 'Rahm Emanuel' twice)
    text = (
        "Rahm Emanuel said the White House would press on.\n\n"
        "“The assault-weapons ban is a low priority relative to the other measures the Biden task force is "
        "considering,” Matt Bennett, a spokesman for Third Way, a left-leaning research group, said after "
        "hearing from Mr. Biden last week. “Political capital in the gun debate only goes so far.”"
    )
    assert _speakers(text)[-2:] == ["Matt Bennett", "Matt Bennett"]


def test_an_apposition_with_a_place_in_commas() -> None:
    # bpoil_reuters/970 (was None)
    text = (
        "The closed area represents almost 4.5 percent of Gulf of Mexico federal waters . "
        '" This oil spill was the last thing we needed , " Lance Nacio , a shrimper with Anna Marie '
        "Seafood in Dulac , Louisiana , said on a call with reporters ."
    )
    assert _speakers(text) == ["Lance Nacio"]


def test_an_apposition_is_no_clause_with_a_stop() -> None:
    # made up: control, a stop inside ends the clause: no speaker from it (as before)
    text = '"We are done," John Smith, the mayor. The council, a body of nine, said so.'
    assert _speakers(text) == [None]


def test_words_in_lower_case_before_a_full_name() -> None:
    # l3s_gn1 1f1352a1 (was 'Bill Parcells'), l3s_gn1 f3114a41 (was None), bpoil_bbc/1372 (was
    # 'Sylvia Lange')
    text = (
        "Parcells, the only man who has coached four NFL franchises to the playoffs, observed quietly.\n\n"
        '"I think the air in the practice field ... got a little thin," defensive end Vonnie Holliday said. '
        '"There was a little whisper here and there."'
    )
    assert _speakers(text) == ["Vonnie Holliday", "Vonnie Holliday"]
    text = '"We talked about it," an unusually stoic Sam Mitchell told reporters.'
    assert _speakers(text) == ["Sam Mitchell"]
    text = (
        "Sylvia Lange runs the hotel . "
        '" My heart goes out to those people in the Gulf , " fisherman Leroy Gilkinson said over a morning '
        "coffee ."
    )
    assert _speakers(text) == ["Leroy Gilkinson"]


def test_a_conjunction_before_a_name_opens_another_clause() -> None:
    # ECB+ 3_4ecb, control (None, as before): `," though Judge James Bodiford said`
    text = (
        'The jurors asked for the tape , " every word of it , " though Judge James Bodiford said jurors could '
        "rehear just the portion played for them at trial ."
    )
    assert _speakers(text) == [None]


def test_an_apposition_before_the_verb_whose_closing_comma_is_left_out() -> None:
    # H1N1_bbc/1193 (was 'University of Nottingham'), neus train-2402-2 (was 'Trump 2020 campaign')
    text = (
        "Professor Jonathan Ball , an expert in molecular virology at the University of Nottingham said : "
        '" This is a virus that spreads easily . "'
    )
    assert _speakers(text) == ["Jonathan Ball"]
    text = (
        "Jason Miller, a long-time adviser and spokesperson for Trump's 2020 campaign told Howard Kurtz "
        'on Fox\'s "MediaBuzz" that Trump will be "returning to social media in probably about two or three '
        'months."'
    )
    assert _speakers(text)[-1] == "Jason Miller"


def test_a_place_before_an_apposition_is_no_speaker() -> None:
    # made up: control (as before), a place before the comma is no person the apposition describes
    text = 'At Grand Isle , a local fisherman , Bill Smith , said : " It is bad . "'
    assert _speakers(text) == ["Bill Smith"]


def test_a_sentence_after_the_quote_whose_verb_reports_a_clause_of_its_own() -> None:
    # bpoil_reuters/31 (was 'Barack Obama')
    text = (
        "Coast Guard Adm. Thad Allen spoke on Monday . "
        '" We \'re dealing with an aggregation of hundreds of thousands of patches of oil , " Allen said , '
        "stressing the broad dispersal of the oil . "
        '" Dealing with the oil spill on the surface is going to go on for a couple of months " once the '
        'well is plugged , Allen said . " Long-term issues of restoring the environment will be years . " '
        "Obama said after meeting with Cabinet officials at the White House that the government would "
        "stay ."
    )
    assert _speakers(text)[-1] == "Thad Allen"


def test_a_research_fellow_named_after_the_institute() -> None:
    # cleanportaleval tv_msnbc_com_news_18 (was 'Cato Institute')
    text = (
        "Cato Institute research fellow Julian Sanchez, an expert in privacy issues, believes the secret "
        "interpretation “probably involves some form of cell phone tracking.”"
    )
    assert _speakers(text) == ["Julian Sanchez"]


def test_an_apposition_before_the_verb_with_an_age_and_commas_of_its_own() -> None:
    # bpoil_guardian/1988 (was 'Exxon Valdez'), bpoil_reuters/465 (was 'New Jersey')
    text = (
        "Greenpeace sent Rick Steiner to the coast . Steiner , 57 , a marine biologist from the University of "
        "Alaska and a veteran of America 's last oil spill disaster , the Exxon Valdez , says he is in the "
        'Gulf of Mexico " to bear witness " , and for days he has been out .'
    )
    assert _speakers(text) == ["Rick Steiner"]
    text = (
        "Stephen Lubben , a professor at Seton Hall University School of Law in Newark , New Jersey said he "
        "did n't think BP would seek bankruptcy unless \" we 're still talking about this in 2011 . \""
    )
    assert _speakers(text) == ["Stephen Lubben"]


def test_a_role_s_holder_named_where_the_role_s_phrase_ends() -> None:
    # cleanportaleval bbc_co_uk_news_10 (was 'chairman of Kazakhstan', then None)
    text = (
        '"Taking into account that the plant will be operating under IAEA control, there are no risks," says '
        "the chairman of Kazakhstan's atomic energy committee Temir Zhantikin."
    )
    assert _speakers(text) == ["Temir Zhantikin"]


def test_a_role_of_a_place_with_no_name_after_it_is_no_one() -> None:
    # made up: control, no holder named (None, as c9e5b80 made it)
    text = '"We will rebuild," said the mayor of New Orleans.'
    assert _speakers(text) == [None]
