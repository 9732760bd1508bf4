"""Which dev HTML pages a change to extract.dates moves: every page's answer, dumped and compared.

    .venv/bin/python bench/dates_html_changes.py dump OUT.json        # dates/htmldate + extraction/*/html (947 pages)
    .venv/bin/python bench/dates_html_changes.py compare A.json B.json [--context]

`dump` writes html_publication_date(page) of each page, by path. `compare` prints the dates/htmldate
F1 (with true positives, false positives and misses) of each dump, then each page whose day differs
(with the gold day where the set has one); with --context, the visible dates of the two days in each
moved page with the text around them, to be read by hand (l3s_gn1 and cleanportaleval have no gold
date). Run `dump` from a worktree of the commit before (PYTHONPATH=<tree>/src) and from this one.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from newsprism.extract import dates as nd

_SPACES = re.compile(r"\s+")
SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def pages() -> list[Path]:
    return sorted((SHARED / "dates" / "htmldate" / "html").glob("*.html")) + sorted(
        SHARED.glob("extraction/*/html/*.html")
    )


def read(path: Path | str) -> str:
    return Path(path).read_bytes().decode("utf-8", errors="replace")


def dump(out: Path) -> None:
    answers = {str(p): nd.html_publication_date(read(p)) for p in pages()}
    out.write_text(json.dumps(answers), encoding="utf-8")


def gold() -> dict[str, str | None]:
    lines = (SHARED / "dates" / "htmldate" / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return {r["id"]: r["published"] for r in map(json.loads, lines)}


def score(answers: dict[str, list[str | None]], days: dict[str, str | None]) -> tuple[float, int, int, int]:
    tp = fp = fn = 0
    for path, (day, _) in answers.items():
        if "/dates/htmldate/" not in path:
            continue
        truth = days[Path(path).stem]
        if day is None:
            fn += truth is not None
        elif day == truth:
            tp += 1
        else:
            fp += 1
    return 2 * tp / max(1, 2 * tp + fp + fn), tp, fp, fn


def visible_text(html: str) -> str:
    """The visible text page_date_evidence reads (captured from its parse_date_text call)."""
    seen: list[str] = []
    original = nd.parse_date_text

    def capture(text: str, **kwargs: object) -> list[tuple[str, int]]:
        if len(text) > 200:
            seen.append(text)
        return original(text, **kwargs)  # type: ignore[arg-type]

    nd.parse_date_text = capture  # type: ignore[assignment]
    try:
        tree = nd._parse(html)
        if tree is not None:
            nd.page_date_evidence(tree)
    finally:
        nd.parse_date_text = original  # type: ignore[assignment]
    return seen[-1] if seen else ""


def compare(a_path: Path, b_path: Path, context: bool) -> None:
    a, b = json.loads(a_path.read_text()), json.loads(b_path.read_text())
    days = gold()
    print("dates/htmldate F1, TP, FP, FN:", score(a, days), "->", score(b, days))
    for path in a:
        if a[path][0] == b.get(path, [None])[0]:
            continue
        print(
            Path(path).parts[-3],
            Path(path).stem[:12],
            a[path],
            "->",
            b.get(path),
            "gold",
            days.get(Path(path).stem, "-"),
        )
        if context:
            text = visible_text(read(path))
            for day, offset in nd.parse_date_text(text):
                if day in (a[path][0], b[path][0]):
                    around = _SPACES.sub(" ", text[max(0, offset - 70) : offset + 40])
                    print(f"    {day} {offset} | {around}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("dump").add_argument("out", type=Path)
    cmp = sub.add_parser("compare")
    cmp.add_argument("a", type=Path)
    cmp.add_argument("b", type=Path)
    cmp.add_argument("--context", action="store_true")
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.out)
    else:
        compare(args.a, args.b, args.context)


if __name__ == "__main__":
    main()
