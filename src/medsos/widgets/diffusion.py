"""Lesson 2's charts and its diffusion simulator: what hashtag campaigns do.

Static charts, one per case of the article (published figures, each with its source):

* :func:`plot_climate_strikes`: #ClimateStrike 2019, people (``"people"``) or places
  (``"places"``) of the global strikes, as bars by date;
* :func:`plot_bbog`: #BringBackOurGirls, cumulative tweets in April–May 2014
  (reconstructed from published figures, which sit on the line as dots);
* :func:`plot_chibok_outcomes`: what happened to the Chibok girls afterwards (276
  abducted; escaped, released, still missing or held years later).

The centrepiece, :func:`diffusion_simulator`, is an :class:`~medsos.widgets.base.Explorer`
over :mod:`medsos.models.diffusion`: choose the network, the seed accounts, the chance of
passing it on and the contagion type, and see how many accounts take the hashtag up,
step by step. Every chart it draws is marked "simulated" and its source line says it is a
model, not observed data. :func:`plot_diffusion` draws the same chart without controls
(or the three networks side by side), for the lesson's static cells.
"""

from __future__ import annotations

import functools

import ipywidgets as widgets
import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib.ticker import FixedLocator, FuncFormatter

from medsos import i18n
from medsos.charts import HIGHLIGHT, PALETTE, Chart
from medsos.errors import CourseError
from medsos.i18n import N_, _
from medsos.models import diffusion as model
from medsos.widgets.base import Explorer

SIM_SOURCE = N_("Simulation (medsos.models.diffusion), not observed data")
NETWORK_SHORT = {
    "small_world": N_("small world"),
    "random": N_("random network"),
    "scale_free": N_("scale-free network"),
}
CONTAGION_SHORT = {"simple": N_("simple contagion"), "complex": N_("complex contagion")}
NETWORK_COLOURS = {"small_world": PALETTE[0], "random": PALETTE[1], "scale_free": PALETTE[2]}
PLACEMENT_SHORT = {"together": N_("together"), "random": N_("scattered")}
CONTAGION_COLOURS = {"simple": PALETTE[0], "complex": PALETTE[1]}


def _figures() -> pd.DataFrame:
    from medsos.data import load

    return load("published_figures").set_index("figure_id")


def _rows(ids: list[str]) -> pd.DataFrame:
    """The published figures ``ids``, in that order; a friendly error names any that are missing."""
    figures = _figures()
    missing = [i for i in ids if i not in figures.index]
    if missing:
        raise CourseError(
            _("These published figures are missing from the data: {ids}.").format(
                ids=", ".join(missing)
            ),
            fix=_("Update the course's data folder (data/published_figures.csv)."),
        )
    return figures.loc[ids]


def _data_note(rows: pd.DataFrame) -> str:
    pairs = dict.fromkeys(zip(rows["source"], rows["url"], strict=True))
    return _("Data: {sources}.").format(sources="; ".join(f"{s} ({u})" for s, u in pairs))


def _short_number(value: float) -> str:
    """1,6 jt / 1.6M, 4.500: for bar labels."""
    from medsos.widgets.timeline import compact

    return compact(value) if value >= 1e6 else i18n.number(value)


# --- #ClimateStrike --------------------------------------------------------------------

CLIMATE_PEOPLE = ["climatestrike-01", "climatestrike-04", "climatestrike-05"]
CLIMATE_PLACES = ["climatestrike-02", "climatestrike-03"]


def _when(start: pd.Timestamp, end: pd.Timestamp) -> str:
    if pd.isna(end) or start == end:
        return i18n.date(start, "d MMM yyyy")
    return f"{i18n.date(start, 'd MMM')}–{i18n.date(end, 'd MMM yyyy')}"


def plot_climate_strikes(measure: str = "people") -> Chart:
    """#ClimateStrike 2019: how the global strikes grew, as published (bars by date).

    ``measure="people"``: participants on 15 March, 20 September and 27 September 2019;
    ``measure="places"``: events on 24 May and locations in the week of 20–27 September.
    People and places are different units, so they get separate charts.
    """
    key = str(measure).strip().lower()
    if key not in ("people", "places"):
        raise CourseError(
            _("Unknown measure {measure!r}.").format(measure=measure),
            fix=_("Use one of: {names}.").format(names="people, places"),
        )
    rows = _rows(CLIMATE_PEOPLE if key == "people" else CLIMATE_PLACES)
    sources = "; ".join(dict.fromkeys(str(x).split(" (")[0] for x in rows["source"]))
    if key == "people":
        chart = Chart(
            _("#ClimateStrike 2019: people at the global strikes"),
            _("Day of the global strike"),
            _("Participants (people)"),
            _("Source: {sources}").format(sources=sources),
            kind="published",
        )
        labels = [_when(s, e) for s, e in zip(rows["date_start"], rows["date_end"], strict=True)]
        chart.note(_("Participant numbers are estimates as reported; 20 September: organisers."))
    else:
        chart = Chart(
            _("#ClimateStrike 2019: places with a strike"),
            _("Global strike"),
            _("Events or locations (count)"),
            _("Source: {sources}").format(sources=sources),
            kind="published",
        )
        units = {"events": _("events"), "locations": _("locations")}
        labels = [
            f"{_when(s, e)}\n({units.get(u, u)})"
            for s, e, u in zip(rows["date_start"], rows["date_end"], rows["unit"], strict=True)
        ]
        chart.note(_("Events (May) and locations (September) are counted differently."))
    values = rows["value"].astype(float).tolist()
    colours = [HIGHLIGHT if v == max(values) else PALETTE[0] for v in values]
    drawn = chart.ax.bar(labels, values, color=colours, width=0.6)
    chart._kinds_drawn.add("published")
    chart.ax.bar_label(drawn, labels=[_short_number(v) for v in values], padding=3, fontsize=13)
    chart.ax.set_yticks([])  # the bars carry their numbers
    chart.ax.grid(False)
    chart.ax.spines["left"].set_visible(False)
    chart.ax.set_ylim(0, max(values) * 1.15)
    chart.note(_data_note(rows))
    chart.alt = _("{title}. Bar chart: {bars}. {source}").format(
        title=chart.title,
        bars="; ".join(
            f"{label.replace(chr(10), ' ')}: {i18n.number(v)}"
            for label, v in zip(labels, values, strict=True)
        ),
        source=chart.source,
    )
    return chart


# --- #BringBackOurGirls ----------------------------------------------------------------

BBOG_SERIES = "bringbackourgirls2014_tweets"
# the published figures of the one counter (Crimson Hexagon) the reconstruction follows
BBOG_ANCHORS = [
    "bringbackourgirls-03",
    "bringbackourgirls-week1-two-countries",
    "bringbackourgirls-04",
]
# where each figure's label sits (offset in points, alignment): day one runs left along the
# bottom, the first week sits higher with a leader so that the two never overlap
BBOG_LABEL_PLACES = {
    "bringbackourgirls-03": ((-8, 14), "right"),
    "bringbackourgirls-week1-two-countries": ((-8, 34), "right"),
}
CHIBOK = [
    "bringbackourgirls-abducted",
    "bringbackourgirls-escaped",
    "bringbackourgirls-released-2017",
    "bringbackourgirls-missing-2019",
    "bringbackourgirls-held-2023",
]
CHIBOK_LABELS = {
    "bringbackourgirls-abducted": N_("Abducted ({date})"),
    "bringbackourgirls-escaped": N_("Escaped soon after"),
    "bringbackourgirls-released-2017": N_("Released ({date})"),
    "bringbackourgirls-missing-2019": N_("Still missing ({date})"),
    "bringbackourgirls-held-2023": N_("Still held ({date})"),
}
CHIBOK_COLOURS = {
    "bringbackourgirls-abducted": "#555555",
    "bringbackourgirls-escaped": PALETTE[2],
    "bringbackourgirls-released-2017": PALETTE[2],
    "bringbackourgirls-missing-2019": HIGHLIGHT,
    "bringbackourgirls-held-2023": HIGHLIGHT,
}


def bbog_tweets() -> pd.Series:
    """The reconstructed daily #BringBackOurGirls tweets (23 April – 9 May 2014, one counter)."""
    from medsos.data import series

    return series(BBOG_SERIES).sort_index()


def plot_bbog() -> Chart:
    """#BringBackOurGirls: tweets added up day by day, rebuilt from three published figures.

    The dashed line is reconstructed (its shape between the figures is an assumption,
    see ``series.csv``); the dots are the published figures it passes through.
    """
    from medsos.data import load
    from medsos.widgets.timeline import compact

    daily = bbog_tweets()
    total = daily.cumsum()
    anchors = _rows(BBOG_ANCHORS)
    info = load("series").set_index("series_id").loc[BBOG_SERIES]
    chart = Chart(
        _("#BringBackOurGirls: tweets added up, April–May 2014"),
        _("Date (2014)"),
        _("Tweets so far (cumulative)"),
        _("Source: {sources}").format(sources=str(info["source"])),
        kind="reconstructed",
    )
    chart.line(total.index, total.to_numpy(), label=_("Tweets so far"), kind="reconstructed")
    xs, ys = [], []
    for fid, row in anchors.iterrows():
        when = pd.Timestamp(row["date_end"])
        xs.append(when)
        ys.append(float(total.loc[when]))
        text = _("{value} by {date} ({source})").format(
            value=compact(float(total.loc[when])),
            date=i18n.date(when, "d MMM"),
            source=str(row["source"]).split(" (")[0].split(" using ")[-1],
        )
        if fid == "bringbackourgirls-03":
            text = _("{value} on day one ({date})").format(
                value=i18n.number(float(row["value"])), date=i18n.date(when, "d MMM")
            )
        offset, align = BBOG_LABEL_PLACES.get(fid, ((-8, 10), "right"))
        chart.ax.annotate(
            text,
            xy=(when, float(total.loc[when])),
            xytext=offset,
            textcoords="offset points",
            ha=align,
            va="bottom",
            fontsize=11,
            color="#1a1a1a",
            arrowprops=(
                {"arrowstyle": "-", "color": "#555555", "lw": 0.8} if offset[1] > 20 else None
            ),
        )
    chart.ax.plot(
        xs,
        ys,
        linestyle="none",
        marker="o",
        markersize=9,
        markerfacecolor="white",
        markeredgecolor="#1a1a1a",
        markeredgewidth=1.8,
        label=_("published figure"),
        zorder=5,
    )
    abducted = pd.Timestamp("2014-04-14")
    if "bringbackourgirls-abducted" in _figures().index:
        abducted = pd.Timestamp(_figures().loc["bringbackourgirls-abducted", "date_start"])
    chart.legend_loc = (0.37, 0.4)  # between the marks and the curve
    chart.mark(abducted, _("Girls abducted"))
    chart.mark(total.index[0], _("Hashtag first used"))
    chart.ax.set_xlim(abducted - pd.Timedelta(days=1), total.index[-1] + pd.Timedelta(days=1))
    chart.ax.set_ylim(0, float(total.max()) * 1.15)
    chart.ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: compact(v, 1e6)))
    chart.dates_on_x()
    # every fourth day from the abduction: the automatic ticks restart on 1 May, next to 29 Apr
    ticks = pd.date_range(abducted, total.index[-1], freq="4D")
    chart.ax.xaxis.set_major_locator(FixedLocator(mdates.date2num(ticks.to_pydatetime())))
    chart.note(i18n.pick({"id": str(info["note_id"]), "en": str(info["note_en"])}))
    chart.note(_data_note(anchors))
    chart.alt = _(
        "{title}. Dashed line (reconstructed) rising from {first} tweets on {start} to {last} by "
        "{end}; dots mark the published figures it passes through. {source}"
    ).format(
        title=chart.title,
        first=i18n.number(float(total.iloc[0])),
        start=i18n.date(total.index[0]),
        last=i18n.number(float(total.iloc[-1])),
        end=i18n.date(total.index[-1]),
        source=chart.source,
    )
    return chart


class _WideChart(Chart):
    """A chart with room on the left for long bar labels."""

    left = 0.34

    def _finish(self) -> None:
        super()._finish()
        self.fig.subplots_adjust(left=self.left)
        # the title starts at the figure's left edge, not at the axes' (past the labels)
        self.ax.set_title(self.title, loc="left", x=(0.01 - self.left) / (0.98 - self.left))


def plot_chibok_outcomes() -> Chart:
    """What happened to the 276 girls abducted from Chibok: published counts, 2014–2023."""
    rows = _rows(CHIBOK)
    labels = [
        _(CHIBOK_LABELS[fid]).format(date=i18n.date(row["date_start"], "MMM yyyy"))
        for fid, row in rows.iterrows()
    ]
    values = rows["value"].astype(float).tolist()
    chart = _WideChart(
        _("The Chibok girls: what happened after the hashtag"),
        _("Girls (number)"),
        _("What the reports say"),
        _("Source: {sources}").format(sources="; ".join(dict.fromkeys(rows["source"]))),
        kind="published",
    )
    chart.bars(
        labels,
        values,
        horizontal=True,
        colours=[CHIBOK_COLOURS[f] for f in rows.index],
        kind="published",
    )
    chart.ax.set_xlim(0, max(values) * 1.12)
    chart.ax.set_xticks([])
    chart.ax.grid(False)
    chart.ax.spines["bottom"].set_visible(False)
    chart.note(
        _(
            "Counts from reports at different dates; they do not account for every girl, so they "
            "do not add up to 276."
        )
    )
    chart.note(_data_note(rows))
    chart.alt = _("{title}. Bar chart: {bars}. {source}").format(
        title=chart.title,
        bars="; ".join(f"{lab}: {i18n.number(v)}" for lab, v in zip(labels, values, strict=True)),
        source=chart.source,
    )
    return chart


# --- the diffusion simulator -----------------------------------------------------------


def _percent(value: float) -> str:
    return i18n.number(value * 100, 0) + " %"


def network_summary() -> pd.DataFrame:
    """The three model networks side by side: accounts, ties, contacts, clustering.

    ``clustering`` is the share of an account's pairs of contacts who are also contacts
    of each other (friends of friends who know each other), averaged over accounts.
    """
    rows = []
    for kind in model.NETWORKS:
        net = model.network(kind)
        rows.append(
            {
                "network": kind,
                "accounts": net.n,
                "ties": net.ties,
                "mean_contacts": round(float(net.degree.mean()), 1),
                "most_contacts": int(net.degree.max()),
                "clustering": round(net.clustering, 3),
            }
        )
    return pd.DataFrame(rows)


def simulate_diffusion(
    network: str = "small_world",
    seeds: int = 5,
    p: float = 0.5,
    contagion: str = "simple",
    placement: str = "together",
) -> pd.Series:
    """Share of accounts reached (0–1) at each step, averaged over the model's runs.

    The same arguments as the simulator's controls; the same arguments always give the
    same numbers (the model uses one fixed random seed).
    """
    result = model.simulate(network, seeds, p, contagion, placement=placement)
    return pd.Series(
        result.reach, index=pd.RangeIndex(len(result.reach), name="step"), name="reach"
    )


def _summary(result: model.Result) -> str:
    half = result.step_to(model.TAKE_OFF)
    when = (
        _("half the accounts by step {step}").format(step=half)
        if half is not None
        else _("never half the accounts on average")
    )
    return _(
        "{contagion}: {share} of accounts after {steps} steps ({when}; {k} of {runs} runs took off)."
    ).format(
        contagion=_(CONTAGION_SHORT[result.contagion]).capitalize(),
        share=_percent(result.final),
        steps=len(result.reach) - 1,
        when=when,
        k=result.took_off,
        runs=result.runs,
    )


def _sim_chart(title: str) -> Chart:
    chart = Chart(
        title,
        _("Step (rounds of passing it on)"),
        _("Accounts reached (% of {n})").format(n=model.N_ACCOUNTS),
        _(SIM_SOURCE),
        kind="simulated",
    )
    chart.ax.set_ylim(0, 105)
    chart.ax.set_xlim(0, model.STEPS + 3)
    return chart


def _quiet_corner(chart: Chart, results: list[model.Result]) -> str:
    """The legend's place where the lines are least in the way (a fixed spot costs nothing)."""
    high = 0.08 * len(results) + 0.04
    boxes = {
        "center right": (0.5, 1.0, 0.5 - high / 2, 0.5 + high / 2),
        "lower right": (0.5, 1.0, 0.0, high),
        "upper left": (0.0, 0.5, 0.95 - high, 0.95),
        "center left": (0.0, 0.5, 0.5 - high / 2, 0.5 + high / 2),
        "upper right": (0.5, 1.0, 0.9 - high, 0.9),
    }
    x_hi = model.STEPS + 3
    fine = np.linspace(0, model.STEPS, 200)
    xs = np.concatenate([fine / x_hi for _r in results])
    ys = np.concatenate([np.interp(fine, r.steps, r.reach * 100) / 105 for r in results])
    crowd = {
        loc: int(((xs >= x0) & (xs <= x1) & (ys >= y0 - 0.04) & (ys <= y1 + 0.04)).sum())
        for loc, (x0, x1, y0, y1) in boxes.items()
    }
    return min(crowd, key=lambda loc: (crowd[loc], list(boxes).index(loc)))


def _end_labels(chart: Chart, results: list[model.Result], colours: list[str]) -> None:
    """Each line's last value at its end; labels closer than a line apart are pushed apart."""
    order = sorted(range(len(results)), key=lambda i: results[i].final)
    placed: list[float] = []
    shift = {}
    for i in order:
        y = results[i].final * 100
        if placed and y - placed[-1] < 6:
            y = placed[-1] + 6
        placed.append(y)
        shift[i] = (y - results[i].final * 100) * 2.3  # percentage points → points (approx.)
    for i, res in enumerate(results):
        _end_label(chart, res, colours[i], dy=shift[i])


def _end_label(chart: Chart, result: model.Result, colour: str, dy: float = 0) -> None:
    chart.ax.annotate(
        _percent(result.final),
        xy=(len(result.reach) - 1, result.final * 100),
        xytext=(4, dy),
        textcoords="offset points",
        va="center",
        fontsize=11,
        color=colour,
        fontweight="bold",
    )


def draw_diffusion(
    network: str = "small_world",
    seeds: int = 5,
    probability: float = 0.5,
    contagion: str = "simple",
    placement: str = "together",
    compare: bool = True,
) -> Chart:
    """One setting of the model as a chart: reach per step (and the other contagion type)."""
    result = model.simulate(network, seeds, probability, contagion, placement=placement)
    chart = _sim_chart(
        _("How far does it spread in a {network}?").format(network=_(NETWORK_SHORT[result.network]))
    )
    results = [result]
    if compare:
        other = "complex" if result.contagion == "simple" else "simple"
        results.append(model.simulate(network, seeds, probability, other, placement=placement))
    for n, res in enumerate(results):
        colour = CONTAGION_COLOURS[res.contagion]
        chart.line(
            res.steps,
            res.reach * 100,
            label=_(CONTAGION_SHORT[res.contagion]).capitalize(),
            kind="simulated",
            colour=colour,
            linewidth=3.2 if n == 0 else 2.6,
        )
    _end_labels(chart, results, [CONTAGION_COLOURS[r.contagion] for r in results])
    chart.legend_loc = _quiet_corner(chart, results)
    chart.note(
        _(
            "Settings: {network}, {seeds} seed accounts ({placement}), chance of passing it on "
            "{p}, threshold for complex contagion {k} contacts; {n} accounts, average of {runs} "
            "runs."
        ).format(
            network=_(model.NETWORKS[result.network]),
            seeds=result.seeds,
            placement=_(PLACEMENT_SHORT[result.placement]),
            p=i18n.number(result.p, 2),
            k=model.THRESHOLD,
            n=model.N_ACCOUNTS,
            runs=result.runs,
        )
    )
    for res in results:
        chart.note(_summary(res))
    if result.p == 0:
        chart.note(_("With a chance of 0 nobody passes it on: only the seed accounts have it."))
    chart.alt = _(
        "{title}. Simulated line chart of the share of accounts reached, step by step. {summary}"
    ).format(title=chart.title, summary=" ".join(_summary(r) for r in results))
    return chart


def plot_diffusion(
    network: str = "small_world",
    seeds: int = 5,
    probability: float = 0.5,
    contagion: str = "simple",
    placement: str = "together",
    compare: bool = True,
) -> Chart:
    """The simulator's chart without controls; ``network="all"`` compares the three networks.

    With ``network="all"`` one line per network is drawn for the chosen contagion type
    (``compare`` is then ignored): the same campaign, three shapes of network.
    """
    if str(network).strip().lower() != "all":
        return draw_diffusion(network, seeds, probability, contagion, placement, compare)
    results = [
        model.simulate(kind, seeds, probability, contagion, placement=placement)
        for kind in model.NETWORKS
    ]
    chart = _sim_chart(
        _("{contagion} on three networks").format(
            contagion=_(CONTAGION_SHORT[results[0].contagion]).capitalize()
        )
    )
    for res in results:
        colour = NETWORK_COLOURS[res.network]
        chart.line(
            res.steps,
            res.reach * 100,
            label=_(NETWORK_SHORT[res.network]).capitalize(),
            kind="simulated",
            colour=colour,
        )
    _end_labels(chart, results, [NETWORK_COLOURS[r.network] for r in results])
    chart.legend_loc = _quiet_corner(chart, results)
    chart.note(
        _(
            "Settings: {seeds} seed accounts ({placement}), chance of passing it on {p}; "
            "{n} accounts, average of {runs} runs."
        ).format(
            seeds=results[0].seeds,
            placement=_(PLACEMENT_SHORT[results[0].placement]),
            p=i18n.number(results[0].p, 2),
            n=model.N_ACCOUNTS,
            runs=results[0].runs,
        )
    )
    lines = [
        _("{network}: {share} after {steps} steps.").format(
            network=_(NETWORK_SHORT[r.network]).capitalize(),
            share=_percent(r.final),
            steps=len(r.reach) - 1,
        )
        for r in results
    ]
    for line in lines:
        chart.note(line)
    chart.alt = _(
        "{title}. Simulated line chart of the share of accounts reached, step by step. {summary}"
    ).format(title=chart.title, summary=" ".join(lines))
    return chart


@functools.lru_cache(maxsize=128)
def _cached(
    network: str,
    seeds: int,
    probability: float,
    contagion: str,
    placement: str,
    compare: bool,
    language: str,
) -> Chart:
    chart = draw_diffusion(network, seeds, probability, contagion, placement, compare)
    chart.png()  # render once; shown again without drawing
    return chart


def diffusion_simulator(
    network: str = "small_world",
    *,
    seeds: int = 5,
    probability: float = 0.5,
    contagion: str = "simple",
    remember: bool = True,
) -> Explorer:
    """Simulate a hashtag spreading through a network of accounts; change the settings and compare.

    Controls: network shape, number of seed accounts (0 shows what an impossible choice
    looks like), chance of passing it on, contagion type (simple or complex), where the
    seeds sit, and whether to draw the other contagion type for comparison.
    ``remember=False`` draws every chart afresh (the benchmark uses it).
    """
    for kind in model.NETWORKS:  # build the three networks now, not on the first click
        model.network(kind)
    layout = widgets.Layout(width="98%")
    style = {"description_width": "initial"}
    controls = {
        "network": widgets.Dropdown(
            options=[(_(label), key) for key, label in model.NETWORKS.items()],
            value=network,
            description=_("Network"),
            layout=layout,
            style=style,
        ),
        "contagion": widgets.ToggleButtons(
            options=[(_(label), key) for key, label in CONTAGION_SHORT.items()],
            value=contagion,
            description=_("Contagion"),
            tooltips=[
                _("One contact who shares it is enough"),
                _("At least {k} contacts must have joined").format(k=model.THRESHOLD),
            ],
            style={**style, "button_width": "11em"},
        ),
        "seeds": widgets.IntSlider(
            value=seeds,
            min=0,
            max=50,
            step=1,
            description=_("Seed accounts"),
            continuous_update=False,
            layout=layout,
            style=style,
        ),
        "probability": widgets.FloatSlider(
            value=probability,
            min=0.0,
            max=1.0,
            step=0.05,
            description=_("Chance of passing it on"),
            continuous_update=False,
            readout_format=".2f",
            layout=layout,
            style=style,
        ),
        "placement": widgets.ToggleButtons(
            options=[(_(label), key) for key, label in model.PLACEMENTS.items()],
            value="together",
            description=_("Seeds"),
            style={**style, "button_width": "15em"},
        ),
        "compare": widgets.Checkbox(
            value=True, description=_("Also draw the other contagion type"), indent=False
        ),
    }

    def draw(
        network: str,
        contagion: str,
        seeds: int,
        probability: float,
        placement: str,
        compare: bool,
    ) -> Chart:
        p = round(float(probability), 2)
        if not remember:
            return draw_diffusion(network, int(seeds), p, contagion, placement, bool(compare))
        return _cached(network, int(seeds), p, contagion, placement, bool(compare), i18n.language())

    return Explorer(
        controls,
        draw,
        description=_(
            "Start with simple contagion, then switch to complex: how much less far does it "
            "get? Then try the random network, fewer or more seed accounts, and a higher chance "
            "of passing it on."
        ),
    )


def diffusion_bench() -> Explorer:
    """The simulator as the benchmark uses it: every chart drawn afresh."""
    return diffusion_simulator(remember=False)


BENCH = [
    (
        diffusion_bench,
        [
            {"contagion": "complex"},
            {"network": "random"},
            {"probability": 0.8},
            {"seeds": 12},
            {"placement": "random"},
            {"compare": False},
            {"network": "scale_free"},
            {"contagion": "simple"},
            {"probability": 0.3},
            {"seeds": 5},
            {"placement": "together"},
            {"compare": True},
            {"network": "small_world"},
            {"probability": 0.5},
        ],
    )
]
