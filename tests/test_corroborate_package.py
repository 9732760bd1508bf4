"""corroborate as a package of its steps: the names read from it when it was one module, and the
order its modules import each other in (the package's docstring)."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

import newsprism.corroborate as package

# Every name src/, tests/ and bench/ read from newsprism.corroborate when it was corroborate.py, with
# the module of the package that holds it now
HOMES = {
    "words": "_WORD _holds_number_word _stem _word _words",
    "numbers": "_HEDGE_ENDS _HEDGES _NUMBER _cores _inside _number_matches",
    "values": "_DATE _date_matches _values place_names",
    "statements": "NAME_WEIGHT _Statement _statements",
    "align": "ALIGN_COSINE _Shared _similarities",
    "compare": "_facts",
    "__init__": "MAX_ARTICLES MAX_CLAIMS corroborate",
}
# the modules in the order the package's docstring names them: each imports only those before it
ORDER = [
    "words",
    "numbers",
    "values",
    "statements",
    "align",
    "predicates",
    "compare",
    "conflicts",
    "__init__",
]


@pytest.mark.parametrize("module", sorted(HOMES))
def test_names_read_from_the_package_are_the_objects_their_step_holds(module: str) -> None:
    home = importlib.import_module("newsprism.corroborate" + ("" if module == "__init__" else f".{module}"))
    for name in HOMES[module].split():
        assert getattr(package, name) is getattr(home, name), name


def test_the_public_names() -> None:
    assert package.__all__ == ["corroborate", "place_names"]
    assert package.corroborate.__module__ == "newsprism.corroborate"
    assert package.place_names.__module__ == "newsprism.corroborate.values"


def test_each_module_imports_only_the_modules_before_it() -> None:
    folder = Path(package.__file__).parent
    assert sorted(p.stem for p in folder.glob("*.py")) == sorted(ORDER)
    doc = package.__doc__ or ""
    listed = [
        line.split()[0].removesuffix(".py")
        for line in doc.splitlines()
        if line.startswith("    ") and ".py" in line.split()[0]
    ]
    assert listed == ORDER
    for k, module in enumerate(ORDER):
        tree = ast.parse((folder / f"{module}.py").read_text(encoding="utf-8"))
        imported = {
            node.module
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module
        }
        assert imported <= set(ORDER[:k]), (module, imported - set(ORDER[:k]))
