"""Shared test fixtures: where the shared data lives (../shared beside the checkout)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSPRISM_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared (seeds, dev data, scorers); tests that need it skip where it is absent."""
    if not (SHARED / "seeds").is_dir():
        pytest.skip(f"shared data not found at {SHARED} (set NEWSPRISM_SHARED)")
    return SHARED
