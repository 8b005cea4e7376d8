"""Self-checks for lesson 6's exercises (the capstone: plan and analyse a campaign).

Expected answers are computed when a check runs, from the same practice file the
notebook makes with ``ms.example_counts_csv()`` (course data, Wikimedia pageviews).
"""

from __future__ import annotations

from typing import Any

from medsos import checks, i18n
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
        "or sort it with frame.sort_values('count') and read the last row."
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


FIX_DAYS = ("2019-09-23", "2019-09-24", "2019-09-25")
"""The days the corrected file of task 06-fix-file covers (the question names them)."""
FIX_KEPT = (1250, 800)
"""The two sound counts of the broken file: kept as two days, or added together on one."""


@checks.task(
    "06-fix-file",
    hint=N_(
        "Run ms.check_counts_csv(fixed) and fix everything it lists: the column must be called "
        "tanggal (or date), every date must exist, counts cannot be negative, and each day "
        "appears once."
    ),
)
def fix_file(answer: Any) -> str | None:
    """Right when the file reads cleanly, stays within 23–25 September 2019 and keeps its counts.

    Both honest repairs of the repeated 23 September pass: moving one row to another day, or the
    checker's own advice, "add the counts together" (one row of 1250 + 800). A file that reads
    but is dated elsewhere (another month, another year) is refused.
    """
    import pandas as pd

    from medsos.userdata import read_counts_csv

    if not isinstance(answer, bytes | str):
        return _("Write the corrected file as text between quotes, like the broken one.")
    data = answer.encode("utf-8") if isinstance(answer, str) else answer
    try:
        frame = read_counts_csv(data, name="fixed.csv")
    except CourseError as error:
        listed = "; ".join(str(p.problem).rstrip(".") for p in error.problems) or str(error)
        return _("The file still has {n} problem(s): {problems}.").format(
            n=max(len(error.problems), 1), problems=listed
        )
    days = {pd.Timestamp(d) for d in FIX_DAYS}
    outside = [d for d in frame["date"] if pd.Timestamp(d) not in days]
    if outside:
        return _(
            "The file reads, but {date} is outside the file's days (23–25 September 2019): "
            "check the day, month and year of each row."
        ).format(date=i18n.date(outside[0], "d MMMM yyyy"))
    counts = [int(c) for c in frame["count"]]
    kept_apart = all(c in counts for c in FIX_KEPT)
    added = sum(FIX_KEPT) in counts
    if not (kept_apart or added):
        return _(
            "Keep the file's sound counts, 1250 and 800: as two days, or added together on "
            "23 September (one row per day)."
        )
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
