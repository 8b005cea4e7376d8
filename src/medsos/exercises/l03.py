"""Self-checks for lesson 3's exercises (a platform for equality: #LoveWins, the digital divide).

Every expected answer is computed from ``data/`` when the check runs, never typed in
here: if the data are re-derived, the checks follow them.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from medsos import checks
from medsos.checks import expect_choice, expect_number, expect_text
from medsos.i18n import N_, _

OPTIONS = ("a", "b", "c", "d")
HALF = 50.0  # "half of the population online" in task 03-idn-half


def _indonesia_use() -> pd.Series:
    from medsos.data import load

    use = load("internet_use")
    one = use[use["iso3"] == "IDN"].dropna(subset=["internet_pct"])
    return pd.Series(one["internet_pct"].to_numpy(), index=one["year"].astype(int)).sort_index()


def first_year_above_half() -> int:
    """The first year in which at least half of Indonesians were online (ITU/OWID)."""
    use = _indonesia_use()
    return int(use[use >= HALF].index.min())


def biggest_gap() -> tuple[str, float]:
    """The province with the largest urban–rural gap in households online (BPS 2022).

    DKI Jakarta has no rural households: BPS writes 0, which is "no rural area", not
    "0% online", so it is left out.
    """
    from medsos.data import load

    bps = load("indonesia_internet_2022")
    bps = bps[~bps["is_national"] & (bps["rural_pct"] > 0)].dropna(subset=["rural_pct"])
    gap = (bps["urban_pct"] - bps["rural_pct"]).set_axis(bps["province"])
    return str(gap.idxmax()), float(gap.max())


def gallup_rise() -> float:
    """Percentage points gained by US support for same-sex marriage, 1996 → May 2015 (Gallup)."""
    from medsos.data import load

    figures = load("published_figures").set_index("figure_id")["value"]
    return float(figures["lovewins-gallup-2015"] - figures["lovewins-gallup-1996"])


def _indonesia_gender_truth() -> str:
    """The option that describes Indonesia's two rows in gender_gap.csv."""
    from medsos.data import load

    rows = load("gender_gap")
    rows = rows[rows["iso3"] == "IDN"].set_index("source")
    dhs_more_women = bool(rows.loc["DHS", "women_pct"] > rows.loc["DHS", "men_pct"])
    itu_more_women = bool(rows.loc["ITU", "women_pct"] > rows.loc["ITU", "men_pct"])
    return {
        (False, False): "a",
        (True, False): "b",
        (True, True): "c",
        (False, True): "d",
    }[(dhs_more_women, itu_more_women)]


def _same_province(answer: Any, expected: str) -> bool:
    def clean(text: str) -> str:
        return " ".join(str(text).lower().replace("provinsi", "").split())

    return clean(answer) == clean(expected)


# --- data work -----------------------------------------------------------------------


@checks.task(
    "03-idn-half",
    hint=N_(
        "Keep Indonesia's rows (iso3 == 'IDN'), keep the years where internet_pct >= 50, "
        "then take the smallest year with .min()."
    ),
)
def idn_half(answer: Any) -> str | None:
    return expect_number(answer, float(first_year_above_half()), tolerance=0.0)


@checks.task(
    "03-biggest-gap",
    hint=N_(
        "Subtract rural_pct from urban_pct for each province and use .idxmax(). A province "
        "whose rural_pct is 0 has no villages at all: leave it out first."
    ),
)
def gap(answer: Any) -> str | None:
    if not isinstance(answer, str):
        return _('Answer with the province\'s name as text, e.g. "Aceh".')
    province, _size = biggest_gap()
    if _same_province(answer, province):
        return None
    if _same_province(answer, "DKI Jakarta"):
        return _(
            "DKI Jakarta has no rural households: its 0 means 'no villages', not '0% online'. "
            "Leave it out and look again."
        )
    return _("{name} is not the province with the biggest gap.").format(name=answer)


# --- reading a chart -----------------------------------------------------------------


@checks.task(
    "03-gallup-rise",
    hint=N_(
        "Read the 1996 point and the 2015 point on the Gallup chart and subtract: the answer "
        "is in percentage points."
    ),
)
def gallup(answer: Any) -> str | None:
    return expect_number(answer, gallup_rise(), tolerance=0.0)


# --- the widget ----------------------------------------------------------------------


@checks.task(
    "03-gender-indonesia",
    hint=N_(
        "In the explorer choose the view 'Women vs men' and find the two rows for Indonesia "
        "(in bold): where is the diamond (women), left or right of the dot (men)?"
    ),
)
def gender_indonesia(answer: Any) -> str | None:
    return expect_choice(answer, _indonesia_gender_truth(), OPTIONS)


# --- reflection and quiz -------------------------------------------------------------


@checks.task(
    "03-reflection",
    hint=N_(
        "Name a group that the charts show is less often online, and say what that means for "
        "who is heard on social media."
    ),
    open_ended=True,
)
def reflection(answer: Any) -> str | None:
    return expect_text(answer, min_words=25)


@checks.task(
    "03-quiz-1",
    hint=N_("Look at when Gallup's support passed half of adults, and when the ruling came."),
)
def quiz_1(answer: Any) -> str | None:
    return expect_choice(answer, "b", OPTIONS)


@checks.task(
    "03-quiz-2",
    hint=N_(
        "APJII surveys people itself; ITU's figure comes from its own indicators database, which "
        "the World Bank and OWID copy."
    ),
)
def quiz_2(answer: Any) -> str | None:
    return expect_choice(answer, "c", OPTIONS)


def expected_answers() -> dict[str, Any]:
    """The expected answers, computed from the data (for facilitators and tests)."""
    return {
        "03-idn-half": first_year_above_half(),
        "03-biggest-gap": biggest_gap()[0],
        "03-gallup-rise": gallup_rise(),
        "03-gender-indonesia": _indonesia_gender_truth(),
        "03-quiz-1": "b",
        "03-quiz-2": "c",
    }
