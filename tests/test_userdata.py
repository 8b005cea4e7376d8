"""Students' own CSV files: messy real exports are read, bad ones are explained, none is changed."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys

import pandas as pd
import pytest
from conftest import ROOT

import medsos as ms
from medsos.userdata import MAX_BYTES, check_counts_csv, read_counts_csv

BAD = ROOT / "tests" / "bad_inputs"
GOOD = ROOT / "tests" / "good_inputs"
EXPECTED_BAD = json.loads((BAD / "expected.json").read_text(encoding="utf-8"))
EXPECTED_GOOD = json.loads((GOOD / "expected.json").read_text(encoding="utf-8"))


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_there_are_at_least_25_bad_inputs_each_with_its_expected_message():
    assert len(EXPECTED_BAD) >= 25
    assert all((BAD / name).exists() for name in EXPECTED_BAD)


@pytest.mark.parametrize("name", sorted(EXPECTED_BAD))
@pytest.mark.parametrize("lang", ["en", "id"])
def test_bad_input_is_refused_with_a_clear_message_and_left_unchanged(name, lang):
    path = BAD / name
    before = _sha(path)
    with pytest.raises(ms.CourseError) as caught:
        read_counts_csv(path, lang=lang)
    text = str(caught.value)
    assert EXPECTED_BAD[name][lang] in text
    if lang == "en" and EXPECTED_BAD[name]["where"]:
        assert EXPECTED_BAD[name]["where"] in text
    report = check_counts_csv(path, lang=lang)
    assert not report.ok and EXPECTED_BAD[name][lang] in str(report)
    assert _sha(path) == before, "the student's file was changed"


@pytest.mark.parametrize("name", sorted(EXPECTED_BAD))
def test_check_command_explains_bad_input_without_a_traceback(name):
    path = BAD / name
    before = _sha(path)
    result = subprocess.run(
        [sys.executable, "-m", "medsos", "check", str(path), "--lang", "en"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert EXPECTED_BAD[name]["en"] in result.stdout
    assert _sha(path) == before


def test_check_command_speaks_indonesian_and_accepts_good_files():
    bad = subprocess.run(
        [sys.executable, "-m", "medsos", "check", str(BAD / "negative_count.csv"), "--lang", "id"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert bad.returncode == 1 and "bernilai negatif" in bad.stdout and "baris 2" in bad.stdout
    good = subprocess.run(
        [
            sys.executable,
            "-m",
            "medsos",
            "check",
            str(GOOD / "semicolon_bom_dayfirst.csv"),
            "--lang",
            "en",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert (
        good.returncode == 0
        and "can be read: 2 rows" in good.stdout
        and "total 5,560" in good.stdout
    )
    usage = subprocess.run(
        [sys.executable, "-m", "medsos", "check"], capture_output=True, text=True, cwd=ROOT
    )
    assert usage.returncode == 2 and "Traceback" not in usage.stderr


@pytest.mark.parametrize("name", sorted(EXPECTED_GOOD))
def test_messy_but_valid_exports_are_read_with_the_right_total(name):
    frame = read_counts_csv(GOOD / name)
    assert int(frame["count"].sum()) == EXPECTED_GOOD[name]
    assert pd.api.types.is_datetime64_any_dtype(frame["date"]) and frame["count"].dtype == "int64"
    assert frame["date"].is_monotonic_increasing or "campaign" in frame


def test_day_first_dates_and_indonesian_thousands():
    frame = read_counts_csv(b"tanggal;jumlah\n01/02/2023;1.234\n", name="x.csv")
    assert frame["date"][0] == pd.Timestamp("2023-02-01") and frame["count"][0] == 1234


def test_bytes_from_an_upload_widget_are_accepted():
    assert len(read_counts_csv(memoryview(b"date,count\n2019-09-23,1\n"), name="upload.csv")) == 1


def test_missing_file_folder_and_size_limit_are_explained(tmp_path, english):
    with pytest.raises(ms.CourseError, match="does not exist"):
        read_counts_csv(tmp_path / "nothing.csv")
    with pytest.raises(ms.CourseError, match="is a folder"):
        read_counts_csv(tmp_path)
    big = tmp_path / "big.csv"
    big.write_bytes(b"date,count\n" + b"2019-09-23,1\n" * 10)
    with pytest.raises(ms.CourseError, match="larger than"):
        read_counts_csv(big, max_bytes=50)
    assert MAX_BYTES == 5 * 1024 * 1024


def test_campaign_names_are_escaped_in_the_notebook_report():
    report = check_counts_csv(GOOD / "xss_campaign_names.csv", lang="en")
    markup = report._repr_html_()
    assert report.ok and "<script>" not in markup and "<img" not in markup
    assert "&lt;script&gt;" in markup and "&lt;img src=x" in markup


def test_a_ten_thousand_row_file_loads_completely(tmp_path):
    days = pd.date_range("1990-01-01", periods=10_000)
    path = tmp_path / "long.csv"
    path.write_text("date,count\n" + "".join(f"{d.date()},{i}\n" for i, d in enumerate(days)))
    frame = read_counts_csv(path)
    assert len(frame) == 10_000 and frame["count"].sum() == sum(range(10_000))
