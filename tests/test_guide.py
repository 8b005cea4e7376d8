"""The facilitator guide's agendas quote each lesson's time estimate (course.yml), in both languages."""

from __future__ import annotations

import re

import pytest
from conftest import ROOT

from medsos import course

# a whole lesson: "| 0:20 | 1 · Real cases (55 min) |"; a part ("part A", "bagian A") or a shortened
# lesson ("(45 min, shortened") is not a whole lesson and is not compared
ROW = re.compile(r"^\| \d:\d\d \| (\d) · (?:(?!part |bagian )[^(|])*\((\d+) (?:min|menit)\)", re.M)


def _minutes(lang: str) -> dict[int, int]:
    """Each lesson's time estimate, from the course map (course.yml), the same in both languages."""
    return {lesson.number: lesson.minutes for lesson in course.load(ROOT)}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_agenda_rows_use_the_lessons_time_estimates(lang):
    guide = (ROOT / "facilitator" / f"guide.{lang}.md").read_text(encoding="utf-8")
    rows = ROW.findall(guide)
    minutes = _minutes(lang)
    assert len(rows) >= 9
    wrong = [(int(n), int(m)) for n, m in rows if minutes.get(int(n)) != int(m)]
    assert not wrong, f"agenda rows whose minutes differ from the lesson's metadata: {wrong}"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_full_day_agenda_covers_every_lesson(lang):
    guide = (ROOT / "facilitator" / f"guide.{lang}.md").read_text(encoding="utf-8")
    listed = {int(n) for n, _m in ROW.findall(guide)} | {
        int(n) for n in re.findall(r"^\| \d:\d\d \| (\d) · ", guide, re.M)
    }
    assert set(_minutes(lang)) <= listed
