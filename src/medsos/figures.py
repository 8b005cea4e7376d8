"""Published figures as a chart: a few numbers from ``published_figures.csv``, side by side.

Used where no daily series exists and the honest picture is a handful of figures, each
from its own report. Every lesson's bar chart of published figures (march sizes,
strikes, the Chibok girls, hashtag counts, ITU's groups of countries, APJII's groups)
is one call of :func:`plot_figures`::

    ms.plot_figures(["percumalaporpolisi-01", "percumalaporpolisi-02"],
                    title="…", ylabel="Tweets")

Bars show the values; by default their labels carry each figure's date, so that
figures from different days are not mistaken for one measurement. The source names
are drawn under the chart (once); the caption lists the pages that state the figures.

>>> from medsos import i18n
>>> _lang = i18n.set_language("en")
>>> chart = plot_figures(["hongkong2019-01", "hongkong2019-03"], title="Marches",
...                      ylabel="People", labels=["31 March", "9 June"])
>>> chart.source
'Source: Civil Human Rights Front via Wikipedia (List of early 2019 Hong Kong protests); Civil Human Rights Front via Mothership (10 Jun 2019)'
>>> period("2019-03-31", "2019-03-31"), period("2019-09-20", "2019-09-27")
('31 Mar 2019', '20 Sep – 27 Sep 2019')
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pandas as pd
from matplotlib.ticker import FuncFormatter

from medsos import i18n
from medsos.charts import PALETTE, Chart
from medsos.errors import CourseError
from medsos.i18n import _


def figures(figure_ids: Sequence[str]) -> pd.DataFrame:
    """The rows of ``published_figures`` with these ids, in this order.

    >>> list(figures(["hongkong2019-03"])["value"])
    [1030000.0]
    """
    from medsos.data import load

    table = load("published_figures").set_index("figure_id")
    missing = [f for f in figure_ids if f not in table.index]
    if missing:
        raise CourseError(
            _("No published figure has the id(s): {ids}.").format(ids=", ".join(missing)),
            fix=_('Look up the ids in ms.load("published_figures").'),
        )
    return table.loc[list(figure_ids)].reset_index()


def figures_starting(prefix: str) -> pd.DataFrame:
    """Rows of ``published_figures`` whose id starts with ``prefix``, in file order.

    >>> figures_starting("digitaldivide-itu-2024-")["figure_id"].iloc[0]
    'digitaldivide-itu-2024-world'
    """
    from medsos.data import load

    table = load("published_figures")
    rows = table[table["figure_id"].str.startswith(prefix)]
    if rows.empty:
        raise CourseError(
            _("The published figures {name}… are missing from the data.").format(name=prefix),
            fix=_("Get a fresh copy of data/ (git checkout data/)."),
        )
    return rows.reset_index(drop=True)


def period(start: object, end: object, pattern: str = "d MMM yyyy") -> str:
    """The period a figure covers, in the student's language: one day, or "from – to"."""
    first, last = pd.Timestamp(start), pd.Timestamp(end)
    if pd.isna(last) or first == last:
        return i18n.date(first, pattern)
    if first.year == last.year:
        return f"{i18n.date(first, 'd MMM')} – {i18n.date(last, pattern)}"
    return f"{i18n.date(first, pattern)} – {i18n.date(last, pattern)}"


def source_line(rows: pd.DataFrame) -> str:
    """ "Source: A; B": who published the figures, each name once (drawn under the chart)."""
    return _("Source: {sources}").format(sources="; ".join(dict.fromkeys(rows["source"])))


def plot_figures(
    figure_ids: Sequence[str],
    *,
    title: str,
    ylabel: str,
    labels: Sequence[str] | None = None,
    xlabel: str | None = None,
    dated: bool = True,
    horizontal: bool = False,
    colours: Sequence[str] | None = None,
    fmt: Callable[[float], str] | None = None,
    percent: bool = False,
    ticks: bool = True,
    notes: Sequence[str] = (),
    alt: str | None = None,
    label_room: float | None = None,
    source: str | None = None,
    inside: bool = False,
) -> Chart:
    """Bars of published figures, each labelled with its date; the pages in the caption.

    ``labels``: one per figure (default: the table's ``metric_id`` or ``metric_en``, by language); ``dated`` adds each
    figure's period under its label. ``ylabel`` names the values' axis (with units),
    ``xlabel`` the bars' axis (default "Published figure (date)"). ``horizontal`` draws
    rows (give ``label_room`` for long labels), ``colours`` one per bar, ``fmt`` writes
    each value (default: the language's number format), ``percent`` puts the values on
    a 0–100 % axis, ``ticks=False`` leaves the value axis bare (the bars carry their
    numbers), ``inside`` writes the values inside the bars. ``notes`` go into the caption;
    ``alt`` replaces the written alt text.

    >>> chart = plot_figures(["hongkong2019-01", "hongkong2019-02"],
    ...                      title="Two marches", ylabel="People")
    >>> chart.alt
    'Bar chart, Two marches: march participants (organiser figure) 12,000; march participants (organiser figure) 130,000.'
    >>> chart.caption()
    'Data online: https://en.m.wikipedia.org/wiki/List_of_early_2019_Hong_Kong_protests; https://www.scmp.com/news/hong-kong/politics/article/3007999/thousands-set-join-protest-march-against-proposed'
    """
    rows = figures(figure_ids)
    names = list(labels) if labels is not None else list(rows[i18n.column("metric")])
    if len(names) != len(rows):
        raise CourseError(
            _("Give one label per figure ({n} figures, {k} labels).").format(
                n=len(rows), k=len(names)
            ),
            fix=_("Pass as many labels as figure ids, or none."),
        )
    values = [float(v) for v in rows["value"]]
    shown = [
        f"{name}\n({period(row.date_start, row.date_end)})" if dated else name
        for name, row in zip(names, rows.itertuples(index=False), strict=True)
    ]
    write = fmt or i18n.number
    bar_axis = xlabel or (_("Published figure (date)") if dated else _("Published figure"))
    chart = Chart(
        title,
        ylabel if horizontal else bar_axis,
        bar_axis if horizontal else ylabel,
        source or source_line(rows),
        kind="published",
        label_room=label_room,
        alt=alt
        or _("Bar chart, {title}: {values}.").format(
            title=title,
            values="; ".join(
                f"{n.replace(chr(10), ' ')} {write(v)}" for n, v in zip(names, values, strict=True)
            ),
        ),
    )
    chart.bars(
        shown,
        values,
        horizontal=horizontal,
        colours=list(colours) if colours is not None else PALETTE[: len(rows)],
        kind="published",
        fmt=write,
        width=0.6 if not horizontal else 0.7,
        value_size=12,
        inside=inside,
    )
    top = max(values) if values else 1.0
    ax = chart.ax
    limit = (0, 105 if percent else top * 1.15)
    (ax.set_xlim if horizontal else ax.set_ylim)(*limit)
    value_axis = ax.xaxis if horizontal else ax.yaxis
    if percent:
        value_axis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{v:.0f}%"))
    else:
        value_axis.set_major_formatter(FuncFormatter(lambda v, _pos: i18n.number(v)))
        if top >= 10_000 and not horizontal:
            chart.margins["left"] = max(chart.margins["left"], 0.14)
    if not ticks:
        (ax.set_xticks if horizontal else ax.set_yticks)([])
        ax.grid(False)
        ax.spines["bottom" if horizontal else "left"].set_visible(False)
    for note in notes:
        chart.note(note)
    chart.cite(zip(rows["source"], rows["url"], strict=True))
    return chart
