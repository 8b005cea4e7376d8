"""The lesson sources are the truth: what students open is generated from them and course.yml.

``lessons/NN-slug/{lesson,exercises}.md`` (bilingual MyST Markdown) → ``notebooks/``,
``exercises/``, ``facilitator/solutions/`` and the README's lessons table (``make notebooks``).
"""

from __future__ import annotations

import re

import jupytext
import pytest
from conftest import ROOT

from medsos import course, facts
from medsos.lessonkit import generate, placeholders
from medsos.lessonkit.placeholders import PlaceholderError

SOURCES = sorted((ROOT / "lessons").glob("*/*.md"))
LESSONS = course.load()


def test_every_generated_file_is_what_its_source_makes():
    stale = [str(p.relative_to(ROOT)) for p in generate.stale(ROOT)]
    assert not stale, (
        f"edit the sources in lessons/ or course.yml, then run `make notebooks`: {stale}"
    )


def test_every_lesson_of_the_course_map_has_a_folder_and_every_folder_an_entry():
    folders = sorted(p.name for p in (ROOT / "lessons").iterdir() if p.is_dir())
    assert folders == [x.name for x in LESSONS]
    for x in LESSONS:
        assert (ROOT / "lessons" / x.name / "lesson.md").exists()
        assert (ROOT / "lessons" / x.name / "exercises.md").exists() == bool(x.exercises)


def test_every_lesson_and_exercise_has_objectives_in_both_languages():
    for x in LESSONS:
        for entry in (x.__dict__, x.exercises or {"objectives": {"id": ["-"], "en": ["-"]}}):
            objectives = entry["objectives"]
            assert len(objectives["id"]) == len(objectives["en"]) >= 1, x.name


def test_the_old_sources_are_gone():
    assert not list((ROOT / "lessons").glob("*.py"))
    assert not list((ROOT / "facilitator" / "solutions").glob("*.py"))


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_markdown_cell_says_its_language_and_each_language_has_the_same_cells(path):
    nb = jupytext.read(path)
    langs = [c.metadata.get("lang") for c in nb.cells if c.cell_type == "markdown"]
    assert set(langs) <= {"id", "en", None}
    assert langs.count("id") == langs.count("en") > 0
    assert nb.metadata["kernelspec"]["name"] == "python3", "authors run the source in JupyterLab"
    assert set(nb.metadata) <= {"jupytext", "kernelspec"}, "the front matter is jupytext's own"


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_answer_cell_is_followed_by_its_solution(path):
    cells = jupytext.read(path).cells
    for n, cell in enumerate(cells):
        tags = cell.metadata.get("tags", [])
        if "answer" in tags and path.name == "exercises.md":
            after = cells[n + 1]
            assert "solution" in after.metadata.get("tags", []), cell.source
            assert after.metadata["medsos"]["task"] == cell.metadata["medsos"]["task"]


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_placeholder_names_a_published_figure_or_a_value_the_library_computes(path):
    text = path.read_text(encoding="utf-8")
    for match in placeholders.PLACEHOLDER.finditer(text):
        kind, name, fmt = match.groups()
        if kind == "figure":
            assert name in facts.figure_ids(), f"{match.group(0)}: no such figure_id"
        elif kind == "value":
            assert name in facts.VALUES, f"{match.group(0)}: no such value in medsos.facts"
        else:
            assert kind in {"lesson", "exercises", "course"}, match.group(0)
        assert fmt in {None, "pct", "million", "billion"}, match.group(0)
    assert not re.search(r"\{\{(?![^}]*\}\})", text), "an unclosed {{ placeholder"


@pytest.mark.parametrize("bad", ["{{ figure:no-such-figure }}", "{{ value:no_such_value }}"])
def test_a_placeholder_that_names_no_figure_fails_the_generation(bad):
    with pytest.raises(PlaceholderError, match="names no"):
        placeholders.fill(f"We saw {bad} tweets.", "en", LESSONS[1], LESSONS)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("{{ figure:reformasidikorupsi-01 }}", "id", "21.581"),
        ("{{ figure:reformasidikorupsi-01 }}", "en", "21,581"),
        ("{{ figure:bringbackourgirls-04 }}", "en", "2,451,529"),
        ("{{ figure:indonesia_internet-apjii-2024 | pct }}", "id", "79,5%"),
        ("{{ figure:indonesia_internet-apjii-2024 | pct }}", "en", "79.5%"),
        ("{{ figure:blacklivesmatter-01 | million }}", "id", "47,8 juta"),
        ("{{ figure:blacklivesmatter-01 | million }}", "en", "47.8 million"),
        ("{{ value:idn_internet_2023 | pct }}", "id", "69,2%"),
        ("{{ value:hk_peak_views }}", "id", "139.482"),
    ],
)
def test_numbers_are_written_the_way_each_language_writes_them(text, lang, expected):
    assert placeholders.fill(text, lang, LESSONS[1], LESSONS) == expected


def test_lesson_position_and_title_come_from_the_course_map():
    two = course.lesson(2)
    assert placeholders.fill("{{ lesson:position }}", "id", two, LESSONS) == "Pelajaran 2 dari 6"
    assert placeholders.fill("{{ lesson:position }}", "en", two, LESSONS) == "Lesson 2 of 6"
    assert placeholders.fill("# {{ lesson:number }} · {{ lesson:title }}", "en", two, LESSONS) == (
        f"# 02 · {two.title['en']}"
    )


@pytest.mark.parametrize("lang", ["id", "en"])
def test_notebook_titles_and_minutes_are_those_of_the_course_map(lang):
    import json

    for x in LESSONS:
        meta = json.loads((ROOT / "notebooks" / lang / x.notebook).read_text())["metadata"]
        assert (meta["medsos"]["title"], meta["medsos"]["minutes"]) == (x.title[lang], x.minutes)
        first = json.loads((ROOT / "notebooks" / lang / x.notebook).read_text())["cells"][0]
        assert "".join(first["source"]).startswith(f"# {x.number:02d} · {x.title[lang]}\n")


def test_the_readme_lessons_table_is_the_course_map():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert course.readme_table(LESSONS) in readme


@pytest.mark.slow
def test_an_author_can_run_a_source_as_it_is_solutions_included():
    """What JupyterLab does with a source opened as a notebook: run every cell in its folder."""
    from nbclient import NotebookClient

    source = ROOT / "lessons" / "01-real-cases" / "exercises.md"
    nb = jupytext.read(source)
    NotebookClient(
        nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(source.parent)}}
    ).execute()
    html = "".join(
        o.get("data", {}).get("text/html", "") for c in nb.cells for o in c.get("outputs", [])
    )
    statuses = re.findall(r'data-status="(\w+)"', html)
    assert statuses and set(statuses) == {"correct"}, statuses
