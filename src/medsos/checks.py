"""Exercise self-checks: instant feedback with a hint, never a bare AssertionError.

An exercise notebook has, for each task, an *answer cell* (tagged ``answer`` and with
``metadata.medsos.task`` set to the task id) and a *check cell*::

    answer = None          # ← your answer here
    ms.check("01-hk-peak-day", answer)

``check`` says one of three things, in the student's language: correct; not yet right,
with what is wrong and a hint; or not answered yet. It never raises, so a notebook with
empty answers still runs top to bottom (and nbval passes it).

Each lesson's tasks live in ``medsos/lessons/lNN.py`` and register themselves with
:func:`task`. A checker returns ``None`` when the answer is right, or a sentence saying
what is wrong. The helpers below (``expect_number`` and friends) write those sentences.
"""

from __future__ import annotations

import difflib
import html
import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Literal

import pandas as pd

from medsos import i18n
from medsos.answers import AnswerProblem, read_date, read_number, reflection_problem
from medsos.errors import CourseError
from medsos.i18n import N_, _

Status = Literal["correct", "wrong", "unanswered"]
Checker = Callable[[Any], str | None]


class Accepted(str):
    """A checker's verdict "right, and here is why": the text is shown after "Correct!".

    For an answer that is right under a reasonable reading the student may not know is one of two
    (``1.5`` for "how many times more", meaning 2.5 times as many): accept it and say so.
    """


@dataclass(frozen=True)
class Task:
    """One exercise task: its id, the function that checks an answer, and a hint (msgid)."""

    task_id: str
    checker: Checker
    hint: str
    open_ended: bool = False


_TASKS: dict[str, Task] = {}


def task(task_id: str, hint: str, *, open_ended: bool = False) -> Callable[[Checker], Checker]:
    """Register a checker for ``task_id``; ``hint`` is an English msgid marked with ``N_``."""

    def register(checker: Checker) -> Checker:
        _TASKS[task_id] = Task(task_id, checker, hint, open_ended)
        return checker

    return register


def tasks(lesson: int | str) -> list[str]:
    """The ids of every task of a lesson, e.g. ``tasks(1)`` → ``["01-blm-busy-days", ...]``."""
    prefix = f"{int(lesson):02d}-"
    _load_lesson(prefix[:2])
    return sorted(t for t in _TASKS if t.startswith(prefix))


def _load_lesson(prefix: str) -> None:
    try:
        importlib.import_module(f"medsos.lessons.l{prefix}")
    except ModuleNotFoundError:
        pass


def _find(task_id: str) -> Task:
    key = str(task_id).strip()
    _load_lesson(key[:2])
    if key in _TASKS:
        return _TASKS[key]
    close = difflib.get_close_matches(key, list(_TASKS), n=1)
    fix = (
        _("Did you mean {name!r}?").format(name=close[0])
        if close
        else _("Copy the task id from the exercise text.")
    )
    raise CourseError(_("There is no exercise task called {name!r}.").format(name=key), fix=fix)


@dataclass
class Feedback:
    """What ``check`` says about one answer; shows as a coloured box in the notebook."""

    task_id: str
    status: Status
    message: str
    hint: str | None = None

    def __bool__(self) -> bool:
        return self.status == "correct"

    def __str__(self) -> str:
        lines = [f"[{self.task_id}] {self.message}"]
        if self.hint:
            lines.append(_("Hint:") + " " + self.hint)
        return "\n".join(lines)

    __repr__ = __str__

    def _repr_html_(self) -> str:
        colour = {"correct": "#1b7837", "wrong": "#b2182b", "unanswered": "#6b6b6b"}[self.status]
        icon = {"correct": "✔", "wrong": "✘", "unanswered": "…"}[self.status]
        label = html.escape(_("Hint:"))
        hint = f"<br><em>{label}</em> {html.escape(self.hint)}" if self.hint else ""
        return (
            f'<div class="medsos-check" data-task="{html.escape(self.task_id)}" '
            f'data-status="{self.status}" role="status" '
            f'style="border-left:6px solid {colour};padding:0.4em 0.8em;margin:0.3em 0;'
            f'background:#f7f7f7;color:#1a1a1a">'
            f'<span aria-hidden="true" style="color:{colour};font-weight:bold">{icon}</span> '
            f"{html.escape(self.message)}{hint}</div>"
        )


def _is_blank(answer: Any) -> bool:
    if answer is None or answer is Ellipsis:
        return True
    return isinstance(answer, str) and not answer.strip()


def check(task_id: str, answer: Any) -> Feedback:
    """Check ``answer`` for the exercise ``task_id`` and say what you think of it.

    Never raises for a wrong or odd answer: the message explains what to change.
    """
    try:
        found = _find(task_id)
    except CourseError as error:
        return Feedback(str(task_id), "wrong", str(error))
    if _is_blank(answer):
        return _record(
            Feedback(
                found.task_id,
                "unanswered",
                _(
                    "Not answered yet: put your answer in the cell above, run it, then run this one."
                ),
            )
        )
    try:
        problem = found.checker(answer)
    except CourseError as error:
        problem = str(error)
    except Exception as error:  # noqa: BLE001 - a student's odd answer must not crash the lesson
        problem = _("Your answer could not be checked ({kind}: {error}).").format(
            kind=type(error).__name__, error=error
        )
    if problem is None or isinstance(problem, Accepted):
        message = (
            _("Thank you! There is no single right answer: compare yours with a neighbour.")
            if found.open_ended
            else _("Correct!")
        )
        if problem:
            message = f"{message} {problem}"
        return _record(Feedback(found.task_id, "correct", message))
    return _record(Feedback(found.task_id, "wrong", problem, _(found.hint)))


_SEEN: dict[str, Status] = {}
"""The last result of each task checked in this kernel (what :func:`progress` counts)."""


def _record(feedback: Feedback) -> Feedback:
    _SEEN[feedback.task_id] = feedback.status
    return feedback


@dataclass
class Progress:
    """A student's own tally of the checks run so far in this kernel (``ms.progress()``)."""

    seen: dict[str, Status]
    tasks: list[str]

    def count(self, status: Status) -> int:
        return sum(self.seen.get(t, "unanswered") == status for t in self.tasks)

    def __str__(self) -> str:
        if not self.seen:
            return _("No task checked yet: run the check cells, then ms.progress() again.")
        return _(
            "Your progress: {correct} of {n} tasks correct, {wrong} not yet right, "
            "{open} not answered or not checked yet."
        ).format(
            correct=self.count("correct"),
            n=len(self.tasks),
            wrong=self.count("wrong"),
            open=len(self.tasks) - self.count("correct") - self.count("wrong"),
        )

    __repr__ = __str__

    def _repr_html_(self) -> str:
        icons = {"correct": "✔", "wrong": "✘", "unanswered": "…"}
        words = {status: _(msgid) for status, msgid in STATUS_WORDS.items()}
        items = "".join(
            f'<li><span aria-hidden="true">{icons[self.seen.get(t, "unanswered")]}</span> '
            f"<code>{html.escape(t)}</code> "
            f"{html.escape(words[self.seen.get(t, 'unanswered')])}</li>"
            for t in self.tasks
        )
        return (
            '<div class="medsos-progress" role="status" style="border-left:6px solid #2166ac;'
            'padding:0.4em 0.8em;margin:0.3em 0;background:#f7f7f7;color:#1a1a1a">'
            f"{html.escape(str(self))}"
            + (
                f'<ul style="margin:0.3em 0;list-style:none;padding-left:0">{items}</ul>'
                if self.seen
                else ""
            )
            + "</div>"
        )


STATUS_WORDS: dict[str, str] = {
    "correct": N_("correct"),
    "wrong": N_("not yet right"),
    "unanswered": N_("not answered"),
}


def progress() -> Progress:
    """Your tally so far: every task of the lessons you have checked, and what its check said.

    Counts the checks run in this kernel (restart the kernel and it starts again from zero).
    """
    lessons = sorted({t[:2] for t in _SEEN if t[:2].isdigit()})
    everything = sorted({t for lesson in lessons for t in tasks(lesson)} | set(_SEEN))
    return Progress(dict(_SEEN), everything)


def hint(task_id: str) -> Feedback:
    """Show the hint of a task without checking anything."""
    try:
        found = _find(task_id)
    except CourseError as error:
        return Feedback(str(task_id), "wrong", str(error))
    return Feedback(found.task_id, "unanswered", _(found.hint))


# --- building blocks for checkers ------------------------------------------------------


Unit = Literal["percent", "fraction"] | None


def _unit_note(unit: Unit) -> str:
    if unit == "percent":
        return " " + _("The answer is a percent (a number from 0 to 100, without the % sign).")
    if unit == "fraction":
        return " " + _("The answer is a fraction (a number from 0 to 1), not a percent.")
    return ""


def expect_number(
    answer: Any,
    expected: float,
    *,
    tolerance: float = 0.01,
    unit: Unit = None,
    decimals: int | None = None,
) -> str | None:
    """Right when ``answer`` is a number within ``tolerance`` (relative) of ``expected``.

    ``unit`` ("percent" or "fraction") is the one rule for shares: the question says which, a
    share given in the other form is answered with a message that names the unit (never marked
    "too low"). ``decimals`` is the rounding the question asks for: any answer that rounds to the
    expected value at that precision is right; a coarser one is asked to round as stated.
    """
    try:
        value = read_number(answer)
    except AnswerProblem as problem:
        return str(problem)

    def close(a: float, b: float) -> bool:
        if decimals is not None:  # the question states the rounding: that is the tolerance
            slack = 0.5 * 10.0**-decimals + 1e-9
        else:
            slack = abs(b) * tolerance + 1e-9
        return abs(a - b) <= slack

    if close(value, expected):
        return None
    # a share in the other form is a unit slip, not "too low": said whenever the answer lies in the
    # other form's range (0.11 for 11.3 %, 25 for 0.25), close or not, so the unit is fixed first
    if unit == "percent" and 0 < abs(value) <= 1 < abs(expected):
        return _("That is a fraction: this task asks for a percent, so multiply by 100.")
    if unit == "fraction" and abs(expected) <= 1 < abs(value) <= 100:
        return _("That is a percent: this task asks for a fraction, so divide by 100.")
    if decimals is not None and abs(value - expected) <= 0.5 * 10.0 ** (1 - decimals) + 1e-9:
        return _("Nearly: round to {n} decimal place(s), as the question asks.").format(n=decimals)
    direction = _("too high") if value > expected else _("too low")
    shown = i18n.number(value, 2 if value % 1 else 0)
    return _("{value} is {direction}.").format(value=shown, direction=direction) + _unit_note(unit)


def expect_date(answer: Any, expected: Any) -> str | None:
    """Right when ``answer`` is the same calendar day as ``expected``.

    The answer is read by :func:`medsos.answers.read_date`: ISO, day first, or with a month name in
    either language. A wrong day is printed back in a form the checker reads (``13 Agustus 2019``).
    """
    try:
        given = read_date(answer)
    except AnswerProblem as problem:
        return str(problem)
    if given.normalize() == pd.Timestamp(expected).normalize():
        return None
    return _("{date} is not the day we are looking for.").format(
        date=i18n.date(given, "d MMMM yyyy")
    )


def expect_choice(answer: Any, expected: str, options: Iterable[str]) -> str | None:
    """Right when the letter (or option text) chosen is ``expected``; case-insensitive."""
    allowed = [o.lower() for o in options]
    given = str(answer).strip().lower().rstrip(").")
    if given not in allowed:
        return _("Choose one of: {options}.").format(options=", ".join(options))
    return None if given == expected.lower() else _("Not that one: read the options again.")


def expect_text(
    answer: Any, *, min_words: int = 15, copied_from: tuple[str, ...] = ()
) -> str | None:
    """For reflections: right when the answer is the student's own text of ``min_words`` words.

    Length alone is not enough (25 times "word" is not a reflection): see
    :func:`medsos.answers.reflection_problem`. An honest short answer still passes.
    """
    return reflection_problem(answer, min_words=min_words, copied_from=copied_from)


def expect_columns(answer: Any, columns: Iterable[str], *, rows: int | None = None) -> str | None:
    """Right when ``answer`` is a DataFrame with these columns (and this many rows, if given)."""
    if not isinstance(answer, pd.DataFrame):
        return _("Expected a table (DataFrame), but got {kind}.").format(kind=type(answer).__name__)
    missing = [c for c in columns if c not in answer.columns]
    if missing:
        return _("The table is missing the column(s): {names}.").format(names=", ".join(missing))
    if rows is not None and len(answer) != rows:
        return _("The table has {k} rows; expected {n}.").format(k=len(answer), n=rows)
    return None
