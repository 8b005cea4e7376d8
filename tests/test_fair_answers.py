"""Exercise checks read an answer as the student meant it, and refuse with a reason (issue #17).

Each case below is one a student actually typed: a day-first date as the course's own practice CSV
writes it, an Indonesian month name, a decimal comma, a fraction for a percent, a padded reflection.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

import medsos as ms
from medsos.answers import AnswerProblem, read_date, read_number, reflection_problem
from medsos.checks import expect_date, expect_number, expect_text

AUG4 = pd.Timestamp("2019-08-04")


@pytest.mark.parametrize(
    "typed",
    [
        "2019-08-04",
        "04/08/2019",
        "4/8/2019",
        "04-08-2019",
        "04.08.2019",
        "4 August 2019",
        "August 4, 2019",
        "4 Agustus 2019",
        "4 Agu 2019",
        "4 agt 2019",
        "Minggu, 4 Agustus 2019",
        "Sunday 4 Aug 2019",
        "2019/08/04",
        AUG4,
        AUG4.date(),
    ],
)
def test_every_reasonable_way_to_write_4_august_2019_is_read_as_that_day(typed):
    assert expect_date(typed, AUG4) is None


def test_indonesian_month_names_of_other_lessons_are_read():
    assert read_date("16 Oktober 2017") == pd.Timestamp("2017-10-16")
    assert read_date("31 Desember 2020") == pd.Timestamp("2020-12-31")
    assert read_date("1 Mei 2019") == pd.Timestamp("2019-05-01")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_wrong_day_is_printed_back_in_a_form_the_checker_reads(lang):
    ms.set_language(lang)
    message = expect_date("13/08/2019", AUG4)
    printed = re.search(r"13 \w+ 2019", message).group(0)
    assert read_date(printed) == pd.Timestamp("2019-08-13")


def test_a_month_first_date_is_refused_with_how_to_write_it(english):
    message = expect_date("08/13/2019", AUG4)
    assert "month-first" in message and "day first" in message
    ms.set_language("id")
    assert "hari" in expect_date("08/13/2019", AUG4).lower()


@pytest.mark.parametrize("odd", [20190804, 1565000000, 3.5, True, "soon", "besok", [1, 2], None])
def test_a_non_date_never_reveals_the_answer_nor_prints_1970(odd, english):
    message = expect_date(odd, AUG4) if odd is not None else "blank"
    for form in ("2019-08-04", "04/08/2019", "4 Aug", "1970"):
        assert form not in message


def test_a_number_for_a_date_says_to_write_a_date(english):
    assert "number is not a date" in expect_date(20190804, AUG4)


def test_a_decimal_comma_gets_write_a_decimal_point_not_a_python_type(english):
    typed = (67, 68)  # what Python makes of 67,68
    message = expect_number(typed, 67.68, decimals=2)
    assert "67.68" in message and "point" in message
    assert "tuple" not in message
    ms.set_language("id")
    message = expect_number(typed, 67.68, decimals=2)
    assert "titik" in message and "tuple" not in message


@pytest.mark.parametrize(
    "odd", ["67,68", "sixty", "67.7", [1, 2], {"a": 1}, True, float("nan"), object()]
)
@pytest.mark.parametrize("lang", ["id", "en"])
def test_feedback_names_no_python_type(odd, lang):
    ms.set_language(lang)
    message = expect_number(odd, 67.68, decimals=1)
    assert message
    assert not re.search(r"\b(tuple|str|list|dict|float|int|bool|NoneType|object)\b", message)


def test_percent_and_fraction_follow_one_rule_and_name_the_unit(english):
    assert expect_number(74.29, 74.29, unit="percent") is None
    assert "percent" in expect_number(0.7429, 74.29, unit="percent")
    assert "fraction" in expect_number(25, 0.25, unit="fraction")
    assert "too" not in expect_number(0.7429, 74.29, unit="percent")
    assert "percent" in expect_number(50, 74.29, unit="percent")  # too low, and says the unit


def test_rounding_is_tolerated_to_the_stated_precision(english):
    assert expect_number(67.7, 67.68, decimals=1) is None
    assert expect_number(67.68, 67.68, decimals=1) is None
    assert "round" in expect_number(68, 67.68, decimals=1)
    assert "too" in expect_number(60, 67.68, decimals=1)


def test_a_reflection_of_padding_or_copied_text_is_refused_and_an_honest_one_passes():
    padded = " ".join(["word"] * 25)
    assert reflection_problem(padded, min_words=25)
    honest_en = (
        "I think the hashtag made people aware quickly, but the change came from people who "
        "kept organising offline for months, and awareness alone did not free anyone."
    )
    honest_id = (
        "Menurut saya tagar membuat banyak orang tahu dengan cepat, tetapi perubahan datang dari "
        "orang yang terus berorganisasi di luar jaringan selama berbulan-bulan."
    )
    assert reflection_problem(honest_en, min_words=20) is None
    assert reflection_problem(honest_id, min_words=20) is None
    assert reflection_problem("asdf qwer zxcv " * 10, min_words=20)
    assert reflection_problem(honest_en, min_words=20, copied_from=(honest_en,))
    assert expect_text(honest_en, min_words=20) is None


def test_readers_raise_a_sentence_not_a_traceback():
    for bad in ("31/02/2019", "12/31/19", "2019-13-01"):
        with pytest.raises(AnswerProblem):
            read_date(bad)
    with pytest.raises(AnswerProblem):
        read_number("67,68")
    assert read_number(pd.Series([3.0])) == 3.0


# --- the feedback language comes from the notebook, not its folder -------------------------


def test_a_copied_english_notebook_speaks_english_in_any_folder(tmp_path, monkeypatch):
    from medsos import i18n

    copy = tmp_path / "Downloads" / "id" / "01-real-cases.ipynb"  # even under a folder named id
    copy.parent.mkdir(parents=True)
    source = Path(__file__).resolve().parents[1] / "notebooks" / "en" / "01-real-cases.ipynb"
    copy.write_bytes(source.read_bytes())
    monkeypatch.delenv("MEDSOS_LANG", raising=False)
    monkeypatch.setenv("JPY_SESSION_NAME", str(copy))
    monkeypatch.chdir(copy.parent)
    assert i18n.detect_language() == "en"
    monkeypatch.setenv("MEDSOS_LANG", "id")  # an explicit choice still wins
    assert i18n.detect_language() == "id"


def test_without_a_named_notebook_the_folder_decides(tmp_path, monkeypatch):
    from medsos import i18n

    monkeypatch.delenv("MEDSOS_LANG", raising=False)
    monkeypatch.delenv("JPY_SESSION_NAME", raising=False)
    (tmp_path / "en").mkdir()
    monkeypatch.chdir(tmp_path / "en")
    assert i18n.detect_language() == "en"
    monkeypatch.setenv("JPY_SESSION_NAME", str(tmp_path / "missing.ipynb"))
    assert i18n.detect_language() == "en"


def test_every_course_notebook_says_its_language():
    from conftest import ROOT

    from medsos.i18n import notebook_language

    paths = sorted(ROOT.glob("[ne]*/[ie][dn]/*.ipynb"))
    assert len(paths) >= 26
    for path in paths:
        assert notebook_language(path) == path.parent.name, path
