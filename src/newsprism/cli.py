"""The `newsprism` command: a thin skin over newsprism.pipeline."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from newsprism.errors import InputNotFound
from newsprism.records import Article

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)
err = Console(stderr=True, soft_wrap=True)


@app.callback()
def main() -> None:
    """newsprism: turn a heap of scraped news pages into clean articles and briefings."""


@app.command("digest")
def digest_cmd(
    inputs: Annotated[
        list[Path], typer.Argument(help="files or folders of .txt/.html/.jsonl/.warc/.xml pages")
    ],
    output: Annotated[
        Path, typer.Option("-o", "--output", help="folder to write articles.jsonl and the briefing")
    ],
    jobs: Annotated[int, typer.Option("-j", "--jobs", help="worker processes (0 = one per core)")] = 0,
    quiet: Annotated[
        bool, typer.Option("-q", "--quiet", help="no progress bar or per-document warnings")
    ] = False,
) -> None:
    """Read news pages, extract clean articles and write OUTPUT/articles.jsonl and briefing.{html,md}."""
    from newsprism.pipeline import digest

    workers = jobs if jobs > 0 else (os.cpu_count() or 1)
    progress = Progress(
        SpinnerColumn(),
        TextColumn("[bold]{task.description}[/]"),
        BarColumn(bar_width=None),
        TextColumn("{task.completed} documents"),
        TextColumn("[dim]{task.fields[dropped]} dropped"),
        TimeElapsedColumn(),
        console=err,
        disable=quiet,
        transient=True,
    )
    task = progress.add_task("reading", total=None, dropped=0)
    dropped = 0

    def on_article(art: Article) -> None:
        nonlocal dropped
        if art.dropped:
            dropped += 1
            if not quiet:
                progress.console.print(
                    f"[yellow]warning[/]: {art.source}: dropped: {art.dropped}", markup=True, highlight=False
                )
        progress.update(task, advance=1, dropped=dropped)

    try:
        with progress:
            result = digest(
                inputs,
                output,
                jobs=workers,
                on_article=on_article,
                on_stage=lambda stage: progress.update(task, description=stage),
            )
    except InputNotFound as e:
        err.print(f"[red]error[/]: {e}", highlight=False)
        raise typer.Exit(2) from None
    err.print(
        f"{result.documents} documents: {result.kept} articles kept, {result.dropped} dropped -> "
        f"{result.outdir}/articles.jsonl, briefing.html, briefing.md",
        highlight=False,
    )


if __name__ == "__main__":
    app()
