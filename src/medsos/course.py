"""The course map (``course.yml``): which lessons exist, their order, minutes, titles and widget.

Everything that lists lessons reads it from here, so a title or a time estimate is typed once:
the lesson generator (``medsos.lessonkit``) writes it into notebook metadata, title cells, lesson
0's course map and the README's lessons table. The learning objectives sit here too (they are
what the site index shows for each lesson), so a lesson source's front matter is only what
jupytext itself writes.

>>> lessons = load()
>>> lessons[1].notebook
'01-real-cases.ipynb'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("id", "en")


@dataclass(frozen=True)
class Lesson:
    """One entry of the course map."""

    number: int
    slug: str
    minutes: int
    title: dict[str, str]
    objectives: dict[str, list[str]] = field(default_factory=dict)
    widget: str = ""
    exercises: dict | None = field(default=None)

    @property
    def name(self) -> str:
        """``01-real-cases``: the lesson's folder under ``lessons/`` and its notebooks' stem."""
        return f"{self.number:02d}-{self.slug}"

    @property
    def notebook(self) -> str:
        return f"{self.name}.ipynb"

    @property
    def exercise_notebook(self) -> str | None:
        return f"{self.name}-exercises.ipynb" if self.exercises else None


def load(root: Path = ROOT) -> list[Lesson]:
    """The lessons of ``root/course.yml`` in course order (a ``ValueError`` names a bad entry)."""
    data = yaml.safe_load((root / "course.yml").read_text(encoding="utf-8"))
    lessons = []
    for entry in data["lessons"]:
        missing = {"number", "slug", "minutes", "title", "objectives"} - set(entry)
        if missing or set(entry["title"]) != set(LANGS) or set(entry["objectives"]) != set(LANGS):
            raise ValueError(
                f"course.yml: lesson {entry.get('number', '?')} needs {sorted(missing)}"
            )
        lessons.append(Lesson(**entry))
    numbers = [lesson.number for lesson in lessons]
    if numbers != sorted(set(numbers)):
        raise ValueError(f"course.yml: lesson numbers must be unique and in order: {numbers}")
    return lessons


def lesson(number: int, root: Path = ROOT) -> Lesson:
    """The course map's entry for lesson ``number``."""
    for found in load(root):
        if found.number == number:
            return found
    raise KeyError(f"course.yml has no lesson {number}")


def last_number(lessons: list[Lesson]) -> int:
    """M in "Lesson N of M": lesson 0 (start here) comes before lesson 1, so M is the last number."""
    return max(lesson.number for lesson in lessons)


README_START = "<!-- lessons table: generated from course.yml by `make notebooks` -->"
README_END = "<!-- end of lessons table -->"


def readme_table(lessons: list[Lesson]) -> str:
    """The README's lessons table (both languages, minutes, widget)."""
    rows = ["| # | Lesson | Pelajaran | Minutes | Widget |", "|---|---|---|---|---|"]
    rows += [
        f"| {x.number} | {x.title['en']} | {x.title['id']} | {x.minutes} | {x.widget} |"
        for x in lessons
    ]
    return "\n".join(rows)


def with_readme_table(readme: str, lessons: list[Lesson]) -> str:
    """``readme`` with the text between the table's marker comments replaced by the table."""
    start, end = readme.index(README_START), readme.index(README_END)
    return readme[: start + len(README_START)] + "\n" + readme_table(lessons) + "\n" + readme[end:]
