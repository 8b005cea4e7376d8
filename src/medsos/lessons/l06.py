"""Self-checks for lesson 6's exercises (the capstone: plan and analyse a campaign).

Expected answers are computed when a check runs, from the same practice file the
notebook makes with ``ms.example_counts_csv()`` (course data, Wikimedia pageviews).
"""

from __future__ import annotations

from typing import Any

from medsos import checks
from medsos.checks import expect_choice, expect_date, expect_number, expect_text
from medsos.errors import CourseError
from medsos.i18n import N_, _

BUSY = 50_000  # views a day that count as "busy" in task 06-busy-days


def _example():
    from medsos.userdata import read_counts_csv
    from medsos.widgets.mydata import example_counts_csv

    return read_counts_csv(example_counts_csv())


@checks.task(
    "06-peak-day",
    hint=N_(
        "frame is the practice file as a table: use frame.loc[frame['count'].idxmax(), 'date'], "
        "or read the peak in the analysis above."
    ),
)
def peak_day(answer: Any) -> str | None:
    frame = _example()
    return expect_date(answer, frame.loc[frame["count"].idxmax(), "date"])


@checks.task(
    "06-busy-days",
    hint=N_("Compare frame['count'] with 50000 using >= and add up the True values with .sum()."),
)
def busy_days(answer: Any) -> str | None:
    return expect_number(answer, float((_example()["count"] >= BUSY).sum()), tolerance=0.0)


@checks.task(
    "06-fix-file",
    hint=N_(
        "Run ms.check_counts_csv(fixed) and fix what it lists: the column must be called "
        "tanggal (or date), every date must exist, and counts cannot be negative."
    ),
)
def fix_file(answer: Any) -> str | None:
    from medsos.userdata import read_counts_csv

    if not isinstance(answer, bytes | str):
        return _("Write the corrected file as text between quotes, like the broken one.")
    data = answer.encode("utf-8") if isinstance(answer, str) else answer
    try:
        frame = read_counts_csv(data, name="fixed.csv")
    except CourseError as error:
        return _("The file still has problems: {problem}").format(problem=error.problems[0])
    if len(frame) < 3:
        return _("Keep all three days of the file ({n} now).").format(n=len(frame))
    return None


@checks.task(
    "06-measure",
    hint=N_(
        "The goal is to mobilise: which measure counts what people do, rather than what they see?"
    ),
)
def measure(answer: Any) -> str | None:
    return expect_choice(answer, "c", ("a", "b", "c"))


@checks.task(
    "06-plan",
    hint=N_(
        "Fill in every field of the planner until the plan lists nothing missing, then run "
        "answer_plan = ms.plan_from(planner)."
    ),
)
def plan(answer: Any) -> str | None:
    from medsos.widgets.planner import Plan

    if not isinstance(answer, Plan):
        return _("Expected a plan: answer_plan = ms.plan_from(planner).")
    problems = answer.problems()
    if problems:
        return _("The plan still misses something: {problem}").format(problem=problems[0])
    return None


@checks.task(
    "06-reflection",
    hint=N_(
        "Say what your data (or the practice data) can show, what it cannot show, and which "
        "other evidence you would collect."
    ),
    open_ended=True,
)
def reflection(answer: Any) -> str | None:
    return expect_text(answer, min_words=25)
