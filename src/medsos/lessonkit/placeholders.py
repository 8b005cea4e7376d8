"""Placeholders in a lesson's prose: ``{{ kind:name }}`` or ``{{ kind:name | format }}``.

They are filled when the notebooks are generated, so the stored notebooks hold plain text
formatted for their language, and a number is typed once: in ``data/`` or ``course.yml``.

=====================================  ==========================================================
``{{ figure:metoo-01 | million }}``    a published figure by id (``data/published_figures.csv``)
``{{ value:idn_internet_2023 | pct }}``  a value computed from a table (``medsos.facts.VALUES``)
``{{ lesson:title }}``                 the lesson's title, minutes, number (``01``) or position
``{{ exercises:minutes }}``            ("Lesson 2 of 6"), from ``course.yml``; ``exercises:title``
``{{ course:map }}``                   the table of every lesson (lesson 0)
=====================================  ==========================================================

Formats for numbers: none (``21.581`` / ``21,581``), ``pct`` (``79,5%`` / ``79.5%``),
``million`` (``47,8 juta`` / ``47.8 million``), ``billion`` (``miliar`` / ``billion``).
"""

from __future__ import annotations

import re

from babel.numbers import format_decimal

from medsos.course import Lesson, last_number

PLACEHOLDER = re.compile(r"\{\{\s*(\w+):([\w.-]+)\s*(?:\|\s*(\w+)\s*)?\}\}")
SCALES = {
    "million": (1e6, {"id": " juta", "en": " million"}),
    "billion": (1e9, {"id": " miliar", "en": " billion"}),
}
POSITION = {"id": "Pelajaran {n} dari {m}", "en": "Lesson {n} of {m}"}
MAP_HEAD = {"id": "| # | pelajaran | menit |", "en": "| # | lesson | minutes |"}
THIS_LESSON = {"id": " (pelajaran ini)", "en": " (this lesson)"}


class PlaceholderError(ValueError):
    """A placeholder that names nothing the course knows (a typo, or a figure not in data/)."""


def number(value: float, lang: str, fmt: str | None = None) -> str:
    """``value`` as ``lang`` writes it: 21.581 / 21,581; ``fmt``: pct, million or billion."""
    suffix = ""
    if fmt in SCALES:
        scale, words = SCALES[fmt]
        value, suffix = value / scale, words[lang]
    elif fmt == "pct":
        suffix = "%"
    elif fmt is not None:
        raise PlaceholderError(f"unknown number format {fmt!r} (use pct, million or billion)")
    if float(value).is_integer():
        value = int(value)
    return format_decimal(value, locale=lang) + suffix


def course_map(lessons: list[Lesson], lang: str, current: int) -> str:
    """The course map table of lesson 0: number, title and minutes of every lesson."""
    rows = [MAP_HEAD[lang], "|---|---|---|"]
    for x in lessons:
        title = x.title[lang] + (THIS_LESSON[lang] if x.number == current else "")
        rows.append(f"| {x.number} | {title} | ± {x.minutes} |")
    return "\n".join(rows)


def _course_value(kind: str, name: str, lang: str, lesson: Lesson, lessons: list[Lesson]) -> str:
    if kind == "course" and name == "map":
        return course_map(lessons, lang, lesson.number)
    if kind == "lesson":
        values = {
            "title": lesson.title[lang],
            "minutes": str(lesson.minutes),
            "number": f"{lesson.number:02d}",
            "position": POSITION[lang].format(n=lesson.number, m=last_number(lessons)),
        }
        if name in values:
            return values[name]
    if kind == "exercises" and lesson.exercises and name in ("title", "minutes"):
        found = lesson.exercises[name]
        return found[lang] if isinstance(found, dict) else str(found)
    raise PlaceholderError(f"{{{{ {kind}:{name} }}}} is not a course value")


def fill(text: str, lang: str, lesson: Lesson, lessons: list[Lesson]) -> str:
    """``text`` with every placeholder replaced; :class:`PlaceholderError` names a bad one."""
    from medsos import facts

    def replace(match: re.Match) -> str:
        kind, name, fmt = match.groups()
        if kind == "figure":
            if name not in facts.figure_ids():
                raise PlaceholderError(
                    f"{match.group(0)} names no figure in data/published_figures.csv (figure_id)"
                )
            return number(facts.figure(name), lang, fmt)
        if kind == "value":
            if name not in facts.VALUES:
                raise PlaceholderError(
                    f"{match.group(0)} names no value in medsos.facts "
                    f"(known: {', '.join(sorted(facts.VALUES))})"
                )
            return number(facts.VALUES[name](), lang, fmt)
        return _course_value(kind, name, lang, lesson, lessons)

    return PLACEHOLDER.sub(replace, text)


def names(text: str) -> list[str]:
    """Every placeholder in ``text``, as written (for tests and error messages)."""
    return [m.group(0) for m in PLACEHOLDER.finditer(text)]
