"""What an analyst trips on in briefing.md, counted: re-render a digest folder's briefing (as
bench/briefing.py does) and count, per event section,

- quotes: events whose first quote is unattributed while another has a speaker; events whose
  first quote is cited by fewer articles than another of theirs
- speakers: shown quotes whose speaker is not a name of the event's People / Organisations lists
- headlines: source lines and article headings that show the article's id for a headline
- claims: claim lists not in most-corroborated-first order (briefing.html's order)
- outlets: event lines that name some outlets and say nothing of articles of unknown outlet

    .venv/bin/python bench/briefing_reader.py out/basil out/ecbplus
    PYTHONPATH=<old tree>/src .venv/bin/python bench/briefing_reader.py out/basil   # before

The counts read briefing.md's text, so they measure the renderer that writes it.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from briefing import load  # noqa: E402
from newsprism.output.briefing import write_briefing  # noqa: E402

_CITES = re.compile(r"((?:\[\d+\])+)\s*$")
_QUOTE = re.compile(r"^> “.*” — (.+?)(?:, [^\[]*)? ((?:\[\d+\])+)$")


def _n_cites(line: str) -> int:
    m = _CITES.search(line)
    return m.group(1).count("[") if m else 0


def count(md: str) -> Counter[str]:
    c: Counter[str] = Counter()
    head = md.split("\n## Articles\n", 1)[0]
    for section in head.split("\n### ")[1:]:
        c["events"] += 1
        lines = section.split("\n")
        meta = lines[2] if len(lines) > 2 else ""
        parts = meta.strip("*").split(" · ")
        names = set()
        for line in lines:
            if line.startswith(("**People:**", "**Organisations:**")):
                body = line.split(":** ", 1)[1]
                names |= {re.sub(r" (\(.*\) )?(\[\d+\])+$", "", x).strip() for x in body.split("; ")}
        quotes = [m for line in lines if (m := _QUOTE.match(line))]
        if quotes:
            c["events with quotes"] += 1
            speakers = [m.group(1) for m in quotes]
            if speakers[0] == "unattributed" and any(s != "unattributed" for s in speakers):
                c["first quote unattributed, another attributed"] += 1
            if quotes[0].group(2).count("[") < max(q.group(2).count("[") for q in quotes):
                c["first quote less reported than another"] += 1
            for s in speakers:
                c["quotes shown"] += 1
                if s != "unattributed" and s not in names:
                    c["quote speaker not a listed name"] += 1
        # claim lists: most corroborated first
        label = None
        seen: list[int] = []
        for line in lines + ["**"]:
            if line.startswith("**"):
                if seen:
                    c["claim lists"] += 1
                    c["claim lists out of order"] += seen != sorted(seen, reverse=True)
                label, seen = line, []
            elif label in ("**Corroborated:**", "**Single source:**") and line.startswith("- "):
                seen.append(_n_cites(line))
        unknown = any(line.startswith("- [") and " · unknown outlet · " in line for line in lines)
        if len(parts) >= 3 and parts[1] != "outlets unknown" and unknown:
            c["event lines naming outlets, with articles of unknown outlet"] += 1
            c["  of them saying so"] += "of unknown outlet" in parts[1]
        for line in lines:
            m = re.match(r"- \[\d+\] (.*?) · .* · id (\S+)", line)
            if m:
                c["source lines"] += 1
                c["source lines headed by the id"] += m.group(1) == m.group(2)
    return c


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdirs", type=Path, nargs="+", help="`newsprism digest` output folders")
    args = parser.parse_args()
    for outdir in args.outdirs:
        articles, stories, dropped, duplicate_of = load(outdir)
        with tempfile.TemporaryDirectory() as scratch:
            write_briefing(articles, stories, dropped, Path(scratch), duplicate_of=duplicate_of)
            md = (Path(scratch) / "briefing.md").read_text(encoding="utf-8")
        figures = count(md)
        print(f"## {outdir}")
        for key, n in figures.items():
            print(f"{key}: {n}")


if __name__ == "__main__":
    main()
