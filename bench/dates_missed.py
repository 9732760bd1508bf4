"""The text dumps the text reader leaves undated though the same page's HTML gives a day, each
sorted by why, so that a session can see which are worth a rule.

Sets: extraction l3s_gn1/text and cleanportaleval/text, the reference day being the HTML chooser's
on the page's HTML (bench/dates_text.py's reference: not gold). Each dump is extracted with its URL
and container date taken away, as dates_text.py does. Classes:

  - "no date": textdate.find_dates reads no full date in the whole dump; the dump's lines that look
    like a date in a form no reader takes (a two-digit year "01/13/08", a day without its year
    "Tuesday, January 08", a both-ways hyphen date "01-08-2008") are printed under it, so a "format not read" shows itself
  - "read, refused": find_dates reads dates but the reader takes none as the page's (a comment's
    "Posted By: x | December 13 2007", a past day in the story, a both-ways "11/01/2008"); "html day
    among them" says whether the HTML's day is one of them

    .venv/bin/python bench/dates_missed.py [--sets l3s_gn1,cleanportaleval]
"""

from __future__ import annotations

import argparse
import dataclasses
import re
from collections import Counter

from dates_text import DATA, html_reference
from newsprism.extract import extract
from newsprism.extract.textdate import find_dates, other_reading
from newsprism.ingest.sources import read_documents

# a date in a form find_dates does not read: a slash or dot date with a two-digit year, a month's
# name and day with no year after them, a hyphen date that reads both ways ("01-08-2008": find_dates
# leaves it, a page in Poland writes "02-11-2023" for 2 November)
_UNREAD_DATE = re.compile(
    r"(?<![\d/.])[0-3]?\d[/.][0-3]?\d[/.]\d\d(?![\d/.])"
    r"|(?<![\d-])[01]\d-[01]\d-(?:19|20)\d\d(?!\d)"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? [0-3]?\d\b(?!,? (?:19|20)\d\d)"
)
# the dated lines printed under each dump (enough to see the class; the first ones are the top's)
SHOWN = 6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="l3s_gn1,cleanportaleval")
    args = parser.parse_args()
    classes: Counter[str] = Counter()
    for name in args.sets.split(","):
        folder = DATA / "extraction" / name
        reference = html_reference(folder)
        for doc in read_documents([folder / "text"]):
            day = reference.get(doc.id)
            article = extract(dataclasses.replace(doc, published=None, url=None))
            if day is None or (article is not None and article.published is not None):
                continue
            lines = doc.content.splitlines()
            read = [
                (i, found.date.isoformat(), other_reading(found) is not None, line.strip())
                for i, line in enumerate(lines)
                for found in find_dates(line)
            ]
            if read:
                among = any(found == day for _, found, _, _ in read)
                kind = f"read, refused (html day {'among them' if among else 'not read'})"
                shown = [
                    f"{i}: {found}{' both ways' if both else ''}  {line[:90]}"
                    for i, found, both, line in read
                ]
            else:
                kind = "no date"
                shown = [
                    f"{i}: unread form  {line.strip()[:90]}"
                    for i, line in enumerate(lines)
                    if _UNREAD_DATE.search(line)
                ]
            classes[kind] += 1
            print(f"{name} {doc.id[:8]} html {day} lines {len(lines)}: {kind}")
            for row in shown[:SHOWN]:
                print("    " + row)
    print()
    for kind, count in classes.most_common():
        print(f"{count:4}  {kind}")


if __name__ == "__main__":
    main()
