"""Every student case of issue #17, replayed on the real tasks, gets the fair answer.

``test_fair_answers.py`` tests the readers (dates, numbers, reflections) on their own; this file
asks each exercise task what a student actually typed, in both languages, and checks the verdict
and that the message neither reveals the answer nor points the wrong way.
"""

from __future__ import annotations

import re

import pytest

import medsos as ms
from medsos.answers import read_date

BROKEN = b"tangal;jumlah\n23/09/2019;1250\n31/02/2019;-4\n23/09/2019;800\n"
"""The broken file of task 06-fix-file, as the exercise gives it."""


@pytest.fixture(params=["id", "en"])
def lang(request):
    """Each case in both languages: the feedback must be fair in the student's own."""
    ms.set_language(request.param)
    return request.param


def _status(task, answer):
    return ms.check(task, answer).status


# --- dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize("task", ["01-hk-peak-day", "06-peak-day"])
@pytest.mark.parametrize(
    "typed", ["2019-08-04", "04/08/2019", "4 Agustus 2019", "4 Agu 2019", "4 August 2019"]
)
def test_the_peak_day_written_day_first_or_with_an_indonesian_month_is_right(task, typed, lang):
    assert _status(task, typed) == "correct"


def test_metoo_best_accepts_an_indonesian_month_name(lang):
    assert _status("01-metoo-best", (461, "16 Oktober 2017")) == "correct"


@pytest.mark.parametrize("task", ["01-hk-peak-day", "06-peak-day"])
def test_a_wrong_day_is_printed_back_in_a_form_the_checker_reads(task, lang):
    message = ms.check(task, "13/08/2019").message
    printed = re.search(r"13 \w+ 2019", message).group(0)
    assert str(read_date(printed).date()) == "2019-08-13"


@pytest.mark.parametrize("task", ["01-hk-peak-day", "06-peak-day"])
@pytest.mark.parametrize("odd", [20190804, 1565000000, 3.5, "kemarin", "the peak", [1, 2], True])
def test_a_non_date_answer_never_reveals_the_peak_day(task, odd, lang):
    feedback = ms.check(task, odd)
    assert feedback.status == "wrong"
    text = str(feedback)
    for form in ("2019-08-04", "04/08/2019", "4/8/2019", "4 Ag", "4 Aug", "1970"):
        assert form not in text


# --- numbers: decimal comma, unit, rounding ------------------------------------------------


def test_a_decimal_comma_is_answered_with_use_a_point_not_a_python_type(lang):
    message = ms.check("05-papua-gap", (67, 68)).message  # what Python makes of 67,68
    assert "67.68" in message
    assert "tuple" not in message
    assert ("titik" if lang == "id" else "point") in message


UNIT_SLIPS = [
    ("02-bbog-share", 0.0314, "percent"),
    ("04-counter-share", 0.113, "percent"),
    ("05-papua-gap", 0.6768, "percent"),
    ("03-gallup-rise", 0.33, "percent"),
    ("02-tipping-point", 25, "fraction"),
]


@pytest.mark.parametrize("task, typed, unit", UNIT_SLIPS)
def test_a_share_in_the_other_unit_is_told_the_unit_not_too_low_or_too_high(task, typed, unit):
    ms.set_language("en")
    feedback = ms.check(task, typed)
    assert feedback.status == "wrong"
    assert unit in feedback.message
    assert "too" not in feedback.message
    ms.set_language("id")
    message = ms.check(task, typed).message
    assert ("persen" if unit == "percent" else "pecahan") in message
    assert "terlalu" not in message


@pytest.mark.parametrize(
    "task, right",
    [
        ("02-bbog-share", 3.1),
        ("02-bbog-share", 3.1435),
        ("02-tipping-point", 0.25),
        ("04-counter-share", 11.3),
        ("04-half-life", 5.9),
        ("04-half-life", 5.866),
        ("05-papua-gap", 67.7),
        ("05-papua-gap", 67.68),
        ("03-gallup-rise", 33),
    ],
)
def test_the_right_share_at_the_stated_precision_or_finer_is_right(task, right):
    assert _status(task, right) == "correct"


@pytest.mark.parametrize("task, coarse", [("05-papua-gap", 68), ("02-bbog-share", 3)])
def test_a_coarser_rounding_is_asked_to_round_as_the_question_says(task, coarse):
    ms.set_language("en")
    message = ms.check(task, coarse).message
    assert "round to 1 decimal" in message and "too" not in message


def test_one_and_a_half_times_more_is_accepted_as_two_and_a_half_times_as_many(lang):
    feedback = ms.check("02-climate-growth", 1.5)
    assert feedback.status == "correct"
    assert "2,5" in feedback.message if lang == "id" else "2.5" in feedback.message
    assert _status("02-climate-growth", 2.5) == "correct"
    assert _status("02-climate-growth", 4.0) == "wrong"


def test_the_internet_share_instead_of_the_year_is_not_called_too_low(lang):
    feedback = ms.check("03-idn-half", 53.73)
    assert feedback.status == "wrong"
    assert "terlalu" not in feedback.message and "too low" not in feedback.message
    assert ("tahun" if lang == "id" else "year") in feedback.message
    assert _status("03-idn-half", 2020) == "correct"


# --- task 06-fix-file and the file checker agree --------------------------------------------


def test_the_file_checker_names_all_four_problems_of_the_broken_file_at_once(lang):
    report = ms.check_counts_csv(BROKEN, name="rusak.csv")
    assert len(report.problems) == 4
    text = str(report)
    for sign in ("tangal", "31/02/2019", "-4", "2019-09-23"):
        assert sign in text


def test_the_fix_file_task_lists_every_problem_left(lang):
    message = ms.check("06-fix-file", BROKEN).message
    assert "4" in message and "31/02/2019" in message and "-4" in message


@pytest.mark.parametrize(
    "fixed",
    [
        b"tanggal;jumlah\n23/09/2019;1250\n24/09/2019;4\n25/09/2019;800\n",  # the solution
        b"tanggal;jumlah\n23/09/2019;2050\n24/09/2019;4\n",  # "add the counts together"
        b"tanggal;jumlah\n23/09/2019;2050\n24/09/2019;0\n",
        "date,count\n2019-09-23,1250\n2019-09-24,4\n2019-09-25,800\n",
    ],
)
def test_every_honest_repair_including_the_checkers_own_advice_is_right(fixed, lang):
    assert _status("06-fix-file", fixed) == "correct"


@pytest.mark.parametrize(
    "misdated",
    [
        b"tanggal;jumlah\n23/09/2020;1250\n24/09/2020;4\n25/09/2020;800\n",
        b"tanggal;jumlah\n23/10/2019;1250\n24/10/2019;4\n25/10/2019;800\n",
        b"tanggal;jumlah\n01/01/2019;1250\n02/01/2019;4\n03/01/2019;800\n",
    ],
)
def test_a_file_that_reads_but_is_wrongly_dated_is_refused(misdated, lang):
    feedback = ms.check("06-fix-file", misdated)
    assert feedback.status == "wrong"
    assert "23–25 September 2019" in feedback.message


def test_a_file_that_drops_a_count_is_refused():
    ms.set_language("en")
    assert _status("06-fix-file", b"tanggal;jumlah\n23/09/2019;1250\n24/09/2019;4\n") == "wrong"


# --- reflections and hints --------------------------------------------------------------


REFLECTIONS = [f"0{n}-reflection" for n in range(1, 7)]


@pytest.mark.parametrize("task", REFLECTIONS)
def test_padding_is_not_a_reflection_and_an_honest_answer_is(task, lang):
    assert _status(task, " ".join(["word"] * 30)) == "wrong"
    honest = (
        "Menurut saya tagar ini membuat banyak orang tahu dengan cepat, tetapi perubahan datang "
        "dari orang yang terus berorganisasi di luar jaringan selama berbulan-bulan, dan itu "
        "tidak terlihat dalam grafik mana pun yang kami buka hari ini."
    )
    assert _status(task, honest) == "correct"


@pytest.mark.parametrize("task", ["06-peak-day", "06-fix-file"])
def test_hints_point_only_to_what_the_notebook_has(task, lang):
    hint = ms.hint(task).message
    assert "analysis above" not in hint and "analisis di atas" not in hint
