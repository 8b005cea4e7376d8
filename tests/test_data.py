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
    assert resource["sources"] and all(
        s["title"] and s["path"].startswith("http") for s in resource["sources"]
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
