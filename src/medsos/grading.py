"""What a report holds about a class: each submission, its tasks' results, the exercises.

Shared by :mod:`medsos.report` (which runs the notebooks) and :mod:`medsos.reportpages` (which
writes the pages), so that neither imports the other.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from medsos import i18n

STATUSES = ("correct", "wrong", "unanswered")


@dataclass
class TaskResult:
    """What the check said about one task of one submission."""

    task: str
    status: str
    message: str = ""
    hint: str | None = None


@dataclass
class Submission:
    """One file of the folder and, once run, its results."""

    path: Path
    relative: str
    student: str = ""
    lesson: int | None = None
    language: str = ""
    graded: bool = False
    remarks: list[str] = field(default_factory=list)
    results: dict[str, TaskResult] = field(default_factory=dict)
    notebook: Any = None  # the parsed notebook, until it has run

    @property
    def correct(self) -> int:
        return sum(r.status == "correct" for r in self.results.values())


@dataclass(frozen=True)
class Exercise:
    """A lesson's exercise notebook as the course ships it: the tasks and their answer names."""

    lesson: int
    stem: str  # "01-real-cases-exercises"
    answers: dict[str, str | None]  # task id -> the variable its answer cell assigns


@contextmanager
def speaking(lang: str) -> Iterator[None]:
    """Say everything inside the block in ``lang``, then go back to the language before."""
    before = i18n.language()
    i18n.set_language(lang if lang in i18n.SUPPORTED else before)
    try:
        yield
    finally:
        i18n.set_language(before)
