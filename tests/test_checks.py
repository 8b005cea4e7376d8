"""Exercise checks answer correct / wrong with a hint / not answered, and never raise."""

from __future__ import annotations

import pandas as pd
import pytest

from medsos import checks
from medsos.checks import (
    Feedback,
    check,
    expect_choice,
    expect_columns,
    expect_date,
    expect_number,
    expect_text,
    hint,
    task,
)
from medsos.i18n import N_


@pytest.fixture(autouse=True)
def _demo_task():
    @task("99-demo", hint=N_("Use .idxmax() on the value column."))
    def _checker(answer):
        return expect_number(answer, 42)

    @task("99-essay", hint=N_("Use .idxmax() on the value column."), open_ended=True)
    def _essay(answer):
        return expect_text(answer, min_words=3)

    yield
    checks._TASKS.pop("99-demo", None)
    checks._TASKS.pop("99-essay", None)


def test_a_right_answer_is_correct(english):
    result = check("99-demo", 42)
    assert result and result.status == "correct" and "Correct" in result.message


def test_a_wrong_answer_says_what_is_wrong_and_gives_a_hint(english):
    result = check("99-demo", 50)
    assert not result and result.status == "wrong"
    assert "too high" in result.message and "idxmax" in result.hint


def test_a_blank_answer_is_not_answered_yet():
    for blank in (None, ..., "  "):
        assert check("99-demo", blank).status == "unanswered"


def test_an_odd_answer_never_raises(english):
    result = check("99-demo", {"weird": object()})
    assert result.status == "wrong" and "number" in result.message


def test_an_unknown_task_suggests_the_nearest(english):
    result = check("99-dem", 1)
    assert result.status == "wrong" and "99-demo" in result.message


def test_open_ended_answers_get_thanks_not_a_grade(english):
    assert "no single right answer" in check("99-essay", "one two three four").message


def test_feedback_shows_as_an_escaped_box_with_its_status():
    markup = Feedback("99-demo", "wrong", "<script>x</script>", "<b>h</b>")._repr_html_()
    assert 'data-status="wrong"' in markup and "<script>" not in markup and "<b>h" not in markup


def test_hint_shows_the_translated_hint():
    assert "idxmax" in hint("99-demo").message


def test_expect_helpers(english):
    assert expect_number(41.9, 42) is None and expect_number("42", 42) is not None
    assert expect_number(pd.Series([42.0]), 42) is None
    assert expect_date("2019-08-04", pd.Timestamp("2019-08-04")) is None
    assert "not the day" in expect_date("2019-08-05", "2019-08-04")
    assert "cannot be read as a date" in expect_date("soon", "2019-08-04")
    assert expect_choice("B)", "b", ["a", "b", "c"]) is None
    assert "Choose one of" in expect_choice("z", "b", ["a", "b", "c"])
    assert expect_text("a b", min_words=3) is not None and expect_text(3) is not None
    frame = pd.DataFrame({"date": [1], "count": [2]})
    assert expect_columns(frame, ["date", "count"], rows=1) is None
    assert "missing" in expect_columns(frame, ["campaign"])
    assert "rows" in expect_columns(frame, ["date"], rows=3)


def test_messages_are_in_indonesian_by_default():
    assert check("99-demo", 50).message.endswith("terlalu besar.")
    assert check("99-demo", None).message.startswith("Belum dijawab")
