"""Lesson 2 (what hashtag campaigns do): its one-cell charts and its exercises' self-checks.

Charts, one per case of the article (published figures, each with its source):

* :func:`plot_climate_strikes`: #ClimateStrike 2019, people (``"people"``) or places
  (``"places"``) of the global strikes, as bars by date;
* :func:`plot_bbog`: #BringBackOurGirls, cumulative tweets in April–May 2014
  (reconstructed from published figures, which sit on the line as dots);
* :func:`plot_chibok_outcomes`: what happened to the Chibok girls afterwards (276
  abducted; escaped, released, still missing or held years later).

The diffusion simulator is the lesson's widget, in :mod:`medsos.widgets.diffusion`.

Expected answers are computed when the check runs: from ``data/published_figures.csv``
for the data tasks, and from the diffusion model (:mod:`medsos.models.diffusion`, fixed
seed) for the simulator tasks. Nothing is typed in twice.
"""

from __future__ import annotations

from typing import Any

import matplotlib.dates as mdates
import pandas as pd
from matplotlib.ticker import FixedLocator, FuncFormatter

from medsos import checks, i18n
from medsos.charts import HIGHLIGHT, PALETTE, Chart, compact
from medsos.checks import Accepted, expect_choice, expect_number, expect_text
from medsos.errors import CourseError
from medsos.figures import figures, period, plot_figures
from medsos.i18n import N_, _
from medsos.models import diffusion as model

OPTIONS = ("a", "b", "c", "d")
# the simulator settings the tasks ask for
COMPLEX_SETTING = {"seeds": 5, "p": 0.6, "contagion": "complex"}
TIPPING_SETTING = {"network_kind": "small_world", "seeds": 5, "contagion": "simple"}
PROBABILITIES = tuple(round(0.05 * k, 2) for k in range(0, 21))


def _figure(figure_id: str) -> float:
    from medsos.data import load

    figures = load("published_figures").set_index("figure_id")
    return float(figures.loc[figure_id, "value"])


# --- data work -----------------------------------------------------------------------


def climate_growth() -> float:
    """How many times more people struck on 20 September than on 15 March 2019."""
    return _figure("climatestrike-04") / _figure("climatestrike-01")


@checks.task(
    "02-climate-growth",
    hint=N_(
        "Make 'figure_id' the index of the published figures, take the 'value' of "
        "'climatestrike-04' and divide it by the 'value' of 'climatestrike-01'."
    ),
)
def check_climate_growth(answer: Any) -> str | None:
    """Right for the ratio (2.5 times as many) and for "1.5 times more", its other reading.

    "How many times more" is read both ways in English and in Indonesian ("berapa kali lipat"):
    1.5 times more *than March* is the same as 2.5 times as many, so it is accepted with a note
    that says how the two readings relate.
    """
    ratio = climate_growth()
    problem = expect_number(answer, ratio, tolerance=0.02)
    if problem is None or ratio <= 1:
        return problem
    if expect_number(answer, ratio - 1, tolerance=0.02) is None:
        return Accepted(
            _(
                "You counted how many times more came on top of March's number; the same growth "
                "is {ratio} times as many as in March."
            ).format(ratio=i18n.number(ratio, 1))
        )
    return problem


def bbog_share() -> float:
    """Percentage of Crimson Hexagon's 9 May total that were first-week tweets from two countries.

    Both figures come from one counter; the BBC's 3.3 million (another counter) is not used.
    """
    return _figure("bringbackourgirls-week1-two-countries") / _figure("bringbackourgirls-04") * 100


@checks.task(
    "02-bbog-share",
    hint=N_(
        "Divide the figure 'bringbackourgirls-week1-two-countries' (first-week tweets from "
        "Nigeria and the USA) by 'bringbackourgirls-04' (tweets by 9 May), multiply by 100 and "
        "round to one decimal."
    ),
)
def check_bbog_share(answer: Any) -> str | None:
    """A percent, rounded to one decimal (as the question says); a fraction is told the unit."""
    return expect_number(answer, round(bbog_share(), 1), unit="percent", decimals=1)


# --- reading a chart -------------------------------------------------------------------


@checks.task(
    "02-chibok-held",
    hint=N_("Read the number at the end of the last bar of the Chibok chart (April 2023)."),
)
def check_chibok_held(answer: Any) -> str | None:
    return expect_number(answer, _figure("bringbackourgirls-held-2023"), tolerance=0.0)


# --- the simulator ---------------------------------------------------------------------


def complex_networks() -> str:
    """The letter of the statement that is true: on which networks complex contagion reaches half."""
    spread = {
        kind: model.simulate(kind, placement="together", **COMPLEX_SETTING).final >= model.TAKE_OFF
        for kind in model.NETWORKS
    }
    answers = {
        "a": {"small_world"},
        "b": {"random"},
        "c": {"small_world", "scale_free"},
        "d": set(model.NETWORKS),
    }
    reached = {kind for kind, ok in spread.items() if ok}
    return next((letter for letter, kinds in answers.items() if kinds == reached), "")


@checks.task(
    "02-complex-networks",
    hint=N_(
        "Set complex contagion, 5 seed accounts (together) and a chance of 0.6, then try each "
        "network in turn and read the percentage at the end of the line."
    ),
)
def check_complex_networks(answer: Any) -> str | None:
    return expect_choice(answer, complex_networks(), OPTIONS)


def tipping_point() -> float:
    """Smallest chance (steps of 0.05) at which simple contagion reaches half the small world."""
    for p in PROBABILITIES:
        if model.simulate(p=p, **TIPPING_SETTING).final >= model.TAKE_OFF:
            return p
    return float("nan")  # pragma: no cover - it always tips before 1.0


@checks.task(
    "02-tipping-point",
    hint=N_(
        "Simple contagion, small world, 5 seed accounts together: move the chance up in steps "
        "of 0.05 and find the first value where the line ends at 50% or more."
    ),
)
def check_tipping_point(answer: Any) -> str | None:
    return expect_number(answer, tipping_point(), unit="fraction", decimals=2)


# --- reflection and quiz ---------------------------------------------------------------


@checks.task(
    "02-reflection",
    hint=N_(
        "Name what the hashtag did (attention, pressure, organising) and what it did not do "
        "by itself, with one number from the lesson."
    ),
    open_ended=True,
)
def check_reflection(answer: Any) -> str | None:
    return expect_text(answer, min_words=25)


@checks.task(
    "02-quiz-1",
    hint=N_("Compare the tweets of May 2014 with the bars of 2017, 2019 and 2023."),
)
def check_quiz_1(answer: Any) -> str | None:
    return expect_choice(answer, "b", OPTIONS)


def expected_answers() -> dict[str, Any]:
    """The expected answers, computed now (for facilitators and tests)."""
    return {
        "02-climate-growth": climate_growth(),
        "02-bbog-share": bbog_share(),
        "02-chibok-held": _figure("bringbackourgirls-held-2023"),
        "02-complex-networks": complex_networks(),
        "02-tipping-point": tipping_point(),
        "02-quiz-1": "b",
    }


# --- the lesson's one-cell charts ------------------------------------------------------


def _rows(ids: list[str]) -> pd.DataFrame:
    """The published figures ``ids``, in that order, indexed by id (a CourseError names gaps)."""
    return figures(ids).set_index("figure_id")


def _short_number(value: float) -> str:
    """1,6 jt / 1.6M, 4.500: for bar labels."""
    return compact(value) if value >= 1e6 else i18n.number(value)


CLIMATE_PEOPLE = ["climatestrike-01", "climatestrike-04", "climatestrike-05"]
CLIMATE_PLACES = ["climatestrike-02", "climatestrike-03"]


def plot_climate_strikes(measure: str = "people") -> Chart:
    """#ClimateStrike 2019: how the global strikes grew, as published (bars by date).

    ``measure="people"``: participants on 15 March, 20 September and 27 September 2019;
    ``measure="places"``: events on 24 May and locations in the week of 20–27 September.
    People and places are different units, so they get separate charts.

    >>> [float(b.get_height()) for b in plot_climate_strikes("people").ax.patches]
    [1600000.0, 4000000.0, 2000000.0]
    """
    key = str(measure).strip().lower()
    if key not in ("people", "places"):
        raise CourseError(
            _("Unknown measure {measure!r}.").format(measure=measure),
            fix=_("Use one of: {names}.").format(names="people, places"),
        )
    ids = CLIMATE_PEOPLE if key == "people" else CLIMATE_PLACES
    rows = _rows(ids)
    values = rows["value"].astype(float).tolist()
    when = [period(s, e) for s, e in zip(rows["date_start"], rows["date_end"], strict=True)]
    if key == "people":
        title, xlabel = (
            _("#ClimateStrike 2019: people at the global strikes"),
            _("Day of the global strike"),
        )
        ylabel, labels = _("Participants (people)"), when
        note = _("Participant numbers are estimates as reported; 20 September: organisers.")
    else:
        units = {"events": _("events"), "locations": _("locations")}
        title, xlabel = _("#ClimateStrike 2019: places with a strike"), _("Global strike")
        ylabel = _("Events or locations (count)")
        labels = [f"{w}\n({units.get(u, u)})" for w, u in zip(when, rows["unit_en"], strict=True)]
        note = _("Events (May) and locations (September) are counted differently.")
    chart = plot_figures(
        ids,
        title=title,
        ylabel=ylabel,
        xlabel=xlabel,
        labels=labels,
        dated=False,
        colours=[HIGHLIGHT if v == max(values) else PALETTE[0] for v in values],
        fmt=_short_number,
        ticks=False,
        notes=[note],
    )
    chart.alt = _("{title}. Bar chart: {bars}. {source}").format(
        title=chart.title,
        bars="; ".join(
            f"{label.replace(chr(10), ' ')}: {i18n.number(v)}"
            for label, v in zip(labels, values, strict=True)
        ),
        source=chart.source,
    )
    return chart


BBOG_SERIES = "bringbackourgirls2014_tweets"
# the published figures of the one counter (Crimson Hexagon) the reconstruction follows
BBOG_ANCHORS = [
    "bringbackourgirls-03",
    "bringbackourgirls-week1-two-countries",
    "bringbackourgirls-04",
]
# where each figure's label sits (offset in points, alignment): day one runs left along the
# bottom, the first week sits higher with a leader so that the two never overlap
BBOG_LABEL_PLACES = {
    "bringbackourgirls-03": ((-8, 14), "right"),
    "bringbackourgirls-week1-two-countries": ((-8, 34), "right"),
}
CHIBOK = [
    "bringbackourgirls-abducted",
    "bringbackourgirls-escaped",
    "bringbackourgirls-released-2017",
    "bringbackourgirls-missing-2019",
    "bringbackourgirls-held-2023",
]
CHIBOK_LABELS = {
    "bringbackourgirls-abducted": N_("Abducted ({date})"),
    "bringbackourgirls-escaped": N_("Escaped soon after"),
    "bringbackourgirls-released-2017": N_("Released ({date})"),
    "bringbackourgirls-missing-2019": N_("Still missing ({date})"),
    "bringbackourgirls-held-2023": N_("Still held ({date})"),
}
CHIBOK_COLOURS = {
    "bringbackourgirls-abducted": "#555555",
    "bringbackourgirls-escaped": PALETTE[2],
    "bringbackourgirls-released-2017": PALETTE[2],
    "bringbackourgirls-missing-2019": HIGHLIGHT,
    "bringbackourgirls-held-2023": HIGHLIGHT,
}


def bbog_tweets() -> pd.Series:
    """The reconstructed daily #BringBackOurGirls tweets (23 April – 9 May 2014, one counter).

    >>> int(bbog_tweets().sum())
    2451529
    """
    from medsos.data import series

    return series(BBOG_SERIES).sort_index()


def plot_bbog() -> Chart:
    """#BringBackOurGirls: tweets added up day by day, rebuilt from three published figures.

    The dashed line is reconstructed (its shape between the figures is an assumption,
    see ``series.csv``); the dots are the published figures it passes through.

    >>> plot_bbog().badge_kind()
    'reconstructed'
    """
    from medsos.data import load

    daily = bbog_tweets()
    total = daily.cumsum()
    anchors = _rows(BBOG_ANCHORS)
    info = load("series").set_index("series_id").loc[BBOG_SERIES]
    chart = Chart(
        _("#BringBackOurGirls: tweets added up, April–May 2014"),
        _("Date (2014)"),
        _("Tweets so far (cumulative)"),
        _("Source: {sources}").format(sources=str(info["source"])),
        kind="reconstructed",
    )
    chart.line(total.index, total.to_numpy(), label=_("Tweets so far"), kind="reconstructed")
    xs, ys = [], []
    for fid, row in anchors.iterrows():
        when = pd.Timestamp(row["date_end"])
        xs.append(when)
        ys.append(float(total.loc[when]))
        text = _("{value} by {date} ({source})").format(
            value=compact(float(total.loc[when])),
            date=i18n.date(when, "d MMM"),
            source=str(row["source"]).split(" (")[0].split(" using ")[-1],
        )
        if fid == "bringbackourgirls-03":
            text = _("{value} on day one ({date})").format(
                value=i18n.number(float(row["value"])), date=i18n.date(when, "d MMM")
            )
        offset, align = BBOG_LABEL_PLACES.get(fid, ((-8, 10), "right"))
        chart.ax.annotate(
            text,
            xy=(when, float(total.loc[when])),
            xytext=offset,
            textcoords="offset points",
            ha=align,
            va="bottom",
            fontsize=11,
            color="#1a1a1a",
            arrowprops=(
                {"arrowstyle": "-", "color": "#555555", "lw": 0.8} if offset[1] > 20 else None
            ),
        )
    chart.ax.plot(
        xs,
        ys,
        linestyle="none",
        marker="o",
        markersize=9,
        markerfacecolor="white",
        markeredgecolor="#1a1a1a",
        markeredgewidth=1.8,
        label=_("published figure"),
        zorder=5,
    )
    abducted = pd.Timestamp(_rows(["bringbackourgirls-abducted"])["date_start"].iloc[0])
    chart.mark(abducted, _("Girls abducted"))
    chart.mark(total.index[0], _("Hashtag first used"))
    chart.ax.set_xlim(abducted - pd.Timedelta(days=1), total.index[-1] + pd.Timedelta(days=1))
    chart.ax.set_ylim(0, float(total.max()) * 1.15)
    chart.ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: compact(v, 1e6)))
    chart.dates_on_x()
    # every fourth day from the abduction: the automatic ticks restart on 1 May, next to 29 Apr
    ticks = pd.date_range(abducted, total.index[-1], freq="4D")
    chart.ax.xaxis.set_major_locator(FixedLocator(mdates.date2num(ticks.to_pydatetime())))
    chart.note(i18n.pick({"id": str(info["note_id"]), "en": str(info["note_en"])}))
    chart.cite(zip(anchors["source"], anchors["url"], strict=True))
    chart.alt = _(
        "{title}. Dashed line (reconstructed) rising from {first} tweets on {start} to {last} by "
        "{end}; dots mark the published figures it passes through. {source}"
    ).format(
        title=chart.title,
        first=i18n.number(float(total.iloc[0])),
        start=i18n.date(total.index[0]),
        last=i18n.number(float(total.iloc[-1])),
        end=i18n.date(total.index[-1]),
        source=chart.source,
    )
    return chart


def plot_chibok_outcomes() -> Chart:
    """What happened to the 276 girls abducted from Chibok: published counts, 2014–2023.

    >>> [float(b.get_width()) for b in plot_chibok_outcomes().ax.patches]
    [276.0, 57.0, 82.0, 112.0, 98.0]
    """
    rows = _rows(CHIBOK)
    labels = [
        _(CHIBOK_LABELS[fid]).format(date=i18n.date(row["date_start"], "MMM yyyy"))
        for fid, row in rows.iterrows()
    ]
    values = rows["value"].astype(float).tolist()
    chart = plot_figures(
        CHIBOK,
        title=_("The Chibok girls: what happened after the hashtag"),
        ylabel=_("Girls (number)"),
        xlabel=_("What the reports say"),
        labels=labels,
        dated=False,
        horizontal=True,
        colours=[CHIBOK_COLOURS[f] for f in rows.index],
        ticks=False,
        label_room=0.34,
        notes=[
            _(
                "Counts from reports at different dates; they do not account for every girl, so "
                "they do not add up to 276."
            )
        ],
    )
    chart.alt = _("{title}. Bar chart: {bars}. {source}").format(
        title=chart.title,
        bars="; ".join(f"{lab}: {i18n.number(v)}" for lab, v in zip(labels, values, strict=True)),
        source=chart.source,
    )
    return chart
