"""Lesson 4 (limits and risks): the half-life model, its widget, and the numbers the prose quotes."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

import medsos as ms
from medsos import i18n
from medsos.data import series
from medsos.errors import CourseError
from medsos.models.attention import fit_half_life, half_lives
from medsos.widgets import halflife


def _daily(values, start="2024-01-01") -> pd.Series:
    return pd.Series(values, index=pd.date_range(start, periods=len(values), freq="D"))


def test_fit_recovers_the_half_life_of_an_exact_exponential_decay():
    decay = fit_half_life(_daily([1000 * 0.5 ** (d / 4) for d in range(30)]), window=21)
    assert decay.half_life == pytest.approx(4.0, rel=1e-6)
    assert decay.r_squared == pytest.approx(1.0)
    assert decay.observed_half_days == 4


def test_fit_starts_at_the_peak_not_at_the_first_day():
    rise = [10, 100, 400]
    fall = [1000 * 0.5 ** (d / 2) for d in range(20)]
    decay = fit_half_life(_daily(rise + fall), window=10)
    assert decay.peak_date == pd.Timestamp("2024-01-04")
    assert decay.half_life == pytest.approx(2.0, rel=1e-6)


def test_attention_that_never_falls_has_an_infinite_half_life_and_says_so():
    decay = fit_half_life(_daily([5, 10, 10, 10, 10, 10, 10]), window=5)
    assert math.isinf(decay.half_life)
    i18n.set_language("en")
    assert "did not fall" in decay.sentence()


@pytest.mark.parametrize(
    "values, words",
    [([], "no positive counts"), ([0, 0, 0], "no positive counts"), ([1, 2, 50], "only 1 days")],
)
def test_nothing_to_fit_raises_a_course_error_with_a_fix(values, words):
    i18n.set_language("en")
    with pytest.raises(CourseError) as caught:
        fit_half_life(_daily(values, "2024-01-01") if values else pd.Series(dtype=float))
    assert words in str(caught.value)
    assert caught.value.problems[0].fix


def test_half_lives_cover_every_count_series_and_skip_ranks():
    table = half_lives(window=21)
    series = ms.load("series")
    counts = set(series.loc[series.higher_is_more, "series_id"])
    assert set(table.series_id) == counts
    assert "metoo_twitter_rank" not in set(table.series_id)


def test_numbers_quoted_in_lesson_4_prose_match_the_data():
    events = ms.load("attention").query("series_id == 'blm2020_protest_events'")
    assert events["value"].sum() == 7737  # "7,737 protest events"
    assert len(events) == 42  # "in the 42 days of data"
    blm = half_lives(window=21).set_index("series_id")
    assert blm.loc["blm2020_protest_events", "observed_half_days"] == 2  # "two days later"
    assert blm.loc["blm2020_protest_events", "peak_date"] == pd.Timestamp("2020-06-06")
    assert blm.loc["blm2020_tweets", "peak_date"] == pd.Timestamp("2020-05-28")
    hk = fit_half_life(series("hongkong2019_pageviews"), window=21)
    assert hk.observed_half_days == 1  # "an observed half-life of one day"
    figures = ms.load("published_figures").set_index("figure_id")["value"]
    assert figures["blacklivesmatter-01"] == 47_800_000
    assert figures["blacklivesmatter-04"] == 8_800_000
    assert figures["percumalaporpolisi-01"] == 130_000
    assert figures["percumalaporpolisi-02"] == 14_700
    assert figures["hongkong2019-state-accounts"] == 936
    assert figures["hongkong2019-state-network"] == 200_000
    assert figures["hongkong2019-04"] == 100_000


def test_every_offered_series_draws_a_chart_with_title_labels_source_and_alt():
    i18n.set_language("id")
    for key in halflife.options():
        chart = halflife.plot_half_life(key, window=14)
        assert chart.title and chart.xlabel and chart.ylabel and chart.source
        assert chart.alt.startswith("Grafik garis")


def test_reconstructed_series_carry_the_badge_and_the_warning():
    i18n.set_language("en")
    chart = halflife.plot_half_life("blm2020_tweets")
    assert chart.kind == "reconstructed"
    assert "assumption of the reconstruction" in chart.caption()


def test_a_students_series_too_short_after_its_peak_gets_a_message_not_a_traceback():
    i18n.set_language("en")
    with pytest.raises(CourseError) as caught:
        halflife.plot_decay(_daily([1, 5, 50, 20]), "my.csv", source="Source: me")
    assert "decay needs at least" in str(caught.value)


def test_explorer_redraws_when_a_control_changes():
    explorer = halflife.halflife_explorer()
    before = explorer.last
    explorer.controls["key"].value = "hongkong2019_pageviews"
    assert explorer.last is not before
    assert isinstance(explorer.last, ms.Chart)


def test_figures_chart_refuses_unknown_ids_with_a_fix():
    i18n.set_language("en")
    with pytest.raises(CourseError) as caught:
        ms.plot_figures(["no-such-figure"], title="t", ylabel="y")
    assert "no-such-figure" in str(caught.value)


def test_figures_chart_names_every_source_with_its_url():
    chart = ms.plot_figures(
        ["percumalaporpolisi-01", "percumalaporpolisi-02"], title="t", ylabel="Tweets"
    )
    assert "detik.com" in chart.caption() and "tribunnews.com" in chart.caption()
    assert np.isclose(sorted(p.get_height() for p in chart.ax.patches)[-1], 130_000)


def test_lesson_4_figure_charts_speak_the_students_language():
    i18n.set_language("id")
    counter = ms.plot_counter_hashtag()
    assert counter.ylabel == "Cuitan" and "tandingan" in counter.title
    accounts = ms.plot_hong_kong_accounts()
    labels = [t.get_text() for t in accounts.ax.get_xticklabels()]
    assert any("Telegram" in label for label in labels)
    assert any("didukung negara" in label for label in labels)
    assert sorted(p.get_height() for p in accounts.ax.patches) == [936, 100_000, 200_000]


def test_2014_and_2019_curves_share_an_axis_of_days_since_each_peak():
    i18n.set_language("en")
    keys = ["ferguson2014_pageviews", "icebucket2014_pageviews", "hongkong2019_pageviews"]
    chart = ms.plot_days_since_peak(keys)
    assert chart.title and chart.xlabel.startswith("Days since the peak") and chart.source
    assert chart.alt.startswith("Line chart of 3 series")
    lines = chart.ax.get_lines()
    peaks = [line for line in lines if len(line.get_xdata()) > 2]
    assert len(peaks) == 3
    for line in peaks:  # each series is scaled to its own peak, which sits on day 0
        x, y = np.asarray(line.get_xdata()), np.asarray(line.get_ydata())
        assert y.max() == pytest.approx(100) and x[y.argmax()] == 0
    assert "25 Nov 2014" in chart.caption() and "4 Aug 2019" in chart.caption()


def test_days_since_peak_refuses_an_unknown_series_with_a_fix():
    with pytest.raises(CourseError):
        ms.plot_days_since_peak(["no-such-series"])


def test_lesson_4_hong_kong_half_life_from_the_airport_peak_and_the_longest_series():
    from medsos.facts import VALUES

    assert VALUES["hk_airport_half_days"]() == 4
    assert VALUES["hk_all_articles_half_days"]() == 3
    longest = max(ms.load("series").series_id, key=lambda s: len(series(s)))
    assert longest == "blm_corpus_tweets" and VALUES["blm_corpus_days"]() == 3287
    assert math.isinf(
        half_lives(window=21)
        .set_index("series_id")
        .loc["bringbackourgirls2014_tweets", "half_life_days"]
    )
