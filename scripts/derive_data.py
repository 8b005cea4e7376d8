"""Derive the course's tables in data/ from the raw public data in ../shared/data/raw/.

Run with ``make data``. The raw files are never copied into the repository: this script
reads them, selects and cleans what the course needs, and writes small tables plus
``data/datapackage.json`` (Frictionless Data: schema, sources, licence, kind and sha256
of every table) and ``data/README.md`` (the data dictionary), both from the same
metadata below, so they cannot disagree.

Three kinds of table:
- observed: measured by someone and published as data (pageviews, protest counts, ITU);
- published: figures stated in a report or article (Pew, BBC, ...), with their URL;
- reconstructed: a daily series that no one published as data, rebuilt so that it passes
  EXACTLY through published figures (recorded in anchors.csv). The shape between the
  anchors is a simple, stated assumption, and every chart of it says "reconstructed".

The output is deterministic (stable order, fixed number formats, LF line endings), so
``tests/test_derive.py`` can re-derive and compare byte for byte.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import sys
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
RAW = Path(os.environ.get("MEDSOS_RAW", ROOT.parent / "shared" / "data" / "raw"))
OUT = Path(os.environ.get("MEDSOS_DATA_OUT", ROOT / "data"))

CURATED = Path(os.environ.get("MEDSOS_CURATED", ROOT / "curated"))


# --- the hand-curated tables (curated/, see curated/README.md) ------------------------------
def curated(name: str) -> pd.DataFrame:
    """A table of curated/ as text, exactly as typed (no type guessing, empty cells stay "")."""
    return pd.read_csv(CURATED / name, dtype=str, keep_default_na=False, encoding="utf-8")


def _keyed(name: str, key: str) -> dict[str, dict[str, str]]:
    frame = curated(name)
    return {
        row[key]: {c: row[c] for c in frame.columns if c not in (key, "read_on")}
        for row in frame.to_dict("records")
    }


SRC = _keyed("sources.csv", "source_key")
LICENCES = _keyed("licences.csv", "licence_key")
CAMPAIGN_COLUMNS = [c for c in curated("campaigns.csv").columns if c != "read_on"]
MILESTONE_COLUMNS = [c for c in curated("milestones.csv").columns if c != "read_on"]
HK_ARTICLES = curated("hk_articles.csv").article.tolist()
# Figures from ../shared/facts/checked-facts.md (checked by hand, November 2026), each with the
# page it was read on. They join the published figures so that every number a lesson quotes is in
# data/ with its source.
CHECKED_FACTS = [
    tuple(r) for r in curated("checked_facts.csv").drop(columns="read_on").itertuples(index=False)
]
FIGURE_COLUMNS = [c for c in curated("checked_facts.csv").columns if c != "read_on"]
RESOURCES = json.loads((CURATED / "resources.json").read_text(encoding="utf-8"))
KIND_TEXT = dict(curated("kinds.csv").itertuples(index=False))


# --- helpers ---------------------------------------------------------------------------------
def write_csv(frame: pd.DataFrame, name: str) -> Path:
    path = OUT / name
    text = frame.to_csv(index=False, lineterminator="\n", float_format="%.10g")
    path.write_text(text, encoding="utf-8", newline="\n")
    return path


def days(start: str, end: str) -> pd.DatetimeIndex:
    return pd.date_range(start, end, freq="D")


def fix_total(values: np.ndarray, total: int) -> np.ndarray:
    """Round to whole tweets and put the rounding remainder on the last day, so sums are exact."""
    whole = np.floor(values).astype(np.int64)
    whole[-1] += total - int(whole.sum())
    return whole


def spread(total: int, n: int) -> np.ndarray:
    """``total`` whole tweets over ``n`` days, as evenly as possible (the first days get the rest)."""
    base, rest = divmod(int(total), n)
    return np.array([base + (k < rest) for k in range(n)], dtype=np.int64)


def solve_ratio(target: float, first: float, n: int, lo: float = 1e-6, hi: float = 10.0) -> float:
    """Find r with first*(r + r^2 + ... + r^n) == target (bisection; the sum grows with r)."""

    def total(r: float) -> float:
        return first * sum(r**k for k in range(1, n + 1))

    for _ in range(200):
        mid = (lo + hi) / 2
        if total(mid) < target:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


# --- tables ----------------------------------------------------------------------------------
def published_figures() -> pd.DataFrame:
    raw = pd.read_csv(RAW / "published_anchor_figures" / "published_anchor_figures.csv", dtype=str)
    rows = []
    counters: dict[str, int] = {}
    for r in raw.itertuples(index=False):
        campaign = r.campaign.lower()
        counters[campaign] = counters.get(campaign, 0) + 1
        # periods look like "2020-05-26..2020-06-07", "2013-07..2018-05-01", "2014", "2019-10",
        # "as of 2021-10-17 09:45 WITA" or "2021-10-11 18:36 WIB": keep the dates only.
        found = re.findall(r"\d{4}(?:-\d{2}){0,2}", r.date_or_period)
        start, end = found[0], found[-1]
        if len(start) == 4:  # a year
            start = f"{start}-01-01"
        elif len(start) == 7:  # a month
            start = f"{start}-01"
        if len(end) == 4:
            end = f"{end}-12-31"
        elif len(end) == 7:
            end = str((pd.Timestamp(end + "-01") + pd.offsets.MonthEnd(0)).date())
        is_date = r.unit == "date"
        rows.append(
            {
                "figure_id": f"{campaign}-{counters[campaign]:02d}",
                "campaign_id": campaign,
                "metric": r.metric,
                "value": "" if is_date else r.value,
                "unit": r.unit,
                "date_start": str(pd.Timestamp(r.value if is_date else start).date()),
                "date_end": str(pd.Timestamp(r.value if is_date else end).date()),
                # Twitter's own accounts are named as sources; no handle of anyone goes into data/.
                # "X via Y" (Y reported X's figure) is the column's one notation in both courses.
                "source": r.source.replace(
                    "@TwitterData", "Twitter Data (Twitter's official account)"
                )
                .replace("(@twittercomms)", "(Twitter's communications account)")
                .replace(", as reported by ", " via "),
                "url": r.url,
                "note": r.note if isinstance(r.note, str) else "",
            }
        )
    frame = pd.DataFrame(rows, columns=FIGURE_COLUMNS)
    for fix in curated("figure_corrections.csv").itertuples(index=False):
        hit = frame.figure_id == fix.figure_id
        assert hit.sum() == 1 and (frame.loc[hit, fix.column] == fix.raw_value).all(), fix
        frame.loc[hit, fix.column] = fix.value
    added = curated("added_figures.csv")[FIGURE_COLUMNS]
    facts = pd.DataFrame(CHECKED_FACTS, columns=FIGURE_COLUMNS)
    return bilingual_figures(pd.concat([frame, added, facts], ignore_index=True))


def bilingual_figures(frame: pd.DataFrame) -> pd.DataFrame:
    """The figures with their Indonesian wording (curated/figure_texts_id.csv) beside the English.

    A reader of the Indonesian course sees ``metric_id``/``unit_id``/``note_id``; the ``_en`` columns
    keep the compiler's English as typed (units: curated/figure_units_id.csv). Every figure needs its translation (and a note its note_id),
    so a figure added without one stops the derivation instead of showing English.
    """
    texts = curated("figure_texts_id.csv")
    assert texts.figure_id.is_unique, "figure_texts_id.csv: a figure is translated twice"
    assert set(texts.figure_id) == set(frame.figure_id), (
        "figure_texts_id.csv: translate exactly the published figures",
        sorted(set(texts.figure_id) ^ set(frame.figure_id)),
    )
    units = curated("figure_units_id.csv")
    assert set(frame.unit) <= set(units.unit_en), (
        "figure_units_id.csv: a unit without its Indonesian",
        sorted(set(frame.unit) - set(units.unit_en)),
    )
    both = (
        frame.rename(columns={"metric": "metric_en", "note": "note_en", "unit": "unit_en"})
        .merge(texts, on="figure_id", how="left", validate="one_to_one")
        .merge(units, on="unit_en", how="left", validate="many_to_one")
    )
    assert (both.metric_id != "").all(), "figure_texts_id.csv: a metric_id is empty"
    assert ((both.note_en == "") == (both.note_id == "")).all(), "a note without its note_id"
    columns = []
    for c in FIGURE_COLUMNS:
        columns += {"metric": ["metric_id", "metric_en"], "unit": ["unit_id", "unit_en"]}.get(
            c, [c]
        )
    return both[[c for c in columns if c != "note"] + ["note_id", "note_en"]]


def figure(figures: pd.DataFrame, campaign: str, metric_start: str) -> pd.Series:
    hit = figures[
        (figures.campaign_id == campaign) & figures.metric_en.str.startswith(metric_start)
    ]
    assert len(hit) == 1, (campaign, metric_start, len(hit))
    return hit.iloc[0]


SERIES = curated("series.csv")
EXACT_RULES = ("daily_value", "period_total", "cumulative_total")


def series_meta(row, source: str, source_url: str) -> dict:
    """One row of data/series.csv: what the series measures, its kind, source and notes."""
    return {
        "series_id": row.series_id,
        "campaign_id": row.campaign_id,
        "measure": row.measure,
        "unit_id": row.unit_id,
        "unit_en": row.unit_en,
        "kind": row.kind,
        "higher_is_more": row.higher_is_more == "True",
        "in_campaign_chart": row.in_campaign_chart == "True",
        "source": source,
        "source_url": source_url,
        "licence": row.licence,
        "caveat_id": row.caveat_id,
        "caveat_en": row.caveat_en,
        "note_id": row.note_id,
        "note_en": row.note_en,
    }


def observed_series() -> tuple[list[dict], list[pd.DataFrame]]:
    """Every observed series of curated/series.csv, read from its raw file as it stands."""
    meta, frames = [], []
    for row in SERIES[SERIES.kind == "observed"].itertuples(index=False):
        raw = pd.read_csv(RAW / row.raw_file).dropna(subset=[row.value_column])
        if row.filter_column:
            raw = raw[raw[row.filter_column] == row.filter_value]
        if row.date_from:
            raw = raw[raw[row.date_column] >= row.date_from]
        frames.append(
            pd.DataFrame(
                {
                    "series_id": row.series_id,
                    "campaign_id": row.campaign_id,
                    "date": raw[row.date_column],
                    "value": raw[row.value_column].astype(float),
                    "kind": "observed",
                }
            )
        )
        source = SRC[row.source_key]
        meta.append(series_meta(row, source["title"], source["path"]))
    return meta, frames


def reconstructed_series(
    figures: pd.DataFrame,
) -> tuple[list[dict], list[pd.DataFrame], list[dict]]:
    meta, frames, anchors = [], [], []

    info = SERIES.set_index("series_id", drop=False)
    rules = curated("reconstruction_figures.csv")
    by_id = figures.set_index("figure_id", drop=False)

    def add(series_id, dates, values):
        row = info.loc[series_id]
        mine = rules[(rules.series_id == series_id) & rules.rule.isin(EXACT_RULES)]
        used = [(r.rule, by_id.loc[r.figure_id]) for r in mine.itertuples(index=False)]
        frames.append(
            pd.DataFrame(
                {
                    "series_id": series_id,
                    "campaign_id": row.campaign_id,
                    "date": [str(d.date()) for d in dates],
                    "value": values.astype(float),
                    "kind": "reconstructed",
                }
            )
        )
        meta.append(
            series_meta(
                row,
                "; ".join(sorted({f.source for _r, f in used})),
                " ".join(sorted({f.url for _r, f in used})),
            )
        )
        for rule, f in used:
            anchors.append(
                {
                    "series_id": series_id,
                    "figure_id": f.figure_id,
                    "rule": rule,
                    "date_start": f.date_start,
                    "date_end": f.date_end,
                    "value": f.value,
                }
            )

    # BLM 2020: 218,000 (26 May), 8.8M (28 May), total 47.8M over 26 May - 7 June; 27 May passed 1M;
    # every day 29 May - 7 June above 2M. Assumption: 27 May is the geometric mean of its neighbours;
    # after the peak, daily use decays exponentially towards 2M, at the rate that makes the total exact.
    d = days("2020-05-26", "2020-06-07")
    f26 = figure(figures, "blacklivesmatter", "tweets containing")
    f28 = figure(figures, "blacklivesmatter", "peak daily use")
    ftot = figure(figures, "blacklivesmatter", "uses of #BlackLivesMatter")
    first, peak, total, floor = float(f26.value), float(f28.value), int(ftot.value), 2_000_000.0
    second = math.sqrt(first * peak)
    rest = total - first - math.floor(second) - peak
    r = solve_ratio(rest - 10 * floor, peak - floor, 10, hi=1.0)
    tail = floor + (peak - floor) * np.array([r**k for k in range(1, 11)])
    values = fix_total(np.concatenate([[first, second, peak], tail]), total)
    add("blm2020_tweets", d, values)

    # #BringBackOurGirls 2014, one counter only (Crimson Hexagon via reportr.net): 738 tweets on
    # 23 April, at least 77,065 in the first week (Nigeria + USA), 2,451,529 in all by 9 May.
    # Assumption: the first week has the fewest tweets the figure allows, and within each period the
    # tweets are spread evenly over the days (the cumulative count is a straight line between the
    # published points), so no peak day is claimed. The BBC's 3.3 million is another counter.
    d = days("2014-04-23", "2014-05-09")
    day1 = int(by_id.loc["bringbackourgirls-03"].value)
    week = int(by_id.loc["bringbackourgirls-week1-two-countries"].value)
    total = int(by_id.loc["bringbackourgirls-04"].value)
    values = np.concatenate([[day1], spread(week - day1, 6), spread(total - week, 10)])
    add("bringbackourgirls2014_tweets", d, values)

    # #LoveWins 2015: 7M on 26 June, 3M on 27 June (Pew). Assumption: the same day-on-day ratio
    # continues for two more days (shown only to draw a decay; the two anchors are the data).
    d = days("2015-06-26", "2015-06-29")
    f1 = figure(figures, "lovewins", "#LoveWins uses on ruling day")
    f2 = figure(figures, "lovewins", "#LoveWins uses the day after")
    a, b = float(f1.value), float(f2.value)
    values = np.round(np.array([a, b, b * (b / a), b * (b / a) ** 2])).astype(np.int64)
    add("lovewins2015_tweets", d, values)

    # #ReformasiDikorupsi 2019: 21,581 tweets 19 Sep - 1 Oct, peak 24 Sep (Netray).
    # Assumption: doubling each day up to the peak, then falling by 40% a day.
    d = days("2019-09-19", "2019-10-01")
    fr = figure(figures, "reformasidikorupsi", "tweets with #ReformasiDikorupsi")
    shape = np.array([2.0 ** (k - 5) for k in range(0, 6)] + [0.6**k for k in range(1, 8)])
    values = fix_total(shape / shape.sum() * int(fr.value), int(fr.value))
    add("reformasidikorupsi2019_tweets", d, values)

    # #PercumaLaporPolisi 2021: 130,000 tweets counted by 17 Oct (Tribun Kaltim); trended in early
    # October. Assumption: starts 6 Oct at its peak and halves every two days.
    d = days("2021-10-06", "2021-10-17")
    fp = figure(figures, "percumalaporpolisi", "tweets counted by Twitter")
    shape = np.array([0.5 ** (k / 2) for k in range(len(d))])
    values = fix_total(shape / shape.sum() * int(fp.value), int(fp.value))
    add("percumalaporpolisi2021_tweets", d, values)
    return meta, frames, anchors


def reconstruction_checks(figures: pd.DataFrame, attention: pd.DataFrame) -> pd.DataFrame:
    """Every tweet figure of each reconstruction's campaign against the series (curated rules).

    Stops the derivation when a reconstruction breaks a figure it must meet, when a figure of its
    campaign is not listed, or when the figures it meets come from more than one counter.
    """
    rules = curated("reconstruction_figures.csv")
    by_id = figures.set_index("figure_id")
    rows = []
    for series_id, mine in rules.groupby("series_id", sort=False):
        s = attention[attention.series_id == series_id].set_index("date")["value"]
        campaign = SERIES.set_index("series_id").loc[series_id, "campaign_id"]
        tweet_figures = figures[
            (figures.campaign_id == campaign) & figures.unit_en.str.startswith("tweets")
        ]
        missing = set(tweet_figures.figure_id) - set(mine.figure_id)
        assert not missing, (
            f"{series_id}: no rule for {sorted(missing)} in curated/reconstruction_figures.csv"
        )
        counters = set(mine[~mine.rule.isin(["outside", "other_count"])].counter)
        assert len(counters) == 1, f"{series_id} meets figures of several counters: {counters}"
        for r in mine.itertuples(index=False):
            f = by_id.loc[r.figure_id]
            start, end, value = f.date_start, f.date_end, float(f.value)
            window = s.loc[start:end]
            got, met = np.nan, ""
            if r.rule == "daily_value" or r.rule == "period_total":
                got = window.sum()
                met = got == value
            elif r.rule == "cumulative_total":
                got = s.loc[:end].sum()
                met = got == value
            elif r.rule == "at_least":
                got = window.sum()
                met = got >= value and s.index.min() <= start and s.index.max() >= end
            elif r.rule == "at_most":
                got = window.sum()
                met = got <= value
            elif r.rule == "each_day_at_least":
                got = window.min()
                met = len(window) == len(days(start, end)) and got >= value
            elif r.rule == "outside":
                assert window.empty and r.reason, (series_id, r.figure_id)
            else:
                assert r.rule == "other_count" and r.reason, (series_id, r.figure_id)
            assert met is not False, (
                f"{series_id} breaks {r.figure_id} ({r.rule}: {got} vs {value})"
            )
            rows.append(
                {
                    "series_id": series_id,
                    "figure_id": r.figure_id,
                    "rule": r.rule,
                    "counter": r.counter,
                    "date_start": start,
                    "date_end": end,
                    "value": f.value,
                    "series_value": got,
                    "met": met,
                    "reason": r.reason,
                }
            )
    return pd.DataFrame(rows)


def internet_use() -> pd.DataFrame:
    share = pd.read_csv(RAW / "owid_internet" / "share-of-individuals-using-the-internet.csv")
    share.columns = ["country", "iso3", "year", "internet_pct"]
    mobile = pd.read_csv(RAW / "owid_internet" / "mobile-cellular-subscriptions-per-100-people.csv")
    mobile.columns = ["country", "iso3", "year", "mobile_per_100"]
    keep = share[(share.iso3.str.len() == 3) | (share.country == "World")]
    keep = keep[keep.year >= 1990].copy()
    keep.loc[keep.country == "World", "iso3"] = "WLD"
    mobile.loc[mobile.country == "World", "iso3"] = "WLD"
    merged = keep.merge(mobile[["iso3", "year", "mobile_per_100"]], on=["iso3", "year"], how="left")
    merged = merged[~merged.iso3.str.startswith("OWID")]
    return merged.sort_values(["iso3", "year"]).reset_index(drop=True)


PROVINCE_NAMES = dict(curated("province_names.csv").itertuples(index=False))


def province_name(raw: str) -> str:
    """BPS writes provinces in capitals; title case, except the names in curated/province_names.csv."""
    raw = raw.strip()
    return PROVINCE_NAMES.get(raw.upper(), raw.title())


def indonesia_internet_2022() -> pd.DataFrame:
    raw = pd.read_csv(
        RAW / "indonesia_bps_internet" / "Akses Internet-2022.csv",
        skiprows=4,
        header=None,
        names=["province", "urban_pct", "rural_pct", "total_pct"],
        encoding="utf-8-sig",
        dtype=str,
    )
    raw = raw.dropna(subset=["province"])
    for col in ("urban_pct", "rural_pct", "total_pct"):
        raw[col] = pd.to_numeric(raw[col].str.strip().replace("-", np.nan), errors="coerce")
    raw["province"] = raw.province.map(province_name)
    raw["is_national"] = raw.province == "Indonesia"
    return raw.reset_index(drop=True)


def indonesia_devices() -> pd.DataFrame:
    raw = pd.read_csv(
        RAW
        / "indonesia_bps_internet"
        / "Persentase Rumah Tangga yang Pernah Mengakses Internet dalam 3 Bulan Terakhir Menurut Media Akses.csv",
        encoding="utf-8-sig",
    )
    names = {r.media: (r.device_id, r.device_en) for r in curated("bps_devices.csv").itertuples()}
    long = raw.melt(id_vars="Media", var_name="year", value_name="pct")
    long["device_id"] = long.Media.map(lambda m: names[m][0])
    long["device_en"] = long.Media.map(lambda m: names[m][1])
    long["year"] = long.year.astype(int)
    return (
        long[["year", "device_id", "device_en", "pct"]]
        .sort_values(["year", "device_en"])
        .reset_index(drop=True)
    )


def indonesia_no_signal() -> pd.DataFrame:
    raw = pd.read_csv(RAW / "indonesia_bps_internet" / "DERIVED_TidakAdaSinyal.csv")
    long = raw.melt(id_vars="Provinsi", var_name="year", value_name="villages")
    long["province"] = long.Provinsi.map(province_name)
    long["is_national"] = (
        long.province == "Indonesia"
    )  # the raw file mislabels this total row as an average
    long["year"] = long.year.astype(int)
    return (
        long[["province", "year", "villages", "is_national"]]
        .sort_values(["year", "province"])
        .reset_index(drop=True)
    )


def indonesia_ict_skills() -> pd.DataFrame:
    raw = pd.read_excel(
        RAW
        / "indonesia_bps_internet"
        / "Proporsi Remaja Dan Dewasa Usia 15-59 Tahun Dengan Keterampilan Teknologi Informasi Dan Komputer (TIK) Menurut Provinsi.xlsx"
    )
    raw.columns = ["province", *[int(c) for c in raw.columns[1:]]]
    long = raw.melt(id_vars="province", var_name="year", value_name="pct")
    long["province"] = long.province.map(province_name)
    long["is_national"] = long.province == "Indonesia"
    long["year"] = long.year.astype(int)
    return long.sort_values(["year", "province"]).reset_index(drop=True)


def gender_gap() -> pd.DataFrame:
    raw = pd.read_csv(
        RAW / "digital_gender_gaps" / "DERIVED_dgg_ground_truth_internet_by_sex_subset.csv"
    )
    names = pd.read_csv(RAW / "digital_gender_gaps" / "country_info.csv")
    wide = raw.pivot_table(
        index=["gid_0", "survey_year", "source"], columns="outcome", values="observed"
    ).reset_index()
    wide = wide.rename(
        columns={
            "gid_0": "iso3",
            "survey_year": "year",
            "internet_men": "men_pct",
            "internet_women": "women_pct",
            "internet_fm_ratio": "ratio",
        }
    )
    wide["men_pct"] = (wide.men_pct * 100).round(1)
    wide["women_pct"] = (wide.women_pct * 100).round(1)
    wide["ratio"] = wide.ratio.round(3)
    wide["source"] = wide.source.map({"dhs7": "DHS", "mics6": "MICS", "itu": "ITU"}).fillna(
        wide.source
    )
    country = dict(zip(names.iso3, names.name, strict=False))
    wide["country"] = wide.iso3.map(country).fillna(wide.iso3)
    return (
        wide[["country", "iso3", "year", "source", "men_pct", "women_pct", "ratio"]]
        .sort_values(["iso3", "year", "source"])
        .reset_index(drop=True)
    )


def hk_pageviews() -> pd.DataFrame:
    hk = pd.read_csv(RAW / "wikipedia_pageviews_hk2019" / "DERIVED_hk_pageviews_long.csv")
    sel = hk[hk.article.isin(HK_ARTICLES) & (hk.date >= "2019-05-01")].copy()
    sel["article"] = sel.article.str.replace("_", " ")
    return sel[["article", "date", "views"]].sort_values(["article", "date"]).reset_index(drop=True)


def blm_monthly_events() -> pd.DataFrame:
    raw = pd.read_csv(RAW / "blm2020_protest_events" / "DERIVED_countlove_blm_monthly_events.csv")
    raw["month"] = raw.month + "-01"
    return raw


def protests() -> pd.DataFrame:
    raw = pd.read_csv(RAW / "carnegie_global_protest_tracker" / "protest.csv")
    # The *_en columns are Carnegie's own words; the *_id columns the course's Indonesian rendering.
    wanted = list(curated("protests_selected.csv").itertuples(index=False))
    rows = []
    for country, name, name_id, duration_id, outcome_id in wanted:
        hit = raw[(raw.Country == country) & (raw["Protest Name"] == name)]
        hit = hit[hit.Year_4digit.isin([2019, 2020, 2024])]
        r = hit.iloc[0]
        rows.append(
            {
                "country": "United States" if country.startswith("United States") else country,
                "name_id": name_id,
                "name_en": name,
                "start_month": str(
                    pd.Timestamp(f"{r.Month} {int(r.Year_4digit)}").strftime("%Y-%m")
                ),
                "peak_size": str(r["Peak Size"]).strip(),
                "duration_id": duration_id,
                "duration_en": str(r.Duration).strip(),
                "outcome_id": outcome_id,
                "outcome_en": str(r.Outcomes).strip(),
            }
        )
    return pd.DataFrame(rows)


# --- metadata ------------------------------------------------------------------------------
def references() -> pd.DataFrame:
    """The curated list of cited pages, checked for blanks and duplicates, sorted by host."""
    frame = curated("references.csv")
    assert list(frame.columns) == ["url", "title", "host"], frame.columns
    assert frame.url.is_unique and (frame != "").all().all(), "references: blank or repeated rows"
    return frame.sort_values(["host", "url"]).reset_index(drop=True)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def series_parts(series: pd.DataFrame) -> list[dict]:
    """Each daily series' own kind, licence and caveat, for the resources that hold several."""
    return [
        {
            "series_id": r.series_id,
            "kind": r.kind,
            "licence": r.licence,
            "source": r.source_url,
            "caveat": r.caveat_en,
        }
        for r in series.itertuples(index=False)
    ]


def datapackage(paths: dict[str, Path], series: pd.DataFrame) -> dict:
    by_name = {lic["name"]: lic for lic in LICENCES.values()}
    resources = []
    for res in RESOURCES:
        path = paths[res["name"]]
        sources = [dict(SRC[s]) for s in res["sources"]]
        schema = {"fields": res["fields"]}
        if res.get("primaryKey"):
            schema["primaryKey"] = res["primaryKey"]
        resources.append(
            {
                "name": res["name"],
                "path": res["path"],
                "profile": "tabular-data-resource",
                "title": res["title_en"],
                "description": res["description"],
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "hash": f"sha256:{sha256(path)}",
                "bytes": path.stat().st_size,
                "kind": res["kind"],
                "title_id": res["title_id"],
                "title_en": res["title_en"],
                "sources": sources,
                "licenses": [LICENCES[res["licence"]]],
                "schema": schema,
            }
        )
        if res["name"] in ("series", "attention"):  # the parts keep their own licences
            own = [by_name[n] for n in dict.fromkeys(series.licence) if n in by_name]
            resources[-1]["licenses"] += [
                lic for lic in own if lic not in resources[-1]["licenses"]
            ]
            resources[-1]["series"] = series_parts(series)
    return {
        "name": "medsos-course-data",
        "title": "Media Sosial untuk Perubahan Sosial: course data",
        "description": "Curated tables for the course, derived by scripts/derive_data.py from public data (see each resource's sources).",
        "profile": "tabular-data-package",
        "licenses": [LICENCES["course"]],
        "resources": resources,
    }


def readme(package: dict, frames: dict[str, pd.DataFrame]) -> str:
    lines = (CURATED / "data_readme_intro.md").read_text(encoding="utf-8").split("\n")[:-1]
    for res in package["resources"]:
        frame = frames[res["name"]]
        lines += [
            f"### `{res['path']}`: {res['title_en']} / {res['title_id']}",
            "",
            res["description"],
            "",
            f"- kind: {KIND_TEXT[res['kind']]}",
            f"- rows: {len(frame)}",
            "- source: " + "; ".join(f"[{s['title']}]({s['path']})" for s in res["sources"]),
            "- licence: " + ", ".join(f"{lic['title']}" for lic in res["licenses"]),
            "",
            "| column | type | description |",
            "|---|---|---|",
        ]
        lines += [
            f"| `{f['name']}` | {f['type']} | {f['description']} |" for f in res["schema"]["fields"]
        ]
        lines.append("")
    series = frames["series"]
    lines += ["## How the reconstructed series were made", ""]
    for r in series[series.kind == "reconstructed"].itertuples():
        lines.append(f"- `{r.series_id}`: {r.note_en}")
    lines += [
        "",
        "Every published tweet figure of a reconstructed series' campaign is checked against the series in",
        "`reconstruction_checks.csv` (rules in `curated/README.md`); a figure from another counter is never chained on.",
        "",
        "## Caveats of the series (shown on their charts' source line)",
        "",
    ]
    for r in series[series.caveat_en != ""].itertuples():
        lines.append(f"- `{r.series_id}` ({r.kind}, licence {r.licence}): {r.caveat_en}")
    lines.append("")
    return "\n".join(lines)


def main() -> int:
    if not RAW.exists():
        print(f"raw data not found at {RAW} (set MEDSOS_RAW)", file=sys.stderr)
        return 2
    OUT.mkdir(parents=True, exist_ok=True)
    figures = published_figures()
    obs_meta, obs_frames = observed_series()
    rec_meta, rec_frames, anchors = reconstructed_series(figures)
    attention = pd.concat(obs_frames + rec_frames, ignore_index=True)
    attention["date"] = pd.to_datetime(attention.date).dt.strftime("%Y-%m-%d")
    attention = attention.sort_values(["series_id", "date"]).reset_index(drop=True)
    frames = {
        "campaigns": curated("campaigns.csv")[CAMPAIGN_COLUMNS],
        "milestones": curated("milestones.csv")[MILESTONE_COLUMNS].sort_values(
            ["campaign_id", "date"]
        ),
        "series": pd.DataFrame(obs_meta + rec_meta).sort_values("series_id"),
        "attention": attention,
        "anchors": pd.DataFrame(anchors),
        "reconstruction_checks": reconstruction_checks(figures, attention),
        "published_figures": figures,
        "internet_use": internet_use(),
        "indonesia_internet_2022": indonesia_internet_2022(),
        "indonesia_devices": indonesia_devices(),
        "indonesia_no_signal": indonesia_no_signal(),
        "indonesia_ict_skills": indonesia_ict_skills(),
        "gender_gap": gender_gap(),
        "hk_pageviews": hk_pageviews(),
        "blm_monthly_events": blm_monthly_events(),
        "protests": protests(),
        "references": references(),
    }
    paths = {name: write_csv(frame, f"{name}.csv") for name, frame in frames.items()}
    package = datapackage(paths, frames["series"])
    (OUT / "datapackage.json").write_text(
        json.dumps(package, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    (OUT / "README.md").write_text(readme(package, frames), encoding="utf-8")
    for name, frame in frames.items():
        print(f"{name:28} {len(frame):6d} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
