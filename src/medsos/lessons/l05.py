"""Self-checks for lesson 5's exercises (Indonesia: hashtags, streets, and who is online).

Every expected answer is computed from ``data/`` when the check runs, never typed in
here: if the data are re-derived, the checks follow them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd

from medsos import checks
from medsos.checks import expect_choice, expect_number, expect_text
from medsos.i18n import N_

OPTIONS = ("a", "b", "c", "d")
PAPUA = "Papua"
SIGNAL_YEARS = (2014, 2021)


def _nearest(value: float, choices: Sequence[float]) -> str:
    """The letter (a, b, c, ...) of the choice closest to ``value``."""
    best = min(range(len(choices)), key=lambda i: abs(choices[i] - value))
    return OPTIONS[best]


def _households() -> pd.DataFrame:
    from medsos.data import load

    return load("indonesia_internet_2022").set_index("province")


def _no_signal() -> pd.DataFrame:
    from medsos.data import load

    return load("indonesia_no_signal")


def _national_villages(year: int) -> float:
    table = _no_signal()
    return float(
        table.loc[table["is_national"].astype(bool) & (table["year"] == year), "villages"].iloc[0]
    )


def papua_share_2021() -> float:
    """Papua's share (%) of Indonesia's villages without mobile signal in 2021."""
    table = _no_signal()
    papua = table.loc[(table["province"] == PAPUA) & (table["year"] == 2021), "villages"].iloc[0]
    return float(papua) / _national_villages(2021) * 100


def _apjii() -> dict[str, float]:
    from medsos.widgets.indonesia import apjii_figures

    figures = apjii_figures()
    return {
        fid.removeprefix("indonesia_internet-apjii-"): float(v)
        for fid, v in zip(figures["figure_id"], figures["value"], strict=True)
    }


def apjii_inconsistent_pairs() -> tuple[bool, bool]:
    """(men/women, rural/urban): True where the overall 2024 figure lies outside the pair.

    An overall share computed on the same base as two groups that make up everybody
    must lie between them; where it does not, the groups were computed on another base.
    """
    a = _apjii()
    overall = a["2024"]

    def outside(x: float, y: float) -> bool:
        return not (min(x, y) <= overall <= max(x, y))

    return outside(a["2024-men"], a["2024-women"]), outside(a["2024-rural"], a["2024-urban"])


# --- data work -----------------------------------------------------------------------


@checks.task(
    "05-papua-gap",
    hint=N_(
        "Make 'province' the index of the table, pick the row 'Papua', then subtract "
        "rural_pct from urban_pct."
    ),
)
def papua_gap(answer: Any) -> str | None:
    row = _households().loc[PAPUA]
    return expect_number(answer, float(row["urban_pct"] - row["rural_pct"]), tolerance=0.002)


@checks.task(
    "05-no-signal-drop",
    hint=N_(
        "Keep the national rows (is_national is True), then subtract the 2021 number of villages "
        "from the 2014 number."
    ),
)
def no_signal_drop(answer: Any) -> str | None:
    expected = _national_villages(SIGNAL_YEARS[0]) - _national_villages(SIGNAL_YEARS[1])
    return expect_number(answer, expected, tolerance=0.0)


# --- the widget ----------------------------------------------------------------------


@checks.task(
    "05-papua-share",
    hint=N_(
        "Choose 'Villages without mobile signal' and the year 2021 in the explorer: the caption "
        "under the chart gives Indonesia's total and the largest province's share."
    ),
)
def papua_share(answer: Any) -> str | None:
    return expect_choice(answer, _nearest(papua_share_2021(), (10, 25, 60, 90)), OPTIONS)


# --- reading charts ------------------------------------------------------------------


@checks.task(
    "05-apjii-base",
    hint=N_(
        "If men and women together are everybody, the overall share must lie between the men's "
        "and the women's share. Check the same for rural and urban."
    ),
)
def apjii_base(answer: Any) -> str | None:
    gender, place = apjii_inconsistent_pairs()
    truth = {(False, True): "a", (True, False): "b", (True, True): "c", (False, False): "d"}
    return expect_choice(answer, truth[(gender, place)], OPTIONS)


@checks.task(
    "05-reconstructed",
    hint=N_(
        "Look at the badge above the chart and read its caption; the 'note_en' column of "
        'ms.load("series") says which parts are assumptions.'
    ),
)
def reconstructed(answer: Any) -> str | None:
    from medsos.data import load

    kinds = load("series").set_index("series_id")["kind"]
    both = all(
        kinds.get(s) == "reconstructed"
        for s in ("reformasidikorupsi2019_tweets", "percumalaporpolisi2021_tweets")
    )
    return expect_choice(answer, "b" if both else "a", OPTIONS)


@checks.task(
    "05-reflection",
    hint=N_(
        "Name one group that the provinces' charts show is less often online, and say what that "
        "means for who is heard in a hashtag's tweet count."
    ),
    open_ended=True,
)
def reflection(answer: Any) -> str | None:
    return expect_text(answer, min_words=25)


# --- quiz ----------------------------------------------------------------------------


@checks.task(
    "05-quiz-1",
    hint=N_("Read the note under the chart 'Indonesia online: two ways of counting'."),
)
def quiz_1(answer: Any) -> str | None:
    return expect_choice(answer, "c", OPTIONS)


@checks.task(
    "05-quiz-2",
    hint=N_(
        "Look at the 'outcome' column of the Indonesian rows of ms.load(\"protests\"), row "
        "'Criminal code protests'."
    ),
)
def quiz_2(answer: Any) -> str | None:
    from medsos.data import load

    protests = load("protests")
    outcome = str(protests.loc[protests["name"] == "Criminal code protests", "outcome"].iloc[0])
    truth = "b" if "delayed" in outcome and "passed the law" in outcome else "c"
    return expect_choice(answer, truth, OPTIONS)


def expected_answers() -> dict[str, Any]:
    """The expected answers, computed from the data (for facilitators and tests)."""
    row = _households().loc[PAPUA]
    return {
        "05-papua-gap": round(float(row["urban_pct"] - row["rural_pct"]), 2),
        "05-no-signal-drop": int(
            _national_villages(SIGNAL_YEARS[0]) - _national_villages(SIGNAL_YEARS[1])
        ),
        "05-papua-share": round(papua_share_2021(), 1),
    }
