"""Turn a Document into a clean Article: main text without page furniture, plus metadata.

    extract(doc) -> Article
      1. a document ingest could not read       -> dropped with ingest's reason
      2. HTML                                   -> extract.html
      3. plain text already clean (an export's article body, one-paragraph pages)
                                                -> extract.prose, kept whole
      4. plain text (scraper dumps, wire briefs) -> extract.text
      5. nothing left that reads as an article  -> dropped ("no article text found"); when what
         the page shows is mostly in another script than Latin letters, the reason names its
         language and says to translate the page (`unread_reason`); a text of one word ("fine")
         is none either ("no article text found: the text is one word ('fine')")

Any document in, an Article out: even a bug in a library we build on drops only the page that
triggered it (reason "internal error ..."), never the run.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from newsprism.errors import UnreadableDocument
from newsprism.extract.prose import is_clean_body, read_clean_text
from newsprism.records import Article, Document, dropped_article

__all__ = ["extract", "unread_reason"]

log = logging.getLogger(__name__)


def extract(doc: Document) -> Article:
    """The clean article of one document; the input record's other fields ride along in `extra`,
    and what ingest and reading set aside in `notes` (ingest's first)."""
    article = _read(doc)
    if doc.extra:
        article = replace(article, extra=dict(doc.extra))
    if doc.corrections:  # an earlier run's notes first (a re-run on its articles.jsonl), none twice
        article = replace(article, corrections=tuple(dict.fromkeys((*doc.corrections, *article.corrections))))
    return replace(article, notes=(*doc.notes, *article.notes)) if doc.notes else article


def _read(doc: Document) -> Article:
    if doc.error:
        return dropped_article(doc, doc.error)
    try:
        if doc.kind == "html":
            from newsprism.extract.html import read_html

            article = read_html(doc)
        elif is_clean_body(doc.content, from_record=doc.from_record):
            article = read_clean_text(doc)
        else:
            from newsprism.extract.text import read_text

            article = read_text(doc)  # a wire brief too: read_text reads all of it (prose.brief_start)
    except UnreadableDocument as e:
        return dropped_article(doc, str(e))
    except Exception as e:  # noqa: BLE001 - one page must not cost the user the whole run
        log.warning("%s: extraction failed: %r", doc.source, e)
        return dropped_article(
            doc, f"internal error while extracting ({type(e).__name__}: {e}); please report it"
        )
    if article.dropped is None and not article.text.strip():
        # keep what was found (headline, date, outlet): dropped means "not used", not "forgotten"
        language = _shown_language(doc)
        if language in (None, "en"):
            return replace(article, text="", dropped="no article text found on the page")
        return replace(article, text="", language=language, dropped=unread_reason(language))
    if article.dropped is None and (word := _one_word(article.text)):
        return replace(article, text="", dropped=f"no article text found: the text is one word ({word!r})")
    return article


# the longest one-word text dropped: a word, not a text written without spaces (Chinese, Japanese)
ONE_WORD_MAX_CHARS = 30


def _one_word(text: str) -> str | None:
    """The text when it is one word ("fine", "test", "TBD"), else None. A record whose text is a
    word is no article: a sentence has a subject and a verb, and the shortest article of the dev
    sets and heap-10000 (16,201 documents) is a one-sentence brief of 7 words ("The parliament
    election is over in Turkmenistan."). A run of letters in a script written without spaces is
    no word (a Chinese paragraph is one "word" to str.split): only a short one in Latin letters."""
    word = text.strip()
    if not word or len(word) > ONE_WORD_MAX_CHARS or any(c.isspace() for c in word):
        return None
    return word if all(_is_latin(c) for c in word if c.isalpha()) else None


def unread_reason(language: str) -> str:
    """The dropped reason of a page in `language`, one not written in Latin letters, where no
    article text was found.

    newsprism reads news in English: its body rules count words, English function words and
    capitals, so a short page in another script reads as furniture, and one written without spaces
    between words (Chinese, Japanese) as a few giant "words" (robust19: two Japanese sentences,
    their title decoded right, were "no article text found on the page"). The user is told what
    the page is and what to do, not that it is empty. A page in Latin letters (German, Spanish) is
    not told so: newsprism finds the articles of those pages (135 German pages of dates/htmldate
    are read), and the two German pages it drops there are a shop's and a list of teasers.
    """
    return (
        f"no article text found: the page is in {_language_name(language)} ({language}), which "
        "newsprism does not read (it is made for news in English); translate the page into English "
        "to use it"
    )


def _language_name(code: str) -> str:
    import pycountry

    found = pycountry.languages.get(alpha_2=code)
    # ISO 639's "Modern Greek (1453-)", "Malay (macrolanguage)": the name without its qualifier
    return re.sub(r"\s*\(.*\)$", "", found.name) if found is not None else code


def _shown_language(doc: Document) -> str | None:
    """The language of the text a page shows (every visible block of an HTML page, the whole of a
    text), for a page whose article text was not found, when most of its letters are not Latin;
    else None (English, a language in Latin letters, or one that cannot be told)."""
    if not isinstance(doc.content, str):
        return None
    shown = doc.content
    if doc.kind == "html":
        from newsprism.extract.html_blocks import page_blocks, parse_page

        tree = parse_page(doc.content)
        shown = "\n".join(block.text for block in page_blocks(tree)) if tree is not None else ""
    from newsprism.extract.language import PREFIX_CHARS, detect_language

    letters = [c for c in shown[: PREFIX_CHARS * 2] if c.isalpha()]
    if sum(map(_is_latin, letters)) * 2 >= len(letters):
        return None
    return detect_language(shown)


def _is_latin(letter: str) -> bool:
    """Basic Latin to Latin Extended-B, IPA and Latin Extended Additional (Vietnamese)."""
    code = ord(letter)
    return code < 0x2B0 or 0x1E00 <= code < 0x1F00
