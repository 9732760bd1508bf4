"""review30: robust26 3ebb2d1 reads the pages a mirror saved under their address's name, but takes
what follows any last dot for the name's extension, so a slug with a dot in it ("u.s.-troops-leave-
iraq", "dr.-smith-resigns") is passed over in silence, and the endings news sites' own servers use
(the BBC's "7138432.stm", Escenic's "article123.ece", the Times of India's "12345.cms") are not
among _PAGE_ENDINGS. Made-up mirror."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.ingest import read_documents

BODY = (
    "A powerful storm hit the northern coast on Monday, cutting power to thousands of homes. Officials "
    "said the storm brought winds of over 100 kilometres per hour."
)


def _page(title: str) -> str:
    return f"<!DOCTYPE html><html><head><title>{title}</title></head><body><h1>{title}</h1><p>{BODY}</p></body></html>"


@pytest.mark.parametrize(
    "name",
    [
        "news/2008/u.s.-troops-leave-iraq",  # a slug with a dot in it (wget -r without -E)
        "2/hi/americas/7138432.stm",  # the BBC's
        "news/article123.ece",  # Escenic's (The Times, The Independent)
        "articleshow/12345.cms",  # the Times of India's
    ],
)
def test_a_mirrors_page_with_a_dot_in_its_name_is_read(tmp_path: Path, name: str) -> None:
    page = tmp_path / "site" / name
    page.parent.mkdir(parents=True)
    page.write_text(_page("Storm hits coast"), encoding="utf-8")
    docs = list(read_documents([tmp_path / "site"]))
    assert [(d.source, d.kind, d.error) for d in docs] == [(str(page), "html", None)]


def test_a_file_whose_extension_says_another_format_is_still_passed_over(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "notes.md").write_text("# notes\n")
    (site / "photo.jpeg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)))
    (site / "README").write_text("This mirror was made with wget.\n")
    assert list(read_documents([site])) == []
