"""Numbers the lessons state in their prose. If one of these fails, the data changed:
re-read the lessons that quote it (grep for the number) before updating the test."""

from __future__ import annotations

import pandas as pd

import medsos as ms
from medsos import data


def test_hong_kong_pageviews_peak_on_4_august_2019_with_139482_views():
    s = data.series("hongkong2019_pageviews")
    assert s.idxmax() == pd.Timestamp("2019-08-04") and s.max() == 139_482


def test_metoo_best_rank_is_461_on_16_october_2017():
    s = data.series("metoo_twitter_rank")
    assert s.idxmin() == pd.Timestamp("2017-10-16") and s.min() == 461


def test_blm_2020_protest_events_peak_at_785_on_6_june():
    s = data.series("blm2020_protest_events")
    assert s.idxmax() == pd.Timestamp("2020-06-06") and s.max() == 785


def test_indonesia_internet_use_is_10_9_percent_in_2010_and_69_2_in_2023():
    use = ms.load("internet_use").query("iso3 == 'IDN'").set_index("year").internet_pct
    assert round(use.loc[2010], 1) == 10.9 and round(use.loc[2023], 1) == 69.2


def test_papua_rural_household_access_is_17_25_percent_in_2022():
    bps = ms.load("indonesia_internet_2022").set_index("province")
    assert bps.loc["Papua", "rural_pct"] == 17.25 and bps.loc["Indonesia", "urban_pct"] == 90.90


def test_count_love_events_jump_from_at_most_32_a_month_to_3006_in_june_2020():
    monthly = ms.load("blm_monthly_events").set_index("month").events
    assert monthly.loc[: "2020-04-01"].max() == 32 and monthly.loc["2020-06-01"] == 3006
