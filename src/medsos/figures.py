"""Published figures as a chart: a few numbers from ``published_figures.csv``, side by side.

Used where no daily series exists and the honest picture is a handful of figures, each
from its own report::

    ms.plot_figures(["percumalaporpolisi-01", "percumalaporpolisi-02"],
                    title="…", ylabel="Tweets")

Bars show the values; their labels carry each figure's date, so that figures from
different days are not mistaken for one measurement; the caption lists every source
with its URL.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from medsos import i18n
from medsos.charts import PALETTE, Chart
from medsos.errors import CourseError
from medsos.i18n import _


def figures(figure_ids: Sequence[str]) -> pd.DataFrame:
    """The rows of ``published_figures`` with these ids, in this order."""
    from medsos.data import load

    table = load("published_figures").set_index("figure_id")
    missing = [f for f in figure_ids if f not in table.index]
    if missing:
        raise CourseError(
            _("No published figure has the id(s): {ids}.").format(ids=", ".join(missing)),
            fix=_('Look up the ids in ms.load("published_figures").'),
        )
    return table.loc[list(figure_ids)].reset_index()


def plot_figures(
    figure_ids: Sequence[str],
    *,
    title: str,
    ylabel: str,
    labels: Sequence[str] | None = None,
) -> Chart:
    """Bars of published figures, labelled with their dates, sources in the caption."""
    rows = figures(figure_ids)
    names = list(labels) if labels is not None else list(rows["metric"])
    if len(names) != len(rows):
        raise CourseError(
            _("Give one label per figure ({n} figures, {k} labels).").format(
                n=len(rows), k=len(names)
            ),
            fix=_("Pass as many labels as figure ids, or none."),
        )
    shown = []
    for name, row in zip(names, rows.itertuples(index=False), strict=True):
        start, end = pd.Timestamp(row.date_start), pd.Timestamp(row.date_end)
        when = i18n.date(start) if start == end else f"{i18n.date(start)} – {i18n.date(end)}"
        shown.append(f"{name}\n({when})")
    sources = list(dict.fromkeys(rows["source"]))
    chart = Chart(
        title,
        _("Published figure (date)"),
        ylabel,
        _("Source: {sources}").format(sources="; ".join(sources)),
        kind="published",
        alt=_("Bar chart, {title}: {values}.").format(
            title=title,
            values="; ".join(
                f"{n} {i18n.number(v)}" for n, v in zip(names, rows["value"], strict=True)
            ),
        ),
    )
    chart.bars(shown, list(rows["value"]), colours=PALETTE[: len(rows)])
    chart.thousands_on_y()
    if float(rows["value"].max()) >= 10_000:
        chart.margins["left"] = 0.14
    chart.ax.set_ylim(0, float(rows["value"].max()) * 1.15)
    chart.note(
        _("Data: {sources}.").format(
            sources="; ".join(
                f"{s} ({u})"
                for s, u in dict.fromkeys(zip(rows["source"], rows["url"], strict=True))
            )
        )
    )
    return chart


def plot_counter_hashtag() -> Chart:
    """Lesson 4: #PercumaLaporPolisi and the police's counter-hashtag, as published."""
    return plot_figures(
        ["percumalaporpolisi-01", "percumalaporpolisi-02"],
        title=_("A hashtag and its counter-hashtag (counted on different days)"),
        ylabel=_("Tweets"),
        labels=["#PercumaLaporPolisi", "#PolriSesuaiProsedur"],
    )


def plot_hong_kong_accounts() -> Chart:
    """Lesson 4: Hong Kong 2019, one protest Telegram group beside the state-backed accounts."""
    return plot_figures(
        ["hongkong2019-04", "hongkong2019-state-accounts", "hongkong2019-state-network"],
        title=_("Hong Kong 2019: organising and manipulation"),
        ylabel=_("Accounts or subscribers"),
        labels=[
            _("A protest Telegram group"),
            _("State-backed core"),
            _("Wider network"),
        ],
    )
