"""Lesson 2's diffusion simulator: what hashtag campaigns do.

(The lesson's one-cell charts of published figures, #ClimateStrike, #BringBackOurGirls
and the Chibok girls, are in :mod:`medsos.lessons.l02`.)

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
import pandas as pd

from medsos import i18n
from medsos.charts import PALETTE, Chart
from medsos.i18n import N_, _
from medsos.models import diffusion as model
from medsos.widgets.base import Explorer, with_recipe

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
    # no render here: the explorer's display renders it at once, and the cached chart
    # keeps that image (a static page's build asks it for a WebP instead)
    return chart


CHANCES = tuple(round(0.05 * k, 2) for k in range(21))
"""The slider's chances of passing it on: 0 to 1 in steps of 0.05 (the tasks' steps)."""


@with_recipe
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
        # a SelectionSlider, so its readout is written as the student's language writes
        # decimals ("0,25" in Indonesian, EYD V; "0.25" in English): a FloatSlider's readout
        # is always d3-formatted with a point
        "probability": widgets.SelectionSlider(
            options=[(i18n.number(p, 2), p) for p in CHANCES],
            value=min(CHANCES, key=lambda p: abs(p - float(probability))),
            description=_("Chance of passing it on"),
            continuous_update=False,
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


def static_states(explorer: Explorer) -> list[dict]:
    """The states a page or deck with no kernel shows (each a change from the default).

    Every network, contagion and seed placement, the comparison off, and the story steps
    of the two sliders: 0 seed accounts (the message an impossible choice gets), 1, a
    dozen, 25, 50; chances from 0.1 to 1. The live notebook explores every combination.
    """
    del explorer  # the same states whatever the explorer starts with
    states: list[dict] = [{"network": key} for key in model.NETWORKS]
    states += [{"contagion": key} for key in CONTAGION_SHORT]
    states += [{"placement": key} for key in model.PLACEMENTS]
    states += [{"compare": False}]
    states += [{"seeds": n} for n in (0, 1, 12, 25, 50)]
    states += [{"probability": p} for p in (0.1, 0.3, 0.8, 1.0)]
    return states
