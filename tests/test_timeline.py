"""Lesson 1's campaign timeline: plot_attention and the timeline explorer.

Every series draws in both languages; every control changes the picture; impossible
choices end in a message, never a traceback; ranks stand on an inverted axis;
reconstructed data say so; milestone labels never overlap; labels come from the
catalogue in each language.
"""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd
import pytest

import medsos as ms
from medsos import chartlayout, i18n
from medsos.charts import Chart
from medsos.errors import CourseError
from medsos.widgets import timeline
from medsos.widgets.base import Explorer

SERIES = list(ms.load("series")["series_id"])
CAMPAIGNS = sorted(set(ms.load("series")["campaign_id"]))


def _fresh(series: str = "hongkong2019_pageviews") -> Explorer:
    return ms.timeline_explorer(series, remember=False)


def _picture(chart: Chart) -> tuple[str, str, bytes]:
    return chart.title, chart.alt, chart.png()


# --- plot_attention ------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("name", SERIES + CAMPAIGNS)
def test_every_series_and_campaign_draws_with_title_labels_source_and_alt(name, lang):
    i18n.set_language(lang)
    normalise = name in CAMPAIGNS and len(timeline._resolve(name)) > 1
    chart = ms.plot_attention(name, normalise=normalise)
    assert isinstance(chart, Chart)
    assert chart.png().startswith(b"\x89PNG")
    assert chart.title and chart.xlabel and chart.ylabel and chart.source
    assert chart.alt.startswith(chart.title)
    assert "http" in chart.caption(), "the caption names the data's URL"


def test_observed_series_have_no_badge_and_reconstructed_ones_do(english):
    info = ms.load("series").set_index("series_id")
    for series_id, kind in info["kind"].items():
        chart = ms.plot_attention(series_id)
        chart.png()
        if kind == "reconstructed":
            assert chart._badge_kind() == "reconstructed", series_id
            assert "reconstructed" in chart.alt.lower(), series_id
            assert any(line.get_linestyle() == "--" for line in chart.ax.get_lines())
        else:
            assert chart._badge_kind() is None, series_id


def test_observed_beside_reconstructed_is_marked_partly_reconstructed():
    chart = ms.plot_attention("blacklivesmatter", normalise=True)
    assert chart._badge_kind() == "mixed"
    assert "sebagian rekonstruksi" in chart.alt.lower()


def test_rank_series_stand_on_an_inverted_log_axis_with_rank_1_on_top():
    chart = ms.plot_attention("metoo_twitter_rank")
    assert chart.ax.yaxis_inverted()
    assert chart.ax.get_yscale() == "log"
    bottom, top = chart.ax.get_ylim()
    assert top < 461 < bottom, "the best rank (461) is inside the axis, near its top"


def test_normalising_a_rank_is_refused_on_the_chart_itself(english):
    plain = ms.plot_attention("metoo", normalise=False)
    normalised = ms.plot_attention("metoo", normalise=True)
    assert "does not apply to a rank" in normalised.caption()
    assert any("does not apply" in t.get_text().replace("\n", " ") for t in normalised.ax.texts)
    assert normalised.png() != plain.png()


def test_normalising_puts_the_highest_day_at_100(english):
    chart = ms.plot_attention("hongkong2019", normalise=True)
    line = chart.ax.get_lines()[0]
    assert np.nanmax(np.asarray(line.get_ydata(), dtype=float)) == pytest.approx(100)
    assert "100 = 4 Aug 2019" in chart.caption()


def test_the_highest_day_of_the_period_is_stated_in_caption_and_alt(english):
    chart = ms.plot_attention("hongkong2019_pageviews")
    assert "4 Aug 2019, 139,482 page views per day" in chart.caption()
    assert "4 Aug 2019" in chart.alt
    zoom = ms.plot_attention("hongkong2019_pageviews", start="2019-09-01")
    assert "Highest day in this period: 18 Nov 2019" in zoom.caption()


def test_milestones_sit_on_the_chart_and_are_spelled_out(english):
    chart = ms.plot_attention("hongkong2019", start="2019-06-01")
    caption = chart.caption()
    for label in ("9 Jun", "1 Jul", "12 Aug", "19 Aug: Twitter removes 936 state-backed accounts"):
        assert label in caption
    without = ms.plot_attention("hongkong2019", start="2019-06-01", milestones=False)
    assert "Milestones" not in without.caption()


@pytest.mark.parametrize(
    "name, fix",
    [("meetoo", "metoo"), ("hongkong", "hongkong2019"), ("blm2020_tweet", "blm2020_tweets")],
)
def test_unknown_names_are_refused_with_a_suggestion(name, fix):
    with pytest.raises(CourseError) as error:
        ms.plot_attention(name)
    assert repr(fix) in str(error.value)


def test_hashtags_and_lists_are_understood():
    assert [s.series_id for s in timeline._resolve("#MeToo")] == ["metoo_twitter_rank"]
    both = timeline._resolve(["blm2020_tweets", "blm2020_protest_events"])
    assert {s.series_id for s in both} == {"blm2020_tweets", "blm2020_protest_events"}


@pytest.mark.parametrize(
    "kwargs, words",
    [
        ({"start": "2019-09-01", "end": "2019-06-01"}, "period is empty"),
        ({"start": "2030-01-01"}, "no data"),
        ({"start": "yesterday-ish"}, "not a date"),
        ({"scale": "logarithmic"}, "'log'"),
        ({"start": "2019-01-01", "end": "2019-05-31", "scale": "log"}, "log scale"),
    ],
)
def test_impossible_choices_are_course_errors_that_say_how_to_fix_them(english, kwargs, words):
    with pytest.raises(CourseError) as error:
        ms.plot_attention("hongkong2019", **kwargs)
    assert words in str(error.value)
    assert error.value.problems[0].fix


def test_counts_and_ranks_or_different_units_need_normalising(english):
    with pytest.raises(CourseError, match="normalise=True"):
        ms.plot_attention("blacklivesmatter")
    with pytest.raises(CourseError, match="rank"):
        ms.plot_attention(["metoo", "hongkong2019"], normalise=True)


def test_short_periods_get_evenly_spaced_day_ticks():
    chart = ms.plot_attention("blm2020_tweets")
    ticks = chart.ax.xaxis.get_major_locator()()
    steps = set(np.round(np.diff(ticks), 6))
    assert len(steps) == 1, "no '31 May' next to '1 Jun'"


def test_axis_numbers_use_the_language_and_one_unit_per_axis():
    assert timeline.compact(8_800_000) == "8,8 jt"
    assert timeline.compact(139_482) == "139 rb"
    i18n.set_language("en")
    assert timeline.compact(8_800_000) == "8.8M"
    assert timeline.compact(750, 1.0) == "750"
    assert timeline.compact(0) == "0"


# --- milestone labels ------------------------------------------------------------------


def _boxes(spots, placed):
    return [
        (row, left, left + width, frac)
        for (frac, width), p in zip(spots, placed, strict=True)
        if p
        for row, left in [p]
    ]


@pytest.mark.parametrize("seed", range(40))
def test_milestone_labels_never_overlap_nor_cover_a_leader_line(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 8))
    spots = sorted(
        (float(rng.uniform(0.02, 0.98)), float(rng.uniform(0.08, 0.5))) for _ in range(n)
    )
    boxes = _boxes(spots, chartlayout.place_labels(spots))
    for (r1, a1, b1, x1), (r2, a2, b2, x2) in itertools.combinations(boxes, 2):
        if r1 == r2:
            assert b1 <= a2 or b2 <= a1, "two labels overlap in one row"
        upper, lower = (
            ((r1, a1, b1, x1), (r2, a2, b2, x2))
            if r1 < r2
            else ((r2, a2, b2, x2), (r1, a1, b1, x1))
        )
        if upper[0] != lower[0]:
            assert not lower[1] < upper[3] < lower[2], (
                "a label covers the leader line of a label above it"
            )
    for _row, left, right, frac in boxes:
        assert 0 <= left <= frac <= right <= 1, (
            "a label sits over its own milestone, inside the chart"
        )


def test_milestones_without_room_are_numbered_and_listed_in_the_caption(monkeypatch, english):
    monkeypatch.setattr(chartlayout, "LANES", 1)
    chart = ms.plot_attention("hongkong2019", start="2019-06-01")
    assert "(1) " in chart.caption()
    assert any(t.get_text() == "(1)" for t in chart.ax.texts)


# --- the explorer ----------------------------------------------------------------------


def test_explorer_draws_at_once_and_every_control_changes_the_picture():
    explorer = _fresh()
    assert isinstance(explorer.last, Chart)
    seen = {_picture(explorer.last)}
    months = [month for _label, month in explorer.controls["period"].options]
    changes = [
        ("scale", "log"),
        ("normalise", True),
        ("milestones", False),
        ("scale", "linear"),
        ("period", (months[5], months[8])),
        ("series", "metoo_twitter_rank"),
        ("series", "blm2020_tweets"),
    ]
    for name, value in changes:
        explorer.controls[name].value = value
        assert isinstance(explorer.last, Chart), (name, value)
        picture = _picture(explorer.last)
        assert picture not in seen, f"changing {name} to {value!r} did not change the chart"
        seen.add(picture)


def test_a_new_series_brings_its_own_months_and_redraws_once(monkeypatch):
    explorer = _fresh()
    calls = []
    original = explorer.draw
    monkeypatch.setattr(
        explorer, "draw", lambda **values: calls.append(values) or original(**values)
    )
    explorer.controls["series"].value = "blm2020_protest_events"
    assert len(calls) == 1
    months = explorer.controls["period"].options
    assert [label for label, _m in months] == ["Mei 2020", "Jun 2020", "Jul 2020"]
    assert explorer.controls["period"].value == (months[0][1], months[-1][1])
    assert explorer.last.title.startswith("Black Lives Matter")


def test_impossible_selection_shows_a_message_not_a_traceback():
    explorer = _fresh()
    options = explorer.controls["period"].options
    explorer.set(period=(options[0][1], options[3][1]), scale="log")  # Jan–Apr 2019: all zero
    assert isinstance(explorer.last, str)
    assert 'role="alert"' in explorer.last and "skala log" in explorer.last
    assert "Traceback" not in explorer.last
    explorer.controls["scale"].value = "linear"
    assert isinstance(explorer.last, Chart)


def test_an_empty_period_is_a_message_from_the_drawing_function():
    explorer = _fresh()
    values = explorer.values() | {
        "period": (pd.Timestamp("2015-01-01"), pd.Timestamp("2015-02-01"))
    }
    with pytest.raises(CourseError, match="tidak punya data"):
        explorer.draw(**values)


def test_remembered_charts_are_reused_when_going_back():
    explorer = ms.timeline_explorer("hongkong2019")
    first = explorer.last
    explorer.controls["scale"].value = "log"
    explorer.controls["scale"].value = "linear"
    assert explorer.last is first


def test_labels_come_from_the_catalogue_and_differ_between_languages():
    catalogue = i18n.translations("id")
    for msgid in (
        *timeline.MEASURE_SHORT.values(),
        *timeline.Y_LABELS.values(),
        "Series",
        "Period",
        "Scale",
        "Highest day = 100",
        "Show milestones",
    ):
        assert catalogue.gettext(msgid) != msgid, f"{msgid!r} has no Indonesian translation"
    i18n.set_language("id")
    ids = ms.timeline_explorer()
    i18n.set_language("en")
    ens = ms.timeline_explorer()
    for name in ("series", "period", "scale", "normalise", "milestones"):
        a, b = ids.controls[name], ens.controls[name]
        assert a.description != b.description, name
    assert [v for _l, v in ids.controls["series"].options] == [
        v for _l, v in ens.controls["series"].options
    ]
    assert [lab for lab, _v in ids.controls["series"].options] != [
        lab for lab, _v in ens.controls["series"].options
    ]
    assert any("peringkat di Twitter" in label for label, _v in ids.controls["series"].options)
    assert any("rank on Twitter" in label for label, _v in ens.controls["series"].options)
    assert ids.last.xlabel == "Tanggal" and ens.last.xlabel == "Date"


def test_the_first_dropdown_choice_after_the_default_changes_the_chart():
    """What the JupyterLab end-to-end test clicks: the second option of the first select."""
    explorer = ms.timeline_explorer()
    before = explorer.last.png()
    explorer.controls["series"].value = explorer.controls["series"].options[1][1]
    assert explorer.last.png() != before


def test_bench_is_defined_with_real_changes():
    factory, changes = timeline.BENCH[0]
    explorer = factory()
    for change in changes:
        for name, value in change.items():
            explorer.controls[name].value = value
            assert isinstance(explorer.last, Chart), change


# --- the other charts of the lesson ---------------------------------------------------


def test_march_sizes_show_organisers_and_police_for_every_march_with_their_sources(english):
    chart = ms.plot_march_sizes()
    assert chart.kind == "published" and chart._badge_kind() is None
    assert "scmp.com" in chart.source and "mothership.sg" in chart.source
    assert "103hk" not in chart.source  # an activist explainer site is not a counter
    counters = [t.get_text() for t in chart.ax.get_yticklabels()]
    assert sum("police" in c for c in counters) == sum("organisers" in c for c in counters) == 5
    labels = [t.get_text() for t in chart.ax.texts]
    assert {"12,000", "5,200", "130,000", "22,800", "1,030,000", "240,000"} <= set(labels)
    assert "neither is an independent measurement" in chart.caption()


def test_protest_months_show_the_jump_of_june_2020(english):
    chart = ms.plot_protest_months()
    assert "at most 32 such events a month" in chart.caption()
    assert "not all racial-justice protests" in chart.caption()
    assert any("3,006 in June 2020" in t.get_text() for t in chart.ax.texts)


# --- the explorer base: quiet changes -------------------------------------------------


def test_quiet_changes_do_not_redraw_and_nest(monkeypatch):
    explorer = _fresh()
    calls = []
    original = explorer.draw
    monkeypatch.setattr(
        explorer, "draw", lambda **values: calls.append(values) or original(**values)
    )
    with explorer.quiet():
        with explorer.quiet():
            explorer.controls["scale"].value = "log"
        explorer.controls["normalise"].value = True
    assert calls == []
    explorer.controls["milestones"].value = False
    assert len(calls) == 1
    explorer.set(scale="linear", normalise=False)
    assert len(calls) == 2
