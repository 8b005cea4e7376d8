"""Lesson 3 (a platform for equality): the divide explorer, its charts, checkers and key numbers.

Every view draws in both languages; impossible selections end in a friendly message,
never a traceback; hidden controls follow the view; BPS's 0 for Jakarta's rural
households is treated as "no villages", not "0% online"; the numbers the lesson's prose
states are pinned here, so a change in data/ is noticed.
"""

from __future__ import annotations

import pandas as pd
import pytest

import medsos as ms
from medsos import checks, i18n
from medsos.charts import Chart
from medsos.errors import CourseError
from medsos.exercises import l03
from medsos.widgets import divide, indonesia

VIEWS = list(divide.VIEWS)


def _figure(figure_id: str) -> float:
    return float(ms.load("published_figures").set_index("figure_id").loc[figure_id, "value"])


def _explorer(view: str = "time"):
    return ms.divide_explorer(view, remember=False)


def _is_message(result: object) -> bool:
    return isinstance(result, str) and "medsos-error" in result


# --- the explorer --------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("view", VIEWS)
def test_every_view_draws_a_chart_with_title_labels_source_and_alt(view, lang):
    i18n.set_language(lang)
    explorer = _explorer(view)
    chart = explorer.last
    assert isinstance(chart, Chart), chart
    assert chart.png().startswith(b"\x89PNG")
    assert chart.title and chart.xlabel and chart.ylabel and chart.source
    assert chart.alt.startswith(chart.title)
    assert "http" in chart.caption(), "the caption names where the data come from"


@pytest.mark.parametrize(
    "choice, words",
    [
        ({"countries": ()}, "No country is chosen"),
        ({"view": "year", "countries": ()}, "No country is chosen"),
        ({"view": "year", "countries": ("Nigeria",), "year": 2023}, "a figure for 2023"),
        ({"view": "provinces", "measure": "signal", "year": 2016}, "no figures for"),
        ({"view": "gender", "everyone": False, "countries": ("Japan",)}, "survey"),
        ({"view": "gender", "everyone": False, "countries": ()}, "No country is chosen"),
    ],
)
def test_impossible_selections_show_a_friendly_message_not_a_traceback(english, choice, words):
    explorer = _explorer()
    result = explorer.set(**choice)
    assert _is_message(result), result
    assert words.lower() in result.lower()
    assert "How to fix" in result
    assert "Traceback" not in result


def test_a_year_where_no_chosen_country_has_data_names_the_years_that_do(english):
    # 2023: only some countries have a figure; Nigeria's last figure is older
    with pytest.raises(CourseError) as error:
        divide.draw_year(["Nigeria"], 2023)
    assert "2023" in str(error.value)
    assert "have data from" in error.value.problems[0].fix


def test_an_empty_selection_is_shown_in_indonesian_too():
    result = _explorer().set(countries=())
    assert "Belum ada negara yang dipilih" in result


def test_each_view_shows_only_its_own_controls():
    explorer = _explorer()
    for view, used in divide.VIEW_CONTROLS.items():
        explorer.set(view=view)
        shown = {n for n, c in explorer.controls.items() if c.layout.display != "none"}
        assert shown == {"view", *used}, view


def test_the_year_slider_follows_the_view_and_measure():
    explorer = _explorer()
    year = explorer.controls["year"]
    explorer.set(view="provinces")
    assert (year.min, year.max, year.value, year.disabled) == (2022, 2022, 2022, True)
    explorer.set(measure="skills")
    assert (year.min, year.max, year.value, year.disabled) == (2015, 2021, 2021, False)
    explorer.set(view="year")
    assert year.min == 1990 and year.max == 2023 and not year.disabled


def test_every_control_changes_the_picture():
    explorer = _explorer()
    pictures = {explorer.last.png()}
    for change in (
        {"countries": ("Indonesia", "World")},
        {"years": (2010, 2023)},
        {"view": "year"},
        {"year": 2015},
        {"view": "gender"},
        {"everyone": False},
        {"view": "provinces"},
        {"measure": "rural"},
        {"measure": "signal"},
        {"year": 2014},
        {"view": "urbanrural"},
        {"order": "name"},
        {"view": "devices"},
    ):
        result = explorer.set(**change)
        assert isinstance(result, Chart), (change, result)
        pictures.add(result.png())
    assert len(pictures) == 14


def test_remembered_charts_are_reused_and_keyed_on_what_the_view_uses():
    explorer = ms.divide_explorer("devices")
    first = explorer.last
    explorer.set(countries=("Indonesia",))  # devices ignores countries: same chart
    assert explorer.last is first


def test_indonesia_is_highlighted_and_the_world_is_translated():
    chart = divide.draw_time(["Indonesia", "World"], 2000, 2023)
    labels = [line.get_label() for line in chart.ax.get_lines()]
    assert labels == ["Indonesia", "Dunia"]
    indonesia = chart.ax.get_lines()[0]
    assert indonesia.get_color() == divide.HIGHLIGHT and indonesia.get_linewidth() > 3


def test_jakarta_has_no_rural_figure_rather_than_zero_percent(english):
    tables = divide._tables()
    assert tables.no_rural == ("DKI Jakarta",)
    assert pd.isna(tables.households.loc["DKI Jakarta", "rural"])
    chart = divide.draw_provinces("rural")
    names = [line.rsplit("  ", 1)[0] for t in chart.ax.texts for line in t.get_text().split("\n")]
    assert "DKI Jakarta" not in names and "Papua" in names
    assert "Not drawn: DKI Jakarta (no rural households" in chart.caption()


def test_province_chart_is_lesson_5s_chart_with_the_national_line_and_papua_lowest(english):
    chart = divide.draw_provinces("total")
    columns = sorted(
        (text for text in chart.ax.texts if "\n" in text.get_text()),
        key=lambda text: text.get_position()[0],
    )
    rows = [row for text in columns for row in text.get_text().split("\n")]
    assert len(columns) == 2 and len(rows) == 34, "34 provinces with a figure, in two columns"
    assert rows[-1] == "Papua  35.1%", "sorted from highest to lowest, values beside names"
    dashed = [ln for ln in chart.ax.get_lines() if ln.get_linestyle() == "--"]
    assert dashed and dashed[0].get_xdata()[0] == pytest.approx(86.54), "the national line"
    assert "Papua Pegunungan" in chart.caption(), "new provinces without a figure are named"
    assert chart.png() == indonesia.draw_ranking("internet", "total", 2022).png(), "one renderer"


def test_static_functions_are_public_and_draw(english):
    for chart in (
        ms.plot_internet_use("Indonesia"),
        ms.plot_gender_gap(),
        ms.plot_provinces("skills", 2015),
        ms.plot_urban_rural("rural"),
        ms.plot_devices(),
        ms.plot_world_divide(),
        ms.plot_internet_sources(),
        ms.plot_samesex_opinion(),
    ):
        assert chart.png().startswith(b"\x89PNG")


def test_published_charts_say_published_and_name_their_pages(english):
    chart = ms.plot_samesex_opinion()
    assert chart.kind == "published"
    assert "joemygod.com" in chart.caption()
    assert "2011: 53%" in chart.alt and "2015: 60%" in chart.alt
    assert "apjii.or.id" in ms.plot_internet_sources().caption()
    assert "dailypulsereport.com" in ms.plot_world_divide().caption()


def test_the_ruling_day_is_marked_after_the_may_2015_poll():
    chart = ms.plot_samesex_opinion()
    ruling = [line for line in chart.ax.get_lines() if line.get_color() == divide.HIGHLIGHT]
    assert ruling, "the ruling line is drawn"
    x = ruling[0].get_xdata()[0]
    polls = ms.samesex_opinion()
    may_2015 = l03._poll_dates(polls)[polls["date_start"].dt.year == 2015][0]
    assert may_2015.year + (may_2015.dayofyear - 1) / 365.25 < x < 2015.5


def test_unknown_names_are_course_errors():
    with pytest.raises(CourseError):
        divide.divide_explorer("map")
    with pytest.raises(CourseError):
        divide.draw_provinces("wifi")
    with pytest.raises(CourseError):
        divide.draw_urban_rural("size")
    with pytest.raises(CourseError):
        divide.draw_time(["Atlantis"])


def test_bench_is_defined_and_starts_from_a_chart():
    factory, changes = divide.BENCH[0]
    explorer = factory()
    assert isinstance(explorer.last, Chart)
    names = {name for change in changes for name in change}
    assert names == set(explorer.controls), "the benchmark moves every control"


# --- exercise checkers -------------------------------------------------------------------


def test_expected_answers_come_from_the_data():
    expected = l03.expected_answers()
    assert expected["03-idn-half"] == 2020
    assert expected["03-biggest-gap"] == "Papua"
    assert expected["03-gallup-rise"] == 33
    assert expected["03-gender-indonesia"] == "b"


@pytest.mark.parametrize(
    "task, right, wrong",
    [
        ("03-idn-half", 2020, 2019),
        ("03-biggest-gap", "papua", "Nusa Tenggara Timur"),
        ("03-gallup-rise", 33, 44),
        ("03-gender-indonesia", "b", "a"),
        ("03-quiz-1", "b", "a"),
        ("03-quiz-2", "c", "a"),
    ],
)
def test_checkers_accept_the_right_answer_and_refuse_a_wrong_one(task, right, wrong):
    assert ms.check(task, right).status == "correct"
    feedback = ms.check(task, wrong)
    assert feedback.status == "wrong" and feedback.hint
    assert ms.check(task, None).status == "unanswered"


def test_the_jakarta_trap_gets_its_own_explanation(english):
    feedback = ms.check("03-biggest-gap", "DKI Jakarta")
    assert feedback.status == "wrong"
    assert "no rural households" in feedback.message


def test_reflection_needs_25_words_of_ones_own():
    assert ms.check("03-reflection", "too short").status == "wrong"
    assert (
        ms.check("03-reflection", " ".join(["kata"] * 25)).status == "wrong"
    )  # padding is not a reflection
    honest = "Menurut saya tagar ini membantu orang tahu tentang masalah, tetapi perubahan nyata datang dari orang yang turun ke jalan dan dari tekanan pada pemerintah, bukan dari jumlah cuitan saja."
    assert ms.check("03-reflection", honest).status == "correct"


def test_every_lesson_3_task_is_registered():
    assert set(checks.tasks(3)) == {
        "03-idn-half",
        "03-biggest-gap",
        "03-gallup-rise",
        "03-gender-indonesia",
        "03-reflection",
        "03-quiz-1",
        "03-quiz-2",
    }


# --- numbers the lesson states (notebooks/*/03-equality.ipynb) ----------------------------


def test_lovewins_figures_quoted_in_the_lesson():
    assert _figure("lovewins-01") == 6_200_000
    assert _figure("lovewins-02") == 7_000_000
    assert _figure("lovewins-03") == 3_000_000
    assert _figure("lovewins-04") == 10_100_000


def test_gallup_points_quoted_in_the_lesson():
    polls = ms.samesex_opinion()
    assert list(polls["date_start"].dt.year) == [1996, 2011, 2015, 2021, 2022, 2023, 2025]
    assert list(polls["support_pct"]) == [27, 53, 60, 70, 71, 71, 68]  # eased in May 2025
    may = polls["date_start"].dt.year == 2015
    assert polls.loc[may, "date_end"].iloc[0] < pd.Timestamp("2015-06-26"), "poll before ruling"


def test_itu_and_apjii_figures_quoted_in_the_lesson():
    assert _figure("digitaldivide-itu-2024-world") == 68
    assert _figure("digitaldivide-itu-2024-high-income") == 93
    assert _figure("digitaldivide-itu-2024-low-income") == 27
    assert _figure("digitaldivide-itu-2024-ldc") == 35
    assert (_figure("digitaldivide-01"), _figure("digitaldivide-02")) == (70, 65)
    assert _figure("indonesia_internet-apjii-2024") == 79.5
    assert _figure("indonesia_internet-apjii-2023") == 78.19
    assert _figure("indonesia_internet-apjii-2024-men") == 87.6
    assert _figure("indonesia_internet-apjii-2024-women") == 85.5


def test_indonesia_itu_owid_numbers_quoted_in_the_lesson():
    frame = ms.internet_sources()
    assert round(frame.loc[2023, "itu_pct"], 1) == 69.2
    assert round(frame.loc[2022, "itu_pct"], 1) == 66.5
    idn = ms.load("internet_use").query("iso3 == 'IDN'").set_index("year")["internet_pct"]
    assert round(idn.loc[2010], 1) == 10.9 and round(idn.loc[2020], 1) == 53.7
    assert idn.loc[2019] < 50 <= idn.loc[2020]


def test_bps_numbers_quoted_in_the_lesson():
    bps = ms.load("indonesia_internet_2022").set_index("province")
    assert bps.loc["Indonesia", ["urban_pct", "rural_pct", "total_pct"]].tolist() == [
        90.9,
        80.54,
        86.54,
    ]
    assert bps.loc["Papua", ["urban_pct", "rural_pct"]].tolist() == [84.93, 17.25]
    assert bps.loc["DKI Jakarta", "rural_pct"] == 0
    signal = ms.load("indonesia_no_signal").set_index(["province", "year"])["villages"]
    assert signal.loc[("Indonesia", 2014)] == 7717 and signal.loc[("Indonesia", 2021)] == 5158
    assert signal.loc[("Papua", 2021)] == 3099
    devices = ms.load("indonesia_devices").set_index(["year", "device_en"])["pct"]
    assert devices.loc[(2021, "Mobile phone")] == 99.15


def test_gender_gap_numbers_quoted_in_the_lesson():
    gap = ms.load("gender_gap").set_index(["iso3", "source"])
    assert gap.loc[("IDN", "DHS"), ["women_pct", "men_pct"]].tolist() == [48.2, 42.5]
    assert gap.loc[("IDN", "ITU"), ["women_pct", "men_pct"]].tolist() == [64.2, 69.9]
    pakistan = gap.loc[("PAK", "DHS")]
    assert int(pakistan["year"]) == 2017
    assert (pakistan["women_pct"], pakistan["men_pct"]) == (12.0, 28.4)
