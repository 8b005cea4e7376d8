"""Data and widgets in Indonesian (issue #17): names as Indonesians write them, EYD V numbers.

An Indonesian student reads campaign names as Indonesian media write them, country names in
Indonesian (lesson 3 asks for "Filipina"), Indonesian labels for the English Wikipedia articles,
one name for the Hong Kong series, weekday names in Indonesian and decimals with a comma.
"""

from __future__ import annotations

import pytest

import medsos as ms
from medsos.data import load


def test_campaign_names_are_not_machine_translations():
    names = set(load("campaigns")["name_id"])
    for machine in ("Cinta Menang", "Kembalikan Anak-Anak Kami", "Duduki Wall Street"):
        assert machine not in names
    assert {"#LoveWins", "Bring Back Our Girls", "Gerakan Occupy Wall Street"} <= names


def test_the_divide_explorer_lists_countries_in_indonesian_and_sorted_by_them():
    ms.set_language("id")
    explorer = ms.divide_explorer()
    labels = [label for label, _value in explorer.controls["countries"].options]
    assert "Filipina" in labels and "Amerika Serikat" in labels and "Dunia" in labels
    assert "Philippines" not in labels and "United States" not in labels
    rest = labels[2:]
    assert rest == sorted(rest, key=str), "after World and Indonesia, alphabetical in Indonesian"
    ms.set_language("en")
    labels = [label for label, _value in ms.divide_explorer().controls["countries"].options]
    assert "Philippines" in labels and "Filipina" not in labels


def test_a_country_can_be_named_as_the_student_reads_it():
    ms.set_language("id")
    chart = ms.plot_internet_use(["Indonesia", "Filipina"])
    assert [line.get_label() for line in chart.ax.get_lines()] == ["Indonesia", "Filipina"]


def test_the_gender_rows_name_countries_in_indonesian():
    ms.set_language("id")
    chart = ms.plot_gender_gap()
    labels = [t.get_text() for t in chart.ax.texts + chart.ax.get_yticklabels()]
    assert any(label.startswith("Inggris Raya") for label in labels), labels


def test_wikipedia_articles_get_indonesian_labels_and_keep_their_title_in_the_caption():
    from medsos.widgets import halflife

    ms.set_language("id")
    wiki = {k: v for k, v in halflife.options().items() if k.startswith(halflife.WIKI_PREFIX)}
    assert len(wiki) == 9
    assert "Wikipedia: Serangan Yuen Long (2019)" in wiki.values()
    assert not any("attack" in v or "Siege" in v or "bill" in v for v in wiki.values())
    chart = ms.plot_half_life("wiki:2019 Yuen Long attack")
    assert any("2019 Yuen Long attack" in note for note in chart.notes)
    ms.set_language("en")
    assert "Wikipedia: 2019 Yuen Long attack" in halflife.options().values()


def test_the_hong_kong_series_has_one_indonesian_name_in_every_explorer():
    from medsos.widgets import halflife, timeline

    ms.set_language("id")
    name = load("campaigns").set_index("campaign_id").loc["hongkong2019", "name_id"]
    label = timeline._catalogue()["hongkong2019_pageviews"].label()
    assert label.startswith(name + ":") and "(2019)" not in label
    assert halflife.options()["hongkong2019_pageviews"].startswith(name + ":")
    # the article on the protests as a whole is the same series: offered once, its key still works
    assert "wiki:2019–20 Hong Kong protests" not in halflife.options()
    assert ms.plot_half_life("wiki:2019–20 Hong Kong protests").title.startswith(name)


@pytest.mark.parametrize(("lang", "expected"), [("id", "Sabtu"), ("en", "Saturday")])
def test_weekday_names_follow_the_language(lang, expected):
    ms.set_language(lang)
    assert ms.weekday("2019-08-03") == expected


def test_numbers_follow_eyd_v_in_indonesian():
    ms.set_language("id")
    assert ms.format_number(5000) == "5.000"
    assert ms.format_number(67.68, 1) == "67,7"


def test_the_chance_slider_writes_decimals_as_the_language_does():
    ms.set_language("id")
    slider = ms.diffusion_simulator(remember=False).controls["probability"]
    assert ("0,25", 0.25) in slider.options
    assert slider.value == 0.5
    ms.set_language("en")
    slider = ms.diffusion_simulator(remember=False, probability=0.33).controls["probability"]
    assert ("0.25", 0.25) in slider.options and slider.value == 0.35


@pytest.mark.parametrize(
    "draw",
    [
        lambda: ms.plot_online_offline(),
        lambda: ms.plot_samesex_opinion(),
        lambda: ms.plot_gender_gap(),
        lambda: ms.plot_half_life("wiki:Siege of the Hong Kong Polytechnic University"),
        lambda: ms.plot_attention("occupywallstreet"),
    ],
)
def test_long_indonesian_chart_titles_fit_inside_the_picture(draw):
    ms.set_language("id")
    chart = draw()
    chart.png()
    renderer = chart.fig.canvas.get_renderer()
    box = chart.ax.title.get_window_extent(renderer)
    assert box.x0 >= 0 and box.x1 <= chart.fig.bbox.width, chart.title
