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
from collections.abc import Sequence
from contextlib import nullcontext
from dataclasses import dataclass

import ipywidgets as widgets
import numpy as np
import pandas as pd
from matplotlib.ticker import MaxNLocator
from matplotlib.transforms import blended_transform_factory

from medsos import i18n, provinces
from medsos.charts import (
    COLUMN_ROWS,
    HEADER_ROW,
    HIGHLIGHT,
    MUTED,
    PALETTE,
    WIDTH,
    Chart,
    RowColumns,
)
from medsos.errors import CourseError
from medsos.i18n import N_, _
from medsos.widgets.base import Explorer, with_recipe

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
# (name drawn under the chart, address in the caption)
BPS_SOURCE = ("Badan Pusat Statistik (BPS)", "https://www.bps.go.id/")
OWID_SOURCE = ("ITU via World Bank, Our World in Data", "https://ourworldindata.org/internet")
DGG_SOURCE = ("Digital Gender Gaps (DHS/MICS/ITU)", "https://github.com/OxfordDemSci/dgg-www")
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
    no_rural = provinces.no_rural_households(bps.reset_index())
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


SHORT_NAMES_ID = {"HK": "Hong Kong", "MO": "Makau"}
"""CLDR's short forms where its standard Indonesian name is the long official one."""


@functools.cache
def _names_id() -> dict[str, str]:
    """The data's English country names -> Indonesian (Babel's CLDR territory names, offline).

    The data carry ISO 3166 alpha-3 codes (``IDN``); CLDR's territory aliases map them to the
    alpha-2 codes Babel names (``ID`` -> "Indonesia", ``PH`` -> "Filipina"). Names without a
    code (``United States`` in the DHS table) are matched through Babel's English names.
    """
    import babel
    from babel.core import get_global

    from medsos.data import load

    aliases = get_global("territory_aliases")
    indonesian = {**babel.Locale("id").territories, **SHORT_NAMES_ID}
    by_english = {name: code for code, name in babel.Locale("en").territories.items()}
    names: dict[str, str] = {}
    pairs = load("internet_use")[["country", "iso3"]].drop_duplicates()
    for country, iso3 in pairs.itertuples(index=False):
        code = (aliases.get(str(iso3)) or [None])[0]
        if code in indonesian:
            names[str(country)] = indonesian[code]
    for country in set(load("gender_gap")["country"]) - set(names):
        code = by_english.get(str(country))
        if code in indonesian:
            names[str(country)] = indonesian[code]
    return names


def country_label(country: str) -> str:
    """A country's name in the student's language: CLDR's Indonesian name (``Filipina``), the
    data's English name in English; "World" is translated."""
    if country == WORLD:
        return _("World")
    if i18n.language() == "en":
        return country
    return _names_id().get(country, country)


def _by_label(countries: Sequence[str]) -> list[str]:
    """World and Indonesia first, then the others in the alphabetical order of their labels."""
    first = [c for c in countries if c in (WORLD, HOME)]
    rest = sorted((c for c in countries if c not in (WORLD, HOME)), key=country_label)
    return first + rest


def _years_text(years: Sequence[int]) -> str:
    return ", ".join(str(int(y)) for y in years)


# --- a chart whose margins fit long labels ---------------------------------------------


def _rows(
    chart: Chart,
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
    left, right = chart.margins["left"], chart.margins["right"]
    ax.yaxis.set_label_coords(-(left - 0.04) / (right - left), 0.5)
    chart.drew("observed")
    return y


COLUMN_NAME_SIZE = 11  # pt, the rows' names of a chart of rows in columns
ROW_INCHES = 0.2  # height of one row of a chart of rows in columns
BANDS_INCHES = 1.46  # title band above the rows, ticks + axis title + source line below


def _column_size(rows: int) -> tuple[float, float]:
    """The figure size of a chart of ``rows`` rows (two columns when long): 9 inches wide."""
    per_column = -(-rows // 2) if rows > COLUMN_ROWS else rows
    return (WIDTH, max(3.6, BANDS_INCHES + ROW_INCHES * (per_column + HEADER_ROW - 0.45)))


def _column_rows(
    chart: Chart, labels: Sequence[str], *, bold: Sequence[bool] | None = None
) -> RowColumns:
    """Name each row (top to bottom) on a 0–100 % scale, in two columns when the list is long.

    :meth:`Chart.rows_in_columns` lays the columns out; each name is its own Text at its
    row (33 of them cost a few ms), the chosen country in bold.
    """
    plan = chart.rows_in_columns(
        labels,
        size=COLUMN_NAME_SIZE,
        span=100.0,
        ticks=(0, 25, 50, 75, 100),  # the axis title says "%"
    )
    for i, label in enumerate(labels):
        chart.ax.text(
            plan.name_x(plan.column(i)),
            plan.y(i),
            label,
            ha="right",
            va="center",
            fontsize=COLUMN_NAME_SIZE,
            fontweight="bold" if bold is not None and bold[i] else "normal",
        )
    chart.drew("observed")
    return plan


def _hbars(
    chart: Chart,
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
    chart.percent_on(axis, top)


# --- the views -----------------------------------------------------------------------------


def _check_countries(countries: Sequence[str]) -> list[str]:
    tables = _tables()
    # a country may be named as the student reads it: "Filipina" is the data's "Philippines"
    english = {label.casefold(): name for name, label in _names_id().items()}
    english[_("World").casefold()] = WORLD
    chosen = [
        c if c in tables.use.columns else english.get(str(c).strip().casefold(), c)
        for c in dict.fromkeys(countries or ())
        if c
    ]
    chosen = list(dict.fromkeys(chosen))
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
        _("Source: {sources}").format(sources=OWID_SOURCE[0]),
    )
    chart.cite([OWID_SOURCE])
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
    chart = Chart(
        _("Internet users in {year}").format(year=year),
        _("Internet users, % of population"),
        _("Country"),
        _("Source: {sources}").format(sources=OWID_SOURCE[0]),
        size=(WIDTH, min(height, 9.0)),
        label_room=0.25,
    )
    chart.cite([OWID_SOURCE])
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
                    names=", ".join(
                        sorted(country_label(c) for c in set(_tables().gender["country"]))
                    )
                ),
            )
    rows = gender.sort_values("ratio", ascending=False)
    labels = [f"{country_label(r.country)} {int(r.year)} ({r.source})" for r in rows.itertuples()]
    chart = Chart(
        _("Women and men online: the gender gap"),
        _("Using the internet, % of women or men"),
        _("Country, year (survey)"),
        _("Source: {sources}").format(sources=DGG_SOURCE[0]),
        size=_column_size(len(rows)),
    )
    chart.cite([DGG_SOURCE])
    plan = _column_rows(chart, labels, bold=list(rows["country"] == HOME))
    ax, y = chart.ax, plan.ys()
    women, men = plan.xs(rows["women_pct"]), plan.xs(rows["men_pct"])
    ax.hlines(y, women, men, color=MUTED, linewidth=2.5, zorder=1)
    ax.scatter(men, y, color=PALETTE[0], s=55, zorder=3, label=_("men"))
    ax.scatter(women, y, color=PALETTE[1], marker="D", s=50, zorder=3, label=_("women"))
    chart.note(
        _(
            "Rows are sorted by the women-to-men ratio, highest at the top; a diamond right of "
            "the dot means more women than men online. Surveys (DHS, MICS) and ITU estimates "
            "measure differently."
        )
    )
    return chart


# the explorer's measures as the province renderer names them: (measure, group)
PROVINCE_MEASURES: dict[str, tuple[str, str]] = {
    "total": ("internet", "total"),
    "urban": ("internet", "urban"),
    "rural": ("internet", "rural"),
    "skills": ("skills", "total"),
    "signal": ("no_signal", "total"),
}


def draw_provinces(measure: str = "total", year: int = 2022) -> Chart:
    """Indonesia's provinces side by side on one BPS measure, with the national figure.

    The same chart as lesson 5's explorer (:func:`medsos.provinces.draw_ranking`): one
    rule for Jakarta's missing rural households, the new Papuan provinces and the
    national mark.
    """
    if measure not in MEASURES:
        raise CourseError(
            _("Unknown measure {name!r}.").format(name=measure),
            fix=_("Use one of: {kinds}.").format(kinds=", ".join(MEASURES)),
        )
    name, group = PROVINCE_MEASURES[measure]
    return provinces.draw_ranking(name, group, None if name == "internet" else int(year))


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
    chart = Chart(
        _("Households online, 2022: city and village"),
        _("Households that used the internet, %"),
        _("Province"),
        _("Source: {sources}").format(sources=BPS_SOURCE[0]),
        size=_column_size(len(rows)),
    )
    chart.cite([BPS_SOURCE])
    plan = _column_rows(chart, list(rows.index))
    ax, y = chart.ax, plan.ys()
    urban, rural = plan.xs(rows["urban"]), plan.xs(rows["rural"])
    ax.hlines(y, rural, urban, color=MUTED, linewidth=2, zorder=1)
    ax.scatter(urban, y, color=PALETTE[0], s=30, zorder=3, label=_("urban"))
    ax.scatter(rural, y, color=PALETTE[4], marker="D", s=28, zorder=3, label=_("rural"))
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
        _("Source: {sources}").format(sources=BPS_SOURCE[0]),
    )
    chart.cite([BPS_SOURCE])
    order = devices.iloc[-1].sort_values(ascending=False).index
    for device in order:
        line = devices[device].dropna()
        chart.line(line.index, line.to_numpy(), label=label.get(device, device), marker="o")
    _percent_axis(chart)
    chart.ax.xaxis.set_major_locator(MaxNLocator(integer=True))
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
    # no render here: the explorer's display renders it at once, and the cached chart
    # keeps that image (a static page's build asks it for a WebP instead)
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


@with_recipe
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
            options=[(country_label(c), c) for c in _by_label(tables.countries)],
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


def static_states(explorer: Explorer) -> list[dict]:
    """The states a page or deck with no kernel shows (each a change from the default).

    Every view; over time, fewer and more countries and two periods; one year, the story
    steps of its slider; women vs men for the chosen countries only, and for a choice
    with no survey (the message the live widget shows); every province measure and
    ordering. The live notebook explores every combination.
    """
    del explorer
    states: list[dict] = [{"view": key} for key in VIEWS]
    states += [
        {"view": "time", "countries": (HOME, WORLD)},
        {"view": "time", "countries": (HOME, WORLD, "Malaysia", "Vietnam", "India")},
        {"view": "time", "years": (1990, 2023)},
        {"view": "time", "years": (2010, 2023)},
    ]
    states += [{"view": "year", "year": y} for y in (2000, 2010, 2015, 2020)]
    states += [
        {"view": "gender", "everyone": False},
        {"view": "gender", "everyone": False, "countries": (WORLD,)},
    ]
    states += [{"view": "provinces", "measure": key} for key in MEASURES if key != "total"]
    states += [{"view": "urbanrural", "order": key} for key in ORDERS if key != "gap"]
    return states
