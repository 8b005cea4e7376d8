"""The facilitators' solutions pass every self-check of every exercise notebook.

Each task's solution sits in the lesson source (``lessons/NN-slug/exercises.md``) as a cell
tagged ``solution`` right after the task's answer cell. The generator writes it into
``facilitator/solutions/{id,en}/NN-slug-solutions.ipynb`` in place of the answer cell; here
that notebook is run, and every check cell must report ``correct``. The students' notebook,
run as it is, must say "not answered" everywhere.
"""

from __future__ import annotations

import re

import nbformat
import pytest
from conftest import ROOT
from nbclient import NotebookClient

from medsos import checks

EXERCISES = sorted((ROOT / "exercises" / "en").glob("*.ipynb"))
STATUS = re.compile(r'data-task="([^"]+)" data-status="(\w+)"')


def _solutions_path(exercise, lang: str = "en"):
    name = exercise.name.replace("-exercises.ipynb", "-solutions.ipynb")
    return ROOT / "facilitator" / "solutions" / lang / name


def _tasks(nb, tag: str) -> dict[str, str]:
    return {
        c.metadata["medsos"]["task"]: c.source
        for c in nb.cells
        if c.cell_type == "code" and tag in c.metadata.get("tags", [])
    }


def _run(nb, folder) -> list[tuple[str, str]]:
    NotebookClient(
        nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(folder)}}
    ).execute()
    html = "".join(
        o.get("data", {}).get("text/html", "")
        for c in nb.cells
        if c.cell_type == "code"
        for o in c.get("outputs", [])
    )
    return STATUS.findall(html)


@pytest.mark.parametrize("path", EXERCISES, ids=lambda p: p.name)
def test_every_task_has_an_answer_cell_a_check_and_a_solution(path):
    nb = nbformat.read(path, as_version=4)
    answers = _tasks(nb, "answer")
    registered = checks.tasks(nb.metadata["medsos"]["lesson"])
    assert len(answers) >= 3, "each exercise notebook has at least three tasks"
    assert set(answers) <= set(registered), (
        f"tasks without a checker: {set(answers) - set(registered)}"
    )
    for lang in ("id", "en"):
        solved = nbformat.read(_solutions_path(path, lang), as_version=4)
        solutions = _tasks(solved, "solution")
        assert set(solutions) == set(answers), f"{lang}: tasks without a solution"
        assert not _tasks(solved, "answer"), "the solutions notebook replaces every answer cell"
    text = "".join(c.source for c in nb.cells if c.cell_type == "code")
    for task_id in answers:
        assert f'ms.check("{task_id}"' in text, f"no check cell for {task_id}"


@pytest.mark.parametrize("path", EXERCISES, ids=lambda p: p.name)
def test_solutions_pass_every_check(path):
    solved = nbformat.read(_solutions_path(path), as_version=4)
    found = _run(solved, _solutions_path(path).parent)  # as a facilitator runs it
    assert found, "no check output found"
    wrong = [(task, status) for task, status in found if status != "correct"]
    assert not wrong, f"solutions that do not pass their check: {wrong}"
    assert {t for t, _s in found} >= set(_tasks(solved, "solution")), "some tasks never checked"


@pytest.mark.parametrize("path", EXERCISES, ids=lambda p: p.name)
def test_blank_exercise_notebook_runs_and_says_not_answered(path):
    found = _run(nbformat.read(path, as_version=4), path.parent)
    assert found and all(status == "unanswered" for _t, status in found), found


def test_solutions_are_kept_out_of_the_students_folders():
    for folder in ("notebooks", "exercises"):
        hits = [p for p in (ROOT / folder).rglob("*") if "solution" in p.name.lower()]
        assert not hits, hits
        for path in (ROOT / folder).rglob("*.ipynb"):
            tags = [
                t
                for c in nbformat.read(path, as_version=4).cells
                for t in c.metadata.get("tags", [])
            ]
            assert "solution" not in tags, f"{path.name} holds a solution cell"
    assert not list((ROOT / "exercises").rglob("*.py"))
