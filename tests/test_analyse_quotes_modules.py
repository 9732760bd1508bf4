"""analyse.quotes is a package of stage modules: each imports only the modules after it in the
order its docstring gives (find, speakers, people, cues, names, marks, statements, lexicon,
patterns; no cycles, apart from imports for type checking only), and the package shows
find_quotes, group_statements and same_statement."""

import ast
from pathlib import Path

import newsprism.analyse.quotes as quotes

# the order in which a module may import the ones before it (the docstring's order reversed)
ORDER = ["patterns", "lexicon", "statements", "marks", "names", "cues", "people", "speakers", "find"]
FOLDER = Path(quotes.__file__).parent


def _relative_imports(tree: ast.Module) -> set[str]:
    """The modules of the package a module imports at run time (not under `if TYPE_CHECKING:`)."""
    checking = {
        id(n)
        for block in ast.walk(tree)
        if isinstance(block, ast.If) and isinstance(block.test, ast.Name) and block.test.id == "TYPE_CHECKING"
        for n in ast.walk(block)
    }
    return {
        n.module or ""
        for n in ast.walk(tree)
        if isinstance(n, ast.ImportFrom) and n.level and id(n) not in checking
    }


def test_each_module_imports_only_the_modules_before_it() -> None:
    assert sorted(p.stem for p in FOLDER.glob("*.py")) == sorted([*ORDER, "__init__"])
    for i, name in enumerate(ORDER):
        relative = _relative_imports(ast.parse((FOLDER / f"{name}.py").read_text(encoding="utf-8")))
        assert relative <= set(ORDER[:i]), (name, relative - set(ORDER[:i]))
    assert ", ".join(reversed(ORDER)) in " ".join((quotes.__doc__ or "").split())


def test_type_checking_imports_are_skipped_and_no_others() -> None:
    tree = ast.parse(
        "from typing import TYPE_CHECKING\nfrom .marks import a\nif TYPE_CHECKING:\n    from .people import P\n"
        "def f():\n    from .find import g\n"
    )
    assert _relative_imports(tree) == {"marks", "find"}


def test_the_package_shows_its_functions() -> None:
    assert quotes.__all__ == sorted(quotes.__all__)
    assert {"find_quotes", "group_statements", "same_statement"} <= set(quotes.__all__)
    assert quotes.find_quotes.__module__ == "newsprism.analyse.quotes.find"
    assert quotes.group_statements.__module__ == "newsprism.analyse.quotes.statements"
