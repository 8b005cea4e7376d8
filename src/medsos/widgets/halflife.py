"""Lesson 4's attention half-life: how fast did attention fade after the peak?

* :func:`plot_half_life` draws one series around its peak with the fitted exponential
  decay and the "half the peak" line, for the lesson's static cells::

      ms.plot_half_life("blm2020_protest_events", window=21)

* :func:`halflife_explorer` is the same picture with controls (series, window, scale).
* :func:`plot_decay` draws any daily series, e.g. a student's own CSV (lesson 6).
* :func:`plot_online_offline` puts BLM's reconstructed tweets and observed protest
  events on one "highest day = 100" scale: online attention fell faster than street
  protest (the slacktivism question of lesson 4).

The series on offer are the course's count series (ranks do not halve) and the English
Wikipedia articles on single events of the 2019 Hong Kong protests (the article on the protests as a
whole is the course series ``hongkong2019_pageviews``, offered once): observed series whose decay
was measured, beside reconstructed ones whose decay was assumed. Everything is prepared
once per process; a redraw fits about 60 points and draws one small figure.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from dataclasses import dataclass

import ipywidgets as widgets
import numpy as np
import pandas as pd
from matplotlib.ticker import FixedLocator, MaxNLocator, NullLocator

from medsos import i18n
from medsos.charts import MUTED, PALETTE, Chart
from medsos.errors import CourseError
from medsos.i18n import N_, _
from medsos.models.attention import Decay, fit_half_life, reconstructed_warning
from medsos.widgets.base import Explorer, with_recipe

BEFORE = 7  # days drawn before the peak, to show the rise
WINDOWS = (7, 60)
Y_LABELS = {
    "pageviews": N_("Page views per day"),
    "protest_events": N_("Protest events per day"),
    "tweets": N_("Tweets per day"),
    "popular_tweets": N_("Tweets with 100+ retweets per day"),
    "groups_founded": N_("Groups founded per day"),
    "count": N_("Count per day"),
}
WIKI_PREFIX = "wiki:"
ARTICLE_LABELS = {
    "12 June 2019 Hong Kong protest": N_("Hong Kong protest of 12 June 2019"),
    "2019 Hong Kong extradition bill": N_("Hong Kong extradition bill (2019)"),
    "2019 Hong Kong local elections": N_("Hong Kong local elections (2019)"),
    "2019 Yuen Long attack": N_("Yuen Long attack (2019)"),
    "2019–20 Hong Kong protests": N_("Hong Kong protests of 2019–2020"),
    "Carrie Lam": N_("Carrie Lam"),
    "Glory to Hong Kong": N_("Glory to Hong Kong (protest song)"),
    "Hong Kong Way": N_("Hong Kong Way (human chain)"),
    "Siege of the Hong Kong Polytechnic University": N_(
        "Siege of the Hong Kong Polytechnic University"
    ),
    "Storming of the Legislative Council Complex": N_(
        "Storming of the Legislative Council Complex"
    ),
}
"""Labels for the ten English Wikipedia articles, translated where the student reads them; the
article's own title stays in the chart's caption, so the page can still be found."""
SAME_AS = {WIKI_PREFIX + "2019–20 Hong Kong protests": "hongkong2019_pageviews"}
"""Articles that are also a course series: offered once, under the series' name (one Hong Kong
series under one name), and the article's key still works."""


@dataclass(frozen=True)
class Option:
    """One series the explorer offers: its values and what to say about them."""

    key: str
    label: str
    values: pd.Series
    kind: str
    measure: str
    source: str
    note: str = ""


@functools.lru_cache(maxsize=2)
def _options(lang: str) -> dict[str, Option]:
    from medsos.data import load, series, source_of

    options: dict[str, Option] = {}
    for info in load("series").itertuples(index=False):
        if not info.higher_is_more:
            continue
        values = series(info.series_id)
        options[info.series_id] = Option(
            key=info.series_id,
            label=_series_label(info.campaign_id, info.measure, info.kind, values.index[0].year),
            values=values,
            kind=info.kind,
            measure=info.measure,
            source=_("Source: {sources}").format(sources=info.source),
        )
    wiki = load("hk_pageviews")
    source = source_of("hk_pageviews")
    for article, rows in wiki.groupby("article", sort=True):
        key = WIKI_PREFIX + article
        if key in SAME_AS:  # the course series of the same article is already on offer
            continue
        options[key] = Option(
            key=key,
            label=_("Wikipedia: {article}").format(
                article=article if lang == "en" else _(ARTICLE_LABELS.get(article, article))
            ),
            values=pd.Series(rows["views"].to_numpy(), index=pd.DatetimeIndex(rows["date"])),
            kind="observed",
            measure="pageviews",
            source=source,
            note=_("Page views of the English Wikipedia article \u201c{title}\u201d.").format(
                title=article
            ),
        )
    return options


def _series_label(campaign_id: str, measure: str, kind: str, year: int) -> str:
    from medsos.data import load

    campaigns = load("campaigns").set_index("campaign_id")
    # the campaign's name in the student's language, as the timeline explorer names it
    name = (
        str(campaigns.loc[campaign_id, i18n.column("name")])
        if campaign_id in campaigns.index
        else campaign_id
    )
    words = {
        "pageviews": _("Wikipedia page views"),
        "protest_events": _("protest events"),
        "tweets": _("tweets"),
        "popular_tweets": _("popular tweets"),
        "groups_founded": _("groups founded"),
    }.get(measure, measure)
    return f"{name}: {words}" if str(year) in name else f"{name} {year}: {words}"


def options() -> dict[str, str]:
    """Series the explorer offers: ``{key: label}`` (the keys work in plot_half_life)."""
    return {key: o.label for key, o in _options(i18n.language()).items()}


def _option(key: str) -> Option:
    found = _options(i18n.language()).get(SAME_AS.get(key, key))
    if found is None:
        raise CourseError(
            _("There is no series called {name!r} here.").format(name=key),
            fix=_("Use one of: {names}.").format(names=", ".join(options())),
        )
    return found


def decay_of(key: str, window: int = 21) -> Decay:
    """The fitted decay of one offered series (see :func:`medsos.models.attention.fit_half_life`)."""
    o = _option(key)
    return fit_half_life(o.values, window=window, name=o.label, kind=o.kind)


def plot_half_life(key: str, window: int = 21, scale: str = "linear") -> Chart:
    """One series around its peak, with the fitted decay: a Chart with title, units and source."""
    o = _option(key)
    chart = plot_decay(
        o.values,
        o.label,
        window=window,
        scale=scale,
        kind=o.kind,
        source=o.source,
        measure=o.measure,
    )
    if o.note and i18n.language() != "en":  # the article's own title, to find the page
        chart.note(o.note)
    return chart


def plot_decay(
    values: pd.Series,
    name: str,
    *,
    window: int = 21,
    scale: str = "linear",
    kind: str = "observed",
    source: str,
    measure: str = "count",
) -> Chart:
    """Any daily series around its peak with the fitted exponential decay and half-peak line."""
    decay = fit_half_life(values, window=window, name=name, kind=kind)
    clean = pd.Series(values, dtype="float64").dropna().sort_index()
    start = decay.peak_date - pd.Timedelta(days=BEFORE)
    end = decay.peak_date + pd.Timedelta(days=window)
    shown = clean[(clean.index >= start) & (clean.index <= end)]
    days = (shown.index - decay.peak_date).days.to_numpy()
    if math.isinf(decay.half_life):
        fit_label = _("no decay in this window")
    else:
        fit_label = _("exponential fit: half-life {days} days").format(
            days=i18n.number(decay.half_life, 1)
        )
    chart = Chart(
        name,
        _("Days after the peak (day 0 = {date})").format(date=i18n.date(decay.peak_date)),
        _(Y_LABELS.get(measure, Y_LABELS["count"])),
        source,
        kind=kind,
        alt=_(
            "Line chart of {name} from {before} days before its peak to {window} days after. "
            "{sentence}"
        ).format(name=name, before=BEFORE, window=window, sentence=decay.sentence()),
    )
    chart.line(
        days,
        shown.to_numpy(),
        label=_("daily data"),
        kind=kind,
        colour=PALETTE[0],
        marker="o",
        markersize=3,
    )
    fit_days = np.arange(0, window + 1)
    chart.ax.plot(
        fit_days,
        decay.fitted(fit_days),
        color=PALETTE[1],
        linestyle=(0, (1, 1.5)),
        linewidth=2.4,
        label=fit_label,
    )
    chart.ax.axhline(
        decay.peak_value / 2, color=MUTED, linewidth=1, linestyle="--", label=_("half the peak")
    )
    if decay.observed_half_days is not None:
        chart.ax.axvline(decay.observed_half_days, color=MUTED, linewidth=1, alpha=0.6)
    # Ticks are fixed here, not left to matplotlib's locators: it keeps a redraw fast.
    top = float(shown.max()) * 1.08
    if scale == "log":
        chart.log_y()
        bottom = max(float(shown[shown > 0].min()) * 0.5, 0.5)
        chart.ax.set_ylim(bottom, top * 1.5)
        powers = 10.0 ** np.arange(math.floor(math.log10(bottom)), math.ceil(math.log10(top)) + 1)
        chart.ax.yaxis.set_major_locator(FixedLocator(powers))
        chart.ax.yaxis.set_minor_locator(NullLocator())
    else:
        chart.ax.set_ylim(0, top)
        chart.ax.yaxis.set_major_locator(MaxNLocator(5))
    chart.thousands_on_y()
    if top >= 10_000:
        chart.margins["left"] = 0.14
    chart.ax.set_xlim(-BEFORE - 0.5, window + 0.5)
    chart.ax.xaxis.set_major_locator(FixedLocator(np.arange(-BEFORE, window + 1, 7)))
    chart.note(decay.sentence())
    if kind == "reconstructed":
        chart.note(reconstructed_warning())
    return chart


def plot_days_since_peak(keys: Sequence[str], window: int = 30) -> Chart:
    """Several offered series on one axis of days since each one's peak (peak = 100).

    Events years apart (Ferguson and the Ice Bucket Challenge in 2014, Hong Kong in 2019) cannot
    share a date axis; aligned on their peaks, the speed of their fall can be compared. Each
    line is scaled to its own peak, so only shapes are compared, never sizes.
    """
    chosen = [_option(k) for k in keys]
    if not chosen:
        raise CourseError(
            _("Name at least one series."),
            fix=_("Use one of: {names}.").format(names=", ".join(options())),
        )
    sources = "; ".join(dict.fromkeys(o.source.split(": ", 1)[-1] for o in chosen))
    sentences = []
    chart = Chart(
        _("How fast attention fell: days since each series' peak"),
        _("Days since the peak (day 0 = each series' highest day)"),
        _("Share of the highest day (highest day = 100)"),
        _("Source: {sources}").format(sources=sources),
        kind=chosen[0].kind if len({o.kind for o in chosen}) == 1 else "mixed",
    )
    for o in chosen:
        clean = pd.Series(o.values, dtype="float64").dropna().sort_index()
        peak = clean.idxmax()
        part = clean[(clean.index >= peak - pd.Timedelta(days=BEFORE))]
        part = part[part.index <= peak + pd.Timedelta(days=window)]
        days = (part.index - peak).days.to_numpy()
        label = f"{o.label} ({i18n.date(peak)})"
        chart.line(days, part.to_numpy() / clean.max() * 100, label=label, kind=o.kind)
        decay = fit_half_life(o.values, window=window, name=o.label, kind=o.kind)
        sentences.append(decay.sentence())
    chart.ax.set_ylim(0, 105)
    chart.ax.axhline(50, color="#888888", linestyle="--", linewidth=1)
    for sentence in sentences:
        chart.note(sentence)
    chart.alt = _(
        "Line chart of {n} series aligned on their highest day (day 0) and scaled so that the "
        "highest day is 100. {sentences}"
    ).format(n=len(chosen), sentences=" ".join(sentences))
    return chart


@with_recipe
def halflife_explorer(key: str = "blm2020_protest_events", window: int = 21) -> Explorer:
    """Pick a series and a window; see the peak, the fitted decay and the half-life."""
    controls = {
        "key": widgets.Dropdown(
            options=[(label, k) for k, label in options().items()],
            value=key,
            description=_("Series"),
            layout=widgets.Layout(width="100%"),
        ),
        "window": widgets.IntSlider(
            value=window,
            min=WINDOWS[0],
            max=WINDOWS[1],
            step=1,
            description=_("Days after"),
            continuous_update=False,
        ),
        "scale": widgets.ToggleButtons(
            options=[(_("linear"), "linear"), (_("log"), "log")],
            value="linear",
            description=_("Scale"),
        ),
    }
    return Explorer(
        controls,
        plot_half_life,
        description=_(
            "Pick a series and how many days after the peak to fit. On the log scale an "
            "exponential decay is a straight line."
        ),
    )


BENCH = [
    (
        halflife_explorer,
        [
            {"window": 14},
            {"key": "hongkong2019_pageviews"},
            {"scale": "log"},
            {"key": WIKI_PREFIX + "2019 Hong Kong local elections"},
            {"window": 30},
            {"scale": "linear"},
            {"key": "blm2020_tweets"},
            {"key": "blm2020_protest_events"},
        ],
    )
]


def static_states(explorer: Explorer) -> list[dict]:
    """The states a page or deck with no kernel shows (each a change from the default).

    Every series; for the first, the log scale (where the decay is a straight line) and
    the story steps of the window: its shortest, two weeks, a month, its longest. The
    live notebook explores every combination.
    """
    del explorer
    states: list[dict] = [{"key": key} for key in options()]
    states += [{"scale": "log"}]
    states += [{"window": w} for w in (WINDOWS[0], 14, 30, WINDOWS[1])]
    return states
