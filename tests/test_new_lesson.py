"""`make new-lesson` gives an author a lesson that runs, in both languages, from the start.

The lesson is scaffolded in a throwaway copy of the repository (the real checkout is never
touched), generated, run in a kernel that imports the copy's library, and removed.
"""

from __future__ import annotations

import json
import re
import shutil

import nbformat
import pytest
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po
from conftest import ROOT
from nbclient import NotebookClient

from medsos.lessonkit.__main__ import main

COPIED = (
    "course.yml",
    "README.md",
    "lessons",
    "src",
    "data",
    "notebooks",
    "exercises",
    "facilitator",
)
STATUS = re.compile(r'data-task="([^"]+)" data-status="(\w+)"')


@pytest.fixture
def copy(tmp_path):
    """A copy of the parts of the repository that lessons are made of; removed afterwards."""
    root = tmp_path / "course"
    root.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, root / name, ignore=ignore)
        else:
            shutil.copy2(source, root / name)
    yield root
    shutil.rmtree(root)
    assert not root.exists()


def _run(path, monkeypatch, root, cwd=None) -> nbformat.NotebookNode:
    monkeypatch.setenv("PYTHONPATH", str(root / "src"))  # the kernel imports the copy's medsos
    monkeypatch.delenv("MEDSOS_DATA", raising=False)
    monkeypatch.delenv("MEDSOS_LANG", raising=False)
    nb = nbformat.read(path, as_version=4)
    NotebookClient(
        nb,
        timeout=120,
        kernel_name="python3",
        resources={"metadata": {"path": str(cwd or path.parent)}},
    ).execute()
    return nb


def _html(nb) -> str:
    return "".join(
        o.get("data", {}).get("text/html", "") for c in nb.cells for o in c.get("outputs", [])
    )


@pytest.mark.slow
def test_a_scaffolded_lesson_generates_and_runs_in_both_languages(copy, monkeypatch, capsys):
    assert main(["--root", str(copy), "new", "7", "my-topic"]) == 0
    created = re.findall(r"^created (\S+)$", capsys.readouterr().out, re.M)
    assert len(created) <= 7, f"an author edits at most 7 files: {created}"
    assert main(["--root", str(copy), "generate"]) == 0
    assert main(["--root", str(copy), "check"]) == 0, "generated files are in step"

    for lang, word in (("id", "Seri"), ("en", "Series")):
        lesson = copy / "notebooks" / lang / "07-my-topic.ipynb"
        meta = json.loads(lesson.read_text(encoding="utf-8"))["metadata"]["medsos"]
        assert (meta["lesson"], meta["language"], meta["minutes"]) == (7, lang, 30)
        ran = _run(lesson, monkeypatch, copy)
        errors = [o for c in ran.cells for o in c.get("outputs", []) if o.output_type == "error"]
        assert not errors, errors
        assert "<img" in _html(ran) or any(
            "application/vnd.jupyter.widget-view+json" in o.get("data", {})
            for c in ran.cells
            for o in c.get("outputs", [])
        ), "the widget shows"
        text = "\n".join(c.source for c in ran.cells if c.cell_type == "markdown")
        assert ("Pelajaran 7 dari 7" if lang == "id" else "Lesson 7 of 7") in text
        assert "{{" not in text, "every placeholder was filled"
        solved = _run(
            copy / "facilitator" / "solutions" / lang / "07-my-topic-solutions.ipynb",
            monkeypatch,
            copy,
            cwd=copy / "exercises" / lang,  # where the language is read from, as for students
        )
        assert STATUS.findall(_html(solved)) == [("07-series-count", "correct")]
        blank = _run(copy / "exercises" / lang / "07-my-topic-exercises.ipynb", monkeypatch, copy)
        assert STATUS.findall(_html(blank)) == [("07-series-count", "unanswered")]
        assert f'"description": "{word}"' in json.dumps(ran.metadata), "controls in the language"

    _passes_the_courses_structure_and_parity_checks(copy)
    readme = (copy / "README.md").read_text(encoding="utf-8")
    assert "| 7 | Lesson 7 title: my topic |" in readme
    assert "Lesson 2 of 7" in (copy / "notebooks" / "en" / "02-hashtag-campaigns.ipynb").read_text()


def _passes_the_courses_structure_and_parity_checks(root) -> None:
    import test_lesson_structure as structure
    import test_parity as parity

    for kind, name in (
        ("notebooks", "07-my-topic.ipynb"),
        ("exercises", "07-my-topic-exercises.ipynb"),
    ):
        pair = (root / kind / "id" / name, root / kind / "en" / name)
        parity.test_code_cells_and_slide_structure_are_identical(pair)
        parity.test_prose_is_translated_not_copied(pair)
        for path in pair:
            parity.test_every_cell_says_how_it_appears_on_slides(path)
            parity.test_notebook_declares_lesson_time_title_and_objectives(path)
            parity.test_notebooks_are_stored_without_outputs(path)
            if kind == "notebooks":
                structure.test_lesson_has_objectives_glossary_quiz_discussion_and_sources(path)
                structure.test_lesson_has_speaker_notes_with_timings(path)
                structure.test_lesson_has_a_widget(path)


def test_the_scaffolded_library_messages_are_all_translated(copy):
    assert main(["--root", str(copy), "new", "7", "my-topic"]) == 0
    src = copy / "src" / "medsos"
    with (src / "locale" / "id" / "LC_MESSAGES" / "medsos.po").open("rb") as fh:
        translated = {m.id for m in read_po(fh, locale="id") if m.id and m.string}
    used = {
        message
        for path in (src / "widgets" / "my_topic.py", src / "lessons" / "l07.py")
        for _line, message, _c, _x in extract_from_file(
            "python", str(path), keywords={"_": None, "N_": None}
        )
    }
    assert used and used <= translated, used - translated


def test_new_lesson_refuses_a_number_that_exists_and_a_bad_slug(copy, capsys):
    assert main(["--root", str(copy), "new", "3", "again"]) == 2
    assert main(["--root", str(copy), "new", "8", "Not A Slug"]) == 2
    assert "error:" in capsys.readouterr().err
