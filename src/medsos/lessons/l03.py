"""Lesson 3 (a platform for equality: #LoveWins, the digital divide): its one-cell charts
and its exercises' self-checks.

Charts: :func:`plot_samesex_opinion` (Gallup, with the #LoveWins ruling day marked),
:func:`plot_world_divide` (ITU 2024, published) and :func:`plot_internet_sources` (ITU/OWID
beside APJII: two ways of counting; lesson 5 shows the same chart). The divide explorer
and its static views are the lesson's widget, in :mod:`medsos.widgets.divide`.

Every expected answer is computed from ``data/`` when the check runs, never typed in
here: if the data are re-derived, the checks follow them.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
from matplotlib.ticker import MaxNLocator

from medsos import checks, i18n
from medsos.answers import AnswerProblem, read_number
from medsos.charts import HIGHLIGHT, MUTED, PALETTE, Chart
from medsos.checks import expect_choice, expect_number, expect_text
from medsos.figures import figures_starting, plot_figures, source_line
from medsos.i18n import N_, _

OPTIONS = ("a", "b", "c", "d")
HALF = 50.0  # "half of the population online" in task 03-idn-half


def _indonesia_use() -> pd.Series:
    from medsos.data import load

    use = load("internet_use")
    one = use[use["iso3"] == "IDN"].dropna(subset=["internet_pct"])
    return pd.Series(one["internet_pct"].to_numpy(), index=one["year"].astype(int)).sort_index()


def first_year_above_half() -> int:
    """The first year in which at least half of Indonesians were online (ITU/OWID)."""
    use = _indonesia_use()
    return int(use[use >= HALF].index.min())


def biggest_gap() -> tuple[str, float]:
    """The province with the largest urban–rural gap in households online (BPS 2022).

    DKI Jakarta has no rural households: BPS writes 0, which is "no rural area", not
    "0% online", so it is left out.
    """
    from medsos.data import load

    bps = load("indonesia_internet_2022")
    bps = bps[~bps["is_national"] & (bps["rural_pct"] > 0)].dropna(subset=["rural_pct"])
    gap = (bps["urban_pct"] - bps["rural_pct"]).set_axis(bps["province"])
    return str(gap.idxmax()), float(gap.max())


def gallup_rise() -> float:
    """Percentage points gained by US support for same-sex marriage, 1996 → May 2015 (Gallup)."""
    from medsos.data import load

    figures = load("published_figures").set_index("figure_id")["value"]
    return float(figures["lovewins-gallup-2015"] - figures["lovewins-gallup-1996"])


def _indonesia_gender_truth() -> str:
    """The option that describes Indonesia's two rows in gender_gap.csv."""
    from medsos.data import load

    rows = load("gender_gap")
    rows = rows[rows["iso3"] == "IDN"].set_index("source")
    dhs_more_women = bool(rows.loc["DHS", "women_pct"] > rows.loc["DHS", "men_pct"])
    itu_more_women = bool(rows.loc["ITU", "women_pct"] > rows.loc["ITU", "men_pct"])
    return {
        (False, False): "a",
        (True, False): "b",
        (True, True): "c",
        (False, True): "d",
    }[(dhs_more_women, itu_more_women)]


def _same_province(answer: Any, expected: str) -> bool:
    def clean(text: str) -> str:
        return " ".join(str(text).lower().replace("provinsi", "").split())

    return clean(answer) == clean(expected)


# --- data work -----------------------------------------------------------------------


@checks.task(
    "03-idn-half",
    hint=N_(
        "Keep Indonesia's rows (iso3 == 'IDN'), keep the years where internet_pct >= 50, "
        "then take the smallest year with .min()."
    ),
)
def idn_half(answer: Any) -> str | None:
    """A year. A percentage (53.73, the first value at 50 or more) is a slice of the right rows
    read in the wrong column: say so, rather than "too low", which would point away from the year.
    """
    if isinstance(answer, pd.Series | pd.Index) and len(answer) > 1:
        return _(
            "That is several values: answer with one year. The years are in the index (or the "
            "'year' column), not in internet_pct."
        )
    try:
        value = read_number(answer)
    except AnswerProblem as problem:
        return str(problem)
    if 0 <= value <= 100:
        return _(
            "{value} looks like a percentage of people online, not a year: answer with the year "
            "itself, e.g. 2015 (look in the 'year' column or the index)."
        ).format(value=i18n.number(value, 2 if value % 1 else 0))
    return expect_number(value, float(first_year_above_half()), tolerance=0.0)


@checks.task(
    "03-biggest-gap",
    hint=N_(
        "Subtract rural_pct from urban_pct for each province and use .idxmax(). A province "
        "whose rural_pct is 0 has no villages at all: leave it out first."
    ),
)
def gap(answer: Any) -> str | None:
    if not isinstance(answer, str):
        return _('Answer with the province\'s name as text, e.g. "Aceh".')
    province, _size = biggest_gap()
    if _same_province(answer, province):
        return None
    if _same_province(answer, "DKI Jakarta"):
        return _(
            "DKI Jakarta has no rural households: its 0 means 'no villages', not '0% online'. "
            "Leave it out and look again."
        )
    return _("{name} is not the province with the biggest gap.").format(name=answer)


# --- reading a chart -----------------------------------------------------------------


@checks.task(
    "03-gallup-rise",
    hint=N_(
        "Read the 1996 point and the 2015 point on the Gallup chart and subtract: the answer "
        "is in percentage points."
    ),
)
def gallup(answer: Any) -> str | None:
    return expect_number(answer, gallup_rise(), tolerance=0.0, unit="percent")


# --- the widget ----------------------------------------------------------------------


@checks.task(
    "03-gender-indonesia",
    hint=N_(
        "In the explorer choose the view 'Women vs men' and find the two rows for Indonesia "
        "(in bold): where is the diamond (women), left or right of the dot (men)?"
    ),
)
def gender_indonesia(answer: Any) -> str | None:
    return expect_choice(answer, _indonesia_gender_truth(), OPTIONS)


# --- reflection and quiz -------------------------------------------------------------


@checks.task(
    "03-reflection",
    hint=N_(
        "Name a group that the charts show is less often online, and say what that means for "
        "who is heard on social media."
    ),
    open_ended=True,
)
def reflection(answer: Any) -> str | None:
    return expect_text(answer, min_words=25)


@checks.task(
    "03-quiz-1",
    hint=N_("Look at when Gallup's support passed half of adults, and when the ruling came."),
)
def quiz_1(answer: Any) -> str | None:
    return expect_choice(answer, "b", OPTIONS)


@checks.task(
    "03-quiz-2",
    hint=N_(
        "APJII surveys people itself; ITU's figure comes from its own indicators database, which "
        "the World Bank and OWID copy."
    ),
)
def quiz_2(answer: Any) -> str | None:
    return expect_choice(answer, "c", OPTIONS)


def expected_answers() -> dict[str, Any]:
    """The expected answers, computed from the data (for facilitators and tests)."""
    return {
        "03-idn-half": first_year_above_half(),
        "03-biggest-gap": biggest_gap()[0],
        "03-gallup-rise": gallup_rise(),
        "03-gender-indonesia": _indonesia_gender_truth(),
        "03-quiz-1": "b",
        "03-quiz-2": "c",
    }


# --- the lesson's one-cell charts ----------------------------------------------------

RULING = pd.Timestamp("2015-06-26")  # Obergefell v. Hodges (milestones.csv)
OWID = ("ITU via World Bank, Our World in Data", "https://ourworldindata.org/internet")
APJII_SERIES = r"indonesia_internet-apjii-\d{4}"  # one figure a year (not the 2024 groups)


def samesex_opinion() -> pd.DataFrame:
    """Gallup's published US support for legal same-sex marriage: one row per poll.

    Columns ``date_start``, ``date_end`` (the period the figure covers: a year, or May
    for 2015) and ``support_pct``; the index is the row of published_figures.csv.

    >>> float(samesex_opinion()["support_pct"].iloc[0])
    27.0
    """
    rows = figures_starting("lovewins-gallup-").set_index("figure_id")
    frame = rows[["date_start", "date_end", "value"]].rename(columns={"value": "support_pct"})
    return frame.sort_values("date_start")


def _poll_dates(polls: pd.DataFrame) -> pd.DatetimeIndex:
    """The middle of each poll's period (where its point is drawn)."""
    return pd.DatetimeIndex(polls["date_start"] + (polls["date_end"] - polls["date_start"]) / 2)


def plot_samesex_opinion() -> Chart:
    """US support for legal same-sex marriage (Gallup, published points), ruling day marked."""
    rows = figures_starting("lovewins-gallup-")
    polls = samesex_opinion()
    support = pd.Series(polls["support_pct"].to_numpy(), index=_poll_dates(polls))
    chart = Chart(
        _("US support for legal same-sex marriage (Gallup)"),
        _("Year of the survey"),
        _("Adults in favour, %"),
        source_line(rows),
        kind="published",
    )
    x = support.index.year + (support.index.dayofyear - 1) / 365.25
    chart.line(x, support.to_numpy(), kind="published", colour=MUTED, linewidth=1.2)
    chart.ax.scatter(x, support.to_numpy(), color=PALETTE[0], s=70, zorder=4)
    values = support.to_numpy()
    for n, (xi, value) in enumerate(zip(x, values, strict=True)):
        if n and value == values[n - 1] and xi - x[n - 1] < 3:
            continue  # the same value a year later: one label for both points
        crowded = n + 1 < len(x) and x[n + 1] - xi < 3  # the next point is close: label left
        fell = n and value < values[n - 1]  # a fall: label below the point
        chart.ax.annotate(
            f"{value:.0f}%",
            xy=(xi, value),
            xytext=(0, -20) if fell else (-8, 6) if crowded else (0, 9),
            textcoords="offset points",
            ha="center" if fell or not crowded else "right",
            fontsize=12,
        )
    ruling = RULING.year + (RULING.dayofyear - 1) / 365.25
    chart.ax.axvline(ruling, color=HIGHLIGHT, linewidth=1.5, zorder=0)
    chart.ax.annotate(
        _("26 Jun 2015: Supreme Court ruling, #LoveWins"),
        xy=(ruling, 12),
        xytext=(-6, 0),
        textcoords="offset points",
        ha="right",
        va="center",
        fontsize=11,
        color="#1a1a1a",
    )
    chart.ax.axhline(50, color="#666666", linewidth=0.8, linestyle="--", zorder=0)
    chart.percent_on("y")
    chart.ax.set_xlim(1994, max(2024, int(x.max()) + 2))
    chart.note(
        _(
            "{n} published points; the thin line only joins them (the years between are not "
            "shown). The dashed line marks half of adults."
        ).format(n=len(values))
    )
    chart.cite(zip(rows["source"], rows["url"], strict=True))
    chart.alt = _(
        "US support for legal same-sex marriage, Gallup: {points}. The ruling of 26 June 2015 "
        "(#LoveWins) is marked; support was already rising long before it."
    ).format(
        points=", ".join(
            f"{d.year}: {v:.0f}%" for d, v in zip(support.index, support.to_numpy(), strict=True)
        )
    )
    return chart


WORLD_GROUPS = {
    "digitaldivide-itu-2024-world": N_("World"),
    "digitaldivide-itu-2024-high-income": N_("High-income countries"),
    "digitaldivide-itu-2024-ldc": N_("Least developed countries"),
    "digitaldivide-itu-2024-low-income": N_("Low-income countries"),
}


def plot_world_divide() -> Chart:
    """ITU Facts and Figures 2024: share of people online, world and by income group.

    >>> [float(b.get_height()) for b in plot_world_divide().ax.patches]
    [68.0, 93.0, 35.0, 27.0]
    """
    import textwrap

    ids = list(WORLD_GROUPS)
    return plot_figures(
        ids,
        title=_("Who was online in 2024? (ITU)"),
        ylabel=_("People using the internet, %"),
        xlabel=_("Group of countries"),
        labels=[textwrap.fill(_(WORLD_GROUPS[f]), 16) for f in ids],
        dated=False,
        colours=["#000000" if f.endswith("world") else PALETTE[0] for f in ids],
        percent=True,
        notes=[_("ITU estimates for 2024: about 2.6 billion people were still offline.")],
    )


def internet_sources(since: int = 2015) -> pd.DataFrame:
    """Indonesia's share of people online by year from two sources: ITU/OWID and APJII.

    >>> float(internet_sources().loc[2024, "apjii_pct"])
    79.5
    """
    from medsos.data import load

    use = load("internet_use").query("iso3 == 'IDN'").dropna(subset=["internet_pct"])
    itu = pd.Series(use["internet_pct"].to_numpy(), index=use["year"].astype(int), name="itu_pct")
    apjii = figures_starting("indonesia_internet-apjii-20")
    apjii = apjii[apjii["figure_id"].str.fullmatch(APJII_SERIES)]
    survey = pd.Series(
        apjii["value"].to_numpy(), index=[int(f[-4:]) for f in apjii["figure_id"]], name="apjii_pct"
    )
    frame = pd.concat([itu, survey], axis=1).sort_index()
    frame.index.name = "year"
    return frame.loc[since:]


def _digits(value: float) -> int:
    """Decimals a published percentage needs: 79.5 → 1, 77.01 → 2, 74 → 0."""
    for digits in (0, 1, 2):
        if abs(round(value, digits) - value) < 1e-9:
            return digits
    return 2


def plot_internet_sources(since: int = 2015) -> Chart:
    """Indonesia online: the ITU series (line) and APJII's surveys (squares), kept apart.

    The two do not measure the same thing in the same way (APJII: its own survey, 8,720
    face-to-face interviews in 2024; ITU: the share of individuals using the internet,
    compiled by the World Bank and Our World in Data), so the chart names both sources
    and asks to compare each with itself. Lessons 3 and 5 show this one chart.

    >>> chart = plot_internet_sources()
    >>> chart.source
    'Source: ITU via World Bank, Our World in Data; APJII surveys'
    """
    frame = internet_sources(since)
    rows = figures_starting("indonesia_internet-apjii-20")
    rows = rows[rows["figure_id"].str.fullmatch(APJII_SERIES)]
    chart = Chart(
        _("Indonesia online: two ways of counting"),
        _("Year"),
        _("Internet users, % of population"),
        _("Source: {sources}").format(sources=f"{OWID[0]}; " + _("APJII surveys")),
    )
    itu, apjii = frame["itu_pct"].dropna(), frame["apjii_pct"].dropna()
    chart.line(
        itu.index, itu.to_numpy(), label=_("ITU via World Bank/OWID (observed)"), colour=PALETTE[0]
    )
    chart.ax.annotate(
        f"{i18n.number(itu.iloc[-1], 1)}%",
        xy=(itu.index[-1], itu.iloc[-1]),
        xytext=(6, -4),
        textcoords="offset points",
        fontsize=11,
        color=PALETTE[0],
        va="top",
    )
    chart.line(
        apjii.index,
        apjii.to_numpy(),
        label=_("APJII survey (published)"),
        kind="published",
        colour=HIGHLIGHT,
        marker="s",
        linestyle="none",
        markersize=9,
    )
    for n, (year, value) in enumerate(apjii.items()):
        below = n % 2 == 1 and n == len(apjii) - 2  # keep neighbouring labels apart
        chart.ax.annotate(
            i18n.number(value, _digits(value)),
            xy=(year, value),
            xytext=(0, -18 if below else 9),
            textcoords="offset points",
            ha="center",
            fontsize=10,
            color=HIGHLIGHT,
        )
    chart.percent_on("y")
    chart.ax.set_xlim(frame.index.min() - 0.5, max(2024, int(frame.index.max())) + 1.5)
    chart.ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    chart.note(
        _(
            "APJII's 2024 figure comes from its own survey (8,720 face-to-face interviews in 38 "
            "provinces, 18 Dec 2023 – 19 Jan 2024)."
        )
    )
    chart.note(
        _(
            "APJII and ITU measure differently: compare each source with itself over time, "
            "not one with the other."
        )
    )
    chart.cite([OWID, *zip(rows["source"], rows["url"], strict=True)])
    chart.alt = _(
        "{title}. Line: ITU's share of Indonesians using the internet, {first}% in {y0} to "
        "{last}% in {y1}. Squares: APJII's survey figures, {apjii}. {caption}"
    ).format(
        title=chart.title,
        first=i18n.number(itu.iloc[0], 1),
        y0=int(itu.index[0]),
        last=i18n.number(itu.iloc[-1], 1),
        y1=int(itu.index[-1]),
        apjii=", ".join(f"{y}: {i18n.number(v, _digits(v))}%" for y, v in apjii.items()) or "-",
        caption=" ".join(chart.notes),
    )
    return chart
