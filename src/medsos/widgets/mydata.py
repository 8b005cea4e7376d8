"""Lesson 6's "analyse your own data": a student's CSV of dates and counts, read and explained.

* :func:`example_counts_csv` gives practice data: a course series written the way an
  Indonesian-locale Excel exports a CSV (``tanggal;jumlah``, ``23/09/2019``), as bytes, so
  nothing is written to disk.
* :func:`analyse_counts` reads a file (a path or bytes), and answers with either the
  checker's list of problems (what to fix, row by row) or an :class:`Analysis`: rows,
  dates, total, peak, a timeline chart and the attention half-life (lesson 4).
* :func:`my_data_explorer` is the same with an upload button, a path box, a campaign
  choice and the half-life window.

The file is only ever read (see :mod:`medsos.userdata`, which also sets the size limit).
Reading and the timeline are cached per file content, so moving the window slider only
redraws the half-life chart.
"""

from __future__ import annotations

import functools
import hashlib
import html
import io
import tempfile
from dataclasses import dataclass
from pathlib import Path

import ipywidgets as widgets
import pandas as pd

from medsos import i18n
from medsos.charts import PALETTE, Chart
from medsos.errors import CourseError, problems_html
from medsos.i18n import _
from medsos.models.attention import Decay, fit_half_life
from medsos.userdata import MAX_BYTES, CheckReport, check_counts_csv, read_counts_csv
from medsos.widgets.base import Explorer, message_html, with_recipe
from medsos.widgets.halflife import plot_decay

DEFAULT_WINDOW = 21


def example_counts_csv(
    series_id: str = "hongkong2019_pageviews",
    *,
    start: str | None = None,
    end: str | None = None,
) -> bytes:
    """A course series as a CSV like an Indonesian Excel export: ``tanggal;jumlah``, day first.

    For practice when a student has no data yet. Days before the series' first non-zero
    count are left out (a campaign's data start when it starts). Returns bytes; writes no file.
    """
    from medsos.data import series

    values = series(series_id)
    started = values[values > 0]
    if not started.empty:
        values = values.loc[started.index[0] :]
    values = values.loc[start:end]
    if values.empty:
        raise CourseError(
            _("{name} has no days between {start} and {end}.").format(
                name=series_id, start=start, end=end
            ),
            fix=_("Choose dates inside the series, or leave start and end out."),
        )
    out = io.StringIO()
    out.write("tanggal;jumlah\r\n")
    for day, value in values.items():
        out.write(f"{day:%d/%m/%Y};{round(float(value))}\r\n")
    return out.getvalue().encode("utf-8")


@dataclass
class Findings:
    """A report's findings as a short list (what :meth:`Analysis.findings` shows)."""

    title: str
    lines: list[str]

    def __str__(self) -> str:
        return "\n".join([self.title, *self.lines])

    def _repr_html_(self) -> str:
        items = "".join(f"<li>{html.escape(line)}</li>" for line in self.lines)
        return (
            f'<div class="medsos-analysis" role="status"><strong>{html.escape(self.title)}'
            f"</strong><ul>{items}</ul></div>"
        )


@dataclass
class Analysis:
    """What :func:`analyse_counts` found in a readable file."""

    name: str
    counts: pd.Series  # daily counts of the campaign analysed, indexed by date
    campaign: str | None
    campaigns: list[str]
    window: int

    @property
    def total(self) -> int:
        return int(self.counts.sum())

    @property
    def peak_date(self) -> pd.Timestamp:
        return pd.Timestamp(self.counts.idxmax())

    @property
    def peak_value(self) -> int:
        return int(self.counts.max())

    def decay(self) -> Decay:
        """The attention half-life after the peak (raises CourseError when there is none)."""
        return fit_half_life(self.counts, window=self.window, name=self._label())

    def _label(self) -> str:
        return f"{self.name} · {self.campaign}" if self.campaign else self.name

    def summary(self) -> list[str]:
        """The findings as sentences, in the student's language."""
        lines = [
            _("{rows} days, from {first} to {last}; total {total}.").format(
                rows=len(self.counts),
                first=i18n.date(self.counts.index.min()),
                last=i18n.date(self.counts.index.max()),
                total=i18n.number(self.total),
            ),
            _("Peak: {value} on {date}.").format(
                value=i18n.number(self.peak_value), date=i18n.date(self.peak_date)
            ),
        ]
        if len(self.campaigns) > 1:
            lines.append(
                _("This file holds {n} campaigns ({names}); this is {name}.").format(
                    n=len(self.campaigns), names=", ".join(self.campaigns), name=self.campaign
                )
            )
        try:
            lines.append(self.decay().sentence())
        except CourseError as error:
            lines.append(str(error))
        return lines

    def timeline(self) -> Chart:
        """Daily counts over time, with the peak marked."""
        return _timeline(self._label(), self.counts)

    def half_life_chart(self) -> Chart:
        return plot_decay(self.counts, self._label(), window=self.window, source=_source(self.name))

    def findings(self) -> Findings:
        """The findings alone, without the charts: one idea per cell (and per slide).

        >>> report = analyse_counts(example_counts_csv(), name="contoh.csv")  # doctest: +SKIP
        >>> report.findings()  # then report.timeline() and report.half_life_chart()  # doctest: +SKIP
        """
        return Findings(self._label(), self.summary())

    def __str__(self) -> str:
        return "\n".join(self.summary())

    def _repr_html_(self) -> str:
        parts = [self.findings()._repr_html_(), self.timeline()._repr_html_()]
        try:
            parts.append(self.half_life_chart()._repr_html_())
        except CourseError as error:
            parts.append(problems_html(error.problems, title=_("No half-life for this data")))
        return "".join(parts)


def _source(name: str) -> str:
    return _("Source: {name} (your data)").format(name=name)


@functools.lru_cache(maxsize=16)
def _timeline_cached(label: str, dates: tuple, values: tuple, lang: str) -> Chart:  # noqa: ARG001
    counts = pd.Series(values, index=pd.DatetimeIndex(dates))
    peak_day = counts.idxmax()
    chart = Chart(
        _("{name}: counts per day").format(name=label),
        _("Date"),
        _("Count per day"),
        _source(label.split(" · ")[0]),
        alt=_(
            "Line chart of {name}: {rows} days from {first} to {last}, peak {value} on {date}."
        ).format(
            name=label,
            rows=len(counts),
            first=i18n.date(counts.index.min()),
            last=i18n.date(counts.index.max()),
            value=i18n.number(counts.max()),
            date=i18n.date(peak_day),
        ),
    )
    chart.line(counts.index, counts.to_numpy(), colour=PALETTE[0])
    chart.ax.plot([peak_day], [counts.max()], "o", color=PALETTE[1])
    chart.mark(peak_day, _("peak"))
    chart.dates_on_x()
    chart.thousands_on_y()
    chart.ax.set_ylim(bottom=0)
    if counts.max() >= 10_000:
        chart.margins["left"] = 0.14
    chart.png()  # draw now, so a cached chart is shown at once
    return chart


def _timeline(label: str, counts: pd.Series) -> Chart:
    return _timeline_cached(
        label, tuple(counts.index), tuple(float(v) for v in counts), i18n.language()
    )


@functools.lru_cache(maxsize=8)
def _read(digest: str, data: bytes, name: str, lang: str) -> pd.DataFrame:  # noqa: ARG001
    return read_counts_csv(data, name=name)


def analyse_counts(
    source: str | Path | bytes,
    *,
    name: str | None = None,
    campaign: str | None = None,
    window: int = DEFAULT_WINDOW,
) -> Analysis | CheckReport:
    """Read a CSV of dates and counts and analyse it; on problems, the list of what to fix.

    Never raises for a bad file: a student sees the checker's report (one line per
    problem, with row or column and a fix). ``campaign`` picks one campaign when the file
    has a ``campaign`` column (the first one otherwise).
    """
    label = name or (Path(source).name if isinstance(source, str | Path) else "upload.csv")
    if isinstance(source, str | Path):
        path = Path(source)
        if not path.is_file() or path.stat().st_size > MAX_BYTES:
            return check_counts_csv(path, name=label)  # says what is wrong with the path
        data = path.read_bytes()
    else:
        data = bytes(source)
    try:
        frame = _read(hashlib.sha256(data).hexdigest(), data, label, i18n.language())
    except CourseError:
        return check_counts_csv(data, name=label)
    campaigns = sorted(frame["campaign"].unique()) if "campaign" in frame else []
    if campaigns:
        chosen = campaign if campaign in campaigns else campaigns[0]
        frame = frame[frame["campaign"] == chosen]
    else:
        chosen = None
    counts = pd.Series(frame["count"].to_numpy(), index=pd.DatetimeIndex(frame["date"]))
    return Analysis(label, counts.sort_index(), chosen, campaigns, int(window))


@with_recipe
def my_data_explorer() -> Explorer:
    """Upload a CSV (or type its path), pick a campaign, and read its timeline and half-life."""
    controls = {
        # no icon: the upload icon needs FontAwesome's web font, which the exported page's
        # widget manager looks for at a path beside the page (a 404 offline)
        "upload": widgets.FileUpload(
            accept=".csv,.txt", multiple=False, description=_("Upload CSV"), icon=""
        ),
        "path": widgets.Text(
            value="",
            placeholder=_("or type a path, e.g. my_data.csv"),
            description=_("File"),
            continuous_update=False,
        ),
        "campaign": widgets.Dropdown(options=[("—", "")], value="", description=_("Campaign")),
        "window": widgets.IntSlider(
            value=DEFAULT_WINDOW,
            min=7,
            max=60,
            description=_("Days after"),
            continuous_update=False,
        ),
    }
    explorer: Explorer | None = None

    def draw(upload, path: str, campaign: str, window: int):  # noqa: ANN001 - ipywidgets value
        if upload:
            item = upload[0]
            source, name = bytes(item["content"]), item["name"]
        elif path.strip():
            if not Path(path.strip()).is_file():
                raise CourseError(
                    _("There is no file at {path!r}.").format(path=path.strip()),
                    fix=_(
                        "Check the spelling, or put the file in the same folder as this notebook."
                    ),
                )
            source, name = path.strip(), Path(path.strip()).name
        else:
            return message_html(
                _("Upload a CSV file of dates and counts, or type its path, to see its analysis.")
            )
        result = analyse_counts(source, name=name, campaign=campaign or None, window=window)
        if isinstance(result, Analysis) and explorer is not None:
            wanted = (
                [("—", "")] + [(c, c) for c in result.campaigns]
                if result.campaigns
                else [("—", "")]
            )
            choice = explorer.controls["campaign"]
            if list(choice.options) != wanted:
                with explorer.quiet():
                    choice.options = wanted
                    choice.value = result.campaign or ""
        return result

    explorer = Explorer(
        controls,
        draw,
        description=_(
            "Your CSV needs a date column and a count column (tanggal/date, jumlah/count); "
            "a campaign column is optional. The file is only read, never changed."
        ),
    )
    return explorer


def _bench_explorer() -> Explorer:
    """The explorer with a practice file already chosen (for bench/widgets.py)."""
    folder = Path(tempfile.mkdtemp(prefix="medsos-bench-"))
    path = folder / "contoh.csv"
    path.write_bytes(example_counts_csv())
    explorer = my_data_explorer()
    explorer.controls["path"].value = str(path)
    return explorer


BENCH = [(_bench_explorer, [{"window": 14}, {"window": 30}, {"window": 21}, {"window": 45}])]
