"""Lesson 1 (real cases: #BlackLivesMatter, #MeToo, Hong Kong 2019): its one-cell charts
and the self-checks of its exercises.

Charts: :func:`plot_march_sizes` (published figures) and :func:`plot_protest_months`
(Count Love). The timeline explorer and ``plot_attention`` are the lesson's widget, in
:mod:`medsos.widgets.timeline`.

Every expected answer is computed from ``data/`` when the check runs, never typed in
here: if the data are re-derived, the checks follow them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import matplotlib.dates as mdates
import pandas as pd
from matplotlib.ticker import FuncFormatter

from medsos import checks, i18n
from medsos.charts import HIGHLIGHT, PALETTE, Chart
from medsos.checks import expect_choice, expect_date, expect_number, expect_text
from medsos.errors import CourseError
from medsos.figures import plot_figures
from medsos.i18n import N_, _

HK = "hongkong2019_pageviews"
METOO = "metoo_twitter_rank"
BLM_EVENTS = "blm2020_protest_events"
BUSY = 400  # protest events a day that count as a "busy" day in task 01-blm-busy-days
OPTIONS = ("a", "b", "c", "d")


def _series(series_id: str) -> pd.Series:
    from medsos.data import load

    frame = load("attention")
    one = frame[frame["series_id"] == series_id]
    return pd.Series(
        one["value"].to_numpy(), index=pd.DatetimeIndex(one["date"]), name=series_id
    ).sort_index()


def _nearest(value: float, choices: Sequence[float]) -> str:
    """The letter (a, b, c, ...) of the choice closest to ``value``."""
    best = min(range(len(choices)), key=lambda i: abs(choices[i] - value))
    return OPTIONS[best]


# --- data work -----------------------------------------------------------------------


@checks.task(
    "01-hk-peak-day",
    hint=N_(
        "Keep the rows of the series 'hongkong2019_pageviews', make 'date' the index, "
        "then use .idxmax() on the 'value' column."
    ),
)
def hk_peak_day(answer: Any) -> str | None:
    return expect_date(answer, _series(HK).idxmax())


@checks.task(
    "01-metoo-best",
    hint=N_(
        "A rank is best when it is smallest: use .min() for the rank and .idxmin() for its "
        "date. Answer with both, in brackets: (rank, date)."
    ),
)
def metoo_best(answer: Any) -> str | None:
    if isinstance(answer, str) or not isinstance(answer, Sequence | pd.Series) or len(answer) != 2:
        return _(
            'Answer with two things in brackets: (best rank, its date), e.g. (1234, "2018-01-01").'
        )
    rank, when = answer[0], answer[1]
    series = _series(METOO)
    if isinstance(rank, str | pd.Timestamp) and not isinstance(when, str | pd.Timestamp):
        rank, when = when, rank  # given the other way round: accept it
    wrong_rank = expect_number(rank, float(series.min()), tolerance=0.0)
    if wrong_rank:
        if isinstance(rank, int | float) and rank == series.max():
            return _(
                "That is the worst rank: for ranks, smaller is better "
                "(rank 1 = the most used word)."
            )
        return _("The rank: {problem}").format(problem=wrong_rank)
    wrong_day = expect_date(when, series.idxmin())
    return _("The date: {problem}").format(problem=wrong_day) if wrong_day else None


@checks.task(
    "01-blm-busy-days",
    hint=N_(
        "Compare the series with 400 (>= gives True or False for each day), then add up the "
        "True values with .sum()."
    ),
)
def blm_busy_days(answer: Any) -> str | None:
    return expect_number(answer, float((_series(BLM_EVENTS) >= BUSY).sum()), tolerance=0.0)


# --- the widget ----------------------------------------------------------------------


@checks.task(
    "01-normalise",
    hint=N_(
        "In the explorer choose Hong Kong, tick 'Highest day = 100', and read the white dot of "
        "1 July on the vertical axis."
    ),
)
def normalise(answer: Any) -> str | None:
    series = _series(HK)
    share = float(series.loc["2019-07-01"] / series.max() * 100)
    return expect_choice(answer, _nearest(share, (5, 20, 50, 100)), OPTIONS)


@checks.task(
    "01-log-scale",
    hint=N_(
        "On a log scale each gridline is ten times the one below it. Look where most of the "
        "line lies from July onwards."
    ),
)
def log_scale(answer: Any) -> str | None:
    days = _series(HK).loc["2019-07-01":]
    lower = (100, 1_000, 10_000, 100_000)
    shares = [float(((days >= lo) & (days < lo * 10)).mean()) for lo in lower]
    return expect_choice(answer, OPTIONS[shares.index(max(shares))], OPTIONS)


# --- reading what a chart is ---------------------------------------------------------


@checks.task(
    "01-reconstructed",
    hint=N_("Look at the badge above the chart and at the 'kind' column of ms.load(\"series\")."),
)
def reconstructed(answer: Any) -> str | None:
    from medsos.data import load

    info = load("series").set_index("series_id")
    # the statement that is true: b when the tweets are reconstructed and the events observed
    truth = (
        "b"
        if (info.loc["blm2020_tweets", "kind"], info.loc[BLM_EVENTS, "kind"])
        == ("reconstructed", "observed")
        else "d"
    )
    return expect_choice(answer, truth, OPTIONS)


@checks.task(
    "01-reflection",
    hint=N_(
        "Name one thing the charts show and one thing they cannot show (for example who took "
        "part, or what changed afterwards)."
    ),
    open_ended=True,
)
def reflection(answer: Any) -> str | None:
    return expect_text(answer, min_words=25)


def expected_answers() -> dict[str, Any]:
    """The expected answers, computed from the data (for facilitators and tests)."""
    metoo = _series(METOO)
    return {
        "01-hk-peak-day": _series(HK).idxmax(),
        "01-metoo-best": (float(metoo.min()), metoo.idxmin()),
        "01-blm-busy-days": int((_series(BLM_EVENTS) >= BUSY).sum()),
    }


# --- the lesson's one-cell charts ----------------------------------------------------


def _counter(unit: str) -> str:
    """Who counted a march, in a word for a bar label."""
    if "police" in unit:
        return _("police")
    return _("organisers")


def plot_march_sizes() -> Chart:
    """Hong Kong 2019: organisers' and police counts of the marches (published figures), as bars.

    Two counters that disagree several-fold stand side by side, never averaged: the gap is the
    lesson. A march with one count only shows one bar, and its label says who gave it.

    >>> plot_march_sizes().title
    'Hong Kong 2019 marches: organisers vs police'
    """
    from medsos.data import load

    figures = load("published_figures")
    people = figures[
        (figures["campaign_id"] == "hongkong2019") & figures["unit_en"].str.startswith("people")
    ]
    if people.empty:  # pragma: no cover - the data always have them
        raise CourseError(
            _("The published march sizes are missing from the data."),
            fix=_("Restore the data with: git checkout data/"),
        )
    people = people.assign(police=people["unit_en"].str.contains("police"))
    people = people.sort_values(["date_start", "police"])
    hosts = dict.fromkeys(
        u.split("://", 1)[1].removeprefix("www.").removeprefix("en.m.").split("/")[0]
        for u in people["url"]
    )
    return plot_figures(
        list(people["figure_id"]),
        title=_("Hong Kong 2019 marches: organisers vs police"),
        ylabel=_("People (as counted by each source)"),
        xlabel=_("Date of the march (2019) and who counted"),
        labels=[
            f"{i18n.date(r.date_start, 'd MMM')}: {_counter(r.unit_en)}"
            for r in people.itertuples()
        ],
        dated=False,
        horizontal=True,
        label_room=0.3,
        colours=[PALETTE[1] if police else PALETTE[0] for police in people["police"]],
        ticks=False,
        source=_("Source: {sources}").format(sources="; ".join(hosts)),
        notes=[
            _("Organisers and police count differently; neither is an independent measurement.")
        ],
    )


def plot_protest_months() -> Chart:
    """US protest events per month in Count Love tagged like the 2020 Floyd protests, 2017 – July 2020.

    Neal Caren's selection keeps only events with exactly the Floyd protests' tags, so earlier
    months are a floor, not a count of all racial-justice protests: the note says so.
    """
    from medsos.data import load, source_of, sources_of

    months = load("blm_monthly_events").sort_values("month")
    chart = Chart(
        _("Protest events per month tagged like the 2020 Floyd protests (Count Love)"),
        _("Month"),
        _("Protest events per month"),
        source_of("blm_monthly_events"),
    )
    chart.cite(sources_of("blm_monthly_events"))
    x = mdates.date2num(months["month"].to_numpy(dtype="datetime64[D]")) + 14  # mid-month
    values = months["events"].astype(float).to_numpy()
    colours = [
        HIGHLIGHT if m >= pd.Timestamp("2020-05-01") else PALETTE[0] for m in months["month"]
    ]
    chart.ax.bar(x, values, width=24, color=colours)
    chart.drew("observed")
    chart.ax.grid(axis="x", visible=False)
    chart.ax.xaxis.set_major_locator(mdates.YearLocator())
    chart.ax.xaxis.set_major_formatter(
        FuncFormatter(lambda v, _pos: i18n.date(mdates.num2date(v), "yyyy"))
    )
    chart.ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: i18n.number(v)))
    earlier = months[months["month"] < pd.Timestamp("2020-05-01")]
    before = earlier["events"].max()
    busiest = months.index.get_loc(earlier["events"].idxmax())
    top = months.loc[months["events"].idxmax()]
    chart.ax.annotate(
        _("{value} in {month}").format(
            value=i18n.number(top["events"]), month=i18n.date(top["month"], "MMMM yyyy")
        ),
        xy=(x[months.index.get_loc(top.name)], float(top["events"])),
        xytext=(-12, -4),
        textcoords="offset points",
        ha="right",
        va="top",
        fontsize=12,
        color="#1a1a1a",
    )
    chart.ax.annotate(
        _("February 2017 – April 2020: at most {n} a month in this selection").format(
            n=i18n.number(before)
        ),
        xy=(x[busiest], float(before)),
        xytext=(-20, 45),
        textcoords="offset points",
        ha="left",
        va="bottom",
        fontsize=12,
        color="#1a1a1a",
        arrowprops={"arrowstyle": "-", "color": "#666666", "linewidth": 0.9},
    )
    chart.note(
        _(
            "Only events with exactly the tags of the 2020 Floyd protests (Neal Caren's selection), "
            "so earlier months are a floor, not all racial-justice protests. Before May 2020: at "
            "most {n} such events a month. July 2020 is incomplete (the data end on 6 July)."
        ).format(n=i18n.number(before))
    )
    return chart
