"""Self-checks for lesson 2's exercises (what hashtag campaigns do).

Expected answers are computed when the check runs: from ``data/published_figures.csv``
for the data tasks, and from the diffusion model (:mod:`medsos.models.diffusion`, fixed
seed) for the simulator tasks. Nothing is typed in twice.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from medsos import checks
from medsos.checks import expect_choice, expect_number, expect_text
from medsos.i18n import N_
from medsos.models import diffusion as model

OPTIONS = ("a", "b", "c", "d")
# the simulator settings the tasks ask for
COMPLEX_SETTING = {"seeds": 5, "p": 0.6, "contagion": "complex"}
TIPPING_SETTING = {"network_kind": "small_world", "seeds": 5, "contagion": "simple"}
PROBABILITIES = tuple(round(0.05 * k, 2) for k in range(0, 21))


def _figure(figure_id: str) -> float:
    from medsos.data import load

    figures = load("published_figures").set_index("figure_id")
    return float(figures.loc[figure_id, "value"])


# --- data work -----------------------------------------------------------------------


def climate_growth() -> float:
    """How many times more people struck on 20 September than on 15 March 2019."""
    return _figure("climatestrike-04") / _figure("climatestrike-01")


@checks.task(
    "02-climate-growth",
    hint=N_(
        "Make 'figure_id' the index of the published figures, take the 'value' of "
        "'climatestrike-04' and divide it by the 'value' of 'climatestrike-01'."
    ),
)
def check_climate_growth(answer: Any) -> str | None:
    return expect_number(answer, climate_growth(), tolerance=0.02)


def bbog_share() -> float:
    """Percentage of Crimson Hexagon's 9 May total that were first-week tweets from two countries.

    Both figures come from one counter; the BBC's 3.3 million (another counter) is not used.
    """
    return _figure("bringbackourgirls-week1-two-countries") / _figure("bringbackourgirls-04") * 100


@checks.task(
    "02-bbog-share",
    hint=N_(
        "Divide the figure 'bringbackourgirls-week1-two-countries' (first-week tweets from "
        "Nigeria and the USA) by 'bringbackourgirls-04' (tweets by 9 May) and multiply by 100."
    ),
)
def check_bbog_share(answer: Any) -> str | None:
    if isinstance(answer, int | float | np.number) and 0 < float(answer) <= 1:
        answer = float(answer) * 100  # a share (0.0314) is the same answer as 3.14 %
    return expect_number(answer, bbog_share(), tolerance=0.01)


# --- reading a chart -------------------------------------------------------------------


@checks.task(
    "02-chibok-held",
    hint=N_("Read the number at the end of the last bar of the Chibok chart (April 2023)."),
)
def check_chibok_held(answer: Any) -> str | None:
    return expect_number(answer, _figure("bringbackourgirls-held-2023"), tolerance=0.0)


# --- the simulator ---------------------------------------------------------------------


def complex_networks() -> str:
    """The letter of the statement that is true: on which networks complex contagion reaches half."""
    spread = {
        kind: model.simulate(kind, placement="together", **COMPLEX_SETTING).final >= model.TAKE_OFF
        for kind in model.NETWORKS
    }
    answers = {
        "a": {"small_world"},
        "b": {"random"},
        "c": {"small_world", "scale_free"},
        "d": set(model.NETWORKS),
    }
    reached = {kind for kind, ok in spread.items() if ok}
    return next((letter for letter, kinds in answers.items() if kinds == reached), "")


@checks.task(
    "02-complex-networks",
    hint=N_(
        "Set complex contagion, 5 seed accounts (together) and a chance of 0.6, then try each "
        "network in turn and read the percentage at the end of the line."
    ),
)
def check_complex_networks(answer: Any) -> str | None:
    return expect_choice(answer, complex_networks(), OPTIONS)


def tipping_point() -> float:
    """Smallest chance (steps of 0.05) at which simple contagion reaches half the small world."""
    for p in PROBABILITIES:
        if model.simulate(p=p, **TIPPING_SETTING).final >= model.TAKE_OFF:
            return p
    return float("nan")  # pragma: no cover - it always tips before 1.0


@checks.task(
    "02-tipping-point",
    hint=N_(
        "Simple contagion, small world, 5 seed accounts together: move the chance up in steps "
        "of 0.05 and find the first value where the line ends at 50 % or more."
    ),
)
def check_tipping_point(answer: Any) -> str | None:
    return expect_number(answer, tipping_point(), tolerance=0.001)


# --- reflection and quiz ---------------------------------------------------------------


@checks.task(
    "02-reflection",
    hint=N_(
        "Name what the hashtag did (attention, pressure, organising) and what it did not do "
        "by itself, with one number from the lesson."
    ),
    open_ended=True,
)
def check_reflection(answer: Any) -> str | None:
    return expect_text(answer, min_words=25)


@checks.task(
    "02-quiz-1",
    hint=N_("Compare the tweets of May 2014 with the bars of 2017, 2019 and 2023."),
)
def check_quiz_1(answer: Any) -> str | None:
    return expect_choice(answer, "b", OPTIONS)


def expected_answers() -> dict[str, Any]:
    """The expected answers, computed now (for facilitators and tests)."""
    return {
        "02-climate-growth": climate_growth(),
        "02-bbog-share": bbog_share(),
        "02-chibok-held": _figure("bringbackourgirls-held-2023"),
        "02-complex-networks": complex_networks(),
        "02-tipping-point": tipping_point(),
        "02-quiz-1": "b",
    }
