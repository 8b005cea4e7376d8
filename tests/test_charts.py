"""Charts always carry title, labels, source and alt text, and say when data are not observed."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import medsos as ms
from medsos.charts import PALETTE, Chart, kind_label, normalise_to_peak, peak

DAYS = pd.date_range("2019-06-01", periods=30)


def _chart(**kw) -> Chart:
    return Chart("Title", "Date", "Views per day", "Source: test", **kw)


@pytest.mark.parametrize("missing", ["title", "xlabel", "ylabel", "source"])
def test_a_chart_cannot_be_made_without_title_labels_and_source(missing):
    args = {"title": "T", "xlabel": "X", "ylabel": "Y", "source": "S", missing: " "}
    with pytest.raises(ms.CourseError, match=missing):
        Chart(**args)


def test_unknown_kind_of_data_is_refused(english):
    with pytest.raises(ms.CourseError, match="Unknown kind"):
        _chart(kind="guessed")


def test_chart_shows_as_a_figure_with_alt_text_and_a_caption():
    chart = _chart(alt="Views rise in June").line(DAYS, np.arange(30)).dates_on_x()
    chart.note("A note.").cite([("test", "https://example.org/data")])
    markup = chart._repr_html_()
    assert markup.startswith("<figure") and 'alt="Views rise in June"' in markup
    assert "<figcaption" in markup and "A note." in markup
    assert '<a href="https://example.org/data">' in markup
    assert chart.png().startswith(b"\x89PNG")


def test_the_source_is_stated_once_in_the_image_and_not_again_in_the_caption():
    chart = _chart().line(DAYS, np.arange(30)).cite([("test", "https://example.org/data")])
    chart.png()
    drawn = [t.get_text() for t in chart.fig.texts]
    assert drawn == ["Source: test"], "the source line is drawn once, in the picture"
    caption = chart._repr_html_().split("<figcaption", 1)[1]
    assert "Source: test" not in caption and "example.org/data" in caption


def test_a_long_source_is_wrapped_inside_the_image_not_cut_at_its_edge():
    source = "Source: " + "; ".join(
        f"Publisher number {n} of a long list, New York Times" for n in range(6)
    )
    chart = Chart("T", "Date", "Views per day", source).line(DAYS, np.arange(30))
    chart.png()
    (text,) = chart.fig.texts
    assert text.get_text().replace("\n", " ") == source, "every word is kept"
    assert text.get_text().count("\n") >= 2, "wrapped onto several lines"
    box = text.get_window_extent(chart.fig.canvas.get_renderer())
    assert box.x1 <= chart.fig.bbox.width and box.y0 >= 0, "inside the picture"
    axes = chart.ax.get_window_extent(chart.fig.canvas.get_renderer())
    label = chart.ax.xaxis.label.get_window_extent(chart.fig.canvas.get_renderer())
    assert box.y1 < label.y0 < axes.y0, "below the axis title, which stays below the plot"


def test_the_legend_sits_in_a_free_corner_or_outside_the_plot():
    rising = Chart("T", "Date", "Views per day", "S").line(DAYS, np.arange(30), label="up")
    rising.png()
    assert rising.ax.get_legend()._loc in (2, "upper left"), "a rising line leaves upper left"
    full = Chart("T", "Date", "Views per day", "S")
    for offset in range(0, 30, 3):  # lines across the whole plot: no free corner
        full.line(DAYS, np.full(30, offset) + np.arange(30) % 2 * 10, label=f"s{offset}")
    full.png()
    renderer = full.fig.canvas.get_renderer()
    assert full.ax.get_legend() is None and len(full.fig.legends) == 1
    legend = full.fig.legends[0].get_window_extent(renderer)
    axes = full.ax.get_window_extent(renderer)
    label = full.ax.xaxis.label.get_window_extent(renderer)
    source = full.fig.texts[0].get_window_extent(renderer)
    assert source.y1 <= legend.y0 and legend.y1 <= label.y0 < axes.y0, "under the plot"


def test_alt_text_is_written_from_title_axes_and_source_when_not_given(english):
    chart = _chart().line(DAYS, np.arange(30))
    assert (
        chart.alt.startswith("Title.")
        and "Views per day" in chart.alt
        and "Source: test" in chart.alt
    )


def test_alt_text_and_caption_are_escaped():
    chart = _chart(alt='"><script>alert(1)</script>').line(DAYS, np.arange(30))
    chart.note("<b>note</b>")
    markup = chart._repr_html_()
    assert "<script>" not in markup and "<b>note" not in markup


def test_reconstructed_series_are_dashed_labelled_and_badged(english):
    chart = _chart().line(DAYS, np.arange(30), label="Tweets", kind="reconstructed")
    line = chart.ax.get_lines()[0]
    assert line.get_linestyle() == "--"
    assert "(reconstructed)" in line.get_label()
    assert chart._badge_kind() == "reconstructed"
    chart.png()
    texts = [t.get_text() for t in chart.ax.texts]
    assert any("RECONSTRUCTED" in t for t in texts)


def _pixels(image: bytes) -> np.ndarray:
    import io

    from PIL import Image

    with Image.open(io.BytesIO(image)) as opened:
        return np.asarray(opened.convert("RGBA"))


def test_the_webp_of_a_chart_has_the_pixels_of_its_png_in_fewer_bytes(english):
    def made() -> Chart:  # a legend to place and a badge to fit: every part of the layout
        return (
            _chart()
            .line(DAYS, np.arange(30), label="A")
            .line(DAYS, np.arange(30)[::-1], label="B", kind="simulated")
        )

    png, webp = made().png(), made().webp()
    assert webp[:4] == b"RIFF" and webp[8:12] == b"WEBP"
    assert np.array_equal(_pixels(png), _pixels(webp)), (
        "a static page must show the notebook's chart"
    )
    assert len(webp) < len(png)
    both = made()
    assert both.pixel_size == _pixels(both.webp()).shape[1::-1]
    assert np.array_equal(_pixels(both.png()), _pixels(png)), "laid out once for both images"
    assert sum("SIMULATED" in t.get_text() for t in both.ax.texts) == 1


def test_a_chart_finished_again_after_more_is_drawn_keeps_one_badge(english):
    chart = _chart().line(DAYS, np.arange(30), kind="reconstructed")
    chart.png()
    chart.line(DAYS, np.arange(30)[::-1], label="more")
    chart.png()
    assert sum("RECONSTRUCTED" in t.get_text() for t in chart.ax.texts) == 1


def test_observed_and_simulated_together_carry_the_simulated_badge():
    chart = _chart().line(DAYS, np.arange(30)).line(DAYS, np.arange(30), kind="simulated")
    assert chart._badge_kind() == "simulated"
    assert _chart().line(DAYS, np.arange(30))._badge_kind() is None


def test_badge_is_in_the_student_language():
    chart = _chart().line(DAYS, np.arange(30), kind="reconstructed")
    chart.png()
    assert any("REKONSTRUKSI" in t.get_text() for t in chart.ax.texts)


def test_bars_write_their_values_in_the_language_format():
    chart = _chart().bars(["a", "b"], [1234567, 2000])
    chart.png()
    labels = [t.get_text() for t in chart.ax.texts]
    assert "1.234.567" in labels


def test_palette_is_the_colour_blind_safe_okabe_ito_set():
    assert PALETTE[0] == "#0072B2" and len(set(PALETTE)) == 8


def test_date_ticks_use_the_language_month_names():
    chart = _chart().line(pd.date_range("2019-10-01", periods=60), np.arange(60)).dates_on_x()
    chart.png()
    ticks = " ".join(t.get_text() for t in chart.ax.get_xticklabels())
    assert "Okt" in ticks or "Nov" in ticks


def test_mark_message_log_and_save(tmp_path):
    chart = (
        _chart().line(DAYS, np.arange(1, 31)).mark("2019-06-10", "event").log_y().thousands_on_y()
    )
    assert chart.ax.get_yscale() == "log"
    path = chart.save(str(tmp_path / "c.png"))
    assert (tmp_path / "c.png").read_bytes().startswith(b"\x89PNG") and path.endswith("c.png")
    empty = _chart().message("No data here")
    assert any(t.get_text() == "No data here" for t in empty.ax.texts)


def test_peak_and_normalise_to_peak():
    values = pd.Series([1.0, 5.0, 2.0], index=DAYS[:3])
    assert peak(values) == (DAYS[1], 5.0)
    assert normalise_to_peak(values).tolist() == [20.0, 100.0, 40.0]
    assert normalise_to_peak(pd.Series([0.0, 0.0])).isna().all()


def test_peak_of_nothing_is_a_clear_error(english):
    with pytest.raises(ms.CourseError, match="no data"):
        peak(pd.Series([], dtype=float))


def test_kind_label_translates():
    assert kind_label("reconstructed") == "rekonstruksi"


def test_an_alt_text_puts_no_full_stop_after_a_titles_question_mark():
    from medsos.charts import Chart

    chart = Chart("How far does it spread?", "Step", "Share, %", "Source: a model")
    assert "?." not in chart.alt and chart.alt.startswith("How far does it spread? ")
    chart.alt = "How far does it spread?. Simulated line chart."
    assert chart.alt == "How far does it spread? Simulated line chart."
