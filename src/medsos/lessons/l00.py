"""Self-check for lesson 0 (start here): one tiny task, so students try ``ms.check`` once.

Lesson 0 has no exercise notebook. Its one task sits in the lesson itself: count the
campaigns in the course's ``campaigns`` table. The expected answer is counted from
``data/campaigns.csv`` when the check runs, never typed in here, so the check follows
the data if a campaign is added.
"""

from __future__ import annotations

from typing import Any

from medsos import checks
from medsos.checks import expect_number
from medsos.i18n import N_

TRY_CHECK = "00-try-check"


def campaign_count() -> int:
    """How many campaigns the course's ``campaigns`` table holds (one row per campaign)."""
    from medsos.data import load

    return len(load("campaigns"))


@checks.task(
    TRY_CHECK,
    hint=N_(
        'Each row of the table is one campaign: load it with ms.load("campaigns") and count '
        "its rows with len(...)."
    ),
)
def try_check(answer: Any) -> str | None:
    """Right when the answer is the number of rows of ``campaigns`` (a whole number, exactly)."""
    return expect_number(answer, float(campaign_count()), tolerance=0.0)


def expected_answers() -> dict[str, Any]:
    """The expected answer, computed from the data (for facilitators and tests)."""
    return {TRY_CHECK: campaign_count()}
