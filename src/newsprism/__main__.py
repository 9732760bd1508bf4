"""`python -m newsprism ...`: the same commands as the `newsprism` script."""

from newsprism.cli import app

app(prog_name="newsprism")
