"""Shared test set-up: where things are, and the course's language for each test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LANGS = ("id", "en")

# Fixture notebooks are inputs to build tests, not lessons: nbval must not collect them.
collect_ignore_glob = ["fixtures/*", "fixtures/**/*"]

os.environ.setdefault("MPLBACKEND", "Agg")


def lesson_notebooks(kind: str = "notebooks") -> list[Path]:
    """Every notebook of ``notebooks/`` or ``exercises/``, both languages, sorted."""
    return sorted((ROOT / kind).glob("*/*.ipynb"))


@pytest.fixture(autouse=True)
def _language_reset():
    """Each test starts in Indonesian (the course's default) and leaves no language behind."""
    from medsos import i18n

    i18n.set_language("id")
    yield
    i18n.set_language("id")


@pytest.fixture
def english():
    from medsos import i18n

    i18n.set_language("en")
    yield
    i18n.set_language("id")
