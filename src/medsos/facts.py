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

import pandas as pd

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


def _hk_main_and_related() -> tuple:
    """The main Hong Kong article's daily views, and the other articles of ``hk_pageviews`` summed."""
    main = data.series("hongkong2019_pageviews")
    views = data.load("hk_pageviews")
    total = views.groupby("date")["views"].sum()
    return main, total - main.reindex(total.index).fillna(0)


@value
def hk_peak_day_before() -> int:
    """Views of the main article the day before its one-day spike (3 August 2019)."""
    main, _ = _hk_main_and_related()
    return int(main.shift(1).loc[main.idxmax()])


@value
def hk_peak_day_after() -> int:
    """Views of the main article the day after its one-day spike (5 August 2019)."""
    main, _ = _hk_main_and_related()
    return int(main.shift(-1).loc[main.idxmax()])


@value
def hk_related_articles() -> int:
    """How many related articles ``hk_pageviews`` holds besides the main one."""
    return int(data.load("hk_pageviews")["article"].nunique() - 1)


@value
def hk_related_peak_eve() -> int:
    """The related articles' views together, the day before the main article's spike."""
    main, related = _hk_main_and_related()
    return int(related.shift(1).loc[main.idxmax()])


@value
def hk_related_peak_day() -> int:
    """The related articles' views together on the day of the main article's spike: flat."""
    main, related = _hk_main_and_related()
    return int(related.loc[main.idxmax()])


@value
def hk_all_articles_peak_views() -> int:
    """The busiest day of all articles of ``hk_pageviews`` together (13 August 2019)."""
    return int(data.load("hk_pageviews").groupby("date")["views"].sum().max())


@value
def blm_first_weekend_events() -> int:
    """The first weekend peak of BLM protest events (31 May 2020), a week before the highest."""
    events = data.series("blm2020_protest_events")
    return int(events[: events.idxmax() - pd.Timedelta(days=4)].max())


@value
def n_campaigns() -> int:
    """How many campaigns the course's campaign table holds."""
    return len(data.load("campaigns"))


@value
def n_series() -> int:
    """How many daily series the course holds."""
    return len(data.load("series"))


@value
def n_observed_series() -> int:
    """How many of the daily series are observed (measured), not reconstructed or simulated."""
    return int((data.load("series")["kind"] == "observed").sum())


@value
def n_tables() -> int:
    """How many tables ``ms.tables()`` lists."""
    return len(data.tables())


@value
def blm_corpus_floyd_total() -> int:
    """#BlackLivesMatter tweets in the Giorgi et al. corpus, 26 May – 7 June 2020 (Pew's window)."""
    return int(data.series("blm_corpus_tweets")["2020-05-26":"2020-06-07"].sum())


@value
def blm_pew_to_corpus_ratio() -> float:
    """How many times Pew's count for 26 May – 7 June 2020 is the corpus's count: two counters."""
    return round(figure("blacklivesmatter-01") / blm_corpus_floyd_total(), 1)


@value
def blm_best_rank() -> int:
    """The best daily Storywrangler rank of the phrase 'Black Lives Matter' (2 June 2020)."""
    return int(data.series("blm_twitter_rank").min())


@value
def hk_airport_half_days() -> int:
    """Days for the main Hong Kong article to halve from the airport peak, the 4 Aug spike left out."""
    from medsos.models.attention import fit_half_life

    views = data.series("hongkong2019_pageviews")
    decay = fit_half_life(views.drop(views.idxmax()), window=21, name="hk", kind="observed")
    return int(decay.observed_half_days)


@value
def hk_all_articles_half_days() -> int:
    """Days for all articles of ``hk_pageviews`` together to halve from their peak (13 Aug 2019)."""
    from medsos.models.attention import fit_half_life

    total = data.load("hk_pageviews").groupby("date")["views"].sum()
    return int(fit_half_life(total, window=21, name="hk", kind="observed").observed_half_days)


@value
def blm_corpus_days() -> int:
    """Days in the Giorgi et al. #BlackLivesMatter corpus series, the longest observed series."""
    return len(data.series("blm_corpus_tweets"))


@value
def n_half_lives() -> int:
    """How many count series ``ms.half_lives()`` lists."""
    from medsos.models.attention import half_lives

    return len(half_lives(window=21))
