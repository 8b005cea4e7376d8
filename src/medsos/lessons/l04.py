"""Lesson 4 (limits and risks): its one-cell charts and its exercises' self-checks.

Charts: :func:`plot_online_offline` (#BlackLivesMatter tweets beside protest events,
each scaled to its highest day) and, of published figures, :func:`plot_counter_hashtag`
(#PercumaLaporPolisi and the police's counter-hashtag) and :func:`plot_hong_kong_accounts`
(organising beside manipulation). The attention half-life explorer is the lesson's widget, in
:mod:`medsos.widgets.halflife`.

Expected answers are computed from ``data/`` when a check runs, so they follow the data.
"""

from __future__ import annotations

from typing import Any

from medsos import checks
from medsos.charts import Chart
from medsos.checks import expect_choice, expect_number, expect_text
from medsos.figures import plot_figures
from medsos.i18n import N_, _

EVENTS = "blm2020_protest_events"
TWEETS = "blm2020_tweets"
HK = "hongkong2019_pageviews"
OPTIONS = ("a", "b", "c")


def _series(series_id: str):
    from medsos.data import series

    return series(series_id)


@checks.task(
    "04-days-above-half",
    hint=N_(
        "`events` is the series from the cell above. Half its highest day is events.max() / 2; "
        "compare the series with it using >= and add up the True values with .sum()."
    ),
)
def days_above_half(answer: Any) -> str | None:
    events = _series(EVENTS)
    return expect_number(answer, float((events >= events.max() / 2).sum()), tolerance=0.0)


@checks.task(
    "04-half-life",
    hint=N_(
        "Call ms.fit_half_life(events, window=21) and read its .half_life (in days). Round to "
        "one decimal."
    ),
)
def half_life(answer: Any) -> str | None:
    from medsos.models.attention import fit_half_life

    expected = fit_half_life(_series(EVENTS), window=21).half_life
    return expect_number(answer, round(expected, 1), decimals=1)


@checks.task(
    "04-which-first",
    hint=N_("Find the highest point of each line in the chart: which one is further to the left?"),
)
def which_first(answer: Any) -> str | None:
    tweets, events = _series(TWEETS).idxmax(), _series(EVENTS).idxmax()
    truth = "a" if tweets < events else ("b" if events < tweets else "c")
    return expect_choice(answer, truth, OPTIONS)


@checks.task(
    "04-window",
    hint=N_(
        "In the explorer choose the Hong Kong page views, set 'Days after' to 7 and read the "
        "half-life in the legend; then set it to 30 and read it again."
    ),
)
def window(answer: Any) -> str | None:
    from medsos.models.attention import fit_half_life

    short = fit_half_life(_series(HK), window=7).half_life
    long = fit_half_life(_series(HK), window=30).half_life
    truth = "a" if long < short else ("b" if long > short else "c")
    return expect_choice(answer, truth, OPTIONS)


@checks.task(
    "04-counter-share",
    hint=N_(
        "Divide the #PolriSesuaiProsedur figure by the #PercumaLaporPolisi figure and multiply "
        "by 100. Round to one decimal."
    ),
)
def counter_share(answer: Any) -> str | None:
    from medsos.data import load

    figures = load("published_figures").set_index("figure_id")["value"]
    share = figures["percumalaporpolisi-02"] / figures["percumalaporpolisi-01"] * 100
    return expect_number(answer, round(float(share), 1), unit="percent", decimals=1)


@checks.task(
    "04-reflection",
    hint=N_(
        "Name one risk from the lesson (attention fades, slacktivism, hijacking, state-backed "
        "accounts, surveillance, dependence on platforms) and say how a campaign could reduce it."
    ),
    open_ended=True,
)
def reflection(answer: Any) -> str | None:
    return expect_text(answer, min_words=20)


# --- the lesson's one-cell charts ----------------------------------------------------


def plot_counter_hashtag() -> Chart:
    """#PercumaLaporPolisi and the police's counter-hashtag, as published.

    >>> [float(b.get_height()) for b in plot_counter_hashtag().ax.patches]
    [130000.0, 14700.0]
    """
    return plot_figures(
        ["percumalaporpolisi-01", "percumalaporpolisi-02"],
        title=_("A hashtag and its counter-hashtag (counted on different days)"),
        ylabel=_("Tweets"),
        labels=["#PercumaLaporPolisi", "#PolriSesuaiProsedur"],
    )


def plot_hong_kong_accounts() -> Chart:
    """Hong Kong 2019: one protest Telegram group beside the state-backed accounts.

    >>> plot_hong_kong_accounts().ylabel
    'Accounts or subscribers'
    """
    return plot_figures(
        ["hongkong2019-04", "hongkong2019-state-accounts", "hongkong2019-state-network"],
        title=_("Hong Kong 2019: organising and manipulation"),
        ylabel=_("Accounts or subscribers"),
        labels=[
            _("A protest Telegram group"),
            _("State-backed core"),
            _("Wider network"),
        ],
    )


def plot_online_offline(window: int = 21) -> Chart:
    """BLM 2020: reconstructed tweets beside observed protest events, highest day = 100.

    >>> plot_online_offline().badge_kind()
    'mixed'
    """
    from medsos.data import series, series_info
    from medsos.models.attention import fit_half_life, reconstructed_warning

    chart = Chart(
        _("#BlackLivesMatter 2020: tweets peaked first, street protest a week later"),
        _("Date"),
        _("Share of the highest day (highest day = 100)"),
        _("Source: {sources}").format(
            sources="; ".join(series_info(s)["source"].iloc[0] for s in _BLM)
        ),
        kind="mixed",
    )
    sentences = []
    for series_id, label in _BLM.items():
        values = series(series_id)
        kind = series_info(series_id)["kind"].iloc[0]
        chart.line(
            values.index,
            values / values.max() * 100,
            label=_(label),
            kind=kind,
            marker="o",
            markersize=3,
        )
        decay = fit_half_life(values, window=window, name=_(label), kind=kind)
        sentences.append(decay.sentence())
    chart.dates_on_x()
    chart.ax.set_ylim(0, 105)
    for sentence in sentences:
        chart.note(sentence)
    chart.note(reconstructed_warning())
    chart.alt = _(
        "Two lines on a scale where each series' highest day is 100: tweets with "
        "#BlackLivesMatter (reconstructed) peak on 28 May 2020 and fall within days; protest "
        "events (observed) peak on 6 June and fall more slowly. {first} {second}"
    ).format(first=sentences[0], second=sentences[1])
    return chart


_BLM = {
    "blm2020_tweets": N_("Tweets with #BlackLivesMatter"),
    "blm2020_protest_events": N_("Protest events in US cities"),
}
