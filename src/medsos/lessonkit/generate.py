"""Write the notebooks students and facilitators open from the lesson sources in ``lessons/``.

For each lesson of ``course.yml`` (folder ``lessons/NN-slug/``):

* ``lesson.md``     → ``notebooks/{id,en}/NN-slug.ipynb``
* ``exercises.md``  → ``exercises/{id,en}/NN-slug-exercises.ipynb`` (solution cells removed)
                    and ``facilitator/solutions/{id,en}/NN-slug-solutions.ipynb`` (solutions in
                    place of the answer cells)

plus the README's lessons table. :func:`stale` lists what differs from its source (the tests).
"""

from __future__ import annotations

from pathlib import Path

import jupytext
import nbformat
from nbconvert.preprocessors import TagRemovePreprocessor

from medsos import course
from medsos.course import LANGS, Lesson
from medsos.lessonkit.preprocessors import (
    FillPlaceholders,
    LanguageFilter,
    LessonMetadata,
    SpeakerNotes,
)

KINDS = {  # kind -> (source file, output folder, file name suffix, cell tag removed)
    "lesson": ("lesson.md", "notebooks", "", "solution"),
    "exercises": ("exercises.md", "exercises", "-exercises", "solution"),
    "solutions": ("exercises.md", "facilitator/solutions", "-solutions", "answer"),
}


def source_path(root: Path, lesson: Lesson, kind: str) -> Path:
    return root / "lessons" / lesson.name / KINDS[kind][0]


def output_path(root: Path, lesson: Lesson, kind: str, lang: str) -> Path:
    _source, folder, suffix, _tag = KINDS[kind]
    return root / folder / lang / f"{lesson.name}{suffix}.ipynb"


def render(
    root: Path, lesson: Lesson, lessons: list[Lesson], kind: str, lang: str
) -> nbformat.NotebookNode:
    """One notebook: the source read with jupytext, then the preprocessors in order."""
    source = source_path(root, lesson, kind)
    nb = jupytext.read(source)
    resources = {"lesson": lesson, "lessons": lessons, "source": str(source.relative_to(root))}
    steps = [
        LanguageFilter(language=lang),
        TagRemovePreprocessor(remove_cell_tags={KINDS[kind][3]}),
        FillPlaceholders(language=lang),
        SpeakerNotes(language=lang),
        LessonMetadata(language=lang, kind=kind),
    ]
    for step in steps:
        nb, resources = step.preprocess(nb, resources)
    return nb


def text_of(nb: nbformat.NotebookNode) -> str:
    """The notebook as nbformat stores it (what ``nbformat.write`` puts in the file)."""
    text = nbformat.writes(nb)
    return text if text.endswith("\n") else text + "\n"


def outputs(root: Path = course.ROOT) -> dict[Path, str]:
    """Every generated file and its text: notebooks, exercises, solutions, the README."""
    lessons = course.load(root)
    made: dict[Path, str] = {}
    for lesson in lessons:
        kinds = ["lesson"] + (["exercises", "solutions"] if lesson.exercises else [])
        for kind in kinds:
            for lang in LANGS:
                nb = render(root, lesson, lessons, kind, lang)
                made[output_path(root, lesson, kind, lang)] = text_of(nb)
    readme = root / "README.md"
    made[readme] = course.with_readme_table(readme.read_text(encoding="utf-8"), lessons)
    return made


def write(root: Path = course.ROOT) -> list[Path]:
    """Generate everything; return the files whose content changed."""
    changed = []
    for path, text in outputs(root).items():
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            changed.append(path)
    return changed


def stale(root: Path = course.ROOT) -> list[Path]:
    """Generated files that differ from what their sources make now (empty when in step)."""
    return [
        path
        for path, text in outputs(root).items()
        if not path.exists() or path.read_text(encoding="utf-8") != text
    ]
