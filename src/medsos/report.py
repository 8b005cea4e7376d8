"""The gradebook: ``python -m medsos report FOLDER [--lang id|en] [--out DIR]``.

A facilitator collects the students' exercise notebooks in one folder and gets, in ``DIR``:
``grades.csv`` (one row per student and notebook), a feedback page per student in the student's
language (``students/*.html``) and a class summary (``index.html``) with a chart of the tasks
most students missed. Pages are single HTML files with nothing to fetch: they open from a USB
stick.

Which file is whose. Students save the exercise notebook under their own name,
``NAME_01-real-cases-exercises.ipynb`` (also ``NAME-...``, ``NAME ...``; a browser's ``(1)`` or
JupyterLab's ``-Copy1`` at the end is ignored), or the facilitator puts each student's files in a
folder named for the student (``FOLDER/NAME/01-real-cases-exercises.ipynb``). A code cell tagged
``student-name`` holding ``student_name = "..."`` overrides both.

How a notebook is run. Each one is copied into a temporary folder and run there in a fresh
kernel (nbclient), with a time limit per cell and per notebook, its output capped, ``HOME`` and
``TMPDIR`` inside the copy, and the fence of :mod:`medsos.sandbox` (no file changed outside the
copy, no program started, no connection off the machine). The submission itself is only read.
When every cell has run, the report checks each task itself, in the same kernel, with the
answer variable named by the course's own exercise notebook: a deleted check cell, or a check
cell edited to pass, changes nothing. If the kernel dies or the notebook runs out of time, the
check boxes already printed are used instead.

Bad submissions (not a notebook, broken JSON, an empty file, a notebook of another lesson, ...)
never stop the report: each gets a row whose ``remark`` says what is wrong, in the report's
language. The CSV's values are machine-readable whatever the language: ``outcome`` is
``graded`` or ``not_graded``; a task is ``correct``, ``wrong`` or ``unanswered``.
"""

from __future__ import annotations

import ast
import asyncio
import csv
import json
import logging
import os
import re
import subprocess
import sys
import tempfile
import time
import warnings
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import nbformat

from medsos import course, i18n
from medsos.errors import CourseError
from medsos.grading import STATUSES, Exercise, Submission, TaskResult, speaking
from medsos.i18n import N_, _

NAME_TAG = "student-name"
GRADES_MIME = "application/vnd.medsos.grades+json"
SKIPPED_NAMES = {"Thumbs.db", "desktop.ini", "__MACOSX", ".ipynb_checkpoints"}
_COPY_SUFFIX = re.compile(r"(?:\s*\(\d+\)|-Copy\d+)+$")


@dataclass(frozen=True)
class Limits:
    """How long and how loud a submission may be: seconds per cell and notebook, output bytes."""

    cell: float = 60.0
    notebook: float = 300.0
    output: int = 2_000_000


# --- the exercises of the course ---------------------------------------------------------


def _assigned_name(source: str) -> str | None:
    """``answer_x = None  # ...`` → ``"answer_x"`` (the first name the cell assigns)."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return None
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            return node.targets[0].id
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            return node.target.id
    return None


def course_exercises(root: Path = course.ROOT) -> dict[int, Exercise]:
    """Every lesson's exercises, read from the course's own notebooks (``exercises/en``)."""
    found: dict[int, Exercise] = {}
    for lesson in course.load(root):
        if not lesson.exercise_notebook:
            continue
        path = root / "exercises" / "en" / lesson.exercise_notebook
        nb = nbformat.read(path, as_version=4)
        answers = {
            c.metadata["medsos"]["task"]: _assigned_name(c.source)
            for c in nb.cells
            if c.cell_type == "code" and "answer" in c.metadata.get("tags", [])
        }
        found[lesson.number] = Exercise(lesson.number, path.stem, answers)
    return found


# --- reading the folder --------------------------------------------------------------------


def find_files(folder: Path, out: Path | None = None) -> list[Path]:
    """The files handed in: ``folder/*`` and ``folder/STUDENT/*``, hidden and system files left out."""
    out_dir = out.resolve() if out else None
    files: list[Path] = []

    def wanted(p: Path) -> bool:
        return not p.name.startswith(".") and p.name not in SKIPPED_NAMES

    for entry in sorted(folder.iterdir()):
        if not wanted(entry) or (out_dir and entry.resolve() == out_dir):
            continue
        if entry.is_dir():
            files += [p for p in sorted(entry.iterdir()) if p.is_file() and wanted(p)]
        elif entry.is_file():
            files.append(entry)
    return files


def name_from_file(path: Path, folder: Path, stems: dict[str, int]) -> tuple[str, int | None]:
    """Who handed the file in and for which lesson, as its name and folder say.

    ``budi_santoso_01-real-cases-exercises (1).ipynb`` → ``("budi santoso", 1)``;
    ``FOLDER/Budi/01-real-cases-exercises.ipynb`` → ``("Budi", 1)``; unknown parts are empty.
    """
    stem = path.name
    while Path(stem).suffix.lower() in {".ipynb", ".txt", ".json"}:  # "x.ipynb.txt" → "x"
        stem = Path(stem).stem
    stem = _COPY_SUFFIX.sub("", stem).strip()
    lesson = None
    person = stem
    for exercise_stem, number in stems.items():
        if stem.lower().endswith(exercise_stem):
            lesson = number
            person = stem[: -len(exercise_stem)]
            break
    person = person.strip(" _-.").replace("_", " ").strip()
    if lesson is None:
        person = ""
    if not person and path.parent.resolve() != folder.resolve():
        person = path.parent.name
    return person, lesson


def name_from_cell(nb: Any) -> str:
    """The name a student typed in the cell tagged ``student-name`` (read, never run)."""
    for cell in nb.cells:
        if cell.cell_type == "code" and NAME_TAG in cell.metadata.get("tags", []):
            try:
                tree = ast.parse(cell.source)
            except SyntaxError:
                return ""
            for node in tree.body:
                if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
                    value = node.value.value
                    if isinstance(value, str) and value.strip():
                        return value.strip()
    return ""


def read_submission(
    path: Path, folder: Path, exercises: dict[int, Exercise], lesson: int | None
) -> Submission:
    """Read one file and say whether it can be run; a file that cannot gets its remark."""
    sub = Submission(path, str(path.relative_to(folder)))
    stems = {e.stem: n for n, e in exercises.items()}
    sub.student, named_lesson = name_from_file(path, folder, stems)
    problem = _problem_of(path, sub, exercises, named_lesson, lesson)
    if problem:
        sub.remarks.append(problem)
        sub.notebook = None
    if not sub.student:
        sub.student = path.stem
    return sub


def _problem_of(
    path: Path,
    sub: Submission,
    exercises: dict[int, Exercise],
    named_lesson: int | None,
    wanted: int | None,
) -> str | None:
    """What is wrong with a file, or None when it is an exercise notebook that can be run."""
    data = path.read_bytes()
    if not data.strip():
        return _("The file is empty.")
    try:
        raw = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        return _("This is not a notebook (.ipynb) file.")
    except ValueError:  # a notebook is JSON, so it starts with "{": a damaged one still does
        if not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
            return _("This is not a notebook (.ipynb) file.")
        return _("The notebook file is damaged (broken JSON): ask for the file again.")
    if not isinstance(raw, dict) or not isinstance(raw.get("cells"), list):
        return _("This is not a notebook (.ipynb) file.")
    try:  # nbformat only warns about a notebook that is not quite valid: it can still run
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            nb = nbformat.reads(json.dumps(raw), as_version=4)
    except Exception:  # noqa: BLE001 - nbformat raises several kinds for a file that is not one
        return _("This is not a notebook (.ipynb) file.")
    if path.suffix != ".ipynb":
        return _("This notebook was renamed to {name!r}: its name must end in .ipynb.").format(
            name=path.name
        )
    meta = nb.metadata.get("medsos", {})
    sub.language = str(meta.get("language", "")) if isinstance(meta, dict) else ""
    number = meta.get("lesson") if isinstance(meta, dict) else None
    if not isinstance(number, int) or number not in exercises:
        return _("This is not an exercise notebook of the course.")
    if not any(isinstance(c.metadata.get("medsos"), dict) for c in nb.cells):
        return _("This is a lesson notebook, not the exercise notebook.")
    sub.lesson = number
    from_cell = name_from_cell(nb)
    if from_cell:
        sub.student = from_cell
    if named_lesson is not None and named_lesson != number:
        return _(
            "The file is named for lesson {named} but holds the exercises of lesson {held}."
        ).format(named=named_lesson, held=number)
    if wanted is not None and number != wanted:
        return _("This notebook holds the exercises of lesson {held}, not lesson {wanted}.").format(
            held=number, wanted=wanted
        )
    if not sub.student:
        return _(
            "The file name does not say whose notebook this is: name it "
            "NAME_{stem}.ipynb or write the name in the name cell."
        ).format(stem=exercises[number].stem)
    sub.notebook = nb
    return None


# --- running one notebook ------------------------------------------------------------------


class _CheckBox(HTMLParser):
    """Reads the check boxes (``<div class="medsos-check" ...>``) a notebook printed.

    A box is ``<div ...><span>icon</span> message<br><em>Hint:</em> hint</div>``
    (:meth:`medsos.checks.Feedback._repr_html_`).
    """

    def __init__(self) -> None:
        super().__init__()
        self.found: list[TaskResult] = []
        self._box: TaskResult | None = None
        self._part = "message"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "div" and "medsos-check" in (values.get("class") or ""):
            self._box = TaskResult(values.get("data-task") or "", values.get("data-status") or "")
            self._part = "message"
            self.found.append(self._box)
        elif tag == "span" and self._box is not None:
            self._part = "icon"
        elif tag == "em" and self._box is not None:
            self._part = "label"

    def handle_endtag(self, tag: str) -> None:
        if self._box is None:
            return
        if tag == "div":
            self._box = None
        elif tag == "span":
            self._part = "message"
        elif tag == "em":
            self._part = "hint"

    def handle_data(self, data: str) -> None:
        if self._box is None:
            return
        if self._part == "message":
            self._box.message += data
        elif self._part == "hint":
            self._box.hint = (self._box.hint or "") + data


def results_from_outputs(nb: Any, tasks: dict[str, str | None]) -> dict[str, TaskResult]:
    """The last check box printed for each task (used when the report's own check could not run)."""
    found: dict[str, TaskResult] = {}
    for cell in nb.cells:
        for out in cell.get("outputs", []) if cell.cell_type == "code" else []:
            html = out.get("data", {}).get("text/html", "")
            if "medsos-check" not in html:
                continue
            parser = _CheckBox()
            parser.feed(html if isinstance(html, str) else "".join(html))
            for r in parser.found:
                if r.task in tasks and r.status in STATUSES:
                    r.message, r.hint = r.message.strip(), (r.hint or "").strip() or None
                    found[r.task] = r
    return found


def _guard_code(roots: list[str], output_limit: int) -> str:
    return (
        "import medsos.sandbox as _medsos_sandbox\n"
        f"_medsos_sandbox.install(*{roots!r}, output_limit={output_limit!r})\n"
        "del _medsos_sandbox\n"
    )


def _grading_code(answers: dict[str, str | None]) -> str:
    """The cell the report runs last: check each task's answer, hand back the results as JSON."""
    return f"""
def _medsos_grade(answers, names):
    from IPython.display import display
    import medsos.checks, medsos.sandbox
    results = []
    for task, name in answers.items():
        fb = medsos.checks.check(task, names.get(name) if name else None)
        results.append({{"task": task, "status": fb.status, "message": fb.message,
                        "hint": fb.hint}})
    display({{{GRADES_MIME!r}: {{"results": results,
             "refused": list(medsos.sandbox.REFUSED)}}}}, raw=True)
_medsos_grade({answers!r}, globals())
del _medsos_grade
"""


def _font_cache() -> str:
    """Matplotlib's cache folder, its font list built (by this process, not by the fenced kernel).

    Building the list runs ``fc-list``, a program the fence refuses; built once here, the kernels
    only read it.
    """
    import matplotlib
    import matplotlib.font_manager  # noqa: F401 - importing it writes the font list if missing

    return matplotlib.get_cachedir()


def _kernel_env(box: Path, language: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("JPY_", "MEDSOS_"))}
    home, tmp = box / "home", box / "tmp"
    home.mkdir(), tmp.mkdir()
    env.update(
        HOME=str(home),
        TMPDIR=str(tmp),
        TMP=str(tmp),
        TEMP=str(tmp),
        IPYTHONDIR=str(home / ".ipython"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_CONFIG_HOME=str(home / ".config"),
        MPLCONFIGDIR=_font_cache(),
        PYTHONDONTWRITEBYTECODE="1",
        MEDSOS_LANG=language if language in i18n.SUPPORTED else i18n.DEFAULT,
    )
    return env


_QUIET = logging.getLogger("medsos.report.kernel")
_QUIET.addHandler(logging.NullHandler())
_QUIET.propagate = False  # nbclient logs each timeout as an ERROR; the remark says it instead


def _client_class() -> type:
    """nbclient's NotebookClient, taught to cap output and to note which cell timed out."""
    from nbclient import NotebookClient

    class CappedClient(NotebookClient):
        def __init__(self, *args: Any, output_limit: int, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.output_limit = output_limit
            self.output_bytes = 0
            self.counted_cell = -1
            self.loud_cells: list[int] = []
            self.slow_cells: list[int] = []
            self.current = -1
            self.deadline = float("inf")
            self.notebook_limit = 300.0
            self.grading_index: int | None = None

        def output(self, outs: list, msg: dict, display_id: str, cell_index: int) -> Any:
            content = msg.get("content", {})
            size = len(str(content.get("text", ""))) + sum(
                len(str(v)) for v in content.get("data", {}).values()
            )
            if cell_index != self.counted_cell:
                self.counted_cell, self.output_bytes = cell_index, 0
            self.output_bytes += size
            if self.output_bytes > 2 * self.output_limit + 65536:  # the kernel stops it first
                if cell_index not in self.loud_cells:
                    self.loud_cells.append(cell_index)
                    asyncio.ensure_future(self._interrupt())
                return None
            return super().output(outs, msg, display_id, cell_index)

        async def _interrupt(self) -> None:
            from nbclient.util import ensure_async

            try:
                await ensure_async(self.km.interrupt_kernel())
            except Exception:  # noqa: BLE001 - the kernel may be gone already
                pass

        async def _async_handle_timeout(self, timeout: int, cell: Any = None) -> Any:
            self.slow_cells.append(self.current)
            return await super()._async_handle_timeout(timeout, cell)

    return CappedClient


async def _run_cells(
    client: Any, nb: Any, answers: dict[str, str | None], roots: list[str], env: dict
) -> None:
    """Fence the kernel, run every cell, then the report's own checks (in that kernel)."""
    from nbclient.util import ensure_async

    quiet = subprocess.DEVNULL  # the kernel's own complaints are not for the facilitator
    async with client.async_setup_kernel(env=env, stdout=quiet, stderr=quiet):
        msg_id = await ensure_async(
            client.kc.execute(_guard_code(roots, client.output_limit), silent=True)
        )
        reply = await client.async_wait_for_reply(msg_id)
        if not reply or reply["content"].get("status") != "ok":
            raise CourseError(_("The notebook could not be run safely, so it was not run."))
        count = 0
        loop = asyncio.get_running_loop()
        client.deadline = loop.time() + client.notebook_limit  # from a ready kernel on
        for index, cell in enumerate(nb.cells):
            if loop.time() >= client.deadline:
                raise TimeoutError
            client.current = index
            if cell.cell_type == "code":
                count += 1
            await client.async_execute_cell(cell, index, execution_count=count)
        client.output_bytes, client.current = 0, -1
        grading = nbformat.v4.new_code_cell(_grading_code(answers))
        nb.cells.append(grading)
        client.grading_index = len(nb.cells) - 1
        await client.async_execute_cell(grading, client.grading_index, execution_count=count + 1)


def _cell_of_count(nb: Any) -> dict[str, int]:
    """IPython's ``In [n]`` → the cell's place in the notebook (from 1), as the report ran it."""
    places, count = {}, 0
    for index, cell in enumerate(nb.cells):
        if cell.cell_type == "code":
            count += 1
            places[str(count)] = index + 1
    return places


REFUSAL_WORDS = {
    "files": N_("Cell {n} tried to change a file outside its copy ({target}): refused."),
    "network": N_("Cell {n} tried to connect to {target}: network access is refused."),
    "program": N_("Cell {n} tried to start a program ({target}): refused."),
    "output": N_("Cell {n} printed more than {target} characters and was stopped."),
}


def _remarks_from_run(client: Any, nb: Any, refused: list[dict], limits: Limits) -> list[str]:
    """What the run stopped or refused, in the report's language (cells counted from 1)."""
    last = len(nb.cells) if client.grading_index is None else client.grading_index
    remarks = [
        _("Cell {n} ran longer than {s} seconds and was stopped.").format(
            n=i + 1, s=i18n.number(limits.cell)
        )
        for i in sorted(set(client.slow_cells))
        if 0 <= i < last
    ]
    places = _cell_of_count(nb)
    seen: set[tuple[str, str, int | str]] = set()
    for item in refused:
        kind, target = item.get("kind", ""), item.get("target", "")
        cell = places.get(item.get("cell", ""), "?")
        if kind not in REFUSAL_WORDS or (kind, target, cell) in seen:
            continue
        seen.add((kind, target, cell))
        if kind == "output":
            target = i18n.number(int(target)) if target.isdigit() else target
        remarks.append(_(REFUSAL_WORDS[kind]).format(n=cell, target=target))
    remarks += [
        _("Cell {n} printed too much and was stopped.").format(n=i + 1)
        for i in sorted(set(client.loud_cells))
        if i < last and not any(k == "output" for k, _t, _c in seen)
    ]
    quiet = {c - 1 for _k, _t, c in seen if isinstance(c, int)}  # said already, above
    errors = [
        i + 1
        for i, cell in enumerate(nb.cells[:last])
        if cell.cell_type == "code"
        and any(o.get("output_type") == "error" for o in cell.get("outputs", []))
        and i not in client.slow_cells
        and i not in client.loud_cells
        and i not in quiet
    ]
    if errors:
        remarks.append(
            _("Cells that stopped with an error: {cells}.").format(
                cells=", ".join(str(n) for n in errors)
            )
        )
    return remarks


def _grades_output(nb: Any, index: int | None) -> dict | None:
    for out in nb.cells[index].get("outputs", []) if index is not None else []:
        if GRADES_MIME in out.get("data", {}):
            return out["data"][GRADES_MIME]
    return None


async def run_submission(sub: Submission, exercise: Exercise, limits: Limits, shared: Path) -> None:
    """Run one readable submission in a temporary copy and fill in its results and remarks."""
    nb = sub.notebook
    with tempfile.TemporaryDirectory(
        prefix="medsos-run-", dir=shared, ignore_cleanup_errors=True
    ) as tmp:
        box = Path(tmp)
        work = box / "work"
        work.mkdir()
        (work / "submission.ipynb").write_bytes(sub.path.read_bytes())
        env = _kernel_env(box, sub.language)
        loop = asyncio.get_running_loop()

        def cell_timeout(_cell: Any) -> int:
            return max(1, int(min(limits.cell, client.deadline - loop.time())))

        client = _client_class()(
            nb,
            kernel_name="python3",
            timeout_func=cell_timeout,
            interrupt_on_timeout=True,
            # after the interrupt, go on to the next cell even if this one ignores it
            error_on_timeout={"ename": "CellTimeoutError", "evalue": "", "traceback": []},
            allow_errors=True,
            shutdown_kernel="immediate",
            log=_QUIET,
            output_limit=limits.output,
            resources={"metadata": {"path": str(work)}},
        )
        client.notebook_limit = limits.notebook
        roots = [str(box)]
        try:  # the hard stop: the notebook's time, a cell's, and two minutes to start a kernel
            await asyncio.wait_for(
                _run_cells(client, nb, exercise.answers, roots, env),
                limits.notebook + limits.cell + 120,
            )
        except Exception as error:  # noqa: BLE001 - a dead kernel must not stop the class's report
            late = loop.time() >= client.deadline
            if isinstance(error, CourseError):
                sub.remarks.append(str(error))
            elif not late:
                sub.remarks.append(
                    _("The notebook stopped before the end ({kind}).").format(
                        kind=type(error).__name__
                    )
                )
        else:
            late = False
        if late:
            sub.remarks.append(
                _("The notebook ran longer than {s} seconds in all and was stopped.").format(
                    s=i18n.number(limits.notebook)
                )
            )
    graded = _grades_output(nb, client.grading_index)
    refused = graded.get("refused", []) if graded else []
    sub.remarks[:0] = _remarks_from_run(client, nb, refused, limits)
    if graded:
        sub.results = {
            r["task"]: TaskResult(r["task"], r["status"], r["message"], r.get("hint"))
            for r in graded["results"]
            if r.get("status") in STATUSES
        }
    else:
        sub.remarks.append(
            _(
                "The report could not check the answers itself: these are the results "
                "the notebook's check cells printed."
            )
        )
        sub.results = results_from_outputs(nb, exercise.answers)
        for task in exercise.answers:
            sub.results.setdefault(
                task, TaskResult(task, "unanswered", _("This task was not checked."))
            )
    sub.graded = True
    sub.notebook = None


# --- the whole folder ------------------------------------------------------------------------


class Progress:
    """A one-line progress bar on stderr ("[ 3/40] budi_01-...ipynb"), redrawn in place on a terminal."""

    def __init__(self, total: int, stream: Any = None) -> None:
        self.total, self.done = total, 0
        self.stream = stream or sys.stderr
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.start = time.monotonic()

    def step(self, name: str) -> None:
        self.done += 1
        width = 20
        filled = int(width * self.done / max(self.total, 1))
        bar = "#" * filled + "-" * (width - filled)
        line = f"[{bar}] {self.done}/{self.total} {int(time.monotonic() - self.start)} s  {name}"
        end = "\r" if self.tty and self.done < self.total else "\n"
        self.stream.write(("\r\033[K" if self.tty else "") + line[:100] + end)
        self.stream.flush()


async def _run_all(
    subs: list[Submission], exercises: dict[int, Exercise], limits: Limits, jobs: int, shared: Path
) -> None:
    runnable = [s for s in subs if s.notebook is not None]
    progress = Progress(len(subs))
    for sub in subs:
        if sub.notebook is None:
            progress.step(sub.relative)
    gate = asyncio.Semaphore(max(1, jobs))

    async def one(sub: Submission) -> None:
        async with gate:
            try:
                await run_submission(sub, exercises[sub.lesson], limits, shared)
            except Exception as error:  # noqa: BLE001 - one notebook never stops the report
                sub.remarks.append(
                    _("The notebook could not be checked ({kind}).").format(
                        kind=type(error).__name__
                    )
                )
                sub.notebook = None
            progress.step(sub.relative)

    await asyncio.gather(*(one(s) for s in runnable))


def _run_sync(job: Any) -> None:
    """Run the coroutine ``job`` to the end, also from a notebook (whose event loop is running)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        asyncio.run(job)
        return
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, job).result()


@dataclass
class Report:
    """What a report produced: the rows, and where its files are."""

    submissions: list[Submission]
    tasks: list[str]
    out: Path

    @property
    def csv(self) -> Path:
        return self.out / "grades.csv"


def report(
    folder: Path | str,
    out: Path | str | None = None,
    *,
    lang: str | None = None,
    lesson: int | None = None,
    limits: Limits | None = None,
    jobs: int = 2,
) -> Report:
    """Grade every notebook in ``folder`` and write the CSV and the pages into ``out``.

    ``out`` defaults to ``FOLDER-report`` beside the folder (never inside it, so a second run
    does not read the first one's pages). ``lang`` is the language of the CSV's remarks and of
    the summary page (default: the course's language); each student's page is in the language
    of the student's notebook.
    """
    from medsos import reportpages

    limits = limits or Limits()
    folder = Path(folder)
    if not folder.is_dir():
        raise CourseError(
            _("There is no folder {path!r}.").format(path=str(folder)),
            fix=_("Give the folder where you collected the students' notebooks."),
        )
    out = Path(out) if out else folder.with_name(folder.name + "-report")
    exercises = course_exercises()
    with speaking(lang or i18n.language()):
        subs = [read_submission(p, folder, exercises, lesson) for p in find_files(folder, out)]
        with tempfile.TemporaryDirectory(
            prefix="medsos-report-", ignore_cleanup_errors=True
        ) as shared:
            _run_sync(_run_all(subs, exercises, limits, jobs, Path(shared)))
        lessons = sorted({s.lesson for s in subs if s.graded and s.lesson is not None})
        tasks = [t for n in lessons for t in exercises[n].answers]
        out.mkdir(parents=True, exist_ok=True)
        write_csv(subs, tasks, out / "grades.csv")
        pages = reportpages.write_student_pages(subs, exercises, out / "students")
        reportpages.write_summary(subs, exercises, pages, out / "index.html", folder.name)
    return Report(subs, tasks, out)


CSV_FIELDS = ("student", "file", "lesson", "language", "outcome", "remark")


def write_csv(subs: list[Submission], tasks: list[str], path: Path) -> None:
    """``grades.csv``: one row per submission, one column per task, the total and out of how many."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([*CSV_FIELDS, *tasks, "total", "out_of"])
        for sub in subs:
            own = [t for t in tasks if t.startswith(f"{sub.lesson:02d}-")] if sub.lesson else []
            row = [
                sub.student,
                sub.relative,
                sub.lesson if sub.lesson is not None else "",
                sub.language,
                "graded" if sub.graded else "not_graded",
                " ".join(sub.remarks),
            ]
            row += [sub.results[t].status if sub.graded and t in sub.results else "" for t in tasks]
            row += [sub.correct, len(own)] if sub.graded else ["", ""]
            writer.writerow(row)


def main(
    folder: str,
    out: str | None,
    lang: str | None,
    lesson: int | None,
    jobs: int,
    limits: Limits | None = None,
) -> int:
    """The command: prints where the report is, or one sentence saying what is wrong."""
    if lang:
        i18n.set_language(lang)
    try:
        done = report(folder, out, lang=lang, lesson=lesson, jobs=jobs, limits=limits)
    except CourseError as error:
        print(str(error), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(_("Stopped."), file=sys.stderr)
        return 130
    graded = sum(s.graded for s in done.submissions)
    print(
        _("{graded} of {total} notebooks graded. Grades: {csv}  Summary: {page}").format(
            graded=graded,
            total=len(done.submissions),
            csv=done.csv,
            page=done.out / "index.html",
        )
    )
    return 0
