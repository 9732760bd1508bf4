"""summarise as a package of its steps: the names read from it when it was one module, and the
order its modules import each other in (the package's docstring)."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

import newsprism.summarise as package

# Every name src/, tests/ and bench/ read from newsprism.summarise when it was summarise.py, with
# the module of the package that holds it now.
HOMES = {
    "candidates": (
        "_FURNITURE DANGLING_END_CHARS MAX_WORDS MIN_CLAUSE MIN_WORDS _article_candidates _Candidate _clean "
        "_furniture _is_junk _shortened _unquoted _writers_voice"
    ),
    "event": "_Event _article_concepts _article_parts _article_words",
    "groups": "read_groups",
    "headlines": "MIN_HEADLINE_WORDS _strip_outlet headline",
    "quality": "FEATURES QUALITY_WEIGHTS SMALL_CENTRALITY _centrality _concept_weights _quality features",
    "ranking": "CLAIM_WEIGHT INPUT_CAP SUMMARY_FEATURES SUMMARY_WEIGHTS _best_summary _summaries_features summary_features",
    "references": "_clipped_sums",
    "selection": "BUDGET_SLACK NOVELTY_POWER OPENINGS REDUNDANT _lead _pool _ranked _reading_order _repeats _select",
    "support": "BLOCK_CELLS SMALL_PRODUCT SUPPORT_OVERLAP _supporters",
    "words": "_MAX_STEMS _STEMS _STOPWORDS _TOKEN _reading _stem _stems _terms _Words",
}
# the modules in the order the package's docstring names them: each imports only those before it
ORDER = [
    "words",
    "candidates",
    "support",
    "quality",
    "references",
    "event",
    "selection",
    "ranking",
    "headlines",
    "groups",
    "__init__",
]


@pytest.mark.parametrize("module", sorted(HOMES))
def test_names_read_from_the_package_are_the_objects_their_step_holds(module: str) -> None:
    home = importlib.import_module(f"newsprism.summarise.{module}")
    for name in HOMES[module].split():
        assert getattr(package, name) is getattr(home, name), name


def test_the_public_names_are_the_functions_not_the_modules() -> None:
    # headline() lives in headlines.py and features() in quality.py: no module shadows them
    assert callable(package.headline) and package.headline.__module__ == "newsprism.summarise.headlines"
    assert callable(package.features) and package.features.__module__ == "newsprism.summarise.quality"
    assert package.__all__ == ["SummaryRun", "headline", "read_groups", "summarise", "write_summaries"]


def _runtime_imports(path: Path) -> set[str]:
    """The package's modules that `path` imports when it runs: at its top or inside a function (a
    local import can hide a cycle), relatively or by the full name; not under `if TYPE_CHECKING:`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"
        for inner in ast.walk(node)
    }
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.ImportFrom):
            if node.level == 1:
                found.update([node.module] if node.module else [a.name for a in node.names])
            elif node.level == 0 and node.module and node.module.startswith(f"{package.__name__}."):
                found.add(node.module.split(".")[2])
            elif node.level == 0 and node.module == package.__name__:
                found.update(a.name for a in node.names if a.name in ORDER)
        elif isinstance(node, ast.Import):
            found.update(
                a.name.split(".")[2] for a in node.names if a.name.startswith(f"{package.__name__}.")
            )
    return found


def test_the_import_reader_sees_local_and_absolute_imports(tmp_path: Path) -> None:
    source = tmp_path / "m.py"
    source.write_text(
        "from typing import TYPE_CHECKING\n"
        "from .words import _terms\n"
        "import newsprism.summarise.support\n"
        "if TYPE_CHECKING:\n"
        "    from .event import _Event\n"
        "def f():\n"
        "    from newsprism.summarise.ranking import _best_summary\n"
        "    from . import selection\n"
        "    from newsprism.summarise import quality\n",
        encoding="utf-8",
    )
    assert _runtime_imports(source) == {"words", "support", "ranking", "selection", "quality"}


def test_each_module_imports_only_the_steps_before_it() -> None:
    folder = Path(package.__file__).parent
    assert sorted(p.stem for p in folder.glob("*.py")) == sorted(ORDER)
    for k, name in enumerate(ORDER):
        assert _runtime_imports(folder / f"{name}.py") <= set(ORDER[:k]), name
