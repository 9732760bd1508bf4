"""briefing.md and briefing.html: what a reader opens.

For now the briefing lists the kept articles (headline, date, outlet, authors, clean text) and
counts the dropped ones with their reasons. Both files are written in one streaming pass over the
article records, so a huge corpus never sits in memory. Every piece of article text is escaped:
a page can contain `<script>`, and the HTML must open safely from disk with no network.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

__all__ = ["write_briefing"]

CSS = """
body{font:16px/1.55 Georgia,'Times New Roman',serif;max-width:48rem;margin:2rem auto;padding:0 1rem;
color:#1d1d1f;background:#fdfcf9}
h1{font:600 1.9rem/1.2 system-ui,sans-serif;margin-bottom:.2rem}
.sub{color:#666;font:.9rem system-ui,sans-serif;margin-bottom:2rem}
article{border-top:1px solid #ddd;padding:1rem 0}
article h2{font:600 1.25rem/1.3 system-ui,sans-serif;margin:.2rem 0}
.meta{color:#555;font:.85rem system-ui,sans-serif}
details summary{cursor:pointer;color:#0b57d0;font:.85rem system-ui,sans-serif;margin:.4rem 0}
.dropped{font:.85rem system-ui,sans-serif;color:#555}
"""


def _meta(rec: dict[str, Any]) -> list[str]:
    parts = [rec.get("published") or "undated", rec.get("outlet") or "unknown outlet"]
    if rec.get("authors"):
        parts.append("by " + ", ".join(rec["authors"]))
    if rec.get("language") and rec["language"] != "en":
        parts.append(f"language: {rec['language']}")
    return parts


def _md_article(out: TextIO, rec: dict[str, Any]) -> None:
    out.write(f"## {rec.get('title') or rec['id']}\n\n")
    out.write(f"*{' · '.join(_meta(rec))}* — `{rec['id']}`\n\n")
    out.write((rec.get("text") or "").strip() + "\n\n")


def _html_article(out: TextIO, rec: dict[str, Any]) -> None:
    e = html.escape
    paras = "".join(f"<p>{e(p)}</p>" for p in (rec.get("text") or "").split("\n") if p.strip())
    out.write(
        f'<article id="a-{e(rec["id"])}"><h2>{e(rec.get("title") or rec["id"])}</h2>'
        f'<div class="meta">{e(" · ".join(_meta(rec)))} · <code>{e(rec["id"])}</code></div>'
        f"<details><summary>Read the article</summary>{paras}</details></article>\n"
    )


def write_briefing(
    records: Iterable[dict[str, Any]], outdir: Path, title: str = "newsprism briefing"
) -> None:
    dropped: Counter[str] = Counter()
    kept = 0
    md_path, html_path = outdir / "briefing.md", outdir / "briefing.html"
    body_path = outdir / ".briefing-body.html.part"
    with md_path.open("w", encoding="utf-8") as md, body_path.open("w", encoding="utf-8") as body:
        md.write(f"# {title}\n\n")
        for rec in records:
            if rec.get("dropped"):
                dropped[rec["dropped"]] += 1
                continue
            kept += 1
            _md_article(md, rec)
            _html_article(body, rec)
        summary = _summary_line(kept, dropped)
        md.write(f"---\n\n{summary}\n")
        for reason, n in dropped.most_common():
            md.write(f"- {n} × {reason}\n")
    with html_path.open("w", encoding="utf-8") as out, body_path.open(encoding="utf-8") as body:
        e = html.escape
        out.write(
            f'<!doctype html><html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width,initial-scale=1">'
            f"<title>{e(title)}</title><style>{CSS}</style></head><body>"
            f'<h1>{e(title)}</h1><div class="sub">{e(summary)}</div>\n'
        )
        for chunk in iter(lambda: body.read(1 << 20), ""):
            out.write(chunk)
        if dropped:
            items = "".join(f"<li>{n} × {e(reason)}</li>" for reason, n in dropped.most_common())
            out.write(f'<section class="dropped"><h3>Not used</h3><ul>{items}</ul></section>')
        out.write("</body></html>\n")
    body_path.unlink()


def _summary_line(kept: int, dropped: Counter[str]) -> str:
    n_dropped = sum(dropped.values())
    return f"{kept} article{'s' * (kept != 1)} read, {n_dropped} document{'s' * (n_dropped != 1)} not used."
