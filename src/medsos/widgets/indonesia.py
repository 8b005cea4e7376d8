"""Lesson 5: Indonesian hashtag campaigns, and who in Indonesia is online to join them.

The article says that "anyone with an internet connection" can reach information. This
module lets students see who has that connection in Indonesia, province by province,
and puts the Indonesian campaigns of the lesson on the same footing as lesson 1's:

* :func:`indonesia_explorer`: one measure (household internet use 2022, ICT skills,
  villages without mobile signal, devices) as a sorted horizontal bar chart by
  province, with a province highlighted and the national figure marked.
* :func:`indonesia_ranking`: the same numbers as a table, for pandas work.
* :func:`indonesian_campaigns`: the lesson's campaigns in the student's language.
* :func:`plot_indonesian_campaigns`: the two reconstructed daily tweet series side by
  side, each scaled to its own highest day (their *shapes* are assumptions: the chart
  says so).
* :func:`plot_indonesia_hashtag_counts`: the published counts behind them, plus the
  police counter-hashtag #PolriSesuaiProsedur.
* :func:`plot_apjii_penetration` and :func:`plot_apjii_groups`: the APJII survey next to
  the ITU series. They measure differently; the charts say which source is which.

Reading BPS's tables honestly:

* **DKI Jakarta has no rural households.** BPS writes 0 in the rural column and the
  total equals the urban figure; a 0 there means "no such area", not "nobody online",
  so the rural ranking leaves Jakarta out and says so.
* **New Papuan provinces** (Papua Barat Daya, Papua Selatan, Papua Tengah, Papua
  Pegunungan) have no figure yet: they are named in the caption, never drawn as 0.
* **Villages without signal** are counts, and the national row is a *total*, so it is
  written in the caption instead of drawn as a line among provinces.

Everything the explorer needs is prepared once per process (:func:`_rankings`,
cached); a redraw sorts nothing and renders one figure with one axes.
"""

from __future__ import annotations

import functools
import math
from contextlib import nullcontext
from dataclasses import dataclass

import ipywidgets as widgets
import numpy as np
import pandas as pd
from matplotlib.ticker import FuncFormatter, MaxNLocator
from matplotlib.transforms import blended_transform_factory

from medsos import i18n
from medsos.charts import DPI, MUTED, PALETTE, Chart
from medsos.errors import CourseError
from medsos.i18n import N_, _
from medsos.widgets.base import Explorer
from medsos.widgets.timeline import compact

NATIONAL = "Indonesia"
NONE = ""  # the province control's "no province" value
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
APJII_YEARS = (2018, 2020, 2022, 2023, 2024)
APJII_GROUPS = ("men", "women", "rural", "urban")
APJII_GROUP_LABELS = {
    "men": N_("Men"),
    "women": N_("Women"),
    "rural": N_("Rural"),
    "urban": N_("Urban"),
}
INDONESIAN_SERIES = ("reformasidikorupsi2019_tweets", "percumalaporpolisi2021_tweets")
HASHTAG_FIGURES = ("reformasidikorupsi-01", "percumalaporpolisi-01", "percumalaporpolisi-02")
TALL = (9.0, 7.8)  # 34 provinces need height; one axes keeps a redraw fast
NAME_SIZE = 9.5  # pt, the provinces' names


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
def _rankings() -> dict[tuple[str, str, int], Ranking]:
    """Every (measure, group, year) the BPS tables allow, sorted once per process."""
    from medsos.data import load

    found: dict[tuple[str, str, int], Ranking] = {}
    net = load(TABLES["internet"])
    provinces = net[~net["is_national"].astype(bool)]
    country = net[net["is_national"].astype(bool)].iloc[0]
    for group in GROUPS:
        column = f"{group}_pct"
        # BPS writes 0 for the rural share of a province without rural areas (DKI Jakarta:
        # its total equals its urban figure). That 0 means "no such area", not "nobody online".
        no_area = (
            tuple(
                provinces.loc[
                    (provinces["rural_pct"] == 0)
                    & (provinces["total_pct"] == provinces["urban_pct"]),
                    "province",
                ]
            )
            if group == "rural"
            else ()
        )
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
def _provinces() -> tuple[str, ...]:
    """Every province any of the BPS tables names (new Papuan provinces included)."""
    from medsos.data import load

    names: set[str] = set()
    for measure in ("internet", "skills", "no_signal"):
        table = load(TABLES[measure])
        names |= set(table.loc[~table["is_national"].astype(bool), "province"])
    return tuple(sorted(names))


def years(measure: str) -> list[int]:
    """The years BPS publishes ``measure`` for, oldest first."""
    _known(measure)
    return sorted({y for (m, _g, y) in _rankings() if m == measure})


def groups(measure: str) -> list[str]:
    """The groups (all / urban / rural) ``measure`` is split into."""
    _known(measure)
    return [g for g in GROUPS if any(m == measure and gg == g for (m, gg, _y) in _rankings())]


def _known(measure: str) -> None:
    if measure not in MEASURES:
        raise CourseError(
            _("There is no measure called {name!r}.").format(name=measure),
            fix=_("Use one of: {names}.").format(names=", ".join(MEASURES)),
        )


def _lookup(measure: str, group: str, year: int | None) -> Ranking:
    """The ranking for a choice, or a CourseError that says which choices exist."""
    _known(measure)
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
    return _rankings()[(measure, group, year)]


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


# --- drawing -------------------------------------------------------------------------


class _TallChart(Chart):
    """A Chart with room on the left for long province names."""

    margins = {"left": 0.34, "right": 0.97, "top": 0.92, "bottom": 0.09}

    def __init__(self, *args: object, margins: dict[str, float] | None = None, **kwargs: object):
        super().__init__(*args, **kwargs)
        self.header_y: float | None = None
        self.margins = dict(margins or _TallChart.margins)

    def _finish(self) -> None:
        super()._finish()
        self.fig.subplots_adjust(**self.margins)
        left, right = self.margins["left"], self.margins["right"]
        # the title starts at the figure's left edge, like the source line, not at the axes
        self.ax.set_title(self.title, loc="left", x=(0.01 - left) / (right - left))
        if self.header_y is not None:
            self.ax.yaxis.label.set(rotation=0, ha="right", va="center", fontweight="bold")
            self.ax.yaxis.set_label_coords(-0.012, self.header_y)


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


def _linespacing(row_points: float, size: float) -> float:
    above, below = _line_metrics(size)
    return (row_points - below) / above


def draw_ranking(
    measure: str, group: str = "total", year: int | None = None, province: str = NONE
) -> Chart:
    """The sorted bar chart behind the explorer (also usable on its own)."""
    r = _lookup(measure, group, year)
    province = (province or NONE).strip()
    if measure == "devices":
        return _draw_devices(r, province)
    if province and r.value_of(province) is None:
        raise _no_figure(r, province)
    labels = list(r.labels)
    colours = [CHOSEN if name == province else BAR for name in labels]
    chart = _TallChart(
        _title(r),
        _unit_label(measure),
        _("Province"),
        _source(),
        kind="observed",
        size=TALL,
    )
    ax = chart.ax
    n = len(labels)
    top_row = -1.7  # the top row is kept for the national label
    # One LineCollection instead of 34 bar patches, and one Text per province (name and
    # number together) instead of tick objects: this keeps a redraw under 100 ms.
    margins = _TallChart.margins
    row_points = TALL[1] * (margins["top"] - margins["bottom"]) * 72 / (n - 0.4 - top_row)
    ax.hlines(range(n), 0, r.values, colors=colours, linewidth=row_points * 0.72, capstyle="butt")
    chart._kinds_drawn.add("observed")
    ax.set_yticks([])
    ax.set_ylim(n - 0.4, top_row)  # largest at the top
    chart.header_y = 1 - 0.55 / (n - 0.4 - top_row)  # the y label heads the names' column
    ax.grid(axis="y", visible=False)
    ax.spines["left"].set_visible(True)
    top = float(r.values.max()) if n else 1.0
    ax.set_xlim(0, top * 1.05 if measure == "no_signal" else 102.0)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _pos: i18n.number(v)))
    names = blended_transform_factory(ax.transAxes, ax.transData)
    # All names in ONE multi-line Text whose line spacing equals the rows' spacing: laying
    # out 34 separate Texts costs more than the bars. The chosen province gets a blank line
    # there and its own bold Text on top, in its colour.
    lines = [
        "" if name == province else f"{name}  {_value_text(measure, float(value))}"
        for name, value in zip(labels, r.values, strict=True)
    ]
    ax.text(
        -0.012,
        (n - 1) / 2,
        "\n".join(lines),
        transform=names,
        va="center",
        ha="right",
        fontsize=NAME_SIZE,
        linespacing=_linespacing(row_points, NAME_SIZE),
        color="#1a1a1a",
    )
    if province:
        index = labels.index(province)
        ax.text(
            -0.012,
            index,
            f"{province}  {_value_text(measure, float(r.values[index]))}",
            transform=names,
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
        ax.axvline(r.national, color=NATIONAL_COLOUR, linestyle="--", linewidth=1.4)
        ax.text(
            r.national,
            -1.15,
            _("Indonesia {value}").format(value=_value_text(measure, r.national)),
            ha="center",
            va="center",
            bbox={"facecolor": "white", "edgecolor": "none", "pad": 1},
            fontsize=11,
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
    chart.alt = _alt(chart, r, province)
    return chart


def _new_provinces() -> tuple[str, ...]:
    """Provinces BPS names without any figure yet (the new Papuan provinces)."""
    return _rankings()[("internet", "total", 2022)].missing


def _no_figure(r: Ranking, province: str) -> CourseError:
    if province in r.no_area:
        return CourseError(
            _(
                "{province} has no rural households in BPS's table, so it has no rural figure."
            ).format(province=province),
            fix=_("Choose the group 'all' or 'urban', or another province."),
        )
    if province in r.missing or province in _new_provinces():
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
    return " ".join([text, *chart._notes, chart.source])


def _draw_devices(r: Ranking, province: str) -> Chart:
    labels = [_device_label(d) for d in r.labels]
    chart = _TallChart(
        _title(r),
        _unit_label("devices"),
        _("Device"),
        _source(),
        kind="observed",
        margins={"left": 0.24, "right": 0.97, "top": 0.89, "bottom": 0.2},
    )
    chart.bars(labels, list(r.values), horizontal=True, colours=BAR, digits=1)
    chart.ax.set_xlim(0, 110)
    chart.ax.tick_params(axis="y", length=0)
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
    r = _lookup(measure, group, year)
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


# --- the explorer --------------------------------------------------------------------


def _group_options(measure: str) -> list[tuple[str, str]]:
    return [(_(GROUPS[g]), g) for g in groups(measure)]


def _year_options(measure: str) -> list[tuple[str, int]]:
    return [(str(y), y) for y in years(measure)]


@functools.lru_cache(maxsize=64)
def _cached(measure: str, group: str, year: int, province: str, language: str) -> Chart:
    chart = draw_ranking(measure, group, year, province)
    chart.png()  # render once; the same choice later is shown without drawing
    return chart


def indonesia_explorer(
    measure: str = "internet", province: str = NONE, *, remember: bool = True
) -> Explorer:
    """Explore who is online in Indonesia, province by province.

    ``measure``: ``"internet"`` (households online, 2022, all/urban/rural), ``"skills"``
    (ICT skills, 2015–2021), ``"no_signal"`` (villages without mobile signal) or
    ``"devices"`` (whole country). ``province``: one to highlight, e.g. ``"Papua"``.
    ``remember=False`` draws every chart afresh (the benchmark uses it).
    """
    _known(measure)
    if province and province not in _provinces():
        import difflib

        close = difflib.get_close_matches(province, _provinces(), n=1, cutoff=0.5)
        raise CourseError(
            _("There is no province called {name!r}.").format(name=province),
            fix=_("Did you mean {name!r}?").format(name=close[0]) if close else None,
        )
    layout = widgets.Layout(width="98%")
    style = {"description_width": "initial"}
    controls = {
        "measure": widgets.Dropdown(
            options=[(_(label), key) for key, label in MEASURES.items()],
            value=measure,
            description=_("Measure"),
            layout=layout,
            style=style,
        ),
        "group": widgets.Dropdown(
            options=_group_options(measure),
            value="total",
            description=_("Group"),
            layout=layout,
            style=style,
        ),
        "year": widgets.Dropdown(
            options=_year_options(measure),
            value=years(measure)[-1],
            description=_("Year"),
            layout=layout,
            style=style,
        ),
        "province": widgets.Dropdown(
            options=[(_("(none)"), NONE), *((p, p) for p in _provinces())],
            value=province or NONE,
            description=_("Highlight province"),
            layout=layout,
            style=style,
        ),
    }
    holder: dict[str, Explorer] = {}

    def rescope(change: dict) -> None:
        """A new measure brings its own groups and years; keep the old ones where they exist."""
        new = change["new"]
        explorer = holder.get("explorer")
        with explorer.quiet() if explorer else nullcontext():
            group, year = controls["group"].value, controls["year"].value
            controls["group"].options = _group_options(new)
            controls["group"].value = group if group in groups(new) else "total"
            controls["year"].options = _year_options(new)
            controls["year"].value = year if year in years(new) else years(new)[-1]

    controls["measure"].observe(rescope, names="value")  # before the explorer's observer

    def draw(measure: str, group: str, year: int, province: str) -> Chart:
        if not remember:
            return draw_ranking(measure, group, year, province)
        r = _lookup(measure, group, year)  # a CourseError for an impossible choice
        return _cached(measure, group, r.year, province or NONE, i18n.language())

    explorer = Explorer(
        controls,
        draw,
        description=_(
            "Choose a measure and highlight your own province. Then switch the group to "
            "'rural': which provinces fall furthest below the dashed national line?"
        ),
    )
    holder["explorer"] = explorer
    return explorer


def indonesia_bench() -> Explorer:
    """The explorer as the benchmark uses it: every chart drawn afresh."""
    return indonesia_explorer("internet", "Papua", remember=False)


BENCH = [
    (
        indonesia_bench,
        [
            {"group": "rural"},
            {"group": "urban"},
            {"province": "DI Yogyakarta"},
            {"measure": "skills"},
            {"year": 2015},
            {"measure": "no_signal"},
            {"province": "Papua"},
            {"measure": "devices"},
            {"measure": "internet"},
            {"group": "total"},
        ],
    )
]


# --- campaigns -----------------------------------------------------------------------


def indonesian_campaigns() -> pd.DataFrame:
    """The lesson's Indonesian campaigns, in the student's language, with their sources."""
    from medsos.data import load

    campaigns = load("campaigns")
    mine = campaigns[campaigns["country"] == "Indonesia"].sort_values("start_date")
    return pd.DataFrame(
        {
            _("hashtag"): mine["hashtag"].to_numpy(),
            _("start"): [i18n.date(d) for d in mine["start_date"]],
            _("platforms"): [p.replace(";", ", ") for p in mine["platforms"]],
            _("description"): mine[i18n.column("description")].to_numpy(),
            _("source"): mine["source_url"].to_numpy(),
        }
    )


def _series(series_id: str) -> tuple[pd.Series, pd.Series]:
    """A series (by date) and its row of series.csv."""
    from medsos.data import load, series

    info = load("series").set_index("series_id")
    return series(series_id).sort_index(), info.loc[series_id]


def _hashtag(campaign_id: str) -> str:
    from medsos.data import load

    campaigns = load("campaigns").set_index("campaign_id")
    return str(campaigns.loc[campaign_id, "hashtag"])


def plot_indonesian_campaigns() -> Chart:
    """#ReformasiDikorupsi (2019) and #PercumaLaporPolisi (2021), each scaled to its highest day.

    Both daily series are *reconstructed*: only their totals (and, for 2019, the peak
    day) were published. Drawing them side by side compares two assumed shapes as much
    as two campaigns, and the caption says exactly which parts are assumptions.
    """
    chart = Chart(
        _("Two Indonesian hashtags, each scaled to its own highest day"),
        _("Days since the first day of the series"),
        _("Tweets per day (highest day = 100)"),
        _("Source: {sources}").format(
            sources="; ".join(_series(s)[1]["source"] for s in INDONESIAN_SERIES)
        ),
        kind="reconstructed",
    )
    for series_id, colour in zip(INDONESIAN_SERIES, (PALETTE[0], PALETTE[1]), strict=True):
        values, info = _series(series_id)
        days = (values.index - values.index[0]).days
        scaled = values / values.max() * 100
        label = _("{hashtag} from {start}").format(
            hashtag=_hashtag(info["campaign_id"]), start=i18n.date(values.index[0])
        )
        chart.line(days, scaled, label=label, kind="reconstructed", colour=colour, marker="o")
        chart.note(f"{_hashtag(info['campaign_id'])}: {info[i18n.column('note')]}")
    chart.ax.set_ylim(0, 150)
    chart.ax.set_yticks(range(0, 101, 20))
    chart.ax.set_xticks(range(0, 13, 2))
    chart.legend_loc = "upper right"
    chart.alt = _(
        "{title}. Two dashed lines, both reconstructed from published totals: the 2019 line "
        "rises to its highest day on day 5 and falls; the 2021 line starts at its highest day "
        "and halves every two days. {notes}"
    ).format(title=chart.title, notes=" ".join(chart._notes))
    return chart


def plot_indonesia_hashtag_counts() -> Chart:
    """The published tweet counts behind the Indonesian series, counter-hashtag included."""
    from medsos.data import load

    figures = load("published_figures").set_index("figure_id")
    rows = figures.loc[list(HASHTAG_FIGURES)]
    labels = [
        _("#ReformasiDikorupsi\n19 Sep – 1 Oct 2019"),
        _("#PercumaLaporPolisi\nby 17 Oct 2021"),
        _("#PolriSesuaiProsedur\nby 11 Oct 2021"),
    ]
    chart = Chart(
        _("Published tweet counts of three Indonesian hashtags"),
        _("Hashtag and period"),
        _("Tweets"),
        _("Source: {sources}").format(sources="; ".join(dict.fromkeys(rows["source"]))),
        kind="published",
    )
    chart.bars(
        labels,
        rows["value"].astype(float).tolist(),
        colours=[PALETTE[0], PALETTE[1], MUTED],
        kind="published",
    )
    chart.ax.set_ylim(0, float(rows["value"].max()) * 1.15)
    chart.ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: compact(v, 1e3)))
    chart.note(
        _(
            "Three counters, three periods: Netray's own collection (2019), Twitter's counter as "
            "reported by Tribun Kaltim, and detikNews. Compare orders of magnitude, not exact sizes."
        )
    )
    chart.note(
        _("Data: {sources}.").format(
            sources="; ".join(
                f"{s} ({u})"
                for s, u in dict.fromkeys(zip(rows["source"], rows["url"], strict=True))
            )
        )
    )
    chart.alt = _(
        "{title}. Bars: #ReformasiDikorupsi {a} tweets (Netray, 19 September – 1 October 2019); "
        "#PercumaLaporPolisi {b} tweets (Twitter via Tribun Kaltim, by 17 October 2021); "
        "police counter-hashtag #PolriSesuaiProsedur {c} tweets (detikNews, 11 October 2021)."
    ).format(
        title=chart.title,
        a=i18n.number(rows.loc["reformasidikorupsi-01", "value"]),
        b=i18n.number(rows.loc["percumalaporpolisi-01", "value"]),
        c=i18n.number(rows.loc["percumalaporpolisi-02", "value"]),
    )
    return chart


# --- who is online: APJII and ITU ----------------------------------------------------


def apjii_figures() -> pd.DataFrame:
    """APJII's published penetration figures present in the data (may be empty)."""
    from medsos.data import load

    figures = load("published_figures")
    return figures[figures["figure_id"].str.startswith("indonesia_internet-apjii-")].copy()


def _apjii_value(figures: pd.DataFrame, suffix: str) -> float | None:
    hit = figures[figures["figure_id"] == f"indonesia_internet-apjii-{suffix}"]
    return None if hit.empty else float(hit["value"].iloc[0])


def _digits(value: float) -> int:
    """Decimals a published percentage needs: 79.5 → 1, 77.01 → 2, 74 → 0."""
    for digits in (0, 1, 2):
        if abs(round(value, digits) - value) < 1e-9:
            return digits
    return 2


def plot_apjii_penetration(since: int = 2005) -> Chart:
    """Indonesia online over time: the ITU series (line) and APJII's surveys (dots).

    The two do not measure the same thing in the same way (APJII: its own survey, 8,720
    face-to-face interviews in 2024; ITU: the share of individuals using the internet,
    compiled by the World Bank and Our World in Data), so the chart keeps them apart
    and names both sources.
    """
    from medsos.data import load, source_of

    itu = load("internet_use").query("iso3 == 'IDN' and year >= @since").sort_values("year")
    apjii = apjii_figures()
    chart = Chart(
        _("Indonesia online: two ways of counting"),
        _("Year"),
        _("% of population using the internet"),
        _("Source: ITU via World Bank and Our World in Data; APJII surveys"),
        kind="observed",
    )
    chart.note(source_of("internet_use") + " (https://ourworldindata.org/internet).")
    if not apjii.empty:
        chart.note(_("APJII survey: {url}").format(url=apjii["url"].iloc[0]))
    chart.line(
        itu["year"], itu["internet_pct"], label=_("ITU / World Bank (OWID)"), colour=PALETTE[0]
    )
    last = itu.iloc[-1]
    chart.ax.annotate(
        f"{i18n.number(last['internet_pct'], 1)}%",
        xy=(last["year"], last["internet_pct"]),
        xytext=(6, -4),
        textcoords="offset points",
        fontsize=11,
        color=PALETTE[0],
        va="top",
    )
    points = [(y, _apjii_value(apjii, str(y))) for y in APJII_YEARS]
    points = [(y, v) for y, v in points if v is not None]
    if points:
        xs, ys = zip(*points, strict=True)
        chart.ax.plot(xs, ys, "s", color=PALETTE[1], markersize=8, label=_("APJII survey"))
        chart._kinds_drawn.add("published")
        for n, (x, y) in enumerate(points):
            below = n % 2 == 1 and n == len(points) - 2  # keep neighbouring labels apart
            chart.ax.annotate(
                i18n.number(y, _digits(y)),
                xy=(x, y),
                xytext=(0, -16 if below else 8),
                textcoords="offset points",
                ha="center",
                fontsize=10,
                color=PALETTE[1],
            )
        chart.note(
            _(
                "APJII and ITU measure differently: compare each source with itself over time, "
                "not one with the other."
            )
        )
    else:
        chart.note(_("APJII's figures are not in the data yet."))
    chart.ax.set_ylim(0, 100)
    chart.ax.set_xlim(since - 0.5, max(2024, int(itu["year"].max())) + 1.5)
    chart.ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    chart.alt = _(
        "{title}. Line: ITU's share of Indonesians using the internet, {first}% in {y0} to "
        "{last}% in {y1}. Squares: APJII's survey figures, {apjii}. {caption}"
    ).format(
        title=chart.title,
        first=i18n.number(itu["internet_pct"].iloc[0], 1),
        y0=int(itu["year"].iloc[0]),
        last=i18n.number(itu["internet_pct"].iloc[-1], 1),
        y1=int(itu["year"].iloc[-1]),
        apjii=", ".join(f"{y}: {i18n.number(v, _digits(v))}%" for y, v in points) or "-",
        caption=chart.caption(),
    )
    return chart


def plot_apjii_groups() -> Chart:
    """APJII 2024 by group (men, women, rural, urban) against its overall 79.5%.

    Left as published on purpose: men *and* women both lie above the overall figure,
    which no average of the two can do, so those two cannot share the overall figure's
    base. The caption asks students to notice it (exercise 05-apjii-base).
    """
    apjii = apjii_figures()
    overall = _apjii_value(apjii, "2024")
    values = [_apjii_value(apjii, f"2024-{g}") for g in APJII_GROUPS]
    chart = Chart(
        _("APJII 2024: internet penetration by group"),
        _("Group"),
        _("% using the internet (APJII)"),
        _("Source: APJII survey 2024 ({url})").format(
            url=apjii["url"].iloc[0] if not apjii.empty else "https://apjii.or.id"
        ),
        kind="published",
    )
    if overall is None or any(v is None for v in values):
        chart.message(_("APJII's figures are not in the data yet."))
        return chart
    chart.bars(
        [_(APJII_GROUP_LABELS[g]) for g in APJII_GROUPS],
        values,
        colours=[PALETTE[0], PALETTE[0], PALETTE[2], PALETTE[2]],
        kind="published",
        digits=1,
    )
    chart.ax.axhline(overall, color=NATIONAL_COLOUR, linestyle="--", linewidth=1.4)
    chart.ax.text(
        0.01,
        0.98,
        _("- - -  overall {value}%").format(value=i18n.number(overall, 1)),
        transform=chart.ax.transAxes,
        ha="left",
        va="top",
        fontsize=11,
        color=NATIONAL_COLOUR,
    )
    chart.ax.set_ylim(0, 112)
    chart.ax.set_yticks(range(0, 101, 20))
    chart.alt = _(
        "{title}. Bars: men {men}%, women {women}%, rural {rural}%, urban {urban}%; dashed line: "
        "overall {overall}%. {source}"
    ).format(
        title=chart.title,
        men=i18n.number(values[0], 1),
        women=i18n.number(values[1], 1),
        rural=i18n.number(values[2], 1),
        urban=i18n.number(values[3], 1),
        overall=i18n.number(overall, 1),
        source=chart.source,
    )
    chart.note(
        _(
            "Dashed line: APJII's overall penetration in 2024. Men and women are both above it: "
            "check the report for the base of each figure before comparing them."
        )
    )
    return chart
