"""Charts that always say what they show, where the numbers come from, and how sure we are.

Every chart in the course is a :class:`Chart`. Making one asks for the things a reader
needs and a quick plot forgets: a title, axis labels with units, a source line, and the
*kind* of data (observed, reconstructed, simulated). Reconstructed and simulated series
are drawn dashed or dotted and the chart carries a visible badge, so nobody mistakes a
model for a measurement.

A Chart shows itself as an HTML ``<figure>``: the picture with its alt text and a
caption. That survives into exported HTML pages and slides, where a bare matplotlib
image would lose its alt text. The source is stated once, drawn under the chart and
wrapped to its width (a screenshot keeps it, nothing is cut off); the caption holds the
notes and the data's addresses (:meth:`Chart.cite`), not the source again.

Layout is the chart layer's job, not the widgets': legends go in a corner where they
cover nothing, or under the plot (:mod:`medsos.chartlayout`); milestone labels sit in
rows above the curve (:meth:`Chart.plan_milestones`); long row labels get room through
``label_room``; titles and axis titles are never cut off.

    chart = Chart(title="...", xlabel="Date", ylabel="Page views per day",
                  source=ms.source_of("attention"))
    chart.line(days, views, label="Hong Kong 2019", kind="observed")
    chart          # shows it
"""

from __future__ import annotations

import base64
import functools
import html
import io
import re
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.spines import Spine
from matplotlib.text import Text
from matplotlib.ticker import FixedLocator, FuncFormatter, MaxNLocator

from medsos import chartlayout, i18n
from medsos.errors import CourseError
from medsos.i18n import N_, _

# Okabe & Ito (2008), "Color Universal Design": distinguishable with the common forms of
# colour blindness, and in greyscale when paired with line styles.
PALETTE: tuple[str, ...] = (
    "#0072B2",  # blue
    "#D55E00",  # vermillion
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#E69F00",  # orange
    "#56B4E9",  # sky blue
    "#000000",  # black
    "#F0E442",  # yellow (last: low contrast on white)
)
HIGHLIGHT = "#D55E00"
MUTED = "#999999"

KINDS: dict[str, dict[str, object]] = {
    "observed": {"linestyle": "-", "badge": None},
    "published": {"linestyle": "-", "badge": None},
    "reconstructed": {
        "linestyle": "--",
        "badge": N_("RECONSTRUCTED from published figures"),
    },
    "simulated": {"linestyle": ":", "badge": N_("SIMULATED: a model, not a measurement")},
    "mixed": {"linestyle": "-", "badge": N_("Partly RECONSTRUCTED: see legend")},
}
KIND_LABELS = {
    "observed": N_("observed"),
    "published": N_("published figure"),
    "reconstructed": N_("reconstructed"),
    "simulated": N_("simulated"),
}

# Sizes chosen to stay readable on a projector at the back of a room.
STYLE = {
    "font.size": 13,
    "axes.titlesize": 16,
    "axes.titleweight": "bold",
    # a fixed title position: matplotlib otherwise measures the axes on every draw (~25 ms)
    "axes.titley": 1.0,
    "axes.labelsize": 13,
    "xtick.labelsize": 12,
    "ytick.labelsize": 12,
    "legend.fontsize": 12,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.alpha": 0.3,
    "lines.linewidth": 2.2,
}

WIDTH, HEIGHT, DPI = 9.0, 4.8, 100
MARGINS = {"left": 0.11, "right": 0.98, "top": 0.89, "bottom": 0.2}
SOURCE_SIZE = 11  # pt, the source line under the chart (15.3 px: readable on a slide)
SOURCE_LINE = SOURCE_SIZE * 1.3 / 72  # inches per line of the source
LABEL_SIZE = 11  # pt, milestone labels (the smallest text of a chart: 11 pt)
LANE_HEIGHT = 0.085  # of the axes' height: one row of milestone labels
COLUMN_ROWS = 18  # a list of more rows than this is drawn in two columns side by side
COLUMN_GAP = 30  # px between one column's plot and the next column's names
HEADER_ROW = 1.6  # rows above the first row: the columns' headers (and marks' labels)


def kind_label(kind: str) -> str:
    """The translated word for a kind of data (``observed``, ``reconstructed``, ...)."""
    return _(KIND_LABELS.get(kind, kind))


def _after_question(text: str) -> str:
    """No full stop after a title's own question or exclamation mark ("… world?. Simulated")."""
    return re.sub(r"([?!])\.(?=\s|$)", r"\1", text)


class Chart:
    """A matplotlib figure that cannot be shown without title, labels, source and alt text.

    Parameters are the things a reader needs: ``title``, ``xlabel`` and ``ylabel``
    (with units, e.g. "Page views per day"), ``source`` (drawn under the chart, wrapped
    to its width, the one place it is stated), ``kind`` of the data overall, and
    optionally ``alt`` (alt text; written from the title, axes and source when not
    given). Layout: ``size`` in inches (title and source bands keep their height in
    inches when the figure is taller), ``label_room`` (the left margin, as a fraction of
    the width, for long row labels such as province names: the title then starts at the
    figure's left edge) or ``margins`` (all four, as for ``subplots_adjust``).

    >>> chart = Chart("Views", "Date", "Views per day", "Source: Wikimedia")
    >>> chart.line([1, 2, 3], [5, 9, 4], label="Hong Kong").caption()
    ''
    >>> chart.cite([("Wikimedia", "https://wikimedia.org")]).caption()
    'Data online: https://wikimedia.org'
    >>> chart.png()[:4]
    b'\\x89PNG'
    """

    def __init__(
        self,
        title: str,
        xlabel: str,
        ylabel: str,
        source: str,
        *,
        kind: str = "observed",
        alt: str | None = None,
        size: tuple[float, float] = (WIDTH, HEIGHT),
        margins: dict[str, float] | None = None,
        label_room: float | None = None,
    ) -> None:
        missing = [
            name
            for name, value in (
                ("title", title),
                ("xlabel", xlabel),
                ("ylabel", ylabel),
                ("source", source),
            )
            if not str(value or "").strip()
        ]
        if missing:
            raise CourseError(
                _("A chart needs a title, both axis labels and a source; missing: {names}.").format(
                    names=", ".join(missing)
                ),
                fix=_("Pass every one of them to Chart(...)."),
            )
        if kind not in KINDS:
            raise CourseError(
                _("Unknown kind of data {kind!r}.").format(kind=kind),
                fix=_("Use one of: {kinds}.").format(kinds=", ".join(KINDS)),
            )
        self.title, self.xlabel, self.ylabel, self.source = title, xlabel, ylabel, source
        self.kind = kind
        self._alt = alt
        self._kinds_drawn: set[str] = set()
        self._notes: list[str] = []
        self._links: list[str] = []
        self._clear: list[tuple[float, float, float, float]] = []  # boxes, axes fractions
        self._names_header: float | None = None
        self._names_header_text: str | None = None
        self._names_header_x = -0.012  # axes fraction: where the names' header ends
        self._header_legend = False  # rows in columns: the legend may go in the header row
        self._columns: RowColumns | None = None
        self._source_text = None
        self._badge = None
        self._rendered: dict[str, bytes] = {}  # "png", "webp": until something is drawn
        with _style():
            self.fig = Figure(figsize=size, dpi=DPI)
            FigureCanvasAgg(self.fig)
            self.ax = self.fig.add_subplot()
        self._colour = 0
        # "auto": the first corner where the legend covers nothing, else outside the axes
        self.legend_loc: str | tuple[float, float] = "auto"
        self.margins = dict(margins or MARGINS)  # widen "left" when tick labels are long
        # default margins are for a 4.8-inch figure; given ones are for this figure
        self._scale_bands = margins is None
        if label_room is not None:
            self.margins["left"] = label_room

    # --- drawing -------------------------------------------------------------------
    def next_colour(self) -> str:
        """The next colour of the palette (so series keep distinct colours)."""
        colour = PALETTE[self._colour % len(PALETTE)]
        self._colour += 1
        return colour

    def drew(self, kind: str) -> Chart:
        """Say that something of this kind was drawn straight on ``chart.ax`` (for the badge)."""
        self._kinds_drawn.add(kind)
        self._rendered = {}
        return self

    @property
    def kinds_drawn(self) -> frozenset[str]:
        """The kinds of data drawn so far (observed, reconstructed, ...)."""
        return frozenset(self._kinds_drawn)

    def line(
        self,
        x: Iterable,
        y: Iterable,
        *,
        label: str | None = None,
        kind: str = "observed",
        colour: str | None = None,
        **style: object,
    ) -> Chart:
        """Draw one series; reconstructed/simulated series are dashed/dotted and say so."""
        self._kinds_drawn.add(kind)
        if label and kind in ("reconstructed", "simulated"):
            label = f"{label} ({kind_label(kind)})"
        style.setdefault("linestyle", KINDS.get(kind, KINDS["observed"])["linestyle"])
        self.ax.plot(list(x), list(y), label=label, color=colour or self.next_colour(), **style)
        self._rendered = {}
        return self

    def bars(
        self,
        labels: Sequence[str],
        values: Sequence[float],
        *,
        horizontal: bool = False,
        colours: Sequence[str] | str | None = None,
        kind: str = "observed",
        value_labels: bool = True,
        digits: int = 0,
        fmt: Callable[[float], str] | None = None,
        width: float = 0.8,
        value_size: float = 11,
        inside: bool = False,
    ) -> Chart:
        """Draw bars with their values written on them (easier to read than gridlines).

        ``fmt`` writes a value (default: the language's number format with ``digits``);
        ``inside=True`` writes it in the middle of the bar, in white (when a line crosses
        the bars' tops, e.g. an overall figure).
        """
        self._kinds_drawn.add(kind)
        colours = colours or PALETTE[0]
        hatch = "//" if kind in ("reconstructed", "simulated") else None
        if horizontal:
            drawn = self.ax.barh(
                list(labels), list(values), height=width, color=colours, hatch=hatch
            )
            self.ax.invert_yaxis()
            self.ax.grid(axis="y", visible=False)
        else:
            drawn = self.ax.bar(list(labels), list(values), width=width, color=colours, hatch=hatch)
            self.ax.grid(axis="x", visible=False)
        if value_labels:
            write = fmt or (lambda v: i18n.number(v, digits))
            self.ax.bar_label(
                drawn,
                labels=[write(v) for v in values],
                label_type="center" if inside else "edge",
                padding=0 if inside else 3,
                fontsize=value_size,
                color="white" if inside else None,
                fontweight="bold" if inside else None,
            )
        self._rendered = {}
        return self

    def mark(self, when: object, label: str, *, colour: str = MUTED, y: float = 0.97) -> Chart:
        """A vertical line with a short label, for a milestone on a time axis."""
        x = pd.Timestamp(when) if not isinstance(when, int | float) else when
        self.ax.axvline(x, color=colour, linewidth=1.2, linestyle="-", alpha=0.8, zorder=0)
        self.ax.annotate(
            label,
            xy=(x, y),
            xycoords=("data", "axes fraction"),
            rotation=90,
            ha="right",
            va="top",
            fontsize=LABEL_SIZE,
            color="#333333",
        )
        self._rendered = {}
        return self

    def note(self, text: str) -> Chart:
        """Add a sentence to the caption (e.g. "Rank 1 = the most used word that day")."""
        self._notes.append(text)
        return self

    @property
    def notes(self) -> tuple[str, ...]:
        """The caption's sentences so far, in order."""
        return tuple(self._notes)

    def cite(self, sources: Iterable[tuple[str, str]]) -> Chart:
        """Where the data are online: (source, URL) pairs; each URL is listed once.

        The source's *name* is already drawn under the chart; the caption adds only the
        addresses (too long for the picture), so the source is never said twice.
        """
        for _name, url in sources:
            url = str(url or "").strip()
            if url and url not in self._links:
                self._links.append(url)
        return self

    def keep_clear(self, x0: float, x1: float, y0: float, y1: float) -> Chart:
        """Keep the legend out of this box (axes fractions), e.g. labels drawn as text."""
        self._clear.append((x0, x1, y0, y1))
        return self

    def label_names_column(self, y: float) -> Chart:
        """Write the y-axis title level, bold, at ``y`` (axes fraction) above a column of names.

        For charts whose rows are named in a column of text left of the axes (provinces).
        """
        self._names_header = y
        return self

    def rows_in_columns(
        self,
        names: Sequence[str],
        *,
        size: float,
        span: float,
        ticks: Sequence[float] | None = None,
        fmt: Callable[[float], str] | None = None,
        max_rows: int = COLUMN_ROWS,
    ) -> RowColumns:
        """Lay out a list of named rows (top to bottom), in two columns when it is long.

        A list of more than ``max_rows`` rows (34 provinces) drawn in one column on a
        16:9 slide leaves each name about 10 px high; in two columns side by side, first
        half on the left, the figure keeps its usual shape and its names their size. Each
        column has its names on its left (``size`` pt, measured so none is cut off), the
        same x scale 0–``span`` (``ticks``, written by ``fmt``) and a header above its
        names: the y-axis title with the ranks it holds ("Province: 1–17"). One axes for
        all columns (a second one would double the drawing): column ``c`` starts at x =
        ``c * plan.offset``. Draw with the returned :class:`RowColumns` (``plan.x``,
        ``plan.y``, ``plan.name_x``); the first column's names sit at ``plan.name_x(0)``.
        """
        count = len(names)
        columns = 2 if count > max_rows else 1
        per_column = -(-count // columns) if count else 1
        width = self.fig.get_figwidth() * DPI
        label_size = STYLE["axes.labelsize"]
        headers, names_px = [], []
        for c in range(columns):
            rows = range(c * per_column, min(count, (c + 1) * per_column))
            # the y-axis title heads the first column; each column says which rows it holds
            header = self.ylabel
            if columns > 1 and c == 0:
                header = _("{label}: {first}–{last}").format(
                    label=self.ylabel, first=rows.start + 1, last=rows.stop
                )
            elif columns > 1:
                header = f"{rows.start + 1}–{rows.stop}"
            headers.append(header)
            # each column as wide as its own longest name; bold is ~10 % wider than regular
            names_px.append(
                max(
                    [_text_width(str(names[i]), size) for i in rows]
                    + [_text_width(header, label_size) * 1.1]
                )
            )
        write = fmt or (lambda v: i18n.number(v))
        if ticks is None:
            ticks = [t for t in MaxNLocator(nbins=4).tick_values(0, span) if 0 <= t <= span]
        # the last tick's label is centred on the scale's end: half of it must fit
        half_tick = _text_width(write(ticks[-1]), STYLE["xtick.labelsize"]) / 2 if ticks else 0
        right = min(self.margins.get("right", MARGINS["right"]), 1 - (half_tick + 6) / width)
        pad = 8.0  # px between a name and its column's 0
        left = (0.01 * width + names_px[0] + pad) / width
        plot = (right - left) * width - sum(COLUMN_GAP + px + pad for px in names_px[1:])
        plot /= columns
        per_px = span / plot
        starts = [0.0]
        for px in names_px[1:]:
            starts.append(starts[-1] + (plot + COLUMN_GAP + px + pad) * per_px)
        self.margins["left"], self.margins["right"] = left, right
        plan = RowColumns(
            count, per_column, float(span), tuple(starts), pad * per_px, tuple(map(str, names))
        )
        ax = self.ax
        ax.set_yticks([])
        ax.grid(axis="y", visible=False)
        ax.set_ylim(per_column - 0.45, -HEADER_ROW)
        ax.set_xlim(0, plan.starts[-1] + span)
        ax.xaxis.set_major_locator(
            FixedLocator([start + t for start in plan.starts for t in ticks])
        )
        ax.xaxis.set_major_formatter(
            FuncFormatter(lambda v, _pos: write(v - plan.starts[plan.column_at(v)]))
        )
        ax.spines["left"].set_visible(True)
        ax.spines["bottom"].set_bounds(0, span)
        for c, start in enumerate(plan.starts[1:], start=1):
            base = Spine.linear_spine(ax, "bottom")
            base.set_position(("outward", 0))
            base.set_bounds(start, start + span)
            side = Spine.linear_spine(ax, "left")
            side.set_position(("data", start))
            ax.spines[f"bottom{c}"], ax.spines[f"left{c}"] = base, side
        self.label_names_column(1 - 0.55 / (per_column - 0.45 + HEADER_ROW))
        self._names_header_x = -pad / ((right - left) * width)
        self._names_header_text = headers[0]
        self._header_legend = columns > 1
        self._columns = plan
        for c, header in enumerate(headers[1:], start=1):
            ax.text(
                plan.name_x(c),
                0.55 - HEADER_ROW,
                header,
                ha="right",
                va="center",
                fontsize=label_size,
                fontweight="bold",
            )
        return plan

    @property
    def columns_plan(self) -> RowColumns | None:
        """The layout of a chart of rows (:meth:`rows_in_columns`), or None."""
        return self._columns

    def columns_text(self) -> str:
        """A sentence for the alt text when the rows are in two columns, else ""."""
        plan = self._columns
        if plan is None or plan.columns < 2:
            return ""
        (first, middle), (after, last) = plan.ranks(0), plan.ranks(1)
        return _(
            "The rows are in two columns: {first}–{middle} on the left, {after}–{last} on the right."
        ).format(first=first, middle=middle, after=after, last=last)

    def row_points(self) -> float:
        """The height of one row of a chart of rows (:meth:`rows_in_columns`), in points."""
        low, high = self.ax.get_ylim()
        margins = self._layout_margins()
        height = self._layout_height() * (margins["top"] - margins["bottom"])
        return height * 72 / abs(low - high)

    def message(self, text: str) -> Chart:
        """Write a friendly message in the middle of an empty chart (e.g. no data in range)."""
        self.ax.text(
            0.5,
            0.5,
            text,
            ha="center",
            va="center",
            fontsize=14,
            wrap=True,
            transform=self.ax.transAxes,
            color="#333333",
        )
        self.ax.set_xticks([])
        self.ax.set_yticks([])
        self._rendered = {}
        return self

    # --- axes helpers --------------------------------------------------------------
    def dates_on_x(self) -> Chart:
        """Date ticks in the student's language ("16 Okt" / "16 Oct", then years)."""
        locator = mdates.AutoDateLocator(minticks=4, maxticks=8)
        self.ax.xaxis.set_major_locator(locator)
        self.ax.xaxis.set_major_formatter(FuncFormatter(_date_tick))
        return self

    def thousands_on_y(self) -> Chart:
        """Y tick labels with the language's thousands separator (1.000.000 / 1,000,000)."""
        self.ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: i18n.number(v)))
        return self

    def percent_on(self, axis: str = "y", top: float = 100.0) -> Chart:
        """A 0–``top`` axis with "%" ticks (``axis`` "x" for horizontal bars)."""
        (self.ax.set_ylim if axis == "y" else self.ax.set_xlim)(0, top)
        target = self.ax.yaxis if axis == "y" else self.ax.xaxis
        target.set_major_formatter(FuncFormatter(lambda v, _pos: f"{v:.0f}%"))
        return self

    def log_y(self) -> Chart:
        """Logarithmic y axis: equal steps are equal *ratios* (×10), good for bursts."""
        self.ax.set_yscale("log")
        return self

    # --- milestones on a time axis ------------------------------------------------
    def plan_milestones(
        self, marks: Sequence[tuple[object, str]], xlim: tuple[float, float]
    ) -> MilestonePlan:
        """Rows above the curve for milestone labels ``(date, text)`` on an x range.

        Call before setting the y limits: ``plan.headroom`` is the share of the plot's
        height the rows need, so the curve can stay below them. Then draw them with
        :meth:`draw_milestones`. Labels that find no row are numbered instead.
        """
        width_px = self.fig.get_figwidth() * DPI * (self.margins["right"] - self.margins["left"])
        xs, spots = [], []
        for when, text in marks:
            x = float(mdates.date2num(pd.Timestamp(when)))
            frac = (x - xlim[0]) / (xlim[1] - xlim[0])
            xs.append(x)
            spots.append((frac, (_text_width(text, LABEL_SIZE) + 8) / width_px))
        places = chartlayout.place_labels(spots) if spots else []
        return MilestonePlan(
            tuple(xs), tuple(t for _w, t in marks), tuple(spots), tuple(places), width_px
        )

    def draw_milestones(
        self,
        plan: MilestonePlan,
        lines: Sequence[tuple[np.ndarray, np.ndarray]],
        ylim: tuple[float, float],
        *,
        log: bool = False,
    ) -> list[str]:
        """Draw planned milestones: a white dot on the highest line that day, labels in rows.

        ``lines`` are the (x, y) arrays drawn (x as matplotlib date numbers). Returns the
        caption's key: every label, numbered ones as "(1) …". Labels and their leader
        lines are kept clear of the legend.
        """
        ax = self.ax
        key: list[str] = []
        dots_x, dots_y, lines_x, lines_y = [], [], [], []
        number = 0
        for xm, text, (frac, width), where in zip(
            plan.xs, plan.texts, plan.spots, plan.places, strict=True
        ):
            ym_frac, ym = 0.0, ylim[0]  # no value that day: the dot sits on the axis
            for x, y in lines:  # on the line that is highest on the chart that day (±3 days)
                j = int(np.searchsorted(x, xm))
                near = [k for k in (j - 1, j) if 0 <= k < len(x) and abs(x[k] - xm) <= 3]
                if not near:
                    continue
                k = min(near, key=lambda k: abs(x[k] - xm))
                value = float(y[k])
                if log and value <= 0:
                    continue
                value_frac = float(_axes_fraction(np.array([value]), ylim[0], ylim[1], log)[0])
                if value_frac >= ym_frac:
                    ym_frac, ym = value_frac, value
            if where is None:
                number += 1
                key.append(f"({number}) {text}")
                ax.annotate(
                    f"({number})",
                    xy=(xm, ym),
                    xytext=(0, 9),
                    textcoords="offset points",
                    ha="center",
                    va="bottom",
                    fontsize=LABEL_SIZE,
                    fontweight="bold",
                    color="#1a1a1a",
                    zorder=7,
                )
                self.keep_clear(frac - 0.02, frac + 0.02, ym_frac, ym_frac + 0.1)
            else:
                lane, left = where
                key.append(text)
                y_text = 1 - 0.015 - lane * LANE_HEIGHT
                lines_x += [xm, xm, np.nan]
                lines_y += [ym_frac, y_text, np.nan]
                xlim = ax.get_xlim()
                x_text = xlim[0] + (left + 4 / plan.width_px) * (xlim[1] - xlim[0])
                ax.text(
                    x_text,
                    y_text,
                    text,
                    transform=ax.get_xaxis_transform(),
                    ha="left",
                    va="top",
                    fontsize=LABEL_SIZE,
                    color="#1a1a1a",
                    zorder=6,
                    bbox={
                        "boxstyle": "round,pad=0.2",
                        "facecolor": "white",
                        "edgecolor": "#bbbbbb",
                        "linewidth": 0.6,
                    },
                )
                self.keep_clear(left, left + width, y_text - LANE_HEIGHT, y_text)
            dots_x.append(xm)
            dots_y.append(ym)
        # one artist for every leader line and one for every dot: cheaper than one each
        if lines_x:
            ax.plot(
                lines_x,
                lines_y,
                transform=ax.get_xaxis_transform(),
                color="#666666",
                linewidth=0.9,
                linestyle=":",
                zorder=2,
                scalex=False,
                scaley=False,
            )
        if dots_x:
            ax.plot(
                dots_x,
                dots_y,
                marker="o",
                markersize=8,
                markerfacecolor="white",
                markeredgecolor="#1a1a1a",
                markeredgewidth=1.6,
                linestyle="none",
                zorder=6,
                clip_on=False,
                scalex=False,
                scaley=False,
            )
        self._rendered = {}
        return key

    # --- output --------------------------------------------------------------------
    def _finish(self, renderer=None) -> None:  # noqa: ANN001 - a matplotlib renderer
        """Title, axis titles, legend, source line and badge, laid out for the figure's size.

        ``renderer`` measures the texts (the figure's own canvas when not given; any Agg
        renderer at the figure's dpi measures the same).
        """
        ax, fig = self.ax, self.fig
        fig.set_figheight(self._layout_height())
        margins = self._layout_margins()
        # Fixed margins instead of a layout engine: a layout engine costs ~80 ms a draw,
        # which widgets cannot afford (goal: an update in under 100 ms).
        fig.subplots_adjust(**margins)
        left, right = margins["left"], margins["right"]
        names_left = left > 0.2 or self._names_header is not None  # names left of the axes
        title_x = (0.01 - left) / (right - left) if names_left else 0.0
        title = ax.set_title(self.title, loc="left", x=title_x)
        _fit_title(title, ax, fig, left, right, renderer)
        ax.set_xlabel(self.xlabel)
        ax.set_ylabel(self._names_header_text or self.ylabel)
        if self._names_header is None:
            # an axis title longer than the axis is written on two lines, not cut off
            tall = fig.bbox.height * (margins["top"] - margins["bottom"])
            if _text_width(self.ylabel, STYLE["axes.labelsize"]) > tall:
                ax.set_ylabel(_two_lines(self.ylabel))
        if self._names_header is not None:
            ax.yaxis.label.set(rotation=0, ha="right", va="center", fontweight="bold")
            ax.yaxis.set_label_coords(self._names_header_x, self._names_header)
        for old in list(fig.legends):  # drawn again: one legend only
            old.remove()
        if ax.get_legend_handles_labels()[0]:
            self._place_legend(margins, renderer)
        # The source line lives *in* the image, wrapped to its width: a screenshot keeps it.
        if self._source_text is None:
            self._source_text = fig.text(
                0.01, 0.01, "", ha="left", va="bottom", fontsize=SOURCE_SIZE, color="#444444"
            )
        self._source_text.set_text("\n".join(self._source_lines()))
        badge_kind = self.badge_kind()
        badge = KINDS[badge_kind]["badge"] if badge_kind else None
        if self._badge is not None:  # finished again after more was drawn: one badge
            self._badge.remove()
            self._badge = None
        if badge:
            label = self._badge = ax.text(
                0.995,
                1.0,
                _(badge),
                transform=ax.transAxes,
                ha="right",
                va="bottom",
                fontsize=LABEL_SIZE,
                fontweight="bold",
                color="white",
                bbox={"boxstyle": "round,pad=0.3", "facecolor": "#6b3a00", "edgecolor": "none"},
            )
            _fit_beside(title, label, fig, renderer)

    def _layout_height(self) -> float:
        """The figure's height as drawn: as asked, or taller for a source of many lines.

        A source too long for the figure (a whole table's sources) makes the figure taller
        instead of squeezing the plot away; always from the height asked for, so a redraw
        does not grow it again.
        """
        asked = getattr(self, "_asked_height", None) or self.fig.get_figheight()
        self._asked_height = asked
        extra = (len(self._source_lines()) - 1) * SOURCE_LINE
        return asked + max(0.0, extra - 0.4 * asked)

    def _layout_margins(self) -> dict[str, float]:
        """The margins the plot is drawn with (before a legend under the plot, if any)."""
        height = self._layout_height()
        margins = dict(self.margins)
        if height != HEIGHT and self._scale_bands:
            # keep the title band and the bottom band (ticks, axis title, source) in inches
            margins["bottom"] = margins["bottom"] * HEIGHT / height
            margins["top"] = 1 - (1 - margins["top"]) * HEIGHT / height
        lines = self._source_lines()
        margins["bottom"] += (len(lines) - 1) * SOURCE_LINE / height
        return margins

    def _place_legend(self, margins: dict[str, float], renderer=None) -> None:  # noqa: ANN001
        """The legend in the first free corner of the plot, or under it (never on the data)."""
        ax = self.ax
        if self.legend_loc != "auto":
            ax.legend(frameon=False, loc=self.legend_loc)
            return
        renderer = renderer or self.fig.canvas.get_renderer()
        if self._header_legend and self._legend_in_header(renderer):
            return
        legend = ax.legend(frameon=False, loc="upper right")
        box, frame = legend.get_window_extent(renderer), ax.get_window_extent(renderer)
        size = (box.width / frame.width, box.height / frame.height)
        loc = chartlayout.quiet_corner(
            self._occupied(renderer), size, boxes=self._clear, corners=chartlayout.CORNERS[:4]
        )
        if loc is not None:
            legend.set_loc(loc)
            return
        # every corner covers data: the legend goes under the plot, between the axis
        # title and the source line, and the plot gets shorter by its height
        handles, labels = ax.get_legend_handles_labels()
        legend.remove()
        height = self.fig.get_figheight()
        source_top = 0.01 + (len(self._source_lines()) * SOURCE_LINE + 0.04) / height
        for columns in range(min(len(handles), 3), 0, -1):  # as many columns as fit
            below = self.fig.legend(
                handles,
                labels,
                loc="lower left",
                bbox_to_anchor=(0.01, source_top),
                bbox_transform=self.fig.transFigure,
                ncol=columns,
                frameon=False,
                borderaxespad=0,
            )
            if columns == 1 or below.get_window_extent(renderer).x1 <= self.fig.bbox.width:
                break
            below.remove()
        tall = below.get_window_extent(renderer).height / self.fig.bbox.height
        self.fig.subplots_adjust(bottom=margins["bottom"] + tall + 0.01)

    def _legend_in_header(self, renderer) -> bool:  # noqa: ANN001 - a matplotlib renderer
        """A chart of rows in columns: the legend in one line in the header row, over the
        first column's scale, if it covers nothing there (no mark, no label)."""
        ax = self.ax
        handles, _labels = ax.get_legend_handles_labels()
        legend = ax.legend(
            frameon=False,
            loc="center left",
            bbox_to_anchor=(0.0, self._names_header),
            ncol=len(handles),
            borderpad=0,
            borderaxespad=0,
            handletextpad=0.3,
            columnspacing=1.0,
        )
        box = legend.get_window_extent(renderer)
        others = [t.get_window_extent(renderer) for t in ax.texts if t.get_text()]
        to_axes = ax.transAxes.inverted()
        (x0, y0), (x1, y1) = to_axes.transform([[box.x0, box.y0], [box.x1, box.y1]])
        points = self._occupied(renderer)
        covered = (
            (points[:, 0] >= x0)
            & (points[:, 0] <= x1)
            & (points[:, 1] >= y0)
            & (points[:, 1] <= y1)
        ).any()
        if covered or any(box.overlaps(other) for other in others) or box.x1 > self.fig.bbox.x1:
            legend.remove()
            return False
        return True

    def _source_lines(self) -> tuple[str, ...]:
        return _wrap(self.source, self.fig.get_figwidth() * DPI * 0.98, SOURCE_SIZE)

    def _occupied(self, renderer) -> np.ndarray:  # noqa: ANN001 - a matplotlib renderer
        """Points (axes fractions) where something is drawn: lines, dots, bars, texts."""
        ax = self.ax
        ax.get_xlim(), ax.get_ylim()  # settle autoscaling first
        parts: list[np.ndarray] = [np.empty((0, 2))]
        for line in ax.get_lines():
            if not line.get_visible():
                continue
            xy = (line.get_transform() - ax.transAxes).transform(line.get_xydata())
            joined = line.get_linestyle() not in ("None", "none", "", " ")
            parts.append(chartlayout.densify(xy[:, 0], xy[:, 1]) if joined else xy)
        for collection in ax.collections:
            offsets = collection.get_offsets()
            if len(offsets):
                to_axes = collection.get_offset_transform() - ax.transAxes
                parts.append(to_axes.transform(offsets))
            for path in collection.get_paths():
                xy = (collection.get_transform() - ax.transAxes).transform(path.vertices)
                parts.append(chartlayout.densify(xy[:, 0], xy[:, 1]))
        to_axes = ax.transAxes.inverted()
        boxes = [patch.get_window_extent(renderer) for patch in ax.patches]
        boxes += [text.get_window_extent(renderer) for text in ax.texts if text.get_text()]
        for bbox in boxes:
            (x0, y0), (x1, y1) = to_axes.transform([[bbox.x0, bbox.y0], [bbox.x1, bbox.y1]])
            gx, gy = np.meshgrid(np.linspace(x0, x1, 6), np.linspace(y0, y1, 6))
            parts.append(np.column_stack([gx.ravel(), gy.ravel()]))
        return np.concatenate(parts)

    def badge_kind(self) -> str | None:
        """Which badge the chart carries: "simulated", "reconstructed", "mixed" or None."""
        # the chart's own kind counts only when it says more than "observed"
        drawn = set(self._kinds_drawn) | ({self.kind} if self.kind != "observed" else set())
        if "simulated" in drawn:
            return "simulated"
        if "reconstructed" in drawn:
            return "reconstructed" if drawn <= {"reconstructed"} else "mixed"
        return None

    _badge_kind = badge_kind  # the name tests and older code use

    def png(self) -> bytes:
        """The chart as PNG bytes (rendered once, then cached until something is drawn)."""
        if "png" not in self._rendered:
            buffer = io.BytesIO()
            with _style():
                if not self._rendered:  # laid out once for every image of this drawing
                    self._finish()
                # compress_level 3: nearly the size of the default, at a third of the time.
                self.fig.savefig(buffer, format="png", dpi=DPI, pil_kwargs={"compress_level": 3})
            self._rendered["png"] = buffer.getvalue()
            self._smallest = self._smallest_text()
        return self._rendered["png"]

    def webp(self) -> bytes:
        """The chart as lossless WebP bytes: the pixels of :meth:`png`, a third fewer bytes.

        For the explorers' states in pages with no kernel (:mod:`medsos.widgets.static`),
        which are drawn by the hundred at build time: the figure is drawn once on its own
        canvas and encoded once (not PNG, then WebP), at a quick lossless setting
        (quicker than the PNG's encoding, and about half its bytes for a bar chart).
        """
        if "webp" not in self._rendered:
            from PIL import Image

            buffer = io.BytesIO()
            with _style():
                if not self._rendered:  # measured on a renderer shared by every chart
                    self._finish(_measurer())
                width, height = self.fig.bbox.size
                with _DRAWING:
                    renderer = _renderer_for(width, height, self.fig.dpi)
                    renderer.clear()
                    self.fig.draw(renderer)
                    self._smallest = self._smallest_text(renderer)
                    image = Image.frombuffer(
                        "RGBA", self.pixel_size, renderer.buffer_rgba(), "raw", "RGBA", 0, 1
                    )
                    # lossless at the quickest method; quality (for lossless: the effort
                    # spent on compressing) 60 is quicker than the default 80, ~1 % larger
                    image.save(buffer, "WEBP", lossless=True, method=0, quality=60)
            self._rendered["webp"] = buffer.getvalue()
        return self._rendered["webp"]

    @property
    def pixel_size(self) -> tuple[int, int]:
        """Width and height in pixels of the chart's image (as :meth:`png` and :meth:`webp`
        draw it: the figure may grow to fit a long source when it is finished)."""
        return self.fig.canvas.get_width_height()

    def _smallest_text(self, renderer=None) -> float:  # noqa: ANN001 - a matplotlib renderer
        """The height (px of the PNG) of the smallest text drawn: ticks, labels, source.

        Written on the image (``data-min-text-px``) so a deck can tell how large it must
        show the chart for every word in it to stay readable (14 px on the screen); the
        explorers' drawn states carry it too.
        """
        renderer = renderer or self.fig.canvas.get_renderer()
        sizes = [
            text.get_fontsize()
            for text in self.fig.findobj(Text)
            if text.get_visible()
            and text.get_text().strip()
            and text.get_window_extent(renderer).overlaps(self.fig.bbox)
        ]
        return min(sizes, default=STYLE["font.size"]) * DPI / 72

    @property
    def smallest_text_px(self) -> float:
        """See :meth:`_smallest_text` (the chart is rendered first if need be)."""
        if "webp" not in self._rendered:
            self.png()
        return self._smallest

    @property
    def alt(self) -> str:
        """Alt text: the caller's, or one written from the title, axes, kind and source."""
        if self._alt:
            return _after_question(self._alt)
        kinds = ", ".join(sorted(kind_label(k) for k in (self._kinds_drawn or {self.kind})))
        source = f"{self.columns_text()} {self.source}".strip()  # rows in columns: say so first
        return _after_question(
            _("{title}. Chart of {y} against {x} ({kinds} data). {source}").format(
                title=self.title, y=self.ylabel, x=self.xlabel, kinds=kinds, source=source
            )
        )

    @alt.setter
    def alt(self, text: str) -> None:
        self._alt = text

    def caption(self) -> str:
        """The notes and the data's addresses, as plain text (the source is in the image)."""
        links = (
            [_("Data online: {urls}").format(urls="; ".join(self._links))] if self._links else []
        )
        return " ".join([*self._notes, *links])

    def _repr_html_(self) -> str:
        data = base64.b64encode(self.png()).decode("ascii")
        notes = html.escape(" ".join(self._notes))
        if self._links:
            anchors = "; ".join(
                f'<a href="{html.escape(u, quote=True)}">{html.escape(u)}</a>' for u in self._links
            )
            label = html.escape(_("Data online: {urls}")).replace("{urls}", anchors)
            notes = f"{notes} {label}" if notes else label
        caption = f'<figcaption style="font-size:0.85em;color:#444">{notes}</figcaption>'
        return (
            '<figure class="medsos-chart" style="margin:0.5em 0;max-width:100%">'
            f'<img src="data:image/png;base64,{data}" alt="{html.escape(self.alt, quote=True)}"'
            f' data-min-text-px="{self.smallest_text_px:.1f}" style="max-width:100%;height:auto">'
            f"{caption if notes else ''}</figure>"
        )

    def __repr__(self) -> str:
        return f"<Chart: {self.title}>"

    def save(self, path: str) -> str:
        """Save the chart as a PNG file (for a report or a slide of your own)."""
        with open(path, "wb") as fh:
            fh.write(self.png())
        return path


@dataclass(frozen=True)
class RowColumns:
    """Where each row of a chart of rows goes (:meth:`Chart.rows_in_columns`).

    Row ``i`` (0 = the first, drawn at the top) is in column ``i // per_column``, on line
    ``i % per_column`` of it. Every column has the x scale 0–``span``; column ``c``'s 0 is
    at x = ``starts[c]`` on the chart's one axes, and its names end ``pad`` left of it.

    >>> plan = RowColumns(count=34, per_column=17, span=100.0, starts=(0.0, 250.0), pad=4.0)
    >>> plan.column(16), plan.column(17), plan.y(17), plan.x(17, 35.1)
    (0, 1, 0, 285.1)
    >>> plan.ranks(1)
    (18, 34)
    """

    count: int
    per_column: int
    span: float
    starts: tuple[float, ...]
    pad: float
    names: tuple[str, ...] = ()  # the rows' names, in order, as laid out

    @property
    def columns(self) -> int:
        """How many columns (1 or 2)."""
        return len(self.starts)

    def column(self, i: int) -> int:
        """The column row ``i`` is in (0 = left)."""
        return int(i) // self.per_column

    def y(self, i: int) -> int:
        """The line of row ``i`` in its column (0 = top)."""
        return int(i) % self.per_column

    def x(self, i: int, value: float) -> float:
        """Where ``value`` of row ``i`` is drawn."""
        return float(value) + self.starts[self.column(i)]

    def rows(self, column: int) -> range:
        """The rows (indices) column ``column`` holds."""
        return range(column * self.per_column, min(self.count, (column + 1) * self.per_column))

    def ranks(self, column: int) -> tuple[int, int]:
        """The first and last rank (1 = the first row) in a column."""
        rows = self.rows(column)
        return rows.start + 1, rows.stop

    def name_x(self, column: int) -> float:
        """The x where a column's names end (they are right-aligned there)."""
        return self.starts[column] - self.pad

    def column_at(self, x: float) -> int:
        """The column an x on the axes belongs to (its scale or the names left of it)."""
        return max(c for c, start in enumerate(self.starts) if c == 0 or x >= start - self.pad)

    def ys(self) -> np.ndarray:
        """Every row's line, in order."""
        return np.arange(self.count) % self.per_column

    def xs(self, values: Sequence[float]) -> np.ndarray:
        """Every row's value, shifted into its column."""
        shift = np.asarray(self.starts)[np.arange(self.count) // self.per_column]
        return np.asarray(values, dtype=float) + shift


@dataclass(frozen=True)
class MilestonePlan:
    """Where milestone labels go: their x, text, (x fraction, width) and row (or None)."""

    xs: tuple[float, ...]
    texts: tuple[str, ...]
    spots: tuple[tuple[float, float], ...]
    places: tuple[tuple[int, float] | None, ...]
    width_px: float

    @property
    def rows(self) -> int:
        """How many rows of labels are used (0 when there are none)."""
        return max((p[0] + 1 for p in self.places if p), default=0)

    @property
    def headroom(self) -> float:
        """Share of the plot's height to keep free above the curve for the rows."""
        return 0.05 + LANE_HEIGHT * self.rows


def _axes_fraction(values: np.ndarray, lo: float, hi: float, log: bool) -> np.ndarray:
    """Where values fall between the axis limits lo and hi (0 = lo, 1 = hi)."""
    values = np.asarray(values, dtype=float)
    if log:
        with np.errstate(divide="ignore", invalid="ignore"):
            values = np.log10(values)
        lo, hi = np.log10(lo), np.log10(hi)
    return (values - lo) / (hi - lo)


_DRAWING = threading.Lock()  # one chart at a time on a shared renderer


@functools.lru_cache(maxsize=4)
def _renderer_for(width: float, height: float, dpi: float):  # noqa: ANN202 - a RendererAgg
    """One Agg renderer per image size, shared by the charts :meth:`Chart.webp` draws.

    matplotlib remembers a text's size per renderer, and a figure's own canvas makes a
    new renderer for each figure: the explorers' states, drawn by the hundred with the
    same words (34 province names, tick labels, the source line), would measure every
    word again for every chart. Drawn with ``Figure.draw(renderer)`` on a cleared
    renderer, the pixels are those of the figure's own canvas.
    """
    from matplotlib.backends.backend_agg import RendererAgg

    return RendererAgg(width, height, dpi)


@functools.cache
def _measurer():  # noqa: ANN202 - a matplotlib renderer kept for measuring text
    from matplotlib.backends.backend_agg import RendererAgg

    return RendererAgg(10, 10, DPI)


@functools.lru_cache(maxsize=2048)
def _text_width(text: str, size: float) -> float:
    """Width in pixels of one line of text at ``size`` pt (measured once, then remembered)."""
    from matplotlib.font_manager import FontProperties

    width = _measurer().get_text_width_height_descent(text, FontProperties(size=size), False)[0]
    return float(width)


def text_width(text: str, size: float) -> float:
    """Width in pixels (at the charts' DPI) of one line of regular text at ``size`` pt."""
    return _text_width(str(text), float(size))


@functools.lru_cache(maxsize=256)
def _wrap(text: str, width_px: float, size: float) -> tuple[str, ...]:
    """``text`` broken into lines no wider than ``width_px`` (measured, not guessed)."""
    lines: list[str] = []
    for paragraph in str(text).splitlines() or [""]:
        line = ""
        for word in paragraph.split(" "):
            trial = f"{line} {word}" if line else word
            if line and _text_width(trial, size) > width_px:
                lines.append(line)
                line = word
            else:
                line = trial
        lines.append(line)
    return tuple(lines)


def _two_lines(text: str) -> str:
    """``text`` broken at the space nearest its middle."""
    middle = len(text) // 2
    spaces = [i for i, c in enumerate(text) if c == " "]
    if not spaces:
        return text
    cut = min(spaces, key=lambda i: abs(i - middle))
    return text[:cut] + "\n" + text[cut + 1 :]


def _fit_title(title, ax, fig, left: float, right: float, renderer=None) -> None:  # noqa: ANN001
    """A title wider than the space right of its start begins at the figure's left edge
    instead, and is shrunk (down to 12 pt) if it is still too wide: never cut off."""
    renderer = renderer or fig.canvas.get_renderer()
    start = title.get_window_extent(renderer).x0
    width = title.get_window_extent(renderer).width
    if start + width <= fig.bbox.width * 0.99:
        return
    title.set_x((0.01 - left) / (right - left))
    room = fig.bbox.width * 0.98
    if width > room:
        title.set_fontsize(max(12.0, title.get_fontsize() * room / width))


def _fit_beside(title, badge, fig, renderer=None) -> None:  # noqa: ANN001 - matplotlib objects
    """Keep a long title clear of the badge: the badge moves up, above the title's line.

    (The figure's top margin has room for it.) A title wider than the figure itself is
    shrunk, down to 11 pt.
    """
    renderer = renderer or fig.canvas.get_renderer()
    head, mark = title.get_window_extent(renderer), badge.get_window_extent(renderer)
    if head.x1 + 10 <= mark.x0:
        return
    badge.set_transform(fig.transFigure)
    badge.set_position((0.995, 0.993))
    badge.set_verticalalignment("top")
    room = fig.bbox.width * 0.99 - head.x0
    if head.width > room:
        title.set_fontsize(max(11.0, title.get_fontsize() * room / head.width))


def compact(value: float, unit: float | None = None) -> str:
    """A short number for an axis: 8,8 jt / 8.8M, 140 rb / 140k, 461.

    ``unit`` (1, 1e3 or 1e6) fixes the unit, so that one axis says "200k, 400k, 600k"
    rather than mixing "800" with "1k"; by default each number picks its own.

    >>> from medsos import i18n
    >>> _lang = i18n.set_language("en")
    >>> compact(8_800_000), compact(139_482), compact(750, 1.0)
    ('8.8M', '139k', '750')
    """
    value = float(value)
    if value == 0:
        return "0"
    if unit is None:
        unit = 1e6 if abs(value) >= 1e6 else 1e3 if abs(value) >= 1e3 else 1.0
    if unit == 1.0:
        return i18n.number(value, 0 if value % 1 == 0 or abs(value) >= 10 else 1)
    scaled = value / unit
    text = i18n.number(scaled, 0 if scaled % 1 == 0 or abs(scaled) >= 10 else 1)
    return (_("{n}M") if unit == 1e6 else _("{n}k")).format(n=text)


def _date_tick(value: float, _pos: int | None = None) -> str:
    return _date_tick_text(round(value, 6), i18n.language())


@functools.lru_cache(maxsize=4096)
def _date_tick_text(value: float, _lang: str) -> str:
    when = mdates.num2date(value)
    if when.month == 1 and when.day == 1:
        return i18n.date(when, "yyyy")
    if when.day == 1:
        return i18n.date(when, "MMM yyyy")
    return i18n.date(when, "d MMM")


class _style:
    """Apply the course's matplotlib style only while a chart is drawn (no global change)."""

    def __enter__(self) -> None:
        import matplotlib

        self._ctx = matplotlib.rc_context(STYLE)
        self._ctx.__enter__()

    def __exit__(self, *exc: object) -> None:
        self._ctx.__exit__(*exc)


def peak(values: pd.Series) -> tuple[pd.Timestamp, float]:
    """Date and value of the highest point of a dated series (ties: the first)."""
    clean = values.dropna()
    if clean.empty:
        raise CourseError(
            _("There is no data to find a peak in."),
            fix=_("Choose a wider date range or another series."),
        )
    when = clean.idxmax()
    return pd.Timestamp(when), float(clean.loc[when])


def normalise_to_peak(values: pd.Series) -> pd.Series:
    """Rescale a series so that its highest value is 100 (compare shapes, not sizes)."""
    top = values.max(skipna=True)
    if not np.isfinite(top) or top <= 0:
        return values * np.nan
    return values / top * 100.0
