"""Robustness audit 5: a user's worst folder through `newsprism digest`, every input accounted for.

    .venv/bin/python bench/pathological_inputs2.py DIR            # make DIR/worst, digest it, check
    .venv/bin/python bench/pathological_inputs2.py DIR --sizes 50 100 200   # + one-line texts of N MB

Makes a folder of nasty inputs (link loops, a dangling link, a named pipe, an empty file, NUL
bytes, binary, UTF-16 with and without BOM, Latin-1, Shift-JIS, truncated .gz/.jsonl.gz/.warc.gz,
1 MB of nested <div>, JSON records of wrong field types, repeated and missing ids, file names with
a newline and with non-UTF-8 bytes, a gold.jsonl), runs the digest on it and prints, per input
file, how articles.jsonl accounts for it (kept / dropped and why / MISSING), the exit status, CPU
time and peak memory. With --sizes, also the digest of one one-line text of each size (growth).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

NEWSPRISM = [sys.executable, "-m", "newsprism"]
SENTENCE = "The council voted on Tuesday to approve the new budget, officials said in a statement. "


def make_worst(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    w = folder.joinpath
    w("good.txt").write_text("Officials said on Monday that the bridge would reopen. " * 3, encoding="utf-8")
    for name, target in (
        ("loop1.txt", "loop2.txt"),
        ("loop2.txt", "loop1.txt"),
        ("broken.txt", "nowhere.txt"),
    ):
        if not w(name).is_symlink():
            w(name).symlink_to(target)
    if not w("fifo.txt").exists():
        os.mkfifo(w("fifo.txt"))
    w("empty.txt").write_bytes(b"")
    w("nul.txt").write_bytes(b"Hello\0world, this has NUL bytes in the middle of the text.\0\0")
    w("binary.txt").write_bytes(bytes(range(256)) * 100)
    w("u16bom.txt").write_bytes(SENTENCE.encode("utf-16"))
    w("u16nobom.txt").write_bytes(SENTENCE.encode("utf-16-le"))
    w("latin1.txt").write_bytes(
        "Le ministre a déclaré mardi que la réforme serait adoptée.".encode("latin-1")
    )
    w("sjis.txt").write_bytes("東京都は火曜日、新しい予算案を承認したと発表した。".encode("shift_jis"))
    z = gzip.compress(SENTENCE.encode() * 50)
    w("trunc.txt.gz").write_bytes(z[: len(z) // 2])
    w("trunc.jsonl.gz").write_bytes(gzip.compress(b'{"id": "z", "text": "words"}\n' * 100)[:60])
    warc = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 500\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<p>x</p>"
    w("trunc.warc.gz").write_bytes(gzip.compress(warc)[:70])
    w("divs.html").write_text(
        "<html><body>" + "<div>" * 100_000 + f"<p>{SENTENCE}</p>" + "</div>" * 100_000 + "</body></html>",
        encoding="utf-8",
    )
    records: list[object] = [
        {"id": "r1", "text": ["a", "list"], "title": "text as a list"},
        {"id": "r2", "text": SENTENCE, "published": 1700000000},
        {"id": "r2", "text": SENTENCE + "Again."},
        {"text": "No id here; the spokesman said so on Wednesday."},
        {"id": 5, "text": "numeric id", "title": ["t"]},
        {"id": "r6", "text": None},
        {"id": "r7", "text": {"nested": "dict"}},
        {"id": "r8", "text": "ok", "published": "not a date", "authors": "Jane Doe"},
        [1, 2, 3],
        42,
        None,
    ]
    w("weird.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in records) + "{broken\n\n", encoding="utf-8"
    )
    w("name\nwith newline.txt").write_text(SENTENCE, encoding="utf-8")
    with open(os.fsencode(folder) + b"/bad\xff\xfename.txt", "w", encoding="utf-8") as f:
        f.write(SENTENCE)
    w("gold.jsonl").write_text(json.dumps({"event": "e1", "article_ids": ["a"]}) + "\n", encoding="utf-8")


def digest(inputs: list[Path], out: Path) -> tuple[int, float, int, str]:
    """(exit status, CPU seconds of the command and its workers, peak RSS in MB, stderr)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    run = subprocess.run(
        [*NEWSPRISM, "digest", *map(str, inputs), "-o", str(out), "-j", "1", "-q"],
        capture_output=True,
        timeout=1800,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return run.returncode, cpu, after.ru_maxrss // 1024, run.stderr.decode("utf-8", "replace")


def account(folder: Path, out: Path) -> None:
    rows = [json.loads(line) for line in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    for entry in sorted(os.listdir(os.fsencode(folder))):
        name = os.fsdecode(entry)
        source = str(folder / name).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        mine = [r for r in rows if r["source"] == source or r["source"].startswith(source + "#")]
        if not mine:
            print(f"  {name!r}: MISSING (no line in articles.jsonl)")
            continue
        kept = sum(r["dropped"] is None for r in mine)
        reasons = sorted({r["dropped"] for r in mine if r["dropped"]})
        print(f"  {name!r}: {len(mine)} lines, {kept} kept" + (f"; dropped: {reasons}" if reasons else ""))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir", type=Path)
    ap.add_argument("--sizes", type=int, nargs="*", default=[], help="one-line texts of these MB")
    args = ap.parse_args()
    worst = args.dir / "worst"
    make_worst(worst)
    t = time.time()
    rc, cpu, mb, err = digest([worst], args.dir / "worst.out")
    print(f"worst folder: exit {rc}, {cpu:.1f} s CPU, {time.time() - t:.1f} s wall, peak {mb} MB")
    if rc == 0:
        account(worst, args.dir / "worst.out")
    else:
        print(err[-2000:])
    for size in args.sizes:
        path = args.dir / f"line_{size}mb.txt"
        if not path.exists():
            with path.open("w", encoding="utf-8") as f:
                for _ in range(size * 1_000_000 // len(SENTENCE)):
                    f.write(SENTENCE)
        rc, cpu, mb, err = digest([path], args.dir / f"line_{size}mb.out")
        print(f"one line of {size} MB: exit {rc}, {cpu:.1f} s CPU, peak {mb} MB; {err.strip()[-200:]}")


if __name__ == "__main__":
    main()
