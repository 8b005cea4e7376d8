"""Tables in Indonesian notebooks write numbers the Indonesian way (EYD V): ``67,68`` and ``5.000``.

pandas shows ``67.68``, which an Indonesian reader takes for sixty-seven thousand six hundred and
eighty. The course changes only how a table is shown (a pandas Styler through IPython's display
formatter); what a cell returns stays a DataFrame to compute with, and English keeps pandas' display.
"""

from __future__ import annotations

import pandas as pd
import pytest
from IPython.core.formatters import DisplayFormatter

from medsos import data, i18n, tabledisplay

TABLE = pd.DataFrame(
    {
        "province": ["Papua", "Aceh", "Papua Selatan"],
        "rural_pct": [17.25, 67.68, float("nan")],
        "villages": [3099, 5158, 12],
        "year": [2021, 2021, 2021],
        "date": pd.to_datetime(["2019-08-04", "2019-08-13", "2019-08-14"]),
    }
)


class _Shell:
    """What :func:`medsos.tabledisplay.install` needs of IPython's shell: its display formatter."""

    def __init__(self) -> None:
        self.display_formatter = DisplayFormatter()


@pytest.fixture
def shell() -> _Shell:
    shell = _Shell()
    assert tabledisplay.install(shell)
    return shell


def _html(shell: _Shell, obj: object) -> str:
    formatted, _ = shell.display_formatter.format(obj)
    return formatted.get("text/html", "")


def test_an_indonesian_table_shows_decimal_commas_and_thousands_points(shell):
    html = _html(shell, TABLE)
    assert "67,68" in html and "17,25" in html
    assert "5.158" in html and "3.099" in html
    assert "67.68" not in html and "5158" not in html


def test_years_dates_and_missing_values_are_written_as_pandas_writes_them(shell):
    html = _html(shell, TABLE)
    assert ">2021<" in html and "2.021" not in html
    assert "2019-08-04<" in html and "00:00:00" not in html
    assert ">NaN<" in html


def test_a_series_is_shown_as_an_indonesian_table_too(shell):
    views = TABLE.set_index("date")["villages"]
    html = _html(shell, views)
    assert "5.158" in html and "2019-08-13" in html


def test_the_display_changes_nothing_a_student_computes_with(shell):
    frame = data.load("indonesia_internet_2022")
    _html(shell, frame)
    assert isinstance(frame, pd.DataFrame)
    assert frame["total_pct"].dtype == float
    assert frame.set_index("province").loc["Papua", "rural_pct"] == pytest.approx(17.25)


def test_a_long_table_is_cut_like_pandas_with_its_size_in_indonesian(shell):
    attention = data.load("attention")
    html = _html(shell, attention)
    assert html.count("<tr>") < 20
    assert "…" in html
    rows = i18n.number(len(attention))
    assert f"{rows} baris × {attention.shape[1]} kolom" in html


def test_english_writes_thousands_with_commas_and_keeps_the_decimal_point(shell, english):
    html = _html(shell, TABLE)
    assert "67.68" in html and 'class="dataframe"' in html
    big = pd.DataFrame({"value": [19_000_000.0, 55_319.0], "year": [2017, 2018]})
    shown = _html(shell, big)
    assert "19,000,000" in shown and "19000000.0" not in shown
    assert ">2017<" in shown  # a year keeps no thousands mark


def test_switching_language_switches_the_display(shell):
    assert "67,68" in _html(shell, TABLE)
    i18n.set_language("en")
    assert "67.68" in _html(shell, TABLE)


def test_the_styler_is_for_display_and_needs_no_random_id():
    styler = tabledisplay.styled(TABLE, "id")
    assert styler.uuid.startswith("medsos")
    assert "67,68" in styler.to_html()
    assert "67.68" in tabledisplay.styled(TABLE, "en").to_html()


def test_a_row_of_mixed_values_is_written_the_indonesian_way(shell):
    row = pd.Series({"value": 21581.0, "share": 0.7429, "date_start": pd.Timestamp("2019-09-19")})
    html = _html(shell, row)
    assert ">21.581<" in html and ">0,7429<" in html and ">2019-09-19<" in html
    assert "000000" not in html and "00:00:00" not in html


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_tables_cells_and_headers_are_escaped_like_pandas_own(lang):
    hostile = pd.DataFrame(
        {"<b>name</b>": ["<script>alert(1)</script>", "ok"], "count": [1000, 2]},
        index=["<img src=x onerror=alert(1)>", "b"],
    )
    html = tabledisplay.styled(hostile, lang).to_html()
    assert "<script>" not in html and "<img" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert ("1.000" if lang == "id" else "1,000") in html
