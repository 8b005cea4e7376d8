"""Every task a student is told about exists, and every hint points only to what the notebook has.

A hint or an example that names a task which does not exist (``ms.hint("04-...")``, the README's old
``01-peak-day``) or a cell, chart, explorer or variable that is not in the notebook (issue #17:
"the analysis above" where nothing is above) sends a student looking for something that is not there.
Checked in the generated notebooks (all cells, both languages), the README and the facilitator
guides; hints are checked against the exercise notebook that asks the task.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import ROOT

from medsos import checks, data

TASK_CALL = re.compile(r"""ms\.(?:hint|check)\(\s*["']([^"']+)["']""")
NOTEBOOKS = sorted(
    [*ROOT.glob("notebooks/*/*.ipynb"), *ROOT.glob("exercises/*/*.ipynb")]
    + [*ROOT.glob("facilitator/solutions/*/*.ipynb")]
)
TEXTS = [ROOT / "README.md", *sorted(ROOT.glob("facilitator/guide.*.md"))]


def _all_tasks() -> dict[str, checks.Task]:
    for lesson in range(10):
        checks.tasks(lesson)
    return dict(checks._TASKS)


TASKS = _all_tasks()


def _cells(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def _source(cell: dict) -> str:
    return "".join(cell["source"])


def test_the_registry_is_loaded():
    assert len(TASKS) > 40
    assert "01-hk-peak-day" in TASKS


@pytest.mark.parametrize("path", NOTEBOOKS + TEXTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_task_a_student_is_told_about_exists(path):
    if path.suffix == ".ipynb":
        text = "\n".join(_source(cell) for cell in _cells(path))
    else:
        text = path.read_text(encoding="utf-8")
    missing = sorted({task for task in TASK_CALL.findall(text) if task not in TASKS})
    assert not missing, f"{path.name} names tasks that do not exist: {missing}"


def test_the_task_id_pattern_finds_placeholders():
    assert TASK_CALL.findall('Stuck? `ms.hint("04-...")`') == ["04-..."]


EXERCISES_EN = sorted(ROOT.glob("exercises/en/*.ipynb"))
EXPLORER_CALL = re.compile(r"ms\.\w+_(?:explorer|simulator|planner)\(")
CHART_CALL = re.compile(r"ms\.(?:plot_\w+|\w+_(?:explorer|simulator|planner))\(")
LOAD_CALL = re.compile(r"""ms\.load\(\s*["']([^"']+)["']""")
CODE_NAME = re.compile(r"`([A-Za-z_]\w*)`")


def _tasks_with_code_before(path: Path) -> list[tuple[str, str]]:
    """(task id, the code of every cell before its answer cell) for each task of a notebook."""
    found, code = [], []
    for cell in _cells(path):
        task = cell.get("metadata", {}).get("medsos", {}).get("task")
        if cell["cell_type"] == "code" and task and "answer" in cell["metadata"].get("tags", []):
            found.append((task, "\n".join(code)))
        if cell["cell_type"] == "code":
            code.append(_source(cell))
    return found


def _hint_problems(hint: str, code_before: str) -> list[str]:
    problems = []
    if re.search(r"\b(?:explorer|simulator|planner)\b", hint) and not EXPLORER_CALL.search(
        code_before
    ):
        problems.append("names an explorer the notebook has not opened before the task")
    if re.search(r"\bchart\b", hint) and not CHART_CALL.search(code_before):
        problems.append("names a chart the notebook has not drawn before the task")
    if re.search(r"\b(?:cell|analysis) above\b", hint) and not code_before.strip():
        problems.append("points to a cell above, but there is none")
    for name in CODE_NAME.findall(hint):
        if not re.search(rf"^\s*{re.escape(name)}\s*=", code_before, flags=re.M):
            problems.append(f"names `{name}`, which no cell before the task defines")
    tables = set(data.tables()["name"])
    problems += [
        f'loads "{t}", which is not a table' for t in LOAD_CALL.findall(hint) if t not in tables
    ]
    return problems


@pytest.mark.parametrize("path", EXERCISES_EN, ids=lambda p: p.name)
def test_hints_point_only_to_what_the_exercise_notebook_has(path):
    tasks = _tasks_with_code_before(path)
    assert tasks, f"{path.name} has no answer cells"
    problems = [
        f"{task}: {problem}"
        for task, code_before in tasks
        for problem in _hint_problems(TASKS[task].hint, code_before)
    ]
    assert not problems, "\n".join(problems)


def test_the_hint_check_catches_what_is_missing():
    assert _hint_problems("`events` is the series from the cell above.", "import medsos as ms")
    assert _hint_problems("In the explorer choose Hong Kong.", "ms.plot_attention('x')")
    assert _hint_problems('Load ms.load("no_such_table").', "x = 1")
    assert not _hint_problems("`events` is the series above.", "events = ms.load('attention')")
