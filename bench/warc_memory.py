"""Memory and speed of `newsprism digest` on one big WARC: does ingest really stream?

    .venv/bin/python bench/warc_memory.py [--size-mb 1024] [--jobs N] [--gzip] [--ingest-only]

Writes, into a temporary folder and deterministically (fixed dates and record ids), a WARC of about
--size-mb MB from the dev HTML pages in shared/data/extraction/*/html, repeated with varied target
URIs, each response preceded by its request record (which ingest skips). Then runs, each in its own
process so each has its own peak RSS (from os.wait4, which covers the process and its workers):
  1. ingest alone: iterate `read_documents` over the WARC, keeping nothing;
  2. the full `newsprism digest WARC -o OUT -q -j N`.
Prints documents, seconds, documents/s and peak RSS for each. Flat peak RSS as --size-mb grows is
what streaming means; time is whatever the extraction of the day costs.
"""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ROOT = Path(__file__).resolve().parents[1]

INGEST_ONLY = """
import sys
from newsprism.ingest import read_documents
n = errors = 0
for doc in read_documents([sys.argv[1]]):
    n += 1
    errors += doc.error is not None
print(n, errors)
"""


def write_warc(path: Path, pages: list[Path], size_bytes: int, *, gzip: bool) -> tuple[int, int]:
    """Repeat the pages into a WARC of at least size_bytes; returns (responses, bytes written)."""
    bodies = [(p.parent.parent.name, p.stem, p.read_bytes()) for p in pages]
    written = responses = 0
    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=gzip)
        while written < size_bytes:
            site, stem, body = bodies[responses % len(bodies)]
            uri = f"https://{site}.bench.example/{responses // len(bodies):05d}/{stem}.html"
            fixed = {"WARC-Date": "2024-04-25T08:00:00Z"}
            request = StatusAndHeaders(
                "GET / HTTP/1.1", [("Host", f"{site}.bench.example")], is_http_request=True
            )
            fixed["WARC-Record-ID"] = f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'req ' + uri)}>"
            writer.write_record(
                writer.create_warc_record(uri, "request", http_headers=request, warc_headers_dict=dict(fixed))
            )
            fixed["WARC-Record-ID"] = f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, uri)}>"
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    uri,
                    "response",
                    payload=io.BytesIO(body),
                    length=len(body),  # known length: warcio does not spool the page to a temp file
                    http_headers=http,
                    warc_headers_dict=fixed,
                )
            )
            responses += 1
            written = f.tell()
    return responses, written


def run_measured(cmd: list[str]) -> tuple[str, float, int]:
    """(stdout, seconds, peak RSS in MB of the process and the workers it waited for)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    assert proc.stdout is not None and proc.stderr is not None
    out = proc.stdout.read().decode()
    err = proc.stderr.read().decode()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - start
    if proc.returncode:
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err[-3000:]}")
    return out, seconds, usage.ru_maxrss // 1024  # ru_maxrss is in KB on Linux


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--size-mb", type=int, default=1024, help="WARC size to generate, in MB (default 1024)"
    )
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="digest worker processes")
    parser.add_argument("--gzip", action="store_true", help="write .warc.gz (size counts compressed bytes)")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--ingest-only", action="store_true", help="skip the full digest (step 2)")
    args = parser.parse_args()

    pages = sorted((args.shared / "data" / "extraction").glob("*/html/*.html"))
    if not pages:
        sys.exit(f"no dev pages under {args.shared}/data/extraction/*/html")
    with tempfile.TemporaryDirectory(prefix="newsprism-warc-bench-") as tmp:
        warc = Path(tmp) / ("bench.warc.gz" if args.gzip else "bench.warc")
        start = time.perf_counter()
        responses, size = write_warc(warc, pages, args.size_mb * 1_000_000, gzip=args.gzip)
        print(
            f"wrote {warc.name}: {size / 1e6:.0f} MB, {responses} HTML responses from {len(pages)} dev pages "
            f"({time.perf_counter() - start:.1f} s)"
        )

        out, seconds, rss = run_measured([sys.executable, "-c", INGEST_ONLY, str(warc)])
        docs, errors = map(int, out.split())
        print(
            f"ingest only : {docs} documents ({errors} with error), {seconds:.1f} s, "
            f"{docs / seconds:.0f} docs/s, peak RSS {rss} MB"
        )

        if args.ingest_only:
            return
        outdir = Path(tmp) / "out"
        cmd = [
            sys.executable,
            "-m",
            "newsprism.cli",
            "digest",
            str(warc),
            "-o",
            str(outdir),
            "-q",
            "-j",
            str(args.jobs),
        ]
        _, seconds, rss = run_measured(cmd)
        with (outdir / "articles.jsonl").open("rb") as f:
            lines = sum(1 for _ in f)
        print(
            f"digest -j {args.jobs:<2}: {lines} documents, {seconds:.1f} s, {lines / seconds:.1f} docs/s, "
            f"peak RSS {rss} MB (largest single process)"
        )


if __name__ == "__main__":
    main()
