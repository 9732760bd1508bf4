"""analyse.entities is a package of stage modules: each imports only the modules before it in the
order its docstring gives (no cycles), and the package shows find_mentions and merge_entities."""

import ast
from pathlib import Path

import newsprism.analyse.entities as entities

ORDER = [
    "vocabulary",
    "names",
    "tokens",
    "roles",
    "types",
    "context",
    "coreference",
    "departments",
    "mentions",
    "merge",
]
FOLDER = Path(entities.__file__).parent


def test_each_module_imports_only_the_modules_before_it() -> None:
    assert sorted(p.stem for p in FOLDER.glob("*.py")) == sorted([*ORDER, "__init__"])
    for i, name in enumerate(ORDER):
        tree = ast.parse((FOLDER / f"{name}.py").read_text(encoding="utf-8"))
        relative = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.level}
        assert relative <= set(ORDER[:i]), (name, relative - set(ORDER[:i]))
    assert all(name in (entities.__doc__ or "") for name in ORDER)


def test_the_package_shows_its_two_functions() -> None:
    assert entities.__all__ == ["find_mentions", "merge_entities"]
    assert entities.find_mentions.__module__ == "newsprism.analyse.entities.mentions"
    assert entities.merge_entities.__module__ == "newsprism.analyse.entities.merge"
