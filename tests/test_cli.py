"""The `newsprism` command as a user runs it."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from newsprism.cli import app

runner = CliRunner()


def test_missing_path_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["digest", str(tmp_path / "nope"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "does not exist" in result.output
    assert not (tmp_path / "out" / "articles.jsonl").exists()


def test_digest_seeds_writes_every_output(shared: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, ["digest", str(shared / "seeds"), "-o", str(out), "-j", "1", "-q"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    kept = {r["id"] for r in rows if r["dropped"] is None}
    assert {p.stem for p in (shared / "seeds").glob("*.txt")} <= kept
    assert (out / "briefing.html").stat().st_size > 0 and (out / "briefing.md").stat().st_size > 0


def test_parallel_and_serial_agree(shared: Path, tmp_path: Path) -> None:
    for jobs in ("1", "2"):
        runner.invoke(app, ["digest", str(shared / "seeds"), "-o", str(tmp_path / jobs), "-j", jobs, "-q"])
    serial = (tmp_path / "1" / "articles.jsonl").read_text(encoding="utf-8")
    parallel = (tmp_path / "2" / "articles.jsonl").read_text(encoding="utf-8")
    assert serial == parallel and serial


def test_python_dash_m_runs_the_same_command() -> None:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "newsprism", "timeline", "--help"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "--group-by" in done.stdout and "Usage: newsprism timeline" in done.stdout


def test_an_unreadable_published_value_is_reported_and_the_page_date_used(tmp_path: Path) -> None:
    records = [
        {
            "id": "bad-day",
            "published": "2024-13-45",
            "text": "Mayor Jane Porter said on April 2, 2024 that the "
            "council would vote on the budget. The plan would fund three new schools across the district.",
        },
        {
            "id": "good",
            "published": "2024-04-02",
            "text": "The city council voted on Tuesday to approve the new "
            "budget. Mayor Jane Porter said the plan would fund three new schools across the district.",
        },
    ]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["digest", str(tmp_path / "in.jsonl"), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    warned = [line for line in result.output.splitlines() if "'published'" in line]
    assert len(warned) == 1 and "in.jsonl#line 1" in warned[0] and "'2024-13-45'" in warned[0]
    rows = {
        r["id"]: r for r in map(json.loads, (out / "articles.jsonl").read_text(encoding="utf-8").splitlines())
    }
    assert rows["bad-day"]["dropped"] is None and rows["good"]["published"] == "2024-04-02"
