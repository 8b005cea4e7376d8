"""One error type for everything a student can get wrong, said in the student's language.

A :class:`CourseError` carries three things a student needs and a traceback does not
give: *where* the problem is (a file, a row, a column, a widget), *what* is wrong, and
*how to fix it*. In a notebook it is shown as a short coloured box instead of a
traceback (see :func:`install_notebook_handler`); on the command line it is one line.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from medsos.catalogue import _


@dataclass
class Problem:
    """One thing wrong with an input: where it is, what is wrong, and how to fix it."""

    problem: str
    fix: str | None = None
    where: str | None = None

    def __str__(self) -> str:
        head = f"{self.where}: " if self.where else ""
        tail = f" {self.fix}" if self.fix else ""
        return f"{head}{self.problem}{tail}"


@dataclass
class CourseError(Exception):
    """The course's single error type; its text is already in the student's language.

    ``problems`` holds more than one :class:`Problem` when an input has several faults
    (a CSV with a bad date *and* a negative count): students fix them all in one go.
    """

    problem: str
    fix: str | None = None
    where: str | None = None
    problems: list[Problem] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.problems:
            self.problems = [Problem(self.problem, self.fix, self.where)]
        super().__init__(str(self))

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)

    def _repr_html_(self) -> str:
        return problems_html(self.problems)


def problems_html(problems: list[Problem], title: str | None = None) -> str:
    """An accessible HTML box listing problems; every piece of text is escaped."""
    heading = html.escape(title or _("Something needs fixing"))
    how_to_fix = html.escape(_("How to fix:"))
    items = []
    for p in problems:
        where = f"<strong>{html.escape(p.where)}</strong>: " if p.where else ""
        fix = f"<br><em>{how_to_fix}</em> {html.escape(p.fix)}" if p.fix else ""
        items.append(f"<li>{where}{html.escape(p.problem)}{fix}</li>")
    return (
        '<div role="alert" class="medsos-error" style="border-left:6px solid #b2182b;'
        'background:#fdf0f0;color:#1a1a1a;padding:0.6em 1em;margin:0.4em 0">'
        f"<p style='margin:0 0 0.3em 0'><strong>{heading}</strong></p>"
        f"<ul style='margin:0'>{''.join(items)}</ul></div>"
    )


def install_notebook_handler() -> bool:
    """Show CourseErrors in IPython as a friendly box, not a traceback.

    Uses IPython's own hook for this (``set_custom_exc``). The cell still counts as
    failed, so a test that runs the notebook still notices. Returns whether a running
    IPython shell was found.
    """
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython is always there in the course
        return False
    shell = get_ipython()
    if shell is None:
        return False

    def _show(shell, etype, value, tb, tb_offset=None):  # noqa: ANN001 - IPython's signature
        from IPython.display import HTML, display

        display(HTML(value._repr_html_()))
        return [f"{etype.__name__}: {value}"]

    shell.set_custom_exc((CourseError,), _show)
    return True
