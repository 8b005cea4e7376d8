"""Lesson 5 (Indonesia: hashtags, streets, and who is online): its one-cell charts and its
exercises' self-checks.

Charts and tables: :func:`indonesian_campaigns`, :func:`plot_indonesian_campaigns` (two
reconstructed daily series, each scaled to its own highest day: their *shapes* are
assumptions, and the chart says so), :func:`plot_indonesia_hashtag_counts` (the published
counts behind them, police counter-hashtag included), :func:`plot_apjii_penetration`
(lesson 3's chart of ITU beside APJII) and :func:`plot_apjii_groups`. The province
explorer is the lesson's widget, in :mod:`medsos.widgets.indonesia`.

Every expected answer is computed from ``data/`` when the check runs, never typed in
here: if the data are re-derived, the checks follow them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd
from matplotlib.ticker import FuncFormatter

from medsos import checks, i18n
from medsos.charts import MUTED, PALETTE, Chart, compact
from medsos.checks import expect_choice, expect_number, expect_text
from medsos.figures import plot_figures
from medsos.i18n import N_, _
from medsos.lessons.l03 import plot_internet_sources

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
        "rural_pct from urban_pct. Round to one decimal."
    ),
)
def papua_gap(answer: Any) -> str | None:
    row = _households().loc[PAPUA]
    gap = round(float(row["urban_pct"] - row["rural_pct"]), 2)
    return expect_number(answer, round(gap, 1), unit="percent", decimals=1)


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
        "Look at the 'outcome_en' column of the Indonesian rows of ms.load(\"protests\"), row "
        "'Criminal code protests'."
    ),
)
def quiz_2(answer: Any) -> str | None:
    from medsos.data import load

    protests = load("protests")
    outcome = str(
        protests.loc[protests["name_en"] == "Criminal code protests", "outcome_en"].iloc[0]
    )
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


# --- the lesson's one-cell charts ----------------------------------------------------

INDONESIAN_SERIES = ("reformasidikorupsi2019_tweets", "percumalaporpolisi2021_tweets")
HASHTAG_FIGURES = ("reformasidikorupsi-01", "percumalaporpolisi-01", "percumalaporpolisi-02")
APJII_GROUPS = ("men", "women", "rural", "urban")
APJII_GROUP_LABELS = {
    "men": N_("Men"),
    "women": N_("Women"),
    "rural": N_("Rural"),
    "urban": N_("Urban"),
}
NATIONAL_COLOUR = "#1a1a1a"


def indonesian_campaigns() -> pd.DataFrame:
    """The lesson's Indonesian campaigns, in the student's language, with their sources."""
    from medsos.data import load

    campaigns = load("campaigns")
    mine = campaigns[campaigns["country"] == "Indonesia"].sort_values("start_date")
    return pd.DataFrame(
        {
            _("hashtag"): mine["hashtag"].to_numpy(),
            _("start"): [i18n.date(d) for d in mine["start_date"]],
            _("platforms"): [p.replace(";", ", ") for p in mine["platforms"]],
            _("description"): mine[i18n.column("description")].to_numpy(),
            _("source"): mine["source_url"].to_numpy(),
        }
    )


def _campaign_series(series_id: str) -> tuple[pd.Series, pd.Series]:
    """A series (by date) and its row of series.csv."""
    from medsos.data import load, series

    info = load("series").set_index("series_id")
    return series(series_id).sort_index(), info.loc[series_id]


def _hashtag(campaign_id: str) -> str:
    from medsos.data import load

    campaigns = load("campaigns").set_index("campaign_id")
    return str(campaigns.loc[campaign_id, "hashtag"])


def plot_indonesian_campaigns() -> Chart:
    """#ReformasiDikorupsi (2019) and #PercumaLaporPolisi (2021), each scaled to its highest day.

    Both daily series are *reconstructed*: only their totals (and, for 2019, the peak
    day) were published. Drawing them side by side compares two assumed shapes as much
    as two campaigns, and the caption says exactly which parts are assumptions.
    """
    chart = Chart(
        _("Two Indonesian hashtags, each scaled to its own highest day"),
        _("Days since the first day of the series"),
        _("Tweets per day (highest day = 100)"),
        _("Source: {sources}").format(
            sources="; ".join(_campaign_series(s)[1]["source"] for s in INDONESIAN_SERIES)
        ),
        kind="reconstructed",
    )
    for series_id, colour in zip(INDONESIAN_SERIES, (PALETTE[0], PALETTE[1]), strict=True):
        values, info = _campaign_series(series_id)
        days = (values.index - values.index[0]).days
        scaled = values / values.max() * 100
        label = _("{hashtag} from {start}").format(
            hashtag=_hashtag(info["campaign_id"]), start=i18n.date(values.index[0])
        )
        chart.line(days, scaled, label=label, kind="reconstructed", colour=colour, marker="o")
        chart.note(f"{_hashtag(info['campaign_id'])}: {info[i18n.column('note')]}")
        chart.cite([(info["source"], info["source_url"])])
    chart.ax.set_ylim(0, 150)
    chart.ax.set_yticks(range(0, 101, 20))
    chart.ax.set_xticks(range(0, 13, 2))
    chart.alt = _(
        "{title}. Two dashed lines, both reconstructed from published totals: the 2019 line "
        "rises to its highest day on day 5 and falls; the 2021 line starts at its highest day "
        "and halves every two days. {notes}"
    ).format(title=chart.title, notes=" ".join(chart.notes))
    return chart


def plot_indonesia_hashtag_counts() -> Chart:
    """The published tweet counts behind the Indonesian series, counter-hashtag included.

    >>> [float(b.get_height()) for b in plot_indonesia_hashtag_counts().ax.patches]
    [21581.0, 130000.0, 14700.0]
    """
    from medsos.figures import figures

    rows = figures(HASHTAG_FIGURES).set_index("figure_id")
    chart = plot_figures(
        HASHTAG_FIGURES,
        title=_("Published tweet counts of three Indonesian hashtags"),
        ylabel=_("Tweets"),
        xlabel=_("Hashtag and period"),
        labels=[
            _("#ReformasiDikorupsi\n19 Sep – 1 Oct 2019"),
            _("#PercumaLaporPolisi\nby 17 Oct 2021"),
            _("#PolriSesuaiProsedur\nby 11 Oct 2021"),
        ],
        dated=False,
        colours=[PALETTE[0], PALETTE[1], MUTED],
        notes=[
            _(
                "Three counters, three periods: Netray's own collection (2019), Twitter's counter as "
                "reported by Tribun Kaltim, and detikNews. Compare orders of magnitude, not exact sizes."
            )
        ],
    )
    chart.ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: compact(v, 1e3)))
    chart.alt = _(
        "{title}. Bars: #ReformasiDikorupsi {a} tweets (Netray, 19 September – 1 October 2019); "
        "#PercumaLaporPolisi {b} tweets (Twitter via Tribun Kaltim, by 17 October 2021); "
        "police counter-hashtag #PolriSesuaiProsedur {c} tweets (detikNews, 11 October 2021)."
    ).format(
        title=chart.title,
        a=i18n.number(rows.loc["reformasidikorupsi-01", "value"]),
        b=i18n.number(rows.loc["percumalaporpolisi-01", "value"]),
        c=i18n.number(rows.loc["percumalaporpolisi-02", "value"]),
    )
    return chart


def apjii_figures() -> pd.DataFrame:
    """APJII's published penetration figures present in the data (may be empty)."""
    from medsos.data import load

    figures = load("published_figures")
    return figures[figures["figure_id"].str.startswith("indonesia_internet-apjii-")].copy()


def plot_apjii_penetration(since: int = 2005) -> Chart:
    """Indonesia online over time: the ITU series (line) and APJII's surveys (squares).

    The same chart as lesson 3's :func:`~medsos.lessons.l03.plot_internet_sources`,
    from 2005 by default: the two sources measure differently, and the chart says so.
    """
    return plot_internet_sources(since)


def plot_apjii_groups() -> Chart:
    """APJII 2024 by group (men, women, rural, urban) against its overall 79.5%.

    Left as published on purpose: men *and* women both lie above the overall figure,
    which no average of the two can do, so those two cannot share the overall figure's
    base. The caption asks students to notice it (exercise 05-apjii-base).

    >>> [float(b.get_height()) for b in plot_apjii_groups().ax.patches]
    [87.6, 85.5, 74.0, 82.2]
    """
    from medsos.figures import figures

    ids = [f"indonesia_internet-apjii-2024-{g}" for g in APJII_GROUPS]
    overall = float(figures(["indonesia_internet-apjii-2024"])["value"].iloc[0])
    values = [float(v) for v in figures(ids)["value"]]
    chart = plot_figures(
        ids,
        title=_("APJII 2024: internet penetration by group"),
        ylabel=_("% using the internet (APJII)"),
        xlabel=_("Group"),
        labels=[_(APJII_GROUP_LABELS[g]) for g in APJII_GROUPS],
        dated=False,
        colours=[PALETTE[0], PALETTE[0], PALETTE[2], PALETTE[2]],
        fmt=lambda v: i18n.number(v, 1),
        percent=True,
        inside=True,
        notes=[
            _(
                "Dashed line: APJII's overall penetration in 2024. Men and women are both above it: "
                "check the report for the base of each figure before comparing them."
            )
        ],
    )
    chart.ax.axhline(
        overall,
        color=NATIONAL_COLOUR,
        linestyle="--",
        linewidth=1.4,
        label=_("overall {value}%").format(value=i18n.number(overall, 1)),
    )
    chart.ax.set_ylim(0, 112)
    chart.ax.set_yticks(range(0, 101, 20))
    chart.alt = _(
        "{title}. Bars: men {men}%, women {women}%, rural {rural}%, urban {urban}%; dashed line: "
        "overall {overall}%. {source}"
    ).format(
        title=chart.title,
        men=i18n.number(values[0], 1),
        women=i18n.number(values[1], 1),
        rural=i18n.number(values[2], 1),
        urban=i18n.number(values[3], 1),
        overall=i18n.number(overall, 1),
        source=chart.source,
    )
    return chart
