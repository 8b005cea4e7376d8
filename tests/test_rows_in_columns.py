"""Long lists of rows (34 provinces, 33 urban-rural pairs, 21 surveys) in two columns.

Drawn in one column, a 34-row chart is taller than wide and a 16:9 slide shows its names
about 10 px high. ``Chart.rows_in_columns`` puts ranks 1-17 on the left and 18-34 on the
right in the usual 9-inch figure. These tests protect what that layout promises: every
row's name is drawn, whole, inside the figure, left of its own column's scale and clear of
the other column; both columns have the same scale; the legend covers no name; the
smallest text stays at 10.5 pt or more (14 px on a slide, see test_browser_decks).
"""

from __future__ import annotations

import pytest

from medsos import i18n, provinces
from medsos.charts import Chart, RowColumns
from medsos.widgets import divide


@pytest.fixture(params=["id", "en"])
def lang(request):
    i18n.set_language(request.param)
    yield request.param
    i18n.set_language("id")


def _charts():
    yield "ranking internet total", provinces.draw_ranking("internet", "total", 2022, "Papua")
    yield "ranking internet rural", provinces.draw_ranking("internet", "rural", 2022, "Bali")
    yield "ranking skills 2015", provinces.draw_ranking("skills", "total", 2015)
    yield "ranking no signal", provinces.draw_ranking("no_signal", "total", 2021, "Aceh")
    for order in divide.ORDERS:
        yield f"urban-rural {order}", divide.plot_urban_rural(order)
    yield "gender", divide.plot_gender_gap()


def _names(chart: Chart) -> list[tuple[str, object]]:
    """(name, Text) of every row: one line of a column's Text, or a Text of its own."""
    texts = [t for t in chart.ax.texts if t.get_text().strip()]
    return [(line, t) for t in texts for line in t.get_text().split("\n") if line]


def test_a_long_list_is_drawn_in_two_columns_and_a_short_one_in_one():
    for count, columns, per_column in ((34, 2, 17), (33, 2, 17), (21, 2, 11), (18, 1, 18)):
        chart = Chart("T", "X", "Province", "S")
        plan = chart.rows_in_columns([f"Province {i}" for i in range(count)], size=11, span=100)
        assert (plan.columns, plan.per_column) == (columns, per_column), count
        assert [plan.column(i) for i in range(count)].count(0) == per_column
        if columns == 2:
            assert plan.ranks(1) == (per_column + 1, count)
            assert "1–" in chart.columns_text() and f"–{count}" in chart.columns_text()
        else:
            assert chart.columns_text() == ""


def test_every_row_is_named_whole_inside_the_figure_left_of_its_own_column(lang):
    for label, chart in _charts():
        chart.png()
        renderer = chart.fig.canvas.get_renderer()
        figure = chart.fig.bbox
        to_px = chart.ax.transData.transform
        plan = chart.columns_plan
        assert isinstance(plan, RowColumns) and plan.columns == 2, label
        assert chart.fig.get_size_inches()[0] == 9.0, label
        assert chart.fig.get_size_inches()[1] <= 5.4, f"{label}: as tall as the other charts"
        # every artist with text (names, headers, ticks, titles, source) inside the figure
        texts = [
            t
            for t in chart.fig.findobj(lambda a: hasattr(a, "get_text"))
            if t.get_visible() and str(t.get_text()).strip()
        ]
        for text in texts:
            box = text.get_window_extent(renderer)
            assert box.x0 >= -0.5 and box.x1 <= figure.x1 + 0.5, f"{label}: {text.get_text()!r}"
            assert box.y0 >= -0.5 and box.y1 <= figure.y1 + 0.5, f"{label}: {text.get_text()!r}"
        # every row's name is drawn (and nothing else claims a row's place)
        drawn = [name for name, _text in _names(chart)]
        expected = plan.names
        assert len(expected) == plan.count, label
        assert all(any(row in name for name in drawn) for row in expected), label
        # each column's names end left of its own scale and start right of the previous one
        ends = [to_px((start, 0))[0] for start in plan.starts]
        for name, text in _names(chart):
            if name not in plan.names:  # a header, the national mark's label
                continue
            box = text.get_window_extent(renderer)
            column = plan.column_at(text.get_position()[0])
            assert box.x1 <= ends[column] + 0.5, f"{label}: {name!r} on its column's bars"
            if column:
                end_of_previous = to_px((plan.starts[column - 1] + plan.span, 0))[0]
                assert box.x0 > end_of_previous + 10, f"{label}: {name!r} on the left column"
        # the same scale under each column
        ticks = [t.get_text() for t in chart.ax.get_xticklabels() if t.get_text()]
        half = len(ticks) // 2
        assert ticks[:half] == ticks[half:] and ticks[0] == "0", f"{label}: {ticks}"
        assert chart.smallest_text_px >= 10.5 * 100 / 72 - 0.01, label


def test_the_legend_of_a_chart_in_columns_covers_no_name_and_no_mark(lang):
    for order in divide.ORDERS:
        chart = divide.plot_urban_rural(order)
        chart.png()
        renderer = chart.fig.canvas.get_renderer()
        legends = [chart.ax.get_legend(), *chart.fig.legends]
        legend = next(item for item in legends if item is not None)
        box = legend.get_window_extent(renderer)
        assert box.x0 >= 0 and box.x1 <= chart.fig.bbox.x1
        for text in chart.ax.texts:
            assert not box.overlaps(text.get_window_extent(renderer)), text.get_text()
        assert not box.overlaps(chart.ax.yaxis.label.get_window_extent(renderer))


def test_the_chosen_province_is_bold_in_its_own_column(lang):
    for province, column in (("DKI Jakarta", 0), ("Papua", 1)):
        chart = provinces.draw_ranking("internet", "total", 2022, province)
        chosen = [t for t in chart.ax.texts if t.get_text().startswith(f"{province}  ")]
        assert len(chosen) == 1 and chosen[0].get_fontweight() == "bold"
        assert chart.columns_plan.column_at(chosen[0].get_position()[0]) == column
        assert f"{province}  " not in "\n".join(
            t.get_text() for t in chart.ax.texts if t is not chosen[0]
        ), "drawn once"


def test_the_alt_text_says_the_rows_are_in_two_columns(lang):
    words = "dua kolom" if lang == "id" else "two columns"
    for label, chart in _charts():
        assert words in chart.alt, label
