"""The course's data: typed, valid, sourced, honest about reconstructions, and safe to load."""

from __future__ import annotations

import json
import re
import shutil

import pandas as pd
import pytest
from conftest import ROOT

import medsos as ms
from medsos import data

PACKAGE = json.loads((ROOT / "data" / "datapackage.json").read_text(encoding="utf-8"))
NAMES = [r["name"] for r in PACKAGE["resources"]]


def test_frictionless_validates_the_whole_data_package():
    from frictionless import validate

    report = validate(str(ROOT / "data" / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]


@pytest.mark.parametrize("name", NAMES)
def test_every_table_loads_with_the_types_its_schema_declares(name):
    frame = ms.load(name)
    schema = {f["name"]: f["type"] for f in data._resource(name)["schema"]["fields"]}
    assert list(frame.columns) == list(schema)
    assert len(frame) > 0
    for column, kind in schema.items():
        dtype = frame[column].dtype
        if kind == "date":
            assert pd.api.types.is_datetime64_any_dtype(dtype), column
        elif kind in ("integer", "number"):
            assert pd.api.types.is_numeric_dtype(dtype), column
        elif kind == "boolean":
            assert pd.api.types.is_bool_dtype(dtype), column


@pytest.mark.parametrize("resource", PACKAGE["resources"], ids=lambda r: r["name"])
def test_every_table_has_a_kind_sources_with_urls_and_a_licence(resource):
    assert resource["kind"] in {"observed", "published", "reconstructed", "mixed"}
    tables = {r["path"] for r in PACKAGE["resources"]}  # "see the url column of that table"
    assert resource["sources"] and all(
        s["title"] and (s["path"].startswith("http") or s["path"] in tables)
        for s in resource["sources"]
    )
    assert resource["licenses"] and all(lic.get("title") for lic in resource["licenses"])
    assert resource["title_id"] and resource["title_en"]


def test_every_reconstructed_series_hits_every_anchor_exactly():
    attention, anchors = ms.load("attention"), ms.load("anchors")
    reconstructed = set(ms.load("series").query("kind == 'reconstructed'").series_id)
    assert reconstructed and reconstructed <= set(anchors.series_id)
    for a in anchors.itertuples():
        s = attention[attention.series_id == a.series_id].set_index("date")["value"]
        if a.rule == "daily_value":
            got = s.loc[a.date_start]
        elif a.rule == "period_total":
            got = s.loc[a.date_start : a.date_end].sum()
        else:  # cumulative_total: everything up to the end date
            got = s.loc[: a.date_end].sum()
        assert got == a.value, (a.series_id, a.figure_id, got, a.value)


def _window_value(s: pd.Series, rule: str, start, end) -> float:
    """The series over a figure's days, the way the rule reads it."""
    if rule == "cumulative_total":
        return float(s.loc[:end].sum())
    if rule == "each_day_at_least":
        return float(s.loc[start:end].min())
    return float(s.loc[start:end].sum())


def test_every_reconstruction_meets_every_published_figure_of_its_campaign():
    """Not only its anchors: every tweet figure of the campaign is listed, with its rule, and holds.

    The rules come from curated/reconstruction_figures.csv (via data/reconstruction_checks.csv);
    a figure that counts something else must say why (``other_count``), and the figures a series
    meets must all come from one counter (no chaining of two counters).
    """
    attention, figures = ms.load("attention"), ms.load("published_figures")
    checks, info = ms.load("reconstruction_checks"), ms.load("series")
    reconstructed = info.query("kind == 'reconstructed'")
    assert len(reconstructed) >= 5
    for row in reconstructed.itertuples():
        s = attention[attention.series_id == row.series_id].set_index("date")["value"]
        mine = checks[checks.series_id == row.series_id]
        of_campaign = figures[
            (figures.campaign_id == row.campaign_id) & figures.unit_en.str.startswith("tweets")
        ]
        assert set(of_campaign.figure_id) == set(mine.figure_id), row.series_id
        met = mine[~mine.rule.isin(["outside", "other_count"])]
        assert met.counter.nunique() == 1, (row.series_id, set(met.counter))
        published = figures.set_index("figure_id")
        for c in mine.itertuples():
            f = published.loc[c.figure_id]
            start, end, value = f.date_start, f.date_end, float(f.value)
            if c.rule == "outside":
                assert s.loc[start:end].empty and c.reason, c.figure_id
                continue
            if c.rule == "other_count":
                assert c.reason and len(str(c.reason)) > 20, c.figure_id
                continue
            got = _window_value(s, c.rule, start, end)
            if c.rule in ("daily_value", "period_total", "cumulative_total"):
                assert got == value, (row.series_id, c.figure_id, got, value)
            elif c.rule == "at_least":
                assert s.index.min() <= start and s.index.max() >= end, c.figure_id
                assert got >= value, (row.series_id, c.figure_id, got, value)
            elif c.rule == "each_day_at_least":
                assert len(s.loc[start:end]) == (end - start).days + 1, c.figure_id
                assert got >= value, (row.series_id, c.figure_id, got, value)
            else:
                assert c.rule == "at_most" and got <= value, (row.series_id, c.figure_id)
            assert c.met is True or bool(c.met), c.figure_id


def test_bringbackourgirls_reconstruction_holds_the_first_week_figure_and_one_counter():
    s = data.series("bringbackourgirls2014_tweets")
    assert s.loc["2014-04-23"] == 738
    assert s.loc["2014-04-23":"2014-04-29"].sum() >= 56_725 + 20_340
    assert s.sum() == 2_451_529 and s.index.max() == pd.Timestamp("2014-05-09")
    assert s.loc["2014-04-30":].nunique() <= 2, "no peak day is invented inside a period"


# A listing or search page shows whatever its site lists today, not the figure: a source must be
# the page that states it. Listing: a search (path segment "search", a q=/s=/query= parameter, a
# search engine), a tag/topic/category/label/archive page, or a numbered page of an archive
# (".../page/286"). (A producer's home page, like https://www.bps.go.id/, is not counted.)
LISTING_SEGMENTS = {"search", "tag", "tags", "topic", "topics", "category", "categories", "label"}
LISTING_SEGMENTS |= {"archive", "archives"}
SEARCH_HOSTS = ("google.", "bing.com", "duckduckgo.com", "search.yahoo.", "yandex.")
URL = re.compile(r"https?://[^\s\"'<>|,;)\]]+")


def listing_reason(url: str) -> str:
    """Why ``url`` is a listing or search page ("" when it is not)."""
    from urllib.parse import parse_qs, urlsplit

    parts = urlsplit(url)
    host, segments = parts.netloc.lower(), [p for p in parts.path.lower().split("/") if p]
    query = parse_qs(parts.query)
    if any(host.startswith(h) or f".{h}" in host for h in SEARCH_HOSTS):
        return "a search engine"
    if LISTING_SEGMENTS & set(segments):
        return f"a {sorted(LISTING_SEGMENTS & set(segments))[0]} page"
    if {"q", "s", "query", "search"} & set(query):
        return "search results"
    if any(a == "page" and b.isdigit() for a, b in zip(segments, segments[1:], strict=False)):
        return "a numbered archive page"
    return ""


@pytest.mark.parametrize(
    "url, listing",
    [
        ("https://www.pewresearch.org/search/Black%20Lives%20Matter/", True),
        ("https://ewn.co.za/topic/chibok-girls", True),
        ("https://business247news.com/2023/page/286", True),
        ("https://hypothes.is/search?q=tag%3A%27tactical+freeze%27", True),
        ("https://www.google.com/search?q=bringbackourgirls", True),
        ("https://www.bbc.com/news/blogs-trending-27392955", False),
        ("https://thevictoriapost.com/?p=2703", False),
        ("https://www.women.com/angie/lists/how-many-people-have-posted-me-too", False),
    ],
)
def test_the_listing_page_rule_tells_listings_from_articles(url, listing):
    assert bool(listing_reason(url)) is listing


# Listing pages that lesson 2 still links to (so curated/references.csv must list them until the
# lesson's sources switch to the articles that data/published_figures.csv now cites for the same
# figures). Remove a URL here once no lesson links to it; a test below fails when one is stale.
LESSON_LINKS_TO_REPLACE: dict[str, str] = {}  # lesson 2 now links Al Jazeera and Arise TV


def test_listing_pages_still_awaiting_a_lesson_fix_are_really_still_linked():
    from conftest import lesson_notebooks

    linked = "".join(p.read_text(encoding="utf-8") for p in lesson_notebooks("notebooks"))
    figures = set(ms.load("published_figures").url)
    for listing, article in LESSON_LINKS_TO_REPLACE.items():
        assert listing in linked, f"no lesson links {listing} any more: remove it from the set"
        assert article in figures and not listing_reason(article)


def test_no_url_in_data_or_curated_is_a_listing_or_search_page():
    found = {}
    for folder in ("data", "curated"):
        for path in sorted((ROOT / folder).iterdir()):
            if path.suffix in {".csv", ".json", ".md"}:
                text = path.read_text(encoding="utf-8")
                if path.name == "figure_corrections.csv":  # records the replaced URLs
                    text = pd.read_csv(path, dtype=str).drop(columns="raw_value").to_csv()
                for url in URL.findall(text):
                    if listing_reason(url) and not (
                        path.name == "references.csv" and url in LESSON_LINKS_TO_REPLACE
                    ):
                        found[url] = f"{folder}/{path.name}: {listing_reason(url)}"
    assert not found, found


def test_series_hold_at_least_twelve_daily_series_nine_of_them_observed():
    info, attention = ms.load("series"), ms.load("attention")
    assert len(info) >= 12 and (info.kind == "observed").sum() >= 9
    for series_id, rows in attention.groupby("series_id"):
        gaps = rows.date.sort_values().diff().dropna()
        assert gaps.min() == pd.Timedelta(days=1), series_id  # daily, one row a day


def test_a_series_with_an_unclear_licence_says_so_in_its_caveat():
    info = ms.load("series")
    unclear = info[info.licence == "unclear"]
    assert len(unclear) >= 4
    for row in unclear.itertuples():
        assert "licence unclear" in row.caveat_en.lower(), row.series_id
        assert "lisensi tidak jelas" in row.caveat_id.lower(), row.series_id
    assert (info.caveat_en.isna() == info.caveat_id.isna()).all()


def test_blm_corpus_is_its_own_observed_series_never_spliced_to_pew():
    corpus, pew = data.series("blm_corpus_tweets"), data.series("blm2020_tweets")
    info = data.series_info("blm_corpus_tweets").iloc[0]
    assert info.kind == "observed" and "not Twitter's total" in info.unit_en
    window = corpus.loc["2020-05-26":"2020-06-07"].sum()
    assert round(window / 1e6, 1) == 12.6  # the caveat's "12.6 million"
    assert pew.sum() == 47_800_000 and window < pew.sum() / 3  # two counters, four-fold apart
    assert "blm_corpus_tweets" not in set(ms.load("anchors").series_id)
    assert corpus.index.min() == pd.Timestamp("2013-01-01")


def test_reconstructed_rows_say_so_in_the_data_itself():
    attention, info = ms.load("attention"), ms.load("series")
    kinds = attention.merge(info[["series_id", "kind"]], on="series_id", suffixes=("", "_series"))
    assert (kinds.kind == kinds.kind_series).all()
    assert set(info.query("kind == 'reconstructed'").note_en.str.lower().str[:15]) == {
        "reconstruction:"
    }


def test_blm_reconstruction_respects_the_published_lower_bounds():
    s = data.series("blm2020_tweets")
    assert s.loc["2020-05-27"] > 1_000_000
    assert (s.loc["2020-05-29":"2020-06-07"] > 2_000_000).all()


def test_no_personal_data_is_committed():
    for path in (ROOT / "data").glob("*.csv"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"(twitter|x)\.com/\w+/status", text), path.name
        assert not re.search(r"(^|,)@\w{2,}", text, re.M), path.name


@pytest.mark.parametrize("table", ["campaigns", "milestones"])
def test_bilingual_text_is_filled_in_both_languages(table):
    frame = ms.load(table)
    pairs = [c[:-3] for c in frame.columns if c.endswith("_id") and f"{c[:-3]}_en" in frame.columns]
    assert pairs
    for base in pairs:
        assert frame[f"{base}_id"].notna().all() and frame[f"{base}_en"].notna().all()
        assert (frame[f"{base}_id"] != frame[f"{base}_en"]).any()


def test_every_milestone_and_series_belongs_to_a_known_campaign():
    ids = set(ms.load("campaigns").campaign_id)
    assert set(ms.load("milestones").campaign_id) <= ids
    assert set(ms.load("series").campaign_id) <= ids


def test_loaded_tables_are_copies_so_students_cannot_corrupt_the_cache():
    first = ms.load("campaigns")
    first.loc[:, "hashtag"] = "#changed"
    assert (ms.load("campaigns").hashtag != "#changed").all()


def test_unknown_table_name_suggests_the_nearest_one(english):
    with pytest.raises(ms.CourseError, match="Did you mean 'attention'"):
        ms.load("atention")


def test_unknown_table_name_is_explained_in_indonesian():
    with pytest.raises(ms.CourseError, match="Tidak ada tabel bernama"):
        ms.load("nothing_like_it")


def _damaged_copy(tmp_path, monkeypatch, table: str, edit) -> None:
    shutil.copytree(ROOT / "data", tmp_path / "data")
    path = tmp_path / "data" / f"{table}.csv"
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    monkeypatch.setenv("MEDSOS_DATA", str(tmp_path / "data"))


def test_a_bad_date_names_the_file_row_and_column(tmp_path, monkeypatch, english):
    _damaged_copy(
        tmp_path, monkeypatch, "milestones", lambda t: t.replace("2020-05-25", "25/05/2020", 1)
    )
    with pytest.raises(ms.CourseError) as caught:
        ms.load("milestones")
    text = str(caught.value)
    assert "milestones.csv" in text and "'date'" in text and "row" in text and "YYYY-MM-DD" in text


def test_a_missing_column_is_named_in_indonesian(tmp_path, monkeypatch):
    _damaged_copy(tmp_path, monkeypatch, "campaigns", lambda t: t.replace("hashtag,", "tagar,", 1))
    with pytest.raises(ms.CourseError) as caught:
        ms.load("campaigns")
    assert "campaigns.csv" in str(caught.value) and "kolom 'hashtag' tidak ada" in str(caught.value)


def test_a_value_outside_the_allowed_roles_is_refused(tmp_path, monkeypatch, english):
    _damaged_copy(
        tmp_path, monkeypatch, "campaigns", lambda t: t.replace(",awareness,", ",viral,", 1)
    )
    with pytest.raises(ms.CourseError, match="'viral' is not one of"):
        ms.load("campaigns")


def test_describe_and_source_of_name_the_source(english):
    assert "Wikimedia" in ms.source_of("hk_pageviews")
    text = str(ms.describe("internet_use"))
    assert "ITU" in text and "internet_pct" in text
    assert "<script" not in ms.describe("campaigns")._repr_html_()


def test_tables_lists_every_resource_with_its_kind():
    listing = ms.tables()
    assert set(listing.name) == set(NAMES)
    assert set(listing.kind) <= {"observed", "published", "reconstructed", "mixed"}
