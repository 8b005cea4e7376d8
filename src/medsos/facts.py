"""Numbers the lessons' prose quotes, computed from the course's tables and typed nowhere else.

A lesson source writes ``{{ value:hk_peak_views }}`` where the prose gives a number; the lesson
generator (``medsos.lessonkit``) calls the function registered here under that name and writes
the result, formatted for the notebook's language (139.482 in Indonesian, 139,482 in English).
A published figure is named by its id instead (``{{ figure:metoo-01 }}``,
``data/published_figures.csv``). When the data change, regenerating the notebooks changes the
prose with them, and a name that no function answers to fails the generation and the tests.

>>> VALUES["hk_peak_views"]()
139482
"""

from __future__ import annotations

from collections.abc import Callable

from medsos import data

VALUES: dict[str, Callable[[], float]] = {}


def value(function: Callable[[], float]) -> Callable[[], float]:
    """Register ``function`` under its own name for ``{{ value:<name> }}``."""
    VALUES[function.__name__] = function
    return function


def figure(figure_id: str) -> float:
    """The value of a published figure (``data/published_figures.csv``); ``KeyError`` if none."""
    figures = data.load("published_figures").set_index("figure_id")["value"]
    return float(figures.loc[figure_id])


def figure_ids() -> set[str]:
    return set(data.load("published_figures")["figure_id"])


def _internet_pct(iso3: str, year: int) -> float:
    use = data.load("internet_use").query("iso3 == @iso3").set_index("year")["internet_pct"]
    return round(float(use.loc[year]), 1)


@value
def hk_peak_views() -> int:
    """Views of the Hong Kong protests article on its busiest day (4 August 2019)."""
    return int(data.series("hongkong2019_pageviews").max())


@value
def hk_second_peak_views() -> int:
    """Views on the second-busiest day (13 August 2019, the airport sit-ins)."""
    return int(data.series("hongkong2019_pageviews").nlargest(2).iloc[1])


@value
def metoo_best_rank() -> int:
    """#MeToo's best (lowest) daily rank among words on Twitter (16 October 2017)."""
    return int(data.series("metoo_twitter_rank").min())


@value
def blm_peak_events() -> int:
    """Most BLM protest events recorded on one day in 2020 (6 June)."""
    return int(data.series("blm2020_protest_events").max())


@value
def idn_internet_2010() -> float:
    """Share of Indonesia's population online in 2010 (ITU), one decimal."""
    return _internet_pct("IDN", 2010)


@value
def idn_internet_2023() -> float:
    """Share of Indonesia's population online in 2023 (ITU), one decimal."""
    return _internet_pct("IDN", 2023)


@value
def papua_rural_pct() -> float:
    """Share of rural households in Papua with internet access in 2022 (BPS)."""
    bps = data.load("indonesia_internet_2022").set_index("province")
    return float(bps.loc["Papua", "rural_pct"])


@value
def blm_events_total() -> int:
    """BLM protest events recorded in the course's 2020 daily series, all days together."""
    return int(data.series("blm2020_protest_events").sum())


@value
def blm_event_days() -> int:
    """How many days the course's 2020 BLM protest-events series covers."""
    return len(data.series("blm2020_protest_events"))
