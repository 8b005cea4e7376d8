"""Facts the lessons state in their prose in words (a date, "twelve days after", "a Saturday")
or as numbers not yet written through a placeholder. Numbers written as ``{{ figure:… }}`` or
``{{ value:… }}`` in lessons/ follow the data by themselves; these facts do not. If one of these
fails, the data changed: re-read the lessons that quote it before updating the test."""

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
    assert monthly.loc[:"2020-04-01"].max() == 32 and monthly.loc["2020-06-01"] == 3006


# --- lesson 1: real cases (numbers stated in notebooks/*/01-real-cases.ipynb) ---------


def _figure(figure_id: str) -> pd.Series:
    figures = ms.load("published_figures").set_index("figure_id")
    return figures.loc[figure_id]


def test_lesson1_hong_kong_second_peak_is_133978_on_13_august_2019():
    s = data.series("hongkong2019_pageviews")
    top = s.nlargest(2)
    assert list(top.index) == [pd.Timestamp("2019-08-04"), pd.Timestamp("2019-08-13")]
    assert top.iloc[1] == 133_978


def test_lesson1_metoo_leaps_from_hundreds_of_thousands_to_461_and_is_about_6800_on_9_sept_2018():
    s = data.series("metoo_twitter_rank")
    assert s.loc["2017-10-10"] > 100_000, "'a rank in the hundreds of thousands'"
    assert s.loc["2017-10-15"] == 1_604 and s.loc["2017-10-16"] == 461
    assert round(s.loc["2018-09-09"], -2) == 6_800
    before = s.loc[:"2017-10-09"].median()
    assert s.loc["2017-10-17":].max() < before, "never back to the pre-October level"


def test_lesson1_blm_tweets_peak_on_28_may_three_days_before_and_events_twelve_days_after_floyd():
    tweets = data.series("blm2020_tweets")
    events = data.series("blm2020_protest_events")
    assert tweets.idxmax() == pd.Timestamp("2020-05-28") and tweets.max() == 8_800_000
    assert round(tweets.sum()) == 47_800_000
    assert (events.idxmax() - pd.Timestamp("2020-05-25")).days == 12
    assert events.idxmax().day_name() == "Saturday"


def test_lesson1_published_figures_quoted_in_the_prose_as_typed_numbers():
    expected = {
        "blacklivesmatter-07": 30_000_000,
        "metoo-03": 500_000,
        "hongkong2019-01": 12_000,
        "hongkong2019-police-0331": 5_200,
        "hongkong2019-police-0428": 22_800,
        "hongkong2019-02": 130_000,
        "hongkong2019-03": 1_030_000,
        "hongkong2019-04": 100_000,
    }
    for figure_id, value in expected.items():
        assert _figure(figure_id)["value"] == value, figure_id
    assert _figure("blacklivesmatter-01")["date_end"] == pd.Timestamp("2020-06-07")
    assert _figure("metoo-01")["date_end"] == pd.Timestamp("2018-09-30")


def test_lesson1_milestones_and_campaign_facts_quoted_in_the_prose():
    milestones = ms.load("milestones")
    dated = {(m.campaign_id, m.date.strftime("%Y-%m-%d")) for m in milestones.itertuples()}
    assert {
        ("blacklivesmatter", "2020-05-25"),
        ("blacklivesmatter", "2014-08-09"),
        ("metoo", "2017-10-15"),
        ("metoo", "2018-09-09"),
        ("hongkong2019", "2019-06-09"),
        ("hongkong2019", "2019-08-19"),
    } <= dated
    assert "936" in milestones.set_index("date").loc["2019-08-19", "label_en"]
    campaigns = ms.load("campaigns").set_index("campaign_id")
    assert "2006" in campaigns.loc["metoo", "description_en"]
    assert "LIHKG" in campaigns.loc["hongkong2019", "platforms"]
    assert campaigns.loc["blacklivesmatter", "start_date"] == pd.Timestamp("2013-07-13")
    monthly = ms.load("blm_monthly_events").set_index("month").events
    assert monthly.loc[:"2020-04-01"].max() == 32


def test_hong_kong_4_august_is_a_one_article_spike_and_13_august_the_cross_article_peak():
    views = ms.load("hk_pageviews")
    total = views.groupby("date")["views"].sum()
    assert total.idxmax() == pd.Timestamp("2019-08-13") and total.max() == 186_965
    from medsos.facts import VALUES

    before, spike = VALUES["hk_related_peak_eve"](), VALUES["hk_related_peak_day"]()
    assert spike / before < 1.1  # the related articles stayed flat on 4 August
    assert VALUES["hk_peak_day_before"]() == 22_376 and VALUES["hk_peak_day_after"]() == 50_932


def test_blm_street_count_has_two_weekend_peaks_nearly_level():
    from medsos.facts import VALUES

    assert VALUES["blm_first_weekend_events"]() == 727 and VALUES["blm_peak_events"]() == 785
