"""Both-ways slash dates ("01/08/2008": 1 August or 8 January) by how their digits are written, against
the reading that is right, so that a rule on a date's own digits can be checked
(extract.dates._UNPADDED_MONTH_FIRST).

Where the right reading is known:
  - extraction/l3s_gn1/text: the pages were crawled in December 2007 and January 2008 (the HTML
    reader dates 576 of the 583 pages it dates in 2007-11 .. 2008-01), so of a date's two readings
    the one in November 2007 .. January 2008 is right when the other is not ("?" when both or none)
  - dates/htmldate/html: the reading that is the page's gold day
  - every dev set with a date per document (clustering, timelines) and heap-10000: the reading
    within 3 days of the record's own date (the first 3,000 characters of its text)

Shapes: "first1" a first number of one digit ("1/10/2008"), "first0" one padded with a zero
("01/10/2008"), "first2" one of two digits ("10/01/2008"); the same for the second number. Prints
(set, shape, right reading M = month first / D = day first / ?) with dates and documents.

    .venv/bin/python bench/dates_slash_shapes.py
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterator

from dates_text import DATA, HEAP

_BOTH_WAYS = re.compile(r"(?<![\d/.-])([0-3]?\d)(/|-)([0-3]?\d)\2((?:19|20)\d\d)(?!\d)")
# the months the l3s_gn1 pages were crawled in (their HTML dates, bench/dates_text.py's reference)
L3S_FROM, L3S_TO = dt.date(2007, 11, 1), dt.date(2008, 1, 31)
# how far from a record's own date a reading may be to be its day (a story of the day before, a
# record dated a day or two late)
RECORD_SLACK_DAYS = 3
RECORD_CHARS = 3000


def _digits(number: str) -> str:
    return "1" if len(number) == 1 else "0" if number.startswith("0") else "2"


def _documents() -> Iterator[tuple[str, str, str, dt.date | None]]:
    """(set, id, text, known day or None for l3s_gn1, whose window decides)"""
    for page in sorted((DATA / "extraction" / "l3s_gn1" / "text").iterdir()):
        yield "l3s_gn1", page.stem, page.read_text(encoding="utf-8", errors="replace"), None
    gold_lines = (DATA / "dates" / "htmldate" / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    for record in map(json.loads, gold_lines):
        if record["published"]:
            html = (DATA / "dates" / "htmldate" / "html" / f"{record['id']}.html").read_bytes()
            day = dt.date.fromisoformat(record["published"])
            yield "htmldate", record["id"], html.decode("utf-8", errors="replace"), day
    sources = [DATA / "clustering" / n / "docs.jsonl" for n in ("basil", "allsides", "ecbplus")]
    for path in [*sources, DATA / "timelines" / "t17" / "docs.jsonl", HEAP]:
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record.get("published"):
                day = dt.date.fromisoformat(record["published"][:10])
                yield path.parent.name, record["id"], (record.get("text") or "")[:RECORD_CHARS], day


def main() -> None:
    counts: Counter[tuple[str, str, str]] = Counter()
    documents: defaultdict[tuple[str, str, str], set[str]] = defaultdict(set)
    for name, doc_id, text, day in _documents():
        for m in _BOTH_WAYS.finditer(text):
            first, second, year = int(m[1]), int(m[3]), int(m[4])
            if not (first <= 12 and second <= 12 and first != second):
                continue
            month_first, day_first = dt.date(year, first, second), dt.date(year, second, first)
            if day is None:
                right_m = L3S_FROM <= month_first <= L3S_TO
                right_d = L3S_FROM <= day_first <= L3S_TO
            else:
                right_m = abs((month_first - day).days) <= RECORD_SLACK_DAYS
                right_d = abs((day_first - day).days) <= RECORD_SLACK_DAYS
            right = "M" if right_m and not right_d else "D" if right_d and not right_m else "?"
            key = (name, f"first{_digits(m[1])}-second{_digits(m[3])}", right)
            counts[key] += 1
            documents[key].add(doc_id[:8])
    print(f"{'set':10} {'shape':16} right  dates  docs  (first ids)")
    for key in sorted(counts):
        ids = sorted(documents[key])
        print(f"{key[0]:10} {key[1]:16} {key[2]:5} {counts[key]:6} {len(ids):5}  {' '.join(ids[:8])}")


if __name__ == "__main__":
    main()
