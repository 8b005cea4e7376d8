"""The gradebook (``python -m medsos report``) and the students' tally (``ms.progress()``).

One class folder of 16 files is graded once (module fixture): solved, half solved and blank
notebooks in both languages, every kind of bad file, and four hostile notebooks (a cell that
loops for ever, one that deletes and overwrites a canary file outside its copy, one that prints
megabytes, one that opens a socket off the machine). The tests then read what the report wrote.
The canary sits outside the class folder and outside any temporary copy.
"""

from __future__ import annotations

import csv
import hashlib
import html
import json
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from conftest import ROOT

from medsos import checks, i18n
from medsos.report import Limits, course_exercises, name_from_file, report

LESSON1 = "01-real-cases-exercises"
SOLVED = {
    lang: ROOT / "facilitator/solutions" / lang / "01-real-cases-solutions.ipynb"
    for lang in ("id", "en")
}
BLANK = {lang: ROOT / "exercises" / lang / f"{LESSON1}.ipynb" for lang in ("id", "en")}
TASKS = list(course_exercises()[1].answers)
# Room for a cold import on a busy 2-core machine; the endless loops come first in their notebook.
LIMITS = Limits(cell=20, notebook=120, output=200_000)


def _hostile(solved: Path, code: str, at: int = 2) -> str:
    """The solved notebook with one extra code cell (third cell, or ``at``) holding ``code``."""
    nb = nbformat.read(solved, as_version=4)
    nb.cells.insert(at, nbformat.v4.new_code_cell(code))
    for cell in nb.cells:
        cell.pop("id", None)
    nb.nbformat_minor = 4
    return nbformat.writes(nb)


def _half_solved() -> str:
    """Solved, except: the first task answered wrongly, the next two left blank."""
    nb = nbformat.read(SOLVED["en"], as_version=4)
    blank = {
        c.metadata["medsos"]["task"]: c.source
        for c in nbformat.read(BLANK["en"], as_version=4).cells
        if "answer" in c.metadata.get("tags", [])
    }
    for cell in nb.cells:
        task = cell.metadata.get("medsos", {}).get("task")
        if task == TASKS[0]:
            cell.source = 'answer_peak_day = "2000-01-01"'
        elif task in TASKS[1:3]:
            cell.source = blank[task]
    return nbformat.writes(nb)


def _with_name_cell(path: Path, name: str) -> str:
    """The exercise notebook with the student's name typed into its name cell."""
    nb = nbformat.read(path, as_version=4)
    (cell,) = [c for c in nb.cells if "student-name" in c.metadata.get("tags", [])]
    cell.source = f'student_name = "{name}"  # nama Anda / your name, e.g. "Siti Aminah"'
    return nbformat.writes(nb)


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    base = tmp_path_factory.mktemp("gradebook")
    outside = base / "outside"
    (outside / "keep").mkdir(parents=True)
    canary = outside / "canary.txt"
    canary.write_text("the facilitator's own file\n", encoding="utf-8")
    (outside / "keep" / "notes.txt").write_text("do not touch\n", encoding="utf-8")
    attack = f"""
import os, pathlib, shutil, subprocess
attempts = [
    lambda: os.remove({str(canary)!r}),
    lambda: open({str(canary)!r}, "w").write("overwritten"),
    lambda: pathlib.Path({str(canary)!r}).write_text("overwritten"),
    lambda: os.rename({str(canary)!r}, {str(canary)!r} + ".moved"),
    lambda: shutil.rmtree({str(outside / "keep")!r}),
    lambda: subprocess.run(["rm", "-f", {str(canary)!r}]),
    lambda: os.system("rm -f {canary}"),
]
for attempt in attempts:
    try:
        attempt()
    except Exception as error:
        print(type(error).__name__)
"""
    folder = base / "class"
    (folder / "Budi Santoso").mkdir(parents=True)
    files = {
        f"ana_{LESSON1}.ipynb": SOLVED["en"].read_text(encoding="utf-8"),
        f"Budi Santoso/{LESSON1}.ipynb": SOLVED["id"].read_text(encoding="utf-8"),
        f"citra_{LESSON1}.ipynb": _half_solved(),
        f"dewi_{LESSON1} (1).ipynb": BLANK["id"].read_text(encoding="utf-8"),
        f"{LESSON1}-Copy1.ipynb": _with_name_cell(BLANK["en"], "Fajar Nugroho"),
        f"gita_{LESSON1}.ipynb": "%PDF-1.4 not a notebook at all",
        f"hadi_{LESSON1}.ipynb": SOLVED["en"].read_text(encoding="utf-8")[:500],
        f"indah_{LESSON1}.ipynb": "",
        f"joko_{LESSON1}.ipynb": (
            ROOT / "exercises/en/02-hashtag-campaigns-exercises.ipynb"
        ).read_text(encoding="utf-8"),
        f"eko_{LESSON1}.ipynb.txt": BLANK["en"].read_text(encoding="utf-8"),
        "tugas-akhir.ipynb": BLANK["en"].read_text(encoding="utf-8"),
        f"kiki_{LESSON1}.ipynb": _hostile(SOLVED["en"], "while True:\n    pass", at=0),
        f"lina_{LESSON1}.ipynb": _hostile(SOLVED["en"], attack),
        f"mira_{LESSON1}.ipynb": _hostile(SOLVED["en"], "while True:\n    print('x' * 100_000)"),
        f"nanda_{LESSON1}.ipynb": _hostile(
            SOLVED["en"],
            "import socket\nsocket.create_connection(('192.0.2.1', 80), timeout=3)",
        ),
        "catatan.txt": "Kelas A, minggu 3\n",
    }
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    before, outside_before = _digest(folder), _digest(outside)
    done = report(folder, base / "report", lang="en", limits=LIMITS, jobs=2)
    with (base / "report" / "grades.csv").open(encoding="utf-8") as fh:
        rows = {row["file"]: row for row in csv.DictReader(fh)}
    return {
        "done": done,
        "rows": rows,
        "out": base / "report",
        "unchanged": before == _digest(folder),
        "outside_unchanged": outside_before == _digest(outside),
        "canary": canary,
        "count": len(files),
    }


def test_report_writes_one_csv_row_per_file_with_a_column_per_task(graded):
    rows = graded["rows"]
    assert len(rows) == graded["count"] >= 12
    header = list(next(iter(rows.values())))
    assert header[:6] == ["student", "file", "lesson", "language", "outcome", "remark"]
    assert header[6:] == [*TASKS, "total", "out_of"]
    for row in rows.values():
        assert row["outcome"] in {"graded", "not_graded"}
        statuses = {row[t] for t in TASKS}
        assert statuses <= (
            {"correct", "wrong", "unanswered"} if row["outcome"] == "graded" else {""}
        )


def test_solved_half_solved_and_blank_notebooks_get_the_expected_grades(graded):
    rows, n = graded["rows"], len(TASKS)
    ana = rows[f"ana_{LESSON1}.ipynb"]
    assert (ana["student"], ana["language"], ana["total"], ana["out_of"]) == (
        "ana",
        "en",
        str(n),
        str(n),
    )
    budi = rows[f"Budi Santoso/{LESSON1}.ipynb"]
    assert (budi["student"], budi["language"], budi["total"]) == ("Budi Santoso", "id", str(n))
    citra = rows[f"citra_{LESSON1}.ipynb"]
    assert [citra[t] for t in TASKS[:3]] == ["wrong", "unanswered", "unanswered"]
    assert {citra[t] for t in TASKS[3:]} == {"correct"} and citra["total"] == str(n - 3)
    dewi = rows[f"dewi_{LESSON1} (1).ipynb"]
    assert dewi["student"] == "dewi" and dewi["total"] == "0"
    assert {dewi[t] for t in TASKS} == {"unanswered"}
    fajar = rows[f"{LESSON1}-Copy1.ipynb"]
    assert fajar["student"] == "Fajar Nugroho", "the name cell names the student"
    assert fajar["outcome"] == "graded"


@pytest.mark.parametrize(
    "file, words",
    [
        (f"gita_{LESSON1}.ipynb", "not a notebook"),
        (f"hadi_{LESSON1}.ipynb", "broken JSON"),
        (f"indah_{LESSON1}.ipynb", "empty"),
        (f"joko_{LESSON1}.ipynb", "holds the exercises of lesson 2"),
        (f"eko_{LESSON1}.ipynb.txt", "must end in .ipynb"),
        ("tugas-akhir.ipynb", "does not say whose notebook"),
        ("catatan.txt", "not a notebook"),
    ],
)
def test_bad_files_get_a_row_that_says_what_is_wrong(graded, file, words):
    row = graded["rows"][file]
    assert row["outcome"] == "not_graded"
    assert words in row["remark"]
    assert "Traceback" not in row["remark"]


@pytest.mark.parametrize(
    "file, words",
    [
        (f"kiki_{LESSON1}.ipynb", "Cell 1 ran longer than 20 seconds and was stopped"),
        (f"lina_{LESSON1}.ipynb", "Cell 3 tried to change a file outside its copy"),
        (f"lina_{LESSON1}.ipynb", "Cell 3 tried to start a program"),
        (f"mira_{LESSON1}.ipynb", "Cell 3 printed more than 200,000 characters"),
        (
            f"nanda_{LESSON1}.ipynb",
            "Cell 3 tried to connect to 192.0.2.1: network access is refused",
        ),
    ],
)
def test_hostile_cells_are_stopped_and_the_rest_is_still_graded(graded, file, words):
    row = graded["rows"][file]
    assert words in row["remark"]
    assert row["outcome"] == "graded" and row["total"] == str(len(TASKS))


def test_nothing_outside_the_copy_changes_and_submissions_stay_as_handed_in(graded):
    assert graded["canary"].read_text(encoding="utf-8") == "the facilitator's own file\n"
    assert graded["outside_unchanged"], "a file outside the temporary copy changed"
    assert graded["unchanged"], "a submission was modified"


def test_every_submission_has_a_feedback_page_in_its_own_language(graded):
    pages = sorted((graded["out"] / "students").glob("*.html"))
    assert len(pages) == graded["count"]
    texts = {p.name: p.read_text(encoding="utf-8") for p in pages}
    for text in texts.values():
        assert text.startswith("<!DOCTYPE html>") and "<main>" in text
        assert "http://" not in text and "https://" not in text and "<script" not in text
    ana = next(t for n, t in texts.items() if n.endswith("-ana.html"))
    assert '<html lang="en">' in ana and "Feedback for ana" in ana
    budi = next(t for n, t in texts.items() if n.endswith("-budi-santoso.html"))
    assert '<html lang="id">' in budi and "Umpan balik untuk Budi Santoso" in budi
    citra = next(t for n, t in texts.items() if n.endswith("-citra.html"))
    with i18n_language("en"):
        hint = checks.hint(TASKS[0]).message
    assert "not yet right" in citra and html.escape(hint) in citra


def test_class_summary_has_a_chart_with_alt_text_and_links_to_every_page(graded):
    text = (graded["out"] / "index.html").read_text(encoding="utf-8")
    assert '<img src="data:image/png;base64,' in text
    assert 'alt="Lesson 1: which tasks students missed. ' in text
    assert text.count('href="students/') == graded["count"]


def test_report_never_prints_a_traceback(graded, capsys):
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out


def test_the_command_reports_a_folder_and_says_what_is_wrong_without_a_traceback(tmp_path):
    folder = tmp_path / "kelas"
    folder.mkdir()
    (folder / f"ana_{LESSON1}.ipynb").write_text("{broken", encoding="utf-8")
    (folder / f"budi_{LESSON1}.ipynb").write_text("", encoding="utf-8")
    (folder / f"citra_{LESSON1}.ipynb").write_text(
        # first cell: no cell before it can use up the short limit on a busy machine
        _hostile(BLANK["id"], "while True:\n    pass", at=0),
        encoding="utf-8",
    )
    command = [sys.executable, "-m", "medsos", "report", str(folder), "--lang", "id"]
    run = subprocess.run(
        [*command, "--cell-limit", "3", "--notebook-limit", "60"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert run.returncode == 0, run.stderr
    assert "1 dari 3 notebook dinilai" in run.stdout
    assert "Traceback" not in run.stderr and "ERROR" not in run.stderr, run.stderr
    rows = list(csv.DictReader((tmp_path / "kelas-report" / "grades.csv").open(encoding="utf-8")))
    remarks = [r["remark"] for r in rows]
    assert remarks[:2] == [
        "Berkas notebook ini rusak (JSON tidak utuh): mintalah berkasnya sekali lagi.",
        "Berkas ini kosong.",
    ]
    # the cells after the stopped loop may run out of their 3 seconds too on a busy machine
    assert remarks[2].startswith("Sel 1 berjalan lebih dari 3 detik dan dihentikan."), remarks
    missing = subprocess.run(
        [sys.executable, "-m", "medsos", "report", str(tmp_path / "nowhere"), "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert missing.returncode == 2
    assert "There is no folder" in missing.stderr and "Traceback" not in missing.stderr


def test_a_cell_that_ignores_interrupts_is_stopped_by_the_notebook_time_limit(tmp_path):
    stubborn = "while True:\n    try:\n        while True:\n            pass\n    except KeyboardInterrupt:\n        pass"
    nb = nbformat.read(SOLVED["en"], as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell(stubborn))
    for cell in nb.cells:
        cell.pop("id", None)
    folder = tmp_path / "class"
    folder.mkdir()
    nbformat.write(nb, folder / f"ana_{LESSON1}.ipynb")
    # The cell limit leaves the solved cells before it room on a busy machine; the remark
    # (not a clock) shows that the notebook limit stopped the cell that ignores interrupts.
    done = report(folder, tmp_path / "out", lang="en", limits=Limits(cell=10, notebook=40), jobs=1)
    (sub,) = done.submissions
    assert f"Cell {len(nb.cells)} ran longer than 10 seconds and was stopped." in sub.remarks
    assert any("could not check the answers itself" in r for r in sub.remarks)
    # the report's own check could not run: the check boxes the notebook printed are used
    # (on a busy machine the time may run out before the last checks: those say "not checked")
    assert sub.graded and sub.correct >= 1
    for result in sub.results.values():
        assert (result.status, bool(result.message)) == ("correct", True) or (
            result.status,
            result.message,
        ) == ("unanswered", "This task was not checked.")


@pytest.mark.parametrize(
    "name, expected",
    [
        (f"budi_santoso_{LESSON1}.ipynb", ("budi santoso", 1)),
        (f"Siti-{LESSON1} (2).ipynb", ("Siti", 1)),
        (f"{LESSON1}-Copy1.ipynb", ("", 1)),
        ("tugas.ipynb", ("", None)),
        (f"B. J. Habibie_{LESSON1}.ipynb.txt", ("B. J. Habibie", 1)),
    ],
)
def test_file_names_say_who_and_which_lesson(tmp_path, name, expected):
    stems = {e.stem: n for n, e in course_exercises().items()}
    assert name_from_file(tmp_path / name, tmp_path, stems) == expected


def test_the_fence_refuses_writes_outside_programs_and_remote_sockets_but_not_loopback(tmp_path):
    inside, outside = tmp_path / "box", tmp_path / "outside.txt"
    inside.mkdir()
    outside.write_text("keep", encoding="utf-8")
    code = f"""
import os, socket, subprocess
import medsos.sandbox as s
s.install({str(inside)!r})
open({str(inside / "ok.txt")!r}, "w").write("fine")
results = []
for attempt in (
    lambda: open({str(outside)!r}, "a").write("x"),
    lambda: os.remove({str(outside)!r}),
    lambda: subprocess.run(["true"]),
    lambda: socket.create_connection(("192.0.2.1", 80), timeout=1),
    lambda: socket.getaddrinfo("example.org", 80),
):
    try:
        attempt()
        results.append("allowed")
    except s.Refused:
        results.append("refused")
try:
    socket.create_connection(("127.0.0.1", 9), timeout=1)
except s.Refused:
    results.append("loopback refused")
except OSError:
    results.append("loopback allowed")
print(" ".join(results))
"""
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert run.stdout.split() == ["refused"] * 5 + ["loopback", "allowed"], run.stderr
    assert outside.read_text(encoding="utf-8") == "keep"
    assert (inside / "ok.txt").read_text(encoding="utf-8") == "fine"


class i18n_language:  # noqa: N801 - used like a function, in a with statement
    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __enter__(self) -> None:
        self.before = i18n.language()
        i18n.set_language(self.lang)

    def __exit__(self, *exc: object) -> None:
        i18n.set_language(self.before)


@pytest.mark.parametrize(
    "lang, words",
    [
        ("en", "Your progress: 1 of 7 tasks correct, 1 not yet right"),
        ("id", "Kemajuan Anda: 1 dari 7 tugas benar, 1 belum tepat"),
    ],
)
def test_progress_tallies_the_checks_run_in_this_kernel(monkeypatch, lang, words):
    monkeypatch.setattr(checks, "_SEEN", {})
    with i18n_language(lang):
        assert "No task" in str(checks.progress()) or "Belum ada" in str(checks.progress())
        checks.check("01-reconstructed", "b")
        checks.check("01-normalise", "a")
        checks.check("01-log-scale", None)
        shown = checks.progress()
        assert str(shown).startswith(words)
        assert "01-reconstructed" in shown._repr_html_()
    import medsos as ms

    assert ms.progress is checks.progress


def test_grades_csv_values_are_machine_readable_in_either_language(graded):
    text = (graded["out"] / "grades.csv").read_text(encoding="utf-8")
    assert "benar" not in text.split("\n")[0]
    assert json.dumps(sorted(checks.STATUS_WORDS)) == json.dumps(["correct", "unanswered", "wrong"])


def test_a_report_for_one_lesson_turns_away_another_lessons_notebook(tmp_path):
    from medsos.report import read_submission

    path = tmp_path / f"ana_{LESSON1}.ipynb"
    path.write_bytes(BLANK["en"].read_bytes())
    with i18n_language("en"):
        sub = read_submission(path, tmp_path, course_exercises(), lesson=2)
    assert sub.notebook is None
    assert sub.remarks == ["This notebook holds the exercises of lesson 1, not lesson 2."]
