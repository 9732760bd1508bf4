"""What a reader of a digest's briefing.md and briefing.html meets (briefing23): figures of the
presentation problems found by reading heap-10000's briefing, to compare two output folders.

    python bench/briefing_reader23.py OUTDIR [OUTDIR ...]

Per folder: the size of both files; briefing.md's lines above its articles' texts longer than 1,000
characters (and the longest); story timelines shown (and those of a one-event story, which repeat
its event's); story headings repeated as their only event's heading; headings with a lone comma
("call , the"); and briefing.html's tags left open or closed out of order and its [n] links that
point to no anchor of the page.
"""

from __future__ import annotations

import re
import sys
from html.parser import HTMLParser
from pathlib import Path

VOID = {"meta", "br", "img", "hr", "input", "link", "wbr"}


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.ids: set[str] = set()
        self.hrefs: list[str] = []
        self.broken = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(str(a["id"]))
        if tag == "a" and (a.get("href") or "").startswith("#"):
            self.hrefs.append(str(a["href"])[1:])
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()
            return
        self.broken += 1
        if tag in self.stack:
            del self.stack[len(self.stack) - 1 - self.stack[::-1].index(tag) :]


def measure(out: Path) -> dict[str, int]:
    md = (out / "briefing.md").read_text(encoding="utf-8")
    page = (out / "briefing.html").read_text(encoding="utf-8")
    head = md.split("\n## Articles\n", 1)[0]
    lines = head.split("\n")
    long = [len(line) for line in lines if len(line) > 1000]
    stories = re.split(r"^## (?!Contents$)", head, flags=re.M)[1:]
    one_event_tl = sum(1 for s in stories if " · 1 event · " in s[:400] and "**Story timeline**" in s)
    repeated = sum(1 for s in stories if re.match(r"(.*)\n\n\*[^\n]*\*\n\n### \1\n", s))
    parsed = _Page()
    parsed.feed(page)
    parsed.close()
    return {
        "md bytes": len(md.encode()),
        "html bytes": len(page.encode()),
        "md lines > 1000 chars (before the texts)": len(long),
        "longest such line": max(long, default=0),
        "story timelines shown": head.count("**Story timeline**"),
        "of a one-event story": one_event_tl,
        "story heading repeated as its event's": repeated,
        "headings with a lone comma": len(re.findall(r"^#{2,3} [^\n]* , ", head, flags=re.M))
        + len(re.findall(r"^- [^\n]* , [^\n]*\(\d", head.split("\n## ", 2)[1], flags=re.M)),
        "html tags broken or left open": parsed.broken + len(parsed.stack),
        "html [n] links": len(parsed.hrefs),
        "html links to no anchor": sum(1 for h in parsed.hrefs if h not in parsed.ids),
    }


def main() -> None:
    rows = {Path(a).name or a: measure(Path(a)) for a in sys.argv[1:]}
    keys = next(iter(rows.values())).keys() if rows else ()
    width = max(map(len, keys), default=0)
    print(" " * width, *(f"{name:>12}" for name in rows))
    for k in keys:
        print(f"{k:<{width}}", *(f"{r[k]:>12}" for r in rows.values()))


if __name__ == "__main__":
    main()
