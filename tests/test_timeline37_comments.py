"""A blog's comment thread is readers' talk: the days its comments name are no happenings of the set
(timeline READERS_COMMENTS). The post and comment are cut from T17 H1N1_bbc/372's."""

from __future__ import annotations

from newsprism.timeline import _read

POST = (
    "Although it 's not been officially confirmed , it 's understood that the first person with H1N1 swine "
    "flu to die in the UK was a woman who died on 14 June in a Glasgow hospital ."
)
COMMENT = (
    "At 09:12 am on 17 Jun 2009 , worriedmum wrote : I saw my GP on 16 June to talk things over with him ."
)


def test_a_readers_comment_names_no_day() -> None:
    named = {n.date for n in _read(f"{POST} {COMMENT}", "2009-06-17").named}
    assert "2009-06-14" in named
    assert "2009-06-16" not in named


def test_a_post_without_comments_names_its_days() -> None:
    text = f"{POST} The woman was seen by her GP on 16 June , her family said ."
    assert {"2009-06-14", "2009-06-16"} <= {n.date for n in _read(text, "2009-06-17").named}
