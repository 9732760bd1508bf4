"""PLACEHOLDER: language identification. detect_language(text) -> ISO 639-1 code or None."""

from __future__ import annotations


def detect_language(text: str) -> str | None:
    return "en" if text.strip() else None
