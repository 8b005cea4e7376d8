"""Lesson 1's campaign timeline: how much attention a campaign got, day by day.

Two entry points share one drawing function:

* :func:`plot_attention` draws one series (or every series of a campaign) as a
  :class:`~medsos.charts.Chart`, for the lesson's static cells::

      ms.plot_attention("metoo")                                  # observed rank, inverted log axis
      ms.plot_attention("hongkong2019", start="2019-06-01")       # Wikipedia page views
      ms.plot_attention("blacklivesmatter", normalise=True)       # tweets beside protest events

* :func:`timeline_explorer` is the same picture with controls: series, period (a slider
  over the series' months), linear or log scale, "highest day = 100", milestones.

What the chart always says, whatever the choice:

* **Kind of data.** Observed series are solid lines; reconstructed ones (rebuilt from a
  few published figures, see ``series.csv``) are dashed, the chart carries the
  "reconstructed" badge, and the alt text, the caption and any legend say so.
* **Ranks are not counts.** A rank (1 = the most used word that day) is drawn on an
  inverted log axis, rank 1 at the top; "highest day = 100" does not apply to a rank,
  and the chart says so instead of inventing a conversion.
* **Milestones** from ``milestones.csv`` sit *on* the line as white dots, with their
  labels stacked in rows above the curve so that they never overlap; a label that finds
  no room is numbered and spelled out in the caption.

Everything the widget needs is prepared once per process (:func:`_catalogue`): each
series as numpy arrays, its milestones and its months. A redraw only slices arrays and
renders one figure; charts already drawn are kept (a few dozen), so going back to an
earlier choice is instant.
"""

from __future__ import annotations

import difflib
import functools
import math
import textwrap
from collections.abc import Sequence
from contextlib import nullcontext
from dataclasses import dataclass

import ipywidgets as widgets
import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib.ticker import FixedLocator, FuncFormatter, MaxNLocator, NullLocator

from medsos import i18n
from medsos.charts import HIGHLIGHT, PALETTE, Chart, compact, kind_label
from medsos.errors import CourseError
from medsos.i18n import N_, _
from medsos.widgets.base import Explorer, with_recipe

# What each measure is, in words (titles and axis labels). Units in full are in series.csv.
MEASURE_TITLES = {
    "pageviews": N_("its Wikipedia article's views"),
    "twitter_rank": N_("rank on Twitter"),
    "protest_events": N_("protests in US cities"),
    "tweets": N_("tweets per day"),
    "popular_tweets": N_("popular tweets per day"),
    "groups_founded": N_("groups founded per day"),
}
MEASURE_SHORT = {
    "pageviews": N_("Wikipedia page views"),
    "twitter_rank": N_("rank on Twitter"),
    "protest_events": N_("protest events"),
    "tweets": N_("tweets"),
    "popular_tweets": N_("popular tweets"),
    "groups_founded": N_("groups founded"),
}
Y_LABELS = {
    "pageviews": N_("Page views per day"),
    "twitter_rank": N_("Daily rank (1 = top)"),
    "protest_events": N_("Protest events per day"),
    "tweets": N_("Tweets per day"),
    "popular_tweets": N_("Tweets with 100+ retweets per day"),
    "groups_founded": N_("Groups founded per day"),
}
SCALES = ("linear", "log")
GAP_DAYS = 7  # a rank series is broken where more than a week is missing


# --- the data, prepared once ---------------------------------------------------------


@dataclass(frozen=True)
class Milestone:
    when: pd.Timestamp
    label: dict[str, str]
    source: str
    url: str


@dataclass(frozen=True)
class Series:
    """One daily series, ready to draw: arrays, words in both languages, milestones."""

    series_id: str
    campaign_id: str
    measure: str
    kind: str
    is_rank: bool
    name: dict[str, str]
    hashtag: str
    unit: dict[str, str]
    note: dict[str, str]
    source: str
    source_url: str
    lesson: int
    dates: np.ndarray  # datetime64[D], sorted
    x: np.ndarray  # matplotlib date numbers
    y: np.ndarray  # float values
    top: int  # index of the highest day (best rank for ranks)
    milestones: tuple[Milestone, ...]
    months: tuple[pd.Timestamp, ...]
    caveat: dict[str, str] | None = None  # shown in the caption (unclear licence, not a total, ...)
    in_campaign_chart: bool = True  # drawn when a chart names the campaign, not only by its id

    def label(self) -> str:
        """Name for the dropdown, in the current language: "#MeToo (2009–2020): rank on Twitter"."""
        first, last = pd.Timestamp(self.dates[0]).year, pd.Timestamp(self.dates[-1]).year
        years = str(first) if first == last else f"{first}–{last}"
        name = i18n.pick(self.name)
        measure = _(MEASURE_SHORT.get(self.measure, self.measure))
        if str(first) in name:  # "Protes Hong Kong 2019", not "Protes Hong Kong 2019 (2019)"
            text = _("{name}: {measure}").format(name=name, measure=measure)
        else:
            text = _("{name} ({years}): {measure}").format(name=name, years=years, measure=measure)
        if self.kind != "observed":
            text += f" ({kind_label(self.kind)})"
        return text

    @property
    def first(self) -> pd.Timestamp:
        return pd.Timestamp(self.dates[0])

    @property
    def last(self) -> pd.Timestamp:
        return pd.Timestamp(self.dates[-1])

    def values(self) -> pd.Series:
        """The series as a pandas Series indexed by date (a copy)."""
        return pd.Series(self.y.copy(), index=pd.DatetimeIndex(self.dates), name=self.series_id)


def _text(value: object) -> str:
    return (
        ""
        if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA
        else str(value)
    )


@functools.cache
def _catalogue() -> dict[str, Series]:
    """Every series of ``series.csv`` with its data, milestones and months, in lesson order."""
    from medsos.data import load

    info, attention = load("series"), load("attention")
    campaigns = load("campaigns").set_index("campaign_id")
    milestones = load("milestones")
    order = {cid: n for n, cid in enumerate(campaigns.index)}
    rows = sorted(
        info.itertuples(index=False),
        key=lambda r: (
            int(campaigns.loc[r.campaign_id, "lesson"]) if r.campaign_id in campaigns.index else 99,
            order.get(r.campaign_id, 99),
        ),
    )
    found: dict[str, Series] = {}
    for row in rows:
        part = attention[attention["series_id"] == row.series_id].sort_values("date")
        if part.empty:
            continue
        dates = part["date"].to_numpy(dtype="datetime64[D]")
        y = part["value"].to_numpy(dtype=float)
        is_rank = not bool(row.higher_is_more)
        camp = campaigns.loc[row.campaign_id] if row.campaign_id in campaigns.index else None
        name = (
            {"id": _text(camp["name_id"]), "en": _text(camp["name_en"])}
            if camp is not None
            else {"id": row.campaign_id, "en": row.campaign_id}
        )
        own = milestones[milestones["campaign_id"] == row.campaign_id].sort_values("date")
        marks = tuple(
            Milestone(
                pd.Timestamp(m.date),
                {"id": _text(m.label_id), "en": _text(m.label_en)},
                _text(m.source),
                _text(m.source_url),
            )
            for m in own.itertuples(index=False)
        )
        months = tuple(
            pd.date_range(
                pd.Timestamp(dates[0]).to_period("M").to_timestamp(),
                pd.Timestamp(dates[-1]),
                freq="MS",
            )
        )
        found[row.series_id] = Series(
            series_id=row.series_id,
            campaign_id=row.campaign_id,
            measure=row.measure,
            kind=row.kind,
            is_rank=is_rank,
            name=name,
            hashtag=_text(camp["hashtag"]) if camp is not None else "",
            unit={"id": _text(row.unit_id), "en": _text(row.unit_en)},
            note={"id": _text(row.note_id), "en": _text(row.note_en)},
            source=_text(row.source),
            source_url=_text(row.source_url),
            lesson=int(camp["lesson"]) if camp is not None else 99,
            dates=dates,
            x=mdates.date2num(dates),
            y=y,
            top=int(np.argmin(y) if is_rank else np.argmax(y)),
            milestones=marks,
            months=months,
            caveat=(
                {"id": _text(row.caveat_id), "en": _text(row.caveat_en)}
                if _text(row.caveat_en)
                else None
            ),
            in_campaign_chart=bool(row.in_campaign_chart),
        )
    return found


def _resolve(names: str | Sequence[str]) -> list[Series]:
    """Series for a series id, a campaign id or a hashtag (or a list of them)."""
    catalogue = _catalogue()
    wanted = [names] if isinstance(names, str) else list(names)
    if not wanted:
        raise CourseError(
            _("Name at least one series or campaign."),
            fix=_('For example: ms.plot_attention("metoo").'),
        )
    chosen: list[Series] = []
    for raw in wanted:
        key = str(raw).strip().lower().lstrip("#")
        hits = [s for s in catalogue.values() if s.series_id.lower() == key]
        hits = hits or [
            s
            for s in catalogue.values()
            if s.in_campaign_chart and key in (s.campaign_id.lower(), s.hashtag.lower().lstrip("#"))
        ]
        if not hits:
            known = sorted({*catalogue, *(s.campaign_id for s in catalogue.values())})
            close = difflib.get_close_matches(key, known, n=1, cutoff=0.5)
            fix = (
                _("Did you mean {name!r}?").format(name=close[0])
                if close
                else _("Names you can use: {names}.").format(names=", ".join(known))
            )
            raise CourseError(
                _("There is no series or campaign called {name!r}.").format(name=str(raw)), fix=fix
            )
        chosen += [s for s in hits if s not in chosen]
    return chosen


def _day(value: object, what: str) -> pd.Timestamp | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return pd.Timestamp(value).normalize()
    except (ValueError, TypeError):
        raise CourseError(
            _("The {what} date {value!r} is not a date.").format(what=_(what), value=value),
            fix=_('Write dates like "2019-06-01".'),
        ) from None


# --- number formats --------------------------------------------------------------------


def _axis_unit(top: float) -> float:
    """The unit for a linear axis whose highest tick is about ``top``."""
    return 1e6 if top >= 2e6 else 1e3 if top >= 1e4 else 1.0


def _log_ticks(lo: float, hi: float) -> list[float]:
    """1, 10, 100, ... inside [lo, hi]; adds 2× and 5× when the range spans few powers of ten."""
    lo, hi = min(lo, hi), max(lo, hi)
    powers = [10.0**k for k in range(math.floor(math.log10(lo)), math.ceil(math.log10(hi)) + 1)]
    ticks = [p for p in powers if lo <= p <= hi]
    if len(ticks) < 3:
        ticks = sorted(t for p in powers for t in (p, 2 * p, 5 * p) if lo <= t <= hi)
    return ticks


def _day_ticks(x_lo: float, x_hi: float) -> list[float] | None:
    """Evenly spaced day ticks for a short period (None: leave it to the date locator).

    Matplotlib's automatic ticks restart at the 1st of each month, which puts "31 May"
    and "Jun 2020" on top of each other in a two-week chart; these do not.
    """
    span = x_hi - x_lo
    if span > 75:
        return None
    step = next(k for k in (1, 2, 3, 5, 7, 14) if span / k <= 7)
    first = math.ceil(x_lo)
    return [float(v) for v in np.arange(first, x_hi, step)]


# --- drawing ---------------------------------------------------------------------------


def _in_range(s: Series, start: pd.Timestamp | None, end: pd.Timestamp | None) -> slice:
    lo = (
        0
        if start is None
        else int(np.searchsorted(s.dates, np.datetime64(start.date(), "D"), "left"))
    )
    hi = (
        len(s.dates)
        if end is None
        else int(np.searchsorted(s.dates, np.datetime64(end.date(), "D"), "right"))
    )
    return slice(lo, hi)


def _with_gaps(x: np.ndarray, y: np.ndarray, days: int) -> tuple[np.ndarray, np.ndarray]:
    """Insert a break (NaN) wherever more than ``days`` days are missing."""
    if len(x) < 2:
        return x, y
    cut = np.nonzero(np.diff(x) > days)[0] + 1
    if not len(cut):
        return x, y
    return np.insert(x, cut, np.nan), np.insert(y, cut, np.nan)


def _y_limits(values: np.ndarray, *, log: bool, rank: bool, headroom: float) -> tuple[float, float]:
    """Limits (bottom, top) that keep the curve below the rows of milestone labels."""
    finite = values[np.isfinite(values) & ((values > 0) if log else True)]
    if not len(finite):
        return (1.0, 10.0) if log else (0.0, 1.0)
    vmin, vmax = float(finite.min()), float(finite.max())
    if rank:  # inverted log axis: best (smallest) rank at the top
        bottom = 10 ** (math.log10(vmax) + 0.06 * max(math.log10(vmax / vmin), 1))
        span = math.log10(bottom) - math.log10(vmin)
        top = 10 ** (math.log10(bottom) - span / (1 - headroom))
        return bottom, max(top, 0.5)
    if log:
        bottom = 10 ** (math.log10(vmin) - 0.05 * max(math.log10(vmax / vmin), 1))
        span = math.log10(vmax) - math.log10(bottom)
        return bottom, 10 ** (math.log10(bottom) + span / (1 - headroom))
    top = vmax if vmax > 0 else 1.0
    return 0.0, top / (1 - headroom)


@dataclass
class _Drawn:
    s: Series
    x: np.ndarray
    y: np.ndarray  # as drawn (normalised or not)
    raw: np.ndarray


def draw_attention(
    names: str | Sequence[str],
    start: object = None,
    end: object = None,
    scale: str = "linear",
    normalise: bool = False,
    milestones: bool = True,
) -> Chart:
    """The chart behind :func:`plot_attention` and the explorer (see there)."""
    chosen = _resolve(names)
    start_day, end_day = _day(start, N_("start")), _day(end, N_("end"))
    scale = str(scale).strip().lower()
    if scale not in SCALES:
        close = [s for s in SCALES if scale.startswith(s[:3])] or difflib.get_close_matches(
            scale, SCALES, n=1
        )
        raise CourseError(
            _("Unknown scale {scale!r}.").format(scale=scale),
            fix=(
                _("Did you mean {name!r}?").format(name=close[0])
                if close
                else _("Use one of: {kinds}.").format(kinds=", ".join(SCALES))
            ),
        )
    if start_day is not None and end_day is not None and start_day > end_day:
        raise CourseError(
            _("The period is empty: it starts on {start} and ends before that, on {end}.").format(
                start=i18n.date(start_day), end=i18n.date(end_day)
            ),
            fix=_("Choose an end date after the start date."),
        )
    ranks = [s for s in chosen if s.is_rank]
    if ranks and len(chosen) > 1:
        raise CourseError(
            _("A rank cannot share an axis with counts: {name} is a rank.").format(
                name=ranks[0].series_id
            ),
            fix=_("Draw the rank on its own chart."),
        )
    if len(chosen) > 1 and not normalise and len({s.measure for s in chosen}) > 1:
        raise CourseError(
            _(
                "These series count different things ({measures}), "
                "so one axis cannot show them both."
            ).format(
                measures=", ".join(_(MEASURE_SHORT.get(s.measure, s.measure)) for s in chosen)
            ),
            fix=_("Compare their shapes with normalise=True (each series' highest day = 100)."),
        )

    rank = bool(ranks)
    log = rank or scale == "log"
    drawn: list[_Drawn] = []
    for s in chosen:
        part = _in_range(s, start_day, end_day)
        x, raw = s.x[part], s.y[part]
        y = raw / s.y[s.top] * 100.0 if (normalise and not rank and s.y[s.top] > 0) else raw
        if len(x):
            drawn.append(_Drawn(s, x, y, raw))
    if not drawn:
        first = min(s.first for s in chosen)
        last = max(s.last for s in chosen)
        raise CourseError(
            _("There are no data for this series between {start} and {end}.").format(
                start=i18n.date(start_day or first), end=i18n.date(end_day or last)
            ),
            fix=_("The data cover {first} to {last}: choose a period inside it.").format(
                first=i18n.date(first), last=i18n.date(last)
            ),
        )

    if log and not rank and not any((d.y > 0).any() for d in drawn):
        raise CourseError(
            _("Every day of this period is 0, and 0 has no place on a log scale."),
            fix=_("Choose the linear scale, or a later period."),
        )

    lead = drawn[0].s
    shorts = [_(MEASURE_SHORT.get(d.s.measure, d.s.measure)) for d in drawn]
    what = (
        _(MEASURE_TITLES.get(lead.measure, lead.measure))
        if len(drawn) == 1
        else _("{first} and {second}").format(first=", ".join(shorts[:-1]), second=shorts[-1])
    )
    title = _("{name}: {what}").format(name=i18n.pick(lead.name), what=what)
    if normalise and not rank:
        ylabel = _("% of its highest day") if len(drawn) == 1 else _("% of each one's highest day")
    else:
        ylabel = _(Y_LABELS.get(lead.measure, lead.measure))
    if log and not rank:
        ylabel = _("{label} (log scale)").format(label=ylabel)
    kinds = {d.s.kind for d in drawn}
    chart_kind = kinds.pop() if len(kinds) == 1 else "mixed"
    sources = "; ".join(dict.fromkeys(d.s.source for d in drawn))
    chart = Chart(
        title, _("Date"), ylabel, _("Source: {sources}").format(sources=sources), kind=chart_kind
    )
    ax = chart.ax

    # x range: the data shown, plus the milestones of the period (or within a week of the data)
    x_lo = min(float(d.x[0]) for d in drawn)
    x_hi = max(float(d.x[-1]) for d in drawn)
    marks: list[Milestone] = []
    if milestones:
        lo_day = start_day or pd.Timestamp(mdates.num2date(x_lo).date()) - pd.Timedelta(days=7)
        hi_day = end_day or pd.Timestamp(mdates.num2date(x_hi).date()) + pd.Timedelta(days=7)
        seen: set[tuple] = set()
        for d in drawn:
            for m in d.s.milestones:
                if lo_day <= m.when <= hi_day and (m.when, m.label["en"]) not in seen:
                    seen.add((m.when, m.label["en"]))
                    marks.append(m)
        marks.sort(key=lambda m: m.when)
        if marks:
            x_lo = min(x_lo, float(mdates.date2num(marks[0].when)))
            x_hi = max(x_hi, float(mdates.date2num(marks[-1].when)))
    pad = max((x_hi - x_lo) * 0.02, 0.6)
    x_lo, x_hi = x_lo - pad, x_hi + pad

    # lines: one colour each; reconstructed ones dashed (Chart.line does that)
    legend = len(drawn) > 1
    for n, d in enumerate(drawn):
        x, y = d.x, d.y
        if log:
            y = np.where(y > 0, y, np.nan)
        if d.s.is_rank:
            x, y = _with_gaps(x, y, GAP_DAYS)
        few = len(d.x) <= 45
        chart.line(
            x,
            y,
            label=shorts[n].capitalize() if legend else None,
            kind=d.s.kind,
            colour=PALETTE[n % len(PALETTE)],
            marker="o" if few else None,
            markersize=4 if few else None,
            zorder=3,
        )

    # milestone labels: rows first, so that the y range leaves room for just those rows
    plan = chart.plan_milestones(
        [(m.when, f"{i18n.date(m.when, 'd MMM')}: {i18n.pick(m.label)}") for m in marks],
        (x_lo, x_hi),
    )
    headroom = plan.headroom
    every = np.concatenate([d.y for d in drawn])
    bottom, top = _y_limits(
        every[every > 0] if log else every, log=log, rank=rank, headroom=headroom
    )
    if log:
        ax.set_yscale("log")
        ax.yaxis.set_major_locator(FixedLocator(_log_ticks(bottom, top)))
        ax.yaxis.set_minor_locator(NullLocator())
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: compact(v)))
    else:
        unit = _axis_unit(top)
        ax.yaxis.set_major_locator(MaxNLocator(nbins=5, steps=[1, 2, 2.5, 5, 10]))
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: compact(v, unit)))
    ax.set_ylim(bottom, top)  # for ranks bottom > top: the axis is inverted, rank 1 on top
    ax.set_xlim(x_lo, x_hi)
    chart.dates_on_x()
    days = _day_ticks(x_lo, x_hi)
    # a few well-spaced ticks (each tick costs ~2 ms to draw)
    ax.xaxis.set_major_locator(
        FixedLocator(days) if days else mdates.AutoDateLocator(minticks=3, maxticks=7)
    )

    # the highest day (best rank) of the period: a ring on the line, named in the legend
    notes: list[str] = []
    for n, d in enumerate(drawn):
        i = int(np.nanargmin(d.raw) if d.s.is_rank else np.nanargmax(d.raw))
        when = pd.Timestamp(mdates.num2date(d.x[i]).date())
        if d.s.is_rank:
            notes.append(
                _("Best rank in this period: {value} on {date}.").format(
                    value=i18n.number(d.raw[i]), date=i18n.date(when)
                )
            )
            ring = _("Best rank: {value} ({date})")
        else:
            notes.append(
                _("Highest day in this period: {date}, {value} {unit}.").format(
                    date=i18n.date(when), value=i18n.number(d.raw[i]), unit=i18n.pick(d.s.unit)
                )
            )
            ring = _("Highest: {value} ({date})")
        ax.plot(
            [d.x[i]],
            [d.y[i]],
            marker="o",
            markersize=14,
            markerfacecolor="none",
            markeredgecolor=HIGHLIGHT if not legend else PALETTE[n % len(PALETTE)],
            markeredgewidth=2.2,
            linestyle="none",
            zorder=5,
            label=None if legend else ring.format(value=compact(d.raw[i]), date=i18n.date(when)),
        )
        if normalise and not rank:
            notes.append(
                _("100 = {date}, the highest day of the whole series ({value} {unit}).").format(
                    date=i18n.date(d.s.dates[d.s.top]),
                    value=i18n.number(d.s.y[d.s.top]),
                    unit=i18n.pick(d.s.unit),
                )
            )

    # milestones: white dots on the line, labels in rows above the curve
    key = chart.draw_milestones(plan, [(d.x, d.y) for d in drawn], (bottom, top), log=log)

    # what the chart cannot do, said on the chart itself
    if rank and normalise:
        text = _(
            "'Highest day = 100' does not apply to a rank: a rank already compares the "
            "hashtag with every other word of the day."
        )
        ax.text(
            0.5,
            0.45 * (1 - headroom),
            textwrap.fill(text, 58),
            transform=ax.transAxes,
            ha="center",
            va="center",
            fontsize=12,
            zorder=7,
            color="#1a1a1a",
            bbox={"boxstyle": "round,pad=0.5", "facecolor": "#fff3d6", "edgecolor": HIGHLIGHT},
        )
        notes.append(text)
    if rank:
        notes.append(
            _(
                "Rank 1 = the most used word that day, at the top of the axis; the axis is "
                "logarithmic (each step = 10 times more words ahead)."
            )
        )
    if rank and scale == "linear":
        notes.append(
            _(
                "Ranks are always drawn on a log scale: on a linear axis every day but a few "
                "would sit squashed at the bottom."
            )
        )
    if log and not rank and any((d.y <= 0).any() for d in drawn):
        notes.append(_("Days with 0 cannot be drawn on a log scale; they are left out."))

    for d in drawn:
        if d.s.kind != "observed":
            notes.append(i18n.pick(d.s.note))
    if key:
        notes.append(_("Milestones: {key}.").format(key="; ".join(key)))
    notes += [i18n.pick(d.s.caveat) for d in drawn if d.s.caveat]
    for text in notes:
        chart.note(text)
    chart.cite((d.s.source, d.s.source_url) for d in drawn)
    chart.alt = _alt(chart, drawn, notes)
    return chart


def _alt(chart: Chart, drawn: list[_Drawn], notes: list[str]) -> str:
    kinds = ", ".join(sorted({kind_label(d.s.kind) for d in drawn}))
    first = min(pd.Timestamp(mdates.num2date(d.x[0]).date()) for d in drawn)
    last = max(pd.Timestamp(mdates.num2date(d.x[-1]).date()) for d in drawn)
    text = _("{title}. Line chart of {y} from {start} to {end} ({kinds} data).").format(
        title=chart.title,
        y=chart.ylabel.lower(),
        start=i18n.date(first),
        end=i18n.date(last),
        kinds=kinds,
    )
    badge = chart.badge_kind()
    if badge:
        text += " " + _("Marked as {badge}.").format(
            badge=kind_label(badge) if badge != "mixed" else _("partly reconstructed")
        )
    return " ".join([text, *notes])


# --- public functions --------------------------------------------------------------------


def plot_attention(
    series_or_campaign: str | Sequence[str],
    start: object = None,
    end: object = None,
    scale: str = "linear",
    normalise: bool = False,
    *,
    milestones: bool = True,
) -> Chart:
    """Daily attention to a campaign, as a chart with title, units, source and milestones.

    ``series_or_campaign``: a series id (``"metoo_twitter_rank"``), a campaign id
    (``"hongkong2019"``: all its series), a hashtag (``"#MeToo"``) or a list of them.
    ``start``/``end``: dates like ``"2019-06-01"`` (default: all the data).
    ``scale``: ``"linear"`` or ``"log"`` (ranks are always on a log axis, 1 at the top).
    ``normalise``: each series' highest day = 100, to compare shapes rather than sizes;
    series that count different things can only share a chart this way.
    """
    return draw_attention(series_or_campaign, start, end, scale, normalise, milestones)


def series_options() -> list[tuple[str, str]]:
    """(label in the current language, series id) for every series, in lesson order."""
    return [(s.label(), s.series_id) for s in _catalogue().values()]


def _month_options(s: Series) -> list[tuple[str, pd.Timestamp]]:
    return [(i18n.date(m, "MMM yyyy"), m) for m in s.months]


def _period(period: object) -> tuple[pd.Timestamp | None, pd.Timestamp | None]:
    if not period:
        return None, None
    first, last = period
    return pd.Timestamp(first), pd.Timestamp(last) + pd.offsets.MonthEnd(0)


@functools.lru_cache(maxsize=48)
def _cached_draw(
    series_id: str,
    start: pd.Timestamp | None,
    end: pd.Timestamp | None,
    scale: str,
    normalise: bool,
    milestones: bool,
    language: str,
) -> Chart:
    chart = draw_attention(series_id, start, end, scale, normalise, milestones)
    # no render here: the explorer's display renders it at once, and the cached chart
    # keeps that image (a static page's build asks it for a WebP instead)
    return chart


@with_recipe
def timeline_explorer(series: str | None = None, *, remember: bool = True) -> Explorer:
    """Explore a campaign's daily attention: series, period, scale, "highest day = 100", milestones.

    ``series``: the series or campaign to start with (default: the first of lesson 1).
    ``remember=False`` draws every chart afresh instead of reusing one drawn before
    (the benchmark uses it, to time real drawing).
    """
    catalogue = _catalogue()
    options = series_options()
    first = _resolve(series)[0].series_id if series else options[0][1]
    months = _month_options(catalogue[first])
    layout = widgets.Layout(width="98%")
    style = {"description_width": "initial"}
    controls = {
        "series": widgets.Dropdown(
            options=options, value=first, description=_("Series"), layout=layout, style=style
        ),
        "period": widgets.SelectionRangeSlider(
            options=months,
            index=(0, len(months) - 1),
            description=_("Period"),
            continuous_update=False,
            layout=layout,
            style=style,
        ),
        "scale": widgets.ToggleButtons(
            options=[(_("linear"), "linear"), (_("log"), "log")],
            value="linear",
            description=_("Scale"),
            style={**style, "button_width": "6em"},
            tooltips=[_("Equal steps are equal amounts"), _("Equal steps are equal ratios (×10)")],
        ),
        "normalise": widgets.Checkbox(
            value=False, description=_("Highest day = 100"), indent=False
        ),
        "milestones": widgets.Checkbox(value=True, description=_("Show milestones"), indent=False),
    }
    holder: dict[str, Explorer] = {}

    def rescope(change: dict) -> None:
        """A new series brings its own months; the period starts as the whole series."""
        months = _month_options(catalogue[change["new"]])
        explorer = holder.get("explorer")
        with explorer.quiet() if explorer else nullcontext():
            controls["period"].options = months
            controls["period"].index = (0, len(months) - 1)

    controls["series"].observe(rescope, names="value")  # before the explorer's own observer

    def draw(series: str, period: tuple, scale: str, normalise: bool, milestones: bool) -> Chart:
        start, end = _period(period)
        s = catalogue[series]
        if start is not None and end is not None:
            lo = int(np.searchsorted(s.dates, np.datetime64(start.date(), "D"), "left"))
            hi = int(np.searchsorted(s.dates, np.datetime64(end.date(), "D"), "right"))
            if hi <= lo:
                raise CourseError(
                    _("{name} has no data between {start} and {end}.").format(
                        name=s.label(), start=i18n.date(start), end=i18n.date(end)
                    ),
                    fix=_("Widen the period: the data cover {first} to {last}.").format(
                        first=i18n.date(s.first), last=i18n.date(s.last)
                    ),
                )
            if s.dates[0] >= np.datetime64(start.date()) and s.dates[-1] <= np.datetime64(
                end.date()
            ):
                start = end = None  # the whole series: same chart as plot_attention(series)
        if not remember:
            return draw_attention(series, start, end, scale, bool(normalise), bool(milestones))
        return _cached_draw(
            series, start, end, scale, bool(normalise), bool(milestones), i18n.language()
        )

    explorer = Explorer(
        controls,
        draw,
        description=_(
            "Choose a series and a period. Try the log scale and 'Highest day = 100': "
            "do the bursts of different campaigns have the same shape?"
        ),
    )
    holder["explorer"] = explorer
    return explorer


def timeline_bench() -> Explorer:
    """The explorer as the benchmark uses it: Hong Kong 2019, every chart drawn afresh."""
    return timeline_explorer("hongkong2019_pageviews", remember=False)


BENCH = [
    (
        timeline_bench,
        [
            {"scale": "log"},
            {"normalise": True},
            {"scale": "linear"},
            {"normalise": False},
            {"milestones": False},
            {"milestones": True},
            {"series": "metoo_twitter_rank"},
            {"series": "blm2020_protest_events"},
            {"series": "blm2020_tweets"},
            {"series": "hongkong2019_pageviews"},
        ],
    )
]


def static_states(explorer: Explorer) -> list[dict]:
    """The states a page or deck with no kernel shows (each a change from the default).

    Every series over its whole period; for the series the explorer starts with, both
    scales, "highest day = 100", milestones off, and its period in thirds (where each
    burst sits). The live notebook explores every other combination.
    """
    months = [value for _label, value in explorer.controls["period"].options]
    states: list[dict] = [{"series": value} for _label, value in series_options()]
    states += [{"scale": "log"}, {"normalise": True}, {"milestones": False}]
    last = len(months) - 1
    if last >= 3:
        cuts = [0, last // 3, 2 * last // 3, last]
        states += [{"period": (months[a], months[b])} for a, b in zip(cuts, cuts[1:], strict=False)]
    return states
