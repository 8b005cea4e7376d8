"""The facilitators' solutions pass every self-check of every exercise notebook.

Solutions live in ``facilitator/solutions/NN.py``, split into sections that start with
``# %% <task-id>``. Each section replaces the answer cell of that task (the cell with
``metadata.medsos.task == <task-id>``); the notebook is then run, and every check cell
must report ``correct``.
"""

from __future__ import annotations

import copy
import re

import nbformat
import pytest
from conftest import ROOT
from nbclient import NotebookClient

from medsos import checks

EXERCISES = sorted((ROOT / "exercises" / "en").glob("*.ipynb"))
SECTION = re.compile(r"^# %% ([0-9]{2}-[a-z0-9-]+)\s*$", re.M)


def _solutions(lesson: int) -> dict[str, str]:
    path = ROOT / "facilitator" / "solutions" / f"{lesson:02d}.py"
    text = path.read_text(encoding="utf-8")
    parts = SECTION.split(text)
    return {parts[i]: parts[i + 1].strip() + "\n" for i in range(1, len(parts), 2)}


def _answer_cells(nb) -> dict[str, int]:
    return {
        c.metadata["medsos"]["task"]: n
        for n, c in enumerate(nb.cells)
        if c.cell_type == "code" and "answer" in c.metadata.get("tags", [])
    }


@pytest.mark.parametrize("path", EXERCISES, ids=lambda p: p.name)
def test_every_task_has_an_answer_cell_a_check_and_a_solution(path):
    nb = nbformat.read(path, as_version=4)
    lesson = nb.metadata["medsos"]["lesson"]
    answers = _answer_cells(nb)
    registered = checks.tasks(lesson)
    solutions = _solutions(lesson)
    assert len(answers) >= 3, "each exercise notebook has at least three tasks"
    assert set(answers) <= set(registered), (
        f"tasks without a checker: {set(answers) - set(registered)}"
    )
    assert set(answers) <= set(solutions), (
        f"tasks without a solution: {set(answers) - set(solutions)}"
    )
    text = "".join(c.source for c in nb.cells if c.cell_type == "code")
    for task_id in answers:
        assert f'ms.check("{task_id}"' in text, f"no check cell for {task_id}"


@pytest.mark.parametrize("path", EXERCISES, ids=lambda p: p.name)
def test_solutions_pass_every_check(path):
    nb = nbformat.read(path, as_version=4)
    solved = copy.deepcopy(nb)
    solutions = _solutions(nb.metadata["medsos"]["lesson"])
    for task_id, n in _answer_cells(nb).items():
        solved.cells[n].source = solutions[task_id]
    NotebookClient(
        solved,
        timeout=120,
        kernel_name="python3",
        resources={"metadata": {"path": str(path.parent)}},
    ).execute()
    html_outputs = [
        o.get("data", {}).get("text/html", "")
        for c in solved.cells
        if c.cell_type == "code"
        for o in c.get("outputs", [])
    ]
    found = re.findall(r'data-task="([^"]+)" data-status="(\w+)"', "".join(html_outputs))
    assert found, "no check output found"
    wrong = [(task, status) for task, status in found if status != "correct"]
    assert not wrong, f"solutions that do not pass their check: {wrong}"
    assert {t for t, _s in found} >= set(_answer_cells(nb)), "some tasks were never checked"


@pytest.mark.parametrize("path", EXERCISES, ids=lambda p: p.name)
def test_blank_exercise_notebook_runs_and_says_not_answered(path):
    nb = nbformat.read(path, as_version=4)
    NotebookClient(
        nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    ).execute()
    html_outputs = "".join(
        o.get("data", {}).get("text/html", "")
        for c in nb.cells
        if c.cell_type == "code"
        for o in c.get("outputs", [])
    )
    found = re.findall(r'data-task="([^"]+)" data-status="(\w+)"', html_outputs)
    assert found and all(status == "unanswered" for _t, status in found), found


def test_solutions_are_kept_out_of_the_students_folders():
    for folder in ("notebooks", "exercises"):
        hits = [p for p in (ROOT / folder).rglob("*") if "solution" in p.name.lower()]
        assert not hits, hits
    assert not list((ROOT / "exercises").rglob("*.py"))
