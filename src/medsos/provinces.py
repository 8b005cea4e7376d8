"""Indonesia by province (BPS): one set of numbers, one renderer, one rule for each gap.

Lessons 3 and 5 both show BPS's tables province by province: households online in 2022
(all, urban, rural), people aged 15–59 with ICT skills, villages without mobile signal,
and the devices households use. This module prepares those numbers once per process
(:func:`rankings`) and draws them one way (:func:`draw_ranking`): a sorted bar per
province in two columns side by side (names and values left of each), one province
highlighted if asked.

Reading BPS's tables honestly, the same everywhere:

* **DKI Jakarta has no rural households.** BPS writes 0 in the rural column and the
  total equals the urban figure; a 0 there means "no such area", not "nobody online",
  so rural rankings leave Jakarta out and the caption says so (:func:`no_rural_households`).
* **New Papuan provinces** (Papua Barat Daya, Papua Selatan, Papua Tengah, Papua
  Pegunungan) have no figure yet: they are named in the caption, never drawn as 0.
* **The national figure** is a dashed line labelled "Indonesia …" for shares; for
  villages without signal it is a *total*, so it is written in the caption instead.

>>> from medsos import i18n
>>> _lang = i18n.set_language("en")
>>> lookup("internet", "rural", 2022).no_area
('DKI Jakarta',)
>>> lookup("internet", "total", 2022).labels[-1]
'Papua'
>>> draw_ranking("internet", "rural").notes[-2]
"Not drawn: DKI Jakarta (no rural households in BPS's table)."
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from medsos import i18n
from medsos.charts import COLUMN_GAP, DPI, PALETTE, Chart, RowColumns, text_width
from medsos.errors import CourseError
from medsos.i18n import N_, _

NONE = ""  # "no province" (nothing highlighted)
BAR = PALETTE[5]  # sky blue: every province
CHOSEN = PALETTE[1]  # vermillion: the chosen province
NATIONAL_COLOUR = "#1a1a1a"

MEASURES: dict[str, str] = {
    "internet": N_("Households using the internet (2022)"),
    "skills": N_("People aged 15–59 with ICT skills"),
    "no_signal": N_("Villages without mobile signal"),
    "devices": N_("Devices used to go online (whole country)"),
}
GROUPS: dict[str, str] = {
    "total": N_("all"),
    "urban": N_("urban"),
    "rural": N_("rural"),
}
GROUP_TITLES: dict[str, str] = {
    "total": N_("all households"),
    "urban": N_("urban households"),
    "rural": N_("rural households"),
}
TABLES = {
    "internet": "indonesia_internet_2022",
    "skills": "indonesia_ict_skills",
    "no_signal": "indonesia_no_signal",
    "devices": "indonesia_devices",
}
# 34 provinces in two columns of 17 (Chart.rows_in_columns), in the usual 9-inch width:
# on a 16:9 slide the names stay above 14 px. One axes keeps a redraw fast.
SIZE = (9.0, 5.0)
NAME_SIZE = 10.5  # pt, the provinces' names and values
NATIONAL_SIZE = 11  # pt, "Indonesia 86.5%" over the dashed line
NATIONAL_ROW = -1.05  # the header row, above the first province
PERCENT_TICKS = (0, 25, 50, 75, 100)
ROW_MARGINS = {"left": 0.3, "right": 0.975, "top": 0.9, "bottom": 0.192}  # left: set by the names


def no_rural_households(table: pd.DataFrame) -> tuple[str, ...]:
    """Provinces without rural households in a BPS table with ``rural_pct`` (DKI Jakarta).

    BPS writes 0 for them and their total equals their urban figure: that 0 means "no
    such area", never "nobody online". The one rule both lessons use.
    """
    rows = table[(table["rural_pct"] == 0) & (table["total_pct"] == table["urban_pct"])]
    return tuple(rows["province"])


# --- the data, prepared once ---------------------------------------------------------


@dataclass(frozen=True)
class Ranking:
    """One bar chart's worth of numbers, already sorted (largest first)."""

    measure: str
    group: str
    year: int
    labels: tuple[str, ...]  # provinces (or devices), largest value first
    values: np.ndarray
    national: float | None  # the national figure (a % or a total)
    missing: tuple[str, ...]  # provinces the table names but gives no figure for
    no_area: tuple[str, ...]  # provinces with no such area (rural Jakarta)

    def value_of(self, label: str) -> float | None:
        """The figure of one province (None when it has none)."""
        try:
            return float(self.values[self.labels.index(label)])
        except ValueError:
            return None


def _ranking(
    measure: str,
    group: str,
    year: int,
    names: pd.Series,
    values: pd.Series,
    national: float | None,
    no_area: tuple[str, ...] = (),
) -> Ranking:
    frame = pd.DataFrame({"name": names.to_numpy(), "value": values.to_numpy(dtype=float)})
    frame = frame[~frame["name"].isin(no_area)]
    missing = tuple(sorted(frame.loc[frame["value"].isna(), "name"]))
    frame = frame.dropna().sort_values(["value", "name"], ascending=[False, True])
    return Ranking(
        measure,
        group,
        int(year),
        tuple(frame["name"]),
        frame["value"].to_numpy(dtype=float),
        None if national is None or math.isnan(national) else float(national),
        missing,
        tuple(no_area),
    )


@functools.cache
def rankings() -> dict[tuple[str, str, int], Ranking]:
    """Every (measure, group, year) the BPS tables allow, sorted once per process."""
    from medsos.data import load

    found: dict[tuple[str, str, int], Ranking] = {}
    net = load(TABLES["internet"])
    provinces = net[~net["is_national"].astype(bool)]
    country = net[net["is_national"].astype(bool)].iloc[0]
    for group in GROUPS:
        column = f"{group}_pct"
        no_area = no_rural_households(provinces) if group == "rural" else ()
        found[("internet", group, 2022)] = _ranking(
            "internet",
            group,
            2022,
            provinces["province"],
            provinces[column],
            float(country[column]),
            no_area,
        )
    for measure, column in (("skills", "pct"), ("no_signal", "villages")):
        table = load(TABLES[measure])
        for year, part in table.groupby("year"):
            flag = part["is_national"].astype(bool)
            national = part.loc[flag, column]
            found[(measure, "total", int(year))] = _ranking(
                measure,
                "total",
                int(year),
                part.loc[~flag, "province"],
                part.loc[~flag, column],
                float(national.iloc[0]) if len(national) else None,
            )
    devices = load(TABLES["devices"])
    for year, part in devices.groupby("year"):
        found[("devices", "total", int(year))] = _ranking(
            "devices", "total", int(year), part["device_id"], part["pct"], None
        )
    return found


@functools.cache
def _device_names() -> dict[str, str]:
    from medsos.data import load

    devices = load(TABLES["devices"])
    return dict(zip(devices["device_id"], devices["device_en"], strict=True))


def _device_label(device_id: str) -> str:
    return device_id if i18n.language() == "id" else _device_names().get(device_id, device_id)


@functools.cache
def province_names() -> tuple[str, ...]:
    """Every province any of the BPS tables names (new Papuan provinces included)."""
    from medsos.data import load

    names: set[str] = set()
    for measure in ("internet", "skills", "no_signal"):
        table = load(TABLES[measure])
        names |= set(table.loc[~table["is_national"].astype(bool), "province"])
    return tuple(sorted(names))


def years(measure: str) -> list[int]:
    """The years BPS publishes ``measure`` for, oldest first."""
    check_measure(measure)
    return sorted({y for (m, _g, y) in rankings() if m == measure})


def groups(measure: str) -> list[str]:
    """The groups (all / urban / rural) ``measure`` is split into."""
    check_measure(measure)
    return [g for g in GROUPS if any(m == measure and gg == g for (m, gg, _y) in rankings())]


def check_measure(measure: str) -> None:
    if measure not in MEASURES:
        raise CourseError(
            _("There is no measure called {name!r}.").format(name=measure),
            fix=_("Use one of: {names}.").format(names=", ".join(MEASURES)),
        )


def lookup(measure: str, group: str, year: int | None) -> Ranking:
    """The ranking for a choice, or a CourseError that says which choices exist."""
    check_measure(measure)
    if group not in groups(measure):
        raise CourseError(
            _("BPS does not split '{measure}' into urban and rural.").format(
                measure=_(MEASURES[measure])
            ),
            fix=_("Choose the group 'all' for this measure."),
        )
    available = years(measure)
    year = available[-1] if year is None else int(year)
    if year not in available:
        raise CourseError(
            _("BPS has no figures for '{measure}' in {year}.").format(
                measure=_(MEASURES[measure]), year=year
            ),
            fix=_("Years with figures: {years}.").format(years=", ".join(map(str, available))),
        )
    return rankings()[(measure, group, year)]


# --- words for each measure ----------------------------------------------------------


def _unit_label(measure: str) -> str:
    return {
        "internet": _("% of households"),
        "skills": _("% of people aged 15–59"),
        "no_signal": _("Villages without mobile signal"),
        "devices": _("% of households that used the internet"),
    }[measure]


def _title(r: Ranking) -> str:
    if r.measure == "internet":
        return _("Internet use in {year}, {group}, by province").format(
            year=r.year, group=_(GROUP_TITLES[r.group])
        )
    if r.measure == "skills":
        return _("People aged 15–59 with ICT skills in {year}, by province").format(year=r.year)
    if r.measure == "no_signal":
        return _("Villages without mobile signal in {year}, by province").format(year=r.year)
    return _("Devices used to go online in {year}, Indonesia").format(year=r.year)


def _value_text(measure: str, value: float) -> str:
    if measure == "no_signal":
        return i18n.number(value)
    return f"{i18n.number(value, 1)}%"


def _source() -> str:
    from medsos.data import source_of

    return source_of(TABLES["internet"])


def _cite(chart: Chart, measure: str) -> None:
    from medsos.data import sources_of

    chart.cite(sources_of(TABLES[measure]))


# --- drawing -------------------------------------------------------------------------


@functools.cache
def _line_metrics(size: float) -> tuple[float, float]:
    """Height above and below the baseline of "lp" at ``size`` pt, in points.

    Matplotlib puts the baselines of a multi-line Text ``above * linespacing + below``
    apart; knowing both lets one Text's lines sit exactly on the bars' rows.
    """
    from matplotlib.backends.backend_agg import RendererAgg
    from matplotlib.font_manager import FontProperties

    renderer = RendererAgg(10, 10, DPI)
    _w, height, descent = renderer.get_text_width_height_descent(
        "lp", FontProperties(size=size), ismath=False
    )
    return (height - descent) * 72 / DPI, descent * 72 / DPI


def _column_px(chart: Chart, plan: RowColumns) -> float:
    """The width of one column's scale (0 to ``plan.span``), in pixels."""
    axes = chart.fig.get_figwidth() * DPI * (chart.margins["right"] - chart.margins["left"])
    return axes * plan.span / (plan.starts[-1] + plan.span)


def _linespacing(row_points: float, size: float) -> float:
    above, below = _line_metrics(size)
    return (row_points - below) / above


def draw_ranking(
    measure: str, group: str = "total", year: int | None = None, province: str = NONE
) -> Chart:
    """The sorted bar chart behind the explorer (also usable on its own).

    34 provinces in one column would leave each name about 10 px high on a slide: they
    are drawn in two columns side by side (places 1–17 on the left, 18–34 on the right),
    each with its names and values on its left, the same x scale and the national mark.
    """
    r = lookup(measure, group, year)
    province = (province or NONE).strip()
    if measure == "devices":
        return _draw_devices(r, province)
    if province and r.value_of(province) is None:
        raise _no_figure(r, province)
    labels = list(r.labels)
    colours = [CHOSEN if name == province else BAR for name in labels]
    chart = Chart(
        _title(r),
        _unit_label(measure),
        _("Province"),
        _source(),
        kind="observed",
        size=SIZE,
        margins=ROW_MARGINS,
    )
    ax = chart.ax
    n = len(labels)
    lines = [
        f"{name}  {_value_text(measure, float(v))}"
        for name, v in zip(labels, r.values, strict=True)
    ]
    top = float(r.values.max()) if n else 1.0
    span = top * 1.05 if measure == "no_signal" else 100.0
    plan = chart.rows_in_columns(
        lines, size=NAME_SIZE, span=span, ticks=None if measure == "no_signal" else PERCENT_TICKS
    )
    row_points = chart.row_points()
    # One LineCollection instead of 34 bar patches, and one Text per column (names and
    # numbers together) instead of tick objects: this keeps a redraw under 100 ms.
    ax.hlines(
        plan.ys(),
        plan.xs(np.zeros(n)),
        plan.xs(r.values),
        colors=colours,
        linewidth=row_points * 0.72,
        capstyle="butt",
    )
    chart.drew("observed")
    # A column's names in ONE multi-line Text whose line spacing equals the rows' spacing:
    # laying out 34 separate Texts costs more than the bars. The chosen province gets a
    # blank line there and its own bold Text on top, in its colour.
    spacing = _linespacing(row_points, NAME_SIZE)
    for column in range(plan.columns):
        rows = plan.rows(column)
        ax.text(
            plan.name_x(column),
            (len(rows) - 1) / 2,
            "\n".join("" if labels[i] == province else lines[i] for i in rows),
            va="center",
            ha="right",
            fontsize=NAME_SIZE,
            linespacing=spacing,
            color="#1a1a1a",
        )
    if province:
        index = labels.index(province)
        ax.text(
            plan.name_x(plan.column(index)),
            plan.y(index),
            lines[index],
            va="center",
            ha="right",
            fontsize=NAME_SIZE,
            fontweight="bold",
            color=CHOSEN,
        )
    notes: list[str] = []
    if province:
        index = labels.index(province)
        notes.append(
            _("{province}: {value}, place {rank} of {n} (1 = highest).").format(
                province=province,
                value=_value_text(measure, float(r.values[index])),
                rank=index + 1,
                n=n,
            )
        )
    if r.national is not None and measure != "no_signal":
        label = _("Indonesia {value}").format(value=_value_text(measure, r.national))
        starts = np.asarray(plan.starts)
        # one dashed Line2D through every column (NaN between them): one artist for all
        xs = np.repeat(starts + r.national, 3)
        xs[2::3] = np.nan
        ys = np.tile([NATIONAL_ROW, plan.per_column - 0.45, np.nan], len(starts))
        ax.plot(
            xs, ys, color=NATIONAL_COLOUR, linestyle="--", linewidth=1.4, scalex=False, scaley=False
        )
        # the label beside the line's top in each column: on its right, or on its left
        # when it would reach the next column's names
        per_px = span / _column_px(chart, plan)
        width, nudge = text_width(label, NATIONAL_SIZE) * per_px, 4 * per_px
        right = r.national + nudge + width <= span + (COLUMN_GAP - 6) * per_px
        for start in starts:
            ax.text(
                start + r.national + (nudge if right else -nudge),
                NATIONAL_ROW,
                label,
                ha="left" if right else "right",
                va="center",
                fontsize=NATIONAL_SIZE,
                color=NATIONAL_COLOUR,
            )
        below = int((r.values < r.national).sum())
        notes.append(
            _(
                "Dashed line: Indonesia as a whole, {value}; {below} of {n} provinces are below it."
            ).format(value=_value_text(measure, r.national), below=below, n=len(labels))
        )
    if measure == "no_signal" and r.national is not None:
        first = labels[0]
        share = float(r.values[0]) / r.national * 100 if r.national else 0.0
        notes.append(
            _("Indonesia in total: {total} villages; {first} alone: {value} ({share}%).").format(
                total=i18n.number(r.national),
                first=first,
                value=i18n.number(r.values[0]),
                share=i18n.number(share, 0),
            )
        )
    if r.no_area:
        notes.append(
            _("Not drawn: {names} (no rural households in BPS's table).").format(
                names=", ".join(r.no_area)
            )
        )
    if r.missing:
        notes.append(_("No figure yet: {names}.").format(names=", ".join(r.missing)))
    for note in notes:
        chart.note(note)
    _cite(chart, measure)
    chart.alt = _alt(chart, r, province)
    return chart


def _newprovince_names() -> tuple[str, ...]:
    """Provinces BPS names without any figure yet (the new Papuan provinces)."""
    return rankings()[("internet", "total", 2022)].missing


def _no_figure(r: Ranking, province: str) -> CourseError:
    if province in r.no_area:
        return CourseError(
            _(
                "{province} has no rural households in BPS's table, so it has no rural figure."
            ).format(province=province),
            fix=_("Choose the group 'all' or 'urban', or another province."),
        )
    if province in r.missing or province in _newprovince_names():
        return CourseError(
            _(
                "{province} has no figure in this table yet (it is one of the new Papuan provinces)."
            ).format(province=province),
            fix=_(
                "Choose Papua or Papua Barat, which the table still covers, or another province."
            ),
        )
    return CourseError(
        _("{province} has no figure for '{measure}' in {year}.").format(
            province=province, measure=_(MEASURES[r.measure]), year=r.year
        ),
        fix=_("Choose another province or year."),
    )


def _alt(chart: Chart, r: Ranking, province: str) -> str:
    """Alt text that says what the picture shows: the top, the bottom, the chosen one."""
    if not len(r.values):  # pragma: no cover - every table has rows
        return chart.title
    text = _(
        "{title}. Sorted bar chart of {n} provinces. Highest: {top} ({top_value}); lowest: {bottom} ({bottom_value})."
    ).format(
        title=chart.title,
        n=len(r.labels),
        top=r.labels[0],
        top_value=_value_text(r.measure, r.values[0]),
        bottom=r.labels[-1],
        bottom_value=_value_text(r.measure, r.values[-1]),
    )
    return " ".join(t for t in [text, chart.columns_text(), *chart.notes, chart.source] if t)


def _draw_devices(r: Ranking, province: str) -> Chart:
    labels = [_device_label(d) for d in r.labels]
    chart = Chart(
        _title(r),
        _unit_label("devices"),
        _("Device"),
        _source(),
        kind="observed",
        label_room=0.24,
    )
    chart.bars(labels, list(r.values), horizontal=True, colours=BAR, digits=1)
    chart.ax.set_xlim(0, 110)
    chart.ax.tick_params(axis="y", length=0)
    _cite(chart, "devices")
    chart.note(
        _("Several answers per household are possible, so the shares add up to more than 100%.")
    )
    if province:
        chart.note(
            _("BPS publishes devices for Indonesia as a whole only, not for {province}.").format(
                province=province
            )
        )
    first = r.labels[0]
    chart.alt = _(
        "{title}. Bar chart: {device} {value} of households that used the internet. {source}"
    ).format(
        title=chart.title,
        device=_device_label(first),
        value=_value_text("devices", r.values[0]),
        source=chart.source,
    )
    return chart


def indonesia_ranking(
    measure: str = "internet", group: str = "total", year: int | None = None
) -> pd.DataFrame:
    """The explorer's numbers as a table, largest first: rank, province (or device), value.

    Column names are in the student's language; counts of villages stay whole numbers.
    """
    r = lookup(measure, group, year)
    names = [_device_label(d) for d in r.labels] if measure == "devices" else list(r.labels)
    values = r.values.astype(int) if measure == "no_signal" else r.values
    table = pd.DataFrame(
        {
            _("Device") if measure == "devices" else _("Province"): names,
            _unit_label(measure): values,
        },
        index=pd.RangeIndex(1, len(names) + 1, name=_("rank")),
    )
    return table
