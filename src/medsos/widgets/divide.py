"""Lesson 3's digital divide: who can take part in "a platform for equality" at all?

The article says anyone with an internet connection can reach news and education
"without discrimination". The catch is in *with an internet connection*. This module
draws who has one, from the course's observed tables:

* ``internet_use.csv``: share of people online by country and year (ITU via World Bank/OWID);
* ``gender_gap.csv``: women and men online, from surveys (DHS, MICS) and ITU;
* BPS tables for Indonesia: households online by province (urban/rural, 2022), people
  aged 15–59 with ICT skills, villages without mobile signal, devices used to go online.

Entry points:

* :func:`divide_explorer`: one widget with a *view* control (countries over time,
  countries in one year, women vs men, Indonesia by province, urban vs rural, devices)
  and the controls each view needs; controls that do not apply are hidden.
* Static charts for the lesson's cells: :func:`plot_internet_use`,
  :func:`plot_gender_gap`, :func:`plot_provinces`, :func:`plot_urban_rural`,
  :func:`plot_devices`, :func:`plot_world_divide` (ITU 2024, published),
  :func:`plot_internet_sources` (ITU/OWID beside APJII: two ways of measuring) and
  :func:`plot_samesex_opinion` (Gallup, with the #LoveWins ruling day marked).

Every view reads one tidy table prepared once per process (:func:`_tables`); a redraw
only filters it and renders one small figure. Charts already drawn are kept, so going
back to an earlier choice is instant. Impossible choices (no country, a year without
data) raise :class:`~medsos.errors.CourseError`, which the explorer shows as a message.
"""

from __future__ import annotations

import functools
import textwrap
from collections.abc import Sequence
from contextlib import nullcontext
from dataclasses import dataclass

import ipywidgets as widgets
import numpy as np
import pandas as pd
from matplotlib.ticker import FuncFormatter, MaxNLocator
from matplotlib.transforms import blended_transform_factory

from medsos import i18n
from medsos.charts import HIGHLIGHT, MARGINS, MUTED, PALETTE, WIDTH, Chart
from medsos.errors import CourseError
from medsos.i18n import N_, _
from medsos.widgets.base import Explorer

HOME = "Indonesia"
WORLD = "World"
DEFAULT_COUNTRIES = (HOME, WORLD, "Malaysia", "India", "Nigeria")

VIEWS: dict[str, str] = {
    "time": N_("Countries over time"),
    "year": N_("Countries in one year"),
    "gender": N_("Women vs men"),
    "provinces": N_("Indonesia by province"),
    "urbanrural": N_("Indonesia: urban vs rural"),
    "devices": N_("Indonesia: devices used to go online"),
}
MEASURES: dict[str, str] = {
    "total": N_("Households online, 2022: all"),
    "urban": N_("Households online, 2022: urban"),
    "rural": N_("Households online, 2022: rural"),
    "skills": N_("People aged 15–59 with ICT skills"),
    "signal": N_("Villages without mobile signal"),
}
WHICH: dict[str, str] = {
    "total": N_("all households"),
    "urban": N_("urban"),
    "rural": N_("rural"),
}
ORDERS: dict[str, str] = {
    "gap": N_("largest gap first"),
    "rural": N_("lowest rural first"),
    "name": N_("A–Z"),
}
# Which controls each view uses (the others are hidden while it is shown).
VIEW_CONTROLS: dict[str, tuple[str, ...]] = {
    "time": ("countries", "years"),
    "year": ("countries", "year"),
    "gender": ("countries", "everyone"),
    "provinces": ("measure", "year"),
    "urbanrural": ("order",),
    "devices": (),
}
BPS_SOURCE = "Badan Pusat Statistik (BPS), https://www.bps.go.id/"
OWID_SOURCE = "ITU via World Bank, Our World in Data, https://ourworldindata.org/internet"
DGG_SOURCE = "Digital Gender Gaps (DHS/MICS/ITU), https://github.com/OxfordDemSci/dgg-www"
NATIONAL = "\u0000national"  # key of the national bar among the provinces
RULING = pd.Timestamp("2015-06-26")  # Obergefell v. Hodges (milestones.csv)


# --- the data, prepared once ---------------------------------------------------------


@dataclass(frozen=True)
class Tables:
    """Everything the views draw from, as tidy tables ready to slice."""

    use: pd.DataFrame  # index year, one column per country: % of people online
    countries: tuple[str, ...]  # World and Indonesia first, then A–Z
    gender: pd.DataFrame  # country, year, source, men_pct, women_pct, ratio
    households: pd.DataFrame  # index province: urban, rural, total (NaN = no figure)
    national: pd.Series  # the national row of households (urban, rural, total)
    no_rural: tuple[str, ...]  # provinces with no rural households (0 in BPS's table)
    no_figure: tuple[str, ...]  # provinces without a 2022 figure (new Papuan provinces)
    skills: pd.DataFrame  # index province, one column per year
    signal: pd.DataFrame  # index province, one column per year
    skills_national: pd.Series  # index year: % of Indonesians aged 15–59 with ICT skills
    signal_national: pd.Series  # index year: villages without signal, all Indonesia
    devices: pd.DataFrame  # index year, columns device_en, % of households online


@functools.cache
def _tables() -> Tables:
    """Read the tables once per process and shape them for fast redraws."""
    from medsos.data import load

    raw = load("internet_use").dropna(subset=["internet_pct"])
    use = raw.pivot_table(index="year", columns="country", values="internet_pct").sort_index()
    use.index = use.index.astype(int)
    others = sorted(c for c in use.columns if c not in (HOME, WORLD))
    gender = load("gender_gap").sort_values(["ratio", "country"]).reset_index(drop=True)

    bps = load("indonesia_internet_2022").set_index("province")
    national = bps[bps["is_national"]].iloc[0][["urban_pct", "rural_pct", "total_pct"]]
    bps = bps[~bps["is_national"]]
    households = bps[["urban_pct", "rural_pct", "total_pct"]].astype(float)
    households.columns = ["urban", "rural", "total"]
    no_figure = tuple(households.index[households["total"].isna()])
    # BPS writes 0 for a province with no rural households (DKI Jakarta): not "0% online".
    no_rural = tuple(households.index[households["rural"] == 0])
    households.loc[list(no_rural), "rural"] = np.nan
    households = households.drop(index=list(no_figure))

    def panel(name: str, value: str) -> tuple[pd.DataFrame, pd.Series]:
        frame = load(name)
        whole = frame[frame["is_national"]].set_index("year")[value].astype(float)
        whole.index = whole.index.astype(int)
        frame = frame[~frame["is_national"]]
        wide = frame.pivot_table(index="province", columns="year", values=value)
        wide.columns = wide.columns.astype(int)
        return wide, whole.sort_index()

    skills, skills_national = panel("indonesia_ict_skills", "pct")
    signal, signal_national = panel("indonesia_no_signal", "villages")

    devices = load("indonesia_devices").pivot_table(index="year", columns="device_en", values="pct")
    devices.index = devices.index.astype(int)
    return Tables(
        use=use,
        countries=(WORLD, HOME, *others),
        gender=gender,
        households=households,
        national=national.astype(float).rename(
            {"urban_pct": "urban", "rural_pct": "rural", "total_pct": "total"}
        ),
        no_rural=no_rural,
        no_figure=no_figure,
        skills=skills,
        signal=signal,
        skills_national=skills_national,
        signal_national=signal_national,
        devices=devices,
    )


def country_label(country: str) -> str:
    """A country's name for labels: the data's English name, except "World" is translated."""
    return _("World") if country == WORLD else country


def _years_text(years: Sequence[int]) -> str:
    return ", ".join(str(int(y)) for y in years)


# --- a chart whose margins fit long labels ---------------------------------------------


class _Chart(Chart):
    """A Chart with room for long labels on the left (province names) and taller figures."""

    def __init__(self, *args: object, left: float = 0.11, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._left = left

    def _finish(self) -> None:
        super()._finish()
        height = self.fig.get_figheight()
        # keep the top and bottom bands (title; axis label and source) the same size in inches
        self.fig.subplots_adjust(
            left=self._left,
            bottom=MARGINS["bottom"] * 4.8 / height,
            top=1 - (1 - MARGINS["top"]) * 4.8 / height,
        )


def _rows(
    chart: _Chart,
    labels: Sequence[str],
    *,
    fontsize: float = 9,
    bold: Sequence[bool] | None = None,
) -> np.ndarray:
    """Name each row at the left edge of a chart of rows (top to bottom); return the y's.

    Plain text instead of matplotlib's tick labels: 34 provinces as ticks cost ~60 ms a
    draw (each tick is several artists); as texts they cost a few.
    """
    ax = chart.ax
    n = len(labels)
    y = np.arange(n)
    ax.set_yticks([])
    ax.set_ylim(n - 0.5, -0.5)
    ax.grid(axis="y", visible=False)
    where = blended_transform_factory(ax.transAxes, ax.transData)
    for yi, label in enumerate(labels):
        ax.text(
            -0.01,
            yi,
            label,
            transform=where,
            ha="right",
            va="center",
            fontsize=fontsize,
            fontweight="bold" if bold is not None and bold[yi] else "normal",
        )
    # the axis title sits at the figure's left edge, clear of the row names
    ax.yaxis.set_label_coords(-(chart._left - 0.04) / (MARGINS["right"] - chart._left), 0.5)
    chart._kinds_drawn.add("observed")
    return y


def _hbars(
    chart: _Chart,
    labels: Sequence[str],
    values: Sequence[float],
    colours: Sequence[str],
    *,
    digits: int = 1,
    fontsize: float = 9,
    bold: Sequence[bool] | None = None,
) -> None:
    """Horizontal bars, one per row, each with its value written beside it.

    Short lists get the value at the bar's end; long ones (the provinces) get it in the
    row's name ("Papua · 35.1"), which halves the texts to draw and keeps redraws quick.
    """
    numbers = [i18n.number(v, digits) for v in values]
    long = len(labels) > 14
    names = [f"{n} · {v}" for n, v in zip(labels, numbers, strict=True)] if long else labels
    y = _rows(chart, names, fontsize=fontsize, bold=bold)
    chart.ax.barh(y, list(values), height=0.72, color=list(colours))
    if not long:
        for yi, value, text in zip(y, values, numbers, strict=True):
            chart.ax.text(value, yi, " " + text, va="center", fontsize=fontsize - 1)


def _percent_axis(chart: Chart, axis: str = "y", top: float = 100.0) -> None:
    ax = chart.ax
    (ax.set_ylim if axis == "y" else ax.set_xlim)(0, top)
    target = ax.yaxis if axis == "y" else ax.xaxis
    target.set_major_formatter(FuncFormatter(lambda v, _pos: f"{v:.0f}%"))


# --- the views -----------------------------------------------------------------------------


def _check_countries(countries: Sequence[str]) -> list[str]:
    tables = _tables()
    chosen = [c for c in dict.fromkeys(countries or ()) if c]
    if not chosen:
        raise CourseError(
            _("No country is chosen."),
            fix=_("Pick one or more countries in the list (Ctrl or Cmd + click for several)."),
        )
    unknown = [c for c in chosen if c not in tables.use.columns]
    if unknown:
        raise CourseError(
            _("There is no internet data for: {names}.").format(names=", ".join(unknown)),
            fix=_("Choose countries from the list of the explorer."),
        )
    return chosen


def draw_time(countries: Sequence[str], start: int = 1990, end: int = 2023) -> Chart:
    """Share of people online, year by year, for the chosen countries (Indonesia highlighted)."""
    chosen = _check_countries(countries)
    start, end = int(start), int(end)
    if start > end:
        start, end = end, start
    use = _tables().use.loc[start:end, chosen]
    use = use.dropna(axis=1, how="all")
    if use.empty:
        raise CourseError(
            _("None of the chosen countries has data between {start} and {end}.").format(
                start=start, end=end
            ),
            fix=_("Widen the years or choose other countries."),
        )
    chart = Chart(
        _("Who is online? Internet users, {start}–{end}").format(start=start, end=end),
        _("Year"),
        _("Internet users, % of population"),
        _("Source: {sources}").format(sources=OWID_SOURCE),
    )
    ends: list[tuple[float, float, float, str]] = []  # (value, x, y, colour) of each last point
    for country in use.columns:
        line = use[country].dropna()
        style: dict[str, object] = {"marker": "o", "markersize": 3}
        if country == HOME:
            style = {"linewidth": 3.4, "marker": "o", "markersize": 4, "zorder": 5}
            colour = HIGHLIGHT
        elif country == WORLD:
            colour, style["linestyle"] = "#000000", "-."
        else:
            colour = chart.next_colour()
            if colour == HIGHLIGHT:
                colour = chart.next_colour()
        chart.line(
            line.index, line.to_numpy(), label=country_label(country), colour=colour, **style
        )
        if len(line):
            ends.append((float(line.iloc[-1]), float(line.index[-1]), float(line.iloc[-1]), colour))
    # label each line's last value; labels closer than 4 points apart are pushed apart
    placed: list[float] = []
    for value, x, y, colour in sorted(ends):
        spot = max([y, *(p + 4.0 for p in placed)])
        placed.append(spot)
        chart.ax.annotate(
            f"{value:.0f}%",
            xy=(x, y),
            xytext=(x + 0.3, spot),
            textcoords="data",
            va="center",
            fontsize=10,
            color=colour,
        )
    _percent_axis(chart)
    chart.ax.set_xlim(start - 0.5, end + 1.5)
    chart.ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=8))
    missing = [c for c in chosen if c not in use.columns]
    if missing:
        chart.note(
            _("No data in these years for: {names}.").format(
                names=", ".join(country_label(c) for c in missing)
            )
        )
    chart.note(_("ITU counts people (individuals), not households."))
    return chart


def draw_year(countries: Sequence[str], year: int = 2022) -> Chart:
    """The chosen countries side by side in one year, sorted (Indonesia highlighted)."""
    chosen = _check_countries(countries)
    tables, year = _tables(), int(year)
    if year not in tables.use.index:
        raise CourseError(
            _("There are no internet data for {year}.").format(year=year),
            fix=_("Choose a year from {first} to {last}.").format(
                first=tables.use.index.min(), last=tables.use.index.max()
            ),
        )
    row = tables.use.loc[year, chosen].dropna().sort_values(ascending=False)
    if row.empty:
        have = tables.use[chosen].dropna(how="all").index
        raise CourseError(
            _("None of the chosen countries has a figure for {year}.").format(year=year),
            fix=_("Try another year: these countries have data from {first} to {last}.").format(
                first=have.min(), last=have.max()
            )
            if len(have)
            else _("Choose other countries."),
        )
    height = max(3.6, 1.6 + 0.42 * len(row))
    chart = _Chart(
        _("Internet users in {year}").format(year=year),
        _("Internet users, % of population"),
        _("Country"),
        _("Source: {sources}").format(sources=OWID_SOURCE),
        size=(WIDTH, min(height, 9.0)),
        left=0.25,
    )
    colours = [
        HIGHLIGHT if c == HOME else ("#000000" if c == WORLD else PALETTE[0]) for c in row.index
    ]
    _hbars(
        chart,
        [country_label(c) for c in row.index],
        row.to_numpy(),
        colours,
        fontsize=11 if len(row) <= 14 else 9,
        bold=[c == HOME for c in row.index],
    )
    _percent_axis(chart, "x", 105)
    missing = [c for c in chosen if c not in row.index]
    if missing:
        chart.note(
            _("No figure for {year}: {names}.").format(
                year=year, names=", ".join(country_label(c) for c in missing)
            )
        )
    return chart


def draw_gender(countries: Sequence[str] = (), everyone: bool = True) -> Chart:
    """Women and men online, one row per survey: a dot for each, joined by the gap."""
    gender = _tables().gender
    if not everyone:
        chosen = [c for c in dict.fromkeys(countries or ()) if c]
        if not chosen:
            raise CourseError(
                _("No country is chosen."),
                fix=_("Pick countries in the list, or tick 'Every country with a survey'."),
            )
        gender = gender[gender["country"].isin(chosen)]
        if gender.empty:
            raise CourseError(
                _("None of the chosen countries has a survey of women and men online."),
                fix=_("Countries with one: {names}.").format(
                    names=", ".join(sorted(set(_tables().gender["country"])))
                ),
            )
    rows = gender.sort_values("ratio", ascending=False)
    labels = [f"{r.country} {int(r.year)} ({r.source})" for r in rows.itertuples()]
    chart = _Chart(
        _("Women and men online: the gender gap"),
        _("Using the internet, % of women or men"),
        _("Country, year (survey)"),
        _("Source: {sources}").format(sources=DGG_SOURCE),
        size=(WIDTH, max(3.6, 1.9 + 0.26 * len(rows))),
        left=0.3,
    )
    y = _rows(chart, labels, fontsize=10, bold=list(rows["country"] == HOME))
    ax = chart.ax
    ax.hlines(y, rows["women_pct"], rows["men_pct"], color=MUTED, linewidth=2.5, zorder=1)
    ax.scatter(rows["men_pct"], y, color=PALETTE[0], s=55, zorder=3, label=_("men"))
    ax.scatter(rows["women_pct"], y, color=PALETTE[1], marker="D", s=50, zorder=3, label=_("women"))
    _percent_axis(chart, "x", 100)
    chart.legend_loc = "lower right"
    chart.note(
        _(
            "Rows are sorted by the women-to-men ratio, highest at the top; a diamond right of "
            "the dot means more women than men online. Surveys (DHS, MICS) and ITU estimates "
            "measure differently."
        )
    )
    return chart


def draw_provinces(measure: str = "total", year: int = 2022) -> Chart:
    """Indonesia's provinces side by side on one BPS measure, with the national figure."""
    tables = _tables()
    if measure not in MEASURES:
        raise CourseError(
            _("Unknown measure {name!r}.").format(name=measure),
            fix=_("Use one of: {kinds}.").format(kinds=", ".join(MEASURES)),
        )
    national: float | None = None
    notes: list[str] = []
    digits = 1
    if measure in ("total", "urban", "rural"):
        values = tables.households[measure].dropna()
        national = float(tables.national[measure])
        title = _("Households online, 2022: {which}").format(which=_(WHICH[measure]))
        xlabel = _("Households that used the internet, %")
        notes.append(
            _("No 2022 figure for the new provinces: {names}.").format(
                names=", ".join(tables.no_figure)
            )
        )
        if measure == "rural" and tables.no_rural:
            notes.append(
                _("{names}: no rural households.").format(names=", ".join(tables.no_rural))
            )
    else:
        panel = tables.skills if measure == "skills" else tables.signal
        year = int(year)
        if year not in panel.columns:
            raise CourseError(
                _("BPS has no figure for {year} on this measure.").format(year=year),
                fix=_("Choose one of these years: {years}.").format(
                    years=_years_text(panel.columns)
                ),
            )
        values = panel[year].dropna()
        if measure == "skills":
            title = _("People aged 15–59 with ICT skills, {year}").format(year=year)
            xlabel = _("People aged 15–59 with ICT skills, %")
            national = float(tables.skills_national.loc[year])
        else:
            title = _("Villages without mobile signal, {year}").format(year=year)
            xlabel = _("Villages and urban wards without signal (number)")
            digits = 0
            notes.append(
                _("All Indonesia in {year}: {n} villages without signal.").format(
                    year=year, n=i18n.number(float(tables.signal_national.loc[year]))
                )
            )
    if national is not None:  # the national figure as a bar of its own, in black
        values = pd.concat([values, pd.Series({NATIONAL: national})])
    values = values.sort_values(ascending=False)  # drawn top to bottom
    chart = _Chart(
        title,
        xlabel,
        _("Province"),
        _("Source: {sources}").format(sources=BPS_SOURCE),
        size=(WIDTH, 1.9 + 0.15 * len(values)),
        left=0.27,
    )
    low = values.index[-1] if measure != "signal" else values.index[0]
    colours = [
        HIGHLIGHT if p == low else ("#000000" if p == NATIONAL else PALETTE[0])
        for p in values.index
    ]
    labels = [_("INDONESIA (national)") if p == NATIONAL else p for p in values.index]
    bold = [p == NATIONAL for p in values.index]
    _hbars(chart, labels, values.to_numpy(), colours, digits=digits, bold=bold)
    if measure == "signal":
        chart.ax.set_xlim(0, float(values.max()) * 1.15 or 1)
    else:
        _percent_axis(chart, "x", 108)
    for note in notes:
        chart.note(note)
    return chart


def draw_urban_rural(order: str = "gap") -> Chart:
    """Urban and rural households online in each province (BPS 2022): a dot for each."""
    tables = _tables()
    if order not in ORDERS:
        raise CourseError(
            _("Unknown order {name!r}.").format(name=order),
            fix=_("Use one of: {kinds}.").format(kinds=", ".join(ORDERS)),
        )
    rows = tables.households.dropna(subset=["rural"]).copy()
    rows["gap"] = rows["urban"] - rows["rural"]
    if order == "gap":
        rows = rows.sort_values("gap", ascending=False)
    elif order == "rural":
        rows = rows.sort_values("rural")
    else:
        rows = rows.sort_index()
    chart = _Chart(
        _("Households online, 2022: city and village"),
        _("Households that used the internet, %"),
        _("Province"),
        _("Source: {sources}").format(sources=BPS_SOURCE),
        size=(WIDTH, 1.9 + 0.15 * len(rows)),
        left=0.27,
    )
    y = _rows(chart, list(rows.index))
    ax = chart.ax
    ax.hlines(y, rows["rural"], rows["urban"], color=MUTED, linewidth=2, zorder=1)
    ax.scatter(rows["urban"], y, color=PALETTE[0], s=30, zorder=3, label=_("urban"))
    ax.scatter(rows["rural"], y, color=PALETTE[4], marker="D", s=28, zorder=3, label=_("rural"))
    _percent_axis(chart, "x", 100)
    chart.legend_loc = "lower left"
    chart.note(
        _("Indonesia: urban {urban}%, rural {rural}%.").format(
            urban=i18n.number(float(tables.national["urban"]), 1),
            rural=i18n.number(float(tables.national["rural"]), 1),
        )
    )
    if tables.no_rural:
        chart.note(_("{names}: no rural households.").format(names=", ".join(tables.no_rural)))
    return chart


def draw_devices() -> Chart:
    """Which devices Indonesian households use to go online, year by year (BPS)."""
    from medsos.data import load

    devices = _tables().devices
    names = load("indonesia_devices").drop_duplicates("device_en")
    label = {
        r.device_en: i18n.pick({"id": r.device_id, "en": r.device_en}) for r in names.itertuples()
    }
    chart = Chart(
        _("Indonesia: how households go online"),
        _("Year"),
        _("Households online using it, %"),
        _("Source: {sources}").format(sources=BPS_SOURCE),
    )
    order = devices.iloc[-1].sort_values(ascending=False).index
    for device in order:
        line = devices[device].dropna()
        chart.line(line.index, line.to_numpy(), label=label.get(device, device), marker="o")
    _percent_axis(chart)
    chart.ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    chart.legend_loc = "center left"
    missing = [y for y in range(devices.index.min(), devices.index.max()) if y not in devices.index]
    if missing:
        chart.note(_("No figures for: {years}.").format(years=_years_text(missing)))
    return chart


def draw_view(
    view: str,
    countries: Sequence[str] = DEFAULT_COUNTRIES,
    years: tuple[int, int] = (2000, 2023),
    year: int = 2022,
    everyone: bool = True,
    measure: str = "total",
    order: str = "gap",
) -> Chart:
    """The chart of one view of the explorer, from the controls' values."""
    if view == "time":
        return draw_time(countries, *years)
    if view == "year":
        return draw_year(countries, year)
    if view == "gender":
        return draw_gender(countries, everyone)
    if view == "provinces":
        return draw_provinces(measure, year)
    if view == "urbanrural":
        return draw_urban_rural(order)
    if view == "devices":
        return draw_devices()
    raise CourseError(
        _("Unknown view {name!r}.").format(name=view),
        fix=_("Use one of: {kinds}.").format(kinds=", ".join(VIEWS)),
    )


# --- static charts for the lesson --------------------------------------------------------


def plot_internet_use(
    countries: str | Sequence[str] = DEFAULT_COUNTRIES, start: int = 1990, end: int = 2023
) -> Chart:
    """Share of people online over time for one or more countries ("World" for the world)."""
    chosen = [countries] if isinstance(countries, str) else list(countries)
    return draw_time(chosen, start, end)


def plot_gender_gap() -> Chart:
    """Women and men online in every country with a survey (gender_gap.csv)."""
    return draw_gender((), True)


def plot_provinces(measure: str = "total", year: int = 2022) -> Chart:
    """Indonesia's provinces on one BPS measure: total/urban/rural (2022), skills, signal."""
    return draw_provinces(measure, year)


def plot_urban_rural(order: str = "gap") -> Chart:
    """Urban vs rural households online in each province of Indonesia (BPS 2022)."""
    return draw_urban_rural(order)


def plot_devices() -> Chart:
    """Devices Indonesian households use to go online (BPS), year by year."""
    return draw_devices()


def _figures(prefix: str) -> pd.DataFrame:
    """Rows of published_figures.csv whose id starts with ``prefix`` (in file order)."""
    from medsos.data import load

    figures = load("published_figures")
    rows = figures[figures["figure_id"].str.startswith(prefix)]
    if rows.empty:
        raise CourseError(
            _("The published figures {name}… are missing from the data.").format(name=prefix),
            fix=_("Get a fresh copy of data/ (git checkout data/)."),
        )
    return rows.set_index("figure_id")


def _sources_line(rows: pd.DataFrame) -> str:
    """Who published the figures, short enough for the line under a chart."""
    return _("Source: {sources}").format(sources="; ".join(dict.fromkeys(rows["source"])))


def _sources_note(chart: Chart, rows: pd.DataFrame) -> None:
    """Name the pages that state the figures in the caption (links too long for the image)."""
    pairs = dict.fromkeys(zip(rows["source"], rows["url"], strict=True))
    chart.note(_("Data: {sources}.").format(sources="; ".join(f"{s} ({u})" for s, u in pairs)))


def samesex_opinion() -> pd.DataFrame:
    """Gallup's published US support for legal same-sex marriage: one row per poll.

    Columns ``date_start``, ``date_end`` (the period the figure covers: a year, or May
    for 2015) and ``support_pct``; the index is the row of published_figures.csv.
    """
    rows = _figures("lovewins-gallup-")
    frame = rows[["date_start", "date_end", "value"]].rename(columns={"value": "support_pct"})
    return frame.sort_values("date_start")


def _poll_dates(polls: pd.DataFrame) -> pd.DatetimeIndex:
    """The middle of each poll's period (where its point is drawn)."""
    return pd.DatetimeIndex(polls["date_start"] + (polls["date_end"] - polls["date_start"]) / 2)


def plot_samesex_opinion() -> Chart:
    """US support for legal same-sex marriage (Gallup, published points), ruling day marked."""
    rows = _figures("lovewins-gallup-")
    polls = samesex_opinion()
    support = pd.Series(polls["support_pct"].to_numpy(), index=_poll_dates(polls))
    chart = Chart(
        _("US support for legal same-sex marriage (Gallup)"),
        _("Year of the survey"),
        _("Adults in favour, %"),
        _sources_line(rows),
        kind="published",
    )
    _sources_note(chart, rows)
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
    _percent_axis(chart)
    chart.ax.set_xlim(1994, max(2024, int(x.max()) + 2))
    chart.note(
        _(
            "{n} published points; the thin line only joins them (the years between are not "
            "shown). The dashed line marks half of adults."
        ).format(n=len(values))
    )
    chart.alt = _(
        "US support for legal same-sex marriage, Gallup: {points}. The ruling of 26 June 2015 "
        "(#LoveWins) is marked; support was already rising long before it."
    ).format(
        points=", ".join(
            f"{d.year}: {v:.0f}%" for d, v in zip(support.index, support.to_numpy(), strict=True)
        )
    )
    return chart


def plot_world_divide() -> Chart:
    """ITU Facts and Figures 2024: share of people online, world and by income group."""
    rows = _figures("digitaldivide-itu-2024-")
    names = {
        "digitaldivide-itu-2024-world": N_("World"),
        "digitaldivide-itu-2024-high-income": N_("High-income countries"),
        "digitaldivide-itu-2024-ldc": N_("Least developed countries"),
        "digitaldivide-itu-2024-low-income": N_("Low-income countries"),
    }
    rows = rows.loc[[f for f in names if f in rows.index]]
    chart = Chart(
        _("Who was online in 2024? (ITU)"),
        _("Group of countries"),
        _("People using the internet, %"),
        _sources_line(rows),
        kind="published",
    )
    colours = ["#000000" if f.endswith("world") else PALETTE[0] for f in rows.index]
    chart.bars(
        [textwrap.fill(_(names[f]), 16) for f in rows.index],
        rows["value"].to_numpy(),
        colours=colours,
        kind="published",
    )
    _percent_axis(chart, "y", 105)
    chart.note(_("ITU estimates for 2024: about 2.6 billion people were still offline."))
    _sources_note(chart, rows)
    return chart


def internet_sources() -> pd.DataFrame:
    """Indonesia's share of people online by year from two sources: ITU/OWID and APJII."""
    use = _tables().use[HOME].dropna()
    apjii = _figures("indonesia_internet-apjii-20")
    apjii = apjii[apjii.index.str.fullmatch(r"indonesia_internet-apjii-\d{4}")]
    survey = pd.Series(
        apjii["value"].to_numpy(), index=[int(f[-4:]) for f in apjii.index], name="apjii_pct"
    )
    frame = pd.concat([use.rename("itu_pct"), survey], axis=1).sort_index()
    frame.index.name = "year"
    return frame.loc[2015:]


def plot_internet_sources() -> Chart:
    """ITU/OWID and APJII side by side for Indonesia: two ways of measuring the same thing."""
    frame = internet_sources()
    rows = _figures("indonesia_internet-apjii-20")
    chart = Chart(
        _("Indonesia online: two sources, two numbers"),
        _("Year"),
        _("Internet users, % of population"),
        _("Source: {sources}").format(sources=OWID_SOURCE) + "; APJII",
    )
    _sources_note(chart, rows)
    itu = frame["itu_pct"].dropna()
    apjii = frame["apjii_pct"].dropna()
    chart.line(
        itu.index,
        itu.to_numpy(),
        label=_("ITU via World Bank/OWID (observed)"),
        colour=PALETTE[0],
        marker="o",
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
    for year, value in apjii.items():
        chart.ax.annotate(
            f"{value:g}",
            xy=(year, value),
            xytext=(0, 8),
            textcoords="offset points",
            ha="center",
            fontsize=10,
        )
    _percent_axis(chart)
    chart.ax.set_xlim(frame.index.min() - 0.5, frame.index.max() + 0.5)
    chart.ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    chart.legend_loc = "lower right"
    chart.note(
        _(
            "APJII's 2024 figure comes from its own survey (8,720 face-to-face interviews in 38 "
            "provinces, 18 Dec 2023 – 19 Jan 2024). The two sources measure differently: "
            "compare each source with itself."
        )
    )
    return chart


# --- the explorer ---------------------------------------------------------------------------


def _year_range(view: str, measure: str) -> tuple[int, int, int, bool]:
    """(min, max, default value, enabled) of the year slider for a view and measure."""
    tables = _tables()
    if view == "provinces":
        if measure in ("skills", "signal"):
            panel = tables.skills if measure == "skills" else tables.signal
            first, last = int(panel.columns.min()), int(panel.columns.max())
            return first, last, last, True
        return 2022, 2022, 2022, False
    first, last = int(tables.use.index.min()), int(tables.use.index.max())
    return first, last, 2022, True


@functools.lru_cache(maxsize=64)
def _cached_view(key: tuple, language: str) -> Chart:
    view, countries, years, year, everyone, measure, order = key
    chart = draw_view(view, countries, years, year, everyone, measure, order)
    chart.png()  # render once; a cached chart is shown again without drawing
    return chart


def _key(view: str, countries, years, year, everyone, measure, order) -> tuple:  # noqa: ANN001
    """Only the values a view uses go into the cache key (others do not change its chart)."""
    used = VIEW_CONTROLS.get(view, ())
    return (
        view,
        tuple(countries) if "countries" in used and (view != "gender" or not everyone) else (),
        tuple(int(y) for y in years) if "years" in used else (0, 0),
        int(year) if "year" in used else 0,
        bool(everyone) if "everyone" in used else True,
        measure if "measure" in used else "total",
        order if "order" in used else "gap",
    )


def divide_explorer(view: str = "time", *, remember: bool = True) -> Explorer:
    """Explore the digital divide: between countries, women and men, Indonesia's provinces.

    ``view``: what to start with: ``"time"`` (countries over time), ``"year"`` (countries
    in one year), ``"gender"`` (women vs men), ``"provinces"``, ``"urbanrural"`` or
    ``"devices"``. ``remember=False`` draws every chart afresh (the benchmark uses it).
    """
    tables = _tables()
    if view not in VIEWS:
        raise CourseError(
            _("Unknown view {name!r}.").format(name=view),
            fix=_("Use one of: {kinds}.").format(kinds=", ".join(VIEWS)),
        )

    def layout() -> widgets.Layout:  # one each: a view hides controls through their layout
        return widgets.Layout(width="98%")

    style = {"description_width": "initial"}
    first, last, value, enabled = _year_range(view, "total")
    controls: dict[str, widgets.Widget] = {
        "view": widgets.Dropdown(
            options=[(_(label), key) for key, label in VIEWS.items()],
            value=view,
            description=_("View"),
            layout=layout(),
            style=style,
        ),
        "countries": widgets.SelectMultiple(
            options=[(country_label(c), c) for c in tables.countries],
            value=[c for c in DEFAULT_COUNTRIES if c in tables.countries],
            rows=6,
            description=_("Countries"),
            layout=layout(),
            style=style,
        ),
        "years": widgets.IntRangeSlider(
            value=(2000, int(tables.use.index.max())),
            min=int(tables.use.index.min()),
            max=int(tables.use.index.max()),
            description=_("Years"),
            continuous_update=False,
            layout=layout(),
            style=style,
        ),
        "year": widgets.IntSlider(
            value=value,
            min=first,
            max=last,
            description=_("Year"),
            continuous_update=False,
            disabled=not enabled,
            layout=layout(),
            style=style,
        ),
        "everyone": widgets.Checkbox(
            value=True,
            description=_("Every country with a survey"),
            indent=False,
            layout=layout(),
        ),
        "measure": widgets.Dropdown(
            options=[(_(label), key) for key, label in MEASURES.items()],
            value="total",
            description=_("Measure"),
            layout=layout(),
            style=style,
        ),
        "order": widgets.ToggleButtons(
            options=[(_(label), key) for key, label in ORDERS.items()],
            value="gap",
            description=_("Order"),
            style={**style, "button_width": "11em"},
            layout=layout(),
        ),
    }
    holder: dict[str, Explorer] = {}

    def show_controls(view: str) -> None:
        used = VIEW_CONTROLS.get(view, ())
        for name, control in controls.items():
            if name != "view":
                control.layout.display = None if name in used else "none"

    def rescope(_change: dict | None = None) -> None:
        """A view (or measure) brings its own years; the year slider follows, quietly."""
        view, measure = controls["view"].value, controls["measure"].value
        first, last, value, enabled = _year_range(view, measure)
        slider = controls["year"]
        explorer = holder.get("explorer")
        with explorer.quiet() if explorer else nullcontext():
            if first > slider.max:
                slider.max = last
                slider.min = first
            else:
                slider.min = first
                slider.max = last
            if not first <= slider.value <= last or view == "provinces":
                slider.value = value
            slider.disabled = not enabled
        show_controls(view)

    # before the explorer's own observers, so the slider is right when it redraws
    controls["view"].observe(rescope, names="value")
    controls["measure"].observe(rescope, names="value")
    rescope()

    def draw(view, countries, years, year, everyone, measure, order) -> Chart:  # noqa: ANN001
        if not remember:
            return draw_view(view, countries, years, year, everyone, measure, order)
        key = _key(view, countries, years, year, everyone, measure, order)
        return _cached_view(key, i18n.language())

    explorer = Explorer(
        controls,
        draw,
        description=_(
            "Choose a view. Countries over time: add your neighbours to Indonesia. "
            "Indonesia by province: find where rural households are least online."
        ),
    )
    holder["explorer"] = explorer
    return explorer


def divide_bench() -> Explorer:
    """The explorer as the benchmark uses it: every chart drawn afresh."""
    return divide_explorer(remember=False)


BENCH = [
    (
        divide_bench,
        [
            {"countries": (HOME, WORLD)},
            {"years": (2010, 2023)},
            {"countries": (HOME, WORLD, "Malaysia", "Vietnam", "India")},
            {"view": "year"},
            {"year": 2015},
            {"view": "gender"},
            {"everyone": False},
            {"view": "provinces"},
            {"measure": "rural"},
            {"measure": "skills"},
            {"view": "urbanrural"},
            {"order": "rural"},
            {"view": "devices"},
            {"view": "time"},
        ],
    )
]
