"""The briefing's size and its citation marks, rendered again from one digest's saved state.

    python bench/briefing_cites.py dump INPUT... --state STATE.pkl [-j N]   # digest once, keep write_briefing's inputs
    python bench/briefing_cites.py render STATE.pkl OUTDIR                  # briefing.{html,md} from them; figures

`render` prints each file's size, the html's citation links (and their bytes), its source entries
against the articles the page numbers (every numbered article must keep its entry: none lost),
and the exact copies among them. A change to output/ is measured on the same state, so two
renders differ only by the code that renders (robust24: a citation mark per exact copy).
"""

from __future__ import annotations

import argparse
import pickle
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def dump(inputs: list[Path], state: Path, jobs: int) -> None:
    import newsprism.pipeline as pipeline

    real = pipeline.write_briefing

    def keep(*args: Any, **kwargs: Any) -> None:
        with state.open("wb") as f:
            pickle.dump((args, kwargs), f, protocol=pickle.HIGHEST_PROTOCOL)
        real(*args, **kwargs)

    pipeline.write_briefing = keep  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as out:
        pipeline.digest(inputs, Path(out), jobs=jobs)
    print(f"{state}: {state.stat().st_size:,} bytes")


def render(state: Path, outdir: Path) -> None:
    from newsprism.output.briefing import write_briefing

    with state.open("rb") as f:
        args, kwargs = pickle.load(f)
    outdir.mkdir(parents=True, exist_ok=True)
    args = (*args[:3], outdir)
    start = time.process_time()
    write_briefing(*args, **kwargs)
    cpu = time.process_time() - start
    page = (outdir / "briefing.html").read_text(encoding="utf-8")
    links = re.findall(r'<a class="cite"[^>]*>[^<]*</a>', page)
    entries = re.findall(r'<li id="a(\d+)"', page)
    numbered = {int(n) for n in re.findall(r'href="#a(\d+)"', page)}
    print(
        f"briefing.html {len(page.encode()):,} bytes; briefing.md {(outdir / 'briefing.md').stat().st_size:,} bytes"
    )
    print(f"citation links {len(links):,} ({sum(len(x.encode()) for x in links):,} bytes)")
    print(
        f"source entries {len(entries):,} ({len(set(entries)):,} distinct); numbers linked {len(numbered):,}, "
        f"all with an entry: {numbered <= {int(n) for n in entries}}"
    )
    print(f"'The same text as' {page.count('The same text as'):,}; render CPU {cpu:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="what", required=True)
    d = sub.add_parser("dump")
    d.add_argument("inputs", nargs="+", type=Path)
    d.add_argument("--state", type=Path, required=True)
    d.add_argument("-j", type=int, default=2)
    r = sub.add_parser("render")
    r.add_argument("state", type=Path)
    r.add_argument("outdir", type=Path)
    a = parser.parse_args()
    if a.what == "dump":
        dump(a.inputs, a.state, a.j)
    else:
        render(a.state, a.outdir)


if __name__ == "__main__":
    sys.exit(main())
