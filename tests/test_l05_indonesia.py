"""Lesson 5 (Indonesia): the explorer, the static charts, the checkers, and the numbers the
lesson states in its prose.

If a "pinned number" test fails, the data changed: re-read notebooks/*/05-indonesia.ipynb and
lessons/05-indonesia/ (grep for the number, or its placeholder) before updating the test.
"""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd
import pytest

import medsos as ms
from medsos import checks, i18n, provinces
from medsos.charts import Chart
from medsos.errors import CourseError
from medsos.exercises import l05
from medsos.widgets import indonesia
from medsos.widgets.base import Explorer

NEW_PAPUA = ("Papua Barat Daya", "Papua Pegunungan", "Papua Selatan", "Papua Tengah")


@pytest.fixture
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("id")


def _fresh(measure: str = "internet", province: str = "") -> Explorer:
    return ms.indonesia_explorer(measure, province, remember=False)


def _figure(figure_id: str) -> float:
    return float(ms.load("published_figures").set_index("figure_id").loc[figure_id, "value"])


# --- the explorer: every choice draws, impossible ones are messages --------------------


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_measure_group_year_draws_a_chart_with_title_labels_source_and_alt(lang):
    i18n.set_language(lang)
    for measure, group, year in provinces.rankings():
        chart = indonesia.draw_ranking(measure, group, year, "Papua")
        assert isinstance(chart, Chart)
        assert chart.png().startswith(b"\x89PNG")
        assert chart.title and chart.xlabel and chart.ylabel and chart.source
        assert chart.alt.startswith(chart.title), (measure, group, year)


def test_bars_are_sorted_largest_first_and_the_chosen_province_is_highlighted():
    chart = indonesia.draw_ranking("internet", "rural", 2022, "Papua")
    bars = chart.ax.collections[0]
    segments = bars.get_segments()
    widths = [seg[1][0] - seg[0][0] for seg in segments]
    assert widths == sorted(widths, reverse=True)
    # 33 provinces (no rural Jakarta): 1-17 in the left column, 18-33 in the right one
    starts = sorted({round(seg[0][0], 6) for seg in segments})
    assert len(starts) == 2 and starts[0] == 0
    assert [seg[0][0] == 0 for seg in segments] == [True] * 17 + [False] * 16
    assert [seg[0][1] for seg in segments] == list(range(17)) + list(range(16))
    colours = [tuple(np.round(c, 3)) for c in bars.get_colors()]
    assert len(set(colours)) == 2, "one colour for all, one for the chosen province"
    assert widths[-1] == pytest.approx(17.25), "Papua's rural share is the shortest bar"
    assert colours[-1] != colours[0]


def test_names_sit_on_their_bars_one_text_a_column_and_the_chosen_one_is_drawn_apart(english):
    chart = indonesia.draw_ranking("internet", "total", 2022, "Bali")
    chart.png()
    columns = [text for text in chart.ax.texts if "\n" in text.get_text()]
    assert len(columns) == 2, "one Text of names per column"
    left, right = sorted(columns, key=lambda text: text.get_position()[0])
    lines = left.get_text().split("\n") + right.get_text().split("\n")
    assert len(lines) == 34 and lines[0] == "DKI Jakarta  95.4%"
    assert right.get_text().split("\n")[0] == lines[17], "place 18 heads the right column"
    bali = lines.index("")
    assert [t.get_text() for t in chart.ax.texts if t.get_text().startswith("Bali")] == [
        "Bali  91.2%"
    ]
    renderer = chart.fig.canvas.get_renderer()
    first, last = (chart.ax.transData.transform((0, y))[1] for y in (0, 16))
    row = (first - last) / 16
    for names in columns:
        box = names.get_window_extent(renderer)
        assert box.y1 - box.y0 == pytest.approx(first - last + row, rel=0.03), "lines on rows"
        assert box.y1 == pytest.approx(first + row / 2, abs=row * 0.25), "first line on row 1"
    assert bali == 4


def test_the_national_figure_is_a_dashed_line_for_shares_and_a_caption_total_for_counts(english):
    shares = indonesia.draw_ranking("internet", "total", 2022)
    lines = [ln for ln in shares.ax.get_lines() if ln.get_linestyle() == "--"]
    assert lines and lines[0].get_xdata()[0] == pytest.approx(86.54)
    # the same mark in the right column, at 86.54 on its own scale
    offset = lines[0].get_xdata()[3] - lines[0].get_xdata()[0]
    assert offset > 100 and shares.ax.get_xlim()[1] == pytest.approx(offset + 100)
    labels = [t for t in shares.ax.texts if t.get_text() == "Indonesia 86.5%"]
    assert len(labels) == 2, "the national mark is labelled in each column"
    assert "Indonesia as a whole, 86.5%" in shares.caption()
    counts = indonesia.draw_ranking("no_signal", "total", 2021)
    assert not [ln for ln in counts.ax.get_lines() if ln.get_linestyle() == "--"]
    assert "Indonesia in total: 5,158 villages; Papua alone: 3,099 (60%)" in counts.caption()


def test_jakarta_is_left_out_of_the_rural_ranking_not_drawn_as_zero(english):
    ranking = ms.indonesia_ranking("internet", "rural")
    assert "DKI Jakarta" not in set(ranking["Province"])
    assert (ranking["% of households"] > 0).all()
    chart = indonesia.draw_ranking("internet", "rural", 2022)
    assert "Not drawn: DKI Jakarta" in chart.caption()
    assert "DKI Jakarta" in set(ms.indonesia_ranking("internet", "urban")["Province"])


def test_new_papuan_provinces_are_named_in_the_caption_never_drawn(english):
    chart = indonesia.draw_ranking("internet", "total", 2022)
    assert all(name in chart.caption() for name in NEW_PAPUA)
    drawn = {
        line.rsplit("  ", 1)[0] for text in chart.ax.texts for line in text.get_text().split("\n")
    }
    assert "Papua" in drawn and "Papua Barat" in drawn
    assert not drawn & set(NEW_PAPUA)
    assert len(ms.indonesia_ranking("internet")) == 34


@pytest.mark.parametrize(
    "choice, words",
    [
        ({"group": "rural", "province": "DKI Jakarta"}, "no rural households"),
        ({"province": "Papua Selatan"}, "new Papuan provinces"),
        ({"measure": "skills", "province": "Papua Tengah"}, "new Papuan provinces"),
        ({"measure": "no_signal", "province": "Papua Pegunungan"}, "new Papuan provinces"),
    ],
)
def test_impossible_selections_show_a_friendly_message_not_a_traceback(english, choice, words):
    explorer = _fresh()
    result = explorer.set(**choice)
    assert isinstance(result, str), "a message, not a chart"
    assert 'class="medsos-error"' in result and "Traceback" not in result
    assert words in result and "How to fix" in result
    explorer.set(group="total", province="Papua")
    assert isinstance(explorer.last, Chart), "a later valid choice draws again"


def test_programmatic_impossible_choices_are_course_errors_with_a_fix(english):
    for args, words in [
        (("skills", "rural", 2021), "urban and rural"),
        (("skills", "total", 2022), "2015, 2016"),
        (("followers", "total", 2022), "internet, skills"),
    ]:
        with pytest.raises(CourseError) as error:
            indonesia.draw_ranking(*args)
        assert words in str(error.value)
        assert error.value.problems[0].fix
    with pytest.raises(CourseError, match="Papua"):
        ms.indonesia_explorer("internet", "Papuaa")


def test_a_new_measure_rescopes_groups_and_years_and_keeps_the_province():
    explorer = _fresh("internet", "Aceh")
    explorer.controls["group"].value = "rural"
    explorer.controls["measure"].value = "no_signal"
    assert explorer.controls["group"].value == "total"
    assert [v for _label, v in explorer.controls["group"].options] == ["total"]
    assert explorer.controls["year"].value == 2021
    assert explorer.controls["province"].value == "Aceh"
    assert isinstance(explorer.last, Chart)
    explorer.controls["year"].value = 2014
    explorer.controls["measure"].value = "skills"
    assert explorer.controls["year"].value == 2021, "2014 has no ICT figures: the latest year"


def test_every_control_changes_the_picture():
    explorer = _fresh("internet", "Papua")
    seen = {explorer.last.png()}
    for change in ({"group": "rural"}, {"province": "Bali"}, {"measure": "skills"}, {"year": 2015}):
        explorer.set(**change)
        picture = explorer.last.png()
        assert picture not in seen, change
        seen.add(picture)


def test_devices_ignore_the_province_and_say_so(english):
    chart = indonesia.draw_ranking("devices", "total", 2021, "Papua")
    assert "not for Papua" in chart.caption()
    table = ms.indonesia_ranking("devices", year=2021)
    assert table.iloc[0, 0] == "Mobile phone"


def test_remembered_charts_are_reused_and_labelled_in_the_current_language():
    i18n.set_language("id")
    first = ms.indonesia_explorer("internet", "Papua")
    again = ms.indonesia_explorer("internet", "Papua")
    assert first.last is again.last
    assert "per provinsi" in first.last.title
    i18n.set_language("en")
    english_one = ms.indonesia_explorer("internet", "Papua")
    assert "by province" in english_one.last.title
    i18n.set_language("id")


def test_bench_is_defined_and_every_bench_change_is_possible():
    (factory, changes), *_rest = indonesia.BENCH
    explorer = factory()
    for change in changes:
        explorer.set(**change)
        assert isinstance(explorer.last, Chart), change


# --- static charts -------------------------------------------------------------------


def test_campaign_chart_is_reconstructed_and_each_line_peaks_at_100(english):
    chart = ms.plot_indonesian_campaigns()
    chart.png()
    assert chart._badge_kind() == "reconstructed"
    lines = chart.ax.get_lines()
    assert len(lines) == 2
    for line in lines:
        assert line.get_linestyle() == "--"
        assert np.nanmax(np.asarray(line.get_ydata(), dtype=float)) == pytest.approx(100)
    assert "assumptions" in chart.caption() and "reconstructed" in chart.alt


def test_hashtag_counts_chart_shows_the_three_published_figures(english):
    chart = ms.plot_indonesia_hashtag_counts()
    heights = [p.get_height() for p in chart.ax.patches]
    assert heights == [21_581, 130_000, 14_700]
    for url in ("analysis.netray.id", "kaltim.tribunnews.com", "news.detik.com"):
        assert url in chart.caption()


def test_apjii_chart_keeps_the_two_sources_apart_and_names_both(english):
    chart = ms.plot_apjii_penetration()
    chart.png()
    assert "APJII" in chart.source and "ITU" in chart.source
    assert "apjii.or.id" in chart.caption() and "measure differently" in chart.caption()
    assert "69.2% in 2023" in chart.alt and "2022: 77.01%" in chart.alt


def test_apjii_groups_chart_draws_the_four_groups_against_the_overall_line(english):
    chart = ms.plot_apjii_groups()
    heights = [p.get_height() for p in chart.ax.patches]
    assert heights == [87.6, 85.5, 74.0, 82.2]
    dashed = [ln for ln in chart.ax.get_lines() if ln.get_linestyle() == "--"]
    assert dashed and dashed[0].get_ydata()[0] == pytest.approx(79.5)


def test_campaign_table_lists_the_four_indonesian_hashtags_with_sources(english):
    table = ms.indonesian_campaigns()
    assert list(table["hashtag"]) == [
        "#ReformasiDikorupsi",
        "#GejayanMemanggil",
        "#TolakOmnibusLaw",
        "#PercumaLaporPolisi",
    ]
    assert table["source"].str.startswith("http").all()


# --- checkers ------------------------------------------------------------------------


def test_every_lesson5_task_has_a_checker_and_unanswered_is_not_wrong():
    tasks = checks.tasks(5)
    assert set(tasks) >= {
        "05-papua-gap",
        "05-no-signal-drop",
        "05-papua-share",
        "05-apjii-base",
        "05-reconstructed",
        "05-reflection",
        "05-quiz-1",
        "05-quiz-2",
    }
    for task in tasks:
        assert ms.check(task, None).status == "unanswered"


@pytest.mark.parametrize(
    "task, right, wrong",
    [
        ("05-papua-gap", 67.68, 17.25),
        ("05-no-signal-drop", 2559, 5158),
        ("05-papua-share", "c", "b"),
        ("05-apjii-base", "b", "a"),
        ("05-reconstructed", "b", "a"),
        ("05-quiz-1", "c", "b"),
        ("05-quiz-2", "b", "a"),
    ],
)
def test_checkers_accept_the_right_answer_and_refuse_a_plausible_wrong_one(task, right, wrong):
    assert ms.check(task, right).status == "correct"
    feedback = ms.check(task, wrong)
    assert feedback.status == "wrong" and feedback.hint


def test_checkers_compute_their_answers_from_the_data():
    expected = l05.expected_answers()
    assert expected["05-papua-gap"] == pytest.approx(67.68)
    assert expected["05-no-signal-drop"] == 2559
    assert expected["05-papua-share"] == pytest.approx(60.1, abs=0.05)
    assert l05.apjii_inconsistent_pairs() == (True, False)


def test_reflection_needs_25_words_and_odd_answers_do_not_crash():
    assert ms.check("05-reflection", "too short").status == "wrong"
    assert (
        ms.check("05-reflection", " ".join(["word"] * 25)).status == "wrong"
    )  # padding is not a reflection
    honest = "Menurut saya tagar ini membantu orang tahu tentang masalah, tetapi perubahan nyata datang dari orang yang turun ke jalan dan dari tekanan pada pemerintah, bukan dari jumlah cuitan saja."
    assert ms.check("05-reflection", honest).status == "correct"
    for odd in ("sixty", [1, 2], {"a": 1}):
        assert ms.check("05-papua-gap", odd).status == "wrong"


# --- numbers the lesson states -------------------------------------------------------


def test_lesson5_published_campaign_figures():
    assert _figure("reformasidikorupsi-01") == 21_581
    assert _figure("percumalaporpolisi-01") == 130_000
    assert _figure("percumalaporpolisi-02") == 14_700
    figures = ms.load("published_figures").set_index("figure_id")
    note = figures.loc["reformasidikorupsi-01", "note_en"]
    assert "848.9 thousand" in note and "85.8 million" in note and "2019-09-24" in note
    note_id = figures.loc["reformasidikorupsi-01", "note_id"]  # the same figures, Indonesian style
    assert "848,9 ribu" in note_id and "85,8 juta" in note_id and "2019-09-24" in note_id


def test_lesson5_carnegie_outcomes_for_indonesia():
    rows = ms.load("protests").query("country == 'Indonesia'").set_index("name_en")
    assert rows.loc["Criminal code protests", "peak_size"] == ">10,000"
    assert "December 6, 2022" in rows.loc["Criminal code protests", "outcome_en"]
    assert rows.loc["Jobs bill protests", "peak_size"] == ">1,000"
    assert rows.loc["Jobs bill protests", "duration_en"] == "1 month"
    assert rows.loc["Jobs bill protests", "outcome_en"].startswith("No policy or leadership change")
    assert "postponed" in rows.loc["Local election law protests", "outcome_en"]


def test_lesson5_carnegie_outcomes_have_an_indonesian_rendering_beside_carnegies_words():
    rows = ms.load("protests").set_index("name_en")
    assert (rows.outcome_id != "").all() and (rows.outcome_id != rows.outcome_en).all()
    assert "6 Desember 2022" in rows.loc["Criminal code protests", "outcome_id"]
    assert "ditunda" in rows.loc["Criminal code protests", "outcome_id"]
    assert rows.loc["Jobs bill protests", "duration_id"] == "1 bulan"
    assert rows.loc["Criminal code protests", "name_id"] == "Protes RKUHP"


def test_lesson5_apjii_and_itu_figures():
    apjii = {y: _figure(f"indonesia_internet-apjii-{y}") for y in (2018, 2020, 2022, 2023, 2024)}
    assert apjii == {2018: 64.8, 2020: 73.7, 2022: 77.01, 2023: 78.19, 2024: 79.5}
    groups = {g: _figure(f"indonesia_internet-apjii-2024-{g}") for g in l05.APJII_GROUPS}
    assert groups == {"men": 87.6, "women": 85.5, "rural": 74.0, "urban": 82.2}
    itu = ms.load("internet_use").query("iso3 == 'IDN'").set_index("year")["internet_pct"]
    assert round(itu[2010], 1) == 10.9 and round(itu[2023], 1) == 69.2


def test_lesson5_bps_household_figures():
    bps = ms.load("indonesia_internet_2022").set_index("province")
    assert tuple(bps.loc["Indonesia", ["total_pct", "urban_pct", "rural_pct"]]) == (
        86.54,
        90.90,
        80.54,
    )
    assert tuple(bps.loc["Papua", ["total_pct", "rural_pct"]]) == (35.14, 17.25)
    assert bps.loc["DKI Jakarta", "total_pct"] == bps.loc["DKI Jakarta", "urban_pct"] == 95.39
    assert 100 - bps.loc["Papua", "total_pct"] > 60, "'almost two-thirds' not online"


def test_lesson5_villages_without_signal():
    table = ms.load("indonesia_no_signal")
    pivot = table.pivot(index="province", columns="year", values="villages")
    assert pivot.loc["Indonesia", 2014] == 7_717 and pivot.loc["Indonesia", 2021] == 5_158
    assert pivot.loc["Papua", 2014] == 3_360 and pivot.loc["Papua", 2021] == 3_099
    assert round(pivot.loc["Papua", 2021] / pivot.loc["Indonesia", 2021] * 100) == 60


def test_lesson5_ict_skills_and_devices_in_the_speaker_notes():
    skills = ms.load("indonesia_ict_skills").pivot(index="province", columns="year", values="pct")
    assert skills.loc["Indonesia", 2015] == 27.04 and skills.loc["Indonesia", 2021] == 70.17
    provinces = skills.drop(index="Indonesia")[2021]
    assert provinces.idxmin() == "Papua" and provinces.min() == 30.58
    devices = ms.load("indonesia_devices").set_index(["year", "device_en"])["pct"]
    assert devices[(2021, "Mobile phone")] == 99.15
    assert (
        devices[(2015, "Desktop computer")] == 41.5 and devices[(2021, "Desktop computer")] == 3.53
    )


def test_lesson5_reconstructed_series_peak_where_the_lesson_says():
    from medsos import data

    reformasi = data.series("reformasidikorupsi2019_tweets")
    assert reformasi.idxmax() == pd.Timestamp("2019-09-24")
    assert reformasi.sum() == pytest.approx(21_581, abs=1)
    percuma = data.series("percumalaporpolisi2021_tweets")
    assert percuma.index.min() == pd.Timestamp("2021-10-06")
    assert percuma.sum() == pytest.approx(130_000, abs=1)


def test_no_choice_of_the_explorer_ends_in_a_traceback():
    explorer = _fresh()
    provinces = ["", "Papua", "DKI Jakarta", "Papua Selatan"]
    for measure, group, province in itertools.product(
        indonesia.MEASURES, indonesia.GROUPS, provinces
    ):
        result = explorer.set(measure=measure, province=province)
        if group in [v for _label, v in explorer.controls["group"].options]:
            result = explorer.set(group=group)
        assert isinstance(result, Chart) or "medsos-error" in result
        assert "went wrong" not in str(result)
