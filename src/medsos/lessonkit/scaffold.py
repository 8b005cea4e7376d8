"""``make new-lesson N=07 SLUG=my-topic``: the files an author edits for a new lesson.

It writes, from ``templates/`` (a lesson that already runs, passes the course's structure
tests and shows a widget and one self-checked exercise):

1. ``lessons/07-my-topic/lesson.md``           the lesson, both languages
2. ``lessons/07-my-topic/exercises.md``        one task, its solution beside it
3. ``src/medsos/widgets/my_topic.py``          ``ms.my_topic_explorer()``, ``ms.plot_my_topic()``
4. ``src/medsos/lessons/l07.py``               the task's checker (and the lesson's one-cell helpers)
5. ``src/medsos/locale/id/LC_MESSAGES/medsos.po`` Indonesian for 3 and 4 (entries added)
6. ``src/medsos/__init__.py``                  the public names, in a block of their own
7. ``course.yml``                              the lesson's entry (titles to fill in)

``make notebooks`` then writes the seven generated files (four notebooks, two solutions
notebooks, the README table).
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import yaml

from medsos import course

TEMPLATES = Path(__file__).with_name("templates")
SLUG = re.compile(r"[a-z][a-z0-9]*(-[a-z0-9]+)*")
EXPORTS_END = "\n}\n\n__all__"


def _add_translations(catalogue: Path, number: int, slug: str) -> None:
    """Add the scaffold's Indonesian messages to the course's one catalogue (``make messages`` order)."""
    from babel.messages.pofile import read_po, write_po

    text = _fill((TEMPLATES / "messages.po").read_text(encoding="utf-8"), number, slug)
    new = read_po(io.StringIO(text), locale="id")
    with catalogue.open("rb") as fh:
        catalog = read_po(fh, locale="id", domain="medsos")
    for message in new:
        if message.id and message.id not in catalog:
            catalog.add(message.id, message.string)
    with catalogue.open("wb") as fh:
        write_po(fh, catalog, width=None, sort_output=True)


def _fill(text: str, number: int, slug: str) -> str:
    module = slug.replace("-", "_")
    for token, value in (
        ("__NN__", f"{number:02d}"),
        ("__N__", str(number)),
        ("__MOD__", module),
        ("__SLUG__", slug),
    ):
        text = text.replace(token, value)
    return text


def _entry(number: int, slug: str) -> dict:
    words = slug.replace("-", " ")
    return {
        "number": number,
        "slug": slug,
        "minutes": 30,
        "title": {
            "id": f"Judul pelajaran {number}: {words}",
            "en": f"Lesson {number} title: {words}",
        },
        "widget": f"{words} explorer",
        "objectives": {
            "id": [
                "Membaca satu seri perhatian harian kursus dengan penjelajah",
                "Membedakan skala linear dan skala log",
                "Menyebut sumber data yang dipakai",
            ],
            "en": [
                "Read one of the course's daily attention series with the explorer",
                "Tell a linear scale from a log scale",
                "Name the source of the data used",
            ],
        },
        "exercises": {
            "minutes": 15,
            "objectives": {
                "id": ["Menghitung baris sebuah tabel kursus dengan pandas"],
                "en": ["Count the rows of one of the course's tables with pandas"],
            },
            "title": {"id": f"Latihan: {words}", "en": f"Exercises: {words}"},
        },
    }


def _add_exports(init: Path, number: int, slug: str) -> None:
    module = slug.replace("-", "_")
    text = init.read_text(encoding="utf-8")
    if f'"{module}_explorer"' in text:
        raise FileExistsError(f"{init} already exports {module}_explorer")
    block = (
        f"\n    # --- lesson {number}: {slug.replace('-', ' ')} ---\n"
        f'    "{module}_explorer": "medsos.widgets.{module}",\n'
        f'    "plot_{module}": "medsos.widgets.{module}",'
    )
    at = text.index(EXPORTS_END)
    init.write_text(text[:at] + block + text[at:], encoding="utf-8")


def new_lesson(root: Path, number: int, slug: str) -> list[Path]:
    """Scaffold lesson ``number`` called ``slug`` in the course at ``root``; the files touched."""
    if not SLUG.fullmatch(slug):
        raise ValueError(
            f"SLUG must be lower-case words joined by '-', e.g. my-topic (got {slug!r})"
        )
    lessons = course.load(root)
    if any(x.number == number for x in lessons):
        raise FileExistsError(f"course.yml already has lesson {number}")
    if lessons and number < lessons[-1].number:
        raise ValueError(f"new lessons go at the end: the last is {lessons[-1].number}")
    module = slug.replace("-", "_")
    src = root / "src" / "medsos"
    folder = root / "lessons" / f"{number:02d}-{slug}"
    files = {
        folder / "lesson.md": "lesson.md",
        folder / "exercises.md": "exercises.md",
        src / "widgets" / f"{module}.py": "widget.py.txt",
        src / "lessons" / f"l{number:02d}.py": "checks.py.txt",
    }
    existing = [p for p in files if p.exists()]
    if existing:
        raise FileExistsError(f"already there: {', '.join(str(p) for p in existing)}")
    for path, template in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        text = (TEMPLATES / template).read_text(encoding="utf-8")
        path.write_text(_fill(text, number, slug), encoding="utf-8")
    _add_translations(src / "locale" / "id" / "LC_MESSAGES" / "medsos.po", number, slug)
    _add_exports(src / "__init__.py", number, slug)
    course_file = root / "course.yml"
    entry = yaml.safe_dump([_entry(number, slug)], sort_keys=False, allow_unicode=True)
    text = course_file.read_text(encoding="utf-8").rstrip("\n") + "\n"
    course_file.write_text(
        text + "".join(f"  {line}\n" for line in entry.splitlines()), encoding="utf-8"
    )
    return [*files, src / "__init__.py", course_file]
