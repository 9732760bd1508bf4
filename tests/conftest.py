"""Shared test fixtures: where the shared data lives (../shared beside the checkout)."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSPRISM_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared (seeds, dev data, scorers); tests that need it skip where it is absent."""
    if not (SHARED / "seeds").is_dir():
        pytest.skip(f"shared data not found at {SHARED} (set NEWSPRISM_SHARED)")
    return SHARED


@pytest.fixture(scope="session")
def scorer(shared: Path) -> ModuleType:
    """shared/eval/score.py loaded as a module, for quality floors scored as the judges score."""
    spec = importlib.util.spec_from_file_location("shared_score", shared / "eval" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
