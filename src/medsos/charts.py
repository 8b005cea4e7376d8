"""Charts that always say what they show, where the numbers come from, and how sure we are.

Every chart in the course is a :class:`Chart`. Making one asks for the things a reader
needs and a quick plot forgets: a title, axis labels with units, a source line, and the
*kind* of data (observed, reconstructed, simulated). Reconstructed and simulated series
are drawn dashed or dotted and the chart carries a visible badge, so nobody mistakes a
model for a measurement.

A Chart shows itself as an HTML ``<figure>``: the picture with its alt text and a
caption with the source. That survives into exported HTML pages and slides, where a
bare matplotlib image would lose its alt text.

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
from collections.abc import Iterable, Sequence

import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from medsos import i18n
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


def kind_label(kind: str) -> str:
    """The translated word for a kind of data (``observed``, ``reconstructed``, ...)."""
    return _(KIND_LABELS.get(kind, kind))


class Chart:
    """A matplotlib figure that cannot be shown without title, labels, source and alt text.

    Parameters are the things a reader needs: ``title``, ``xlabel`` and ``ylabel``
    (with units, e.g. "Page views per day"), ``source`` (one line, shown under the
    chart), ``kind`` of the data overall, and optionally ``alt`` (alt text; written from
    the title, axes and source when not given).
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
        self._png: bytes | None = None
        with _style():
            self.fig = Figure(figsize=size, dpi=DPI)
            FigureCanvasAgg(self.fig)
            self.ax = self.fig.add_subplot()
        self._colour = 0
        self.legend_loc = "upper left"
        self.margins = dict(MARGINS)  # widen "left" when tick labels are long (100.000)

    # --- drawing -------------------------------------------------------------------
    def next_colour(self) -> str:
        """The next colour of the palette (so series keep distinct colours)."""
        colour = PALETTE[self._colour % len(PALETTE)]
        self._colour += 1
        return colour

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
        self._png = None
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
    ) -> Chart:
        """Draw bars with their values written on them (easier to read than gridlines)."""
        self._kinds_drawn.add(kind)
        colours = colours or PALETTE[0]
        hatch = "//" if kind in ("reconstructed", "simulated") else None
        if horizontal:
            drawn = self.ax.barh(list(labels), list(values), color=colours, hatch=hatch)
            self.ax.invert_yaxis()
            self.ax.grid(axis="y", visible=False)
        else:
            drawn = self.ax.bar(list(labels), list(values), color=colours, hatch=hatch)
            self.ax.grid(axis="x", visible=False)
        if value_labels:
            self.ax.bar_label(
                drawn, labels=[i18n.number(v, digits) for v in values], padding=3, fontsize=11
            )
        self._png = None
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
            fontsize=10,
            color="#333333",
        )
        self._png = None
        return self

    def note(self, text: str) -> Chart:
        """Add a sentence to the caption (e.g. "Rank 1 = the most used word that day")."""
        self._notes.append(text)
        return self

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
        self._png = None
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

    def log_y(self) -> Chart:
        """Logarithmic y axis: equal steps are equal *ratios* (×10), good for bursts."""
        self.ax.set_yscale("log")
        return self

    # --- output --------------------------------------------------------------------
    def _finish(self) -> None:
        ax = self.ax
        title = ax.set_title(self.title, loc="left")
        ax.set_xlabel(self.xlabel)
        ax.set_ylabel(self.ylabel)
        if ax.get_legend_handles_labels()[0]:
            # "best" placement costs ~20 ms a draw on long series; choose it explicitly.
            ax.legend(frameon=False, loc=self.legend_loc)
        badge_kind = self._badge_kind()
        badge = KINDS[badge_kind]["badge"] if badge_kind else None
        if badge:
            label = ax.text(
                0.995,
                1.0,
                _(badge),
                transform=ax.transAxes,
                ha="right",
                va="bottom",
                fontsize=10,
                fontweight="bold",
                color="white",
                bbox={"boxstyle": "round,pad=0.3", "facecolor": "#6b3a00", "edgecolor": "none"},
            )
            _fit_beside(title, label, self.fig)
        # The source line lives *in* the image too, so a screenshot keeps it.
        self.fig.text(0.01, 0.01, self.source, ha="left", va="bottom", fontsize=9, color="#444444")
        # Fixed margins instead of a layout engine: a layout engine costs ~80 ms a draw,
        # which widgets cannot afford (goal: an update in under 100 ms).
        self.fig.subplots_adjust(**self.margins)

    def _badge_kind(self) -> str | None:
        # the chart's own kind counts only when it says more than "observed"
        drawn = set(self._kinds_drawn) | ({self.kind} if self.kind != "observed" else set())
        if "simulated" in drawn:
            return "simulated"
        if "reconstructed" in drawn:
            return "reconstructed" if drawn <= {"reconstructed"} else "mixed"
        return None

    def png(self) -> bytes:
        """The chart as PNG bytes (rendered once, then cached until something is drawn)."""
        if self._png is None:
            buffer = io.BytesIO()
            with _style():
                self._finish()
                # compress_level 3: nearly the size of the default, at a third of the time.
                self.fig.savefig(buffer, format="png", dpi=DPI, pil_kwargs={"compress_level": 3})
            self._png = buffer.getvalue()
        return self._png

    @property
    def alt(self) -> str:
        """Alt text: the caller's, or one written from the title, axes, kind and source."""
        if self._alt:
            return self._alt
        kinds = ", ".join(sorted(kind_label(k) for k in (self._kinds_drawn or {self.kind})))
        return _("{title}. Chart of {y} against {x} ({kinds} data). {source}").format(
            title=self.title, y=self.ylabel, x=self.xlabel, kinds=kinds, source=self.source
        )

    @alt.setter
    def alt(self, text: str) -> None:
        self._alt = text

    def caption(self) -> str:
        """Source line plus any notes, as plain text."""
        return " ".join([self.source, *self._notes])

    def _repr_html_(self) -> str:
        data = base64.b64encode(self.png()).decode("ascii")
        return (
            '<figure class="medsos-chart" style="margin:0.5em 0;max-width:100%">'
            f'<img src="data:image/png;base64,{data}" alt="{html.escape(self.alt, quote=True)}"'
            ' style="max-width:100%;height:auto">'
            '<figcaption style="font-size:0.85em;color:#444">'
            f"{html.escape(self.caption())}</figcaption></figure>"
        )

    def __repr__(self) -> str:
        return f"<Chart: {self.title}>"

    def save(self, path: str) -> str:
        """Save the chart as a PNG file (for a report or a slide of your own)."""
        with open(path, "wb") as fh:
            fh.write(self.png())
        return path


def _fit_beside(title, badge, fig) -> None:  # noqa: ANN001 - matplotlib Text objects
    """Keep a long title clear of the badge: the badge moves up, above the title's line.

    (The figure's top margin has room for it.) A title wider than the figure itself is
    shrunk, down to 11 pt.
    """
    renderer = fig.canvas.get_renderer()
    head, mark = title.get_window_extent(renderer), badge.get_window_extent(renderer)
    if head.x1 + 10 <= mark.x0:
        return
    badge.set_transform(fig.transFigure)
    badge.set_position((0.995, 0.993))
    badge.set_verticalalignment("top")
    room = fig.bbox.width * 0.99 - head.x0
    if head.width > room:
        title.set_fontsize(max(11.0, title.get_fontsize() * room / head.width))


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
